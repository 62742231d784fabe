"""Actions numbered inside the recommendation cell.

Some standalone plans print one row per recommendation, "No. | Recommendation and actions |
Lead agency | By | Status": the recommendation cell holds the recommendation's sentence, then a
label ("Actions:") and the actions that deliver it, each numbered under the recommendation's own
number ("1.1 ...", "1.2 ..."). The lead, the date and the status print once in the row and are
said of every action in it.

The recommendation is the sentence before the label (its record is made from that alone), and
each numbered item is an action of its own: its ref the printed number, its recommendation the
row's, its lead, date and status the row's. A cell is read so only where its items are numbered
in sequence from "N.1" under the row's own number N; any other cell is left as it is.
"""

from __future__ import annotations

from dataclasses import replace

import regex

from dhrparse.patterns import Patterns
from dhrparse.plan.tables import PlanRow, PlanTable
from dhrparse.vocab.dates import find_dates

ITEM = regex.compile(r"(?:^|(?<=\s))(?P<rec>\d{1,2})\.(?P<n>\d{1,2})\.?\s+(?=\S)")


def actions_label(p: Patterns) -> regex.Pattern:
    return p.derived(
        "plan.cell_actions_label", lambda q: regex.compile(q.get("actions.plan.cell_actions_label"))
    )


def cell_items(text: str, number: str | None, p: Patterns) -> tuple[str, list[tuple[str, str]]] | None:
    """(the recommendation's sentence, [(ref, action)]) of a cell holding its actions after the
    label, numbered N.1, N.2 ... in order under `number` (the row's); None for any other cell."""
    text = " ".join(text.split())
    label = actions_label(p).search(text)
    if label is None or label.start() == 0:
        return None
    rest = text[label.end() :]
    cuts = list(ITEM.finditer(rest))
    if not cuts or cuts[0].start() != 0:
        return None
    rec = cuts[0].group("rec")
    if number is not None and rec != number.strip().rstrip("."):
        return None
    if [(m.group("rec"), int(m.group("n"))) for m in cuts] != [(rec, k) for k in range(1, len(cuts) + 1)]:
        return None
    ends = [m.start() for m in cuts[1:]] + [len(rest)]
    items = [(f"{rec}.{m.group('n')}", rest[m.end() : end].strip()) for m, end in zip(cuts, ends)]
    if any(not action for _, action in items):
        return None
    return text[: label.start()].strip(), items


def part_cell_actions(tables: list[PlanTable], p: Patterns) -> dict[int, list[tuple[str, str]]]:
    """Each recommendation cell holding its numbered actions cut to its sentence (before the
    recommendations' records are made); the actions kept by row, for split_cell_actions."""
    parted: dict[int, list[tuple[str, str]]] = {}
    for table in tables:
        if "action" in table.columns or "recommendation" not in table.columns:
            continue
        for row in table.rows:
            read = cell_items(row.cells.get("recommendation") or "", row.ref, p)
            if read is not None:
                row.cells["recommendation"] = read[0]
                parted[id(row)] = read[1]
        if any(id(row) in parted for row in table.rows):
            _dated_column(table, p)
    return parted


def _dated_column(table: PlanTable, p: Patterns) -> None:
    """A column no name told ("By") whose every cell is a date alone is the actions' target
    date, where the table has none: the row's date is said of each of its actions."""
    if "target_date" in table.columns:
        return
    for name in {k for row in table.rows for k in row.extra}:
        cells = [row.extra.get(name) or "" for row in table.rows]
        if any(cells) and all(not cell or _date_alone(cell, p) for cell in cells):
            for row in table.rows:
                if row.extra.get(name):
                    row.cells["target_date"] = row.extra.pop(name)
            return


def _date_alone(text: str, p: Patterns) -> bool:
    text = " ".join(text.split())
    return any(m.start == 0 and m.end == len(text) for m in find_dates(text, p))


def split_cell_actions(tables: list[PlanTable], parted: dict[int, list[tuple[str, str]]]) -> None:
    """Rows parted by part_cell_actions become one row per numbered action, each with the row's
    other cells."""
    if not parted:
        return
    for table in tables:
        table.rows = [split for row in table.rows for split in _split(row, parted.get(id(row)))]


def _split(row: PlanRow, items: list[tuple[str, str]] | None) -> list[PlanRow]:
    if not items:
        return [row]
    number = items[0][0].split(".")[0]
    return [
        replace(
            row,
            cells={**row.cells, "action": action},
            extra=dict(row.extra),
            ref=ref,
            recommendation_ref=number,
            updates=list(row.updates),
            warnings=list(row.warnings),
        )
        for ref, action in items
    ]
