"""Build the zoo document of a board's tracker whose rows are grouped under theme bands,
exported as pdftotext -layout text (its columns side by side).

A safeguarding adults board's tracker for one review (Arial 9, landscape): No. | Recommendation
| Action | Lead officer | Due | Completed? (Y/N/P). Each row's number is its action's ("2.1"); each
recommendation cell opens with the recommendation's code ("R2 Thornby Council should ..."),
merged down over its actions where it has two. The rows are grouped under full-width shaded
theme bands ("Theme 1: Hearing the Person") that name a theme, not who acts: the table goes on
under each band (plan.vocabulary.part_or_theme). A recommendation cell taller than its first
action prints its last lines beside the next action's. All people, places and bodies are
fictional; the wording is our own.

    python tests/zoo/pending/build_tracker_theme_bands_layout.py   # .docx, .pdf, .txt, .json
    /tmp/plumbvenv/bin/python dev/corpus_style.py <a folder holding the .pdf and .json>   # .corpus.txt
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx.shared import Cm

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

STEM = "tracker_theme_bands_layout_thornby"
HEADERS = ["No.", "Recommendation", "Action", "Lead officer", "Due", "Completed? (Y/N/P)"]
WIDTHS = [1.4, 8.0, 8.4, 4.2, 2.4, 2.4]
LETTERS = {"Y": "complete", "P": "in_progress", "N": "not_started"}
BOARD = "Thornby Safeguarding Adults Board"

# (theme band, [(number, code, agency, recommendation, action, lead, due, letter)])
PLAN = [
    (
        "Theme 1: Hearing the Person",
        [
            ("1.1", "R1", BOARD, "The Board should make sure that practitioners record what an adult who "
             "refuses help says about why, in the adult's own words.",
             "Add a field for the adult's own words to the safeguarding concern form.",
             "Board Business Manager", "30/06/2024", "Y"),
            ("2.1", "R2", "Thornby Council", "Thornby Council should offer an advocate to every adult "
             "who declines a needs assessment twice in one year.",
             "Agree an advocacy referral route with the commissioned provider.",
             "Commissioning Manager", "31/10/2024", "P"),
            ("2.2", "R2", "Thornby Council", "",
             "Report the number of advocacy referrals to the Board each quarter.",
             "Principal Social Worker", "31/03/2025", "N"),
        ],
    ),
    (
        "Theme 2: Sharing Concerns",
        [
            ("3.1", "R3", "Thornby Community Health Trust", "Thornby Community Health Trust should tell "
             "the adult's social worker when a district nurse is refused entry three times.",
             "Write the refused-entry step into the district nursing procedure.",
             "Head of Community Nursing", "31/12/2024", "Y"),
            ("4.1", "R4", BOARD, "The Board should hold a learning event on self-neglect for housing, "
             "health and social care staff together.",
             "Run the learning event and publish a short summary of what was learned.",
             "Training Subgroup Chair", "30/09/2025", "N"),
        ],
    ),
]  # fmt: skip


def build() -> Path:
    doc = new_document("Thornby SAB – SAR ‘Walter’ tracker")
    doc.add_heading("Thornby Safeguarding Adults Board", level=1)
    doc.add_paragraph("Safeguarding Adults Review ‘Walter’ – action tracker, April 2025")
    doc.add_paragraph(
        "Walter was 83 and lived alone. He turned away most offers of help in his last year and "
        "died after a fall at home. The Board accepted the four recommendations below."
    )
    t = table(doc, HEADERS, WIDTHS)
    for theme, rows in PLAN:
        band(t, theme)
        for number, code, _, rec, action, lead, due, letter in rows:
            if not rec:  # a second action under the recommendation above: its cell merged down
                row(t, [number, "", action, lead, due, letter])
                t.cell(len(t.rows) - 2, 1).merge(t.cell(len(t.rows) - 1, 1))
                continue
            row(t, [number, f"{code} {rec}", action, lead, due, letter])
    for r in t.rows:
        for cell, width in zip(r.cells, WIDTHS):
            cell.width = Cm(width)
    doc.add_paragraph("The Board's SAR Subgroup reviews this tracker every quarter.")
    return save_rendered(doc, HERE, STEM, layout=True)


def gold() -> dict:
    recommendations = [
        recommendation_record(code[1:], first_words(rec, 12), NO_LINE, agency=agency, scope=None)
        for _, rows in PLAN
        for _, code, agency, rec, *_ in rows
        if rec
    ]
    actions = [
        action_record(
            first_words(action, 9),
            NO_LINE,
            ref=number,
            recommendation_ref=code[1:],
            lead=lead,
            target_date_raw=due,
            target_date=iso(due),
            status_raw=letter,
            status=LETTERS[letter],
        )
        for _, rows in PLAN
        for number, code, _, _, action, lead, due, letter in rows
    ]
    return plan_gold(
        STEM,
        description=(
            "A SAB's tracker, landscape, exported with pdftotext -layout: No. | Recommendation | "
            "Action | Lead officer | Due | Completed? (Y/N/P), the recommendation cells opening with their "
            "code ('R2 Thornby Council should ...'), R2's merged over two actions, the rows grouped "
            "under full-width theme bands."
        ),
        review=review("SAR", "Thornby", "Walter", age=83),
        recommendations=recommendations,
        actions=actions,
        notes=(
            "Every recommendation is an overview one made to the body its text names; a theme band "
            "is a heading, not an addressee, and the table goes on under it. Refs the No. column's; "
            "the recommendation's number its code's. Status from the letter the header names: Y "
            "complete, P in progress, N not started."
        ),
    )


if __name__ == "__main__":
    print(build())
    save_gold(HERE, STEM, gold())
