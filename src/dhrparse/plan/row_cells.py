"""What a plan row's cells say inside them, read once by the plan stage so the actions
extractor receives each row's cells as the row means them (reader._finish, last step):

- every cell's text flattened (stray tags, line breaks and runs of spaces made one space);
- a status word the column cut printed at the end of the cell to the status cell's left put
  back ("January 2025 Not" | "started – waiting for the checklist");
- an action cell's own labelled lines ("Lead: ...", "By: ...") made the lead and target date
  where the table has no column for them (plan.cell_labels);
- an "Update: ..." paragraph printed inside another cell (a page break shifted it) kept as one
  of the texts the row's state may be judged from;
- a progress cell opening with the row's state set off by a dash or stop ("Delayed – template
  drafted"), or printed on its own line over a note ("Yet to start" / "Dates being set."): that
  state, as printed.
"""

from __future__ import annotations

import regex

from dhrparse.patterns import Patterns
from dhrparse.plan.cell_labels import split_cell_labels
from dhrparse.plan.status import opening_status, status_over_note, status_words
from dhrparse.plan.tables import PlanRow, PlanTable
from dhrparse.prepare.markup import flatten

_OPENING = regex.compile(r"^\W*(?P<head>[^–—:;.]{1,40}?)\s*(?:[–—:;.]|\s-\s|$)")
OPENING_WORDS = 4  # the most words a state set off at a progress cell's start has ("Not yet fully started")


def read_row_cells(tables: list[PlanTable], p: Patterns) -> None:
    """Every row's cells read as the row means them (the module's list), in place."""
    for table in tables:
        for row in table.rows:
            _read_row(row, table.columns, p)


def _read_row(row: PlanRow, columns: list[str], p: Patterns) -> None:
    flat = {k: flatten(v) for k, v in row.cells.items() if v and flatten(v)}
    cells = split_cell_labels(parted_status(flat, columns, p), columns, p)
    row.cells = {k: v for k, v in cells.items() if v}
    row.updates = [flatten(u) for u in row.updates if u and flatten(u)]
    row.cell_updates = [
        (key, update_in_cell(m.group(0), p))
        for key, value in row.cells.items()
        if key != "progress" and (m := p.joined("actions.plan.update_in_cell").search(value))
    ]
    row.opening_state = progress_opening_state(row.cells.get("progress"), p)


def update_in_cell(update: str, p: Patterns) -> str:
    """An update printed inside another cell (patterns' `actions.plan.update_in_cell`), up to its
    own "Status: <state>." sentence where it closes with one (`actions.plan.update_stated_close`)."""
    m = p.joined("actions.plan.update_stated_close").search(update)
    return update[: m.end()] if m else update


def progress_opening_state(progress: str | None, p: Patterns) -> str | None:
    """A progress cell that opens with the row's state, set off by a dash or stop ("Delayed –
    template drafted", "Achieved – guidance published", "Not started"): that state, as printed."""
    m = _OPENING.match(progress or "")
    head = m.group("head").strip() if m and len(m.group("head").split()) <= OPENING_WORDS else None
    if head and status_words(head, p):
        return head
    # the state printed on its own line over a note ("Yet to start" / "Dates being set.")
    return status_over_note(progress, p) if progress else None


def parted_status(cells: dict, columns: list[str], p: Patterns) -> dict:
    """The row's cells with the status cell's first word put back where the cut printed it, at the
    end of the cell to its left ("January 2025 Not" | "started – waiting for the checklist"): a
    status cell opening in lower case continues a phrase, mended only where the word makes
    another state open it."""
    cell = cells.get("status")
    k = columns.index("status") if "status" in columns else 0
    if k == 0 or not cell or not cell[:1].islower():
        return cells
    left = columns[k - 1]
    words = (cells.get(left) or "").split()
    if len(words) < 2 or not words[-1][:1].isupper():
        return cells
    joined = f"{words[-1]} {cell}"
    if opening_status(joined, p) in (None, opening_status(cell, p)):
        return cells
    return {**cells, left: " ".join(words[:-1]), "status": joined}
