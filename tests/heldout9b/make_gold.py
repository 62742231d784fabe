"""Hand-written gold for heldout9b (blind set). Every field below was written by hand from the documents'
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

# ------------------------------------------------------------------ 1. Tollbridge SMART plan
TC = "Tollbridge Community Safety Partnership"
GOLD["plan_smart_subactions_rag_word_tollbridge"] = dict(
    family="plan_smart_subactions_rag_word",
    description=(
        "Standalone DHR SMART action plan, landscape, one table 'Recommendation | Specific action | Measurable "
        "outcome | Lead officer | Target date | Evidence of completion | RAG'; recommendation text merged down "
        "over its sub-actions, which carry their number at the start of the action cell (1.1, 1.2, 2.1...); "
        "status only as a RAG word (Green/Amber/Red) with a printed key in which Green means complete; "
        "'Complete – evidence received Jan 2024' in the evidence column."
    ),
    review=dict(
        review_id="TCSP/DHR/2021/04",
        review_type="DHR",
        area="Tollbridge",
        doc_kind="action_plan",
        author=None,
        victims=[{"pseudonym": "Corinne", "age": 52}],
        date_of_death="2021-11",
    ),
    review_alternatives={"area": [TC]},
    recommendations=[
        R(
            "1",
            TC,
            "Tollbridge Community Safety Partnership should make sure that staff in adult social care "
            "and primary care understand the domestic abuse referral pathway",
            ["multi_agency_working", "training"],
            line=16,
        ),
        R(
            "2",
            "Tollbridge Police",
            "Tollbridge Police should review how officers find out about and record access to firearms",
            ["risk_assessment", "record_keeping"],
        ),
        R(
            "3",
            "Marlow Vale Integrated Care Board",
            "Marlow Vale Integrated Care Board should ensure that GP "
            "practices in Tollbridge ask older patients about domestic abuse",
            ["routine_enquiry"],
        ),
        R(
            "4",
            TC,
            "Tollbridge Community Safety Partnership should seek assurance that the learning from this "
            "review has reached all partner agencies",
            ["quality_assurance", "training"],
            line=37,
        ),
    ],
    actions=[
        A(
            "1.1",
            OV,
            "1",
            "Map the referral routes open to older victims and publish a one-page pathway",
            "DA Strategic Lead, TCSP",
            "31/03/2023",
            "2023-03-31",
            "Green",
            "complete",
        ),
        A(
            "1.2",
            OV,
            "1",
            "Deliver two lunchtime briefings on the pathway for adult social care teams",
            "Principal Social Worker, Tollbridge Adult Social Care",
            "June 2023",
            "2023-06",
            "Amber",
            "in_progress",
        ),
        A(
            "2.1",
            OV,
            "2",
            "Add a compulsory firearms question to the domestic abuse attendance form",
            "DI, Public Protection Unit",
            "Sept 2023",
            "2023-09",
            "Amber",
            "in_progress",
        ),
        A(
            "2.2",
            OV,
            "2",
            "Brief all response officers on checking the firearms licensing system",
            "Firearms Licensing Manager",
            "30.09.2023",
            "2023-09-30",
            "Green",
            "complete",
        ),
        A(
            "2.3",
            OV,
            "2",
            "Audit licensing referrals made after domestic incidents in 2023",
            "Head of Professional Standards",
            "Q1 2024/25",
            "2024",
            "Red",
            "not_started",
        ),
        A(
            "3.1",
            OV,
            "3",
            "Extend the practice domestic abuse training offer to cover older patients",
            "Named GP for Safeguarding Adults",
            "Mar-24",
            "2024-03",
            "Amber",
            "in_progress",
        ),
        A(
            "3.2",
            OV,
            "3",
            "Add a routine enquiry prompt to the annual frailty review template",
            "Clinical Systems Lead, ICB",
            "31 December 2023",
            "2023-12-31",
            "Green",
            "complete",
        ),
        A(
            "4.1",
            OV,
            "4",
            "Hold a multi-agency learning event on the review",
            "TCSP Business Manager",
            "Within 3 months of publication",
            None,
            "Not yet due – publication awaited",
            "not_started",
        ),
        A(
            "4.2",
            OV,
            "4",
            "Report progress on this plan to the TCSP Board every six months",
            "TCSP Chair",
            "Ongoing",
            None,
            "Amber",
            "in_progress",
        ),
    ],
    chronology=[],
    notes=(
        "pdftotext -layout (recommendation lines 16 and 37 pinned by hand: the merged cell interleaves with other columns). Recommendation refs are the '1.'..'4.' printed at the start of the merged "
        "recommendation cell; action refs are the '1.1'.. printed at the start of the action cell. status_raw is "
        "the RAG word; the printed key maps Green = complete (evidence received), Amber = in_progress, Red = "
        "'Not started, or overdue with no plan to recover': 2.3 is Red, blank evidence and its target (Q1 "
        "2024/25) was not yet due at the plan date (31 January 2024), so not_started. 4.1 has no RAG word; its "
        "evidence cell says 'Not yet due – publication awaited' (nothing done), so not_started with that text as "
        "status_raw. Dates in the evidence column are not targets. 'Within 3 months of publication' and "
        "'Ongoing' give no target date; Q1 2024/25 held at year precision. Date of death printed as month only "
        "(November 2021). No author printed. 'The Partnership' is the area body."
    ),
)

# ------------------------------------------------------------------ 2. Fernhill single-agency plan
FH = "Fernhill Community Health NHS Trust"
GOLD["plan_single_agency_progress_paras_fernhill"] = dict(
    family="plan_single_agency_progress_paras",
    description=(
        "A single agency's internal action plan (NHS community trust) for the DHR recommendations addressed to "
        "it (overview recommendations 5 and 6) and its own IMR recommendations (IMR 1, IMR 2); recommendations "
        "as labelled paragraphs, then on page 2 a portrait table 'Ref | Action | Responsible | By when | Progress "
        "update | Status' whose long progress paragraphs are full of dates that are not targets; one target "
        "'31/01/2024 (revised to 30/09/2024)'; plain pdftotext (columns come out as blocks)."
    ),
    review=dict(
        review_id="Kestonbury DHR 2022/03",
        review_type="DHR",
        area="Kestonbury",
        doc_kind="action_plan",
        author=None,
        victims=[{"pseudonym": "Adaeze", "age": 34}],
        date_of_death="2022-03",
    ),
    review_alternatives={"area": ["Safer Kestonbury Partnership"]},
    recommendations=[
        R(
            "5",
            FH,
            "Fernhill Community Health NHS Trust should ensure that health visitors ask every mother "
            "about domestic abuse at each mandated contact",
            ["routine_enquiry"],
        ),
        R(
            "6",
            FH,
            "Fernhill Community Health NHS Trust should make sure that safeguarding concerns recorded by "
            "its sexual health service can be seen by the health visiting team",
            ["information_sharing"],
        ),
        R(
            "IMR 1",
            FH,
            "The Trust should audit the quality of the records health visitors make after a "
            "disclosure of domestic abuse",
            ["quality_assurance", "record_keeping"],
            level=AG,
        ),
        R(
            "IMR 2",
            FH,
            "The Trust should review how safeguarding supervision is given to part-time and bank staff",
            ["quality_assurance"],
            level=AG,
        ),
    ],
    actions=[
        A(
            "5.1",
            FH,
            "5",
            "Revise the health visiting standard operating procedure so that routine enquiry is required",
            "Head of Children's Community Services",
            "31/08/2023",
            "2023-08-31",
            "Complete",
            "complete",
        ),
        A(
            "5.2",
            FH,
            "5",
            "Audit whether mothers are seen alone when asked about domestic abuse",
            "Safeguarding Nurse Specialist (Children)",
            "End of Q2 2023/24",
            "2023",
            "In progress",
            "in_progress",
        ),
        A(
            "5.3",
            FH,
            "5",
            "Give health visitors a script and a safe",
            "Named Nurse for Safeguarding Children",
            "April 2024",
            "2024-04",
            "Partially complete",
            "in_progress",
        ),
        A(
            "6.1",
            FH,
            "6",
            "Agree a flag in the shared electronic record that shows a sexual health safeguarding concern",
            "Chief Clinical Information Officer",
            "31/01/2024 (revised to 30/09/2024)",
            "2024-01-31",
            "Complete",
            "complete",
        ),
        A(
            "6.2",
            FH,
            "6",
            "Write guidance for sexual health staff on when to tell the health visitor about a concern",
            "Lead Nurse, Sexual Health Services",
            "Immediate",
            None,
            "Not started",
            "not_started",
        ),
        A(
            "IMR1.1",
            FH,
            "IMR 1",
            "Audit the records made after a disclosure of domestic abuse against the Trust "
            "recording standard",
            "Safeguarding Nurse Specialist (Adults)",
            "30 November 2023",
            "2023-11-30",
            "Complete",
            "complete",
        ),
        A(
            "IMR2.1",
            FH,
            "IMR 2",
            "Review the safeguarding supervision policy so that it covers",
            "Associate Director of Safeguarding",
            "Q4 2024/25",
            "2025",
            "In progress",
            "in_progress",
        ),
    ],
    chronology=[],
    notes=(
        "Plain pdftotext: the page-2 table comes out column by column, so refs, actions, leads, dates and "
        "statuses are separated; the gold is the table's meaning. Recommendations 5 and 6 are overview-report "
        "recommendations (level overview, numbered as in the report) addressed to the Trust; IMR 1 and IMR 2 are "
        "the Trust's own single-agency recommendations (level agency), refs kept as printed. 'The Trust' = "
        "Fernhill Community Health NHS Trust. Every date in the progress column (19 July 2023, 6 December 2023, "
        "23 September 2024 ...) is a progress date, not a target. 6.1's target printed '31/01/2024 (revised to "
        "30/09/2024)': the gold holds the original agreed target (first date), as in the tracker stem of this "
        "set; the revision is in target_date_raw. 'Partially complete' -> in_progress. 'Immediate' gives no "
        "date. 'End of Q2 2023/24' and 'Q4 2024/25' held at year precision (financial-year quarters: Jul-Sep 2023 "
        "and Jan-Mar 2025). The victim's age and month of death come from paragraph 1.1; no author printed. "
        "agency_section is the Trust (single-agency plan)."
    ),
)

# ------------------------------------------------------------------ 3. Brackwater Excel-exported tracker
BW = "Brackwater Safeguarding Partnership"
R1 = "Brackwater Housing Solutions should include a question about domestic abuse in every tenancy"
R2 = "Brackwater Police should make sure that a DASH risk assessment is completed and recorded"
R3 = "Brackwater Safeguarding Partnership should commission multi-agency training on economic abuse"
R4 = "Southmere Drug and Alcohol Service should notify the IDVA service when a client discloses"
R5 = "The Home Office should consider issuing guidance on economic abuse"
GOLD["tracker_excel_export_wide_brackwater"] = dict(
    family="tracker_excel_export_wide",
    description=(
        "Partnership tracker exported from a spreadsheet to PDF: one very wide landscape table in 6.5pt with 13 "
        "columns 'ID | Review | Rec no. | Recommendation | Agency | Action | Lead officer | Date agreed | Target "
        "date | Revised date | Update (Board Jan 25) | Evidence ref | Closed Y/N', the recommendation text "
        "repeated on every row of that recommendation (no merging), blank cells, one '########' revised date, "
        "file/sheet name as page header and 'Page 1 of 1' footer; plain pdftotext (cells come out one per block, "
        "recommendation texts gathered together)."
    ),
    review=dict(
        review_id="BSP DHR 07",
        review_type="DHR",
        area="Brackwater",
        doc_kind="action_plan",
        author=None,
        victims=[{"pseudonym": "Imogen", "age": None}],
        date_of_death=None,
    ),
    review_alternatives={"area": [BW]},
    recommendations=[
        R("1", "Brackwater Housing Solutions", R1, ["routine_enquiry"]),
        R("2", "Brackwater Police", R2, ["risk_assessment", "record_keeping"]),
        R("3", BW, R3, ["training"]),
        R("4", "Southmere Drug and Alcohol Service", R4, ["information_sharing", "multi_agency_working"]),
        R("5", "Home Office", R5, ["policy_procedure"], scope="national"),
    ],
    actions=[
        A(
            "BSP-071",
            "Housing",
            "1",
            "Add DA question to tenancy sustainment assessment form",
            "Tenancy Services Manager",
            "30/06/2024",
            "2024-06-30",
            "Y",
            "complete",
        ),
        A(
            "BSP-072",
            "Housing",
            "1",
            "Train tenancy sustainment officers in using the question",
            "Tenancy Services Manager",
            "30/09/2024",
            "2024-09-30",
            "N",
            "in_progress",
        ),
        A(
            "BSP-073",
            "Police",
            "2",
            "Dip sample 100 DA incidents for DASH completion",
            "DCI Safeguarding",
            "31/10/2024",
            "2024-10-31",
            "N",
            "unknown",
        ),
        A(
            "BSP-074",
            "Police",
            "2",
            "Issue practice note on recording a refused DASH",
            "DCI Safeguarding",
            "31/05/2024",
            "2024-05-31",
            "Y",
            "complete",
        ),
        A(
            "BSP-075",
            "BSP",
            "3",
            "Commission a training package on economic abuse and coercive control",
            "BSP Learning & Development Officer",
            "31/03/2025",
            "2025-03-31",
            "N",
            "in_progress",
        ),
        A(
            "BSP-076",
            "Southmere DAS",
            "4",
            "Agree consent-based referral route to IDVA service",
            "Service Manager, Southmere DAS",
            "30/09/2024",
            "2024-09-30",
            "N",
            "unknown",
        ),
        A(
            "BSP-077",
            "Home Office",
            "5",
            "Chair to write to the Home Office DHR team",
            "Independent Chair",
            "30/04/2024",
            "2024-04-30",
            "Y",
            "complete",
        ),
    ],
    chronology=[],
    notes=(
        "Plain pdftotext of a wide spreadsheet export: column blocks are interleaved and the five recommendation "
        "texts come out together after the last row; the gold follows the table. Recommendations: one per "
        "'Rec no.' (1-5), text from the Recommendation column (repeated on each row of the same rec: one record, "
        "not duplicates); agency = the body the text addresses. Rec 5 is addressed to the Home Office -> scope "
        "national. Action ref = the ID column (BSP-071...), kept as printed. target_date = the 'Target date' "
        "column (the date agreed as target); the 'Revised date' column (31/12/2024 for 072, '########' for "
        "075, 31/03/2025 for 076) is noted here and not used, and 'Date agreed' (14/03/2024 on every row) is "
        "not a target. Status from 'Closed Y/N' read with the update: Y -> complete; N with an update showing "
        "work under way (072 '2 of 3 sessions delivered', 075 'provider chosen, sessions booked') -> in_progress; "
        "N with a blank update (073) or 'No update received' (076) -> unknown (not open to an analyst). "
        "status_raw is the Y/N. agency_section is the Agency column. Victim's age, author and date of death "
        "are not printed."
    ),
)

# ------------------------------------------------------------------ 4. Wexcombe shading-only RAG
WX = "Wexcombe Safeguarding Adults Board"
GOLD["plan_rag_shading_only_key_wexcombe"] = dict(
    family="plan_rag_shading_only_key",
    description=(
        "SAR multi-agency action plan: portrait cover page with numbered paragraphs and a colour key (four "
        "shaded cells over the words Complete / On track / Delayed / at risk / Not started), then a landscape "
        "table 'No. | Recommendation | Action | Lead | Timescale | Progress | (unheaded)' whose last column is "
        "shading only, no word; recommendation 5 has two action rows (No. and Recommendation merged down); "
        "pdftotext -layout."
    ),
    review=dict(
        review_id=None,
        review_type="SAR",
        area="Wexcombe",
        doc_kind="action_plan",
        author=None,
        victims=[{"pseudonym": "Mr D", "age": 71}],
        date_of_death="2023-01",
    ),
    review_alternatives={"area": [WX]},
    recommendations=[
        R(
            "1",
            WX,
            "The Board should ask partners to adopt a single self-neglect and hoarding protocol",
            ["policy_procedure", "multi_agency_working"],
        ),
        R(
            "2",
            "Wexcombe Council Adult Social Care",
            "Wexcombe Council Adult Social Care should make sure that practitioners assess mental capacity",
            ["other"],
        ),
        R(
            "3",
            "Wexcombe Fire and Rescue Service",
            "Wexcombe Fire and Rescue Service and Adult Social Care "
            "should agree how home fire safety visits lead to referrals",
            ["multi_agency_working"],
        ),
        R(
            "4",
            "Hollins Park Medical Group",
            "Hollins Park Medical Group should record and follow up missed "
            "appointments for housebound patients",
            ["record_keeping"],
        ),
        R(
            "5",
            WX,
            "The Board should seek assurance that agencies use the escalation route in the protocol",
            ["quality_assurance"],
        ),
    ],
    actions=[
        A(
            "1",
            OV,
            "1",
            "Rewrite the self-neglect protocol with partners and take it to the Board",
            "Board Business Manager",
            "March 2024",
            "2024-03",
            None,
            "complete",
        ),
        A(
            "2",
            OV,
            "2",
            "Deliver capacity assessment workshops for all adult social care teams",
            "Principal Social Worker",
            "Dec 2024",
            "2024-12",
            None,
            "in_progress",
        ),
        A(
            "3",
            OV,
            "3",
            "Agree a referral route from home fire safety visits",
            "Station Manager, Prevention",
            "30/06/2024",
            "2024-06-30",
            None,
            "unknown",
        ),
        A(
            "4",
            OV,
            "4",
            "Add a housebound flag and a missed-visit recall to the practice system",
            "Practice Manager",
            "31.08.2024",
            "2024-08-31",
            None,
            "complete",
        ),
        A(
            "5",
            OV,
            "5",
            "Audit use of the escalation route six months after launch",
            "Quality Assurance Sub-group Chair",
            "Q3 2024/25",
            "2024",
            None,
            "in_progress",
        ),
        A(
            "5",
            OV,
            "5",
            "Share the findings of the audit with the Department of Health and Social Care regional lead",
            "Board Independent Chair",
            "Q4 2024/25",
            "2025",
            None,
            "unknown",
        ),
    ],
    chronology=[],
    notes=(
        "The RAG column carries colour only (fills: 00B050 dark green = Complete, 92D050 light green = On "
        "track, FFC000 amber = Delayed / at risk, FF0000 red = Not started); no route's text carries the "
        "rating, so status_raw is null and the status is what an analyst can know from the Progress text on "
        "every route: 'Completed – protocol ratified...' and 'Complete.' -> complete; '40% of staff trained' and "
        "'Draft audit tool out for comment' -> in_progress; action 3 (blank progress, red fill) and the second "
        "action of rec 5 ('Awaiting national guidance on reporting', amber fill) -> unknown, so not scored. "
        "(Reading the fills in the Word route would give not_started and in_progress for those two.) Actions "
        "have no refs of their own: ref = the 'No.' cell of the row (the merged '5' for both rec-5 actions). "
        "'The Board' = Wexcombe Safeguarding Adults Board. Q3/Q4 2024/25 held at year precision (Oct-Dec 2024, "
        "Jan-Mar 2025). No review number or author printed; death 'January 2023'."
    ),
)

# ------------------------------------------------------------------ 5. Penwick bulleted chronology
BR = "Before the relationship"
TR = "The relationship"
GOLD["chron_bulleted_bold_dates_penwick"] = dict(
    family="chron_bulleted_bold_dates",
    description=(
        "DHR overview-report appendix: summary chronology as a Word bulleted list under two phase sub-headings, "
        "each bullet starting with a bold date and an en dash; dates in many precisions ('Late 2016', 'Early "
        "2019', 'June 2019', '23/12/2019', 'Spring 2020', 'Summer 2020', '14 Sept 2020', 'Christmas 2020', "
        "'Between 3 and 9 May 2021', 'w/c 14 June 2021'); plain pdftotext (bullet glyphs come out as blank lines)."
    ),
    review=dict(
        review_id="PCSP DHR 2021-02",
        review_type="DHR",
        area="Penwick",
        doc_kind="overview_report",
        author="Imran Selkirk",
        victims=[{"pseudonym": "Rosa", "age": 29}],
        date_of_death="2021-08-04",
    ),
    review_alternatives={"area": ["Penwick Community Safety Partnership"]},
    recommendations=[],
    actions=[],
    chronology=[
        C(None, BR, "Late 2016", "2016", "Rosa moved to Penwick from Leeds to start a nursing degree"),
        C(
            None,
            BR,
            "Early 2019",
            "2019",
            "Rosa met Tomasz through a mutual friend at her hospital placement",
        ),
        C(None, TR, "June 2019", "2019-06", "Tomasz moved into Rosa's flat in Quarry Street"),
        C(
            None,
            TR,
            "9 November 2019",
            "2019-11-09",
            "Rosa attended the Emergency Department at Penwick General",
        ),
        C(None, TR, "23/12/2019", "2019-12-23", "Police were called by a neighbour to a loud argument"),
        C(None, TR, "Spring 2020", "2020", "During the first lockdown Rosa told a university friend"),
        C(None, TR, "Summer 2020", "2020", "Rosa's sister saw bruising on her upper arm during a video call"),
        C(None, TR, "14 Sept 2020", "2020-09-14", "Rosa saw her GP about poor sleep and low mood"),
        C(None, TR, "October 2020", "2020-10", "Rosa missed two shifts at her placement without explanation"),
        C(None, TR, "Christmas 2020", "2020-12", "Family members say Rosa did not visit for Christmas"),
        C(
            None,
            TR,
            "12 March 2021",
            "2021-03-12",
            "Rosa called the national domestic abuse helpline from work",
        ),
        C(None, TR, "March 2021", "2021-03", "Tomasz lost his job at a warehouse"),
        C(
            None,
            TR,
            "Between 3 and 9 May 2021",
            "2021-05-03",
            "Rosa stayed with her sister after an argument",
            date_end="2021-05-09",
        ),
        C(
            None,
            TR,
            "w/c 14 June 2021",
            "2021-06-14",
            "Rosa's university tutor referred her to student wellbeing",
        ),
        C(None, TR, "1 July 2021", "2021-07-01", "Rosa did not attend the counselling appointment"),
        C(None, TR, "4 August 2021", "2021-08-04", "Police and ambulance attended the flat after a 999 call"),
    ],
    notes=(
        "One chronology entry per bullet (16); the bold date is date_raw and the text after the en dash is the "
        "event. Seasons, 'Late'/'Early' and 'Spring'/'Summer' are held at year precision; 'Christmas 2020' as "
        "2020-12; 'Between 3 and 9 May 2021' starts 2021-05-03 (date_end 2021-05-09); 'w/c 14 June 2021' = the "
        "week commencing, start 2021-06-14. '12 March 2021' and 'March 2021' are separate entries. Dates in "
        "the introductory paragraph (date of death) and 'booked for 1 July' inside a bullet are not entries. "
        "The document is an appendix of the overview report (doc_kind overview_report); the author's name "
        "is printed with 'Dr'."
    ),
)

# ------------------------------------------------------------------ 6. Corrister long-analysis chronology
CS = "Corrister Road Surgery"
GOLD["chron_source_info_analysis_long_corrister"] = dict(
    family="chron_source_info_analysis_long",
    description=(
        "DHR appendix: integrated chronology, landscape, 'Date | Source agency | Information | Comment/analysis' "
        "with a long panel-analysis column; the 'Summer 2021' row breaks across the page with the header row "
        "repeated on page 2; a date range 'April – June 2020'; one analysis cell is a bare dash; pdftotext "
        "-layout."
    ),
    review=dict(
        review_id="DHR 03/2022",
        review_type="DHR",
        area="Corrister",
        doc_kind="overview_report",
        author=None,
        victims=[{"pseudonym": "Helen", "age": 67}],
        date_of_death="2022-05-30",
    ),
    review_alternatives={"area": ["Corrister Safer Communities"]},
    recommendations=[],
    actions=[],
    chronology=[
        C(
            None,
            CS,
            "14/01/2020",
            "2020-01-14",
            "Helen attended with her husband, Ray, for a medication review",
        ),
        C(None, "Corrister Police", "03/03/2020", "2020-03-03", "Neighbour reported shouting and a crash"),
        C(
            None,
            "Corrister Adult Social Care",
            "April – June 2020",
            "2020-04",
            "Three telephone contacts from Ray asking for help",
            date_end="2020-06",
        ),
        C(
            None,
            "Corrister Memory Service",
            "22/09/2020",
            "2020-09-22",
            "Helen assessed at clinic and diagnosed",
        ),
        C(
            None,
            "Corrister Police",
            "08/02/2021",
            "2021-02-08",
            "Helen called 999 saying that Ray had pushed her",
        ),
        C(
            None,
            "Corrister Adult Social Care",
            "10/02/2021",
            "2021-02-10",
            "Safeguarding concern received from Police",
        ),
        C(
            None,
            "Family",
            "Summer 2021",
            "2021",
            "Helen's daughter noticed that Ray had taken over all of Helen's money",
        ),
        C(
            None,
            CS,
            "17/11/2021",
            "2021-11-17",
            "Telephone consultation with Ray about his own blood pressure",
        ),
        C(
            None,
            "Corrister Police",
            "30/05/2022",
            "2022-05-30",
            "Ray called 999 to say that he had killed his wife",
        ),
    ],
    notes=(
        "One entry per table row (9). text_start is the Information cell; the Comment/analysis cell is the "
        "panel's analysis of the event (part of the row, not a separate entry). The 'heading' field holds the "
        "Source agency. 'Summer 2021' held at year precision; its row continues on page 2 below the repeated "
        "header ('card.' and the end of the analysis belong to it). 'April – June 2020' starts 2020-04, ends "
        "2020-06. The dates in the analysis text (e.g. 'March 2020') are references, not entries. Review "
        "reference is printed in the running head as 'DHR 03/2022'; no author printed."
    ),
)

# ------------------------------------------------------------------ 7. Aldmere agency-by-agency tables
PO = "Aldmere Police"
GP = "Brookside Medical Centre (GP)"
DA = "Aldmere Domestic Abuse Service"
GOLD["chron_agency_sections_own_tables_aldmere"] = dict(
    family="chron_agency_sections_own_tables",
    description=(
        "DHR appendix: agency-by-agency chronology, portrait, each agency under a numbered sub-heading (A3.2 ...) "
        "with its own small table and its own column names ('Date | Time | Incident / contact', 'Date of "
        "consultation | Clinician | Summary', 'Date | Type | Detail', 'Date | Meeting outcome', 'Date | "
        "Contact'); date forms differ by agency (dd/mm/yyyy, '12 Feb 2019', '30.07.20', ISO, '24th August "
        "2020', 'Aug–Sep 20', 'Nov 2019 (date not recorded)', 'Mid-September 2020'); plain pdftotext."
    ),
    review=dict(
        review_id="ACSP 2020/1",
        review_type="DHR",
        area="Aldmere",
        doc_kind="overview_report",
        author=None,
        victims=[{"pseudonym": "Jasmine", "age": 41}],
        date_of_death="2020-10-19",
    ),
    review_alternatives={"area": ["Aldmere Community Safety Partnership"], "review_id": ["DHR ACSP 2020/1"]},
    recommendations=[],
    actions=[],
    chronology=[
        C(None, PO, "05/05/2018", "2018-05-05", "Call from Jasmine reporting that Devlin had thrown a mug"),
        C(None, PO, "20/01/2019", "2019-01-20", "Call from neighbour about a woman crying in the street"),
        C(
            None,
            PO,
            "11/06/2020",
            "2020-06-11",
            "Jasmine reported that Devlin was sending threatening messages",
        ),
        C(None, GP, "12 Feb 2019", "2019-02-12", "Jasmine reported headaches and poor sleep"),
        C(None, GP, "3 Apr 2019", "2019-04-03", "Dressing for a burn to the forearm"),
        C(
            None,
            GP,
            "Nov 2019 (date not recorded)",
            "2019-11",
            "Letter received from the Emergency Department about an attendance",
        ),
        C(
            None,
            GP,
            "28 Jul 2020",
            "2020-07-28",
            "Telephone consultation: Jasmine disclosed that her husband",
        ),
        C(None, DA, "30.07.20", "2020-07-30", "Referral received from GP. Assigned to an outreach worker"),
        C(None, DA, "04.08.20", "2020-08-04", "Outreach worker spoke to Jasmine; safety plan agreed"),
        C(
            None,
            DA,
            "Aug–Sep 20",
            "2020-08",
            "Weekly calls. Jasmine said Devlin had moved to his brother's",
            date_end="2020-09",
        ),
        C(None, "Aldmere MARAC", "2020-08-20", "2020-08-20", "Case heard. Actions: police marker on address"),
        C(
            None,
            "Aldmere Children's Services",
            "24th August 2020",
            "2020-08-24",
            "Notification from MARAC received",
        ),
        C(
            None,
            "Aldmere Children's Services",
            "Mid-September 2020",
            "2020-09",
            "School raised a concern that the older child was withdrawn",
        ),
    ],
    notes=(
        "One entry per table row across the five agency tables (13), kept in document order (agency by agency, "
        "not date order); 'heading' is the agency sub-heading. The event text is the last column (Incident / "
        "Summary / Detail / Meeting outcome / Contact); the Time, Clinician and Type cells are not part of "
        "text_start. Two-digit years ('30.07.20', 'Aug–Sep 20') are 2020. 'Nov 2019 (date not recorded)' and "
        "'Mid-September 2020' are month precision; 'Aug–Sep 20' starts 2020-08, ends 2020-09. The italic closing "
        "sentence (the killing on 19 October 2020) is outside the tables and not an entry; '19/06/2020' inside "
        "a police entry is not an entry. Review reference printed 'DHR ACSP 2020/1' (the 'DHR' prefix "
        "accepted as an alternative)."
    ),
)


def main():
    # An optional folder argument writes the .json files there (a scratch copy to compare with the committed ones).
    write_gold(GOLD, HERE, sys.argv[1] if len(sys.argv) > 1 else None, family_keys="after_file")


if __name__ == "__main__":
    main()
