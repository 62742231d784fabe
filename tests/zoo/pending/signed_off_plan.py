"""The signed-off plan family's shared builder (build_dhr_plan_signed_off_bands.py and its
stand-ins): a DHR action plan standing alone whose recommendations are shaded bands across the
table ("Recommendation N – <agency>" in bold over the recommendation's sentence, one merged
cell) over their actions' rows, and whose only word on progress is the date each action was
signed off. Each stand-in gives its own `SignedOffPlan` (face, wording, widths, rows); the
document and its gold are built from it alike.

Page 1: title, a label / value box (review, victim, date of death, plan holder, version), notes
on completing the plan. Page 2: the table. Targets are seasons (a year) or "End of <Month>
yyyy" (a month); a signed-off date means the action is complete, a blank one says nothing of
its state. A closing count of the actions signed off.

All people, places and bodies are fictional; the wording is our own.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parent))

from docx.shared import Pt  # noqa: E402
from docx_build import add_row, heading, kv_table, make_table, new_doc, page_break, para, shade  # noqa: E402
from office_export import save_rendered  # noqa: E402
from plan_gold import (  # noqa: E402
    action_record,
    first_words,
    line_holding,
    plan_gold,
    recommendation_record,
    review,
    save_gold,
    season_or_month,
)

__all__ = ["SignedOffPlan", "build", "gold", "main", "review"]  # (review: the stand-ins' gold review)

NOTES = (
    "The band's bold line names the recommendation's number and agency and is not its text. The Evidence "
    "cell is progress, not the action. A signed-off date is the action's completion (complete); a blank one "
    "says nothing (unknown). Seasons are year precision."
)


@dataclass
class SignedOffPlan:
    """One stand-in: its stem, face, title, box, notes, table and gold's review."""

    stem: str
    font: str
    area: str  # (the partnership: the title's first line, the gold's area alternative)
    title: str
    box: list[tuple[str, str]]
    notes: str
    headers: list[str]
    widths: list[float]
    # (number, agency, recommendation, [(ref, action, owner, target, evidence, signed off), ...])
    recs: list
    description: str
    review: dict


def _band(table, text_bold: str, text: str) -> None:
    row = table.add_row()
    cell = row.cells[0].merge(row.cells[-1])
    cell.text = ""
    run = cell.paragraphs[0].add_run(text_bold)
    run.bold, run.font.size = True, Pt(8.5)
    cell.add_paragraph().add_run(text).font.size = Pt(8.5)
    shade(cell, "E2E2E2")


def build(plan: SignedOffPlan) -> None:
    doc = new_doc(font=plan.font, size=8.5)
    para(doc, plan.area, bold=True, size=13)
    para(doc, plan.title, bold=True, size=12)
    kv_table(doc, plan.box, size=8.5)
    heading(doc, "Notes on completing this plan", 2)
    para(doc, plan.notes)
    page_break(doc)
    table = make_table(doc, plan.headers, plan.widths, size=8.5)
    for number, agency, text, rows in plan.recs:
        _band(table, f"Recommendation {number} – {agency}", text)
        for row in rows:
            add_row(table, list(row), plan.widths, size=8.5)
    signed = sum(1 for *_, rows in plan.recs for r in rows if r[5])
    total = sum(len(rows) for *_, rows in plan.recs)
    para(doc, f"Actions signed off: {signed} of {total}")
    save_rendered(doc, HERE, plan.stem, layout=True)


def gold(plan: SignedOffPlan) -> dict:
    lines = (HERE / f"{plan.stem}.txt").read_text(encoding="utf-8").splitlines()
    recs = [
        recommendation_record(
            number, first_words(text, 8), line_holding(lines, text, 5), agency=agency, scope=None
        )
        for number, agency, text, _ in plan.recs
    ]
    actions = [
        action_record(
            first_words(action, 8),
            line_holding(lines, action, 5),
            ref=ref,
            recommendation_ref=number,
            lead=owner,
            target_date_raw=target,
            target_date=season_or_month(target),
            status_raw=signed or None,
            status="complete" if signed else "unknown",
        )
        for number, _, _, rows in plan.recs
        for ref, action, owner, target, _, signed in rows
    ]
    return plan_gold(
        plan.stem,
        description=plan.description,
        review=plan.review,
        review_alternatives={"area": [plan.area]},
        recommendations=recs,
        actions=actions,
        notes=NOTES,
    )


def main(plan: SignedOffPlan) -> None:
    build(plan)
    save_gold(HERE, plan.stem, gold(plan))
    print("wrote", f"{plan.stem}.json")
