"""Empty lines are read as `BlankLine`s (issue 17: nearly half a long report's lines, at a third
of a `Line`'s memory): the document reads exactly as with the plain `Line` the reader made
before, line by line after cleaning and record by record after extraction."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from conftest import text_route
from hypothesis import given, settings
from hypothesis import strategies as st

from dhrparse.document import BLANK, BlankLine, Line
from dhrparse.patterns import load_patterns
from dhrparse.pipeline import extract
from dhrparse.prepare import cleaning, segment
from dhrparse.readers import text as text_reader

ROOT = Path(__file__).resolve().parents[1]


def _plain_blank(number: int, page: int | None = None) -> Line:
    return Line(number=number, text="", page=page, raw="")


def _prepared(data: bytes):
    doc = text_reader.read_text(data, name="t.txt", path=None, sha256="x")
    patterns = load_patterns()
    cleaning.clean(doc, patterns)
    segment.segment(doc, patterns)
    return doc


def _blocks(doc) -> list[tuple]:
    return [
        (b.kind, b.text, b.line_start, b.line_end, b.page, b.number, b.level, b.lines) for b in doc.blocks
    ]


_PIECES = [
    "",
    "",
    "\f",
    " ",
    "\t",
    "1.2 Findings",
    "a\tb",
    "Recommendation 3",
    "• item",
    "<p>x</p>",
    "¹ note",
]


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.sampled_from(_PIECES) | st.text(st.characters(blacklist_categories=("Cc", "Cs")), max_size=8),
        min_size=1,
        max_size=30,
    )
)
def test_blank_lines_read_as_the_plain_lines(pieces):
    data = ("x\n" + "\n".join(pieces)).encode("utf-8")
    quick = _prepared(data)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(text_reader, "BlankLine", _plain_blank)
        plain = _prepared(data)
    assert quick.lines == plain.lines
    assert [ln.is_content for ln in quick.lines] == [ln.is_content for ln in plain.lines]
    assert _blocks(quick) == _blocks(plain)
    assert quick.pages == plain.pages


def test_reports_extract_as_with_plain_blank_lines(monkeypatch):
    # every fourth zoo report, so the sample spans the families whatever new documents are named
    paths = text_route(ROOT / "tests" / "zoo")[::4][:25]
    quick = [extract(p).model_dump_json() for p in paths]
    monkeypatch.setattr(text_reader, "BlankLine", _plain_blank)
    assert [extract(p).model_dump_json() for p in paths] == quick
    assert sum('"recommendations":[]' not in q for q in quick) >= 10


def test_a_blank_line_stays_blank():
    line = BlankLine(4, 2)
    line.kind = BLANK
    line.clean_to("")
    with pytest.raises(AttributeError):
        line.kind = "text"
    with pytest.raises(AttributeError):
        line.text = "words"
    assert line == Line(4, "", 2, raw="", kind=BLANK)
    assert line != Line(4, "", 2, raw=" ", kind=BLANK)
    # laid out anew with cells (as a plan reader does with `dataclasses.replace`): the Line it makes
    laid_out = replace(line, text="a\tb", cells=["a", "b"])
    assert laid_out == replace(Line(4, "", 2, raw="", kind=BLANK), text="a\tb", cells=["a", "b"])
    assert isinstance(laid_out, Line) and laid_out.cells == ["a", "b"]  # (a CellLine, not a blank)
