"""A chronology table whose event cells are written as notes, not sentences ("Mother prescribed
antidepressants", "Missed eight-month review"), printed by plain pdftotext column after column:
no line of the event column ends a sentence, so a line opening with a capital is where a cell
may open, and when every such line is needed for the rows the cuts are settled."""

from __future__ import annotations

from dhrparse import extract
from dhrparse.extractors.chronology.wrapped_cells import cell_spans, written_as_notes

_NOTES = [
    "School nurse drop-in; boy seemed withdrawn",
    "and hungry",
    "Father seen at surgery for back pain",
    "Anonymous call about a child left alone in a",
    "car",
    "Home visit cancelled by the family",
    "Boy admitted with a burn to his hand",
]

REPORT = """Brackenford Safeguarding Children Partnership
Child Safeguarding Practice Review: Child T

2. Key events
Date
Autumn 2022
09/01/2023
17/02/2023
(approx.)
March 2023
04/04/2023

Agency
Brackenford
School Nursing
GP
Brackenford
Police
Children's Social
Care
Brackenford
General Hospital

What happened
{events}

Significance
Hunger not explored
Not linked to other
concerns

3. Learning
A child's hunger is a reason to ask about the household.
"""


def test_a_note_column_has_no_sentence_ends():
    assert written_as_notes(_NOTES)
    assert not written_as_notes(["Officers attended.", "No further action.", "Case closed.", "Letter sent."])


def test_every_capital_line_is_needed_so_the_cuts_are_settled():
    assert cell_spans(_NOTES, 5) == [(0, 2), (2, 3), (3, 5), (5, 6), (6, 7)]


def test_note_cells_are_read_each_with_its_own_date():
    doc = extract(REPORT.format(events="\n".join(_NOTES)))
    got = [((e.date.start if e.date else None), e.text.split()[0]) for e in doc.chronology]
    assert got == [
        ("2022-09", "School"),
        ("2023-01-09", "Father"),
        ("2023-02-17", "Anonymous"),
        ("2023-03", "Home"),
        ("2023-04-04", "Boy"),
    ]
