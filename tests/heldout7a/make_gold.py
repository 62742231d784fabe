"""Hand-written gold for heldout7a (blind set). Every field below was written by hand from the documents'
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

# ------------------------------------------------------------------ 1. Fernbridge Home Office plan
GOLD["dhr_plan_ho_unlabelled_num_outcome_rag_fernbridge"] = dict(
    review=dict(
        review_id="FCSP DHR 2022/01",
        review_type="DHR",
        area="Fernbridge",
        doc_kind="action_plan",
        author="Tobias Wendell-Hart",
        victims=[{"pseudonym": "Adele", "age": None}],
        date_of_death="2021-10",
    ),
    review_alternatives={"area": ["Fernbridge Community Safety Partnership"]},
    recommendations=[
        R(
            "1",
            "Fernbridge Community Safety Partnership",
            "Fernbridge Community Safety Partnership should commission a borough-wide awareness campaign",
            ["awareness_public"],
            outcome="More third-party calls to the borough helpline",
            line=19,
        ),
        R(
            "2",
            "Fernbridge Police",
            "Fernbridge Police should make sure that, whenever a victim of domestic abuse withdraws support",
            ["perpetrators", "quality_assurance"],
            outcome="Closed cases show a recorded supervisory review",
        ),
        R(
            "3",
            "NHS Fernbridge Integrated Care Board",
            "NHS Fernbridge Integrated Care Board should ensure that every GP practice in the borough has staff",
            ["training", "routine_enquiry"],
            outcome="Increase in referrals from primary care",
        ),
        R(
            "4",
            "Fernbridge Council Housing Service",
            "Fernbridge Council Housing Service should ask about domestic abuse at every tenancy-sustainment visit",
            ["routine_enquiry", "record_keeping"],
            outcome="Disclosures recorded at tenancy visits",
        ),
        R(
            "5",
            "Home Office",
            "The Home Office should consider amending the statutory guidance so that a review panel is told",
            ["policy_procedure"],
            scope="national",
            outcome="National guidance considers coronial processes",
        ),
    ],
    actions=[
        A(
            "1",
            OV,
            "1",
            "Co-design the campaign materials with the survivors forum and launch them",
            "Fernbridge Community Safety Partnership",
            "Mar-23",
            "2023-03",
            "Complete – Green",
            "complete",
        ),
        A(
            "2",
            OV,
            "2",
            "Amend the domestic abuse investigation checklist so that a supervisor must record",
            "Fernbridge Police",
            "31.03.2023",
            "2023-03-31",
            "Completed 14.02.2023",
            "complete",
        ),
        A(
            "2",
            OV,
            "2",
            "Dip-sample twenty withdrawn cases each quarter and report the findings",
            "Fernbridge Police – Public Protection Unit",
            "Q3 2023/24",
            "2023",
            "Amber – in progress",
            "in_progress",
        ),
        A(
            "3",
            OV,
            "3",
            "Roll out a domestic abuse training and referral programme to all 23 GP practices",
            "NHS Fernbridge Integrated Care Board",
            "By end of June 2023",
            "2023-06",
            "Red – not started (funding not agreed)",
            "not_started",
        ),
        A(
            "4",
            OV,
            "4",
            "Add a domestic abuse question and a not safe to ask option to the tenancy-sustainment",
            "Fernbridge Council Housing Service",
            "30/09/2023",
            "2023-09-30",
            "Green – on track",
            "in_progress",
        ),
        A(
            "4",
            OV,
            "4",
            "Train all housing officers in asking the question safely and in making a referral",
            "Fernbridge Council Housing Service / Fernbridge Women's Refuge",
            "Ongoing",
            None,
            "Amber",
            "in_progress",
        ),
        A(
            "5",
            OV,
            "5",
            "The Chair of the Partnership to write to the Home Office setting out the finding",
            "Fernbridge Community Safety Partnership (Chair)",
            "Dec-22",
            "2022-12",
            "Complete – letter sent",
            "complete",
        ),
    ],
    chronology=[],
    notes=(
        "Home Office DHR action-plan template, local variant, landscape throughout, pdftotext -layout. The first "
        "column has an EMPTY header cell and holds the recommendation number (1-5); that number is merged down "
        "with the Recommendation and Scope cells where a recommendation has two action rows (2 and 4), so both "
        "action rows take ref and recommendation_ref of the merged number. Columns: Recommendation / Scope "
        "(local or regional) / Action to take / Lead Agency / Key milestones / Target Date / Outcome / "
        "Completion / RAG. The 'Outcome' column is read as the recommendation's expected outcome (first row's "
        "value when there are two rows). Status from 'Completion / RAG': 'Complete – Green', 'Completed "
        "14.02.2023', 'Complete – letter sent' -> complete; 'Amber', 'Amber – in progress', 'Green – on track' -> "
        "in_progress (RAG key printed under the table: Green = on track or complete, so a bare Green row that "
        "is not marked complete is in progress); 'Red – not started (funding not agreed)' -> not_started. The "
        "header row repeats on pages 2 and 3; recommendation 5's row is continued onto page 3 (its text ends "
        "'... opened or resumed.' after the repeated header). Target 'Q3 2023/24' (Oct-Dec 2023) held at year "
        "precision; 'Ongoing' has no date; 'By end of June 2023' -> 2023-06. Recommendation 5 is addressed to the "
        "Home Office (scope National as printed); its action is the Partnership's letter. Date of death is "
        "printed only as 'October 2021'."
    ),
)

# ------------------------------------------------------------------ 2. Marlcombe plan, one completion column
GOLD["dhr_plan_ho_completion_outcome_onecol_marlcombe"] = dict(
    review=dict(
        review_id="Marlcombe DHR 04",
        review_type="DHR",
        area="Marlcombe",
        doc_kind="action_plan",
        author=None,
        victims=[{"pseudonym": "Mrs D", "age": 79}],
        date_of_death="2021-03-03",
    ),
    review_alternatives={"area": ["Safer Marlcombe Partnership"], "review_id": ["DHR 04"]},
    recommendations=[
        R(
            "1",
            "Marlcombe Council Adult Social Care",
            "Marlcombe Adult Social Care should make sure that a carer's assessment asks whether the carer",
            ["risk_assessment", "policy_procedure"],
        ),
        R(
            "2",
            "Safer Marlcombe Partnership",
            "The Safer Marlcombe Partnership should build a pathway for older people experiencing domestic abuse",
            ["multi_agency_working", "specialist_support"],
        ),
        R(
            "3",
            "Marlcombe and Tessdale NHS Foundation Trust",
            "Marlcombe and Tessdale NHS Foundation Trust should make sure that community nurses find a way",
            ["routine_enquiry"],
        ),
        R(
            "4",
            "Marlcombe Police",
            "Marlcombe Police should flag an address where repeated calls are made about a",
            ["information_sharing", "risk_assessment"],
        ),
        R(
            "5",
            "Department of Health and Social Care",
            "The Department of Health and Social Care should include the risk of domestic abuse by carers",
            ["policy_procedure"],
            scope="national",
        ),
    ],
    actions=[
        A(
            "1",
            OV,
            "1",
            "Revise the carer's assessment template and practice guidance",
            "Marlcombe Council Adult Social Care",
            "April 2023",
            "2023-04",
            "12/01/2023 – revised template in use across all locality teams.",
            "complete",
        ),
        A(
            "2",
            OV,
            "2",
            "Set up a task-and-finish group and publish the older people's pathway",
            "Safer Marlcombe Partnership",
            "31/12/2022",
            "2022-12-31",
            "Ongoing – pathway in draft; consultation with the Forum in July.",
            "in_progress",
        ),
        A(
            "3",
            OV,
            "3",
            "Update the community nursing home-visit standard operating procedure",
            "Marlcombe and Tessdale NHS Foundation Trust",
            "6 months from publication",
            None,
            "Completed March 2023 – SOP live.",
            "complete",
        ),
        A(
            "3",
            OV,
            "3",
            "Audit twenty home-visit records to test whether patients were seen alone",
            "Marlcombe and Tessdale NHS Foundation Trust – Safeguarding Team",
            "2023/24",
            "2023",
            None,
            "unknown",
        ),
        A(
            "4",
            OV,
            "4",
            "Create a repeat-location marker for such calls and brief call handlers",
            "Marlcombe Police",
            "September 2023",
            "2023-09",
            "Not yet started – awaiting control-room system change.",
            "not_started",
        ),
        A(
            "5",
            OV,
            "5",
            "The Partnership to write to the Department of Health and Social Care",
            "Safer Marlcombe Partnership",
            "March 2023",
            "2023-03",
            "Completed 20/03/2023 – letter sent; reply awaited.",
            "complete",
        ),
    ],
    chronology=[],
    notes=(
        "Home Office template variant, landscape, plain pdftotext. Review facts in a two-column table above the "
        "plan ('Mrs D (aged 79) – Marlcombe DHR 04', commissioned by the Safer Marlcombe Partnership, date of "
        "death 3 March 2021). NO number column: each recommendation cell starts '1.' ... '5.', and those printed "
        "numbers are the refs (recommendation_ref of the actions too). Columns: Recommendation / Scope of "
        "recommendation / Action to take / Lead Agency / Key milestones achieved / Target date / 'Date of "
        "completion and Outcome' (one column). Status is read from that column: a completion date or "
        "'Completed ...' -> complete (rec 5's letter is sent, so the action is complete though a reply is "
        "awaited); 'Ongoing – ...' -> in_progress; 'Not yet started' -> not_started; blank -> unknown. "
        "Recommendation 3 has two action rows (recommendation and scope cells merged down). Rec 1's "
        "addressee in the text is 'Marlcombe Adult Social Care'; lead column says 'Marlcombe Council Adult Social "
        "Care' (same body). Targets: '6 months from publication' has no resolvable date (no publication date "
        "printed); '2023/24' financial year held at year precision. Rec 5 to the Department of Health and Social "
        "Care is national. No author is printed."
    ),
)

# ------------------------------------------------------------------ 3. Hollinsby RAG tracker
GOLD["partnership_rag_tracker_dated_updates_hollinsby"] = dict(
    review=dict(
        review_id="HSP/DHR/05",
        review_type="DHR",
        area="Hollinsby",
        doc_kind="action_plan",
        author=None,
        victims=[{"pseudonym": "Harriet", "age": None}],
        date_of_death="2022-01",
    ),
    review_alternatives={"area": ["Hollinsby Safer Partnership"]},
    recommendations=[
        R(
            "R1",
            "Hollinsby Council Children's Services",
            "Hollinsby Children's Services should make sure that when a child discloses fear of a parent",
            ["information_sharing", "children"],
        ),
        R(
            "R2",
            "Hollinsby Police",
            "Hollinsby Police should review how repeat victims are identified when incidents are recorded",
            ["record_keeping", "risk_assessment"],
        ),
        R(
            "R3",
            "Hollinsby Safer Partnership",
            "The Partnership should commission specialist support for victims aged over sixty",
            ["specialist_support"],
        ),
        R(
            "R4",
            "Hollinsby Primary Care Network practices",
            "Hollinsby Primary Care Network practices should record the presence of a third party",
            ["record_keeping", "routine_enquiry"],
        ),
        R(
            "R5",
            "Hollinsby Recovery Service",
            "Hollinsby Recovery Service should ask every client in treatment about domestic abuse",
            ["substance_misuse", "routine_enquiry"],
        ),
        R(
            "R6",
            "Hollinsby Safer Partnership",
            "The Partnership should seek assurance each year that the learning from this review has been shared",
            ["quality_assurance", "training"],
        ),
    ],
    actions=[
        A(
            "R1",
            OV,
            "R1",
            "Add an information-sharing prompt to the assessment record",
            "Service Manager, Front Door (Hollinsby Council Children's Services)",
            "31/03/2023",
            "2023-03-31",
            "Complete",
            "complete",
        ),
        A(
            "R2",
            OV,
            "R2",
            "Commission an audit of repeat-victim matching and fix the gaps it finds",
            "Detective Superintendent, Safeguarding (Hollinsby Police)",
            "Sep-24",
            "2024-09",
            "Green",
            "in_progress",
        ),
        A(
            "R3",
            OV,
            "R3",
            "Include an older-victims outreach worker in the re-commissioned domestic abuse service",
            "Community Safety Manager (Hollinsby Safer Partnership)",
            "April 2024",
            "2024-04",
            "Overdue",
            "in_progress",
        ),
        A(
            "R4",
            OV,
            "R4",
            "Circulate a template and audit its use",
            "Named GP for Safeguarding (NHS Hollinsby ICB)",
            "Q2 2024/25",
            "2024",
            "Amber",
            "in_progress",
        ),
        A(
            "R5",
            OV,
            "R5",
            "Amend the review form and train keyworkers",
            "Clinical Lead (Hollinsby Recovery Service)",
            "31 December 2023",
            "2023-12-31",
            "Red",
            "not_started",
        ),
        A(
            "R6",
            OV,
            "R6",
            "Hold a learning event and add the review to the annual assurance statement",
            "Chair, Domestic Abuse Strategic Board",
            "31/03/2024",
            "2024-03-31",
            "Overdue",
            "in_progress",
        ),
    ],
    chronology=[],
    notes=(
        "Partnership DHR recommendations tracker, landscape, one page, pdftotext -layout. A five-cell shaded RAG "
        "key above the table: Complete = delivered and evidence seen; Green = on track; Amber = at risk of "
        "slipping; Red = not started / no update received; Overdue = past the deadline, work still going on. "
        "Mapping: Complete -> complete; Green, Amber, Overdue -> in_progress (the key says work continues); Red -> "
        "not_started (R5: 'No update received'). status_raw is the RAG word. The RAG cell is also shaded. "
        "'Progress update' cells hold dated updates newest first ('14/02/2023: ...'); these dates are progress "
        "dates, not targets and not chronology. Each row is one recommendation with one action row; action ref = "
        "recommendation ref as printed (R1-R6). 'The Partnership' = Hollinsby Safer Partnership. R4's addressee in "
        "the text is the Primary Care Network practices, the owner is the ICB's named GP. 'Q2 2024/25' (Jul-Sep "
        "2024) held at year precision. Date of death printed only as 'January 2022'. The tracker's 'Position at 30 "
        "September 2024' is not a target date."
    ),
)

# ------------------------------------------------------------------ 4. Wrenfield executive summary
WCSP = "Wrenfield Community Safety Partnership"
GOLD["dhr_exec_summary_single_agency_table_wrenfield"] = dict(
    review=dict(
        review_id="WCSP/DHR/21-02",
        review_type="DHR",
        area="Wrenfield",
        doc_kind="executive_summary",
        author="Malcolm Ferrier-Lyle",
        victims=[{"pseudonym": "Joanne", "age": 41}],
        date_of_death="2021-08-22",
    ),
    review_alternatives={"area": [WCSP]},
    recommendations=[
        R(
            "1",
            WCSP,
            "Wrenfield Community Safety Partnership should ask all partner agencies to confirm that their",
            ["risk_assessment", "policy_procedure"],
        ),
        R(
            "2",
            WCSP,
            "Wrenfield Community Safety Partnership should agree with partners a minimum standard",
            ["multi_agency_working", "specialist_support"],
        ),
        R(
            "3",
            "Wrenfield Community Safety Partnership and the Probation Service",
            "Wrenfield Community Safety Partnership and the Probation Service should test whether the police",
            ["information_sharing", "perpetrators"],
        ),
        R(
            "4",
            WCSP,
            "Wrenfield Community Safety Partnership should publish a short guide for families and friends",
            ["awareness_public"],
        ),
        R(
            "1",
            "Wrenfield Police",
            "Refresh training for attending officers on recording the victim",
            ["training", "risk_assessment"],
            level=AG,
        ),
        R(
            "2",
            "Wrenfield Police",
            "Make sure that officers attending a domestic abuse incident check for previous",
            ["risk_assessment", "perpetrators"],
            level=AG,
        ),
        R(
            "1",
            "Wrenfield Women's Aid",
            "Revise the contact policy so that a referral is not closed until",
            ["specialist_support", "policy_procedure"],
            level=AG,
        ),
        R(
            "1",
            "NHS Wrenfield Integrated Care Board",
            "Remind GP practices through the safeguarding newsletter",
            ["routine_enquiry", "mental_health"],
            level=AG,
        ),
        R(
            "2",
            "NHS Wrenfield Integrated Care Board",
            "Audit the recording of routine enquiry in a sample",
            ["quality_assurance", "routine_enquiry"],
            level=AG,
        ),
    ],
    actions=[],
    chronology=[],
    notes=(
        "DHR executive summary, portrait, plain pdftotext. Section 6 'Recommendations': four panel "
        "recommendations printed 'Recommendation 1:' ... 'Recommendation 4:' (level overview), then 'Single-agency "
        "recommendations' as a three-column table Agency / No. / Recommendation, with the agency cell merged down "
        "for Wrenfield Police and NHS Wrenfield ICB, and numbering restarting at 1 for each agency (so refs 1 and 2 "
        "repeat across levels and agencies; the agency disambiguates). Agency-level recommendations are written "
        "as imperatives without the agency's name; agency taken from the table's Agency cell. Section 4 'Key "
        "findings' are not recommendations. Title page prints the cover logo as alt text."
    ),
)

# ------------------------------------------------------------------ 5. Askerby full overview report
GOLD["dhr_overview_full_footnotes_restated_askerby"] = dict(
    review=dict(
        review_id="ASCP DHR 22/03",
        review_type="DHR",
        area="Askerby",
        doc_kind="overview_report",
        author="Imogen Slate",
        victims=[{"pseudonym": "Nadia", "age": 34}],
        date_of_death="2022-04-09",
    ),
    review_alternatives={"area": ["Askerby Safer Communities Partnership"]},
    recommendations=[
        R(
            "1",
            "Askerby Hospitals NHS Trust",
            "Askerby Hospitals NHS Trust should make sure that a professional interpreter, and never a partner",
            ["other", "quality_assurance"],
            aliases=["professional interpreters, never a partner, when abuse may be present"],
        ),
        R(
            "2",
            "Askerby and Dale Mental Health Trust",
            "Askerby and Dale Mental Health Trust should change its crisis assessment so that, when a patient",
            ["mental_health", "risk_assessment"],
            aliases=["assess the risk a patient poses to the people he lives with"],
        ),
        R(
            "3",
            "Askerby Police",
            "Askerby Police should record the first language and interpreting needs of every victim",
            ["record_keeping", "other"],
            aliases=["record the language needs of victims at every domestic abuse call"],
        ),
        R(
            "4",
            "Askerby Safer Communities Partnership",
            "Askerby Safer Communities Partnership should produce, with community groups, information in the main",
            ["awareness_public"],
            aliases=["information for migrant women on their rights and support"],
        ),
        R(
            "5",
            "Home Office",
            "The Home Office should extend the Migrant Victims of Domestic Abuse Concession",
            ["other"],
            scope="national",
            aliases=["extend the destitution concession to all migrant victims of domestic abuse"],
        ),
    ],
    actions=[],
    chronology=[
        C(
            "5.2",
            "5. Chronology",
            "14 March 2019",
            "2019-03-14",
            "On 14 March 2019 Nadia registered with a GP practice",
        ),
        C(
            "5.3",
            "5. Chronology",
            "2 November 2019",
            "2019-11-02",
            "On 2 November 2019 Nadia attended the Emergency Department of Askerby General",
        ),
        C("5.4", "5. Chronology", "June 2020", "2020-06", "In June 2020 a neighbour called Askerby Police"),
        C(
            "5.5",
            "5. Chronology",
            "23 August 2021",
            "2021-08-23",
            "On 23 August 2021 Karim was assessed by the crisis team",
        ),
        C(
            "5.6",
            "5. Chronology",
            "7 September 2021",
            "2021-09-07",
            "On 7 September 2021 Nadia attended Askerby Women's Centre",
        ),
        C(
            "5.7",
            "5. Chronology",
            "January 2022",
            "2022-01",
            "In January 2022 Karim was discharged from home treatment to his GP",
        ),
        C(
            "5.8",
            "5. Chronology",
            "28 March 2022",
            "2022-03-28",
            "On 28 March 2022 Nadia telephoned the police non-emergency number",
        ),
        C(
            "5.9",
            "5. Chronology",
            "9 April 2022",
            "2022-04-09",
            "On 9 April 2022 neighbours called the police after hearing screaming",
        ),
    ],
    notes=(
        "Full DHR overview report, 9 pages, plain pdftotext: cover with logo alt text and a label/value table "
        "(author 'Dr Imogen Slate', reference, date of report), contents page with dotted leaders, running head "
        "on every page but the first, page-number footers, numbered paragraphs throughout (the number on its own "
        "line in plain mode), footnote markers as superscripts (pdftotext prints them glued to the sentence's "
        "last word) and footnote text at the foot of sections 2 and 5 under a rule. Terms of reference are "
        "lettered questions (a)-(e), not recommendations; the 'Lesson learned' box in section 6 is not a "
        "recommendation. The five recommendations are printed twice: a one-line summary 'R1 – Askerby Hospitals "
        "NHS Trust: ...' in paragraph 1.4 of the executive summary and the full text under 'Recommendation 1 – "
        "Askerby Hospitals NHS Trust' in section 8; one record each, the summary wording as an alias, line = the "
        "full text. The summary's 'destitution concession' and the body's 'Migrant Victims of Domestic Abuse "
        "Concession' are the same recommendation 5 (Home Office -> national). Chronology = dated paragraphs 5.2-"
        "5.9 of section 5 (5.1 is the section's introduction); refs are the paragraph numbers; the footnote text "
        "inside section 5 is not an event. Date of death from 5.9 (the cover says 'in April 2022'); age 34 from 1.1."
    ),
)

# ------------------------------------------------------------------ 6. Tolmere SAR
TSAB = "Tolmere Safeguarding Adults Board"
GOLD["sar_findings_board_recs_tolmere"] = dict(
    review=dict(
        review_id=None,
        review_type="SAR",
        area="Tolmere",
        doc_kind="overview_report",
        author="Anjali Voss-Martin",
        victims=[{"pseudonym": "Mr B", "age": 63}],
        date_of_death="2022-12-19",
    ),
    review_alternatives={"area": [TSAB]},
    recommendations=[
        R(
            "1.1",
            TSAB,
            "The Board should seek assurance from Tolmere Council Adult Social Care that its self-neglect",
            ["quality_assurance", "policy_procedure"],
        ),
        R("1.2", TSAB, "The Board should deliver multi-agency training on executive capacity", ["training"]),
        R(
            "2.1",
            TSAB,
            "The Board should refresh its multi-agency self-neglect and hoarding protocol",
            ["multi_agency_working", "policy_procedure"],
        ),
        R(
            "3.1",
            "Tolmere Drug and Alcohol Service",
            "Tolmere Drug and Alcohol Service should offer outreach appointments at home before closing",
            ["substance_misuse"],
        ),
        R(
            "3.2",
            TSAB,
            "The Board should ask the Integrated Care Board to commission an assertive outreach pathway",
            ["substance_misuse", "multi_agency_working"],
        ),
        R(
            "4.1",
            "Tolmere Fire and Rescue Service",
            "Tolmere Fire and Rescue Service should send every very high risk safe and well outcome",
            ["information_sharing"],
        ),
        R(
            "4.2",
            TSAB,
            "The Board should monitor the sharing of fire risk information through its quarterly",
            ["quality_assurance", "information_sharing"],
        ),
    ],
    actions=[],
    chronology=[],
    notes=(
        "SAR report, portrait, plain pdftotext. Section 3 'Findings and recommendations': four 'Finding N: ...' "
        "sub-headings, each with a narrative paragraph and an italic 'Recommendations' label followed by numbered "
        "paragraphs N.1, N.2. Those refs collide with the report's own paragraph numbers 1.1, 1.2, 2.1, 3.1, 4.1 "
        "in sections 1-4 (which are narrative, not recommendations); only the paragraphs under each finding's "
        "'Recommendations' label are recommendations. Agency = the addressee in the sentence ('The Board' = "
        "Tolmere Safeguarding Adults Board, even where the Board is to seek assurance from or ask another body). "
        "'Good practice' and 'Next steps' are not recommendations. No review reference is printed; the review is "
        "named only 'SAR Mr B'."
    ),
)

# ------------------------------------------------------------------ 7. Larchmere CSPR
LSCP = "Larchmere Safeguarding Children Partnership"
GOLD["cspr_learning_points_between_recs_larchmere"] = dict(
    review=dict(
        review_id="LSCP 2023/06",
        review_type="SCR",
        area="Larchmere",
        doc_kind="overview_report",
        author="Callum Brightwater",
        victims=[{"pseudonym": "Child L", "age": 0}],
        date_of_death=None,
    ),
    review_alternatives={"review_type": ["CSPR", "LCSPR"], "area": [LSCP]},
    recommendations=[
        R(
            "1",
            LSCP,
            "Larchmere Safeguarding Children Partnership should ensure that its bruising in non-mobile",
            ["children", "policy_procedure", "quality_assurance"],
        ),
        R(
            "2",
            "Larchmere Police",
            "Larchmere Police should share information about a father's previous domestic",
            ["information_sharing", "children"],
        ),
        R(
            "3",
            "Larchmere Council Children's Services",
            "Larchmere Council Children's Services should make sure that care leavers who become parents",
            ["children", "risk_assessment"],
        ),
        R(
            "4",
            LSCP,
            "The Partnership should ask the Integrated Care Board to give family nurses and health visitors",
            ["quality_assurance", "children"],
        ),
        R(
            "5",
            "Department for Education",
            "The Department for Education should consider making the training of GPs on injuries",
            ["training", "children"],
            scope="national",
        ),
    ],
    actions=[],
    chronology=[],
    notes=(
        "Local child safeguarding practice review, portrait, plain pdftotext. Recommendations are bold labels with "
        "the number as a WORD ('Recommendation One' ... 'Recommendation Five') on their own line, text in the next "
        "paragraph; refs recorded as digits 1-5. Between them sit shaded one-cell 'Learning point' boxes (three) "
        "that say 'should' but are learning, not recommendations. The closing 'Partnership response' refers to "
        "'Recommendations One to Four' and 'Recommendation Five' but is not a recommendation. Child L survived "
        "(serious incident 11 May 2023), so no date of death; age 0 (nine weeks). Recommendation 4 is addressed "
        "to the Partnership (asking the ICB); Recommendation 5 to the Department for Education (national)."
    ),
)

# ------------------------------------------------------------------ 8. Bro Gwaunfor concise APR
BGSB = "Bro Gwaunfor Regional Safeguarding Board"
GOLD["wales_concise_apr_improving_systems_gwaunfor"] = dict(
    review=dict(
        review_id="BGSB APR 3/2023",
        review_type="SAR",
        area="Bro Gwaunfor",
        doc_kind="overview_report",
        author="Eleri Prosser-Vaughan",
        victims=[{"pseudonym": "Adult W", "age": 58}],
        date_of_death="2023-01-30",
    ),
    review_alternatives={"review_type": ["APR"], "area": [BGSB]},
    recommendations=[
        R(
            "1",
            BGSB,
            "The Regional Safeguarding Board should seek assurance that carers' assessments are offered",
            ["quality_assurance", "other"],
        ),
        R(
            "2",
            "Bro Gwaunfor University Health Board",
            "Bro Gwaunfor University Health Board should ensure that district nurses raise a concern about neglect",
            ["risk_assessment"],
        ),
        R(
            "3",
            "Cyngor Sir Gwaunfor (Adult Services)",
            "Cyngor Sir Gwaunfor (Adult Services) should review how reports from members of the public are screened",
            ["policy_procedure", "routine_enquiry"],
        ),
        R(
            "4",
            "All Board partners",
            "All Board partners should confirm that the",
            ["other", "record_keeping"],
        ),
    ],
    actions=[],
    chronology=[],
    notes=(
        "Welsh concise Adult Practice Review in the Welsh Government report template, plain pdftotext: bilingual "
        "running head (Welsh first), reference 'Re: BGSB APR 3/2023', template headings 'Brief outline of "
        "circumstances resulting in the Review', 'Practice and organisational learning' (bulleted learning, not "
        "recommendations), 'Improving Systems and Practice' (the recommendations, introduced by the template's "
        "'the review identified the following actions for the Board and its member agencies' and numbered "
        "'1.'-'4.'), 'Statement by Reviewer' and 'Statement by Review Panel Chair' tables, and the 'For Welsh "
        "Government use only' table. review_type: the Welsh adult review is the counterpart of a SAR; 'APR' "
        "accepted. Author = the reviewer (the panel chair is Rhodri Llewelyn). Recommendation 4 is addressed to "
        "all Board partners (agency kept as printed); its text mentions the Welsh-language 'Active Offer'."
    ),
)

# ------------------------------------------------------------------ 9. Penhallow DARDR
GOLD["dardr_national_local_recs_penhallow"] = dict(
    review=dict(
        review_id="PCSP DARDR 2023-01",
        review_type="DHR",
        area="Penhallow",
        doc_kind="overview_report",
        author="Frances Oduya-Kemp",
        victims=[{"pseudonym": "Sophie", "age": 27}],
        date_of_death="2023-02-16",
    ),
    review_alternatives={"review_type": ["DARDR"], "area": ["Penhallow Community Safety Partnership"]},
    recommendations=[
        R(
            "N1",
            "Department for Work and Pensions",
            "The Department for Work and Pensions should make sure that Jobcentre staff who are asked about split",
            ["other"],
            scope="national",
        ),
        R(
            "N2",
            "Department of Health and Social Care",
            "The Department of Health and Social Care should strengthen the guidance on local suicide prevention",
            ["mental_health", "policy_procedure"],
            scope="national",
        ),
        R(
            "N3",
            "Home Office",
            "The Home Office should work with the National Police Chiefs' Council to make sure the domestic abuse",
            ["risk_assessment", "mental_health"],
            scope="national",
        ),
        R(
            "L1",
            "Penhallow Talking Therapies",
            "Penhallow Talking Therapies should ask every referrer whether domestic abuse is a factor",
            ["mental_health", "routine_enquiry"],
        ),
        R(
            "L2",
            "NHS Penhallow Integrated Care Board",
            "NHS Penhallow Integrated Care Board should remind GPs that a referral for psychological therapy",
            ["information_sharing", "mental_health"],
        ),
        R(
            "L3",
            "Penhallow Police",
            "Penhallow Police should check the health and social care records available through the multi-agency",
            ["information_sharing", "risk_assessment"],
        ),
        R(
            "L4",
            "Penhallow Community Safety Partnership",
            "Penhallow Community Safety Partnership should include economic abuse and its link to suicide",
            ["training"],
        ),
    ],
    actions=[],
    chronology=[],
    notes=(
        "Domestic Abuse Related Death Review (the new name for a DHR; this one follows a suicide), plain "
        "pdftotext. review_type DHR, 'DARDR' accepted. Recommendations under two bold labels: 'National "
        "recommendations' N1-N3 addressed to government departments (DWP, DHSC, Home Office with the NPCC) -> "
        "scope national; 'Local recommendations' L1-L4 -> local. Refs kept as printed with their N/L prefix. "
        "Numbered findings 2.1-2.4 are not recommendations. Date of death and age from paragraph 1.1."
    ),
)

# ------------------------------------------------------------------ 10a. Ravensholt chronology table
RAV = "Appendix B: Combined chronology of agency contact"
GOLD["chron_table_date_agency_event_ravensholt"] = dict(
    review=dict(
        review_id="RCSP DHR 2022-02",
        review_type="DHR",
        area="Ravensholt",
        doc_kind="overview_report",
        author=None,
        victims=[{"pseudonym": "Tina", "age": None}],
        date_of_death="2021-12-12",
    ),
    review_alternatives={"area": ["Ravensholt CSP", "Ravensholt Community Safety Partnership"]},
    recommendations=[],
    actions=[],
    chronology=[
        C(
            None,
            RAV,
            "03/02/2019",
            "2019-02-03",
            "Tina registers at Elm Street Surgery with her partner Darren",
        ),
        C(None, RAV, "14.05.2019", "2019-05-14", "Neighbour reports a man and woman arguing in the street"),
        C(None, RAV, "June 2019", "2019-06", "Tina asks the housing officer about a transfer to a flat"),
        C(None, RAV, "22 Aug 2019", "2019-08-22", "Called to Tina, who has a cut to her head"),
        C(None, RAV, "22 Aug 2019", "2019-08-22", "Head wound glued. Tina is asked about domestic abuse in"),
        C(None, RAV, "Early 2020", "2020", "Darren begins a community order for an unrelated theft"),
        C(None, RAV, "17/03/2020", "2020-03-17", "Darren's risk assessment rates the risk to a known adult"),
        C(None, RAV, "2 Sept 2020", "2020-09-02", "Tina calls 999 saying Darren has strangled her"),
        C(None, RAV, "10/09/2020", "2020-09-10", "Case heard. IDVA allocated; police marker placed"),
        C(None, RAV, "Oct-20", "2020-10", "IDVA loses contact with Tina after three calls"),
        C(None, RAV, "04/01/2021", "2021-01-04", "No further action on the strangulation allegation"),
        C(None, RAV, "2021-03-19", "2021-03-19", "Tina seen with anxiety and poor sleep"),
        C(None, RAV, "Summer 2021", "2021", "Rent arrears notice sent. Tina tells the income officer"),
        C(
            None,
            RAV,
            "30 Nov 2021",
            "2021-11-30",
            "Darren reported by a friend of Tina for threats made over",
        ),
        C(None, RAV, "12/12/2021", "2021-12-12", "Called to the address. Tina found dead"),
    ],
    notes=(
        "DHR appendix, portrait, pdftotext -layout. An agency key (bulleted list) and an explanatory paragraph "
        "precede a three-column table Date / Agency / Event that runs onto page 2 with the header row repeated. "
        "One record per table row (15), two on 22 Aug 2019 (ambulance then hospital). Date forms: 03/02/2019, "
        "14.05.2019, 'June 2019', '22 Aug 2019', 'Early 2020' (year precision), '2 Sept 2020', 'Oct-20', ISO "
        "2021-03-19, 'Summer 2021' (year precision). The bullet list's agency names and the period line '1 "
        "January 2019 to 12 December 2021' are not events. Date of death = the last row (12/12/2021). The agency "
        "cell is not part of the event text's start."
    ),
)

# ------------------------------------------------------------------ 10b. Coldharbour year-headed narrative
GOLD["chron_year_headed_relative_dates_coldharbour"] = dict(
    review=dict(
        review_id="CCSP-DHR-07",
        review_type="DHR",
        area="Coldharbour",
        doc_kind="overview_report",
        author=None,
        victims=[{"pseudonym": "Rosa", "age": None}],
        date_of_death="2020-11-21",
    ),
    review_alternatives={"area": ["Coldharbour Community Safety Partnership"]},
    recommendations=[],
    actions=[],
    chronology=[
        C(None, "2018", "January 2018", "2018-01", "In January 2018 Rosa told her practice nurse"),
        C(
            None,
            "2018",
            "Three weeks later",
            "2018",
            "Three weeks later Rosa cancelled her follow-up appointment",
            relative=True,
        ),
        C(
            None,
            "2018",
            "8 October 2018",
            "2018-10-08",
            "On 8 October 2018 police were called by Rosa's daughter",
        ),
        C(
            None,
            "2019",
            "That spring",
            "2019",
            "That spring Rosa began attending a lunch club",
            relative=True,
        ),
        C(None, "2019", "2 July 2019", "2019-07-02", "On 2 July 2019 Rosa attended the Emergency Department"),
        C(
            None,
            "2019",
            "The following week",
            "2019-07",
            "The following week a lunch club volunteer noticed",
            relative=True,
        ),
        C(None, "2019", "late November 2019", "2019-11", "In late November 2019 Victor was diagnosed"),
        C(
            None,
            "2020",
            "April 2020",
            "2020-04",
            "During the first lockdown, in April 2020, the lunch club closed",
        ),
        C(
            None,
            "2020",
            "14 August 2020",
            "2020-08-14",
            "On 14 August 2020 Rosa rang the adult social care helpline",
        ),
        C(
            None,
            "2020",
            "Two months later",
            "2020-10",
            "Two months later, with no assessment yet carried out",
            relative=True,
        ),
        C(None, "2020", "21 November 2020", "2020-11-21", "On 21 November 2020 Victor called an ambulance"),
    ],
    notes=(
        "Section 4 of a DHR overview report printed on its own, plain pdftotext: a narrative chronology under bold "
        "YEAR headings (2018, 2019, 2020), one event per paragraph, no paragraph numbers (ref null, heading = the "
        "year). Relative dates resolved from the previous dated paragraph or the year heading: 'Three weeks "
        "later' after 'January 2018' could fall in January or February, so year precision; 'That spring' under "
        "2019 -> 2019 (season, year precision); 'The following week' after 2 July 2019 -> 2019-07; 'Two months "
        "later' after 14 August 2020 -> 2020-10. 'In late November 2019' -> 2019-11 (approximate). The opening "
        "paragraph (Rosa lived with Victor... until November 2020; review CCSP-DHR-07) and the closing italic line "
        "are not events. Date of death from the last paragraph."
    ),
)

FAMILIES = {
    "dhr_plan_ho_unlabelled_num_outcome_rag_fernbridge": (
        "dhr_action_plan_home_office",
        "Home Office DHR action-plan template, local variant: unlabelled number column, Outcome and "
        "Completion / RAG columns, landscape, repeated header row, a row continued onto the next page.",
    ),
    "dhr_plan_ho_completion_outcome_onecol_marlcombe": (
        "dhr_action_plan_home_office",
        "Home Office template variant with 'Date of completion and Outcome' as one column and the "
        "recommendation numbers inside the recommendation cell.",
    ),
    "partnership_rag_tracker_dated_updates_hollinsby": (
        "dhr_progress_tracker_rag",
        "Partnership RAG tracker: RAG words with a shaded key, dated progress updates, Complete/Overdue rows.",
    ),
    "dhr_exec_summary_single_agency_table_wrenfield": (
        "dhr_executive_summary",
        "DHR executive summary: panel recommendations, then single-agency recommendations in an Agency / No. / "
        "Recommendation table with numbering restarting per agency.",
    ),
    "dhr_overview_full_footnotes_restated_askerby": (
        "dhr_overview_report",
        "Full DHR overview report (9 pages): running heads, contents with leaders, footnotes, numbered "
        "paragraphs, chronology narrative, recommendations summarised in the executive summary and in full.",
    ),
    "sar_findings_board_recs_tolmere": (
        "sar_overview_report",
        "Safeguarding Adults Review: findings each followed by numbered Board recommendations whose numbers "
        "collide with paragraph numbers.",
    ),
    "cspr_learning_points_between_recs_larchmere": (
        "cspr_overview_report",
        "Local child safeguarding practice review with 'Recommendation One'... and shaded learning points "
        "between them.",
    ),
    "wales_concise_apr_improving_systems_gwaunfor": (
        "welsh_practice_review",
        "Welsh concise Adult Practice Review in the Welsh Government template ('Improving Systems and "
        "Practice', reviewer and chair statements, 'For Welsh Government use only').",
    ),
    "dardr_national_local_recs_penhallow": (
        "dardr_overview_report",
        "Domestic Abuse Related Death Review with national recommendations (N1-N3, government departments) and "
        "local recommendations (L1-L4).",
    ),
    "chron_table_date_agency_event_ravensholt": (
        "chronology_table",
        "DHR chronology appendix: one Date / Agency / Event table over two pages, mixed date forms.",
    ),
    "chron_year_headed_relative_dates_coldharbour": (
        "chronology_narrative",
        "Narrative chronology under year headings with relative dates ('three weeks later', 'that spring').",
    ),
}
for _stem, (_family, _desc) in FAMILIES.items():
    GOLD[_stem]["family"] = _family
    GOLD[_stem]["description"] = _desc


def main():
    # An optional folder argument writes the .json files there (a scratch copy to compare with the committed ones).
    write_gold(GOLD, HERE, sys.argv[1] if len(sys.argv) > 1 else None, family_keys="before_notes")


if __name__ == "__main__":
    main()
