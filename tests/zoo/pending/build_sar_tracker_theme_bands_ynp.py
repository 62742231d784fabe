"""Build the zoo document of a SAR tracker with theme bands and a Completed? (Y/N/P) column.

A safeguarding adults board's tracker for one review (Liberation Sans 10, landscape):
Recommendation | Actions | Lead | Target date | Completed? (Y/N/P). Each recommendation cell
opens with its code and the body it is made to ("R1 The Board should ..."); the rows are grouped
under full-width shaded theme bands ("Theme 1: Knowing the Person"), which name a theme, not who
acts. A recommendation may span two action rows (its cell merged down), so a row is an action: one
Actions cell is a bullet list of steps sharing the row's one lead, date and status (one action). The last column holds a single letter the header names: Y complete, P partly done, N not
started. All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_sar_tracker_theme_bands_ynp.py   # .docx, .pdf, .txt, .json
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
from plan_merged_build import band, new_document, row, table  # noqa: E402

STEM = "sar_tracker_theme_bands_ynp"
HEADERS = ["Recommendation", "Actions", "Lead", "Target date", "Completed? (Y/N/P)"]
WIDTHS = [7.0, 8.0, 4.0, 2.6, 2.6]
LETTERS = {"Y": "complete", "P": "in_progress", "N": "not_started"}
BOARD = "Hallowby Safeguarding Adults Board"

# (theme band, [(ref, agency, recommendation, action, lead, target, letter)])
PLAN = [
    (
        "Theme 1: Knowing the Person",
        [
            ("R1", BOARD, "The Board should seek assurance that practitioners ask adults who neglect "
             "themselves about their history and what matters to them.",
             "Add questions about personal history to the self-neglect assessment template.",
             "Board Business Manager", "31/03/2024", "Y"),
            ("R2", "Hallowby Council", "Hallowby Council should make sure that a named worker keeps "
             "in touch with an adult who declines a care package.",
             "• Write a short guide for keeping in touch after a care package is declined.\n"
             "• Brief all adult social care team managers on the guide.\n"
             "• Check twenty closed cases against the guide after six months.",
             "Head of Adult Social Care", "30/09/2024", "P"),
            ("R2", "Hallowby Council", "",
             "Add a keeping-in-touch field to the case recording system.",
             "Systems Development Lead", "31/01/2025", "N"),
        ],
    ),
    (
        "Theme 2: Partnership Working and Escalation",
        [
            ("R3", BOARD, "The Board should agree how partners escalate a case when an adult at "
             "risk refuses every service offered.",
             "Publish an escalation route for cases of repeated refusal.",
             "Policy Subgroup Chair", "31/12/2024", "N"),
            ("R4", "Hallowby Fire and Rescue Service", "Hallowby Fire and Rescue Service should "
             "share the findings of home safety visits with adult social care when hoarding is seen.",
             "Set up a referral form from home safety visits to adult social care.",
             "Prevention Manager", "30/06/2024", "Y"),
        ],
    ),
]  # fmt: skip


def build() -> Path:
    doc = new_document("Hallowby SAB – SAR ‘Cedric’ tracker")
    doc.styles["Normal"].font.name = "Liberation Sans"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading("Hallowby Safeguarding Adults Board", level=1)
    doc.add_paragraph("Safeguarding Adults Review ‘Cedric’ – recommendations tracker, March 2025")
    doc.add_paragraph(
        "Cedric was 71 and lived alone. He declined help with his home, which had become "
        "unsafe, and died after a fire. The Board accepted the four recommendations below."
    )
    t = table(doc, HEADERS, WIDTHS)
    for theme, rows in PLAN:
        band(t, theme)
        for ref, _, rec, action, lead, when, letter in rows:
            if not rec:  # a second action under the recommendation above: its cell merged down
                row(t, ["", action, lead, when, letter])
                t.cell(len(t.rows) - 2, 0).merge(t.cell(len(t.rows) - 1, 0))
                continue
            row(t, [f"{ref} {rec}", action, lead, when, letter])
    for r in t.rows:
        for cell, width in zip(r.cells, WIDTHS):
            cell.width = Cm(width)
    doc.add_paragraph("The tracker is reviewed by the Board's SAR Subgroup every quarter.")
    return save_rendered(doc, HERE, STEM)


def gold() -> dict:
    recommendations = [
        recommendation_record(ref, first_words(rec, 10), NO_LINE, agency=agency, scope=None)
        for _, rows in PLAN
        for ref, agency, rec, *_ in rows
        if rec
    ]
    actions = [
        action_record(
            first_words(action.lstrip("• "), 9),
            NO_LINE,
            recommendation_ref=ref,
            lead=lead,
            target_date_raw=when,
            target_date=iso(when),
            status_raw=letter,
            status=LETTERS[letter],
        )
        for _, rows in PLAN
        for ref, _, _, action, lead, when, letter in rows
    ]
    return plan_gold(
        STEM,
        description=(
            "A SAB's tracker, landscape: Recommendation | Actions | Lead | Target date | Completed? "
            "(Y/N/P), recommendation cells opening 'R1 The Board should ...', rows grouped under "
            "full-width theme bands, one Actions cell a bullet list of three steps, R2's cell merged over "
            "two action rows."
        ),
        review=review("SAR", "Hallowby", "Cedric", age=71),
        recommendations=recommendations,
        actions=actions,
        notes=(
            "Every recommendation is an overview one made to the body its text names; a theme band "
            "is a heading, not an addressee. The bulleted Actions cell is one action (one lead, "
            "date and status). Status from the letter the header names: Y complete, P in progress, "
            "N not started."
        ),
    )


if __name__ == "__main__":
    print(build())
    save_gold(HERE, STEM, gold())
