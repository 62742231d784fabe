"""Build the pending zoo document `plan_unheaded_number_imr_refs`: a police force's single-agency
plan answering its own Individual Management Review's recommendations, which are listed above
the table ("IMR 1 <Force> should ..."). The table (portrait Arial 9) numbers its rows in a narrow
first column with no name, then Ref (the IMR recommendation each row answers, "IMR 2") | Action |
Owner | Timescale | Progress | Complete (Y/N), the flag's column so narrow its name breaks inside
"Complete"; some rows have no progress and no flag yet.

On the corpus-text route (pdfplumber's lines, the cells of a printed line joined by single
spaces) every row opens "1 IMR 1 Update ...": one cell more than the header names.
All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_plan_unheaded_number_imr_refs.py   # .docx, .pdf, .txt, .json
    /tmp/plumbvenv/bin/python dev/corpus_style.py tests/zoo/pending   # and the .corpus.txt
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # tests/, for the shared export steps

from docx.enum.section import WD_ORIENT  # noqa: E402
from docx.shared import Cm  # noqa: E402
from office_export import save_with_gold  # noqa: E402

sys.path.insert(0, str(HERE.parent))  # tests/zoo, for the plan tables
from plan_gold import action_record, iso, plan_gold, recommendation_record, review  # noqa: E402
from plan_merged_build import new_document, row, table  # noqa: E402

STEM = "plan_unheaded_number_imr_refs"
FORCE = "Hollinsby Constabulary"
IMRS = {
    "IMR 1": f"{FORCE} should make sure that call handlers read the caller's earlier reports before grading a call about abuse.",
    "IMR 2": f"{FORCE} should make sure that bail conditions set to protect a victim are checked at every later contact.",
    "IMR 3": f"{FORCE} should improve how officers record the views of children present at an incident.",
}
# (ref, action, owner, timescale, progress, flag, status)
ROWS = [
    (
        "IMR 1",
        "Show the caller's earlier reports on the call grading screen",
        "Head of Contact, Control Room",
        "Apr-25",
        "Screen change live from 7 April 2025.",
        "Y",
        "complete",
    ),
    (
        "IMR 1",
        "Check fifty graded calls a quarter for use of the earlier reports",
        "Inspector, Quality Team",
        "Ongoing",
        "First check done: 44 of 50 used.",
        "N",
        "in_progress",
    ),
    (
        "IMR 2",
        "Add active bail conditions to the briefing every shift receives",
        "Chief Inspector, Neighbourhoods",
        "30/06/25",
        "Briefing template drafted with the bail team.",
        "N",
        "in_progress",
    ),
    (
        "IMR 2",
        "Remind custody sergeants to record each condition's reason in full",
        "Custody Inspector",
        "31/03/25",
        "Reminder sent 12 March 2025.",
        "Y",
        "complete",
    ),
    (
        "IMR 3",
        "Add a child's view question to the attendance form on mobile devices",
        "Systems Manager",
        "Q3 2025/26",
        "",
        "",
        "unknown",
    ),
    (
        "IMR 3",
        "Train response officers to speak with children at incidents",
        "Head of Training",
        "Dec-25",
        "",
        "",
        "unknown",
    ),
]


def _line(lines: list[str], text: str) -> int:
    return next(n for n, ln in enumerate(lines, 1) if text[:24] in ln)


def gold(lines: list[str]) -> dict:
    return plan_gold(
        STEM,
        description=(
            "A police force's single-agency plan answering its IMR recommendations (listed above the "
            "table), portrait Arial 9: an unheaded row number | Ref (IMR n) | Action | Owner | Timescale | "
            "Progress | Complete (Y/N), the flag's name broken inside 'Complete'."
        ),
        review=review("DHR", "Corley", "Tamsin", review_id="Corley CSP DHR 2024/01"),
        recommendations=[
            recommendation_record(ref, text[:60], _line(lines, text[:40]), agency=FORCE, level="agency")
            for ref, text in IMRS.items()
        ],
        actions=[
            action_record(
                action[:50],
                _line(lines, action),
                ref=str(n),
                recommendation_ref=ref,
                agency_section=FORCE,
                lead=owner,
                target_date_raw=when,
                target_date=iso(when),
                status_raw=flag or None,
                status=state,
            )
            for n, (ref, action, owner, when, _, flag, state) in enumerate(ROWS, 1)
        ],
        notes="Actions: one a row, its ref the row's number, its recommendation_ref the Ref cell; the Y/N flag the status.",
    )


def build(folder: Path = HERE) -> None:
    doc = new_document(f"{FORCE} – DHR 'Tamsin' single agency action plan")
    section = doc.sections[0]  # (portrait: every column a few words wide)
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    doc.add_heading(FORCE, level=1)
    doc.add_paragraph("Single Agency Action Plan")
    doc.add_paragraph(
        "Response to the Domestic Homicide Review into the death of 'Tamsin' (Corley CSP DHR 2024/01)"
    )
    doc.add_paragraph(
        "The force's Individual Management Review made these recommendations, which the panel accepted:"
    )
    for ref, text in IMRS.items():
        doc.add_paragraph(f"{ref} {text}")
    t = table(
        doc,
        ["", "Ref", "Action", "Owner", "Timescale", "Progress", "Complete (Y/N)"],
        [0.7, 1.3, 4.4, 2.8, 2.2, 3.7, 1.5],
    )
    for n, (ref, action, owner, when, progress, flag, _) in enumerate(ROWS, 1):
        row(t, [str(n), ref, action, owner, when, progress, flag])
    doc.add_paragraph("Owner of this plan: Detective Superintendent, Public Protection. Reviewed each month.")
    save_with_gold(doc, folder, STEM, gold)


if __name__ == "__main__":
    build()
