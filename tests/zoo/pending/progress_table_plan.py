"""The progress-table family's shared build and gold (build_sar_plan_part_b_progress_update.py and
build_dhr_plan_appendix_rag_progress.py): a review's action plan printed as two tables, the plan
itself (ref, action, lead, target date, no status column) and, after it, a separate progress
table keyed by the same refs (ref, update, status) that boards publish as the plan's latest
position. The progress rows are no further actions: each gives its status to the plan's action
with the same ref, whatever order the progress table prints them in.

Each stand-in gives its own face, page, wording, column names and status words through a
`ProgressPlan`; the recommendations print as run-ins ("R1 The Board should ...") above the plan.
All people, places and bodies are fictional; the wording is our own.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # tests/, for the shared export steps
sys.path.insert(0, str(HERE.parent))  # tests/zoo/, for the plan gold

from docx_build import add_row, make_table, new_doc, para, set_landscape  # noqa: E402
from office_export import save_rendered  # noqa: E402
from plan_gold import action_record, plan_gold, recommendation_record  # noqa: E402

__all__ = ["ProgressPlan", "build_plan", "plan_gold_of"]


@dataclass
class ProgressPlan:
    stem: str
    font: str
    size: float
    landscape: bool
    footer: str
    running_head: str
    title: list[str]  # the title block's lines, the first bold
    opening: list[str]  # paragraphs before the recommendations
    recommendations: list[tuple[str, str]]  # (label, text) printed as run-ins
    plan_heading: str
    plan_headers: list[str]
    plan_widths: list[float]
    actions: list[tuple]  # (ref, action, *lead cells, target) as the plan prints them
    between: list[str]  # paragraphs between the plan and the progress heading
    progress_heading: str
    progress_headers: list[str]
    progress_widths: list[float]
    progress: list[tuple[str, str, str]]  # (ref, update, status) in the progress table's order
    after: list[str]  # notes, monitoring, next update
    states: dict[str, str]  # printed status word -> the gold's value
    lead_column: int  # the index in an action's tuple of the cell the gold takes as its lead
    margins_cm: float = 2.0
    key_line: str | None = None  # a status key printed above the progress table
    review_fields: dict = field(default_factory=dict)


def _run_in(doc, label: str, text: str, size: float) -> None:
    p = doc.add_paragraph()
    r = p.add_run(f"{label}  ")
    r.bold = True
    r.font.size = Pt(size)
    p.add_run(text).font.size = Pt(size)


def build_plan(spec: ProgressPlan) -> Path:
    doc = new_doc(header=spec.running_head, footer_label=spec.footer, font=spec.font, size=spec.size)
    section = doc.sections[0]
    if spec.landscape:
        set_landscape(section)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(spec.margins_cm))
    para(doc, spec.title[0], bold=True, size=spec.size + 4)
    for line in spec.title[1:]:
        para(doc, line, bold=True, size=spec.size + 1)
    for text in spec.opening:
        para(doc, text)
    for label, text in spec.recommendations:
        _run_in(doc, label, text, spec.size)
    para(doc, spec.plan_heading, bold=True, size=spec.size + 2)
    plan = make_table(doc, spec.plan_headers, spec.plan_widths, size=spec.size)
    for row in spec.actions:
        add_row(plan, list(row), spec.plan_widths, size=spec.size)
    for text in spec.between:
        para(doc, text)
    para(doc, spec.progress_heading, bold=True, size=spec.size + 2)
    if spec.key_line:
        para(doc, spec.key_line, bold=True, size=spec.size)
    progress = make_table(doc, spec.progress_headers, spec.progress_widths, size=spec.size)
    for row in spec.progress:
        add_row(progress, list(row), spec.progress_widths, size=spec.size)
    for text in spec.after:
        para(doc, text)
    return save_rendered(doc, HERE, spec.stem)


def plan_gold_of(spec: ProgressPlan, *, description: str, notes: str) -> dict:
    """One recommendation a run-in, one action a plan row, its status the progress row with its ref."""
    states = {ref: status for ref, _, status in spec.progress}
    recs = [
        recommendation_record(label.split()[-1], " ".join(text.split()[:12]), None)
        for label, text in spec.recommendations
    ]
    acts = []
    for row in spec.actions:
        ref, action, target = row[0], row[1], row[-1]
        printed = states.get(ref)
        acts.append(
            action_record(
                " ".join(action.split()[:8]),
                None,
                ref=ref,
                recommendation_ref=ref.split(".")[0] if "." in ref else None,
                lead=row[spec.lead_column],
                target_date_raw=target,
                target_date=spec.review_fields["target_iso"](target),
                status_raw=printed,
                status=spec.states[printed] if printed else "unknown",
            )
        )
    return plan_gold(
        spec.stem,
        description=description,
        review=spec.review_fields["review"],
        notes=notes,
        recommendations=recs,
        actions=acts,
    )
