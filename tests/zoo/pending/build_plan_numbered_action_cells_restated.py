"""Build plan_numbered_action_cells_restated_pellow: a Welsh-style practice review whose
recommendations are printed in the report as numbered paragraphs and again in its action plan,
"No. | Recommendation | Action | Lead | Timescale | Outcome / evidence | RAG / progress", each action cell
opening with its own number under the recommendation's ("1.1 Write ..."), the recommendation's
cell merged over its actions. On corpus text (pdfplumber, each printed line's cells joined by
single spaces) the recommendation's words run on beside the actions of later rows.

Built in Word (python-docx, Arial 9 table, landscape), exported to PDF by LibreOffice and to
text by plain pdftotext; the gold is written by hand below (its lines looked up in the text
export). Render the corpus text with `/tmp/plumbvenv/bin/python dev/corpus_style.py DIR` on a
scratch copy of the PDF and gold.

    python tests/zoo/pending/build_plan_numbered_action_cells_restated.py

All people, places and bodies are fictional; the wording is our own.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # tests/, for the shared export steps
sys.path.insert(0, str(HERE.parent))  # tests/zoo/, for the gold frame

from docx_build import heading, landscape_section, merged_plan_table, new_doc, para  # noqa: E402
from office_export import save_with_gold  # noqa: E402
from plan_gold import action_record, find_line, first_words, iso, plan_gold, recommendation_record, review  # noqa: E402

STEM = "plan_numbered_action_cells_restated_pellow"
WRITTEN = "Written by helper s26partial; fictional."
HEADERS = ["No.", "Recommendation", "Action", "Lead", "Timescale", "Outcome / evidence", "RAG / progress"]
WIDTHS = [1.0, 3.8, 5.8, 3.0, 2.2, 4.2, 3.4]
RAG = {"Green": "complete", "Amber": "in_progress", "Red": "not_started"}

# (number, recommendation, body, [(ref, action, lead, timescale, outcome, rag, progress)])
PLAN = [
    (
        "1",
        "The Pellow Regional Safeguarding Board should make sure that every partner's staff know "
        "how to raise a concern about an adult who stops answering the door.",
        "Pellow Regional Safeguarding Board",
        [
            (
                "1.1",
                "Write a short guide on welfare checks at closed doors",
                "Board Business Manager",
                "31/01/2025",
                "Guide in use",
                "Green",
                "guide issued January",
            ),
            (
                "1.2",
                "Ask each partner to test the guide with one team",
                "Board Learning Group",
                "June 2025",
                "Returns from partners",
                "Amber",
                "three of six returned",
            ),
        ],
    ),
    (
        "2",
        "Pellow County Council should visit within five working days when a paid carer reports "
        "that an adult has refused care three times in a week.",
        "Pellow County Council",
        [
            (
                "2.1",
                "Add the three refusals rule to the home care contract",
                "Commissioning Manager",
                "30/04/2025",
                "Contract varied",
                "Green",
                "variation signed",
            ),
        ],
    ),
    (
        "3",
        "Pellow Health Board should tell the adult's social worker when a community nurse closes "
        "a case because the adult would not let them in.",
        "Pellow Health Board",
        [
            (
                "3.1",
                "Add a closure alert to the community nursing record",
                "Head of District Nursing",
                "September 2025",
                "Alerts sent",
                "Red",
                "not yet begun",
            ),
        ],
    ),
]


def document():
    doc = new_doc(
        header="Pellow Regional Safeguarding Board", footer_label="Adult Practice Review PRSB 3", size=11
    )
    para(doc, "Adult Practice Review PRSB 3/2024", bold=True, size=14)
    heading(doc, "Recommendations", level=1)
    para(doc, "The review makes three recommendations.")
    for number, rec, _, _ in PLAN:
        para(doc, f"{number}. {rec}")
    landscape_section(doc)
    heading(doc, "Appendix – Action plan", level=1)
    merged_plan_table(
        doc,
        HEADERS,
        WIDTHS,
        [
            (
                (number, rec),
                [
                    (f"{ref} {action}", lead, when, outcome, f"{rag} – {progress}")
                    for ref, action, lead, when, outcome, rag, progress in actions
                ],
            )
            for number, rec, _, actions in PLAN
        ],
        size=9,
    )
    para(doc, "")
    para(doc, "The Board reviews this plan at each of its meetings.")
    return doc


def _actions(lines):
    return [
        action_record(
            first_words(action, 7),
            find_line(lines, action),
            ref=ref,
            recommendation_ref=number,
            lead=lead,
            target_date_raw=when,
            target_date=iso(when),
            status_raw=f"{rag} – {progress}",
            status=RAG[rag],
        )
        for number, _, _, actions in PLAN
        for ref, action, lead, when, _, rag, progress in actions
    ]


def gold(lines):
    return plan_gold(
        STEM,
        family="plan: numbered action cells under a merged recommendation restated from the report",
        description=(
            "Adult practice review: recommendations as numbered paragraphs, then an action plan built in "
            "Word (python-docx, Arial 9 table, landscape), exported to PDF by LibreOffice and to text by "
            "plain pdftotext: No. | Recommendation | Action | Lead | Timescale | Outcome / evidence | RAG / progress, "
            "the number and recommendation cells merged over the actions, each action cell opening with "
            "its own number."
        ),
        review=review("APR", "Pellow", doc_kind="overview_report", review_id="PRSB 3/2024"),
        recommendations=[
            recommendation_record(number, first_words(rec, 10), find_line(lines, rec), agency=body)
            for number, rec, body, _ in PLAN
        ],
        actions=_actions(lines),
        notes=(
            f"{WRITTEN} Actions: each numbered action cell, its number the action's ref and the merged "
            "number its recommendation_ref. RAG: Green -> complete, Amber -> in_progress, Red -> not_started."
        ),
    )


if __name__ == "__main__":
    save_with_gold(document(), HERE, STEM, gold)
