"""A bullet's glyph is told by the plan vocabulary's marks (patterns' actions.action_bullets
.markers), the one list the action-bullet reader, the tracker rows (plan.bulleted_actions) and
the column blocks (a glyph printed as a cell of its own) all read: a user's patterns adding a
mark reach every one of them."""

from __future__ import annotations

from pathlib import Path

from dhrparse.patterns import load_patterns
from dhrparse.plan.action_bullets import ActionBullets
from dhrparse.plan.bulleted_actions import unmarked


def test_the_shipped_marks_open_a_cell_and_stand_alone():
    bullets = ActionBullets.of(load_patterns())
    assert bullets.opens_marked("• Write a guide") and bullets.opens_marked("\uf0b7 Brief staff")
    assert not bullets.opens_marked("Co•ordinate it") and not bullets.opens_marked("")
    assert bullets.marks_only("• ▪ •") and not bullets.marks_only("• Write")


def test_a_mark_a_user_adds_is_taken_off_a_tracker_cell(tmp_path: Path):
    (tmp_path / "actions.toml").write_text("[action_bullets]\nmarkers = '[•➤]'\n", encoding="utf-8")
    p = load_patterns(tmp_path)
    firsts = {4: ["1", "➤ Write a guide", "Police"], 7: ["2", "▪ Brief staff", "Police"]}
    unmarked(firsts, 1, p)
    # (the user's list stands for the marks: "▪", no longer among them, is left as printed)
    assert firsts[4][1] == "Write a guide" and firsts[7][1] == "▪ Brief staff"
    assert ActionBullets.of(p).marks_only("➤") and not ActionBullets.of(p).marks_only("▪")
