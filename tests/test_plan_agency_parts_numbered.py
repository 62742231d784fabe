"""Single-agency plans printed one table per agency under numbered sub-headings.

An executive summary lists the panel's recommendations, then prints each agency's own plan
under a numbered sub-heading ("4.1 Tallowby Council – Adult Care", "4.2 Quenmoor Police"),
each table "No. | Recommendation | Action | ...", its actions numbered under the agency's own
recommendations (1.1, 1.2, 2.1) from 1 again. The sub-heading names the agency whatever its
number; each agency's recommendations are its own records (not the panel's 1 and 2); and an
agency with one action ("1.1") is answering its recommendation 1, as the others' tables show."""

from __future__ import annotations

import io

from docx import Document as WordDocument

import dhrparse

PANEL = [
    "Tallowby Community Safety Partnership should publish a guide on risk after separation.",
    "Tallowby Community Safety Partnership should audit the plan's actions a year after publication.",
]
AGENCIES = {
    "Tallowby Council – Adult Care": [
        (
            "1.1",
            "Adult Care should see every carer alone at each review.",
            "Change the review form.",
            "Head of Adult Care",
        ),
        ("1.2", "", "Brief all reviewing officers.", "Principal Social Worker"),
        (
            "2.1",
            "Adult Care should refer carers at risk to the advocacy service.",
            "Agree a referral route.",
            "Carers Lead",
        ),
    ],
    "Quenmoor Police": [
        (
            "1.1",
            "Quenmoor Police should review every risk grading after a withdrawal.",
            "Add a supervisor check.",
            "Detective Inspector",
        ),
    ],
}


def _word() -> bytes:
    doc = WordDocument()
    doc.add_heading("3. Recommendations", level=1)
    t = doc.add_table(rows=1, cols=2)
    t.rows[0].cells[0].text, t.rows[0].cells[1].text = "No.", "Recommendation"
    for k, text in enumerate(PANEL, start=1):
        cells = t.add_row().cells
        cells[0].text, cells[1].text = str(k), text
    doc.add_heading("4. Single-agency action plans", level=1)
    doc.add_paragraph("Each agency's plan is shown on its own; the numbering is the agency's.")
    for n, (agency, rows) in enumerate(AGENCIES.items(), start=1):
        doc.add_heading(f"4.{n} {agency}", level=2)
        t = doc.add_table(rows=1, cols=6)
        for c, h in zip(
            t.rows[0].cells, ["No.", "Recommendation", "Action", "Lead officer", "Target date", "Status"]
        ):
            c.text = h
        for ref, rec, action, lead in rows:
            for c, v in zip(t.add_row().cells, [ref, rec, action, lead, "31/03/2025", "Complete"]):
                c.text = v
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def test_each_agency_part_is_its_own_with_its_own_recommendations():
    doc = dhrparse.extract(_word(), name="summary.docx")
    recs = [(r.ref, r.level, r.agency, r.text) for r in doc.recommendations]
    want = [(str(k), "overview", PANEL[0][:43]) for k in (1, 2)]
    assert [(ref, level) for ref, level, _, _ in recs[:2]] == [(w[0], w[1]) for w in want]
    agency_recs = [
        (ref[0], "agency", agency, rec) for agency, rows in AGENCIES.items() for ref, rec, _, _ in rows if rec
    ]
    assert recs[2:] == agency_recs
    got = [(a.agency_section, a.ref, a.recommendation_ref, a.action) for a in doc.actions]
    assert got == [
        (agency, ref, ref[0], action) for agency, rows in AGENCIES.items() for ref, _, action, _ in rows
    ]
    by_id = {r.id: r for r in doc.recommendations}
    assert all(by_id[a.recommendation_id].agency == a.agency_section for a in doc.actions)
