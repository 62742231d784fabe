"""(A variant of build_cspr_weekly_contacts_mark_plan.py: the same review, recommendations and plan;
its own chronology, whose event cells name the days inside the week, and plain pdftotext.)

cspr_week_dated_events_plain: the chronology table Week commencing | Agency | What happened, each
date cell "w/c dd/mm/yyyy", two rows in one week, each What happened cell's sentences opening
with a day inside its week ("On 10 January ...", "On 14 February ..."); rendered to text by plain
`pdftotext` (the table's columns printed one after another). Each entry is dated to the Monday
printed and its text is the What happened cell.

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_cspr_week_dated_events_plain.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py DIR   # on a folder holding its .pdf and .json
"""

from __future__ import annotations

from dataclasses import replace

from build_cspr_weekly_contacts_mark_plan import REVIEW as WEEKLY_CONTACTS
from week_commencing_review import main

STEM = "cspr_week_dated_events_plain"
# (week, agency, what happened, iso monday)
WEEKS = [
    (
        "w/c 09/01/2023",
        "Midwifery service",
        "On 10 January the booking appointment took place with the new partner in the room. On 12 "
        "January the midwife wrote that the routine question about abuse had not been asked.",
        "2023-01-09",
    ),
    (
        "w/c 13/02/2023",
        "Early help hub",
        "On 13 February a request for a family support worker arrived from the nursery. It was "
        "placed on the waiting list on 15 February and the family was not told.",
        "2023-02-13",
    ),
    (
        "w/c 13/02/2023",
        "Nursery",
        "On 14 February staff saw Jacob flinch when an adult raised a hand. On 16 February they "
        "saw it again and wrote it in the daily diary only.",
        "2023-02-13",
    ),
    (
        "w/c 27/03/2023",
        "Children's social care",
        "On 28 March a duty social worker visited, saw Jacob asleep and closed the case on 30 March.",
        "2023-03-27",
    ),
    (
        "w/c 15/05/2023",
        "Hospital",
        "On 17 May Jacob was admitted with a broken arm. A skeletal survey on 18 May showed older fractures.",
        "2023-05-15",
    ),
]

REVIEW = replace(
    WEEKLY_CONTACTS,
    stem=STEM,
    weeks=WEEKS,
    chronology_heading="2. Chronology of key contacts",
    chronology_widths=[3.2, 3.6, 9.8],
    description=(
        "CSPR (Caladea 10.5, plain pdftotext): chronology table Week commencing | Agency | "
        "What happened dated 'w/c dd/mm/yyyy', the event cells' sentences opening with days of the week, recommendations "
        "1.-4. as hanging paragraphs, a plan Rec | Action | Lead | By when | Done? whose Done? cell "
        "is a mark read through a key line above it"
    ),
    layout=False,
)


if __name__ == "__main__":
    main(REVIEW)
