"""A practice review printing its recommendations as numbered paragraphs and again in its plan,
"No. | Recommendation | Action | Lead | Timescale | Outcome / evidence | RAG / progress", each
action cell opening with its own number ("1.1 Write ...") beside the recommendation's merged
cell, in corpus text: each action's number is its ref and the merged number its
recommendation's (plan.tracker_rows, plan.numbered_actions)."""

from __future__ import annotations

from pathlib import Path

from conftest import extracted

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"


def test_numbered_action_cells_under_their_recommendations_numbers():
    doc = extracted(PENDING / "plan_numbered_action_cells_restated_pellow.corpus.txt")
    rows = [(a.ref, a.recommendation_ref, a.action.split()[0]) for a in doc.actions]
    assert rows == [("1.1", "1", "Write"), ("1.2", "1", "Ask"), ("2.1", "2", "Add"), ("3.1", "3", "Add")]
    assert [a.status.value for a in doc.actions] == ["complete", "in_progress", "complete", "not_started"]
    assert [r.ref for r in doc.recommendations] == ["1", "2", "3"]
