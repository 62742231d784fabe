"""Build a zoo Safeguarding Adults Review whose recommendations are printed only inside the
Board's response table: Review recommendation | What the Board will do | Lead | By when | Status, a
recommendation's cell merged down over its actions' rows.

sar_board_will_do_table: a SAR overview report (Arial 10): findings as paragraphs, then
"Recommendations and what the Board will do", one table whose first column numbers and states
each recommendation ("1. The Board should ...", R2's cell over two rows), the second the
Board's action, statuses Done / Under way / Not begun.

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_sar_board_will_do_table.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py tests/zoo/pending   # the corpus-text rendering
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parent))

from board_response_build import _line_of  # noqa: E402
from docx_build import heading, merged_plan_table, new_doc, para  # noqa: E402
from office_export import save_rendered  # noqa: E402
from plan_gold import action_record, plan_gold, recommendation_record, review, save_gold  # noqa: E402

STEM = "sar_board_will_do_table"
STATES = {"Done": "complete", "Under way": "in_progress", "Not begun": "not_started"}
# (number, recommendation, [(action, lead, by when, status), ...])
RECS = [
    (
        "1",
        "The Board should seek assurance that hospital discharge teams tell the person's care "
        "provider about any change in how they take their medicines.",
        [
            (
                "Ask both hospital trusts to audit ten discharges each for medicine changes.",
                "Board Business Manager",
                "31/05/2025",
                "Done",
            )
        ],
    ),
    (
        "2",
        "The Board should make sure that practitioners know when to hold a multi-agency meeting "
        "for an adult who repeatedly declines care.",
        [
            (
                "Publish a short guide on multi-agency meetings for people who decline care.",
                "Policy Subgroup Chair",
                "30/06/2025",
                "Under way",
            ),
            (
                "Hold two practitioner briefings on the guide across the county.",
                "Learning and Development Lead",
                "30/09/2025",
                "Not begun",
            ),
        ],
    ),
    (
        "3",
        "The Board should ask the local authority to check that carers' assessments are offered "
        "when a family member gives daily care.",
        [
            (
                "Report the number of carers' assessments offered each quarter to the Board.",
                "Head of Adult Social Care",
                "31/12/2025",
                "Under way",
            )
        ],
    ),
]


def build() -> None:
    doc = new_doc(header="Calderwick SAB – SAR: Mr Otto", font="Arial", size=10)
    para(doc, "Calderwick Safeguarding Adults Board", bold=True, size=15)
    para(doc, "Safeguarding Adults Review: Mr Otto", bold=True, size=13)
    para(doc, "Overview report by Fenella Drury-Marsh, independent reviewer")
    heading(doc, "1. Introduction", 1)
    para(
        doc,
        "1.1 Mr Otto was 82 and lived alone. He died in hospital in 2024 after a fall at home, "
        "weeks after a hospital stay during which his medicines were changed.",
    )
    heading(doc, "2. Findings", 1)
    para(
        doc,
        "2.1 His care provider did not know that his medicines had changed, and no agency "
        "called a meeting when he declined the care he was offered.",
    )
    heading(doc, "3. Recommendations and what the Board will do", 1)
    para(doc, "The table sets out each recommendation and the Board's response to it.")
    widths = [5.2, 5.2, 3.0, 2.0, 1.8]
    groups = [([f"{number}. {text}"], [list(row) for row in rows]) for number, text, rows in RECS]
    merged_plan_table(
        doc, ["Review recommendation", "What the Board will do", "Lead", "By when", "Status"], widths, groups
    )
    para(doc, "The Board will publish a progress report on these actions in 2026.")
    save_rendered(doc, HERE, STEM)


def gold() -> dict:
    lines = (HERE / f"{STEM}.txt").read_text(encoding="utf-8").splitlines()
    recs = [
        recommendation_record(
            number,
            " ".join(text.split()[:8]),
            _line_of(lines, text),
            agency="Calderwick Safeguarding Adults Board",
            scope=None,
        )
        for number, text, _ in RECS
    ]
    actions = [
        action_record(
            " ".join(action.split()[:8]),
            _line_of(lines, action),
            recommendation_ref=number,
            lead=lead,
            target_date_raw=when,
            target_date="-".join(reversed(when.split("/"))),
            status_raw=status,
            status=STATES[status],
        )
        for number, _, rows in RECS
        for action, lead, when, status in rows
    ]
    return plan_gold(
        STEM,
        family="sar_board_will_do_table",
        description=(
            "SAR overview report (Word, Arial 10) whose recommendations are printed only in the Board's "
            "table Review recommendation | What the Board will do | Lead | By when | Status, R2's cell merged over "
            "two action rows, statuses Done / Under way / Not begun"
        ),
        review=review("SAR", "Calderwick", None, doc_kind="overview_report", author="Fenella Drury-Marsh"),
        review_alternatives={"area": ["Calderwick Safeguarding Adults Board"]},
        recommendations=recs,
        actions=actions,
        notes="Each row of the table is an action; the recommendation cells are the review's recommendations.",
    )


if __name__ == "__main__":
    build()
    save_gold(HERE, STEM, gold())
    print("wrote", f"{STEM}.json")
