"""Several actions numbered inside one cell.

NHS trusts answering an independent investigation, and many partnership plans, write all of a
recommendation's actions in one "Actions to be taken" cell, numbered "1.", "2.", "3.", with the
matching target dates and progress notes numbered the same way in their own cells ("1. 31 March
2022 2. 30 June 2022", "1. Complete 2. Ongoing"). Each numbered action is an action of its own:
its ref is its number in the cell, its recommendation the row's number, its date and progress
the items of the same number; a cell not numbered so (one lead, one evidence note) is shared.

A table is read so only when one of its action cells numbers two or more actions in sequence
from 1: a lone "1." then also opens a one-action cell of the same table.
"""

from __future__ import annotations

from dataclasses import replace

import regex

from dhrparse.patterns import Patterns
from dhrparse.plan.tables import PlanRow, PlanTable
from dhrparse.vocab.refs import display_ref


def split_numbered_actions(tables: list[PlanTable], p: Patterns) -> None:
    """Rows whose action cell numbers (or letters, "(a)", "(b)") several actions become one row
    per action."""
    for table in tables:
        if "action" not in table.columns:
            continue
        for marker, lettered in ((_marker(p), False), (_letter(p), True)):
            items = [_items(row.cells.get("action") or "", marker) for row in table.rows]
            if any(len(found) >= 2 for found in items):
                table.rows = [
                    split
                    for row, found in zip(table.rows, items)
                    for split in _split(row, found, marker, lettered)
                ]
                break


def numbered_item_runs_on(action: str, p: Patterns) -> bool:
    """An action cell opened by an in-cell number ("1. Update the Clinical Risk") and not yet at
    its sentence's end: the next line of a layout export carries that item on, whatever its
    capital letter, until the next number opens."""
    text = action.rstrip()
    return bool(text) and text[-1] not in ".;:!?)" and bool(_marker(p).match(text))


def _marker(p: Patterns) -> regex.Pattern:
    return p.derived("plan.in_cell_number", lambda q: regex.compile(q.get("actions.plan.in_cell_number")))


def _letter(p: Patterns) -> regex.Pattern:
    return p.derived("plan.in_cell_letter", lambda q: regex.compile(q.get("actions.plan.in_cell_letter")))


def _place(n: str) -> int:
    """An item's place in its list: "3" the third, "c" the third."""
    return int(n) if n.isdigit() else ord(n.lower()) - ord("a") + 1


def _items(text: str, marker: regex.Pattern) -> list[str]:
    """The cell's items numbered 1, 2, 3 ... (or lettered a, b, c ...) in order from its start,
    or [] when it is not so."""
    text = " ".join(text.split())
    cuts, want = [], 1
    for m in marker.finditer(text):
        if _place(m.group("n")) == want:
            cuts.append(m)
            want += 1
    if not cuts or cuts[0].start() != 0:
        return []
    ends = [c.start() for c in cuts[1:]] + [len(text)]
    return [text[c.end() : end].strip() for c, end in zip(cuts, ends)]


def _split(row: PlanRow, actions: list[str], marker: regex.Pattern, lettered: bool) -> list[PlanRow]:
    if not actions:
        return [row]
    cells = {k: _per_action(v, len(actions), marker) for k, v in row.cells.items() if k != "action"}
    extra = {k: _per_action(v, len(actions), marker) for k, v in row.extra.items()}
    rec_ref = display_ref(row.ref) if row.ref else row.recommendation_ref
    return [
        replace(
            row,
            cells={"action": action, **{k: v[n] for k, v in cells.items()}},
            extra={k: v[n] for k, v in extra.items()},
            ref=chr(ord("a") + n) if lettered else str(n + 1),  # (the items count from 1, or from "a")
            recommendation_ref=rec_ref,
            updates=list(row.updates),
            warnings=list(row.warnings),
        )
        for n, action in enumerate(actions)
    ]


def _per_action(text: str, count: int, marker: regex.Pattern) -> list[str]:
    """A cell numbered like the actions gives each its own item; any other cell is shared."""
    items = _items(text, marker)
    return items if len(items) == count else [text] * count
