"""A short report whose title page prints no running head or foot (Word's "different first page")
and whose other pages carry a right-aligned "OFFICIAL   N" foot and a running head: a numbered
recommendation list running over a page break between sub-items (a) and (b).

The foot and the head are page furniture, not a heading that ends the recommendations section
nor words of the sub-item they fall beside: a protective marking beside a page number is a foot
(patterns/cleaning.toml furniture_lines), and a line printed at the edge of every page but the
title page, and nowhere on the title page, is a running head however few the pages
(prepare.cleaning).

Zoo: tests/zoo/pending/build_dhr_overview_sidebar_title_sub_item_recs_footnotes.py (heldout48
family 1's form)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dhrparse.pipeline import extract

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"
STEM = "dhr_overview_sidebar_title_sub_item_recs_footnotes"


def _gold():
    return json.loads((PENDING / f"{STEM}.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("suffix", [".pdf", ".docx"])
def test_list_read_over_the_page_break(suffix):
    doc = extract(PENDING / f"{STEM}{suffix}")
    assert [r.ref for r in doc.recommendations] == [r["ref"] for r in _gold()["recommendations"]]


@pytest.mark.parametrize("suffix", [".txt", ".pdf", ".docx"])
def test_running_head_not_in_sub_item(suffix):
    doc = extract(PENDING / f"{STEM}{suffix}")
    second = doc.recommendations[1].text
    assert "(b) the caller" in second
    assert "Overview Report" not in second and "OFFICIAL" not in second
