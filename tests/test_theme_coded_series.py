"""Recommendations coded by theme (A1, A2, B1, C1) under each theme's heading: a PDF reads the
first theme's two coded lines as a two-column table and each later theme's one line as a
paragraph. The codes are one series all the same: the table's codes count with the paragraphs'."""

from __future__ import annotations

from pathlib import Path

import pytest

from dhrparse.pipeline import extract

PENDING = Path(__file__).parent / "zoo" / "pending"


@pytest.mark.parametrize("ext", [".pdf", ".docx", ".corpus.txt", ".txt"])
def test_each_theme_s_codes_are_refs(ext):
    doc = extract(PENDING / f"sar_summary_theme_headed_coded_recs{ext}")
    assert [r.ref for r in doc.recommendations] == ["A1", "A2", "B1", "C1"]
    assert doc.recommendations[2].text.startswith("Tennick General Hospital should")
