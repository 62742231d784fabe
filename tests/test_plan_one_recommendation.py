"""A Home Office template plan whose review made one recommendation, printed by plain pdftotext
as column blocks (tests/zoo/plan_ho_template_one_row): every action answers the table's only
recommendation, so each takes its number, as the PDF's row does (plan.column_blocks
`_only_recommendation`); and the running foot's "Page" label printed among the cells is no lead
(patterns: actions.column_blocks.page_label)."""

from __future__ import annotations

from pathlib import Path

from dhrparse.pipeline import extract

ZOO = Path(__file__).parent / "zoo"
ONE_ROW = ZOO / "plan_ho_template_one_row.txt"


def _read(text: str, tmp: Path):
    path = tmp / "plan.txt"
    path.write_text(text, encoding="utf-8")
    return extract(path).actions


def test_the_only_recommendations_number_is_its_actions_ref():
    actions = extract(ONE_ROW).actions
    assert [(a.ref, a.recommendation_ref) for a in actions] == [("1", "1")]
    assert actions[0].lead == "Quenby Borough Council Housing"  # ("Page", the foot's label, is none)


def test_a_second_numbered_recommendation_leaves_the_actions_unnumbered(tmp_path):
    """Two recommendations in the column: the printed order does not say whose the action is."""
    text = ONE_ROW.read_text(encoding="utf-8")
    second = "\n2. Quenby Police should\nrecord who else lives at an\naddress after a call-out.\n"
    assert "there frightens them.\n" in text
    actions = _read(text.replace("there frightens them.\n", "there frightens them.\n" + second, 1), tmp_path)
    assert actions and all(not a.ref and not a.recommendation_ref for a in actions)


def test_another_number_printed_in_the_table_leaves_the_actions_unnumbered(tmp_path):
    """A bare "2" among the cells (a second row's number, a code) may be another recommendation's."""
    text = ONE_ROW.read_text(encoding="utf-8")
    assert "\nLocal\n" in text
    actions = _read(text.replace("\nLocal\n", "\nLocal\n\n2\n", 1), tmp_path)
    assert actions and all(a.ref != "1" for a in actions)
