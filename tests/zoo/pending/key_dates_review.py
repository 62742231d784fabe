"""The key-dates family's shared builder (build_dhr_key_dates_landscape_plan.py and its
stand-ins): a DHR overview report whose chronology is a short "Key dates" list of hanging
paragraphs (a bold date phrase, a tab, what happened) and whose action plan is a landscape
appendix of eight narrow columns, long words broken inside across a cell's lines. Each stand-in
gives its own `KeyDatesReview` (partnership, victim, wording, rows, widths); the document and
its gold are built from it alike.

Carlito 10.5, `pdftotext -layout`. Page 1 portrait: the partnership, the title, the chair and
author named on a line of their own, "1." numbered paragraphs, "2. Key dates" (seasons, months,
"End of" / "Early" a month, a day), the recommendations "1."-"4." as hanging paragraphs. Then a
landscape section (Carlito 7.5): "Appendix A – Action plan", No | Recommendation | Action | Lead
agency | Target date | Monitoring body | Success measure | Status, one action a recommendation
and no action ref (the No cell is the recommendation's), targets "Mon yyyy", statuses Complete /
In progress / Not started.

All people, places and bodies are fictional; the wording is our own.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parent))

from docx.shared import Cm  # noqa: E402
from docx_build import add_row, landscape_section, make_table, new_doc, para  # noqa: E402
from gold_lines import chronology_gold  # noqa: E402
from office_export import save_rendered  # noqa: E402
from plan_gold import (  # noqa: E402
    action_record,
    first_words,
    line_holding,
    plan_gold,
    recommendation_record,
    review,
    save_gold,
    status,
)

__all__ = ["KeyDatesReview", "main"]

HEADERS = ["No", "Recommendation", "Action", "Lead agency", "Target date", "Monitoring body",
           "Success measure", "Status"]  # fmt: skip
MONTHS = {"Jan": "01", "Feb": "02", "Mar": "03", "Apr": "04", "May": "05", "Jun": "06", "Jul": "07",
          "Aug": "08", "Sep": "09", "Oct": "10", "Nov": "11", "Dec": "12"}  # fmt: skip


@dataclass
class KeyDatesReview:
    """One stand-in: its stem, partnership and victim, wording, key dates, plan and gold's words."""

    stem: str
    area: str  # (the gold's area)
    partnership: str  # (the title's first line, the gold's area alternative)
    title: str
    author: str
    introduction: str  # (the heading over paragraphs 1.1 and 1.2)
    paragraphs: tuple[str, str]  # (1.1, 1.2)
    # (date phrase, what happened, iso date)
    key_dates: list[tuple[str, str, str]]
    date_indent: float  # (the key dates' hanging indent, cm)
    # (number, recommendation, action, lead agency, target, monitoring body, success measure, status)
    recs: list[tuple[str, ...]]
    widths: list[float]  # (the plan's eight columns, cm)
    action_words: int  # (the gold action's opening words)
    action_line_words: int  # (the words of the action's that find its first line)
    description: str
    victim: str
    age: int
    date_of_death: str
    notes: str


def _hanging(doc, mark: str, text: str, bold_mark: bool = False, indent: float = 1.0):
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(indent)
    p.paragraph_format.first_line_indent = Cm(-indent)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(indent))
    run = p.add_run(mark)
    run.bold = bold_mark
    p.add_run(f"\t{text}")
    return p


def build(r: KeyDatesReview) -> None:
    doc = new_doc(font="Carlito", size=10.5)
    para(doc, r.partnership, bold=True, size=14)
    para(doc, r.title, bold=True, size=12)
    para(doc, f"Independent Chair and Author: {r.author}")
    para(doc, r.introduction, bold=True, size=12)
    for number, text in zip(("1.1", "1.2"), r.paragraphs):
        _hanging(doc, number, text)
    para(doc, "2. Key dates", bold=True, size=12)
    for phrase, text, _ in r.key_dates:
        _hanging(doc, phrase, text, bold_mark=True, indent=r.date_indent)
    para(doc, "3. Recommendations", bold=True, size=12)
    for number, text, *_ in r.recs:
        _hanging(doc, f"{number}.", text)
    landscape_section(doc)
    para(doc, "Appendix A – Action plan", bold=True, size=11)
    table = make_table(doc, HEADERS, r.widths, size=7.5)
    for row in r.recs:
        add_row(table, list(row), r.widths, size=7.5)
    save_rendered(doc, HERE, r.stem, layout=True)


def gold(r: KeyDatesReview) -> dict:
    lines = (HERE / f"{r.stem}.txt").read_text(encoding="utf-8").splitlines()
    chronology = chronology_gold(lines, [(text, raw, iso, False) for raw, text, iso in r.key_dates])
    recs = [
        recommendation_record(
            number, first_words(text, 8), line_holding(lines, text, 6), agency=lead, scope=None
        )
        for number, text, _, lead, *_ in r.recs
    ]
    actions = [
        action_record(
            first_words(action, r.action_words),
            line_holding(lines, action, r.action_line_words),
            recommendation_ref=number,
            lead=lead,
            target_date_raw=target,
            target_date=f"{target[-4:]}-{MONTHS[target[:3]]}",
            status_raw=state,
            status=status(state),
        )
        for number, _, action, lead, target, _, _, state in r.recs
    ]
    return plan_gold(
        r.stem,
        description=r.description,
        review=review(
            "DHR",
            r.area,
            r.victim,
            doc_kind="overview_report",
            author=r.author,
            age=r.age,
            date_of_death=r.date_of_death,
        ),
        review_alternatives={"area": [r.partnership]},
        recommendations=recs,
        actions=actions,
        chronology=chronology,
        notes=r.notes,
    )


def main(r: KeyDatesReview) -> None:
    build(r)
    save_gold(HERE, r.stem, gold(r))
    print("wrote", f"{r.stem}.json")
