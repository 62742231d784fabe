"""Build the s22headers zoo document: a partnership's review tracker exported from a
spreadsheet whose narrow columns break their long names inside a word.

A tracker printed to fit one landscape page gives its last columns ("Evidence", "Closed
(Y/N)") so little room that the name breaks mid-word ("Evide" / "nce", "Clos" / "ed"), the
rest printed on the header's next line among the other names' wrapped words, and its update
column is named with the month it was written ("Update (Mar 2025)"). All people, places and
bodies are fictional; the wording is our own.

    python tests/zoo/s22headers_build.py     # writes .docx, .pdf and the -layout .txt beside it
    /tmp/plumbvenv/bin/python dev/corpus_style.py tests/zoo   # then the .corpus.txt

Only the corpus text and the gold are kept in the zoo (the family is about the corpus-text
route; the -layout text of this sheet does not read yet, so its renderings are not committed).
"""

from __future__ import annotations

from pathlib import Path

from docx.shared import Pt
from plan_merged_build import _save, new_document, row, table

RECS = {
    "1": "Stowmere Council should give its benefits advisers a short guide to spotting financial abuse.",
    "2": "Stowmere Mental Health Trust should record the name of every carer present at a home visit.",
    "3": "The Partnership should check that schools know how to refer a child living with domestic abuse.",
}

# (id, rec no., action, lead, target, update, evidence, closed)
ROWS = [
    (
        "SWP-31",
        "1",
        "Write and issue the adviser guide",
        "Welfare Team Leader",
        "30/09/2024",
        "Guide issued to all advisers in August.",
        "Copy",
        "Y",
    ),
    (
        "SWP-32",
        "1",
        "Add the guide to adviser induction",
        "Learning Lead",
        "31/03/2025",
        "Induction pack being revised.",
        "",
        "N",
    ),
    (
        "SWP-33",
        "2",
        "Add a carer field to the visit record",
        "Clinical Systems Manager",
        "31/12/2024",
        "Field live since November.",
        "Log",
        "Y",
    ),
    (
        "SWP-34",
        "2",
        "Audit 30 visit records for the carer field",
        "Head of Quality",
        "30/06/2025",
        "Audit booked for May.",
        "",
        "N",
    ),
    (
        "SWP-35",
        "3",
        "Survey school safeguarding leads on referral routes",
        "Education Safeguarding Officer",
        "31/01/2025",
        "Survey sent; 40 of 62 schools replied.",
        "Data",
        "N",
    ),
]

HEADERS = [
    "ID",
    "Rec no.",
    "Recommendation",
    "Action",
    "Lead officer",
    "Target date",
    "Update (Mar 2025)",
    "Evidence",
    "Closed (Y/N)",
]
WIDTHS = [1.5, 1.1, 5.0, 4.0, 2.9, 1.9, 4.2, 1.1, 1.0]


def build_broken_names_tracker() -> Path:
    doc = new_document("Page 1 of 1")
    doc.styles["Normal"].font.size = Pt(7)
    doc.add_paragraph("Partnership_Reviews.xlsx – Sheet: DHR Nadia")
    doc.add_paragraph("Stowmere Safer Partnership – review actions tracker – DHR 'Nadia' (SSP DHR 11)")
    t = table(doc, HEADERS, WIDTHS)
    for rid, rec, action, lead, target, update, evidence, closed in ROWS:
        row(t, [rid, rec, RECS[rec], action, lead, target, update, evidence, closed])
    return _save(doc, "s22headers_broken_names_tracker")


if __name__ == "__main__":
    print(build_broken_names_tracker())
