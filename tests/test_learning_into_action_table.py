"""A learning review's recommendations printed only as a table under a heading no recommendations
vocabulary names ("Learning into action", a LeDeR focused review's): No. | What we learned |
Recommendation | For. On PDF and Word the table reached no reader (tables are read in a
recommendations chapter), so the review had no recommendations; now a table whose header names
a recommendation column and a number column beside a findings or addressee column, every
recommendation cell asking someone to act (since session 41 also in the passive or the imperative, or
to a role the tool does not name: ..._pellowby), is read wherever it stands: the Recommendation cells
are the recommendations (not What we learned), the No. cells their refs
(recommendations.tables.headed_asks_table; zoo:
tests/zoo/pending/build_leder_focused_review_learning_into_action_kellaby.py)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from conftest import extracted

from dhrparse.pipeline import extract

sys.path.insert(0, str(Path(__file__).resolve().parent))
from docx_build import paragraphs_and_table  # noqa: E402

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"
STEM = "leder_focused_review_learning_into_action_kellaby"


@pytest.mark.parametrize("suffix", [".pdf", ".docx"])
def test_the_recommendation_cells_are_the_recommendations_with_their_numbers(suffix):
    doc = extracted(PENDING / f"{STEM}{suffix}")
    assert [r.ref for r in doc.recommendations] == ["1", "2", "3", "4"]
    assert doc.recommendations[0].text.startswith("The ICB should ask primary care networks")
    assert doc.recommendations[3].text.startswith("Support providers commissioned by the ICB")
    assert not any("weight loss and his coughing" in r.text for r in doc.recommendations)
    assert doc.review.review_type is None  # (a LeDeR review: none of DHR, SAR, SCR)


INTRO = ["Summary of the review", "Learning into action"]
ROWS = [
    ["1", "Referrals waited too long.", "The Trust should triage referrals within five days.", "Trust"],
    ["2", "No adjustments were recorded.", "The hospital should record reasonable adjustments.", "Hospital"],
]


def _recommendations(header, rows, name="review.docx"):
    return extract(paragraphs_and_table(INTRO, header, rows), name=name).recommendations


def test_a_learning_table_outside_a_recommendations_chapter_is_read():
    recs = _recommendations(["No.", "What we learned", "Recommendation", "For"], ROWS)
    assert [(r.ref, r.text[:16]) for r in recs] == [("1", "The Trust should"), ("2", "The hospital sho")]


@pytest.mark.parametrize(
    "header, rows",
    [
        # (no column beside the recommendation's says what was found or whom it is for)
        (["No.", "Theme", "Recommendation", "Page"], ROWS),
        # (the Recommendation column's cells ask no one to act: a board's record of its answers)
        (
            ["No.", "What we learned", "Recommendation", "For"],
            [[n, f, "Accepted in full", w] for n, f, _, w in ROWS],
        ),
        # (no number column)
        ([" ", "What we learned", "Recommendation", "For"], [["", f, t, w] for _, f, t, w in ROWS]),
    ],
)
def test_other_tables_outside_a_recommendations_chapter_are_not(header, rows):
    assert _recommendations(header, rows) == []


ASKED_OTHERWISE = [
    [
        "1",
        "Checks were done by telephone.",
        "Primary care networks should see each person face to face.",
        "PCNs",
    ],
    [
        "2",
        "Letters were unreadable.",
        "When a clinic is booked, the hospital should send it in easy read.",
        "Trust",
    ],
    ["3", "The template has no prompt.", "The health check template should be changed to ask how.", "ICB"],
    ["4", "Nobody followed up.", "Agree with each trust how missed appointments are followed up.", "ICB"],
]


@pytest.mark.parametrize("suffix", [".pdf", ".docx"])
def test_asks_made_to_roles_in_the_passive_or_imperative_are_read(suffix):
    # (session 41: the first stand-in's cells each opened on a body the tool names; the family's
    # were read on no route when one did not: zoo leder_focused_review_learning_into_action_pellowby)
    doc = extracted(PENDING / f"leder_focused_review_learning_into_action_pellowby{suffix}")
    assert [r.ref for r in doc.recommendations] == ["1", "2", "3", "4"]
    assert doc.recommendations[0].text.startswith("Primary care networks should make sure")
    assert doc.recommendations[3].text.startswith("The annual health check template")


def test_a_learning_table_of_asks_not_opening_on_a_named_body_is_read():
    recs = _recommendations(["No.", "What we learned", "Recommendation", "For"], ASKED_OTHERWISE)
    assert [r.ref for r in recs] == ["1", "2", "3", "4"]


def test_one_word_answers_in_the_recommendation_column_are_no_asks():
    rows = [[n, f, "Complete", w] for n, f, _, w in ROWS]
    assert _recommendations(["No.", "What we learned", "Recommendation", "For"], rows) == []
