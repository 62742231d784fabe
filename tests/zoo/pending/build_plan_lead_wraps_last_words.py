"""Build plan_lead_wraps_last_words_tarnbrook: a Community Safety Partnership's DHR plan,
Recommendation | Agreed action | Lead officer | Target date | Progress update | RAG, each
numbered recommendation cell merged down over its actions' rows, the Lead officer column narrow
so that most owners wrap: a name's last word printed alone on its own line ("Discharge
Liaison" / "Nurse", "Principal Social" / "Worker"), a possessive ending a line ("Head of
Children's" / "Social Care"). Plain pdftotext prints the rows' short cells right of the action as bands (lead,
date, update, RAG), neighbouring rows' owners as one block of lines.

Built in Word (python-docx, Arial 9 table, landscape), exported to PDF by LibreOffice and to
text by plain pdftotext; the gold is written by hand below (each record's line looked up in
the text export). Render the corpus text with dev/corpus_style.py (pdfplumber).

    python tests/zoo/pending/build_plan_lead_wraps_last_words.py

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

STEM = "plan_lead_wraps_last_words_tarnbrook"
WRITTEN = "Written by helper s31lead; fictional."
HEADERS = ["Recommendation", "Agreed action", "Lead officer", "Target date", "Progress update", "RAG"]
WIDTHS = [6.4, 5.6, 3.4, 2.4, 5.8, 1.6]
RAG = {"Green": "complete", "Amber": "in_progress", "Red": "not_started"}

# (number, recommendation, recommending body, [(action, lead, target, progress, rag), ...])
PLAN = [
    (
        "1",
        "The Tarnbrook Community Safety Partnership should make sure that hospital discharge "
        "teams tell the patient's community nurses the same day when an older patient who lives "
        "with a relative leaves against advice.",
        "Tarnbrook Community Safety Partnership",
        [
            (
                "Write a same-day discharge alert into the ward handbook",
                "Discharge Liaison Nurse",
                "31/01/2025",
                "Alert added to the handbook in January.",
                "Green",
            ),
            (
                "Check thirty discharges against advice for a sent alert",
                "Ward Audit Officer",
                "June 2025",
                "Twelve records checked so far.",
                "Amber",
            ),
        ],
    ),
    (
        "2",
        "Tarnbrook Borough Council should offer every carer who refuses an assessment a second "
        "visit within ten days, so that the refusal is understood before the case closes.",
        "Tarnbrook Borough Council",
        [
            (
                "Change the closure checklist to require a second visit",
                "Adult Care Service Manager",
                "30/04/2025",
                "Checklist changed and in use.",
                "Green",
            ),
        ],
    ),
    (
        "3",
        "The Tarnbrook Community Safety Partnership should share the learning from this review "
        "with school staff, pharmacists and voluntary sector visitors across the borough.",
        "Tarnbrook Community Safety Partnership",
        [
            (
                "Hold two lunchtime learning sessions for school staff",
                "Head of Children's Social Care",
                "March 2025",
                "Both sessions held; 51 attended.",
                "Green",
            ),
            (
                "Send a one-page practice note to community pharmacies",
                "Principal Social Worker",
                "September 2025",
                "Note drafted with the pharmacy network.",
                "Amber",
            ),
        ],
    ),
    (
        "4",
        "Tarnbrook Fire and Rescue Service should add carers' stress and smoking to the risks "
        "its home safety visits ask about.",
        "Tarnbrook Fire and Rescue Service",
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
    doc = new_doc(header="Tarnbrook Community Safety Partnership", footer_label="DHR Maud – Page", size=10)
    landscape_section(doc)
    para(doc, "Domestic Homicide Review: Maud", bold=True, size=14)
    para(doc, "Action plan", bold=True, size=12)
    para(doc, "RAG: Green – done; Amber – under way; Red – not yet begun. Position at 1 October 2025.")
    groups = [((f"{number}. {rec}",), actions) for number, rec, _, actions in PLAN]
    merged_plan_table(doc, HEADERS, WIDTHS, groups, size=9)
    para(doc, "")
    para(doc, "The Partnership will review this plan at each of its quarterly meetings.")
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
        family="plan: numbered recommendation cells merged over unnumbered action rows, owners wrapped in a narrow column",
        description=(
            "Community Safety Partnership DHR plan built in Word (python-docx, Arial 9 table, landscape), "
            "exported to PDF by LibreOffice and to text by plain pdftotext: Recommendation | Agreed action | "
            "Lead officer | Target date | Progress update | RAG, each recommendation cell opening with its "
            "number and merged down over its action rows; the narrow Lead officer column wraps most owners, "
            "a name's last word alone on a line ('Nurse', 'Worker') or a line ending on a possessive."
        ),
        review=review("DHR", "Tarnbrook", "Maud"),
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
