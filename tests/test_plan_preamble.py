"""A plan that lists the report's recommendations above its table of actions ("The review panel
made the following recommendations:" then "1. ...", "2. ..."), with a 'Date completed' column
as its only status: the list gives the recommendations, whatever the list's numbering and
announcement; a word written where the date goes states the status; "Dec 23" is a month."""

from __future__ import annotations

import pytest

import dhrparse
from dhrparse.vocab.dates import parse_target_date

RECS = [
    "Easterby Partnership should fund an outreach worker for victims in villages.",
    "Easterby Police should record every call from the same address as one case.",
    "The Council should review its advice to landlords about domestic abuse.",
]
ROWS = [
    (
        "Easterby Partnership",
        "1a",
        "Recruit an outreach worker.",
        "Post filled.",
        "Partnership Manager",
        "Dec 23",
        "14/12/2023",
    ),
    (
        "",
        "1b",
        "Evaluate the outreach post after a year.",
        "Report to the board.",
        "Partnership Manager",
        "Dec 24",
        "Ongoing",
    ),
    (
        "Easterby Police",
        "2a",
        "Link repeat calls on the incident system.",
        "Links in place.",
        "Inspector, Control Room",
        "Mar-24",
        "",
    ),
    (
        "Easterby Council",
        "3a",
        "Rewrite the landlord advice pack.",
        "Pack published.",
        "Housing Manager",
        "31.05.24",
        "Ongoing",
    ),
]
HEADER = (
    "Agency",
    "Ref",
    "Action required",
    "SMART outcome – how will we know it has worked?",
    "Lead officer",
    "By when",
    "Date completed",
)


def _plan(announce: str, number: str) -> str:
    listed = "\n\n".join(f"{number.format(k)} {text}" for k, text in enumerate(RECS, 1))
    table = "\n".join("\t".join(r) for r in (HEADER, *ROWS))
    return f"Easterby DHR Action Plan\n\nThe victim died at home. {announce}\n\n{listed}\n\n{table}\n"


@pytest.mark.parametrize(
    "announce",
    [
        "The overview report made the following recommendations:",
        "The panel makes the following three recommendations:",
    ],
)
@pytest.mark.parametrize("number", ["{}.", "{})"])
def test_the_list_above_the_table_gives_the_recommendations(announce, number):
    doc = dhrparse.extract(_plan(announce, number))
    assert [(r.ref, r.level) for r in doc.recommendations] == [
        ("1", "overview"),
        ("2", "overview"),
        ("3", "overview"),
    ]
    assert doc.recommendations[1].text.startswith("Easterby Police should record")
    assert all(r.location.line_start for r in doc.recommendations)
    statuses = [a.status.value for a in doc.actions]
    assert statuses == ["complete", "in_progress", "unknown", "in_progress"]
    assert [a.target_date.start for a in doc.actions] == ["2023-12", "2024-12", "2024-03", "2024-05-31"]
    assert doc.actions[0].success_measure == "Post filled."


def test_a_list_that_does_not_ask_anyone_to_act_is_not_read():
    text = _plan("The review found the following:", "{}.").replace(" should ", " did not ")
    doc = dhrparse.extract(text)
    assert doc.recommendations == []


@pytest.mark.parametrize(
    "cell,start",
    [
        ("Dec 23", "2023-12"),
        ("Sept 24", "2024-09"),
        ("Dec 2", None),
        ("On publication", None),
        # a deadline word before the month
        ("By Sept 21", "2021-09"),
        ("End of Mar 24", "2024-03"),
        ("by the end of June 25", "2025-06"),
        ("Review 24", None),
    ],
)
def test_a_target_cell_of_month_and_two_digit_year(cell, start):
    assert parse_target_date(cell)[0].start == start
