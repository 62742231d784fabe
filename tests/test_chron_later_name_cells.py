"""A chronology table plain pdftotext printed column after column whose last column ("Agency")
is as wide as the event column: its name prints among the event text, over its own first cell
("GP practice", a short name ending no sentence), and the rest of the event text runs on after
them. The event runs then cannot hold the rows without the runs after the name, but that short
cell is the later column's, never a row's event (apart_columns)."""

from __future__ import annotations

from dhrparse import extract

# the fictional Harlow Vale review: hedged dates, the Agency column's name and first cell printed
# after the first two events
HARLOW_VALE = """Harlow Vale Safeguarding Adults Board

2. Key events
Where records give no exact day the table says so.
When
11.02.2022
Between
04.04.2022 and
12.04.2022
On or about
20.06.2022
Early August 2022
30.09.2022

What happened
Mrs Farley's GP noted that she had stopped taking her water tablets and
had lost weight.
Carers recorded that she refused four visits; the records do not say
on which days.

Agency
GP practice

Her son phoned the duty team to say the bungalow was cold and she
was not eating.
Paramedics attended after a fall; she declined to go to hospital and
was left with a leaflet.
A neighbour asked for a welfare check; officers found Mrs Farley on
the bathroom floor.

Adult social care

3. Findings
The services each saw a part of Mrs Farley's decline.
"""

EXPECTED = [
    ("2022-02-11", "Mrs Farley's GP"),
    ("2022-04-04", "Carers recorded"),
    ("2022-06-20", "Her son phoned"),
    ("2022-08", "Paramedics attended"),
    ("2022-09-30", "A neighbour asked"),
]


def test_the_later_columns_first_cell_is_no_event():
    doc = extract(HARLOW_VALE)
    got = [(e.date.start, e.text) for e in doc.chronology]
    assert [(d, t[: len(w)]) for (d, t), (_, w) in zip(got, EXPECTED)] == EXPECTED
    assert len(got) == len(EXPECTED)
    assert not any(t.startswith("GP practice") or t.endswith("GP practice") for _, t in got)
