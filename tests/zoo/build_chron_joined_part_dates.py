"""A DHR appendix's combined chronology (Date | Agency | Contact/Event | Comment) whose date column
is narrow and whose agencies could often give only a part of a month ("Late December 2018",
"Early April 2019", "Mid-June 2019"): the date wraps over two or three lines ("Late" over
"December" over "2018"). Text extracted the way the bundled reports' text was (pdfplumber, corpus
text) prints each table line with its cells joined by single spaces, so such a row's first line
opens with "Late" followed by the agency's and the event's words. Built in Word (python-docx,
Arial 10.5), exported to PDF by LibreOffice, to text by plain pdftotext; the gold is written by
hand below.

* chron_joined_part_dates: eight rows, three of them dated by a part of a month.

    python tests/zoo/build_chron_joined_part_dates.py   # writes .docx, .pdf, .txt and .json here
    /tmp/plumbvenv/bin/python -c "import sys; sys.path.insert(0, 'dev'); from corpus_style import render; \\
      open('tests/zoo/chron_joined_part_dates.corpus.txt', 'w').write(render(\\
      __import__('pathlib').Path('tests/zoo/chron_joined_part_dates.pdf')))"   # the .corpus.txt
"""

from __future__ import annotations

from chron_report import build, chronology_table, heading, new_doc, para, review, table_gold
from docx.shared import Pt

STEM = "chron_joined_part_dates"
WIDTHS = [2.25, 3.2, 6.9, 3.9]

# (date, agency, event, comment, gold date_raw, gold date)
ROWS = [
    (
        "2015",
        "Quennelby Medical Practice",
        "Dervla registers with the practice with her son Casper after moving from the city.",
        "Background only.",
        "2015",
        "2015",
    ),
    (
        "11.06.2018",
        "Tullowmere Police",
        "Dervla calls to say that Casper has pushed her against the kitchen door. Officers attend; "
        "Casper has gone out. DASH graded standard.",
        "Dervla did not want a prosecution.",
        "11.06.2018",
        "2018-06-11",
    ),
    (
        "Late December 2018",
        "Tullowmere Council Adult Social Care",
        "Dervla's brother calls, worried that Casper is taking her pension. The call is logged as a "
        "contact and closed with advice.",
        "Financial abuse was not recognised.",
        "Late December 2018",
        "2018-12",
    ),
    (
        "14.01.2019",
        "Quennelby Medical Practice",
        "Dervla attends with bruising to her arm, which she says came from a fall in the garden.",
        "No routine enquiry made.",
        "14.01.2019",
        "2019-01-14",
    ),
    (
        "Early April 2019",
        "Brackenhithe Domestic Abuse Service",
        "An outreach worker tries three times to reach Dervla by telephone and then closes the case.",
        "No other way of contact was tried.",
        "Early April 2019",
        "2019-04",
    ),
    (
        "Mid-June 2019",
        "Tullowmere Homes",
        "Housing officer notes a broken bedroom door during a gas safety visit.",
        "Not linked to the June 2018 incident.",
        "Mid-June 2019",
        "2019-06",
    ),
    (
        "03.09.2019",
        "Tullowmere Police",
        "Casper is arrested for criminal damage at the flat and released under investigation.",
        "No referral to the IDVA service.",
        "03.09.2019",
        "2019-09-03",
    ),
    (
        "27.10.2019",
        "Tullowmere Police",
        "A neighbour calls police after hearing a disturbance. Officers force entry and find Dervla "
        "dead. Casper is arrested at the scene.",
        "",
        "27.10.2019",
        "2019-10-27",
    ),
]


def word_document():
    doc = new_doc(header="Tullowmere Community Safety Partnership – DHR 'Dervla'")
    spacing = doc.styles["Normal"].paragraph_format
    spacing.space_after = Pt(4)
    para(doc, "Domestic Homicide Review: Dervla", bold=True)
    heading(doc, "Appendix B – Combined Chronology of Agency Contact", 1)
    para(
        doc,
        "Dervla was 61 when she was killed by her son on 27 October 2019. The table combines the "
        "chronologies each agency supplied; where an agency could give only part of a month, the date "
        "is shown as it recorded it. The panel's comments are in the last column.",
    )
    chronology_table(
        doc,
        ["Date", "Agency", "Contact/Event", "Comment"],
        WIDTHS,
        ([date, agency, event, comment] for date, agency, event, comment, _, _ in ROWS),
    )
    para(doc, "")
    para(doc, "Source: agency chronologies submitted to the review panel, February 2020.")
    return doc


def gold(lines: list[str]) -> dict:
    return table_gold(
        lines,
        STEM,
        family="chronology: Date | Agency | Contact/Event | Comment table, dates by part of a month "
        "wrapped down a narrow date column",
        description="DHR appendix built in Word (python-docx, Arial; the table in 10 pt), exported to PDF by "
        "LibreOffice: a combined chronology whose narrow date column wraps 'Late December 2018', 'Early "
        "April 2019' and 'Mid-June 2019' over two or three lines.",
        review=review("DHR", "Tullowmere", "Dervla", 61, "2019-10-27"),
        events=[(event, raw, iso) for _d, _a, event, _c, raw, iso in ROWS],
        notes="Written by hand from the document's meaning. One entry per table row (8), in document "
        "order; the introduction and the source note are not entries.",
    )


def main() -> None:
    build(STEM, word_document, gold)


if __name__ == "__main__":
    main()
