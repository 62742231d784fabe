"""A partnership's tracker in corpus text whose last column is a completion flag ("Closed
(Y/N)"), its header naming every column, the names' later words wrapped under the first line a
column at a time ("Rec" / "no.", "Revised" / "date", "Closed" / "(Y/N)"), an Agency column
between the recommendation and the action. The tracker reader (plan.tracker_rows) completes
each name with its own wrapped words (plan.wrapped_columns.NamedColumns), cuts the agency's
short name off each action and reads the flag as the row's status."""

from __future__ import annotations

from pathlib import Path

import dhrparse
from dhrparse.patterns import load_patterns
from dhrparse.plan.tables import ColumnMap
from dhrparse.plan.wrapped_columns import AGENCY, FLAG, NamedColumns

ZOO = Path(__file__).resolve().parent / "zoo"
PLAN = ZOO / "s5plan9b_closed_flag_tracker.corpus.txt"


def _named() -> NamedColumns:
    p = load_patterns()
    return NamedColumns(ColumnMap(p), p)


def test_each_wrapped_word_completes_its_own_name():
    got = _named().columns(
        "ID Rec Recommendation Agency Action Lead officer Date agreed Target date Revised Update Closed",
        ["no. date (Y/N)"],
    )
    assert got is not None
    assert [name for _, name in got] == [
        "ID",
        "Rec no.",
        "Recommendation",
        "Agency",
        "Action",
        "Lead officer",
        "Date agreed",
        "Target date",
        "Revised date",
        "Update",
        "Closed (Y/N)",
    ]
    roles = [role for role, _ in got]
    assert roles[:5] == ["ref", "ref", "recommendation", AGENCY, "action"]
    assert roles[-1] == FLAG


def test_a_word_broken_by_its_narrow_column_is_joined_again():
    got = _named().columns("Ref Action Lead Due date Evide Clos", ["nce ed", "Y/N"])
    assert got is not None
    assert [name for _, name in got][-2:] == ["Evidence", "Closed Y/N"]


def test_a_wrapped_word_completing_no_name_reads_no_header():
    assert _named().columns("Ref Action Lead Due date Closed", ["(Y/N) costs"]) is None
    assert _named().columns("Ref Action Lead Due date Closed", []) is None


def test_the_flag_rates_each_row_and_the_agency_is_not_the_action():
    actions = dhrparse.extract(PLAN).actions
    assert [a.ref for a in actions] == ["RCS-210", "RCS-211", "RCS-212", "RCS-213", "RCS-214"]
    assert [a.action.split()[0] for a in actions] == ["Add", "Audit", "Publish", "Check", "Run"]
    assert [a.status.raw for a in actions] == ["Y", "N", "Y", "N", "N"]
    assert [a.status.value for a in actions] == [
        "complete",
        "in_progress",
        "complete",
        "unknown",
        "in_progress",
    ]
    # (the target agreed, not the revised date beside it)
    assert actions[1].target_date.raw == "30/11/2024"


def test_a_recommendation_printed_on_each_of_its_rows_is_one():
    recs = dhrparse.extract(PLAN).recommendations
    assert [r.ref for r in recs] == ["1", "2", "3"]
