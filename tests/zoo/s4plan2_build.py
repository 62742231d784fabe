"""Build the s4plan2 zoo document: a safeguarding adults review's action plan whose FIRST column
is the RAG status ("Status | Ref | Action | Lead | Target date | Progress"), set as a ruled Word
table, exported to PDF by a word processor and then to text by plain `pdftotext` (no -layout).

That export prints the table a row at a time, each cell a block of its own in column order, so
a row's status comes out before its action, straight after the row above's lead and target
date; the first row's status prints under the "Status" name, above the other names. All
people, places and bodies are fictional; the wording is our own.

    python tests/zoo/s4plan2_build.py      # writes the plain pdftotext .txt (the .docx and
                                            # .pdf are left in a temporary folder)
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from docx.enum.section import WD_ORIENT
from docx.shared import Cm
from plan_merged_build import new_document, row, table

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/, for the shared export steps

from office_export import export  # noqa: E402

STEM = "s4plan2_status_first_column"

HEADERS = ["Status", "Ref", "Action", "Lead", "Target date", "Progress"]
WIDTHS = [2.2, 1.2, 7.6, 5.6, 2.8, 5.4]
ROWS = [
    (
        "Complete",
        "1.1",
        "Publish a short guide for hostel staff on when to raise a safeguarding concern.",
        "Board Business Manager",
        "30 June 2024",
        "Guide launched at the June practitioner forum.",
    ),
    (
        "In progress",
        "1.2",
        "Add a prompt about self-neglect to the adult social care front door script.",
        "Head of Adult Social Care",
        "September 2024",
        "Script drafted; testing with two duty teams.",
    ),
    (
        "Not started",
        "2.1",
        "Run a multi-agency audit of ten cases closed after a missed appointment.",
        "Quality Assurance Subgroup Chair",
        "March 2025",
        "Audit tool still to be agreed.",
    ),
    (
        "Overdue",
        "3.1",
        "Agree a joint protocol with the ambulance service for repeat falls call-outs.",
        "Kestrel Valley Ambulance Service",
        "December 2023",
        "Waiting for the ambulance service to name a lead.",
    ),
    (
        "Complete",
        "4.1",
        "Write to the Department of Health and Social Care about funding for hoarding support.",
        "Independent Chair",
        "On publication",
        "Letter sent with the published report.",
    ),
]


def build() -> Path:
    doc = new_document("Fernhollow Safeguarding Adults Board – SAR 'Mr T' – action plan")
    section = doc.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    doc.add_paragraph("Fernhollow Safeguarding Adults Board").runs[0].bold = True
    doc.add_paragraph("Safeguarding Adults Review: Mr T – Action Plan (update, May 2024)").runs[0].bold = True
    doc.add_paragraph(
        "Mr T was 71 when he died at home in the winter of 2022. The Board agreed the actions "
        "below; the status column is updated at each meeting of the Board's review subgroup."
    )
    t = table(doc, HEADERS, WIDTHS)
    for values in ROWS:
        row(t, list(values))
    txt = HERE / f"{STEM}.txt"
    with tempfile.TemporaryDirectory() as tmp:
        docx = Path(tmp) / f"{STEM}.docx"
        doc.save(docx)
        export(docx, txt)
    return txt


if __name__ == "__main__":
    print(build())
