"""A one-row-per-recommendation plan (No. | Recommendation | Scope | Action to take | Lead agency |
Target date | Date of completion and outcome) that plain pdftotext printed row after row, a cell a
block (plan.row_runs): a delivered action has "Completed" written in its Target date cell and its
outcome beside it. "Completed" there is the row's status (complete) and the row has no target
date; a row after it keeps its own status.
"""

from __future__ import annotations

import textwrap

from dhrparse.pipeline import extract

# (recommendation, action, lead, target cell, outcome cell, target, status)
ROWS = [
    (
        "Tolbury Housing should tell the outreach service when a tenant reports that a former partner came back.",
        "Write a same-day notification step into the tenancy procedure",
        "Tolbury Housing",
        "Completed",
        "Procedure reissued 12 February 2025; all officers briefed.",
        None,
        "complete",
    ),
    (
        "Tolbury Police should check for an active court order before closing a report of a breach.",
        "Add a court order check to the closure screen",
        "Tolbury Police",
        "30/06/2025",
        "In progress: change built and awaiting testing.",
        "2025-06-30",
        "in_progress",
    ),
    (
        "The Tolbury Wellbeing Hub should offer every client who discloses abuse a named worker.",
        "Introduce a named worker role on every open case",
        "Tolbury Wellbeing Hub",
        "Completed",
        "Named workers allocated from 1 April 2025.",
        None,
        "complete",
    ),
    (
        "Tolbury Community Safety Partnership should publish guidance for employers on abuse.",
        "Draft the employer guidance and launch it",
        "Tolbury Community Safety Partnership",
        "31/12/2025",
        "Not started: waiting for funding to be agreed.",
        "2025-12-31",
        "not_started",
    ),
]


def render(rows) -> str:
    lines = [
        "Tolbury Community Safety Partnership",
        "",
        "Domestic Homicide Review: executive summary",
        "",
        "Appendix 1: Action plan",
        "",
    ]
    for name in ("No.", "Recommendation", "Scope", "Action to take", "Lead agency", "Target date"):
        lines += [name, ""]
    lines += ["Date of completion and", "outcome", ""]
    for k, (rec, action, lead, target, outcome, _, _) in enumerate(rows, 1):
        lines += [str(k), ""]
        for text, width in ((rec, 34), ("Local", 10), (action, 28), (lead, 18), (target, 12), (outcome, 30)):
            lines += [*textwrap.wrap(text, width), ""]
    return "\n".join(lines) + "\n"


def test_completed_in_the_target_cell_is_the_status():
    doc = extract(render(ROWS), name="plan.txt")
    assert len(doc.actions) == len(ROWS)
    for got, (_, action, lead, _, _, target, status) in zip(doc.actions, ROWS):
        assert got.action.startswith(action[:25])
        assert got.lead == lead
        assert (got.target_date.start if got.target_date else None) == target
        assert got.status.value == status
