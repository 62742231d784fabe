"""A column-block table's columns read as wholes, after every reading of its rows: the lead
column's cells in print order are its rows' leads (plan.table_leads), the status column's its
rows' statuses (plan.table_statuses). Each fills only rows with none, and only where the column's
order puts every value a reading proved back on its own row."""

from __future__ import annotations

from collections.abc import Sequence

from dhrparse.plan.block_cells import BlockCell, CellRow
from dhrparse.plan.lead_bands import LeadWords
from dhrparse.plan.table_leads import fill_table_leads
from dhrparse.plan.table_statuses import fill_table_statuses


def fill_table_columns(
    actions: Sequence[CellRow], cells: Sequence[BlockCell], names: Sequence[str | None], words: LeadWords
) -> None:
    """Leads, then statuses, from their columns' print order. `names`: the columns the header names."""
    fill_table_leads(actions, cells, names, words)
    fill_table_statuses(actions, cells, names)
