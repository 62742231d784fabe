"""Short-form recommendations: a learning briefing, seven-minute briefing or board summary lists
the review's recommendations as "R1", "R2" … "Rn" at the start of lines, in a box or a column,
each label opening one recommendation ("R1 Safe discharge checks on the carer", or "R2" alone
above its paragraph) whose words run to the next label.

A box set beside another prints the label in the middle of a paragraph the export joined the
columns into, or a one-line label as a heading that swallows the next box: the label readers
miss those or read past them. This part reads the run from the lines themselves, and only as a
whole: R1 … Rn, each once, in order, near the recommendations' heading or lead-in, outside any
table or action plan. "R2" in a references table, a risk grade, a road's name or a citation
("see R2") is no such run. A PDF or Word reader that keeps the box as one table cell joins its
lines: there the run is read from inside the cell, each label followed by a capital.

When the briefing's back page states the same recommendations in full, numbered 1 … n (a board's
response table, read as a list or by the plan stage), the short forms are other wordings of those
(aliases, folded by number); otherwise they are the review's recommendations, with the ref as
printed ("R1").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dhrparse.document import Block
from dhrparse.extractors.recommendations.item import Item
from dhrparse.extractors.recommendations.reading import Reading
from dhrparse.patterns import Patterns

CONTEXT_REACH = 12  # content lines above the first label a heading or lead-in may stand in
QUOTES = "‘'\"“"


@dataclass(frozen=True)
class _Words:
    label: re.Pattern
    prefixes: frozenset[str]
    initials: frozenset[str]  # (first letters of the prefixes: most lines are skipped on them)
    context: re.Pattern
    inline: re.Pattern  # a label inside a box's joined text

    @classmethod
    def of(cls, patterns: Patterns) -> _Words:
        return patterns.derived("recommendations.short_forms", cls._load)

    @classmethod
    def _load(cls, p: Patterns) -> _Words:
        prefixes = frozenset(p.list("recommendations.short_form_prefixes"))
        return cls(
            label=re.compile(p.get("recommendations.short_form_label", r"(?!x)x")),
            prefixes=prefixes,
            initials=frozenset(x[:1] for x in prefixes),
            context=re.compile(p.get("recommendations.short_form_context", r"(?!x)x"), re.I),
            inline=re.compile(p.get("recommendations.short_form_inline", r"(?!x)x")),
        )


@dataclass
class _Label:
    pos: int  # index among the document's content lines
    block: int  # index of the block the label's line is in
    prefix: str
    number: int
    rest: str  # the recommendation's words printed on the label's line

    @property
    def ref(self) -> str:
        return f"{self.prefix}{self.number}"


def read_run(
    r: Reading, regions: list, formal: list[Item], secondary: list[Item]
) -> tuple[list[Item], list[Item]]:
    """(formal, secondary) with the document's run of short forms read in, when the readers
    before missed one of them; unchanged when there is no run or every label was read."""
    words = _Words.of(r.ctx.patterns)
    if not words.prefixes:
        return formal, secondary
    items = _line_run(r, words, regions) or _box_run(r, words, regions)
    if not items:
        return formal, secondary
    refs = {it.ref for it in items}
    if refs <= {it.ref for it in formal}:
        return formal, secondary  # the label readers read every one
    if any(c.kind == "plan" for c in r.ctx.claims) or _stated_in_full(formal, len(items)):
        for it in items:
            it.actorless = True  # (the full statement names who acts)
    if any(c.kind == "plan" for c in r.ctx.claims):
        # a briefing with the board's response table: the plan states them in full, numbered
        # like the short forms (folded in by number, or left out when it numbers none so)
        return formal, items + secondary
    formal = [it for it in formal if it.ref not in refs]
    secondary = [it for it in secondary if it.ref not in refs]
    if _stated_in_full(formal, len(items)):
        return formal, items + secondary  # the short titles of the numbered recommendations
    first = items[0].blocks[0].line_start
    at = next(
        (k for k, it in enumerate(formal) if it.blocks and it.blocks[0].line_start > first), len(formal)
    )
    return formal[:at] + items + formal[at:], secondary


def _line_run(r: Reading, words: _Words, regions: list) -> list[Item]:
    """The run printed a label to a line (a text export of the briefing's boxes)."""
    content = [ln for ln in r.doc.lines if ln.is_content]
    printed = _printed(words, content)
    if len(printed) < 2:
        return []  # (most documents: no lines' index built)
    block_at = _blocks_by_line(r.blocks)
    labels = _placed(r, regions, content, block_at, printed)
    if not _whole_run(labels) or not _among_recommendations(words, regions, content, labels):
        return []
    return [_item(r, regions, content, block_at, lab, nxt) for lab, nxt in _with_next(labels)]


def _box_run(r: Reading, words: _Words, regions: list) -> list[Item]:
    """The run inside one box the reader kept as a table cell, its paragraphs joined ("6.
    Recommendations The review made four recommendations: R1 See the person alone ... R2 ...")."""
    for k, b in enumerate(r.blocks):
        if b.kind != "table" or b.table is None or regions[k][0] == "plan" or r.in_plan(b):
            continue
        for row in b.table.rows:
            for cell in row.cells:
                marks = [m for m in words.inline.finditer(cell.text) if m.group("prefix") in words.prefixes]
                if len(marks) < 2 or [int(m.group("num")) for m in marks] != list(range(1, len(marks) + 1)):
                    continue
                if len({m.group("prefix") for m in marks}) > 1 or not words.context.search(
                    cell.text[: marks[0].start()]
                ):
                    continue
                ends = [m.start() for m in marks[1:]] + [len(cell.text)]
                return [
                    Item(
                        blocks=[b],
                        lines=[cell.text[m.end() : end].strip()],
                        ref=m.group("prefix") + m.group("num"),
                        level="overview",
                        source=regions[k][1],
                    )
                    for m, end in zip(marks, ends, strict=True)
                ]
    return []


def _blocks_by_line(blocks: list[Block]) -> dict[int, int]:
    at: dict[int, int] = {}
    for k, b in enumerate(blocks):
        for n in b.lines or range(b.line_start, b.line_end + 1):
            at.setdefault(n, k)
    return at


def _printed(words: _Words, content: list) -> list[tuple[int, re.Match]]:
    """(content line's index, label) of every line opening with a short form."""
    found = []
    for pos, ln in enumerate(content):
        text = ln.text
        if text.lstrip()[:1] not in words.initials or ln.cells:
            continue
        m = words.label.match(text)
        if m is None or m.group("prefix") not in words.prefixes:
            continue
        rest = m.group("rest")
        if rest and not (rest[0].isupper() or rest[0] in QUOTES):
            continue  # "R2 and R3 above": a line of prose wrapped before a citation
        found.append((pos, m))
    return found


def _placed(r: Reading, regions: list, content: list, block_at: dict[int, int], printed) -> list[_Label]:
    """The labels outside tables and action plans, each with its block."""
    found = []
    for pos, m in printed:
        k = block_at.get(content[pos].number)
        if k is None or r.blocks[k].kind == "table" or regions[k][0] == "plan" or r.in_plan(r.blocks[k]):
            continue  # a plan's or a table's ref column: read there
        found.append(_Label(pos, k, m.group("prefix"), int(m.group("num")), m.group("rest")))
    return found


def _whole_run(labels: list[_Label]) -> bool:
    """R1, R2 … Rn, each once and in order, all with one prefix, two at least."""
    return (
        len(labels) >= 2
        and len({lab.prefix for lab in labels}) == 1
        and [lab.number for lab in labels] == list(range(1, len(labels) + 1))
    )


def _among_recommendations(words: _Words, regions: list, content: list, labels: list[_Label]) -> bool:
    """Printed in a recommendations section, or under a heading or lead-in that names them (a
    briefing's box "6. Recommendations", "The review made five recommendations:")."""
    if any(regions[lab.block][0] == "overview" for lab in labels):
        return True
    first = labels[0].pos
    return any(words.context.search(ln.text) for ln in content[max(0, first - CONTEXT_REACH) : first])


def _with_next(labels: list[_Label]):
    return zip(labels, [*labels[1:], None], strict=True)


def _item(r: Reading, regions: list, content: list, block_at: dict, lab: _Label, nxt: _Label | None) -> Item:
    """The label's recommendation: its line's words and the paragraphs under it up to the next
    label, a heading or a numbered paragraph. A label standing alone takes the block below it
    even when that short line reads as a heading; the last label only its own block and that
    one (what follows it is the next box's)."""
    lines = [lab.rest] if lab.rest else []
    blocks = [r.blocks[lab.block]]
    stop = nxt.pos if nxt is not None else len(content)
    for ln in content[lab.pos + 1 : stop]:
        k = block_at.get(ln.number)
        if k is None:
            break
        if r.blocks[k] is not blocks[-1]:
            b = r.blocks[k]
            words_below = len(blocks) == 1 and not lab.rest  # (a lone label's own words)
            if b.kind == "table" or b.number or not words_below and (nxt is None or b.kind == "heading"):
                break
            blocks.append(b)
        lines.append(ln.text)
    return Item(blocks=blocks, lines=lines, ref=lab.ref, level="overview", source=regions[lab.block][1])


def _stated_in_full(formal: list[Item], n: int) -> bool:
    """The recommendations are numbered 1 … n elsewhere (the full text the short forms
    name)."""
    numbered = {it.ref for it in formal if it.ref and it.ref.isdigit()}
    return numbered == {str(k) for k in range(1, n + 1)}
