"""plan.block_words.status_in_object: a column-block action cell opening with an instruction whose
object holds a status word describing it ("Audit 25 closed self-neglect cases") opens a cell of its
own; a milestone's participle closing its clause ("Audit completed.") and a status opening the line
still open none."""

from __future__ import annotations

from pathlib import Path

from conftest import extracted_json

from dhrparse.patterns import load_patterns
from dhrparse.plan.block_words import ColumnBlockWords

P = load_patterns()
PENDING = Path(__file__).resolve().parent / "zoo" / "pending"


def test_a_status_word_inside_an_instructions_object_is_no_status():
    words = ColumnBlockWords.of(P)
    assert words.status_in_object("Audit 25 closed self-neglect cases for a second visit")
    assert not words.status_in_object("Audit completed.")
    assert not words.status_in_object("Review closed by the Board")
    assert not words.status_in_object("Update complete – new form live")
    assert words.status_in_object("Agree delayed discharge cases with the ward")
    assert words.status_in_object("Check all twelve completed assessments for the carer's view")
    assert not words.status_in_object("Complete the audit of closed cases")
    assert not words.status_in_object("Closed cases were audited")


def test_the_board_plans_five_rows_each_take_their_owner_deadline_and_rag():
    out = extracted_json(PENDING / "plan_board_commentary_column_version_log.txt")
    rows = [(a["lead"], (a["target_date"] or {}).get("raw"), a["status"]["value"]) for a in out["actions"]]
    assert rows == [
        ("Board Business Manager", "31/05/2025", "complete"),
        ("Head of Quality, Adult Social Care", "30/09/2025", "in_progress"),
        ("Station Manager, Community Safety", "31/03/2025", "complete"),
        ("Named GP for Adult Safeguarding", "31/12/2025", "not_started"),
        ("Chair, Quality Group", "31/01/2026", "in_progress"),
    ]


def test_headline_actions_naming_closed_open_and_completed_cases_are_one_row_each():
    out = extracted_json(PENDING / "sar_board_plan_owner_rag_status_word_objects.txt")
    rows = [
        (a["action"].split()[0], (a["target_date"] or {}).get("raw"), a["status"]["raw"])
        for a in out["actions"]
    ]
    assert rows == [
        ("Audit", "30/04/2025", "G"),
        ("Review", "31/07/2025", "A"),
        ("Check", "30/09/2025", "R"),
        ("Write", "31/03/2025", "G"),
        ("Report", "31/10/2025", "A"),
    ]
