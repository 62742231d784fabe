"""A progress cell holding nothing but a colour ("Red") while the row's status cell is empty:
the colour is the row's rating, printed under the wrong column (a row carried over a page
printed its last cell one column early). It is read through the plan's key, and `judged_from`
names the progress cell. A colour inside the prose of a progress cell is no rating."""

from __future__ import annotations

import dhrparse

HEADER = "Ref\tAction\tLead\tProgress\tRAG"
ROWS = [
    ("1", "Add a safety question to the repeat prescription form.", "Clinical Lead",
     "Question drafted and agreed with the patient group.", "Amber"),
    ("2", "Brief reception staff on the helpline card.", "Practice Manager",
     "All reception staff briefed in June.", "Green"),
    ("3", "Review the chaperone policy with the patient group.", "Practice Manager", "Red", ""),
    ("4", "Audit ten records for the safety question.", "Clinical Lead",
     "Audit tool agreed; the green folder holds the sample list.", ""),
]  # fmt: skip
KEY = "Key: Red – not started; Amber – in progress; Green – complete."


def test_a_colour_alone_in_the_progress_cell_rates_the_row():
    text = (
        "Surgery action plan\n\n"
        + HEADER
        + "\n"
        + "\n".join("\t".join(r) for r in ROWS)
        + "\n\n"
        + KEY
        + "\n"
    )
    doc = dhrparse.extract(text)
    assert [(a.ref, a.status.value, a.status.rag) for a in doc.actions] == [
        ("1", "in_progress", "amber"),
        ("2", "complete", "green"),
        ("3", "not_started", "red"),
        ("4", "unknown", None),
    ]
    assert doc.actions[2].status.judged_from == "progress: Red"
