"""A recommendations table's column named "Recommendation addressed to", printed by plain
pdftotext a column at a time: the name breaks over its lines ("Recommendation" / "addressed to
Wendle and Orrin" / "Hospitals NHS" ...), so its first word reads as the Recommendation
column's name and its last words as the agency column's ("addressed to"), the column's cells
(the bodies' names) printed under them as the rows of a table of two columns. Its names
together are one column's name: no table is headed there, and the names are the agency
column's cells, left to the readers of the table they belong to."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dhrparse.extractors.recommendations.reading import Reading


def one_column_named(r: Reading, names: tuple[str, ...] | list[str]) -> bool:
    """Whether a header's names, read together, are the one agency column's name
    ("Recommendation" + "addressed to")."""
    return len(names) == 2 and bool(r.vocab.table_agency.match(" ".join(names)))
