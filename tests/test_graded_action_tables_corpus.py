"""The assurance review's graded action tables (No. | Action taken | Lead | Evidence seen | Grade,
one small table under each "Recommendation N" heading) read from corpus text, each printed line
joining its cells. At base no action was read there: the header named no status column ("Grade"
no column synonym), and "taken" and "Evidence seen" were words no name held, so no reader took
the header. Now the tracker reader takes it, the evidence column kept in its place under its
printed name (actions.tracker.unnamed_columns), each row read from its first printed line with a
warning that its later lines were not (zoo: tests/zoo/pending/
build_mh_assurance_lettered_no_col_bookman.py)."""

from __future__ import annotations

from pathlib import Path

from dhrparse.pipeline import extract

STAND_IN = Path(__file__).parent / "zoo/pending/mh_assurance_lettered_action_no_col_bookman_ravensholt"


def test_the_graded_rows_are_read_with_their_grades_through_the_key():
    doc = extract(STAND_IN.with_suffix(".corpus.txt"))
    rows = [(a.ref, a.action.split()[0], a.status.raw, a.status.value) for a in doc.actions]
    assert rows[:3] == [
        ("1(a)", "Three-day", "A", "complete"),
        ("1(b)", "Missed-contact", "B", "complete"),
        ("1(c)", "Monthly", "C", "in_progress"),
    ]
    assert len(doc.actions) >= 6


def test_no_evidence_words_are_read_as_the_lead():
    doc = extract(STAND_IN.with_suffix(".corpus.txt"))
    for action in doc.actions:
        lead = action.lead or ""
        assert not any(word in lead for word in ("Standard", "Screen", "reports", "template", "review"))
