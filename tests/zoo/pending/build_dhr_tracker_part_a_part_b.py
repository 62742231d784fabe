"""Build a zoo standalone DHR tracker in two parts: "Part A" the recommendations (No. |
Recommendation | Agency, one row each), "Part B" the actions (Action ref | Action | Lead officer
| Date agreed | Target date | Revised date | RAG at last review | Update), with no status
column: each action's status is its RAG word read through a key line printed under Part A.

dhr_tracker_part_a_part_b: a Community Safety Partnership's tracker for one DHR, landscape,
Liberation Sans Narrow 8.5, a label / value box at the top (review, victim, date of death),
Part A on page 1, Part B on page 2; dates "dd.mm.yy", targets also "w/c <date>", "Ongoing" and
"by the next Board meeting" (no date); Revised date a dash or a date; a count line of the RAG
words closes the tracker. The gold's target is the Target date column.

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_dhr_tracker_part_a_part_b.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py tests/zoo/pending   # the corpus-text rendering
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parent))

from board_response_build import _line_of  # noqa: E402
from docx_build import add_row, kv_table, make_table, new_doc, page_break, para  # noqa: E402
from office_export import save_rendered  # noqa: E402
from plan_gold import action_record, plan_gold, recommendation_record, review, save_gold  # noqa: E402

STEM = "dhr_tracker_part_a_part_b"
RECS = [
    (
        "1",
        "Ferncaster Community Safety Partnership to make sure that every agency asks about "
        "coercive control when a victim discloses money worries.",
        "All agencies",
    ),
    (
        "2",
        "Ferncaster Primary Care Network to add a routine domestic abuse enquiry to reviews of "
        "repeat prescriptions for anxiety.",
        "Primary care",
    ),
    (
        "3",
        "Ferncaster Housing to record the names of all adults living at a tenancy when a "
        "repair visit finds signs of conflict.",
        "Housing",
    ),
    (
        "4",
        "The Partnership to hold a learning event on this review for frontline staff within "
        "six months of publication.",
        "Community Safety Partnership",
    ),
]
STATUS = {"Blue": "complete", "Green": "in_progress", "Amber": "in_progress", "Red": "not_started"}
# (ref, action, lead, agreed, target, target iso, revised, rag, update)
ROWS = [
    (
        "1.1",
        "Issue a short briefing on economic abuse to all partner agencies.",
        "Partnership Manager",
        "12.09.24",
        "31.03.25",
        "2025-03-31",
        "—",
        "Blue",
        "Briefing sent to all partners in March.",
    ),
    (
        "1.2",
        "Add a question on financial control to the shared risk checklist.",
        "Risk Panel Chair",
        "12.09.24",
        "w/c 3 March 2025",
        "2025-03-03",
        "30.06.25",
        "Green",
        "Draft question agreed by the panel.",
    ),
    (
        "2.1",
        "Write a prompt into the practice system for repeat anxiety prescriptions.",
        "Clinical Lead",
        "12.09.24",
        "30.06.25",
        "2025-06-30",
        "—",
        "Amber",
        "System supplier asked for a date.",
    ),
    (
        "2.2",
        "Train reception staff to offer a private space for a conversation.",
        "Practice Manager",
        "12.09.24",
        "Ongoing",
        None,
        "—",
        "Green",
        "Two sessions held, more planned.",
    ),
    (
        "3.1",
        "Change the repairs visit form to record every adult present.",
        "Head of Tenancy Services",
        "12.09.24",
        "31.12.24",
        "2024-12-31",
        "31.05.25",
        "Amber",
        "Form redesign delayed by new system.",
    ),
    (
        "4.1",
        "Run a learning event for frontline staff on the review's findings.",
        "Training Coordinator",
        "12.09.24",
        "by the next Board meeting",
        None,
        "—",
        "Red",
        "Venue not yet booked.",
    ),
    (
        "4.2",
        "Publish a seven minute briefing on the partnership website.",
        "Communications Officer",
        "12.09.24",
        "28.02.25",
        "2025-02-28",
        "—",
        "Blue",
        "Published in February.",
    ),
]
KEY = "RAG key: Blue – completed; Green – on track; Amber – behind target but in hand; Red – not started"


def build() -> None:
    doc = new_doc(
        landscape=True, footer_label="Ferncaster DHR tracker – page", font="Liberation Sans Narrow", size=8.5
    )
    para(doc, "Ferncaster Community Safety Partnership", bold=True, size=13)
    para(doc, "Domestic Homicide Review action tracker", bold=True, size=12)
    kv_table(
        doc,
        [
            ("Review", "DHR into the death of Marnie"),
            ("Commissioned by", "Ferncaster CSP"),
            ("Date of death", "17 November 2022"),
            ("Tracker owner", "Partnership Manager"),
        ],
        widths=(5, 12),
        size=8.5,
    )
    para(doc, "Part A – Recommendations", bold=True, size=10)
    widths = [1.2, 17.0, 5.5]
    t = make_table(doc, ["No.", "Recommendation", "Agency"], widths, size=8.5)
    for ref, text, agency in RECS:
        add_row(t, [ref, text, agency], widths, size=8.5)
    para(doc, KEY)
    para(
        doc,
        "Dates are given as agreed at the tracker's last review; a revised date replaces the target "
        "only where the Board agreed it.",
    )
    page_break(doc)
    para(doc, "Part B – Actions", bold=True, size=10)
    widths = [1.5, 6.5, 3.2, 1.8, 2.6, 1.8, 1.8, 4.6]
    t = make_table(
        doc,
        [
            "Action ref",
            "Action",
            "Lead officer",
            "Date agreed",
            "Target date",
            "Revised date",
            "RAG at last review",
            "Update",
        ],
        widths,
        size=8.5,
    )
    for ref, action, lead, agreed, target, _, revised, rag, update in ROWS:
        add_row(t, [ref, action, lead, agreed, target, revised, rag, update], widths, size=8.5)
    para(doc, "Blue 2 · Green 2 · Amber 2 · Red 1")
    save_rendered(doc, HERE, STEM)


def gold() -> dict:
    lines = (HERE / f"{STEM}.txt").read_text(encoding="utf-8").splitlines()
    recs = [
        recommendation_record(ref, " ".join(text.split()[:10]), _line_of(lines, text), scope=None)
        for ref, text, _ in RECS
    ]
    actions = [
        action_record(
            " ".join(action.split()[:8]),
            _line_of(lines, action),
            ref=ref,
            recommendation_ref=ref.split(".")[0],
            lead=lead,
            target_date_raw=target,
            target_date=iso,
            status_raw=rag,
            status=STATUS[rag],
        )
        for ref, action, lead, _, target, iso, _, rag, _ in ROWS
    ]
    return plan_gold(
        STEM,
        family="dhr_tracker_part_a_part_b",
        description=(
            "standalone DHR tracker, landscape Liberation Sans Narrow 8.5: Part A No. | Recommendation | "
            "Agency, a RAG key line under it; Part B Action ref | Action | Lead officer | Date agreed | "
            "Target date | Revised date | RAG at last review | Update, status the RAG word through the key"
        ),
        review=review("DHR", "Ferncaster", "Marnie", date_of_death="2022-11-17"),
        review_alternatives={"area": ["Ferncaster Community Safety Partnership"]},
        recommendations=recs,
        actions=actions,
        notes="Status is the RAG word read through the key line under Part A; target the Target date column.",
    )


if __name__ == "__main__":
    build()
    save_gold(HERE, STEM, gold())
    print("wrote", f"{STEM}.json")
