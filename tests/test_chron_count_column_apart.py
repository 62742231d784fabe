"""A chronology dated by a baby's age (life_days) that plain pdftotext printed column after
column: the count column's name ("Baby T's age", "Age") alone on a line over a count cell ("Day
1"), the count cells printed in turn with the short agency cells beside them or in a run of
their own, then the event column's name and the events. A count name over a count cell is the
date column's name, so the table is read as any table printed apart, each row dated from the Day
1 the note states; an "Age" over people's ages is no such column."""

from __future__ import annotations

from dhrparse import extract
from dhrparse.extractors.chronology.life_days import count_column_name
from dhrparse.patterns import load_patterns

# the fictional Wendlow review: counts and agencies printed in turn, under a section that names
# no chronology
WENDLOW = """Wendlow Safeguarding Children Partnership

2. Baby T's first weeks
Records give Baby T's age rather than the date. In the table the day Baby T was born (3 May
2022) is Day 1.
Baby T's age
Day 1

Agency
Midwifery

Day 6

Midwifery

Week 3

GP practice

Week 5

Health visiting

Day 40

Ambulance
service

What happened
Baby T was born at Wendlow General after a long labour and went
home the next day.
A community midwife visited; the flat had no working heating and
mother was tired.
Mother brought Baby T to the surgery with a cough and was given
advice on fluids.
The health visitor weighed Baby T and noted that father would not
come into the room.
Paramedics took Baby T to hospital after mother said he had gone
limp in his cot.

3. What we learned
The services each saw one part of the family's life.
"""

EXPECTED = [
    ("2022-05-03", "Baby T was born"),
    ("2022-05-08", "A community midwife"),
    ("2022-05-17", "Mother brought Baby T"),
    ("2022-05-31", "The health visitor weighed"),
    ("2022-06-11", "Paramedics took Baby T"),
]


def test_count_column_printed_apart_dates_its_rows():
    doc = extract(WENDLOW)
    got = [(e.date.start, e.text) for e in doc.chronology]
    assert [(d, t[: len(w)]) for (d, t), (_, w) in zip(got, EXPECTED)] == EXPECTED
    assert len(got) == len(EXPECTED)


def test_a_count_name_names_the_date_column_only_over_a_count_cell():
    p = load_patterns()
    assert count_column_name(["Baby T's age", "", "Day 1"], 0, p)
    assert count_column_name(["Age", "Week 3"], 0, p)
    assert not count_column_name(["Age", "34"], 0, p)
    assert not count_column_name(["Agency", "Day 1"], 0, p)
