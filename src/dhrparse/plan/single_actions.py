"""One action per recommendation: the recommendation's number is the action's own.

A plan whose only number column is the recommendation's ("Rec | Action | Lead ...") and that
gives each recommendation one row numbers its actions by that column: row "2(a)" is action
2(a), answering recommendation 2(a). Where a number repeats (several actions under one
recommendation) the rows carry no number of their own and keep none."""

from __future__ import annotations

from dhrparse.plan.tables import PlanTable


def number_single_actions(tables: list[PlanTable]) -> None:
    for table in tables:
        rows = [row for row in table.rows if not row.ref]
        refs = [row.recommendation_ref for row in rows]
        if "ref" in table.columns or len(rows) < 2 or len(rows) != len(table.rows):
            continue
        if None in refs or len(set(refs)) != len(refs):
            continue
        for row in rows:
            row.ref = row.recommendation_ref
