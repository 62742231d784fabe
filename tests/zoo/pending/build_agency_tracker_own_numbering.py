"""Build the zoo document of one agency's tracker numbering its own recommendations under a
long report.

An executive summary sets out the review's recommendations in its own words, then closes
with one agency's single-agency plan: "No. | Recommendation | Action | Lead officer | Target
date | Status", the action numbers the agency's own ("1.1", "2.1", ...), each recommendation
cell a sentence asking the agency to act that the report never printed above. The report
runs longer than the table, which is what a plan restating the report's recommendations
looks like too; the rows' sentences, printed nowhere before, tell the two apart. All people,
places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_agency_tracker_own_numbering.py   # writes .docx, .pdf and .txt beside it
    /tmp/plumbvenv/bin/python dev/corpus_style.py <a folder holding the .pdf and .json>   # .corpus.txt
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx.enum.section import WD_ORIENT
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # tests/, for the shared export steps
sys.path.insert(0, str(HERE.parent))  # tests/zoo/, for the plan tables' builders

from office_export import save_rendered  # noqa: E402
from plan_merged_build import merged_rows, new_document, table  # noqa: E402

STEM = "plan_agency_tracker_own_numbering"

HEADERS = ["No.", "Recommendation", "Action", "Lead officer", "Target date", "Status"]
WIDTHS = [1.3, 6.8, 7.4, 3.6, 2.6, 2.4]

FINDINGS = [
    "2.1 Selene told her doctor, her employer and the police that she was being followed. Each "
    "heard part of the story; none of them joined it up with what the others knew.",
    "2.2 The police gave her former partner two warnings but did not record the pattern of his "
    "behaviour as stalking, so no specialist officer reviewed the case.",
    "2.3 The housing association moved Selene to a new flat but gave her new address to a "
    "contractor who knew her former partner.",
]

OVERVIEW = [
    "Recommendation 1: Harlowmead Community Safety Partnership should commission training on "
    "stalking for every frontline agency in the borough.",
    "Recommendation 2: Harlowmead Community Safety Partnership should make sure that a victim who "
    "reports being followed is offered a specialist stalking advocate.",
    "Recommendation 3: The Home Office should publish guidance on recording repeated following as "
    "stalking rather than as separate incidents.",
]

# (recommendation, (action no., action, lead, date, status))
ROWS = [
    (
        "Pilchester Police should record repeated following of one person as stalking.",
        (
            "1.1",
            "Issue a briefing on recording stalking to all response teams.",
            "Head of Crime Standards",
            "31/05/2025",
            "Complete",
        ),
    ),
    (
        "Pilchester Police should send every stalking report to the specialist stalking unit within "
        "one working day.",
        (
            "2.1",
            "Add a referral step to the stalking checklist.",
            "Detective Inspector, Public Protection",
            "September 2025",
            "In progress",
        ),
    ),
    (
        "Pilchester Police should check for earlier reports about the same suspect whenever a "
        "warning is given.",
        (
            "3.1",
            "Build a search of earlier reports into the crime recording form.",
            "Head of Systems",
            "December 2025",
            "Not started",
        ),
    ),
    (
        "Pilchester Police should tell a victim in writing what a warning means and what to do if "
        "the behaviour continues.",
        (
            "4.1",
            "Write a letter template explaining the warning and the next steps.",
            "Victim Care Manager",
            "30/06/2025",
            "Complete",
        ),
    ),
]


def build() -> Path:
    doc = new_document("Harlowmead Community Safety Partnership – DHR ‘Selene’ – executive summary")
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    section = doc.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    doc.add_heading("Harlowmead Community Safety Partnership", level=1)
    doc.add_paragraph("Domestic Homicide Review: ‘Selene’ – Executive Summary and Single-Agency Action Plan")
    doc.add_paragraph("Independent chair and author: Rowena Ashcombe")
    doc.add_heading("1. Introduction", level=2)
    doc.add_paragraph(
        "1.1 Selene was 41 when she was killed by her former partner in May 2023. He had followed her "
        "for months after she left him and had twice been warned by the police."
    )
    doc.add_paragraph(
        "1.2 The review panel met six times. Each agency that knew Selene or her former partner wrote an "
        "individual management review, and the panel read them all before writing this summary."
    )
    doc.add_heading("2. Findings", level=2)
    for text in FINDINGS:
        doc.add_paragraph(text)
    doc.add_heading("3. Recommendations of the review", level=2)
    doc.add_paragraph("The panel makes three recommendations to the Partnership and to government.")
    for text in OVERVIEW:
        doc.add_paragraph(text)
    doc.add_heading("4. Single-agency action plan: Pilchester Police", level=2)
    doc.add_paragraph(
        "Pilchester Police set out its own plan after its individual management review. The numbering "
        "is the agency's own. Progress is as reported to the Partnership in March 2025."
    )
    t = table(doc, HEADERS, WIDTHS, repeat=False)
    for text, action in ROWS:
        merged_rows(t, [1], [text], [list(action)])
    return save_rendered(doc, HERE, STEM, layout=True)


if __name__ == "__main__":
    print(build())
