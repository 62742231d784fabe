"""Build a zoo Community Safety Partnership tracker of one DHR's plan whose recommendation cell,
merged down over its actions' rows, holds the recommendation's label and number on a line of
its own ("Rec 2") above the recommendation's text; refs "R2.1" on each action row.

tracker_labelled_rec_cells: landscape Calibri 9, Ref | Recommendation | Action | Owner |
Deadline | RAG | Update (October 2024), RAG colours with a key above the table, two dated
notes in some update cells. On the corpus-text route (pdfplumber's lines, each printed line's
cells joined) the label and number print alone on the row's first line in the recommendation's
column and its text starts lines below, beside the actions' later lines.

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_tracker_labelled_rec_cells.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py DIR   # its .corpus.txt, from a folder holding its .pdf and .json
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # tests/, for the shared export steps
sys.path.insert(0, str(HERE.parent))  # tests/zoo, for the plan tables

from docx.shared import Pt  # noqa: E402
from office_export import save_with_gold  # noqa: E402
from plan_gold import action_record, iso, plan_gold, recommendation_record, review  # noqa: E402
from plan_merged_build import merged_rows, new_document, table  # noqa: E402

STEM = "tracker_labelled_rec_cells"
HEADERS = ["Ref", "Recommendation", "Action", "Owner", "Deadline", "RAG", "Update (October 2024)"]
WIDTHS = [1.3, 5.6, 5.4, 3.2, 2.2, 1.5, 6.8]
RAG = {"Blue": "complete", "Green": "in_progress", "Amber": "in_progress", "Red": "not_started"}
# (number, agency, recommendation, [(action, owner, deadline, RAG, update)])
RECS = [
    (
        "1",
        "Brackenford Community Safety Partnership",
        "Brackenford Community Safety Partnership should set up a single point of contact for "
        "neighbours and friends who are worried that someone is being abused.",
        [
            (
                "Agree the contact line's hours and staffing with the helpline provider.",
                "Partnership Manager",
                "30/04/2024",
                "Blue",
                "April 2024: Hours agreed.\nJuly 2024: Line opened on weekdays.",
            ),
            (
                "Run a local campaign on how to use the line.",
                "Communications Lead",
                "Sept 2024",
                "Green",
                "August 2024: Posters in libraries and surgeries.",
            ),
        ],
    ),
    (
        "2",
        "Brackenford Police",
        "Brackenford Police should make sure that call handlers check for earlier reports "
        "about the same address before they grade a domestic abuse call.",
        [
            (
                "Add an address history prompt to the call grading screen.",
                "Head of Contact Centre",
                "31/05/2024",
                "Blue",
                "May 2024: Prompt live in the command system.",
            ),
            (
                "Audit 40 graded calls each quarter for the address check.",
                "Head of Contact Centre",
                "31/12/2024",
                "Amber",
                "October 2024: First audit found 31 of 40 checked; refresher briefing planned.",
            ),
        ],
    ),
    (
        "3",
        "Brackenford Adult Social Care",
        "Brackenford Adult Social Care should offer a carer's assessment to every family member "
        "who cares for a victim of domestic abuse with care needs.",
        [
            (
                "Update the carers' assessment guidance to name domestic abuse.",
                "Principal Social Worker",
                "March 2025",
                "Red",
                "October 2024: Not yet started; guidance review moved to next year.",
            ),
        ],
    ),
    (
        "4",
        "Brackenford Community Safety Partnership",
        "Brackenford Community Safety Partnership should check within a year that the learning "
        "from this review has reached front-line staff in every agency.",
        [
            (
                "Survey front-line staff in all partner agencies about the review's learning.",
                "Partnership Manager",
                "31/01/2025",
                "Green",
                "September 2024: Survey drafted with the training group.",
            ),
            (
                "Report the survey's findings to the Partnership board.",
                "Partnership Manager",
                "March 2025",
                "Green",
                "October 2024: Board date set.",
            ),
        ],
    ),
]


def _line(lines: list[str], text: str) -> int:
    return next(n for n, ln in enumerate(lines, 1) if text[:25] in ln)


def gold(lines: list[str]) -> dict:
    recs, actions = [], []
    for number, agency, text, rows in RECS:
        recs.append(recommendation_record(number, text[:80], _line(lines, text), agency=agency))
        for k, (action, owner, deadline, rag, _) in enumerate(rows, 1):
            actions.append(
                action_record(
                    action[:60],
                    _line(lines, action),
                    ref=f"R{number}.{k}",
                    recommendation_ref=number,
                    lead=owner,
                    target_date_raw=deadline,
                    target_date=iso(deadline),
                    status_raw=rag,
                    status=RAG[rag],
                )
            )
    return plan_gold(
        STEM,
        description=(
            "CSP tracker of one DHR's plan, landscape Calibri 9: Ref | Recommendation | Action | Owner | "
            "Deadline | RAG | Update (October 2024), the recommendation cell merged over its actions' rows "
            "holding 'Rec N' on a line of its own above the recommendation's text, refs R1.1, RAG colours."
        ),
        review=review("DHR", "Brackenford", "Tamsin"),
        recommendations=recs,
        actions=actions,
        notes=(
            "Recommendations: one per merged cell, its number the one after 'Rec'. Actions: one a row, "
            "ref as printed, recommendation_ref the merged cell's number; the RAG colour is the status "
            "(Blue complete, Green on track, Amber delayed, Red not started, as the key says)."
        ),
    )


def build(folder: Path = HERE) -> None:
    doc = new_document("Brackenford CSP – DHR Tamsin – action tracker")
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(9)
    doc.add_heading("Brackenford Community Safety Partnership", level=1)
    doc.add_paragraph("Domestic Homicide Review: Tamsin – action tracker, October 2024")
    doc.add_paragraph(
        "RAG key: Blue – complete; Green – on track; Amber – delayed, recovery agreed; Red – not started."
    )
    t = table(doc, HEADERS, WIDTHS)
    for number, _, text, rows in RECS:
        actions = [[f"R{number}.{k}", *row] for k, row in enumerate(rows, 1)]
        merged_rows(t, [1], [f"Rec {number}\n{text}"], actions)
    doc.add_paragraph()
    doc.add_paragraph("The tracker is brought to each meeting of the DHR oversight group.")
    save_with_gold(doc, folder, STEM, gold)


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
