"""A DHR appendix's chronology table (Date | Agency | Event) in a report set with generous line
spacing (1.4 lines, space after each paragraph), as plain `pdftotext` (no -layout) prints it:
row by row and line by line across the row (the date's first line, the agency's, the event's,
then each cell's second line), the event cells holding two paragraphs. Built as authors publish
it (python-docx, a real Word table, Arial), exported to PDF by LibreOffice; the .txt is what
pdftotext makes of that PDF. The gold is written by hand below (each record's line looked up in
the .txt).

* chron_rows_interleaved_wrapped_dates: dates wrapped in the narrow date column print their rest
  after the row's first agency and event lines: a range ("11/05/2021 –" then "26/05/2021") and
  a month with a qualifier ("Early June" then "2021"); an event's sentence ends with a date whose
  year wrapped onto a line of its own ("... for 9 April" then "2021.").

* chron_rows_interleaved_dates_as_numbers: an SAR appendix of the same family under a one-line
  introduction, its first date a month and the later ones numeric ("08/06/2022"): the text's
  segmenter reads a numeric date alone on a line as a paragraph's hanging number and joins it to
  the agency's first line after it, so the table's rows cannot be told from its blocks, only
  from its lines.

    python tests/zoo/build_chron_rows_interleaved.py   # writes .docx, .pdf, .txt and .json here
"""

from __future__ import annotations

from chron_report import build, chronology_gold, chronology_table, heading, new_doc, para, report_gold, review
from docx.shared import Pt

STEM = "chron_rows_interleaved_wrapped_dates"
WIDTHS = [2.6, 3.2, 10.7]

# (date cell, agency, event (paragraphs split by a newline), gold date_raw, gold date)
ROWS = [
    (
        "14/01/2021",
        "Tarnwick Police",
        "A neighbour reports a woman crying in the stairwell of the flats late at night. Officers "
        "attend and find Nell sitting on the stairs.\nNell says she had locked herself out after a row "
        "with Simon about money. No DASH is completed and Simon is not spoken to.",
        "14/01/2021",
        "2021-01-14",
    ),
    (
        "02/03/2021",
        "Brindle Lane Surgery",
        "Simon sees a GP about poor sleep and says he has been 'snapping' at home since losing his "
        "job. The GP refers him to the talking therapies service.\nHe is then offered a first talking "
        "therapies appointment by letter for 9 April 2021.",
        "02/03/2021",
        "2021-03-02",
    ),
    (
        "11/05/2021 – 26/05/2021",
        "Haven Domestic Abuse Service",
        "An outreach worker tries to reach Nell four times by phone after the police referral.\nOn "
        "the fifth attempt Simon answers and the worker ends the call without saying who she is. "
        "The case is closed.",
        "11/05/2021 – 26/05/2021",
        "2021-05-11",
    ),
    (
        "Early June 2021",
        "Family",
        "Nell's brother notices that she no longer comes to family birthdays and that Simon answers "
        "her phone.\nHe does not know who he could tell and says nothing to anyone.",
        "Early June 2021",
        "2021-06",
    ),
    (
        "20/07/2021",
        "Tarnwick Police",
        "Nell calls 999 and says Simon has taken her car keys and phone. Officers attend; Simon has "
        "left the flat.\nThe DASH is graded medium and a referral is made to the outreach service.",
        "20/07/2021",
        "2021-07-20",
    ),
    (
        "03/09/2021",
        "Brindle Lane Surgery",
        "Nell attends alone with a bruised wrist and says she fell in the garden.\nThe practice nurse "
        "dresses the wrist. There is no record of any question about how the fall happened.",
        "03/09/2021",
        "2021-09-03",
    ),
    (
        "06/01/2022",
        "Tarnwick Police",
        "A neighbour calls police after hearing screaming. Officers force entry and find Nell with "
        "fatal injuries.\nSimon is arrested at the scene.",
        "06/01/2022",
        "2022-01-06",
    ),
]


STEM_NUMBERS = "chron_rows_interleaved_dates_as_numbers"
WIDTHS_NUMBERS = [2.8, 3.4, 10.3]

ROWS_NUMBERS = [
    (
        "Oct 2021",
        "Wexley Ambulance Service",
        "Crew attends after Harold falls in his hallway. The kitchen has no working heater and the "
        "fridge is empty.\nHarold declines to go to hospital. No referral is made.",
        "Oct 2021",
        "2021-10",
    ),
    (
        "23/11/2021",
        "Millbeck PCN",
        "Telephone consultation for a cough that will not clear. Harold says he 'manages with two "
        "jumpers'.\nA course of antibiotics is prescribed.",
        "23/11/2021",
        "2021-11-23",
    ),
    (
        "17/02/2022",
        "Wexley Council Adult Social Care",
        "Safeguarding concern from the practice about self-neglect. Screened by phone; Harold says "
        "his nephew will sort the heating.\nThe concern is closed with advice.",
        "17/02/2022",
        "2022-02-17",
    ),
    (
        "08/06/2022",
        "Wexley Fire and Rescue Service",
        "Home safety visit after a neighbour's call. The crew finds boxes stacked against the back "
        "door.\nSmoke alarms are fitted and a referral is made the same day.",
        "08/06/2022",
        "2022-06-08",
    ),
    (
        "Late July 2022",
        "Wexley Homes",
        "The neighbourhood officer reports a smell from the flat to environmental health.\nA letter "
        "is sent to Harold; he does not reply.",
        "Late July 2022",
        "2022-07",
    ),
    (
        "02/12/2022",
        "Wexley Ambulance Service",
        "Crew attends for breathing difficulty. The room is recorded as very cold.\nHarold agrees to "
        "go to hospital and is admitted with pneumonia.",
        "02/12/2022",
        "2022-12-02",
    ),
]


