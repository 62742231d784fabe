"""A three-column plan whose action cell holds the action's code, words, "Lead:" and "By:" lines and
whose progress cell is a state word over a note, as plain pdftotext prints it a column block at a
time, over a page break inside the last recommendation (plan.coded_cell_columns)."""

from __future__ import annotations

from pathlib import Path

from dhrparse.pipeline import extract

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"
STEM = "csp_plan_action_cell_lead_by_lines_split_tollbeck"


def test_coded_action_cells_pair_with_state_word_cells_in_order():
    result = extract(PENDING / f"{STEM}.txt")
    actions = result.actions
    assert [a.recommendation_ref for a in actions] == list("11223344")
    assert [a.ref for a in actions][:2] == ["1(a)", "1(b)"]
    assert [a.status.value for a in actions][:4] == ["complete", "in_progress", "in_progress", "not_started"]
    # (recommendation 4's first action broken over the page: its Lead: and By: lines on page 2)
    assert actions[6].lead == "CSP Community Engagement Officer"
    assert actions[6].target_date.start == "2026-04"
    assert actions[6].progress == "Venue being found."
    assert result.recommendations[3].text.endswith("their leaders.")


def test_counts_that_disagree_leave_the_blocks_unread(tmp_path):
    text = (PENDING / f"{STEM}.txt").read_text(encoding="utf-8")
    # one progress cell fewer than the action cells: nothing says whose each state is
    path = tmp_path / "plan.txt"
    path.write_text(text.replace("Underway\nPrompt drafted.\n", "", 1), encoding="utf-8")
    assert not [a for a in extract(path).actions if a.status.value == "complete" and a.lead]


NARROW = "csp_plan_action_cell_narrow_rec_column_tollbeck"


def test_a_name_broken_in_a_narrow_column_and_names_printed_together_still_open_the_blocks():
    # ("Recommendatio" over "n"; "What we will do" and "Progress" both over the action cells;
    # page 1's running foot printed among its progress cells)
    text = (PENDING / f"{NARROW}.txt").read_text(encoding="utf-8")
    assert "Recommendatio\nn\n" in text
    result = extract(PENDING / f"{NARROW}.txt")
    actions = result.actions
    assert [a.ref for a in actions] == ["1(a)", "1(b)", "2(a)", "2(b)", "3(a)", "3(b)", "4(a)", "4(b)"]
    assert [a.status.value for a in actions][:4] == ["complete", "in_progress", "in_progress", "not_started"]
    assert actions[3].progress == "Planned for the summer term."
    # (action 3b's Lead: and By: lines carried over the page break)
    assert actions[5].lead == "Repairs Team Leader"
    assert [r.ref for r in result.recommendations] == ["1", "2", "3", "4"]


def test_a_line_printed_once_among_the_progress_cells_is_no_running_foot(tmp_path):
    text = (PENDING / f"{NARROW}.txt").read_text(encoding="utf-8")
    # the foot printed on page 1 only: nothing says it is no progress cell's line
    path = tmp_path / "plan.txt"
    path.write_text(text.replace("Tollbeck CSP ·", "Tollbeck CSP page", 1), encoding="utf-8")
    assert not [a for a in extract(path).actions if a.ref == "3(b)" and a.lead]
