"""A plan the document plainly prints but from which no action could be read is told with a
`plan_not_read` warning at its header, never dropped in silence.

Text taken out of a PDF a printed line at a time (a blank line after every line) joins the
cells of a table's printed line with single spaces: a wide plan with a long recommendation, an
action and an update column comes out as lines no reader can cut with confidence. Its rows may
then be read as recommendations only, or not at all; either way the plan's header names its
columns, and the reader says where the plan is that it did not read."""

from __future__ import annotations

import dhrparse

JOINED_PLAN = [
    "Fallowmere Safer Partnership",
    "Domestic Homicide Review 'Iris' – Action Plan",
    "Plan owner DHR Oversight Group. Last updated March 2025.",
    "Rec Recommendation Action Lead Target date Updates Status",
    "R1 Fallowmere Safer Partnership to R1 A1 Partnership 31/03/2024 Mar 24: mapping begun; Jun 24: Complete",
    "fund a helpline for older victims Map the help older victims can Coordinator report to the group.",
    "of domestic abuse. get across the district.",
    "R2 Fallowmere Police to make sure R2 A1 Training Manager, Sept 2024 Mar 24: drafted; Sep 24: given to Complete",
    "that officers ask an older caller Add a case study to the Fallowmere Police 200 officers.",
    "who looks after them. refresher training.",
    "1",
]

READ_PLAN = [
    "Fallowmere Safer Partnership",
    "Domestic Homicide Review 'Iris' – Action Plan",
    "Recommendation 1",
    "Fallowmere Council should check carers' needs at every review.",
    "Action: Add a carer's question to the review form.",
    "Lead: Head of Adult Social Care",
    "Deadline: 30 June 2024",
    "Progress update: Complete. The form was changed in May 2024.",
]


def _spaced(lines: list[str]) -> str:
    return "".join(f"{line} \n\n" for line in lines)


def test_a_plan_whose_rows_could_not_be_cut_is_told_at_its_header():
    doc = dhrparse.extract(_spaced(JOINED_PLAN), name="iris_plan.corpus.txt")
    assert doc.actions == []
    told = [w for w in doc.warnings if w.code == "plan_not_read"]
    assert len(told) == 1
    # the header is the fourth printed line (line 7 in line-spaced text); the plan runs to the end
    assert told[0].location.line_start == 7
    assert told[0].location.line_end >= 19
    assert "Rec Recommendation Action Lead Target date Updates Status".lower() in told[0].message
    # the plan's warning says more than "no review content"
    assert not any(w.code == "no_review_content" for w in doc.warnings)


def test_a_plan_read_is_not_told_again():
    doc = dhrparse.extract(_spaced(READ_PLAN), name="iris_read.corpus.txt")
    assert len(doc.actions) == 1
    assert not any(w.code == "plan_not_read" for w in doc.warnings)


def test_a_repeated_header_over_the_next_page_is_one_plan():
    lines = (
        JOINED_PLAN[:-1]
        + ["2", "Rec Recommendation Action Lead Target date Updates Status"]
        + JOINED_PLAN[4:7]
    )
    doc = dhrparse.extract(_spaced(lines), name="iris_pages.corpus.txt")
    told = [w for w in doc.warnings if w.code == "plan_not_read"]
    # (the rows printed again under the second page's header are read from their first printed
    # lines; a plan read is not told, and the header printed again never makes a second plan)
    assert len(told) == (0 if doc.actions else 1)
    assert {a.recommendation_ref for a in doc.actions} <= {"R1", "R2"}


def test_prose_naming_columns_is_no_header():
    lines = [
        "Fallowmere Safer Partnership",
        "The action plan gives each action a lead, a target date and a status. The panel agreed it.",
        "1.1 Iris was 81 when she died at home in March 2023.",
    ]
    doc = dhrparse.extract(_spaced(lines), name="iris_prose.corpus.txt")
    assert not any(w.code == "plan_not_read" for w in doc.warnings)
