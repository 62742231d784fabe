"""Build plan_ho_rag_colour_lead_runs_ashwinford: a DHR action plan on the Home Office template
whose Lead Agency cells are merged down over runs of actions with the same lead.

Landscape Liberation Serif 9 (the family of heldout40 family 4, our own content): the template's
seven columns and a "RAG" column printing only a colour name, Green / Amber / Red, read through a
bold key line above the table; the numbered Recommendation cell and its Scope merged down over
the recommendation's actions; no action refs; each Lead Agency cell merged down over a run of
consecutive actions with the same lead, as a partnership's officer tidies a plan: the runs cross
recommendation boundaries, and one crosses the page break, so the seventh action's lead prints
only on page 1, in the cell it shares with the sixth, while the seventh row breaks over the page
with the header printed again. All people, places and bodies are fictional; the wording is our
own.

    python tests/zoo/pending/build_plan_ho_rag_colour_lead_runs.py   # .docx, .pdf, .txt, .json
    /tmp/plumbvenv/bin/python dev/corpus_style.py DIR   # a folder holding its .pdf and .json
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx.shared import Cm

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # tests/, for the shared export steps
sys.path.insert(0, str(HERE.parent))  # tests/zoo/, for the plan tables' builders

from docx_build import HO_PLAN_HEADERS, add_row, make_table, merge_down, new_doc, para, set_landscape  # noqa: E402
from office_export import save_rendered  # noqa: E402
from plan_gold import action_record, iso, plan_gold, recommendation_record, review, save_gold  # noqa: E402

STEM = "plan_ho_rag_colour_lead_runs_ashwinford"
HEADERS = [*HO_PLAN_HEADERS, "RAG"]
WIDTHS = [5.0, 2.0, 4.6, 3.6, 3.6, 2.0, 3.6, 1.4]
RAG = {"Green": "complete", "Amber": "in_progress", "Red": "not_started"}

CSP = "Ashwinford Community Safety Partnership"
HOUSING = "Ashwinford Borough Council (Housing Services)"
TRUST = "Stellbrook Health NHS Foundation Trust"
ICB = "Westmark Integrated Care Board"

# (number, recommendation, agency, scope, [(action, milestones, target, outcome, rag)])
PLAN = [
    ("1", "Ashwinford Community Safety Partnership should make sure that staff in every partner agency "
     "recognise economic abuse by a partner and know where to refer a victim for specialist advice.",
     CSP, "Local",
     [("Commission a short briefing on economic abuse for frontline staff in partner agencies",
       "Briefing written with the local domestic abuse service", "31/03/2026",
       "Completed 12/03/2026 – briefing sent to 14 agencies", "Green"),
      ("Add economic abuse to the partnership's multi-agency domestic abuse training",
       "Trainers identified; two sessions booked", "May 2026", "", "Amber")]),
    ("2", "Ashwinford Community Safety Partnership should review its rent arrears protocol so that "
     "arrears with no obvious cause lead to a conversation about domestic abuse.",
     CSP, "Local",
     [("Review the rent arrears protocol with the registered housing providers",
       "First meeting held in January 2026", "30/06/2026", "", "Amber"),
      ("Add a question about domestic abuse to the arrears home visit checklist",
       "Checklist revised and tested with six officers", "31/01/2026",
       "Completed 28/01/2026 – checklist in use", "Green")]),
    ("3", "The Westmark Domestic Abuse Board should ask every district council in the county to "
     "check how its housing staff respond to arrears linked to abuse.",
     "Westmark Domestic Abuse Board", "Regional",
     [("Share the revised arrears checklist with the other district councils in Westmark",
       "Not yet started", "October 2026", "", "Red"),
      ("Raise the learning about economic abuse at the regional safeguarding leads' network and "
       "report back to the partnership",
       "Item placed on the network's agenda", "Ongoing", "", "Amber")]),
    ("4", "Stellbrook Health NHS Foundation Trust and Westmark Integrated Care Board should make sure "
     "that a patient's disclosure of financial control is recorded and shared with the GP.",
     TRUST, "Local",
     [("Amend the outpatient safeguarding template so that a disclosure of financial control is "
       "recorded as domestic abuse, with a prompt to tell the patient's GP and to offer a referral "
       "to the specialist service, and test the change in two outpatient clinics before it is used across "
       "the Trust",
       "Template change agreed by the digital board", "30/09/2026", "", "Amber"),
      ("Write to GP practices about coding disclosures of economic abuse",
       "Letter drafted", "May 2026", "", "Red"),
      ("Audit twenty GP records of patients who disclosed domestic abuse",
       "Audit tool agreed", "31/12/2026", "", "Red")]),
]  # fmt: skip

# each lead and the actions (1-based, in print order) its merged cell spans
LEAD_RUNS = [(CSP, 1, 3), (HOUSING, 4, 5), (TRUST, 6, 7), (ICB, 8, 9)]


def lead_of(index: int) -> str:
    return next(lead for lead, first, last in LEAD_RUNS if first <= index <= last)


def build() -> Path:
    doc = new_doc(
        footer_label="Ashwinford CSP – DHR ‘Delia’ – Action Plan – Page", font="Liberation Serif", size=10
    )
    section = doc.sections[0]
    set_landscape(section)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(1.8))
    para(doc, "Ashwinford Community Safety Partnership", bold=True, size=13)
    para(doc, "Domestic Homicide Review: ‘Delia’ – Action Plan", bold=True, size=12)
    para(
        doc,
        "The review panel agreed this plan in November 2025. Each lead agency updates its rows before the "
        "partnership's quarterly meeting; the position below is as at 20 February 2026.",
    )
    para(
        doc,
        "Delia was 58 when she was killed at her home in Ashwinford by her husband in March 2024. The review "
        "found that she had told several professionals that she had no money of her own, and that none of "
        "them recognised this as abuse. The recommendations below come from the overview report; the "
        "actions are those agreed with each lead agency, and a row is marked Green only once the partnership "
        "has seen evidence that the action is complete.",
    )
    para(
        doc,
        "Where one agency leads several actions in a row, its name is written once against all of them. "
        "The partnership's coordinator chases any action that is Red at two meetings running, and the "
        "partnership board receives this plan at each of its meetings until every action is Green.",
    )
    para(doc, "RAG rating:  Green = completed;  Amber = in progress;  Red = not started", bold=True, size=9)
    t = make_table(doc, HEADERS, WIDTHS, size=9)
    index = 0
    for number, rec, _, scope, actions in PLAN:
        first = len(t.rows)
        for action, milestones, target, outcome, rag in actions:
            index += 1
            add_row(
                t,
                [f"{number}. {rec}", scope, action, lead_of(index), milestones, target, outcome, rag],
                WIDTHS,
            )
        for col in (0, 1):
            merge_down(t, col, first, len(t.rows) - 1)
    for _, first, last in LEAD_RUNS:
        merge_down(t, 3, first, last)
    para(doc, "")
    para(
        doc,
        "Version 4 – February 2026. Progress is reported to the Ashwinford Community Safety Partnership board.",
    )
    return save_rendered(doc, HERE, STEM)


def gold() -> dict:
    recs, acts, index = [], [], 0
    for number, rec, agency, scope, actions in PLAN:
        recs.append(
            recommendation_record(
                number, " ".join(rec.split()[:12]), None, agency=agency, scope=scope.lower()
            )
        )
        for action, _, target, _, rag in actions:
            index += 1
            acts.append(
                action_record(
                    " ".join(action.split()[:8]),
                    None,
                    recommendation_ref=number,
                    lead=lead_of(index),
                    target_date_raw=target,
                    target_date=iso(target),
                    status_raw=rag,
                    status=RAG[rag],
                )
            )
    return plan_gold(
        STEM,
        description=(
            "DHR action plan on the Home Office template (landscape Liberation Serif 9) with a RAG column "
            "printing Green / Amber / Red under a bold key line; Recommendation and Scope cells merged down, "
            "no action refs, Lead Agency cells merged down over runs of actions with the same lead, across "
            "recommendation boundaries and across the page break."
        ),
        review=review("DHR", "Ashwinford", "Delia"),
        notes=(
            "One action per row, no ref; the lead of a merged Lead Agency run is every spanned action's "
            "lead (also across a recommendation boundary and the page break); the status is the RAG colour "
            "read through the key line: Green complete, Amber in progress, Red not started."
        ),
        recommendations=recs,
        actions=acts,
    )


if __name__ == "__main__":
    print(build())
    save_gold(HERE, STEM, gold())
