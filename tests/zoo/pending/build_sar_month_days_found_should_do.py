"""Build a zoo SAR learning review whose story is told under month headings in paragraphs that
give the day only, and whose recommendations stand in the right-hand cells of a two-column
findings table.

sar_month_days_found_should_do: a SAR learning review (DejaVu Sans Mono 8.5): "What happened"
under bold month headings ("March 2023") with paragraphs opening "On the 2nd, ..." (the month
from the heading above), one "Towards the end of the month, ..." (the month itself); learning
points for practitioners in bullets that the text says are no recommendations; then a table
"What we found" | "What the Board should do" whose right-hand cells hold the recommendations
"SAR-R1" ... "SAR-R5", the last cell two of them, each its own paragraph.

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_sar_month_days_found_should_do.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py tests/zoo/pending   # the corpus-text rendering
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parent))

from docx.shared import Pt  # noqa: E402
from docx_build import add_row, heading, make_table, new_doc, para  # noqa: E402
from gold_lines import chronology_gold  # noqa: E402
from office_export import save_rendered  # noqa: E402
from plan_gold import line_holding, plan_gold, recommendation_record, review, save_gold  # noqa: E402

STEM = "sar_month_days_found_should_do"
BOARD = "Pellbridge Safeguarding Adults Board"
# (month heading, [(opening, text, iso date, date raw)])
MONTHS = [
    (
        "March 2023",
        [
            (
                "On the 2nd,",
                "Tomas's landlord rang adult social care to say that he had not collected his post for "
                "two weeks and that the flat smelt of damp.",
                "2023-03-02",
                "On the 2nd",
            ),
            (
                "On the 15th,",
                "a social worker visited. Tomas spoke to her through the door and said he was managing; "
                "the referral was closed the same day.",
                "2023-03-15",
                "On the 15th",
            ),
        ],
    ),
    (
        "April 2023",
        [
            (
                "On the 9th,",
                "Tomas missed his second appointment at the diabetes clinic and a letter was sent to his "
                "old address.",
                "2023-04-09",
                "On the 9th",
            ),
            (
                "Towards the end of the month,",
                "neighbours told the housing officer they had not seen Tomas leave the flat for some "
                "weeks. The officer left a card.",
                "2023-04",
                "Towards the end of the month",
            ),
        ],
    ),
    (
        "May 2023",
        [
            (
                "On the 3rd,",
                "the housing officer and a police community support officer visited together and found "
                "Tomas unwell. An ambulance took him to hospital.",
                "2023-05-03",
                "On the 3rd",
            ),
        ],
    ),
]
LEARNING = [
    "A person who says they are managing may not be able to say otherwise through a closed door.",
    "A missed appointment is information: ask why, and who else knows the person.",
]
# (what we found, [(ref, recommendation)])
ROWS = [
    (
        "Concerns about self-neglect were each closed on the day they were raised, so no agency saw "
        "that they were repeating.",
        [
            (
                "SAR-R1",
                "The Board should ask partners to agree how a second concern about self-neglect within "
                "three months is escalated to a multi-agency meeting.",
            )
        ],
    ),
    (
        "Letters about missed clinic appointments went to an address Tomas had left.",
        [
            (
                "SAR-R2",
                "The Board should seek assurance from the Pellbridge Hospitals Trust that a missed "
                "appointment prompts a check of the patient's address and contacts.",
            )
        ],
    ),
    (
        "Housing staff did not know who to call when a tenant could not be seen.",
        [
            (
                "SAR-R3",
                "The Board should publish a short guide for housing staff on raising a concern "
                "about a tenant who has not been seen.",
            )
        ],
    ),
    (
        "Practitioners were unsure when a person's refusal of help could be accepted at face value.",
        [
            (
                "SAR-R4",
                "The Board should commission training on assessing capacity where a person declines "
                "support but may be at risk of serious harm.",
            ),
            (
                "SAR-R5",
                "The Board should review in twelve months whether that training has changed how "
                "refusals are recorded.",
            ),
        ],
    ),
]


def build() -> None:
    doc = new_doc(header="Pellbridge SAB :: Learning review", font="DejaVu Sans Mono", size=8.5)
    doc.sections[0].left_margin = doc.sections[0].right_margin = Pt(70)
    para(doc, BOARD, bold=True, size=12)
    para(doc, "Safeguarding Adults Review: Tomas", bold=True, size=11)
    para(doc, "Learning review", bold=True, size=10)
    heading(doc, "1. About this review", 1)
    para(
        doc,
        "Tomas was 58 when he died in hospital in May 2023. This learning review looks at the ten weeks "
        "before his admission.",
    )
    heading(doc, "2. What happened", 1)
    for month, entries in MONTHS:
        para(doc, month, bold=True)
        for opening, text, _, _ in entries:
            para(doc, f"{opening} {text}")
    heading(doc, "3. Learning for practitioners", 1)
    para(doc, "These points are for practitioners to reflect on; they are not recommendations.")
    for point in LEARNING:
        para(doc, point, style="List Bullet")
    heading(doc, "4. Findings and recommendations", 1)
    widths = (7.5, 8.5)
    t = make_table(doc, ["What we found", "What the Board should do"], widths, size=8.5)
    for found, recs in ROWS:
        add_row(t, [found, "\n".join(f"{ref} {text}" for ref, text in recs)], widths, size=8.5)
    para(doc, "")
    para(doc, "The Board will publish its response to these recommendations within three months.")
    save_rendered(doc, HERE, STEM)


def gold() -> dict:
    lines = (HERE / f"{STEM}.txt").read_text(encoding="utf-8").splitlines()
    events = [
        (f"{opening} {text}", raw, iso, False, {"heading": month})
        for month, entries in MONTHS
        for opening, text, iso, raw in entries
    ]
    recs = [
        recommendation_record(ref, " ".join(text.split()[:10]), line_holding(lines, ref, 1), agency=BOARD)
        for _, recs in ROWS
        for ref, text in recs
    ]
    return plan_gold(
        STEM,
        description=(
            "SAR learning review (DejaVu Sans Mono 8.5): month headings over day-only paragraphs "
            "('On the 2nd,', one 'Towards the end of the month,'), learning bullets, and a two-column "
            "table What we found | What the Board should do with SAR-R1..SAR-R5 in the right cells, two "
            "in the last"
        ),
        review=review(
            "SAR", "Pellbridge", "Tomas", doc_kind="overview_report", age=58, date_of_death="2023-05"
        ),
        review_alternatives={"area": [BOARD]},
        recommendations=recs,
        chronology=chronology_gold(lines, events),
        notes=(
            "Each day-only paragraph is dated by the month heading above it (day precision); 'Towards "
            "the end of the month' is the month. The learning bullets and the findings cells are no "
            "recommendations. Every recommendation is the Board's."
        ),
    )


if __name__ == "__main__":
    build()
    save_gold(HERE, STEM, gold())
    print("wrote", f"{STEM}.json")
