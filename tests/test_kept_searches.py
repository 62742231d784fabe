"""Work the chronology and theme coding keep or skip gives exactly the answers of the plain
computation: each text's dates kept by the date grammar, the spans of the chronologies
already found, cue expressions run by the standard library where it reads them the same way,
and the cues a recommendation might match looked up by word rather than tried one by one."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from re import search as regex_search

from conftest import text_route
from hypothesis import given, settings
from hypothesis import strategies as st

from dhrparse.patterns import load_patterns
from dhrparse.vocab import dates

ROOT = Path(__file__).resolve().parents[1]


def _corpus_lines(name: str) -> list[str]:
    text = (ROOT / "tests" / "zoo" / name).read_text(encoding="utf-8")
    return [ln for ln in text.splitlines() if ln.strip()]


def _spans(found: list[dates.DateMatch]) -> list[tuple]:
    return [(d.start, d.end, d.value, d.invalid_day) for d in found]


# ---- dates: each text's dates kept by the grammar, searched once


def test_kept_dates_match_a_fresh_search():
    p = load_patterns()
    g = dates.grammar(p)
    lines = _corpus_lines("chron_year_headed_relative.txt")
    found = 0
    for line in lines + lines:  # the second pass is answered from what was kept
        got = dates.find_dates(line, p)
        assert _spans(got) == _spans(dates.plain_find_dates(line, p)), line
        found += bool(got)
        got.clear()  # a caller's list is its own
        assert _spans(dates.find_dates(line, p)) == _spans(dates.plain_find_dates(line, p))
    assert found >= 8  # the lines do hold dates
    assert all(line in g.found for line in lines[-20:])


def test_kept_dates_are_bounded(monkeypatch):
    p = load_patterns()
    g = dates.grammar(p)
    monkeypatch.setattr(g, "FOUND_KEPT", 5)
    for day in range(1, 20):
        text = f"On {day} March 2019 the police attended"
        assert _spans(dates.find_dates(text, p)) == _spans(dates.plain_find_dates(text, p))
        assert len(g.found) <= 5


# characters the engines read differently ("¹" is a word character to `re` only, "\x1c" space to
# `re` only, "ſ" and "K" case partners of ASCII letters) beside the pieces of dates
_DATE_PIECES = [
    "12",
    "3",
    "2019",
    "19",
    "March",
    "Sept",
    "spring",
    "Q2",
    " ",
    "/",
    ".",
    "-",
    "–",
    "mid",
    "¹",
    "\x1c",
]


@settings(max_examples=300)
@given(
    st.lists(
        st.sampled_from(_DATE_PIECES + ["ſ", "\u212a", "ſept", "Chri\u017ftmas", "\u0130"]), max_size=10
    ).map("".join)
)
def test_date_forms_find_with_the_standard_library_what_regex_finds(text):
    p = load_patterns()
    assert _spans(dates.find_dates(text, p)) == _spans(dates.plain_find_dates(text, p)), text


def test_date_forms_are_read_by_the_standard_library_on_plain_text():
    forms = dates.grammar(load_patterns()).forms
    assert sum(form.std is not None for _, form in forms) >= len(forms) - 2
    p = load_patterns()
    for text in ["In¹ March 2019", "on 3/12¹2019", "Q2\x1c2019", "12\x1c03\x1c2019"]:
        assert _spans(dates.find_dates(text, p)) == _spans(dates.plain_find_dates(text, p)), text


# ---- theme cues: run by the standard library where it reads expression and text alike

_TRICKY = [
    "Train",
    "TRAINING",
    "staff",
    "risk",
    "children's",
    "MARAC",
    " ",
    "\n",
    "\t",
    "-",
    ".",
    "’",
    "“",
    "”",
    "–",
    "—",
    "•",
    "\u00a0",  # read alike: no case, neither word nor space to one only
    "¹",
    "²",
    "\u0301",
    "\x1c",
    "\u2028",
    "\u212a",
    "ſ",
    "İ",
    "ı",
    "é",
    "ß",
    "\u0660",
    "Ⅳ",
    "_",
]


def _cue_texts() -> list[str]:
    """Paragraphs of the sample reports that ask for something, as recommendations do."""
    paragraphs = [
        " ".join(p.split())
        for path in sorted((ROOT / "samples").glob("*.txt"))
        for p in path.read_text(encoding="utf-8").split("\n\n")
    ]
    return [p for p in paragraphs if regex_search(r"\b(?:should|must|to ensure|will)\b", p)][:100]


def test_plain_texts_read_alike_by_both_engines():
    import re

    import regex

    from dhrparse.vocab.engines import PlainTexts, read_alike

    plain = PlainTexts()
    assert plain.plain("Staff should be trained – and “briefed” • now")
    for c in "¹\u0301\x1c\u212aſİıé":
        assert not read_alike(c) and not plain.plain(f"train {c}"), repr(c)
    # every character read alike is classed alike by the two engines, and has no case
    for code in range(0x3000):
        c = chr(code)
        if read_alike(c):
            for cls in (r"\w", r"\s", r"\d", r"\b"):
                assert bool(re.search(cls, f"a{c}")) == bool(regex.search(cls, f"a{c}")), (cls, hex(code))
            if not c.isascii():  # (no case partner among the ASCII letters)
                assert not regex.match(r"[a-z]", c, regex.I) and not re.match(r"[a-z]", c, re.I)


@settings(max_examples=300)
@given(st.text(alphabet=st.characters(max_codepoint=0x7F) | st.sampled_from("’–•é¹\x85\u2028ſ")))
def test_plain_texts_printable_ascii_shortcut_gives_the_per_character_verdict(text):
    """A printable ASCII text is passed without a look at each character: the verdict is the
    one every character's own gives (control characters other than the line breaks differ)."""
    from dhrparse.vocab.engines import PlainTexts, read_alike

    assert PlainTexts().plain(text) == all(read_alike(c) for c in text)
    assert PlainTexts().plain(text + "\x07") is False  # a bell is not alike, printable or not


