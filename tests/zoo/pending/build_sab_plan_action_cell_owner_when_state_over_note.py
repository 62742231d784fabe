"""Build the pending zoo document `sab_plan_action_cell_owner_when_state_over_note_kestlebury`: a
safeguarding adults board's SAR action plan of three columns, Recommendation | Actions agreed | Update
(Liberation Sans 9.5), whose middle cell holds everything about one action: its bold number ("1.1"),
what will be done (often over two or three lines), an "Owner:" line and a "When:" line; the Update cell
a bold state ("Complete", "In progress", "Not started") over a note of a line or two. The Recommendation
cell ("1. <text>") is merged down over its actions. Eight actions under four recommendations run over a
page break, the header repeated. A short introduction before and a sign-off line after are not records.

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_sab_plan_action_cell_owner_when_state_over_note.py
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
from docx_build import merge_down, new_doc, para, repeat_header, set_text, set_widths, shade  # noqa: E402
from office_export import save_rendered  # noqa: E402
from plan_gold import action_record, plan_gold, recommendation_record, review, save_gold  # noqa: E402

STEM = "sab_plan_action_cell_owner_when_state_over_note_kestlebury"
STATES = {"Complete": "complete", "In progress": "in_progress", "Not started": "not_started"}
SIZE = 9.5
RECS = [
    (
        "1",
        "Kestlebury SAB should make sure that self-neglect referrals are discussed at a multi-agency meeting.",
    ),
    ("2", "Adult social care should record the adult's own view of the risk at every review."),
    (
        "3",
        "The ambulance service should pass on concerns about hoarding to the local authority the same day.",
    ),
    ("4", "Kestlebury SAB should seek assurance that learning from this review reaches housing staff."),
]
# (rec, number, what will be done, owner, when, when iso, state, note)
ACTIONS = [
    (
        "1",
        "1.1",
        "Agree terms of reference for a monthly self-neglect panel chaired by the local authority.",
        "Head of Adult Safeguarding",
        "September 2025",
        "2025-09",
        "Complete",
        "Panel met for the first time in October with six agencies.",
    ),
    (
        "1",
        "1.2",
        "Write referral criteria for the panel and share them with every partner.",
        "SAB Business Manager",
        "November 2025",
        "2025-11",
        "In progress",
        "Criteria drafted; comments due from health partners.",
    ),
    (
        "2",
        "2.1",
        "Add a field for the adult's own words about risk to the review form.",
        "Principal Social Worker",
        "January 2026",
        "2026-01",
        "In progress",
        "Change booked with the case system supplier.",
    ),
    (
        "2",
        "2.2",
        "Audit twenty reviews for whether the adult's view was asked and written down.",
        "Quality Assurance Manager",
        "April 2026",
        "2026-04",
        "Not started",
        "Audit planned for the spring.",
    ),
    (
        "3",
        "3.1",
        "Add hoarding to the list of concerns crews report through the single referral line.",
        "Ambulance Safeguarding Lead",
        "October 2025",
        "2025-10",
        "Complete",
        "Referral line guidance reissued to all crews.",
    ),
    (
        "3",
        "3.2",
        "Check a month of referrals for reports sent on the day the crew attended.",
        "Ambulance Safeguarding Lead",
        "February 2026",
        "2026-02",
        "Not started",
        "Waiting for the new reporting tool.",
    ),
    (
        "4",
        "4.1",
        "Run a learning briefing on this review for housing officers and tenancy support workers.",
        "Housing Services Manager",
        "December 2025",
        "2025-12",
        "In progress",
        "Two of four briefings held; the rest booked for January.",
    ),
    (
        "4",
        "4.2",
        "Report attendance at the briefings to the SAB's learning and development group.",
        "SAB Business Manager",
        "March 2026",
        "2026-03",
        "Not started",
        "Due once the briefings are finished.",
    ),
]
WIDTHS = (5.0, 7.8, 4.0)


def _runs(cell, lines: list[tuple[str, bool]]) -> None:
    """The cell's paragraphs, one a line, the first bold where asked."""
    cell.text = ""
    for k, (line, bold) in enumerate(lines):
        p = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(SIZE)


def plan_table(doc):
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    repeat_header(t.rows[0])
    for cell, name in zip(t.rows[0].cells, ("Recommendation", "Actions agreed", "Update")):
        set_text(cell, name, bold=True, size=SIZE)
        shade(cell, "DDEBF7")
    spans = {}
    for n, (rec, number, text, owner, when, _, state, note) in enumerate(ACTIONS, start=1):
        row = t.add_row()
        set_text(row.cells[0], f"{rec}. {dict(RECS)[rec]}", size=SIZE)
        _runs(
            row.cells[1],
            [(number, True), (text, False), (f"Owner: {owner}", False), (f"When: {when}", False)],
        )
        _runs(row.cells[2], [(state, True), (note, False)])
        spans.setdefault(rec, [n, n])[1] = n
    for a, b in spans.values():
        merge_down(t, 0, a, b, size=SIZE)
    set_widths(t, WIDTHS)
    return t


def build() -> None:
    doc = new_doc(font="Liberation Sans", size=10, footer_label="Kestlebury SAB – SAR 'Edwin' action plan –")
    para(doc, "Kestlebury Safeguarding Adults Board", bold=True, size=13)
    para(doc, "Safeguarding Adults Review 'Edwin' – Action Plan", bold=True, size=15)
    for _ in range(6):
        para(
            doc,
            "The Board accepted all four recommendations of the review. Each partner named an owner for its "
            "actions and a month by which each will be done; updates are given at every Board meeting and the "
            "plan stays open until the Board agrees every action is complete.",
        )
    plan_table(doc)
    para(doc, "")
    para(doc, "Plan signed off by the Board's independent chair, July 2025.", size=SIZE)
    save_rendered(doc, HERE, STEM)


def gold() -> dict:
    lines = (HERE / f"{STEM}.txt").read_text(encoding="utf-8").splitlines()
    recs = [recommendation_record(n, " ".join(t.split()[:8]), _line_of(lines, t)) for n, t in RECS]
    actions = [
        action_record(
            " ".join(text.split()[:8]),
            _line_of(lines, text),
            ref=number,
            recommendation_ref=rec,
            lead=owner,
            target_date_raw=when,
            target_date=iso,
            status_raw=state,
            status=STATES[state],
        )
        for rec, number, text, owner, when, iso, state, _ in ACTIONS
    ]
    return plan_gold(
        STEM,
        description=(
            "SAB SAR action plan (Liberation Sans 9.5): Recommendation | Actions agreed | Update, the Recommendation "
            "cell '1. <text>' merged down; the middle cell a bold number '1.1', the action, an 'Owner:' line and a "
            "'When:' line; Update a bold Complete / In progress / Not started over a note; over a page break"
        ),
        review=review("SAR", "Kestlebury", "Edwin"),
        recommendations=recs,
        actions=actions,
        notes=(
            "Four recommendations (their cells' words), eight actions: ref the bold number, lead the 'Owner:' line, "
            "target the 'When:' line, status the bold state over the note. Not records: the introduction, the "
            "sign-off line."
        ),
    )


if __name__ == "__main__":
    build()
    save_gold(HERE, STEM, gold())
    print("wrote", f"{STEM}.json")
