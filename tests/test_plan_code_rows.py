"""Plain text of action plans that print a row's code or an action's code where a recommendation
reader could take it for a recommendation of its own.

- A performance system's export ("Code | Title | Status | Progress | Due Date | Assigned To |
  Latest Note") printed a cell at a time: each row's code ("R1", "R1.2") alone on its line over
  its cells ("Overdue" / "30%" / "30-Nov-2025" / a lead). The codes are the plan's, not
  recommendations' labels (extractors.recommendations.plan_code_rows); the recommendations are
  the rows labelled "Recommendation: ...", their words ending where the row's cells begin.
- A tracker that prints its recommendation again on every action's row (the pending zoo's
  Brindlecombe tracker), plain pdftotext setting the action's code ("2a") among the cell's lines: the code is no word of the recommendation,
  it tells its number, and the printings are one recommendation (plan.recommendation_cells,
  plan.unplaced_statements, plan.repeated_recommendations).
"""

from __future__ import annotations

from pathlib import Path

from dhrparse.pipeline import extract

EXPORT = """Brackenholt Community Safety Partnership
Action Plan Report
Plan
Plan description
Code
R1

DHR 2023/07 'Della'
Actions from the review into the death of Della, aged 52, in June 2023.
All codes
bcsp.reports
Status
In Progress

Progress
50%

Due Date

Assigned To

Latest Note

R1.1

Title
Recommendation: Brackenholt Borough Council to make sure
that a tenant who reports abuse is offered a safety visit
within a week.
Write the safety visit procedure for tenancy officers

Completed

100%

31-May-2025

Tenancy Services Manager

R1.2

Train tenancy officers on the safety visit procedure

Overdue

20%

31-Oct-2025

Housing Training Lead

R2

Not Started

0%

R2.1

Recommendation: Brackenholt Integrated Care Board to check
that a patient who discloses abuse is asked again at the
next appointment.
Add a follow up prompt to the practice record

Not Started

0%

31-Mar-2026

Primary Care Safeguarding Lead

R2.2

Audit the prompt in four practices

Not Started

0%

30-Jun-2026

Designated Nurse Adults

Summary: 2 recommendations, 4 actions.
"""


def test_an_exports_codes_are_no_recommendations():
    doc = extract(EXPORT)
    texts = [r.text for r in doc.recommendations]
    assert len(texts) == 2, texts
    assert texts[0].startswith("Brackenholt Borough Council to make sure")
    assert texts[1].startswith("Brackenholt Integrated Care Board to check")
    # the recommendation's words end where its row's cells begin
    assert not any("100%" in t or "31-May-2025" in t for t in texts)
    told = [w.message for w in doc.warnings if w.code == "not_a_recommendation"]
    assert any("R1.2" in m for m in told)


PENDING = Path(__file__).resolve().parent / "zoo" / "pending"
TRACKER = PENDING / "sar_tracker_percent_target_one_line_fire_and_rescue_brindlecombe.txt"
EXPORT_DOC = PENDING / "dhr_plan_performance_export_rec_action_rows_pellerby.txt"


def test_the_pending_export_reads_its_four_recommendations_and_nine_actions():
    doc = extract(EXPORT_DOC)
    assert len(doc.recommendations) == 4, [r.text[:60] for r in doc.recommendations]
    assert len(doc.actions) == 9


def test_a_recommendation_printed_on_each_action_row_is_one():
    doc = extract(TRACKER)
    recs = [(r.ref, r.text) for r in doc.recommendations]
    assert [ref for ref, _ in recs] == ["1", "2", "3", "4"], recs
    assert recs[1][1].startswith("The Board should ask the hospital discharge team to tell")
    assert not any("1a" in text.split() for _, text in recs)


def test_an_exports_action_rows_are_read_from_their_value_cells():
    # (plan.export_rows: each run of state, share, due date and lead, its title the paragraph before)
    doc = extract(EXPORT)
    rows = [(a.ref, a.recommendation_ref, a.action, a.lead, a.status.raw) for a in doc.actions]
    assert rows == [
        (
            "R1.1",
            "R1",
            "Write the safety visit procedure for tenancy officers",
            "Tenancy Services Manager",
            "Completed",
        ),
        (
            "R1.2",
            "R1",
            "Train tenancy officers on the safety visit procedure",
            "Housing Training Lead",
            "Overdue",
        ),
        (
            "R2.1",
            "R2",
            "Add a follow up prompt to the practice record",
            "Primary Care Safeguarding Lead",
            "Not Started",
        ),
        ("R2.2", "R2", "Audit the prompt in four practices", "Designated Nurse Adults", "Not Started"),
    ], rows
    assert [a.target_date.raw for a in doc.actions][:2] == ["31-May-2025", "31-Oct-2025"]
