"""A column-block plan's recommendation cells written in a tracker's short form, "<body> to
<verb> ..." with no "should" (recommendations.asking_named, plan.recommendation_cells): read as
the plan's recommendations, numbered by its Rec column, only where the lines are the
recommendation column's. The pending zoo document is a LibreOffice -> plain pdftotext
export (tests/zoo/s21textplan_build.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from dhrparse import extract
from dhrparse.document import Line
from dhrparse.patterns import load_patterns
from dhrparse.plan.recommendation_cells import RecommendationCells

PENDING = Path(__file__).parent / "zoo" / "pending"  # (its leads are not read yet)


@pytest.fixture(scope="module")
def cells():
    import regex

    return RecommendationCells(load_patterns(), regex.compile(r"^Recommendation \d"))


def _lines(*texts: str) -> list[Line]:
    return [Line(number=k, text=t) for k, t in enumerate(texts, start=10)]


def test_the_short_form_opens_a_cell_only_in_a_recommendation_column(cells):
    lines = _lines(
        "Quillstone Police to make sure that call",
        "handlers ask about weapons held at the",
        "address.",
        "The MARAC chair to review how cases",
        "are heard again.",
    )
    found = cells.cells(lines, named=True)
    assert [[ln.number for ln in cell] for cell in found] == [[10, 11, 12], [13, 14]]
    assert cells.cells(lines) == []  # (elsewhere the form opens actions and summaries too)


def test_what_the_short_form_is_not(cells):
    for text in (
        "Commission a training provider for the course.",  # an action: a verb, no body named
        "Agencies to act",  # a column's name
        "R6 Partners to report progress to the Board.",  # a summary's item after its ref
        "Letter from the Chair to the Home Office.",
    ):
        assert cells.cells(_lines(text), named=True) == [], text


def test_the_zoo_plan_gives_its_recommendations():
    doc = extract(PENDING / "textplan_named_recs_column_blocks.txt")
    assert [r.ref for r in doc.recommendations] == ["1", "2", "3", "4"]
    assert doc.recommendations[1].text.startswith("Quillstone Police to make sure that call handlers")
    assert doc.recommendations[2].text.endswith("whether it is safe to write to them at home.")
    assert len(doc.actions) == 6
