"""A child review's executive summary (a Northern Irish Case Management Review's form) telling the
key events in a two-column Word table, When | What happened: each date in bold and printed short
with dots ("3.3.19", day and month unpadded, the year's last two figures), a span of days with the
month and year printed once ("10–14.6.19"), and a month alone ("Oct 2019"). Terms of reference as
lettered items before the table and a practice point after it are no entries. Built as authors
publish it (python-docx, Liberation Sans 10), exported to PDF by LibreOffice; the .txt is plain
pdftotext of that PDF, the .corpus.txt the bundled corpus's rendering. The gold is written by hand
below.

* chron_when_what_short_dotted_dates: six rows.

    python tests/zoo/pending/build_chron_when_what_short_dotted_dates.py   # .docx, .pdf, .txt, .json
    /tmp/plumbvenv/bin/python -c "import sys; sys.path.insert(0, 'dev'); from corpus_style import render; \
      open('tests/zoo/pending/chron_when_what_short_dotted_dates.corpus.txt', 'w').write(render(\
      __import__('pathlib').Path('tests/zoo/pending/chron_when_what_short_dotted_dates.pdf')))"
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/zoo, for the chronology builders' frame
from chron_report import heading, new_doc, para, table_gold  # noqa: E402
from docx_build import add_row, make_table  # noqa: E402
from office_export import save_with_gold  # noqa: E402

STEM = "chron_when_what_short_dotted_dates"
WIDTHS = [2.6, 13.4]

# (date cell, what happened, gold date_raw, gold date)
ROWS = [
    (
        "3.3.19",
        "The health visitor saw Niamh at home for her first-year review and noted a healed burn on her hand.",
        "3.3.19",
        "2019-03-03",
    ),
    (
        "21.4.19",
        "Police were called to a row between the parents in the street; no one was arrested.",
        "21.4.19",
        "2019-04-21",
    ),
    (
        "10–14.6.19",
        "Niamh stayed on the children's ward with a chest infection; her father visited once.",
        "10–14.6.19",
        "2019-06-10",
    ),
    ("2.8.19", "Social services closed the family's case after a single home visit.", "2.8.19", "2019-08-02"),
    (
        "Oct 2019",
        "The family moved to a flat in Carnmore and did not register with a new GP.",
        "Oct 2019",
        "2019-10",
    ),
    (
        "17.12.19",
        "Niamh was brought to hospital by ambulance with head injuries and died two days later.",
        "17.12.19",
        "2019-12-17",
    ),
]


def word_document():
    doc = new_doc(
        header="Carnmore Safeguarding Panel | CMR 05/21 | Executive Summary", font="Liberation Sans", size=10
    )
    heading(doc, "2. Terms of reference", 1)
    para(doc, "(a) to look at how agencies worked with the family in the year before Niamh died;")
    para(doc, "(b) to say what could be learned.")
    heading(doc, "3. Key events", 1)
    table = make_table(doc, ["When", "What happened"], WIDTHS, size=10)
    for date, event, _, _ in ROWS:
        add_row(table, [date, event], WIDTHS, size=10, bold_cols=(0,))
    para(doc, "")
    para(
        doc,
        "Practice point: a single visit is rarely enough to close a case where an infant has had an injury.",
        italic=True,
    )
    return doc


def gold(lines: list[str]) -> dict:
    return table_gold(
        lines,
        STEM,
        events=[(event, raw, iso) for _d, event, raw, iso in ROWS],
        family="chronology: When | What happened table, bold short dotted dates, a day span, a month",
        description=(
            "A child review's executive summary built in Word (python-docx, Liberation Sans 10), exported to PDF by "
            "LibreOffice and to text by plain pdftotext: key events in a When | What happened table, dates '3.3.19', "
            "a span '10–14.6.19', a month 'Oct 2019'."
        ),
        review={
            "review_id": "CMR 05/21",
            "review_type": "SCR",
            "area": None,
            "doc_kind": None,
            "author": None,
            "victims": [{"pseudonym": "Niamh", "age": None}],
            "date_of_death": None,
        },
        notes=(
            "Written by hand from the document's meaning. One entry per table row (6); the span's date is its first "
            "day. The terms of reference and the practice point are not entries."
        ),
    )


if __name__ == "__main__":
    save_with_gold(word_document(), HERE, STEM, gold)
