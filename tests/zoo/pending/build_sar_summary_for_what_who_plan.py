"""Build a zoo SAR executive summary whose recommendations are lettered hanging paragraphs
("A." - "D.", B a lead sentence over indented "(i)" / "(ii)" parts, one record) and whose
action plan is a table For | What we will do | Who | By when | How we will know it has worked |
Progress: the For cell names the recommendation an action serves ("A", "B(i)") and is the
action's ref; the recommendation ref is its letter.

sar_summary_for_what_who_plan: DejaVu Sans 8.5, plain pdftotext, a footer with the page number
alone. The reviewer and the board's reference share one line. Targets are seasons (a year) or
"End of <Month> yyyy" (a month); Progress Done / Under way / Not begun.

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_sar_summary_for_what_who_plan.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py tests/zoo/pending   # the corpus-text rendering
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parent))

from docx_build import heading, new_doc, page_break, para  # noqa: E402
from lettered_summary import for_plan, lettered_recommendations, lettered_records  # noqa: E402
from office_export import save_rendered  # noqa: E402
from plan_gold import plan_gold, review, save_gold  # noqa: E402

STEM = "sar_summary_for_what_who_plan"

RECS = [
    (
        "A",
        "The Board should ask every member agency to show how it finds out who else is "
        "working with an adult before it closes a safeguarding concern.",
        [],
    ),
    (
        "B",
        "The Board should improve how agencies share what they know about an adult who "
        "stops going to health appointments, so that:",
        [
            "GP practices tell the adult's care coordinator after two missed appointments in a row;",
            "the community nursing team records each visit at which no one answered the door.",
        ],
    ),
    (
        "C",
        "The Board should test whether its self-neglect guidance is used by housing "
        "officers when they visit tenants whose homes are in poor repair.",
        [],
    ),
    (
        "D",
        "Harlow Fen Council should review how its out-of-hours service decides which calls "
        "about a vulnerable adult need a visit on the same night.",
        [],
    ),
]

# (for, what we will do, who, by when, how we will know, progress)
PLAN = [
    (
        "A",
        "Add a question on who else is involved to the safeguarding closure checklist.",
        "Safeguarding Adults Manager",
        "Autumn 2025",
        "Audit of twenty closed concerns shows the question answered",
        "Done",
    ),
    (
        "B(i)",
        "Agree a missed-appointment alert between GP practices and care coordinators.",
        "Designated Nurse for Adults",
        "End of September 2025",
        "Alert in use by all practices in the borough",
        "Under way",
    ),
    (
        "B(ii)",
        "Change the nursing record so that an unanswered visit is logged with a reason.",
        "Head of Community Nursing",
        "Winter 2025/26",
        "Record change live and checked in two team audits",
        "Not begun",
    ),
    (
        "C",
        "Run a short survey of housing officers on the self-neglect guidance.",
        "Board Business Manager",
        "End of January 2026",
        "Survey results reported to the Board with next steps",
        "Under way",
    ),
    (
        "D",
        "Review a sample of out-of-hours calls about adults that did not lead to a visit.",
        "Out-of-Hours Service Manager",
        "Spring 2026",
        "Findings and any change of practice reported to the Board",
        "Not begun",
    ),
]


def build() -> None:
    doc = new_doc(font="DejaVu Sans", size=8.5)
    para(doc, "Harlow Fen Safeguarding Adults Board", bold=True, size=14)
    para(doc, "Safeguarding Adults Review: Mr Emrys", bold=True, size=12)
    para(doc, "Executive summary", bold=True, size=11)
    para(doc, "Independent reviewer: Rosalind Achterberg | Board reference: HFSAB/SAR/23-07")
    heading(doc, "About this review", 2)
    para(
        doc,
        "Mr Emrys was 71 when he died at home in the winter of 2023. He lived alone, had "
        "stopped going to his health appointments and had refused help with his home for "
        "some years. Several agencies knew him, but none knew the whole picture.",
    )
    heading(doc, "What we found", 2)
    for found in (
        "Agencies closed concerns without asking who else was involved with him.",
        "Missed appointments were recorded but not passed on to anyone.",
        "The self-neglect guidance was not known to the staff who visited him most often.",
    ):
        para(doc, found, style="List Bullet")
    heading(doc, "Recommendations", 2)
    lettered_recommendations(doc, RECS)
    page_break(doc)
    heading(doc, "Our action plan", 2)
    para(doc, "The Board will check progress on each action at its quarterly meetings.")
    for_plan(doc, PLAN, [1.3, 5.0, 2.8, 2.2, 3.4, 2.1])
    para(doc, "Page numbers follow the board's house style.")
    save_rendered(doc, HERE, STEM)


def gold() -> dict:
    lines = (HERE / f"{STEM}.txt").read_text(encoding="utf-8").splitlines()
    recs, actions = lettered_records(lines, RECS, PLAN)
    recs[3]["agency"] = "Harlow Fen Council"
    return plan_gold(
        STEM,
        description=(
            "SAR executive summary (DejaVu Sans 8.5, plain pdftotext): lettered hanging recommendations A.-D., "
            "B a lead sentence over indented (i)/(ii) parts (one record); plan table For | What we will do | Who | "
            "By when | How we will know it has worked | Progress, the For cell the action ref (A, B(i)), targets "
            "seasons or 'End of <Month> yyyy', Progress Done / Under way / Not begun"
        ),
        review=review(
            "SAR",
            "Harlow Fen",
            "Mr Emrys",
            doc_kind="overview_report",
            review_id="HFSAB/SAR/23-07",
            author="Rosalind Achterberg",
            age=71,
        ),
        review_alternatives={
            "area": ["Harlow Fen Safeguarding Adults Board"],
            "doc_kind": ["executive_summary"],
        },
        recommendations=recs,
        actions=actions,
        notes=(
            "Each plan row is an action; its ref is the For cell, its recommendation the letter. B's (i) and (ii) "
            "are parts of one recommendation. Seasons are year precision; 'End of Month yyyy' month precision."
        ),
    )


if __name__ == "__main__":
    build()
    save_gold(HERE, STEM, gold())
    print("wrote", f"{STEM}.json")
