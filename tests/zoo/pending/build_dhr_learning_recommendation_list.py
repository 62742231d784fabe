"""Build a zoo DHR executive summary whose one numbered list mixes learning points and
recommendations, each item labelled, and whose plan repeats each recommendation on every row.

dhr_learning_recommendation_list: a DHR executive summary (DejaVu Serif Condensed 9). Its
section 2 is one numbered list "1." to "6.", each item opening with a bold label, "Learning:"
or "Recommendation:"; the recommendations are the Recommendation items only (their ref the
list's number, their text the words after the label); the Learning items are not
recommendations. Page 2 a plan Rec no. | Recommendation | Action | Lead agency | Completion
date | Status, the recommendation's number and whole text printed again on every one of its
action rows (one recommendation has two), one action a row and no action ref; dates "Month
yyyy"; statuses Complete / Ongoing / Not started.

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_dhr_learning_recommendation_list.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py DIR   # on a folder holding its .pdf and .json
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parent))

from docx_build import heading, new_doc, page_break, para  # noqa: E402
from learning_list import labelled_list, learning_list_gold, repeated_plan  # noqa: E402
from office_export import save_rendered  # noqa: E402
from plan_gold import save_gold  # noqa: E402

STEM = "dhr_learning_recommendation_list"
ITEMS = [
    (
        "Learning",
        "Practitioners saw the victim's injuries as accidents because she gave a reason each "
        "time, and nobody put the three visits together.",
    ),
    (
        "Recommendation",
        "Kestrel Vale Hospitals Trust should make sure that emergency staff check for "
        "earlier attendances whenever an adult returns with an injury.",
    ),
    (
        "Learning",
        "The perpetrator's own contacts with his GP about anger were never linked to his partner's safety.",
    ),
    (
        "Recommendation",
        "Kestrel Vale Community Safety Partnership should publish a short guide for GP "
        "practices on asking about the safety of a patient's partner.",
    ),
    (
        "Recommendation",
        "Kestrel Vale Housing should train its repairs officers to recognise and report "
        "signs of domestic abuse seen during home visits.",
    ),
    ("Learning", "The family knew more than any agency did, but nobody had told them where to turn."),
]
# (list number, action, lead, date, iso, status)
ROWS = [
    (
        "2",
        "Add a prompt on earlier attendances to the emergency department record.",
        "Kestrel Vale Hospitals Trust",
        "June 2025",
        "2025-06",
        "Complete",
    ),
    (
        "2",
        "Audit twenty injury attendances for checks on earlier visits.",
        "Kestrel Vale Hospitals Trust",
        "December 2025",
        "2025-12",
        "Ongoing",
    ),
    (
        "4",
        "Write and send the guide to every practice in the borough.",
        "Community Safety Partnership",
        "September 2025",
        "2025-09",
        "Ongoing",
    ),
    (
        "5",
        "Deliver a training session to all repairs officers.",
        "Kestrel Vale Housing",
        "March 2026",
        "2026-03",
        "Not started",
    ),
]


def build() -> None:
    doc = new_doc(font="DejaVu Serif Condensed", size=9)
    para(doc, "Kestrel Vale Community Safety Partnership", bold=True, size=14)
    para(doc, "Domestic Homicide Review: Executive Summary", bold=True, size=12)
    para(doc, "Into the death of Rosa in March 2023")
    heading(doc, "1. Introduction", 1)
    para(
        doc,
        "1.1 Rosa was killed by her partner at their home. This summary sets out what the review "
        "learned and what it recommends.",
    )
    heading(doc, "2. Learning and recommendations", 1)
    labelled_list(doc, ITEMS)
    page_break(doc)
    heading(doc, "3. Action plan", 1)
    repeated_plan(doc, ITEMS, ROWS)
    para(doc, "The plan is reviewed by the Partnership every six months.")
    save_rendered(doc, HERE, STEM)


def gold() -> dict:
    return learning_list_gold(
        HERE,
        STEM,
        ITEMS,
        ROWS,
        description=(
            "DHR executive summary (DejaVu Serif Condensed 9): one numbered list of 'Learning:' and "
            "'Recommendation:' items, then a plan Rec no. | Recommendation | Action | Lead agency | "
            "Completion date | Status repeating the recommendation's number and text on every row"
        ),
        area="Kestrel Vale",
        victim="Rosa",
    )


if __name__ == "__main__":
    build()
    save_gold(HERE, STEM, gold())
    print("wrote", f"{STEM}.json")
