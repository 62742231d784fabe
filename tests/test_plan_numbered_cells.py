"""Several actions numbered inside one action cell ("1. ... 2. ..."), the row's dates and
progress numbered alike: one action each, ref its number in the cell, recommendation the row's;
a cell not numbered so is shared; a table whose action cells number nothing is left alone."""

from __future__ import annotations

import pytest

import dhrparse

HEADER = ("Rec No.", "Recommendation", "Actions to be taken", "Person responsible", "Target date", "Progress")


def _row(number, rec, actions, lead, dates, progress, sep):
    def cell(items):
        if isinstance(items, str):
            return items
        return sep.join(
            f"{k}{'.' if sep else ')'} {x}" if sep else f"<p>{k}. {x}</p>" for k, x in enumerate(items, 1)
        )

    return "\t".join((number, rec, cell(actions), lead, cell(dates), cell(progress)))


ROWS = [
    (
        "3",
        "The Trust should tell families who to contact.",
        ["Name a contact on each ward.", "Add the contact to the admission letter."],
        "Chief Nurse",
        ["31 May 2023", "31 July 2023"],
        ["Complete", "In progress – letter redrafted"],
    ),
    (
        "8",
        "The Trust must audit handovers between care coordinators.",
        ["Write a handover checklist."],
        "Head of Community Care",
        "30/09/2023",
        "Not started",
    ),
]


@pytest.mark.parametrize("sep", [" ", "", "<br>"])
def test_each_numbered_action_is_an_action(sep):
    text = "Trust action plan\n\n" + "\t".join(HEADER) + "\n" + "\n".join(_row(*r, sep) for r in ROWS) + "\n"
    doc = dhrparse.extract(text)
    got = [(a.ref, a.recommendation_ref, a.lead, a.target_date.start, a.status.value) for a in doc.actions]
    assert got == [
        ("1", "3", "Chief Nurse", "2023-05-31", "complete"),
        ("2", "3", "Chief Nurse", "2023-07-31", "in_progress"),
        ("1", "8", "Head of Community Care", "2023-09-30", "not_started"),
    ]
    assert doc.actions[1].action.startswith("Add the contact")
    assert [r.ref for r in doc.recommendations] == ["3", "8"]
    assert len({a.id for a in doc.actions}) == 3


def test_a_table_of_single_actions_keeps_its_row_numbers():
    rows = [
        ("1", "The Trust should train staff.", "1. Deliver training.", "Lead", "May 2023", "Complete"),
        (
            "2",
            "The Trust should audit notes.",
            "Audit twenty sets of notes.",
            "Lead",
            "June 2023",
            "Complete",
        ),
    ]
    text = "Trust action plan\n\n" + "\t".join(HEADER) + "\n" + "\n".join("\t".join(r) for r in rows) + "\n"
    doc = dhrparse.extract(text)
    assert [a.ref for a in doc.actions] == ["1", "2"]


def test_each_lettered_action_is_an_action_its_letter_its_ref():
    # (a Board's plan lettering a recommendation's actions "(a)", "(b)" in one cell, the targets
    # and the states lettered alike in theirs)
    rows = [
        (
            "3",
            "The Trust should tell families who to contact.",
            "(a) Name a contact on each ward. (b) Add the contact to the admission letter.",
            "Chief Nurse",
            "(a) 31.05.2023 (b) 31.07.2023",
            "(a) Complete – contacts named (b) In progress – letter redrafted",
        ),
    ]
    text = "Trust action plan\n\n" + "\t".join(HEADER) + "\n" + "\n".join("\t".join(r) for r in rows) + "\n"
    doc = dhrparse.extract(text)
    got = [(a.ref, a.recommendation_ref, a.target_date.start, a.status.value) for a in doc.actions]
    assert got == [("a", "3", "2023-05-31", "complete"), ("b", "3", "2023-07-31", "in_progress")]
    assert doc.actions[1].action.startswith("Add the contact")
