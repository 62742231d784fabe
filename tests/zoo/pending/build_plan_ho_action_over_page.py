"""Build plan_ho_action_over_page: a DHR action plan on the Home Office template whose action
cell breaks over a page, the next recommendation's row opening the new page.

Landscape Calibri 9: Recommendation | Scope of recommendation i.e. local or regional | Action to
take | Lead Agency | Key milestones achieved in enacting recommendation | Target Date | Date of
completion and Outcome, each recommendation's cell (opening with its number, "3.") and its scope
merged down over its actions' rows, the action cells written without full stops, as many panels
write them. The third recommendation's last action runs past the foot of the first page, so
plain pdftotext prints its last words at the head of the second page's action block, the fourth
recommendation's first action straight under them. All people, places and bodies are fictional;
the wording is our own.

    python tests/zoo/pending/build_plan_ho_action_over_page.py   # .docx, .pdf, .txt, .json
    /tmp/plumbvenv/bin/python dev/corpus_style.py DIR   # a folder holding its .pdf and .json
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx.shared import Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # tests/, for the shared export steps
sys.path.insert(0, str(HERE.parent))  # tests/zoo/, for the plan tables' builders

from office_export import save_rendered  # noqa: E402
from plan_gold import ho_action, ho_recommendation, plan_gold, review, save_gold  # noqa: E402
from plan_merged_build import merged_rows, new_document, table  # noqa: E402

STEM = "plan_ho_action_over_page"
HEADERS = [
    "Recommendation",
    "Scope of recommendation i.e. local or regional",
    "Action to take",
    "Lead Agency",
    "Key milestones achieved in enacting recommendation",
    "Target Date",
    "Date of completion and Outcome",
]
WIDTHS = [5.0, 2.0, 4.6, 2.6, 4.4, 2.2, 4.0]

# (number, recommendation, agency, scope, [(action, lead, milestones, target, outcome, status)])
PLAN = [
    ("1", "Brindlecombe Community Safety Partnership should make sure that every member agency "
     "has a written procedure for responding to a disclosure of abuse by an adult son or daughter.",
     "Brindlecombe Community Safety Partnership", "Local",
     [("Audit member agencies' adult family abuse procedures against a short checklist",
       "Brindlecombe CSP", "Checklist sent to 12 agencies; 10 returns received", "30/06/2023",
       "Completed 21/06/2023. Audit report to the Partnership in July 2023; three agencies asked to update their procedures.",
       "complete"),
      ("Publish a practice note on abuse by adult children for frontline staff, written with the carers' centre",
       "Brindlecombe CSP / Vellacott Carers' Centre", "Draft note shared with the panel in October 2023",
       "Apr-24", "", "unknown")]),
    ("2", "Brindlecombe Constabulary should ensure that an officer attending a call about an older "
     "person's welfare asks who else lives at the address and records the answer.",
     "Brindlecombe Constabulary", "Regional",
     [("Add a household question to the welfare check form and the control room script",
       "Brindlecombe Constabulary", "Form changed and loaded on the mobile devices",
       "By October 2023",
       "Completed 02/10/2023 – dip sample of 30 welfare checks in January 2024 found the question answered in 27.",
       "complete")]),
    ("3", "Marlow Vale NHS Foundation Trust should strengthen routine enquiry about domestic abuse "
     "on its older people's wards, particularly where a relative is the main carer.",
     "Marlow Vale NHS Foundation Trust", "Local",
     [("Add a routine enquiry question to the older people's ward admission record",
       "Marlow Vale NHS Foundation Trust", "Digital change request approved July 2023", "Q3 2024/25",
       "", "unknown"),
      ("Deliver a one-hour session on routine enquiry to all ward nursing staff",
       "Marlow Vale NHS Foundation Trust – Safeguarding Team",
       "Seven sessions held; 64% of ward staff attended by February 2024", "31/01/2024",
       "Ongoing – remaining staff booked on April 2024 sessions.", "in_progress"),
      ("Report the number of admissions where the question was asked to the Trust safeguarding "
       "group and to the Partnership's quality and performance subgroup every quarter",
       "Marlow Vale NHS Foundation Trust", "First report due", "Ongoing", "", "unknown")]),
    ("4", "Brindlecombe District Council should review how its housing options team records a "
     "disclosure of domestic abuse made by an older applicant.",
     "Brindlecombe District Council", "Local",
     [("Review the housing options interview script and add a prompt for a safeguarding referral",
       "Brindlecombe District Council – Housing Options", "Script mapped with the adult safeguarding lead.",
       "Nov-23", "Completed November 2023. Revised script in use from 13/11/2023.", "complete")]),
    ("5", "The Home Office should consider including abuse by adult children in the next revision "
     "of the statutory guidance for domestic homicide reviews.",
     "Home Office", "National",
     [("Chair of the Partnership to write to the Home Office setting out the learning from this review",
       "Brindlecombe CSP – Chair", "Letter drafted", "On publication",
       "Not started – awaiting publication of the report.", "not_started")]),
    ("6", "Brindlecombe Safeguarding Adults Board should assure itself that the learning from this "
     "review has reached every partner agency.",
     "Brindlecombe Safeguarding Adults Board", "Local",
     [("Hold a learning event for practitioners",
       "Brindlecombe SAB", "Venue booked; 90 places offered", "29/02/2024",
       "Completed 27/02/2024. 84 practitioners attended; evaluation positive.", "complete"),
      ("Produce a seven-minute briefing for GP practices",
       "Brindlecombe SAB", "Draft briefing written", "Summer 2024", "", "unknown")]),
]  # fmt: skip


def build() -> Path:
    doc = new_document("Brindlecombe DHR 'Maud' – Action Plan – OFFICIAL")
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(9)
    doc.add_paragraph("Brindlecombe Community Safety Partnership")
    doc.add_paragraph("Domestic Homicide Review into the death of 'Maud' (BCSP DHR 2022-05)")
    doc.add_paragraph("Action Plan")
    doc.add_paragraph(
        "This plan was agreed by the review panel on 14 December 2022 and is monitored by the "
        "Brindlecombe Domestic Abuse Strategic Board. Updates are as at March 2024."
    )
    t = table(doc, HEADERS, WIDTHS)
    for number, rec, _, scope, actions in PLAN:
        cells = [list(a[:5]) for a in actions]
        merged_rows(t, [0, 1], [f"{number}. {rec}", scope], cells)
    doc.add_paragraph()
    doc.add_paragraph("Plan owner: Brindlecombe CSP Domestic Abuse Coordinator. Version 3, March 2024.")
    return save_rendered(doc, HERE, STEM)


def gold() -> dict:
    recs, acts = [], []
    for number, rec, agency, scope, actions in PLAN:
        recs.append(ho_recommendation(number, rec, agency, scope))
        for action, lead, _, target, outcome, state in actions:
            act = ho_action(number, action, lead, target, outcome, state)
            if not outcome:
                act.update(status_raw=None, status="unknown")
            acts.append(act)
    return plan_gold(
        STEM,
        description=(
            "DHR action plan on the Home Office template (landscape Calibri 9): Recommendation | Scope "
            "of recommendation i.e. local or regional | Action to take | Lead Agency | Key milestones ... | "
            "Target Date | Date of completion and Outcome; recommendation and scope cells merged down over "
            "their actions, action cells without full stops, one action cell breaking over the page."
        ),
        review=review("DHR", "Brindlecombe", "Maud"),
        notes=(
            "Each row one action, its ref its recommendation's number; the status is the outcome cell's "
            "opening words, none where the outcome cell is empty."
        ),
        recommendations=recs,
        actions=acts,
    )


if __name__ == "__main__":
    print(build())
    save_gold(HERE, STEM, gold())
