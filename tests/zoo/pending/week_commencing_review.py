"""The week-commencing family's shared builder (build_cspr_week_commencing_done_plan.py and its
stand-ins): a local child safeguarding practice review whose chronology is dated by the week, not
the day, and whose partnership plan marks each action done or not by a symbol only. Each
stand-in gives its own `WeekCommencingReview` (partnership, child, wording, widths, rows, export);
the document and its gold are built from it alike.

Page 1: the partnership and the review's title, "1. Why this review was held" (the child
survived, so no date of death), a chronology table Week commencing | Agency | What happened, each
date cell "w/c dd/mm/yyyy" (maybe a source line under it), the recommendations "1." ... as hanging
paragraphs. Page 2 "4. Partnership action plan": a key line explaining the Done? symbols, then
Rec | Action | Lead | By when | Done?, the Rec cell the recommendation's number (the actions have
no ref of their own); By when "dd.mm.yy", "by the next Board meeting" or "Ongoing" (no date).
Each entry is dated to the Monday printed; each action's status is its Done? symbol through the key.

All people, places and bodies are fictional; the wording is our own.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parent))

from board_response_build import _line_of  # noqa: E402
from docx_build import add_row, heading, make_table, new_doc, numbered, page_break, para  # noqa: E402
from gold_lines import chronology_gold  # noqa: E402
from office_export import save_rendered  # noqa: E402
from plan_gold import action_record, plan_gold, recommendation_record, review, save_gold  # noqa: E402

__all__ = ["WeekCommencingReview", "build", "gold", "main"]

FAMILY = "cspr_week_commencing_done_plan"
SYMBOL = {"✓": "complete", "◐": "in_progress", "✗": "not_started"}


@dataclass
class WeekCommencingReview:
    """One stand-in: its stem, partnership and child, wording, tables and gold's words."""

    stem: str
    area: str  # (the partnership's place: the title's first line, the gold's area)
    child: str
    why: str  # (paragraph 1.1: what happened to the child and where they live now)
    chronology_heading: str
    chronology_intro: str
    chronology_widths: list[float]
    # (week, agency, what happened, iso monday)
    weeks: list[tuple[str, str, str, str]]
    # (ref, recommendation)
    recs: list[tuple[str, str]]
    # (rec, action, lead, by when, iso, done)
    rows: list[tuple[str, str, str, str, str | None, str]]
    key: str  # (the key line over the plan: what each Done? symbol means)
    plan_widths: list[float]
    plan_note: str  # (the line under the plan)
    description: str
    notes: str
    source_note: str | None = None  # (a line under the chronology table naming its sources)
    layout: bool = False  # (pdftotext -layout, else plain)
    action_words: int = 8  # (the gold action's opening words)

    @property
    def partnership(self) -> str:
        return f"{self.area} Safeguarding Children Partnership"


def build(r: WeekCommencingReview) -> None:
    doc = new_doc(font="Caladea", size=10.5)
    para(doc, r.partnership, bold=True, size=15)
    para(doc, f"Child Safeguarding Practice Review: {r.child}", bold=True, size=13)
    heading(doc, "1. Why this review was held", 1)
    para(doc, r.why)
    heading(doc, r.chronology_heading, 1)
    para(doc, r.chronology_intro)
    widths = r.chronology_widths
    t = make_table(doc, ["Week commencing", "Agency", "What happened"], widths, size=10)
    for week, agency, text, _ in r.weeks:
        add_row(t, [week, agency, text], widths, size=10)
    if r.source_note is not None:
        para(doc, r.source_note)
    heading(doc, "3. Recommendations", 1)
    for ref, text in r.recs:
        numbered(doc, f"{ref}.", text)
    page_break(doc)
    heading(doc, "4. Partnership action plan", 1)
    para(doc, r.key)
    widths = r.plan_widths
    t = make_table(doc, ["Rec", "Action", "Lead", "By when", "Done?"], widths, size=10)
    for rec, action, lead, when, _, done in r.rows:
        add_row(t, [rec, action, lead, when, done], widths, size=10)
    para(doc, r.plan_note)
    save_rendered(doc, HERE, r.stem, layout=r.layout)


def gold(r: WeekCommencingReview) -> dict:
    lines = (HERE / f"{r.stem}.txt").read_text(encoding="utf-8").splitlines()
    chronology = chronology_gold(lines, [(text, week, iso, False) for week, _, text, iso in r.weeks])
    recs = [
        recommendation_record(ref, " ".join(text.split()[:10]), _line_of(lines, text), scope=None)
        for ref, text in r.recs
    ]
    actions = [
        action_record(
            " ".join(action.split()[: r.action_words]),
            _line_of(lines, action),
            recommendation_ref=rec,
            lead=lead,
            target_date_raw=when,
            target_date=iso,
            status_raw=done,
            status=SYMBOL[done],
        )
        for rec, action, lead, when, iso, done in r.rows
    ]
    return plan_gold(
        r.stem,
        family=FAMILY,
        description=r.description,
        review=review("CSPR", r.area, r.child, doc_kind="overview_report"),
        review_alternatives={"area": [r.partnership]},
        recommendations=recs,
        actions=actions,
        chronology=chronology,
        notes=r.notes,
    )


def main(r: WeekCommencingReview) -> None:
    build(r)
    save_gold(HERE, r.stem, gold(r))
    print("wrote", f"{r.stem}.json")
