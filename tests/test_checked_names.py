"""A plan table plain pdftotext printed a column at a time under names too common to name a
column everywhere ("What will be done", "Who"): read by what the cells under them hold
(plan.checked_names); the same names over cells of another shape name nothing."""

import dhrparse

PLAN = """Ashcombe Safeguarding Children Partnership
Child Safeguarding Practice Review: Kit

1. Recommendations
1.

Schools should tell the allocated social worker the same day when a pupil on a plan is absent.
2.

The health visiting service should check on every family that moves into the area.

2. Partnership plan
Rec
1
1
2

What will be done
Send a same-day absence notice to the social worker
from every school
Add the notice to the schools' safeguarding audit
Visit every family new to the area within a month
of their arrival

Who
Attendance Lead
Schools Safeguarding Officer
Health Visiting Manager

By
March 2026
June 2026
April 2026

Progress
In progress
Complete
Not started
"""


def test_a_plan_under_checked_names_reads_its_actions():
    doc = dhrparse.extract(PLAN)
    actions = [a.action for a in doc.actions]
    assert actions == [
        "Send a same-day absence notice to the social worker from every school",
        "Add the notice to the schools' safeguarding audit",
        "Visit every family new to the area within a month of their arrival",
    ]
    assert [a.status.value for a in doc.actions] == ["in_progress", "complete", "not_started"]


def test_the_names_over_other_cells_name_no_column():
    # a question and an answer, not a column: "Who" over a sentence
    text = PLAN.replace("Who\nAttendance Lead", "Who\nEvery school will be told by the end of term.")
    text = text.replace("What will be done\nSend", "What will be done\n12 March 2026 Send")
    assert not any(a.action.startswith("Send") for a in dhrparse.extract(text).actions)
