"""A date cell a layout-preserving text export printed a few characters left of its column.

pdftotext -layout sets a row's cells by their positions, but where the cell on the left fills its
line ("Partnership Manager"), the next cell's date follows it after a single space and starts a
little before its column ("Partnership Manager Spring 2025" under "Action owner | Target"). The
word over the column's edge then opens the date cell only where the column is a date's (a target,
or a completion date such as "Date signed off") and the text from that word on reads as a date in
full; otherwise the word stays the last of the cell on its left.
"""

from __future__ import annotations

from collections.abc import Callable

from dhrparse.plan.tables import ColumnMap
from dhrparse.vocab.dates import find_dates


def date_columns(cm: ColumnMap, names: list[str]) -> set[int]:
    """The columns a date fills: a target's, or a day the action was completed."""
    done = cm.patterns.regexes("actions.completion_date_header")
    return {
        k
        for k, name in enumerate(names)
        if cm.field_of(name) == "target_date" or any(rx.search(name) for rx in done)
    }


def date_opening(cm: ColumnMap, names: list[str]) -> Callable[[int, str], bool] | None:
    """Whether a text opens column k as its whole date cell (None for a table that is no plan's:
    a chronology's columns are read by their own names)."""
    if not isinstance(cm, ColumnMap):
        return None
    dated = date_columns(cm, names)
    return lambda k, text: k in dated and _whole_date(text, cm)


def _whole_date(text: str, cm: ColumnMap) -> bool:
    """The text is dates from its first character to its last ("Spring 2025", "28/03/2025")."""
    text = text.strip(" .")
    found = find_dates(text, cm.patterns)
    return bool(found) and found[0].start == 0 and found[-1].end >= len(text)
