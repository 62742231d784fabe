"""Recommendation cells a plain text export printed away from the rows they head.

A plan table whose recommendation cell is merged down over its actions comes out of plain
pdftotext (no -layout) with each merged cell printed as a paragraph of its own, between or
after the rows, and its ref column as a run of codes elsewhere. When the walk has read the
rows but no recommendation at all (no statement, no recommendation column), the paragraphs
it left unread that open by asking someone to act ("Wyvenham Police should ...") are the plan's
recommendations: they become records at their own lines. Their numbers are not guessed: the
codes of the ref column print in an order of their own, so nothing pairs them with the cells.
"""

from __future__ import annotations

from dhrparse.document import Line
from dhrparse.plan.recommendation_cells import RecommendationCells
from dhrparse.plan.statements import Statement
from dhrparse.prepare.markup import flatten


def take_unplaced(walk) -> list[Statement]:
    """The recommendation cells among the plan's unread lines, taken out of its unread account
    (they are read now); none when the plan read a recommendation of its own."""
    if not walk.tables or any(s.confirmed for s in walk.statements.all):
        return []
    if any("recommendation" in t.columns for t in walk.tables):
        return []
    unread = [ln for _, ln in walk.coverage.unread]
    cells = RecommendationCells(walk.p, walk.vocab.statement).cells(unread)
    taken = {ln.number for cell in cells for ln in cell}
    walk.coverage.unread = [(k, ln) for k, ln in walk.coverage.unread if ln.number not in taken]
    return [_statement(cell) for cell in cells]


def _statement(cell: list[Line]) -> Statement:
    return Statement(
        ref="",
        lines=[" ".join(flatten(ln.text).strip() for ln in cell)],
        line_start=cell[0].number,
        line_end=cell[-1].number,
        page=cell[0].page,
        confirmed=True,
    )
