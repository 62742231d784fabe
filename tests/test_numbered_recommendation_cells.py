"""A plan with no number column, "Recommendation | Agreed action | Lead officer | Target date |
Progress update | RAG", each recommendation's cell opening with its number ("1. The Board
should ...") and merged down over its unnumbered actions, in corpus text (each printed line's
cells joined by single spaces): the number opening the recommendation's cell is the row's ref,
and a later action's first line, printed beside the recommendation's wrapped words, is a row of
its own under the same recommendation (plan.tracker_rows). Under a short name, "Rec. | Action
agreed | ...", the rows' openings ("1.1 Ask ...") are the rows' numbers, not a recommendation's
words."""

from __future__ import annotations

from pathlib import Path

from conftest import extracted

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"


def test_the_number_opening_a_merged_recommendation_cell_is_its_actions_recommendation():
    doc = extracted(PENDING / "plan_numbered_merged_recs_wyndle.corpus.txt")
    rows = [(a.recommendation_ref, a.action.split()[0], a.status.value) for a in doc.actions]
    assert rows == [
        ("1", "Write", "complete"),
        ("1", "Check", "in_progress"),
        ("2", "Change", "complete"),
        ("3", "Hold", "complete"),
        ("3", "Send", "in_progress"),
        ("4", "Revise", "not_started"),
    ]
    # (the recommendation's words stay out of the action: each action opens as its cell does)
    assert doc.actions[1].action.startswith("Check thirty discharges against")
    assert [a.lead.split()[0] for a in doc.actions] == [
        "Discharge",
        "Ward",
        "Adult",
        "Board",
        "Board",
        "Prevention",
    ]
    assert [str(a.target_date.start) for a in doc.actions][:2] == ["2025-01-31", "2025-06"]
    assert any(w.code == "plan_cells_untold" for w in doc.warnings)  # (later lines not read)


def test_a_short_rec_name_heads_the_rows_numbers():
    doc = extracted(PENDING / "sar_plan_completed_dates.corpus.txt")
    rows = [(a.recommendation_ref, a.action.split()[0]) for a in doc.actions]
    assert rows == [("1.1", "Ask"), ("2.1", "Run"), ("2.1", "Publish"), ("2.2", "Audit"), ("3.1", "Write")]
