"""Build plan_ho_numbered_scope_late: a DHR action plan on the Home Office template with an
unheaded number column, whose next recommendation's scope prints between an action and the
lead cells below it.

A portrait title page, then a landscape section (Arial 8 in the table): (no name) |
Recommendation | Scope of recommendation i.e. local or regional | Action to take | Lead Agency |
Key milestones achieved in enacting recommendation | Target Date | Date of completion and
Outcome, the number, recommendation and scope cells merged down over a recommendation's actions.
Plain pdftotext prints the table as column blocks in an order of its own: on the second page a
national recommendation's one action is followed by the next recommendation's scope ("Local")
and then a lead cell of a later row, so a lead printed after a scope cell is no lead of the
action before it. All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_plan_ho_numbered_scope_late.py   # .docx, .pdf, .txt, .json
    /tmp/plumbvenv/bin/python dev/corpus_style.py DIR   # a folder holding its .pdf and .json
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

STEM = "plan_ho_numbered_scope_late"
HEADERS = [
    "",
    "Recommendation",
    "Scope of recommendation i.e. local or regional",
    "Action to take",
    "Lead Agency",
    "Key milestones achieved in enacting recommendation",
    "Target Date",
    "Date of completion and Outcome",
]
WIDTHS = [0.8, 4.6, 1.9, 4.3, 2.7, 3.3, 2.1, 3.9]

# (number, recommendation, agency, scope, [(action, lead, milestones, target, outcome, status)])
PLAN = [
    ("1", "Harrowby Community Safety Partnership should run a campaign that speaks directly to older "
     "residents and their families about abuse at home.",
     "Harrowby Community Safety Partnership", "Local",
     [("Write campaign leaflets with the Over-65s Network and hand them out through libraries, "
       "pharmacies and GP surgeries.", "Harrowby CSP", "Leaflets drafted; Network consulted in May 2023.",
       "November 2023", "Completed 28/11/2023 leaflets given out during the 16 Days of Action.", "complete"),
      ("Measure the campaign's reach through a short survey of Network members and carers' groups.",
       "Harrowby CSP Domestic Abuse Coordinator", "Survey questions agreed.", "May 2024",
       "Ongoing - survey closes at the end of April 2024.", "in_progress")]),
    ("2", "Corrin Vale Police should ensure that officers attending a domestic incident where the victim "
     "is over 65 complete the risk assessment in full and record the victim's care needs.",
     "Corrin Vale Police", "Local",
     [("Issue a briefing to response officers and add a care-needs question to the incident form.",
       "Corrin Vale Police - Public Protection", "Briefing drafted; system change requested.", "29/02/2024",
       "Completed. Form changed 05/02/2024; a dip sample of 35 incidents found care needs recorded in 31.",
       "complete")]),
    ("3", "All GP practices in Harrowby should record who comes with a patient to an appointment and "
     "offer the patient time alone with the clinician.",
     "GP practices in Harrowby", "Local",
     [("Send a safeguarding bulletin to every practice on recording who comes with a patient.",
       "Harrowby Integrated Care Board Safeguarding Team", "Bulletin written with the Named GP.",
       "October 2023", "Completed October 2023 - bulletin sent to all 22 practices.", "complete"),
      ("Add the 'time alone' standard to the yearly safeguarding self-audit that practices complete.",
       "Harrowby Integrated Care Board Safeguarding Team", "Audit tool changed.", "Q4 2023/24",
       "Ongoing. First audit round due to report in March 2024.", "in_progress")]),
    ("4", "The Home Office should consider changing the statutory guidance so that reviews into the "
     "death of an older person are always shared with the Safeguarding Adults Board.",
     "Home Office", "National",
     [("Chair of the Partnership to write to the Home Office setting out this recommendation.",
       "Harrowby CSP (Chair)", "", "Within one month of publication",
       "Not started - waiting for the overview report to be published.", "not_started")]),
    ("5", "Harrowby Borough Council Adult Social Care should review its carers' assessment so that "
     "abuse by a carer is considered and the cared-for person is offered a talk without the carer there.",
     "Harrowby Borough Council Adult Social Care", "Local",
     [("Change the carers' assessment procedure and form to add a question on domestic abuse and "
       "guidance on speaking to the cared-for person alone. Brief team managers on the change and "
       "check use of the new question through supervision and the quarterly case file audit. Ask "
       "the Carers' Hub for its views on the wording before the form goes live in every team.",
       "Harrowby Borough Council Adult Social Care",
       "Task and finish group set up in August 2023. Draft form tried in two locality teams from "
       "December 2023. Practitioner views gathered in February 2024 and wording changed with the "
       "Carers' Hub. Principal Social Worker has agreed a briefing for team managers.",
       "31 May 2024",
       "Ongoing - trial extended to August 2024 after practitioners asked for clearer guidance on "
       "when to see the cared-for person alone.", "in_progress")]),
    ("6", "Corrin Vale and Harrowby NHS Foundation Trust should ensure that emergency department staff "
     "are trained to recognise domestic abuse of older patients, including abuse by adult children.",
     "Corrin Vale and Harrowby NHS Foundation Trust", "Local",
     [("Add a module on the abuse of older people to the emergency department's mandatory "
       "safeguarding training.",
       "Corrin Vale and Harrowby NHS Foundation Trust - Named Nurse for Safeguarding Adults",
       "Module written and approved by the Trust Safeguarding Committee.", "Feb-24",
       "Completed - module live on the e-learning system since 4 March 2024; 68% of staff have completed it.",
       "complete"),
      ("Report completion of the new module to the Trust Safeguarding Committee each quarter.",
       "Corrin Vale and Harrowby NHS Foundation Trust - Named Nurse for Safeguarding Adults", "",
       "Quarterly from April 2024", "", "unknown")]),
    ("7", "Harrowby Community Safety Partnership and Harrowby Safeguarding Adults Board should agree "
     "a joint protocol for deciding whether a death is reviewed as a Domestic Homicide Review, a "
     "Safeguarding Adults Review or a joint review.",
     "Harrowby Community Safety Partnership", "Local",
     [("Draft and agree a joint decision-making protocol between the two boards.",
       "Harrowby CSP and Harrowby SAB", "Draft considered by both business managers.", "31.12.23",
       "Completed 14/12/2023 protocol signed off by both boards.", "complete")]),
    ("8", "Greyfold Homes should ensure that its housing officers know how to raise a concern about "
     "the abuse of an older tenant with adult safeguarding.",
     "Greyfold Homes", "Local",
     [("Brief all housing officers and add the safeguarding referral route to the tenancy visit checklist.",
       "Greyfold Homes", "", "TBC", "", "unknown")]),
]  # fmt: skip


def build() -> Path:
    doc = new_doc()
    heading(doc, "Harrowby Community Safety Partnership", 0)
    para(doc, "Domestic Homicide Review HCSP/DHR/2022/07", bold=True, size=13)
    para(doc, "Death of Mrs Ada Pellow (pseudonym), aged 83, in January 2022", size=12)
    para(doc, "Action Plan", bold=True, size=14)
    para(
        doc,
        "This action plan goes with the overview report written by the independent chair. It follows "
        "the Home Office template. Each numbered row is one recommendation of the overview report; "
        "where a recommendation needs more than one action, the actions are shown on separate lines "
        "against the same number. The plan was agreed by the Partnership on 12 June 2023.",
    )
    landscape_section(doc)
    t = make_table(doc, HEADERS, WIDTHS, size=8)
    row = 1
    for number, rec, _, scope, actions in PLAN:
        for action, lead, milestones, target, outcome, _ in actions:
            add_row(t, [number, rec, scope, action, lead, milestones, target, outcome], WIDTHS, size=8)
        for col in (0, 1, 2):
            merge_down(t, col, row, row + len(actions) - 1, size=8)
        row += len(actions)
    para(doc, "Plan owner: Harrowby CSP Business Manager. Next update due: October 2024.", size=9)
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
            "DHR action plan on the Home Office template (landscape, Arial 8 table) after a portrait title "
            "page: an unheaded number column, Recommendation | Scope of recommendation i.e. local or "
            "regional | Action to take | Lead Agency | Key milestones ... | Target Date | Date of completion "
            "and Outcome; number, recommendation and scope merged down over their actions."
        ),
        review=review("DHR", "Harrowby", "Ada Pellow", age=83),
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
