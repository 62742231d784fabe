"""A plan printed as two tables, the overview's recommendations under "Part A – ..." and the
agencies' own under "Part B – Single agency recommendations (from the individual management
reviews)", whose header opens Agency | Ref | Recommendation ...: each Part B recommendation's
agency is its row's Agency cell (merged down over the agency's rows), not the part's heading,
and it stays a single-agency recommendation."""

from __future__ import annotations

from pathlib import Path

import pytest

import dhrparse

STEM = Path(__file__).resolve().parent / "zoo" / "pending" / "dhr_plan_two_tables_overview_then_agency_refs"


@pytest.mark.parametrize("ext", [".pdf", ".docx"])
def test_each_part_b_row_takes_its_agency_cell(ext):
    recs = dhrparse.extract(STEM.with_name(STEM.name + ext)).recommendations
    assert [(r.ref, r.level, r.agency) for r in recs[2:]] == [
        ("P1", "agency", "Redfern Police"),
        ("H1", "agency", "Redfern Borough Council Housing"),
        ("G1", "agency", "Marlow Lane Surgery"),
        ("A1", "agency", "Redfern Adult Social Care"),
    ]
    assert [r.level for r in recs[:2]] == ["overview", "overview"]
