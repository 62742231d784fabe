"""A tracker mixing the overview's recommendations with the agencies' IMR ones, whose rows are
coded "OV1" and "IMR-P1" / "IMR-G1" (the series, a hyphen, the agency's letters, the number): on
plain text the Source column beside the codes ("IMR – Police") is not read, and every row's
recommendation was read as an overview one. A plan's code in the series of an agency's own review
(recommendations.agency_level_codes, "IMR") makes its recommendation the agency's
(recommendations.records.plan_statement), the body named as its sentence names it."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import extracted

from dhrparse.document import SourceDocument
from dhrparse.extractors.recommendations.coded_lists import agency_coded_ref
from dhrparse.extractors.recommendations.reading import Reading
from dhrparse.ledger import Ledger
from dhrparse.patterns import load_patterns

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"


def test_only_an_agency_review_series_codes_an_agency_row():
    r = Reading(SourceDocument("t.txt", None, "", "text", []), Ledger(patterns=load_patterns()))
    assert agency_coded_ref(r, "IMR-P1")
    assert agency_coded_ref(r, "IMR-GP2")
    assert not agency_coded_ref(r, "OV-1")
    assert not agency_coded_ref(r, "SAR-R1")
    assert not agency_coded_ref(r, "IMR")


@pytest.mark.parametrize(
    "stem", ["dhr_tracker_plain_overview_codes_harwood", "dhr_tracker_source_column_overview_imr_harwood"]
)
def test_the_text_route_reads_the_imr_rows_as_the_agencies_own(stem):
    doc = extracted(PENDING / f"{stem}.txt")
    levels = {rec.ref: rec.level for rec in doc.recommendations}
    assert {ref: level for ref, level in levels.items() if ref.startswith("IMR")} == {
        ref: "agency" for ref in levels if ref.startswith("IMR")
    }
    assert [level for ref, level in levels.items() if not ref.startswith("IMR")] == ["overview", "overview"]
    assert sum(ref.startswith("IMR") for ref in levels) == 3
