"""Build the zoo document of an action plan under a two-row header with RAG letters.

A safeguarding board's plan (Liberation Sans 10, landscape): the header is two rows, "Ref |
Recommendation | Action | Lead | Timescale" each merged down over both, and "Progress
(January 2025)" merged across the two columns under it, "Update | RAG". The Ref and
Recommendation cells are merged down over the one to three actions answering them; the RAG
column prints one shaded letter, C (complete), G (on track), A (some slippage) or R (not
started), explained by a key line under the table. The letters are a four-state key of their
own: C, not G, is complete. All people, places and bodies are fictional; the wording is our
own.

    python tests/zoo/pending/build_plan_two_row_header_rag_letters.py   # .docx, .pdf, .txt, .json
    /tmp/plumbvenv/bin/python dev/corpus_style.py <a folder holding the .pdf and .json>   # .corpus.txt
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # tests/, for the shared export steps
sys.path.insert(0, str(HERE.parent))  # tests/zoo/, for the plan tables' builders

from office_export import save_rendered  # noqa: E402
from plan_gold import (  # noqa: E402
    NO_LINE,
    action_record,
    first_words,
    iso,
    plan_gold,
    recommendation_record,
    review,
    save_gold,
)
from plan_merged_build import new_document, shade, write  # noqa: E402

STEM = "plan_two_row_header_rag_letters"
WIDTHS = [1.2, 5.6, 6.4, 3.6, 2.6, 5.0, 1.2]
FILL = {"C": "8DB3E2", "G": "92D050", "A": "FFC000", "R": "FF0000"}
STATUS = {"C": "complete", "G": "in_progress", "A": "in_progress", "R": "not_started"}

# (ref, recommendation, [(action, lead, timescale, update, letter)])
PLAN = [
    (
        "1",
        "The Board should make sure that staff in every agency know how to raise a concern about "
        "an adult who is being controlled by a relative.",
        [
            ("Publish a one-page guide to raising a concern on the Board's website.",
             "Board Business Manager", "31/03/2024", "Guide published in March 2024.", "C"),
            ("Add the guide to each agency's induction for new staff.",
             "Training Subgroup Chair", "30/09/2024", "Four of six agencies have added it.", "G"),
        ],
    ),
    (
        "2",
        "Marrowdene Council should review how its housing officers record visits to tenants "
        "who are cared for at home.",
        [
            ("Change the visit record so that it asks who else was present.",
             "Head of Housing Services", "31/12/2024", "System supplier has not yet scheduled the change.", "A"),
        ],
    ),
    (
        "3",
        "The Board should ask the health partners to agree a single way of sharing concerns about "
        "carers with the adult safeguarding team.",
        [
            ("Hold a workshop with the health partners to map how concerns are shared now.",
             "Designated Nurse", "30/06/2024", "Workshop held in June.", "C"),
            ("Write a joint protocol for sharing concerns about carers.",
             "Designated Nurse", "31/03/2025", "Not yet begun; waiting on the workshop report.", "R"),
            ("Audit twenty referrals against the protocol six months after it starts.",
             "Quality Assurance Lead", "30/09/2025", "Not due to begin until the protocol is agreed.", "R"),
        ],
    ),
    (
        "4",
        "Marrowdene Council should tell carers how to get help when they feel unable to cope.",
        [
            ("Send an information leaflet to every registered carer.",
             "Carers' Services Manager", "31/10/2024", "Leaflet sent to 1,900 carers.", "C"),
        ],
    ),
]  # fmt: skip


def _repeat(row) -> None:
    flag = OxmlElement("w:tblHeader")
    flag.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().append(flag)


def _header(t) -> None:
    top, sub = t.rows[0].cells, t.rows[1].cells
    for k, name in enumerate(["Ref", "Recommendation", "Action", "Lead", "Timescale"]):
        merged = top[k].merge(sub[k])
        write(merged, name, bold=True)
        shade(merged, "D9E2F3")
    progress = top[5].merge(top[6])
    write(progress, "Progress (January 2025)", bold=True)
    shade(progress, "D9E2F3")
    for k, name in ((5, "Update"), (6, "RAG")):
        write(t.rows[1].cells[k], name, bold=True)
        shade(t.rows[1].cells[k], "D9E2F3")
    _repeat(t.rows[0])
    _repeat(t.rows[1])


def build() -> Path:
    doc = new_document("Marrowdene Safeguarding Adults Board – SAR ‘Edwin’ action plan")
    doc.styles["Normal"].font.name = "Liberation Sans"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading("Marrowdene Safeguarding Adults Board", level=1)
    doc.add_paragraph("Safeguarding Adults Review ‘Edwin’ – action plan and progress, January 2025")
    doc.add_paragraph(
        "Edwin was 83 and lived with his nephew, who was his paid carer. The review found that "
        "several agencies saw signs that the nephew was controlling Edwin's money and contact "
        "with friends, but none raised a concern. The Board accepted all four recommendations."
    )
    t = doc.add_table(rows=2, cols=len(WIDTHS))
    t.style = "Table Grid"
    t.autofit = False
    _header(t)
    for ref, rec, actions in PLAN:
        start = len(t.rows)
        for k, (action, lead, when, update, letter) in enumerate(actions):
            cells = t.add_row().cells
            values = [ref if k == 0 else "", rec if k == 0 else "", action, lead, when, update, letter]
            for cell, value in zip(cells, values):
                write(cell, value)
            shade(cells[6], FILL[letter])
        if len(actions) > 1:
            for col in (0, 1):
                t.cell(start, col).merge(t.cell(start + len(actions) - 1, col))
    for row in t.rows:
        for cell, width in zip(row.cells, WIDTHS):
            cell.width = Cm(width)
    doc.add_paragraph("RAG: C – complete; G – on track; A – some slippage; R – not started.")
    doc.add_paragraph("The plan is reviewed by the Board's Case Review Subgroup every quarter.")
    return save_rendered(doc, HERE, STEM)


def gold() -> dict:
    recommendations = [
        recommendation_record(ref, first_words(rec, 10), NO_LINE, agency=rec.split(" should")[0], scope=None)
        for ref, rec, _ in PLAN
    ]
    recommendations[0]["agency"] = recommendations[2]["agency"] = "Marrowdene Safeguarding Adults Board"
    actions = [
        action_record(
            first_words(action, 9),
            NO_LINE,
            recommendation_ref=ref,
            lead=lead,
            target_date_raw=when,
            target_date=iso(when),
            status_raw=letter,
            status=STATUS[letter],
        )
        for ref, _, rows in PLAN
        for action, lead, when, _, letter in rows
    ]
    return plan_gold(
        STEM,
        description=(
            "A board's action plan, landscape: a two-row header (Ref | Recommendation | Action | Lead | "
            "Timescale merged down; Progress (January 2025) merged across Update | RAG), Ref and "
            "Recommendation merged over their actions, RAG letters C / G / A / R with a key line."
        ),
        review=review("SAR", "Marrowdene", "Edwin", age=83),
        recommendations=recommendations,
        actions=actions,
        notes=(
            "Status from the RAG letter as the key line explains it: C complete, G (on track) and A "
            "(some slippage) in progress, R not started. The plan prints no action numbers."
        ),
    )


if __name__ == "__main__":
    print(build())
    save_gold(HERE, STEM, gold())
