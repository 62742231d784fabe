"""Build plan_ho_bands_before_actions_wrenmouth: a DHR action plan on the Home Office template whose
rows' lead, milestone, date and outcome cells plain pdftotext prints as bands before the run of
action cells they belong to.

Landscape, Arial 9 in the table: No. | Recommendation | Scope of recommendation i.e. local or
regional | Action to take | Lead Agency | Key milestones achieved in enacting recommendation |
Target Date | Date of completion and Outcome, the number, recommendation and scope cells merged
down over a recommendation's actions. A recommendation with three actions holds long
recommendation text, so its actions' short cells stand level with the merged cell and print as
bands before the actions; two rows share one wrapped lead printed as one block. All people,
places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_plan_ho_bands_before_actions.py   # .docx, .pdf, .txt, .json
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # tests/, for the shared export steps
sys.path.insert(0, str(HERE.parent))  # tests/zoo/, for the plan tables' builders

from docx_build import add_row, heading, landscape_section, make_table, merge_down, new_doc, para  # noqa: E402
from office_export import save_rendered  # noqa: E402
from plan_gold import ho_action, ho_recommendation, plan_gold, review, save_gold  # noqa: E402

STEM = "plan_ho_bands_before_actions_wrenmouth"
HEADERS = [
    "No.",
    "Recommendation",
    "Scope of recommendation i.e. local or regional",
    "Action to take",
    "Lead Agency",
    "Key milestones achieved in enacting recommendation",
    "Target Date",
    "Date of completion and Outcome",
]
WIDTHS = [1.0, 5.0, 2.0, 4.6, 3.0, 3.6, 2.4, 4.4]

# (number, recommendation, agency, scope, [(action, lead, milestones, target, outcome, status)])
PLAN = [
    ("1", "Wrenmouth Community Safety Partnership should publish a short guide for practitioners on "
     "spotting abuse through technology and share it with every partner agency.",
     "Wrenmouth Community Safety Partnership", "Local",
     [("Write the technology abuse guide with the local specialist service.", "Wrenmouth CSP",
       "Draft guide shared with the panel.", "April 2024",
       "Completed 02/04/2024 - guide published on the partnership website.", "complete"),
      ("Run two online briefings on the guide for frontline staff.", "Wrenmouth CSP Training Officer",
       "First briefing booked.", "August 2024", "Ongoing - second briefing set for July.", "in_progress")]),
    ("2", "Tarnholt Police should make sure that control room staff ask whether a caller's phone or car "
     "is being tracked by the person they are reporting.",
     "Tarnholt Police", "Local",
     [("Add a question on tracking to the call handling script.", "Tarnholt Police - Control Room",
       "Script change approved.", "31/07/2024", "Completed. Script live from 3 June 2024.", "complete")]),
    ("3", "Wrenmouth District Council Housing Options should offer every applicant who discloses "
     "domestic abuse a safety check of their phone and accounts, with a trained officer and without "
     "a family member present.",
     "Wrenmouth District Council", "Local",
     [("Revise the housing options procedure to offer the safety check.", "Housing Options Manager",
       "Procedure redrafted.", "October 2024", "Completed October 2024 - procedure issued.", "complete"),
      ("Check fifteen case files to see whether the check was offered and recorded.",
       "Housing Quality Officer", "Audit tool agreed.", "Q4 2024/25",
       "Not started - audit due in the new year.", "not_started"),
      ("Brief front desk staff on booking a private room for the check.", "Housing Options Manager",
       "Briefing notes written.", "January 2025", "Ongoing - two of three teams briefed.", "in_progress")]),
    ("4", "The Home Office should consider adding technology-facilitated abuse to the statutory "
     "guidance on risk assessment.",
     "Home Office", "National",
     [("Chair of the Partnership to write to the Home Office with the findings of this review.",
       "Wrenmouth CSP (Chair)", "Letter drafted.", "Within two months of publication",
       "Not started - waiting for publication.", "not_started")]),
    ("5", "Wrenmouth Primary Care Network should remind practices to ask about monitoring and control "
     "when a patient presents with anxiety linked to a partner.",
     "Wrenmouth Primary Care Network", "Local",
     [("Issue a safeguarding bulletin item on technology abuse to all practices.",
       "Network Safeguarding Lead GP", "Bulletin item written.", "June 2024",
       "Completed June 2024 - sent to 14 practices.", "complete"),
      ("Include technology abuse in the annual practice safeguarding audit.",
       "Network Safeguarding Lead GP", "Audit question drafted.", "April 2025",
       "Ongoing - audit opens in March.", "in_progress")]),
]  # fmt: skip


def build() -> Path:
    doc = new_doc()
    heading(doc, "Wrenmouth Community Safety Partnership", 0)
    para(doc, "Domestic Homicide Review WCSP/DHR/2023/04 - death of Mrs Orla Bexley (pseudonym)", bold=True)
    para(
        doc,
        "This plan answers the recommendations of the overview report. Where a recommendation needs more "
        "than one action, the number, recommendation and scope cells span all of its actions.",
    )
    landscape_section(doc)
    t = make_table(doc, HEADERS, WIDTHS, size=9)
    row = 1
    for number, rec, _, scope, actions in PLAN:
        for action, lead, milestones, target, outcome, _ in actions:
            add_row(t, [number, rec, scope, action, lead, milestones, target, outcome], WIDTHS, size=9)
        for col in (0, 1, 2):
            merge_down(t, col, row, row + len(actions) - 1, size=9)
        row += len(actions)
    para(doc, "Plan owner: Wrenmouth CSP Business Manager. Next review: February 2025.", size=9)
    return save_rendered(doc, HERE, STEM)


def gold() -> dict:
    recs, acts = [], []
    for number, rec, agency, scope, actions in PLAN:
        recs.append(ho_recommendation(number, rec, agency, scope))
        for action, lead, _, target, outcome, state in actions:
            acts.append(ho_action(number, action, lead, target, outcome, state))
    return plan_gold(
        STEM,
        description=(
            "DHR action plan on the Home Office template (landscape, Arial 9 table): No. | Recommendation | "
            "Scope of recommendation i.e. local or regional | Action to take | Lead Agency | Key milestones ... "
            "| Target Date | Date of completion and Outcome; number, recommendation and scope merged down."
        ),
        review=review("DHR", "Wrenmouth", "Orla Bexley"),
        notes="Each row one action, its ref its recommendation's number; the status the outcome's opening words.",
        recommendations=recs,
        actions=acts,
    )


if __name__ == "__main__":
    print(build())
    save_gold(HERE, STEM, gold())
