"""Weeks counted from a month the chronology dates only by its part ("In late September ...",
then "Two weeks later ..."): counted from that part of the month, not its middle, so two weeks
after late September is October, after early September still September (vocab.relative)."""

from __future__ import annotations

import pytest

from dhrparse.models import DateValue
from dhrparse.vocab.relative import resolve_relative


def _month(raw: str) -> DateValue:
    return DateValue(raw=raw, start="2022-09", end="2022-09", precision="month", approximate=True)


@pytest.mark.parametrize(
    ("anchor", "text", "month"),
    [
        ("In late September", "Two weeks later the school rang", "2022-10"),
        ("at the end of September", "A fortnight later she moved out", "2022-10"),
        ("In early September", "Two weeks later the school rang", "2022-09"),
        ("In mid-September", "Two weeks later the school rang", "2022-09"),
        ("In September", "Two weeks later the school rang", "2022-09"),
        ("In September", "Three weeks later the school rang", "2022-10"),
    ],
)
def test_weeks_after_a_part_of_a_month(anchor, text, month):
    value = resolve_relative(text, _month(anchor))
    assert value is not None and value.start == month and value.relative
