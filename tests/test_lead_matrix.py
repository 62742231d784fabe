"""Plans marking who does each action in a run of agency columns, a lead / support matrix
(plan.lead_matrix): "L" in the lead's column and "S" in each supporter's, or the words "Lead" and
"Support", a key above the table naming the body behind each short head ("Police = …"); and the
"Signed off" status such plans close an action with. Pending zoo documents of heldout44's family 1
in our own words, and small Word tables of our own."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import extracted_json

from dhrparse.plan.status import normalise_status

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"
L_S = "dhr_plan_agency_matrix_l_s_marks_merged_recs_nimbus_landscape_pellinford"


@pytest.mark.parametrize("route", ["pdf", "docx"])
def test_signed_off_closes_the_action(route):
    got = extracted_json(PENDING / f"{L_S}.{route}")["actions"]
    assert [a["status"]["value"] for a in got][:4] == ["complete", "in_progress", "not_started", "complete"]


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
