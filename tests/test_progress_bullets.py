"""A Safeguarding Adults Board annual report's chapter on a SAR: its recommendations as a
numbered list after "The review made four recommendations:", then the progress made, under a
line naming each recommendation alone ("Recommendation 2"), as bullets "<action> (<lead>; due
<Month yyyy>) – <status>[; note]" with no table and no refs. No action was read on any route,
and on the text routes the recommendation lines with their bullets were taken for the
recommendations (zoo: tests/zoo/pending/build_sab_annual_report_sar_progress_bullets_frayling.py;
plan.progress_bullets, recommendations.plan_preamble)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import extracted

import dhrparse

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"
STEM = "sab_annual_report_sar_progress_bullets_frayling"


@pytest.mark.parametrize("ext", [".txt", ".corpus.txt", ".pdf", ".docx"])
def test_each_bullet_is_an_action_of_the_recommendation_above_it(ext):
    doc = extracted(PENDING / f"{STEM}{ext}")
    assert [a.recommendation_ref for a in doc.actions] == ["1", "1", "2", "2", "3", "4", "4"]
    assert all(a.ref is None for a in doc.actions)
    first = doc.actions[2]
    assert first.action.startswith("Add a risk review task") and first.action.endswith("is refused")
    assert first.lead == "Head of Adult Social Care"
    assert first.target_date.start == "2025-12"
    assert first.status.value == "in_progress"
    assert [a.status.value for a in doc.actions][-3:] == ["in_progress", "in_progress", "complete"]


@pytest.mark.parametrize("ext", [".txt", ".corpus.txt", ".pdf", ".docx"])
def test_the_recommendations_are_the_numbered_list(ext):
    doc = extracted(PENDING / f"{STEM}{ext}")
    assert [r.ref for r in doc.recommendations] == ["1", "2", "3", "4"]
    assert doc.recommendations[3].text.startswith("Partner agencies should give their staff training")


def test_a_recommendation_line_without_bullets_is_no_plan():
    text = "Recommendation 1\n\nThe Board should write a protocol (Board Manager; due June 2025) for its staff.\n"
    assert not dhrparse.extract(text).actions
