"""A chronology dated by a child's age ("Day 4", "Week 6" of life) from a Day 1 the report states
(extractors/chronology/life_days.py). The stand-ins are
tests/zoo/pending/build_cspr_age_day_week_chronology.py's (heldout43 family 2 in our own words)."""

from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dhrparse.extractors.chronology.columns import column_positions
from dhrparse.extractors.chronology.dating import is_date_cell
from dhrparse.extractors.chronology.life_days import count_date, is_count_cell, is_count_name
from dhrparse.patterns import load_patterns
from dhrparse.pipeline import extract

P = load_patterns()
PENDING = Path(__file__).parent / "zoo" / "pending"


@pytest.mark.parametrize("cell", ["Day 1", "Day 74", "Week 3", "week 10", "Day 12 of life"])
def test_a_count_of_days_or_weeks_is_a_date_cell(cell):
    assert is_count_cell(cell, P) and is_date_cell(cell, P)


@pytest.mark.parametrize("cell", ["Day 0", "Day", "Day 1 of the admission", "Week commencing", "Days 3-5"])
def test_other_cells_are_no_count(cell):
    assert not is_count_cell(cell, P)


def test_day_n_counts_on_from_the_stated_day_one():
    value = count_date("Day 4", date(2023, 1, 6), P)
    assert (value.start, value.end, value.precision, value.relative) == (
        "2023-01-09",
        "2023-01-09",
        "day",
        True,
    )


def test_week_n_is_its_seven_days():
    value = count_date("Week 3", date(2023, 1, 6), P)
    assert (value.start, value.end, value.relative) == ("2023-01-20", "2023-01-26", True)


def test_with_no_day_one_stated_the_count_stays_undated():
    value = count_date("Week 6", None, P)
    assert (value.raw, value.start, value.relative) == ("Week 6", None, True)


@given(st.dates(date(1990, 1, 1), date(2040, 1, 1)), st.integers(1, 400), st.sampled_from(["Day", "Week"]))
def test_a_count_is_a_consistent_span_holding_its_days(first, n, unit):
    value = count_date(f"{unit} {n}", first, P)
    start, end = date.fromisoformat(value.start), date.fromisoformat(value.end)
    days = n - 1 if unit == "Day" else 7 * n - 7
    assert start == first + timedelta(days=days) and value.relative
    assert end - start == timedelta(days=0 if unit == "Day" else 6)


@pytest.mark.parametrize("name", ["Age", "Baby R's age", "Child T’s age", "Day of life", "Age of child"])
def test_age_column_names(name):
    assert is_count_name(name, P)


def test_an_age_column_dates_the_rows_only_where_no_date_column_is_named():
    assert column_positions(["Baby R's age", "Agency", "What happened"], P)["date"] == 0
    assert column_positions(["Age", "Date", "Agency", "Contact"], P)["date"] == 1


def _dated(path: Path) -> list[tuple[str, str | None]]:
    doc = extract(path)
    return [(e.date.raw, e.date.start) for e in doc.chronology if e.date is not None]


@pytest.mark.parametrize("route", [".pdf", ".docx", ".corpus.txt"])
def test_baby_age_chronology_dated_from_the_birth_note(route):
    dated = _dated(PENDING / f"cspr_age_day_week_chronology_birth_note_lyndmoor{route}")
    assert dated[:4] == [
        ("Day 1", "2022-04-19"),
        ("Day 5", "2022-04-23"),
        ("Day 12", "2022-04-30"),
        ("Week 3", "2022-05-03"),
    ]
    assert dated[-1] == ("Day 74", "2022-07-01")


@pytest.mark.parametrize("route", [".pdf", ".docx"])
def test_age_first_column_of_the_second_stand_in(route):
    dated = _dated(PENDING / f"cspr_age_day_week_chronology_age_first_note_pentwell{route}")
    assert [s for _, s in dated] == [
        "2021-09-02",
        "2021-09-04",
        "2021-09-09",
        "2021-09-20",
        "2021-10-07",
        "2021-10-21",
    ]
