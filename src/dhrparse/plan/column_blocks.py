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

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

import regex

from dhrparse.document import Line
from dhrparse.plan.block_cells import EITHER, FIELDS, MAX_NAME_CHARS, MAX_NAME_LINES, BlockCell, BlockCells
from dhrparse.plan.column_order import fill_statuses_by_page
from dhrparse.plan.layouts import _cells_line
from dhrparse.plan.lead_bands import fill_leads_before_dates
from dhrparse.plan.left_columns import split_gap
from dhrparse.plan.rag_key import is_legend
from dhrparse.plan.recommendation_cells import _OWN_NUMBER, RecommendationCells
from dhrparse.plan.row_bands import fill_pairs_by_page
from dhrparse.plan.row_runs import RowRuns
from dhrparse.plan.status import completion_headed, opens_with_date
from dhrparse.plan.trailing_column import fill_trailing_column, trailing_column
from dhrparse.plan.value_blocks import run_values
from dhrparse.plan.wrapping import SENTENCE_END
from dhrparse.prepare.markup import flatten

if TYPE_CHECKING:
    from dhrparse.plan.plan_lines import PlanLines

MIN_OTHER_NAMES = 2  # names of other columns printed as blocks of their own near the action's
NEAR = 80  # lines around the action column's name searched for the other names
HEADER = {
    "ref": "Ref",
    "action": "Action",
    "lead": "Lead",
    "target_date": "Target date",
    "status": "Status",
    "progress": "Progress",
}
FIRST_COLUMNS = ("ref", "recommendation")  # the columns a plan prints left of its actions
# a recommendation printed in a column-block table's merged recommendation cell: the plan's own
STATEMENT_IN_COLUMN = "statement_in_column"
WHOLE_CELL_STATEMENT = "whole_cell_statement"  # ... and its cell's whole text on one line
# a cell of such a table that no row took (a milestone, a value whose row the order leaves
# open): the plan reader accounts for it as unread, never as a note under an agency heading
UNPLACED_CELL = "unplaced_cell"
# an action column's cell set out as its row: an action even when it opens "Update ..." alone
ACTION_CELL = "action_cell"
MIN_UNSTOPPED = 3  # action cells without a full stop that show a table writes its actions so
STOPPED_SHARE = 4  # ... and at most one in this many ending a sentence: those are other columns' cells
CELL_ASKS_WITHIN = 4  # lines under a numbered cell's first within which it asks someone to act
HEADER_ABOVE = 12  # printed lines above the action column's name where names of columns left of it sit
MIN_CODED = 2  # action cells opening with their code that show a table codes its actions
MIN_RUNS = 0.25  # share of the table's blocks that run over more than one line
# an action's own code in a ref column: a recommendation's number and the action's letter or
# number under it ("1a", "2.1", "P3.2"); a recommendation's own number ("3", "R2") names no action
_ACTION_CODE = regex.compile(r"\(?[A-Z]{0,4}\d{1,2}(?:\.\d{1,2}|\(?[a-z]\)?)\)?")
_BARE = regex.compile(r"\(?[A-Z]{0,4}\d{1,2}\)?")  # a recommendation's own number ("3", "R3")
_NUMBER = regex.compile(r"\d{1,2}")
_LETTERED = regex.compile(
    r"(?P<letter>[A-Z])(?P<n>\d{1,2})"
)  # "B1": lettered recommendation B's first action
# a recommendation cell's own number at its head, its stop lost or never printed ("2 Police ...")
_HEAD_NUMBER = regex.compile(r"^\(?(?P<n>\d{1,2})[.)]?\s+(?=\p{Lu})")
_LOWER = regex.compile(r"\p{Ll}")  # a lower-case letter: words, not a code alone
# a recommendation cell labelled by plan.recommendation_cells ("Recommendation 3: The Board ...")
_STATEMENT_NUMBER = regex.compile(r"^Recommendation (?P<n>\d{1,2}): ")


def _ref_text(ln: Line) -> str:
    return flatten(ln.text).strip().rstrip(".:")


def _parent(code: str) -> str:
    """The recommendation's number in an action's code or a bare number ("2b" -> "2", "R3" -> "3")."""
    found = _NUMBER.search(code)
    return found.group() if found else code


@dataclass
class _Action:
    cell: BlockCell
    values: dict[str, BlockCell] = field(default_factory=dict)
    ref: str = ""


def _values(after: list[BlockCell], n: int) -> dict[str, list[BlockCell]]:
    """Of the cells printed after a run of n actions, each kind that has as many as the run,
    a cell that may be a date or a status counted where it makes the numbers agree."""
    kinds = {kind: [c for c in after if c.kind == kind] for kind in FIELDS}
    either = [c for c in after if c.kind == EITHER]
    for kind, other in (("status", "target_date"), ("target_date", "status")):
        if either and len(kinds[other]) == n and len(kinds[kind]) + len(either) == n:
            kinds[kind] = sorted(kinds[kind] + either, key=lambda c: c.lines[0].number)
            either = []
    return {kind: cells for kind, cells in kinds.items() if len(cells) == n}


def _blocks(lines: list[Line], start: int, end: int) -> list[list[Line]]:
    """The lines from start to end parted where a blank line (a gap in the numbers) falls."""
    out: list[list[Line]] = []
    for ln in lines[start:end]:
        if out and ln.number == out[-1][-1].number + 1:
            out[-1].append(ln)
        else:
            out.append([ln])
    return out


