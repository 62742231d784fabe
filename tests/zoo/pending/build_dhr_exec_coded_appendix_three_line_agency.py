"""Build dhr_exec_coded_appendix_three_line_agency: a DHR executive summary in a fixed-pitch face
whose multi-agency recommendations are coded "R-MA-nn" and whose single-agency recommendations
sit in an appendix "Code | Agency | Recommendation" table coded by agency ("R-ICB-01",
"R-ASC-01", "R-POL-01", "R-POL-02"), one agency's name wrapping over three lines of its cell.
The plan "Code | Action | Owner | Due | Status" keys each row by the recommendation it serves,
its rows in the order they were agreed (not code order), one long row split by the page break.

Liberation Mono 9 (Courier New's metrics). All people, places and bodies are fictional; the
wording is our own.

    python tests/zoo/pending/build_dhr_exec_coded_appendix_three_line_agency.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py DIR   # a folder holding its .pdf and .json
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx.shared import Cm

HERE = Path(__file__).resolve().parents[0]
sys.path.insert(0, str(HERE.parents[1]))  # tests/, for the shared export steps

from docx_build import add_row, heading, make_table, new_doc, para  # noqa: E402
from gold_lines import find_line  # noqa: E402
from office_export import save_with_gold  # noqa: E402

STEM = "dhr_exec_coded_appendix_three_line_agency"
PARTNERSHIP = "Tollbury Safer Communities Partnership"

BODY = [
    ("R-MA-01", "Tollbury Safer Communities Partnership should agree with its member agencies one "
     "way of recording that a victim has asked for contact to stop, and test it within a year."),
    ("R-MA-02", "Tollbury Safer Communities Partnership should make sure that every agency's "
     "domestic abuse training covers the risks older victims face from adult children."),
]  # fmt: skip

# (code, agency cell, recommendation)
APPENDIX = [
    ("R-ICB-01", "Tollbury and Wyke Integrated Care Board", "The Board should remind practices "
     "that a carer's assessment can be offered to a parent caring for an adult son."),
    ("R-ASC-01", "Tollbury Council Adult Social Care", "Adult Social Care should review how "
     "safeguarding concerns raised out of hours are passed to the day team."),
    ("R-POL-01", "Eskmouth Constabulary", "The Constabulary should add a question on who else "
     "lives at the address to its domestic abuse risk form."),
    ("R-POL-02", "Eskmouth Constabulary", "The Constabulary should audit a sample of calls where "
     "the caller was a parent reporting an adult child."),
]  # fmt: skip

# (code, action, owner, due, status raw, status) — in the order agreed, not code order
PLAN = [
    ("R-POL-01", "Add the household question to the risk form, brief response officers at "
     "each of the three stations on why it matters, check after three months that the question "
     "is being answered on at least nine forms in ten, and report the result to the "
     "Partnership's delivery group with any changes the check suggests.", "Detective Inspector",
     "Mar 2025", "Closed", "complete"),
    ("R-MA-02", "Add older victims to the multi-agency training plan.", "Training Coordinator",
     "Jul 2025", "Open", "in_progress"),
    ("R-ASC-01", "Write an out of hours handover note for the day team.", "Service Manager",
     "Feb 2025", "Closed", "complete"),
    ("R-ICB-01", "Send a practice bulletin on carer's assessments.", "Designated Nurse",
     "Nov 2025", "Open", "in_progress"),
    ("R-MA-01", "Agree and test one record for a request to stop contact.", "Partnership Manager",
     "Jan 2026", "Open", "in_progress"),
    ("R-POL-02", "Audit forty calls from parents about adult children.", "Head of Contact",
     "Aug 2025", "Open", "in_progress"),
]  # fmt: skip


def word_document():
    doc = new_doc(footer_label="Tollbury SCP | Page", font="Liberation Mono", size=9)
    para(doc, PARTNERSHIP, bold=True)
    para(doc, "Domestic Homicide Review 21 – Executive Summary", bold=True)
    heading(doc, "1. Introduction", 1)
    para(
        doc,
        "This summary sets out what the review found about the help offered to Margery, who was "
        "71 when she was killed by her son at their home in Tollbury.",
    )
    heading(doc, "2. Multi-agency recommendations", 1)
    for code, text in BODY:
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(2.2)
        p.paragraph_format.first_line_indent = Cm(-2.2)
        p.add_run(f"{code}\t{text}")
    para(doc, "Each agency's own recommendations follow in Appendix 1 and the plan in Appendix 2.")
    heading(doc, "Appendix 1 – Single-agency recommendations", 1)
    widths = [2.6, 3.4, 10.2]
    t = make_table(doc, ["Code", "Agency", "Recommendation"], widths, size=9)
    for code, agency, text in APPENDIX:
        add_row(t, [code, agency, text], widths, size=9)
    heading(doc, "Appendix 2 – Action plan", 1)
    para(doc, "Actions are listed in the order the Partnership agreed them.")
    for _ in range(9):
        para(doc, "")
    widths = [2.6, 6.6, 3.0, 2.0, 1.8]
    t = make_table(doc, ["Code", "Action", "Owner", "Due", "Status"], widths, size=9)
    for code, action, owner, due, raw, _ in PLAN:
        add_row(t, [code, action, owner, due, raw], widths, size=9)
    return doc


MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _rec(lines: list[str], code: str, level: str, agency: str, text: str) -> dict:
    start = " ".join(text.split()[:10])
    return {
        "ref": code,
        "level": level,
        "agency": agency,
        "title": None,
        "text_start": start,
        "aliases": [],
        "outcome": None,
        "scope": "local",
        "line": find_line(lines, start),
    }


def _action(lines: list[str], code: str, action: str, owner: str, due: str, raw: str, state: str) -> dict:
    month, year = due.split()
    start = " ".join(action.split()[:10])
    return {
        "ref": None,
        "recommendation_ref": code,
        "agency_section": "overview",
        "action_start": start,
        "lead": owner,
        "target_date_raw": due,
        "target_date": f"{year}-{MONTHS.index(month) + 1:02d}",
        "status_raw": raw,
        "status": state,
        "line": find_line(lines, start),
    }


def gold(lines: list[str]) -> dict:
    recs = [_rec(lines, code, "overview", PARTNERSHIP, text) for code, text in BODY]
    recs += [_rec(lines, code, "agency", agency, text) for code, agency, text in APPENDIX]
    return {
        "file": f"{STEM}.txt",
        "family": "DHR executive summary with multi-agency recommendations coded R-MA-nn and an "
        "appendix of agency-coded recommendations, plan keyed by the codes out of their order",
        "description": "A DHR executive summary built in Word (Liberation Mono 9): R-MA-01/02 as "
        "hanging paragraphs, Appendix 1 Code | Agency | Recommendation (one agency's name over three "
        "lines), Appendix 2 Code | Action | Owner | Due | Status with a row split by the page.",
        "review": {
            "review_id": None,
            "review_type": "DHR",
            "area": "Tollbury",
            "doc_kind": None,
            "author": None,
            "victims": [{"pseudonym": "Margery", "age": 71}],
            "date_of_death": None,
        },
        "recommendations": recs,
        "actions": [_action(lines, *row) for row in PLAN],
        "chronology": [],
        "notes": "Each recommendation's ref is its code as printed; the appendix's are the agency's "
        "own (level agency, agency from the Agency cell). Each plan row's Code is the "
        "recommendation_ref; the plan prints no action refs. Due 'Mon yyyy' is the month.",
    }


if __name__ == "__main__":
    save_with_gold(word_document(), HERE, STEM, gold)
