"""Build plan_ho_banded_numbers: a DHR action plan on the Home Office template, landscape Arial 9,
each recommendation printed as a shaded band across the table ("Recommendation 2: ...") over its
action rows, "Recommendation | Scope of recommendation | Action to take | Lead Agency | Key
milestones achieved in enacting recommendation | Target Date | Date of completion and Outcome".
Under a band the Recommendation column holds the recommendation's number alone, on its first
action's row; a second action's row leaves it empty and opens with its scope word. The table
runs over pages with its header repeated.

Exported to PDF by LibreOffice and to text by `pdftotext -layout`; the corpus text is
dev/corpus_style.py's rendering of the PDF (pdfplumber, each printed line's cells joined by
single spaces). The gold is written here by hand.

    python tests/zoo/pending/build_plan_ho_banded_numbers.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py DIR   # a folder holding its .pdf and .json

All people, places and bodies are fictional; the wording is our own.
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx.shared import Cm

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/zoo, for the merged-plan helpers and the gold frame
sys.path.insert(0, str(HERE.parents[1]))  # tests/, for the shared export steps

from office_export import save_rendered  # noqa: E402
from plan_gold import ho_action, ho_recommendation, plan_gold, review, save_gold  # noqa: E402
from plan_merged_build import band, new_document, table, write  # noqa: E402

STEM = "plan_ho_banded_numbers"
HEADERS = [
    "Recommendation",
    "Scope of recommendation",
    "Action to take",
    "Lead Agency",
    "Key milestones achieved in enacting recommendation",
    "Target Date",
    "Date of completion and Outcome",
]
WIDTHS = [2.6, 2.2, 4.4, 3.4, 4.4, 2.4, 4.6]

INTRO = [
    "Tamsin was 58 when she died at her home in Pellham Vale in the spring of 2023. The review panel met "
    "seven times and heard from her sister, her employer and the eleven agencies that knew her or her son.",
    "This plan sets out the five recommendations of the overview report and the actions each lead agency "
    "agreed to take. The Partnership's DHR group reviews it at each meeting and asks the lead agencies for "
    "evidence before an action is closed. Each recommendation is shown across the table, with the rows "
    "for its actions beneath it.",
    "Progress is reported as at 1 September 2024. Where a target date has passed the lead agency has "
    "given the reason and a revised date, which the group has accepted.",
    "The plan was agreed by the review panel on 12 January 2024 and by the Partnership's board on "
    "6 February 2024, and it was shared with Tamsin's sister before it was sent to the Home Office.",
]

# (number, recommendation, agency, [(scope, action, lead, milestones, target, outcome, status)])
PLAN = [
    (
        "1",
        "Pellham Vale Community Safety Partnership should ask every partner to name a domestic abuse "
        "lead who attends the monthly risk meeting.",
        "Pellham Vale Community Safety Partnership",
        [
            (
                "Local",
                "Write to each partner asking for a named lead and a deputy.",
                "Pellham Vale Community Safety Partnership",
                "Letters sent and nine of eleven leads named.",
                "30/04/2024",
                "Completed April 2024. Two deputies still to be named.",
                "complete",
            ),
            (
                "Local",
                "Keep an attendance record for the risk meeting and report it to the Partnership each quarter.",
                "Risk Meeting Coordinator",
                "Attendance form agreed by the chair.",
                "31/07/2024",
                "Ongoing – first quarterly report due in August.",
                "in_progress",
            ),
        ],
    ),
    (
        "2",
        "Ostrey Police should make sure that call handlers ask whether children are present at every "
        "domestic call.",
        "Ostrey Police",
        [
            (
                "Local",
                "Add a question about children to the call handling script.",
                "Ostrey Police Contact Management",
                "Script change tested in the training room.",
                "March 2024",
                "Complete – script live from March 2024.",
                "complete",
            ),
        ],
    ),
    (
        "3",
        "Northcombe Health Trust should offer every patient attending the urgent care centre with an "
        "injury a private conversation with a nurse.",
        "Northcombe Health Trust",
        [
            (
                "Local",
                "Put up notices in the urgent care cubicles offering a private conversation.",
                "Urgent Care Matron",
                "Notices designed with the patient panel.",
                "31/05/2024",
                "Completed May 2024.",
                "complete",
            ),
            (
                "Local",
                "Audit twenty urgent care records for the offer of a private conversation.",
                "Northcombe Health Trust Safeguarding Team",
                "Audit tool drafted.",
                "December 2024",
                "Not started – audit planned for the winter.",
                "not_started",
            ),
        ],
    ),
    (
        "4",
        "The Home Office should consider publishing guidance on reviews where the person who died was "
        "caring for the person who harmed them.",
        "Home Office",
        [
            (
                "National",
                "Chair of the Partnership to write to the Home Office with the overview report.",
                "Pellham Vale Community Safety Partnership",
                "Letter drafted by the chair.",
                "30/09/2024",
                "Ongoing – letter awaits the report's publication.",
                "in_progress",
            ),
        ],
    ),
    (
        "5",
        "Pellham Vale Borough Council should train its tenancy officers to recognise the abuse of a "
        "parent by an adult child.",
        "Pellham Vale Borough Council",
        [
            (
                "Local",
                "Deliver a two-hour session on adult family abuse to every tenancy officer.",
                "Pellham Vale Borough Council Housing Service",
                "Session written with the specialist service; twelve officers trained.",
                "31/10/2024",
                "Ongoing – two sessions left to run.",
                "in_progress",
            ),
            (
                "Local",
                "Add adult family abuse to the tenancy officers' induction checklist.",
                "Housing Service Training Lead",
                "Checklist wording agreed.",
                "January 2025",
                "Not started – waiting for the new checklist.",
                "not_started",
            ),
        ],
    ),
]


def build() -> Path:
    doc = new_document("DHR 'Tamsin' Action Plan – OFFICIAL")
    doc.add_paragraph("Pellham Vale Community Safety Partnership")
    doc.add_paragraph("Domestic Homicide Review 'Tamsin' – Action Plan")
    for text in INTRO:
        doc.add_paragraph(text)
    doc.add_paragraph("Overview Report recommendations")
    t = table(doc, HEADERS, WIDTHS)
    for number, rec, _, actions in PLAN:
        band(t, f"Recommendation {number}: {rec}")
        for k, (scope, action, lead, milestones, target, outcome, _) in enumerate(actions):
            cells = t.add_row().cells
            for cell, width in zip(cells, WIDTHS):
                cell.width = Cm(width)
            values = [number if k == 0 else "", scope, action, lead, milestones, target, outcome]
            for cell, value in zip(cells, values):
                write(cell, value)
    doc.add_paragraph()
    doc.add_paragraph(
        "Actions are closed by the Partnership only once the lead agency has sent its evidence."
    )
    return save_rendered(doc, HERE, STEM, layout=True)


def gold() -> dict:
    recs, acts = [], []
    for number, rec, agency, actions in PLAN:
        recs.append(ho_recommendation(number, rec, agency, actions[0][0]))
        acts += [
            ho_action(number, a, lead, target, outcome, state)
            for _, a, lead, _, target, outcome, state in actions
        ]
    return plan_gold(
        STEM,
        description=(
            "DHR action plan on the Home Office template (landscape Arial 9): each recommendation a shaded "
            "band across the table ('Recommendation 2: ...'), its action rows under it numbered in the "
            "Recommendation column on the first action's row only (a later action's row opens with its "
            "scope word); Recommendation | Scope of recommendation | Action to take | Lead Agency | Key "
            "milestones achieved in enacting recommendation | Target Date | Date of completion and Outcome, "
            "the header repeated over pages; text route is pdftotext -layout of the PDF, corpus text "
            "pdfplumber's lines with their cells joined."
        ),
        review=review("DHR", "Pellham Vale", "Tamsin"),
        notes="Each row one action, its ref its recommendation's number; the status is the outcome cell's opening words.",
        recommendations=recs,
        actions=acts,
    )


if __name__ == "__main__":
    print(build())
    save_gold(HERE, STEM, gold())
