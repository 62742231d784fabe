"""A board's response to each recommendation, printed as a table: "Recommendation | Accepted /
Partially accepted | Board response | Lead | Timescale" (a Safeguarding Adults Review's close)
or a seven-minute briefing's "Recommendation | Board response | Lead | By when | Progress".

Each row is the board's action for that recommendation: the response cell is the action, the
number opening the Recommendation cell its recommendation ref, "Accepted" the board's
acceptance (kept as the column's extra, never a status), the timescale its target ("Within 3
months" has no date). Plain pdftotext prints such a table a cell at a time, a blank line
between cells; these tests hold the text route to reading it as the table readers do."""

from __future__ import annotations

import dhrparse

# pdftotext plain: every cell its own block, the rows one after another
SAR_RESPONSE_TABLE = """Wrenfield Safeguarding Adults Board

Safeguarding Adults Review: Marguerite

5. Recommendations

5.1

Wrenfield Council should review how carers' assessments record a carer's own health.

5.2

The Board should publish a short guide for practitioners on hoarding and fire risk.

5.3

Wrenfield Fire and Rescue Service should offer a home safety visit after every hoarding referral.

6. The Board's response

The Board met on 3 May 2024 and agreed the responses below.

Recommendation

Accepted /
Partially
accepted

Board response

Lead

Timescale

5.1 Carers' own health

Accepted

Carers' assessment form to gain a
question on the carer's own health.

Adult Social Care
Practice Lead

Within 3
months

5.2 Hoarding guide

Partially
accepted

The guide will be written with the
fire service; printed copies will not
be made.

SAB Business
Manager

30 November
2024

5.3 Home safety visits

Accepted

A referral route from the hoarding
panel to the fire service will be
agreed and tested.

Wrenfield Fire and
Rescue Service

March 2025

7. Glossary

SAB

Safeguarding Adults Board
"""


def _actions(text: str):
    return dhrparse.extract(text, name="marguerite.txt").actions


def test_each_response_row_is_the_boards_action_for_its_recommendation():
    actions = _actions(SAR_RESPONSE_TABLE)
    assert [a.recommendation_ref for a in actions] == ["5.1", "5.2", "5.3"]
    assert actions[0].action.startswith("Carers' assessment form to gain a question")
    assert actions[1].action.endswith("printed copies will not be made.")
    assert [a.lead for a in actions] == [
        "Adult Social Care Practice Lead",
        "SAB Business Manager",
        "Wrenfield Fire and Rescue Service",
    ]


def test_the_timescale_is_the_target_and_a_span_has_no_date():
    actions = _actions(SAR_RESPONSE_TABLE)
    assert [a.target_date.raw for a in actions] == ["Within 3 months", "30 November 2024", "March 2025"]
    assert actions[0].target_date.start is None
    assert actions[1].target_date.start == "2024-11-30"


def test_acceptance_is_kept_beside_the_action_and_is_no_status():
    actions = _actions(SAR_RESPONSE_TABLE)
    assert [a.status.value for a in actions] == ["unknown"] * 3
    assert [a.extra.get("Accepted / Partially accepted") for a in actions] == [
        "Accepted",
        "Partially accepted",
        "Accepted",
    ]


def test_the_glossary_after_the_table_is_not_a_row():
    actions = _actions(SAR_RESPONSE_TABLE)
    assert len(actions) == 3
    assert not any("Safeguarding Adults Board" == a.lead for a in actions)
