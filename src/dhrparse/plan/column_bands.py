"""A short plan table whose one-line cells plain pdftotext (no -layout) printed in bands of
column blocks, turned into cell rows the plan reader reads like any other.

A landscape table (No. | Recommendation | Action | Lead | Target date | Progress) whose cells
each hold one line, but whose rows are not all as tall (a narrow Progress column's notes wrap),
comes out as:

- the first row under the header: each column's name over its first cell, a block a column;
- rows of one height together: a block a column, each the rows' cells top to bottom (a band);
- a last row printed out of order: its lead and target in blocks of their own, then its
  number, recommendation and action one under the other (a note under the table may follow);
- a column printed apart after them (plan.apart_columns), its name over its cells.

Nothing but the order and the counts ties a cell to its row, so the table is read only where
the print proves it: every band holds one block a column, all as long, in the header's order,
its numbers counting on from the row before and each other block's cells of its column's kind
(a lead a body's or role's name, a target a date or a time); the last row's cells of a kind one
of each, in the header's order; every column apart as many cells as there are rows. A table
that does not read so is left as printed for the other readers.
"""

from __future__ import annotations

from dhrparse.document import Line
from dhrparse.plan.apart_columns import KINDS, TEXT_FIELDS, ApartColumns
from dhrparse.plan.block_actions import parted_blocks
from dhrparse.plan.wrapping import SENTENCE_END

MIN_COLUMNS = 3  # the ref column, a column of text and a column of a kind at least
MIN_ROWS = 3
_COUNTED = ("ref", *TEXT_FIELDS)  # the columns whose cells a kind does not tell


class ColumnBands(ApartColumns):
    """plan.apart_columns' reader, reading a table in bands where its first columns do not
    print a row at a time (each line asked once whether it names a ref column)."""

    def _apart_at(self, lines: list[Line], i: int) -> tuple[int, list[Line]] | None:
        return super()._apart_at(lines, i) or self._bands_at(lines, i)

    def _bands_at(self, lines: list[Line], i: int) -> tuple[int, list[Line]] | None:
        """The table whose ref column's name is printed at line i, read in bands."""
        stop = self._stop(lines, i)
        span = range(lines[i].number, lines[stop - 1].number + 1)
        aside = [ln for n, ln in self.numbers.items() if n in span]
        merged = sorted([*lines[i:stop], *aside], key=lambda ln: ln.number)
        blocks = parted_blocks(merged, 0, len(merged))
        fields, names, first = self._header(blocks)
        if len(fields) < MIN_COLUMNS or not self._kinds_named(fields):
            return None
        rows, used = [first], len(fields)
        while (band := self._band(blocks[used : used + len(fields)], fields, rows)) is not None:
            rows += band
            used += len(fields)
        last = self._last_row(blocks[used:], fields, rows)
        rows += [last] if last else []
        past = max(ln.number for row in rows for ln in row)
        after = next((k for k in range(i, len(lines)) if lines[k].number > past), len(lines))
        apart = self._apart(lines, after, len(rows), set(fields))
        if len(rows) < MIN_ROWS or apart is None:
            return None
        end = max([after, *(lines.index(block[-1]) + 1 for block in apart)])
        return end, self._rewritten(lines[i:end], names, rows, apart)

    def _stop(self, lines: list[Line], i: int) -> int:
        """The index of the next line of cells or heading after line i (the table's end at most)."""
        return next(
            (
                k
                for k in range(i + 1, len(lines))
                if lines[k].cells is not None or lines[k].number in self.heading_lines
            ),
            len(lines),
        )

    def _header(self, blocks: list[list[Line]]) -> tuple[list[str], list[Line], list[Line]]:
        """The columns whose names head a block of their own over their first cell, in order
        from the ref column's: their fields, their names' lines and the first row's cells."""
        fields: list[str] = []
        names: list[Line] = []
        first: list[Line] = []
        for block in blocks:
            field = self._field(block[0])
            if len(block) != 2 or field is None or field in fields or not self._holds(field, block[1]):
                break
            fields.append(field)
            names.append(block[0])
            first.append(block[1])
        return fields, names, first

    def _kinds_named(self, fields: list[str]) -> bool:
        """The ref column first, the columns of text next to it, each other a column of a kind."""
        texts = [f for f in fields[1:] if f in TEXT_FIELDS]
        if fields[0] != "ref" or not texts or fields[1 : 1 + len(texts)] != texts:
            return False
        rest = fields[1 + len(texts) :]
        return bool(rest) and all(f in KINDS for f in rest)

    def _holds(self, field: str, ln: Line) -> bool:
        """The line is one cell of the column: a ref, a text that is neither a ref nor a
        column's name, or a cell of the column's kind."""
        text = self.flat(ln.text).strip()
        ref = bool(self.vocab.ref_only.match(text))
        if field == "ref" or ref:
            return field == "ref" and ref
        if field in TEXT_FIELDS:
            return self._field(ln) is None
        return self._of_kind(field, ln) or field == "target_date" and self._time(ln)

    def _band(
        self, blocks: list[list[Line]], fields: list[str], rows: list[list[Line]]
    ) -> list[list[Line]] | None:
        """Rows printed a block a column, all the blocks as long: the rows, read across."""
        if len(blocks) != len(fields) or len({len(b) for b in blocks}) != 1:
            return None
        if not self._counting_on(blocks[0], rows):
            return None
        if not all(self._holds(f, ln) for f, block in zip(fields, blocks) for ln in block):
            return None
        return [list(row) for row in zip(*blocks)]

    def _counting_on(self, refs: list[Line], rows: list[list[Line]]) -> bool:
        """The refs number on from the last row's, one by one."""
        texts = [self.flat(ln.text).strip().rstrip(".") for ln in [rows[-1][0], *refs]]
        if not all(t.isdigit() for t in texts):
            return False
        return [int(t) for t in texts] == list(range(int(texts[0]), int(texts[0]) + len(texts)))

    def _last_row(
        self, blocks: list[list[Line]], fields: list[str], rows: list[list[Line]]
    ) -> list[Line] | None:
        """The last row printed out of order: its cells of a kind each a block of its own, in
        the columns' order, then its ref over its text cells (a note under the table may follow
        them in their block). None unless exactly so printed."""
        counted = [f for f in fields if f in _COUNTED]
        kinds = fields[len(counted) :]
        if len(blocks) <= len(kinds):
            return None
        singles, block = blocks[: len(kinds)], blocks[len(kinds)]
        if any(len(b) != 1 or not self._holds(f, b[0]) for f, b in zip(kinds, singles)):
            return None
        if len(block) < len(counted) or not self._counting_on(block[:1], rows):
            return None
        if not all(self._holds(f, ln) for f, ln in zip(counted, block)):
            return None
        note = block[len(counted) :]
        if note and not SENTENCE_END.search(self.flat(note[-1].text).strip()):
            return None  # (more lines than cells and no sentence of a note: not the row's print)
        return block[: len(counted)] + [b[0] for b in singles]
