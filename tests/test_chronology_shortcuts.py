"""Shortcuts in the chronology and review extractors give what the plain computation gives.

Each plain computation here is the check as first written: the whole text tidied and counted,
the anchored search run over the whole line."""

from __future__ import annotations

import importlib
from pathlib import Path
from types import SimpleNamespace

import regex
from conftest import text_route
from hypothesis import given, settings
from hypothesis import strategies as st

from dhrparse.document import Line, SourceDocument
from dhrparse.extractors.chronology import unnamed
from dhrparse.extractors.chronology.builder import framing_numbers
from dhrparse.extractors.chronology.columns import surely_more_words
from dhrparse.extractors.chronology.dating import dated_near_start
from dhrparse.extractors.chronology.vocabulary import ENDS_IN_NUMBER, chronology_vocab, ends_in_number
from dhrparse.extractors.review import printing
from dhrparse.patterns import load_patterns

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


def _document(numbers: list[int]) -> SourceDocument:
    lines = [Line(n, f"line {k} numbered {n}") for k, n in enumerate(numbers)]
    return SourceDocument(name="t", path=None, sha256="", format="text", lines=lines)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.integers(1, 30), max_size=40),
    st.booleans(),
    st.integers(0, 32),
    st.integers(0, 32),
)
def test_lines_between_are_the_lines_a_search_of_the_document_finds(numbers, ascend, first, last):
    # readers give the numbers ascending (some lines sharing one); the plain search stands for any order
    doc = _document(sorted(numbers) if ascend else numbers)
    plain = [ln for ln in doc.lines if first <= ln.number <= last]
    assert doc.lines_between(first, last) == plain
    # the bisect path is taken exactly when the numbers ascend
    assert doc._numbers_ascend == (doc.lines == sorted(doc.lines, key=lambda ln: ln.number))


class _Openings:
    """Which paragraphs open with a date, as unnamed.Opening tells it."""

    def __init__(self, dated: list[bool], min_entries: int, min_share: float):
        self.vocab = SimpleNamespace(min_entries=min_entries, min_share=min_share)
        self.dated = dated

    def of(self, block: int) -> str | None:
        return "2019-05" if self.dated[block] else None


@settings(max_examples=400, deadline=None)
@given(st.lists(st.booleans(), max_size=30), st.integers(0, 8), st.sampled_from([0.0, 0.5, 0.7, 0.71, 1.0]))
def test_enough_dated_stops_early_only_where_the_count_would_fail(dated, min_entries, min_share):
    opening = _Openings(dated, min_entries, min_share)
    entries = list(range(len(dated)))
    plain = [b for b in entries if opening.of(b) is not None]
    enough = len(plain) >= min_entries and len(plain) >= min_share * len(entries)
    assert unnamed._enough_dated(entries, opening) == (plain if enough else None)


def _title_page_lines() -> list[str]:
    root = Path(__file__).resolve().parent
    texts = sorted((root / "title_pages").glob("*.txt")) + sorted((root.parent / "samples").glob("*.txt"))
    lines = [ln.strip() for t in texts for ln in t.read_text(encoding="utf-8").splitlines()[:200]]
    # and the same lines in capitals, with curly quotes and a letter beyond ASCII
    extra = [ln.upper() for ln in lines[:300]] + [
        ln.replace("'", "’").replace("e", "é", 1) for ln in lines[:300]
    ]
    return [ln for ln in lines + extra if ln]


def test_area_bodies_are_found_as_the_regex_module_finds_them():
    # (the package's `area` is the field's function; its module holds the vocabulary)
    places_of = importlib.import_module("dhrparse.extractors.review.area")._Places
    places = load_patterns().derived("review.area", places_of)
    lines = _title_page_lines()
    assert len(lines) > 1000
    found = 0
    for _, rx in places.after + places.before:
        plain_rx = regex.compile(rx.source, 0)  # names and places are matched with their case
        for line in lines:
            text = printing.uncapitalised(line)
            got = [(m.span(), m.group("area")) for m in rx.finditer(text, places.plain_texts.plain(text))]
            assert got == [(m.span(), m.group("area")) for m in plain_rx.finditer(text)], (rx.source, text)
            found += len(got)
    assert found > 50  # the lines name bodies: the comparison is not of empty lists


@settings(max_examples=300, deadline=None)
@given(st.text(_CHARS, max_size=40), st.integers(1, 6))
def test_counting_words_up_to_a_bound_is_counting_them_all(text, bound):
    # doc_kind counts a paragraph as narrative from its first 40 words (text.split(None, 39))
    assert (len(text.split(None, bound - 1)) >= bound) == (len(text.split()) >= bound)


_PARAGRAPHS = st.tuples(
    st.sampled_from(["paragraph", "paragraph", "bullet", "heading"]),
    st.sampled_from([None, None, "4.2"]),
    st.sampled_from(
        [
            "On 3 May 2019 police attended the flat after a call from a neighbour.",
            "Two days later she spoke to her GP about her sleep.",
            "The panel asked each agency for a summary of its contact.",
            "14/02/2020 The health visitor called at the house.",
        ]
    ),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PARAGRAPHS, max_size=12))
def test_framing_numbers_counts_as_the_plain_count_does(rows):
    p = load_patterns()
    lead = chronology_vocab(p).lead
    blocks = [SimpleNamespace(kind=kind, ref=ref, text=text) for kind, ref, text in rows]
    walk = SimpleNamespace(
        p=p, entries=SimpleNamespace(own_text=lambda b: (b.ref, b.text), vocab=SimpleNamespace(lead=lead))
    )
    dated = [b for b in blocks if b.kind == "paragraph" and dated_near_start(b.text, p, lead)]
    numbered = sum(1 for b in dated if b.ref)
    plain = len(dated) >= 2 and numbered < 0.5 * len(dated)
    assert framing_numbers(blocks, walk.entries, p) == plain


