"""The leads of a column-block table whose action column's name plain pdftotext printed last
(plan.column_blocks `_table_named_last`), read once its statuses proved the rows' order
(plan.named_last_statuses).

Such a tracker ("No. | Recommendation | Agency | Action | Progress | Status | RAG") prints each
later row's cells one after another, its agency cell straight before its action cell
("Corrindale Police" / "Add a same-day contact task ..."). Where neighbouring rows' agency cells
stood close, the upper row prints both as one block and the lower row's action follows other
cells ("Ebbersley Borough" / "Council – Housing" / "Safer Ebbersley" / "Partnership", then the
next row's action after the ratings): the block is the row's lead and the leads of the rows
straight after it that print no name before their actions, parted one lead a row where the
lines force it, or where one parting alone gives a name the table prints elsewhere as a cell of
its own, wrapped alike ("Safer Ebbersley" / "Partnership": plan.lead_wraps). The rows under the action column's name, at the end, are the
table's first: the cell under the lead column's name is the first one's, and the name printed
straight before the action column's name the second one's.

Read only where every row's status was proven, and every later row's lead reads so: each part a
body's or a role's name, every name printed among the later rows taken by a row, the first row
under the name given one; anything else and no row is given a lead (a lead paired by guess is
worse than none). The second row under the name with no name printed for it keeps none.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from dhrparse.plan.block_cells import BlockCell, BlockCells, CellRow
from dhrparse.plan.lead_bands import LeadWords, parted_names
from dhrparse.prepare.markup import flatten

MAX_UNDER_NAME = 2  # rows under the action column's name whose leads the printed order places


def _name_before(cells: Sequence[BlockCell], first: int, words: LeadWords) -> BlockCell | None:
    """The cell printed straight before the one opening on line `first`, where it reads as a name
    on the same page."""
    k = next((k for k, c in enumerate(cells) if c.first == first), 0)
    cell = cells[k - 1] if k else None
    if cell is None or not _is_name(cell, words) or cell.page != cells[k].page:
        return None
    return cell


def _is_name(cell: BlockCell, words: LeadWords) -> bool:
    return cell.kind in ("lead", "other") and words.is_lead(cell)


def _under_lead_name(
    cells: Sequence[BlockCell], words: LeadWords, heads_lead: Callable[[str], bool]
) -> BlockCell | None:
    """The first row's lead: the cell printed under the lead column's name ("Agency" /
    "Safer Dunmere" / "Partnership"), before any action cell, the name printed in its block or
    as a block of its own."""
    for k, cell in enumerate(cells):
        if cell.kind == "action":
            return None
        if cell.kind == "name" and heads_lead(cell.text) and k + 1 < len(cells):
            under = cells[k + 1]
            return under if under.kind in ("lead", "other") and words.is_lead(under) else None
        if cell.kind == "lead" and len(cell.lines) > 1 and heads_lead(cell.lines[0].text):
            under = BlockCell("lead", cell.lines[1:])
            return under if words.is_lead(under) else None
    return None


def _whole_names(cells: Sequence[BlockCell], words: LeadWords) -> frozenset[tuple[str, ...]]:
    """The lines of the cells that are one name each, as printed."""
    return frozenset(
        tuple(" ".join(ln.text.split()) for ln in c.lines) for c in cells if parted_names(c, 1, words)
    )


def _later_leads(
    rows: Sequence[CellRow], cells: Sequence[BlockCell], last: BlockCell | None, words: LeadWords
) -> list[BlockCell] | None:
    """The later rows' leads in row order: each name printed among them, from the first row's
    (`cells`: those printed after the first row's lead and before the action column's name,
    `last`: a name printed straight before that name, the second row's), shared out among the
    rows whose actions print after it and before the next name (see the module's doc)."""
    starts = {act.cell.first for act in rows}
    names = [c for c in cells if _is_name(c, words) and c is not last]
    opens = [c.first for c in names]
    if not rows or not names or min(starts) < opens[0]:
        return None  # (a row's action printed before any name: whose lead is whose, unproven)
    printed = _whole_names([*names, *([last] if last else [])], words)
    leads: list[BlockCell] = []
    for k, name in enumerate(names):
        until = opens[k + 1] if k + 1 < len(names) else max(starts) + 1
        count = sum(1 for s in starts if name.first < s < until)
        parts = parted_names(name, count, words, printed) if count else None
        if parts is None:
            return None  # (a name no row's action follows, or a block that does not part)
        leads.extend(parts)
    return leads


def fill_named_last_leads(
    actions: Sequence[CellRow],
    cells: Sequence[BlockCell],
    name_line: int,
    words: LeadWords,
    blocks: BlockCells,
) -> set[int]:
    """Give each action its lead where every row's reads so (see the module's doc), the rows
    under the action column's name (at line `name_line`) first; the printed lines of the leads
    so read, none where they prove nothing."""

    def heads_lead(text: str) -> bool:  # (the line names the column saying who acts: "Lead", "Agency")
        name = flatten(text).strip(" :")
        return blocks.cm.field_of(name) == "lead" or name.lower() in blocks.roles.who_headers

    under = [a for a in actions if a.cell.first > name_line]
    later = [a for a in actions if a.cell.first < name_line]
    if not under or len(under) > MAX_UNDER_NAME or any("status" not in a.values for a in actions):
        return set()
    first = _under_lead_name(cells, words, heads_lead)
    # (a name straight before the action column's name is the second row's; with one row
    # under it, a name no row's action follows, and no row is given a lead)
    second = _name_before(cells, name_line, words) if len(under) == 2 else None
    if first is None or parted_names(first, 1, words) is None:
        return set()
    between = [c for c in cells if first.first < c.first < name_line]
    rest = _later_leads(later, between, second, words)
    if rest is None:
        return set()
    tops = [first, second if second and parted_names(second, 1, words) else None][: len(under)]
    given = [*zip(under, tops), *zip(later, rest)]
    for act, lead in given:
        if lead is not None:
            act.values["lead"] = BlockCell("lead", lead.lines)
    # (the lead column's name printed in its first cell's block is the header's, as the names are)
    named = [ln for c in cells if c.kind == "lead" and c.first == first.first - 1 for ln in c.lines[:1]]
    return {ln.number for _, lead in given if lead is not None for ln in lead.lines} | {
        ln.number for ln in named
    }
