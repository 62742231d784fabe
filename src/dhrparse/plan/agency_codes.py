"""An action's number carrying its agency's letters, in a plan set out one table per agency:
each agency's recommendations numbered afresh ("1.", "2.") and their actions numbered under
them behind the agency's code ("P1.1", "P2.1" in the police's table, "H1.1" in housing's).
The letters name whose table the action is in; the number after them is the action's under
its recommendation, as "1.1" is under "1." in the partnership's own table."""

from __future__ import annotations

import regex

# (one to three capitals, then the recommendation's number and the action's under it)
_CODED = regex.compile(r"^\p{Lu}{1,3}(\d{1,2})(?:\.\d{1,2}|[a-z])\.?$")


def coded_number(word: str) -> str | None:
    """The recommendation's number an agency-coded action number is under ("P2.1" -> "2"),
    None for any other word."""
    m = _CODED.match(word)
    return m.group(1) if m else None
