"""Where a plan table's run of row numbers ends (plan.ref_series): a table printed after the
plan under a title set as plain text, numbered in a series of its own ("0.1", "0.2" after
"R7.3"), is not more of the plan's rows."""

from __future__ import annotations

import pytest

from dhrparse.plan.ref_series import series_end


@pytest.mark.parametrize(
    ("refs", "own"),
    [
        (["R1.1", "R1.2", "R2.1", "R7.3", "0.1", "0.2", "1.0"], 4),  # a version log after the plan
        (["1", "2", "3", "4", "5", "0.1", "0.2"], 5),
        (["1", "2", "3", "3a", "3b"], 5),  # lettered actions start no lower
        (["N1", "N2", "N3", "L1", "L2"], 3),  # (national then local: cut only where the whole does not read)
        (["1", "2", "1.1", "2"], 4),  # the plan's shape comes back
        (["1", "2", "3"], 3),
        (["1", "0.1"], 2),  # too few of the plan's own rows to tell
        (["4", "5", "0.1", "A1"], 4),  # the rows after are no one series
    ],
)
def test_series_end(refs, own):
    assert series_end(refs) == own
