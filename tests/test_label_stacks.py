"""A plan printed as one two-column label table per recommendation, as plain pdftotext prints it: each
page's labels as a stack, then the values, a table's labels parted over a page break
(plan.label_stacks)."""

from __future__ import annotations

from pathlib import Path

from dhrparse.pipeline import extract

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"


def test_stacked_labels_take_their_values_in_order_over_a_page_break():
    result = extract(PENDING / "sar_label_box_lettered_actions_split_hensingham.txt")
    assert [r.ref for r in result.recommendations] == ["1", "2", "3", "4"]
    actions = result.actions
    assert [(a.recommendation_ref, a.ref) for a in actions] == [(n, x) for n in "1234" for x in "ab"]
    assert [a.target_date.start for a in actions][4:6] == ["2026-02-28", "2026-06-30"]
    # (table 3's update label printed alone on page 2, table 4's labels after its values)
    assert [a.status.value for a in actions][4:] == [
        "in_progress",
        "not_started",
        "in_progress",
        "not_started",
    ]
    assert actions[7].lead.startswith("Hensingham Fire and Rescue Service")


def test_a_lettered_cell_counting_unlike_its_neighbours_leaves_the_tables_unread(tmp_path):
    text = (PENDING / "sar_label_box_lettered_actions_tremorrow.txt").read_text(encoding="utf-8")
    # the first table's targets one item short: no order says whose each target is
    path = tmp_path / "plan.txt"
    path.write_text(text.replace("(b) 31.03.2026\n", "", 1), encoding="utf-8")
    assert not [a for a in extract(path).actions if a.ref == "b" and a.recommendation_ref == "1"]


def test_labels_wrapped_in_a_narrow_column_and_a_row_parted_by_the_page_break():
    # "Recommendat" / "ion 1", "Target" / "dates", "Update," on page 1 with "January" / "2026" on page 2
    result = extract(PENDING / "sar_label_box_lettered_actions_split_narrow_labels_hensingham.txt")
    actions = result.actions
    assert [(a.recommendation_ref, a.ref) for a in actions] == [(n, x) for n in "1234" for x in "ab"]
    assert [a.status.value for a in actions][4:6] == ["in_progress", "not_started"]
    assert all(a.target_date is not None for a in actions)
