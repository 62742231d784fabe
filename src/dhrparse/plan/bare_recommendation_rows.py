"""A plan row holding nothing but its recommendation: the recommendation's band across the
table, not an action.

The Home Office template and many trackers print each recommendation as a band across the
table ("Recommendation 2: The Police should ...") over the rows of its actions. A reader that
takes the band for a row of its own gives it the recommendation's cell and nothing else: no
action, no lead, no date, no status, no progress. In a table with an action column such a row
commits no one to anything; the recommendation itself is read from the same cell, so the row
makes no action record (an action with no words is never one a plan printed).
"""

from __future__ import annotations

from dhrparse.plan.tables import PlanRow, PlanTable

# the cells a band holds: its recommendation (and the number printed with it)
_BAND_CELLS = frozenset({"recommendation", "ref", "recommendation_ref", "scope"})


def bare_recommendation(table: PlanTable, row: PlanRow) -> bool:
    """The row is a recommendation's band: the table has an action column, and the row's only
    filled cells are the recommendation's (no action, lead, date, status, progress or update)."""
    if "action" not in table.columns or row.updates or any(v.strip() for v in row.extra.values()):
        return False
    filled = {k for k, v in row.cells.items() if v and v.strip()}
    return "recommendation" in filled and filled <= _BAND_CELLS
