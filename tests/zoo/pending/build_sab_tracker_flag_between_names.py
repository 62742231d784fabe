"""Build the zoo document of a SAB tracker whose completion flag sits between two other columns.

A safeguarding adults board's tracker for one review (Liberation Sans 9, landscape): Ref |
Recommendation | Action | Resp. | Due | Completed? (Y/N/P) | Evidence / update. Each action has
its own number ("2.1"); the recommendation's cell opens with its code ("R2 The Trust should ...")
and is merged down over its actions' rows; the rows are grouped under full-width theme bands.
The lead column is named by an abbreviation ("Resp."), the due dates are month and year in
short form ("Feb-25"), and the flag column is too narrow for its name, so its question mark and
letters wrap under it while a wider column follows it on the right. All people, places and
bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_sab_tracker_flag_between_names.py   # .docx, .pdf, .txt, .json
    /tmp/plumbvenv/bin/python dev/corpus_style.py <a folder holding the .pdf and .json>   # .corpus.txt
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx.enum.section import WD_ORIENT
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # tests/, for the shared export steps
sys.path.insert(0, str(HERE.parent))  # tests/zoo/, for the plan tables' builders

from office_export import save_rendered  # noqa: E402
from plan_gold import (  # noqa: E402
    NO_LINE,
    action_record,
    first_words,
    plan_gold,
    recommendation_record,
    review,
    save_gold,
)
from plan_merged_build import band, new_document, row, table  # noqa: E402

STEM = "sab_tracker_flag_between_names"
HEADERS = ["Ref", "Recommendation", "Action", "Resp.", "Due", "Completed? (Y/N/P)", "Evidence / update"]
WIDTHS = [1.1, 6.2, 6.0, 3.2, 1.5, 2.1, 5.6]
LETTERS = {"Y": "complete", "P": "in_progress", "N": "not_started"}
MONTHS = {"Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "May": 5, "Jun": 6, "Jul": 7, "Aug": 8,
          "Sep": 9, "Oct": 10, "Nov": 11, "Dec": 12}  # fmt: skip
BOARD = "Wrenmouth Safeguarding Adults Board"

# (theme band, [(code, agency, recommendation, [(ref, action, lead, due, letter, evidence)])])
PLAN = [
    (
        "Theme A: Hearing the adult's own voice",
        [
            ("R1", BOARD, "The Board should check that practitioners record what an adult who "
             "refuses help says matters to them, and revisit it at every review.",
             [("1.1", "Add a 'what matters to me' section to the adult safeguarding referral form",
               "Board Development Officer", "Nov-24", "Y", "Form changed; guidance circulated to all partners"),
              ("1.2", "Sample twenty referrals to see whether the section is completed",
               "Audit and Assurance Group", "May-25", "P", "Fourteen of twenty sampled so far")]),
            ("R2", "Wrenmouth Community Trust", "Wrenmouth Community Trust should make sure that "
             "district nurses escalate to a senior clinician when a patient declines wound care "
             "twice in one week.",
             [("2.1", "Write the escalation step into the wound care pathway",
               "Lead Nurse for Quality", "Feb-25", "Y", "Pathway reissued in January"),
              ("2.2", "Brief every district nursing team on the new step",
               "Practice Educator", "Apr-25", "N", "Briefings planned for the spring")]),
        ],
    ),
    (
        "Theme B: Sharing what agencies know",
        [
            ("R3", "Wrenmouth Borough Council", "Wrenmouth Borough Council should tell adult social "
             "care when an environmental health visit finds a home unfit to live in.",
             [("3.1", "Agree a referral form between environmental health and adult social care",
               "Environmental Health Manager", "Dec-24", "Y", "Form agreed and in use"),
              ("3.2", "Report the number of such referrals to the Board twice a year",
               "Environmental Health Manager", "Jun-25", "N", "")]),
        ],
    ),
]  # fmt: skip


def build() -> Path:
    doc = new_document("Wrenmouth SAB – SAR ‘Ambrose’ – action tracker")
    section = doc.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    section.left_margin = section.right_margin = Cm(1.5)
    doc.styles["Normal"].font.name = "Liberation Sans"
    doc.styles["Normal"].font.size = Pt(9)
    doc.add_heading("Wrenmouth Safeguarding Adults Board", level=1)
    doc.add_paragraph("Safeguarding Adults Review ‘Ambrose’ – action tracker, June 2025")
    doc.add_paragraph(
        "Ambrose was 84 and lived alone in a bungalow on the edge of town. He turned away most of "
        "the help he was offered and died after a fall at home. The Board made three "
        "recommendations, set out below under the review's two themes."
    )
    t = table(doc, HEADERS, WIDTHS)
    for theme, recs in PLAN:
        band(t, theme)
        for code, _, rec, actions in recs:
            for n, (ref, action, lead, due, letter, evidence) in enumerate(actions):
                row(t, [ref, f"{code} {rec}" if n == 0 else "", action, lead, due, letter, evidence])
                if n:  # (the recommendation's cell merged down over its later actions)
                    t.cell(len(t.rows) - 2, 1).merge(t.cell(len(t.rows) - 1, 1))
    for r in t.rows:
        for cell, width in zip(r.cells, WIDTHS):
            cell.width = Cm(width)
    doc.add_paragraph("The tracker is next reviewed by the Board's SAR Group in September 2025.")
    return save_rendered(doc, HERE, STEM)


def _month(due: str) -> str:
    mon, yy = due.split("-")
    return f"20{yy}-{MONTHS[mon]:02d}"


def gold() -> dict:
    recommendations = [
        recommendation_record(code[1:], first_words(rec, 10), NO_LINE, agency=agency, scope=None)
        for _, recs in PLAN
        for code, agency, rec, _ in recs
    ]
    actions = [
        action_record(
            first_words(action, 8),
            NO_LINE,
            ref=ref,
            recommendation_ref=code[1:],
            lead=lead,
            target_date_raw=due,
            target_date=_month(due),
            status_raw=letter,
            status=LETTERS[letter],
        )
        for _, recs in PLAN
        for code, _, _, actions in recs
        for ref, action, lead, due, letter, _ in actions
    ]
    return plan_gold(
        STEM,
        description=(
            "A SAB's tracker, landscape: Ref | Recommendation | Action | Resp. | Due | Completed? "
            "(Y/N/P) | Evidence / update, numbered actions under recommendation cells opening 'R1 "
            "The Board should ...' merged down, theme bands, 'Mon-yy' due dates, the flag's name "
            "wrapping under it between two columns."
        ),
        review=review("SAR", "Wrenmouth", "Ambrose", age=84),
        recommendations=recommendations,
        actions=actions,
        notes=(
            "Every recommendation is an overview one made to the body its text names; a theme "
            "band is a heading. Each action keeps its own number; its recommendation is the code "
            "of the merged cell. Status from the letter the header names: Y complete, P in "
            "progress, N not started."
        ),
    )


if __name__ == "__main__":
    print(build())
    save_gold(HERE, STEM, gold())
