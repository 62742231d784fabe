"""Build a zoo child safeguarding practice review whose chronology is dated by the week, not
the day, and whose partnership plan marks each action done or not by a symbol only.

cspr_week_commencing_done_plan: a local CSPR (Caladea 10.5, a footer of the page number alone;
the child survived, so no date of death). The chronology is a table Week commencing | Agency |
What happened, each date cell "w/c dd/mm/yyyy", two rows in the same week; each entry is dated
to the Monday printed and its text is the What happened cell. Recommendations "1." to "3." as
hanging paragraphs. Page 2 "Partnership action plan": Rec | Action | Lead | By when | Done?,
the Rec cell the recommendation's number (the actions have no ref of their own), the Done? cell
one symbol explained by a key line above the table (✓ complete, ◐ in progress, ✗ not started);
By when "dd.mm.yy", "by the next Board meeting" or "Ongoing" (the last two no date).

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_cspr_week_commencing_done_plan.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py DIR   # on a folder holding its .pdf and .json
"""

from __future__ import annotations

from week_commencing_review import WeekCommencingReview, main

STEM = "cspr_week_commencing_done_plan"
# (week, agency, what happened, iso monday)
WEEKS = [
    (
        "w/c 06/03/2023",
        "Health visiting",
        "A new birth visit found the home crowded and the mother tired but "
        "coping; the father was not present.",
        "2023-03-06",
    ),
    (
        "w/c 06/03/2023",
        "GP practice",
        "The mother told the practice nurse she was not sleeping and felt low; "
        "she was given a leaflet on postnatal support.",
        "2023-03-06",
    ),
    (
        "w/c 24/04/2023",
        "Police",
        "Officers attended a neighbour's call about shouting at the flat and gave "
        "words of advice; no referral was made.",
        "2023-04-24",
    ),
    (
        "w/c 15/05/2023",
        "Children's social care",
        "A contact from the school nurse about the older sibling's bruise was closed with no further action.",
        "2023-05-15",
    ),
    (
        "w/c 03/07/2023",
        "Hospital",
        "Ella was brought to the emergency department with a head injury and admitted for tests.",
        "2023-07-03",
    ),
]
RECS = [
    (
        "1",
        "The Partnership should make sure that a contact about one child in a household leads "
        "practitioners to ask about every other child living there.",
    ),
    (
        "2",
        "Health visiting and GP practices should agree how a mother's low mood raised at one "
        "service is passed to the other within a week.",
    ),
    (
        "3",
        "Thornbury Police should refer every attended domestic incident where a baby lives at the "
        "address to children's social care.",
    ),
]
# (rec, action, lead, by when, iso, done)
ROWS = [
    (
        "1",
        "Add a prompt about siblings to the front door contact form.",
        "Head of Front Door Service",
        "31.03.25",
        "2025-03-31",
        "✓",
    ),
    (
        "2",
        "Write a shared pathway for perinatal mental health between health visitors and GPs.",
        "Designated Nurse",
        "by the next Board meeting",
        None,
        "◐",
    ),
    (
        "2",
        "Audit ten records to check that low mood was passed on within a week.",
        "Named GP",
        "30.09.25",
        "2025-09-30",
        "✗",
    ),
    (
        "3",
        "Remind all response officers of the duty to refer when a baby lives at the address.",
        "Detective Inspector, Safeguarding",
        "Ongoing",
        None,
        "◐",
    ),
]
KEY = "Key to the Done? column: ✓ complete   ◐ in progress   ✗ not started"

REVIEW = WeekCommencingReview(
    stem=STEM,
    area="Thornbury",
    child="Ella",
    why=(
        "1.1 Ella, aged ten months, was seriously injured at home in July 2023. She has since "
        "recovered and lives with her grandparents."
    ),
    chronology_heading="2. What happened",
    chronology_intro="The table sets out the contacts that matter most, by the week they took place.",
    chronology_widths=[3.2, 3.6, 9.8],
    weeks=WEEKS,
    recs=RECS,
    rows=ROWS,
    key=KEY,
    plan_widths=[1.2, 7.0, 3.6, 3.0, 1.6],
    plan_note="The plan is checked at every meeting of the Partnership's practice review group.",
    description=(
        "CSPR (Caladea 10.5): chronology table Week commencing | Agency | What happened dated "
        "'w/c dd/mm/yyyy', recommendations 1.-3. as hanging paragraphs, a plan Rec | Action | "
        "Lead | By when | Done? whose Done? cell is a symbol read through a key line above it"
    ),
    notes="Each entry dated to the Monday printed; each action's status its Done? symbol through the key.",
)


if __name__ == "__main__":
    main(REVIEW)
