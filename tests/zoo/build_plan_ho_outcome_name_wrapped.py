"""Build plan_ho_outcome_name_wrapped: a DHR action plan on the Home Office template, landscape
Arial 9, "Recommendation | Scope of recommendation i.e. local or regional | Action to take | Lead
Agency | Key milestones achieved in enacting recommendation | Target Date | Date of completion and
Outcome", the number opening each recommendation's cell ("1. The Partnership should ..."), the
recommendation and scope cells merged down over their actions' rows. The Target Date column is
narrow, so its name wraps ("Target" over "Date") beside the last name's first words: the header's
first printed line ends "Target Date of", the rest of "Date of completion and Outcome" printed on
the lines under it among the scope name's wrapped words.

Exported to PDF by LibreOffice and to text by `pdftotext -layout`; the corpus text is
dev/corpus_style.py's rendering of the PDF (pdfplumber, each printed line's cells joined by
single spaces). The gold is written here by hand.

    python tests/zoo/build_plan_ho_outcome_name_wrapped.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py DIR   # a folder holding its .pdf and .json

All people, places and bodies are fictional; the wording is our own.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))  # tests/zoo, for the merged-plan helpers and the gold frame
sys.path.insert(0, str(HERE.parent))  # tests/, for the shared export steps

from office_export import save_rendered  # noqa: E402
from plan_gold import ho_action, ho_recommendation, plan_gold, review, save_gold  # noqa: E402
from plan_merged_build import merged_rows, new_document, table  # noqa: E402

STEM = "plan_ho_outcome_name_wrapped"
HEADERS = [
    "Recommendation",
    "Scope of recommendation i.e. local or regional",
    "Action to take",
    "Lead Agency",
    "Key milestones achieved in enacting recommendation",
    "Target Date",
    "Date of completion and Outcome",
]
WIDTHS = [4.6, 1.9, 4.2, 3.0, 3.8, 2.0, 2.9]

# (number, recommendation, agency, scope, [(action, lead, milestones, target, outcome, status)])
PLAN = [
    (
        "1",
        "Fennick Community Safety Partnership should make sure that the helpline number is printed on "
        "every leaflet the partners hand to older residents.",
        "Fennick Community Safety Partnership",
        "Local",
        [
            (
                "Collect the leaflets each partner gives to older residents and list those without the number.",
                "Fennick CSP Coordinator",
                "Forty leaflets collected from nine partners.",
                "31/01/2024",
                "Complete – list sent to partners in January 2024.",
                "complete",
            ),
            (
                "Reprint the leaflets that lack the number when stocks next run low.",
                "Each partner's communications lead",
                "Six of nine partners have reprinted.",
                "30/06/2024",
                "In progress – three partners still to reprint.",
                "in_progress",
            ),
        ],
    ),
    (
        "2",
        "Brackley Water Police should make sure that officers record the details of every adult living at "
        "an address they attend for a domestic incident.",
        "Brackley Water Police",
        "Local",
        [
            (
                "Add a household members section to the domestic incident form.",
                "Brackley Water Police – Safeguarding Hub",
                "Form change agreed with the records team.",
                "31/03/2024",
                "Complete – section live from 11 March 2024.",
                "complete",
            ),
            (
                "Check a sample of forty forms three months after the change.",
                "Safeguarding Hub Inspector",
                "Sample drawn; checking under way.",
                "30/09/2024",
                "Ongoing – results due to the Partnership in October.",
                "in_progress",
            ),
        ],
    ),
    (
        "3",
        "The Home Office should consider asking reviews to describe the help available to people caring "
        "for a relative who harms them.",
        "Home Office",
        "National",
        [
            (
                "Chair of the Partnership to write to the Home Office with the report.",
                "Chair, Fennick CSP",
                "Letter agreed by the panel.",
                "Within one month of publication",
                "Not started – the report awaits publication.",
                "not_started",
            ),
        ],
    ),
    (
        "4",
        "Fennick District Council should give its housing advice staff a simple guide to the help an older "
        "victim of abuse can be offered.",
        "Fennick District Council",
        "Local",
        [
            (
                "Write a one-page guide with the specialist service and the advice team.",
                "Fennick District Council Housing Advice",
                "Draft guide shared with the specialist service.",
                "31/05/2024",
                "Complete – guide issued to all advice staff in May 2024.",
                "complete",
            ),
            (
                "Ask the advice team whether the guide helped, six months after it was issued.",
                "Housing Advice Team Leader",
                "Questions agreed.",
                "31/12/2024",
                "Not started – survey planned for December.",
                "not_started",
            ),
        ],
    ),
]


def build() -> Path:
    doc = new_document("OFFICIAL – Fennick CSP DHR 'Rosalind' Action Plan")
    doc.add_paragraph("Fennick Community Safety Partnership")
    doc.add_paragraph("Domestic Homicide Review into the death of Rosalind – Action Plan")
    doc.add_paragraph(
        "The plan below sets out the recommendations of the overview report and the actions agreed by the "
        "review panel, with the progress each lead agency reported to the Partnership in September 2024."
    )
    doc.add_paragraph(
        "Rosalind was 79 when she died at the home she shared with her grandson in the autumn of 2022. She "
        "had cared for him since he was a child, and in the last year of her life she had told her friends at "
        "the lunch club that she was frightened of him. The panel heard from her friends, her neighbour and the "
        "seven agencies that had contact with the family."
    )
    doc.add_paragraph(
        "The panel found that the help each agency offered was sound on its own but that no agency knew the "
        "whole picture, and that the partners' leaflets for older residents did not say where to call for help. "
        "The recommendations below were agreed by the panel and accepted by the Partnership's board."
    )
    doc.add_paragraph("Overview Report Recommendations")
    t = table(doc, HEADERS, WIDTHS)
    for number, rec, _, scope, actions in PLAN:
        rows = [
            [action, lead, milestones, target, outcome]
            for action, lead, milestones, target, outcome, _ in actions
        ]
        merged_rows(t, [0, 1], [f"{number}. {rec}", scope], rows)
    doc.add_paragraph()
    doc.add_paragraph(
        "The Partnership's DHR group will close each action once the lead agency has sent its evidence."
    )
    return save_rendered(doc, HERE, STEM, layout=True)


def gold() -> dict:
    recs, acts = [], []
    for number, rec, agency, scope, actions in PLAN:
        recs.append(ho_recommendation(number, rec, agency, scope))
        acts += [
            ho_action(number, a, lead, target, outcome, state)
            for a, lead, _, target, outcome, state in actions
        ]
    return plan_gold(
        STEM,
        description=(
            "DHR action plan on the Home Office template (landscape Arial 9): Recommendation | Scope of "
            "recommendation i.e. local or regional | Action to take | Lead Agency | Key milestones achieved in "
            "enacting recommendation | Target Date | Date of completion and Outcome, the number opening each "
            "recommendation's cell, the recommendation and scope cells merged down over their actions; the "
            "narrow Target Date column wraps its name beside the last name's first words, so the header's "
            "first printed line ends 'Target Date of'; text route is pdftotext -layout of the PDF, corpus "
            "text pdfplumber's lines with their cells joined."
        ),
        review=review("DHR", "Fennick", "Rosalind"),
        notes="Each row one action, its ref its recommendation's number; the status is the outcome cell's opening words.",
        recommendations=recs,
        actions=acts,
    )


if __name__ == "__main__":
    print(build())
    save_gold(HERE, STEM, gold())
