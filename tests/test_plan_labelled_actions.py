"""Labelled blocks ("Recommendation 2" / "Action: ..." / "Lead: ..." / "Deadline: ..." / "Progress
update: ...") where a recommendation has more than one action and prints "Action:" again without
a number: each "Action:" is an action of its own under the same recommendation, with its own
lead, date and status, not more text of the first one."""

from __future__ import annotations

import pytest

import dhrparse

BLOCKS = [
    (
        "1",
        "Kelby Council should review its tenancy visit checklist.",
        [
            ("Add a question on who else lives at the address.", "Head of Housing", "June 2024", "Complete."),
        ],
    ),
    (
        "2",
        "Kelby Fire Service and Adult Social Care should share the list of adults at high fire risk.",
        [
            ("Agree a data sharing agreement.", "Prevention Manager", "December 2024", "In progress."),
            (
                "Hold a monthly joint review of the list.",
                "Team Manager, North Locality",
                "January 2025",
                "Not started.",
            ),
        ],
    ),
]


def _render(below: bool) -> str:
    out = ["Kelby SAR: response to the recommendations", ""]
    for ref, rec, actions in BLOCKS:
        out += [f"Recommendation {ref}", rec]
        for action, lead, due, progress in actions:
            pairs = [("Action", action), ("Lead", lead), ("Deadline", due), ("Progress update", progress)]
            for label, value in pairs:
                out += [f"{label}:", value] if below else [f"{label}: {value}"]
    return "\n".join(out) + "\n"


@pytest.mark.parametrize("below", [False, True])
def test_each_action_label_opens_an_action_of_its_own(below):
    doc = dhrparse.extract(_render(below))
    got = [(a.recommendation_ref, a.action, a.lead, a.status.value) for a in doc.actions]
    assert got == [
        ("1", "Add a question on who else lives at the address.", "Head of Housing", "complete"),
        ("2", "Agree a data sharing agreement.", "Prevention Manager", "in_progress"),
        ("2", "Hold a monthly joint review of the list.", "Team Manager, North Locality", "not_started"),
    ]
    assert [r.ref for r in doc.recommendations] == ["1", "2"]
