"""The plan readers' layout vocabulary (patterns/layout.toml): the words a wrapped cell does not
end on, the words a header prints between its column names, the mark of a bullet printed apart
from its item. They decide where a cell's text breaks, not what a record says.

The readers ask these lists of one word at a time, deep in the cuts, where no patterns are
passed; a document is read with the patterns in effect (`reading_with`, set by the pipeline for
the whole of one document's reading), so a user's layout.toml (`--patterns DIR`) reaches them as
every other vocabulary file does. Outside a reading, the shipped patterns are in effect.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache

import regex

from dhrparse.patterns import Patterns, load_patterns

_IN_EFFECT: ContextVar[Patterns | None] = ContextVar("layout_patterns", default=None)


def in_effect() -> Patterns:
    """The patterns the document being read is read with (the shipped ones outside a reading)."""
    return _IN_EFFECT.get() or _shipped()


@cache
def _shipped() -> Patterns:
    return load_patterns()


@contextmanager
def reading_with(p: Patterns) -> Iterator[None]:
    """Read a document with `p`'s layout vocabulary."""
    token = _IN_EFFECT.set(p)
    try:
        yield
    finally:
        _IN_EFFECT.reset(token)


class LayoutWords:
    """A list of layout words (`layout.<name>`, with any words the reader adds), as the patterns
    in effect give it: asked as a set is (`word in JOINING_WORDS`)."""

    def __init__(self, name: str, extra: frozenset[str] = frozenset()):
        self.name, self.extra = name, frozenset(extra)
        self._key = f"plan.layout_words.{name}.{'|'.join(sorted(self.extra))}"

    def of(self, p: Patterns) -> frozenset[str]:
        return p.derived(self._key, self._build)

    def _build(self, p: Patterns) -> frozenset[str]:
        return frozenset(p.list(f"layout.{self.name}")) | self.extra

    def __contains__(self, word: object) -> bool:
        # (asked of one word at a time in the cuts: the list kept with the patterns, looked up)
        return word in (_IN_EFFECT.get() or _shipped()).derived(self._key, self._build)

    def __iter__(self) -> Iterator[str]:
        return iter(self.of(in_effect()))

    def __len__(self) -> int:
        return len(self.of(in_effect()))

    def __eq__(self, other: object) -> bool:
        return self.of(in_effect()) == other

    __hash__ = None  # type: ignore[assignment]  (a view of lists that may change: no set key)


def bullet_mark() -> regex.Pattern:
    """The mark of a bullet printed apart from its item ("\\uf0b7   Write to ...")."""
    return in_effect().derived("plan.layout_words.bullet_mark", _bullet_mark)


def _bullet_mark(p: Patterns) -> regex.Pattern:
    return regex.compile(p.get("layout.bullet_mark"))
