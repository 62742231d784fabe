"""A chronology table whose first column is the baby's age, "Age | Date | Agency | Contact",
printed by plain pdftotext row by row, a cell to a run of lines: each row's age cell ("3 days",
"10" over "days") prints after the row above's event. The date still opens the row; the age is
the next row's, kept beside its entry, never the end of the event above; and the report's text
printed after the last row (a box of what practitioners said) is no part of the last event nor
an entry of its own."""

from __future__ import annotations

from dhrparse import extract

# the fictional Ardleigh review, as plain pdftotext prints its table
ARDLEIGH = """Ardleigh Children's Safeguarding Partnership
Child Safeguarding Practice Review: Baby Wren

2. Key contacts
The table below lists each contact services had with Wren, by his age.
Age

Date

Agency

Contact

2 days

03.02.2024

Midwifery

A midwife visited at home; Wren was feeding and his mother
said she was coping.

12
days

13.02.2024

Health visiting

The new birth visit took place with the father answering
most questions.

5
weeks

09.03.2024

GP

Wren was seen with a mark on his ear; it was put down to
his cot.

8
weeks

30.03.2024

Police

A neighbour reported a raised voice; officers did not go in.

What practitioners said
"We thought the family just needed time to settle."
"I did not know the police had been to the house."

3. Findings
Finding 1. A mark on a baby who cannot roll was not seen as a warning sign.
"""


def _chronology():
    return extract(ARDLEIGH, name="ardleigh.txt").chronology


def test_each_row_dated_by_its_date_cell():
    events = _chronology()
    assert [e.date.start for e in events] == ["2024-02-03", "2024-02-13", "2024-03-09", "2024-03-30"]
    assert all(not e.date.relative for e in events)


def test_the_age_is_kept_beside_its_own_row():
    events = _chronology()
    assert [e.extra.get("Age") for e in events] == ["2 days", "12 days", "5 weeks", "8 weeks"]
    assert not any(e.text.rstrip().endswith(("days", "weeks")) for e in events)


def test_the_text_after_the_table_is_no_event():
    events = _chronology()
    assert len(events) == 4
    assert events[-1].text == "A neighbour reported a raised voice; officers did not go in."
    assert not any("practitioners" in e.text.lower() or "settle" in e.text for e in events)
