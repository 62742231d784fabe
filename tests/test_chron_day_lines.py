"""A day's date printed alone on its line above its paragraph (a text export of "14.01.2022<TAB>
..." paragraphs) dates that paragraph: later days the paragraph mentions in relative words ("six
days later") are part of the event, not its date. A paragraph that opens with a date of its own
keeps it."""

from __future__ import annotations

from dhrparse.pipeline import extract

TEXT = """Serious Further Offence Review

2. Chronology
Dates are given as day.month.year.
04.05.2021

Released on licence to an approved premises in the town.

18.06.2021

Staff found a weapon in his room and told the police. An officer called at the premises six
days later but he was out, and the visit was never recorded.

02.09.2021

On 3 September 2021 he was recalled to prison after missing two appointments.

3. Findings
Information about weapons did not reach his probation officer.
"""


def test_a_day_line_dates_its_paragraph_not_the_relative_words_inside(tmp_path):
    path = tmp_path / "sfo.txt"
    path.write_text(TEXT, encoding="utf-8")
    got = [(e.date.start, e.text.split()[0]) for e in extract(path).chronology]
    assert got == [("2021-05-04", "Released"), ("2021-06-18", "Staff"), ("2021-09-03", "On")]
