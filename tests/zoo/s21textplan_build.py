"""Build two action plans whose plain-text export (pdftotext, no -layout) the text route must read
with care. All people, places and bodies are fictional; the wording is our own.

* `textplan_named_recs_column_blocks`: a standalone DHR action plan, one landscape table
  Rec | Recommendation | Action | Lead | Target date | Status whose number and recommendation
  cells are merged down over their actions. The recommendations are written in a tracker's
  short form, the body asked then "to" and its verb ("Quillstone Police to make sure ..."),
  with no "should". Plain pdftotext prints such a table as column blocks: the numbers as one
  run, the recommendation cells as runs of their own, then the action rows.
* `textplan_late_cells_spaced`: a SAR board's action plan in a house style with space after
  every paragraph, No. | Action | Lead | Target date | Progress | Status, the date and status
  cells centred in their rows (vertical alignment: centre) and some progress cells running
  longer than the action. pdftotext prints each printed line as a block of its own, a row a line
  at a time across its cells, but a centred date or status prints its line a round or two late,
  and a progress cell running past the next row's number prints its last line after it.

    python tests/zoo/s21textplan_build.py     # writes .docx, .pdf, .txt and the gold .json
    /tmp/plumbvenv/bin/python dev/corpus_style.py tests/zoo tests/zoo/pending   # the .corpus.txt
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from office_export import save_rendered  # noqa: E402
from plan_gold import line_opening, merged_plan_records, plain_action, plan_gold, review, save_gold  # noqa: E402
from plan_merged_build import merged_rows, new_document, row, spaced_document, table  # noqa: E402

# ---------------------------------------------------------------- 1. short-form recommendations

NAMED_RECS = [
    (
        "1",
        "Quillstone Safer Communities Partnership to fund a weekend helpline for victims who live "
        "in the rural wards.",
        [
            (
                "1.1",
                "Cost a weekend helpline with the two local charities.",
                "Partnership Manager",
                "30/09/2024",
                "Complete",
            ),
            (
                "1.2",
                "Run the helpline for a twelve-month trial and report take-up.",
                "Partnership Manager",
                "March 2026",
                "In progress",
            ),
        ],
    ),
    (
        "2",
        "Quillstone Police to make sure that call handlers ask about weapons held at the address.",
        [
            (
                "2.1",
                "Add a weapons question to the call handling script.",
                "Head of Contact Management",
                "December 2024",
                "Complete",
            ),
        ],
    ),
    (
        "3",
        "Hazelcombe Mental Health NHS Trust to ask every patient who discloses abuse whether it is "
        "safe to write to them at home.",
        [
            (
                "3.1",
                "Change the letters policy and the referral form.",
                "Head of Safeguarding",
                "31/01/2025",
                "In progress",
            ),
            (
                "3.2",
                "Audit twenty records for the new safety question.",
                "Safeguarding Lead Nurse",
                "June 2025",
                "Not started",
            ),
        ],
    ),
    (
        "4",
        "Quillstone Safer Communities Partnership to write to the Home Office about the length of "
        "time taken to approve reviews.",
        [
            (
                "4.1",
                "Chair to send the letter with the published report.",
                "Independent Chair",
                "August 2024",
                "Complete",
            ),
        ],
    ),
]


def build_named(folder: Path) -> None:
    stem = "textplan_named_recs_column_blocks"
    doc = new_document("Quillstone Safer Communities Partnership – DHR action plan")
    doc.add_paragraph().add_run("Quillstone Safer Communities Partnership").bold = True
    doc.add_paragraph("Domestic Homicide Review ‘Hester’ (QSCP DHR 2023/2) – Action Plan")
    doc.add_paragraph("Progress is reported to the DHR Steering Group each quarter. Position at July 2024.")
    t = table(
        doc,
        ["Rec", "Recommendation", "Action", "Lead", "Target date", "Status"],
        [1.3, 6.5, 7.0, 4.2, 2.8, 2.6],
    )
    for number, text, actions in NAMED_RECS:
        merged_rows(t, [0, 1], [number, text], [list(a[1:]) for a in actions])
    save_rendered(doc, folder, stem)
    lines = (folder / f"{stem}.txt").read_text(encoding="utf-8").splitlines()
    recommendations, actions = merged_plan_records(lines, NAMED_RECS, coded=False)
    gold = plan_gold(
        stem,
        description=(
            "Standalone DHR action plan: one landscape table Rec | Recommendation | Action | Lead | "
            "Target date | Status, the number and recommendation cells merged down over their actions, "
            "each recommendation in a tracker's short form (the body asked, then 'to' and its verb, no "
            "'should'); plain pdftotext prints the table as column blocks (the numbers as one run, the "
            "recommendation cells as runs of their own, then the action rows)."
        ),
        review=review("DHR", "Quillstone", "Hester"),
        recommendations=recommendations,
        actions=actions,
        notes="Recommendations: the Recommendation cells (no other statement), ref the Rec cell. "
        "Actions: one per Action cell, recommendation_ref the merged Rec cell.",
    )
    save_gold(folder, stem, gold)


# ---------------------------------------------------------------- 2. centred cells, spaced style

LATE_ROWS = [
    (
        "1a",
        "Publish a one-page guide on executive capacity for all partner agencies.",
        "Emberford SAB Policy Group",
        "September 2024",
        "Guide drafted with the two hospital trusts and the council. Published on the Board website "
        "in August and sent to the safeguarding lead of every partner agency.",
        "Complete",
    ),
    (
        "1b",
        "Audit capacity assessments in twelve self-neglect cases.",
        "Emberford SAB Quality Group",
        "31/03/2025",
        "Audit tool agreed in October. Case selection delayed while the council changes its case "
        "recording system; the audit will now start in the new year.",
        "In progress",
    ),
    (
        "2",
        "Add a prompt on carers' own needs to the district nursing visit record.",
        "Head of Nursing, Kestrelby Community Health",
        "January 2025",
        "Prompt built and tested on two teams. Roll-out to the other six teams is waiting for the "
        "supplier's release.",
        "In progress",
    ),
    (
        "3",
        "Brief housing officers on referring a tenant who refuses repairs.",
        "Pennywell Homes Tenancy Manager",
        "June 2025",
        "Not yet planned; the briefing will follow the new repairs policy.",
        "Not started",
    ),
    (
        "4",
        "Board Chair to write to the regional ambulance service about safeguarding referrals.",
        "Independent Chair",
        "July 2024",
        "Letter sent in July. The service has replied and agreed to report its referral times to the "
        "Board twice a year.",
        "Complete",
    ),
]


def build_late(folder: Path) -> None:
    stem = "textplan_late_cells_spaced"
    doc = spaced_document(
        "Emberford Safeguarding Adults Board – SAR ‘Agnes’ – Action plan",
        "Emberford Safeguarding Adults Board",
        "Safeguarding Adults Review ‘Agnes’ – Board action plan, position at November 2024",
    )
    t = table(
        doc, ["No.", "Action", "Lead", "Target date", "Progress", "Status"], [1.2, 6.0, 4.0, 2.6, 8.6, 2.6]
    )
    for values in LATE_ROWS:
        row(t, list(values))
        cells = t.rows[-1].cells
        for k in (3, 5):  # the date and status cells centred in their rows
            cells[k].vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    save_rendered(doc, folder, stem)
    # LibreOffice lays this table out so that pdftotext prints it in two column groups; the
    # family's own export (a word processor's PDF of the same table) prints it a line at a time,
    # so the text route's fixture is set here in that form, line for line as pdftotext prints it
    (folder / f"{stem}.txt").write_text(_spaced_text(), encoding="utf-8")
    lines = (folder / f"{stem}.txt").read_text(encoding="utf-8").splitlines()
    gold = plan_gold(
        stem,
        description=(
            "SAR board action plan in a house style with space after every paragraph: one landscape "
            "table No. | Action | Lead | Target date | Progress | Status, the date and status cells "
            "centred in their rows, the progress cells longer than the actions; plain pdftotext "
            "prints every printed line as a block of its own, a row a line at a time across its "
            "cells, the centred date and status a round late."
        ),
        review=review("SAR", "Emberford", "Agnes"),
        actions=[
            plain_action(
                action_text.rstrip("."),
                line_opening(lines, ref, exact=True),
                lead=lead,
                due=due,
                state=state,
                ref=ref,
            )
            for ref, action_text, lead, due, _, state in LATE_ROWS
        ],
        notes="Actions: one per row, ref the No. cell; status the Status column.",
    )
    save_gold(folder, stem, gold)


# Each row as plain pdftotext prints it in the spaced style: its number, then rounds (the lines
# printed on one baseline across the cells, left to right). A centred date or status prints in a
# later round than the row's first; a progress cell running lower than the next row's number
# prints its last line after that number, before the next row's first round.
LATE_PRINTED = [
    (
        "1a",
        [
            [
                "Publish a one-page guide on",
                "Emberford SAB Policy",
                "Guide drafted with the two hospital trusts and the",
            ],
            [
                "executive capacity for all partner",
                "Group",
                "September",
                "council. Published on the Board website in August",
                "Complete",
            ],
            ["agencies.", "2024", "and sent to the safeguarding lead of every partner"],
        ],
    ),
    (
        "1b",
        [
            ["agency."],
            [
                "Audit capacity assessments in",
                "Emberford SAB Quality",
                "Audit tool agreed in October. Case selection",
            ],
            [
                "twelve self-neglect cases.",
                "Group",
                "31/03/2025",
                "delayed while the council changes its case",
                "In progress",
            ],
            ["recording system; the audit will now start in the"],
            ["new year."],
        ],
    ),
    (
        "2",
        [
            [
                "Add a prompt on carers' own needs to",
                "Head of Nursing,",
                "Prompt built and tested on two teams. Roll-out to",
            ],
            [
                "the district nursing visit record.",
                "Kestrelby Community",
                "January 2025",
                "the other six teams is waiting for the supplier's",
                "In progress",
            ],
            ["Health", "release."],
        ],
    ),
    (
        "3",
        [
            [
                "Brief housing officers on referring a",
                "Pennywell Homes",
                "June 2025",
                "Not yet planned; the briefing will follow the new",
                "Not started",
            ],
            ["tenant who refuses repairs.", "Tenancy Manager", "repairs policy."],
        ],
    ),
    (
        "4",
        [
            [
                "Board Chair to write to the regional",
                "Independent Chair",
                "Letter sent in July. The service has replied and",
            ],
            [
                "ambulance service about safeguarding",
                "July 2024",
                "agreed to report its referral times to the Board",
                "Complete",
            ],
            ["referrals.", "twice a year."],
        ],
    ),
]


def _spaced_text() -> str:
    """The late-cells plan as plain pdftotext prints it in the spaced style: each printed line
    a block of its own, a blank line between."""
    out = [
        "Emberford Safeguarding Adults Board",
        "Safeguarding Adults Review ‘Agnes’ – Board action plan, position at November 2024",
        "",
    ]
    for name in ("No.", "Action", "Lead", "Target date", "Progress", "Status"):
        out += [name, ""]
    for ref, rounds in LATE_PRINTED:
        out += [ref, ""]
        for printed in rounds:
            for line in printed:
                out += [line, ""]
    out += ["Emberford Safeguarding Adults Board – SAR ‘Agnes’ – Action plan", "", "1", "", "\f"]
    return "\n".join(out)


if __name__ == "__main__":
    build_named(HERE / "pending")  # (its leads are not read yet on the text route: pending/README.md)
    build_late(HERE)
