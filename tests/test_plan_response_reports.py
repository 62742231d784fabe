"""A partnership's response table whose response column reports what was done.

Child and adult safeguarding partnerships often publish their response to a review as a table
"Recommendation | Partnership response | Lead | Timescale | RAG": the first column a short form
of each recommendation, the second what the partnership did or will do about it ("Guidance
rewritten and issued to all schools in May"), not an instruction. No column is headed as the
action, so the response is each row's action: its text, lead, date and RAG rating make the
action record, and the short form stays the recommendation's. A response column of bare
acceptance words ("Accepted", "Agreed in part") is no action."""

from __future__ import annotations

from docx_build import paragraphs_and_table

import dhrparse

HEADER = ["Recommendation", "Partnership response", "Lead", "Timescale", "RAG"]
ROWS = [
    [
        "1. Refresh the escalation guidance for schools",
        "Escalation guidance rewritten with head teachers and issued to every Quenmoor school in May 2024.",
        "Quenmoor Partnership Business Manager",
        "May 2024",
        "Green",
    ],
    [
        "2. Check who else lives in the household",
        "Assessment form now asks for every adult staying at the home; an audit of 20 assessments is booked.",
        "Head of Children's Social Care",
        "31/03/2025",
        "Amber",
    ],
    [
        "3. Train nursery staff on bruising in babies",
        "Course to be commissioned when the early years lead is appointed.",
        "Quenmoor Learning Group",
        "September 2025",
        "Red",
    ],
]


def _word(header: list[str], rows: list[list[str]]) -> bytes:
    intro = [
        "Quenmoor Safeguarding Children Partnership response",
        "The Partnership accepted the review's three recommendations.",
    ]
    return paragraphs_and_table(intro, header, rows)


def test_the_response_column_is_the_action():
    doc = dhrparse.extract(_word(HEADER, ROWS), name="response.docx")
    got = [
        (a.recommendation_ref, " ".join(a.action.split()[:4]), a.lead, a.status.value) for a in doc.actions
    ]
    assert got == [
        ("1", "Escalation guidance rewritten with", "Quenmoor Partnership Business Manager", "complete"),
        ("2", "Assessment form now asks", "Head of Children's Social Care", "in_progress"),
        ("3", "Course to be commissioned", "Quenmoor Learning Group", "not_started"),
    ]
    assert [r.ref for r in doc.recommendations] == ["1", "2", "3"]
    assert doc.recommendations[0].text.startswith("Refresh the escalation guidance")


def test_a_column_of_acceptance_words_is_no_action():
    rows = [[r[0], verdict, *r[2:]] for r, verdict in zip(ROWS, ["Accepted", "Accepted", "Agreed in part"])]
    doc = dhrparse.extract(_word(HEADER, rows), name="response.docx")
    assert all(not (a.action or "").startswith(("Accepted", "Agreed")) for a in doc.actions)