@settings(max_examples=200)
@given(
    st.lists(
        st.sampled_from(["train", "Train’s", "x\x1c", "¹", "ſ", "staff – now", "", "é", "a\n"]), max_size=12
    )
)
def test_plain_texts_asked_one_after_another_give_each_text_its_own_verdict(texts):
    """The last text's verdict is kept: a text asked again (the same object) or another one,
    each is told as a fresh look at its characters would tell it."""
    from dhrparse.vocab.engines import PlainTexts, read_alike

    plain = PlainTexts()
    for text in texts + texts[::-1]:
        assert plain.plain(text) == all(read_alike(c) for c in text), repr(text)


def test_expressions_compile_nothing_until_a_text_is_searched():
    from dhrparse.vocab.engines import Expression, TextPattern

    unread = Expression(r"\btrain(?:ing|ed)?\b")
    assert "std" not in vars(unread) and unread._rx is None
    assert unread.search("Staff training", True) is not None and vars(unread)["std"] is not None
    only_regex = TextPattern(r"\p{Lu}\w+", 0)
    assert only_regex._expression._rx is None and only_regex.pattern == r"\p{Lu}\w+"
    assert "std" not in vars(only_regex) and "std" not in vars(only_regex._expression)
    assert only_regex.search("a Name").group(0) == "Name" and only_regex.std is None


def test_std_compile_leaves_regex_only_syntax_to_regex():
    from dhrparse.vocab.engines import std_compile

    assert std_compile(r"\btrain(?:ing|ed)?\b") is not None
    for source in [
        r"(?<!\b(?:the|a)\s)\breview",  # variable-width look-behind
        r"(?:training){e<=1}",  # fuzzy matching
        r"[[:alpha:]]+",  # a POSIX class
        r"\p{Lu}\w+",  # a Unicode property
        r"[[a-z]--[aeiou]]",  # a set operation
        r"caf\u00e9",  # a character beyond ASCII
        "café",
    ]:
        assert std_compile(source) is None, source


