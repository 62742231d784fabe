"""The relative-timescale plan family's shared builder (build_sar_plan_relative_timescales.py): a
Safeguarding Adults Board's SAR action plan standing alone whose timescales are counted from the
day the Board signed the plan off ("Immediate", "Within 3 months", "Ongoing", "By the next Board
meeting"), a note above the table giving that day and saying what the plan's state words mean,
and one table whose Recommendation cell, "N. <text>", is merged down over its actions' rows.

Gold: "Within N months" is the sign-off day moved on N months, filed under that month; the other
timescales keep their words and no date. The state column's "Closed" is complete, "Open" in
progress. All people, places and bodies are fictional; the wording is our own.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parent))

from docx_build import add_row, heading, kv_table, make_table, merge_down, new_doc, numbered, para  # noqa: E402
from office_export import save_rendered  # noqa: E402
from plan_gold import action_record, first_words, line_holding, plan_gold, recommendation_record  # noqa: E402

__all__ = ["RelativePlan", "main"]

STATE = {"open": "in_progress", "closed": "complete"}
NOTES = (
    "The merged Recommendation cells are the recommendations (text after 'N.'). One action a row. "
    "'Within N months' is dated from the sign-off day the note prints, filed under that month; "
    "'Immediate', 'Ongoing' and 'By the next Board meeting' keep their words and no date. Closed is "
    "complete, Open in progress (the note's meanings)."
)


@dataclass
class RelativePlan:
    """One stand-in: its stem, face, page, wording, table and the sign-off day (year, month)."""

    stem: str
    font: str
    size: float
    landscape: bool
    board: str
    title: str
    intro: list[str]
    findings: list[str]
    note: list[str]
    headers: list[str]
    widths: list[float]
    # (number, recommendation, [(ref, action, owner, timescale, state), ...])
    recs: list
    closing: list[str]
    signed_off: tuple[int, int]
    description: str
    review: dict
    box: tuple = ()  # (label, value) rows of a box under the title: the sign-off day as a label


def build(plan: RelativePlan) -> None:
    doc = new_doc(plan.landscape, plan.board, plan.title, font=plan.font, size=plan.size)
    para(doc, plan.title, bold=True, size=plan.size + 3)
    if plan.box:
        kv_table(doc, list(plan.box), size=plan.size)
    for text in plan.intro:
        para(doc, text)
    heading(doc, "Findings", 2)
    for n, text in enumerate(plan.findings, 1):
        numbered(doc, f"{n}.", text)
    heading(doc, "How to read the timescales", 2)
    for text in plan.note:
        para(doc, text, italic=True)
    size = plan.size - 1
    table = make_table(doc, plan.headers, plan.widths, size=size)
    row = 1
    for number, text, rows in plan.recs:
        first = row
        for ref, action, owner, timescale, state in rows:
            add_row(
                table, [ref, f"{number}. {text}", action, owner, timescale, state], plan.widths, size=size
            )
            row += 1
        merge_down(table, 1, first, row - 1, size=size)
    for text in plan.closing:
        para(doc, text)
    save_rendered(doc, HERE, plan.stem)


def within_months(raw: str, signed_off: tuple[int, int]) -> str | None:
    """'Within N months' as the month N months after the sign-off month; other words none."""
    words = raw.lower().split()
    if len(words) != 3 or words[0] != "within" or not words[2].startswith("month"):
        return None
    year, month = signed_off
    total = month - 1 + int(words[1])
    return f"{year + total // 12}-{total % 12 + 1:02d}"


def gold(plan: RelativePlan) -> dict:
    lines = (HERE / f"{plan.stem}.txt").read_text(encoding="utf-8").splitlines()
    recs = [
        recommendation_record(str(n), first_words(text, 8), line_holding(lines, text, 5), scope=None)
        for n, text, _ in plan.recs
    ]
    actions = [
        action_record(
            first_words(action, 8),
            line_holding(lines, action, 5),
            ref=ref,
            recommendation_ref=str(n),
            lead=owner,
            target_date_raw=timescale,
            target_date=within_months(timescale, plan.signed_off),
            status_raw=state,
            status=STATE[state.lower()],
        )
        for n, _, rows in plan.recs
        for ref, action, owner, timescale, state in rows
    ]
    return plan_gold(
        plan.stem,
        description=plan.description,
        review=plan.review,
        recommendations=recs,
        actions=actions,
        notes=NOTES,
    )


def main(plan: RelativePlan) -> None:
    from plan_gold import save_gold

    build(plan)
    save_gold(HERE, plan.stem, gold(plan))
    print("wrote", f"{plan.stem}.json")
