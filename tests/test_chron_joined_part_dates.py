"""A chronology table printed with each line's cells joined by single spaces (corpus text), whose
date cell names a part of a month wrapped down the narrow date column ("Late" over "December" over
"2018", the agency's and event's words after each): the row opens at "Late" (joined_rows.
DateOpening). Alone, such a word opens no date ("Early Help" over "2019 ..." is a name, and a year
with a part before it is no finer than the year an agency's line may start with)."""

from __future__ import annotations

from pathlib import Path

from conftest import extracted

from dhrparse.extractors.chronology.date_opening import DateOpening
from dhrparse.patterns import load_patterns
from dhrparse.pipeline import extract

ZOO = Path(__file__).resolve().parent / "zoo"
DATES = DateOpening(load_patterns())


def test_a_part_of_a_month_wrapped_over_three_lines_opens_the_row():
    lines = [
        [
            "Late",
            "Larchmere",
            "Council",
            "Her",
            "sister",
            "calls",
            "again,",
            "worried",
            "that",
            "Money",
            "not",
        ],
        [
            "December",
            "Adult",
            "Social",
            "Care",
            "he",
            "is",
            "taking",
            "money",
            "from",
            "her",
            "purse.",
            "recognised.",
        ],
        ["2018", "The", "call", "is", "closed", "with", "advice."],
    ]
    assert DATES.cell(lines) == [1, 1, 1]
    assert DATES.cell([["Mid", "Police", "Officers"], ["March", "attend"], ["2020", "the"]]) == [1, 1, 1]


def test_a_part_word_with_no_month_after_it_opens_no_row():
    assert DATES.cell([["Early", "Help", "Hub", "referral"], ["2019", "closed"]]) == []
    assert DATES.cell([["Late", "in", "the", "evening"], ["officers", "attend"]]) == []
    assert DATES.cell([["late", "Police"], ["December", "x"], ["2018", "y"]]) == []  # (not capitalised)


def test_the_row_under_a_part_dated_cell_is_read_apart():
    intro = ["Tarnmoor Safer Communities Partnership", "Appendix B – Combined chronology"]
    table = [
        "Date Agency Contact/Event Comment",
        "19/11/2018 Tarnmoor Police Derek does not attend his appointment. Missed chance",
        "Officers close the case after one letter. to re-engage.",
        "Late Tarnmoor Council Her sister calls again, worried that Money not",
        "December Adult Social Care he is taking money from her purse. recognised.",
        "2018 The call is closed with advice.",
        "14.01.2019 Elm Row Surgery She attends with bruising to her No routine",
        "forearm, which she says came from a fall. enquiry made.",
    ]
    events = extract("".join(f"{ln} \n\n" for ln in intro + table), name="t.txt").chronology
    assert [ev.date.start for ev in events] == ["2018-11-19", "2018-12", "2019-01-14"]
    assert events[1].text.startswith("Her sister calls again")


def test_the_zoo_table_in_corpus_text_opens_a_row_at_each_part_date():
    # (tests/zoo/build_chron_joined_part_dates.py: "Late" over "December" over "2018")
    events = extracted(ZOO / "chron_joined_part_dates.corpus.txt").chronology
    assert [ev.date.start for ev in events] == [
        "2015",
        "2018-06-11",
        "2018-12",
        "2019-01-14",
        "2019-04",
        "2019-06",
        "2019-09-03",
        "2019-10-27",
    ]
    assert events[2].text.startswith("Dervla's brother calls, worried that Casper is taking her pension.")
    assert events[1].text.endswith("DASH graded standard.")  # (not run on into the next row's)
