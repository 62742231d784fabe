"""Row numbers of a spaced plan table printed in a run ("1b" / "2a") before their rows' cells
(plan.number_runs with plan.line_rounds): the lines after the run are shared out among the
rows, as rows printed one after another, or in two parts (every row's left cells, then every
row's right cells); where neither reads every row cleanly, no row is guessed at.

`two_parts.txt`, `rows_mixed.txt` and `statuses_met.txt` are genuine LibreOffice -> plain pdftotext exports
(tests/fixtures/number_runs/build.py); the one-after-another order is written here the way
plain pdftotext prints it (each printed line a block of its own, a blank line between)."""

from __future__ import annotations

from pathlib import Path

import pytest

from dhrparse import extract
from dhrparse.patterns import load_patterns
from dhrparse.plan.column_roles import ColumnRoles
from dhrparse.plan.number_runs import cells_hold, in_turn
from dhrparse.plan.round_fit import Reading

HERE = Path(__file__).parent / "fixtures" / "number_runs"


def _untold(doc) -> list[str]:
    return [w.message.split("'")[1] for w in doc.warnings if w.code == "plan_cells_untold"]


def test_rows_printed_in_two_parts_after_their_numbers_are_read():
    doc = extract(HERE / "two_parts.txt")
    assert [a.ref for a in doc.actions] == ["1.1", "1.2", "2.1"]
    brief, audit = doc.actions[1], doc.actions[2]
    assert brief.action == "Brief team managers on the practice note."
    assert brief.lead == "Head of Adult Care, Brinley Council"
    assert brief.target_date.raw == "Q2 2024/25"
    assert brief.status.raw == "Green"
    # the last line of the action, printed after both rows' right cells, is the last row's
    assert audit.action == "Audit twenty closed enquiries for evidence that the carer was seen."
    assert audit.lead == "Board Quality Group"
    assert audit.target_date.raw == "31/03/2025"
    assert audit.status.raw == "Amber"
    assert not _untold(doc)


def test_rows_whose_cells_print_among_a_later_rows_are_not_guessed():
    # (row 3's short cells print among row 2's lines: any cut would give a row another's cells)
    doc = extract(HERE / "rows_mixed.txt")
    assert [a.ref for a in doc.actions] == ["1.1"]
    assert _untold(doc) == ["1", "2", "3"]


def _spaced(lines: list[str]) -> str:
    return "".join(f"{ln}\n\n" for ln in lines)


def _rounds(cells: list[list[str]]) -> list[str]:
    """One row printed a line at a time across its cells (the first line of every cell, then
    the second of every cell that has one ...)."""
    out = []
    for k in range(max(len(c) for c in cells)):
        out.extend(c[k] for c in cells if k < len(c))
    return out


HEADER = ["Ref", "Action", "Lead", "Target date", "Progress", "Status"]
TALL = [
    ["Publish a leaflet for carers on where", "to turn when caring becomes unsafe."],
    ["Board Business", "Manager and the", "Ashcote Carers", "Centre Lead"],
    ["March 2025"],
    ["Leaflet drafted and shown to the", "carers' forum in January."],
    ["In progress"],
]
SECOND = [
    ["Add a question on the carer's own", "safety to the carer's assessment."],
    ["Head of Adult Social", "Care"],
    ["June 2025"],
    ["Question agreed; the form is", "with the supplier."],
    ["Not started"],
]
THIRD = [
    ["Report to the Board on the number", "of carers' assessments that ask it."],
    ["Board Quality and", "Audit Group"],
    ["December 2025"],
    ["Not yet due; the first", "figures come in the autumn."],
    ["Not started"],
]


def test_rows_printed_one_after_another_after_their_numbers_are_read():
    lines = ["Ashcote Safeguarding Adults Board – action plan", *HEADER, "1a", *_rounds(TALL)]
    lines += ["1b", "2a", *_rounds(SECOND), *_rounds(THIRD)]
    doc = extract(_spaced(lines) + "\f")
    assert [a.ref for a in doc.actions] == ["1(a)", "1(b)", "2(a)"]
    second, third = doc.actions[1], doc.actions[2]
    assert second.action == "Add a question on the carer's own safety to the carer's assessment."
    assert second.lead == "Head of Adult Social Care"
    assert second.target_date.raw == "June 2025"
    assert second.status.raw == "Not started"
    assert third.action.startswith("Report to the Board on the number of carers'")
    assert third.lead == "Board Quality and Audit Group"
    assert third.target_date.raw == "December 2025"
    assert not _untold(doc)


