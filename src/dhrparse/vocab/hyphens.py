"""A word hyphenated over a line break, and whether its hyphen is the word's own. Paragraphs,
a joined table's cells and a cover's lines each put such a word together again; they share
one answer to which hyphen stays: after a first part that keeps its hyphen ("self-" /
"neglect", "multi-" / "agency", patterns cleaning.keep_hyphen_prefixes), after a first part in
capitals ("A-" / "level"), before a part opening in a capital ("Adeyemi-" / "Stone")."""

from __future__ import annotations

import re
from collections.abc import Collection

# a line ending on a word's first part and the hyphen that broke it: the part in group 1 (matched
# from the word's start, possessively: linear in the line's length)
HYPHENATED = re.compile(r"(?<![A-Za-z])([A-Za-z]++)-$")


def hyphen_kept(first: str, following: str, keep: Collection[str]) -> bool:
    """Whether the hyphen after `first` (the word's first part, printed before the break)
    belongs to the word rather than to the line's end; `following` is the next line's text,
    `keep` the prefixes that keep their hyphen, in lower case."""
    return first.lower() in keep or first.isupper() or following[:1].isupper()
