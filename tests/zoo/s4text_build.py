"""Build the s4text zoo document: a DHR action plan published as one small two-column table
per recommendation (label | value: "Recommendation 1", "Action 1.1", "Lead officer", "Target
date", "Evidence of completion", "Update", "Status"), exported to PDF by a word processor and
then to text by plain `pdftotext` (no -layout). That export prints a page's label column first
(every label of every table on the page, one a line) and only then the value column, in the
same order, each wrapped value over several lines. All people, places and bodies are
fictional; the wording is our own.

    python tests/zoo/s4text_build.py      # writes .docx, .pdf and the plain pdftotext .txt
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from docx.enum.section import WD_ORIENT
from docx.shared import Cm
from plan_merged_build import _save, new_document, shade, write

HERE = Path(__file__).resolve().parent
STEM = "s4text_kv_label_column"

# (recommendation, [(action, lead, target, evidence, update, status)])
PLAN = [
    (
        "Marrowfield Community Safety Partnership should commission training for GP practice staff "
        "on recognising economic abuse and on how to refer a patient to the IDVA service.",
        [
            (
                "Agree a training package with the specialist domestic abuse provider.",
                "Domestic Abuse Coordinator",
                "31 October 2023",
                "Package signed off by the DA Strategic Group.",
                "Package agreed at the September meeting.",
                "Complete",
            ),
            (
                "Deliver the training to every practice in the borough.",
                "Designated Nurse for Safeguarding Adults",
                "March 2025",
                "Attendance records from 24 practices.",
                "Sixteen practices trained; the rest are booked for the spring.",
                "In progress",
            ),
        ],
    ),
    (
        "Marrowfield Homes should review how its tenancy officers respond when a tenant reports "
        "that a partner controls the household's money.",
        [
            (
                "Write a short practice note for tenancy officers on economic abuse.",
                "Head of Tenancy Services",
                "June 2024",
                "Practice note on the staff intranet.",
                "Draft written; waiting for legal comments.",
                "Partially complete",
            ),
        ],
    ),
    (
        "The Partnership should write to the Department for Work and Pensions asking that joint "
        "claims of Universal Credit give each partner a safe way to report financial control.",
        [
            (
                "Send the letter with a summary of the review's findings.",
                "Chair of the Community Safety Partnership",
                "Within two months of publication",
                "Copy of the letter and any reply.",
                "The letter will go once the report is published.",
                "Not started",
            ),
        ],
    ),
    (
        "Marrowfield Police should make sure that call handlers ask about children in the household "
        "at every domestic abuse call.",
        [
            (
                "Add a question about children to the call handling script.",
                "Control Room Manager",
                "Q2 2024/25",
                "Script change live; dip sample of 50 calls.",
                "Script changed in July 2024; dip sample showed 47 of 50 calls asked.",
                "Complete",
            ),
        ],
    ),
]
LABELS = ("Lead officer", "Target date", "Evidence of completion", "Update (January 2025)", "Status")


def build() -> Path:
    doc = new_document("OFFICIAL – Marrowfield CSP DHR 'Bethan' action plan")
    section = doc.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    doc.add_paragraph("Marrowfield Community Safety Partnership").runs[0].bold = True
    doc.add_paragraph("Domestic Homicide Review 'Bethan' (MCSP DHR 2022/01): Action Plan").runs[0].bold = True
    doc.add_paragraph(
        "Bethan was 52 when she died in May 2022. The review panel agreed the actions below with each "
        "lead agency. Each recommendation has a table of its own; progress is reported to the "
        "Partnership every quarter."
    )
    for n, (statement, actions) in enumerate(PLAN, start=1):
        t = doc.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        _pair(t, f"Recommendation {n}", statement)
        for k, (action, *values) in enumerate(actions, start=1):
            _pair(t, f"Action {n}.{k}", action)
            for label, value in zip(LABELS, values):
                _pair(t, label, value)
        for column, width in zip(t.columns, (4.0, 13.0)):
            for cell in column.cells:
                cell.width = Cm(width)
        doc.add_paragraph("")
    docx = _save(doc, STEM)
    pdf, txt = docx.with_suffix(".pdf"), docx.with_suffix(".txt")
    subprocess.run(["pdftotext", str(pdf), str(txt)], check=True)
    return txt


def _pair(t, label: str, value: str) -> None:
    cells = t.add_row().cells
    write(cells[0], label, bold=True)
    shade(cells[0], "D9E2F3")
    write(cells[1], value)


if __name__ == "__main__":
    print(build())
