"""Recommendations printed as labelled rows of the plan's own action table, their actions coded
under them.

A council's performance-management system exports a review's plan as one list of items: each
recommendation is an item of its own, coded "R1" and titled "Recommendation: <text>", with the
status and the average progress of its actions; each action is an item coded under it ("R1.1",
"R1.2") with its own owner, due date and status. The header names one column for the titles of
both ("Code | Title | Status | Progress | Due Date | Assigned To | Latest Note"), so the header
map calls every row an action. Read together, the rows say otherwise: a row coded with a bare
number whose title opens with a recommendation's label is that recommendation (its status and
progress summarise the actions, they commit no one), and the rows coded under it are its
actions. Only a table every row of which reads so is taken; the label is
`actions.plan.recommendation_row_label`.
"""

from __future__ import annotations

import regex

from dhrparse.patterns import Patterns
from dhrparse.plan.recommendation_bands import BAND, band_key, band_statement
from dhrparse.plan.statements import Statement
from dhrparse.plan.tables import PlanRow, PlanTable

# an action's code under its recommendation's ("R1.1", "3.2", "3b"; the recommendation's "R1", "3":
# recommendation_bands.BAND)
_UNDER = regex.compile(r"^\s*(?P<number>[A-Za-z]{0,4}\s?\d{1,3})(?:\s*[./]\s*\d{1,2}|[a-z])\s*$")


def read_labelled_bands(tables: list[PlanTable], patterns: Patterns) -> list[Statement]:
    """The recommendations printed as labelled rows of these tables, as confirmed statements;
    each such table's other rows stay its actions, each linked to the row above it."""
    label = regex.compile(patterns.get("actions.plan.recommendation_row_label", r"(?!x)x"), regex.I)
    found: list[Statement] = []
    for table in tables:
        found += _table_bands(table, label)
    return found


def _table_bands(table: PlanTable, label: regex.Pattern) -> list[Statement]:
    if "ref" not in table.columns or "action" not in table.columns or "recommendation" in table.columns:
        return []
    parents: list[str | None] = []  # each row's band code, None for a band itself
    current = None
    for row in table.rows:
        band = BAND.match(row.ref or "")
        if band is not None and label.match(row.cells.get("action") or ""):
            current = band_key(band.group("number"))
            parents.append(None)
            continue
        under = _UNDER.match(row.ref or "")
        if current is None or under is None or band_key(under.group("number")) != current:
            return []  # a row neither band nor action coded under the band above: not this layout
        parents.append(current)
    if None not in parents or all(p is None for p in parents):
        return []
    statements: list[Statement] = []
    rows: list[PlanRow] = []
    for row, parent in zip(table.rows, parents):
        if parent is None:
            statements.append(band_statement(row, table, label.sub("", row.cells["action"], count=1)))
            continue
        row.recommendation_ref = statements[-1].ref
        rows.append(row)
    table.rows = rows
    return statements
