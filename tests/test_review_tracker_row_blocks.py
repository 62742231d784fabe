"""A tracker over several reviews printed a cell at a time, row after row (plan.row_blocks with
plan.review_names and plan.late_recommendations): "Review | Rec no. | Recommendation | Action |
Owner | Due | Status | Evidence of completion", the review's name and each recommendation
written in their first row only. The review names print apart from their rows and are read
without; a recommendation cell printed after its actions' rows is read as stated, and the
rows whose recommendation that leaves unsure are warned, not guessed. (The pending zoo
document tests/zoo/pending/plan_multi_review_row_blocks, fictional, our own wording.)"""

from __future__ import annotations

import json
from pathlib import Path

import score  # tests/score.py

from dhrparse.pipeline import extract

STEM = Path(__file__).parent / "zoo" / "pending" / "plan_multi_review_row_blocks"


def _read():
    gold = json.loads(STEM.with_suffix(".json").read_text(encoding="utf-8"))
    doc = json.loads(extract(STEM.with_suffix(".txt")).model_dump_json())
    return gold, doc


def test_every_recommendation_is_read_with_its_number():
    gold, doc = _read()
    result = score.score_doc(gold, doc)
    assert result["recommendations"].f1() == 1.0
    assert [r["ref"] for r in doc["recommendations"]].count("1") == 3  # (each review numbers from 1)


def test_rows_read_carry_only_their_own_values():
    gold, doc = _read()
    pairs, _ = score.match(gold["actions"], doc["actions"], score.act_hit)
    assert len(pairs) == len(doc["actions"]) == 7  # (no progress note read as an action)
    for g, o in pairs:
        assert score.agency_ok(g["lead"], o["lead"]), g["action_start"]
        assert score.date_ok(g["target_date"], o["target_date"]), g["action_start"]
        assert o["status"]["value"] == g["status"], g["action_start"]


def test_rows_whose_recommendation_is_unsure_are_warned_not_read():
    _, doc = _read()
    untold = [w for w in doc["warnings"] if w["code"] == "plan_cells_untold"]
    assert len(untold) == 1
    for action in ("Publish a directory", "Add a seen-alone prompt", "Audit twenty records"):
        assert action in untold[0]["message"]
        assert not any(a["action"].startswith(action) for a in doc["actions"])
