"""Build pending zoo documents of one family: a SAR executive summary followed by the Safeguarding
Adults Board's plan, whose action rows carry no ref and whose statuses are the plain words
"Done" / "Doing" / "To do", heldout42 family 3's plan in our own words.

The summary: a label table, "What happened" prose, "Recommendation N – <text>" run-ins. Then the
Board's plan, Rec | What the Board will do | Lead | By | Status, each row one action, the Rec cell
repeating the recommendation's number on every row (no action numbers). Two documents, so the
reading is not fitted to one:

- `sar_board_plan_done_doing_to_do_ashcombe_vale`: Nimbus Sans, "Rec" repeated per row, targets
  "Month yyyy";
- `sar_board_plan_done_doing_to_do_merged_rec_brindlemoor`: DejaVu Serif, the columns named
  "Recommendation | Action | Who | When | Progress", the Rec cell merged down over its rows and
  dates "dd/mm/yyyy".

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_sar_board_plan_done_doing_to_do.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py DIR   # on a folder holding its .pdf and .json
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parent))

from docx_build import add_row, kv_table, make_table, merge_down, new_doc, para  # noqa: E402
from office_export import save_rendered  # noqa: E402
from plan_gold import MONTHS, action_record, plan_gold, recommendation_record, review, save_gold  # noqa: E402

STATES = {"Done": "complete", "Doing": "in_progress", "To do": "not_started"}


@dataclass(frozen=True)
class BoardPlan:
    stem: str
    area: str
    person: str
    font: str
    headers: tuple
    widths: tuple
    merged: bool  # the Rec cell merged down over its rows, else repeated on each
    footer: str
    recs: list  # (number, recommendation, [(action, lead, by, state), ...])


ASHCOMBE = BoardPlan(
    stem="sar_board_plan_done_doing_to_do_ashcombe_vale",
    area="Ashcombe Vale",
    person="Mr Pennock",
    font="Nimbus Sans",
    headers=("Rec", "What the Board will do", "Lead", "By", "Status"),
    widths=(1.2, 7.6, 3.6, 2.4, 1.8),
    merged=False,
    footer="Safeguarding Adults Review: Mr Pennock • Executive summary • Page",
    recs=[
        (
            "1",
            "The Board should make sure that district nurses and home care staff know how to raise a "
            "concern when an older person refuses care that keeps them safe.",
            [
                (
                    "Publish a one-page guide on self-neglect for home care providers.",
                    "Board Business Manager",
                    "March 2025",
                    "Done",
                ),
                (
                    "Run two practice sessions on self-neglect for district nursing teams.",
                    "Designated Nurse, Adults",
                    "September 2025",
                    "Doing",
                ),
            ],
        ),
        (
            "2",
            "The Board should ask Ashcombe Vale Council to review how its contact centre passes on "
            "calls from neighbours who are worried about an adult living alone.",
            [
                (
                    "Agree a script for contact centre staff taking calls about an adult at risk.",
                    "Head of Adult Social Care",
                    "June 2025",
                    "Done",
                ),
                (
                    "Audit a sample of neighbour calls after the script has been in use for six months.",
                    "Principal Social Worker",
                    "January 2026",
                    "To do",
                ),
            ],
        ),
        (
            "3",
            "The Board should check within a year that partners have acted on this review's learning.",
            [
                (
                    "Hold a learning event for partner agencies on the review's findings.",
                    "Board Independent Chair",
                    "November 2025",
                    "Doing",
                ),
                (
                    "Report progress on this plan to the Board's annual meeting.",
                    "Board Business Manager",
                    "April 2026",
                    "To do",
                ),
            ],
        ),
    ],
)

BRINDLEMOOR = BoardPlan(
    stem="sar_board_plan_done_doing_to_do_merged_rec_brindlemoor",
    area="Brindlemoor",
    person="Mrs Elsdon",
    font="DejaVu Serif",
    headers=("Recommendation", "Action", "Who", "When", "Progress"),
    widths=(4.0, 5.8, 3.2, 2.4, 2.2),
    merged=True,
    footer="Brindlemoor SAB – SAR Mrs Elsdon – summary and plan –",
    recs=[
        (
            "1",
            "Brindlemoor Health and Care Partnership should make sure hospital discharge plans for "
            "people with dementia name the person who will check on them at home.",
            [
                (
                    "Add a named contact to the discharge checklist for patients with dementia.",
                    "Discharge Team Manager",
                    "31/03/2025",
                    "Done",
                ),
                (
                    "Check thirty discharge records for the named contact.",
                    "Quality Lead, Acute Trust",
                    "30/11/2025",
                    "Doing",
                ),
            ],
        ),
        (
            "2",
            "The Board should make sure that partners share information about a carer who is "
            "struggling to cope.",
            [
                (
                    "Write a short briefing on carers under strain for all partners.",
                    "Carers Lead, Adult Social Care",
                    "30/06/2025",
                    "Done",
                ),
                (
                    "Ask partners how they record that a carer is struggling.",
                    "Board Business Manager",
                    "31/01/2026",
                    "To do",
                ),
                (
                    "Add carers under strain to the multi-agency training programme.",
                    "Training Coordinator",
                    "31/03/2026",
                    "To do",
                ),
            ],
        ),
        (
            "3",
            "The Board should publish a short summary of this review for families.",
            [
                (
                    "Write the summary with the family's agreement.",
                    "Board Independent Chair",
                    "30/09/2025",
                    "Doing",
                ),
            ],
        ),
    ],
)

WHAT_HAPPENED = (
    "{person} was 83 and lived alone in a bungalow he had rented from the council for thirty years. "
    "He had diabetes and early dementia and had become more and more reluctant to let anyone in.",
    "Over the last year of his life, district nurses, a home care agency, his GP and the council's "
    "contact centre each had contact with him or heard about him from neighbours. Each agency saw "
    "part of the picture, and no one brought the parts together.",
    "He was found at home in a poor state in the summer and died in hospital nine days later.",
)


def _summary(doc, plan: BoardPlan) -> None:
    para(doc, f"{plan.area} Safeguarding Adults Board", bold=True, size=13)
    para(doc, f"Safeguarding Adults Review: {plan.person}", bold=True, size=12)
    para(doc, "Executive summary", bold=True, size=12)
    kv_table(
        doc,
        [
            ("Reviewer", "Independent reviewer"),
            ("Date agreed by the Board", "14 January 2025"),
            ("Published", "February 2025"),
        ],
        size=10,
    )
    para(doc, "What happened", bold=True, size=11)
    for text in WHAT_HAPPENED:
        para(doc, text.format(person=plan.person))
    para(doc, "Recommendations", bold=True, size=11)
    for number, text, _ in plan.recs:
        para(doc, f"Recommendation {number} – {text}")
    para(doc, "The Board accepted all of the recommendations and agreed the plan below.")


def build(plan: BoardPlan) -> None:
    doc = new_doc(font=plan.font, size=10, footer_label=plan.footer)
    _summary(doc, plan)
    para(doc, "The Board's plan", bold=True, size=11)
    t = make_table(doc, plan.headers, plan.widths, size=9.5)
    row = 1
    for number, _, rows in plan.recs:
        first = row
        for action, lead, by, state in rows:
            add_row(t, [number, action, lead, by, state], plan.widths, size=9.5)
            row += 1
        if plan.merged:
            merge_down(t, 0, first, row - 1, size=9.5)
    para(doc, "")
    para(doc, "Contact: the Board's business unit, by email or telephone.")
    save_rendered(doc, HERE, plan.stem)


def _iso(raw: str) -> str:
    if "/" in raw:
        d, m, y = raw.split("/")
        return f"{y}-{m}-{d}"
    month, year = raw.split()
    return f"{year}-{MONTHS.index(month.lower()) + 1:02d}"


def _line(lines: list[str], text: str) -> int:
    """The first line of the export holding the text's first words (1-based)."""
    for count in (3, 2):
        start = " ".join(text.split()[:count])
        found = [i for i, line in enumerate(lines, 1) if start in line]
        if found:
            return found[0]
    raise ValueError(text)


