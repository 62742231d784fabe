"""A tracker rating each action by a digit in a shaded cell, the digits' meaning printed only in
one key line over the table ("Score key: 1 = achieved (green); 2 = progressing (amber); ...")
(plan/number_key.py): each row's status is its digit read through that key."""

from __future__ import annotations

from pathlib import Path

import pytest

from dhrparse.models import Status
from dhrparse.patterns import load_patterns
from dhrparse.pipeline import extract
from dhrparse.plan.number_key import _line_key, through_number_key

DOC = Path(__file__).resolve().parent / "zoo" / "pending" / "cspr_number_rating_key"


@pytest.mark.parametrize("ext", [".pdf", ".docx"])
def test_rating_digits_read_through_the_key_line(ext):
    actions = extract(DOC.with_suffix(ext)).actions
    assert [a.status.raw for a in actions] == ["1", "2", "3", "1", "4"]
    assert [a.status.value for a in actions] == [
        "complete",
        "in_progress",
        "in_progress",
        "complete",
        "not_started",
    ]


def test_key_meaning_by_words_then_by_colour():
    p = load_patterns()
    key = _line_key(
        "Rating: 1 = complete (green), 2 = on track (amber), 3 = at risk (red), 4 = not begun (red)", {}, p
    )
    # "not begun" names no status: its colour does, by the defaults
    assert key == {"1": "complete", "2": "in_progress", "3": "in_progress", "4": "not_started"}
    # two entries, or a digit explained twice, is no key
    assert _line_key("1 = yes, 2 = no", {}, p) == {}
    assert _line_key("1 - complete; 2 - on track; 1 - not started", {}, p) == {}


def test_only_a_lone_digit_with_no_status_words_is_read_through_the_key():
    key = {"1": "complete", "2": "in_progress", "3": "not_started"}
    unknown = Status(raw="2", value="unknown")
    assert through_number_key(unknown, "2", key).value == "in_progress"
    assert through_number_key(unknown, "2 sessions held", key).value == "unknown"
    said = Status(raw="Complete", value="complete")
    assert through_number_key(said, "3", key).value == "complete"
