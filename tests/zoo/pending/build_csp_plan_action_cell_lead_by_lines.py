"""Build the pending zoo document `csp_plan_action_cell_lead_by_lines_fallowmere`: a community safety
partnership's DHR action plan of three columns, Recommendation | What we will do | Progress (Noto Sans 9.5),
whose middle cell holds everything about one action: its bold number ("1a"), what will be done, an
italic "Lead:" line and a "By:" line; the Progress cell a bold state word ("Embedded", "Underway",
"Yet to start") over a short note. The Recommendation cell ("1. <text>") is merged down over its
actions. The table runs over a page break inside recommendation 3. A progress key table before it and a
notes paragraph naming action numbers after it are not records.

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_csp_plan_action_cell_lead_by_lines.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py tests/zoo/pending   # the .corpus.txt
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parent))

from board_response_build import _line_of  # noqa: E402
from docx_build import (  # noqa: E402
    heading,
    kv_table,
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

STEM = "csp_plan_action_cell_lead_by_lines_fallowmere"
STATES = {"Embedded": "complete", "Underway": "in_progress", "Yet to start": "not_started"}
RECS = [
    ("1", "Fallowmere CSP should make sure every agency's staff can recognise economic abuse."),
    (
        "2",
        "The GP practices in Fallowmere should ask about domestic abuse when a patient discloses low mood.",
    ),
    ("3", "Fallowmere Police should review how repeat calls from one address are flagged to supervisors."),
]
# (rec, number, what will be done, lead, by, by iso, state, note)
ACTIONS = [
    (
        "1",
        "1a",
        "Add economic abuse to the partnership's core domestic abuse training.",
        "CSP Training Coordinator",
        "October 2025",
        "2025-10",
        "Embedded",
        "In the course since September.",
    ),
    (
        "1",
        "1b",
        "Publish a short guide on economic abuse for housing and benefits staff.",
        "Head of Housing Options",
        "December 2025",
        "2025-12",
        "Underway",
        "Draft with the bank's charity.",
    ),
    (
        "2",
        "2a",
        "Add a routine enquiry prompt to the GP record template for low mood.",
        "Primary Care Network Lead",
        "January 2026",
        "2026-01",
        "Underway",
        "Template change requested.",
    ),
    (
        "2",
        "2b",
        "Run two lunchtime sessions for GP practice staff on asking safely.",
        "Named GP for Safeguarding",
        "March 2026",
        "2026-03",
        "Yet to start",
        "Dates being set.",
    ),
    (
        "3",
        "3a",
        "Change the call handling system so a third call from an address in a month alerts a sergeant.",
        "Fallowmere Police Control Room Inspector",
        "February 2026",
        "2026-02",
        "Underway",
        "Testing the alert.",
    ),
    (
        "3",
        "3b",
        "Audit repeat-call addresses every quarter and report to the CSP board.",
        "Fallowmere Police Domestic Abuse Lead",
        "June 2026",
        "2026-06",
        "Yet to start",
        "First audit in April.",
    ),
]
WIDTHS = (5.2, 7.6, 3.6)


def action_cell(cell, number, text, lead, by) -> None:
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(number)
    r.bold = True
    for line, italic in ((text, False), (f"Lead: {lead}", True), (f"By: {by}", False)):
        q = cell.add_paragraph()
        run = q.add_run(line)
        run.italic = italic
    for q in cell.paragraphs:
        for run in q.runs:
            run.font.size = Pt(9.5)


def progress_cell(cell, state, note) -> None:
    cell.text = ""
    r = cell.paragraphs[0].add_run(state)
    r.bold = True
    r.font.size = Pt(9.5)
    q = cell.add_paragraph().add_run(note)
    q.font.size = Pt(9.5)


def plan_table(doc):
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    repeat_header(t.rows[0])
    for cell, name in zip(t.rows[0].cells, ("Recommendation", "What we will do", "Progress")):
        set_text(cell, name, bold=True, size=9.5)
        shade(cell, "E2EFDA")
    spans = {}
    for n, (rec, number, text, lead, by, _, state, note) in enumerate(ACTIONS, start=1):
        row = t.add_row()
        words = dict(RECS)[rec]
        set_text(row.cells[0], f"{rec}. {words}", size=9.5)
        action_cell(row.cells[1], number, text, lead, by)
        progress_cell(row.cells[2], state, note)
        spans.setdefault(rec, [n, n])[1] = n
    for a, b in spans.values():
        merge_down(t, 0, a, b, size=9.5)
    set_widths(t, WIDTHS)
    return t


def build() -> None:
    doc = new_doc(font="Noto Sans", size=10, footer_label="Fallowmere CSP • DHR 'Ruth' action plan •")
    para(doc, "Fallowmere Community Safety Partnership", bold=True, size=13)
    para(doc, "Domestic Homicide Review 'Ruth' – Action Plan", bold=True, size=15)
    para(
        doc,
        "This plan sets out what the partnership and its members will do in response to the review's "
        "recommendations. It is reviewed at every meeting of the partnership's domestic abuse board.",
    )
    for _ in range(3):
        para(
            doc,
            "The board asked each agency to name one person who will answer for each action and to give a "
            "month by which the action will be done. Progress is reported in the partnership's own words.",
        )
    heading(doc, "Progress key", 2)
    kv_table(
        doc,
        [
            ("Embedded", "Done and part of everyday practice"),
            ("Underway", "Started"),
            ("Yet to start", "Not begun"),
        ],
        widths=(4, 12),
        size=9.5,
    )
    plan_table(doc)
    para(doc, "")
    para(
        doc,
        "Notes: actions 1a and 3a were agreed at the board in July; action 2b depends on the training budget.",
        size=9.5,
    )
    save_rendered(doc, HERE, STEM)


def gold() -> dict:
    lines = (HERE / f"{STEM}.txt").read_text(encoding="utf-8").splitlines()
    recs = [recommendation_record(n, " ".join(t.split()[:8]), _line_of(lines, t)) for n, t in RECS]
    recs[2]["agency"] = "Fallowmere Police"
    actions = [
        action_record(
            " ".join(text.split()[:8]),
            _line_of(lines, text),
            ref=number,
            recommendation_ref=rec,
            lead=lead,
            target_date_raw=by,
            target_date=iso_by,
            status_raw=state,
            status=STATES[state],
        )
        for rec, number, text, lead, by, iso_by, state, _ in ACTIONS
    ]
    return plan_gold(
        STEM,
        description=(
            "CSP DHR action plan (Noto Sans 9.5): Recommendation | What we will do | Progress, the Recommendation "
            "cell '1. <text>' merged down; the middle cell a bold action number '1a', the action, an italic "
            "'Lead:' line and a 'By:' line; Progress a bold Embedded / Underway / Yet to start over a note; over a "
            "page break inside recommendation 3"
        ),
        review=review("DHR", "Fallowmere", "Ruth"),
        recommendations=recs,
        actions=actions,
        notes=(
            "Three recommendations (their cells' words), six actions: ref the bold number, lead the 'Lead:' line, "
            "target the 'By:' line, status the bold state word (key: Embedded = done, Underway = started, Yet to "
            "start = not begun). Not records: the key table, the notes paragraph."
        ),
    )


if __name__ == "__main__":
    build()
    save_gold(HERE, STEM, gold())
    print("wrote", f"{STEM}.json")
