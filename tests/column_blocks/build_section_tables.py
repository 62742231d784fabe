"""Build `s8section_tables_plain.txt`: a DHR action plan appendix with one small Word table
per section (the overview recommendations, then each agency that made its own), every table
headed "Recommendation | Action | Lead Officer | Target date | Status", the recommendation
cell merged down over its actions, exported to PDF by LibreOffice and read by plain
`pdftotext` (no -layout): the .txt is that genuine export. Plain pdftotext prints such a table
column after column: the action cells as a run, then each column's name with the first row's
cell under it, then the later rows' cells; the next section's table follows on the same page.
Its gold (`s8section_tables_plain.json`) is written by hand from the plan's meaning.

    python tests/column_blocks/build_section_tables.py [--keep]

All people, places and bodies are fictional; the wording is our own.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from docx_build import heading, merged_plan_table, new_doc, para  # noqa: E402
from office_export import render_text  # noqa: E402

STEM = "s8section_tables_plain"
HEADER = ["Recommendation", "Action", "Lead Officer", "Target date", "Status"]
WIDTHS = [5.5, 7.5, 4.5, 3.0, 3.5]
# section -> [(recommendation, [(ref, action, lead, target, status)])]
SECTIONS = [
    (
        "Overview recommendations",
        [
            (
                "1. Interpreters for every victim",
                [
                    (
                        "1.1",
                        "Agree a partnership standard on using professional interpreters",
                        "Head of Community Safety",
                        "31/03/2025",
                        "Complete",
                    ),
                    (
                        "1.2",
                        "Check each agency's use of the standard after six months",
                        "Partnership Manager",
                        "October 2025",
                        "In progress",
                    ),
                ],
            ),
        ],
    ),
    (
        "Kelverton Police",
        [
            (
                "1. Speaking to victims alone",
                [
                    (
                        "W1.1",
                        "Reissue the attendance guidance on speaking to the victim alone",
                        "Detective Inspector, Safeguarding",
                        "30/11/2024",
                        "Complete",
                    ),
                    (
                        "W1.2",
                        "Audit forty incident records for a private conversation",
                        "Safeguarding Hub Manager",
                        "June 2025",
                        "Not started",
                    ),
                ],
            ),
        ],
    ),
    (
        "Kelverton Borough Council Housing",
        [
            (
                "1. Asking about abuse at the housing front door",
                [
                    (
                        "H1.1",
                        "Add a routine enquiry question to the housing application form",
                        "Housing Options Manager",
                        "31/01/2025",
                        "Complete",
                    ),
                    (
                        "H1.2",
                        "Train duty officers to ask the question safely",
                        "Housing Training Lead",
                        "May 2025",
                        "In progress",
                    ),
                ],
            ),
        ],
    ),
]


def build(folder: Path) -> Path:
    doc = new_doc(landscape=True, footer_label="Kelverton DHR 'Lena' – action plan")
    para(doc, "Kelverton Community Safety Partnership", bold=True, size=12)
    para(doc, "Domestic Homicide Review 'Lena' (WCSP DHR 03) – Executive Summary", bold=True, size=12)
    heading(doc, "Appendix A: Action Plan", 1)
    for section, recommendations in SECTIONS:
        para(doc, section, bold=True, size=11)
        groups = [
            (
                (rec,),
                [(f"{ref} {action}", lead, target, status) for ref, action, lead, target, status in actions],
            )
            for rec, actions in recommendations
        ]
        merged_plan_table(doc, HEADER, WIDTHS, groups, size=9)
        para(doc, "")
    para(doc, "Progress is reported to the partnership board every quarter.", size=10)
    path = folder / f"{STEM}.docx"
    doc.save(path)
    return path


def main() -> None:
    render_text([(STEM, build)], HERE, keep="--keep" in sys.argv)


if __name__ == "__main__":
    main()
