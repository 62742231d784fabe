"""A plan printing the recommendation's number in a column of its own beside each action's
("Rec No. | Action | ...": "1 1(i) Write to ..." over "1(ii) Agree ..."), with a line of the
plan's own under its last row ("Next update to the Board: March 2026."), in corpus text:

* the recommendation's number and the action's are cut as one ref column, so the action's own
  number opens the action's cell on its recommendation's first row; it is moved back to the
  ref's cell (plan.narrow_table_lines.action_ref);
* the line under the last row goes on no cell; cut as the last row's it spoiled the reading
  and the table was left as printed: the table is read up to it (NarrowRows._told, narrow_rows.label_line).

The document is the pending zoo's (tests/zoo/pending/sar_plan_block_bars_roman_refs_wyncliffe)."""

from __future__ import annotations

import json
from pathlib import Path

from dhrparse.pipeline import extract
from dhrparse.plan.narrow_table_lines import action_ref, under_ref

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"


def test_an_action_number_under_the_recommendation_number():
    assert under_ref("1", "1(i)") and under_ref("2", "2a") and under_ref("3", "3.1")
    assert not under_ref("1", "12") and not under_ref("1(i)", "1(ii)") and not under_ref("2", "1(i)")


def test_the_action_number_moves_to_the_ref_cell():
    cells = ["1", "1(i) Write to every placing authority.", "SAB Business Manager"]
    assert action_ref(cells, 1) == ["1(i)", "Write to every placing authority.", "SAB Business Manager"]
    kept = ["1(ii)", "Agree a notification form.", "SAB Business Manager"]
    assert action_ref(kept, 1) == kept
    assert action_ref(["2", "12 steps to take.", "Lead"], 1) == ["2", "12 steps to take.", "Lead"]


def test_the_two_number_plan_is_read_on_corpus_text():
    stem = "sar_plan_block_bars_roman_refs_wyncliffe"
    gold = json.loads((PENDING / f"{stem}.json").read_text(encoding="utf-8"))
    doc = extract(PENDING / f"{stem}.corpus.txt")
    assert [a.ref for a in doc.actions] == [a["ref"] for a in gold["actions"]]
    assert doc.actions[0].action.startswith("Write to every placing authority")
    assert not any("Next update" in (a.action or "") for a in doc.actions)
