"""Where a plan printed as column-interleaved text ends: its last row takes nothing from what
the report prints after the plan (an appendix, a glossary, a combined file's next report).

The fixtures (tests/fixtures/plan_end/) are text exports of the PDF family the interleaved
reader handles (each cell's wrapped lines one after another, a trailing space on wrapped
lines, a blank line between printed lines, a running footer per page): fictional reviews.
"""

from __future__ import annotations

from pathlib import Path

from dhrparse.models import Document
from dhrparse.pipeline import extract

HERE = Path(__file__).resolve().parent / "fixtures" / "plan_end"


def _read(name: str) -> Document:
    return extract(HERE / name)


def _cells(action) -> str:
    """Every cell text of an action row, joined."""
    parts = [action.action, action.lead, action.desired_outcome, action.monitoring, action.success_measure]
    parts += [action.progress, action.target_date.raw if action.target_date else None]
    return " ".join(p for p in parts if p)


def test_last_row_stops_at_the_appendix_after_the_plan():
    # the plan's last row prints no status; "Appendix 2: Terms of Reference" follows, then a glossary
    doc = _read("plan_then_appendices.txt")
    acts = {a.ref: a for a in doc.actions}
    assert set(acts) == {"1.1", "1.2"}  # the terms of reference's numbered items are no plan rows
    last = acts["1.2"]
    assert last.progress == "Two of the four briefings have taken place; the rest are booked for the autumn."
    assert last.lead == "Harbridge Homes Tenancy Services"
    for a in doc.actions:
        text = _cells(a)
        for printed_after in ("Terms of Reference", "Thornley", "Glossary", "Independent Domestic Violence"):
            assert printed_after not in text, (a.ref, printed_after)


def test_last_row_stops_at_the_last_page_of_a_combined_files_plan():
    # the first report's plan ends on its footer's last page ("Page 14 of 14") with a row whose
    # later cells are blank; the next report's title page, contents and sections follow
    doc = _read("plan_then_next_report.txt")
    acts = {a.ref: a for a in doc.actions}
    assert set(acts) == {"1.1", "2.1", "2.2"}  # the next report's contents lines are no plan rows
    last = acts["2.2"]
    assert last.action == "Review the referral form used by GP practices to send concerns to the MARAC"
    assert last.lead == "Westmoor Clinical Commissioning Group"
    assert last.target_date is None  # (not the next report's "Completed: February 2023")
    for a in doc.actions:
        text = _cells(a)
        for printed_after in ("Domestic Homicide Review", "Executive Summary", "Penhale", "Introduction"):
            assert printed_after not in text, (a.ref, printed_after)


def test_a_lead_printed_as_a_capitalised_line_and_a_page_break_inside_the_row_keep_it_open():
    # "HARBRIDGE HOMES" and "TENANCY SERVICES TEAM" stand alone in capitals after the action's
    # full stop (the segmenter takes them for headings), and a page breaks inside the second
    # row: the rows read on, and the plan still ends at the appendix
    doc = _read("plan_caps_lead_split_by_page.txt")
    acts = {a.ref: a for a in doc.actions}
    assert set(acts) == {"1.1", "1.2"}
    first = acts["1.1"]
    assert (first.lead, first.target_date.raw) == ("HARBRIDGE HOMES", "Jun-21")
    assert first.status.raw == "Action completed"
    row = acts["1.2"]
    assert row.lead == "TENANCY SERVICES TEAM"
    assert row.target_date.raw == "Dec-21"
    assert (
        row.desired_outcome == "Housing officers recognise coercive control and refer to specialist services"
    )
    assert row.progress == "Two of the four briefings have taken place; the rest are booked for the autumn."
    assert "Terms of Reference" not in _cells(row)
