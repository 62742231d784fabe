"""The easy read review summary family's shared build and gold: a Safeguarding Adults Board's (or
Community Safety Partnership's) easy read version of a review, published beside the full report.

- Large type (14 pt), each section a heading over a borderless two-column table: a picture cell
  (a shaded square, no words) beside a words cell, one short paragraph a row.
- "What happened": events in the words cells, each opening with its time in words ("In 2018",
  "In May 2021", "On 3 June 2022"): the review's chronology, dated to the year, month or day.
- "What needs to change": the left cell a large bold number (the recommendation's ref), the right
  its words.
- "What will happen next": a bordered plan Change | What will be done | Who will do it | By when |
  Done yet? (no action refs; each action's recommendation the Change cell's number), the last
  column answering in plain words (Yes / Started / Not yet: complete / in progress / not started).
- Not records: the introduction, "About this review", "About <name>" (its sentences may open
  "In <year>" too: only "What happened" holds events), a phone line.

Each stand-in (a dataclass) gives its own words, font, headings and plan header.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parent))

from docx_build import add_row, heading, make_table, new_doc, para, set_text, set_widths, shade  # noqa: E402
from gold_lines import chronology_gold  # noqa: E402
from office_export import save_rendered  # noqa: E402
from plan_gold import action_record, first_words, line_holding, plan_gold, recommendation_record  # noqa: E402
from plan_gold import review as review_record  # noqa: E402

# the plain answers of the plan's last column, as the gold scores them
ANSWERS = {"yes": "complete", "started": "in_progress", "not yet": "not_started"}


@dataclass
class EasyRead:
    stem: str
    board: str
    area: str
    review_type: str
    person: str
    font: str
    intro: list[str]
    about_review: list[str]
    about_person: list[str]
    # (words, date_raw, iso date)
    events: list[tuple[str, str, str]]
    changes: list[str]
    plan_header: list[str]
    # (change number, what will be done, who, by when, answer)
    plan_rows: list[tuple[str, str, str, str, str]]
    closing: list[str] = field(default_factory=list)
    headings: tuple[str, str, str, str, str] = (
        "About this review",
        "About {person}",
        "What happened",
        "What needs to change",
        "What will happen next",
    )
    size: float = 14


def no_borders(table) -> None:
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    table._tbl.tblPr.append(borders)


def picture_rows(doc, texts: list[str], size: float, numbers: list[str] | None = None) -> None:
    """A borderless table, a picture (a shaded square, no words) or a large number at the left of
    each row and the words at the right."""
    table = doc.add_table(rows=0, cols=2)
    no_borders(table)
    for k, text in enumerate(texts):
        row = table.add_row()
        if numbers:
            set_text(row.cells[0], numbers[k], bold=True, size=36)
        else:
            set_text(row.cells[0], "")
            shade(row.cells[0], "9DC3E6")
        set_text(row.cells[1], text, size=size)
    set_widths(table, [3.0, 13.0])
    para(doc, "")


def build(doc_spec: EasyRead) -> None:
    s = doc_spec
    doc = new_doc(font=s.font, size=s.size, header=f"{s.board} – Easy Read", footer_label="Page")
    para(doc, s.board, bold=True, size=s.size + 2)
    para(doc, f"What happened to {s.person}: an easy read summary", bold=True, size=s.size + 6)
    for text in s.intro:
        para(doc, text)
    titles = [h.format(person=s.person) for h in s.headings]
    heading(doc, titles[0], 2)
    picture_rows(doc, s.about_review, s.size)
    heading(doc, titles[1], 2)
    picture_rows(doc, s.about_person, s.size)
    heading(doc, titles[2], 2)
    picture_rows(doc, [e[0] for e in s.events], s.size)
    heading(doc, titles[3], 2)
    picture_rows(doc, s.changes, s.size, numbers=[str(k) for k in range(1, len(s.changes) + 1)])
    heading(doc, titles[4], 2)
    widths = [2.0, 5.6, 3.4, 2.6, 2.4]
    table = make_table(doc, s.plan_header, widths, size=12)
    for row in s.plan_rows:
        add_row(table, list(row), widths, size=12)
    for text in s.closing:
        para(doc, text)
    save_rendered(doc, HERE, s.stem)


def gold(doc_spec: EasyRead) -> dict:
    s = doc_spec
    lines = (HERE / f"{s.stem}.txt").read_text(encoding="utf-8").splitlines()
    recs = [
        recommendation_record(str(k), first_words(text, 8), line_holding(lines, text, 5), scope=None)
        for k, text in enumerate(s.changes, start=1)
    ]
    actions = [
        action_record(
            first_words(what, 8),
            line_holding(lines, what, 4),
            recommendation_ref=number,
            lead=who,
            target_date_raw=when,
            target_date=_month(when),
            status_raw=answer,
            status=ANSWERS[answer.lower()],
        )
        for number, what, who, when, answer in s.plan_rows
    ]
    chronology = chronology_gold(lines, [(text, raw, iso, False) for text, raw, iso in s.events], words=6)
    return plan_gold(
        s.stem,
        description=(
            f"easy read {s.review_type} summary ({s.font} {s.size:g}): sections as borderless picture | words "
            "rows, events opening with their time in words, changes numbered by a large number in the left cell, "
            f"then a plan {' | '.join(s.plan_header)} with plain answers"
        ),
        review=review_record(s.review_type, s.area, s.person, doc_kind="executive_summary"),
        recommendations=recs,
        actions=actions,
        chronology=chronology,
        notes=(
            "Recommendations the 'What needs to change' rows, ref the large number. Actions one per plan row, "
            "no ref, recommendation_ref the Change cell; Yes complete, Started in progress, Not yet not started. "
            "Chronology the 'What happened' rows only, dated by the words opening them (year, month or day). "
            "Not records: the introduction, the 'About' sections (even a sentence opening 'In <year>'), the phone "
            "line."
        ),
    )


def _month(raw: str) -> str | None:
    months = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ]
    words = raw.split()
    if len(words) == 2 and words[0].lower() in months:
        return f"{words[1]}-{months.index(words[0].lower()) + 1:02d}"
    return None
