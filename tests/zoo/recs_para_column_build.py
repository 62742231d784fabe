"""Build a zoo document whose panel recommendations are a table giving, beside each
recommendation's number, the paragraph of the report its learning comes from:
"No. | Para. | Recommendation | Organisation", the organisation's name wrapped in its narrow
last column. Word, its PDF export and `pdftotext -layout` text (the columns side by side).

* recs_para_column_fernbrook: a DHR overview report, numbered paragraphs (7.1 ...), chapter
  "8. Recommendations" opening with a paragraph, then the table, then a closing paragraph
  numbered on with the chapter (8.2).

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/recs_para_column_build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from docx_build import add_row, heading, make_table, new_doc, numbered, page_break, para  # noqa: E402
from office_export import save_with_gold  # noqa: E402
from plan_gold import line_holding, plan_gold, recommendation_record, review  # noqa: E402

STEM = "recs_para_column_fernbrook"
ROWS = [
    (
        "1",
        "7.2",
        "Fernbrook Health Board should make sure that midwives ask every expectant mother about abuse "
        "at a booking appointment held without her partner present.",
        "Fernbrook Health Board",
    ),
    (
        "2",
        "7.3",
        "Fernbrook Constabulary should review how call handlers grade repeat calls from one address "
        "when the caller hangs up before speaking.",
        "Fernbrook Constabulary",
    ),
    (
        "3",
        "7.5",
        "Ashgrove Homes should train its repairs staff to recognise and report signs of abuse they see "
        "when working inside tenants' homes.",
        "Ashgrove Homes Housing Association",
    ),
    (
        "4",
        "7.5",
        "The Fernbrook Community Safety Partnership should publish a short guide for employers on "
        "supporting staff who disclose abuse at home.",
        "Fernbrook Community Safety Partnership",
    ),
    (
        "5",
        "7.6",
        "The Home Office should consider adding guidance on repeat silent calls to the statutory "
        "guidance for these reviews.",
        "Home Office",
    ),
]


def build():
    doc = new_doc(header="Fernbrook CSP · DHR Odette · Overview Report", footer_label="Page")
    para(doc, "Fernbrook Community Safety Partnership", bold=True, size=16)
    para(doc, "Domestic Homicide Review: Overview Report", bold=True, size=14)
    para(doc, "Odette, who died in January 2024")
    para(doc, "Independent Chair and Author: Wilfred Anstey-Morrow")
    page_break(doc)
    heading(doc, "7. Learning", 1)
    numbered(doc, "7.1", "The panel met six times. Five agencies had contact with Odette or with Bram.")
    numbered(
        doc,
        "7.2",
        "Odette booked her pregnancy late and Bram came to every appointment. No midwife saw her alone.",
    )
    numbered(
        doc,
        "7.3",
        "Four silent calls came from the flat in one month. Each was closed as a call made in error.",
    )
    numbered(doc, "7.4", "Bram's employer knew of two absences after incidents at home.")
    numbered(
        doc,
        "7.5",
        "A repairs operative saw a broken door and bruising on Odette's arm and said nothing, as he "
        "did not know whom to tell.",
    )
    numbered(doc, "7.6", "The statutory guidance says nothing about silent calls.")
    heading(doc, "8. Recommendations", 1)
    numbered(
        doc,
        "8.1",
        "The panel makes the recommendations below. The Para. column gives the paragraph of this "
        "report where the learning behind each one is set out.",
    )
    widths = (1.2, 1.4, 9.6, 3.6)
    t = make_table(doc, ["No.", "Para.", "Recommendation", "Organisation"], widths, size=10)
    for row in ROWS:
        add_row(t, row, widths, size=10)
    numbered(
        doc,
        "8.2",
        "The Partnership will agree an action plan for these recommendations and publish it with "
        "this report.",
    )
    return doc


def gold(lines):
    recs = [
        recommendation_record(
            ref,
            " ".join(text.split()[:14]),
            line_holding(lines, text, 4),
            agency=agency,
            scope="national" if agency == "Home Office" else "local",
        )
        for ref, _, text, agency in ROWS
    ]
    return plan_gold(
        STEM,
        description="DHR overview report whose panel recommendations are a table 'No. | Para. | "
        "Recommendation | Organisation': the paragraph of the report each recommendation's learning "
        "comes from beside its number, the organisation's name wrapped in the narrow last column. "
        "Word, its PDF export and pdftotext -layout text.",
        review=review("DHR", "Fernbrook", "Odette", doc_kind=None, author="Wilfred Anstey-Morrow"),
        notes="Refs the No. column's; the Para. column's numbers (7.2 ...) are cross-references, no "
        "part of a recommendation's words; agency the Organisation cell, whole. Paragraphs 7.x and "
        "8.x are not recommendations.",
        recommendations=recs,
    )


if __name__ == "__main__":
    save_with_gold(build(), HERE, STEM, gold, layout=True)
    print("wrote", STEM)
