"""An action's recommendation_ref names the report recommendation its plan row answers, also
where the plan numbers its rows rather than its recommendations and the recommendation cell
quotes the recommendation (tests/score.py does not score this field, so it is checked here
against the zoo gold)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import extracted

ZOO = Path(__file__).parent / "zoo"


@pytest.mark.parametrize("ext", ["txt", "docx"])
def test_row_numbered_plan_links_actions_to_the_quoted_recommendation(ext):
    gold = json.loads((ZOO / "plan_links_worded_series.json").read_text())
    doc = json.loads(extracted(ZOO / f"plan_links_worded_series.{ext}").model_dump_json())
    got = {a["ref"]: a["recommendation_ref"] for a in doc["actions"]}
    assert got == {a["ref"]: a["recommendation_ref"] for a in gold["actions"]}
    ids = {r["ref"]: r["id"] for r in doc["recommendations"]}
    assert all(a["recommendation_id"] == ids[a["recommendation_ref"]] for a in doc["actions"])
