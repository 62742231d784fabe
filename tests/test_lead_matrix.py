"""Plans marking who does each action in a run of agency columns, a lead / support matrix
(plan.lead_matrix): "L" in the lead's column and "S" in each supporter's, or the words "Lead" and
"Support", a key above the table naming the body behind each short head ("Police = …"); and the
"Signed off" status such plans close an action with. Pending zoo documents of heldout44's family 1
in our own words, and small Word tables of our own."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from conftest import extracted_json
from docx_build import paragraphs_and_table

import dhrparse
from dhrparse.plan.status import normalise_status

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"
L_S = "dhr_plan_agency_matrix_l_s_marks_merged_recs_nimbus_landscape_pellinford"
WORDS = "sar_plan_agency_matrix_lead_support_words_portrait_dejavu_harrowmead"
KEY = "Agency columns. Police = Tarnvale Constabulary; Health = the Ridgeford ICB; Housing = Ridgeford Homes."
HEADER = ["Ref", "Action", "Police", "Health", "Housing", "Target", "Status"]


def _leads(paragraphs, header, rows) -> tuple[list, list]:
    doc = dhrparse.extract(
        io.BytesIO(paragraphs_and_table(paragraphs, header, rows)).getvalue(), name="m.docx"
    )
    return [a.lead for a in doc.actions], [w.message for w in doc.warnings if w.code == "plan_cell_uncertain"]


@pytest.mark.parametrize("route", ["pdf", "docx"])
@pytest.mark.parametrize(
    ("stem", "leads"),
    [
        (L_S, ["Brackmere Constabulary", "Pellinford and Wold Integrated Care Board", "Pellinford Homes"]),
        (WORDS, ["Adult Services, Harrowmead County Council", "Tolvercombe Community Health NHS Trust"]),
    ],
)
def test_the_lead_is_the_body_the_key_names_behind_the_marked_column(stem, leads, route):
    got = extracted_json(PENDING / f"{stem}.{route}")["actions"]
    assert [a["lead"] for a in got[: len(leads)]] == leads


@pytest.mark.parametrize("route", ["pdf", "docx"])
def test_signed_off_closes_the_action(route):
    got = extracted_json(PENDING / f"{L_S}.{route}")["actions"]
    assert [a["status"]["value"] for a in got][:4] == ["complete", "in_progress", "not_started", "complete"]


def test_supporting_agencies_are_never_the_lead():
    rows = [["1.1", "Brief officers on the new checklist", "S", "L", "S", "Dec 2024", "In progress"]]
    leads, _ = _leads([KEY], HEADER, rows)
    assert leads == ["Ridgeford ICB"]


def test_two_lead_marks_leave_the_lead_unread_and_told():
    rows = [
        ["1.1", "Brief officers on the new checklist", "L", "L", "", "Dec 2024", "In progress"],
        ["1.2", "Audit twenty case files for the checklist", "S", "", "L", "Mar 2025", "Not started"],
    ]
    leads, told = _leads([KEY], HEADER, rows)
    assert leads == [None, "Ridgeford Homes"]
    assert any("lead marks in Police, Health" in m for m in told)


def test_a_column_head_stands_for_itself_where_no_key_names_it():
    rows = [["1.1", "Brief officers on the new checklist", "L", "S", "", "Dec 2024", "In progress"]]
    leads, _ = _leads(["Progress is reported every quarter."], HEADER, rows)
    assert leads == ["Police"]


def test_tick_columns_under_heads_that_are_no_agencies_name_no_lead():
    header = ["Ref", "Action", "Lead officer", "Accepted", "Funded", "Status"]
    rows = [
        ["1.1", "Brief officers on the new checklist", "Head of Training", "✓", "", "In progress"],
        ["1.2", "Audit twenty case files", "Quality Lead", "✓", "✓", "Not started"],
    ]
    leads, _ = _leads([], header, rows)
    assert leads == ["Head of Training", "Quality Lead"]


@pytest.mark.parametrize(
    ("cell", "value"),
    [
        ("Signed off", "complete"),
        ("Signed off.", "complete"),
        ("Not signed off", "not_started"),
        ("Not yet signed off", "not_started"),
    ],
)
def test_a_panels_sign_off_is_the_actions_state(cell, value):
    assert normalise_status(cell).value == value


@pytest.mark.parametrize("note", ["Campaign plan signed off", "Signed off by the Committee, October 2024."])
def test_a_sign_off_in_a_sentence_states_no_rows_state(note):
    assert normalise_status(note).value != "complete"


def test_one_tick_names_the_agency_that_acts_and_two_name_no_lead():
    header = ["Ref", "Action", "Target", "Police", "Health", "Housing", "Status"]
    rows = [
        ["1.1", "Brief officers on the new checklist", "Dec 2024", "✓", "", "", "In progress"],
        ["1.2", "Audit twenty case files for the checklist", "Mar 2025", "", "✓", "✓", "Not started"],
    ]
    leads, told = _leads([KEY], header, rows)
    assert leads == ["Tarnvale Constabulary", None]
    assert any("Health, Housing" in m for m in told)
