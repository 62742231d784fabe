"""Build a zoo standalone Safeguarding Adults Board action plan for a SAR whose table carries a
Priority column between the recommendation and the actions, the recommendation cells merged down
over their actions' rows and one action's row split over the page break.

sab_sar_plan_priority_rag_progress_col_dotted_targets: a landscape SAB action plan (Nimbus Sans
Narrow 9): a "Reading the plan" key (Priority High / Medium / Low; RAG words), "What has changed
already" bullets and a count line
above one table Rec | Recommendation | Priority (H/M/L) | Ref | Action | Lead |
Target date | Progress at March 2026 | RAG, the Rec, recommendation and priority cells merged down,
action refs "2B", targets dd.mm.yy ("30.06.26"), the RAG cell a word (Complete / On track /
Delayed / Not started) last; action 3a's long row breaks over the page, the header repeated.

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_sab_sar_plan_priority_rag_progress_col_dotted_targets.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py DIR   # the corpus-text rendering (see the README)
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parent))

from docx.shared import Cm  # noqa: E402
from docx_build import add_row, make_table, merge_down, new_doc, para, set_landscape  # noqa: E402
from office_export import save_rendered  # noqa: E402
from plan_gold import action_record, line_holding, plan_gold, recommendation_record, review, save_gold  # noqa: E402

STEM = "sab_sar_plan_priority_rag_progress_col_dotted_targets"
FONT = "Nimbus Sans Narrow"
# what each RAG word means, as the plan's key says
STATES = {
    "Complete": "complete",
    "On track": "in_progress",
    "Delayed": "in_progress",
    "Not started": "not_started",
}
PROGRESS = (
    "Draft circulated to partners in February 2026; comments due back by the end of April "
    "and the final version goes to the Board's June meeting for sign off. Two partners have "
    "asked for an extra session on the tenancy questions, which the business unit is arranging. "
    "The subgroup chair will report on the sessions at the next meeting of the subgroup, and the "
    "changes they lead to will be tracked in the Board's risk log until the guidance is agreed. "
    "A short briefing for front-line managers will follow once the guidance has been signed off, "
    "and the first of the managers' sessions has been booked for the week after the Board meets."
)
# (number, recommendation, priority, [(ref, action, lead, target, progress, rag), ...])
RECS = [
    (
        "1",
        "The Board should ask every partner to check that staff who visit an adult at home record "
        "who else lives there and what care they give.",
        "High",
        [
            (
                "1A",
                "Add a household members prompt to the home visit record used by adult social care",
                "Head of Adult Social Care, Fenwick Borough Council",
                "31.01.26",
                "Prompt live on the case recording system since January.",
                "Complete",
            ),
            (
                "1B",
                "Audit twenty home visit records for the prompt's use and report the findings",
                "Quality Assurance Subgroup",
                "30.06.26",
                "Audit sample drawn; fieldwork begins in April.",
                "On track",
            ),
        ],
    ),
    (
        "2",
        "Partners should agree how a carer's own needs are assessed when the person they look after "
        "refuses services.",
        "Medium",
        [
            (
                "2A",
                "Write a carers' assessment step into the multi-agency self-neglect guidance",
                "Policy and Procedures Subgroup",
                "30.09.26",
                "Working group meets monthly; first draft late.",
                "Delayed",
            ),
            (
                "2B",
                "Brief GP practice leads on offering carers' assessments",
                "Designated Nurse, Fenwick Integrated Care Board",
                "31.12.26",
                "Not due to begin until the guidance is agreed.",
                "Not started",
            ),
        ],
    ),
    (
        "3",
        "The Board should make sure that housing providers know when and how to raise a "
        "safeguarding concern about a tenant who is not seen for several weeks, and that their "
        "staff can find the pathway quickly, including out of hours and at weekends when the "
        "usual contacts are not at work, and that the pathway is checked with tenants' groups.",
        "High",
        [
            (
                "3A",
                "Publish joint guidance with Pellham Housing on welfare checks for tenants who are not "
                "seen, covering who makes the check, how quickly, what to do when there is no answer, "
                "when to call the police and when to raise a safeguarding concern",
                "Board Business Manager",
                "31.05.26",
                PROGRESS,
                "Delayed",
            ),
        ],
    ),
    (
        "4",
        "Agencies should share the learning from this review with their staff.",
        "Low",
        [
            (
                "4A",
                "Publish a seven-minute briefing on the review and send it to every partner",
                "Learning and Development Subgroup",
                "31.03.26",
                "Briefing published in March.",
                "Complete",
            )
        ],
    ),
]
HEADERS = [
    "Rec",
    "Recommendation",
    "Priority (H/M/L)",
    "Ref",
    "Action",
    "Lead",
    "Target date",
    "Progress at March 2026",
    "RAG",
]
WIDTHS = [1.0, 4.4, 1.6, 1.3, 4.6, 3.3, 1.7, 5.4, 1.9]
SIZE = 9


def key(doc) -> None:
    para(doc, "Reading the plan", bold=True, size=11)
    para(
        doc,
        "Priority: High – to be done within six months; Medium – within twelve months; Low – when capacity allows.",
    )
    para(
        doc,
        "RAG: Complete (blue) – finished and evidenced; On track (green) – on course for the target date; "
        "Delayed (amber) – the target date will slip; Not started (red).",
    )
    para(doc, "What has changed already", bold=True, size=10)
    for item in (
        "The adult social care duty team now asks about carers at the first contact.",
        "Pellham Housing has named a safeguarding lead for each of its estates.",
    ):
        para(doc, "• " + item)
    para(doc, "The review made 4 recommendations; the Board agreed 6 actions, 2 of them complete.")


def plan(doc) -> None:
    t = make_table(doc, HEADERS, WIDTHS, size=SIZE)
    row = 1
    for number, text, priority, rows in RECS:
        first = row
        for ref, action, lead, target, progress, rag in rows:
            add_row(t, [number, text, priority, ref, action, lead, target, progress, rag], WIDTHS, size=SIZE)
            row += 1
        for col in range(3):
            merge_down(t, col, first, row - 1, size=SIZE)


def build() -> None:
    doc = new_doc(
        header="Fenwick SAB | SAR Mrs Adeyemi | Action plan", footer_label="Fenwick SAB", font=FONT, size=SIZE
    )
    sec = doc.sections[0]
    set_landscape(sec)
    sec.left_margin = sec.right_margin = Cm(1.8)
    para(doc, "Fenwick Safeguarding Adults Board", bold=True, size=14)
    para(doc, "Safeguarding Adults Review: Mrs Adeyemi – Action plan", bold=True, size=12)
    para(doc, "Position at March 2026, agreed by the SAR Subgroup")
    key(doc)
    para(doc, "")
    plan(doc)
    para(doc, "The plan is reviewed at each meeting of the SAR Subgroup until every action is complete.")
    save_rendered(doc, HERE, STEM)


def iso(raw: str) -> str:
    day, month, year = raw.split(".")
    return f"20{year}-{month}-{day}"


def gold() -> dict:
    lines = (HERE / f"{STEM}.txt").read_text(encoding="utf-8").splitlines()
    recs = [
        recommendation_record(
            number, " ".join(text.split()[:8]), line_holding(lines, text, 3), agency=None, scope=None
        )
        for number, text, _, _ in RECS
    ]
    actions = [
        action_record(
            " ".join(action.split()[:8]),
            line_holding(lines, action, 3),
            ref=ref,
            recommendation_ref=number,
            lead=lead,
            target_date_raw=target,
            target_date=iso(target),
            status_raw=rag,
            status=STATES[rag],
        )
        for number, _, _, rows in RECS
        for ref, action, lead, target, _, rag in rows
    ]
    return plan_gold(
        STEM,
        description=(
            "standalone SAB action plan for a SAR (Word, landscape, Nimbus Sans Narrow 9): a key of Priority "
            "and RAG words, one table Rec | Recommendation | Priority (H/M/L) | Ref | Action | Lead | "
            "Target date | Progress at March 2026 | RAG, the first three cells merged down, refs '1a', targets "
            "dd.mm.yy, action 3a's row split over the page break"
        ),
        review=review("SAR", "Fenwick", "Mrs Adeyemi", doc_kind="action_plan"),
        review_alternatives={"area": ["Fenwick Safeguarding Adults Board", "Fenwick SAB"]},
        recommendations=recs,
        actions=actions,
        notes=(
            "Each table row is an action; the merged No. and SAR recommendation cells are the recommendations. "
            "The Priority cell (High / Medium / Low) is neither the status nor the action, and the Progress "
            "cell is not the status. RAG: Complete -> complete; Green, Amber, Red -> in_progress (the key says "
            "they are under way); Not yet started -> not_started. Targets dd.mm.yy -> the day."
        ),
    )


if __name__ == "__main__":
    build()
    save_gold(HERE, STEM, gold())
    print("wrote", f"{STEM}.json")
