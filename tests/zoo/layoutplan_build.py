"""Build the layoutplan zoo document: a safeguarding adults review's action plan set as ruled
landscape Word tables, one for the board's own recommendations and one under each agency's
name, numbering restarting at 1 in each, exported to PDF by a word processor and then to text
by `pdftotext -layout`, which prints the cells side by side, each wrapped cell carrying on
under its own column, the centred tables indented under their titles. Header names wrap in narrow columns ("Target" / "date"). All people,
places and bodies are fictional; the wording is our own.

    python tests/zoo/layoutplan_build.py      # writes .docx, .pdf and the -layout .txt
"""

from __future__ import annotations

from pathlib import Path

from docx.enum.table import WD_TABLE_ALIGNMENT
from plan_merged_build import _save, merged_rows, new_document, table

HEADERS = ["Ref", "Recommendation", "Action agreed", "Lead officer", "Target date", "Progress", "RAG rating"]
WIDTHS = [1.1, 5.6, 5.2, 3.4, 2.0, 4.2, 1.9]  # narrower than the page: the table sits centred

BOARD = [
    (
        "1",
        "The Lindqvale Safeguarding Adults Board should make sure that self-neglect referrals are "
        "discussed at a multi-agency meeting within four weeks.",
        [
            [
                "Set up a monthly self-neglect panel chaired by adult social care.",
                "Board Manager",
                "Oct 2024",
                "Panel met five times since October.",
                "Complete",
            ],
        ],
    ),
    (
        "2",
        "The Board should check that partner agencies understand when a person's refusal of care "
        "needs a mental capacity assessment.",
        [
            [
                "Publish a short capacity guide for frontline staff.",
                "MCA Lead, Lindqvale Council",
                "31/01/2025",
                "Draft guide out for comment.",
                "On track",
            ],
            [
                "Audit twenty case files for recorded capacity decisions.",
                "Quality Assurance Subgroup Chair",
                "June 2025",
                "",
                "Not started",
            ],
        ],
    ),
]

AGENCIES = [
    (
        "Lindqvale Adult Social Care",
        [
            (
                "1",
                "Adult social care should visit a person in person before closing a case where they "
                "have declined a care package.",
                [
                    [
                        "Amend the case closure checklist to require a home visit.",
                        "Head of Assessment",
                        "Dec 2024",
                        "Checklist changed; staff told by email.",
                        "Complete",
                    ],
                ],
            ),
            (
                "2",
                "Adult social care should record the views of family carers at every review.",
                [
                    [
                        "Add a carer's views section to the review form.",
                        "Systems Team Manager",
                        "March 2025",
                        "Supplier has been asked for a date.",
                        "Delayed",
                    ],
                ],
            ),
        ],
    ),
    (
        "Thornmere Community Health Services",
        [
            (
                "1",
                "District nurses should raise a safeguarding concern when a patient repeatedly refuses "
                "entry and their health is getting worse.",
                [
                    [
                        "Issue practice guidance on repeated refusal of entry.",
                        "Named Nurse for Safeguarding Adults",
                        "Nov 2024",
                        "Guidance issued in November.",
                        "Complete",
                    ],
                    [
                        "Include refused visits in the monthly caseload supervision.",
                        "District Nursing Team Leads",
                        "April 2025",
                        "Started in two of five teams.",
                        "On track",
                    ],
                ],
            ),
        ],
    ),
]


def build() -> Path:
    doc = new_document("Lindqvale SAB – SAR 'Mr K' – action plan")
    doc.add_paragraph("Lindqvale Safeguarding Adults Board")
    doc.add_paragraph("Safeguarding Adults Review: Mr K – Action Plan")
    doc.add_paragraph(
        "Mr K was 79 when he died at home in February 2024 after a long period of self-neglect. Each agency's own "
        "recommendations are numbered from 1 in its table below."
    )
    doc.add_paragraph("Independent reviewer: Priya Castellane")
    doc.add_paragraph("Board recommendations")
    _tables(doc, BOARD)
    for agency, recs in AGENCIES:
        doc.add_paragraph(agency)
        _tables(doc, recs)
    doc.add_paragraph("Progress is reported to the Board's Learning and Review Subgroup each quarter.")
    return _save(doc, "layoutplan_agency_tables")


def _tables(doc, recs) -> None:
    t = table(doc, HEADERS, WIDTHS)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for ref, rec, actions in recs:
        merged_rows(t, [0, 1], [ref, rec], actions)
    doc.add_paragraph()


if __name__ == "__main__":
    print(build())
