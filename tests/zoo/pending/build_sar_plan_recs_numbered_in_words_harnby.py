"""sar_plan_recs_numbered_in_words_harnby: a SAR overview's closing action plan whose first column
numbers each recommendation in words ("One", "Two" ...) merged down over its actions, then Action |
How we will know | Lead | By when (Arial 10, table 9 pt, portrait). Plain pdftotext prints each
row's cells a band at a time and the next recommendation's number word alone before the next
row's action: a number word is no lead, so each row's lead block stays whole.

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_sar_plan_recs_numbered_in_words_harnby.py [DIR]
    soffice --headless --convert-to pdf DIR/<stem>.docx; pdftotext <stem>.pdf
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))  # tests/: docx_build

from docx_build import add_row, docx_saver, heading, make_table, merge_down, new_doc, para

STEM = "sar_plan_recs_numbered_in_words_harnby"
RECS = [
    (
        "One",
        "The Board should make sure that staff in every agency know how to raise a concern about an adult "
        "who is losing weight and declining meals.",
    ),
    (
        "Two",
        "The Board should ask hospital discharge teams to share the person's eating plan with the home "
        "care provider on the day of discharge.",
    ),
    (
        "Three",
        "The Board should seek assurance that GP practices review adults on the frailty register who "
        "have not been seen for a year.",
    ),
    (
        "Four",
        "The Board should ask the Department of Health and Social Care to consider guidance on "
        "nutrition checks in home care contracts.",
    ),
]
PLAN = [
    (
        "One",
        [
            (
                "Issue a one-page guide on raising a weight-loss concern",
                "Guide on every partner's intranet",
                "SAB Business Manager",
                "April 2025",
            ),
            (
                "Add weight loss to the Board's practitioner training",
                "Two training days include the topic",
                "SAB Training Coordinator",
                "30/09/2025",
            ),
        ],
    ),
    (
        "Two",
        [
            (
                "Add the eating plan to the discharge checklist",
                "Audit of thirty discharges finds the plan shared",
                "Discharge Services Manager",
                "31/07/2025",
            ),
        ],
    ),
    (
        "Three",
        [
            (
                "Run a search of the frailty register each quarter",
                "Practices report the number of adults reviewed",
                "Named GP for Adult Safeguarding",
                "December 2025",
            ),
        ],
    ),
    (
        "Four",
        [
            (
                "Independent Chair to write to the Department",
                "Letter sent and reply shared with partners",
                "SAB Independent Chair",
                "March 2025",
            ),
        ],
    ),
]


def build(save) -> None:
    doc = new_doc(
        header="Harnby Safeguarding Adults Board – SAR Mr P", footer_label="Harnby SAB", font="Arial", size=10
    )
    heading(doc, "Harnby Safeguarding Adults Board", 0)
    para(doc, "Safeguarding Adults Review: Mr P", bold=True, size=14)
    heading(doc, "1. Recommendations", 1)
    for word, text in RECS:
        para(doc, f"Recommendation {word}", bold=True)
        para(doc, text)
    heading(doc, "2. Action plan", 1)
    para(doc, "The SAR subgroup agreed these actions with partners on 9 January 2025.")
    headers = ["Recommendation", "Action", "How we will know", "Lead", "By when"]
    widths = [2.6, 4.6, 4.2, 2.6, 2.4]
    t = make_table(doc, headers, widths, size=9)
    for word, actions in PLAN:
        start = len(t.rows)
        for action, measure, lead, due in actions:
            add_row(t, [word, action, measure, lead, due], widths, size=9)
        merge_down(t, 0, start, len(t.rows) - 1, size=9)
    save(doc, STEM)


if __name__ == "__main__":
    build(docx_saver(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE))
