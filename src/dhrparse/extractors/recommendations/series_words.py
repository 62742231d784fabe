"""Recommendations numbered in worded series that each restart at 1 ("National Recommendation 1-3"
then "Local Recommendation 1-5"): reports and their action plans cite them with the series word
("National 1", "Local 3"), since the bare number names two recommendations."""

from __future__ import annotations

from collections import defaultdict

from dhrparse.document import Block
from dhrparse.extractors.recommendations.vocabulary import Vocabulary
from dhrparse.vocab import refs

_LABEL_KINDS = ("heading", "paragraph", "bullet")


def clashing_series(blocks: list[Block], vocab: Vocabulary) -> frozenset[str]:
    """The series words (lower case) whose labels reuse a number another series also uses:
    two or more series in one document, numbered over each other."""
    numbers: dict[str, set[str]] = defaultdict(set)
    for b in blocks:
        if b.kind not in _LABEL_KINDS:
            continue
        m = vocab.label.match(b.text)
        if m and m.group("series") and m.group("ref"):
            numbers[_word(m.group("series"))].add(refs.display_ref(m.group("ref")) or "")
    clash: set[str] = set()
    series = list(numbers)
    for k, a in enumerate(series):
        for b in series[k + 1 :]:
            if numbers[a] & numbers[b]:
                clash.update((a, b))
    return frozenset(clash)


def series_ref(series: str | None, ref: str | None, clashing: frozenset[str]) -> str | None:
    """ "National 1" for a label of a clashing series; the ref as printed otherwise."""
    if ref is None or series is None or _word(series) not in clashing:
        return ref
    word = " ".join(series.split())
    return f"{word[:1].upper()}{word[1:]} {ref}"


def _word(series: str) -> str:
    return " ".join(series.lower().replace("-", " ").split())
