"""The actions of a table printed as column blocks (plan.column_blocks) and the dates,
statuses and leads each run of them is given: in print order, only where the blocks prove
whose each value is; a status printed under its column's name is the first row's, and a
status column named as the date of completion takes the dated outcomes after the targets."""

from __future__ import annotations

from dhrparse.plan.action_bullets import ActionBullets
from dhrparse.plan.band_blocks import banded_then_blocks, lone_band
from dhrparse.plan.block_actions import (
    LOWER,
    MIN_CODED,
    Action,
    band_before,
    late_status,
    one_cell_actions,
    shared_band,
    status_left_behind,
    values_after_run,
)
from dhrparse.plan.block_cells import EITHER, FIELDS, BlockCell
from dhrparse.plan.block_rating_digits import rated_cells
from dhrparse.plan.carried_cells import within_band
from dhrparse.plan.dated_leads import dated_leads
from dhrparse.plan.done_days import done_days
from dhrparse.plan.lead_bands import LeadWords
from dhrparse.plan.lead_blocks import block_leads
from dhrparse.plan.left_columns import split_gap
from dhrparse.plan.name_block_rows import name_block_statuses
from dhrparse.plan.page_feet import without_feet
from dhrparse.plan.rag_key import is_legend
from dhrparse.plan.status import completion_headed, opens_with_date
from dhrparse.plan.status_bands import taken_cells
from dhrparse.plan.trailing_column import trailing_column
from dhrparse.plan.value_blocks import run_values
from dhrparse.prepare.markup import flatten


