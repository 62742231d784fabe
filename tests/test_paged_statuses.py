"""The outcome column of a Home Office plan printed as column blocks, where no status a row's own
cells prove checks the column's order: each page printing as many outcome cells as action
cells, the column's print order is its rows' order page by page (plan.paged_columns,
plan.table_statuses; tests/zoo/pending/dhr_overview_fact_strip_ho_plan_status_in_outcome)."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

from dhrparse.document import Line
from dhrparse.pipeline import extract
from dhrparse.plan.block_cells import BlockCell
from dhrparse.plan.paged_columns import paged_alike

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"
STEM = "dhr_overview_fact_strip_ho_plan_status_in_outcome"


def _cells(kind: str, pages: list[int]) -> list[BlockCell]:
    return [BlockCell(kind, [Line(k, f"{kind} {k}", page=page)]) for k, page in enumerate(pages, 1)]


def _rows(pages: list[int]) -> list[SimpleNamespace]:
    return [SimpleNamespace(cell=cell, values={}) for cell in _cells("action", pages)]


def test_pages_counting_alike_prove_the_order():
    assert paged_alike(_rows([2, 2, 2, 3, 3]), _cells("status", [2, 2, 2, 3, 3]))


def test_a_page_counting_otherwise_or_a_single_page_proves_nothing():
    # (an empty outcome on page 2, the next page's first outcome taking its place in the count)
    assert not paged_alike(_rows([2, 2, 2, 3, 3]), _cells("status", [2, 2, 3, 3, 3]))
    assert not paged_alike(_rows([2, 2, 2]), _cells("status", [2, 2, 2]))


def test_an_action_broken_over_the_page_proves_nothing():
    rows = _rows([2, 2, 3])
    rows[1].cell.lines.append(Line(9, "carried on", page=3))
    assert not paged_alike(rows, _cells("status", [2, 2, 3]))


def test_the_statuses_are_read_on_plain_text():
    gold = json.loads((PENDING / f"{STEM}.json").read_text(encoding="utf-8"))
    doc = extract(PENDING / f"{STEM}.txt")
    assert [a.status.value for a in doc.actions] == [a["status"] for a in gold["actions"]]