# names as title pages print them, matched with case: letters beyond ASCII in the expression
_CASED_NAMES = [
    r"(?:Mc|O[’'])?[A-Z][a-zà-ÿ]+(?:[-’'][A-Z][a-zà-ÿ]+)*",
    r"^(?:by\s+)?[A-Z][a-zà-ÿ]+\s+[A-Z][a-zà-ÿ]+\s*[,.]?\s*$",
    r"\bZoë\b|Chloé",
]


def test_std_compile_reads_letters_beyond_ascii_when_case_counts():
    """An expression matched with case compares a letter beyond ASCII by its code point in
    both engines; ignoring case (by flag or inside the expression) the engines' folding may
    differ ("İ" is "I" to `re`, not to `regex`), and `regex` keeps it."""
    import re

    from dhrparse.vocab.engines import TextPattern, std_compile

    for source in _CASED_NAMES:
        assert std_compile(source, 0) is not None, source
    for source, flags in [("İ", re.IGNORECASE), ("(?i)İ", 0), ("(?i:İ)", 0), ("é", re.IGNORECASE)]:
        assert std_compile(source, flags) is None, (source, flags)
    assert TextPattern("İ").search("I") is None  # regex's answer, not re's


@settings(max_examples=200)
@given(
    st.lists(
        st.sampled_from(
            [
                "Jo ",
                "O’Brien",
                "Zoë",
                "Chloé",
                "Mc",
                "Ann",
                "ÿ",
                "À",
                "é",
                "ſ",
                "İ",
                "-",
                "'",
                ", ",
                ".",
                "by ",
                " ",
                "\n",
                "Roe",
                "K",
                "\u212a",
                "ı",
            ]
        ),
        max_size=10,
    )
)
def test_cased_expressions_beyond_ascii_agree_on_generated_text(pieces):
    from dhrparse.vocab.engines import TextPattern

    text = "".join(pieces)
    for source in _CASED_NAMES:
        _assert_read_alike(TextPattern(source, 0), text)


def test_cues_find_with_the_standard_library_what_regex_finds():
    from dhrparse.coding.themes import Vocabulary

    vocab = Vocabulary.of(load_patterns())
    cues = vocab.cues + vocab.negatives
    assert sum(c.std is not None for c in cues) > 0.9 * len(cues)  # most cues take the shortcut
    texts = _cue_texts()
    assert len(texts) >= 100
    compared = 0
    for text in texts:
        if not vocab.plain_texts.plain(text):
            continue
        compared += 1
        for cue in cues:
            want = [m.span() for m in cue.rx.finditer(text)]
            assert [m.span() for m in cue.finditer(text, True)] == want, (cue.match, text)
    assert compared >= 60


@settings(max_examples=150)
@given(st.lists(st.sampled_from(_TRICKY), max_size=30).map("".join))
def test_cue_matches_agree_on_generated_text(text):
    from dhrparse.coding.themes import Vocabulary

    vocab = Vocabulary.of(load_patterns())
    plain = vocab.plain_texts.plain(text)
    for cue in vocab.cues + vocab.negatives:
        want = [m.span() for m in cue.rx.finditer(text)]
        assert [m.span() for m in cue.finditer(text, plain)] == want, (cue.match, text)


# ---- chronology tables under a title line: titles read back from a header, not line by line


def _plain_line_headed_tables(doc, p, found):
    """line_headed_tables as first written: every short line tested for naming a chronology."""
    from dhrparse.extractors.chronology.columns import Columns
    from dhrparse.extractors.chronology.kinds import named_outright
    from dhrparse.extractors.chronology.missed_headings import _inside, _spans, _table_under
    from dhrparse.plan.layouts import SideBySide

    columns = SideBySide(Columns(p), set())
    more, lines, title, i = [], doc.lines, None, 0
    while i < len(lines):
        ln = lines[i]
        text = " ".join(ln.text.split()).strip(" :")
        if 0 < len(text.split()) <= 10 and not text.endswith(".") and named_outright(text, p):
            title = ln
        elif title is not None and not _inside(_spans(found), ln.number) and columns.header(ln) is not None:
            last = [x for x in columns.rewrite(lines[i:]) if x.cells is not None][-1].number
            more += _table_under(doc, title, last)
            title = None
            while i < len(lines) and lines[i].number <= last:
                i += 1
            continue
        i += 1
    return more


