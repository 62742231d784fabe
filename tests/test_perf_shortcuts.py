"""The speed shortcuts give exactly the answers of the slow paths they skip.

Each shortcut (a substring test before a regex, a bound before a costly fuzzy match,
a cache) is checked against the plain computation on corpus text and on generated text.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from dhrparse.patterns import load_patterns
from dhrparse.vocab.agencies import Gazetteer, first_mentions
from dhrparse.vocab.dates import find_dates

SAMPLES = Path(__file__).resolve().parents[1] / "samples"


def _plain_find(gaz: Gazetteer, text: str) -> list[str]:
    import re

    spans: list[tuple[int, int, str]] = []
    for term, canon, cs in gaz._terms:
        rx = re.compile(rf"(?<![\w-]){re.escape(term)}(?![\w-])", 0 if cs else re.I)
        spans.extend((m.start(), m.end(), canon) for m in rx.finditer(text))
    return first_mentions(spans)


def test_gazetteer_find_matches_plain_search_on_corpus_lines():
    gaz = Gazetteer(load_patterns(), {"WMP": "West Midlands Police", "CSC": "Children's Social Care"})
    text = (SAMPLES / "001_de2b1f6d2af1e5e0.txt").read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if ln.strip()][:400]
    hits = 0
    for line in lines:
        expected = _plain_find(gaz, line)
        assert gaz.find(line) == expected, line
        hits += bool(expected)
    assert hits >= 10  # the corpus lines do name agencies


@given(
    st.lists(
        st.sampled_from(
            [
                "police",
                "POLICE",
                "polıce",
                "İ",
                "ſ",
                "nhs",
                "NHS",
                "wmp",
                "WMP",
                "-",
                ",",
                " ",
                "West Midlands Police",
                "Probation Service",
            ]
        ),
        max_size=20,
    ).map("".join)
)
def test_gazetteer_find_property(text):
    gaz = Gazetteer(load_patterns(), {"WMP": "West Midlands Police"})
    assert gaz.find(text) == _plain_find(gaz, text)


def test_find_dates_needs_digits_and_years():
    assert find_dates("no date in this line at all") == []
    assert [d.value.start for d in find_dates("Mar-14 and 31.05.2013")] == ["2014-03", "2013-05-31"]
    assert [d.value.start for d in find_dates("reviewed in April 2011")] == ["2011-04"]


# ---- find_dates: forms skipped without a month/season word, and tried only where they can start


def _plain_dates(text: str) -> list[tuple]:
    """find_dates with both shortcuts switched off: every form run by finditer."""
    from dhrparse.vocab.dates import plain_find_dates

    return [(d.start, d.end, d.value, d.invalid_day) for d in plain_find_dates(text)]


def _dates(text: str) -> list[tuple]:
    return [(d.start, d.end, d.value, d.invalid_day) for d in find_dates(text)]


def test_find_dates_shortcuts_match_plain_search_on_corpus():
    text = (SAMPLES / "002_8c558d289ea6a1d3.txt").read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if any(c.isdigit() for c in ln)][:300]
    found = 0
    for line in lines:
        expected = _plain_dates(line)
        assert _dates(line) == expected, line
        found += bool(expected)
    assert found >= 30  # the corpus lines do hold dates


date_words = st.sampled_from(
    [
        "12",
        "3rd",
        "31/06/2019",
        "01.02.13",
        "Mar-14",
        "Dec-13 to Sept-14",
        "mid",
        "mid-",
        "early",
        "late",
        "June",
        "2017",
        "1989",
        "2014/15",
        "Spring",
        "of",
        "to",
        "-",
        "the",
        "Sept",
        "c.",
        "around",
        "towards the end of",
        "May",
        "summary",
        "autumn",
        "é",
        "K",
        "Children Act",
        "  ",
    ]
)


@given(st.lists(date_words, max_size=14), st.sampled_from([" ", "", "-"]))
def test_find_dates_shortcuts_property(parts, sep):
    text = sep.join(parts)
    assert _dates(text) == _plain_dates(text)


def test_no_date_substring_test_matches_plain_search():
    from dhrparse.plan import interleaved

    p = load_patterns()
    texts = [
        "Ongoing",
        "Lead GP Ongoing Review",
        "Named nurse TBC",
        "on going",
        "Practice manager ON-GOING",
        "complete.",
        "none here",
        "Immediately",
        "as required by",
        "n/a",
        "é Ongoing",
        "Lead 01.02.13",
    ]
    rows = [
        [interleaved.PrintedLine("Action text", False, 0), interleaved.PrintedLine(t, True, 1)] for t in texts
    ]
    fast = [interleaved._find_date_line(r, p) for r in rows]
    vocab = interleaved.RowVocabulary.of(p)
    saved = vocab.no_date_words
    vocab.no_date_words = None  # the plain path: search every line
    try:
        plain = [interleaved._find_date_line(r, p) for r in rows]
    finally:
        vocab.no_date_words = saved
    assert fast == plain
    assert sum(x is not None for x in plain) >= 6  # the examples do hold no-date words and dates


# ---- theme cues: a cue none of whose words is in a recommendation is not tried

ROOT = SAMPLES.parent


def _plain_coder(patterns):
    """A theme coder that tries every cue on every part, as first written."""
    import copy
    import dataclasses

    from dhrparse.coding.themes import ThemeCoder, Vocabulary

    plain = copy.copy(Vocabulary.of(patterns))
    plain.cues = [dataclasses.replace(c, words=None, also=()) for c in plain.cues]
    plain.negatives = [dataclasses.replace(c, words=None, also=()) for c in plain.negatives]
    coder = ThemeCoder(patterns)
    coder.vocabulary = plain
    return coder


def _all_recommendations():
    # read once per session: the zoo's tests read the same documents
    from conftest import extracted, text_route

    paths = sorted(SAMPLES.glob("*.txt")) + text_route(ROOT / "tests" / "zoo")
    paths += text_route(ROOT / "tests" / "heldout")
    return [rec for path in paths for rec in extracted(path).recommendations]


def test_theme_cue_word_filter_codes_every_recommendation_as_the_plain_scorer():
    from dhrparse.coding.themes import ThemeCoder, Vocabulary

    patterns = load_patterns()
    fast, plain = ThemeCoder(patterns), _plain_coder(patterns)
    vocab = Vocabulary.of(patterns)
    recs = _all_recommendations()
    assert len(recs) >= 150
    tried = skipped = 0
    for rec in recs:
        hint = rec.agency_printed or rec.agency
        got = fast.code(rec.text, title=rec.title, addressee_hint=hint)
        want = plain.score(got.ask)
        assert fast.score(got.ask) == want, rec.text  # every score, hit and cue word alike
        assert got.themes == plain.choose(want), rec.text
        present = vocab.word_index.present([p.text for p in got.ask.parts])
        tried += len(vocab.cues)
        skipped += len(vocab.cues) - len(vocab.possible(vocab.cues, present))
    assert skipped > tried // 2  # the filter does skip most cues


def test_every_cue_match_in_the_corpus_holds_one_of_the_cue_words():
    from dhrparse.coding.themes import Vocabulary
    from dhrparse.vocab.cue_words import WordIndex

    vocab = Vocabulary.of(load_patterns())
    cues = vocab.cues + vocab.negatives
    assert all(c.words for c in cues)  # every shipped cue has words to look for
    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt")))
    matched = 0
    for cue in cues:
        for m in cue.rx.finditer(text):
            matched += 1
            held = WordIndex(w for words in (cue.words, *cue.also) for w in words).present([m.group(0)])
            assert vocab.possible([cue], held) and cue.may_be_in(held), (cue.rx.pattern, m.group(0))
    assert matched >= 1000


cue_text = st.lists(
    st.sampled_from(
        [
            "Train",
            "TRAINING",
            "traİning",
            "ſafety",
            "risk",
            "RISKS",
            "child",
            "ren",
            "children's",
            "MARAC",
            "TAF",
            "taf",
            "K",
            "\u212a",
            "ı",
            "é",
            "-",
            " ",
            "\n",
            "information",
            "sharing",
            "of",
            "the",
            "public",
            "awareness",
            "among",
            "staff",
            "Team Around the Family",
            "mental",
            "health",
            "self-harm",
        ]
    ),
    max_size=25,
).map("".join)


@given(cue_text)
def test_cue_word_filter_never_skips_a_cue_that_matches(text):
    from dhrparse.coding.themes import Vocabulary

    vocab = Vocabulary.of(load_patterns())
    present = vocab.word_index.present([text])
    for cue in vocab.cues + vocab.negatives:
        if cue.rx.search(text):
            assert vocab.possible([cue], present) and cue.may_be_in(present), (cue.rx.pattern, text)


def test_fold_maps_every_character_that_matches_an_ascii_letter_or_digit():
    import regex

    from dhrparse.vocab.cue_words import fold

    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    for letter in "abcdefghijklmnopqrstuvwxyz0123456789":
        for m in regex.finditer(letter, every, flags=regex.IGNORECASE):
            assert fold(m.group(0)) == letter, (letter, hex(ord(m.group(0))))


def test_required_words_of_cue_expressions():
    from dhrparse.vocab.cue_words import required_words

    assert required_words(r"\btrain(?:ing|ed|s)?\b") == {"train"}
    assert required_words(r"\b(?:leaflets?|posters?)\b") == {"leaflet", "poster"}
    assert required_words(r"\bsafety\s+plan(?:s|ning)?\b") == {"safety"}  # the longest word
    assert required_words(r"\b(?:monitor|audit)(?:ing|ed)?\b") == {"monitor", "audit"}
    assert required_words(r"\b(?-i:DVDS)\b") == {"dvds"}
    assert required_words(r"\bfoo(?:bar)?|\bbaz") == {"foo", "baz"}
    # nothing certain: an optional word, a set of characters, a lookaround only
    assert required_words(r"(?:\w+\s+)?") is None
    assert required_words(r"[a-z]+") is None
    assert required_words(r"(?=abc)") is None
    assert required_words(r"\b(?:abc|\d+)") is None
    # syntax only the regex module reads is never guessed at
    assert required_words(r"(?:training){e<=1}") is None
    assert required_words(r"[[:alpha:]]abc") is None
    assert required_words(r"[a[:digit:]]abc") is None and required_words(r"[]a[:alpha:]]abc") is None
    # a set opening with a colon is no POSIX class: its words are read
    assert required_words(r"care\s+and\s+treatment\s*[:–—-]\s*(?:summary|overview)$") == {"treatment"}
    assert required_words(r"\p{Lu}abc") is None


def test_every_word_set_a_cue_needs():
    from dhrparse.vocab.cue_words import word_requirements

    # the most telling set, as required_words reads it, and every set a match holds a word of
    assert word_requirements(r"\bsafety\s+plan(?:s|ning)?\b") == ({"safety"}, ({"safety"}, {"plan"}))
    assert word_requirements(r"\b(?:risk|needs)\s+assess\w*") == ({"assess"}, ({"risk", "needs"}, {"assess"}))
    assert word_requirements(r"(?:multi[- ]agency\s+)+working") == (
        {"working"},
        ({"multi"}, {"agency"}, {"working"}),
    )
    # optional parts, lookarounds and unknown syntax add nothing
    assert word_requirements(r"\btrain(?:ing)?(?:\s+staff)?\b") == ({"train"}, ({"train"},))
    assert word_requirements(r"(?=abc)def") == ({"def"}, ({"def"},))
    assert word_requirements(r"(?:training){e<=1}") == (None, ())
    assert word_requirements(r"[a-z]+") == (None, ())


def test_a_cue_needing_two_words_is_not_tried_on_a_text_holding_one():
    from dhrparse.coding.themes import Vocabulary

    vocab = Vocabulary.of(load_patterns())
    two = [c for c in vocab.cues if c.also]
    assert len(two) >= 50  # most cues name more than one word
    for cue in two:
        for words in cue.also:
            present = set(cue.words or ()) | {w for s in cue.also if s is not words for w in s}
            assert not cue.may_be_in(present - words), cue.match


# ---- a line by its number: a bisect over the document's index, not a walk over every line


def test_line_numbered_matches_a_plain_search():
    from dataclasses import replace

    from dhrparse.pipeline import analyse

    doc = analyse(ROOT / "tests" / "zoo" / "chron_table_tab_rows.txt").source
    numbers = [ln.number for ln in doc.lines]
    assert len(numbers) >= 40
    for n in range(0, max(numbers) + 3):
        assert doc.line_numbered(n) is next((ln for ln in doc.lines if ln.number == n), None), n
    # lines out of order (no reader gives them so, but the answer must not change)
    shuffled = replace(doc, lines=doc.lines[::-1])
    for n in range(0, max(numbers) + 3):
        assert shuffled.line_numbered(n) is next((ln for ln in shuffled.lines if ln.number == n), None), n


# ---- relative dates: each text's expressions kept by the grammar, searched once


def test_kept_relative_expressions_match_a_fresh_search():
    from dhrparse.vocab import relative_grammar as relative

    p = load_patterns()
    g = relative._grammar(p)
    text = (ROOT / "tests" / "zoo" / "chron_year_headed_relative.txt").read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if ln.strip()]
    found = 0
    for line in lines + lines:  # the second pass is answered from what was kept
        got = relative.find_relative(line, p)
        assert got == relative._search(line, g), line
        got.clear()  # a caller's list is its own
        assert relative.find_relative(line, p) == relative._search(line, g)
        found += bool(got is not None and relative._search(line, g))
    assert found >= 10  # the lines do hold relative expressions
    assert all(line in g.found for line in lines[-20:])
