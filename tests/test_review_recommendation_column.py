"""A SAR whose recommendations are printed only in the Board's table, "Review recommendation |
What the Board will do | Lead | By when | Status", a recommendation's cell merged down over its
actions' rows: the qualified names ("Review recommendation", "What the review recommends")
name the recommendation column and "What the Board will do" the action column
(patterns/actions.toml [columns])."""

from __future__ import annotations

from pathlib import Path

import pytest

from dhrparse.pipeline import extract

DOC = Path(__file__).resolve().parent / "zoo" / "pending" / "sar_board_will_do_table"


@pytest.mark.parametrize("ext", [".pdf", ".docx"])
def test_recommendations_read_from_the_boards_table(ext):
    result = extract(DOC.with_suffix(ext))
    assert [r.ref for r in result.recommendations] == ["1", "2", "3"]
    assert result.recommendations[1].text.startswith("The Board should make sure")
    actions = result.actions
    assert [a.recommendation_ref for a in actions] == ["1", "2", "2", "3"]
    # ("Not begun" is a status word since session 27: not_started, as the zoo gold has it)
    assert [a.status.value for a in actions] == ["complete", "in_progress", "not_started", "in_progress"]
