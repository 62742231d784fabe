"""Build two standalone DHR action plans set in a Word house style with space after every
paragraph (Word's own default does the same), exported to PDF by LibreOffice and read by plain
`pdftotext` (no -layout):

- `plan_plain_spaced_rag.txt`: No. | Recommendation | Action | Lead | Timescale | Outcome |
  RAG rating, the No. and Recommendation cells merged down over a recommendation's two
  actions, each action cell opening with its own number ("1.1 ...");
- `plan_plain_spaced_unheaded.txt`: the row number in a first column whose header cell is
  blank, then Recommendation | Scope | Action to take | Lead agency | Target date | Update /
  Outcome, two actions under one merged recommendation (and scope) cell, no status column
  (a status only as "Completed" in the target column or in the update).

Spacing after each cell paragraph makes plain pdftotext print every printed line of a cell as a
block of its own, a blank line between: the header's names one a block, then each row a
printed line at a time across its cells; the row numbers alone on a line are taken for page
numbers by cleaning; where a row's cells end at different depths, the next row's first lines
print before the last lines of the row above. The .txt files are that genuine export; their
gold (`<stem>.json`) is written by hand from the plans' meaning.

They are kept in `pending/` (not scored by tests/test_zoo.py) until the plain-text route reads
them: the PDF and Word routes read the same tables from their cells.

    python tests/zoo/pending/build_plan_plain_spaced.py [--keep]

All people, places and bodies are fictional; the wording is our own.
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx.shared import Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from docx_build import add_row, make_table, merge_down, new_doc, para  # noqa: E402
from office_export import render_text  # noqa: E402

STEM = "plan_plain_spaced_rag"
HEADER = ["No.", "Recommendation", "Action", "Lead", "Timescale", "Outcome", "RAG rating"]
WIDTHS = [1.2, 5.4, 5.6, 3.5, 2.5, 3.9, 3.4]
RECS = [
    "Eastbrook Community Safety Partnership should make sure that every agency's domestic abuse "
    "training explains how controlling behaviour can continue after a couple separate.",
    "Eastbrook Police should review how officers record a repeat call from the same address when "
    "the caller withdraws the complaint.",
    "Eastbrook Housing Trust should ask about domestic abuse when a tenant reports damage to a "
    "door or window for the second time.",
    "Eastbrook Primary Care Network should remind practices to offer a private appointment to a "
    "patient who always attends with a partner.",
]
ROWS = [
    (
        "1",
        RECS[0],
        "1.1 Rewrite the separation module of the partnership's core training course",
        "Partnership Training Officer",
        "Sep-24",
        "Module signed off",
        "Green – module in use since August 2024",
    ),
    (
        "1",
        RECS[0],
        "1.2 Ask each agency to confirm that its own training covers post-separation abuse",
        "Partnership Business Manager",
        "31.12.2024",
        "Returns from all agencies",
        "Complete",
    ),
    (
        "2",
        RECS[1],
        "2.1 Add a repeat caller check to the control room incident log",
        "Eastbrook Police Control Room Manager",
        "Q4 2024/25",
        "Check live on the log",
        "Amber – change awaiting testing",
    ),
    (
        "3",
        RECS[2],
        "3.1 Add a domestic abuse prompt to the repairs reporting script",
        "Head of Tenancy Services",
        "March 2025",
        "Script revised",
        "Complete",
    ),
    (
        "4",
        RECS[3],
        "4.1 Send a practice bulletin on private appointments to every surgery",
        "Primary Care Safeguarding Lead",
        "Jan-25",
        "Bulletin issued",
        "Red – not started; bulletin delayed",
    ),
]


UNHEADED = "plan_plain_spaced_unheaded"
U_HEADER = ["", "Recommendation", "Scope", "Action to take", "Lead agency", "Target date", "Update / Outcome"]
U_WIDTHS = [1.0, 6.0, 2.0, 5.6, 3.6, 2.6, 4.6]
U_RECS = [
    "National Recommendation 1: The Home Office should make clear in the statutory guidance how a "
    "review panel may obtain a coroner's file before the inquest has concluded.",
    "Local Recommendation 1: Hartsmead Constabulary should ensure that a report of a breached "
    "bail condition is linked to the original domestic abuse investigation.",
    "Local Recommendation 2: Hartsmead Adult Mental Health Service should ask every patient "
    "discharged from crisis care whether they feel safe at home.",
    "Local Recommendation 3: The Hartsmead Partnership should publish a short guide for employers "
    "on supporting staff who disclose domestic abuse.",
]
U_ROWS = [
    (
        "1",
        U_RECS[0],
        "National",
        "Chair to write to the Home Office review team with the overview report",
        "Hartsmead Partnership",
        "Completed",
        "Letter sent 2 June 2025; reply received",
    ),
    (
        "2",
        U_RECS[1],
        "Local",
        "Change the bail breach crime recording procedure",
        "Hartsmead Constabulary",
        "Oct 2025",
        "In progress – procedure drafted",
    ),
    (
        "3",
        U_RECS[1],
        "Local",
        "Brief custody sergeants on the changed procedure",
        "Hartsmead Constabulary",
        "Jan 2026",
        "Not yet started",
    ),
    (
        "4",
        U_RECS[2],
        "Local",
        "Add a safety at home question to the crisis discharge checklist",
        "Hartsmead Adult Mental Health Service",
        "31.08.2025",
        "Completed – checklist in use from August 2025",
    ),
    (
        "5",
        U_RECS[3],
        "Local",
        "Write and publish the employers' guide with the Chamber of Trade",
        "Hartsmead Council Community Safety Team",
        "Q1 2026/27",
        "Draft guide with the Chamber for comment",
    ),
]


def _house_style(doc) -> None:
    pf = doc.styles["Normal"].paragraph_format
    pf.line_spacing, pf.space_after = 1.3, Pt(6)  # (the house style: space after every paragraph)


def build_unheaded(folder: Path) -> Path:
    doc = new_doc(landscape=True, footer_label="Hartsmead DHR 2024/05 – Action plan", font="Verdana", size=10)
    _house_style(doc)
    para(doc, "Hartsmead Partnership – DHR 2024/05 'Nell' action plan (updated September 2025)", bold=True)
    t = make_table(doc, U_HEADER, U_WIDTHS, header_fill="FFF2CC")
    for values in U_ROWS:
        add_row(t, values, U_WIDTHS, size=8.5)
    merge_down(t, 1, 2, 3, size=8.5)
    merge_down(t, 2, 2, 3, size=8.5)
    para(doc, "")
    para(doc, "Progress is reported to the Hartsmead Partnership Board each quarter.", size=10)
    path = folder / f"{UNHEADED}.docx"
    doc.save(path)
    return path


def build(folder: Path) -> Path:
    doc = new_doc(
        landscape=True, footer_label="Eastbrook CSP – DHR 'Maud' – Action plan", font="Calibri", size=10.5
    )
    _house_style(doc)
    para(doc, "Eastbrook Community Safety Partnership", bold=True, size=12)
    para(doc, "Domestic Homicide Review 'Maud' (ECSP DHR 2023/02) – Action Plan", bold=True, size=12)
    para(doc, "Position reported to the partnership board in February 2025.", size=10)
    t = make_table(doc, HEADER, WIDTHS, header_fill="DEEAF6")
    for values in ROWS:
        add_row(t, values, WIDTHS, size=8.5)
    merge_down(t, 0, 1, 2, size=8.5)
    merge_down(t, 1, 1, 2, size=8.5)
    para(doc, "")
    para(doc, "The board closes an action only when its outcome has been evidenced.", size=10)
    path = folder / f"{STEM}.docx"
    doc.save(path)
    return path


def main() -> None:
    render_text([(STEM, build), (UNHEADED, build_unheaded)], HERE, keep="--keep" in sys.argv)


if __name__ == "__main__":
    main()
