"""A death the report dates only by its season ("died in a fire at his home in the winter of
2022"): the season's year (and months) is the date of death, not the year of another death told
further on ("after his wife died in 2015") nor that of a report."""

from __future__ import annotations

import pytest

from dhrparse.pipeline import extract

COVER = "Quarndale Safeguarding Adults Board\n\nSafeguarding Adults Review: Mr D\n\n1. Introduction\n\n"


@pytest.mark.parametrize(
    "season, month", [("winter", "2022-12"), ("spring", "2022-03"), ("autumn", "2022-09")]
)
def test_a_death_dated_by_its_season(season, month):
    story = (
        f"1.1 Mr D died in a fire at his home in the {season} of 2022. He had lived alone for many years\n"
        "and was known to several agencies.\n\n"
        "1.2 He drank heavily after his wife died in 2015, and neighbours raised concerns in 2019.\n"
    )
    death = extract(COVER + story, name="sar.txt").review.date_of_death
    assert death is not None and death.start == month
