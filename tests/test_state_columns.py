"""Plans whose state is not written in a status column: an "X" in one of three columns headed by
states under one merged name ("Progress at 30 September 2025" over Not started | In progress |
Complete; plan.sub_headers joins the two header rows, plan.state_columns reads the mark), and
plans stating progress in an assurance rating ("Fully met / Partly met / Not met") or a delivery
key's words ("Delivered / In delivery / Scheduled"), read through patterns/actions.toml [status].
Zoo documents of heldout37's families 1, 3 and 4, in our own words."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import extracted_json

from dhrparse.document import Line
from dhrparse.patterns import load_patterns
from dhrparse.plan.state_columns import marked_state
from dhrparse.plan.status import normalise_status
from dhrparse.plan.sub_headers import join_sub_headers
from dhrparse.plan.tables import ColumnMap

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"
MARKS = "sfo_summary_mark_progress_columns_brackenfold"
RATINGS = "dhr_assurance_plan_ref_last_met_ratings_hollinsby"
DELIVERY = "cspr_plan_delivery_words_term_dates_marrowfield"
COLUMNS = [
    "recommendation_ref",
    "action",
    "lead",
    "target_date",
    "extra:Not started",
    "extra:In progress",
    "extra:Complete",
]


def _row(number: int, cells: list[str]) -> Line:
    return Line(number, "\t".join(cells), cells=cells)


def test_state_names_under_a_merged_name_make_one_header():
    top = ["Rec", "Action", "Responsible", "Completion by", "Progress at 30 September 2025", "", ""]
    sub = ["", "", "", "", "Not started", "In progress", "Complete"]
    body = ["1", "Add a check.", "Head of Service", "31 Jan 2026", "", "X", ""]
    got = join_sub_headers([_row(1, top), _row(2, sub), _row(3, body)], ColumnMap(load_patterns()))
    assert got[0].cells == [
        "Rec",
        "Action",
        "Responsible",
        "Completion by",
        "Not started",
        "In progress",
        "Complete",
    ]
    assert ColumnMap(load_patterns()).field_of("Completion by") == "target_date"


def test_the_marked_column_names_the_state():
    p = load_patterns()
    assert marked_state(COLUMNS, {"In progress": "X"}, p) == "In progress"
    assert marked_state(COLUMNS, {"Complete": "✔"}, p) == "Complete"


@pytest.mark.parametrize(
    "extra",
    [{}, {"In progress": "X", "Complete": "X"}, {"Complete": "March 2025"}],
)
def test_no_mark_or_two_marks_or_words_say_nothing(extra):
    assert marked_state(COLUMNS, extra, load_patterns()) is None


def test_one_state_column_is_no_choice():
    assert marked_state(["action", "extra:Complete"], {"Complete": "X"}, load_patterns()) is None


@pytest.mark.parametrize(
    ("cell", "value"),
    [
        ("Fully met", "complete"),
        ("Partly met", "in_progress"),
        ("Not met", "not_started"),
        ("Delivered", "complete"),
        ("In delivery", "in_progress"),
        ("Scheduled", "not_started"),
        ("Not yet delivered", "not_started"),
    ],
)
def test_rating_and_delivery_words_are_states(cell, value):
    assert normalise_status(cell).value == value


@pytest.mark.parametrize("ext", ["pdf", "docx"])
@pytest.mark.parametrize(
    ("stem", "statuses"),
    [
        (MARKS, ["complete", "in_progress", "not_started", "not_started", "in_progress"]),
        (RATINGS, ["in_progress", "complete", "complete", "not_started", "in_progress"]),
        (DELIVERY, ["in_progress", "complete", "not_started", "complete"]),
    ],
)
def test_every_action_has_its_state(stem, statuses, ext):
    doc = extracted_json(PENDING / f"{stem}.{ext}")
    assert [a["status"]["value"] for a in doc["actions"]] == statuses


@pytest.mark.parametrize("ext", ["txt", "pdf", "docx", "corpus.txt"])
def test_bracketed_numbers_are_the_recommendations_refs(ext):
    doc = extracted_json(PENDING / f"{MARKS}.{ext}")
    assert [r["ref"] for r in doc["recommendations"]] == ["1", "2", "3"]
