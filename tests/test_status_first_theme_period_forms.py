"""Forms of five published families read since session 31 (tests/zoo/pending documents of our own):
a plan whose status is its first column and whose refs are composite ("WH4/R1/A1"), a CSPR's
"dd-Mon-yy" key events and its "Where we are now" cells opening with a status word, a plan's
Finish month as the target date, a theme's only lettered recommendation under its heading, and a
chronology whose "Chronology" title sits straight over its first period heading."""

from __future__ import annotations

from pathlib import Path

import pytest

from dhrparse.pipeline import extract
from dhrparse.vocab.dates import find_dates
from dhrparse.vocab.refs import composite_recommendation, parent_of

PENDING = Path(__file__).parent / "zoo" / "pending"


def test_day_month_name_short_year_is_a_day():
    (found,) = find_dates("03-Feb-21", None)
    assert (found.value.start, found.value.precision) == ("2021-02-03", "day")
    (month,) = find_dates("Apr-25", None)  # (a month alone stays a month)
    assert month.value.precision == "month"


def test_composite_ref_names_its_recommendation():
    assert composite_recommendation("TD7/R1/A1") == "R1"
    assert parent_of("WH4/R3/A2") == "R3"
    assert composite_recommendation("R1") is None and parent_of("2.1") == "2"


@pytest.mark.parametrize("route", [".docx", ".pdf"])
def test_status_first_plan_with_composite_refs(route):
    doc = extract(PENDING / f"dhr_plan_status_first_composite_refs{route}")
    assert [r.ref for r in doc.recommendations] == ["R1", "R2", "R3"]
    assert doc.recommendations[0].text.startswith("Wexholm Police should")
    rows = [(a.ref, a.recommendation_ref, a.status.value) for a in doc.actions]
    assert rows[:3] == [
        ("WH4/R1/A1", "R1", "complete"),  # Embedded
        ("WH4/R1/A2", "R1", "complete"),  # Implemented
        ("WH4/R2/A1", "R2", "in_progress"),  # In train
    ]
    assert [a.target_date.start for a in doc.actions][:2] == ["2025-03-31", "2025-04-30"]


def test_key_events_days_and_status_opening_the_update():
    doc = extract(PENDING / "cspr_key_events_status_opening_update.docx")
    assert [e.date.start for e in doc.chronology][:2] == ["2022-03-14", "2022-04-29"]
    assert [a.status.value for a in doc.actions] == ["complete", "in_progress", "not_started", "not_started"]


def test_finish_month_is_the_target_date():
    doc = extract(PENDING / "sar_plan_percent_complete_finish_months.docx")
    assert [a.target_date.start for a in doc.actions][:3] == ["2025-04", "2025-09", "2026-01"]


def test_theme_only_recommendation_under_its_heading():
    doc = extract(PENDING / "sar_summary_theme_lettered_recs_timeline.docx")
    assert [r.ref for r in doc.recommendations] == ["A1", "A2", "B1", "C1"]


@pytest.mark.parametrize("route", [".txt", ".corpus.txt"])
def test_chronology_title_over_a_period_heading(route):
    doc = extract(PENDING / f"dhr_period_headed_dotted_chronology{route}")
    assert len(doc.chronology) == 6
    assert doc.chronology[0].date.start == "2018-05-03"
