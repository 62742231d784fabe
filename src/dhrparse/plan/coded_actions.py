"""A plan's "Action" column that only numbers its actions ("Rec | Action | What will be done |
Lead ...", "A1" .. "A9" under Action, the words to the right): the codes are the actions' refs and
the column of prose beside them, headed in words too common to name the action everywhere
("What will be done", "Detail of action"), is the action. Header and cells together: the
"Action" name alone would make a code the action and leave the action's words an extra column."""

from __future__ import annotations

from dhrparse.plan.column_roles import ENOUGH, MIN_INSTRUCTION_WORDS

CODED = 0.8  # share of the Action column's cells that are codes
MIN_ROWS = 2  # rows under the header that show it


def coded_action_column(out: list[str], columns: list[list[str]], roles) -> list[str]:
    """The decided fields with a coded Action column made the ref and the one column of prose
    left unnamed beside it made the action (unchanged where either is missing or doubtful)."""
    actions = [k for k, f in enumerate(out) if f == "action"]
    if len(actions) != 1 or "ref" in out or actions[0] >= len(columns):
        return out
    coded = roles.shape(columns[actions[0]])
    if coded.filled < MIN_ROWS or coded.refs < CODED or coded.words > 3:
        return out
    prose = [
        k
        for k, f in enumerate(out)
        if f.startswith("extra:") and k < len(columns) and _prose(columns[k], roles)
    ]
    if len(prose) != 1:
        return out
    settled = list(out)
    settled[actions[0]], settled[prose[0]] = "ref", "action"
    return settled


def _prose(cells: list[str], roles) -> bool:
    """Cells that read as the actions' words: capitalised, most of several words, no dates or
    status words."""
    filled = [" ".join(c.split()) for c in cells if c.strip()]
    if len(filled) < MIN_ROWS:
        return False
    shape = roles.shape(filled)
    worded = sum(len(t.split()) >= MIN_INSTRUCTION_WORDS for t in filled)
    return (
        all(t[:1].isupper() for t in filled)
        and worded >= ENOUGH * len(filled)
        and not shape.dates
        and not shape.status
        and shape.refs < CODED
    )