def _spacious(header: str, footer: str):
    """A report set with generous line spacing (1.4 lines, 8 pt after each paragraph)."""
    doc = new_doc(header=header, footer_label=footer, size=11)
    spacing = doc.styles["Normal"].paragraph_format
    spacing.line_spacing = 1.4
    spacing.space_after = Pt(8)
    return doc


def word_document():
    doc = _spacious("Tarnwick DHR 'Nell'", "Tarnwick Community Safety Partnership – Page")
    heading(doc, "Appendix A: Chronology", 1)
    para(doc, "The chronology below lists the contacts the panel found significant.")
    chronology_table(
        doc,
        ["Date", "Agency", "Event"],
        WIDTHS,
        ([date, agency, event] for date, agency, event, _, _ in ROWS),
        size=9,
    )
    para(doc, "")
    heading(doc, "Appendix B: Terms of reference", 1)
    para(doc, "The review looked at agencies' contact with Nell and Simon from January 2021.")
    return doc


def numbers_document():
    doc = _spacious(
        "Wexley Safeguarding Adults Board — SAR 'Harold'", "Wexley Safeguarding Adults Board – page"
    )
    heading(doc, "6. Conclusion", 1)
    para(
        doc,
        "Harold's self-neglect was seen by five agencies over fourteen months. Each contact was handled on "
        "its own, and no agency brought the others together to look at the risk as a whole.",
    )
    heading(doc, "Appendix A: Chronology", 1)
    para(doc, "Key contacts, from agency chronologies.")
    chronology_table(
        doc,
        ["Date", "Agency", "Event"],
        WIDTHS_NUMBERS,
        ([date, agency, event] for date, agency, event, _, _ in ROWS_NUMBERS),
        size=9,
    )
    para(doc, "")
    heading(doc, "Appendix B: Terms of reference", 1)
    para(doc, "The review looked at agencies' contact with Harold from October 2021.")
    return doc


def _chronology(lines: list[str], rows) -> list[dict]:
    events = [
        (event, raw, iso, False, {"date_end": "2021-05-26"} if raw.startswith("11/05/2021") else {})
        for _date, _agency, event, raw, iso in rows
    ]
    return chronology_gold(lines, events, 9)


def gold(lines: list[str]) -> dict:
    return report_gold(
        STEM,
        family="chronology: Date | Agency | Event table printed row by row, line by line across the row, "
        "by plain pdftotext",
        description="DHR appendix 'Chronology' built in Word (python-docx, Arial 11 with 1.4 line spacing "
        "and space after paragraphs; the table in 9 pt), exported to PDF by LibreOffice and to text by plain "
        "pdftotext: each row printed line by line across its cells (date, agency, event, then the cells' next "
        "lines), the event cells holding two paragraphs. A range date and a qualified month wrap in the narrow "
        "date column and print their rest after the row's first agency and event lines; one event's sentence "
        "ends with a date whose year wraps onto a line of its own.",
        review=review("DHR", "Tarnwick", "Nell"),
        chronology=_chronology(lines, ROWS),
        notes="Written by hand from the document's meaning. One entry per table row (7), in document order; "
        "the introduction is not an entry. The 9 April 2021 appointment is part of the 02/03/2021 event. "
        "'Early June 2021' is month precision; the range runs 11 to 26 May 2021.",
    )


def numbers_gold(lines: list[str]) -> dict:
    return report_gold(
        STEM_NUMBERS,
        family="chronology: Date | Agency | Event table printed row by row, line by line across the row, "
        "by plain pdftotext",
        description="SAR appendix 'Chronology' built in Word (python-docx, Arial 11 with 1.4 line spacing "
        "and space after paragraphs; the table in 9 pt), exported to PDF by LibreOffice and to text by plain "
        "pdftotext: a one-line introduction, the header's names each on a line of their own, then each row "
        "printed line by line across its cells with the event cells holding two paragraphs. The first date is "
        "a month; the later numeric dates stand alone on their lines, each followed by the agency's first line.",
        review=review("SAR", "Wexley", "Harold"),
        chronology=_chronology(lines, ROWS_NUMBERS),
        notes="Written by hand from the document's meaning. One entry per table row (6), in document order; "
        "the introduction is not an entry. 'Oct 2021' and 'Late July 2022' are month precision.",
    )


def main() -> None:
    build(STEM, word_document, gold)
    build(STEM_NUMBERS, numbers_document, numbers_gold)


if __name__ == "__main__":
    main()
