"""Build the pending zoo document `dhr_assurance_plan_row_over_page_break_carrowdale`: the Hollinsby
assurance plan's form (`build_dhr_assurance_plan_ref_last_met_ratings.py`: DejaVu Serif 9.5, plan 8.5,
Action | Lead | Due | Evidence seen | Assurance rating | Ref, the ref last, a shaded band row
"Recommendation N: <text>" above each group, Fully met / Partly met / Not met) grown to seven actions
and pushed down the page so that the plan runs over the page break: action 2.2's Action cell runs on
over the break (its other cells stay on page 1), the header is repeated on page 2 and the plan goes on
there; a count line and a paragraph naming actions 2.2 and 2.3 under it (not records).

The form of heldout37 family 3 (a row split over a page break), in our own words; all people, places
and bodies are fictional.

    python tests/zoo/pending/build_dhr_assurance_plan_row_over_page_break.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py DIR   # on a folder holding its .pdf and .json
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

import build_dhr_assurance_plan_ref_last_met_ratings as form  # noqa: E402
from board_response_build import _line_of  # noqa: E402
from docx_build import add_row, full_row, heading, make_table, new_doc, para, repeat_header  # noqa: E402
from office_export import save_rendered  # noqa: E402
from plan_gold import action_record, plan_gold, recommendation_record, review, save_gold  # noqa: E402

STEM = "dhr_assurance_plan_row_over_page_break_carrowdale"
PLACE = "Carrowdale"
INTRO = (
    "This report sets out the actions agreed after the review and what the Assurance Group has seen of "
    "each. It is updated every six months and shared with the Partnership board."
)
INTRO_PARAGRAPHS = 8  # (the plan's start pushed down so that action 2.2 runs over the page break)
LONG_ACTION = (
    "Write to every ward manager setting out the new carer record and ask each ward to name a carer champion "
    "who checks the record at each discharge meeting, keeps a list of carers who could not be reached and "
    "reports the list to the matron every month so that no carer is missed twice",
    "Head of Inpatient Services",
    "Nov 2025",
    "2025-11",
    "Letter seen; champions named on four of six wards",
    "Partly met",
    "2.2",
)
BRIEFING = (
    "Publish a seven-minute briefing on the review",
    "Partnership Manager",
    "Dec 2025",
    "2025-12",
    "Briefing on the website",
    "Fully met",
    "3.2",
)


def recommendations() -> list:
    """The Hollinsby plan's groups in Carrowdale, with action 2.2 (long) and 3.2 added and the old
    2.2 numbered 2.3."""
    (n1, t1, rows1), (n2, t2, rows2), (n3, t3, rows3) = form.RECS
    audit = (*rows2[1][:6], "2.3")
    return [
        (n1, t1.replace("Hollinsby", PLACE), rows1),
        (n2, t2, [rows2[0], LONG_ACTION, audit]),
        (n3, t3, [*rows3, BRIEFING]),
    ]


def build() -> None:
    doc = new_doc(font="DejaVu Serif", size=9.5, footer_label=f"{PLACE} CSP")
    para(doc, f"{PLACE} Community Safety Partnership", bold=True, size=13)
    para(doc, "Domestic Homicide Review (Kit): implementation plan and assurance report", bold=True, size=11)
    for _ in range(INTRO_PARAGRAPHS):
        para(doc, INTRO)
    heading(doc, "Assurance Group", 2)
    t = make_table(doc, ("Member", "Role"), (6, 8), size=8.5)
    for row in form.GROUP:
        add_row(t, list(row), (6, 8), size=8.5)
    heading(doc, "Ratings", 2)
    t = make_table(doc, ("Rating", "Meaning"), (4, 10), size=8.5)
    for row in form.KEY:
        add_row(t, list(row), (4, 10), size=8.5)
    heading(doc, "Implementation plan", 2)
    t = make_table(doc, form.HEADERS, form.WIDTHS, size=8.5)
    repeat_header(t.rows[0])
    for number, text, rows in recommendations():
        full_row(t, f"Recommendation {number}: {text}", fill="E2E2E2", size=8.5)
        for row in rows:
            add_row(t, [row[0], row[1], row[2], row[4], row[5], row[6]], form.WIDTHS, size=8.5)
    para(doc, "Seven actions: three fully met, three partly met, one not met.")
    para(doc, "Actions 2.2 and 2.3 will be looked at again when the ward audit reports in the spring.")
    save_rendered(doc, HERE, STEM)


def gold() -> dict:
    lines = (HERE / f"{STEM}.txt").read_text(encoding="utf-8").splitlines()
    groups = recommendations()
    recs = [
        recommendation_record(number, " ".join(text.split()[:10]), _line_of(lines, text), scope=None)
        for number, text, _ in groups
    ]
    actions = [
        action_record(
            " ".join(action.split()[:8]),
            _line_of(lines, action),
            ref=ref,
            recommendation_ref=number,
            lead=lead,
            target_date_raw=due,
            target_date=iso_due,
            status_raw=rating,
            status=form.RATING[rating],
        )
        for number, _, rows in groups
        for action, lead, due, iso_due, _, rating, ref in rows
    ]
    return plan_gold(
        STEM,
        description=(
            "Standalone DHR implementation plan and assurance report (DejaVu Serif 9.5, plan 8.5): an Assurance "
            "Group table and a ratings key table; Action | Lead | Due | Evidence seen | Assurance rating | Ref, the "
            "action ref in the last column, a shaded band row 'Recommendation N: text' above each group; seven "
            "actions, action 2.2's Action cell running over the page break (its other cells on page 1), the "
            "header repeated on page 2; a count line and a paragraph naming actions"
        ),
        review=review("DHR", PLACE, "Kit"),
        review_alternatives={"area": [f"{PLACE} Community Safety Partnership"]},
        recommendations=recs,
        actions=actions,
        notes=(
            "Recommendations the band rows, ref their number. One action per row, ref the last column, "
            "recommendation_ref the band above; action 2.2 is one action though its cell runs over the page break. "
            "Fully met -> complete, Partly met -> in_progress, Not met -> not_started (the ratings key). Not records: "
            "the Assurance Group table, the ratings key, the count line, the paragraph naming actions 2.2 and 2.3."
        ),
    )


if __name__ == "__main__":
    build()
    save_gold(HERE, STEM, gold())
    print("wrote", f"{STEM}.json")
