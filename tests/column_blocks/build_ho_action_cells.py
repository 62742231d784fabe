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
        "Hollowmead GP Federation should make sure that a professional interpreter is booked "
        "whenever a patient's first language is not English.",
        "Local",
        [
            "Add an interpreter-booking prompt to the appointment system.",
            "Remind reception teams that family members must not interpret.",
        ],
        "Hollowmead GP Federation",
        "30/04/2024",
        "Patients speak for themselves in every consultation.",
        "Red \u2013 prompt waits for the supplier's next software release, now put back to the "
        "autumn by the move of every practice to the new clinical system",
    ),
    (
        "3",
        "Hollowmead Leisure Trust should train its front-desk staff to recognise and pass on "
        "concerns about domestic abuse.",
        "Regional",
        [
            "Write a short module on domestic abuse for front-desk induction.",
            "Deliver the module to staff at all four leisure centres.",
        ],
        "Hollowmead Leisure Trust",
        "31/10/2024",
        "Front-desk staff know whom to call with a concern.",
        "Amber",
    ),
    (
        "4",
        "Hollowmead Probation Delivery Unit should check the victim's current address with the "
        "police before any home visit to the person on probation.",
        "Local",
        [
            "Add an address check with the police to the home visit checklist.",
            "Record the outcome of the check on the case file.",
            "Report each quarter to the unit's management meeting on checks missed.",
        ],
        "Hollowmead Probation Delivery Unit",
        "31/05/2024",
        "No home visit is made to an address the police flag as unsafe.",
        "Green 30/04/2024",
    ),
    (
        "5",
        "The Home Office should consider adding an example of a victim who works for a small "
        "employer to its guidance on reviews.",
        "National",
        [
            "Chair of the Partnership to send the Home Office a summary of the findings.",
            "Publish the Home Office's answer with the Partnership's annual report.",
        ],
        "Hollowmead Community Safety Partnership",
        "31/01/2024",
        "The guidance reflects what this review found.",
        "Completed\nSummary went to the Home Office",
    ),
]


def build(folder: Path = HERE) -> Path:
    doc = new_document("Hollowmead Community Safety Partnership - DHR 'Nell'")
    doc.styles["Normal"].font.name = "Carlito"
    doc.styles["Normal"].font.size = Pt(10.5)
    doc.add_paragraph("Domestic Homicide Review into the death of Nell - reference HCSP/2023/01")
    doc.add_paragraph("Action Plan").runs[0].bold = True
    doc.add_paragraph("Position at 31 May 2024, as reported to the Partnership's review sub-group.")
    t = table(doc, HEADERS, WIDTHS)
    for number, text, scope, actions, lead, target, outcome, completion in ROWS[:4]:
        row(t, [number, text, scope, "\n".join(actions), lead, target, outcome, completion])
    doc.add_page_break()
    t = table(doc, HEADERS, WIDTHS)
    number, text, scope, actions, lead, target, outcome, completion = ROWS[4]
    row(t, [number, text, scope, "\n".join(actions), lead, target, outcome, completion])
    doc.add_paragraph("This plan is held by the Partnership's business manager.")
    return save_rendered(doc, folder, STEM)


if __name__ == "__main__":
    print(build())
