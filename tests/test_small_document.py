"""A long report's prepared document held small (issue 17, fifth pass): what the document keeps
beside its lines and blocks, and how small a blank line is, each checked against what it
stands for."""

from __future__ import annotations

import copy
import gc
import pickle
import sys
from dataclasses import replace

import pytest

from dhrparse.document import BLANK, BlankLine, Line, Section
from dhrparse.patterns import load_patterns
from dhrparse.prepare import cleaning, segment
from dhrparse.readers import text as text_reader

REPORT = "\n".join(
    [
        "1. Introduction",
        "",
        "1.1 The panel met in spring.",
        "",
        "2. Findings",
        "",
        "2.1 The GP saw Ana twice.",
        "\f",
        "2.2 Police attended the flat.",
        "",
        "3. Recommendations",
        "",
        "3.1 The Trust should review its triage.",
        "",
    ]
)


def _prepared(text: str = REPORT):
    doc = text_reader.read_text(text.encode(), name="t.txt", path=None, sha256="x")
    patterns = load_patterns()
    cleaning.clean(doc, patterns)
    segment.segment(doc, patterns)
    return doc


def test_finding_lines_by_number_keeps_no_second_list_of_the_numbers() -> None:
    doc = _prepared()
    for n in range(0, 20):
        plain = next((ln for ln in doc.lines if ln.number == n), None)
        assert doc.line_numbered(n) is plain
        at_or_after = [ln for ln in doc.lines if ln.number >= n]
        assert doc.page_of(n) == (at_or_after[0].page if at_or_after else doc.lines[-1].page)
    assert doc.lines_between(3, 9) == [ln for ln in doc.lines if 3 <= ln.number <= 9]
    held = [v for v in vars(doc).values() if isinstance(v, list) and v is not doc.lines]
    assert all(len(v) < len(doc.lines) for v in held)


def test_lines_put_in_another_order_are_checked_again() -> None:
    doc = _prepared()
    assert doc.line_numbered(7) is not None
    shuffled = replace(doc, lines=doc.lines[::-1])  # (the same length: only the list is new)
    assert not shuffled.ascending()
    for n in range(0, 20):
        assert shuffled.line_numbered(n) is next((ln for ln in shuffled.lines if ln.number == n), None)


def test_a_sections_heading_is_one_string_however_often_asked() -> None:
    for number, printed in ((None, "Findings"), ("2", "2. Findings"), ("2.1", "2.1 Findings")):
        section = Section(title="Findings", number=number, level=1, line_start=1, line_end=3)
        assert section.heading == printed
        assert section.heading is section.heading


def test_a_sections_lists_are_held_at_their_size() -> None:
    doc = _prepared()
    for section in doc.sections():
        for kept in (section.blocks, section.children):
            assert sys.getsizeof(kept) == sys.getsizeof(kept[:])  # (a list of exactly its items)


def test_a_section_without_subsections_holds_no_list_for_them() -> None:
    doc = _prepared()
    leaves = [s for s in doc.sections() if not s.children]
    assert leaves and all(type(s.children) is tuple for s in leaves)  # (the one empty tuple, shared)
    assert any(s.children for s in doc.sections())  # (a parent keeps its list of subsections)


def test_a_blank_line_holds_no_number_object_of_its_own() -> None:
    line = BlankLine(1_000_003, 4)
    assert line.number == 1_000_003 and type(line.number) is int
    assert not any(type(r) is int and r == 1_000_003 for r in gc.get_referents(line))
    assert sys.getsizeof(line) <= sys.getsizeof(1_000_003) + 24


def test_a_blank_line_is_a_line_not_a_number() -> None:
    line = BlankLine(12, 3)
    read = Line(12, "", 3, raw="", kind=BLANK)
    assert line == read and (line != read) is False
    assert line != 12 and line != 12.0 and (line == 12.0) is False
    assert line != BlankLine(12, 4) and line == BlankLine(12, 3)
    with pytest.raises(TypeError):
        _ = line < BlankLine(13, 3)
    with pytest.raises(TypeError):
        sorted([line, BlankLine(2, 1)])
    with pytest.raises(TypeError):
        hash(line)
    assert str(line) == repr(line) == "BlankLine(number=12, page=3)"
    for kept in (copy.copy(line), copy.deepcopy(line), pickle.loads(pickle.dumps(line))):
        assert type(kept) is BlankLine and (kept.number, kept.page) == (12, 3)


def test_a_closed_blocks_line_numbers_are_a_tuple_of_its_lines() -> None:
    doc = _prepared(REPORT.replace("2.1 The GP saw Ana twice.", "2.1 The GP saw Ana\ntwice in May."))
    numbers = {ln.number for ln in doc.lines if ln.is_content}
    assert any(len(b.lines) > 1 for b in doc.blocks)
    for block in doc.blocks:
        assert type(block.lines) is tuple and sys.getsizeof(block.lines) < sys.getsizeof(list(block.lines))
        assert block.lines[0] == block.line_start and block.lines[-1] == block.line_end
        assert set(block.lines) <= numbers
