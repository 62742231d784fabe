"""Build the s3merged zoo documents: Word action plans whose number, recommendation and scope
cells are merged down over a recommendation's actions, exported to PDF and then to text by
plain `pdftotext` (no -layout), which prints such a table as column blocks (a run of one
column's cells, then the next column's, the merged cells once).

- `s3merged_ho_plan_plain`: a DHR action plan in the Home Office template (No. | Recommendation
  | Scope | Action to take | Lead agency | Key milestones | Target date | Date of completion
  and outcome), over two pages;
- `s3merged_sab_tracker_plain`: a SAR board tracker whose ref column numbers each action
  ("1a", "1b") beside the merged recommendation cell, with a RAG column;
- `s5text_ho_plan_status_order`: the Home Office template without a number column (each
  recommendation numbered in its merged cell) and long completion cells, whose statuses plain
  pdftotext prints after later rows' actions.

All people, places and bodies are fictional; the wording is our own.

    python tests/column_blocks/build.py          # writes .docx, .pdf and .txt beside it

They live outside tests/zoo: plain pdftotext leaves the text route to infer cells from order
and shape, so it reads the actions and recommendations but leaves a lead, date or status
empty where the printed order does not say whose it is (tests/test_plan_column_blocks.py
holds it to that: every action found, no value paired wrongly).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "zoo"))
sys.path.insert(0, str(HERE.parent))  # tests/, for the shared export steps

from office_export import save_rendered  # noqa: E402
from plan_merged_build import merged_rows, new_document, table  # noqa: E402

HO_RECS = [
    (
        "1",
        "Eastholme Community Safety Partnership should publish a single guide for practitioners on "
        "recognising economic abuse, and promote it to every partner agency.",
        "Local",
        [
            (
                "Write the economic abuse guide with the local specialist service.",
                "Eastholme CSP",
                "Draft guide shared with the panel.",
                "March 2024",
                "Completed 14/03/2024 - guide published on the partnership website.",
            ),
            (
                "Hold two lunchtime webinars on the guide for frontline staff.",
                "Eastholme CSP Training Officer",
                "First webinar booked.",
                "July 2024",
                "Ongoing - second webinar set for June.",
            ),
        ],
    ),
    (
        "2",
        "Northmere Police should make sure that call handlers ask whether a caller is financially "
        "controlled by the person they are reporting.",
        "Local",
        [
            (
                "Add a question on financial control to the call handling script.",
                "Northmere Police - Contact Centre",
                "Script change approved.",
                "30/06/2024",
                "Completed. Script live from 2 May 2024.",
            ),
        ],
    ),
    (
        "3",
        "Eastholme Borough Council Housing Service should offer every applicant who discloses "
        "domestic abuse a private interview without a family member present.",
        "Local",
        [
            (
                "Revise the housing interview procedure to offer a private interview.",
                "Housing Service Manager",
                "Procedure redrafted.",
                "September 2024",
                "Completed September 2024 - procedure issued.",
            ),
            (
                "Check twenty case files to see whether the offer was made and recorded.",
                "Housing Quality Lead",
                "Audit tool agreed.",
                "Q4 2024/25",
                "Not started - audit due in the new year.",
            ),
            (
                "Brief reception staff on booking a private room for interviews.",
                "Housing Service Manager",
                "Briefing notes written.",
                "December 2024",
                "Ongoing - two of three teams briefed.",
            ),
        ],
    ),
    (
        "4",
        "The Home Office should consider adding economic abuse to the statutory guidance on "
        "multi-agency risk assessment.",
        "National",
        [
            (
                "Chair of the Partnership to write to the Home Office with the findings of this review.",
                "Eastholme CSP (Chair)",
                "Letter drafted.",
                "Within two months of publication",
                "Not started - waiting for publication.",
            ),
        ],
    ),
    (
        "5",
        "Eastholme General Practice Alliance should remind practices to ask about money and control "
        "when a patient presents with anxiety linked to a partner.",
        "Local",
        [
            (
                "Issue a safeguarding newsletter item on economic abuse to all practices.",
                "Alliance Safeguarding Lead GP",
                "Newsletter item written.",
                "May 2024",
                "Completed May 2024 - sent to 19 practices.",
            ),
            (
                "Include economic abuse in the annual practice safeguarding audit.",
                "Alliance Safeguarding Lead GP",
                "Audit question drafted.",
                "March 2025",
                "Ongoing - audit opens in February.",
            ),
        ],
    ),
]

TRACKER_RECS = [
    (
        "1",
        "The Board should seek assurance that partners use the escalation policy when an adult "
        "at risk is discharged without a care package.",
        [
            (
                "1a",
                "Audit fifteen discharges where care was refused.",
                "Quality Subgroup Chair",
                "Oct 2024",
                "Audit finished; report to the Board in November.",
                "Green",
            ),
            (
                "1b",
                "Refresh the escalation policy and its flowchart.",
                "Board Business Manager",
                "Jan 2025",
                "Draft out for comment.",
                "Amber",
            ),
        ],
    ),
    (
        "2",
        "Westbrook Adult Social Care should make sure that reviews of care packages record the views "
        "of the adult as well as the carer.",
        [
            (
                "2a",
                "Add a prompt for the adult's own views to the review form.",
                "Principal Social Worker",
                "Dec 2024",
                "Form change requested from the supplier.",
                "Amber",
            ),
            (
                "2b",
                "Sample ten reviews each quarter for the adult's voice.",
                "Head of Practice Quality",
                "Ongoing",
                "No sample taken yet.",
                "Red",
            ),
        ],
    ),
    (
        "3",
        "Westbrook Integrated Care Board should ensure that district nurses know how to raise a "
        "safeguarding concern about self-neglect.",
        [
            (
                "3a",
                "Deliver a short training session to each district nursing team.",
                "ICB Designated Nurse",
                "Mar 2025",
                "Four of six sessions delivered.",
                "Amber",
            ),
        ],
    ),
]


# s5text_ho_plan_status_order: the Home Office template without a number column, each
# recommendation numbered inside its merged cell; long completion cells ("Complete - ..."), so
# plain pdftotext prints a row's status after the next row's action as often as not.
HO2_RECS = [
    (
        "1. Pellbridge Community Safety Partnership should agree with its partners how a victim who "
        "moves between the two districts keeps the same support worker.",
        "Local",
        [
            (
                "Write a cross-border transfer protocol with the two specialist services.",
                "Pellbridge CSP Domestic Abuse Lead",
                "Protocol drafted with both services and taken to the panel in May.",
                "June 2024",
                "Complete - protocol signed by both services on 20 June 2024 and sent to partners.",
            ),
            (
                "Test the protocol on the first ten transfers and report back to the partnership.",
                "Pellbridge CSP Domestic Abuse Lead",
                "Six transfers reviewed so far.",
                "March 2025",
                "In progress - four transfers still to review before the report is written.",
            ),
        ],
    ),
    (
        "2. Ravelston Police should make sure that officers who attend a call to a victim on bail "
        "conditions check the conditions before they leave the address.",
        "Local",
        [
            (
                "Add a bail conditions check to the domestic abuse attendance checklist.",
                "Ravelston Police - Public Protection",
                "Checklist change approved by the force board.",
                "31/08/2024",
                "Completed 12/08/2024 - new checklist live on the mobile devices.",
            ),
            (
                "Brief every response team on the change at its next training day.",
                "Ravelston Police - Learning and Development",
                "Briefing pack written; eight of twelve teams briefed.",
                "December 2024",
                "Ongoing - the last four teams are booked for November.",
            ),
            (
                "Dip sample forty attendance records to see whether the check was made.",
                "Ravelston Police - Public Protection",
                "Sampling method agreed.",
                "Q1 2025/26",
                "Not started - waits for six months of records under the new checklist.",
            ),
        ],
    ),
    (
        "3. The Home Office should consider whether the statutory guidance should say more about "
        "victims who move between areas during a review.",
        "National",
        [
            (
                "Chair of the Partnership to write to the Home Office with the overview report.",
                "Pellbridge CSP (Chair)",
                "Letter drafted for the chair.",
                "On publication",
                "Not yet started - the letter goes with the published report.",
            ),
        ],
    ),
    (
        "4. Pellbridge and Ravelston Health Trust should ask every patient who attends the emergency "
        "department with an injury about domestic abuse when they are seen alone.",
        "Local",
        [
            (
                "Update the emergency department triage guide so that staff see the patient alone.",
                "Trust Named Nurse for Safeguarding Adults",
                "Guide revised and approved by the safeguarding committee.",
                "September 2024",
                "Complete - revised guide issued to all emergency department staff in September.",
            ),
            (
                "Audit thirty triage records each quarter for a recorded question about abuse.",
                "Trust Safeguarding Team",
                "First quarterly audit done; 19 of 30 records met the standard.",
                "Quarterly from October 2024",
                "Partially complete - two audits done and the third is due in April 2025.",
            ),
        ],
    ),
]


def build_ho_plan() -> Path:
    doc = new_document("Eastholme CSP - DHR action plan - OFFICIAL")
    doc.add_paragraph("Eastholme Community Safety Partnership").runs[0].bold = True
    doc.add_paragraph("Domestic Homicide Review ECSP/DHR/2023/02 - death of Mrs Alda Fenwick (pseudonym)")
    doc.add_paragraph(
        "This plan answers the recommendations of the overview report. Where a recommendation needs "
        "more than one action, the number, recommendation and scope cells span all of its actions."
    )
    headers = [
        "No.",
        "Recommendation",
        "Scope of recommendation i.e. local or regional",
        "Action to take",
        "Lead Agency",
        "Key milestones achieved in enacting recommendation",
        "Target Date",
        "Date of completion and Outcome",
    ]
    t = table(doc, headers, [1.0, 5.0, 2.0, 4.6, 3.0, 3.6, 2.4, 4.4])
    for number, text, scope, actions in HO_RECS:
        merged_rows(t, [0, 1, 2], [number, text, scope], [list(a) for a in actions])
    doc.add_paragraph("Plan owner: Eastholme CSP Business Manager. Next review: January 2025.")
    return _save(doc, "s3merged_ho_plan_plain")


def build_ho_plan_status_order() -> Path:
    doc = new_document("Pellbridge CSP - DHR action plan - OFFICIAL")
    doc.add_paragraph("Pellbridge Community Safety Partnership").runs[0].bold = True
    doc.add_paragraph("Domestic Homicide Review PCSP/DHR/2022/04 - death of Ms Irena Lowe (pseudonym)")
    doc.add_paragraph("Action plan - position reported to the partnership board in October 2024.")
    headers = [
        "Recommendation",
        "Scope of recommendation i.e. local or regional",
        "Action to take",
        "Lead Agency",
        "Key milestones achieved in enacting recommendation",
        "Target Date",
        "Date of completion and Outcome",
    ]
    t = table(doc, headers, [5.2, 2.0, 4.6, 3.0, 3.8, 2.4, 4.6])
    for text, scope, actions in HO2_RECS:
        merged_rows(t, [0, 1], [text, scope], [list(a) for a in actions])
    doc.add_paragraph("Plan owner: Pellbridge CSP Business Manager.")
    return _save(doc, "s5text_ho_plan_status_order")


def build_tracker() -> Path:
    doc = new_document("Westbrook SAB - SAR tracker - OFFICIAL")
    doc.add_paragraph("Westbrook Safeguarding Adults Board").runs[0].bold = True
    doc.add_paragraph(
        "Safeguarding Adults Review: Mr Pell - action plan tracker, position at 1 December 2024"
    )
    doc.add_paragraph("RAG key: Green - action complete; Amber - in progress; Red - not started.")
    headers = ["Ref", "Recommendation", "Action", "Lead", "By when", "Progress", "RAG"]
    t = table(doc, headers, [1.2, 5.4, 5.0, 3.4, 2.2, 5.0, 1.6])
    for _number, text, actions in TRACKER_RECS:
        rows = [[a[0], *a[1:]] for a in actions]
        merged_rows_with_ref(t, text, rows)
    doc.add_paragraph("Ratings agreed at the Board meeting of 28 November 2024.")
    return _save(doc, "s3merged_sab_tracker_plain")


def merged_rows_with_ref(t, text: str, rows: list[list[str]]) -> None:
    """A recommendation cell (column 1) merged down beside each action's own ref."""
    start = len(t.rows)
    for k, values in enumerate(rows):
        merged_rows(t, [1], [text if k == 0 else ""], [values])
    if len(rows) > 1:
        t.cell(start, 1).merge(t.cell(start + len(rows) - 1, 1))


def _save(doc, stem: str) -> Path:
    # plain pdftotext: the column blocks this family is about
    return save_rendered(doc, HERE, stem)


if __name__ == "__main__":
    for build in (build_ho_plan, build_tracker, build_ho_plan_status_order):
        print(build())
