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

from typing import TYPE_CHECKING

import regex

from dhrparse.document import Line
from dhrparse.plan.joined_cells import MIN_COLUMNS, CellShapes, read_joined
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
UNTOLD = "a plan table printed with its cells joined on each line could not be cut into its cells"


class JoinedRows:
    def __init__(self, lines: PlanLines, p: Patterns, heading_lines: set[int], line_spaced: bool):
        self.pl, self.p = lines, p
        self.heading_lines = heading_lines
        self.on = line_spaced
        self.warnings: list[tuple[str, Line]] = []
        self.first_table: int | None = None
        # {printed line: (number, recommendation)} of the rows of a plan standing alone whose
        # recommendation cells their column read, where the other columns' cuts were unclear
        self.told: dict[int, tuple[str, str]] = {}

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
            if k in firsts:
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
        given only where the other columns' cuts read the same rows whole; else None (the
        table left as printed, its recommendations kept in `told`)."""
        texts = [self.pl.flat(lines[k].text) for k in body]
        cells = recommendation_cells(texts) if texts else None
        if cells is None:
            return None
        recs = {a: _cell_text(texts, a, cut) for a, _, cut in cells}
        report = self._report(body)
        # the other columns, the recommendation's words taken off each line, cut as a table of
        # their own whose rows open where the numbers stand
        rest = _without_recommendations(texts, cells)
        others = CellShapes(self.p, ["ref", *shapes.columns[2:]])
        for content in (False, True):
            read = read_joined(rest, others, content=content)
            if read is not None and _actions_whole(read[0], others, recs):
                break
        else:
            read = None
        if read is not None:
            firsts = {}
            for row in read[0]:
                for n, (part, first) in enumerate(zip(row.parts, row.firsts)):
                    cells_ = [" ".join(words) for words in part]
                    # (the report gives the recommendation; the plan keeps its number)
                    rec = recs[row.first] if not n and not report else ""
                    firsts[body[first]] = [cells_[0], rec, *cells_[1:]]
            return firsts
        if not report:
            # (the rows are left to the readers of printed lines; their recommendations are
            # these: put_told)
            self.told.update({lines[body[a]].number: (ref, recs[a]) for a, ref, _ in cells})
        return None


def _without_recommendations(texts: list[str], cells) -> list[str]:
    """The printed lines with each recommendation cell's words taken off them (a row's number
    kept opening its first line)."""
    words = [t.split() for t in texts]
    for first, _, cut in cells:
        for n, k in enumerate(cut):
            at = 1 if n == 0 else 0
            del words[first + n][at : at + k]
    return [" ".join(w) for w in words]


def _actions_whole(rows, shapes: CellShapes, recs: dict[int, str]) -> bool:
    """Whether the other columns' cuts read the same rows as the recommendations' (each opening
    on its number, alone in its cell), with an action in each and dates in the target-date
    cells: other cuts are not the table's."""
    if [row.first for row in rows] != sorted(recs):
        return False
    dates = shapes.dates.index(True) if True in shapes.dates else None
    for row in rows:
        for n, part in enumerate(row.parts):
            if (len(part[0]) != 1) if n == 0 else bool(part[0]):
                return False
            if not part[1]:
                return False
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


def put_told(tables, told: dict[int, tuple[str, str]]) -> None:
    """The recommendation cells of the rows the walk read from a table's printed lines, where
    the recommendation column read them (JoinedRows.told): a row opening on the same line
    under the same number takes that cell's words, which the printed-cell split cuts less
    surely (the next columns' first words run into them)."""
    if not told:
        return
    for table in tables:
        if "recommendation" not in table.columns:
            continue
        for row in table.rows:
            got = told.get(row.line_start)
            if (
                got is not None
                and row.ref
                and row.ref.rstrip(".") == got[0].rstrip(".")
                and row.cells.get("recommendation")
            ):
                row.cells["recommendation"] = got[1]
