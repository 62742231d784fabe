"""A DHR overview report's closing pages: the panel's recommendations as hanging numbered
paragraphs "R.1", "R.2", "R.3" under "Overview recommendations", then the agencies' own
recommendations in a three-column table Agency | Ref | Recommendation whose refs are the agency's
letters and a number ("KP1", "KM1"). Around them, as overview reports print them: numbered
paragraphs of conclusions (7.1, 7.2) that are no recommendations, a good-practice paragraph, and a
closing line naming the chair and the author. The date of death is told in the opening
paragraph. Built as authors publish it (python-docx, Cambria 10.5, the table in 9.5 pt),
exported to PDF by LibreOffice; the .txt is plain pdftotext of that PDF, the .corpus.txt the
bundled corpus's rendering. The gold is written by hand below.

* dhr_overview_r_dot_recs_agency_ref_table: 3 overview and 2 single-agency recommendations.

    python tests/zoo/pending/build_dhr_overview_r_dot_recs_agency_ref_table.py   # .docx, .pdf, .txt, .json
    /tmp/plumbvenv/bin/python -c "import sys; sys.path.insert(0, 'dev'); from corpus_style import render; \
      open('tests/zoo/pending/dhr_overview_r_dot_recs_agency_ref_table.corpus.txt', 'w').write(render(\
      __import__('pathlib').Path('tests/zoo/pending/dhr_overview_r_dot_recs_agency_ref_table.pdf')))"
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))  # tests/, for the shared builders
from docx_build import add_row, heading, make_table, new_doc, numbered, para  # noqa: E402
from gold_lines import R, _with_line  # noqa: E402
from office_export import save_with_gold  # noqa: E402

STEM = "dhr_overview_r_dot_recs_agency_ref_table"
WIDTHS = [4.2, 1.6, 10.4]
AREA = "Kestrel Vale"

OVERVIEW = [
    (
        "R.1",
        "Kestrel Vale Community Safety Partnership should ask each member agency to show how its staff are "
        "helped to ask about abuse at home when a patient or tenant attends alone.",
        "Kestrel Vale Community Safety Partnership",
    ),
    (
        "R.2",
        "The Partnership should agree with the housing providers how a request to change a joint tenancy "
        "is shared when abuse is known or suspected.",
        "Kestrel Vale Community Safety Partnership",
    ),
    (
        "R.3",
        "Kestrel Vale Hospitals NHS Trust should make a question about safety at home part of every "
        "emergency department assessment of an injury whose cause is unclear.",
        "Kestrel Vale Hospitals NHS Trust",
    ),
]
AGENCY = [
    (
        "Kestrel Vale Police",
        "KP1",
        "Officers should see the victim on their own before a risk assessment is closed as not completed.",
    ),
    (
        "Kestrel Vale Mental Health Trust",
        "KM1",
        "The Trust should audit how often the carers of its patients are asked about their own safety.",
    ),
]


def word_document():
    doc = new_doc(header="Kestrel Vale CSP · DHR 'Jolanta' · Overview Report", font="Cambria", size=10.5)
    heading(doc, "1. Introduction", 1)
    numbered(
        doc,
        "1.1",
        "This review looks at the contact agencies had with Jolanta, aged 44, before she was killed by her "
        "partner at her home in Kestrel Vale on 9 February 2022.",
    )
    heading(doc, "7. Conclusions", 1)
    numbered(
        doc,
        "7.1",
        "Jolanta was seen by five agencies in the year before she died; none asked her alone about home.",
    )
    numbered(doc, "7.2", "The panel found good practice in the helpline's call, which offered her a way out.")
    heading(doc, "8. Recommendations", 1)
    para(doc, "Overview recommendations", bold=True)
    for ref, text, _ in OVERVIEW:
        numbered(doc, ref, text)
    para(doc, "Single agency recommendations", bold=True)
    table = make_table(doc, ["Agency", "Ref", "Recommendation"], WIDTHS, size=9.5)
    for agency, ref, text in AGENCY:
        add_row(table, [agency, ref, text], WIDTHS, size=9.5)
    para(doc, "")
    para(
        doc, "Signed for the panel by its independent chair and the report's author, June 2023.", italic=True
    )
    return doc


def _first_words(text: str, n: int = 9) -> str:
    return " ".join(text.split()[:n])


def gold(lines: list[str]) -> dict:
    recs = [R(ref, agency, _first_words(text), [], level="overview") for ref, text, agency in OVERVIEW]
    recs += [R(ref, agency, _first_words(text), [], level="agency") for agency, ref, text in AGENCY]
    for r in recs:
        r.pop("themes")
    return {
        "file": f"{STEM}.txt",
        "family": "recommendations: hanging 'R.1' paragraphs and an Agency | Ref | Recommendation table",
        "description": (
            "DHR overview report's closing pages built in Word (python-docx, Cambria 10.5), exported to PDF by "
            "LibreOffice and to text by plain pdftotext: overview recommendations R.1-R.3 as hanging numbered "
            "paragraphs, single-agency recommendations KP1, KM1 in an Agency | Ref | Recommendation table."
        ),
        "review": {
            "review_id": None,
            "review_type": "DHR",
            "area": AREA,
            "doc_kind": None,
            "author": None,
            "victims": [{"pseudonym": "Jolanta", "age": 44}],
            "date_of_death": "2022-02-09",
        },
        "recommendations": [_with_line(r, "text_start", lines) for r in recs],
        "actions": [],
        "chronology": [],
        "notes": (
            "Written by hand from the document's meaning. Five recommendations: R.1-R.3 (overview) and KP1, KM1 "
            "(agency, the table's Agency cell their agency). Paragraphs 1.1, 7.1 and 7.2 are not recommendations."
        ),
    }


if __name__ == "__main__":
    save_with_gold(word_document(), HERE, STEM, gold)
