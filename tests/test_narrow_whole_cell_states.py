"""A board plan's plain three states "Done / Doing / To do" in a narrower table in corpus text
(plan.narrow_rows): "Doing" and "To do" are states only as a status cell's whole text
([status] whole_cell), so a reading whose status cells are those words reads as its columns
(plan.narrow_cells) rather than being refused as a status column holding other words."""

from __future__ import annotations

from board_plan_text import STATES, printed, read

from dhrparse.patterns import load_patterns
from dhrparse.plan.status import whole_cell_state


def test_doing_and_to_do_are_states_only_as_the_whole_cell():
    p = load_patterns()
    assert whole_cell_state("Doing", p) == "in_progress"
    assert whole_cell_state("To do", p) == "not_started"
    assert whole_cell_state("what to do next", p) is None


def test_a_board_plan_of_done_doing_to_do_gives_every_row_its_state():
    assert [state for *_, state in read(printed())] == STATES
