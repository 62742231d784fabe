"""Recommendations coded by whom they are for ("R-PROB-01": the series, the addressee's letters,
the number): the code is the ref in the body's hanging paragraphs and in an appendix's
"Code | Agency | Recommendation" table, and a plan keyed by the codes ("Code | Action | Owner |
Due | Status", no action numbers of its own) gives each action the code as its
recommendation_ref, never as its own ref (plan/addressee_codes.py;
tests/zoo/pending/dhr_agency_coded_recs_appendix.*)."""

from __future__ import annotations

from pathlib import Path

import pytest

from dhrparse.pipeline import extract

PENDING = Path(__file__).parent / "zoo" / "pending"
STEM = "dhr_agency_coded_recs_appendix"
CODES = ["R-OV-01", "R-OV-02", "R-GP-01", "R-GP-02", "R-PROB-01", "R-HSG-01"]


@pytest.mark.parametrize("suffix", [".pdf", ".docx"])
def test_codes_are_the_refs_and_the_plans_keys(suffix):
    doc = extract(PENDING / f"{STEM}{suffix}")
    assert [r.ref for r in doc.recommendations] == CODES
    assert [r.agency for r in doc.recommendations[2:4]] == ["Harrowden GP Federation"] * 2
    assert [(a.ref, a.recommendation_ref) for a in doc.actions][:2] == [(None, "R-HSG-01"), (None, "R-OV-01")]
    assert all(a.recommendation_id for a in doc.actions)


def test_body_codes_on_corpus_text():
    doc = extract(PENDING / f"{STEM}.corpus.txt")
    assert [r.ref for r in doc.recommendations][:2] == ["R-OV-01", "R-OV-02"]
    assert doc.recommendations[0].text.startswith("Harrowden Community Safety Partnership should ask")
    # the plan's short rows read by their codes (the row split by the page is warned, not guessed)
    assert [a.recommendation_ref for a in doc.actions] == [
        "R-OV-01",
        "R-GP-01",
        "R-PROB-01",
        "R-OV-02",
        "R-GP-02",
    ]


def test_a_plain_number_ref_stays_the_actions(tmp_path):
    from dhrparse.models import Action, Location, Recommendation, Status
    from dhrparse.plan.addressee_codes import addressee_refs

    loc = Location(line_start=1, line_end=1)
    recs = [Recommendation(id="r", ref=ref, text="x", location=loc) for ref in ("2", "R-OV-01")]
    acts = [
        Action(id=f"a{n}", ref=ref, action="y", status=Status(), location=loc)
        for n, ref in enumerate(("2", "R-OV-01"))
    ]
    addressee_refs(recs, acts)
    assert [(a.ref, a.recommendation_ref) for a in acts] == [("2", None), (None, "R-OV-01")]
