"""Which printed lines plan.unread_plans takes for a plan's header: a row of column names, not
a sentence that lists what the columns hold."""

from __future__ import annotations

import pytest

from dhrparse.patterns import load_patterns
from dhrparse.plan.tables import column_map
from dhrparse.plan.unread_plans import _header_fields


@pytest.fixture(scope="module")
def cm():
    return column_map(load_patterns())


def test_a_row_of_column_names_is_a_header(cm):
    fields = _header_fields(cm, "Recommendation Board response Lead By when Progress")
    assert fields is not None and "target_date" in fields


def test_a_sentence_listing_the_columns_is_no_header(cm):
    # the sentence before a board's response table says what its columns hold
    text = "full, what the Board will do, who leads, by when, and progress at 30 September 2025."
    assert _header_fields(cm, text) is None
    # one comma may sit inside a column's name
    assert _header_fields(cm, "Action Lead officer, agency Target date Status") is not None


def test_a_sentence_about_the_plan_is_no_header(cm):
    # the line under a board's plan says how its leads report: words of the columns, but a sentence
    text = "Leads report progress on each action to the Partnership Manager by the target date."
    assert _header_fields(cm, text) is None
    assert _header_fields(cm, "The lead agency reports the action status to the Board.") is None
    # a header whose last name happens to end with a full stop is still a header
    fields = _header_fields(cm, "No. Recommendation Action Lead Target date Progress to date.")
    assert fields is not None and "progress" in fields
