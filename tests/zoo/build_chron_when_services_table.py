"""A domestic homicide review's summary whose chronology is a three-column Word table headed
When | What happened | Services involved: the date column named by a question word, the agency
column by the services a row involved (often two, "Police; Housing", wrapped over two lines), the
dates a month, a season, a part of a year or a day. Built as authors publish it (python-docx,
Calibri 11, the table in 10 pt), exported to PDF by LibreOffice; the .txt is plain pdftotext of
that PDF, which prints such a table a cell at a time, row after row (the header's three names
first), the .corpus.txt pdfplumber's lines (each printed line's cells joined by spaces).

* chron_when_services_table: seven rows on one page, under a heading "What happened".

    python tests/zoo/build_chron_when_services_table.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py tests/zoo     # the .corpus.txt
"""

from __future__ import annotations

from chron_report import build, chronology_table, heading, new_doc, para, review, table_gold
from docx.shared import Pt

STEM = "chron_when_services_table"
WIDTHS = [3.0, 9.5, 3.5]

# (date cell, event, services, gold date_raw, gold date)
ROWS = [
    (
        "March 2019",
        "Alys told the practice nurse that her partner checked her phone every evening. She was "
        "given a leaflet about a local support line.",
        "GP practice",
        "March 2019",
        "2019-03",
    ),
    (
        "Late 2019",
        "A neighbour reported a man shouting in the stairwell. Officers found no one at the flat and "
        "closed the call.",
        "Police",
        "Late 2019",
        "2019",
    ),
    (
        "3 June 2020",
        "Alys came to the minor injuries unit with a cut to her hand and said she had dropped a glass.",
        "Hospital trust",
        "3 June 2020",
        "2020-06-03",
    ),
    (
        "Autumn 2020",
        "Alys asked the council for a transfer to another flat, giving noise as her reason. She was "
        "put on the waiting list.",
        "Housing; Tenancy support",
        "Autumn 2020",
        "2020",
    ),
    (
        "January 2021",
        "Her partner was arrested after he damaged the door of the flat. He was released on bail with "
        "a condition not to contact her.",
        "Police; Women's Aid",
        "January 2021",
        "2021-01",
    ),
    (
        "22 March 2021",
        "The bail condition was lifted at court. Nobody told Alys or her support worker.",
        "Courts service",
        "22 March 2021",
        "2021-03-22",
    ),
    (
        "8 April 2021",
        "Alys was found dead at the flat. Her partner was later convicted of her murder.",
        "Police",
        "8 April 2021",
        "2021-04-08",
    ),
]


def word_document():
    doc = new_doc(
        header="Tarrenmuir Community Safety Partnership",
        footer_label="Review of the death of Alys – summary – Page",
        font="Calibri",
        size=11,
    )
    para(doc, "Domestic homicide review: summary report", bold=True)
    heading(doc, "About this review", 1)
    para(
        doc,
        "Alys was 31 when she was killed by her partner in April 2021. The panel looked at what "
        "services knew in the two years before her death.",
    )
    heading(doc, "What happened", 1)
    chronology_table(
        doc,
        ["When", "What happened", "Services involved"],
        WIDTHS,
        ([date, event, services] for date, event, services, *_ in ROWS),
    )
    _spaced_cells(doc.tables[-1])
    para(doc, "")
    para(doc, "The panel's findings are set out in the next part of this summary.")
    return doc


def _spaced_cells(table) -> None:
    """The house style's space after every paragraph, the table's cells too."""
    for row in table.rows:
        for cell in row.cells:
            for paragraph in cell.paragraphs:
                paragraph.paragraph_format.space_after = Pt(6)


def gold(lines: list[str]) -> dict:
    return table_gold(
        lines,
        STEM,
        family="chronology: When | What happened | Services involved table, a cell at a time on plain text",
        description="Domestic homicide review summary built in Word (python-docx, Calibri 11; the table in "
        "10 pt), exported to PDF by LibreOffice. Three columns: the date (a month, a season, a part of a "
        "year or a day), the event and the services involved (two names in some rows).",
        review=review("DHR", "Tarrenmuir", "Alys"),
        events=[(event, raw, iso) for _d, event, _s, raw, iso in ROWS],
        notes="Written by hand from the document's meaning. One entry per table row (7), in document "
        "order. The introduction and the closing line are not entries.",
    )


def main() -> None:
    build(STEM, word_document, gold)


if __name__ == "__main__":
    main()
