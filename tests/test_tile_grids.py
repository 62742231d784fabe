"""Recommendations set in a ruled grid of tiles (the family of tests/zoo/pending's Rowanford and
Kestlemere stand-ins): each cell a large number, a bold title and the text, read cell by cell,
left to right and top to bottom (extractors.recommendations.tile_grids); on plain text the
numbers printed whole under the heading number the texts in order (number_column), a lone
figure above the heading (a facts strip's age) none of them."""

from __future__ import annotations

from pathlib import Path

import pytest

from dhrparse.pipeline import extract

ZOO = Path(__file__).resolve().parent / "zoo" / "pending"
ROWANFORD = "cspr_at_a_glance_tile_grid_rowanford"
KESTLEMERE = "sar_at_a_glance_tile_grid_three_across_kestlemere"


@pytest.mark.parametrize("route", [".pdf", ".docx"])
@pytest.mark.parametrize("stem", [ROWANFORD, KESTLEMERE])
def test_each_tile_is_a_recommendation(stem, route):
    doc = extract(ZOO / f"{stem}{route}")
    assert [r.ref for r in doc.recommendations] == ["1", "2", "3", "4", "5", "6"]
    assert all(r.title and len(r.title.split()) <= 3 for r in doc.recommendations)
    assert all(" should " in r.text and not r.text.startswith(r.title) for r in doc.recommendations)


def test_rowanford_titles_on_word_and_pdf():
    for route in (".pdf", ".docx"):
        titles = [r.title for r in extract(ZOO / f"{ROWANFORD}{route}").recommendations]
        assert titles[:3] == ["School moves", "Linking concerns", "Parents' requests"]


def test_plain_text_numbers_under_the_heading_only():
    doc = extract(ZOO / f"{KESTLEMERE}.txt")
    assert [r.ref for r in doc.recommendations] == ["1", "2", "3", "4", "5", "6"]
