"""A tracker header whose completion flag is printed between two other columns, its name too
wide for its column so its question mark and letters wrap under it ("... Resp. Due Completed
Evidence / update" / "? (Y/N/P)"), its lead named "Resp." and its due dates "Mon-yy": read as
the tracker's header in corpus text, each numbered action under its recommendation's code."""

from __future__ import annotations

from pathlib import Path

from dhrparse.patterns import load_patterns
from dhrparse.pipeline import extract
from dhrparse.plan.tables import ColumnMap
from dhrparse.plan.wrapped_columns import NamedColumns

TRACKER = Path(__file__).resolve().parent / "zoo" / "pending" / "sab_tracker_flag_between_names.corpus.txt"


def test_flag_between_two_names_is_a_header_line():
    cm = ColumnMap(load_patterns())
    assert cm.is_header_words("Ref Recommendation Action Resp. Due Completed Evidence / update")
    # (a date's column, and a line naming too few columns beside the word, stay unread)
    assert not cm.is_header_words("Recommendation Date completed Lead Action Progress")
    assert not cm.is_header_words("Action completed Lead Target date")


def test_wrapped_question_mark_completes_the_flag_name():
    p = load_patterns()
    named = NamedColumns(ColumnMap(p), p)
    first = "Ref Recommendation Action Resp. Due Completed Evidence / update"
    assert [role for role, _ in named.columns(first, ["? (Y/N/P)"])] == [
        "ref",
        "recommendation",
        "action",
        "lead",
        "target_date",
        "flag",
        "progress",
    ]


def test_numbered_actions_under_coded_recommendations_are_read():
    result = extract(TRACKER)
    assert [r.ref for r in result.recommendations] == ["1", "2", "3"]
    actions = result.actions
    assert [a.ref for a in actions] == ["1.1", "1.2", "2.1", "2.2", "3.1", "3.2"]
    assert [a.recommendation_ref for a in actions] == ["1", "1", "2", "2", "3", "3"]
    assert [a.target_date.start for a in actions] == [
        "2024-11",
        "2025-05",
        "2025-02",
        "2025-04",
        "2024-12",
        "2025-06",
    ]
    assert [a.status.raw for a in actions] == ["Y", "P", "Y", "N", "Y", "N"]
    assert actions[0].lead.startswith("Board Development")
    # (the evidence column's words are its own, not the flag's)
    assert actions[0].progress.startswith("Form changed")
