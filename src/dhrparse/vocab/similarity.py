"""How alike two wordings of a recommendation are, 0-100.

Reports, summaries and action plans restate a recommendation in their own words, often
quoting only part of it. `score(a, b)` compares the normalised wordings three ways and
keeps the best: word order aside (token sort), the shorter wording's words all found in the
longer (token set, less 5), and the shorter wording held as a stretch of the longer
(partial match); the last two only when the shorter wording has eight words or more.

`score_at_least(a, b, floor)` is for callers that only compare the score with a threshold:
it gives the same score whenever that score reaches `floor`, and otherwise some value below
`floor`, which lets it skip the costly partial match. tests/test_similarity.py holds it to
`score` on generated wordings.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz
from rapidfuzz.distance import LCSseq

from dhrparse.prepare.markup import flatten

_LONG = 8  # words the shorter wording needs before part-of-a-longer-wording counts


@lru_cache(maxsize=16384)
def norm(text: str | None) -> str:
    """A wording as compared: flattened markup, lower case, words of letters and digits."""
    if not text:
        return ""
    s = flatten(text).lower().replace("’", "'").replace("‘", "'")
    s = re.sub(r"[^a-z0-9]+", " ", s)
    return " ".join(s.split())


def score(a: str | None, b: str | None) -> float:
    """0-100: how alike two wordings are; a long wording that holds a shorter one in full
    scores high (action plans and thematic sections often quote only part)."""
    na, nb = norm(a), norm(b)
    if not na or not nb:
        return 0.0
    return _score(na, nb)


def score_at_least(a: str | None, b: str | None, floor: float) -> float:
    """`score(a, b)` when it is at least `floor`; otherwise some value below `floor`."""
    na, nb = norm(a), norm(b)
    if not na or not nb:
        return 0.0
    if floor > 100:
        return 0.0  # nothing reaches it
    if floor <= 0:
        return _score(na, nb)
    bound = _without_partial(na, nb)
    if bound >= floor:
        return _score(na, nb)
    if not _partial_may_reach(na, nb, floor):
        return bound  # the partial match cannot lift the score to the floor
    return _score(na, nb)


@lru_cache(maxsize=65536)  # the same pair is scored again by each merge pass
def _score(na: str, nb: str) -> float:
    result = _without_partial(na, nb)
    short, long_ = sorted((na, nb), key=len)
    if len(short.split()) >= _LONG and result < 100:
        # a partial match scores 100 exactly when the shorter wording is held in full; one
        # under the score so far cannot change it, so the cutoff lets rapidfuzz stop early
        result = max(result, 100 if short in long_ else fuzz.partial_ratio(short, long_, score_cutoff=result))
    return float(result)


@lru_cache(maxsize=65536)
def _without_partial(na: str, nb: str) -> float:
    """The score from word order and shared words alone: a lower bound of `_score`."""
    result = fuzz.token_sort_ratio(na, nb)
    short, long_ = sorted((na, nb), key=len)
    if len(short.split()) >= _LONG:
        # (a ratio under the cutoff comes back as 0, which max() then ignores: the same result)
        result = max(result, fuzz.token_set_ratio(short, long_, score_cutoff=result + 5) - 5)
    return float(result)


def _partial_may_reach(na: str, nb: str, floor: float) -> bool:
    """Whether the partial match could score `floor`. It scores 100 exactly when the shorter
    wording is held in full; otherwise it is the best ratio of the shorter wording to a
    stretch of the longer no longer than itself, and every such stretch lies within one of
    the overlapping chunks below, so their longest common subsequences bound it."""
    short, long_ = sorted((na, nb), key=len)
    if len(short.split()) < _LONG:
        return False
    if short in long_:
        return True
    if floor >= 100:
        return False
    n = len(short)
    common = max(LCSseq.similarity(short, long_[k : k + 2 * n]) for k in range(0, max(len(long_) - n, 1), n))
    return 200 * common / (n + common) + 1e-6 >= floor
