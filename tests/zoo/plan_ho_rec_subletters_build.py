"""Build the plan_ho_rec_subletters zoo document: a domestic homicide review's summary of
recommendations (numbered 1, 2, 2a, 2b, 3, 4, 4a, 5: lettered parts are asks of their own,
printed in the number column of a borderless two-column Word table) and the Home Office
template action plan below it: "Rec | Recommendation | Scope of recommendation (local,
regional or national) | Action to take | Lead agency | Key milestones achieved in enacting
recommendation | Target date | Date of completion and outcome / status", long header cells
wrapping over several lines in narrow columns, the Rec / Recommendation / Scope cells merged
down over a recommendation's two actions, no action numbers of its own. Exported to PDF by a
word processor and to text by `pdftotext -layout`. All people, places and bodies are
fictional; the wording is our own.

    python tests/zoo/plan_ho_rec_subletters_build.py      # writes .docx, .pdf and the -layout .txt
"""

from __future__ import annotations

from pathlib import Path

from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.shared import Cm
from plan_merged_build import _save, merged_rows, new_document, table, write

HEADERS = [
    "Rec",
    "Recommendation",
    "Scope of recommendation (local, regional or national)",
    "Action to take",
    "Lead agency",
    "Key milestones achieved in enacting recommendation",
    "Target date",
    "Date of completion and outcome / status",
]
WIDTHS = [1.1, 4.4, 2.1, 4.6, 3.8, 4.2, 2.3, 3.6]

RECOMMENDATIONS = [
    (
        "1",
        "Merrowfield Adult Social Care should make sure that every carer's assessment gives the carer "
        "a chance to say, in private, whether they feel safe at home.",
    ),
    (
        "2",
        "Merrowfield and District Hospitals NHS Trust should review how its maternity and emergency "
        "departments pass disclosures of domestic abuse on to the patient's GP.",
    ),
    ("2a", "The Trust should add a domestic abuse flag to the electronic discharge summary."),
    (
        "2b",
        "The Trust should audit a sample of discharge summaries six months after the flag is "
        "introduced and report the findings to the Partnership.",
    ),
    (
        "3",
        "Merrowfield Police should make sure that officers attending a report of criminal damage at a "
        "home ask whether anyone there is afraid of a partner or relative.",
    ),
    (
        "4",
        "Merrowfield Community Safety Partnership should publish a directory of specialist support "
        "that faith groups can share with their members.",
    ),
    ("4a", "The Partnership should offer faith leaders a short course on recognising coercive control."),
    (
        "5",
        "The Department of Health and Social Care should add a question on the carer's own safety to "
        "the national guidance on carers' assessments.",
    ),
]

