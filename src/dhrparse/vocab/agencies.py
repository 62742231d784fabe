"""Agency names: the gazetteer in patterns/agencies.toml plus what a report defines itself.

Reports abbreviate freely (WMP, BSCB, CSC); most define their abbreviations in a
glossary ("BSCB: Birmingham Safeguarding Children Board") or inline ("Birmingham
Community Safety Partnership (BCSP)"). Those definitions are learnt per document,
so canonical names work for local bodies the gazetteer has never heard of.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from dhrparse.document import SourceDocument
from dhrparse.patterns import Patterns
from dhrparse.vocab.term_index import TermIndex

_GLOSSARY = re.compile(
    r"^\s*(?:[-•*]\s*)?(?P<abbr>[A-Z][A-Za-z&’']{1,9}s?)\s*(?::|–|-|=)\**\s+(?P<full>[A-Z][^:]{3,120}?)\s*$"
)
_ABBR = re.compile(r"\([A-Z][A-Za-z&]{1,9}\)")  # the "(ABBR)" _INLINE ends with: a cheap first test
_INLINE = re.compile(
    r"(?P<full>(?:[A-Z][\w’'&-]*\s+(?:(?:and|of|for|the|&)\s+)*){1,8}[A-Z][\w’'&-]*)\s*\((?P<abbr>[A-Z][A-Za-z&]{1,9})\)"
)


@dataclass
class Agency:
    canonical: str
    kind: str
    aliases: list[str] = field(default_factory=list)
    abbreviations: list[str] = field(default_factory=list)


class Gazetteer:
    def __init__(self, patterns: Patterns, local: dict[str, str] | None = None):
        self.agencies = [
            Agency(
                canonical=a["canonical"],
                kind=a.get("kind", ""),
                aliases=a.get("aliases", []),
                abbreviations=a.get("abbreviations", []),
            )
            for a in patterns.list("agencies.agency")
        ]
        self.local = dict(local or {})  # abbreviation -> full name, learnt from the document
        terms: list[tuple[str, str, bool]] = []  # (term, canonical, case-sensitive)
        for a in self.agencies:
            terms.append((a.canonical, a.canonical, False))
            terms += [(t, a.canonical, False) for t in a.aliases]
            terms += [(t, a.canonical, True) for t in a.abbreviations]
        for abbr, full in self.local.items():
            terms.append((abbr, full, True))
            terms.append((full, full, False))
        terms.sort(key=lambda t: len(t[0]), reverse=True)
        self._terms = terms
        self._rx: list[re.Pattern | None] = [None] * len(terms)  # compiled when first needed
        self._index = TermIndex(terms)

    def canonical(self, name: str | None) -> str | None:
        """The canonical name for a printed agency name, or the printed name tidied."""
        if not name:
            return None
        printed = " ".join(name.split()).strip(" .,;:")
        if printed in self.local:
            return self.local[printed]
        low = printed.lower()
        for term, canon, cs in self._terms:
            if (printed == term) if cs else (low == term.lower()):
                return canon
        return printed

    def find(self, text: str) -> list[str]:
        """Canonical names of the agencies named in `text`, in order of first mention."""
        return first_mentions(self._matches(text, self._index.candidates(text)))

    def mentions(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, canonical name) of every mention in `text`, in order, a name named twice
        given twice (a column's cells printed as one run name an agency once per cell)."""
        return _kept(self._matches(text, self._index.candidates(text)))

    def plain_find(self, text: str) -> list[str]:
        """find with every term searched for: what `TermIndex` must preserve."""
        return first_mentions(self._matches(text, range(len(self._terms))))

    def _matches(self, text: str, terms: list[int] | range) -> list[tuple[int, int, str]]:
        """(start, end, canonical name) of every match of the given terms, longest term first."""
        spans: list[tuple[int, int, str]] = []
        for k in terms:
            term, canon, cs = self._terms[k]
            rx = self._rx[k]
            if rx is None:
                rx = self._rx[k] = re.compile(rf"(?<![\w-]){re.escape(term)}(?![\w-])", 0 if cs else re.I)
            spans.extend((m.start(), m.end(), canon) for m in rx.finditer(text))
        return spans


def first_mentions(matches: list[tuple[int, int, str]]) -> list[str]:
    """Names from (start, end, name) matches, given longest term first: a match inside
    one already kept is dropped, and each name comes once, in order of first mention."""
    out: list[str] = []
    for _, _, canon in _kept(matches):
        if canon not in out:
            out.append(canon)
    return out


def _kept(matches: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The matches (given longest term first) less those inside one already kept, in order."""
    spans: list[tuple[int, int, str]] = []
    for start, end, canon in matches:
        if not any(start < e and s < end for s, e, _ in spans):
            spans.append((start, end, canon))
    return sorted(spans)


def learn_abbreviations(doc: SourceDocument) -> dict[str, str]:
    """Abbreviations the document defines: glossary lines and "Full Name (ABBR)". Several
    extractors ask for them: they are learnt once and kept on the document."""
    return dict(doc.derived("agencies.abbreviations", _defined_in))


def _defined_in(doc: SourceDocument) -> dict[str, str]:
    found: dict[str, str] = {}
    for text in (ln.text.strip() for ln in doc.content_lines()):
        m = _GLOSSARY.match(text)
        if m and len(m.group("abbr")) >= 2 and m.group("abbr")[:2].isupper():
            found.setdefault(m.group("abbr"), m.group("full").strip(" *"))
        for abbr, full in _defined_inline(text):
            found.setdefault(abbr, full)
    return found


def _defined_inline(text: str) -> list[tuple[str, str]]:
    """ "Birmingham Community Safety Partnership (BCSP)": the name the initials stand for."""
    if "(" not in text or not _ABBR.search(text):
        return []  # the form needs "(ABBR)"
    found = []
    for m in _INLINE.finditer(text):
        abbr, full = m.group("abbr"), m.group("full").strip()
        initials = "".join(w[0] for w in re.findall(r"[A-Za-z][\w’']*", full) if w[0].isupper())
        if abbr[0] == full[0] and (initials.endswith(abbr) or abbr in initials or len(abbr) <= len(initials)):
            # trim leading words until the initials line up with the abbreviation
            words = full.split()
            while len(words) > len(abbr) and words and not _initials(words).startswith(abbr[:1]):
                words.pop(0)
            found.append((abbr, " ".join(words)))
    return found


def _initials(words: list[str]) -> str:
    return "".join(w[0] for w in words if w[0].isupper())


def gazetteer_for(doc: SourceDocument, patterns: Patterns) -> Gazetteer:
    """The gazetteer with the abbreviations this document defines."""
    return Gazetteer(patterns, learn_abbreviations(doc))
