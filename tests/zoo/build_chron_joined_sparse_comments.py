"""A DHR appendix's combined chronology (Date | Source | Event | Analysis comment) whose last
column, the panel's analysis, is empty on most rows: the panel commented only where it had
something to say. Text extracted the way the bundled reports' text was (pdfplumber, corpus text)
prints each table line with its cells joined by single spaces, so a row with no comment prints
only its source and its event ("c. June 2016 Family Nessa and Teodor met through friends and"
over "moved in together."); its event's first line must not be cut after a word that leaves the
sentence open ("Nessa and") with the rest taken for a comment. Built in Word (python-docx, Arial
10.5), exported to PDF by LibreOffice, to text by plain pdftotext; the gold is written by hand.

* chron_joined_sparse_comments: nine rows, three with a comment.

    python tests/zoo/build_chron_joined_sparse_comments.py   # writes .docx, .pdf, .txt and .json here
    /tmp/plumbvenv/bin/python -c "import sys; sys.path.insert(0, 'dev'); from corpus_style import render; \\
      open('tests/zoo/chron_joined_sparse_comments.corpus.txt', 'w').write(render(\\
      __import__('pathlib').Path('tests/zoo/chron_joined_sparse_comments.pdf')))"   # the .corpus.txt
"""

from __future__ import annotations

from chron_report import build, chronology_table, heading, new_doc, para, review, table_gold
from docx.shared import Pt

STEM = "chron_joined_sparse_comments"
WIDTHS = [2.4, 2.6, 6.4, 5.0]

# (date, source, event, comment, gold date_raw, gold date)
ROWS = [
    (
        "c. June 2016",
        "Family",
        "Nessa and Teodor met through friends and moved in together.",
        "",
        "c. June 2016",
        "2016-06",
    ),
    (
        "03/10/2016",
        "GP",
        "Nessa registered with Fallowfield Surgery after moving to the town. New patient check recorded "
        "no concerns.",
        "",
        "03/10/2016",
        "2016-10-03",
    ),
    (
        "Spring 2017",
        "Family",
        "Nessa's sister noticed that Nessa had stopped going to her choir and was often checking her phone.",
        "The family saw the isolation before any agency did.",
        "Spring 2017",
        "2017-03",
    ),
    (
        "14/07/2017",
        "Ambulance",
        "Ambulance called by Teodor who said Nessa had slipped in the bath. She was taken to hospital "
        "with a cut to her head.",
        "",
        "14/07/2017",
        "2017-07-14",
    ),
    (
        "14/07/2017",
        "Hospital ED",
        "Wound glued. Teodor stayed with Nessa throughout and answered for her.",
        "Nessa was not seen alone; routine enquiry did not happen.",
        "14/07/2017",
        "2017-07-14",
    ),
    (
        "November 2017",
        "Employer",
        "Nessa's manager noted that she had taken nine days of sickness absence in two months.",
        "",
        "November 2017",
        "2017-11",
    ),
    (
        "22/01/2018",
        "Housing",
        "Tullowmere Homes received a complaint from a neighbour about shouting late at night.",
        "",
        "22/01/2018",
        "2018-01-22",
    ),
    (
        "05/03/2018",
        "Police",
        "Nessa called 999 to say that Teodor had pushed her down the stairs. Teodor was arrested and "
        "a DASH graded medium risk.",
        "The earlier hospital visit was not known to the officers.",
        "05/03/2018",
        "2018-03-05",
    ),
    (
        "06/03/2018",
        "Police",
        "Teodor released on bail with conditions not to contact Nessa.",
        "",
        "06/03/2018",
        "2018-03-06",
    ),
]


def word_document():
    doc = new_doc(header="Tullowmere DHR 'Nessa' – Appendix B")
    spacing = doc.styles["Normal"].paragraph_format
    spacing.space_after = Pt(4)
    para(doc, "Tullowmere Community Safety Partnership", bold=True)
    para(doc, "Domestic Homicide Review: Nessa", bold=True)
    heading(doc, "Appendix B: Combined chronology", 1)
    para(
        doc,
        "The table below combines the chronologies supplied by each agency, in date order. The panel's "
        "analysis is in the final column where it had a comment to make.",
    )
    chronology_table(
        doc,
        ["Date", "Source", "Event", "Analysis comment"],
        WIDTHS,
        ([date, source, event, comment] for date, source, event, comment, _, _ in ROWS),
    )
    para(doc, "")
    para(doc, "Source: agency chronologies submitted to the review panel.")
    return doc


def gold(lines: list[str]) -> dict:
    return table_gold(
        lines,
        STEM,
        family="chronology: Date | Source | Event | Analysis comment table, the comment empty on most rows",
        description="DHR appendix built in Word (python-docx, Arial; the table in 10 pt), exported to PDF by "
        "LibreOffice: a combined chronology whose analysis column is filled on three rows of nine.",
        review=review("DHR", "Tullowmere", "Nessa"),
        events=[(event, raw, iso) for _d, _s, event, _c, raw, iso in ROWS],
        notes="Written by hand from the document's meaning. One entry per table row (9), in document "
        "order; the introduction and the source note are not entries.",
    )


def main() -> None:
    build(STEM, word_document, gold)


if __name__ == "__main__":
    main()
