"""A child review's summary whose last weeks are a month calendar grid (the family of
tests/zoo/pending's Cullerby stand-in): a bold "November 2024" over a Mon ... Sun table of five
week rows, each cell a day number and, on some days, an event line "Agency: what happened".

Each event line is an entry dated by its cell's day in the month the grid's heading names; the
first week's days of the month before, and the last week's of the month after, are told by the
day numbers turning back to 1 (chronology.calendar_grids). A grid with no month over it dates no
day."""

from __future__ import annotations

from pathlib import Path

import pytest

from dhrparse.pipeline import extract

ZOO = Path(__file__).resolve().parent / "zoo" / "pending"
STEM = "cspr_summary_calendar_grid_cullerby"
DAYS = ["05", "08", "13", "19", "22", "26", "27"]


@pytest.mark.parametrize("route", [".pdf", ".docx"])
def test_each_event_line_is_an_entry_of_its_day_in_the_heading_month(route):
    doc = extract(ZOO / f"{STEM}{route}")
    assert [e.date.start for e in doc.chronology] == [f"2024-11-{d}" for d in DAYS]
    assert doc.chronology[0].text.startswith("Health visitor: missed contact")
    assert not any(e.text[:1].isdigit() for e in doc.chronology)  # (the day number is the date)


def _grid(month_line: str, first_week: str, last_week: str) -> str:
    head = "Mon\tTue\tWed\tThu\tFri\tSat\tSun"
    return (
        f"Summary\n\n{month_line}\n\n{head}\n{first_week}\n"
        "4\t5\t6\t7\t8\t9\t10\n"
        f"{last_week}\n\nFindings\n\nNone.\n"
    )


def test_days_outside_the_month_take_the_month_before_and_after():
    text = _grid(
        "March 2025",
        "24\t25 GP: seen for a rash.\t26\t27\t28\t1 Police: called to the flat.\t2",
        "31\t1 Nursery: not collected.\t2\t3\t4\t5\t6",
    )
    doc = extract(text)
    assert [e.date.start for e in doc.chronology] == ["2025-02-25", "2025-03-01", "2025-04-01"]


def test_a_grid_with_no_month_over_it_dates_no_day():
    text = _grid(
        "Her last weeks", "24\t25 GP: seen for a rash.\t26\t27\t28\t1\t2", "11\t12\t13\t14\t15\t16\t17"
    )
    doc = extract(text)
    assert not any(e.date and e.date.start.startswith("2025") for e in doc.chronology)
