"""A plan table whose first columns plain pdftotext (no -layout) printed a row at a time, one
line a cell, and whose other columns it printed apart after them, each whole under its name,
turned into cell rows the plan reader reads like any other.

A short landscape table (No. | Recommendation | Action | Lead officer | Timescale | Outcome)
whose cells each hold one line comes out as the first columns' names one a line, then each
row's cells of those columns one after another (its number, its recommendation, its action),
then every other column as a block of its own: its name, then its cells top to bottom. Nothing
but the count ties a column printed apart to the rows, so the table is read only where the
print proves it:

- every row of the first part is as many lines as the names above it, its first line a ref
  ("3(a)") and no other line one;
- every column printed apart holds exactly as many one-line cells as there are rows, each
  of the kind its name says (a lead a body's or role's name, a target a date or a time, a
  status a status word), its name none of the first part's.

A table that does not read so is left as printed, for the other readers and for the plan's
account of what it did not read.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from dhrparse.document import Line
from dhrparse.plan.block_actions import parted_blocks
from dhrparse.plan.block_cells import EITHER, BlockCell, BlockCells, capitalised
from dhrparse.plan.layouts import cells_line
from dhrparse.plan.table_rewrites import rewrite_tables
from dhrparse.plan.trailing_column import status_parts
from dhrparse.plan.wrapping import SENTENCE_END
from dhrparse.vocab.dates import find_dates

if TYPE_CHECKING:
    from dhrparse.plan.plan_lines import PlanLines

MIN_ROWS = 2
MIN_NAMES = 2  # the first part's columns: a ref and at least one of text
MAX_NAMES = 4
MAX_GAP = 2  # blocks between the rows and a column apart, or two columns apart (a note, a foot)
MAX_ROLE_WORDS = 6  # a lead's name in a column printed apart ("Head of Early Help")
# the kinds of cell a column printed apart may hold, by its name's field
KINDS = {
    "lead": ("lead",),
    "target_date": ("target_date", EITHER),
    "status": ("status", EITHER),
    "progress": ("status", EITHER),
    "desired_outcome": ("status", EITHER),  # (an "Outcome" column of status words)
}
UNTOLD = (
    "a table's first columns print a row at a time and its other columns apart after them, but a "
    "column apart does not hold one cell of its kind for each row, so whose each cell is could not "
    "be told; no action is made of it"
)
TEXT_FIELDS = ("recommendation", "action")  # the first part names at least one


class ApartColumns:
    def __init__(self, lines: PlanLines, heading_lines: set[int], numbers: list[Line], printed: list[Line]):
        """`numbers`: lines holding a number alone that cleaning set aside as page numbers; here
        they may be the ref column's cells."""
        self.numbers = {ln.number: ln for ln in numbers}
        self.cm, self.vocab, self.roles = lines.cm, lines.vocab, lines.roles
        self.flat = lines.flat
        self.heading_lines = heading_lines
        self.cells = BlockCells(lines, printed)
        self.readings = lines.readings  # (each line read as a header cell, once for every layout)
        self.warnings: list[tuple[str, Line]] = []  # (the tables left unread, by their first name)

    def rewrite(self, lines: list[Line]) -> list[Line]:
        return rewrite_tables(lines, self._table_at)

    def untold(self, lines: list[Line]) -> list[tuple[str, Line]]:
        """The warnings of the tables this reader left unread that no later reader read either
        (their first name's line still printed, no cells)."""
        plain = {ln.number for ln in lines if ln.cells is None}
        return [(message, ln) for message, ln in self.warnings if ln.number in plain]

    def _table_at(self, lines: list[Line], i: int) -> tuple[int, list[Line]] | None:
        """The table whose first column's name (a ref column's) is printed at line i, read."""
        # (a line naming no ref column as a header cell is turned down before its name's block is read)
        if self.readings.name(lines[i]) != "ref" or self._field(lines[i]) != "ref":
            return None
        return self._apart_at(lines, i)

    def _apart_at(self, lines: list[Line], i: int) -> tuple[int, list[Line]] | None:
        """The table whose ref column's name is printed at line i, its first columns a row at a
        time, read."""
        names = self._first_names(lines, i)
        if names is None:
            return None
        rows = self._rows(lines, i + len(names), len(names))
        if len(rows) < MIN_ROWS:
            return None
        after = lines.index(rows[-1][-1]) + 1
        apart = self._apart(lines, after, len(rows), {self._field(ln) for ln in names})
        if apart is None:
            self.warnings.append((UNTOLD, lines[i]))
        if not apart:
            return None
        end = max(lines.index(block[-1]) for block in apart) + 1
        return end, self._rewritten(lines[i:end], names, rows, apart)

    def _field(self, ln: Line) -> str | None:
        """The column a line names, alone on it; None when it names none."""
        if ln.cells is not None:
            return None
        named, k = self.cells.name([ln])
        return named if k == 1 else None

    def _first_names(self, lines: list[Line], i: int) -> list[Line] | None:
        """The first part's names, one a line from line i, no blank line between: a ref column's,
        then columns of text (a recommendation, an action)."""
        names = [lines[i]]
        for ln in lines[i + 1 : i + MAX_NAMES]:
            if ln.number != names[-1].number + 1 or self._field(ln) in (None, "ref"):
                break
            names.append(ln)
        fields = [self._field(ln) for ln in names]
        if len(names) < MIN_NAMES or not any(f in TEXT_FIELDS for f in fields):
            return None
        return names if len(set(fields)) == len(fields) else None

    def _rows(self, lines: list[Line], start: int, width: int) -> list[list[Line]]:
        """The rows printed from line `start`, `width` lines each: a ref (maybe one cleaning set
        aside as a page number), then cells that are neither refs nor column names, no blank
        line among them."""
        rows: list[list[Line]] = []
        k, last = start, lines[start - 1].number
        while k < len(lines):
            ref = self.numbers.get(last + 1)
            row = ([ref] if ref else []) + lines[k : k + width - (1 if ref else 0)]
            if len(row) != width or not self._row(row, last):
                break
            rows.append(row)
            k += width - (1 if ref else 0)
            last = row[-1].number
        return rows

    def _row(self, row: Sequence[Line], last: int) -> bool:
        if any(ln.cells is not None or ln.number in self.heading_lines for ln in row):
            return False
        if [ln.number for ln in row] != list(range(last + 1, last + 1 + len(row))):
            return False
        texts = [self.flat(ln.text).strip() for ln in row]
        if not self.vocab.ref_only.match(texts[0]):
            return False
        return all(t and not self.vocab.ref_only.match(t) for t in texts[1:])

    def _apart(
        self, lines: list[Line], start: int, count: int, taken: set[str | None]
    ) -> list[list[Line]] | None:
        """The columns printed apart after the rows, up to the next heading or line of cells:
        each a block of its name and `count` one-line cells of its kind, at most MAX_GAP other
        blocks before each; None when a block headed by a column's name does not read so."""
        end = next(
            (
                k
                for k in range(start, len(lines))
                if lines[k].cells is not None or lines[k].number in self.heading_lines
            ),
            len(lines),
        )
        found: list[list[Line]] = []
        gap = 0  # blocks since the rows or the last column apart that no column's name heads
        for block in parted_blocks(lines, start, end):
            field = self._field(block[0])
            if field is None:
                gap += 1
                if gap > MAX_GAP:
                    break  # (a note and a running foot at most: further on is the report's)
                continue
            if field in taken or not self._column(block, field, count):
                return None
            gap = 0
            taken.add(field)
            found.append(block)
        return found

    def _column(self, block: list[Line], field: str, count: int) -> bool:
        """The block is its named column's `count` cells, one a line, each of the column's kind;
        or a status column's `count` cells, each opening with its status word (`_parts`)."""
        if field not in KINDS:
            return False
        if len(block) != count + 1:
            return len(self._parts(block, field, count)) == count
        if all(self._of_kind(field, ln) for ln in block[1:]):
            return True
        # (a column of times as well as dates, "Termly" / "On publication", read as one cell)
        return field == "target_date" and all(self._time(ln) for ln in block[1:])

    def _of_kind(self, field: str, ln: Line) -> bool:
        """The line is one cell of the kind the column's name says."""
        cells = self.cells.cells([ln])
        return len(cells) == 1 and (cells[0].kind in KINDS[field] or self._role(field, cells[0]))

    def _parts(self, block: list[Line], field: str, count: int) -> list[list[Line]]:
        """A column's `count` cells printed apart under its name: one a line, or a status
        column's cells wrapped over several lines, each parted where a line opens with a
        capitalised status word ("Complete –" / "checklist issued" / "Ongoing"); none where
        its first line opens none."""
        body = block[1:]
        if len(body) == count:
            return [[ln] for ln in body]
        parts = status_parts(self.cells, body) if "status" in KINDS.get(field, ()) else None
        return [c.lines for c in parts or []]

    def _role(self, field: str, cell: BlockCell) -> bool:
        """A lead column's cell whose words are a role's name ("Partnership Officer"), though
        they are words a column's name may hold: short, capitalised, no date, no status."""
        text = cell.text
        return (
            field == "lead"
            and len(text.split()) <= MAX_ROLE_WORDS
            and capitalised(text)
            and not SENTENCE_END.search(text)
            and not find_dates(text, self.roles.p)
            and not self.roles.is_status(text)
        )

    def _time(self, ln: Line) -> bool:
        text = self.flat(ln.text).strip()
        return self.cells.whole_date(ln) or bool(self.cells.words.recurring.match(text))

    def _rewritten(
        self, lines: list[Line], names: list[Line], rows: list[list[Line]], apart: list[list[Line]]
    ) -> list[Line]:
        """The lines again: the header's names a header row on the first, each row's cells on its
        ref's line (its next line's, where cleaning set the ref aside), every other line the table
        took an empty row; lines it did not take (a note printed between the rows and the columns
        apart) as printed."""
        header = [self.flat(ln.text).strip() for ln in names + [b[0] for b in apart]]
        columns = [self._parts(b, self._field(b[0]) or "", len(rows)) for b in apart]
        row_of: dict[int, list[str]] = {}
        for k, row in enumerate(rows):
            host = row[1] if self.numbers.get(row[0].number) is row[0] else row[0]
            row_of[host.number] = [self.flat(ln.text).strip() for ln in row] + [
                " ".join(self.flat(ln.text).strip() for ln in parts[k]) for parts in columns
            ]
        taken = {ln.number for ln in names[1:]} | {ln.number for r in rows for ln in r} - set(row_of)
        taken |= {ln.number for b in apart for ln in b}
        blank = [""] * len(header)
        out: list[Line] = []
        for ln in lines:
            if ln is names[0]:
                out.append(cells_line(ln, header))
            elif ln.number in row_of:
                out.append(cells_line(ln, row_of[ln.number]))
            elif ln.number in taken:
                out.append(cells_line(ln, blank))
            else:
                out.append(ln)
        return out
