"""A "Finding | Recommendation | Agency" table in corpus text, each printed line joining the three
cells: no reader cuts it, and its rows, read as recommendations with the finding's and agency's
words among theirs, are left out with a warning (extractors/recommendations/finding_columns.py;
tests/zoo/pending/dhr_finding_rec_agency_table.*). The PDF and Word routes read the table's
cells and keep every recommendation."""

from __future__ import annotations

from pathlib import Path

import pytest

from dhrparse.pipeline import extract

PENDING = Path(__file__).parent / "zoo" / "pending"
STEM = "dhr_finding_rec_agency_table"


def test_joined_rows_make_no_recommendations():
    doc = extract(PENDING / f"{STEM}.corpus.txt")
    assert doc.recommendations == []
    told = [
        w
        for w in doc.warnings
        if w.code == "not_a_recommendation" and "Finding | Recommendation" in w.message
    ]
    assert len(told) == 4


@pytest.mark.parametrize("suffix", [".pdf", ".docx", ".txt"])
def test_cells_read_elsewhere_are_kept(suffix):
    recs = extract(PENDING / f"{STEM}{suffix}").recommendations
    assert [r.ref for r in recs] == ["R1", "R2", "R3", "R4"]
