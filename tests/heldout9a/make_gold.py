"""Hand-written gold for heldout9a (blind set). Every field below was written by hand from the documents'
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

# ------------------------------------------------------------------ 1. Harrowby (older-style DHR overview)
GOLD["dhr_2014_imr_recs_per_agency_harrowby"] = dict(
    family="dhr_overview_2014_imr_recs_per_agency",
    description=(
        "Older-style (2014) DHR overview report: title page with separate independent chair and overview author, "
        "contents with dotted leaders, 'Page N of M' footer, running head, footnote, terms of reference as "
        "lettered questions, panel table, 'Summary of Events' as numbered dated paragraphs, lessons learned "
        "(not recommendations); section 9.1 reproduces each IMR's single-agency recommendations under agency "
        "sub-headings with the agencies' own numbering (restarting 1., 2., 3.; 'PCT 1'; 'ASC1'; 1. again), then "
        "9.2 the panel's overview recommendations numbered 1.-4."
    ),
    review=dict(
        review_id="HCSP/DHR/2014/01",
        review_type="DHR",
        area="Harrowby",
        doc_kind="overview_report",
        author="Ruth Cardew",
        victims=[{"pseudonym": "Kathleen", "age": 67}],
        date_of_death="2013-12-03",
    ),
    review_alternatives={"area": ["Harrowby Community Safety Partnership"]},
    recommendations=[
        R(
            "1",
            "Harrowby Constabulary",
            "Harrowby Constabulary will amend the domestic abuse risk assessment guidance",
            ["risk_assessment", "policy_procedure", "record_keeping"],
            level=AG,
        ),
        R(
            "2",
            "Harrowby Constabulary",
            "All response officers will receive training on recognising abuse of older people",
            ["training"],
            level=AG,
        ),
        R(
            "3",
            "Harrowby Constabulary",
            "The Public Protection Unit will ensure that standard risk incidents involving a victim",
            ["information_sharing", "risk_assessment"],
            level=AG,
        ),
        R(
            "PCT 1",
            "Harrowby and Wold NHS Primary Care Trust",
            "GP practices will be reminded to record the explanation given for any injury",
            ["record_keeping", "routine_enquiry"],
            level=AG,
        ),
        R(
            "PCT 2",
            "Harrowby and Wold NHS Primary Care Trust",
            "Referrals from primary care to substance misuse services will include any disclosed thoughts",
            ["information_sharing", "risk_assessment"],
            level=AG,
        ),
        R(
            "ASC1",
            "Harrowby Borough Council Adult Social Care",
            "Adult Social Care will revise its assessment documentation so that the relationship",
            ["record_keeping", "routine_enquiry"],
            level=AG,
        ),
        R(
            "ASC2",
            "Harrowby Borough Council Adult Social Care",
            "A carer's assessment will be offered to any family member identified as providing care",
            ["other"],
            level=AG,
        ),
        R(
            "1",
            "Harrowby Homes",
            "Harrowby Homes will ensure that tenancy officers visiting in response to complaints",
            ["routine_enquiry"],
            level=AG,
        ),
        R(
            "1",
            "Harrowby Community Safety Partnership",
            "Harrowby Community Safety Partnership should commission a multi-agency awareness campaign",
            ["awareness_public"],
        ),
        R(
            "2",
            "Harrowby Community Safety Partnership and Harrowby Safeguarding Adults Board",
            "Harrowby Community Safety Partnership and Harrowby Safeguarding Adults Board should agree a joint protocol",
            ["multi_agency_working", "policy_procedure"],
        ),
        R(
            "3",
            "Harrowby and Wold NHS Primary Care Trust",
            "Harrowby and Wold NHS Primary Care Trust should ensure that GP practices have access to police information",
            ["information_sharing"],
        ),
        R(
            "4",
            "The Community Safety Partnership",
            "The Community Safety Partnership should monitor the implementation of the IMR action plans",
            ["quality_assurance"],
        ),
    ],
    actions=[],
    chronology=[
        C("5.1", "5. SUMMARY OF EVENTS", "2008", "2008", "Kathleen was widowed in 2008"),
        C(
            "5.2",
            "5. SUMMARY OF EVENTS",
            "14th March 2011",
            "2011-03-14",
            "On 14th March 2011 Kathleen attended her GP",
        ),
        C(
            "5.3",
            "5. SUMMARY OF EVENTS",
            "2nd November 2011",
            "2011-11-02",
            "On 2nd November 2011 police were called",
        ),
        C(
            "5.4",
            "5. SUMMARY OF EVENTS",
            "May 2012",
            "2012-05",
            "In May 2012 Harrowby Homes received a complaint",
        ),
        C(
            "5.5",
            "5. SUMMARY OF EVENTS",
            "8th January 2013",
            "2013-01-08",
            "On 8th January 2013 Kathleen asked Adult Social Care",
        ),
        C(
            "5.6",
            "5. SUMMARY OF EVENTS",
            "19th August 2013",
            "2013-08-19",
            "On 19th August 2013 Stuart told his GP",
        ),
        C(
            "5.7",
            "5. SUMMARY OF EVENTS",
            "the evening of 3rd December 2013",
            "2013-12-03",
            "On the evening of 3rd December 2013 Stuart telephoned 999",
        ),
    ],
    notes=(
        "Plain pdftotext. Author: the title page names an Independent Chair (David Penhallow) and a separate "
        "'Overview Report Author' (Ruth Cardew); the author is the report's writer. Date of death from the title "
        "('on 3rd December 2013') and 1.1. Section 9.1 reproduces IMR recommendations: level 'agency', agency = the "
        "agency sub-heading, refs exactly as printed, so '1', '2', '3' (Constabulary), 'PCT 1', 'PCT 2', 'ASC1', "
        "'ASC2' and '1' again (Harrowby Homes) - refs repeat across agencies and with the overview list. Section "
        "9.2 overview recommendations 1-4 are level 'overview', agency = the body named in the sentence. The "
        "section 8 'Lessons Learned' (8.1-8.3, one says 'should not assume') are not recommendations; terms of "
        "reference (a)-(f) are questions, not recommendations. Chronology = the numbered paragraphs of section 5 "
        "'Summary of Events' (5.1 'widowed in 2008' is year precision); dates in the introduction (notification, "
        "decision to review) and analysis are not events of the chronology. ASC2 (carer's assessment) is 'other' "
        "(carers' support). All scopes local."
    ),
)

# ------------------------------------------------------------------ 2. Fenwick (joint DHR / MHHR)
_FT = "Fenwick and Allerdale Mental Health NHS Foundation Trust"
GOLD["joint_dhr_mhhr_unnumbered_bullets_fenwick"] = dict(
    family="joint_dhr_mental_health_homicide_review_bullets",
    description=(
        "Joint Domestic Homicide Review and NHS England Independent Mental Health Homicide Review: two review "
        "titles on the cover, a label/value cover table with two references (DHR and NHS England) and two "
        "authors with their firm, right-aligned 'label Page N of M' footer; terms of reference as bullets; "
        "'Care and treatment: a summary' as numbered dated paragraphs; 'Finding N:' italic lines that are "
        "explicitly not recommendations; section 8 recommendations as unnumbered bullets grouped under "
        "addressee sub-headings, one addressed to NHS England (national)."
    ),
    review=dict(
        review_id="FSNP DHR 2021-03",
        review_type="joint",
        area="Fenwick",
        doc_kind="overview_report",
        author="Alun Meredith and Priya Holloway",
        victims=[{"pseudonym": "Margaret", "age": 71}],
        date_of_death="2021-03-09",
    ),
    review_alternatives={
        "review_id": ["2021/11873"],
        "review_type": ["DHR"],
        "area": ["Fenwick Safer Neighbourhoods Partnership"],
        "author": ["Alun Meredith", "Alun Meredith and Priya Holloway, Tanager Review Associates"],
    },
    recommendations=[
        R(
            None,
            _FT,
            "The Trust should revise its clinical risk assessment guidance so that information from family members",
            ["risk_assessment", "policy_procedure", "mental_health"],
        ),
        R(
            None,
            _FT,
            "The Trust should introduce a procedure under which every police domestic abuse notification",
            ["information_sharing", "policy_procedure"],
        ),
        R(
            None,
            _FT,
            "The Trust should amend its caseload reallocation policy so that a patient without a care coordinator",
            ["policy_procedure", "risk_assessment", "mental_health"],
        ),
        R(
            None,
            "Fenwick Council Adult Social Care and the Trust jointly",
            "Adult Social Care and the Trust should agree a joint pathway so that every carer named",
            ["multi_agency_working", "risk_assessment"],
        ),
        R(
            None,
            "Fenwick Safer Neighbourhoods Partnership",
            "The Partnership should ensure that its domestic abuse training for practitioners includes abuse of parents",
            ["training", "quality_assurance"],
        ),
        R(
            None,
            "Fenwick Safer Neighbourhoods Partnership",
            "The Partnership should work with Fenwick Carers' Hub to produce information for families",
            ["awareness_public"],
        ),
        R(
            None,
            "NHS England",
            "NHS England should consider, with the Home Office, issuing national guidance",
            ["policy_procedure", "quality_assurance"],
            scope="national",
        ),
    ],
    actions=[],
    chronology=[
        C(
            "5.1",
            "5 Care and treatment: a summary",
            "2 April 2019",
            "2019-04-02",
            "Neil was discharged from his third admission",
        ),
        C(
            "5.2",
            "5 Care and treatment: a summary",
            "17 October 2019",
            "2019-10-17",
            "On 17 October 2019 Margaret rang the team",
        ),
        C(
            "5.3",
            "5 Care and treatment: a summary",
            "January 2020",
            "2020-01",
            "In January 2020 Neil's care coordinator left",
        ),
        C(
            "5.4",
            "5 Care and treatment: a summary",
            "21 November 2020",
            "2020-11-21",
            "Police attended the home on 21 November 2020",
        ),
        C(
            "5.5",
            "5 Care and treatment: a summary",
            "1 March 2021",
            "2021-03-01",
            "On 1 March 2021 Margaret told the depot clinic nurse",
        ),
    ],
    notes=(
        "Plain pdftotext. Two commissioners and two titles on one cover: review_type 'joint' (DHR accepted as an "
        "alternative); review_id is the DHR reference FSNP DHR 2021-03, the NHS England reference 2021/11873 is "
        "accepted; author = both named authors without the firm (the firm-suffixed form and the first author "
        "alone are accepted). Date of death from the executive summary ('the evening of 9 March 2021'); the cover "
        "gives only 'March 2021'. The seven bullets of section 8 are the recommendations: they print no number, so "
        "ref is null; they are the independent reviewers' own recommendations grouped by addressee, so level "
        "'overview' (not single-agency IMR recommendations) and agency = the sub-heading (for 'The Trust' bullets, "
        "the Trust's full name). 'Finding N:' lines (section 7 says they are not recommendations), terms-of-"
        "reference bullets and the executive summary are not recommendations. The NHS England bullet is national "
        "(it is about the review process itself, hence quality_assurance). Chronology = the numbered paragraphs "
        "5.1-5.5 of 'Care and treatment: a summary'; 5.3's date is the month the coordinator left."
    ),
)

# ------------------------------------------------------------------ 3. Ravensby (SCIE Learning Together SAR)
GOLD["sar_learning_together_board_questions_ravensby"] = dict(
    family="sar_scie_learning_together_questions_for_board",
    description=(
        "SAR in the SCIE Learning Together style: cover with two lead reviewers and no reference (the reference is "
        "only in the footer 'SAR ‘Edwin’ – RSAB SAR 2022/04 – OFFICIAL N'); review team table, research questions "
        "(numbered), an 'Appreciation of the case' narrative with a good-practice box, four 'Finding N:' "
        "paragraphs each closed by bulleted 'Questions for the Board'; the report states it makes no "
        "recommendations and the Board's response will be published separately."
    ),
    review=dict(
        review_id="RSAB SAR 2022/04",
        review_type="SAR",
        area="Ravensby",
        doc_kind="overview_report",
        author="Hannah Quayle and Tom Birtwhistle",
        victims=[{"pseudonym": "Edwin", "age": 58}],
        date_of_death="2021-08-28",
    ),
    review_alternatives={
        "area": ["Ravensby Safeguarding Adults Board"],
        "author": ["Hannah Quayle"],
    },
    recommendations=[],
    actions=[],
    chronology=[],
    notes=(
        "Plain pdftotext. NO recommendations in the gold, by decision: the 'Questions for the Board' bullets are "
        "open questions ('How can the Board be confident...', 'Does the Board want to know...'), not asks of a "
        "named body; paragraph 5.1 says in terms that the review does not make recommendations and that the "
        "Board will decide and publish its response. Recording them as recommendations would invent an ask and "
        "an addressee; an analyst counting this review's recommendations records none (the Board's later response "
        "is a separate document). Findings, research questions and the good-practice box are not recommendations "
        "either. No chronology: the 'Appreciation of the case' is a thematic narrative ('the winter of 2020', 'the "
        "spring of 2021') without a dated sequence of events. Review id is printed only in the footer. Date of "
        "death 28 August 2021 from 1.1."
    ),
)

# ------------------------------------------------------------------ 4. Tollcross (CSPR, bold recs restated)
GOLD["cspr_inline_bold_recs_restated_tollcross"] = dict(
    family="cspr_inline_bold_recommendations_restated_in_summary",
    description=(
        "Local Child Safeguarding Practice Review: centred cover with reviewer, review reference and publication "
        "date; key lines of enquiry as a Word numbered list; glossary table; 'Summary of key events' as numbered "
        "dated paragraphs 4.1-4.6; recommendations printed inside the analysis as bold 'Recommendation N:' "
        "run-in paragraphs after each theme, then listed again in shorter words under '7. Summary of "
        "recommendations' (a numbered list) - one record each with the summary wording as alias; good-practice "
        "box across a page break."
    ),
    review=dict(
        review_id="TSCP/LCSPR/2023-01",
        review_type="CSPR",
        area="Tollcross",
        doc_kind="overview_report",
        author="Marion Acheson",
        victims=[{"pseudonym": "Child T", "age": 0}],
        date_of_death="2023-01-13",
    ),
    review_alternatives={
        "review_type": ["LCSPR", "SCR"],
        "area": ["Tollcross Safeguarding Children Partnership"],
    },
    recommendations=[
        R(
            "1",
            "Tollcross University Hospitals NHS Trust (maternity services) and Tollcross Community Health (health visiting)",
            "Tollcross University Hospitals NHS Trust (maternity services) and Tollcross Community Health",
            ["record_keeping", "routine_enquiry", "children"],
            aliases=["Record the details of fathers and male carers at booking and the new birth visit"],
        ),
        R(
            "2",
            "Tollcross Integrated Care Board",
            "Tollcross Integrated Care Board should seek assurance that every GP practice has received",
            ["quality_assurance", "children"],
            aliases=["ICB to seek assurance that GP practices know the non-mobile baby bruising protocol"],
        ),
        R(
            "3",
            "Tollcross Safeguarding Children Partnership",
            "The Partnership should relaunch the bruising protocol with a short briefing",
            ["policy_procedure", "training", "awareness_public"],
            aliases=["Partnership to relaunch the bruising protocol with a multi-agency briefing"],
        ),
        R(
            "4",
            "The MASH partners",
            "The MASH partners should revise the screening guidance so that any domestic incident",
            ["information_sharing", "policy_procedure", "children"],
            aliases=["MASH screening guidance to require sharing of domestic incidents in households"],
        ),
        R(
            "5",
            "Maternity and health visiting services",
            "Maternity and health visiting services should agree a written handover",
            ["information_sharing", "quality_assurance"],
            aliases=["Written maternity to health visiting handover to include domestic abuse disclosures"],
        ),
    ],
    actions=[],
    chronology=[
        C(
            "4.1",
            "4. Summary of key events",
            "23 May 2022",
            "2022-05-23",
            "At the booking appointment on 23 May 2022",
        ),
        C("4.2", "4. Summary of key events", "6 June 2022", "2022-06-06", "Child T was born on 6 June 2022"),
        C(
            "4.3",
            "4. Summary of key events",
            "18 July 2022",
            "2022-07-18",
            "On 18 July 2022 the health visitor carried out",
        ),
        C(
            "4.4",
            "4. Summary of key events",
            "30 September 2022",
            "2022-09-30",
            "On 30 September 2022 Child T's mother took her",
        ),
        C(
            "4.5",
            "4. Summary of key events",
            "27 November 2022",
            "2022-11-27",
            "On 27 November 2022 police attended the flat",
        ),
        C(
            "4.6",
            "4. Summary of key events",
            "9 January 2023",
            "2023-01-09",
            "On 9 January 2023 the father called an ambulance",
        ),
    ],
    notes=(
        "Plain pdftotext. Each recommendation appears twice: the full bold 'Recommendation N:' paragraph in section 5 "
        "(the record; line points there) and a shortened restatement in '7. Summary of recommendations' (alias). "
        "Refs 1-5 as printed. Agency: the body named in the sentence; rec 3's 'The Partnership' is the Tollcross "
        "Safeguarding Children Partnership. Review type: a local child safeguarding practice review (CSPR; LCSPR "
        "and SCR accepted). Date of death: the child died 'four days later' than the 9 January 2023 admission, "
        "'on 13 January 2023' (1.1); the incident date 9 January is not the death. Age 7 months -> 0. "
        "Good-practice box, lines of enquiry and the conclusion are not recommendations. Chronology = paragraphs "
        "4.1-4.6 of 'Summary of key events'. All scopes local."
    ),
)

# ------------------------------------------------------------------ 5. Kilnsea (1/1a/1b + Home Office plan)
_KP = "Kilnsea Police"
GOLD["dhr_1a_1b_recs_home_office_plan_kilnsea"] = dict(
    family="dhr_lettered_subrecs_home_office_plan_merged",
    description=(
        "DHR overview report with paragraph numbering 5.1.1 and terms of reference 3.1.1-3.1.4; recommendations "
        "numbered 1, 1a, 1b, 2, 3, 3a, 4, 5 (lettered sub-recommendations are asks in their own right); Home "
        "Office template action plan appended in a landscape section with the Rec / Recommendation / Scope cells "
        "merged down over a recommendation's two actions, shortened recommendation wording in the plan, no action "
        "numbers, targets '31st March 2024', 'Q2 2024/25', '30/06/2024', 'Ongoing', statuses 'Complete', "
        "'Complete – revised process live 04/03/2024', 'In progress', 'Not yet started'."
    ),
    review=dict(
        review_id="KCSP DHR 2022/003",
        review_type="DHR",
        area="Kilnsea",
        doc_kind="overview_report",
        author="Bernadette O’Kane",
        victims=[{"pseudonym": "Sofia", "age": 29}],
        date_of_death="2022-04-17",
    ),
    review_alternatives={"area": ["Kilnsea Community Safety Partnership"]},
    recommendations=[
        R(
            "1",
            _KP,
            "Kilnsea Police should review how its contact centre records repeat calls",
            ["record_keeping", "risk_assessment"],
            aliases=["Review recording of repeat calls so patterns are visible"],
        ),
        R(
            "1a",
            _KP,
            "As part of this, Kilnsea Police should ensure that call handlers check the history",
            ["risk_assessment"],
            aliases=["Call handlers to check address and person history before grading"],
        ),
        R(
            "1b",
            _KP,
            "Kilnsea Police should provide refresher training for call handlers on stalking",
            ["training"],
            aliases=["Refresher training for call handlers on stalking and coercive control"],
        ),
        R(
            "2",
            "Kilnsea Borough Council Housing Options",
            "Kilnsea Borough Council Housing Options should introduce routine enquiry about domestic abuse",
            ["routine_enquiry"],
            aliases=["Routine enquiry for homelessness applicants citing relationship breakdown"],
        ),
        R(
            "3",
            "Kilnsea General Practice Federation",
            "Kilnsea General Practice Federation should ensure that member practices record a disclosure",
            ["record_keeping", "information_sharing"],
            aliases=["Code and alert domestic abuse disclosures in GP records"],
        ),
        R(
            "3a",
            "Kilnsea General Practice Federation",
            "The Federation should audit the use of the code",
            ["quality_assurance"],
            aliases=["Audit use of the code and report to the CSP"],
        ),
        R(
            "4",
            "Kilnsea Community Safety Partnership",
            "Kilnsea Community Safety Partnership should commission an awareness campaign for employers",
            ["awareness_public"],
            aliases=["Awareness campaign for employers on stalking by former partners"],
        ),
        R(
            "5",
            "The Home Office",
            "The Home Office should amend the statutory guidance so that domestic homicide reviews",
            ["policy_procedure", "quality_assurance"],
            scope="national",
            aliases=["Home Office to amend guidance on seeking information from employers"],
        ),
    ],
    actions=[
        A(
            "1",
            OV,
            "1",
            "Review contact centre recording process for repeat callers",
            "Kilnsea Police – Head of Contact Management",
            "31st March 2024",
            "2024-03-31",
            "Complete – revised process live 04/03/2024",
            "complete",
        ),
        A(
            "1",
            OV,
            "1",
            "Report the outcome of the review to the CSP Board",
            "Kilnsea Police – Superintendent, Public Protection",
            "Q2 2024/25",
            "2024",
            "In progress",
            "in_progress",
        ),
        A(
            "1a",
            OV,
            "1a",
            "Add a mandatory history check prompt to the call grading screen",
            "Kilnsea Police – IT Systems Lead",
            "30/06/2024",
            "2024-06-30",
            "Complete",
            "complete",
        ),
        A(
            "1b",
            OV,
            "1b",
            "Deliver a 2-hour refresher to all call handlers",
            "Kilnsea Police – Learning and Development",
            "Ongoing",
            None,
            "In progress",
            "in_progress",
        ),
        A(
            "2",
            OV,
            "2",
            "Add routine enquiry questions to the housing options assessment form",
            "Kilnsea BC – Housing Options Manager",
            "Q3 2024/25",
            "2024",
            "Not yet started",
            "not_started",
        ),
        A(
            "3",
            OV,
            "3",
            "Issue coding guidance to all member practices",
            "Kilnsea GP Federation – Safeguarding Lead",
            "31st March 2024",
            "2024-03-31",
            "Complete",
            "complete",
        ),
        A(
            "3a",
            OV,
            "3a",
            "Audit a sample of records in each practice",
            "Kilnsea GP Federation – Safeguarding Lead",
            "Q4 2024/25",
            "2025",
            "Not yet started",
            "not_started",
        ),
        A(
            "4",
            OV,
            "4",
            "Commission campaign materials with the Chamber of Commerce",
            "Kilnsea CSP – Domestic Abuse Coordinator",
            "Ongoing",
            None,
            "In progress",
            "in_progress",
        ),
        A(
            "5",
            OV,
            "5",
            "Chair of CSP to write to the Home Office DHR team",
            "Chair, Kilnsea CSP",
            "31st January 2024",
            "2024-01-31",
            "Complete",
            "complete",
        ),
    ],
    chronology=[
        C(
            "4.1",
            "4. Background and summary of events",
            "between December 2021 and March 2022",
            "2021-12",
            "Sofia called Kilnsea Police four times between December 2021",
            date_end="2022-03",
        ),
        C(
            "4.2",
            "4. Background and summary of events",
            "January 2022",
            "2022-01",
            "In January 2022 Sofia applied to Kilnsea Borough Council Housing Options",
        ),
        C(
            "4.3",
            "4. Background and summary of events",
            "February 2022",
            "2022-02",
            "In February 2022 Sofia told her GP",
        ),
    ],
    notes=(
        "pdftotext -layout (the landscape plan reads as a grid). Recommendations: 1a, 1b and 3a are separate "
        "records (paragraph 8.1 calls them 'specific steps within the wider recommendation', but each asks for "
        "something different and gets its own plan row); 1 is a full recommendation in its own right, not just a "
        "parent. The plan's shortened Recommendation cells are aliases of the report's wording. Rec 5 is addressed "
        "to the Home Office and the plan's Scope says National. Actions: the plan prints no action numbers, so an "
        "action's ref is the Rec cell it sits under (merged down over rec 1's two rows, so both rows carry ref 1); "
        "no agency group rows, agency_section 'overview'. Statuses from the last column: 'Complete...' -> complete, "
        "'In progress' -> in_progress, 'Not yet started' -> not_started. Targets: 'Ongoing' -> no date; financial-"
        "year quarters as year precision (Q2 and Q3 2024/25 fall in 2024, Q4 2024/25 in early 2025). Chronology = "
        "paragraphs 4.1-4.3 of 'Background and summary of events' (4.1 is a range from December 2021); the "
        "introduction's 2.1/2.2 and analysis are not chronology. Date of death 17 April 2022 from 2.1; the cover "
        "says only 'April 2022'. Lessons identified 7.1-7.2 are not recommendations."
    ),
)

# ------------------------------------------------------------------ 6. Ormsby (non-statutory learning review)
GOLD["learning_review_year_headed_chronology_ormsby"] = dict(
    family="multi_agency_learning_review_year_headed_narrative",
    description=(
        "Non-statutory multi-agency learning review commissioned jointly by a Safeguarding Adults Board and a "
        "Community Safety Partnership (neither a DHR nor a SAR): left-aligned cover with a bordered label/value "
        "table, footer 'Board |' plus page number, footnote, contributors table; 'What happened' told year by "
        "year under '2019' / '2020' / '2021' / '2022' sub-headings with unnumbered paragraphs whose dates omit the "
        "year ('In March', 'On 22 June') or are relative ('Two weeks later', 'Later that month', 'Over the "
        "summer'); 'Learning point:' bullets; recommendations under bold 'Recommendation One' ... 'Recommendation "
        "Five' headings with the text in the following paragraph."
    ),
    review=dict(
        review_id="OSAB/MALR/2023/02",
        review_type=None,
        area="Ormsby",
        doc_kind="overview_report",
        author="Gareth Lusk",
        victims=[{"pseudonym": "Dawn", "age": 52}],
        date_of_death="2022-02-02",
    ),
    review_alternatives={"area": ["Ormsby Safeguarding Adults Board", "Safer Ormsby Partnership"]},
    recommendations=[
        R(
            "1",
            "Ormsby Domestic Abuse Service",
            "Ormsby Domestic Abuse Service should revise its case closure procedure",
            ["policy_procedure", "risk_assessment"],
        ),
        R(
            "2",
            "Riverside Surgery, and through the Integrated Care Board all Ormsby GP practices",
            "Riverside Surgery, and through the Integrated Care Board all Ormsby GP practices, should ensure",
            ["routine_enquiry", "substance_misuse"],
        ),
        R(
            "3",
            "Ormsby and Dales Mental Health Trust",
            "Ormsby and Dales Mental Health Trust should ensure that when a person assessed after self-harm",
            ["multi_agency_working", "mental_health", "specialist_support"],
        ),
        R(
            "4",
            "Safer Ormsby Partnership",
            "The Safer Ormsby Partnership should agree with neighbouring partnerships a protocol",
            ["information_sharing", "policy_procedure", "multi_agency_working"],
        ),
        R(
            "5",
            "The Safeguarding Adults Board and the Safer Ormsby Partnership",
            "The Safeguarding Adults Board and the Safer Ormsby Partnership should deliver joint training",
            ["training"],
        ),
    ],
    actions=[],
    chronology=[
        C(None, "2019", "In March", "2019-03", "In March, Dawn registered with Riverside Surgery"),
        C(None, "2019", "On 22 June", "2019-06-22", "On 22 June Dawn attended the Emergency Department"),
        C(
            None,
            "2019",
            "Two weeks later",
            "2019-07",
            "Two weeks later, the hospital's liaison nurse wrote",
            relative=True,
        ),
        C(None, "2020", "In January", "2020-01", "In January, police were called to Dawn's flat"),
        C(None, "2020", "On 3 April", "2020-04-03", "On 3 April, in the first week of the national lockdown"),
        C(
            None,
            "2020",
            "Later that month",
            "2020-04",
            "Later that month, an IDVA completed a risk assessment",
            relative=True,
        ),
        C(None, "2020", "Over the summer", "2020", "Over the summer, Dawn stopped answering calls"),
        C(None, "2020", "On 14 October", "2020-10-14", "On 14 October Dawn was assessed by the Crisis Team"),
        C(None, "2021", "In February", "2021-02", "In February, Dawn moved to Harbourside Refuge"),
        C(None, "2021", "On 9 May", "2021-05-09", "On 9 May Dawn left the refuge"),
        C(
            None,
            "2021",
            "In late November",
            "2021-11",
            "In late November, Dawn's sister contacted Adult Social Care",
        ),
        C(None, "2022", "On 2 February", "2022-02-02", "On 2 February Dawn was found dead at her flat"),
    ],
    notes=(
        "Plain pdftotext. Review type left null: the report says it is neither a DHR (the CSP decided the criteria "
        "were not met) nor a section 44 SAR; it is a non-statutory learning review. Area Ormsby (either commissioner's "
        "full name accepted). Chronology: one record per paragraph under the year sub-headings; the year comes from "
        "the heading, the day/month from the paragraph; 'Two weeks later' (after 22 June 2019) and 'Later that "
        "month' (April 2020) are relative and resolve to July 2019 and April 2020; 'Over the summer' is a season, "
        "year precision in the gold. The MARAC date (6 May) and the social worker's visit (2 December) sit inside "
        "other paragraphs and are not separate records. The 'Learning point:' bullets are explicitly not "
        "recommendations. Recommendations One-Five -> refs 1-5; the text is the paragraph after each bold heading. "
        "Rec 4's addressee is the local partnership (agreeing a protocol with its neighbours), so scope local. Date "
        "of death 2 February 2022 (first paragraph and the 2022 entry)."
    ),
)


def main():
    # An optional folder argument writes the .json files there (a scratch copy to compare with the committed ones).
    write_gold(GOLD, HERE, sys.argv[1] if len(sys.argv) > 1 else None, family_keys="after_file")


if __name__ == "__main__":
    main()
