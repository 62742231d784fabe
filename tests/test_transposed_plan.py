"""A plan printed transposed: the field names down the first column (Action | Recommendation |
What will be done | Lead agency | Target date | Status) and one column per action, in two tables
("Continued: actions 3.1 to 4.1."), as a partnership prints a short plan across a landscape page.

Read as cells (PDF, Word), no printed row is an action: each is one field's name and every
action's cell for it. plan.transposed_tables turns such a table back (the first column the
header, each later column a row), so the one table model reads it; "Due to start" is a whole
status cell's "not started".

Zoo: tests/zoo/pending/build_dhr_appendix_plan_transposed.py (heldout46 family 2's form)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dhrparse.document import Line
from dhrparse.patterns import load_patterns
from dhrparse.pipeline import extract
from dhrparse.plan.tables import column_map
from dhrparse.plan.transposed_tables import turn_transposed

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"
STEM = "dhr_appendix_plan_transposed_marrowby"


def _rows(grid):
    return [Line(n, "\t".join(cells), 1, cells=list(cells)) for n, cells in enumerate(grid, 1)]


def test_transposed_table_turned_back():
    cm = column_map(load_patterns())
    grid = [
        ("Action", "1.1", "1.2"),
        ("What will be done", "Write the leaflet.", "Train the staff."),
        ("Lead agency", "Police", "Council"),
        ("Target date", "31 May 2026", "30 Jun 2026"),
        ("Status", "Delivered", "Under way"),
    ]
    turned = turn_transposed(_rows(grid), cm)
    assert [ln.cells for ln in turned] == [[row[k] for row in grid] for k in range(3)]
    # (label pairs side by side, and a label box of one value, are left as printed)
    pairs = [("Lead agency", "Police", "Target date", "May 2026")] * 4
    assert [ln.cells for ln in turn_transposed(_rows(pairs), cm)] == [list(p) for p in pairs]
    box = [(row[0], row[1]) for row in grid]
    assert [ln.cells for ln in turn_transposed(_rows(box), cm)] == [list(b) for b in box]


@pytest.mark.parametrize("suffix", [".pdf", ".docx"])
def test_transposed_plan_read(suffix):
    gold = json.loads((PENDING / f"{STEM}.json").read_text(encoding="utf-8"))
    doc = extract(PENDING / f"{STEM}{suffix}")
    assert [a.ref for a in doc.actions] == [a["ref"] for a in gold["actions"]]
    assert [a.lead for a in doc.actions] == [a["lead"] for a in gold["actions"]]
    assert [a.target_date.start for a in doc.actions] == [a["target_date"] for a in gold["actions"]]
    assert [a.status.value for a in doc.actions] == [a["status"] for a in gold["actions"]]
    assert all(a.action.startswith(g["action_start"][:12]) for a, g in zip(doc.actions, gold["actions"]))
