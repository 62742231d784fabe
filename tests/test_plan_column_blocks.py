"""A Word plan with merged cells that plain pdftotext printed as column blocks
(plan.column_blocks): the header's names each a block, the action cells in a run, then each
row's other cells. Fictional bodies, our own wording."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import score  # tests/score.py, the scorer the gold is judged with

from dhrparse.pipeline import extract

HEAD = """Ormsby Vale Safeguarding Adults Board
Safeguarding Adults Review: Mr T - action plan

Recommendation

The Board should ask partners to
check that carers are offered an
assessment.

Action

Lead officer

Target date

Status

"""

ACTIONS = """Write a short guide for carers on
asking for an assessment.
Audit twenty hospital discharges
for a carer's assessment offer.

"""

TAIL = """Board Business
Manager

June 2025

Complete - guide
issued in May

Quality Lead, Ormsby
Vale Hospital

Sept 2025

In progress - ten
discharges audited

"""


def test_column_blocks_give_one_action_per_cell_with_its_row_values():
    doc = extract(HEAD + ACTIONS + TAIL, name="plan.txt")
    acts = doc.actions
    assert [a.action.split()[0] for a in acts] == ["Write", "Audit"]
    assert [a.lead for a in acts] == ["Board Business Manager", "Quality Lead, Ormsby Vale Hospital"]
    assert all(a.location.line_start for a in acts)
    assert [a.target_date.start for a in acts] == ["2025-06", "2025-09"]
    assert [a.status.value for a in acts] == ["complete", "in_progress"]


def test_values_that_do_not_match_the_actions_in_number_are_not_paired():
    # one lead for two actions (a merged cell): no lead is guessed
    tail = TAIL.replace("Quality Lead, Ormsby\nVale Hospital\n\n", "")
    doc = extract(HEAD + ACTIONS + tail, name="plan.txt")
    assert len(doc.actions) == 2
    assert all(not a.lead for a in doc.actions)


def test_milestones_reached_are_not_actions():
    text = HEAD + ACTIONS + "Guide drafted.\n\nAudit tool amended.\n\n" + TAIL
    doc = extract(text, name="plan.txt")
    assert [a.action.split()[0] for a in doc.actions] == ["Write", "Audit"]


# ---- whole documents: Word plans with merged cells, PDF, plain pdftotext (tests/column_blocks) ----
FOLDER = Path(__file__).parent / "column_blocks"
# what the text route reads of each today (the PDF and Word routes read all of both): a floor
FLOORS = {
    # the recommendations numbered in their column's cells ("1. Dunmore ... should"), the first
    # under the column's name (not a heading)
    "colprint_ho_template": {"recommendations": 1.0, "actions": 1.0},
    # lettered recommendations stated above the table ("Recommendation A: ...")
    "colprint_single_agency": {"recommendations": 1.0, "actions": 1.0},
    # titled recommendations stated above the table, their number again on the next line
    "colprint_tracker_rag": {"recommendations": 1.0, "actions": 1.0},
    "s3merged_ho_plan_plain": {"recommendations": 1.0, "actions": 1.0},
    # the last recommendation cell printed a line at a time beside its row's single action
    "s3merged_sab_tracker_plain": {"recommendations": 1.0, "actions": 0.85},
    # one small table per section, the next one's header run on after a table's cells
    "s8section_tables_plain": {"actions": 1.0},
}


def _scored(stem: str):
    gold = json.loads((FOLDER / f"{stem}.json").read_text(encoding="utf-8"))
    doc = json.loads(extract(FOLDER / f"{stem}.txt").model_dump_json())
    return gold, doc, score.score_doc(gold, doc)


@pytest.mark.parametrize("stem", sorted(FLOORS))
def test_column_block_documents_read_their_records(stem):
    _, _, result = _scored(stem)
    for kind, floor in FLOORS[stem].items():
        assert result[kind].f1() >= floor, kind


@pytest.mark.parametrize("stem", sorted(FLOORS))
def test_column_block_documents_pair_no_value_wrongly(stem):
    """A lead, target date or status is given only where the printed order says whose it is:
    every one given is the gold's."""
    gold, doc, _ = _scored(stem)
    pairs, _ = score.match(gold["actions"], doc["actions"], score.act_hit)
    for g, o in pairs:
        if o.get("lead"):
            assert score.agency_ok(g["lead"], o["lead"]), (g["action_start"], o["lead"])
        if (o.get("target_date") or {}).get("start") and g.get("target_date"):
            assert score.date_ok(g["target_date"], o["target_date"]), g["action_start"]
        if (o.get("status") or {}).get("value") not in (None, "unknown"):
            assert o["status"]["value"] == g["status"], g["action_start"]


