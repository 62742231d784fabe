"""Build a zoo Domestic Abuse Related Death Review executive summary whose national
recommendations sit in a table naming the government department each is made to, whose local
recommendations are paragraphs, and whose local action plan numbers its rows under the local
recommendations' letter-prefixed numbers ("L2.1").

dardr_local_plan_lettered_refs: an executive summary (Calibri 10.5): "National recommendations"
as a table No. | Recommendation | Department (N1-N3, each made to a department: Department for
Education, Home Office, DHSC); "Local recommendations" as paragraphs L1-L3; then "Local action
plan": Ref | Local action | Lead | Timescale | Status, rows L1.1, L2.1, L2.2, L3.1, L3.2, statuses
Closed / Open / Not started.

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_dardr_local_plan_lettered_refs.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py tests/zoo/pending   # the corpus-text rendering
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parent))

from dardr_summary import dardr_gold, local_plan  # noqa: E402
from docx_build import add_row, heading, make_table, new_doc, para  # noqa: E402
from office_export import save_rendered  # noqa: E402
from plan_gold import review, save_gold  # noqa: E402

STEM = "dardr_local_plan_lettered_refs"
NATIONAL = [
    (
        "N1",
        "The Department for Education should include teenage relationship abuse in the statutory "
        "guidance on relationships education.",
        "Department for Education",
    ),
    (
        "N2",
        "The Home Office should publish guidance on reviewing deaths where domestic abuse was "
        "present but the cause of death is unclear.",
        "Home Office",
    ),
    (
        "N3",
        "The Department of Health and Social Care should ask GP practices to record a patient's "
        "disclosure of domestic abuse in a searchable way.",
        "DHSC",
    ),
]
LOCAL = [
    (
        "L1",
        "The Partnership should make sure that its domestic abuse training covers coercive "
        "control by adult children.",
    ),
    (
        "L2",
        "Fellmouth Council should check that housing officers know how to refer a tenant to the "
        "local domestic abuse service.",
    ),
    (
        "L3",
        "Fellmouth Integrated Care Board should remind GP practices to ask about abuse when a "
        "patient's carer attends with them.",
    ),
]
# (ref, action, lead, timescale, status, value)
ROWS = [
    (
        "L1.1",
        "Add a module on abuse by adult children to the Partnership's training.",
        "Training Coordinator",
        "31/03/2025",
        "Closed",
        "complete",
    ),
    (
        "L2.1",
        "Brief every housing officer team on the referral route.",
        "Head of Housing Needs",
        "30/04/2025",
        "Closed",
        "complete",
    ),
    (
        "L2.2",
        "Add the referral route to the housing officers' handbook.",
        "Tenancy Services Manager",
        "30/09/2025",
        "Open",
        "in_progress",
    ),
    (
        "L3.1",
        "Send a practice note to every GP practice on asking about abuse.",
        "Designated Nurse",
        "31/07/2025",
        "Open",
        "in_progress",
    ),
    (
        "L3.2",
        "Audit a sample of GP records for questions about abuse.",
        "Named GP for Safeguarding",
        "31/01/2026",
        "Not started",
        "not_started",
    ),
]


def build() -> None:
    doc = new_doc(header="Fellmouth DARDR – Executive Summary", font="Calibri", size=10.5)
    para(doc, "Fellmouth Community Safety Partnership", bold=True, size=15)
    para(doc, "Domestic Abuse Related Death Review: Alys", bold=True, size=13)
    para(doc, "Executive Summary", bold=True, size=12)
    para(doc, "Independent chair and author: Mared Quayle-Penrose")
    heading(doc, "1. The review", 1)
    para(
        doc,
        "1.1 Alys was 71 when she died at her home in Fellmouth in 2023. Her son had controlled "
        "her money and her contact with friends for several years.",
    )
    heading(doc, "2. Recommendations", 1)
    para(doc, "2.1 The review makes three national recommendations and three local recommendations.")
    heading(doc, "National recommendations", 2)
    widths = [1.4, 10.6, 4.0]
    t = make_table(doc, ["No.", "Recommendation", "Department"], widths)
    for ref, text, dept in NATIONAL:
        add_row(t, [ref, text, dept], widths)
    heading(doc, "Local recommendations", 2)
    for ref, text in LOCAL:
        para(doc, f"{ref} {text}")
    heading(doc, "3. Local action plan", 1)
    local_plan(doc, ROWS)
    para(doc, "The Partnership's review group will follow the plan until every action is closed.")
    save_rendered(doc, HERE, STEM)


def gold() -> dict:
    return dardr_gold(
        STEM,
        [(ref, dept, text) for ref, text, dept in NATIONAL],
        LOCAL,
        ROWS,
        description=(
            "DARDR executive summary (Word, Calibri 10.5): national recommendations N1-N3 in a table "
            "No. | Recommendation | Department, local recommendations L1-L3 as paragraphs, and a local "
            "action plan Ref | Local action | Lead | Timescale | Status with rows L1.1 ... L3.2"
        ),
        review=review(
            "DHR", "Fellmouth", "Alys", doc_kind="executive_summary", author="Mared Quayle-Penrose"
        ),
        review_alternatives={"area": ["Fellmouth Community Safety Partnership"]},
        notes="Each action's recommendation is the local recommendation its ref opens with.",
    )


if __name__ == "__main__":
    build()
    save_gold(HERE, STEM, gold())
    print("wrote", f"{STEM}.json")
