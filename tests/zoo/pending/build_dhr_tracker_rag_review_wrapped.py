"""Build a zoo standalone DHR tracker of the Part A / Part B family whose action rows wrap: long
leads over two lines, updates over two or three, the RAG column narrow enough that its name
prints over three lines, and Part B running from page 1 onto page 2 under its header again.

dhr_tracker_rag_review_wrapped_yelverby: a Community Safety Partnership's tracker for one DHR,
landscape, Liberation Sans Narrow 8.5. "Part A" No. | Recommendation | Agency (recommendations
1-3), a RAG key line "Blue = ... Red = ..." and a note on dates under it; "Part B" Action ref |
Action | Lead officer | Date agreed | Target date | Revised date | RAG at last review | Update
(actions 1.1-3.2), dates "dd.mm.yy", targets also "w/c <day month year>", "Ongoing", "by the next
Board meeting"; Revised date a date or empty; no status column but the RAG word. The gold's
target is the Target date cell; its status the RAG word through the key.

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_dhr_tracker_rag_review_wrapped.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py DIR   # on a folder holding its .pdf and .json
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

HERE = Path(os.environ.get("ZOO_OUT", Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from board_response_build import _line_of  # noqa: E402
from docx_build import add_row, kv_table, make_table, new_doc, para  # noqa: E402
from office_export import save_rendered  # noqa: E402
from plan_gold import action_record, plan_gold, recommendation_record, review, save_gold  # noqa: E402

STEM = "dhr_tracker_rag_review_wrapped_yelverby"
RECS = [
    (
        "1",
        "Yelverby Community Safety Partnership should make sure that frontline staff in every agency "
        "know how to ask an older victim about abuse by an adult son or daughter.",
        "All agencies",
    ),
    (
        "2",
        "Yelverby Adult Social Care should review how carers' assessments record the carer's own "
        "history of violence.",
        "Adult Social Care",
    ),
    (
        "3",
        "Yelverby Police should check that every call to an address flagged for a vulnerable adult "
        "is reviewed by the safeguarding hub within two working days.",
        "Police",
    ),
]
STATUS = {"Blue": "complete", "Green": "in_progress", "Amber": "in_progress", "Red": "not_started"}
# (ref, action, lead, agreed, target, target iso, revised, rag, update)
ROWS = [
    (
        "1.1",
        "Write a guide for frontline staff on asking about abuse by adult children.",
        "Domestic Abuse Coordinator, Community Safety Team",
        "04.11.24",
        "28.02.25",
        "2025-02-28",
        "",
        "Blue",
        "Guide written with the help of two older people's groups and issued to all partners in February.",
    ),
    (
        "1.2",
        "Add the guide to the induction of new call handlers and reception staff.",
        "Workforce Development Manager",
        "04.11.24",
        "w/c 7 April 2025",
        "2025-04-07",
        "30.06.25",
        "Amber",
        "Induction pack being rewritten; the guide will be added when the new pack is approved.",
    ),
    (
        "1.3",
        "Audit twenty records of older victims to see whether the question was asked.",
        "Quality Assurance Lead",
        "04.11.24",
        "by the next Board meeting",
        None,
        "",
        "Red",
        "Audit tool agreed; auditors not yet named.",
    ),
    (
        "2.1",
        "Add a question on the carer's own history to the carers' assessment form.",
        "Principal Social Worker, Adult Social Care",
        "04.11.24",
        "31.05.25",
        "2025-05-31",
        "",
        "Green",
        "Question drafted and tested with one team.",
    ),
    (
        "2.2",
        "Brief assessors on using the new question.",
        "Carers Services Manager",
        "04.11.24",
        "Ongoing",
        None,
        "",
        "Green",
        "Three of five team briefings held.",
    ),
    (
        "3.1",
        "Change the hub's daily list so flagged addresses appear first.",
        "Detective Inspector, Safeguarding Hub",
        "04.11.24",
        "31.01.25",
        "2025-01-31",
        "",
        "Blue",
        "Done; the list has been sorted this way since January.",
    ),
    (
        "3.2",
        "Report monthly on calls to flagged addresses reviewed within two days.",
        "Performance Analyst, Yelverby Police",
        "04.11.24",
        "30.09.25",
        "2025-09-30",
        "31.12.25",
        "Amber",
        "First report delayed while the data are cleaned; target revised by the Board.",
    ),
]
KEY = "RAG key: Blue = completed; Green = on track; Amber = delayed but expected to be met; Red = not started"


def build() -> None:
    doc = new_doc(
        landscape=True,
        footer_label="Yelverby CSP – DHR tracker – page",
        font="Liberation Sans Narrow",
        size=8.5,
    )
    para(doc, "Yelverby Community Safety Partnership", bold=True, size=13)
    para(doc, "Domestic Homicide Review: action tracker", bold=True, size=12)
    kv_table(
        doc,
        [
            ("Review", "DHR into the death of Edith (aged 79)"),
            ("Date of death", "2 March 2023"),
            ("Last reviewed", "Board meeting of 14 May 2025"),
        ],
        widths=(5, 12),
        size=8.5,
    )
    para(doc, "Part A – Recommendations", bold=True, size=10)
    widths = [1.2, 18.0, 5.0]
    t = make_table(doc, ["No.", "Recommendation", "Agency"], widths, size=8.5)
    for ref, text, agency in RECS:
        add_row(t, [ref, text, agency], widths, size=8.5)
    para(doc, KEY)
    para(doc, "Dates note: a revised date is shown only where the Board agreed to move the target.")
    para(doc, "Part B – Actions", bold=True, size=10)
    widths = [1.4, 6.6, 3.6, 1.7, 2.4, 1.7, 1.3, 6.0]
    names = [
        "Action ref",
        "Action",
        "Lead officer",
        "Date agreed",
        "Target date",
        "Revised date",
        "RAG at last review",
        "Update",
    ]
    t = make_table(doc, names, widths, size=8.5)
    for ref, action, lead, agreed, target, _, revised, rag, update in ROWS:
        add_row(t, [ref, action, lead, agreed, target, revised, rag, update], widths, size=8.5)
    para(doc, "Blue 2 · Green 2 · Amber 2 · Red 1")
    save_rendered(doc, HERE, STEM, layout=True)


def gold() -> dict:
    lines = (HERE / f"{STEM}.txt").read_text(encoding="utf-8").splitlines()
    recs = [
        recommendation_record(ref, " ".join(text.split()[:10]), _line_of(lines, text), scope=None)
        for ref, text, _ in RECS
    ]
    actions = [
        action_record(
            " ".join(action.split()[:6]),
            _line_of(lines, " ".join(action.split()[:4])),
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
            "Agency with a RAG key; Part B Action ref | Action | Lead officer | Date agreed | Target date | "
            "Revised date | RAG at last review | Update with wrapped leads and updates, over the page"
        ),
        review=review("DHR", "Yelverby", "Edith", date_of_death="2023-03-02"),
        review_alternatives={"area": ["Yelverby Community Safety Partnership"]},
        recommendations=recs,
        actions=actions,
        notes="Status is the RAG word read through the key; target the Target date cell, not Revised date.",
    )


if __name__ == "__main__":
    build()
    save_gold(HERE, STEM, gold())
    print("wrote", f"{STEM}.json")
