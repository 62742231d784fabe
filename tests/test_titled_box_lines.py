"""A summary's recommendations in shaded one-cell boxes, each a bold "Recommendation N – <title>"
line over the recommendation's text: Word keeps the title a paragraph of its own, as the PDF
prints it on a line of its own, so the title is the recommendation's title and its text opens
with the body asked to act (its agency), not with the title's words."""

from __future__ import annotations

from pathlib import Path

import pytest

import dhrparse

STEM = Path(__file__).resolve().parent / "zoo" / "pending" / "sar_exec_summary_titled_recommendation_boxes"


@pytest.mark.parametrize("ext", [".docx", ".pdf", ".txt"])
def test_each_boxs_title_stays_apart_from_its_text(ext):
    recs = dhrparse.extract(STEM.with_name(STEM.name + ext)).recommendations
    assert [r.ref for r in recs] == ["1", "2", "3", "4", "5"]
    assert recs[1].text.startswith("The Board should review its self-neglect pathway")
    assert recs[2].agency == "Thornley Hospitals NHS Trust"
    assert [r.agency for r in recs].count("Thornley Safeguarding Adults Board") == 4
