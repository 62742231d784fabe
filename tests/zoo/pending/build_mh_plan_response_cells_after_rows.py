"""An NHS independent investigation's closing pages (after a mental health homicide; Liberation Serif
10, portrait): recommendations "R1"-"R3" as hanging paragraphs, all to the Trust, then on the next
page the Trust's plan "Rec | Trust response | Action | Lead | Target | Status". The response cell
("Accepted." or a sentence accepting in part) is neither the action nor the status; a
recommendation's second action leaves it blank, and the last recommendation's response is the
longest cell of its row. Plain pdftotext prints the rows a cell at a time, the Rec cells of the
last two rows and the long response after the last row's status, above a status key line. Those
trailing cells are no recommendation of their own. All people, places and bodies are fictional;
the wording is our own.

    python tests/zoo/pending/build_mh_plan_response_cells_after_rows.py   # .docx, .pdf, .txt, .json
    /tmp/plumbvenv/bin/python -c "import sys; sys.path.insert(0, 'dev'); from corpus_style import render; \
      open('tests/zoo/pending/mh_plan_response_cells_after_rows.corpus.txt', 'w').write(render(\
      __import__('pathlib').Path('tests/zoo/pending/mh_plan_response_cells_after_rows.pdf')))"
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # tests/, for the shared export steps

from docx.shared import Cm, Pt  # noqa: E402
from docx_build import add_row, heading, make_table, new_doc, numbered, page_break, para  # noqa: E402
from gold_lines import find_line  # noqa: E402
from office_export import save_with_gold  # noqa: E402

STEM = "mh_plan_response_cells_after_rows"

RECS = [
    (
        "R1",
        "The Trust should make sure that a patient who misses two clozapine blood tests in a row is seen by "
        "the community team within two working days.",
    ),
    (
        "R2",
        "The Trust should ask the person who raised a concern what they have seen before it grades the "
        "urgency of a crisis referral.",
    ),
    (
        "R3",
        "The Trust should record the names of people a patient says are plotting against them and decide "
        "whether those people need to be warned.",
    ),
]

# rec, trust response, action, lead, target, gold target iso, status, gold status
PLAN = [
    ("R1", "Accepted.", "Add a two-missed-tests alert to the clozapine clinic's system",
     "Lead Pharmacist, Mental Health", "30/09/2024", "2024-09-30", "Closed", "complete"),
    ("R2", "Accepted.", "Rewrite the crisis screening script so the concern's author is called first",
     "Crisis Team Manager", "31/12/2024", "2024-12-31", "Closed", "complete"),
    ("R2", "", "Audit thirty crisis referrals made by relatives", "Crisis Team Manager", "30/04/2025",
     "2025-04-30", "Open – on track", "in_progress"),
    ("R3", "Accepted in part: names will be recorded; any warning is a decision for each case with the police.",
     "Add a 'people named in beliefs' box to the risk form", "Director of Nursing and Quality", "31/07/2025",
     "2025-07-31", "Open – overdue", "in_progress"),
]  # fmt: skip


def word_document():
    doc = new_doc(header="Independent investigation – Mr T – FINAL", font="Liberation Serif", size=10)
    doc.styles["Normal"].paragraph_format.space_after = Pt(5)  # (the cells' paragraphs too)
    sec = doc.sections[0]
    sec.left_margin, sec.right_margin = Cm(2.4), Cm(2.0)
    heading(doc, "An independent investigation into the care and treatment of Mr T", 1)
    para(doc, "Commissioned by NHS England after the death of Mrs Orla Penhallow, aged 72, on 2 May 2023.")
    heading(doc, "6. Recommendations", 2)
    for ref, text in RECS:
        numbered(doc, ref, text)
    page_break(doc)
    heading(doc, "7. Trust response and action plan", 2)
    para(doc, "The Trust's Quality and Safety Committee agreed its response in June 2024.")
    widths = [1.0, 4.2, 4.6, 3.0, 1.9, 1.9]
    table = make_table(doc, ["Rec", "Trust response", "Action", "Lead", "Target", "Status"], widths, size=9)
    for rec, response, action, lead, target, _, status, _ in PLAN:
        add_row(table, [rec, response, action, lead, target, status], widths, size=9)
    para(doc, "Status: Closed – evidence seen by NHS England; Open – on track; Open – overdue.", size=8)
    return doc


def gold(lines: list[str]) -> dict:
    recs, after = [], 0
    for ref, text in RECS:
        start = " ".join(text.split()[:8])
        after = find_line(lines, start, after)
        recs.append(
            {
                "ref": ref,
                "level": "overview",
                "agency": "The Trust",
                "title": None,
                "text_start": start,
                "aliases": [],
                "outcome": None,
                "themes": [],
                "scope": "local",
                "line": after,
            }
        )
    actions = []
    for rec, _, action, lead, target, iso, status, word in PLAN:
        start = " ".join(action.split()[:8])
        actions.append(
            {
                "ref": None,
                "agency_section": "overview",
                "recommendation_ref": rec,
                "action_start": start,
                "lead": lead,
                "target_date_raw": target,
                "target_date": iso,
                "status_raw": status,
                "status": word,
                "line": find_line(lines, start, after),
            }
        )
    return {
        "file": f"{STEM}.txt",
        "family": "NHS independent investigation: R recommendations, a plan with a Trust response column",
        "description": (
            "The closing pages of an NHS mental health homicide investigation built in Word (python-docx, Liberation "
            "Serif 10), exported to PDF by LibreOffice and to text by plain pdftotext: R1-R3 as hanging "
            "paragraphs, then a Rec | Trust response | Action | Lead | Target | Status plan whose last rows' Rec "
            "cells and long response print after the rows."
        ),
        "review": {
            "review_id": None,
            "review_type": None,
            "area": None,
            "doc_kind": "overview_report",
            "author": None,
            "victims": [{"pseudonym": "Orla Penhallow", "age": 72}],
            "date_of_death": "2023-05-02",
        },
        "recommendations": recs,
        "actions": actions,
        "chronology": [],
        "notes": (
            "Written by hand from the document's meaning. Recommendations R1-R3, overview, to the Trust, local; the "
            "plan's response cells and the status key are not recommendations. Actions: the four plan rows, no "
            "action ref, recommendation_ref the Rec cell, lead the Lead cell, dd/mm/yyyy dates; Closed -> complete, "
            "Open – on track / Open – overdue -> in_progress. The response cell is neither the action nor a status."
        ),
    }


if __name__ == "__main__":
    save_with_gold(word_document(), HERE, STEM, gold)
