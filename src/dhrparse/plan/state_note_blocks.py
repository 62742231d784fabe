"""A short plan table, Recommendation | <action> | Progress, that plain pdftotext (no -layout)
printed as column blocks, turned into cell rows the plan reader reads like any other.

A community safety partnership's plan of three columns prints everything about one action in
its middle cell: the action's code alone on the first line ("1a"), what will be done, and its
"Lead:" and "By:" lines; the Progress cell a state on a line of its own ("Embedded", "Underway",
"Yet to start") over a short note. Plain pdftotext prints the merged Recommendation cells, then
the action column's name over every action cell, then the Progress column's name over every
progress cell. Nothing but the order says whose each progress cell is, so the table is read only
where the counts agree: as many action cells, each opening with a code alone, as progress cells,
each opening with a state alone. The k-th progress cell is then the k-th action's. The action
cell's labelled lines become the lead and the date once the plan is read (plan.row_cells); the
Recommendation cells are left as printed for the plan reader's statements. Any other such table
is left to the plan reader's other forms. (The cells are dealt and counted as for the family's
other printing, a page's blocks under the Recommendation column's name, plan.coded_cell_columns:
plan.opened_cells.)
"""

from __future__ import annotations

from dataclasses import replace
from functools import partial

from dhrparse.document import Line
from dhrparse.plan.block_actions import ACTION_CELL, parted_blocks
from dhrparse.plan.block_header import BlockHeader
from dhrparse.plan.layouts import cells_line
from dhrparse.plan.opened_cells import counted_alike, deal_lines
from dhrparse.plan.status import state_alone
from dhrparse.prepare.markup import flatten

STATE_COLUMNS = ("progress", "status")


class StateNoteBlocks(BlockHeader):
    def rewrite(self, lines: list[Line]) -> list[Line]:
        return self._rewrite_tables(lines, self._table)

    def _table(self, lines: list[Line], i: int) -> tuple[int, int, list[Line]] | None:
        """(the table's first line, the line after it, its lines rewritten) for the action
        column's name at line i, or None where the counts do not prove each row's cells."""
        columns = self._columns(parted_blocks(lines, i, self._end(lines, i)))
        if columns is None:
            return None
        (names, actions), (_, notes) = columns["action"], columns["state"]
        if not counted_alike(actions, notes):
            return None
        last = max(cell[-1].number for cell in [*actions, *notes])
        end = next(j for j in range(i, len(lines)) if lines[j].number == last) + 1
        return (
            i,
            end,
            self._rows(lines[i:end], actions, notes, [names[0], names[1] if len(names) > 1 else ""]),
        )

    def _columns(self, blocks: list[list[Line]]) -> dict | None:
        """{"action": (printed names, cells), "state": (...)} read block by block: a block opening
        with a column's name (printed again over each page) holds that column's next lines, a
        block under it opening with a cell of that column (a code, a state) carries it on, and
        any other block closes it; a running foot is passed over. None where the action
        column's name opens no cells, a column's first line opens no cell, or another column
        than the recommendation's is named (the lead and the date are the action cell's lines)."""
        read: dict[str, tuple[list[str], list[list[Line]]]] = {"action": ([], []), "state": ([], [])}
        column, names = None, []
        for block in blocks:
            if all(self._foot(ln) for ln in block):
                continue  # (a running foot printed among the cells, a block of its own)
            field, k = self.blocks.name(block)
            body = block[k:]
            if field is not None and field not in ("action", "recommendation", *STATE_COLUMNS):
                return None  # (a lead or date column of its own: a wider table, another form's)
            if field is not None:
                column = "action" if field == "action" else "state" if field in STATE_COLUMNS else None
                if column is not None and not read[column][0]:
                    read[column][0].append(_text(block[:k]))
            elif column is None or not body or not self._opens(column, body[0]):
                column = None if body else column  # (a block after the column's cells ends it)
                continue
            if column is not None and deal_lines(read[column][1], body, partial(self._opens, column)):
                return None  # (the column's first line opens no cell: another table's)
        if not read["action"][1] or not read["state"][1]:
            return None
        names = [read["action"][0][0], read["state"][0][0]]
        return {"action": (names, read["action"][1]), "state": (names, read["state"][1])}

    def _opens(self, column: str, ln: Line) -> bool:
        """The line opens a cell of the column: an action's code alone, a state alone."""
        text = flatten(ln.text).strip()
        if column == "action":
            return bool(self.vocab.ref_only.match(text))
        return state_alone(text, self.vocab.p)

    def _foot(self, ln: Line) -> bool:
        """A line of a running foot (its words printed on every page); a state printed on many
        rows is no foot."""
        text = flatten(ln.text).strip()
        return self.blocks.printed_again(text) and not state_alone(text, self.vocab.p)

    def _rows(self, lines: list[Line], actions, notes, names: list[str]) -> list[Line]:
        """The table's lines again: the header's names on its first line, each row's cells (its
        code, its action cell's other lines, its progress cell) on its code's line, every other
        line an empty row."""
        row_of = {
            cell[0].number: [flatten(cell[0].text).strip(), _text(cell[1:]), _text(note)]
            for cell, note in zip(actions, notes)
        }
        out = [cells_line(lines[0], ["Ref", *names])]
        for ln in lines[1:]:
            row = row_of.get(ln.number)
            out.append(
                cells_line(replace(ln, hint=ACTION_CELL), row) if row else cells_line(ln, ["", "", ""])
            )
        return out


def _text(lines: list[Line]) -> str:
    return " ".join(flatten(ln.text).strip() for ln in lines)
