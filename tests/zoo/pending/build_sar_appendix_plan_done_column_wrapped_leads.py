"""Build a zoo SAR summary whose appendix action plan has no status column (a variant of
build_dhr_appendix_plan_date_completed_in_hand.py with other content): its leads wrap in their
narrow cell, so plain pdftotext prints the first row's lead alone and the other rows' leads as
one block of wrapped names that its lines alone do not part ("Head of Adult" / "Safeguarding" /
"Principal Social" / "Worker" ...), and the targets as a block of dates.

sar_appendix_plan_done_column_wrapped_leads_kestrelby: a SAR summary (C059 10.5),
recommendations "Recommendation 1"-"Recommendation 3", then on a new page "Appendix A – Action
plan": a key line, then Rec | Action | Lead | Target | Date completed, the Rec cell merged down,
targets "End May 2025", the last cell a dd/mm/yyyy date, "In hand" or "Outstanding".

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_sar_appendix_plan_done_column_wrapped_leads.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parent))

from board_response_build import _line_of  # noqa: E402
from docx_build import merged_plan_table, new_doc, numbered, page_break, para  # noqa: E402
from office_export import save_rendered  # noqa: E402
from plan_gold import action_record, plan_gold, recommendation_record, review, save_gold  # noqa: E402

STEM = "sar_appendix_plan_done_column_wrapped_leads_kestrelby"
RECS = [
    (
        "1",
        "Kestrelby Safeguarding Adults Board should make sure that every agency knows how to "
        "raise a concern about self-neglect with the adult social care front door.",
    ),
    (
        "2",
        "Kestrelby Council should review how its housing team shares what it knows about a "
        "tenant who is hoarding with the adult's GP.",
    ),
    (
        "3",
        "The Board should check that the learning from this review reaches practitioners in "
        "every partner agency.",
    ),
]
MONTHS = {"May": "05", "Aug": "08", "Nov": "11", "Feb": "02"}
# (rec, [(action, lead, target, date completed / state), ...])
PLAN = [
    (
        "1",
        [
            (
                "Publish a short guide to raising a self-neglect concern.",
                "SAB Business Manager",
                "End May 2025",
                "28/04/2025",
            ),
            (
                "Add the guide to every agency's induction pack.",
                "Safeguarding Adults Lead",
                "End Aug 2025",
                "In hand",
            ),
        ],
    ),
    (
        "2",
        [
            (
                "Write a hoarding referral step into the tenancy visit checklist.",
                "Housing Needs Manager",
                "End May 2025",
                "19/05/2025",
            ),
            (
                "Train tenancy officers in the new step.",
                "Head of Tenancy Services",
                "End Aug 2025",
                "In hand",
            ),
            (
                "Check ten tenancy files for a referral to the GP.",
                "Housing Needs Manager",
                "End Nov 2025",
                "Outstanding",
            ),
        ],
    ),
    (
        "3",
        [
            (
                "Hold two learning events for practitioners.",
                "Principal Social Worker",
                "End Nov 2025",
                "In hand",
            ),
            (
                "Survey practitioners six months after the events.",
                "SAB Business Manager",
                "End Feb 2026",
                "Outstanding",
            ),
        ],
    ),
]

KEY = (
    "Key: where the last column gives a date the action was signed off on that date; In hand "
    "means the work has begun; Outstanding means the work has not begun."
)


def build() -> None:
    doc = new_doc(header="Kestrelby SAB – SAR 'Joan' summary", font="C059", size=10.5)
    para(doc, "Safeguarding Adults Review: Joan", bold=True, size=14)
    para(doc, "Kestrelby Safeguarding Adults Board", bold=True, size=12)
    para(doc, "1. Introduction", bold=True)
    numbered(
        doc,
        "1.1",
        "This review looks at the help given to Joan, who was 71, before she died at her flat in "
        "Kestrelby in January 2024, where she had lived alone for many years.",
    )
    numbered(
        doc,
        "1.2",
        "The review group met five times. Joan's nephew spoke to the reviewer about Joan's life "
        "and her interests.",
    )
    para(doc, "2. Recommendations", bold=True)
    for ref, text in RECS:
        para(doc, f"Recommendation {ref}", bold=True)
        para(doc, text)
    page_break(doc)
    para(doc, "Appendix A – Action plan", bold=True, size=12)
    para(doc, KEY, italic=True, size=9.5)
    widths = [1.3, 6.6, 3.6, 2.6, 2.4]
    groups = [([rec], [list(row) for row in rows]) for rec, rows in PLAN]
    merged_plan_table(doc, ["Rec", "Action", "Lead", "Target", "Date completed"], widths, groups, size=9.5)
    para(doc, "")
    para(doc, "The Board will report progress on this plan in its next annual report.")
    save_rendered(doc, HERE, STEM)


def _status(last: str) -> tuple[str, str]:
    if last == "In hand":
        return last, "in_progress"
    if last == "Outstanding":
        return last, "not_started"
    return last, "complete"


def _target(raw: str) -> str:
    _, month, year = raw.split()
    return f"{year}-{MONTHS[month]}"


def gold() -> dict:
    lines = (HERE / f"{STEM}.txt").read_text(encoding="utf-8").splitlines()
    recs = [
        recommendation_record(ref, " ".join(text.split()[:10]), _line_of(lines, text), scope="local")
        for ref, text in RECS
    ]
    actions = []
    for rec, rows in PLAN:
        for action, lead, target, last in rows:
            raw, value = _status(last)
            actions.append(
                action_record(
                    " ".join(action.split()[:6]),
                    _line_of(lines, action),
                    recommendation_ref=rec,
                    lead=lead,
                    target_date_raw=target,
                    target_date=_target(target),
                    status_raw=raw,
                    status=value,
                )
            )
    return plan_gold(
        STEM,
        family="sar_appendix_plan_done_column_wrapped_leads",
        description=(
            "SAR summary (C059 10.5) with an appendix plan Rec | Action | Lead | Target | "
            "Date completed, Rec merged down, leads wrapping in a narrow cell, targets 'End May 2025', "
            "no status column: the last "
            "cell a completion date, 'In hand' or 'Outstanding' as a key line explains"
        ),
        review=review(
            "SAR", "Kestrelby", "Joan", doc_kind="overview_report", age=71, date_of_death="2024-01"
        ),
        recommendations=recs,
        actions=actions,
        notes=(
            "A completion date in the last column is complete (status_raw the date), 'In hand' in "
            "progress, 'Outstanding' not started; 'End May 2025' is the month. No action refs."
        ),
    )


if __name__ == "__main__":
    build()
    save_gold(HERE, STEM, gold())
    print("wrote", f"{STEM}.json")
