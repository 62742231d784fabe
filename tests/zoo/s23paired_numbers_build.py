"""Build the s23paired zoo document: a standalone DHR action plan whose action cells open with
two numbers, the recommendation's and the action's ("R2 A1"), printed on the cell's first line
with the action's words under them.

A partnership that numbers each action within its recommendation often prints both numbers at
the head of the action's cell rather than in a column of their own; the table's own first
column numbers the recommendations ("R2"), and its update column ("Updates") holds the dated
notes of each meeting. In corpus text the row's first printed line then holds the numbers, the
lead, the date, the first update and the status, and the action's words print on the line
under it between the recommendation's and the lead's. All people, places and bodies are
fictional; the wording is our own.

    python tests/zoo/s23paired_numbers_build.py     # writes .docx, .pdf, .txt and the gold
    /tmp/plumbvenv/bin/python -c "import sys; sys.path.insert(0, 'dev'); from corpus_style import render; ..."
    # then the .corpus.txt of the PDF alone (dev/corpus_style.render)
"""

from __future__ import annotations

import sys
from pathlib import Path

from plan_gold import plain_action, plan_gold, recommendation_record, review
from plan_merged_build import HERE, new_document, row, table

sys.path.insert(0, str(HERE.parent))  # tests/, for the shared export steps

from office_export import save_with_gold  # noqa: E402

STEM = "s23paired_numbers_plan"

# (number, recommendation, [(action number, action, lead, due, updates, status)])
PLAN = [
    (
        "R1",
        "Kestleby Community Safety Partnership to review how older victims are referred to the IDVA service.",
        [
            (
                "A1",
                "Count referrals of victims over 70 for one year.",
                "Partnership Analyst",
                "30/09/2024",
                "Apr 24: data request sent; Sep 24: first count reported.",
                "Complete",
            ),
            (
                "A2",
                "Agree a referral route with the older people's forum.",
                "IDVA Service Manager",
                "31/03/2025",
                "Oct 24: first meeting held; Feb 25: draft route agreed.",
                "In progress",
            ),
        ],
    ),
    (
        "R2",
        "Kestleby Police to make sure that call handlers ask who else lives at the address.",
        [
            (
                "A1",
                "Add the question to the call handling script.",
                "Control Room Inspector",
                "31/07/2024",
                "May 24: script changed; Jul 24: live in the control room.",
                "Complete",
            ),
        ],
    ),
    (
        "R3",
        "Kestleby Recovery Service to ask every client about abuse by a family member.",
        [
            (
                "A1",
                "Write the enquiry into the assessment form.",
                "Clinical Lead",
                "31/10/2024",
                "Jun 24: wording drafted; Oct 24: form in use.",
                "Complete",
            ),
            (
                "A2",
                "Audit 30 assessments for the enquiry.",
                "Quality Lead",
                "30/04/2025",
                "Jan 25: audit tool agreed.",
                "Not started",
            ),
        ],
    ),
]

HEADERS = ["Rec", "Recommendation", "Action", "Lead", "Target date", "Updates", "Status"]
WIDTHS = [1.2, 6.0, 5.0, 3.2, 2.2, 6.2, 2.2]


def _holding(lines: list[str], text: str) -> int:
    """The 1-based line printing the text's opening words (beside other cells in -layout text)."""
    return next(k for k, line in enumerate(lines, start=1) if text[:18] in line)


def gold(lines: list[str]) -> dict:
    recommendations = [
        recommendation_record(
            number,
            text.rstrip("."),
            _holding(lines, text),
            agency=text.split(" to ")[0],
            scope=None,
        )
        for number, text, _ in PLAN
    ]
    actions = [
        plain_action(
            action.rstrip("."),
            _holding(lines, action),
            lead=lead,
            due=due,
            state=state,
            ref=f"{number} {code}",
            recommendation_ref=number,
        )
        for number, _, rows in PLAN
        for code, action, lead, due, _, state in rows
    ]
    return plan_gold(
        STEM,
        description="Standalone DHR action plan: each action cell headed by its recommendation's number and its own ('R2 A1'), the action's words under them; an 'Updates' column of dated notes",
        review=review("DHR", "Kestleby", "Rowan", review_id="KCSP DHR 2023/2"),
        notes="Fictional. The action's ref is the pair of numbers printed at its cell's head.",
        recommendations=recommendations,
        actions=actions,
    )


def build() -> Path:
    doc = new_document("1")
    doc.add_paragraph("Kestleby Community Safety Partnership")
    doc.add_paragraph("Domestic Homicide Review 'Rowan' (KCSP DHR 2023/2) – Action Plan")
    doc.add_paragraph("Each update is dated with the month it was given; Status shows the position now.")
    t = table(doc, HEADERS, WIDTHS)
    for number, text, rows in PLAN:
        for k, (code, action, lead, due, updates, state) in enumerate(rows):
            row(
                t,
                [
                    number if k == 0 else "",
                    text if k == 0 else "",
                    f"{number} {code}\n{action}",
                    lead,
                    due,
                    updates,
                    state,
                ],
            )
    save_with_gold(doc, HERE, STEM, gold, layout=True)
    return HERE / f"{STEM}.docx"


if __name__ == "__main__":
    print(build())
