"""The author introduced under a heading of their own: "About the author" (or "About the
independent reviewer"), the paragraph under it opening with the person's name and who they are
("1.6.1 Jo Roe is a former detective superintendent who has chaired ..."). The heading says whose
paragraph it is; the name must open it, followed by what the person is, was or has done."""

from __future__ import annotations

import re

from dhrparse.extractors.review.printing import compiled
from dhrparse.patterns import Patterns

_PARAGRAPH_NUMBER = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2}){0,3}\.?\s+")
_BELOW = 3  # lines under the heading the paragraph may open on (blank lines between)


def section_offers(lines: list[str], i: int, p: Patterns, names) -> list[tuple[int, int, str | None]]:
    """(rank, line, name) for the person the paragraph under line i introduces, when line i is an
    "About the author" heading: rank 0 for an author or reviewer, 1 for a chair. `names` is the
    author reader's (its name expression anchored at the start of a text, and its check of a name)."""
    heading = compiled(p.get("review.author.about_heading", r"(?!x)x"))
    m = heading.match(_PARAGRAPH_NUMBER.sub("", lines[i], count=1).strip())
    if m is None:
        return []
    rank = 1 if m.group("role").lower().startswith("chair") else 0
    opening = next((ln for ln in lines[i + 1 : i + 1 + _BELOW] if ln.strip()), "")
    text = _PARAGRAPH_NUMBER.sub("", opening, count=1).strip()
    name = names.leading.match(text)
    verb = compiled(p.get("review.author.introduced_as", r"(?!x)x"))
    if name is None or not verb.match(text[name.end() :]):
        return []
    return [(rank, i + 1, names.ok(name.group("name")))]
