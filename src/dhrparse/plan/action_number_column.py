"""A tracker sheet numbering both the recommendation and the action, each in its own column, the
recommendation's words between them: "Rec | Recommendation | Act | Action | ...", "1 | The
Board should ... | 1a | Audit ...". Cut from the rows' first lines (plan.tracker_rows), the
first number is the row's opening and the second an unnamed column's cell; where every row's
cell in that column is an action's own number ("1a", "2.1"), the first column numbers the
recommendations and the second the actions, as the column roles read them in a Word table."""

from __future__ import annotations

import regex

# an action's number under its recommendation's: "1a", "1.2", "3(b)"
_ACTION_NUMBER = regex.compile(r"^\d{1,2}(?:[a-z]|\.\d{1,2}|\([a-z]\))\.?$")


def numbers_actions(cells: list[str]) -> bool:
    """Every row's cell in the column is an action's number under its recommendation's."""
    return bool(cells) and all(_ACTION_NUMBER.match(c.strip()) for c in cells)


def recommendation_numbers_name(printed: str, roles: list[str], rows: list, extra: str) -> str | None:
    """The printed name of the tracker's first column ("Rec") where an unnamed column between the
    recommendation and the action holds every row's action number: that column is the action's
    ref, and the first numbers the recommendations; else None (the first column stays the rows'
    ref). `rows` are the cut rows (line, ref, cells), `roles` the cut columns' roles."""
    if "recommendation" not in roles or "action" not in roles:
        return None
    at = roles.index("recommendation") + 1
    if at >= roles.index("action") or roles[at] != extra:
        return None
    if not numbers_actions([cells[at] for _, _, cells in rows]):
        return None
    first = printed.split()[0] if printed.split() else ""
    return first or None
