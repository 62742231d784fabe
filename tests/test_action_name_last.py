"""A column-block table whose action column's name plain pdftotext printed last on its page
(plan.column_blocks `_table_named_last`): its action cells read as rows, its recommendation
cells numbered in print order where the printed numbers agree (`numbered_in_order`)."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import extracted_json

from dhrparse.document import Line
from dhrparse.plan.column_blocks import WHOLE_CELL_STATEMENT, numbered_in_order

DOC = Path(__file__).resolve().parent / "zoo" / "pending" / "textplan_action_name_last_column_blocks.txt"


def _cells(*texts: list[str]) -> list[list[Line]]:
    number = 0
    out = []
    for cell in texts:
        lines = []
        for text in cell:
            number += 1
            lines.append(Line(number, text, 1))
        number += 1  # (a blank line between cells)
        out.append(lines)
    return out


def test_cells_take_the_numbers_in_print_order():
    cells = _cells(
        ["Kettleby Council to fund", "a helpline."],
        ["2 Kettleby Police to check", "earlier calls."],
        ["Kettleby Trust to offer a private", "conversation."],
    )
    found = numbered_in_order(cells, ["1a", "1b", "3"])
    assert found[1].text == "Recommendation 1: Kettleby Council to fund a helpline."
    assert found[1].hint == WHOLE_CELL_STATEMENT
    assert found[4].text == "Recommendation 2: Kettleby Police to check earlier calls."
    assert found[7].text.startswith("Recommendation 3: Kettleby Trust")
    assert found[2] is cells[0][1]  # (a cell's other lines: printed empty)


def test_the_first_number_may_print_above_the_table():
    cells = _cells(["Kettleby Council to fund a helpline."], ["Kettleby Police to check calls."])
    assert numbered_in_order(cells, ["2"])[1].text.startswith("Recommendation 1:")


def test_numbers_that_disagree_number_nothing():
    cells = _cells(["Kettleby Council to fund a helpline."], ["Kettleby Police to check calls."])
    assert numbered_in_order(cells, ["2", "3"]) == {}  # (a third number: a cell not found)
    assert numbered_in_order(cells, []) == {}  # (nothing printed says the second is 2)
    # (a cell's own number out of its place)
    swapped = _cells(["3 Kettleby Council to fund a helpline."], ["Kettleby Police to check calls."])
    assert numbered_in_order(swapped, ["1", "2"]) == {}


def test_the_plan_reads_its_actions_and_numbered_recommendations():
    doc = extracted_json(DOC)
    refs = [(r["ref"], r["text"].split(" to ")[0]) for r in doc["recommendations"]]
    assert refs == [
        ("1", "Safer Ebbersley Partnership"),
        ("2", "Ebbersley Constabulary"),
        ("3", "Ebbersley Hospitals Trust"),
        ("4", "Ebbersley Borough Council"),
        ("5", "Safer Ebbersley Partnership"),
    ]
    actions = [a["action"] for a in doc["actions"]]
    assert len(actions) == 6
    assert "Book a trainer and agree a rolling programme of sessions" in actions
    assert "Evaluate the sessions with attendees three months later" in actions
    # (the recommendation cells, which open as a tracker's actions do, are no rows)
    assert not any(a.endswith("perpetrator has died.") for a in actions)
    # (the rows' leads, read once the statuses prove the rows' order, plan.named_last_leads:
    # each the gold's)
    gold_leads = {
        g["action_start"]: g["lead"] for g in json.loads(DOC.with_suffix(".json").read_text())["actions"]
    }
    assert {a["action"]: a["lead"] for a in doc["actions"]} == {
        action: lead for start, lead in gold_leads.items() for action in actions if action.startswith(start)
    }
    # (its status words and RAG letters agree row by row through the key, so the statuses are
    # read, plan.named_last_statuses: each the gold's)
    gold = json.loads(DOC.with_suffix(".json").read_text())["actions"]
    want = {g["action_start"]: g["status"] for g in gold}
    got = {next(k for k in want if a["action"].startswith(k)): a["status"]["value"] for a in doc["actions"]}
    assert got == want
