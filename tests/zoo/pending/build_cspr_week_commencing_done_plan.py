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
SYMBOL = {"✓": "complete", "◐": "in_progress", "✗": "not_started"}
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


def build() -> None:
    doc = new_doc(font="Caladea", size=10.5)
    para(doc, "Thornbury Safeguarding Children Partnership", bold=True, size=15)
    para(doc, "Child Safeguarding Practice Review: Ella", bold=True, size=13)
    heading(doc, "1. Why this review was held", 1)
    para(
        doc,
        "1.1 Ella, aged ten months, was seriously injured at home in July 2023. She has since "
        "recovered and lives with her grandparents.",
    )
    heading(doc, "2. What happened", 1)
    para(doc, "The table sets out the contacts that matter most, by the week they took place.")
    widths = [3.2, 3.6, 9.8]
    t = make_table(doc, ["Week commencing", "Agency", "What happened"], widths, size=10)
    for week, agency, text, _ in WEEKS:
        add_row(t, [week, agency, text], widths, size=10)
    heading(doc, "3. Recommendations", 1)
    for ref, text in RECS:
        numbered(doc, f"{ref}.", text)
    page_break(doc)
    heading(doc, "4. Partnership action plan", 1)
    para(doc, KEY)
    widths = [1.2, 7.0, 3.6, 3.0, 1.6]
    t = make_table(doc, ["Rec", "Action", "Lead", "By when", "Done?"], widths, size=10)
    for rec, action, lead, when, _, done in ROWS:
        add_row(t, [rec, action, lead, when, done], widths, size=10)
    para(doc, "The plan is checked at every meeting of the Partnership's practice review group.")
    save_rendered(doc, HERE, STEM)


def gold() -> dict:
    lines = (HERE / f"{STEM}.txt").read_text(encoding="utf-8").splitlines()
    chronology = chronology_gold(lines, [(text, week, iso, False) for week, _, text, iso in WEEKS])
    recs = [
        recommendation_record(ref, " ".join(text.split()[:10]), _line_of(lines, text), scope=None)
        for ref, text in RECS
    ]
    actions = [
        action_record(
            " ".join(action.split()[:8]),
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
    out = plan_gold(
        STEM,
        family="cspr_week_commencing_done_plan",
        description=(
            "CSPR (Caladea 10.5): chronology table Week commencing | Agency | What happened dated "
            "'w/c dd/mm/yyyy', recommendations 1.-3. as hanging paragraphs, a plan Rec | Action | "
            "Lead | By when | Done? whose Done? cell is a symbol read through a key line above it"
        ),
        review=review("CSPR", "Thornbury", "Ella", doc_kind="overview_report"),
        review_alternatives={"area": ["Thornbury Safeguarding Children Partnership"]},
        recommendations=recs,
        actions=actions,
        chronology=chronology,
        notes="Each entry dated to the Monday printed; each action's status its Done? symbol through the key.",
    )
    return out


if __name__ == "__main__":
    build()
    save_gold(HERE, STEM, gold())
    print("wrote", f"{STEM}.json")
