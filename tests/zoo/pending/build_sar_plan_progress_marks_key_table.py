"""Build a zoo Safeguarding Adults Review summary whose action plan says how far each action has got
by a mark alone in its Progress column, the marks explained by a small key table printed under the
plan (one mark and its meaning a row), rendered to text by `pdftotext -layout`.

sar_plan_progress_marks_key_table: a SAR summary (Carlito 10.5, portrait). Recommendations "1." to
"3." as hanging paragraphs. Then "Action plan": a table Rec | Action | Owner | Target | Progress, the
Rec cell the recommendation's number (no action refs), Target "Month yyyy", "dd/mm/yyyy" or
"Ongoing", the Progress cell one mark (✔ / ◑ / ✘), and under the table a "Key to the Progress
column" line over a two-column key table, a row for each mark: ✔ "Action completed and signed off",
◑ "Work under way", ✘ "Not yet started".

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_sar_plan_progress_marks_key_table.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py DIR   # on a folder holding its .pdf and .json
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parent))

from board_response_build import _line_of  # noqa: E402
from docx_build import add_row, heading, make_table, new_doc, numbered, para  # noqa: E402
from office_export import save_rendered  # noqa: E402
from plan_gold import action_record, plan_gold, recommendation_record, review, save_gold  # noqa: E402

STEM = "sar_plan_progress_marks_key_table"
RECS = [
    (
        "1",
        "The Board should make sure that every partner agency asks a second time when an adult who "
        "lives alone declines a care assessment.",
    ),
    (
        "2",
        "Adult social care and the community health trust should agree how a missed home visit to a "
        "person who has refused care is followed up.",
    ),
    (
        "3",
        "The Board should ask the fire service to share its home safety concerns about hoarding with "
        "adult social care on the same day.",
    ),
]
MARKS = {"✔": "complete", "◑": "in_progress", "✘": "not_started"}
KEY = [
    ("✔", "Action completed and signed off"),
    ("◑", "Work under way"),
    ("✘", "Not yet started"),
]
# (rec, action, owner, target, iso, mark)
ROWS = [
    (
        "1",
        "Write a short practice note on asking again after a refusal of assessment.",
        "Principal Social Worker",
        "March 2025",
        "2025-03",
        "✔",
    ),
    (
        "1",
        "Audit fifteen refused assessments for a second conversation.",
        "Quality Assurance Lead",
        "30/09/2025",
        "2025-09-30",
        "◑",
    ),
    (
        "2",
        "Agree a joint follow-up standard for missed home visits.",
        "Head of Community Nursing",
        "June 2025",
        "2025-06",
        "◑",
    ),
    (
        "3",
        "Set up a same-day notice from the fire service to the adult social care front door.",
        "Prevention Manager, Fire and Rescue Service",
        "Ongoing",
        None,
        "✘",
    ),
]


def build() -> None:
    doc = new_doc(font="Carlito", size=10.5)
    para(doc, "Ebbleford Safeguarding Adults Board", bold=True, size=15)
    para(doc, "Safeguarding Adults Review: Mr Quenmore – summary and action plan", bold=True, size=13)
    heading(doc, "1. About this review", 1)
    para(
        doc,
        "1.1 Mr Quenmore, aged 79, lived alone and declined several offers of care. He died at home in "
        "the winter of 2023 after a fire.",
    )
    heading(doc, "2. Recommendations", 1)
    for ref, text in RECS:
        numbered(doc, f"{ref}.", text)
    heading(doc, "3. Action plan", 1)
    para(doc, "The Board's review subgroup checks the plan at each of its meetings.")
    widths = [1.3, 6.1, 3.9, 2.6, 2.3]
    t = make_table(doc, ["Rec", "Action", "Owner", "Target", "Progress"], widths, size=10)
    for rec, action, owner, target, _, mark in ROWS:
        add_row(t, [rec, action, owner, target, mark], widths, size=10)
    para(doc, "Key to the Progress column", bold=True)
    widths = [1.6, 7.0]
    t = make_table(doc, ["Mark", "Meaning"], widths, size=10, repeat=False)
    for mark, meaning in KEY:
        add_row(t, [mark, meaning], widths, size=10)
    save_rendered(doc, HERE, STEM, layout=True)


def gold() -> dict:
    lines = (HERE / f"{STEM}.txt").read_text(encoding="utf-8").splitlines()
    recs = [
        recommendation_record(ref, " ".join(text.split()[:10]), _line_of(lines, text), scope=None)
        for ref, text in RECS
    ]
    actions = [
        action_record(
            " ".join(action.split()[:7]),
            _line_of(lines, action),
            recommendation_ref=rec,
            lead=owner,
            target_date_raw=target,
            target_date=iso,
            status_raw=mark,
            status=MARKS[mark],
        )
        for rec, action, owner, target, iso, mark in ROWS
    ]
    return plan_gold(
        STEM,
        family="plan_status_marks_key",
        description=(
            "SAR summary (Carlito 10.5, pdftotext -layout): recommendations 1.-3. as hanging paragraphs, "
            "a plan Rec | Action | Owner | Target | Progress whose Progress cell is a mark (✔ / ◑ / ✘) "
            "read through a key table printed under the plan, one mark and its meaning a row"
        ),
        review=review("SAR", "Ebbleford", "Mr Quenmore", doc_kind="overview_report"),
        review_alternatives={"area": ["Ebbleford Safeguarding Adults Board"]},
        recommendations=recs,
        actions=actions,
        chronology=[],
        notes="Each action's status is its Progress mark through the key table under the plan.",
    )


if __name__ == "__main__":
    build()
    save_gold(HERE, STEM, gold())
    print("wrote", f"{STEM}.json")
