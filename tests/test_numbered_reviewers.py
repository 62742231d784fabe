"""A Welsh concise Child Practice Review's "Statement by Reviewers" is a four-column table,
"REVIEWER 1 | <name> | REVIEWER 2 | <name>": a reviewer's label numbered where two reviewers sign
names the author, the first reviewer (patterns/review.toml [author] author_roles). Read on PDF,
Word and corpus text, where the table's row prints its labels beside their names.

The document is the pending zoo's (build_wales_cpr_reviewers_table_summary_timeline.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from dhrparse.pipeline import extract

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"
STEM = "wales_cpr_reviewers_table_summary_timeline_cwmderyn"
OPENING = (
    "Cwmderyn Regional Safeguarding Board\n\nConcise Child Practice Review\n\nStatement by Reviewers\n\n"
)


@pytest.mark.parametrize("suffix", [".pdf", ".docx", ".corpus.txt"])
def test_reviewer_1_in_the_reviewers_table_is_the_author(suffix):
    assert extract(PENDING / f"{STEM}{suffix}").review.author == "Rhian Ellery"


@pytest.mark.parametrize(
    "line",
    [
        "REVIEWER 1 Rhian Ellery REVIEWER 2 Dafydd Morcombe",
        "Reviewer 1: Rhian Ellery",
        "Reviewer 1\tRhian Ellery\tReviewer 2\tDafydd Morcombe",
    ],
)
def test_a_numbered_reviewer_label_names_the_first_reviewer(line):
    assert extract(OPENING + line + "\n", name="cpr.txt").review.author == "Rhian Ellery"


def test_a_reviewer_numbered_past_nine_is_no_label():
    # ("Reviewer 12 weeks ..." is no label of a numbered reviewer)
    assert extract(OPENING + "Reviewer 12 Rhian Ellery\n", name="cpr.txt").review.author is None
