"""Build a zoo Domestic Abuse Related Death Review executive summary whose national
recommendations sit in a table naming the government department before each recommendation,
the department column so narrow that its name and the departments' names wrap, each
recommendation an instruction with no addressee in it ("Publish ...").

dardr_department_first_table: an executive summary (Calibri 10.5): "National recommendations"
as a table No. | Government department | Recommendation ("Government" over "department" in the
header), N1-N3 made to the Department for Education, the Ministry of Justice and the Home Office;
"Local recommendations" as paragraphs L1-L2; then "Local action plan": Ref | Local action | Lead |
Timescale | Status, rows L1.1, L2.1, L2.2.

All people, places and bodies but the government departments are fictional; the wording is our own.

    python tests/zoo/pending/build_dardr_department_first_table.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py DIR   # the corpus-text rendering (see the README)
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

STEM = "dardr_department_first_table"
NATIONAL = [
    (
        "N1",
        "Department for Education",
        "Add lessons on how an older relative can be controlled by a family member to the "
        "guidance on relationships and health education.",
    ),
    (
        "N2",
        "Ministry of Justice",
        "Review whether victims of economic abuse can be given help with court fees when they "
        "apply for a protective order.",
    ),
    (
        "N3",
        "Home Office",
        "Publish a short guide for review panels on getting records from banks and building societies.",
    ),
]
LOCAL = [
    (
        "L1",
        "Carrowby Partnership should give its member agencies a checklist of the signs of "
        "economic abuse of an older person.",
    ),
    (
        "L2",
        "Carrowby Council should make sure that its financial assessment officers know how to "
        "refer a concern about a client's money.",
    ),
]
# (ref, action, lead, timescale, status, value)
ROWS = [
    (
        "L1.1",
        "Write and circulate the economic abuse checklist.",
        "Partnership Manager",
        "31/03/2025",
        "Closed",
        "complete",
    ),
    (
        "L2.1",
        "Train the financial assessment team on the referral route.",
        "Head of Financial Assessments",
        "30/06/2025",
        "Open",
        "in_progress",
    ),
    (
        "L2.2",
        "Add the referral route to the assessment procedure.",
        "Policy Officer",
        "31/10/2025",
        "Not started",
        "not_started",
    ),
]


def build() -> None:
    doc = new_doc(header="Carrowby DARDR – Executive Summary", font="Calibri", size=10.5)
    para(doc, "Carrowby Partnership", bold=True, size=15)
    para(doc, "Domestic Abuse Related Death Review: Ines", bold=True, size=13)
    para(doc, "Executive Summary", bold=True, size=12)
    para(doc, "Independent chair and author: Rhodri Penhallow-Ames")
    heading(doc, "1. The review", 1)
    para(
        doc,
        "1.1 Ines was 79 when she died in a care home near Carrowby in 2023. Her grandson had "
        "taken control of her pension and savings in the years before.",
    )
    heading(doc, "2. National recommendations", 1)
    para(
        doc,
        "The panel makes three recommendations to government. Each is addressed to the department "
        "named beside it, and all three have been passed to the Home Office's review team.",
    )
    widths = [1.4, 3.0, 11.6]
    t = make_table(doc, ["No.", "Government department", "Recommendation"], widths)
    for ref, dept, text in NATIONAL:
        add_row(t, [ref, dept, text], widths)
    heading(doc, "3. Local recommendations", 1)
    for ref, text in LOCAL:
        para(doc, f"{ref} {text}")
    heading(doc, "4. Local action plan", 1)
    local_plan(doc, ROWS)
    para(doc, "The Partnership will report on this plan to its board twice a year.")
    save_rendered(doc, HERE, STEM)


def gold() -> dict:
    return dardr_gold(
        STEM,
        NATIONAL,
        LOCAL,
        ROWS,
        description=(
            "DARDR executive summary (Word, Calibri 10.5): national recommendations N1-N3 in a table "
            "No. | Government department | Recommendation, the department column narrow (its name and the "
            "departments' names wrapped), local recommendations L1-L2 as paragraphs, a local action plan"
        ),
        review=review(
            "DHR", "Carrowby", "Ines", doc_kind="executive_summary", author="Rhodri Penhallow-Ames"
        ),
        review_alternatives={"area": ["Carrowby Partnership"]},
        notes="The national recommendations' agency is the department named beside each.",
    )


if __name__ == "__main__":
    build()
    save_gold(HERE, STEM, gold())
    print("wrote", f"{STEM}.json")
