"""The label-box plans' shared boxes and gold (plan_gutter_label_boxes_build.py and
pending/build_plan_label_blocks_numbered_items.py): a trust's plan printed as one two-column label
/ value table per recommendation, headed "Recommendation N" across both columns, its rows Issue
identified, Actions to be taken, Person responsible, Target completion date, Evidence to be
provided, Progress to date; the actions, target dates and progress notes numbered "1.", "2."
inside their cells, a progress note opening with its state ("Complete – ..."). Each builder
writes its own trust, title, face and column widths; the boxes and the gold are made here alike.

All people, places and bodies are fictional; the wording is our own.
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx.shared import Cm

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/, for the shared export steps
sys.path.insert(0, str(HERE))  # tests/zoo/, for the plan tables' builders

from plan_gold import NO_LINE, action_record, first_words, plan_gold, recommendation_record, review  # noqa: E402
from plan_merged_build import shade, write  # noqa: E402

__all__ = ["label_box_gold", "label_boxes"]

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]  # fmt: skip
NOTES = (
    "Each numbered date and progress item is the same-numbered action's; the state is the word "
    "opening the progress item. Evidence to be provided is part of the block, not an action. "
    "Action refs are the numbers inside the cell, restarting in each block."
)


def _numbered(items: list[str]) -> str:
    return "\n".join(f"{n}. {item}" for n, item in enumerate(items, 1))


def label_boxes(doc, blocks: list, widths: tuple[float, float], fixed: bool = False) -> None:
    """One box per (number, issue, [(action, date, state, progress)], lead, evidence), its label
    and value columns `widths` cm wide (`fixed`: the table's own columns set too, autofit off)."""
    for number, issue, actions, lead, evidence in blocks:
        doc.add_paragraph()
        t = doc.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        head = t.add_row().cells
        merged = head[0].merge(head[1])
        write(merged, f"Recommendation {number}", bold=True)
        shade(merged, "D9E2F3")
        rows = [
            ("Issue identified", issue),
            ("Actions to be taken", _numbered([a for a, _, _, _ in actions])),
            ("Person responsible", lead),
            ("Target completion date", _numbered([d for _, d, _, _ in actions])),
            ("Evidence to be provided", evidence),
            ("Progress to date", _numbered([f"{s} – {p}" for _, _, s, p in actions])),
        ]
        for label, value in rows:
            cells = t.add_row().cells
            write(cells[0], label, bold=True)
            write(cells[1], value)
            shade(cells[0], "F2F2F2")
        if fixed:
            t.autofit = False
            t.columns[0].width, t.columns[1].width = Cm(widths[0]), Cm(widths[1])
        for row in t.rows:
            row.cells[0].width, row.cells[1].width = Cm(widths[0]), Cm(widths[1])


def _iso(raw: str) -> str:
    day, month, year = raw.split()
    return f"{year}-{MONTHS.index(month) + 1:02d}-{int(day):02d}"


def label_box_gold(stem: str, blocks: list, states: dict[str, str], *, agency: str, description: str) -> dict:
    """The gold of the boxes: each recommendation the trust's, each numbered action its own record
    (ref its number in the cell), its date and state the same-numbered items'."""
    recommendations = [
        recommendation_record(number, first_words(issue, 10), NO_LINE, agency=agency, scope=None)
        for number, issue, _, _, _ in blocks
    ]
    actions = [
        action_record(
            first_words(action, 8),
            NO_LINE,
            ref=str(n),
            recommendation_ref=number,
            lead=lead,
            target_date_raw=date,
            target_date=_iso(date),
            status_raw=state,
            status=states[state],
        )
        for number, _, items, lead, _ in blocks
        for n, (action, date, state, _) in enumerate(items, 1)
    ]
    return plan_gold(
        stem,
        description=description,
        review=review(None, None, doc_kind="action_plan"),
        recommendations=recommendations,
        actions=actions,
        notes=NOTES,
    )
