"""Build the pending zoo document `plan_apart_columns_wrapped_status_tolmere`: a community
safety partnership's short DHR action plan, landscape Arial 9: No. | Recommendation | Action |
Lead | Target date | Progress, the recommendation and action cells one short line each, the
Progress column narrow so that a status with a note ("Complete – checklist issued") wraps
under its word, making its row taller than the others.

Plain pdftotext prints it in bands: each column's name over the first row's cell, then the
middle rows a column block at a time (their numbers, titles, actions, leads, dates), the last
row's lead and date before its number, title and action, and the Progress column last, apart,
its wrapped cells parted only by the status words opening them. Each column's cells keep their
top-to-bottom order; nothing else ties them to their rows (the family of plan.apart_columns,
whose rows are all one line tall, printed a row at a time instead).

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_plan_apart_columns_wrapped_status_tolmere.py   # .docx, .pdf, .txt, .json
    /tmp/plumbvenv/bin/python dev/corpus_style.py tests/zoo/pending   # and the .corpus.txt
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # tests/, for the shared export steps

from office_export import save_with_gold  # noqa: E402

sys.path.insert(0, str(HERE.parent))  # tests/zoo, for the plan tables
from plan_gold import action_record, iso, plan_gold, recommendation_record, review  # noqa: E402
from plan_merged_build import new_document, row, table  # noqa: E402

STEM = "plan_apart_columns_wrapped_status_tolmere"
STATES = {"Complete": "complete", "Ongoing": "in_progress", "Not started": "not_started"}
# (no., recommendation title, action, lead, target date, progress)
ROWS = [
    (
        "1",
        "Risk assessment",
        "Refresh the risk checklist",
        "Police Inspector",
        "March 2025",
        "Complete – checklist issued",
    ),
    ("2", "GP enquiry", "Routine enquiry in every practice", "Clinical Lead", "30/06/2025", "Ongoing"),
    (
        "3",
        "Housing moves",
        "Safety check before a tenancy move",
        "Lettings Manager",
        "July 2025",
        "Not started",
    ),
    (
        "4",
        "Family contact",
        "Leaflet for relatives and friends",
        "Partnership Officer",
        "May 2025",
        "Complete – leaflet printed",
    ),
    ("5", "Court advocacy", "IDVA at every family hearing", "IDVA Service Lead", "October 2025", "Ongoing"),
]


def _line(lines: list[str], text: str) -> int:
    return next(n for n, ln in enumerate(lines, 1) if text[:20] in ln)


def gold(lines: list[str]) -> dict:
    return plan_gold(
        STEM,
        description=(
            "A CSP's short DHR plan, landscape Arial 9: No. | Recommendation | Action | Lead | Target date | "
            "Progress, short cells but a narrow Progress column whose status notes wrap; plain pdftotext "
            "prints the rows in bands of column blocks and the Progress column apart."
        ),
        review=review("DHR", "Tolmere", "Ada", review_id=None),
        # (the plan's Recommendation column holds each recommendation's short title, read as it)
        recommendations=[recommendation_record(no, title, _line(lines, title)) for no, title, *_ in ROWS],
        actions=[
            action_record(
                action[:40],
                _line(lines, action),
                ref=no,
                lead=lead,
                target_date_raw=when,
                target_date=iso(when),
                status_raw=progress,
                status=STATES[progress.split(" –")[0]],
            )
            for no, _, action, lead, when, progress in ROWS
        ],
        notes="Recommendations: the titles the plan prints. Actions: one a row; the Progress column's words the status.",
    )


def build(folder: Path = HERE) -> None:
    doc = new_document("Tolmere DHR Ada – action plan")
    doc.add_heading("Tolmere Community Safety Partnership", level=1)
    doc.add_paragraph("Domestic Homicide Review – Ada: action plan")
    doc.add_paragraph("ACTION PLAN")
    t = table(
        doc,
        ["No.", "Recommendation", "Action", "Lead", "Target date", "Progress"],
        [1.3, 5.0, 7.5, 4.4, 3.2, 2.6],
    )
    for values in ROWS:
        row(t, list(values))
    doc.add_paragraph("The Partnership reviews this plan at each of its meetings.")
    save_with_gold(doc, folder, STEM, gold)


if __name__ == "__main__":
    build()
