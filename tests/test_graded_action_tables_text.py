"""An independent assurance review of a mental health homicide investigation's recommendations
read from plain pdftotext text: each "Recommendation N" heading has its own small table No. |
Action taken | Lead | Evidence seen | Grade, printed as column blocks, each action graded by a
letter its grading key table explains (zoo: tests/zoo/pending/
build_mh_assurance_lettered_no_col_bookman.py, build_mh_assurance_graded_action_tables.py).
At base no action was read: the grade column's name is no column synonym, so the tables showed
too few names; the next "Recommendation N" heading was taken for the Recommendation column's
name, so one table ran over the next ones; and the key, printed as a block of letters and a
block of meanings, was not read (plan.grade_blocks, plan.graded_cells, plan.block_header)."""

from __future__ import annotations

from pathlib import Path

from dhrparse.pipeline import extract

PENDING = Path(__file__).parent / "zoo" / "pending"
LETTERED = "mh_assurance_lettered_action_no_col_bookman_ravensholt"
NUMBERED = "mh_assurance_graded_action_tables_oxwellham"


def test_each_recommendations_table_gives_its_own_actions():
    doc = extract(PENDING / f"{LETTERED}.txt")
    assert [r.ref for r in doc.recommendations] == ["1", "2", "3"]
    assert [a.recommendation_ref for a in doc.actions] == ["1", "1", "1", "2", "2", "3", "3"]
    assert [a.action.split()[0] for a in doc.actions] == [
        "Three-day",
        "Missed-contact",
        "Monthly",
        "Family",
        "Training",
        "Staffing",
        "Spot",
    ]


def test_the_grade_letters_are_read_through_the_key_never_as_colours():
    doc = extract(PENDING / f"{LETTERED}.txt")
    assert [a.status.raw for a in doc.actions] == ["A", "B", "C", "B", "D", "A", "C"]
    assert [a.status.value for a in doc.actions] == [
        "complete",
        "complete",
        "in_progress",
        "complete",
        "not_started",
        "complete",
        "in_progress",
    ]


def test_a_key_table_of_wrapped_meanings_and_numbered_refs():
    doc = extract(PENDING / f"{NUMBERED}.txt")
    assert [a.status.value for a in doc.actions] == [
        "complete",
        "complete",
        "in_progress",
        "complete",
        "in_progress",
        "not_started",
        "complete",
    ]
    assert doc.actions[1].lead == "Head of Nursing Education"
