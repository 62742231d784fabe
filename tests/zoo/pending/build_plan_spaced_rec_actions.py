"""Build a Safeguarding Adults Board's action plan whose narrow first column, headed "Rec",
holds each recommendation's number merged down over the rows of its actions, each action cell
opening with its own number ("1.1 ...", "1.2 ..."), set in a Word house style with space after
every paragraph, exported to PDF by LibreOffice and read by plain `pdftotext` (no -layout):

- `plan_spaced_rec_actions.txt`: Rec | Action | Lead | Timescale | Progress | RAG. The export
  prints the header's names one a block, then the recommendation's number alone, then its
  actions one after another, each a printed line at a time across its cells (the first line
  of every cell, then the second ...); an action's number opens its first line, and no number
  of the Rec column prints before the second action of a recommendation.

The .txt is that genuine export; its gold (`plan_spaced_rec_actions.json`) is written by hand
from the plan's meaning. Kept in `pending/` until the plain-text route reads every row.

    python tests/zoo/pending/build_plan_spaced_rec_actions.py [--keep]

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

STEM = "plan_spaced_rec_actions"
HEADER = ["Rec", "Action", "Lead", "Timescale", "Progress", "RAG"]
WIDTHS = [1.3, 6.6, 3.8, 2.6, 7.2, 2.8]
PLAN = [
    (
        "1",
        [
            (
                "1.1 Write a one-page guide for home care staff on spotting neglect by a partner",
                "WSAB Learning Sub-Group",
                "March 2025",
                "Guide written and shared with the three largest home care providers.",
                "Green – complete",
            ),
            (
                "1.2 Add the guide to the providers' induction course",
                "Home Care Providers Forum Chair",
                "June 2025",
                "Two of the three providers have added it.",
                "Amber",
            ),
        ],
    ),
    (
        "2",
        [
            (
                "2.1 Agree when a missed home care visit is reported to the adult's social worker",
                "Head of Adult Social Care",
                "Q2 2025/26",
                "Draft protocol with the providers for comment.",
                "Amber",
            )
        ],
    ),
    (
        "3",
        [
            (
                "3.1 Board Chair to write to the regulator about the findings",
                "WSAB Independent Chair",
                "Completed",
                "Letter sent in January 2025; reply received.",
                "Green – complete",
            )
        ],
    ),
]


def build(folder: Path) -> Path:
    doc = new_doc(landscape=True, footer_label="Wyndle SAB – SAR 'Ada'")
    pf = doc.styles["Normal"].paragraph_format
    pf.line_spacing, pf.space_after = 1.4, Pt(8)  # (the house style: space after every paragraph)
    para(doc, "Appendix 3: SAR action plan and progress", bold=True)
    para(doc, "RAG: Green – complete or on track; Amber – some delay; Red – off track.")
    table = make_table(doc, HEADER, WIDTHS)
    row = 1
    for number, actions in PLAN:
        first = row
        for action in actions:
            add_row(table, (number, *action), WIDTHS)
            row += 1
        merge_down(table, 0, first, row - 1)
    para(doc, "Progress is reported to the Board at each meeting until every action is closed.")
    path = folder / f"{STEM}.docx"
    doc.save(path)
    return path


def main() -> None:
    render_text([(STEM, build)], HERE, keep="--keep" in sys.argv)


if __name__ == "__main__":
    main()
