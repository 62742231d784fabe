"""A DHR tracker mixing the overview report's recommendations with the agencies' IMR
recommendations, a Source column saying which each is ("Overview report", "IMR: Ambulance
Service"), refs "OV-1" and "IMR-A1" merged down beside it: the IMR rows are the agency's
(plan.source_column), their refs read as codes (actions.toml cell_code).

The document is the pending zoo's dhr_tracker_source_column_overview_imr_harwood
(tests/zoo/pending/build_dhr_tracker_source_column_overview_imr.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from dhrparse.pipeline import extract

STEM = Path(__file__).parent / "zoo" / "pending" / "dhr_tracker_source_column_overview_imr_harwood"
LEVELS = {"OV-1": "overview", "OV-2": "overview", "IMR-A1": "agency", "IMR-C1": "agency", "IMR-N1": "agency"}
AGENCIES = {"IMR-A1": "Ambulance Service", "IMR-C1": "Harwood Council", "IMR-N1": "Harwood NHS Trust"}


@pytest.mark.parametrize("route", ["pdf", "docx"])
def test_source_column_names_the_imr_agency(route):
    doc = extract(STEM.with_suffix(f".{route}"))
    assert {r.ref: r.level for r in doc.recommendations} == LEVELS
    assert {r.ref: r.agency for r in doc.recommendations if r.level == "agency"} == AGENCIES
    sections = {a.recommendation_ref: a.agency_section for a in doc.actions}
    assert sections["IMR-A1"] == "Ambulance Service"
    assert sections["OV-2"] == "overview"


def test_corpus_text_source_column_read_with_its_wrapped_cells():
    # (corpus text: "Source" names a column no field is for; the cells print their first line
    # only, "IMR:" over "Ambulance Service", the recommendation's sentence naming the agency)
    doc = extract(STEM.with_suffix(".corpus.txt"))
    assert {r.ref: r.level for r in doc.recommendations if r.ref in AGENCIES} == {
        ref: "agency" for ref in AGENCIES
    }
    assert len(doc.actions) >= 7
    # (no action opens with the Source cell's wrapped word)
    assert not any(a.action.startswith("Service") for a in doc.actions)
