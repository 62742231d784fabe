"""Build zoo SAR executive summaries whose recommendations are lettered hanging paragraphs
("A." - "D."), one of them a lead sentence over indented parts "(i)", "(ii)" (one record), and
whose plan is a table For | What we will do | Who | By when | How we will know it has worked |
Progress, the For cell the action's ref ("A", "B(i)"), its letter the recommendation's ref.

They vary what the family prints differently from plan to plan: the parts whole sentences
(a capital, a full stop) under a lead sentence that ends with its own full stop, the columns'
widths (the Who cell a role over two or three lines, the measure's column wide or narrow), the
progress words wrapped or not.

sar_summary_lettered_parts_sentences_quenby: DejaVu Sans 8.5, plain pdftotext.

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_sar_summary_lettered_parts.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py tests/zoo/pending   # the corpus-text rendering
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parent))

from docx_build import heading, new_doc, page_break, para  # noqa: E402
from lettered_summary import for_plan, lettered_recommendations, lettered_records  # noqa: E402
from office_export import save_rendered  # noqa: E402
from plan_gold import plan_gold, review, save_gold  # noqa: E402

QUENBY = dict(
    board="Quenby Safeguarding Adults Board",
    area="Quenby",
    adult="Ms Farrant",
    age=58,
    reviewer="Tobias Wrenfield",
    ref="QSAB/SAR/24-02",
    widths=[1.1, 4.4, 3.2, 2.0, 4.0, 2.0],
    recs=[
        ("A", "The Board should make sure that agencies invite the adult's family to every "
         "multi-agency meeting about her care, unless she has said she does not want them there.", []),
        ("B", "The Board should strengthen how agencies respond when an adult who uses drugs "
         "leaves hospital against medical advice, in two ways.",
         ["Ward staff tell the adult's drug treatment worker on the day the adult leaves.",
          "The drug treatment service tries to see the adult within two working days."]),
        ("C", "The Board should ask the mental health trust to check that its crisis team "
         "records why an assessment was not offered.", []),
        ("D", "The Board should share the learning from this review with the housing providers "
         "who let homes in the borough.", []),
    ],
    plan=[
        ("A", "Write a standard letter inviting families to multi-agency meetings.",
         "Principal Social Worker, Adult Social Care", "Summer 2025",
         "Letter in use; three families invited in the first month", "Done"),
        ("B(i)", "Set up a same-day notice from the ward to the drug treatment service.",
         "Associate Director of Nursing", "End of October 2025",
         "Notices sent for every early discharge in a two-month check", "Under way"),
        ("B(ii)", "Add a two-day follow-up target to the drug treatment service's procedure.",
         "Drug and Alcohol Service Lead", "Winter 2025/26",
         "Target met for at least four in five adults", "Not begun"),
        ("C", "Audit the crisis team's records of assessments that were not offered.",
         "Crisis Team Manager", "Spring 2026", "Audit findings presented to the Board", "Not begun"),
        ("D", "Hold a learning event for housing providers on this review.",
         "Board Business Manager", "End of June 2025", "Event held with nine providers present",
         "Done"),
    ],
)  # fmt: skip

VARIANTS = {"sar_summary_lettered_parts_sentences_quenby": QUENBY}


def build(stem: str, v: dict) -> None:
    doc = new_doc(font="DejaVu Sans", size=8.5)
    para(doc, v["board"], bold=True, size=14)
    para(doc, f"Safeguarding Adults Review concerning {v['adult']}", bold=True, size=12)
    para(doc, "Executive summary", bold=True, size=11)
    para(doc, f"Independent reviewer: {v['reviewer']} | Board reference: {v['ref']}")
    heading(doc, "About the review", 2)
    para(
        doc,
        f"{v['adult']} was {v['age']} when she died in hospital in the spring of 2024. She had "
        "used drugs for many years and had left hospital twice in the months before her death "
        "before her treatment was finished.",
    )
    heading(doc, "What the review found", 2)
    for found in (
        "Her family were rarely asked to meetings about her care.",
        "Nobody told her drug worker when she left hospital early.",
        "The crisis team did not write down why it had not assessed her.",
    ):
        para(doc, found, style="List Bullet")
    heading(doc, "Recommendations", 2)
    lettered_recommendations(doc, v["recs"])
    page_break(doc)
    heading(doc, "What the Board will do", 2)
    para(doc, "Progress on each action is reported to the Board every three months.")
    for_plan(doc, v["plan"], v["widths"])
    save_rendered(doc, HERE, stem)


def gold(stem: str, v: dict) -> dict:
    lines = (HERE / f"{stem}.txt").read_text(encoding="utf-8").splitlines()
    recs, actions = lettered_records(lines, v["recs"], v["plan"])
    return plan_gold(
        stem,
        description=(
            "SAR executive summary (DejaVu Sans 8.5, plain pdftotext): lettered hanging recommendations A.-D., "
            "B a lead sentence over indented (i)/(ii) parts written as whole sentences (one record); plan table "
            "For | What we will do | Who | By when | How we will know it has worked | Progress, the For cell the "
            "action ref (A, B(i)), Progress Done / Under way / Not begun"
        ),
        review=review(
            "SAR",
            v["area"],
            v["adult"],
            doc_kind="overview_report",
            review_id=v["ref"],
            author=v["reviewer"],
            age=v["age"],
        ),
        review_alternatives={"area": [v["board"]], "doc_kind": ["executive_summary"]},
        recommendations=recs,
        actions=actions,
        notes=(
            "Each plan row is an action; its ref is the For cell, its recommendation the letter. B's (i) and (ii) "
            "are parts of one recommendation."
        ),
    )


if __name__ == "__main__":
    for name, variant in VARIANTS.items():
        build(name, variant)
        save_gold(HERE, name, gold(name, variant))
