"""Hand-written gold for heldout49 (blind set). Every field below was written by hand from the documents'
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

# Targets as printed -> the date a reader files them under: the day where a day is printed, else the month;
# "Ongoing" is no date.
TARGETS = {
    "31/03/2025": "2025-03-31",
    "June 2025": "2025-06",
    "30/04/2025": "2025-04-30",
    "30/09/2025": "2025-09-30",
    "31/12/2025": "2025-12-31",
    "March 2026": "2026-03",
    "31/01/2025": "2025-01-31",
    "November 2025": "2025-11",
    "28/02/2025": "2025-02-28",
    "Jun 2025": "2025-06",
    "Sep 2025": "2025-09",
    "Dec 2025": "2025-12",
    "31/10/2025": "2025-10-31",
    "Mar 2026": "2026-03",
    "30/06/2025": "2025-06-30",
    "31/05/2025": "2025-05-31",
    "31/03/2026": "2026-03-31",
    "Ongoing": None,
}
# Each document's own words: Trellingham's word(s) opening the "Date of completion and Outcome" cell;
# Wyvernbrook's Status cell; Lowenstow's Status cell by its printed key (On track and Delayed are both
# under way, Delayed late).
STATUS = {
    "Completed": "complete",
    "Ongoing": "in_progress",
    "Not started": "not_started",
    "Complete": "complete",
    "In progress": "in_progress",
    "On track": "in_progress",
    "Delayed": "in_progress",
}


def _a(ref, rec, start, lead, target, status, section=OV, after=0):
    return A(ref, section, rec, start, lead, target, TARGETS[target], status, STATUS[status], after=after)


# --------- 1. DHR executive summary: Review details table; No. | Recommendation table; HO-template plan
T_CSP = "Trellingham Community Safety Partnership"
T_CSP_LEAD = "Trellingham CSP"
T_BC = "Trellingham Borough Council"
T_NHS = "Trellingham and Wexmoor NHS Trust"
GOLD[S1] = dict(
    family="dhr_exec_summary_review_details_table_recs_no_recommendation_table_ho_plan_status_opens_completion_cell",
    description=(
        "A DHR executive summary, Liberation Sans 10.5, 3 pages: pages 1-2 portrait (2.2 cm side margins), page 3 "
        "a landscape section; running head 'OFFICIAL – FOR PUBLICATION' (right) and footer 'DHR ‘Sadia’ – "
        "Executive Summary – Page N of M' (centred) on every page. Page 1: a title block (partnership in capitals, "
        "'Domestic Homicide Review', 'Executive Summary: ‘Sadia’'), then a bold 'Review details' line over a "
        "two-column ruled table with shaded labels: Review reference TCSP DHR 07/2023, Commissioning partnership, "
        "The person who died ‘Sadia’, aged 38, Date of death 29 September 2022, Independent chair Rowena "
        "Kettleby-Saunt, Report author Idris Fenhallow-Marsh (a different person), Agreed by the partnership 11 "
        "January 2024. Numbered paragraphs 1.1-3.2; '4. Recommendations' 4.1 (lead-in, not a recommendation), a "
        "two-column table No. | Recommendation (header white on dark blue, repeated), rows 1-6, row 2 split over "
        "the page break, row 3 ending 'by:' over two bullet lines inside the cell; 4.2 (plan note). Page 3: "
        "'Appendix A – Action plan (updated 30 September 2025)', the Home Office template's columns with 'Rec. "
        "no.' for the first: Rec. no. | Scope of recommendation i.e. local or regional | Action to take | Lead "
        "agency | Key milestones achieved in enacting recommendation | Target date | Date of completion and "
        "Outcome; the Rec. no. and Scope cells merged down over each recommendation's actions (the number only, "
        "no recommendation text); no action refs; targets dd/mm/yyyy or a month; the last cell opening with the "
        "status words (Completed / Ongoing / Not started), a completion date run on after 'Completed' and a note "
        "after a dash; an italic note under the table. No chronology"
    ),
    review=dict(
        review_id="TCSP DHR 07/2023",
        review_type="DHR",
        area="Trellingham",
        doc_kind="executive_summary",
        author="Idris Fenhallow-Marsh",
        victims=[{"pseudonym": "Sadia", "age": 38}],
        date_of_death="2022-09-29",
    ),
    review_alternatives={"area": [T_CSP]},
    recommendations=[
        R(
            "1",
            T_CSP,
            "Trellingham Community Safety Partnership should agree a protocol with the borough’s GP",
            ["multi_agency_working", "specialist_support"],
        ),
        R(
            "2",
            T_BC,
            "Trellingham Borough Council should make sure that its homelessness officers complete",
            ["risk_assessment", "other"],
        ),
        R(
            "3",
            T_NHS,
            "Trellingham and Wexmoor NHS Trust should improve the response of its maternity",
            ["routine_enquiry", "record_keeping"],
        ),
        R(
            "4",
            "Wexmoor Police",
            "Wexmoor Police should review how officers record a victim’s decision",
            ["record_keeping", "specialist_support"],
        ),
        R(
            "5",
            T_CSP,
            "Trellingham Community Safety Partnership should run an awareness campaign",
            ["awareness_public"],
        ),
        R(
            "6",
            "Home Office",
            "The Home Office should ask the Department for Levelling Up",
            ["policy_procedure"],
            scope="national",
        ),
    ],
    actions=[
        _a(
            None,
            "1",
            "Draft a GP referral protocol with the two primary care networks",
            T_CSP_LEAD,
            "31/03/2025",
            "Completed",
        ),
        _a(
            None,
            "1",
            "Hold a launch session for practice safeguarding leads",
            T_CSP_LEAD,
            "June 2025",
            "Completed",
        ),
        _a(
            None,
            "2",
            "Add the risk assessment to the homelessness triage form",
            T_BC,
            "30/04/2025",
            "Completed",
        ),
        _a(
            None, "2", "Train all homelessness officers on the risk assessment", T_BC, "30/09/2025", "Ongoing"
        ),
        _a(None, "3", "Revise the maternity booking and ED triage prompts", T_NHS, "31/12/2025", "Ongoing"),
        _a(
            None,
            "3",
            "Audit 50 records of women attending ED with injuries",
            T_NHS,
            "March 2026",
            "Not started",
        ),
        _a(
            None,
            "4",
            "Issue a briefing to response officers on victimless prosecutions",
            "Wexmoor Police",
            "31/01/2025",
            "Completed",
        ),
        _a(None, "5", "Design and run a ‘Know where to go’ campaign", T_CSP_LEAD, "November 2025", "Ongoing"),
        _a(None, "6", "Chair of the CSP to write to the Home Office", T_CSP_LEAD, "28/02/2025", "Completed"),
    ],
    chronology=[],
    notes=(
        "plain pdftotext. Review fields from the 'Review details' table: review id 'TCSP DHR 07/2023', date of "
        "death 29 September 2022, Sadia 38; author the Report author (Idris Fenhallow-Marsh), not the "
        "Independent chair (a different person); area Trellingham (the partnership's name also accepted); "
        "doc_kind executive_summary (title). '11 January 2024' is the agreement date. Recommendations: the six rows "
        "of the No. | Recommendation table, ref the No. cell, the bullet lines of 3 part of it, agency the body "
        "each opens with; #6 to the Home Office, national (the Department it names is whom the Home Office should "
        "ask); the rest local. 4.1 and 4.2 are not recommendations. Actions: the nine rows of Appendix A, no "
        "action ref (null), recommendation_ref the merged Rec. no. cell, lead the Lead agency cell as printed, "
        "target the Target date cell ('31/03/2025' the day, 'June 2025' the month). Status: the words opening the "
        "'Date of completion and Outcome' cell, status_raw those words: Completed complete, Ongoing in_progress, "
        "Not started not_started; the date run on after 'Completed' is the completion date, not the target. The "
        "Key milestones cell is not a status. No chronology."
    ),
)

# --------- 2. DARDR report: preface prose; year-headed key events with relative dates; national / local recs
M_CSP = "Merrowgate Safer Communities Partnership"
DHSC = "Department of Health and Social Care"
GOLD[S2] = dict(
    family="dardr_report_preface_prose_facts_year_headed_relative_key_events_national_recs_by_department_local_lettered",
    description=(
        "A Domestic Abuse Related Death Review report, C059 11, portrait (2.5 cm side margins), 2 pages; running "
        "head 'Domestic Abuse Related Death Review – ‘Hannah’' (left, italic, every page) and footer 'N' "
        "(centred). A centred title block (partnership, 'Domestic Abuse Related Death Review', 'Report into the "
        "death of Hannah', 'Published May 2025'); 'Preface' in prose carrying the review id ('reference "
        "MSCP/DARDR/2023/04'), Hannah's age ('a woman of 27'), the date of death ('took her own life on 17 June "
        "2023') and the author ('chaired, and this report written, by Dr Celestine Abara-Whitley'); '1. Key "
        "events' with an italic note, then year headings 2021 / 2022 / 2023 over unnumbered paragraphs whose date "
        "opens the sentence without a year ('In March,', 'On 14 October,'), some relative ('Two weeks later,', "
        "'The following day,', 'Three weeks later,') or a season ('Early in the summer,', 'In early spring,'); "
        "'2. Findings' 2.1-2.2; '3. Recommendations' 3.1 (lead-in), a bold 'National recommendations' line, bold "
        "italic sub-headings 'To the Home Office' / 'To the Department of Health and Social Care' over hanging "
        "items N1, N2, N3 whose text names no body (an imperative), a bold 'Local recommendations' line over "
        "hanging items (a)-(e); a support note. No plan"
    ),
    review=dict(
        review_id="MSCP/DARDR/2023/04",
        review_type="DHR",
        area="Merrowgate",
        doc_kind="overview_report",
        author="Celestine Abara-Whitley",
        victims=[{"pseudonym": "Hannah", "age": 27}],
        date_of_death="2023-06-17",
    ),
    review_alternatives={"area": [M_CSP]},
    recommendations=[
        R(
            "N1",
            "Home Office",
            "Amend the statutory guidance so that a review is held",
            ["policy_procedure"],
            scope="national",
        ),
        R(
            "N2",
            DHSC,
            "Include coercive control in the national suicide prevention strategy",
            ["mental_health", "policy_procedure", "routine_enquiry"],
            scope="national",
        ),
        R(
            "N3",
            DHSC,
            "Ask NHS England to set a waiting-time standard",
            ["mental_health"],
            scope="national",
        ),
        R(
            "a",
            M_CSP,
            "Merrowgate Safer Communities Partnership should add a question about suicidal",
            ["training", "risk_assessment", "mental_health"],
        ),
        R(
            "b",
            "Ardwell Constabulary",
            "Ardwell Constabulary should stop completing domestic abuse risk assessments",
            ["risk_assessment", "policy_procedure"],
        ),
        R(
            "c",
            "Merrowgate and District Health Partnership",
            "Merrowgate and District Health Partnership should remind GPs to ask",
            ["routine_enquiry", "record_keeping", "mental_health"],
        ),
        R(
            "d",
            "MARAC steering group",
            "The MARAC steering group should make sure that when a victim declines",
            ["multi_agency_working", "specialist_support"],
        ),
        R(
            "e",
            M_CSP,
            "Merrowgate Safer Communities Partnership should offer employers in the borough",
            ["awareness_public"],
        ),
    ],
    actions=[],
    chronology=[
        C(None, "2021", "In March", "2021-03", "In March, Hannah moved into Lewis’s flat"),
        C(None, "2021", "Early in the summer", "2021", "Early in the summer, Hannah’s mother noticed"),
        C(None, "2021", "On 14 October", "2021-10-14", "On 14 October, police were called by a neighbour"),
        C(
            None,
            "2021",
            "Two weeks later",
            "2021-10-28",
            "Two weeks later, an officer completed a risk assessment",
            relative=True,
        ),
        C(
            None,
            "2022",
            "On 9 January",
            "2022-01-09",
            "On 9 January, Hannah saw her GP at Cross Lane Surgery",
        ),
        C(None, "2022", "In early spring", "2022", "In early spring, Hannah told a colleague"),
        C(None, "2022", "On 2 August", "2022-08-02", "On 2 August, police attended after a further call"),
        C(
            None,
            "2022",
            "The following day",
            "2022-08-03",
            "The following day, Lewis was released on bail",
            relative=True,
        ),
        C(None, "2022", "In November", "2022-11", "In November, Hannah’s case was heard at MARAC"),
        C(None, "2023", "On 20 February", "2023-02-20", "On 20 February, Hannah ended the relationship"),
        C(
            None,
            "2023",
            "Three weeks later",
            "2023-03-13",
            "Three weeks later, Hannah’s manager referred her",
            relative=True,
        ),
        C(
            None,
            "2023",
            "In May",
            "2023-05",
            "In May, the GP referred Hannah to the community mental health team",
        ),
        C(None, "2023", "On 17 June", "2023-06-17", "On 17 June, Hannah was found dead"),
    ],
    notes=(
        "plain pdftotext. A Domestic Abuse Related Death Review (a DHR after a death by suicide): review_type DHR; "
        "doc_kind overview_report (the report itself, not a summary). Review fields only in the Preface's prose: "
        "review id 'MSCP/DARDR/2023/04', Hannah 27, date of death 17 June 2023 (also the last key event), author "
        "Celestine Abara-Whitley (the 'Dr' is an honorific); area Merrowgate (the partnership's name also "
        "accepted). 'Published May 2025' is not a date of death. Recommendations: N1-N3 and (a)-(e), ref as "
        "printed without brackets ('N1', 'a'); N1-N3 national, agency the department in the 'To the ...' "
        "sub-heading above them (their text opens with a verb); (a)-(e) local, agency the body each opens with "
        "('MARAC steering group' without 'The'). 3.1 is a lead-in. Chronology: the thirteen paragraphs under the "
        "year headings, heading the year; date_raw the opening phrase ('In March', 'On 14 October'), the date "
        "completed with the heading's year; 'Early in the summer' and 'In early spring' the year only (a season); "
        "relative entries resolved from the entry before: 'Two weeks later' after 14 October 2021 = 28 October "
        "2021, 'The following day' after 2 August 2022 = 3 August 2022, 'Three weeks later' after 20 February "
        "2023 = 13 March 2023. The italic note is not an entry. No plan."
    ),
)

# --------- 3. CSPR: finding, learning point box, recommendation; local plan one table per agency
W_CS = "Wyvernbrook Council – Children’s Services"
W_HCB = "Wyvernbrook Health and Care Board"
W_POL = "Wyvernbrook Police"
W_SCP = "Wyvernbrook Safeguarding Children Partnership"
GOLD[S3] = dict(
    family="cspr_findings_learning_point_boxes_recommendation_n_run_in_plan_one_table_per_agency_numbering_restarts",
    description=(
        "A Child Safeguarding Practice Review report, URW Bookman 10, portrait (2.0 cm margins), 3 pages; no "
        "running head; footer 'Wyvernbrook Safeguarding Children Partnership | CSPR Child K | N' (left). A title "
        "block with a 'Lead reviewer: Anwen Castellane-Brook    Published: April 2025' line; '1. Introduction' "
        "1.1-1.2; '2. Findings, learning and recommendations': four times a bold 'Finding N: ...' line, a "
        "paragraph, a shaded one-cell box 'Learning point N' over its text, then a paragraph opening with a bold "
        "'Recommendation N: ' run-in; recommendation 4 at the top of page 2; '3. Conclusion' 3.1-3.2. Page 3: "
        "'Appendix: Local action plan', an italic note, then four bold agency name lines each over its own ruled "
        "table No. | Action | Lead | Rec. | By when | Status, the No. restarting at 1 in each table, the Rec. cell "
        "the recommendation number, By when a month 'Jun 2025' or dd/mm/yyyy, Status Complete / In progress / "
        "Not started; a closing note"
    ),
    review=dict(
        review_id=None,
        review_type="SCR",
        area="Wyvernbrook",
        doc_kind="overview_report",
        author="Anwen Castellane-Brook",
        victims=[{"pseudonym": "Child K", "age": 0}],
        date_of_death=None,
    ),
    review_alternatives={"area": [W_SCP]},
    recommendations=[
        R(
            "1",
            W_SCP,
            "Wyvernbrook Safeguarding Children Partnership should make sure that each agency’s procedures",
            ["policy_procedure", "routine_enquiry"],
        ),
        R(
            "2",
            W_HCB,
            "Wyvernbrook Health and Care Board should audit the use of the bruising",
            ["quality_assurance", "children"],
        ),
        R(
            "3",
            W_POL,
            "Wyvernbrook Police and Wyvernbrook Council Children’s Services should agree",
            ["information_sharing", "children"],
        ),
        R(
            "4",
            "Wyvernbrook Council Children’s Services",
            "Wyvernbrook Council Children’s Services should review how care leavers",
            ["children", "other"],
        ),
    ],
    actions=[
        _a(
            "1",
            "1",
            "Update the pre-birth assessment procedure",
            "Head of Assessment",
            "Jun 2025",
            "Complete",
            W_CS,
        ),
        _a(
            "2",
            "3",
            "Agree a notification route to health visiting",
            "Head of Front Door",
            "Sep 2025",
            "In progress",
            W_CS,
        ),
        _a(
            "3",
            "4",
            "Review the care leavers’ offer for young parents",
            "Service Manager, Leaving Care",
            "Dec 2025",
            "Not started",
            W_CS,
        ),
        _a(
            "1",
            "2",
            "Carry out a bruising protocol audit in community",
            "Designated Nurse",
            "31/10/2025",
            "In progress",
            W_HCB,
        ),
        _a(
            "2",
            "1",
            "Remind health visitors to ask about all adults",
            "Named Nurse, Health Visiting",
            "31/03/2025",
            "Complete",
            W_HCB,
        ),
        _a(
            "1",
            "3",
            "Add health visiting to the notification list",
            "Detective Inspector, Safeguarding Hub",
            "Sep 2025",
            "Complete",
            W_POL,
        ),
        _a(
            "1",
            "1",
            "Ask each agency to confirm that its procedures name every adult",
            "Partnership Business Manager",
            "Mar 2026",
            "Not started",
            W_SCP,
        ),
    ],
    chronology=[],
    notes=(
        "pdftotext -layout. A Child Safeguarding Practice Review (review_type SCR, the child review family), "
        "doc_kind overview_report; no review id; author the lead reviewer; Child K, nine months old (age 0), "
        "seriously injured and alive: no date of death. Area Wyvernbrook (the partnership's name also accepted). "
        "'April 2025' is the publication date. Recommendations: the four paragraphs opening 'Recommendation N: ', "
        "ref N, text after the run-in, agency the body each opens with (#3 names two: the first, Wyvernbrook "
        "Police, is gold); all local. The 'Finding N' lines and the 'Learning point N' boxes are not "
        "recommendations. Actions: the seven rows of the four agency tables, ref the No. cell as printed "
        "(restarting at '1' in each table), agency_section the bold agency line above the table, "
        "recommendation_ref the Rec. cell, lead the Lead cell as printed, target the By when cell ('Jun 2025' the "
        "month, '31/10/2025' the day), status the Status cell (Complete complete, In progress in_progress, Not "
        "started not_started). No chronology."
    ),
)

# --------- 4. SAB SAR action plan: recommendation on a group's first row only; a row split over the page break
L_SAB = "Lowenstow Safeguarding Adults Board"
L_DDN = "Deputy Director of Nursing"
L_TSM = "Tenancy Services Manager"
GOLD[S4] = dict(
    family="sab_sar_plan_rec_on_first_row_only_continuation_rows_empty_leading_cells_row_split_over_page_break",
    description=(
        "A SAB's SAR action plan, Liberation Serif 10 (table 9), landscape A4 (1.5 cm side margins), 2 pages; "
        "running head 'OFFICIAL' (left) and footer 'Lowenstow SAB – SAR ‘Derek’ action plan v4 – Page N' (right). "
        "A title block (Board; 'Safeguarding Adults Review ‘Derek’ (SAR 2024/01) – Action Plan'; 'Version 4 – "
        "updated 2 October 2025'), a background paragraph with Derek's age and date of death, an italic status "
        "key in one line; one ruled table Rec. | SAR recommendation | Action | Lead | Target date | Progress "
        "update | Status, header repeated on page 2; each recommendation's number and text printed only in its "
        "first row, the later rows of the group with the two leading cells empty (not merged); no action refs; "
        "targets dd/mm/yyyy or 'Ongoing'; Status Completed / On track / Delayed / Not started. The first row of "
        "recommendation 4 splits over the page break (its long Progress update continues on page 2 under the "
        "repeated header with every other cell empty), then 4's second row (leading cells empty) and "
        "recommendation 5. A next-update line below"
    ),
    review=dict(
        review_id="SAR 2024/01",
        review_type="SAR",
        area="Lowenstow",
        doc_kind="action_plan",
        author=None,
        victims=[{"pseudonym": "Derek", "age": 67}],
        date_of_death="2024-03-03",
    ),
    review_alternatives={"area": [L_SAB]},
    recommendations=[
        R(
            "1",
            L_SAB,
            "Lowenstow Safeguarding Adults Board should make sure that partners use",
            ["multi_agency_working", "risk_assessment"],
        ),
        R(
            "2",
            "Lowenstow Council Adult Social Care",
            "Lowenstow Council Adult Social Care should review its approach to closing cases",
            ["policy_procedure", "other"],
        ),
        R(
            "3",
            "Lowenstow Community Health Services",
            "Lowenstow Community Health Services should make sure that district nurses",
            ["record_keeping", "risk_assessment"],
        ),
        R(
            "4",
            "Lowenstow Housing",
            "Lowenstow Housing should refer to adult social care",
            ["multi_agency_working", "other"],
        ),
        R(
            "5",
            L_SAB,
            "Lowenstow Safeguarding Adults Board should share the learning",
            ["training"],
        ),
    ],
    actions=[
        _a(
            None,
            "1",
            "Relaunch the framework with a practitioner briefing",
            "SAB Business Manager",
            "31/03/2025",
            "Completed",
        ),
        _a(
            None,
            "1",
            "Audit ten cases where the framework should have been used",
            "SAB Quality Sub-group",
            "30/09/2025",
            "On track",
        ),
        _a(
            None,
            "2",
            "Revise the case closure guidance",
            "Principal Social Worker",
            "30/06/2025",
            "Completed",
        ),
        _a(
            None,
            "2",
            "Add a management check before any such case is closed",
            "Head of Adult Services",
            "30/09/2025",
            "Delayed",
        ),
        _a(None, "3", "Add a no-access pathway to the district nursing", L_DDN, "31/05/2025", "Completed"),
        _a(None, "3", "Monitor no-access escalations each month", L_DDN, "Ongoing", "On track"),
        _a(None, "4", "Train tenancy officers in recognising self-neglect", L_TSM, "31/12/2025", "On track"),
        _a(
            None,
            "4",
            "Add a self-neglect prompt to the annual tenancy visit form",
            L_TSM,
            "31/03/2026",
            "Not started",
        ),
        _a(
            None,
            "5",
            "Publish a seven-minute briefing and present it",
            "Named GP for Adult Safeguarding",
            "30/04/2025",
            "Completed",
        ),
    ],
    chronology=[],
    notes=(
        "plain pdftotext. Review fields: review id 'SAR 2024/01' (title), SAR, area Lowenstow (the Board's name "
        "also accepted), doc_kind action_plan, no author; Derek 67, died 3 March 2024 (background paragraph). "
        "'2 October 2025' is the plan's update date. Recommendations: the five texts of the SAR recommendation "
        "column, ref the Rec. cell, agency the body each opens with; all local. Actions: the nine rows, no action "
        "ref (null); a row whose Rec. and SAR recommendation cells are empty belongs to the recommendation above "
        "it (recommendation_ref inherited); the page-2 continuation of row 4's first action (only its Progress "
        "update cell printed, under the repeated header) is part of that action, not a new one. Lead the Lead cell "
        "as printed; target the Target date cell (dd/mm/yyyy the day; 'Ongoing' no date: target null). Status the "
        "Status cell by the printed key: Completed complete; On track and Delayed in_progress (Delayed is under way "
        "but late); Not started not_started. Dates in the Progress update cells are not targets. No chronology."
    ),
)

# --------- 5. Welsh concise Child Practice Review: template section boxes; summary timeline appendix
Y_RSB = "Ysgallen Valley Regional Safeguarding Board"
Y_UHB = "Ysgallen University Health Board"
GOLD[S5] = dict(
    family="wales_concise_cpr_template_section_boxes_improving_systems_recs_summary_timeline_table",
    description=(
        "A Welsh concise Child Practice Review report, DejaVu Serif 10, portrait (2.5 cm side margins), 2 pages; "
        "running head 'YVRSB CPR 3/2023' (right) and footer 'N' (right). A centred title block (Board; 'Child "
        "Practice Review Report'; 'Concise Review'; bold 'Re: YVRSB CPR 3/2023'); the template's section headings "
        "as grey shaded one-cell boxes: 'Brief outline of circumstances resulting in the Review' (the child's "
        "age, 20 months, and 'died in January 2023' only as a month), 'Practice and organisational learning', "
        "'Improving Systems and Practice' (a lead-in ending 'the following actions for the Board and its member "
        "agencies:' then hanging items 1.-4.), 'Statement by Reviewers' (a four-column table REVIEWER 1 | name | "
        "REVIEWER 2 | name, Organisation, Date rows), 'Statement by Review Panel Chair' (prose with the chair's "
        "name and a date). Page 2: 'Appendix 2: Summary timeline', a ruled table Date | Agency | Significant "
        "event, nine rows, dates dd/mm/yyyy or a month ('August 2021', 'October 2022'), the last row the death "
        "(12/01/2023); a 'For Welsh Government use only' box with dotted blanks. No plan"
    ),
    review=dict(
        review_id="YVRSB CPR 3/2023",
        review_type="SCR",
        area="Ysgallen Valley",
        doc_kind="overview_report",
        author="Gwenllian Tudor-Ashby",
        victims=[{"pseudonym": "Child T", "age": 1}],
        date_of_death="2023-01-12",
    ),
    review_alternatives={"area": [Y_RSB, "Ysgallen"]},
    recommendations=[
        R(
            "1",
            "Ysgallen Valley Children’s Services",
            "Ysgallen Valley Children’s Services should make sure that a police report",
            ["information_sharing", "children"],
        ),
        R(
            "2",
            Y_UHB,
            "Ysgallen University Health Board should remind emergency department staff",
            ["policy_procedure", "children"],
        ),
        R(
            "3",
            Y_UHB,
            "Ysgallen University Health Board should review how the health visiting service",
            ["children", "policy_procedure"],
        ),
        R(
            "4",
            Y_RSB,
            "The Regional Safeguarding Board should hold learning events for early years",
            ["training", "children"],
        ),
    ],
    actions=[],
    chronology=[
        C(None, None, "04/05/2021", "2021-05-04", "Child T’s birth visit"),
        C(None, None, "17/08/2021", "2021-08-17", "Call from a neighbour about shouting"),
        C(None, None, "August 2021", "2021-08", "Police report screened; no further action recorded"),
        C(None, None, "02/03/2022", "2022-03-02", "Mother seen with low mood"),
        C(None, None, "11/07/2022", "2022-07-11", "Child T started at the nursery class"),
        C(None, None, "October 2022", "2022-10", "Two-year review not completed after three missed"),
        C(None, None, "28/11/2022", "2022-11-28", "Child T brought in with a burn to his hand"),
        C(None, None, "03/01/2023", "2023-01-03", "Father arrested after an assault on mother"),
        C(None, None, "12/01/2023", "2023-01-12", "Child T found unresponsive at home"),
    ],
    notes=(
        "plain pdftotext. A Welsh Child Practice Review (review_type SCR, the child review family), concise; "
        "doc_kind overview_report; review id 'YVRSB CPR 3/2023' (the 'Re:' line and the running head); author "
        "reviewer 1, Gwenllian Tudor-Ashby (reviewer 2 and the panel chair are not the author); Child T aged 20 "
        "months (age 1); date of death 12 January 2023 from the timeline's last row (the outline gives only "
        "'January 2023'). Area Ysgallen Valley (the Board's name, or 'Ysgallen', also accepted). The reviewers' "
        "and chair's dates (14 and 20 June 2024) are sign-off dates. Recommendations: the four numbered items under "
        "'Improving Systems and Practice' (the template calls them actions; they are the review's "
        "recommendations), ref '1'-'4', agency the body each opens with ('The Regional Safeguarding Board' is the "
        "Board, gold its full name); all local. Chronology: the nine rows of the summary timeline, no ref or "
        "heading, date the Date cell (dd/mm/yyyy the day; 'August 2021', 'October 2022' the month), text the "
        "Significant event cell. No plan."
    ),
)


def main():
    write_gold(GOLD, HERE, sys.argv[1] if len(sys.argv) > 1 else None, family_keys="after_file")


if __name__ == "__main__":
    main()
