"""Build the pending zoo document `sar_thematic_run_in_lettered_recs_plan_marlow_vale`: a thematic
Safeguarding Adults Review summary about three adults (P052 9.5), its recommendations lettered by
theme, and a plan on page 2 that repeats each recommendation's code in its Ref cell.

Page 1: a short introduction, a families' quotes box, "Theme A – ..." and "Theme B – ..." sections
(a finding paragraph, then each recommendation a paragraph opening with its bold code run in
before the sentence: "A1 The Board should ...", no tab, no hanging indent), an italic learning
line that says it is not a recommendation. Page 2: a key line for the progress words and one table
Ref | What we will do | Who | When | How we will know | Progress; the Ref cell the recommendation's
code on every row (no action refs), When "Mar-26" (Mon-yy), Progress Achieved / Underway / Not yet
begun.

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_sar_thematic_run_in_lettered_recs_plan.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py DIR   # on a folder holding its .pdf and .json
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parent))

from board_response_build import _line_of  # noqa: E402
from docx_build import add_row, box, make_table, new_doc, page_break, para  # noqa: E402
from office_export import save_rendered  # noqa: E402
from plan_gold import action_record, plan_gold, recommendation_record, review, save_gold  # noqa: E402

STEM = "sar_thematic_run_in_lettered_recs_plan_marlow_vale"
THEMES = [
    (
        "Theme A – Seeing the whole household",
        "Each of the three adults lived with a relative who also needed care, and no agency asked what the "
        "relative could manage from one month to the next.",
        [
            (
                "A1",
                "The Board should ask every partner to record who else lives with an adult they support and "
                "whether that person also has care needs.",
            ),
            (
                "A2",
                "Carers' assessments should be offered again whenever the person cared for is discharged from hospital.",
            ),
        ],
    ),
    (
        "Theme B – When help is turned down",
        "Offers of help were refused on the doorstep and the refusal was written down as a choice without "
        "anyone returning to talk it through.",
        [
            (
                "B1",
                "Adult social care should agree a second visit by a different worker before closing a case "
                "after help is refused.",
            ),
            (
                "B2",
                "The Board should publish short guidance on talking with adults about the risks of declining support.",
            ),
        ],
    ),
]
# (ref, what we will do, who, when, how we will know, progress, status)
PLAN = [
    (
        "A1",
        "Add a household members field to the shared referral form",
        "Head of Business Support",
        "Mar-26",
        "Audit of twenty referrals shows the field completed",
        "Achieved",
        "complete",
    ),
    (
        "A1",
        "Brief team managers on asking about other carers at home",
        "Principal Social Worker",
        "Jun-26",
        "Attendance list from the briefings",
        "Underway",
        "in_progress",
    ),
    (
        "A2",
        "Change the discharge checklist so that a carers' assessment is offered",
        "Discharge Lead, Vale Hospitals Trust",
        "Sep-26",
        "Checklist in use on all wards",
        "Not yet begun",
        "not_started",
    ),
    (
        "B1",
        "Write the second visit step into the closure procedure",
        "Adult Social Care Service Manager",
        "Apr-26",
        "Procedure published on the intranet",
        "Achieved",
        "complete",
    ),
    (
        "B2",
        "Draft and consult on the guidance with two carers' groups",
        "Board Business Manager",
        "Jul-26",
        "Guidance signed off by the Board",
        "Underway",
        "in_progress",
    ),
]
MONTHS = {"Mar": "03", "Apr": "04", "Jun": "06", "Jul": "07", "Sep": "09"}
HEADERS = ("Ref", "What we will do", "Who", "When", "How we will know", "Progress")
WIDTHS = (1.4, 4.6, 3.2, 1.6, 3.6, 2.2)


def _run_in(doc, code: str, text: str) -> None:
    p = doc.add_paragraph()
    p.add_run(code).bold = True
    p.add_run(f" {text}")


def build() -> None:
    doc = new_doc(font="P052", size=9.5, footer_label="Marlow Vale SAB · Thematic review")
    para(doc, "Marlow Vale Safeguarding Adults Board", bold=True, size=14)
    para(
        doc, "Thematic Safeguarding Adults Review: Mr Dunmore, Mrs Quayle and Ms Ferrand", bold=True, size=12
    )
    para(doc, "Summary report and action plan", bold=True, size=11)
    para(
        doc,
        "This review looked at the lives of three adults who died at home between 2022 and 2024. Each "
        "was known to several agencies and each cared for, or was cared for by, a member of the family.",
    )
    box(
        doc,
        "What families told us\n“Nobody asked my brother how he was coping.”\n“We were told she had the right to say no.”",
    )
    for theme, finding, recs in THEMES:
        para(doc, theme, bold=True, size=11)
        para(doc, finding)
        for code, text in recs:
            _run_in(doc, code, text)
    para(
        doc,
        "Learning for all practitioners: a refusal is the start of a conversation, not the end of one. "
        "This is shared for reflection and is not a recommendation.",
        italic=True,
    )
    page_break(doc)
    para(doc, "Action plan", bold=True, size=11)
    para(doc, "Key: Achieved – done and checked; Underway – started; Not yet begun – not started.")
    t = make_table(doc, HEADERS, WIDTHS, size=8.5)
    for row in PLAN:
        add_row(t, list(row[:6]), WIDTHS, size=8.5)
    save_rendered(doc, HERE, STEM)


def _review() -> dict:
    """The review: a thematic SAR of three adults, no single date of death."""
    rv = review("SAR", "Marlow Vale", None, doc_kind="executive_summary")
    rv["victims"] = [{"pseudonym": name, "age": None} for name in ("Mr Dunmore", "Mrs Quayle", "Ms Ferrand")]
    return rv


def gold() -> dict:
    lines = (HERE / f"{STEM}.txt").read_text(encoding="utf-8").splitlines()
    recs = [
        recommendation_record(code, " ".join(text.split()[:10]), _line_of(lines, text), scope=None)
        for _, _, rows in THEMES
        for code, text in rows
    ]
    actions = [
        action_record(
            action,
            _line_of(lines, action),
            recommendation_ref=ref,
            lead=who,
            target_date_raw=when,
            target_date=f"20{when[-2:]}-{MONTHS[when[:3]]}",
            status_raw=progress,
            status=state,
        )
        for ref, action, who, when, _, progress, state in PLAN
    ]
    return plan_gold(
        STEM,
        description=(
            "Thematic SAR summary about three adults (P052 9.5): 'Theme A – ...' sections whose recommendations "
            "open with a bold code run in before the sentence (A1, A2, B1, B2), an italic learning line, a quotes "
            "box; page 2 a plan Ref | What we will do | Who | When | How we will know | Progress, the Ref cell the "
            "recommendation's code on every row, When Mon-yy, Progress Achieved / Underway / Not yet begun"
        ),
        review=_review(),
        review_alternatives={"area": ["Marlow Vale Safeguarding Adults Board"]},
        recommendations=recs,
        actions=actions,
        notes=(
            "Recommendations A1-B2, their code the ref. One action per plan row, no action refs, recommendation_ref "
            "the Ref cell. Achieved -> complete, Underway -> in_progress, Not yet begun -> not_started; 'Mar-26' -> "
            "the month. Not records: the quotes box, the learning line, the key, the How we will know cells."
        ),
    )


if __name__ == "__main__":
    build()
    save_gold(HERE, STEM, gold())
    print("wrote", f"{STEM}.json")
