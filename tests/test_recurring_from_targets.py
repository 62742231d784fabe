"""A target cell that names a recurring time before its first date ("Quarterly" / "from Q2" /
"2024/25", "Six-monthly from April 2025") is the row's target: the row printed after its action
cell then reads whole, its lead and status with it (plan.row_runs._is_target, plain pdftotext
of a plan printed row after row).
"""

from __future__ import annotations

from dhrparse.pipeline import extract

# a CSP's DHR overview report with its plan in an appendix, as plain pdftotext prints a Word table
# whose rows print their cells one after another, the recommendation merged down over its actions
PLAN = """DOMESTIC HOMICIDE REVIEW
Overview Report
The death of 'Rhian'

Tollbridge Community Safety Partnership

Page 1 of 3

\fTollbridge Community Safety Partnership – DHR Rhian – Overview Report

8. Recommendations

The panel makes three recommendations, set out with their actions in Appendix 1.

Tollbridge Community Safety Partnership

Page 2 of 3

\fTollbridge Community Safety Partnership – DHR Rhian – Overview Report

Appendix 1: Action plan
Status: Completed – done and evidenced; Underway – started; Not started.
No.

Recommendation

Action

Lead

Target date

Status

1

Tollbridge Police should check both
parties' history before grading a
domestic abuse risk assessment.

Change the attendance guidance to
require a history check before grading.

Head of Public
Protection

31/03/2024

Completed

Dip-sample thirty graded risk
assessments and report the findings to
the force safeguarding board.

Head of Public
Protection

Quarterly
from Q2
2024/25

Underway

2

Tollbridge Integrated Care Board
should make sure that GP practices
record disclosures of controlling
behaviour.

Circulate a learning brief to every
GP practice.

Named GP for
Safeguarding

30/09/2024

Completed

Check how ten practices record
disclosures.

Designated Nurse

Six-monthly from
April 2025

Not started

3

The Home Office should consider this
review's learning on workplace
disclosure.

Write to the Home Office setting out
the learning from this review.

CSP Manager

31/01/2025

Underway

Tollbridge Community Safety Partnership

Page 3 of 3
\f"""

WANT = [
    ("Change the attendance", "Head of Public Protection", "complete"),
    ("Dip-sample thirty", "Head of Public Protection", "in_progress"),
    ("Circulate a learning", "Named GP for Safeguarding", "complete"),
    ("Check how ten", "Designated Nurse", "not_started"),
    ("Write to the Home Office", "CSP Manager", "in_progress"),
]


def test_a_recurring_target_before_its_date_reads_its_row(tmp_path):
    path = tmp_path / "tollbridge_plan.txt"
    path.write_text(PLAN, encoding="utf-8")
    doc = extract(path)
    got = [(a.action[:24], a.lead, a.status.value if a.status else None) for a in doc.actions]
    for opening, lead, status in WANT:
        row = next((g for g in got if g[0].startswith(opening)), None)
        assert row is not None, (opening, got)
        assert row[1:] == (lead, status), (opening, row)
    starts = {a.action[:12]: a.target_date.start if a.target_date else None for a in doc.actions}
    assert starts["Dip-sample t"] == "2024-07"
    assert starts["Check how te"] == "2025-04"
