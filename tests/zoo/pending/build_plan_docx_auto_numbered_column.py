"""Build the zoo document of a plan whose No. column is Word's automatic list numbering.

A community safety partnership's DHR action plan (Liberation Sans 10, landscape): No. |
Recommendation | Action | Lead | Target date | Status. The No. cells hold no text: each is a
numbered list paragraph, so the number ("1.", "2." ...) lives in the document's numbering part
and Word draws it, as authors' tables made with the numbering button do. The PDF and text
exports print the numbers; the .docx holds them only as numbering. All people, places and
bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_plan_docx_auto_numbered_column.py   # .docx, .pdf, .txt, .json
    /tmp/plumbvenv/bin/python dev/corpus_style.py <a folder holding the .pdf and .json>   # .corpus.txt
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # tests/, for the shared export steps
sys.path.insert(0, str(HERE.parent))  # tests/zoo/, for the plan tables' builders

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
from plan_merged_build import new_document, table, write  # noqa: E402

STEM = "plan_docx_auto_numbered_column"
HEADERS = ["No.", "Recommendation", "Action", "Lead", "Target date", "Status"]
WIDTHS = [1.4, 7.0, 7.0, 4.0, 2.6, 2.6]

# (agency, recommendation, action, lead, target, status)
PLAN = [
    ("Wendlebury Community Safety Partnership", "Wendlebury Community Safety Partnership should "
     "publish a directory of domestic abuse services for older people.",
     "Compile and publish the directory on the Partnership's website.",
     "Community Safety Manager", "31/03/2024", "Complete"),
    ("Wendlebury Police", "Wendlebury Police should remind call handlers to ask whether an older "
     "caller lives with the person they are calling about.",
     "Add the question to the call handling script and brief all call handlers.",
     "Head of Contact Management", "30/06/2024", "In progress"),
    ("Wendlebury Council", "Wendlebury Council should make sure that carers' assessments ask about "
     "the carer's own safety at home.",
     "Revise the carer's assessment form to include a safety question.",
     "Carers' Services Lead", "30/09/2024", "Not started"),
]  # fmt: skip


def build() -> Path:
    doc = new_document("Wendlebury CSP – DHR ‘Harold’ action plan")
    doc.styles["Normal"].font.name = "Liberation Sans"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading("Wendlebury Community Safety Partnership", level=1)
    doc.add_paragraph("Domestic Homicide Review ‘Harold’ – action plan, February 2024")
    doc.add_paragraph(
        "Harold was 84 and was killed by his son, who cared for him. The Partnership accepted "
        "the three recommendations of the review."
    )
    t = table(doc, HEADERS, WIDTHS)
    for _, rec, action, lead, when, status in PLAN:
        cells = t.add_row().cells
        cells[0].paragraphs[0].style = doc.styles["List Number"]  # the number is Word's, not text
        for cell, value in zip(cells[1:], [rec, action, lead, when, status]):
            write(cell, value)
    for r in t.rows:
        for cell, width in zip(r.cells, WIDTHS):
            cell.width = Cm(width)
    doc.add_paragraph("Progress is reported to the Partnership Board twice a year.")
    return save_rendered(doc, HERE, STEM)


def gold() -> dict:
    recommendations = [
        recommendation_record(str(k), first_words(rec, 10), NO_LINE, agency=agency, scope=None)
        for k, (agency, rec, *_) in enumerate(PLAN, 1)
    ]
    actions = [
        action_record(
            first_words(action, 9),
            NO_LINE,
            recommendation_ref=str(k),
            lead=lead,
            target_date_raw=when,
            target_date=iso(when),
            status_raw=status,
            status={"Complete": "complete", "In progress": "in_progress", "Not started": "not_started"}[
                status
            ],
        )
        for k, (_, _, action, lead, when, status) in enumerate(PLAN, 1)
    ]
    return plan_gold(
        STEM,
        description=(
            "A CSP's DHR plan, landscape: No. | Recommendation | Action | Lead | Target date | Status, "
            "the No. cells Word's automatic list numbers (no text in the cell)."
        ),
        review=review("DHR", "Wendlebury", "Harold", age=84),
        recommendations=recommendations,
        actions=actions,
        notes="The numbers 1-3 are drawn by Word from its numbering part; the cells hold no text.",
    )


if __name__ == "__main__":
    print(build())
    save_gold(HERE, STEM, gold())
