"""A tracker printing each recommendation again on every action's row, one row broken by the page:
the first words printed at the page's foot ("The Board should ask the") are the same
recommendation as the whole printing on the next row, not a record of their own
(plan.broken_printings)."""

from __future__ import annotations

from pathlib import Path

import pytest

from dhrparse.models import Location, Recommendation
from dhrparse.pipeline import extract
from dhrparse.plan.broken_printings import without_broken_printings

PENDING = Path(__file__).parent / "zoo" / "pending"


@pytest.mark.parametrize(
    "stem", ["sar_tracker_percent_narrow_hollin", "sar_tracker_percent_page_break_corrow"]
)
def test_plain_text_makes_one_record_a_recommendation(stem):
    doc = extract(PENDING / f"{stem}.txt")
    pdf = extract(PENDING / f"{stem}.pdf")
    assert len(doc.recommendations) == len(pdf.recommendations)
    assert all(r.text.rstrip().endswith(".") for r in doc.recommendations)


def _rec(text: str, ref: str | None = None) -> Recommendation:
    where = Location(line_start=1, line_end=1)
    return Recommendation(id="r", review_id=None, ref=ref, level="overview", text=text, location=where)


def test_only_an_unfinished_opening_of_another_printing_goes():
    whole = _rec("The Board should ask the police to share what it knows.")
    recs = [_rec("The Board should ask the"), whole]
    assert without_broken_printings(recs) == [whole]
    # (a finished sentence, or another number, is a record of its own)
    kept = [_rec("The Board should ask the police."), _rec("The Board should ask the police. And more.")]
    assert without_broken_printings(kept) == kept
    other = [_rec("The Board should ask the", ref="2"), _rec(whole.text, ref="3")]
    assert without_broken_printings(other) == other
