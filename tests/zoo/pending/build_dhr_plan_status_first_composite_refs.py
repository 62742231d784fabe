"""Build the pending zoo document `dhr_plan_status_first_composite_refs`: a standalone DHR action
plan whose first column is each action's status and whose refs join the review's code, the
recommendation and the action ("WH4/R2/A1").

Portrait Liberation Serif 8.5. Page 1 is prose only: how the plan is kept, what a ref means (with
an example ref in the sentence) and one sentence on good practice the panel saw (not a
recommendation). Page 2: a status key line, then Status | Ref | Recommendation | Action | Lead
agency | Deadline; each recommendation cell ("R1. ...") merged down over its actions' rows.
Statuses "Embedded" / "Implemented" (complete), "In train" (in progress), "Not yet due" (not
started); deadlines "30.9.25" (d.m.yy).

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_dhr_plan_status_first_composite_refs.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py tests/zoo/pending   # the corpus-text rendering
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # tests/, for the shared export steps

from docx_build import add_row, make_table, merge_down, new_doc, page_break, para  # noqa: E402
from office_export import save_with_gold  # noqa: E402

sys.path.insert(0, str(HERE.parent))  # tests/zoo, for the gold records
from plan_gold import action_record, line_holding, plan_gold, recommendation_record, review  # noqa: E402

STEM = "dhr_plan_status_first_composite_refs"
CODE = "WH4"
STATES = {
    "Embedded": "complete",
    "Implemented": "complete",
    "In train": "in_progress",
    "Not yet due": "not_started",
}
# (recommendation number, its sentence, [(status, action no., action, lead, deadline), ...])
RECS = [
    (
        "R1",
        "Wexholm Police should make sure that call handlers check for earlier domestic abuse "
        "reports at the address before a call is graded.",
        [
            (
                "Embedded",
                "A1",
                "Add an address history prompt to the call grading screen.",
                "Wexholm Police",
                "31.3.25",
            ),
            ("Implemented", "A2", "Brief every call handler on the new prompt.", "Wexholm Police", "30.4.25"),
        ],
    ),
    (
        "R2",
        "The Partnership should raise awareness of coercive control among staff in GP practices "
        "across the borough.",
        [
            (
                "In train",
                "A1",
                "Deliver a lunchtime session on coercive control in each GP practice.",
                "Integrated Care Board",
                "30.9.25",
            ),
            (
                "Not yet due",
                "A2",
                "Audit twenty patient records for routine enquiry about abuse.",
                "Integrated Care Board",
                "31.3.26",
            ),
            (
                "In train",
                "A3",
                "Name a domestic abuse lead in every practice.",
                "Integrated Care Board",
                "31.12.25",
            ),
        ],
    ),
    (
        "R3",
        "Wexholm Housing should share information with the risk conference whenever a tenant "
        "reports abuse by a partner.",
        [
            (
                "Implemented",
                "A1",
                "Write the referral step into the tenancy procedure.",
                "Wexholm Housing",
                "31.5.25",
            ),
            (
                "Not yet due",
                "A2",
                "Check a sample of referrals after six months.",
                "Wexholm Housing",
                "28.2.26",
            ),
        ],
    ),
]
HEADERS = ["Status", "Ref", "Recommendation", "Action", "Lead agency", "Deadline"]
WIDTHS = [2.3, 2.0, 4.2, 4.1, 2.4, 1.7]


def _deadline(raw: str) -> str:
    day, month, year = raw.split(".")
    return f"20{year}-{int(month):02d}-{int(day):02d}"


def gold(lines: list[str]) -> dict:
    recommendations = [
        recommendation_record(no, text[:60], line_holding(lines, text, 4), agency=text.split(" should")[0])
        for no, text, _ in RECS
    ]
    actions = [
        action_record(
            action.rstrip(".")[:40],
            line_holding(lines, action, 4),
            ref=f"{CODE}/{no}/{act}",
            recommendation_ref=no,
            lead=lead,
            target_date_raw=due,
            target_date=_deadline(due),
            status_raw=state,
            status=STATES[state],
        )
        for no, _, rows in RECS
        for state, act, action, lead, due in rows
    ]
    return plan_gold(
        STEM,
        description=(
            "A standalone DHR plan, portrait Liberation Serif 8.5: page 1 prose (an example ref, a good-practice "
            "sentence), page 2 a status key line and Status | Ref | Recommendation | Action | Lead agency | Deadline, "
            "the status the first column (Embedded / Implemented / In train / Not yet due), composite refs "
            "'WH4/R1/A1', the 'R1. ...' recommendation cell merged over its actions, deadlines d.m.yy."
        ),
        review=review("DHR", "Wexholm", "Tamsin", review_id="Wexholm DHR 4"),
        recommendations=recommendations,
        actions=actions,
        notes=(
            "Recommendations: the merged cells, ref R1-R3. Actions: one a row, ref the composite code, the "
            "first column the status. Not records: the example ref on page 1, the good-practice sentence, "
            "the status key."
        ),
    )


def build(folder: Path = HERE) -> None:
    doc = new_doc(font="Liberation Serif", size=8.5, footer_label="Wexholm DHR 4 – action plan")
    para(doc, "Wexholm Community Safety Partnership", bold=True, size=12)
    para(doc, "Domestic Homicide Review 4 (Tamsin): action plan", bold=True, size=11)
    para(
        doc,
        "This plan sets out what each agency agreed to do after the review into the death of Tamsin. "
        "The Partnership's review group checks it at every meeting and agencies send their evidence to "
        "the Partnership officer before the group meets.",
    )
    para(
        doc,
        "Every action carries a reference made of the review's code, the recommendation and the action: "
        f"{CODE}/R3/A2, for example, is the second action agreed under the third recommendation.",
    )
    para(
        doc,
        "The panel noted good practice by the ambulance crew, who stayed with Tamsin's children until a "
        "relative arrived; this is shared with the service and is not an action for the plan.",
    )
    page_break(doc)
    para(
        doc,
        "Status key: Embedded – complete and part of routine practice; Implemented – complete; "
        "In train – under way; Not yet due – work starts later.",
        italic=True,
    )
    t = make_table(doc, HEADERS, WIDTHS, size=8.5)
    row = 1
    for no, text, rows in RECS:
        first = row
        for state, act, action, lead, due in rows:
            add_row(t, [state, f"{CODE}/{no}/{act}", f"{no}. {text}", action, lead, due], WIDTHS, size=8.5)
            row += 1
        merge_down(t, 2, first, row - 1, size=8.5)
    para(doc, "Plan agreed by the Partnership Board in January 2025.")
    save_with_gold(doc, folder, STEM, gold)


if __name__ == "__main__":
    build()
