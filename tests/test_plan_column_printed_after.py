"""A plan table too wide for its page that plain pdftotext (no -layout) printed in two parts:
its first columns a row at a time (ref, learning, action, lead, deadline), then its Evidence and Status
columns whole, each name heading its cells, after the rows. Fictional bodies, our own wording."""

from __future__ import annotations

from dhrparse.pipeline import extract

ROWS = """Brindle Vale Health Board - Safeguarding

Single agency action plan

Ref
BV 1

BV 2

Learning identified
Reception staff did not
notice that the patient
was always accompanied.

Action
Send a short briefing to all
reception teams on seeing a
patient alone.

Responsible
Practice Safeguarding
Lead

Deadline
31/03/2025

Add a prompt to the
appointment template to
record who attended.

Clinical Systems
Manager

30/06/2025

Run a half-day workshop on
coercive control for
practice nurses.

Named Nurse for
Safeguarding

30/09/2025

Status: Complete = evidence seen by the Board; Overdue = past its deadline.

Evidence
Briefing sent to every practice in
March; read receipts held.
Template change is with the supplier.
Workshop booked for the autumn.
"""

STATUS_COLUMN = """
Status
Complete

In progress –
on track

Overdue
"""


def _statuses(text: str) -> list[str | None]:
    doc = extract(text, name="plan.txt")
    return [a.status.raw for a in doc.actions]


def test_a_status_column_printed_whole_after_the_rows_pairs_in_order():
    doc = extract(ROWS + STATUS_COLUMN, name="plan.txt")
    assert [a.action.split()[0] for a in doc.actions] == ["Send", "Add", "Run"]
    assert [a.status.raw for a in doc.actions] == ["Complete", "In progress – on track", "Overdue"]
    # the last row keeps its own lead and deadline, printed before the column
    assert doc.actions[-1].lead == "Named Nurse for Safeguarding"
    assert doc.actions[-1].target_date.raw == "30/09/2025"


def test_a_column_with_fewer_cells_than_rows_gives_no_status():
    short = STATUS_COLUMN.rsplit("\n\n", 1)[0] + "\n"
    assert _statuses(ROWS + short) == [None, None, None]


def test_a_key_to_the_status_words_is_no_rows_status():
    assert _statuses(ROWS)[-1] is None
