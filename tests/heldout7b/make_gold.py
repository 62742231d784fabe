"""Hand-written gold for heldout7b (blind set). Every field below was written by hand from the documents'
meaning; only each record's `line` is looked up in the .txt (first line holding the start of
text_start / action_start; `after` pins a later occurrence). Run once to write <stem>.json.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/: gold_lines, the line look-up and writer every blind set shares

from gold_lines import AG, OV, A, C, R, write_gold

GOLD = {}

CO, IP, NS, UN = "complete", "in_progress", "not_started", "unknown"

# ------------------------------------------------------------------ 1. Harrowfield DHR overview report
HCSP = "Harrowfield Community Safety Partnership"
GOLD["dhr_overview_table_chron_ho_plan_harrowfield"] = dict(
    family="dhr_overview_table_chron_ho_plan",
    description=(
        "DHR overview report (Arial, 11 pages): cover with logo alt text and protective marking, dotted-leader "
        "contents, glossary table, numbered paragraphs with footnote marks and footnote lines printed in the "
        "body, key lines of enquiry numbered 1)-8), panel and IMR tables, Date/Agency/Event chronology table "
        "breaking over a page with its header repeated, 'Learning' boxes, 'Recommendation N:' labels under "
        "multi-agency and single-agency sub-headings, Home Office template action plan in landscape with the "
        "recommendation and scope cells merged down and status inside 'Completion Date and Outcome'."
    ),
    review=dict(
        review_id="HCSP/DHR/2021/03",
        review_type="DHR",
        area="Harrowfield",
        doc_kind="overview_report",
        author="Rosalind Achterberg",
        victims=[{"pseudonym": "Delphine", "age": 38}],
        date_of_death="2021-09-17",
    ),
    review_alternatives={"area": [HCSP]},
    recommendations=[
        R(
            "1",
            HCSP,
            "The Harrowfield Community Safety Partnership should make sure that every GP practice in the borough",
            ["multi_agency_working", "quality_assurance"],
            aliases=[
                "Every GP practice to know how to refer directly to the specialist domestic abuse service"
            ],
        ),
        R(
            "2",
            HCSP,
            "The Partnership should work with the Harrowfield Safeguarding Children Partnership to agree how",
            ["information_sharing", "children"],
            aliases=[
                "Agree how information about domestic abuse reaches a child's school after a police call-out"
            ],
        ),
        R(
            "3",
            HCSP,
            "The Partnership should produce guidance for employers in the borough on recognising",
            ["awareness_public"],
            aliases=["Guidance for employers on domestic abuse among staff, including economic abuse"],
        ),
        R(
            "4",
            "Home Office",
            "The Home Office should consider adding examples of control over a partner's money",
            ["policy_procedure"],
            scope="national",
            aliases=["Home Office to consider examples of control over money in the statutory guidance"],
        ),
        R(
            "5",
            "Northmoor Police",
            "Northmoor Police should make sure that officers attending a report of a verbal argument",
            ["risk_assessment", "routine_enquiry"],
            level=AG,
            aliases=["Police to complete a risk assessment with the victim alone at verbal-argument calls"],
        ),
        R(
            "6",
            "Harrowfield and District NHS Foundation Trust",
            "The Trust should audit whether emergency department staff ask patients who attend with unexplained injuries",
            ["quality_assurance", "routine_enquiry", "record_keeping"],
            level=AG,
            aliases=["Audit ED enquiry about domestic abuse for unexplained injuries"],
        ),
        R(
            "7",
            "Harrowfield Homes",
            "Harrowfield Homes should train its neighbourhood officers to recognise coercive control",
            ["training"],
            level=AG,
            aliases=["Train neighbourhood officers to recognise coercive control"],
        ),
        R(
            "8",
            "NHS Harrowfield Place",
            "NHS Harrowfield Place should remind GP practices to record the name of anyone",
            ["record_keeping", "routine_enquiry"],
            level=AG,
            aliases=["GP practices to record who accompanies a patient and offer time alone"],
        ),
    ],
    actions=[
        A(
            None,
            OV,
            "1",
            "Send a briefing to every practice manager setting out the direct referral route",
            "Harrowfield CSP",
            "Mar-23",
            "2023-03",
            "Completed Feb-23. Briefing issued to all 31 practices.",
            CO,
        ),
        A(
            None,
            OV,
            "1",
            "Audit referrals received from primary care by the specialist service",
            "Harrowfield CSP / NHS Harrowfield Place",
            "Dec-23",
            "2023-12",
            "Audit under way – first results due Jan-24.",
            IP,
        ),
        A(
            None,
            OV,
            "2",
            "Agree and sign a next-day notification protocol between police and schools",
            "Harrowfield Safeguarding Children Partnership",
            "Sep-23",
            "2023-09",
            "Completed Sep-23. Notifications now reach the school by 9am the next school day.",
            CO,
        ),
        A(
            None,
            OV,
            "3",
            "Produce and launch an employers' toolkit with the local Chamber of Commerce",
            "Harrowfield CSP",
            "Mar-24",
            "2024-03",
            "In progress – launch planned for spring 2024.",
            IP,
        ),
        A(
            None,
            OV,
            "4",
            "Chair of the Partnership to write to the Home Office with the final report",
            "Harrowfield CSP (Chair)",
            "On publication",
            None,
            "Letter will accompany the published report.",
            NS,
        ),
        A(
            None,
            OV,
            "5",
            "Update the attending officer guidance and brief all response teams",
            "Northmoor Police – Public Protection Unit",
            "Jun-23",
            "2023-06",
            "Completed Jun-23.",
            CO,
        ),
        A(
            None,
            OV,
            "6",
            "Quarterly audit of twenty ED records of unexplained injury",
            "Harrowfield and District NHS FT – Safeguarding Team",
            "Apr-23",
            "2023-04",
            "Ongoing – results reported to the Trust safeguarding committee each quarter.",
            IP,
        ),
        A(
            None,
            OV,
            "7",
            "Add a coercive control module to induction and refresher training",
            "Harrowfield Homes",
            "Dec-23",
            "2023-12",
            "Not started – awaiting new training provider.",
            NS,
        ),
        A(
            None,
            OV,
            "8",
            "Reminder through the practice safeguarding leads' newsletter and the next leads' forum",
            "NHS Harrowfield Place",
            "Apr-23",
            "2023-04",
            "Complete – Apr-23.",
            CO,
        ),
    ],
    chronology=[
        C(
            None,
            None,
            "14/03/2018",
            "2018-03-14",
            "Delphine attended with low mood and poor sleep. Marcus sat in",
        ),
        C(
            None,
            None,
            "02/07/2018",
            "2018-07-02",
            "A neighbour reported shouting from the flat late at night",
        ),
        C(None, None, "19/11/2018", "2018-11-19", "Repair request for a broken internal door"),
        C(
            None,
            None,
            "08/01/2019",
            "2019-01-08",
            "Delphine attended with a wrist injury she said came from a fall on ice",
        ),
        C(
            None,
            None,
            "25/04/2019",
            "2019-04-25",
            "Telephone medication review. Delphine said she was coping",
        ),
        C(
            None,
            None,
            "11/09/2019",
            "2019-09-11",
            "The class teacher noticed that Delphine's son was tired and withdrawn",
        ),
        C(None, None, "30/12/2019", "2019-12-30", "A silent 999 call from Delphine's phone was cut off"),
        C(
            None,
            None,
            "06/01/2020",
            "2020-01-06",
            "A neighbour's noise complaint was logged and a standard letter",
        ),
        C(
            None,
            None,
            "17/06/2020",
            "2020-06-17",
            "Video consultation about anxiety. Delphine appeared to be sitting",
        ),
        C(
            None,
            None,
            "03/02/2021",
            "2021-02-03",
            "Delphine's sister telephoned the Front Door team for advice",
        ),
        C(None, None, "22/05/2021", "2021-05-22", "Delphine attended with bruising to her upper arm"),
        C(None, None, "09/08/2021", "2021-08-09", "Delphine completed the online self-referral form"),
        C(None, None, "14/09/2021", "2021-09-14", "Delphine cancelled a booked appointment by text message"),
        C(
            None,
            None,
            "17/09/2021",
            "2021-09-17",
            "Police and ambulance attended the address after a 999 call from a neighbour",
        ),
    ],
    notes=(
        "Recommendations 1-8 as labelled 'Recommendation N:'; 1-4 sit under 'Multi-agency recommendations' (level "
        "overview, including 4 to the Home Office, scope national), 5-8 under 'Single agency recommendations' with "
        "the agency as an italic sub-heading (level agency). The plan's Recommendation column restates each one in a "
        "short form ('1. Every GP practice to know ...'): the same recommendation, kept as an alias. The plan has no "
        "action numbers, so action refs are null and recommendation_ref comes from the number at the start of the "
        "merged Recommendation cell; the Scope column is merged too. Status is read from 'Completion Date and "
        "Outcome' (the template has no status column); 'Letter will accompany the published report' is not yet "
        "done -> not_started; 'On publication' is no date. 'Key milestones achieved' is not status. The Learning "
        "boxes and the numbered key lines of enquiry are not recommendations. Chronology: one event per row of the "
        "Date/Agency/Event table (it breaks over a page with the header repeated); dates dd/mm/yyyy. Footnote lines "
        "'1 Section 9 ...' and '2 The family ...' are not records. Date of death from the introduction (17 September "
        "2021); the cover gives only 'September 2021'."
    ),
)

# ------------------------------------------------------------------ 2. Bramwell SAR overview report
BSAB = "Bramwell Safeguarding Adults Board"
GOLD["sar_overview_narrative_chron_rag_plan_bramwell"] = dict(
    family="sar_overview_narrative_chron_rag_plan",
    description=(
        "SAR overview report (Cambria, 10 pages): cover with image alt text and 'Lead reviewer', executive summary "
        "restating the six recommendations as one-line bullets, three-column glossary, terms of reference as "
        "lettered questions (a)-(f), panel table with Agency before role, 'Summary of agency involvement' as a "
        "narrative chronology in numbered paragraphs under year-range sub-headings, 'Finding N:' sub-headings with "
        "'Learning point N' boxes, recommendations R1-R6 with hanging labels, landscape plan with the Ref and "
        "Recommendation cells merged down over actions, RAG as word plus shading with a Blue = complete key."
    ),
    review=dict(
        review_id=None,
        review_type="SAR",
        area="Bramwell",
        doc_kind="overview_report",
        author="Hazel Wintersgill",
        victims=[{"pseudonym": "Eileen", "age": 79}],
        date_of_death="2022-02-02",
    ),
    review_alternatives={"area": [BSAB]},
    recommendations=[
        R(
            "R1",
            BSAB,
            "The Board should seek assurance from Bramwell Council Adult Social Care that carers",
            ["risk_assessment", "quality_assurance"],
            aliases=["Carers' assessments to consider whether the carer poses a risk"],
        ),
        R(
            "R2",
            "Bramwell Council Adult Social Care",
            "Adult Social Care should revise its self-neglect and hoarding procedure",
            ["policy_procedure", "routine_enquiry"],
            level=AG,
            aliases=[
                "Self-neglect procedure: refusal by a family member to trigger a capacity assessment",
                "Revise the self-neglect and hoarding procedure.",
            ],
        ),
        R(
            "R3",
            BSAB,
            "The Board should develop a multi-agency training session on domestic abuse in later life",
            ["training"],
            aliases=[
                "Multi-agency training on domestic abuse in later life",
                "Training on domestic abuse in later life.",
            ],
        ),
        R(
            "R4",
            "Bramwell Community Health Services",
            "Bramwell Community Health Services should make sure that district nurses record",
            ["record_keeping", "routine_enquiry"],
            level=AG,
            aliases=["District nurses to record who is present and whether the patient was seen alone"],
        ),
        R(
            "R5",
            "North Midlands Ambulance Service",
            "North Midlands Ambulance Service should send its safeguarding referrals",
            ["information_sharing"],
            level=AG,
            aliases=[
                "Ambulance safeguarding referrals to reach the front door within one working day",
                "Ambulance referrals to reach the front door within one working day",
            ],
        ),
        R(
            "R6",
            BSAB,
            "The Board should ask each partner to report within six months on how it has acted",
            ["quality_assurance"],
            aliases=[
                "Partners to report progress to the Board; audit of cases in 2025",
                "Partners to report at six months; audit in 2025",
            ],
        ),
    ],
    actions=[
        A(
            "R1",
            OV,
            "R1",
            "Add a question on risk to the cared-for person to the carers' assessment template",
            "Head of ASC Practice",
            "31.03.2023",
            "2023-03-31",
            "Blue",
            CO,
        ),
        A(
            "R1",
            OV,
            "R1",
            "Adult Social Care to give the Board an assurance report",
            "SAB Business Manager",
            "30/09/2023",
            "2023-09-30",
            "Green",
            IP,
        ),
        A(
            "R2",
            OV,
            "R2",
            "Redraft the procedure and consult partners",
            "ASC Principal Social Worker",
            "Q2 2023/24",
            "2023",
            "Amber",
            IP,
        ),
        A(
            "R3",
            OV,
            "R3",
            "Design and deliver a half-day multi-agency session",
            "SAB Training Sub-group",
            "31.12.2023",
            "2023-12-31",
            "Green",
            IP,
        ),
        A(
            "R3",
            OV,
            "R3",
            "Evaluate the session with attendees after three months",
            "SAB Training Sub-group",
            "Ongoing",
            None,
            "Green",
            IP,
        ),
        A(
            "R4",
            OV,
            "R4",
            "Add both questions to the home visit record",
            "BCHS Head of Nursing",
            "31.05.2023",
            "2023-05-31",
            "Blue",
            CO,
        ),
        A(
            "R5",
            OV,
            "R5",
            "Agree the standard and report compliance monthly",
            "NMAS Safeguarding Lead",
            "30.06.2023",
            "2023-06-30",
            "Red",
            NS,
        ),
        A(
            "R6",
            OV,
            "R6",
            "Each partner to give a written update to the Board",
            "SAB Independent Chair",
            "31.03.2024",
            "2024-03-31",
            "Green",
            IP,
        ),
        A(
            "R6",
            OV,
            "R6",
            "Audit a sample of cases of abuse by family carers of adults over 70",
            "SAB Quality and Performance Sub-group",
            "2025",
            "2025",
            None,
            UN,
            after=480,
        ),
    ],
    chronology=[
        C(
            "6.2",
            "2019 – 2020",
            "On 4 March 2019",
            "2019-03-04",
            "On 4 March 2019 Eileen's GP at Oakfield Medical Practice",
        ),
        C(
            "6.3",
            "2019 – 2020",
            "In July 2019",
            "2019-07",
            "In July 2019 Bramwell Carers Centre received a referral",
        ),
        C(
            "6.4",
            "2019 – 2020",
            "On 18 November 2019",
            "2019-11-18",
            "On 18 November 2019 the ambulance service attended",
        ),
        C(
            "6.5",
            "2019 – 2020",
            "21 November 2019",
            "2019-11-21",
            "Adult Social Care telephoned the home on 21 November 2019",
        ),
        C(
            "6.6",
            "2019 – 2020",
            "Between April and June 2020",
            "2020-04",
            "Between April and June 2020 district nurses visited weekly",
            date_end="2020-06",
        ),
        C(
            "6.7",
            "2021 – 2022",
            "On 9 February 2021",
            "2021-02-09",
            "On 9 February 2021 a district nurse found a pressure sore",
        ),
        C(
            "6.8",
            "2021 – 2022",
            "In late August 2021",
            "2021-08",
            "In late August 2021 a neighbour called Adult Social Care",
        ),
        C(
            "6.9",
            "2021 – 2022",
            "On 14 December 2021",
            "2021-12-14",
            "On 14 December 2021 the GP made a home visit",
        ),
        C(
            "6.10",
            "2021 – 2022",
            "On 27 January 2022",
            "2022-01-27",
            "On 27 January 2022 Eileen was taken to Bramwell General Hospital",
        ),
    ],
    notes=(
        "Recommendations R1-R6 as printed (the R is part of the identifier, as the plan's Ref column and the "
        "executive summary print it). The executive summary's one-line bullets and the plan's Recommendation cells "
        "are restatements (aliases), not extra records. Level by addressee: the Board's own recommendations R1, "
        "R3, R6 are overview; R2 (Adult Social Care), R4 (community health), R5 (ambulance) are addressed to one "
        "agency -> agency. Action refs are the plan's merged Ref cell (R1 ... R6); the plan prints no action "
        "numbers. RAG key printed above the table: Blue = complete, Green = on track, Amber = some delay (both "
        "in_progress), Red = not yet started. The last action has a blank RAG cell and 'Scheduled for 2025.' -> "
        "status unknown, target year 2025. 'Q2 2023/24' gets year precision. Chronology: paragraphs 6.2-6.10 of "
        "'Summary of agency involvement' (6.1 is the section's introduction, not an event); 'Between April and "
        "June 2020' starts 2020-04; 'late August 2021' is month precision. Findings and 'Learning point' boxes are "
        "not recommendations; the lettered terms of reference are questions. Author 'Dr Hazel Wintersgill' on the "
        "cover as 'Lead reviewer'; date of death from the executive summary."
    ),
)

# ------------------------------------------------------------------ 3. Seaholme DHR executive summary
SSP = "Seaholme Safer Partnership"
POL = "Seaholme Police"
SDAS = "Seaholme Domestic Abuse Service"
GOLD["dhr_exec_summary_subitem_recs_status_first_plan_seaholme"] = dict(
    family="dhr_exec_summary_subitem_recs_status_first_plan",
    description=(
        "DHR executive summary (Calibri, 10 pages): protective-marking line and header, cover facts in a "
        "borderless table, contents and glossary on one page, IMR contributors table with tick columns, 'KLOE N –' "
        "terms of reference, 'Summary of the case' as numbered narrative paragraphs followed by a 'Key dates' "
        "Date/Event table (both chronology forms), 'Lesson N' boxes, recommendations 1-6 with lettered sub-items "
        "2(a), 2(b), 5(a), 5(b) under lead-in lines 'Seaholme Police should:', and a landscape plan whose first "
        "column is Status ('Completed', 'On track', 'Ongoing', 'Overdue', 'Not started'); targets 'Q2 2023/24', "
        "'By end of June 2023', 'Ongoing', 'Sept 2023'."
    ),
    review=dict(
        review_id="SSP DHR 07",
        review_type="DHR",
        area="Seaholme",
        doc_kind="executive_summary",
        author="Malcolm Threlfall",
        victims=[{"pseudonym": "Nadia", "age": 29}],
        date_of_death="2022-04-04",
    ),
    review_alternatives={"area": [SSP]},
    recommendations=[
        R(
            "1",
            SSP,
            "Seaholme Safer Partnership should commission a review of the local response to stalking",
            ["risk_assessment", "quality_assurance"],
        ),
        R(
            "2(a)",
            POL,
            "make sure that every report of harassment by a former partner is screened for stalking",
            ["risk_assessment"],
            level=AG,
        ),
        R(
            "2(b)",
            POL,
            "consider applying for a Stalking Protection Order whenever a harassment warning has been breached",
            ["perpetrators"],
            level=AG,
        ),
        R(
            "3",
            "MARAC Steering Group",
            "The MARAC Steering Group should agree that a case is only closed at MARAC",
            ["multi_agency_working"],
        ),
        R(
            "4",
            "Seaholme and Coast NHS Trust",
            "Seaholme and Coast NHS Trust should make sure that clinicians in the Community Mental Health",
            ["routine_enquiry", "perpetrators", "mental_health"],
            level=AG,
        ),
        R(
            "5(a)",
            SDAS,
            "review its case closure policy so that closure considers the perpetrator's recent behaviour",
            ["policy_procedure", "risk_assessment"],
            level=AG,
        ),
        R(
            "5(b)",
            SDAS,
            "offer a follow-up call three months after closure to every victim of stalking",
            ["specialist_support"],
            level=AG,
        ),
        R(
            "6",
            "Seaholme Council Housing Options",
            "Seaholme Council Housing Options should record on the housing file",
            ["record_keeping", "other"],
            level=AG,
        ),
    ],
    actions=[
        A(
            "1",
            OV,
            "1",
            "Commission an independent review of the local stalking response",
            "SSP Board Manager",
            "Q2 2023/24",
            "2023",
            "Completed",
            CO,
        ),
        A(
            "2(a)",
            OV,
            "2(a)",
            "Introduce a stalking screening tool for all harassment reports by a former partner",
            "Seaholme Police – Public Protection",
            "By end of June 2023",
            "2023-06",
            "On track",
            IP,
        ),
        A(
            "2(b)",
            OV,
            "2(b)",
            "Consider a Stalking Protection Order whenever a harassment warning is breached",
            "Seaholme Police – Public Protection",
            "Ongoing",
            None,
            "Ongoing",
            IP,
        ),
        A(
            "3",
            OV,
            "3",
            "Amend MARAC operating protocol on case closure",
            "MARAC Steering Group (Chair)",
            "Mar 2023",
            "2023-03",
            "Completed",
            CO,
        ),
        A(
            "4",
            OV,
            "4",
            "Add a question about use of abuse to the CMHT assessment",
            "Seaholme and Coast NHS Trust",
            "Sept 2023",
            "2023-09",
            "Overdue",
            IP,
        ),
        A("5(a)", OV, "5(a)", "Revise the case closure policy", SDAS, "Jun 2023", "2023-06", "Completed", CO),
        A(
            "5(b)",
            OV,
            "5(b)",
            "Introduce three-month follow-up calls for victims of stalking",
            SDAS,
            "Jan 2024",
            "2024-01",
            "Not started",
            NS,
        ),
        A(
            "6",
            OV,
            "6",
            "Add a domestic abuse placement marker to the housing file",
            "Seaholme Council Housing Options",
            "Dec 2023",
            "2023-12",
            "On track",
            IP,
        ),
    ],
    chronology=[
        C(
            "5.1",
            None,
            "2016",
            "2016",
            "Nadia and Connor met in 2016 and lived together in Seaholme from 2017",
        ),
        C(
            "5.2",
            None,
            "In May 2017",
            "2017-05",
            "In May 2017 Nadia told her GP that she was finding it hard to sleep",
        ),
        C(
            "5.3",
            None,
            "On 23 October 2018",
            "2018-10-23",
            "On 23 October 2018 police were called to the couple's flat",
        ),
        C(
            "5.4",
            None,
            "During 2019",
            "2019",
            "During 2019 Connor was seen several times by the Community Mental Health Team",
        ),
        C(
            "5.5",
            None,
            "On 2 March 2020",
            "2020-03-02",
            "On 2 March 2020 Nadia attended the emergency department",
        ),
        C(
            None,
            None,
            "12 May 2021",
            "2021-05-12",
            "Nadia ended the relationship and moved to her sister's home",
        ),
        C(None, None, "19 May 2021", "2021-05-19", "Nadia reported the messages to police"),
        C(None, None, "7 June 2021", "2021-06-07", "Police graded a further report as high risk"),
        C(
            None,
            None,
            "24 June 2021",
            "2021-06-24",
            "MARAC heard the case. Actions included a housing transfer",
        ),
        C(
            None,
            None,
            "Aug 2021",
            "2021-08",
            "Nadia moved to temporary accommodation arranged by Housing Options",
        ),
        C(None, None, "3 November 2021", "2021-11-03", "Connor was seen outside Nadia's workplace"),
        C(None, None, "January 2022", "2022-01", "The IDVA closed the case after Nadia said she felt safer"),
        C(None, None, "4 April 2022", "2022-04-04", "Connor attacked Nadia near her home"),
    ],
    notes=(
        "Recommendations 2 and 5 are lead-in lines ('Seaholme Police should:', 'Seaholme Domestic Abuse Service "
        "should:') over lettered sub-items; each sub-item is its own recommendation (2(a), 2(b), 5(a), 5(b)) with "
        "the lead-in's agency, and the lead-ins are not records. Level by addressee: the Partnership (1) and the "
        "MARAC Steering Group (3) are overview; single agencies are agency. The plan's Rec column gives both the "
        "action ref and its recommendation_ref (one action per recommendation). Status is the FIRST column: "
        "'Completed' complete, 'On track' and 'Ongoing' in_progress, 'Overdue' (not finished, comment says awaiting "
        "a system change) in_progress, 'Not started'. 'Q2 2023/24' has year precision; 'By end of June 2023' is "
        "2023-06; 'Ongoing' has no date. Chronology: the dated narrative paragraphs 5.1-5.5 of 'Summary of the "
        "case' (5.1 records when the couple met, 2016) plus the eight rows of 'Table 1: Key dates'; the undated "
        "narrative paragraphs 5.6-5.7 and the table lead-in 5.8 are not events. 'Lesson N' boxes and the KLOEs are "
        "not recommendations. The document is an executive summary (cover says so)."
    ),
)

# ------------------------------------------------------------------ 4. Fenwick Vale DHR overview (paragraph refs)
FV = "Fenwick Vale Community Safety Partnership"
GOLD["dhr_overview_para_number_recs_fenwick"] = dict(
    family="dhr_overview_para_number_recs",
    description=(
        "DHR overview report (Times New Roman 12, CAPITALISED numbered headings, 11 pages, pdftotext -layout): "
        "every paragraph numbered n.m and the recommendations are simply paragraphs 14.1-14.7 of section '14. "
        "RECOMMENDATIONS' under two italic sub-headings (partnership / single agency), with no 'Recommendation' "
        "label; terms of reference numbered 2.2.1-2.2.5; 'Lessons to be learned' as grey boxes; no published "
        "chronology; glossary in an appendix; landscape plan 'Rec. / Agency / Action / Lead officer / Target / "
        "Status' whose Rec. column repeats the paragraph numbers."
    ),
    review=dict(
        review_id=None,
        review_type="DHR",
        area="Fenwick Vale",
        doc_kind="overview_report",
        author="Julian Penhallow",
        victims=[{"pseudonym": "Amara", "age": 52}],
        date_of_death="2021-06-26",
    ),
    review_alternatives={"area": [FV]},
    recommendations=[
        R(
            "14.1",
            FV,
            "Fenwick Vale Community Safety Partnership should agree a single standard, across all member agencies",
            ["policy_procedure", "multi_agency_working"],
        ),
        R(
            "14.2",
            FV,
            "The Partnership should commission awareness work with community and faith groups",
            ["awareness_public"],
        ),
        R(
            "14.3",
            FV,
            "The Partnership should ask every member agency to confirm within six months that its staff know",
            ["quality_assurance"],
        ),
        R(
            "14.4",
            "Fenwick Vale Police",
            "Fenwick Vale Police should review how officers record the first language of victims",
            ["record_keeping"],
            level=AG,
        ),
        R(
            "14.5",
            "Fenwick Vale Hospitals NHS Trust",
            "Fenwick Vale Hospitals NHS Trust should introduce routine enquiry",
            ["routine_enquiry"],
            level=AG,
        ),
        R(
            "14.6",
            "Millbrook Health Centre",
            "Millbrook Health Centre should flag the records of patients who need an interpreter",
            ["record_keeping"],
            level=AG,
        ),
        R(
            "14.7",
            "Fenwick Vale Borough Council Housing",
            "Fenwick Vale Borough Council Housing should train its housing officers",
            ["training"],
            level=AG,
        ),
    ],
    actions=[
        A(
            "14.1",
            OV,
            "14.1",
            "Agree and publish a partnership interpreting standard",
            "Community Safety Lead",
            "31.03.2023",
            "2023-03-31",
            "Complete",
            CO,
        ),
        A(
            "14.2",
            OV,
            "14.2",
            "Commission community awareness sessions in five languages",
            "Community Safety Lead",
            "31.12.2023",
            "2023-12-31",
            "Partially complete – three of five languages delivered",
            IP,
        ),
        A(
            "14.3",
            OV,
            "14.3",
            "Each agency to confirm interpreter booking arrangements to the CSP",
            "CSP Business Support Officer",
            "30.06.2023",
            "2023-06-30",
            "Complete",
            CO,
        ),
        A(
            "14.4",
            OV,
            "14.4",
            "Amend the domestic abuse incident record to capture first language",
            "Head of Public Protection",
            "30.09.2023",
            "2023-09-30",
            "Not yet started",
            NS,
        ),
        A(
            "14.5",
            OV,
            "14.5",
            "Introduce routine enquiry in maternity and gynaecology outpatients",
            "Head of Safeguarding",
            "Dec 2023",
            "2023-12",
            "In progress",
            IP,
        ),
        A(
            "14.6",
            OV,
            "14.6",
            "Add an interpreter flag to patient records",
            "Practice Manager",
            "31.03.2023",
            "2023-03-31",
            "Complete",
            CO,
        ),
        A(
            "14.7",
            OV,
            "14.7",
            "Deliver economic abuse training to housing officers",
            "Housing Services Manager",
            "Mar 2024",
            "2024-03",
            "In progress",
            IP,
        ),
    ],
    chronology=[],
    notes=(
        "The recommendations carry no label: they are numbered paragraphs 14.1-14.7 of section 14, so the ref is "
        "the paragraph number as printed, confirmed by the plan's Rec. column. 14.1-14.3 under 'Recommendations for "
        "the Partnership and its members' are overview; 14.4-14.7 under 'Single agency recommendations' are agency. "
        "14.1 reaches 'across all member agencies' of one partnership: local, not regional. The numbered terms of "
        "reference 2.2.1-2.2.5, the 'Lessons to be learned' boxes and the conclusions are not recommendations. The "
        "report says its chronology is not published: no chronology records. Plan actions take the Rec. number as "
        "ref and recommendation_ref; the Agency column is not a section heading (agency_section overview); status "
        "'Partially complete – ...' in_progress, 'Not yet started' not_started. Text extracted with pdftotext "
        "-layout. Date of death 26 June 2021 from the introduction; the cover says 'Died June 2021'."
    ),
)

# ------------------------------------------------------------------ 5. Ravensmoor joint DHR/SAR
RCSP = "Ravensmoor Community Safety Partnership"
RSAB = "Ravensmoor Safeguarding Adults Board"
GOLD["joint_dhr_sar_dhr_prefixed_lettered_recs_ravensmoor"] = dict(
    family="joint_dhr_sar_dhr_prefixed_lettered_recs",
    description=(
        "Joint DHR/SAR overview report (Verdana 9.5, 10 pages): two-logo alt text, 'Section N:' headings, key "
        "lines of enquiry as a Word numbered list, panel table Organisation / Panel member, 'Key finding' boxes, "
        "partnership recommendations labelled 'DHR 1'-'DHR 5' on their own line above the text, single-agency "
        "recommendations A-D in an Agency / Ref / Recommendation table, and a landscape 'Implementation plan' with "
        "full-width agency group rows, action numbers 1.1 / A.1 / B.2, RAG as a word in a shaded cell "
        "('Complete', 'Green', 'Amber', 'Red'), targets 'Mar-24', 'Q4 2023/24', '31st March 2024'."
    ),
    review=dict(
        review_id=None,
        review_type="joint",
        area="Ravensmoor",
        doc_kind="overview_report",
        author="Beatrice Oyelaran-Smith",
        victims=[{"pseudonym": "Winifred", "age": 71}],
        date_of_death="2021-11-08",
    ),
    review_alternatives={"area": [RCSP, RSAB]},
    recommendations=[
        R(
            "DHR 1",
            f"{RCSP} and {RSAB}",
            "Ravensmoor Community Safety Partnership and Ravensmoor Safeguarding Adults Board should publish joint",
            ["policy_procedure", "training"],
            after=400,
            aliases=["DHR 1 – joint guidance: abuse by any family member is domestic abuse."],
        ),
        R(
            "DHR 2",
            RCSP,
            "The Partnership should make sure that the domestic abuse needs assessment includes older victims",
            ["other"],
            aliases=["DHR 2 – needs assessment to include older victims."],
        ),
        R(
            "DHR 3",
            RSAB,
            "The Board should ask Adult Social Care and the police to agree a shared threshold",
            ["multi_agency_working"],
            aliases=["DHR 3 – shared financial abuse threshold."],
        ),
        R(
            "DHR 4",
            RSAB,
            "The Board should seek assurance that care and support assessments ask the adult, on their own",
            ["routine_enquiry", "quality_assurance"],
            aliases=["DHR 4 – assessments to ask the adult alone."],
        ),
        R(
            "DHR 5",
            f"{RCSP} and {RSAB}",
            "The Partnership and the Board should agree a protocol for deciding when a death",
            ["policy_procedure", "quality_assurance"],
            aliases=["DHR 5 – protocol for joint reviews."],
        ),
        R(
            "A",
            "Ravensmoor Police",
            "Ravensmoor Police should make sure that call handlers ask whether a caller",
            ["risk_assessment"],
            level=AG,
        ),
        R(
            "B",
            "Ravensmoor Council Adult Social Care",
            "Adult Social Care should update its financial abuse practice guidance",
            ["policy_procedure"],
            level=AG,
        ),
        R(
            "C",
            "Pathways Recovery",
            "Pathways Recovery should ask every client who lives with an older relative",
            ["routine_enquiry", "record_keeping"],
            level=AG,
        ),
        R(
            "D",
            "Ravensmoor Teaching Hospitals",
            "The hospital trust should make sure that discharge planning for older patients",
            ["risk_assessment"],
            level=AG,
        ),
    ],
    actions=[
        A(
            "1.1",
            OV,
            "DHR 1",
            "Draft and publish joint guidance",
            "DA Coordinator / SAB Manager",
            "Mar-24",
            "2024-03",
            "Green",
            IP,
        ),
        A(
            "1.2",
            OV,
            "DHR 1",
            "Add the guidance to both bodies' training programmes",
            "SAB Training Lead",
            "Q4 2023/24",
            "2024",
            "Amber",
            IP,
        ),
        A(
            "2.1",
            OV,
            "DHR 2",
            "Add older victims to the needs assessment specification",
            "DA Coordinator",
            "31st March 2024",
            "2024-03-31",
            "Green",
            IP,
        ),
        A(
            "3.1",
            OV,
            "DHR 3",
            "Hold a workshop with ASC and police to agree the threshold",
            "SAB Manager",
            "Sep-23",
            "2023-09",
            "Complete",
            CO,
        ),
        A(
            "4.1",
            OV,
            "DHR 4",
            "Audit 30 care and support assessments",
            "SAB Quality Sub-group",
            "Jun-24",
            "2024-06",
            "Red",
            NS,
        ),
        A(
            "5.1",
            OV,
            "DHR 5",
            "Write and agree a joint review protocol",
            "CSP Manager / SAB Manager",
            "Dec-23",
            "2023-12",
            "Complete",
            CO,
        ),
        A(
            "A.1",
            "Ravensmoor Police",
            "A",
            "Add a prompt to the call-handling script for family disputes",
            "Head of Contact Management",
            "Oct-23",
            "2023-10",
            "Complete",
            CO,
        ),
        A(
            "B.1",
            "Ravensmoor Council Adult Social Care",
            "B",
            "Update practice guidance",
            "Principal Social Worker",
            "Jan-24",
            "2024-01",
            "Green",
            IP,
        ),
        A(
            "B.2",
            "Ravensmoor Council Adult Social Care",
            "B",
            "Brief team managers on the updated guidance",
            "Principal Social Worker",
            "Mar-24",
            "2024-03",
            "Green",
            IP,
        ),
        A(
            "C.1",
            "Pathways Recovery",
            "C",
            "Add a question to the assessment and review forms",
            "Service Manager",
            "Nov-23",
            "2023-11",
            "Complete",
            CO,
        ),
        A(
            "D.1",
            "Ravensmoor Teaching Hospitals",
            "D",
            "Amend the discharge checklist for patients over 65",
            "Lead Nurse, Safeguarding Adults",
            "Apr-24",
            "2024-04",
            "Amber",
            IP,
        ),
    ],
    chronology=[],
    notes=(
        "Joint DHR and SAR commissioned by the Partnership and the Board together: review_type 'joint', area "
        "Ravensmoor (either commissioning body's full name accepted). Partnership/Board recommendations are "
        "labelled 'DHR 1' ... 'DHR 5' on a line of their own; the prefix is kept as printed (it is the identifier "
        "the plan uses too). Single-agency recommendations are lettered A-D in a table (level agency). The plan's "
        "short Recommendation cells ('DHR 1 – joint guidance ...') are aliases; 'B – as above.' is not. Actions "
        "are numbered 1.1 ... 5.1 and A.1 ... D.1; recommendation_ref from the Recommendation cell. Full-width "
        "group rows give agency_section ('Partnership and Board (multi-agency)' -> overview). RAG words: "
        "'Complete' complete, Green and Amber in_progress, Red 'Audit not started' not_started. 'Q4 2023/24' = "
        "January-March 2024, held at year precision 2024. The key lines of enquiry (Word numbered list), 'Key "
        "finding' boxes and conclusions are not recommendations. The report says the integrated chronology is not "
        "published: no chronology records."
    ),
)


def main():
    # An optional folder argument writes the .json files there (a scratch copy to compare with the committed ones).
    write_gold(GOLD, HERE, sys.argv[1] if len(sys.argv) > 1 else None, family_keys="after_file")


if __name__ == "__main__":
    main()
