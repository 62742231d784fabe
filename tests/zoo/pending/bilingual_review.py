"""The bilingual side-by-side practice review family's shared build and gold: a Welsh
Regional Safeguarding Board's child practice review report printed in English and Welsh side by
side, as Welsh public bodies publish them.

- The whole report one borderless two-column table, one language a column: each row a pair of
  paragraphs saying the same thing (the title, the reference, "Circumstances resulting in the
  review", the learning, "Improving systems and practice" and its numbered recommendations, the
  Board's statement, the publication date). Plain pdftotext prints each cell whole and then its
  twin; pdfplumber's text (corpus text) joins the two cells' lines on each printed line.
- The stand-ins vary the side the English is printed on and whether the headings are rows of
  their own spanning both columns.
- Records: the English recommendations only (the Welsh twins are the same recommendations, never
  further records); the review's reference, type (a child practice review, SCR) and the child.

Each stand-in (a dataclass) gives its own words, in both languages, and its font. All people,
places and bodies are fictional; the wording (Welsh too) is our own.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parent))

from docx_build import new_doc, set_text, set_widths  # noqa: E402
from easy_read_summary import no_borders  # noqa: E402
from office_export import save_rendered  # noqa: E402
from plan_gold import first_words, line_holding, plan_gold, recommendation_record  # noqa: E402
from plan_gold import review as review_record  # noqa: E402

# a row: (English, Welsh); a heading row is printed bold
Pair = tuple[str, str]


@dataclass
class Bilingual:
    stem: str
    area: str
    review_id: str
    child: str
    age: int
    font: str
    title: list[Pair]
    circumstances: list[Pair]
    learning: list[Pair]
    improving: Pair  # the section's heading
    lead_in: Pair
    recommendations: list[Pair]  # without their numbers
    closing: list[Pair]
    headings: tuple[Pair, Pair, Pair]  # circumstances, learning, the Board's statement
    statement: list[Pair]
    english_left: bool = True
    spanned_headings: bool = False  # each heading a row of its own across both columns
    size: float = 10.5
    # each recommendation's scope as the zoo's gold has it: one asking the Regional Safeguarding
    # Board itself is regional (as recs_two_page_footer_concise_review's), any other local
    scopes: tuple[str, ...] = ()


def build(spec: Bilingual) -> None:
    s = spec
    doc = new_doc(font=s.font, size=s.size, header="", footer_label="")
    table = doc.add_table(rows=0, cols=2)
    no_borders(table)

    def row(pair: Pair, bold: bool = False, heading: bool = False) -> None:
        english, welsh = pair
        cells = (english, welsh) if s.english_left else (welsh, english)
        r = table.add_row()
        if heading and s.spanned_headings:
            merged = r.cells[0].merge(r.cells[1])
            set_text(merged, f"{cells[0]} / {cells[1]}", bold=True, size=s.size + 1)
            return
        for cell, text in zip(r.cells, cells, strict=True):
            set_text(cell, text, bold=bold or heading, size=s.size + (1 if heading else 0))

    for pair in s.title:
        row(pair, bold=True)
    row(s.headings[0], heading=True)
    for pair in s.circumstances:
        row(pair)
    row(s.headings[1], heading=True)
    for pair in s.learning:
        row(pair)
    row(s.improving, heading=True)
    row(s.lead_in)
    for k, (english, welsh) in enumerate(s.recommendations, start=1):
        row((f"{k}. {english}", f"{k}. {welsh}"))
    row(s.headings[2], heading=True)
    for pair in s.statement:
        row(pair)
    for pair in s.closing:
        row(pair)
    set_widths(table, [8.2, 8.2])
    save_rendered(doc, HERE, s.stem)


def gold(spec: Bilingual) -> dict:
    s = spec
    lines = (HERE / f"{s.stem}.txt").read_text(encoding="utf-8").splitlines()
    scopes = s.scopes or ("local",) * len(s.recommendations)
    recs = [
        recommendation_record(
            str(k), first_words(english, 8), line_holding(lines, f"{k}. {english}", 5), scope=scope
        )
        for k, ((english, _), scope) in enumerate(zip(s.recommendations, scopes, strict=True), start=1)
    ]
    side = "English left, Welsh right" if s.english_left else "Welsh left, English right"
    return plan_gold(
        s.stem,
        description=(
            f"Welsh extended child practice review printed bilingually side by side ({s.font} {s.size:g}): one "
            f"borderless two-column table, {side}, each row a paragraph and its twin"
            + ("; headings rows of their own across both columns" if s.spanned_headings else "")
        ),
        review=review_record(
            "SCR", s.area, s.child, doc_kind="overview_report", review_id=s.review_id, age=s.age
        ),
        recommendations=recs,
        actions=[],
        chronology=[],
        notes=(
            "Recommendations the English numbered paragraphs under 'Improving systems and practice', ref their "
            "numbers; the Welsh twins are the same recommendations, not further records. No plan, no chronology."
        ),
    )