# (rec, shortened wording, scope, [[action, lead, milestones, target, completion], ...])
PLAN = [
    (
        "1",
        "Carers to be asked privately about their safety.",
        "Local",
        [
            [
                "Add a private safety question to the carer's assessment form",
                "Merrowfield ASC – Principal Social Worker",
                "Form revised and signed off by the practice board",
                "31st May 2024",
                "Complete – form in use from 01/05/2024",
            ]
        ],
    ),
    (
        "2",
        "Pass hospital disclosures of abuse to GPs.",
        "Local",
        [
            [
                "Agree an information-sharing protocol between maternity, the emergency department and "
                "primary care",
                "Merrowfield Hospitals NHS Trust – Head of Safeguarding",
                "Draft protocol circulated to practices",
                "Q3 2024/25",
                "In progress",
            ],
            [
                "Brief ward managers on the new protocol",
                "Merrowfield Hospitals NHS Trust – Named Nurse",
                "",
                "Q4 2024/25",
                "Not yet started",
            ],
        ],
    ),
    (
        "2a",
        "Domestic abuse flag on discharge summaries.",
        "Local",
        [
            [
                "Build the flag into the electronic discharge summary",
                "Merrowfield Hospitals NHS Trust – Digital Services Lead",
                "Specification agreed with the supplier",
                "30/09/2024",
                "In progress",
            ]
        ],
    ),
    (
        "2b",
        "Audit of discharge summaries.",
        "Local",
        [
            [
                "Audit fifty discharge summaries and report to the Partnership",
                "Merrowfield Hospitals NHS Trust – Safeguarding Audit Lead",
                "",
                "March 2025",
                "Not yet started",
            ]
        ],
    ),
    (
        "3",
        "Officers at criminal damage calls to ask about abuse.",
        "Local",
        [
            [
                "Add a domestic abuse prompt to the attending officer's checklist",
                "Merrowfield Police – Head of Response",
                "Checklist updated; briefing issued 14/11/2023",
                "31st December 2023",
                "Complete",
            ]
        ],
    ),
    (
        "4",
        "Directory of support for faith groups.",
        "Local",
        [
            [
                "Compile the directory and publish it on the Partnership's website",
                "Merrowfield CSP – Partnership Officer",
                "Directory published in February",
                "30/04/2024",
                "Complete",
            ],
            [
                "Print copies for places of worship",
                "Merrowfield CSP – Partnership Officer",
                "Two hundred copies ordered",
                "31/07/2024",
                "In progress",
            ],
        ],
    ),
    (
        "4a",
        "Coercive control course for faith leaders.",
        "Local",
        [
            [
                "Run two half-day sessions each year",
                "Merrowfield Domestic Abuse Service – Training Coordinator",
                "First session held 06/03/2024",
                "Ongoing",
                "In progress",
            ]
        ],
    ),
    (
        "5",
        "National guidance on carers' assessments.",
        "National",
        [
            [
                "Chair to write to the Department enclosing the report",
                "Chair, Merrowfield CSP",
                "Letter sent 18/01/2024",
                "31st January 2024",
                "Complete",
            ]
        ],
    ),
]


def _recommendations(doc) -> None:
    """The summary of recommendations: number and text in a borderless two-column table."""
    t = doc.add_table(rows=0, cols=2)
    t.autofit = False
    for ref, text in RECOMMENDATIONS:
        cells = t.add_row().cells
        write(cells[0], ref)
        write(cells[1], text)
        cells[0].width, cells[1].width = Cm(1.4), Cm(15.0)
        cells[1].paragraphs[0].paragraph_format.space_after = Cm(0.2)
    for column, width in zip(t.columns, (1.4, 15.0)):
        column.width = Cm(width)


def _portrait(section) -> None:
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.2)


def build() -> Path:
    doc = new_document("Merrowfield DHR – Dana – Summary and action plan")
    _portrait(doc.sections[0])  # the report's pages; the plan has a landscape section of its own
    doc.add_paragraph("Merrowfield Community Safety Partnership")
    doc.add_paragraph("Domestic Homicide Review: Dana – Summary of recommendations and action plan")
    doc.add_paragraph("Reference: MCSP DHR 2023/02")
    doc.add_paragraph("Independent chair and author: Owen Pryce-Atwater")
    doc.add_paragraph(
        "Dana (a pseudonym chosen by her sister) was 41 when she was killed by her husband in "
        "September 2022. She had cared for him since his stroke."
    )
    doc.add_heading("Recommendations", level=1)
    doc.add_paragraph(
        "The panel makes the recommendations below. Recommendations 2a, 2b and 4a are parts of the "
        "recommendation above them that the panel wants taken as steps in their own right."
    )
    _recommendations(doc)
    plan = doc.add_section(WD_SECTION.NEW_PAGE)
    plan.orientation = WD_ORIENT.LANDSCAPE
    plan.page_width, plan.page_height = Cm(29.7), Cm(21.0)
    doc.add_heading("Action plan", level=1)
    doc.add_paragraph("Progress reported to the Partnership board in June 2024.")
    t = table(doc, HEADERS, WIDTHS)
    for ref, rec, scope, actions in PLAN:
        merged_rows(t, [0, 1, 2], [ref, rec, scope], actions)
    doc.add_paragraph()
    doc.add_paragraph("The plan is monitored by the Partnership's DHR subgroup.")
    return _save(doc, "plan_ho_rec_subletters")


if __name__ == "__main__":
    print(build())
