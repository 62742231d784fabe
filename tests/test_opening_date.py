"""A text that opens with its date (vocab.dates.opening_date): the one test behind a status
cell's completion date, a chronology line's own date and an entry glued to the one before."""

from dhrparse.patterns import load_patterns
from dhrparse.vocab.dates import opening_date

P = load_patterns()


def test_a_date_at_the_start_is_the_opening_date():
    found = opening_date("14 February 2019 Police attended the address", P)
    assert found is not None and found.start == 0 and found.value.precision == "day"


def test_a_date_later_in_the_sentence_does_not_open_it():
    assert opening_date("Police attended on 14 February 2019", P) is None


def test_within_allows_a_bracket_or_bullet_before_the_date():
    text = "(14/02/2024) guidance published"
    assert opening_date(text, P) is None
    assert opening_date(text, P, within=3) is not None
