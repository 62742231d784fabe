"""A plan table that plain pdftotext (no -layout) printed as column blocks, turned into cell rows
the plan reader reads like any other.

A Word table whose number, recommendation and scope cells are merged down over a
recommendation's actions comes out of plain pdftotext as runs of one column's cells: the
header's names each a block of their own (or heading the first cells of their column), the
merged cells once, then the action column's cells one after another, then the cells of the
rows' other columns, a row's cells at a time, blocks parted by blank lines. Nothing but the
order and the shape of the lines says which cell is which, so the cells are told by what they
hold together with the header that heads their block (plan.block_cells). pdftotext prints the cells of a row after its action cell in column order, so the k-th date,
status and lead after a run of action cells belong to its k-th action; a ref column of action
codes ("1a", "2.1") is paired with the actions only when it holds as many codes as there are
actions; a column printed whole after the rows, its name heading its cells, is paired in order
when it holds as many cells as the table has actions (plan.trailing_column). Only the action
rows are rewritten (their other printed lines become empty rows);
every other line is left as printed for the plan reader (recommendation statements, agency
headings) and its account of what it did not read.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from dhrparse.document import Line
from dhrparse.plan.acceptance_cells import acceptance_aside
from dhrparse.plan.block_actions import (
    ACTION_CELL,
    ACTION_CODE,
    BARE,
    FIRST_COLUMNS,
    HEAD_NUMBER,
    MIN_OTHER_NAMES,
    MIN_UNSTOPPED,
    NEAR,
    STATEMENT_IN_COLUMN,
    UNPLACED_CELL,
    WHOLE_CELL_STATEMENT,
    Action,
    lettered_codes,
    numbered_in_order,
    only_recommendation,
    pair_row_numbers,
    parent,
    parted_blocks,
    ref_text,
    without_stopped_sentences,
)
from dhrparse.plan.block_cells import FIELDS, MAX_NAME_LINES, BlockCell
from dhrparse.plan.block_header import BlockHeader
from dhrparse.plan.block_values import BlockValues
from dhrparse.plan.carried_actions import join_carried_actions
from dhrparse.plan.column_order import fill_statuses_by_page
from dhrparse.plan.done_statuses import fill_done_statuses
from dhrparse.plan.foot_ratings import place_foot_ratings, ratings_after_feet
from dhrparse.plan.graded_cells import GradedCells
from dhrparse.plan.layouts import cells_line
from dhrparse.plan.lead_bands import fill_leads_before_dates
from dhrparse.plan.named_last_leads import fill_named_last_leads
from dhrparse.plan.named_last_statuses import named_last_lines, row_cells
from dhrparse.plan.recommendation_cells import RecommendationCells
from dhrparse.plan.ref_bands import RefBands, ref_order
from dhrparse.plan.row_bands import fill_pairs_by_page
from dhrparse.plan.row_runs import RowRuns
from dhrparse.plan.status_bands import fill_band_statuses, fill_status_column
from dhrparse.plan.status_pairs import StatusPairs
from dhrparse.plan.table_columns import fill_table_columns
from dhrparse.plan.trailing_column import fill_trailing_column, trailing_column
from dhrparse.plan.wrapping import SENTENCE_END
from dhrparse.prepare.markup import flatten

if TYPE_CHECKING:
    from dhrparse.plan.plan_lines import PlanLines

HEADER = {
    "ref": "Ref",
    "action": "Action",
    "lead": "Lead",
    "target_date": "Target date",
    "status": "Status",
    "progress": "Progress",
}


class ColumnBlocks(BlockHeader, BlockValues):
    def __init__(self, lines: PlanLines, heading_lines: set[int], numbers: list[Line], printed: list[Line]):
        """`numbers`: lines holding a number alone that cleaning set aside as page numbers; in a
        table printed as column blocks they may be its ref column's cells. `printed`: every line
        of the document, furniture too (a running foot cleaning kept once is no lead)."""
        self.numbers = numbers
        self.vocab, self.heading_lines = lines.vocab, heading_lines
        self.blocks = GradedCells(lines, printed)
        self.recommendations = RecommendationCells(lines.vocab.p, lines.vocab.statement)
        self.row_runs = RowRuns(self.blocks)
        self.status_pairs = StatusPairs(self.blocks, lines.vocab.ref_only)
        self.ref_bands = RefBands(lines.doc, lines.vocab.p)  # (a ref column last: plan.ref_bands)

    def rewrite(self, lines: list[Line]) -> list[Line]:
        return self._rewrite_tables(
            lines, lambda out, i: self._table(out, i) or self._table_named_last(out, i)
        )

    # ---- the table -------------------------------------------------------------------------
    def _table(self, lines: list[Line], i: int) -> tuple[int, int, list[Line]] | None:
        end = self._end(lines, i)
        blocks = parted_blocks(lines, i, end)
        self.blocks.take_table(blocks)  # (a completion word naming the status column)
        if len(self._names_near(blocks[: NEAR // 4])) < MIN_OTHER_NAMES:
            return None  # the header's names share lines: another form reads this table
        if self._no_runs(blocks):
            return None  # a blank line after every printed line: no block is a column's run
        cells = [c for b in blocks for c in self.blocks.cells(b)]
        above = self._above(lines, i)
        between = self._names_between(above)
        if between is not None and self._headline_actions(blocks[0]):
            cells = self._band_actions(lines[i:end], cells, between)
        head = self._left_of_actions(above)

        cells = [c for b in parted_blocks(head, 0, len(head)) for c in self.blocks.cells(b)] + cells
        cells = acceptance_aside(cells, above, self.vocab.p)
        printed = join_carried_actions(self._completion_dates(cells))  # (an action cell a page parted)
        marked, late = ratings_after_feet(printed, self.blocks.document_lines, self.blocks.roles.is_status)
        cells, actions = self._read_rows(marked, head)
        if late and not place_foot_ratings(actions, cells, late, self.blocks.roles.is_status):
            cells, actions = self._read_rows(printed, head)  # (a rating no row takes: read as printed)
        if not actions:
            return None
        done = fill_done_statuses(actions, cells, self.blocks)  # (a "Date completed" column's states)
        codes, column = self._codes(lines, i, end, above, head, cells, actions)
        column += self.status_pairs.fill(actions, above)  # (a status column printed first)
        first = self._opening(above, lines[i], head, column)
        start = i - len(above) + first
        headers = self._headers(cells, done)
        return start, end, self._rows(lines[start:end], actions, cells, codes, headers, column)

    def _read_rows(self, cells: list[BlockCell], head: list[Line]) -> tuple[list[BlockCell], list[Action]]:
        """The table's cells as read and its actions, a column printed whole after the rows
        (plan.trailing_column) read apart from them."""
        column = trailing_column(cells, lambda c: self.blocks.name(c.lines)[0], self.blocks)
        if column is not None:
            read, actions = self._read(cells[: len(cells) - len(column.cells) - 1], head)
            if fill_trailing_column(actions, column):
                return [*read, column.name, *column.cells], actions
        return self._read(cells, head)

    def _codes(self, lines: list[Line], i: int, end: int, above, head, cells, actions):
        """The table's codes paired with its actions (a ref column of bare numbers, else the
        codes printed among its cells, above it or set aside as page numbers) and that column."""
        before = [
            BlockCell("code", [ln])
            for ln in above[: len(above) - len(head)]
            if self.vocab.ref_only.match(ln.text)
        ]
        span = range((above or lines[i : i + 1])[0].number, lines[end - 1].number + 1)
        printed = [
            BlockCell("code", [ln])
            for ln in self.numbers
            if ln.number in span and not self.page_foot_number(ln)
        ]
        codes = [c.text for c in sorted(printed + before + cells, key=lambda c: c.first) if c.kind == "code"]
        column = self._ref_column(above + lines[i:end], span)
        if column and len(column) == len(actions):
            codes = [ref_text(ln) for ln in column]  # (its bare numbers are refs, not page numbers)
            self._pair_refs(actions, codes, whole=True)
            codes = list(dict.fromkeys(parent(code) for code in codes))
        else:
            column = []
            self._pair_refs(actions, codes)
            numbered = sorted(printed + before + cells, key=lambda c: c.first)
            pair_row_numbers(actions, [c for c in numbered if c.kind == "code"])
        return codes, column

    def _table_named_last(self, lines: list[Line], i: int) -> tuple[int, int, list[Line]] | None:
        """A table whose action column's name plain pdftotext printed last on its page, its first
        row's action cells under it: the other columns' names were printed above, each heading
        its own first cells, and the later rows' cells between them and the action column's
        name. The table then opens at the first column name printed on that page (after the last
        line of cells or plan section), once the names above count MIN_OTHER_NAMES others."""
        end = self._end(lines, i)
        after = parted_blocks(lines, i, end)
        _, m = self.blocks.name(after[0])
        if len(after[0]) <= m or any(self.blocks.name(b)[0] is not None for b in after[1:]):
            return None  # (the name heads no cells of its own, or other names follow: not printed last)
        page = lines[i].page
        k = i
        while k > 0 and lines[k - 1].page == page:
            ln = lines[k - 1]
            if ln.cells is not None or self.vocab.section_of(ln.text):
                break
            k -= 1
        above = lines[k:i]
        blocks = parted_blocks(above, 0, len(above))
        named = [(b[0], self.blocks.name(b)[0]) for b in blocks]
        names = {f for _, f in named if f in FIELDS or f == "progress"}
        first = next((ln for ln, f in named if f in FIRST_COLUMNS), None)
        if first is None or len(names) < MIN_OTHER_NAMES:
            return None
        start = next(j for j in range(k, i) if lines[j] is first)
        blocks = parted_blocks(lines, start, end)
        if self._no_runs(blocks):
            return None  # (a blank line after every printed line: no block is a column's run)
        cells = [c for b in blocks for c in self.blocks.cells(b)]
        cells = [
            part for c in cells for part in (self.blocks.unstopped_parts(c) if c.kind == "action" else [c])
        ]
        actions = self._without_asking([Action(c) for c in cells if c.kind == "action"])
        if not actions:
            return None
        recs = self._statements_in_order(lines[start:end], cells, actions)
        names = named_last_lines(actions, cells, lines[i].number, self.blocks, self.vocab.p)
        names |= fill_named_last_leads(actions, cells, lines[i].number, self._lead_words(), self.blocks)
        return start, end, self._action_rows(lines[start:end], actions, recs, names)

    def _without_asking(self, actions: list[Action]) -> list[Action]:
        """The actions less the cells that ask someone to act and end a sentence ("Northdale
        Police to make sure that ... is closed."), where at least MIN_UNSTOPPED action cells end
        without a full stop: those are the recommendation column's merged cells, printed among
        the rows in the short form a tracker writes them in, which opens an action too."""
        actions = without_stopped_sentences(actions)
        unstopped = [a for a in actions if not SENTENCE_END.search(a.cell.text)]
        if len(unstopped) < MIN_UNSTOPPED:
            return actions
        return [
            a for a in actions if a in unstopped or not self.recommendations.cells(a.cell.lines, named=True)
        ]

    def _statements_in_order(
        self, lines: list[Line], cells: list[BlockCell], actions: list[Action]
    ) -> dict[int, Line]:
        """The recommendation cells among the lines no action or name took, numbered in print
        order where the numbers the table prints agree (`_numbered_in_order`)."""
        span = range(lines[0].number, lines[-1].number + 1)
        printed = [c.text for c in cells if c.kind == "code"]
        last = actions[-1].cell.first  # (a page's number printed after its last action is no ref)
        printed += [flatten(ln.text).strip() for ln in self.numbers if ln.number in span and ln.number < last]
        taken = {ln.number for a in actions for ln in a.cell.lines}
        taken.update(ln.number for c in cells if c.kind == "name" for ln in c.lines)
        free = [ln for ln in lines[1:] if ln.number not in taken]
        # (a cell's own number at its head, "2 Police to ...", off for the cell's test)
        bare = [replace(ln, text=HEAD_NUMBER.sub("", flatten(ln.text).strip(), count=1)) for ln in free]
        by_number = {ln.number: ln for ln in free}
        found = [[by_number[ln.number] for ln in c] for c in self.recommendations.cells(bare, named=True)]
        return numbered_in_order(found, printed)

    def _action_rows(
        self, lines: list[Line], actions: list[Action], recs: dict[int, Line], names: set[int]
    ) -> list[Line]:
        """The lines again, a header row on the first, each action cell a row of its own with no
        other field but a status plan.named_last_statuses proves (other cells print in an order
        of their own); numbered recommendation cells (`_numbered_in_order`) their statements,
        every other line a cell no row took; with none numbered, the lines left as printed."""
        fields = ["action", *FIELDS]
        row_of = {a.cell.first: a for a in actions}
        # (the header's names are the header row's: "Progress update" opens no note of a row)
        rest = {ln.number for a in actions for ln in a.cell.lines[1:]} | names
        out = [cells_line(lines[0], [HEADER[f] for f in fields])]
        for ln in lines[1:]:
            if ln.number in recs:
                statement = recs[ln.number]
                out.append(statement if statement is not ln else cells_line(ln, [""] * len(fields)))
            elif ln.number in row_of:
                row = row_cells(row_of[ln.number], FIELDS)
                out.append(cells_line(replace(ln, hint=ACTION_CELL), row))
            elif ln.number in rest:
                out.append(cells_line(ln, [""] * len(fields)))
            elif recs and ln.hint is None:
                # (the rows' other cells: no note under the row printed before them, "Progress
                # update ..." is several rows' column; unnumbered, the cells stay as printed)
                out.append(replace(ln, hint=UNPLACED_CELL))
            else:
                out.append(ln)
        return out

    def _read(self, cells: list[BlockCell], head: list[Line]) -> tuple[list[BlockCell], list[Action]]:
        """The table's actions with the values its printed order proves, and its cells as read."""
        actions = self._row_runs(cells) if not head else None
        if actions is None:
            # (not read row after row: action cells without full stops run together in a block
            # are parted where an action opens a line; plan.row_runs parts its own runs)
            cells = [
                part
                for c in cells
                for part in (self.blocks.unstopped_parts(c) if c.kind == "action" else [c])
            ]
            cells = self._without_uncoded(cells)
            actions = self._actions_after_left(cells) if head else self._actions(cells, self._slots(cells))
        actions = without_stopped_sentences(actions)
        if actions and not head and not self.row_runs.run_together([a.cell for a in actions]):
            names = [self.blocks.name(c.lines)[0] for c in cells if c.kind == "name"]
            fill_pairs_by_page(actions, cells, names)
            fill_statuses_by_page(actions, cells, lambda c: self.blocks.name(c.lines)[0])
            self._first_row_statuses(actions, cells)
            fill_leads_before_dates(actions, cells, names, self._lead_words())
            fill_band_statuses(actions, cells, self.numbers, self.vocab.p)
            fill_status_column(actions, cells, names)
            self.ref_bands.fill(actions, cells, self._lead_words())
            fill_table_columns(actions, cells, names, self._lead_words())
        return cells, actions

    # ---- the rows --------------------------------------------------------------------------

    def _ref_column(self, lines: list[Line], span: range) -> list[Line] | None:
        """The refs of a ref column that mixes action codes with bare numbers ("1a" / "1b" / "2"
        / "3a"): a recommendation with one action prints its own number on that action's row.
        The column is read from under its printed name ("Rec No."), each page's part apart, as
        long as its refs follow one another with at most a blank line between (a row taller
        than one line); a bare number there is its row's ref, though cleaning set it aside as a
        page number. None unless every part reads so and the refs mix both kinds in order."""
        merged = sorted([*lines, *(ln for ln in self.numbers if ln.number in span)], key=lambda ln: ln.number)
        column: list[Line] = []
        k = 0
        while k < len(merged):
            # (the name may print straight under a line above the table: a key, a title)
            named, m = (
                self.blocks.name(merged[k : k + MAX_NAME_LINES]) if merged[k].cells is None else (None, 0)
            )
            if named != "ref":
                k += 1
                continue
            k += m
            part: list[Line] = []
            while k < len(merged) and merged[k].cells is None and self.vocab.ref_only.match(merged[k].text):
                if part and merged[k].number - merged[k - 1].number > 2:
                    break
                part.append(merged[k])
                k += 1
            if not part:
                return None
            column.extend(part)
        refs = [ref_text(ln) for ln in column]
        coded = [bool(ACTION_CODE.fullmatch(r)) for r in refs]
        if not (any(coded) and not all(coded)) or not all(
            BARE.fullmatch(r) for r, c in zip(refs, coded) if not c
        ):
            return None
        parents = [int(parent(r)) for r in refs]
        return column if parents == sorted(parents) else None

    def _pair_refs(self, actions: list[Action], printed: list[str], whole: bool = False) -> None:
        """A ref column of action codes ("1a", "2.1"), one per action: in order, they name them.
        `whole`: the column's refs as read, bare numbers too (`_ref_column`)."""
        codes = printed if whole else [c for c in printed if ACTION_CODE.fullmatch(c.strip())]
        if not whole and len(codes) != len(actions):
            codes = lettered_codes(printed)
        if len(codes) != len(actions) or any(self.vocab.action_ref.match(a.cell.text) for a in actions):
            return
        for act, code in zip(actions, sorted(codes, key=ref_order)):
            act.ref = code

    def _headers(self, cells: list[BlockCell], done: str | None = None) -> dict[str, str]:
        """The header row's names: the status column keeps its printed name where that says its
        date is the day the action was completed ("Date of completion and Outcome"; `done`, a
        day-done column read as the statuses), so a date in it is read as the action done
        (extractors.actions), as in the PDF's own table."""
        return {**HEADER, "status": done or self._completion_name(cells) or HEADER["status"]}

    def _rows(
        self,
        lines: list[Line],
        actions: list[Action],
        cells: list[BlockCell],
        codes: list[str],
        headers: dict[str, str],
        ref_lines: list[Line],
    ) -> list[Line]:
        """The lines again, the header's names as a header row, each action's cells on its first
        line and every other line it took an empty row."""
        taken: set[int] = set()
        for act in actions:
            taken.update(
                ln.number for ln in act.cell.lines + [ln for c in act.values.values() for ln in c.lines]
            )
        taken.update(ln.number for c in cells if c.kind == "name" for ln in c.lines)
        taken.update(ln.number for ln in ref_lines)  # (a ref column read whole: its refs are the rows')
        free = {ln.number for ln in lines[1:] if ln.number not in taken and self.blocks.name([ln])[0] is None}
        recs = self.recommendations.label(lines, free, codes, WHOLE_CELL_STATEMENT)
        only_recommendation(actions, recs, lines, codes)
        refs = any(a.ref for a in actions)
        notes = ["progress"] if any("progress" in a.values for a in actions) else []  # (plan.row_runs)
        fields = (["ref"] if refs else []) + ["action", *FIELDS, *notes]
        row_of: dict[int, list[str]] = {}  # (line numbers: a text export prints one line a number)
        for act in actions:
            values = [act.cell.text] + [
                act.values[f].text if f in act.values else "" for f in (*FIELDS, *notes)
            ]
            row_of[act.cell.lines[0].number] = ([act.ref] if refs else []) + values
        blank = [""] * len(fields)
        out: list[Line] = [cells_line(lines[0], [headers[f] for f in fields])]
        for ln in lines[1:]:
            if ln.number in row_of:
                out.append(cells_line(replace(ln, hint=ACTION_CELL), row_of[ln.number]))
            elif ln.number in taken or ln.number in recs and recs[ln.number] is ln:
                out.append(cells_line(ln, blank))
            elif ln.number in recs:
                out.append(recs[ln.number])
            elif self.vocab.statement.match(flatten(ln.text)):
                out.append(replace(ln, hint=STATEMENT_IN_COLUMN))
            else:
                out.append(replace(ln, hint=UNPLACED_CELL) if ln.hint is None else ln)
        return out
