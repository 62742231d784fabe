"""Build the pending zoo document `cspr_plan_band_rows_rag_words_signoff_corrington`: a standalone
Child Safeguarding Practice Review action plan (DejaVu Sans 8, landscape) whose
recommendations are shaded full-width band rows above their actions.

A bold key of RAG colour words (BLUE complete, GREEN on track, AMBER some delay, RED not started),
two bullets about updates; one table Ref | Action | Lead officer | By | Evidence | Sign-off date |
RAG, a merged shaded row "Recommendation N – <text>" heading each group, action refs "1.1",
"1.2", By a month name and year that wraps in its narrow cell, a sign-off date only on BLUE rows,
the RAG word last; a count line under the table; page 2 "Monitoring and sign-off" paragraphs and
a Role | Name | Date table (not actions).

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_cspr_plan_band_rows_rag_words_signoff.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py DIR   # on a folder holding its .pdf and .json
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parent))

from board_response_build import _line_of  # noqa: E402
from docx_build import add_row, full_row, heading, make_table, new_doc, page_break, para  # noqa: E402
from office_export import save_rendered  # noqa: E402
from plan_gold import action_record, iso, plan_gold, recommendation_record, review, save_gold  # noqa: E402

STEM = "cspr_plan_band_rows_rag_words_signoff_corrington"
RAG = {"BLUE": "complete", "GREEN": "in_progress", "AMBER": "in_progress", "RED": "not_started"}
# (number, recommendation, [(ref, action, lead, by, evidence, signed off, rag), ...])
RECS = [
    (
        "1",
        "The Partnership should make sure that health visitors ask about the wellbeing of every adult "
        "who cares for a baby, not only the mother.",
        [
            (
                "1.1",
                "Revise the new birth visit template to ask about each carer in the home",
                "Named Nurse, Corrington Community Health",
                "October 2025",
                "Template on the record system",
                "14/11/2025",
                "BLUE",
            ),
            (
                "1.2",
                "Audit fifty new birth visits for the carer questions",
                "Safeguarding Lead, Community Health",
                "March 2026",
                "Audit report to the Partnership",
                "",
                "AMBER",
            ),
        ],
    ),
    (
        "2",
        "Children's social care should hold a multi-agency meeting before a case about an infant is "
        "closed after a single assessment.",
        [
            (
                "2.1",
                "Add a closure meeting step to the assessment procedure for children under one",
                "Head of Service, Children's Social Care",
                "January 2026",
                "Procedure and team briefing notes",
                "",
                "GREEN",
            ),
            (
                "2.2",
                "Brief team managers on the new step",
                "Principal Social Worker",
                "February 2026",
                "Briefing attendance",
                "",
                "RED",
            ),
        ],
    ),
    (
        "3",
        "The Partnership should check within a year that practitioners know how to escalate a concern "
        "about an infant's injury.",
        [
            (
                "3.1",
                "Run a practitioner survey on escalation about injured infants",
                "Partnership Business Manager",
                "September 2026",
                "Survey results and report",
                "",
                "RED",
            ),
        ],
    ),
]
HEADERS = ("Ref", "Action", "Lead officer", "By", "Evidence", "Sign-off date", "RAG")
WIDTHS = (1.2, 7.0, 5.0, 2.0, 5.0, 2.4, 1.8)


def build() -> None:
    doc = new_doc(landscape=True, font="DejaVu Sans", size=8, footer_label="CSCP – Child R – page")
    para(doc, "Corrington Safeguarding Children Partnership", bold=True, size=13)
    para(doc, "Child Safeguarding Practice Review – Child R: action plan", bold=True, size=11)
    para(
        doc,
        "RAG key: BLUE – complete and signed off; GREEN – on track; AMBER – some delay; RED – not started.",
        bold=True,
    )
    for text in (
        "Lead officers update their rows before each meeting of the review group.",
        "A row turns BLUE only when the group has seen the evidence and signed it off.",
    ):
        doc.add_paragraph(text, style="List Bullet")
    t = make_table(doc, HEADERS, WIDTHS, size=8)
    for number, text, rows in RECS:
        full_row(t, f"Recommendation {number} – {text}", fill="D9E2F3", size=8)
        for row in rows:
            add_row(t, list(row), WIDTHS, size=8)
    para(doc, "3 recommendations, 5 actions.")
    page_break(doc)
    heading(doc, "Monitoring and sign-off", 2)
    para(
        doc,
        "The review group checks this plan every quarter and reports to the Partnership's executive. "
        "The plan closes when every row is BLUE.",
    )
    t2 = make_table(doc, ("Role", "Name", "Date"), (6, 6, 4), size=8)
    add_row(t2, ["Chair, review group", "Dr Helen Arbery", "02/12/2025"], (6, 6, 4), size=8)
    add_row(t2, ["Independent scrutineer", "Mr Tobias Wrenfield", "02/12/2025"], (6, 6, 4), size=8)
    save_rendered(doc, HERE, STEM)


def gold() -> dict:
    lines = (HERE / f"{STEM}.txt").read_text(encoding="utf-8").splitlines()
    recs = [
        recommendation_record(number, " ".join(text.split()[:10]), _line_of(lines, text), scope=None)
        for number, text, _ in RECS
    ]
    actions = [
        action_record(
            " ".join(action.split()[:8]),
            _line_of(lines, action),
            ref=ref,
            recommendation_ref=number,
            lead=lead,
            target_date_raw=by,
            target_date=iso(by),
            status_raw=rag,
            status=RAG[rag],
        )
        for number, _, rows in RECS
        for ref, action, lead, by, _, _, rag in rows
    ]
    return plan_gold(
        STEM,
        description=(
            "Standalone CSPR action plan (DejaVu Sans 8, landscape): a RAG key of colour words, two bullets; "
            "Ref | Action | Lead officer | By | Evidence | Sign-off date | RAG with a shaded merged band row "
            "'Recommendation N – text' above each group, action refs 1.1, By month name and year, sign-off dates "
            "on BLUE rows, RAG words last; a count line; a Role | Name | Date sign-off table"
        ),
        review=review("SCR", "Corrington", "Child R"),
        review_alternatives={"area": ["Corrington Safeguarding Children Partnership"]},
        recommendations=recs,
        actions=actions,
        notes=(
            "Recommendations the band rows, ref their number. One action per row, ref as printed, "
            "recommendation_ref the band above. BLUE -> complete, GREEN and AMBER -> in_progress, RED -> "
            "not_started (the key). The Evidence and Sign-off date cells are not the action or its status. "
            "Not records: the key, the bullets, the count line, the sign-off table."
        ),
    )


if __name__ == "__main__":
    build()
    save_gold(HERE, STEM, gold())
    print("wrote", f"{STEM}.json")
