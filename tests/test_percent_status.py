"""A status cell holding only the share of the action done ("75%", "100 %", "0% complete"), as
trackers exported from spreadsheets print it (plan/status.py, patterns/actions.toml
[status] percent_cell): all of it is complete, none not started, any other share in progress."""

from __future__ import annotations

import pytest

from dhrparse.plan.status import normalise_status


@pytest.mark.parametrize(
    ("cell", "value"),
    [
        ("100%", "complete"),
        ("100 %", "complete"),
        ("0%", "not_started"),
        ("0% complete", "not_started"),
        ("75%", "in_progress"),
        ("10.5%", "in_progress"),
    ],
)
def test_a_share_done_is_a_state(cell, value):
    assert normalise_status(cell).value == value


@pytest.mark.parametrize("cell", ["150%", "75% of staff trained"])
def test_no_state_from_an_impossible_share_or_a_sentence(cell):
    # (a sentence quoting a share says how far one measure got, not the action's state)
    assert normalise_status(cell).value == "unknown"


# (the header names the share done and the cells are shares: plan.percent_columns; "Complete"
# alone is still no column's name, so a line opening with it is read as before)
def test_a_percent_complete_column_is_the_status(tmp_path):
    docx = pytest.importorskip("docx")
    from dhrparse.pipeline import extract

    document = docx.Document()
    document.add_paragraph("Brookhollow Safeguarding Adults Board – SAR 'Edwin' action tracker")
    table = document.add_table(rows=1, cols=5)
    for cell, name in zip(table.rows[0].cells, ["Rec", "Action", "Owner", "Target date", "% complete"]):
        cell.text = name
    for row in [
        (
            "1",
            "Write a self-neglect practice guide for home care staff",
            "Head of Adult Care",
            "30/06/2025",
            "100%",
        ),
        ("2", "Audit twelve capacity assessments", "Quality Assurance Lead", "30/09/2025", "50%"),
        ("3", "Hold two learning events for GP practices", "Designated Nurse", "31/12/2025", "0%"),
    ]:
        for cell, value in zip(table.add_row().cells, row):
            cell.text = value
    path = tmp_path / "tracker.docx"
    document.save(path)
    actions = extract(path).actions
    assert [(a.status.raw, a.status.value) for a in actions] == [
        ("100%", "complete"),
        ("50%", "in_progress"),
        ("0%", "not_started"),
    ]
