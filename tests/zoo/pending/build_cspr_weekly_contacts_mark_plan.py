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

from week_commencing_review import WeekCommencingReview, main

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

REVIEW = WeekCommencingReview(
    stem=STEM,
    area="Harrowmere",
    child="Jacob",
    why=(
        "1.1 Jacob, aged two, was seriously injured at home in May 2023. He now lives with his "
        "aunt and is doing well."
    ),
    chronology_heading="2. Contacts with the family",
    chronology_intro="The table lists the contacts the review found most telling, week by week.",
    chronology_widths=[2.6, 3.4, 10.6],
    weeks=WEEKS,
    recs=RECS,
    rows=ROWS,
    key=KEY,
    plan_widths=[1.1, 7.2, 3.8, 2.9, 1.5],
    plan_note="The practice review group checks progress every quarter.",
    description=(
        "CSPR (Caladea 10.5, pdftotext -layout): chronology table Week commencing | Agency | "
        "What happened dated 'w/c dd/mm/yyyy' with wrapped agency and event cells, recommendations "
        "1.-4. as hanging paragraphs, a plan Rec | Action | Lead | By when | Done? whose Done? cell "
        "is a mark read through a key line above it"
    ),
    notes="Each entry dated to the Monday printed; each action's status its Done? mark through the key.",
    source_note="Source: the agencies' records, checked with the practitioners involved.",
    layout=True,
    action_words=7,
)


if __name__ == "__main__":
    main(REVIEW)
