"""Build sar_tracker_percent_page_break_corrow: a Safeguarding Adults Board's SAR tracker exported
from a spreadsheet (monospaced, landscape), a second stand-in of the percent tracker family:
"Rec | Recommendation | Act | Action | Owner | Target date | % complete | Date completed" with the
recommendation's whole text printed again on every action row, five recommendations and eleven
action rows, so the last recommendation's first row breaks over the page under the header
printed again; action refs "1a" - "5b", ISO dates, a percentage for the status and the day done
only on closed rows. A title line names the sheet, a paragraph the Board's reference, age and
month of death, and a key line gives percentages.

Built in Word (python-docx, DejaVu Sans Mono 7.5, landscape), exported to PDF by LibreOffice and
to text by plain pdftotext; corpus text by `/tmp/plumbvenv/bin/python dev/corpus_style.py DIR`.

    python tests/zoo/pending/build_sar_tracker_percent_page_break.py

All people, places and bodies are fictional; the wording is our own.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # tests/, for the shared export steps
sys.path.insert(0, str(HERE.parent))  # tests/zoo/, for the gold frame

from docx_build import new_doc, para  # noqa: E402
from office_export import save_with_gold  # noqa: E402
from percent_tracker import tracker_gold, tracker_table  # noqa: E402
from plan_gold import review  # noqa: E402

STEM = "sar_tracker_percent_page_break_corrow"
WRITTEN = "Written by helper s29fix2829; fictional."

RECS = {
    "1": "The Board should seek assurance that adults who decline care after a fall are offered a second "
    "conversation within a week, with a named worker who knows their history, and that the worker records what was offered and what the adult said.",
    "2": "Corrow Council should make sure that its housing officers know how to raise a concern when a "
    "tenant's home shows signs of self-neglect, and that each concern raised is answered in writing within ten working days.",
    "3": "The Integrated Care Board should check that GP practices follow up adults who miss three or more "
    "appointments in a row, and that the practice tells the adult's care coordinator when it cannot reach them.",
    "4": "The Board should agree with the fire service how the findings of home safety visits are shared with adult social care, so that a home found to be a fire risk is known to the adult's worker.",
    "5": "The Board should review in a year whether the learning from this review has changed practice, "
    "and report what it finds to its members.",
}
# (rec, act, action, owner, target, percent, completed)
ROWS = [
    (
        "1",
        "1a",
        "Write a second-conversation standard for declined care",
        "Corrow Adult Social Care",
        "2025-02-28",
        "100%",
        "2025-02-11",
    ),
    (
        "1",
        "1b",
        "Audit fifteen cases where care was declined after a fall",
        "Corrow Adult Social Care",
        "2025-08-31",
        "75%",
        "",
    ),
    (
        "1",
        "1c",
        "Add the standard to the induction of new social workers",
        "Principal Social Worker",
        "2025-10-31",
        "10%",
        "",
    ),
    (
        "2",
        "2a",
        "Brief all housing officers on raising a concern",
        "Corrow Council Housing",
        "2025-03-31",
        "100%",
        "2025-03-27",
    ),
    (
        "2",
        "2b",
        "Put a self-neglect prompt in the tenancy visit form",
        "Corrow Council Housing",
        "2025-07-31",
        "50%",
        "",
    ),
    (
        "3",
        "3a",
        "Survey GP practices on how missed appointments are followed",
        "Corrow Integrated Care Board",
        "2025-05-31",
        "100%",
        "2025-06-02",
    ),
    (
        "3",
        "3b",
        "Share a follow-up template with every practice",
        "Corrow Integrated Care Board",
        "2025-09-30",
        "25%",
        "",
    ),
    (
        "4",
        "4a",
        "Agree a sharing protocol with the fire service",
        "SAB Business Manager",
        "2025-06-30",
        "100%",
        "2025-06-19",
    ),
    (
        "4",
        "4b",
        "Test the protocol on twenty home safety visits",
        "Corrow Fire and Rescue Service",
        "2025-12-31",
        "0%",
        "",
    ),
    (
        "5",
        "5a",
        "Plan a practice audit across the Board's members",
        "SAB Quality Subgroup",
        "2026-01-31",
        "0%",
        "",
    ),
    ("5", "5b", "Report the audit's findings to the Board", "SAB Independent Chair", "2026-03-31", "0%", ""),
]


def document():
    doc = new_doc(
        landscape=True, header="", footer_label="CSAB SAR tracker", font="DejaVu Sans Mono", size=7.5
    )
    para(doc, "SAR 'Edwin' - tracker of actions (sheet 2 of 3)", bold=True, size=11)
    para(
        doc,
        "Corrow Safeguarding Adults Board reference CSAB SAR 2024-02. Edwin was 81 when he died in January 2024. "
        "This sheet lists each action agreed by the Board's members and how far it has gone.",
    )
    para(doc, "Key: 4 closed (36%); mean completion 51%")
    para(doc, "Note 1: rows are updated by each owner before the quarterly meeting.")
    para(doc, "Note 2: rows are updated by each owner before the quarterly meeting.")
    para(doc, "Note 3: rows are updated by each owner before the quarterly meeting.")
    para(doc, "Note 4: rows are updated by each owner before the quarterly meeting.")
    para(doc, "Note 5: rows are updated by each owner before the quarterly meeting.")
    tracker_table(doc, RECS, ROWS, [0.9, 7.2, 0.9, 5.0, 3.2, 2.1, 1.7, 2.1], size=7.5)
    return doc


def gold(lines):
    return tracker_gold(
        STEM,
        lines,
        RECS,
        ROWS,
        description=(
            "SAR tracker built in Word (python-docx, DejaVu Sans Mono 7.5, landscape), exported to PDF by "
            "LibreOffice and to text by plain pdftotext: Rec | Recommendation | Act | Action | Owner | Target date "
            "| % complete | Date completed, the recommendation's text printed on every action row, eleven rows."
        ),
        review=review(
            "SAR", "Corrow", "Edwin", review_id="CSAB SAR 2024-02", age=81, date_of_death="2024-01"
        ),
        action_words=7,
        notes=f"{WRITTEN} One recommendation per Rec number (the repeats are one record).",
    )


if __name__ == "__main__":
    save_with_gold(document(), HERE, STEM, gold)
