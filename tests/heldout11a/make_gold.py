"""Hand-written gold for heldout11a (blind set). Every field below was written by hand from the documents'
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

# ------------------------------------------------------------------ 1. Welsh Extended Adult Practice Review
BOARD = "Bro Hafren Regional Safeguarding Board"
GOLD["apr_wales_learning_isp_plan_brohafren"] = dict(
    family="apr_wales_learning_isp_plan",
    description=(
        "Welsh Extended Adult Practice Review: bilingual cover labels, 'Practice and organisational learning' "
        "boxes, recommendations numbered 1.-6. inside section 5 'Improving Systems and Practice' whose "
        "paragraphs are 5.1/5.2, summary bullets restating them, landscape action plan with merged cells"
    ),
    review=dict(
        review_id="BHRSB 2/2022",
        review_type="SAR",
        area="Bro Hafren",
        doc_kind="overview_report",
        author="Carys Penhallow-Rees",
        victims=[{"pseudonym": "Adult R", "age": 61}],
        date_of_death="2022-03-18",
    ),
    review_alternatives={"area": [BOARD], "review_type": ["APR"]},
    recommendations=[
        R(
            "1",
            BOARD,
            "The Board should seek assurance from every partner agency that frontline staff and their managers",
            ["quality_assurance", "information_sharing"],
            aliases=[
                "assurance that staff across partner agencies know how and when to report an adult at risk"
            ],
        ),
        R(
            "2",
            BOARD,
            "The Board should develop a regional protocol for responding to financial abuse and exploitation",
            ["policy_procedure", "multi_agency_working"],
            scope="regional",
            aliases=[
                "a regional approach to financial abuse by people who move into a vulnerable person's home"
            ],
        ),
        R(
            "3",
            "Bro Hafren County Council",
            "Bro Hafren County Council should require commissioned day services to tell the allocated social",
            ["information_sharing", "multi_agency_working"],
            aliases=["better follow-up when a person stops attending a day service"],
        ),
        R(
            "4",
            "Bro Hafren County Council Adult Services",
            "Bro Hafren County Council Adult Services should make sure that, when an informal carer can no",
            ["other"],
            aliases=["carer reviews when an informal carer can no longer care"],
        ),
        R(
            "5",
            BOARD,
            "The Board should run joint learning sessions for primary care, district nursing and housing staff",
            ["training"],
            aliases=["joint learning for primary care and housing on cuckooing and exploitation"],
        ),
        R(
            "6",
            "Bro Hafren County Council",
            "Bro Hafren County Council should audit a sample of adult protection enquiries each year to check",
            ["quality_assurance"],
            aliases=["a check that advocacy was offered during adult protection enquiries"],
        ),
    ],
    actions=[
        A(
            "1.1",
            OV,
            "1",
            "Add a duty to report module to the regional induction for all partner agencies",
            "RSB Training Sub-Group",
            "Jun-24",
            "2024-06",
            "Green – module live since May 2024",
            "complete",
        ),
        A(
            "1.2",
            OV,
            "1",
            "Ask each partner to complete the Board's self-assessment on reporting",
            "RSB Business Manager",
            "31.03.2024",
            "2024-03-31",
            "Complete",
            "complete",
        ),
        A(
            "2.1",
            OV,
            "2",
            "Draft a regional cuckooing and financial exploitation protocol with the police",
            "Dyfnant Police / Head of Safeguarding",
            "Q3 2024/25",
            "2024",
            "Amber – draft out to consultation",
            "in_progress",
        ),
        A(
            "3.1",
            OV,
            "3",
            "Amend the day services contract specification to include non-attendance notification",
            "Commissioning Manager, Adult Services",
            "April 2024",
            "2024-04",
            "Complete",
            "complete",
        ),
        A(
            "4.1",
            OV,
            "4",
            "Change the carer's assessment closure process so that it opens a review of the cared-for person",
            "Principal Social Worker",
            "Sept 2024",
            "2024-09",
            "Amber – system change requested",
            "in_progress",
        ),
        A(
            "5.1",
            OV,
            "5",
            "Deliver four joint learning sessions across the region",
            "RSB Training Sub-Group",
            "Ongoing",
            None,
            "Green – two sessions held",
            "in_progress",
        ),
        A(
            "6.1",
            OV,
            "6",
            "Add advocacy to the annual adult protection case file audit",
            "Quality Assurance Lead",
            "Mar-25",
            "2025-03",
            "Red – not started; audit tool not agreed",
            "not_started",
        ),
    ],
    chronology=[
        C(
            "3.2",
            None,
            "In the spring of 2021",
            "2021",
            "In the spring of 2021 the day service noticed that Adult R had started to arrive without",
        ),
        C("3.3", None, "In July 2021", "2021-07", "In July 2021 a neighbour told the housing association's"),
        C(
            "3.4",
            None,
            "From September 2021",
            "2021-09",
            "From September 2021 Adult R stopped going to the day",
        ),
        C(
            "3.5",
            None,
            "November 2021",
            "2021-11",
            "The district nurse visited twice in November 2021 to dress",
        ),
        C(
            "3.6",
            None,
            "11 January 2022",
            "2022-01-11",
            "On 11 January 2022 Adult R's bank reported to Adult",
        ),
        C(
            "3.7",
            None,
            "March 2022",
            "2022-03",
            "The enquiry was still open when Adult R was admitted to hospital in March 2022",
        ),
    ],
    notes=(
        "Extended Adult Practice Review (Wales), plain pdftotext. review_type: an APR is the Welsh adult "
        "safeguarding review under the Social Services and Well-being (Wales) Act 2014, recorded as SAR (APR "
        "accepted). Review id printed on the cover as 'Re: BHRSB 2/2022'; author = the Lead Reviewer on the "
        "bilingual cover table (the Panel Chair is not the author). Date of death 18 March 2022 is in 1.2 "
        "(admission 2 March 2022 is not the death). Section 4 'Practice and organisational learning' holds "
        "'should' sentences and shaded 'Learning' boxes that are not recommendations. Recommendations are the "
        "Word-numbered items 1.-6. inside section 5 'Improving Systems and Practice', after paragraphs 5.1 and "
        "5.2 (which are not recommendations); the 'Anticipated improvement outcome' line is a general "
        "statement, not one recommendation's outcome. The summary's six bullets restate the six "
        "recommendations in short form (aliases). 'The Board' = Bro Hafren Regional Safeguarding Board. Rec 2 "
        "asks for a regional protocol from a regional board -> scope regional; others local. Action plan "
        "(landscape, merged No./Recommendation cells for rec 1's two actions): action ref is the number that "
        "opens each Action cell (1.1, 1.2 ...); statuses from the 'RAG / progress' column: 'Green – module "
        "live since May 2024' = the module is delivered -> complete; 'Green – two sessions held' of four "
        "(target Ongoing) -> in_progress; Amber -> in_progress; Red – not started -> not_started. 'Q3 2024/25' "
        "held at year precision. Chronology = section 3 narrative paragraphs 3.2-3.7 (3.1 is a description "
        "of Adult R, undated); 'the spring of 2021' at year precision."
    ),
)

# ------------------------------------------------------------------ 2. LCSPR Child M
HSCP = "Hollinsford Safeguarding Children Partnership"
GOLD["lcspr_lettered_recs_key_findings_year_chron_hollinsford"] = dict(
    family="lcspr_lettered_recs_key_findings_year_chron",
    description=(
        "Local child safeguarding practice review: 'Key finding N' and 'Learning point' boxes between the "
        "analysis paragraphs, recommendations lettered (a)-(g) restated as lettered one-line bullets in the "
        "executive summary, key events told as narrative paragraphs under year headings with relative dates"
    ),
    review=dict(
        review_id=None,
        review_type="SCR",
        area="Hollinsford",
        doc_kind="overview_report",
        author="Annelise Marchbank",
        victims=[{"pseudonym": "Child M", "age": 1}],
        date_of_death="2022-07-04",
    ),
    review_alternatives={
        "area": [HSCP],
        "review_type": ["CSPR", "LCSPR"],
        "date_of_death": ["2022-07"],
    },
    recommendations=[
        R(
            "a",
            HSCP,
            "The Partnership should develop practice guidance and a simple tool so that every agency identifies",
            ["policy_procedure", "record_keeping", "children"],
            aliases=["improve how men in the household are identified and assessed"],
        ),
        R(
            "b",
            "Hollinsford Borough Council Children's Services",
            "Hollinsford Borough Council Children's Services should review its pre-birth assessment procedure",
            ["policy_procedure", "risk_assessment", "children"],
            aliases=["review pre-birth assessment for mothers who were themselves looked after"],
        ),
        R(
            "c",
            "NHS Hollin Valley Integrated Care Board",
            "NHS Hollin Valley Integrated Care Board should make sure that every GP practice knows and uses",
            ["policy_procedure", "quality_assurance", "children"],
            aliases=["strengthen the health visiting response to unexplained bruising in non-mobile babies"],
        ),
        R(
            "d",
            HSCP,
            "The Partnership should require that the health visitor is invited to every Early Help step-down",
            ["multi_agency_working", "children"],
            aliases=["make sure the Early Help step-down decision involves the family's health visitor"],
        ),
        R(
            "e",
            HSCP,
            "The Partnership should refresh its escalation policy into a short, practical guide and promote it",
            ["policy_procedure", "multi_agency_working"],
            aliases=["refresh the escalation policy"],
        ),
        R(
            "f",
            "Hollinsford Borough Council Housing",
            "Hollinsford Borough Council Housing should agree with Children's Services a fast-track route to",
            ["multi_agency_working", "other"],
            aliases=["give young parents better access to housing advice"],
        ),
        R(
            "g",
            HSCP,
            "The Partnership should write to the Department for Education asking it to consider national",
            ["policy_procedure", "children"],
            aliases=[
                "ask the Department for Education to consider national guidance on men in the household"
            ],
        ),
    ],
    actions=[],
    chronology=[
        C(
            "5.1",
            "2020",
            "In February 2020",
            "2020-02",
            "In February 2020 Kayla, then seventeen, told her leaving",
        ),
        C("5.2", "2020", "April 2020", "2020-04", "A pre-birth assessment started in April 2020"),
        C(
            "5.3",
            "2020",
            "Three weeks later",
            "2020",
            "Three weeks later the midwife recorded that Kayla had a new boyfriend",
            relative=True,
        ),
        C("5.4", "2021", "9 May 2021", "2021-05-09", "Child M was born on 9 May 2021 at Hollinsford General"),
        C(
            "5.5",
            "2021",
            "24 May 2021",
            "2021-05-24",
            "At the new birth visit on 24 May 2021 the health visitor",
        ),
        C(
            "5.6",
            "2021",
            "In September 2021",
            "2021-09",
            "In September 2021 the family was offered Early Help",
        ),
        C(
            "5.7",
            "2021",
            "Two months later",
            "2021-11",
            "Two months later the Early Help plan was closed as goals had been met",
            relative=True,
        ),
        C(
            "5.8",
            "2022",
            "14 March 2022",
            "2022-03-14",
            "On 14 March 2022 Kayla took Child M to the GP with a",
        ),
        C(
            "5.9",
            "2022",
            "Around the same time",
            "2022-03",
            "Around the same time, a neighbour called the police to report a man shouting",
            relative=True,
        ),
        C(
            "5.10",
            "2022",
            "In late May 2022",
            "2022-05",
            "In late May 2022 the health visitor saw Child M at clinic",
        ),
        C(
            "5.11",
            "2022",
            "2 July 2022",
            "2022-07-02",
            "Child M was brought to hospital by ambulance on 2 July 2022",
        ),
    ],
    notes=(
        "LCSPR overview report, plain pdftotext. No review id is printed. review_type SCR (CSPR/LCSPR "
        "accepted). Date of death: the summary says 'died in July 2022'; 5.11 says he was brought to hospital "
        "on 2 July 2022 and 'died two days later' -> 2022-07-04 (2022-07 accepted). Age 14 months -> 1. "
        "Recommendations are the seven lettered paragraphs (a)-(g) of section 7 (refs a-g); the executive "
        "summary's lettered one-line bullets (a)-(g) are the same recommendations in short form (aliases), not "
        "new ones. 'Key finding 1-3' and 'Learning point' boxes in section 6, and 'should' sentences in the "
        "analysis, are not recommendations. 'The Partnership' = Hollinsford Safeguarding Children Partnership. "
        "(g) is addressed to the Partnership (it is the Partnership that writes to the Department for "
        "Education) -> agency the Partnership, scope local. 'children' is given where the recommendation "
        "changes what is done for babies/children. Chronology = section 5 paragraphs 5.1-5.11 under the year "
        "headings 2020/2021/2022 (heading = the year); relative dates: 5.3 'Three weeks later' after April "
        "2020 -> year precision 2020; 5.7 'Two months later' after September 2021 -> 2021-11; 5.9 'Around the "
        "same time' as 14 March 2022 -> 2022-03. Section 2's rapid review date is process, not chronology."
    ),
)

# ------------------------------------------------------------------ 3. DARDR with national and local recommendations
SPP = "Safer Penmarsh Partnership"
N1 = "The Home Office should strengthen the statutory guidance on reviews of deaths by suicide so that"
N2 = "The Department of Health and Social Care should make sure that the national suicide prevention"
N3 = "The Department for Education should include post-separation abuse and its effect on children in"
L1 = "Penmarsh Constabulary should ensure that a second or subsequent breach of a non-molestation order"
L2 = "Penmarsh Mental Health NHS Trust should ensure that clinicians in crisis and home treatment teams"
L3 = "The Safer Penmarsh Partnership should commission specialist advocacy for victims of domestic"
L4 = "The Safer Penmarsh Partnership should work with local employers to promote workplace domestic"
L5 = "The Safer Penmarsh Partnership should agree an information-sharing route between MARAC and the"
GOLD["dardr_national_local_recs_unheaded_num_col_penmarsh"] = dict(
    family="dardr_national_local_recs_unheaded_num_col",
    description=(
        "Domestic Abuse Related Death Review (suicide): 'National Recommendation N' to Home Office, DHSC and "
        "DfE and 'Local Recommendation N' as bold labels over paragraphs, a summary list restating them, "
        "landscape plan with an unheaded row-number column and status only in 'Update / Outcome' or as "
        "'Completed' in the target date column"
    ),
    review=dict(
        review_id="SPP DARDR 2024/03",
        review_type="DHR",
        area="Penmarsh",
        doc_kind="overview_report",
        author="Tobias Wrentham",
        victims=[{"pseudonym": "Joanna", "age": 37}],
        date_of_death="2024-10-06",
    ),
    review_alternatives={"area": [SPP], "review_type": ["DARDR"]},
    recommendations=[
        R(
            "National 1",
            "Home Office",
            N1,
            ["policy_procedure", "quality_assurance"],
            scope="national",
            aliases=["Home Office: statutory guidance on suicide following domestic abuse"],
        ),
        R(
            "National 2",
            "Department of Health and Social Care",
            N2,
            ["policy_procedure", "mental_health"],
            scope="national",
            aliases=["DHSC: suicide prevention strategy to name domestic abuse as a risk factor"],
        ),
        R(
            "National 3",
            "Department for Education",
            N3,
            ["training", "children"],
            scope="national",
            aliases=["Department for Education: training for school staff on post-separation abuse"],
        ),
        R(
            "Local 1",
            "Penmarsh Constabulary",
            L1,
            ["risk_assessment", "multi_agency_working"],
            aliases=["police response to breaches of non-molestation orders"],
        ),
        R(
            "Local 2",
            "Penmarsh Mental Health NHS Trust",
            L2,
            ["routine_enquiry", "mental_health", "record_keeping"],
            aliases=["routine enquiry in mental health assessments"],
        ),
        R(
            "Local 3",
            SPP,
            L3,
            ["specialist_support"],
            aliases=["specialist support for victims in family proceedings"],
        ),
        R(
            "Local 4",
            SPP,
            L4,
            ["awareness_public"],
            aliases=["workplace domestic abuse policies"],
        ),
        R(
            "Local 5",
            SPP,
            L5,
            ["information_sharing", "multi_agency_working", "mental_health"],
            aliases=["links between MARAC and the suicide prevention partnership"],
        ),
    ],
    actions=[
        A(
            "1",
            OV,
            "National 1",
            "Chair to write to the Home Office DARDR team enclosing the report",
            SPP,
            "Completed",
            None,
            "Completed",
            "complete",
        ),
        A(
            "2",
            OV,
            "National 2",
            "Chair to write to DHSC suicide prevention policy team",
            SPP,
            "Completed",
            None,
            "Completed",
            "complete",
        ),
        A(
            "3",
            OV,
            "National 3",
            "Chair to write to the Department for Education",
            SPP,
            "31/10/2025",
            "2025-10-31",
            "Awaiting reply",
            "in_progress",
        ),
        A(
            "4",
            OV,
            "Local 1",
            "Amend the breach of order procedure and add a system prompt",
            "Penmarsh Constabulary",
            "Dec 2025",
            "2025-12",
            "In progress – procedure drafted",
            "in_progress",
        ),
        A(
            "5",
            OV,
            "Local 1",
            "Brief all response sergeants on the amended procedure",
            "Penmarsh Constabulary",
            "Mar 2026",
            "2026-03",
            "Not yet started",
            "not_started",
        ),
        A(
            "6",
            OV,
            "Local 2",
            "Add a mandatory domestic abuse question to the crisis assessment template",
            "Penmarsh Mental Health NHS Trust",
            "30.09.2025",
            "2025-09-30",
            "Completed – template live from 1 September 2025",
            "complete",
        ),
        A(
            "7",
            OV,
            "Local 3",
            "Include a family court IDVA post in the 2026 domestic abuse services tender",
            "Penmarsh Council Community Safety",
            "April 2026",
            "2026-04",
            "On track",
            "in_progress",
        ),
        A(
            "8",
            OV,
            "Local 4",
            "Launch an employers' pledge with the Chamber of Commerce",
            "Penmarsh Council Community Safety",
            "Completed",
            None,
            "Completed",
            "complete",
        ),
        A(
            "9",
            OV,
            "Local 5",
            "Agree an information-sharing agreement between MARAC and the Suicide Prevention Partnership",
            "Public Health, Penmarsh Council",
            "Q4 2025/26",
            "2026",
            "Draft agreement with legal services",
            "in_progress",
            after=600,
        ),
    ],
    chronology=[
        C("6.1", None, "2012", "2012", "Joanna and Lewis married in 2012 and had two children"),
        C(
            "6.2",
            None,
            "In March 2023",
            "2023-03",
            "In March 2023 Joanna left the family home with the children",
        ),
        C(
            "6.3",
            None,
            "Between May 2023 and August 2024",
            "2023-05",
            "Between May 2023 and August 2024 Joanna reported eleven breaches of the order",
            date_end="2024-08",
        ),
        C(
            "6.4",
            None,
            "June 2023",
            "2023-06",
            "Lewis applied to the family court for contact with the children",
        ),
        C("6.5", None, "In July 2024", "2024-07", "In July 2024 Joanna was assessed by the crisis team"),
    ],
    notes=(
        "DARDR overview report (a death by suicide; the review began as a DHR and is published under the new "
        "name), plain pdftotext. review_type DHR (DARDR accepted). Cover: 'Died: October 2024'; 2.1 gives 6 "
        "October 2024 (found dead). Recommendations: three 'National Recommendation N' and five 'Local "
        "Recommendation N', each a bold label paragraph followed by the text paragraph; refs kept with their "
        "series word ('National 1', 'Local 1') because both series restart at 1. Section 5's bullets "
        "('National Recommendation 1 – Home Office: ...') are short restatements (aliases). The plan's "
        "Recommendation cells repeat the full wording with the label. The 'Lesson' box and 'should' sentences "
        "in section 7 are not recommendations. Scope: Home Office, DHSC, DfE -> national (the plan's Scope "
        "column agrees); others local. Action plan: landscape, first column has no header and holds the row "
        "number (action ref 1-9); rows 4-5 share one merged Recommendation/Scope cell (Local Recommendation 1). "
        "There is no status column: status comes from 'Update / Outcome' or from 'Completed' written in the "
        "Target date column (rows 1, 2, 8: target_date null, status_raw 'Completed', complete). Row 3 "
        "'Awaiting reply' (letter sent, reply outstanding) -> in_progress; 'On track' and a draft in hand -> "
        "in_progress; 'Not yet started' -> not_started. 'Q4 2025/26' = January-March 2026 -> year 2026. "
        "Chronology = section 6 'Background and chronology' dated paragraphs 6.1-6.5 (6.6 is undated; the "
        "family and equality paragraphs 6.7-6.10 are not events)."
    ),
)

# ------------------------------------------------------------------ 4. Joint DHR / SAR
JOINT = "Wrenford Community Safety Partnership and Wrenford Safeguarding Adults Board"
GOLD["joint_dhr_sar_footer_id_split_chron_table_wrenford"] = dict(
    family="joint_dhr_sar_footer_id_split_chron_table",
    description=(
        "Joint Domestic Homicide Review and Safeguarding Adults Review: cover names 'Overview Author: Dr R. M. "
        "Calloway' and 'Independent Chair: M. J. Okafor', the preface names them in full; review id only in "
        "the running footer; date of death only in the introduction's prose; Date | Agency | Information "
        "chronology table whose long row runs over a page break (header row repeated)"
    ),
    review=dict(
        review_id="JR-DHR/SAR 01/2023",
        review_type="joint",
        area="Wrenford",
        doc_kind="overview_report",
        author="Ruth Calloway",
        victims=[{"pseudonym": "Ada", "age": 82}],
        date_of_death="2023-01-17",
    ),
    review_alternatives={
        "area": ["Wrenford Community Safety Partnership", "Wrenford Safeguarding Adults Board"],
        "author": ["R. M. Calloway", "Dr Ruth Calloway", "Dr R. M. Calloway"],
        "review_id": ["Wrenford Joint Review JR-DHR/SAR 01/2023"],
    },
    recommendations=[
        R(
            "7.1",
            JOINT,
            "The Wrenford Community Safety Partnership and the Wrenford Safeguarding Adults Board should agree",
            ["policy_procedure", "multi_agency_working"],
            after=360,
            aliases=[
                "a joint protocol for domestic abuse among older couples where one partner cares for the"
            ],
        ),
        R(
            "7.2",
            "Wrenford Council Adult Social Care",
            "Wrenford Council Adult Social Care should revise its carer's assessment so that the carer is seen",
            ["routine_enquiry", "risk_assessment"],
            aliases=[
                "carer's assessments that ask about the carer's thoughts of harming the person they care for"
            ],
        ),
        R(
            "7.3",
            "NHS Wrenford Integrated Care Board",
            "NHS Wrenford Integrated Care Board should ask GP practices to identify and flag couples where both",
            ["information_sharing", "risk_assessment"],
            aliases=["GP practices flagging couples where both partners are frail and one is the carer"],
        ),
        R(
            "7.4",
            "Wrenford Council",
            "Wrenford Council should require commissioned domiciliary care providers to report concerns about",
            ["information_sharing", "quality_assurance"],
            aliases=["domiciliary care providers reporting concerns about the carer to Adult Social Care"],
        ),
        R(
            "7.5",
            "Department of Health and Social Care",
            "The Department of Health and Social Care should consider producing national guidance on",
            ["policy_procedure"],
            scope="national",
            aliases=[
                "the Department of Health and Social Care to consider national guidance on homicide-suicide"
            ],
        ),
    ],
    actions=[],
    chronology=[
        C(
            None,
            None,
            "12/03/2021",
            "2021-03-12",
            "Frank attended with breathlessness. He mentioned that Ada",
        ),
        C(
            None,
            None,
            "04/05/2021",
            "2021-05-04",
            "Telephone call to Frank. He declined a carer's assessment",
        ),
        C(
            None,
            None,
            "19/08/2021",
            "2021-08-19",
            "Call from a neighbour who heard shouting and a woman screaming",
        ),
        C(None, None, "02/11/2021", "2021-11-02", "Care needs assessment for Ada after a fall"),
        C(
            None,
            None,
            "15/12/2021",
            "2021-12-15",
            "Carer's assessment completed by telephone. Frank said he was",
        ),
        C(None, None, "10/01/2022", "2022-01-10", "First care visits. Care plan records that Frank prefers"),
        C(
            None,
            None,
            "Late Jan 2022",
            "2022-01",
            "Practice nurse home visit for Ada's annual dementia review",
        ),
        C(None, None, "21/02/2022", "2022-02-21", "Frank attended a carers' coffee morning with his son"),
        C(None, None, "14/03/2022", "2022-03-14", "Frank reported Ada missing at 02:10"),
        C(
            None,
            None,
            "16/03/2022",
            "2022-03-16",
            "Duty worker reviewed the police notification and telephoned",
        ),
        C(None, None, "07/04/2022", "2022-04-07", "Care worker noted bruising to Ada's upper arms"),
        C(None, None, "23/06/2022", "2022-06-23", "Frank told the GP he was 'at the end of his tether'"),
        C(
            None,
            None,
            "Sept 2022",
            "2022-09",
            "Annual review of Ada's care package postponed because of staff",
        ),
        C(None, None, "29/11/2022", "2022-11-29", "Care worker found Ada crying and Frank shouting"),
        C(
            None,
            None,
            "17/01/2023",
            "2023-01-17",
            "Ambulance crew called by a care worker at the evening visit",
        ),
    ],
    notes=(
        "Joint DHR/SAR overview report, plain pdftotext. review_type joint (announced as 'Domestic Homicide "
        "Review and Safeguarding Adults Review'). Review id printed only in the running footer 'Wrenford Joint "
        "Review JR-DHR/SAR 01/2023 – Page N'; the id is 'JR-DHR/SAR 01/2023' (the footer's full label "
        "accepted). Author = the overview author, printed 'Dr R. M. Calloway' on the cover and 'Dr Ruth "
        "Calloway' in the preface; the independent chair (M. J. Okafor / Michael Okafor) is not the author. "
        "Date of death only in 1.1 ('on the evening of 17 January 2023'); the cover has only 'March 2024' "
        "(report date). Area: two commissioning bodies, 'Wrenford' (either full name accepted). "
        "Recommendations: section 7 paragraphs 7.1-7.5 (refs as printed there); the executive summary's "
        "numbered list 1.-5. restates them in short form (aliases). The three 'Learning point' boxes and "
        "analysis 'should' sentences are not recommendations; the closing paragraph on the joint action plan "
        "is not one either. 7.1 is addressed to both bodies jointly (agency = both). 7.5 DHSC -> national. "
        "Chronology: section 4 table Date | Agency | Information, 15 rows, no ref column (ref null); the "
        "23/06/2022 row's Information cell runs over the page break and continues below the repeated header "
        "on the next page (one event). 'Late Jan 2022' -> 2022-01; 'Sept 2022' -> 2022-09. No action plan."
    ),
)

# ------------------------------------------------------------------ 5. Older-style DHR executive summary
TCSP = "Tolbury Community Safety Partnership"
TP = "Tolbury Police"
TFT = "Tolbury and District NHS Foundation Trust"
TH = "Tolbury Borough Council Housing"
GOLD["dhr_2015_exec_summary_agency_table_rag_plan_tolbury"] = dict(
    family="dhr_2015_exec_summary_agency_table_rag_plan",
    description=(
        "Older-style (2015-16) DHR executive summary: single-agency recommendations in an Agency | "
        "Recommendation table with the agency cell merged down over several rows and no numbers, overview "
        "recommendations 1-4 with sub-items 1.1/1.2, landscape action plan with a long Progress column "
        "before a Status column of RAG words ('Green – complete', 'Amber', 'Red') and shading"
    ),
    review=dict(
        review_id="Tolbury DHR 2015/01",
        review_type="DHR",
        area="Tolbury",
        doc_kind="executive_summary",
        author="Bernard Holloway-Price",
        victims=[{"pseudonym": "Mrs Y", "age": 44}],
        date_of_death="2015-02-03",
    ),
    review_alternatives={"area": [TCSP], "review_id": ["DHR 2015/01"]},
    recommendations=[
        R(
            None,
            TP,
            "Officers attending domestic incidents must check national systems for the previous offending",
            ["information_sharing", "perpetrators"],
            level=AG,
        ),
        R(
            None,
            TP,
            "The force should ensure that all DASH risk assessments are reviewed by a supervisor within 24",
            ["risk_assessment", "quality_assurance"],
            level=AG,
        ),
        R(
            None,
            TP,
            "MARAC actions allocated to the police should be recorded on the crime record and checked",
            ["multi_agency_working", "record_keeping", "quality_assurance"],
            level=AG,
        ),
        R(
            None,
            TFT,
            "Emergency Department staff should ask about domestic abuse when a patient attends with an injury",
            ["routine_enquiry", "record_keeping"],
            level=AG,
        ),
        R(
            None,
            TFT,
            "The Trust should provide level 3 safeguarding training on domestic abuse for all ED nurses",
            ["training"],
            level=AG,
        ),
        R(
            None,
            TH,
            "Housing officers should complete a safety plan with every tenant who discloses fear of a former",
            ["risk_assessment"],
            level=AG,
        ),
        R(
            None,
            TH,
            "Sanctuary scheme referrals should be offered as a matter of course to tenants moving because of",
            ["specialist_support"],
            level=AG,
        ),
        R(
            None,
            "Probation Service",
            "Offender managers should check with the MARAC co-ordinator whether an offender is linked to a",
            ["information_sharing", "multi_agency_working", "perpetrators"],
            level=AG,
        ),
        R(
            "1.1",
            TCSP,
            "probation is invited to every MARAC where the perpetrator is under supervision",
            ["policy_procedure", "multi_agency_working", "perpetrators"],
        ),
        R(
            "1.2",
            TCSP,
            "the MARAC co-ordinator checks that each action is completed within the agreed time",
            ["multi_agency_working", "quality_assurance"],
        ),
        R(
            "2",
            TCSP,
            "The Partnership should commission training on risk at the point of separation for frontline",
            ["training", "risk_assessment"],
        ),
        R(
            "3",
            TCSP,
            "The Partnership should work with Tolbury Women's Refuge to develop an outreach safety planning",
            ["specialist_support"],
        ),
        R(
            "4",
            TCSP,
            "The Partnership should write to the Home Office asking that the statutory guidance encourage",
            ["policy_procedure", "quality_assurance"],
        ),
    ],
    actions=[
        A(
            "1.1",
            OV,
            "1.1",
            "Revise MARAC protocol and circulate",
            "MARAC Steering Group Chair",
            "Dec 2015",
            "2015-12",
            "Green – complete",
            "complete",
        ),
        A(
            "1.2",
            OV,
            "1.2",
            "Introduce an action tracker for MARAC",
            "MARAC Co-ordinator",
            "31/03/2016",
            "2016-03-31",
            "Amber",
            "in_progress",
        ),
        A(
            "2",
            OV,
            "2",
            "Commission multi-agency training on separation and risk",
            "Community Safety Manager",
            "Sept 2016",
            "2016-09",
            "Red",
            "not_started",
        ),
        A(
            "3",
            OV,
            "3",
            "Pilot outreach safety planning service",
            "Tolbury Women's Refuge",
            "April 2016",
            "2016-04",
            "Amber",
            "in_progress",
        ),
        A(
            "4",
            OV,
            "4",
            "Letter from CSP chair to Home Office",
            "CSP Chair",
            "Jan 2016",
            "2016-01",
            "Green – complete",
            "complete",
        ),
    ],
    chronology=[],
    notes=(
        "DHR executive summary in the 2015-16 style, plain pdftotext. Cover: 'Report into the death of Mrs Y "
        "on 3rd February 2015', 'Tolbury DHR 2015/01' (review id), 'Independent Author: Bernard "
        "Holloway-Price'. Single-agency recommendations: the 6.1 table Agency | Recommendation, eight rows, no "
        "numbers (ref null), level agency, agency = the merged Agency cell (Tolbury Police over three rows, the "
        "Foundation Trust over two, Housing over two, Probation one). Overview recommendations 6.2: '1' is a "
        "lead-in stem ('should review the MARAC operating protocol so that:') completed by sub-items 1.1 and "
        "1.2; the gold records the two sub-items (the plan also keys rows 1.1 and 1.2), not the stem; then 2, "
        "3, 4. 4 is addressed to the Partnership (which writes to the Home Office) -> agency the Partnership, "
        "scope local. 'Lessons to be Learned' bullets and the 'should' sentence in 3.6 are not "
        "recommendations. Action plan: landscape, Rec | Recommendation | Action | Lead | Target | Progress | "
        "Status, one action per recommendation (action ref = the Rec value); Status after a long Progress "
        "column holds the RAG word with matching shading: 'Green – complete' -> complete, 'Amber' -> "
        "in_progress, 'Red' (training not started, funding not found) -> not_started. No chronology: the "
        "dated sentences in 3.7-3.11 'Summary of agency involvement' summarise, they are not a chronology."
    ),
)


def main():
    # An optional folder argument writes the .json files there (a scratch copy to compare with the committed ones).
    write_gold(GOLD, HERE, sys.argv[1] if len(sys.argv) > 1 else None, family_keys="after_file")


if __name__ == "__main__":
    main()
