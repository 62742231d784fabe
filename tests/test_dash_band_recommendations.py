"""A DHR action plan alone whose recommendations are shaded full-width band rows of its one table,
"Recommendation N — <text>" with an em dash after the number (as a typesetter or Word's
AutoFormat prints it), or "Recommendation N: <text>": each band is the recommendation numbered N
and the lettered rows under it its actions, on every route that prints the table's rows whole.
The dash after a recommendation's number is the label's separator whichever dash it is
(patterns/actions.toml [plan] recommendation_band_statement, recommendation_statement)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import extracted

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"
EM_DASH = "dhr_plan_glyph_key_em_dash_bands_ettingmoor"
COLON = "dhr_plan_glyph_key_colon_bands_castlebeck"


@pytest.mark.parametrize("stem", [EM_DASH, COLON])
@pytest.mark.parametrize("route", [".pdf", ".docx", ".corpus.txt"])
def test_band_rows_are_the_recommendations(stem, route):
    doc = extracted(PENDING / f"{stem}{route}")
    assert [r.ref for r in doc.recommendations] == ["1", "2", "3", "4"]
    # (the band's words after the dash, never the label's)
    assert all(r.text.split()[0] in ("Ettingmoor", "Castlebeck") for r in doc.recommendations)
    assert [a.recommendation_ref for a in doc.actions] == ["1", "1", "2", "2", "3", "3", "3", "4"]
