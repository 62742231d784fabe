"""A public protection review's action plan as one small form table per action, numbered in its
opening label ("Action 1:" | the action), its other rows label over value ("Recommendation:" |
"2", "How will it be done?" | how, "Who is responsible? (Post and agency):" | the lead,
"Target (with date):" | "By 31 March 2025", "Position, May 2025:" | Achieved / Partly achieved /
Not yet started). The label column is narrow, so the longer labels wrap and each row prints as
a block of its own: plain pdftotext gives the label, then its value, row after row (the boxes of
plan.label_rows), and the action's number is in the opening label. Built in Word (python-docx,
Arial 11), exported to PDF by LibreOffice, to text by plain pdftotext; the gold is written by
hand below. All people, places and agencies are fictional.

    python tests/zoo/pending/build_plan_form_rows_numbered.py   # writes .docx, .pdf, .txt and .json here
    /tmp/plumbvenv/bin/python dev/corpus_style.py tests/zoo/pending   # (the .corpus.txt)
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parent))
from action_forms import action_forms, form_actions  # noqa: E402
from docx.shared import Pt  # noqa: E402
from docx_build import heading, new_doc, para  # noqa: E402
from office_export import save_with_gold  # noqa: E402
from plan_gold import find_line, first_words, plan_gold, recommendation_record, review  # noqa: E402

STEM = "plan_form_rows_numbered"
WIDTHS = (4.2, 12.3)
RECS = [
    (
        "1",
        "The Tarnwick Probation Delivery Unit should hold a risk meeting before any planned move of a person on licence.",
    ),
    (
        "2",
        "Tarnwick Constabulary should record each contact with a person on licence on the shared case log.",
    ),
    (
        "3",
        "The Tarnwick Housing Partnership should tell the probation officer within a day of any incident at a hostel.",
    ),
    ("4", "The Strategic Board should check within a year that the new arrangements are working."),
]
# (action no., rec, action, how, lead, target, gold iso, position, gold status)
ACTIONS = [
    ("1", "1", "Rewrite the planned move procedure so that a risk meeting is held before every move out of a hostel.",
     "New procedure issued to every hostel manager and meeting chair.", "Head of Public Protection, Probation Service",
     "By 31 December 2024", "2024-12-31", "Achieved", "complete"),
    ("2", "2", "Add a contact entry to the shared case log and train neighbourhood officers to use it.",
     "Entry added; training booked for all neighbourhood teams.", "Detective Inspector, Offender Management Unit",
     "By 31 March 2025", "2025-03-31", "Partly achieved", "in_progress"),
    ("3", "3", "Agree an incident notification standard with the three hostel providers in Tarnwick.",
     "Standard drafted and sent to the providers for comment.", "Senior Probation Officer, Tarnwick Unit",
     "By 30 June 2025", "2025-06-30", "Partly achieved", "in_progress"),
    ("4", "4", "Audit twenty planned moves and report the findings to the Strategic Board.",
     "Audit to start once the new procedure has run for six months.", "Board Business Manager",
     "By 31 October 2025", "2025-10-31", "Not yet started", "not_started"),
]  # fmt: skip
LABELS = [
    "Recommendation:",
    "How will it be done?",
    "Who is responsible? (Post and agency):",
    "Target (with date):",
    "Position, May 2025:",
]


def word_document():
    doc = new_doc(font="Arial", size=11, footer_label="Tarnwick review – Page")
    # (space after every paragraph: each of the form's rows prints as a block of its own)
    doc.styles["Normal"].paragraph_format.space_after = Pt(8)
    para(doc, "Tarnwick Public Protection Arrangements", bold=True)
    para(doc, "Serious Further Offence Review: Person K – published summary", bold=True)
    heading(doc, "1. Background", 1)
    para(doc, "Person K was living in a hostel on licence when he assaulted a member of staff, Mr Quarry.")
    heading(doc, "2. Recommendations", 1)
    for ref, text in RECS:
        para(doc, f"{ref}. {text}")
    heading(doc, "3. Action plan", 1)
    para(
        doc, "Each table below is one action. Its last row is the position reported to the Board in May 2025."
    )
    action_forms(doc, ACTIONS, LABELS, WIDTHS)
    heading(doc, "4. Next review", 1)
    para(doc, "The Board will look at this plan again in November 2025.")
    return doc


def gold(lines: list[str]) -> dict:
    return plan_gold(
        STEM,
        family="plan: one form table per action, numbered in its opening label, printed label over value",
        description="A public protection review's summary (python-docx, Arial 11): four numbered recommendations, "
        "then one two-column form table per action (Action N: | Recommendation: | How will it be done? | Who is "
        "responsible? (Post and agency): | Target (with date): | Position, May 2025:); exported to PDF by "
        "LibreOffice; text by plain pdftotext and by pdfplumber.",
        review=review(None, "Tarnwick", "Mr Quarry", doc_kind=None),
        recommendations=[
            recommendation_record(ref, first_words(text, 9), find_line(lines, text[:40]))
            for ref, text in RECS
        ],
        actions=form_actions(lines, ACTIONS),
        notes="Written by helper s26text; fictional. Four actions, one form table each, ref the 'Action N' "
        "number; the 'How will it be done?' row is detail of the action, not a record; Achieved -> complete, "
        "Partly achieved -> in_progress, Not yet started -> not_started.",
    )


def main() -> None:
    save_with_gold(word_document(), HERE, STEM, gold)


if __name__ == "__main__":
    main()
