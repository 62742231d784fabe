"""Plan rows under a recommendation cell that prints no number: the report's number, found by
the cell's wording.

The Home Office action-plan template appended to an overview report repeats each
recommendation's full text in its first cell, without the number the report's chapter gives it
(plan.unnumbered_recommendations). Once the report's recommendations are read, each such row
takes the number of the one recommendation its cell repeats nearly word for word; a cell that
repeats none (or two alike) keeps no number rather than a guessed one. A plan that numbers its rows, not its
recommendations ("4", "5" under "Local Recommendation 1"), links the same way: the row number
gives way to the ref of the recommendation the cell quotes."""

from __future__ import annotations

from dhrparse.extractors.recommendations.plan_quotes import quoted_record
from dhrparse.models import Recommendation
from dhrparse.plan.tables import PlanTable


def number_quoted_rows(tables: list[PlanTable], recommendations: list[Recommendation]) -> None:
    numbered = [rec for rec in recommendations if rec.ref]
    if not numbered:
        return
    found: dict[str, str | None] = {}  # (a merged cell's text is asked once for all its rows)
    for table in tables:
        for row in table.rows:
            text = row.quoted_recommendation
            if not text:
                continue
            if text not in found:
                rec = quoted_record(text, numbered)
                found[text] = rec.ref if rec is not None else None
            # (a row number standing in for the ref gives way to the recommendation quoted)
            row.recommendation_ref = found[text] or row.recommendation_ref
