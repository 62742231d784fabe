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
from plan_merged_build import _save, merged_rows, new_document, row, shade, table

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


# ------------------------------------------------------------ 2. SMART plan, sub-actions under merged recommendations

# (recommendation cell, [(action cell, measurable outcome, lead officer, target date, evidence, RAG)])
SMART = [
    (
        "1. Ashcombe Safer Communities Partnership should make sure that housing and adult social "
        "care staff know how to refer an older victim of domestic abuse.",
        [
            (
                "1.1 Write a short referral guide for housing officers and publish it on the intranet",
                "Guide published; link sent to all housing teams",
                "Housing Safeguarding Lead",
                "30/04/2024",
                "Complete – guide published 22 April 2024",
                "Green",
            ),
            (
                "1.2 Run three briefings on the guide for adult social care locality teams",
                "75% of locality staff attend; attendance kept",
                "Head of Adult Social Care Practice",
                "Sept 2024",
                "Two briefings held; the third moved to January because of sickness.",
                "Amber",
            ),
        ],
    ),
    (
        "2. Ashcombe Police should check that officers ask about weapons at every domestic abuse call.",
        [
            (
                "2.1 Add a weapons question to the incident attendance checklist",
                "Question shown on the checklist app",
                "Inspector, Domestic Abuse Unit",
                "31.07.2024",
                "Complete – screenshot of the app received Aug 2024",
                "Green",
            ),
            (
                "2.2 Audit 40 attendance checklists for the weapons answer",
                "Audit report to the Partnership",
                "Head of Quality Assurance",
                "Q4 2024/25",
                "",
                "Red",
            ),
        ],
    ),
    (
        "3. Ashcombe Partnership should share the learning from this review with every partner agency.",
        [
            (
                "3.1 Publish a seven-minute briefing on the review",
                "Briefing on the website; read by partner leads",
                "Partnership Business Manager",
                "Within 2 months of publication",
                "Not yet due – awaiting publication",
                "",
            ),
            (
                "3.2 Report progress on this plan to the Partnership Board each quarter",
                "Standing item on the Board agenda",
                "Partnership Chair",
                "Ongoing",
                "Reported in June and September 2024.",
                "Amber",
            ),
        ],
    ),
]


def build_smart_subactions() -> Path:
    doc = new_document("Ashcombe SCP – DHR 'Harriet' – SMART action plan – position at 30 September 2024")
    doc.styles["Normal"].font.size = Pt(8)  # (a seven-column landscape plan is set small)
    doc.add_heading("Domestic Homicide Review: Harriet", level=1)
    doc.add_paragraph("SMART action plan and progress update – position at 30 September 2024")
    doc.add_paragraph(
        "RAG key    GREEN = complete and evidence seen    AMBER = in progress, within timescale    "
        "RED = not started or overdue"
    )
    t = table(
        doc,
        [
            "Recommendation",
            "Specific action",
            "Measurable outcome",
            "Lead officer",
            "Target date",
            "Evidence of completion",
            "RAG",
        ],
        [5.2, 4.6, 3.8, 3.0, 2.2, 4.2, 1.4],
    )
    for rec, actions in SMART:
        merged_rows(t, [0], [rec], [list(a) for a in actions])
    doc.add_paragraph("Plan owner: Partnership Business Manager. Next update due 31 December 2024.")
    return _save(doc, "s5plan9b_smart_subactions")


# ------------------------------------------------------------ 3. RAG by shading only, progress in words

# (no., recommendation, [(action, lead, target, progress, fill)]); the fill is the only rating
SHADED = [
    (
        "1",
        "The Board should agree a protocol for escalating self-neglect cases between agencies.",
        [
            (
                "Draft and agree the escalation protocol",
                "Board Business Manager",
                "March 2024",
                "Completed – protocol signed off at the May Board.",
                "00B050",
            )
        ],
    ),
    (
        "2",
        "Community health services should train district nurses to recognise coercive control.",
        [
            (
                "Deliver a half-day course to all district nursing teams",
                "Head of Community Nursing",
                "Dec 2024",
                "Two cohorts trained; 55% of nurses trained so far.",
                "92D050",
            )
        ],
    ),
    (
        "3",
        "Adult social care should check that carers' assessments ask about abuse.",
        [
            (
                "Add an abuse question to the carer's assessment form",
                "Principal Social Worker",
                "June 2024",
                "",
                "FF0000",
            )
        ],
    ),
    (
        "4",
        "The Board should audit how agencies record a refusal of services.",
        [
            (
                "Design the audit and report to the Quality Group",
                "Quality Group Chair",
                "Q3 2024/25",
                "Draft audit questions out for consultation with partners.",
                "FFC000",
            ),
            (
                "Repeat the audit a year later",
                "Quality Group Chair",
                "Q3 2025/26",
                "Awaiting the first audit's findings.",
                "FFC000",
            ),
        ],
    ),
]


def build_shaded_rag() -> Path:
    doc = new_document("Lindenford Safeguarding Adults Board – SAR 'Mabel' action plan")
    doc.add_heading("Lindenford Safeguarding Adults Board", level=1)
    doc.add_paragraph("Safeguarding Adults Review 'Mabel': action plan")
    doc.add_paragraph(
        "RAG colour key: dark green = complete; light green = on track; amber = delayed; red = not started."
    )
    t = table(
        doc,
        ["No.", "Recommendation", "Action", "Lead", "Target date", "Progress", ""],
        [1.2, 6.0, 5.0, 3.6, 2.4, 6.0, 1.4],
    )
    for no, rec, actions in SHADED:
        start = len(t.rows)
        merged_rows(t, [0, 1], [no, rec], [list(a[:4]) + [""] for a in actions])
        for k, action in enumerate(actions):
            shade(t.rows[start + k].cells[6], action[4])
    return _save(doc, "s5plan9b_shaded_rag_progress")


if __name__ == "__main__":
    print(build_closed_flag_tracker())
    print(build_smart_subactions())
    print(build_shaded_rag())
