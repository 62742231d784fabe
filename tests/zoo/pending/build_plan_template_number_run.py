"""Build a DHR action plan in the Home Office template with its row numbers in a first column
whose header cell is blank, set in a house style with space after every paragraph, exported to
PDF by LibreOffice and read by plain `pdftotext` (no -layout):

- `plan_template_number_run.txt`: (blank) | Recommendation | Scope of recommendation i.e. local
  or regional | Action to take | Lead Agency | Key milestones achieved in enacting
  recommendation | Target Date | Date of completion and Outcome, one action a recommendation.
  The header's long names wrap in their narrow columns and print in rounds ("Scope of" / ... /
  "recommend" / ... / "ation i.e."); the first rows' numbers print together, one a block, just
  under the header's names, before any of their cells (cleaning takes them for page numbers);
  then each row a printed line at a time across its cells.

The .txt is that genuine export; its gold (`plan_template_number_run.json`) is written by hand
from the plan's meaning. Kept in `pending/` until the plain-text route reads every row.

    python tests/zoo/pending/build_plan_template_number_run.py [--keep]

All people, places and bodies are fictional; the wording is our own.
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx.shared import Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parent))

from docx_build import add_row, make_table, new_doc, para  # noqa: E402
from office_export import render_text  # noqa: E402
from plan_gold import (  # noqa: E402
    action_record,
    first_words,
    iso,
    line_holding,
    plan_gold,
    recommendation_record,
    review,
    save_gold,
)

STEM = "plan_template_number_run"
HEADER = [
    "",
    "Recommendation",
    "Scope of recommendation i.e. local or regional",
    "Action to take",
    "Lead Agency",
    "Key milestones achieved in enacting recommendation",
    "Target Date",
    "Date of completion and Outcome",
]
WIDTHS = [0.9, 4.2, 2.0, 4.2, 3.0, 4.4, 2.2, 3.6]
# (recommendation, scope, action, lead, milestones, target date, outcome, status as the gold means it)
ROWS = [
    (
        "Make sure families in outlying hamlets can reach a domestic abuse adviser.",
        "Local",
        "Run a monthly advice session in the two hamlet halls",
        "Community Safety Officer, Thornwick Council",
        "Sessions booked with the hall committees.",
        "30 April 2025",
        "Completed – first session held in March",
        "complete",
    ),
    (
        "Tell the licensing office when a shotgun holder is named in a domestic abuse report.",
        "Regional",
        "Add a licensing alert to the domestic abuse report form",
        "Head of Public Protection, Thornwick Police",
        "Form change requested.",
        "December 2025",
        "In progress",
        "in_progress",
    ),
    (
        "Ask about abuse when a patient attends the walk-in centre with an injury.",
        "Local",
        "Put a routine enquiry question into the walk-in triage form",
        "Safeguarding Lead, Thornwick Health Board",
        "Question drafted with nursing staff.",
        "31/07/2025",
        "Ongoing",
        "in_progress",
    ),
    (
        "Offer a tenant a private talk when a repair shows signs of violence.",
        "Local",
        "Brief repairs staff on when to offer a private talk",
        "Housing Manager, Thornwick Homes",
        "None yet.",
        "March 2026",
        "Not started",
        "not_started",
    ),
]


def _house_style(doc) -> None:
    pf = doc.styles["Normal"].paragraph_format
    pf.line_spacing, pf.space_after = 1.4, Pt(8)  # (the house style: space after every paragraph)


def build(folder: Path) -> Path:
    doc = new_doc(landscape=True, font="Arial", size=10)
    _house_style(doc)
    para(doc, "Appendix A: Action Plan", bold=True, size=12)
    para(doc, "Thornwick Community Safety Partnership – DHR 'Maud' (Home Office template)", bold=True)
    t = make_table(doc, HEADER, WIDTHS)
    for number, row in enumerate(ROWS, start=1):
        add_row(t, (str(number), *row[:7]), WIDTHS, size=9)
    para(doc, "")
    para(doc, "The Partnership reviews this plan at each of its quarterly meetings.", size=10)
    path = folder / f"{STEM}.docx"
    doc.save(path)
    return path


def gold(lines: list[str]) -> dict:
    recs, actions = [], []
    for number, (rec, scope, action, lead, _, due, outcome, state) in enumerate(ROWS, start=1):
        ref = str(number)
        recs.append(
            recommendation_record(ref, first_words(rec, 8), line_holding(lines, rec, 4), scope=scope.lower())
        )
        actions.append(
            action_record(
                action,
                line_holding(lines, action, 4),
                ref=ref,
                recommendation_ref=ref,
                lead=lead,
                target_date_raw=due,
                target_date=iso(due) if iso(due) else ("2025-12" if due == "December 2025" else None),
                status_raw=outcome,
                status=state,
            )
        )
    return plan_gold(
        STEM,
        description="Home Office template plan, blank number header cell, numbers printed in a run "
        "under the header, plain pdftotext of a spaced house style",
        review=review("DHR", "Thornwick", "Maud"),
        notes="Hand-written gold; lines looked up in the plain pdftotext export.",
        recommendations=recs,
        actions=actions,
    )


def main() -> None:
    keep = "--keep" in sys.argv
    render_text([(STEM, build)], HERE, keep=keep)
    lines = (HERE / f"{STEM}.txt").read_text(encoding="utf-8").splitlines()
    save_gold(HERE, STEM, gold(lines))


if __name__ == "__main__":
    main()
