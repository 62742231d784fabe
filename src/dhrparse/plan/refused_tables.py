"""Tables a corpus-text reader refused, kept from the walk's printed-row reading.

A plan table whose cells each printed line joins (text taken out a line at a time) is cut by
the joined and narrow readers (plan.joined_rows, plan.narrow_rows) or its broken header
restored as printed (plan.split_names); a table they cannot cut is told in a
`plan_cells_untold` warning at its header. The walk's own reading of plain printed rows
(plan.printed_rows) would still make actions of the same joined lines, the words of several
columns interleaved in one cell: a wrong record is worse than a missing one. Where the walk
doubted every row's cells too (each placed by its shapes, a `plan_cell_uncertain` warning), the
table's rows are let go, and the warning at its header reaches over them, so every line stays
held. So too where a row's cell opens with a printed line that opens a row itself (its ref and
its first words, "1 Run two practice sessions ..."): a row's first printed line opens with its
ref cell, never inside another cell, so the walk ran printed rows together. (A refused table
whose rows the walk read surely, a cell to a printed line, keeps them.)
"""

from __future__ import annotations

from collections.abc import Mapping

from dhrparse.plan.tables import PlanRow, PlanTable

SHAPED = "cells placed by their shapes"  # (plan.walk's doubt of a row's cells)
OPENING_WORDS = 3  # the words of a printed row's opening a cell must repeat (its ref and two more)


def let_go_refused(
    tables: list[PlanTable], refused: set[int], row_lines: Mapping[int, str] | None = None
) -> dict[int, int]:
    """Empty each table read from printed text whose header a corpus-text reader refused and
    whose every row the walk doubted or ran together with a later printed row (`row_lines`:
    the texts of the printed lines opening with a row's ref, by line number); the last line of
    its rows by its header line, for the warning to reach."""
    reach: dict[int, int] = {}
    row_lines = row_lines or {}
    for table in tables:
        if table.source is not None or table.line_start not in refused or not table.rows:
            continue
        if not all(_doubted(row) or _runs_rows(row, row_lines) for row in table.rows):
            continue
        reach[table.line_start] = max(row.line_end or row.line_start for row in table.rows)
        table.rows = []
    return reach


def _doubted(row: PlanRow) -> bool:
    return any(w.startswith(SHAPED) for w in row.warnings)


def _runs_rows(row: PlanRow, row_lines: Mapping[int, str]) -> bool:
    """Whether one of the row's cells opens with a printed line after its first that opens a
    row of its own (its ref and first words)."""
    openings = {" ".join(c.split()[:OPENING_WORDS]) for c in row.cells.values() if c.strip()}
    for n in range(row.line_start + 1, (row.line_end or row.line_start) + 1):
        words = row_lines.get(n, "").split()
        if len(words) > OPENING_WORDS and " ".join(words[:OPENING_WORDS]) in openings:
            return True
    return False
