"""A standalone plan whose cover lines sit straight above its table.

A partnership's published action plan often opens with a few labelled lines and then the table
at once: "Independent Chair and Author: <name>", "Prepared by: <name>". A line printed just
above a plan's header may be the name of the agency whose part of the plan follows ("Quenmoor
Police" over its own table), but a labelled line naming who wrote the review names a person,
not an agency: the plan's recommendations stay the panel's (level overview) with no agency taken
from it."""

from __future__ import annotations

import pytest
from docx_build import paragraphs_and_table

import dhrparse

ROWS = [
    (
        "1",
        "Selbridge Community Safety Partnership should run a campaign on coercive control.",
        "Local",
        "Design the campaign with survivors.",
        "Selbridge Community Safety Partnership",
        "Mar-24",
        "Complete",
    ),
    (
        "2",
        "Selbridge Police should record every child present at a domestic abuse call.",
        "Local",
        "Add a mandatory field to the incident log.",
        "Selbridge Police",
        "Jun-24",
        "In progress",
    ),
]
HEADER = ["", "Recommendation", "Scope", "Action to take", "Lead Agency", "Target Date", "Outcome"]


def _plan(label_line: str) -> bytes:
    cover = [
        "Selbridge Community Safety Partnership",
        "Domestic Homicide Review into the death of 'Nina' – SCSP DHR 2023/02",
        "Action Plan – updated for the board meeting of 4 March 2024",
        label_line,
    ]
    return paragraphs_and_table(cover, HEADER, ROWS)


@pytest.mark.parametrize(
    "label_line",
    [
        "Independent Chair and Author: Oliver Brant-Maddox",
        "Report author: Dr Priya Castellane",
        "Prepared by: Hannah Quill, DHR Coordinator",
    ],
)
def test_a_labelled_author_line_above_the_plan_names_no_agency(label_line):
    doc = dhrparse.extract(_plan(label_line), name="plan.docx")
    recs = {r.ref: r for r in doc.recommendations}
    assert set(recs) == {"1", "2"}
    for rec in recs.values():
        assert rec.level == "overview"
        assert rec.agency is None or label_line.split(":")[1].strip() not in rec.agency
    assert [a.lead for a in doc.actions] == ["Selbridge Community Safety Partnership", "Selbridge Police"]


def test_an_agency_name_above_its_table_still_heads_its_part():
    doc = dhrparse.extract(_plan("Selbridge Police"), name="plan.docx")
    assert {r.agency for r in doc.recommendations} == {"Selbridge Police"}
    assert {r.level for r in doc.recommendations} == {"agency"}
