"""The chronology's parts on their own: the relative-date grammar's form order, period lines,
date cells and quoted speech in an entry's dating (extractors/chronology/, vocab/relative_grammar.py)."""

from __future__ import annotations

import pytest

from dhrparse.extractors.chronology.dating import event_date, is_date_cell, mask_quotes
from dhrparse.extractors.chronology.periods import period_only
from dhrparse.models import DateValue
from dhrparse.vocab.relative_grammar import find_relative


def test_a_phrase_counted_from_the_death_wins_over_the_plain_offset_inside_it(patterns):
    found = find_relative("Mrs Okafor phoned the surgery the day before the homicide.", patterns)
    assert len(found) == 1
    assert found[0].to_death and found[0].amount == -1 and found[0].unit == "day"


def test_relative_expressions_come_back_left_to_right(patterns):
    found = find_relative("Two days later, at 14:30, the housing officer called again.", patterns)
    assert [f.raw.lower() for f in found] == ["two days later", "at 14:30"]
    assert [f.unit for f in found] == ["day", "day"] and found[0].amount == 2


@pytest.mark.parametrize(
    "text, loose, expected",
    [
        ("August to October 2010.", False, True),
        ("Key Episode 2: May 2012", False, True),
        ("May 2012 home visits", True, True),
        ("May 2012 home visits", False, False),
        ("The officer called at the flat in May 2012 after a neighbour rang.", True, False),
    ],
)
def test_a_period_line_only_names_a_period(patterns, text, loose, expected):
    assert period_only(text, patterns, loose=loose) is expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("11/02/2019 14:30", True),
        ("March to May 2020", True),
        ("11/02/2019 Police attended", False),
        ("", False),
    ],
)
def test_a_date_cell_is_a_date_and_nothing_else(patterns, text, expected):
    assert is_date_cell(text, patterns) is expected


def test_dates_in_quoted_speech_do_not_date_an_entry(patterns):
    text = 'Ms Varga told the nurse "it started on 3 March 2019" and left.'
    assert len(mask_quotes(text)) == len(text) and "2019" not in mask_quotes(text)
    anchor = DateValue(raw="1 May 2019", start="2019-05-01", end="2019-05-01", precision="day")
    got = event_date(text, anchor, None, patterns)
    assert got is not None and got.start == "2019-05-01" and got.relative
