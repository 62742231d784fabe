"""The year-band family's shared builder (build_dhr_year_bands_completed_plan.py and its
stand-ins): a DHR executive summary whose chronology table, "Date | Agency | What happened",
prints each year only in a full-width shaded row ("2020") and day-and-month dates without a year
under it ("14 Mar", "late Jun", "May"); its recommendations hanging numbered paragraphs naming
their agency; and on the next page an action plan "Rec | Action | Who | Target | Completed" with
no action refs, dd/mm/yyyy targets and a Completed column holding the day the action closed,
"Ongoing", or nothing. Each stand-in gives its own `YearBandReview` (partnership, face, wording,
rows, widths); the document and its gold are built from it alike.

Built in Word (python-docx), exported to PDF by LibreOffice and to text by plain pdftotext.

All people, places and bodies are fictional; the wording is our own.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # tests/, for the shared export steps
sys.path.insert(0, str(HERE.parent))  # tests/zoo/, for the gold frame

from docx_build import add_row, full_row, heading, make_table, new_doc, numbered, page_break, para  # noqa: E402
from gold_lines import chronology_gold  # noqa: E402
from office_export import save_with_gold  # noqa: E402
from plan_gold import action_record, find_line, first_words, plan_gold, recommendation_record, review  # noqa: E402

__all__ = ["YearBandReview", "main"]

FAMILY = "DHR executive summary: year-band chronology, date-only Completed column"
COMPLETED = {"Ongoing": "in_progress", "": "unknown"}


@dataclass
class YearBandReview:
    """One stand-in: its stem, partnership, face, wording, tables and gold's words."""

    stem: str
    area: str  # (the gold's area)
    partnership: str  # (the page header)
    font: str
    size: float
    death: str  # (the line under the title: who died, aged, where and when)
    chronology_heading: str
    chronology_intro: str
    chronology_widths: list[float]
    band_fill: str  # (the year bands' shading)
    # (year band or None, date cell, agency, what happened, iso date)
    chronology: list[tuple[str | None, str, str, str, str]]
    # (number, agency, recommendation)
    recs: list[tuple[str, str, str]]
    # (rec, action, who, target, completed)
    plan: list[tuple[str, str, str, str, str]]
    plan_widths: list[float]
    plan_note: str  # (the line under the plan)
    action_words: int  # (the gold action's opening words)
    description: str
    victim: str
    age: int
    date_of_death: str
    notes: str


def document(r: YearBandReview):
    doc = new_doc(header=r.partnership, footer_label="Executive summary", font=r.font, size=r.size)
    para(doc, "Domestic Homicide Review: Executive Summary", bold=True, size=15)
    para(doc, r.death, size=11)
    heading(doc, r.chronology_heading, level=1)
    para(doc, r.chronology_intro)
    t = make_table(doc, ["Date", "Agency", "What happened"], r.chronology_widths, size=9.5)
    for band, date, agency, what, _ in r.chronology:
        if band:
            full_row(t, band, fill=r.band_fill, size=9.5)
        add_row(t, [date, agency, what], r.chronology_widths, size=9.5)
    para(doc, "")
    heading(doc, "2. Recommendations", level=1)
    for number, _, text in r.recs:
        numbered(doc, f"{number}.", text)
    page_break(doc)
    heading(doc, "3. Action plan", level=1)
    widths = r.plan_widths
    plan = make_table(doc, ["Rec", "Action", "Who", "Target", "Completed"], widths, size=9.5)
    for row in r.plan:
        add_row(plan, list(row), widths, size=9.5)
    para(doc, "")
    para(doc, r.plan_note)
    return doc


def _iso(dmy: str) -> str:
    d, m, y = dmy.split("/")
    return f"{y}-{m}-{d}"


def gold(r: YearBandReview, lines: list[str]) -> dict:
    return plan_gold(
        r.stem,
        family=FAMILY,
        description=r.description,
        review=review(
            "DHR", r.area, r.victim, doc_kind="executive_summary", age=r.age, date_of_death=r.date_of_death
        ),
        recommendations=[
            recommendation_record(number, first_words(text, 10), find_line(lines, text), agency=agency)
            for number, agency, text in r.recs
        ],
        actions=[
            action_record(
                first_words(action, r.action_words),
                find_line(lines, action),
                recommendation_ref=rec,
                lead=who,
                target_date_raw=target,
                target_date=_iso(target),
                status_raw=done or None,
                status=COMPLETED.get(done, "complete"),
            )
            for rec, action, who, target, done in r.plan
        ],
        chronology=chronology_gold(
            lines, [(what, date, iso, False, {"heading": None}) for _, date, _, what, iso in r.chronology]
        ),
        notes=r.notes,
    )


def main(r: YearBandReview) -> None:
    save_with_gold(document(r), HERE, r.stem, lambda lines: gold(r, lines))
