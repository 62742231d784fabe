"""Build the pending zoo document `dhr_circled_recs_progress_bars_memorial`: a Domestic Homicide
Review executive summary, Liberation Sans 10.5, with its action plan.

The cover names no "date of death": it holds a memorial line, "In memory of <name>" over the
lifespan "<birth date> – <death date>" (the second date the date of death). The recommendations
are numbered with circled digits (① ② ③ ...), each a hanging paragraph (the digit, a tab, the
sentence). The plan's Progress column prints a bar of five squares ("■■■□□", ■ a fifth done,
□ a fifth to do) under a key, no status word: five filled is complete, one to four in progress,
none not started.

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_dhr_circled_recs_progress_bars_memorial.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py DIR   # on a folder holding its .pdf and .json
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx.shared import Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parent))

from docx_build import add_row, heading, make_table, new_doc, para  # noqa: E402
from office_export import save_rendered  # noqa: E402
from plan_gold import (  # noqa: E402
    action_record,
    iso,
    line_opening,
    plan_gold,
    recommendation_record,
    review,
    save_gold,
)

STEM = "dhr_circled_recs_progress_bars_memorial"
CIRCLED = "①②③④⑤"
RECS = [
    "Ashcombe Community Safety Partnership should make sure that every agency asks about "
    "coercive control when an older couple's care needs change.",
    "Ashcombe Adult Social Care should offer a carer's assessment to any partner who is the main "
    "carer of a person with dementia.",
    "Ashcombe Primary Care Network should record in the patient's notes when a partner attends "
    "every appointment and answers for them.",
    "Rivermead Police should share the outcome of a domestic abuse call with the person's GP "
    "within three working days.",
    "The Partnership should publish a short guide for families on where to turn when a carer "
    "becomes frightening.",
]  # fmt: skip
# (ref, recommendation, action, lead, target date, filled squares of five)
ACTIONS = [
    ("1.1", "1", "Add questions on coercive control to the joint assessment form.",
     "Partnership manager", "March 2025", 5),
    ("1.2", "1", "Brief every agency's safeguarding lead on the new questions.",
     "Partnership manager", "June 2025", 3),
    ("2.1", "2", "Write carer's assessment offers into the dementia care pathway.",
     "Head of adult services", "September 2025", 2),
    ("3.1", "3", "Add a prompt to the practice system when a partner answers for a patient.",
     "Clinical lead", "December 2025", 0),
    ("4.1", "4", "Agree a notification route from the police to general practice.",
     "Detective inspector", "April 2025", 5),
    ("5.1", "5", "Draft the family guide with the help of local carers' groups.",
     "Partnership manager", "January 2026", 1),
]  # fmt: skip


def bar(filled: int) -> str:
    return "■" * filled + "□" * (5 - filled)


def state(filled: int) -> str:
    return "complete" if filled == 5 else "not_started" if filled == 0 else "in_progress"


def _circled(doc, digit: str, text: str) -> None:
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Pt(24)
    p.paragraph_format.first_line_indent = Pt(-24)
    p.add_run(f"{digit}\t{text}")


def build() -> None:
    doc = new_doc(
        font="Liberation Sans", size=10.5, footer_label="Ashcombe CSP – DHR Ruth – executive summary"
    )
    para(doc, "Ashcombe Community Safety Partnership", bold=True, size=15)
    para(doc, "Domestic Homicide Review: executive summary", bold=True, size=13)
    para(doc, "In memory of Ruth", italic=True, size=12)
    para(doc, "14 February 1948 – 2 October 2023", italic=True, size=12)
    heading(doc, "1. Why this review was held", 1)
    para(
        doc,
        "Ruth lived with her husband in Ashcombe. In her last years she had dementia and he was her only "
        "carer. Several agencies saw the couple but none asked Ruth on her own how things were at home.",
    )
    heading(doc, "2. What the review learned", 1)
    para(doc, "Care needs and domestic abuse were seen as separate questions, by separate teams.")
    heading(doc, "3. Recommendations", 1)
    for digit, text in zip(CIRCLED, RECS):
        _circled(doc, digit, text)
    heading(doc, "4. Action plan", 1)
    para(doc, "Key: each ■ is a fifth of the action done; each □ a fifth still to do.")
    widths = [1.4, 6.6, 3.4, 2.6, 2.4]
    table = make_table(doc, ["Ref", "Action", "Lead", "Target date", "Progress"], widths)
    for ref, _, action, lead, due, filled in ACTIONS:
        add_row(table, [ref, action, lead, due, bar(filled)], widths)
    save_rendered(doc, HERE, STEM)


def gold() -> dict:
    lines = (HERE / f"{STEM}.txt").read_text(encoding="utf-8").splitlines()
    recs = [
        recommendation_record(str(n), " ".join(text.split()[:10]), line_opening(lines, text[:20]), scope=None)
        for n, text in enumerate(RECS, 1)
    ]
    actions = [
        action_record(
            action.rstrip("."),
            line_opening(lines, action[:20]),
            ref=ref,
            recommendation_ref=rec,
            lead=lead,
            target_date_raw=due,
            target_date=iso(due),
            status_raw=bar(filled),
            status=state(filled),
        )
        for ref, rec, action, lead, due, filled in ACTIONS
    ]
    return plan_gold(
        STEM,
        description=(
            "DHR executive summary (Liberation Sans 10.5): a cover whose only date of death is a memorial lifespan "
            "line ('In memory of Ruth' over '14 February 1948 – 2 October 2023'), five recommendations numbered "
            "with circled digits as hanging paragraphs, and a plan Ref | Action | Lead | Target date | Progress "
            "whose Progress cells are bars of five squares under a key"
        ),
        review=review("DHR", "Ashcombe", "Ruth", doc_kind="executive_summary", date_of_death="2023-10-02"),
        review_alternatives={"area": ["Ashcombe Community Safety Partnership"]},
        recommendations=recs,
        actions=actions,
        notes=(
            "Recommendation refs are the circled digits' numbers (① is 1). Each bar's status: five filled "
            "complete, one to four in progress, none not started; its text kept as status_raw. The date of "
            "death is the lifespan's second date."
        ),
    )


if __name__ == "__main__":
    build()
    save_gold(HERE, STEM, gold())
    print("wrote", f"{STEM}.json")