def _without_stopped_sentences(actions: list[_Action]) -> list[_Action]:
    """A table whose action cells are written without a full stop ("Audit 30 cases for capacity
    recording"): a lone cell read as an action that ends a sentence ("Pilot running in two
    localities.") is another column's, a progress note or commentary, and makes no row."""
    stopped = [a for a in actions if SENTENCE_END.search(a.cell.text)]
    if len(actions) - len(stopped) < MIN_UNSTOPPED or len(stopped) * STOPPED_SHARE > len(actions):
        return actions
    return [a for a in actions if a not in stopped]


def _status_left_behind(before: list[BlockCell] | None, after: list[BlockCell]) -> bool:
    """The run before this one, on its page, printed its lead or target date but no status
    (`before`: its cells), while this run's cells hold statuses: a tall status cell (a rating
    with its reason wrapped over several lines, "Red - waits for the supplier's next release ...") is
    printed after the next rows' shorter cells, so the first status after this run may be the
    run before's, printed late, and a count that agrees with this run's actions proves nothing.
    No status is given then."""
    if not before or any(c.kind in ("status", EITHER) for c in before):
        return False
    if not any(c.kind in ("lead", "target_date") for c in before):
        return False  # (the run before printed no cells of its own: nothing says what it left out)
    return any(c.kind in ("status", EITHER) for c in after)


def _shared_band(run: list[_Action], mine: list[BlockCell]) -> dict[str, list[BlockCell]]:
    """Field -> the run's values, where its actions are the paragraphs of one action cell: a
    Home Office plan sets a recommendation's actions as paragraphs of one cell beside one lead,
    one target date and one outcome, and pdftotext prints the paragraphs as one block, then the
    row's band. Read so only where the actions are one printed block (no blank line between
    them) and the cells printed after them hold one lead, at most one target date and one
    status, no cell that may be a date or a status and no column's name: rows of their own
    would print a lead each."""
    if len(run) < 2 or any(b.cell.first != a.cell.lines[-1].number + 1 for a, b in zip(run, run[1:])):
        return {}
    kinds = [c.kind for c in mine]
    if "name" in kinds or EITHER in kinds or "action" in kinds:
        return {}
    if kinds.count("lead") != 1 or kinds.count("status") != 1 or kinds.count("target_date") > 1:
        return {}
    found = {}
    for field_name in FIELDS:
        cell = next((c for c in mine if c.kind == field_name), None)
        if cell is not None:
            found[field_name] = [cell] * len(run)
    if "target_date" in found and found["target_date"][0].first > found["status"][0].first:
        return {}  # (a date printed after the status: another row's)
    return found


def _late_status(
    before_run: list[_Action], before: list[BlockCell], run: list[_Action], mine: list[BlockCell]
) -> tuple[BlockCell, list[BlockCell]] | None:
    """(the run before's status, this run's cells without it), where the run before printed
    its one lead and target date but no status, and this run's cells hold its own lead and
    date, then two statuses: a tall status cell ("Red - waits for the supplier's next release ...") is
    printed after the next row's shorter cells, and the status column still prints its cells
    down the page, so of the two the first is the run before's and the second this run's.
    Only where both runs read as one Home Office action cell each (plan.column_blocks
    `_shared_band`) and nothing else (a name, a cell that may be a date) stands between."""
    if not before_run or any("status" in a.values for a in before_run):
        return None
    before_kinds = [c.kind for c in before]
    if before_kinds.count("lead") != 1 or any(
        k in before_kinds for k in ("status", EITHER, "name", "action")
    ):
        return None
    statuses = [c for c in mine if c.kind == "status"]
    if len(statuses) != 2:
        return None
    own = [c for c in mine if c.kind in ("lead", "target_date")]
    if any(c.first > statuses[0].first for c in own):
        return None  # (a lead or date printed after a status: the order is not the bands')
    rest = [c for c in mine if c is not statuses[0]]
    if not _shared_band(run, rest) or not _shared_band(before_run, [*before, statuses[0]]):
        return None
    return statuses[0], rest


def _band_before(run: list[_Action], lead_in: list[BlockCell]) -> dict[str, list[BlockCell]]:
    """Field -> the run's values, where a page of the table holds one row whose lead, target
    date and status pdftotext printed under the header, before the row's action cell (a short
    action cell beside a taller band prints after it): the run is the page's only one and
    printed nothing of its own after it, and the cells between the header's names and the run
    are one lead, at most one date and one status, in the columns' order. A second lead or
    status, or a cell that may be a date or a status, and they are not read."""
    page = run[0].cell.page
    if any(c.page != page for c in lead_in):
        return {}
    kinds = [c.kind for c in lead_in]
    if EITHER in kinds or "action" in kinds or "name" in kinds:
        return {}
    if kinds.count("lead") != 1 or kinds.count("status") != 1 or kinds.count("target_date") > 1:
        return {}
    cell = {kind: next(c for c in lead_in if c.kind == kind) for kind in FIELDS if kind in kinds}
    if cell["lead"].first > cell["status"].first or (
        "target_date" in cell and not cell["lead"].first < cell["target_date"].first < cell["status"].first
    ):
        return {}  # (out of the columns' order: not one row's band)
    return {kind: [c] * len(run) for kind, c in cell.items()}


