"""A plan saved from Word as text, one cell a line, whose Actions cells are bulleted lists
(a bullet a line) under a line opening with a column's name ("Status at the end of ...")."""

from __future__ import annotations

from pathlib import Path

from dhrparse import extract

TEXT = (Path(__file__).parent / "zoo" / "plan_word_text_bullet_cells.txt").read_text(encoding="utf-8")


def _actions(text: str):
    return extract(text, name="bullets.txt").actions


def test_each_row_one_action_with_its_bullets_in_order():
    acts = _actions(TEXT)
    assert [a.recommendation_ref for a in acts] == ["1", "2", "3"]
    assert acts[1].action.startswith("• Add a question on financial control")
    assert acts[1].action.endswith("• Check twenty assessments for the question's use")
    assert [a.lead for a in acts] == ["Refuge Manager", "Head of Adult Social Care", "Partnership Officer"]


def test_the_line_above_the_header_is_no_column_name():
    acts = _actions(TEXT)
    assert [a.status.raw for a in acts] == ["Complete", "In progress", "Not started"]
    assert [a.target_date.raw for a in acts] == ["30/04/2025", "31/10/2025", "31/03/2026"]


def test_without_the_closing_sentence_the_rows_read_the_same():
    cut = TEXT.replace(
        "The Partnership's review group checks this plan at each of its quarterly meetings.\n", ""
    )
    assert [a.status.raw for a in _actions(cut)] == ["Complete", "In progress", "Not started"]
