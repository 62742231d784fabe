"""Build the pending zoo document `plan_names_inside_cells`: a community safety partnership's
short DHR action plan (landscape Arial 9: No. | Recommendation | Action | Lead officer |
Timescale | Outcome) whose action cells name bodies in the middle of their sentence ("Letter to
the Home Office", "Campaign during the White Ribbon Week"), whose leads are job titles with
"of" inside them ("Head of Community Safety"), recommendation cells short titles, most rows on
one printed line and a few wrapping onto a second.

On the corpus-text route (pdfplumber's lines, the cells of a printed line joined by single
spaces) every row's first line is cut into its cells: a capital after "the" or "of" goes on a
name inside the cell ("the Home Office") rather than opening the next cell, and a row printed
on one line ends no cell on a joining word ("Days of" | "Action ...").
All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_plan_names_inside_cells.py   # .docx, .pdf, .txt, .json
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

STEM = "plan_names_inside_cells"
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
        "Risk meeting minutes",
        "Share the minutes with the Health Hub",
        "Detective Inspector",
        "March 2025",
        "Completed",
    ),
    (
        "2",
        "Faith groups",
        "Briefing for the Council of Faiths on coercive control",
        "Head of Communities",
        "June 2025",
        "Ongoing",
    ),
    (
        "3",
        "Awareness",
        "Campaign during the White Ribbon Week",
        "Partnership Coordinator",
        "November 2025",
        "Ongoing",
    ),
    (
        "4(a)",
        "Case review",
        "Audit of cases closed by the Early Help Team",
        "Head of Early Help",
        "May 2025",
        "Completed",
    ),
    (
        "4(b)",
        "Returning parents",
        "Guidance on the Safe Return Protocol issued",
        "Head of Early Help",
        "July 2025",
        "Partially achieved",
    ),
    (
        "5",
        "Monitoring",
        "Six-monthly reports to the Safer Streets Board",
        "Partnership Manager",
        "Six-monthly",
        "Ongoing",
    ),
    (
        "6",
        "Tenancy flags",
        "Flag added to the Housing Register",
        "Lettings Manager",
        "September 2025",
        "Not yet started",
    ),
    (
        "7",
        "National learning",
        "Letter to the Home Office",
        "Partnership Manager",
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
            "Timescale | Outcome, bodies named inside the action cells, leads with 'of' inside them; "
            "most rows on one line."
        ),
        review=review("DHR", "Harlowmere", "Tamsin", review_id="Harlowmere DHR 02/2024"),
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
        notes=(
            "Recommendations: the titles the plan prints. Actions: one a row; the Outcome column's words "
            "are the status; the action and lead are the whole cells (the names inside them kept whole)."
        ),
    )


def build(folder: Path = HERE) -> None:
    doc = new_document("Harlowmere DHR 02/2024 – action plan")
    doc.add_heading("Harlowmere Community Safety Partnership", level=1)
    doc.add_paragraph("Domestic Homicide Review – Tamsin (Harlowmere DHR 02/2024)")
    doc.add_paragraph("ACTION PLAN")
    t = table(
        doc,
        ["No.", "Recommendation", "Action", "Lead officer", "Timescale", "Outcome"],
        [1.3, 4.6, 8.2, 4.6, 3.2, 3.4],
    )
    for values in ROWS:
        row(t, list(values))
    doc.add_paragraph("The Partnership's DHR group reviews this plan every quarter.")
    save_with_gold(doc, folder, STEM, gold)


if __name__ == "__main__":
    build()
