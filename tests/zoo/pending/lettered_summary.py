"""The lettered SAR summaries' shared parts (build_sar_summary_for_what_who_plan.py and
build_sar_summary_lettered_parts.py): a SAR executive summary whose recommendations are lettered
hanging paragraphs ("A." - "D."), one of them a lead sentence over indented parts "(i)", "(ii)"
(one record), and whose plan is a table For | What we will do | Who | By when | How we will know it
has worked | Progress, the For cell the action's ref ("A", "B(i)"), its letter the
recommendation's ref. Each builder writes its own title, findings and wording; the
recommendations, the plan and their gold records are made here alike: targets a season (a year)
or "End of <Month> yyyy" (a month), Progress Done / Under way / Not begun.

All people, places and bodies are fictional; the wording is our own.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parent))

from docx.shared import Cm  # noqa: E402
from docx_build import add_row, make_table  # noqa: E402
from plan_gold import action_record, first_words, line_holding, recommendation_record, season_or_month  # noqa: E402

__all__ = ["for_plan", "lettered_recommendations", "lettered_records"]

STATES = {"Done": "complete", "Under way": "in_progress", "Not begun": "not_started"}
HEADERS = ["For", "What we will do", "Who", "By when", "How we will know it has worked", "Progress"]


def _hanging(doc, mark, text, indent=1.0, left=0.0):
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(left + indent)
    p.paragraph_format.first_line_indent = Cm(-indent)
    p.add_run(f"{mark}\t{text}")
    return p


def lettered_recommendations(doc, recs: list) -> None:
    """Each (letter, recommendation, parts) a hanging paragraph, its parts "(i)", "(ii)" indented under it."""
    for letter, text, parts in recs:
        _hanging(doc, f"{letter}.", text)
        for n, part in enumerate(parts):
            _hanging(doc, f"({'i' * (n + 1)})", part, indent=0.8, left=1.0)


def for_plan(doc, plan: list, widths: list[float]) -> None:
    """The plan's table, each row (for, what we will do, who, by when, how we will know, progress)."""
    table = make_table(doc, HEADERS, widths, size=8)
    for row in plan:
        add_row(table, list(row), widths, size=8)


def lettered_records(lines: list[str], recs: list, plan: list) -> tuple[list[dict], list[dict]]:
    """The gold's recommendations (local, the parts in their lead's record) and actions."""
    recommendations = [
        recommendation_record(letter, first_words(text, 8), line_holding(lines, text, 6), scope="local")
        for letter, text, _ in recs
    ]
    actions = [
        action_record(
            first_words(what, 8),
            line_holding(lines, what, 5),
            ref=ref,
            recommendation_ref=ref[0],
            lead=who,
            target_date_raw=when,
            target_date=season_or_month(when),
            status_raw=state,
            status=STATES[state],
        )
        for ref, what, who, when, _, state in plan
    ]
    return recommendations, actions
