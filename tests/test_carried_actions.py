"""A column-block plan whose first row's action cell a page break parted: the rest, printed under
the header again on the next page and opening in lower case, carries on the cell's sentence
(plan.carried_actions), so it is no action of its own and the next page's rows pair with their
target and status bands."""

from __future__ import annotations

from pathlib import Path

from dhrparse.pipeline import extract

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"
DOC = PENDING / "dhr_exec_coded_appendix_three_line_agency.txt"


def _actions(text: str):
    return extract(text, name="plan.txt").actions


def test_the_rest_after_the_page_break_is_the_cells_own():
    actions = _actions(DOC.read_text())
    assert len(actions) == 6
    assert actions[0].action.startswith("Add the household question to the risk form")
    assert "stations on why it matters" in actions[0].action
    assert actions[0].action.endswith("suggests.")
    assert [(a.target_date.raw, a.status.raw) for a in actions[1:]] == [
        ("Jul 2025", "Open"),
        ("Feb 2025", "Closed"),
        ("Nov 2025", "Open"),
        ("Jan 2026", "Open"),
        ("Aug 2025", "Open"),
    ]


def test_a_capitalised_cell_after_the_break_is_an_action_of_its_own():
    text = DOC.read_text().replace("Action\nstations on why", "Action\nStations on why", 1)
    actions = _actions(text)
    assert len(actions) == 7 and actions[1].action.startswith("Stations on why")


def test_a_plan_whose_cells_open_in_lower_case_is_left_as_printed():
    # (two cells opening in lower case: the plan opens its cells so, no sentence carried on)
    text = DOC.read_text().replace("Add the household question", "add the household question", 1)
    actions = _actions(text)
    assert len(actions) == 7 and actions[1].action.startswith("stations on why")
