"""Build sar_plan_rec_text_first_row_split_row_carrowby: a Safeguarding Adults Board's SAR action
plan with no report around it (landscape, Liberation Serif, 9 pt cells): "Rec. | SAR recommendation
| Action | Lead | Target date | Progress update | Status", the recommendation's number and text
printed on its group's first row only, the two leading cells left empty (not merged) on the rows
under it. The first row of recommendation 4 carries a progress update long enough to run over the
page break: page 2 opens, under the repeated header, with the rest of that update and every other
cell of the row empty, then 4's second action (leading cells empty) and recommendation 5.

The plan is the only place the recommendations are printed, so they are read from its first rows.
A row with empty leading cells but its own action, lead, date and status is an action under the
recommendation above; the page-2 remainder of a split row is not an action.

Built in Word (python-docx), exported to PDF by LibreOffice and to text by plain pdftotext (which
prints a page's recommendation texts after that page's actions); the corpus text is
dev/corpus_style.py's rendering of the PDF. The gold is written below by hand.

    python tests/zoo/pending/build_sar_plan_rec_text_first_row_split_row.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py tests/zoo/pending   # then the .corpus.txt

All people, places and bodies are fictional; the wording is our own.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/zoo, for the gold frame
sys.path.insert(0, str(HERE.parents[1]))  # tests/, for the Word helpers and export steps

from docx.shared import Cm  # noqa: E402
from docx_build import add_row, make_table, new_doc, para  # noqa: E402
from office_export import save_with_gold  # noqa: E402
from plan_gold import (  # noqa: E402
    action_record,
    find_line,
    first_words,
    iso,
    plan_gold,
    recommendation_record,
    review,
)

STEM = "sar_plan_rec_text_first_row_split_row_carrowby"
WRITTEN = "Written by helper s49h49; fictional."
HEADERS = ["Rec.", "SAR recommendation", "Action", "Lead", "Target date", "Progress update", "Status"]
WIDTHS = [1.2, 5.6, 5.0, 3.0, 2.2, 7.0, 2.2]
BOARD = "Carrowby Safeguarding Adults Board"

RECOMMENDATIONS = {
    "1": "The Board should seek assurance that adult social care staff consider whether a person who "
    "declines support has the capacity to make that decision about their care.",
    "2": "The Board should ask partners to agree how a concern raised by the ambulance service about self-neglect is "
    "passed to the adult's GP and to the local authority on the same day.",
    "3": "The Board should seek assurance from the housing provider that missed gas safety visits "
    "trigger a welfare check by a named officer.",
    "4": "The Board should commission multi-agency training on working with adults who hoard, drawing "
    "on the learning from this review.",
    "5": "The Board should publish a short briefing on this review for frontline practitioners.",
}

UPDATE_4 = (
    "A training needs analysis was completed in the autumn with every partner and found that most "
    "frontline staff had had no training on hoarding since joining their service. A provider has been "
    "chosen after a short tender and the course content has been agreed with the Board's learning and "
    "development group, including a case study written from this review, a session led by a fire "
    "safety officer and a session on assessing capacity where a person's home is a risk to them. The "
    "first two courses are booked and places have been offered to adult social care, housing, the "
    "ambulance service, the fire service and primary care. Attendance will be reported to each "
    "meeting of the group, together with the feedback forms, and a second round of courses will be "
    "planned if demand is higher than the places offered. The group will also ask partners to name a "
    "lead practitioner for hoarding in each team so that the learning is kept alive after the course. "
    "A short evaluation of the first courses will be presented to the Board in the spring, with a "
    "proposal for a refresher session in the following year if the evaluation supports one."
)

# (rec, action, lead, target, progress update, status, status value): the rec number and text on
# each group's first row only
PLAN = [
    (
        "1",
        "Audit twenty cases closed after a person declined support.",
        "Head of Adult Social Care",
        "31/03/2025",
        "Audit completed and reported to the Board in April.",
        "Completed",
        "complete",
    ),
    (
        "1",
        "Refresh the practice guidance on assessing capacity to decline care.",
        "Principal Social Worker",
        "30/06/2025",
        "Draft guidance shared with teams for comment.",
        "On track",
        "in_progress",
    ),
    (
        "2",
        "Agree a same-day referral route for self-neglect concerns.",
        "Ambulance Service Safeguarding Lead",
        "30/04/2025",
        "Route agreed in principle; waiting for sign-off by the GP federation.",
        "Delayed",
        "in_progress",
    ),
    (
        "2",
        "Test the route with a dip sample of referrals.",
        "Safeguarding Adults Manager",
        "31/07/2025",
        "Not yet begun; depends on the route being signed off.",
        "Not started",
        "not_started",
    ),
    (
        "3",
        "Add a welfare check to the missed gas safety visit procedure.",
        "Housing Operations Manager",
        "31/05/2025",
        "Procedure changed and staff briefed.",
        "Completed",
        "complete",
    ),
    (
        "3",
        "Name an officer for each tenant with two missed visits in a year.",
        "Tenancy Services Lead",
        "30/09/2025",
        "List of tenants drawn up; officers being named.",
        "On track",
        "in_progress",
    ),
    (
        "4",
        "Commission a hoarding training course for partners.",
        "Board Business Manager",
        "31/10/2025",
        UPDATE_4,
        "On track",
        "in_progress",
    ),
    (
        "4",
        "Add hoarding to the Board's multi-agency training calendar.",
        "Learning and Development Lead",
        "Ongoing",
        "Calendar updated for the coming year.",
        "On track",
        "in_progress",
    ),
    (
        "5",
        "Write and publish a seven-minute briefing on the review.",
        "Board Business Manager",
        "31/01/2025",
        "Briefing published and sent to all partners.",
        "Completed",
        "complete",
    ),
]


def document():
    doc = new_doc(
        landscape=True,
        header="OFFICIAL",
        footer_label="Carrowby SAB – SAR 'Walter' action plan – Page",
        font="Liberation Serif",
        size=10,
    )
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(1.5)
    para(doc, "Safeguarding Adults Review 'Walter' (SAR 2023/02) – Action Plan", bold=True, size=13)
    para(doc, "Version 3, agreed by the Board's case review group in January 2025.")
    para(
        doc,
        "Walter was 71 when he died at his home in Carrowby on 9 August 2023. The review looked at the "
        "support offered to him in the two years before his death.",
    )
    para(doc, "Status key: Completed; On track; Delayed; Not started.", italic=True, size=9)
    t = make_table(doc, HEADERS, WIDTHS, size=9)
    printed = None
    for rec, action, lead, target, update, state, _ in PLAN:
        first = rec != printed
        printed = rec
        cells = [rec, RECOMMENDATIONS[rec]] if first else ["", ""]
        add_row(t, cells + [action, lead, target, update, state], WIDTHS, size=9)
    para(doc, "")
    para(doc, "The next update will be given to the Board in July 2025.")
    return doc


def _actions(lines):
    return [
        action_record(
            first_words(action, 8),
            find_line(lines, action),
            ref=None,  # (the Rec. cell is the recommendation's number: the plan numbers no action)
            recommendation_ref=rec,
            lead=lead,
            target_date_raw=target,
            target_date=iso(target),
            status_raw=state,
            status=value,
        )
        for rec, action, lead, target, _, state, value in PLAN
    ]


def gold(lines):
    return plan_gold(
        STEM,
        family="SAR plan: recommendation number and text on a group's first row only, a row split over the page",
        description=(
            "A Safeguarding Adults Board's SAR action plan only, built in Word (python-docx, Liberation Serif "
            "9 pt table, landscape), exported to PDF by LibreOffice and to text by plain pdftotext: Rec. | SAR "
            "recommendation | Action | Lead | Target date | Progress update | Status, the recommendation's "
            "number and text on its first row only, the leading cells empty below; recommendation 4's first "
            "row split over the page break (its update runs on under the repeated header)."
        ),
        review=review(
            "SAR", "Carrowby", "Walter", review_id="SAR 2023/02", age=71, date_of_death="2023-08-09"
        ),
        recommendations=[
            recommendation_record(ref, first_words(text, 10), find_line(lines, text), agency=BOARD)
            for ref, text in RECOMMENDATIONS.items()
        ],
        actions=_actions(lines),
        notes=(
            f"{WRITTEN} The recommendations are printed only in the plan's SAR recommendation cells, each "
            "on its group's first row. A row with empty leading cells is an action under the recommendation "
            "above (ref null: the plan numbers no action); the page-2 remainder of the split row is not an "
            "action. Status key: Completed -> complete, On track and Delayed -> in_progress, Not started -> "
            "not_started; 'Ongoing' as a target is no date. Agency: every recommendation opens with "
            "'The Board', the Board's full name."
        ),
    )


if __name__ == "__main__":
    save_with_gold(document(), HERE, STEM, gold)
