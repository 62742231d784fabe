"""Build dhr_plan_appendix_rag_progress_corbridge: a Community Safety Partnership's DHR action plan
whose position is given only in an appendix's progress table, keyed by action ref and rated RAG.

Portrait Carlito 10.5 (the second stand-in of heldout41 family 5's idea, another layout): the
recommendations as run-ins "Recommendation 1" ... "Recommendation 3", the plan Ref | Action | Owner |
Due with no status column (refs 1.1 ... 3.2, targets dd/mm/yyyy), then "Appendix 1: Progress
against the plan" with a bold RAG key line and a table Action ref | Progress since last report |
RAG whose rows are grouped by rating (the greens first), not in the plan's order, and which gives
no row for one action (its status stays unknown). All people, places and bodies are fictional;
the wording is our own.

    python tests/zoo/pending/build_dhr_plan_appendix_rag_progress.py   # .docx, .pdf, .txt, .json
    /tmp/plumbvenv/bin/python dev/corpus_style.py DIR   # a folder holding its .pdf and .json
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from plan_gold import iso, review, save_gold  # noqa: E402
from progress_table_plan import ProgressPlan, build_plan, plan_gold_of  # noqa: E402

CSP = "Corbridge Community Safety Partnership"

SPEC = ProgressPlan(
    stem="dhr_plan_appendix_rag_progress_corbridge",
    font="Carlito",
    size=10.5,
    landscape=False,
    margins_cm=2.2,
    footer="Corbridge CSP | DHR ‘Maureen’ | Action plan",
    running_head="Corbridge Community Safety Partnership",
    title=["Domestic Homicide Review: ‘Maureen’", "Action plan and position statement, October 2025"],
    opening=[
        "Maureen was 64 when she was killed by her husband at their home in Corbridge in 2023. The review "
        "panel made three recommendations, which the partnership accepted. The plan below sets out the "
        "actions agreed with each owner; the position on each action is given in Appendix 1.",
    ],
    recommendations=[
        (
            "Recommendation 1",
            "Corbridge Community Safety Partnership should make sure that GP practices know how to refer "
            "an older victim of domestic abuse to the specialist service.",
        ),
        (
            "Recommendation 2",
            "The Partnership should ask the hospital trust to include domestic abuse in its falls "
            "assessment for patients over sixty.",
        ),
        (
            "Recommendation 3",
            "The Partnership should raise awareness among carers' groups that abuse by a partner can "
            "continue or begin in later life.",
        ),
    ],
    plan_heading="Action plan",
    plan_headers=["Ref", "Action", "Owner", "Due"],
    plan_widths=[1.3, 8.6, 4.4, 2.7],
    actions=[
        (
            "1.1",
            "Send every GP practice a one-page guide to the referral route",
            "DHR Coordinator",
            "30/11/2025",
        ),
        ("1.2", "Add older victims to the GP safeguarding leads' training", "Designated GP", "31/03/2026"),
        (
            "2.1",
            "Agree a domestic abuse question for the falls assessment",
            "Trust Safeguarding Lead",
            "31/01/2026",
        ),
        (
            "2.2",
            "Audit twenty falls assessments for the new question",
            "Trust Safeguarding Lead",
            "30/06/2026",
        ),
        (
            "3.1",
            "Give a talk at each of the three carers' forums",
            "Domestic Abuse Service Manager",
            "31/12/2025",
        ),
        (
            "3.2",
            "Print a leaflet for carers with the helpline number",
            "Communications Officer",
            "28/02/2026",
        ),
        (
            "3.3",
            "Add a page on abuse in later life to the partnership website",
            "Communications Officer",
            "31/10/2025",
        ),
    ],
    between=[
        "Owners report on their actions to the partnership's DHR Steering Group each quarter. An action is "
        "rated Green only once the group has seen evidence that it is complete.",
    ],
    progress_heading="Appendix 1: Progress against the plan",
    key_line="RAG: Green = complete; Amber = in progress; Red = not started",
    progress_headers=["Action ref", "Progress since last report", "RAG"],
    progress_widths=[2.2, 12.6, 2.2],
    progress=[
        ("1.1", "Guide sent to all 19 practices on 14 October.", "Green"),
        ("3.3", "Page published in September.", "Green"),
        ("1.2", "Session written; first training date set for February.", "Amber"),
        ("2.1", "Question drafted and with the falls team for comment.", "Amber"),
        ("3.1", "Two of the three talks given.", "Amber"),
        ("2.2", "Waits for the question in 2.1 to be in use.", "Red"),
    ],
    after=[
        "Action 3.2 was added at the Steering Group's last meeting and will be reported on next time.",
        "The Steering Group will next review this plan in January 2026.",
    ],
    states={"Green": "complete", "Amber": "in_progress", "Red": "not_started"},
    lead_column=2,
    review_fields={"review": review("DHR", "Corbridge", "Maureen", age=64), "target_iso": iso},
)


def gold() -> dict:
    return plan_gold_of(
        SPEC,
        description=(
            "CSP DHR action plan (portrait Carlito 10.5): run-in recommendations, a plan Ref | Action | "
            "Owner | Due with no status column, and an appendix progress table Action ref | Progress "
            "since last report | RAG under a key line, its rows grouped by rating, one action with no row."
        ),
        notes=(
            "One action per plan row, lead the Owner; its status is the appendix row with the same action "
            "ref read through the key (Green complete, Amber in progress, Red not started); action 3.2 has no "
            "appendix row, so its status is unknown; the appendix rows are not actions."
        ),
    )


if __name__ == "__main__":
    print(build_plan(SPEC))
    save_gold(HERE, SPEC.stem, gold())
