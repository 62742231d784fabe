"""Recommendation cells a plain text export printed away from the rows they head.

A plan table whose recommendation cell is merged down over its actions comes out of plain
pdftotext (no -layout) with each merged cell printed as a paragraph of its own, between or
after the rows, and its ref column as a run of codes elsewhere. When the walk has read the
rows but no recommendation at all (no statement, no recommendation column), the paragraphs
it left unread that open by asking someone to act ("Wyvenham Police should ...") are the plan's
recommendations: they become records at their own lines. Their numbers are not guessed: the
codes of the ref column print in an order of their own, so nothing pairs them with the cells,
except where the table printed a cell at a time, row after row: then each row's number prints
alone straight above its recommendation cell, nothing but blank lines between ("1" / "" / "The
Partnership should ..."), and a page break may send two numbers out together above their two
cells printed one under the other ("2" / "3" / <cell> / <cell>). Those numbers are taken only
when every number so printed is a recommendation's own (1 to 99), each run counting up by one
from the one before or from 1 (a tracker numbers each review's recommendations from 1). A
recommendation's parts print their lettered labels so too ("2" / <cell> / "2a" / <part> / "2b" /
<part>): they are taken only where each follows its whole number's cell or the part before it
("2a" after 2, "2b" after 2a), and they count no number (the whole numbers count on around them).
"""

from __future__ import annotations

import re

from dhrparse.document import Line
from dhrparse.plan.recommendation_cells import RecommendationCells, side_codes
from dhrparse.plan.statements import Statement
from dhrparse.prepare.markup import flatten


def take_unplaced(walk) -> list[Statement]:
    """The recommendation cells among the plan's unread lines, taken out of its unread account
    (they are read now); none when the plan read a recommendation of its own."""
    if not walk.tables or any(s.confirmed for s in walk.statements.all):
        return []
    if any("recommendation" in t.columns for t in walk.tables):
        return []
    unread = [ln for _, ln in walk.coverage.unread]
    cells = [_without_next_label(c) for c in RecommendationCells(walk.p, walk.vocab.statement).cells(unread)]
    refs = _numbers_above(walk.doc, cells)
    if not any(refs):  # (a tracker printing its recommendation on each action's row, the code beside it)
        refs = _side_numbers(walk.doc, cells)
    taken = {ln.number for cell in cells for ln in cell}
    if any(refs):  # (the codes that told them)
        taken |= {n for cell in cells for n in side_codes(walk.doc, cell)}
    taken |= {
        n for cell, ref in zip(cells, refs, strict=True) if ref for n in _label_lines_above(walk.doc, cell[0])
    }
    walk.coverage.unread = [(k, ln) for k, ln in walk.coverage.unread if ln.number not in taken]
    return [_statement(cell, ref) for cell, ref in zip(cells, refs, strict=True)]


_NUMBER = re.compile(r"^\s*(\d{1,2}[a-h]?)\s*$")
_PART = re.compile(r"^(\d{1,2})([a-h])$")  # a recommendation's lettered part ("2a")


def _side_numbers(doc, cells: list[list[Line]]) -> list[str]:
    """Each cell's number told by the action code printed among its lines ("2a": 2), where every
    cell has one and they never go back (a recommendation printed again on each of its actions'
    rows keeps its number); none at all otherwise."""
    told = [set(side_codes(doc, cell).values()) for cell in cells]
    refs = [next(iter(numbers)) if len(numbers) == 1 else "" for numbers in told]
    if not all(refs) or any(int(b) < int(a) for a, b in zip(refs, refs[1:])):
        return [""] * len(cells)
    return refs


def _without_next_label(cell: list[Line]) -> list[Line]:
    """The cell without a lone label printed straight under its last line ("... In particular:" /
    "2a"): the label is the next cell's number, not this cell's words."""
    if len(cell) > 1 and _NUMBER.match(cell[-1].text):
        return cell[:-1]
    return cell


