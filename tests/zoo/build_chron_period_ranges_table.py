"""An adult practice review's key practice episodes as a two-column table headed "Period |
Episode", whose first cells are spans of months ("October 2020 – February 2021", "June – July
2021") as well as single months and days. The period column is the date's: a span gives the
entry's start and end. Built in Word (python-docx, Arial 10.5), exported to PDF by LibreOffice,
to text by plain pdftotext; the gold is written by hand below.

    python tests/zoo/build_chron_period_ranges_table.py   # writes .docx, .pdf, .txt and .json here
    /tmp/plumbvenv/bin/python dev/corpus_style.py tests/zoo # (the .corpus.txt)
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from office_export import save_with_gold  # noqa: E402

sys.path.insert(0, str(HERE))  # tests/zoo, for the chronology builders' frame
from chron_report import (  # noqa: E402
    chronology_gold,
    chronology_table,
    heading,
    new_doc,
    numbered,
    para,
    report_gold,
    review,
)

STEM = "chron_period_ranges_table"
WIDTHS = (4.2, 12.3)
# (period, episode, gold date, gold date_end or None)
ROWS = [
    (
        "October 2020 – February 2021",
        "Mrs K's husband was discharged from a stroke ward and she became his only carer; the district "
        "nurses visited weekly.",
        "2020-10",
        "2021-02",
    ),
    ("April 2021", "Mrs K told the district nurse she had not slept properly for a month.", "2021-04", None),
    (
        "June – July 2021",
        "Two calls from Mrs K to the council's contact centre asking for respite care; both were closed "
        "with a leaflet sent.",
        "2021-06",
        "2021-07",
    ),
    (
        "12 September 2021",
        "Mrs K was found collapsed at home and died in hospital the next day.",
        "2021-09-12",
        None,
    ),
]


def word_document():
    doc = new_doc(header="Larrowby Safeguarding Adults Board", footer_label="APR Mrs K – Page")
    heading(doc, "1. Introduction", 1)
    numbered(doc, "1.1", "Mrs K was 79 and cared alone for her husband after his stroke.")
    heading(doc, "2. Key practice episodes", 1)
    chronology_table(doc, ["Period", "Episode"], WIDTHS, ([period, episode] for period, episode, *_ in ROWS))
    heading(doc, "3. Learning", 1)
    para(doc, "A carer who asks twice for a break is telling services she cannot go on.")
    return doc


def gold(lines: list[str]) -> dict:
    events = [
        (episode, period, iso, False, {"date_end": end}) if end else (episode, period, iso, False)
        for period, episode, iso, end in ROWS
    ]
    return report_gold(
        STEM,
        family="chronology: a Period | Episode table whose first cells are spans of months",
        description="Adult practice review built in Word (python-docx, Arial 10.5): a 'Key practice episodes' "
        "table Period | Episode, two of its four period cells spans ('October 2020 – February 2021', 'June – "
        "July 2021'); exported to PDF by LibreOffice; text by plain pdftotext and by pdfplumber (corpus text).",
        review=review(None, "Larrowby", "Mrs K", age=79),
        chronology=chronology_gold(lines, events),
        notes="Written by helper s24b25chron; fictional. One entry per row (4); a span's start is the date, its "
        "end date_end.",
    )


def main() -> None:
    save_with_gold(word_document(), HERE, STEM, gold)


if __name__ == "__main__":
    main()
