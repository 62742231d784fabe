"""A tracker that numbers each recommendation's actions under it (1.1, 1.2 under 1).

Trackers print "Ref | Recommendation | Action | Lead | Due | Status": the recommendation cell
merged down over its actions' rows, the actions numbered 1.1, 1.2, 2.1 ... A recommendation
answered by a single action is numbered the same way ("3.1"): it is recommendation 3, as the
others are 1 and 2. A table of its own printed below the plan (a tally of the rows by status,
"Green | Amber | Red | Total" over counts) is not read into the plan's last row."""

from __future__ import annotations

import io

import pytest
from docx import Document as WordDocument
from docx_build import make_table

import dhrparse

RECS = [
    "Tallowby Council should give every carer a private conversation about their own safety.",
    "Quenmoor Police should review the risk assessment whenever a victim withdraws support.",
    "Selbridge Housing Association should ask about domestic abuse at every tenancy visit.",
]
# rec index -> its actions (action, lead, due, status)
ACTIONS = {
    0: [
        ("Change the carer's assessment form.", "Head of Adult Care", "Jul 2024", "Green"),
        ("Brief every assessor on the form.", "Principal Social Worker", "Sep 2024", "Amber"),
    ],
    1: [("Add a supervisor check to the withdrawal process.", "Detective Inspector", "Oct 2024", "Green")],
    2: [
        ("Add the question to the visit checklist.", "Tenancy Manager", "Mar 2025", "Red"),
        ("Report disclosures to the Board each quarter.", "Tenancy Manager", "Jun 2025", "Amber"),
    ],
}
STATUS = {"Green": "complete", "Amber": "in_progress", "Red": "not_started"}
HEADERS = ["Ref", "Recommendation", "Action", "Lead", "Due", "Status"]
WIDTHS = [1.2, 5.0, 4.5, 3.0, 1.8, 1.6]


def _rows():
    for r, rec in enumerate(RECS):
        for k, (action, lead, due, status) in enumerate(ACTIONS[r]):
            yield r, k, [f"{r + 1}.{k + 1}", rec if k == 0 else "", action, lead, due, status]


def _word(tally: bool) -> bytes:
    doc = WordDocument()
    doc.add_heading("Domestic Homicide Review action plan tracker", level=1)
    t = make_table(doc, HEADERS, WIDTHS)
    for _, _, cells in _rows():
        row = t.add_row().cells
        for c, v in zip(row, cells):
            c.text = v
    if tally:
        doc.add_paragraph("Summary of the plan at 31 January 2025")
        s = make_table(doc, ["Green", "Amber", "Red", "Total"], [2, 2, 2, 2])
        row = s.add_row().cells
        for c, v in zip(row, ["2", "2", "1", "5"]):
            c.text = v
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def _text() -> str:
    lines = ["Domestic Homicide Review action plan tracker", "", "\t".join(HEADERS)]
    lines += ["\t".join(cells) for _, _, cells in _rows()]
    return "\n".join(lines) + "\n"


def _want():
    return [(f"{r + 1}.{k + 1}", str(r + 1), cells[2], STATUS[cells[5]]) for r, k, cells in _rows()]


@pytest.mark.parametrize("route", ["text", "word"])
def test_a_lone_first_action_numbers_its_recommendation_as_the_others_do(route):
    doc = (
        dhrparse.extract(_text(), name="plan.txt")
        if route == "text"
        else dhrparse.extract(_word(tally=False), name="plan.docx")
    )
    assert [(r.ref, r.text) for r in doc.recommendations] == [(str(k + 1), t) for k, t in enumerate(RECS)]
    assert [(a.ref, a.recommendation_ref, a.action, a.status.value) for a in doc.actions] == _want()


def test_a_tally_table_below_the_plan_is_not_a_row_of_it():
    doc = dhrparse.extract(_word(tally=True), name="plan.docx")
    assert [(a.ref, a.recommendation_ref, a.action, a.status.value) for a in doc.actions] == _want()
    assert [r.ref for r in doc.recommendations] == ["1", "2", "3"]
