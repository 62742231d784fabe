"""Build the pending zoo document `plan_outcome_status_words`: a community safety partnership's
short DHR action plan whose last column is named "Outcome" but holds how each action stands
("Completed", "Ongoing", "Partially achieved", "Not yet started"), not what it is meant to
achieve. Landscape Arial 9: No. | Recommendation | Action | Lead officer | Timescale | Outcome,
the recommendation cell a short title, most rows printed on one line, a few actions or leads
wrapping onto a second; sub-numbered rows ("3(a)", "3(b)") under one recommendation.

On the corpus-text route (pdfplumber's lines, the cells of a printed line joined by single
spaces) the table has no status column by its header: the rows' first lines are cut with the
Outcome column read as the status, kept only where nearly every row's cell reads as one.
All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_plan_outcome_status_words.py   # .docx, .pdf, .txt, .json
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

STEM = "plan_outcome_status_words"
STATES = {
    "Completed": "complete",
    "Ongoing": "in_progress",
    "Partially achieved": "in_progress",
    "Not yet started": "not_started",
}
# (no., recommendation title, action, lead officer, timescale, outcome)
ROWS = [
    (
        "1",
        "Shared risk training",
        "Run two joint risk sessions for staff",
        "Safeguarding Manager",
        "May 2025",
        "Completed",
    ),
    (
        "2",
        "Missed visits",
        "Health visitors to follow up every missed visit",
        "Lead Nurse",
        "30/06/2025",
        "Ongoing",
    ),
    (
        "3(a)",
        "Housing checks",
        "Tenancy officers trained in abuse signs",
        "Housing Manager",
        "July 2025",
        "Completed",
    ),
    (
        "3(b)",
        "Housing records",
        "Flag on the rent system",
        "Systems Officer",
        "31/08/2025",
        "Partially achieved",
    ),
    (
        "4",
        "Pharmacy awareness",
        "Posters in every pharmacy",
        "Public Health Lead",
        "September 2025",
        "Not yet started",
    ),
    ("5", "School liaison", "Termly meeting with school leads", "Education Officer", "Termly", "Ongoing"),
    (
        "6",
        "Learning event",
        "Hold a learning event on the review",
        "Partnership Officer",
        "October 2025",
        "Completed",
    ),
    (
        "7",
        "National learning",
        "Write to the national policy team",
        "Partnership Chair",
        "On publication",
        "Completed",
    ),
]


def _line(lines: list[str], text: str) -> int:
    return next(n for n, ln in enumerate(lines, 1) if text[:20] in ln)


def gold(lines: list[str]) -> dict:
    return plan_gold(
        STEM,
        description=(
            "A CSP's short DHR plan, landscape Arial 9: No. | Recommendation | Action | Lead officer | "
            "Timescale | Outcome, the Outcome column holding status words; short cells, most rows on one line."
        ),
        review=review("DHR", "Oakmere", "Lena", review_id="Oakmere DHR 03/2024"),
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
                status_raw=outcome,
                status=STATES[outcome],
            )
            for no, _, action, lead, when, outcome in ROWS
        ],
        notes="Recommendations: the titles the plan prints. Actions: one a row; the Outcome column's words are the status.",
    )


def build(folder: Path = HERE) -> None:
    doc = new_document("Oakmere DHR 03/2024 – action plan")
    doc.add_heading("Oakmere Community Safety Partnership", level=1)
    doc.add_paragraph("Domestic Homicide Review – Lena (Oakmere DHR 03/2024)")
    doc.add_paragraph("ACTION PLAN")
    t = table(
        doc,
        ["No.", "Recommendation", "Action", "Lead officer", "Timescale", "Outcome"],
        [1.3, 5.0, 7.5, 4.4, 3.2, 3.4],
    )
    for values in ROWS:
        row(t, list(values))
    doc.add_paragraph("The Partnership's DHR group reviews this plan every quarter.")
    save_with_gold(doc, folder, STEM, gold)


if __name__ == "__main__":
    build()
