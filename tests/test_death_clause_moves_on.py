"""A chronology entry that tells the death in its opening sentence, after a clause about the
entry's own event ("Admitted again with pneumonia; he died three days later."), gives the entry's
date as the date of death only when the death clause stays on the entry's day. A clause that
moves on in time ("three days later", "the next morning") leaves the date of death unread rather
than a few days wrong: a table printed column after column gives its rows' events their dates with
no date words beside them for the review's own reading to count on from."""

from __future__ import annotations

import pytest

from dhrparse.models import ChronologyEvent, DateValue, Location, Review
from dhrparse.patterns import load_patterns
from dhrparse.pipeline import death_dated_by_chronology


def _event(text: str, day: str) -> ChronologyEvent:
    date = DateValue(raw=day, start=day, precision="day")
    return ChronologyEvent(id="chron-1", text=text, date=date, location=Location(line_start=1, line_end=1))


@pytest.mark.parametrize(
    "death, dated",
    [
        ("Admitted to hospital with sepsis; she died three days later.", None),
        ("Admitted to hospital with sepsis; she died the next morning.", None),
        ("Admitted to hospital with sepsis; she died that evening.", "2023-02-02"),
        ("Mrs Farrant died at home.", "2023-02-02"),
    ],
)
def test_a_death_clause_that_moves_on_does_not_take_the_entrys_date(death, dated):
    events = [
        _event("District nurse found a pressure sore and referred her to the GP.", "2023-01-19"),
        _event(death, "2023-02-02"),
    ]
    review = death_dated_by_chronology(Review(), events, load_patterns())
    assert (review.date_of_death.start if review.date_of_death else None) == dated
