"""Build plan_ho_titled_recs_numbered_actions: a DHR overview report's action plan on the Home
Office template, landscape Arial 9, with no number column: each recommendation cell opens with
its number and a short title ("2. Joint visits for older victims. The Partnership should ..."),
merged down over its actions, and each action cell opens with its own number ("2.1 Agree ...").
Columns: Recommendation | Scope of recommendation i.e. local or regional | Action to take | Lead
Agency | Key milestones achieved in enacting recommendation | Target Date | Date of completion
and Outcome; the scope name wraps over five printed lines in its narrow column, and the
milestone and outcome cells run to several lines.

On corpus text (pdfplumber: each printed line's cells joined by single spaces) a row's first
line runs the recommendation's title, the scope word, the action's number and words, the lead,
the milestones, the date and the outcome together. At BASE 814bf7f4 every corpus-text reading
of it is wrong (a tracker first-line reading takes the action numbers alone for the action
cells; the walk cuts the joined lines by their words). Where no reader can cut the table, the
rows should not be read from the joined lines' words, because a wrong record is worse than a
missing one. The table should get `plan_cells_untold` instead (pending: see the README).

    python tests/zoo/pending/build_plan_ho_titled_recs_numbered_actions.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py tests/zoo/pending

All people, places and bodies are fictional; the wording is our own.
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx.shared import Pt

HERE = Path(__file__).resolve().parent
ZOO = HERE.parent
sys.path.insert(0, str(ZOO))  # tests/zoo, for the merged-plan helpers and the gold frame
sys.path.insert(0, str(ZOO.parent))  # tests/, for the shared export steps

from office_export import save_rendered  # noqa: E402
from plan_gold import action_record, iso, plan_gold, recommendation_record, review, save_gold  # noqa: E402
from plan_merged_build import merged_rows, new_document, table  # noqa: E402

STEM = "plan_ho_titled_recs_numbered_actions"
HEADERS = [
    "Recommendation",
    "Scope of recommendation i.e. local or regional",
    "Action to take",
    "Lead Agency",
    "Key milestones achieved in enacting recommendation",
    "Target Date",
    "Date of completion and Outcome",
]
WIDTHS = [4.2, 1.7, 4.6, 3.0, 5.0, 2.2, 3.6]

# (number, title, recommendation, scope, [(action, lead, milestones, target, outcome, status)])
PLAN = [
    (
        "1",
        "Checking the history",
        "Tarnby Police should make sure that call handlers look up earlier calls from the same "
        "address before they grade a domestic abuse call.",
        "Local",
        [
            (
                "Change the call grading script so that the address history is opened first",
                "Tarnby Police",
                "Script rewritten and tested in the control room with two shifts of call handlers.",
                "April 2024",
                "Complete – script live since April 2024.",
                "complete",
            ),
            (
                "Dip sample forty graded calls to see whether the history was opened",
                "Tarnby Police Control Room",
                "First sample taken; thirty-one of forty calls showed the history opened.",
                "30/09/2024",
                "Partially complete",
                "in_progress",
            ),
        ],
    ),
    (
        "2",
        "Joint visits for older victims",
        "The Partnership should agree how adult social care and the police visit an older victim "
        "together when her carer is the person she fears.",
        "Local",
        [
            (
                "Agree a joint visit protocol between adult social care and the police",
                "Tarnby Council Adult Social Care",
                "Protocol drafted by the adult safeguarding lead and shared with the police for "
                "comment in the summer.",
                "December 2024",
                "Partially complete",
                "in_progress",
            ),
            (
                "Train duty social workers to use the protocol",
                "Principal Social Worker",
                "Training sessions will be booked once the protocol is signed.",
                "March 2025",
                "Not yet started",
                "not_started",
            ),
        ],
    ),
    (
        "3",
        "Asking in the pharmacy",
        "Tarnby Integrated Care Board should ask community pharmacies to offer a private room when "
        "a customer seems frightened of the person with her.",
        "Local",
        [
            (
                "Write to every community pharmacy with a short guide to offering a private room",
                "Tarnby Integrated Care Board",
                "Guide written with two pharmacists and sent to all twenty-six pharmacies in June.",
                "June 2024",
                "Complete",
                "complete",
            ),
        ],
    ),
    (
        "4",
        "A national form",
        "The Home Office should consider one national form for reviews to record a victim's "
        "contact with pharmacies.",
        "National",
        [
            (
                "The Partnership Chair to write to the Home Office about the form",
                "Chair, Tarnby Community Safety Partnership",
                "Letter agreed by the panel and sent in January; an acknowledgement came back.",
                "January 2025",
                "Complete (letter sent); awaiting reply",
                "complete",
            ),
        ],
    ),
]


def build() -> Path:
    doc = new_document("Tarnby CSP – DHR 'Wren' – Overview report")
    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(9)
    doc.add_paragraph("Tarnby Community Safety Partnership")
    doc.add_paragraph("Domestic Homicide Review into the death of Wren – Appendix B: Action Plan")
    t = table(doc, HEADERS, WIDTHS)
    for number, title, rec, scope, actions in PLAN:
        first = [f"{number}. {title}. {rec}", scope]
        rows = [
            [f"{number}.{k} {action}", lead, milestones, target, outcome]
            for k, (action, lead, milestones, target, outcome, _) in enumerate(actions, 1)
        ]
        merged_rows(t, [0, 1], first, rows)
    doc.add_paragraph()
    doc.add_paragraph("The Partnership's review sub-group will follow each action until it is closed.")
    return save_rendered(doc, HERE, STEM, layout=True)


def gold() -> dict:
    recs, acts = [], []
    for number, title, rec, scope, actions in PLAN:
        recs.append(
            recommendation_record(
                number,
                " ".join(rec.split()[:10]),
                None,
                agency=rec.split(" should ")[0].removeprefix("The "),
                title=title,
                scope=scope.lower(),
            )
        )
        for k, (action, lead, _, target, outcome, state) in enumerate(actions, 1):
            acts.append(
                action_record(
                    " ".join(action.split()[:8]),
                    None,
                    ref=f"{number}.{k}",
                    recommendation_ref=number,
                    lead=lead,
                    target_date_raw=target,
                    target_date=iso(target),
                    status_raw=outcome,
                    status=state,
                )
            )
    return plan_gold(
        STEM,
        description=(
            "DHR action plan on the Home Office template (landscape Arial 9) with no number column: "
            "recommendation cells open with their number and a short title and are merged down over "
            "their actions, action cells open with their own numbers ('2.1'); the scope name wraps "
            "over five lines; on corpus text every printed line joins the row's cells."
        ),
        review=review("DHR", "Tarnby", "Wren"),
        notes=(
            "Corpus text: where no reader can cut the joined lines, they should not be cut by their "
            "words alone; the table should be told untold (plan_cells_untold), not read wrongly."
        ),
        recommendations=recs,
        actions=acts,
    )


if __name__ == "__main__":
    print(build())
    save_gold(HERE, STEM, gold())
