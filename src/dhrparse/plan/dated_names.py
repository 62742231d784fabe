"""A column's name printed with an aside that dates it: "Update (September 2024)", "Progress
(as at 31 March 2025)". A plan brought up to date for a meeting often names its progress
column so. Plain pdftotext prints such a header a name a line, and the aside's words (a month,
a year) are no column's, so the line did not read as a header name and the table under it
was not read, or lost that column. The aside says when the column's cells were written, not
what they are: the name before it is the column's name.

`dated_aside` tells such an aside; `dated_name` a line that is one column's name, exactly as
the patterns write it, followed by one. A line naming several columns, as a joined header in
corpus text does, is none: the tracker's header reader (plan.tracker_header) takes those, and
there a name may be dated without brackets too, "Position at 31.10.25", "Progress as at March
2026" (`at_dates`: a link word, patterns' `dated_name_links`, then a date).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from dhrparse.prepare.markup import flatten
from dhrparse.vocab.alternation import literal_alternation
from dhrparse.vocab.dates import find_dates

if TYPE_CHECKING:
    from dhrparse.document import Line
    from dhrparse.patterns import Patterns
    from dhrparse.plan.tables import ColumnMap

# a month and a two-digit year ("Jan 25"), the form a target-date cell names one by
SHORT_YEAR = "dates.words.target_month_short_year"
# an aside in brackets after a column's name
ASIDE = regex.compile(r"\s*\(([^()]{3,30})\)")
MAX_ASIDE_WORDS = 2  # words before the aside's date ("as at")
MIN_WRAPPED_NAMES = 4  # the fewest columns a header whose dated aside wraps names
LINKS = "actions.dated_name_links"  # ("at", "as at": the words between a name and its date)
_LAST_ASIDE = regex.compile(r"^(?P<name>[^()]+?)\s*\((?P<aside>[^()]{3,30})\)\s*$")


def dated_aside(aside: str, p: Patterns) -> bool:
    """An aside dating a column: a date, with at most a couple of words before it and none after."""
    found = find_dates(aside, p)
    if not found:
        return _short_year_aside(aside, p)
    return len(aside[: found[0].start].split()) <= MAX_ASIDE_WORDS and not aside[found[-1].end :].strip(" .")


def _short_year_aside(aside: str, p: Patterns) -> bool:
    """An aside ending in a month and a two-digit year ("Board Jan 25", "Mar 24"): a spreadsheet
    names its update column for the meeting it was written for so. In a column's aside a year
    is all such a number can be (a day needs its month's year), so it dates the column as
    "January 2025" would; at most a couple of words (the meeting) come before it."""
    words = aside.split()
    if len(words) < 2 or len(words) > MAX_ASIDE_WORDS + 2:
        return False
    tail = " ".join(words[-2:])
    return any(rx.match(tail) and find_dates(tail.replace(" ", "-"), p) for rx in p.regexes(SHORT_YEAR))


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


def at_dates(text: str, p: Patterns) -> list[tuple[int, int]]:
    """The spans of the unbracketed asides dating a column in a header's text ("at 31.10.25" of
    "Position at 31.10.25"): a link word, then a date opening right after it."""
    links = p.derived(LINKS, _links_rx)
    spans = []
    for m in links.finditer(text):
        found = find_dates(text[m.end() :], p)
        if found and found[0].start == 0:
            spans.append((m.start(), m.end() + found[0].end))
    return spans


def without_at_dates(text: str, p: Patterns) -> str:
    """The header's text with its unbracketed dating asides taken out (`at_dates`)."""
    for start, end in reversed(at_dates(text, p)):
        text = text[:start] + text[end:]
    return text


def _links_rx(p: Patterns) -> regex.Pattern:
    words = literal_alternation(p.list(LINKS), spaced=True, longest_first=True)
    return regex.compile(rf"(?i)\s+(?:{words})\s+(?=\S)")


def _date_alone(text: str, p: Patterns) -> bool:
    """The text is one date and nothing else ("31/03/2026")."""
    date = text.strip()
    found = find_dates(date, p) if date else []
    return bool(found) and found[0].start == 0 and found[0].end == len(date)


def dating_line(block: list[Line], k: int, p: Patterns) -> int:
    """1 where the line under a column's name, its block's first k lines (plain pdftotext's
    column blocks), is the date its aside's link word opens ("Status at" / "31/03/2026"): a
    line of the name, no row's cell; else 0."""
    under = block[k] if 0 < k < len(block) else None
    if under is None or under.cells is not None or not _date_alone(flatten(under.text), p):
        return 0
    text = " ".join(flatten(ln.text).strip() for ln in block[:k])
    joined = f"{text} {flatten(under.text).strip()}"
    return int(any(start < len(text) and end == len(joined) for start, end in at_dates(joined, p)))


def wrapped_at_date(cm: ColumnMap, p: Patterns, text: str, under: str) -> tuple[str, str] | None:
    """(the header with its dating aside closed on its line, the line under it emptied) where the
    header's line ends with the aside's link word and the line under it is the date alone
    ("... Target date Status at" / "31/03/2026": a narrow last column's name wrapped); None
    otherwise."""
    date = under.strip()
    if len(cm.scan(text)) < MIN_WRAPPED_NAMES or not dated_under(text, date, p):
        return None
    return f"{text.rstrip()} {date}", ""


def dated_under(name: str, under: str, p: Patterns) -> bool:
    """The line under a name ending with the aside's link word is the date alone it leads to
    ("Status at" / "30/09/2025": a narrow column's dated name wrapped)."""
    return _date_alone(under, p) and len(at_dates(f"{name.rstrip()} {under.strip()}", p)) == 1
