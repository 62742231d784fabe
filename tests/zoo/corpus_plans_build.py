"""Build the zoo documents of two plan families that read as nothing on the corpus-text route
(dev/corpus_style.py: pdfplumber's lines, the cells of a printed table line joined by single
spaces) before the tracker reader took them:

* (tests/zoo/pending: its plain pdftotext route reads it in part) a Community Safety
  Partnership's monitoring report on one review's action plan: one table
  per agency section under the section's heading ("Overview report recommendations",
  "Wyvernstone Police (WP)"), refs prefixed by the section ("OR1", "WP.1"), the columns
  Ref | Recommendation | Action | Lead officer | Target date | "Q4 update (Jan–Mar 2025)" |
  "Q1 update (Apr–Jun 2025)" | BRAG, a recommendation cell merged over two actions, dates
  wrapped over two lines ("30 Nov" / "2025") and quarter dates ("Q3 2025/26");
* a review report whose appendix is the one-row-per-recommendation plan No. | Recommendation |
  Scope | Action to take | Lead agency | Target date | Date of completion and outcome, with
  "Completed" written in the Target date cell of the actions already done.

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/corpus_plans_build.py        # writes .docx, .pdf and .txt beside it
    /tmp/plumbvenv/bin/python dev/corpus_style.py tests/zoo tests/zoo/pending   # and the .corpus.txt
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx.enum.section import WD_ORIENT
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
PENDING = HERE / "pending"  # (the monitoring report's plain text route does not read it yet)
sys.path.insert(0, str(HERE.parent))  # tests/, for the shared export steps

from office_export import save_rendered  # noqa: E402
from plan_gold import review  # noqa: E402
from plan_merged_build import merged_rows, new_document, table  # noqa: E402

MONITORING = "plan_monitoring_agency_tables_quarter_updates_brag"
REPORT_PLAN = "report_plan_scope_column_completed_in_date_cell"

MONITORING_HEADERS = [
    "Ref",
    "Recommendation",
    "Action",
    "Lead officer",
    "Target date",
    "Q4 update (Jan–Mar 2025)",
    "Q1 update (Apr–Jun 2025)",
    "BRAG",
]
MONITORING_WIDTHS = [1.3, 4.3, 3.9, 2.9, 2.1, 4.6, 4.6, 1.5]

# (section heading, [(ref, recommendation, [(action, lead, date, Q4 update, Q1 update, BRAG)])])
SECTIONS = [
    (
        "Overview report recommendations",
        [
            (
                "OR1",
                "Wyvernstone Safer Communities Partnership should agree a shared way for agencies to "
                "record that a victim has been asked about abuse by a grown-up child.",
                [
                    (
                        "Write a one-page practice note on asking about abuse by adult children",
                        "Partnership Development Officer",
                        "31/05/2025",
                        "Draft shared with the practice group.",
                        "Note published and sent to all partners.",
                        "Blue",
                    ),
                    (
                        "Add the question to the shared referral form used by all partners",
                        "Information Governance Lead, Wyvernstone Council",
                        "30 Nov 2025",
                        "Not yet due.",
                        "Form owner agreed the wording; release planned for the autumn.",
                        "Green",
                    ),
                ],
            ),
            (
                "OR2",
                "The Partnership should make sure that housing, health and police staff can find the "
                "older persons' domestic abuse service in the local directory.",
                [
                    (
                        "Refresh the directory entry and promote it through each agency's intranet",
                        "Domestic Abuse Coordinator",
                        "Q3 2025/26",
                        "Entry rewritten.",
                        "Two of five agencies have promoted it; reminders sent.",
                        "Amber",
                    ),
                ],
            ),
        ],
    ),
    (
        "Wyvernstone Police (WP)",
        [
            (
                "WP.1",
                "Response officers should record who else lives at the address when they attend a "
                "report of abuse by a family member.",
                [
                    (
                        "Make the household members field mandatory on the attendance record",
                        "Chief Inspector, Response",
                        "31/03/2025",
                        "Change made on 3 March 2025.",
                        "Audit of 40 records: field completed in 38.",
                        "Blue",
                    ),
                ],
            ),
            (
                "WP.2",
                "The force should review how repeat calls from one address are flagged to the "
                "neighbourhood team.",
                [
                    (
                        "Set a repeat caller flag after three calls in ninety days",
                        "Contact Centre Manager",
                        "30/09/2025",
                        "Requirement written for the systems team.",
                        "Testing delayed by the system upgrade; new date agreed.",
                        "Amber",
                    ),
                    (
                        "Review twenty flagged addresses with the neighbourhood sergeants",
                        "Contact Centre Manager",
                        "28/02/2026",
                        "Not yet due.",
                        "Not begun; waits for the flag.",
                        "Red",
                    ),
                ],
            ),
        ],
    ),
    (
        "Wyvernstone Community Health Trust (CH)",
        [
            (
                "CH.1",
                "District nurses should ask an older patient on their own about how they are treated at "
                "home at the first visit.",
                [
                    (
                        "Add a private conversation prompt to the first visit checklist",
                        "Lead Nurse, Community Services",
                        "Ongoing",
                        "Prompt agreed with team leaders.",
                        "Prompt in use; first spot check in August.",
                        "Green",
                    ),
                ],
            ),
        ],
    ),
    (
        "Wyvernstone Housing Services (HS)",
        [
            (
                "HS.1",
                "Housing officers should refer a tenant who reports fear of a relative to the domestic "
                "abuse service on the same day.",
                [
                    (
                        "Brief all tenancy officers on same day referrals",
                        "Tenancy Services Manager",
                        "From Q2 2025/26",
                        "Briefing written.",
                        "Half of the teams briefed so far.",
                        "Amber",
                    ),
                ],
            ),
        ],
    ),
]


def build_monitoring(folder: Path = PENDING) -> Path:
    doc = new_document(
        "Wyvernstone Safer Communities Partnership – DHR ‘Ismay’ – plan monitoring – Q1 2025/26"
    )
    doc.add_paragraph("Wyvernstone Safer Communities Partnership")
    doc.add_paragraph("Domestic Homicide Review ‘Ismay’ – Action Plan Monitoring Report")
    doc.add_paragraph("Position at 30 June 2025 (Quarter 1, 2025/26)")
    doc.add_paragraph(
        "This report follows the actions agreed after the review. Recommendations marked OR are the "
        "overview report's and belong to the Partnership; the others carry the code of the agency "
        "that made them in its own management review (WP, CH, HS), and that agency's panel member "
        "reports on them."
    )
    doc.add_paragraph(
        "BRAG key: Blue – done and evidenced; Green – on track; Amber – behind but recoverable; "
        "Red – not begun"
    )
    for heading, recs in SECTIONS:
        doc.add_paragraph().add_run(heading).bold = True
        t = table(doc, MONITORING_HEADERS, MONITORING_WIDTHS)
        for ref, text, actions in recs:
            merged_rows(t, [0, 1], [ref, text], [list(a) for a in actions])
    doc.add_paragraph()
    doc.add_paragraph("Next review of this plan: Partnership Board, 9 October 2025.")
    return save_rendered(doc, folder, MONITORING)


PLAN_HEADERS = [
    "No.",
    "Recommendation",
    "Scope",
    "Action to take",
    "Lead agency",
    "Target date",
    "Date of completion and outcome",
]
PLAN_WIDTHS = [1.0, 6.4, 1.7, 5.6, 3.4, 2.3, 5.6]

# (number, recommendation, scope, action, lead, target date, outcome)
PLAN = [
    (
        "1",
        "Haverleigh Council should check that every young person leaving custody has a named "
        "housing worker before the day of release.",
        "Local",
        "Add a housing worker check to the release planning meeting agenda",
        "Haverleigh Council, Housing Options",
        "June 2025",
        "Ongoing: agenda changed for two of the three prisons that serve the area.",
    ),
    (
        "2",
        "Haverleigh Youth Justice Service should tell the police about a threat of retaliation "
        "made against a young person it supervises within one working day.",
        "Local",
        "Write the one-day standard into the service's information sharing procedure",
        "Haverleigh Youth Justice Service",
        "Completed",
        "Procedure reissued 12 February 2025; dip sample in April found all threats shared.",
    ),
    (
        "3",
        "Haverleigh Royal Infirmary should offer a youth worker to every young person treated for a "
        "stab wound.",
        "Local",
        "Extend the youth worker rota to cover weekend nights",
        "Haverleigh Royal Infirmary",
        "Completed",
        "Weekend cover began 1 March 2025.",
    ),
    (
        "4",
        "The Department for Education should remind schools that a pupil excluded for carrying a "
        "blade should be referred to the local serious violence panel.",
        "National",
        "Partnership chair to write to the Department for Education",
        "Haverleigh Safer Partnership",
        "31/08/2025",
        "Not yet started: letter drafted for the chair.",
    ),
]


def build_report_plan(folder: Path = HERE) -> Path:
    doc = new_document("Haverleigh Safer Partnership – Domestic Homicide Review ‘Orlagh’ – overview report")
    doc.styles["Normal"].font.name = "Times New Roman"
    doc.styles["Normal"].font.size = Pt(11)
    doc.add_heading("Haverleigh Safer Partnership", level=1)
    doc.add_paragraph("Domestic Homicide Review into the death of ‘Orlagh’ – Overview Report")
    doc.add_paragraph("Independent chair and author: Euphemia Thackeray")
    doc.add_heading("1. Introduction", level=2)
    doc.add_paragraph(
        "1.1 Orlagh was 46 when she was killed in September 2023 by her son, who was 19 and had "
        "left a young offender institution three weeks before. The review looked at the help given "
        "to the family in the two years before her death."
    )
    doc.add_paragraph(
        "1.2 The panel met six times. Agencies provided chronologies and management reviews, and "
        "Orlagh's sister spoke to the chair twice."
    )
    doc.add_heading("2. Findings", level=2)
    doc.add_paragraph(
        "2.1 The son had no settled address when he was released and moved between friends' homes. "
        "A threat made against him by another young man was known to the youth justice service "
        "but was not passed on. He was treated for a stab wound at the infirmary in the summer and "
        "left before he could be seen by anyone about his safety."
    )
    doc.add_heading("3. Recommendations", level=2)
    for number, text, *_ in PLAN:
        doc.add_paragraph().add_run(f"Recommendation {number}").bold = True
        doc.add_paragraph(text)
    doc.add_heading("Appendix A: Action plan", level=2)
    doc.add_paragraph(
        "Each recommendation has one row. Where an action is finished, ‘Completed’ stands in the "
        "target date column and the outcome is given in the last column."
    )
    t = table(doc, PLAN_HEADERS, PLAN_WIDTHS)
    for values in PLAN:
        merged_rows(t, [], [], [list(values)])
    return save_rendered(doc, folder, REPORT_PLAN, layout=True)


SHORT_PLAN = "plan_rec_number_column_progress_status_words"
SHORT_HEADERS = ["Rec", "Action", "Responsible agency", "Timescale", "Progress"]
SHORT_WIDTHS = [1.2, 9.5, 4.2, 2.6, 2.4]
# (number or "" under a number merged over two actions, action, agency, timescale, progress)
SHORT_ROWS = [
    (
        "1",
        "Revise the regional child protection procedures on bruising in babies",
        "Department of Health",
        "March 2025",
        "On track",
    ),
    (
        "2",
        "Agree one recording template for injuries seen by early years staff",
        "Safeguarding Board",
        "30/11/2024",
        "On track",
    ),
    (
        "3",
        "Change the duty desk system so that calls about injuries open as referrals",
        "Ballinrae HSC Trust",
        "31/05/2024",
        "Complete",
    ),
    (
        "",
        "Sample forty injury calls three months after the change",
        "Ballinrae HSC Trust",
        "31/10/2024",
        "Not started",
    ),
    (
        "4",
        "Add a prompt about new adults in the household to the health visiting record",
        "Ballinrae HSC Trust",
        "Ongoing",
        "Ongoing",
    ),
    (
        "5",
        "Brief every nursery key worker on reporting marks seen at drop-off",
        "Tullaghmore Nursery",
        "01/10/2024",
        "Complete",
    ),
]


def build_short_plan(folder: Path = PENDING) -> Path:
    doc = new_document("Case Management Review CMR 2024/07 – executive summary")
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    section = doc.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    doc.add_paragraph("Safeguarding Board – Case Management Review: ‘Cathal’ – Executive Summary")
    doc.add_paragraph(
        "Cathal was 14 months old when he was admitted to hospital with injuries in January 2024. "
        "He recovered. The review looked at the eight months before his admission."
    )
    doc.add_heading("Recommendations", level=2)
    doc.add_paragraph(
        "1. The Department of Health should revise the regional child protection procedures so that "
        "any bruise on a baby who is not yet mobile is referred for a medical opinion."
    )
    doc.add_paragraph(
        "2. The Safeguarding Board should agree one way for early years staff to record injuries "
        "they see on a child."
    )
    doc.add_paragraph(
        "3. Ballinrae HSC Trust should make sure that a call reporting an injury to a child under "
        "two is opened as a referral, not as information."
    )
    doc.add_paragraph(
        "4. Ballinrae HSC Trust should ask health visitors to record when a new adult joins the household."
    )
    doc.add_paragraph(
        "5. Tullaghmore Nursery should train its key workers to report marks seen on a child at "
        "drop-off on the same day."
    )
    doc.add_heading("Action plan", level=2)
    t = table(doc, SHORT_HEADERS, SHORT_WIDTHS)
    for values in SHORT_ROWS:
        merged_rows(t, [], [], [list(values)])
    return save_rendered(doc, folder, SHORT_PLAN)


def gold() -> dict:
    """The two documents' gold, written by hand (refs, agencies, leads, normalised dates,
    statuses, themes, scope); only each record's `line` is looked up in the .txt."""
    from gold_lines import AG, OV, A, R

    mon_notes = (
        "Recommendations: the merged Recommendation cells; OR ones the overview report's (level "
        "overview, agency the body asked), the prefixed ones the agencies' own (level agency, agency "
        "the section's agency). Actions: no printed ref; recommendation_ref the Ref cell; "
        "agency_section the section heading without its code (the OR section is the overview). "
        "BRAG: Blue complete, Green and Amber in progress, Red not started. Dates: '30 Nov / 2025' "
        "a day, 'Q3 2025/26' its first month (October 2025), 'From Q2 2025/26' July 2025, "
        "'Ongoing' none."
    )
    sec_p, sec_h, sec_c = (
        "Wyvernstone Police",
        "Wyvernstone Housing Services",
        "Wyvernstone Community Health Trust",
    )
    monitoring = {
        "family": MONITORING,
        "description": (
            "Community Safety Partnership's DHR action plan monitoring report, landscape Arial 9: one "
            "table per agency section under its heading, refs prefixed by the section (OR1, WP.1, "
            "CH.1, HS.1), columns Ref | Recommendation | Action | Lead officer | Target date | "
            "Q4 update (Jan–Mar 2025) | Q1 update (Apr–Jun 2025) | BRAG, the recommendation cell "
            "merged over two actions, a date wrapped over two lines, quarter dates."
        ),
        "review": review("DHR", "Wyvernstone", "Ismay"),
        "recommendations": [
            R(
                "OR1",
                "Wyvernstone Safer Communities Partnership",
                "Wyvernstone Safer Communities Partnership should agree a shared way for agencies to record",
                ["record_keeping", "multi_agency_working"],
            ),
            R(
                "OR2",
                "Wyvernstone Safer Communities Partnership",
                "The Partnership should make sure that housing, health and police staff can find the",
                ["specialist_support", "awareness_public"],
            ),
            R(
                "WP.1",
                sec_p,
                "Response officers should record who else lives at the address when they",
                ["record_keeping"],
                level=AG,
            ),
            R(
                "WP.2",
                sec_p,
                "The force should review how repeat calls from one address are flagged",
                ["information_sharing", "risk_assessment"],
                level=AG,
            ),
            R(
                "CH.1",
                sec_c,
                "District nurses should ask an older patient on their own about how they",
                ["routine_enquiry"],
                level=AG,
            ),
            R(
                "HS.1",
                sec_h,
                "Housing officers should refer a tenant who reports fear of a relative",
                ["multi_agency_working", "specialist_support"],
                level=AG,
            ),
        ],
        "actions": [
            A(
                None,
                OV,
                "OR1",
                "Write a one-page practice note on asking about abuse by adult children",
                "Partnership Development Officer",
                "31/05/2025",
                "2025-05-31",
                "Blue",
                "complete",
            ),
            A(
                None,
                OV,
                "OR1",
                "Add the question to the shared referral form used by all partners",
                "Information Governance Lead, Wyvernstone Council",
                "30 Nov 2025",
                "2025-11-30",
                "Green",
                "in_progress",
            ),
            A(
                None,
                OV,
                "OR2",
                "Refresh the directory entry and promote it through each agency's intranet",
                "Domestic Abuse Coordinator",
                "Q3 2025/26",
                "2025-10",
                "Amber",
                "in_progress",
            ),
            A(
                None,
                sec_p,
                "WP.1",
                "Make the household members field mandatory on the attendance record",
                "Chief Inspector, Response",
                "31/03/2025",
                "2025-03-31",
                "Blue",
                "complete",
            ),
            A(
                None,
                sec_p,
                "WP.2",
                "Set a repeat caller flag after three calls in ninety days",
                "Contact Centre Manager",
                "30/09/2025",
                "2025-09-30",
                "Amber",
                "in_progress",
            ),
            A(
                None,
                sec_p,
                "WP.2",
                "Review twenty flagged addresses with the neighbourhood sergeants",
                "Contact Centre Manager",
                "28/02/2026",
                "2026-02-28",
                "Red",
                "not_started",
            ),
            A(
                None,
                sec_c,
                "CH.1",
                "Add a private conversation prompt to the first visit checklist",
                "Lead Nurse, Community Services",
                "Ongoing",
                None,
                "Green",
                "in_progress",
            ),
            A(
                None,
                sec_h,
                "HS.1",
                "Brief all tenancy officers on same day referrals",
                "Tenancy Services Manager",
                "From Q2 2025/26",
                "2025-07",
                "Amber",
                "in_progress",
            ),
        ],
        "chronology": [],
        "notes": mon_notes,
    }
    plan_notes = (
        "Recommendations: the paragraphs under the bold 'Recommendation N' lines (the plan's "
        "Recommendation cells restate them: same records); agency the body asked, the Department "
        "for Education national. Actions: one a row, no printed ref, recommendation_ref the No. "
        "cell. 'Completed' in the Target date cell: status complete, no target date; otherwise "
        "the status from the outcome cell's opening words ('Ongoing', 'Not yet started')."
    )
    report_plan = {
        "family": REPORT_PLAN,
        "description": (
            "Review overview report, Times New Roman 11, landscape: bold 'Recommendation N' lines "
            "each over its paragraph, and an appendix plan of one row per recommendation, No. | "
            "Recommendation | Scope | Action to take | Lead agency | Target date | Date of completion "
            "and outcome, with 'Completed' written in the Target date cell of the actions done."
        ),
        "review": review(
            "DHR",
            "Haverleigh",
            "Orlagh",
            doc_kind="overview_report",
            age=46,
            author="Euphemia Thackeray",
            date_of_death="2023-09",
        ),
        "recommendations": [
            R(
                "1",
                "Haverleigh Council",
                "Haverleigh Council should check that every young person leaving custody has a named",
                ["other", "perpetrators"],
            ),
            R(
                "2",
                "Haverleigh Youth Justice Service",
                "Haverleigh Youth Justice Service should tell the police about a threat of retaliation",
                ["information_sharing"],
            ),
            R(
                "3",
                "Haverleigh Royal Infirmary",
                "Haverleigh Royal Infirmary should offer a youth worker to every young person treated",
                ["specialist_support", "children"],
            ),
            R(
                "4",
                "Department for Education",
                "The Department for Education should remind schools that a pupil excluded for carrying",
                ["children", "multi_agency_working"],
                scope="national",
            ),
        ],
        "actions": [
            A(
                None,
                OV,
                "1",
                "Add a housing worker check to the release planning meeting agenda",
                "Haverleigh Council, Housing Options",
                "June 2025",
                "2025-06",
                "Ongoing",
                "in_progress",
            ),
            A(
                None,
                OV,
                "2",
                "Write the one-day standard into the service's information sharing procedure",
                "Haverleigh Youth Justice Service",
                "Completed",
                None,
                "Completed",
                "complete",
            ),
            A(
                None,
                OV,
                "3",
                "Extend the youth worker rota to cover weekend nights",
                "Haverleigh Royal Infirmary",
                "Completed",
                None,
                "Completed",
                "complete",
            ),
            A(
                None,
                OV,
                "4",
                "Partnership chair to write to the Department for Education",
                "Haverleigh Safer Partnership",
                "31/08/2025",
                "2025-08-31",
                "Not yet started",
                "not_started",
            ),
        ],
        "chronology": [],
        "notes": plan_notes,
    }
    short_plan = {
        "family": SHORT_PLAN,
        "description": (
            "Case management review executive summary, Calibri 11, portrait: five numbered "
            "recommendations and a plan Rec | Action | Responsible agency | Timescale | Progress, "
            "the Rec cell a bare number (left empty under a second action), the Progress cell a "
            "status word."
        ),
        "review": review(None, None, "Cathal", doc_kind="executive_summary", review_id="CMR 2024/07"),
        "recommendations": [
            R(
                "1",
                "Department of Health",
                "The Department of Health should revise the regional child protection procedures so",
                ["policy_procedure", "children"],
                scope="national",
            ),
            R(
                "2",
                "Safeguarding Board",
                "The Safeguarding Board should agree one way for early years staff",
                ["record_keeping", "children"],
            ),
            R(
                "3",
                "Ballinrae HSC Trust",
                "Ballinrae HSC Trust should make sure that a call reporting an injury",
                ["risk_assessment", "children"],
            ),
            R(
                "4",
                "Ballinrae HSC Trust",
                "Ballinrae HSC Trust should ask health visitors to record when a new",
                ["record_keeping"],
            ),
            R(
                "5",
                "Tullaghmore Nursery",
                "Tullaghmore Nursery should train its key workers to report marks",
                ["training", "children"],
            ),
        ],
        "actions": [
            A(
                None,
                OV,
                "1",
                "Revise the regional child protection procedures on bruising in babies",
                "Department of Health",
                "March 2025",
                "2025-03",
                "On track",
                "in_progress",
            ),
            A(
                None,
                OV,
                "2",
                "Agree one recording template for injuries seen by early years staff",
                "Safeguarding Board",
                "30/11/2024",
                "2024-11-30",
                "On track",
                "in_progress",
            ),
            A(
                None,
                OV,
                "3",
                "Change the duty desk system so that calls about injuries open as referrals",
                "Ballinrae HSC Trust",
                "31/05/2024",
                "2024-05-31",
                "Complete",
                "complete",
            ),
            A(
                None,
                OV,
                "3",
                "Sample forty injury calls three months after the change",
                "Ballinrae HSC Trust",
                "31/10/2024",
                "2024-10-31",
                "Not started",
                "not_started",
            ),
            A(
                None,
                OV,
                "4",
                "Add a prompt about new adults in the household to the health visiting record",
                "Ballinrae HSC Trust",
                "Ongoing",
                None,
                "Ongoing",
                "in_progress",
            ),
            A(
                None,
                OV,
                "5",
                "Brief every nursery key worker on reporting marks seen at drop-off",
                "Tullaghmore Nursery",
                "01/10/2024",
                "2024-10-01",
                "Complete",
                "complete",
            ),
        ],
        "chronology": [],
        "notes": (
            "Recommendations: the five numbered paragraphs (the plan restates them by number). Actions: "
            "recommendation_ref the Rec cell, the second action under 3 printed with its cell empty; "
            "status the Progress cell's word."
        ),
    }
    return {MONITORING: monitoring, REPORT_PLAN: report_plan, SHORT_PLAN: short_plan}


def write_gold() -> None:
    from gold_lines import write_gold as write

    golds = gold()
    write({MONITORING: golds[MONITORING], SHORT_PLAN: golds[SHORT_PLAN]}, PENDING, family_keys="after_file")
    write({REPORT_PLAN: golds[REPORT_PLAN]}, HERE, family_keys="after_file")


if __name__ == "__main__":
    if "--gold" not in sys.argv:  # (--gold: the gold only, from the committed renderings)
        print(build_monitoring())
        print(build_report_plan())
        print(build_short_plan())
    write_gold()
