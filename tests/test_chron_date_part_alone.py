"""A Date | Contact table under agency band rows, plain pdftotext printing each row's date cell
wrapped among its event's lines ("30" / "Officers ..." / "November" / "2022"): the month's line
left alone after the event is a piece of the date cell, not an event of its own. It is a
warning (chronology_date_alone), never an entry (chronology._date_part_only)."""

from __future__ import annotations

from dhrparse import extract

# the fictional Mrs Ivy review: a police band over two rows whose day and month wrap apart
IVY = """Safeguarding Adults Review: Mrs Ivy

Tarnside Safeguarding Adults Board

1. Introduction
1.1 Mrs Ivy, aged 83, died at home in January 2023. This review looks at the year before.

2. Chronology
The main contacts are set out below by agency.
Date
Contact
Tarnside Police
30
Officers made a welfare check and found Mrs Ivy without heating.
November
2022
12 July
A neighbour reported that Mrs Ivy had been seen wandering at night.
2022
Tarnside Adult Social Care
9
The team learned that Mrs Ivy had been admitted to hospital.
December
2022

3. Findings
3.1 No agency brought together what each knew.
"""


def test_a_month_read_alone_is_no_event():
    doc = extract(IVY)
    months = {"July", "November", "December"}
    assert not any(" ".join(e.text.split()) in months for e in doc.chronology)
    assert any(w.code == "chronology_date_alone" and "part of a date cell" in w.message for w in doc.warnings)


def test_the_events_beside_the_wrapped_dates_stay():
    doc = extract(IVY)
    texts = " ".join(e.text for e in doc.chronology)
    assert "welfare check" in texts and "admitted to hospital" in texts
