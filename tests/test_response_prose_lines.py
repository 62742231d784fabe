"""A recommendations table's "Partnership response" column in prose ("Accepted. A short guide ...")
printed a line at a time by `pdftotext -layout` in a narrow column: three or four words a line, yet
prose, not a verdict; it is the row's action where no column is headed as one. A column of bare
verdicts ("Accepted", "Partially" over "accepted") stays none (plan.column_roles._in_prose)."""

from __future__ import annotations

from pathlib import Path

from dhrparse.patterns import load_patterns
from dhrparse.pipeline import extract
from dhrparse.plan.column_roles import ColumnRoles

P = load_patterns()
ROLES = ColumnRoles(P)
PENDING = Path(__file__).parent / "zoo" / "pending"
HEADERS = ["No.", "Recommendation", "Partnership response", "Lead", "By when", "Status"]
FIELDS = ["ref", "recommendation", None, "lead", "target_date", "status"]


def _columns(response: list[str]) -> list[list[str]]:
    n = len(response)
    return [
        ["1"] * n,
        ["The Board should ask"] * n,
        response,
        ["Head of service"] * n,
        ["Jun 2025"] * n,
        ["Complete"] * n,
    ]


def test_a_narrow_response_column_printed_a_line_at_a_time_is_the_action():
    lines = ["Accepted. A short guide on", "asking about the men", "in a home will go", "to all teams."]
    assert ROLES.decide(HEADERS, FIELDS, _columns(lines))[2] == "action"


def test_a_column_of_verdicts_wrapped_in_a_narrow_column_is_no_action():
    lines = ["Accepted", "Partially", "accepted", "Not accepted"]
    assert ROLES.decide(HEADERS, FIELDS, _columns(lines))[2] != "action"


def test_the_layout_stand_in_reads_each_response_as_its_rows_action():
    actions = extract(PENDING / "lcspr_date_time_contact_detail_response_table.txt").actions
    assert [a.action.split(".")[0] for a in actions] == ["Accepted"] * 4
    assert actions[1].action.startswith("Accepted. The service will add a prompt")
