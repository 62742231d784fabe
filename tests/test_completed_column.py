"""A DHR plan in corpus text whose last column says only when each action was done: "Rec | Action |
Who | Target | Completed", the Completed cell a closure day (complete), "Ongoing" (in progress)
or nothing (unknown); no action numbers, the "Who" column the lead (plan.tracker_header's
unnamed columns, the cut's completion column)."""

from __future__ import annotations

from dhrparse.pipeline import extract

PLAN = """Appendix A: Action plan

Rec Action Who Target Completed

1 Give every call handler a script for Control Room 30/04/2025 11/03/2025

third-party reports Manager

2 Add a safety question to the tenancy Head of Tenancy 31/07/2025 Ongoing

visit form Services

2 Train visiting officers to use the Head of Tenancy 31/10/2025

safety question Services

3 Write a joint protocol with the GP Practice Safeguarding 30/09/2025 Ongoing

practices Lead

The Partnership will review this plan each quarter.
"""


def _read(tmp_path):
    path = tmp_path / "plan.corpus.txt"
    path.write_text(PLAN, encoding="utf-8")
    return extract(path)


def test_the_completed_cell_is_the_status(tmp_path):
    doc = _read(tmp_path)
    assert [a.status.value for a in doc.actions] == ["complete", "in_progress", "unknown", "in_progress"]


def test_the_target_is_the_date_before_it(tmp_path):
    # (a row whose Completed cell is empty prints its target last: still the target's)
    doc = _read(tmp_path)
    assert [a.target_date.start for a in doc.actions] == [
        "2025-04-30",
        "2025-07-31",
        "2025-10-31",
        "2025-09-30",
    ]
    assert [a.recommendation_ref for a in doc.actions] == ["1", "2", "2", "3"]
