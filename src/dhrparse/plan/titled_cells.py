"""A plan whose first column holds each recommendation's code and short title, merged down
over its actions, before the actions' own refs (an NHS safety action plan: "Safety
recommendation | Ref | Safety action | Owner | Timescale | ... | Status", its first cell
"SR1 – Risk information at transfer"), in text taken out a printed line at a time.

A row's first printed line opens either with the recommendation's cell (its code, a dash and
the title's first words) and then the action's ref ("SR1 – Risk information SA 1.1 Add ..."),
or, under the merged cell, with the action's ref alone ("SA1.2 Audit ..."). The tracker reader
(plan.tracker_rows) reads such a table as it reads a status printed before each row's ref: the
recommendation's cell is what prints before the ref, put back in its column after the cut.
The layout is told by its rows, not its header alone: at least two rows must open with a
titled cell before a ref, the title a few words long.
"""

from __future__ import annotations

import regex

from dhrparse.plan.tracker_shapes import joined_ref
from dhrparse.plan.wrapping import WORD_OPENS_CELL

DASHES = frozenset({"–", "—", "-", ":"})  # between a recommendation's code and its title
TITLE_WORDS = 6  # the most words of a title's first line before the action's ref
TITLED_ROWS = 2  # the fewest rows opening with a titled cell that tell the layout


def titled_columns(cols: list[str]) -> bool:
    """Columns a titled recommendation cell may head: the recommendation's, then the ref's,
    then an action's."""
    return len(cols) > 3 and cols[:2] == ["recommendation", "ref"] and "action" in cols[2:]


def titled_at(words: list[str], ref: regex.Pattern) -> tuple[int, list[str]] | None:
    """(where the action's ref stands, the words with a ref of two words made one) on a
    printed line opening with a titled recommendation cell ("SR1 – Risk information SA 1.1
    Add ..."); None where the line opens no such cell."""
    if len(words) < 5 or not ref.match(words[0]) or words[1] not in DASHES:
        return None
    for at in range(3, min(3 + TITLE_WORDS, len(words) - 1)):
        rest = joined_ref(words[at:], ref)
        if ref.match(rest[0]) and len(rest) > 1 and WORD_OPENS_CELL.match(rest[1]):
            return at, [*words[:at], *rest]
    return None


def titled_rows(texts: list[str], ref: regex.Pattern) -> bool:
    """Whether enough of a table's printed lines open with a titled recommendation cell
    before an action's ref to tell the layout."""
    return sum(titled_at(text.split(), ref) is not None for text in texts) >= TITLED_ROWS
