"""A DHR plan written as a two-level numbered list with no table (the zoo's pending
dhr_plan_numbered_list_position_lines_saltcombe): bold "1." recommendations, "1.1" actions under
them, each action followed by one line of labels "Lead: … Due: … Position: …". The list is read as
labelled blocks (plan.list_plans): the "1." paragraphs are the recommendations, the "1.1" ones
the actions, each with the lead, due date and position its label line gives, on the PDF, Word and
corpus-text routes (the label line of action 3.2 printed over the page break), and since session 41 on
the plain text route too, where pdftotext prints each number apart from its paragraph and often a
few lines early, the labels a line each and a wrapped position ("Not" / "commenced") apart."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import extracted

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"
STEM = "dhr_plan_numbered_list_position_lines_saltcombe"


@pytest.mark.parametrize("suffix", [".pdf", ".docx", ".corpus.txt", ".txt"])
def test_the_numbered_list_is_the_plan(suffix):
    doc = extracted(PENDING / f"{STEM}{suffix}")
    assert [r.ref for r in doc.recommendations] == ["1", "2", "3", "4"]
    rows = [(a.ref, a.recommendation_ref, a.lead, a.status.raw) for a in doc.actions]
    assert [r[0] for r in rows] == ["1.1", "1.2", "2.1", "2.2", "3.1", "3.2", "3.3", "4.1"]
    assert all(ref.split(".")[0] == rec for ref, rec, _, _ in rows)
    assert rows[5][2:] == ("Repairs Systems Manager", "On track")  # (its label line on page 2)
    assert [a.target_date.raw for a in doc.actions][:4] == [
        "31 March 2026",
        "June 2026",
        "30 April 2026",
        "Quarterly from July 2026",
    ]


def test_a_numbered_report_without_label_lines_is_no_list_plan():
    from dhrparse.lines import Line
    from dhrparse.patterns import load_patterns
    from dhrparse.plan.list_plans import ListPlans
    from dhrparse.plan.tables import ColumnMap

    p = load_patterns()
    lines = [
        Line(1, "1. The partnership should ask for training."),
        Line(2, "1.1 Training was reviewed by the board in 2024."),
        Line(3, "1.2 The board agreed a new course."),
    ]
    plans = ListPlans(ColumnMap(p), p.get("actions.plan.cell_labels"))
    assert plans.rewrite(lines) == lines


def test_the_papers_own_numbered_paragraphs_stay_as_printed():
    from dhrparse.lines import Line
    from dhrparse.patterns import load_patterns
    from dhrparse.plan.list_plans import ListPlans
    from dhrparse.plan.tables import ColumnMap

    p = load_patterns()
    texts = [
        "1. Purpose of this plan",
        "2. Recommendations and actions",
        "1. The partnership should train its staff.",
        "1.1 Add a session to the course.",
        "Lead: Training Officer Due: June 2026 Position: Achieved",
        "1.2 Write a guide.",
        "Lead: Coordinator Due: 30 May 2026 Position: Delayed",
    ]
    lines = [Line(n, t) for n, t in enumerate(texts, 1)]
    out = [ln.text for ln in ListPlans(ColumnMap(p), p.get("actions.plan.cell_labels")).rewrite(lines)]
    assert out[:4] == [
        "1. Purpose of this plan",
        "2. Recommendations and actions",
        "Recommendation 1: The partnership should train its staff.",
        "Action 1.1: Add a session to the course.",
    ]
    assert out[4:7] == ["Lead: Training Officer", "Due: June 2026", "Position: Achieved"]


def test_on_plain_text_a_wrapped_position_goes_back_to_its_label():
    doc = extracted(PENDING / f"{STEM}.txt")
    row = next(a for a in doc.actions if a.ref == "3.3")
    assert (row.lead, row.status.raw) == ("Tenancy Quality Lead", "Not commenced")
    assert not any(
        "Version 3" in (a.progress or "") for a in doc.actions
    )  # (the paper's line after the list)


def test_a_cells_owner_and_when_lines_under_numbered_actions_are_no_list_plan():
    # (a plan table's action cell printed "1.1 Agree ..." over "Owner: ..." and "When: ..." a line
    # each, its numbers with their words: the cell's lines, not a list's label line; the session
    # 41 first reading of labels a line each read the corpus text of
    # pending/sab_plan_action_cell_owner_when_state_over_note_kestlebury so, dates gone wrong)
    from dhrparse.lines import Line
    from dhrparse.patterns import load_patterns
    from dhrparse.plan.list_plans import ListPlans
    from dhrparse.plan.tables import ColumnMap

    p = load_patterns()
    texts = [
        "1. The Board should make sure that referrals are discussed.",
        "1.1 Agree terms of reference for a panel.",
        "Owner: Head of Adult Safeguarding",
        "When: September 2025",
        "1.2 Write referral criteria for the panel.",
        "Owner: SAB Business Manager",
        "When: November 2025",
    ]
    lines = [Line(n, t) for n, t in enumerate(texts, 1)]
    assert ListPlans(ColumnMap(p), p.get("actions.plan.cell_labels")).rewrite(lines) == lines


def test_a_tables_action_cells_printed_apart_from_their_numbers_are_no_list_plan():
    # (plain text of pending kestlebury: "1.1" alone over the action, "Owner:" and "When:" lines,
    # its status in another column: read as the table it is, not rewritten as a list)
    doc = extracted(PENDING / "sab_plan_action_cell_owner_when_state_over_note_kestlebury.txt")
    assert [a.ref for a in doc.actions] == ["1.1", "1.2", "2.1", "2.2", "3.1", "3.2", "4.1", "4.2"]
    assert doc.actions[1].target_date.raw == "November 2025"
