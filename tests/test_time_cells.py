"""A chronology table with a time column (Date | Time | Agency | Event): a time cell that is no
bare clock ("Approx." over "22:10", "Not known") is the row's time, never its agency or event;
a row with an empty date cell, opened by its time after the event above ended a sentence, is a
separate event on the same day (time_cells; tests/zoo/build_chron_time_column_same_day.py)."""

from __future__ import annotations

from pathlib import Path

from conftest import extracted

from dhrparse.extractors.chronology.joined_times import same_day_dates as _same_day_dates
from dhrparse.extractors.chronology.joined_times import time_off as _time_off
from dhrparse.extractors.chronology.time_cells import date_only, opens_same_day_row, time_cell
from dhrparse.patterns import load_patterns

ZOO = Path(__file__).resolve().parent / "zoo"
STEM = "chron_time_column_same_day_rows"
P = load_patterns()


def test_a_time_cell_gives_its_clock_or_says_none_was_recorded():
    assert time_cell(["22:10"], P) == "22:10"
    assert time_cell(["Approx.", "22:10"], P) == "22:10"
    assert time_cell(["c.", "06:30"], P) == "06:30"
    assert time_cell(["Not", "known"], P) == ""
    assert time_cell(["Unknown"], P) == ""


def test_words_that_are_no_time_cell():
    assert time_cell(["Police"], P) is None
    assert time_cell(["Approx."], P) is None  # (the qualifier alone: its clock is still to come)
    assert time_cell(["Approx.", "Police"], P) is None
    assert time_cell(["At", "22:10", "officers"], P) is None
    assert time_cell([], P) is None


def test_a_clock_opens_a_same_day_row_only_after_a_timed_row_ended_its_sentence():
    assert opens_same_day_row("15:20", "mark needed a referral.", True)
    assert not opens_same_day_row("15:20", "mark needed a referral.", False)  # (the row's own time)
    assert not opens_same_day_row("15:20", "the manager rang back at", True)  # (the event runs on)
    assert not opens_same_day_row("Police", "mark needed a referral.", True)


def test_the_date_without_its_time():
    assert date_only("17/09/2024 08:40") == "17/09/2024"
    assert date_only("17/09/2024") == "17/09/2024"
    assert date_only("08:40") == "08:40"  # (a clock alone is no date to cut)


def test_joined_rows_take_a_qualified_clock_off_the_agency():
    # ("Approx." on the row's first line, its clock at the head of the next)
    date, body = _time_off(
        "29/09/2024", [["Approx.", "Police", "A", "neighbour"], ["22:10", "the", "flats."]], P
    )
    assert date == "29/09/2024 22:10"
    assert body == [["Police", "A", "neighbour"], ["the", "flats."]]
    # (the clock already read as the date cell's wrapped rest: the qualifier alone is dropped)
    assert _time_off("29/09/2024 22:10", [["Approx.", "Police"], ["the"]], P)[1] == [["Police"], ["the"]]


def test_joined_rows_date_a_row_opened_by_its_time_as_the_row_above():
    split = [("17/09/2024 08:40", [["Day", "nursery"]]), (" 15:20", [["Day", "nursery"]])]
    assert [d for d, _ in _same_day_dates(split)] == ["17/09/2024 08:40", "17/09/2024 15:20"]
    split = [("17/09/2024 08:40", [["Day"]]), ("", [["16:05", "Advice", "line"]])]
    assert _same_day_dates(split)[1] == ("17/09/2024 16:05", [["Advice", "line"]])


def _events(route: str):
    return [(ev.date.start, ev.agencies, ev.text) for ev in extracted(ZOO / f"{STEM}.{route}").chronology]


def test_the_zoo_table_gives_every_row_on_the_text_routes():
    for route in ("txt", "corpus.txt"):
        got = _events(route)
        assert [start for start, _, _ in got] == [
            "2024-09-03",
            "2024-09-17",
            "2024-09-17",
            "2024-09-17",
            "2024-09-29",
            "2024-10-08",
            "2024-10-21",
            "2024-11-02",
            "2024-11-02",
        ], route
        texts = [text for _, _, text in got]
        assert texts[2].startswith("Manager rang") and "16:05" not in texts[2], route
        assert texts[4].startswith("A neighbour reported"), route  # (not "Approx." or the clock)
        assert texts[6].startswith("Finbar absent"), route  # (not "Not known")
        assert texts[8].startswith("CT scan"), route
