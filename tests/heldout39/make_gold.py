"""Hand-written gold for heldout39 (blind set). Every field below was written by hand from the documents'
meaning; only each record's `line` is looked up in the .txt (first line holding the start of text_start /
action_start). Run once to write <stem>.json.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/: gold_lines, the line look-up and writer every blind set shares

from build import S1, S2, S3, S4, S5  # noqa: E402
from gold_lines import A, C, R, write_gold  # noqa: E402

GOLD = {}
OV = "overview"

# Targets as printed -> the date a reader files them under: "31/03/2026" and "30-Sep-2025" a day; "June 2025" a
# month; "Ongoing" no date.
TARGETS = {
    "31/03/2026": "2026-03-31",
    "30/06/2026": "2026-06-30",
    "30/04/2026": "2026-04-30",
    "31/01/2026": "2026-01-31",
    "30/09/2026": "2026-09-30",
    "31/05/2026": "2026-05-31",
    "31/12/2025": "2025-12-31",
    "31/10/2026": "2026-10-31",
    "Ongoing": None,
    "June 2025": "2025-06",
    "September 2025": "2025-09",
    "December 2025": "2025-12",
    "March 2026": "2026-03",
    "July 2026": "2026-07",
    "January 2026": "2026-01",
    "May 2026": "2026-05",
    "30-Sep-2025": "2025-09-30",
    "31-Mar-2026": "2026-03-31",
    "31-Oct-2025": "2025-10-31",
    "31-Dec-2025": "2025-12-31",
    "30-Apr-2026": "2026-04-30",
    "31-May-2026": "2026-05-31",
    "31-Aug-2026": "2026-08-31",
    "30-Jun-2026": "2026-06-30",
    "30-Sep-2026": "2026-09-30",
}
# Each document's own words: Ludderby the ticked box (Not started / In progress / Complete); Hawkscar the words after
# the dash (completed / in progress / not started); Tawsley the system's Status (Completed / In Progress / Overdue /
# Not Started) -- Overdue is an action past its due date that is not complete; the one Overdue action (R2.2) is 30%
# done with records already reviewed, so it is in progress.
STATUS = {
    "Not started": "not_started",
    "In progress": "in_progress",
    "Complete": "complete",
    "completed": "complete",
    "completed in August 2025": "complete",
    "in progress": "in_progress",
    "not started": "not_started",
    "Completed": "complete",
    "In Progress": "in_progress",
    "Overdue": "in_progress",
    "Not Started": "not_started",
}


def _a(ref, rec, start, lead, target, status, after=0):
    return A(ref, OV, rec, start, lead, target, TARGETS[target], status, STATUS[status], after=after)


# --------- 1. Island SAR executive summary, agency-column chronology
GOLD[S1] = dict(
    family="island_sar_exec_summary_agency_column_chronology",
    description=(
        "Executive summary of a Safeguarding Adults Review by an island's combined safeguarding partnership board, "
        "P052 10.5, 2 pages, running head 'SSPB | SAR 'Morwenna' | Executive Summary', footer 'Page N of M' (right): "
        "board name, title, italic 'Executive summary', an 'Independent reviewer:' line, numbered section headings; "
        "a summary chronology table Date | Police | Health | Adult Social Care | Housing / other in which each row's "
        "event is printed under the one agency that had the contact (the other cells blank), dates 'd Mon yyyy', "
        "one month-only 'Jun 2020' and one 'early May 2021', the table running over the page break inside the 14 Aug "
        "2021 row, header repeated; 'Finding N.' paragraphs (not recommendations); recommendations as paragraphs "
        "opening with a bold run-in 'Recommendation N:'; a next-steps paragraph"
    ),
    review=dict(
        review_id=None,
        review_type="SAR",
        area="Skervay",
        doc_kind="executive_summary",
        author="Rhodri Castellanos-Kerr",
        victims=[{"pseudonym": "Morwenna", "age": 67}],
        date_of_death="2022-01-09",
    ),
    review_alternatives={"area": ["Skervay Safeguarding Partnership Board"]},
    recommendations=[
        R(
            "1",
            "Skervay Safeguarding Partnership Board",
            "Skervay Safeguarding Partnership Board should publish guidance on carers",
            ["policy_procedure", "record_keeping"],
        ),
        R(
            "2",
            "Skervay Constabulary",
            "Skervay Constabulary should make sure that officers carrying out a welfare check",
            ["routine_enquiry"],
        ),
        R(
            "3",
            "Health and Care Skervay",
            "Health and Care Skervay should ask the district nursing service to record",
            ["record_keeping", "risk_assessment"],
        ),
        R(
            "4",
            "Skervay Housing Trust",
            "Skervay Housing Trust and the adult social care front door should agree",
            ["information_sharing", "multi_agency_working"],
        ),
    ],
    actions=[],
    chronology=[
        C(None, None, "12 Mar 2020", "2020-03-12", "Morwenna's GP reviewed her diabetes by telephone"),
        C(None, None, "Jun 2020", "2020-06", "A care needs assessment was closed after her son"),
        C(None, None, "28 Sep 2020", "2020-09-28", "Officers attended a report of a fall"),
        C(None, None, "5 Jan 2021", "2021-01-05", "Skervay Housing Trust recorded that nobody had answered"),
        C(None, None, "19 Mar 2021", "2021-03-19", "A district nurse found a pressure sore on her heel"),
        C(
            None,
            None,
            "early May 2021",
            "2021-05",
            "A neighbour's concern was screened at the adult social care",
        ),
        C(None, None, "14 Aug 2021", "2021-08-14", "A welfare check after a neighbour heard shouting"),
        C(None, None, "2 Jan 2022", "2022-01-02", "Paramedics found Morwenna at home, severely underweight"),
    ],
    notes=(
        "plain pdftotext (the agency columns come out in column order, so an event's text is printed apart from "
        "its date and often after the next row's date). A SAR executive summary: review_type SAR, doc_kind "
        "executive_summary, no review id, author the independent reviewer, Morwenna 67, died 9 January 2022 (found "
        "2 January, the last chronology row; the death is in the introduction), area Skervay (the island's "
        "partnership board). Recommendations 1-4 after the bold 'Recommendation N:' run-ins, ref the number; #4's "
        "agency the first addressee (the housing trust, with the adult social care front door). The Finding "
        "paragraphs and the next-steps paragraph are not recommendations. Chronology: one entry per table row, its "
        "text the one filled agency cell, date_raw the Date cell: 'd Mon yyyy' -> the day, 'Jun 2020' -> the month, "
        "'early May 2021' -> the month (approximate); the column the text sits in names the agency but is not part "
        "of the text. The 14 Aug 2021 row is split by the page break (its last words under the repeated header)."
    ),
)

# --------- 2. DHR multi-agency plan with tick-box Status cells
GOLD[S2] = dict(
    family="dhr_plan_tick_box_status_cells",
    description=(
        "A DHR multi-agency action plan, DejaVu Sans 8.5, landscape, 2 pages, running head 'Ludderby Safer "
        "Communities Partnership', footer 'DHR Claire – Action Plan v3 – January 2026  N': title, version line, an "
        "opening paragraph (victim, date, chair and author), a completion note; one table Ref | Action | Lead | "
        "Complete by | Status | Evidence / update, each recommendation a shaded full-width band row 'Recommendation "
        "N – <text>', action refs '1.1', dates dd/mm/yyyy or 'Ongoing'; each Status cell holds three lines '☐ Not "
        "started', '☐ In progress', '☐ Complete' with the chosen one printed '☒'; recommendation 4 and its rows "
        "after the page break, header repeated; a sign-off paragraph"
    ),
    review=dict(
        review_id=None,
        review_type="DHR",
        area="Ludderby",
        doc_kind="action_plan",
        author="Oluwaseun Pritchard-Hale",
        victims=[{"pseudonym": "Claire", "age": 36}],
        date_of_death="2022-10-22",
    ),
    review_alternatives={"area": ["Ludderby Safer Communities Partnership"]},
    recommendations=[
        R(
            "1",
            "Ludderby Safer Communities Partnership",
            "Ludderby Safer Communities Partnership should commission training for front-line staff",
            ["training"],
        ),
        R(
            "2",
            "Ludderby Police",
            "Ludderby Police should review how reports of a breached non-molestation order",
            ["risk_assessment"],
        ),
        R(
            "3",
            "Ludderby General Practice Federation",
            "Ludderby General Practice Federation should make sure that practices ask patients",
            ["routine_enquiry"],
        ),
        R(
            "4",
            "Ludderby Safer Communities Partnership",
            "Ludderby Safer Communities Partnership should check, within twelve months",
            ["quality_assurance"],
        ),
    ],
    actions=[
        _a(
            "1.1",
            "1",
            "Commission a half-day course on post-separation stalking",
            "Partnership Manager, LSCP",
            "31/03/2026",
            "Complete",
        ),
        _a(
            "1.2",
            "1",
            "Add stalking after separation to the partnership's multi-agency",
            "Training Coordinator, LSCP",
            "30/06/2026",
            "In progress",
        ),
        _a(
            "2.1",
            "2",
            "Dip-sample 30 breach reports from 2025",
            "Detective Inspector, Public Protection Unit",
            "30/04/2026",
            "In progress",
        ),
        _a(
            "2.2",
            "2",
            "Brief response officers on recording a breach",
            "Chief Inspector, Response",
            "31/01/2026",
            "Complete",
        ),
        _a(
            "2.3",
            "2",
            "Update the breach of court order procedure",
            "Head of Public Protection",
            "30/09/2026",
            "Not started",
        ),
        _a(
            "3.1",
            "3",
            "Add a prompt to the change-of-address process",
            "Clinical Lead for Safeguarding",
            "31/05/2026",
            "In progress",
        ),
        _a(
            "3.2",
            "3",
            "Share the learning from this review at the federation's",
            "Safeguarding Administrator",
            "31/12/2025",
            "Complete",
        ),
        _a(
            "4.1",
            "4",
            "Report progress on this plan to every quarterly meeting",
            "Partnership Manager, LSCP",
            "Ongoing",
            "In progress",
        ),
        _a(
            "4.2",
            "4",
            "Hold a practitioner learning event one year after",
            "DHR Coordinator",
            "31/10/2026",
            "Not started",
        ),
    ],
    chronology=[],
    notes=(
        "plain pdftotext (a Status cell's three box lines interleave with the Evidence cell). A DHR action plan: "
        "review_type DHR, doc_kind action_plan, no review id, author the independent chair and author, Claire 36, "
        "killed 22 October 2022, area Ludderby. Recommendations 1-4: the band rows' text after 'Recommendation N – "
        "', ref the number. Actions: the nine rows, ref as printed '1.1', recommendation_ref the band row above; lead "
        "the Lead cell; target the Complete by cell (dd/mm/yyyy -> the day; 'Ongoing' (4.1) -> no date); status the "
        "ONE ticked box '☒' (Complete complete, In progress in_progress, Not started not_started) -- the two unticked "
        "'☐' lines in the same cell are not the status. The completion note (which shows '☒' on its own) and the "
        "sign-off paragraph are not records. No chronology."
    ),
)

# --------- 3. SAB annual report chapter: a SAR's recommendations and progress bullets
GOLD[S3] = dict(
    family="sab_annual_report_sar_progress_bullets",
    description=(
        "A chapter of a Safeguarding Adults Board's annual report, Nimbus Sans 10, 2 pages numbered 23-24, running "
        "head 'Hawkscar Safeguarding Adults Board · Annual Report 2025/26', footer 'Annual Report 2025/26  N' "
        "(right): 'Section 5: Safeguarding Adults Reviews', numbered sub-headings 5.1-5.6, an activity count table "
        "(referrals received 11 …), the SAR 'Dennis' paragraph (victim, age, date, reviewer), its four "
        "recommendations as a hanging-indent numbered list '1.'-'4.', a shaded family quotation box, then 'What "
        "partners have done': a bold 'Recommendation N' line over bullets '<action> (<lead>; due <Month yyyy>) – "
        "<status>[; note]' (recommendation 3's bullets after the page break); a paragraph on a second SAR just "
        "commissioned (no records); learning bullets (not records)"
    ),
    review=dict(
        review_id=None,
        review_type="SAR",
        area="Hawkscar",
        doc_kind=None,
        author="Harriet Okonjo-Fairweather",
        victims=[{"pseudonym": "Dennis", "age": 58}],
        date_of_death="2024-03-04",
    ),
    review_alternatives={"area": ["Hawkscar Safeguarding Adults Board"]},
    recommendations=[
        R(
            "1",
            "Hawkscar Safeguarding Adults Board",
            "The Board should make sure its self-neglect and hoarding procedure explains",
            ["policy_procedure", "multi_agency_working"],
        ),
        R(
            "2",
            "Hawkscar Adult Social Care",
            "Hawkscar Adult Social Care should offer a Care Act assessment",
            ["other"],
        ),
        R(
            "3",
            None,
            "Partner agencies should train their staff to use the Board's clutter rating scale",
            ["training", "record_keeping"],
        ),
        R(
            "4",
            "Hawkscar Safeguarding Adults Board",
            "The Board should seek assurance from the housing associations",
            ["quality_assurance", "risk_assessment", "information_sharing"],
        ),
    ],
    actions=[
        _a(
            None,
            "1",
            "Self-neglect and hoarding procedure rewritten jointly",
            "Policy and Procedures Subgroup",
            "June 2025",
            "completed",
        ),
        _a(
            None,
            "1",
            "Fire service added to the standing invitation list",
            "Board Business Manager",
            "September 2025",
            "completed in August 2025",
        ),
        _a(
            None,
            "2",
            "Questions on mobility added to the adult social care front-door",
            "Head of Adult Social Care Operations",
            "December 2025",
            "in progress",
        ),
        _a(
            None,
            "3",
            "Clutter rating training run for partner agencies",
            "Learning and Development Subgroup",
            "March 2026",
            "in progress",
        ),
        _a(
            None,
            "3",
            "A clutter rating field added to the case recording systems",
            "Systems Leads Group",
            "July 2026",
            "not started",
        ),
        _a(
            None,
            "4",
            "Assurance questionnaire sent to the five housing associations",
            "Board Independent Chair",
            "January 2026",
            "completed",
        ),
        _a(
            None,
            "4",
            "Questionnaire findings reported to the Board",
            "Quality Assurance Subgroup",
            "May 2026",
            "not started",
        ),
    ],
    chronology=[],
    notes=(
        "plain pdftotext. A chapter of an annual report reporting one SAR: review_type SAR, doc_kind null (an annual "
        "report is none of the schema's kinds), no review id, author the independent reviewer of SAR 'Dennis', Dennis "
        "58, died 4 March 2024, area Hawkscar. SAR 'Ingrid' is only commissioned: no date, age or records. "
        "Recommendations 1-4 from the numbered list under 5.3, ref the number; 'The Board' is the Hawkscar SAB; #3's "
        "'Partner agencies' names no one agency (agency null). Actions: the seven bullets under 'What partners have "
        "done', no printed ref, recommendation_ref the bold 'Recommendation N' line above; lead the text before ';' in "
        "the brackets; target the 'due <Month yyyy>' -> the month; status the words after the dash (completed / "
        "completed in August 2025 -> complete; in progress; not started), the rest of the bullet after ':' ';' ',' "
        "is progress. The activity table, the quotation box and the learning bullets are not records. No chronology."
    ),
)

# --------- 4. CSPR with a newest-first case-system contact history
GOLD[S4] = dict(
    family="cspr_newest_first_case_system_contact_history",
    description=(
        "A local CSPR report, C059 10, 2 pages, running head 'MSCP — Local Child Safeguarding Practice Review — "
        "Ellory', footer 'N': partnership name, title, italic lead-reviewer line, numbered sections; recommendations "
        "as a bold 'Recommendation N – <title>' line over a paragraph; an italic closing line; an appendix reprinting "
        "the children's social care contact history printed newest entry first: Date / time ('21/11/2022 07:40', "
        "the time wrapping under the date) | Recorded by | Contact type | Case note summary, the last row a "
        "migrated entry dated '01/01/1900 00:00' (the note says its real date is unknown); a row split over the "
        "page break, header repeated"
    ),
    review=dict(
        review_id=None,
        review_type="SCR",
        area="Maddlecote",
        doc_kind="overview_report",
        author="Saoirse Lindgren-Abara",
        victims=[{"pseudonym": "Ellory", "age": 3}],
        date_of_death="2022-11-21",
    ),
    review_alternatives={"area": ["Maddlecote Safeguarding Children Partnership"]},
    recommendations=[
        R(
            "1",
            "Maddlecote Children's Social Care",
            "Maddlecote Children's Social Care should make sure that social workers read",
            ["record_keeping", "children"],
            title="Reading the whole record",
        ),
        R(
            "2",
            None,
            "All partner agencies should record the full name and date of birth",
            ["record_keeping", "information_sharing", "children"],
            title="Knowing who lives in the home",
        ),
        R(
            "3",
            "Maddlecote Safeguarding Children Partnership",
            "Maddlecote Safeguarding Children Partnership should agree with early years providers",
            ["information_sharing", "multi_agency_working", "children"],
            title="Acting on missed nursery sessions",
        ),
    ],
    actions=[],
    chronology=[
        C(None, None, "21/11/2022 07:40", "2022-11-21", "Police told EDT that Ellory had been taken"),
        C(None, None, "03/11/2022 15:22", "2022-11-03", "Unannounced visit; no answer. A card was left"),
        C(None, None, "18/10/2022 11:05", "2022-10-18", "Case discussed. Plan to close at the next review"),
        C(None, None, "06/10/2022 09:50", "2022-10-06", "Nursery said Ellory had missed eight sessions"),
        C(
            None,
            None,
            "22/08/2022 14:10",
            "2022-08-22",
            "Review held at the family home. Mother's new partner",
        ),
        C(None, None, "27/06/2022 10:30", "2022-06-27", "Ellory seen playing; the flat was untidy"),
        C(None, None, "09/05/2022 16:45", "2022-05-09", "Health visitor worried about a burn mark"),
        C(None, None, "14/03/2022 12:00", "2022-03-14", "Referral from the health visitor accepted"),
        C(None, None, "11/02/2021 09:15", "2021-02-11", "Mother rang asking for help with nursery funding"),
        C(None, None, "01/01/1900 00:00", None, "Anonymous caller worried about shouting from the flat"),
    ],
    notes=(
        "plain pdftotext. A local CSPR: review_type SCR (the schema's type for child reviews), doc_kind "
        "overview_report, no review id, author the lead reviewer, Ellory 3, died 21 November 2022, area Maddlecote. "
        "Recommendations 1-3, ref the number, title the words after the dash on the bold line, text the paragraph "
        "below; #2's 'All partner agencies' names no one agency (agency null). Chronology: the ten appendix rows in "
        "the order printed (newest first), date_raw the Date / time cell, the date the day (the time is not part of "
        "the date); the migrated row's '01/01/1900' is a placeholder the note says stands for an unknown date, so its "
        "date is null; the Recorded by and Contact type cells are neither date nor text. The 22/08/2022 row is split "
        "by the page break (its time and last words under the repeated header)."
    ),
)

# --------- 5. DHR plan exported from a performance system
GOLD[S5] = dict(
    family="dhr_plan_performance_system_export_rec_and_action_rows",
    description=(
        "A DHR action plan exported from a council performance-management system, Nimbus Sans Narrow 9, landscape, 2 "
        "pages, running head 'Tawsley Community Safety Partnership', footer 'TCSP performance system – report "
        "printed 02/02/2026 09:14  Page N of M': a report title, a label table (Plan 'DHR 2021/02 'Farida'', Plan "
        "description naming the victim, date and chair, Filter, Generated by); one table Code | Title | Status | "
        "Progress | Due Date | Assigned To | Latest Note with a white-on-navy header, recommendation rows (shaded, "
        "code 'R1', title 'Recommendation: <text>', their own status and average progress, no due date) and action "
        "rows (code 'R1.1') alike; due dates 'dd-Mon-yyyy'; Latest Note opening with its own date; statuses "
        "Completed / In Progress / Overdue / Not Started; action R4.1 split over the page break, header repeated; a "
        "summary count line and an italic status note"
    ),
    review=dict(
        review_id="DHR 2021/02",
        review_type="DHR",
        area="Tawsley",
        doc_kind="action_plan",
        author="Marguerite Adebayo-Finch",
        victims=[{"pseudonym": "Farida", "age": 29}],
        date_of_death="2021-07-17",
    ),
    review_alternatives={"area": ["Tawsley Community Safety Partnership"]},
    recommendations=[
        R(
            "R1",
            "Tawsley Community Safety Partnership",
            "Tawsley Community Safety Partnership should make information on forced marriage",
            ["awareness_public"],
        ),
        R(
            "R2",
            "Tawsley Hospitals NHS Trust",
            "Tawsley Hospitals NHS Trust should make sure that professional interpreters",
            ["routine_enquiry"],
        ),
        R(
            "R3",
            "Tawsley Council",
            "Tawsley Council's housing options service should ask every applicant",
            ["routine_enquiry", "other"],
        ),
        R(
            "R4",
            "Tawsley Community Safety Partnership",
            "Tawsley Community Safety Partnership should find out, a year after publication",
            ["quality_assurance"],
        ),
    ],
    actions=[
        _a(
            "R1.1",
            "R1",
            "Translate the partnership's honour-based abuse leaflet",
            "Communications Officer, TCSP",
            "30-Sep-2025",
            "Completed",
        ),
        _a(
            "R1.2",
            "R1",
            "Hold two information sessions with faith and community groups",
            "Community Cohesion Manager",
            "31-Mar-2026",
            "In Progress",
        ),
        _a(
            "R2.1",
            "R2",
            "Remind maternity and emergency department staff",
            "Named Nurse, Safeguarding Adults",
            "31-Oct-2025",
            "Completed",
        ),
        _a(
            "R2.2",
            "R2",
            "Audit 50 records of patients who needed an interpreter",
            "Safeguarding Audit Lead",
            "31-Dec-2025",
            "Overdue",
        ),
        _a(
            "R3.1",
            "R3",
            "Add a question on wider family involvement",
            "Housing Options Team Leader",
            "30-Apr-2026",
            "Not Started",
        ),
        _a(
            "R3.2",
            "R3",
            "Train housing options officers on honour-based abuse",
            "Housing Learning and Development Officer",
            "31-May-2026",
            "In Progress",
        ),
        _a(
            "R3.3",
            "R3",
            "Sample 20 interviews to check the new question",
            "Housing Quality Officer",
            "31-Aug-2026",
            "Not Started",
        ),
        _a(
            "R4.1",
            "R4",
            "Survey front-line staff in partner agencies",
            "Partnership Analyst",
            "30-Jun-2026",
            "Not Started",
        ),
        _a(
            "R4.2",
            "R4",
            "Report the survey results and the progress on this plan",
            "DHR Coordinator",
            "30-Sep-2026",
            "Not Started",
        ),
    ],
    chronology=[],
    notes=(
        "plain pdftotext. A DHR action plan: review_type DHR, doc_kind action_plan, review id 'DHR 2021/02' (the Plan "
        "row), author the independent chair named in the plan description (the 'Generated by' account is not a "
        "person's name), Farida 29, died 17 July 2021, area Tawsley. Recommendations: the four shaded rows, ref the "
        "code as printed ('R1'), text after 'Recommendation: '; their Status, Progress and Assigned To cells "
        "summarise their actions and are not actions. Actions: the nine 'R1.1'-style rows, ref the code, "
        "recommendation_ref the code of the recommendation row above; lead the Assigned To cell; target the Due Date "
        "(dd-Mon-yyyy -> the day); status the Status cell: Completed complete, In Progress in_progress, Not Started "
        "not_started, Overdue (R2.2, past its due date, 30% done) in_progress. The date opening a Latest Note is the "
        "note's date, not a target. The summary count line is not a record. No chronology."
    ),
)


def main():
    write_gold(GOLD, HERE, sys.argv[1] if len(sys.argv) > 1 else None, family_keys="after_file")


if __name__ == "__main__":
    main()
