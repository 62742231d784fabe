"""Build the pending zoo document `sar_custody_death_plan_accepted_col_merged_brackwater`: a
standalone Safeguarding Adults Review action plan after a death in custody (Liberation Serif 9,
landscape), the agencies' response to each recommendation in its own column.

A "Notes on this plan" label / value table, a note that the prisons ombudsman's recommendations
are tracked in a separate plan, a count line; one table No. | Recommendation | Accepted? | Action |
Owner | Target date | Status at 31/03/2026, the No., Recommendation and Accepted? cells merged down
over each recommendation's action rows, no action refs. The Accepted? cell ("Accepted",
"Partially accepted") is the response to the recommendation, never a row's status; targets
"Immediate" (no date) or dd/mm/yyyy; statuses Actioned / Ongoing / Not commenced in the last
column. Recommendation 3's first action row runs over the page break, the header repeated.

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_sar_custody_death_plan_accepted_col.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py DIR   # on a folder holding its .pdf and .json
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parent))

from board_response_build import _line_of  # noqa: E402
from docx.shared import Cm  # noqa: E402
from docx_build import kv_table, merged_plan_table, new_doc, para  # noqa: E402
from office_export import save_rendered  # noqa: E402
from plan_gold import action_record, iso, plan_gold, recommendation_record, review, save_gold  # noqa: E402

STEM = "sar_custody_death_plan_accepted_col_merged_brackwater"
STATUS = {"Actioned": "complete", "Ongoing": "in_progress", "Not commenced": "not_started"}
# (no., recommendation, accepted?, [(action, owner, target, status), ...])
RECS = [
    (
        "1",
        "The prison and its healthcare provider should agree how a prisoner's care needs are "
        "assessed within seven days of arrival and who acts on the assessment.",
        "Accepted",
        [
            (
                "Write a joint reception screening protocol naming the lead for each step",
                "Head of Healthcare, HMP Brackwater",
                "30/04/2026",
                "Ongoing",
            ),
            (
                "Add a care needs question to the first night interview form",
                "Head of Safer Custody",
                "Immediate",
                "Actioned",
            ),
        ],
    ),
    (
        "2",
        "The local authority should make sure that a referral for a prisoner's care and support "
        "assessment is allocated to a named social worker within ten working days.",
        "Partially accepted",
        [
            (
                "Set up a prison duty slot in the adult social care team rota",
                "Team Manager, Adult Social Care",
                "31/01/2026",
                "Actioned",
            ),
            (
                "Report monthly to the Board on referrals waiting more than ten days",
                "Service Manager, Adult Social Care",
                "30/06/2026",
                "Not commenced",
            ),
        ],
    ),
    (
        "3",
        "The Safeguarding Adults Board should seek assurance that staff in the prison understand "
        "when a prisoner's frailty or confusion is a safeguarding concern and how to raise it.",
        "Accepted",
        [
            (
                "Deliver safeguarding adults training to every residential wing officer, with a "
                "session on frailty, confusion and self-neglect in older prisoners, and keep a "
                "register of attendance that the safer custody team checks each quarter so that "
                "new starters are booked onto the next session before they work nights alone",
                "Head of Learning and Development, HMP Brackwater",
                "31/07/2026",
                "Ongoing",
            ),
            (
                "Audit a sample of safeguarding concerns raised from the prison",
                "Board Quality Assurance Group",
                "30/09/2026",
                "Not commenced",
            ),
            (
                "Publish a one-page guide for officers on raising a concern",
                "Board Business Manager",
                "Immediate",
                "Actioned",
            ),
        ],
    ),
]
HEADERS = ("No.", "Recommendation", "Accepted?", "Action", "Owner", "Target date", "Status at 31/03/2026")
WIDTHS = (1.2, 6.2, 2.2, 6.4, 4.0, 2.4, 2.8)
NOTES = [
    ("Review", "Safeguarding Adults Review – Mr Petrie (aged 71)"),
    ("Plan owner", "Brackwater Safeguarding Adults Board"),
    ("Position at", "31 March 2026"),
    (
        "Ombudsman",
        "The Prisons and Probation Ombudsman's own recommendations are tracked by the prison in a "
        "separate plan and are not repeated here.",
    ),
    (
        "How to read this plan",
        "Each recommendation is followed by the actions agreed to meet it. The Accepted? column "
        "records the agencies' response to the recommendation when the review was published. The "
        "last column gives the position of each action on the date in its heading. Actions marked "
        "Immediate were begun on the day the Board accepted the review and have no later date.",
    ),
    (
        "Contact",
        "Questions about this plan go to the Board's business unit, who will pass them to the owner "
        "of the action concerned and reply within ten working days.",
    ),
]


def build() -> None:
    doc = new_doc(landscape=True, font="Liberation Serif", size=9, footer_label="Brackwater SAB – page")
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(1.8)
    para(doc, "Brackwater Safeguarding Adults Board", bold=True, size=14)
    para(doc, "Safeguarding Adults Review – Mr Petrie: action plan", bold=True, size=12)
    para(doc, "Notes on this plan", bold=True, size=10)
    kv_table(doc, NOTES, widths=(5, 19), size=9)
    para(doc, "This plan holds 3 recommendations and 7 actions.")
    for _ in range(3):
        para(
            doc,
            "Mr Petrie was 71 when he died in hospital after a fall on his wing. The review found that his "
            "growing frailty and confusion were seen by many people in the prison but were not brought "
            "together into one picture of his needs, and that a referral for a care assessment waited "
            "several weeks. The Board accepted the review in full at its meeting and asked each agency to "
            "report its progress to the Board's practice group every quarter.",
        )
    merged_plan_table(
        doc,
        HEADERS,
        WIDTHS,
        [((no, rec, acc), [list(a) for a in rows]) for no, rec, acc, rows in RECS],
    )
    save_rendered(doc, HERE, STEM)


def gold() -> dict:
    lines = (HERE / f"{STEM}.txt").read_text(encoding="utf-8").splitlines()
    recs = [
        recommendation_record(no, " ".join(text.split()[:10]), _line_of(lines, text), scope=None)
        for no, text, _, _ in RECS
    ]
    actions = [
        action_record(
            " ".join(action.split()[:8]),
            _line_of(lines, action),
            recommendation_ref=no,
            lead=owner,
            target_date_raw=target,
            target_date=iso(target),
            status_raw=state,
            status=STATUS[state],
        )
        for no, _, _, rows in RECS
        for action, owner, target, state in rows
    ]
    return plan_gold(
        STEM,
        description=(
            "Standalone SAR action plan after a death in custody (Liberation Serif 9, landscape): a 'Notes on "
            "this plan' table, a count line; No. | Recommendation | Accepted? | Action | Owner | Target date | "
            "Status at 31/03/2026, No./Recommendation/Accepted? merged down, no action refs, Accepted / Partially "
            "accepted the response (not a status), targets Immediate or dd/mm/yyyy, statuses Actioned / Ongoing / "
            "Not commenced; recommendation 3's first action row over the page break"
        ),
        review=review("SAR", "Brackwater", "Mr Petrie", age=71),
        review_alternatives={"area": ["Brackwater Safeguarding Adults Board"]},
        recommendations=recs,
        actions=actions,
        notes=(
            "Recommendations 1-3 the merged Recommendation cells, ref the No. cell. One action per row, no action "
            "refs, recommendation_ref the No. cell. Status the last column (Actioned -> complete, Ongoing -> "
            "in_progress, Not commenced -> not_started); the Accepted? cell is the response, not a status. "
            "'Immediate' -> no date. Not records: the notes table, the count line, the narrative paragraphs."
        ),
    )


if __name__ == "__main__":
    build()
    save_gold(HERE, STEM, gold())
    print("wrote", f"{STEM}.json")
