"""A SAB plan whose recommendations are full-width shaded rows over unnumbered action rows, with an
"Evidence of impact" column, read from plain pdftotext (tests/column_blocks/sab_plan_impact_rows,
a genuine Word -> LibreOffice -> pdftotext export). Its header, printed a column name a line,
must be known as a plan header so the plan is read at all: the recommendations as records and
every action row's text accounted for (a record or a warning), never dropped in silence."""

from __future__ import annotations

import json
from pathlib import Path

import score  # tests/score.py, the scorer the gold is judged with

from dhrparse.pipeline import extract

FOLDER = Path(__file__).parent / "column_blocks"
STEM = "sab_plan_impact_rows"


def _read():
    gold = json.loads((FOLDER / f"{STEM}.json").read_text(encoding="utf-8"))
    doc = json.loads(extract(FOLDER / f"{STEM}.txt").model_dump_json())
    return gold, doc


def test_impact_plan_is_read_as_a_plan_with_its_recommendations():
    gold, doc = _read()
    assert doc["review"]["doc_kind"] == "action_plan"
    assert score.score_doc(gold, doc)["recommendations"].f1() == 1.0


def test_every_action_row_is_a_record_or_a_warning():
    gold, doc = _read()
    held = {a["location"]["line_start"] for a in doc["actions"]} | {
        n
        for w in doc["warnings"]
        if w.get("location") and w["location"].get("line_start")
        for n in range(w["location"]["line_start"], (w["location"].get("line_end") or 0) + 1)
    }
    missing = [a["line"] for a in gold["actions"] if a["line"] not in held]
    assert not missing, missing


def test_no_action_carries_another_rows_value():
    """Whatever action the text route gives, its lead, date and status are its own row's or empty."""
    gold, doc = _read()
    for act in doc["actions"]:
        mine = [g for g in gold["actions"] if score.act_hit(g, act)]
        assert len(mine) == 1, act["action"]
        status = (act["status"] or {}).get("value")
        assert status in (None, "unknown", mine[0]["status"]), act
        date = act["target_date"]
        # (a timescale naming no date, "Within 3 months", is its own row's when printed as the gold's)
        own = date and mine[0]["target_date"] is None and date["raw"] == mine[0]["target_date_raw"]
        assert not date or own or score.date_ok(mine[0]["target_date"], date), act