# ---- a status column named as the date of completion ------------------------------------
COMPLETION_HEAD = """Ormsby Vale Community Safety Partnership
Domestic Homicide Review 'Joan' - action plan

Recommendation

The Partnership should make sure that
carers know where to get advice.

Action to take

Lead Agency

Key milestones achieved in
enacting recommendation

Target Date

Date of completion and
Outcome

"""


def _completion_plan(milestone: str, outcome: str) -> str:
    return (
        COMPLETION_HEAD
        + "\n\n".join(
            [
                "Publish a leaflet for carers on\nwhere to get advice",
                "Ormsby Vale CSP",
                milestone,
                "March 2025",
                *([outcome] if outcome else []),
                "The plan is reviewed by the board every quarter.",
            ]
        )
        + "\n"
    )


def test_a_completion_date_with_its_outcome_says_the_action_is_done():
    doc = extract(
        _completion_plan(
            "Leaflet drafted with the carers' forum", "14/02/2025 – leaflet sent to every GP practice."
        ),
        name="plan.txt",
    )
    assert [a.status.value for a in doc.actions] == ["complete"]
    assert doc.actions[0].target_date.start == "2025-03"


def test_a_milestone_opening_with_a_date_is_no_completion():
    # the first recommendation's two action cells print as one block (read as column blocks);
    # the second's milestone opens with a date, printed before its target: its completion cell
    # is empty, so its action is not called done
    text = (
        COMPLETION_HEAD
        + "Publish a leaflet for carers on\nwhere to get advice.\nSend the leaflet to every GP\npractice in the borough.\n\n"
        + "Ormsby Vale CSP\n\nLeaflet drafted\n\nMarch 2025\n\nOngoing – printing booked\n\n"
        + "Local\n\nHold a carers' drop-in at the\ncentral library\n\nOrmsby Vale Carers Centre\n\n"
        + "12/01/2025 – first meeting held\nwith the carers' forum\n\nJune 2025\n\n"
    )
    doc = extract(text, name="plan.txt")
    statuses = {a.action.split()[0]: a.status.value for a in doc.actions}
    assert statuses.get("Hold") == "unknown"


def test_a_section_table_after_another_pairs_its_own_statuses():
    """The second section's table: its names and cells follow the first table's on the page,
    its statuses (the first under the column's name) are its own rows', in order."""
    _, doc, _ = _scored("s8section_tables_plain")
    got = {a["ref"]: a["status"]["value"] for a in doc["actions"]}
    assert (got["W1.1"], got["W1.2"]) == ("complete", "not_started")


def test_lettered_recommendations_codes_name_their_actions():
    from dhrparse.plan.column_blocks import lettered_codes

    assert lettered_codes(["A1", "A2", "A3", "B1"]) == ["A1", "A2", "A3", "B1"]
    # (one prefix counting on numbers recommendations; a letter's count not from 1 is no such code)
    assert lettered_codes(["R1", "R2", "R3"]) == []
    assert lettered_codes(["A1", "A2", "B2"]) == []
    assert lettered_codes(["A1", "B1", "A2"]) == []
