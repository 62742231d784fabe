"""The addressed-to family's shared builder (build_cspr_addressed_to_table.py and its stand-in
build_cspr_addressed_to_narrow.py): a child safeguarding practice review whose chronology is a
two-column table Date/time | Summary and whose recommendations are a table No. | Recommendation |
Recommendation addressed to (the last cell the body the recommendation is for). Each stand-in
gives its own `AddressedToReview` (partnership, child, reviewer, wording, rows, widths); the
document and its gold are built from it alike.

Liberation Serif 11.5, plain pdftotext. The reviewer and the month of publication share one
line; the child survived (no date of death). Findings are bullets, not recommendations; a
paragraph leads from them to the recommendations. A recommendation may be a lead sentence over
lettered lines (one record); one is addressed to a government department (national).

All people, places and bodies are fictional; the wording is our own.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parent))

from docx_build import add_row, heading, make_table, new_doc, para  # noqa: E402
from gold_lines import chronology_gold  # noqa: E402
from office_export import save_rendered  # noqa: E402
from plan_gold import first_words, line_holding, plan_gold, recommendation_record, review, save_gold  # noqa: E402

__all__ = ["AddressedToReview", "main"]

NOTES = "The whole Summary cell is the entry's text, the date the day. The addressed-to cell is the agency. "


@dataclass
class AddressedToReview:
    """One stand-in: its stem, partnership, child and reviewer, wording, tables and gold's words."""

    stem: str
    area: str  # (the partnership's place: the title's first line, the gold's area)
    child: str  # (the title's "Baby <child>", the gold's pseudonym)
    reviewer: str
    published: str
    introduction: tuple[str, str]  # (heading, paragraph)
    # (date/time, summary, iso day)
    events: list[tuple[str, str, str]]
    chronology_widths: list[float]
    findings_heading: str
    findings: tuple[str, ...]
    lead_in: str  # (the paragraph from the findings to the recommendations)
    # (number, recommendation, addressed to, scope)
    recs: list[tuple[str, str, str, str | None]]
    rec_widths: list[float]
    closing: str
    description: str
    parts: str  # (the notes' last sentence: which lettered lines are parts of one recommendation)

    @property
    def partnership(self) -> str:
        return f"{self.area} Safeguarding Children Partnership"


def build(r: AddressedToReview) -> None:
    doc = new_doc(font="Liberation Serif", size=11.5)
    para(doc, r.partnership, bold=True, size=15)
    para(doc, f"Child Safeguarding Practice Review: Baby {r.child}", bold=True, size=13)
    para(doc, f"Reviewer: {r.reviewer}      Published: {r.published}")
    heading(doc, r.introduction[0], 1)
    para(doc, r.introduction[1])
    heading(doc, "2. Chronology", 1)
    table = make_table(doc, ["Date/time", "Summary"], r.chronology_widths, size=10.5)
    for when, summary, _ in r.events:
        add_row(table, [when, summary], r.chronology_widths, size=10.5)
    heading(doc, r.findings_heading, 1)
    for found in r.findings:
        para(doc, found, style="List Bullet")
    para(doc, r.lead_in)
    heading(doc, "4. Recommendations", 1)
    widths = r.rec_widths
    recs = make_table(doc, ["No.", "Recommendation", "Recommendation addressed to"], widths, size=11)
    for number, text, to, _ in r.recs:
        add_row(recs, [number, text.strip(), to], widths, size=11)
    para(doc, r.closing)
    save_rendered(doc, HERE, r.stem)


def gold(r: AddressedToReview) -> dict:
    lines = (HERE / f"{r.stem}.txt").read_text(encoding="utf-8").splitlines()
    chronology = chronology_gold(lines, [(text, when, iso, False) for when, text, iso in r.events])
    recs = [
        recommendation_record(
            number, first_words(text, 8), line_holding(lines, text, 5), agency=to, scope=scope
        )
        for number, text, to, scope in r.recs
    ]
    return plan_gold(
        r.stem,
        description=r.description,
        review=review("CSPR", r.area, r.child, doc_kind="overview_report", author=r.reviewer),
        review_alternatives={"area": [r.partnership], "review_type": ["SCR"]},
        recommendations=recs,
        chronology=chronology,
        notes=NOTES + r.parts,
    )


def main(r: AddressedToReview) -> None:
    build(r)
    save_gold(HERE, r.stem, gold(r))
    print("wrote", f"{r.stem}.json")
