"""The theme vocabulary of patterns/themes.toml: each theme's weighted cue expressions, its
negative cues, and the settings the coder weighs them by (coding.themes reads with them).

A cue is compiled only when a recommendation holds one of its words (vocab.cue_words), and
by `re` where that engine finds what `regex` does (vocab.engines).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property

import regex

from dhrparse.coding.asks import ADDRESSEE, CORE, LATER, LATER_TAIL, TAIL, TITLE
from dhrparse.coding.cue_lookup import CueLookup
from dhrparse.patterns import Patterns
from dhrparse.vocab import cue_words, engines


@dataclass(frozen=True)
class Cue:
    theme: str
    match: str  # the expression, matched ignoring case
    weight: float
    always: bool = False
    mention: bool = False
    words: frozenset[str] | None = None  # one of these is in every match (None: not known)
    also: tuple[frozenset[str], ...] = ()  # and one of each of these (cue_words.word_requirements)

    @cached_property
    def rx(self) -> regex.Pattern:
        """Compiled when first tried: most cues are never tried on a document (none of their
        words is in it), and compiling them all is most of the cost of building the vocabulary."""
        return regex.compile(self.match, regex.IGNORECASE)

    @cached_property
    def std(self) -> re.Pattern | None:
        """The expression compiled by `re`, at a fraction of the cost, where it finds what `regex` does."""
        return engines.std_compile(self.match)

    def may_be_in(self, present: set[str]) -> bool:
        """Whether a text holding the cue words `present` might match: one of `words`, and one
        word of each set in `also` (a cue naming two words needs both)."""
        if self.words is not None and self.words.isdisjoint(present):
            return False
        return all(not words.isdisjoint(present) for words in self.also)

    def finditer(self, text: str, plain: bool) -> Iterator[re.Match | regex.Match]:
        """The cue's matches in `text`; `plain`: the text is one both engines read alike."""
        std = self.std if plain else None
        return std.finditer(text) if std is not None else self.rx.finditer(text)


class Vocabulary:
    """The compiled theme cues and settings of patterns/themes.toml."""

    def __init__(self, patterns: Patterns):
        self.settings = dict(patterns.get("themes.settings", {}) or {})
        self.cues: list[Cue] = []
        self.negatives: list[Cue] = []
        self.client_groups: set[str] = set()
        self.masked: set[str] = set()  # themes that ignore the words of organisation names
        for theme, spec in (patterns.get("themes.theme", {}) or {}).items():
            if spec.get("client_group"):
                self.client_groups.add(theme)
            if spec.get("client_group") or spec.get("mask_names"):
                self.masked.add(theme)
            # strongest cue first: a weaker cue inside words already counted adds nothing; a
            # cue naming what is asked ("review its policy") before one naming only the subject
            cues = sorted(
                (self._cue(theme, c) for c in spec.get("cues", [])), key=lambda c: (c.mention, -c.weight)
            )
            self.cues += cues
            self.negatives += [self._cue(theme, c) for c in spec.get("negative", [])]
        self.plain_texts = engines.PlainTexts()
        self._lookups: list[CueLookup] = []
        self.word_index = cue_words.WordIndex(
            w for c in self.cues + self.negatives for words in (c.words or (), *c.also) for w in words
        )
        self.organisation = engines.Expression(patterns.get("themes.grammar.organisation", r"(?!x)x"), 0)
        self.zone_weights = {
            CORE: self.setting("zone_core", 1.0),
            TAIL: self.setting("zone_tail", 0.5),
            LATER: self.setting("zone_later", 0.8),
            LATER_TAIL: self.setting("zone_later_tail", 0.35),
            ADDRESSEE: self.setting("zone_addressee", 0.3),
            TITLE: self.setting("zone_title", 0.5),
        }

    @staticmethod
    def _cue(theme: str, spec: dict | str) -> Cue:
        if isinstance(spec, str):
            spec = {"match": spec}
        words, every = cue_words.word_requirements(spec["match"])
        return Cue(
            theme,
            spec["match"],
            float(spec.get("weight", 1.0)),
            bool(spec.get("always", False)),
            bool(spec.get("mention", False)),
            words,
            tuple(s for s in every if s != words),
        )

    @staticmethod
    def possible(cues: list[Cue], present: set[str]) -> list[Cue]:
        """The cues, in order, that a text holding the cue words `present` might match: nearly
        every cue is absent from nearly every recommendation, and trying it is most of the work."""
        return [c for c in cues if c.words is None or not c.words.isdisjoint(present)]

    def lookup(self, cues: list[Cue]) -> CueLookup:
        """`possible` by word for one of the vocabulary's cue lists (built anew if it is replaced)."""
        kept = next((k for k in self._lookups if k.cues is cues), None)
        if kept is None:
            kept = CueLookup(cues)
            self._lookups = [kept] + self._lookups[:3]
        return kept

    def setting(self, name: str, default: float) -> float:
        return float(self.settings.get(name, default))

    @classmethod
    def of(cls, patterns: Patterns) -> Vocabulary:
        return patterns.derived("themes.vocabulary", cls)
