"""A board's response table: the action is in a column headed as the body's response.

Safeguarding Adults Reviews and their short briefings often print the board's plan as
"Recommendation | Board response | Lead | By when | Progress": the recommendation as the
review wrote it, then what the board will do about it. The response column is the action,
whatever word the board puts before "response" (or none), and a column of instructions under a
header the vocabulary has never met is the action too, when nothing else in the table is. A
recommendation merged down over two response rows gives two actions under it."""

from __future__ import annotations

import io

import pytest
from docx import Document as WordDocument
from docx_build import make_table, merged_plan_table

import dhrparse

RECOMMENDATIONS = [
    "The Board should seek assurance that hospital discharge plans for people living with dementia"
    " name who will give care at home.",
    "Orlingham Adult Social Care should update its enquiry procedure so that harm by a relative who is"
    " also a carer is assessed as domestic abuse.",
    "The Board should make sure that adult social care and housing officers are trained together on"
    " coercive control in later life.",
]
# (recommendation index, response, lead, by when, progress)
RESPONSES = [
    (
        0,
        "Ask the hospital trust for an audit of twenty discharges.",
        "Chair, Assurance Subgroup",
        "October 2024",
        "Completed October 2024: audit received by the Board.",
    ),
    (
        1,
        "Rewrite the procedure and brief every enquiry officer.",
        "Principal Social Worker",
        "31/01/2025",
        "In progress: draft out for comment.",
    ),
    (
        2,
        "Commission a joint half-day course.",
        "Learning and Development Subgroup",
        "March 2025",
        "In progress: provider chosen.",
    ),
    (
        2,
        "Publish a short briefing on the Board's website.",
        "Board Business Manager",
        "June 2024",
        "Completed June 2024: briefing published.",
    ),
]
STATUS = {"Completed": "complete", "In progress": "in_progress"}
WIDTHS = [6.0, 5.0, 3.0, 2.0, 4.0]


def _word(response_header: str) -> bytes:
    doc = WordDocument()
    doc.add_heading("Part 3: The Board's response", level=1)
    doc.add_paragraph("The Board accepted all three recommendations and will report on them every quarter.")
    headers = ["Recommendation", response_header, "Lead", "By when", "Progress"]
    groups = []
    for k, rec in enumerate(RECOMMENDATIONS):
        rows = [[resp, lead, due, progress] for i, resp, lead, due, progress in RESPONSES if i == k]
        groups.append(([rec], rows))
    merged_plan_table(doc, headers, WIDTHS, groups)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def _want():
    return [
        (
            resp,
            lead,
            due,
            STATUS[
                progress.split(":")[0].split(" ")[0] if progress.startswith("Completed") else "In progress"
            ],
            RECOMMENDATIONS[i][:40],
        )
        for i, resp, lead, due, progress in RESPONSES
    ]


@pytest.mark.parametrize("response_header", ["Board response", "Response", "What the Board will do"])
def test_response_column_is_the_action(response_header):
    doc = dhrparse.extract(_word(response_header), name="briefing.docx")
    recs = {r.id: r.text for r in doc.recommendations}
    got = [
        (
            a.action,
            a.lead,
            a.target_date.raw if a.target_date else None,
            a.status.value,
            (recs.get(a.recommendation_id) or "")[:40],
        )
        for a in doc.actions
    ]
    assert got == _want()
    assert [r.text for r in doc.recommendations] == RECOMMENDATIONS


def test_a_column_of_remarks_is_not_the_action():
    """Only instructions make an unknown column the action: remarks in prose stay under their
    printed header, and the recommendation column stays each row's action."""
    doc = WordDocument()
    t = make_table(doc, ["Recommendation", "Panel remarks", "Lead", "By when"], [6.0, 6.0, 3.0, 2.0])
    for rec, remark in zip(
        RECOMMENDATIONS,
        [
            "The panel heard this from two agencies.",
            "This was raised by the family.",
            "Several staff said the same.",
        ],
    ):
        row = t.add_row().cells
        row[0].text, row[1].text, row[2].text, row[3].text = rec, remark, "Board Manager", "May 2025"
    buf = io.BytesIO()
    doc.save(buf)
    out = dhrparse.extract(buf.getvalue(), name="plan.docx")
    assert [a.action for a in out.actions] == RECOMMENDATIONS
    assert all("Panel remarks" in a.extra for a in out.actions)
