"""A Home Office template plan whose rows each hold one action cell of several paragraphs beside
one lead, target date, outcome and "Completion Date / RAG" cell, printed by plain pdftotext as
column blocks (plan.column_blocks): each row's statuses read only where the printed order says
whose they are. Fictional people and bodies, our own wording; the rendered fixture is a Word
table built by tests/column_blocks/build_ho_action_cells.py."""

from __future__ import annotations

from pathlib import Path

from dhrparse.pipeline import extract

FIXTURE = Path(__file__).parent / "column_blocks" / "ho_action_cells_rag.txt"

# action's first word -> (lead, target date, status) as the Word table holds them
ROWS = {
    "Agree": ("Hollowmead Community Safety Partnership", "2024-01-31", "complete"),
    "Name": ("Hollowmead Community Safety Partnership", "2024-01-31", "complete"),
    "Add": ("Hollowmead Adult Social Care", "2024-04-30", "not_started"),
    "Try": ("Hollowmead Adult Social Care", "2024-04-30", "not_started"),
    "Present": ("Hollowmead Community Safety Partnership", "2024-10-31", "in_progress"),
    "Agree with": ("Hollowmead Community Safety Partnership", "2024-10-31", "in_progress"),
    "Revise": ("Hollowmead Women's Aid", "2024-05-31", "complete"),
    "Record": ("Hollowmead Women's Aid", "2024-05-31", "complete"),
    "Report": ("Hollowmead Women's Aid", "2024-05-31", "complete"),
}


def _key(action: str) -> str:
    return "Agree with" if action.startswith("Agree with") else action.split()[0]


def test_each_action_cell_paragraph_takes_its_rows_band():
    doc = extract(FIXTURE)
    read = {_key(a.action): a for a in doc.actions if _key(a.action) in ROWS}
    assert set(read) == set(ROWS)
    for key, (lead, target, status) in ROWS.items():
        act = read[key]
        assert act.lead == lead, key
        assert act.target_date is not None and act.target_date.start == target, key
        assert act.status.value == status, key


def test_a_status_word_over_its_date_is_one_status():
    # "Completed" / "16/01/2024" in a narrow cell: the day it was done, not a second target date
    act = next(a for a in extract(FIXTURE).actions if a.action.startswith("Name a lead"))
    assert act.status.raw == "Completed 16/01/2024"
    assert act.target_date.raw == "31/01/2024"


def test_a_tall_rating_printed_after_the_next_rows_cells_is_its_own_rows():
    acts = {_key(a.action): a for a in extract(FIXTURE).actions}
    assert acts["Add"].status.raw.startswith("Red")
    assert acts["Present"].status.raw == "Amber"


def test_no_status_is_given_that_the_table_does_not_hold_for_that_row():
    for act in extract(FIXTURE).actions:
        if _key(act.action) in ROWS:
            continue
        # (the second page's actions print among the recommendation's lines: whatever is read
        # there, no other row's status is given to them)
        assert act.status.value in ("unknown", "complete"), act.action


HEADER = """Orrisfield Community Safety Partnership - DHR 'Wenna'

Recommendation

4

The Home Office should
consider whether the
statutory guidance should
say more about victims
who are carers.

Scope of
recomme
ndation
National

Action to take

Lead Agency

Target Date

Outcome

Completion
Date / RAG


"""

BAND = """Orrisfield
Community
Safety
Partnership

28/02/2025

The guidance is
looked at again in the
light of this review.

Completed
Letter sent to the Home Office


"""

ACTIONS = """Write to the Home Office review team
setting out the panel's reasons.
Record the Home Office reply in the
Partnership's annual report.

This plan is reviewed at each meeting of the Partnership's DHR Standing Group.
"""


def test_a_page_of_one_row_printed_band_first_gives_the_band_to_its_actions():
    doc = extract(HEADER + BAND + ACTIONS, name="plan.txt")
    acts = [a for a in doc.actions if a.action.split()[0] in ("Write", "Record")]
    assert len(acts) == 2
    assert all(a.status.value == "complete" for a in acts)
    assert all(a.lead == "Orrisfield Community Safety Partnership" for a in acts)


def test_two_bands_before_the_actions_are_not_given_to_them():
    # a second lead and status before the actions: two rows' bands, whose each is not printed
    second = BAND.replace("28/02/2025", "31/03/2025").replace("Completed\n", "Amber\n")
    second = second.replace("Orrisfield\nCommunity\nSafety\nPartnership", "Orrisfield Homes")
    doc = extract(HEADER + BAND + second + ACTIONS, name="plan.txt")
    acts = [a for a in doc.actions if a.action.split()[0] in ("Write", "Record")]
    assert len(acts) == 2
    assert all(a.status.value == "unknown" for a in acts)
