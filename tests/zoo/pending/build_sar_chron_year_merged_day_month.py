"""A SAR overview's chronology as a Word table Year | Date | Agency | What happened, the Year cell
merged down over each year's rows so a year is printed once, beside the first of its rows (a PDF
export prints it once; plain pdftotext may print the merged cells after the table's rows); each row's
own date a day and short month with no year ("9 Feb"), one row "Same day" for a second contact on the
day of the row above. Numbered paragraphs before and after the table are not entries. Built as
authors publish it (python-docx, Verdana 10, the table in 9 pt), exported to PDF by LibreOffice; the
.txt is plain pdftotext of that PDF, the .corpus.txt the bundled corpus's rendering. The gold is
written by hand below.

* sar_chron_year_merged_day_month: seven rows over two years.

    python tests/zoo/pending/build_sar_chron_year_merged_day_month.py   # .docx, .pdf, .txt, .json
    /tmp/plumbvenv/bin/python dev/corpus_style.py tests/zoo/pending   # the .corpus.txt
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/zoo, for the chronology builders' frame
sys.path.insert(0, str(HERE.parent.parent))  # tests, for docx_build
from chron_report import chronology_gold, heading, new_doc, numbered, para, report_gold, review  # noqa: E402
from docx_build import add_row, make_table, merge_down  # noqa: E402
from office_export import save_with_gold  # noqa: E402

STEM = "sar_chron_year_merged_day_month"
WIDTHS = [1.6, 1.9, 3.4, 9.6]

# (year, date cell, agency, what happened, gold date_raw, gold date, relative)
ROWS = [
    (
        "2021",
        "14 Mar",
        "Brackenfold GP",
        "Edwin asked for help with his breathing; the GP noted he was smoking in bed.",
        "14 Mar",
        "2021-03-14",
        False,
    ),
    (
        "2021",
        "2 Jul",
        "Orrel Fire and Rescue",
        "A home fire safety visit was offered by letter. No reply came back.",
        "2 Jul",
        "2021-07-02",
        False,
    ),
    (
        "2021",
        "30 Nov",
        "Adult Social Care",
        "A carer found burn marks on the armchair and reported them to her manager.",
        "30 Nov",
        "2021-11-30",
        False,
    ),
    (
        "2022",
        "11 Jan",
        "Adult Social Care",
        "A social worker visited; Edwin declined a smoke alarm check and a new chair.",
        "11 Jan",
        "2022-01-11",
        False,
    ),
    (
        "2022",
        "Same day",
        "Orrel Fire and Rescue",
        "The social worker phoned the fire service, who booked a visit for the next week.",
        "Same day",
        "2022-01-11",
        True,
    ),
    (
        "2022",
        "19 Jan",
        "Orrel Fire and Rescue",
        "Crews fitted two alarms and left fire-retardant bedding with Edwin.",
        "19 Jan",
        "2022-01-19",
        False,
    ),
    (
        "2022",
        "6 Apr",
        "Orrel Fire and Rescue",
        "Crews were called to a fire at the flat at night. Edwin died at the scene.",
        "6 Apr",
        "2022-04-06",
        False,
    ),
]


def word_document():
    doc = new_doc(
        header="Orrel Safeguarding Adults Board – SAR Edwin – Overview Report", font="Verdana", size=10
    )
    heading(doc, "3. Chronology of key events", 1)
    numbered(
        doc,
        "3.1",
        "The table sets out the contacts agencies had with Edwin in the two years before the fire.",
    )
    table = make_table(doc, ["Year", "Date", "Agency", "What happened"], WIDTHS, size=9)
    for row in ROWS:
        add_row(table, list(row[:4]), WIDTHS, size=9)
    first = 1
    for year in dict.fromkeys(r[0] for r in ROWS):
        last = first + sum(1 for r in ROWS if r[0] == year) - 1
        merge_down(table, 0, first, last, size=9, bold=True)
        first = last + 1
    para(doc, "")
    heading(doc, "4. Analysis", 1)
    numbered(doc, "4.1", "Three agencies knew Edwin smoked in bed; none of them knew the others did.")
    return doc


def gold(lines: list[str]) -> dict:
    chronology = chronology_gold(lines, [(r[3], r[4], r[5], r[6]) for r in ROWS])
    return report_gold(
        STEM,
        chronology=chronology,
        family="chronology: Year | Date | Agency | What happened, the year merged down, 'd Mon' dates, 'Same day'",
        description=(
            "SAR overview's chronology built in Word (python-docx, Verdana 10, the table in 9 pt), exported to PDF by "
            "LibreOffice and to text by plain pdftotext. The Year column merged down over each year's rows; each "
            "row's date a day and short month; one row 'Same day' (the day of the row above)."
        ),
        review=review("SAR", "Orrel", "Edwin"),
        notes=(
            "Written by hand from the document's meaning. One entry per table row (7), in document order, each dated "
            "by its own day and month in the year its merged Year cell gives; 'Same day' the row above's day, relative. "
            "Numbered paragraphs 3.1 and 4.1 are not entries."
        ),
    )


if __name__ == "__main__":
    save_with_gold(word_document(), HERE, STEM, gold)
