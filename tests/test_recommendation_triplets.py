"""Recommendations printed as triplets under a numbered heading, "Recommendation 2 – Hoarding and
fire risk" over "Recommendation: ...", "Rationale: ..." and "Intended outcome: ...": one record,
its ref and title the heading's, its text the "Recommendation:" paragraph, the rationale no part
of it, the outcome the outcome's paragraph, on every route (extractors/recommendations/triplets.py;
tests/zoo/pending/sar_recommendation_triplets.*)."""

from __future__ import annotations

from pathlib import Path

import pytest

from dhrparse.pipeline import extract

PENDING = Path(__file__).parent / "zoo" / "pending"
STEM = "sar_recommendation_triplets"


@pytest.mark.parametrize("suffix", [".txt", ".corpus.txt", ".pdf", ".docx"])
def test_one_record_per_triplet(suffix):
    recs = extract(PENDING / f"{STEM}{suffix}").recommendations
    assert [(r.ref, r.title) for r in recs] == [
        ("1", "Sharing concerns about self-neglect"),
        ("2", "Hoarding and fire risk"),
        ("3", "Mental capacity when help is refused"),
    ]
    assert recs[1].text.startswith("The Board should ask the fire service")
    assert all("Rationale" not in r.text and "Walter" not in r.text for r in recs)
    assert recs[1].outcome == "Every report of hoarding in a rented home leads to a fire safety visit."
