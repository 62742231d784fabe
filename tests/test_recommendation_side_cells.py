"""A merged recommendation cell plain pdftotext printed a line at a time beside its row's
single action cell (plan.recommendation_cells `_without_side_cell`): the recommendation keeps
its own lines, the action's are left out of it. Fictional bodies, our own wording."""

from __future__ import annotations

from dhrparse.document import Line
from dhrparse.patterns import load_patterns
from dhrparse.plan.recommendation_cells import RecommendationCells
from dhrparse.plan.vocabulary import PlanVocabulary


def _cells(texts: list[str]) -> list[str]:
    p = load_patterns()
    lines = [Line(n, t, 1, t) for n, t in enumerate(texts, 1)]
    found = RecommendationCells(p, PlanVocabulary.of(p).statement).cells(lines)
    return [" ".join(ln.text for ln in cell) for cell in found]


def test_a_side_cell_printed_a_line_at_a_time_is_left_out():
    texts = [
        "Farrowdale Health Board",
        "Run a short briefing session",
        "should make sure that practice nurses",
        "for every surgery team.",
        "know how to refer an older patient",
        "to the falls service.",
    ]
    assert _cells(texts) == [
        "Farrowdale Health Board should make sure that practice nurses know how to refer an older "
        "patient to the falls service."
    ]


def test_a_name_wrapped_onto_its_own_line_carries_the_sentence_on():
    texts = [
        "The Council should work with",
        "Farrowdale Housing Trust",
        "to agree a joint protocol.",
    ]
    assert _cells(texts) == [" ".join(texts)]
