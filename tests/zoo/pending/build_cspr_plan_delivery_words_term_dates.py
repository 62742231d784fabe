"""Build the pending zoo document `cspr_plan_delivery_words_term_dates_marrowfield`: a local Child
Safeguarding Practice Review (URW Gothic 9.5) whose plan states progress in a delivery vocabulary its
key defines: "Delivered", "In delivery", "Scheduled".

Page 1: an introduction, a quote box (a parent's words, not a recommendation), recommendations "1."
to "3." as hanging paragraphs, each followed by an italic "What difference will this make?" line
(not a record). Page 2 "Partnership plan": a key line, then Rec | What will be done | Who | By |
Progress, the Rec cell the recommendation's number (actions carry no ref of their own), By a month
and year or a school term ("Summer term 2026": the year), Progress one of the key's three words.

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_cspr_plan_delivery_words_term_dates.py
    /tmp/venv/bin/python dev/corpus_style.py DIR   # on a folder holding its .pdf and .json
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parent))

from board_response_build import _line_of  # noqa: E402
from docx_build import add_row, box, heading, make_table, new_doc, numbered, page_break, para  # noqa: E402
from office_export import save_rendered  # noqa: E402
from plan_gold import action_record, plan_gold, recommendation_record, review, save_gold  # noqa: E402

STEM = "cspr_plan_delivery_words_term_dates_marrowfield"
PROGRESS = {"Delivered": "complete", "In delivery": "in_progress", "Scheduled": "not_started"}
RECS = [
    (
        "1",
        "Marrowfield Safeguarding Children Partnership should make sure that schools tell the child's "
        "social worker when a pupil on a child protection plan misses more than three days in a row.",
        "Absences that signal harm are acted on within the week.",
    ),
    (
        "2",
        "The school nursing service should offer every pupil who moves school mid-year a health check "
        "in their first term.",
        "Children new to a school are seen by a nurse early.",
    ),
    (
        "3",
        "The Partnership should publish a short guide for parents on who to call when they are worried "
        "about an older child's friendships.",
        "Parents know where to turn sooner.",
    ),
]
# (rec, what will be done, who, by, by as gold, progress)
ROWS = [
    (
        "1",
        "Add a three-day absence alert for pupils on a plan to the schools' attendance system",
        "Head of Education Welfare",
        "March 2026",
        "2026-03",
        "In delivery",
    ),
    (
        "1",
        "Write the alert into the child protection procedures",
        "Partnership Business Manager",
        "December 2025",
        "2025-12",
        "Delivered",
    ),
    (
        "2",
        "Start a first-term health check for pupils who join mid-year",
        "School Nursing Team Leader",
        "Summer term 2026",
        "2026",
        "Scheduled",
    ),
    (
        "3",
        "Write and publish the parents' guide with the parent forum",
        "Early Help Manager",
        "September 2025",
        "2025-09",
        "Delivered",
    ),
]
KEY = "Key: Delivered – the work is done; In delivery – the work has begun; Scheduled – a start date is set."
HEADERS = ("Rec", "What will be done", "Who", "By", "Progress")
WIDTHS = (1.2, 7.2, 4.0, 2.4, 2.2)


def build() -> None:
    doc = new_doc(font="URW Gothic", size=9.5, footer_label="CSPR Rowan –")
    para(doc, "Marrowfield Safeguarding Children Partnership", bold=True, size=13)
    para(doc, "Child Safeguarding Practice Review: Rowan", bold=True, size=11)
    heading(doc, "1. Why this review was held", 2)
    para(
        doc,
        "Rowan, aged thirteen, was seriously hurt in a fall from a bridge in the spring of 2024 after weeks "
        "of missing school. Rowan is recovering at home.",
    )
    box(
        doc,
        "“We kept asking who was meant to be worried. Nobody seemed to be.” – Rowan's mother",
        fill="F2F2F2",
    )
    heading(doc, "2. Recommendations", 2)
    for number, text, difference in RECS:
        numbered(doc, f"{number}.", text)
        para(doc, f"What difference will this make? {difference}", italic=True)
    page_break(doc)
    heading(doc, "3. Partnership plan", 2)
    para(doc, KEY)
    t = make_table(doc, HEADERS, WIDTHS, size=8.5)
    for rec, action, who, by, _, progress in ROWS:
        add_row(t, [rec, action, who, by, progress], WIDTHS, size=8.5)
    para(doc, "The Partnership's review group checks the plan each term.")
    save_rendered(doc, HERE, STEM)


def gold() -> dict:
    lines = (HERE / f"{STEM}.txt").read_text(encoding="utf-8").splitlines()
    recs = [
        recommendation_record(number, " ".join(text.split()[:10]), _line_of(lines, text), scope=None)
        for number, text, _ in RECS
    ]
    actions = [
        action_record(
            " ".join(action.split()[:8]),
            _line_of(lines, action),
            recommendation_ref=rec,
            lead=who,
            target_date_raw=by,
            target_date=iso_by,
            status_raw=progress,
            status=PROGRESS[progress],
        )
        for rec, action, who, by, iso_by, progress in ROWS
    ]
    return plan_gold(
        STEM,
        description=(
            "Local CSPR (URW Gothic 9.5): a quote box, recommendations 1.-3. as hanging paragraphs each with an "
            "italic 'What difference will this make?' line; a plan Rec | What will be done | Who | By | Progress "
            "under a key line, By a month or a school term, Progress Delivered / In delivery / Scheduled"
        ),
        review=review("CSPR", "Marrowfield", "Rowan", doc_kind="overview_report"),
        review_alternatives={"area": ["Marrowfield Safeguarding Children Partnership"]},
        recommendations=recs,
        actions=actions,
        notes=(
            "Recommendations 1.-3., ref their number. One action per plan row, no ref of its own, "
            "recommendation_ref the Rec cell. Delivered -> complete, In delivery -> in_progress, Scheduled -> "
            "not_started (the key). 'Summer term 2026' -> 2026. Not records: the quote box, the 'What difference' "
            "lines, the key line, the closing line."
        ),
    )


if __name__ == "__main__":
    build()
    save_gold(HERE, STEM, gold())
    print("wrote", f"{STEM}.json")
