"""A narrower plan table in corpus text with a line of the plan's own under its last row, a label
over its value ("Signed off so far: 4 of 7 actions", "Next update to the Board: March 2026."):
the line goes on no cell, and cut as the last row's it spoiled the row's cells, so the whole
table was left as printed. The table is read up to that line (NarrowRows._told, narrow_rows.label_line); a
table with no such line is not re-read at any other end (a re-read at each of the last lines
read a repeated-recommendation plan's actions into the wrong cells).

The documents are the pending zoo's (tests/zoo/pending)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dhrparse.pipeline import extract
from dhrparse.plan.narrow_rows import label_line

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"


def test_a_label_over_its_value_is_the_plans_own_line():
    assert label_line("Signed off so far: 4 of 7 actions")
    assert label_line("Next update to the Board: March 2026.")
    # (a row's wrapped line runs its cells on: no label opens it)
    assert not label_line("before discharge from detox. Manager")
    assert not label_line("about abuse to all housing officers Services 2025 of 52 officers trained met")
    # (a colon deep in a sentence, or nothing after it, is no label)
    assert not label_line("The Board asked every partner agency to report on three things in turn: training")
    assert not label_line("Progress:")


@pytest.mark.parametrize(
    "stem",
    ["dhr_plan_bands_owner_wrapped_caddon", "sar_plan_block_bars_roman_refs_wyncliffe"],
)
def test_the_plan_is_read_up_to_its_own_line(stem):
    gold = json.loads((PENDING / f"{stem}.json").read_text(encoding="utf-8"))
    doc = extract(PENDING / f"{stem}.corpus.txt")
    assert [a.ref for a in doc.actions] == [a["ref"] for a in gold["actions"]]
    assert not any(":" in (a.action or "") or ":" in (a.lead or "") for a in doc.actions)