def _only_recommendation(
    actions: list[_Action], recs: dict[int, Line], lines: list[Line], codes: list[str]
) -> None:
    """Where the table's recommendation column holds one numbered recommendation, printed before
    every action cell (a Home Office plan whose review made a single recommendation: one row,
    its number in its cell, "1. The Council should ..."), every action answers it: each takes its
    number as the row's ref, as the PDF's row does. Not where any action has a ref of its own,
    or the table holds two recommendations or more, or prints another number (a code, a line
    opening "2. ..."): the printed order does not say whose an action is."""
    statements = [ln for ln in recs.values() if ln.hint == WHOLE_CELL_STATEMENT]
    if len(statements) != 1 or not actions or any(a.ref for a in actions):
        return
    found = _STATEMENT_NUMBER.match(statements[0].text)
    if found is None or any(a.cell.first < statements[0].number for a in actions):
        return
    number = found.group("n")
    if any(_parent(code) != number for code in codes) or any(
        (m := _OWN_NUMBER.match(flatten(ln.text).strip())) and m.group("n") != number for ln in lines
    ):
        return
    for act in actions:
        act.ref = number


def _pair_row_numbers(actions: list[_Action], codes: list[BlockCell]) -> None:
    """A plan giving each recommendation a single row, printed row after row (plan.row_runs): the number
    column's bare numbers ("1", "2", ...) are each printed before their row's cells, so the k-th
    number, printed between the (k-1)-th action and the k-th, is the k-th row's. Read so only
    where the numbers printed before the last action are exactly as many as the actions, count
    up by one and each falls between its action and the one before (a page number printed
    among them breaks the count or the order), and no action has a ref yet."""
    if not actions or any(a.ref for a in actions):
        return
    last = actions[-1].cell.first
    numbers = [c for c in codes if c.first < last and _NUMBER.fullmatch(_ref_text(c.lines[0]))]
    if len(numbers) != len(actions) or any(len(c.lines) != 1 for c in numbers):
        return
    values = [int(_ref_text(c.lines[0])) for c in numbers]
    if values != list(range(values[0], values[0] + len(values))):
        return
    for k, (number, act) in enumerate(zip(numbers, actions)):
        if not number.first < act.cell.first or k and not actions[k - 1].cell.first < number.first:
            return
    for number, act in zip(numbers, actions):
        act.ref = _ref_text(number.lines[0])


def _lettered_codes(printed: list[str]) -> list[str]:
    """The ref column's codes where they number each lettered recommendation's actions ("A1",
    "A2", "A3", "B1": the recommendation's letter, the action's number counting from 1 again
    under each new letter, two letters at least); empty otherwise (a single prefix counting
    on, "R1", "R2", numbers recommendations)."""
    codes = [c.strip() for c in printed]
    found = [_LETTERED.fullmatch(c) for c in codes]
    if not codes or not all(found):
        return []
    letters: list[str] = []
    last = 0
    for m in found:
        letter, n = m.group("letter"), int(m.group("n"))
        if letters and letter == letters[-1]:
            if n != last + 1:
                return []
        elif letter in letters or n != 1:
            return []
        else:
            letters.append(letter)
        last = n
    return codes if len(letters) > 1 else []


def _numbered_in_order(cells: list[list[Line]], printed: list[str]) -> dict[int, Line]:
    """Line number -> the line rewritten, for recommendation cells of a table whose numbers
    print apart from them: the k-th cell is recommendation k where the numbers the table prints
    (its refs, its actions' codes "1a", a number at a cell's head "2 Police to ...") are
    1 to the number of cells (the first may print above, in the header's block), every one of
    them, and no cell's own number says otherwise. The cell's
    first line becomes its statement, its other lines map to themselves (printed empty)."""
    own = [_HEAD_NUMBER.match(flatten(c[0].text).strip()) for c in cells]
    found = {_parent(p) for p in printed if _ACTION_CODE.fullmatch(p) or _BARE.fullmatch(p)}
    found.update(m.group("n") for m in own if m)
    wanted = {str(n) for n in range(1, len(cells) + 1)}
    # (the first row's number may print in the header's block, above the table as read)
    if (
        not cells
        or not wanted - {"1"} <= found <= wanted
        or any(m and m.group("n") != str(k) for k, m in enumerate(own, 1))
    ):
        return {}
    out: dict[int, Line] = {}
    for k, cell in enumerate(cells, 1):
        text = _HEAD_NUMBER.sub("", " ".join(flatten(ln.text).strip() for ln in cell), count=1)
        out[cell[0].number] = replace(cell[0], text=f"Recommendation {k}: {text}", hint=WHOLE_CELL_STATEMENT)
        out.update((ln.number, ln) for ln in cell[1:])
    return out


