"""Build the pending zoo document `dhr_overview_agency_lists_then_overview_heading`: a Domestic
Homicide Review overview report extract, P052 11, whose recommendations chapter prints the
agencies' own recommendations first and the overview's after them.

"9. Recommendations" opens with a lead-in (9.1), then each agency's name in bold over its own
items, numbered "1.", "2." afresh under each (hanging indents); then a second lead-in (9.2) and
a bold "Overview report recommendations" heading over the overview's items, numbered from 1
again; 9.3 a note on the action plan. The chronology is paragraphs opening with a bold date and
a full stop; the review id is printed only in the running footer and the chair signs off on the
last page. heldout50 family 2's form: the agencies' lists come before the overview's heading,
not after labelled recommendations, so only the heading further down tells them apart.

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_dhr_overview_agency_lists_then_overview_heading.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py DIR   # on a folder holding its .pdf and .json
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx.shared import Cm

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parent))

from docx_build import heading, new_doc, page_break, para  # noqa: E402
from office_export import save_rendered  # noqa: E402
from plan_gold import first_words, line_opening, plan_gold, recommendation_record, review, save_gold  # noqa: E402

STEM = "dhr_overview_agency_lists_then_overview_heading"
EVENTS = [
    ("12 January 2020", "2020-01-12", "Nadia told her GP that she was sleeping badly and felt watched at home."),
    ("4 May 2020", "2020-05-04", "Police were called by a neighbour who heard shouting; no offence was recorded."),
    ("September 2020", "2020-09", "Nadia asked the housing office about moving to a smaller flat on her own."),
    ("19 November 2020", "2020-11-19", "Nadia was found dead at her home; her husband was later convicted of her murder."),
]  # fmt: skip
AGENCIES = [
    ("Brackley Police", [
        "Make sure officers attending a call about shouting at an address ask each adult alone "
        "whether they feel safe.",
        "Review how call handlers link repeat calls from one address so they are seen together.",
    ]),
    ("Brackley Mental Health NHS Trust", [
        "Add a question about controlling behaviour to the assessment used when a patient "
        "reports poor sleep and fear at home.",
    ]),
    ("Orchard Lane Surgery", [
        "The practice should offer an appointment alone to any patient whose partner answers "
        "questions for them.",
    ]),
    ("Brackley Housing Services", [
        "Train housing officers to ask about domestic abuse when a tenant asks to move to a "
        "smaller home on their own.",
        "Name one officer agencies can call when they are worried about a tenant's safety.",
    ]),
]  # fmt: skip
OVERVIEW = [
    "Brackley Community Safety Partnership should run a campaign telling neighbours how to report "
    "concerns about domestic abuse.",
    "The Partnership should ask every agency to check that its staff know the local domestic abuse "
    "referral routes.",
    "The Partnership should seek assurance within a year that each agency has carried out its own "
    "recommendations.",
]  # fmt: skip


def _item(doc, number: int, text: str) -> None:
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(0.9)
    p.paragraph_format.first_line_indent = Cm(-0.9)
    p.add_run(f"{number}.\t{text}")


def _dated(doc, day: str, text: str) -> None:
    p = doc.add_paragraph()
    p.add_run(day + ".").bold = True
    p.add_run(" " + text)


def _title_page(doc) -> None:
    para(doc, "Brackley Community Safety Partnership", bold=True, size=14, align="center")
    para(doc, "Domestic Homicide Review", bold=True, size=20, align="center")
    para(doc, "Overview Report", size=16, align="center")
    para(doc, "Into the death of Nadia", size=13, align="center")
    page_break(doc)


def _recommendations(doc) -> None:
    heading(doc, "9. Recommendations", 1)
    para(
        doc,
        "9.1 Each agency that took part agreed recommendations for its own service. They are set out below.",
    )
    for agency, items in AGENCIES:
        para(doc, agency, bold=True)
        for n, text in enumerate(items, 1):
            _item(doc, n, text)
    para(doc, "9.2 The panel made the following recommendations, which the Partnership will oversee.")
    para(doc, "Overview report recommendations", bold=True)
    for n, text in enumerate(OVERVIEW, 1):
        _item(doc, n, text)
    para(doc, "9.3 The action plan is published separately and is reviewed by the Partnership every quarter.")


def build() -> None:
    doc = new_doc(font="P052", size=11, footer_label="DHR-BK-2021-07   Overview Report   OFFICIAL")
    _title_page(doc)
    heading(doc, "1. Introduction", 1)
    para(doc, "1.1 This review looks at the contact agencies had with Nadia, aged 38, before her death.")
    heading(doc, "4. Chronology", 1)
    para(doc, "The events below are those the panel judged most significant.", italic=True)
    for day, _, text in EVENTS:
        _dated(doc, day, text)
    _recommendations(doc)
    para(doc, "Signed")
    para(doc, "Margaret Ellery", bold=True)
    para(doc, "Independent Chair and Author")
    para(doc, "14 March 2022")
    save_rendered(doc, HERE, STEM)


def _recs(lines: list[str]) -> list[dict]:
    recs = []
    for agency, items in AGENCIES:
        for n, text in enumerate(items, 1):
            line = line_opening(lines, text[:25])
            recs.append(
                recommendation_record(str(n), first_words(text, 10), line, agency=agency, level="agency")
            )
    for n, text in enumerate(OVERVIEW, 1):
        recs.append(recommendation_record(str(n), first_words(text, 10), line_opening(lines, text[:25])))
    return recs


def gold() -> dict:
    lines = (HERE / f"{STEM}.txt").read_text(encoding="utf-8").splitlines()
    chronology = [
        {
            "ref": None,
            "heading": None,
            "date_raw": day,
            "date": iso,
            "date_end": None,
            "relative": False,
            "text_start": first_words(text, 6),
            "line": line_opening(lines, day + "."),
        }
        for day, iso, text in EVENTS
    ]
    return plan_gold(
        STEM,
        description=(
            "DHR overview report extract (P052 11): review id only in the running footer; a chronology of "
            "paragraphs opening with a bold date; '9. Recommendations' with each agency's own items under its "
            "bold name, numbered 1., 2. afresh, then a bold 'Overview report recommendations' heading over 1.-3.; "
            "the chair signs off at the end"
        ),
        review=review(
            "DHR",
            "Brackley",
            "Nadia",
            doc_kind="overview_report",
            author="Margaret Ellery",
            age=38,
            date_of_death="2020-11-19",
            review_id="DHR-BK-2021-07",
        ),  # fmt: skip
        review_alternatives={"area": ["Brackley Community Safety Partnership"]},
        recommendations=_recs(lines),
        chronology=chronology,
        notes=(
            "The agencies' items take their list number as ref, repeating across agencies (told apart by agency), "
            "level agency; the items under 'Overview report recommendations' are the overview's, numbered from 1 "
            "again. 9.1-9.3 are lead-ins and a note. The chronology dates are the bold run-ins without their stop."
        ),
    )


if __name__ == "__main__":
    build()
    save_gold(HERE, STEM, gold())
    print("wrote", f"{STEM}.json")
