"""A column-block table's status column printed in two parts (plan.column_order): the lower rows'
statuses first, then the column's name with the top rows' statuses straight under it. The part
under the name is the top rows', so the statuses go to the rows in that order; with any other
name among them, or none under the status column's name, no status is given."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from dhrparse.lines import Line
from dhrparse.pipeline import extract
from dhrparse.plan.block_cells import BlockCell
from dhrparse.plan.column_order import fill_statuses_by_page

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"


def test_the_part_under_the_name_is_the_top_rows():
    stem = "plan_numbered_action_cells_restated_pellow"
    gold = json.loads((PENDING / f"{stem}.json").read_text(encoding="utf-8"))["actions"]
    actions = extract(PENDING / f"{stem}.txt").actions
    assert [a.status.raw for a in actions] == [g["status_raw"] for g in gold]


@dataclass
class _Row:
    cell: BlockCell
    values: dict[str, BlockCell] = field(default_factory=dict)


def _cells(*texts: str) -> list[BlockCell]:
    """ "ACT" an action cell, "Status"/"Lead" a column's name, anything else a status cell."""
    cells = []
    for n, text in enumerate(texts, 1):
        kind = {"ACT": "action", "Status": "name", "Lead": "name", "note": "other"}.get(text, "status")
        cells.append(BlockCell(kind, [Line(number=n, text=text, raw=text, page=1)]))
    return cells


def _fill(cells: list[BlockCell]) -> list[str | None]:
    rows = [_Row(c) for c in cells if c.kind == "action"]
    fill_statuses_by_page(rows, cells, lambda c: c.text.lower())
    return [r.values["status"].text if "status" in r.values else None for r in rows]


LOW = "Red – not yet begun by the team"
TOP = ["Green – guide issued in January", "Amber – three of six returned"]


def test_statuses_printed_in_two_parts_follow_the_rows():
    cells = _cells("ACT", "ACT", "ACT", LOW, "Status", *TOP)
    assert _fill(cells) == [*TOP, LOW]


def test_another_name_among_the_statuses_gives_none():
    cells = _cells("ACT", "ACT", "ACT", LOW, "Lead", *TOP)
    assert _fill(cells) == [None, None, None]


def test_no_status_straight_under_the_name_gives_none():
    cells = _cells("ACT", "ACT", "ACT", LOW, "Status", "note", *TOP)
    assert _fill(cells) == [None, None, None]
