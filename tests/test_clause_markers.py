"""ClauseMarkers (coding/clause_markers.py) finds a purpose or context clause's markers with
two alternations, one per engine; it must find exactly what the single `regex` alternation
of the same expressions finds, on the shipped tail markers and on made-up ones built to hit
its turns (a tie between the engines, an empty match, a text `re` may read otherwise). The
same for the ask's sentence breaks, split by `re` where it can (coding/asks.py SentenceBreaks)."""

from __future__ import annotations

from pathlib import Path

import regex
from conftest import text_route
from hypothesis import given, settings
from hypothesis import strategies as st

from dhrparse.coding.clause_markers import ClauseMarkers
from dhrparse.patterns import load_patterns

ROOT = Path(__file__).resolve().parents[1]
TAILS = load_patterns().list("themes.grammar.tail")
MARKERS = ClauseMarkers(TAILS)


def _spans(found) -> list[tuple[int, int]]:
    return [m.span() for m in found]


def _same(markers: ClauseMarkers, text: str) -> None:
    single = regex.compile(markers.source, markers.flags)
    assert _spans(markers.finditer(text)) == _spans(single.finditer(text)), text


def test_the_shipped_markers_are_split_between_the_engines():
    # else the shortcut is never taken and this file tests only the plain path
    assert MARKERS.fast is not None and MARKERS.slow


def test_same_markers_on_the_samples_and_the_zoo():
    paths = sorted((ROOT / "samples").glob("*.txt")) + text_route(ROOT / "tests" / "zoo")
    assert paths
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            _same(MARKERS, line)


WORDS = [
    "revise its policy so that",
    "so that",
    "so as to",
    "ask the board to ensure",
    "to ensure",
    "in order to",
    "which",
    "by which",
    "who",
    "set out when",
    "where",
    "whenever",
    "after the",
    "including",
    "responding to",
    "for dealing with",
    "check whether",
    "whether",
    "raise awareness among staff",
    "about",
    "on",
    "of the signs",
    "write to the minister",
    "asking",
    "to highlight",
    "e.g.",
    "staff",
    "training",
    ".",
    ";",
    # characters `re` and `regex` read otherwise (a word character, a space to one engine
    # only): such a text goes to the single alternation
    "which¹",
    "in\x1corder to",
    "İncluding",
    "’",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=16).map(" ".join))
def test_same_markers_on_generated_asks(text):
    _same(MARKERS, text)


def test_a_text_the_engines_read_otherwise():
    for text in ("staff which¹ are", "in\x1corder to"):
        _same(MARKERS, text)


def test_a_tie_goes_to_the_marker_listed_first():
    # the `regex`-only marker is listed first and starts where the `re` one does
    markers = ClauseMarkers([r"(?<=\bthe\s+\w+\s)\bboard\w*", r"\bboa"])
    assert markers.fast is not None and markers.slow is not None
    for text in ("the local boards", "a boa and the local boards meet", "boards"):
        _same(markers, text)
    assert _spans(markers.finditer("the local boards")) == [(10, 16)]


def test_an_empty_match_is_left_to_the_single_alternation():
    markers = ClauseMarkers([r"x*", r"(?<=\ba\s+)b"])
    assert markers.fast is not None
    for text in ("", "xx a b", "a  bx", "bxx"):
        _same(markers, text)


def test_markers_with_groups_are_not_split():
    markers = ClauseMarkers([r"(so)\s+that", r"(?<=\bit\s+)(?:so|as)\b"])
    assert markers.fast is None
    _same(markers, "do it so that it is as it is")


# Sentence breaks (coding/asks.py SentenceBreaks): split by `re` where it can, as `regex` splits.
BREAK = load_patterns().get("themes.grammar.sentence_break")


def _same_split(source: str, text: str) -> None:
    from dhrparse.coding.asks import SentenceBreaks

    assert SentenceBreaks(source).split(text) == regex.compile(source).split(text), text


def test_the_shipped_sentence_break_is_split_by_re():
    from dhrparse.coding.asks import SentenceBreaks

    assert SentenceBreaks(BREAK).expression.std is not None


def test_same_sentences_on_the_samples_and_the_zoo():
    paths = sorted((ROOT / "samples").glob("*.txt")) + text_route(ROOT / "tests" / "zoo")
    for path in paths:
        text = path.read_text(encoding="utf-8")
        for block in text.split("\n\n"):
            _same_split(BREAK, block)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "Staff",
                "should",
                "be trained.",
                "and to",
                "review;",
                "\n",
                "- ",
                "• ",
                "(a) ",
                "b) ",
                "Then",
                "“The",
                ",",
                ":",
                "  ",
                "\t",
                "x\x1c",
                "İt",
            ]
        ),
        max_size=16,
    ).map("".join)
)
def test_same_sentences_on_generated_recommendations(text):
    _same_split(BREAK, text)


def test_breaks_with_groups_or_found_empty_are_split_by_regex():
    for source, text in (
        (r"(;)\s*", "one; two;three"),  # the group's text is kept in the split
        (r"\s*(?=and\b)", "train staff and review and audit"),  # an empty break before "and"
    ):
        _same_split(source, text)
