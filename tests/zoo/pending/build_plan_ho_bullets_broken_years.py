"""Build plan_ho_bullets_broken_years: a Community Safety Partnership's DHR action plan on the
Home Office template, landscape Arial 9, as many partnerships print it: a first column with
no name in the header holding each row's number, then "Recommendation | Scope | Action to
take | Lead Agency | Target Date | Outcome | Completion Date / RAG". Each action cell is a
bulleted list (the bullet printed as a word of its own on the corpus text, "• Write to ..."),
and the Target Date column is too narrow for a numeric date: the word processor breaks the
date inside its year ("31/12/202" over "4").

Exported to PDF by LibreOffice and to text by `pdftotext -layout`; the corpus text is
dev/corpus_style.py's rendering of the PDF (pdfplumber, each printed line's cells joined by
single spaces). The gold (`plan_ho_bullets_broken_years.json`) is written by hand: each row one
action (an action is one row of the plan's table), opening with its first bullet.

    python tests/zoo/pending/build_plan_ho_bullets_broken_years.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py tests/zoo/pending

All people, places and bodies are fictional; the wording is our own.
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/zoo, for the merged-plan helpers
sys.path.insert(0, str(HERE.parents[1]))  # tests/, for the shared export steps

from office_export import save_rendered  # noqa: E402
from plan_merged_build import new_document, table, write  # noqa: E402

HEADERS = [
    "",
    "Recommendation",
    "Scope",
    "Action to take",
    "Lead Agency",
    "Target Date",
    "Outcome",
    "Completion Date / RAG",
]
WIDTHS = [0.7, 5.0, 1.7, 5.4, 2.9, 1.75, 4.2, 2.5]

# (number, recommendation, scope, action bullets, lead, target date, outcome, completion / RAG)
PLAN = [
    (
        "1",
        "Caddowmere Community Safety Partnership should make sure that every agency on the review "
        "panel names a domestic abuse lead whom front-line staff can ask for advice.",
        "Local",
        [
            "Write to each panel agency asking it to name a lead.",
            "Publish the list of leads on the Partnership's web pages.",
        ],
        "Caddowmere Community Safety Partnership",
        "31/12/2024",
        "Staff in every agency know whom to ask for advice.",
        "Completed 04/12/2024",
    ),
    (
        "2",
        "Caddowmere Police should review how officers taking a report of a missing adult ask "
        "whether domestic abuse lies behind the disappearance.",
        "Local",
        [
            "Add a domestic abuse question to the missing person risk form.",
            "Brief response sergeants on the revised form.",
        ],
        "Caddowmere Police",
        "31/03/2025",
        "Missing person reports record whether abuse was considered.",
        "Completed",
    ),
    (
        "3",
        "Caddowmere Health Board should seek assurance that GP practices ask about domestic abuse "
        "when a patient keeps returning with anxiety or unexplained injuries.",
        "Local",
        [
            "Audit forty records from four practices for routine enquiry.",
            "Share the findings at the practice safeguarding leads' forum.",
        ],
        "Caddowmere Health Board",
        "30/09/2025",
        "Routine enquiry is visible in GP records.",
        "Amber – first audit done",
    ),
    (
        "4",
        "Caddowmere Borough Council should make sure that a tenant asking to change a joint tenancy "
        "is spoken to alone first.",
        "Local",
        [
            "Amend the tenancy change procedure.",
            "Train the tenancy management team on the amended procedure.",
        ],
        "Caddowmere Borough Council",
        "30/06/2025",
        "Tenancy changes are used as a chance to ask about safety.",
        "Green",
    ),
    (
        "5",
        "The Home Office should consider whether the statutory guidance should say more about "
        "involving a victim's employer in a review.",
        "National",
        ["Write to the Home Office setting out the panel's reasoning."],
        "Chair, Caddowmere Community Safety Partnership",
        "31/01/2025",
        "The national guidance considers workplaces.",
        "Completed 20/01/2025",
    ),
]


def build() -> Path:
    doc = new_document("Caddowmere CSP – DHR 'Ilse' – Action plan")
    doc.styles["Normal"].font.size = Pt(9)
    doc.add_paragraph("Caddowmere Community Safety Partnership")
    doc.add_paragraph("Domestic Homicide Review into the death of Ilse – Action Plan")
    doc.add_paragraph(
        "Reference: CCSP DHR 2023/04. Progress as reported to the Partnership in February 2025."
    )
    t = table(doc, HEADERS, WIDTHS)
    for number, rec, scope, bullets, lead, target, outcome, done in PLAN:
        cells = t.add_row().cells
        for cell, width in zip(cells, WIDTHS):
            cell.width = Cm(width)
        for cell, value in zip(cells, [number, rec, scope, "", lead, target, outcome, done]):
            write(cell, value)
        action = cells[3]
        action.paragraphs[0].text = ""
        for n, item in enumerate(bullets):
            para = action.paragraphs[0] if n == 0 else action.add_paragraph()
            para.style = doc.styles["List Bullet"]
            para.add_run(item)
    doc.add_paragraph()
    doc.add_paragraph("Signed off on behalf of the Partnership by the Chair of the DHR Standing Group.")
    return save_rendered(doc, HERE, "plan_ho_bullets_broken_years", layout=True)


if __name__ == "__main__":
    print(build())