def _moved(block, by: int):
    from dataclasses import replace

    return replace(
        block,
        line_start=block.line_start + by,
        line_end=block.line_end + by,
        lines=[n + by for n in block.lines],
    )


# two side-by-side tables under title lines run into the prose above them (a layout export)
_TITLED_TABLES = """Overview of the review into the death of Mara in Eastwick.
Appendix A: Agency Timeline
Appendix A: Combined Chronology of Contact
Date          Agency            Event
03/02/2019    Police            Officers attended the flat after a neighbour called.
10/02/2019    GP Practice       Mara saw her GP about poor sleep and low mood.

2. Housing

2.1 The panel read each agency's records before writing this summary of them all. It
asked each agency to check the dates it gave against its own case notes.
Timeline of housing contact
Date          Agency            Event
14/03/2019    Housing           A tenancy officer visited about rent arrears.
21/03/2019    Police            A welfare check found Mara at home and well.
"""


def test_line_headed_tables_match_the_line_by_line_reading(tmp_path):
    from dataclasses import replace

    from dhrparse.extractors.chronology.furniture import Furniture
    from dhrparse.extractors.chronology.missed_headings import line_headed_tables
    from dhrparse.extractors.chronology.sections import chronology_sections
    from dhrparse.pipeline import analyse

    p = load_patterns()
    names = [
        "heldout2/h2_chron_table_layout.txt",
        "zoo/chron_table_tab_rows.txt",
        "zoo/chron_day_first_numeric.txt",
    ]
    (tmp_path / "titled.txt").write_text(_TITLED_TABLES, encoding="utf-8")
    tables = 0
    for path in [ROOT / "tests" / name for name in names] + [tmp_path / "titled.txt"]:
        doc = analyse(path).source
        # the document twice over: a second title and table after the first
        twice = replace(
            doc,
            lines=doc.lines + [replace(ln, number=ln.number + 10_000) for ln in doc.lines],
            blocks=doc.blocks + [_moved(b, 10_000) for b in doc.blocks],
        )
        # a table header with no title above it, before everything else
        header = next((ln for ln in doc.lines if "Agency" in ln.text and "Date" in ln.text), doc.lines[0])
        headed = replace(doc, lines=[replace(header, number=0)] + doc.lines)
        for d in (doc, twice, headed):
            for found in ([], chronology_sections(d, p, Furniture(d, p))):
                got = line_headed_tables(d, p, found)
                assert got == _plain_line_headed_tables(d, p, found), path
                tables += len(got)
    assert tables >= 4  # the documents do hold titled tables


# ---- theme cues a recommendation might match, looked up by word


@settings(max_examples=200)
@given(st.data())
def test_cue_lookup_gives_the_cues_testing_each_would(data):
    from dhrparse.coding.themes import Vocabulary

    vocab = Vocabulary.of(load_patterns())
    words = sorted(vocab.word_index.words) + ["notacueword"]
    present = set(data.draw(st.lists(st.sampled_from(words), max_size=12)))
    for cues in (vocab.cues, vocab.negatives):
        assert vocab.lookup(cues).possible(present) == vocab.possible(cues, present), present


def test_cue_lookup_follows_a_replaced_cue_list():
    import copy
    import dataclasses

    from dhrparse.coding.themes import Vocabulary

    vocab = copy.copy(Vocabulary.of(load_patterns()))
    vocab.cues = [dataclasses.replace(c, words=None) for c in vocab.cues]  # every cue always tried
    assert vocab.lookup(vocab.cues).possible(set()) == vocab.cues


# ---- a paragraph number printed before a word: no expression compiled per number

