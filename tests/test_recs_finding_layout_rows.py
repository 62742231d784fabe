"""A Key finding | Recommendation | Agency table pdftotext -layout printed side by side: each
row opens on its coded recommendation cell ("R1 ..."), the finding beside it no part of the
recommendation, the agency its own column's (pending zoo dhr_key_finding_rec_agency_layout)."""

from __future__ import annotations

from pathlib import Path

from conftest import extracted_json

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"


def test_rows_read_from_their_columns():
    recs = extracted_json(PENDING / "dhr_key_finding_rec_agency_layout.txt")["recommendations"]
    assert [r["ref"] for r in recs] == ["R1", "R2", "R3", "R4"]
    assert [r["agency"] for r in recs] == [
        "Brackenmoor Maternity Service",
        "Brackenmoor Homes",
        "Brackenmoor Constabulary",
        "Brackenmoor Community Safety Partnership",
    ]
    assert recs[1]["text"].startswith("Brackenmoor Homes should train its visiting officers")
    assert "shouting" not in recs[1]["text"]  # (the finding beside it)
