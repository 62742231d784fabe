"""A serious case review summary whose action plan is printed as one small two-column form table per
action, in the shape of a public protection review's plan template: "Action N:" | the action,
"Recommendation:" | its number, a question row the plan reader has no field for ("How will this be
delivered?" | how), "By whom? (Role and agency):" | the lead, "Timescale (with dates):" | "By 30 June
2025", "Position, March 2025:" | Achieved / Partially achieved / Not yet started. Built in Word
(python-docx, Times New Roman 11), exported to PDF by LibreOffice, to text by plain pdftotext; the
gold is written by hand below. All people, places and agencies are fictional.

    python tests/zoo/pending/build_plan_form_per_action.py   # writes .docx, .pdf, .txt and .json here
    /tmp/plumbvenv/bin/python dev/corpus_style.py tests/zoo/pending   # (the .corpus.txt)
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parent))
from action_forms import action_forms, form_actions  # noqa: E402
from docx_build import heading, new_doc, para  # noqa: E402
from office_export import save_with_gold  # noqa: E402
from plan_gold import find_line, first_words, plan_gold, recommendation_record, review  # noqa: E402

STEM = "plan_form_per_action"
WIDTHS = (5.0, 11.5)
RECS = [
    (
        "1",
        "The Strategic Management Board",
        "The Strategic Management Board should make sure that a change of an offender's address is "
        "reviewed at the next risk meeting before it happens.",
    ),
    (
        "2",
        "Brackenmoor Police",
        "Brackenmoor Police should send an officer who knows the case to every risk meeting about it.",
    ),
    (
        "3",
        "The Probation Service",
        "The Probation Service should agree with hostel providers how incidents are reported to it.",
    ),
]
# (action no., rec, action, how, lead, timescale, gold iso, position, gold status)
ACTIONS = [
    (
        "1",
        "1",
        "Rewrite the address change procedure so that every planned move goes to the risk meeting first.",
        "New procedure sent to all meeting chairs.",
        "Head of Public Protection, Probation Service",
        "By 30 June 2024",
        "2024-06-30",
        "Achieved",
        "complete",
    ),
    (
        "2",
        "2",
        "Set a standard for police attendance at risk meetings and report on it every quarter.",
        "Standard agreed by the force's safeguarding board.",
        "Detective Inspector, Offender Management",
        "By 31 October 2024",
        "2024-10-31",
        "Partially achieved",
        "in_progress",
    ),
    (
        "3",
        "3",
        "Write an incident reporting agreement with the two hostel providers in Brackenmoor.",
        "Agreement drafted; not yet sent to the providers.",
        "Senior Probation Officer, Brackenmoor Unit",
        "By 31 May 2025",
        "2025-05-31",
        "Not yet started",
        "not_started",
    ),
]
LABELS = [
    "Recommendation:",
    "How will this be delivered?",
    "By whom? (Role and agency):",
    "Timescale (with dates):",
    "Position, March 2025:",
]


def word_document():
    doc = new_doc(font="Times New Roman", size=11, footer_label="Brackenmoor SCR – Page")
    para(doc, "Brackenmoor Public Protection Arrangements", bold=True)
    para(doc, "Serious Case Review: Offender B – summary", bold=True)
    heading(doc, "1. Background", 1)
    para(doc, "Offender B was on licence and managed at level 2 when he seriously assaulted Mr Ashdown.")
    heading(doc, "2. Recommendations", 1)
    for ref, _, text in RECS:
        para(doc, f"{ref}. {text}")
    heading(doc, "3. Action plan", 1)
    para(
        doc, "One table for each action. The last row gives the position reported to the Board in March 2025."
    )
    action_forms(doc, ACTIONS, LABELS, WIDTHS)
    heading(doc, "4. Monitoring", 1)
    para(doc, "The Board will next review this plan in September 2025.")
    return doc


def gold(lines: list[str]) -> dict:
    return plan_gold(
        STEM,
        description="Serious case review summary built in Word (python-docx, Times New Roman 11): three "
        "typed-number recommendations, then one two-column form table per action (Action N: | Recommendation: "
        "| How will this be delivered? | By whom? (Role and agency): | Timescale (with dates): | Position, "
        "March 2025:); exported to PDF by LibreOffice; text by plain pdftotext and by pdfplumber.",
        review=review(None, "Brackenmoor", "Mr Ashdown", doc_kind=None),
        recommendations=[
            recommendation_record(ref, first_words(text, 9), find_line(lines, text[:40]), agency=agency)
            for ref, agency, text in RECS
        ],
        actions=form_actions(lines, ACTIONS),
        notes="Written by helper s24b25chron; fictional. Three recommendations, three actions (one form "
        "table each, ref the 'Action N' number); the 'How will this be delivered?' row is detail of the "
        "action, not a record; Achieved -> complete, Partially achieved -> in_progress, Not yet started -> "
        "not_started.",
    )


def main() -> None:
    save_with_gold(word_document(), HERE, STEM, gold)


if __name__ == "__main__":
    main()
