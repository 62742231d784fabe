"""A tracker sheet on the corpus-text route (each printed line's cells joined by single spaces)
whose RAG colour prints between the action's number and its recommendation's: "Ref | RAG | Rec
No. | Recommendation | Agency | ...". The Rec No. and the recommendation are one cell merged down
over their actions, so a later action's row prints no Rec No.; shaded bands across the table
("Overview report recommendations") part its rows. plan.tracker_rows reads the second number
after the colour, gives a row printing none the recommendation above where its own number
extends it ("1.2" under "1"), and reads past the bands (the family:
tests/zoo/pending/s22rowsunder_rag_between_refs_tracker)."""

from __future__ import annotations

from pathlib import Path

from dhrparse.pipeline import extract

DOC = Path(__file__).resolve().parent / "zoo" / "pending" / "s22rowsunder_rag_between_refs_tracker.corpus.txt"


def _read():
    doc = extract(DOC)
    return doc.recommendations, doc.actions


def test_each_action_keeps_its_recommendation_number_and_colour():
    recs, actions = _read()
    by_id = {r.id: r.ref for r in recs}
    got = [(a.ref, by_id.get(a.recommendation_id), a.status.rag) for a in actions]
    assert got == [
        ("1.1", "1", "green"),
        ("1.2", "1", "blue"),
        ("2.1", "2", "amber"),
        ("S1.1", "S1", "blue"),
        ("S1.2", "S1", "red"),
    ]


def test_a_row_under_a_merged_recommendation_makes_no_recommendation_of_its_own():
    recs, _ = _read()
    assert [r.ref for r in recs] == ["1", "2", "S1"]
    assert recs[0].text.startswith("Ostrevale Safer Partnership should")
