"""Build a zoo document of a single agency's action plan answering the learning its review found,
set as a Word table: Ref | Learning identified | Action | Owner | Due date | Evidence | Status.
A learning cell is printed once over the two actions that answer it (merged down), so the
second action's row leaves that column empty; one such action opens with its verb ("Add a
..."), the other with who acts ("Tenancy managers to ..."). On the corpus-text route (dev/corpus_style.py) each
printed line joins the lines of every cell at that height, and the tracker reader cuts each
row's first line (plan.tracker_rows): the empty learning cell must not take the action's
first words ("Add a" | "'no access' ...").

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/s23learningplan_build.py   # writes .docx, .pdf, .txt (pdftotext -layout), .json
    /tmp/plumbvenv/bin/python dev/corpus_style.py tests/zoo   # and the .corpus.txt
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/, for the shared build and export steps

from docx_build import add_row, make_table, merge_down, new_doc, para  # noqa: E402
from office_export import save_with_gold  # noqa: E402

STEM = "plan_learning_column_merged"
AGENCY = "Fellbridge Homes Housing Association"
HEADERS = ["Ref", "Learning identified", "Action", "Owner", "Due date", "Evidence", "Status"]
WIDTHS = [1.2, 3.4, 2.8, 2.4, 2.2, 3.0, 1.6]

# (ref, learning (None: merged with the row above), action, owner, due raw, due, evidence,
# status raw, status)
ROWS = [
    (
        "HA1",
        "Repairs staff who could not get into the flat did not ask why the tenant kept them out.",
        "Add a 'no access' prompt to the repairs job sheet asking the operative to report concerns.",
        "Head of Repairs",
        "31/03/2024",
        "2024-03-31",
        "Job sheet changed on 12/03/2024; sixty operatives briefed at the April toolbox talk.",
        "Closed",
        "complete",
    ),
    (
        "HA2",
        None,
        "Add a 'did not attend' alert to the housing system for the tenancy manager.",
        "Housing Systems Manager",
        "30/06/2024",
        "2024-06-30",
        "Visit standard written into the tenancy procedure; first quarter's figures awaited.",
        "Open – on track",
        "in_progress",
    ),
    (
        "HA3",
        "The housing officer knew of the arrears but not that the tenant's son controlled her money.",
        "Train housing officers to ask about financial control at every arrears interview.",
        "Income Team Leader",
        "30/09/2024",
        "2024-09-30",
        "Course booked with the local domestic abuse service; two of four sessions held.",
        "Open – overdue",
        "in_progress",
    ),
    (
        "HA4",
        "Concerns raised by a neighbour were logged as antisocial behaviour and closed.",
        "Review how neighbour reports are triaged so that possible abuse goes to the safeguarding lead.",
        "Safeguarding Lead",
        "31/12/2024",
        "2024-12-31",
        "Triage guidance drafted; to be agreed by the operations board.",
        "Open – on track",
        "in_progress",
    ),
    (
        "HA5",
        None,
        "Neighbourhood officers to audit twenty closed antisocial behaviour cases for missed signs of abuse.",
        "Tenancy Services Manager",
        "31/03/2025",
        "2025-03-31",
        "Not yet started.",
        "Not started",
        "not_started",
    ),
]


def _line(lines: list[str], start: str) -> int | None:
    """The 1-based line of the text's first line holding the words `start` opens with."""
    probe = " ".join(start.split()[:3])
    for n, text in enumerate(lines, 1):
        if probe in " ".join(text.split()):
            return n
    return None


def build() -> None:
    doc = new_doc(header="Fellbridge Homes – DHR 'Rosa' – single agency action plan", font="Calibri", size=10)
    para(doc, AGENCY, bold=True, size=14)
    para(doc, "Domestic Homicide Review 'Rosa' (FCSP DHR 2023/05)", bold=True, size=12)
    para(
        doc,
        "This plan answers the learning that the association's Independent Management Review "
        "found. Progress is reported to the Fellbridge Community Safety Partnership each quarter. "
        "Last updated 2 December 2024.",
    )
    t = make_table(doc, HEADERS, WIDTHS)
    for ref, learning, action, owner, due, _, evidence, status, _ in ROWS:
        add_row(t, [ref, learning or "", action, owner, due, evidence, status], WIDTHS)
    # (the learning printed once over the two actions answering it)
    for n, row in enumerate(ROWS):
        if row[1] is None:
            merge_down(t, 1, n, n + 1)
    para(doc, "")
    para(
        doc,
        "Status: Closed = evidence accepted by the Safeguarding Lead; Open – overdue = past its due date.",
    )

    def gold(lines: list[str]) -> dict:
        acts = [
            {
                "ref": r[0],
                "agency_section": AGENCY,
                "recommendation_ref": None,
                "action_start": " ".join(r[2].rstrip(".").split()[:8]),
                "lead": r[3],
                "target_date_raw": r[4],
                "target_date": r[5],
                "status_raw": r[7],
                "status": r[8],
                "line": _line(lines, r[2]),
            }
            for r in ROWS
        ]
        return {
            "file": f"{STEM}.txt",
            "family": STEM,
            "description": (
                "Single agency DHR action plan (Word, Calibri 10): Ref | Learning identified | Action | "
                "Owner | Due date | Evidence | Status, a learning cell merged over the two actions answering it."
            ),
            "review": {
                "review_id": "FCSP DHR 2023/05",
                "review_type": "DHR",
                "area": "Fellbridge",
                "doc_kind": "action_plan",
                "author": None,
                "victims": [{"pseudonym": "Rosa", "age": None}],
                "date_of_death": None,
            },
            "recommendations": [],
            "actions": acts,
            "chronology": [],
            "notes": (
                "The plan answers learning, not numbered recommendations: no recommendation records. "
                "'Closed' is complete, 'Open – ...' in progress. Themes not annotated."
            ),
        }

    save_with_gold(doc, HERE, STEM, gold, layout=True)


if __name__ == "__main__":
    build()
