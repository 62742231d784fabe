"""Build the zoo document of a community health trust's plan printed as one narrow label / value
box per recommendation, its labels wrapped in their column, numbered items inside the cells.

A community health trust answers the recommendations a domestic homicide review made to it
(Calibri 11, portrait): each recommendation a two-column table headed "Recommendation N", its
narrow label column breaking the longer labels over two printed lines ("Target completion" /
"date", "Evidence to be" / "provided"), the values beside them. The actions are numbered
"1.", "2." inside their cell, the target dates and progress notes numbered alike; a progress note
opens with its state ("Complete – ...", "Underway – ..."). The boxes run over a page break.
pdftotext -layout prints each label at the line's start and its value after a gutter.
All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/plan_gutter_label_boxes_build.py   # .docx, .pdf, -layout .txt, .json
    /tmp/plumbvenv/bin/python dev/corpus_style.py <a folder holding the .pdf and .json>   # .corpus.txt
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx import Document
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/, for the shared export steps
sys.path.insert(0, str(HERE))  # tests/zoo/, for the plan tables' builders

from label_box_plan import label_box_gold, label_boxes  # noqa: E402
from office_export import save_rendered  # noqa: E402
from plan_gold import save_gold  # noqa: E402

STEM = "plan_gutter_label_boxes"
STATES = {"Complete": "complete", "Underway": "in_progress", "Not started": "not_started"}

# (number, issue, [(action, date, state, progress)], lead, evidence)
BLOCKS = [
    (
        "1",
        "The Trust should make sure that health visitors ask every mother about domestic abuse "
        "at each routine contact, when she is seen alone.",
        [
            ("Add a prompt for a private conversation to the health visiting record.", "31 May 2024",
             "Complete", "prompt added to the record on 12 May 2024."),
            ("Review twenty records each quarter to see whether the question was asked.",
             "31 March 2025", "Underway", "two quarterly reviews done, 17 of 20 records compliant."),
        ],
        "Head of Children's Community Nursing, Brackwater Community Health Trust",
        "Record prompt in use; quarterly review reports to the Safeguarding Committee.",
    ),
    (
        "3",
        "The Trust should make sure that school nurses share concerns about a child's home "
        "with the family's health visitor and GP.",
        [
            ("Agree a shared concerns template for school nurses and health visitors.", "30 June 2024",
             "Complete", "template agreed by both teams in June 2024."),
        ],
        "Named Nurse for Safeguarding Children",
        "The agreed template; minutes of the team meeting.",
    ),
    (
        "4",
        "The Trust should train its community staff to recognise coercive control when a patient's "
        "partner answers for them or will not leave the room.",
        [
            ("Run a half-day workshop on coercive control for each locality team.", "30 September 2024",
             "Complete", "all six locality teams trained by September 2024."),
            ("Add coercive control to the mandatory safeguarding training for new staff.",
             "31 December 2024", "Underway", "module drafted and with the training lead."),
            ("Publish a short guide for staff on seeing a patient alone.", "28 February 2025",
             "Not started", "waiting for the workshop feedback to be collated."),
        ],
        "Safeguarding Adults Lead, Brackwater Community Health Trust",
        "Attendance registers; the revised training module; the guide.",
    ),
    (
        "6",
        "The Trust should make sure that a missed appointment by a patient known to be at risk of "
        "domestic abuse is followed up by the clinician within two working days.",
        [
            ("Change the missed appointments policy to name patients at risk of domestic abuse.",
             "31 October 2024", "Complete", "revised policy approved on 14 October 2024."),
            ("Audit the follow up of missed appointments in two teams.", "30 April 2025", "Underway",
             "first team audited; second team booked for April."),
        ],
        "Deputy Director of Nursing and Quality",
        "The revised policy; the audit report to the Quality Committee.",
    ),
]  # fmt: skip


def build() -> Path:
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    section = doc.sections[0]
    section.footer.paragraphs[0].text = "Brackwater Community Health Trust – DHR action plan"
    doc.add_heading("Brackwater Community Health Trust", level=1)
    doc.add_paragraph("Our response to the domestic homicide review into the death of Carys")
    doc.add_paragraph(
        "The review made seven recommendations. Recommendations 2, 5 and 7 were made to the police and "
        "the council and are tracked by the Community Safety Partnership. The boxes below set out our "
        "actions on the other four and the progress reported to the Trust Board in March 2025."
    )
    label_boxes(doc, BLOCKS, (2.9, 13.1), fixed=True)
    doc.add_paragraph("The Trust Board will next review this plan in June 2025.")
    return save_rendered(doc, HERE, STEM, layout=True)


def gold() -> dict:
    return label_box_gold(
        STEM,
        BLOCKS,
        STATES,
        agency="Brackwater Community Health Trust",
        description=(
            "A community health trust's DHR plan, Calibri 11 portrait: one two-column label / value "
            "table per recommendation (1, 3, 4, 6), its narrow label column wrapping the longer labels, "
            "numbered actions, target dates and progress items in the cells, over a page break."
        ),
    )


if __name__ == "__main__":
    print(build())
    save_gold(HERE, STEM, gold())
