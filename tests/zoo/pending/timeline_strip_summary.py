"""The SAR summary family whose chronology is a horizontal timeline strip: shared build and gold.

A Safeguarding Adults Board's short summary after the death of a man sleeping rough:

- a title, a short paragraph on who he was and why the review was held;
- the timeline strip: a ruled table of one column per year, the years its header row, and one
  row whose cells hold month-led lines, "Mar – ..." (a day where one is known, "18 Dec – ...");
  plain pdftotext prints the year heads together and then the cells' lines interleaved across
  the columns;
- boxes and lists that are no records: his family's words (a shaded box), findings bullets, a
  count of people who died homeless in the area (a shaded box); their order is the stand-in's;
- the recommendations, "1." - "N." numbered paragraphs under the stand-in's heading; no plan.

Each stand-in (a dataclass) gives its own words, face, years and headings.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from docx.shared import Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parent))

from docx_build import box, heading, new_doc, numbered, para, set_text, set_widths, shade  # noqa: E402
from office_export import save_rendered  # noqa: E402
from plan_gold import (  # noqa: E402
    MONTHS,
    first_words,
    line_holding,
    plan_gold,
    recommendation_record,
    save_gold,  # noqa: E402, F401  (the builders save their gold with it)
)
from plan_gold import review as review_record  # noqa: E402

PAGE_WIDTH_CM = 16.6


@dataclass
class TimelineStrip:
    stem: str
    board: str
    area: str
    man: str
    age: int
    font: str
    size: float
    title: str
    intro: str
    timeline_heading: str
    # year -> [(when as printed, "Mar" / "18 Dec" / "March" / "Oct–Nov", what happened)]
    years: dict[str, list[tuple[str, str]]]
    dash: str
    family_box: str
    findings_heading: str
    findings: list[str]
    count_box: str
    boxes_first: bool  # the two boxes before the findings (else the findings first)
    recommendations_heading: str
    recommendations: list[str]
    auto_numbers: bool  # Word's own list numbering (else "1." typed before a tab)
    closing: str


def strip(doc, spec: TimelineStrip) -> None:
    """The timeline table: the years over one row of month-led lines, each line a paragraph."""
    s = spec
    table = doc.add_table(rows=2, cols=len(s.years))
    table.style = "Table Grid"
    for k, (year, events) in enumerate(s.years.items()):
        set_text(table.cell(0, k), year, bold=True, size=s.size + 1)
        shade(table.cell(0, k), "D9E2F3")
        cell = table.cell(1, k)
        set_text(cell, f"{events[0][0]} {s.dash} {events[0][1]}", size=s.size - 1)
        for when, what in events[1:]:
            cell.add_paragraph().add_run(f"{when} {s.dash} {what}").font.size = Pt(s.size - 1)
        for paragraph in cell.paragraphs:
            paragraph.paragraph_format.space_after = Pt(6)
    set_widths(table, [PAGE_WIDTH_CM / len(s.years)] * len(s.years))
    para(doc, "")


def boxes(doc, spec: TimelineStrip) -> None:
    box(doc, spec.family_box, fill="FCE4D6", bold_first=True, size=spec.size)
    box(doc, spec.count_box, fill="DEEAF6", bold_first=True, size=spec.size)


def findings(doc, spec: TimelineStrip) -> None:
    heading(doc, spec.findings_heading, 2)
    for text in spec.findings:
        para(doc, text, style="List Bullet")


def build(spec: TimelineStrip) -> None:
    s = spec
    doc = new_doc(font=s.font, size=s.size, footer_label=f"{s.board} –")
    para(doc, s.board, bold=True, size=s.size + 2)
    para(doc, s.title, bold=True, size=s.size + 6)
    para(doc, s.intro)
    heading(doc, s.timeline_heading, 2)
    strip(doc, s)
    if s.boxes_first:
        boxes(doc, s)
        findings(doc, s)
    else:
        findings(doc, s)
        para(doc, "")
        boxes(doc, s)
    heading(doc, s.recommendations_heading, 2)
    for k, text in enumerate(s.recommendations, 1):
        if s.auto_numbers:
            para(doc, text, style="List Number")
        else:
            numbered(doc, f"{k}.", text)
    para(doc, "")
    para(doc, s.closing, italic=True, size=s.size - 1)
    save_rendered(doc, HERE, s.stem)


def month_date(year: str, when: str) -> tuple[str, str | None]:
    """A strip line's date as the gold records it: the month (or the day where printed) of its
    column's year; a span of months "Oct–Nov" its first month, ending with its last."""
    words = when.replace("–", " ").split()
    if words[0].isdigit():
        month = next(k for k, m in enumerate(MONTHS, 1) if m.startswith(words[1].lower()))
        return f"{year}-{month:02d}-{int(words[0]):02d}", None
    months = [next(k for k, m in enumerate(MONTHS, 1) if m.startswith(w.lower())) for w in words]
    end = f"{year}-{months[-1]:02d}" if len(months) > 1 else None
    return f"{year}-{months[0]:02d}", end


def gold(spec: TimelineStrip) -> dict:
    s = spec
    lines = (HERE / f"{s.stem}.txt").read_text(encoding="utf-8").splitlines()
    chronology = []
    for year, events in s.years.items():
        for when, what in events:
            date, end = month_date(year, when)
            chronology.append(
                {
                    "ref": None,
                    "heading": None,
                    "date_raw": f"{when} {year}",
                    "date": date,
                    "date_end": end,
                    "relative": False,
                    "text_start": first_words(what, 7),
                    "line": line_holding(lines, what, 3),
                }
            )
    recs = [
        recommendation_record(str(k), first_words(text, 8), line_holding(lines, text, 4), scope=None)
        for k, text in enumerate(s.recommendations, 1)
    ]
    count = sum(len(events) for events in s.years.values())
    return plan_gold(
        s.stem,
        description=(
            f"SAR summary ({s.font} {s.size:g}) after the death of a man sleeping rough: a timeline strip, "
            f"one column per year ({' | '.join(s.years)}) over one row of {count} month-led lines; a family's-"
            f"words box, findings bullets, a homeless-deaths count box, recommendations 1.-{len(s.recommendations)}."
            "; no plan"
        ),
        review=review_record("SAR", s.area, s.man, doc_kind="executive_summary", age=s.age),
        recommendations=recs,
        chronology=chronology,
        notes=(
            "Chronology: each month-led line of the strip one entry, dated by its month (its day where printed) "
            "and its column's year, in time order (column by column, top to bottom); a span of months dated "
            "from its first to its last. Recommendations the numbered paragraphs, ref their number. Not records: "
            "the family's words, the findings bullets, the homeless-deaths count, the closing line."
        ),
    )
