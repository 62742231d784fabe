"""A practice review's chronology table (Date | Agency | What happened | Significance) whose last
column holds the panel's short notes, one line on most rows, a word over on one or two: text
extracted the way the bundled reports' text was (pdfplumber, corpus text) prints each table line
with its cells joined by single spaces, so the notes column's width is told by almost nothing (its
cells seldom wrap). Taken as wide as the rest of the line allows, it swallows a row's event
("Wenmarsh Missed two-year check Not followed up" read as one note) and says a note's lone
wrapped word ("up") would have fitted on the line above. The columns side by side are no wider
than the page (joined_cells: the room bound). Built in Word (python-docx, Arial), exported to PDF
by LibreOffice, to text by plain pdftotext; the gold is written by hand. Pending: the corpus text
reads 1.00, the plain pdftotext text (column after column) 0.92 (tests/zoo/pending/README.md).

* chron_joined_short_notes: seven rows, each with a short note; agency names over two lines.

    python tests/zoo/pending/build_chron_joined_short_notes.py   # writes .docx, .pdf, .txt and .json here
    /tmp/plumbvenv/bin/python -c "import sys; sys.path.insert(0, 'dev'); from corpus_style import render; \\
      open('tests/zoo/pending/chron_joined_short_notes.corpus.txt', 'w').write(render(\\
      __import__('pathlib').Path('tests/zoo/pending/chron_joined_short_notes.pdf')))"   # the .corpus.txt
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx.shared import Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
from office_export import save_with_gold  # noqa: E402

sys.path.insert(0, str(HERE.parent))  # tests/zoo, for the chronology builders' frame
from chron_report import chronology_table, heading, new_doc, para, review, table_gold  # noqa: E402

STEM = "chron_joined_short_notes"
WIDTHS = [2.6, 3.4, 6.2, 4.2]

# (date, agency, what happened, significance, gold date_raw, gold date)
ROWS = [
    (
        "Autumn 2020",
        "Wenmarsh Midwifery",
        "Booking at 14 weeks; mother said she felt well supported",
        "Father not asked about",
        "Autumn 2020",
        "2020-09",
    ),
    (
        "02/03/2021",
        "Kelvingate Health Visiting",
        "New birth visit; mother tearful and tired",
        "Mood score not repeated later",
        "02/03/2021",
        "2021-03-02",
    ),
    (
        "19/04/2021",
        "GP",
        "Baby seen for a rash; cream prescribed",
        "Routine contact",
        "19/04/2021",
        "2021-04-19",
    ),
    (
        "08/06/2021 (approx.)",
        "Wenmarsh Police",
        "Caller reported raised voices from the flat",
        "No record of the baby",
        "08/06/2021 (approx.)",
        "2021-06-08",
    ),
    (
        "Late August 2021",
        "Children's Social Care",
        "Referral from nursery closed after one phone call",
        "Threshold not tested",
        "Late August 2021",
        "2021-08",
    ),
    (
        "14/10/2021 (approx.)",
        "Wenmarsh Health Visiting",
        "Missed two-year check",
        "Not followed up",
        "14/10/2021 (approx.)",
        "2021-10-14",
    ),
    (
        "30/11/2021",
        "Corbury General Hospital",
        "Child T admitted with a broken collarbone",
        "Led to this review",
        "30/11/2021",
        "2021-11-30",
    ),
]


def word_document():
    doc = new_doc(header="Wenmarsh Safeguarding Children Partnership")
    spacing = doc.styles["Normal"].paragraph_format
    spacing.space_after = Pt(4)
    para(doc, "Child Safeguarding Practice Review: Child T", bold=True)
    heading(doc, "2. Chronology of key contacts", 1)
    para(
        doc,
        "The table sets out the contacts the panel judged most significant, with a short note on "
        "each. Some dates are approximate where records were incomplete.",
    )
    chronology_table(
        doc,
        ["Date", "Agency", "What happened", "Significance"],
        WIDTHS,
        ([date, agency, event, note] for date, agency, event, note, _, _ in ROWS),
    )
    para(doc, "")
    heading(doc, "3. Learning", 1)
    para(doc, "A mother's low mood is a reason to ask who else lives in the home.")
    return doc


def gold(lines: list[str]) -> dict:
    return table_gold(
        lines,
        STEM,
        family="chronology: Date | Agency | What happened | Significance table, the last column short notes",
        description="Child safeguarding practice review built in Word (python-docx, Arial; the table in 10 pt), "
        "exported to PDF by LibreOffice: a chronology whose significance notes seldom wrap.",
        review=review("CSPR", "Wenmarsh", "Child T"),
        events=[(event, raw, iso) for _d, _a, event, _n, raw, iso in ROWS],
        notes="Written by hand from the document's meaning. One entry per table row (7), in document "
        "order; the introduction and the learning section are not entries.",
    )


def main() -> None:
    save_with_gold(word_document(), HERE, STEM, gold)


if __name__ == "__main__":
    main()
