"""A chronology table plain pdftotext printed column after column, with the report's text after
the table printed among the event column's runs, after a gap: a heading over learning bullets,
the key to a column of source marks. Its lines open like cells, so the event text has more
certain openings than the table has rows; the lines before the gap settle every row's cell by
themselves, so what follows the gap is the report's, a note, never an event or a row's tail
(table_tails)."""

from __future__ import annotations

from dhrparse import extract
from dhrparse.extractors.chronology.table_tails import cells_end

# the fictional Ashcombe review: five rows, each event two lines, then learning bullets
ASHCOMBE = """Ashcombe Safeguarding Partnership

1. Chronology
The episodes below come from each agency's records.
Date
03/02/2021
17/03/2021
02/05/2021
21/06/2021
09/08/2021

Event
Tobias's nursery noted that he arrived without a coat on three cold
mornings in a row.
The nursery called the family's health visitor, who booked a home
visit for the following week.
The health visitor found the flat damp and advised the mother to
contact her landlord.
A neighbour called the police after hearing a man shouting; officers
spoke to the mother at the door.
Tobias was taken to the emergency department with a burn to his
hand and was kept in overnight.

Learning for practice
• A child who is cold at nursery is telling us something about home.
• A damp flat is a question to ask, not a detail to record.

2. Analysis
The agencies each held one part of the picture.
"""

EXPECTED = [
    ("2021-02-03", "Tobias's nursery noted"),
    ("2021-03-17", "The nursery called"),
    ("2021-05-02", "The health visitor found"),
    ("2021-06-21", "A neighbour called the police"),
    ("2021-08-09", "Tobias was taken"),
]


def test_rows_read_and_the_text_after_the_table_is_no_event():
    doc = extract(ASHCOMBE)
    got = [(e.date.start, e.text) for e in doc.chronology]
    assert [(d, t[: len(w)]) for (d, t), (_, w) in zip(got, EXPECTED)] == EXPECTED
    assert len(got) == len(EXPECTED)
    assert not any("Learning" in t or "•" in t for _, t in got)
    assert any(w.code == "chronology_not_event" and "note" in w.message for w in doc.warnings)


def test_cells_end_at_the_first_gap_that_settles_every_row():
    lines = [
        "Mira told her GP that her brother had moved in after losing his",
        "flat and that she was finding his drinking hard.",
        "Police were called by a neighbour who heard shouting; the brother",
        "had left before officers arrived.",
        "Src.",
        "1 Ashcombe Medical Practice records.",
    ]
    assert cells_end(lines, 2, frozenset({4, 5})) == 4


def test_no_end_where_the_run_does_not_overflow_its_rows():
    lines = ["Mira saw her GP about poor sleep.", "Officers attended after a call."]
    assert cells_end(lines, 2, frozenset({1})) is None
