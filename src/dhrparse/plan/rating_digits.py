"""A tracker whose status column is a rating or a score printed as a digit alone ("Rating" over
"4"), its meaning given only by a key over the table (plan.number_key).

In corpus text a row's first line prints the digit straight after the target's date
("Jan 2024 4"), and a date cell may hold a word or two after its date, so the cut gives the
digit to the date and leaves the status empty: the rows do not read clearly and the plan is not
read. Under a header naming its status column by a rating's or a score's name (and no colour's:
a RAG rating prints words), a digit alone is the status cell's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dhrparse.patterns import Patterns

NAMES = "actions.tracker.digit_rating_names"
COLOURS = "actions.tracker.colour_rating_words"


def rated_by_digits(header: str, p: Patterns) -> bool:
    """The header's words name a rating or a score column, and no colour rating's."""
    words = {w.strip(".,:()/").lower() for w in header.split()}
    return bool(words & set(p.list(NAMES))) and not words & set(p.list(COLOURS))


def rating_digit(text: str) -> bool:
    """A status cell holding a digit alone, a key's rating ("1" to "9")."""
    return len(text) == 1 and text in "123456789"
