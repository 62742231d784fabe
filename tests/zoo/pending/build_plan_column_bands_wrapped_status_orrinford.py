"""Build the pending zoo document `plan_column_bands_wrapped_status_orrinford`: a safeguarding
adults board's short SAR action plan, landscape Arial 9: Ref | Recommendation | Action | Lead
officer | Timescale | Status, each cell one short line but a narrow Status column whose notes
wrap ("Complete – guide issued"), so some rows are taller than the others (a sibling of
`plan_apart_columns_wrapped_status_tolmere` with six rows, other column names and a taller
middle row).

Plain pdftotext prints such a table in bands of column blocks: each column's name over the
first row's cell, rows of one height a column block at a time, a row printed out of order, and
the Status column apart, its wrapped cells parted only by the status words opening them.

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_plan_column_bands_wrapped_status_orrinford.py   # .docx, .pdf, .txt, .json
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

STEM = "plan_column_bands_wrapped_status_orrinford"
STATES = {"Complete": "complete", "In progress": "in_progress", "Not started": "not_started"}
# (ref, recommendation title, action, lead officer, timescale, status)
ROWS = [
    (
        "1",
        "Self-neglect guidance",
        "Publish a practice guide",
        "Board Manager",
        "April 2025",
        "Complete – guide issued",
    ),
    ("2", "Hoarding risk", "Joint fire safety visits", "Station Manager", "June 2025", "In progress"),
    (
        "3",
        "Carers' views",
        "Carer question at reviews",
        "Principal Social Worker",
        "31/07/2025",
        "In progress",
    ),
    (
        "4",
        "Missed visits",
        "Escalation after two misses",
        "Home Care Lead",
        "August 2025",
        "Complete – route agreed",
    ),
    ("5", "Discharge checks", "Call within two days", "Discharge Lead", "September 2025", "Not started"),
    ("6", "Learning events", "Two events for GP staff", "Named GP", "December 2025", "Complete – both held"),
]


def _line(lines: list[str], text: str) -> int:
    return next(n for n, ln in enumerate(lines, 1) if text[:20] in ln)


def gold(lines: list[str]) -> dict:
    return plan_gold(
        STEM,
        description=(
            "A SAB's short SAR plan, landscape Arial 9: Ref | Recommendation | Action | Lead officer | "
            "Timescale | Status, short cells but a narrow Status column whose notes wrap; plain pdftotext "
            "prints the rows in bands of column blocks and the Status column apart."
        ),
        review=review("SAR", "Orrinford", "Mr E", review_id=None),
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
        notes="Recommendations: the titles the plan prints. Actions: one a row; the Status column's words the status.",
    )


def build(folder: Path = HERE) -> None:
    doc = new_document("Orrinford SAB – SAR Mr E – action plan")
    doc.add_heading("Orrinford Safeguarding Adults Board", level=1)
    doc.add_paragraph("Safeguarding Adults Review – Mr E: action plan")
    t = table(
        doc,
        ["Ref", "Recommendation", "Action", "Lead officer", "Timescale", "Status"],
        [1.3, 5.0, 7.5, 4.8, 3.4, 2.6],
    )
    for values in ROWS:
        row(t, list(values))
    doc.add_paragraph("The Board's review group checks this plan every quarter.")
    save_with_gold(doc, folder, STEM, gold)


if __name__ == "__main__":
    build()
