"""A plan column headed as the action's owner ("Action owner") beside the Action column: its
header opens with the action's name, so it reads as a second action column, yet its cells name
who does the action ("Domestic Abuse Coordinator", "Detective Inspector, Safeguarding Hub").

Decided from header and cells together: the column is the lead only where the plan has no
lead column, an earlier column is the action, this column's header names the lead with its
last words (the header's scan: action, then lead) and nearly all its filled cells read as
names (short capitalised phrases, no sentence, most naming a body or a role). A column of
instructions under such a header stays the action's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dhrparse.prepare.markup import flatten

if TYPE_CHECKING:
    from dhrparse.plan.column_roles import ColumnRoles

NAMES = 0.7  # the share of the filled cells reading as names (a line of a wrapped name: "Hub")
BARE = 1.0  # ... and as short capitalised phrases, no sentence: all of them


def settle_owner_columns(out: list, headers: list[str], columns: list[list[str]], roles: ColumnRoles) -> None:
    """The second action column headed as the action's owner, over names, made the lead (in
    place)."""
    if "lead" in out or out.count("action") < 2:
        return
    from dhrparse.plan.tables import ColumnMap  # (the header's fields in printed order)

    scan = roles.p.derived("plan.owner_columns", ColumnMap).scan
    first = out.index("action")
    for k in range(first + 1, len(out)):
        if out[k] != "action" or k >= len(columns):
            continue
        if scan(" ".join(flatten(headers[k]).split())) != ["action", "lead"]:
            continue
        shape = roles.shape(_row_cells(columns[k], out, columns))
        if shape.filled and shape.names >= NAMES and shape.bare_names >= BARE and shape.instructions == 0:
            out[k] = "lead"
            return


def _row_cells(cells: list[str], out: list, columns: list[list[str]]) -> list[str]:
    """The column's cells joined row by row where a ref column opens each row: a printed
    table's lines (pdftotext -layout) break a name over lines ("Pellow Borough" / "Council",
    "Head of" / "Safeguarding and" / "Patient Experience") whose pieces alone read as no name.
    Cells of a table whose rows are whole (no line without its ref) stay as they are."""
    if "ref" not in out or out.index("ref") >= len(columns):
        return cells
    refs = columns[out.index("ref")]
    if len(refs) != len(cells) or all(r.strip() for r in refs):
        return cells
    rows: list[str] = []
    for ref, cell in zip(refs, cells):
        if ref.strip() or not rows:
            rows.append(cell)
        else:
            rows[-1] = f"{rows[-1]} {cell}".strip()
    return rows
