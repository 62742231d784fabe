"""Build a zoo SAR briefing whose recommendations stand in the right-hand cells of a two-column
findings table, set in a proportional face: the text taken out a printed line at a time (the
corpus text) joins each line of a finding with the line of its recommendation beside it, and
nothing but the columns' room tells where one ends.

sab_briefing_found_asks_joined: a Safeguarding Adults Board's SAR briefing (Arial 10): a short
story of the review, then "What we found" | "What the Board should do", the recommendations coded
"R1" ... "R4" opening their cells, one finding longer than its recommendation (it runs on below
the recommendation's end), one recommendation longer than its finding, the last cell two
recommendations (each its own paragraph); a closing line under the table.

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_sab_briefing_found_asks_joined.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py DIR   # the corpus-text rendering (see the README)
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parent))

from docx_build import add_row, heading, make_table, new_doc, para  # noqa: E402
from office_export import save_rendered  # noqa: E402
from plan_gold import line_holding, plan_gold, recommendation_record, review, save_gold  # noqa: E402

STEM = "sab_briefing_found_asks_joined"
BOARD = "Cobbinshaw Safeguarding Adults Board"
# (what we found, [(ref, recommendation)])
ROWS = [
    (
        "Staff at the day centre noticed that Mrs Ruddle had lost weight over the winter but did not "
        "know whom to tell, and the concern was written only in the centre's diary. Nobody outside the "
        "centre read it.",
        [
            (
                "R1",
                "The Board should ask day services to agree one route for passing on a concern about "
                "an adult's health.",
            )
        ],
    ),
    (
        "The pharmacy stopped delivering when no one answered the door.",
        [
            (
                "R2",
                "The Board should work with community pharmacies so that a delivery that cannot be "
                "made three times in a row is reported to the adult's GP practice the same week, and "
                "so that the practice knows what to do next.",
            )
        ],
    ),
    (
        "Her daughter asked twice for a carer's assessment and was told there was a waiting list.",
        [
            (
                "R3",
                "The Board should seek assurance that a carer who asks for an assessment is told when "
                "it will happen.",
            ),
            (
                "R4",
                "The Board should ask adult social care to report the waiting time for carers' "
                "assessments to the Board every quarter.",
            ),
        ],
    ),
]


def build() -> None:
    doc = new_doc(header="Cobbinshaw SAB – SAR briefing", font="Arial", size=10)
    para(doc, BOARD, bold=True, size=14)
    para(doc, "Safeguarding Adults Review briefing: Mrs Ruddle", bold=True, size=12)
    heading(doc, "1. The review", 1)
    para(
        doc,
        "Mrs Ruddle was 84 and lived alone, with her daughter visiting at weekends. She was found "
        "collapsed at home in February 2024 and died in hospital a week later.",
    )
    heading(doc, "2. Findings and recommendations", 1)
    widths = (6.0, 10.0)
    t = make_table(doc, ["What we found", "What the Board should do"], widths, size=10)
    for found, recs in ROWS:
        add_row(t, [found, "\n".join(f"{ref} {text}" for ref, text in recs)], widths, size=10)
    para(doc, "")
    para(doc, "The Board will publish its response to this briefing on its website.")
    save_rendered(doc, HERE, STEM)


def gold() -> dict:
    lines = (HERE / f"{STEM}.txt").read_text(encoding="utf-8").splitlines()
    recs = [
        recommendation_record(ref, " ".join(text.split()[:8]), line_holding(lines, ref, 1), agency=BOARD)
        for _, recs in ROWS
        for ref, text in recs
    ]
    return plan_gold(
        STEM,
        family="sar_found_should_do_table",
        description=(
            "SAB SAR briefing (Arial 10): a two-column table What we found | What the Board should do, "
            "R1..R4 opening the right cells, a finding longer than its recommendation and one shorter, "
            "two recommendations in the last cell"
        ),
        review=review(
            "SAR", "Cobbinshaw", "Mrs Ruddle", doc_kind="overview_report", age=84, date_of_death="2024-02"
        ),
        review_alternatives={"area": [BOARD]},
        recommendations=recs,
        notes=(
            "The right-hand cells are the recommendations, ref the code opening each; the findings "
            "beside them are not recommendations. Every recommendation asks the Board (agency the Board)."
        ),
    )


if __name__ == "__main__":
    build()
    save_gold(HERE, STEM, gold())
    print("wrote", f"{STEM}.json")
