"""The Home Office template with no number column whose recommendation cells open with their
number and a short title, merged down over actions numbered under them ("1.1 Change ..."), the
Scope cell ("Local") printed between the recommendation's first words and the first action's
number. In corpus text, each printed line's cells joined, the tracker's cut read one row per
recommendation, the actions' words in the lead column (zoo: tests/zoo/pending/
build_plan_ho_titled_recs_numbered_actions.py); plan.merged_scope takes the scope word off the
recommendation's cell and the actions are read by their own numbers."""

from __future__ import annotations

from pathlib import Path

from conftest import extracted

from dhrparse.patterns import load_patterns
from dhrparse.plan.merged_scope import split_scopes

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"
STEM = "plan_ho_titled_recs_numbered_actions"


def test_corpus_text_reads_each_numbered_action_under_its_recommendation():
    doc = extracted(PENDING / f"{STEM}.corpus.txt")
    rows = [
        (a.ref, a.recommendation_ref, " ".join(a.action.split()[:2]), a.target_date.start, a.status.value)
        for a in doc.actions
    ]
    assert rows == [
        ("1.1", "1", "Change the", "2024-04", "complete"),
        ("1.2", "1", "Dip sample", "2024-09-30", "in_progress"),
        ("2.1", "2", "Agree a", "2024-12", "in_progress"),
        ("2.2", "2", "Train duty", "2025-03", "not_started"),
        ("3.1", "3", "Write to", "2024-06", "complete"),
        ("4.1", "4", "The Partnership", "2025-01", "complete"),
    ]
    # (the scope is the Scope column's, not the recommendation's last word nor the lead)
    assert [a.scope for a in doc.actions if a.scope] == ["Local", "Local", "Local", "National"]
    assert all(not a.lead or not a.lead.startswith(("Change", "Agree", "Write")) for a in doc.actions)


def test_scopes_split_only_where_every_first_line_closes_with_one():
    p = load_patterns()
    recs = {3: ("1.", "Checking the history. Local"), 9: ("2.", "Joint visits. Regional")}
    assert split_scopes(recs, p) == {3: "Local", 9: "Regional"}
    assert recs == {3: ("1.", "Checking the history."), 9: ("2.", "Joint visits.")}
    unscoped = {3: ("1.", "Checking the history. Local"), 9: ("2.", "Joint visits for older")}
    assert split_scopes(unscoped, p) is None
    assert unscoped[3] == ("1.", "Checking the history. Local")
