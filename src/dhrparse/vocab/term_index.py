"""Which of a gazetteer's terms can be named in a text, found without searching for each.

`TermIndex.candidates(text)` gives, longest term first, every term whose expression
(the term bounded by non-word characters, case-blind unless it is an abbreviation) can
match in the text; `Gazetteer.plain_find` searches for every term, and a hypothesis test
in tests/test_gazetteer.py holds the two equal. It leaves out only terms that cannot match:

- a match is bounded by non-word characters, so a term opening with a word character opens
  with a whole word of the text: a set look-up of the text's words stands in for most scans;
- a term absent from the text as a plain substring (of the lower-cased text for a case-blind
  term) is not there at all.

Both tests compare lower-cased text, which is exact only where no letter case-folds to a
letter of another lower case (ı/i, ſ/s, µ/μ...): a text or term holding one is searched in full.
"""

from __future__ import annotations

import re

# Letters that re.IGNORECASE matches to a letter of another lower case (ı/i, ſ/s, µ/μ...)
# and "İ" (lower case "i" plus a dot): text or a term holding one skips the substring test.
_CASE_ODD = frozenset(
    "\u00b5\u0130\u0131\u017f\u0345\u0390\u03b0\u03b2\u03b5\u03b8\u03b9\u03ba\u03bc\u03c0\u03c1\u03c2\u03c3\u03c6\u03d0\u03d1\u03d5\u03d6\u03f0\u03f1\u03f5\u0432\u0434\u043e\u0441\u0442\u044a\u0463\u1c80\u1c81\u1c82\u1c83\u1c84\u1c85\u1c86\u1c87\u1c88\u1e61\u1e9b\u1fbe\u1fd3\u1fe3\ua64b\ufb05\ufb06"
)
_WORD = re.compile(r"\w+")


class TermIndex:
    def __init__(self, terms: list[tuple[str, str, bool]]):
        """`terms`: (term, canonical name, case-sensitive), longest term first."""
        self.size = len(terms)
        # what a text must hold as a substring for the term to be there (None: no test)
        self.needles = [
            None if not cs and _CASE_ODD.intersection(t) else (t if cs else t.lower(), cs)
            for t, _, cs in terms
        ]
        self.always: list[int] = []  # terms to try on every text
        self.by_word: tuple[dict[str, list[int]], dict[str, list[int]]] = ({}, {})  # (case-folded, exact)
        for k, n in enumerate(self.needles):
            first = _WORD.match(n[0]) if n is not None else None
            if first is None:
                self.always.append(k)
            else:
                self.by_word[1 if n[1] else 0].setdefault(first.group(0), []).append(k)

    def candidates(self, text: str) -> list[int] | range:
        """Indices of the terms that can match in `text`, in the order of the terms."""
        if _CASE_ODD.intersection(text):
            return range(self.size)
        lower = text.lower()
        folded, exact = self.by_word
        found = list(self.always)
        for w in set(_WORD.findall(lower)):
            found += folded.get(w, ())
        for w in set(_WORD.findall(text)):
            found += exact.get(w, ())
        found.sort()  # longest term first, as in the full list
        return [k for k in found if self._holds(k, text, lower)]

    def _holds(self, k: int, text: str, lower: str) -> bool:
        needle = self.needles[k]
        return needle is None or needle[0] in (text if needle[1] else lower)
