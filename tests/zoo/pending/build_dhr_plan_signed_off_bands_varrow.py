"""(A second stand-in of the family, dhr_plan_signed_off_bands_varrow: Liberation Sans 8.5, other
widths and wording, "No." for the ref column, targets by quarter-end months and seasons.)

Build a zoo DHR action plan standing alone whose recommendations are shaded bands across the
table ("Recommendation N – <agency>" in bold over the recommendation's sentence, one merged
cell) over their actions' rows, and whose only word on progress is the date each action was
signed off.

dhr_plan_signed_off_bands: DejaVu Serif 8.5 portrait, `pdftotext -layout`. Page 1: title, a
label / value box (review, victim, date of death, plan holder, version), notes on completing
the plan. Page 2: Ref | Action | Action owner | Target | Evidence of completion | Date signed
off. Targets are seasons (a year) or "End of <Month> yyyy" (a month); a signed-off date means
the action is complete, a blank one says nothing of its state. A closing count of the actions
signed off.

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_dhr_plan_signed_off_bands.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py tests/zoo/pending   # the corpus-text rendering
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parent))

from docx.shared import Pt  # noqa: E402
from docx_build import add_row, heading, kv_table, make_table, new_doc, page_break, para, shade  # noqa: E402
from office_export import save_rendered  # noqa: E402
from plan_gold import (  # noqa: E402
    action_record,
    first_words,
    line_holding,
    plan_gold,
    recommendation_record,
    review,
    save_gold,
)

STEM = "dhr_plan_signed_off_bands_varrow"
SEASONS = ("Spring", "Summer", "Autumn", "Winter")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]  # fmt: skip

# (number, agency, recommendation, [(ref, action, owner, target, evidence, signed off), ...])
RECS = [
    (
        "1",
        "Varrow Safer Communities Partnership",
        "The Partnership should give every agency one agreed way of asking an older person about abuse "
        "at home when they are seen alone.",
        [
            (
                "1.1",
                "Agree a short set of questions with the older people's forum.",
                "Partnership Manager",
                "Spring 2025",
                "Questions agreed at the March forum",
                "28/03/2025",
            ),
            (
                "1.2",
                "Train front-door staff in four agencies to use the questions.",
                "Learning and Development Lead",
                "End of September 2025",
                "Two of four agencies trained",
                "",
            ),
        ],
    ),
    (
        "2",
        "Marlow Vale Police",
        "Marlow Vale Police should make sure that a call from a neighbour about an older couple is "
        "followed by a visit to each of them.",
        [
            (
                "2.1",
                "Change the call-handling script for neighbour reports.",
                "Superintendent, Contact Centre",
                "Summer 2025",
                "Script live from July",
                "15/07/2025",
            ),
            (
                "2.2",
                "Check a sample of forty calls after six months.",
                "Superintendent, Contact Centre",
                "Winter 2025/26",
                "",
                "",
            ),
        ],
    ),
    (
        "3",
        "Varrow Borough Council",
        "The Council's adult social care service should record who cares for whom when a carer's "
        "assessment is offered.",
        [
            (
                "3.1",
                "Add a caring-relationship field to the assessment record.",
                "Head of Adult Social Care Practice",
                "Autumn 2025",
                "Field built and being tested",
                "",
            ),
            (
                "3.2",
                "Audit twenty carers' assessments for the new field.",
                "Principal Social Worker",
                "End of March 2026",
                "",
                "",
            ),
        ],
    ),
    (
        "4",
        "Varrow Safer Communities Partnership",
        "The Partnership should share this review's learning with the places where older people "
        "meet, such as day centres and lunch clubs.",
        [
            (
                "4.1",
                "Write a one-page briefing for day centre staff.",
                "Partnership Manager",
                "Summer 2025",
                "Briefing sent to nine centres",
                "04/08/2025",
            ),
        ],
    ),
]


def _band(table, text_bold: str, text: str) -> None:
    row = table.add_row()
    cell = row.cells[0].merge(row.cells[-1])
    cell.text = ""
    run = cell.paragraphs[0].add_run(text_bold)
    run.bold, run.font.size = True, Pt(8.5)
    cell.add_paragraph().add_run(text).font.size = Pt(8.5)
    shade(cell, "E2E2E2")


def build() -> None:
    doc = new_doc(font="Liberation Sans", size=8.5)
    para(doc, "Varrow Safer Communities Partnership", bold=True, size=13)
    para(doc, "Domestic Homicide Review - Action Plan", bold=True, size=12)
    kv_table(
        doc,
        [
            ("DHR reference", "VSCP DHR 2023/04"),
            ("Victim", "Eileen, aged 79"),
            ("Date of death", "3 October 2023"),
            ("Plan holder", "Varrow Safer Communities Partnership Board"),
            ("Version", "2, updated September 2025"),
        ],
        size=8.5,
    )
    heading(doc, "Notes on completing this plan", 2)
    para(
        doc,
        "The review panel signs off an action when it has seen the evidence. Owners should not fill "
        "in the signed-off date themselves.",
    )
    page_break(doc)
    headers = ["No.", "Action", "Action owner", "Target", "Evidence of completion", "Date signed off"]
    widths = [0.9, 5.4, 3.2, 2.1, 3.1, 2.0]
    table = make_table(doc, headers, widths, size=8.5)
    for number, agency, text, rows in RECS:
        _band(table, f"Recommendation {number} – {agency}", text)
        for row in rows:
            add_row(table, list(row), widths, size=8.5)
    signed = sum(1 for *_, rows in RECS for r in rows if r[5])
    total = sum(len(rows) for *_, rows in RECS)
    para(doc, f"Actions signed off: {signed} of {total}")
    save_rendered(doc, HERE, STEM, layout=True)


def _target(raw: str) -> str | None:
    words = raw.split()
    if words[0] in SEASONS:
        return words[1][:4]
    return f"{words[-1]}-{MONTHS.index(words[-2]) + 1:02d}"


def gold() -> dict:
    lines = (HERE / f"{STEM}.txt").read_text(encoding="utf-8").splitlines()
    recs = [
        recommendation_record(
            number, first_words(text, 8), line_holding(lines, text, 5), agency=agency, scope=None
        )
        for number, agency, text, _ in RECS
    ]
    actions = [
        action_record(
            first_words(action, 8),
            line_holding(lines, action, 5),
            ref=ref,
            recommendation_ref=number,
            lead=owner,
            target_date_raw=target,
            target_date=_target(target),
            status_raw=signed or None,
            status="complete" if signed else "unknown",
        )
        for number, _, _, rows in RECS
        for ref, action, owner, target, _, signed in rows
    ]
    return plan_gold(
        STEM,
        description=(
            "DHR action plan standing alone (Liberation Sans 8.5, pdftotext -layout): a label/value box on page 1; "
            "table No. | Action | Action owner | Target | Evidence of completion | Date signed off, each recommendation "
            "a shaded full-width band 'Recommendation N – <agency>' over its sentence, actions 1.1-4.1 under it; "
            "targets seasons or 'End of <Month> yyyy'; no status column, a signed-off date means complete"
        ),
        review=review(
            "DHR",
            "Varrow",
            "Eileen",
            review_id="VSCP DHR 2023/04",
            age=79,
            date_of_death="2023-10-03",
        ),
        review_alternatives={"area": ["Varrow Safer Communities Partnership"]},
        recommendations=recs,
        actions=actions,
        notes=(
            "The band's bold line names the recommendation's number and agency and is not its text. The Evidence "
            "cell is progress, not the action. A signed-off date is the action's completion (complete); a blank one "
            "says nothing (unknown). Seasons are year precision."
        ),
    )


if __name__ == "__main__":
    build()
    save_gold(HERE, STEM, gold())
    print("wrote", f"{STEM}.json")
