"""The markers that open a purpose or context clause ("in order to", "which", "including"),
found as the one alternation of patterns/themes.toml [grammar] tail finds them.

`regex` runs an alternation by trying every expression at every position of the text, and
the few markers whose context is a variable-width lookbehind ("so that", but not after
"revise its policy") make each position slow. Most markers are a fixed word at a word
boundary, which `re` finds at a fraction of the cost (vocab.engines says when it finds what
`regex` does). So the markers are two alternations, one per engine, and their matches are
merged as the single alternation would find them: the leftmost wins; where both start at one
place the single alternation is asked which marker comes first there. A text `re` might read
otherwise, or an empty match (after which the engines resume differently), goes to the
single alternation. tests/test_clause_markers.py holds the two equal.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import regex

from dhrparse.vocab.engines import PlainTexts, std_compile

Match = re.Match | regex.Match


class ClauseMarkers:
    def __init__(self, sources: list[str], flags: int = regex.IGNORECASE):
        self.source = "|".join(f"(?:{s})" for s in sources) or r"(?!x)x"
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
        parts = [_Part(self.fast), _Part(self.slow)]
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
        if len(hits) < 2 or hits[0].start() != hits[1].start():
            return min(hits, key=lambda m: m.start(), default=None)
        return self.joined().match(text, hits[0].start())


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


def _split(sources: list[str], flags: int) -> tuple[re.Pattern | None, regex.Pattern | None]:
    """The markers `re` reads as one alternation (None if there are none, or it reads the
    alternation otherwise), and the rest as one `regex` alternation (None if none)."""
    if flags not in (0, regex.IGNORECASE):
        return None, None
    std_flags = re.IGNORECASE if flags else 0
    # a lookbehind may be of variable width, which only `regex` reads; the rest `re` reads
    # unless the whole alternation says otherwise below
    slow = [s for s in sources if "(?<" in s and std_compile(s, std_flags) is None]
    fast = [s for s in sources if s not in slow]
    joined_fast = std_compile("|".join(f"(?:{s})" for s in fast), std_flags) if fast else None
    joined_slow = regex.compile("|".join(f"(?:{s})" for s in slow), flags) if slow else None
    if joined_fast is None or joined_fast.groups or (joined_slow is not None and joined_slow.groups):
        return None, None  # numbered groups would not line up with the single alternation's
    return joined_fast, joined_slow
