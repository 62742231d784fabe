"""Shortcuts in the chronology and review extractors give what the plain computation gives.

Each plain computation here is the check as first written: the whole text tidied and counted,
the anchored search run over the whole line."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from dhrparse.extractors.chronology.columns import surely_more_words
from dhrparse.extractors.chronology.vocabulary import ENDS_IN_NUMBER, ends_in_number

# the characters the shortcuts turn on: white space of both kinds, edge marks, digits of two scripts
_CHARS = st.sampled_from(list("ab Z:|.\t\n\r\x0b\x0c\x1c\x85\xa0\u2003\u3000" + "0917٣"))
_WORDS = st.sampled_from(["Date", "Agency", ":", "|", "::", "|:", "and", "2019", "event,", " ", "  ", "\t"])


def _plain_words(text: str, edge: str) -> int:
    return len(" ".join(text.split()).strip(" " + edge).split())


@settings(max_examples=600, deadline=None)
@given(st.one_of(st.text(_CHARS, max_size=40), st.lists(_WORDS, max_size=16).map(" ".join)))
def test_surely_more_words_only_says_so_when_the_tidied_text_has_more(text):
    for limit, edge in ((4, ":"), (8, ":|"), (0, ":"), (2, "|")):
        if surely_more_words(text, limit, edge):
            assert _plain_words(text, edge) > limit, (text, limit, edge)


def test_surely_more_words_tells_a_paragraph_and_leaves_a_header_open():
    prose = "Police attended the address after a neighbour reported shouting and a door banging"
    assert surely_more_words(prose, 4, ":")
    assert not surely_more_words("Date | Agency | Event", 8, ":|")
    # words made only of edge marks may be stripped away: the count is left to the plain check
    assert not surely_more_words(": : : : : Date Agency", 4, ":")
    assert _plain_words(": : : : : Date Agency", ":") == 2


@settings(max_examples=600, deadline=None)
@given(st.text(_CHARS, max_size=30))
def test_ends_in_number_is_the_anchored_search(text):
    assert ends_in_number(text) == (ENDS_IN_NUMBER.search(text) is not None), repr(text)


def test_ends_in_number_reads_a_running_footer():
    assert ends_in_number("Overview Report Ashby DHR Final Version 14 \n")
    assert ends_in_number("Page 3 of 31\u3000")
    assert not ends_in_number("The review met on 3 May 2019 and again in June.")
    assert not ends_in_number("")
