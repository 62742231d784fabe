"""Build `sab_plan_impact_rows`: a SAB action plan in a real Word table whose recommendations are
full-width shaded rows ("Recommendation N: ...") over their unnumbered action rows, columns
Action | Lead officer | By when | Evidence of impact | Status, exported by LibreOffice to PDF and
then by plain `pdftotext` (no -layout), which prints each row's cells with their lines
interleaved. The .txt is that genuine export, not typed; the gold (.json) is written by hand.

All people, places and bodies are fictional; the wording is our own.

    python tests/column_blocks/build_sab_impact.py      # writes .docx, .pdf and .txt beside it
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from docx_build import add_row, full_row, heading, make_table, new_doc, para  # noqa: E402
from office_export import save_rendered  # noqa: E402

STEM = "sab_plan_impact_rows"
PLAN = [
    (
        "Recommendation 1: The Board should check that hospital discharge letters for people who "
        "live alone are sent to their GP within two working days.",
        [
            (
                "Audit forty discharge letters from the acute wards",
                "Named Nurse for Adults",
                "30.09.2024",
                "Audit found 31 of 40 letters sent in time.",
                "Complete",
            ),
            (
                "Add a live-alone prompt to the electronic discharge summary",
                "Digital Lead, Greyhaven Hospital",
                "Jan 2025",
                "",
                "",
            ),
        ],
    ),
    (
        "Recommendation 2: Greyhaven Council should make sure that carers are offered their own "
        "assessment when the person they support refuses care.",
        [
            (
                "Brief all duty social workers on offering a carer's assessment",
                "Carers Lead",
                "Q4 2024/25",
                "Briefings given to three of four teams.",
                "In progress",
            ),
        ],
    ),
    (
        "Recommendation 3: All partners should use the escalation protocol when a professional "
        "disagreement is not resolved within a week.",
        [
            (
                "Relaunch the escalation protocol at the practitioner forum",
                "Board Manager",
                "Within 3 months",
                "",
                "Not started",
            ),
            (
                "Record each escalation on the Board's log and report numbers quarterly",
                "Board Business Officer",
                "Ongoing",
                "First quarterly report due in April.",
                "Ongoing",
            ),
        ],
    ),
]


def build() -> None:
    doc = new_doc(footer_label="Greyhaven SAB – SAR 'Alan' action plan")
    heading(doc, "Greyhaven Safeguarding Adults Board", 1)
    para(doc, "Safeguarding Adults Review: 'Alan' – action plan")
    para(doc, "Position reported to the Board's Quality Group, February 2025.")
    headers = ["Action", "Lead officer", "By when", "Evidence of impact", "Status"]
    widths = [5.2, 3.2, 2.2, 4.2, 2.0]
    t = make_table(doc, headers, widths)
    for recommendation, actions in PLAN:
        full_row(t, recommendation)
        for action in actions:
            add_row(t, action, widths)
    save_rendered(doc, HERE, STEM)


if __name__ == "__main__":
    build()
