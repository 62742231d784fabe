"""The mark read from an expression (prepare/needed_marks.py) is held by every text the
expression matches, so skipping the search on texts without it changes no answer."""

from __future__ import annotations

import itertools
from pathlib import Path

import regex
from hypothesis import given
from hypothesis import strategies as st

from dhrparse.patterns import load_patterns
from dhrparse.prepare.block_cues import block_cues
from dhrparse.prepare.needed_marks import needed_mark

SAMPLES = Path(__file__).resolve().parents[1] / "samples"


def _expressions(node) -> list[str]:
    """Every string in the shipped pattern files that compiles as an expression."""
    if isinstance(node, dict):
        return [s for v in node.values() for s in _expressions(v)]
    if isinstance(node, list):
        return [s for v in node for s in _expressions(v)]
    if isinstance(node, str):
        try:
            regex.compile(node, regex.I)
        except regex.error:
            return []
        return [node]
    return []


def _corpus_lines() -> list[str]:
    lines: list[str] = []
    for path in sorted(SAMPLES.glob("*.txt")):
        lines += [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()][:300]
    return lines


def test_needed_marks_of_written_expressions():
    assert needed_mark(r"(?<!\s)(?=\s*\t)\s*+\d{1,4}\s*$") == "\t"  # a lookahead that must be found
    assert needed_mark(r"(?<!\.)\.{4,}+\s*\d{1,4}\s*$") == "...."  # at least four dots
    assert needed_mark(r"error!\s+bookmark not defined", regex.I) == "!"  # punctuation before spaces
    assert needed_mark(r"\d{2}/\d{2}/\d{4}") == "/"
    assert needed_mark(r"a-{2}-b") == "---"  # an exact count carries the run on
    assert needed_mark(r":\.{2,}:") == ":.."  # a longer one ends it (":...:" holds no ":..:")
    assert needed_mark(r"(?:x, y)+") == ", "
    # nothing certain: optional parts, branches, negative lookarounds, sets, letters alone
    for source in [r"\t?\d+$", r"(?:\t|\.{4})\d+$", r"(?!.*\t)\d+$", r"(?<!:)\d", r"[.:]\d", r"page \d+"]:
        assert needed_mark(source) in ("", " "), source
    # syntax only the `regex` module reads, or flags `re` reads otherwise: always tried
    assert needed_mark(r"(?:error!){e<=1}") == ""
    assert needed_mark(r"a ! b", regex.VERBOSE) == ""


def test_every_shipped_expression_match_holds_its_mark():
    lines = _corpus_lines()
    checked = 0
    for source in _expressions(load_patterns().data):
        mark = needed_mark(source, regex.I)
        if not mark:
            continue
        compiled = regex.compile(source, regex.I)
        for line in lines:
            if mark not in line:
                assert compiled.search(line) is None, (source, mark, line)
                checked += 1
    assert checked > 10_000


_CONTENTS_PIECES = [
    "Contents",
    "Introduction",
    "\t",
    " ",
    "\u00a0",
    ".",
    "....",
    "…",
    "12",
    "7",
    "2019",
    "Error!",
    "ERROR!",
    "error! ",
    "Bookmark not defined.",
    "bookmark not defined",
    "ſ",
    "İ",
    "-",
]


@given(st.lists(st.sampled_from(_CONTENTS_PIECES), max_size=10))
def test_contents_line_test_matches_every_expression_searched(pieces):
    text = "".join(pieces)
    patterns = load_patterns()
    plain = any(p.search(text) for p in patterns.regexes("headings.toc_line"))
    assert block_cues(patterns).is_toc(text) == plain


def test_contents_lines_found_in_the_corpus_as_by_the_plain_search():
    patterns = load_patterns()
    cues = block_cues(patterns)
    expressions = patterns.regexes("headings.toc_line")
    found = 0
    for line in _corpus_lines():
        plain = any(p.search(line) for p in expressions)
        assert cues.is_toc(line) == plain, line
        found += plain
    assert found >= 5  # the samples do open with a contents page


_ATOMS = ["\\.", "-", ":", "\\t", " ", "a", "\\d", "[.:]", "!"]


def _expression_strategy() -> st.SearchStrategy[str]:
    """Small expressions built from marks, letters and sets, with the constructs whose marks
    are certain (groups, repeats of at least one, lookarounds that must be found) and those
    whose are not (optional parts, branches, negative lookarounds)."""

    def wrap(children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
        return st.one_of(
            st.lists(children, min_size=1, max_size=4).map("".join),
            children.map(lambda e: f"(?:{e})"),
            st.tuples(children, st.sampled_from(["?", "*", "+", "{2}", "{2,}", "{0,2}", "*+", "{3}+"])).map(
                lambda t: f"(?:{t[0]}){t[1]}"
            ),
            st.tuples(children, children).map(lambda t: f"(?:{t[0]}|{t[1]})"),
            st.tuples(st.sampled_from(["(?=", "(?!", "(?<=", "(?<!"]), children).map(
                lambda t: f"{t[0]}{t[1]})" if t[0] in ("(?=", "(?!") else f"{t[0]}{t[1][:2]})"
            ),
        )

    return st.recursive(st.sampled_from(_ATOMS), wrap, max_leaves=8)


# every text of up to three characters from the atoms' alphabet, and a few longer ones
_ALPHABET = [".", "-", ":", "\t", " ", "a", "A", "1", "!"]
_SHORT_TEXTS = (
    [""]
    + ["".join(chars) for n in (1, 2, 3) for chars in itertools.product(_ALPHABET, repeat=n)]
    + [
        "....",
        "a....1",
        "--a--",
        "1 - 2: a",
        "\t\t1",
        "a!a!a",
        "....:....",
        ".-.-.-",
        "-...-",
        ":---:",
        "a..a",
    ]
)


@given(_expression_strategy())
def test_generated_expression_matches_hold_their_mark(source):
    try:
        compiled = regex.compile(source, regex.I)
    except regex.error:
        return  # a look-behind of varying width the pieces happened to make
    mark = needed_mark(source, regex.I)
    for text in _SHORT_TEXTS:
        if compiled.search(text) is not None:
            assert mark in text, (source, mark, text)
