"""Build dhr_chronology_cell_paragraphs_wrapped: a DHR overview report, portrait, then a landscape
page holding its chronology, then portrait again with numbered recommendations.

DejaVu Serif 10, a running head in capitals. The chronology is a two-column table "Date | Events"
whose right cell holds one to three paragraphs for its date, several of them wrapped over two or
three printed lines (each paragraph an entry of its own, dated by its row; no paragraph opens with
a date of its own); approximate dates "Circa 2012", "Spring 2017", "Early 2021". No spacing between
a cell's paragraphs: only where a printed line stops short of the cell's edge shows a paragraph
ended. The recommendations are numbered paragraphs "1." - "3.". No action plan. All people,
places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_dhr_chronology_cell_paragraphs_wrapped.py   # .docx .pdf .txt .json
    /tmp/plumbvenv/bin/python dev/corpus_style.py DIR   # a folder holding its .pdf and .json
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx.enum.section import WD_SECTION
from docx.shared import Cm

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # tests/, for the shared export steps

from docx_build import add_row, heading, make_table, new_doc, para, set_landscape  # noqa: E402
from gold_lines import find_line  # noqa: E402
from office_export import save_with_gold  # noqa: E402

STEM = "dhr_chronology_cell_paragraphs_wrapped"

# (date cell, [paragraphs], gold date)
CHRONOLOGY = [
    ("Circa 2012", [
        "Ffion and Rhodri met through friends while Ffion was studying at Wrayholme College; they "
        "moved into a rented flat together about a year later.",
    ], "2012"),
    ("Spring 2017", [
        "Ffion's mother noticed that Rhodri answered for Ffion whenever the family telephoned, and "
        "that Ffion had stopped visiting her grandmother on Sundays as she had always done. She did "
        "not raise this with anyone outside the family.",
        "A friend from college later told the review that Ffion had said Rhodri read her messages.",
    ], "2017"),
    ("11 October 2019", [
        "Ffion attended the Emergency Department at Wrayholme General Hospital with a deep cut to "
        "her left hand, which she said had happened while she was cooking. Rhodri stayed beside "
        "her for the whole assessment and answered most of the questions.",
        "No question about abuse was asked because Ffion was never seen alone.",
        "The discharge letter sent to her GP recorded the injury and its dressing only.",
    ], "2019-10-11"),
    ("Early 2021", [
        "Ffion lost her job at a call centre after several short absences; her manager recalled that "
        "Rhodri often telephoned the office to say she was unwell and would not be in that day.",
    ], "2021"),
    ("23 June 2021", [
        "Wrayholme Police were called by a passer-by who saw Rhodri pull Ffion from a car outside a "
        "supermarket. Ffion told the officers it was a misunderstanding and declined to give an "
        "account.",
        "The officers completed a risk assessment graded standard; no referral was made to Daubney "
        "House, the local domestic abuse service.",
    ], "2021-06-23"),
    ("4 January 2022", [
        "Ffion registered with a new GP practice after moving across town and gave her own mobile "
        "number as the only way to contact her.",
    ], "2022-01-04"),
]  # fmt: skip

RECS = [
    "Wrayholme General Hospital should make sure that every adult attending with an injury is "
    "offered a private conversation before discharge.",
    "Wrayholme Police should review how standard-graded domestic incidents are shared with the "
    "domestic abuse service.",
    "Wrayholme Community Safety Partnership should run a campaign helping family members to "
    "recognise controlling behaviour and where to seek advice.",
]


def word_document():
    doc = new_doc(header="WRAYHOLME CSP   DHR FFION   OFFICIAL", footer_label="DHR Ffion – Page",
                  font="DejaVu Serif", size=10)  # fmt: skip
    para(doc, "Wrayholme Community Safety Partnership", bold=True)
    para(doc, "Domestic Homicide Review: Overview Report concerning Ffion", bold=True)
    heading(doc, "1. Introduction", 1)
    para(
        doc,
        "Ffion was 29 when she was killed by her partner Rhodri at their home in Wrayholme in "
        "March 2022. The review panel met six times and read reports from five agencies.",
    )
    para(doc, "The combined chronology, on the next page, sets out what each agency knew and when.")
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    set_landscape(sec)
    sec.left_margin = sec.right_margin = Cm(2.0)
    heading(doc, "2. Combined chronology", 1)
    widths = [3.6, 22.0]
    t = make_table(doc, ["Date", "Events"], widths, size=10)
    for date, paragraphs, _ in CHRONOLOGY:
        add_row(t, [date, "\n".join(paragraphs)], widths, size=10)
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = 0
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    heading(doc, "3. Recommendations", 1)
    para(doc, "The panel makes the following recommendations.")
    for k, rec in enumerate(RECS, 1):
        para(doc, f"{k}. {rec}")
    para(doc, "The partnership will publish its action plan with this report.")
    return doc


def gold(lines: list[str]) -> dict:
    chronology = []
    for raw, paragraphs, iso in CHRONOLOGY:
        for text in paragraphs:
            start = " ".join(text.split()[:8])
            chronology.append(
                {
                    "ref": None,
                    "heading": None,
                    "date_raw": raw,
                    "date": iso,
                    "date_end": None,
                    "relative": False,
                    "text_start": start,
                    "line": find_line(lines, start),
                }
            )
    recommendations = []
    for k, rec in enumerate(RECS, 1):
        start = " ".join(rec.split()[:10])
        recommendations.append(
            {
                "ref": str(k),
                "level": "overview",
                "agency": rec.split(" should")[0],
                "title": None,
                "text_start": start,
                "aliases": [],
                "outcome": None,
                "scope": "local",
                "line": find_line(lines, start),
            }
        )
    return {
        "file": f"{STEM}.txt",
        "family": "DHR overview: landscape Date | Events chronology, several wrapped paragraphs per date cell",
        "description": "A DHR overview report built in Word (DejaVu Serif 10, a capitals running head): "
        "portrait, a landscape chronology page (two columns, a date per row, one to three paragraphs "
        "per row, several wrapped, no spacing between them), portrait again with numbered "
        "recommendations.",
        "review": {
            "review_id": None,
            "review_type": "DHR",
            "area": "Wrayholme",
            "doc_kind": "overview_report",
            "author": None,
            "victims": [{"pseudonym": "Ffion", "age": 29}],
            "date_of_death": "2022-03",
        },
        "recommendations": recommendations,
        "actions": [],
        "chronology": chronology,
        "notes": "One chronology entry per paragraph of the Events cell, each dated by its row "
        "(approximate dates: the year); recommendations numbered as printed, agency the body named "
        "before 'should'.",
    }


if __name__ == "__main__":
    save_with_gold(word_document(), HERE, STEM, gold, layout=True)
