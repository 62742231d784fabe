"""Build sar_tracker_percent_narrow_hollin: a Safeguarding Adults Board's SAR tracker exported
from a spreadsheet (monospaced, landscape), the percent tracker family varied: the columns
narrower (the recommendation's repeated text over five to eight lines, the header's "Target
date", "% complete" and "Date completed" each over two lines), the owners' names longer,
"Rec | Recommendation | Act | Action | Owner | Target date | % complete | Date completed" with the
recommendation's whole text printed again on every action row; refs "1a" - "4b", ISO dates, a
percentage for the status, the day done only on closed rows; the rows run over the page break
under the header printed again. A title line names the sheet, a paragraph the Board's reference.

Built in Word (python-docx, Liberation Mono 7.5, landscape), exported to PDF by LibreOffice and
to text by plain pdftotext; corpus text by `/tmp/plumbvenv/bin/python dev/corpus_style.py DIR`.

    python tests/zoo/pending/build_sar_tracker_percent_narrow.py

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

STEM = "sar_tracker_percent_narrow_hollin"

RECS = {
    "1": "Hollin Safeguarding Adults Board should ask its members to agree one way of recording an adult's "
    "capacity to make a decision about where they live, and check after six months that it is used.",
    "2": "Hollin Council adult social care should make sure that a carer's assessment is offered whenever "
    "a family member is named as the main support for an adult who lives alone.",
    "3": "The Board should ask the ambulance service and the hospital trust to agree how a frequent caller's "
    "history is passed to the ward when the caller is admitted.",
    "4": "The Board should publish a short guide for families on how to raise a safeguarding concern.",
}  # fmt: skip
# (rec, act, action, owner, target, percent, completed)
ROWS = [
    ("1", "1a", "Draft a shared capacity recording template", "Hollin Safeguarding Adults Board Business Unit",
     "2025-01-31", "100%", "2025-01-20"),
    ("1", "1b", "Audit the template's use in thirty cases", "Hollin Safeguarding Adults Board Quality Group",
     "2025-09-30", "50%", ""),
    ("2", "2a", "Add a carer's assessment prompt to the first contact form", "Hollin Council Adult Social Care",
     "2025-04-30", "100%", "2025-05-06"),
    ("2", "2b", "Report monthly on carer's assessments offered", "Hollin Council Adult Social Care",
     "2025-10-31", "25%", ""),
    ("3", "3a", "Agree a frequent caller summary for admissions", "North Hollin Ambulance Service NHS Trust",
     "2025-06-30", "75%", ""),
    ("3", "3b", "Train ward staff to read the summary", "Hollin Teaching Hospitals NHS Trust",
     "2025-12-31", "0%", ""),
    ("4", "4a", "Write the families' guide with two carers' groups", "Hollin Safeguarding Adults Board Business Unit",
     "2025-03-31", "100%", "2025-03-14"),
    ("4", "4b", "Send the guide to every GP practice and library", "Hollin Safeguarding Adults Board Business Unit",
     "2025-07-31", "0%", ""),
]  # fmt: skip


def document():
    doc = new_doc(landscape=True, header="", footer_label="HSAB tracker", font="Liberation Mono", size=7.5)
    para(doc, "SAR 'Marjorie' - action tracker (sheet 3 of 4)", bold=True, size=11)
    para(
        doc,
        "Hollin Safeguarding Adults Board reference HSAB/SAR/2023/05. Marjorie was 88 when she died in "
        "March 2023. Owners update their rows before each meeting of the Board.",
    )
    para(doc, "Key: 3 closed (38%); mean completion 56%")
    for n in range(1, 9):
        para(doc, f"Note {n}: a row is closed only when the evidence has been seen by the Quality Group.")
    tracker_table(doc, RECS, ROWS, [1.0, 5.6, 1.0, 4.2, 3.0, 2.0, 1.8, 2.0], size=7.5)
    return doc


def gold(lines):
    return tracker_gold(
        STEM,
        lines,
        RECS,
        ROWS,
        description=(
            "SAR tracker built in Word (python-docx, Liberation Mono 7.5, landscape, narrow columns), exported to PDF "
            "by LibreOffice and to text by plain pdftotext: Rec | Recommendation | Act | Action | Owner | Target date "
            "| % complete | Date completed, the recommendation's text printed on every action row, eight rows."
        ),
        review=review(
            "SAR", "Hollin", "Marjorie", review_id="HSAB/SAR/2023/05", age=88, date_of_death="2023-03"
        ),
        action_words=6,
        notes="One recommendation per Rec number (the repeats are one record).",
    )


if __name__ == "__main__":
    save_with_gold(document(), HERE, STEM, gold)
