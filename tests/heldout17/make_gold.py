"""Hand-written gold for heldout17 (blind set). Every field below was written by hand from the documents'
meaning; only each record's `line` is looked up in the .txt (first line holding the start of text_start /
action_start; `after` pins a later occurrence). Run once to write <stem>.json.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/: gold_lines, the line look-up and writer every blind set shares

from gold_lines import AG, OV, A, C, R, find_line, write_gold  # noqa: E402

GOLD = {}


def below(stem, needle, after=0):
    """The line of an appendix's own title, so that look-ups start after the report's body."""
    return find_line((HERE / f"{stem}.txt").read_text(encoding="utf-8").split("\n"), needle, after)


# ------------------------------------------------ 1. joint DHR / MHHR, recommendation boxes, NHS-style plan
S1 = "joint_dhr_mhhr_recommendation_boxes_nhs_plan_assurance_brindlemere"
BSCP = "Brindlemere Safer Communities Partnership"
BMH = "Brindlemere Mental Health NHS Foundation Trust"
BP = "Brindlemere Police"
BICB = "NHS Brindlemere Integrated Care Board"
GOLD[S1] = dict(
    family="joint_dhr_mhhr_recommendation_boxes_nhs_plan_assurance",
    description=(
        "Joint Domestic Homicide Review / Mental Health Homicide Review overview report: cover, contents with "
        "dotted leaders, running head, page footer, numbered paragraphs, terms-of-reference questions, a shaded "
        "'Learning point' box (not a recommendation); recommendations are six shaded one-cell boxes headed "
        "'Recommendation N'; landscape Appendix A action plan Rec | Action | Lead | Target date | Assurance "
        "evidence | Date closed | Status, Rec merged over two rows once, a status key line above it"
    ),
    review=dict(
        review_id="BSCP JR 2023/01",
        review_type="joint",
        area="Brindlemere",
        doc_kind="overview_report",
        author="Marguerite Osei-Lindqvist",
        victims=[{"pseudonym": "Ines", "age": 61}],
        date_of_death="2023-03",
    ),
    review_alternatives={"area": [BSCP]},
    recommendations=[
        R(
            "1",
            BMH,
            "Brindlemere Mental Health NHS Foundation Trust should make sure that, before any inpatient is discharged",
            ["mental_health", "routine_enquiry", "record_keeping"],
        ),
        R(
            "2",
            BMH,
            "Brindlemere Mental Health NHS Foundation Trust should revise its clinical risk assessment tool",
            ["risk_assessment", "mental_health", "information_sharing"],
        ),
        R(
            "3",
            BP,
            "Brindlemere Police should issue guidance to call handlers and officers that abuse of a parent",
            ["policy_procedure", "risk_assessment"],
        ),
        R(
            "4",
            BSCP,
            "Brindlemere Safer Communities Partnership should run a campaign for parents and families",
            ["awareness_public"],
        ),
        R(
            "5",
            BICB,
            "NHS Brindlemere Integrated Care Board should ask GP practices to offer an appointment alone",
            ["routine_enquiry"],
        ),
        R(
            "6",
            "NHS England",
            "NHS England should update its guidance on joint homicide reviews",
            ["policy_procedure", "quality_assurance"],
            scope="national",
        ),
    ],
    actions=[
        A(
            None,
            OV,
            "1",
            "Add a ‘relative seen alone’ field to the discharge checklist",
            "Associate Director of Nursing, BMHFT",
            "30/09/2024",
            "2024-09-30",
            "Closed",
            "complete",
        ),
        A(
            None,
            OV,
            "1",
            "Offer carers’ assessments through the carers’ lead on each ward",
            "Carers Lead, BMHFT",
            "31/03/2025",
            "2025-03-31",
            "Open – on track",
            "in_progress",
        ),
        A(
            None,
            OV,
            "2",
            "Revise the clinical risk tool to include a section on risk to household members",
            "Medical Director, BMHFT",
            "Q3 2024/25",
            "2024-10",
            "Open – on track",
            "in_progress",
        ),
        A(
            None,
            OV,
            "3",
            "Publish guidance on adult child to parent abuse for call handlers",
            "Detective Superintendent, Public Protection, Brindlemere Police",
            "31/12/2024",
            "2024-12-31",
            "Closed",
            "complete",
        ),
        A(
            None,
            OV,
            "4",
            "Design and run a campaign for parents with partners in the carers’ centre",
            "Partnership Manager, BSCP",
            "June 2025",
            "2025-06",
            "Not started",
            "not_started",
        ),
        A(
            None,
            OV,
            "5",
            "Send a practice briefing to all GP practices and add a carer safety question",
            "Designated Nurse Safeguarding Adults, NHS Brindlemere ICB",
            "31/03/2025",
            "2025-03-31",
            "Open – overdue",
            "in_progress",
        ),
        A(
            None,
            OV,
            "6",
            "Write to NHS England with the review’s findings on the joint process",
            "Chair, BSCP",
            "31/08/2024",
            "2024-08-31",
            "Closed",
            "complete",
        ),
    ],
    chronology=[],
    notes=(
        "pdftotext plain. Joint DHR/MHHR -> review_type joint; id from the cover 'Review reference'; Ines 61, died "
        "March 2023. Recommendations: the six shaded boxes headed 'Recommendation N' (ref N), agency the addressee "
        "named first in the text, level overview (no single-agency division), all local except 6 (NHS England, a "
        "national body -> national). The 'Learning point' box, terms of reference and analysis are not "
        "recommendations. Actions: one per plan row (7), no action numbers so ref null and recommendation_ref the "
        "Rec cell (merged over the two rows of 1). Status from the Status column under the printed key: 'Closed' "
        "-> complete; 'Open – on track' -> in_progress; 'Open – overdue' -> in_progress (open and under way: "
        "the briefing was sent, the evidence says); 'Not started' -> not_started. 'Date closed' and 'Assurance "
        "evidence' are not status or target. Dates: dd/mm/yyyy -> day; 'June 2025' -> month; 'Q3 2024/25' is the "
        "third quarter of the 2024/25 financial year -> 2024-10 (October to December 2024)."
    ),
)

# ------------------------------------ 2. DHR "No. | Recommendation" table, single-agency plans restarting
S2 = "dhr_no_recommendation_table_single_agency_plans_restart_calverstone"
CCSP = "Calverstone Community Safety Partnership"
HO = "Calverstone Borough Council – Housing Options"
CP = "Calverstone Police"
CDAS = "Calverstone Domestic Abuse Service"
CICB = "NHS Calverstone Integrated Care Board"


def _a2(section, ref, start, lead, raw, iso, sraw, status):
    return A(ref, section, ref.split(".")[0], start, lead, raw, iso, sraw, status)


GOLD[S2] = dict(
    family="dhr_no_recommendation_table_single_agency_plans_restart",
    description=(
        "DHR executive summary with action plans: cover with running head, numbered paragraphs, key-findings "
        "bullets; overview recommendations in a two-column body table 'No. | Recommendation' (1-5); a summary "
        "count line; then landscape 'Single-agency action plans', one sub-heading and one table per agency "
        "(No. | Recommendation | Action | Lead officer | Target date | Status), action numbers 1.1, 1.2, 2.1 "
        "restarting in every agency, the Recommendation cell merged over its actions"
    ),
    review=dict(
        review_id="CCSP/DHR/2023/02",
        review_type="DHR",
        area="Calverstone",
        doc_kind="executive_summary",
        author="Tobias Ferreira-Holm",
        victims=[{"pseudonym": "Maeve", "age": 27}],
        date_of_death="2023-01",
    ),
    review_alternatives={"area": [CCSP]},
    recommendations=[
        R(
            "1",
            CCSP,
            "Calverstone Community Safety Partnership should seek assurance that every agency checks",
            ["quality_assurance", "information_sharing"],
        ),
        R(
            "2",
            CCSP,
            "Calverstone Community Safety Partnership should commission training on stalking",
            ["training"],
        ),
        R(
            "3",
            "MARAC Steering Group",
            "The MARAC Steering Group should review its referral criteria",
            ["multi_agency_working", "risk_assessment"],
        ),
        R(
            "4",
            CCSP,
            "Calverstone Community Safety Partnership should work with local employers",
            ["awareness_public"],
        ),
        R(
            "5",
            "Home Office",
            "The Home Office should consider including stalking-specific questions",
            ["policy_procedure", "risk_assessment"],
            scope="national",
        ),
        R(
            "1",
            HO,
            "Housing Options should confirm with the applicant, in person, a safe address",
            ["other"],
            level=AG,
        ),
        R(
            "2",
            HO,
            "Housing Options should refer every applicant fleeing domestic abuse to the IDVA service",
            ["specialist_support", "multi_agency_working"],
            level=AG,
        ),
        R(
            "1",
            CP,
            "Calverstone Police should ensure that reports of repeated unwanted contact",
            ["risk_assessment"],
            level=AG,
        ),
        R(
            "2",
            CP,
            "Calverstone Police should review how breaches of non-molestation orders are recorded",
            ["record_keeping"],
            level=AG,
        ),
        R(
            "1",
            CDAS,
            "Calverstone Domestic Abuse Service should offer outreach support to victims",
            ["specialist_support"],
            level=AG,
            after=below(S2, "4.3 Calverstone Domestic Abuse Service"),
        ),
        R(
            "1",
            CICB,
            "The ICB should ensure that GP practices record a patient’s disclosure",
            ["record_keeping", "information_sharing"],
            level=AG,
        ),
    ],
    actions=[
        _a2(
            HO,
            "1.1",
            "Add a safe-contact check to the homelessness case management system",
            "Housing Options Manager",
            "31/10/2024",
            "2024-10-31",
            "Complete",
            "complete",
        ),
        _a2(
            HO,
            "1.2",
            "Brief all housing officers on the change at team meetings",
            "Housing Options Manager",
            "30/11/2024",
            "2024-11-30",
            "Complete",
            "complete",
        ),
        _a2(
            HO,
            "2.1",
            "Agree a direct referral route with the IDVA service",
            "Head of Housing",
            "March 2025",
            "2025-03",
            "In progress",
            "in_progress",
        ),
        _a2(
            CP,
            "1.1",
            "Add the stalking screening tool to the domestic abuse attendance app",
            "DCI, Safeguarding",
            "30/06/2024",
            "2024-06-30",
            "Complete",
            "complete",
        ),
        _a2(
            CP,
            "2.1",
            "Audit 50 breach reports and report findings to the Partnership",
            "Head of Crime Standards",
            "Dec 2024",
            "2024-12",
            "Not started",
            "not_started",
        ),
        _a2(
            CDAS,
            "1.1",
            "Extend outreach worker hours to cover temporary accommodation sites",
            "Service Manager",
            "January 2025",
            "2025-01",
            "In progress",
            "in_progress",
        ),
        _a2(
            CICB,
            "1.1",
            "Issue coding guidance to practices and check uptake in a records audit",
            "Named GP for Safeguarding",
            "30/09/2025",
            "2025-09-30",
            "Not started",
            "not_started",
        ),
    ],
    chronology=[],
    notes=(
        "pdftotext -layout. Cover says 'Executive Summary and Action Plans' -> doc_kind executive_summary. "
        "Recommendations: the body table's five rows (ref the No. cell, level overview, agency the addressee "
        "named in the text; 5 to the Home Office -> national) and the six single-agency recommendations in the "
        "per-agency plans (level agency, agency the plan's sub-heading without its section number, ref the "
        "number before the dot of the action numbers in the No. column: 1.1/1.2 -> 1, 2.1 -> 2, restarting in "
        "every agency so refs repeat). The ICB heading's '(on behalf of GP practices)' is not part of the agency. "
        "The summary count line (5 + 6) agrees and is not a record. Actions: one per plan row (7), ref the No. "
        "cell, recommendation_ref its part before the dot, agency_section the agency sub-heading, lead the Lead "
        "officer cell as printed. Status words as printed. Dates dd/mm/yyyy -> day; 'March 2025', 'Dec 2024', "
        "'January 2025' -> month. No chronology (key findings are bullets, not events)."
    ),
)

# ----------------------------------------- 3. thematic SAR, theme-headed recommendations, board plan with dates
S3 = "sar_thematic_theme_headed_recs_board_plan_status_dates_oakhallow"
OSAB = "Oakhallow Safeguarding Adults Board"
OASC = "Oakhallow Council Adult Social Care"


def _a3(rec, start, lead, raw, iso, sraw, after=0):
    status = "complete" if sraw.startswith("Completed") else "in_progress"
    return A(None, OV, rec, start, lead, raw, iso, sraw, status, after=after)


GOLD[S3] = dict(
    family="sar_thematic_theme_headed_recs_board_plan_status_dates",
    description=(
        "Thematic Safeguarding Adults Review of three adults (self-neglect): cover, numbered paragraphs, three "
        "'Theme N: <title>' sub-headings each with a finding paragraph, a shaded practice-point box and a bold "
        "'Recommendations' label over numbered recommendations N.1, N.2 (N.3); a board action plan Rec. | Action "
        "agreed | Lead | Target | Status whose Status holds 'Completed dd/mm/yyyy' or 'Open', one recommendation "
        "over two rows; a glossary table"
    ),
    review=dict(
        review_id="OSAB SAR 2024/T1",
        review_type="SAR",
        area="Oakhallow",
        doc_kind="overview_report",
        author="Harriet Mbeki-Sorensen",
        victims=[
            {"pseudonym": "Mr D", "age": 79},
            {"pseudonym": "Ms K", "age": 58},
            {"pseudonym": "Mr T", "age": 66},
        ],
        date_of_death=None,
    ),
    review_alternatives={"area": [OSAB]},
    recommendations=[
        R(
            "1.1",
            OSAB,
            "The Board should ask Oakhallow University Hospitals NHS Trust to assure it",
            ["quality_assurance", "other"],
        ),
        R(
            "1.2",
            OASC,
            "Oakhallow Council Adult Social Care should agree with the hospital discharge team a shared flag",
            ["information_sharing", "record_keeping"],
        ),
        R(
            "2.1",
            OSAB,
            "The Board should deliver multi-agency training on executive capacity",
            ["training"],
        ),
        R(
            "2.2",
            OASC,
            "Oakhallow Council Adult Social Care should audit mental capacity assessments",
            ["quality_assurance"],
        ),
        R(
            "3.1",
            OSAB,
            "The Board should revise its self-neglect protocol so that any agency can call",
            ["policy_procedure", "multi_agency_working"],
        ),
        R(
            "3.2",
            "Oakhallow Fire and Rescue Service",
            "Oakhallow Fire and Rescue Service should share the outcome of home fire safety visits",
            ["information_sharing"],
        ),
        R(
            "3.3",
            OSAB,
            "The Board should write to the Department of Health and Social Care",
            ["policy_procedure", "multi_agency_working"],
            scope="national",
        ),
    ],
    actions=[
        _a3(
            "1.1",
            "Request written assurance from the Trust and review discharge audit results",
            "OSAB Business Manager",
            "June 2025",
            "2025-06",
            "Open",
        ),
        _a3(
            "1.2",
            "Introduce a shared self-neglect flag between hospital and council systems",
            "Head of Adult Social Care, Oakhallow Council",
            "30/09/2025",
            "2025-09-30",
            "Open",
        ),
        _a3(
            "2.1",
            "Commission and deliver four executive capacity workshops",
            "OSAB Learning and Development Subgroup",
            "31/03/2025",
            "2025-03-31",
            "Completed 14/03/2025",
        ),
        _a3(
            "2.1",
            "Publish a seven-minute briefing on executive capacity",
            "OSAB Learning and Development Subgroup",
            "31/01/2025",
            "2025-01-31",
            "Completed 09/12/2024",
        ),
        _a3(
            "2.2",
            "Audit 25 capacity assessments and report to the Quality Subgroup",
            "Principal Social Worker, Oakhallow Council",
            "30/04/2025",
            "2025-04-30",
            "Open",
        ),
        _a3(
            "3.1",
            "Revise and relaunch the self-neglect protocol with an escalation flowchart",
            "OSAB Policy Subgroup",
            "31/12/2024",
            "2024-12-31",
            "Completed 28/11/2024",
        ),
        _a3(
            "3.2",
            "Agree an information-sharing form for hoarding risks",
            "Station Manager, Prevention, Oakhallow Fire and Rescue Service",
            "31/10/2024",
            "2024-10-31",
            "Completed 02/10/2024",
        ),
        _a3(
            "3.3",
            "Send the Board’s letter to the Department of Health and Social Care",
            "OSAB Independent Chair",
            "31/05/2025",
            "2025-05-31",
            "Open",
        ),
    ],
    chronology=[],
    notes=(
        "LibreOffice text export of the .docx (byte-order mark, one paragraph or table cell a line, no page "
        "heads). Thematic SAR of three adults: victims Mr D 79, Ms K 58, Mr T 66; no single date of death. "
        "Recommendations: the numbered paragraphs under each theme's 'Recommendations' label, ref as printed "
        "(1.1 ... 3.3; the theme number is their parent), level overview, agency the addressee ('The Board' -> "
        "the Safeguarding Adults Board), all local except 3.3 (a letter to the Department of Health and Social "
        "Care -> national). Numbered paragraphs 1.1-1.2 of section 1 share refs with recommendations but are not "
        "recommendations; findings, practice points and the glossary are not either. Actions: one per plan row "
        "(8), no action numbers so ref null, recommendation_ref the Rec. cell (2.1 merged over two rows), "
        "agency_section overview. Status column as the key line defines it: 'Completed <date>' -> complete (the "
        "date is the completion date, not the target); 'Open' -> in_progress ('work is continuing'). Target "
        "dd/mm/yyyy -> day, 'June 2025' -> month. No chronology."
    ),
)

# --------------------------------------- 4. standalone plan, "R1 A1" actions under merged "R1", dated updates
S4 = "dhr_plan_r_a_numbers_dated_updates_latest_status_sedgeworth"
SSP = "Sedgeworth Safer Partnership"
SDAS = "Sedgeworth Drug and Alcohol Service"


def _a4(ref, start, lead, raw, iso, sraw, status):
    return A(ref, OV, ref.split()[0], start, lead, raw, iso, sraw, status)


GOLD[S4] = dict(
    family="dhr_plan_r_a_numbers_dated_updates_latest_status",
    description=(
        "Standalone landscape DHR action plan: title lines, facts table, an italic note on updates; one table "
        "Rec | Recommendation | Action | Lead | Target date | Updates | Status, 'R1'-'R5' and the recommendation "
        "merged down over their actions, each Action cell opening with its number 'R1 A1' on its own line, the "
        "Updates cell holding dated entries 'Mar 24: ...; Sep 24: ...' whose words include older states (not "
        "started, drafted, under way), the Status column the latest state"
    ),
    review=dict(
        review_id="SSP DHR 2022/3",
        review_type="DHR",
        area="Sedgeworth",
        doc_kind="action_plan",
        author=None,
        victims=[{"pseudonym": "Gideon", "age": 45}],
        date_of_death=None,
    ),
    review_alternatives={"area": [SSP]},
    recommendations=[
        R(
            "R1",
            SSP,
            "Sedgeworth Safer Partnership to commission a service for male victims",
            ["specialist_support"],
        ),
        R(
            "R2",
            "Sedgeworth Police",
            "Sedgeworth Police to ensure that officers consider whether a male caller is a victim",
            ["risk_assessment"],
        ),
        R(
            "R3",
            SDAS,
            "Sedgeworth Drug and Alcohol Service to ask every client about domestic abuse",
            ["routine_enquiry", "substance_misuse"],
        ),
        R(
            "R4",
            SSP,
            "Sedgeworth Safer Partnership to raise awareness that men can be victims",
            ["awareness_public"],
        ),
        R(
            "R5",
            SSP,
            "Sedgeworth Safer Partnership to write to the Ministry of Justice",
            ["policy_procedure", "specialist_support"],
            scope="national",
        ),
    ],
    actions=[
        _a4(
            "R1 A1",
            "Map current provision for male victims across the area",
            "Partnership Coordinator",
            "31/03/2024",
            "2024-03-31",
            "Complete",
            "complete",
        ),
        _a4(
            "R1 A2",
            "Tender for a male victims’ outreach and helpline service",
            "Commissioning Manager, Sedgeworth District Council",
            "31/03/2025",
            "2025-03-31",
            "In progress",
            "in_progress",
        ),
        _a4(
            "R2 A1",
            "Add a case study on male victims to the domestic abuse refresher training",
            "Training Manager, Sedgeworth Police",
            "Sept 2024",
            "2024-09",
            "Complete",
            "complete",
        ),
        _a4(
            "R3 A1",
            "Add routine enquiry questions to the assessment form",
            "Clinical Lead, Sedgeworth Drug and Alcohol Service",
            "30/06/2024",
            "2024-06-30",
            "Complete",
            "complete",
        ),
        _a4(
            "R3 A2",
            "Audit 40 case files for evidence of routine enquiry",
            "Clinical Lead, Sedgeworth Drug and Alcohol Service",
            "Dec 2024",
            "2024-12",
            "In progress",
            "in_progress",
        ),
        _a4(
            "R3 A3",
            "Report audit findings to the DHR Oversight Group",
            "Clinical Lead, Sedgeworth Drug and Alcohol Service",
            "March 2025",
            "2025-03",
            "Not started",
            "not_started",
        ),
        _a4(
            "R4 A1",
            "Run the campaign during the men’s health week",
            "Communications Lead, Sedgeworth District Council",
            "June 2024",
            "2024-06",
            "Complete",
            "complete",
        ),
        _a4(
            "R5 A1",
            "Chair to write to the Ministry of Justice",
            "Chair, Sedgeworth Safer Partnership",
            "31/05/2024",
            "2024-05-31",
            "Complete",
            "complete",
        ),
    ],
    chronology=[],
    notes=(
        "pdftotext plain (one landscape page; the table's columns come out one after another). Standalone plan "
        "-> doc_kind action_plan; id from the title; Gideon 45; no author, no date of death. Recommendations: as "
        "in the bundled standalone plan gold, the Recommendation cells are the only statement of them, so each is "
        "a record, ref as printed in the Rec cell ('R1' ... 'R5'), level overview, agency the body named first in "
        "the cell; R5 (a letter to the Ministry of Justice) -> national. Actions: one per action (8), ref the "
        "number printed at the top of the Action cell ('R1 A1'), recommendation_ref the merged Rec cell ('R1'), "
        "action text after the number. Status: the Status column ('the position at the last update') -> "
        "Complete / In progress / Not started; state words inside the dated Updates cell ('not started – "
        "awaiting budget', 'tender live') are history, not status, and 'Mar 24' / 'Sep 24' there are update "
        "dates, not targets. Targets dd/mm/yyyy -> day; 'Sept 2024', 'Dec 2024', 'March 2025', 'June 2024' -> "
        "month. The facts table ('Last updated January 2025') is not a record."
    ),
)

# ---------------------------------- 5. DHR, recommendations restated in an appendix, chronology by agency
S5 = "dhr_recs_restated_appendix_chronology_agency_bullets_pennistow"
SPP = "Safer Pennistow Partnership"
PMP = "Pennistow Medical Practice"
PPOL = "Pennistow Police"
PRS = "Pennistow Recovery Service"
PHT = "Pennistow Housing Trust"
CH5 = below(S5, "Appendix A – Chronology of agency contact")


def _c5(heading, raw, iso, start):
    return C(None, heading, raw, iso, start, after=CH5)


GOLD[S5] = dict(
    family="dhr_recs_restated_appendix_chronology_agency_bullets",
    description=(
        "DHR overview report: cover, running head, page footer, numbered paragraphs; recommendations a numbered "
        "list '1.'-'5.' under 'Recommendations'; Appendix A chronology of 'dd.mm.yy – event' bullets grouped "
        "under agency sub-headings; Appendix B restates the recommendations in short form "
        "'Rec N (<agency>): ...' as bullets"
    ),
    review=dict(
        review_id="SPP/DHR/22-01",
        review_type="DHR",
        area="Pennistow",
        doc_kind="overview_report",
        author="Declan Ashby-Nwosu",
        victims=[{"pseudonym": "Lorna", "age": 52}],
        date_of_death="2022-08",
    ),
    review_alternatives={"area": [SPP]},
    recommendations=[
        R(
            "1",
            PMP,
            "Pennistow Medical Practice should introduce routine enquiry about domestic abuse",
            ["routine_enquiry", "record_keeping"],
            aliases=["routine enquiry for repeat presentations with injury or anxiety."],
        ),
        R(
            "2",
            PRS,
            "Pennistow Recovery Service should ask every client about their relationships",
            ["substance_misuse", "routine_enquiry", "information_sharing"],
            aliases=["ask about relationships and risk at home; share concerns."],
        ),
        R(
            "3",
            PPOL,
            "Pennistow Police should ensure that officers attending a domestic incident speak to each party",
            ["risk_assessment", "routine_enquiry"],
            aliases=["speak to each party separately; complete DASH."],
        ),
        R(
            "4",
            SPP,
            "Safer Pennistow Partnership should launch a campaign encouraging neighbours",
            ["awareness_public"],
            aliases=["campaign for neighbours, friends and colleagues."],
        ),
        R(
            "5",
            SPP,
            "Safer Pennistow Partnership should monitor the delivery of these recommendations",
            ["quality_assurance"],
            aliases=["oversight of delivery and six-monthly reports."],
        ),
    ],
    actions=[],
    chronology=[
        _c5(PMP, "14.01.21", "2021-01-14", "Lorna attended with a bruised wrist"),
        _c5(PMP, "02.06.21", "2021-06-02", "Telephone consultation for anxiety; sertraline prescribed"),
        _c5(PMP, "19.11.21", "2021-11-19", "Attended with a cut above the eye"),
        _c5(PMP, "07.04.22", "2022-04-07", "Review of anxiety; Lorna tearful"),
        _c5(PPOL, "23.09.21", "2021-09-23", "Neighbour reported shouting; officers attended"),
        _c5(PPOL, "11.07.22", "2022-07-11", "Neil arrested for drink driving"),
        _c5(PRS, "08.03.22", "2022-03-08", "Neil self-referred for alcohol use"),
        _c5(PRS, "16.05.22", "2022-05-16", "Neil missed two appointments and was discharged"),
        _c5(PHT, "30.06.22", "2022-06-30", "Repair report for a broken internal door"),
    ],
    notes=(
        "pdftotext -raw (reading order of the content stream; bullets kept as a private-use glyph). Recommendations: "
        "the numbered list 1.-5. under '3. Recommendations', ref the number, level overview (an overview report, "
        "no agency sections), agency the body named first, all local. Appendix B restates each in short form "
        "'Rec N (<agency>): <short text>'; the short text is an alias, not another record. Chronology: the nine "
        "bullets of Appendix A, one event each, heading the agency sub-heading above it, ref null; 'dd.mm.yy' "
        "-> 20yy-mm-dd, day precision (the appendix says dates are day.month.year). Events are grouped by "
        "agency, so they are not in date order; each keeps its own date. The analysis paragraphs (section 2) "
        "narrate the same contacts without dates and are not a chronology. No action plan."
    ),
)


def main():
    # An optional folder argument writes the .json files there (a scratch copy to compare with the committed ones).
    write_gold(GOLD, HERE, sys.argv[1] if len(sys.argv) > 1 else None, family_keys="after_file")


if __name__ == "__main__":
    main()
