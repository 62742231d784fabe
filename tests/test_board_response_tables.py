"""A board's response to each recommendation, printed as a table: "Recommendation | Accepted /
Partially accepted | Board response | Lead | Timescale" (a Safeguarding Adults Review's close)
or a seven-minute briefing's "Recommendation | Board response | Lead | By when | Progress".

Each row is the board's action for that recommendation: the response cell is the action, the
number opening the Recommendation cell its recommendation ref, "Accepted" the board's
acceptance (kept as the column's extra, never a status), the timescale its target ("Within 3
months" has no date). Plain pdftotext prints such a table a cell at a time, a blank line
between cells; these tests hold the text route to reading it as the table readers do."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

import dhrparse

# pdftotext plain: every cell its own block, the rows one after another
SAR_RESPONSE_TABLE = """Ashenford Safeguarding Adults Board

Safeguarding Adults Review: Marguerite

5. Recommendations

5.1

Ashenford Council should review how carers' assessments record a carer's own health.

5.2

The Board should publish a short guide for practitioners on hoarding and fire risk.

5.3

Ashenford Fire and Rescue Service should offer a home safety visit after every hoarding referral.

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

Ashenford Fire and
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
        "Ashenford Fire and Rescue Service",
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
    assert not any(a.lead == "Safeguarding Adults Board" for a in actions)


# ---- the corpus-text route: the zoo's rendering, pdfplumber's lines with a row's cells joined ----
ZOO = Path(__file__).resolve().parent / "zoo"


def test_corpus_text_cuts_each_joined_row_into_its_cells():
    doc = dhrparse.extract(ZOO / "board_response_sar_accepted_table.corpus.txt")
    actions = doc.actions
    assert [a.recommendation_ref for a in actions] == ["1", "2", "3", "4", "5"]
    assert actions[0].action == (
        "A question on the carer's own health will be added to the carer's assessment form and "
        "practitioners briefed."
    )
    assert [a.lead for a in actions] == [
        "Principal Social Worker",
        "SAB Business Manager",
        "Harrowgate Fire and Rescue Service",
        "Vale Community Health NHS Trust",
        "SAB Quality and Performance subgroup",
    ]
    assert [a.target_date.raw for a in actions] == [
        "Within 3 months",
        "30 September 2025",
        "June 2025",
        "Within 6 months",
        "March 2026",
    ]
    assert [a.extra.get("Accepted / Partially accepted") for a in actions] == [
        "Accepted",
        "Partially accepted",
        "Accepted",
        "Accepted",
        "Accepted",
    ]


def test_a_second_response_opening_right_under_the_first_is_its_own_row():
    # the briefing's recommendation 3 has two responses under its merged cell; the first
    # response's cell is as tall as the recommendation's, so the second's cells open on the very
    # next printed line, under a cell that ended its sentence there
    doc = dhrparse.extract(ZOO / "board_response_briefing_table.corpus.txt")
    actions = doc.actions
    assert [a.recommendation_ref for a in actions] == ["1", "2", "3", "3", "4"]
    assert actions[2].action == (
        "Commission a half-day course from the local specialist domestic abuse service."
    )
    assert actions[3].action == "Publish this briefing and a short recorded talk for practitioners."
    assert [a.lead for a in actions[2:4]] == ["SAB Training Subgroup", "SAB Business Manager"]
    assert [a.target_date.raw for a in actions[2:4]] == ["Jan 2026", "Aug 2025"]
    assert not any(w.code == "plan_not_read" for w in doc.warnings)


# ---- any acceptance word, lead and timescale goes to its own column -----------------------------
ACCEPTANCE = ["Agreed", "Accepted", "Partially agreed", "Partially accepted", "Agreed in principle"]
TIMESCALES = ["Within 3 months", "Within 12 months", "6 months", "31 January 2026", "April 2025"]
LEADS = [
    "Head of Adult Safeguarding",
    "SAB Learning subgroup",
    "Designated Nurse",
    "Community Safety Manager",
]


@given(
    st.lists(
        st.tuples(st.sampled_from(ACCEPTANCE), st.sampled_from(LEADS), st.sampled_from(TIMESCALES)),
        min_size=2,
        max_size=5,
    )
)
@settings(max_examples=25, deadline=None)
def test_each_cell_block_goes_to_the_column_it_reads_as(rows):
    blocks = ["Recommendation", "Agreed / Partially\nagreed", "Board response", "Lead", "Timescale"]
    for k, (acceptance, lead, when) in enumerate(rows, 1):
        blocks += [
            f"{k} Short title {k}",
            acceptance.replace(" ", "\n", 1),
            f"The partners will carry out\nstep {k} and report to the Board.",
            lead,
            when,
        ]
    text = (
        "Kelmscott Safeguarding Adults Board\n\n7. Board response\n\n"
        + "\n\n".join(blocks)
        + "\n\n8. Glossary\n"
    )
    actions = dhrparse.extract(text, name="kelmscott.txt").actions
    assert [a.recommendation_ref for a in actions] == [str(k) for k in range(1, len(rows) + 1)]
    assert [a.extra.get("Agreed / Partially agreed") for a in actions] == [r[0] for r in rows]
    assert [a.lead for a in actions] == [r[1] for r in rows]
    assert [a.target_date.raw for a in actions] == [r[2] for r in rows]
    assert all(a.status.value == "unknown" for a in actions)
