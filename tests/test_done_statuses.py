"""A column-block plan whose last column is headed as the day each action was done ("Date
completed") and gives an unfinished action's state instead ("In hand", "Outstanding"): plain
pdftotext prints the column's name and its top cells one a line, then the lower rows' target and
state as bands (plan.done_statuses). The days and states are the actions' statuses in order only
where they are as many as the actions and printed so."""

from __future__ import annotations

from pathlib import Path

from dhrparse.pipeline import extract

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"
DOC = PENDING / "dhr_appendix_plan_date_completed_in_hand_brinsworth.txt"


def _statuses(text: str) -> list[tuple[str | None, str]]:
    return [(a.status.raw, a.status.value) for a in extract(text, name="plan.txt").actions]


def test_the_days_and_states_are_the_actions_statuses_in_order():
    assert _statuses(DOC.read_text()) == [
        ("12/05/2025", "complete"),  # (a day in the day-done column: the action done)
        ("In hand", "in_progress"),
        ("30/06/2025", "complete"),
        ("In hand", "in_progress"),
        ("Outstanding", "not_started"),
        ("In hand", "in_progress"),  # (the lower rows' bands: a target, then the state)
        ("Outstanding", "not_started"),
    ]


def test_a_state_short_or_a_band_out_of_shape_gives_nothing():
    text = DOC.read_text()
    short = text.replace("In hand\n30/06/2025\n", "30/06/2025\n", 1)
    assert all(raw is None for raw, _ in _statuses(short))
    unbanded = text.replace("End March\n2026\n\nOutstanding", "Outstanding\n\nEnd March\n2026", 1)
    assert all(raw is None for raw, _ in _statuses(unbanded))
