"""The agencies an entry names."""

from __future__ import annotations

from dhrparse.extractors.chronology.vocabulary import chronology_vocab
from dhrparse.patterns import Patterns
from dhrparse.vocab.agencies import Gazetteer


class Agencies:
    """The gazetteer, keeping only names of organisations: a report's glossary also
    defines tools, orders and processes ("DASH", "DVPO"), which are not agencies."""

    def __init__(self, gaz: Gazetteer, p: Patterns):
        self.gaz = gaz
        self.known = {a.canonical for a in gaz.agencies}
        self.vocab = chronology_vocab(p)

    def _ok(self, name: str) -> bool:
        if name in self.known:
            return True
        return (
            "," not in name
            and len(name.split()) <= self.vocab.agency_max_words
            and bool(self.vocab.organisation.search(name))
        )

    def find(self, text: str) -> list[str]:
        return [n for n in self.gaz.find(text) if self._ok(n)]

    def mentions(self, text: str) -> list[tuple[int, int, str]]:
        """Every mention of an organisation, in order (Gazetteer.mentions)."""
        return [m for m in self.gaz.mentions(text) if self._ok(m[2])]

    def canonical(self, name: str) -> str | None:
        return self.gaz.canonical(name)
