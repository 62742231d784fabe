"""A plan whose action cells print their code on a line of their own above the action ("R1 A1" /
"Map the services ..."), read by plain pdftotext as column blocks: the recommendation column's
merged cells ("Westbrook Police to make sure ...") come out among the action cells, yet carry no
code, so they make no row (plan.column_blocks); the coded actions then run on together and each
row's band after them (its date, its dated updates, its status) gives it its date and status
(plan.row_bands)."""

from __future__ import annotations

from dhrparse.pipeline import extract

PLAN = (
    "Westbrook Safer Partnership\n"
    "Domestic Homicide Review 'Tomas' - Action Plan\n"
    "Updates are added with the month they were reported; the Status column shows the latest.\n\n"
    "Rec\nR1\n\nR2\n\nR3\n\n"
    "Recommendation\n"
    "Westbrook Safer Partnership to\ncommission an outreach service\nfor older victims.\n\n"
    "Action\n"
    "R1 A1\nMap the services for older\nvictims across the borough.\n"
    "R1 A2\nTender for an outreach\nservice for older victims.\n\n"
    "Westbrook Police to make sure\nthat officers ask older callers\nabout abuse by relatives.\n\n"
    "R2 A1\nAdd a case study on older\nvictims to the refresher course.\n\n"
    "Westbrook Safer Partnership to\nwrite to the department about\nfunding for older victims.\n\n"
    "Lead\nPartnership Officer\n\n"
    "Target date\n31/03/2025\n\n"
    "Updates\nMar 25: mapping begun; Jun 25:\nreport to the Oversight Group.\n\n"
    "Status\nComplete\n\n"
    "Commissioning Manager\nTraining Manager\n\n"
    "31/03/2026\n\n"
    "Jun 25: not started – awaiting\nbudget; Sep 25: specification\nagreed.\n\n"
    "In progress\n\n"
    "Oct 2025\n\n"
    "Mar 25: content drafted; Sep 25:\ndelivered to 200 officers.\n\n"
    "Not started\n"
)


def test_uncoded_recommendation_cells_make_no_row_and_bands_give_statuses():
    doc = extract(PLAN, name="plan.txt")
    starts = ["Map the services", "Tender for an outreach", "Add a case study"]
    assert len(doc.actions) == len(starts)
    assert all(start in a.action for start, a in zip(starts, doc.actions))
    assert [a.status.value for a in doc.actions] == ["complete", "in_progress", "not_started"]
    assert [a.target_date.raw for a in doc.actions] == ["31/03/2025", "31/03/2026", "Oct 2025"]
