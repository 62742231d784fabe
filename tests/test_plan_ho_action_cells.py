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
    "Add an interpreter": ("Hollowmead GP Federation", "2024-04-30", "not_started"),
    "Remind": ("Hollowmead GP Federation", "2024-04-30", "not_started"),
    "Write": ("Hollowmead Leisure Trust", "2024-10-31", "in_progress"),
    "Deliver": ("Hollowmead Leisure Trust", "2024-10-31", "in_progress"),
    "Add an address": ("Hollowmead Probation Delivery Unit", "2024-05-31", "complete"),
    "Record": ("Hollowmead Probation Delivery Unit", "2024-05-31", "complete"),
    "Report": ("Hollowmead Probation Delivery Unit", "2024-05-31", "complete"),
}


def _key(action: str) -> str:
    words = action.split()
    return f"Add an {words[2].split('-')[0]}" if action.startswith("Add an") else words[0]


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
    assert acts["Add an interpreter"].status.raw.startswith("Red")
    assert acts["Write"].status.raw == "Amber"


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
consider examples of
carers as victims in its
guidance.

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

The guidance
reflects what this
review found.

Completed
Summary went to the Home Office


"""

ACTIONS = """Chair of the Partnership to send the
Home Office a summary of the findings.
Publish the Home Office's answer in
the annual report.

This plan is held by the Partnership's business manager.
"""


def test_a_page_of_one_row_printed_band_first_gives_the_band_to_its_actions():
    doc = extract(HEADER + BAND + ACTIONS, name="plan.txt")
    acts = [a for a in doc.actions if a.action.split()[0] in ("Chair", "Publish")]
    assert len(acts) == 2
    assert all(a.status.value == "complete" for a in acts)
    assert all(a.lead == "Orrisfield Community Safety Partnership" for a in acts)


def test_two_bands_before_the_actions_are_not_given_to_them():
    # a second lead and status before the actions: two rows' bands, whose each is not printed
    second = BAND.replace("28/02/2025", "31/03/2025").replace("Completed\n", "Amber\n")
    second = second.replace("Orrisfield\nCommunity\nSafety\nPartnership", "Orrisfield Homes")
    doc = extract(HEADER + BAND + second + ACTIONS, name="plan.txt")
    acts = [a for a in doc.actions if a.action.split()[0] in ("Chair", "Publish")]
    assert len(acts) == 2
    assert all(a.status.value == "unknown" for a in acts)


SINGLE_HEAD = """Pellow Cross Safeguarding Adults Board
Safeguarding Adults Review: Mrs K - action plan

Recommendation

The Board should make sure that
hoarding referrals reach the fire
service within a week.

Action

Lead officer

Target date

{name}

Agree a referral route from adult
social care to the fire service.
Audit ten hoarding referrals for
the time taken to reach the fire service.

Board Business
Manager

June 2025

{first}

Fire Safety Lead, Pellow
Cross Fire Service

Sept 2025

{second}

"""


def _single(name: str, first: str, second: str):
    doc = extract(SINGLE_HEAD.format(name=name, first=first, second=second), name="plan.txt")
    return [(a.lead, a.status.raw, a.status.value) for a in doc.actions]


def test_status_words_in_an_outcome_column_are_the_rows_statuses():
    rows = _single("Outcome", "Completed March 2025", "In progress - four\nreferrals audited")
    assert rows == [
        ("Board Business Manager", "Completed March 2025", "complete"),
        (
            "Fire Safety Lead, Pellow Cross Fire Service",
            "In progress - four referrals audited",
            "in_progress",
        ),
    ]


def test_an_outcome_column_of_what_was_achieved_gives_no_status():
    rows = _single("Outcome", "Completed March 2025", "Referrals are made the\nsame week they arise.")
    assert [value for _, _, value in rows] == ["unknown", "unknown"]


def test_a_status_word_over_its_date_in_the_status_column():
    rows = _single("Status", "Completed\nMarch 2025", "Green\n12/05/2025")
    assert [(raw, value) for _, raw, value in rows] == [
        ("Completed March 2025", "complete"),
        ("Green 12/05/2025", "complete"),
    ]


def test_an_open_state_over_a_date_stays_a_target():
    # "Ongoing" over "March 2026": a revised target or a status, as the rows' count says; it is
    # never read as a state reached on that day
    rows = _single("Status", "Ongoing\nMarch 2026", "Amber")
    assert all(raw != "Ongoing March 2026" for _, raw, _ in rows)