def _numbers_above(doc, cells: list[list[Line]]) -> list[str]:
    """Each cell's number printed straight above it ("" where none), when they agree."""
    above = [_lone_numbers_above(doc, cell[0]) for cell in cells]
    refs = [""] * len(cells)
    k = 0
    while k < len(cells):
        numbers = above[k]
        if len(numbers) > 1:
            # numbers printed together: the cells straight under one another after them
            span = range(k, k + len(numbers))
            if span.stop > len(cells) or any(above[j] for j in span[1:]):
                return [""] * len(cells)
            if any(not _next_to(doc, cells[j - 1], cells[j]) for j in span[1:]):
                return [""] * len(cells)
            for j, n in zip(span, numbers, strict=True):
                refs[j] = n
            k = span.stop
            continue
        if numbers:
            refs[k] = numbers[0]
        k += 1
    return _with_parts(refs)


def _with_parts(refs: list[str]) -> list[str]:
    """The refs as the rows count them (`_counted` over the cells not numbered as a part), each
    lettered part kept where it follows its whole number or the part before; none at all where a
    part follows neither."""
    wholes = [k for k, r in enumerate(refs) if not _PART.match(r)]
    out = list(refs)
    for k, ref in zip(wholes, _counted([refs[k] for k in wholes]), strict=True):
        out[k] = ref
    if not all(_part_follows(out, k) for k, r in enumerate(out) if _PART.match(r)):
        return [""] * len(refs)
    return out


def _part_follows(refs: list[str], k: int) -> bool:
    """The lettered part at k follows its whole number's cell ("2", "2a") or its number's part
    lettered one before ("2a", "2b")."""
    number, letter = _PART.match(refs[k]).groups()
    before = refs[k - 1] if k else ""
    if letter == "a":
        return before == number
    return before == number + chr(ord(letter) - 1)


def _counted(refs: list[str]) -> list[str]:
    """The refs as the rows count them, or none at all when the numbers printed disagree with
    counting up by one from 1 (restarting at 1 for the next review). A cell printed without its
    number (pdftotext sent it elsewhere) between two that have theirs takes the only number
    counting allows ("1", "", "3": "2"; "3", "", "2": the next review's "1")."""
    known = [(k, int(r)) for k, r in enumerate(refs) if r]
    if len(known) < 2 or 2 * len(known) < len(refs) or known[0][1] > known[0][0] + 1:
        return [""] * len(refs)
    out = list(refs)
    first_pos, first = known[0]
    if first == first_pos + 1:
        out[:first_pos] = [str(n + 1) for n in range(first_pos)]
    for (i, a), (j, b) in zip(known, known[1:]):
        if b == a + (j - i):
            out[i + 1 : j] = [str(a + n) for n in range(1, j - i)]
        elif i < j - b + 1 <= j:  # the count started again at 1 on the cell at j - b + 1
            restart = j - b + 1
            out[i + 1 : restart] = [str(a + n) for n in range(1, restart - i)]
            out[restart:j] = [str(n + 1) for n in range(j - restart)]
        else:
            return [""] * len(refs)
    return out


def _lone_numbers_above(doc, first: Line) -> list[str]:
    """The lone numbers printed above a cell's first line on its page, blank lines between, in
    printed order."""
    return [_NUMBER.match(doc.line_numbered(n).text).group(1) for n in _label_lines_above(doc, first)]


def _label_lines_above(doc, first: Line) -> list[int]:
    """The line numbers of the lone numbers printed above a cell's first line on its page,
    blank lines between, in printed order."""
    found: list[int] = []
    n = first.number - 1
    while n > 0:
        ln = doc.line_numbered(n)
        if ln is None or ln.page != first.page:
            break
        text = ln.text.strip()
        if text:
            if _NUMBER.match(text) is None:
                break
            found.insert(0, n)
        n -= 1
    return found


def _next_to(doc, upper: list[Line], lower: list[Line]) -> bool:
    """Nothing but blank lines between two cells."""
    return all(
        (ln := doc.line_numbered(n)) is None or not ln.text.strip()
        for n in range(upper[-1].number + 1, lower[0].number)
    )


def _statement(cell: list[Line], ref: str = "") -> Statement:
    return Statement(
        ref=ref,
        lines=[" ".join(flatten(ln.text).strip() for ln in cell)],
        line_start=cell[0].number,
        line_end=cell[-1].number,
        page=cell[0].page,
        confirmed=True,
    )
