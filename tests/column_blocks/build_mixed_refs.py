"""Build `s13mixed_refs_tracker_plain`: a DHR action plan tracker in a real Word table (Rec No. |
Recommendation | Action | Lead officer | Target date | RAG status | Progress update), the
recommendation cell merged down over its actions, exported to PDF by LibreOffice and then to
text by plain `pdftotext` (no -layout), which prints the table as column blocks.

The ref column mixes the actions' own codes ("1a", "1b") with a recommendation's bare number
("2") where it has one action, and the lines holding a bare number alone are what cleaning
takes for page numbers. The status column holds a bare RAG word beside each target date, and
the header names the target date before the action cells and the RAG column after them. Each
lead names a role and its body ("Practice Educator, Ellerhaven Health Trust"), wrapped after
the comma in the narrow column.

All people, places and bodies are fictional; the wording is our own.

    python tests/column_blocks/build_mixed_refs.py      # writes .docx, .pdf and .txt beside it
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from docx_build import add_row, heading, make_table, merge_down, new_doc, para  # noqa: E402
from office_export import save_rendered  # noqa: E402

HEADERS = [
    "Rec No.",
    "Recommendation",
    "Action",
    "Lead officer",
    "Target date",
    "RAG status",
    "Progress update",
]
WIDTHS = [1.4, 5.2, 5.0, 3.0, 2.2, 1.6, 5.0]

# (recommendation, [(ref, action, lead, target, rag, progress)])
PLAN = [
    (
        "Corrowby Safer Communities Board should make sure that every agency offers a "
        "private conversation to a victim who attends with a relative.",
        [
            (
                "1a",
                "Write a short guide for front desks on seeing callers alone.",
                "Board Manager, Corrowby Safer Communities Board",
                "31/05/2024",
                "Blue",
                "Guide sent to all partners in May.",
            ),
            (
                "1b",
                "Add a prompt for a private conversation to the shared referral form.",
                "Systems Lead, Corrowby Council",
                "30/09/2024",
                "Green",
                "Prompt built; training on it runs in October.",
            ),
        ],
    ),
    (
        "Corrowby Police should review how response officers record who spoke for the victim "
        "at each domestic incident.",
        [
            (
                "2",
                "Audit twenty incident logs for the name of whoever spoke for the victim.",
                "Detective Inspector, Corrowby Police",
                "Nov 2024",
                "Red",
                "Not yet started; the sample will be drawn in the autumn.",
            ),
        ],
    ),
    (
        "Ellerhaven Health Trust should ask every patient about domestic abuse at a first "
        "appointment when the patient is seen alone.",
        [
            (
                "3a",
                "Co-design the enquiry questions with the local survivors' forum.",
                "Named Nurse, Ellerhaven Health Trust",
                "31/03/2024",
                "Blue",
                "Questions agreed with the forum in March.",
            ),
            (
                "3b",
                "Train outpatient nurses to use the questions.",
                "Practice Educator, Ellerhaven Health Trust",
                "Jan 2025",
                "Amber",
                "Half of the nurses trained; the rest wait for cover.",
            ),
        ],
    ),
    (
        "Corrowby Safer Communities Board should write to the Home Office asking for "
        "guidance on reviews where the family lives abroad.",
        [
            (
                "4",
                "Chair to write to the Home Office on behalf of the Board.",
                "Chair, Corrowby Safer Communities Board",
                "29/02/2024",
                "Blue",
                "Letter sent; a reply came in April.",
            ),
        ],
    ),
]


def build(folder: Path) -> Path:
    doc = new_doc(landscape=True)
    heading(doc, "Corrowby Safer Communities Board - DHR 'Anwen' - action plan tracker", level=1)
    para(doc, "RAG key: Blue - complete; Green - on track; Amber - behind but moving; Red - not begun.")
    t = make_table(doc, HEADERS, WIDTHS)
    row = 1
    for rec, actions in PLAN:
        first = row
        for k, (ref, action, lead, target, rag, progress) in enumerate(actions):
            add_row(t, [ref, rec if k == 0 else "", action, lead, target, rag, progress], WIDTHS)
            row += 1
        merge_down(t, 1, first, row - 1)
    para(doc, "Next report to the Board: 30 April 2025.")
    return save_rendered(doc, folder, "s13mixed_refs_tracker_plain")


if __name__ == "__main__":
    build(HERE)
