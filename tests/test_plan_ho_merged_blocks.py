"""The Home Office action plan template, each recommendation's cell and its scope merged down
over the rows of its actions, printed by plain pdftotext a whole cell at a time, row after row
(plan.row_blocks): the template's long names wrapped in their narrow columns, each a block of
its own ("Scope of" / "recommend" / "ation i.e." ...); a recommendation's first row opens with its
numbered cell ("4.1 Thornbury Police should ..."), its scope, then its action's cells; its later
rows open with their action (the merged cells print once). The recommendation's cell is never
read as an action.

`merged_recs.txt` is a genuine LibreOffice -> plain pdftotext export
(tests/fixtures/ho_merged_blocks/build.py); the generated plans are written the way that export
prints (each cell's lines a block, a blank line between)."""

from __future__ import annotations

import textwrap
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from dhrparse import extract

HERE = Path(__file__).parent / "fixtures" / "ho_merged_blocks"


def test_merged_recommendation_cells_open_their_rows():
    doc = extract(HERE / "merged_recs.txt")
    got = [(a.recommendation_ref, a.action, a.lead, a.target_date.raw, a.status.value) for a in doc.actions]
    assert got == [
        (
            "4.1",
            "Write a short guide for frontdesk staff on responding to a disclosure",
            "Thornbury Community Safety Partnership",
            "30.06.2024",
            "complete",
        ),
        (
            "4.1",
            "Add the guide to the induction of new front-desk staff",
            "Thornbury Borough Council",
            "December 2024",
            "in_progress",
        ),
        (
            "4.2",
            "Add a field for everyone present to the incident form",
            "Thornbury Police",
            "31.03.2025",
            "not_started",
        ),
        (
            "4.3",
            "Set up a follow-up appointment slot for each clinic",
            "Tollcombe Health Centre",
            "31.01.2024",
            "complete",
        ),
        (
            "4.3",
            "Audit twenty records to check that follow-up was offered",
            "Tollcombe Health Centre",
            "Q3 2024/25",
            "in_progress",
        ),
    ]
    # (no recommendation is taken for an action, and the scope cells are read, not left over)
    assert not any("should" in a.action for a in doc.actions)
    assert not [w for w in doc.warnings if w.code in ("plan_text_not_read", "plan_text_unplaced")]


HEADER = [
    ["Recommendation"],
    ["Scope of", "recommend", "ation i.e.", "local or", "regional"],
    ["Action to take"],
    ["Lead Agency"],
    ["Key milestones achieved in", "enacting recommendation"],
    ["Target Date"],
    ["Date of completion and", "Outcome"],
]
BODIES = ["Kestrel Vale Police", "Hollins Borough Council", "Brackwater NHS Trust", "Kestrel Vale Housing"]
ASKS = [
    "should make sure that staff ask about abuse when a patient attends with an injury.",
    "should review how it records the names of everyone present at an incident.",
    "should give its duty team guidance on speaking to the victim alone.",
]
ACTIONS = [
    "Add a question on abuse to the triage form",
    "Brief all duty staff on the new guidance",
    "Audit thirty case files for evidence of a private conversation",
    "Write a one-page note for reception teams",
]
NOTES = ["Draft agreed with partners.", "Briefing written and shared with team leaders.", "None yet."]
VALUES = [
    ("31.03.2025", "Completed 12.03.2025."),
    ("December 2025", "Ongoing – training booked."),
    ("Q2 2025/26", "Not yet started"),
]


def _block(text: str, width: int = 30) -> list[str]:
    return textwrap.wrap(text, width)


@st.composite
def _plans(draw):
    groups = []
    # (one row alone is no table to this reader; no two recommendations alike)
    asks = draw(st.lists(st.sampled_from(ASKS), min_size=2, max_size=3, unique=True))
    for n, ask in enumerate(asks, 1):
        rec = f"6.{n} {draw(st.sampled_from(BODIES))} {ask}"
        actions = draw(st.lists(st.sampled_from(ACTIONS), min_size=1, max_size=2))
        rows = [
            (a, draw(st.sampled_from(BODIES)), draw(st.sampled_from(NOTES)), *draw(st.sampled_from(VALUES)))
            for a in actions
        ]
        groups.append((rec, rows))
    return groups


def _printed(groups) -> str:
    blocks = [["Appendix D: Action plan"], *HEADER]
    for rec, rows in groups:
        blocks.extend([_block(rec), ["Local"]])
        for action, lead, note, date, outcome in rows:
            blocks.extend([_block(action), _block(lead, 16), _block(note), [date], _block(outcome, 24)])
    return "\n\n".join("\n".join(b) for b in blocks) + "\n"


@settings(max_examples=8)
@given(_plans())
def test_every_action_row_is_read_and_no_recommendation_is_an_action(groups):
    doc = extract(_printed(groups))
    want = [
        (f"6.{n}", a, lead, date) for n, (_, rows) in enumerate(groups, 1) for a, lead, _, date, _ in rows
    ]
    got = [(a.recommendation_ref, a.action, a.lead, a.target_date and a.target_date.raw) for a in doc.actions]
    assert got == want
