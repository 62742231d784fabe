"""The Home Office template plan with its row numbers in an unnamed first column, printed by
plain pdftotext a line at a time across its cells: its wrapped names read back whole, its
first rows' numbers printed in a run under the header, its Scope cells known by their values,
and rows whose cells print out of turn named in warnings, never read into wrong records
(tests/zoo/pending/plan_template_number_run.txt, built by build_plan_template_number_run.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from dhrparse import extract
from dhrparse.patterns import load_patterns
from dhrparse.plan.column_roles import ColumnRoles
from dhrparse.plan.name_tails import NameTails
from dhrparse.plan.number_runs import cells_hold
from dhrparse.plan.round_fit import Reading, RoundFit
from dhrparse.plan.spaced_rounds import _scope_apart
from dhrparse.plan.tables import column_map

PENDING = Path(__file__).parent / "zoo" / "pending"
STEM = "plan_template_number_run"
CM = column_map(load_patterns())
FIELDS = ["recommendation", "scope", "action", "lead", "progress", "target_date", "status"]


@pytest.fixture(scope="module")
def roles() -> ColumnRoles:
    return ColumnRoles(load_patterns())


def test_two_wrapped_names_printed_in_the_same_rounds_are_each_read_back_whole():
    # (as the export prints them: "Key milestones achieved" reads whole yet goes on, and the
    # Scope name's cut word "recommen" goes on with its own end, not with "in enacting")
    printed = [
        "Recommendation",
        "Scope of",
        "Action to take",
        "Lead Agency",
        "Key milestones achieved",
        "recommen",
        "in enacting",
        "dation i.e.",
        "recommendation",
        "Target Date",
        "Date of completion",
        "and Outcome",
        "local or",
        "regional",
    ]
    names = [printed[0]]
    tails = NameTails(CM)
    for text in printed[1:]:
        if tails.place(names, text) is None:
            names.append(text)
    assert names == [
        "Recommendation",
        "Scope of recommendation i.e. local or regional",
        "Action to take",
        "Lead Agency",
        "Key milestones achieved in enacting recommendation",
        "Target Date",
        "Date of completion and Outcome",
    ]


def test_a_name_that_reads_whole_takes_no_line_that_makes_no_name_with_it():
    names = ["Recommendation", "Action to take", "Lead Agency"]
    assert NameTails(CM).place(names, "in enacting") is None
    assert names == ["Recommendation", "Action to take", "Lead Agency"]


def test_a_scope_cell_opens_with_its_value(roles):
    # row 1 of the zoo plan: its Scope cell printed elsewhere, its other cells as rounds
    lines = [
        "Make sure families in",
        "Run a monthly advice",
        "Community Safety",
        "Sessions booked with the",
        "30 April",
        "Completed – first",
        "outlying hamlets can reach",
        "session in the two hamlet",
        "Officer, Thornwick",
        "hall committees.",
        "2025",
        "session held in March",
        "a domestic abuse adviser.",
        "halls",
        "Council",
    ]
    reading = RoundFit(roles).rounds(lines, FIELDS)
    cells = dict(zip(FIELDS, reading.cells))
    assert cells["scope"] == ()  # (no line of the action's taken for a scope)
    assert cells["action"][0] == "Run a monthly advice"
    assert cells["lead"][0] == "Community Safety"
    # ... and a row read with its recommendation but not its scope is not told: the scope
    # printed out of turn, among another row's lines
    assert _scope_apart(reading, FIELDS)
    assert not _scope_apart(Reading(((), (), ("Brief staff",), ("Police",), (), (), ()), 1, 0.0), FIELDS)


def test_a_recommendation_or_action_cell_holds_no_date_or_status_line_alone(roles):
    fields = ["recommendation", "scope", "action", "lead", "target_date", "progress"]

    def reading(recommendation, action):
        cells = (recommendation, ("National",), action, ("Partnership",), ("Dec 2025",), ())
        return Reading(cells, 1, 0.0)

    assert cells_hold(reading(("The Board should",), ("Write to the",)), fields, roles)
    assert not cells_hold(reading(("The Board should", "31/10/2025"), ("Write to the",)), fields, roles)
    assert not cells_hold(reading(("The Board should",), ("Write to the", "In progress")), fields, roles)


def test_the_rows_under_the_run_are_named_in_warnings_and_no_wrong_record_is_made():
    doc = extract((PENDING / f"{STEM}.txt").read_text(encoding="utf-8"), name=f"{STEM}.txt")
    untold = [w.message for w in doc.warnings if w.code == "plan_cells_untold"]
    for number in "1234":
        assert any(f"plan row {number!r}" in m for m in untold)
    assert doc.actions == []
