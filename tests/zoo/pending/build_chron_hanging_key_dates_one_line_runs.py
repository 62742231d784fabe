"""A DHR overview's "Key dates" told as a hanging-indent list, not a table: each entry a bold date
("Autumn 2020", "Late June 2022", "3 February 2023"), a tab, and the event hung clear of it, one
paragraph an entry with the report's own paragraph spacing. Some entries wrap onto a second line,
and a run of four entries in the middle are one line each. The PDF has no rules, so the reader
finds the list's two columns from where the text starts; a one-line entry following another is
only told apart from the first one's next line by the paragraph's space above it. Built as authors
publish it (python-docx, Liberation Serif 11), exported to PDF by LibreOffice; the .txt is plain
pdftotext of that PDF, the .corpus.txt the bundled corpus's rendering. The gold is written by
hand below.

* chron_hanging_key_dates_one_line_runs: eight entries.

    python tests/zoo/pending/build_chron_hanging_key_dates_one_line_runs.py   # .docx, .pdf, .txt, .json
    /tmp/plumbvenv/bin/python -c "import sys; sys.path.insert(0, 'dev'); from corpus_style import render; \
      open('tests/zoo/pending/chron_hanging_key_dates_one_line_runs.corpus.txt', 'w').write(render(\
      __import__('pathlib').Path('tests/zoo/pending/chron_hanging_key_dates_one_line_runs.pdf')))"
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/zoo, for the chronology builders' frame
from chron_report import heading, new_doc, numbered, para, review, table_gold  # noqa: E402
from office_export import save_with_gold  # noqa: E402

STEM = "chron_hanging_key_dates_one_line_runs"

# (date as printed, the event, gold date)
ENTRIES = [
    (
        "Autumn 2020",
        "Tamsin met Mr V at a running club in Harrowfield; within a few weeks he was collecting her from "
        "work every evening.",
        "2020",
    ),
    (
        "March 2021",
        "Tamsin moved into Mr V's house on the edge of the town and gave up her own tenancy.",
        "2021-03",
    ),
    ("May 2021", "Her line manager noted that she had stopped coming to team lunches.", "2021-05"),
    ("Late June 2021", "Tamsin saw the practice nurse about a cut to her forearm.", "2021-06"),
    ("August 2021", "A neighbour rang the police about shouting; nobody answered the door.", "2021-08"),
    ("Winter 2021", "Tamsin's brother lent her money to pay off a card in Mr V's name.", "2021"),
    (
        "3 February 2022",
        "Tamsin told a helpline adviser that she wanted to leave but was afraid of what he would do if she "
        "took the dog; she agreed to ring back and did not.",
        "2022-02-03",
    ),
    ("11 April 2022", "Tamsin died at the house after an assault by Mr V.", "2022-04-11"),
]


def word_document():
    doc = new_doc(header="Harrowfield DHR – Tamsin – Overview report", font="Liberation Serif", size=11)
    doc.styles["Normal"].paragraph_format.space_after = Pt(3)  # (a tight house style: 3 pt after)
    heading(doc, "1. Introduction", 1)
    numbered(doc, "1.1", "This review considers the contact that local services had with Tamsin, who was 34.")
    numbered(doc, "1.2", "The panel met five times and heard from Tamsin's brother and her employer.")
    heading(doc, "2. Key dates", 1)
    para(doc, "The list below gives the main events; a fuller chronology was held by the panel.")
    for when, event, _ in ENTRIES:
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(3.6)
        p.paragraph_format.first_line_indent = Cm(-3.6)
        p.add_run(when).bold = True
        p.add_run("\t" + event)
    heading(doc, "3. Analysis", 1)
    numbered(doc, "3.1", "No service asked Tamsin directly whether she was safe at home.")
    return doc


def gold(lines: list[str]) -> dict:
    return table_gold(
        lines,
        STEM,
        events=[(event, when, iso) for when, event, iso in ENTRIES],
        family="chronology: key dates as a hanging-indent list, bold dates, runs of one-line entries",
        description=(
            "A DHR overview built in Word (python-docx, Liberation Serif 11), exported to PDF by LibreOffice and to "
            "text by plain pdftotext: a 'Key dates' list of hanging-indent paragraphs (bold date, tab, event), some "
            "wrapping, four one-line entries in a row; seasons, months, 'Late June 2021' and days."
        ),
        review=review("DHR", "Harrowfield", "Tamsin", 34, "2022-04-11"),
        notes=(
            "Written by hand from the document's meaning. One entry per paragraph of the list (8); a season's date is "
            "its year. The introduction, the list's opening sentence and the analysis are not entries."
        ),
    )


if __name__ == "__main__":
    save_with_gold(word_document(), HERE, STEM, gold)
