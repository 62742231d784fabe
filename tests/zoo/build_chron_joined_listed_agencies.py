"""A DHR's chronology table Date | Agency | Event | Comment whose agency column is narrow: a
service's name wraps over two or three lines ("Wendlebury Fire" over "and Rescue", "Talking" over
"Therapies", "Hollins" / "Medical" / "Practice"), the practice seen most often prints its name on
one line, and an event's own name breaks at a line's end ("the Emergency" over "Department").
Text extracted the way the bundled reports' text was (pdfplumber, corpus text) prints each table
line with its cells joined by single spaces, so the word wrap alone may leave a tie between a
name's rest taken into the event and an event's word taken into the name; the introduction lists
the agencies that took part by their whole names, and the practice's one-line cells say where its
name ends. Built in Word (python-docx, Arial; the table in 10 pt), exported to PDF by LibreOffice,
to text by plain pdftotext; the gold is written by hand below.

* chron_joined_listed_agencies: nine rows, three agency names wrapping.

    python tests/zoo/build_chron_joined_listed_agencies.py   # writes .docx, .pdf, .txt and .json here
    /tmp/plumbvenv/bin/python -c "import sys; sys.path.insert(0, 'dev'); from corpus_style import render; \\
      open('tests/zoo/chron_joined_listed_agencies.corpus.txt', 'w').write(render(\\
      __import__('pathlib').Path('tests/zoo/chron_joined_listed_agencies.pdf')))"   # the .corpus.txt
"""

from __future__ import annotations

from chron_report import build, chronology_table, heading, new_doc, para, review, table_gold

STEM = "chron_joined_listed_agencies"
WIDTHS = [2.3, 3.0, 6.0, 4.6]

# (date, agency, event, comment, gold date_raw, gold date)
ROWS = [
    (
        "2019",
        "Copsey Surgery",
        "Rosalind registers with the practice after moving to the town with her husband.",
        "Background only.",
        "2019",
        "2019",
    ),
    (
        "14/02/2020",
        "Copsey Surgery",
        "Rosalind attends with a sprained wrist which she says happened at work.",
        "No enquiry about how it happened.",
        "14/02/2020",
        "2020-02-14",
    ),
    (
        "03/05/2020",
        "Wendlebury Fire and Rescue",
        "Home fire safety visit. Crews recorded a broken lock on the bedroom door and no smoke alarm.",
        "No referral made.",
        "03/05/2020",
        "2020-05-03",
    ),
    (
        "11/06/2020",
        "Copsey Surgery",
        "A letter from the Emergency Department is filed without being read by a doctor.",
        "A missed chance to ask.",
        "11/06/2020",
        "2020-06-11",
    ),
    (
        "20/08/2020",
        "Talking Therapies",
        "Rosalind did not attend the assessment and was discharged in line with the service's policy.",
        "Discharge after one missed appointment.",
        "20/08/2020",
        "2020-08-20",
    ),
    (
        "02/10/2020",
        "Wendlebury Police",
        "A neighbour reports shouting from the flat. Officers attend and speak to Rosalind alone.",
        "DASH completed: standard risk.",
        "02/10/2020",
        "2020-10-02",
    ),
    (
        "15/11/2020",
        "Copsey Surgery",
        "Telephone consultation for low mood; an antidepressant is prescribed.",
        "No routine enquiry made.",
        "15/11/2020",
        "2020-11-15",
    ),
    (
        "07/01/2021",
        "Hollins Medical Practice",
        "Walk-in appointment while visiting her sister; Rosalind asks for the number of a refuge.",
        "The number was given; nothing else recorded.",
        "07/01/2021",
        "2021-01-07",
    ),
    (
        "19/02/2021",
        "Copsey Surgery",
        "Repeat prescription collected by her husband.",
        "Not unusual at the time.",
        "19/02/2021",
        "2021-02-19",
    ),
]


def word_document():
    doc = new_doc(header="Wendlebury Community Safety Partnership – DHR Rosalind")
    para(doc, "Domestic Homicide Review: Rosalind", bold=True)
    heading(doc, "1. Introduction", 1)
    para(
        doc,
        "Rosalind was 44 when she was killed by her husband in March 2021. Agencies that took part: "
        "Copsey Surgery, Wendlebury Fire and Rescue, Talking Therapies, Wendlebury Police and Hollins "
        "Medical Practice.",
    )
    heading(doc, "2. Chronology", 1)
    chronology_table(
        doc,
        ["Date", "Agency", "Event", "Comment"],
        WIDTHS,
        ([date, agency, event, comment] for date, agency, event, comment, _, _ in ROWS),
    )
    para(doc, "")
    heading(doc, "3. Conclusions", 1)
    para(doc, "Each agency saw part of what was happening to Rosalind and none asked her about it directly.")
    return doc


def gold(lines: list[str]) -> dict:
    return table_gold(
        lines,
        STEM,
        family="chronology: Date | Agency | Event | Comment table, agency names wrapping in a narrow column, "
        "the agencies listed whole in the introduction",
        description="Domestic homicide review built in Word (python-docx, Arial; the table in 10 pt), exported "
        "to PDF by LibreOffice. Its chronology's agency column is narrow: 'Wendlebury Fire and Rescue', "
        "'Talking Therapies' and 'Hollins Medical Practice' wrap, 'Copsey Surgery' prints on one line on five "
        "rows; the introduction lists the agencies that took part.",
        review=review("DHR", "Wendlebury", "Rosalind", age=44, date_of_death="2021-03"),
        events=[(event, raw, iso) for _d, _a, event, _c, raw, iso in ROWS],
        notes="Written by hand from the document's meaning. One entry per table row (9), in document "
        "order; the introduction and the conclusions are not entries.",
    )


def main() -> None:
    build(STEM, word_document, gold)


if __name__ == "__main__":
    main()
