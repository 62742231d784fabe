"""The shared build of the pending zoo's delivery-grid plans: a DHR or SAR action plan whose
delivery is planned in a grid of period columns (financial-year quarters "Q1 2025/26" or months
"Apr 25"), a mark (a dot, a tick, an "X") in the period each action is due, shaded full-width
"Recommendation N – …" band rows over the action rows. Each `build_*` script gives its own
wording, face, marks and column order as a `GridPlan`.

All people, places and bodies are fictional; the wording is our own.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parent))

from board_response_build import _line_of  # noqa: E402
from docx.shared import Cm  # noqa: E402
from docx_build import add_row, full_row, kv_table, make_table, new_doc, para  # noqa: E402
from office_export import save_rendered  # noqa: E402
from plan_gold import STATUS, action_record, plan_gold, recommendation_record, review, save_gold  # noqa: E402


@dataclass
class GridPlan:
    stem: str
    font: str
    size: float
    landscape: bool
    footer: str
    title: list[str]
    labels: list[tuple[str, str]]
    notes: list[str]
    # (name, width) of the columns before the grid, the grid's period names and width, the columns after
    before: list[tuple[str, float]]
    periods: list[tuple[str, str]]  # (header as printed, ISO month the period opens)
    period_width: float
    after: list[tuple[str, float]]
    mark: str
    # (number, recommendation, [(ref, action, lead, period index, status), ...])
    recs: list
    band: str = "Recommendation {n} – {text}"
    margin_cm: float | None = None
    closing: list[str] = field(default_factory=list)
    review_fields: dict = field(default_factory=dict)

    def header(self) -> list[str]:
        return [n for n, _ in self.before] + [p for p, _ in self.periods] + [n for n, _ in self.after]

    def widths(self) -> list[float]:
        return (
            [w for _, w in self.before] + [self.period_width] * len(self.periods) + [w for _, w in self.after]
        )

    def cells(self, ref: str, action: str, lead: str, due: int, state: str) -> list[str]:
        named = {"ref": ref, "action": action, "lead": lead, "status": state}
        grid = [self.mark if i == due else "" for i in range(len(self.periods))]
        return [named[role(n)] for n, _ in self.before] + grid + [named[role(n)] for n, _ in self.after]


def role(name: str) -> str:
    """The build's own key for a column it prints (the reader has to work it out from the text)."""
    low = name.lower()
    for key, words in (
        ("ref", ("ref", "no")),
        ("lead", ("lead", "owner")),
        ("status", ("status", "progress")),
    ):
        if any(low.startswith(w) for w in words):
            return key
    return "action"


def build(plan: GridPlan) -> None:
    doc = new_doc(landscape=plan.landscape, font=plan.font, size=plan.size, footer_label=plan.footer)
    if plan.margin_cm is not None:
        section = doc.sections[0]
        section.left_margin = section.right_margin = Cm(plan.margin_cm)
    for n, line in enumerate(plan.title):
        para(doc, line, bold=True, size=plan.size + (4 if n == 0 else 2))
    kv_table(doc, plan.labels, widths=(5, 11), size=plan.size)
    for note in plan.notes:
        para(doc, note, italic=True)
    widths = plan.widths()
    t = make_table(doc, plan.header(), widths, size=plan.size)
    for number, text, rows in plan.recs:
        full_row(t, plan.band.format(n=number, text=text), fill="D9E2F3", size=plan.size)
        for row in rows:
            add_row(t, plan.cells(*row), widths, size=plan.size)
    for line in plan.closing:
        para(doc, line)
    save_rendered(doc, HERE, plan.stem)


def gold(plan: GridPlan, description: str, notes: str) -> dict:
    lines = (HERE / f"{plan.stem}.txt").read_text(encoding="utf-8").splitlines()
    recs = [
        recommendation_record(number, " ".join(text.split()[:10]), _line_of(lines, text), scope=None)
        for number, text, _ in plan.recs
    ]
    actions = [
        action_record(
            " ".join(action.split()[:8]),
            _line_of(lines, action),
            ref=ref,
            recommendation_ref=number,
            lead=lead,
            target_date_raw=plan.periods[due][0],
            target_date=plan.periods[due][1],
            status_raw=state,
            status=STATUS[state.lower()],
        )
        for number, _, rows in plan.recs
        for ref, action, lead, due, state in rows
    ]
    return plan_gold(
        plan.stem,
        description=description,
        review=review(**plan.review_fields),
        recommendations=recs,
        actions=actions,
        notes=notes,
    )


def main(plan: GridPlan, description: str, notes: str) -> None:
    build(plan)
    save_gold(HERE, plan.stem, gold(plan, description, notes))
    print("wrote", f"{plan.stem}.json")
