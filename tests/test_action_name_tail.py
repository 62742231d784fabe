"""A monitoring report's tracker in corpus text whose recommendation opens with a body's long
name ("Kelsington Safer Streets Partnership should ..."): the name's first words fill the
recommendation's first printed line, right before the action's imperative ("Kelsington Safer
Write the ..."). Widths alone may cut the line after the first word, giving the action cell the
name's last word ("Safer Write the ..."); an action opens with its verb and a sentence's first
printed line is no lone word, so a name's words before the verb are the recommendation's where
the cut would leave it one word (plan.tracker_rows)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from dhrparse.patterns import load_patterns
from dhrparse.pipeline import extract
from dhrparse.plan.tracker_rows import TrackerShapes

sys.path.insert(0, str(Path(__file__).resolve().parent))
import score  # noqa: E402  (tests/score.py)


def test_a_name_s_last_words_before_an_imperative_are_told():
    shapes = TrackerShapes(load_patterns())
    assert shapes.name_before_imperative("Safer Write the referral route")
    assert shapes.name_before_imperative("Safer Streets Write the referral route")
    # (an action opening with its verb, or with who acts, or a sentence whose capital is no verb)
    assert not shapes.name_before_imperative("Write the referral route")
    assert not shapes.name_before_imperative("CSP Chair to write to the Home Office.")
    assert not shapes.name_before_imperative("the Safer Write")


def test_the_monitoring_report_s_first_action_opens_with_its_verb_in_corpus_text():
    pending = Path(__file__).resolve().parent / "zoo" / "pending"
    stem = "plan_monitoring_agency_tables_quarter_updates_brag"
    gold = json.loads((pending / f"{stem}.json").read_text(encoding="utf-8"))
    doc = extract(pending / f"{stem}.corpus.txt")
    assert doc.actions[0].action.split()[0] == "Write", doc.actions[0].action
    assert doc.actions[0].extra["recommendation"].startswith("Wyvernstone Safer Communities")
    result = score.score_doc(gold, json.loads(doc.model_dump_json()))
    assert result["actions"].f1() == 1.0, result["actions"].f1()
