"""Build sar_tracker_percent_target_one_line_fire_and_rescue_brindlecombe: a fourth stand-in of
the percent tracker family (tests/zoo/pending/percent_tracker.py), a Safeguarding Adults Board's
SAR tracker exported from a spreadsheet, "Rec | Recommendation | Act | Action | Owner | Target
date | % complete | Date completed", the recommendation's whole text printed again on every
action row. Two things set it apart from the other stand-ins:

- the Target date column is wide enough for its name on one line, so the header's first printed
  line ends "... Target date % Date", its "complete" and "completed" wrapped under it: the last
  name, "Date completed", opens on the first line and ends on the second;
- two recommendations are addressed to bodies whose names join capitalised words with "and"
  ("... Fire and Rescue Service should ..."), their first printed line ending on the name, the
  action's number ("4a") printed beside it.

Built in Word (python-docx, DejaVu Sans Mono 7.5, landscape), exported to PDF by LibreOffice and
to text by plain pdftotext; corpus text by `/tmp/plumbvenv/bin/python dev/corpus_style.py DIR`.

    python tests/zoo/pending/build_sar_tracker_percent_target_date_one_line.py

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

STEM = "sar_tracker_percent_target_one_line_fire_and_rescue_brindlecombe"
WRITTEN = "Written by helper s36old28; fictional."

RECS = {
    "1": "Brindlecombe Fire and Rescue Service should offer a home safety visit to every adult whose "
    "carer tells a partner agency that the home is no longer safe to live in.",
    "2": "The Board should ask the hospital discharge team to tell the adult's GP, in writing and on the "
    "day, when an adult goes home against advice.",
    "3": "Brindlecombe Housing and Communities Service should check on a tenant within a week when a "
    "repair has been refused twice.",
    "4": "The Board should publish a one-page guide on when to hold a multi-agency meeting for an adult "
    "who refuses help.",
}
# (rec, act, action, owner, target, percent, completed)
ROWS = [
    (
        "1",
        "1a",
        "Add a carer-concern route to the safety visit booking line",
        "Station Manager, Prevention",
        "2025-03-31",
        "100%",
        "2025-03-20",
    ),
    (
        "1",
        "1b",
        "Train call handlers on the new route",
        "Station Manager, Prevention",
        "2025-07-31",
        "60%",
        "",
    ),
    (
        "2",
        "2a",
        "Change the discharge letter to name the GP as a recipient",
        "Discharge Team Lead",
        "2025-04-30",
        "100%",
        "2025-05-06",
    ),
    ("2", "2b", "Audit ten discharges against advice", "Discharge Team Lead", "2025-09-30", "30%", ""),
    ("2", "2c", "Report the audit to the Board", "Hospital Safeguarding Lead", "2025-11-30", "0%", ""),
    (
        "3",
        "3a",
        "Add a second-refusal flag to the repairs system",
        "Repairs Systems Manager",
        "2025-05-31",
        "100%",
        "2025-05-28",
    ),
    ("3", "3b", "Agree who makes the welfare visit", "Tenancy Services Manager", "2025-08-31", "45%", ""),
    (
        "4",
        "4a",
        "Draft the guide with practitioners",
        "Board Business Manager",
        "2025-06-30",
        "100%",
        "2025-07-02",
    ),
    (
        "4",
        "4b",
        "Launch the guide at the practitioner forum",
        "Board Training Officer",
        "2025-10-31",
        "0%",
        "",
    ),
]


def document():
    doc = new_doc(
        landscape=True, header="", footer_label="BSAB SAR tracker", font="DejaVu Sans Mono", size=7.5
    )
    para(doc, "SAR 'Orla' - action tracker (sheet 2 of 3)", bold=True, size=11)
    para(
        doc,
        "Brindlecombe Safeguarding Adults Board reference BSAB-SAR-2024-01. Orla was 64 when she died in "
        "March 2024. The Board accepted the four recommendations in September 2024.",
    )
    para(
        doc,
        "Key: '% complete' is the owner's estimate. 'Date completed' is set when the subgroup closes the action.",
    )
    tracker_table(doc, RECS, ROWS, [0.9, 6.8, 0.9, 5.2, 3.4, 2.6, 1.7, 2.1], size=7.5)
    para(doc, "Sheet 3 (evidence) is held by the Board's business unit.")
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
            "| % complete | Date completed, the recommendation's text printed on every action row, nine rows; "
            "'Target date' on one printed line, 'Date completed' wrapped; two bodies named with 'and'."
        ),
        review=review(
            "SAR", "Brindlecombe", "Orla", review_id="BSAB-SAR-2024-01", age=64, date_of_death="2024-03"
        ),
        action_words=6,
        notes=f"{WRITTEN} One recommendation per Rec number (the repeats are one record).",
    )


if __name__ == "__main__":
    save_with_gold(document(), HERE, STEM, gold)
