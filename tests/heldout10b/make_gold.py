"""Hand-written gold for heldout10b (blind set). Every field below was written by hand from the documents'
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

# ------------------------------------------------------------------ 1. Home Office template, Fenwold
GOLD["dhr_plan_home_office_template_merged_recs_fenwold"] = dict(
    family="dhr_plan_home_office_template",
    description="Standalone DHR action plan on the Home Office template, landscape, recommendation and scope "
    "cells merged over their action rows, table over two pages with a repeated header row.",
    review=dict(
        review_id="FCSP DHR 2022-03",
        review_type="DHR",
        area="Fenwold",
        doc_kind="action_plan",
        author=None,
        victims=[{"pseudonym": "Maya", "age": None}],
        date_of_death=None,
    ),
    review_alternatives={"area": ["Fenwold Community Safety Partnership"]},
    recommendations=[
        R(
            "1",
            "Fenwold Community Safety Partnership",
            "Fenwold Community Safety Partnership should make sure that every agency on the panel has a written procedure",
            ["policy_procedure"],
        ),
        R(
            "2",
            "Fenwold Constabulary",
            "Fenwold Constabulary should ensure that where a victim withdraws support for a prosecution",
            ["perpetrators", "quality_assurance"],
            scope="regional",
        ),
        R(
            "3",
            "Fenwold and Saltby NHS Foundation Trust",
            "Fenwold and Saltby NHS Foundation Trust should strengthen routine enquiry about domestic abuse",
            ["routine_enquiry"],
        ),
        R(
            "4",
            "Fenwold Borough Council",
            "Fenwold Borough Council should review how its housing allocations team records and acts on a disclosure",
            ["record_keeping"],
        ),
        R(
            "5",
            "Home Office",
            "The Home Office should consider including examples of economic abuse in the next revision",
            ["policy_procedure"],
            scope="national",
        ),
        R(
            "6",
            "Fenwold Domestic Abuse Strategic Board",
            "Fenwold Domestic Abuse Strategic Board should assure itself that the learning from this review",
            ["quality_assurance", "awareness_public"],
        ),
    ],
    actions=[
        A(
            "1.1",
            OV,
            "1",
            "Audit partner agencies' domestic abuse policies for content on economic abuse",
            "Fenwold CSP",
            "31/03/23",
            "2023-03-31",
            "Completed 20/04/2023. Audit report to Strategic Board May 2023; two agencies asked to revise policies.",
            "complete",
        ),
        A(
            "1.2",
            OV,
            "1",
            "Publish a short practice guide on economic abuse for frontline staff",
            "Fenwold CSP / Harbourside Domestic Abuse Service",
            "Mar-24",
            "2024-03",
            None,
            "unknown",
        ),
        A(
            "2.1",
            OV,
            "2",
            "Amend the domestic abuse investigation closure checklist to require supervisory review",
            "Fenwold Constabulary",
            "By September 2023",
            "2023-09",
            "Completed 01/09/2023 – dip sample of 40 closed cases in December 2023 found supervisor review recorded in 37.",
            "complete",
        ),
        A(
            "3.1",
            OV,
            "3",
            "Add a mandatory routine enquiry field to the emergency department triage record",
            "Fenwold and Saltby NHS Foundation Trust",
            "Q2 2024/25",
            "2024",
            None,
            "unknown",
        ),
        A(
            "3.2",
            OV,
            "3",
            "Deliver a 45-minute briefing on routine enquiry to all emergency department nursing staff",
            "Fenwold and Saltby NHS Foundation Trust – Safeguarding Team",
            "31/12/23",
            "2023-12-31",
            "Ongoing – remaining staff to attend March 2024 sessions.",
            "in_progress",
        ),
        A(
            "3.3",
            OV,
            "3",
            "Report frequent-attender flags with injury codes to the Trust safeguarding committee",
            "Fenwold and Saltby NHS Foundation Trust",
            "Ongoing",
            None,
            None,
            "unknown",
        ),
        A(
            "4.1",
            OV,
            "4",
            "Review the housing application process and add a prompt for referral to the MARAC",
            "Fenwold Borough Council – Housing Options",
            "Oct-23",
            "2023-10",
            "Completed October 2023. Revised form in use from 16/10/2023.",
            "complete",
        ),
        A(
            "5.1",
            OV,
            "5",
            "Chair of the Partnership to write to the Home Office setting out the learning",
            "Fenwold CSP – Chair",
            "On publication",
            None,
            None,
            "unknown",
        ),
        A(
            "6.1",
            OV,
            "6",
            "Hold a learning event for practitioners",
            "Fenwold CSP",
            "31/01/2024",
            "2024-01-31",
            "Completed 25/01/2024. 96 practitioners attended; evaluation positive.",
            "complete",
        ),
        A(
            "6.2",
            OV,
            "6",
            "Produce a seven-minute briefing for employers through the Fenwold Business Forum",
            "Fenwold CSP",
            "Summer 2024",
            "2024",
            "Not started – awaiting publication of the report.",
            "not_started",
        ),
    ],
    chronology=[],
    notes=(
        "Home Office DHR action-plan template, landscape, plain pdftotext: the export prints the table column by "
        "column (all recommendation cells of a page, then the scope cells, then the action/lead/milestone cells "
        "in blocks), and again on page 2 after the repeated header. No action refs are printed: ref is the "
        "recommendation number and the row's position within its (merged) recommendation, '3.2' = the second "
        "action row under recommendation 3. Recommendation refs are the '1.'...'6.' printed at the start of the "
        "merged Recommendation cell. Scope is taken from the Scope column (rec 2 'Regional', rec 5 'National'). "
        "Status comes from 'Date of completion and Outcome': 'Completed <date>...' -> complete; 'Ongoing – ...' "
        "-> in_progress; 'Not started – ...' -> not_started; an empty cell -> unknown (status_raw null); the Key "
        "milestones column is progress, not status. Targets: '31/03/23' and '31/12/23' are day dates; 'Mar-24' "
        "and 'Oct-23' months; 'By September 2023' -> 2023-09; 'Q2 2024/25' (Jul–Sep 2024) and 'Summer 2024' -> "
        "year precision 2024; 'Ongoing' and 'On publication' -> no date. The 'Fenwold CSP' leads are the "
        "Fenwold Community Safety Partnership. Action lead is as printed in the Lead Agency cell."
    ),
)

# ------------------------------------------------------------------ 2. CSP tracker, Dunmere
GOLD["csp_tracker_dated_progress_rag_letters_dunmere"] = dict(
    family="csp_tracker_dated_progress_rag",
    description="Community safety partnership DHR tracker, landscape, No./Recommendation/Agency/Action/Progress "
    "update/Status/RAG, dated progress entries as separate paragraphs in one cell, RAG as letters, no target column.",
    review=dict(
        review_id="SDP/DHR/07",
        review_type="DHR",
        area="Dunmere",
        doc_kind="action_plan",
        author=None,
        victims=[{"pseudonym": "Ruth", "age": None}],
        date_of_death=None,
    ),
    review_alternatives={"area": ["Safer Dunmere Partnership", "Safer Dunmere"]},
    recommendations=[
        R(
            "1",
            "Safer Dunmere Partnership",
            "Safer Dunmere Partnership to commission refresher training on coercive control",
            ["training"],
        ),
        R(
            "2",
            "Dunmere Police",
            "Dunmere Police to ensure that bail conditions in domestic abuse cases are shared with the victim",
            ["information_sharing", "perpetrators"],
        ),
        R(
            "3",
            "Dunmere GP Federation",
            "Dunmere GP Federation to promote the use of domestic abuse codes in patient records",
            ["record_keeping"],
        ),
        R(
            "4",
            "Dunmere Council Adult Social Care",
            "Dunmere Council Adult Social Care to review its carer's assessment form",
            ["routine_enquiry"],
        ),
        R(
            "5",
            "Safer Dunmere Partnership",
            "Safer Dunmere Partnership to ask the local Integrated Care Board to fund an IDVA",
            ["specialist_support"],
        ),
        R(
            "6",
            "Dunmere Homes",
            "Dunmere Homes to make sure that tenancy officers record and report unexplained damage",
            ["record_keeping"],
        ),
        R(
            "7",
            "Safer Dunmere Partnership",
            "Safer Dunmere Partnership to write to the Ministry of Justice about the lack of information",
            ["information_sharing", "perpetrators"],
        ),
    ],
    actions=[
        A(
            "1a",
            OV,
            "1",
            "Commission a training provider and agree a two-year programme",
            "Safer Dunmere Partnership",
            None,
            None,
            "Complete",
            "complete",
        ),
        A(
            "1b",
            OV,
            "1",
            "Evaluate attendance and learning after the first year",
            "Safer Dunmere Partnership",
            None,
            None,
            "Ongoing",
            "in_progress",
        ),
        A(
            "2",
            OV,
            "2",
            "Issue a force instruction and add a bail-notification task to the custody record",
            "Dunmere Police",
            None,
            None,
            "Partially met",
            "in_progress",
        ),
        A(
            "3",
            OV,
            "3",
            "Share a coding guide with all 23 practices and audit use of the codes",
            "Dunmere GP Federation",
            None,
            None,
            "Ongoing",
            "in_progress",
        ),
        A(
            "4",
            OV,
            "4",
            "Revise the carer's assessment form",
            "Dunmere Council – Adult Social Care",
            None,
            None,
            "Not started",
            "not_started",
        ),
        A(
            "5",
            OV,
            "5",
            "Prepare a business case for a hospital-based IDVA",
            "Safer Dunmere Partnership / Dunmere ICB",
            None,
            None,
            "Complete",
            "complete",
        ),
        A(
            "6",
            OV,
            "6",
            "Add guidance to the tenancy management procedure and brief officers",
            "Dunmere Homes",
            None,
            None,
            "A",
            "in_progress",
        ),
        A(
            "7",
            OV,
            "7",
            "Letter from the Partnership chair to the Ministry of Justice",
            "Safer Dunmere Partnership",
            None,
            None,
            None,
            "unknown",
        ),
    ],
    chronology=[],
    notes=(
        "CSP tracker, landscape, plain pdftotext: the export prints the No. column, then the Recommendation "
        "column, then Agency/Action/Progress in blocks, and Status/RAG last, so no row reads as a line. The table "
        "runs onto page 2 with the header repeated. Action refs are the No. column as printed (1a, 1b, 2...7); "
        "the recommendation cell is merged over 1a and 1b, so both have recommendation_ref '1' and the "
        "recommendations are numbered 1-7 from the No. column. Lead = the Agency column. There is no target-date "
        "column: the dated entries in 'Progress update' are progress, not targets, so target_date is null "
        "throughout. Status from the Status column: Complete -> complete; Ongoing and 'Partially met' -> "
        "in_progress; 'Not started' -> not_started. Row 6 has an empty Status cell but RAG 'A' (key: some delay) "
        "-> in_progress with status_raw 'A'. Row 7 has empty Status and RAG -> unknown. Rec 7 asks the "
        "Partnership to write to the Ministry of Justice: addressee is the Partnership, so scope local."
    ),
)

# ------------------------------------------------------------------ 3. SAR board plan, Oakhollow
GOLD["sar_plan_shaded_recommendation_rows_oakhollow"] = dict(
    family="sar_plan_shaded_recommendation_rows",
    description="SAB action plan, portrait: each 'Recommendation N:' a full-width shaded row, then "
    "Action/Lead officer/By when/Evidence of impact/Status rows; some status cells empty.",
    review=dict(
        review_id=None,
        review_type="SAR",
        area="Oakhollow",
        doc_kind="action_plan",
        author=None,
        victims=[{"pseudonym": "Peter", "age": None}],
        date_of_death=None,
    ),
    review_alternatives={"area": ["Oakhollow Safeguarding Adults Board"]},
    recommendations=[
        R(
            "1",
            "Oakhollow Safeguarding Adults Board",
            "The Board should seek assurance that self-neglect referrals are considered under the multi-agency",
            ["quality_assurance", "multi_agency_working"],
        ),
        R(
            "2",
            "Oakhollow Council Adult Social Care",
            "Oakhollow Council Adult Social Care should make sure that mental capacity assessments are decision-specific",
            ["record_keeping"],
        ),
        R(
            "3",
            "Oakhollow Hospitals NHS Trust",
            "Oakhollow Hospitals NHS Trust should review discharge planning for patients who have refused support",
            ["information_sharing"],
        ),
        R(
            "4",
            "Oakhollow Safeguarding Adults Board",
            "The Board should ask the Fire and Rescue Service and housing providers to share hoarding concerns",
            ["information_sharing", "multi_agency_working"],
        ),
        R(
            "5",
            "All Board partners",
            "All Board partners should make sure that practitioners use professionals' meetings",
            ["multi_agency_working"],
        ),
    ],
    actions=[
        A(
            "1.1",
            OV,
            "1",
            "Circulate a reminder of the self-neglect procedure to all partner agencies",
            "Board Business Manager",
            "31.07.2024",
            "2024-07-31",
            "Complete",
            "complete",
        ),
        A(
            "1.2",
            OV,
            "1",
            "Multi-agency audit of 20 self-neglect referrals closed in the last six months",
            "Chair, Performance and Quality Sub-group",
            "Q3 2024/25",
            "2024",
            "In progress",
            "in_progress",
        ),
        A(
            "2.1",
            OV,
            "2",
            "Deliver mental capacity training focused on executive function and repeated refusals",
            "Principal Social Worker",
            "Sept 2024",
            "2024-09",
            "Complete",
            "complete",
        ),
        A(
            "2.2",
            OV,
            "2",
            "Add a decision-specific capacity template to the case management system",
            "Head of Adult Social Care Systems",
            "31.03.2025",
            "2025-03-31",
            None,
            "unknown",
        ),
        A(
            "3.1",
            OV,
            "3",
            "Amend the discharge checklist to require notification to the community nursing team",
            "Deputy Chief Nurse",
            "Within 6 months",
            None,
            "Complete",
            "complete",
        ),
        A(
            "4.1",
            OV,
            "4",
            "Agree a joint hoarding referral form with Oakhollow Fire and Rescue Service",
            "Board Business Manager",
            "December 2024",
            "2024-12",
            "Not started",
            "not_started",
        ),
        A(
            "4.2",
            OV,
            "4",
            "Launch the referral route with a practitioner briefing",
            "Oakhollow Fire and Rescue Service – Prevention Manager",
            "March 2025",
            "2025-03",
            None,
            "unknown",
        ),
        A(
            "5.1",
            OV,
            "5",
            "Publish practice guidance on convening a professionals' meeting",
            "Board Learning and Development Lead",
            "Ongoing",
            None,
            "Ongoing",
            "in_progress",
        ),
    ],
    chronology=[],
    notes=(
        "SAR action plan, portrait, plain pdftotext: this table prints row by row with the cells' lines "
        "interleaved ('Circulate a reminder of the selfBoard Business|31.07.2024|Flowchart circulated in July|"
        "Complete'); a hyphen at a line end joins the next cell's first word ('self' + 'Board'). Recommendations "
        "are full-width shaded rows 'Recommendation N: ...'. No action refs are printed: ref = recommendation "
        "number and the action's position under it ('4.2'). Status column: Complete; 'In progress' and Ongoing "
        "-> in_progress; 'Not started' -> not_started; empty cells (2.2, 4.2) -> unknown. The 'Evidence of "
        "impact' column (one cell has two paragraphs) is progress/success evidence, not status. Targets: "
        "'31.07.2024', '31.03.2025' day dates; 'Sept 2024', 'December 2024', 'March 2025' months; 'Q3 2024/25' "
        "(Oct–Dec 2024) -> year precision 2024; 'Within 6 months' and 'Ongoing' -> no date. 'The Board' = "
        "Oakhollow Safeguarding Adults Board. Rec 5 is addressed to all Board partners."
    ),
)

# ------------------------------------------------------------------ 4. Single-agency police plan, Brackwater
GOLD["police_single_agency_imr_plan_unheaded_number_col_brackwater"] = dict(
    family="single_agency_imr_plan",
    description="Police single-agency action plan answering its own IMR recommendations (IMR 1-4 listed above "
    "the table); columns: unheaded row number / Ref / Action / Owner / Timescale / Progress / Complete (Y/N).",
    review=dict(
        review_id="Westvale CSP DHR 2023/02",
        review_type="DHR",
        area="Westvale",
        doc_kind="action_plan",
        author=None,
        victims=[{"pseudonym": "Sophie", "age": None}],
        date_of_death=None,
    ),
    review_alternatives={"area": ["Westvale CSP", "Westvale Community Safety Partnership"]},
    recommendations=[
        R(
            "IMR 1",
            "Brackwater Police",
            "Brackwater Police should make sure that officers attending domestic incidents check for previous incidents",
            ["risk_assessment"],
            level=AG,
        ),
        R(
            "IMR 2",
            "Brackwater Police",
            "Brackwater Police should improve the quality of DASH risk assessments where the victim declines",
            ["risk_assessment"],
            level=AG,
        ),
        R(
            "IMR 3",
            "Brackwater Police",
            "Brackwater Police should make sure that referrals to the MARAC are made within 24 hours",
            ["risk_assessment", "multi_agency_working"],
            level=AG,
        ),
        R(
            "IMR 4",
            "Brackwater Police",
            "Brackwater Police should review how stalking behaviour reported after separation is identified",
            ["record_keeping", "risk_assessment"],
            level=AG,
        ),
    ],
    actions=[
        A(
            "1",
            "Brackwater Police",
            "IMR 1",
            "Update the attending officer briefing on the mobile device",
            "Supt, Contact Management",
            "Mar-24",
            "2024-03",
            "Y",
            "complete",
        ),
        A(
            "2",
            "Brackwater Police",
            "IMR 1",
            "Dip sample 50 domestic incidents a quarter to check that previous history",
            "DI, Professional Standards – Audit",
            "Ongoing",
            None,
            "N",
            "in_progress",
        ),
        A(
            "3",
            "Brackwater Police",
            "IMR 2",
            "Deliver DASH refresher training for response officers",
            "Head of Learning and Development",
            "30/09/24",
            "2024-09-30",
            "N",
            "in_progress",
        ),
        A(
            "4",
            "Brackwater Police",
            "IMR 2",
            "Supervisors to review every DASH where questions are left blank",
            "Chief Inspector, Response",
            "31/05/24",
            "2024-05-31",
            "Y",
            "complete",
        ),
        A(
            "5",
            "Brackwater Police",
            "IMR 3",
            "Introduce a daily MARAC referral check in the Public Protection Unit",
            "DCI, Public Protection",
            "Q1 2024/25",
            "2024",
            "N",
            "not_started",
        ),
        A(
            "6",
            "Brackwater Police",
            "IMR 3",
            "Report MARAC referral times to the Force Domestic Abuse Board",
            "DCI, Public Protection",
            "Quarterly",
            None,
            None,
            "unknown",
        ),
        A(
            "7",
            "Brackwater Police",
            "IMR 4",
            "Add stalking screening questions to the domestic abuse crime record",
            "Force Crime Registrar",
            "By December 2024",
            "2024-12",
            "N",
            "in_progress",
        ),
        A(
            "8",
            "Brackwater Police",
            "IMR 4",
            "Brief all officers on recording stalking after separation",
            "Head of Learning and Development",
            "Dec-24",
            "2024-12",
            None,
            "unknown",
        ),
    ],
    chronology=[],
    notes=(
        "Single-agency (police) plan, portrait, plain pdftotext: the export scatters the table cell by cell "
        "(numbers, refs, owners and dates first, the action texts later as one block), and 'Complete (Y/N)' "
        "breaks as 'Comple|te (Y/N)'. The four IMR recommendations are printed as 'IMR N<tab>text' paragraphs "
        "above the table: refs kept as printed ('IMR 1'), level agency, agency Brackwater Police; the review "
        "is Westvale CSP's DHR, so area = Westvale. The first, unheaded, narrow column holds the action's number "
        "1-8: that is the action ref; the 'Ref' column holds the IMR recommendation it answers "
        "(recommendation_ref). agency_section is the force (single-agency plan). Lead = Owner. Status from "
        "'Complete (Y/N)': Y -> complete; N is read with the Progress cell: work under way (2, 3, 7) -> "
        "in_progress, 'Not yet started' (5) -> not_started; blank Y/N and blank progress (6, 8) -> unknown. "
        "Targets: 'Mar-24', 'Dec-24' months; '30/09/24', '31/05/24' day dates; 'By December 2024' -> 2024-12; "
        "'Q1 2024/25' (Apr–Jun 2024) -> year precision 2024; 'Ongoing' and 'Quarterly' -> no date."
    ),
)

# ------------------------------------------------------------------ 5. Chronology appendix, Larchfield
LARCH = [
    ("12/03/2018", "2018-03-12", "Anita registers with the practice with her two children"),
    ("02/05/2018", "2018-05-02", "Anita sees the GP about headaches and poor sleep"),
    ("19/08/2018", "2018-08-19", "999 call from a neighbour reporting a woman screaming"),
    ("20/08/2018", "2018-08-20", "Domestic abuse notification sent to children's services"),
    ("22/08/2018", "2018-08-22", "Notification screened at the front door"),
    ("Oct 2018", "2018-10", "Anita requests a repeat prescription of sleeping tablets by telephone"),
    ("06/01/2019", "2019-01-06", "Karl calls police saying that Anita has locked him out"),
    ("07/01/2019", "2019-01-07", "Karl charged with common assault and released on conditional bail"),
    ("08/01/2019", "2019-01-08", "Outreach worker telephones Anita following the police referral"),
    ("15/01/2019", "2019-01-15", "Home visit. Safety plan agreed"),
    ("11/02/2019", "2019-02-11", "Karl pleads guilty to common assault"),
    ("Late March 2019", "2019-03", "Case closed after Anita says she feels safe"),
    ("04/06/2019", "2019-06-04", "Class teacher notes that the older child says"),
    ("Summer 2019", "2019", "Rent arrears of more than two months"),
    ("03/09/2019", "2019-09-03", "Anita attends with a cut to her hand"),
    ("17/11/2019", "2019-11-17", "Anonymous call reporting shouting at the address"),
    ("2019-12-24", "2019-12-24", "Ambulance called to the address for a woman with a head injury"),
    ("27.12.2019", "2019-12-27", "Practice receives the ambulance service's notification of the call"),
    ("January 2020", "2020-01", "Notice seeking possession served for rent arrears"),
    ("14/02/2020", "2020-02-14", "Younger child arrives at school upset"),
    ("29/02/2020", "2020-02-29", "Emergency call from Anita's mother"),
]
GOLD["chron_appendix_date_time_agency_comment_larchfield"] = dict(
    family="chron_appendix_date_time_agency_comment",
    description="DHR appendix: combined chronology table Date/Time/Agency/Event/Comment, 21 rows over two "
    "pages, some event cells long, blank and 'Not known' times, one row split across the page break.",
    review=dict(
        review_id=None,
        review_type="DHR",
        area="Larchfield",
        doc_kind="overview_report",
        author=None,
        victims=[{"pseudonym": "Anita", "age": None}],
        date_of_death="2020-02-29",
    ),
    recommendations=[],
    actions=[],
    chronology=[C(None, None, raw, iso, start) for raw, iso, start in LARCH],
    notes=(
        "DHR appendix A, portrait, plain pdftotext: the export prints the Date column, then Time, then Agency, "
        "then Event and Comment in blocks per page (the dates of page 1 stand far from their events). One "
        "record per table row (21); the row of 27.12.2019 is split by the page break, its event text continuing "
        "on page 2 after the repeated header. The Comment column is the panel's comment, part of the same "
        "record, not an event. No paragraph numbers: ref null. Dates as printed: 'Oct 2018' and 'January 2020' "
        "months; 'Late March 2019' -> 2019-03 (approximate); 'Summer 2019' -> year precision 2019; ISO "
        "'2019-12-24' and dotted '27.12.2019' day dates. Date of death: Anita was found with fatal injuries on "
        "29/02/2020 (the last row); no author, review id or age is printed."
    ),
)

# ------------------------------------------------------------------ 6. Per-agency chronology, Wendlebury
WENDLE = [
    (
        "Wendlebury Police",
        "23 April 2017",
        "2017-04-23",
        "Jean reports that Malcolm has damaged her mobile telephone",
    ),
    ("Wendlebury Police", "9 December 2018", "2018-12-09", "Concern for welfare call from Jean's daughter"),
    ("Wendlebury Police", "1 March 2020", "2020-03-01", "Jean's body is found at the home"),
    ("Brookside Surgery", "05.06.2017", "2017-06-05", "Jean attends with low mood"),
    (
        "Brookside Surgery",
        "14.02.2018",
        "2018-02-14",
        "Malcolm diagnosed with vascular dementia by the memory clinic",
    ),
    ("Brookside Surgery", "Nov 2018", "2018-11", "Jean misses her annual review"),
    (
        "Brookside Surgery",
        "20.01.2020",
        "2020-01-20",
        "Telephone consultation. Jean asks for help getting Malcolm into respite",
    ),
    (
        "Wendlebury County Council – Adult Social Care",
        "July 2017",
        "2017-07",
        "Carer's assessment completed at home with Malcolm present",
    ),
    (
        "Wendlebury County Council – Adult Social Care",
        "12 September 2018",
        "2018-09-12",
        "Annual review of the carer's assessment completed by telephone",
    ),
    (
        "Wendlebury County Council – Adult Social Care",
        "22 January 2020",
        "2020-01-22",
        "Referral from the GP for respite",
    ),
    (
        "Wendlebury and District Mental Health Trust – Memory Service",
        "30/01/2018",
        "2018-01-30",
        "Memory clinic assessment. Malcolm is irritable",
    ),
    (
        "Wendlebury and District Mental Health Trust – Memory Service",
        "18/06/2019",
        "2019-06-18",
        "Follow-up appointment. Jean says Malcolm has pushed her twice",
    ),
    (
        "Wendlebury and District Mental Health Trust – Memory Service",
        "Early February 2020",
        "2020-02",
        "Letter offering a review appointment sent",
    ),
]
GOLD["chron_per_agency_tables_varied_widths_wendlebury"] = dict(
    family="chron_per_agency_tables",
    description="DHR report section 5: a numbered heading per agency, each followed by its own two-column "
    "Date / Contact / Event table with a different date-column width; dates in four forms.",
    review=dict(
        review_id=None,
        review_type="DHR",
        area="Wendlebury",
        doc_kind="overview_report",
        author=None,
        victims=[{"pseudonym": "Jean", "age": None}],
        date_of_death=None,
    ),
    recommendations=[],
    actions=[],
    chronology=[C(None, h, raw, iso, start) for h, raw, iso, start in WENDLE],
    notes=(
        "Per-agency chronology, portrait, plain pdftotext: each agency's table is printed as its Date column "
        "then its Contact / Event column (the police table's second and third dates come after all three "
        "events). heading = the agency sub-heading without its paragraph number ('5.2 Wendlebury Police' -> "
        "'Wendlebury Police'). One record per table row (13); the 22 January 2020 adult social care cell holds "
        "two paragraphs about the same day and is one record. ref null (rows are not numbered). Dates: "
        "'23 April 2017' long form, '05.06.2017' dotted, '30/01/2018' slashed, 'Nov 2018' and 'July 2017' "
        "months, 'Early February 2020' -> 2020-02 (approximate). Jean's body was found on 1 March 2020 but the "
        "date of death is not stated, so date_of_death is null. Paragraphs 5.1 and 5.6 are not events."
    ),
)

# ------------------------------------------------------------------ 7. CSPR plan, RAG words (layout mode)
GOLD["cspr_plan_rag_words_measures_marlowmere"] = dict(
    family="cspr_plan_rag_words",
    description="Child safeguarding practice review partnership plan, landscape, Recommendation (merged over "
    "its actions) / Actions / Lead / Timescale / Measure of success / RAG rating with RAG as words and a key.",
    review=dict(
        review_id=None,
        review_type="CSPR",
        area="Marlowmere",
        doc_kind="action_plan",
        author=None,
        victims=[{"pseudonym": "Child T", "age": None}],
        date_of_death=None,
    ),
    review_alternatives={
        "area": ["Marlowmere Safeguarding Children Partnership"],
        "review_type": ["LCSPR", "SCR"],
    },
    recommendations=[
        R(
            "1",
            "Marlowmere Safeguarding Children Partnership",
            "The Partnership should make sure that practitioners understand the risks to babies",
            ["training", "risk_assessment", "children"],
        ),
        R(
            "2",
            "Marlowmere Maternity Services",
            "Marlowmere Maternity Services should share information about a parent's substance misuse",
            ["information_sharing", "substance_misuse"],
        ),
        R(
            "3",
            "Marlowmere Safeguarding Children Partnership",
            "The Partnership should seek assurance that safe sleep advice is given and recorded",
            ["quality_assurance", "record_keeping", "children"],
        ),
        R(
            "4",
            "Department for Education",
            "The Department for Education should consider national guidance on including fathers",
            ["policy_procedure", "children"],
            scope="national",
        ),
    ],
    actions=[
        A(
            "1.1",
            OV,
            "1",
            "Revise the pre-birth assessment protocol to include a section on fathers",
            "Head of Service, Children's Social Care",
            "December 2023",
            "2023-12",
            "Blue",
            "complete",
        ),
        A(
            "1.2",
            OV,
            "1",
            "Multi-agency training on parental substance misuse and infant safety",
            "Partnership Training Manager",
            "March 2024",
            "2024-03",
            "Green",
            "in_progress",
        ),
        A(
            "2.1",
            OV,
            "2",
            "Add substance misuse to the maternity-to-health-visitor handover template",
            "Named Midwife for Safeguarding",
            "30/06/2024",
            "2024-06-30",
            "Amber",
            "in_progress",
        ),
        A(
            "3.1",
            OV,
            "3",
            "Quarterly audit of safe sleep recording by the health visiting service",
            "Health Visiting Service Lead",
            "Q4 2024/25",
            "2025",
            "Red",
            "not_started",
        ),
        A(
            "3.2",
            OV,
            "3",
            "Launch a safe sleep campaign aimed at fathers with the Family Hubs",
            "Partnership Business Manager",
            "Spring 2025",
            "2025",
            "Green",
            "in_progress",
        ),
        A(
            "4.1",
            OV,
            "4",
            "Independent scrutineer to write to the Department for Education enclosing the review",
            "Independent Scrutineer",
            "Completed",
            None,
            "Blue",
            "complete",
        ),
    ],
    chronology=[],
    notes=(
        "CSPR partnership plan, landscape, pdftotext -layout (the only layout-mode stem): columns stay apart "
        "but the merged Recommendation cell runs down beside two action rows, so a recommendation's text and "
        "its second action share lines. No action refs are printed: ref = recommendation number and the "
        "action's position ('3.2'). Status from 'RAG rating' using the key printed above the table: Blue = "
        "action complete -> complete; Green = on track and Amber = behind schedule but in progress -> "
        "in_progress; Red = not started -> not_started; status_raw is the RAG word. Targets: 'December 2023', "
        "'March 2024' months; '30/06/2024' day; 'Q4 2024/25' (Jan–Mar 2025) and 'Spring 2025' -> year "
        "precision 2025; 'Completed' in the Timescale column is not a date (null). review_type CSPR (local "
        "child safeguarding practice review; LCSPR/SCR accepted). 'The Partnership' = Marlowmere Safeguarding "
        "Children Partnership; rec 4 to the Department for Education is national."
    ),
)


def main():
    # An optional folder argument writes the .json files there (a scratch copy to compare with the committed ones).
    write_gold(GOLD, HERE, sys.argv[1] if len(sys.argv) > 1 else None, family_keys="after_file")


if __name__ == "__main__":
    main()
