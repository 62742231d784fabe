"""Build the pending zoo document `dhr_plan_status_first_broken_status`: a standalone DHR action
plan whose first column is each action's status, set narrow in a wide face (URW Bookman 8.5) so
that the longest status word breaks over two printed lines ("Implement" over "ed"), with
composite refs joining the review's code, the recommendation and the action ("FS2/R1/A2").

Portrait. A short introduction, a status key line, then Status | Ref | Recommendation | Action |
Lead agency | Deadline; each recommendation cell ("R1. ...") merged down over its actions' rows.
Statuses "Embedded" / "Implemented" (complete), "In train" (in progress), "Not yet due" (not
started); deadlines "31.7.25" (d.m.yy). In corpus text the broken status prints its rest at the
head of the row's second line, before the recommendation's words.

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_dhr_plan_status_first_broken_status.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py tests/zoo/pending   # the corpus-text rendering
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # tests/, for the shared export steps
sys.path.insert(0, str(HERE))  # the family's first builder, for its status words and dates

from build_dhr_plan_status_first_composite_refs import STATES, _deadline  # noqa: E402
from docx_build import add_row, make_table, merge_down, new_doc, para  # noqa: E402
from office_export import save_with_gold  # noqa: E402

sys.path.insert(0, str(HERE.parent))  # tests/zoo, for the gold records
from plan_gold import action_record, line_holding, plan_gold, recommendation_record, review  # noqa: E402

STEM = "dhr_plan_status_first_broken_status"
CODE = "FS2"
# (recommendation number, its sentence, [(status, action no., action, lead, deadline), ...])
RECS = [
    (
        "R1",
        "Fellstow Adult Social Care should offer a carer's assessment to every relative who "
        "lives with and looks after a person with dementia.",
        [
            (
                "Implemented",
                "A1",
                "Add a carer prompt to the dementia referral form.",
                "Adult Social Care",
                "31.7.25",
            ),
            (
                "In train",
                "A2",
                "Write to every memory clinic about the offer.",
                "Adult Social Care",
                "30.11.25",
            ),
        ],
    ),
    (
        "R2",
        "Fellstow Community Health Trust should make sure that district nurses record who "
        "else is present when they see a patient at home.",
        [
            (
                "Embedded",
                "A1",
                "Change the home visit template to ask who is present.",
                "Community Health",
                "30.4.25",
            ),
            (
                "Implemented",
                "A2",
                "Brief the district nursing teams on the new field.",
                "Community Health",
                "31.5.25",
            ),
            (
                "Not yet due",
                "A3",
                "Audit thirty visit records for the new field.",
                "Community Health",
                "31.3.26",
            ),
        ],
    ),
    (
        "R3",
        "The Partnership should publish a short guide for families on where to turn when "
        "caring for a relative becomes unsafe.",
        [
            (
                "Not yet due",
                "A1",
                "Draft the guide with the carers' forum.",
                "Partnership officer",
                "31.1.26",
            ),
            (
                "Implemented",
                "A2",
                "Set up a page for carers on the Partnership website.",
                "Partnership officer",
                "30.6.25",
            ),
        ],
    ),
]
HEADERS = ["Status", "Ref", "Recommendation", "Action", "Lead agency", "Deadline"]
WIDTHS = [2.1, 2.5, 4.0, 4.0, 2.4, 1.8]


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
            "A standalone DHR plan, portrait URW Bookman 8.5: a status key line and Status | Ref | "
            "Recommendation | Action | Lead agency | Deadline, the status the first column, narrow, "
            "'Implemented' broken over two printed lines, composite refs 'FS2/R1/A1', the 'R1. ...' "
            "recommendation cell merged over its actions, deadlines d.m.yy."
        ),
        review=review("DHR", "Fellstow", "Maud", review_id="Fellstow DHR 2"),
        recommendations=recommendations,
        actions=actions,
        notes=(
            "Recommendations: the merged cells, ref R1-R3. Actions: one a row, ref the composite code, the "
            "first column the status (a broken 'Implement' / 'ed' is one word). Not records: the status key."
        ),
    )


def build(folder: Path = HERE) -> None:
    doc = new_doc(font="URW Bookman", size=8.5, footer_label="Fellstow DHR 2 – action plan")
    para(doc, "Fellstow Safer Communities Partnership", bold=True, size=12)
    para(doc, "Domestic Homicide Review 2 (Maud): action plan", bold=True, size=11)
    para(
        doc,
        "The review group checks this plan every quarter. Each agency reports its progress to the "
        "Partnership officer a week before the group meets.",
    )
    para(
        doc,
        "Status key: Embedded – done and now routine; Implemented – done; In train – under way; "
        "Not yet due – work has not started.",
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
    para(doc, "Plan agreed by the Partnership in March 2025.")
    save_with_gold(doc, folder, STEM, gold)


if __name__ == "__main__":
    build()
