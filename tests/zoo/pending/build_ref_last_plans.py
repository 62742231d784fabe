"""Build two zoo action plans whose action reference is printed in the LAST column, after the
status, with the recommendation in a first cell merged down over its actions' rows.

sar_plan_change_needed_merged_codes_key_ref_last_mon_yy_hobbeck: a Safeguarding Adults Board's
standalone SAR action plan (Liberation Sans 8, landscape). Page 1 carries "Finding N."
paragraphs and a bold key that spells out the status codes (C / O / NS) and says a target
"Feb 26" is a month and two-digit year; page 2 one table Change needed | Agreed action | Lead |
When | Status | Ref, the SAR's numbered recommendation "N. <text>" merged down, refs "HSAB-N.M".

police_imr_summary_rec_no_plan_discharged_ref_last_ordinal_wrapped_dunstree: a police
single-agency IMR summary (DejaVu Sans Mono 8.5): a label / value box, "Lessons noted" bullets
that say they are not recommendations, hanging "Rec. N" recommendations, then a plan Rec |
Action | Lead officer | Review date | Discharged? | Action ref, the Rec cell ("Rec N") merged down,
statuses Discharged / Partly discharged / Not discharged, ordinal targets ("31st March 2026")
wrapped in a narrow cell, refs "D-0N-x".

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_ref_last_plans.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py tests/zoo/pending   # the corpus-text rendering
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parent))

from docx.shared import Cm  # noqa: E402
from docx_build import kv_table, merged_plan_table, new_doc, page_break, para  # noqa: E402
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

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

# (number, recommendation, [(action, lead, due, code, ref), ...])
HOBBECK = [
    (
        "1",
        "Partners should agree a shared way of recording when an adult turns down care, so that a "
        "pattern of refusals is seen by everyone who visits.",
        [
            (
                "Draft a one-page refusal record for home care, district nursing and GP practices.",
                "Board Business Manager",
                "Feb 26",
                "C",
                "HSAB-1.1",
            ),
            (
                "Check after six months that the refusal record is being used by all three services.",
                "Quality Assurance Subgroup",
                "Sep 26",
                "NS",
                "HSAB-1.2",
            ),
        ],
    ),
    (
        "2",
        "The Board should make sure that staff understand how self-neglect and hoarding can "
        "put an adult's life at risk even when the adult has capacity.",
        [
            (
                "Run four half-day workshops on self-neglect for front-line practitioners.",
                "Learning and Development Lead",
                "Apr 26",
                "O",
                "HSAB-2.1",
            ),
            (
                "Add a hoarding scale to the adult social care assessment.",
                "Head of Adult Social Care",
                "Jan 26",
                "C",
                "HSAB-2.2",
            ),
        ],
    ),
    (
        "3",
        "Housing providers should tell adult social care when a tenant stops letting repair "
        "staff into the home.",
        [
            (
                "Write the referral route into the landlords' repairs procedure.",
                "Hobbeck Homes Tenancy Manager",
                "Jun 26",
                "O",
                "HSAB-3.1",
            ),
        ],
    ),
]

CODES = {"C": "complete", "O": "in_progress", "NS": "not_started"}

# (number, recommendation, [(action, lead, due, discharged, ref), ...])
DUNSTREE = [
    (
        "1",
        "The force should remind call handlers to check the history of an address before "
        "grading a call about a domestic incident.",
        [
            (
                "Issue a briefing note to every contact centre team.",
                "Contact Centre Inspector",
                "31st January 2026",
                "Discharged",
                "D-01-a",
            ),
            (
                "Dip-sample fifty graded calls and report the findings.",
                "Contact Centre Inspector",
                "30th April 2026",
                "Partly discharged",
                "D-01-b",
            ),
        ],
    ),
    (
        "2",
        "Officers attending a domestic incident should record the views of any child present.",
        [
            (
                "Add a child's voice field to the attendance record.",
                "Public Protection Chief Inspector",
                "31st March 2026",
                "Not discharged",
                "D-02-a",
            ),
        ],
    ),
    (
        "3",
        "The force should make sure that bail conditions are passed to the victim on the day they are set.",
        [
            (
                "Change the custody checklist to prompt a call to the victim.",
                "Custody Superintendent",
                "28th February 2026",
                "Discharged",
                "D-03-a",
            ),
            (
                "Audit twenty bail cases for the call to the victim.",
                "Custody Superintendent",
                "30th June 2026",
                "Not discharged",
                "D-03-b",
            ),
        ],
    ),
]

DISCHARGE = {"Discharged": "complete", "Partly discharged": "in_progress", "Not discharged": "not_started"}


def _month(raw: str) -> str:
    mon, yy = raw.split()
    return f"20{yy}-{MONTHS.index(mon) + 1:02d}"


def _day(raw: str) -> str:
    day, month, year = raw.split()
    names = "January February March April May June July August September October November December"
    return f"{year}-{names.split().index(month) + 1:02d}-{int(day[:-2]):02d}"


def build_hobbeck(stem: str) -> None:
    doc = new_doc(landscape=True, font="Liberation Sans", size=8, footer_label="Hobbeck SAB – SAR Ada")
    for sec in doc.sections:
        sec.left_margin = sec.right_margin = Cm(1.8)
    para(doc, "Hobbeck Safeguarding Adults Board", bold=True, size=13)
    para(doc, "Safeguarding Adults Review: Ada – action plan", bold=True, size=11)
    para(
        doc,
        "Finding 1. Each service that visited Ada knew she had turned down help, but no one saw "
        "how often it had happened across all of them.",
    )
    para(
        doc,
        "Finding 2. Practitioners took Ada's capacity as the end of the conversation rather "
        "than the start of one.",
    )
    para(
        doc,
        "Status key: C = complete; O = ongoing, work started; NS = not started. A date in the When "
        "column such as Feb 26 means the month and year (February 2026).",
        bold=True,
    )
    para(doc, "Actions in this plan: 5. Complete: 2.")
    page_break(doc)
    headers = ["Change needed", "Agreed action", "Lead", "When", "Status", "Ref"]
    widths = [6.5, 7.0, 4.2, 1.6, 1.4, 2.2]
    groups = [(([f"{n}. {text}"]), [list(row) for row in rows]) for n, text, rows in HOBBECK]
    merged_plan_table(doc, headers, widths, groups, size=8)
    para(doc, "Plan agreed by the Board on 14 November 2025.")
    save_rendered(doc, HERE, stem)


def build_dunstree(stem: str) -> None:
    doc = new_doc(font="DejaVu Sans Mono", size=8.5, header="OFFICIAL – DUNSTREE CONSTABULARY")
    para(doc, "Dunstree Constabulary – Individual Management Review summary", bold=True, size=11)
    kv_table(
        doc,
        [
            ("Review", "Domestic Homicide Review 'Lorna'"),
            ("IMR author", "Detective Inspector Wen Adeyemi"),
            ("Period covered", "March 2021 to August 2024"),
            ("Signed off", "Chief Superintendent, 12 October 2025"),
        ],
        size=8.5,
    )
    para(doc, "Lessons noted (these are not recommendations):", bold=True)
    for text in (
        "Call grading relied on what the caller said on the night.",
        "No officer spoke to the children on two of the five visits.",
    ):
        para(doc, f"• {text}")
    para(doc, "Recommendations of this IMR", bold=True)
    for number, text, _ in DUNSTREE:
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(1.5)
        p.paragraph_format.first_line_indent = Cm(-1.5)
        p.add_run(f"Rec. {number}\t").bold = True
        p.add_run(text)
    para(doc, "Action plan", bold=True)
    headers = ["Rec", "Action", "Lead officer", "Review date", "Discharged?", "Action ref"]
    widths = [1.4, 5.2, 3.4, 2.0, 2.4, 1.9]
    groups = [([f"Rec {number}"], [list(row) for row in rows]) for number, _, rows in DUNSTREE]
    merged_plan_table(doc, headers, widths, groups, size=8.5)
    para(doc, "Discharged actions are reported to the Review Panel with their evidence.")
    save_rendered(doc, HERE, stem)


def gold_hobbeck(stem: str) -> dict:
    lines = (HERE / f"{stem}.txt").read_text(encoding="utf-8").splitlines()
    recs = [
        recommendation_record(n, first_words(text, 8), line_holding(lines, f"{n}. {text}", 5), scope=None)
        for n, text, _ in HOBBECK
    ]
    actions = [
        action_record(
            first_words(action, 8),
            line_holding(lines, action, 4),
            ref=ref,
            recommendation_ref=n,
            lead=lead,
            target_date_raw=due,
            target_date=_month(due),
            status_raw=code,
            status=CODES[code],
        )
        for n, _, rows in HOBBECK
        for action, lead, due, code, ref in rows
    ]
    return plan_gold(
        stem,
        description=(
            "SAB standalone SAR action plan (Liberation Sans 8, landscape, plain pdftotext): Change needed | "
            "Agreed action | Lead | When | Status | Ref, the numbered recommendation merged down, status codes "
            "C / O / NS from a printed key, ref last ('HSAB-1.1'), When 'Feb 26' a month"
        ),
        review=review("SAR", "Hobbeck", "Ada"),
        review_alternatives={"area": ["Hobbeck Safeguarding Adults Board"]},
        recommendations=recs,
        actions=actions,
        notes=(
            "Findings and the key are not records. Recommendation refs are the printed numbers, text after 'N. '. "
            "'Feb 26' is February 2026 as the key says. Codes per the key: O (ongoing, work started) in progress."
        ),
    )


def gold_dunstree(stem: str) -> dict:
    lines = (HERE / f"{stem}.txt").read_text(encoding="utf-8").splitlines()
    recs = [
        recommendation_record(
            n,
            first_words(text, 8),
            line_holding(lines, text, 4),
            agency="Dunstree Constabulary",
            level="agency",
            scope=None,
        )
        for n, text, _ in DUNSTREE
    ]
    actions = [
        action_record(
            first_words(action, 6),
            line_holding(lines, action, 3),
            ref=ref,
            recommendation_ref=n,
            agency_section="Dunstree Constabulary",
            lead=lead,
            target_date_raw=due,
            target_date=_day(due),
            status_raw=state,
            status=DISCHARGE[state],
        )
        for n, _, rows in DUNSTREE
        for action, lead, due, state, ref in rows
    ]
    return plan_gold(
        stem,
        description=(
            "Police IMR summary and plan (DejaVu Sans Mono 8.5, plain pdftotext): label / value box, lessons "
            "said not to be recommendations, hanging 'Rec. N', plan Rec ('Rec N') | Action | Lead officer | Review "
            "date | Discharged? | Action ref, Rec. merged down, ref last, Discharged / Partly / Not discharged"
        ),
        review=review("DHR", "Dunstree", "Lorna", author="Detective Inspector Wen Adeyemi"),
        review_alternatives={"area": ["Dunstree Constabulary"]},
        recommendations=recs,
        actions=actions,
        notes=(
            "Lessons noted are not recommendations. Discharged complete, Partly discharged in progress, Not "
            "discharged not started. Ordinal review dates are days."
        ),
    )


if __name__ == "__main__":
    for name, build, gold in (
        ("sar_plan_change_needed_merged_codes_key_ref_last_mon_yy_hobbeck", build_hobbeck, gold_hobbeck),
        (
            "police_imr_summary_rec_no_plan_discharged_ref_last_ordinal_wrapped_dunstree",
            build_dunstree,
            gold_dunstree,
        ),
    ):
        build(name)
        save_gold(HERE, name, gold(name))
