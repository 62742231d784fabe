"""A review's "Key events" table with a time column of its own (Date | Time | Agency | Event), as
child and adult case reviews print the contacts of the last weeks: a second contact on the same
day gets a row with the date cell left empty (the row opens with its time), and an agency that
could not give the time says so ("Not known") or qualifies it ("Approx." over the clock, wrapped
in the narrow time column). Built as authors publish it (python-docx, a real Word table, Calibri
11), exported to PDF by LibreOffice; the .txt is what plain pdftotext makes of that PDF (a cell
after another, blank lines between), the .corpus.txt the bundled corpus's rendering of the PDF
(pdfplumber lines, each line's cells joined by spaces). The gold is written by hand below.

* chron_time_column_same_day_rows: nine rows, two of them same-day rows with no date, one time
  cell "Approx." over "22:10" and one "Not known".

    python tests/zoo/build_chron_time_column_same_day.py   # writes .docx, .pdf, .txt and .json here
    /tmp/plumbvenv/bin/python -c "import sys; sys.path.insert(0, 'dev'); from corpus_style import render; \
      open('tests/zoo/chron_time_column_same_day_rows.corpus.txt', 'w').write(render(\
      __import__('pathlib').Path('tests/zoo/chron_time_column_same_day_rows.pdf')))"   # the .corpus.txt
"""

from __future__ import annotations

from chron_report import build, chronology_table, heading, new_doc, para, review, table_gold
from docx.shared import Pt

STEM = "chron_time_column_same_day_rows"
WIDTHS = [2.3, 1.7, 3.6, 9.0]

# (date cell, time cell, agency, event, gold date_raw, gold date)
ROWS = [
    (
        "03/09/2024",
        "11:00",
        "Health visiting",
        "Health visitor saw Finbar and his mother at home for his first birthday review. Mother said her "
        "partner worked nights. Weight on the centile.",
        "03/09/2024",
        "2024-09-03",
    ),
    (
        "17/09/2024",
        "08:40",
        "Day nursery",
        "Nursery key worker saw a red mark behind Finbar's ear at the start of the day; mother said a sibling "
        "had pulled his hair. Logged on the incident sheet.",
        "17/09/2024",
        "2024-09-17",
    ),
    (
        "",
        "15:20",
        "Day nursery",
        "Manager rang the children's advice line to ask whether the mark needed a referral.",
        "17/09/2024",
        "2024-09-17",
    ),
    (
        "",
        "16:05",
        "Advice line",
        "Advice given to speak to the health visitor. No contact record opened because the caller gave "
        "no surname.",
        "17/09/2024",
        "2024-09-17",
    ),
    (
        "29/09/2024",
        "Approx. 22:10",
        "Police",
        "A neighbour reported a woman crying in the street outside the flats. Officers found mother "
        "with Finbar in his buggy; she said she had locked herself out.",
        "29/09/2024",
        "2024-09-29",
    ),
    (
        "08/10/2024",
        "10:30",
        "GP surgery",
        "Mother brought Finbar with a cold. The GP noted he was unsettled when undressed; no further "
        "enquiry.",
        "08/10/2024",
        "2024-10-08",
    ),
    (
        "21/10/2024",
        "Not known",
        "Day nursery",
        "Finbar absent for four days. Mother said by text that he had chickenpox.",
        "21/10/2024",
        "2024-10-21",
    ),
    (
        "02/11/2024",
        "06:55",
        "Ambulance service",
        "Ambulance called by the partner; Finbar drowsy and not feeding after what he called a fall "
        "from the sofa.",
        "02/11/2024",
        "2024-11-02",
    ),
    (
        "",
        "08:15",
        "Tullowmere Hospital",
        "CT scan showed a skull fracture and older rib fractures. Child protection referral made to "
        "Brackenhithe children's services.",
        "02/11/2024",
        "2024-11-02",
    ),
]


def word_document():
    doc = new_doc(
        header="Brackenhithe Safeguarding Partnership – Child F",
        footer_label="Rapid review summary – Page",
        font="Calibri",
        size=11,
    )
    # (a report set with 1.15 lines and 8 pt after each paragraph, as Word's default style sets it: pdftotext
    # prints the table row by row, a cell after another)
    spacing = doc.styles["Normal"].paragraph_format
    spacing.line_spacing = 1.15
    spacing.space_after = Pt(8)
    para(doc, "Local Child Safeguarding Practice Review: Child F – summary of the rapid review", bold=True)
    heading(doc, "1. Introduction", 1)
    para(
        doc,
        "This summary sets out what agencies knew about Finbar, aged fourteen months, in the two months "
        "before he was admitted to hospital with serious injuries on 2 November 2024.",
    )
    heading(doc, "2. Key events", 1)
    para(doc, "The table lists each agency's contacts with Finbar and his family, in time order.")
    chronology_table(
        doc,
        ["Date", "Time", "Agency", "Event"],
        WIDTHS,
        ([date, time, agency, event] for date, time, agency, event, _, _ in ROWS),
    )
    para(doc, "")
    heading(doc, "3. Learning", 1)
    para(
        doc,
        "A mark on a baby who is not yet walking needs an explanation that is checked, not only recorded. "
        "Advice lines should record who called and about which child, even when the caller asks only "
        "for advice.",
    )
    return doc


def gold(lines: list[str]) -> dict:
    return table_gold(
        lines,
        STEM,
        family="chronology: Date | Time | Agency | Event table with same-day rows left undated, "
        "printed a cell after another by plain pdftotext",
        description="Child safeguarding rapid review summary built in Word (python-docx, Calibri 11; the "
        "table in 10 pt), exported to PDF by LibreOffice. Its 'Key events' table has a time column: a second "
        "and third contact on the same day have an empty date cell and open with their time; one time cell "
        "is 'Approx.' over the clock (wrapped in the narrow column), one is 'Not known'.",
        review=review("SCR", "Brackenhithe", "Finbar"),
        events=[(event, raw, iso) for _d, _t, _a, event, raw, iso in ROWS],
        notes="Written by hand from the document's meaning. One entry per table row (9), in document "
        "order; a row with an empty date cell is dated as the row above (the same day). The introduction "
        "and the learning are not entries.",
    )


def main() -> None:
    build(STEM, word_document, gold)


if __name__ == "__main__":
    main()
