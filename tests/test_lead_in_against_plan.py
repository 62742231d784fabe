"""A lead-in explaining a Board's response table, set with only a small space above it: the
`-layout` text prints the lead-in and the table's header with no blank line between them, so the
paragraph ran on into the header's column names ("... Done, Under way or Not begun. No. The
reviewer recommends What the Board will do ...") and "recommends" made the lead-in a
recommendation with no number. A loose paragraph asks for action only in the words printed above
the plan the plan stage read (Reading.before_plan); the header is the plan's."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import extracted

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"
STEM = "sar_board_lead_in_against_table"


@pytest.mark.parametrize("route", ["txt", "pdf", "docx", "corpus.txt"])
def test_the_lead_in_above_the_board_table_is_no_recommendation(route):
    doc = extracted(PENDING / f"{STEM}.{route}")
    assert [rec.ref for rec in doc.recommendations] == ["1", "2", "3"]
    if (
        route != "corpus.txt"
    ):  # (the corpus text reads each row's first line only: R1's second action is lost)
        assert [a.status.value for a in doc.actions] == [
            "complete",
            "in_progress",
            "in_progress",
            "not_started",
        ]


def test_the_reviewer_recommends_names_the_recommendation_column():
    # ("The reviewer recommends", like "The review recommends", heads the recommendations' column)
    doc = extracted(PENDING / f"{STEM}.txt")
    assert [a.recommendation_ref for a in doc.actions] == ["1", "1", "2", "3"]