_LINE_PIECES = [
    " ",
    "\t",
    "•",
    "·",
    "-",
    "–",
    "*",
    "1",
    "2",
    "12",
    "3.",
    "²",
    "٣",
    "Jan",
    "a",
    "É",
    ".",
    "\u00a0",
]


@settings(max_examples=300)
@given(
    st.lists(st.sampled_from(_LINE_PIECES), max_size=8).map("".join),
    st.sampled_from(["1", "2", "12", "3", "²", "٣"]),
)
def test_number_then_word_reads_as_the_expression_per_number(line, number):
    import regex

    from dhrparse.extractors.chronology.vocabulary import LEAD_MARKS, LEAD_SPACE, number_then_word

    for lead, source in ((LEAD_SPACE, r"\s*"), (LEAD_MARKS, r"[\s•·\-–*]*")):
        want = bool(regex.match(rf"^{source}{number}\s+[A-Za-z]", line))
        assert number_then_word(line, number, lead) == want, (line, number)


# ---- relative dates: the grammar run by the standard library where it reads the text alike


class _NeverPlain:
    def plain(self, text: str) -> bool:
        return False


def _both_engines(text: str):
    """(the grammar's search as run, the same search with every form run by `regex`)."""
    from dhrparse.vocab import relative_grammar as relative

    g = relative._grammar(load_patterns())
    kept = g.plain_texts
    try:
        got = relative._search(text, g)
        g.plain_texts = _NeverPlain()
        return got, relative._search(text, g)
    finally:
        g.plain_texts = kept


_RELATIVE_PIECES = [
    "Two days later",
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
    " ",
    ", ",
    ". ",
    "\n",
    "’",
    "–",
    "¹",
    "\u0301",
    "\x1c",
    "\u212a",
    "İ",
    "é",
    "²",
    "ſ",
]


@settings(max_examples=200)
@given(st.lists(st.sampled_from(_RELATIVE_PIECES), max_size=10).map("".join))
def test_relative_forms_find_with_the_standard_library_what_regex_finds(text):
    got, want = _both_engines(text)
    assert got == want, text


def test_relative_forms_agree_on_corpus_lines():
    from dhrparse.vocab import relative_grammar as relative

    g = relative._grammar(load_patterns())
    lines = _corpus_lines("chron_year_headed_relative.txt") + _cue_texts()
    found = 0
    for line in lines:
        got, want = _both_engines(line)
        assert got == want, line
        found += bool(got) and g.plain_texts.plain(line)
    assert found >= 10  # plain lines holding relative expressions were compared
    assert sum(e is not None and e.std is not None for e in (g.offset, g.fixed_rx, g.day_month)) == 3


# ---- scope: the names of national bodies run by the standard library where it reads a name alike


@settings(max_examples=150)
@given(
    st.lists(
        st.sampled_from(
            [
                "Home Office",
                "NHS England",
                "the Department of Health",
                "College of Policing",
                "CQC",
                "cqc",
                "Ofsted",
                "the",
                "local",
                "Police",
                " ",
                "-",
                "’",
                "é",
                "¹",
                "\u0301",
                "\u212a",
                "İ",
                "ſ",
            ]
        ),
        max_size=8,
    ).map("".join)
)
def test_national_body_names_found_alike_by_both_engines(name):
    from dhrparse.coding.scope import ScopeReader

    reader = ScopeReader.of(load_patterns())
    plain = reader.plain_texts.plain(name)
    for names in (reader.national_names, reader.national_abbr):
        assert names.std is not None  # the shipped names take the shortcut
        got, want = names.search(name, plain), names.rx().search(name)
        assert (got and got.span()) == (want and want.span()), name


# ---- review vocabularies: title-page lines searched by the standard library where it reads alike


@cache
def _review_patterns() -> list:
    """Every review vocabulary expression, as the review extractors hold it after a reading."""
    import gc

    from dhrparse.pipeline import extract
    from dhrparse.vocab.engines import TextPattern

    extract(ROOT / "samples" / "000_50e7dad5ba5f6ffb.txt")
    return [o for o in gc.get_objects() if isinstance(o, TextPattern)]


