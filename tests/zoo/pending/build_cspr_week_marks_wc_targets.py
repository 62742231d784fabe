"""Build a zoo child safeguarding practice review of the week-commencing family whose plan gives
its targets as weeks too and says how far each action has got by a mark alone, the marks' key a
line under the table, rendered to text by plain `pdftotext`.

cspr_week_marks_wc_targets_stallowby: a local CSPR (Caladea 10.5, tables 9.5; the child survived,
no date of death). The chronology is a table Week commencing | Agency | What happened, each date
cell "w/c dd/mm/yyyy", two rows in one week; each entry is dated to the Monday printed and its text
is the What happened cell. Recommendations "1." to "3." as hanging paragraphs. Then "Action plan":
Rec | Action | Lead | By when | Done?, the Rec cell the recommendation's number (no action refs),
By when "w/c dd/mm/yyyy" (read as that Monday), a month, "Ongoing"; the Done? cell one mark
(✓ / ◐ / ✗) explained by a key line printed under the table.

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_cspr_week_marks_wc_targets.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py DIR   # on a folder holding its .pdf and .json
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

HERE = Path(os.environ.get("ZOO_OUT", Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from board_response_build import _line_of  # noqa: E402
from docx_build import add_field, add_row, heading, make_table, new_doc, numbered, para  # noqa: E402
from gold_lines import chronology_gold  # noqa: E402
from office_export import save_rendered  # noqa: E402
from plan_gold import action_record, plan_gold, recommendation_record, review, save_gold  # noqa: E402

STEM = "cspr_week_marks_wc_targets_stallowby"
# (week, agency, what happened, iso monday)
WEEKS = [
    (
        "w/c 06/02/2023",
        "School",
        "Mia's class teacher noticed a burn on her wrist and asked her about it. Mia said she had "
        "touched the oven. The teacher logged the answer but did not tell the designated lead.",
        "2023-02-06",
    ),
    (
        "w/c 06/02/2023",
        "GP practice",
        "Mia's mother rang for an appointment for Mia's cough and mentioned she was struggling to "
        "cope with three children alone.",
        "2023-02-06",
    ),
    (
        "w/c 20/03/2023",
        "Housing",
        "A repairs officer visited the flat about damp and saw that the children's bedroom had no "
        "bed. No referral was made.",
        "2023-03-20",
    ),
    (
        "w/c 24/04/2023",
        "Police",
        "Officers attended after a neighbour heard shouting. Mia's mother said there had been an "
        "argument with a visitor who had left.",
        "2023-04-24",
    ),
    (
        "w/c 05/06/2023",
        "Hospital",
        "Mia was brought to the emergency department with a fractured arm. A child protection "
        "referral was made the same day.",
        "2023-06-05",
    ),
]
RECS = [
    (
        "1",
        "Schools in Stallowby should record every explained injury on the safeguarding log, whatever "
        "the child's explanation, so that patterns can be seen.",
    ),
    (
        "2",
        "Housing officers should be trained to recognise signs of neglect during repair visits and "
        "to know how to raise a concern.",
    ),
    (
        "3",
        "The Partnership should ask the police to share every call to a household with children "
        "with the school nurse within a week.",
    ),
]
SYMBOL = {"✓": "complete", "◐": "in_progress", "✗": "not_started"}
# (rec, action, lead, by when, iso, done)
ROWS = [
    (
        "1",
        "Add a field for explained injuries to the schools' safeguarding log.",
        "Education Safeguarding Lead",
        "w/c 02/06/2025",
        "2025-06-02",
        "✓",
    ),
    (
        "2",
        "Run two briefings on neglect for repairs staff.",
        "Head of Housing Services",
        "September 2025",
        "2025-09",
        "◐",
    ),
    (
        "2",
        "Add a neglect prompt to the repair visit checklist.",
        "Head of Housing Services",
        "Ongoing",
        None,
        "✗",
    ),
    (
        "3",
        "Agree a weekly list of calls to share with school nursing.",
        "Detective Inspector, Public Protection",
        "w/c 01/12/2025",
        "2025-12-01",
        "◐",
    ),
]
KEY = "Key: ✓ done   ◐ started   ✗ not started"


def page_of(sec, label: str) -> None:
    """The footer "<body>  –  page N of M"."""
    p = sec.footer.paragraphs[0]
    p.text = ""
    p.add_run(label)
    add_field(p.add_run(), "PAGE")
    p.add_run(" of ")
    add_field(p.add_run(), "NUMPAGES")


def build() -> None:
    doc = new_doc(font="Caladea", size=10.5, header="OFFICIAL – Stallowby CSPR 2024/02")
    page_of(doc.sections[0], "Stallowby Safeguarding Children Partnership  –  page ")
    para(doc, "Stallowby Safeguarding Children Partnership", bold=True, size=14)
    para(doc, "Child Safeguarding Practice Review: Mia", bold=True, size=13)
    heading(doc, "1. Introduction", 1)
    para(
        doc,
        "1.1 Mia, aged seven, was injured at home in June 2023. She has recovered and lives with her father.",
    )
    heading(doc, "2. What happened", 1)
    para(doc, "The review gathered the agencies' contacts with the family week by week.")
    widths = [2.8, 3.0, 10.6]
    t = make_table(doc, ["Week commencing", "Agency", "What happened"], widths, size=9.5)
    for week, agency, text, _ in WEEKS:
        add_row(t, [week, agency, text], widths, size=9.5)
    heading(doc, "3. Recommendations", 1)
    for ref, text in RECS:
        numbered(doc, f"{ref}.", text)
    heading(doc, "4. Action plan", 1)
    para(doc, "The Partnership agreed these actions in response to the recommendations.")
    if os.environ.get("KEY_ABOVE"):
        para(doc, KEY)
    widths = [1.1, 7.2, 4.5, 2.3, 1.2]
    t = make_table(doc, ["Rec", "Action", "Lead", "By when", "Done?"], widths, size=9.5)
    for rec, action, lead, when, _, done in ROWS:
        add_row(t, [rec, action, lead, when, done], widths, size=9.5)
    if not os.environ.get("KEY_ABOVE"):
        para(doc, KEY)
    para(doc, "Progress is reported to the Partnership's learning group every quarter.")
    save_rendered(doc, HERE, STEM, layout=False)


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
            "CSPR (Caladea 10.5, plain pdftotext): chronology Week commencing | Agency | What happened "
            "dated 'w/c dd/mm/yyyy', recommendations 1.-3., a plan Rec | Action | Lead | By when | Done? "
            "with 'w/c' targets and a mark for status explained by a key line under the table"
        ),
        review=review("CSPR", "Stallowby", "Mia", doc_kind="overview_report"),
        review_alternatives={"area": ["Stallowby Safeguarding Children Partnership"]},
        recommendations=recs,
        actions=actions,
        chronology=chronology,
        notes="Entries dated to the Monday printed; 'w/c' targets that Monday; status the Done? mark through the key.",
    )


if __name__ == "__main__":
    build()
    save_gold(HERE, STEM, gold())
    print("wrote", f"{STEM}.json")
