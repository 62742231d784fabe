"""A recommendation printed as a band across a plan table ("Recommendation 2: The Police should
...") over its actions' rows is the recommendation, never an action of its own: a row whose only
cell is the recommendation's makes no action record (plan.bare_recommendation_rows)."""

from pathlib import Path

import dhrparse
from dhrparse.plan.bare_recommendation_rows import bare_recommendation
from dhrparse.plan.tables import PlanRow, PlanTable

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"
COLUMNS = ["recommendation", "scope", "action", "lead", "target_date", "status"]


def _table() -> PlanTable:
    return PlanTable(columns=COLUMNS, headers=[c.title() for c in COLUMNS])


def test_a_row_of_the_recommendation_alone_is_its_band():
    row = PlanRow(cells={"recommendation": "The Police should brief call handlers."}, ref="2")
    assert bare_recommendation(_table(), row)


def test_a_row_with_an_action_lead_date_or_update_is_an_action():
    text = "The Police should brief call handlers."
    assert not bare_recommendation(_table(), PlanRow(cells={"recommendation": text, "action": "Brief them."}))
    assert not bare_recommendation(_table(), PlanRow(cells={"recommendation": text, "lead": "Police"}))
    assert not bare_recommendation(
        _table(), PlanRow(cells={"recommendation": text, "target_date": "May 2025"})
    )
    assert not bare_recommendation(_table(), PlanRow(cells={"recommendation": text}, updates=["Done."]))


def test_a_plan_with_no_action_column_keeps_its_recommendation_rows():
    # (a tracker of recommendations alone: the recommendation is what each row commits to)
    table = PlanTable(
        columns=["ref", "recommendation", "status"], headers=["No.", "Recommendation", "Status"]
    )
    assert not bare_recommendation(table, PlanRow(cells={"recommendation": "The Board should audit."}))


def test_home_office_template_bands_over_their_actions_make_no_empty_actions():
    # (-layout text of the Home Office template, each recommendation a band over its actions)
    doc = dhrparse.extract(PENDING / "plan_ho_banded_numbers.txt")
    assert all(a.action for a in doc.actions)
    assert [a.recommendation_ref for a in doc.actions] == ["1", "1", "2", "3", "3", "4", "5", "5"]
    assert [r.ref for r in doc.recommendations] == ["1", "2", "3", "4", "5"]
