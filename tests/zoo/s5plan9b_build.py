"""Build the s5plan9b zoo document: a partnership tracker exported from a spreadsheet, with a
completion flag instead of a status.

Spreadsheet trackers kept by community safety partnerships print one row per action with the
recommendation repeated on every row, the date the action was agreed, the agreed target date, a
"Revised date" where a deadline slipped, a free-text update and a "Closed (Y/N)" column: the
flag says whether the action is finished; the update says whether work is under way. A date
cell too narrow for its value prints as "#####". All people, places and bodies are fictional;
the wording is our own.

    python tests/zoo/s5plan9b_build.py     # writes .docx, .pdf and the -layout .txt beside it
"""

from __future__ import annotations

from pathlib import Path

from docx.shared import Pt
from plan_merged_build import _save, new_document, row, table

HERE = Path(__file__).resolve().parent

RECS = {
    "1": "Ravensholm Borough Council should ask every applicant for homelessness help whether they feel safe at home.",
    "2": "Ravensholm Police should review how officers record a victim's refusal to answer risk questions.",
    "3": "The Partnership should brief GP practices on the signs of coercive control in older couples.",
}

# (id, rec no., agency, action, lead, agreed, target, revised, update, closed)
ROWS = [
    (
        "RCS-210",
        "1",
        "Council",
        "Add a safety question to the housing options triage script",
        "Housing Options Manager",
        "09/05/2024",
        "31/07/2024",
        "",
        "Script changed 12/07/24.",
        "Y",
    ),
    (
        "RCS-211",
        "1",
        "Council",
        "Audit 40 triage calls for use of the new question",
        "Housing Options Manager",
        "09/05/2024",
        "30/11/2024",
        "28/02/2025",
        "Half the calls sampled; findings due at March Board.",
        "N",
    ),
    (
        "RCS-212",
        "2",
        "Police",
        "Publish a briefing note on recording a declined risk assessment",
        "Det Supt Public Protection",
        "09/05/2024",
        "30/09/2024",
        "",
        "Note on intranet since 03/09/24.",
        "Y",
    ),
    (
        "RCS-213",
        "2",
        "Police",
        "Check 50 domestic incident logs for a recorded refusal",
        "Det Supt Public Protection",
        "09/05/2024",
        "31/12/2024",
        "",
        "",
        "N",
    ),
    (
        "RCS-214",
        "3",
        "Partnership",
        "Run two lunchtime briefings for GP safeguarding leads",
        "Partnership Business Manager",
        "09/05/2024",
        "31/03/2025",
        "#####",
        "First briefing held 14/01/25; second booked.",
        "N",
    ),
]

HEADERS = [
    "ID",
    "Rec no.",
    "Recommendation",
    "Agency",
    "Action",
    "Lead officer",
    "Date agreed",
    "Target date",
    "Revised date",
    "Update",
    "Closed (Y/N)",
]
WIDTHS = [1.6, 1.1, 4.4, 1.8, 3.8, 2.6, 1.9, 1.9, 1.9, 3.6, 1.4]


def build_closed_flag_tracker() -> Path:
    doc = new_document("Page 1 of 1")
    doc.styles["Normal"].font.size = Pt(7)
    doc.add_paragraph("Review_Tracker_2024.xlsx – Sheet: DHR Clara")
    doc.add_paragraph(
        "Ravensholm Community Safety Partnership – review actions tracker – DHR 'Clara' (RCSP DHR 04)"
    )
    t = table(doc, HEADERS, WIDTHS)
    for rid, rec, agency, action, lead, agreed, target, revised, update, closed in ROWS:
        row(t, [rid, rec, RECS[rec], agency, action, lead, agreed, target, revised, update, closed])
    return _save(doc, "s5plan9b_closed_flag_tracker")


if __name__ == "__main__":
    print(build_closed_flag_tracker())
