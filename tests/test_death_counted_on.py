"""A chronology entry telling a death counted on from the entry's own day ("Admitted again with
pneumonia; Daniel died three days later") does not date the death (pipeline.death_dated_by_chronology,
patterns/review.toml death_counted_on); one telling the death on its day still does."""

import pytest

from dhrparse.models import ChronologyEvent, DateValue, Location, Review
from dhrparse.patterns import load_patterns
from dhrparse.pipeline import death_dated_by_chronology

P = load_patterns()


def _event(text: str) -> ChronologyEvent:
    day = DateValue(raw="14/02/2022", start="2022-02-14", end="2022-02-14", precision="day")
    return ChronologyEvent(id="chron-1", date=day, text=text, location=Location(line_start=1, line_end=1))


@pytest.mark.parametrize(
    "text",
    [
        "Admitted again with pneumonia; Daniel died three days later.",
        "Taken to hospital by ambulance and died the following day.",
        "Mrs Okafor was found collapsed at home and she died two weeks later in hospital.",
    ],
)
def test_a_death_counted_on_from_the_entry_does_not_take_its_day(text):
    assert death_dated_by_chronology(Review(), [_event(text)], P).date_of_death is None


def test_a_death_on_the_entry_day_still_dates_it():
    found = death_dated_by_chronology(Review(), [_event("Daniel died in hospital after a fall.")], P)
    assert found.date_of_death is not None and found.date_of_death.start == "2022-02-14"
