"""Build `plan_plain_band_rows.txt`: a safeguarding adults board action plan, portrait, whose
table has no number column: each "Recommendation N:" is a full-width shaded row across the
table, followed by its action rows (Action | Lead officer | By when | Evidence of impact |
Status), some status cells empty, exported to PDF by LibreOffice and read by plain `pdftotext`
(no -layout): the .txt is that genuine export. Plain pdftotext prints each band as a line of
its own and each action row a printed line at a time across its cells; nothing numbers the
rows, so the run of lines under a band is cut into its rows by how they read. Its gold
(`plan_plain_band_rows.json`) is written by hand from the plan's meaning.

    python tests/zoo/build_plan_plain_bands.py [--keep]

All people, places and bodies are fictional; the wording is our own.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from docx_build import add_row, full_row, make_table, new_doc, para  # noqa: E402
from office_export import render_text  # noqa: E402

STEM = "plan_plain_band_rows"
HEADER = ["Action", "Lead officer", "By when", "Evidence of impact", "Status"]
WIDTHS = [5.2, 3.0, 2.2, 4.2, 2.0]
PLAN = [
    (
        "Recommendation 1: The Board should make sure that partners treat a person's refusal of "
        "a home visit as a reason to look again, not as the end of their involvement.",
        [
            (
                "Write a short practice note on responding to a refused visit, with a one-page "
                "decision guide",
                "Board Business Manager",
                "30.09.2024",
                "Note published in September 2024. Partners confirmed it was sent to their teams.",
                "Complete",
            ),
            (
                "Audit 15 closed self-neglect concerns against the practice note",
                "Quality Assurance Chair",
                "Q4 2024/25",
                "Audit tool agreed; cases chosen.",
                "In progress",
            ),
        ],
    ),
    (
        "Recommendation 2: Millbrook Council Adult Social Care should record how a person's "
        "wishes were weighed when they decline a care package.",
        [
            (
                "Add a wishes and feelings section to the care package closure form",
                "Head of Adult Social Care Practice",
                "Dec 2024",
                "Form changed; 40 closures since then include the section.",
                "Complete",
            ),
            (
                "Brief team managers on the changed form",
                "Principal Social Worker",
                "31.01.2025",
                "",
                "",
            ),
        ],
    ),
    (
        "Recommendation 3: Millbrook Community Health Trust should tell the GP when a district "
        "nurse is refused entry twice in one month.",
        [
            (
                "Change the district nursing record so that a second refused entry sends a task "
                "to the GP practice",
                "Head of District Nursing",
                "Within 6 months",
                "Change live in November 2024. Spot check of 20 records in January 2025: GP told in 19.",
                "Complete",
            ),
        ],
    ),
    (
        "Recommendation 4: The Board should ask the housing associations in Millbrook to share "
        "concerns about hoarding through the safeguarding adults route.",
        [
            (
                "Agree a hoarding concern form with the four housing associations",
                "Board Business Manager",
                "March 2025",
                "",
                "Not started",
            ),
            (
                "Run a briefing for tenancy officers on the new route",
                "Millbrook Housing Partnership – Tenancy Lead",
                "June 2025",
                "",
                "",
            ),
        ],
    ),
]


def build(folder: Path) -> Path:
    doc = new_doc(footer_label="Millbrook SAB – SAR 'Walter' action plan", font="Arial", size=10)
    para(doc, "Millbrook Safeguarding Adults Board", bold=True, size=12)
    para(doc, "Safeguarding Adults Review 'Walter' – action plan", bold=True, size=12)
    para(doc, "Progress as reported to the Board's Quality Assurance Sub-group, 4 February 2025.", size=10)
    t = make_table(doc, HEADER, WIDTHS, header_fill="D9E2F3")
    for band, actions in PLAN:
        full_row(t, band, fill="E2EFD9", size=9)
        for action in actions:
            add_row(t, list(action), WIDTHS, size=9)
    path = folder / f"{STEM}.docx"
    doc.save(path)
    return path


def main() -> None:
    render_text([(STEM, build)], HERE, keep="--keep" in sys.argv)


if __name__ == "__main__":
    main()
