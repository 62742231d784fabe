"""Hand-written gold for heldout24 (blind set). Every field below was written by hand from the documents'
meaning; only each record's `line` is looked up in the .txt (first line holding the start of text_start /
action_start). Run once to write <stem>.json.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/: gold_lines, the line look-up and writer every blind set shares

from gold_lines import AG, OV, A, C, R, write_gold  # noqa: E402

GOLD = {}

# --------- 1. CSP DHR action plan monitoring report (Arial 9, landscape): agency sections, prefixed refs
S1 = "csp_dhr_plan_monitoring_agency_sections_prefixed_refs_quarterly_updates_brag_arial_oxtervale"
OCSP = "Oxtervale Community Safety Partnership"
OP = "Oxtervale Police"
HT = "Oxtervale Healthcare NHS Trust"
ASC = "Oxtervale Council – Adult Social Care"
BRAG = {"Blue": "complete", "Green": "in_progress", "Amber": "in_progress", "Red": "not_started"}


def _a1(section, rec, start, lead, raw, iso, word):
    return A(None, section, rec, start, lead, raw, iso, word, BRAG[word])


GOLD[S1] = dict(
    family="csp_dhr_plan_monitoring_agency_sections_prefixed_refs_quarterly_updates_brag",
    description=(
        "Community Safety Partnership's DHR action plan monitoring report set in Arial 9 (Liberation Sans), "
        "landscape, 3 pages: title lines, a label / value box (review reference, publication date, monitoring "
        "group), a lead-in explaining the ref prefixes, a BRAG key line (Blue complete, Green on track, Amber "
        "slippage, Red not started / off track), then four headed sections each with its own table Ref | "
        "Recommendation | Action | Lead officer | Target date | Q2 update (Jul–Sep 2024) | Q3 update (Oct–Dec "
        "2024) | BRAG: 'Multi-agency recommendations (overview report)' with refs MA1-MA3, then 'Oxtervale "
        "Police (OP)' OP.1-OP.2, 'Oxtervale Healthcare NHS Trust (HT)' HT.1-HT.2 and 'Oxtervale Council – Adult "
        "Social Care (ASC)' ASC.1-ASC.2; Ref and Recommendation merged over 1-2 actions; leads wrapped over two "
        "lines ('Detective Inspector, / Public Protection Unit'), dates split over lines ('31 Dec / 2024', '30 "
        "Sept / 2024'), 'Q4 2024/25', 'From Q3 2024/25', 'Ongoing'; the last row split by the page break, its "
        "lead's last word ('Team') alone under the repeated header on page 3; BRAG words in shaded cells"
    ),
    review=dict(
        review_id="OCSP/DHR/2022/03",
        review_type="DHR",
        area="Oxtervale",
        doc_kind="action_plan",
        author=None,
        victims=[{"pseudonym": "Dorcas", "age": None}],
        date_of_death=None,
    ),
    review_alternatives={"area": [OCSP]},
    recommendations=[
        R(
            "MA1",
            OCSP,
            "Oxtervale Community Safety Partnership should review the referral pathway into the domestic abuse",
            ["multi_agency_working", "specialist_support"],
        ),
        R(
            "MA2",
            "All partner agencies",
            "All partner agencies should make sure that frontline staff know how to refer a case to MARAC",
            ["training", "multi_agency_working"],
        ),
        R(
            "MA3",
            OCSP,
            "The Partnership should write to the Home Office asking that economic abuse by adult family",
            ["policy_procedure"],
        ),
        R(
            "OP.1",
            OP,
            "Officers should complete a DASH risk assessment at every domestic incident, including",
            ["risk_assessment"],
            level=AG,
        ),
        R(
            "OP.2",
            OP,
            "The force should make sure that call handlers check the history of an address before a call",
            ["risk_assessment"],
            level=AG,
        ),
        R(
            "HT.1",
            HT,
            "Emergency department staff should ask every adult who attends with an injury whether they feel",
            ["routine_enquiry"],
            level=AG,
        ),
        R(
            "HT.2",
            HT,
            "The Trust should include abuse of parents by adult children in its level 3 safeguarding",
            ["training"],
            level=AG,
        ),
        R(
            "ASC.1",
            "Oxtervale Council Adult Social Care",
            "Adult Social Care should record the outcome of every carer’s assessment offer",
            ["record_keeping"],
            level=AG,
        ),
        R(
            "ASC.2",
            "Oxtervale Council Adult Social Care",
            "Adult Social Care should seek assurance that every safeguarding concern raised by a family member",
            ["quality_assurance"],
            level=AG,
        ),
    ],
    actions=[
        _a1(
            OV,
            "MA1",
            "Map current referral routes and waiting times with the outreach provider",
            "Domestic Abuse Partnership Manager",
            "31/07/2024",
            "2024-07-31",
            "Blue",
        ),
        _a1(
            OV,
            "MA1",
            "Write a five working day contact standard into the provider contract",
            "Commissioning Manager, Community Safety",
            "31 Dec 2024",
            "2024-12-31",
            "Green",
        ),
        _a1(
            OV,
            "MA2",
            "Deliver a MARAC referral briefing to frontline teams in each partner agency",
            "MARAC Coordinator",
            "Q4 2024/25",
            "2025-01",
            "Amber",
        ),
        _a1(
            OV,
            "MA3",
            "Letter from the Partnership chair to the Home Office",
            "Chair, Oxtervale CSP",
            "30/04/2024",
            "2024-04-30",
            "Blue",
        ),
        _a1(
            OP,
            "OP.1",
            "Change the domestic incident template so that the DASH section cannot be skipped",
            "Detective Inspector, Public Protection Unit",
            "30/06/2024",
            "2024-06-30",
            "Blue",
        ),
        _a1(
            OP,
            "OP.2",
            "Add an address history prompt to the call handling script",
            "Control Room Inspector",
            "31/10/2024",
            "2024-10-31",
            "Amber",
        ),
        _a1(
            OP,
            "OP.2",
            "Audit 100 graded calls for address history checks",
            "Control Room Inspector",
            "31/03/2025",
            "2025-03-31",
            "Red",
        ),
        _a1(
            HT,
            "HT.1",
            "Add a routine enquiry question to the emergency department triage record",
            "Named Nurse, Safeguarding Adults",
            "30 Sept 2024",
            "2024-09-30",
            "Green",
        ),
        _a1(
            HT,
            "HT.2",
            "Revise the level 3 package and deliver it to ward and emergency department staff",
            "Safeguarding Training Lead",
            "Ongoing",
            None,
            "Green",
        ),
        _a1(
            ASC,
            "ASC.1",
            "Add a mandatory outcome field to the carer’s assessment form",
            "Principal Social Worker",
            "31/12/2024",
            "2024-12-31",
            "Blue",
        ),
        _a1(
            ASC,
            "ASC.2",
            "Quarterly audit of safeguarding concerns raised by family members",
            "Head of Safeguarding Adults, Quality Assurance Team",
            "From Q3 2024/25",
            "2024-10",
            "Amber",
        ),
    ],
    chronology=[],
    notes=(
        "pdftotext plain. A standalone monitoring report on one DHR's plan: doc_kind action_plan; id from "
        "'Review reference'; area Oxtervale (the Partnership is Oxtervale Community Safety Partnership); no "
        "author, victim age or date of death is printed (null). Recommendations: the nine merged Recommendation "
        "cells, ref as printed in the Ref cell ('MA1', 'OP.1', 'ASC.2'). The lead-in says MA recommendations "
        "come from the overview report (level overview) and the prefixed ones from the agencies' IMRs (level "
        "agency, agency the section's agency). MA1 and MA3 are addressed to the Partnership (MA3 asks the "
        "Partnership to write to the Home Office: agency the Partnership, scope local, as the writer is the "
        "addressee); MA2 to 'All partner agencies'. All local. Actions: one per Action cell (11), ref null (the "
        "Ref cell is the recommendation's), recommendation_ref the Ref cell, agency_section 'overview' for the "
        "multi-agency table and the section heading's agency for the others, lead the Lead officer cell (both "
        "printed lines), target from Target date: dd/mm/yyyy and '31 Dec / 2024', '30 Sept / 2024' (wrapped) -> "
        "day; 'Q4 2024/25' -> the quarter's first month 2025-01; 'From Q3 2024/25' -> 2024-10; 'Ongoing' -> "
        "null. Status from the BRAG word under the printed key: Blue -> complete; Green (on track) and Amber "
        "(slippage) -> in_progress; Red -> not_started (its update says 'Not started'). The Q2 / Q3 update "
        "columns are progress, not status. The key line, lead-in, review box and 'Next monitoring date' line "
        "are not records. No chronology."
    ),
)

# --------- 2. Offensive Weapons Homicide Review (Times New Roman 11): bullet chronology, one-row plan
S2 = "owhr_report_bullet_dash_chronology_rec_paras_plan_completed_in_date_col_tnr_pennydale"
PSP = "Pennydale Safer Partnership"
PBC = "Pennydale Borough Council"
PP = "Pennydale Police"
PGH = "Pennydale General Hospital"
HO = "Home Office"


def _c2(raw, iso, start):
    return C(None, None, raw, iso, start)


GOLD[S2] = dict(
    family="owhr_report_bullet_dash_chronology_rec_paras_plan_completed_in_date_col",
    description=(
        "Offensive Weapons Homicide Review report set in Times New Roman 11 (Liberation Serif), 4 pages: cover "
        "('Review reference:', 'Independent reviewer:', 'Report completed:'), running head, footer 'OFFICIAL "
        "SENSITIVE  N'; numbered paragraphs 1.1-4.1; '2. Summary of key events' eight bullets 'date – event' "
        "('14 March 2022 – …', 'September 2022 – …'); '5. Recommendations' five bold lines 'Recommendation N' "
        "each followed by a paragraph 'The <agency> should …' (the first heading alone at the foot of page 2, "
        "its text on page 3; the fifth to the Home Office); landscape 'Appendix A: Action plan' one row per "
        "recommendation No. | Recommendation | Scope | Action to take | Lead agency | Target date | Date of "
        "completion and outcome, 'Completed' written in the Target date cell of three rows"
    ),
    review=dict(
        review_id="PSP-OWHR-02",
        review_type=None,
        area="Pennydale",
        doc_kind="overview_report",
        author="Corvin Skerrowby",
        victims=[{"pseudonym": "Rafferty", "age": 22}],
        date_of_death="2023-08-19",
    ),
    review_alternatives={"area": [PSP]},
    recommendations=[
        R(
            "1",
            PBC,
            "Pennydale Borough Council should offer leaving care support up to the age of 25",
            ["children"],
        ),
        R(
            "2",
            PP,
            "Pennydale Police should pass intelligence about a threat of serious violence made by a person",
            ["information_sharing", "perpetrators"],
        ),
        R(
            "3",
            PGH,
            "Pennydale General Hospital should refer every adult treated for an injury from a bladed weapon",
            ["multi_agency_working"],
        ),
        R(
            "4",
            PSP,
            "Pennydale Safer Partnership should run a campaign with colleges, employers and sports clubs",
            ["awareness_public"],
        ),
        R(
            "5",
            HO,
            "The Home Office should issue guidance on how offensive weapons homicide reviews should involve",
            ["policy_procedure", "quality_assurance"],
            scope="national",
        ),
    ],
    actions=[
        A(
            None,
            OV,
            "1",
            "Change the leaving care offer so that eligible young people are told at 21",
            "Pennydale Borough Council, Leaving Care Service",
            "March 2025",
            "2025-03",
            "Ongoing",
            "in_progress",
        ),
        A(
            None,
            OV,
            "2",
            "Add probation notification to the intelligence handling procedure",
            PP,
            "Completed",
            None,
            "Completed",
            "complete",
        ),
        A(
            None,
            OV,
            "3",
            "Remove the upper age limit from the emergency department referral criteria",
            PGH,
            "Completed",
            None,
            "Completed",
            "complete",
        ),
        A(
            None,
            OV,
            "4",
            "Design and run a six-week campaign, with a follow-up survey",
            PSP,
            "31/01/2025",
            "2025-01-31",
            "Not yet started",
            "not_started",
        ),
        A(
            None,
            OV,
            "5",
            "Partnership chair to write to the Home Office OWHR team",
            HO,
            "Completed",
            None,
            "Completed",
            "complete",
        ),
    ],
    chronology=[
        _c2("14 March 2022", "2022-03-14", "Rafferty left supported accommodation for care leavers"),
        _c2("2 June 2022", "2022-06-02", "Police stopped Rafferty and two others in the town centre"),
        _c2("September 2022", "2022-09", "His personal adviser from the leaving care team closed"),
        _c2("11 January 2023", "2023-01-11", "Rafferty attended the emergency department with a cut"),
        _c2("27 April 2023", "2023-04-27", "A friend told police that Jago had threatened Rafferty"),
        _c2("3 July 2023", "2023-07-03", "Rafferty missed his second appointment at the job centre"),
        _c2("16 August 2023", "2023-08-16", "Neighbours reported an argument outside Rafferty’s flat"),
        _c2("19 August 2023", "2023-08-19", "Rafferty was found injured in Millpond Park"),
    ],
    notes=(
        "pdftotext plain. An Offensive Weapons Homicide Review report (Police, Crime, Sentencing and Courts Act "
        "2022): review_type null (the contract's types are DHR / SCR / SAR / joint, none of which an OWHR is); "
        "doc_kind overview_report; id from 'Review reference:'; author from 'Independent reviewer:'; Rafferty "
        "22, died 'on 19 August 2023' (1.1) -> day; area Pennydale (the partnership is Pennydale Safer "
        "Partnership). Recommendations: the five paragraphs under the bold 'Recommendation N' lines (ref N, "
        "level overview, agency the addressee named first); the plan's Recommendation cells repeat them word "
        "for word (same records). Recommendation 1 (leaving care support for care leavers up to 25) -> "
        "children (young people's services); 5 (Home Office) national, the rest local as the plan's Scope "
        "column also prints. Actions: the five plan rows, ref null (the No. cell is the recommendation's "
        "number), recommendation_ref the No. cell, agency_section overview, lead the Lead agency cell. Target "
        "date 'Completed' -> no target (null) and status complete; 'March 2025' -> month; '31/01/2025' -> day. "
        "Status from the last column when no target says 'Completed': 'Ongoing: …' -> in_progress, 'Not yet "
        "started: …' -> not_started. Chronology: the eight 'date – event' bullets of section 2 (ref and heading "
        "null), text_start the words after the dash; 'September 2022' -> month. Dates inside the analysis "
        "paragraphs are not chronology entries."
    ),
)

# --------- 3. NI Case Management Review executive summary (Calibri 11): Date | Time chronology, plan
S3 = "ni_cmr_exec_summary_date_time_chron_regional_local_recs_plan_calibri_drumcashel"
GHT = "Glenvarrick HSC Trust"
SBNI = "Safeguarding Board for Northern Ireland"


def _c3(raw, iso, start):
    return C(None, None, raw, iso, start)


GOLD[S3] = dict(
    family="ni_cmr_exec_summary_date_time_chron_regional_local_recs_plan",
    description=(
        "Northern Ireland Case Management Review executive summary set in Calibri 11 (Carlito in the PDF), 3 "
        "pages: centred title lines, a label / value box ('CMR number', 'Independent Chair', Trust, approval "
        "date), numbered paragraphs 1.1-1.2; '2. Key events' a table Date | Time | Agency | Event of nine rows, "
        "dates dd/mm/yyyy, times '10:15', 'Approx. / 23:00', 'Not / known', two Date cells merged over two rows "
        "each; '3. Key learning' bullets; '4. Recommendations' with sub-headings 'Regional recommendations' "
        "(typed '1.'-'2.', to the Department of Health and the SBNI) and 'Local recommendations' ('3.'-'6.'); "
        "'Appendix: Action plan' on its own page, Rec | Action | Responsible agency | Timescale | Progress, "
        "header not repeated, Rec merged over rec 3's two actions, 'December / 2024' and 'June / 2024' wrapped, "
        "progress words 'On track', 'Complete', 'Not started', 'Ongoing'"
    ),
    review=dict(
        review_id="CMR 2023/04",
        review_type=None,
        area="Glenvarrick",
        doc_kind="executive_summary",
        author="Ulrika Tennerby",
        victims=[{"pseudonym": "Cosmo", "age": 3}],
        date_of_death=None,
    ),
    review_alternatives={"area": [SBNI, "Northern Ireland", "Drumcashel"]},
    recommendations=[
        R(
            "1",
            "Department of Health",
            "The Department of Health should update the regional core procedures so that bruising",
            ["policy_procedure", "children"],
            scope="national",
        ),
        R(
            "2",
            "SBNI",
            "The SBNI should work with all five Health and Social Care Trusts to agree a single",
            ["policy_procedure", "multi_agency_working"],
            scope="regional",
        ),
        R(
            "3",
            GHT,
            "The Glenvarrick HSC Trust should make sure that every call to the Gateway Team about an injury",
            ["record_keeping", "children"],
        ),
        R(
            "4",
            GHT,
            "The Glenvarrick HSC Trust should ensure that health visitors update the family assessment",
            ["risk_assessment", "children"],
        ),
        R(
            "5",
            "PSNI Glenvarrick District",
            "The PSNI Glenvarrick District should require officers attending a domestic incident to see",
            ["children", "risk_assessment"],
        ),
        R(
            "6",
            "Drumcashel Early Years Nursery",
            "Drumcashel Early Years Nursery should train all staff in the body map procedure",
            ["training", "children"],
        ),
    ],
    actions=[
        A(
            None,
            OV,
            "1",
            "Draft amendment to the core procedures and consult the Trusts",
            "Department of Health",
            "December 2024",
            "2024-12",
            "On track",
            "in_progress",
        ),
        A(
            None,
            OV,
            "2",
            "Task and finish group to agree the definition and a recording template",
            "SBNI",
            "31/10/2024",
            "2024-10-31",
            "On track",
            "in_progress",
        ),
        A(
            None,
            OV,
            "3",
            "Change the Gateway Team recording system so that injury calls open as referrals",
            GHT,
            "31/03/2024",
            "2024-03-31",
            "Complete",
            "complete",
        ),
        A(
            None,
            OV,
            "3",
            "Audit 30 injury calls six months after the change",
            GHT,
            "30/09/2024",
            "2024-09-30",
            "Not started",
            "not_started",
        ),
        A(
            None,
            OV,
            "4",
            "Add a household change prompt to the health visiting record",
            GHT,
            "Ongoing",
            None,
            "Ongoing",
            "in_progress",
        ),
        A(
            None,
            OV,
            "5",
            "Issue a district instruction and check compliance through body-worn video review",
            "PSNI Glenvarrick District",
            "June 2024",
            "2024-06",
            "Complete",
            "complete",
        ),
        A(
            None,
            OV,
            "6",
            "Whole-staff training session and annual refresher",
            "Drumcashel Early Years Nursery",
            "01/09/2024",
            "2024-09-01",
            "Complete",
            "complete",
        ),
    ],
    chronology=[
        _c3("06/01/2023", "2023-01-06", "Health visitor saw Cosmo at home; mother said her new partner"),
        _c3("13/01/2023", "2023-01-13", "Nursery staff noted a bruise on Cosmo’s cheek"),
        _c3("20/01/2023", "2023-01-20", "A second bruise, on his upper arm"),
        _c3("20/01/2023", "2023-01-20", "Advice given to monitor; no referral taken because the call"),
        _c3("29/01/2023", "2023-01-29", "Neighbour reported shouting at the flat"),
        _c3("02/02/2023", "2023-02-02", "Mother brought Cosmo with a cough"),
        _c3("14/02/2023", "2023-02-14", "Cosmo absent all week. Two calls to his mother unanswered"),
        _c3("21/02/2023", "2023-02-21", "Ambulance called to the flat; Cosmo unresponsive"),
        _c3("21/02/2023", "2023-02-21", "Skeletal survey and CT scan; child protection referral"),
    ],
    notes=(
        "pdftotext plain. A Northern Ireland Case Management Review executive summary: review_type null (a CMR "
        "is Northern Ireland's child case review; the contract's DHR / SCR / SAR / joint would be a guess); id "
        "from 'CMR number'; author the 'Independent Chair' (Dr ignored); Cosmo, 'a boy of three', was injured, "
        "not killed (date_of_death null); area Glenvarrick (the Trust and Safeguarding Panel that requested the "
        "review; SBNI commissions every CMR, accepted as an alternative). Recommendations: the six typed items "
        "'1.'-'6.' under the two sub-headings, numbering continuing across them, level overview, agency the "
        "addressee named first. Scope: 1 Department of Health (a government department) national; 2 SBNI "
        "working with all five Trusts 'across Northern Ireland' regional; 3-6 local (a Trust, a police "
        "district, a nursery). The sub-heading words 'Regional' / 'Local' agree. Key learning bullets and the "
        "lead-in are not recommendations. Actions: the seven rows of the plan, ref null, recommendation_ref "
        "the Rec cell (merged over rec 3's two rows), agency_section overview, lead the Responsible agency "
        "cell, target from Timescale: dd/mm/yyyy -> day (01/09/2024 day first); 'December / 2024', 'June / "
        "2024' (wrapped) -> month; 'Ongoing' -> null. Progress: Complete -> complete, 'On track' and 'Ongoing' "
        "-> in_progress, 'Not started' -> not_started. Chronology: the nine rows of the Date | Time | Agency | "
        "Event table (ref and heading null), text_start the Event cell's first words, date the Date cell (a "
        "merged Date cell gives both its rows the same date); the Time column is not part of the date's "
        "precision (day). The 1.1 / 1.2 dates are not chronology rows."
    ),
)

# --------- 4. SAR learning briefing in two columns (Arial 10): R1..R5, short timeline
S4 = "sar_learning_briefing_two_columns_r_numbered_recs_timeline_arial_harlowmoss"
HSAB = "Harlowmoss Safeguarding Adults Board"


def _c4(raw, iso, start):
    return C(None, None, raw, iso, start)


GOLD[S4] = dict(
    family="sar_learning_briefing_two_columns_r_numbered_recs_timeline",
    description=(
        "Safeguarding Adults Review learning briefing set in Arial 10 (Liberation Sans), 1 page: a shaded "
        "title box ('Reviewer:' line), then a continuous section in two newspaper columns: 'About the review', "
        "'Timeline' five bullets 'date – event', 'What we learned' bullets, 'Recommendations' a lead-in and "
        "five items 'R1'-'R5' with a bold label and hanging indent (R2 broken by the column break), 'What this "
        "means for you' question bullets, 'Find out more'; plain pdftotext prints the top of the second column "
        "before the first column's text"
    ),
    review=dict(
        review_id=None,
        review_type="SAR",
        area="Harlowmoss",
        doc_kind=None,
        author="Ezekiel Bellweather",
        victims=[{"pseudonym": "Temperance", "age": 81}],
        date_of_death="2024-03",
    ),
    review_alternatives={"area": [HSAB]},
    recommendations=[
        R(
            "R1",
            HSAB,
            "The Harlowmoss Safeguarding Adults Board should publish practice guidance on responding",
            ["policy_procedure", "multi_agency_working"],
        ),
        R(
            "R2",
            "Harlowmoss Council Adult Social Care",
            "Harlowmoss Council Adult Social Care should make sure a mental capacity",
            ["record_keeping", "other"],
        ),
        R(
            "R3",
            "Harlowmoss Community Health Services",
            "Harlowmoss Community Health Services should share a pressure ulcer of grade 3",
            ["information_sharing"],
        ),
        R(
            "R4",
            "Home care agencies",
            "Home care agencies commissioned by the Council should train staff to report each refusal",
            ["training", "information_sharing"],
        ),
        R(
            "R5",
            HSAB,
            "The Board should seek assurance from partners, through a multi-agency audit in 2025",
            ["quality_assurance"],
        ),
    ],
    actions=[],
    chronology=[
        _c4("June 2023", "2023-06", "Temperance’s daughter moved abroad; a neighbour became"),
        _c4("9 October 2023", "2023-10-09", "A home care agency began two visits a day"),
        _c4("December 2023", "2023-12", "Carers reported that Temperance was refusing personal care"),
        _c4("22 January 2024", "2024-01-22", "The district nurse found a grade 3 pressure ulcer"),
        _c4("5 March 2024", "2024-03-05", "Admitted to Harlowmoss Infirmary by ambulance"),
    ],
    notes=(
        "pdftotext plain (two-column page: the second column's first lines, the end of R2 and R3-R5, print "
        "before the first column's text). A Safeguarding Adults Review learning briefing (doc_kind null: not "
        "an overview report, summary or plan); review_type SAR; no review number printed (null); author from "
        "'Reviewer:'; Temperance 81, died 'in March 2024' -> month; area Harlowmoss (the Board). "
        "Recommendations: the five 'R1'-'R5' items (ref as printed), level overview, agency the addressee "
        "('The Board' -> the Board; R4 'Home care agencies commissioned by the Council'), all local. R2 (mental "
        "capacity assessment completed and recorded) -> record_keeping and other (capacity law). 'What we "
        "learned' and 'What this means for you' bullets are not recommendations. No action plan. Chronology: "
        "the five 'Timeline' bullets, text_start the words after the dash; 'June 2023', 'December 2023' -> "
        "month."
    ),
)

# --------- 5. Child safeguarding rapid review report (Calibri 10.5): RR1..RR4, landscape plan
S5 = "cspr_rapid_review_learning_points_rr_refs_landscape_plan_wrapped_leads_calibri_stowbeck"
SSCP = "Stowbeck Safeguarding Children Partnership"
SMS = "Stowbeck Maternity Services"
HVS = "Health Visiting Service"

GOLD[S5] = dict(
    family="cspr_rapid_review_learning_points_rr_refs_landscape_plan_wrapped_leads",
    description=(
        "Child safeguarding rapid review report set in Calibri 10.5 (Carlito), 2 pages: title lines, a label / "
        "value box (child, 'Rapid review reference', notification and meeting dates, decision), sections 1-3 "
        "of prose with 'Learning point N:' lines, '4. Recommendations' a lead-in and four items 'RR1'-'RR4' "
        "with a bold label and hanging indent; landscape '5. Action plan' Ref | Recommendation | Action | Lead "
        "agency / officer | Timescale | Status, Ref and Recommendation merged over 1-3 actions, leads wrapped "
        "('Head of Midwifery, / Stowbeck Maternity Services', 'Safeguarding Supervisor, / 0-19 Service'), "
        "timescales over two lines ('By end of / March 2025', 'October / 2024', 'Monthly from / November "
        "2024'), statuses Complete / On track / Ongoing / Not started, a status key line under the table"
    ),
    review=dict(
        review_id="SSCP-RR-24-07",
        review_type=None,
        area="Stowbeck",
        doc_kind="overview_report",
        author=None,
        victims=[{"pseudonym": "Jago", "age": None}],
        date_of_death=None,
    ),
    review_alternatives={"area": [SSCP]},
    recommendations=[
        R(
            "RR1",
            SMS,
            "Stowbeck Maternity Services and the Health Visiting Service should ask about every adult",
            ["routine_enquiry", "risk_assessment"],
        ),
        R(
            "RR2",
            HVS,
            "The Health Visiting Service should see the mother alone at the new birth visit",
            ["routine_enquiry", "record_keeping"],
        ),
        R(
            "RR3",
            SMS,
            "Stowbeck Maternity Services should deliver the ICON coping with crying message",
            ["awareness_public", "record_keeping"],
        ),
        R(
            "RR4",
            SSCP,
            "The Partnership should run a campaign for fathers and male carers about the risks",
            ["awareness_public"],
        ),
    ],
    actions=[
        A(
            None,
            OV,
            "RR1",
            "Add questions about all household members to the booking template",
            "Head of Midwifery, Stowbeck Maternity Services",
            "31/08/2024",
            "2024-08-31",
            "Complete",
            "complete",
        ),
        A(
            None,
            OV,
            "RR1",
            "Add the same questions to the new birth visit record",
            "Health Visiting Service Manager",
            "30/09/2024",
            "2024-09-30",
            "Complete",
            "complete",
        ),
        A(
            None,
            OV,
            "RR1",
            "Audit 40 records for completion of the new questions",
            "Named Nurse for Safeguarding Children",
            "By end of March 2025",
            "2025-03",
            "On track",
            "in_progress",
        ),
        A(
            None,
            OV,
            "RR2",
            "Issue a practice standard on seeing the mother alone",
            "Health Visiting Service Manager",
            "31/07/2024",
            "2024-07-31",
            "Complete",
            "complete",
        ),
        A(
            None,
            OV,
            "RR2",
            "Include the standard in supervision for every health visitor",
            "Safeguarding Supervisor, 0-19 Service",
            "Ongoing",
            None,
            "Ongoing",
            "in_progress",
        ),
        A(
            None,
            OV,
            "RR3",
            "Build the ICON conversation into the discharge checklist",
            "Ward Manager, Maternity Unit",
            "October 2024",
            "2024-10",
            "Complete",
            "complete",
        ),
        A(
            None,
            OV,
            "RR3",
            "Report monthly on the number of discharges with ICON recorded",
            "Head of Midwifery",
            "Monthly from November 2024",
            "2024-11",
            "On track",
            "in_progress",
        ),
        A(
            None,
            OV,
            "RR4",
            "Co-design a campaign with local fathers’ groups and launch it in the new year",
            "Partnership Business Manager",
            "February 2025",
            "2025-02",
            "Not started",
            "not_started",
        ),
    ],
    chronology=[],
    notes=(
        "pdftotext plain. A child safeguarding rapid review report (the partnership's 15-day review after a "
        "serious incident notification): review_type null (no contract type fits a rapid review); doc_kind "
        "overview_report (the review's full report); id from 'Rapid review reference'; no author printed "
        "(null); Jago 'aged seven weeks' (age in years not meaningful: null), injured, not killed (null); area "
        "Stowbeck (the partnership). Recommendations: the four 'RR1'-'RR4' items of section 4 (ref as "
        "printed), level overview, agency the addressee named first (RR1 Stowbeck Maternity Services, with "
        "the Health Visiting Service; RR4 'The Partnership' -> the partnership), all local; the plan's merged "
        "Recommendation cells repeat them (same records). 'Learning point N:' lines are not recommendations. "
        "Actions: the eight Action cells, ref null, recommendation_ref the Ref cell, agency_section overview, "
        "lead the Lead agency / officer cell (both printed lines), target from Timescale: dd/mm/yyyy -> day; "
        "'By end of / March 2025', 'October / 2024', 'February 2025' -> month; 'Monthly from / November 2024' "
        "-> its first month; 'Ongoing' -> null. Status: Complete -> complete, 'On track' and 'Ongoing' -> "
        "in_progress, 'Not started' -> not_started. The status key line is not a record. No chronology (the "
        "dates of section 1 and the box are not a chronology)."
    ),
)


def main():
    # An optional folder argument writes the .json files there (a scratch copy to compare with the committed ones).
    write_gold(GOLD, HERE, sys.argv[1] if len(sys.argv) > 1 else None, family_keys="after_file")


if __name__ == "__main__":
    main()
