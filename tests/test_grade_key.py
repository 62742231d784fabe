"""A grading scale printed as a small table (Grade | Definition, "A | Completed and embedded; ...",
"D | Not implemented, or no evidence supplied"), read as the plan's code key: each action's
grade letter, in a column no field is for, is its status (plan.code_key).

The document is the pending zoo's mh_assurance_graded_action_tables_oxwellham
(tests/zoo/pending/build_mh_assurance_graded_action_tables.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from dhrparse.pipeline import extract

STEM = Path(__file__).parent / "zoo" / "pending" / "mh_assurance_graded_action_tables_oxwellham"
GRADES = {"1.1": "complete", "1.2": "complete", "1.3": "in_progress", "2.1": "complete"}
GRADES |= {"2.2": "in_progress", "3.1": "not_started", "3.2": "complete"}


@pytest.mark.parametrize("route", ["pdf", "docx"])
def test_grade_letters_read_through_the_key_table(route):
    actions = extract(STEM.with_suffix(f".{route}")).actions
    assert {a.ref: a.status.value for a in actions} == GRADES
