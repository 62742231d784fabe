"""Build plan_blank_rec_cells_glenavon: a Scottish child protection committee's improvement plan
after a learning review (portrait, Cambria, 9.5 pt cells, space after every paragraph), "Rec. |
Improvement action | Lead officer | By when | Measure of success | Status", its Rec. cell printed
on a recommendation's first row only and left blank (not merged) on the rows under it. Each row
is one action: a row whose Rec. cell is blank but whose action, lead, date and status cells are
full is an action of its own under the last Rec. printed above it, never a continuation of the
row above. One such row's action names what it acts on by a status word ("Audit referrals
closed without ..."): it is still an action, not the row above's status.

Built in Word (python-docx), exported to PDF by LibreOffice and to text by plain pdftotext
(the table printed a cell at a time, row after row: "1", its action, lead, date, measure and
status, then the next row's cells with no number); the corpus text is dev/corpus_style.py's
rendering of the PDF. The gold is written below by hand (each record's line looked up in the
text export).

    python tests/zoo/pending/build_plan_blank_rec_cells.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py tests/zoo/pending   # then the .corpus.txt

All people, places and bodies are fictional; the wording is our own.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/zoo, for the gold frame
sys.path.insert(0, str(HERE.parents[1]))  # tests/, for the Word helpers and export steps

from docx.shared import Pt  # noqa: E402
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

STEM = "plan_blank_rec_cells_glenavon"
WRITTEN = "Written by helper s26rows; fictional."
HEADERS = ["Rec.", "Improvement action", "Lead officer", "By when", "Measure of success", "Status"]
WIDTHS = [1.2, 5.2, 3.0, 2.2, 3.6, 2.1]
COMMITTEE = "Glenavon Child Protection Committee"

RECOMMENDATIONS = [
    (
        "1",
        "The Committee should make sure that practitioners in every service know how to raise a "
        "concern about a child who is not brought to health appointments.",
    ),
    (
        "2",
        "Glenavon Council should review how its housing officers share information about a family "
        "moving between temporary addresses.",
    ),
    (
        "3",
        "NHS Glenavon should make sure that health visitors record the name of every adult living "
        "in a household with a child under five.",
    ),
]

# (rec number, action, lead officer, by when, measure of success, status, status value); the Rec.
# number only on each recommendation's first row, as the plan prints it
PLAN = [
    (
        "1",
        "Publish a short practice note on children who are not brought to appointments.",
        "Lead Officer, Child Protection",
        "January 2026",
        "Note published on the Committee's website.",
        "Complete",
        "complete",
    ),
    (
        "1",
        "Add the practice note to the multi-agency child protection training calendar.",
        "Training Coordinator",
        "March 2026",
        "Note taught on every course from April.",
        "In progress",
        "in_progress",
    ),
    (
        "2",
        "Agree an information sharing protocol between the homelessness team and children's services.",
        "Housing Services Manager",
        "May 2026",
        "Protocol signed by both services.",
        "On track",
        "in_progress",
    ),
    (
        "3",
        "Audit twenty records of children not brought to clinic.",
        "Quality Assurance Officer",
        "June 2026",
        "Audit reported to the Committee.",
        "Not started",
        "not_started",
    ),
    (
        "3",
        "Audit referrals closed without a home visit in the last year.",
        "Quality Assurance Officer",
        "August 2026",
        "Findings shared with every team.",
        "Not started",
        "not_started",
    ),
    (
        "3",
        "Change the health visiting record so that it asks who lives in the household at every home visit.",
        "Nurse Consultant, Child Protection",
        "September 2026",
        "Field in use in every health visiting team.",
        "In progress",
        "in_progress",
    ),
    (
        "3",
        "Audit the household field six months after the change.",
        "Nurse Consultant, Child Protection",
        "March 2027",
        "Audit reported to the Committee.",
        "Not started",
        "not_started",
    ),
]


def document():
    doc = new_doc(header=COMMITTEE, footer_label="Learning Review 'Ellis' – Page", font="Cambria", size=11)
    # (space after every paragraph, table cells too: plain pdftotext prints each cell as a block)
    doc.styles["Normal"].paragraph_format.space_after = Pt(6)
    para(doc, "Learning Review: 'Ellis'", bold=True, size=14)
    para(doc, "Recommendations", bold=True, size=12)
    for number, text in RECOMMENDATIONS:
        para(doc, f"Recommendation {number}", bold=True)
        para(doc, text)
    para(doc, "Improvement Plan", bold=True, size=12)
    para(
        doc, "The plan below was agreed by the Committee in October 2025. Each row is one improvement action."
    )
    t = make_table(doc, HEADERS, WIDTHS, size=9.5)
    printed = None
    for number, action, lead, when, measure, state, _ in PLAN:
        rec = number if number != printed else ""  # the Rec. cell blank under its first row
        printed = number
        add_row(t, [rec, action, lead, when, measure, state], WIDTHS, size=9.5)
    para(doc, "")
    para(doc, "Progress on the plan is reported to each meeting of the Committee.")
    return doc


def _actions(lines):
    out = []
    for number, action, lead, when, _, state, value in PLAN:
        out.append(
            action_record(
                first_words(action, 8),
                find_line(lines, action),
                ref=None,  # (the Rec. cell is the recommendation's number: the plan numbers no action)
                recommendation_ref=number,
                lead=lead,
                target_date_raw=when,
                target_date=iso(when),
                status_raw=state,
                status=value,
            )
        )
    return out


def gold(lines):
    return plan_gold(
        STEM,
        family="plan: a Rec. cell printed on a recommendation's first row only, blank below (each row an action)",
        description=(
            "A child protection committee's learning review recommendations and improvement plan, built in "
            "Word (python-docx, Cambria 9 table), exported to PDF by LibreOffice and to text by plain pdftotext "
            "(a cell at a time): Rec. | Improvement action | Lead officer | By when | Measure of success | Status, the "
            "Rec. cell filled on each recommendation's first row and left blank (not merged) below; one "
            "blank-Rec. row's action names what it audits by a status word ('referrals closed')."
        ),
        review=review(None, "Glenavon", "Ellis"),
        recommendations=[
            recommendation_record(number, first_words(text, 10), find_line(lines, text), agency=None)
            for number, text in RECOMMENDATIONS
        ],
        actions=_actions(lines),
        notes=(
            f"{WRITTEN} Each row of the plan is one action (the contract); a row whose Rec. cell is blank "
            "but whose own action, lead officer, date and status cells are full is an action of its own, "
            "its recommendation_ref the last Rec. printed above it (ref null on every row: the Rec. cell is the recommendation's number, the plan numbers no action). Status words: Complete -> complete, In progress and On track -> in_progress, "
            "Not started -> not_started."
        ),
    )


if __name__ == "__main__":
    save_with_gold(document(), HERE, STEM, gold)
