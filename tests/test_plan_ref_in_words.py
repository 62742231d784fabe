"""A plan whose recommendation cells number the recommendation in words.

Some overview reports head each recommendation "Recommendation One", "Recommendation Two",
and the plan's Recommendation cell repeats that heading with the recommendation's short
title ("Recommendation Two: risk after disclosure"). The word is the row's number: each row
answers recommendation 2, and an action row under a merged cell belongs to the one above."""

from __future__ import annotations

import io

from docx import Document as WordDocument

import dhrparse

HEADERS = [
    "Recommendation",
    "Scope",
    "Action to take",
    "Lead Agency",
    "Target Date",
    "Date of completion and Outcome",
]
ROWS = [
    [
        "Recommendation One: asking about money at booking",
        "Local",
        "Add two questions to the booking form",
        "Selbridge Maternity Service",
        "31/03/2024",
        "Completed 02/03/2024 – form live",
    ],
    [
        "",
        "",
        "Brief the community midwives",
        "Selbridge Maternity Service",
        "June 2024",
        "Ongoing – half briefed",
    ],
    [
        "Recommendation Two: risk after disclosure",
        "Local",
        "Add a risk prompt to the record",
        "Selbridge Maternity Service",
        "30/09/2024",
        "Not started",
    ],
]


def _word() -> bytes:
    doc = WordDocument()
    doc.add_heading("Appendix A: Action plan", level=1)
    t = doc.add_table(rows=1, cols=len(HEADERS))
    for c, h in zip(t.rows[0].cells, HEADERS):
        c.text = h
    for row in ROWS:
        for c, v in zip(t.add_row().cells, row):
            c.text = v
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def test_a_recommendation_numbered_in_words_numbers_its_rows():
    doc = dhrparse.extract(_word(), name="plan.docx")
    got = [(a.recommendation_ref, a.action, a.status.value) for a in doc.actions]
    assert got == [
        ("1", "Add two questions to the booking form", "complete"),
        ("1", "Brief the community midwives", "in_progress"),
        ("2", "Add a risk prompt to the record", "not_started"),
    ]
