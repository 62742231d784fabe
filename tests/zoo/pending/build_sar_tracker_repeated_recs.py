"""Build sar_tracker_repeated_recs_ashwell: a Safeguarding Adults Board's SAR tracker exported from
a spreadsheet (monospaced, landscape): "Rec | Recommendation | Act | Action | Owner | Target date |
% complete | Date completed", the recommendation's whole text printed again on every action row (no
merged cells), action refs "1a", "1b", ISO dates and a percentage for the status.

Built in Word (python-docx, Liberation Mono 8, landscape), exported to PDF by LibreOffice and to
text by plain pdftotext; corpus text by `/tmp/plumbvenv/bin/python dev/corpus_style.py DIR`.

    python tests/zoo/pending/build_sar_tracker_repeated_recs.py

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

STEM = "sar_tracker_repeated_recs_ashwell"
WRITTEN = "Written by helper s27fix28; fictional."

RECS = {
    "1": "The Board should seek assurance that hospital discharge plans for adults who self-neglect include a named community contact.",
    "2": "Ashwell Council should review how it responds to repeated refusals of home care.",
    "3": "The Board should publish a briefing on working with adults who hoard.",
}
# (rec, act, action, owner, target, percent, completed)
ROWS = [
    (
        "1",
        "1a",
        "Audit twenty discharge plans for a named contact",
        "Ashwell Hospitals Trust",
        "2025-03-31",
        "100%",
        "2025-03-14",
    ),
    (
        "1",
        "1b",
        "Add a named contact field to the discharge form",
        "Ashwell Hospitals Trust",
        "2025-06-30",
        "50%",
        "",
    ),
    (
        "2",
        "2a",
        "Map every refusal of home care in the last year",
        "Ashwell Council",
        "2025-04-30",
        "100%",
        "2025-04-22",
    ),
    (
        "2",
        "2b",
        "Agree a refusal pathway with home care providers",
        "Ashwell Council",
        "2025-09-30",
        "25%",
        "",
    ),
    (
        "3",
        "3a",
        "Write the hoarding briefing with the fire service",
        "SAB Business Unit",
        "2025-05-31",
        "0%",
        "",
    ),
]


def document():
    doc = new_doc(landscape=True, header="", footer_label="ASAB SAR tracker", font="Liberation Mono", size=8)
    para(doc, "SAR 'Harold' - action tracker (sheet 2 of 3)", bold=True, size=11)
    para(
        doc,
        "Ashwell Safeguarding Adults Board reference ASAB SAR 2023-01. Harold was 77 when he died in March 2023.",
    )
    para(doc, "Key: 2 closed (40%); mean completion 55%")
    tracker_table(doc, RECS, ROWS, [1.0, 6.6, 1.0, 5.4, 3.4, 2.2, 1.9, 2.2], size=8)
    return doc


def gold(lines):
    return tracker_gold(
        STEM,
        lines,
        RECS,
        ROWS,
        description=(
            "SAR tracker built in Word (python-docx, Liberation Mono 8, landscape), exported to PDF by LibreOffice "
            "and to text by plain pdftotext: Rec | Recommendation | Act | Action | Owner | Target date | % complete | "
            "Date completed, the recommendation's text printed on every action row."
        ),
        review=review(
            "SAR", "Ashwell", "Harold", review_id="ASAB SAR 2023-01", age=77, date_of_death="2023-03"
        ),
        action_words=7,
        notes=f"{WRITTEN} One recommendation per Rec number (the repeats are one record).",
    )


if __name__ == "__main__":
    save_with_gold(document(), HERE, STEM, gold)
