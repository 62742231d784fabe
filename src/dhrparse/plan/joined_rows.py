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
from dhrparse.plan.header_room import MAX_LINES, header_lines
from dhrparse.plan.joined_cells import MIN_COLUMNS, MIN_ROWS, CellShapes, read_joined
from dhrparse.plan.joined_reader import JoinedReader
from dhrparse.plan.layouts import PAGE_NUMBER, cells_line
from dhrparse.plan.recommendation_column import recommendation_cells
from dhrparse.plan.slashed_names import slashed_columns

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
    "desired_outcome": "Desired outcome",
}
NUMBER_FIRST = regex.compile(r"^\d{1,2}\.?\s+\S")
REF_START = regex.compile(r"^(?:\d{1,2}(?:\.\d{1,2}){0,2}\.?|[A-Za-z]\d?[.)])\s")
RUNNING_HEAD = 8  # the fewest characters a line must have to be taken for a running head
UNTOLD = "a plan table printed with its cells joined on each line could not be cut into its cells"


class JoinedRows(JoinedReader):
    def __init__(self, lines: PlanLines, p: Patterns, heading_lines: set[int], line_spaced: bool):
        super().__init__(lines, p, heading_lines, line_spaced)
        # {printed line: (number, recommendation)} of the rows of ref-first tables whose
        # recommendation cells their own column read (_told), for the walk's rows (put_told)
        self.told: dict[int, tuple[str, str]] = {}
        # {header's printed line: the table's lines as a doubtful reading rewrites them}, kept
        # only where no later reader reads the table (`doubtful_kept`)
        self.doubtful: dict[int, list[Line]] = {}

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
        # (two names a slash joins, "Update / Outcome", head one column)
        cols = slashed_columns(self.pl.cm, self.pl.flat(lines[i].text), header[0])
        if self.first_table is None:
            self.first_table = i  # (the plan's first table, read here or not)
        if (
            len(cols) >= MIN_COLUMNS
            and cols[:2] == ["ref", "recommendation"]
            and "action" in cols
            and all(c in _NAMES for c in cols)
        ):
            self._told(lines, i, header)
            return None  # (left to the other readers, as printed)
        if (
            len(cols) < MIN_COLUMNS
            or cols[0] != "recommendation"
            or "action" not in cols
            or any(c not in _NAMES for c in cols)
        ):
            return None
        printed, body, j = self._table_lines(lines, i, header)
        names = self._header(lines, i, header[2], printed)
        # (a header whose names wrap over its lines, the cells of each line joined, heads narrow
        # columns whose widths tell the cuts apart less surely: two typefaces must agree)
        agree = lines[i].number in self.pl.wrapped_headers or "desired_outcome" in cols
        read, body = self._read(lines, printed, body, cols, names, agree)
        if cols[0] != "ref" and self._numbered(lines, body or printed):
            # (the template's rows numbered in a column its header leaves unnamed: the number
            # printed alone at the start of each row's first line, the recommendation's words
            # wrapping in their own narrower column beside it; read so where that cuts cheaper,
            # and where two typefaces agree)
            numbered, n_body = self._read(lines, printed, body, ["ref", *cols], names, True)
            if numbered is not None and (read is None or numbered[2] < read[2]):
                read, body, cols = numbered, n_body, ["ref", *cols]
        if read is None:
            # (left as printed, up to the report's next heading: the header printed again on
            # a later page opens no second try)
            self.warnings.append((UNTOLD, lines[i]))
            return lines[i:j], j
        rows, _, _, doubtful = read
        out = self._rows_as_cells(lines, i, j, rows, body, cols)
        if doubtful:
            # (left as printed for the readers after this one, a tracker's first lines: the
            # doubtful reading stands only where none of them reads the table)
            self.doubtful[lines[i].number] = out
            return lines[i:j], j
        return out, j

    def _rows_as_cells(
        self, lines: list[Line], i: int, j: int, rows, body: list[int], cols: list[str]
    ) -> list[Line]:
        """The table's lines as cells: the header named, each row's first line its cells (a
        date broken inside its year mended; in a plan appended to a report, the row's number
        kept for the recommendation's words), every other line blank."""
        names = [_NAMES[c] for c in cols]
        blank = [""] * len(cols)
        firsts = {}
        # a plan appended to a report (more printed before its first table than in this one)
        # restates the report's recommendations; a plan standing alone is where they are read from
        report = self.first_table > len(body)
        shapes = CellShapes(self.p, cols)
        dated = cols.index("target_date") if "target_date" in cols else None
        for row in rows:
            for part, first in zip(row.parts, row.firsts):
                firsts[body[first]] = [" ".join(words) for words in part]
                if dated is not None:
                    # (a date its narrow column broke inside the year, "31/12/202" over "4")
                    firsts[body[first]][dated] = shapes.mend_date(firsts[body[first]][dated])
                if report and cols[0] == "ref":
                    firsts[body[first]][1] = ""  # (the same, the number in a column of its own)
                elif report and part[0] and REF_START.match(f"{part[0][0]} "):
                    # the recommendation's words, cut less surely than the actions', are the
                    # report's to give: the plan keeps the row's number (its link to them)
                    firsts[body[first]][0] = part[0][0]
        out = [cells_line(lines[i], names)]
        for k in range(i + 1, j):
            if k in firsts:
                out.append(cells_line(lines[k], firsts[k]))
            else:
                out.append(cells_line(lines[k], blank))
        return out

    def doubtful_kept(self, lines: list[Line]) -> list[Line]:
        """`lines` with each table read doubtfully rewritten so where no later reader read it:
        its lines still as printed."""
        if not self.doubtful:
            return lines
        at = {ln.number: n for n, ln in enumerate(lines)}
        out = list(lines)
        for number, rewritten in self.doubtful.items():
            i = at.get(number)
            span = out[i : i + len(rewritten)] if i is not None else []
            if len(span) == len(rewritten) and all(
                ln.cells is None and ln.number == new.number for ln, new in zip(span, rewritten)
            ):
                out[i : i + len(rewritten)] = rewritten
        return out

    def _read(
        self,
        lines: list[Line],
        printed: list[int],
        body: list[int],
        cols: list[str],
        names: list[str],
        agree: bool,
    ):
        """(the reading, the table's lines it read): read first by the columns' widths alone,
        as printed; a table those cuts leave unclear is read again weighing its cells'
        content, its page furniture left out."""
        shapes = CellShapes(self.p, cols)
        read = (
            read_joined([self.pl.flat(lines[k].text) for k in printed], shapes, header=names, agree=agree)
            if printed
            else None
        )
        if read is None and body:
            read = read_joined(
                [self.pl.flat(lines[k].text) for k in body], shapes, content=True, header=names, agree=agree
            )
            return read, body
        return read, printed

    def _numbered(self, lines: list[Line], body: list[int]) -> bool:
        """Whether rows of the table open with a number standing before their words ("1 The
        ...", "2. Review ...")."""
        return sum(1 for k in body if NUMBER_FIRST.match(self.pl.flat(lines[k].text))) >= MIN_ROWS

    def _header(self, lines: list[Line], i: int, nxt: int, printed: list[int]) -> list[str]:
        """The header's printed lines: those it was found on and the lines after them its
        names carry on over (plan.header_room)."""
        found = [self.pl.flat(lines[k].text) for k in range(i, nxt)]
        after = [self.pl.flat(lines[k].text) for k in printed[: MAX_LINES - 1]]
        return found + header_lines([found[-1], *after], self.pl.cm)[1:]

    def _table_lines(self, lines: list[Line], i: int, header) -> tuple[list[int], list[int], int]:
        """The table's printed lines, up to the report's next heading, with the header printed
        again at the top of a page left out; `body` also without the lines the header's names
        wrap onto there and the page's foot and running head before it; and the index past the
        table."""
        cols, _, nxt = header
        printed: list[int] = []
        body: list[int] = []
        wrapped = -1  # the line the header's wrapped names end before, below a header printed again
        j = nxt
        while j < len(lines) and lines[j].cells is None and lines[j].number not in self.heading_lines:
            if self._closing_note(lines, j):
                break  # (the note under the table is no row's: text after the plan, as printed)
            again = self.pl.header_at(j) if self.pl.cm.is_header_words(lines[j].text) else None
            if again is not None and again[0] == cols:
                wrapped = self._header_again(lines, i, nxt, j, again[2], body)
                j = again[2]
                continue
            printed.append(j)
            if j >= wrapped:
                body.append(j)
            j += 1
        return printed, body, j

    def _closing_note(self, lines: list[Line], j: int) -> bool:
        """Line j is the note printed under the plan's table, its last line before the report's
        next heading or the plan's end ("Plan owner: <name>. Next update due: <date>."): a label
        of the plan's upkeep opening it, no row's cell."""
        last = (
            j + 1 == len(lines) or lines[j + 1].cells is not None or lines[j + 1].number in self.heading_lines
        )
        return last and any(
            rx.match(self.pl.flat(lines[j].text)) for rx in self.p.regexes("actions.plan.closing_note")
        )

    def _told(self, lines: list[Line], i: int, header) -> None:
        """A plan standing alone whose table's rows' numbers stand in a column of their own
        ("Ref | Recommendation | Action ..."): its recommendation cells, cut by their column alone
        (plan.recommendation_column), kept in `told` for the rows the readers of printed lines
        make of it (put_told). (A report's plan restates the report's recommendations.) Its
        other columns, cut from what is left of each line, read wrongly too often to be given
        (a second action's lead run into the first's action, a running head into the last)."""
        # (the header printed again on a later page, the lines its names wrap onto and the
        # page's foot and running head before it left out, as _table leaves them)
        _, body, _ = self._table_lines(lines, i, header)
        if self.first_table > len(body):
            return
        texts = [self.pl.flat(lines[k].text) for k in body]
        for a, ref, cut in recommendation_cells(texts) or ():
            self.told[lines[body[a]].number] = (ref, _cell_text(texts, a, cut))


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
