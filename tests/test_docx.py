"""DOCX reader: heading styles, list bullets, tables with merged cells in body order."""
from __future__ import annotations

import io
import zipfile

import pytest
from docx import Document

from dhrparse.prepare.cleaning import clean
from dhrparse.patterns import load_patterns
from dhrparse.readers import ReadError, read_bytes
from dhrparse.prepare.segment import segment


def _docx() -> bytes:
    d = Document()
    d.add_heading("1. INTRODUCTION", level=1)
    p = d.add_paragraph("The review was commissioned in 2019")
    p.add_run("3").font.superscript = True
    p.add_run(" by the partnership.")
    d.add_heading("Terms of reference", level=2)
    d.add_paragraph("First point to consider", style="List Bullet")
    d.add_paragraph("A nested point", style="List Bullet 2")
    d.add_paragraph().add_run("Recommendation 2").bold = True
    mixed = d.add_paragraph()
    mixed.add_run("Lead-in: ").bold = True
    mixed.add_run("the rest of the sentence.")
    table = d.add_table(rows=5, cols=4)
    for k, text in enumerate(["Ref", "Action", "Lead", "Target date"]):
        table.rows[0].cells[k].text = text
    for k, text in enumerate(["1.1", "Deliver training\nto all staff", "Police", "May 2020"]):
        table.rows[1].cells[k].text = text
    table.rows[2].cells[0].text = "Update"
    table.rows[2].cells[1].merge(table.rows[2].cells[3]).text = "Training delivered"
    table.rows[3].cells[0].text = "1.2"
    table.rows[4].cells[0].text = "1.3"
    table.rows[3].cells[2].merge(table.rows[4].cells[2]).text = "Health"   # one lead for two rows
    d.add_paragraph("Text after the table.")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


@pytest.fixture(scope="module")
def doc():
    return read_bytes(_docx(), "plan.docx")


def test_headings_bullets_and_table_rows_in_body_order(doc):
    got = [(ln.text, ln.hint) for ln in doc.lines if ln.text]
    assert got[0] == ("1. INTRODUCTION", "heading:1")
    assert ("Terms of reference", "heading:2") in got
    assert ("• First point to consider", "bullet") in got
    assert ("• A nested point", "bullet:1") in got
    assert ("Recommendation 2", "bold") in got                 # bold throughout: a subheading
    assert ("Lead-in: the rest of the sentence.", None) in got  # a bold lead-in is not
    assert got[-1] == ("Text after the table.", None)
    assert doc.format == "docx" and doc.pages is None
    assert [ln.number for ln in doc.lines] == list(range(1, len(doc.lines) + 1))


def test_superscript_footnote_number_is_removed_by_cleaning(doc):
    cleaned = clean(read_bytes(_docx(), "plan.docx"), load_patterns())
    text = next(ln.text for ln in cleaned.lines if ln.text.startswith("The review"))
    assert text == "The review was commissioned in 2019 by the partnership."


def test_table_cells_with_merges(doc):
    rows = [ln.cells for ln in doc.lines if ln.cells]
    assert rows[0] == ["Ref", "Action", "Lead", "Target date"]
    assert rows[1] == ["1.1", "Deliver training to all staff", "Police", "May 2020"]   # newline -> space
    assert rows[2] == ["Update", "Training delivered", "", ""]      # horizontal merge: text once
    assert rows[3] == ["1.2", "", "Health", ""]
    assert rows[4] == ["1.3", "", "", ""]                            # vertical merge: text in the top row


def test_segmentation_makes_headings_and_a_docx_table():
    doc = read_bytes(_docx(), "plan.docx")
    patterns = load_patterns()
    segment(clean(doc, patterns), patterns)
    headings = [s.heading for s in doc.sections() if s.level]
    assert "1. INTRODUCTION" in headings and "Terms of reference" in headings
    tables = [b for b in doc.blocks if b.kind == "table"]
    assert len(tables) == 1 and tables[0].table.origin == "docx" and len(tables[0].table.rows) == 5
    bullets = [b for b in doc.blocks if b.kind == "bullet"]
    assert [(b.text, b.level) for b in bullets] == [("First point to consider", 0), ("A nested point", 1)]


@pytest.mark.parametrize("data", [b"PK\x03\x04 not really a zip", b"\xd0\xcf\x11\xe0" + b"\0" * 600])
def test_broken_or_old_word_files_give_read_error(data):
    with pytest.raises(ReadError):
        read_bytes(data, "plan.docx")


def test_zip_without_word_document_is_refused():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("word/other.xml", "<x/>")
        zf.writestr("[Content_Types].xml", "<x/>")
    with pytest.raises(ReadError, match="not a Word document"):
        read_bytes(buf.getvalue(), "plan.docx")


