"""tests/zoo/plan_gold.py, the gold frame the zoo's plan and recommendation builders share: the
records it writes must keep the shared gold format's fields, so the builders' golds stay what the
committed tests/zoo/*.json hold."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

ZOO = Path(__file__).resolve().parent / "zoo"
# loaded from its file, so tests/zoo (the build scripts' folder) is not put on the import path
_spec = importlib.util.spec_from_file_location("plan_gold", ZOO / "plan_gold.py")
pg = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(pg)


def test_records_carry_the_fields_of_the_committed_gold():
    # the field sets of a committed plan gold written by a builder on plan_gold
    committed = json.loads((ZOO / "textplan_ref_codes_column_blocks.json").read_text(encoding="utf-8"))
    rec = pg.recommendation_record("1", "text", 3, themes=[])
    act = pg.action_record("Do it", 4)
    assert set(rec) == set(committed["recommendations"][0])
    assert set(act) == set(committed["actions"][0])
    assert set(pg.review("DHR", "Area", "Name")) == set(committed["review"])
    gold = pg.plan_gold("stem", description="d", review=pg.review("DHR", "Area"), notes="n")
    assert set(gold) == set(committed)


def test_unannotated_themes_and_unscored_lines_leave_their_keys_out():
    assert "themes" not in pg.recommendation_record("1", "text", 3)
    assert pg.recommendation_record("1", "text", 3, themes=["training"])["themes"] == ["training"]
    assert "line" not in pg.recommendation_record("1", "text", pg.NO_LINE)
    assert "line" not in pg.action_record("Do it", pg.NO_LINE)
    assert pg.action_record("Do it", None)["line"] is None


def test_review_names_one_victim_or_none():
    assert pg.review("SAR", "Area", "Agnes", age=88)["victims"] == [{"pseudonym": "Agnes", "age": 88}]
    assert pg.review("SAR", "Area")["victims"] == []
    assert pg.review(None, None)["doc_kind"] == "action_plan"


def test_plan_gold_keeps_a_named_family_and_review_alternatives():
    gold = pg.plan_gold(
        "stem",
        family="a family",
        description="d",
        review=pg.review("DHR", "Area"),
        review_alternatives={"area": ["Area Partnership"]},
        notes="n",
    )
    assert gold["file"] == "stem.txt"
    assert gold["family"] == "a family"
    assert gold["review_alternatives"] == {"area": ["Area Partnership"]}
    assert "review_alternatives" not in pg.plan_gold("stem", description="d", review={}, notes="n")
    assert pg.plan_gold("stem", description="d", review={}, notes="n")["family"] == "stem"


@pytest.mark.parametrize(
    "raw, want",
    [
        ("31/01/2025", "2025-01-31"),
        ("March 2026", "2026-03"),
        ("june 2025", "2025-06"),
        ("On publication", None),
        ("Quarterly", None),
    ],
)
def test_iso_reads_a_day_or_a_month(raw, want):
    assert pg.iso(raw) == want


def test_status_reads_the_plain_words_only():
    assert pg.status("Complete") == "complete"
    assert pg.status("In progress") == "in_progress"
    assert pg.status("Not started") == "not_started"
    with pytest.raises(KeyError):
        pg.status("Amber")


def test_plain_action_reads_its_date_and_status():
    act = pg.plain_action("Do it", 7, lead="Chair", due="August 2024", state="Complete", ref="4.1")
    assert act["target_date"] == "2024-08"
    assert act["status"] == "complete"
    assert act["status_raw"] == "Complete"
    assert act["ref"] == "4.1"


def test_line_look_ups():
    lines = ["Title", "  1.1 Write a leaflet", "Write   a leaflet on the service"]
    assert pg.line_opening(lines, "1.1 Write") == 2
    assert pg.line_opening(lines, "Write") == 3  # (the line opening with it, not the one holding it)
    assert pg.line_holding(lines, "Write a leaflet on the service", 4) == 3
    assert pg.line_holding(lines, "Nothing printed here", 3) is None
    with pytest.raises(ValueError):
        pg.line_opening(lines, "Nothing printed")


def test_merged_plan_records_link_actions_to_their_number():
    lines = ["Rec", "1", "Oxbury Police to check the locks.", "Fit a lock.", "Ask twice."]
    recs = [
        (
            "1",
            "Oxbury Police to check the locks.",
            [
                ("1.1", "Fit a lock.", "Inspector", "31/08/2024", "Complete"),
                ("1.2", "Ask twice.", "Sergeant", "May 2025", "Not started"),
            ],
        )
    ]
    recommendations, actions = pg.merged_plan_records(lines, recs, coded=True)
    assert recommendations[0]["agency"] == "Oxbury Police"
    assert recommendations[0]["line"] == 3
    assert [a["ref"] for a in actions] == ["1.1", "1.2"]
    assert [a["recommendation_ref"] for a in actions] == ["1", "1"]
    assert [a["line"] for a in actions] == [4, 5]
    assert actions[0]["action_start"] == "Fit a lock"
    _, uncoded = pg.merged_plan_records(lines, recs, coded=False)
    assert [a["ref"] for a in uncoded] == [None, None]


def test_save_gold_writes_the_zoo_layout(tmp_path):
    gold = {"file": "x.txt", "notes": "é"}
    pg.save_gold(tmp_path, "x", gold)
    text = (tmp_path / "x.json").read_text(encoding="utf-8")
    assert text == '{\n "file": "x.txt",\n "notes": "é"\n}\n'
