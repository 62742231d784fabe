"""Chronologies Word keeps as cells with no header of chronology words: paragraphs of a date, a
tab and the event (two cells a row, no header at all), and a table headed "Period | Episode"
whose first cells are spans of months. Each is read one entry a row, the first cell the date;
a headerless two-cell table whose first cells are not all dates stays unread."""

from __future__ import annotations

from docx import Document

from dhrparse.pipeline import extract

EVENTS = [
    ("05.03.2020", "Released on licence to an approved premises."),
    ("21.07.2020", "Moved to a flat; the probation officer heard of it three weeks later."),
    ("02.12.2020", "Arrested after an assault on a neighbour."),
]


def _tab_paragraphs(path, rows):
    doc = Document()
    doc.add_heading("Serious Further Offence Review", 0)
    doc.add_heading("Chronology", 1)
    doc.add_paragraph("Dates are given as day.month.year.")
    for first, rest in rows:
        p = doc.add_paragraph()
        p.add_run(first).bold = True
        p.add_run("\t" + rest)
    doc.add_heading("Findings", 1)
    doc.add_paragraph("Moves were not shared between agencies.")
    doc.save(path)
    return path


def test_date_and_tab_paragraphs_are_read_by_their_opening_dates(tmp_path):
    doc = extract(_tab_paragraphs(tmp_path / "a.docx", EVENTS))
    assert [e.date.start for e in doc.chronology] == ["2020-03-05", "2020-07-21", "2020-12-02"]
    assert doc.chronology[1].text.startswith("Moved to a flat")


def test_tab_paragraphs_not_all_opening_with_dates_stay_unread(tmp_path):
    rows = [*EVENTS[:2], ("Comment", "The panel saw no record of the move.")]
    doc = extract(_tab_paragraphs(tmp_path / "b.docx", rows))
    assert doc.chronology == []


def test_a_period_column_is_the_date_and_its_spans_give_start_and_end(tmp_path):
    doc = Document()
    doc.add_heading("Adult Practice Review", 0)
    doc.add_heading("Key practice episodes", 1)
    table = doc.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text, table.rows[0].cells[1].text = "Period", "Episode"
    for period, episode in [
        ("January – March 2021", "Weekly district nurse visits."),
        ("May 2021", "Two calls asking for respite care."),
    ]:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = period, episode
    doc.save(tmp_path / "c.docx")
    got = extract(tmp_path / "c.docx").chronology
    assert [(e.date.start, e.date.end) for e in got] == [("2021-01", "2021-03"), ("2021-05", "2021-05")]
