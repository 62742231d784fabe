"""A wide plan table in text taken out a printed line at a time (every printed line followed
by a blank line, the cells of a table line joined by single spaces), turned into cell rows
the plan reader reads like any other (plan.joined_cells cuts the lines).

The table runs from its header to the report's next heading; the header printed again at the
top of each page is passed over (its lines stay as empty rows). Each action row's cells go
on its first printed line and the table's other lines stay as empty rows, so every printed
line keeps its own Line. A table the cuts do not read clearly is left as printed, with a
warning for the walk (plan_cells_untold).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

import regex

from dhrparse.document import Line
from dhrparse.plan.joined_cells import MIN_COLUMNS, SENTENCE_ENDS, CellShapes, read_joined
from dhrparse.plan.layouts import _cells_line
from dhrparse.plan.recommendation_column import recommendation_cells

if TYPE_CHECKING:
    from dhrparse.patterns import Patterns
    from dhrparse.plan.plan_lines import PlanLines

# a name for each column the cells are handed on under (the walk maps names back to fields)
_NAMES = {
    "ref": "Ref",
    "recommendation": "Recommendation",
    "scope": "Scope of recommendation",
    "action": "Action to take",
    "lead": "Lead agency",
    "progress": "Key milestones achieved",
    "target_date": "Target date",
    "status": "Date of completion and outcome",
}
REF_START = regex.compile(r"^(?:\d{1,2}(?:\.\d{1,2}){0,2}\.?|[A-Za-z]\d?[.)])\s")
PAGE_NUMBER = regex.compile(r"^(?:page\s+)?\d{1,3}(?:\s+of\s+\d{1,3})?$", regex.I)
RUNNING_HEAD = 8  # the fewest characters a line must have to be taken for a running head
RECOMMENDATION_ONLY = "recommendation_only"  # a row's cells line: its number and recommendation alone
UNTOLD = "a plan table printed with its cells joined on each line could not be cut into its cells"


class JoinedRows:
    def __init__(self, lines: PlanLines, p: Patterns, heading_lines: set[int], line_spaced: bool):
        self.pl, self.p = lines, p
        self.heading_lines = heading_lines
        self.on = line_spaced
        self.warnings: list[tuple[str, Line]] = []
        self.first_table: int | None = None

    def rewrite(self, lines: list[Line]) -> list[Line]:
        if not self.on:
            return lines
        return self.pl.rewrite_at_headers(lines, self._table)

    def _header_again(self, lines: list[Line], i: int, nxt: int, j: int, end: int, body: list[int]) -> int:
        """The line after a header printed again at j (ending at `end`); the page furniture
        printed before it is taken off `body`."""
        first = [lines[k].text.strip() for k in range(i, nxt)]
        # (the first header's wrapped names go on until the first row; the lines after the
        # header printed again are passed over while they repeat them)
        k = nxt
        while k < len(lines) and not lines[k].cells and not REF_START.match(lines[k].text.strip()):
            first.append(lines[k].text.strip())
            k += 1
            if len(first) > 2 * (nxt - i) + 8:
                break
        t = end - j
        while end < len(lines) and t < len(first) and lines[end].text.strip() == first[t]:
            end, t = end + 1, t + 1
        # (a running head is printed on every page: a line of the report before the plan)
        texts = {
            ln.text.strip() for n, ln in enumerate(lines) if n < i and len(ln.text.strip()) >= RUNNING_HEAD
        }
        for _ in range(3):
            if body and (
                PAGE_NUMBER.match(lines[body[-1]].text.strip()) or lines[body[-1]].text.strip() in texts
            ):
                body.pop()
        return end

    def _table(self, lines: list[Line], i: int, header) -> tuple[list[Line], int] | None:
        cols, _, nxt = header
        if self.first_table is None:
            self.first_table = i  # (the plan's first table, read here or not)
        # (the recommendation's words stand first, or after the row's number in a column of
        # its own: "Ref | Recommendation | Action | Lead ...")
        rec = 1 if cols[:2] == ["ref", "recommendation"] else 0
        if (
            len(cols) < MIN_COLUMNS
            or cols[rec] != "recommendation"
            or "action" not in cols
            or any(c not in _NAMES for c in cols)
        ):
            return None
        # the table's printed lines, up to the report's next heading, with the header printed
        # again at the top of a page left out; `body` also without the lines the header's names
        # wrap onto there and the page's foot and running head before it
        printed: list[int] = []
        body: list[int] = []
        wrapped = -1  # the line the header's wrapped names end before, below a header printed again
        j = nxt
        while j < len(lines) and lines[j].cells is None and lines[j].number not in self.heading_lines:
            again = self.pl.header_at(j) if self.pl.cm.is_header_words(lines[j].text) else None
            if again is not None and again[0] == cols:
                wrapped = self._header_again(lines, i, nxt, j, again[2], body)
                j = again[2]
                continue
            printed.append(j)
            if j >= wrapped:
                body.append(j)
            j += 1
        shapes = CellShapes(self.p, cols)
        if rec:
            firsts = self._numbered_first(lines, body, shapes)
            if firsts is None:
                return None  # (left to the other readers, as printed)
        else:
            firsts = self._firsts(lines, printed, body, shapes)
            if firsts is None:
                # (left as printed, up to the report's next heading: the header printed again
                # on a later page opens no second try)
                self.warnings.append((UNTOLD, lines[i]))
                return lines[i:j], j
        names = [_NAMES[c] for c in cols]
        blank = [""] * len(names)
        out = [_cells_line(lines[i], names)]
        for k in range(i + 1, j):
            if k in firsts and len(firsts[k]) == 2:
                # (the actions' cells not told apart: the row's other cells left empty)
                cells = [*firsts[k], *blank[2:]]
                out.append(replace(_cells_line(lines[k], cells), hint=RECOMMENDATION_ONLY))
            elif k in firsts:
                out.append(_cells_line(lines[k], firsts[k]))
            else:
                out.append(_cells_line(lines[k], blank))
        return out, j

    def _firsts(self, lines, printed, body, shapes: CellShapes) -> dict | None:
        """{printed line: its action row's cells} of a table whose recommendation's words open
        each row; None when the cuts are not clear."""
        # (read first by the columns' widths alone, as printed; a table those cuts leave unclear
        # is read again weighing its cells' content, its page furniture left out)
        read = read_joined([self.pl.flat(lines[k].text) for k in printed], shapes) if printed else None
        if read is None and body:
            read = read_joined([self.pl.flat(lines[k].text) for k in body], shapes, content=True)
        else:
            body = printed
        if read is None:
            return None
        firsts = {}
        report = self._report(body)
        for row in read[0]:
            for part, first in zip(row.parts, row.firsts):
                firsts[body[first]] = [" ".join(words) for words in part]
                if report and part[0] and REF_START.match(f"{part[0][0]} "):
                    # the recommendation's words, cut less surely than the actions', are the
                    # report's to give: the plan keeps the row's number (its link to them)
                    firsts[body[first]][0] = part[0][0]
        return firsts

    def _report(self, body: list[int]) -> bool:
        """Whether the plan is appended to a report (more printed before its first table than in
        this one), restating the report's recommendations; a plan standing alone is where they
        are read from."""
        return self.first_table > len(body)

    def _numbered_first(self, lines, body, shapes: CellShapes) -> dict | None:
        """{printed line: its action row's cells} of a table whose rows' numbers stand in a column
        of their own ("Ref | Recommendation | Action ..."). Its recommendation cells are cut by
        their column alone (plan.recommendation_column); the whole rows, actions and all, are
        given only where the cuts of every column read those same recommendations whole, else
        each row gives its number and recommendation only. None when the recommendations are
        not read (or, in a plan appended to a report, which gives them, no actions are)."""
        texts = [self.pl.flat(lines[k].text) for k in body]
        cells = recommendation_cells(texts) if texts else None
        if cells is None:
            return None
        recs = {a: _cell_text(texts, a, cut) for a, _, cut in cells}
        report = self._report(body)
        read = read_joined(texts, shapes) or read_joined(texts, shapes, content=True)
        if (
            read is not None
            and _rows_whole(read[0], shapes)
            and {row.first: " ".join(row.parts[0][1]) for row in read[0]} == recs
        ):
            firsts = {}
            for row in read[0]:
                for part, first in zip(row.parts, row.firsts):
                    firsts[body[first]] = [" ".join(words) for words in part]
                    if report and part[1]:
                        # (the report gives the recommendation; the plan keeps its number)
                        firsts[body[first]][1] = ""
            return firsts
        if report:
            return None
        return {body[a]: [ref, recs[a]] for a, ref, _ in cells}


def _rows_whole(rows, shapes: CellShapes) -> bool:
    """Whether a table whose rows' numbers stand in a column of their own was cut into whole
    cells: each row's number alone in its cell, every recommendation cell a sentence ended (a
    plan writes its recommendations as sentences; a cell stopping mid-sentence, "... at the",
    has lost its words to the next column, or taken the next column's), and the target-date
    cells dates. The widths alone cut such a table less surely than one whose recommendation
    opens each line: its cuts must also read as the columns do."""
    if not rows:
        return False
    dates = shapes.dates.index(True) if True in shapes.dates else None
    for row in rows:
        for n, part in enumerate(row.parts):
            ref, rec = part[0], part[1]
            if n == 0 and (len(ref) != 1 or not rec or not rec[-1].endswith(SENTENCE_ENDS)):
                return False
            if n and (ref or rec):
                return False  # (a later action row under the same recommendation prints neither)
            if dates is not None and part[dates] and not shapes.date_cell(" ".join(part[dates])):
                return False
    return True


def _cell_text(texts: list[str], first: int, cut: list[int]) -> str:
    """A recommendation cell's words: so many opening each of its row's printed lines (after
    the row's number on its first)."""
    words = []
    for n, k in enumerate(cut):
        at = 1 if n == 0 else 0
        words += texts[first + n].split()[at : at + k]
    return " ".join(words)