# ---- relative dates: a form is not run on a text lacking every word its expression needs


def _every_form_run(text: str):
    from dhrparse.vocab import relative_grammar as relative

    g = relative._grammar(load_patterns())
    kept = g.needs
    try:
        g.needs = dict.fromkeys(kept)  # no form's words known: every form run
        return relative._search(text, g)
    finally:
        g.needs = kept


_RELATIVE_TEXTS = [
    "Two days later",
    "TWO WEEKS LATER",
    "the next day",
    "Later that month",
    "at 22:41",
    "over the next month",
    "In March",
    "On 14 June",
    "On the 3rd",
    "During the autumn",
    "three weeks before the homicide",
    "On the evening of the homicide",
    "the following spring",
    "ſome days after",
    "a fortnight ſubſequently",
    "Later that \u212aaturday",
    "İn March",
    " ",
    ". ",
    "’",
    "¹",
]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_RELATIVE_TEXTS), max_size=8).map(" ".join))
def test_relative_forms_skipped_for_want_of_words_find_nothing(text):
    from dhrparse.vocab import relative_grammar as relative

    assert relative._search(text, relative._grammar(load_patterns())) == _every_form_run(text)


def test_relative_forms_skipped_find_nothing_on_the_zoo_chronologies():
    from dhrparse.vocab import relative_grammar as relative

    g = relative._grammar(load_patterns())
    # a form's word spelt with a letter `regex` matches to an ASCII one when case is ignored
    for text in ("a fortnight ſubſequently", "the following ſprİng", "Later that \u212aaturday"):
        assert relative._search(text, g) == _every_form_run(text), text
    assert relative._search("a fortnight ſubſequently", g)
    root = Path(__file__).resolve().parent / "zoo"
    found = 0
    for path in text_route(root, "chron*.txt"):
        for para in path.read_text(encoding="utf-8").split("\n\n"):
            got = relative._search(para, g)
            assert got == _every_form_run(para), (path.name, para[:60])
            found += len(got)
    assert found >= 40  # the chronologies do hold relative dates
    assert sum(words is not None for words in g.needs.values()) >= 6  # most forms are skippable


# ---- a numbered paragraph that is only a title: its words counted up to one past the bound


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "Summary",
                "of",
                "events",
                "x.",
                "and,",
                ";",
                "Å",
                "é",
                " ",
                "\t",
                "\n",
                "\x1c",
                "\u2003",
                "\x85",
            ]
        ),
        max_size=14,
    ).map("".join),
    st.sampled_from(["6", "6.2", None, "03.04.2019"]),
    st.sampled_from(["paragraph", "heading"]),
)
def test_heading_shaped_is_the_whole_text_tidied_and_counted(text, number, kind):
    from dhrparse.extractors.chronology.missed_headings import _heading_shaped, _plain_heading_shaped

    block = SimpleNamespace(kind=kind, number=number, text=text)
    assert _heading_shaped(block) == _plain_heading_shaped(block), (text, number)


def test_heading_shaped_tells_a_title_from_a_paragraph():
    from dhrparse.extractors.chronology.missed_headings import _heading_shaped

    def shaped(text: str) -> bool:
        return _heading_shaped(SimpleNamespace(kind="paragraph", number="6", text=text))

    assert shaped("  Summary of agency contact \n")
    assert not shaped("Summary of agency contact with the family over the years before her death")
    assert not shaped("The panel met.") and not shaped("") and not shaped("summary of events")


# ---- a heading's kind: a list of heading expressions asked only of a heading holding its words


def _kinds_every_list_asked(titles: list[str], p) -> list[str | None]:
    kinds = importlib.import_module("dhrparse.extractors.chronology.kinds")
    words = p.derived("chronology.kind_words", kinds._KindWords).words
    kept = dict(words)
    try:
        words.update(dict.fromkeys(words))  # no list's words known: every list asked
        return [kinds.section_kind(t, p) for t in titles]
    finally:
        words.update(kept)


def test_section_kind_is_the_kind_every_list_asked_gives():
    from dhrparse.extractors.chronology.kinds import section_kind

    p = load_patterns()
    root = Path(__file__).resolve().parent
    titles = [
        ln.strip()
        for d in ("zoo", "heldout", "heldout2", "title_pages")
        for path in text_route(root / d)
        for ln in path.read_text(encoding="utf-8").splitlines()
        if 0 < len(ln.split()) <= 12
    ]
    titles += ["Appendix B: Combined Chronology", "KEY EPISODES", "Summary of Key ſpisodes", "Time\u212aine"]
    titles += ["Care and treatment – a summary", "Care and treatment: an overview", "Care and Treatment"]
    got = [section_kind(t, p) for t in titles]
    assert got == _kinds_every_list_asked(titles, p)
    assert sum(k is not None for k in got) >= 8  # headings of each kind were compared


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "Chronology",
                "chronolog",
                "KEY",
                "episodes",
                "Summary",
                "of",
                "and",
                "Appendix A:",
                "ſ",
                "İ",
                "\u212a",
                "events",
                "timeline",
                "Findings",
                "Care and treatment",
                "treatment:",
                "–",
                "a summary",
                " ",
            ]
        ),
        max_size=6,
    ).map(" ".join)
)
def test_section_kind_on_generated_headings(title):
    from dhrparse.extractors.chronology.kinds import section_kind

    p = load_patterns()
    assert [section_kind(title, p)] == _kinds_every_list_asked([title], p)
