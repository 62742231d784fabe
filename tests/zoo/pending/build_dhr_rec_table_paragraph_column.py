"""Build dhr_rec_table_paragraph_column: a DHR overview report's recommendations table with a
column giving, for each recommendation, the paragraph of the report its learning comes from.

Arial 10: "No. | Para. | Recommendation | Organisation", each row numbered 1-4, its Para. cell a
paragraph number of the analysis ("6.3"), its Organisation cell the body the recommendation is
made to, wrapped over two or three lines. The paragraph's number is a cross-reference, never
part of the recommendation's words. The report's paragraphs are numbered ("6.3 ..."), so the
table sits among numbered text. All people, places and bodies are fictional; the wording is
our own.

    python tests/zoo/pending/build_dhr_rec_table_paragraph_column.py   # .docx, .pdf, .txt, .json
    /tmp/plumbvenv/bin/python dev/corpus_style.py DIR   # a folder holding its .pdf and .json
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # tests/, for the shared export steps
sys.path.insert(0, str(HERE.parent))  # tests/zoo/, for the plan tables' builders

from office_export import save_rendered  # noqa: E402
from plan_gold import plan_gold, recommendation_record, review, save_gold  # noqa: E402
from plan_merged_build import new_document, row, table  # noqa: E402

STEM = "dhr_rec_table_paragraph_column"
HEADERS = ["No.", "Para.", "Recommendation", "Organisation"]
WIDTHS = [1.2, 1.4, 9.6, 3.6]

# (number, paragraph, recommendation, organisation as printed, agency)
RECS = [
    ("1", "6.2", "Kestlow Ambulance Service should make sure crews record who else is present "
     "when an older patient explains how an injury happened.",
     "Kestlow Ambulance Service NHS Trust", "Kestlow Ambulance Service"),
    ("2", "6.4", "Kestlow Police should check that a repeat call from the same address within a "
     "month is graded with the earlier call in mind.", "Kestlow Police", "Kestlow Police"),
    ("3", "6.7", "Kestlow Council should give its money advice staff a short guide to spotting "
     "financial control by a partner.", "Kestlow Council Money Advice Team", "Kestlow Council"),
    ("4", "6.4", "The Community Safety Partnership should share this review's learning with the "
     "pharmacies and post offices older residents visit.", "Kestlow Community Safety Partnership",
     "Kestlow Community Safety Partnership"),
]  # fmt: skip


def build() -> Path:
    doc = new_document("Kestlow CSP – DHR 'Edith' – Overview Report")
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading("6. Analysis", level=1)
    for number, text in [
        ("6.1", "Edith was 77 and lived with her husband in a flat above the shops in Kestlow."),
        ("6.2", "Ambulance crews attended twice after falls; each time her husband answered for her."),
        ("6.4", "Two calls from a neighbour were graded as standard risk, neither looking at the other."),
        ("6.7", "Edith asked the council's money advice team about debts she did not recognise."),
    ]:
        doc.add_paragraph(f"{number} {text}")
    doc.add_heading("7. Recommendations", level=1)
    doc.add_paragraph(
        "7.1 The panel's recommendations are set out below. The Para. column gives the paragraph "
        "of this report where the learning behind each one is discussed."
    )
    t = table(doc, HEADERS, WIDTHS, repeat=True)
    for number, para, rec, org, _ in RECS:
        row(t, [number, para, rec, org])
    for r in t.rows:
        for cell, width in zip(r.cells, WIDTHS):
            cell.width = Cm(width)
    doc.add_paragraph(
        "7.2 The Community Safety Partnership will agree an action plan for these recommendations "
        "and publish it with this report."
    )
    return save_rendered(doc, HERE, STEM, layout=True)


def gold() -> dict:
    recs = [
        recommendation_record(number, " ".join(rec.split()[:12]), None, agency=agency, scope="local")
        for number, _, rec, _, agency in RECS
    ]
    return plan_gold(
        STEM,
        description=(
            "A DHR overview report's recommendations table No. | Para. | Recommendation | "
            "Organisation, the Para. column the paragraph of the report each recommendation's "
            "learning comes from; text route is pdftotext -layout, corpus text pdfplumber's lines."
        ),
        review=review("DHR", "Kestlow", "Edith", age=77),
        recommendations=recs,
        actions=[],
        notes="The Para. cell is a cross-reference, not part of the recommendation's text or its number.",
    )


if __name__ == "__main__":
    print(build())
    save_gold(HERE, STEM, gold())
