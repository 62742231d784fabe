"""An executive summary's plan printed as one table whose parts open with full-width bands:
"Overview report recommendations" under the header, then an agency's band inside the same
table with no header printed again under it, the agency's rows numbered from 1 again. In
corpus text the plan is read as printed lines: the overview rows above the agency's band stay
the overview's (they were all given that agency's name, their cut-off recommendation cells
becoming the agency's recommendations)."""

from pathlib import Path

import dhrparse

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"
DOC = PENDING / "plan_overview_band_agency_band.corpus.txt"


def test_the_rows_above_an_agency_band_stay_the_overviews():
    doc = dhrparse.extract(DOC)
    overview = [a for a in doc.actions if a.recommendation_ref in {"3", "4"}]
    assert overview and all(a.agency_section == "overview" for a in overview)
    agency = {(r.agency, r.ref) for r in doc.recommendations if r.level == "agency"}
    assert ("Harrowdale Police", "3") not in agency
    assert ("Harrowdale Police", "4") not in agency
    assert [r.ref for r in doc.recommendations if r.level == "overview"] == ["1", "2", "3", "4"]
