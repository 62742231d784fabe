"""sab_tracker_wrapped_leads_one_block_ostrey: a SAB's SAR progress tracker, landscape, 8 pt, the
table Rec | Recommendation | Ref | Action | Lead | Target date | Progress update | RAG with each
recommendation's number and text merged down over its lettered actions, a RAG key above. Its
second recommendation's two actions have long leads wrapped over two and three lines in the
narrow Lead column, standing close, so plain pdftotext prints them as one block after the two
actions, before the next row's ref; the later rows' leads print after their ratings.

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_sab_tracker_wrapped_leads_one_block_ostrey.py [DIR]
    soffice --headless --convert-to pdf DIR/<stem>.docx; pdftotext <stem>.pdf
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))  # tests/: docx_build

from docx_build import (
    add_row,
    docx_saver,
    heading,
    make_table,
    merge_down,
    new_doc,
    para,
    set_text,
    set_widths,
    shade,
)

STEM = "sab_tracker_wrapped_leads_one_block_ostrey"
FILLS = {"B": "9DC3E6", "G": "A9D08E", "A": "FFD966", "R": "F4B084"}
RECS = [
    (
        "R1",
        "The Board should check that home care providers report every missed visit to the person's "
        "care coordinator on the same day.",
        [
            (
                "1a",
                "Write a missed-visit reporting standard for all contracted providers.",
                "Contracts Lead",
                "April 2025",
                "Standard issued to all nineteen providers in April; two providers asked for more time to change their rota systems and were given until June.",
                "B",
            ),
            (
                "1b",
                "Sample fifty missed visits and check the reports reached the coordinator.",
                "Quality Subgroup chair",
                "Sept 2025",
                "Sample chosen with the contracts team; the first twenty reports have been checked and all but three reached the coordinator on the day.",
                "G",
            ),
        ],
    ),
    (
        "R2",
        "Ostrey Borough Council Adult Social Care should make sure that a carer who says they can no "
        "longer cope is offered an urgent review of the cared-for person's support.",
        [
            (
                "2a",
                "Add an urgent review route to the carers' assessment form.",
                "Head of Carers' Services, Ostrey Borough Council",
                "30/06/2025",
                "Form redrafted; awaiting sign-off by the practice board.",
                "A",
            ),
            (
                "2b",
                "Train the contact centre to pass such calls to the duty team at once.",
                "Contact Centre Operations Manager",
                "31/10/2025",
                "Training not yet booked.",
                "R",
            ),
        ],
    ),
    (
        "R3",
        "Ostrey and Hallowmere Integrated Care Board should ask GP practices to note when a patient's "
        "carer has asked for help.",
        [
            (
                "3a",
                "Agree a carer's request code with the practices' system leads.",
                "ICB Named GP for Adult Safeguarding",
                "Jan 2026",
                "Code agreed in principle at the primary care forum on 4 November; practices are to start using it once the system update is installed in the new year.",
                "G",
            ),
        ],
    ),
    (
        "R4",
        "The Board should write to the Department of Health and Social Care about respite funding for "
        "carers of people with advanced dementia.",
        [
            (
                "4a",
                "Independent Chair to write to the Department.",
                "SAB Independent Chair",
                "Within two months of publication",
                "Letter sent in March; a reply from the Department's adult social care team arrived in May and was shared with the Board at its June meeting.",
                "B",
            ),
        ],
    ),
]


def build(save) -> None:
    doc = new_doc(landscape=True, font="Arial", size=10)
    heading(doc, "Ostrey Safeguarding Adults Board", 0)
    para(doc, "Safeguarding Adults Review: 'Wilfred' (SAR OSAB 2024-01)", bold=True, size=13)
    para(doc, "Action plan progress tracker - position at 30 November 2025", bold=True, size=12)
    para(
        doc,
        "The Board's Review Subgroup reads this tracker every two months. Each partner updates its own rows.",
    )
    para(doc, "RAG key", bold=True)
    key = doc.add_table(rows=4, cols=2)
    key.style = "Table Grid"
    meanings = [
        ("B", "Blue - complete and evidence of impact seen"),
        ("G", "Green - on track"),
        ("A", "Amber - behind schedule"),
        ("R", "Red - not started"),
    ]
    for row, (mark, meaning) in zip(key.rows, meanings):
        set_text(row.cells[0], mark, bold=True)
        shade(row.cells[0], FILLS[mark])
        set_text(row.cells[1], meaning)
    set_widths(key, [1.2, 11])
    para(doc, "")
    headers = ["Rec", "Recommendation", "Ref", "Action", "Lead", "Target date", "Progress update", "RAG"]
    widths = [1.0, 5.0, 1.1, 4.8, 3.0, 2.2, 6.0, 1.3]
    t = make_table(doc, headers, widths, header_fill="BDD7EE", size=8)
    for number, text, actions in RECS:
        start = len(t.rows)
        for ref, action, lead, due, update, rag in actions:
            add_row(
                t, [number, text, ref, action, lead, due, update, rag], widths, size=8, fills={7: FILLS[rag]}
            )
        merge_down(t, 0, start, len(t.rows) - 1, size=8)
        merge_down(t, 1, start, len(t.rows) - 1, size=8)
    save(doc, STEM)


if __name__ == "__main__":
    build(docx_saver(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE))
