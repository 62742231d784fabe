"""A form's box whose one cell lists numbered items a paragraph each (a learning summary's Box 4
"4.1 ...", "4.2 ...", "4.3 ..."): the Word route reads a line per paragraph, as the PDF prints
them (readers.docx_box_items). The whole family: tests/zoo/pending/apr_learning_summary_boxes."""

from __future__ import annotations

import io
from pathlib import Path

from docx import Document

from dhrparse.pipeline import extract

ZOO = Path(__file__).resolve().parent / "zoo" / "pending"
STEM = "apr_learning_summary_boxes"


def test_every_numbered_item_of_the_box_is_a_recommendation():
    doc = extract(ZOO / f"{STEM}.docx")
    assert [r.ref for r in doc.recommendations] == ["4.1", "4.2", "4.3"]
    assert doc.recommendations[1].text.startswith("The Local Authority should review")


def _box_docx(paragraphs: list[str], cols: int = 1) -> bytes:
    d = Document()
    d.add_paragraph("Recommendations")
    t = d.add_table(rows=1, cols=cols)
    cell = t.cell(0, 0)
    cell.paragraphs[0].text = paragraphs[0]
    for text in paragraphs[1:]:
        cell.add_paragraph(text)
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def _lines(data: bytes) -> list[str]:
    from dhrparse.pipeline import read_bytes

    return [ln.text for ln in read_bytes(data, "box.docx").lines if ln.text.strip()]


def test_a_box_of_prose_or_a_wider_row_stays_one_line():
    prose = _lines(_box_docx(["The review found two things.", "1. It was late.", "2. It was short."]))
    assert prose[-1].startswith("The review found two things. 1. It was late.")
    wide = _lines(_box_docx(["1. One thing to do.", "2. Another thing to do."], cols=2))
    assert len(wide) == 2  # (the heading, then the row as one line)