def test_numbers_in_turn():
    assert in_turn("1b", "2a") and in_turn("4a", "4b") and in_turn("4b", "5")
    assert in_turn("1", "2") and in_turn("1", "1") and in_turn("1.2", "2")
    assert not in_turn("1b", "3") and not in_turn("2", "1") and not in_turn("4a", "4c")


@pytest.fixture(scope="module")
def roles():
    return ColumnRoles(load_patterns())


FIELDS = ["action", "lead", "target_date", "status"]


def _reading(*cells: tuple[str, ...]) -> Reading:
    return Reading(tuple(cells), sum(len(c) for c in cells), -1.0)


def test_a_run_row_holds_in_its_short_cells_only_what_they_hold(roles):
    ok = _reading(("Brief the team.",), ("Head of Service",), ("March 2025",), ("Green –", "complete"))
    assert cells_hold(ok, FIELDS, roles)
    # two rows' statuses and a lead met in one status cell
    met = _reading(
        ("Brief the team.",),
        ("Head of Service",),
        ("March 2025",),
        ("Amber", "Independent Chair", "Completed"),
    )
    assert not cells_hold(met, FIELDS, roles)
    # a date with another cell's line after it
    late = _reading(("Brief the team.",), ("Head of Service",), ("Q2 2024/25", "practice note."), ("Green",))
    assert not cells_hold(late, FIELDS, roles)
    # a status line in the lead's cell
    lead = _reading(("Brief the team.",), ("Head of Service,", "Green"), ("March 2025",), ())
    assert not cells_hold(lead, FIELDS, roles)


def test_a_status_cell_meeting_several_rows_statuses_is_no_rows():
    # (read as rounds, row 2 would take rows 3 and 4's leads, dates and statuses:
    # "Complete" / "Not started" / "Complete" is three statuses, no one cell's)
    doc = extract(HERE / "statuses_met.txt")
    assert [a.ref for a in doc.actions] == ["1"]
    assert _untold(doc) == ["2", "3", "4"]


SPLIT_HEADER = ["Rec", "Recommendation", "Action", "Lead", "Target", "Progress", "Status"]
FIRST_ROW = [
    [
        "The Board should make sure that",
        "the duty team checks the carer's",
        "own needs before closing a case.",
    ],
    ["Revise the closure checklist and", "circulate"],
    ["Duty Team", "Manager"],
    ["Dec 2015"],
    ["Checklist revised and agreed at the", "team meeting on 9th December."],
    ["Green – complete"],
]


def test_a_row_whose_date_sits_a_round_lower_is_read_in_two_parts():
    # the row's recommendation, action and lead cells as rounds, then its target, progress and
    # status cells, the recommendation's last lines among the progress's
    second = [
        "The Partnership should",
        "Commission multi-agency",
        "Community Safety",
        "commission training on coercion at",
        "training on separation and coercion",
        "Manager",
        "Sept 2016",
        "Funding not yet identified. Bid",
        "Red",
        "submitted to the Police and Crime",
        "the point of separation for",
        "Commissioner.",
        "frontline staff in all agencies.",
    ]
    lines = ["Appendix B: Action plan", *SPLIT_HEADER, "1", *_rounds(FIRST_ROW), "2", *second]
    doc = extract(_spaced(lines) + "\f")
    assert [a.ref for a in doc.actions] == ["1", "2"]
    row = doc.actions[1]
    # (split before the lead, "Community Safety" would read into the recommendation, the lead
    # be "Manager" and the action take the recommendation's lines)
    assert row.action == "Commission multi-agency training on separation and coercion"
    assert row.lead == "Community Safety Manager"
    assert row.target_date.raw == "Sept 2016"
    assert row.status.raw == "Red"
