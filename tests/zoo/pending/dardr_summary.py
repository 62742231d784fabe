"""The DARDR executive summaries' shared local plan and gold (build_dardr_local_plan_lettered_refs.py
and build_dardr_department_first_table.py): a Domestic Abuse Related Death Review's executive
summary whose national recommendations sit in a table naming the government department each is
made to, whose local recommendations are paragraphs, and whose local action plan Ref | Local
action | Lead | Timescale | Status numbers its rows under the local recommendations'
letter-prefixed numbers ("L2.1"). Each builder lays out its own national table and wording; the
plan and the gold are built from its recommendations and rows alike: a national recommendation's
agency is its department, an action's recommendation the local one its ref opens with.

All people, places and bodies are fictional; the wording is our own.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parent))

from board_response_build import _line_of  # noqa: E402
from docx_build import add_row, make_table  # noqa: E402
from plan_gold import action_record, plan_gold, recommendation_record  # noqa: E402

__all__ = ["dardr_gold", "local_plan"]

FAMILY = "dardr_local_plan_lettered_refs"
PLAN_HEADERS = ["Ref", "Local action", "Lead", "Timescale", "Status"]
PLAN_WIDTHS = [1.6, 7.0, 3.6, 2.2, 2.0]


def local_plan(doc, rows: list, widths: list[float] = PLAN_WIDTHS) -> None:
    """The local action plan's table, each row (ref, action, lead, timescale, status, gold status)."""
    t = make_table(doc, PLAN_HEADERS, widths)
    for ref, action, lead, when, status, _ in rows:
        add_row(t, [ref, action, lead, when, status], widths)


def dardr_gold(stem: str, national: list, local: list, rows: list, **fields) -> dict:
    """The gold of the summary rendered at stem.txt: `national` (ref, department, recommendation),
    `local` (ref, recommendation), `rows` the plan's; `fields` plan_gold's description, review,
    review_alternatives and notes."""
    lines = (HERE / f"{stem}.txt").read_text(encoding="utf-8").splitlines()
    recs = [
        recommendation_record(
            ref, " ".join(text.split()[:10]), _line_of(lines, text), agency=dept, scope="national"
        )
        for ref, dept, text in national
    ] + [
        recommendation_record(ref, " ".join(text.split()[:10]), _line_of(lines, text), scope=None)
        for ref, text in local
    ]
    actions = [
        action_record(
            " ".join(action.split()[:8]),
            _line_of(lines, action),
            ref=ref,
            recommendation_ref=ref.split(".")[0],
            lead=lead,
            target_date_raw=when,
            target_date="-".join(reversed(when.split("/"))),
            status_raw=status,
            status=value,
        )
        for ref, action, lead, when, status, value in rows
    ]
    return plan_gold(stem, family=FAMILY, recommendations=recs, actions=actions, **fields)
