"""A recommendations section stating the panel's recommendations as labelled paragraphs
("Panel Recommendation 2: ...") and then, with no heading naming them, each agency's own list
under the agency's name, numbered afresh from 1: every route reads the lists as single-agency
recommendations of that agency, not as commentary after the labels."""

from __future__ import annotations

from pathlib import Path

import pytest

import dhrparse

STEM = Path(__file__).resolve().parent / "zoo" / "pending" / "dhr_exec_panel_recs_then_agency_recs_restart"


@pytest.mark.parametrize("ext", [".txt", ".corpus.txt", ".pdf", ".docx"])
def test_each_agencys_list_is_read_under_its_name(ext):
    recs = dhrparse.extract(STEM.with_name(STEM.name + ext)).recommendations
    own = [(r.ref, r.agency) for r in recs if r.level == "agency"]
    assert own == [
        ("1", "Ferncaster Police"),
        ("2", "Ferncaster Police"),
        ("1", "Ferncaster and Holt NHS Foundation Trust"),
        ("1", "Holtmere Housing Association"),
        ("2", "Holtmere Housing Association"),
    ]


@pytest.mark.parametrize("ext", [".txt", ".pdf"])
def test_the_panels_labelled_recommendations_stay_its_own(ext):
    recs = dhrparse.extract(STEM.with_name(STEM.name + ext)).recommendations
    panel = [r for r in recs if r.level == "overview"]
    assert [r.ref for r in panel] == ["1", "2", "3"]
    assert recs[3].text.startswith("Make sure officers attending a call")
