"""A DHR's combined chronology appendix as a six-column Word table, Date | Time | Agency | Source |
Event | Comment: four columns after the date's (the time aside), the record each entry was taken
from in a column of its own ("Incident log 1187", "Case note") and the panel's comment beside the
event, often empty. Agencies keep their own date forms (a weekday before the date, ISO dates,
"00/07/2020" for a day not known, "c. 2017", a span over two lines of the narrow date column, a
season), and a row may have no time. Built as authors publish it (python-docx, Calibri 11, the
table in 9 pt), exported to PDF by LibreOffice; the .txt is plain pdftotext of that PDF, the
.corpus.txt the bundled corpus's rendering (pdfplumber lines, each line's cells joined by spaces,
so a line shares its words among five cells). The gold is written by hand below.

* chron_source_comment_columns: fourteen rows over two pages.

    python tests/zoo/pending/build_chron_source_comment_columns.py   # writes .docx, .pdf, .txt and .json here
    /tmp/plumbvenv/bin/python -c "import sys; sys.path.insert(0, 'dev'); from corpus_style import render; \
      open('tests/zoo/pending/chron_source_comment_columns.corpus.txt', 'w').write(render(\
      __import__('pathlib').Path('tests/zoo/pending/chron_source_comment_columns.pdf')))"   # the .corpus.txt
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/zoo, for the chronology builders' frame
from chron_report import chronology_table, heading, new_doc, para, review, table_gold  # noqa: E402
from office_export import save_with_gold  # noqa: E402

STEM = "chron_source_comment_columns"
WIDTHS = [2.2, 1.2, 2.4, 2.2, 5.9, 2.8]

# (date cell, time cell, agency, source, event, comment, gold date_raw, gold date)
ROWS = [
    (
        "c. 2017",
        "",
        "Family",
        "Family interview",
        "Ruth met Callum at a darts league and he moved into her house in Orrin Street the same autumn.",
        "Told to the panel by Ruth's brother.",
        "c. 2017",
        "2017",
    ),
    (
        "Thu 12/03/2020",
        "10:15",
        "GP",
        "Practice record",
        "Ruth asked for help with sleeping and said that money worries kept her awake.",
        "No question about home life.",
        "Thu 12/03/2020",
        "2020-03-12",
    ),
    (
        "2020-05-02",
        "21:40",
        "Police",
        "Incident log 1187",
        "A passer-by heard shouting from the house. Officers spoke to Callum at the door; Ruth was not seen.",
        "Officers should have seen Ruth alone.",
        "2020-05-02",
        "2020-05-02",
    ),
    (
        "2020-05-03",
        "09:05",
        "Police",
        "Follow-up call",
        "An officer rang Ruth, who said it had been a row over the television and she needed nothing.",
        "",
        "2020-05-03",
        "2020-05-03",
    ),
    (
        "00/07/2020",
        "",
        "Hollinbrook Homes",
        "Repairs log",
        "A repairs visit replaced the lock on the back door, which the tenant said had been kicked in by "
        "a visitor.",
        "Day not recorded on the repairs system.",
        "00/07/2020",
        "2020-07",
    ),
    (
        "Between 3 and 9 August 2020",
        "",
        "Family",
        "Family interview",
        "Ruth stayed with her brother for a week and told him that Callum checked her phone every night.",
        "",
        "Between 3 and 9 August 2020",
        "2020-08-03",
    ),
    (
        "Mon 14 Sep 20",
        "14:30",
        "Adult Social Care",
        "Contact record",
        "The day centre reported that Ruth had a bruised eye and had missed two sessions.",
        "Closed after one phone call.",
        "Mon 14 Sep 20",
        "2020-09-14",
    ),
    (
        "21.10.2020",
        "23:55",
        "Ambulance Service",
        "Patient report form",
        "Crew attended after Callum said Ruth had fallen in the bath. She had a cut to her scalp and "
        "was taken to hospital.",
        "Explanation accepted.",
        "21.10.2020",
        "2020-10-21",
    ),
    (
        "22.10.2020",
        "01:20",
        "Orrinford General Hospital",
        "ED notes",
        "The wound was glued. Ruth left before the nurse could speak to her on her own.",
        "A missed chance to ask about abuse.",
        "22.10.2020",
        "2020-10-22",
    ),
    (
        "Autumn 2020",
        "",
        "Hollinbrook Homes",
        "Tenancy file",
        "Neighbours complained twice about noise at night. A warning letter went to the tenant.",
        "Nobody asked what the noise was.",
        "Autumn 2020",
        "2020-09",
    ),
    (
        "Tue 05/01/21",
        "11:00",
        "GP",
        "Practice record",
        "Ruth came in with Callum and asked for a fit note for her back. He answered most of the questions.",
        "",
        "Tue 05/01/21",
        "2021-01-05",
    ),
    (
        "2021-02-19",
        "19:10",
        "Police",
        "Crime report",
        "Ruth called 999 from the corner shop and said Callum had held her against the wall by her "
        "throat. He was arrested and later released on bail.",
        "DASH graded high; MARAC referral made.",
        "2021-02-19",
        "2021-02-19",
    ),
    (
        "04/03/2021",
        "",
        "MARAC",
        "Minutes",
        "The case was heard. Actions set for housing to move Ruth and for the police to flag the address.",
        "Housing did not attend.",
        "04/03/2021",
        "2021-03-04",
    ),
    (
        "Sat 27th March 2021",
        "02:45",
        "Police / Ambulance Service",
        "Incident log 0321",
        "Callum rang to say Ruth was not breathing. Paramedics confirmed her death at the house.",
        "",
        "Sat 27th March 2021",
        "2021-03-27",
    ),
]


def word_document():
    doc = new_doc(
        header="Hollinbrook Community Safety Partnership",
        footer_label="DHR Ruth – Appendix B – Page",
        font="Calibri",
        size=11,
    )
    para(doc, "Domestic Homicide Review into the death of Ruth in March 2021", bold=True)
    heading(doc, "Appendix B: combined chronology", 1)
    para(
        doc,
        "Each agency's entries and the family's account are set out in date order. Dates are given as "
        "each agency recorded them; the panel's remarks are in the last column.",
    )
    chronology_table(
        doc,
        ["Date", "Time", "Agency", "Source", "Event", "Comment"],
        WIDTHS,
        (
            [date, time, agency, source, event, comment]
            for date, time, agency, source, event, comment, *_ in ROWS
        ),
        size=9,
    )
    para(doc, "")
    para(doc, "The panel's analysis of these contacts is in section 5 of the overview report.")
    return doc


def gold(lines: list[str]) -> dict:
    return table_gold(
        lines,
        STEM,
        family="chronology: Date | Time | Agency | Source | Event | Comment combined table, four columns "
        "after the date's, agencies' own date forms",
        description="Domestic homicide review appendix built in Word (python-docx, Calibri 11; the table in "
        "9 pt), exported to PDF by LibreOffice. Six columns: a narrow time column (empty on some rows), the "
        "agency, the record the entry came from, the event and the panel's comment (empty on some rows). Dates "
        "with a weekday before them, ISO dates, a day printed as 00, 'c. 2017', a season and a span.",
        review=review("DHR", "Hollinbrook", "Ruth"),
        events=[(event, raw, iso) for _d, _t, _a, _s, event, _c, raw, iso in ROWS],
        notes="Written by hand from the document's meaning. One entry per table row (14), in document "
        "order. The introduction and the closing line are not entries.",
    )


def main() -> None:
    save_with_gold(word_document(), HERE, STEM, gold)


if __name__ == "__main__":
    main()
