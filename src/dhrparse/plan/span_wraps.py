"""A timescale span wrapped in its narrow column, read back whole: "Within 6" / "months".

A tracker whose printed lines join their cells is read from each row's first printed line
(plan.tracker_rows), so a Timescale cell that wraps keeps only its opening, "Within 6", a span
with no unit, which names no time at all. The unit printed on the row's next line is the
cell's own where it is that line's last word: the timescale's column holds the only words a
wrapped span leaves for that line, and a column to its right printing nothing more there (the
status's one word was printed on the first line). Any other last word, a status's second word
("on" / "track") or a name's, leaves the cell as read.

Vocabulary: patterns/actions.toml [plan.timescale_anchor] `span_opening`, `units`.
"""

from __future__ import annotations

from dhrparse.document import SourceDocument
from dhrparse.patterns import Patterns
from dhrparse.plan.tables import PlanRow, PlanTable

KEYS = "actions.plan.timescale_anchor"
NEXT_LINES = 3  # (a blank line between printed lines in text taken out a line at a time)


def complete_span_wraps(doc: SourceDocument, tables: list[PlanTable], p: Patterns) -> None:
    """Each row's target cell that opens a span and lacks its unit, given the unit its next
    printed line ends with."""
    openings = p.regexes(f"{KEYS}.span_opening")
    units = {u.lower() for u in p.list(f"{KEYS}.units")}
    if not openings or not units:
        return
    for table in tables:
        for row in table.rows:
            cell = " ".join((row.cells.get("target_date") or "").split())
            if cell and openings[0].match(cell):
                unit = _unit_below(doc, row, units)
                if unit is not None:
                    row.cells["target_date"] = f"{cell} {unit}"


def _unit_below(doc: SourceDocument, row: PlanRow, units: set[str]) -> str | None:
    """The unit ending the printed line after the row's first, where it ends so."""
    below = [
        ln for ln in doc.lines_between(row.line_start + 1, row.line_start + NEXT_LINES) if ln.text.strip()
    ]
    if not below or below[0].cells is not None:
        return None
    words = below[0].text.split()
    return words[-1] if words and words[-1].lower() in units else None
