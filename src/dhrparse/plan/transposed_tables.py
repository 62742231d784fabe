"""A plan printed transposed: its field names down the first column ("Action", "Recommendation",
"What will be done", "Lead agency", "Target date", "Status") and one column per action, as a
partnership prints a short plan with long cells across a landscape page.

Read as cells (PDF, Word), each printed row holds one field's name and every action's cell for
it. Turned back, the first column is the header and each later column a row of the plan, so the
one table model reads it as any other plan: a column is read as an action only where every row's
first cell names a plan column and no other cell is itself a column's name (a label table of
name / value pairs side by side is no transposed plan)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from dhrparse.plan.table_rewrites import rewrite_tables
from dhrparse.plan.tables import header_form, is_plan
from dhrparse.prepare.markup import flatten

if TYPE_CHECKING:
    from dhrparse.document import Line
    from dhrparse.plan.tables import ColumnMap

MIN_FIELDS = 4  # rows of field names a transposed plan prints (fewer: a label box)
MIN_COLUMNS = 3  # the names' column and two actions or more (one action: a label box)


def turn_transposed(lines: list[Line], cm: ColumnMap) -> list[Line]:
    """The lines with every transposed plan turned back: a header row, then a row an action."""

    def turned_at(lines: list[Line], k: int) -> tuple[int, list[Line]] | None:
        run = _cell_run(lines, k)
        back = turned(lines[k : k + run], cm) if run >= MIN_FIELDS else None
        return (k + run, back) if back is not None else None

    return rewrite_tables(lines, turned_at)


def _cell_run(lines: list[Line], k: int) -> int:
    """How many lines from k on are rows of one width, each opening with a cell."""
    width = len(lines[k].cells) if lines[k].cells is not None else 0
    if width < MIN_COLUMNS:
        return 0
    end = k
    while end < len(lines) and lines[end].cells is not None and len(lines[end].cells) == width:
        end += 1
    return end - k


def field_named(name: str, cm: ColumnMap) -> str | None:
    """The field a row's name gives: a column's name, or a name of the action column too common
    as a label to name it everywhere ("What will be done"), which a table's own names may use."""
    return cm.field_of(name) or ("action" if checked_action_name(name, cm) else None)


def checked_action_name(name: str, cm: ColumnMap) -> bool:
    """Whether the name is one of the action column's names too common as labels to name it
    everywhere (ColumnMap.checked_action_names), a colon after it or not."""
    return header_form(name).strip(" :") in cm.checked_action_names


def turned(rows: list[Line], cm: ColumnMap) -> list[Line] | None:
    """The rows turned back, or None where they are no transposed plan."""
    grid = [[" ".join(flatten(c).split()) for c in ln.cells] for ln in rows]
    names = [row[0] for row in grid]
    fields = [field_named(name, cm) for name in names]
    if None in fields or not is_plan(fields) or len(set(names)) < len(names):
        return None
    if any(cm.names_exactly(cell) for row in grid for cell in row[1:] if cell):
        return None  # (a value cell that is itself a column's name: label pairs side by side)
    actions = [[row[c] for row in grid] for c in range(1, len(grid[0])) if any(row[c] for row in grid)]
    if len(actions) < MIN_COLUMNS - 1:
        return None
    header = replace(rows[0], text="\t".join(names), cells=names)
    # (each action on a printed row's line, in order; more actions than rows share the last)
    return [header] + [
        replace(rows[min(n, len(rows) - 1)], text="\t".join(cells), cells=cells)
        for n, cells in enumerate(actions, 1)
    ]
