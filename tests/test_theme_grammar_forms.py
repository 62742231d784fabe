"""Tail and directive expressions of patterns/themes.toml [grammar] that open with a lookahead
only repeating the words their match opens with (so the costly lookbehind after it is tried at
those words alone) must find exactly what the expression without that lookahead finds."""

from __future__ import annotations

from pathlib import Path

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from dhrparse.patterns import load_patterns

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
TAILS = load_patterns().list("themes.grammar.tail")
DIRECTIVES = load_patterns().list("themes.grammar.directive")


def _without_leading_lookahead(source: str) -> str:
    assert source.startswith("(?=")
    depth = 0
    for k, ch in enumerate(source):
        depth += {"(": 1, ")": -1}.get(ch, 0) if source[k - 1 : k] != "\\" else 0
        if depth == 0:
            return source[k + 1 :]
    raise AssertionError(source)


GUARDED = [s for s in TAILS + DIRECTIVES if s.startswith("(?=")]
PAIRS = [
    (regex.compile(s, regex.IGNORECASE), regex.compile(_without_leading_lookahead(s), regex.IGNORECASE))
    for s in GUARDED
]
JOINED = [
    regex.compile("|".join(f"(?:{s})" for s in sources), regex.IGNORECASE)
    for sources in (
        TAILS,
        [_without_leading_lookahead(s) if s.startswith("(?=") else s for s in TAILS],
    )
]


def _same_matches(text: str) -> None:
    for guarded, plain in PAIRS:
        assert [m.span() for m in guarded.finditer(text)] == [m.span() for m in plain.finditer(text)], text
    fast, slow = JOINED
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in slow.finditer(text)], text


def test_some_tail_expression_is_guarded():
    assert GUARDED  # else this file tests nothing: remove it with the last guard


def test_a_directive_is_guarded():
    assert any(s.startswith("(?=") for s in DIRECTIVES)


def test_guarded_tails_match_as_the_plain_expressions_on_the_samples():
    for path in sorted(SAMPLES.glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            _same_matches(line)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "awareness",
                "information",
                "leaflets",
                "campaign",
                "briefings",
                "about",
                "ABOUT",
                "regarding",
                "on",
                "of",
                "the",
                "signs",
                "risks",
                "of the",
                "Of The Dangers",
                "staff",
                "public",
                # the words the other guarded tails open with or look behind for
                "so that",
                "policy",
                "ask the board",
                "to ensure",
                "set out",
                "where",
                "when",
                "check",
                "whether",
                "write to the Home Office",
                "asking",
                "to highlight",
                # the directive's subject and infinitive
                "Surgery 1",
                "to",
                "TO be",
                "should",
                "(the trust)",
                "-",
                "\n",
                ".",
                ";",
                "x" * 30,
            ]
        ),
        max_size=14,
    ).map(" ".join)
)
def test_guarded_tails_match_as_the_plain_expressions(text):
    _same_matches(text)
