"""The review's name a tracker over several reviews prints in its first column ("Review | Rec
no. | Recommendation | Action | ..."), read apart from the rows in text printed a cell at a time.

Plain pdftotext prints such a table a whole cell at a time, row after row, but the review's
cell, written in its first row only, prints where its text falls on the page: before its first
row's number, or a row or more earlier, between another review's rows ("DHR Oswin" / "(2022)"
before the last review's second recommendation), and a page break may cut it ("DHR" at the
foot, "Kerensa" / "(2023)" under the next page's header). Nothing printed says whose row it is,
so the block is known by its shape alone, a review's kind opening it ("DHR", "SAR",
actions.tracker.review_kinds) or a year in brackets closing a name of a word or two, and the
rows are read without it: the review is left out of them, not guessed.
"""

from __future__ import annotations

import regex

from dhrparse.patterns import Patterns
from dhrparse.vocab.alternation import literal_alternation

MAX_LINES = 3  # a review's name in its narrow column: "DHR Eulalia" / "(2021)"
MAX_WORDS = 5
_YEAR_CLOSE = regex.compile(
    r"^\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?\s\((?:19|20)\d\d\)$"
)  # "Kerensa (2023)"


def _kinds(p: Patterns) -> regex.Pattern:
    kinds = literal_alternation(w for w in p.list("actions.tracker.review_kinds") if w.isupper())
    return regex.compile(rf"^(?:{kinds})\b")


class ReviewNames:
    def __init__(self, p: Patterns):
        self.kind = p.derived("plan.review_names.kinds", _kinds)

    def is_name(self, texts: list[str]) -> bool:
        """The printed lines of a block are a review's name, or the part of one a page break left."""
        text = " ".join(t.strip() for t in texts)
        if not 0 < len(texts) <= MAX_LINES or len(text.split()) > MAX_WORDS:
            return False
        return bool(self.kind.match(text) or _YEAR_CLOSE.match(text))
