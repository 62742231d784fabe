"""Build the pending zoo document `sfo_summary_service_footer_region_eskerfield`: the published summary
of a probation Serious Further Offence review (Nimbus Sans 10) that names no partnership, board or
council: the region it comes from is printed only in the service's own footer, the service's name and
the region set apart by middle dots and run on into the page number ("Probation Service · Eskerfield ·
1"), and in a facts table whose region cell holds a longer name ("Eskerfield and Moorhithe").

Page 1: a facts label/value table (not records), what the review found, "Areas of good practice"
bullets (not records), recommendations "[1]" and "[2]" as hanging paragraphs, a note (not a record).

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_sfo_summary_service_footer_region.py
    /tmp/venv/bin/python dev/corpus_style.py DIR   # on a folder holding its .pdf and .json
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parent))

from board_response_build import _line_of  # noqa: E402
from docx_build import heading, kv_table, new_doc, para  # noqa: E402
from office_export import save_rendered  # noqa: E402
from plan_gold import plan_gold, recommendation_record, review, save_gold  # noqa: E402

STEM = "sfo_summary_service_footer_region_eskerfield"
FACTS = [
    ("Type of review", "Serious Further Offence review"),
    ("Region", "Eskerfield and Moorhithe"),
    ("Further offence", "Arson with intent to endanger life"),
    ("Order", "Licence after a custodial sentence"),
]
RECS = [
    (
        "1",
        "Offender managers must ask the approved premises for its record of each resident's behaviour "
        "before every licence review meeting.",
    ),
    (
        "2",
        "Senior probation officers must check within ten working days that a risk management plan names "
        "who to tell when a person on licence loses their accommodation.",
    ),
]


def build() -> None:
    doc = new_doc(
        font="Nimbus Sans", size=10, header="OFFICIAL", footer_label="Probation Service · Eskerfield ·"
    )
    para(doc, "Serious Further Offence review: summary for publication", bold=True, size=14)
    kv_table(doc, FACTS, (5, 10), size=9.5)
    heading(doc, "What the review found", 2)
    para(
        doc,
        "Mr Tobias Wren was on licence and living in approved premises when he set fire to a neighbour's "
        "door. Staff at the premises had seen him grow angry about the neighbour for several weeks; the "
        "review found that this was recorded at the premises but not passed to his offender manager.",
    )
    heading(doc, "Areas of good practice", 2)
    for item in (
        "His licence conditions were explained to him on the day of release.",
        "Missed appointments were followed up the same week.",
    ):
        para(doc, "•  " + item)
    heading(doc, "Recommendations", 2)
    for number, text in RECS:
        para(doc, f"[{number}]\t{text}")
    para(doc, "Note: the names in this summary have been changed.", italic=True)
    save_rendered(doc, HERE, STEM)


def gold() -> dict:
    lines = (HERE / f"{STEM}.txt").read_text(encoding="utf-8").splitlines()
    recs = [
        recommendation_record(number, " ".join(text.split()[:10]), _line_of(lines, text), scope="local")
        for number, text in RECS
    ]
    return plan_gold(
        STEM,
        description=(
            "Published summary of a probation Serious Further Offence review (Nimbus Sans 10): a facts table, "
            "findings, good-practice bullets, recommendations [1]-[2] as hanging paragraphs, a note; the region "
            "named only in the footer 'Probation Service · Eskerfield · N' and the facts table's region cell"
        ),
        review=review(None, "Eskerfield", None, doc_kind="executive_summary"),
        recommendations=recs,
        notes=(
            "Area: the region in the service's own footer (no partnership, board or council is named); the "
            "facts table's longer region name is not taken as the area. review_type null (no contract type for "
            "a probation review). Not records: the facts table, the good-practice bullets, the note."
        ),
    )


if __name__ == "__main__":
    build()
    save_gold(HERE, STEM, gold())
    print("wrote", f"{STEM}.json")
