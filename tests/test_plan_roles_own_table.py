"""A plan table's column roles come from its own rows, not from the tables printed after it.

A board's plan in a Word or PDF report is often followed by a glossary or a tally table. The
cells below a plan header decide what its columns hold (a "Rec." column of numbers is each
row's recommendation number); a glossary's terms printed in the first column below the plan
must not outvote the plan's own numbers."""

from __future__ import annotations

import io

from docx import Document as WordDocument

import dhrparse

ROWS = [
    ["1.1", "Ask the hospital trust for its discharge audit.", "Board Business Manager", "June 2025", "Open"],
    [
        "1.2",
        "Add a shared flag to the council's case system.",
        "Head of Adult Care",
        "30/09/2025",
        "Completed 14/03/2025",
    ],
    [
        "2.1",
        "Run four workshops on capacity and choice.",
        "Learning Subgroup",
        "31/03/2025",
        "Completed 01/03/2025",
    ],
]
GLOSSARY = [
    ("SAR", "Safeguarding Adults Review"),
    ("Capacity", "The ability to make a decision"),
    ("ICB", "Integrated Care Board"),
    ("MCA", "Mental Capacity Act"),
]


def _word() -> bytes:
    doc = WordDocument()
    doc.add_heading("3. Board response and action plan", level=1)
    t = doc.add_table(rows=1, cols=5)
    for c, h in zip(t.rows[0].cells, ["Rec.", "Action agreed", "Lead", "Target", "Status"]):
        c.text = h
    for row in ROWS:
        for c, v in zip(t.add_row().cells, row):
            c.text = v
    doc.add_heading("Glossary", level=2)
    g = doc.add_table(rows=0, cols=2)
    for term, meaning in GLOSSARY:
        cells = g.add_row().cells
        cells[0].text, cells[1].text = term, meaning
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def test_a_glossary_after_the_plan_does_not_decide_its_columns():
    doc = dhrparse.extract(_word(), name="review.docx")
    got = [(a.recommendation_ref, a.action, a.status.value) for a in doc.actions]
    assert got == [
        ("1.1", ROWS[0][1], "in_progress"),
        ("1.2", ROWS[1][1], "complete"),
        ("2.1", ROWS[2][1], "complete"),
    ]
