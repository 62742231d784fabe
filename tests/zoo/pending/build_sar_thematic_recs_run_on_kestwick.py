"""Build sar_thematic_recs_run_on_kestwick: a third thematic SAR of the family whose
recommendations run on in number through the agencies' headings, and whose plan "Agency | No. |
Action | Target date | Status" merges each agency's cell down over its rows, no lead column.

Unlike sar_thematic_recs_run_on_oakhurst and _brindle: Arial 10, the ref column named "No.", the
target column "Target date", eight rows under four agencies (one agency with three rows, one
with a single row whose name wraps over three lines), actions written as sentences with a full
stop, and a line of sign-off under the table. Plain pdftotext prints the table a column at a
time, each column's name over its first cells, the later rows' targets and statuses a row at
a time (plan.headed_columns).

Built in Word (python-docx, Arial 10), exported to PDF by LibreOffice and to text by plain
pdftotext; corpus text by `/tmp/plumbvenv/bin/python dev/corpus_style.py DIR`.

    python tests/zoo/pending/build_sar_thematic_recs_run_on_kestwick.py

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

STEM = "sar_thematic_recs_run_on_kestwick"
WRITTEN = "Written by helper s33hotext; fictional."

ICB = "Kestwick Integrated Care Board"
AMBULANCE = "Western Uplands Ambulance Service NHS Trust"
HOUSING = "Kestwick Homes"
BOARD = "Kestwick Safeguarding Adults Board"

# (agency heading, [(number, recommendation)])
RECS = [
    (
        ICB,
        [
            ("1", "Ask every practice to name a lead for adults who stop collecting their prescriptions."),
            ("2", "Check that annual reviews for people with diabetes ask how they manage at home."),
        ],
    ),
    (
        AMBULANCE,
        [("3", "Tell the local authority the same day when a crew leaves an adult at home in a cold house.")],
    ),
    (
        HOUSING,
        [
            (
                "4",
                "Make sure an officer visits within a week any tenant whose neighbours report a smell or flies.",
            ),
            ("5", "Agree with adult social care who leads when a tenant refuses entry."),
        ],
    ),
    (BOARD, [("6", "Publish a short guide to self-neglect for families and neighbours.")]),
]

# (agency, rec, action, target, status)
PLAN = [
    (ICB, "1", "Write to all practices asking for a named lead.", "Sep-25", "Complete"),
    (ICB, "2", "Add two questions on daily living to the diabetes review template.", "Mar-26", "On track"),
    (
        AMBULANCE,
        "3",
        "Add a same-day referral prompt to the crew's electronic record for cold homes.",
        "Dec-25",
        "Off track",
    ),
    (HOUSING, "4", "Set a seven-day visit standard for reports of smells or pests.", "Jun-25", "Complete"),
    (HOUSING, "5", "Draft a joint protocol for tenants who refuse entry.", "Dec-25", "Not started"),
    (HOUSING, "5", "Train housing officers on the protocol once it is agreed.", "Mar-26", "Not started"),
    (BOARD, "6", "Commission the guide with the carers' forum.", "Sep-25", "On track"),
    (BOARD, "6", "Print the guide and share it through libraries and pharmacies.", "Mar-26", "Not started"),
]


def document():
    doc = new_doc(
        header="Kestwick Safeguarding Adults Board",
        footer_label="Thematic SAR: living alone",
        font="Arial",
        size=10,
    )
    para(doc, "Thematic Safeguarding Adults Review: living alone in Kestwick", bold=True, size=14)
    para(doc, "Learning from the deaths of Dora, Evan and Fergus", size=11)
    heading(doc, "The review", level=1)
    para(
        doc,
        "Dora, Evan and Fergus each lived alone in Kestwick and died at home during the winter of 2023. "
        "Each had stopped looking after their own health some months before. The Board asked for one "
        "review of all three deaths because the same agencies knew each of them and the same questions "
        "were raised about how concerns were shared.",
    )
    heading(doc, "What we found", level=1)
    para(
        doc,
        "Practitioners saw the signs of self-neglect but often recorded them as lifestyle choices. Nobody "
        "held the whole picture: the GP, the ambulance crews and the housing officers each knew part of "
        "it. When a person refused help the case was usually closed, and concerns raised by neighbours "
        "were not followed up.",
    )
    heading(doc, "Recommendations", level=1)
    para(doc, "Each recommendation is listed under the agency the Board has asked to lead on it.")
    agency_recommendations(doc, RECS)
    page_break(doc)
    heading(doc, "Action plan", level=1)
    merged_plan(
        doc, ["Agency", "No.", "Action", "Target date", "Status"], [3.0, 1.1, 7.4, 2.2, 2.6], PLAN, size=9
    )
    para(doc, "Signed off by the Board chair in May 2025.")
    return doc


def gold(lines):
    return plan_gold(
        STEM,
        family="thematic SAR: recommendations numbered on through agency headings",
        description=(
            "Thematic SAR built in Word (python-docx, Arial 10), exported to PDF by LibreOffice and to text "
            "by plain pdftotext: bold agency lines over hanging numbered recommendations whose numbers run on, "
            "then a plan Agency | No. | Action | Target date | Status with the first cell merged down, eight "
            "rows under four agencies, actions written as sentences."
        ),
        review=review("SAR", "Kestwick", doc_kind="overview_report"),
        recommendations=recommendation_records(lines, RECS),
        actions=action_records(lines, PLAN, 6),
        notes=(
            f"{WRITTEN} Recommendations: the numbered paragraphs, each the agency of the heading above it. "
            "Actions: agency_section the merged Agency cell, no lead column."
        ),
    )


if __name__ == "__main__":
    save_with_gold(document(), HERE, STEM, gold)
