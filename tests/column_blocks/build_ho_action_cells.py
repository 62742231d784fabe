"""Build `ho_action_cells_rag`: a DHR action plan in the Home Office template whose
recommendation rows each hold ONE action cell of several paragraphs (one action a paragraph)
beside one lead, one target date, one outcome and one "Completion Date / RAG" cell, as a Word
table exported to PDF by LibreOffice and to text by plain `pdftotext` (no -layout).

Plain pdftotext prints such a table as column blocks, a row's action paragraphs first, then
its band (lead, date, outcome, completion), and it shows the printing orders the text route
has to read (tests/test_plan_ho_action_cells.py):

- a completion cell that sets its date under its word ("Completed" / "08/12/2023") prints as
  one block: one status with its day, not two target dates;
- a tall rating with its reason ("Red - ...") prints after the next row's shorter cells, its
  own row's band left without a status, so the next band holds two statuses in column order;
- "Green 30/04/2024": a rating with the day it turned green is a status, not a target;
- a page that holds one row prints its band under the header, before the row's actions.

The first column holds the numbers and has no name. All people, places and bodies are
fictional; the wording is our own.

    python tests/column_blocks/build_ho_action_cells.py     # writes .docx, .pdf and .txt beside it
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx.shared import Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "zoo"))
sys.path.insert(0, str(HERE.parent))  # tests/, for the shared export steps

from office_export import save_rendered  # noqa: E402
from plan_merged_build import new_document, row, table  # noqa: E402

STEM = "ho_action_cells_rag"
HEADERS = [
    "",
    "Recommendation",
    "Scope of recommendation",
    "Action to take",
    "Lead Agency",
    "Target Date",
    "Outcome",
    "Completion Date / RAG",
]
WIDTHS = [0.9, 4.6, 2.0, 6.4, 2.6, 2.3, 4.0, 2.9]

# (number, recommendation, scope, action paragraphs, lead, target, outcome, completion)
ROWS = [
    (
        "1",
        "Hollowmead Community Safety Partnership should make sure that every school in the "
        "borough is told the next morning when police attend a domestic abuse incident at a "
        "pupil's home.",
        "Local",
        [
            "Agree a next-morning notification protocol with the police and head teachers.",
            "Name a lead teacher in every school to receive the notifications.",
        ],
        "Hollowmead Community Safety Partnership",
        "31/01/2024",
        "Schools can support a child on the morning after an incident.",
        "Completed\n16/01/2024",
    ),
    (
        "2",
        "Hollowmead Adult Social Care should make sure that a carer's assessment asks whether "
        "the carer feels safe with the person they look after.",
        "Local",
        [
            "Add a question on the carer's own safety to the assessment form.",
            "Try the revised form with the carers' forum before it goes live.",
        ],
        "Hollowmead Adult Social Care",
        "30/04/2024",
        "Carers who are being harmed are noticed and offered help.",
        "Red \u2013 form change held back by the move to the new case recording system",
    ),
    (
        "3",
        "The Partnership should ask the county's other partnerships to agree one approach to "
        "domestic abuse advice for employers.",
        "Regional",
        [
            "Present the review's findings to the county partnerships' forum.",
            "Agree with the other partnerships who will write a shared employers' guide.",
        ],
        "Hollowmead Community Safety Partnership",
        "31/10/2024",
        "Employers across the county have one source of advice.",
        "Amber",
    ),
    (
        "4",
        "Hollowmead Women's Aid should make sure that, when a victim cannot be reached, the "
        "referrer is told and another way of making contact is agreed.",
        "Local",
        [
            "Revise the unable-to-contact procedure to include a call back to the referrer.",
            "Record the agreed second way of contact on the case file.",
            "Report each month to the service's board on cases closed without contact.",
        ],
        "Hollowmead Women's Aid",
        "31/05/2024",
        "Every referrer hears back before a case ends.",
        "Green 30/04/2024",
    ),
    (
        "5",
        "The Home Office should consider whether the statutory guidance should say more about "
        "involving a victim's employer in a review.",
        "National",
        [
            "Write to the Home Office review team setting out the panel's reasons.",
            "Record the Home Office reply in the Partnership's annual report.",
        ],
        "Hollowmead Community Safety Partnership",
        "31/01/2024",
        "The guidance is considered in the light of this review.",
        "Completed\nLetter sent to the Home Office",
    ),
]


def build(folder: Path = HERE) -> Path:
    doc = new_document("Hollowmead Community Safety Partnership - DHR 'Nell'")
    doc.styles["Normal"].font.name = "Carlito"
    doc.styles["Normal"].font.size = Pt(10.5)
    doc.add_paragraph("Domestic Homicide Review - Nell (BCSP DHR 2023-01)")
    doc.add_paragraph("Action Plan").runs[0].bold = True
    doc.add_paragraph(
        "Agreed by the Partnership Board on 9 November 2023. Progress as reported to the DHR "
        "Standing Group, May 2024. RAG: Red - not started; Amber - in progress; Green - complete."
    )
    t = table(doc, HEADERS, WIDTHS)
    for number, text, scope, actions, lead, target, outcome, completion in ROWS[:4]:
        row(t, [number, text, scope, "\n".join(actions), lead, target, outcome, completion])
    doc.add_page_break()
    t = table(doc, HEADERS, WIDTHS)
    number, text, scope, actions, lead, target, outcome, completion = ROWS[4]
    row(t, [number, text, scope, "\n".join(actions), lead, target, outcome, completion])
    doc.add_paragraph("Signed off for the Partnership: Chair, DHR Standing Group")
    return save_rendered(doc, folder, STEM)


if __name__ == "__main__":
    print(build())
