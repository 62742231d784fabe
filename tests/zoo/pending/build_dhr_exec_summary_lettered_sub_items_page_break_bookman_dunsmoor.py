"""Build dhr_exec_summary_lettered_sub_items_page_break_bookman_dunsmoor: a DHR executive
summary (URW Bookman 11, portrait, 2.6 cm margins) whose numbered recommendations carry lettered
sub-items, a footer "Executive Summary – ‘<name>’ – N" at the right.

A title block (partnership, "Domestic Homicide Review", "Executive Summary", an "Independent Chair
and Author: ... | Published ..." line); "1 The review process" 1.1 giving the reference, the age
and the date of death; "2 Summary of events"; "3 Key findings"; "4 Recommendations" 4.1 a lead-in
then hanging items 1.-4., items 1 and 3 a stem ending "by:" / "so that:" over hanging (a)-(c) /
(a)-(b) sub-items (parts of their recommendation, not records of their own), the page breaking
between item 1's stem and its sub-items; an italic note about single-agency recommendations.

    python tests/zoo/pending/build_dhr_exec_summary_lettered_sub_items_page_break_bookman_dunsmoor.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py tests/zoo/pending   # then the .corpus.txt

All people, places and bodies are fictional; the wording is our own. Written by helper
s51h51rest as a stand-in for heldout51's family 4.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/zoo, for the gold frame
sys.path.insert(0, str(HERE.parents[1]))  # tests/, for the Word helpers and export steps

from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from docx.shared import Cm  # noqa: E402
from docx_build import add_field, new_doc, para  # noqa: E402
from office_export import save_with_gold  # noqa: E402
from plan_gold import first_words, line_holding, plan_gold, recommendation_record, review  # noqa: E402

STEM = "dhr_exec_summary_lettered_sub_items_page_break_bookman_dunsmoor"
PARTNERSHIP = "Dunsmoor Community Safety Partnership"
REF = "DCSP DHR 2022/05"
NAME = "Agnes"
AUTHOR = "Lionel Barraclough-Hay"

# (agency, stem, sub-items); a recommendation with sub-items is one record
RECS = [
    (
        "Dunsmoor Community Safety Partnership",
        "Dunsmoor Community Safety Partnership should improve how older victims of domestic abuse "
        "are identified and supported by:",
        [
            "asking every agency on the partnership to add older people's services to its domestic "
            "abuse referral routes;",
            "running a campaign in doctors' surgeries and pharmacies aimed at older people and their "
            "neighbours; and",
            "reporting each year to the partnership on the number of referrals of people over 65.",
        ],
    ),
    (
        "Dunsmoor Adult Social Care",
        "Dunsmoor Adult Social Care should make sure that carers' assessments ask the carer, "
        "alone, whether they feel safe at home.",
        [],
    ),
    (
        "Dunsmoor and Cowlinge Integrated Care Board",
        "Dunsmoor and Cowlinge Integrated Care Board should review its guidance for GP practices so that:",
        [
            "a patient who is cared for by a partner is seen alone at least once a year; and",
            "signs of neglect noticed at a home visit are recorded and shared with the practice's "
            "safeguarding lead.",
        ],
    ),
    (
        "Home Office",
        "The Home Office should include the abuse of older people by their partners in its next "
        "statutory guidance on Domestic Homicide Reviews.",
        [],
    ),
]

FINDINGS = [
    "Agnes was not asked about domestic abuse by any agency in the three years before her death, "
    "although she saw her GP practice eleven times.",
    "Her husband was seen by professionals as her devoted carer, and his anger at visitors was "
    "read as stress rather than as a sign of control.",
    "Agencies held pieces of information about Agnes's falls and bruising but nobody put them together.",
    "The services older people use most were not part of the area's domestic abuse referral "
    "routes, and their staff had not been trained to recognise abuse between older partners.",
]


def hanging(doc, label: str, text: str, indent: float, hang: float):
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(indent)
    p.paragraph_format.first_line_indent = Cm(-hang)
    p.add_run(f"{label}\t{text}")
    return p


def document():
    doc = new_doc(font="URW Bookman", size=11)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.6)
    foot = sec.footer.paragraphs[0]
    foot.text = ""
    foot.add_run(f"Executive Summary – ‘{NAME}’ – ")
    add_field(foot.add_run(), "PAGE")
    foot.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    para(doc, PARTNERSHIP, bold=True, size=14)
    para(doc, "Domestic Homicide Review", bold=True, size=13)
    para(doc, f"Executive Summary: the death of ‘{NAME}’", bold=True, size=12)
    para(doc, f"Independent Chair and Author: {AUTHOR}  |  Published March 2025")
    para(doc, "1 The review process", bold=True, size=12)
    hanging(
        doc,
        "1.1",
        f"This summary sets out the review ({REF}) the partnership commissioned after the death of "
        f"‘{NAME}’, aged 81, at her home on 3 September 2022. Her husband, who was her carer, was "
        "later convicted of her manslaughter.",
        1.2,
        1.2,
    )
    hanging(
        doc,
        "1.2",
        "The panel met six times. Eight agencies gave chronologies and five wrote individual "
        "management reviews. Agnes's son and daughter spoke to the chair.",
        1.2,
        1.2,
    )
    para(doc, "2 Summary of events", bold=True, size=12)
    hanging(
        doc,
        "2.1",
        "Agnes and her husband had been married for over fifty years. After her stroke in 2019 he "
        "gave up his part-time work to look after her. Their children lived abroad and visited twice "
        "a year. Neighbours heard shouting from the house on several evenings in 2021 and once saw "
        "Agnes in the garden at night, but did not know whom to tell.",
        1.2,
        1.2,
    )
    para(doc, "3 Key findings", bold=True, size=12)
    for n, text in enumerate(FINDINGS, start=1):
        hanging(doc, f"3.{n}", text, 1.2, 1.2)
    para(doc, "4 Recommendations", bold=True, size=12)
    hanging(
        doc,
        "4.1",
        "The panel makes the following recommendations. Each agency has agreed them, and the "
        "partnership will monitor them through its action plan.",
        1.2,
        1.2,
    )
    for n, (_, stem, subs) in enumerate(RECS, start=1):
        hanging(doc, f"{n}.", stem, 2.2, 1.0)
        for k, sub in enumerate(subs):
            p = hanging(doc, f"({'abc'[k]})", sub, 3.2, 1.0)
            if n == 1 and k == 0:
                # the page turns between the first stem and its sub-items, as it fell in print
                p.paragraph_format.page_break_before = True
    para(
        doc,
        "Single-agency recommendations made in the individual management reviews are listed in the "
        "overview report and are not repeated here.",
        italic=True,
    )
    return doc


def gold(lines):
    recs = [
        recommendation_record(
            str(n),
            first_words(stem, 10),
            line_holding(lines, stem, 5),
            agency=agency,
            scope="national" if agency == "Home Office" else "local",
        )
        for n, (agency, stem, _) in enumerate(RECS, start=1)
    ]
    return plan_gold(
        STEM,
        family="DHR executive summary: numbered recommendations with lettered sub-items",
        description=(
            "A DHR executive summary built in Word (python-docx, URW Bookman 11), exported to PDF by LibreOffice "
            "and to text by plain pdftotext: the reference, age and date of death inside paragraph 1.1; '4 "
            "Recommendations' 4.1 a lead-in then hanging items 1.-4., items 1 and 3 stems ending 'by:' / 'so "
            "that:' over hanging (a)-(c) / (a)-(b) sub-items, the page breaking inside item 1."
        ),
        review=review(
            "DHR",
            "Dunsmoor",
            NAME,
            doc_kind="executive_summary",
            review_id=REF,
            author=AUTHOR,
            age=81,
            date_of_death="2022-09-03",
        ),
        review_alternatives={"area": [PARTNERSHIP]},
        recommendations=recs,
        notes=(
            "Written by helper s51h51rest; fictional. The lettered sub-items are parts of their recommendation, "
            "not records of their own; the refs are the printed numbers without their full stops. The Home "
            "Office recommendation is national."
        ),
    )


if __name__ == "__main__":
    save_with_gold(document(), HERE, STEM, gold)
