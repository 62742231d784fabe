"""A tracker in corpus text standing under a long report is taken to restate the report's
recommendations (its rows keep their numbers, not their first lines' words) only where the
report printed some row's recommendation before it: single-agency plans with their own
numbering, which the report never printed, are where those recommendations are read from."""

from __future__ import annotations

from pathlib import Path

import dhrparse

ZOO = Path(__file__).resolve().parent / "zoo"
PLAN = ZOO / "plan_agency_tables_numbered_headings.corpus.txt"


def test_an_agency_plans_own_recommendations_are_read_from_its_rows():
    recs = dhrparse.extract(PLAN).recommendations
    police = [r for r in recs if r.text.startswith("Oakmere Police should")]
    assert [r.ref for r in police] == ["1", "2"]
    assert police[0].text == "Oakmere Police should record reports of financial control as domestic abuse."
    assert police[1].text.startswith("Oakmere Police should share economic abuse reports with the")


def test_the_reports_own_list_is_still_read_once():
    recs = dhrparse.extract(PLAN).recommendations
    partnership = [r for r in recs if r.text.startswith("Oakmere Safer Partnership should")]
    assert [r.ref for r in partnership] == ["1", "2"]


def test_a_single_agency_tracker_under_a_long_report_is_read():
    # (tests/zoo/pending: the plain-text route does not read its rows yet; the corpus text does)
    plan = ZOO / "pending" / "plan_agency_tracker_own_numbering.corpus.txt"
    recs = dhrparse.extract(plan).recommendations
    own = [r for r in recs if r.text.startswith("Pilchester Police should")]
    assert len(own) == 4
    assert own[2].text.startswith("Pilchester Police should check for earlier reports about the same suspect")
    assert len(recs) == 7  # (the report's three read once, the plan's four beside them)
