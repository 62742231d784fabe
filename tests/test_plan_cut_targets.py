"""A plan printed row after row by plain pdftotext (plan.row_runs) whose narrow Timescale column
wrapped a target cell, the date's line printed apart from the words before it: the row keeps
"By end of" or "Monthly from" (or a month without its year, "October") where its target stands,
and that cut cell still takes the target's place, so the row's status after it is read.
"""

from __future__ import annotations

import textwrap

from dhrparse.pipeline import extract

# (recommendation, action, lead, target cell as printed in the row, status cell, status)
ROWS = [
    (
        "Ashcombe Maternity Services should ask about every adult in the household at booking.",
        "Add household questions to the booking template",
        "Head of Midwifery",
        "31/08/2025",
        "Complete",
        "complete",
    ),
    (
        "Ashcombe Health Visiting should record when the mother could not be seen alone.",
        "Audit forty records for the new question",
        "Named Nurse for Safeguarding",
        "By end of",
        "On track",
        "in_progress",
    ),
    (
        "Ashcombe Maternity Services should give the coping with crying message to both parents.",
        "Build the message into the discharge checklist",
        "Ward Manager",
        "October",
        "Complete",
        "complete",
    ),
    (
        "The Ashcombe Partnership should report on discharges where the message was recorded.",
        "Report on the number of discharges with the message recorded",
        "Partnership Business Manager",
        "Monthly from",
        "Not started",
        "not_started",
    ),
]


def render(rows) -> str:
    lines = ["Ashcombe Safeguarding Children Partnership", "", "Appendix A: Action plan", ""]
    for name in ("No.", "Recommendation", "Scope", "Action to take", "Lead agency", "Target date", "Status"):
        lines += [name, ""]
    for k, (rec, action, lead, target, status, _) in enumerate(rows, 1):
        lines += [str(k), ""]
        for text, width in ((rec, 34), ("Local", 10), (action, 28), (lead, 18), (target, 12), (status, 12)):
            lines += [*textwrap.wrap(text, width), ""]
    # the cut targets' dates, printed after the table's last row
    lines += ["March 2026", "", "2025", "", "November 2025", ""]
    lines += ["Appendix B: Glossary", "ICON – a programme about infant crying.", ""]
    return "\n".join(lines) + "\n"


def test_a_cut_target_cell_keeps_the_rows_status():
    doc = extract(render(ROWS), name="plan.txt")
    assert len(doc.actions) == len(ROWS)
    for got, (_, action, lead, _, _, status) in zip(doc.actions, ROWS):
        assert got.action.startswith(action[:25])
        assert got.lead == lead
        assert got.status.value == status
