"""A chronology kept as a real Word table is read from its table, whatever heads it: a header
row naming only a chronology's columns (Date | Agency | Event) and dated rows make it one. A
plan's table, whose header names actions and target dates, is not a chronology."""

from __future__ import annotations

from docx import Document

from dhrparse.pipeline import extract

ROWS = [
    ("12/03/2018", "Fenmoor Police", "Officers attended a disturbance and spoke to both parties."),
    ("14/04/2018", "Fenmoor GP Practice", "She saw her GP about low mood."),
    ("w/c 7 May 2018", "Fenmoor Housing", "She asked to move to another estate."),
]


def _word(path, heading, header, rows):
    doc = Document()
    doc.add_heading("Domestic Homicide Review: Ruth", 0)
    doc.add_heading(heading, 1)
    doc.add_paragraph("The table sets out what each agency recorded.")
    table = doc.add_table(rows=1, cols=len(header))
    for cell, name in zip(table.rows[0].cells, header):
        cell.text = name
    for row in rows:
        for cell, text in zip(table.add_row().cells, row):
            cell.text = text
    doc.save(path)
    return path


def test_a_chronology_table_under_a_bare_appendix_heading_is_read(tmp_path):
    doc = extract(_word(tmp_path / "a.docx", "Appendix 2", ["Date", "Agency", "Event"], ROWS))
    assert [e.date.start for e in doc.chronology] == ["2018-03-12", "2018-04-14", "2018-05-07"]
    assert doc.chronology[1].agencies[0] == "Fenmoor GP Practice"
    assert all(e.location.section == "Appendix 2" for e in doc.chronology)


def test_a_plan_table_with_dates_is_not_a_chronology(tmp_path):
    header = ["Recommendation", "Action", "Lead", "Date", "Status"]
    rows = [("1", "Train staff on coercive control.", "Police", "03/2024", "Complete")] * 3
    doc = extract(_word(tmp_path / "p.docx", "Appendix 2", header, rows))
    assert doc.chronology == []
