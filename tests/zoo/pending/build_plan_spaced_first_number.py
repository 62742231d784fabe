"""Build a DHR action plan whose row numbers sit in a first column with no name in the header,
set in a Word house style with space after every paragraph, exported to PDF by LibreOffice and
read by plain `pdftotext` (no -layout):

- `plan_spaced_first_number.txt`: (blank) | Recommendation | Action | Lead agency | Target date
  | Progress, one action a recommendation. The first row's number prints level with the
  header's names, so the export prints it alone just above them ("1" / "Recommendation" / ...);
  cleaning takes it for a page number. Row 1 prints as rounds (the first line of every cell,
  then the second ...); from row 2 the short date and status cells of the rows below print
  inside row 2's lines and row 4's number after its own first lines.

The .txt is that genuine export; its gold (`plan_spaced_first_number.json`) is written by hand
from the plan's meaning. Kept in `pending/` until the plain-text route reads every row.

    python tests/zoo/pending/build_plan_spaced_first_number.py [--keep]

All people, places and bodies are fictional; the wording is our own.
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx.shared import Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from docx_build import add_row, make_table, new_doc, para  # noqa: E402
from office_export import render_text  # noqa: E402

STEM = "plan_spaced_first_number"
HEADER = ["", "Recommendation", "Action", "Lead agency", "Target date", "Progress"]
WIDTHS = [1.0, 6.0, 6.0, 4.0, 2.6, 4.4]
ROWS = [
    (
        "Partners should agree how a worried neighbour can pass on a concern about abuse.",
        "Publish a short leaflet on reporting a concern for a neighbour",
        "Fernhollow Council",
        "June 2025",
        "Complete – leaflet issued in May 2025.",
    ),
    (
        "The police should check past call-outs at the address before a risk grade is set.",
        "Add a history check to the attending officer's risk form",
        "Fernhollow Police",
        "31/03/2025",
        "In progress",
    ),
    (
        "The Home Office should consider guidance on reviews where the victim was an older parent.",
        "Chair to write to the Home Office enclosing the report",
        "Fernhollow Community Safety Partnership",
        "Sept 2025",
        "Completed",
    ),
    (
        "The health trust should ask about abuse at every antenatal booking.",
        "Audit a sample of antenatal booking records for the routine question",
        "Fernhollow Health Trust",
        "Q4 2025/26",
        "Not yet started",
    ),
]


def build(folder: Path) -> Path:
    doc = new_doc(landscape=True)
    pf = doc.styles["Normal"].paragraph_format
    pf.line_spacing, pf.space_after = 1.4, Pt(8)  # (the house style: space after every paragraph)
    para(doc, "Appendix B: Action plan", bold=True)
    table = make_table(doc, HEADER, WIDTHS)
    for number, row in enumerate(ROWS, start=1):
        add_row(table, (str(number), *row), WIDTHS)
    para(doc, "The partnership board reviews this plan each quarter.")
    path = folder / f"{STEM}.docx"
    doc.save(path)
    return path


def main() -> None:
    render_text([(STEM, build)], HERE, keep="--keep" in sys.argv)


if __name__ == "__main__":
    main()
