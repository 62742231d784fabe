"""Build the zoo document of single-agency plans set out one table per agency.

Published executive summaries often close with each agency's own action plan: a numbered
sub-heading naming the agency ("6.2 Oakmere Police") over a small table of its own, every
table with the same columns ("No. | Recommendation | Action | Lead officer | Target date |
Status"), the action numbers restarting in every agency ("1.1", "1.2", "2.1" under the
agency's recommendations 1 and 2), the recommendation cell merged down over its actions. A
table holds a row or two, so a reader that measures a table's columns from its own rows has
too few of them; the tables are one plan. All people, places and bodies are fictional; the
wording is our own.

    python tests/zoo/agency_plans_build.py          # writes .docx, .pdf and .txt beside it
    /tmp/plumbvenv/bin/python dev/corpus_style.py tests/zoo   # and the .corpus.txt
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx.enum.section import WD_ORIENT
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/, for the shared export steps

from office_export import save_rendered  # noqa: E402
from plan_merged_build import merged_rows, new_document, table  # noqa: E402

STEM = "plan_agency_tables_numbered_headings"

HEADERS = ["No.", "Recommendation", "Action", "Lead officer", "Target date", "Status"]
WIDTHS = [1.3, 6.8, 7.4, 3.6, 2.6, 2.4]

OVERVIEW = [
    (
        "1",
        "Oakmere Safer Partnership should make sure that every partner agency asks about coercive "
        "control when a victim reports money being taken or withheld.",
    ),
    (
        "2",
        "Oakmere Safer Partnership should publish a single referral route to the specialist "
        "economic abuse adviser for all frontline staff.",
    ),
    (
        "3",
        "The Department for Work and Pensions should consider a safeguarding flag on joint "
        "benefit claims where one claimant has disclosed abuse.",
    ),
]

# (agency, [(recommendation number, recommendation, [(action no., action, lead, date, status)])])
AGENCIES = [
    (
        "Oakmere Police",
        [
            (
                "1",
                "Oakmere Police should record reports of financial control as domestic abuse.",
                [
                    (
                        "1.1",
                        "Change the crime recording guidance for the control room.",
                        "Force Crime Registrar",
                        "30/04/2025",
                        "Complete",
                    ),
                    (
                        "1.2",
                        "Audit thirty reports of theft between partners each quarter.",
                        "Detective Inspector, Public Protection",
                        "September 2025",
                        "In progress",
                    ),
                ],
            ),
            (
                "2",
                "Oakmere Police should share economic abuse reports with the victim's bank "
                "safeguarding team where the victim agrees.",
                [
                    (
                        "2.1",
                        "Agree an information sharing form with the three local banks.",
                        "Superintendent, Partnerships",
                        "December 2025",
                        "Not started",
                    ),
                ],
            ),
        ],
    ),
    (
        "Oakmere Mental Health Trust",
        [
            (
                "1",
                "The Trust should ask every patient who discloses debt whether anyone controls their money.",
                [
                    (
                        "1.1",
                        "Add the question to the community team assessment form.",
                        "Head of Nursing, Community",
                        "31/07/2025",
                        "Complete",
                    ),
                ],
            ),
            (
                "2",
                "The Trust should train its welfare rights workers to spot economic abuse.",
                [
                    (
                        "2.1",
                        "Deliver a half-day course to all welfare rights workers.",
                        "Trust Safeguarding Lead",
                        "March 2026",
                        "In progress",
                    ),
                ],
            ),
        ],
    ),
    (
        "Oakmere Adult Social Care",
        [
            (
                "1",
                "Adult Social Care should check for economic abuse in every financial assessment "
                "for care charges.",
                [
                    (
                        "1.1",
                        "Add an economic abuse prompt to the financial assessment script.",
                        "Principal Social Worker",
                        "31/10/2025",
                        "Not started",
                    ),
                ],
            ),
        ],
    ),
]


def build() -> Path:
    doc = new_document("Oakmere Safer Partnership – DHR ‘Ondine’ – executive summary")
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    section = doc.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    doc.add_heading("Oakmere Safer Partnership", level=1)
    doc.add_paragraph("Domestic Homicide Review: ‘Ondine’ – Executive Summary and Agency Action Plans")
    doc.add_paragraph("Independent chair and author: Bartholomew Thistlewood")
    doc.add_heading("1. Introduction", level=2)
    doc.add_paragraph(
        "1.1 Ondine was 52 when she was killed by her husband in August 2023. For several years he "
        "had controlled the household's money and kept her bank cards."
    )
    doc.add_heading("2. Recommendations of the review", level=2)
    doc.add_paragraph("The panel makes three recommendations to the Partnership and to government.")
    t = table(doc, ["No.", "Recommendation"], [1.3, 22.8], repeat=False)
    for number, text in OVERVIEW:
        merged_rows(t, [], [], [[number, text]])
    doc.add_heading("3. Single-agency action plans", level=2)
    doc.add_paragraph(
        "Each agency set out its own plan after its individual management review. The numbering is the "
        "agency's own. Progress is as reported to the Partnership in January 2025."
    )
    for n, (agency, recs) in enumerate(AGENCIES, start=1):
        doc.add_heading(f"3.{n} {agency}", level=3)
        t = table(doc, HEADERS, WIDTHS, repeat=False)
        for _number, text, actions in recs:
            merged_rows(t, [1], [text], [list(a) for a in actions])
        doc.add_paragraph()
    return save_rendered(doc, HERE, STEM, layout=True)


if __name__ == "__main__":
    print(build())
