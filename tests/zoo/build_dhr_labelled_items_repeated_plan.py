"""Build a second zoo DHR executive summary whose one numbered list mixes learning points and
recommendations, each item labelled, and whose plan repeats each recommendation on every row,
rendered to text by `pdftotext -layout`.

dhr_labelled_items_repeated_plan: a DHR executive summary (DejaVu Serif Condensed 9). Section 3
is one numbered list "1." to "7." whose items open with a bold "Recommendation:" or "Learning:"
(the list opening with a recommendation, two recommendations one after the other, the last item
a recommendation with two actions); the recommendations are the Recommendation items only (ref
the list's number, text the words after the label). Page 2 a plan Rec no. | Recommendation |
Action | Lead agency | Completion date | Status repeating the recommendation's number and whole
text on every action row; dates "Month yyyy"; statuses Complete / Ongoing / Not started.

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/build_dhr_labelled_items_repeated_plan.py
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

STEM = "dhr_labelled_items_repeated_plan"
ITEMS = [
    (
        "Recommendation",
        "The Partnership should ask every member agency to check that staff know how to make a "
        "referral to the local domestic abuse service out of hours.",
    ),
    (
        "Learning",
        "Staff at the walk-in centre treated the victim twice in a month and did not ask who had hurt her.",
    ),
    (
        "Recommendation",
        "Urgent care providers in Ashcombe should add a routine question about safety at home to "
        "the triage of every adult with an unexplained injury.",
    ),
    (
        "Recommendation",
        "The Probation Service should tell the police when a person it supervises starts a new relationship.",
    ),
    (
        "Learning",
        "The victim's employer noticed her absences but had no policy telling managers what to do.",
    ),
    (
        "Learning",
        "Neighbours heard arguments often and did not know that they could report them anonymously.",
    ),
    (
        "Recommendation",
        "Ashcombe Borough Council should run a campaign telling residents how to report worries "
        "about a neighbour's safety.",
    ),
]
# (list number, action, lead, date, iso, status)
ROWS = [
    (
        "1",
        "Send an out-of-hours referral guide to every agency's safeguarding lead.",
        "Community Safety Partnership",
        "May 2025",
        "2025-05",
        "Complete",
    ),
    (
        "3",
        "Add the question to the triage template at both walk-in centres.",
        "Ashcombe Urgent Care",
        "August 2025",
        "2025-08",
        "Ongoing",
    ),
    (
        "4",
        "Agree a notification form between probation and the police.",
        "Probation Service",
        "October 2025",
        "2025-10",
        "Not started",
    ),
    (
        "7",
        "Design posters and a web page with the anonymous reporting line.",
        "Ashcombe Borough Council",
        "July 2025",
        "2025-07",
        "Ongoing",
    ),
    (
        "7",
        "Put the posters up in every council building and library.",
        "Ashcombe Borough Council",
        "January 2026",
        "2026-01",
        "Not started",
    ),
]


def build() -> None:
    doc = new_doc(font="DejaVu Serif Condensed", size=9)
    para(doc, "Ashcombe Community Safety Partnership", bold=True, size=14)
    para(doc, "Domestic Homicide Review: Executive Summary", bold=True, size=12)
    para(doc, "Into the death of Mira in August 2023")
    heading(doc, "1. Introduction", 1)
    para(doc, "1.1 Mira was killed by her former partner, who had moved back into her flat.")
    heading(doc, "2. The review", 1)
    para(doc, "2.1 The panel met five times and heard from Mira's sister and her employer.")
    heading(doc, "3. What the review found and recommends", 1)
    labelled_list(doc, ITEMS)
    page_break(doc)
    heading(doc, "4. Action plan", 1)
    repeated_plan(doc, ITEMS, ROWS)
    para(doc, "Progress is reported to the Partnership Board each quarter.")
    save_rendered(doc, HERE, STEM, layout=True)


def gold() -> dict:
    return learning_list_gold(
        HERE,
        STEM,
        ITEMS,
        ROWS,
        description=(
            "DHR executive summary (DejaVu Serif Condensed 9, pdftotext -layout): one numbered list of 'Learning:' and "
            "'Recommendation:' items, then a plan Rec no. | Recommendation | Action | Lead agency | "
            "Completion date | Status repeating the recommendation's number and text on every row"
        ),
        area="Ashcombe",
        victim="Mira",
    )


if __name__ == "__main__":
    build()
    save_gold(HERE, STEM, gold())
    print("wrote", f"{STEM}.json")
