"""Build a zoo DHR overview extract whose appendix action plan has no status column: the last
column, "Date completed", holds the date an action was signed off, "In hand" or "Outstanding",
as one key line over the table explains.

dhr_appendix_plan_date_completed_in_hand_brinsworth: a DHR overview extract (C059 10.5) with
numbered paragraphs, recommendations "Recommendation 1"-"Recommendation 3", then on a new page
"Appendix B – Action plan": a key line, then Rec | Action | Lead | Target | Date completed, the
Rec cell merged down over its actions, targets "End June 2025" / "End Dec 2025", the last cell a
dd/mm/yyyy date, "In hand" or "Outstanding".

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_dhr_appendix_plan_date_completed_in_hand.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py tests/zoo/pending   # the corpus-text rendering
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

STEM = "dhr_appendix_plan_date_completed_in_hand_brinsworth"
RECS = [
    (
        "1",
        "Brinsworth Community Safety Partnership should ask every GP practice in the borough to "
        "name a domestic abuse lead and tell the Partnership who it is.",
    ),
    (
        "2",
        "Lenwick Housing Trust should make sure that a tenant's report of damage caused by a "
        "partner is passed to its tenancy support team.",
    ),
    (
        "3",
        "Brinsworth Community Safety Partnership should run a campaign aimed at older people "
        "experiencing abuse from an adult son or daughter.",
    ),
]
MONTHS = {"June": "06", "Sept": "09", "Dec": "12", "March": "03"}
# (rec, [(action, lead, target, date completed / state), ...])
PLAN = [
    (
        "1",
        [
            (
                "Write to all practice managers asking for a named lead.",
                "CSP Manager",
                "End June 2025",
                "12/05/2025",
            ),
            ("Keep a list of named leads and check it each year.", "CSP Manager", "End Sept 2025", "In hand"),
        ],
    ),
    (
        "2",
        [
            (
                "Add a damage report prompt to the repairs call script.",
                "Head of Repairs",
                "End June 2025",
                "30/06/2025",
            ),
            (
                "Brief repairs staff on the new referral route.",
                "Tenancy Support Manager",
                "End Sept 2025",
                "In hand",
            ),
            (
                "Audit twenty repairs reports for referrals made.",
                "Head of Repairs",
                "End Dec 2025",
                "Outstanding",
            ),
        ],
    ),
    (
        "3",
        [
            (
                "Agree campaign messages with the older people's forum.",
                "Communications Officer",
                "End Dec 2025",
                "In hand",
            ),
            (
                "Run the campaign in libraries and GP surgeries.",
                "Communications Officer",
                "End March 2026",
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
    doc = new_doc(header="Brinsworth DHR – Overview Report extract", font="C059", size=10.5)
    para(doc, "Domestic Homicide Review: Agnes", bold=True, size=14)
    para(doc, "Brinsworth Community Safety Partnership", bold=True, size=12)
    para(doc, "1. Introduction", bold=True)
    numbered(
        doc,
        "1.1",
        "This review looks at the support given to Agnes, who was 79, before she was killed by her "
        "son at her home in Brinsworth in October 2023.",
    )
    numbered(
        doc,
        "1.2",
        "The panel met six times. Agnes's daughter took part and helped the panel to understand "
        "Agnes's life.",
    )
    para(doc, "2. Recommendations", bold=True)
    for ref, text in RECS:
        para(doc, f"Recommendation {ref}", bold=True)
        para(doc, text)
    page_break(doc)
    para(doc, "Appendix B – Action plan", bold=True, size=12)
    para(doc, KEY, italic=True, size=9.5)
    widths = [1.3, 6.6, 3.6, 2.6, 2.4]
    groups = [([rec], [list(row) for row in rows]) for rec, rows in PLAN]
    merged_plan_table(doc, ["Rec", "Action", "Lead", "Target", "Date completed"], widths, groups, size=9.5)
    para(doc, "")
    para(doc, "The Partnership will publish an update on this plan in spring 2026.")
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
        family="dhr_appendix_plan_date_completed_in_hand",
        description=(
            "DHR overview extract (C059 10.5) with an appendix plan Rec | Action | Lead | Target | "
            "Date completed, Rec merged down, targets 'End June 2025', no status column: the last "
            "cell a completion date, 'In hand' or 'Outstanding' as a key line explains"
        ),
        review=review(
            "DHR", "Brinsworth", "Agnes", doc_kind="overview_report", age=79, date_of_death="2023-10"
        ),
        recommendations=recs,
        actions=actions,
        notes=(
            "A completion date in the last column is complete (status_raw the date), 'In hand' in "
            "progress, 'Outstanding' not started; 'End June 2025' is the month. No action refs."
        ),
    )


if __name__ == "__main__":
    build()
    save_gold(HERE, STEM, gold())
    print("wrote", f"{STEM}.json")
