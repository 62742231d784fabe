"""Build the zoo document of a short review summary whose recommendations are a ruled table
"No. | Recommendation | For", the last column naming the body each is for, its names wrapped
over two or three lines in the narrow column. Plain pdftotext prints the table one cell at a
time, row after row: the number alone, the recommendation's paragraph, then the body's short
lines, which segmenting takes for headings. All people, places and bodies are fictional; the
wording is our own.

    python tests/zoo/stacked_recs_build.py       # writes .docx, .pdf, .txt and the gold
    /tmp/plumbvenv/bin/python dev/corpus_style.py tests/zoo   # and the .corpus.txt
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx import Document
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/, for the shared export steps

from office_export import save_rendered  # noqa: E402
from plan_gold import find_line, plan_gold, recommendation_record, review, save_gold  # noqa: E402
from plan_merged_build import row, table  # noqa: E402

STEM = "stacked_recs_number_for_column"
ROWS = [
    (
        "Thornwick Health and Care Partnership should ask every adult seen for low mood whether "
        "anyone at home frightens them, and note the answer in the record.",
        "Thornwick Health and Care Partnership",
        ["mental_health", "routine_enquiry"],
    ),
    (
        "Brackenfold Constabulary should send every third call from one address in a year to the "
        "weekly risk meeting, whether or not a crime was recorded.",
        "Brackenfold Constabulary",
        ["multi_agency_working", "risk_assessment"],
    ),
    (
        "Thornwick Housing Trust should offer a tenant who reports damage caused by a partner a "
        "private visit from a tenancy officer within five working days.",
        "Thornwick Housing Trust",
        ["specialist_support"],
    ),
    (
        "Thornwick Women’s Aid should add the signs of suicide risk to the "
        "domestic abuse course it runs for partner agencies.",
        "Thornwick Women’s Aid",
        ["training", "mental_health"],
    ),
]


def build() -> None:
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    doc.styles["Normal"].paragraph_format.space_after = Pt(8)  # the house style: space after every paragraph
    doc.styles["Normal"].paragraph_format.line_spacing = 1.08
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    doc.add_paragraph("Thornwick Community Safety Partnership")
    doc.add_paragraph("Domestic Homicide Review – summary report: Isla")
    doc.add_heading("What happened", 1)
    doc.add_paragraph(
        "Isla, aged 41, died in October 2023 after years of controlling behaviour by her husband. "
        "Her brother helped the reviewer understand the pressure she lived under."
    )
    doc.add_heading("Recommendations", 1)
    doc.add_paragraph(
        "The Review Panel makes four recommendations. The third column names the body asked to act."
    )
    t = table(doc, ["No.", "Recommendation", "For"], [1.2, 11.0, 3.6], repeat=False)
    for number, (text, body, _) in enumerate(ROWS, 1):
        row(t, [str(number), text, body])
    doc.add_paragraph("The Review Panel will ask each body for its progress after six months.")
    save_rendered(doc, HERE, STEM)
    lines = (HERE / f"{STEM}.txt").read_text(encoding="utf-8").splitlines()
    recs = [
        recommendation_record(
            str(k), text[:70].rsplit(" ", 1)[0], find_line(lines, text[:40]), agency=body, themes=themes
        )
        for k, (text, body, themes) in enumerate(ROWS, 1)
    ]
    gold = plan_gold(
        STEM,
        description="A review summary whose recommendations are a ruled 'No. | Recommendation | For' "
        "table, the narrow For column wrapping each body's name over two or three lines.",
        review=review("DHR", "Thornwick", "Isla", doc_kind="summary"),
        notes="Plain pdftotext prints the table a cell at a time, the bodies' short lines read as headings.",
        recommendations=recs,
    )
    save_gold(HERE, STEM, gold)


if __name__ == "__main__":
    build()
