"""An "Agency | Recommendations" table whose cell holds the agency's numbered recommendations.

Executive summaries print the agencies' own recommendations as a table keyed by agency: one row
per agency, the recommendations cell holding that agency's recommendations as numbered paragraphs
("1. Officers should ...", "2. The force should ..."), numbering from 1 in every row. Each
numbered paragraph is a recommendation of its own, the agency's, under its own number; a cell
whose sentences merely mention a number is not cut."""

from __future__ import annotations

import io

from docx import Document as WordDocument

import dhrparse

ROWS = {
    "Orlingham Police": [
        "1. Officers should record the names of all children present at a domestic incident.",
        "2. Orlingham Police should review how a victim's withdrawal of a complaint is followed up.",
    ],
    "Orlingham Medical Practice": [
        "1. Clinicians should ask about safety at home when a patient reports panic attacks.",
    ],
    "Orlingham Housing Trust": [
        "1. Housing officers should offer a sanctuary scheme visit within 2 weeks. 3 visits were missed.",
        "2. The Trust should flag a tenancy when a tenant discloses abuse by a partner.",
        "3. The Trust should train repairs staff to spot signs of abuse.",
    ],
}


def _word() -> bytes:
    doc = WordDocument()
    doc.add_heading("6. Single-agency recommendations", level=1)
    doc.add_paragraph("Each agency made recommendations for its own practice.")
    table = doc.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text, table.rows[0].cells[1].text = "Agency", "Recommendations"
    for agency, recs in ROWS.items():
        cells = table.add_row().cells
        cells[0].text = agency
        cells[1].text = recs[0]
        for rec in recs[1:]:
            cells[1].add_paragraph(rec)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def test_each_numbered_paragraph_of_a_cell_is_its_own_recommendation():
    doc = dhrparse.extract(_word(), name="summary.docx")
    got = [(r.agency, r.ref, r.text.split()[0]) for r in doc.recommendations]
    assert got == [
        ("Orlingham Police", "1", "Officers"),
        ("Orlingham Police", "2", "Orlingham"),
        ("Orlingham Medical Practice", "1", "Clinicians"),
        ("Orlingham Housing Trust", "1", "Housing"),
        ("Orlingham Housing Trust", "2", "The"),
        ("Orlingham Housing Trust", "3", "The"),
    ]
    assert {r.level for r in doc.recommendations} == {"agency"}
    # "... within 2 weeks. 3 visits were missed." is one recommendation's text: no number runs on
    assert doc.recommendations[3].text.endswith("3 visits were missed.")
