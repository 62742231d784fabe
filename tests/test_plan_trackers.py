"""Plans that track several reviews or number their actions apart from their recommendations."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import extracted

ZOO = Path(__file__).parent / "zoo"


@pytest.mark.parametrize("ext", [".docx", ".pdf"])
def test_a_tracker_row_keeps_its_review_and_repeated_numbers_do_not_collide(ext):
    doc = extracted(ZOO / f"plan4_review_tracker{ext}").model_dump()
    actions = doc["actions"]
    reviews = [a["extra"].get("Review") for a in actions]
    # the Review cell is merged over consecutive rows of one review: every row still names it
    assert all(reviews), reviews
    assert reviews[1] == reviews[0] and reviews[2] != reviews[1]
    # each review numbers from 1: the ids name the review, so no id needs a counter suffix
    ids = [a["id"] for a in actions]
    assert len(set(ids)) == len(ids)
    assert sum(1 for a in actions if a["ref"] == "1") == 3
    assert all(a["action"] == a["extra"]["recommendation"] for a in actions)


@pytest.mark.parametrize("ext", [".txt", ".docx"])
def test_an_action_number_column_gives_the_action_ref_and_the_rec_column_its_recommendation(ext):
    doc = extracted(ZOO / f"plan4_two_numbers{ext}").model_dump()
    pairs = [(a["ref"], a["recommendation_ref"]) for a in doc["actions"]]
    assert pairs == [("1.1", "1"), ("1.2", "1"), ("2.1", "2"), ("3.1", "3"), ("3.2", "3")]
    assert [r["ref"] for r in doc["recommendations"]] == ["1", "2", "3"]
