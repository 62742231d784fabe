"""Tables a corpus-text reader refused, kept from the walk's printed-row reading.

A plan table whose cells each printed line joins (text taken out a line at a time) is cut by
the joined and narrow readers (plan.joined_rows, plan.narrow_rows) or its broken header
restored as printed (plan.split_names); a table they cannot cut is told in a
`plan_cells_untold` warning at its header. The walk's own reading of plain printed rows
(plan.printed_rows) would still make actions of the same joined lines, the words of several
columns interleaved in one cell: a wrong record is worse than a missing one. Such a table's
rows are let go, and the warning at its header reaches over them, so every line stays held.
"""

from __future__ import annotations

from dhrparse.plan.tables import PlanTable


def let_go_refused(tables: list[PlanTable], refused: set[int]) -> dict[int, int]:
    """Empty each table read from printed text whose header a corpus-text reader refused; the
    last line of its rows by its header line, for the warning to reach."""
    reach: dict[int, int] = {}
    for table in tables:
        if table.source is not None or table.line_start not in refused or not table.rows:
            continue
        reach[table.line_start] = max(row.line_end or row.line_start for row in table.rows)
        table.rows = []
    return reach
