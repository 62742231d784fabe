"""A progress note that reports the agency's step taken and the next one waited on, or a draft
made and not yet final, says the action is under way when the plan's status cell is empty:
"Awaiting a reply from the Department", "Draft protocol with the legal team"; work named as
being done now ("being checked by ...") too. Waiting before
the work can begin, or a note that tells no state, judges nothing; a state printed first wins."""

from __future__ import annotations

import pytest

import dhrparse
from dhrparse.patterns import load_patterns
from dhrparse.plan.status import normalise_status

P = load_patterns()


@pytest.mark.parametrize(
    "progress, value",
    [
        ("Awaiting a reply from the Department.", "in_progress"),
        ("Letter sent in May; awaiting response.", "in_progress"),
        ("Awaiting sign-off by the board in July.", "in_progress"),
        ("Draft protocol with the legal team for comment.", "in_progress"),
        ("Revised draft with the Chief Nurse.", "in_progress"),
        ("Policy in draft.", "in_progress"),
        ("Not started – awaiting a reply from the commissioners.", "not_started"),
        ("Completed; awaiting acknowledgement.", "complete"),
        ("Awaiting funding before the work can begin.", "unknown"),
        ("The group met in May.", "unknown"),
    ],
)
def test_waiting_on_a_step_taken_is_in_progress(progress, value):
    assert normalise_status(None, [progress], P).value == value


HEADER = "No.\tAction\tLead\tTarget date\tUpdate\tStatus"
ROWS = [
    (
        "1",
        "Ask the Department for a national template for carers' plans.",
        "Partnership Chair",
        "31/05/2025",
        "Chair wrote on 2 April; awaiting a reply.",
        "",
    ),
    (
        "2",
        "Agree how the refuge and the hospital share discharge dates.",
        "Public Protection Manager",
        "Q3 2025/26",
        "Draft protocol with the council's solicitors.",
        "",
    ),
    (
        "3",
        "Brief all duty social workers on the revised checklist.",
        "Head of Adult Care",
        "30/06/2025",
        "Briefings held in every team.",
        "Complete",
    ),
]


def test_a_plan_with_empty_status_cells_reads_them_from_the_update():
    text = (
        "Tenbury Partnership – action plan\n\n" + HEADER + "\n" + "\n".join("\t".join(r) for r in ROWS) + "\n"
    )
    doc = dhrparse.extract(text)
    got = [(a.ref, a.status.value) for a in doc.actions]
    assert got == [("1", "in_progress"), ("2", "in_progress"), ("3", "complete")]
    assert "awaiting a reply" in doc.actions[0].status.judged_from  # the cell it was judged from is named


def test_work_being_done_now_is_in_progress():
    note = "Guide written; being checked by the legal team before it goes out."
    assert normalise_status(None, [note], P).value == "in_progress"


def test_a_draft_sent_round_is_an_event_not_a_state():
    assert normalise_status(None, ["Draft shared with partners."], P).value == "unknown"
