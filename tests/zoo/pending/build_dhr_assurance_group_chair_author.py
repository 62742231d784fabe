"""Build the pending zoo document `dhr_assurance_group_chair_author_westerby`: a standalone Domestic
Homicide Review implementation plan and assurance report (DejaVu Serif 9.5, plan 8.5) whose only named
author is the independent chair in its Assurance Group table (Name | Role on the group): a Word
table of people and their roles, which plain pdftotext prints column by column, the names first and
the roles after them.

A short introduction, the Assurance Group table, a ratings key (Rating | Meaning: Met, Partly met,
Not met) and one plan Ref | Action | Lead | Due | Assurance rating with a band row "Recommendation N:
<text>" above each group; a count line under it.

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_dhr_assurance_group_chair_author.py
    /tmp/venv/bin/python dev/corpus_style.py DIR   # on a folder holding its .pdf and .json
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parent))

from board_response_build import _line_of  # noqa: E402
from docx_build import add_row, full_row, heading, make_table, new_doc, para  # noqa: E402
from office_export import save_rendered  # noqa: E402
from plan_gold import action_record, plan_gold, recommendation_record, review, save_gold  # noqa: E402

STEM = "dhr_assurance_group_chair_author_westerby"
RATING = {"Met": "complete", "Partly met": "in_progress", "Not met": "not_started"}
# (number, recommendation, [(ref, action, lead, due, iso due, rating), ...])
RECS = [
    (
        "1",
        "Westerby Community Safety Partnership should make sure that staff at the town's two GP surgeries "
        "ask every patient who is seen with an injury whether they feel safe at home.",
        [
            (
                "1.1",
                "Add a routine question about safety at home to the injury template",
                "Practice Manager",
                "Oct 2025",
                "2025-10",
                "Met",
            ),
            (
                "1.2",
                "Train reception and nursing staff to offer a private room",
                "Practice Nurse Lead",
                "Feb 2026",
                "2026-02",
                "Partly met",
            ),
        ],
    ),
    (
        "2",
        "The Partnership should check that the housing association shares a tenant's reports of damage "
        "to the home with the domestic abuse service when abuse is suspected.",
        [
            (
                "2.1",
                "Agree a sharing protocol between the housing association and the domestic abuse service",
                "Head of Housing Management",
                "Dec 2025",
                "2025-12",
                "Not met",
            ),
        ],
    ),
]
HEADERS = ("Ref", "Action", "Lead", "Due", "Assurance rating")
WIDTHS = (1.0, 7.0, 3.6, 1.8, 2.4)
GROUP = [
    ("Dr Imogen Treadwell", "Independent chair"),
    ("Mr Callum Forsey", "Partnership manager"),
    ("Mrs Bethan Hollis", "Safeguarding lead, primary care"),
    ("Ms Priya Lowther", "Domestic abuse service manager"),
]
KEY = [
    ("Met", "The evidence asked for has been seen"),
    ("Partly met", "Some evidence seen"),
    ("Not met", "No evidence seen"),
]


def build() -> None:
    doc = new_doc(font="DejaVu Serif", size=9.5, footer_label="Westerby CSP")
    para(doc, "Westerby Community Safety Partnership", bold=True, size=13)
    para(doc, "Domestic Homicide Review (Rosa): implementation plan and assurance report", bold=True, size=11)
    para(
        doc,
        "The Assurance Group meets every quarter to look at the evidence each lead sends for the actions "
        "agreed after the review. This is its second report to the Partnership.",
    )
    heading(doc, "Assurance Group", 2)
    t = make_table(doc, ("Name", "Role on the group"), (6, 8), size=8.5)
    for row in GROUP:
        add_row(t, list(row), (6, 8), size=8.5)
    heading(doc, "Ratings", 2)
    t = make_table(doc, ("Rating", "Meaning"), (4, 10), size=8.5)
    for row in KEY:
        add_row(t, list(row), (4, 10), size=8.5)
    heading(doc, "Implementation plan", 2)
    t = make_table(doc, HEADERS, WIDTHS, size=8.5)
    for number, text, rows in RECS:
        full_row(t, f"Recommendation {number}: {text}", fill="E2E2E2", size=8.5)
        for row in rows:
            add_row(t, [row[0], row[1], row[2], row[3], row[5]], WIDTHS, size=8.5)
    para(doc, "Three actions: one met, one partly met, one not met.")
    save_rendered(doc, HERE, STEM)


def gold() -> dict:
    lines = (HERE / f"{STEM}.txt").read_text(encoding="utf-8").splitlines()
    recs = [
        recommendation_record(number, " ".join(text.split()[:10]), _line_of(lines, text), scope="local")
        for number, text, _ in RECS
    ]
    actions = [
        action_record(
            " ".join(action.split()[:8]),
            _line_of(lines, action),
            ref=ref,
            recommendation_ref=number,
            lead=lead,
            target_date_raw=due,
            target_date=iso_due,
            status_raw=rating,
            status=RATING[rating],
        )
        for number, _, rows in RECS
        for ref, action, lead, due, iso_due, rating in rows
    ]
    return plan_gold(
        STEM,
        description=(
            "Standalone DHR implementation plan and assurance report (DejaVu Serif 9.5, plan 8.5): an Assurance "
            "Group table Name | Role on the group whose independent chair is the only author named; a ratings "
            "key; Ref | Action | Lead | Due | Assurance rating with a band row 'Recommendation N: text' above "
            "each group; a count line"
        ),
        review=review("DHR", "Westerby", "Rosa", author="Imogen Treadwell"),
        review_alternatives={"area": ["Westerby Community Safety Partnership"]},
        recommendations=recs,
        actions=actions,
        notes=(
            "Author: the Assurance Group's independent chair, the one person the report names as leading it "
            "(the Word table pairs each name with its role; plain pdftotext prints the names, then the roles). "
            "Recommendations the band rows. Met -> complete, Partly met -> in_progress, Not met -> not_started. "
            "Not records: the Assurance Group table, the ratings key, the count line."
        ),
    )


if __name__ == "__main__":
    build()
    save_gold(HERE, STEM, gold())
    print("wrote", f"{STEM}.json")
