"""A standalone DHR tracker in two parts (tests/zoo/pending/dhr_tracker_part_a_part_b, built by
build_dhr_tracker_part_a_part_b.py): "Part A" a table No. | Recommendation | Agency stating the
review's recommendations, "Part B" the actions under a header whose status column is named
"RAG at last review" (printed over two lines in corpus text: "... RAG at last Update" /
"ref date review"). On corpus text the recommendations are read from Part A's rows
(extractors.recommendations.tracker_recommendation_tables: the document is a whole action
plan, whose recommendations are otherwise read from its plan's rows only) and the actions
from Part B (the status column's name known, its words no longer a review column's)."""

from __future__ import annotations

from pathlib import Path

from dhrparse.pipeline import extract

ZOO = Path(__file__).resolve().parent / "zoo" / "pending"
STEM = "dhr_tracker_part_a_part_b"


def _doc(text: str):
    return extract(text, name=f"{STEM}.corpus.txt")


def test_part_a_rows_are_the_recommendations_cut_at_their_sentence():
    doc = _doc((ZOO / f"{STEM}.corpus.txt").read_text(encoding="utf-8"))
    recs = doc.recommendations
    assert [r.ref for r in recs] == ["1", "2", "3", "4"]
    # (the agency cell after the sentence, and the key printed under the table, are not its words)
    assert recs[3].text.endswith("within six months of publication.")
    assert "RAG key" not in recs[3].text
    assert not any(r.text.endswith("agencies") for r in recs)


def test_part_b_rows_are_the_actions():
    doc = _doc((ZOO / f"{STEM}.corpus.txt").read_text(encoding="utf-8"))
    assert [a.ref for a in doc.actions] == ["1.1", "1.2", "2.1", "2.2", "3.1", "4.1", "4.2"]
    assert doc.actions[0].action.startswith("Issue a short briefing on economic abuse")


def test_a_recommendations_table_below_the_plan_is_not_read():
    """Numbered rows under a recommendations header printed after the plan's rows are the
    plan's own business: nothing is read from them as the review's recommendations."""
    text = (ZOO / f"{STEM}.corpus.txt").read_text(encoding="utf-8")
    head, tail = text.split("Part B – Actions", 1)
    part_a = head[head.index("No. Recommendation Agency") :]
    doc = _doc(head[: head.index("No. Recommendation Agency")] + "Part B – Actions" + tail + part_a)
    assert doc.recommendations == []
    assert len(doc.actions) == 7
