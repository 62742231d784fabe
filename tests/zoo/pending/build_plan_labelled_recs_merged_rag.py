"""Build the zoo document of a partnership plan whose recommendation cells open with their label
and number, merged over their actions, its last column a progress note ending in a RAG word.

A children's safeguarding partnership's plan for one review (Liberation Sans 10, landscape):
Recommendation | Action | Lead agency | Target date | Progress/RAG, no ref column. Each
recommendation cell opens "Recommendation 1: The Partnership should ..." and is merged down over
its two or three action rows; each Progress/RAG cell is a short note whose last word is the
action's rating (Complete, Green, Amber or Red). The recommendation's number is its ref; the
rating is the action's status. All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_plan_labelled_recs_merged_rag.py   # .docx, .pdf, .txt, .json
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
from plan_merged_build import merged_rows, new_document, table  # noqa: E402

STEM = "plan_labelled_recs_merged_rag"
HEADERS = ["Recommendation", "Action", "Lead agency", "Target date", "Progress/RAG"]
WIDTHS = [6.6, 6.0, 4.0, 2.6, 6.0]
RAG = {"Complete": "complete", "Green": "in_progress", "Amber": "in_progress", "Red": "not_started"}
PARTNERSHIP = "Thornmere Safeguarding Children Partnership"

# (ref, agency, recommendation, [(action, lead, target, progress, rating)])
PLAN = [
    ("1", PARTNERSHIP,
     "The Partnership should make sure that a school nurse is told when a child on a child "
     "protection plan changes school.",
     [("Add the school nurse to the transfer checklist used by education welfare officers",
       "Thornmere Education Welfare Service", "31/10/2023",
       "Checklist reissued to all schools in October.", "Complete"),
      ("Check ten school moves against the checklist",
       "Partnership Audit Group", "31/05/2024",
       "Six moves checked so far; the rest are booked for May.", "Amber")]),
    ("2", "Thornmere Council Housing",
     "Thornmere Council Housing should ask about children living in the home whenever it "
     "visits a tenant about rent arrears.",
     [("Add a household question to the arrears visit form",
       "Thornmere Council Housing", "30/11/2023",
       "Question added and officers briefed at team meetings.", "Green"),
      ("Train arrears officers to refer concerns to the front door",
       "Thornmere Council Housing", "31/03/2024",
       "Two of three training sessions held; the third is set for March.", "Amber"),
      ("Report the number of referrals made after arrears visits to the Partnership",
       "Thornmere Council Housing", "30/09/2024",
       "Not yet started while the new form beds in.", "Red")]),
    ("3", "Thornmere Community Dental Service",
     "Thornmere Community Dental Service should follow up every child who misses two dental "
     "appointments in a row and tell the family's health visitor.",
     [("Write a missed appointments procedure for the dental service",
       "Thornmere Community Dental Service", "31/01/2024",
       "Procedure written and signed off by the clinical lead.", "Complete")]),
]  # fmt: skip


def build() -> Path:
    doc = new_document("Thornmere SCP – CSPR Child F – action plan")
    doc.styles["Normal"].font.name = "Liberation Sans"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading(PARTNERSHIP, level=1)
    doc.add_paragraph("Child Safeguarding Practice Review – Child F")
    doc.add_paragraph("Partnership action plan, progress at 30 April 2024")
    doc.add_paragraph(
        "Child F was seven when she was seriously injured at home. The review made three "
        "recommendations; the Partnership's Practice Review Group tracks the actions below."
    )
    t = table(doc, HEADERS, WIDTHS)
    for ref, _, rec, actions in PLAN:
        cells = [
            [action, lead, when, f"{progress} {rating}"] for action, lead, when, progress, rating in actions
        ]
        merged_rows(t, [0], [f"Recommendation {ref}: {rec}"], cells)
    for r in t.rows:
        for cell, width in zip(r.cells, WIDTHS):
            cell.width = Cm(width)
    doc.add_paragraph(
        "Key: Complete = finished / Green = on track / Amber = behind plan / Red = not started."
    )
    return save_rendered(doc, HERE, STEM)


def gold() -> dict:
    recommendations = [
        recommendation_record(ref, first_words(rec, 10), NO_LINE, agency=agency, scope=None)
        for ref, agency, rec, _ in PLAN
    ]
    actions = [
        action_record(
            first_words(action, 8),
            NO_LINE,
            recommendation_ref=ref,
            lead=lead,
            target_date_raw=when,
            target_date=iso(when),
            status_raw=rating,
            status=RAG[rating],
        )
        for ref, _, _, rows in PLAN
        for action, lead, when, _, rating in rows
    ]
    return plan_gold(
        STEM,
        description=(
            "A children's partnership plan, landscape: Recommendation | Action | Lead agency | "
            "Target date | Progress/RAG, no ref column; each recommendation cell opens "
            "'Recommendation 1: ...' and is merged over its two or three action rows; each "
            "progress note ends with its RAG word."
        ),
        review=review("SCR", "Thornmere", None),
        recommendations=recommendations,
        actions=actions,
        notes=(
            "The number after 'Recommendation' is the recommendation's ref and every row under "
            "its merged cell is one of its actions. The status is the RAG word closing the "
            "progress note: Complete complete, Green and Amber in progress, Red not started."
        ),
    )


if __name__ == "__main__":
    print(build())
    save_gold(HERE, STEM, gold())
