"""A graded action's row in corpus text whose grade is a letter the plan's key explains but no
RAG letter ("D Not implemented, or no evidence supplied"): the tracker's cut of the row's first
line finds the status cell by that letter, read as a status word only in a plan whose own key
explains it (plan.code_key, read by plan.tracker_table), so the row is read like the A, B and C rows beside it."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from dhrparse.patterns import load_patterns
from dhrparse.pipeline import extract
from dhrparse.plan.tracker_shapes import TrackerShapes

sys.path.insert(0, str(Path(__file__).resolve().parent))
import score  # noqa: E402  (tests/score.py)

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"


def test_a_key_s_codes_open_a_status_cell_only_with_the_key():
    p = load_patterns()
    assert TrackerShapes(p, codes=("A", "B", "C", "D")).opens_status("D")
    assert not TrackerShapes(p).opens_status("D")


@pytest.mark.parametrize(
    ("stem", "ref"),
    [
        ("mh_assurance_graded_action_tables_oxwellham", "3.1"),
        ("mh_assurance_lettered_action_no_col_bookman_ravensholt", "2(b)"),
    ],
)
def test_the_row_graded_d_is_read_in_corpus_text(stem, ref):
    gold = json.loads((PENDING / f"{stem}.json").read_text(encoding="utf-8"))
    doc = extract(PENDING / f"{stem}.corpus.txt")
    graded = {a.ref: a.status for a in doc.actions}
    assert graded[ref].raw == "D" and graded[ref].value == "not_started", graded
    result = score.score_doc(gold, json.loads(doc.model_dump_json()))
    assert result["actions"].f1() == 1.0, result["actions"].f1()
