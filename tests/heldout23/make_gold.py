"""Hand-written gold for heldout23 (blind set). Every field below was written by hand from the documents'
meaning; only each record's `line` is looked up in the .txt (first line holding the start of text_start /
action_start, after a pinned line where the same words print twice). Run once to write <stem>.json.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/: gold_lines, the line look-up and writer every blind set shares

from gold_lines import AG, OV, A, C, R, find_line, write_gold  # noqa: E402

GOLD = {}


def _lines(stem):
    return (HERE / f"{stem}.txt").read_text(encoding="utf-8").split("\n")


# --------- 1. DHR overview report (Calibri 11): boxed "The X should" recommendations, key-actions RAG plan
S1 = "dhr_overview_boxed_should_recs_key_actions_rag_plan_calibri_brannockside"
SBP = "Safer Brannockside Partnership"
CMHT = "Brannockside Community Mental Health Team"
BC = "Brannockside Constabulary"
ASC = "Brannockside Council Adult Social Care"
DHSC = "Department of Health and Social Care"
RAG1 = {"Green": "complete", "Amber": "in_progress", "Red": "not_started"}
L1 = _lines(S1)
PLAN1 = find_line(L1, "Appendix 1: Action plan RAG: Green")


def _a1(rec, start, lead, raw, iso, rag):
    return A(None, OV, rec, start, lead, raw, iso, rag, RAG1[rag], after=PLAN1)


def _c1(raw, iso, start):
    return C(None, None, raw, iso, start)


GOLD[S1] = dict(
    family="dhr_overview_boxed_should_recs_key_actions_rag_plan",
    description=(
        "DHR overview report set in Calibri 11 (Carlito in the PDF), 5 pages: cover with 'Independent Chair and "
        "Author:', 'DHR reference:' and 'Final version:' lines, contents with dotted leaders, running head with "
        "en-dash separators, footer 'Safer Brannockside Partnership  Page X of Y'; numbered paragraphs 1.1-7.1; "
        "'4. Key events' five unnumbered dated paragraphs; '6. Lessons learned' bullets; '7. Recommendations' a "
        "lead-in paragraph 7.1 then a shaded one-cell box headed 'Recommendations of the review panel' holding "
        "five typed '1.'-'5.' items each 'The <agency> should ...' (one to the Department of Health and Social "
        "Care); landscape 'Appendix 1: Action plan' with a RAG key line and columns Recommendation | Key actions "
        "| Responsible officer | Completion date | Progress update | RAG, the Recommendation cell ('N. <full "
        "text>') merged over 1-2 actions, RAG words in shaded cells; dates dd/mm/yyyy, 'Sept 2024', 'March 2024'"
    ),
    review=dict(
        review_id="SBP-DHR-07",
        review_type="DHR",
        area="Brannockside",
        doc_kind="overview_report",
        author="Benedikt Orrell",
        victims=[{"pseudonym": "Leopold", "age": 64}],
        date_of_death="2022-10-09",
    ),
    review_alternatives={"area": [SBP]},
    recommendations=[
        R(
            "1",
            CMHT,
            "The Brannockside Community Mental Health Team should include the safety of family carers",
            ["risk_assessment", "mental_health"],
        ),
        R(
            "2",
            SBP,
            "The Safer Brannockside Partnership should raise awareness among professionals of adult family",
            ["training"],
        ),
        R(
            "3",
            BC,
            "The Brannockside Constabulary should ensure that incidents involving mental ill health",
            ["record_keeping", "risk_assessment"],
        ),
        R(
            "4",
            ASC,
            "The Brannockside Council Adult Social Care service should not close a carer’s assessment",
            ["policy_procedure", "risk_assessment"],
        ),
        R(
            "5",
            DHSC,
            "The Department of Health and Social Care should consider adding the risk to family carers",
            ["policy_procedure", "mental_health"],
            scope="national",
        ),
    ],
    actions=[
        _a1(
            "1",
            "Add a carer safety section to the disengagement plan template",
            "Team Manager, CMHT",
            "30/11/2023",
            "2023-11-30",
            "Green",
        ),
        _a1(
            "1",
            "Audit twenty disengagement plans for the new section",
            "Clinical Audit Lead",
            "Sept 2024",
            "2024-09",
            "Amber",
        ),
        _a1(
            "2",
            "Run a multi-agency learning event on adult family violence",
            "DA Strategic Lead",
            "31/01/2024",
            "2024-01-31",
            "Green",
        ),
        _a1(
            "2",
            "Publish a seven-minute briefing on this review",
            "DA Strategic Lead",
            "March 2024",
            "2024-03",
            "Amber",
        ),
        _a1(
            "3",
            "Issue a practice note to response officers",
            "Detective Chief Inspector, Safeguarding",
            "31/12/2023",
            "2023-12-31",
            "Green",
        ),
        _a1(
            "4",
            "Amend the carers’ assessment closure procedure",
            "Principal Social Worker",
            "June 2024",
            "2024-06",
            "Red",
        ),
        _a1(
            "5",
            "Partnership Chair to write to the Department",
            "Partnership Chair",
            "28/02/2024",
            "2024-02-28",
            "Green",
        ),
    ],
    chronology=[
        _c1("In April 2022", "2022-04", "In April 2022 Crispin missed two depot appointments"),
        _c1("On 23 May 2022", "2022-05-23", "On 23 May 2022 Leopold told his GP that Crispin"),
        _c1("On 11 July 2022", "2022-07-11", "On 11 July 2022 police attended after a neighbour"),
        _c1("In August 2022", "2022-08", "In August 2022 an adult social care assessment of Leopold"),
        _c1("On 9 October 2022", "2022-10-09", "On 9 October 2022 Leopold was found dead at home"),
    ],
    notes=(
        "pdftotext plain. Overview report (cover); id from 'DHR reference:'; 'Independent Chair and Author:' -> "
        "author; Leopold 64 (1.1); killed 'on 9 October 2022' (1.1) -> day. Recommendations: the five typed "
        "'1.'-'5.' items inside the shaded box under '7. Recommendations' (ref as printed, level overview, "
        "agency the addressee named first, 'The ... should'); 5 (Department of Health and Social Care) national, "
        "the rest local. The box's title line, the 7.1 lead-in, the lessons-learned bullets and the analysis "
        "are not recommendations. The plan's Recommendation cells repeat the box's texts after 'N.' (same "
        "records, not new ones). Actions: the seven rows of Appendix 1, ref null (no action number printed), "
        "recommendation_ref the number opening the merged Recommendation cell, lead the Responsible officer "
        "cell, target from Completion date (dd/mm/yyyy -> day; 'Sept 2024', 'March 2024', 'June 2024' -> "
        "month), status from the RAG word under the printed key (Green -> complete, Amber -> in_progress, Red "
        "-> not_started: the key says 'not started or off track' and the one Red row's update says 'No "
        "progress'). The Progress update column is progress, never status. Chronology: the five unnumbered "
        "dated paragraphs of '4. Key events' (ref and heading null); the line above them is a lead-in. 'In "
        "April 2022' / 'In August 2022' -> month; 'On d Month yyyy' -> day. Dates in the introduction and "
        "the review-process paragraphs (conviction, decision to review, panel meetings) are not chronology."
    ),
)

# --------- 2. CSP DHR action plan (Arial 10/11, landscape): one table over three pages, no repeated header
S2 = "csp_dhr_action_plan_three_pages_no_repeated_header_arial_wystancombe"
WCSP = "Wystancombe Community Safety Partnership"
WP = "Wystancombe Police"
WICB = "NHS Wystancombe Integrated Care Board"
WBC = "Wystancombe Borough Council"
WMH = "Wystancombe Mental Health NHS Foundation Trust"
HDAS = "Hollincote Domestic Abuse Service"
ST2 = {"Completed": "complete", "Underway": "in_progress", "Not commenced": "not_started"}


def _a2(rec, start, lead, raw, iso, sraw):
    return A(None, OV, rec, start, lead, raw, iso, sraw, ST2[sraw])


GOLD[S2] = dict(
    family="csp_dhr_action_plan_three_pages_no_repeated_header",
    description=(
        "Community Safety Partnership's published DHR action plan set in Arial (Liberation Sans) 10-11, "
        "landscape, 3 pages: title lines naming the partnership, the review ('Isolde', 'WCSP DHR 2022/02') and "
        "the update date, a short paragraph, then one table No. | Recommendation | Action | Lead | Target date "
        "| Status whose header prints on page 1 only (not repeated), No. and Recommendation merged over 1-3 "
        "actions, rows running on over pages 2 and 3 with the last recommendation (10) split by the page break; "
        "Status words 'Completed', 'Underway', 'Not commenced'; a status key line after the table; no running "
        "head, footer '<plan name>  Page X of Y'; dates dd/mm/yyyy, 'April 2024', 'Quarterly from Q3 2023/24'"
    ),
    review=dict(
        review_id="WCSP DHR 2022/02",
        review_type="DHR",
        area="Wystancombe",
        doc_kind="action_plan",
        author=None,
        victims=[{"pseudonym": "Isolde", "age": 38}],
        date_of_death="2022-02",
    ),
    review_alternatives={"area": [WCSP]},
    recommendations=[
        R(
            "1",
            WCSP,
            "Wystancombe Community Safety Partnership should commission a review of the pathway for victims",
            ["multi_agency_working", "specialist_support"],
        ),
        R(
            "2",
            WP,
            "Wystancombe Police should ensure that the history of both parties is checked",
            ["risk_assessment", "information_sharing"],
        ),
        R(
            "3",
            WICB,
            "NHS Wystancombe Integrated Care Board should ensure that GP practices record and act on",
            ["record_keeping", "routine_enquiry"],
        ),
        R(
            "4",
            WBC,
            "Wystancombe Borough Council should review how its Housing Options service responds",
            ["policy_procedure", "other"],
        ),
        R(
            "5",
            WCSP,
            "Wystancombe Community Safety Partnership should work with local employers to develop workplace",
            ["awareness_public", "policy_procedure"],
        ),
        R(
            "6",
            WMH,
            "Wystancombe Mental Health NHS Foundation Trust should ensure that staff in its talking therapies",
            ["routine_enquiry"],
        ),
        R(
            "7",
            "Home Office",
            "The Home Office should consider issuing guidance on the role of employers",
            ["policy_procedure", "quality_assurance"],
            scope="national",
        ),
        R(
            "8",
            HDAS,
            "Hollincote Domestic Abuse Service should make a second attempt to contact a victim",
            ["specialist_support"],
        ),
        R(
            "9",
            WCSP,
            "Wystancombe Community Safety Partnership should seek assurance, through a multi-agency audit",
            ["quality_assurance"],
        ),
        R(
            "10",
            WBC,
            "Wystancombe Borough Council should ensure that its employee assistance provider can recognise",
            ["specialist_support", "other"],
        ),
    ],
    actions=[
        _a2(
            "1",
            "Map current evening and weekend support across commissioned services",
            "DA Partnership Manager",
            "31/10/2023",
            "2023-10-31",
            "Completed",
        ),
        _a2(
            "1",
            "Pilot an evening outreach clinic at the Wystancombe Family Hub",
            HDAS,
            "April 2024",
            "2024-04",
            "Completed",
        ),
        _a2(
            "1",
            "Report the pilot’s evaluation to the Strategic Board",
            "DA Partnership Manager",
            "September 2024",
            "2024-09",
            "Underway",
        ),
        _a2(
            "2",
            "Update the domestic abuse attendance guidance to require a check of both parties’ history",
            "Head of Public Protection",
            "30/06/2023",
            "2023-06-30",
            "Completed",
        ),
        _a2(
            "2",
            "Dip-sample fifty standard-graded risk assessments each quarter",
            "Head of Public Protection",
            "Quarterly from Q3 2023/24",
            "2023-10",
            "Underway",
        ),
        _a2(
            "3",
            "Circulate a practice learning brief on coercive control and low mood presentations",
            "Named GP for Safeguarding",
            "31/12/2023",
            "2023-12-31",
            "Completed",
        ),
        _a2(
            "3",
            "Include a question on coercive control in the annual safeguarding self-assessment",
            "Designated Nurse Safeguarding Adults",
            "March 2025",
            "2025-03",
            "Not commenced",
        ),
        _a2(
            "4",
            "Introduce a follow-up call within five working days of any withdrawal",
            "Housing Options Manager",
            "31/01/2024",
            "2024-01-31",
            "Completed",
        ),
        _a2(
            "4",
            "Train Housing Options officers in safe enquiry about the reasons for withdrawal",
            "Housing Options Manager",
            "31/07/2024",
            "2024-07-31",
            "Underway",
        ),
        _a2(
            "5",
            "Hold an employers’ breakfast briefing with the Chamber of Commerce",
            "Community Safety Officer",
            "November 2024",
            "2024-11",
            "Not commenced",
        ),
        _a2(
            "6",
            "Add a routine enquiry question to the assessment template and the missed-appointment procedure",
            "Clinical Lead, Talking Therapies",
            "30/09/2023",
            "2023-09-30",
            "Completed",
        ),
        _a2(
            "6",
            "Audit compliance with routine enquiry in a sample of one hundred assessments",
            "Clinical Lead, Talking Therapies",
            "31/03/2024",
            "2024-03-31",
            "Underway",
        ),
        _a2(
            "7",
            "The Partnership Chair to write to the Home Office enclosing the review",
            "Chair, Wystancombe CSP",
            "31/08/2023",
            "2023-08-31",
            "Completed",
        ),
        _a2(
            "8",
            "Revise the referral handling procedure to include a second contact",
            "Service Manager, Hollincote Domestic Abuse Service",
            "31/03/2024",
            "2024-03-31",
            "Completed",
        ),
        _a2(
            "8",
            "Report the number of second contacts and the support accepted",
            "Service Manager, Hollincote Domestic Abuse Service",
            "December 2024",
            "2024-12",
            "Underway",
        ),
        _a2(
            "9",
            "Design and carry out a multi-agency case audit of domestic abuse cases",
            "DA Partnership Manager",
            "June 2025",
            "2025-06",
            "Not commenced",
        ),
        _a2(
            "10",
            "Agree a referral pathway between the employee assistance provider",
            "Director of People",
            "30/09/2024",
            "2024-09-30",
            "Underway",
        ),
        _a2(
            "10",
            "Publish the council’s own workplace domestic abuse policy on the staff intranet",
            "Director of People",
            "31/05/2024",
            "2024-05-31",
            "Completed",
        ),
    ],
    chronology=[],
    notes=(
        "pdftotext plain. A standalone published DHR action plan: doc_kind action_plan; id from the title line "
        "'(WCSP DHR 2022/02)'; no author printed (null); Isolde 38, killed 'in February 2022' -> month. The "
        "table's header prints on page 1 only: pages 2 and 3 carry bare rows. Recommendations: the ten merged "
        "Recommendation cells, ref the No. cell as printed, level overview, agency the addressee named first; "
        "7 (Home Office) national, the rest local. Actions: the 18 rows, ref null (no action number printed), "
        "recommendation_ref the No. cell, lead the Lead cell, target from Target date (dd/mm/yyyy -> day; "
        "'April 2024', 'September 2024', 'March 2025', 'November 2024', 'December 2024', 'June 2025' -> month; "
        "'Quarterly from Q3 2023/24' -> the first quarter named, the third quarter of the "
        "financial year 2023/24 (October-December 2023) -> 2023-10), status from the Status word under the "
        "key after the table (Completed -> complete, Underway -> in_progress, Not commenced -> not_started). "
        "Recommendation 10 and its two actions are split by the page break between pages 2 and 3. The opening "
        "paragraph and the status key are not recommendations. No chronology."
    ),
)

# --------- 3. Police single-agency DHR plan (Times New Roman 11, landscape): rec rows + lettered action rows
S3 = "police_single_agency_plan_rec_rows_lettered_actions_tnr_cresswold"
CC = "Cresswold Constabulary"
ST3 = {
    "Closed": "complete",
    "Open – on track": "in_progress",
    "Open – overdue": "in_progress",
    "Open – not started": "not_started",
}


def _a3(ref, start, lead, raw, iso, sraw):
    return A(ref, CC, ref[:-1], start, lead, raw, iso, sraw, ST3[sraw])


GOLD[S3] = dict(
    family="police_single_agency_plan_rec_rows_lettered_actions",
    description=(
        "A police force's single-agency DHR action plan set in Times New Roman 11 (Liberation Serif), "
        "landscape, 2 pages: title lines, a label / value table (commissioning partnership, 'Review reference', "
        "plan owner, date of last update), a lead-in paragraph, then one table Ref | Recommendation / action | "
        "Owner | Deadline | Update | Status in which each recommendation is a bold shaded row ('1' .. '4', "
        "text in the second column, the other cells empty) followed by its lettered action rows ('1a', '1b', "
        "'3c'); recommendation 3's row ends page 1 and its actions start page 2 under the repeated header; "
        "statuses 'Closed', 'Open – on track', 'Open – overdue', 'Open – not started'; running head "
        "'Cresswold Constabulary – RESTRICTED when complete'"
    ),
    review=dict(
        review_id="CSCP DHR 11",
        review_type="DHR",
        area="Cresswold",
        doc_kind="action_plan",
        author=None,
        victims=[{"pseudonym": "Verity", "age": None}],
        date_of_death=None,
    ),
    review_alternatives={"area": ["Cresswold Safer Communities Partnership"]},
    recommendations=[
        R(
            "1",
            CC,
            "Officers attending domestic abuse incidents should seek to speak to the victim away from",
            ["routine_enquiry"],
            level=AG,
        ),
        R(
            "2",
            CC,
            "The Constabulary should ensure that its control room identifies repeat calls",
            ["information_sharing", "risk_assessment"],
            level=AG,
        ),
        R(
            "3",
            CC,
            "Supervisors should review every domestic abuse crime where the victim withdraws support",
            ["quality_assurance", "perpetrators"],
            level=AG,
        ),
        R(
            "4",
            CC,
            "The Constabulary should share information about stalking protection orders",
            ["information_sharing", "specialist_support"],
            level=AG,
        ),
    ],
    actions=[
        _a3(
            "1a",
            "Amend the attendance checklist so that officers record where",
            "Inspector, Response Policing",
            "31/10/2023",
            "2023-10-31",
            "Closed",
        ),
        _a3(
            "1b",
            "Brief all response teams on speaking to victims alone",
            "Inspector, Response Policing",
            "31/12/2023",
            "2023-12-31",
            "Open – overdue",
        ),
        _a3(
            "2a",
            "Introduce an automatic repeat-address marker in the command and control system",
            "Head of Contact Management",
            "March 2024",
            "2024-03",
            "Closed",
        ),
        _a3(
            "2b",
            "Dip-sample repeat-address calls to confirm officers were told of the history",
            "Contact Management Quality Team",
            "Sept 2024",
            "2024-09",
            "Open – on track",
        ),
        _a3(
            "3a",
            "Add a supervisor review field to the domestic abuse crime record",
            "Crime Standards Manager",
            "30/11/2023",
            "2023-11-30",
            "Closed",
        ),
        _a3(
            "3b",
            "Deliver evidence-led prosecution training to sergeants",
            "Learning and Development Manager",
            "31/03/2024",
            "2024-03-31",
            "Closed",
        ),
        _a3(
            "3c",
            "Report compliance with the supervisor review to the Governance Board",
            "Crime Standards Manager",
            "31/12/2024",
            "2024-12-31",
            "Open – not started",
        ),
        _a3(
            "4a",
            "Agree an information sharing agreement with Brennermoor Stalking Advocacy",
            "Detective Inspector, Stalking Unit",
            "30/06/2024",
            "2024-06-30",
            "Open – on track",
        ),
    ],
    chronology=[],
    notes=(
        "pdftotext -layout. A single-agency action plan of Cresswold Constabulary for DHR 'Verity': doc_kind "
        "action_plan; id from 'Review reference'; area Cresswold (the commissioning partnership is Cresswold "
        "Safer Communities Partnership); no author, victim age or date of death is printed (null). "
        "Recommendations: the four bold shaded rows whose Ref is a bare number ('1'-'4'), level agency (they "
        "come from the Constabulary's IMR, as the lead-in says), agency Cresswold Constabulary (the plan's "
        "owner; 'Officers ...', 'Supervisors ...' and 'The Constabulary ...' all mean it), all local. Actions: "
        "the eight lettered rows, ref as printed ('1a' .. '4a'), recommendation_ref its number without the "
        "letter, agency_section Cresswold Constabulary, lead the Owner cell, target from Deadline (dd/mm/yyyy "
        "-> day; 'March 2024', 'Sept 2024' -> month), status from the Status cell: Closed -> complete; 'Open – "
        "on track' -> in_progress; 'Open – overdue' -> in_progress (its update shows eleven of fourteen teams "
        "briefed); 'Open – not started' -> not_started. The Update column is progress, not status. The label / "
        "value table, the lead-in and the status key line are not recommendations. No chronology."
    ),
)

# --------- 4. SAR (Arial 10.5): "Recommendation One".."Five" to the Board, Action | Measure of success plan
S4 = "sar_word_numbered_recs_to_board_measure_of_success_plan_arial_ettrickmoor"
ESAB = "Ettrickmoor Safeguarding Adults Board"
L4 = _lines(S4)
PLAN4 = find_line(L4, "6. Action plan The SAR sub-group agreed")


def _a4(rec, start, lead, raw, iso):
    return A(None, OV, rec, start, lead, raw, iso, None, "unknown", after=PLAN4)


GOLD[S4] = dict(
    family="sar_word_numbered_recs_to_board_measure_of_success_plan",
    description=(
        "Safeguarding Adults Review set in Arial 10.5 (Liberation Sans), 3 pages: cover with 'Lead reviewer:' "
        "and 'Published:', running head naming the board and 'Adult M', footer 'Ettrickmoor SAB  N'; unnumbered "
        "paragraphs under numbered headings; '4. Findings' three bold 'Finding N: <title>' lines each with a "
        "paragraph (not recommendations); '5. Recommendations' a lead-in addressing them to the Board, then "
        "five bold lines 'Recommendation One' .. 'Recommendation Five' each followed by a paragraph 'The Board "
        "should ...'; '6. Action plan' a table Recommendation | Action | Measure of success | Lead | By when "
        "with the Recommendation cell holding only the number word ('One' .. 'Five'), merged over 1-2 actions, "
        "no status column; By when 'March 2025', '30/06/2025', 'Within 6 months'; a glossary as tabbed lines"
    ),
    review=dict(
        review_id=None,
        review_type="SAR",
        area="Ettrickmoor",
        doc_kind="overview_report",
        author="Evadne Penwarrick",
        victims=[{"pseudonym": "Adult M", "age": 58}],
        date_of_death="2023-03-03",
    ),
    review_alternatives={"area": [ESAB]},
    recommendations=[
        R(
            "1",
            ESAB,
            "The Board should seek assurance that practitioners in all partner agencies explore the reasons",
            ["quality_assurance", "routine_enquiry"],
        ),
        R(
            "2",
            ESAB,
            "The Board should ask Ettrickmoor Council to report on how it monitors commissioned care calls",
            ["quality_assurance", "other"],
        ),
        R(
            "3",
            ESAB,
            "The Board should promote the use of multi-agency risk management meetings",
            ["multi_agency_working", "risk_assessment"],
        ),
        R(
            "4",
            ESAB,
            "The Board should work with the Ettrickmoor Community Health Trust to ensure that pressure damage",
            ["policy_procedure", "risk_assessment"],
        ),
        R(
            "5",
            ESAB,
            "The Board should ask the Department of Health and Social Care to consider national guidance",
            ["policy_procedure"],
        ),
    ],
    actions=[
        _a4(
            "1",
            "Publish a practice briefing on self-neglect and refusal of care",
            "SAB Business Manager",
            "March 2025",
            "2025-03",
        ),
        _a4(
            "1",
            "Include this review in the Board’s multi-agency training programme",
            "SAB Training Lead",
            "30/06/2025",
            "2025-06-30",
        ),
        _a4(
            "2",
            "Report on call monitoring to the Board",
            "Head of Commissioning",
            "Within 6 months",
            None,
        ),
        _a4(
            "3",
            "Relaunch the multi-agency risk management protocol",
            "Head of Adult Safeguarding",
            "31/05/2025",
            "2025-05-31",
        ),
        _a4(
            "4",
            "Revise the pressure ulcer safeguarding decision guide",
            "Ettrickmoor Community Health Trust",
            "April 2025",
            "2025-04",
        ),
        _a4(
            "5",
            "Independent Chair to write to the Department of Health and Social Care",
            "SAB Independent Chair",
            "February 2025",
            "2025-02",
        ),
    ],
    chronology=[],
    notes=(
        "pdftotext plain. SAR overview report (cover); no review number is printed (null); 'Lead reviewer:' -> "
        "author; Adult M 58 (section 1); 'died in hospital on 3 March 2023' -> day. Recommendations: the five "
        "paragraphs under the bold 'Recommendation One' .. 'Recommendation Five' lines; ref the number word "
        "written as a numeral ('One' -> '1', the contract's refs are numerals); level overview; every one "
        "opens 'The Board should' and the lead-in addresses them to the Board, so agency Ettrickmoor "
        "Safeguarding Adults Board and scope local, including 5, which asks the Board to write to the "
        "Department of Health and Social Care (the Board is the addressee; the department is asked only to "
        "consider). 'Finding N: <title>' lines and their paragraphs are findings, not recommendations. Actions: "
        "the six rows of the section 6 table, ref null, recommendation_ref the number word of the merged "
        "Recommendation cell as a numeral, lead the Lead cell, target from By when ('March 2025', 'April 2025', "
        "'February 2025' -> month; dd/mm/yyyy -> day; 'Within 6 months' -> null); no status column and no "
        "progress is printed: status_raw null, status unknown (not scored). The Measure of success column is "
        "the success measure, not progress. No chronology: section 3 is an undated summary."
    ),
)

# --------- 5. DHR executive summary (Times New Roman 11): Date | Agency | Contact | Comment, leads in brackets
S5 = "dhr_exec_summary_date_agency_contact_comment_chron_lead_brackets_tnr_drummore"


def _c5(raw, iso, start):
    return C(None, None, raw, iso, start)


GOLD[S5] = dict(
    family="dhr_exec_summary_date_agency_contact_comment_chron_lead_brackets",
    description=(
        "DHR executive summary set in Times New Roman 11 (Liberation Serif), 2 pages: centred title lines with "
        "'Report author:' and 'Review number:', running head naming the partnership, footer '<review> – "
        "Executive Summary  N'; '1.1' / '1.2' paragraphs with a hanging indent; '2. Summary chronology' a "
        "bordered table Date | Agency | Contact | Comment of 12 rows, the last under the repeated header on "
        "page 2, dates dd.mm.yy ('02.03.21') beside 'Aug 2022' and 'January 2023' (wrapped in its cell); key "
        "findings bullets; '4. Recommendations' a lead-in saying the lead is shown in brackets, then five typed "
        "'1.'-'5.' items in the imperative ('Review ...', 'Ensure ...') each ending '(Lead: <agency>)', one "
        "led by the Home Office"
    ),
    review=dict(
        review_id="DCSP/2023/004",
        review_type="DHR",
        area="Drummore",
        doc_kind="executive_summary",
        author="Ignatia Quillfoyle",
        victims=[{"pseudonym": "Seraphina", "age": 26}],
        date_of_death="2023-06-17",
    ),
    review_alternatives={"area": ["Drummore Community Safety Partnership"]},
    recommendations=[
        R(
            "1",
            "Drummore Police",
            "Review the decision-making process for Clare’s Law disclosures",
            ["policy_procedure", "quality_assurance", "information_sharing"],
        ),
        R(
            "2",
            "Drummore and Lorne Hospitals NHS Trust",
            "Ensure that patients attending with injuries are seen alone for part of the consultation",
            ["routine_enquiry", "record_keeping"],
        ),
        R(
            "3",
            "Drummore Council Housing Service",
            "Train housing advisers to ask about domestic abuse when a tenant asks to move",
            ["training", "routine_enquiry"],
        ),
        R(
            "4",
            "Drummore Community Safety Partnership",
            "Develop guidance for employers on what to do when they suspect an employee",
            ["awareness_public", "policy_procedure"],
        ),
        R(
            "5",
            "Home Office",
            "Consider whether the Domestic Violence Disclosure Scheme guidance should require a record",
            ["policy_procedure", "record_keeping"],
            scope="national",
        ),
    ],
    actions=[],
    chronology=[
        _c5("02.03.21", "2021-03-02", "Ambrosio arrested for assaulting a"),
        _c5("15.06.21", "2021-06-15", "Ambrosio completed a community"),
        _c5("08.05.22", "2022-05-08", "Seraphina attended with anxiety"),
        _c5("21.07.22", "2022-07-21", "Call from a neighbour reporting"),
        _c5("Aug 2022", "2022-08", "Seraphina’s manager noticed"),
        _c5("30.09.22", "2022-09-30", "Seraphina treated for a fractured"),
        _c5("11.11.22", "2022-11-11", "Seraphina reported that Ambrosio"),
        _c5("14.11.22", "2022-11-14", "Referral received from police;"),
        _c5("January 2023", "2023-01", "Seraphina asked about a transfer"),
        _c5("04.04.23", "2023-04-04", "Telephone appointment about low"),
        _c5("29.05.23", "2023-05-29", "Seraphina’s mother reported that"),
        _c5("17.06.23", "2023-06-17", "Call from Ambrosio saying"),
    ],
    notes=(
        "pdftotext -layout. DHR executive summary (title lines); id from 'Review number:'; 'Report author:' -> "
        "author; Seraphina 26, killed 'on 17 June 2023' (1.1) -> day. Recommendations: the five typed items "
        "under '4. Recommendations' (ref as printed, level overview); the items are imperatives with no "
        "addressee in the sentence, so agency is the '(Lead: ...)' at each item's end, as the lead-in says; 5 "
        "(Home Office) national, the rest local. The key findings bullets and the lead-in are not "
        "recommendations. No action plan. Chronology: the twelve rows of the Date | Agency | Contact | Comment "
        "table (ref and heading null), text_start the Contact cell's first printed line (layout mode prints "
        "the Comment cell beside it); dd.mm.yy -> day with the century 20 ('02.03.21' -> 2021-03-02, day "
        "first); 'Aug 2022' and 'January 2023' (printed over two lines of the Date cell) -> month. The 1.1 "
        "/ 1.2 dates (the death, the review period) are not chronology rows."
    ),
)


def main():
    # An optional folder argument writes the .json files there (a scratch copy to compare with the committed ones).
    write_gold(GOLD, HERE, sys.argv[1] if len(sys.argv) > 1 else None, family_keys="after_file")


if __name__ == "__main__":
    main()
