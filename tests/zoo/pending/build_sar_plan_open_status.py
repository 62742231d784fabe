"""Build a zoo Safeguarding Adults Review whose Board action plan keeps a tracker's Status
column: a live action "Open", a finished one "Completed" with the day it was completed printed
under the word.

sar_plan_open_status: a thematic SAR (Calibri 10) with its recommendations numbered 1-3 and an
appendix "Board action plan": Rec. | Action agreed | Lead | Target | Status, each row opening with
its action's number ("2.1"); actions are sentences ending in full stops, wrapped over two lines;
leads name a role and its body, broken after a comma ("Head of Housing Options," / "Tarnwick
Council"); a finished action's status cell prints "Completed" over its completion date
("Completed" / "12/02/2025").

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_sar_plan_open_status.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py tests/zoo/pending   # the corpus-text rendering
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parent))

from board_response_build import _line_of  # noqa: E402
from docx.shared import Pt  # noqa: E402
from docx_build import add_row, heading, make_table, new_doc, para  # noqa: E402
from office_export import save_rendered  # noqa: E402
from plan_gold import action_record, plan_gold, recommendation_record, review, save_gold  # noqa: E402

STEM = "sar_plan_open_status"
RECS = [
    (
        "1",
        "The Board should seek assurance that partners share a record of every refused home visit "
        "with the person's named worker within two working days.",
        "Tarnwick Safeguarding Adults Board",
    ),
    (
        "2",
        "Tarnwick Council should make sure that housing officers know how to raise a concern about "
        "a tenant who neglects their own care.",
        "Tarnwick Council",
    ),
    (
        "3",
        "The Board should ask the ambulance service to flag repeat calls from the same address to "
        "the local authority.",
        "Tarnwick Safeguarding Adults Board",
    ),
]
# (ref, action, lead, target, status, completed on)
ROWS = [
    (
        "1.1",
        "Ask each partner to confirm in writing how refused visits are passed to named workers.",
        "TSAB Business Manager",
        "May 2025",
        "Open",
        "",
    ),
    (
        "1.2",
        "Add refused visits to the quarterly multi-agency data set for the Board.",
        "Head of Performance, Tarnwick Council",
        "30/09/2025",
        "Open",
        "",
    ),
    (
        "2.1",
        "Deliver two briefings on self-neglect to every housing officer team.",
        "Head of Housing Options, Tarnwick Council",
        "31/03/2025",
        "Completed",
        "12/02/2025",
    ),
    (
        "2.2",
        "Put a self-neglect prompt into the tenancy visit checklist.",
        "Tenancy Services Manager",
        "31/01/2025",
        "Completed",
        "20/12/2024",
    ),
    (
        "3.1",
        "Write to the ambulance service asking for a repeat caller flag to be shared.",
        "TSAB Independent Chair",
        "28/02/2025",
        "Completed",
        "03/02/2025",
    ),
    (
        "3.2",
        "Agree with the ambulance service how flagged addresses are passed to the council.",
        "Operations Manager, Northern Ambulance Service",
        "31/10/2025",
        "Open",
        "",
    ),
]


def build() -> None:
    doc = new_doc(header="Tarnwick SAB – Thematic review of self-neglect", font="Calibri", size=10)
    para(doc, "Tarnwick Safeguarding Adults Board", bold=True, size=15)
    para(doc, "Thematic Safeguarding Adults Review: self-neglect and refused visits", bold=True, size=13)
    para(doc, "Independent reviewer: Bronwen Tallis-Oakes")
    heading(doc, "1. Introduction", 1)
    para(
        doc,
        "1.1 This review looked at three people who lived alone in Tarnwick, refused visits from "
        "several services over many months and died in 2024.",
    )
    heading(doc, "2. Findings", 1)
    para(
        doc,
        "2.1 Each service recorded its own refused visits. No one saw the whole picture, and no "
        "concern was raised until each person was found unwell at home.",
    )
    heading(doc, "3. Recommendations", 1)
    para(doc, "3.1 The review makes three recommendations. The Board's action plan is in the appendix.")
    for ref, text, _ in RECS:
        para(doc, f"Recommendation {ref}: {text}")
    heading(doc, "Appendix: Board action plan", 1)
    widths = [1.2, 7.2, 4.2, 2.2, 2.6]
    t = make_table(doc, ["Rec.", "Action agreed", "Lead", "Target", "Status"], widths)
    for ref, action, lead, target, status, done in ROWS:
        add_row(t, [ref, action, lead, target, f"{status}\n{done}" if done else status], widths)
    para(doc, "The Board reviews progress on this plan at each of its meetings.")
    doc.styles["Normal"].paragraph_format.space_after = Pt(6)
    save_rendered(doc, HERE, STEM)


def gold() -> dict:
    lines = (HERE / f"{STEM}.txt").read_text(encoding="utf-8").splitlines()
    dates = {
        "May 2025": "2025-05",
        "30/09/2025": "2025-09-30",
        "31/03/2025": "2025-03-31",
        "31/01/2025": "2025-01-31",
        "28/02/2025": "2025-02-28",
        "31/10/2025": "2025-10-31",
    }
    states = {"Open": "in_progress", "Completed": "complete"}
    recs = [
        recommendation_record(ref, " ".join(text.split()[:10]), _line_of(lines, text), agency=agency)
        for ref, text, agency in RECS
    ]
    actions = [
        action_record(
            " ".join(action.split()[:10]),
            _line_of(lines, action),
            ref=ref,
            recommendation_ref=ref.split(".")[0],
            lead=lead,
            target_date_raw=when,
            target_date=dates[when],
            status_raw=f"{status} {done}".strip(),
            status=states[status],
        )
        for ref, action, lead, when, status, done in ROWS
    ]
    return plan_gold(
        STEM,
        family="sar_board_plan_open_status",
        description=(
            "Thematic Safeguarding Adults Review (Word, Calibri 10) with recommendations 1-3 and an "
            "appendix 'Board action plan': Rec. | Action agreed | Lead | Target | Status, the status 'Open' "
            "or 'Completed' with the completion date printed under it"
        ),
        review=review("SAR", "Tarnwick", None, doc_kind="overview_report", author="Bronwen Tallis-Oakes"),
        review_alternatives={"area": ["Tarnwick Safeguarding Adults Board"]},
        recommendations=recs,
        actions=actions,
        notes=(
            "Each plan row is one action; 'Open' is a live action (in progress); a completed action's "
            "status keeps its completion date, the target date is the Target cell's."
        ),
    )


if __name__ == "__main__":
    build()
    g = gold()
    save_gold(HERE, STEM, g)
    print("wrote", f"{STEM}.json")
