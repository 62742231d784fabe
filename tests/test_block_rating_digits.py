"""A column-block table rated by digits ("Score" over "1", a key over the table saying what
each digit means): the digits cleaning set aside as page numbers are put back as the status
column's cells (plan.block_rating_digits), and the plan's number key outranks a state judged
from the row's progress text (plan.number_key)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dhrparse.lines import Line
from dhrparse.models import Status
from dhrparse.patterns import load_patterns
from dhrparse.pipeline import extract
from dhrparse.plan.block_cells import BlockCell
from dhrparse.plan.block_rating_digits import rated_cells
from dhrparse.plan.number_key import through_number_key

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"


@pytest.mark.parametrize(
    "stem",
    [
        "cspr_number_rating_key",  # (bands: each row's lead, date and score after the actions' run)
        "textplan_score_digits_row_runs",  # (each row's cells one after another)
    ],
)
def test_scores_read_through_the_key(stem):
    gold = json.loads((PENDING / f"{stem}.json").read_text(encoding="utf-8"))["actions"]
    actions = extract(PENDING / f"{stem}.txt").actions
    read = {a.action[:30]: (a.status.raw, a.status.value) for a in actions}
    assert read == {g["action_start"][:30]: (g["status_raw"], g["status"]) for g in gold}


def _cell(kind: str, number: int, text: str, page: int = 1) -> BlockCell:
    return BlockCell(kind, [Line(number=number, text=text, raw=text, page=page)])


def _number(number: int, text: str, page: int = 1) -> Line:
    return Line(number=number, text=text, raw=text, page=page)


def test_digits_between_cells_under_a_score_name_come_back_as_statuses():
    cells = [
        _cell("action", 1, "Write the protocol."),
        _cell("name", 3, "Score"),
        _cell("target_date", 6, "31.03.2025"),
        _cell("lead", 10, "Head of Service"),
        _cell("other", 14, "Reviewed every quarter."),
    ]
    numbers = [_number(4, "2"), _number(8, "3"), _number(16, "1")]  # (16: the page's own number)
    read = rated_cells(cells, numbers, load_patterns())
    assert [(c.kind, c.text) for c in read if c.kind == "status"] == [("status", "2"), ("status", "3")]


def test_no_digit_comes_back_under_a_colour_rating_or_before_an_action():
    p = load_patterns()
    rag = [
        _cell("action", 1, "Write the protocol."),
        _cell("name", 3, "RAG rating"),
        _cell("lead", 10, "Lead"),
    ]
    assert rated_cells(rag, [_number(5, "2")], p) == rag
    scored = [
        _cell("name", 1, "Score"),
        _cell("lead", 3, "Head of Service"),
        _cell("action", 7, "Audit the records."),
    ]
    # (a number straight before an action cell is its row's ref)
    assert rated_cells(scored, [_number(5, "2")], p) == scored


def test_the_key_outranks_a_state_judged_from_progress():
    key = {"1": "complete", "2": "in_progress", "3": "in_progress", "4": "not_started"}
    judged = Status(raw="1", value="in_progress", judged_from="progress: Prompt live since May")
    assert through_number_key(judged, "1", key).value == "complete"
    said = Status(raw="Complete", value="complete")
    assert through_number_key(said, "Complete", key) == said
