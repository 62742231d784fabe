"""A one-page plan printed side by side (pdftotext -layout) ends with the page's foot: blank
lines to the bottom of the page, then the partnership's name and the page number. Printed
once, cleaning cannot tell it for a running footer; the plan's layout does: set apart after
the last row, a page number its last text, no header repeated under it (plan.layouts).
The foot is no action row.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from test_plan_layout_merged_recs import plans, render

from dhrparse.pipeline import extract


@settings(max_examples=15, deadline=None)
@given(plans(), st.integers(2, 6), st.sampled_from(["1", "Page 1", "Page 1 of 1"]))
def test_page_foot_after_the_last_row_is_no_row(plan, blanks, number):
    foot = "Fenmoor Safeguarding Children Partnership".rjust(90) + " " * 12 + number
    text = render(plan) + "\n" * blanks + foot + "\n"
    doc = extract(text, name="plan.txt")
    assert len(doc.actions) == sum(len(actions) for _, actions in plan), text
    assert not any("Fenmoor Safeguarding" in (a.lead or "") for a in doc.actions), text
