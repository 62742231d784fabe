"""A DHR appendix's integrated chronology headed "Date | Source agency | Information |
Comment/analysis": the agency's column is named by two words whose first alone names another
column ("Source"), and the panel marks a row it has nothing to say of with a dash ("—") in the
comment column. Text extracted the way the bundled reports' text was (pdfplumber, corpus text)
prints each table line with its cells joined by single spaces, so the header must be read as four
columns (not a source's and an agency's), and the dash, which opens no sentence, is the whole of
its row's comment (not the event's last word, with the event's words taken for a comment). Built
in Word (python-docx, Arial 10), exported to PDF by LibreOffice, to text by plain pdftotext; the
gold is written by hand.

* chron_source_agency_dash_comment: seven rows, the last with a dash for its comment.

    python tests/zoo/build_chron_source_agency_dash_comment.py   # writes .docx, .pdf, .txt and .json here
    /tmp/plumbvenv/bin/python -c "import sys; sys.path.insert(0, 'dev'); from corpus_style import render; \\
      open('tests/zoo/chron_source_agency_dash_comment.corpus.txt', 'w').write(render(\\
      __import__('pathlib').Path('tests/zoo/chron_source_agency_dash_comment.pdf')))"   # the .corpus.txt
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx.shared import Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from chron_report import build, chronology_gold, report_gold, review  # noqa: E402
from docx_build import add_row, heading, make_table, new_doc, para  # noqa: E402

STEM = "chron_source_agency_dash_comment"
WIDTHS = [2.3, 3.2, 5.9, 4.8]

# (date, source agency, information, comment, gold date_raw, gold date)
ROWS = [
    (
        "08/03/2019",
        "Quillbrook Health Centre",
        "Ottilie saw the practice nurse about a burn on her forearm, which she said came from the oven door.",
        "The nurse did not ask how the burn happened at home.",
        "08/03/2019",
        "2019-03-08",
    ),
    (
        "21/06/2019",
        "Quillbrook Police",
        "A passer-by reported a man dragging a woman along the towpath. Officers found Ottilie and Royce at home.",
        "Both were spoken to together.",
        "21/06/2019",
        "2019-06-21",
    ),
    (
        "September 2019",
        "Quillbrook Housing Trust",
        "Royce asked for Ottilie's name to be taken off the tenancy. The officer explained that she must agree.",
        "The request was not seen as a warning sign.",
        "September 2019",
        "2019-09",
    ),
    (
        "14/01/2020",
        "Quillbrook Police",
        "Ottilie rang 999 to say that Royce had locked her in the bathroom. Royce was arrested.",
        "The risk was graded medium.",
        "14/01/2020",
        "2020-01-14",
    ),
    (
        "16/01/2020",
        "Quillbrook Adult Social Care",
        "A referral from the police was screened and closed after a call to Royce, who said all was well.",
        "Ottilie was not spoken to.",
        "16/01/2020",
        "2020-01-16",
    ),
    (
        "Spring 2020",
        "Family",
        "Ottilie's brother noticed that she no longer answered her own phone.",
        "The family did not know whom to tell.",
        "Spring 2020",
        "2020-03",
    ),
    (
        "02/08/2020",
        "Quillbrook Police",
        "Royce rang 999 to say that he had hurt Ottilie. She was pronounced dead at the scene.",
        "—",
        "02/08/2020",
        "2020-08-02",
    ),
]


def word_document():
    doc = new_doc(header="Quillbrook Safer Communities – DHR 'Ottilie' – Appendix C")
    spacing = doc.styles["Normal"].paragraph_format
    spacing.space_after = Pt(4)
    para(doc, "Quillbrook Community Safety Partnership", bold=True)
    heading(doc, "Appendix C – Integrated chronology with panel analysis", 1)
    para(
        doc,
        "The chronology runs from March 2019. The right-hand column records the panel's analysis; a dash "
        "marks a row the panel did not comment on.",
    )
    table = make_table(doc, ["Date", "Source agency", "Information", "Comment/analysis"], WIDTHS, size=10)
    for date, source, event, comment, _, _ in ROWS:
        add_row(table, [date, source, event, comment], WIDTHS, size=10)
    para(doc, "")
    para(doc, "Source: agency chronologies submitted to the review panel.")
    return doc


def _chronology(lines: list[str]) -> list[dict]:
    return chronology_gold(lines, [(event, raw, iso, False) for _d, _s, event, _c, raw, iso in ROWS])


def gold(lines: list[str]) -> dict:
    return report_gold(
        STEM,
        family="chronology: Date | Source agency | Information | Comment/analysis table, a dash for no comment",
        description=(
            "DHR appendix 'Integrated chronology with panel analysis' built in Word (python-docx, "
            "Arial; the table in 10 pt), exported to PDF by LibreOffice and to text by plain pdftotext. The agency's "
            "column is headed 'Source agency' (its first word alone names a source's column) and the last row's "
            "comment is a dash."
        ),
        review=review("DHR", "Quillbrook", "Ottilie"),
        chronology=_chronology(lines),
        notes=(
            "Written by hand from the document's meaning. One entry per table row (7), in document order; "
            "the introduction and the note under the table are not entries."
        ),
    )


if __name__ == "__main__":
    build(STEM, word_document, gold)
