"""A thematic review with no recommendations chapter: each "Theme A – ..." heading holds its
finding and then its recommendations, each a paragraph opening with a code of the theme's letter
("A1 The Board should ..."). The theme is a recommendations section; a theme whose paragraphs
print no code of its letter, or print one that asks nobody to act, is not."""

from __future__ import annotations

from pathlib import Path

import pytest

from dhrparse.pipeline import extract

PENDING = Path(__file__).parent / "zoo" / "pending"
STEM = "sar_thematic_run_in_lettered_recs_plan_marlow_vale"


@pytest.mark.parametrize("ext", [".pdf", ".docx", ".corpus.txt", ".txt"])
def test_each_theme_s_coded_paragraphs_are_its_recommendations(ext):
    doc = extract(PENDING / f"{STEM}{ext}")
    assert [r.ref for r in doc.recommendations] == ["A1", "A2", "B1", "B2"]
    assert doc.recommendations[2].text.startswith("Adult social care should agree a second visit")
    assert "Learning for all practitioners" not in doc.recommendations[3].text


def _report(theme_b_first: str) -> str:
    return "\n".join(
        [
            "Thematic Safeguarding Adults Review",
            "",
            "Theme A – Talking with families",
            "",
            "Relatives were rarely asked what they saw from day to day.",
            "",
            "A1 The Partnership should make sure relatives are asked what they have noticed.",
            "",
            "A2 Adult social care should record what relatives say in the case notes.",
            "",
            "Theme B – Records",
            "",
            f"{theme_b_first} Records were kept in three systems that did not talk to each other.",
            "",
        ]
    )


def test_a_theme_whose_code_is_not_its_letter_is_no_section():
    doc = extract(_report("A3"))
    assert [r.ref for r in doc.recommendations] == ["A1", "A2"]


def test_a_code_that_asks_nobody_to_act_is_no_recommendation():
    doc = extract(_report("B1"))
    assert [r.ref for r in doc.recommendations] == ["A1", "A2"]
