"""vocab/similarity.py: the floored score (`score_at_least`) gives the plain score whenever
the plain score reaches the floor, and something below the floor otherwise.

The plain computation here is the score as first written, every part computed, with no
cutoffs, bounds or caches."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz

from dhrparse.vocab import similarity

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
FLOORS = (0, 15, 25, 35, 60, 75, 80, 90, 95, 99.5, 100, 110)


def _plain(a: str, b: str) -> float:
    na, nb = similarity.norm(a), similarity.norm(b)
    if not na or not nb:
        return 0.0
    score = fuzz.token_sort_ratio(na, nb)
    short, long_ = sorted((na, nb), key=len)
    if len(short.split()) >= 8:
        score = max(score, fuzz.partial_ratio(short, long_), fuzz.token_set_ratio(short, long_) - 5)
    return float(score)


def _check(a: str, b: str, floor: float) -> None:
    plain = _plain(a, b)
    assert similarity.score(a, b) == plain
    got = similarity.score_at_least(a, b, floor)
    if plain >= floor:
        assert got == plain, (a, b, floor)
    else:
        assert got < floor, (a, b, floor)


def _paragraphs() -> list[str]:
    text = (SAMPLES / "002_8c558d289ea6a1d3.txt").read_text(encoding="utf-8")
    paras = [" ".join(p.split()) for p in text.split("\n") if len(p.split()) >= 8]
    return paras[:60]


def test_floored_score_matches_plain_score_on_report_paragraphs():
    paras = _paragraphs()
    pairs = [(a, b) for a in paras[:25] for b in paras[20:45]]
    # a wording held in full and a near copy: the partial match decides
    pairs += [(paras[3][: len(paras[3]) // 2], paras[3]), (paras[5].replace("e", "a", 2), paras[5])]
    for a, b in pairs:
        for floor in FLOORS:
            _check(a, b, floor)


def test_a_wording_held_in_full_scores_100_and_unrelated_wordings_score_low():
    long_ = "The Board should seek assurance that referrals are not closed without a home visit by a worker"
    assert similarity.score(long_[:60], long_) == 100.0
    assert similarity.score("Review training on coercive control", "Audit housing allocations") < 50
    assert similarity.score("", long_) == similarity.score_at_least(None, long_, 10) == 0.0


words = st.sampled_from(
    ["the", "police", "should", "review", "training", "domestic", "abuse", "agency", "staff", "risk"]
    + ["a", "of", "to", "Board", "Trust’s", "(ii)", "safeguarding", "referrals", "visit"]
)


@given(
    st.lists(words, min_size=8, max_size=40),
    st.lists(words, min_size=1, max_size=60),
    st.sampled_from(FLOORS) | st.floats(min_value=-5, max_value=105, allow_nan=False),
)
def test_floored_score_property(a, b, floor):
    _check(" ".join(a), " ".join(b), floor)


@settings(max_examples=60)
@given(
    st.lists(words, min_size=8, max_size=30), st.integers(0, 20), st.integers(1, 6), st.sampled_from(FLOORS)
)
def test_floored_score_on_quoted_parts(words_a, cut, keep, floor):
    """A plan quoting part of a recommendation, with a word changed: the partial match decides."""
    long_ = " ".join(words_a)
    part = " ".join(words_a[cut % len(words_a) :][: 8 + keep])
    _check(part.replace("e", "a", 1), long_, floor)
