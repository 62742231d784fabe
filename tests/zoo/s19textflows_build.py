"""Build a zoo document of a plan family the text route read badly.

* plan_dated_update_column: a Safeguarding Adults Board's action plan brought up to date for a
  Board meeting, one landscape table "Rec | Recommendation | Ref | Action | Lead | Target date |
  Update (September 2024) | RAG": the progress column's name carries the date of the update in
  brackets, the recommendation cells are merged down over their actions, the RAG column holds a
  shaded letter. Plain pdftotext prints the header's names a line each and the rows as column
  blocks; the dated name's words (a month, a year) are no column's, and the text route had
  not read the name, so the table's refs were lost. Kept in tests/zoo/pending: the rows'
  leads, dates and ratings print out of the rows' order (three leads in one block), which the
  text route does not pair yet.

* plan_ho_template_one_row: a partnership's DHR action plan on the Home Office template whose
  review made a single recommendation: one row under the template's header, its recommendation
  numbered in its cell. Plain pdftotext prints the row as column blocks with the page's foot
  among them, its label "Page" a block of its own and its number apart; the label had been read
  as a second lead, so the row's lead was lost.

All people, places and bodies are fictional; the wording is our own. Run once, then render the
corpus-text route (dev/corpus_style.py renders every PDF of a folder):

    python tests/zoo/s19textflows_build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from docx_build import (
    HO_PLAN_HEADERS,
    add_row,
    make_table,
    merge_down,
    merged_plan_table,
    new_doc,
    para,
    shade,
)  # noqa: E402
from gold_lines import OV, A, R  # noqa: E402
from office_export import save_with_gold  # noqa: E402
from plan_gold import iso, plan_gold_lines, review  # noqa: E402

STEM = "plan_dated_update_column"
BOARD = "Corvendale Safeguarding Adults Board"
HEADER = ["Rec", "Recommendation", "Ref", "Action", "Lead", "Target date", "Update (September 2024)", "RAG"]
WIDTHS = [1.0, 5.0, 1.2, 5.0, 3.2, 2.3, 5.0, 1.3]
RAG_FILL = {"G": "92D050", "A": "FFC000", "R": "FF0000"}
RAG_VALUE = {"G": "complete", "A": "in_progress", "R": "not_started"}

# (rec no., recommendation, [(ref, action, lead, target, update, rag)])
PLAN = [
    (
        "1",
        "The Board should make sure that home care staff know how to raise a concern when a client "
        "seems frightened of a relative.",
        [
            (
                "1.1",
                "Write a one-page guide for home care staff on raising a concern",
                "SAB Practice Subgroup",
                "March 2024",
                "Guide issued in February",
                "G",
            ),
            (
                "1.2",
                "Check with each home care provider that its staff have read the guide",
                "Corvendale Commissioning Team",
                "31/10/2024",
                "Nine providers have replied",
                "A",
            ),
        ],
    ),
    (
        "2",
        "The Board should ask the ambulance service to share with adult social care the pattern of repeat "
        "calls to one address where the caller is an older adult living with a family carer.",
        [
            (
                "2.1",
                "Agree a monthly report of repeat calls to the same address",
                "Corvendale Ambulance Service",
                "December 2024",
                "Data fields agreed",
                "A",
            ),
        ],
    ),
    (
        "3",
        "The Board should check that every safeguarding enquiry records what the adult wants to happen, in "
        "the adult's own words, and whether the adult was spoken to without the carer present.",
        [
            (
                "3.1",
                "Audit twenty enquiries for a record of the adult's wishes",
                "Principal Social Worker",
                "June 2024",
                "Findings reported in July",
                "G",
            ),
            (
                "3.2",
                "Audit a second sample once the new recording form is in use",
                "Principal Social Worker",
                "March 2025",
                "Waiting for the new form",
                "R",
            ),
        ],
    ),
]


def build():
    doc = new_doc(landscape=True, header=f"{BOARD} – SAR ‘Agnes’", footer_label="Page")
    para(doc, BOARD, bold=True, size=16)
    para(doc, "Safeguarding Adults Review ‘Agnes’: action plan", bold=True, size=14)
    para(
        doc,
        "Agnes was 88 and lived with her grandson, who was her main carer. The Board accepted the "
        "review's three recommendations in January 2024. This plan records the agreed actions and "
        "the update given to the Board in September 2024.",
    )
    para(doc, "Key: G = complete; A = in progress; R = not started.")
    t = make_table(doc, HEADER, WIDTHS, size=8.5)
    row = 1
    for rec_no, rec, actions in PLAN:
        first = row
        for k, (ref, action, lead, target, update, rag) in enumerate(actions):
            cells = add_row(
                t,
                [rec_no if k == 0 else "", rec if k == 0 else "", ref, action, lead, target, update, rag],
                WIDTHS,
                size=8.5,
            ).cells
            shade(cells[7], RAG_FILL[rag])
            row += 1
        merge_down(t, 0, first, row - 1, size=8.5)
        merge_down(t, 1, first, row - 1, size=8.5)
    return doc


def gold(lines):
    themes = [["training"], ["information_sharing"], ["quality_assurance"]]
    recs = [R(no, BOARD, text[:80], th) for (no, text, _), th in zip(PLAN, themes)]
    acts = [
        A(ref, OV, no, action[:60], lead, target, iso(target), rag, RAG_VALUE[rag])
        for no, _, actions in PLAN
        for ref, action, lead, target, _, rag in actions
    ]
    return plan_gold_lines(
        lines,
        STEM,
        description=(
            "Safeguarding Adults Board action plan (plain pdftotext): Rec | Recommendation | Ref | Action | "
            "Lead | Target date | Update (September 2024) | RAG, the progress column named with the date of "
            "the update in brackets, recommendation cells merged down over their actions, a shaded G/A/R letter"
        ),
        review=review("SAR", "Corvendale", "Agnes", age=88),
        recommendations=recs,
        actions=acts,
        notes=(
            "Recommendations: the merged Recommendation cells, ref the Rec cell. Actions: one per row, ref "
            "the Ref cell; status from the RAG letter under the key (G complete, A in progress, R not "
            "started); the Update column is progress, its bracketed date no part of the column's name."
        ),
    )


ONE_STEM = "plan_ho_template_one_row"
ONE_WIDTHS = [5.0, 2.2, 4.6, 3.2, 4.0, 2.2, 4.0]
ONE_PARTNERSHIP = "Quenby Community Safety Partnership"
ONE_REC = (
    "Quenby Borough Council should make sure that its housing officers ask every tenant who reports "
    "damage to the home whether anyone living there frightens them."
)
ONE_ACTION = (
    "Add a safety question to the repairs reporting script.",
    "Quenby Borough Council Housing",
    "Script drafted",
    "31/03/2025",
    "Completed 12/03/2025 – script live.",
)


def build_one_row():
    doc = new_doc(landscape=True, header="OFFICIAL", footer_label="Page")
    para(doc, "Appendix A – Action Plan", bold=True, size=13)
    para(doc, f"{ONE_PARTNERSHIP} – Domestic Homicide Review 'Maud'", size=11)
    merged_plan_table(
        doc, list(HO_PLAN_HEADERS), ONE_WIDTHS, [((f"1. {ONE_REC}", "Local"), [list(ONE_ACTION)])]
    )
    para(doc, "Plan owner: Quenby CSP Business Manager.")
    return doc


def one_row_gold(lines):
    action, lead, _, target, outcome = ONE_ACTION
    recs = [R("1", None, ONE_REC[:80], ["risk_assessment"])]
    acts = [A(None, OV, "1", action[:50], lead, target, iso(target), outcome, "complete")]
    return plan_gold_lines(
        lines,
        ONE_STEM,
        description=(
            "Partnership DHR action plan on the Home Office template with a single recommendation row "
            "('1. ...' in the Recommendation cell, Scope 'Local', one action), plain pdftotext"
        ),
        review=review("DHR", "Quenby", "Maud"),
        recommendations=recs,
        actions=acts,
        notes=(
            "One recommendation, its number printed in its cell; one action, its status from the "
            "'Date of completion and Outcome' cell (Completed -> complete). The footer's 'Page' label, "
            "printed among the cells, is no lead."
        ),
    )


if __name__ == "__main__":
    save_with_gold(build(), HERE / "pending", STEM, gold)
    save_with_gold(build_one_row(), HERE, ONE_STEM, one_row_gold)
