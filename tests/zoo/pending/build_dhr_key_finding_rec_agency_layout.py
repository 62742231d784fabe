"""A DHR overview report's findings chapter (Liberation Sans 10, portrait) whose recommendations
sit in a three-column table, Key finding | Recommendation | Agency: each recommendation cell opens
with its code ("R1 ") and names the body it asks, the agency column names that body again, and the
finding beside it is the panel's reason, no part of the recommendation. Before the table, numbered
findings paragraphs; after it, a closing paragraph. The .txt is pdftotext -layout of the PDF (the
three columns side by side), the .corpus.txt the bundled corpus's rendering. All people, places and
bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_dhr_key_finding_rec_agency_layout.py   # .docx, .pdf, .txt, .json
    /tmp/plumbvenv/bin/python -c "import sys; sys.path.insert(0, 'dev'); from corpus_style import render; \
      open('tests/zoo/pending/dhr_key_finding_rec_agency_layout.corpus.txt', 'w').write(render(\
      __import__('pathlib').Path('tests/zoo/pending/dhr_key_finding_rec_agency_layout.pdf')))"
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # tests/, for the shared export steps

from docx_build import add_row, heading, make_table, new_doc, numbered, para  # noqa: E402
from gold_lines import find_line  # noqa: E402
from office_export import save_with_gold  # noqa: E402

STEM = "dhr_key_finding_rec_agency_layout"

# (finding, code, recommendation, agency)
ROWS = [
    ("Nobody asked Wren about her partner when she missed three antenatal appointments.", "R1",
     "Brackenmoor Maternity Service should follow up any third missed appointment with a call that asks "
     "about safety at home.", "Brackenmoor Maternity Service"),
    ("The housing officer heard shouting during a visit but made no referral.", "R2",
     "Brackenmoor Homes should train its visiting officers to refer concerns about abuse they hear on a "
     "visit.", "Brackenmoor Homes"),
    ("Police did not link two calls from different neighbours in the same month.", "R3",
     "Brackenmoor Constabulary should check for earlier calls to the same address before closing a "
     "domestic incident.", "Brackenmoor Constabulary"),
    ("The family did not know where to turn when they became worried.", "R4",
     "Brackenmoor Community Safety Partnership should publish a short guide for families and friends who "
     "are worried about someone.", "Brackenmoor Community Safety Partnership"),
]  # fmt: skip


def word_document():
    doc = new_doc(header="Brackenmoor DHR 'Wren' – Overview Report", font="Liberation Sans", size=10)
    heading(doc, "Domestic Homicide Review: Wren – Overview Report", 1)
    para(
        doc,
        "Commissioned by Brackenmoor Community Safety Partnership. Independent chair: Tobias Marrick-Lowe.",
    )
    heading(doc, "6. Findings", 2)
    numbered(
        doc,
        "6.1",
        "Wren saw four agencies in the year before she died; none of them asked about her partner.",
    )
    numbered(doc, "6.2", "The agencies held parts of the picture but did not bring them together.")
    heading(doc, "7. Recommendations", 2)
    para(doc, "Each recommendation answers the key finding printed beside it.")
    widths = [5.0, 7.6, 4.0]
    table = make_table(doc, ["Key finding", "Recommendation", "Agency"], widths, size=9.5)
    for finding, code, text, agency in ROWS:
        add_row(table, [finding, f"{code} {text}", agency], widths, size=9.5)
    para(doc, "")
    para(doc, "The panel thanks Wren's family and friends for speaking to the review.")
    return doc


def gold(lines: list[str]) -> dict:
    recs, after = [], 0
    for _, code, text, agency in ROWS:
        start = " ".join(text.split()[:4])
        after = find_line(lines, start, after)
        recs.append(
            {"ref": code, "level": "overview", "agency": agency, "title": None, "text_start": start,
             "aliases": [], "outcome": None, "themes": [], "scope": "local", "line": after}
        )  # fmt: skip
    return {
        "file": f"{STEM}.txt",
        "family": "DHR overview: a Key finding | Recommendation | Agency table, coded recommendation cells",
        "description": (
            "A DHR overview report's findings and recommendations built in Word (python-docx, Liberation Sans 10), "
            "exported to PDF by LibreOffice and to text by pdftotext -layout: numbered findings paragraphs, then a "
            "Key finding | Recommendation | Agency table whose recommendation cells open 'R1 '-'R4 '."
        ),
        "review": {
            "review_id": None,
            "review_type": "DHR",
            "area": "Brackenmoor",
            "doc_kind": "overview_report",
            "author": "Tobias Marrick-Lowe",
            "victims": [{"pseudonym": "Wren", "age": None}],
            "date_of_death": None,
        },  # fmt: skip
        "recommendations": recs,
        "actions": [],
        "chronology": [],
        "notes": (
            "Written by hand from the document's meaning. Recommendations R1-R4, the code opening each "
            "recommendation cell, overview, local, each to the body the Agency cell names; the key findings (in "
            "the table and the numbered paragraphs) are not recommendations."
        ),
    }


if __name__ == "__main__":
    save_with_gold(word_document(), HERE, STEM, gold, layout=True)
