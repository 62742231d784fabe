"""Build the zoo document `plan_apart_columns_sab_brockwell`: a safeguarding adults
board's short SAR action plan, landscape Arial 9: Ref | Recommendation | What we will do | Owner |
Due | Status, every cell one short line, sub-lettered refs under one recommendation ("2a" /
"2b"), a closing line under the table. Plain pdftotext prints the Ref, Recommendation and action
cells a row at a time, one line a cell, then the Owner, Due and Status columns each apart,
whole under its name (plan.apart_columns): only their counts tie them to the rows.

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/build_plan_apart_columns_sab_brockwell.py   # .docx, .pdf, .txt, .json
    /tmp/plumbvenv/bin/python dev/corpus_style.py tests/zoo   # and the .corpus.txt
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/, for the shared export steps

from office_export import save_with_gold  # noqa: E402

sys.path.insert(0, str(HERE))  # tests/zoo, for the plan tables
from plan_gold import action_record, iso, plan_gold, recommendation_record, review  # noqa: E402
from plan_merged_build import new_document, row, table  # noqa: E402

STEM = "plan_apart_columns_sab_brockwell"
STATES = {"Complete": "complete", "In progress": "in_progress", "Not started": "not_started"}
# (ref, recommendation title, action, owner, due, status)
ROWS = [
    (
        "1",
        "Hospital discharge",
        "Discharge letters copied to the GP",
        "Ward Manager",
        "April 2025",
        "Complete",
    ),
    ("2a", "Self-neglect", "Publish a self-neglect pathway", "Board Manager", "31/05/2025", "In progress"),
    (
        "2b",
        "Self-neglect training",
        "Two pathway workshops for staff",
        "Training Lead",
        "June 2025",
        "Complete",
    ),
    (
        "3",
        "Carers' voice",
        "Carers asked at every review",
        "Head of Adult Care",
        "August 2025",
        "Not started",
    ),
    (
        "4",
        "Fire risk",
        "Joint home visits with the fire service",
        "Fire Safety Officer",
        "Quarterly",
        "In progress",
    ),
    ("5", "Board assurance", "Audit of ten closed enquiries", "Quality Lead", "November 2025", "Not started"),
]


def _line(lines: list[str], text: str) -> int:
    return next(n for n, ln in enumerate(lines, 1) if text[:20] in ln)


def gold(lines: list[str]) -> dict:
    return plan_gold(
        STEM,
        description=(
            "A SAB's short SAR plan, landscape Arial 9: Ref | Recommendation | What we will do | Owner | Due | "
            "Status, one short line a cell; plain pdftotext prints the first three columns a row at a "
            "time and the other three each apart, whole under its name."
        ),
        review=review("SAR", "Brockwell", "Edwin", review_id=None),
        # (the plan's Recommendation column holds each recommendation's short title, read as it)
        recommendations=[recommendation_record(no, title, _line(lines, title)) for no, title, *_ in ROWS],
        actions=[
            action_record(
                action[:40],
                _line(lines, action),
                ref=no,
                lead=owner,
                target_date_raw=when,
                target_date=iso(when),
                status_raw=state,
                status=STATES[state],
            )
            for no, _, action, owner, when, state in ROWS
        ],
        notes="Recommendations: the titles the plan prints. Actions: one a row.",
    )


def build(folder: Path = HERE) -> None:
    doc = new_document("Brockwell SAB – SAR Edwin action plan")
    doc.add_heading("Brockwell Safeguarding Adults Board", level=1)
    doc.add_paragraph("Safeguarding Adults Review – Edwin: action plan")
    doc.add_paragraph("ACTION PLAN")
    t = table(
        doc,
        ["Ref", "Recommendation", "What we will do", "Owner", "Due", "Status"],
        [1.3, 5.0, 7.5, 4.4, 3.2, 3.4],
    )
    for values in ROWS:
        row(t, list(values))
    doc.add_paragraph("The Board's SAR subgroup checks this plan at each meeting.")
    save_with_gold(doc, folder, STEM, gold)


if __name__ == "__main__":
    build()
