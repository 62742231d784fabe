"""An action plan set out as one small table per agency in corpus text (each agency's name over
the plan's header printed again, its table one or two rows long), each action cell opening with
its own number, in an agency's table behind the agency's letters ("C1.1"): the agencies' rows are
read on with the overview's (plan.numbered_actions, plan.agency_codes), each under its agency's name
(plan.printed_twice)."""

from __future__ import annotations

from pathlib import Path

import dhrparse
from dhrparse.plan.agency_codes import coded_number

# (tests/zoo/pending: the plain-text route does not read the leads yet; the corpus text does)
PLAN = Path(__file__).resolve().parent / "zoo" / "pending" / "plan_agency_small_tables_harrowby.corpus.txt"


def test_an_agency_coded_action_number_names_its_recommendation():
    assert coded_number("C1.1") == "1"
    assert coded_number("HT2.3") == "2"
    assert coded_number("P4b") == "4"
    # (a recommendation's own code, a plain number, a word: no action's number)
    assert coded_number("R1") is None
    assert coded_number("1.1") is None
    assert coded_number("Police") is None


def test_every_agencys_small_table_is_read():
    actions = dhrparse.extract(PLAN).actions
    assert [a.ref for a in actions] == ["1.1", "1.2", "2.1", "C1.1", "C2.1", "H1.1", "A1.1"]
    police = actions[3]
    assert police.action.startswith("Change the attendance form")
    assert police.target_date is not None and police.target_date.start == "2024-03-31"
    assert police.status.value == "complete"
    assert actions[4].status.value == "in_progress"
    assert actions[6].status.value == "not_started"


def test_the_agencies_tables_read_no_other_rows():
    actions = dhrparse.extract(PLAN).actions
    # (the headers printed again and the agencies' names make no action)
    assert not [a for a in actions if a.action.startswith(("Recommendation", "Harrowby", "Millbeck"))]


def test_each_agencys_name_opens_its_section():
    # (each name printed twice, over its recommendations and over its table: no running head)
    sections = [a.agency_section for a in dhrparse.extract(PLAN).actions]
    assert sections == [
        "overview",
        "overview",
        "overview",
        "Harrowby Vale Constabulary",
        "Harrowby Vale Constabulary",
        "Millbeck Housing Trust",
        "Harrowby Vale Ambulance Service",
    ]
