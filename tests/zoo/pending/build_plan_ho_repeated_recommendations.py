"""Build plan_ho_repeated_recommendations: a DHR action plan on the Home Office template whose
recommendation is printed again, whole, on every one of its actions' rows.

Landscape Arial 9: No. | Recommendation | Scope of recommendation | Action to take | Lead Agency |
Key milestones achieved in enacting recommendation | Target Date | Date of completion and Outcome.
The panel numbered each recommendation on its first action's row only; the later rows leave the
number cell empty and repeat the recommendation's and the scope's cells word for word (no cell
merged). The Target Date column is narrow, so a month and year break over two lines ("September"
over "2024"); each outcome opens with its status ("In progress – ..."). All people, places and
bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_plan_ho_repeated_recommendations.py   # .docx, .pdf, .txt, .json
    /tmp/plumbvenv/bin/python dev/corpus_style.py DIR   # a folder holding its .pdf and .json
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx.enum.section import WD_ORIENT
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # tests/, for the shared export steps
sys.path.insert(0, str(HERE.parent))  # tests/zoo/, for the plan tables' builders

from office_export import save_rendered  # noqa: E402
from plan_gold import ho_action, ho_recommendation, plan_gold, review, save_gold  # noqa: E402
from plan_merged_build import new_document, row, table  # noqa: E402

STEM = "plan_ho_repeated_recommendations"
HEADERS = [
    "No.",
    "Recommendation",
    "Scope of recommendation",
    "Action to take",
    "Lead Agency",
    "Key milestones achieved in enacting recommendation",
    "Target Date",
    "Date of completion and Outcome",
]
WIDTHS = [1.0, 5.0, 1.9, 4.3, 3.0, 3.4, 2.2, 4.4]

# (number, recommendation, agency, scope, [(action, lead, milestones, target, outcome, status)])
PLAN = [
    ("1", "Dunmarsh Community Safety Partnership should publish a guide for bank and building "
     "society staff on spotting financial abuse of older customers.",
     "Dunmarsh Community Safety Partnership", "Local",
     [("Draft the guide with two local banks and the older people's forum.",
       "Dunmarsh Community Safety Partnership", "Draft agreed by the forum.", "31/01/2024",
       "Completed 22/01/2024 – guide printed and sent to branches.", "complete"),
      ("Ask each branch six months later whether staff have used the guide.",
       "Dunmarsh Community Safety Partnership", "Questions drafted.", "September 2024",
       "In progress – four of seven branches have replied.", "in_progress")]),
    ("2", "Dunmarsh Police should make sure that a detective sergeant reviews every case in which "
     "an older victim withdraws a complaint.",
     "Dunmarsh Police", "Local",
     [("Add the review step to the domestic abuse investigation policy.",
       "Dunmarsh Police", "Policy change approved.", "30/04/2024",
       "Completed 15/04/2024 – policy republished.", "complete")]),
    ("3", "Dunmarsh Adult Social Care should offer a carer's assessment to every person caring for "
     "a partner who has been violent towards them.",
     "Dunmarsh Adult Social Care", "Local",
     [("Change the carer's assessment prompt in the case recording system.",
       "Dunmarsh Adult Social Care", "Change request raised.", "31/07/2024",
       "Completed 30/07/2024 – prompt live.", "complete"),
      ("Audit thirty carer's assessments to see whether the prompt is used.",
       "Dunmarsh Adult Social Care", "Audit tool agreed.", "February 2025",
       "Not yet started – audit booked for January 2025.", "not_started")]),
]  # fmt: skip


def build() -> Path:
    doc = new_document("OFFICIAL – Dunmarsh CSP DHR 'Winifred' Action Plan")
    section = doc.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    section.left_margin = section.right_margin = Cm(1.2)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(9)
    doc.add_paragraph("Dunmarsh Community Safety Partnership")
    doc.add_paragraph("Domestic Homicide Review into the death of Winifred – Action Plan")
    doc.add_paragraph(
        "Winifred was 81 when she died at home in the spring of 2022. Her husband, who managed "
        "all of the couple's money, had taken most of her savings over several years. Where a "
        "recommendation needs more than one action, it is printed again on each action's row. "
        "Position reported to the Partnership in October 2024."
    )
    t = table(doc, HEADERS, WIDTHS)
    for number, rec, _, scope, actions in PLAN:
        for k, (action, lead, milestones, target, outcome, _) in enumerate(actions):
            row(t, [number if k == 0 else "", rec, scope, action, lead, milestones, target, outcome])
    doc.add_paragraph()
    doc.add_paragraph("The Partnership's DHR group closes each action once its evidence is received.")
    return save_rendered(doc, HERE, STEM)


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
            "DHR action plan on the Home Office template (landscape Arial 9): No. | Recommendation | "
            "Scope of recommendation | Action to take | Lead Agency | Key milestones ... | Target Date | "
            "Date of completion and Outcome; each recommendation numbered on its first action's row "
            "only and printed again, with its scope, on its later actions' rows."
        ),
        review=review("DHR", "Dunmarsh", "Winifred", age=81),
        notes=(
            "Each row one action, its ref its recommendation's number (the later rows' number cell "
            "is empty, the recommendation repeated); the status is the outcome cell's opening words."
        ),
        recommendations=recs,
        actions=acts,
    )


if __name__ == "__main__":
    print(build())
    save_gold(HERE, STEM, gold())
