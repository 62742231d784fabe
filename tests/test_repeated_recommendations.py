"""A Home Office plan that prints each recommendation again on every one of its actions' rows,
numbered on the first only: in corpus text a later row opening with no number and the same
first line of the Recommendation cell as the numbered row above is that recommendation's
next action (plan.repeated_recommendations), never a recommendation of its own."""

from __future__ import annotations

from pathlib import Path

from dhrparse.pipeline import extract
from dhrparse.plan.repeated_recommendations import repeats_above

PLAN = Path(__file__).resolve().parent / "zoo" / "pending" / "plan_ho_repeated_recommendations.corpus.txt"


def test_a_cell_repeats_the_one_above_word_for_word():
    assert repeats_above("Dunmarsh Community Safety", "Dunmarsh Community Safety")
    assert not repeats_above("Dunmarsh Police should", "Dunmarsh Community Safety")
    # (one word alike is no repetition: "The" opens many recommendations)
    assert not repeats_above("The", "The")


def test_later_rows_under_a_repeated_recommendation_are_its_actions():
    result = extract(PLAN)
    assert [r.ref for r in result.recommendations] == ["1", "2", "3"]
    actions = result.actions
    assert [a.recommendation_ref for a in actions] == ["1", "1", "2", "3", "3"]
    assert actions[1].action.startswith("Ask each branch six")
    # (a month over its year on the line below: "September" / "2024")
    assert actions[1].target_date.start == "2024-09"
    assert actions[1].status.value == "in_progress"
    assert actions[4].target_date.start == "2025-02"
    assert actions[4].status.value == "not_started"
