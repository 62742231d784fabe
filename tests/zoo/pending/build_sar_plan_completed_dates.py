"""Build a zoo thematic Safeguarding Adults Review whose Board plan gives each row's state as
"Open" or "Completed" over the day it was completed.

sar_plan_completed_dates: a thematic SAR (Calibri 10) with recommendations numbered under their
themes ("1.1", "2.1"), then "Board response and action plan": Rec. | Action agreed | Lead |
Target | Status, the Rec. cell the recommendation's number (empty on a second action under the
same recommendation), actions ending in a full stop, leads over two lines, targets as dates, the
Status cell "Open" or "Completed" with the completion date on the line under it ("Completed" /
"14/03/2025").

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_sar_plan_completed_dates.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py tests/zoo/pending   # the corpus-text rendering
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parent))

from board_response_build import _line_of  # noqa: E402
from docx.shared import Pt  # noqa: E402
from docx_build import add_row, heading, make_table, new_doc, para  # noqa: E402
from office_export import save_rendered  # noqa: E402
from plan_gold import action_record, plan_gold, recommendation_record, review, save_gold  # noqa: E402

STEM = "sar_plan_completed_dates"
THEMES = [
    (
        "Theme 1: Hospital discharge",
        [
            (
                "1.1",
                "The Board should ask Tarnwick Hospitals to show that every patient who discharges "
                "themselves is followed up by the ward within a day.",
            ),
        ],
    ),
    (
        "Theme 2: Capacity and choice",
        [
            (
                "2.1",
                "The Board should make sure that practitioners are trained to assess whether a person "
                "can carry out a decision as well as make it.",
            ),
            ("2.2", "Tarnwick Council should audit capacity assessments in self-neglect cases each year."),
        ],
    ),
    (
        "Theme 3: Working together",
        [
            (
                "3.1",
                "The Board should agree a simple way for any agency to call a multi-agency meeting "
                "when a person's risks are rising.",
            ),
        ],
    ),
]
# (rec or "", action, lead, target, status word, completion date or "")
ROWS = [
    (
        "1.1",
        "Ask the Trust for its self-discharge audit and report it to the Board.",
        "SAB Business Manager",
        "30/06/2025",
        "Open",
        "",
    ),
    (
        "2.1",
        "Run three workshops on capacity and carrying out decisions.",
        "SAB Learning and Development Subgroup",
        "31/03/2025",
        "Completed",
        "14/03/2025",
    ),
    (
        "",
        "Publish a short practice note on capacity and self-neglect.",
        "SAB Learning and Development Subgroup",
        "31/01/2025",
        "Completed",
        "20/12/2024",
    ),
    (
        "2.2",
        "Audit twenty capacity assessments and share the findings.",
        "Principal Social Worker, Tarnwick Council",
        "30/09/2025",
        "Open",
        "",
    ),
    (
        "3.1",
        "Write the multi-agency meeting guidance with partners.",
        "SAB Policy Subgroup",
        "31/10/2024",
        "Completed",
        "02/10/2024",
    ),
]


def build() -> None:
    doc = new_doc(header="Tarnwick Safeguarding Adults Board", font="Calibri", size=10)
    para(doc, "Tarnwick Safeguarding Adults Board", bold=True, size=15)
    para(doc, "Thematic Safeguarding Adults Review: self-neglect", bold=True, size=13)
    para(doc, "Reviewer: Bartholomew Quenby")
    heading(doc, "1. The review", 1)
    para(
        doc,
        "This thematic review looked at the deaths of three people who neglected their own care during "
        "2023. It asked what agencies could learn together.",
    )
    heading(doc, "2. Recommendations", 1)
    for theme, recs in THEMES:
        para(doc, theme, bold=True)
        for ref, text in recs:
            para(doc, f"{ref} {text}")
    heading(doc, "3. Board response and action plan", 1)
    para(
        doc,
        "The Board accepted every recommendation. A date in the Status column is the day the action was "
        "completed; 'Open' means the work goes on.",
    )
    widths = [1.2, 6.0, 3.6, 2.0, 2.6]
    t = make_table(doc, ["Rec.", "Action agreed", "Lead", "Target", "Status"], widths)
    for rec, action, lead, target, word, done in ROWS:
        row = add_row(t, [rec, action, lead, target, f"{word}\n{done}" if done else word], widths)
        for cell in row.cells:
            for p in cell.paragraphs:
                p.paragraph_format.space_after = Pt(0)  # (the date straight under the state)
    heading(doc, "Glossary", 1)
    para(doc, "SAB Safeguarding Adults Board")
    save_rendered(doc, HERE, STEM)


def gold() -> dict:
    lines = (HERE / f"{STEM}.txt").read_text(encoding="utf-8").splitlines()
    agencies = {
        "1.1": "Tarnwick Safeguarding Adults Board",
        "2.1": "Tarnwick Safeguarding Adults Board",
        "2.2": "Tarnwick Council",
        "3.1": "Tarnwick Safeguarding Adults Board",
    }
    recs = [
        recommendation_record(ref, " ".join(text.split()[:10]), _line_of(lines, text), agency=agencies[ref])
        for _, items in THEMES
        for ref, text in items
    ]
    actions = []
    current = None
    for rec, action, lead, target, word, done in ROWS:
        current = rec or current
        d, m, y = target.split("/")
        actions.append(
            action_record(
                action,
                _line_of(lines, action),
                recommendation_ref=current,
                lead=lead,
                target_date_raw=target,
                target_date=f"{y}-{m}-{d}",
                status_raw=f"{word} {done}".strip(),
                status="complete" if word == "Completed" else "in_progress",
            )
        )
    return plan_gold(
        STEM,
        family="sar_board_plan_completed_dates",
        description=(
            "Thematic Safeguarding Adults Review (Word, Calibri 10), recommendations numbered under their "
            "themes, then a Board plan Rec. | Action agreed | Lead | Target | Status, a second action under "
            "one recommendation with its Rec. cell empty, the Status cell 'Open' or 'Completed' over the day "
            "it was completed"
        ),
        review=review("SAR", "Tarnwick", None, doc_kind="overview_report", author="Bartholomew Quenby"),
        review_alternatives={"area": ["Tarnwick Safeguarding Adults Board"]},
        recommendations=recs,
        actions=actions,
        notes=(
            "Each plan row is one action, ref null, recommendation_ref the Rec. cell (the row above's where "
            "it is empty); 'Open' is in progress, 'Completed <date>' complete."
        ),
    )


if __name__ == "__main__":
    build()
    g = gold()
    save_gold(HERE, STEM, g)
    print("wrote", f"{STEM}.json")
