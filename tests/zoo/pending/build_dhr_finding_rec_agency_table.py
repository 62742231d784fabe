"""Build dhr_finding_rec_agency_table: a DHR overview report of three sections, portrait, then a
landscape page holding its chronology, then portrait again with its recommendations.

Liberation Serif 11. The chronology is a two-column table "Date | What happened": the Date cell
printed once per row, the right cell holding one to three separate paragraphs (each an entry of
its own, dated by its row); the first rows' dates are approximate ("About 2013", "Late 2018"). The
recommendations are a three-column table "Finding | Recommendation | Agency": the Finding cell
is the panel's finding (never a recommendation), the Recommendation cell opens with its printed
ref ("R1 ", "R2 " ...), the Agency cell names the body it is made to. No action plan. All
people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_dhr_finding_rec_agency_table.py   # .docx, .pdf, .txt, .json
    /tmp/plumbvenv/bin/python dev/corpus_style.py DIR   # a folder holding its .pdf and .json
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx.enum.section import WD_SECTION

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # tests/, for the shared export steps

from docx_build import add_row, heading, make_table, new_doc, para, set_landscape  # noqa: E402
from gold_lines import find_line  # noqa: E402
from office_export import save_with_gold  # noqa: E402

STEM = "dhr_finding_rec_agency_table"

# (date cell, [paragraphs], gold date_raw, gold date)
CHRONOLOGY = [
    ("About 2013", ["Marta and Dean met while both worked at a garden centre on the edge of Ollerby."],
     "About 2013", "2013"),
    ("Late 2018", [
        "Marta told her sister that Dean checked her phone every evening and took her bank card.",
        "Her sister suggested she speak to the practice nurse, but Marta said she would cope.",
    ], "Late 2018", "2018"),
    ("4 February 2020", [
        "Marta saw her GP about poor sleep and said there was stress at home; no routine enquiry "
        "about abuse was made.",
    ], "4 February 2020", "2020-02-04"),
    ("19 August 2021", [
        "Ollerby Police were called by a neighbour who heard shouting at 23:40; officers spoke to "
        "Dean at the door and left.",
        "No risk assessment was completed because Marta was not seen.",
        "The call was not shared with the housing provider.",
    ], "19 August 2021", "2021-08-19"),
    ("2 March 2022", [
        "Marta asked Fernside Homes to move her to a flat of her own, giving no reason.",
    ], "2 March 2022", "2022-03-02"),
]  # fmt: skip

# (finding, ref, recommendation, agency cell)
RECS = [
    ("Routine enquiry about abuse was not made when Marta spoke of stress at home.",
     "R1", "Ollerby Primary Care Network should remind its clinicians to ask about abuse whenever a "
     "patient describes stress or fear at home.", "Ollerby Primary Care Network"),
    ("Officers left without seeing the woman the neighbour heard.",
     "R2", "Ollerby Police should make sure officers see and speak to each adult at an address "
     "before closing a domestic call.", "Ollerby Police"),
    ("The housing provider was not told of the police call.",
     "R3", "Ollerby Police and Fernside Homes should agree how domestic calls at a tenancy are "
     "shared with the landlord.", "Ollerby Police"),
    ("A request to move with no reason given was not explored.",
     "R4", "Fernside Homes should train its lettings staff to ask, privately, why a tenant wants "
     "to move alone.", "Fernside Homes"),
]  # fmt: skip


def word_document():
    doc = new_doc(footer_label="Ollerby CSP – DHR Marta – Page", font="Liberation Serif", size=11)
    para(doc, "Ollerby Community Safety Partnership", bold=True)
    para(doc, "Domestic Homicide Review into the death of Marta", bold=True)
    heading(doc, "1. Introduction", 1)
    para(
        doc,
        "Marta was 41 when she was killed by her partner Dean at their home in Ollerby in "
        "May 2022. The review panel met five times.",
    )
    para(doc, "The chronology on the next page sets out the contacts agencies had with Marta.")
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    set_landscape(sec)
    heading(doc, "2. Chronology", 1)
    widths = [4.0, 20.0]
    t = make_table(doc, ["Date", "What happened"], widths, size=11)
    for date, paragraphs, _, _ in CHRONOLOGY:
        add_row(t, [date, "\n".join(paragraphs)], widths, size=11)
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = 0
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    heading(doc, "3. Findings and recommendations", 1)
    para(doc, "Each recommendation below answers the finding printed beside it.")
    widths = [5.2, 7.6, 3.8]
    t = make_table(doc, ["Finding", "Recommendation", "Agency"], widths, size=10)
    for finding, ref, rec, agency in RECS:
        add_row(t, [finding, f"{ref} {rec}", agency], widths, size=10)
    para(doc, "")
    para(
        doc,
        "The Community Safety Partnership will publish an action plan for these "
        "recommendations within three months.",
    )
    return doc


def gold(lines: list[str]) -> dict:
    chronology = []
    for _, paragraphs, raw, iso in CHRONOLOGY:
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
    for _, ref, rec, agency in RECS:
        start = " ".join(rec.split()[:10])
        recommendations.append(
            {
                "ref": ref,
                "level": "overview",
                "agency": agency,
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
        "family": "DHR overview: landscape Date | What happened chronology, paragraphs per date; "
        "Finding | Recommendation | Agency table with refs opening the recommendation cells",
        "description": "A DHR overview report built in Word (Liberation Serif 11): portrait, a landscape "
        "chronology page (two columns, a date per row, one to three paragraphs per row), portrait again "
        "with a three-column table of findings, recommendations (opening 'R1 '...) and agencies.",
        "review": {
            "review_id": None,
            "review_type": "DHR",
            "area": "Ollerby",
            "doc_kind": None,
            "author": None,
            "victims": [{"pseudonym": "Marta", "age": 41}],
            "date_of_death": "2022-05",
        },
        "recommendations": recommendations,
        "actions": [],
        "chronology": chronology,
        "notes": "One chronology entry per paragraph of the What happened cell, each dated by its row; "
        "the Finding cells are not recommendations; each recommendation's ref as printed, its agency "
        "the Agency cell's body (the first named where the cell names one).",
    }


if __name__ == "__main__":
    save_with_gold(word_document(), HERE, STEM, gold)
