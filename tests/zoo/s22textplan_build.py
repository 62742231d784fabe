"""Build a plan whose plain-text export (pdftotext, no -layout) prints each row's lead, target
date and status as a band after the action cells. All people, places and bodies are fictional;
the wording is our own.

* `textplan_lead_bands_column_blocks`: a Community Safety Partnership's DHR action plan, one
  landscape table Action | Lead | Target date | Status, one row an action. Plain pdftotext prints
  the action cells as runs, then each row's lead, date and status one row at a time; a lead
  named on two rows prints twice, and two neighbouring rows' short leads, dates and statuses
  each print as one block a column ("Tenancy Support Lead" / "MARAC Chair").

Every route reads it whole: its corpus text (each row's cells joined on one line with single
spaces, no row code) since session 26, each row opening on the line that ends in its date and
status (plan.dated_rows).

    python tests/zoo/s22textplan_build.py     # writes .docx, .pdf, .txt and the gold .json
    /tmp/plumbvenv/bin/python dev/corpus_style.py tests/zoo   # the .corpus.txt
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from office_export import save_rendered  # noqa: E402
from plan_gold import line_opening, plain_action, plan_gold, review, save_gold  # noqa: E402
from plan_merged_build import new_document, row, table  # noqa: E402

STEM = "textplan_lead_bands_column_blocks"
ROWS = [
    (
        "Map the refuge and outreach places open to men and to older victims, and the waiting time for each.",
        "Partnership Co-ordinator",
        "31/10/2024",
        "Complete",
    ),
    (
        "Publish the map on the Partnership website and send it to every GP practice.",
        "Partnership Co-ordinator",
        "January 2025",
        "In progress",
    ),
    (
        "Add a question on coercive control to the hospital discharge checklist and "
        "audit its use after six months.",
        "Named Nurse",
        "March 2025",
        "Complete",
    ),
    (
        "Review the housing register rules for victims who must move quickly.",
        "Head of Housing Options",
        "30/06/2025",
        "In progress",
    ),
    (
        "Train the housing officers on the revised rules.",
        "Tenancy Support Lead",
        "September 2025",
        "Not started",
    ),
    (
        "Report the audit of MARAC referrals to the Partnership Board.",
        "MARAC Chair",
        "December 2024",
        "Complete",
    ),
]


def build(folder: Path) -> None:
    doc = new_document("Ravensmere Community Safety Partnership – DHR action plan")
    doc.add_paragraph().add_run("Action plan").bold = True
    doc.add_paragraph(
        "Ravensmere Community Safety Partnership – Domestic Homicide Review ‘Maud’ (RCSP DHR 2022/4)"
    )
    doc.add_paragraph("The DHR Steering Group reviews this plan every two months. Position at May 2025.")
    doc.add_paragraph()  # (a blank line before the table, as the house style leaves one)
    t = table(doc, ["Action", "Lead", "Target date", "Status"], [7.0, 4.2, 2.8, 2.6])
    for values in ROWS:
        row(t, list(values))
    save_rendered(doc, folder, STEM)
    lines = (folder / f"{STEM}.txt").read_text(encoding="utf-8").splitlines()
    gold = plan_gold(
        STEM,
        description=(
            "Standalone DHR action plan: one landscape table Action | Lead | Target date | Status, "
            "one row an action; plain pdftotext prints the action cells as runs, then each row's lead, "
            "date and status a row at a time, two neighbouring rows' short cells a block a column."
        ),
        review=review("DHR", "Ravensmere", "Maud"),
        actions=[
            plain_action(
                action_text.rstrip("."),
                line_opening(lines, action_text[:25]),
                lead=lead,
                due=due,
                state=state,
            )
            for action_text, lead, due, state in ROWS
        ],
        notes="Actions: one per Action cell; no recommendation is printed, so none is linked.",
    )
    save_gold(folder, STEM, gold)


if __name__ == "__main__":
    build(HERE)
