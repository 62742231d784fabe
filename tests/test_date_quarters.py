"""Quarters of a year in the shared date grammar: a plan's target date and a chronology's entry
read "Q2 2024/25" the same way. Public bodies plan by financial year (April to March), so a
quarter of a two-year span starts in April; a quarter of a single year is a calendar quarter."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dhrparse.vocab.dates import find_dates, parse_date, parse_target_date

# text, start, end  (the months the quarter covers)
QUARTERS = [
    ("Q2 2024/25", "2024-07", "2024-09"),
    ("Quarter 3 2023-24", "2023-10", "2023-12"),
    ("Q4 23/24", "2024-01", "2024-03"),
    ("Q1 2025/26", "2025-04", "2025-06"),
    ("by the end of Q4 2024/25", "2025-01", "2025-03"),
    ("Qtr 2 of 2024-25", "2024-07", "2024-09"),
    ("Q3 FY 2022/23", "2022-10", "2022-12"),
    ("Quarter 1 2025", "2025-01", "2025-03"),
    ("q4 2021", "2021-10", "2021-12"),
]


@pytest.mark.parametrize("text,start,end", QUARTERS)
def test_a_quarter_is_the_months_it_covers(text, start, end):
    value = parse_date(text)
    assert value is not None, text
    assert (value.start, value.end, value.precision) == (start, end, "month")


@pytest.mark.parametrize("text,start,end", QUARTERS)
def test_a_target_date_cell_reads_a_quarter_as_the_grammar_does(text, start, end):
    value, problems = parse_target_date(text)
    assert (value.start, value.end, value.raw, problems) == (start, end, text, [])


def test_a_chronology_entry_dated_by_quarter_keeps_its_words():
    found = find_dates("In Q3 2019/20 the housing officer visited twice; in March 2020 she moved.")
    assert [(d.value.raw, d.value.start) for d in found] == [
        ("Q3 2019/20", "2019-10"),
        ("March 2020", "2020-03"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Q5 2024/25",  # no fifth quarter
        "Q2 2024/27",  # not a financial year
        "Q7 of the survey",
        "see question Q3 above",
    ],
)
def test_not_quarters(text):
    assert all(d.value.precision != "month" for d in find_dates(text))


_Q = st.integers(1, 4)
_Y = st.integers(1990, 2040)
_WORD = st.sampled_from(["Q", "q", "Qtr ", "Quarter ", "QUARTER "])
_SEP = st.sampled_from(["/", "-", "–", " / "])


@given(_WORD, _Q, _Y, _SEP, st.booleans())
def test_every_financial_quarter_starts_in_april_and_spans_three_months(word, q, y, sep, short):
    first = f"{y % 100:02d}" if short else str(y)
    value = parse_date(f"{word}{q} {first}{sep}{(y + 1) % 100:02d}")
    month = 4 + 3 * (q - 1)
    year, month = (y + 1, month - 12) if month > 12 else (y, month)
    assert (value.start, value.end) == (f"{year}-{month:02d}", f"{year}-{month + 2:02d}")