class BlockValues:
    """ColumnBlocks' actions and their values (plan.column_blocks)."""

    def _names_a_lead(self, cell: BlockCell) -> bool:
        """The cell is a lead by its words, or a body's or a role's name (plan.lead_bands)."""
        roles = self.blocks.roles
        return cell.kind == "lead" or roles.is_name(cell.text) and not roles.names_a_title(cell.text)

    def _lead_words(self) -> LeadWords:
        """How plan.lead_bands tells a lead: a name, and the words a name ends on."""
        roles = self.blocks.roles
        return LeadWords(self._names_a_lead, roles.ends_role, roles.closes_name, self._is_target_day)

    def _is_target_day(self, cell: BlockCell) -> bool:
        """A target date, or a one-line cell its shape told a ref that reads as one whole date
        ("31.3.26": a day printed with dots after a block of leads)."""
        return cell.kind == "target_date" or (
            cell.kind == "code" and len(cell.lines) == 1 and self.blocks.whole_date(cell.lines[0])
        )

    def _first_row_statuses(self, actions: list[Action], cells: list[BlockCell]) -> None:
        """The status printed straight under the status column's name, in the name's block, is
        the first row's under that header, where the first row's action is printed straight
        under the action column's name: pdftotext joins a name and the cell below it into one
        block only when they stand a line apart, so both are the row right under the header
        (a row with an empty status leaves its name a block of its own, the next row's cell
        too far below to join it). Given only to an action the order gave no status, and not
        under a status column printed whole after the rows (plan.trailing_column): that is a
        part of the table printed apart, whose cells its count alone pairs. A table with no status
        column whose "Progress" column holds status words alone ("Progress" / "Achieved") has its
        status column there."""
        taken = taken_cells(actions)
        apart = trailing_column(cells, lambda c: self.blocks.name(c.lines)[0])
        status_name = self._status_name(cells)
        by_line = {act.cell.first: act for act in actions}
        for k in range(1, len(cells)):
            act = by_line.get(cells[k].first) if cells[k].kind == "action" else None
            if act is None or "status" in act.values or not self._first_under_header(cells, k):
                continue
            for j in range(k + 1, len(cells) - 1):
                name = self.blocks.name(cells[j].lines)[0] if cells[j].kind == "name" else None
                if cells[j].page != act.cell.page or name == "action":
                    break  # (the next page's or the next table's header)
                if name != status_name:
                    continue
                if apart is not None and apart.name is cells[j]:
                    break
                under = cells[j + 1]
                if (
                    under.kind in (("status", EITHER) if name == "status" else ("status",))
                    and under.first not in taken
                    and self._under(cells[j], under, name)
                ):
                    for row, status in name_block_statuses(cells, k, j + 1, by_line, taken):
                        row.values["status"] = BlockCell("status", status.lines)
                break

    def _first_under_header(self, cells: list[BlockCell], k: int) -> bool:
        """Action cell k is the first row's: printed straight under the action column's name,
        or the first action after that name on its page with only names, ref codes and merged
        recommendation text between (a tracker whose Rec and Act cells print before it)."""
        if self._under(cells[k - 1], cells[k], "action"):
            return True
        for j in range(k - 1, -1, -1):
            if cells[j].page != cells[k].page or cells[j].kind not in ("name", "code", "other"):
                return False
            if cells[j].kind == "name" and self.blocks.name(cells[j].lines)[0] == "action":
                return True
        return False

    def _status_name(self, cells: list[BlockCell]) -> str:
        """The name of the column the rows' statuses print in: "status", else "progress"."""
        names = {self.blocks.name(c.lines)[0] for c in cells if c.kind == "name"}
        return "progress" if "status" not in names and "progress" in names else "status"

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
            len(cell.lines) > 1 and not LOWER.search(first) and bool(self.vocab.action_ref.match(cell.text))
        )

    def _row_runs(self, cells: list[BlockCell]) -> list[Action] | None:
        """The actions of a table printed row after row (plan.row_runs), None when it is not."""
        rows = self.row_runs.read(rated_cells(cells, self.numbers, self.vocab.p))  # (a rating's digits too)
        return None if rows is None else [Action(row.action, row.values) for row in rows]

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

    def _actions(self, cells: list[BlockCell], slots: list[str]) -> list[Action]:
        """The actions, each run of action cells with the dates, statuses and leads printed after
        it on the same page, taken only where their printed blocks prove whose each is
        (plan.value_blocks): a count that agrees is not enough, since pdftotext prints separate
        short cells in an order of its own."""
        actions: list[Action] = []
        k = 0
        headed = True  # a header printed before the run (the table's, or repeated on a new page)
        header: list[str | None] = []  # the names printed since the action column's, in print order
        before: list[BlockCell] | None = None  # the cells printed after the run before, on its page
        before_page = None
        before_run: list[Action] = []
        lead_in: list[BlockCell] = []  # the cells printed since the header's last name, before a run
        shared: list[list[Action]] = []  # runs that are the paragraphs of one action cell
        scope_left = self._scope_left(cells)
        while k < len(cells):
            if cells[k].kind != "action":
                headed = headed or cells[k].kind == "name"
                header = self._header_after(header, cells[k : k + 1])
                lead_in = [] if cells[k].kind == "name" else [*lead_in, cells[k]]
                k += 1
                continue
            run, after, k = _run_and_after(cells, k)
            page = run[0].cell.lines[0].page
            own = self._own_cells(after)
            mine = within_band(own, self._is_scope_cell, scope_left)
            found = self._run_found(run, mine, headed, slots, header, shared)
            if not found and _alone_on_page(page, before_page, before_run, own, cells[k:]):
                found = band_before(run, lead_in)
            lead_in = []
            # (a count of two statuses for two actions proves nothing when the run before left its own)
            found = _late_found(found, before_run, before, before_page == page, run, mine, shared)
            found = self._with_block_leads(found, run, mine, headed, shared)
            before, before_page, before_run = own, page, run  # (the next band's cells too)
            for kind, values in found.items():
                for act, value in zip(run, values):
                    act.values[kind] = value
            actions.extend(run)
            header = self._header_after(header, after)
            # the action column named again after this run's cells: the next run opens a table
            headed = any(
                self.blocks.name(c.lines)[0] == "action" for c in after[len(own) :] if c.kind == "name"
            )
        return (
            one_cell_actions(actions, shared)
            if _glyphs_apart(cells, ActionBullets.of(self.vocab.p))
            else actions
        )

    def _run_found(self, run, mine: list[BlockCell], headed: bool, slots, header, shared: list) -> dict:
        """The values the cells printed after a run of actions prove are its rows' (a run that
        is the paragraphs of one action cell put in `shared`)."""
        names = [self.blocks.name(c.lines)[0] for c in mine if c.kind == "name"]
        # (the header's names printed before the run count too: "Target date" before the
        # actions' cells, "RAG status" after them still names the date column first)
        run_cells = [a.cell for a in run]
        found = run_values(mine, run_cells, headed, slots, [*header, *names])
        banded = banded_then_blocks(mine, len(run), slots) or lone_band(mine, len(run), slots, found)
        found = _with_bands(found, banded)
        if self.row_runs.run_together(run_cells):
            found = {}  # (a cell holding two rows' actions: the run's count proves nothing)
        elif not found:
            found = shared_band(run, mine)
            shared.extend([run] if found else [])
        return found

    def _with_block_leads(self, found: dict, run, mine: list[BlockCell], headed: bool, shared: list) -> dict:
        """The run's values with its leads parted from the one block of wrapped names printed
        after it (plan.lead_blocks), where no reading gave them; not for the paragraphs of one
        action cell, which share one lead."""
        if (
            "lead" in found
            or any(run is r for r in shared)
            or self.row_runs.run_together([a.cell for a in run])
        ):
            return found
        leads = block_leads(mine, len(run), headed, self._lead_words())
        if leads is None:
            # (an earlier page's running foot printed among the cells is no block of names)
            unfooted = without_feet(mine, self.blocks.document_lines, run[0].cell.lines[0].number)
            leads = dated_leads(unfooted, len(run), headed, self._lead_words())
        return found if leads is None else {**found, "lead": leads}

    def _header_after(self, header: list[str | None], cells: list[BlockCell]) -> list[str | None]:
        """The header's names printed since the action column's name, after `cells`."""
        for cell in cells:
            if cell.kind == "name":
                named = self.blocks.name(cell.lines)[0]
                header = [] if named == "action" else [*header, named]
        return header

    def _is_scope_cell(self, cell: BlockCell) -> bool:
        return cell.kind == "other" and self.blocks.words.is_scope(flatten(cell.text).strip())

    def _scope_left(self, cells: list[BlockCell]) -> bool:
        """A scope cell printed before the table's first action: its Scope column is left of it."""
        first = next((k for k, c in enumerate(cells) if c.kind == "action"), 0)
        return any(self._is_scope_cell(c) for c in cells[:first])

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

    def _actions_after_left(self, cells: list[BlockCell]) -> list[Action]:
        """The actions of a table with columns left of its actions (plan.left_columns): each
        run's left-hand cells printed before it, its right-hand cells after it."""
        first_action = next(k for k, c in enumerate(cells) if c.kind == "action")
        named = {self.blocks.name(c.lines)[0] for c in cells[:first_action] if c.kind == "name"}
        left = frozenset(named) & frozenset(FIELDS)
        runs: list[list[Action]] = []
        gaps: list[list[BlockCell]] = [[]]  # before the first run, between runs, after the last
        in_run = False
        for cell in cells:
            if cell.kind == "action" and not in_run:
                runs.append([])
            elif cell.kind != "action" and in_run:
                gaps.append([])
            in_run = cell.kind == "action"
            (runs[-1].append(Action(cell)) if in_run else gaps[-1].append(cell))
        if in_run:
            gaps.append([])

        for r, run in enumerate(runs):
            page = run[0].cell.lines[0].page
            _, lefts = split_gap(gaps[r], left, len(runs[r - 1]) if r else 0, len(run))
            rights, _ = split_gap(gaps[r + 1], left, len(run), len(runs[r + 1]) if r + 1 < len(runs) else 0)
            mine = [c for c in lefts + rights if c.lines[0].page == page]
            for kind, values in values_after_run(mine, len(run)).items():
                for act, value in zip(run, values):
                    act.values[kind] = value
        return [act for run in runs for act in run]

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
        is, where the printed order proves whose it is. A column of the days actions were done
        printed whole after the rows ("Date completed") is no row's (plan.done_days)."""
        if self._completion_name(cells) is None:
            return done_days(cells, self.blocks)
        p = self.vocab.p
        cells = [
            BlockCell("status", c.lines)
            if c.kind == "other"
            and k
            and cells[k - 1].kind in ("target_date", EITHER)
            and opens_with_date(c.text, p)
            else c
            for k, c in enumerate(cells)
        ]
        return done_days(cells, self.blocks)


