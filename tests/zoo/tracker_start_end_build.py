"""Build the zoo document of a DHR action tracker with a start and an end date per action.

A Community Safety Partnership's landscape tracker (Calibri 9): the review's recommendations
listed as "Rec N" paragraphs, then one table "No. | Rec | Action | Owner | Start date | End
date | Open/Closed | Comments". The action numbers are "1.1", "1.2", "2.1", ...; the Rec column
repeats "Rec N" on every row; of the two date columns only the End date is the action's target
(the Start date says when work began); an unknown end is "TBC"; the status column holds only
"Open" or "Closed" (Closed: complete; Open: in progress). The header row is not repeated on
later pages. All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/tracker_start_end_build.py   # .docx, .pdf, -layout .txt, .json
    /tmp/plumbvenv/bin/python dev/corpus_style.py <a folder holding the .pdf and .json>   # .corpus.txt
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx.shared import Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/, for the shared export steps

from office_export import save_rendered  # noqa: E402
from plan_gold import (  # noqa: E402
    NO_LINE,
    action_record,
    first_words,
    iso,
    plan_gold,
    recommendation_record,
    review,
    save_gold,
)
from plan_merged_build import new_document, row, table  # noqa: E402

STEM = "plan_tracker_start_end_open_closed"

HEADERS = ["No.", "Rec", "Action", "Owner", "Start date", "End date", "Open / Closed", "Comments"]
WIDTHS = [1.1, 1.3, 7.0, 3.8, 2.2, 2.2, 1.9, 6.0]

RECS = [
    (
        "1",
        "Fernleigh Community Safety Partnership should make sure that every agency asks about "
        "financial control when an older person reports a family member taking their money.",
    ),
    (
        "2",
        "Fernleigh Community Safety Partnership should write a short guide for pharmacists on "
        "noticing and reporting signs of abuse in customers who collect medicines for others.",
    ),
    (
        "3",
        "Fernleigh Community Safety Partnership should ask the ambulance service to record the "
        "names of every adult present at a call to an older person's home.",
    ),
    (
        "4",
        "Fernleigh Community Safety Partnership should review how carers' assessments consider "
        "the risk a carer may pose as well as the strain they are under.",
    ),
]

# (no., rec, action, owner, start, end, open/closed, comments)
ROWS = [
    ("1.1", "1", "Add a question on control of money to the partners' shared risk checklist and the "
     "guidance that goes with it.",
     "Partnership Coordinator", "01/05/2024", "31/10/2024", "Closed",
     "Checklist reissued to all partners in October."),
    ("1.2", "1", "Ask each agency to report how many older clients were asked the new question.",
     "Partnership Coordinator", "01/11/2024", "30/04/2025", "Open",
     "First returns due at the spring meeting."),
    ("2.1", "2", "Draft the pharmacy guide with the local pharmaceutical committee and two carers' groups.",
     "Public Health Lead, Fernleigh Council", "01/06/2024", "31/12/2024", "Closed",
     "Guide printed and sent to forty pharmacies on 02/12/2024."),
    ("2.2", "2", "Hold two evening sessions for pharmacy staff on using the guide.",
     "Public Health Lead", "01/01/2025", "TBC", "Open",
     "Dates to be agreed with the committee; first session now planned for 14/05/2025."),
    ("3.1", "3", "Write to the ambulance trust asking for the change to its call record.",
     "Chair of the Partnership", "01/05/2024", "31/07/2024", "Closed",
     "Letter sent; the trust has agreed in principle."),
    ("4.1", "4", "Add a section on the carer's own behaviour to the carers' assessment form used by "
     "the council's assessors.",
     "Head of Adult Social Care", "01/09/2024", "31/03/2025", "Open",
     "Draft form being tested by two teams – end date moved from 31/01/2025."),
    ("4.2", "4", "Train assessors in asking about the carer's behaviour towards the person cared for.",
     "Principal Social Worker, Adult Social Care", "01/02/2025", "30/09/2025", "Open",
     "Training plan agreed; sessions booked."),
]  # fmt: skip


def build() -> Path:
    doc = new_document("Fernleigh Community Safety Partnership – DHR ‘Walter’ action tracker")
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(9)
    doc.add_heading("Fernleigh Community Safety Partnership", level=1)
    doc.add_paragraph("Domestic Homicide Review ‘Walter’ – action tracker, updated February 2025")
    doc.add_paragraph(
        "Walter was 79 when he died after a long period of neglect by the grandson who lived with "
        "him. The review made the four recommendations below; the tracker sets out what each "
        "partner has agreed to do and where the work stands."
    )
    doc.add_heading("Recommendations", level=2)
    for no, text in RECS:
        doc.add_paragraph(f"Rec {no}: {text}")
    doc.add_paragraph(
        "An action is Closed when its owner has shown the Partnership the evidence; all others are Open."
    )
    t = table(doc, HEADERS, WIDTHS, repeat=False)
    for no, rec, action, owner, start, end, state, comment in ROWS:
        row(t, [no, f"Rec {rec}", action, owner, start, end, state, comment])
    doc.add_paragraph("The tracker is next reviewed by the Partnership board in May 2025.")
    return save_rendered(doc, HERE, STEM, layout=True)


def gold() -> dict:
    recommendations = [
        recommendation_record(
            no, first_words(text, 10), NO_LINE, agency="Fernleigh Community Safety Partnership", scope=None
        )
        for no, text in RECS
    ]
    actions = [
        action_record(
            first_words(action, 9),
            NO_LINE,
            ref=no,
            recommendation_ref=rec,
            lead=owner,
            target_date_raw=end,
            target_date=iso(end),
            status_raw=state,
            status="complete" if state == "Closed" else "in_progress",
        )
        for no, rec, action, owner, _, end, state, _ in ROWS
    ]
    return plan_gold(
        STEM,
        description=(
            "A DHR action tracker, Calibri 9 landscape: Rec N paragraphs, then No. | Rec | Action | "
            "Owner | Start date | End date | Open/Closed | Comments, the header not repeated."
        ),
        review=review("DHR", "Fernleigh", "Walter", age=79),
        recommendations=recommendations,
        actions=actions,
        notes=(
            "The target date is the End date (the Start date says when work began); TBC is no date. "
            "Closed is complete, Open in progress. The Rec column is each action's recommendation ref."
        ),
    )


if __name__ == "__main__":
    print(build())
    save_gold(HERE, STEM, gold())
