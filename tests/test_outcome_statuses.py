"""A short plan whose last column is named "Outcome" but holds how each action stands
("Completed", "Partially achieved"): in corpus text its header names no status, so the rows'
first lines are cut with that column read as the status (plan.outcome_statuses), kept only
where nearly every row's cell reads as one. A row printed on one line ends each cell there,
so no cell is filled to its column's edge (plan.wrap_ceiling)."""

from __future__ import annotations

from pathlib import Path

from conftest import extracted

from dhrparse.plan.outcome_statuses import stated_outcomes

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"


def test_an_outcome_column_of_status_words_is_read_as_the_status():
    doc = extracted(PENDING / "plan_outcome_status_words.corpus.txt")
    rows = [(a.ref, a.action, a.lead, a.status.value) for a in doc.actions]
    assert rows == [
        ("1", "Run two joint risk sessions for staff", "Safeguarding Manager", "complete"),
        ("2", "Health visitors to follow up every missed visit", "Lead Nurse", "in_progress"),
        ("3(a)", "Tenancy officers trained in abuse signs", "Housing Manager", "complete"),
        ("3(b)", "Flag on the rent system", "Systems Officer", "in_progress"),
        ("4", "Posters in every pharmacy", "Public Health Lead", "not_started"),
        ("5", "Termly meeting with school leads", "Education Officer", "in_progress"),
        ("6", "Hold a learning event on the review", "Partnership Officer", "complete"),
        ("7", "Write to the national policy team", "Partnership Chair", "complete"),
    ]
    assert [a.target_date.raw for a in doc.actions][:2] == ["May 2025", "30/06/2025"]
    assert all(not a.desired_outcome for a in doc.actions)


def test_only_a_last_outcome_column_after_a_target_and_no_status_is_asked():
    assert stated_outcomes(["recommendation", "action", "lead", "target_date", "desired_outcome"])
    assert not stated_outcomes(["action", "lead", "target_date", "desired_outcome", "status"])
    assert not stated_outcomes(["action", "lead", "desired_outcome", "target_date"])
    assert not stated_outcomes(["action", "lead", "desired_outcome"])
    assert not stated_outcomes(["action", "lead", "target_date", "desired_outcome"], status_first=True)
