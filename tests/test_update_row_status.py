"""A plan whose every action has a full-width update row under it, "Update, <month year>: <what
happened>. Status: <state>.", printed by plain pdftotext a line at a time: the row reader keeps the
update inside the action or lead cell, and the row's state is read from it (plan.row_cells'
cell updates), the label dated before its colon as "Progress, May 2025:" is, and the update ending
at its own "Status: ..." sentence, so a count line under the table ("6 actions; 2 complete.")
never states a row's state."""

from __future__ import annotations

import dhrparse
from dhrparse.patterns import load_patterns
from dhrparse.plan.row_cells import update_in_cell

P = load_patterns()

# A stand-alone CSP plan as a Word table (Ref | Action required | Lead officer | By) with a
# recommendation band "Rec N" over its actions and a grey update row under each action,
# exported to PDF and read by plain pdftotext: the band's first cell prints inside the header.
PLAN = """\
Garrowby Community Safety Partnership
Domestic Homicide Review into the death of Ellen - action plan
Reading this plan: each action has its own number and the shaded line under it is the latest
update from the lead officer.
Ref
Rec
1

Action required
Lead officer
By
Garrowby Community Safety Partnership should make sure that pharmacies know how to raise a
concern about a customer who may be harmed at home.
1.1
Send a one-page guide on raising a concern
Partnership Manager
Oct 2025
to every community pharmacy.
Update, January 2026: Guide sent to all nineteen pharmacies. Status: Complete.
1.2
Run a short online session for pharmacy
Pharmacy Network
Feb 2026
counter staff.
Lead
Update, January 2026: Session booked for February. Status: In progress.
Housing officers should ask a tenant alone about their safety at the annual visit.
Rec
2
2.1
Add a private question to the annual
Tenancy Services
Mar 2026
tenancy visit form.
Manager
Update, January 2026: Form change requested. Status: In progress.
2.2
Check twenty visit forms for the new
Housing Quality
June 2026
question after three months.
Officer
Update, January 2026: Waiting for the form change. Status: Not started.
4 actions; 1 complete.
"""


def test_each_row_reads_its_state_from_its_update_row():
    doc = dhrparse.extract(PLAN)
    # (the count line under the table is read as a row "4" of its own, a separate miss)
    states = [(a.action.split()[0], a.status.value) for a in doc.actions if "." in (a.ref or "")]
    assert states == [
        ("Send", "complete"),
        ("Run", "in_progress"),
        ("Add", "in_progress"),
        ("Check", "not_started"),
    ]


def test_an_update_in_a_cell_ends_at_its_stated_state():
    text = "Update, January 2026: Waiting for the form change. Status: Not started. 4 actions; 1 complete."
    assert (
        update_in_cell(text, P) == "Update, January 2026: Waiting for the form change. Status: Not started."
    )
    assert (
        update_in_cell("Update: form agreed; in use from May.", P) == "Update: form agreed; in use from May."
    )
