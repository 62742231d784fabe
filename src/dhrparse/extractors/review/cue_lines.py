"""Which lines of the opening pages can hold a cue: a vocabulary's expression is tried only on
the lines holding one of the words it cannot match without.

The date of death is sought in the first third of a report, thousands of lines on a long one,
and nearly none of them speaks of a death. Most cues name words ("\\bdied\\b" cannot match
without "died"): those words are read from the expression once (vocab.cue_words) and found in
the folded text of all the lines at once, so a line is tried only when it holds one of them.
A cue whose words cannot be read with certainty leaves every line to be tried.
tests/test_review_cue_lines.py holds the lines tried to those the plain scan matches.
"""

from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache
from itertools import accumulate

from dhrparse.vocab.cue_words import folded, required_words


class CueLines:
    """The lines (by index) that hold one of the words every match of `source` holds."""

    def __init__(self, lines: list[str], source: str):
        words = _required_words(source)
        self.every = words is None
        self.holding: set[int] = set() if words is None else _holding(lines, words)

    def may_hold(self, i: int) -> bool:
        """Whether line i can hold a match (False only where no match can be)."""
        return self.every or i in self.holding


@lru_cache(maxsize=64)
def _required_words(source: str) -> frozenset[str] | None:
    """The cue's words, read from its expression once (the same few cues are asked of every
    report; the reading parses the expression)."""
    return required_words(source)


# lines folded at once: `str.lower` of a text that is not plain ASCII takes a working buffer
# of twelve bytes a character, so the opening third of a long report is folded a piece at a time
_PIECE_LINES = 2048


def _holding(lines: list[str], words: frozenset[str], piece: int = _PIECE_LINES) -> set[int]:
    """Indices of the lines whose folded text holds one of the words."""
    found: set[int] = set()
    for first in range(0, len(lines), piece):
        found.update(first + i for i in _holding_piece(lines[first : first + piece], words))
    return found


def _holding_piece(lines: list[str], words: frozenset[str]) -> set[int]:
    """Indices of the lines whose folded text holds one of the words. The lines are joined by
    "\\n", which no word holds, so an occurrence lies within one line; folding keeps every
    character's place, so an occurrence's place names its line."""
    text = folded("\n".join(lines))
    starts = list(accumulate((len(line) + 1 for line in lines[:-1]), initial=0))
    found: set[int] = set()
    for word in words:
        at = text.find(word)
        while at != -1:
            found.add(bisect_right(starts, at) - 1)
            at = text.find(word, at + 1)
    return found
