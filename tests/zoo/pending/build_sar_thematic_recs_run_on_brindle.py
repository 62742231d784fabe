"""Build sar_thematic_recs_run_on_brindle: a second thematic SAR of the family whose
recommendations run on in number through the agencies' headings (a mental health trust, a
council's housing service, a police force, the Board), and whose plan "Organisation | Rec |
Action | Target | Status" merges each organisation's cell down over its rows, no lead column.

Unlike sar_thematic_recs_run_on_oakhurst: Courier New, a narrower first column, so the longer
names wrap over two and three lines beside the actions' later words ("Foundation Trust" beside
"for ..."), a name's last line printed under an action of one line, an action over three lines,
the column named "Organisation", and an agency with three rows.

Built in Word (python-docx, Courier New 10), exported to PDF by LibreOffice and to text by
plain pdftotext; corpus text by `/tmp/plumbvenv/bin/python dev/corpus_style.py DIR`.

    python tests/zoo/pending/build_sar_thematic_recs_run_on_brindle.py

All people, places and bodies are fictional; the wording is our own.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # tests/, for the shared export steps
sys.path.insert(0, str(HERE.parent))  # tests/zoo/, for the gold frame

from docx_build import heading, new_doc, page_break, para  # noqa: E402
from office_export import save_with_gold  # noqa: E402
from plan_gold import plan_gold, review  # noqa: E402
from run_on_recs_build import action_records, agency_recommendations, merged_plan, recommendation_records  # noqa: E402

STEM = "sar_thematic_recs_run_on_brindle"
WRITTEN = "Written by helper s28corpusB; fictional."

TRUST = "Harrowmere Mental Health NHS Foundation Trust"
HOUSING = "Brindle Vale Council Housing Service"
POLICE = "Brindle Vale Police"
BOARD = "The Safeguarding Adults Board"

# (agency heading, [(number, recommendation)])
RECS = [
    (
        TRUST,
        [
            ("1", "Set a standard for following up adults who miss two outpatient appointments in a row."),
            (
                "2",
                "Offer carers a named contact on the community team when the person they look after is discharged.",
            ),
        ],
    ),
    (
        HOUSING,
        [
            (
                "3",
                "Treat hoarding that blocks an exit as a safeguarding concern and not only as a tenancy breach.",
            ),
            ("4", "Train tenancy officers to notice when a tenant has stopped using heating or cooking."),
            ("5", "Share the list of tenants in rent arrears with known care needs with adult social care."),
        ],
    ),
    (
        POLICE,
        [("6", "Pass on every concern for welfare about an adult living alone to the local authority.")],
    ),
    (BOARD, [("7", "Hold a learning event on self-neglect for front-line staff within six months.")]),
]

# (agency, rec, action, target, status)
PLAN = [
    (TRUST, "1", "Add a missed appointment check to the outpatient booking system", "Sep-25", "Complete"),
    (TRUST, "2", "Write to carers at discharge", "Dec-25", "On track"),
    (
        HOUSING,
        "3",
        "Put a fire safety visit into the hoarding procedure with a referral route",
        "Mar-26",
        "Off track",
    ),
    (HOUSING, "4", "Run two briefings for tenancy officers", "Jun-25", "Complete"),
    (HOUSING, "5", "Agree a monthly data share with adult social care and test it", "Dec-25", "Not started"),
    (
        POLICE,
        "6",
        "Change the welfare concern form so that it goes straight to the council's front door",
        "Sep-25",
        "On track",
    ),
    (BOARD, "7", "Book the venue and speakers for the learning event", "Jun-25", "Complete"),
]


def document():
    doc = new_doc(
        header="Brindle Vale Safeguarding Adults Board",
        footer_label="SAR: three lives",
        font="Courier New",
        size=10,
    )
    para(doc, "Safeguarding Adults Review: three lives in Brindle Vale", bold=True, size=14)
    para(doc, "A thematic review of self-neglect", size=11)
    heading(doc, "Recommendations", level=1)
    para(doc, "The recommendations are grouped by the organisation that will lead on each of them.")
    agency_recommendations(doc, RECS)
    page_break(doc)
    heading(doc, "Action plan", level=1)
    merged_plan(
        doc, ["Organisation", "Rec", "Action", "Target", "Status"], [3.4, 1.2, 7.2, 2.0, 2.6], PLAN, size=9
    )
    para(doc, "The Board will review this plan at each of its quarterly meetings.")
    return doc


def gold(lines):
    return plan_gold(
        STEM,
        family="thematic SAR: recommendations numbered on through agency headings",
        description=(
            "Thematic SAR built in Word (python-docx, Courier New 10), exported to PDF by LibreOffice and to "
            "text by plain pdftotext: bold organisation lines over hanging numbered recommendations whose "
            "numbers run on, then a plan Organisation | Rec | Action | Target | Status with the first cell "
            "merged down and the longer names wrapped over two and three lines."
        ),
        review=review("SAR", "Brindle Vale", doc_kind="overview_report"),
        recommendations=recommendation_records(lines, RECS),
        actions=action_records(lines, PLAN, 6),
        notes=(
            f"{WRITTEN} Recommendations: the numbered paragraphs, each the organisation of the heading above "
            "it. Actions: agency_section the merged Organisation cell, no lead column."
        ),
    )


if __name__ == "__main__":
    save_with_gold(document(), HERE, STEM, gold)
