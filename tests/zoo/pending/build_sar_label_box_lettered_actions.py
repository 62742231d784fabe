"""Build the pending zoo document `sar_label_box_lettered_actions_tremorrow`: a Safeguarding Adults
Board's response plan set as one two-column label table per recommendation (DejaVu Sans 10):
"Recommendation N | <text>", "Lead agency", "Lead officer", "Actions" (lettered "(a) ... (b) ..." in one
cell), "Target dates" ("(a) 31.12.2025 (b) ..." in one cell) and "Update, January 2026" ("(a) Complete –
<note> (b) ..." in one cell). Recommendation 3's table runs over a page break. A line naming the
statuses used and a contact line are not records.

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_sar_label_box_lettered_actions.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py tests/zoo/pending   # the .corpus.txt
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parent))

from board_response_build import _line_of  # noqa: E402
from docx_build import kv_table, new_doc, para  # noqa: E402
from office_export import save_rendered  # noqa: E402
from plan_gold import action_record, plan_gold, recommendation_record, review, save_gold  # noqa: E402

STEM = "sar_label_box_lettered_actions_tremorrow"
STATES = {"Complete": "complete", "In progress": "in_progress", "Not started": "not_started"}
# (number, recommendation, lead agency, lead officer, [(letter, action, target, iso, state, note)])
RECS = [
    (
        "1",
        "Tremorrow SAB should make sure that agencies share concerns about self-neglect at the first sign.",
        "Tremorrow Safeguarding Adults Board",
        "Board Business Manager",
        [
            (
                "a",
                "Publish a self-neglect escalation route for all partners.",
                "31.12.2025",
                "2025-12-31",
                "Complete",
                "route on the Board's website",
            ),
            (
                "b",
                "Hold two partner briefings on the route.",
                "31.03.2026",
                "2026-03-31",
                "In progress",
                "first held in November",
            ),
        ],
    ),
    (
        "2",
        "Adult Social Care should review any case closed after a person declines support three times.",
        "Tremorrow Adult Social Care",
        "Principal Social Worker",
        [
            (
                "a",
                "Add a manager's review to the case closure checklist.",
                "30.11.2025",
                "2025-11-30",
                "Complete",
                "checklist changed",
            ),
            (
                "b",
                "Audit twenty closed cases for the manager's review.",
                "30.06.2026",
                "2026-06-30",
                "Not started",
                "audit planned for May",
            ),
            (
                "c",
                "Report the audit findings to the Board.",
                "30.09.2026",
                "2026-09-30",
                "Not started",
                "after the audit",
            ),
        ],
    ),
    (
        "3",
        "The fire service and housing providers should agree joint visits where hoarding is reported.",
        "Tremorrow Fire and Rescue Service",
        "Prevention Manager",
        [
            (
                "a",
                "Agree a joint visit protocol with the two largest housing providers.",
                "31.01.2026",
                "2026-01-31",
                "In progress",
                "draft agreed by one provider",
            ),
            (
                "b",
                "Train housing officers to use the clutter rating scale.",
                "31.05.2026",
                "2026-05-31",
                "Not started",
                "trainer booked",
            ),
        ],
    ),
]


def lettered(items) -> str:
    return "\n".join(f"({letter}) {text}" for letter, text in items)


def build() -> None:
    doc = new_doc(font="DejaVu Sans", size=10, footer_label="Tremorrow SAB • SAR 'Ivy' response plan •")
    para(doc, "Tremorrow Safeguarding Adults Board", bold=True, size=13)
    para(doc, "Safeguarding Adults Review 'Ivy' – Board response plan", bold=True, size=15)
    para(
        doc,
        "The Board accepted all three recommendations of the review. This plan sets out what partners will do "
        "and is updated for each meeting of the Board's review subgroup.",
    )
    for _ in range(2):
        para(
            doc,
            "Each recommendation has one lead agency that answers for it, and a named officer who reports on its "
            "actions. Where an action is complete the update says what was done.",
        )
    for number, text, agency, officer, actions in RECS:
        kv_table(
            doc,
            [
                (f"Recommendation {number}", text),
                ("Lead agency", agency),
                ("Lead officer", officer),
                ("Actions", lettered((a[0], a[1]) for a in actions)),
                ("Target dates", lettered((a[0], a[2]) for a in actions)),
                ("Update, January 2026", lettered((a[0], f"{a[4]} – {a[5]}") for a in actions)),
            ],
            widths=(4.2, 12.0),
            size=9.5,
        )
    para(doc, "Statuses used: Complete, In progress, Not started.", size=9.5)
    para(doc, "Contact: the Board Business Unit, Tremorrow Civic Centre.", size=9.5)
    save_rendered(doc, HERE, STEM)


def gold() -> dict:
    lines = (HERE / f"{STEM}.txt").read_text(encoding="utf-8").splitlines()
    recs = [recommendation_record(n, " ".join(t.split()[:8]), _line_of(lines, t)) for n, t, *_ in RECS]
    actions = [
        action_record(
            " ".join(action.split()[:8]),
            _line_of(lines, action),
            ref=letter,
            recommendation_ref=number,
            lead=agency,
            target_date_raw=target,
            target_date=iso_target,
            status_raw=state,
            status=STATES[state],
        )
        for number, _, agency, _, items in RECS
        for letter, action, target, iso_target, state, _ in items
    ]
    return plan_gold(
        STEM,
        description=(
            "SAB response plan (DejaVu Sans 10): one two-column label table per recommendation, rows Recommendation N "
            "| Lead agency | Lead officer | Actions | Target dates | Update, January 2026; the actions lettered '(a)' "
            "in one cell, their targets '(a) 31.12.2025' in another, their states '(a) Complete – <note>' in the "
            "update cell; recommendation 3's table over a page break"
        ),
        review=review("SAR", "Tremorrow", "Ivy"),
        recommendations=recs,
        actions=actions,
        notes=(
            "Three recommendations, seven actions: one per lettered item, ref its letter, recommendation_ref the "
            "recommendation's number, lead the Lead agency row, target and state the item of the same letter in the "
            "Target dates and Update rows. Not records: the statuses line, the contact line."
        ),
    )


if __name__ == "__main__":
    build()
    save_gold(HERE, STEM, gold())
    print("wrote", f"{STEM}.json")
