"""Date forms chronologies print in their date cells and entries: a week by its first day
("w/c 18 March 2019"), a month as digits ("03/2018"), a named day ("New Year's Day 2021") and
a season of days ("Christmas 2022"). A reference number is not a month ("DHR 03/2018")."""

from __future__ import annotations

import pytest

from dhrparse.patterns import load_patterns
from dhrparse.vocab.dates import find_dates


@pytest.mark.parametrize(
    ("text", "raw", "start", "precision"),
    [
        ("w/c 18 March 2019", "w/c 18 March 2019", "2019-03-18", "day"),
        ("During the week commencing 4 May 2020 she", "the week commencing 4 May 2020", "2020-05-04", "day"),
        ("03/2018", "03/2018", "2018-03", "month"),
        ("Seen in 11.2019 by the GP", "11.2019", "2019-11", "month"),
        ("in the early hours of New Year's Day 2021", "New Year's Day 2021", "2021-01-01", "day"),
        ("On Boxing Day 2019 police", "Boxing Day 2019", "2019-12-26", "day"),
        ("Christmas 2022", "Christmas 2022", "2022-12", "month"),
    ],
)
def test_chronology_date_forms(text, raw, start, precision):
    found = find_dates(text, load_patterns())
    assert [(d.value.raw, d.value.start, d.value.precision) for d in found] == [(raw, start, precision)]


@pytest.mark.parametrize("text", ["DHR 03/2018", "ref no. 12/2019", "1/2020", "12/03/2018 23:10"])
def test_references_and_full_dates_are_not_digit_months(text):
    assert not any(d.value.precision == "month" for d in find_dates(text, load_patterns()))
