"""Build a zoo joint domestic homicide review and child safeguarding practice review executive
summary with its joint action plan.

joint_dhr_cspr_plan_review_col_rec_refs_only_skelbrook (Liberation Mono 8, monospaced): "Key
lines of enquiry" (1)-(3) that are not recommendations, two recommendation lists ("Recommendations
for the DHR" D1-D3, "Recommendations for the CSPR" C1-C2); page 2 a joint plan Ref | Review |
Action | By whom | By when | Update (October 2025) | Status, one row per recommendation, the Ref
cell the recommendation's ref alone (no action refs), the Review cell "DHR" or "CSPR", By when
"March 2026" (wrapping in its narrow cell), status Complete / Partially complete / Overdue / Not
yet due last, a key line before the table and a closing line.

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_joint_dhr_cspr_plan_review_col_rec_refs_only.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py tests/zoo/pending   # the corpus-text rendering
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parent))

from docx_build import add_row, make_table, new_doc, page_break, para  # noqa: E402
from office_export import save_rendered  # noqa: E402
from plan_gold import (  # noqa: E402
    action_record,
    first_words,
    iso,
    line_opening,
    plan_gold,
    recommendation_record,
    review,
    save_gold,
)

STEM = "joint_dhr_cspr_plan_review_col_rec_refs_only_skelbrook"
FONT, SIZE = "Liberation Mono", 8
PARTNERSHIP = "Skelbrook Community Safety Partnership"
ENQUIRY = [
    "How did agencies share what they knew about the risk Mr T posed to his partner?",
    "Was the unborn baby's safety considered when the pregnancy became known?",
    "Did the services know how to respond when Ms R declined support?",
]
# (ref, review, recommendation, action, by whom, by when, update, status)
RECS = [
    (
        "D1",
        "DHR",
        "The Partnership should make sure that risk assessments completed by the police are "
        "shared with the midwifery service when the victim is pregnant.",
        "Agree an information sharing route between the police and the maternity safeguarding team.",
        "Detective Inspector, Public Protection",
        "March 2026",
        "Draft route agreed by both services in August.",
        "Partially complete",
    ),
    (
        "D2",
        "DHR",
        "Skelbrook Council should check that its housing officers know how to refer to the "
        "domestic abuse service.",
        "Run two briefings for housing officers and record who attends.",
        "Housing Options Manager",
        "June 2025",
        "Briefings held in May and June.",
        "Complete",
    ),
    (
        "D3",
        "DHR",
        "The Partnership should review how it follows up victims who decline an IDVA.",
        "Audit twenty declined referrals and report the findings to the Partnership.",
        "Domestic Abuse Coordinator",
        "July 2025",
        "Audit not started; the coordinator post was vacant.",
        "Overdue",
    ),
    (
        "C1",
        "CSPR",
        "The Children's Partnership should make sure that pre-birth assessments start as soon as "
        "domestic abuse in pregnancy is known.",
        "Revise the pre-birth protocol so that domestic abuse triggers an assessment.",
        "Head of Children's Social Care",
        "January 2026",
        "Protocol revision is on the board's agenda for December.",
        "Not yet due",
    ),
    (
        "C2",
        "CSPR",
        "Health visitors should ask about domestic abuse at every antenatal contact.",
        "Add the routine enquiry question to the antenatal contact template.",
        "Named Nurse for Safeguarding Children",
        "November 2025",
        "Template change tested in one team.",
        "Not yet due",
    ),
]
STATES = {
    "Complete": "complete",
    "Partially complete": "in_progress",
    "Overdue": "in_progress",
    "Not yet due": "not_started",
}


def summary_page(doc) -> None:
    para(doc, "Joint Domestic Homicide Review and Child Safeguarding Practice Review", bold=True, size=12)
    para(doc, "Executive summary: Ms R and Baby S", bold=True, size=10)
    para(
        doc,
        "Ms R was 27 when she was killed by her partner, Mr T, in March 2024. She was seven months "
        "pregnant; Baby S was born by emergency caesarean section and survived. The Skelbrook "
        "Community Safety Partnership and the Skelbrook Children's Partnership carried out one "
        "joint review.",
    )
    para(doc, "Key lines of enquiry", bold=True, size=10)
    for n, text in enumerate(ENQUIRY, 1):
        para(doc, f"({n}) {text}")
    para(doc, "Recommendations for the DHR", bold=True, size=10)
    for ref, kind, text, *_ in RECS:
        if kind == "DHR":
            para(doc, f"{ref} {text}")
    para(doc, "Recommendations for the CSPR", bold=True, size=10)
    for ref, kind, text, *_ in RECS:
        if kind == "CSPR":
            para(doc, f"{ref} {text}")


def build() -> None:
    doc = new_doc(
        header="Skelbrook joint review / executive summary", footer_label="Skelbrook", font=FONT, size=SIZE
    )
    summary_page(doc)
    page_break(doc)
    para(doc, "Joint action plan", bold=True, size=10)
    para(doc, "Status key: Complete; Partially complete; Overdue (past its date); Not yet due.")
    headers = ["Ref", "Review", "Action", "By whom", "By when", "Update (October 2025)", "Status"]
    widths = [1.0, 1.5, 4.0, 3.0, 1.9, 3.3, 2.1]
    t = make_table(doc, headers, widths, size=SIZE)
    for ref, kind, _, action, who, due, update, state in RECS:
        add_row(t, [ref, kind, action, who, due, update, state], widths, size=SIZE)
    para(doc, "")
    para(doc, "Both partnerships will receive this plan at each meeting until every action is complete.")
    save_rendered(doc, HERE, STEM)


def gold() -> dict:
    lines = (HERE / f"{STEM}.txt").read_text(encoding="utf-8").splitlines()
    recs = [
        recommendation_record(
            ref, first_words(text, 10), line_opening(lines, f"{ref} {first_words(text, 3)}")
        )
        for ref, _, text, *_ in RECS
    ]
    actions = [
        action_record(
            first_words(action, 5),
            line_opening(lines, first_words(action, 3)),
            recommendation_ref=ref,
            lead=who,
            target_date_raw=due,
            target_date=iso(due),
            status_raw=state,
            status=STATES[state],
        )
        for ref, _, _, action, who, due, _, state in RECS
    ]
    return plan_gold(
        STEM,
        description=(
            "joint DHR and CSPR executive summary (Liberation Mono 8): key lines of enquiry (1)-(3) "
            "that are not recommendations, two lists D1-D3 and C1-C2; a joint plan Ref | Review | "
            "Action | By whom | By when | Update (October 2025) | Status, the Ref cell the "
            "recommendation's ref only, Review DHR or CSPR, month targets, status Complete / "
            "Partially complete / Overdue / Not yet due"
        ),
        review=review("joint", "Skelbrook", "Ms R", doc_kind="executive_summary", age=27),
        recommendations=recs,
        actions=actions,
        notes=(
            "The lines of enquiry are not recommendations. One action per plan row, no action ref "
            "(the Ref cell is the recommendation's); the Review and Update cells are neither the "
            "action nor its status. Complete -> complete; Partially complete and Overdue -> "
            "in_progress; Not yet due -> not_started. 'March 2026' -> the month. Baby S survived "
            "and is not a victim."
        ),
    )


if __name__ == "__main__":
    build()
    save_gold(HERE, STEM, gold())
    print("wrote", f"{STEM}.json")
