"""The word "Outstanding" in a status cell says only that the work is not finished: alone it is not
started, but where the same cell says how far the work got ("delayed", "partially complete",
"complete") that state is the row's."""

from __future__ import annotations

import pytest

from dhrparse.patterns import load_patterns
from dhrparse.plan.status import normalise_status

P = load_patterns()


@pytest.mark.parametrize(
    "cell, value",
    [
        ("Outstanding", "not_started"),
        ("Outstanding – roll-out delayed by the move to the new records system", "in_progress"),
        ("Outstanding; partially complete", "in_progress"),
        ("Complete – nothing outstanding", "complete"),
        # two rows' cells run together over a page break: the row's own opens the cell
        ("Outstanding. In progress elsewhere in the county.", "not_started"),
    ],
)
def test_outstanding_yields_to_the_state_the_cell_states(cell, value):
    assert normalise_status(cell, [], P).value == value
