"""A practice review's "Key events" table written as notes (Date | Agency | What happened |
Significance): its agency column is narrow, so an agency's name wraps and its rest, two
capitalised words ending in an organisation's word ("Health Centre", "General Hospital",
"Maternity Services"), prints under its first words. Text extracted the way the bundled reports'
text was (pdfplumber, corpus text) prints each table line with its cells joined by single spaces:
"Spring 2024 Quennelby Health visitor new birth visit; father ..." over "Health Centre not present
...". The event's notes end no sentence, so the word wrap alone does not tell whether the
capitalised run is the agency's or the event's going on; the organisation's word at its end
does. Built in Word (python-docx, Arial 10.5), exported to PDF by LibreOffice, to text by plain
pdftotext; the gold is written by hand below.

* chron_joined_name_rests: seven rows, four agency names wrapping onto a second line.

    python tests/zoo/build_chron_joined_name_rests.py   # writes .docx, .pdf, .txt and .json here
    /tmp/plumbvenv/bin/python -c "import sys; sys.path.insert(0, 'dev'); from corpus_style import render; \\
      open('tests/zoo/chron_joined_name_rests.corpus.txt', 'w').write(render(\\
      __import__('pathlib').Path('tests/zoo/chron_joined_name_rests.pdf')))"   # the .corpus.txt
"""

from __future__ import annotations

from chron_report import build, chronology_table, heading, new_doc, para, review, table_gold
from docx.shared import Pt

STEM = "chron_joined_name_rests"
WIDTHS = [2.3, 3.2, 6.6, 4.4]

# (date, agency, what happened, significance, gold date_raw, gold date)
ROWS = [
    (
        "Spring 2024",
        "Quennelby Health Centre",
        "Health visitor new birth visit; father not present and not asked about",
        "Father not seen",
        "Spring 2024",
        "2024-03",
    ),
    (
        "14/05/2024",
        "GP",
        "Mother prescribed iron tablets after a blood test",
        "Partner not asked about",
        "14/05/2024",
        "2024-05-14",
    ),
    (
        "03/07/2024",
        "Brackenhithe Police",
        "Neighbour reported a baby screaming for over an hour",
        "No check on the child",
        "03/07/2024",
        "2024-07-03",
    ),
    (
        "Summer 2024",
        "Tullowmere Maternity Services",
        "Mother booked for her second pregnancy; partner named for the first time",
        "Partner's history not checked",
        "Summer 2024",
        "2024-06",
    ),
    (
        "22/10/2024",
        "Quennelby Health Centre",
        "Missed nine-month review and two calls unanswered",
        "Not followed up",
        "22/10/2024",
        "2024-10-22",
    ),
    (
        "09/11/2024",
        "Tullowmere General Hospital",
        "Child D admitted with a fractured leg after a reported fall",
        "Triggered this review",
        "09/11/2024",
        "2024-11-09",
    ),
    (
        "11/11/2024",
        "Brackenhithe Children's Services",
        "Strategy discussion held and a child protection enquiry opened",
        "Timely and well recorded",
        "11/11/2024",
        "2024-11-11",
    ),
]


def word_document():
    doc = new_doc(header="Brackenhithe Safeguarding Children Partnership – Child D")
    # (1.15 lines and 8 pt after each paragraph, as Word's default style sets it: plain pdftotext
    # then prints the table row by row)
    spacing = doc.styles["Normal"].paragraph_format
    spacing.line_spacing = 1.15
    spacing.space_after = Pt(8)
    para(doc, "Local Child Safeguarding Practice Review: Child D", bold=True)
    heading(doc, "1. Introduction", 1)
    para(
        doc,
        "Child D was seven months old when he was admitted to hospital with a fractured leg. The "
        "partnership agreed a local review in December 2024.",
    )
    heading(doc, "2. Key events", 1)
    chronology_table(
        doc,
        ["Date", "Agency", "What happened", "Significance"],
        WIDTHS,
        ([date, agency, event, significance] for date, agency, event, significance, _, _ in ROWS),
    )
    para(doc, "")
    heading(doc, "3. Learning", 1)
    para(doc, "Practitioners should see and ask about fathers and partners at every contact.")
    return doc


def gold(lines: list[str]) -> dict:
    return table_gold(
        lines,
        STEM,
        family="chronology: Date | Agency | What happened | Significance table written as notes, agency "
        "names wrapping onto a second line",
        description="Child safeguarding practice review built in Word (python-docx, Arial; the table in 10 "
        "pt), exported to PDF by LibreOffice. Its 'Key events' table is written as notes (no full stops) and "
        "its agency column is narrow: four agency names wrap, their rest ('Health Centre', 'Maternity "
        "Services', 'General Hospital', \"Children's Services\") printed under the first words.",
        review=review("SCR", "Brackenhithe", "Child D"),
        events=[(event, raw, iso) for _d, _a, event, _s, raw, iso in ROWS],
        notes="Written by hand from the document's meaning. One entry per table row (7), in document "
        "order; the introduction and the learning are not entries.",
    )


def main() -> None:
    build(STEM, word_document, gold)


if __name__ == "__main__":
    main()
