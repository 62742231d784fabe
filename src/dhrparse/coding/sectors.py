"""The client group a service works with, and when a recommendation is about that group.

A client-group theme (`mental_health`, `substance_misuse`, `children`) is never coded
because of who is asked: "The recovery service should train its staff in stalking" is
training. But when a service for that group is asked to change what it does with its
own clients ("Key workers to explore with clients whether...", "Clinicians should ask
every patient..."), the recommendation changes what is done for that group, and reviewers
code the group (../shared/THEMES.md). The sector words and the client words live in
patterns/themes.toml [sectors].
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from dhrparse.patterns import Patterns
from dhrparse.vocab.engines import TextPattern


@dataclass(frozen=True)
class ClientMention:
    """The service's own clients named in one part of the ask: the theme of the service's
    sector, the part's index and the words' span in it."""

    theme: str
    part: int
    start: int
    end: int
    words: str


class ServiceSectors:
    """The compiled [sectors] of patterns/themes.toml."""

    def __init__(self, patterns: Patterns):
        spec = patterns.get("themes.sectors", {}) or {}
        flags = regex.IGNORECASE
        # run by `re` where it reads them as `regex` does (vocab.engines), compiled by `regex` only if not
        self.sectors = {
            theme: TextPattern(rx, flags) for theme, rx in (spec.get("services", {}) or {}).items()
        }
        self.clients = TextPattern(spec.get("clients", r"(?!x)x"), flags)
        # a sector whose own clients go by other words (a specialist domestic abuse service's
        # are victims and the referrals it receives)
        self.clients_of = {
            theme: TextPattern(rx, flags) for theme, rx in (spec.get("clients_of", {}) or {}).items()
        }
        self.weight = float(spec.get("weight", 0.0))

    @classmethod
    def of(cls, patterns: Patterns) -> ServiceSectors:
        return patterns.derived("themes.sectors", cls)

    def of_addressee(self, *names: str | None) -> list[str]:
        """The client-group themes of the services named (an agency heading, the subject)."""
        text = " ".join(n for n in names if n)
        return [theme for theme, rx in self.sectors.items() if text and rx.search(text)]

    def client_mentions(self, themes: list[str], parts: list[tuple[str, bool]]) -> list[ClientMention]:
        """Where the ask names the service's own clients: `parts` are (text, counts) pairs,
        `counts` False for the addressee and purpose clauses, which say who is asked or why,
        not whom the action is for. One mention per theme, the first of that sector's clients."""
        if not themes or self.weight <= 0:
            return []
        found = []
        for theme in themes:
            clients = self.clients_of.get(theme, self.clients)
            for i, (text, counts) in enumerate(parts):
                m = clients.search(text) if counts else None
                if m:
                    found.append(ClientMention(theme, i, m.start(), m.end(), m.group(0)))
                    break
        return found
