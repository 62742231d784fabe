"""A tracker's last column named by a date alone, the month it was brought up to date ("April
2025": where each action stood then), its name printed over two lines in a narrow column:

    No. The review recommends What the Board will do Who By when April
    2025

No column's name holds a month, so the line did not read as a header and no table was read
under it. Such a name says when the cells were written, as a dated aside does ("Update (April
2025)", plan.dated_names), and no more: the column is read as the plan's progress column (whose
cells, where they are status words, the tracker reads as statuses). The header is read with the
month and year in the name's place and the year taken off the line below; both lines are kept
as printed, to be printed again where no table is read under them.

Such a Board's table may name its lead column by who acts alone ("Who"): a word that names no
column elsewhere (a prose line holding "who" is no header), read as the lead's name only here,
in a header dated so whose other words all name columns and none the lead's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from dhrparse.plan.who_columns import who_as_lead

if TYPE_CHECKING:
    from dhrparse.patterns import Patterns
    from dhrparse.plan.tables import ColumnMap

NAME = "Progress"  # (the name the column is read by)
LEAD_NAME = "Lead"  # (the name a who column beside no lead column is read by)
_MONTH_NAME = regex.compile(r"^(?P<month>[A-Za-z]{3,9})\.?(?:\s+(?P<year>(?:19|20)\d\d))?$")
MIN_NAMES = 4  # the fewest columns such a header names besides the dated one
_YEAR = regex.compile(r"^(?:19|20)\d\d$")


def dated_position(cm: ColumnMap, p: Patterns, text: str, under: str) -> tuple[str, str] | None:
    """(the header with its closing month and year read as the progress column's name, the line
    under it without the year) where the header's line ends with a month's name and the line
    under it with the year ("April" / "2025"), or the header's line ends with both; None
    otherwise."""
    words, below = text.split(), under.split()
    if not words:
        return None
    months = p.derived("plan.dated_position.months", _months)
    if len(words) >= 2 and _YEAR.match(words[-1]) and words[-2].lower().strip(".") in months:
        head, rest = words[:-2], below
    elif words and words[-1].lower().strip(".") in months and below and _YEAR.match(below[-1]):
        # (the dated column is the last: its year the last word printed on the line below)
        head, rest = words[:-1], below[:-1]
    else:
        return None
    # (a column named by who acts, "Who", beside no lead column is the lead's)
    head = who_named(cm, p, head)
    if cm.unnamed_words(" ".join(head)) or len(cm.scan(" ".join(head))) < MIN_NAMES:
        return None
    joined = " ".join([*head, NAME])
    if not cm.is_header_words(joined) or (rest and not cm.is_wrapped_header_words(" ".join(rest))):
        return None
    return joined, " ".join(rest)


def who_named(cm: ColumnMap, p: Patterns, head: list[str]) -> list[str]:
    """The header's words with its one word naming who acts ("Who", `actions.who_headers`)
    read as the lead's column name, where no other column is the lead's; the words as they are
    otherwise. Asked only of a header dated so, whose other words all name columns: a prose
    line holding "who" is no such header."""
    at = who_as_lead(head, p.derived("plan.dated_position.who", _who), "lead" in cm.scan(" ".join(head)))
    return head if at is None else [*head[:at], LEAD_NAME, *head[at + 1 :]]


def _who(p: Patterns) -> frozenset[str]:
    return frozenset(w.lower() for w in p.list("actions.who_headers") if " " not in w)


def _months(p: Patterns) -> frozenset[str]:
    return frozenset(m.lower() for m in p.get("dates.months") or {})


def month_named(text: str, p: Patterns) -> bool:
    """A column's name that is a month alone, or a month and its year ("April", "April 2025"):
    the last column of a side-by-side header dated so (pdftotext -layout prints its year under
    it, a year alone: `year_under`)."""
    m = _MONTH_NAME.match(text.strip())
    return m is not None and m.group("month").lower() in p.derived("plan.dated_position.months", _months)


def year_under(text: str) -> bool:
    """The year a dated column's name prints on the header's next line."""
    return bool(_YEAR.match(text.strip()))
