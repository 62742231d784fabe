"""A DHR executive summary whose "Summary of events" is told in paragraphs each opening with a bold
weekday and ordinal date ending in a full stop ("Wednesday 3rd March 2020."), one with a time in
brackets after it, one a range of days ("Friday 21st to Sunday 23rd August 2020."), one a weekday,
a day and a month whose year is the paragraph before's. No table, no paragraph numbers: the bold
date is the only mark of an entry. Built in Word (python-docx, Liberation Mono 10), exported to PDF by
LibreOffice, to text by plain pdftotext; the gold is written by hand.

    python tests/zoo/pending/build_dhr_weekday_ordinal_bold_date_paragraphs.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py tests/zoo/pending   # or render() for this stem
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx.shared import Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/zoo, for the chronology builders' frame
from chron_report import find_line, heading, new_doc, para, review, table_gold  # noqa: E402
from office_export import save_with_gold  # noqa: E402

STEM = "dhr_weekday_ordinal_bold_date_paragraphs"
FONT = "Liberation Mono"  # fixed pitch

# (bold date as printed, the paragraph's words after it, gold date_raw, date, date_end)
EVENTS = [
    (
        "Wednesday 3rd March 2020.",
        "Ms Farrow told her practice nurse that she was sleeping badly and that her partner checked "
        "her phone each evening. The nurse noted the comment but did not ask any further questions.",
        "Wednesday 3rd March 2020",
        "2020-03-03",
        None,
    ),
    (
        "Monday 27th April 2020 (around 22:15).",
        "A neighbour called the police after hearing shouting and a door slam. Officers spoke to "
        "both adults separately; Ms Farrow said nothing had happened and no risk assessment was "
        "completed.",
        "Monday 27th April 2020",
        "2020-04-27",
        None,
    ),
    (
        "Friday 21st to Sunday 23rd August 2020.",
        "Ms Farrow stayed with her sister in Alderholt over the weekend. Her sister later told the "
        "review that Ms Farrow had bruising to her wrist which she explained as a fall.",
        "Friday 21st to Sunday 23rd August 2020",
        "2020-08-21",
        "2020-08-23",
    ),
    (
        "Thursday 1st October 2020.",
        "The housing officer visited about rent arrears. Mr Denholm answered the door and said Ms "
        "Farrow was at work; the visit was closed with a letter.",
        "Thursday 1st October 2020",
        "2020-10-01",
        None,
    ),
    (
        "Tuesday 2nd February 2021.",
        "Ms Farrow was found injured at her home by a friend, who called an ambulance. She died in "
        "hospital later that day.",
        "Tuesday 2nd February 2021",
        "2021-02-02",
        None,
    ),
]


ENQUIRY = [
    ("(a)", "What did each agency know of Mr Denholm's control of Ms Farrow's phone and money?"),
    ("(b)", "Were the police and housing contacts shared with anyone else?"),
    ("(c)", "Did Ms Farrow's sister know where to go for advice?"),
]

RECOMMENDATIONS = [
    (
        "1)",
        "The practice should make sure that a disclosure of being checked on by a partner is "
        "followed by a routine question about safety at home.",
    ),
    (
        "2)",
        "Alderholt Police should complete a risk assessment at every domestic call, whether or "
        "not either adult says that an offence took place.",
    ),
]


def dated_paragraph(doc, date: str, words: str) -> None:
    """One entry: its bold date, then its words in the same paragraph."""
    p = doc.add_paragraph()
    p.add_run(date).bold = True
    p.add_run(" " + words)


def word_document():
    doc = new_doc(header="Alderholt Community Safety Partnership | Executive Summary")
    normal = doc.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(10)
    normal.paragraph_format.space_after = Pt(6)
    para(doc, "Domestic Homicide Review into the death of Ms Farrow", bold=True)
    heading(doc, "Lines of enquiry", 1)
    for mark, words in ENQUIRY:
        para(doc, f"{mark} {words}")
    heading(doc, "Summary of events", 1)
    para(
        doc,
        "The panel drew the following account from the agencies' reports. It gives the contacts "
        "the panel thought most important; the full chronology is held by the partnership.",
    )
    for date, words, *_gold in EVENTS:
        dated_paragraph(doc, date, words)
    heading(doc, "Conclusions", 1)
    para(doc, "No agency knew the whole picture of Ms Farrow's life in the year before her death.")
    heading(doc, "Recommendations", 1)
    for mark, words in RECOMMENDATIONS:
        para(doc, f"{mark} {words}")
    return doc


def gold(lines: list[str]) -> dict:
    events = [(words, raw, iso) for _date, words, raw, iso, _end in EVENTS]
    out = table_gold(
        lines,
        STEM,
        events=events,
        family="chronology: paragraphs opening with a bold weekday and ordinal date",
        description="DHR executive summary built in Word (python-docx, Liberation Mono 10), exported to "
        "PDF by LibreOffice: a summary of events in paragraphs each opening with a bold weekday "
        "and ordinal date ending in a full stop, one with a time in brackets, one a range of days.",
        review=review("DHR", "Alderholt", "Ms Farrow"),
        notes="Written by hand from the document's meaning. One entry per bold-dated paragraph (5), in "
        "document order; the introduction and conclusions are not entries. The range 'Friday 21st "
        "to Sunday 23rd August 2020' runs from the 21st to the 23rd (date_end); the time in "
        "brackets is neither date nor text. The lines of enquiry (a)-(c) are not recommendations; "
        "the two numbered recommendations name no agency they are addressed to.",
    )
    for entry, (*_e, end) in zip(out["chronology"], EVENTS, strict=True):
        entry["date_end"] = end
    out["recommendations"] = [recommendation_gold(lines, mark, words) for mark, words in RECOMMENDATIONS]
    out["review"]["doc_kind"] = "executive_summary"
    return out


def recommendation_gold(lines: list[str], mark: str, words: str) -> dict:
    """An overview recommendation "1)": its number the ref, no agency named as its addressee."""
    start = " ".join(words.split()[:8])
    return {
        "ref": mark.rstrip(")"),
        "level": "overview",
        "agency": None,
        "title": None,
        "text_start": start,
        "aliases": [],
        "outcome": None,
        "scope": "local",
        "line": find_line(lines, start),
    }


if __name__ == "__main__":
    save_with_gold(word_document(), HERE, STEM, gold)
