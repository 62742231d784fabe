"""Build the pending zoo document `cspr_key_events_status_opening_update`: a local child
safeguarding practice review whose chronology is a "Key events" table with the child's age in a
column of its own, dated "dd-Mon-yy", and whose plan says how each action stands in a bold word
opening its last cell ("In progress – the pathway is in draft ...").

DejaVu Serif 9.5, portrait. Key events: Date | Child's age | Agency | Key event, dates "14-Mar-22";
each entry dated the day printed, its text the Key event cell. Two shaded "Learning point N:"
boxes (not records). Recommendations LR1-LR3, a bold ref and a hanging paragraph. Plan: No. |
What we will do | Who | By when | Where we are now, the last cell opening with a bold status word
and a dash ("Completed –", "In progress –", "Not started –") before a sentence; By when "March
2025" (a month).

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_cspr_key_events_status_opening_update.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py DIR   # on a folder holding its .pdf and .json
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parent))

from board_response_build import _line_of  # noqa: E402
from docx.shared import Pt  # noqa: E402
from docx_build import add_row, box, heading, make_table, new_doc, page_break, para  # noqa: E402
from gold_lines import chronology_gold  # noqa: E402
from office_export import save_rendered  # noqa: E402
from plan_gold import action_record, iso, plan_gold, recommendation_record, review, save_gold  # noqa: E402

STEM = "cspr_key_events_status_opening_update"
MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
# (date, age, agency, key event)
EVENTS = [
    (
        "14-Mar-22",
        "Newborn",
        "Maternity",
        "Rowan was born at Haddley General; the midwife noted the mother's earlier contact with mental health services.",
    ),
    (
        "29-Apr-22",
        "6 weeks",
        "Health visiting",
        "A six-week check found Rowan well; the mother said she was managing but had little support from family.",
    ),
    (
        "02-Jun-22",
        "11 weeks",
        "Police",
        "Police attended the flat after a neighbour heard shouting; the father had left before they arrived.",
    ),
    (
        "17-Aug-22",
        "5 months",
        "GP practice",
        "The mother asked the GP for help with her sleep and low mood and was referred to talking therapies.",
    ),
    (
        "09-Nov-22",
        "8 months",
        "Children's social care",
        "A referral from the nursery about a bruise to Rowan's arm led to a strategy discussion the same day.",
    ),
    (
        "21-Nov-22",
        "8 months",
        "Hospital",
        "A skeletal survey found two older fractures and Rowan was placed with her aunt.",
    ),
]
RECS = [
    (
        "LR1",
        "The Partnership should make sure that practitioners ask who else cares for a baby whenever they see the baby at home.",
    ),
    (
        "LR2",
        "Haddley Police should share every domestic incident at an address where a baby lives with the health visiting team.",
    ),
    (
        "LR3",
        "The Partnership should check that a bruise on a baby who is not yet mobile is always referred for a medical opinion.",
    ),
]
STATES = {"Completed": "complete", "In progress": "in_progress", "Not started": "not_started"}
# (rec, what we will do, who, by when, state, where we are now)
ROWS = [
    (
        "LR1",
        "Add a question about everyone caring for the baby to the new birth visit record.",
        "Head of Health Visiting",
        "March 2025",
        "Completed",
        "the question was added to the record in February.",
    ),
    (
        "LR2",
        "Agree a daily list of domestic incidents shared with health visiting.",
        "Detective Inspector, Public Protection",
        "June 2025",
        "In progress",
        "the list is in draft and a trial starts next month.",
    ),
    (
        "LR3",
        "Relaunch the bruising protocol with a short film for practitioners.",
        "Designated Doctor",
        "September 2025",
        "Not started",
        "the film is planned for the autumn.",
    ),
    (
        "LR3",
        "Audit twenty referrals about bruising in babies.",
        "Partnership Business Manager",
        "December 2025",
        "Not started",
        "due after the relaunch.",
    ),
]


def _iso_day(raw: str) -> str:
    day, month, year = raw.split("-")
    return f"20{year}-{MONTHS.index(month.lower()) + 1:02d}-{int(day):02d}"


def status_cell(cell, state: str, rest: str) -> None:
    """The last cell: the status word in bold, a dash, then what has been done."""
    p = cell.paragraphs[0]
    p.text = ""
    word = p.add_run(state)
    word.bold = True
    word.font.size = Pt(9.5)
    p.add_run(f" – {rest}").font.size = Pt(9.5)


def build() -> None:
    doc = new_doc(font="DejaVu Serif", size=9.5, footer_label="Haddley CSPR – Rowan")
    para(doc, "Haddley Safeguarding Children Partnership", bold=True, size=14)
    para(doc, "Local Child Safeguarding Practice Review: Rowan", bold=True, size=12)
    heading(doc, "1. Introduction", 1)
    para(
        doc,
        "1.1 Rowan was eight months old when she was found to have injuries that had not been explained. She is now well and lives with her aunt.",
    )
    heading(doc, "2. Key events", 1)
    para(doc, "The table below sets out the key events the review looked at.")
    widths = [2.2, 2.2, 3.4, 8.8]
    t = make_table(doc, ["Date", "Age", "Agency", "Key event"], widths, size=9.5)
    for date, age, agency, text in EVENTS:
        add_row(t, [date, age, agency, text], widths, size=9.5)
    para(doc, "")
    heading(doc, "3. What we learned", 1)
    box(
        doc,
        "Learning point 1: A baby's world is wider than the parent in front of us.\nPractitioners saw the mother alone at every visit and did not ask who else looked after Rowan.",
        size=9.5,
    )
    box(
        doc,
        "Learning point 2: Bruising in a baby who cannot yet move about is never minor.\nThe nursery's referral was acted on the same day and that worked well.",
        size=9.5,
    )
    heading(doc, "4. Recommendations", 1)
    for ref, text in RECS:
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Pt(34)
        p.paragraph_format.first_line_indent = Pt(-34)
        p.add_run(ref).bold = True
        p.add_run(f"\t{text}")
    page_break(doc)
    heading(doc, "5. Partnership plan", 1)
    widths = [1.3, 5.4, 3.3, 2.6, 4.0]
    t = make_table(doc, ["No.", "What we will do", "Who", "By when", "Where we are now"], widths, size=9.5)
    for rec, action, lead, when, state, rest in ROWS:
        row = add_row(t, [rec, action, lead, when, ""], widths, size=9.5)
        status_cell(row.cells[4], state, rest)
    para(doc, "The Partnership's learning group reviews this plan every three months.")
    save_rendered(doc, HERE, STEM)


def gold() -> dict:
    lines = (HERE / f"{STEM}.txt").read_text(encoding="utf-8").splitlines()
    chronology = chronology_gold(lines, [(text, date, _iso_day(date), False) for date, _, _, text in EVENTS])
    recs = [
        recommendation_record(ref, " ".join(text.split()[:10]), _line_of(lines, text), scope=None)
        for ref, text in RECS
    ]
    actions = [
        action_record(
            " ".join(action.split()[:8]),
            _line_of(lines, action),
            ref=None,
            recommendation_ref=rec,
            lead=lead,
            target_date_raw=when,
            target_date=iso(when),
            status_raw=state,
            status=STATES[state],
        )
        for rec, action, lead, when, state, _ in ROWS
    ]
    return plan_gold(
        STEM,
        description=(
            "Local CSPR (DejaVu Serif 9.5): a Key events table Date | Child's age | Agency | Key event dated "
            "'dd-Mon-yy', two shaded learning point boxes, recommendations LR1-LR3 with a bold ref, a plan No. | "
            "What we will do | Who | By when | Where we are now whose last cell opens with a bold status word"
        ),
        review=review("CSPR", "Haddley", "Rowan", doc_kind="overview_report"),
        review_alternatives={"area": ["Haddley Safeguarding Children Partnership"]},
        recommendations=recs,
        actions=actions,
        chronology=chronology,
        notes=(
            "Each key event dated the day printed, its text the Key event cell (age and agency not in it). "
            "Each action's status the word opening its Where we are now cell. Not records: the learning boxes."
        ),
    )


if __name__ == "__main__":
    build()
    save_gold(HERE, STEM, gold())
    print("wrote", f"{STEM}.json")
