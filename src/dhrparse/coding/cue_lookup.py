"""The theme cues a recommendation might match, looked up by the cue words it holds.

Every cue is tried only on a recommendation holding one of its words (cue_words); testing
each of some 280 cues against the words of each recommendation was itself a good part of
theme coding. The cues are indexed by word once, and a recommendation's cues are gathered
from the words it holds, in the vocabulary's order (a stronger cue of a theme is tried
first). `CueLookup.possible(present)` is the list `Vocabulary.possible(cues, present)` gives;
tests/test_kept_searches.py holds the two equal.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol


class _Cue(Protocol):
    words: frozenset[str] | None


class CueLookup:
    """One list of cues, by the words that must be in a text for each to match."""

    def __init__(self, cues: Sequence[_Cue]):
        self.cues = cues
        self.always = frozenset(k for k, c in enumerate(cues) if c.words is None)  # words not known
        self.by_word: dict[str, list[int]] = {}
        for k, cue in enumerate(cues):
            for word in cue.words or ():
                self.by_word.setdefault(word, []).append(k)

    def possible(self, present: set[str]) -> list:
        """The cues, in order, that a text holding the cue words `present` might match."""
        at = set(self.always)
        for word in present:
            at.update(self.by_word.get(word, ()))
        return [self.cues[k] for k in sorted(at)]
