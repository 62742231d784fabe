"""The leads of a column-block table (plan.column_blocks) whose rows' dates and statuses are
already paired, read from the band each row printed: its lead, then its date, then its status.

Where a Word table's lead, target date and status cells stand level on a row, plain pdftotext
prints them one row at a time in the columns' order ("Partnership Manager" / "30/09/2024" /
"Complete"), and neighbouring rows' short cells that stand close as one block a column
("Head of Safeguarding" / "Safeguarding Lead Nurse", then "31/01/2025" / "June 2025").
Once the dates and statuses are proven the rows' (plan.row_bands, plan.value_blocks), the cell
printed straight before a row's date is its lead, where

- the header names the lead column before the date column (else the cell before a date is
  some other column's),
- that cell reads as a body's or a role's name, printed after the row's action and after the
  row before's status (so it is no other row's, and no page foot or note under the table),
- for a block of m dates, the cell before it is m lines, each a name on its own (a lead
  wrapped over two lines, "Head of Contact" / "Management", is then left unread); for a
  lone date, the cell is one name, not lines that each read as a name of their own
  ("Tenancy Support Lead" / "MARAC Chair": two rows' leads whose dates printed apart),
- and every dated row on the page reads so. One row that does not and the page's leads are
  left to the plan reader's account of what it did not read, never to a guess.

A lead printed twice in the table ("Partnership Manager" on two rows) is a name all the same,
though cells told by their words alone take a repeated line for a running foot.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from dhrparse.plan.block_cells import BlockCell, CellRow


def _date_groups(rows: list[CellRow]) -> list[list[CellRow]]:
    """The dated rows in print order, grouped where their one-line dates make one printed block."""
    groups: list[list[CellRow]] = []
    for act in sorted(rows, key=lambda a: a.values["target_date"].first):
        date = act.values["target_date"]
        if groups:
            prev = groups[-1][-1].values["target_date"]
            if len(prev.lines) == 1 and len(date.lines) == 1 and date.first == prev.first + 1:
                groups[-1].append(act)
                continue
        groups.append([act])
    return groups


def _page_leads(
    rows: list[CellRow],
    order: list[BlockCell],
    taken: set[int],
    is_lead: Callable[[BlockCell], bool],
) -> list[tuple[CellRow, BlockCell]] | None:
    """(row, lead) for every dated row of a page, or None where one row's band does not prove it."""
    at = {c.first: k for k, c in enumerate(order)}
    out: list[tuple[CellRow, BlockCell]] = []
    behind = -1  # the last line of the row before's status: a lead printed before it is no later row's
    for group in _date_groups(rows):
        k = at.get(group[0].values["target_date"].first)
        if not k:
            return None
        cell = order[k - 1]
        if cell.first in taken or cell.first <= behind:
            return None
        if any(cell.first <= act.cell.lines[-1].number for act in group):
            return None  # (printed before the row's own action: the header's, or another row's)
        if len(group) == 1:
            if len(cell.lines) > 1 and all(is_lead(BlockCell("other", [ln])) for ln in cell.lines):
                return None  # (each line a name of its own: two rows' leads, or one wrapped, unproven)
            parts = [cell]
        elif len(cell.lines) == len(group):
            parts = [BlockCell("other", [ln]) for ln in cell.lines]  # (told by its words alone)
        else:
            return None
        if not all(is_lead(p) for p in parts):
            return None
        statuses = [act.values.get("status") for act in group]
        if any(s is None or s.first <= act.values["target_date"].first for s, act in zip(statuses, group)):
            return None  # (no status after the date: not a band of lead, date and status)
        behind = max(s.lines[-1].number for s in statuses if s is not None)
        out.extend((act, BlockCell("lead", p.lines)) for act, p in zip(group, parts))
    return out


def fill_leads_before_dates(
    actions: Sequence[CellRow],
    cells: Sequence[BlockCell],
    names: Sequence[str | None],
    is_lead: Callable[[BlockCell], bool],
) -> None:
    """Give each dated action with no lead the name printed straight before its date, page by
    page, where every dated row of the page reads so (see above). `names`: the columns the
    header names, in print order; `is_lead`: the cell reads as a body's or a role's name."""
    if "lead" not in names or "target_date" not in names:
        return
    if names.index("lead") > names.index("target_date"):
        return
    order = [c for c in cells if c.kind != "name"]
    taken = {v.first for act in actions for v in act.values.values()} | {act.cell.first for act in actions}
    for page in dict.fromkeys(act.cell.page for act in actions):
        mine = [act for act in actions if act.cell.page == page]
        if any("lead" in act.values or "target_date" not in act.values for act in mine):
            continue  # (a row with a lead or no date: the page is read some other way)
        found = _page_leads(mine, order, taken, is_lead)
        for act, lead in found or []:
            act.values["lead"] = lead
