"""A safeguarding adults board's plain plan as corpus text prints it (each table line's cells
joined by single spaces, a blank line after every printed line): "Rec | What the Board will do
| Lead | By | Status", the recommendation's number printed again on each of its actions' rows,
statuses "Done / Doing / To do", a sentence after the table and the page's running foot under
it. Fictional board, people and places (tests of plan.narrow_rows)."""

from __future__ import annotations

from joined_text import printed_row

from dhrparse.vocab.type_widths import Face

FACE = Face("arial")
ROOMS = [2.0, 17.0, 8.5, 5.0, 3.2]  # Rec | What the Board will do | Lead | By | Status, in ems
HEADER = "Rec What the Board will do Lead By Status"
ROWS = [
    [
        "1",
        "Write a two-page note on hoarding for housing support workers.",
        "Board Business Manager",
        "April 2025",
        "Done",
    ],
    [
        "1",
        "Hold two workshops on hoarding for fire safety visit teams.",
        "Designated Nurse, Adults",
        "October 2025",
        "Doing",
    ],
    [
        "2",
        "Agree a checklist for call handlers taking reports about an adult who may be at risk.",
        "Head of Adult Social Care",
        "July 2025",
        "Done",
    ],
    [
        "2",
        "Check a sample of welfare calls once the checklist has been used for six months.",
        "Principal Social Worker",
        "February 2026",
        "To do",
    ],
    [
        "3",
        "Hold a learning event for partner agencies on the review's findings.",
        "Board Independent Chair",
        "November 2025",
        "Doing",
    ],
    # (the action's first line ends "to the Board's": a possessive, no lead's name opening there)
    [
        "3",
        "Report on this plan to the Board's annual meeting.",
        "Board Business Manager",
        "May 2026",
        "To do",
    ],
]
STATES = ["complete", "in_progress", "complete", "not_started", "in_progress", "not_started"]
AFTER = "Questions about this plan go to the Board's business unit by email or telephone."
FOOT = "Safeguarding Adults Review: Mr Tolland • Summary • Page 2"


def printed(header: str = HEADER, foot: bool = True) -> str:
    lines = ["Farrowdale Safeguarding Adults Board", "The Board's plan", header]
    for row in ROWS:
        lines += printed_row(row, ROOMS, FACE)
    lines.append(AFTER)
    if foot:
        lines.append(FOOT)
    return "".join(f"{line} \n\n" for line in lines)


def read(text: str) -> list[tuple]:
    """(action, lead, target date as printed, state) of each action read."""
    import dhrparse

    doc = dhrparse.extract(text, name="farrowdale_plan.corpus.txt")
    return [
        (a.action, a.lead, a.target_date.raw if a.target_date else None, a.status.value if a.status else None)
        for a in doc.actions
    ]


def expected() -> list[tuple]:
    return [(row[1], row[2], row[3], state) for row, state in zip(ROWS, STATES)]
