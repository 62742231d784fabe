"""An agency-first plan in corpus text ("Agency | Ref | Action | SMART required outcome ... |
Lead officer | By when | Date completed"): each agency's name printed before its first row's
ref ("Calder Vale 2a Brief call ..."), the header's long names wrapped under its first line
("SMART" / "required outcome", "Date" / "completed"). The tracker reader (plan.tracker_rows)
finds each row's ref after the agency's words and rebuilds the header column by column
(plan.wrapped_columns), the completion date cut as a day's date, never the target's year."""

from __future__ import annotations

from pathlib import Path

import dhrparse
from dhrparse.patterns import load_patterns
from dhrparse.plan.tables import ColumnMap
from dhrparse.plan.wrapped_columns import COMPLETED, rebuilt

ZOO = Path(__file__).resolve().parent / "zoo"
PLAN = ZOO / "plan6_agency_first_smart.corpus.txt"


def test_the_rows_after_each_agency_name_are_read():
    actions = dhrparse.extract(PLAN).actions
    assert [a.ref for a in actions] == ["1(a)", "1(b)", "2(a)", "2(b)", "3(a)", "4(a)"]
    assert [a.action.split()[0] for a in actions] == ["Map", "Publish", "Brief", "Add", "Include", "Send"]
    assert [a.status.value for a in actions] == [
        "complete",
        "unknown",
        "in_progress",
        "complete",
        "in_progress",
        "complete",
    ]


def test_a_quarter_target_keeps_its_year_from_the_completion_column():
    one_b = dhrparse.extract(PLAN).actions[1]
    assert one_b.target_date.raw == "Q3 2023/24"


def test_the_header_wrapped_under_its_first_line_is_rebuilt():
    p = load_patterns()
    cm = ColumnMap(p)
    got = rebuilt(
        cm,
        p,
        "Ref Action SMART Lead officer By when Date",
        ["required outcome – completed", "how will we", "know it has", "worked?"],
    )
    assert got is not None
    roles = [role for role, _ in got]
    assert roles == ["ref", "action", "desired_outcome", "lead", "target_date", COMPLETED]
    assert got[-1][1] == "Date completed"


def test_a_header_no_wrapped_line_changes_is_left_alone():
    p = load_patterns()
    assert rebuilt(ColumnMap(p), p, "Ref Action Lead Target date Status", ["of the"]) is None


def test_the_agency_is_read_only_under_a_header_naming_it_first():
    doc = dhrparse.extract(PLAN)
    assert doc.actions[2].ref == "2(a)"
    assert doc.actions[2].extra["Agency"] == "Calder Vale"  # (its first words, its column's)
    text = PLAN.read_text(encoding="utf-8").replace("Agency Ref Action SMART", "Ref Action SMART")
    actions = dhrparse.extract(text, name="plan.corpus.txt").actions
    assert "2(a)" not in [a.ref for a in actions]
