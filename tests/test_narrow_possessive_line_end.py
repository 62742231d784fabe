"""An action's printed line ending on a capitalised possessive after a small word ("Report on
this plan to the Board's" / "annual meeting."), in a narrower table in corpus text: a
possessive asks its noun after it, so it is no lead's name opening beside the action
(plan.narrow_cuts.name_may_open), and the cut is not refused as unsure."""

from __future__ import annotations

from board_plan_text import ROWS, printed, read


def test_an_action_line_ending_on_the_boards_reads_its_row_whole():
    got = read(printed())
    assert (got[-1][0], got[-1][1]) == (ROWS[-1][1], ROWS[-1][2])
    assert len(got) == len(ROWS)
