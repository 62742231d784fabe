"""A status column holding a sentence that names no state word ("Prompt requested from the
records supplier – awaiting.", "Letter will go out with the published report."): when no other
cell of the row says the state, the sentence itself is judged, and `judged_from` names the
status cell. Work reported and a reply waited on is under way; a cell saying only what will
happen is not started; a note that says neither stays unknown."""

from __future__ import annotations

import dhrparse

HEADER = "Ref\tAction\tLead\tTarget date\tStatus"
ROWS = [
    ("1", "Add a domestic abuse prompt to the dental record.", "Dental Lead", "March 2025",
     "Prompt requested from the records supplier – awaiting."),
    ("2", "Write to the regulator about the learning from this review.", "Partnership Chair", "On publication",
     "Letter will go out with the published report."),
    ("3", "Brief the out-of-hours team on the referral route.", "Service Manager", "June 2025",
     "To be raised at the next team meeting."),
    ("4", "Review the chaperone policy with the patient group.", "Practice Manager", "30/11/2024",
     "Patient group met in October."),
]  # fmt: skip


def _doc():
    text = "Surgery action plan\n\n" + HEADER + "\n" + "\n".join("\t".join(r) for r in ROWS) + "\n"
    return dhrparse.extract(text)


def test_a_sentence_in_the_status_column_is_judged_when_nothing_else_says_the_state():
    doc = _doc()
    assert [(a.ref, a.status.value) for a in doc.actions] == [
        ("1", "in_progress"),
        ("2", "not_started"),
        ("3", "not_started"),
        ("4", "unknown"),
    ]


def test_the_status_cell_is_named_as_the_text_judged():
    doc = _doc()
    first = doc.actions[0].status
    assert first.raw == "Prompt requested from the records supplier – awaiting."
    assert first.judged_from.startswith("status: Prompt requested")
