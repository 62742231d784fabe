"""The status column holds a note that names no state ("Checked at the June audit") and the
date column says the action was done ("Completed May 2024"): the date column's word is the
state, as it is when the status cell is empty. A status cell that names a state keeps it."""

from __future__ import annotations

import dhrparse

HEADER = "Ref\tAction\tLead\tTarget date\tStatus"
ROWS = [
    ("1", "Put a safeguarding prompt on the dental recall letter.", "Dental Lead", "Completed May 2024",
     "Checked at the June audit."),
    ("2", "Give reception staff a card listing local helplines.", "Practice Manager", "Completed May 2024",
     "In progress – cards printed, not yet handed out."),
    ("3", "Review the chaperone policy with the patient group.", "Practice Manager", "30/11/2024",
     "Patient group met in October."),
]  # fmt: skip


def test_a_note_in_the_status_column_leaves_the_state_to_the_date_column():
    text = "Surgery action plan\n\n" + HEADER + "\n" + "\n".join("\t".join(r) for r in ROWS) + "\n"
    doc = dhrparse.extract(text)
    assert [(a.ref, a.status.value) for a in doc.actions] == [
        ("1", "complete"),
        ("2", "in_progress"),
        ("3", "unknown"),
    ]
    assert doc.actions[0].status.judged_from.startswith("target date")
