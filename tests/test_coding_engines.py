"""Theme coding and scope run their expressions by `re` where it reads them as `regex` does
(vocab.engines): the grammar of an ask, the scope and sector vocabularies, the blanking of
organisation names and the clause markers searched one by one. Each must give exactly what
`regex` alone gives: every recommendation of the theme cases and the samples is coded both
ways and compared whole (ask, scores, themes, evidence, scope), and each expression is held
to `regex` on the samples' sentences and on generated text."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from dhrparse.coding.asks import Grammar
from dhrparse.coding.scope import ScopeReader
from dhrparse.coding.sectors import ServiceSectors
from dhrparse.coding.themes import ThemeCoder, Vocabulary
from dhrparse.coding.zones import blank_out
from dhrparse.patterns import load_patterns
from dhrparse.vocab import engines

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"


@cache
def _asks() -> list[tuple[str, str | None, str | None]]:
    """(text, title, agency) of every theme case and every recommendation of the samples."""
    import tomllib

    from conftest import extracted  # the samples as the other tests read them, once a session

    asks = [
        (case["text"], None, case.get("agency"))
        for path in sorted(DATA.glob("theme_cases*.toml"))
        for case in tomllib.loads(path.read_text(encoding="utf-8"))["case"]
    ]
    for path in sorted((ROOT / "samples").glob("*.txt")):
        asks += [(r.text, r.title, r.agency_printed or r.agency) for r in extracted(path).recommendations]
    return asks


def _coded(patterns) -> list[tuple]:
    coder, scopes = ThemeCoder(patterns), ScopeReader(patterns)
    found = []
    for text, title, agency in _asks():
        coding = coder.code(text, title=title, addressee_hint=agency)
        scope = scopes.scope(coding.ask, addressees=[agency], area="Westshire")
        found.append((coding.ask, coder.score(coding.ask), coding.themes, coding.evidence, scope))
    return found


def _patterns():
    """Patterns whose derived vocabularies are built afresh (none kept from another test)."""
    from dhrparse.patterns import Patterns

    return Patterns(load_patterns().data)


def test_every_ask_is_coded_as_regex_alone_codes_it(monkeypatch):
    fast = _coded(_patterns())
    assert len(fast) >= 300
    # the plain computation: no text is one `re` may read, so `regex` runs every expression
    monkeypatch.setattr(engines.PlainTexts, "plain", lambda self, text: False)
    plain = _coded(_patterns())
    for got, want in zip(fast, plain):
        assert got == want, got[0]


@cache
def _regex_module(source: str, flags: int) -> regex.Pattern:
    """The `regex` module's compiling of an expression, kept: the checks below ask it of the same
    expressions on every sentence (its own cache is a slower look-up than this one)."""
    return regex.compile(source, flags)


def _read_alike(pattern: engines.TextPattern, text: str) -> None:
    rx = _regex_module(pattern.source, pattern.flags)
    for way in ("search", "match"):
        got, want = getattr(pattern, way)(text), getattr(rx, way)(text)
        assert (got and (got.span(), got.group(0))) == (want and (want.span(), want.group(0))), (
            way,
            pattern.source,
            text,
        )


@cache
def _text_patterns() -> list[engines.TextPattern]:
    patterns = load_patterns()
    grammar, scope, sectors = Grammar.of(patterns), ScopeReader.of(patterns), ServiceSectors.of(patterns)
    found = [v for part in (grammar, scope, sectors) for v in vars(part).values()]
    found += grammar.directives + scope.body_forms + [rx for _, rx in scope.printed_forms]
    found += list(sectors.sectors.values())
    return [p for p in found if isinstance(p, engines.TextPattern)]


def _sentences() -> list[str]:
    return [
        piece
        for text, _, _ in _asks()
        for sentence in regex.split(r"(?<=[.;:])\s+", text)
        for piece in (sentence, sentence[:40], sentence[-60:])
    ]


def test_the_coding_expressions_find_with_re_what_regex_finds():
    patterns = _text_patterns()
    assert len(patterns) >= 20 and sum(p.std is not None for p in patterns) >= len(patterns) - 2
    sentences = _sentences()
    assert len(sentences) >= 1000
    for sentence in sentences:
        for pattern in patterns:
            _read_alike(pattern, sentence)


def test_places_named_after_across_are_found_as_regex_finds_them():
    """Regional scope reads "across <Place>" with every match of the expression."""
    scope = ScopeReader.of(load_patterns())
    names = scope.across_named
    assert names.std is not None
    rx = regex.compile(names.source, names.flags)
    found = 0
    for sentence in _sentences() + ["Work across Westshire and Eastshire, and across the Borough", "across"]:
        got = [
            (m.span(), m.group("name")) for m in names.finditer(sentence, scope.plain_texts.plain(sentence))
        ]
        assert got == [(m.span(), m.group("name")) for m in rx.finditer(sentence)], sentence
        found += len(got)
    assert found >= 3


def test_organisation_names_are_blanked_as_regex_blanks_them():
    vocab = Vocabulary.of(load_patterns())
    names = vocab.organisation
    assert names.std is not None
    rx = regex.compile(names.source, names.flags)
    blanked = 0
    for sentence in _sentences():
        want = rx.sub(lambda m: " " * len(m.group(0)), sentence)
        assert blank_out(names, sentence, vocab.plain_texts.plain(sentence)) == want, sentence
        blanked += want != sentence
    assert blanked >= 20


PIECES = [
    "Westshire Safeguarding Adults Board",
    "The Council",
    "NHS England",
    "GP practices",
    "should",
    "to",
    "be reviewed by",
    "ensure that",
    "in order to",
    "across the county",
    "nationally",
    "Home Office",
    "mental health services",
    "clients",
    "Board",
    "the",
    " ",
    ".",
    ";",
    "’",
    "–",
    "¹",
    "\x1c",
    "ſ",
    "İ",
    "\u212a",
]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=14).map("".join))
def test_the_coding_expressions_agree_on_generated_text(text):
    for pattern in _text_patterns():
        _read_alike(pattern, text)
    names = Vocabulary.of(load_patterns()).organisation
    want = _regex_module(names.source, names.flags).sub(lambda m: " " * len(m.group(0)), text)
    assert blank_out(names, text, engines.PlainTexts().plain(text)) == want


def test_an_empty_organisation_match_is_left_to_regex():
    names = engines.Expression(r"x*", 0)
    for text in ("", "axxb", "xx a xb"):
        assert blank_out(names, text, True) == regex.sub(r"x*", lambda m: " " * len(m.group(0)), text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=0x7F), max_size=12) | st.text(max_size=6))
def test_a_text_of_printable_ascii_is_plain_as_its_characters_are(text):
    """PlainTexts tells a printable ASCII text at once; its verdict is still the characters'."""
    assert engines.PlainTexts().plain(text) == all(engines.read_alike(c) for c in text)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(["train", "ing", "risk", "s", "polic", "y", "ies", "safe", "guard", "x", "9"]),
        max_size=8,
    )
)
def test_the_words_of_a_run_are_those_the_plain_scan_finds(pieces):
    """cue_words.WordIndex finds a run's words among its pieces: the words a test of each finds."""
    from dhrparse.vocab.cue_words import WordIndex

    index = WordIndex(Vocabulary.of(load_patterns()).word_index.words)
    run = "".join(pieces)
    assert index.words_in(run) == {w for w in index.words if w in run}
