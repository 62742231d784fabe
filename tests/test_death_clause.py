"""A chronology entry that tells the death gives the entry's date as the date of death
(pipeline.death_dated_by_chronology) only when the death stays on the entry's day. A death clause
counted on from the entry's day ("Admitted again with pneumonia; Daniel died three days later",
"died the next morning", patterns/review.toml `death_counted_on`) leaves the date of death unread
rather than a few days wrong: a table printed column after column gives its rows' events their
dates with no date words beside them for the review's own reading to count on from. A death told
on the entry's day ("died that evening", "died in hospital after a fall") still dates it."""

from __future__ import annotations

import pytest

from dhrparse.models import ChronologyEvent, DateValue, Location, Review
from dhrparse.patterns import load_patterns
from dhrparse.pipeline import death_dated_by_chronology

P = load_patterns()


def _event(text: str, day: str = "2022-02-14") -> ChronologyEvent:
    date = DateValue(raw=day, start=day, end=day, precision="day")
    return ChronologyEvent(id="chron-1", text=text, date=date, location=Location(line_start=1, line_end=1))


def _dated(*events: ChronologyEvent) -> str | None:
    review = death_dated_by_chronology(Review(), list(events), P)
    return review.date_of_death.start if review.date_of_death else None


@pytest.mark.parametrize(
    "text",
    [
        "Admitted again with pneumonia; Daniel died three days later.",
        "Taken to hospital by ambulance and died the following day.",
        "Mrs Okafor was found collapsed at home and she died two weeks later in hospital.",
        "Admitted to hospital with sepsis; she died three days later.",
        "Admitted to hospital with sepsis; she died the next morning.",
    ],
)
def test_a_death_counted_on_from_the_entry_does_not_take_its_day(text):
    assert _dated(_event(text)) is None


@pytest.mark.parametrize(
    "text",
    [
        "Daniel died in hospital after a fall.",
        "Admitted to hospital with sepsis; she died that evening.",
        "Mrs Farrant died at home.",
    ],
)
def test_a_death_on_the_entry_day_still_dates_it(text):
    assert _dated(_event(text)) == "2022-02-14"


def test_the_death_is_dated_by_its_own_entry_not_an_earlier_one():
    earlier = _event("District nurse found a pressure sore and referred her to the GP.", "2023-01-19")
    assert _dated(earlier, _event("Mrs Farrant died at home.", "2023-02-02")) == "2023-02-02"
    assert _dated(earlier, _event("Admitted with sepsis; she died three days later.", "2023-02-02")) is None