def gold(plan: BoardPlan) -> dict:
    lines = (HERE / f"{plan.stem}.txt").read_text(encoding="utf-8").splitlines()
    recs = [
        recommendation_record(number, " ".join(text.split()[:10]), _line(lines, f"Recommendation {number} –"))
        for number, text, _ in plan.recs
    ]
    actions = [
        action_record(
            " ".join(action.split()[:7]),
            _line(lines, action),
            ref=None,
            recommendation_ref=number,
            lead=lead,
            target_date_raw=by,
            target_date=_iso(by),
            status_raw=state,
            status=STATES[state],
        )
        for number, _, rows in plan.recs
        for action, lead, by, state in rows
    ]
    return plan_gold(
        plan.stem,
        description=(
            f"SAR executive summary ({plan.font}) with 'Recommendation N – ' run-ins, then the Board's plan "
            f"{' | '.join(plan.headers)}: unnumbered action rows, the number cell "
            + ("merged down" if plan.merged else "repeated on each row")
            + ", statuses Done / Doing / To do"
        ),
        review=review("SAR", plan.area, None, doc_kind="executive_summary"),
        review_alternatives={"area": [f"{plan.area} Safeguarding Adults Board"]},
        recommendations=recs,
        actions=actions,
        notes=(
            "Written by helper h42c (session 42); fictional. Recommendations the 'Recommendation N – ' "
            "run-ins. One action per plan row, ref null (none printed), recommendation_ref the number cell. "
            "Done complete, Doing in_progress, To do not_started."
        ),
    )


if __name__ == "__main__":
    for each in (ASHCOMBE, BRINDLEMOOR):
        build(each)
        save_gold(HERE, each.stem, gold(each))
        print("wrote", f"{each.stem}.json")
