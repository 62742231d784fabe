"""A chronology table plain pdftotext printed row by row, a blank line between cells, whose event
and significance cells are short notes with no full stop ("Missed two-year check" / "Not
followed up"). Such a row is no hollow row (one whose events print after the next row's date,
stacked_dates): its short lines make several runs, its agency's and its notes', so it keeps its
own entry and the next row keeps its own date. A qualifier wrapped straight under the date in
the narrow column ("08/06/2021" over "(approx.)") is the date cell's, not the agency's."""

from __future__ import annotations

from dhrparse import extract
from dhrparse.extractors.chronology.stacked_dates import hollow

# the fictional Thornbury review, as plain pdftotext prints its table
THORNBURY = """Thornbury Children's Safeguarding Partnership

2. Chronology
Date

Agency

What happened

Significance

03/02/2022

Thornbury
Midwifery

Booking visit; mother said she had family nearby

Partner not seen

11/05/2022
(approx.)

Thornbury Police

Neighbour reported a door being banged at night

No check on the baby

20/07/2022

Thornbury Health
Visiting

Missed eight-month review

Not rebooked

02/09/2022

Elmstead General
Hospital

Child K seen with a burn to the hand

Led to this review

3. Learning
A missed review is a reason to ask why.
"""


def _chronology():
    return extract(THORNBURY, name="thornbury.txt").chronology


def test_each_row_of_notes_keeps_its_own_date():
    events = _chronology()
    assert [e.date.start for e in events] == ["2022-02-03", "2022-05-11", "2022-07-20", "2022-09-02"]
    assert events[2].text.startswith("Missed eight-month review")
    assert events[3].text.startswith("Child K seen with a burn")


def test_a_qualifier_under_the_date_is_no_agency():
    events = _chronology()
    assert events[1].agencies == ["Thornbury Police"]
    assert "approx" not in events[1].text


def test_hollow_only_with_one_run_of_short_lines():
    from dhrparse.document import Line

    def lines(*numbered):
        return [Line(number=n, text=t, page=1) for n, t in numbered]

    assert hollow(lines((5, "Thornbury Health"), (6, "Visiting")))
    assert not hollow(
        lines((5, "Thornbury Health"), (6, "Visiting"), (8, "Missed review"), (10, "Not rebooked"))
    )
