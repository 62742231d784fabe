"""A date cell followed by the child's school year in brackets ("Sept 2021 (Year 11)",
patterns/dates.toml [cells] note), and a table printed column after column whose event column's
name, "What happened", could head a chronology of its own (apart_scope). The stand-ins are
tests/zoo/pending/build_owhr_school_year_key_events.py's (heldout43 family 4 in our own words)."""

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dhrparse.extractors.chronology.dating import is_date_cell
from dhrparse.patterns import load_patterns
from dhrparse.pipeline import extract
from dhrparse.vocab.date_cells import cell_date

P = load_patterns()
PENDING = Path(__file__).parent / "zoo" / "pending"


@given(
    st.sampled_from(["Sept", "Sep", "Oct", "Apr", "July", "June", "March"]),
    st.integers(2000, 2035),
    st.sampled_from(["Year 7", "Year 11", "Yr 12", "Year 13", "Reception"]),
)
def test_a_school_year_in_brackets_after_a_month_dates_by_the_month(month, year, school):
    value = cell_date(f"{month} {year} ({school})", P)
    assert value is not None and value.precision == "month" and value.start.startswith(str(year))
    assert is_date_cell(f"{month} {year} ({school})", P)


def _dated(path: Path) -> list[str | None]:
    return [e.date.start if e.date else None for e in extract(path).chronology]


@pytest.mark.parametrize(
    "stem",
    [
        "owhr_school_year_key_events_when_agency_what_marbury",
        "owhr_school_year_key_events_date_what_service_stanning",
    ],
)
def test_school_year_key_events_on_plain_text(stem):
    """Plain pdftotext prints the table column after column; the event column's name "What
    happened", though it could head a chronology of its own, is the table's (apart_scope)."""
    gold = json.loads((PENDING / f"{stem}.json").read_text(encoding="utf-8"))
    assert _dated(PENDING / f"{stem}.txt") == [e["date"] for e in gold["chronology"]]
