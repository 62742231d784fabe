"""A plan table plain pdftotext printed a column at a time, each column's name heading its
first cells, turned into cell rows the plan reader reads like any other.

A Word table whose first column (an agency, a theme) is merged down over its rows, with the
recommendations' numbers beside it and short cells right of the actions (Target | Status),
comes out of plain pdftotext so: the first columns' names each over their cells, the numbers a
run of their own; then the action column's name over the first rows' action cells, whole, one
after another; then the short columns' names over the first row's values, and the other rows'
values a row at a time (a target, then a status), the later rows' action cells printed as
another run among them.

Nothing but the order says whose each value is, so the table is read only where every count
agrees: as many action cells as rows of values as numbers printed in the ref column, every
value of its column's kind (a target a date, a status a status word). Each column's cells
then pair in order, the k-th action with the k-th row of values. The merged first column
names no row of its own and is left as printed. Any other such table is left to the plan
reader's other forms (or its lines to its account of what it did not read).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from dhrparse.document import Line
from dhrparse.plan.block_actions import ACTION_CELL, FIRST_COLUMNS, parted_blocks
from dhrparse.plan.block_cells import MAX_NAME_CHARS
from dhrparse.plan.block_header import BlockHeader
from dhrparse.plan.carried_cells import carries
from dhrparse.plan.layouts import cells_line
from dhrparse.plan.round_header import numbers_column
from dhrparse.plan.row_numbers import ref_tuple
from dhrparse.prepare.markup import flatten

if TYPE_CHECKING:
    from dhrparse.plan.plan_lines import PlanLines

SHORT = ("target_date", "status")  # the columns right of the actions, a row's values a line each
NAMES = {"action": "Action", "target_date": "Target date", "status": "Status"}
MIN_ROWS = 2  # a table of one row says nothing by its counts


class HeadedColumns(BlockHeader):
    def __init__(self, lines: PlanLines, heading_lines: set[int], numbers: list[Line], printed: list[Line]):
        """`numbers`: lines holding a number alone that cleaning set aside as page numbers (the
        ref column's run among them); `printed`: every line of the document, furniture too."""
        super().__init__(lines, heading_lines, printed)
        self.numbers = numbers

    def rewrite(self, lines: list[Line]) -> list[Line]:
        return self._rewrite_tables(lines, self._table)

    def _table(self, lines: list[Line], i: int) -> tuple[int, int, list[Line]] | None:
        """(the table's first line, the line after it, its lines rewritten) for the action
        column's name at line i, or None where the counts do not prove each row's cells."""
        above = self._above(lines, i)
        refs = self._ref_column(lines, i, above)
        if refs is None:
            return None
        blocks = parted_blocks(lines, i, self._end(lines, i))
        read = self._cells(blocks, len(refs[1]))
        if read is None:
            return None
        actions, values, columns, used = read
        # (the rows run in their numbers' order: printed apart as the merged cells beside them
        # fall, the numbers sorted are the rows' own, one each)
        values = [[number, *row] for number, row in zip(sorted(refs[1], key=ref_tuple), values)]
        start, end = i - len(above), i + sum(len(b) for b in blocks[:used])
        return start, end, self._rows(lines[start:end], actions, values, [refs[0], *columns])

    def _ref_column(self, lines: list[Line], i: int, above: list[Line]) -> tuple[str, list[str]] | None:
        """(the ref column's printed name, its numbers) printed above the action column's name
        under the first columns' names: as many numbers as the table has rows. None where no
        ref column is named there or a line above is longer than a narrow first column's (the
        report's text, not the table's)."""
        if any(len(ln.text) > MAX_NAME_CHARS for ln in above):
            return None
        named = [self.blocks.name([ln])[0] for ln in above]
        # ("Rec": the recommendation's name cut short heads the numbers, as a ref column's does)
        refs = [ln for ln, f in zip(above, named) if f == "ref" or numbers_column(flatten(ln.text), f or "")]
        if len(refs) != 1 or not set(named) <= {None, *FIRST_COLUMNS}:
            return None
        first = refs[0].number
        printed = [
            flatten(ln.text).strip() for ln in [*above, *self.numbers] if first < ln.number < lines[i].number
        ]
        numbers = [t for t in printed if self.vocab.ref_only.match(t) and ref_tuple(t) is not None]
        return (flatten(refs[0].text).strip(), numbers) if len(numbers) >= MIN_ROWS else None

    def _cells(self, blocks: list[list[Line]], rows: int):
        """(action cells, each row's values, the short columns' fields, blocks used) from the
        action column's name on, read until every row has its cells; None where a block fits no
        column or the counts disagree."""
        named, k = self.blocks.name(blocks[0])
        if named != "action" or k == len(blocks[0]):
            return None  # (the name heads no cells of its own)
        actions, columns, bands = self._parted(blocks[0][k:]), [], []
        for used, block in enumerate(blocks[1:], 2):
            field, k = self.blocks.name(block)
            if field is not None:
                # (each short column's name heads the first rows' values, in the header's order)
                if field not in SHORT or field in columns or len(bands) != len(columns) or k == len(block):
                    return None
                columns.append(field)
                block = block[k:]
            if columns and all(self._value(ln, columns[len(bands) % len(columns)]) for ln in block):
                bands.append(block)
            elif field is not None:
                return None
            elif len(block) == 1 and self.blocks.printed_again(flatten(block[0].text).strip()):
                continue  # (a running foot printed among the cells)
            else:
                actions.extend(self._parted(block))
            values = _banded(bands, len(columns)) if columns else []
            if values is None or len(actions) > rows or len(values) > rows:
                return None
            if len(actions) == rows and len(values) == rows and len(bands) % len(columns) == 0:
                return actions, values, columns, used
        return None

    def _value(self, ln: Line, field: str) -> bool:
        """The line is one cell of the short column `field`: a date, or a status word or phrase."""
        text = flatten(ln.text).strip()
        if field == "target_date":
            return self.blocks.whole_date(ln) or bool(self.blocks.words.recurring.match(text))
        return text[:1].isupper() and self.roles.is_status(text)

    def _parted(self, lines: list[Line]) -> list[list[Line]]:
        """A run of action cells parted where a capitalised line follows a line that did not
        break off on a joining word, a comma or a dash."""
        cells: list[list[Line]] = []
        for ln in lines:
            text = flatten(ln.text).strip()
            if not cells or text[:1].isupper() and not carries(flatten(cells[-1][-1].text).strip()):
                cells.append([ln])
            else:
                cells[-1].append(ln)
        return cells

    def _rows(
        self, lines: list[Line], actions: list[list[Line]], values: list[list], columns: list[str]
    ) -> list[Line]:
        """The table's lines again: the header's names on its first line (the ref column's as
        printed, then the action's and the short columns'), each row's cells on its action's
        first line (its number, its action, its values), every other line of the table (the
        merged first columns' too) an empty row."""
        texts = [" ".join(flatten(ln.text).strip() for ln in cell) for cell in actions]
        row_of = {
            cell[0].number: [row[0], text, *(flatten(v.text).strip() for v in row[1:])]
            for cell, text, row in zip(actions, texts, values)
        }
        blank = [""] * (len(columns) + 1)
        out = [cells_line(lines[0], [columns[0], *(NAMES[f] for f in ("action", *columns[1:]))])]
        for ln in lines[1:]:
            if ln.number in row_of:
                out.append(cells_line(replace(ln, hint=ACTION_CELL), row_of[ln.number]))
            else:
                out.append(cells_line(ln, blank))
        return out


def _banded(bands: list[list[Line]], m: int) -> list[list[Line]] | None:
    """Each row's values from the short columns' blocks: plain pdftotext prints a band of rows
    of one height a column at a time, so every m blocks (a column's each, in the header's
    order) hold the same count of rows, one a line; a band still being read gives no rows yet.
    None where a band's columns disagree."""
    rows: list[list[Line]] = []
    for b in range(0, len(bands) - len(bands) % m, m):
        band = bands[b : b + m]
        if len({len(block) for block in band}) != 1:
            return None
        rows.extend(list(row) for row in zip(*band))
    return rows
