"""Build the pending zoo document `dhr_overview_fact_strip_ho_plan_status_in_outcome`: a Domestic
Homicide Review overview report extract, Nimbus Sans 10 (tables 8), portrait, with its plan.

The title page gives its facts in a horizontal strip: one bordered table of four headed cells
side by side (Review reference | Commissioned by | Date of death | Independent chair and author,
white bold heads on a dark fill) over one row of values. Numbered paragraphs; the
recommendations a No. | Recommendation | Lead agency table; then, on the same page, the Home
Office template plan with its seven column names as printed, the Recommendation cell ("1. ...",
a short restatement) and Scope cell merged down over the actions, no action refs, targets
dd/mm/yyyy, and no status column: the status only opens the "Date of completion and Outcome"
cell ("Completed 12/02/2025. Outcome: ...", "Ongoing – ...", "Not yet started."). The plan runs
over a page break under its repeated header.

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_dhr_overview_fact_strip_ho_plan_status_in_outcome.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py DIR   # on a folder holding its .pdf and .json
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx.shared import Cm, RGBColor

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parent))

from docx_build import (  # noqa: E402
    HO_PLAN_HEADERS,
    add_row,
    heading,
    make_table,
    merge_down,
    new_doc,
    page_break,
    para,
    set_text,
    set_widths,
    shade,
)
from office_export import save_rendered  # noqa: E402
from plan_gold import action_record, first_words, iso, plan_gold, recommendation_record, review, save_gold  # noqa: E402

STEM = "dhr_overview_fact_strip_ho_plan_status_in_outcome"
STRIP = [
    ("Review reference", "BXP/DHR/2022/07"),
    ("Commissioned by", "Braxby Safer Communities Partnership"),
    ("Date of death", "04/11/2022"),
    ("Independent chair and author", "Morag Ellery"),
]
# (number, recommendation, lead agency, scope, short restatement,
#  [(action, lead, milestones, target, outcome, status)])
PLAN = [
    ("1", "Braxby Safer Communities Partnership should produce a briefing for practitioners on "
     "recognising abuse of a parent by an adult child who depends on them.",
     "Braxby Safer Communities Partnership", "Local", "Produce a briefing on abuse by adult children.",
     [("Draft the briefing with the older people's forum.", "Braxby Safer Communities Partnership",
       "Forum consulted; draft agreed by the board.", "31/01/2025",
       "Completed 12/02/2025. Outcome: briefing issued to all partner agencies.", "complete"),
      ("Run two lunchtime sessions on the briefing for frontline staff.", "Braxby Safer Communities Partnership",
       "First session held in March.", "30/06/2025", "Ongoing – second session booked for the autumn.",
       "in_progress")]),
    ("2", "Braxby Adult Social Care should make sure that a carer's assessment asks whether the "
     "person cared for is afraid of anyone in the household.",
     "Braxby Adult Social Care", "Local", "Carer's assessments to ask about fear at home.",
     [("Add a question on fear at home to the carer's assessment.", "Braxby Adult Social Care",
       "Form redrafted; system change requested from the supplier and tested by the team leads.",
       "31/03/2025", "Completed 28/03/2025. Outcome: question live on the case system.", "complete"),
      ("Audit twenty carer's assessments for the new question.", "Braxby Adult Social Care",
       "Audit tool written.", "30/09/2025", "Not yet started.", "not_started")]),
    ("3", "Braxby Police should flag an address where a parent has reported harm by an adult "
     "child so that later calls are seen together.",
     "Braxby Police", "Local", "Flag addresses of earlier reports of harm.",
     [("Agree the flag's wording with the control room and the public protection unit.", "Braxby Police",
       "Wording agreed at the force's safeguarding group after two rounds of comments from the "
       "control room supervisors and the public protection unit's managers.", "28/02/2025",
       "Completed 03/03/2025. Outcome: flag in use on the command and control system.", "complete")]),
    ("4", "Braxby Community Mental Health Team should ask the people a patient lives with about "
     "their own safety when the patient stops taking medication.",
     "Braxby Community Mental Health Team", "Local", "Ask household members about their safety.",
     [("Add the question to the relapse plan template.", "Braxby Community Mental Health Team",
       "Template change drafted.", "31/05/2025", "Ongoing – awaiting the clinical governance group.",
       "in_progress"),
      ("Brief every care coordinator on the new template.", "Braxby Community Mental Health Team",
       "None yet.", "31/07/2025", "Not yet started.", "not_started")]),
    ("5", "The Home Office should add abuse of a parent by an adult child to its statutory guidance "
     "as a form of domestic abuse to be considered in reviews.",
     "Home Office", "National", "Write to the Home Office on adult child to parent abuse.",
     [("The chair of the partnership to write to the Home Office.", "Braxby Safer Communities Partnership",
       "Letter drafted.", "30/04/2025", "Completed 15/04/2025. Outcome: letter sent; reply awaited.",
       "complete")]),
]  # fmt: skip


FILLER = 2  # (the Police row's milestones run over the page break)
PLAN_WIDTHS = [2.6, 1.5, 3.0, 2.2, 3.0, 1.9, 2.8]


def _fact_strip(doc) -> None:
    t = doc.add_table(rows=2, cols=len(STRIP))
    t.style = "Table Grid"
    for k, (head, value) in enumerate(STRIP):
        cell = t.cell(0, k)
        set_text(cell, head, bold=True, size=9)
        cell.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        shade(cell, "1F3864")
        set_text(t.cell(1, k), value, size=9)
    set_widths(t, [4.2] * len(STRIP))


def _title_page(doc) -> None:
    para(doc, "Braxby Safer Communities Partnership", bold=True, size=13)
    para(doc, "Domestic Homicide Review", bold=True, size=20)
    para(doc, "Overview report into the death of ‘Edith’", size=14)
    para(doc, "Extract: summary, recommendations and action plan", italic=True)
    _fact_strip(doc)
    page_break(doc)


def _body(doc) -> None:
    heading(doc, "1. Introduction", 1)
    para(doc, "1.1 Edith was 74 when she died at her home in Braxby in the late autumn of 2022.")
    para(doc, "1.2 Her son, who lived with her, was convicted of her manslaughter.")
    heading(doc, "2. Conclusions", 1)
    para(doc, "2.1 Agencies saw Edith as her son's carer and did not ask whether she was safe with him.")
    heading(doc, "3. Recommendations", 1)
    widths = [1.2, 11.0, 4.6]
    t = make_table(doc, ["No.", "Recommendation", "Lead agency"], widths, size=8)
    for number, rec, agency, *_ in PLAN:
        add_row(t, [number, rec, agency], widths, size=8)
    para(doc, "")
    heading(doc, "Appendix: action plan", 1)
    para(doc, "The plan below is on the Home Office template. Progress was last updated in May 2025.")


def _plan(doc) -> None:
    t = make_table(doc, list(HO_PLAN_HEADERS), PLAN_WIDTHS, size=8)
    row = 1
    for number, _, _, scope, short, actions in PLAN:
        first = row
        for action, lead, milestones, target, outcome, _ in actions:
            add_row(
                t,
                [f"{number}. {short}", scope, action, lead, milestones, target, outcome],
                PLAN_WIDTHS,
                size=8,
            )
            row += 1
        for col in (0, 1):
            merge_down(t, col, first, row - 1, size=8)
    para(doc, "Eight actions in all; four completed.")


def build() -> None:
    doc = new_doc(font="Nimbus Sans", size=10, footer_label="Braxby DHR ‘Edith’ – overview report")
    for sec in doc.sections:
        sec.left_margin = sec.right_margin = Cm(2.0)
    _title_page(doc)
    _body(doc)
    for _ in range(FILLER):
        para(doc, "2.2 The panel read each agency's records of its contact with Edith and her son over the "
             "five years before her death, and heard from her neighbours.")  # fmt: skip
    _plan(doc)
    save_rendered(doc, HERE, STEM)


def gold() -> dict:
    lines = (HERE / f"{STEM}.txt").read_text(encoding="utf-8").splitlines()

    def first_line(text: str) -> int | None:
        probe = " ".join(text.split()[:4])
        return next((n for n, ln in enumerate(lines, 1) if ln.strip().startswith(probe)), None)

    recs = [
        recommendation_record(
            number, first_words(rec, 12), first_line(rec), agency=agency, scope=scope.lower()
        )
        for number, rec, agency, scope, _, _ in PLAN
    ]
    acts = [
        action_record(
            first_words(action, 8), first_line(action), ref=None, recommendation_ref=number, lead=lead,
            target_date_raw=target, target_date=iso(target), status_raw=outcome, status=state,
        )
        for number, _, _, _, _, actions in PLAN
        for action, lead, _, target, outcome, state in actions
    ]  # fmt: skip
    return plan_gold(
        STEM,
        description=(
            "DHR overview extract (Nimbus Sans 10, tables 8, portrait): a title-page fact strip of four headed "
            "cells side by side over their values; a No. | Recommendation | Lead agency table; a Home Office "
            "template plan, Recommendation and Scope merged down, no refs, dd/mm/yyyy targets, the status only "
            "opening the 'Date of completion and Outcome' cell; the plan runs over a page break"
        ),
        review=review(
            "DHR",
            "Braxby",
            "Edith",
            doc_kind="overview_report",
            review_id="BXP/DHR/2022/07",
            author="Morag Ellery",
            age=74,
            date_of_death="2022-11-04",
        ),
        review_alternatives={"area": ["Braxby Safer Communities Partnership"]},
        recommendations=recs,
        actions=acts,
        notes=(
            "The recommendations are the table's rows (the plan's '1. ...' cells restate them). Actions carry no "
            "printed ref; their status is the word opening the outcome cell: Completed complete, Ongoing "
            "in_progress, Not yet started not_started. The fact strip gives the review id, date of death and author."
        ),
    )


if __name__ == "__main__":
    build()
    save_gold(HERE, STEM, gold())
    print("wrote", f"{STEM}.json")
