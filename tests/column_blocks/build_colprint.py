"""Build the colprint documents: Word action plans in real tables, exported to PDF by
LibreOffice and then to text by plain `pdftotext` (no -layout), which prints a table column by
column or cell by cell rather than row by row. The .txt is that genuine export, not typed.

- `colprint_ho_template`: a DHR action plan in the Home Office template (Recommendation |
  Scope | Action | Lead Agency | Key milestones | Target Date | Date of completion and Outcome);
- `colprint_tracker_rag`: a SAB tracker (Ref | Action | Lead | Target date | Progress |
  RAG status), with a RAG key under it;
- `colprint_single_agency`: one trust's internal plan (Ref | Action | Owner | Timescale |
  Complete), the completion column holding a status phrase.

All people, places and bodies are fictional; the wording is our own.

    python tests/column_blocks/build_colprint.py      # writes .docx, .pdf and .txt beside it
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from docx_build import HO_PLAN_HEADERS, add_row, heading, make_table, new_doc, para  # noqa: E402
from office_export import save_rendered  # noqa: E402

HO_ROWS = [
    (
        "1. Dunmore Community Safety Partnership should make sure that every partner asks about "
        "economic abuse when it assesses risk.",
        "Local",
        "Add questions on economic abuse to the partnership risk checklist.",
        "Dunmore CSP",
        "Checklist revised and agreed at the steering group.",
        "June 2024",
        "Complete – new checklist in use since July 2024.",
    ),
    (
        "2. Dunmore Housing should offer a face-to-face appointment to any tenant who reports "
        "abuse by a partner.",
        "Local",
        "Change the housing triage script so that a visit is offered the same week.",
        "Dunmore Housing",
        "Script drafted; staff briefed in two teams.",
        "September 2024",
        "In progress – third team to be briefed in January.",
    ),
    (
        "3. Vale Health Board should remind GPs to record who attends an appointment with a patient.",
        "Local",
        "Send a practice bulletin on recording companions at consultations.",
        "Vale Health Board Safeguarding Team",
        "Bulletin written.",
        "December 2024",
        "Not started – bulletin held until the new template is live.",
    ),
    (
        "4. The Home Office should consider guidance on the review of deaths abroad.",
        "National",
        "Chair to write to the Home Office on behalf of the partnership.",
        "Independent Chair",
        "Letter agreed by the panel.",
        "March 2024",
        "Complete – letter sent 2 April 2024.",
    ),
]

TRACKER_ROWS = [
    (
        "1.1",
        "Publish a self-neglect practice guide on the Board website.",
        "Board Business Manager",
        "31/03/2024",
        "Guide published 20 March 2024 and circulated to partners.",
        "Green",
    ),
    (
        "1.2",
        "Run two multi-agency workshops on the guide.",
        "Board Training Lead",
        "30/09/2024",
        "First workshop held in June; second booked.",
        "Amber",
    ),
    (
        "2.1",
        "Audit twelve adult social care cases where the person declined support.",
        "Principal Social Worker",
        "31/12/2024",
        "Audit tool agreed; no cases sampled yet.",
        "Red",
    ),
    (
        "3.1",
        "Add a prompt on hoarding risk to the fire service home safety visit form.",
        "Fire Service Prevention Manager",
        "31/07/2024",
        "Form changed and staff trained.",
        "Green",
    ),
    (
        "3.2",
        "Agree a route for fire service referrals into the adult social care front door.",
        "Head of Adult Safeguarding",
        "31/10/2024",
        "Draft route shared with both services.",
        "Amber",
    ),
]

SINGLE_ROWS = [
    (
        "A1",
        "Revise the midwifery booking questions so that every woman is asked about abuse when alone.",
        "Head of Midwifery",
        "3 months",
        "Complete",
    ),
    (
        "A2",
        "Audit fifty booking records for a recorded enquiry.",
        "Safeguarding Midwife",
        "6 months",
        "In progress",
    ),
    (
        "A3",
        "Deliver training on coercive control to all community midwives.",
        "Practice Development Midwife",
        "12 months",
        "Partially complete",
    ),
    (
        "B1",
        "Add a flag to the maternity record when a partner declines to leave the room.",
        "Digital Midwife",
        "6 months",
        "Not started",
    ),
]


def ho_template() -> None:
    stem = "colprint_ho_template"
    doc = new_doc(landscape=True, footer_label="Dunmore DHR 'Ruth' – action plan")
    heading(doc, "Dunmore Community Safety Partnership", 1)
    para(doc, "Domestic Homicide Review 'Ruth' (DCSP DHR 2023/02) – action plan")
    para(doc, "Progress as reported to the partnership board in November 2024.")
    headers = HO_PLAN_HEADERS
    widths = [5.2, 2.0, 4.6, 3.0, 4.0, 2.4, 4.2]
    t = make_table(doc, headers, widths)
    for row in HO_ROWS:
        add_row(t, row, widths)
    para(doc, "")
    para(doc, "The plan is reviewed at every meeting of the partnership board until each action is closed.")
    save_rendered(doc, HERE, stem)


def tracker() -> None:
    stem = "colprint_tracker_rag"
    doc = new_doc(landscape=True, footer_label="Harlow Vale SAB – SAR tracker")
    heading(doc, "Harlow Vale Safeguarding Adults Board", 1)
    para(doc, "Safeguarding Adults Review 'Mr D' – action tracker")
    heading(doc, "Recommendation 1: self-neglect guidance", 2)
    para(doc, "1. The Board should publish practice guidance on self-neglect and make sure staff use it.")
    heading(doc, "Recommendation 2: people who decline support", 2)
    para(doc, "2. Adult social care should check how it responds when a person declines support.")
    heading(doc, "Recommendation 3: fire risk", 2)
    para(doc, "3. The fire service and adult social care should share concerns about hoarding.")
    heading(doc, "Action tracker", 2)
    headers = ["Ref", "Action", "Lead", "Target date", "Progress", "RAG status"]
    widths = [1.3, 6.5, 3.6, 2.5, 6.6, 2.2]
    t = make_table(doc, headers, widths)
    for row in TRACKER_ROWS:
        add_row(t, row, widths)
    para(doc, "")
    para(doc, "RAG key: Green – complete; Amber – in progress and on track; Red – not started or off track.")
    save_rendered(doc, HERE, stem)


def single_agency() -> None:
    stem = "colprint_single_agency"
    doc = new_doc(footer_label="Lowmoor Hospitals NHS Trust – internal DHR plan")
    heading(doc, "Lowmoor Hospitals NHS Trust", 1)
    para(doc, "Internal action plan for DHR 'Mira' (Lowmoor CSP 2022/4)")
    para(
        doc,
        "Recommendation A: The Trust should make sure that midwives ask about domestic abuse "
        "when the woman is alone.",
    )
    para(
        doc,
        "Recommendation B: The Trust should record when a partner will not leave a woman alone with staff.",
    )
    heading(doc, "Actions", 2)
    headers = ["Ref", "Action", "Owner", "Timescale", "Complete"]
    widths = [1.2, 7.5, 3.6, 2.2, 2.6]
    t = make_table(doc, headers, widths)
    for row in SINGLE_ROWS:
        add_row(t, row, widths)
    para(doc, "")
    para(doc, "Signed off by the Trust Safeguarding Committee, October 2024.")
    save_rendered(doc, HERE, stem)


if __name__ == "__main__":
    ho_template()
    tracker()
    single_agency()