class ColumnBlocks:
    def __init__(self, lines: PlanLines, heading_lines: set[int], numbers: list[Line], printed: list[Line]):
        """`numbers`: lines holding a number alone that cleaning set aside as page numbers; in a
        table printed as column blocks they may be its ref column's cells. `printed`: every line
        of the document, furniture too (a running foot cleaning kept once is no lead)."""
        self.numbers = numbers
        self.vocab, self.heading_lines = lines.vocab, heading_lines
        self.blocks = BlockCells(lines, printed)
        self.recommendations = RecommendationCells(lines.vocab.p, lines.vocab.statement)
        self.row_runs = RowRuns(self.blocks)

    def rewrite(self, lines: list[Line]) -> list[Line]:
        out = list(lines)
        i = 0
        while i < len(out):
            if not self._action_name_at(out, i):
                i += 1
                continue
            table = self._table(out, i) or self._table_named_last(out, i)
            if table is None:
                i += 1
                continue
            start, end, rewritten = table
            out[start:end] = rewritten
            i = start + len(rewritten)
        return out

    # ---- the header ------------------------------------------------------------------------
    def _action_name_at(self, lines: list[Line], i: int) -> bool:
        """Line i opens a block with the action column's name (the cheap test first: most lines
        are too long, or hold cells)."""
        ln = lines[i]
        if (
            ln.cells is not None
            or len(ln.text) > MAX_NAME_CHARS
            or (i and lines[i - 1].number == ln.number - 1)
        ):
            return False
        return self.blocks.name(lines[i : i + MAX_NAME_LINES])[0] == "action"

    def _names_near(self, blocks: list[list[Line]]) -> set[str]:
        return {f for f, _ in (self.blocks.name(b) for b in blocks) if f in FIELDS or f == "progress"}

    # ---- the table -------------------------------------------------------------------------
    def _table(self, lines: list[Line], i: int) -> tuple[int, int, list[Line]] | None:
        end = self._end(lines, i)
        blocks = _blocks(lines, i, end)
        if len(self._names_near(blocks[: NEAR // 4])) < MIN_OTHER_NAMES:
            return None  # the header's names share lines: another form reads this table
        if sum(1 for b in blocks if len(b) > 1) < MIN_RUNS * len(blocks):
            return None  # a blank line after every printed line: no block is a column's run
        cells = [c for b in blocks for c in self.blocks.cells(b)]
        above = self._above(lines, i)
        between = self._names_between(above)
        if between is not None and self._headline_actions(blocks[0]):
            cells = self._band_actions(lines[i:end], cells, between)
        head = self._left_of_actions(above)

        cells = [c for b in _blocks(head, 0, len(head)) for c in self.blocks.cells(b)] + cells
        cells = self._completion_dates(cells)
        # a column printed whole after the rows (plan.trailing_column): the rows read without it
        column = trailing_column(cells, lambda c: self.blocks.name(c.lines)[0])
        if column is not None:
            read, actions = self._read(cells[: len(cells) - len(column.cells) - 1], head)
            if fill_trailing_column(actions, column):
                cells = [*read, column.name, *column.cells]
            else:
                column = None
        if column is None:
            cells, actions = self._read(cells, head)
        if not actions:
            return None
        before = [
            BlockCell("code", [ln])
            for ln in above[: len(above) - len(head)]
            if self.vocab.ref_only.match(ln.text)
        ]
        span = range((above or lines[i : i + 1])[0].number, lines[end - 1].number + 1)
        printed = [BlockCell("code", [ln]) for ln in self.numbers if ln.number in span]
        codes = [c.text for c in sorted(printed + before + cells, key=lambda c: c.first) if c.kind == "code"]
        column = self._ref_column(above + lines[i:end], span)
        if column and len(column) == len(actions):
            codes = [_ref_text(ln) for ln in column]  # (its bare numbers are refs, not page numbers)
            self._pair_refs(actions, codes, whole=True)
            codes = list(dict.fromkeys(_parent(code) for code in codes))
        else:
            column = []
            self._pair_refs(actions, codes)
            numbered = sorted(printed + before + cells, key=lambda c: c.first)
            _pair_row_numbers(actions, [c for c in numbered if c.kind == "code"])
        # the table opens at its first column's name: the recommendations printed under it are its own
        first = next(
            (k for k, ln in enumerate(above) if self.blocks.name([ln])[0] in FIRST_COLUMNS or ln in head[:1]),
            len(above),
        )
        start = i - len(above) + first
        return start, end, self._rows(lines[start:end], actions, cells, codes, self._headers(cells), column)

    def _table_named_last(self, lines: list[Line], i: int) -> tuple[int, int, list[Line]] | None:
        """A table whose action column's name plain pdftotext printed last on its page, its first
        row's action cells under it: the other columns' names were printed above, each heading
        its own first cells, and the later rows' cells between them and the action column's
        name. The table then opens at the first column name printed on that page (after the last
        line of cells or plan section), once the names above count MIN_OTHER_NAMES others."""
        end = self._end(lines, i)
        after = _blocks(lines, i, end)
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
        blocks = _blocks(above, 0, len(above))
        named = [(b[0], self.blocks.name(b)[0]) for b in blocks]
        names = {f for _, f in named if f in FIELDS or f == "progress"}
        first = next((ln for ln, f in named if f in FIRST_COLUMNS), None)
        if first is None or len(names) < MIN_OTHER_NAMES:
            return None
        start = next(j for j in range(k, i) if lines[j] is first)
        blocks = _blocks(lines, start, end)
        if sum(1 for b in blocks if len(b) > 1) < MIN_RUNS * len(blocks):
            return None  # (a blank line after every printed line: no block is a column's run)
        cells = [c for b in blocks for c in self.blocks.cells(b)]
        cells = [
            part for c in cells for part in (self.blocks.unstopped_parts(c) if c.kind == "action" else [c])
        ]
        actions = self._without_asking([_Action(c) for c in cells if c.kind == "action"])
        if not actions:
            return None
        recs = self._statements_in_order(lines[start:end], cells, actions)
        names = {ln.number for c in cells if c.kind == "name" for ln in c.lines}
        return start, end, self._action_rows(lines[start:end], actions, recs, names)

    def _without_asking(self, actions: list[_Action]) -> list[_Action]:
        """The actions less the cells that ask someone to act and end a sentence ("Northdale
        Police to make sure that ... is closed."), where at least MIN_UNSTOPPED action cells end
        without a full stop: those are the recommendation column's merged cells, printed among
        the rows in the short form a tracker writes them in, which opens an action too."""
        actions = _without_stopped_sentences(actions)
        unstopped = [a for a in actions if not SENTENCE_END.search(a.cell.text)]
        if len(unstopped) < MIN_UNSTOPPED:
            return actions
        return [
            a for a in actions if a in unstopped or not self.recommendations.cells(a.cell.lines, named=True)
        ]

    def _statements_in_order(
        self, lines: list[Line], cells: list[BlockCell], actions: list[_Action]
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
        bare = [replace(ln, text=_HEAD_NUMBER.sub("", flatten(ln.text).strip(), count=1)) for ln in free]
        by_number = {ln.number: ln for ln in free}
        found = [[by_number[ln.number] for ln in c] for c in self.recommendations.cells(bare, named=True)]
        return _numbered_in_order(found, printed)

    def _action_rows(
        self, lines: list[Line], actions: list[_Action], recs: dict[int, Line], names: set[int]
    ) -> list[Line]:
        """The lines again, a header row on the first and each action cell a row of its own,
        its other fields empty: the rows' other cells print in an order of their own (a lead
        before its action, a status after the next row's), so none is given. The recommendation
        cells numbered (`_numbered_in_order`) are their statements and every other line a cell
        no row took; with none numbered, the lines are left as printed for the plan reader."""
        fields = ["action", *FIELDS]
        row_of = {a.cell.first: a for a in actions}
        # (the header's names are the header row's: "Progress update" opens no note of a row)
        rest = {ln.number for a in actions for ln in a.cell.lines[1:]} | names
        out = [_cells_line(lines[0], [HEADER[f] for f in fields])]
        for ln in lines[1:]:
            if ln.number in recs:
                statement = recs[ln.number]
                out.append(statement if statement is not ln else _cells_line(ln, [""] * len(fields)))
            elif ln.number in row_of:
                row = [row_of[ln.number].cell.text] + [""] * len(FIELDS)
                out.append(_cells_line(replace(ln, hint=ACTION_CELL), row))
            elif ln.number in rest:
                out.append(_cells_line(ln, [""] * len(fields)))
            elif recs and ln.hint is None:
                # (the rows' other cells: no note under the row printed before them, "Progress
                # update ..." is several rows' column; unnumbered, the cells stay as printed)
                out.append(replace(ln, hint=UNPLACED_CELL))
            else:
                out.append(ln)
        return out

    def _read(self, cells: list[BlockCell], head: list[Line]) -> tuple[list[BlockCell], list[_Action]]:
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
        actions = _without_stopped_sentences(actions)
        if actions and not head and not self.row_runs.run_together([a.cell for a in actions]):
            names = [self.blocks.name(c.lines)[0] for c in cells if c.kind == "name"]
            fill_pairs_by_page(actions, cells, names)
            fill_statuses_by_page(actions, cells)
            self._first_row_statuses(actions, cells)
            fill_leads_before_dates(actions, cells, names, self._names_a_lead)
        return cells, actions

    def _names_a_lead(self, cell: BlockCell) -> bool:
        """The cell is a lead by its words, or a body's or a role's name (plan.lead_bands)."""
        return cell.kind == "lead" or self.blocks.roles.is_name(cell.text)

    def _first_row_statuses(self, actions: list[_Action], cells: list[BlockCell]) -> None:
        """The status printed straight under the status column's name, in the name's block, is
        the first row's under that header, where the first row's action is printed straight
        under the action column's name: pdftotext joins a name and the cell below it into one
        block only when they stand a line apart, so both are the row right under the header
        (a row with an empty status leaves its name a block of its own, the next row's cell
        too far below to join it). Given only to an action the order gave no status, and not
        under a status column printed whole after the rows (plan.trailing_column): that is a
        part of the table printed apart, whose cells its count alone pairs."""
        taken = {v.first for act in actions for v in act.values.values()}
        apart = trailing_column(cells, lambda c: self.blocks.name(c.lines)[0])
        by_line = {act.cell.first: act for act in actions}
        for k in range(1, len(cells)):
            act = by_line.get(cells[k].first) if cells[k].kind == "action" else None
            if act is None or "status" in act.values or not self._under(cells[k - 1], cells[k], "action"):
                continue
            for j in range(k + 1, len(cells) - 1):
                name = self.blocks.name(cells[j].lines)[0] if cells[j].kind == "name" else None
                if cells[j].page != act.cell.page or name == "action":
                    break  # (the next page's or the next table's header)
                if name != "status":
                    continue
                if apart is not None and apart.name is cells[j]:
                    break
                under = cells[j + 1]
                if (
                    under.kind in ("status", EITHER)
                    and under.first not in taken
                    and self._under(cells[j], under, "status")
                ):
                    act.values["status"] = BlockCell("status", under.lines)
                break

    def _under(self, name: BlockCell, cell: BlockCell, field_name: str) -> bool:
        """`cell` is printed in the block of the column `field_name`'s name, straight under it."""
        return (
            name.kind == "name"
            and self.blocks.name(name.lines)[0] == field_name
            and cell.first == name.lines[-1].number + 1
        )

    def _without_uncoded(self, cells: list[BlockCell]) -> list[BlockCell]:
        """A table that prints each action cell's code on a line of its own above its action
        ("R1 A1" / "Map current provision ..."): a cell without a code among them is the recommendation column's merged cell
        ("Northdale Police to ensure that ...") that pdftotext printed among the actions; it
        is left out of the table's cells (the plan reader reads it as the statement it is), so
        the coded actions run on together as printed. Only where most action cells, and at
        least MIN_CODED, carry a code."""
        actions = [c for c in cells if c.kind == "action"]
        coded = [c for c in actions if self._opens_with_code_line(c)]
        if len(coded) < MIN_CODED or len(coded) == len(actions) or len(coded) * 2 <= len(actions):
            return cells
        return [c for c in cells if c.kind != "action" or c in coded]

    def _opens_with_code_line(self, cell: BlockCell) -> bool:
        """The cell's first printed line is its code alone ("R1 A1", "2.1"), its action under it."""
        first = flatten(cell.lines[0].text).strip()
        return (
            len(cell.lines) > 1 and not _LOWER.search(first) and bool(self.vocab.action_ref.match(cell.text))
        )

    def _headline_actions(self, block: list[Line]) -> bool:
        """The block under the action column's name holds short headlines, no sentences."""
        _, k = self.blocks.name(block)
        return self.blocks.headlines(block[k:]) is not None

    def _names_between(self, above: list[Line]) -> int | None:
        """How many columns the header names between the ref column and the action column (the
        names printed above the action's, after the ref column's); None when no ref column is named."""
        names = [f for f in (self.blocks.name([ln])[0] for ln in above) if f is not None]
        return len(names) - names.index("ref") - 1 if "ref" in names else None

    def _band_actions(self, lines: list[Line], cells: list[BlockCell], between: int) -> list[BlockCell]:
        """The action cells of the rows printed in bands after the first: where a table's cells
        are short headlines, plain pdftotext prints its left columns a band of rows at a time,
        a block of the rows' refs ("9" / "10(a)"), a block for each column between (their
        recommendations' titles one a line), then a block of their actions ("Campaign during
        ..." / "Case audit"). Such a block is the action column's when it parts into as many
        short cells as the refs above it (plan.block_cells), each block between holding one
        line a ref."""
        span = range(lines[0].number, lines[-1].number + 1) if lines else range(0)
        merged = sorted([*lines, *(ln for ln in self.numbers if ln.number in span)], key=lambda ln: ln.number)
        blocks = _blocks(merged, 0, len(merged))
        found: dict[int, list[BlockCell]] = {}  # first line number of an action block -> its cells
        for k in range(len(blocks) - between - 1):
            refs, titles, block = blocks[k], blocks[k + 1 : k + 1 + between], blocks[k + 1 + between]
            if not all(ln.cells is None and self.vocab.ref_only.match(ln.text) for ln in refs):
                continue
            if any(len(t) != len(refs) or self.blocks.short_actions(t) is None for t in titles):
                continue
            actions = self.blocks.short_actions(block)
            if actions is not None and len(actions) == len(refs):
                found[block[0].number] = actions
        if not found:
            return cells
        out: list[BlockCell] = []
        taken: set[int] = set()
        for cell in cells:
            first = cell.lines[0].number
            if first in found:
                out.extend(found[first])
                taken.update(ln.number for c in found[first] for ln in c.lines)
            elif first not in taken:
                out.append(cell)
        return out

    def _row_runs(self, cells: list[BlockCell]) -> list[_Action] | None:
        """The actions of a table printed row after row (plan.row_runs), None when it is not."""
        rows = self.row_runs.read(cells)
        return None if rows is None else [_Action(row.action, row.values) for row in rows]

    def _above(self, lines: list[Line], i: int) -> list[Line]:
        """The lines above the action column's name that the table's first columns (its ref
        column, merged recommendation cells) printed, up to a heading or a line of cells."""
        k = i
        while k > 0 and i - k < NEAR:
            ln = lines[k - 1]
            if ln.cells is not None or self.vocab.section_of(ln.text):
                break
            if ln.number in self.heading_lines and not self._first_cell_under_name(lines, k - 1):
                break
            k -= 1
        return lines[k:i]

    def _first_cell_under_name(self, lines: list[Line], j: int) -> bool:
        """Line j, taken for a heading ("1. Dunmore Community Safety"), is the first cell of a
        column printed straight under that column's name ("Recommendation" / "1. Dunmore ..."),
        nothing between: a numbered recommendation cell, not a heading of the report."""
        if j == 0 or lines[j - 1].number != lines[j].number - 1 or lines[j - 1].cells is not None:
            return False
        if self.blocks.name([lines[j - 1]])[0] not in FIRST_COLUMNS:
            return False
        # (a cell asking someone to act, its sentence running on under it: a heading's title,
        # "1. Interpreters for every victim", asks no one)
        run = [lines[j]]
        for ln in lines[j + 1 : j + 1 + CELL_ASKS_WITHIN]:
            if ln.cells is not None or ln.number != run[-1].number + 1:
                break
            run.append(ln)
        found = self.recommendations.cells(run)
        return bool(found) and found[0][0] is lines[j] and len(found[0]) > 1

    def _end(self, lines: list[Line], i: int) -> int:
        """The table runs to the next heading, plan section or line of cells."""
        for k in range(i + 1, len(lines)):
            ln = lines[k]
            if ln.cells is not None or ln.number in self.heading_lines:
                return k
            if self.vocab.statement_or_section.match(ln.text) and self.vocab.section_of(ln.text):
                return k
        return len(lines)

    # ---- the rows --------------------------------------------------------------------------
    def _slots(self, cells: list[BlockCell]) -> list[str]:
        """The columns named after the action column's name and before its first cell, in print
        order (plan.row_bands); empty when another kind of name or cell comes between."""
        slots: list[str] = []
        for cell in cells:
            if cell.kind == "action":
                return slots
            field_name = self.blocks.name(cell.lines)[0] if cell.kind == "name" else None
            if field_name == "action":
                slots = []
            elif field_name is not None:
                slots.append(field_name)
        return []

    def _actions(self, cells: list[BlockCell], slots: list[str]) -> list[_Action]:
        """The actions, each run of action cells with the dates, statuses and leads printed after
        it on the same page, taken only where their printed blocks prove whose each is
        (plan.value_blocks): a count that agrees is not enough, since pdftotext prints separate
        short cells in an order of its own."""
        actions: list[_Action] = []
        k = 0
        headed = True  # a header printed before the run (the table's, or repeated on a new page)
        header: list[str | None] = []  # the names printed since the action column's, in print order
        before: list[BlockCell] | None = None  # the cells printed after the run before, on its page
        before_page = None
        before_run: list[_Action] = []
        lead_in: list[BlockCell] = []  # the cells printed since the header's last name, before a run
        while k < len(cells):
            if cells[k].kind != "action":
                headed = headed or cells[k].kind == "name"
                header = self._header_after(header, cells[k : k + 1])
                lead_in = [] if cells[k].kind == "name" else [*lead_in, cells[k]]
                k += 1
                continue
            run: list[_Action] = []
            while k < len(cells) and cells[k].kind == "action":
                run.append(_Action(cells[k]))
                k += 1
            page = run[0].cell.lines[0].page
            after: list[BlockCell] = []
            while k < len(cells) and cells[k].kind != "action" and cells[k].lines[0].page == page:
                after.append(cells[k])
                k += 1
            # a RAG key under the table is no row's status, yet still parts the cells around it
            after = [BlockCell("other", c.lines) if is_legend(c.text) else c for c in after]
            mine = self._own_cells(after)
            names = [self.blocks.name(c.lines)[0] for c in mine if c.kind == "name"]
            # (the header's names printed before the run count too: "Target date" before the
            # actions' cells, "RAG status" after them still names the date column first)
            run_cells = [a.cell for a in run]
            found = run_values(mine, run_cells, headed, slots, [*header, *names])
            if self.row_runs.run_together(run_cells):
                found = {}  # (a cell holding two rows' actions: the run's count proves nothing)
            elif not found:
                found = _shared_band(run, mine)
            if (
                not found
                and (not before_run or before_page != page)
                and not any(c.kind in (*FIELDS, EITHER) for c in mine)
                and all(c.page != page for c in cells[k:] if c.kind == "action")
            ):
                found = _band_before(run, lead_in)
            lead_in = []
            # (a count of two statuses for two actions proves nothing when the run before left its own)
            late = (
                _late_status(before_run, before, run, mine)
                if set(found) <= {"status"} and before_page == page
                else None
            )
            if late is not None:
                for kind, values in _shared_band(before_run, [*before, late[0]]).items():
                    for act, value in zip(before_run, values):
                        act.values.setdefault(kind, value)
                found = _shared_band(run, late[1])
            elif "status" in found and _status_left_behind(before if before_page == page else None, mine):
                del found["status"]
            before, before_page, before_run = mine, page, run
            for kind, values in found.items():
                for act, value in zip(run, values):
                    act.values[kind] = value
            actions.extend(run)
            header = self._header_after(header, after)
            # the action column named again after this run's cells: the next run opens a table
            headed = any(
                self.blocks.name(c.lines)[0] == "action" for c in after[len(mine) :] if c.kind == "name"
            )
        return actions

    def _header_after(self, header: list[str | None], cells: list[BlockCell]) -> list[str | None]:
        """The header's names printed since the action column's name, after `cells`."""
        for cell in cells:
            if cell.kind == "name":
                named = self.blocks.name(cell.lines)[0]
                header = [] if named == "action" else [*header, named]
        return header

    def _own_cells(self, after: list[BlockCell]) -> list[BlockCell]:
        """The cells printed after a run up to the action column's name, or another column's
        printed a second time: there the next table's header begins (an appendix prints one
        small table per section, and plain pdftotext runs the next one's names and cells on
        after this one's)."""
        named: set[str] = {"action"}
        for k, cell in enumerate(after):
            field_name = self.blocks.name(cell.lines)[0] if cell.kind == "name" else None
            if field_name is not None and field_name in named:
                return after[:k]
            if field_name is not None:
                named.add(field_name)
        return after

    def _left_of_actions(self, above: list[Line]) -> list[Line]:
        """The header lines from the first column name printed before the action column's (the
        header's print order puts those columns left of the actions); empty when none is."""
        k = len(above)
        for j in range(len(above) - 1, max(-1, len(above) - HEADER_ABOVE - 1), -1):
            if self.blocks.name(above[j : j + 1])[0] in FIELDS:
                k = j
        return above[k:]

    def _actions_after_left(self, cells: list[BlockCell]) -> list[_Action]:
        """The actions of a table with columns left of its actions (plan.left_columns): each
        run's left-hand cells printed before it, its right-hand cells after it."""
        first_action = next(k for k, c in enumerate(cells) if c.kind == "action")
        named = {self.blocks.name(c.lines)[0] for c in cells[:first_action] if c.kind == "name"}
        left = frozenset(named) & frozenset(FIELDS)
        runs: list[list[_Action]] = []
        gaps: list[list[BlockCell]] = [[]]  # before the first run, between runs, after the last
        in_run = False
        for cell in cells:
            if cell.kind == "action" and not in_run:
                runs.append([])
            elif cell.kind != "action" and in_run:
                gaps.append([])
            in_run = cell.kind == "action"
            (runs[-1].append(_Action(cell)) if in_run else gaps[-1].append(cell))
        if in_run:
            gaps.append([])

        for r, run in enumerate(runs):
            page = run[0].cell.lines[0].page
            _, lefts = split_gap(gaps[r], left, len(runs[r - 1]) if r else 0, len(run))
            rights, _ = split_gap(gaps[r + 1], left, len(run), len(runs[r + 1]) if r + 1 < len(runs) else 0)
            mine = [c for c in lefts + rights if c.lines[0].page == page]
            for kind, values in _values(mine, len(run)).items():
                for act, value in zip(run, values):
                    act.values[kind] = value
        return [act for run in runs for act in run]

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
        refs = [_ref_text(ln) for ln in column]
        coded = [bool(_ACTION_CODE.fullmatch(r)) for r in refs]
        if not (any(coded) and not all(coded)) or not all(
            _BARE.fullmatch(r) for r, c in zip(refs, coded) if not c
        ):
            return None
        parents = [int(_parent(r)) for r in refs]
        return column if parents == sorted(parents) else None

    def _pair_refs(self, actions: list[_Action], printed: list[str], whole: bool = False) -> None:
        """A ref column of action codes ("1a", "2.1"), one per action: in order, they name them.
        `whole`: the column's refs as read, bare numbers too (`_ref_column`)."""
        codes = printed if whole else [c for c in printed if _ACTION_CODE.fullmatch(c.strip())]
        if not whole and len(codes) != len(actions):
            codes = _lettered_codes(printed)
        if len(codes) != len(actions) or any(self.vocab.action_ref.match(a.cell.text) for a in actions):
            return
        # (numbers before letters, part by part: "5.1" ... "6.2" before "IMR1.1")
        key = lambda code: [
            (0, int(p), "") if p.isdigit() else (1, 0, p) for p in regex.findall(r"\d+|[a-z]+", code.lower())
        ]
        for act, code in zip(actions, sorted(codes, key=key)):
            act.ref = code

    def _completion_name(self, cells: list[BlockCell]) -> str | None:
        """The status column's printed name where it says its date is the day the action was
        completed ("Date of completion and Outcome"), else None."""
        for cell in cells:
            if (
                cell.kind == "name"
                and self.blocks.name(cell.lines)[0] == "status"
                and completion_headed(cell.text, self.vocab.p)
            ):
                return cell.text
        return None

    def _completion_dates(self, cells: list[BlockCell]) -> list[BlockCell]:
        """Under a status column named as the date of completion, a cell that opens with a date
        and goes on to say what was achieved ("12/01/2023 – revised template in use"), printed
        right after a target date, is that column's: the day the action was done. The column
        follows the target's, while a milestone opening with a date ("14/02/2024 – workshop
        held") is printed before the target. It is then paired with its row only as any status
        is, where the printed order proves whose it is."""
        if self._completion_name(cells) is None:
            return cells
        p = self.vocab.p
        return [
            BlockCell("status", c.lines)
            if c.kind == "other"
            and k
            and cells[k - 1].kind in ("target_date", EITHER)
            and opens_with_date(c.text, p)
            else c
            for k, c in enumerate(cells)
        ]

    def _headers(self, cells: list[BlockCell]) -> dict[str, str]:
        """The header row's names: the status column keeps its printed name where that says its
        date is the day the action was completed ("Date of completion and Outcome"), so a date
        in it is read as the action done (extractors.actions), as in the PDF's own table."""
        return {**HEADER, "status": self._completion_name(cells) or HEADER["status"]}

    def _rows(
        self,
        lines: list[Line],
        actions: list[_Action],
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
        _only_recommendation(actions, recs, lines, codes)
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
        out: list[Line] = [_cells_line(lines[0], [headers[f] for f in fields])]
        for ln in lines[1:]:
            if ln.number in row_of:
                out.append(_cells_line(replace(ln, hint=ACTION_CELL), row_of[ln.number]))
            elif ln.number in taken or ln.number in recs and recs[ln.number] is ln:
                out.append(_cells_line(ln, blank))
            elif ln.number in recs:
                out.append(recs[ln.number])
            elif self.vocab.statement.match(flatten(ln.text)):
                out.append(replace(ln, hint=STATEMENT_IN_COLUMN))
            else:
                out.append(replace(ln, hint=UNPLACED_CELL) if ln.hint is None else ln)
        return out
