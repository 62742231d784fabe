"""Build the pending zoo document `dhr_summary_sheet_chronology_number_cell_recs_orrelby`: a DHR
executive summary (Carlito 11) whose chronology was pasted from a spreadsheet and whose
recommendations sit in a borderless layout table, each number alone in a wide left cell.

- Chronology: Date | Time | Agency | Event | Sig., dates as the spreadsheet prints them ("03-Feb-20",
  one month-only "Mar-20"), times in 24-hour clock or "—", significance H / M / L explained by an
  italic key line under the table.
- Recommendations: a two-column table with no borders, the number ("1") alone in a large bold left
  cell, the recommendation's words in the right; the fourth after a page break.
- Not records: an equality paragraph, a learning paragraph, the key line.

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_dhr_summary_sheet_chronology_number_cell_recs.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py tests/zoo/pending   # the .corpus.txt
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parent))

from board_response_build import _line_of  # noqa: E402
from docx_build import add_row, heading, make_table, new_doc, page_break, para, set_text, set_widths  # noqa: E402
from gold_lines import chronology_gold  # noqa: E402
from office_export import save_rendered  # noqa: E402
from plan_gold import plan_gold, recommendation_record, review, save_gold  # noqa: E402

STEM = "dhr_summary_sheet_chronology_number_cell_recs_orrelby"
# (date cell, time, agency, event, significance, gold date)
ROWS = [
    (
        "14-Nov-19",
        "10:40",
        "GP surgery",
        "Dana told her GP she was not sleeping and was frightened at home.",
        "H",
        "2019-11-14",
    ),
    (
        "02-Dec-19",
        "—",
        "Housing",
        "Dana asked to move to a flat nearer her mother; she was put on the list.",
        "M",
        "2019-12-02",
    ),
    (
        "23-Dec-19",
        "23:15",
        "Orrelby Police",
        "Police were called to a row at the flat; no offence was recorded.",
        "H",
        "2019-12-23",
    ),
    (
        "03-Feb-20",
        "09:05",
        "Children's centre",
        "Staff saw a bruise on Dana's wrist; she said she had fallen.",
        "M",
        "2020-02-03",
    ),
    (
        "Mar-20",
        "—",
        "Employer",
        "Dana's manager noted she had stopped coming to work on time.",
        "L",
        "2020-03",
    ),
    (
        "17-Apr-20",
        "21:50",
        "Orrelby Police",
        "A neighbour called police; the partner had left before they came.",
        "H",
        "2020-04-17",
    ),
    (
        "29-Apr-20",
        "14:00",
        "IDVA service",
        "An IDVA phoned Dana, who said she did not want support yet.",
        "H",
        "2020-04-29",
    ),
]
RECS = [
    (
        "1",
        "Orrelby Police should record every call to a household as a domestic incident when a partner is present.",
    ),
    ("2", "GP practices should ask a patient who reports fear at home whether it is safe to talk."),
    ("3", "The housing service should treat a request to move near family as a possible sign of abuse."),
    (
        "4",
        "The partnership should make sure IDVAs try at least three times to reach someone who declines support.",
    ),
]


def no_borders(table) -> None:
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    table._tbl.tblPr.append(borders)


def rec_row(table, number: str, text: str) -> None:
    row = table.add_row()
    set_text(row.cells[0], number, bold=True, size=20)
    set_text(row.cells[1], text, size=11)


def build() -> None:
    doc = new_doc(font="Carlito", size=11, footer_label="Orrelby CSP • DHR Dana • Executive Summary •")
    para(doc, "Orrelby Community Safety Partnership", bold=True, size=13)
    para(doc, "Domestic Homicide Review – Executive Summary: Dana", bold=True, size=16)
    heading(doc, "Summary of contact with agencies", 2)
    para(
        doc,
        "The table below was produced from the combined agency chronology held as a spreadsheet. It shows the "
        "contacts the panel judged most important.",
    )
    widths = [2.2, 1.4, 3.2, 8.2, 1.0]
    table = make_table(doc, ["Date", "Time", "Agency", "Event", "Sig."], widths, size=9)
    for date, time, agency, event, sig, _ in ROWS:
        add_row(table, [date, time, agency, event, sig], widths, size=9)
    para(doc, "Sig.: H = high, M = medium, L = low significance to the review.", italic=True, size=9)
    heading(doc, "Equality and diversity", 2)
    para(
        doc,
        "The panel considered each protected characteristic. Dana's sex was relevant: most victims of domestic "
        "homicide are women, and the panel found no sign that other characteristics affected the help she got.",
    )
    heading(doc, "Learning", 2)
    para(
        doc,
        "Several agencies saw part of what was happening. None of them put the parts together, and no agency "
        "asked Dana directly whether she was safe.",
    )
    heading(doc, "Recommendations", 2)
    recs = doc.add_table(rows=0, cols=2)
    no_borders(recs)
    for number, text in RECS[:3]:
        rec_row(recs, number, text)
    set_widths(recs, [2.5, 13.5])
    page_break(doc)
    recs2 = doc.add_table(rows=0, cols=2)
    no_borders(recs2)
    rec_row(recs2, *RECS[3])
    set_widths(recs2, [2.5, 13.5])
    doc.styles["Normal"].font.size = Pt(11)
    save_rendered(doc, HERE, STEM)


def gold() -> dict:
    lines = (HERE / f"{STEM}.txt").read_text(encoding="utf-8").splitlines()
    recs = [recommendation_record(n, " ".join(t.split()[:8]), _line_of(lines, t)) for n, t in RECS]
    for rec, (_, text) in zip(recs, RECS):
        rec["agency"] = next((a for a in ("Orrelby Police",) if text.startswith(a)), None)
    chronology = chronology_gold(lines, [(event, date, iso, False) for date, _, _, event, _, iso in ROWS])
    return plan_gold(
        STEM,
        description=(
            "DHR executive summary (Carlito 11): a chronology Date | Time | Agency | Event | Sig. pasted from a "
            "spreadsheet, dates '03-Feb-20' and one 'Mar-20', times or '—', significance H/M/L with a key line; "
            "recommendations in a borderless two-column layout table, the number alone in a large left cell, the "
            "fourth after a page break"
        ),
        review=review("DHR", "Orrelby", "Dana", doc_kind="executive_summary"),
        recommendations=recs,
        chronology=chronology,
        notes=(
            "Seven chronology entries (one per row, dated by the Date cell; 'Mar-20' the month). Four "
            "recommendations, ref the number in the left cell. Not records: the key line, the equality and "
            "learning paragraphs."
        ),
    )


if __name__ == "__main__":
    build()
    save_gold(HERE, STEM, gold())
    print("wrote", f"{STEM}.json")
