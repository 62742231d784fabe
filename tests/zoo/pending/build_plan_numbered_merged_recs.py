"""Build plan_numbered_merged_recs_wyndle: a Safeguarding Adults Board's plan for one review,
Recommendation | Agreed action | Lead officer | Target date | Progress update | RAG, with no
number column: each recommendation's cell opens with its number ("1. The Board should ...")
and is merged down over the rows of its actions, the actions themselves unnumbered. On corpus
text (pdfplumber, each printed line's cells joined by single spaces) a later action's first
line prints beside the recommendation's wrapped words, or on a line of its own.

Built in Word (python-docx, Arial 9 table, landscape), exported to PDF by LibreOffice and to
text by plain pdftotext; the gold is written by hand below (each record's line looked up in
the text export). Render the corpus text with
`/tmp/plumbvenv/bin/python dev/corpus_style.py tests/zoo/pending`.

    python tests/zoo/pending/build_plan_numbered_merged_recs.py

All people, places and bodies are fictional; the wording is our own.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # tests/, for the shared export steps
sys.path.insert(0, str(HERE.parent))  # tests/zoo/, for the plan gold frame

from docx_build import landscape_section, merged_plan_table, new_doc, para  # noqa: E402
from office_export import save_with_gold  # noqa: E402
from plan_gold import action_record, find_line, first_words, iso, plan_gold, recommendation_record, review  # noqa: E402

STEM = "plan_numbered_merged_recs_wyndle"
WRITTEN = "Written by helper s26partial; fictional."
HEADERS = ["Recommendation", "Agreed action", "Lead officer", "Target date", "Progress update", "RAG"]
WIDTHS = [6.4, 5.6, 3.4, 2.4, 5.8, 1.6]
RAG = {"Green": "complete", "Amber": "in_progress", "Red": "not_started"}

# (number, recommendation, recommending body, [(action, lead, target, progress, rag), ...])
PLAN = [
    (
        "1",
        "The Wyndle Vale Safeguarding Adults Board should make sure that hospital discharge "
        "teams tell the adult's community nurses the same day when a patient who lives alone "
        "leaves against advice.",
        "Wyndle Vale Safeguarding Adults Board",
        [
            (
                "Write a same-day discharge alert into the ward handbook",
                "Discharge Lead Nurse",
                "31/01/2025",
                "Alert added to the handbook in January.",
                "Green",
            ),
            (
                "Check thirty discharges against advice for a sent alert",
                "Ward Audit Officer",
                "June 2025",
                "Eleven records checked so far.",
                "Amber",
            ),
        ],
    ),
    (
        "2",
        "Wyndle Vale Council should offer every adult who refuses home care a review visit "
        "within ten days, so that the refusal is understood before the case closes.",
        "Wyndle Vale Council",
        [
            (
                "Change the closure checklist to require a review visit",
                "Adult Care Service Manager",
                "30/04/2025",
                "Checklist changed and in use.",
                "Green",
            ),
        ],
    ),
    (
        "3",
        "The Wyndle Vale Safeguarding Adults Board should share the learning from this review "
        "with housing officers, pharmacists and voluntary sector visitors across the area.",
        "Wyndle Vale Safeguarding Adults Board",
        [
            (
                "Hold two lunchtime learning sessions for housing officers",
                "Board Training Officer",
                "March 2025",
                "Both sessions held; 46 attended.",
                "Green",
            ),
            (
                "Send a one-page practice note to community pharmacies",
                "Board Business Manager",
                "September 2025",
                "Note drafted with the pharmacy network.",
                "Amber",
            ),
        ],
    ),
    (
        "4",
        "Wyndle Vale Fire and Rescue Service should add hoarding and smoking to the risks its "
        "home safety visits ask about.",
        "Wyndle Vale Fire and Rescue Service",
        [
            (
                "Revise the home safety visit form with both questions",
                "Prevention Manager",
                "31/12/2025",
                "Not begun; the form is due for review in the autumn.",
                "Red",
            ),
        ],
    ),
]


def document():
    doc = new_doc(header="Wyndle Vale Safeguarding Adults Board", footer_label="SAR Ernest – Page", size=10)
    landscape_section(doc)
    para(doc, "Safeguarding Adults Review: Ernest", bold=True, size=14)
    para(doc, "Board action plan", bold=True, size=12)
    para(
        doc,
        "RAG: Green – done; Amber – under way; Red – not yet begun. Position at the Board's November meeting.",
    )
    groups = [((f"{number}. {rec}",), actions) for number, rec, _, actions in PLAN]
    merged_plan_table(doc, HEADERS, WIDTHS, groups, size=9)
    para(doc, "")
    para(doc, "The Board will close the plan once every action is rated green.")
    return doc


def _actions(lines):
    return [
        action_record(
            first_words(action, 8),
            find_line(lines, action),
            recommendation_ref=number,
            lead=lead,
            target_date_raw=target,
            target_date=iso(target),
            status_raw=rag,
            status=RAG[rag],
        )
        for number, _, _, actions in PLAN
        for action, lead, target, _, rag in actions
    ]


def gold(lines):
    return plan_gold(
        STEM,
        family="plan: numbered recommendation cells merged over unnumbered action rows, no number column",
        description=(
            "Safeguarding Adults Board plan built in Word (python-docx, Arial 9 table, landscape), exported "
            "to PDF by LibreOffice and to text by plain pdftotext: Recommendation | Agreed action | Lead "
            "officer | Target date | Progress update | RAG, each recommendation cell opening with its "
            "number and merged down over its one or two action rows; the actions are unnumbered."
        ),
        review=review("SAR", "Wyndle Vale", "Ernest"),
        recommendations=[
            recommendation_record(number, first_words(rec, 10), find_line(lines, rec), agency=body)
            for number, rec, body, _ in PLAN
        ],
        actions=_actions(lines),
        notes=(
            f"{WRITTEN} The number opening a recommendation's cell is its ref and each action's "
            "recommendation_ref; the actions print no number of their own (ref none). RAG: Green -> "
            "complete, Amber -> in_progress, Red -> not_started (the key above the table)."
        ),
    )


if __name__ == "__main__":
    save_with_gold(document(), HERE, STEM, gold)
