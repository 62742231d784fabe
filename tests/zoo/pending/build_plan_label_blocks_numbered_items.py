"""Build the zoo document of a trust's action plan printed as one label / value block per
recommendation, numbered actions, dates and progress items inside the cells.

An NHS trust answers the recommendations of an independent investigation made to it (Arial 10,
portrait): each recommendation is a two-column table headed "Recommendation N" (the report's
own numbers, some left out: made to other bodies), its rows labelled "Issue identified",
"Actions to be taken", "Person responsible", "Target completion date", "Evidence to be
provided", "Progress to date". The actions are numbered "1.", "2." inside their cell; the
target dates and the progress items are numbered alike, each item the same-numbered action's;
a progress item opens with its state ("Complete – ...", "In progress – ...", "Not started – ...").
All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_plan_label_blocks_numbered_items.py   # .docx, .pdf, -layout .txt, .json
    /tmp/plumbvenv/bin/python dev/corpus_style.py <a folder holding the .pdf and .json>   # .corpus.txt
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx import Document
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # tests/, for the shared export steps
sys.path.insert(0, str(HERE.parent))  # tests/zoo/, for the plan tables' builders

from label_box_plan import label_box_gold, label_boxes  # noqa: E402
from office_export import save_rendered  # noqa: E402
from plan_gold import save_gold  # noqa: E402

STEM = "plan_label_blocks_numbered_items"
STATES = {"Complete": "complete", "In progress": "in_progress", "Not started": "not_started"}

# (number, issue, [(action, date, state, progress)], lead, evidence)
BLOCKS = [
    (
        "2",
        "The Trust should make sure that a patient's family is asked about risk before the "
        "patient is discharged from an inpatient ward.",
        [
            ("Add a family contact step to the ward discharge checklist.", "31 July 2024", "Complete",
             "checklist changed on all four wards."),
            ("Audit twenty discharges for the family contact step.", "31 January 2025", "In progress",
             "ten records audited so far."),
        ],
        "Director of Nursing",
        "Revised checklist; audit report.",
    ),
    (
        "4",
        "The Trust should make sure that care coordinators share a crisis plan with the patient's GP "
        "within one week of writing it.",
        [
            ("Change the electronic record so that a crisis plan is sent to the GP when it is saved.",
             "30 November 2024", "In progress", "supplier testing the change."),
        ],
        "Chief Clinical Information Officer",
        "Screenshots of the record; a sample of GP letters.",
    ),
    (
        "5",
        "The Trust should train community staff to ask about weapons in the home when a patient "
        "talks of harming others.",
        [
            ("Write a short guide on asking about weapons.", "31 August 2024", "Complete",
             "guide published on the staff intranet."),
            ("Deliver a training session to every community team.", "31 March 2025", "In progress",
             "six of nine teams trained."),
            ("Add a question on weapons to the risk assessment form.", "30 June 2025", "Not started",
             "awaiting the form's annual review."),
        ],
        "Associate Director of Community Services",
        "Training records; the revised form.",
    ),
]  # fmt: skip


def build() -> Path:
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    section = doc.sections[0]
    section.footer.paragraphs[0].text = "Kestrelford Mental Health NHS Trust – action plan"
    doc.add_heading("Kestrelford Mental Health NHS Trust", level=1)
    doc.add_paragraph("Action plan in response to the independent investigation into the care of Mr T")
    doc.add_paragraph(
        "The investigation made six recommendations. Recommendations 1, 3 and 6 were made to the "
        "commissioners and are answered in their own plan. This plan sets out the Trust's actions "
        "on the other three and the progress reported to the Trust's Quality Committee in February 2025."
    )
    label_boxes(doc, BLOCKS, (4.5, 11.5))
    doc.add_paragraph("Progress is next reported to the Quality Committee in May 2025.")
    return save_rendered(doc, HERE, STEM, layout=True)


def gold() -> dict:
    return label_box_gold(
        STEM,
        BLOCKS,
        STATES,
        agency="Kestrelford Mental Health NHS Trust",
        description=(
            "A trust's action plan, Arial 10 portrait: one two-column label / value table per "
            "recommendation (2, 4, 5), numbered actions, target dates and progress items in the cells."
        ),
    )


if __name__ == "__main__":
    print(build())
    save_gold(HERE, STEM, gold())
