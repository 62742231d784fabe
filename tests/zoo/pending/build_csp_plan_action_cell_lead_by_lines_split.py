"""Build the pending zoo document `csp_plan_action_cell_lead_by_lines_split_tollbeck`: a variant of
`csp_plan_action_cell_lead_by_lines_fallowmere` (the family of heldout38 family 2) in DejaVu Sans 9.5 with
four recommendations of two actions each, the table's header repeated and its page break inside
recommendation 4 (its merged cell and first action split over the pages). Plain pdftotext prints each
page's table a column at a time: the Recommendation column's paragraphs, the "What we will do" cells
(number, action, "Lead:" and "By:" lines), the Progress cells (state word over a note).

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_csp_plan_action_cell_lead_by_lines_split.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py tests/zoo/pending   # the .corpus.txt
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

import build_csp_plan_action_cell_lead_by_lines as base  # noqa: E402
from board_response_build import _line_of  # noqa: E402
from docx_build import heading, kv_table, new_doc, para  # noqa: E402
from office_export import save_rendered  # noqa: E402
from plan_gold import action_record, plan_gold, recommendation_record, review, save_gold  # noqa: E402

STEM = "csp_plan_action_cell_lead_by_lines_split_tollbeck"
RECS = [
    ("1", "Tollbeck CSP should give front-line staff a single route to report coercive control."),
    ("2", "Schools in Tollbeck should record what a child says about arguments at home."),
    ("3", "The housing service should check on a tenant who asks to change the locks."),
    ("4", "Tollbeck CSP should share the review's learning with local faith groups and their leaders."),
]
# (rec, number, what will be done, lead, by, by iso, state, note)
ACTIONS = [
    (
        "1",
        "1a",
        "Set up one reporting form for all partners.",
        "CSP Manager",
        "November 2025",
        "2025-11",
        "Embedded",
        "Form in use since October.",
    ),
    (
        "1",
        "1b",
        "Brief team leaders on when to use the form.",
        "Domestic Abuse Coordinator",
        "January 2026",
        "2026-01",
        "Underway",
        "Four of six teams briefed.",
    ),
    (
        "2",
        "2a",
        "Add a home-life prompt to the pastoral record.",
        "Education Safeguarding Lead",
        "February 2026",
        "2026-02",
        "Underway",
        "Prompt drafted.",
    ),
    (
        "2",
        "2b",
        "Check the records of ten schools for the prompt.",
        "Education Safeguarding Lead",
        "July 2026",
        "2026-07",
        "Yet to start",
        "Planned for the summer term.",
    ),
    (
        "3",
        "3a",
        "Add a welfare call to the lock change procedure.",
        "Housing Services Manager",
        "December 2025",
        "2025-12",
        "Embedded",
        "Calls made since November.",
    ),
    (
        "3",
        "3b",
        "Train repairs staff to pass on concerns the same day.",
        "Repairs Team Leader",
        "March 2026",
        "2026-03",
        "Underway",
        "First session held.",
    ),
    (
        "4",
        "4a",
        "Hold a learning event with faith leaders in the borough.",
        "CSP Community Engagement Officer",
        "April 2026",
        "2026-04",
        "Yet to start",
        "Venue being found.",
    ),
    (
        "4",
        "4b",
        "Send faith groups a short guide to the review's learning.",
        "CSP Manager",
        "May 2026",
        "2026-05",
        "Yet to start",
        "Guide in draft.",
    ),
]
INTRO = (
    "This plan sets out what the partnership and its members will do in response to the review's "
    "recommendations. The partnership board looks at it at each of its meetings and agrees any change.",
    "Each agency named one person who will answer for each of its actions and a month by which the action "
    "will be done. Progress is written by that person in their own words and checked by the board's chair.",
)


def build() -> None:
    base.RECS, base.ACTIONS = RECS, ACTIONS
    doc = new_doc(font="DejaVu Sans", size=10, footer_label="Tollbeck CSP • DHR 'Maya' action plan •")
    para(doc, "Tollbeck Community Safety Partnership", bold=True, size=13)
    para(doc, "Domestic Homicide Review 'Maya' – Action Plan", bold=True, size=15)
    for text in (*INTRO, *INTRO, "Progress is as at the end of November 2025."):
        para(doc, text)
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
    base.plan_table(doc)
    para(doc, "")
    para(doc, "Notes: actions 1a and 4b share one lead; action 2b waits for the new record system.", size=9.5)
    save_rendered(doc, HERE, STEM)


def gold() -> dict:
    lines = (HERE / f"{STEM}.txt").read_text(encoding="utf-8").splitlines()
    recs = [recommendation_record(n, " ".join(t.split()[:8]), _line_of(lines, t)) for n, t in RECS]
    actions = [
        action_record(
            " ".join(text.split()[:6]),
            _line_of(lines, " ".join(text.split()[:4])),
            ref=number,
            recommendation_ref=rec,
            lead=lead,
            target_date_raw=by,
            target_date=iso_by,
            status_raw=state,
            status=base.STATES[state],
        )
        for rec, number, text, lead, by, iso_by, state, _ in ACTIONS
    ]
    return plan_gold(
        STEM,
        description=(
            "CSP DHR action plan (DejaVu Sans 9.5): Recommendation | What we will do | Progress, the "
            "Recommendation cell '1. <text>' merged down; the middle cell a bold action number '1a', the action, "
            "an italic 'Lead:' line and a 'By:' line; Progress a bold Embedded / Underway / Yet to start over a "
            "note; four recommendations, the header repeated, the page break inside recommendation 4"
        ),
        review=review("DHR", "Tollbeck", "Maya"),
        recommendations=recs,
        actions=actions,
        notes=(
            "Four recommendations (their cells' words), eight actions: ref the bold number, lead the 'Lead:' "
            "line, target the 'By:' line, status the bold state word. Not records: the key table, the notes."
        ),
    )


if __name__ == "__main__":
    build()
    save_gold(HERE, STEM, gold())
    print("wrote", f"{STEM}.json")
