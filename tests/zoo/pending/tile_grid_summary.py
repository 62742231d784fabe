"""The "at a glance" practitioner summary family's shared build and gold: a child safeguarding
practice review (or SAR) summary for practitioners whose recommendations sit in a ruled grid of
tiles, each tile a large number, a bold short title and the recommendation's text.

- Page 1: the title, a key-facts strip (a 2 x 4 table, names over values), findings bullets and a
  box of things to take away (numbered, no recommendations).
- Page 2: a recommendations heading over the grid (`columns` tiles a row, read left to right,
  top to bottom); plain pdftotext prints a tile row's numbers, then its titles, then its texts.
- Not records: the facts strip, the findings, the take-aways box, a contact line.

Each stand-in (a dataclass) gives its own words, face, grid width and headings.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from docx.shared import Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parent))

from docx_build import box, heading, new_doc, page_break, para, set_text, set_widths  # noqa: E402
from office_export import save_rendered  # noqa: E402
from plan_gold import first_words, line_holding, plan_gold, recommendation_record  # noqa: E402
from plan_gold import review as review_record  # noqa: E402

PAGE_WIDTH_CM = 16.6


@dataclass
class TileGrid:
    stem: str
    partnership: str
    area: str
    review_type: str  # as the gold scores it ("SCR" for a CSPR)
    child: str
    age: int
    font: str
    size: float
    title: str
    facts: list[tuple[str, str]]
    findings_heading: str
    findings: list[str]
    take_aways_heading: str
    take_aways: list[str]
    recommendations_heading: str
    # (title, text)
    tiles: list[tuple[str, str]]
    columns: int
    contact: str


def tile(cell, number: str, title: str, text: str, size: float) -> None:
    """The tile's number, title and text, each a paragraph with space after it."""
    set_text(cell, number, bold=True, size=26)
    run = cell.add_paragraph().add_run(title)
    run.bold, run.font.size = True, Pt(size)
    cell.add_paragraph().add_run(text).font.size = Pt(size)
    for paragraph in cell.paragraphs:
        paragraph.paragraph_format.space_after = Pt(6)


def build(spec: TileGrid) -> None:
    s = spec
    doc = new_doc(font=s.font, size=s.size, footer_label=f"{s.title} –")
    para(doc, s.partnership, bold=True, size=s.size + 2)
    para(doc, s.title, bold=True, size=s.size + 8)
    facts = doc.add_table(rows=2, cols=len(s.facts))
    facts.style = "Table Grid"
    for k, (name, value) in enumerate(s.facts):
        set_text(facts.cell(0, k), name, bold=True, size=s.size - 1)
        set_text(facts.cell(1, k), value, size=s.size)
    set_widths(facts, [PAGE_WIDTH_CM / len(s.facts)] * len(s.facts))
    heading(doc, s.findings_heading, 2)
    for text in s.findings:
        para(doc, text, style="List Bullet")
    heading(doc, s.take_aways_heading, 2)
    box(doc, "\n".join(f"{k}. {t}" for k, t in enumerate(s.take_aways, 1)), bold_first=False, size=s.size)
    page_break(doc)
    heading(doc, s.recommendations_heading, 2)
    rows = (len(s.tiles) + s.columns - 1) // s.columns
    grid = doc.add_table(rows=rows, cols=s.columns)
    grid.style = "Table Grid"
    for k, (title, text) in enumerate(s.tiles):
        tile(grid.cell(k // s.columns, k % s.columns), str(k + 1), title, text, s.size)
    set_widths(grid, [PAGE_WIDTH_CM / s.columns] * s.columns)
    para(doc, "")
    para(doc, s.contact, italic=True, size=s.size - 1)
    save_rendered(doc, HERE, s.stem)


def gold(spec: TileGrid) -> dict:
    s = spec
    lines = (HERE / f"{s.stem}.txt").read_text(encoding="utf-8").splitlines()
    recs = [
        recommendation_record(
            str(k), first_words(text, 8), line_holding(lines, text, 4), title=title, scope=None
        )
        for k, (title, text) in enumerate(s.tiles, start=1)
    ]
    return plan_gold(
        s.stem,
        description=(
            f"{s.review_type} 'at a glance' practitioner summary ({s.font} {s.size:g}): a key-facts strip, "
            f"findings bullets, a take-aways box, then {len(s.tiles)} recommendations in a ruled grid of "
            f"{s.columns} tiles a row, each a large number, a bold title and the text"
        ),
        review=review_record(s.review_type, s.area, s.child, doc_kind="executive_summary", age=s.age),
        recommendations=recs,
        notes=(
            "Recommendations the grid's tiles, read left to right and top to bottom: ref the tile's number, "
            "title its bold line, text the rest. Not records: the facts strip, the findings bullets, the "
            "numbered take-aways (no one is asked to act), the contact line."
        ),
    )
