"""A person the cover credits with the report though no role names them, read only when nothing
else names the author: the one person beside their consultancy ("Jo Roe  Director: Roe
Associates Ltd"), or the person a copyright line names ("© Jo Roe 2024, for the X Partnership")."""

from __future__ import annotations

import re
from collections.abc import Callable

from dhrparse.extractors.review.printing import uncapitalised
from dhrparse.vocab.engines import TextPattern

_PIECES = re.compile(r"\s{2,}|\t|,|:|\s[–—-]\s")

Reader = Callable[[str], "str | None"]


def consultant_on_cover(cover: list[str], firm: TextPattern, alone: Reader) -> str | None:
    """A cover that labels no one but names a person beside their consultancy (`firm`): that person
    is the independent author. `alone` reads a line that is a name and nothing more."""
    for line in cover:
        pieces = _PIECES.split(line.strip(), maxsplit=1)
        if len(pieces) < 2 or not firm.search(pieces[1]):
            continue  # the firm follows the person's name; a line that is only a firm names no one
        words = uncapitalised(pieces[0]).split()
        # the name, then perhaps the title they hold there ("Jo Roe Managing Director")
        for keep in range(len(words), max(1, len(words) - 3), -1):
            name = alone(" ".join(words[:keep]))
            if name:
                return name
    return None


def copyright_holder(lines: list[str], label: TextPattern, at_start: Reader) -> str | None:
    """The person a copyright line (opened by `label`) names; a board or council holding the
    copyright is no person's name. `at_start` reads the name a text opens with."""
    for line in lines:
        m = label.match(line)
        if m:
            name = at_start(uncapitalised(line[m.end() :]))
            if name:
                return name
    return None
