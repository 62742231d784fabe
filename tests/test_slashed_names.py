"""A plan header naming one column by two names a slash joins ("Update / Outcome"), in text
whose printed lines join their cells (plan.slashed_names): the two names head one column, the
progress column, so the joined reader cuts the table's lines into as many cells as it prints.
Counted as two fields, the header told the wide reader of one column more than the table has."""

from __future__ import annotations

from pathlib import Path

import pytest

import dhrparse
from dhrparse.patterns import load_patterns
from dhrparse.plan.slashed_names import slashed_columns
from dhrparse.plan.tables import column_map

ZOO = Path(__file__).parent / "zoo" / "pending"


@pytest.fixture(scope="module")
def cm():
    return column_map(load_patterns())


def test_two_names_of_what_became_of_the_action_are_one_column(cm):
    text = "Recommendation Scope Action to take Lead agency Target date Update / Outcome"
    assert cm.scan(text)[-2:] == ["progress", "desired_outcome"]
    assert slashed_columns(cm, text, cm.scan(text)) == [
        "recommendation",
        "scope",
        "action",
        "lead",
        "target_date",
        "progress",
    ]
    text = "Ref Action Lead Progress / Status"
    assert slashed_columns(cm, text, cm.scan(text)) == ["ref", "action", "lead", "progress"]


def test_other_slashed_or_spaced_names_are_left_as_the_header_gives_them(cm):
    # (a slash inside one name is that name's; a recommendation and its action joined so is
    # another layout, the narrow reader's; two names side by side are two columns)
    for text in (
        "Ref Action Lead Completion date / RAG",
        "Recommendation / action Lead Target date",
        "Ref Action Lead Target date Progress Status",
    ):
        assert slashed_columns(cm, text, cm.scan(text)) == cm.scan(text)


def test_the_zoo_plan_is_read_with_six_named_columns_no_desired_outcome():
    """The template with an unheaded number column and an "Update / Outcome" column: no action
    takes a desired outcome from a column the table does not have, and the rows the cut reads
    whole keep their lead, date and status."""
    path = ZOO / "plan_unheaded_number_update_outcome.corpus.txt"
    doc = dhrparse.extract(path.read_text(encoding="utf-8"), name=path.name)
    actions = {a.recommendation_ref: a for a in doc.actions}
    assert all(a.desired_outcome is None for a in doc.actions)
    second = actions["2"]
    assert second.lead == "Orrinford Police"
    assert second.target_date.start == "2025-06-30"
    assert second.status.value == "in_progress"
