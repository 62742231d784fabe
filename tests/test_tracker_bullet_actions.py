"""The Home Office template's action cell listing a recommendation's actions as bullets, on the
corpus-text route (its cells joined on each printed line): the tracker reader reads each row
from its first line, where only the first bullet's opening prints after its glyph; the row is
one action (plan.action_bullets) under its one lead, date and status, its glyph no part of its
words, and its later bullets, printed among the cells beside them, are left to the
`plan_cells_untold` warning with the row's other later lines (plan.bulleted_actions)."""

from __future__ import annotations

from pathlib import Path

import dhrparse
from dhrparse.patterns import load_patterns
from dhrparse.plan.bulleted_actions import unmarked

PENDING = Path(__file__).parent / "zoo" / "pending"


def test_a_row_of_bullets_is_one_action_read_from_its_first_bullet():
    doc = dhrparse.extract(PENDING / "plan_ho_bullets_broken_years.corpus.txt")
    acts = doc.actions
    assert [a.recommendation_ref for a in acts] == ["1", "2", "3", "4", "5"]
    assert acts[0].action.startswith("Write to each panel agency")
    # (a later bullet's words share their lines with the cells beside them: not run in as fragments)
    assert "Publish" not in acts[0].action and "•" not in acts[0].action
    assert acts[0].status.value == "complete" and acts[0].target_date.start == "2024-12-31"
    assert acts[4].action.startswith("Write to the Home Office")
    assert any(w.code == "plan_cells_untold" for w in doc.warnings)


def test_only_a_glyph_opening_the_cell_is_taken_off():
    firsts = {
        3: ["1", "The Board should", "• Write a guide", "Police"],
        9: ["2", "x", "Co•ordinate it", "Police"],
    }
    unmarked(firsts, 2, load_patterns())
    assert firsts[3][2] == "Write a guide" and firsts[9][2] == "Co•ordinate it"
