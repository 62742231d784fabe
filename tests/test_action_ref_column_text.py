"""A Scottish improvement plan's narrow "Action" column holds only each row's ref ("1(a)") beside
the "Improvement action" column of the actions' words; plain pdftotext prints the plan a row at a
time, each ref alone on a line before its row, the first under the "Action" name
(plan.block_cells: a block of refs under a name the synonyms give the action is a ref column)."""

from __future__ import annotations

from pathlib import Path

from dhrparse.pipeline import extract

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"
STEM = "saer_improvement_plan_action_ref_column_four_recs_drumlaggan"


def test_each_row_takes_the_ref_printed_before_it():
    text = (PENDING / f"{STEM}.txt").read_text(encoding="utf-8")
    assert "Action\n1(a)\n" in text  # (the first ref under the column's name)
    actions = extract(PENDING / f"{STEM}.txt").actions
    assert [a.ref for a in actions] == ["1(a)", "1(b)", "2(a)", "2(b)", "3(a)", "3(b)", "4(a)", "4(b)"]
    assert actions[0].action.startswith("Add a carer's report")
    assert actions[6].action.startswith("Appoint a family liaison lead")
    assert [a.recommendation_ref for a in actions] == list("11223344")


def test_a_block_of_actions_words_under_the_name_is_still_the_actions(tmp_path):
    # the same plan with each ref line taken out: the "Improvement action" cells stay the actions,
    # and no ref is made up for them
    text = (PENDING / f"{STEM}.txt").read_text(encoding="utf-8")
    for ref in ("1(a)", "1(b)", "2(a)", "2(b)", "3(a)", "3(b)", "4(a)", "4(b)"):
        text = text.replace(f"\n{ref}\n", "\n", 1)
    path = tmp_path / "plan.txt"
    path.write_text(text, encoding="utf-8")
    actions = extract(path).actions
    assert any(a.action and a.action.startswith("Add a carer's report") for a in actions)
    assert not any(a.ref and "(" in a.ref for a in actions)