def test_word_auto_numbered_paragraphs_keep_their_drawn_numbers(tmp_path):
    """Word draws "1.", "2." in front of List Number paragraphs; the text does not hold them,
    yet recommendations are cited by them."""
    import docx as python_docx
    import dhrparse
    d = python_docx.Document()
    d.add_heading("Recommendations", 1)
    d.add_paragraph("The panel makes the following recommendations:")
    for text in ("The Community Safety Partnership should review the MARAC.",
                 "The police should audit standard risk assessments."):
        d.add_paragraph(text, style="List Number")
    d.add_paragraph("A bulleted aside.", style="List Bullet")
    path = tmp_path / "numbered.docx"
    d.save(path)
    lines = [ln.text for ln in dhrparse.readers.read_path(path).lines if ln.text]
    assert lines[2:] == ["1. The Community Safety Partnership should review the MARAC.",
                         "2. The police should audit standard risk assessments.", "• A bulleted aside."]
    doc = dhrparse.extract(path)
    assert [(r.ref, r.agency) for r in doc.recommendations] == [
        ("1", "The Community Safety Partnership"), ("2", "The police")]


def _typed_plan_docx() -> bytes:
    """A Word file made from a text export (LibreOffice opening a .txt): every printed
    line is a plain paragraph, plan rows keep their tabs, cells keep their HTML, and
    typed lists nest by leading spaces. Lines from the 002 sample's plan."""
    d = Document()
    for text in [
        "Recommendation 2: Strengthening domestic abuse pathways in health",
        "REF\tAction (SMART)\tLead Officer\tTarget date for completion\tDesired outcome of the action",
        "2.1\tReport shared with the Health and Well Being Board\tDirector of Nursing – Quality & Safeguarding"
        "\tDecember 2022\tRobust evidence",
        "\t\t\t\tand an annual report",
        "<p>Update: Complete.</p> <p>IRIS is embedded as part of Primary Care.</p>",
        "",
        "\tAn indented paragraph is text, not a row.",
        "Agency recommendations",
        "- Training",
        " - To deliver Domestic Abuse refresher training to all Case Management staff.",
    ]:
        d.add_paragraph(text)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_paragraphs_typed_as_tab_rows_are_table_rows():
    doc = read_bytes(_typed_plan_docx(), "typed.docx")
    by_text = {ln.text.split("\t")[0]: ln for ln in doc.lines}
    assert by_text["2.1"].cells[2] == "Director of Nursing – Quality & Safeguarding"
    continuation = next(ln for ln in doc.lines if "annual report" in ln.text)
    assert continuation.cells == ["", "", "", "", "and an annual report"]
    texts = [ln.text for ln in doc.lines]       # HTML paragraphs read as in a text file
    assert "Update: Complete." in texts and "IRIS is embedded as part of Primary Care." in texts
    indented = next(ln for ln in doc.lines if "indented" in ln.text)
    assert indented.cells is None and indented.text == "An indented paragraph is text, not a row."
    nested = next(ln for ln in doc.lines if "refresher" in ln.text)
    assert nested.text.startswith(" - ")        # the typed indent that nests the item is kept


def test_typed_plan_rows_give_the_same_action_as_the_text_route():
    from dhrparse import extract
    action = extract(_typed_plan_docx(), name="typed.docx").actions[0]
    assert (action.ref, action.lead, action.target_date.start) == (
        "2.1", "Director of Nursing – Quality & Safeguarding", "2022-12")
    assert action.status.value == "complete"


def test_word_auto_numbers_come_back_as_printed():
    """Word draws "2.", "a)", "(ii)" from the numbering definitions; the paragraph text has
    none of them, yet recommendations are cited by them."""
    import io
    import sys
    from pathlib import Path

    import docx

    sys.path.insert(0, str(Path(__file__).resolve().parent / "zoo"))
    from render import Numbering, _number_paragraph
    from dhrparse.readers import read_bytes

    document = docx.Document()
    numbering = Numbering(document)
    for printed in ("1. The Board should publish a guide.", "2. The Board should seek assurance that:",
                    "a) concerns are triaged;", "b) concerns are not closed unseen.",
                    "(i) record capacity;", "(ii) tell the GP.", "3. The Trust should audit records."):
        m = numbering.paragraph_number(printed) or numbering.item_marker(printed, after_roman=printed[1] == "i")
        body = printed.split(" ", 1)[1]
        p = document.add_paragraph(body, style="List Paragraph")
        _number_paragraph(p, *m)
    buf = io.BytesIO()
    document.save(buf)
    lines = [ln.text for ln in read_bytes(buf.getvalue(), "numbered.docx").lines if ln.text.strip()]
    assert lines == ["1. The Board should publish a guide.", "2. The Board should seek assurance that:",
                     "a) concerns are triaged;", "b) concerns are not closed unseen.",
                     "(i) record capacity;", "(ii) tell the GP.", "3. The Trust should audit records."]


def test_lists_numbered_through_their_style_keep_their_numbers():
    """"List Number" paragraphs carry no numbering of their own: the style does, and the
    numbers Word prints come back; "List Bullet" paragraphs come back as bullets."""
    import io

    import docx

    from dhrparse.readers import read_bytes

    document = docx.Document()
    document.add_paragraph("Recommendations", style="Heading 1")
    for text in ("The Board should publish a guide.", "The Trust should audit records."):
        document.add_paragraph(text, style="List Number")
    document.add_paragraph("Review the referral pathway.", style="List Bullet")
    buf = io.BytesIO()
    document.save(buf)
    lines = [(ln.hint, ln.text) for ln in read_bytes(buf.getvalue(), "styled.docx").lines]
    assert lines == [("heading:1", "Recommendations"), (None, "1. The Board should publish a guide."),
                     (None, "2. The Trust should audit records."), ("bullet", "• Review the referral pathway.")]
