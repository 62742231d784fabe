"""Build the pending zoo document `nrp_area_of_agency_local_recs_kilbrannagh`: an Irish-style national
review panel report on the death of a young person in care (Nimbus Sans Narrow 10.5) whose local
recommendations are addressed to the national agency's area named before the agency ("The Kilbrannagh
area of the Child and Family Agency should ...", "The Kilbrannagh area of Tusla should ..."): the area is
a local unit of the national body, so scope local, while 7.1-7.2 go to the national bodies themselves
(scope national). The review's code only in the footer, run on into the page number; terms of reference
(a)-(c), numbered paragraphs, "Key learning" bullets and an introductory 7.0 that are not recommendations.

All people, places and bodies are fictional (the national agencies are the real ones' names); the
wording is our own.

    python tests/zoo/pending/build_nrp_area_of_agency_local_recs.py
    /tmp/venv/bin/python dev/corpus_style.py DIR   # on a folder holding its .pdf and .json
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parent))

from board_response_build import _line_of  # noqa: E402
from docx_build import heading, new_doc, numbered, page_break, para  # noqa: E402
from office_export import save_rendered  # noqa: E402
from plan_gold import plan_gold, recommendation_record, review, save_gold  # noqa: E402

STEM = "nrp_area_of_agency_local_recs_kilbrannagh"
# (ref, text, addressee, scope)
RECS = [
    (
        "7.1",
        "The Child and Family Agency should set a standard for how often a young person in residential "
        "care sees their allocated social worker, and publish each year how far it is met.",
        "The Child and Family Agency",
        "national",
    ),
    (
        "7.2",
        "The Health Service Executive should make sure that a young person leaving hospital after harming "
        "themselves has a named mental health worker before they are discharged.",
        "The Health Service Executive",
        "national",
    ),
    (
        "7.3",
        "The Kilbrannagh area of the Child and Family Agency should review the care plan of every young "
        "person in residential care whose placement has ended in the last year.",
        "The Kilbrannagh area of the Child and Family Agency",
        "local",
    ),
    (
        "7.4",
        "The Kilbrannagh area of Tusla should agree with the local child and adolescent mental health "
        "service how a young person is seen within a week of an overdose.",
        "The Kilbrannagh area of Tusla",
        "local",
    ),
]


def build() -> None:
    doc = new_doc(footer_label="NRP/2025/03", font="Nimbus Sans Narrow", size=10.5)
    para(doc, "National Review Panel", bold=True, size=16)
    para(doc, "Review of the death of a young person in care: 'Orla', aged 17", bold=True, size=13)
    heading(doc, "1. Terms of reference", 2)
    para(doc, "The panel was asked to:")
    for mark, text in [
        ("(a)", "describe the services given to Orla in the eighteen months before her death;"),
        ("(b)", "consider whether those services met the standards of the time;"),
        ("(c)", "identify learning for the agencies involved."),
    ]:
        numbered(doc, mark, text)
    heading(doc, "3. Findings", 2)
    numbered(
        doc,
        "3.1",
        "Orla moved between three residential centres in a year and her care plan was not updated after "
        "the second move.",
    )
    numbered(
        doc, "3.2", "She was discharged from hospital after an overdose without a follow-up appointment."
    )
    heading(doc, "6. Key learning", 2)
    for item in (
        "A care plan is only as good as its last review.",
        "Discharge from hospital is a time of high risk for a young person who has harmed themselves.",
    ):
        para(doc, "•  " + item)
    page_break(doc)
    heading(doc, "7. Recommendations", 2)
    numbered(
        doc,
        "7.0",
        "The panel makes four recommendations: two for the national bodies and two for the area that "
        "looked after Orla.",
    )
    for ref, text, _, _ in RECS:
        numbered(doc, ref, text)
    para(doc, "The agencies' responses to these recommendations are published with this report.")
    save_rendered(doc, HERE, STEM)


def gold() -> dict:
    lines = (HERE / f"{STEM}.txt").read_text(encoding="utf-8").splitlines()
    recs = [
        recommendation_record(
            ref, " ".join(text.split()[:10]), _line_of(lines, text), agency=who, scope=scope
        )
        for ref, text, who, scope in RECS
    ]
    return plan_gold(
        STEM,
        description=(
            "Irish-style national review panel report (Nimbus Sans Narrow 10.5): terms of reference (a)-(c), "
            "numbered findings, key learning bullets, an introductory 7.0, recommendations 7.1-7.4, the first two "
            "to national bodies, the last two to the national agency's area named before it ('The Kilbrannagh "
            "area of the Child and Family Agency'); the review's code only in the footer"
        ),
        review=review("SCR", None, "Orla", doc_kind="overview_report", review_id="NRP/2025/03", age=17),
        recommendations=recs,
        notes=(
            "Scope: 7.1-7.2 national (the agencies themselves), 7.3-7.4 local (an area of the national agency, "
            "named before it, is its local unit: THEMES.md). Not records: terms of reference, findings, key "
            "learning bullets, the 7.0 introduction, the responses line."
        ),
    )


if __name__ == "__main__":
    build()
    save_gold(HERE, STEM, gold())
    print("wrote", f"{STEM}.json")
