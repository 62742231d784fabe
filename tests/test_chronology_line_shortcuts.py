"""Cheap tests the chronology finders ask of every printed line give what the plain computation
gives: a column's name standing alone (agency_apart, columns_apart, stacked_lines) told from a
line's first words, and the year titles a paragraph may open counted only where a year's first
digits are printed (story).

Each plain computation is the check as first written: the whole line tidied and its words
counted, the expression searched over every paragraph."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from dhrparse.document import Line
from dhrparse.extractors.chronology import agency_apart, columns_apart, stacked_lines, story
from dhrparse.extractors.chronology.columns import Columns
from dhrparse.extractors.chronology.vocabulary import SENTENCE_END
from dhrparse.patterns import load_patterns

_P = load_patterns()
_NAMES = Columns(_P)

# white space of every kind str.split knows (the separators \x1c-\x1f among them), and words a
# column's name is made of
_SPACES = st.sampled_from(
    [" ", "  ", "\t", "\n", "\r", "\x0b", "\x0c", "\x1c", "\x1f", "\x85", "\xa0", "\u3000"]
)
_WORDS = st.sampled_from(
    [
        "Date",
        "date",
        "Agency",
        "Time",
        "Event",
        "Source",
        "Ref",
        "Comment",
        "and",
        "Police",
        "attended.",
        ":",
        "|",
    ]
)
_LINES = st.lists(st.one_of(_WORDS, _SPACES), max_size=10).map("".join)


def _plain_agency_lone_name(text: str) -> str | None:
    text = " ".join(text.split())
    if not 0 < len(text.split()) <= 3 or not text[:1].isupper() or SENTENCE_END.search(text):
        return None
    return _NAMES.field_of(text)


def _plain_lone_name(line: Line) -> bool:
    text = " ".join(line.text.split())
    return 0 < len(text.split()) <= 3 and _NAMES.field_of(text) is not None


@settings(max_examples=500, deadline=None)
@given(_LINES)
def test_a_lone_column_name_is_told_as_the_whole_line_tidied_tells_it(text):
    assert agency_apart._lone_name(text, _NAMES) == _plain_agency_lone_name(text), repr(text)
    line = Line(1, text)
    assert columns_apart._lone_name(line, _NAMES) == _plain_lone_name(line), repr(text)
    assert stacked_lines._lone_name(line, _NAMES) == _plain_lone_name(line), repr(text)


def test_lone_column_names_are_found_and_prose_is_not():
    assert agency_apart._lone_name("  Date ", _NAMES) == "date"
    assert columns_apart._lone_name(Line(1, "Date\x1c"), _NAMES)
    assert not stacked_lines._lone_name(Line(1, "Date Agency Event Time"), _NAMES)
    assert agency_apart._lone_name("Police attended the address", _NAMES) is None


_STORY_CHARS = st.sampled_from(
    list("0129 \t\n.!?'’\"”:–—-ab") + ["19", "20", "2019", "1987", "2020: ", ". 2021 -"]
)


@settings(max_examples=600, deadline=None)
@given(st.lists(_STORY_CHARS, max_size=30).map("".join))
def test_year_led_counts_as_the_search_over_the_whole_paragraph(text):
    assert story._year_led(text) == len(story._YEAR_LED.findall(text)), repr(text)


def test_year_led_counts_year_titles_run_into_a_paragraph():
    assert story._year_led("2019: a new home\nShe moved. 2020 - the first call") == 2
    assert story._year_led("On 3 March she saw her GP.") == 0