def _glyphs_apart(cells: list[BlockCell], bullets: ActionBullets) -> bool:
    """The table printed a bullet's glyph as a cell of its own: plain pdftotext prints the marks
    of a bulleted action cell apart from their items, so a run of paragraphs beside one band is
    the bullets of one action cell (plan.action_bullets), not paragraphs a plan numbers apart."""
    return any(c.text and bullets.marks_only(c.text) for c in cells)


def _with_bands(found: dict, banded: dict | None) -> dict:
    """The run's values with those its bands and blocks prove (plan.band_blocks), where they
    agree with every value read already."""
    if banded is None or any(
        [c.first for c in banded[f]] != [c.first for c in cells] for f, cells in found.items() if f in banded
    ):
        return found
    return {**found, **banded}


def _run_and_after(cells: list[BlockCell], k: int):
    """The run of action cells from cell k, the cells printed after it on the same page (a
    RAG key under the table no row's status, yet still parting the cells around it), and
    the cell after those."""
    run: list[Action] = []
    while k < len(cells) and cells[k].kind == "action":
        run.append(Action(cells[k]))
        k += 1
    page = run[0].cell.lines[0].page
    after: list[BlockCell] = []
    while k < len(cells) and cells[k].kind != "action" and cells[k].lines[0].page == page:
        after.append(cells[k])
        k += 1
    return run, [BlockCell("other", c.lines) if is_legend(c.text) else c for c in after], k


def _late_found(found: dict, before_run, before, same_page: bool, run, mine, shared: list) -> dict:
    """The run's values where the run before on its page (its cells `before`, on this run's
    page when `same_page`) left a status of its own among this run's: a count of two
    statuses for two actions proves nothing then."""
    late = late_status(before_run, before, run, mine) if set(found) <= {"status"} and same_page else None
    if late is not None:
        for kind, values in shared_band(before_run, [*before, late[0]]).items():
            for act, value in zip(before_run, values):
                act.values.setdefault(kind, value)
        found = shared_band(run, late[1])
        shared.extend([r for r in (before_run, run) if all(r is not o for o in shared)])
    elif "status" in found and status_left_behind(before if same_page else None, mine):
        del found["status"]
    return found


def _alone_on_page(page, before_page, before_run: list, own: list[BlockCell], later: list[BlockCell]) -> bool:
    """Whether a run is its page's only one and printed no value after it: its values, if any,
    are the band printed before it."""
    return (
        (not before_run or before_page != page)
        and not any(c.kind in (*FIELDS, EITHER) for c in own)
        and all(c.page != page for c in later if c.kind == "action")
    )
