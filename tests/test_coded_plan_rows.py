"""A plan printed row after row whose rows a code opens ("ASC-02", the agency's code), each
row's action a noun phrase ("Briefing for all duty social workers on ...") as often as an
instruction: the code opens its row, so the cell after it is the row's action and the owner,
due date and status printed after that are its values (plan.row_runs._runs). An owner naming a
scope word ("Partnership Lead") is the row's lead, not a merged Scope cell
(plan.block_words.is_scope). Plain pdftotext of a Word table.
"""

from __future__ import annotations

from pathlib import Path

from dhrparse.pipeline import extract

# a SAB's executive summary with its improvement plan in an appendix, plain pdftotext printing
# each row's cells one after another: code, action, owner, due, status
PLAN = """SAFEGUARDING ADULTS REVIEW
Executive Summary
'Maureen'

Penhallow Safeguarding Adults Board

Page 1 of 3

\fPenhallow Safeguarding Adults Board – SAR Maureen – Executive Summary

5. Recommendations

Each recommendation carries the code of the agency that owns it. The Board's
partnership lead reports on the joint ones.

Page 2 of 3

\fPenhallow Safeguarding Adults Board – SAR Maureen – Executive Summary

Appendix 2 – Improvement plan
The Board agreed this plan in March 2026. Owners report progress to the
quality group each quarter. Status: Open or Closed.
Code

Action

Owner

Due

Status

JT-01

Set up a shared list of adults
who refuse care at home

Partnership
Lead

Apr
2026

Closed

ASC-02

Briefing for all duty social
workers on self-neglect

Principal Social
Worker

May
2026

Closed

HSG-01

Welfare check record amended to
show who answered the door

Tenancy
Services Manager

Jul
2026

Open

ASC-01

Add a question on refused visits to
the care review template and audit
its use after six months

Head of Adult
Safeguarding

Oct
2026

Open

Penhallow SAB | Page 3
"""

PENDING = Path(__file__).parent / "zoo" / "pending"


def _actions(text: str, name: str):
    return extract(text, name=name).actions


def test_coded_rows_read_whole():
    actions = _actions(PLAN, "coded_plan.txt")
    got = [(a.action.split()[0], a.lead, a.status.value) for a in actions]
    assert got == [
        ("Set", "Partnership Lead", "complete"),
        ("Briefing", "Principal Social Worker", "complete"),
        ("Welfare", "Tenancy Services Manager", "in_progress"),
        ("Add", "Head of Adult Safeguarding", "in_progress"),
    ]


def test_codes_printed_late_open_no_row():
    # rows' codes printed one after another under the table, a running head after them: no
    # action is read from the running head
    text = (PENDING / "plan_header_number_names_wrapped.txt").read_text(encoding="utf-8")
    actions = _actions(text, "plan_header_number_names_wrapped.txt")
    assert len(actions) == 5
    assert not any("Safeguarding Adults Board" in a.action for a in actions)
