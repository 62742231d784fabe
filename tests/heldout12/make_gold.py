"""Hand-written gold for heldout12 (blind set). Every field below was written by hand from the documents'
meaning; only each record's `line` is looked up in the .txt (first line holding the start of text_start /
action_start; `after` pins a later occurrence). Run once to write <stem>.json.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/: gold_lines, the line look-up and writer every blind set shares

from gold_lines import OV, A, C, R, write_gold  # noqa: E402

GOLD = {}

# ------------------------------------------------------------------ 1. DHR overview 2019, Home Office template plan
KCSP = "Kettlebrook Community Safety Partnership"
GOLD["dhr_overview_2019_ho_template_plan_scope_col_kettlebrook"] = dict(
    family="dhr_overview_2019_ho_template_plan_scope_col",
    description=(
        "DHR overview report (2019): cover 'Independent Chair and Author', review id only in the running head, "
        "date of death in 1.2 prose, bold 'Recommendation N' labels under Local / National sub-headings, "
        "restated as a numbered summary list, appended landscape Home Office template plan with Scope column, "
        "merged recommendation cells and status only in 'Date of completion and Outcome'"
    ),
    review=dict(
        review_id="KCSP DHR 2018/02",
        review_type="DHR",
        area="Kettlebrook",
        doc_kind="overview_report",
        author="Lionel Aspery",
        victims=[{"pseudonym": "Marnie", "age": 34}],
        date_of_death="2018-11-11",
    ),
    review_alternatives={"area": [KCSP]},
    recommendations=[
        R(
            "1",
            KCSP,
            "Kettlebrook Community Safety Partnership should agree with MARAC partners a single definition",
            ["multi_agency_working", "risk_assessment", "policy_procedure"],
            aliases=[
                "Partners to use one shared definition of repeat disclosure when deciding whether to refer to MARAC",
                "Single definition of repeat disclosure across agencies",
            ],
        ),
        R(
            "2",
            "Kettlebrook Integrated Care Board",
            "Kettlebrook Integrated Care Board should ask every GP practice in the borough to record",
            ["routine_enquiry", "record_keeping"],
            aliases=[
                "GP practices to record the outcome of every routine enquiry about domestic abuse",
                "GP recording of routine enquiry",
            ],
        ),
        R(
            "3",
            "Kettlebrook Borough Council Housing",
            "Kettlebrook Borough Council Housing should introduce guidance that each applicant is seen alone",
            ["policy_procedure", "risk_assessment"],
            aliases=[
                "The housing service to offer a safety visit before any tenancy is moved into joint names",
                "Seeing applicants alone before joint tenancy",
            ],
        ),
        R(
            "4",
            KCSP,
            "Kettlebrook Community Safety Partnership should run a public awareness campaign aimed at friends",
            ["awareness_public"],
            aliases=[
                "A Kettlebrook campaign aimed at friends and workmates on recognising coercive control",
                "Awareness campaign on coercive control",
            ],
        ),
        R(
            "5",
            "Home Office",
            "The Home Office should consider including, in the next revision of the statutory guidance",
            ["policy_procedure"],
            scope="national",
            aliases=[
                "The Home Office to consider adding workplace disclosures to its DHR statutory guidance",
                "Workplace information in statutory guidance",
            ],
        ),
    ],
    actions=[
        A(
            "1",
            OV,
            "1",
            "Revise MARAC operating protocol to count disclosures to any agency as repeat",
            "KCSP / MARAC Chair",
            "31/01/2020",
            "2020-01-31",
            "Completed January 2020 – protocol published and briefed to all MARAC members",
            "complete",
        ),
        A(
            "1",
            OV,
            "1",
            "Audit MARAC referrals six months after the new definition is used",
            "MARAC Coordinator",
            "July 2020",
            "2020-07",
            "Completed August 2020 – audit showed referrals from health up by a third",
            "complete",
        ),
        A(
            "2",
            OV,
            "2",
            "Issue coding guidance and template to all GP practices",
            "Kettlebrook ICB Safeguarding Lead",
            "March 2020",
            "2020-03",
            "Outstanding – launch delayed by the pandemic; revised date Sept 2020",
            "in_progress",
        ),
        A(
            "3",
            OV,
            "3",
            "Write and train staff on joint tenancy safety guidance",
            "Kettlebrook Borough Council Housing",
            "30.04.2020",
            "2020-04-30",
            "Completed 24 April 2020",
            "complete",
        ),
        A(
            "4",
            OV,
            "4",
            "Commission and run a campaign with local employers",
            "KCSP Domestic Abuse Coordinator",
            "Autumn 2020",
            "2020",
            "Not started",
            "not_started",
        ),
        A(
            "5",
            OV,
            "5",
            "Chair of KCSP to write to the Home Office with the recommendation",
            "KCSP Chair",
            "Dec 2019",
            "2019-12",
            "Completed – letter sent 2 December 2019",
            "complete",
        ),
    ],
    chronology=[
        C("4.1", None, "2015", "2015", "Marnie and Dean met in 2015 through friends"),
        C(
            "4.2",
            None,
            "In March 2017",
            "2017-03",
            "In March 2017 Marnie told her GP that she was not sleeping",
        ),
        C(
            "4.3",
            None,
            "2 October 2017",
            "2017-10-02",
            "On 2 October 2017 police attended the flat after a neighbour",
        ),
        C(
            "4.4",
            None,
            "In February 2018",
            "2018-02",
            "In February 2018 Dean asked the housing service to add his name",
        ),
        C(
            "4.5",
            None,
            "In June 2018",
            "2018-06",
            "In June 2018 a manager at the animal sanctuary noticed bruising",
        ),
    ],
    notes=(
        "DHR overview report, plain pdftotext. review_id only in the running head ('KCSP DHR 2018/02'); author = "
        "'Independent Chair and Author' on the cover. Date of death 11 November 2018 from 1.2 (the conviction in "
        "May 2019 and the Home Office approval date are not the death). Recommendations = the five bold "
        "'Recommendation N' labels in section 7 (7.1 is a lead-in, not a recommendation); the Local / National "
        "sub-headings give scope: rec 5 to the Home Office -> national, agency Home Office. The executive "
        "summary's numbered list 1.-5. restates them in short form and the plan's Recommendation cells restate "
        "them again: both recorded as aliases, not separate records. The shaded 'Learning' box in section 5 and "
        "the 'should' sense of the analysis are not recommendations. Chronology = section 4 'Background and key "
        "events', paragraphs 4.1-4.5, each dated by its first date ('the summer of 2016' in 4.1 is later than "
        "2015, the paragraph opens with 2015). Action plan (Home Office template, landscape): no action numbers "
        "printed, so each action's ref is its recommendation's number (rec 1's two actions share ref 1 under a "
        "merged Recommendation/Scope cell). Status is only in 'Date of completion and Outcome': 'Completed ...' "
        "-> complete; 'Outstanding – launch delayed ...; revised date' -> in_progress (work started: template "
        "built, not finished); 'Not started' -> not_started. 'Autumn 2020' held at year precision. The "
        "'Key milestones' column is progress, not status."
    ),
)

# ------------------------------------------------------------------ 2. DHR overview 2023, labelled recs, RAG plan
SSP = "Safer Sallowfield Partnership"
GOLD["dhr_overview_2023_labelled_recs_rag_plan_sallowfield"] = dict(
    family="dhr_overview_2023_labelled_recs_rag_plan",
    description=(
        "DHR overview report (2023) of an older man killed by his adult son: bordered cover table with "
        "'Review reference', 'Independent Chair' and 'Overview report author'; bracket-numbered (1)-(5) summary "
        "restatements in the executive summary; 'Recommendation N – Agency' bold labels over paragraphs; "
        "appended landscape plan Rec / Recommendation / Action / Lead officer / By when / Update / RAG (layout text)"
    ),
    review=dict(
        review_id="SSP/DHR/2022-01",
        review_type="DHR",
        area="Sallowfield",
        doc_kind="overview_report",
        author="Dr Samuel Okonjo-Reid",
        victims=[{"pseudonym": "Theo", "age": 71}],
        date_of_death="2022-06-23",
    ),
    review_alternatives={"area": [SSP], "author": ["Samuel Okonjo-Reid"]},
    recommendations=[
        R(
            "1",
            SSP,
            "Safer Sallowfield Partnership should ensure that domestic abuse training for all partner agencies",
            ["training"],
            aliases=[
                "ask carers directly about abuse by the person they care for",
                "Training to include asking carers about harm from the person cared for",
            ],
        ),
        R(
            "2",
            "Sallowfield Council Adult Social Care",
            "Adult Social Care should revise the carer's assessment form so that it asks about risk",
            ["risk_assessment", "policy_procedure"],
            aliases=[
                "make sure adult social care carer's assessments consider risk from the cared-for person",
                "Carer's assessment to ask about risk from cared-for person",
            ],
        ),
        R(
            "3",
            "Sallowfield Mental Health Trust",
            "The Trust should amend its discharge policy so that family members who will live with a patient",
            ["mental_health", "policy_procedure"],
            aliases=[
                "help the mental health trust involve families in discharge planning",
                "Discharge policy to record family members' safety and views",
            ],
        ),
        R(
            "4",
            "Sallowfield Police",
            "Sallowfield Police should review how welfare concerns about adults over 65 are shared",
            ["information_sharing"],
            aliases=[
                "review how police pass on welfare concerns about older people",
                "Sharing welfare concerns about over-65s with Adult Social Care",
            ],
        ),
        R(
            "5",
            "Sallowfield Integrated Care Board",
            "The Integrated Care Board should provide GP practices with a briefing on adult family violence",
            ["training"],
            aliases=[
                "raise awareness of adult family violence among GP practices",
                "GP briefing on adult family violence",
            ],
        ),
    ],
    actions=[
        A(
            "1",
            OV,
            "1",
            "Add a carers module to the partnership domestic abuse training",
            "DA Coordinator, SSP",
            "Dec 2023",
            "2023-12",
            "Amber",
            "in_progress",
        ),
        A(
            "2",
            OV,
            "2",
            "Update carer's assessment form and guidance",
            "Head of Adult Social Care",
            "31/07/2023",
            "2023-07-31",
            "Green",
            "complete",
        ),
        A(
            "3",
            OV,
            "3",
            "Amend discharge policy and audit ten discharges",
            "Director of Nursing, SMHT",
            "March 2024",
            "2024-03",
            "Amber",
            "in_progress",
        ),
        A(
            "4",
            OV,
            "4",
            "Review the police adult welfare referral process",
            "Detective Inspector, Safeguarding",
            "Q4 2023/24",
            "2024",
            "Red",
            "not_started",
        ),
        A(
            "5",
            OV,
            "5",
            "Publish a seven-minute briefing for GP practices",
            "ICB Named GP for Safeguarding",
            "September 2023",
            "2023-09",
            "Green",
            "complete",
        ),
    ],
    chronology=[],
    notes=(
        "DHR overview report, pdftotext -layout. Review id, chair and author from the bordered cover table; "
        "author = 'Overview report author' (the Independent Chair is a different person). Theo was assaulted on "
        "19 June 2022 and died on 23 June 2022 (2.1): date of death = 23 June. Recommendations = the five bold "
        "'Recommendation N – Agency' labels in section 6; agency from the label (rec 2's text says only 'Adult "
        "Social Care', the label names Sallowfield Council Adult Social Care). 6.1 is a lead-in. The executive "
        "summary's bracketed (1)-(5) list and the plan's Recommendation cells restate them (aliases). The "
        "'Finding:' paragraph 5.3 is not a recommendation. No chronology: section 4 'Summary of agency contact' "
        "summarises contact in three paragraphs and is not a chronology or key-events section. Plan: action ref "
        "= the Rec column value; the key above the table maps Green -> complete, Amber -> in_progress, Red -> "
        "not_started; status_raw is the RAG word alone (the Update column is progress). 'Q4 2023/24' (Jan-Mar "
        "2024) held at year precision."
    ),
)

# ------------------------------------------------------------------ 3. SAR findings, board recs, RAG plan
SAB = "Brindlecote Safeguarding Adults Board"
GOLD["sar_findings_board_recs_multiagency_rag_plan_brindlecote"] = dict(
    family="sar_findings_board_recs_multiagency_rag_plan",
    description=(
        "Safeguarding Adults Review (self-neglect): 'Finding N: title' headings each followed by a bold "
        "'Recommendation N' paragraph (two after Finding 3, none after Finding 4), a 'Practice point' box, a "
        "'Summary of recommendations' list, and a landscape multi-agency plan Rec no. / Recommendation / Action "
        "no. / Action / Lead agency / Target / Progress / RAG with letters G/A/R and a key"
    ),
    review=dict(
        review_id=None,
        review_type="SAR",
        area="Brindlecote",
        doc_kind="overview_report",
        author="Ruth Danskin",
        victims=[{"pseudonym": "Harold", "age": 58}],
        date_of_death="2021-03",
    ),
    review_alternatives={"area": [SAB], "date_of_death": ["2021-03-06"]},
    recommendations=[
        R(
            "1",
            SAB,
            "The Board should seek assurance that partner agencies' mental capacity training covers executive",
            ["training", "quality_assurance"],
            aliases=[
                "Mental capacity training to cover executive function (Board)",
                "Mental capacity training to cover executive function",
            ],
        ),
        R(
            "2",
            SAB,
            "The Board should revise the multi-agency self-neglect procedure so that a refusal of support",
            ["policy_procedure", "multi_agency_working"],
            aliases=[
                "Self-neglect procedure: no closure on refusal without a risk meeting (Board)",
                "Self-neglect procedure: no closure on refusal without a risk meeting",
            ],
        ),
        R(
            "3",
            "Brindlecote Hospitals NHS Trust",
            "Brindlecote Hospitals NHS Trust should ensure that when a patient known to self-neglect",
            ["information_sharing"],
            aliases=[
                "Notification of self-discharge within one working day (Hospitals Trust)",
                "Notification of self-discharge within one working day",
            ],
        ),
        R(
            "4",
            SAB,
            "The Board should ask the Integrated Care Board to report on how frequent attenders",
            ["substance_misuse", "quality_assurance"],
            aliases=[
                "Assertive outreach for frequent attenders with alcohol dependence (Board / ICB)",
                "Assertive outreach for frequent attenders",
            ],
        ),
    ],
    actions=[
        A(
            "1a",
            OV,
            "1",
            "Review the SAB mental capacity training package",
            "SAB Learning and Development Group",
            "June 2022",
            "2022-06",
            "G",
            "complete",
        ),
        A(
            "1b",
            OV,
            "1",
            "Audit twenty capacity assessments for executive function",
            "SAB Quality Assurance Group",
            "31/12/2022",
            "2022-12-31",
            "A",
            "in_progress",
        ),
        A(
            "2a",
            OV,
            "2",
            "Revise the self-neglect and hoarding procedure",
            "SAB Policy Group",
            "Sept 2022",
            "2022-09",
            "G",
            "complete",
        ),
        A(
            "3a",
            OV,
            "3",
            "Add an automatic notification to the discharge system",
            "Brindlecote Hospitals NHS Trust",
            "Mar 2023",
            "2023-03",
            "R",
            "not_started",
        ),
        A(
            "4a",
            OV,
            "4",
            "ICB to report to the Board on frequent attenders with alcohol dependence",
            "Brindlecote ICB",
            "January 2023",
            "2023-01",
            "A",
            "in_progress",
        ),
    ],
    chronology=[],
    notes=(
        "SAR overview report, plain pdftotext. No review id is printed (the running head says only SAR "
        "'Harold'). Author = the Independent Reviewer on the cover. Harold 'died at home in March 2021'; he was "
        "found on 6 March 2021, which is when he was found, not certainly when he died: month precision (the "
        "day accepted). Recommendations = the four bold 'Recommendation N' paragraphs between the findings "
        "(Finding 3 is followed by recs 3 and 4; Finding 4 has none, only a 'Practice point' box, which is not "
        "a recommendation). Rec 4 asks the Board to ask the ICB -> agency the Board. The section 4 summary list "
        "and the plan's Recommendation cells restate them (aliases). No chronology: section 2 'Harold's story' "
        "is a short background narrative, not a chronology. Plan: action ref = 'Action no.' (1a, 1b ...), "
        "recommendation_ref = 'Rec no.' (merged over rec 1's two rows); RAG letters mapped by the key above the "
        "table: G -> complete, A -> in_progress, R -> not_started (status_raw the letter)."
    ),
)

# ------------------------------------------------------------------ 4. CSPR learning points and recommendations
OSCP = "Otterhythe Safeguarding Children Partnership"
GOLD["cspr_learning_points_numbered_recs_otterhythe"] = dict(
    family="cspr_learning_points_numbered_recs",
    description=(
        "Local child safeguarding practice review (non-fatal injury): themed findings each closed by a shaded "
        "'Learning point N' box (not recommendations), then 'Recommendation N:' inline labels after 'The "
        "reviewer recommends that:', each opening with the agency's name; no executive summary, no plan"
    ),
    review=dict(
        review_id=None,
        review_type="SCR",
        area="Otterhythe",
        doc_kind="overview_report",
        author="Annette Kilbride",
        victims=[{"pseudonym": "Baby Ivy", "age": 0}],
        date_of_death=None,
    ),
    review_alternatives={"area": [OSCP], "review_type": ["CSPR", "LCSPR"]},
    recommendations=[
        R(
            "1",
            OSCP,
            "Otterhythe Safeguarding Children Partnership develops practice guidance on engaging fathers",
            ["children", "policy_procedure"],
        ),
        R(
            "2",
            "Otterhythe Hospitals NHS Trust",
            "Otterhythe Hospitals NHS Trust maternity services ask every expectant father or partner",
            ["children", "risk_assessment", "record_keeping"],
        ),
        R(
            "3",
            "Otterhythe Council",
            "Otterhythe Council's leaving care service agrees with the 0–19 health service how personal advisers",
            ["children", "information_sharing"],
        ),
        R(
            "4",
            "0–19 health service",
            "The 0–19 health service repeats the coping with crying message at the new birth visit",
            ["children"],
        ),
    ],
    actions=[],
    chronology=[],
    notes=(
        "CSPR, plain pdftotext. review_type: a local child safeguarding practice review is the successor of the "
        "SCR, recorded as SCR (CSPR / LCSPR accepted). No review id printed. Author = Lead Reviewer. Baby Ivy "
        "was seriously injured and survived: no date of death; age seven weeks -> 0. Learning points 1-3 "
        "(shaded boxes) are not recommendations. Recommendations = 'Recommendation N:' items 1-4 in section 4, "
        "text after the colon; agency = the body named at the start (rec 3: Otterhythe Council's leaving care "
        "service). No restatements anywhere. 'Next steps' promises an action plan that the document does not "
        "contain. No chronology: section 1-3 dates (booking June 2022, admission 28 January 2023) are context."
    ),
)

# ------------------------------------------------------------------ 5. standalone tracker, several DHRs
TCSP = "Thistlebury Community Safety Partnership"
GOLD["csp_dhr_tracker_several_reviews_status_words_thistlebury"] = dict(
    family="csp_dhr_tracker_several_reviews_status_words",
    description=(
        "Standalone CSP tracker of three DHRs' recommendations in one landscape table Review / Rec / "
        "Recommendation / Action / Lead / Target date / Status / Update, the Review cell merged down over each "
        "review's rows, rec numbers restarting at 1 per review, status words Complete / On track / Delayed / Not "
        "started, target dates in mixed forms (layout text)"
    ),
    review=dict(
        review_id=None,
        review_type="DHR",
        area="Thistlebury",
        doc_kind="action_plan",
        author=None,
        victims=[],
        date_of_death=None,
    ),
    review_alternatives={"area": [TCSP]},
    recommendations=[
        R(
            "1",
            "Probation Service Thistlebury",
            "Probation to check domestic abuse call-outs before allocating",
            ["information_sharing", "risk_assessment"],
        ),
        R(
            "2",
            "Thistlebury Children's Services",
            "Children's services to include domestic abuse history in every",
            ["children", "information_sharing"],
        ),
        R("3", TCSP, "TCSP to hold an annual learning event for DHRs", ["training"]),
        R(
            "1",
            "Thistlebury Adult Social Care",
            "Adult social care to consider domestic abuse in carer's",
            ["risk_assessment"],
        ),
        R("2", "Thistlebury Homes", "Housing to train tenancy officers on economic abuse", ["training"]),
        R(
            "3",
            "Thistlebury ICB",
            "GP practices to flag records of patients subject to MARAC",
            ["record_keeping", "information_sharing"],
        ),
        R(
            "1",
            "Thistlebury Police",
            "Police to review response to stalking reports from former partners",
            ["risk_assessment", "training"],
        ),
        R("2", TCSP, "Specialist service to offer stalking advocacy", ["specialist_support"]),
    ],
    actions=[
        A(
            "1",
            OV,
            "1",
            "Add a police call-out check to the allocation checklist",
            "Probation Service Thistlebury",
            "31/03/2024",
            "2024-03-31",
            "Complete",
            "complete",
        ),
        A(
            "2",
            OV,
            "2",
            "Amend strategy discussion template",
            "Thistlebury Children's Services",
            "June 2024",
            "2024-06",
            "Complete",
            "complete",
        ),
        A(
            "3",
            OV,
            "3",
            "Arrange first annual event",
            "TCSP Manager",
            "Ongoing",
            None,
            "On track",
            "in_progress",
        ),
        A(
            "1",
            OV,
            "1",
            "Revise carer's assessment",
            "Thistlebury Adult Social Care",
            "Q3 2024/25",
            "2024",
            "On track",
            "in_progress",
        ),
        A(
            "2",
            OV,
            "2",
            "Deliver economic abuse training",
            "Thistlebury Homes",
            "Sept 24",
            "2024-09",
            "Delayed",
            "in_progress",
        ),
        A(
            "3",
            OV,
            "3",
            "Agree flagging protocol with practices",
            "Thistlebury ICB",
            "End of March 2025",
            "2025-03",
            "Not started",
            "not_started",
        ),
        A(
            "1",
            OV,
            "1",
            "Stalking review and refresher training",
            "Thistlebury Police",
            "Dec-24",
            "2024-12",
            "On track",
            "in_progress",
        ),
        A(
            "2",
            OV,
            "2",
            "Fund a stalking advocate post",
            "TCSP / Police and Crime Commissioner",
            "01.04.2025",
            "2025-04-01",
            "Not started",
            "not_started",
        ),
    ],
    chronology=[],
    notes=(
        "Standalone tracker, pdftotext -layout. Three reviews in one table (DHR Nadia TCSP 2021/01, DHR Mr B "
        "TCSP 2022/03, DHR Grace TCSP 2023/02): no single review id, author, victim or date of death for the "
        "document, so those are null/empty. Each row's Recommendation cell is the only wording of the "
        "recommendation in the document, so each is a recommendation record (8), numbered 1-3, 1-3, 1-2 as "
        "printed (refs repeat across reviews; matching is by text). Agency = the body the recommendation "
        "addresses (rec 'Specialist service to offer stalking advocacy' is led by the TCSP/PCC and names no "
        "agency -> the TCSP). Actions: one per row, ref = the Rec value, agency_section 'overview' (the Review "
        "column names the review, not an agency section). Status words: Complete -> complete; On track -> "
        "in_progress; Delayed -> in_progress (work under way, date slipped); Not started -> not_started. "
        "Target dates: 'Ongoing' -> none; 'Q3 2024/25' year precision; 'Sept 24' and 'Dec-24' month 2024; 'End of "
        "March 2025' month; '01.04.2025' day. The Update column is progress, not status."
    ),
)

# ------------------------------------------------------------------ 6. chronology appendix table over two pages
GOLD["chron_appendix_date_agency_event_continued_rows_cawdell"] = dict(
    family="chron_appendix_date_agency_event_continued_rows",
    description=(
        "DHR Appendix B combined chronology alone: one Date / Agency / Event table with a repeated header row, "
        "the long 26/05/2019 police entry split across the page break (its last line printed under the repeated "
        "header on page 2), agency abbreviations, date forms dd/mm/yyyy, dd.mm.yy, 'April 2019', 'w/c 10 June "
        "2019', 'Late November 2019'"
    ),
    review=dict(
        review_id=None,
        review_type="DHR",
        area="Cawdell",
        doc_kind=None,
        author=None,
        victims=[{"pseudonym": "Joanne", "age": None}],
        date_of_death="2020-08-14",
    ),
    recommendations=[],
    actions=[],
    chronology=[
        C(None, None, "14/01/2019", "2019-01-14", "Joanne attended with headaches and poor sleep"),
        C(None, None, "29/01/2019", "2019-01-29", "Blood tests for tiredness were normal"),
        C(
            None,
            None,
            "07/02/2019",
            "2019-02-07",
            "Shaun was arrested for a public order offence outside a pub",
        ),
        C(None, None, "02/03/2019", "2019-03-02", "Joanne attended with a sprained wrist"),
        C(None, None, "21.03.19", "2019-03-21", "Telephone consultation. Joanne asked for sleeping tablets"),
        C(None, None, "04/04/2019", "2019-04-04", "Joanne booked a routine smear test and did not attend"),
        C(
            None,
            None,
            "April 2019",
            "2019-04",
            "Shaun was stopped while driving Joanne's car without insurance",
        ),
        C(
            None,
            None,
            "18/04/2019",
            "2019-04-18",
            "Joanne's employer asked for a fit note after she missed four days",
        ),
        C(
            None,
            None,
            "30/04/2019",
            "2019-04-30",
            "Neighbour called 101 to report a car parked across her drive",
        ),
        C(None, None, "13/05/2019", "2019-05-13", "Shaun attended with a cut hand from punching a window"),
        C(
            None,
            None,
            "15/05/2019",
            "2019-05-15",
            "Practice nurse saw Joanne for a dressing to a burn on her forearm",
        ),
        C(None, None, "22/05/2019", "2019-05-22", "Joanne cancelled a review appointment by text message"),
        C(
            None,
            None,
            "26/05/2019",
            "2019-05-26",
            "Call from Joanne's sister reporting shouting at the address",
        ),
        C(None, None, "27/05/2019", "2019-05-27", "Referral received. Three calls made to Joanne's mobile"),
        C(None, None, "w/c 10 June 2019", "2019-06-10", "Case closed as no contact made"),
        C(
            None,
            None,
            "9 September 2019",
            "2019-09-09",
            "Joanne disclosed that her partner 'loses his temper'",
        ),
        C(None, None, "Late November 2019", "2019-11", "Joanne attended with bruising to her ribs"),
        C(None, None, "08/01/2020", "2020-01-08", "Joanne reported Shaun had taken her bank card"),
        C(None, None, "16/03/2020", "2020-03-16", "Video consultation during lockdown; Shaun could be heard"),
        C(
            None,
            None,
            "14/08/2020",
            "2020-08-14",
            "Call from a neighbour. Joanne found with serious injuries",
        ),
    ],
    notes=(
        "Chronology appendix only, plain pdftotext. doc_kind null: an appendix printed on its own is none of "
        "overview report / executive summary / action plan. Review facts from the running head ('Cawdell DHR "
        "Joanne') and the intro paragraph (period ends 14 August 2020 'when Joanne died'). 20 table rows, one "
        "event each, no paragraph refs, no sub-headings. The 26/05/2019 row continues onto page 2 under the "
        "repeated Date / Agency / Event header ('reviewed by a supervisor who agreed the grading.'): one event, "
        "not two; its text includes the later date 3 June 2019, which is not a separate event. 'w/c 10 June "
        "2019' = week commencing, start 2019-06-10 (approximate). 'Late November 2019' month precision, "
        "approximate. '21.03.19' two-digit year = 2019. Agencies are abbreviations explained above the table "
        "(CWP, GP, ED, IDVA)."
    ),
)


def main():
    # An optional folder argument writes the .json files there (a scratch copy to compare with the committed ones).
    write_gold(GOLD, HERE, sys.argv[1] if len(sys.argv) > 1 else None, family_keys="after_file")


if __name__ == "__main__":
    main()
