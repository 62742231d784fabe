"""The percent tracker family's shared table and gold (build_sar_tracker_repeated_recs.py and its
stand-ins build_sar_tracker_percent_page_break.py, build_sar_tracker_percent_narrow.py): a
Safeguarding Adults Board's SAR tracker exported from a spreadsheet, "Rec | Recommendation | Act |
Action | Owner | Target date | % complete | Date completed", the recommendation's whole text
printed again on every action row, action refs "1a", ISO dates, a percentage for the status and
the day done only on closed rows. Each stand-in writes its own title, paragraphs, face and
widths; the table and the gold are built from its recommendations and rows alike: one
recommendation per Rec number (the repeats are one record), 100% complete, 0% not started,
anything between in progress.

All people, places and bodies are fictional; the wording is our own.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # tests/, for the shared export steps
sys.path.insert(0, str(HERE.parent))  # tests/zoo/, for the gold frame

from docx_build import add_row, make_table  # noqa: E402
from plan_gold import action_record, find_line, first_words, plan_gold, recommendation_record  # noqa: E402

__all__ = ["tracker_gold", "tracker_table"]

FAMILY = "SAR tracker: recommendation text repeated on every action row"
HEADERS = ["Rec", "Recommendation", "Act", "Action", "Owner", "Target date", "% complete", "Date completed"]


def tracker_table(doc, recs: dict[str, str], rows: list, widths: list[float], size: float) -> None:
    """The tracker's table: each row (rec, act, action, owner, target, % complete, date completed)
    with its recommendation's text `recs[rec]` printed again."""
    t = make_table(doc, HEADERS, widths, size=size)
    for rec, act, action, owner, target, pct, done in rows:
        add_row(t, [rec, recs[rec], act, action, owner, target, pct, done], widths, size=size)


def tracker_gold(
    stem: str,
    lines: list[str],
    recs: dict[str, str],
    rows: list,
    *,
    description: str,
    review: dict,
    action_words: int,
    notes: str,
) -> dict:
    return plan_gold(
        stem,
        family=FAMILY,
        description=description,
        review=review,
        recommendations=[
            recommendation_record(number, first_words(text, 10), find_line(lines, text))
            for number, text in recs.items()
        ],
        actions=[
            action_record(
                first_words(action, action_words),
                find_line(lines, action),
                ref=act,
                recommendation_ref=rec,
                lead=owner,
                target_date_raw=target,
                target_date=target,
                status_raw=pct,
                status={"100%": "complete", "0%": "not_started"}.get(pct, "in_progress"),
            )
            for rec, act, action, owner, target, pct, _ in rows
        ],
        notes=notes,
    )
