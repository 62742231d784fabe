"""Build a zoo Welsh-style concise adult practice review learning summary: a form of numbered
one-column boxes, the recommendations as numbered lines inside one box's single cell.

apr_learning_summary_boxes: a Safeguarding Board's concise adult practice review learning
summary (DejaVu Sans Mono 9; the gold's type SAR). A label / value box with "Board reference"
(the review's id), then boxes each a shaded label row "Box N  <title>" over one text row: Box 1
the outline, Box 2 good practice, Box 3 learning (bullets, not recommendations), Box 4 the
recommendations as lines "4.1 ..." to "4.3 ..." inside ONE cell, each naming the body that is to
act; page 2 Box 5 the plan, a legend "Progress: Achieved / Partially achieved / Not yet started"
over a table Rec | Action | Lead | Target | Progress, targets "Mon-yy", 4.2 with two rows, no
action refs; Box 6 the sign-off.

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_apr_learning_summary_boxes.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py DIR   # on a folder holding its .pdf and .json
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parent))

from board_response_build import _line_of  # noqa: E402
from docx.shared import Pt  # noqa: E402
from docx_build import add_row, kv_table, make_table, new_doc, page_break, para, set_text, set_widths, shade  # noqa: E402
from office_export import save_rendered  # noqa: E402
from plan_gold import action_record, plan_gold, recommendation_record, review, save_gold  # noqa: E402

STEM = "apr_learning_summary_boxes"
RECS = [
    (
        "4.1",
        "The Health Board should make sure that district nurses record who else lives in the home "
        "at every first visit.",
    ),
    (
        "4.2",
        "The Local Authority should review how carers' assessments are offered when a carer is "
        "themselves unwell.",
    ),
    (
        "4.3",
        "The Board should share this summary with all partner agencies and ask each to report "
        "back on what it has changed.",
    ),
]
PROGRESS = {"Achieved": "complete", "Partially achieved": "in_progress", "Not yet started": "not_started"}
# (rec, action, lead, target, iso, progress)
ROWS = [
    (
        "4.1",
        "Add a household question to the district nursing first visit form.",
        "Glyncoed Health Board",
        "Mar-25",
        "2025-03",
        "Achieved",
    ),
    (
        "4.2",
        "Audit carers' assessments offered in the last year.",
        "Glyncoed County Council",
        "Jun-25",
        "2025-06",
        "Partially achieved",
    ),
    (
        "4.2",
        "Write guidance on assessing a carer who is unwell.",
        "Glyncoed County Council",
        "Sep-25",
        "2025-09",
        "Not yet started",
    ),
    (
        "4.3",
        "Send the summary to partners and collect their replies.",
        "Board Business Unit",
        "Dec-25",
        "2025-12",
        "Partially achieved",
    ),
]


def _box(doc, label: str, lines: list[str]) -> None:
    t = doc.add_table(rows=2, cols=1)
    t.style = "Table Grid"
    set_text(t.cell(0, 0), label, bold=True, size=9)
    shade(t.cell(0, 0), "D9D9D9")
    cell = t.cell(1, 0)
    set_text(cell, lines[0], size=9)
    for line in lines[1:]:
        cell.add_paragraph().add_run(line).font.size = Pt(9)
    set_widths(t, [16.5])
    doc.add_paragraph()


def build() -> None:
    doc = new_doc(font="DejaVu Sans Mono", size=9)
    para(doc, "Glyncoed Regional Safeguarding Board", bold=True, size=12)
    para(doc, "Concise Adult Practice Review: Learning Summary", bold=True, size=11)
    kv_table(
        doc,
        [("Board reference", "GRSB/APR/2023/04"), ("Adult", "Mr Alun"), ("Date completed", "October 2024")],
        widths=(5, 11.5),
        size=9,
    )
    _box(
        doc,
        "Box 1  Outline of the case",
        [
            "Mr Alun, aged 81, lived with his wife, who was his carer. He died in hospital after a fall at home "
            "in 2023; pressure damage was found on admission."
        ],
    )
    _box(
        doc,
        "Box 2  Good practice",
        ["The GP practice visited promptly after each fall and referred Mr Alun for a falls assessment."],
    )
    _box(
        doc,
        "Box 3  Learning",
        [
            "• Nobody asked Mrs Alun whether she could still manage his care.",
            "• District nurses did not know that a grandson had moved into the home.",
        ],
    )
    _box(doc, "Box 4  Recommendations", [f"{ref} {text}" for ref, text in RECS])
    page_break(doc)
    para(doc, "Box 5  Action plan", bold=True)
    para(doc, "Progress: Achieved / Partially achieved / Not yet started")
    widths = [1.2, 6.6, 3.8, 1.8, 3.1]
    t = make_table(doc, ["Rec", "Action", "Lead", "Target", "Progress"], widths, size=9)
    for rec, action, lead, target, _, progress in ROWS:
        add_row(t, [rec, action, lead, target, progress], widths, size=9)
    doc.add_paragraph()
    _box(doc, "Box 6  Sign-off", ["Approved by the Board's review group, October 2024."])
    save_rendered(doc, HERE, STEM)


def gold() -> dict:
    lines = (HERE / f"{STEM}.txt").read_text(encoding="utf-8").splitlines()
    recs = [
        recommendation_record(ref, " ".join(text.split()[:10]), _line_of(lines, text), scope=None)
        for ref, text in RECS
    ]
    actions = [
        action_record(
            " ".join(action.split()[:8]),
            _line_of(lines, action),
            recommendation_ref=rec,
            lead=lead,
            target_date_raw=target,
            target_date=iso,
            status_raw=progress,
            status=PROGRESS[progress],
        )
        for rec, action, lead, target, iso, progress in ROWS
    ]
    return plan_gold(
        STEM,
        family="apr_learning_summary_boxes",
        description=(
            "concise adult practice review learning summary (DejaVu Sans Mono 9): numbered one-column "
            "boxes, Box 4 the recommendations 4.1-4.3 as lines of one cell, Box 5 a plan Rec | Action | "
            "Lead | Target | Progress under a progress legend"
        ),
        review=review("SAR", "Glyncoed", None, doc_kind="overview_report", review_id="GRSB/APR/2023/04"),
        review_alternatives={"area": ["Glyncoed Regional Safeguarding Board"]},
        recommendations=recs,
        actions=actions,
        notes="The recommendations are the numbered lines inside Box 4's one cell.",
    )


if __name__ == "__main__":
    build()
    save_gold(HERE, STEM, gold())
    print("wrote", f"{STEM}.json")
