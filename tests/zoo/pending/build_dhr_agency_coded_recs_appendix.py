"""Build dhr_agency_coded_recs_appendix: a DHR executive summary whose recommendations carry
codes naming who they are for: "R-OV-01" (the overview's, to the Community Safety Partnership)
in the body, and in Appendix A a "Code | Agency | Recommendation" table of the agencies' own
("R-GP-01", "R-PROB-01", "R-HSG-01", "R-HSG-02"), each agency's recommendation opening with a
short name of it. Appendix B is the action plan "Code | Action | Owner | Due | Status": the Code
is the recommendation each row serves (no action refs), the rows are not in code order, and the
long action of one row is split by the page break.

Liberation Mono 9.5 (a fixed-pitch report). All people, places and bodies are fictional; the
wording is our own.

    python tests/zoo/pending/build_dhr_agency_coded_recs_appendix.py   # .docx, .pdf, .txt, .json
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

STEM = "dhr_agency_coded_recs_appendix"

BODY = [
    ("R-OV-01", "Harrowden Community Safety Partnership should ask every member agency to name a "
     "lead for economic abuse and report to the board on the training those leads receive."),
    ("R-OV-02", "Harrowden Community Safety Partnership should publish a short guide for families "
     "and friends on where to go when they are worried about someone's relationship."),
]  # fmt: skip

# (code, agency cell, recommendation)
APPENDIX = [
    ("R-GP-01", "Harrowden GP Federation", "The Federation should add a prompt to ask about "
     "control and fear when a patient asks for repeat anxiety medication."),
    ("R-GP-02", "Harrowden GP Federation", "The Federation should audit whether reception staff "
     "offer a private room when a patient arrives with a partner."),
    ("R-PROB-01", "Wessmere Probation Service", "Probation should check with the police before "
     "approving a change of address for anyone on licence for violence."),
    ("R-HSG-01", "Linnet Housing Association", "Linnet should record when a tenant asks for a "
     "lock change and ask, privately, whether she feels safe."),
]  # fmt: skip

# (code, action, owner, due, status raw, status) — not in code order
PLAN = [
    ("R-HSG-01", "Add a lock change question to the repairs script and train the repairs desk "
     "team on what to do when a tenant says she does not feel safe at home, including how to "
     "pass the call to the tenancy sustainment officer on the same day and how to record the "
     "call so the next officer can see it.", "Head of Tenancy", "Jun 2025", "Open", "in_progress"),
    ("R-OV-01", "Ask each agency to name its economic abuse lead.", "CSP Manager", "Apr 2025",
     "Closed", "complete"),
    ("R-GP-01", "Build the prompt into the repeat prescribing template.", "Clinical Lead",
     "Sep 2025", "Open", "in_progress"),
    ("R-PROB-01", "Issue a practice note on address checks for licence cases.", "Head of Practice",
     "May 2025", "Closed", "complete"),
    ("R-OV-02", "Write and print the family and friends guide.", "CSP Manager", "Oct 2025", "Open",
     "in_progress"),
    ("R-GP-02", "Audit private room offers at six practices.", "Practice Manager Lead", "Dec 2025",
     "Open", "in_progress"),
]  # fmt: skip


def word_document():
    doc = new_doc(footer_label="Harrowden CSP | Page", font="Liberation Mono", size=9.5)
    para(doc, "Harrowden Community Safety Partnership", bold=True)
    para(doc, "Domestic Homicide Review 14 – Executive Summary", bold=True)
    heading(doc, "1. The review", 1)
    para(
        doc,
        "This review looks at the contact agencies had with Joanne, who was 52 when she was "
        "killed by her husband in Harrowden.",
    )
    heading(doc, "2. Recommendations for the Partnership", 1)
    for code, text in BODY:
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(2.4)
        p.paragraph_format.first_line_indent = Cm(-2.4)
        p.add_run(f"{code}\t{text}")
    para(doc, "The agencies' own recommendations are listed in Appendix A; the action plan is Appendix B.")
    heading(doc, "Appendix A – Agency recommendations", 1)
    widths = [2.8, 3.8, 9.6]
    t = make_table(doc, ["Code", "Agency", "Recommendation"], widths, size=9.5)
    for code, agency, text in APPENDIX:
        add_row(t, [code, agency, text], widths, size=9.5)
    heading(doc, "Appendix B – Action plan", 1)
    para(doc, "Rows are listed in the order the actions were agreed.")
    for _ in range(4):
        para(doc, "")
    widths = [2.6, 6.4, 3.0, 2.0, 2.0]
    t = make_table(doc, ["Code", "Action", "Owner", "Due", "Status"], widths, size=9.5)
    for code, action, owner, due, raw, _ in PLAN:
        add_row(t, [code, action, owner, due, raw], widths, size=9.5)
    return doc


MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def gold(lines: list[str]) -> dict:
    recs = []
    for code, text in BODY:
        start = " ".join(text.split()[:10])
        recs.append(
            {
                "ref": code,
                "level": "overview",
                "agency": "Harrowden Community Safety Partnership",
                "title": None,
                "text_start": start,
                "aliases": [],
                "outcome": None,
                "scope": "local",
                "line": find_line(lines, start),
            }
        )
    for code, agency, text in APPENDIX:
        start = " ".join(text.split()[:10])
        recs.append(
            {
                "ref": code,
                "level": "agency",
                "agency": agency,
                "title": None,
                "text_start": start,
                "aliases": [],
                "outcome": None,
                "scope": "local",
                "line": find_line(lines, start),
            }
        )
    actions = []
    for code, action, owner, due, raw, state in PLAN:
        month, year = due.split()
        start = " ".join(action.split()[:10])
        actions.append(
            {
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
        )
    return {
        "file": f"{STEM}.txt",
        "family": "DHR executive summary with agency-coded recommendations (R-XX-01) in the body "
        "and an appendix table, and a plan keyed by the codes out of their order",
        "description": "A DHR executive summary built in Word (Liberation Mono 9.5): two overview "
        "recommendations coded R-OV-nn as hanging paragraphs, Appendix A Code | Agency | "
        "Recommendation, Appendix B Code | Action | Owner | Due | Status with a row split by the page.",
        "review": {
            "review_id": None,
            "review_type": "DHR",
            "area": "Harrowden",
            "doc_kind": None,
            "author": None,
            "victims": [{"pseudonym": "Joanne", "age": 52}],
            "date_of_death": None,
        },
        "recommendations": recs,
        "actions": actions,
        "chronology": [],
        "notes": "Each recommendation's ref is its code as printed; the appendix's are the agency's "
        "own (level agency, agency from the Agency cell). Each plan row's Code is the "
        "recommendation_ref; the plan prints no action refs. Due 'Mon yyyy' is the month.",
    }


if __name__ == "__main__":
    save_with_gold(word_document(), HERE, STEM, gold)
