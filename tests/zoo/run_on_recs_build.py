"""The shared steps of the zoo's thematic SARs whose recommendations run on in number through
the agencies' headings (pending/build_sar_thematic_recs_run_on*.py): each agency's name in
bold over its hanging numbered recommendations, a plan whose first cell (the agency) is merged
down over that agency's rows, and the gold records of both. Each builder keeps its own words,
fonts and widths.

`recs`: [(agency, [(number, recommendation)])]; `plan`: [(agency, rec, action, target, status)]
with targets written "Mon-yy".
"""

from __future__ import annotations

from docx_build import add_row, make_table, merge_down, numbered, para
from plan_gold import action_record, find_line, first_words, recommendation_record

MONTHS = {"Mar": "03", "Jun": "06", "Sep": "09", "Dec": "12"}
STATUS = {
    "Complete": "complete",
    "On track": "in_progress",
    "Off track": "in_progress",
    "Not started": "not_started",
}


def agency_recommendations(doc, recs) -> None:
    """Each agency's name in bold, its recommendations numbered under it."""
    for agency, numbered_recs in recs:
        para(doc, agency, bold=True)
        for number, text in numbered_recs:
            numbered(doc, f"{number}.", text)


def merged_plan(doc, headers: list[str], widths: list[float], plan, size: float):
    """The plan's table, each agency's cell merged down over its rows."""
    t = make_table(doc, headers, widths, size=size)
    first = 1
    for n, row in enumerate(plan, start=1):
        add_row(t, list(row), widths, size=size)
        if n == len(plan) or plan[n][0] != row[0]:
            merge_down(t, 0, first, n, size=size)
            first = n + 1
    return t


def month(raw: str) -> str:
    """ "Jun-25" as the ISO month "2025-06"."""
    mon, yy = raw.split("-")
    return f"20{yy}-{MONTHS[mon]}"


def recommendation_records(lines, recs) -> list[dict]:
    """The numbered paragraphs, each the agency of the heading above it."""
    return [
        recommendation_record(
            number, first_words(text, 10), find_line(lines, text), agency=agency, level="agency"
        )
        for agency, numbered_recs in recs
        for number, text in numbered_recs
    ]


def action_records(lines, plan, words: int) -> list[dict]:
    """The plan's rows, their agency section the merged first cell (no lead column); `words`:
    how many of the action's first words the gold keeps."""
    return [
        action_record(
            first_words(action, words),
            find_line(lines, action),
            recommendation_ref=rec,
            agency_section=agency,
            target_date_raw=target,
            target_date=month(target),
            status_raw=state,
            status=STATUS[state],
        )
        for agency, rec, action, target, state in plan
    ]
