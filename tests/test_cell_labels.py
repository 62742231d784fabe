"""A plan of three columns, Recommendation | What we will do | Progress, whose middle cell holds
one action's number, its words, a "Lead:" line and a "By:" line: each row an action of its own
(its number after the row above's), its lead and date read from the labelled lines."""

from __future__ import annotations

from docx_build import paragraphs_and_table

import dhrparse
from dhrparse.patterns import load_patterns
from dhrparse.plan.cell_labels import split_cell_labels

P = load_patterns()
HEADER = ["Recommendation", "What we will do", "Progress"]
ROWS = [
    ["1. The CSP should make sure staff recognise economic abuse.",
     "1a\nAdd economic abuse to the core training.\nLead: CSP Training Coordinator\nBy: October 2025",
     "Complete – in the course since September."],
    ["",
     "1b\nPublish a guide on economic abuse for housing staff.\nLead: Head of Housing Options\nBy: December 2025",
     "In progress – draft with the charity."],
    ["2. GP practices should ask about abuse when a patient reports low mood.",
     "2a\nAdd an enquiry prompt to the GP template.\nLead: Primary Care Network Lead\nBy: January 2026",
     "Not started"],
]  # fmt: skip


def test_each_numbered_action_cell_is_a_row_with_its_labelled_lead_and_date():
    data = paragraphs_and_table(["Action plan"], HEADER, ROWS)
    actions = dhrparse.extract(data, name="plan.docx").actions
    assert [a.ref for a in actions] == ["1(a)", "1(b)", "2(a)"]
    assert [a.action for a in actions] == [
        "Add economic abuse to the core training.",
        "Publish a guide on economic abuse for housing staff.",
        "Add an enquiry prompt to the GP template.",
    ]
    assert [a.lead for a in actions] == [
        "CSP Training Coordinator",
        "Head of Housing Options",
        "Primary Care Network Lead",
    ]
    assert [a.target_date.start for a in actions] == ["2025-10", "2025-12", "2026-01"]


def test_labels_split_only_where_the_table_has_no_such_column():
    cells = {"action": "Audit the files. Lead: Named Nurse By: March 2026"}
    assert split_cell_labels(cells, ["action", "status"], P) == {
        "action": "Audit the files.",
        "lead": "Named Nurse",
        "target_date": "March 2026",
    }
    assert split_cell_labels(cells, ["action", "lead", "status"], P) == cells


def test_a_sentence_naming_a_lead_is_no_label():
    cells = {"action": "Ask the named lead to audit the files by March 2026."}
    assert split_cell_labels(cells, ["action", "status"], P) == cells
