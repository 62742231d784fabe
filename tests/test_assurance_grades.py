"""An independent assurance review's tables, one a recommendation, in corpus text: "Ref | Action
taken | Lead | Evidence reviewed | Grade" (or "No. | ... | Evidence seen | Grade"), each action
graded by a letter the review's grading key explains ("A Completed and embedded", "D Not
implemented"). "Action taken" names the action column, "Grade" the status column and "Evidence
seen" / "Evidence reviewed" a column no field is for (patterns/actions.toml): with them the
header reads as a tracker's and its rows are read from their first printed lines
(plan.tracker_header, plan.tracker_rows); without them no reader was handed the table and the
plan was `plan_not_read`."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from dhrparse.patterns import load_patterns
from dhrparse.pipeline import extract
from dhrparse.plan.tables import ColumnMap

sys.path.insert(0, str(Path(__file__).resolve().parent))
import score  # noqa: E402  (tests/score.py)

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"


def test_the_assurance_header_names_its_columns():
    cm = ColumnMap(load_patterns())
    assert cm.scan("Ref Action taken Lead Grade") == ["ref", "action", "lead", "status"]


@pytest.mark.parametrize(
    "stem",
    ["mh_assurance_graded_action_tables_oxwellham", "mh_assurance_lettered_action_no_col_bookman_ravensholt"],
)
def test_graded_actions_are_read_in_corpus_text(stem):
    gold = json.loads((PENDING / f"{stem}.json").read_text(encoding="utf-8"))
    doc = extract(PENDING / f"{stem}.corpus.txt")
    out = json.loads(doc.model_dump_json())
    result = score.score_doc(gold, out)
    assert result["actions"].f1() >= 0.9, result["actions"].f1()
    # (each grade read through the key: A and B complete, C in progress, D not started)
    graded = {a["status"]["raw"]: a["status"]["value"] for a in out["actions"]}
    assert graded.get("A") == "complete" and graded.get("C") == "in_progress", graded
    assert not [w for w in doc.warnings if w.code == "plan_not_read"]
