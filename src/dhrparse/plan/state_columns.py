"""A plan whose progress is a mark in one of several columns, each headed by a state: "Not started
| In progress | Complete" printed under one name merged across them ("Progress at 31 October 2025"),
an "X" in the column the row has reached.

No cell names the state in words: the row's state is the name of the column its mark stands in.
Read only where two or more columns are headed by states alone (patterns/actions.toml [status])
and the row marks exactly one of them, the others empty; a row marking none or several says
nothing and keeps what its other cells say.
"""

from __future__ import annotations

from dhrparse.patterns import Patterns
from dhrparse.plan.status import status_words
from dhrparse.plan.who_columns import EXTRA
from dhrparse.prepare.markup import flatten

MAX_NAME_WORDS = 3  # a state column's name is the state alone ("Not started", "Complete")
MIN_STATE_COLUMNS = 2  # one state-named column is a status column of its own, not a choice


def state_name(text: str, p: Patterns) -> bool:
    """The header cell names a state and nothing more ("In progress", "Complete")."""
    words = " ".join(flatten(text).split())
    return 0 < len(words.split()) <= MAX_NAME_WORDS and status_words(words, p) is not None


def marked_state(columns: list[str], extra: dict[str, str], p: Patterns) -> str | None:
    """The printed name of the one state column a row's mark stands in, or None. `columns` the
    plan's columns ("extra:<header>" for a column naming no field), `extra` the row's cells in them
    (an empty cell not kept)."""
    names = [c.removeprefix(EXTRA) for c in columns if c.startswith(EXTRA)]
    states = [name for name in names if state_name(name, p)]
    if len(states) < MIN_STATE_COLUMNS:
        return None
    filled = [name for name in states if (extra.get(name) or "").strip()]
    if len(filled) != 1 or not p.joined("actions.status.column_mark").match(flatten(extra[filled[0]])):
        return None
    return filled[0]


__all__ = ["marked_state", "state_name"]
