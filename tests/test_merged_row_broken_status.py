"""A tracker in corpus text whose recommendation cell is merged down over its actions' rows and
whose narrow Status column breaks a two-word status over two printed lines: the later action's
row prints "Not" at its first line's end and "started" at its next line's. The row is found by
the status its two lines make (plan.tracker_rows._merged_rows), not lost into the
recommendation's words."""

from __future__ import annotations

from pathlib import Path

from conftest import extracted

ZOO = Path(__file__).resolve().parent / "zoo"


def test_a_later_action_s_row_is_found_by_its_status_broken_over_two_lines():
    doc = extracted(ZOO / "s23recsrows_merged_rows_broken_status.corpus.txt")
    rows = [(a.recommendation_ref, a.action.split()[0], a.status.value) for a in doc.actions]
    assert rows == [
        ("1", "Add", "complete"),
        ("1", "Audit", "not_started"),
        ("2", "Write", "in_progress"),
        ("2", "Brief", "in_progress"),
        ("3", "Change", "complete"),
    ]
    # (the merged cell's words on the later row's line carry the recommendation on)
    assert doc.recommendations[0].text.endswith("is coping before a care package is reduced.")


def test_the_agency_tables_later_row_is_read_too():
    doc = extracted(ZOO / "layoutplan_agency_tables.corpus.txt")
    audit = [a for a in doc.actions if a.action.startswith("Audit twenty")]
    assert len(audit) == 1 and audit[0].status.value == "not_started"
