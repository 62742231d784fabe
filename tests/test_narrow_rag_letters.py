"""A narrower board plan whose RAG column prints the colour's letter alone ("G", "A", "R"), in
text taken out a printed line at a time with each table line's cells joined (corpus text,
plan.narrow_rows): "No. | Action | Owner | Deadline | RAG | Commentary".

A lone "A" is amber, not the article: a row whose RAG cell is "A" is no row broken off on a
joining word, so the table still ends at the report's sentence after it; and a letter alone is
the RAG column's cell when the rows' first lines are cut."""

from __future__ import annotations

from joined_text import printed_row

import dhrparse
from dhrparse.plan.narrow_cuts import broken_off
from dhrparse.vocab.type_widths import Face

FACE = Face("calibri")
ROOMS = [1.6, 21.0, 12.0, 5.2, 2.2, 17.0]  # No. | Action | Owner | Deadline | RAG | Commentary, in ems
HEADER = "No. Action Owner Deadline RAG Commentary"
ROWS = [
    [
        "1",
        "Review the referral form with the two hospital discharge teams",
        "Head of Adult Safeguarding",
        "31/05/2025",
        "G",
        "Form agreed at the May meeting.",
    ],
    [
        "2",
        "Train duty workers to ask about carers at every first contact",
        "Principal Social Worker",
        "30/09/2025",
        "A",
        "Two of five teams trained so far.",
    ],
    [
        "3",
        "Audit fifteen closed enquiries for the adult's own words",
        "Quality Assurance Lead",
        "31/12/2025",
        "R",
        "Not begun; audit tool still in draft.",
    ],
    [
        "4",
        "Add the escalation route to the Board's website",
        "Board Business Manager",
        "30/06/2025",
        "G",
        "Page published in June.",
    ],
    [
        "5",
        "Report the audit findings to the performance group of the Board",
        "Head of Quality",
        "31/01/2026",
        "A",
        "On the group's January agenda.",
    ],
]


def _printed() -> str:
    lines = ["Thistlemere Safeguarding Adults Board", "Action plan", HEADER]
    for row in ROWS:
        lines += printed_row(row, ROOMS, FACE)
    lines.append("The performance group checks this plan at every meeting until each action is done.")
    return "".join(f"{line} \n\n" for line in lines)


def test_a_lone_amber_letter_closes_no_row_broken_off():
    class Row:
        def __init__(self, *cells):
            self.parts = [[c.split() for c in cells]]

    assert not broken_off([Row("5", "Report it.", "Head of Quality", "31/01/2026", "A", "On the agenda.")])
    assert broken_off([Row("5", "Report it to a", "Head of Quality", "31/01/2026", "G", "On the agenda.")])


def test_a_board_plan_of_rag_letters_gives_every_row_with_its_status():
    doc = dhrparse.extract(_printed(), name="thistlemere_plan.corpus.txt")
    got = [(a.ref, a.lead, a.target_date.raw if a.target_date else None) for a in doc.actions]
    assert got == [(row[0], row[2], row[3]) for row in ROWS]
    assert [a.status.value if a.status else None for a in doc.actions] == [
        "complete",
        "in_progress",
        "not_started",
        "complete",
        "in_progress",
    ]
    assert [a.action for a in doc.actions] == [row[1] for row in ROWS]
