"""A Home Office template action plan in text taken out a printed line at a time (pdfplumber's
`extract_text`, each printed line followed by a blank line): the cells of a table line run
together with single spaces, so each cell is rebuilt from its lines by the columns' widths
(plan.joined_cells)."""

from __future__ import annotations

from plan_text import corpus_text, printed_rows

from dhrparse.pipeline import extract
from dhrparse.vocab.type_widths import Face

# (column name, width in ems)
COLUMNS = [
    ("Recommendation", 12.5),
    ("Scope", 3.7),
    ("Action to take", 15.3),
    ("Lead Agency", 7.3),
    ("Key milestones achieved", 11.5),
    ("Target Date", 5.3),
    ("Date of completion and Outcome", 14.5),
]
ROWS = [
    [
        "1. Recording repeat reports",
        "Local",
        "Write a recording standard for repeat reports",
        "BCSP Chair",
        "Standard drafted in May",
        "30/09/2024",
        "Completed September 2024",
    ],
    [
        "2. Private appointments",
        "Local",
        "Add a private appointment step to the housing checklist",
        "Brackenford Housing",
        "Checklist revised",
        "March 2025",
        "Ongoing – advisers briefed",
    ],
    [
        "3. Routine enquiry",
        "Local",
        "Send a practice bulletin on routine enquiry",
        "Northmere Surgeries",
        "Bulletin written",
        "31/12/2024",
        "Not started",
    ],
]


def _printed_table(face: Face) -> list[str]:
    """The table as pdfplumber prints it: each row's cells wrapped at their columns' widths,
    their n-th lines joined into the row's n-th printed line."""
    return printed_rows([[name for name, _ in COLUMNS], *ROWS], [room for _, room in COLUMNS], face)


def _report() -> str:
    face = Face("arial")
    lines = [
        "Brackenford Domestic Homicide Review – Overview Report",
        "1. Introduction",
        "This review looks at the support given to Ada, who died in 2023, by the agencies in Brackenford.",
        "2. Recommendations",
        "The panel made three recommendations, set out in the action plan below.",
        "Appendix A: Action plan",
        *_printed_table(face),  # (the plan closes the report, as the template's last appendix)
    ]
    return corpus_text(lines)


def test_joined_plan_rows_rebuild_each_action_cell():
    doc = extract(_report())
    actions = doc.actions
    starts = [
        "Write a recording standard for repeat reports",
        "Add a private appointment step to the housing checklist",
        "Send a practice bulletin on routine enquiry",
    ]
    for start in starts:
        assert any(start in (a.action or "") for a in actions), (start, [a.action for a in actions])
    leads = {a.lead for a in actions}
    assert "Brackenford Housing" in leads


def test_number_column_rows_carrying_a_sentence_on_are_left_to_other_readers():
    """A 'Rec | Recommendation | Action ...' table whose recommendation cells carry on a
    sentence printed above them ("1.1 probation is invited ..."): the number is its column's
    cell and the next cell must open with a capital, so no first line cuts and the table is
    not read as joined cells."""
    from dhrparse.patterns import load_patterns
    from dhrparse.plan.joined_cells import CellShapes, JoinedTable

    texts = [
        "1.1 the review panel is told of every Revise the panel protocol Panel Chair Dec 2024 Protocol revised Green",
        "referral within a week and circulate it complete",
        "1.2 the coordinator checks each action Introduce an action tracker Coordinator 31/03/2025 Tracker in use Amber",
        "is completed on time",
    ]
    shapes = CellShapes(
        load_patterns(), ["ref", "recommendation", "action", "lead", "target_date", "progress", "status"]
    )
    assert JoinedTable(texts, shapes, Face("arial"), True).widths() is None
