"""Hand-written gold for heldout6 (blind set). Every field below was written by hand from the documents'
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

# ------------------------------------------------------------------ 1. Ashcombe overview report
GOLD["dhr_prose_recs_agency_narrative_ashcombe"] = dict(
    review=dict(
        review_id="ASCP/DHR/2021/02",
        review_type="DHR",
        area="Ashcombe",
        doc_kind="overview_report",
        author="Gwen Trelawny",
        victims=[{"pseudonym": "Lorna", "age": 46}],
        date_of_death="2021-02-14",
    ),
    review_alternatives={"area": ["Ashcombe Safer Communities Partnership"]},
    recommendations=[
        R(
            "1",
            "Ashcombe Police",
            "Ashcombe Police should review how call handlers record and grade a call in which the caller",
            ["record_keeping", "risk_assessment", "training"],
        ),
        R(
            "2",
            "Ashcombe Safer Communities Partnership",
            "The Partnership should seek assurance from Kestrel Women's Aid that, when a victim does not answer",
            ["specialist_support", "quality_assurance"],
        ),
        R(
            "3",
            "NHS Ashcombe Integrated Care Board",
            "NHS Ashcombe Integrated Care Board should ask every GP practice in the borough to show that",
            ["routine_enquiry", "quality_assurance"],
        ),
        R(
            "4",
            "Ashcombe Borough Council",
            "Ashcombe Borough Council should make sure that housing officers who are unable to see a tenant",
            ["record_keeping", "risk_assessment"],
        ),
        R(
            "5",
            "Home Office",
            "The Home Office should consider whether the statutory guidance for these reviews should say more",
            ["policy_procedure", "quality_assurance"],
            scope="national",
        ),
        R(
            "6",
            "Ashcombe Safer Communities Partnership",
            "the Partnership should run a campaign with local employers so that managers know how to respond",
            ["awareness_public"],
        ),
    ],
    actions=[],
    chronology=[
        C(
            "3.2",
            "Ashcombe Police",
            "the early hours of 22 June 2017",
            "2017-06-22",
            "Police first had contact with the couple in the early hours of 22 June 2017",
        ),
        C(
            "3.3",
            "Ashcombe Police",
            "5 August 2019",
            "2019-08-05",
            "There were no further calls until 5 August 2019, when Lorna rang 999",
        ),
        C(
            "3.4",
            "Ashcombe Police",
            "the following morning",
            "2019-08-06",
            "Officers arrested Graham the following morning on suspicion of assault",
            relative=True,
        ),
        C(
            "3.5",
            "Ashcombe Police",
            "21:40 on 30 December 2020",
            "2020-12-30",
            "At 21:40 on 30 December 2020 Lorna called the force control room",
        ),
        C(
            "3.6",
            "Millbrook Surgery (GP practice)",
            "March 2018",
            "2018-03",
            "Lorna saw her GP about low mood and poor sleep in March 2018",
        ),
        C(
            "3.7",
            "Millbrook Surgery (GP practice)",
            "11 May 2020",
            "2020-05-11",
            "During a telephone review with the practice nurse on 11 May 2020",
        ),
        C(
            "3.8",
            "Ashcombe Borough Council – Housing",
            "the autumn of 2019",
            "2019",
            "Housing officers visited the flat twice in the autumn of 2019 about a leak",
        ),
        C(
            "3.9",
            "Ashcombe Borough Council – Housing",
            "14 January 2021",
            "2021-01-14",
            "A tenancy audit booked for 14 January 2021 did not take place",
        ),
        C(
            "3.10",
            "Kestrel Women's Aid",
            "12 August 2019",
            "2019-08",
            "The service received the police referral after the August 2019 incident and an outreach worker",
        ),
    ],
    notes=(
        "DHR overview report, plain pdftotext. Title page as a borderless two-column table (label / value): "
        "author 'Independent Chair and Author: Gwen Trelawny MA', 'Review reference: ASCP/DHR/2021/02'; the "
        "title page says only 'who died in February 2021', paragraph 1.1 gives 14 February 2021. Section 3 "
        "'Summary of agency contact' is the chronology in the agency-by-agency narrative form: numbered "
        "paragraphs 3.2-3.10 under agency sub-headings (heading = the agency sub-heading), the date somewhere "
        "in the first sentence; 3.1 is the section's introduction, not an entry. 3.4 'the following morning' "
        "follows 5 August 2019 -> 2019-08-06 (relative). 3.8 'the autumn of 2019' -> year '2019'. 3.10 names "
        "'the August 2019 incident' before '12 August 2019' -> annotated at month '2019-08'. Section 2's "
        "process dates (notification, panel meetings) are not chronology. Section 5 'Lessons learned' boxes "
        "say 'should' but are expressly not recommendations. Section 7: recommendations written as running "
        "prose inside numbered paragraphs 7.2-7.7, each closed by '(Recommendation N)'; ref is N (the "
        "paragraph numbers 7.x are locations, not refs), and some paragraphs open with a lead-in sentence "
        "before the recommendation (text_start is the recommendation sentence). 7.1 and 7.8 are not "
        "recommendations. 'The Partnership' = Ashcombe Safer Communities Partnership. Rec 5 is addressed to "
        "the Home Office -> national; it concerns the review process itself -> quality_assurance."
    ),
)

# ------------------------------------------------------------------ 2. Cwm Arian Welsh bilingual executive summary
CA_POL = "Mid Cambria Police"
CA_HB = "Arian University Health Board"
CA_ASC = "Cwm Arian County Council – Adult Services"
GOLD["dhr_welsh_bilingual_agency_refs_cwmarian"] = dict(
    review=dict(
        review_id="CA DHR 03",
        review_type="DHR",
        area="Cwm Arian",
        doc_kind="executive_summary",
        author="Huw Bevan-Rees",
        victims=[{"pseudonym": "Eirlys", "age": 71}],
        date_of_death="2019-11-03",
    ),
    review_alternatives={"area": ["Cwm Arian Community Safety Partnership"]},
    recommendations=[
        R(
            "1",
            "Cwm Arian Community Safety Partnership",
            "Cwm Arian Community Safety Partnership should make sure that the local domestic abuse training offer",
            ["training"],
        ),
        R(
            "2",
            "Cwm Arian Community Safety Partnership",
            "Cwm Arian Community Safety Partnership should work with the Regional Safeguarding Board so that",
            ["multi_agency_working", "risk_assessment"],
        ),
        R(
            "3",
            "Welsh Government",
            "Welsh Government should consider issuing guidance on the joint assessment of risk",
            ["policy_procedure", "risk_assessment"],
            scope="national",
        ),
        R(
            "Police 1",
            CA_POL,
            "Mid Cambria Police should remind officers that a DASH risk assessment must be completed",
            ["risk_assessment"],
            level=AG,
        ),
        R(
            "Police 2",
            CA_POL,
            "Mid Cambria Police should ensure that repeat call-outs to the same address are flagged",
            ["information_sharing", "risk_assessment"],
            level=AG,
        ),
        R(
            "HB.1",
            CA_HB,
            "The Health Board should review its policy on discharging patients from community mental health",
            ["policy_procedure", "mental_health"],
            level=AG,
        ),
        R(
            "HB.2",
            CA_HB,
            "The Health Board should make sure that district nurses ask patients who are carers",
            ["routine_enquiry"],
            level=AG,
        ),
        R(
            "ASC 1",
            CA_ASC,
            "Adult Services should review carers' assessments at least once a year",
            ["other"],
            level=AG,
        ),
    ],
    actions=[],
    chronology=[],
    notes=(
        "Welsh DHR executive summary, plain pdftotext. Every heading and title-page line is bilingual (Welsh "
        "line or half first, then English): 'Adolygiad Dynladdiad Domestig / Domestic Homicide Review', "
        "'Crynodeb Gweithredol / Executive Summary', 'Cyfeirnod / Reference: CA DHR 03', 'Awdur Annibynnol / "
        "Independent Author: Huw Bevan-Rees', section heading '4. Argymhellion / Recommendations'. Section "
        "4.1 panel recommendations numbered '1.'-'3.' (level overview). Section 4.2 single agency "
        "recommendations under bilingual agency sub-headings, numbered per agency with the agency's prefix as "
        "printed: 'Police 1:', 'Police 2:', 'HB.1', 'HB.2', 'ASC 1'; refs kept as printed because the bare "
        "numbers collide with the panel recommendations; agency = the English half of the sub-heading. Rec 2 "
        "is addressed to the CSP (working with a regional board, no cross-area wording) -> local; rec 3 to "
        "Welsh Government -> national. Sections 1-3 summarise the case without a chronology (no dated "
        "entries). Eirlys died 3 November 2019."
    ),
)

# ------------------------------------------------------------------ 3. Kestleigh SAR
KSAB = "Kestleigh Safeguarding Adults Board"
GOLD["sar_learning_points_recs_table_kestleigh"] = dict(
    review=dict(
        review_id="SAR 2023/01",
        review_type="SAR",
        area="Kestleigh",
        doc_kind="overview_report",
        author="Priya Okonkwo-Hale",
        victims=[{"pseudonym": "Dennis", "age": 67}],
        date_of_death="2023-01-29",
    ),
    review_alternatives={"area": ["Kestleigh Safeguarding Adults Board"], "review_id": ["2023/01"]},
    recommendations=[
        R(
            "R1",
            KSAB,
            "The Board should seek assurance from Kestleigh Council Adult Social Care that its self-neglect procedure",
            ["quality_assurance", "policy_procedure"],
        ),
        R(
            "R2",
            "Kestleigh Fire and Rescue Service and Adult Social Care",
            "Kestleigh Fire and Rescue Service and Adult Social Care should agree a simple referral route",
            ["multi_agency_working", "information_sharing"],
        ),
        R(
            "R3",
            KSAB,
            "The Board should make sure that multi-agency training on the Mental Capacity Act covers executive function",
            ["training"],
        ),
        R(
            "R4",
            "GP practices in Kestleigh",
            "GP practices in Kestleigh should ensure that when a patient with a long-term condition misses",
            ["record_keeping", "risk_assessment"],
        ),
        R(
            "R5",
            "Kestleigh Homes",
            "Kestleigh Homes should ensure that repairs to heating for tenants known to be vulnerable",
            ["other", "information_sharing"],
        ),
        R(
            "R6",
            "Department of Health and Social Care",
            "The Department of Health and Social Care should consider producing national guidance on self-neglect",
            ["policy_procedure"],
            scope="national",
        ),
    ],
    actions=[],
    chronology=[],
    notes=(
        "SAR overview report, plain pdftotext. Review id only in the footer 'Kestleigh SAB – SAR 2023/01 "
        "‘Dennis’ – Final'; reviewer on the title page 'Independent Reviewer: Dr Priya Okonkwo-Hale'. Three "
        "'Learning point N' boxes (one-cell shaded tables) in section 4 use 'should' but are learning, not "
        "recommendations. Section 5 is a three-column table 'No. / Recommendation / For' which plain "
        "pdftotext prints as column blocks (refs R1-R6, then texts, then the 'For' cells). Refs kept as "
        "printed ('R1'). Agency = the addressee named in the text ('The Board' = Kestleigh Safeguarding Adults "
        "Board), not the 'For' cell where they differ (R3 'Training Sub-group', R4 'Integrated Care Board' "
        "while the text addresses GP practices). R6 addressed to DHSC -> national. 'Dennis's story' has no "
        "dated entries: no chronology."
    ),
)

# ------------------------------------------------------------------ 4. Brackenmoor CSPR
BSCP = "Brackenmoor Safeguarding Children Partnership"
GOLD["cspr_findings_recs_responses_brackenmoor"] = dict(
    review=dict(
        review_id="BSCP LCSPR 2022-03",
        review_type="SCR",
        area="Brackenmoor",
        doc_kind="overview_report",
        author="Moira Castellane",
        victims=[{"pseudonym": "Child T", "age": 0}],
        date_of_death="2022-10-06",
    ),
    review_alternatives={
        "review_type": ["CSPR", "LCSPR"],
        "area": ["Brackenmoor Safeguarding Children Partnership"],
        "date_of_death": ["2022-10-04"],
    },
    recommendations=[
        R(
            "1",
            BSCP,
            "The Partnership should make sure that midwives, health visitors and GPs ask about, and record",
            ["routine_enquiry", "record_keeping", "children"],
        ),
        R(
            "2",
            BSCP,
            "The Partnership should develop a short practice guide for working with fathers and male carers",
            ["policy_procedure", "training", "children"],
        ),
        R(
            "3",
            "Brackenmoor Integrated Care Board",
            "Brackenmoor Integrated Care Board should seek assurance that every GP practice knows and follows",
            ["quality_assurance", "children"],
        ),
        R(
            "4",
            "Brackenmoor Council housing service",
            "Brackenmoor Council's housing service should train its officers to recognise when a complaint",
            ["training", "information_sharing", "children"],
        ),
        R(
            "5",
            "Department for Education",
            "The Department for Education should consider including housing providers as relevant agencies",
            ["policy_procedure", "multi_agency_working"],
            scope="national",
        ),
    ],
    actions=[],
    chronology=[
        C(None, None, "17/11/2021", "2021-11-17", "Child T was born at Brackenmoor General Hospital"),
        C(None, None, "Dec 2021", "2021-12", "The health visitor completed the new birth visit"),
        C(None, None, "03/02/2022", "2022-02-03", "Police attended a report of a disturbance at the flat"),
        C(
            None,
            None,
            "Late February 2022",
            "2022-02",
            "A neighbour told the housing officer she had heard a baby crying",
        ),
        C(None, None, "14/04/2022", "2022-04-14", "Child T was taken to the GP with a bruise to his cheek"),
        C(
            None,
            None,
            "9 June 2022",
            "2022-06-09",
            "The health visitor saw Child T at clinic for his developmental review",
        ),
        C(None, None, "August 2022", "2022-08", "The mother's partner moved into the flat"),
        C(
            None,
            None,
            "04/10/2022",
            "2022-10-04",
            "An ambulance was called to the flat; Child T was unresponsive",
        ),
    ],
    notes=(
        "Local child safeguarding practice review, -layout pdftotext. Title-page facts in a two-column "
        "table ('Review reference', 'Lead reviewer', 'Date of incident', 'Published'). Review type: a CSPR is "
        "the successor of the SCR, the nearest contract value; CSPR/LCSPR accepted. Child T was injured on 4 "
        "October 2022 (printed 'Date of incident') and died on 6 October 2022 (paragraph 1.1); gold is the "
        "death date, the incident date accepted. Section 2 'Key events' is a two-column Date / Key event "
        "table (chronology, one entry per row; 'Late February 2022' -> month). Section 3: 'Finding N:' "
        "sub-headings, each followed by narrative, then 'Recommendation N:' paragraphs numbered 1-5 across "
        "findings, then an italic 'Partnership response:' paragraph which is not a recommendation (it names "
        "recommendations by number). 'The Partnership' = Brackenmoor Safeguarding Children Partnership. Rec 5 "
        "asks the Department for Education to act -> national."
    ),
)

# ------------------------------------------------------------------ 5. Wyreholme NHS investigation plan
WMH = "Wyreholme Mental Health NHS Foundation Trust"
GOLD["nhs_mh_investigation_plan_incell_numbers_wyreholme"] = dict(
    review=dict(
        review_id="2020/NR/031",
        review_type=None,
        area=None,
        doc_kind="action_plan",
        author=None,
        victims=[{"pseudonym": "Mr K's father", "age": None}],
        date_of_death="2020-07-11",
    ),
    recommendations=[
        R(
            "1",
            WMH,
            "The Trust must ensure that the risk assessment of a service user who expresses thoughts of harming",
            ["risk_assessment", "mental_health"],
        ),
        R(
            "3",
            WMH,
            "The Trust should involve families and carers in care planning and make sure that their concerns",
            ["mental_health", "record_keeping"],
        ),
        R(
            "4",
            WMH,
            "When a service user is discharged from secondary care after disengaging, the Trust should write",
            ["information_sharing", "risk_assessment", "mental_health"],
        ),
        R(
            "6",
            WMH,
            "The Trust should train community staff on the links between psychosis, substance misuse and violence",
            ["training", "mental_health", "substance_misuse"],
        ),
    ],
    actions=[
        A(
            "1",
            OV,
            "1",
            "Update the Clinical Risk Assessment and Management Policy to set the one-week review",
            "Associate Director of Nursing (Safety)",
            "31 March 2022",
            "2022-03-31",
            "Complete – policy ratified 15/03/2022",
            "complete",
        ),
        A(
            "2",
            OV,
            "1",
            "Add a mandatory prompt to the electronic risk assessment form",
            "Associate Director of Nursing (Safety)",
            "30 June 2022",
            "2022-06-30",
            "Complete 27/06/2022",
            "complete",
        ),
        A(
            "3",
            OV,
            "1",
            "Audit compliance in two community teams",
            "Associate Director of Nursing (Safety)",
            "31 December 2022",
            "2022-12-31",
            "Ongoing – audit under way, report due January 2024",
            "in_progress",
        ),
        A(
            "1",
            OV,
            "3",
            "Roll out the Triangle of Care self-assessment to all adult community teams",
            "Head of Patient and Carer Experience",
            "30 September 2022",
            "2022-09-30",
            "Complete",
            "complete",
        ),
        A(
            "2",
            OV,
            "3",
            "Add a 'carer's view' section to the care plan template",
            "Head of Patient and Carer Experience",
            "31 December 2022",
            "2022-12-31",
            "Partially complete – template live in two of four localities",
            "in_progress",
        ),
        A(
            "1",
            OV,
            "4",
            "Revise the discharge letter template to include risk indicators, carer contact details",
            "Clinical Director, Community Services",
            "Q4 2022/23",
            "2023",
            "Not started – awaiting clinical records system upgrade",
            "not_started",
        ),
        A(
            "1",
            OV,
            "6",
            "Commission a training module jointly with the local drug and alcohol service",
            "Head of Learning and Development",
            "31/03/2023",
            "2023-03-31",
            "Complete – evidence provided",
            "complete",
        ),
        A(
            "2",
            OV,
            "6",
            "Deliver the module to all community mental health team staff, reaching 80% completion",
            "Head of Learning and Development",
            "31/03/2024",
            "2024-03-31",
            "In progress – 61% of staff trained (February 2024)",
            "in_progress",
        ),
    ],
    chronology=[],
    notes=(
        "NHS Trust action plan responding to an independent mental health homicide investigation "
        "(commissioned by NHS England), -layout pdftotext. Not a DHR/SAR/SCR: review_type null; review_id = "
        "the printed investigation reference. Portrait intro, landscape plan. Recommendation numbers 1, 3, 4, "
        "6 as in the investigation report (2 and 5 are said to be for other bodies and are not in the plan: "
        "no records). Columns 'Rec No. / Recommendation (issue identified) / Actions to be taken / Person "
        "responsible / Target completion date / Evidence to be provided / Progress to date'. Several actions "
        "share one cell, numbered '1.', '2.', '3.' inside it, with matching numbered target dates and "
        "progress lines in their cells; each numbered action is one gold action, ref = its in-cell number, "
        "recommendation_ref = the row's number, lead = the row's single 'Person responsible'. 'Q4 2022/23' "
        "(January-March 2023) -> year '2023'. Statuses: 'Complete…' -> complete; 'Ongoing', 'Partially "
        "complete', 'In progress' -> in_progress; 'Not started' -> not_started. The victim (Mr K's father) "
        "died on 11 July 2020."
    ),
)

# ------------------------------------------------------------------ 6. Thornlaw plan
GOLD["dhr_plan_agency_first_smart_thornlaw"] = dict(
    review=dict(
        review_id="TCSP DHR 2021-1",
        review_type="DHR",
        area="Thornlaw",
        doc_kind="action_plan",
        author="Ruth Ansell-Whyte",
        victims=[{"pseudonym": "Ada", "age": None}],
        date_of_death="2021-05-02",
    ),
    review_alternatives={"area": ["Thornlaw Community Safety Partnership"]},
    recommendations=[
        R(
            "1",
            "Thornlaw Community Safety Partnership",
            "Thornlaw Community Safety Partnership should commission a review of the pathway from the MARAC",
            ["specialist_support", "multi_agency_working"],
        ),
        R(
            "2",
            "Northfell Police",
            "Northfell Police should ensure that officers attending domestic incidents check for, and record",
            ["risk_assessment", "record_keeping"],
        ),
        R(
            "3",
            "Thornlaw Adult Social Care",
            "Thornlaw Adult Social Care should include questions about domestic abuse in every carer's assessment",
            ["routine_enquiry"],
        ),
        R(
            "4",
            "All partner agencies",
            "All partner agencies should make sure that frontline staff know how to refer to the MARAC",
            ["training", "quality_assurance", "multi_agency_working"],
        ),
        R(
            "5",
            "Home Office",
            "The Home Office should consider how firearms licensing guidance can take account of a history",
            ["policy_procedure", "information_sharing"],
            scope="national",
        ),
    ],
    actions=[
        A(
            "1a",
            OV,
            "1",
            "Commission an independent review of the rural MARAC-to-support pathway",
            "CSP Manager",
            "31.03.23",
            "2023-03-31",
            "12/05/2023",
            "complete",
        ),
        A(
            "1b",
            OV,
            "1",
            "Agree and fund the changes to the pathway that the review identifies",
            "Head of Community Safety",
            "Q2 2023/24",
            "2023",
            "",
            "unknown",
        ),
        A(
            "2a",
            OV,
            "2",
            "Add a firearms check prompt to the domestic abuse attendance checklist",
            "Chief Inspector, Public Protection",
            "Dec 23",
            "2023-12",
            "Ongoing",
            "in_progress",
        ),
        A(
            "2b",
            OV,
            "2",
            "Dip-sample 50 domestic incident records each quarter for evidence of the firearms check",
            "Force DA Lead",
            "Mar-24",
            "2024-03",
            "30/04/2024",
            "complete",
        ),
        A(
            "3a",
            OV,
            "3",
            "Revise the carer's assessment form to include routine enquiry about domestic abuse",
            "Principal Social Worker",
            "30/09/2023",
            "2023-09-30",
            "28/09/2023",
            "complete",
        ),
        A(
            "4a",
            OV,
            "4",
            "Deliver MARAC referral briefings to frontline staff in each agency",
            "Thornlaw DA Coordinator",
            "Within 6 months of publication",
            None,
            "",
            "unknown",
        ),
        A(
            "4b",
            OV,
            "4",
            "Hold an annual audit of MARAC referrals by agency",
            "MARAC Chair",
            "Annually from April 2024",
            "2024-04",
            "Ongoing",
            "in_progress",
        ),
        A(
            "5a",
            OV,
            "5",
            "Write to the Home Office enclosing the report and asking it to consider",
            "CSP Chair",
            "On publication",
            None,
            "15/06/2023",
            "complete",
        ),
    ],
    chronology=[],
    notes=(
        "DHR action plan, -layout pdftotext. Portrait page lists the five overview recommendations as a "
        "numbered list '1.'-'5.'; landscape table with columns in an unusual order: 'Agency' first (merged "
        "down over consecutive rows of the same agency), then 'Ref' (1a, 1b, 2a…: recommendation number + "
        "letter), 'Action required', 'SMART outcome – how will we know it has worked?', 'Lead officer', 'By "
        "when', 'Date completed'. Status is a date only: the intro says the 'Date completed' column is blank "
        "until evidence is provided, so a date -> complete, 'Ongoing' -> in_progress, blank -> unknown. Lead = "
        "the 'Lead officer' column (the Agency column is the owning agency). Targets: '31.03.23' -> "
        "2023-03-31; 'Q2 2023/24' (July-September 2023) -> '2023'; 'Dec 23' -> 2023-12; 'Mar-24' -> 2024-03; "
        "'Within 6 months of publication' and 'On publication' -> no date; 'Annually from April 2024' -> "
        "2024-04. All actions belong to overview recommendations (agency_section 'overview'). Date of death "
        "printed '02/05/2021' (UK order: 2 May 2021)."
    ),
)

# ------------------------------------------------------------------ 7. Quenby plan
Q_POL = "Quenby Police"
Q_CCG = "NHS Quenby Clinical Commissioning Group"
Q_ASC = "Quenby Council Adult Social Care"
QCSP = "Quenby Community Safety Partnership"
GOLD["dhr_plan_agency_prefixed_refs_quenby"] = dict(
    review=dict(
        review_id="QCSP DHR 2020/04",
        review_type="DHR",
        area="Quenby",
        doc_kind="action_plan",
        author=None,
        victims=[{"pseudonym": "Joel", "age": None}],
        date_of_death="2020-09",
    ),
    review_alternatives={"area": ["Quenby Community Safety Partnership"]},
    recommendations=[
        R(
            "MA1",
            QCSP,
            "Quenby Community Safety Partnership should make sure that information about male victims",
            ["awareness_public"],
        ),
        R(
            "MA2",
            QCSP,
            "The Partnership should ask the MARAC Steering Group to review how cases are identified",
            ["multi_agency_working", "risk_assessment"],
        ),
        R(
            "Police 1",
            Q_POL,
            "Quenby Police should ensure that where both parties make allegations, officers record",
            ["risk_assessment", "record_keeping"],
            level=AG,
        ),
        R(
            "Police 2",
            Q_POL,
            "Quenby Police should review how it shares information about male victims with specialist services",
            ["information_sharing", "specialist_support"],
            level=AG,
        ),
        R(
            "CCG.1",
            Q_CCG,
            "The CCG should ensure that GP practices ask male patients about domestic abuse",
            ["routine_enquiry"],
            level=AG,
        ),
        R(
            "CCG.2",
            Q_CCG,
            "The CCG should audit the recording of domestic abuse enquiry for male patients",
            ["quality_assurance", "record_keeping"],
            level=AG,
        ),
        R(
            "ASC 1",
            Q_ASC,
            "Adult Social Care should update its safeguarding procedure so that abuse of a man",
            ["policy_procedure"],
            level=AG,
        ),
    ],
    actions=[
        A(
            "MA1",
            OV,
            "MA1",
            "Run a campaign aimed at male victims across social media and sports clubs",
            "Community Safety Manager",
            "Mar 2022",
            "2022-03",
            "Complete – evidence provided",
            "complete",
        ),
        A(
            "MA2",
            OV,
            "MA2",
            "MARAC Steering Group to review identification and referral data for male victims",
            "MARAC Chair",
            "31/12/2021",
            "2021-12-31",
            "Partially complete",
            "in_progress",
        ),
        A(
            "Police 1",
            Q_POL,
            "Police 1",
            "Issue a briefing note and update the domestic abuse attendance guidance",
            "Detective Superintendent, Safeguarding",
            "April 2022",
            "2022-04",
            "Complete – evidence awaited",
            "complete",
        ),
        A(
            "Police 2",
            Q_POL,
            "Police 2",
            "Agree a referral route with the male victims' service",
            "DA Partnership Inspector",
            "2022/23",
            "2022",
            "In progress – on track",
            "in_progress",
        ),
        A(
            "CCG.1",
            Q_CCG,
            "CCG.1",
            "Include male victims in the GP safeguarding leads' training",
            "Designated Nurse, Safeguarding Adults",
            "30/06/2022",
            "2022-06-30",
            "Complete – evidence provided",
            "complete",
        ),
        A(
            "CCG.2",
            Q_CCG,
            "CCG.2",
            "Audit 100 records across ten practices",
            "Designated Nurse, Safeguarding Adults",
            "30/09/2022",
            "2022-09-30",
            "Not started",
            "not_started",
        ),
        A(
            "ASC 1",
            Q_ASC,
            "ASC 1",
            "Revise the procedure and brief all team managers",
            "Head of Safeguarding",
            "Jan 2022",
            "2022-01",
            "Complete (revised procedure published 14/01/2022)",
            "complete",
        ),
    ],
    chronology=[],
    notes=(
        "DHR action plan, landscape throughout, plain pdftotext (which prints the table as column blocks, "
        "the group rows and refs at the end). One table: 'Ref / Recommendation / Key actions / Lead / Target "
        "date / Status / evidence'; full-width shaded group rows 'Multi-agency recommendations', 'Quenby "
        "Police', 'NHS Quenby Clinical Commissioning Group', 'Quenby Council Adult Social Care'. Refs as "
        "printed with the agency prefix: MA1, MA2 (overview), Police 1, Police 2, CCG.1, CCG.2, ASC 1 "
        "(agency level, agency = the group row). One action per row: action ref = recommendation_ref = the "
        "row's ref; agency_section = 'overview' for MA rows, else the group row. Statuses: 'Complete – "
        "evidence provided' and 'Complete – evidence awaited' and 'Complete (revised procedure published…)' "
        "-> complete; 'Partially complete', 'In progress – on track' -> in_progress; 'Not started' -> "
        "not_started. Target '2022/23' (a financial year) -> year '2022'. Date of homicide printed as "
        "'September 2020'. No author is named."
    ),
)

# ------------------------------------------------------------------ 8. Saltmarsh chronology
GOLD["chron_combined_time_source_cols_saltmarsh"] = dict(
    review=dict(
        review_id="SDCSP DHR 01/2020",
        review_type="DHR",
        area="Saltmarsh Downs",
        doc_kind="overview_report",
        author=None,
        victims=[{"pseudonym": "Megan", "age": None}],
        date_of_death="2020-01-01",
    ),
    review_alternatives={"area": ["Saltmarsh Downs Community Safety Partnership"]},
    recommendations=[],
    actions=[],
    chronology=[
        C(None, None, "c. 2015", "2015", "Megan and Scott met through friends and moved in together"),
        C(None, None, "Mon 14/01/2019", "2019-01-14", "Megan attended with a sprained wrist"),
        C(None, None, "29.01.2019", "2019-01-29", "A neighbour reported a woman screaming"),
        C(None, None, "29.01.2019", "2019-01-29", "Officers completed a DASH risk assessment with Megan"),
        C(
            None,
            None,
            "Feb 2019 (exact date not recorded)",
            "2019-02",
            "Megan asked about a transfer to a one-bedroom flat",
        ),
        C(None, None, "Tue 05/03/19", "2019-03-05", "Scott attended supervision for a driving offence"),
        C(
            None,
            None,
            "2019-04-18",
            "2019-04-18",
            "Scott called an ambulance because Megan had taken an overdose",
        ),
        C(None, None, "18/04/2019", "2019-04-18", "Megan was seen by the liaison psychiatry nurse"),
        C(None, None, "00/05/2019", "2019-05", "The practice received the hospital discharge letter"),
        C(
            None,
            None,
            "Between 1 and 8 June 2019",
            "2019-06",
            "Megan told her sister that Scott had locked her out",
            date_end="2019-06-08",
        ),
        C(None, None, "Sat 22 Jun 19", "2019-06-22", "Megan called police from a neighbour's flat"),
        C(
            None,
            None,
            "23/06/2019",
            "2019-06-23",
            "The DASH risk assessment was repeated and graded high risk",
        ),
        C(None, None, "25/06/2019", "2019-06-25", "An IDVA contacted Megan and agreed a safety plan"),
        C(None, None, "11/07/2019", "2019-07-11", "Megan's case was heard at the MARAC"),
        C(
            None,
            None,
            "Summer 2019",
            "2019",
            "The transfer application was approved but no suitable property",
        ),
        C(None, None, "17.09.19", "2019-09-17", "The case was closed after Megan said she had reconciled"),
        C(None, None, "Early December 2019", "2019-12", "Megan's mother noticed bruising to her neck"),
        C(None, None, "Wed 1st January 2020", "2020-01-01", "Scott called 999 to say that Megan had fallen"),
    ],
    notes=(
        "DHR overview report appendix (combined chronology only), landscape, -layout pdftotext. Table "
        "'Date / Time / Agency / Source / Event / Comment' over two pages with the header repeated; one entry "
        "per row, text_start = the Event cell (the Comment column is the panel's analysis). Date forms: "
        "'c. 2015' (year, approximate), weekday prefixes 'Mon 14/01/2019', 'Tue 05/03/19', 'Sat 22 Jun 19', "
        "'Wed 1st January 2020'; dotted '29.01.2019', '17.09.19'; ISO '2019-04-18'; 'Feb 2019 (exact date not "
        "recorded)'; '00/05/2019' (a records system's unknown day -> month); 'Between 1 and 8 June 2019' (range, "
        "start month); 'Summer 2019' (season -> year); 'Early December 2019' (month, approximate). Two rows share "
        "29.01.2019 and two share 18 April 2019; they are separate entries. Times are in their own column. "
        "Date of death 1 January 2020 from the title line."
    ),
)

# ------------------------------------------------------------------ 9. Ellerbrook SAR plan
ESAB = "Ellerbrook Safeguarding Adults Partnership Board"
E_TRUST = "Ellerbrook Hospitals NHS Trust – Head of Safeguarding"
GOLD["sar_plan_vertical_key_value_tables_ellerbrook"] = dict(
    review=dict(
        review_id="SAR 04/2023",
        review_type="SAR",
        area="Ellerbrook",
        doc_kind="action_plan",
        author=None,
        victims=[{"pseudonym": "Agnes", "age": 84}, {"pseudonym": "Walter", "age": 88}],
        date_of_death=None,
    ),
    review_alternatives={"area": ["Ellerbrook Safeguarding Adults Partnership Board"]},
    recommendations=[
        R(
            "1",
            ESAB,
            "The Board should seek assurance that hospital discharge planning for an older person considers",
            ["quality_assurance", "other"],
        ),
        R(
            "2",
            "Ellerbrook Council Adult Social Care",
            "Ellerbrook Council Adult Social Care should make sure that a carer's assessment is offered",
            ["other"],
        ),
        R(
            "3",
            ESAB,
            "The Board should raise awareness among the public and community groups of the strain of caring",
            ["awareness_public"],
        ),
        R(
            "4",
            "Ellerbrook Police",
            "Ellerbrook Police should ensure that officers attending incidents between older couples consider",
            ["risk_assessment"],
        ),
    ],
    actions=[
        A(
            "1.1",
            OV,
            "1",
            "Audit 20 discharges of patients whose spouse is their main carer",
            E_TRUST,
            "By 30 June 2024",
            "2024-06-30",
            "Blue",
            "complete",
        ),
        A(
            "1.2",
            OV,
            "1",
            "Share the audit findings with ward managers and discharge coordinators",
            E_TRUST,
            "September 2024",
            "2024-09",
            "Amber",
            "in_progress",
        ),
        A(
            "2.1",
            OV,
            "2",
            "Add a carer's assessment prompt to the hospital social work discharge checklist",
            "Principal Social Worker",
            "31/03/2024",
            "2024-03-31",
            "Blue",
            "complete",
        ),
        A(
            "3.1",
            OV,
            "3",
            "Run a carers' week campaign with the Carers' Centre and local faith groups",
            "Board Business Manager",
            "June 2024",
            "2024-06",
            "Green",
            "in_progress",
        ),
        A(
            "4.1",
            OV,
            "4",
            "Include older couples in the domestic abuse refresher training for response officers",
            "Ellerbrook Police – Head of Public Protection",
            "December 2024",
            "2024-12",
            "Red",
            "not_started",
        ),
    ],
    chronology=[],
    notes=(
        "SAR action plan and progress tracker, portrait, plain pdftotext (which prints each two-column table "
        "as a block of labels then a block of values). No grid table: each recommendation is its own "
        "two-column key/value table: a shaded 'Recommendation N | text' row, then for each action the rows "
        "'Action N.M | text', 'Lead', 'Timescale', 'How will we know?', 'Progress (March 2025)', 'RAG'. The "
        "last table's 'RAG | Red' row falls on page 2. RAG key at the top: Blue = Complete -> complete; Green = "
        "On track and Amber = Delayed but in progress -> in_progress; Red = Not started or at risk (4.1's "
        "progress says 'Not started') -> not_started. status_raw is the RAG word. 'The Board' = Ellerbrook "
        "Safeguarding Adults Partnership Board. No date of death or author is printed."
    ),
)


def main():
    # An optional folder argument writes the .json files there (a scratch copy to compare with the committed ones).
    write_gold(GOLD, HERE, sys.argv[1] if len(sys.argv) > 1 else None)


if __name__ == "__main__":
    main()
