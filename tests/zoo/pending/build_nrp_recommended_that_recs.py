"""Build the pending zoo document `nrp_recommended_that_subjunctive_passive_recs_lisnacreeve`: an
Irish-style national review panel report on the death of a young person in care (Nimbus Sans Narrow
10.5) whose recommendations are written as the panel's formal wording has it, "It is recommended that X
...": the two national ones with the bare verb after the body ("It is recommended that the Child and
Family Agency develop ..."), the two local ones in the passive with the body after "by" or "between" ("...
be reviewed by the Lisnacreeve area of the Child and Family Agency", "... be agreed between the
Lisnacreeve area of Tusla and ..."). The review's code only in the footer, run on into the page number;
terms of reference (a)-(c), numbered findings, "Key learning" bullets and an introductory 7.0 that are
not recommendations.

All people, places and bodies are fictional (the national agencies are the real ones' names); the
wording is our own.

    python tests/zoo/pending/build_nrp_recommended_that_recs.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py DIR   # on a folder holding its .pdf and .json
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

STEM = "nrp_recommended_that_subjunctive_passive_recs_lisnacreeve"
# (ref, text, addressee, scope)
RECS = [
    (
        "7.1",
        "It is recommended that the Child and Family Agency develop one standard for the frequency of "
        "visits by an allocated social worker to a young person in special care, and report on it each year.",
        "the Child and Family Agency",
        "national",
    ),
    (
        "7.2",
        "It is recommended that the Health Service Executive put in place a single referral route from "
        "emergency departments to child and adolescent mental health services for young people in care.",
        "the Health Service Executive",
        "national",
    ),
    (
        "7.3",
        "It is recommended that the placement plan of each young person moved between centres in the last "
        "two years be audited by the Lisnacreeve area of the Child and Family Agency.",
        "the Lisnacreeve area of the Child and Family Agency",
        "local",
    ),
    (
        "7.4",
        "It is recommended that a written protocol be agreed between the Lisnacreeve area of Tusla and the "
        "local Garda station on reporting a young person missing from care.",
        "the Lisnacreeve area of Tusla",
        "local",
    ),
]


def build() -> None:
    doc = new_doc(footer_label="NRP/2024/19", font="Nimbus Sans Narrow", size=10.5)
    para(doc, "National Review Panel", bold=True, size=16)
    para(doc, "Review of the death of a young person in special care: 'Cian', aged 16", bold=True, size=13)
    heading(doc, "1. Terms of reference", 2)
    para(doc, "The panel was asked to:")
    for mark, text in [
        ("(a)", "set out the services Cian received in the two years before his death;"),
        ("(b)", "say whether those services were in line with the standards then in force;"),
        ("(c)", "draw out the learning for the agencies concerned."),
    ]:
        numbered(doc, mark, text)
    heading(doc, "3. Findings", 2)
    numbered(
        doc,
        "3.1",
        "Cian lived in four centres in two years; each move was made at short notice and his placement "
        "plan was not brought up to date after the third.",
    )
    numbered(
        doc,
        "3.2",
        "He was reported missing from care eleven times; the reports were handled differently each time.",
    )
    heading(doc, "6. Key learning", 2)
    for item in (
        "Every unplanned move unsettles a young person and the plan around them.",
        "Going missing is a sign of risk and is best answered the same way each time.",
    ):
        para(doc, "•  " + item)
    page_break(doc)
    heading(doc, "7. Recommendations", 2)
    numbered(
        doc,
        "7.0",
        "The panel makes four recommendations. Two are for the national services and two for the area "
        "that cared for Cian.",
    )
    for ref, text, _, _ in RECS:
        numbered(doc, ref, text)
    para(doc, "The responses of the agencies to these recommendations are published alongside this report.")
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
            "numbered findings, key learning bullets, an introductory 7.0, recommendations 7.1-7.4 each opening "
            "'It is recommended that': 7.1-7.2 a national body and a bare verb ('the Child and Family Agency "
            "develop'), 7.3-7.4 passive with the area named after 'by' or 'between'; the review's code only "
            "in the footer"
        ),
        review=review("SCR", None, "Cian", doc_kind="overview_report", review_id="NRP/2024/19", age=16),
        recommendations=recs,
        notes=(
            "Agency: the body before the bare verb (7.1-7.2), the agent after 'by' (7.3), the first body after "
            "'between' (7.4). Scope: 7.1-7.2 national (the agencies themselves), 7.3-7.4 local (an area of the "
            "national agency is its local unit: THEMES.md). Not records: terms of reference, findings, key "
            "learning bullets, the 7.0 introduction, the responses line."
        ),
    )


if __name__ == "__main__":
    build()
    save_gold(HERE, STEM, gold())
    print("wrote", f"{STEM}.json")
