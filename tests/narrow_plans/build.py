"""Two narrower action plans ("Ref | Action | Lead officer | By when | Progress" and "No. |
Action | Owner | Target date | Status"), each with the recommendation printed across the table
above its actions, built in Word (python-docx), exported to PDF by LibreOffice and taken out a
printed line at a time by pdfplumber (dev/corpus_style.py), so the cells of each table line come
out joined as users' corpus text holds them.

    python tests/narrow_plans/build.py            # writes documents/*.docx/.pdf
    /tmp/plumbvenv/bin/python dev/corpus_style.py tests/narrow_plans/documents

Only the corpus text (documents/*.corpus.txt) is kept: tests/test_narrow_rows.py reads it.
Fictional people and places; our own words.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "documents"
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parents[1] / "samples"))
from docx_build import add_row, full_row, heading, make_table, new_doc, para  # noqa: E402
from make_samples import to_pdf  # noqa: E402

# (recommendation printed across the table, [(ref, action, lead, date, progress)])
BOARD = [
    (
        "Recommendation 1 – The Safeguarding Adults Board should seek assurance that day centres "
        "report a missed attendance by a person who lives alone on the same day.",
        [
            (
                "1a",
                "Write to every day centre asking how a missed attendance is followed up and recorded.",
                "Board Business Manager",
                "Feb 2025",
                "Completed – replies from 18 of 20 centres",
            ),
            (
                "1b",
                "Hold a briefing on welfare checks for day centre coordinators and volunteers.",
                "Head of Commissioning, Adult Social Care",
                "May 2025",
                "On track",
            ),
        ],
    ),
    (
        "Recommendation 2 – Tarnwick Council should make sure that a carer's assessment is offered "
        "when a relative stops visiting.",
        [
            (
                "2a",
                "Add a prompt to the review form so that a change in family visits leads to a carer's conversation.",
                "Principal Social Worker",
                "Nov 2024",
                "Complete",
            ),
        ],
    ),
    (
        "Recommendation 3 – Tarnwick Community Health Trust should make sure that district nurses can "
        "see when a patient has missed clinic appointments.",
        [
            (
                "3a",
                "Agree with the clinics a shared flag for missed appointments and test it on two caseloads.",
                "Clinical Lead, District Nursing",
                "Ongoing",
                "Delayed – system supplier yet to reply",
            ),
            (
                "3b",
                "Check each quarter that the flag is seen and acted on within a week.",
                "Tarnwick Community Health Trust Safeguarding Lead",
                "From June 2025",
                "Not started",
            ),
        ],
    ),
]

AGENCY = [
    (
        "1",
        "Repeat the domestic abuse enquiry with the police whenever a case moves between offices.",
        "Head of Operations",
        "June 2025",
        "Complete",
    ),
    (
        "2",
        "Set a ten-day home visit prompt in the case recording system.",
        "Senior Probation Officer, Public Protection",
        "September 2025",
        "In progress",
    ),
    (
        "3",
        "Issue a practice note on recording contact with victim liaison officers.",
        "Quality Development Officer",
        "July 2025",
        "Complete",
    ),
    (
        "4",
        "Audit twenty transferred cases for the repeated enquiry and report to the panel.",
        "Performance Manager",
        "December 2025",
        "Not started",
    ),
]


def board_plan():
    doc = new_doc(
        header="Tarnwick Safeguarding Adults Board – SAR 'Edwin'", footer_label="Action Plan", size=10
    )
    heading(doc, "Safeguarding Adults Review: Edwin – Action Plan", level=1)
    para(
        doc,
        "Edwin was 81 when he died at home in March 2024. The Board accepted the three "
        "recommendations of the review in October 2024; the plan below records the actions agreed.",
    )
    widths = [1.2, 7.0, 3.6, 2.0, 3.6]
    t = make_table(doc, ["Ref", "Action", "Responsible officer", "By when", "Update"], widths, size=9)
    for rec, rows in BOARD:
        full_row(t, rec, size=9, bold=False)
        for row in rows:
            add_row(t, list(row), widths, size=9)
    heading(doc, "Monitoring", level=1)
    para(
        doc,
        "The Board's learning subgroup will review this plan at each meeting until every action is complete.",
    )
    return doc


def agency_plan():
    doc = new_doc(header="Merrowfield Probation Service", footer_label="Single Agency Action Plan", size=10)
    heading(doc, "Single Agency Action Plan", level=1)
    para(
        doc,
        "Our individual management review made four recommendations, all of which the review "
        "panel has endorsed. The actions below answer them in the same order.",
    )
    widths = [1.0, 6.5, 4.0, 2.6, 2.6]
    t = make_table(doc, ["No.", "Action", "Owner", "Target date", "Status"], widths, size=9)
    for row in AGENCY:
        add_row(t, list(row), widths, size=9)
    heading(doc, "Sign-off", level=1)
    para(doc, "Signed off by the Head of Service on behalf of Merrowfield Probation Service.")
    return doc


def main() -> None:
    OUT.mkdir(exist_ok=True)
    for stem, make in (("narrow_board_plan_bands", board_plan), ("narrow_agency_plan_numbered", agency_plan)):
        docx = OUT / f"{stem}.docx"
        make().save(docx)
        with tempfile.TemporaryDirectory() as tmp:
            made = to_pdf(docx, Path(tmp))
            (OUT / f"{stem}.pdf").write_bytes(made.read_bytes())


if __name__ == "__main__":
    main()
