"""A SAB's response plan set as one label table per recommendation with a single "Lead" row, as plain
pdftotext prints it (label stacks, then the values): a long lead wraps over two lines above its
lettered actions (plan.label_stacks)."""

from __future__ import annotations

from pathlib import Path

from dhrparse.pipeline import extract

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"
STEM = "sar_label_box_lettered_actions_single_lead_row_hensingham"


def test_a_lead_wrapped_over_two_lines_before_lettered_actions_is_one_value():
    text = (PENDING / f"{STEM}.txt").read_text(encoding="utf-8")
    assert "(Community Safety\nManager)\n" in text
    result = extract(PENDING / f"{STEM}.txt")
    actions = result.actions
    assert [(a.recommendation_ref, a.ref) for a in actions] == [
        (n, letter) for n in "1234" for letter in "ab"
    ]
    assert actions[6].lead == "Hensingham Fire and Rescue Service (Community Safety Manager)"
    assert actions[6].action.startswith("Agree a referral route")
    assert actions[0].target_date.start == "2025-10-31"
    assert [r.ref for r in result.recommendations] == ["1", "2", "3", "4"]


def test_a_refused_stack_gives_no_table_another_tables_values(tmp_path):
    text = (PENDING / f"{STEM}.txt").read_text(encoding="utf-8")
    # table 4's lead wrapped over three lines: no value reads so, the stack is refused whole, and no
    # reading from table 2's number line gives table 2 table 1's values
    path = tmp_path / "plan.txt"
    path.write_text(
        text.replace("(Community Safety\nManager)\n", "(Community\nSafety\nManager)\n"), encoding="utf-8"
    )
    actions = extract(path).actions
    assert not [a for a in actions if a.recommendation_ref == "2" and a.action.startswith("Add a carer")]
