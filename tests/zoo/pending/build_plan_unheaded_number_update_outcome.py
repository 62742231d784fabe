"""Build a zoo document of the Home Office template plan whose rows are numbered in a column
with no name and whose last column joins two names by a slash:

    (blank) | Recommendation | Scope | Action to take | Lead agency | Target date | Update / Outcome

appended to a review's overview report that states its recommendations first as numbered
paragraphs. On the corpus-text route (pdfplumber's lines, each printed table line's cells
joined by single spaces) the header prints six names over seven columns, and "Update /
Outcome" reads as two fields (progress, desired outcome): counted so, the table has eight.

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_plan_unheaded_number_update_outcome.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py tests/zoo/pending   # and the .corpus.txt
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx.shared import Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))  # tests/, for the shared export steps
sys.path.insert(0, str(HERE.parent))  # tests/zoo/, for the plan builders

from office_export import save_rendered  # noqa: E402
from plan_gold import review  # noqa: E402
from plan_merged_build import merged_rows, new_document, table  # noqa: E402

STEM = "plan_unheaded_number_update_outcome"
HEADERS = ["", "Recommendation", "Scope", "Action to take", "Lead agency", "Target date", "Update / Outcome"]
WIDTHS = [0.9, 6.2, 1.7, 5.4, 3.4, 2.3, 5.6]

# (number, recommendation, scope, action, lead, target date, update)
PLAN = [
    (
        "1",
        "Orrinford Borough Council should make sure that a tenant who reports damage caused by a "
        "partner is offered a referral to the domestic abuse service.",
        "Local",
        "Add the referral offer to the repairs reporting script",
        "Orrinford Borough Council Housing",
        "March 2025",
        "Completed: script changed in January 2025 and call handlers briefed.",
    ),
    (
        "2",
        "Orrinford Police should record on every domestic incident log whether children were "
        "present in the home.",
        "Local",
        "Make the children present field mandatory on the incident form",
        "Orrinford Police",
        "30/06/2025",
        "In progress: change approved by the records board, release due in June.",
    ),
    (
        "3",
        "The Orrinford Primary Care Board should ask practices to review the records of patients "
        "who miss three appointments in a row where abuse is known.",
        "Local",
        "Send practices a search and a short guide to the review",
        "Orrinford Primary Care Board",
        "September 2025",
        "Not started: guide being written with two practice leads.",
    ),
    (
        "4",
        "The Ministry of Justice should tell probation staff how to share a victim's new address "
        "safely when an order is varied.",
        "National",
        "Partnership chair to write to the Ministry of Justice",
        "Orrinford Safer Partnership",
        "31/05/2025",
        "Completed: letter sent 2 May 2025, reply awaited.",
    ),
]


def build(folder: Path = HERE) -> Path:
    doc = new_document("Orrinford Safer Partnership – Domestic Homicide Review ‘Delphine’ – overview report")
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading("Orrinford Safer Partnership", level=1)
    doc.add_paragraph("Domestic Homicide Review into the death of ‘Delphine’ – Overview Report")
    doc.add_paragraph("Independent chair and author: Barnaby Quenell")
    doc.add_heading("1. Introduction", level=2)
    doc.add_paragraph(
        "1.1 Delphine was 38 when she was killed by her partner in April 2023 at the flat they had "
        "shared for four years. The review looked at the contact agencies had with the couple "
        "from January 2021."
    )
    doc.add_paragraph(
        "1.2 The panel met five times. Agencies gave chronologies and short reports, and "
        "Delphine's mother and brother met the chair."
    )
    doc.add_heading("2. Findings", level=2)
    doc.add_paragraph(
        "2.1 Delphine told the housing repairs line twice that her partner had broken a door. "
        "Neither call led to any question about her safety. The police attended three incidents; "
        "the logs did not say that her son was at home. She missed several GP appointments after "
        "telling her doctor she was frightened."
    )
    doc.add_heading("3. Recommendations", level=2)
    for number, text, *_ in PLAN:
        doc.add_paragraph(f"{number}. {text}")
    doc.add_heading("Appendix A: Action plan", level=2)
    doc.add_paragraph("Each recommendation has one row, numbered in the first column.")
    t = table(doc, HEADERS, WIDTHS)
    for values in PLAN:
        merged_rows(t, [], [], [list(values)])
    return save_rendered(doc, folder, STEM, layout=True)


def gold() -> dict:
    """The gold, written by hand; only each record's `line` is looked up in the .txt."""
    from gold_lines import OV, A, R

    return {
        STEM: {
            "family": STEM,
            "description": (
                "Review overview report, Arial 10, landscape: numbered recommendation paragraphs, "
                "then an appendix plan of one row per recommendation whose number column has no "
                "name: (blank) | Recommendation | Scope | Action to take | Lead agency | Target "
                "date | Update / Outcome."
            ),
            "review": review(
                "DHR",
                "Orrinford",
                "Delphine",
                doc_kind="overview_report",
                age=38,
                author="Barnaby Quenell",
                date_of_death="2023-04",
            ),
            "recommendations": [
                R(
                    "1",
                    "Orrinford Borough Council",
                    "Orrinford Borough Council should make sure that a tenant who reports damage",
                    ["housing", "specialist_support"],
                ),
                R(
                    "2",
                    "Orrinford Police",
                    "Orrinford Police should record on every domestic incident log whether children",
                    ["children", "record_keeping"],
                ),
                R(
                    "3",
                    "Orrinford Primary Care Board",
                    "The Orrinford Primary Care Board should ask practices to review the records",
                    ["health", "record_keeping"],
                ),
                R(
                    "4",
                    "Ministry of Justice",
                    "The Ministry of Justice should tell probation staff how to share a victim's new",
                    ["information_sharing"],
                    scope="national",
                ),
            ],
            "actions": [
                A(
                    None,
                    OV,
                    "1",
                    "Add the referral offer to the repairs reporting script",
                    "Orrinford Borough Council Housing",
                    "March 2025",
                    "2025-03",
                    "Completed",
                    "complete",
                ),
                A(
                    None,
                    OV,
                    "2",
                    "Make the children present field mandatory on the incident form",
                    "Orrinford Police",
                    "30/06/2025",
                    "2025-06-30",
                    "In progress",
                    "in_progress",
                ),
                A(
                    None,
                    OV,
                    "3",
                    "Send practices a search and a short guide to the review",
                    "Orrinford Primary Care Board",
                    "September 2025",
                    "2025-09",
                    "Not started",
                    "not_started",
                ),
                A(
                    None,
                    OV,
                    "4",
                    "Partnership chair to write to the Ministry of Justice",
                    "Orrinford Safer Partnership",
                    "31/05/2025",
                    "2025-05-31",
                    "Completed",
                    "complete",
                ),
            ],
            "chronology": [],
            "notes": (
                "Recommendations: the numbered paragraphs (the plan restates them by number). "
                "Actions: one a row, no printed ref, recommendation_ref the unnamed number column's "
                "cell; status from the Update / Outcome cell's opening words."
            ),
        }
    }


def write_gold() -> None:
    from gold_lines import write_gold as write

    write(gold(), HERE, family_keys="after_file")


if __name__ == "__main__":
    if "--gold" not in sys.argv:
        print(build())
    write_gold()
