"""Build a Community Safety Partnership's DHR action plan whose Target date cells are centred
top to bottom in their rows, set in a Word house style with space after every
paragraph, exported to PDF by LibreOffice and read by plain `pdftotext` (no -layout):

- `plan_spaced_centred_dates.txt`: No. | RAG | Recommendation | Action | Lead officer |
  Progress (November 2024) | Target date. The export prints the header's names one a block,
  then each row a printed line at a time across its cells (each line a block of its own), but
  the centred date prints in the round level with the middle of its row, after rounds that
  printed the other cells alone: no row reads as strict rounds.

The .txt is that genuine export; its gold (`plan_spaced_centred_dates.json`) is written by hand
from the plan's meaning. Kept in `pending/` until every route reads every row.

    python tests/zoo/pending/build_plan_spaced_centred_dates.py [--keep]

All people, places and bodies are fictional; the wording is our own.
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from docx_build import add_row, make_table, new_doc, para  # noqa: E402
from office_export import render_text  # noqa: E402

STEM = "plan_spaced_centred_dates"
HEADER = ["No.", "RAG", "Recommendation", "Action", "Lead officer", "Progress (November 2024)", "Target date"]
WIDTHS = [1.2, 1.8, 4.6, 5.0, 3.4, 5.6, 2.4]
CENTRED = (6,)  # the Target date column: centred top to bottom in every row
ROWS = [
    (
        "1",
        "Amber",
        "Improve how GP surgeries record disclosures of coercive control.",
        "Add a coercive control code to the practice template and brief reception and clinical staff.",
        "Designated Nurse, Ashwell Vale ICB",
        "Template change agreed with the system supplier; briefings held at four of the six practices, the last two booked for January.",
        "31 January 2025",
    ),
    (
        "2",
        "Green",
        "Make sure older victims are offered the specialist outreach service.",
        "Write a referral route from adult social care to the outreach service and test it with two teams.",
        "Head of Adult Safeguarding",
        "Route in use since September; twelve referrals so far, against three in the whole of last year.",
        "September 2024",
    ),
    (
        "3",
        "Red",
        "Share bail conditions with the victim's advocate on the day they are set.",
        "Agree an email notice from the custody suite to the advocacy service for every domestic abuse bail decision.",
        "Detective Inspector, Safeguarding Hub",
        "Notice drafted; legal advice on sharing the data is awaited before it can start.",
        "Q4 2024/25",
    ),
    (
        "4",
        "Green",
        "Tell housing officers what to do when a tenant in danger asks to leave a joint tenancy quickly.",
        "Publish a short practice note on emergency moves and joint tenancies.",
        "Housing Options Manager",
        "Practice note published on the intranet and talked through at the October team meeting.",
        "30/11/2024",
    ),
]


def build(folder: Path) -> Path:
    doc = new_doc(landscape=True, footer_label="Ashwell Vale CSP – DHR 'Maria'")
    pf = doc.styles["Normal"].paragraph_format
    pf.line_spacing, pf.space_after = 1.4, Pt(8)  # (the house style: space after every paragraph)
    para(doc, "Appendix B: Action plan (progress at November 2024)", bold=True)
    para(doc, "RAG: Green – complete or on track; Amber – some delay; Red – not started.")
    table = make_table(doc, HEADER, WIDTHS)
    for row in ROWS:
        add_row(table, row, WIDTHS)
        for column in CENTRED:
            table.rows[-1].cells[column].vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    para(doc, "The plan is reviewed at each meeting of the Partnership Board until every action is closed.")
    path = folder / f"{STEM}.docx"
    doc.save(path)
    return path


def main() -> None:
    render_text([(STEM, build)], HERE, keep="--keep" in sys.argv)


if __name__ == "__main__":
    main()
