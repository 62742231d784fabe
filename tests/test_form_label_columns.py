"""A plan of one small form per action ("Action 1: | <text>", "Recommendation: | 2", "How will
this be delivered? | ...", "By whom? (Role and agency): | ...", "Timescale: | ...", "Position:
| ...") as plain pdftotext prints it when the forms stand on one page: every label first, one a
line, then every value in the same order. The label column holds a form's question, which names
no field, and a label its narrow column wrapped over two lines; both are labels all the same, so
the labels and the values still count alike and the printed order pairs them
(plan.label_columns). Read apart, the label run stopped at the question and its values were
taken from the labels that follow."""

from __future__ import annotations

import dhrparse

# two forms, the labels printed before the values; the recommendation's number a bare line
PLAN = """Ashwell Safeguarding Adults Board
Safeguarding Adults Review: Mr T

4. Action plan
Each action has its own form. The last row is the position reported in January 2026.
Action 1:
Recommendation:
How will this be delivered?
By whom? (Role and
agency):
Timescale (with dates):
Position, January 2026:
Action 2:
Recommendation:
How will this be delivered?
By whom? (Role and
agency):
Timescale (with dates):
Position, January 2026:

Write a discharge checklist that asks who will be at home with the
patient on the first night.
1
Checklist agreed by the ward managers' forum.
Matron for Discharge, Ashwell Hospitals Trust
By 31 March 2025
Achieved
Add a welfare call to every care package that starts after a stay in
hospital.
2
Call script drafted with the home care providers.
Commissioning Manager, Ashwell Council
By 30 September 2025
Not yet started

5. Monitoring
The Board will review this plan again in July 2026.
"""


def test_form_labels_printed_before_values_pair_by_order():
    doc = dhrparse.extract(PLAN)
    got = [(a.ref, a.recommendation_ref, a.action[:30], a.lead, a.status.value) for a in doc.actions]
    assert got == [
        (
            "1",
            "1",
            "Write a discharge checklist th",
            "Matron for Discharge, Ashwell Hospitals Trust",
            "complete",
        ),
        ("2", "2", "Add a welfare call to every ca", "Commissioning Manager, Ashwell Council", "not_started"),
    ]
    assert [a.target_date.start for a in doc.actions] == ["2025-03-31", "2025-09-30"]


def test_question_value_is_no_action():
    doc = dhrparse.extract(PLAN)
    assert not any(a.action.startswith(("How will", "Checklist agreed", "Call script")) for a in doc.actions)
