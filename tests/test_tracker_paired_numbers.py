"""A plan whose action cells open with two numbers, the recommendation's and the action's
("R2 A1"), the action's words printed under them, its first column numbering the
recommendations:

    Rec Recommendation Action Lead Target date Updates Status
    R2 Kestleby Police to make sure that call R2 A1 Control Room 31/07/2024 May 24: ... Complete
    handlers ask who else lives at the Add the question to the call Inspector the control room.

Every reader had rejected the table (its actions opened with no words). The tracker reads it
as a plan of numbered actions (plan.tracker_rows): the pair is the action's ref, the first its
recommendation's, and the action's words are read from the line under its numbers."""

from __future__ import annotations

from pathlib import Path

import dhrparse
from dhrparse.patterns import load_patterns
from dhrparse.plan.column_roles import ColumnRoles

PLAN = Path(__file__).resolve().parent / "zoo" / "s23paired_numbers_plan.corpus.txt"


def test_the_pair_of_numbers_is_a_ref_cell():
    roles = ColumnRoles(load_patterns())
    assert roles.ref.match("R1 A1") and roles.ref.match("3 A2")
    assert not roles.ref.match("R1 Add")


def test_each_action_keeps_both_numbers_and_its_words():
    doc = dhrparse.extract(PLAN)
    actions = doc.actions
    assert [(a.ref, a.recommendation_ref) for a in actions] == [
        ("R1A1", "R1"),
        ("R1A2", "R1"),
        ("R2A1", "R2"),
        ("R3A1", "R3"),
        ("R3A2", "R3"),
    ]
    # (the action's words from the line under its numbers, not the lead's nor the recommendation's)
    assert actions[2].action.startswith("Add the question to the call")
    assert actions[4].action.startswith("Audit 30 assessments")
    assert [a.status.value for a in actions] == [
        "complete",
        "in_progress",
        "complete",
        "complete",
        "not_started",
    ]
    assert [r.ref for r in doc.recommendations] == ["R1", "R2", "R3"]


def test_every_route_takes_the_pair_from_the_action_cell_head():
    # (a table read with whole cells, "R2 A1" over the action's words: plan.action_numbers)
    for suffix in (".txt", ".docx"):
        doc = dhrparse.extract(PLAN.with_name("s23paired_numbers_plan" + suffix))
        assert [a.ref for a in doc.actions][:3] == ["R1A1", "R1A2", "R2A1"], suffix
        assert doc.actions[0].action.startswith("Count referrals"), suffix
        assert doc.actions[0].recommendation_ref == "R1", suffix
