"""Build a zoo partnership tracker whose rating cells open with a colour followed by words, and
whose last column is a done flag beside the rating.

tracker_rag_words_done_flag: a Community Safety Partnership's DHR tracker, landscape Arial 10:
Ref | Action | Lead | Target date | RAG and note | Completed? (Y/N), a key line over the table
("Green = on track; Amber = some slippage; Red = not started; Blue = complete"). The rating
cells read "Amber – first audit done", "Green – on track", "Blue – closed in March" or a colour
alone: the colour rates the row (the words after it tell which part of the work is done, so an
amber row is never complete), and the Y/N flag agrees with the rating, no status of its own.

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_tracker_rag_words_done_flag.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py tests/zoo/pending   # the corpus-text rendering
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parent))

from board_response_build import _line_of  # noqa: E402
from docx_build import add_row, heading, make_table, new_doc, para  # noqa: E402
from office_export import save_rendered  # noqa: E402
from plan_gold import action_record, iso, plan_gold, recommendation_record, review, save_gold  # noqa: E402

STEM = "tracker_rag_words_done_flag"
HEADERS = ["Ref", "Action", "Lead", "Target date", "RAG and note", "Completed? (Y/N)"]
WIDTHS = [1.3, 9.0, 4.6, 2.6, 5.0, 2.4]
KEY = "Key: Green = on track; Amber = some slippage; Red = not started; Blue = complete."
# (ref, action, lead, target date, rating, flag)
ROWS = [
    (
        "1.1",
        "Update the risk checklist to ask about control of money",
        "Partnership Manager",
        "30/06/2025",
        "Blue – closed in March",
        "Y",
    ),
    (
        "1.2",
        "Audit forty referrals for a recorded question on money",
        "Quality Assurance Lead",
        "30/09/2025",
        "Amber – first audit done",
        "N",
    ),
    (
        "2.1",
        "Train call handlers to ask who else is in the house",
        "Contact Centre Manager",
        "31/12/2025",
        "Green – on track",
        "N",
    ),
    (
        "3.1",
        "Write to lenders about joint accounts used to control a partner",
        "Partnership Chair",
        "31/03/2026",
        "Red",
        "N",
    ),
]
VALUE = {"Blue": "complete", "Amber": "in_progress", "Green": "in_progress", "Red": "not_started"}
RECS = [
    ("1", "The Partnership should make sure that economic abuse is asked about in every risk assessment."),
    ("2", "The police should make sure that call handlers ask who else is present in the house."),
    ("3", "The Partnership should raise the use of joint accounts in economic abuse with lenders."),
]


def build() -> None:
    doc = new_doc(landscape=True, header="Safer Elderwick Partnership", font="Arial", size=10)
    para(doc, "Safer Elderwick Partnership", bold=True, size=15)
    para(doc, "Domestic Homicide Review 'Marian' – recommendations tracker", bold=True, size=13)
    heading(doc, "1. Recommendations", 1)
    for ref, text in RECS:
        para(doc, f"Recommendation {ref}: {text}")
    heading(doc, "2. Tracker", 1)
    para(doc, KEY)
    t = make_table(doc, HEADERS, WIDTHS)
    for row in ROWS:
        add_row(t, list(row), WIDTHS)
    para(doc, "The tracker is reviewed at each meeting of the Partnership's DHR group.")
    save_rendered(doc, HERE, STEM)


def gold() -> dict:
    lines = (HERE / f"{STEM}.txt").read_text(encoding="utf-8").splitlines()
    recs = [
        recommendation_record(ref, " ".join(text.split()[:10]), _line_of(lines, text[:40]), scope=None)
        for ref, text in RECS
    ]
    actions = [
        action_record(
            " ".join(action.split()[:8]),
            _line_of(lines, " ".join(action.split()[:5])),
            ref=ref,
            recommendation_ref=ref.split(".")[0],
            lead=lead,
            target_date_raw=due,
            target_date=iso(due),
            status_raw=rating,
            status=VALUE[rating.split()[0]],
        )
        for ref, action, lead, due, rating, _flag in ROWS
    ]
    return plan_gold(
        STEM,
        family="tracker_rag_words_done_flag",
        description=(
            "CSP DHR tracker (Word, Arial 10) Ref | Action | Lead | Target date | RAG and note | "
            "Completed? (Y/N), rating cells a colour and words ('Amber – first audit done'), a key line"
        ),
        review=review("DHR", "Elderwick", "Marian"),
        review_alternatives={"area": ["Safer Elderwick Partnership"]},
        recommendations=recs,
        actions=actions,
        notes=(
            "The colour that opens a rating cell rates the row through the key (Amber some "
            "slippage: in progress, though its words say a first audit is done); the Y/N flag "
            "agrees with the rating and is no status of its own."
        ),
    )


if __name__ == "__main__":
    build()
    save_gold(HERE, STEM, gold())
    print("wrote", f"{STEM}.json")