def _answer(m) -> tuple | None:
    return None if m is None else (m.span(), m.groups(), m.groupdict())


@cache
def _regex_module(source: str, flags: int):
    """The `regex` module's compiling of an expression, kept: the checks below ask it of the same
    few hundred expressions on every line (its own cache is a slower look-up than this one)."""
    import regex

    return regex.compile(source, flags)


def _assert_read_alike(pattern, text: str) -> None:
    rx = _regex_module(pattern.source, pattern.flags)
    for way in ("search", "match", "fullmatch"):
        assert _answer(getattr(pattern, way)(text)) == _answer(getattr(rx, way)(text)), (way, pattern.source)
    assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in rx.finditer(text)]


def test_review_vocabularies_find_with_the_standard_library_what_regex_finds():
    patterns = _review_patterns()
    # (the area's commissioning bodies, all read by `re`, are Expressions run by finditer: they are
    # held to the regex module in tests/test_chronology_shortcuts.py)
    assert len(patterns) >= 30 and sum(p.std is not None for p in patterns) >= 0.75 * len(patterns)
    lines = [
        line
        for path in sorted((ROOT / "samples").glob("*.txt")) + text_route(ROOT / "tests" / "zoo")[:30]
        for line in path.read_text(encoding="utf-8").splitlines()[:80]
        if line.strip()
    ]
    assert len(lines) >= 1000
    for line in dict.fromkeys(lines):  # a line printed again reads as it did
        for pattern in patterns:
            _assert_read_alike(pattern, line)


@settings(max_examples=100)
@given(
    st.lists(st.sampled_from(_TRICKY + ["Overview Report", "DHR 12/2019", "Independent Chair"]), max_size=12)
)
def test_review_vocabularies_agree_on_generated_text(pieces):
    text = "".join(pieces)
    for pattern in _review_patterns():
        _assert_read_alike(pattern, text)


# ---- pattern lists asked whether any expression is found in a line


@cache
def _any_match_calls() -> frozenset[str]:
    """The keys the package's source asks `any_match` of (read once: every example asks)."""
    import re as std_re

    found = set()
    for path in (ROOT / "src" / "dhrparse").rglob("*.py"):
        found |= set(std_re.findall(r'any_match\(\s*"([\w.]+)"', path.read_text(encoding="utf-8")))
    return frozenset(found)


def _any_match_keys(p) -> list[str]:
    """Every list of expressions the extractors ask `any_match` of."""
    found = set(_any_match_calls())
    found |= {f"chronology.columns.{name}" for name in p.get("chronology.columns", {})}
    return sorted(k for k in found if p.list(k))


def _assert_any_match_alike(p, keys: list[str], text: str) -> None:
    import regex

    for key in keys:
        want = any(_regex_module(s, regex.IGNORECASE).search(text) for s in p.list(key))
        assert p.any_match(key, text) == want, (key, text)


def test_any_match_finds_with_the_standard_library_what_regex_finds():
    p = load_patterns()
    keys = _any_match_keys(p)
    assert len(keys) >= 12
    lines = [
        line
        for path in sorted((ROOT / "samples").glob("*.txt"))
        + text_route(ROOT / "tests" / "zoo", "chron*.txt")
        for line in path.read_text(encoding="utf-8").splitlines()[:150]
        if line.strip()
    ]
    assert len(lines) >= 500
    for line in lines:
        # and with characters the engines class differently between the words
        for text in (line, line.replace(" ", "\x1c"), line.replace(" ", "¹ ")):
            _assert_any_match_alike(p, keys, text)


@settings(max_examples=100)
@given(
    st.lists(
        st.sampled_from(_TRICKY + ["Chronology", "Date", "Agency", "Action Plan", "Overview"]), max_size=8
    )
)
def test_any_match_agrees_on_generated_text(pieces):
    p = load_patterns()
    _assert_any_match_alike(p, _any_match_keys(p), "".join(pieces))
