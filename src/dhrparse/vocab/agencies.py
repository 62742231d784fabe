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

# Letters that re.IGNORECASE matches to a letter of another lower case (ı/i, ſ/s, µ/μ...)
# and "İ" (lower case "i" plus a dot): text or a term holding one skips the substring test.
_CASE_ODD = frozenset(
    "\u00b5\u0130\u0131\u017f\u0345\u0390\u03b0\u03b2\u03b5\u03b8\u03b9\u03ba\u03bc\u03c0\u03c1\u03c2\u03c3\u03c6\u03d0\u03d1\u03d5\u03d6\u03f0\u03f1\u03f5\u0432\u0434\u043e\u0441\u0442\u044a\u0463\u1c80\u1c81\u1c82\u1c83\u1c84\u1c85\u1c86\u1c87\u1c88\u1e61\u1e9b\u1fbe\u1fd3\u1fe3\ua64b\ufb05\ufb06")

_GLOSSARY = re.compile(r"^\s*(?:[-•*]\s*)?(?P<abbr>[A-Z][A-Za-z&’']{1,9}s?)\s*(?::|–|-|=)\**\s+(?P<full>[A-Z][^:]{3,120}?)\s*$")
_WORD = re.compile(r"\w+")
_ABBR = re.compile(r"\([A-Z][A-Za-z&]{1,9}\)")     # the "(ABBR)" _INLINE ends with: a cheap first test
_INLINE = re.compile(r"(?P<full>(?:[A-Z][\w’'&-]*\s+(?:(?:and|of|for|the|&)\s+)*){1,8}[A-Z][\w’'&-]*)\s*\((?P<abbr>[A-Z][A-Za-z&]{1,9})\)")


@dataclass
class Agency:
    canonical: str
    kind: str
    aliases: list[str] = field(default_factory=list)
    abbreviations: list[str] = field(default_factory=list)


class Gazetteer:
    def __init__(self, patterns: Patterns, local: dict[str, str] | None = None):
        self.agencies = [Agency(canonical=a["canonical"], kind=a.get("kind", ""), aliases=a.get("aliases", []),
                                abbreviations=a.get("abbreviations", []))
                         for a in patterns.list("agencies.agency")]
        self.local = dict(local or {})        # abbreviation -> full name, learnt from the document
        terms: list[tuple[str, str, bool]] = []   # (term, canonical, case-sensitive)
        for a in self.agencies:
            terms.append((a.canonical, a.canonical, False))
            terms += [(t, a.canonical, False) for t in a.aliases]
            terms += [(t, a.canonical, True) for t in a.abbreviations]
        for abbr, full in self.local.items():
            terms.append((abbr, full, True))
            terms.append((full, full, False))
        terms.sort(key=lambda t: len(t[0]), reverse=True)
        self._terms = terms
        self._rx: list[re.Pattern | None] = [None] * len(terms)     # compiled when first needed
        # a term absent from the text as a plain substring need not be searched for
        self._needles = [None if not cs and _CASE_ODD.intersection(t) else (t if cs else t.lower(), cs)
                         for t, _, cs in terms]
        # a match is bounded by non-word characters, so a term opening with a word character
        # opens with a whole word of the text: a set look-up stands in for most substring scans
        self._always: list[int] = []                    # terms to try on every text
        self._by_word: tuple[dict[str, list[int]], dict[str, list[int]]] = ({}, {})  # (case-folded, exact)
        for k, n in enumerate(self._needles):
            first = _WORD.match(n[0]) if n is not None else None
            if first is None:
                self._always.append(k)
            else:
                self._by_word[1 if n[1] else 0].setdefault(first.group(0), []).append(k)

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
        spans: list[tuple[int, int, str]] = []      # every match, longest term first
        lower = None if _CASE_ODD.intersection(text) else text.lower()
        if lower is None:
            candidates: list[int] | range = range(len(self._terms))
        else:
            folded, exact = self._by_word
            candidates = list(self._always)
            for w in set(_WORD.findall(lower)):
                candidates += folded.get(w, ())
            for w in set(_WORD.findall(text)):
                candidates += exact.get(w, ())
            candidates.sort()       # longest term first, as in the full list
        for k in candidates:
            (term, canon, cs), needle = self._terms[k], self._needles[k]
            if lower is not None and needle is not None and needle[0] not in (text if needle[1] else lower):
                continue
            rx = self._rx[k]
            if rx is None:
                rx = self._rx[k] = re.compile(rf"(?<![\w-]){re.escape(term)}(?![\w-])", 0 if cs else re.I)
            spans.extend((m.start(), m.end(), canon) for m in rx.finditer(text))
        return first_mentions(spans)


def first_mentions(matches: list[tuple[int, int, str]]) -> list[str]:
    """Names from (start, end, name) matches, given longest term first: a match inside
    one already kept is dropped, and each name comes once, in order of first mention."""
    spans: list[tuple[int, int, str]] = []
    for start, end, canon in matches:
        if not any(start < e and s < end for s, e, _ in spans):
            spans.append((start, end, canon))
    spans.sort()
    out: list[str] = []
    for _, _, canon in spans:
        if canon not in out:
            out.append(canon)
    return out


def learn_abbreviations(doc: SourceDocument) -> dict[str, str]:
    """Abbreviations the document defines: glossary lines and "Full Name (ABBR)"."""
    found: dict[str, str] = {}
    for ln in doc.content_lines():
        text = ln.text.strip()
        m = _GLOSSARY.match(text)
        if m and len(m.group("abbr")) >= 2 and m.group("abbr")[:2].isupper():
            found.setdefault(m.group("abbr"), m.group("full").strip(" *"))
        for m in (_INLINE.finditer(text) if "(" in text and _ABBR.search(text) else ()):   # the form needs "(ABBR)"
            abbr, full = m.group("abbr"), m.group("full").strip()
            initials = "".join(w[0] for w in re.findall(r"[A-Za-z][\w’']*", full) if w[0].isupper())
            if abbr[0] == full[0] and (initials.endswith(abbr) or abbr in initials or len(abbr) <= len(initials)):
                # trim leading words until the initials line up with the abbreviation
                words = full.split()
                while len(words) > len(abbr) and words and not _initials(words).startswith(abbr[:1]):
                    words.pop(0)
                found.setdefault(abbr, " ".join(words))
    return found


def _initials(words: list[str]) -> str:
    return "".join(w[0] for w in words if w[0].isupper())


def gazetteer_for(doc: SourceDocument, patterns: Patterns) -> Gazetteer:
    # several extractors ask; the abbreviations are learnt again only if the text changed
    texts = tuple(ln.text for ln in doc.content_lines())
    cached = getattr(doc, "_learnt_abbreviations", None)
    if cached is None or cached[0] != texts:
        cached = (texts, learn_abbreviations(doc))
        doc._learnt_abbreviations = cached  # type: ignore[attr-defined]
    return Gazetteer(patterns, cached[1])
