"""A domestic abuse related death review's key contacts as a table Date | Time | Agency | Event |
Significance, its narrow Time column holding a clock time or "Not known" (wrapped "Not" over
"known" in the narrow column). Text extracted the way the bundled reports' text was (pdfplumber,
corpus text) prints each table line with its cells joined by single spaces ("April 2022 Not
Brindlecombe Domestic Abuse ..." over "known Service ..."): "Not known" is the time cell's, no part
of the agency's name or the event. Built in Word (python-docx, Calibri 10), exported to PDF by
LibreOffice, to text by plain pdftotext; the gold is written by hand below.

    python tests/zoo/pending/build_chron_joined_time_not_known.py   # writes .docx, .pdf, .txt and .json here
    /tmp/plumbvenv/bin/python dev/corpus_style.py tests/zoo/pending   # (the .corpus.txt)

Pending: the plain pdftotext export prints the table column after column and its event run is
not cut (text route 0.44); the corpus text, PDF and Word routes read every row.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
from docx_build import add_row, heading, make_table, new_doc, numbered, para  # noqa: E402
from office_export import save_with_gold  # noqa: E402

sys.path.insert(0, str(HERE.parent))  # tests/zoo, for the chronology builders' frame
from chron_report import chronology_gold, report_gold, review  # noqa: E402

STEM = "chron_joined_time_not_known"
WIDTHS = (2.4, 1.4, 3.2, 5.6, 4.4)
# (date, time, agency, event, significance, gold date)
ROWS = [
    (
        "11/01/2022",
        "22:40",
        "Brindlecombe Police",
        "Petra rang 999 saying Marek had thrown a mug at her. He had gone before officers arrived.",
        "First call to police. Not recorded as domestic abuse.",
        "2022-01-11",
    ),
    (
        "02/02/2022",
        "09:10",
        "Orchard Street Surgery",
        "Petra saw her GP about headaches and poor sleep and was given advice on sleep.",
        "No routine enquiry about abuse.",
        "2022-02-02",
    ),
    (
        "March 2022",
        "Not known",
        "Brindlecombe Domestic Abuse Service",
        "A referral from the police arrived. Two calls to Petra were not answered and the referral was closed.",
        "Closed after two attempts; no letter sent.",
        "2022-03",
    ),
    (
        "17/05/2022",
        "15:30",
        "Brindlecombe Council Housing",
        "Petra asked about moving after leaving the shared flat with her daughter.",
        "Offered a room far from her family.",
        "2022-05-17",
    ),
    (
        "Early July 2022",
        "Not known",
        "Jobcentre Plus",
        "Petra told her work coach she had missed meetings because Marek waited outside her work.",
        "Easement for domestic abuse not offered.",
        "2022-07",
    ),
    (
        "28/09/2022",
        "01:15",
        "Brindlecombe Police",
        "Marek came to the new address in breach of his bail and was arrested.",
        "Released the next day; Petra not told.",
        "2022-09-28",
    ),
    (
        "14/12/2022",
        "Not known",
        "Brindlecombe Police",
        "Petra was found dead at home by her daughter.",
        "–",
        "2022-12-14",
    ),
]


def word_document():
    doc = new_doc(
        header="Brindlecombe Community Safety Partnership",
        footer_label="DARDR Petra – Page",
        font="Calibri",
        size=10,
    )
    heading(doc, "1. Introduction", 1)
    numbered(
        doc, "1.1", "Petra was 41 when she died. Her former partner, Marek, had been abusive for many years."
    )
    heading(doc, "2. Key contacts", 1)
    para(doc, "The table below sets out the contacts the panel judged most significant.")
    table = make_table(doc, ["Date", "Time", "Agency", "Event", "Significance"], WIDTHS, size=10)
    for date, time, agency, event, significance, _ in ROWS:
        add_row(table, [date, time, agency, event, significance], WIDTHS, size=10)
    heading(doc, "3. Findings", 1)
    para(doc, "Each agency saw Petra's distress as a matter for someone else.")
    return doc


def gold(lines: list[str]) -> dict:
    return report_gold(
        STEM,
        family="chronology: a joined-cells table whose Time column says 'Not known', wrapped in its narrow column",
        description=(
            "Domestic abuse related death review built in Word (python-docx, Calibri 10): a 'Key "
            "contacts' table Date | Time | Agency | Event | Significance, the narrow Time column a clock time or "
            "'Not known' (printed over two lines); exported to PDF by LibreOffice; text by plain pdftotext and by "
            "pdfplumber (corpus text, each table line's cells joined by single spaces)."
        ),
        review=review("DHR", "Brindlecombe", "Petra", age=41, date_of_death="2022-12-14"),
        chronology=chronology_gold(lines, [(event, date, iso, False) for date, _, _, event, _, iso in ROWS]),
        notes=(
            "Written by helper s19chron; fictional. One event per table row (7); 'Not known' is the Time "
            "cell's, no agency's name; the Significance cell is the panel's comment, not the event."
        ),
    )


def main() -> None:
    save_with_gold(word_document(), HERE, STEM, gold)


if __name__ == "__main__":
    main()
