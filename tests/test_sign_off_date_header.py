"""A plan header naming a "Sign-off date" column (the day the review group accepted the evidence)
beside By, Evidence and RAG: in corpus text, where the header's names are joined by single spaces,
"sign" is a header word, so the header is read and the plan's band rows ("Recommendation 1 – The
Partnership should ...") are its recommendations, not the rows under them."""

from __future__ import annotations

from pathlib import Path

from dhrparse.pipeline import extract

PENDING = Path(__file__).parent / "zoo" / "pending"
STEM = "cspr_plan_band_rows_rag_words_signoff_corrington"


def test_band_rows_under_a_sign_off_date_header_are_the_recommendations():
    doc = extract(PENDING / f"{STEM}.corpus.txt")
    assert [r.ref for r in doc.recommendations] == ["1", "2", "3"]
    assert doc.recommendations[0].text.startswith("The Partnership should make sure that health visitors")
    assert not [w for w in doc.warnings if w.code == "plan_not_read"]


def test_a_lead_wrapped_under_a_closed_row_heads_no_agency_part():
    """Plain text prints each row's cells one after another and then their wrapped second lines
    ("Head of Service, Children's" ... "GREEN" / "procedure for children under one" / "Social
    Care" / "2026"): the lead's second line, between the row's wrapped text, is not an agency's
    name heading the rows under it, and the band rows stay the overview's recommendations."""
    doc = extract(PENDING / f"{STEM}.txt")
    assert [r.ref for r in doc.recommendations] == ["1", "2", "3"]
    assert [r.level for r in doc.recommendations] == ["overview"] * 3
    assert {a.agency_section for a in doc.actions} <= {None, "overview"}
