"""`--patterns DIR` reaches every vocabulary file, the plan readers' layout words
(patterns/layout.toml) too: a user's layout.toml changes how a plan's printed lines are read.

A Board's plan heads its action column "Action agreed upon": "upon" names no column and joins
none in the shipped words, so the line is no header and the plan is not read. A user who adds
"upon" to `header_joining_words` has the plan read, for that reading only."""

from __future__ import annotations

import json
import subprocess
import sys

from dhrparse.patterns import load_patterns
from dhrparse.pipeline import extract
from dhrparse.plan import layout_words, tables, wrapping

_ROWS = [
    ("Ref", "Recommendation", "Action agreed upon", "Lead", "Target date", "Status"),
    (
        "1",
        "The partnership should publish",
        "Write and publish the guidance",
        "Community Safety",
        "March 2025",
        "Complete",
    ),
    ("", "guidance on coercive control.", "for all member agencies.", "Manager", "", ""),
    (
        "2",
        "GPs should ask about abuse at",
        "Run two training sessions for",
        "Designated Nurse",
        "June 2025",
        "Ongoing",
    ),
    ("", "every review.", "practice staff.", "", "", ""),
    (
        "3",
        "Housing should record each",
        "Add a field to the case system",
        "Head of Housing",
        "September 2025",
        "Not started",
    ),
    ("", "report of shouting.", "and audit it.", "", "", ""),
]
_WIDTHS = [5, 34, 34, 20, 17, 12]
PLAN = "\n".join(
    ["Domestic Homicide Review: Action Plan", ""]
    + ["".join(c.ljust(n) for c, n in zip(row, _WIDTHS)).rstrip() for row in _ROWS]
)


def _user(tmp_path):
    (tmp_path / "layout.toml").write_text('header_joining_words = ["upon"]\n', encoding="utf-8")
    return load_patterns(tmp_path)


def test_the_shipped_words_leave_the_plan_unread():
    doc = extract(PLAN)
    assert doc.actions == [] and "plan_not_read" in {w.code for w in doc.warnings}


def test_a_user_s_layout_toml_has_the_plan_read(tmp_path):
    doc = extract(PLAN, patterns=_user(tmp_path))
    assert [(a.action, a.lead, a.status.raw) for a in doc.actions] == [
        ("Write and publish the guidance for all member agencies.", "Community Safety Manager", "Complete"),
        ("Run two training sessions for practice staff.", "Designated Nurse", "Ongoing"),
        ("Add a field to the case system and audit it.", "Head of Housing", "Not started"),
    ]
    assert "plan_not_read" not in {w.code for w in doc.warnings}


def test_the_user_s_words_hold_for_that_reading_only(tmp_path):
    user = _user(tmp_path)
    with layout_words.reading_with(user):
        assert "upon" in tables.JOINING_WORDS
    assert "upon" not in tables.JOINING_WORDS and "with" in wrapping.JOINING_WORDS
    extract(PLAN, patterns=user)
    assert extract(PLAN).actions == []  # (the next reading, with the shipped words: unread again)


def test_the_command_line_option_reaches_layout_toml(tmp_path):
    _user(tmp_path)
    (tmp_path / "plan.txt").write_text(PLAN + "\n", encoding="utf-8")
    out = subprocess.run(
        [sys.executable, "-m", "dhrparse", "extract", str(tmp_path / "plan.txt"), "--patterns", str(tmp_path)]
        + ["--format", "json"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert [a["lead"] for a in json.loads(out)["actions"]] == [
        "Community Safety Manager",
        "Designated Nurse",
        "Head of Housing",
    ]
