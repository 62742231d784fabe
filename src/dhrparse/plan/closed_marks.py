"""Actions a plan with no status column marks closed in their own cell.

Some plans keep no status column: when an action is finished its words are struck through and a
marker is put after them ("Add a session on ... to the course. (closed)", "[Closed]"). The strike
is lost on most routes (plain text keeps the words, not the line over them), the marker never is:
it is the action's state, and no part of what the action says.

An action left unmarked says nothing of its state by itself. Only where the plan's own note on
how to read it says both that closed actions are struck through and that those in plain type
remain open ("How to read this plan") is an unmarked action of that plan in progress. The note
speaks of the table it stands by (the first after it, else the one before: plan.date_order).

Vocabulary: patterns/actions.toml [status.closed_mark].
"""

from __future__ import annotations

import regex

from dhrparse.document import SourceDocument
from dhrparse.patterns import Patterns
from dhrparse.plan.date_order import table_of_note
from dhrparse.plan.tables import PlanTable

NOTE_LINES = 4  # printed lines a note's two sentences may wrap over


def _marker(action: str | None, p: Patterns) -> regex.Match | None:
    """The match of the marker closing the action's cell, or None."""
    return p.regexes("actions.status.closed_mark.marker")[0].search(action) if action else None


def closed_mark(action: str | None, p: Patterns) -> str | None:
    """The marker closing the action's cell ("(closed)"), or None."""
    m = _marker(action, p)
    return m.group("mark") if m else None


def without_mark(action: str | None, p: Patterns) -> str | None:
    """The action's words without the marker closing them (the marker ends the cell, so the
    words are those before it)."""
    m = _marker(action, p)
    return (action[: m.start()].rstrip() or action) if m else action


def mark_plain_open(doc: SourceDocument, tables: list[PlanTable], p: Patterns) -> None:
    """Set `plain_open` on each table with no status cell that a plan's note on struck-through
    and plain-type actions speaks of."""
    struck, plain = (
        p.regexes(f"actions.status.closed_mark.{name}") for name in ("struck_note", "plain_open_note")
    )
    if not struck or not plain or not any(_states_nothing(table) for table in tables):
        return
    prose = [line for line in doc.content_lines() if line.cells is None]
    # (most documents say nothing of plain type: one search over all their prose settles that
    # before any note-sized stretch is searched; a stretch's words are a part of the whole's)
    whole = " ".join(ln.text for ln in prose)
    if not any(rx.search(whole) for rx in plain):
        return
    for k, line in enumerate(prose):
        said = " ".join(ln.text for ln in prose[k : k + NOTE_LINES])
        if not any(rx.search(said) for rx in plain):
            continue
        around = " ".join(ln.text for ln in prose[max(0, k - NOTE_LINES) : k + NOTE_LINES])
        table = table_of_note(line.number, tables) if any(rx.search(around) for rx in struck) else None
        if table is not None and _states_nothing(table) and _marks_all_read(doc, table, tables, p):
            table.plain_open = True


def _marks_all_read(doc: SourceDocument, table: PlanTable, tables: list[PlanTable], p: Patterns) -> bool:
    """Every marker printed in a plain text table's stretch is in one of its rows' actions. A
    cell broken over a page may print its marker on the next page where no row takes it: the
    action above the break then reads as plain type, and its state is left unsaid rather than
    called open (a PDF's or Word table's cells keep their marker)."""
    if table.origin != "text":
        return True
    ends = [t.line_start for t in tables if t.line_start > table.line_start]
    last = min(ends) if ends else len(doc.lines) + 1
    printed = sum(
        1 for ln in doc.content_lines() if table.line_start <= ln.number < last and _marker(ln.text, p)
    )
    read = sum(1 for row in table.rows if closed_mark(row.cells.get("action"), p))
    return read >= printed


def _states_nothing(table: PlanTable) -> bool:
    """No row of the table has a status cell (a plain text export's column reading may name a
    status column the table does not print)."""
    return not any(row.cells.get("status") for row in table.rows)
