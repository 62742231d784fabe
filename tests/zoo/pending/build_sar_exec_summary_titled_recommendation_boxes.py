"""Build the pending zoo document `sar_exec_summary_titled_recommendation_boxes`: a Safeguarding
Adults Review executive summary, URW Gothic 10, whose recommendations sit in titled boxes.

A cover block ending on three lines ("SAR reference: ...", "Independent reviewer: ...", "Report
agreed by the Board: ..."); sections 1-3 (the age and date of death in "About Gerald"); "4.
Recommendations" a lead-in, then five shaded one-cell boxes, each a bold "Recommendation N –
<title>" line over the recommendation's text, the Board named first in most of them ("The Board
should ...", "Thornley Safeguarding Adults Board should ..."); "5. Thanks". heldout50 family 5's
form.

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_sar_exec_summary_titled_recommendation_boxes.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py DIR   # on a folder holding its .pdf and .json
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parent))

from docx_build import box, heading, new_doc, page_break, para  # noqa: E402
from office_export import save_rendered  # noqa: E402
from plan_gold import first_words, line_opening, plan_gold, recommendation_record, review, save_gold  # noqa: E402

STEM = "sar_exec_summary_titled_recommendation_boxes"
BOARD = "Thornley Safeguarding Adults Board"
BOXES = [
    ("Hearing from carers", BOARD,
     "Thornley Safeguarding Adults Board should ask its partners how they record what an unpaid carer "
     "tells them about the person they care for."),
    ("Self-neglect pathway", BOARD,
     "The Board should review its self-neglect pathway so that a referral closed without a visit is "
     "looked at again by a manager."),
    ("Hospital discharge", "Thornley Hospitals NHS Trust",
     "Thornley Hospitals NHS Trust should make sure that a patient who lives alone is not discharged "
     "at night without a plan for the first evening at home."),
    ("Hoarding training", BOARD,
     "The Board should offer training on hoarding to housing and fire service staff together."),
    ("Assurance", BOARD,
     "The Board should report to its members within a year on the progress made on these "
     "recommendations."),
]  # fmt: skip


def _cover(doc) -> None:
    para(doc, BOARD, bold=True, size=14)
    para(doc, "Safeguarding Adults Review ‘Gerald’", bold=True, size=20)
    para(doc, "Executive summary", size=14)
    para(doc, "SAR reference: TSAB/SAR/2023/05")
    para(doc, "Independent reviewer: Rosalind Fairweather")
    para(doc, "Report agreed by the Board: 9 April 2025")
    page_break(doc)


def build() -> None:
    doc = new_doc(font="URW Gothic", size=10, header="Thornley SAB  |  SAR ‘Gerald’")
    _cover(doc)
    heading(doc, "1. Why the review was carried out", 1)
    para(doc, "1.1 The Board agreed in June 2023 that the criteria for a review were met.")
    heading(doc, "2. About Gerald", 1)
    para(doc, "2.1 Gerald was 67 when he died at home on 3 March 2023. He had lived alone for many years.")
    heading(doc, "3. What we learned", 1)
    para(doc, "3.1 Agencies saw Gerald's home only in part and did not share what each had seen.")
    heading(doc, "4. Recommendations", 1)
    para(doc, "4.1 The review makes five recommendations. The Board will publish its response by July 2025.")
    for n, (title, _, text) in enumerate(BOXES, 1):
        box(doc, f"Recommendation {n} – {title}\n{text}")
    heading(doc, "5. Thanks", 1)
    para(doc, "5.1 The reviewer thanks Gerald's brother for speaking to the review.")
    save_rendered(doc, HERE, STEM)


def gold() -> dict:
    lines = (HERE / f"{STEM}.txt").read_text(encoding="utf-8").splitlines()
    recs = []
    for n, (title, agency, text) in enumerate(BOXES, 1):
        line = line_opening(lines, text[:25])
        recs.append(recommendation_record(str(n), first_words(text, 10), line, agency=agency, title=title))
    return plan_gold(
        STEM,
        description=(
            "SAR executive summary (URW Gothic 10): cover reference, reviewer and agreement lines; five shaded "
            "one-cell boxes under '4. Recommendations', each a bold 'Recommendation N – title' line over its text, "
            "the Board named first in most"
        ),
        review=review(
            "SAR",
            "Thornley",
            "Gerald",
            doc_kind="executive_summary",
            author="Rosalind Fairweather",
            age=67,
            date_of_death="2023-03-03",
            review_id="TSAB/SAR/2023/05",
        ),  # fmt: skip
        review_alternatives={"area": [BOARD]},
        recommendations=recs,
        notes=(
            "Each box's title line gives its ref and title; the text after it is the recommendation. 'The Board' "
            "is the Thornley Safeguarding Adults Board the cover names."
        ),
    )


if __name__ == "__main__":
    build()
    save_gold(HERE, STEM, gold())
    print("wrote", f"{STEM}.json")
