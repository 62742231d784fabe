"""Build the pending zoo document `sfo_summary_mark_progress_columns_brackenfold`: the published summary
of a probation Serious Further Offence review (Nimbus Sans 10; page 2 landscape, plan 8.5) whose
response plan marks each action's progress by an "X" in one of three state columns.

Page 1: a facts label/value table (not records), findings, "Areas of good practice" bullets (not
records), recommendations "[1]" to "[3]" as hanging paragraphs, a note (not a record). Page 2
(landscape) "Response plan": a two-row header Rec | Action | Responsible | Completion by | "Progress
at 30 September 2025" merged over Not started | In progress | Complete, the first four header cells
merged down over both header rows, the Rec cell merged down over its actions; each action's state
an "X" in one of the three columns; targets "31 Jan 2026"; no action refs. A reporting line under it.

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_sfo_summary_mark_progress_columns.py
    /tmp/venv/bin/python dev/corpus_style.py DIR   # on a folder holding its .pdf and .json
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parent))

from board_response_build import _line_of  # noqa: E402
from docx_build import (  # noqa: E402
    heading,
    kv_table,
    landscape_section,
    merge_down,
    new_doc,
    para,
    repeat_header,
    set_text,
    set_widths,
    shade,
)
from office_export import save_rendered  # noqa: E402
from plan_gold import action_record, plan_gold, recommendation_record, review, save_gold  # noqa: E402

STEM = "sfo_summary_mark_progress_columns_brackenfold"
STATES = ("Not started", "In progress", "Complete")
VALUES = {"Not started": "not_started", "In progress": "in_progress", "Complete": "complete"}
FACTS = [
    ("Review", "Serious Further Offence review"),
    ("Probation region", "Brackenfold and Tyne Moor"),
    ("Offence", "Wounding with intent"),
    ("Supervision", "Community order with a rehabilitation activity requirement"),
]
RECS = [
    (
        "1",
        "Practitioners must check with the police for call-outs to the home address at every review "
        "of a risk assessment, not only at the start of the order.",
    ),
    (
        "2",
        "Managers must countersign any decision to lower a person's risk level within five working "
        "days and record why.",
    ),
    (
        "3",
        "The region should give practitioners supervising violent offences time in their workload for "
        "home visits.",
    ),
]
# (rec, action, responsible, completion by, iso, state)
ROWS = [
    (
        "1",
        "Add a police call-out check to the risk review template",
        "Head of Public Protection",
        "31 Jan 2026",
        "2026-01-31",
        "Complete",
    ),
    (
        "1",
        "Brief every practitioner on the new check at team meetings",
        "Senior Probation Officers",
        "31 Jan 2026",
        "2026-01-31",
        "In progress",
    ),
    (
        "2",
        "Change the case system so that a lowered risk level waits for a manager's countersignature",
        "Business Systems Manager",
        "31 Mar 2026",
        "2026-03-31",
        "Not started",
    ),
    (
        "2",
        "Audit thirty lowered risk levels for a recorded reason",
        "Quality Development Officer",
        "30 Jun 2026",
        "2026-06-30",
        "Not started",
    ),
    (
        "3",
        "Add a home visit allowance to the workload measurement tool",
        "Deputy Regional Director",
        "31 Mar 2026",
        "2026-03-31",
        "In progress",
    ),
]
# practitioners and managers of the local probation delivery unit; the region itself across its areas
SCOPES = {"1": "local", "2": "local", "3": "regional"}
WIDTHS = (1.2, 9.0, 4.6, 2.8, 2.2, 2.2, 2.2)


def plan_table(doc):
    """The response plan: two header rows, the state columns under one merged name."""
    t = doc.add_table(rows=2, cols=len(WIDTHS))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for row in t.rows:
        repeat_header(row)
    for k, name in enumerate(("Rec", "Action", "Responsible", "Completion by")):
        set_text(t.cell(0, k), name, bold=True, size=8.5)
        t.cell(0, k).merge(t.cell(1, k))
    top = t.cell(0, 4).merge(t.cell(0, 6))
    set_text(top, "Progress at 30 September 2025", bold=True, size=8.5)
    top.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    for k, name in enumerate(STATES, start=4):
        set_text(t.cell(1, k), name, bold=True, size=8.5)
    for row in t.rows:
        for c in row.cells:
            shade(c, "D9D9D9")
    first = {}
    for n, (rec, action, who, by, _, state) in enumerate(ROWS, start=2):
        marks = ["X" if s == state else "" for s in STATES]
        row = t.add_row()
        for c, v in zip(row.cells, [rec, action, who, by, *marks]):
            set_text(c, v, size=8.5)
        for c in row.cells[4:]:
            c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        first.setdefault(rec, [n, n])[1] = n
    for a, b in first.values():
        merge_down(t, 0, a, b, size=8.5)
    set_widths(t, WIDTHS)
    return t


def build() -> None:
    doc = new_doc(font="Nimbus Sans", size=10, footer_label="Probation Service • Brackenfold •")
    doc.sections[0].left_margin = doc.sections[0].right_margin = Cm(2.0)
    para(doc, "OFFICIAL | Published summary", size=8)
    para(doc, "Serious Further Offence review: published summary", bold=True, size=14)
    kv_table(doc, FACTS, size=9.5)
    heading(doc, "What the review found", 2)
    para(
        doc,
        "Mr Ellis Harcourt was supervised on a community order when he seriously injured a neighbour. The "
        "review found that his risk was assessed well at the start of the order but was not looked at again "
        "when the police were called to his home twice in the following months.",
    )
    heading(doc, "Areas of good practice", 2)
    for text in (
        "The first risk assessment drew on the pre-sentence report and the victim's account.",
        "Appointments were kept and missed ones were followed up the same day.",
    ):
        doc.add_paragraph(text, style="List Bullet")
    heading(doc, "Recommendations", 2)
    for number, text in RECS:
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(1.0)
        p.paragraph_format.first_line_indent = Cm(-1.0)
        p.add_run(f"[{number}]\t{text}")
    para(doc, "Note: names in this summary have been changed.", italic=True, size=9)
    sec = landscape_section(doc)
    sec.left_margin = sec.right_margin = Cm(2.0)
    heading(doc, "Response plan", 2)
    plan_table(doc)
    p = para(doc, "Progress is reported to the regional quality board every quarter.", size=9)
    p.runs[0].font.size = Pt(9)
    save_rendered(doc, HERE, STEM)


def gold() -> dict:
    lines = (HERE / f"{STEM}.txt").read_text(encoding="utf-8").splitlines()
    recs = [
        recommendation_record(
            number, " ".join(text.split()[:10]), _line_of(lines, text), scope=SCOPES[number]
        )
        for number, text in RECS
    ]
    actions = [
        action_record(
            " ".join(action.split()[:8]),
            _line_of(lines, action),
            recommendation_ref=rec,
            lead=who,
            target_date_raw=by,
            target_date=iso_by,
            status_raw=state,
            status=VALUES[state],
        )
        for rec, action, who, by, iso_by, state in ROWS
    ]
    return plan_gold(
        STEM,
        description=(
            "Probation SFO review published summary (Nimbus Sans 10, page 2 landscape): a facts table, findings, "
            "good-practice bullets, recommendations [1]-[3] as hanging paragraphs, a note; a response plan with a "
            "two-row header Rec | Action | Responsible | Completion by | 'Progress at 30 September 2025' merged "
            "over Not started | In progress | Complete, the state an X in one of the three columns, Rec merged down, "
            "targets '31 Jan 2026'"
        ),
        review=review(None, "Brackenfold", None, doc_kind="executive_summary"),
        recommendations=recs,
        actions=actions,
        notes=(
            "Recommendations [1]-[3], ref the number in the brackets. One action per plan row, no ref of its own, "
            "recommendation_ref the Rec cell. Status the state column holding the X (status_raw its name). "
            "review_type null (a probation review has no contract type). Not records: the facts table, the "
            "good-practice bullets, the note, the reporting line."
        ),
    )


if __name__ == "__main__":
    build()
    save_gold(HERE, STEM, gold())
    print("wrote", f"{STEM}.json")
