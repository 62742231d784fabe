"""Build a zoo executive summary of a child safeguarding practice review that closes with the
partnership's response to each recommendation, rated Red / Amber / Green.

cspr_partnership_response_rag: a Safeguarding Children Partnership's executive summary (Calibri
10): the recommendations in full, numbered "1."-"4.", then "Partnership response": a RAG key line
and a Recommendation | Partnership response | Lead | Timescale | RAG table. Each Recommendation
cell is the number and a short title over two or three lines; the response cell a sentence or
two; leads wrap over two or three lines; the narrow Timescale column prints a month over its year
("November" / "2025") or a date on one line; the RAG cell one colour word. Text taken out a
printed line at a time (pdfplumber, the corpus-text rendering) joins each line's cells with
single spaces, so a year under its month and a colour beside it share a line.

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/cspr_partnership_response_rag_build.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py <a folder holding the .pdf and .json>   # the corpus-text rendering
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from board_response_build import _line_of, _recommendation  # noqa: E402
from docx.shared import Pt  # noqa: E402
from docx_build import add_row, heading, make_table, new_doc, numbered, para  # noqa: E402
from office_export import save_rendered  # noqa: E402
from plan_gold import action_record, plan_gold, review, save_gold  # noqa: E402

STEM = "cspr_partnership_response_rag"
RECS = [
    (
        "1",
        "Halberry Children's Services should make sure that every assessment of a baby under one names "
        "each adult who lives in or often stays at the home.",
        "Every adult in the home",
    ),
    (
        "2",
        "Halberry Community Health should give health visitors a simple way to pass a worry about a "
        "baby to the family's GP on the same day.",
        "Same-day worries to the GP",
    ),
    (
        "3",
        "The Partnership should run joint training for midwives, health visitors and social workers on "
        "caring for babies who cry a great deal.",
        "Training on crying babies",
    ),
    (
        "4",
        "The Partnership should check in a year whether agencies have used what this review found.",
        "Check on the learning",
    ),
]
RESPONSES = [
    (
        "The assessment form now asks for every adult in the household; team managers check it before "
        "sign-off.",
        "Service Manager, Children's Assessment Team",
        "November 2025",
        "Green",
    ),
    (
        "A same-day message template is agreed with practices and in use in two localities.",
        "Named Nurse for Child Safeguarding",
        "31/03/2026",
        "Amber",
    ),
    (
        "Course content written with the infant mental health service; the first date is not yet set.",
        "Partnership Training Coordinator",
        "April 2026",
        "Red",
    ),
    (
        "The Quality Group will audit twelve cases and report to the Executive.",
        "Chair, Partnership Quality Group",
        "September 2026",
        "Amber",
    ),
]


def build() -> None:
    doc = new_doc(header="Halberry Safeguarding Children Partnership", font="Calibri", size=10)
    para(doc, "Halberry Safeguarding Children Partnership", bold=True, size=15)
    para(doc, "Child Safeguarding Practice Review: 'Baby R'", bold=True, size=13)
    para(doc, "Executive summary")
    para(doc, "Lead reviewer: Peregrine Ashdown | Published: July 2025")
    heading(doc, "Why this review was held", 1)
    para(
        doc,
        "Baby R was four months old when she was taken to hospital with injuries that could not be "
        "explained. She has recovered and lives with her grandparents.",
    )
    heading(doc, "What the review found", 1)
    para(
        doc,
        "Practitioners knew the mother well but did not know that the mother's partner stayed most "
        "nights. Worries about the baby's crying were noted but not passed on.",
    )
    heading(doc, "Recommendations", 1)
    for number, text, _ in RECS:
        numbered(doc, f"{number}.", text)
    heading(doc, "Partnership response", 1)
    para(
        doc,
        "The partners accepted every recommendation. Progress is reported to the Partnership's Executive "
        "each quarter.",
    )
    para(doc, "RAG key: Green = done; Amber = under way; Red = not yet begun.")
    widths = [3.3, 5.5, 3.1, 2.2, 1.6]
    t = make_table(doc, ["Recommendation", "Partnership response", "Lead", "Timescale", "RAG"], widths)
    for (number, _, title), row in zip(RECS, RESPONSES):
        add_row(t, [f"{number}. {title}", *row], widths)
    heading(doc, "Next steps", 1)
    para(doc, "The Partnership will publish a short briefing for practitioners with this summary.")
    doc.styles["Normal"].paragraph_format.space_after = Pt(6)
    save_rendered(doc, HERE, STEM)


def gold() -> dict:
    lines = (HERE / f"{STEM}.txt").read_text(encoding="utf-8").splitlines()
    agencies = {
        "1": "Halberry Children's Services",
        "2": "Halberry Community Health",
        "3": "Halberry Safeguarding Children Partnership",
        "4": "Halberry Safeguarding Children Partnership",
    }
    themes = {
        "1": ["children", "risk_assessment"],
        "2": ["information_sharing"],
        "3": ["children", "training"],
        "4": ["quality_assurance"],
    }
    dates = {
        "November 2025": "2025-11",
        "31/03/2026": "2026-03-31",
        "April 2026": "2026-04",
        "September 2026": "2026-09",
    }
    colours = {"Green": "complete", "Amber": "in_progress", "Red": "not_started"}
    recs = [_recommendation(lines, number, text, agencies, themes) for number, text, _ in RECS]
    for rec in recs:
        rec.pop("themes", None)  # (themes are not what this document is for)
    actions = [
        action_record(
            response,
            _line_of(lines, response),
            recommendation_ref=number,
            lead=lead,
            target_date_raw=when,
            target_date=dates[when],
            status_raw=rag,
            status=colours[rag],
        )
        for (number, _, _), (response, lead, when, rag) in zip(RECS, RESPONSES)
    ]
    return plan_gold(
        STEM,
        family="cspr_partnership_response_rag_table",
        description=(
            "Executive summary of a Child Safeguarding Practice Review (Word, Calibri 10): four numbered "
            "recommendations in full, then 'Partnership response', a RAG key line and a Recommendation | "
            "Partnership response | Lead | Timescale | RAG table, each Recommendation cell the number and a "
            "short title, the narrow Timescale column printing a month over its year, the RAG cell a colour"
        ),
        review=review("CSPR", "Halberry", "Baby R", doc_kind="executive_summary", author="Peregrine Ashdown"),
        review_alternatives={"area": ["Halberry Safeguarding Children Partnership"], "review_type": ["SCR"]},
        recommendations=recs,
        actions=actions,
        notes=(
            "The response table is the partnership's plan: each row one action, ref null, "
            "recommendation_ref the number opening the Recommendation cell, action the response cell, "
            "status the RAG colour by the key (Green done, Amber under way, Red not begun). The short "
            "titles label the numbered recommendations, they are no records of their own."
        ),
    )


if __name__ == "__main__":
    build()
    g = gold()
    save_gold(HERE, STEM, g)
    print("wrote", f"{STEM}.json")
