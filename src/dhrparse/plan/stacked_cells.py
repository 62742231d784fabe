"""A plan table a text export printed one cell per line (a word processor's "save as text"):
the header's names one a line ("Action" / "Lead" / "Timescale"), then every row's cells one
after another. Such a table becomes cell rows the plan reader reads like any other: each row's
cells on its first printed line, its other printed lines left as empty rows (rules), so every
printed line keeps its own Line.

Rows are told apart by count (each row prints as many cells as the header names) and, where the
first column holds numbers, by those numbers: a number opens a recommendation's rows, and the
rows under it without one print one cell fewer (their number cell merged into the one above).
A blank cell leaves no content line, so counting is the only safe cue: a table whose cells do
not divide into rows is left as it was printed (its lines then read as text, with warnings).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING

from dhrparse.document import BLANK, Line
from dhrparse.plan.cell_alignment import CellAlignment, Token
from dhrparse.plan.layouts import cells_line
from dhrparse.plan.stacked_bullets import joined_lists, with_lists
from dhrparse.plan.stacked_sub_header import sub_header

if TYPE_CHECKING:
    from dhrparse.plan.plan_lines import PlanLines

MIN_COLUMNS = 3
MAX_HEADER_WORDS = 6  # a header name printed on its own line is short
CLOSING_WORDS = 6  # a sentence of the report after the table, not a short cell
MIN_OTHER_NAMES = 2  # other columns' names among the cells that show the header was cut short


Row = tuple[list[Line], list[str]]  # a row's printed lines and its cells


class StackedCells:
    def __init__(self, lines: PlanLines, heading_lines: set[int], numbers: list[Line]):
        """`numbers`: lines holding a number alone that cleaning set aside as page numbers; in a
        table printed one cell per line they may be a number column's cells."""
        self.cm, self.vocab, self.roles = lines.cm, lines.vocab, lines.roles
        self.heading_lines, self.numbers = heading_lines, numbers
        self.flat = lines.flat
        self.readings = lines.readings  # (each line read as a header cell, once for every layout)
        # blank lines: an export printing one cell a line prints an empty cell as one
        self.blanks = sorted(ln.number for ln in lines.doc.lines if ln.kind == BLANK)
        self.alignment = CellAlignment(self.roles, lambda t: bool(self.vocab.ref_only.match(t)))

    def rewrite(self, lines: list[Line]) -> list[Line]:
        out: list[Line] = []
        i = 0
        while i < len(lines):
            names, span = self._header(lines, i) or ([], 0)
            rows, end = self._rows(lines, i + span, names) if names else (None, i)
            if not rows:
                out.append(lines[i])
                i += 1
                continue
            blank = [""] * len(names)
            out.append(cells_line(lines[i], names))
            out.extend(cells_line(ln, blank) for ln in lines[i + 1 : i + span])
            for printed, texts in rows:
                out.append(cells_line(printed[0], texts))
                out.extend(cells_line(ln, blank) for ln in printed[1:])
            i = end
        return out

    def _header(self, lines: list[Line], i: int) -> tuple[list[str], int] | None:
        """The header names printed one a line from line i, when they name a plan's columns, and
        the count of lines the header takes (a second header row under a merged-across name,
        plan.stacked_sub_header, takes more lines than it names columns)."""
        if self.readings.name(lines[i]) is None:
            return None  # (its first line names no column: most printed lines are asked no more)
        names: list[str] = []
        fields: list[str] = []
        for k, ln in enumerate(lines[i : i + 12]):
            text = self.flat(ln.text).strip()
            short = ln.cells is None and 0 < len(text.split()) <= MAX_HEADER_WORDS
            field = self.cm.field_of(text) if short else None
            if field is None or field in fields or (k and ln.number != lines[i + k - 1].number + 1):
                break
            names.append(text)
            fields.append(field)
        if len(names) < MIN_COLUMNS or self.cm.header_columns(names) is None:
            return None
        if self._named_below(lines, i + len(names), names[0], fields[0]):
            return None  # (a line above the header, "Status as at May 2024.", is no name of it)
        after = lines[i + len(names) : i + len(names) + MAX_HEADER_WORDS]
        two_rows = sub_header(names, after, self.blanks, self.cm, self.flat)
        if two_rows is not None:
            return two_rows[0], len(names) + two_rows[1]
        return names, len(names)

    def _named_below(self, lines: list[Line], k: int, first: str, field: str) -> bool:
        """The first name read only opens with a column's name ("Status as at May 2024.") and
        the line straight under the names is that column's name as written ("Status"): the
        header starts a line lower."""
        if k >= len(lines) or self.cm.names_exactly(first):
            return False
        below = self.flat(lines[k].text).strip()
        return (
            lines[k].number == lines[k - 1].number + 1
            and self.cm.names_exactly(below)
            and self.cm.field_of(below) == field
        )

    def _ends_table(self, lines: list[Line], k: int) -> bool:
        """A heading, a recommendation statement or section heading, or another table's header."""
        ln = lines[k]
        text = self.flat(ln.text)
        return (
            ln.cells is not None
            or ln.number in self.heading_lines
            or bool(self.vocab.statement.match(text))
            or self.vocab.section_of(text) is not None
            or self._header(lines, k) is not None
        )

    def _rows(self, lines: list[Line], j: int, names: list[str]) -> tuple[list[Row] | None, int]:
        """The table's rows and the index after it; no rows when its cells do not divide."""
        width = len(names)
        end = j
        while end < len(lines) and not self._ends_table(lines, end):
            end += 1
        body = lines[j:end]
        if not body or self._header_goes_on(body, names):
            return None, end
        last = lines[end].number if end < len(lines) else float("inf")
        numbers = [ln for ln in self.numbers if lines[j - 1].number < ln.number < last]
        for printed in (sorted(body + numbers, key=lambda ln: ln.number), body) if numbers else (body,):
            rows = self._counted([(ln, self.flat(ln.text).strip()) for ln in printed], width, names)
            if rows:
                return rows, end
        if len(body) > width and self._closing(body[-1]):
            # (bulleted cells, then the report's own sentence straight after the table)
            head = [(ln, self.flat(ln.text).strip()) for ln in body[:-1]]
            head = sorted(
                head + [(ln, self.flat(ln.text).strip()) for ln in numbers if ln.number < body[-1].number],
                key=lambda c: c[0].number,
            )
            rows = self._counted(head, width, names, lists_only=True)
            if rows:
                return rows, end - 1
        # cells that do not divide by count (an empty cell, a cell of two paragraphs): placed by
        # what each line says
        fields = self.cm.header_columns(names)
        rows = self._by_content(body, numbers, fields) if fields else None
        if rows is None and fields and len(body) > width and self._closing(body[-1]):
            # (the report's own sentence straight after the table, with no heading between:
            # the table read without it where its last row then ends on its last cell)
            rows = self._by_content(body[:-1], [ln for ln in numbers if ln.number < body[-1].number], fields)
            if rows is not None and rows[-1][1][-1]:
                return rows, end - 1
            rows = None
        return rows, end

    def _by_content(self, body: list[Line], numbers: list[Line], fields: list[str]) -> list[Row] | None:
        for printed in (sorted(body + numbers, key=lambda ln: ln.number), body) if numbers else (body,):
            rows = self._aligned(printed, fields)
            if rows and self._dated(rows, fields):
                return rows
        return None

    def _closing(self, ln: Line) -> bool:
        """A line reading as the report's sentence: long, and ending its sentence."""
        text = self.flat(ln.text).strip()
        return len(text.split()) >= CLOSING_WORDS and text.endswith(".")

    def _header_goes_on(self, body: list[Line], header: list[str]) -> bool:
        """Lines among the cells name MIN_OTHER_NAMES other columns ("Lead Agency", "Target",
        "Date of completion and Outcome"): the header is wider than the names read (a header
        printed as blocks, its long names wrapped: "Scope of" / "recommen" / "dation i.e."),
        so the names counted are not the table's width, and cells counted by it would be the
        rest of the header and rows cut at the wrong places. The table is left as printed."""
        fields = {self.cm.field_of(name) for name in header}
        others: set[str] = set()
        for ln in body:
            text = self.flat(ln.text).strip()
            if len(text.split()) > MAX_HEADER_WORDS or not self.cm.is_header_words(text):
                continue
            field = self.cm.field_of(text)
            if field is not None and field not in fields:
                others.add(field)
        return len(others) >= MIN_OTHER_NAMES

    def _aligned(self, body: list[Line], fields: list[str]) -> list[Row] | None:
        """The rows the body's lines align to by content, blank lines standing for empty cells."""
        tokens: list[Token] = []
        for k, ln in enumerate(body):
            if k:
                gap = bisect_left(self.blanks, ln.number) - bisect_right(self.blanks, body[k - 1].number)
                tokens.extend(Token("", None) for _ in range(gap))
            tokens.append(Token(self.flat(ln.text).strip(), k))
        aligned = self.alignment.rows(tokens, fields)
        if aligned is None:
            return None
        rows: list[Row] = []
        for cells in aligned:
            printed = [body[t.index] for cell in cells for t in cell if t.index is not None]
            rows.append((printed, [" ".join(t.text for t in cell if t.text) for cell in cells]))
        return rows

    def _dated(self, rows: list[Row], fields: list[str | None]) -> bool:
        """Every row's date cell holds a date (or nothing): a cell printed over two lines shifts
        the count, and the date column is where that shows."""
        if "target_date" not in fields:
            return True
        k = fields.index("target_date")
        return all(not texts[k] or self.roles.is_date(texts[k]) for _, texts in rows)

    def _counted(
        self, cells: list[tuple[Line, str]], width: int, names: list[str], lists_only: bool = False
    ) -> list[Row] | None:
        """The rows the cells divide into by count, a bulleted cell's lines one cell
        (plan.stacked_bullets) where that divides, else a line a cell; each row dated."""
        fields = [self.cm.field_of(t) for t in names]
        listed = joined_lists(cells)
        if listed is not None:
            rows = self._divide(listed[0], width)
            if rows and self._dated(rows, fields):
                return [with_lists(row, listed[1]) for row in rows]
        if lists_only:
            return None
        rows = self._divide(cells, width)
        return rows if rows and self._dated(rows, fields) else None

    def _divide(self, cells: list[tuple[Line, str]], width: int) -> list[Row] | None:
        if not self.vocab.ref_only.match(cells[0][1]):
            if len(cells) % width:
                return None
            return [_row(cells[k : k + width]) for k in range(0, len(cells), width)]
        rows: list[Row] = []
        starts = [k for k, (_, t) in enumerate(cells) if self.vocab.ref_only.match(t)]
        for a, b in zip(starts, starts[1:] + [len(cells)]):
            group = cells[a:b]
            if len(group) < width or (len(group) - width) % (width - 1):
                return None
            rows.append(_row(group[:width]))
            # the rows under the number print one cell fewer: their number cell is merged above
            rows.extend(
                _row(group[k : k + width - 1], merged=True) for k in range(width, len(group), width - 1)
            )
        return rows


def _row(cells: list[tuple[Line, str]], merged: bool = False) -> Row:
    texts = [t for _, t in cells]
    return [ln for ln, _ in cells], ([""] + texts if merged else texts)
