"""A plan table that plain pdftotext (no -layout) printed a whole cell at a time, row after row,
turned into cell rows the plan reader reads like any other.

A ruled table whose rows start their cells on one line prints, in plain pdftotext, each cell as
a block of its own (a blank line between): the header's names each a block, then every row's
cells in column order: its number (merged down over a recommendation's actions, so printed on
its first row only), its action, lead, target date, evidence, status. An empty cell prints
nothing, so a row is told by what its blocks hold (plan.block_cells): a number or an action
opens a row, and each other block goes to the first column after the row's last one that takes
what it holds (a date to the target date's column, a status word to the status column, a name
to the lead's, a sentence to a column of text).

The short cells at the top right of some rows (a date closed, "Closed") can print after the
page's last row instead, column by column: a run of such values that no one row could hold.
They go back, in order, to the rows lacking that status, and only when there are as many of
them as such rows.

Only a table whose every block finds its place is rewritten, each row's cells on its first
printed line and its other lines empty rows; a table that does not read so is left as printed
for the other readers (column blocks, the walk's account of unread text).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

import regex

from dhrparse.document import Line
from dhrparse.plan.block_cells import EITHER, BlockCells
from dhrparse.plan.late_recommendations import LateRecommendations, late_recommendations
from dhrparse.plan.late_values import LateValues
from dhrparse.plan.layouts import cells_line
from dhrparse.plan.line_readings import LineReading
from dhrparse.plan.merged_blocks import MergedBlocks
from dhrparse.plan.printed_blocks import (
    LEAD_LINE,
    TEXT_FIELDS,
    VALUES,
    BlockRow,
    joined_lines,
    line_texts,
    printed_blocks,
)
from dhrparse.plan.review_names import ReviewNames
from dhrparse.plan.row_block_header import MAX_NAME_LINES, RowBlockHeader
from dhrparse.plan.table_rewrites import rewrite_tables
from dhrparse.plan.wrapping import SENTENCE_END
from dhrparse.prepare.markup import flatten
from dhrparse.vocab.alternation import literal_alternation

if TYPE_CHECKING:
    from dhrparse.plan.plan_lines import PlanLines

# rows left unread: a recommendation's number and cell printed after its actions
UNTOLD = (
    "a recommendation's number and cell print after actions' rows, so whose each of those rows is "
    "could not be told; no action is made of them"
)
LEFT_AFTER_REVIEWS = 2  # blocks a tracker over several reviews may leave after its rows (a note, a foot)
MIN_ROWS = 2
_NUMBERED = regex.compile(r"^(?P<ref>\d{1,2})[.)]?\s+(?P<rest>\p{Lu}.*)$")  # "2 Revise the ..."
_NEVER = "(?!)"
ACTOR_CHARS = 80  # the body a recommendation names before its modal ("Oxford Community Safety Partnership")


def _name_shaped(ln: Line, reading: LineReading) -> bool:
    """A printed line that may be a column's name printed as a block (RowBlockHeader._name asks
    name_shaped of its flattened text first)."""
    return ln.cells is None and reading.shaped


class RowBlocks(RowBlockHeader, MergedBlocks, LateValues):
    def __init__(
        self,
        lines: PlanLines,
        heading_lines: set[int],
        numbers: list[Line],
        printed: list[Line],
    ):
        """`numbers`: lines holding a number alone that cleaning set aside as page numbers; in a
        table printed a cell at a time they may be its number column's cells."""
        self.numbers = numbers
        self.cm, self.vocab, self.roles = lines.cm, lines.vocab, lines.roles
        self.flat = lines.flat  # (each line's flattened text, worked out once for every layout)
        self.readings = lines.readings  # (each line read once for every layout)
        self.heading_lines = heading_lines
        self.cells = BlockCells(lines, printed)
        self.page_word = regex.compile(lines.vocab.p.get("actions.plan.page_word", _NEVER), regex.I)
        self.asking = regex.compile(lines.vocab.p.get("recommendations.asking", _NEVER), regex.I)
        quarter = lines.vocab.p.get("actions.tracker.quarter_label")
        self.quarter = regex.compile(quarter, regex.I) if quarter else None
        self.p = lines.vocab.p
        self.review_names = ReviewNames(self.p)
        self.warnings: list[tuple[str, Line]] = []  # (the tables' rows left unread, for the walk)
        self._reviews = False  # the table read is a tracker over several reviews
        self._late_recs: LateRecommendations | None = None  # its recommendations printed late
        self._quarters: set[int] = set()  # the table's columns an update a quarter fills
        modals = literal_alternation(self.p.list("actions.tracker.recommendation_modals"))
        # (a cell that opens by asking someone to act: "The Trust should ...", "Officers must ...")
        self.asks = regex.compile(rf"^\p{{Lu}}[^.;:]{{0,{ACTOR_CHARS}}}?\b(?:{modals})\b", regex.I)

    def rewrite(self, lines: list[Line]) -> list[Line]:
        # (only a line shaped as a short column's name, no cells, can open such a table: the
        # lines before the next one are passed over on their reading)
        return rewrite_tables(
            lines, self._table_at, lambda out, i: self.readings.opening(out, i, _name_shaped)
        )

    def _table_at(self, lines: list[Line], i: int) -> tuple[int, list[Line]] | None:
        """The table whose header's first name is printed at line i, read."""
        # (the header's first name may print straight under a line above the table: a key)
        if lines[i].cells is not None or not self._name(self.flat(lines[i].text).strip()):
            return None
        return self._table(lines, i)

    # ---- the rows --------------------------------------------------------------------------
    def _kind(self, lines: list[Line], block: tuple[int, int]) -> str | None:
        """What a block holds: "ref", "action", a value's kind, "other"; None when the block holds
        more than one cell (or a column's name)."""
        cells = [c for c in self.cells.cells(lines[block[0] : block[1]]) if c.kind != "name"]
        if len(cells) != 1 or cells[0].lines[0] is not lines[block[0]]:
            return None
        kind = cells[0].kind
        if kind == "target_date" and self.roles.opens_status(flatten(lines[block[0]].text).strip()):
            return (
                EITHER  # ("Completed 12.06.2024.": a completion date under the outcome's name, or a due date)
            )
        return "ref" if kind == "code" else kind

    def _table(self, lines: list[Line], i: int) -> tuple[int, list[Line]] | None:
        if self._after_name(lines, i):
            return None
        header = self._header(lines, printed_blocks(lines, i, 12, MAX_NAME_LINES))
        if header is None:
            return None
        names, fields = header
        reviews = fields[0] == "review" and fields[1] in ("ref", "recommendation")
        j = i
        while j < len(lines) and lines[j].cells is None:
            j += 1
        numbers = self._set_aside(lines, i, j)
        seg = sorted([*lines[i:j], *numbers], key=lambda ln: ln.number)
        blocks = printed_blocks(seg, 0)
        body = blocks[len(names) :]
        if reviews:
            # (a tracker over several reviews: their names print apart from their rows, and the
            # rows are read without them, plan.review_names)
            names, fields = names[1:], fields[1:]
            named = [(a, b) for a, b in body if self.review_names.is_name(line_texts(seg, a, b))]
            body = [block for block in body if block not in named]
        self._quarters = {c for c, n in enumerate(names) if self._quarter(n)}
        self._reviews, self._late_recs = reviews, None
        rows, used = self._rows(seg, body, names, fields)
        if rows is None or len(rows) < MIN_ROWS:
            return None
        if reviews and len(body) - used > LEFT_AFTER_REVIEWS:
            return None  # (a tracker over several reviews read only in part: its rows are not these)
        end = body[used - 1][1] if used else blocks[len(names) - 1][1]
        if reviews:  # (the names printed among the rows read are the table's)
            after = body[used][0] if used < len(body) else len(seg)
            end = max([end, *(b for a, b in named if b <= after)])
        statements: dict[int, Line] = {}
        if self._late_recs is not None:
            statements = self._late_recs.statements(seg)
            untold = self._late_recs.untold_text(seg)
            if untold:
                where = seg[self._late_recs.untold_first()]
                self.warnings.append((f"plan rows {untold[:60]!r}: {UNTOLD}: {untold[:400]!r}", where))
        kept = {id(ln) for ln in numbers}
        rewritten = self._rewritten(seg, 0, end, names, rows, statements)
        return i + sum(1 for ln in seg[:end] if id(ln) not in kept), rewritten

    def _col(
        self, fields: list[str | None], kind: str, row: BlockRow, lines: list[Line], block
    ) -> int | None:
        """The first column after the row's last one that takes a block of this kind."""
        later = range(row.last + 1, len(fields))
        # a plan with no status column whose progress column holds the state words ("On track",
        # "Complete"): that column says each row's status
        state = ("status",) if "status" in fields else ("progress",)
        wanted = {
            "target_date": ("target_date",),
            "status": state,
            EITHER: ("target_date", *state),
            "lead": ("lead",),
        }.get(kind, ())
        for f in wanted:
            for c in later:
                if fields[c] == f:
                    return c
        if kind == "status":
            return None
        # a lead the names do not know, printed straight after the action: short lines, no sentence
        text = [flatten(ln.text).strip() for ln in lines[block[0] : block[1]]]
        if (
            kind == "other"
            and row.last + 1 < len(fields)
            and fields[row.last + 1] == "lead"
            and all(len(t) <= LEAD_LINE for t in text)
            and not SENTENCE_END.search(text[-1])
        ):
            return row.last + 1
        for c in later:
            if fields[c] in TEXT_FIELDS:
                return c
        return None

    def _rows(self, lines, body, names, fields):
        """The rows the body's blocks make and how many blocks they took; (None, 0) when the
        blocks make no rows."""
        first = 0 if fields[0] in ("ref", "recommendation") else None
        action = fields.index("action")
        rows: list[BlockRow] = []
        k = 0
        while k < len(body):
            step = self._step(lines, body, k, fields, rows, first, action)
            if step is None:
                return None, 0
            taken, goes_on = step
            k += taken
            if not goes_on:
                break
        if any(action not in r.cells for r in rows):
            late = late_recommendations(rows, action, first, fields) if self._reviews else None
            if late is None:
                return None, 0
            rows, self._late_recs = late
        if any(not any(fields[c] in ("lead", "target_date", "status") for c in r.cells) for r in rows):
            return None, 0
        return rows, k

    def _step(
        self, lines, body, k: int, fields, rows: list[BlockRow], first, action: int
    ) -> tuple[int, bool] | None:
        """Place block k (and any it carries): (how many blocks were taken, whether the table
        goes on after them); None where the blocks make no rows."""
        block = body[k]
        row = rows[-1] if rows else None
        opens = (  # (a recommendation's numbered cell segmentation may take for a heading)
            fields[0] == "recommendation"
            and (row is None or row.last >= action)
            and self._recommendation(lines, body, k, fields)
        )
        if lines[block[0]].number in self.heading_lines and not opens:
            return 0, False
        first_text = flatten(lines[block[0]].text).strip()
        if block[1] - block[0] == 1 and self.page_word.match(first_text):
            # a running foot among the cells: its page word, then its number
            number = k + 1 < len(body) and body[k + 1][1] - body[k + 1][0] == 1
            return (2 if number and self._kind(lines, body[k + 1]) == "ref" else 1), True
        kind = self._kind(lines, block)
        if taken := self._after_rows(lines, body, k, rows, first, kind, len(fields)):
            return taken, True
        if self._merged_step(lines, body, k, fields, rows, kind):
            return 1, True
        numbered = _NUMBERED.match(first_text) if first is not None and kind == "other" else None
        if numbered and self._opens_action(lines, block, numbered.group("rest")):
            rows.append(_numbered_row(block, numbered, first, action))
            return 1, True
        if kind is None:
            return 0, False
        if kind == "ref" and first is not None:
            if row is not None and row.last < first:
                return 0, False
            rows.append(BlockRow())
            rows[-1].put(first, block)
            return 1, True
        if opens:
            # (the Home Office template: a row opens with its recommendation's cell, merged
            # down over its later actions, whose rows open with their action's)
            rows.append(BlockRow())
            rows[-1].put(0, block)
            return 1, True
        if kind == "action":
            self._action_cell(lines, block, fields, rows, action)
            return 1, True
        if row is None:
            return 0, False
        return self._value_step(lines, body, k, fields, rows, kind, first_text)

    def _action_cell(self, lines, block, fields, rows: list[BlockRow], action: int) -> None:
        """An action-like block: the row's action, a progress note opening like one, the next
        quarter's update, or the action opening a row of its own."""
        row = rows[-1] if rows else None
        text_col = self._col(fields, "other", row, lines, block) if row else None
        has_text = row is not None and any(fields[c] in TEXT_FIELDS and c > action for c in row.cells)
        later_quarter = row is not None and row.last in self._quarters and row.last + 1 in self._quarters
        if row is not None and row.last < action:
            row.put(action, block)
        elif row is not None and text_col is not None and not has_text and row.last >= action:
            row.put(text_col, block)  # (a progress note that opens like an action)
        elif later_quarter:
            # (the next quarter's update after this one's, "Audit of 40 records ...": the
            # row's progress goes on, its status not yet printed)
            row.put(row.last + 1, block)
        else:
            rows.append(BlockRow())
            rows[-1].put(action, block)

    def _value_step(
        self, lines, body, k: int, fields, rows: list[BlockRow], kind: str, first_text: str
    ) -> tuple[int, bool] | None:
        """Place block k, a value or a text cell, in the last row (or open a later action's
        row), as `_step` does."""
        block, row = body[k], rows[-1]
        if kind in VALUES:
            run = self._run(lines, body, k)
            if not self._fits(fields, row, run):
                # the row's own values, then those printed after the table's last row
                # (which close it)
                if not self._late(fields, rows, run):
                    return None
                return len(run), False
        if kind == "other" and self._later_action(lines, body, k, fields, row):
            rows.append(BlockRow())
            rows[-1].put(fields.index("action"), block)
            return 1, True
        col = self._col(fields, kind, row, lines, block)
        if (
            kind in ("other", "lead")
            and fields[row.last] == "recommendation"
            and fields[row.last + 1 : row.last + 2] == ["action"]
        ):
            # (the cell printed after a row's recommendation is its action's, whatever it opens
            # with: "Letter from the chair ...", "Quarterly audit of ..."; a row without its
            # action reads as no row at all)
            col = row.last + 1
        if kind == "other" and "scope" in fields[row.last + 1 :] and self.vocab.scope_cell.match(first_text):
            col = fields.index("scope", row.last + 1)  # ("Local": the scope of the recommendation)
        if col is None:
            # a block no column takes ends the table only after a whole row (the
            # paragraph under it); inside a row, the rows are not what was printed
            return None if row.last != len(fields) - 1 else (0, False)
        row.put(col, block)
        return 1, True

    def _opens_action(self, lines: list[Line], block: tuple[int, int], rest: str) -> bool:
        """The block, its first line's number taken off, is an action cell."""
        trimmed = [replace(lines[block[0]], text=rest), *lines[block[0] + 1 : block[1]]]
        cells = [c for c in self.cells.cells(trimmed) if c.kind != "name"]
        return len(cells) == 1 and cells[0].kind == "action"

    def _rewritten(self, lines, start, end, names, rows, statements=None) -> list[Line]:
        row_of: dict[int, list[str]] = {}
        taken: set[int] = set()
        for row in rows:
            opening = min(a for a, _ in row.cells.values())
            cells = [""] * len(names)
            for col, (a, b) in row.cells.items():
                cells[col] = joined_lines(lines[a + (col in row.texts) : b], row.texts.get(col, ""))
                taken.update(range(a, max(a + 1, b)))
                for ta, tb in row.tails.get(col, ()):
                    cells[col] = joined_lines(lines[ta:tb], cells[col])
                    taken.update(range(ta, tb))
            row_of[opening] = cells
        blank = [""] * len(names)
        out = [cells_line(lines[start], names)]
        for k in range(start + 1, end):
            if k in row_of:
                out.append(cells_line(lines[k], row_of[k]))
            elif statements and k in statements:
                out.append(statements[k])
            else:
                out.append(cells_line(lines[k], blank))
        return out


def _numbered_row(block, numbered, first: int, action: int) -> BlockRow:
    """A row opened by its number joined to its action's first line ("2 Revise the ..."):
    the number its first cell's, the rest the action's."""
    row = BlockRow()
    row.put(first, (block[0], block[0]))
    row.texts[first] = numbered.group("ref")
    row.put(action, block)
    row.texts[action] = numbered.group("rest")
    return row
