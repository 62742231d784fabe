"""Build dhr_plan_quarter_progress_header: a standalone DHR action plan whose header is two rows:
"Ref | Action | Lead | Target | Progress 2024/25 (merged over three columns) | Status | Evidence
of completion", and under the merged cell only "Q1 | Q2 | Q3"; the other header cells merged
down over both rows. Both rows repeat on the next page, and one row is split by the page break.

Landscape Liberation Sans 8. Page 1 opens with a label/value box (victim, chair and author, plan
owner, reporting year), the recommendations as hanging paragraphs and two notes (one saying
which months each quarter covers). Targets are quarters of the financial year ("Q2 2024/25" is
filed under its first month, July 2024), "end of financial year" (31 March 2025) or a day; the
status cell says "Complete – evidence received", "Complete – awaiting evidence" or "Open". The
quarter cells and the evidence cell are neither actions nor statuses; an empty update cell
holds "—". All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_dhr_plan_quarter_progress_header.py   # .docx, .pdf, .txt, .json
    /tmp/plumbvenv/bin/python dev/corpus_style.py DIR   # a folder holding its .pdf and .json
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx.shared import Cm

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # tests/, for the shared export steps

from docx_build import add_row, new_doc, para, repeat_header, set_text, set_widths, shade  # noqa: E402
from gold_lines import find_line  # noqa: E402
from office_export import save_with_gold  # noqa: E402

STEM = "dhr_plan_quarter_progress_header"

RECS = [
    ("1.", "Eastcombe Community Safety Partnership should make sure every agency's front door staff "
     "know how to refer to the domestic abuse hub."),
    ("2.", "Eastcombe Hospital Trust should ask about abuse when a patient attends the emergency "
     "department twice in a month with injuries."),
]  # fmt: skip

# (ref, action, lead, target, q1, q2, q3, status raw, evidence, target iso, status)
PLAN = [
    ("1.1", "Send a referral guide to every front door team.", "CSP Manager", "Q2 2024/25",
     "Guide drafted.", "Guide sent to 14 teams.", "—", "Complete – evidence received",
     "Copy of guide and circulation list", "2024-07", "complete"),
    ("1.2", "Run two briefings on the hub for housing and benefits staff, and record who attended "
     "each one so that the teams who missed it can be offered a later date before the end of the "
     "year.", "Housing Lead", "end of financial year", "—", "First briefing held in August with 22 "
     "staff from housing and benefits; second booked for November and the list of teams who have "
     "not yet attended sent to their managers with a request to release staff.", "—", "Open", "—",
     "2025-03-31", "in_progress"),
    ("2.1", "Add an abuse question to the emergency department triage form.", "Lead Nurse",
     "30 November 2024", "Form change agreed.", "Form live from 1 September.", "Audit due.",
     "Complete – awaiting evidence", "Audit of 50 forms", "2024-11-30", "complete"),
    ("2.2", "Audit repeat injury attendances each quarter.", "Safeguarding Lead", "Q4 2024/25", "—",
     "—", "First audit done.", "Open", "—", "2025-01", "in_progress"),
]  # fmt: skip

WIDTHS = [1.2, 5.6, 2.6, 2.4, 2.6, 2.6, 2.6, 2.8, 3.2]


def _header(t) -> None:
    """Two header rows: 'Progress 2024/25' merged across the quarter columns, the rest merged down."""
    names = [
        "Ref",
        "Action",
        "Lead",
        "Target",
        "Progress 2024/25",
        "",
        "",
        "Status",
        "Evidence of completion",
    ]
    top, low = t.rows[0], t.rows[1]
    for k, name in enumerate(names):
        set_text(top.cells[k], name, bold=True, size=8)
    for k, name in zip((4, 5, 6), ("Q1", "Q2", "Q3")):
        set_text(low.cells[k], name, bold=True, size=8)
    top.cells[4].merge(top.cells[6])
    for k in (0, 1, 2, 3, 7, 8):
        keep = top.cells[k].text
        merged = top.cells[k].merge(low.cells[k])
        set_text(merged, keep, bold=True, size=8)
    set_text(t.rows[0].cells[4], "Progress 2024/25", bold=True, size=8)
    for row in (top, low):
        repeat_header(row)
        for cell in row.cells:
            shade(cell, "D9D9D9")


def word_document():
    doc = new_doc(
        landscape=True, footer_label="Eastcombe DHR 'Leah' action plan | Page", font="Liberation Sans", size=8
    )
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(doc.sections[0], side, Cm(1.5))
    para(doc, "Domestic Homicide Review 'Leah' – Action plan", bold=True, size=11)
    box = doc.add_table(rows=4, cols=2)
    box.style = "Table Grid"
    for row, (label, value) in zip(
        box.rows,
        [
            ("Victim", "Leah"),
            ("Chair and author", "Imran Castell"),
            ("Plan owner", "Eastcombe Community Safety Partnership"),
            ("Reporting year", "2024/25"),
        ],
    ):
        set_text(row.cells[0], label, bold=True, size=8)
        set_text(row.cells[1], value, size=8)
    set_widths(box, [4.0, 9.0])
    para(doc, "")
    para(doc, "Recommendations", bold=True)
    for num, text in RECS:
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(0.8)
        p.paragraph_format.first_line_indent = Cm(-0.8)
        p.add_run(f"{num}\t{text}")
    para(doc, "Q1 = April to June, Q2 = July to September, Q3 = October to December.", italic=True)
    para(doc, "An update cell left empty holds a dash.", italic=True)
    for _ in range(4):
        para(doc, "")
    t = doc.add_table(rows=2, cols=len(WIDTHS))
    t.style = "Table Grid"
    _header(t)
    for ref, action, lead, target, q1, q2, q3, status, evidence, _, _ in PLAN:
        add_row(t, [ref, action, lead, target, q1, q2, q3, status, evidence], WIDTHS, size=8)
    set_widths(t, WIDTHS)
    para(doc, "")
    para(doc, "4 actions: 2 complete, 2 open.")
    return doc


def gold(lines: list[str]) -> dict:
    recs = []
    for num, text in RECS:
        start = " ".join(text.split()[:10])
        recs.append(
            {
                "ref": num.rstrip("."),
                "level": "overview",
                "agency": text.split(" should")[0],
                "title": None,
                "text_start": start,
                "aliases": [],
                "outcome": None,
                "scope": "local",
                "line": find_line(lines, start),
            }
        )
    actions = []
    for ref, action, lead, target, *_rest in PLAN:
        status, iso, state = _rest[3], _rest[5], _rest[6]
        start = " ".join(action.split()[:8])
        actions.append(
            {
                "ref": ref,
                "recommendation_ref": ref.split(".")[0],
                "agency_section": "overview",
                "action_start": start,
                "lead": lead,
                "target_date_raw": target,
                "target_date": iso,
                "status_raw": status,
                "status": state,
                "line": find_line(lines, start),
            }
        )
    return {
        "file": f"{STEM}.txt",
        "family": "DHR action plan with a two-row header: quarterly progress columns under a merged "
        "'Progress <year>' cell, the header repeated on the next page",
        "description": "A standalone DHR action plan built in Word (Liberation Sans 8, landscape): a label "
        "box, two hanging recommendations, a plan Ref | Action | Lead | Target | Progress 2024/25 (Q1 | Q2 "
        "| Q3) | Status | Evidence of completion, a row split by the page break.",
        "review": {
            "review_id": None,
            "review_type": "DHR",
            "area": "Eastcombe",
            "doc_kind": "action_plan",
            "author": "Imran Castell",
            "victims": [{"pseudonym": "Leah", "age": None}],
            "date_of_death": None,
        },
        "recommendations": recs,
        "actions": actions,
        "chronology": [],
        "notes": "A quarter is filed under its first month (the financial year starts in April); 'end of "
        "financial year' is 31 March of the reporting year's end. The quarter and evidence cells are "
        "neither actions nor statuses.",
    }


if __name__ == "__main__":
    save_with_gold(word_document(), HERE, STEM, gold)
