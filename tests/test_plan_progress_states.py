"""A plan with no status column whose Progress column holds the state alone ("On track",
"Complete", "Not started", "Ongoing"), printed by plain pdftotext a whole cell at a time, row
after row (plan.row_blocks): the Progress cell is each row's status. A timescale cell whose year
a page break printed apart, after the row's other cells, leaves its month alone ("June"): that
is the row's target, not a second lead.
"""

from __future__ import annotations

from dhrparse.pipeline import extract

ROWS = [
    (
        "1",
        "Draft a carer notice step for the discharge policy",
        "Discharge Hub Lead",
        "31/03/2025",
        "2025-03-31",
        "Complete",
        "complete",
    ),
    (
        "1",
        "Publish the notice step on the intranet",
        "Discharge Hub Lead",
        "30/06/2025",
        "2025-06-30",
        "On track",
        "in_progress",
    ),
    (
        "2",
        "Add a carer assessment trigger to the discharge notice",
        "Carers Service Manager",
        "31/05/2025",
        "2025-05-31",
        "Not started",
        "not_started",
    ),
    (
        "3",
        "Check ten discharges each quarter for assessments",
        "Adult Services Practice Lead",
        "Ongoing",
        None,
        "Ongoing",
        "in_progress",
    ),
]


def render(rows, last_month: bool = False) -> str:
    lines = [
        "Eskbeck Safeguarding Adults Board",
        "",
        "1. Recommendations",
        "1. The Board should agree how a carer is told of a discharge date.",
        "2. Adult Social Care should offer each carer in a discharge plan an assessment.",
        "3. The Board should check that carers' assessments are offered.",
        "",
        "2. Action plan",
        "Leads report to each meeting of the carers subgroup.",
    ]
    for name in ("Rec", "Action", "Responsible agency", "Timescale", "Progress"):
        lines += [name, ""]
    seen = set()
    for rec, action, lead, timescale, _, progress, _ in rows:
        if rec not in seen:
            lines += [rec, ""]
            seen.add(rec)
        lines += [action, "", lead, "", timescale, "", progress, ""]
    if last_month:
        # a page break in the last row: the lines the lead and timescale wrapped onto print after
        # the row's other cells ("Duty Team" ... "Manager", "June" ... "2025")
        lines += [
            "4",
            "",
            "Train every ward clerk in the notice step",
            "",
            "Duty Team",
            "",
            "June",
            "",
            "Complete",
            "",
        ]
        lines += ["Manager", "", "2025", ""]
        # ... and the next row's number after its first cells
        lines += [
            "Repeat the training every year",
            "",
            "Duty Team",
            "",
            "01/09/2025",
            "",
            "5",
            "",
            "Manager",
            "",
        ]
        lines += ["Complete", ""]
    return "\n".join(lines) + "\n"


def test_a_progress_column_of_states_is_the_status():
    doc = extract(render(ROWS), name="plan.txt")
    assert len(doc.actions) == len(ROWS)
    for got, (rec, action, lead, _, target, _, status) in zip(doc.actions, ROWS):
        assert got.action.startswith(action[:25])
        assert got.recommendation_ref == rec
        assert got.lead == lead
        assert (got.target_date.start if got.target_date else None) == target
        assert got.status.value == status


def test_a_month_alone_in_the_timescale_cell_is_no_lead():
    doc = extract(render(ROWS, last_month=True), name="plan.txt")
    last = [a for a in doc.actions if a.action.startswith("Train every ward clerk")]
    assert len(last) == 1
    assert last[0].lead == "Duty Team"
    assert last[0].status.value == "complete"
