"""Column names of a column-block table (plan.block_cells) that the column synonyms lack, read
from the lines plain pdftotext printed them on.

- the share done, "%" over "complete" ("% complete", "Progress (%)"), names the status column
  (plan.percent_columns: over cells that are shares done);
- the day an action was done, "Date" over "completed", names a column of its own, DONE, whose
  days are no row's target date (plan.done_days);
- a name's question mark wrapped alone under it ("Done" / "?") closes that name.
"""

from __future__ import annotations

from dhrparse.patterns import Patterns
from dhrparse.plan.percent_columns import percent_header
from dhrparse.prepare.markup import flatten

DONE = "done"  # a column of the days actions were done ("Date completed")


def unfielded_name(name: str, p: Patterns) -> str | None:
    """ "status" for a name of the share done, DONE for a name of the day done, else None."""
    if percent_header(name, p):
        return "status"
    # (a day's name: "Completed" alone is the first row's status as well)
    dated = "date" in name.lower().split()
    done = any(rx.match(name) for rx in p.regexes("actions.completion_date_header"))
    return DONE if dated and done else None


def carries_name(parts: list[str], text: str, p: Patterns) -> bool:
    """The line carries on the name begun in `parts` though its words are no header's: a
    question mark alone, or words with no figure that make such a name ("%" / "complete")."""
    text = flatten(text).strip()
    if parts and text == "?":
        return True
    return not any(ch.isdigit() for ch in text) and unfielded_name(" ".join([*parts, text]), p) is not None
