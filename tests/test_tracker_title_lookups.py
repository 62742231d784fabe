"""A board paper reporting on one DHR's plan (the zoo's pending csp_board_paper_tracker_export_drywell):
the review's four recommendations as a numbered list in its background section, then an appendix
reprinting the partnership's tracker as a SharePoint list export whose Recommendation cell is a
lookup "Rec N - <short name>". The lookups name the recommendations; the list states them
(extractors.recommendations.plan_preamble.under_titles): four recommendations, each keeping the
tracker's name as its title, not eight made of the rows' lookups."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import extracted

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"
STEM = "csp_board_paper_tracker_export_drywell"


@pytest.mark.parametrize("suffix", [".pdf", ".docx"])
def test_the_list_states_what_the_lookups_name(suffix):
    doc = extracted(PENDING / f"{STEM}{suffix}")
    recs = doc.recommendations
    assert [r.ref for r in recs] == ["1", "2", "3", "4"]
    assert recs[0].text.startswith("Drywell Community Safety Partnership should agree")
    assert [r.title for r in recs] == [
        "Risk sharing",
        "Housing enquiry",
        "Probation contact",
        "Learning event",
    ]
    assert [(a.ref, a.recommendation_ref) for a in doc.actions][:3] == [("14", "1"), ("15", "1"), ("16", "2")]
