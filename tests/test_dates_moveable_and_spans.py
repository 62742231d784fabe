"""Two date forms chronologies use in running text: days that move with Easter ("Over the
Easter weekend 2022", "Good Friday 2019"), dated by that year's Easter, and a span of days in
one month ("Between 10 and 14 October 2022"), which starts on its first day."""

from __future__ import annotations

import pytest

from dhrparse.patterns import load_patterns
from dhrparse.vocab.dates import find_dates
from dhrparse.vocab.moveable_feasts import easter_sunday

P = load_patterns()


def _first(text: str):
    found = find_dates(text, P)
    return (found[0].value.start, found[0].value.end) if found else None


@pytest.mark.parametrize(
    "year, sunday", [(2016, "2016-03-27"), (2019, "2019-04-21"), (2022, "2022-04-17"), (2024, "2024-03-31")]
)
def test_easter_sunday(year, sunday):
    assert easter_sunday(year).isoformat() == sunday


@pytest.mark.parametrize(
    "text, want",
    [
        ("Over the Easter weekend 2022 Maya stayed with her sister.", ("2022-04", "2022-04")),
        ("During Easter 2024 the family went away.", ("2024-03", "2024-03")),
        ("On Good Friday 2019 police were called to the flat.", ("2019-04-19", "2019-04-19")),
        ("Easter Monday 2023: a neighbour heard shouting.", ("2023-04-10", "2023-04-10")),
    ],
)
def test_days_that_move_with_easter(text, want):
    assert _first(text) == want


@pytest.mark.parametrize(
    "text, want",
    [
        ("Between 10 and 14 October 2022 Maya stayed at the refuge.", ("2022-10-10", "2022-10-14")),
        ("From 3 to 9 March 2020 she was in hospital.", ("2020-03-03", "2020-03-09")),
        ("3–9 March 2020: an inpatient stay.", ("2020-03-03", "2020-03-09")),
        # (joined by a word, two numbers are a span only after "between" or "from")
        ("Her children, aged 5 and 14 October 2020 ...", ("2020-10-14", "2020-10-14")),
        # printed numerically, the month and year once (a Northern Irish summary's "10–14.6.19")
        ("16–19.2.21 Ruairi stayed with his aunt.", ("2021-02-16", "2021-02-19")),
        ("2-4/11/2020: three visits.", ("2020-11-02", "2020-11-04")),
        # (two whole dates, each with its month and year, are two dates)
        ("Seen 24.3.20 and 25.3.20.", ("2020-03-24", "2020-03-24")),
    ],
)
def test_a_span_of_days_in_running_text_starts_on_its_first_day(text, want):
    assert _first(text) == want


@pytest.mark.parametrize(
    "text, want",
    [
        # a key practice episode's heading: days across months, the year printed once at the end
        ("KPE 1: 3 February – 22 April 2021 – Leaving hospital", ("2021-02-03", "2021-04-22")),
        ("from 28 December to 4 January 2022 the flat was empty", ("2021-12-28", "2022-01-04")),
        ("Key episode 2: 9 March - 28 May 2020", ("2020-03-09", "2020-05-28")),
        # a month range, a span inside one month and one day, as the same headings print them
        ("KPE 2: September 2021 – January 2022 – Missed letters", ("2021-09", "2022-01")),
        ("KPE 4: 20 – 26 April 2022 – The last admission", ("2022-04-20", "2022-04-26")),
        ("KPE 3: 14 March 2022 – The alarm call", ("2022-03-14", "2022-03-14")),
        ("Key episode 3 (June – August 2020): the move", ("2020-06", "2020-08")),
        # no span: the first day after the last, or no such day
        ("9 March – 3 March 2020", ("2020-03-03", "2020-03-03")),
        ("31 April – 2 May 2020", ("2020-05-02", "2020-05-02")),
    ],
)
def test_spans_across_months_start_on_their_first_day(text, want):
    assert _first(text) == want
