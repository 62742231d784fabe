"""The markers that open a purpose or context clause ("in order to", "which", "including"),
found as the one alternation of patterns/themes.toml [grammar] tail finds them.

`regex` runs an alternation by trying every expression at every position of the text, and
the few markers whose context is a variable-width lookbehind ("so that", but not after
"revise its policy") make each position slow. Most markers are a fixed word at a word
boundary, which `re` finds at a fraction of the cost (vocab.engines says when it finds what
`regex` does). So the markers are searched apart: the `re` markers as one alternation, each
`regex` marker on its own (alone, `regex` finds its opening word before trying its context,
and a marker none of whose words is in the text, "information" for "leaflets about...",
is not searched at all). Their matches are merged as the single alternation would find
them: the leftmost wins; where two start at one place the single alternation is asked which
marker comes first there. A text `re` might read otherwise, or an empty match (after which
the engines resume differently), goes to the single alternation. tests/test_clause_markers.py
holds the two equal.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

import regex

from dhrparse.vocab.alternation import expression_alternation
from dhrparse.vocab.cue_words import fold, required_words
from dhrparse.vocab.engines import PlainTexts, std_compile

Match = re.Match | regex.Match


class ClauseMarkers:
    def __init__(self, sources: list[str], flags: int = regex.IGNORECASE):
        self.source = expression_alternation(sources)
        self.flags = flags
        self._joined: regex.Pattern | None = None
        self.plain_texts = PlainTexts()
        self.fast, self.slow = _split(sources, flags)
        if self.fast is None:
            self._joined = regex.compile(self.source, flags)

    def joined(self) -> regex.Pattern:
        """The single alternation, compiled when first needed."""
        if self._joined is None:
            self._joined = regex.compile(self.source, self.flags)
        return self._joined

    def finditer(self, text: str) -> Iterator[Match]:
        """The markers in `text`, as `finditer` of the single alternation finds them."""
        if self.fast is None or not self.plain_texts.plain(text):
            yield from self.joined().finditer(text)
            return
        folded = fold(text)
        parts = [_Part(self.fast)] + [_Part(m.pattern) for m in self.slow if m.possible(folded)]
        pos = 0
        while pos <= len(text):
            m = self._first(text, [part.next_at(text, pos) for part in parts])
            if m is None:
                return
            if m.end() == m.start():
                yield from (e for e in self.joined().finditer(text) if e.start() >= m.start())
                return
            yield m
            pos = m.end()

    def _first(self, text: str, found: list[Match | None]) -> Match | None:
        hits = [m for m in found if m is not None]
        if not hits:
            return None
        start = min(m.start() for m in hits)
        there = [m for m in hits if m.start() == start]
        return there[0] if len(there) == 1 else self.joined().match(text, start)


@dataclass(frozen=True)
class _SlowMarker:
    """A marker only `regex` reads, and the words one of which any text it is found in holds
    (vocab.cue_words; its context's words count: "leaflets about" needs "leaflet")."""

    pattern: regex.Pattern
    words: frozenset[str] | None  # None: not known, always searched

    def possible(self, folded: str) -> bool:
        """Whether the marker may be found in a text (`folded` by cue_words.fold)."""
        return self.words is None or any(w in folded for w in self.words)


class _Part:
    """One engine's alternation and the match it last found, kept while it lies ahead."""

    def __init__(self, pattern: re.Pattern | regex.Pattern | None):
        self.pattern = pattern
        self.found: Match | None = None
        self.done = pattern is None  # no match from some position: none from any later one

    def next_at(self, text: str, pos: int) -> Match | None:
        if not self.done and (self.found is None or self.found.start() < pos):
            self.found = self.pattern.search(text, pos)
            self.done = self.found is None
        return self.found


def _split(sources: list[str], flags: int) -> tuple[re.Pattern | None, list[_SlowMarker]]:
    """The markers `re` reads as one alternation (None if there are none, or it reads the
    alternation otherwise), and the rest each compiled by `regex`."""
    if flags not in (0, regex.IGNORECASE):
        return None, []
    std_flags = re.IGNORECASE if flags else 0
    # a lookbehind may be of variable width, which only `regex` reads; the rest `re` reads
    # unless the whole alternation says otherwise below
    slow = [s for s in sources if "(?<" in s and std_compile(s, std_flags) is None]
    fast = [s for s in sources if s not in slow]
    joined_fast = std_compile(expression_alternation(fast), std_flags) if fast else None
    alone = [_SlowMarker(regex.compile(s, flags), _words(s, flags)) for s in slow]
    if joined_fast is None or joined_fast.groups or any(m.pattern.groups for m in alone):
        return None, []  # numbered groups would not line up with the single alternation's
    return joined_fast, alone


def _words(source: str, flags: int) -> frozenset[str] | None:
    """The words any text holding the marker holds one of; the case of letters counts for
    nothing only when the marker ignores it."""
    return required_words(source, around=True) if flags & regex.IGNORECASE else None
