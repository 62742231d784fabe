"""A DHR overview report's chronology chapter with one Date | Agency | Event table, as plain
`pdftotext` (no -layout) prints it: column after column. Built as authors publish it
(python-docx, a real Word table in Arial), exported to PDF by LibreOffice; the .txt is what
pdftotext makes of that PDF. The gold is written by hand below (each record's line looked up in
the .txt).

* chron_colprint_row_heights: the page prints each row's date and agency as runs of their own
  (a blank line between rows), then every event as one run of wrapped lines with nothing between
  the rows. Several events hold two or three sentences, a sentence ending at a line's end before
  a long word that would not have fitted, so the word wrap alone does not say where each event
  opens; two rows one line tall keep their dates (and agencies) in one run, while the taller
  rows print their dates apart: where such a row's agency takes one line, its event takes two or
  more, and that settles the cut. The last row breaks over the page, its event's rest printed
  under the repeated header.

    python tests/zoo/build_chron_colprint_row_heights.py   # writes .docx, .pdf, .txt and .json here
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from chron_report import build, chronology_gold, report_gold, review  # noqa: E402
from docx_build import add_row, heading, make_table, new_doc, numbered, para  # noqa: E402

STEM = "chron_colprint_row_heights"
RUNNING_HEAD = "Saltcote CSP – Domestic Homicide Review 'Bronwen' – OFFICIAL"
WIDTHS = [2.6, 4.0, 10.0]

# (date cell, agency, event, gold date)
ROWS = [
    (
        "06/02/2017",
        "Wenmoor Road Surgery (GP)",
        "Bronwen asked for help with headaches and tiredness; Grady came into the room with her. "
        "Painkillers were advised and a blood test was arranged for the following fortnight.",
        "2017-02-06",
    ),
    (
        "21/05/2017",
        "Saltcote Police",
        "A passer-by reported a man shouting at a woman in a parked car outside the station. "
        "Officers located the car; both occupants said they had been arguing about money.",
        "2017-05-21",
    ),
    (
        "09/10/2017",
        "Saltcote Homes",
        "Tenancy sign-up for a two-bedroom flat in both names. Grady did most of the talking.",
        "2017-10-09",
    ),
    (
        "14/03/2018",
        "Tarrowdene Hospital",
        "Bronwen attended with a cut above her eye that she said was caused by a kitchen cupboard. "
        "The wound was glued. Routine enquiry about abuse was not recorded.",
        "2018-03-14",
    ),
    (
        "02/07/2018",
        "Wenmoor Surgery",
        "Bronwen did not attend a booked review of her headaches. A second appointment was sent by letter.",
        "2018-07-02",
    ),
    (
        "03/07/2018",
        "Saltcote Police",
        "Bronwen's mother rang to ask for a welfare check. Officers spoke with Bronwen on the "
        "doorstep while Grady stood behind her; she said she was well and no record was made of "
        "who else was present.",
        "2018-07-03",
    ),
    (
        "17/12/2018",
        "Ottersby Academy",
        "Bronwen's daughter told a teaching assistant that her mum had been crying at home. "
        "Safeguarding lead informed; a note was made on the child's file.",
        "2018-12-17",
    ),
    (
        "28/04/2019",
        "Saltcote Council Adult Social Care",
        "A neighbour's concern about shouting was passed on from the council's contact centre. "
        "Screened as not meeting the threshold for an enquiry.",
        "2019-04-28",
    ),
    (
        "11/09/2019",
        "Saltcote Homes",
        "Complaint from the flat below about banging late at night.",
        "2019-09-11",
    ),
    (
        "20/01/2020",
        "Saltcote Police",
        "Bronwen rang 999 and said Grady had taken her car keys and would not let her leave; by the "
        "time officers arrived she said the matter was settled. A DASH risk assessment was started "
        "but not completed.",
        "2020-01-20",
    ),
    (
        "05/02/2020",
        "Saltcote Domestic Abuse Service",
        "Referral from police received. Three calls to Bronwen's phone went unanswered and a letter "
        "was sent to the shared address.",
        "2020-02-05",
    ),
    (
        "23/02/2020",
        "Saltcote Police",
        "Police and paramedics attended after a call from the neighbour below. Bronwen was found with "
        "serious injuries and died in hospital the next day; Grady was arrested at the flat and later "
        "charged with her murder.",
        "2020-02-23",
    ),
]

BACKGROUND = [
    "Bronwen (aged 34) lived with Grady, her partner of six years, and her daughter in a rented flat "
    "in Saltcote. Her mother and two friends spoke to the chair; Grady declined to take part.",
    "Bronwen had worked in a care home until 2019, when she gave up her job. Her friends said that by "
    "then she rarely went out without Grady and that he held the money for the household.",
    "Bronwen's mother described her as funny, generous and determined, the person everyone in the "
    "family turned to in a crisis. The panel wishes to thank her for her help with this review.",
    "Agencies were asked to search their records from January 2017 to the date of Bronwen's death. "
    "Most contact was brief, and no agency knew of all the others' contact with the family.",
    "The panel met five times and read each agency's report of its contact before agreeing the "
    "analysis. The chronology below sets out the contacts the panel thought most significant.",
]


def word_document():
    doc = new_doc(header=RUNNING_HEAD, footer_label="DHR Overview Report", font="Arial", size=11)
    para(doc, "Saltcote Community Safety Partnership", bold=True)
    para(doc, "Domestic Homicide Review – Overview Report – 'Bronwen'", bold=True, size=14)
    heading(doc, "6. Background", level=1)
    for k, text in enumerate(BACKGROUND, 1):
        numbered(doc, f"6.{k}", text)
    heading(doc, "7. Chronology", level=1)
    numbered(doc, "7.1", "The table below sets out the significant contacts in date order.")
    table = make_table(doc, ["Date", "Agency", "Event"], WIDTHS, size=10)
    for date, agency, event, _ in ROWS:
        add_row(table, [date, agency, event], WIDTHS, size=10)
    heading(doc, "8. Analysis", level=1)
    numbered(
        doc,
        "8.1",
        "Bronwen was seen by five agencies in three years. Each saw one incident, and none of them "
        "saw the pattern of control that her mother and friends describe.",
    )
    return doc


def gold(lines: list[str]) -> dict:
    chronology = chronology_gold(lines, [(event, date, iso, False) for date, _agency, event, iso in ROWS], 10)
    return report_gold(
        STEM,
        family=(
            "chronology: one Date | Agency | Event table printed column after column by plain pdftotext, "
            "its event column one run of wrapped lines"
        ),
        description=(
            "DHR overview report chapter 'Chronology' built in Word (python-docx, Arial), exported to "
            "PDF by LibreOffice and to text by plain pdftotext: one Date | Agency | Event table; the page prints "
            "each row's date and agency as runs of their own, then every event as one run with no line between "
            "the rows; events of two or three sentences, some ending at a line's end before a word too long to "
            "fit; a one-line event whose row keeps its date in one run with the next row's; some agencies' names "
            "wrapped over two lines; the last row breaks over the page."
        ),
        review=review("DHR", "Saltcote", "Bronwen"),
        chronology=chronology,
        notes=(
            "Written by hand from the document's meaning. One entry per table row (12), in document order; "
            "the entry's text is the Event cell, not the agency. 7.1 (the introduction) and 8.1 are not entries."
        ),
    )


if __name__ == "__main__":
    build(STEM, word_document, gold)
