"""The review a tracker row belongs to.

A partnership's recommendations tracker lists the recommendations of several reviews in one
table ("Review | Rec no. | Recommendation | Lead | Due | Status"), sorted by due date so the
reviews interleave. The Review cell is merged over consecutive rows of the same review, so a
blank cell means "the review above". Recommendation numbers restart in every review, so the
review is part of what names a row: it is kept in the row's extra cells under its printed
header, and in the row's `review` for the record ids.
"""

from __future__ import annotations

from dhrparse.patterns import Patterns
from dhrparse.plan.tables import PlanTable
from dhrparse.prepare.markup import flatten


def review_header(table: PlanTable, patterns: Patterns) -> str | None:
    """The printed header of the table's column naming each row's review, if it has one: a
    column the header synonyms make the review (patterns/actions.toml [columns] review), or an
    unknown column headed so."""
    names = {w.lower() for w in patterns.list("actions.plan.review_headers")}
    printed = table.headers if len(table.headers) == len(table.columns) else [""] * len(table.columns)
    for header, column in zip(printed, table.columns):
        if column == "review":
            return " ".join(flatten(header).split()) or "Review"
        if column.startswith("extra:") and " ".join(flatten(header).split()).lower().strip(" :") in names:
            return column[6:]
    return None


def carry_reviews(tables: list[PlanTable], patterns: Patterns) -> None:
    """Each row's review: its own Review cell, else the one above it (a merged cell). Kept in
    the row's extra cells under the printed header, so the record shows it as printed."""
    for table in tables:
        header = review_header(table, patterns)
        if header is None:
            continue
        current = None
        for row in table.rows:
            own = row.cells.pop("review", None) or row.extra.get(header)
            current = " ".join(flatten(own or "").split()) or current
            if current:
                row.extra[header] = current
                row.review = current
