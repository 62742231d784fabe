"""A lead cell wrapped over more lines than a name usually takes, read as the one name it is.

The Home Office template's Lead Agency column is narrow, so a body's name with its team or its
partner ("Eastmere District Council – Housing Options", "Eastmere CSP / Carers' Centre") wraps
a word a line over five lines. plan.lead_wraps parts no block over four lines into one name,
and parts no name the lead vocabulary does not know ("Eastmere" / "CSP"), so a cell the block
reader told a lead by its words was then no lead at all and the table's lead column
(plan.table_leads) could not be counted. Such a cell is one name where none of its line breaks
is forced (no line closes a name while the next opens another, no next word would have fitted
on the line before).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dhrparse.plan.block_cells import BlockCell
from dhrparse.plan.lead_wraps import places_between

if TYPE_CHECKING:
    from dhrparse.plan.lead_bands import LeadWords

MAX_WRAPPED_LINES = 6  # a narrow column's name of a word a line, no more: a longer cell is several rows'


def one_wrapped_name(cell: BlockCell, words: LeadWords) -> bool:
    """The lead cell's lines read as one name: no break between them forced, the whole a name."""
    if cell.kind != "lead" or len(cell.lines) > MAX_WRAPPED_LINES:
        return False
    places = places_between(cell.lines, words.ends_role, words.closes_name)
    return places is not None and "break" not in places
