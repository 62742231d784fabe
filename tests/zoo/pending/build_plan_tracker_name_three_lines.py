"""Build the pending zoo document of a recommendations tracker whose narrow number column,
headed "Recommendation", breaks its name over three printed lines ("Recom" / "mendati" / "on"):
Recommendation | Agreed action | Responsible agency | By when | RAG | Progress update, landscape
Arial 9, the first column holding each row's number only. On the corpus-text route (pdfplumber's
lines, the cells of a printed line joined by single spaces) the header was never found before
session 22 (plan.split_names joined a word broken over two lines only).

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_plan_tracker_name_three_lines.py   # .docx, .pdf, .txt, .json
    /tmp/plumbvenv/bin/python dev/corpus_style.py tests/zoo/pending   # and the .corpus.txt
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # tests/, for the shared export steps

from office_export import save_with_gold  # noqa: E402

sys.path.insert(0, str(HERE.parent))  # tests/zoo, for the plan tables
from plan_gold import action_record, iso, plan_gold, review  # noqa: E402
from plan_merged_build import new_document, row, table  # noqa: E402

STEM = "plan_tracker_name_three_lines"
HEADERS = ["Recommendation", "Agreed action", "Responsible agency", "By when", "RAG", "Progress update"]
WIDTHS = [1.7, 7.6, 4.6, 2.6, 1.4, 8.2]  # (the first column too narrow for its name on two lines)
STATUS = {"G": "complete", "A": "in_progress", "R": "not_started"}
# (number, action, lead, by when, RAG, progress)
ROWS = [
    (
        "1",
        "Publish a direct referral route from housing officers to the domestic abuse service",
        "Corringford Borough Council Housing",
        "31/07/2024",
        "G",
        "Route live since June; thirty referrals received.",
    ),
    (
        "2",
        "Add screening questions on domestic abuse to the alcohol service's first assessment",
        "Corringford Recovery Service",
        "31/10/2024",
        "A",
        "Questions drafted; system change booked for the winter.",
    ),
    (
        "3",
        "Agree an information sharing protocol between probation and the domestic abuse service",
        "Probation Service",
        "31/12/2024",
        "R",
        "Awaiting a meeting with the provider.",
    ),
    (
        "4",
        "Run a partnership awareness week on the disclosure scheme for all front-line staff",
        "Corringford Safer Communities Partnership",
        "31/03/2025",
        "A",
        "Dates agreed with three agencies.",
    ),
]


def gold(lines: list[str]) -> dict:
    def line(text: str) -> int:
        return next(n for n, ln in enumerate(lines, 1) if text[:25] in ln)

    return plan_gold(
        STEM,
        description=(
            "Partnership DHR recommendations tracker, landscape Arial 9: Recommendation | Agreed "
            "action | Responsible agency | By when | RAG | Progress update, the narrow first column holding "
            "each row's number and breaking its name over three printed lines (Recom / mendati / on)."
        ),
        review=review("DHR", "Corringford", "Irene"),
        actions=[
            action_record(
                action[:60],
                line(action),
                ref=n,
                recommendation_ref=n,
                lead=lead,
                target_date_raw=when,
                target_date=iso(when),
                status_raw=rag,
                status=STATUS[rag],
            )
            for n, action, lead, when, rag, _ in ROWS
        ],
        notes=(
            "Actions: one a numbered row, its number the recommendation's; the RAG letter is the "
            "status (G done, A under way, R not begun)."
        ),
    )


def build(folder: Path = HERE) -> None:
    doc = new_document("Corringford Safer Communities Partnership – DHR ‘Irene’ – recommendations tracker")
    doc.add_heading("Corringford Safer Communities Partnership", level=1)
    doc.add_paragraph("Domestic Homicide Review ‘Irene’ – Recommendations tracker")
    doc.add_paragraph("RAG key: R – not started; A – in progress; G – complete. Updated 14 March 2025.")
    t = table(doc, HEADERS, WIDTHS)
    for values in ROWS:
        row(t, list(values))
    save_with_gold(doc, folder, STEM, gold)


if __name__ == "__main__":
    build()
