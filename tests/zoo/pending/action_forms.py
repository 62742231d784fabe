"""The action-form plans' shared forms and gold (build_plan_form_per_action.py and
build_plan_form_rows_numbered.py): a public protection review's action plan as one small form
table per action, numbered in its opening label ("Action 1:" | the action), its other rows label
over value (the recommendation it serves, how it will be done, who, the target, the position).
Each builder writes its own report, labels and widths; the forms and the gold's actions are made
here alike: an action's ref its "Action N" number, the "how" row detail of the action, not a
record.

All people, places and agencies are fictional.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parent))

from docx_build import add_row, make_table, para  # noqa: E402
from plan_gold import action_record, find_line, first_words  # noqa: E402

__all__ = ["action_forms", "form_actions"]


def action_forms(doc, actions: list, labels: list[str], widths: tuple[float, float]) -> None:
    """One form table per action (number, recommendation, action, how, lead, target, iso, position,
    state), its rows the labels over the recommendation, how, lead, target and position."""
    for number, rec, action, how, lead, target, _, position, _ in actions:
        table = make_table(
            doc, [f"Action {number}:", action], widths, header_fill=None, size=11, repeat=False
        )
        for label, value in zip(labels, [rec, how, lead, target, position]):
            add_row(table, [label, value], widths, size=11)
        para(doc, "")


def form_actions(lines: list[str], actions: list) -> list[dict]:
    """The gold's actions, each found on the line its first 40 characters open."""
    return [
        action_record(
            first_words(action, 10),
            find_line(lines, action[:40]),
            ref=number,
            recommendation_ref=rec,
            lead=lead,
            target_date_raw=target,
            target_date=iso,
            status_raw=position,
            status=state,
        )
        for number, rec, action, _, lead, target, iso, position, state in actions
    ]
