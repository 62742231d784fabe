"""Families the session-28 blind set showed failing, each in a pending zoo document written in
our own words (tests/zoo/pending/): a SAR summary whose plan names each action's lettered
recommendation in a "For" column ("A", "B(i)"); a DHR plan whose only progress is a "Date signed
off" column; a key-dates list a PDF reads as three
columns; a narrow status column breaking its words; a tracker numbering actions in roman numerals
under bare-numbered bands; a recommendations table naming whom each is "addressed to"."""

from __future__ import annotations

from pathlib import Path

import pytest

from dhrparse.extractors.chronology.hanging_dates import hanging_date_columns, trailing_headings
from dhrparse.pipeline import extract
from dhrparse.plan.status import normalise_status

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"


@pytest.mark.parametrize("ext", [".pdf", ".docx"])
def test_for_column_letters_are_refs_of_lettered_recommendations(ext):
    result = extract(PENDING / f"sar_summary_for_what_who_plan{ext}")
    assert [r.ref for r in result.recommendations] == ["a", "b", "c", "d"]
    actions = result.actions
    assert [a.ref for a in actions] == ["A", "B(i)", "B(ii)", "C", "D"]
    assert [(a.recommendation_ref or "").lower() for a in actions] == ["a", "b", "b", "c", "d"]
    assert actions[0].lead == "Safeguarding Adults Manager"
    assert [a.status.value for a in actions] == [
        "complete",
        "in_progress",
        "not_started",
        "in_progress",
        "not_started",
    ]


def test_for_column_plain_text_keeps_the_report_recommendations():
    # (plain pdftotext prints the plan as column blocks: the report's lettered recommendations,
    # a page before the header, are never taken for the table's first column)
    result = extract(PENDING / "sar_summary_for_what_who_plan.txt")
    assert len(result.recommendations) == 4
    assert all(a.action.split()[0][0].isupper() for a in result.actions)


@pytest.mark.parametrize("ext", [".pdf", ".docx"])
def test_signed_off_date_completes(ext):
    result = extract(PENDING / f"dhr_plan_signed_off_bands{ext}")
    actions = {a.ref: a for a in result.actions}
    assert len(actions) == 9
    assert actions["1.1"].status.value == "complete"  # signed off 14/10/2025
    assert actions["1.2"].status.value == "unknown"  # left blank: says nothing of its state
    assert sum(a.status.value == "complete" for a in result.actions) >= 3


def test_key_dates_read_as_three_columns_end_at_the_next_heading():
    result = extract(PENDING / "dhr_key_dates_landscape_plan.pdf")
    dates = [e.date.start for e in result.chronology]
    assert dates[0] == "2019-03" and dates[-1] == "2021-06" and len(dates) == 6
    # the recommendations printed after the list are no events
    assert not any("should" in e.text for e in result.chronology)


def test_hanging_date_columns():
    def is_date(text):
        return text.split()[0] in ("Spring", "August", "3")

    rows = [
        ["Spring 2019", "", "They met."],
        ["August 2020", "", "He moved in."],
        ["3 May 2021", "", "She died."],
    ]
    assert hanging_date_columns(rows + [["4. Recommendations", "", ""]], is_date) == {"date": 0, "event": 2}
    assert trailing_headings(rows + [["4. Recommendations", "", ""]], is_date) == 1
    # a row of any other shape: not such a list
    assert hanging_date_columns(rows + [["1.", "The Board should act.", ""]], is_date) is None
    assert hanging_date_columns([r[:1] + r[2:] for r in rows], is_date) is None  # (two cells: tables')


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("Complet e", "complete"),
        ("In progre ss", "in_progress"),
        ("Not starte d", "not_started"),
        ("Note d", "unknown"),
    ],
)
def test_status_word_broken_inside(raw, value):
    assert normalise_status(raw).value == value


@pytest.mark.parametrize("ext", [".pdf", ".docx", ".txt"])
def test_roman_numbered_actions_under_bands(ext):
    result = extract(PENDING / f"sab_tracker_roman_subactions{ext}")
    assert [r.ref for r in result.recommendations] == ["1", "2", "3", "4"]
    assert [a.ref for a in result.actions] == ["1(i)", "1(ii)", "2(i)", "2(ii)", "3(i)", "4(i)", "4(ii)"]
    assert [a.recommendation_ref for a in result.actions] == ["1", "1", "2", "2", "3", "4", "4"]


@pytest.mark.parametrize("ext", [".pdf", ".docx"])
def test_recommendation_addressed_to_column_is_the_agency(ext):
    recs = extract(PENDING / f"cspr_addressed_to_table{ext}").recommendations
    assert recs[1].agency == "Brindlecombe Community Health Trust"
    assert recs[4].agency == "Department for Education"
