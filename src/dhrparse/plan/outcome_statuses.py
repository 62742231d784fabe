"""A plan's last column named "Outcome" that holds, row by row, how the action stands
("Completed", "Ongoing", "Partially achieved"), not what it is meant to achieve.

Short plans list each action's "Timescale" and then its "Outcome": the word the plan's
keeper writes once the action is due. Read from the rows' first printed lines (plan.tracker_rows),
the column is cut as a status column; the cut is kept only where nearly every row's cell
reads as a status (the tracker's own test), so an outcome column of sentences ("Victims are
spoken to alone") is never read as one.
"""

from __future__ import annotations

OUTCOME = "desired_outcome"


def stated_outcomes(cols: list[str], status_first: bool = False) -> bool:
    """A header naming no status whose last column is the outcome's, after a target date's: that
    column may hold the rows' statuses, to be cut as a status column."""
    return (
        not status_first
        and "status" not in cols
        and "progress" not in cols
        and len(cols) > 1
        and cols[-1] == OUTCOME
        and "target_date" in cols
    )
