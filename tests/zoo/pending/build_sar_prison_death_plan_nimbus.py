"""Build the pending zoo document `sar_prison_death_plan_accepted_col_rec_whole_above_break_hollinbury`: a
standalone Safeguarding Adults Review action plan after a death in prison (Nimbus Roman 10, the
plan 9, landscape), the agencies' response to each recommendation in its own column.

A "Notes on this plan" label / value table (review, author, plan owner, a note that the prisons
ombudsman's recommendations have their own plan), a count line; one table No. | Recommendation |
Accepted? | Action | Owner | Target date | Status at 30/09/2025, the No., Recommendation and
Accepted? cells merged down over each recommendation's action rows, no action refs. The Accepted?
cell ("Accepted", "Partially accepted") is the response to the recommendation, never a row's status;
targets "Immediate" (no date) or dd/mm/yyyy; statuses Actioned / Ongoing / Not commenced in the last
column. Recommendation 3's first action row runs over the page break, the header repeated, while
its merged recommendation cell ends above the break (page 2 prints the Recommendation header over
no text), and the status header wraps ("Status at" / "30/09/2025"). The text route read nothing
of it at base b65b1d74 (session 36's stand-in for heldout36 family 1, whose text route reads
nothing either; session 35's Brackwater, whose recommendation runs over the break, reads 3 / 7).

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_sar_prison_death_plan_nimbus.py   # (STEM, OUT and the layout
    # variables FONT, SIZE, PLAN_SIZE, MARGIN, WIDTHS, PARAS override the defaults for trials)
    /tmp/plumbvenv/bin/python dev/corpus_style.py DIR   # on a folder holding its .pdf and .json
"""

from __future__ import annotations

import os
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

STEM = os.environ.get("STEM", "sar_prison_death_plan_accepted_col_rec_whole_above_break_hollinbury")
OUT = Path(os.environ.get("OUT", HERE))
STATUS = {"Actioned": "complete", "Ongoing": "in_progress", "Not commenced": "not_started"}
# (no., recommendation, accepted?, [(action, owner, target, status), ...])
RECS = [
    (
        "1",
        "HMP Hollinbury and its healthcare provider should make sure that a prisoner who says he "
        "has chest pain at night is seen by a nurse without waiting for the morning unlock.",
        "Accepted",
        [
            (
                "Issue a night instruction setting out when the night nurse must be called to a cell",
                "Governor, HMP Hollinbury",
                "Immediate",
                "Actioned",
            ),
            (
                "Check a sample of night logs each month against the instruction",
                "Head of Healthcare",
                "31/12/2025",
                "Ongoing",
            ),
        ],
    ),
    (
        "2",
        "The prison should share a prisoner's known heart condition with the wing staff who "
        "unlock him, with his consent, so that they recognise when he is unwell.",
        "Partially accepted",
        [
            (
                "Agree a consent form for sharing health alerts with wing staff",
                "Head of Healthcare",
                "31/10/2025",
                "Ongoing",
            ),
            (
                "Add a health alert flag to the wing roll board",
                "Head of Residence",
                "31/03/2026",
                "Not commenced",
            ),
        ],
    ),
    (
        "3",
        "The Safeguarding Adults Board should seek assurance from the prison twice a year that "
        "the learning from this review has reached officers on every wing and the night staff.",
        "Accepted",
        [
            (
                "Run briefing sessions on this review for every wing team and for the night staff, "
                "recording who attended, following up those who missed a session within a month, and "
                "adding the briefing to the induction of newly appointed officers so that the learning "
                "stays in the prison after the staff who knew him have moved on",
                "Head of Learning and Development",
                "28/02/2026",
                "Ongoing",
            ),
            (
                "Report to the Board's practice group on the briefings and the night log checks",
                "Governor, HMP Hollinbury",
                "30/04/2026",
                "Not commenced",
            ),
            (
                "Add the review's learning to the Board's newsletter for partner agencies",
                "Board Business Manager",
                "Immediate",
                "Actioned",
            ),
        ],
    ),
]
HEADERS = ("No.", "Recommendation", "Accepted?", "Action", "Owner", "Target date", "Status at 30/09/2025")
WIDTHS = tuple(float(w) for w in os.environ.get("WIDTHS", "1.2,6.6,2.2,7.0,4.2,2.6,2.6").split(","))
NOTES = [
    ("Review", "Safeguarding Adults Review – Mr Tolland (aged 52)"),
    ("Author", "Independent reviewer: Ruth Quarlton"),
    ("Plan owner", "Hollinbury Safeguarding Adults Board"),
    (
        "Ombudsman",
        "The Prisons and Probation Ombudsman's recommendations after Mr Tolland's death have a "
        "separate plan held by the prison and are not repeated here.",
    ),
]
FONT = os.environ.get("FONT", "Nimbus Roman")
SIZE = float(os.environ.get("SIZE", "10"))
PLAN_SIZE = float(os.environ.get("PLAN_SIZE", "9"))
MARGIN = float(os.environ.get("MARGIN", "1.5"))
PARAS = int(os.environ.get("PARAS", "3"))


