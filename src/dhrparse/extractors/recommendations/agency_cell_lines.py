"""A recommendations table "No. | Recommendation | Agency" that plain pdftotext printed a line
at a time across its cells: the header's names on lines of their own, then each row's number,
and the recommendation's lines with the agency cell's lines printed between them
("Larkhollow Community Safety Partnership should commission a campaign," / "Larkhollow
Community" / "shaped with disabled residents, ..." / "Safety Partnership" / "when a carer ...").

The agency cell's lines are told by where they print and what they say together: each stands
apart (a blank line either side), every other printed line from the row's second, each a few
words, and together they name a body. They are taken out of the recommendation's words. A
paragraph under a row that has no number of its own carries that row's cell on (a second
paragraph of the recommendation, or its text after the agency cell ended)."""

from __future__ import annotations

import re

from dhrparse.document import Block
from dhrparse.extractors.recommendations.item import Item
from dhrparse.extractors.recommendations.reading import Reading

_REACH = 60  # blocks looked back from a row to its table's header
_CELL_WORDS = 5  # an agency cell's printed line: a few words
_ENDS = re.compile(r"[.;:,]\s*$")


def part_agency_cells(r: Reading, items: list[Item]) -> list[Item]:
    out: list[tuple[Item, int | None]] = []
    used = {id(b) for it in items for b in it.blocks}
    for it in items:
        header = _header_above(r, it)
        if header is not None and it.ref is None and out and out[-1][0].ref and out[-1][1] == header:
            out[-1][0].blocks.extend(it.blocks)  # (the row's cell carried on)
            out[-1][0].lines.extend(it.lines)
            continue
        if header is not None:
            _carry_on(r, it, used)
        out.append((it, header))
    for it, header in out:
        if header is not None:
            _part(r, it)
    return [it for it, _ in out]


def _carry_on(r: Reading, it: Item, used: set[int]) -> None:
    """A row whose printing ends on an agency cell's line, its sentence unfinished ("... once
    this report is out, to the" / "Larkhollow Community"), goes on in the paragraph printed
    next, which no record holds ("Home Office proposing that ..." / "Safety Partnership" / ...)."""
    last = it.blocks[-1]
    ending = [r.lines[n].text for n in last.lines[-3:] if n in r.lines]
    if len(ending) < 2 or not _cell_line(ending[-1]) or _ENDS.search(ending[-2]):
        return
    k = next((k for k in r.starting_on(last.line_start) if r.blocks[k] is last), None)
    if k is None or k + 1 >= len(r.blocks):
        return
    nxt = r.blocks[k + 1]
    if nxt.kind == "paragraph" and not nxt.number and id(nxt) not in used and nxt.section == last.section:
        it.blocks.append(nxt)


def _header_above(r: Reading, it: Item) -> int | None:
    """Where the row's table header names its Agency column, printed after its Recommendation
    column, each name a line of its own; only rows printed as paragraphs lie between."""
    if not it.blocks or it.blocks[0].kind != "paragraph":
        return None
    i = next((k for k in r.starting_on(it.blocks[0].line_start) if r.blocks[k] is it.blocks[0]), None)
    if i is None:
        return None  # (a table's row read as its own block: its cells are apart already)
    for k in range(i - 1, max(-1, i - _REACH), -1):
        b = r.blocks[k]
        if b.kind == "paragraph" and not _name_line(r, b):
            continue
        if (
            k
            and r.vocab.table_agency.match(b.text)
            and r.vocab.table_recommendation.match(r.blocks[k - 1].text)
        ):
            return k
        return None
    return None


def _name_line(r: Reading, b: Block) -> bool:
    return bool(r.vocab.table_agency.match(b.text) or r.vocab.table_recommendation.match(b.text))


def _part(r: Reading, it: Item) -> None:
    """Take the agency cell's lines out of the row's words (see the module's doc)."""
    numbers = [n for b in it.blocks for n in b.lines]
    runs: list[list[int]] = []  # printed lines run together, a blank line between runs
    for n in numbers:
        if runs and n == runs[-1][-1] + 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    cells = runs[1::2]
    if not cells or any(len(run) != 1 or not _cell_line(r.lines[run[0]].text) for run in cells):
        return
    name = " ".join(r.lines[run[0]].text.strip() for run in cells)
    if not r.actors.is_body(name):
        return
    text = " ".join(r.clean(b.text) for b in it.blocks)
    opening = " ".join(r.lines[runs[0][-1]].text.split()[-3:])  # (the row's first printed line's end)
    cursor = text.find(opening)
    if cursor < 0:
        return
    for run in cells:  # (each taken where it printed, after the lines before it)
        cell = " ".join(r.lines[run[0]].text.split())
        at = text.find(f" {cell} ", cursor)
        if at < 0:
            return
        text = text[:at] + text[at + len(cell) + 1 :]
        cursor = at
    it.lines = [text]


def _cell_line(text: str) -> bool:
    words = text.split()
    return 0 < len(words) <= _CELL_WORDS and words[0][:1].isupper() and not _ENDS.search(text)
