"""A probation-led serious further offence review whose chronology is a run of paragraphs, each
opening with a bold day.month.year date ("03.11.2021") and a tab, then the event in prose; some
events go on to mention later days in relative words ("five days later", "the following week"),
which are part of the event, not its date. A Word document keeps each date-and-tab paragraph as
a two-cell row with no header; the PDF and its text print them as paragraphs. Built in Word
(python-docx, Times New Roman 11), exported to PDF by LibreOffice, to text by plain pdftotext;
the gold is written by hand below.

    python tests/zoo/build_chron_dotted_tab_paragraphs.py   # writes .docx, .pdf, .txt and .json here
    /tmp/plumbvenv/bin/python dev/corpus_style.py tests/zoo   # (the .corpus.txt)
"""

from __future__ import annotations

from chron_report import build, chronology_gold, heading, new_doc, para, report_gold, review
from docx.shared import Cm

STEM = "chron_dotted_tab_paragraphs"
# (date, event, gold date)
EVENTS = [
    (
        "03.11.2021",
        "Mr D released from HMP Ellerwick on licence and placed in a probation hostel in Quennford.",
        "2021-11-03",
    ),
    (
        "19.11.2021",
        "Induction appointment with his probation officer. A curfew was added to his licence; he "
        "complied with it for the next two months.",
        "2021-11-19",
    ),
    (
        "07.04.2022",
        "Hostel staff found a knife in his room and told the police. An officer called at the hostel "
        "five days later but Mr D was out, and no record of the visit reached probation.",
        "2022-04-07",
    ),
    (
        "23.08.2022",
        "Moved to a shared flat rented from a private landlord. Probation learned of the move the "
        "following week from the hostel manager.",
        "2022-08-23",
    ),
    ("15.02.2023", "Mr D assaulted a neighbour, Mr Tallis, who died of his injuries.", "2023-02-15"),
]


def word_document():
    doc = new_doc(
        font="Times New Roman",
        size=11,
        header="Quennford Community Safety Partnership",
        footer_label="SFO review – Page",
    )
    para(doc, "Quennford Probation Delivery Unit", bold=True)
    para(doc, "Serious Further Offence Review: Mr D", bold=True)
    heading(doc, "1. Background", 1)
    para(doc, "Mr D was on licence for a wounding offence when he killed a neighbour in his block of flats.")
    heading(doc, "2. Chronology", 1)
    para(doc, "Dates are given as day.month.year.")
    for date, event, _ in EVENTS:
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(2.5)
        p.paragraph_format.first_line_indent = Cm(-2.5)
        p.add_run(date).bold = True
        p.add_run("\t" + event)
    heading(doc, "3. Findings", 1)
    para(doc, "Information about weapons held by people on licence did not reach the officer managing them.")
    return doc


def gold(lines: list[str]) -> dict:
    return report_gold(
        STEM,
        family="chronology: paragraphs opening with a bold dd.mm.yyyy date and a tab, relative words later on",
        description="Serious further offence review built in Word (python-docx, Times New Roman 11): five "
        "chronology paragraphs, each a bold '03.11.2021' date, a tab and the event (a hanging indent), two "
        "of them mentioning later days in relative words ('five days later', 'the following week'); exported "
        "to PDF by LibreOffice; text by plain pdftotext and by pdfplumber (corpus text).",
        review=review(None, "Quennford", "Mr Tallis"),
        chronology=chronology_gold(lines, [(event, date, iso, False) for date, event, iso in EVENTS]),
        notes="Written by helper s24b25chron; fictional. One entry per dated paragraph (5), dated by its "
        "opening date; the relative words inside an event are no date of its own.",
    )


def main() -> None:
    build(STEM, word_document, gold)


if __name__ == "__main__":
    main()
