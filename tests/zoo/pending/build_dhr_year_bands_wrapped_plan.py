"""Build dhr_year_bands_wrapped_plan_marlow: a DHR executive summary of the year-band family
(build_dhr_year_bands_completed_plan.py) varied: its plan's cells wrap (actions over two or three
lines, the Who cell a role over two lines, a dd/mm/yyyy target beside them), a Completed column
holding the day the action closed, "Ongoing" or nothing, and the chronology's bands two years
apart with dates like "9 Jan", "mid Apr", "Sep".

Built in Word (python-docx, Liberation Sans 10), exported to PDF by LibreOffice and to text by
plain pdftotext; corpus text by `/tmp/plumbvenv/bin/python dev/corpus_style.py DIR`.

    python tests/zoo/pending/build_dhr_year_bands_wrapped_plan.py

All people, places and bodies are fictional; the wording is our own.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # tests/, for the shared export steps
sys.path.insert(0, str(HERE.parent))  # tests/zoo/, for the gold frame

from docx_build import add_row, full_row, heading, make_table, new_doc, numbered, page_break, para  # noqa: E402
from gold_lines import chronology_gold  # noqa: E402
from office_export import save_with_gold  # noqa: E402
from plan_gold import action_record, find_line, first_words, plan_gold, recommendation_record, review  # noqa: E402

STEM = "dhr_year_bands_wrapped_plan_marlow"

# (year band or None, date cell, agency, what happened, iso date)
CHRONOLOGY = [
    ("2019", "9 Jan", "GP", "Priya asked her GP for help with anxiety and said money was tight.", "2019-01-09"),
    (None, "mid Apr", "Police", "Officers gave Priya advice after she reported threatening texts.", "2019-04"),
    (None, "Sep", "School", "Her son's teacher noticed he was often late and tired.", "2019-09"),
    ("2021", "22 Feb", "Hospital", "Priya was treated for a burn to her hand.", "2021-02-22"),
    (None, "6 Jul", "Police", "Officers arrested Karl after a neighbour reported a fight.", "2021-07-06"),
]  # fmt: skip

RECS = [
    ("1", "Marlow Fen Police", "Marlow Fen Police should check that every report of threatening messages is "
     "assessed for domestic abuse."),
    ("2", "Marlow Fen Schools", "Marlow Fen Schools should share concerns about a child's lateness with the "
     "school nurse when a parent may be at risk."),
    ("3", "Fenside Hospitals NHS Trust", "Fenside Hospitals NHS Trust should ask every adult treated for a burn "
     "how it happened, away from anyone with them."),
]  # fmt: skip

# (rec, action, who, target, completed)
PLAN = [
    ("1", "Add a domestic abuse question to the crime recording checklist for threatening messages",
     "Detective Superintendent, Public Protection", "30/04/2025", "11/04/2025"),
    ("1", "Dip sample fifty reports of threatening messages after the change",
     "Detective Superintendent, Public Protection", "31/10/2025", "Ongoing"),
    ("2", "Issue guidance to schools on lateness as a possible sign of harm at home",
     "Education Safeguarding Lead", "31/07/2025", ""),
    ("3", "Update the burns pathway so that the patient is seen alone at least once",
     "Lead Nurse for Adult Safeguarding", "31/01/2026", "Ongoing"),
]  # fmt: skip
COMPLETED = {"Ongoing": "in_progress", "": "unknown"}


def document():
    doc = new_doc(
        header="Marlow Fen Community Safety Partnership",
        footer_label="Executive summary",
        font="Liberation Sans",
        size=10,
    )
    para(doc, "Domestic Homicide Review: Executive Summary", bold=True, size=15)
    para(doc, "The death of 'Priya', aged 41, in Marlow Fen in October 2021", size=11)
    heading(doc, "1. What agencies knew", level=1)
    para(doc, "The table sets out the contacts agencies had with Priya, year by year.")
    t = make_table(doc, ["Date", "Agency", "What happened"], [2.4, 2.8, 11.3], size=9.5)
    for band, date, agency, what, _ in CHRONOLOGY:
        if band:
            full_row(t, band, fill="E0E0E0", size=9.5)
        add_row(t, [date, agency, what], [2.4, 2.8, 11.3], size=9.5)
    para(doc, "")
    heading(doc, "2. Recommendations", level=1)
    for number, _, text in RECS:
        numbered(doc, f"{number}.", text)
    page_break(doc)
    heading(doc, "3. Action plan", level=1)
    widths = [1.0, 6.0, 3.4, 2.4, 2.6]
    plan = make_table(doc, ["Rec", "Action", "Who", "Target", "Completed"], widths, size=9.5)
    for row in PLAN:
        add_row(plan, list(row), widths, size=9.5)
    para(doc, "")
    para(doc, "Progress on this plan is reported to the Partnership's board each quarter.")
    return doc


def _iso(dmy: str) -> str:
    d, m, y = dmy.split("/")
    return f"{y}-{m}-{d}"


def gold(lines):
    return plan_gold(
        STEM,
        family="DHR executive summary: year-band chronology, date-only Completed column",
        description=(
            "DHR executive summary built in Word (python-docx, Liberation Sans 10), exported to PDF by LibreOffice "
            "and to text by plain pdftotext: a chronology Date | Agency | What happened with the years only in "
            "full-width shaded rows, numbered recommendations, and a plan Rec | Action | Who | Target | Completed "
            "whose action and Who cells wrap."
        ),
        review=review(
            "DHR", "Marlow Fen", "Priya", doc_kind="executive_summary", age=41, date_of_death="2021-10"
        ),
        recommendations=[
            recommendation_record(number, first_words(text, 10), find_line(lines, text), agency=agency)
            for number, agency, text in RECS
        ],
        actions=[
            action_record(
                first_words(action, 6),
                find_line(lines, action),
                recommendation_ref=rec,
                lead=who,
                target_date_raw=target,
                target_date=_iso(target),
                status_raw=done or None,
                status=COMPLETED.get(done, "complete"),
            )
            for rec, action, who, target, done in PLAN
        ],
        chronology=chronology_gold(
            lines, [(what, date, iso, False, {"heading": None}) for _, date, _, what, iso in CHRONOLOGY]
        ),
        notes=(
            "Chronology: the What happened cell, dated by the day and month printed and the year of the band "
            "above. Actions: no refs; a closure date in Completed -> complete, Ongoing -> in_progress, empty -> "
            "unknown."
        ),
    )


if __name__ == "__main__":
    save_with_gold(document(), HERE, STEM, gold)
