"""A letter appended to a report (a review panel's or a board's feedback on it: salutation,
numbered points asking for changes, sign-off) ends the recommendations chapter above it: its
points are not the report's recommendations (extractors/recommendations/letters.py). The
stand-ins are session 44's pending ones (tests/zoo/pending/build_dhr_summary_qa_panel_letter.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

import dhrparse

PENDING = Path(__file__).parent / "zoo" / "pending"
HARROWCOMBE = "dhr_exec_summary_rec_table_home_office_qa_letter_areas_for_development_harrowcombe"
FELSTEAD = "dhr_exec_summary_paragraph_recs_board_chair_letter_points_before_publication_felstead"


@pytest.mark.parametrize("suffix", [".pdf", ".docx", ".txt", ".corpus.txt"])
def test_the_qa_panel_letters_areas_for_development_are_no_recommendations(suffix):
    doc = dhrparse.extract(PENDING / f"{HARROWCOMBE}{suffix}")
    assert [r.ref for r in doc.recommendations] == ["1", "2", "3", "4", "5"]
    assert not any("executive summary should give" in r.text for r in doc.recommendations)


@pytest.mark.parametrize("suffix", [".pdf", ".docx", ".txt", ".corpus.txt"])
def test_a_letter_naming_a_recommendation_leaves_the_summarys_list_read(suffix):
    doc = dhrparse.extract(PENDING / f"{FELSTEAD}{suffix}")
    assert [r.text.split()[0] for r in doc.recommendations] == ["Felstead", "The", "Probation", "The"]
