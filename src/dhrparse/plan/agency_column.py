"""A plan table's own Agency column under the agencies' part of the plan.

A plan printed in two tables ("Part A – Overview report recommendations", then "Part B – Single
agency recommendations" with an Agency | Ref | Recommendation | Action ... header) names each
single-agency recommendation's agency in the row's Agency cell, merged down over the agency's
rows. The part's heading names no agency: each row's section is the agency its cell names (a
merged cell's later rows keep it). Read only in a table under such a heading
(patterns/actions.toml plan.agency_part) whose first row names an agency, with a column of that
name (plan.agency_column); any other Agency column (an overview plan's lead agency) is left.
"""

from __future__ import annotations

from dhrparse.patterns import Patterns
from dhrparse.plan.tables import PlanTable
from dhrparse.plan.vocabulary import PlanVocabulary

NAME_WORDS = 8  # an agency's name is at most this many words


def agency_cell_sections(tables: list[PlanTable], p: Patterns) -> None:
    """Each row of a table under the agencies' part given the agency its Agency cell names
    (rows changed in place)."""
    names = {name.lower() for name in p.list("actions.plan.agency_column.headers")}
    part = PlanVocabulary.of(p).agency_part
    for table in tables:
        header = next((c.split(":", 1)[1] for c in table.columns if _named(c, names)), None)
        if header is None or not table.rows or not part.match(table.section or ""):
            continue
        cells = [" ".join((row.extra.get(header) or "").split()) for row in table.rows]
        if not _names_agency(cells[0]) or not all(c == "" or _names_agency(c) for c in cells):
            continue
        named = None
        for row, cell in zip(table.rows, cells, strict=True):
            named = cell or named  # (a merged cell's later rows keep its name)
            row.section = named


def _named(column: str, names: set[str]) -> bool:
    return column.startswith("extra:") and column.split(":", 1)[1].strip().lower() in names


def _names_agency(cell: str) -> bool:
    """A name, not a sentence: a few words opening with a capital, no full stop at the end."""
    return 0 < len(cell.split()) <= NAME_WORDS and cell[:1].isupper() and not cell.endswith(".")
