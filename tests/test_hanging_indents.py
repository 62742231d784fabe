"""A Home Office plan printed side by side (pdftotext -layout) whose action cells are bulleted
lists: each bullet's mark at the column's edge, its item a few spaces right, the item's later
lines at that hanging indent. The indent, though many lines start there, is the action
column's own text, not the start of the lead column beside it (plan.hanging_indents), so each
row's lead, date and status stay in their own columns."""

from __future__ import annotations

from pathlib import Path

import dhrparse
from dhrparse.plan.hanging_indents import item_starts
from dhrparse.plan.printed_header import segments

PENDING = Path(__file__).parent / "zoo" / "pending"


def test_the_item_after_a_mark_starts_a_hanging_indent():
    assert item_starts(segments("1   Local      \uf0b7   Write to each agency      Police")) == {19}
    # (a mark far from the text after it is no list's: the gap is another column's)
    assert item_starts(segments("1   Local      \uf0b7          Police")) == set()
    assert item_starts(segments("1   Local      Write to each agency      Police")) == set()


def test_bulleted_action_cells_keep_the_lead_in_its_column():
    doc = dhrparse.extract(PENDING / "plan_ho_bullets_broken_years.txt")
    acts = doc.actions
    assert [a.recommendation_ref for a in acts] == ["1", "2", "3", "4", "5"]
    assert acts[0].action.startswith("• Write to each panel agency")
    assert "Publish the list of leads" in acts[0].action
    assert acts[0].lead == "Caddowmere Community Safety Partnership"
    assert acts[0].target_date.start == "2024-12-31"
    assert acts[4].lead.startswith("Chair")
