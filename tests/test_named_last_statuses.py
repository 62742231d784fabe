"""A column-block tracker whose action column's name printed last (plan.named_last_statuses):
its rows' statuses given in the rows' order only where a status word column and a RAG column
agree row by row, one of them as long as the table has actions. Anything less proves nothing
about whose each status is, and no status is given."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from dhrparse.lines import Line
from dhrparse.patterns import load_patterns
from dhrparse.pipeline import extract
from dhrparse.plan.block_cells import BlockCell
from dhrparse.plan.named_last_statuses import fill_named_last_statuses

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"
KEY = {"blue": "complete", "green": "in_progress", "amber": "in_progress", "red": "not_started"}


@pytest.mark.parametrize(
    "stem",
    [
        "textplan_action_name_last_column_blocks",
        # (the last row rated by its letter alone, printed after the page's foot)
        "textplan_named_last_rating_over_page",
    ],
)
def test_rows_take_the_statuses_both_columns_agree_on(stem):
    gold = json.loads((PENDING / f"{stem}.json").read_text(encoding="utf-8"))["actions"]
    actions = extract(PENDING / f"{stem}.txt").actions
    read = {a.action[:30]: (a.status.raw, a.status.value) for a in actions}
    assert read == {g["action_start"][:30]: (g["status_raw"], g["status"]) for g in gold}


@dataclass
class _Row:
    cell: BlockCell
    values: dict[str, BlockCell] = field(default_factory=dict)


def _cells(*texts: str) -> list[BlockCell]:
    """Cells printed one after another; "ACT" an action cell, "NAME" the action column's name."""
    cells = []
    for n, text in enumerate(texts, 1):
        kind = {"ACT": "action", "NAME": "name"}.get(text, "status")
        cells.append(BlockCell(kind, [Line(number=n, text=text, raw=text, page=1)]))
    return cells


def _fill(cells: list[BlockCell]) -> list[str | None]:
    rows = [_Row(c) for c in cells if c.kind == "action"]
    name = next(c.first for c in cells if c.kind == "name")
    fill_named_last_statuses(rows, cells, name, KEY, load_patterns())
    under = [r for r in rows if r.cell.first > name] + [r for r in rows if r.cell.first < name]
    return [r.values["status"].text if "status" in r.values else None for r in under]


def test_agreeing_columns_follow_the_rows_order():
    cells = _cells("ACT", "Complete", "B", "Ongoing", "G", "Not started", "R", "ACT", "NAME", "ACT")
    assert _fill(cells) == ["Complete", "Ongoing", "Not started"]


def test_one_pair_disagreeing_gives_no_status():
    cells = _cells("ACT", "Complete", "B", "Ongoing", "R", "Not started", "R", "ACT", "NAME", "ACT")
    assert _fill(cells) == [None, None, None]


def test_a_single_status_column_proves_no_order():
    cells = _cells("ACT", "Complete", "Ongoing", "Not started", "ACT", "NAME", "ACT")
    assert _fill(cells) == [None, None, None]


def test_a_column_longer_or_shorter_than_the_rows_gives_no_status():
    cells = _cells("ACT", "Complete", "B", "Ongoing", "G", "ACT", "NAME", "ACT")
    assert _fill(cells) == [None, None, None]
