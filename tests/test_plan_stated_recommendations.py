"""Recommendations a plan states one after another above its single table of actions
(plan.statements `confirm_run_above`): "Recommendation A: ..." lettered, or "Recommendation 1:
<title>" with the numbered sentence on the next line. They are the plan's own, the table
answers all of them (no row is given the last one's number). Fictional bodies, our own wording."""

from __future__ import annotations

from dhrparse.pipeline import extract

TABLE = """Ref\tAction\tLead\tTarget date\tStatus
1.1\tWrite a leaflet on the helpline for reception desks.\tPartnership Officer\t30/06/2025\tComplete
2.1\tCheck ten case files for a recorded enquiry.\tPractice Lead\t30/09/2025\tIn progress
"""

LETTERED = """Fenwold Community Trust
Internal action plan

Recommendation A: The Trust should tell reception staff where to find the helpline.
Recommendation B: The Trust should check that staff ask about abuse when a client is alone.

Actions
"""

TITLED = """Fenwold Safeguarding Adults Board
Action tracker

Recommendation 1: helpline awareness
1. The Board should tell reception staff where to find the helpline.

Recommendation 2: routine enquiry
2. Adult social care should check that staff ask about abuse when a person is alone.

Action tracker
"""


def test_lettered_statements_above_the_table_are_the_plans_recommendations():
    doc = extract(LETTERED + TABLE, name="plan.txt")
    assert [(r.ref, r.text.split()[:2]) for r in doc.recommendations] == [
        ("A", ["The", "Trust"]),
        ("B", ["The", "Trust"]),
    ]
    # (the table answers both: no row takes the last statement's letter)
    assert all(a.recommendation_ref != "B" for a in doc.actions)


def test_titled_statements_keep_their_title_and_lose_the_number_printed_again():
    doc = extract(TITLED + TABLE, name="plan.txt")
    recs = doc.recommendations
    assert [r.ref for r in recs] == ["1", "2"]
    assert [r.title for r in recs] == ["helpline awareness", "routine enquiry"]
    assert recs[0].text.startswith("The Board should")
    assert recs[1].text.startswith("Adult social care should")
    assert [a.recommendation_ref for a in doc.actions] == ["1", "2"]
