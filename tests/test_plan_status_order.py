"""A Home Office template plan (merged recommendation cells, long completion cells) that plain
pdftotext printed as column blocks, where a row's status comes out after the next run of action
cells rather than with its own run (plan.column_order): the status column still prints top to
bottom, so the page's statuses pair with its actions in order when they are as many, and a
status is never given to the wrong row."""

from __future__ import annotations

import json
from pathlib import Path

import score  # tests/score.py
from hypothesis import given, settings
from hypothesis import strategies as st

from dhrparse.pipeline import extract

HEAD = (
    "Holmbury Community Safety Partnership\nDHR 'Selin' - action plan\n\n"
    "Recommendation\n\n1. The Partnership should make sure that partners share risk\n"
    "information about victims who move between districts.\n\n"
    "Action to take\n\nLead Agency\n\nTarget Date\n\nDate of completion and\nOutcome\n\n"
)
ACTIONS = [
    "Write a transfer protocol with the two specialist services.",
    "Audit twenty transfers for a shared risk assessment.",
    "Agree a single referral form for both districts.",
    "Deliver a briefing on the protocol to every IDVA.",
    "Review the MARAC transfer list with partner agencies.",
    "Publish the protocol on the partnership website.",
]
LEADS = [
    "Domestic Abuse Coordinator",
    "Head of Housing Options",
    "Designated Nurse",
    "Detective Inspector",
    "IDVA Team Leader",
    "Partnership Manager",
]
DATES = ["March 2024", "30 June 2024", "Q3 2024/25", "December 2023", "September 2024", "May 2025"]
STATUSES = {
    "Complete - protocol signed by both services": "complete",
    "In progress - half of the sample checked": "in_progress",
    "Not started - waiting for the new system": "not_started",
    "Ongoing - two teams still to be briefed": "in_progress",
    "Completed 14/03/2024 - sent to all partners": "complete",
}


def _cell(text: str) -> str:
    """A cell wrapped over two printed lines, as a narrow column prints it."""
    words = text.split()
    half = len(words) // 2
    return " ".join(words[:half]) + "\n" + " ".join(words[half:])


@st.composite
def plans(draw):
    n = draw(st.integers(min_value=3, max_value=6))
    statuses = [draw(st.sampled_from(sorted(STATUSES))) for _ in range(n)]
    first_run = draw(st.integers(min_value=1, max_value=n - 1))  # the actions before the first values
    late = draw(st.integers(min_value=1, max_value=first_run))  # of its statuses, printed after run two
    return n, statuses, first_run, late


def _printed(n: int, statuses: list[str], first_run: int, late: int, drop: int | None = None) -> str:
    """Two runs of action cells, each followed by its rows' leads, dates and statuses, except
    that the last `late` statuses of the first run print after the second run's actions."""
    runs = [range(first_run), range(first_run, n)]
    shown = [s if k != drop else "" for k, s in enumerate(statuses)]
    out = [HEAD]
    for r, rows in enumerate(runs):
        out.append("\n".join(_cell(ACTIONS[k]) for k in rows) + "\n\n")
        out.extend(f"{LEADS[k]}\n\n{DATES[k]}\n\n" for k in rows)
        held = [shown[k] for k in runs[0]][first_run - late :] if r == 1 else []
        own = [shown[k] for k in rows][: len(rows) - late] if r == 0 else [shown[k] for k in rows]
        out.extend(f"{_cell(s)}\n\n" for s in held + own if s)
    return "".join(out)


@settings(max_examples=25, deadline=None)
@given(plans())
def test_statuses_printed_after_the_next_run_pair_with_their_rows_in_column_order(plan):
    n, statuses, first_run, late = plan
    doc = extract(_printed(n, statuses, first_run, late), name="plan.txt")
    assert [a.action[:25] for a in doc.actions] == [a[:25] for a in ACTIONS[:n]]
    assert [a.status.value for a in doc.actions] == [STATUSES[s] for s in statuses]


@settings(max_examples=15, deadline=None)
@given(plans(), st.data())
def test_a_missing_status_cell_leaves_the_statuses_out_of_order_unpaired(plan, data):
    # one completion cell of the first run empty: the page holds one status fewer than its
    # actions, so the order cannot say whose each late status is; none is given to the wrong row.
    # (An empty cell in the second run, as many as the first run's late statuses, is left alone:
    # its run then prints as many statuses as actions, which reads as its own.)
    n, statuses, first_run, late = plan
    drop = data.draw(st.integers(min_value=0, max_value=first_run - 1))
    doc = extract(_printed(n, statuses, first_run, late, drop), name="plan.txt")
    assert len(doc.actions) == n
    for k, act in enumerate(doc.actions):
        value = act.status.value if act.status else "unknown"
        assert value in ("unknown", STATUSES[statuses[k]]) and not (k == drop and value != "unknown")


