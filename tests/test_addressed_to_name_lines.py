"""A recommendations table No. | Recommendation | Recommendation addressed to printed by plain
pdftotext a column at a time: the last column's name breaks ("Recommendation" / "addressed to
<body>" ...) and reads as a table of two columns whose rows are the bodies' names; its names
together are the one agency column's name, so no recommendation is made of the names
(extractors.recommendations.column_name_labels)."""

from __future__ import annotations

from pathlib import Path

import pytest

from dhrparse.pipeline import extract

PENDING = Path(__file__).parent / "zoo" / "pending"


@pytest.mark.parametrize("stem", ["cspr_addressed_to_table", "cspr_addressed_to_narrow_wendle"])
def test_the_bodies_names_make_no_recommendation(stem):
    doc = extract(PENDING / f"{stem}.txt")
    pdf = extract(PENDING / f"{stem}.pdf")
    assert len(doc.recommendations) == len(pdf.recommendations) == 5
    for got, want in zip(doc.recommendations, pdf.recommendations):
        assert got.text.split()[:6] == want.text.split()[:6]
