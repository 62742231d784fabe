"""Build the pending zoo document `sab_sar_progress_rec_rows_above_actions_dunmerrow`: a
Safeguarding Adults Board's progress report on one SAR's action plan, Nimbus Sans Narrow 10,
portrait, 1.8 cm side margins.

One table Ref | Recommendation / action | Lead | Due | Update (<month>) | Status: each
recommendation a shaded bold row, its Ref cell the bare number and the other five cells merged
into "Recommendation N: <Board> should ..."; under it the numbered actions N.1, N.2 with a lead
role, a due date (a day or a month), an update and a status word (Complete / Partially complete /
Outstanding) on a coloured fill, keyed only in a prose paragraph above the table. Background and
progress paragraphs above, a count line and a next-report line below; the review id printed only
in the footer. The table runs over a page break, its header repeated.

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_sab_sar_progress_rec_rows_above_actions_dunmerrow.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py DIR   # on a folder holding its .pdf and .json
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parent))

from docx_build import add_field, add_row, make_table, new_doc, para, set_text, shade  # noqa: E402
from office_export import save_rendered  # noqa: E402
from plan_gold import (  # noqa: E402
    action_record,
    first_words,
    line_holding,
    plan_gold,
    recommendation_record,
    review,
    save_gold,
)

STEM = "sab_sar_progress_rec_rows_above_actions_dunmerrow"
FONT = "Nimbus Sans Narrow"
BOARD = "Dunmerrow Safeguarding Adults Board"
HEADERS = ["Ref", "Recommendation / action", "Lead", "Due", "Update (January 2026)", "Status"]
WIDTHS = [1.2, 5.6, 2.8, 1.8, 4.4, 1.9]
FILLS = {"Complete": "C6EFCE", "Partially complete": "FFEB9C", "Outstanding": "FFC7CE"}
STATE = {"Complete": "complete", "Partially complete": "in_progress", "Outstanding": "not_started"}
# (number, recommendation, [(action, lead, due, update, status)])
RECS = [
    ("1", "Dunmerrow SAB should seek assurance that hoarding referrals are shared with the fire service "
     "within two working days.",
     [("Agree a two-day sharing standard with Dunmerrow Fire and Rescue Service.",
       "Head of Adult Safeguarding, Dunmerrow Council", "31 Jan 2025",
       "Standard signed by both services in December 2024.", "Complete"),
      ("Audit twenty hoarding referrals against the standard.",
       "Board Business Manager", "Jul 2025",
       "Audit of twelve cases done; eight still to sample.", "Partially complete")]),
    ("2", "Dunmerrow SAB should ask the mental health trust to review how it closes cases after two "
     "missed appointments.",
     [("Rewrite the trust’s discharge policy for people who do not attend.",
       "Associate Director of Nursing, Dunmerrow Mental Health Trust", "30 Apr 2025",
       "New policy approved by the trust board in April 2025.", "Complete"),
      ("Brief community teams on the rewritten policy.",
       "Named Nurse for Adult Safeguarding", "Sep 2025",
       "Briefings held in four of six teams.", "Partially complete")]),
    ("3", "Dunmerrow SAB should make sure that self-neglect training covers people who refuse help "
     "with capacity.",
     [("Add a module on capacity and refusal to the Board’s training offer.",
       "Workforce Development Lead", "31 Mar 2025",
       "Module written and running since March 2025.", "Complete"),
      ("Evaluate the module with attendees after six months.",
       "Workforce Development Lead", "Nov 2025",
       "Not begun; evaluation form still in draft.", "Outstanding")]),
    ("4", "Dunmerrow SAB should test whether housing officers know how to raise a safeguarding concern.",
     [("Survey housing officers across the three landlords.",
       "Head of Adult Safeguarding, Dunmerrow Council", "30 Jun 2025",
       "Survey closed with 140 replies.", "Complete"),
      ("Publish a one-page guide on raising a concern.",
       "Board Business Manager", "Oct 2025",
       "Guide drafted; awaiting design.", "Partially complete")]),
    ("5", "Dunmerrow SAB should write to the Department of Health and Social Care about the lack of "
     "guidance on self-neglect thresholds.",
     [("Send the Board’s letter to the Department.",
       "Independent Chair, Dunmerrow SAB", "28 Feb 2025",
       "Letter sent in February 2025; reply received.", "Complete"),
      ("Share the Department’s reply with partner boards in the region.",
       "Board Business Manager", "Dec 2025",
       "Not yet shared.", "Outstanding")]),
]  # fmt: skip


def _table(doc) -> None:
    t = make_table(doc, HEADERS, WIDTHS, size=9)
    for number, text, actions in RECS:
        row = t.add_row()
        set_text(row.cells[0], number, bold=True, size=9)
        shade(row.cells[0], "D9E2F3")
        merged = row.cells[1].merge(row.cells[-1])
        set_text(merged, f"Recommendation {number}: {text}", bold=True, size=9)
        shade(merged, "D9E2F3")
        for k, (action, lead, due, update, status) in enumerate(actions, 1):
            add_row(
                t,
                [f"{number}.{k}", action, lead, due, update, status],
                WIDTHS,
                size=9,
                fills={5: FILLS[status]},
            )


def build() -> None:
    doc = new_doc(font=FONT, size=10, header=BOARD)
    for sec in doc.sections:
        sec.left_margin = sec.right_margin = Cm(1.8)
        footer = sec.footer.paragraphs[0]
        footer.text = ""
        footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
        footer.add_run("SAR ‘Dennis’ (DSAB-SAR-2022-07) – action plan progress report – January 2026 – ")
        add_field(footer.add_run(), "PAGE")
    para(doc, "Safeguarding Adults Review ‘Dennis’", bold=True, size=16)
    para(doc, "Action plan progress report to the Board, January 2026", bold=True, size=12)
    para(doc, "Background", bold=True, size=11)
    para(
        doc,
        "Dennis was a man of 61 who lived alone in a rented flat. He was found dead at home in "
        "November 2022 after neighbours reported a smell from his door. The review was published in "
        "September 2024 and the Board accepted all five of its recommendations.",
    )
    para(
        doc,
        "Each partner named in the plan sends an update before every Board meeting. The Board’s "
        "business manager collates the updates below and marks each action Complete when the evidence "
        "has been seen, Partially complete when work has begun but is unfinished, and Outstanding when "
        "nothing has started.",
    )
    para(doc, "Progress since the last report", bold=True, size=11)
    para(
        doc,
        "Most actions due before the end of 2025 are now done. Two actions have slipped because the "
        "staff who led them have left, and the Board has asked for new leads to be named.",
    )
    for _ in range(6):
        para(
            doc,
            "Partners told the Board that the review had changed how they talk to people who turn help "
            "away, and that the shared standard with the fire service is already used every week.",
        )
    _table(doc)
    para(doc, "Summary: 5 actions complete, 3 partially complete, 2 outstanding.")
    para(doc, "The next progress report will come to the Board in July 2026.")
    save_rendered(doc, HERE, STEM)


MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]


def _due(raw: str) -> str:
    """A due date as the gold scores it: '31 Jan 2025' the day, 'Jul 2025' the month."""
    *day, month, year = raw.split()
    iso_month = f"{year}-{MONTHS.index(month.lower()[:3]) + 1:02d}"
    return f"{iso_month}-{int(day[0]):02d}" if day else iso_month


def gold() -> dict:
    lines = (HERE / f"{STEM}.txt").read_text(encoding="utf-8").splitlines()
    recs, actions = [], []
    for number, text, rec_actions in RECS:
        recs.append(
            recommendation_record(
                number,
                first_words(text, 10),
                line_holding(lines, f"Recommendation {number}:", 2),
                agency=BOARD,
                scope="national" if "Department" in text else "local",
            )
        )
        for k, (action, lead, due, _, status) in enumerate(rec_actions, 1):
            actions.append(
                action_record(
                    first_words(action, 8),
                    line_holding(lines, action, 3),
                    ref=f"{number}.{k}",
                    recommendation_ref=number,
                    lead=lead,
                    target_date_raw=due,
                    target_date=_due(due),
                    status_raw=status,
                    status=STATE[status],
                )
            )
    return plan_gold(
        STEM,
        description=(
            "SAB progress report on one SAR's action plan (Nimbus Sans Narrow 10, portrait): one table "
            "Ref | Recommendation / action | Lead | Due | Update | Status, each recommendation a shaded bold "
            "row (its Ref cell the number, the other cells merged) above its numbered actions; status words "
            "keyed in prose above the table; the review id only in the footer; the table over a page break"
        ),
        review=review(
            "SAR",
            "Dunmerrow",
            "Dennis",
            doc_kind="action_plan",
            review_id="DSAB-SAR-2022-07",
            age=61,
            date_of_death="2022-11",
        ),  # fmt: skip
        review_alternatives={"area": [BOARD]},
        recommendations=recs,
        actions=actions,
        notes=(
            "The recommendations are the shaded rows, text after 'Recommendation N: '; the actions the "
            "numbered rows under them (ref N.N, recommendation_ref N). Status by the prose key (Complete, "
            "Partially complete in_progress, Outstanding not_started); dates inside update cells are not "
            "targets. The review id is printed only in the footer; the date of death is the month."
        ),
    )


if __name__ == "__main__":
    build()
    save_gold(HERE, STEM, gold())
    print("wrote", f"{STEM}.json")