def test_the_home_office_plan_printed_as_column_blocks_reads_every_status_and_recommendation():
    # tests/column_blocks/s5text_ho_plan_status_order: a Word plan, its PDF read by plain pdftotext
    folder = Path(__file__).parent / "column_blocks"
    gold = json.loads((folder / "s5text_ho_plan_status_order.json").read_text(encoding="utf-8"))
    doc = json.loads(extract(folder / "s5text_ho_plan_status_order.txt").model_dump_json())
    result = score.score_doc(gold, doc)
    assert result["actions"].f1() == 1.0
    assert result["actions"].fields["status"] == [8, 8]
    assert result["recommendations"].f1() == 1.0
    assert result["recommendations"].fields["ref"] == [4, 4]


# ---- rows printed as bands: each row's lead, milestone, date and outcome, then the next row's ----
BAND_HEAD = (
    "Recommendation\n\n1. Police and Probation to agree how a victim's new\naddress is shared.\n\n"
    "Action to take\n\nLead Agency\n\nKey milestones achieved\nin enacting\nrecommendation\n\n"
    "Target Date\n\nDate of completion and\nOutcome\n\n"
)
BAND_ACTIONS = (
    "Draft an address-sharing protocol between the\nPublic Protection Unit and Probation.\n"
    "Quarterly audit of twenty MARAC cases for a\nrecorded change of address.\n"
    "Brief offender managers on the new protocol\nat their team meetings.\n\n"
)
BAND_ROWS = [
    (
        "Ashmere Police",
        "Draft agreed by both\nagencies in June.",
        "30/09/2023",
        "Completed 14/10/2023 - protocol\nsigned and in use.",
    ),
    (
        "Ashmere Police - MARAC Coordinator",
        "Audit tool agreed.",
        "March 2024",
        "Outcome: first audit report\nrequested from the analyst.",
    ),
    (
        "Probation Service",
        "Briefing pack written.",
        "December 2023",
        "Ongoing - four of six teams\nbriefed so far.",
    ),
]


def _bands(rows) -> str:
    return "".join(
        f"{lead}\n\n{milestone}\n\n{date}\n\n{outcome}\n\n" for lead, milestone, date, outcome in rows
    )


def test_rows_printed_as_bands_take_each_cell_by_its_column_place():
    doc = extract(BAND_HEAD + BAND_ACTIONS + _bands(BAND_ROWS), name="plan.txt")
    # "Quarterly audit of ..." opens no imperative, yet it is the action column's second cell
    assert [a.action.split()[0] for a in doc.actions] == ["Draft", "Quarterly", "Brief"]
    assert [a.lead for a in doc.actions] == [r[0] for r in BAND_ROWS]
    assert [a.target_date.raw for a in doc.actions] == [r[2] for r in BAND_ROWS]
    # the outcome with no status word still is the row's completion cell, in its column's place
    assert [a.status.raw.split()[0] if a.status and a.status.raw else None for a in doc.actions] == [
        "Completed",
        "Outcome:",
        "Ongoing",
    ]


def test_bands_with_a_cell_missing_are_not_read_by_place():
    # the second row's completion cell empty: the outcome-like milestone of the third row would
    # sit in its place, so no cell is taken by place (the values are left to the other rules)
    rows = [BAND_ROWS[0], (*BAND_ROWS[1][:3], ""), BAND_ROWS[2]]
    text = BAND_HEAD + BAND_ACTIONS + _bands(rows).replace("\n\n\n\n", "\n\n")
    doc = extract(text, name="plan.txt")
    assert len(doc.actions) == 3
    assert not any(a.status and a.status.raw and a.status.raw.startswith("Briefing") for a in doc.actions)
    assert not any(a.lead == "Probation Service" and a.action.startswith("Quarterly") for a in doc.actions)


def test_a_block_of_progress_updates_is_not_read_as_actions():
    # the Update column's cells in one block: the first opens like an action ("Report on the
    # agenda ..."), the next with a status word, so the block is progress, not the action column
    updates = "Report on the agenda for the\nOctober Board meeting.\nDelayed by staff absence;\nconsultation now open.\n\n"
    doc = extract(BAND_HEAD + BAND_ACTIONS + _bands(BAND_ROWS) + updates, name="plan.txt")
    assert [a.action.split()[0] for a in doc.actions] == ["Draft", "Quarterly", "Brief"]
