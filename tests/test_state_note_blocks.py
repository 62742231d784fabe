"""A three-column plan, Recommendation | <action> | Progress, whose action cell holds the action's
code alone on a line, its words and its "Lead:" / "By:" lines, and whose progress cell prints a
state alone on a line over a note: plain pdftotext prints it as column blocks, every action cell
under the action column's name, every progress cell under the progress column's name, the
header again over the next page. Read only where the cells opening with a code count as the
cells opening with a state (plan.state_note_blocks). Read on two stand-ins in our own words
(tests/zoo/pending: a CSP's DHR plan, a SAB's SAR plan whose last action runs over the page break)."""

from __future__ import annotations

from pathlib import Path

from dhrparse.pipeline import extract

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"
FALLOWMERE = PENDING / "csp_plan_action_cell_lead_by_lines_fallowmere.txt"
KESTLEBURY = PENDING / "sab_plan_action_cell_owner_when_state_over_note_kestlebury.txt"


def test_each_action_takes_its_own_progress_cell():
    actions = extract(FALLOWMERE).actions
    assert [a.ref for a in actions] == ["1(a)", "1(b)", "2(a)", "2(b)", "3(a)", "3(b)"]
    assert [a.status.value for a in actions] == [
        "complete", "in_progress", "in_progress", "not_started", "in_progress", "not_started"
    ]  # fmt: skip
    assert actions[0].lead == "CSP Training Coordinator" and actions[0].target_date.raw == "October 2025"


def test_cells_carried_over_the_page_break():
    actions = extract(KESTLEBURY).actions
    assert [a.ref for a in actions] == ["1.1", "1.2", "2.1", "2.2", "3.1", "3.2", "4.1", "4.2"]
    assert actions[6].action.endswith("housing officers and tenancy support workers.")
    assert actions[6].progress == "In progress Two of four briefings held; the rest booked for January."
    assert [a.lead for a in actions][-2:] == ["Housing Services Manager", "SAB Business Manager"]
    assert not any("signed off" in (a.action + (a.progress or "")) for a in actions)


def test_counts_that_disagree_leave_the_table_as_printed(tmp_path):
    text = FALLOWMERE.read_text(encoding="utf-8").replace("\nYet to start\nFirst audit in April.\n", "\n")
    path = tmp_path / "plan.txt"
    path.write_text(text, encoding="utf-8")
    assert not [a for a in extract(path).actions if a.status.value != "unknown"]
