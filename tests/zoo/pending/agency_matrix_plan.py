"""The shared build of the pending zoo's agency-matrix plans: a DHR or SAR action plan whose lead and
supporting agencies are marked in a run of agency columns (a lead / responsibility matrix), as
partnerships print it: a key naming the body behind each short column head and saying which mark
is the lead's ("L", "Lead", a tick), then the table with the recommendation's number and text
merged down over its actions. Each `build_*` script gives its own wording, face, marks and column
order as a `MatrixPlan`.

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
from docx_build import add_row, kv_table, make_table, merge_down, new_doc, para  # noqa: E402
from office_export import save_rendered  # noqa: E402
from plan_gold import action_record, plan_gold, recommendation_record, review, save_gold  # noqa: E402


@dataclass
class MatrixPlan:
    stem: str
    font: str
    size: float
    landscape: bool
    footer: str
    title: list[str]
    labels: list[tuple[str, str]]
    key_title: str
    # (short head, the body the key names behind it)
    agencies: list[tuple[str, str]]
    key_after: str
    notes: list[str]
    # the column names as printed, in order: "rec", "text", "ref", "action", "matrix", "target",
    # "status" are the build's own keys, mapped to printed names and widths here
    columns: list[tuple[str, str, float]]
    agency_width: float
    lead_mark: str
    support_mark: str
    # (number, recommendation, [(ref, action, lead head, [support heads], target, target ISO, status)])
    recs: list
    status_of: dict
    key_sep: str = " = "
    table_size: float | None = None
    margin_cm: float | None = None
    closing: list[str] = field(default_factory=list)
    review_fields: dict = field(default_factory=dict)

    def header(self) -> list[str]:
        out = []
        for key, name, _ in self.columns:
            out += [head for head, _ in self.agencies] if key == "matrix" else [name]
        return out

    def widths(self) -> list[float]:
        out = []
        for key, _, width in self.columns:
            out += [self.agency_width] * len(self.agencies) if key == "matrix" else [width]
        return out

    def cells(self, number, text, row) -> list[str]:
        ref, action, lead, support, target, _, state = row
        named = {"rec": number, "text": text, "ref": ref, "action": action, "target": target, "status": state}
        out = []
        for key, _, _ in self.columns:
            if key == "matrix":
                out += [self.mark(head, lead, support) for head, _ in self.agencies]
            else:
                out.append(named[key])
        return out

    def mark(self, head: str, lead: str, support: list[str]) -> str:
        if head == lead:
            return self.lead_mark
        return self.support_mark if head in support else ""

    def body(self, head: str) -> str:
        return dict(self.agencies)[head]


def build(plan: MatrixPlan) -> None:
    doc = new_doc(landscape=plan.landscape, font=plan.font, size=plan.size, footer_label=plan.footer)
    if plan.margin_cm is not None:
        section = doc.sections[0]
        section.left_margin = section.right_margin = Cm(plan.margin_cm)
    for n, line in enumerate(plan.title):
        para(doc, line, bold=True, size=plan.size + (4 if n == 0 else 2))
    kv_table(doc, plan.labels, widths=(5, 11), size=plan.size)
    key = para(doc, plan.key_title + " ", bold=True)
    run = key.add_run(
        "; ".join(f"{head}{plan.key_sep}{body}" for head, body in plan.agencies) + ". " + plan.key_after
    )
    run.bold = False
    for note in plan.notes:
        para(doc, note, italic=True)
    widths = plan.widths()
    size = plan.table_size or plan.size
    table = make_table(doc, plan.header(), widths, size=size)
    merged = [n for n, (key, _, _) in enumerate(plan.columns) if key in ("rec", "text")]
    row = 1
    for number, text, rows in plan.recs:
        first = row
        for action in rows:
            add_row(table, plan.cells(number, text, action), widths, size=size)
            row += 1
        for col in merged:
            merge_down(table, col, first, row - 1, size=size)
    for line in plan.closing:
        para(doc, line)
    save_rendered(doc, HERE, plan.stem)


def gold(plan: MatrixPlan, description: str, notes: str) -> dict:
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
            lead=plan.body(lead) if lead else None,
            target_date_raw=target,
            target_date=iso,
            status_raw=state,
            status=plan.status_of[state],
        )
        for number, _, rows in plan.recs
        for ref, action, lead, _, target, iso, state in rows
    ]
    return plan_gold(
        plan.stem,
        description=description,
        review=review(**plan.review_fields),
        recommendations=recs,
        actions=actions,
        notes=notes,
    )


def main(plan: MatrixPlan, description: str, notes: str) -> None:
    build(plan)
    save_gold(HERE, plan.stem, gold(plan, description, notes))
    print("wrote", f"{plan.stem}.json")
