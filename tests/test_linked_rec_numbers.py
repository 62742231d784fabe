"""A CSPR's local plan printed one table per agency, "No. | Action | Lead | Rec. | By when |
Status", in corpus text (each printed line's cells joined by single spaces): the Rec. column,
right of the action it answers under a ref column numbering the actions, holds the number of
the report's recommendation each action answers, never words (plan.linked_numbers). So a row's
first line "Brief all ... Head of Service 1 Jun 2025 Complete" is cut with "Head of Service" the
lead, "1" the Rec. cell and "Jun 2025" the date, not "Service" a recommendation of its own and
"1 Jun 2025" the date; and each agency's header printed again under its heading is the table's
own (plan.narrow_sections._same_header, read as the table's header reads).

The document is the pending zoo's (build_cspr_learning_boxes_linked_rec_column_wide_dates.py)."""

from __future__ import annotations

from pathlib import Path

from dhrparse.pipeline import extract
from dhrparse.plan.linked_numbers import LINKED, linked_columns, number_fit

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"
STEM = "cspr_learning_boxes_linked_rec_column_wide_dates_orrinwick"


def test_a_rec_column_right_of_the_action_numbers_the_recommendations():
    cols = ["ref", "action", "lead", "recommendation", "target_date", "status"]
    assert linked_columns(cols) == ["ref", "action", "lead", LINKED, "target_date", "status"]


def test_a_recommendation_column_left_of_the_action_keeps_its_words():
    cols = ["ref", "recommendation", "action", "lead", "target_date", "status"]
    assert linked_columns(cols) == cols
    assert linked_columns(["recommendation", "action", "lead", "status"])[0] == "recommendation"


def test_a_linked_cell_is_a_number_alone():
    assert number_fit("3") < 0 and number_fit("R2") < 0
    assert number_fit("Manager 3") > 0 and number_fit("Service") > 0


def test_only_the_run_ins_are_recommendations():
    doc = extract(PENDING / f"{STEM}.corpus.txt")
    assert [(r.ref, r.level) for r in doc.recommendations] == [(str(n), "overview") for n in range(1, 5)]


def test_each_action_keeps_its_lead_date_and_recommendation():
    doc = extract(PENDING / f"{STEM}.corpus.txt")
    rows = [(a.lead, a.recommendation_ref, a.target_date.raw if a.target_date else None) for a in doc.actions]
    assert rows[0] == ("Head of Service", "1", "Jun 2025")
    assert rows[1] == ("Service Manager", "3", "30/09/2025")
    assert [r[1] for r in rows] == ["1", "3", "2", "2", "3", "1", "4"]
