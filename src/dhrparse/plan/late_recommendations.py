"""Recommendation cells a tracker printed a cell at a time (plan.row_blocks) sets after the
actions' rows they head.

In a tracker over several reviews whose recommendation's number and wording are written in
its first action's row only, plain pdftotext prints each row's cells in turn, but a tall
recommendation cell may print after the cells of its own rows and of the rows of the
recommendation above ("Publish a directory ..." / "Add a seen-alone prompt ..." / "2" /
"<Body> should ..."): its number and cell then make a row of their own, with no action. The
recommendation is read from it (its number and its words, as stated), and the rows opened by
an action straight before it, which may be its own or the recommendation's above (nothing
printed says which), make no action: they are named and quoted in a `plan_cells_untold`
warning. Only where each such row has a number and a recommendation cell, and the rows they
leave keep at least one action.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from dhrparse.document import Line
from dhrparse.plan.column_blocks import WHOLE_CELL_STATEMENT
from dhrparse.prepare.markup import flatten


@dataclass
class LateRecommendations:
    number_col: int
    recommendation_col: int
    recommendations: list = field(default_factory=list)  # the rows printed without an action
    untold: list = field(default_factory=list)  # the rows before them whose recommendation is unsure

    def statements(self, lines: list[Line]) -> dict[int, Line]:
        """Line index -> the line rewritten: each late recommendation's number line as its
        statement ("Recommendation 2: <its words>")."""
        out: dict[int, Line] = {}
        for row in self.recommendations:
            a, b = row.cells[self.number_col]
            ra, rb = row.cells[self.recommendation_col]
            number = _text(lines, a, b)
            words = _text(lines, ra, rb)
            out[a] = replace(
                lines[a], text=f"Recommendation {number}: {words}", hint=WHOLE_CELL_STATEMENT, cells=None
            )
        return out

    def untold_text(self, lines: list[Line]) -> str:
        return " ".join(_text(lines, a, b) for row in self.untold for a, b in sorted(row.cells.values()))

    def untold_first(self) -> int:
        return min(a for row in self.untold for a, _ in row.cells.values())


def late_recommendations(
    rows: list, action: int, number_col: int | None, fields: list
) -> tuple[list, LateRecommendations] | None:
    """(the rows that keep their actions, the late recommendations and the rows left untold),
    None where a row without an action is not a numbered recommendation's."""
    if number_col is None or "recommendation" not in fields:
        return None
    rec_col = fields.index("recommendation")
    late = LateRecommendations(number_col, rec_col)
    kept: list = []
    for row in rows:
        if action in row.cells:
            kept.append(row)
            continue
        if set(row.cells) != {number_col, rec_col}:
            return None
        while kept and number_col not in kept[-1].cells:
            late.untold.insert(0, kept.pop())  # (a later action's row: whose, unsure)
        late.recommendations.append(row)
    if not kept:
        return None
    return kept, late


def _text(lines: list[Line], a: int, b: int) -> str:
    return " ".join(flatten(ln.text).strip() for ln in lines[a : max(a + 1, b)])
