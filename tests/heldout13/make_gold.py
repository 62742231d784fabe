"""Hand-written gold for heldout13 (blind set). Every field below was written by hand from the documents'
meaning; only each record's `line` is looked up in the .txt (first line holding the start of
text_start / action_start; `after` pins a later occurrence). Run once to write <stem>.json.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/: gold_lines, the line look-up and writer every blind set shares

from gold_lines import AG, OV, A, C, R, write_gold  # noqa: E402

GOLD = {}

# ------------------------------------------------------------------ 1. DHR overview, Home Office template plan
MCSP = "Marrowfield Community Safety Partnership"
POL1 = "Northvale Police"
GP1 = "Eastgate Medical Practice"
WELL = "Wellspring Domestic Abuse Service"
HOUS1 = "Marrowfield Borough Council Housing Options"
ASH = "Ashgrove Health NHS Foundation Trust"
GOLD["dhr_overview_imr_recs_lettered_ho_plan_marrowfield"] = dict(
    family="dhr_overview_imr_recs_lettered_ho_plan",
    description=(
        "DHR overview report (2024): contents naming Recommendations / Chronology / Action Plan, running head, "
        "'Page N' footer, footnotes, numbered paragraphs, key lines of enquiry as a Word numbered list, IMR "
        "summaries each closing with the agency's own recommendations numbered 1., 2. (restarting per agency), "
        "lessons learned and good practice lists, overview 'Recommendation N' with lead-in and lettered "
        "sub-points, Date | Agency | Event chronology appendix, Home Office template plan over three "
        "landscape pages with rows continued after the repeated header"
    ),
    review=dict(
        review_id="MCSP/DHR/2022-03",
        review_type="DHR",
        area="Marrowfield",
        doc_kind="overview_report",
        author="Helen Achterberg",
        victims=[{"pseudonym": "Rosa", "age": 38}],
        date_of_death="2022-10-09",
    ),
    review_alternatives={"area": [MCSP]},
    recommendations=[
        R(
            "1",
            POL1,
            "Officers attending domestic abuse incidents will check the suspect's previous history",
            ["risk_assessment"],
            level=AG,
        ),
        R(
            "2",
            POL1,
            "Northvale Police will audit a sample of domestic abuse incidents each quarter to test",
            ["quality_assurance", "routine_enquiry"],
            level=AG,
        ),
        R(
            "3",
            POL1,
            "Every domestic abuse incident where a child lives in the household will generate a",
            ["information_sharing", "children"],
            level=AG,
        ),
        R(
            "1",
            GP1,
            "The practice will adopt a policy of seeing every adult patient alone for at least part",
            ["routine_enquiry", "policy_procedure"],
            level=AG,
        ),
        R(
            "2",
            GP1,
            "All clinical and reception staff will complete domestic abuse training that includes",
            ["training", "routine_enquiry"],
            level=AG,
        ),
        R(
            "1",
            WELL,
            "Wellspring will bring its helpline and IDVA casework onto a single case record",
            ["record_keeping", "information_sharing"],
            level=AG,
        ),
        R(
            "2",
            WELL,
            "Wellspring will agree with commissioners a safe maximum IDVA caseload",
            ["specialist_support", "quality_assurance"],
            level=AG,
        ),
        R(
            "1",
            HOUS1,
            "Housing Options officers will ask every applicant who gives relationship breakdown",
            ["routine_enquiry", "other"],
            level=AG,
        ),
        R(
            "2",
            HOUS1,
            "The service will agree a reciprocal arrangement with registered providers in the borough",
            ["other", "multi_agency_working"],
            level=AG,
        ),
        R(
            "1",
            ASH,
            "The Trust will revise its mental health risk assessment so that a patient's disclosure",
            ["risk_assessment", "mental_health", "routine_enquiry"],
            level=AG,
        ),
        R(
            "2",
            ASH,
            "Community mental health team supervision will include a review of risk to others",
            ["quality_assurance", "risk_assessment", "mental_health"],
            level=AG,
        ),
        R(
            "1",
            MCSP,
            "The Marrowfield Community Safety Partnership should seek assurance that domestic abuse",
            ["quality_assurance", "risk_assessment"],
            aliases=["Risk assessment takes account of the perpetrator's history"],
        ),
        R(
            "2",
            "MARAC Steering Group",
            "The MARAC Steering Group should review how agencies are asked for",
            ["multi_agency_working", "information_sharing"],
            aliases=["MARAC research and closure"],
        ),
        R(
            "3",
            "Northvale Integrated Care Board",
            "Northvale Integrated Care Board should promote the specialist",
            ["specialist_support", "quality_assurance"],
            aliases=["GP practices and the specialist programme"],
        ),
        R(
            "4",
            "Marrowfield Borough Council",
            "Marrowfield Borough Council should work with registered providers",
            ["policy_procedure", "other", "specialist_support"],
            aliases=["Single housing pathway"],
        ),
        R(
            "5",
            MCSP,
            "The Partnership should commission a campaign for friends, family and employers",
            ["awareness_public"],
            aliases=["Campaign for friends, family and employers"],
        ),
        R(
            "6",
            MCSP,
            "The Partnership should write to the Home Office asking that the statutory guidance",
            ["policy_procedure", "multi_agency_working"],
            scope="national",
        ),
    ],
    actions=[
        A(
            "1.1",
            OV,
            "1",
            "Amend the police DASH guidance so that a history check is mandatory",
            POL1,
            "March 2024",
            "2024-03",
            "Complete – April 2024. Repeat dip sample planned for next year.",
            "complete",
        ),
        A(
            "1.2",
            OV,
            "1",
            "Add a question about risk to partners to the Trust's mental health",
            ASH,
            "Q2 2024/25",
            "2024",
            "Partially complete",
            "in_progress",
        ),
        A(
            "1.3",
            OV,
            "1",
            "Partnership to receive an assurance report from each agency named",
            "MCSP DHR Sub-Group",
            "31/10/24",
            "2024-10-31",
            "Not yet started",
            "not_started",
        ),
        A(
            "2.1",
            OV,
            "2",
            "Revise the MARAC operating protocol so that GP practices, schools",
            "MARAC Steering Group",
            "31/03/24",
            "2024-03-31",
            "Complete",
            "complete",
        ),
        A(
            "2.2",
            OV,
            "2",
            "Introduce a closure rule: no case closed for non-engagement",
            "MARAC Chair",
            "March 2024",
            "2024-03",
            "Complete",
            "complete",
        ),
        A(
            "3.1",
            OV,
            "3",
            "Promote the specialist domestic abuse programme for general practice",
            "Northvale Integrated Care Board",
            "Q4 2024/25",
            "2025",
            "Ongoing",
            "in_progress",
            after=840,  # the recommendation's own wording comes first, in Section 9
        ),
        A(
            "4.1",
            OV,
            "4",
            "Agree a reciprocal management transfer arrangement with the four",
            "Marrowfield Borough Council – Housing",
            "December 2024",
            "2024-12",
            "Partially complete",
            "in_progress",
            after=840,  # Housing Options' own recommendation 2 says "agree a reciprocal arrangement"
        ),
        A(
            "4.2",
            OV,
            "4",
            "Publish the domestic abuse housing pathway on the council website",
            "Marrowfield Borough Council – Housing",
            "March 2025",
            "2025-03",
            "Not yet started",
            "not_started",
        ),
        A(
            "5.1",
            OV,
            "5",
            "Commission and run a campaign on coercive control for friends",
            MCSP,
            "Completed",
            None,
            "Complete – evaluation report to Board, February 2024",
            "complete",
        ),
        A(
            "6.1",
            OV,
            "6",
            "MCSP Chair to write to the Home Office about the contribution",
            "MCSP Chair",
            "March 2024",
            "2024-03",
            "Complete (letter sent); awaiting reply",
            "complete",
        ),
    ],
    chronology=[
        C(
            None,
            None,
            "22/03/2020",
            "2020-03-22",
            "A neighbour reports shouting from Rosa's flat. Officers attend",
        ),
        C(
            None,
            None,
            "14/08/2020",
            "2020-08-14",
            "Rosa attends with a sprained wrist, accompanied by Daniel",
        ),
        C(
            None,
            None,
            "06/02/2021",
            "2021-02-06",
            "Rosa calls 999 to report that Daniel pushed her into a door",
        ),
        C(
            None,
            None,
            "Summer 2021",
            "2021",
            "Rosa's sisters notice that she has stopped coming to Sunday lunch",
        ),
        C(None, None, "11/01/2022", "2022-01-11", "Daniel sees a GP for low mood and poor sleep"),
        C(None, None, "23/03/2022", "2022-03-23", "Daniel is assessed by a community mental health nurse"),
        C(
            None,
            None,
            "18/04/2022",
            "2022-04-18",
            "Rosa's elder son calls 999 saying Daniel is 'hurting mum'",
        ),
        C(
            None,
            None,
            "19/04/2022 – 03/05/2022",
            "2022-04-19",
            "An IDVA is allocated and makes four unsuccessful calls to Rosa",
            date_end="2022-05-03",
        ),
        C(None, None, "12/05/2022", "2022-05-12", "Rosa's case is discussed. Actions: police welfare visit"),
        C(
            None,
            None,
            "Late May 2022",
            "2022-05",
            "Officers make the welfare visit. Daniel answers and says Rosa",
        ),
        C(None, None, "09/06/2022", "2022-06-09", "The case is closed at the next MARAC as 'no engagement'"),
        C(
            None,
            None,
            "21/06/2022",
            "2022-06-21",
            "Rosa attends alone with bruising to her ribs. A practice nurse",
        ),
        C(
            None,
            None,
            "04/07/2022",
            "2022-07-04",
            "Rosa calls the helpline and speaks to a worker for 40 minutes",
        ),
        C(None, None, "16/08/2022", "2022-08-16", "Rosa visits the housing office and asks about moving"),
        C(
            None,
            None,
            "09/10/2022",
            "2022-10-09",
            "Police are called to Rosa's flat by a neighbour. Rosa is found",
        ),
    ],
    notes=(
        "DHR overview report, plain pdftotext. Review id from the cover 'Review reference: MCSP/DHR/2022-03'; "
        "author 'Independent Chair and Author: Helen Achterberg'; date of death 9 October 2022 in 1.1. "
        "Single-agency recommendations: the closing list of each IMR summary in Section 5 ('Northvale Police "
        "single-agency recommendations' 1.-3., Eastgate 1.-2., Wellspring 1.-2., Housing Options 1.-2., "
        "Ashgrove 1.-2.); refs as printed, restarting at 1 per agency, level agency, agency = the IMR heading "
        "(Wellspring's heading is 'Wellspring Domestic Abuse Service', Housing's 'Marrowfield Borough Council "
        "Housing Options'). They are 'will' sentences, not 'should'. The paragraphs 5.1.1-5.5.2 are narrative, "
        "not recommendations. Overview recommendations: 'Recommendation 1'-'Recommendation 6' in Section 9, "
        "ref '1'-'6'; 1, 2 and 4 have a lead-in sentence ending 'including that:' / 'so that:' / 'covering:' "
        "and lettered (a)-(c) sub-points: each is ONE recommendation whose text includes its sub-points (the "
        "plan keys actions to 1, 2, 4, not to 1(a)). Agency = the addressee named in the sentence ('The "
        "Partnership' = MCSP). Recommendation 6 asks the Partnership to write to the Home Office: agency MCSP, "
        "but the plan's Scope column prints 'National', so scope national (the printed Scope column wins). "
        "Aliases: the short titles in the plan's Recommendation column. Excluded: the nine key lines of "
        "enquiry (a numbered list in Section 2), the five 'Lessons learned' and three 'Good practice' items in "
        "Section 7, the contents entries '9. Recommendations', 'Appendix A: Chronology...' and 'Appendix B: "
        "Action Plan'. Action plan: Home Office template, seven columns, the Recommendation and Scope cells "
        "filled only on the first row of each recommendation (continuation rows blank), the action number "
        "printed at the start of the 'Action to take' cell (ref '1.1' etc., recommendation_ref its first "
        "part), status read from the last column 'Date of completion and Outcome': 'Complete ...' -> "
        "complete, 'Partially complete' and 'Ongoing' -> in_progress, 'Not yet started' -> not_started, "
        "'Complete (letter sent); awaiting reply' -> complete. Target dates: 'March 2024' month, 'Q2 2024/25' "
        "-> 2024 and 'Q4 2024/25' -> 2025 (the calendar year the financial quarter falls in, year "
        "precision), '31/10/24' and '31/03/24' day, 'Completed' -> no date. Rows 1.3/2.1 and 4.2/5.1 and "
        "5.1/6.1 run over page breaks with the header repeated. Chronology: Appendix A table, one event per "
        "row (multi-paragraph Event cells are one event; text_start = first words of the cell), no paragraph "
        "refs; 'Summer 2021' -> 2021, 'Late May 2022' -> 2022-05, the range '19/04/2022 – 03/05/2022' -> "
        "start 2022-04-19 end 2022-05-03. The dated sentences in Sections 5 and 6 are narrative, not "
        "chronology."
    ),
)

# ------------------------------------------------------------------ 2. DHR, agency tables in the executive summary
QSCP = "Quillbridge Safer Communities Partnership"
QPOL = "Quillbridge Police"
QMH = "Quillbridge and Fenn NHS Mental Health Trust"
QASC = "Quillbridge Council Adult Social Care"
TPQ = "Turning Point Quillbridge"
GOLD["dhr_exec_agency_rec_tables_multiagency_plan_quillbridge"] = dict(
    family="dhr_exec_agency_rec_tables_multiagency_plan",
    description=(
        "DHR overview report (adult son / mother): executive summary with paragraphs ES.1-ES.4, a "
        "single-agency recommendations table Agency | No. | Recommendation (agency printed on its first row "
        "only, numbers restarting per agency), a bullet summary of the multi-agency recommendations, lines of "
        "enquiry (i)-(vii), Date | Agency | Event chronology in the body, numbered 'Lesson N' lines, "
        "recommendations R1-R5 with lead-ins and lettered sub-points, landscape multi-agency plan Ref R1a.. "
        "with a Status column; pdftotext -layout"
    ),
    review=dict(
        review_id="QSCP DHR 2021/02",
        review_type="DHR",
        area="Quillbridge",
        doc_kind="overview_report",
        author="Terence Mwangi-Hale",
        victims=[{"pseudonym": "Maureen", "age": 71}],
        date_of_death="2021-06-27",
    ),
    review_alternatives={"area": [QSCP], "review_id": ["DHR 2021/02"]},
    recommendations=[
        R(
            "1",
            QPOL,
            "Call handlers will be reminded, through a briefing and a change to the call script",
            ["training", "risk_assessment"],
            level=AG,
        ),
        R(
            "2",
            QPOL,
            "The force will add a flag to the address of any person subject to a mental health",
            ["information_sharing", "record_keeping"],
            level=AG,
        ),
        R(
            "1",
            QMH,
            "Care coordinators will complete a carer's risk assessment whenever a patient lives",
            ["risk_assessment", "mental_health"],
            level=AG,
        ),
        R(
            "2",
            QMH,
            "The Trust will audit discharge letters for patients with a history of violence",
            ["quality_assurance", "information_sharing", "record_keeping"],
            level=AG,
        ),
        R(
            "3",
            QMH,
            "Staff will be trained to recognise adult family violence and to offer a referral",
            ["training", "specialist_support"],
            level=AG,
        ),
        R(
            "1",
            QASC,
            "A carer's assessment will be offered to every carer who is identified during a Care Act",
            ["other", "record_keeping"],
            level=AG,
        ),
        R(
            "2",
            QASC,
            "Safeguarding enquiries involving harm by a family member will be screened by a",
            ["risk_assessment"],
            level=AG,
        ),
        R(
            "1",
            "Hillside Surgery",
            "The practice will code a record when a patient discloses fear of a relative",
            ["record_keeping"],
            level=AG,
        ),
        R(
            "1",
            TPQ,
            "Keyworkers will ask clients who live with a parent whether there has been violence",
            ["routine_enquiry", "substance_misuse", "record_keeping"],
            level=AG,
        ),
        R(
            "R1",
            QSCP,
            "Quillbridge Safer Communities Partnership should develop a local response to adult family",
            ["policy_procedure", "risk_assessment", "training"],
            aliases=["A local approach to adult family violence, including child-to-parent abuse"],
        ),
        R(
            "R2",
            QASC,
            "The Quillbridge carers' strategy should be revised to recognise that some carers",
            ["policy_procedure", "other"],
            aliases=["Carers at risk from the person they care for to be recognised in the carers' strategy"],
        ),
        R(
            "R3",
            f"{QMH} / {TPQ}",
            "The mental health Trust and Turning Point Quillbridge should agree a joint",
            ["multi_agency_working", "mental_health", "substance_misuse", "risk_assessment"],
            aliases=["Joint working between mental health and drug services for people with both needs"],
        ),
        R(
            "R4",
            "MARAC Steering Group",
            "The MARAC Steering Group should analyse the ages of victims referred",
            ["multi_agency_working", "quality_assurance"],
            aliases=["Better use of the MARAC for older victims"],
        ),
        R(
            "R5",
            QSCP,
            "The Partnership should write to the Department of Health and Social Care asking",
            ["policy_procedure", "mental_health", "information_sharing"],
            aliases=[
                "A letter to the Department of Health and Social Care on national mental health guidance"
            ],
        ),
    ],
    actions=[
        A(
            "R1a",
            OV,
            "R1",
            "Write a practice guide on adult family violence and child-to-parent abuse",
            "QSCP Domestic Abuse Coordinator",
            "September 2023",
            "2023-09",
            "Complete",
            "complete",
        ),
        A(
            "R1b",
            OV,
            "R1",
            "Deliver multi-agency training on adult family violence, including a module",
            "QSCP Training Lead",
            "Q1 2024/25",
            "2024",
            "Ongoing",
            "in_progress",
        ),
        A(
            "R2",
            OV,
            "R2",
            "Revise the carers' strategy and the carers' assessment form to include",
            "Head of Commissioning, Adult Social Care",
            "31/12/23",
            "2023-12-31",
            "Partially complete",
            "in_progress",
        ),
        A(
            "R3a",
            OV,
            "R3",
            "Agree a protocol for notifying each other when a shared client disengages",
            "Associate Director, Quillbridge and Fenn NHS Mental Health Trust",
            "March 2024",
            "2024-03",
            "Complete",
            "complete",
        ),
        A(
            "R3b",
            OV,
            "R3",
            "Develop a shared risk assessment covering risk to household members",
            "Service Manager, Turning Point Quillbridge",
            "Q3 2024/25",
            "2024",
            "Not yet started",
            "not_started",
        ),
        A(
            "R4",
            OV,
            "R4",
            "Analyse three years of MARAC referrals by age and report findings",
            "MARAC Coordinator",
            "June 2024",
            "2024-06",
            "Ongoing",
            "in_progress",
        ),
        A(
            "R5",
            OV,
            "R5",
            "QSCP Chair to write to the Department about national guidance on information",
            "QSCP Chair",
            "Completed",
            None,
            "Complete",
            "complete",
        ),
    ],
    chronology=[
        C(
            None,
            None,
            "April 2019",
            "2019-04",
            "Craig is discharged from an inpatient stay and moves in with Maureen",
        ),
        C(None, None, "03/09/2019", "2019-09-03", "Maureen sees her GP about poor sleep"),
        C(
            None,
            None,
            "17/12/2019",
            "2019-12-17",
            "Maureen calls the police because Craig has smashed a glass door",
        ),
        C(None, None, "Feb 2020", "2020-02", "Tracy rings the community mental health team to say Craig is"),
        C(
            None,
            None,
            "12/05/2020",
            "2020-05-12",
            "Craig is referred by his care coordinator for cocaine and cannabis",
        ),
        C(
            None,
            None,
            "29/07/2020",
            "2020-07-29",
            "Maureen reports that Craig pushed her over in the kitchen",
        ),
        C(
            None,
            None,
            "30/07/2020",
            "2020-07-30",
            "Craig is assessed and admitted informally. He stays for 19 days",
        ),
        C(
            None,
            None,
            "Early October 2020",
            "2020-10",
            "Maureen asks for help with Craig's benefits and housing",
        ),
        C(None, None, "14/01/2021", "2021-01-14", "Maureen attends with bruising to her face"),
        C(
            None,
            None,
            "18/01/2021",
            "2021-01-18",
            "The referral is screened as 'carer stress' and passed to the",
        ),
        C(
            None,
            None,
            "March 2021",
            "2021-03",
            "Craig's care coordinator leaves and he is placed on a waiting list",
        ),
        C(
            None,
            None,
            "22/06/2021",
            "2021-06-22",
            "Neighbours report a disturbance. Officers speak to Maureen",
        ),
        C(
            None,
            None,
            "27/06/2021",
            "2021-06-27",
            "Maureen is found dead at her home. Craig is arrested nearby",
        ),
    ],
    notes=(
        "DHR overview report, pdftotext -layout (the one layout-mode file of the set). Review id 'QSCP DHR "
        "2021/02' (cover; the running head prints 'DHR 2021/02', accepted); author 'Report author: Terence "
        "Mwangi-Hale'; date of death 'Died 27 June 2021' on the cover. Single-agency recommendations exist "
        "ONLY in the executive summary table Agency | No. | Recommendation: nine rows, the Agency cell printed "
        "on the first row of each agency and blank below it (not merged), No. restarting at 1 per agency; "
        "gold: ref as printed, level agency, agency carried down from the row above. The bullet list "
        "'Multi-agency recommendations (summary)' restates R1-R5 in short form: recorded as aliases, not "
        "separate records. Overview recommendations R1-R5 in Section 7, refs 'R1'..'R5' as printed; R1 and "
        "R3 have lead-ins with lettered sub-points, each one recommendation including its sub-points. R2 "
        "names no addressee in its sentence ('The Quillbridge carers' strategy should be revised'): agency "
        "from the plan's lead (Adult Social Care commissioning). R3 is addressed jointly to the Trust and "
        "Turning Point. R5 asks the Partnership to write to DHSC: agency the Partnership, scope local (no "
        "Scope column in this plan). Excluded: the seven lines of enquiry (i)-(vii), 'Lesson 1'-'Lesson 4' "
        "in Section 6 (numbered like recommendations but explicitly not), good practice, the contents "
        "entries. Plan: landscape, Ref | Recommendation | Action | Lead officer | Target date | Progress "
        "update | Status, Recommendation cell blank on continuation rows; action refs as printed (R1a, R1b, "
        "R2, R3a, R3b, R4, R5), recommendation_ref the R number; Status: Complete -> complete, Ongoing and "
        "Partially complete -> in_progress, Not yet started -> not_started; targets 'September 2023', "
        "'31/12/23', 'Q1 2024/25' / 'Q3 2024/25' -> 2024, 'Completed' -> no date. Chronology: Section 4 "
        "table (inside the body, after paragraph 4.1), one event per row, no refs; 'Feb 2020' -> 2020-02, "
        "'Early October 2020' -> 2020-10."
    ),
)

# ------------------------------------------------------------------ 3. Safeguarding Adults Review with RAG plan
SSAB = "Sedgecombe Safeguarding Adults Board"
SASC = "Sedgecombe Council Adult Social Care"
GOLD["sar_findings_board_recs_rag_plan_sedgecombe"] = dict(
    family="sar_findings_board_recs_rag_plan",
    description=(
        "Safeguarding Adults Review (Care Act s44, self-neglect): agency summaries in Section 4 each closing "
        "with '<Agency> recommendations' 1., 2. (one agency has none), 'Finding N' headings over numbered "
        "paragraphs, good practice and key learning lists, board recommendations under bold 'Recommendation "
        "N' labels whose paragraphs are numbered 7.2-7.6, lettered sub-points, chronology appendix, "
        "landscape RAG plan with shaded RAG words"
    ),
    review=dict(
        review_id="SSAB SAR 04",
        review_type="SAR",
        area="Sedgecombe",
        doc_kind="overview_report",
        author="Dr Priya Venkataraman",
        victims=[{"pseudonym": "Leonard", "age": 63}],
        date_of_death="2023-02",
    ),
    review_alternatives={"area": [SSAB]},
    recommendations=[
        R(
            "1",
            SASC,
            "Adult Social Care should provide practice guidance and training on assessing executive",
            ["training", "policy_procedure"],
            level=AG,
        ),
        R(
            "2",
            SASC,
            "No section 42 enquiry about self-neglect should be closed on the basis of refusal alone",
            ["quality_assurance", "multi_agency_working"],
            level=AG,
        ),
        R(
            "1",
            "Sedgecombe and Orrin Fire and Rescue Service",
            "The service should introduce an escalation route to a station manager",
            ["policy_procedure", "risk_assessment"],
            level=AG,
        ),
        R(
            "1",
            "Brookvale Primary Care Network",
            "The practice should use a validated alcohol screening tool",
            ["substance_misuse"],
            level=AG,
        ),
        R(
            "2",
            "Brookvale Primary Care Network",
            "Where a safeguarding concern is closed and the GP remains worried, the practice should use",
            ["multi_agency_working", "policy_procedure"],
            level=AG,
        ),
        R(
            "1",
            "North Orrin Ambulance Service",
            "Crews should make a safeguarding referral on every attendance",
            ["multi_agency_working"],
            level=AG,
        ),
        R(
            "1",
            SSAB,
            "The Board should lead a programme of work on executive capacity",
            ["training", "policy_procedure", "quality_assurance"],
        ),
        R(
            "2",
            SSAB,
            "The Board should revise its self-neglect and hoarding procedure to make clear",
            ["policy_procedure", "multi_agency_working"],
        ),
        R(
            "3",
            SSAB,
            "The Board should ask the Sedgecombe Health and Wellbeing Board to commission",
            ["substance_misuse", "multi_agency_working"],
        ),
        R(
            "4",
            SSAB,
            "The Board should work with the council's housing and energy teams so that",
            ["other", "multi_agency_working"],
        ),
        R(
            "5",
            SSAB,
            "The Board should seek assurance from partners that face-to-face contact has resumed",
            ["quality_assurance", "other"],
        ),
    ],
    actions=[
        A(
            "1.1",
            OV,
            "1",
            "Publish multi-agency guidance on executive capacity with recording examples",
            "SSAB Policy and Procedures Sub-Group",
            "December 2023",
            "2023-12",
            "Green – complete",
            "complete",
        ),
        A(
            "1.2",
            OV,
            "1",
            "Deliver a briefing for managers who sign off section 42 enquiries",
            "Principal Social Worker, Adult Social Care",
            "Q1 2024/25",
            "2024",
            "Green",
            "in_progress",
        ),
        A(
            "1.3",
            OV,
            "1",
            "Audit capacity assessments in self-neglect cases twelve months after",
            "SSAB Quality and Performance Sub-Group",
            "Q4 2024/25",
            "2025",
            "Amber",
            "in_progress",
        ),
        A(
            "2.1",
            OV,
            "2",
            "Revise the self-neglect and hoarding procedure so that any agency can convene",
            "SSAB Policy and Procedures Sub-Group",
            "31/03/24",
            "2024-03-31",
            "Green – complete",
            "complete",
        ),
        A(
            "3.1",
            OV,
            "3",
            "Board Chair to write to the Health and Wellbeing Board asking for an assertive",
            "SSAB Independent Chair",
            "Completed",
            None,
            "Amber",
            "in_progress",
        ),
        A(
            "4.1",
            OV,
            "4",
            "Agree a referral route from safeguarding enquiries to the warm homes scheme",
            "Head of Housing Strategy, Sedgecombe Council",
            "September 2024",
            "2024-09",
            "Red",
            "not_started",
        ),
        A(
            "5.1",
            OV,
            "5",
            "Partners to provide assurance that face-to-face contact has resumed",
            "All Board partners",
            "Q2 2024/25",
            "2024",
            "Amber",
            "in_progress",
        ),
    ],
    chronology=[
        C(None, None, "Sept 2020", "2020-09", "Crew attends after Leonard falls. The house is very cold"),
        C(
            None,
            None,
            "10/12/2020",
            "2020-12-10",
            "Telephone consultation for a chest infection. Leonard says",
        ),
        C(None, None, "February 2021", "2021-02", "Safeguarding concern from the GP about self-neglect"),
        C(None, None, "16/11/2021", "2021-11-16", "Safe and Well visit after a neighbour's referral"),
        C(
            None,
            None,
            "22/11/2021",
            "2021-11-22",
            "Section 42 enquiry opened. A social worker visits with a fire",
        ),
        C(
            None,
            None,
            "January 2022",
            "2022-01",
            "The GP writes to Adult Social Care saying that Leonard's chest",
        ),
        C(
            None,
            None,
            "Spring 2022",
            "2022",
            "The neighbourhood officer passes a neighbour's complaint about smells",
        ),
        C(None, None, "05/10/2022", "2022-10-05", "Third section 42 enquiry, after an ambulance referral"),
        C(
            None,
            None,
            "19/12/2022",
            "2022-12-19",
            "Crew attends for breathing difficulty. Room temperature recorded",
        ),
        C(None, None, "Early February 2023", "2023-02", "Leonard is found unresponsive by a neighbour"),
    ],
    notes=(
        "Safeguarding Adults Review, plain pdftotext. The review id is printed only in the running footer "
        "'SSAB SAR 04 — page N'; author 'Independent reviewer: Dr Priya Venkataraman'; date of death only as "
        "'February 2023' (1.1), month precision. Agency recommendations: the closing list under each "
        "'<Agency> recommendations' label in Section 4 (Adult Social Care 1.-2., Fire and Rescue 1., GP "
        "practice 1.-2., Ambulance 1.; Sedgecombe Homes has none); agency = the sub-heading's agency "
        "(4.3's heading names 'Brookvale Primary Care Network (Leonard's GP practice)'), level agency, refs "
        "restarting at 1. Board recommendations: bold 'Recommendation 1'-'Recommendation 5' labels each over "
        "a paragraph numbered 7.2-7.6 (the section's paragraph numbering continues from 7.1); gold ref = the "
        "label's number '1'-'5' (the plan keys its rows by it), not the paragraph number. 1 and 4 have "
        "lead-ins with lettered sub-points, each one recommendation. Excluded: the six questions of the terms "
        "of reference (a Word numbered list), 'Finding 1'-'Finding 5' headings and paragraphs 5.1-5.8, the "
        "'Good practice' bullets and the four 'Key learning for practitioners' lines (numbered list). Plan: "
        "landscape, Rec | Action | Lead | Timescale | Evidence / progress | RAG; the action number printed at "
        "the start of the Action cell (ref '1.1' ...), Rec column repeats the recommendation number; RAG "
        "words in the last column with matching shading, mapped by the plan's own key (Green = complete or "
        "on track): 'Green – complete' -> complete, bare 'Green' (briefing booked, not delivered) -> "
        "in_progress, 'Amber' -> in_progress, 'Red' (progress says 'Not started') -> not_started. Row 3.1 "
        "has 'Completed' in Timescale but RAG Amber: target no date, status in_progress. 'Q4 2024/25' -> "
        "2025, 'Q1'/'Q2 2024/25' -> 2024. Chronology: Appendix 1 table, one event per row; 'Sept 2020' -> "
        "2020-09, 'Spring 2022' -> 2022, 'Early February 2023' -> 2023-02."
    ),
)

# ------------------------------------------------------------------ 4. Child Safeguarding Practice Review
PSCP = "Pellworth Safeguarding Children Partnership"
PCH = "Pellworth Community Health"
PCS = "Pellworth Children's Services"
GOLD["cspr_learning_points_partnership_recs_plan_pellworth"] = dict(
    family="cspr_learning_points_partnership_recs_plan",
    description=(
        "Local Child Safeguarding Practice Review (non-fatal injury to a baby): rapid review introduction, "
        "key lines of enquiry numbered 1.-5., agency summaries each closing with 'Recommendations for "
        "<agency>' 1., 2., six shaded 'Learning point N' boxes, 'Recommendation N:' to the partnership with "
        "lead-ins and lettered sub-points, Date | Agency | Event chronology appendix, landscape partnership "
        "plan with a) / b) actions under one number and a Status column"
    ),
    review=dict(
        review_id=None,
        review_type="SCR",
        area="Pellworth",
        doc_kind="overview_report",
        author="Siobhan Garraway-Holt",
        victims=[{"pseudonym": "Child J", "age": 0}],
        date_of_death=None,
    ),
    review_alternatives={"area": [PSCP], "review_type": ["CSPR", "LCSPR"]},
    recommendations=[
        R(
            "1",
            PCH,
            "Health visitors should record the name, date of birth and relationship of every adult",
            ["record_keeping", "routine_enquiry"],
            level=AG,
        ),
        R(
            "2",
            PCH,
            "Information from relatives about a new adult in a baby's home should be treated",
            ["information_sharing", "children"],
            level=AG,
        ),
        R(
            "1",
            PCS,
            "The front door should search for adults named in a contact using date of birth",
            ["information_sharing", "record_keeping"],
            level=AG,
        ),
        R(
            "2",
            PCS,
            "Leaving care personal advisers should be told when a contact is received",
            ["information_sharing", "children"],
            level=AG,
        ),
        R(
            "1",
            "Pellworth Police",
            "Officers should complete a national police database check on any adult",
            ["risk_assessment", "information_sharing", "children"],
            level=AG,
        ),
        R(
            "1",
            "Larkspur Medical Centre",
            "All clinicians at the practice should complete refresher training on",
            ["training", "children", "policy_procedure"],
            level=AG,
        ),
        R(
            "1",
            PSCP,
            "The Partnership should develop a multi-agency approach to identifying and engaging men",
            ["children", "multi_agency_working", "policy_procedure", "training"],
            aliases=["Approach to men in a baby's household"],
        ),
        R(
            "2",
            PSCP,
            "The Partnership should seek assurance that the bruising protocol for non-mobile babies",
            ["quality_assurance", "children"],
            aliases=["Bruising protocol in primary care"],
        ),
        R(
            "3",
            PSCP,
            "The Partnership should ask Children's Services and the police to review the searches",
            ["information_sharing", "children"],
            aliases=["Front door searches"],
        ),
        R(
            "4",
            PSCP,
            "The Partnership should work with the Leaving Care service to develop guidance",
            ["policy_procedure", "children", "information_sharing"],
            aliases=["Care leavers who become parents"],
        ),
    ],
    actions=[
        A(
            "1(a)",
            OV,
            "1",
            "Write multi-agency guidance on identifying and engaging men in the household",
            "PSCP Business Manager",
            "31/03/24",
            "2024-03-31",
            "Ongoing",
            "in_progress",
        ),
        A(
            "1(b)",
            OV,
            "1",
            "Run a practitioner campaign on naming and checking every adult in the home",
            "PSCP Communications Lead",
            "Q1 2024/25",
            "2024",
            "Not yet started",
            "not_started",
        ),
        A(
            "2",
            OV,
            "2",
            "Audit GP responses to bruising in babies under six months across all practices",
            "Designated Doctor for Safeguarding Children",
            "September 2024",
            "2024-09",
            "Ongoing",
            "in_progress",
        ),
        A(
            "3",
            OV,
            "3",
            "Review search practice and change the front door checklist to require",
            "Head of Service, Front Door / Pellworth Police Public Protection",
            "January 2024",
            "2024-01",
            "Complete",
            "complete",
        ),
        A(
            "4",
            OV,
            "4",
            "Develop guidance with the Leaving Care service on supporting care leavers",
            "Service Manager, Leaving Care",
            "Q3 2024/25",
            "2024",
            "Partially complete",
            "in_progress",
        ),
    ],
    chronology=[
        C(None, None, "January 2022", "2022-01", "Amy books for maternity care at 10 weeks"),
        C(None, None, "03/09/2022", "2022-09-03", "Child J is born at term in good health"),
        C(None, None, "15/09/2022", "2022-09-15", "New birth visit. Amy has support from her mother"),
        C(
            None,
            None,
            "31/10/2022",
            "2022-10-31",
            "Child J is seen for her eight-week check and immunisations",
        ),
        C(None, None, "Mid-January 2023", "2023-01", "Lee moves into Amy's flat. Amy's mother meets him"),
        C(
            None,
            None,
            "08/02/2023",
            "2023-02-08",
            "Health visitor's home visit. A man introduced as a friend",
        ),
        C(
            None,
            None,
            "15/02/2023",
            "2023-02-15",
            "Amy's mother phones the health visiting team to say she is worried",
        ),
        C(
            None,
            None,
            "26/02/2023",
            "2023-02-26",
            "Neighbour reports shouting and a baby crying. Officers attend",
        ),
        C(
            None,
            None,
            "28/02/2023",
            "2023-02-28",
            "The front door checks the records. The search for Lee uses",
        ),
        C(None, None, "20/04/2023", "2023-04-20", "Child J is seen with a cold. The GP notes a 1cm bruise"),
        C(
            None,
            None,
            "09/05/2023",
            "2023-05-09",
            "Child J is brought to the emergency department by ambulance",
        ),
    ],
    notes=(
        "Local Child Safeguarding Practice Review, plain pdftotext. Recorded as review_type SCR as earlier "
        "sets do, CSPR / LCSPR accepted. No review id is printed. Lead reviewer 'Siobhan Garraway-Holt' "
        "(cover). Child J survived (serious injury, not a death): date_of_death null; age 0 (eight months). "
        "Agency recommendations: the closing list under 'Recommendations for <agency>' / 'Recommendation for "
        "<agency>' in Section 4 (Community Health 1.-2., Children's Services 1.-2., Police 1., Larkspur Medical "
        "Centre 1.), level agency, refs restarting at 1, agency from the label. Partnership recommendations: "
        "'Recommendation 1:'-'Recommendation 4:' in Section 6, agency the Partnership; 1 and 3 have lead-ins "
        "with lettered sub-points, each one recommendation. Aliases: the plan's short Recommendation cells. "
        "Excluded: the five key lines of enquiry printed '1.'-'5.' (same form as the agency recommendation "
        "numbers), the six shaded 'Learning point N' boxes (the report says they are not recommendations), "
        "paragraphs 5.1-5.3, contents entries. Plan: landscape No. | Recommendation | Actions | Lead | By when | "
        "Update | Status; two actions under No. 1 lettered 'a)' / 'b)' in the Actions cell, recorded as refs "
        "'1(a)' / '1(b)' (recommendation_ref 1), the others take the No. value; the Recommendation cell is "
        "blank on the 1(b) row. Status: Ongoing and Partially complete -> in_progress, Not yet started -> "
        "not_started, Complete -> complete; 'Q1'/'Q3 2024/25' -> 2024. Chronology: Appendix A table, one event "
        "per row; 'Mid-January 2023' -> 2023-01."
    ),
)


def main():
    # An optional folder argument writes the .json files there (a scratch copy to compare with the committed ones).
    write_gold(GOLD, HERE, sys.argv[1] if len(sys.argv) > 1 else None, family_keys="after_file")


if __name__ == "__main__":
    main()
