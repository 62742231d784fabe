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
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/, for the shared export steps
sys.path.insert(0, str(HERE))  # tests/zoo/, for the plan tables' builders

from office_export import save_rendered  # noqa: E402
from plan_gold import (  # noqa: E402
    NO_LINE,
    action_record,
    first_words,
    plan_gold,
    recommendation_record,
    review,
    save_gold,
)
from plan_merged_build import shade, write  # noqa: E402

STEM = "plan_gutter_label_boxes"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]  # fmt: skip
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


def _numbered(items: list[str]) -> str:
    return "\n".join(f"{n}. {item}" for n, item in enumerate(items, 1))


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
    for number, issue, actions, lead, evidence in BLOCKS:
        doc.add_paragraph()
        t = doc.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        head = t.add_row().cells
        merged = head[0].merge(head[1])
        write(merged, f"Recommendation {number}", bold=True)
        shade(merged, "D9E2F3")
        rows = [
            ("Issue identified", issue),
            ("Actions to be taken", _numbered([a for a, _, _, _ in actions])),
            ("Person responsible", lead),
            ("Target completion date", _numbered([d for _, d, _, _ in actions])),
            ("Evidence to be provided", evidence),
            ("Progress to date", _numbered([f"{s} – {p}" for _, _, s, p in actions])),
        ]
        for label, value in rows:
            cells = t.add_row().cells
            write(cells[0], label, bold=True)
            write(cells[1], value)
            shade(cells[0], "F2F2F2")
        t.autofit = False
        t.columns[0].width, t.columns[1].width = Cm(2.9), Cm(13.1)
        for row in t.rows:
            row.cells[0].width, row.cells[1].width = Cm(2.9), Cm(13.1)
    doc.add_paragraph("The Trust Board will next review this plan in June 2025.")
    return save_rendered(doc, HERE, STEM, layout=True)


def _iso(raw: str) -> str:
    day, month, year = raw.split()
    return f"{year}-{MONTHS.index(month) + 1:02d}-{int(day):02d}"


def gold() -> dict:
    recommendations = [
        recommendation_record(
            number, first_words(issue, 10), NO_LINE, agency="Brackwater Community Health Trust", scope=None
        )
        for number, issue, _, _, _ in BLOCKS
    ]
    actions = [
        action_record(
            first_words(action, 8),
            NO_LINE,
            ref=str(n),
            recommendation_ref=number,
            lead=lead,
            target_date_raw=date,
            target_date=_iso(date),
            status_raw=state,
            status=STATES[state],
        )
        for number, _, items, lead, _ in BLOCKS
        for n, (action, date, state, _) in enumerate(items, 1)
    ]
    return plan_gold(
        STEM,
        description=(
            "A community health trust's DHR plan, Calibri 11 portrait: one two-column label / value "
            "table per recommendation (1, 3, 4, 6), its narrow label column wrapping the longer labels, "
            "numbered actions, target dates and progress items in the cells, over a page break."
        ),
        review=review(None, None, doc_kind="action_plan"),
        recommendations=recommendations,
        actions=actions,
        notes=(
            "Each numbered date and progress item is the same-numbered action's; the state is the word "
            "opening the progress item. Evidence to be provided is part of the block, not an action. "
            "Action refs are the numbers inside the cell, restarting in each block."
        ),
    )


if __name__ == "__main__":
    print(build())
    save_gold(HERE, STEM, gold())
