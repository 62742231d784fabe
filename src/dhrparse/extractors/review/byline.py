"""A byline under the cover's title: "Overview Report" / "by Jo Roe", "A Safeguarding Adults Review
for the Tarrow Safeguarding Adults Board" / "By Jo Roe, Independent Reviewer". The line under a title
naming the report, opening with "by" and then a person's name, names the report's writer. Read on
the cover only, under a line whose last word is capitalised (a title's, never prose wrapped after
"commissioned" / "by the Board's chair")."""

from __future__ import annotations

import re
from collections.abc import Callable

from dhrparse.extractors.review.printing import COVER_LINES, compiled
from dhrparse.patterns import Patterns

_BY = re.compile(r"^\s*by\s+(?=[A-Z])", re.I)


def byline_author(lines: list[str], i: int, heads: Callable[[str], str | None], p: Patterns) -> str | None:
    """The name line i gives as a byline under the title above it; `heads` reads the name a text
    opens with, ended by the line's end or by who they are after a comma."""
    by = _BY.match(lines[i])
    if by is None or not 0 < i < COVER_LINES:
        return None
    above = lines[i - 1].split()
    title = compiled(p.get("review.author.byline_title", r"(?!x)x"))
    if not above or not above[-1][:1].isupper() or not title.search(lines[i - 1]):
        return None
    return heads(lines[i][by.end() :])
