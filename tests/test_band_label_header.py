"""A plan of recommendation bands ("Rec" / "N" in a narrow first cell, the recommendation merged
over the other columns) under the header Ref | Action required | Lead officer | By, printed by
plain pdftotext a line at a time: the first band's label prints among the header's names, its
number alone on the next line, and is no column (plan.header_bands); "By" closing the header after
the lead's name is the target date's column; and under a header whose last column is the date,
the lines after the date are the action's and the lead's later lines, printed a round below
(plan.interleaved)."""

from __future__ import annotations

import dhrparse

# A safeguarding partnership's plan as a Word table exported to PDF, each action with a shaded
# update row under it; the first band's "Rec" and "1" print between "Ref" and "Action required".
PLAN = """\
Thornleigh Safeguarding Partnership
Domestic Homicide Review into the death of Agnes - action plan
The shaded line under each action is the latest update from its lead officer.
Ref
Rec
1

Action required
Lead officer
By
Thornleigh Safeguarding Partnership should make sure that community nurses know how to
ask an older patient about their safety when a relative is the carer.
1.1
Write a two-page prompt card for community
Lead Nurse for Adult
Nov 2025
nurses visiting older patients.
Safeguarding
Update, February 2026: Card printed and issued to every team. Status: Complete.
1.2
Hold a practice session on asking about
Community Services
Mar 2026
safety when the carer is present.
Manager
Update, February 2026: Session planned for March. Status: In progress.
Opticians and dentists should know where to report a concern about an older patient.
Rec
2
2.1
Send the reporting route to every practice
Primary Care
Jan 2026
through the contract bulletin.
Commissioning Lead
Update, February 2026: Not yet drafted. Status: Not started.
"""


def _rows():
    doc = dhrparse.extract(PLAN)
    return {a.ref: a for a in doc.actions}


def test_the_bands_first_label_is_no_column_and_by_names_the_target():
    rows = _rows()
    assert sorted(rows) == ["1.1", "1.2", "2.1"]
    assert [rows[r].target_date.raw for r in ("1.1", "1.2", "2.1")] == ["Nov 2025", "Mar 2026", "Jan 2026"]
    assert [rows[r].status.value for r in ("1.1", "1.2", "2.1")] == ["complete", "in_progress", "not_started"]


def test_the_cells_later_lines_after_the_date_are_the_action_and_the_lead():
    rows = _rows()
    assert rows["1.2"].action == "Hold a practice session on asking about safety when the carer is present."
    assert rows["1.2"].lead == "Community Services Manager"
    assert rows["2.1"].lead == "Primary Care Commissioning Lead"
    assert rows["1.1"].lead == "Lead Nurse for Adult Safeguarding"
