"""A `-layout` plan table with no ref column: a line printed straight under a row whose first
cell ended a sentence opens a row of its own only when its cells open new ones. Where its other
cells carry the row's cells on (in lower case, or a capital under a cell printed straight above
it: a lead's name wrapped), it is the row's next line, its first cell's capital opening the
sentence after the recommendation's title ("1. Checking the history." / "Tarnby Police should")."""

from pathlib import Path

import dhrparse
from dhrparse.plan.layouts import _opens_row

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"


def test_a_line_carrying_the_cells_on_does_not_open_a_row():
    above = [
        "1. Checking the history.",
        "Local",
        "1.1 Change the call grading",
        "Tarnby Police",
        "April 2024",
    ]
    below = ["Tarnby Police should", "", "script so that the address", "", ""]
    assert not _opens_row(above, below)
    # (a lead's name wrapped under its first words carries on too)
    above = ["3. Asking in the pharmacy.", "Local", "3.1 Write to every community", "Tarnby Integrated", ""]
    below = ["Tarnby Integrated Care", "", "pharmacy with a short guide", "Care Board", ""]
    assert not _opens_row(above, below)


def test_a_line_opening_new_cells_opens_a_row():
    above = ["1. Checking the history.", "Local", "Change the script", "Tarnby Police", "April 2024"]
    below = ["Tarnby Police should", "", "Audit the calls", "Control Room", "May 2024"]
    assert _opens_row(above, below)
    # (an action's own number opens its row, whatever the other cells carry on)
    below = ["Tarnby Police should", "", "1.2 Dip sample forty", "Control Room", "continued"]
    assert _opens_row(above, below)


def test_titled_recommendation_cells_keep_their_rows_whole():
    doc = dhrparse.extract(PENDING / "plan_ho_titled_recs_numbered_actions.txt")
    assert [a.ref for a in doc.actions] == ["1.1", "1.2", "2.1", "2.2", "3.1", "4.1"]
    assert doc.actions[0].action.startswith("Change the call grading script so that the address history")
    assert doc.actions[4].lead == "Tarnby Integrated Care Board"
    texts = [r.text for r in doc.recommendations]
    assert "Tarnby Police should make sure that call handlers" in texts[0]
    assert "Tarnby Integrated Care Board should ask community pharmacies" in texts[2]
