"""Build the pending zoo document `dhr_assurance_plan_ref_last_met_ratings_hollinsby`: a standalone
Domestic Homicide Review implementation plan and assurance report (DejaVu Serif 9.5, plan 8.5) whose
action ref is printed in the LAST column and whose status is an assurance rating.

A short introduction, an Assurance Group table (Member | Role, not actions) and a ratings key table
(Rating | Meaning: Fully met, Partly met, Not met); one plan Action | Lead | Due | Evidence seen |
Assurance rating | Ref with a shaded full-width band row "Recommendation N: <text>" above each group,
Due a short month and year ("Sept 2025", "Jan 2026"), the rating words "Fully met" / "Partly met" /
"Not met"; a count line under the table.

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_dhr_assurance_plan_ref_last_met_ratings.py
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

STEM = "dhr_assurance_plan_ref_last_met_ratings_hollinsby"
RATING = {"Fully met": "complete", "Partly met": "in_progress", "Not met": "not_started"}
# (number, recommendation, [(action, lead, due, iso due, evidence, rating, ref), ...])
RECS = [
    (
        "1",
        "Hollinsby Community Safety Partnership should make sure that every housing officer knows how to "
        "ask a tenant about abuse at home and where to refer.",
        [
            (
                "Deliver a half-day course on asking about abuse to all housing officers",
                "Head of Tenancy Services",
                "Sept 2025",
                "2025-09",
                "Course register; 46 of 52 officers trained",
                "Partly met",
                "1.1",
            ),
            (
                "Add a question about abuse to the tenancy visit checklist",
                "Housing Quality Lead",
                "July 2025",
                "2025-07",
                "Checklist seen in use",
                "Fully met",
                "1.2",
            ),
        ],
    ),
    (
        "2",
        "The mental health trust should record the name of the carer of every patient discharged to the "
        "community and share a crisis plan with them.",
        [
            (
                "Change the discharge form so that the carer's name is a required field",
                "Associate Director of Nursing",
                "Jan 2026",
                "2026-01",
                "Form change signed off",
                "Fully met",
                "2.1",
            ),
            (
                "Audit twenty discharges for a crisis plan shared with the carer",
                "Clinical Audit Manager",
                "June 2026",
                "2026-06",
                "Audit not yet started",
                "Not met",
                "2.2",
            ),
        ],
    ),
    (
        "3",
        "The Partnership should hold a learning event on this review for practitioners of every agency.",
        [
            (
                "Run two learning events on the review's findings",
                "Partnership Manager",
                "March 2026",
                "2026-03",
                "One event held in November",
                "Partly met",
                "3.1",
            ),
        ],
    ),
]
HEADERS = ("Action", "Lead", "Due", "Evidence seen", "Assurance rating", "Ref")
WIDTHS = (6.0, 3.4, 1.6, 3.6, 1.8, 1.0)
GROUP = [
    ("Mrs Alys Penrose", "Chair, independent"),
    ("Mr Dewi Calloway", "Community safety officer"),
    ("Ms Ruth Oldcastle", "Designated nurse"),
]
KEY = [
    ("Fully met", "All the evidence asked for has been seen"),
    ("Partly met", "Some evidence seen; work continues"),
    ("Not met", "No evidence seen yet"),
]


def build() -> None:
    doc = new_doc(font="DejaVu Serif", size=9.5, footer_label="Hollinsby CSP")
    para(doc, "Hollinsby Community Safety Partnership", bold=True, size=13)
    para(doc, "Domestic Homicide Review (Kit): implementation plan and assurance report", bold=True, size=11)
    para(
        doc,
        "This report sets out the actions agreed after the review and what the Assurance Group has seen of "
        "each. It is updated every six months.",
    )
    heading(doc, "Assurance Group", 2)
    t = make_table(doc, ("Member", "Role"), (6, 8), size=8.5)
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
            add_row(t, [row[0], row[1], row[2], row[4], row[5], row[6]], WIDTHS, size=8.5)
    para(doc, "Five actions: two fully met, two partly met, one not met.")
    save_rendered(doc, HERE, STEM)


def gold() -> dict:
    lines = (HERE / f"{STEM}.txt").read_text(encoding="utf-8").splitlines()
    recs = [
        recommendation_record(number, " ".join(text.split()[:10]), _line_of(lines, text), scope=None)
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
        for action, lead, due, iso_due, _, rating, ref in rows
    ]
    return plan_gold(
        STEM,
        description=(
            "Standalone DHR implementation plan and assurance report (DejaVu Serif 9.5, plan 8.5): an Assurance "
            "Group table and a ratings key table; Action | Lead | Due | Evidence seen | Assurance rating | Ref, the "
            "action ref in the last column, a shaded band row 'Recommendation N: text' above each group, Due a "
            "short month and year, ratings Fully met / Partly met / Not met; a count line"
        ),
        review=review("DHR", "Hollinsby", "Kit"),
        review_alternatives={"area": ["Hollinsby Community Safety Partnership"]},
        recommendations=recs,
        actions=actions,
        notes=(
            "Recommendations the band rows, ref their number. One action per row, ref the last column, "
            "recommendation_ref the band above. Fully met -> complete, Partly met -> in_progress, Not met -> "
            "not_started (the ratings key). The Evidence seen cell is not the action or its status. Not records: "
            "the Assurance Group table, the ratings key, the count line."
        ),
    )


if __name__ == "__main__":
    build()
    save_gold(HERE, STEM, gold())
    print("wrote", f"{STEM}.json")
