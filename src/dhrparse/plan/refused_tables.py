"""Tables a corpus-text reader refused, kept from the walk's printed-row reading.

A plan table whose cells each printed line joins (text taken out a line at a time) is cut by
the joined and narrow readers (plan.joined_rows, plan.narrow_rows) or its broken header
restored as printed (plan.split_names); a table they cannot cut is told in a
`plan_cells_untold` warning at its header. The walk's own reading of plain printed rows
(plan.printed_rows) would still make actions of the same joined lines, the words of several
columns interleaved in one cell: a wrong record is worse than a missing one. Where the walk
doubted every row's cells too (each placed by its shapes, a `plan_cell_uncertain` warning), the
table's rows are let go, and the warning at its header reaches over them, so every line stays
held. (A refused table whose rows the walk read surely, a cell to a printed line, keeps them.)
"""

from __future__ import annotations

from dhrparse.plan.tables import PlanTable

SHAPED = "cells placed by their shapes"  # (plan.walk's doubt of a row's cells)


def let_go_refused(tables: list[PlanTable], refused: set[int]) -> dict[int, int]:
    """Empty each table read from printed text whose header a corpus-text reader refused and
    whose every row the walk doubted; the last line of its rows by its header line, for the
    warning to reach."""
    reach: dict[int, int] = {}
    for table in tables:
        if table.source is not None or table.line_start not in refused or not table.rows:
            continue
        if not all(any(w.startswith(SHAPED) for w in row.warnings) for row in table.rows):
            continue
        reach[table.line_start] = max(row.line_end or row.line_start for row in table.rows)
        table.rows = []
    return reach
