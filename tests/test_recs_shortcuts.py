"""Shortcuts in reading recommendations, each held to the plain computation it replaces, on
the bundled, zoo and held-out documents where it could make a difference."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from conftest import text_route
from hypothesis import given
from hypothesis import strategies as st

from dhrparse.extractors.recommendations import announced
from dhrparse.patterns import load_patterns
from dhrparse.pipeline import extract

TESTS = Path(__file__).resolve().parent
PATTERNS = load_patterns()


def _documents(*wanted: str) -> list[Path]:
    """Text documents holding one of the `wanted` vocabularies' expressions on some line."""
    paths = text_route(TESTS, "zoo/*.txt") + text_route(TESTS, "heldout*/*.txt")
    return [
        path
        for path in paths
        if any(
            PATTERNS.any_match(dotted, line.strip())
            for line in path.read_text(encoding="utf-8").splitlines()
            for dotted in wanted
        )
    ]


def _output(path: Path) -> str:
    return extract(path).model_dump_json()


def _plain_lead_ins(r, sections):
    """The first lead-in of every section, whatever the sections asked about."""
    patterns = r.ctx.patterns
    out = {}
    for b in r.blocks:
        if b.kind == "paragraph" and patterns.any_match("recommendations.list_announcement", b.text.strip()):
            out.setdefault(announced._section_start(b), b)
    return out


LEAD_IN_DOCUMENTS = _documents("recommendations.list_announcement")


def test_documents_with_lead_ins_are_found():
    assert len(LEAD_IN_DOCUMENTS) >= 5


@pytest.mark.parametrize("path", LEAD_IN_DOCUMENTS, ids=lambda p: p.name)
def test_lead_ins_asked_of_numbered_items_sections_only_read_as_every_lead_in(path, monkeypatch):
    fast = _output(path)
    monkeypatch.setattr(announced, "_lead_ins", _plain_lead_ins)
    assert _output(path) == fast


# ---- stop labels searched as one alternation -------------------------------------------------


def _lines() -> list[str]:
    paths = text_route(TESTS, "zoo/*.txt") + text_route(TESTS, "heldout*/*.txt")
    paths += sorted((TESTS.parent / "samples").glob("*.txt"))
    return [line for path in paths for line in path.read_text(encoding="utf-8").splitlines()]


def _plain_is_stop(text: str) -> bool:
    return any(rx.search(text) for rx in PATTERNS.regexes("recommendations.stop_labels"))


def test_stop_labels_joined_find_the_lines_each_label_finds():
    from dhrparse.extractors.recommendations.vocabulary import Vocabulary

    vocab = Vocabulary.of(PATTERNS)
    hits = 0
    for line in _lines():
        plain = _plain_is_stop(line)
        assert vocab.is_stop(line) == plain, line
        hits += plain
    assert hits >= 10  # the documents print learning points and findings among recommendations


@given(
    st.lists(
        st.sampled_from(
            [
                "Learning",
                "points",
                "point",
                "Lesson",
                "learnt",
                "Key",
                "findings",
                "Finding",
                "Good",
                "practice",
                "Areas",
                "for",
                "development",
                "Notable",
                "2",
                "12",
                ":",
                ".",
                " ",
                "\t",
                "the",
                "x",
            ]
        ),
        max_size=8,
    ).map(" ".join)
)
def test_stop_labels_joined_property(text):
    from dhrparse.extractors.recommendations.vocabulary import Vocabulary

    assert Vocabulary.of(PATTERNS).is_stop(text) == _plain_is_stop(text)


# ---- Reading.position: a block's index looked up by its first line ------------------------------


@pytest.mark.parametrize(
    "path", text_route(TESTS, "zoo/*.txt")[:12] + LEAD_IN_DOCUMENTS, ids=lambda p: p.name
)
def test_block_positions_are_the_list_index(path):
    from dhrparse.extractors.recommendations.reading import Reading
    from dhrparse.ledger import Ledger
    from dhrparse.pipeline import prepare
    from dhrparse.readers import read_path

    doc = prepare(read_path(path), PATTERNS)
    r = Reading(doc, Ledger(patterns=PATTERNS))
    assert r.blocks
    for b in r.blocks:
        assert r.position(b) == r.blocks.index(b)
    stray = replace(r.blocks[0], line_start=r.blocks[0].line_start + 10**6)
    with pytest.raises(ValueError):
        r.position(stray)
