"""The learning-list summaries' shared list, plan and gold (build_dhr_labelled_items_repeated_plan.py
and pending/build_dhr_learning_recommendation_list.py): a DHR executive summary whose one numbered
list mixes learning points and recommendations, each item opening with a bold "Learning:" or
"Recommendation:", and whose plan Rec no. | Recommendation | Action | Lead agency | Completion date
| Status prints the recommendation's number and whole text again on every one of its action rows
(one action a row, no action ref; dates "Month yyyy"; statuses Complete / Ongoing / Not started).
Each builder writes its own partnership, victim, sections and export; the list, the plan and the
gold are made here alike: the recommendations are the Recommendation items only, their ref the
list's number, their text the words after the label.

All people, places and bodies are fictional; the wording is our own.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/, for the shared export steps
sys.path.insert(0, str(HERE))  # tests/zoo/, for the gold frame

from board_response_build import _line_of  # noqa: E402
from docx.shared import Cm  # noqa: E402
from docx_build import add_row, make_table  # noqa: E402
from plan_gold import action_record, plan_gold, recommendation_record, review  # noqa: E402

__all__ = ["labelled_list", "learning_list_gold", "repeated_plan"]

STATUS = {"Complete": "complete", "Ongoing": "in_progress", "Not started": "not_started"}
HEADERS = ["Rec no.", "Recommendation", "Action", "Lead agency", "Completion date", "Status"]
WIDTHS = [1.3, 4.6, 4.2, 2.6, 1.9, 1.7]
NOTES = "Recommendations are the list's Recommendation items only (ref the list number)."


def _list_item(doc, number: int, label: str, text: str) -> None:
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(0.8)
    p.paragraph_format.first_line_indent = Cm(-0.8)
    p.add_run(f"{number}.\t")
    p.add_run(f"{label}:").bold = True
    p.add_run(f" {text}")


def labelled_list(doc, items: list[tuple[str, str]]) -> None:
    """The numbered list, each (label, text) an item opening with its bold label."""
    for n, (label, text) in enumerate(items, start=1):
        _list_item(doc, n, label, text)


def repeated_plan(doc, items: list[tuple[str, str]], rows: list) -> None:
    """The plan, each (ref, action, lead, when, iso, state) row printing its recommendation's text again."""
    t = make_table(doc, HEADERS, WIDTHS, size=8.5)
    for ref, action, lead, when, _, state in rows:
        add_row(t, [ref, items[int(ref) - 1][1], action, lead, when, state], WIDTHS, size=8.5)


def learning_list_gold(
    folder: Path, stem: str, items: list, rows: list, *, description: str, area: str, victim: str
) -> dict:
    """The gold of the summary rendered at folder/stem.txt."""
    lines = (folder / f"{stem}.txt").read_text(encoding="utf-8").splitlines()
    recs = [
        recommendation_record(str(n), " ".join(text.split()[:10]), _line_of(lines, text[:40]), scope=None)
        for n, (label, text) in enumerate(items, start=1)
        if label == "Recommendation"
    ]
    actions = [
        action_record(
            " ".join(action.split()[:8]),
            _line_of(lines, action),
            recommendation_ref=ref,
            lead=lead,
            target_date_raw=when,
            target_date=iso,
            status_raw=state,
            status=STATUS[state],
        )
        for ref, action, lead, when, iso, state in rows
    ]
    return plan_gold(
        stem,
        family="dhr_learning_recommendation_list",
        description=description,
        review=review("DHR", area, victim, doc_kind="executive_summary"),
        review_alternatives={"area": [f"{area} Community Safety Partnership"]},
        recommendations=recs,
        actions=actions,
        notes=NOTES,
    )
