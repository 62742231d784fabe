"""A two-column chronology table (Date | What happened) whose event cells hold several paragraphs
under one date, as the table's way of writing: each paragraph an entry under the row's date, on
the routes that show where a paragraph breaks (a Word cell's paragraphs; a PDF cell line stopping
short of its column; a joined or side-by-side text line the word wrap proves opened a paragraph,
where a side-by-side header of two columns is a table's). A lone cell of
two paragraphs tells one contact at more length and stays one entry; a cell of a bullet list or a
wrapped clause is no paragraphs."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document

from dhrparse.pipeline import extract
from dhrparse.readers.pdf_cell_breaks import Printed, cell_breaks

PENDING = Path(__file__).parent / "zoo" / "pending"
STEM = "dhr_chronology_cell_paragraphs_wrapped"
WANTED = [
    ("Circa 2012", "Ffion and Rhodri"),
    ("Spring 2017", "Ffion's mother noticed"),
    ("Spring 2017", "A friend from"),
    ("11 October 2019", "Ffion attended the"),
    ("11 October 2019", "No question about"),
    ("11 October 2019", "The discharge letter"),
    ("Early 2021", "Ffion lost her"),
    ("23 June 2021", "Wrayholme Police were"),
    ("23 June 2021", "The officers completed"),
    ("4 January 2022", "Ffion registered with"),
]


@pytest.mark.parametrize("ext", [".pdf", ".docx", ".corpus.txt", ".txt"])
def test_each_paragraph_of_a_date_cell_is_an_entry(ext):
    doc = extract(PENDING / f"{STEM}{ext}")
    got = [(e.date.raw, " ".join(e.text.split()[:3])) for e in doc.chronology]
    assert got == WANTED


def _word(path: Path, cells: list[tuple[str, list[str]]]) -> Path:
    doc = Document()
    doc.add_heading("Domestic Homicide Review: Ruth", 0)
    doc.add_heading("Chronology", 1)
    table = doc.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text, table.rows[0].cells[1].text = "Date", "What happened"
    for date, paragraphs in cells:
        date_cell, event = table.add_row().cells
        date_cell.text = date
        event.text = paragraphs[0]
        for text in paragraphs[1:]:
            event.add_paragraph(text)
    doc.save(path)
    return path


def test_a_lone_cell_of_two_paragraphs_is_one_entry(tmp_path):
    cells = [
        ("12 March 2018", ["Officers attended a disturbance and spoke to both parties."]),
        ("14 April 2018", ["She saw her GP about low mood.", "The GP wrote to the memory clinic."]),
        ("7 May 2018", ["She asked to move to another estate."]),
    ]
    doc = extract(_word(tmp_path / "a.docx", cells))
    assert len(doc.chronology) == 3


def test_a_table_written_in_paragraphs_gives_an_entry_each(tmp_path):
    cells = [
        ("12 March 2018", ["Officers attended a disturbance.", "No risk assessment was made."]),
        ("14 April 2018", ["She saw her GP about low mood.", "The GP wrote to the memory clinic."]),
        ("7 May 2018", ["She asked to move to another estate."]),
    ]
    doc = extract(_word(tmp_path / "b.docx", cells))
    assert [e.date.start for e in doc.chronology] == ["2018-03-12"] * 2 + ["2018-04-14"] * 2 + ["2018-05-07"]
    assert doc.chronology[3].text == "The GP wrote to the memory clinic."


def test_bullets_and_wrapped_clauses_are_no_paragraphs(tmp_path):
    cells = [
        ("12 March 2018", ["Officers attended and noted:", "• a broken door", "• a child present"]),
        ("14 April 2018", ["She saw her GP about low mood and", "anxiety at home."]),
        ("7 May 2018", ["She asked to move to another estate."]),
    ]
    doc = extract(_word(tmp_path / "c.docx", cells))
    assert len(doc.chronology) == 3


def test_a_pdf_line_is_a_paragraph_s_end_only_with_room_for_the_next_word():
    pieces = ["He was seen at home.\r\n", "She was not seen and the call\r\n", "ended. Nothing more.\r\n"]
    short, full = Printed(10.0, 200.0, 20.0, 7.0), Printed(10.0, 440.0, 20.0, 7.0)
    # the first line stopped 240 points short of the widest line: "She" would have fitted there
    assert cell_breaks(pieces, [short, full, full], 440.0) == (5,)
    # a line ending a sentence against the edge proves nothing: the next word did not fit
    assert cell_breaks(pieces, [full, full, full], 440.0) == ()
    # a line placed word by word is not measured: the cell is not cut
    assert cell_breaks(pieces, [short, None, full], 440.0) == ()


def test_reading_a_word_cell_s_breaks_counts_its_automatic_numbers_once():
    # (Word draws the numbers of an auto-numbered column as it reads each paragraph: a second
    # reading for the breaks had made them 1, 3, 5)
    doc = extract(PENDING / "plan_docx_auto_numbered_column.docx")
    assert [r.ref for r in doc.recommendations] == ["1", "2", "3"]
    assert [a.ref for a in doc.actions] == ["1", "2", "3"]