STOP = os.environ.get("STOP", "")  # (trials: a full stop closing each action cell)


# (trials: owners named as bodies, not roles)
BODIES = {
    "Governor, HMP Hollinbury": "HMP Hollinbury",
    "Head of Healthcare": "Hollinbury Prison Healthcare",
    "Head of Residence": "HMP Hollinbury",
    "Head of Learning and Development": "HMP Hollinbury Learning Team",
    "Board Business Manager": "Hollinbury Safeguarding Adults Board",
}
OWNERS = os.environ.get("OWNERS", "")


def _row(row: tuple[str, str, str, str]) -> list[str]:
    action, owner, *rest = row
    return [action + STOP, BODIES.get(owner, owner) if OWNERS else owner, *rest]


def build() -> None:
    doc = new_doc(landscape=True, font=FONT, size=SIZE, footer_label="Hollinbury SAB —  page")
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(MARGIN)
    para(doc, "Hollinbury Safeguarding Adults Board", bold=True, size=14)
    para(doc, "Safeguarding Adults Review – Mr Tolland: action plan", bold=True, size=12)
    para(doc, "Notes on this plan", bold=True, size=11)
    kv_table(doc, NOTES, widths=(4, 20), size=SIZE)
    para(doc, "This plan holds 3 recommendations and 7 actions.")
    for _ in range(PARAS):
        para(
            doc,
            "Mr Tolland was 52 when he died in his cell of a heart attack. The review found that he had "
            "told staff on two evenings that his chest hurt, that the night nurse was not called on either "
            "evening, and that his heart condition was known to healthcare but not to the officers on his "
            "wing. The Board accepted the review and asks each agency for its progress every six months.",
        )
    merged_plan_table(
        doc,
        HEADERS,
        WIDTHS,
        [((no, rec, acc), [_row(a) for a in rows]) for no, rec, acc, rows in RECS],
        size=PLAN_SIZE,
    )
    save_rendered(doc, OUT, STEM)


def gold() -> dict:
    lines = (OUT / f"{STEM}.txt").read_text(encoding="utf-8").splitlines()
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
            "Standalone SAR action plan after a death in prison (Nimbus Roman 10, plan 9, landscape): a 'Notes "
            "on this plan' table, a count line; No. | Recommendation | Accepted? | Action | Owner | Target date | "
            "Status at 30/09/2025, No./Recommendation/Accepted? merged down, no action refs, "
            "Accepted / Partially accepted the response (not a status), targets Immediate or dd/mm/yyyy, "
            "statuses Actioned / Ongoing / Not commenced; recommendation 3's first action row over the page break"
        ),
        review=review("SAR", "Hollinbury", "Mr Tolland", author="Ruth Quarlton", age=52),
        review_alternatives={"area": ["Hollinbury Safeguarding Adults Board"]},
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
    save_gold(OUT, STEM, gold())
    print("wrote", f"{STEM}.json")
