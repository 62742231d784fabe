"""Column roles: header synonyms are evidence, the cells decide."""

from __future__ import annotations

import pytest

from dhrparse.pipeline import extract
from dhrparse.plan.column_roles import ColumnRoles
from dhrparse.plan.tables import column_map


@pytest.fixture(scope="module")
def roles(patterns):
    return ColumnRoles(patterns)


def _decide(roles, patterns, headers, *rows):
    cm = column_map(patterns)
    fields = [cm.field_of(h) for h in headers]
    columns = [list(col) for col in zip(*rows)]
    return roles.decide(headers, fields, columns)


def test_a_column_of_numbers_without_a_header_is_the_ref(roles, patterns):
    cols = _decide(
        roles,
        patterns,
        ["", "Action", "Lead", "Target date"],
        ["1", "Train staff on coercive control.", "Trust Safeguarding Lead", "March 2023"],
        ["2", "Audit records every quarter.", "Named Nurse", "June 2023"],
    )
    assert cols == ["ref", "action", "lead", "target_date"]


def test_unknown_headers_are_decided_by_their_cells(roles, patterns):
    cols = _decide(
        roles,
        patterns,
        ["Item", "Action", "Who", "When", "Where are we"],
        ["1", "Train staff.", "Northvale Police", "March 2023", "Complete"],
        ["2", "Audit records.", "Eastmoor Borough Council", "Ongoing", "Amber"],
    )
    assert cols == ["ref", "action", "lead", "target_date", "status"]


@pytest.mark.parametrize(
    "cells,role",
    [
        (["Complete", "Green", "In progress"], "status"),
        (["G", "A", "R"], "status"),
        (
            [
                "Completed in May; leaflets reprinted.",
                "In progress – draft with the board.",
                "Not started yet.",
            ],
            "status",
        ),
        (
            [
                "Victims receive a consistent response.",
                "Officers recognise repeat calls.",
                "Staff ask about abuse.",
            ],
            "desired_outcome",
        ),
    ],
)
def test_an_outcome_column_is_status_or_aims_by_its_cells(roles, patterns, cells, role):
    rows = [[str(k + 1), "Train staff.", "Police", "March 2023", c] for k, c in enumerate(cells)]
    cols = _decide(roles, patterns, ["No.", "Action", "Lead", "Target date", "Outcome"], *rows)
    assert cols[-1] == role


def test_a_progress_column_opening_with_a_state_stays_progress(roles, patterns):
    rows = [["1", "Train staff.", "Police", "March 2023", "Completed in May; forty staff trained so far."]]
    assert (
        _decide(roles, patterns, ["No.", "Action", "Lead", "Target date", "Progress"], *rows)[-1]
        == "progress"
    )


def test_an_unknown_column_keeps_its_printed_header(roles, patterns):
    rows = [["1", "Train staff.", "Police", "March 2023", "Discussed at the board in May with partners."]]
    assert (
        _decide(roles, patterns, ["No.", "Action", "Lead", "Target date", "Board notes"], *rows)[-1]
        == "extra:Board notes"
    )


def test_status_judged_from_the_date_column_names_the_cell():
    text = (
        "Action plan\n\nRef\tAction\tLead\tTarget date\tStatus\n"
        "1\tTrain staff on coercive control.\tTrust Safeguarding Lead\tComplete\t\n"
        "2\tAudit records every quarter.\tNamed Nurse\tJune 2023\tIn progress\n"
    )
    first, second = extract(text, name="plan.txt").actions
    assert (first.status.value, first.status.judged_from) == ("complete", "target date: Complete")
    assert (second.status.value, second.status.judged_from) == ("in_progress", None)


def test_a_code_column_merged_down_beside_the_ref_column_numbers_the_recommendations(roles, patterns):
    # "Rec" (R1, R2) merged over each recommendation's actions, "Ref" numbering the actions
    cols = _decide(
        roles,
        patterns,
        ["Rec", "Recommendation", "Ref", "Action", "Lead", "Target date"],
        ["R1", "The Board should seek assurance.", "1a", "Audit ten cases.", "Chair", "June 2024"],
        ["", "", "1b", "Brief the panel.", "Board Manager", "July 2024"],
        ["R2", "The council should review.", "2a", "Revise the form.", "Head of Service", "May 2024"],
    )
    assert cols[:3] == ["recommendation_ref", "recommendation", "ref"]


def test_a_rec_column_of_codes_filled_on_every_row_still_names_the_recommendation(roles, patterns):
    # one action per recommendation: "Rec" R1, R2 beside "Ref" 1a, 2a numbering the actions
    cols = _decide(
        roles,
        patterns,
        ["Rec", "Action", "Ref", "Lead"],
        ["R1", "Audit ten cases.", "1a", "Chair"],
        ["R2", "Revise the form.", "2a", "Head of Service"],
    )
    assert cols == ["recommendation_ref", "action", "ref", "lead"]


def test_a_closed_flag_column_is_the_status_and_rec_no_beside_an_id_is_the_recommendation(roles, patterns):
    cols = _decide(
        roles,
        patterns,
        ["ID", "Rec no.", "Action", "Lead officer", "Target date", "Revised date", "Update", "Closed (Y/N)"],
        ["TR-11", "1", "Train staff.", "Service Manager", "30/06/2024", "", "Done 12/06.", "Y"],
        ["TR-12", "1", "Audit records.", "Service Manager", "30/09/2024", "31/12/2024", "Half done.", "N"],
        ["TR-13", "2", "Write a leaflet.", "Comms Officer", "31/10/2024", "", "", "N"],
    )
    assert cols[:5] == ["ref", "recommendation_ref", "action", "lead", "target_date"]
    assert cols[5] == "extra:Revised date"  # a revision is not the target
    assert cols[7] == "status"


def test_y_n_cells_under_a_header_that_is_no_completion_flag_stay_extra(roles, patterns):
    cols = _decide(
        roles,
        patterns,
        ["Ref", "Action", "Lead", "Target date", "Funding needed"],
        ["1", "Train staff.", "Service Manager", "30/06/2024", "Y"],
        ["2", "Audit records.", "Service Manager", "30/09/2024", "N"],
    )
    assert cols[4] == "extra:Funding needed"


def test_an_action_column_of_refs_beside_the_actions_words_numbers_them(roles, patterns):
    # (a Scottish improvement plan: "Action" over "1(a)", the words under "Improvement action")
    cols = _decide(
        roles,
        patterns,
        ["Rec", "Action", "Improvement action", "Action owner", "Target"],
        ["1", "1(a)", "Add threats to the review triggers.", "Team Leader", "Dec-25"],
        ["", "1(b)", "Train every care coordinator.", "Practice Nurse", "Mar-26"],
        ["2", "2(a)", "Send letters on the day of discharge.", "Ward Manager", "Jan-26"],
    )
    assert cols[1:3] == ["ref", "action"]


def test_two_action_columns_of_words_stay_actions(roles, patterns):
    cols = _decide(
        roles,
        patterns,
        ["Action", "Improvement action", "Lead"],
        ["Train staff.", "Add threats to the review triggers.", "Team Leader"],
        ["Audit records.", "Send letters on the day of discharge.", "Ward Manager"],
    )
    assert "ref" not in cols
