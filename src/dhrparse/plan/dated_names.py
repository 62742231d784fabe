"""A column's name printed with an aside that dates it: "Update (September 2024)", "Progress
(as at 31 March 2025)". A plan brought up to date for a meeting often names its progress
column so. Plain pdftotext prints such a header a name a line, and the aside's words (a month,
a year) are no column's, so the line did not read as a header name and the table under it
was not read, or lost that column. The aside says when the column's cells were written, not
what they are: the name before it is the column's name.

`dated_aside` tells such an aside; `dated_name` a line that is one column's name, exactly as
the patterns write it, followed by one. A line naming several columns, as a joined header in
corpus text does, is none: the tracker's header reader (plan.tracker_header) takes those.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from dhrparse.vocab.dates import find_dates

if TYPE_CHECKING:
    from dhrparse.patterns import Patterns

# an aside in brackets after a column's name
ASIDE = regex.compile(r"\s*\(([^()]{3,30})\)")
MAX_ASIDE_WORDS = 2  # words before the aside's date ("as at")
_LAST_ASIDE = regex.compile(r"^(?P<name>[^()]+?)\s*\((?P<aside>[^()]{3,30})\)\s*$")


def dated_aside(aside: str, p: Patterns) -> bool:
    """An aside dating a column: a date, with at most a couple of words before it and none after."""
    found = find_dates(aside, p)
    return (
        bool(found)
        and len(aside[: found[0].start].split()) <= MAX_ASIDE_WORDS
        and not aside[found[-1].end :].strip(" .")
    )


def dated_name(text: str, p: Patterns, names_exactly) -> bool:
    """The line is one column's name as the patterns write it (`names_exactly`), then an aside
    dating it, and nothing else."""
    if "(" not in text:
        return False
    m = _LAST_ASIDE.match(text.strip())
    return bool(m) and names_exactly(m.group("name")) and dated_aside(m.group("aside"), p)


def quarter_name(text: str, p: Patterns, names_exactly, quarter) -> str | None:
    """The column's name of a line that is a quarter's label, a name and an aside dating it
    ("Q2 update (Jul–Sep 2024)": a monitoring report's update column a quarter), else None.
    `quarter` matches the label alone ("Q2")."""
    label, _, rest = text.strip().partition(" ")
    if quarter is None or not quarter.match(label) or not dated_name(rest, p, names_exactly):
        return None
    m = _LAST_ASIDE.match(rest.strip())
    return m.group("name") if m else None
