"""A standalone SAR action plan after a death in custody printed as corpus text (each printed
line joining its cells): No. | Recommendation | Accepted? | Action | Owner | Target date |
Status at, the last name's date wrapped alone onto the line under the header ("Status at" /
"31/03/2026"), No./Recommendation/Accepted? merged down, no action refs. The wrapped date left
the header unread and nothing was read; the Accepted? column is the agency's response to the
recommendation, kept under its name, never the status nor the action's words (zoo:
tests/zoo/pending/build_sar_custody_death_plan_accepted_col.py; plan.tracker_header,
plan.dated_names.wrapped_at_date, plan.tracker_shapes' ACCEPTANCE)."""

from __future__ import annotations

from pathlib import Path

from conftest import extracted

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"
STEM = "sar_custody_death_plan_accepted_col_merged_brackwater"
STATUSES = ["in_progress", "complete", "complete", "not_started", "in_progress", "not_started", "complete"]


def test_the_corpus_text_reads_the_plan_under_a_wrapped_dated_header():
    doc = extracted(PENDING / f"{STEM}.corpus.txt")
    assert [r.ref for r in doc.recommendations] == ["1", "2", "3"]
    assert [a.recommendation_ref for a in doc.actions] == ["1", "1", "2", "2", "3", "3", "3"]
    assert [a.status.value for a in doc.actions] == STATUSES
    assert [a.action.split()[0] for a in doc.actions] == [
        "Write",
        "Add",
        "Set",
        "Report",
        "Deliver",
        "Audit",
        "Publish",
    ]


def test_the_acceptance_is_kept_aside_never_status_nor_action():
    doc = extracted(PENDING / f"{STEM}.corpus.txt")
    accepted = [a.extra.get("Accepted?") for a in doc.actions if a.extra.get("Accepted?")]
    assert accepted and all(w.split()[0] in ("Accepted", "Partially") for w in accepted)
    assert not any(a.action.split()[0] in ("Accepted", "Partially") for a in doc.actions)
    assert not any("accepted" in (a.status.raw or "").lower() for a in doc.actions)
