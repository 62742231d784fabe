"""Build the pending zoo document `sar_plan_percent_complete_finish_months`: a Safeguarding Adults
Board's standalone SAR action plan, landscape Liberation Sans 8, whose status is the share of each
action done ("100%", "40%", "0%") and whose dates are months printed "Jun-25".

A label / value box (review, adult, plan owner, last updated), a note on reading the "% complete"
column, then one table Ref | Action | Lead agency | Lead officer | Start | Finish | % complete |
Comments: each recommendation a shaded band row across the table ("Recommendation 2 – ...") over
its action rows 1a, 1b, 2a ...; the header repeats on page 2 and one action row breaks over the
page. The target date is the Finish month; the lead the Lead officer cell. A closing line counts
the actions complete. Not records: the box, the note, the Comments cells, the count.

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_sar_plan_percent_complete_finish_months.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py DIR   # on a folder holding its .pdf and .json
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parent))

from board_response_build import _line_of  # noqa: E402
from docx_build import add_row, full_row, kv_table, make_table, new_doc, para  # noqa: E402
from office_export import save_rendered  # noqa: E402
from plan_gold import action_record, plan_gold, recommendation_record, review, save_gold  # noqa: E402

STEM = "sar_plan_percent_complete_finish_months"
MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
COMMENT = (
    "Progress reported to the Board's quality group; evidence held by the business unit and "
    "checked at the last audit meeting, with the next report due at the following meeting. The lead "
    "officer has named a deputy while on leave, and partners have been asked to send their figures "
    "to the business unit two weeks before each meeting so that the report can be read in advance."
)
# (number, recommendation, [(ref, action, agency, officer, start, finish, percent, comment), ...])
RECS = [
    (
        "1",
        "Partners should make sure that an adult who declines care is offered a review of the risks with them.",
        [
            (
                "1a",
                "Write a short guide to talking through risk with an adult who declines care.",
                "Calderbrook Council",
                "Principal Social Worker",
                "Jan-25",
                "Apr-25",
                "100%",
                COMMENT,
            ),
            (
                "1b",
                "Train hospital discharge staff in the guide.",
                "Calderbrook Hospitals Trust",
                "Named Nurse for Adults",
                "May-25",
                "Sep-25",
                "40%",
                COMMENT,
            ),
            (
                "1c",
                "Audit ten cases where care was declined to see if the risks were discussed.",
                "Calderbrook Council",
                "Quality Assurance Manager",
                "Oct-25",
                "Jan-26",
                "0%",
                COMMENT,
            ),
        ],
    ),
    (
        "2",
        "The Board should check that self-neglect referrals from housing are answered within five working days.",
        [
            (
                "2a",
                "Add self-neglect referrals to the monthly performance report.",
                "Calderbrook Council",
                "Head of Adult Social Care",
                "Feb-25",
                "Jun-25",
                "100%",
                COMMENT,
            ),
            (
                "2b",
                "Agree a shared referral form with the housing associations.",
                "Calderbrook Homes",
                "Tenancy Services Manager",
                "Mar-25",
                "Nov-25",
                "60%",
                COMMENT,
            ),
        ],
    ),
    (
        "3",
        "Partners should share what they know about a carer's own health when an adult's care is planned.",
        [
            (
                "3a",
                "Add a question on the carer's health to the care planning record.",
                "Calderbrook Council",
                "Systems Lead",
                "Apr-25",
                "Aug-25",
                "25%",
                COMMENT,
            ),
            (
                "3b",
                "Remind GP practices to record carers and share their needs.",
                "Calderbrook ICB",
                "Designated Adult Safeguarding Lead",
                "Jun-25",
                "Dec-25",
                "0%",
                COMMENT,
            ),
        ],
    ),
]
HEADERS = ["Ref", "Action", "Lead agency", "Lead officer", "Start", "Finish", "% complete", "Comments"]
WIDTHS = [1.0, 6.2, 3.2, 3.4, 1.4, 1.4, 1.7, 6.7]


def _status(percent: str) -> str:
    share = int(percent.rstrip("%"))
    return "complete" if share == 100 else "not_started" if share == 0 else "in_progress"


def _month(raw: str) -> str:
    mon, year = raw.split("-")
    return f"20{year}-{MONTHS.index(mon.lower()) + 1:02d}"


def build() -> None:
    doc = new_doc(
        landscape=True, font="Liberation Sans", size=8, footer_label="Calderbrook SAB – SAR Edith action plan"
    )
    para(doc, "Calderbrook Safeguarding Adults Board", bold=True, size=13)
    para(doc, "Safeguarding Adults Review: Edith – action plan", bold=True, size=11)
    kv_table(
        doc,
        [
            ("Review", "SAR Edith (CSAB 2024/02)"),
            ("Adult", "Edith, aged 81"),
            ("Plan owner", "SAR sub-group"),
            ("Last updated", "14 November 2025"),
        ],
        widths=(4, 9),
        size=8,
    )
    para(
        doc,
        "Reading the % complete column: 100% means the action is finished and the evidence has been seen; "
        "0% means work has not begun; any other figure is the lead officer's estimate of the work done.",
        italic=True,
    )
    t = make_table(doc, HEADERS, WIDTHS, size=8)
    for number, text, rows in RECS:
        full_row(t, f"Recommendation {number} – {text}", fill="E2EFD9", size=8)
        for values in rows:
            add_row(t, list(values), WIDTHS, size=8)
    para(doc, "")
    para(doc, "Three of the seven actions are complete (November 2025).")
    save_rendered(doc, HERE, STEM)


def gold() -> dict:
    lines = (HERE / f"{STEM}.txt").read_text(encoding="utf-8").splitlines()
    recs = [
        recommendation_record(number, " ".join(text.split()[:10]), _line_of(lines, text), scope=None)
        for number, text, _ in RECS
    ]
    actions = [
        action_record(
            " ".join(action.split()[:8]),
            _line_of(lines, action),
            ref=ref,
            recommendation_ref=number,
            lead=officer,
            target_date_raw=finish,
            target_date=_month(finish),
            status_raw=percent,
            status=_status(percent),
        )
        for number, _, rows in RECS
        for ref, action, _, officer, _, finish, percent, _ in rows
    ]
    return plan_gold(
        STEM,
        description=(
            "SAB standalone SAR plan, landscape Liberation Sans 8: a label/value box, a note on reading % complete, "
            "Ref | Action | Lead agency | Lead officer | Start | Finish | % complete | Comments with shaded "
            "'Recommendation N – ...' band rows over actions 1a-3b, months 'Jun-25', the header repeated on page 2"
        ),
        review=review("SAR", "Calderbrook", "Edith", review_id="CSAB 2024/02", age=81),
        review_alternatives={"area": ["Calderbrook Safeguarding Adults Board"]},
        recommendations=recs,
        actions=actions,
        notes=(
            "The target date is the Finish month; the status the % complete share (100% complete, 0% not "
            "started, else in progress); the lead the Lead officer. Not records: the box, the note, comments, the count."
        ),
    )


if __name__ == "__main__":
    build()
    save_gold(HERE, STEM, gold())
    print("wrote", f"{STEM}.json")
