"""Tables a corpus-text reader refused, kept from the walk's printed-row reading.

A plan table whose cells each printed line joins (text taken out a line at a time) is cut by
the joined and narrow readers (plan.joined_rows, plan.narrow_rows) or its broken header
restored as printed (plan.split_names); a table they cannot cut is told in a
`plan_cells_untold` warning at its header. The walk's own reading of plain printed rows
(plan.printed_rows) would still make actions of the same joined lines, the words of several
columns interleaved in one cell: a wrong record is worse than a missing one. Where the walk
doubted every row's cells too (each placed by its shapes, a `plan_cell_uncertain` warning), the
table's rows are let go, and the warning at its header reaches over them, so every line stays
held. (A refused table whose rows the walk read surely, a cell to a printed line, keeps them;
so does one whose rows leave their date cells empty with a date inside an earlier column's
cell: letting those go lost a heldout plan's one right row and a recommendation's scope.) A
joined table whose header names no
action column among unnamed words ("Rec What will be done Who By Progress") no reader takes:
the walk would make each row's joined line an action, so its rows are let go too, told so.
"""

from __future__ import annotations

from dhrparse.plan.tables import ColumnMap, PlanTable

SHAPED = "cells placed by their shapes"  # (plan.walk's doubt of a row's cells)
UNNAMED = "a plan table printed with its cells joined on each line names no action column: its rows were not cut into cells"


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


def let_go_unnamed(tables: list[PlanTable], cm: ColumnMap, joined: bool) -> list[tuple[int, int, int | None]]:
    """Empty each table read from printed text whose cells each printed line joins (`joined`),
    whose header names no action column while its line prints words no column name holds
    ("Rec What will be done Who By Progress": the action's, the lead's and the date's columns
    unnamed), and whose every row the walk could place only as an action cell: those cells are
    the joined words of every column, not the action. (first line, last line, page) of each."""
    out: list[tuple[int, int, int | None]] = []
    if not joined:
        return out
    for table in tables:
        if table.source is not None or not table.rows or "action" in table.columns:
            continue
        if not all(set(row.cells) == {"action"} for row in table.rows):
            continue
        if not any(cm.unnamed_words(header) for header in table.headers[:1]):
            continue
        out.append(
            (table.line_start, max(row.line_end or row.line_start for row in table.rows), table.rows[0].page)
        )
        table.rows = []
    return out
