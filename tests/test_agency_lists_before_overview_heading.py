"""An overview report's recommendations chapter printing each agency's own list first, under the
agency's name and numbered afresh from 1, then the overview's own under a heading of their own
("Overview report recommendations", numbered from 1 again): the lists above that heading are the
agencies' single-agency recommendations, the items under it the overview's."""

from __future__ import annotations

from pathlib import Path

import pytest

import dhrparse

STEM = Path(__file__).resolve().parent / "zoo" / "pending" / "dhr_overview_agency_lists_then_overview_heading"

TEXT = """9. Recommendations

9.1 Each agency made recommendations for its own service, listed under its name.

Weldon Police

1.

Make sure officers attending a call about shouting ask each adult alone whether they feel safe.

2.

Review how call handlers link repeat calls from one address.

Weldon Housing Services

1.

Train housing officers to ask about domestic abuse when a tenant asks to move.

9.2 The panel also made the recommendations below.

Overview report recommendations

1.

Weldon Community Safety Partnership should run a campaign on reporting domestic abuse.

2.

The Partnership should check within a year that each agency has acted on its recommendations.
"""


def test_lists_above_the_overview_heading_are_the_agencies_own():
    recs = dhrparse.extract(TEXT).recommendations
    assert [(r.ref, r.level, r.agency) for r in recs] == [
        ("1", "agency", "Weldon Police"),
        ("2", "agency", "Weldon Police"),
        ("1", "agency", "Weldon Housing Services"),
        ("1", "overview", "Weldon Community Safety Partnership"),
        ("2", "overview", "Weldon Community Safety Partnership"),
    ]


@pytest.mark.parametrize("ext", [".txt", ".corpus.txt", ".pdf", ".docx"])
def test_every_route_reads_the_agencies_lists_as_single_agency(ext):
    recs = dhrparse.extract(STEM.with_name(STEM.name + ext)).recommendations
    assert [r.level for r in recs] == ["agency"] * 6 + ["overview"] * 3
    assert [r.agency for r in recs[:3]] == ["Brackley Police"] * 2 + ["Brackley Mental Health NHS Trust"]
