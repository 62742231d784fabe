"""The shortcuts of cleaning and segmentation find what the plain searches find.

Each is checked against the plain computation on the samples, the paged fixtures and
generated lines (house style of tests/test_perf_shortcuts.py)."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import example, given
from hypothesis import strategies as st

from dhrparse.document import FOOTNOTE, TEXT, Line
from dhrparse.patterns import load_patterns
from dhrparse.prepare.cleaning import _FOOTNOTE_START, _mark_footnotes
from dhrparse.prepare.headings import is_upper_title
from dhrparse.prepare.lone_numbers import LONE_NUMBER
from dhrparse.prepare.running_heads import _form_test, _printings, has_digit
from dhrparse.readers import read_path

ROOT = Path(__file__).resolve().parents[1]
DOCUMENTS = sorted((ROOT / "samples").glob("*.txt")) + [
    ROOT / "tests" / "fixtures" / "paged_report_with_running_heads.txt",
    ROOT / "samples" / "000_50e7dad5ba5f6ffb.pdf",
]


def _plain_printings(lines: list[Line]) -> list[tuple[int, int, int]]:
    """Every page number form found on every content line, searched without a pre-check."""
    forms = load_patterns().joined("cleaning.page_number_forms")
    return [
        (i, m.start(), m.end())
        for i, ln in enumerate(lines)
        if ln.kind == TEXT
        for m in forms.finditer(ln.text)
    ]


def _spans(lines: list[Line]) -> list[tuple[int, int, int]]:
    return [(p.index, p.start, p.end) for p in _printings(lines, load_patterns())]


def test_page_number_printings_in_documents_as_by_the_plain_search():
    found = 0
    for path in DOCUMENTS:
        lines = read_path(path).lines
        expected = _plain_printings(lines)
        assert _spans(lines) == expected, path.name
        found += len(expected)
    assert found >= 10  # the paged fixture and the PDF print their page numbers


_PIECES = [
    "Page",
    "page ",
    "PAGE",
    "Tudalen",
    " of ",
    " o ",
    "3",
    "12",
    "2019",
    "٣",  # an Arabic-Indic digit: a digit to both engines
    "²",
    "DHR",
    " ",
    "\t",
    "-",
    "/",
    ".",
    "Overview Report",
    "see",
]


@given(st.lists(st.lists(st.sampled_from(_PIECES), max_size=8).map("".join), min_size=1, max_size=6))
def test_page_number_printings_in_generated_lines_as_by_the_plain_search(texts):
    lines = [Line(n, text) for n, text in enumerate(texts, start=1)]
    assert _spans(lines) == _plain_printings(lines)


@given(st.text(alphabet=st.sampled_from("AbCDEfGH ijK.-1:\t'ÉéÆßſİ中ⅫªǅZ"), max_size=20))
def test_upper_title_as_by_its_letters(text):
    letters = [c for c in text if c.isalpha()]
    assert is_upper_title(text) == (len(letters) >= 5 and all(c.isupper() for c in letters))
    ascii_text = "".join(c for c in text if c.isascii())
    ascii_letters = [c for c in ascii_text if c.isalpha()]
    assert is_upper_title(ascii_text) == (len(ascii_letters) >= 5 and all(c.isupper() for c in ascii_letters))


def test_upper_titles_written_out():
    assert (
        is_upper_title("CHRONOLOGY")
        and is_upper_title("A.B.C.D.E")
        and is_upper_title("TERMS OF REFERENCE 2")
    )
    assert not is_upper_title("ABCD") and not is_upper_title("ABCDe") and not is_upper_title("1234567")
    assert (
        is_upper_title("ÉTUDE DE CAS")
        and not is_upper_title("ÉTUDE DE CAs")
        and not is_upper_title("ABCDE中")
    )


@given(st.text(alphabet=st.sampled_from(" \t\n\u00a0\u2003123٣²¹⁴aZ.-"), max_size=8))
def test_footnote_number_tests_skip_only_lines_that_cannot_match(text):
    """Cleaning tries the footnote-number expressions only on lines beyond ASCII (a superscript
    number) or ending in a digit or a space (a number alone on its line)."""
    if _FOOTNOTE_START.match(text):
        assert not text.isascii()
    if LONE_NUMBER.match(text):
        assert text[-1:].isdigit() or text[-1:].isspace()


def test_footnotes_found_with_the_skips_as_without():
    paged = ["Some text of the report that runs on.¹", "", "¹ A note at the foot of the page.", "  12  ", "3"]
    lines = [Line(n, text) for n, text in enumerate(paged, start=1)]
    _mark_footnotes(lines)
    assert [ln.kind for ln in lines] == [TEXT, TEXT, FOOTNOTE, TEXT, TEXT]


@given(st.lists(st.sampled_from(_PIECES), max_size=8).map("".join))
@example("Action plan 3 of 12")
@example("Page 4")
def test_page_number_form_test_as_by_the_alternation(text):
    joined = load_patterns().joined("cleaning.page_number_forms")
    assert _form_test(load_patterns())(text) == (joined.search(text) is not None)


@given(st.text(alphabet=st.sampled_from(list("a 09٣²x\t")), max_size=12))
def test_has_digit_as_by_the_expression(text):
    assert has_digit(text) == (re.search(r"\d", text) is not None)
