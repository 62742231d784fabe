"""Build a zoo child safeguarding practice review whose chronology gives the week of each contact
and whose partnership plan says how far each action has got by a mark alone, rendered to text by
`pdftotext -layout` (the columns kept where they print).

cspr_weekly_contacts_mark_plan: a local CSPR (Caladea 10.5; the child survived, no date of
death). The chronology is a table Week commencing | Agency | What happened, each date cell
"w/c dd/mm/yyyy", three rows in one week, agency cells wrapping over two lines and What happened
cells over two to four lines (one naming a day and a time of its own, one a later date); each entry
is dated to the Monday printed and its text is the What happened cell. Recommendations "1." to "4."
as hanging paragraphs. Page 2 "Partnership action plan": a key line above the table (the marks in
another order than the other builder's: ✗ not started, ◐ in progress, ✓ complete), then
Rec | Action | Lead | By when | Done?, the Rec cell the recommendation's number (no action refs),
By when "dd.mm.yy", "by the next Board meeting" or "Ongoing".

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_cspr_weekly_contacts_mark_plan.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py DIR   # on a folder holding its .pdf and .json
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parent))

from board_response_build import _line_of  # noqa: E402
from docx_build import add_row, heading, make_table, new_doc, numbered, page_break, para  # noqa: E402
from gold_lines import chronology_gold  # noqa: E402
from office_export import save_rendered  # noqa: E402
from plan_gold import action_record, plan_gold, recommendation_record, review, save_gold  # noqa: E402

STEM = "cspr_weekly_contacts_mark_plan"
# (week, agency, what happened, iso monday)
WEEKS = [
    (
        "w/c 09/01/2023",
        "Midwifery service",
        "At the booking appointment on 11 January the mother said she had moved in with a new partner two months "
        "before; the routine question about abuse at home was not asked because he was in the room.",
        "2023-01-09",
    ),
    (
        "w/c 13/02/2023",
        "Early help hub",
        "A request for a family support worker was received from the nursery and placed on the "
        "waiting list; the family was not contacted.",
        "2023-02-13",
    ),
    (
        "w/c 13/02/2023",
        "Nursery",
        "On Tuesday 14 February staff noticed that Jacob, aged two, flinched when an adult raised a hand and wrote this in "
        "the daily diary only; on 16 February they noticed it again.",
        "2023-02-13",
    ),
    (
        "w/c 13/02/2023",
        "Ambulance service",
        "A crew called on Thursday at 23:40 to a fall on the stairs found the partner intoxicated "
        "and the mother with a cut lip; they treated her at the scene and left the address after "
        "midnight without passing on a concern, because the mother said she had slipped and the "
        "partner agreed.",
        "2023-02-13",
    ),
    (
        "w/c 27/03/2023",
        "Children's social care duty team",
        "A referral from the ambulance service's later review, dated 30/03/2023, led to a visit by a "
        "duty social worker, who saw Jacob asleep and closed the case.",
        "2023-03-27",
    ),
    (
        "w/c 15/05/2023",
        "Hospital",
        "Jacob was admitted on 17 May 2023 with a broken arm and bruising of different ages; "
        "a strategy meeting was held the next day.",
        "2023-05-15",
    ),
]
RECS = [
    (
        "1",
        "The Partnership should require that the question about abuse at home is asked again at the "
        "next contact whenever it could not be asked in private.",
    ),
    (
        "2",
        "Early help hub managers should contact every family placed on the waiting list within ten "
        "working days.",
    ),
    (
        "3",
        "Nursery settings should tell the early help hub when a child's reaction to an adult worries "
        "staff, and record that they did so.",
    ),
    (
        "4",
        "The ambulance service should pass on a concern whenever a crew attends an injury at a "
        "household with a young child and an adult is intoxicated.",
    ),
]
SYMBOL = {"✓": "complete", "◐": "in_progress", "✗": "not_started"}
# (rec, action, lead, by when, iso, done)
ROWS = [
    (
        "1",
        "Add a prompt to the maternity record to repeat the question at the next visit.",
        "Head of Midwifery",
        "30.06.25",
        "2025-06-30",
        "◐",
    ),
    (
        "2",
        "Set a ten-day contact standard and report waiting times monthly.",
        "Early Help Manager",
        "31.01.25",
        "2025-01-31",
        "✓",
    ),
    (
        "3",
        "Issue guidance to nursery settings on sharing worries about a child's reactions.",
        "Early Years Lead",
        "by the next Board meeting",
        None,
        "✗",
    ),
    (
        "3",
        "Check the daily diaries of five settings for concerns not passed on.",
        "Early Years Lead",
        "Ongoing",
        None,
        "◐",
    ),
    (
        "4",
        "Change the crew's patient record so that a concern must be raised when both conditions are met.",
        "Safeguarding Lead, Ambulance Service",
        "31.12.25",
        "2025-12-31",
        "✗",
    ),
]
KEY = "Done? column: ✗ = not started; ◐ = in progress; ✓ = complete"


def build() -> None:
    doc = new_doc(font="Caladea", size=10.5)
    para(doc, "Harrowmere Safeguarding Children Partnership", bold=True, size=15)
    para(doc, "Child Safeguarding Practice Review: Jacob", bold=True, size=13)
    heading(doc, "1. Why this review was held", 1)
    para(
        doc,
        "1.1 Jacob, aged two, was seriously injured at home in May 2023. He now lives with his "
        "aunt and is doing well.",
    )
    heading(doc, "2. Contacts with the family", 1)
    para(doc, "The table lists the contacts the review found most telling, week by week.")
    widths = [2.6, 3.4, 10.6]
    t = make_table(doc, ["Week commencing", "Agency", "What happened"], widths, size=10)
    for week, agency, text, _ in WEEKS:
        add_row(t, [week, agency, text], widths, size=10)
    para(doc, "Source: the agencies' records, checked with the practitioners involved.")
    heading(doc, "3. Recommendations", 1)
    for ref, text in RECS:
        numbered(doc, f"{ref}.", text)
    page_break(doc)
    heading(doc, "4. Partnership action plan", 1)
    para(doc, KEY)
    widths = [1.1, 7.2, 3.8, 2.9, 1.5]
    t = make_table(doc, ["Rec", "Action", "Lead", "By when", "Done?"], widths, size=10)
    for rec, action, lead, when, _, done in ROWS:
        add_row(t, [rec, action, lead, when, done], widths, size=10)
    para(doc, "The practice review group checks progress every quarter.")
    save_rendered(doc, HERE, STEM, layout=True)


def gold() -> dict:
    lines = (HERE / f"{STEM}.txt").read_text(encoding="utf-8").splitlines()
    chronology = chronology_gold(lines, [(text, week, iso, False) for week, _, text, iso in WEEKS])
    recs = [
        recommendation_record(ref, " ".join(text.split()[:10]), _line_of(lines, text), scope=None)
        for ref, text in RECS
    ]
    actions = [
        action_record(
            " ".join(action.split()[:7]),
            _line_of(lines, action),
            recommendation_ref=rec,
            lead=lead,
            target_date_raw=when,
            target_date=iso,
            status_raw=done,
            status=SYMBOL[done],
        )
        for rec, action, lead, when, iso, done in ROWS
    ]
    return plan_gold(
        STEM,
        family="cspr_week_commencing_done_plan",
        description=(
            "CSPR (Caladea 10.5, pdftotext -layout): chronology table Week commencing | Agency | "
            "What happened dated 'w/c dd/mm/yyyy' with wrapped agency and event cells, recommendations "
            "1.-4. as hanging paragraphs, a plan Rec | Action | Lead | By when | Done? whose Done? cell "
            "is a mark read through a key line above it"
        ),
        review=review("CSPR", "Harrowmere", "Jacob", doc_kind="overview_report"),
        review_alternatives={"area": ["Harrowmere Safeguarding Children Partnership"]},
        recommendations=recs,
        actions=actions,
        chronology=chronology,
        notes="Each entry dated to the Monday printed; each action's status its Done? mark through the key.",
    )


if __name__ == "__main__":
    build()
    save_gold(HERE, STEM, gold())
    print("wrote", f"{STEM}.json")
