"""A plan's narrow last Status column wraps a status of three words ("Not yet" over
"started") on rows whose Update cell is empty: in corpus text the row's first line ends with
the status's opening, which a cut of that line alone would give to the update column. The
line below ends with the rest, so the status is made whole before the cut
(plan.wrapped_statuses), on a row opening with its number and on a later action's row."""

from __future__ import annotations

from pathlib import Path

from conftest import extracted

from dhrparse.patterns import load_patterns
from dhrparse.plan.tracker_shapes import TrackerShapes
from dhrparse.plan.wrapped_statuses import status_completed

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"
STEM = "plan_agency_bands_wrapped_status"


def test_rows_with_wrapped_statuses_are_read():
    doc = extracted(PENDING / f"{STEM}.corpus.txt")
    rows = [(a.recommendation_ref, a.action.split()[0], a.status.value) for a in doc.actions]
    assert rows == [
        ("1", "Show", "complete"),
        ("1", "Train", "in_progress"),
        ("2", "Audit", "not_started"),
        ("1", "Add", "complete"),
        ("1", "Give", "not_started"),
        ("1", "Write", "in_progress"),
        ("2", "Survey", "not_started"),
    ]
    # (the status's opening is not left as the row's update)
    assert not any((a.progress or "").startswith("Not yet") for a in doc.actions)
    assert [r.ref for r in doc.recommendations] == ["1", "2", "1", "1", "2"]


def test_only_a_status_made_whole_takes_the_words_below():
    shapes = TrackerShapes(load_patterns())
    words = ["Audit", "the", "letters", "Victim", "Lead", "31.10.2025", "Not", "yet"]
    assert status_completed(words, ["stalking", "cases", "over", "six", "months", "started"], shapes)[
        -3:
    ] == [
        "Not",
        "yet",
        "started",
    ]
    # (a whole status, or words below that make none, leave the line as printed)
    done = ["Audit", "the", "letters", "Victim", "Lead", "31.10.2025", "In", "progress"]
    assert status_completed(done, ["cases", "over", "six", "months", "started"], shapes) == done
    assert status_completed(words, ["stalking", "cases", "over", "six", "months"], shapes) == words
