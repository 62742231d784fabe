"""Hand-written gold for heldout35 (blind set). Every field below was written by hand from the documents'
meaning; only each record's `line` is looked up in the .txt (first line holding the start of text_start /
action_start). Run once to write <stem>.json.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/: gold_lines, the line look-up and writer every blind set shares

from gold_lines import A, C, R, write_gold  # noqa: E402

GOLD = {}
OV = "overview"

# Targets as printed -> the date a reader files them under: "31.12.25" (dd.mm.yy) a day, "Nov 2025" a month.
TARGETS = {
    "31.12.25": "2025-12-31",
    "31.03.26": "2026-03-31",
    "30.11.25": "2025-11-30",
    "31.01.26": "2026-01-31",
    "30.06.26": "2026-06-30",
    "Nov 2025": "2025-11",
    "Dec 2025": "2025-12",
    "Jan 2026": "2026-01",
    "Feb 2026": "2026-02",
    "Mar 2026": "2026-03",
    "June 2025": "2025-06",
    "Sept 2025": "2025-09",
}
# Yarrowmead's key: Completed done; On track and At risk under way; Not started not begun. Tiverstone's key:
# Implemented done, Partially implemented started, Not yet implemented not started. Lowmarrick's key: Complete
# done; Partially complete and Overdue begun; Not yet due not begun.
STATUS = {
    "Completed": "complete",
    "On track": "in_progress",
    "At risk": "in_progress",
    "Not started": "not_started",
    "Implemented": "complete",
    "Partially implemented": "in_progress",
    "Not yet implemented": "not_started",
    "Complete": "complete",
    "Partially complete": "in_progress",
    "Overdue": "in_progress",
    "Not yet due": "not_started",
}


def _a(ref, rec, start, lead, target, status, after=0):
    return A(ref, OV, rec, start, lead, target, TARGETS[target], status, STATUS[status], after=after)


# --------- 1. SAB SAR action plan with a Priority column, landscape, split over a page break
S1 = "sab_sar_plan_priority_col_high_medium_low_merged_rec_cells_action_refs_1a_position_dated_col_on_track_at_risk_completed_not_started_dotted_dd_mm_yy_targets_row_split_over_page_break_urw_gothic_landscape_yarrowmead"
Y_SAB = "Yarrowmead Safeguarding Adults Board"
GOLD[S1] = dict(
    family="sab_sar_plan_priority_column_merged_rec_cells_dotted_targets",
    description=(
        "Standalone SAB action plan for a SAR, URW Gothic 8.5, landscape, 2 pages, running head with pipes ending "
        "'OFFICIAL', footer 'YSAB SAR action plan v4 Page x of y': an opening paragraph, a 'How to read this plan' "
        "label/value key (Priority, Status), 'Learning already embedded' bullets and a summary count line; then one "
        "table Rec | Recommendation | Priority | Ref | Action | Lead agency | Target | Position at 31.10.25 | Status "
        "with Rec, Recommendation and Priority merged down over each recommendation's actions, action refs '1A', "
        "targets dd.mm.yy ('31.12.25'), status words Completed / On track / At risk / Not started LAST; action 3A's "
        "row is split over the page break (its recommendation's merged cell too), the header repeated"
    ),
    review=dict(
        review_id=None,
        review_type="SAR",
        area="Yarrowmead",
        doc_kind="action_plan",
        author="Ottoline Fairweather-Mbeki",
        victims=[{"pseudonym": "Marjorie", "age": 84}],
        date_of_death="2024-02-06",
    ),
    review_alternatives={"area": [Y_SAB]},
    recommendations=[
        R(
            "1",
            Y_SAB,
            "Yarrowmead Safeguarding Adults Board should agree with partners",
            ["multi_agency_working"],
        ),
        R(
            "2",
            "Yarrowmead Council",
            "Yarrowmead Council should make sure that a carer's assessment",
            ["other"],
        ),
        R(
            "3",
            "Integrated Care Board",
            "The Integrated Care Board should seek assurance that GP practices",
            ["quality_assurance", "other"],
        ),
        R("4", "All partners", "All partners should include the learning from this review", ["training"]),
    ],
    actions=[
        _a(
            "1A",
            "1",
            "Draft the definition with the ambulance service",
            "SAB Business Manager",
            "31.12.25",
            "Completed",
        ),
        _a(
            "1B",
            "1",
            "Add frequent attenders to the referral criteria",
            "Yarrowmead Council Adult Social Care",
            "31.03.26",
            "On track",
        ),
        _a(
            "2A",
            "2",
            "Prompt added to the hospital discharge form",
            "Hospital Discharge Team",
            "30.11.25",
            "Completed",
        ),
        _a(
            "2B",
            "2",
            "Monthly audit of discharges where a prompt",
            "Principal Social Worker",
            "31.01.26",
            "At risk",
        ),
        _a(
            "2C",
            "2",
            "Carers' centre to offer a call within five",
            "Yarrowmead Carers' Centre",
            "31.03.26",
            "On track",
        ),
        _a(
            "3A",
            "3",
            "Practice pharmacists to run a search each quarter",
            "ICB Medicines Optimisation Team",
            "31.03.26",
            "Not started",
        ),
        _a(
            "3B",
            "3",
            "Report the results of the search to the ICB",
            "ICB Head of Safeguarding",
            "30.06.26",
            "Not started",
        ),
        _a(
            "4A",
            "4",
            "Seven-minute briefing added to each partner's",
            "All Board partners",
            "31.12.25",
            "On track",
        ),
    ],
    chronology=[],
    notes=(
        "plain pdftotext. A standalone SAB plan for a SAR: review_type SAR, doc_kind action_plan, no review id, author "
        "the independent reviewer named in the opening paragraph, Marjorie 84, died 6 February 2024, area Yarrowmead "
        "(or the Board). Recommendations: the merged Recommendation cells, ref the Rec cell as printed, level "
        "overview, agency the body the text names (4: 'All partners'), all local; the key, the embedded-learning "
        "bullets and the summary count line are not records. Actions: the eight rows, ref as printed ('1A'), "
        "recommendation_ref the merged Rec cell, lead the Lead agency cell, target dd.mm.yy -> day, status the last "
        "column: Completed -> complete, On track and At risk -> in_progress, Not started -> not_started (3B's "
        "position says 'Not yet due.'). 3A's row is split over the page break: its action ('... overdue a review') "
        "and lead ('... Optimisation Team') continue at the top of page 2, as does recommendation 3's merged cell; the "
        "Priority column (High / Medium / Low) is not a status."
    ),
)

# --------- 2. DHR overview extract: Date | Time | Event table, boxed "DHR n" recommendations
S2 = "dhr_overview_date_time_event_chron_table_weekday_dd_mm_yyyy_24h_times_approx_boxed_dhr_n_recs_learning_point_boxes_not_recs_page_x_of_y_official_sensitive_p052_cresslingham"
GOLD[S2] = dict(
    family="dhr_overview_date_time_event_table_boxed_dhr_n_recs",
    description=(
        "DHR overview report extract, P052 10.5, portrait, 2 pages, running head 'OFFICIAL – SENSITIVE', footer "
        "'<label> Page x of y': section 5 Key events with a numbered paragraph 5.1 and a three-column table Date | "
        "Time | Event, dates 'Fri 14/05/2021' (weekday, dd/mm/yyyy; two rows on one day), times '09:10', 'approx. "
        "11:00' (wrapped) or an em dash; two 'Learning point N' boxes; section 6 Analysis paragraphs; page 2 section "
        "7 Recommendations: each recommendation in its own one-cell box headed 'DHR N', then a paragraph saying the "
        "learning points are not recommendations"
    ),
    review=dict(
        review_id=None,
        review_type="DHR",
        area="Cresslingham",
        doc_kind="overview_report",
        author="Gideon Achterberg-Nwosu",
        victims=[{"pseudonym": "Alisha", "age": 29}],
        date_of_death="2021-08-19",
    ),
    recommendations=[
        R(
            "DHR 1",
            "Cresslingham Community Safety Partnership",
            "Cresslingham Community Safety Partnership should ask every GP practice",
            ["routine_enquiry"],
        ),
        R(
            "DHR 2",
            "Cresslingham Police",
            "Cresslingham Police should audit domestic incidents graded standard risk",
            ["risk_assessment", "quality_assurance"],
        ),
        R(
            "DHR 3",
            "Cresslingham Borough Council Housing Service",
            "Cresslingham Borough Council Housing Service should tell applicants",
            ["specialist_support", "record_keeping"],
        ),
        R(
            "DHR 4",
            "Cresslingham Community Safety Partnership",
            "The Partnership should run a campaign aimed at friends and family",
            ["awareness_public"],
        ),
    ],
    actions=[],
    chronology=[
        C(None, None, "Fri 14/05/2021", "2021-05-14", "Alisha told her GP she was sleeping badly"),
        C(
            None,
            None,
            "Fri 14/05/2021",
            "2021-05-14",
            "A neighbour called police about shouting from the flat",
        ),
        C(None, None, "Mon 07/06/2021", "2021-06-07", "Alisha went to the housing office and asked how"),
        C(None, None, "Sat 26/06/2021", "2021-06-26", "Alisha's sister received a message from her saying"),
        C(None, None, "Wed 04/08/2021", "2021-08-04", "Alisha rang a domestic abuse helpline and spoke"),
        C(
            None,
            None,
            "Thu 19/08/2021",
            "2021-08-19",
            "Police were called by a passer-by to Alisha's address",
        ),
    ],
    notes=(
        "plain pdftotext. DHR overview extract: review_type DHR, doc_kind overview_report, no review id, author the "
        "independent chair (closing line), Alisha 29 (paragraph 6.1), died at the scene on 19 August 2021 (the last "
        "table row), area Cresslingham. Recommendations: the four boxes, ref 'DHR N' as printed (the box's heading "
        "line), text the paragraph under it, level overview, agency the body the text names (DHR 4: 'The "
        "Partnership', the CSP), all local; the two Learning point boxes and paragraphs 5.1, 6.1, 6.2, 7.1, 7.2 are "
        "not recommendations. Chronology: the six table rows, date_raw the Date cell with its weekday, the day; the "
        "Time cell is not part of the date; text the Event cell; no ref, no heading, not relative."
    ),
)

# --------- 3. CSPR: chronology grouped under agency headings, recommendations 1.1 under findings
S3 = "cspr_agency_grouped_chronology_bold_date_lead_w_c_early_late_season_dates_findings_headed_recs_dotted_1_1_2_1_good_practice_not_recs_dejavu_sans_condensed_burnholt"
B_SCP = "Burnholt Safeguarding Children Partnership"
HV = "Health Visiting Service"
NU = "Burnholt Nursery"
PO = "Burnholt Police"
GOLD[S3] = dict(
    family="cspr_agency_grouped_chronology_fuzzy_dates_finding_headed_dotted_recs",
    description=(
        "Local CSPR report extract, DejaVu Sans Condensed 9, portrait, 2 pages, running head with em dashes, footer "
        "'Burnholt SCP — N': sections 1-2 (why, how), section 3 'What happened: agency involvement' with one "
        "sub-heading per agency (Health Visiting Service, Burnholt Nursery, Burnholt Police), each followed by "
        "paragraphs opening with a bold date and an en dash: 'Early 2020 –', 'w/c 3 August 2020 –', 'Late 2020 –', "
        "'Spring 2021 –', 'w/c 14 June 2021 –', '22/07/2021 –'; a Good practice box; page 2 section 4 with bold "
        "'Finding N: ...' lines each followed by hanging recommendations '1.1', '1.2', '2.1', '3.1'; a next-steps "
        "paragraph and the reviewer line"
    ),
    review=dict(
        review_id=None,
        review_type="SCR",
        area="Burnholt",
        doc_kind="overview_report",
        author="Rosamund Ekwueme-Ballantyne",
        victims=[{"pseudonym": "Kyle", "age": 1}],
        date_of_death=None,
    ),
    review_alternatives={"area": [B_SCP]},
    recommendations=[
        R(
            "1.1",
            B_SCP,
            "The Burnholt Safeguarding Children Partnership should make sure that every agency's",
            ["record_keeping", "children"],
        ),
        R("1.2", None, "Health visitors should be supported to see fathers", ["children"]),
        R(
            "2.1",
            B_SCP,
            "The Partnership should publish guidance for early years settings",
            ["information_sharing", "policy_procedure", "children"],
        ),
        R(
            "3.1",
            "Burnholt Council",
            "Burnholt Council should make sure that practitioners know how to refer",
            ["other", "quality_assurance"],
        ),
    ],
    actions=[],
    chronology=[
        C(None, HV, "Early 2020", "2020", "The health visitor completed the new birth visit"),
        C(None, HV, "w/c 3 August 2020", "2020-08-03", "A planned development review was missed"),
        C(None, HV, "Late 2020", "2020", "Mother told the health visitor that Kyle's father"),
        C(None, NU, "Spring 2021", "2021", "Kyle started at nursery for fifteen hours a week"),
        C(None, NU, "w/c 14 June 2021", "2021-06-14", "Kyle arrived with a bruise to his cheek"),
        C(None, PO, "22/07/2021", "2021-07-22", "Police attended a report of a disturbance"),
    ],
    notes=(
        "plain pdftotext. A local CSPR: review_type SCR (the schema's type for child reviews), doc_kind "
        "overview_report, no review id, author the lead reviewer, Kyle eighteen months old -> age 1, no death (he "
        "survived), area Burnholt (or the Partnership). Recommendations: 1.1, 1.2, 2.1, 3.1 as printed, level "
        "overview, local; 1.2 names no agency (health visitors as a profession), so agency null; 2.1's 'The "
        "Partnership' is the SCP; the 'Finding N:' lines and the Good practice box are not recommendations. "
        "Chronology: the six paragraphs in the order printed (grouped by agency, not by date), heading the agency "
        "sub-heading, date_raw the bold lead before the en dash; 'Early 2020', 'Late 2020' and 'Spring 2021' -> the "
        "year (a reader's season or part-year start is right by the prefix rule), 'w/c 3 August 2020' -> the week's "
        "first day, '22/07/2021' the day; text after the dash; no ref; not relative."
    ),
)

# --------- 4. NHS PSII after a homicide: SR recommendations, safety action plan
S4 = "nhs_psii_mh_homicide_areas_for_improvement_not_recs_safety_recs_sr_n_safety_action_plan_sa_n_n_merged_sr_cells_measure_col_implemented_partially_not_yet_month_timescales_dejavu_serif_condensed_tiverstone"
T_T = "Tiverstone Healthcare NHS Trust"
GOLD[S4] = dict(
    family="nhs_psii_homicide_safety_recs_safety_action_plan",
    description=(
        "NHS patient safety incident investigation (PSII, PSIRF era) after a homicide by a patient, DejaVu Serif "
        "Condensed 9, portrait, 2 pages, running head with slashes ending with the id 'PSII-2024-117', footer 'PSII "
        "report – final – N': a label/value box (Incident, Patient, Lead investigator, Approved), a Findings "
        "paragraph with 'Area for improvement N:' bullets said not to be recommendations, 'Safety recommendations' "
        "SR1-SR3 as paragraphs opening with a bold run-in 'SRn'; page 2 'Safety action plan' with a status key line "
        "and a table Safety recommendation | Ref | Safety action | Owner | Timescale | Measure of effectiveness | "
        "Status, the first cell ('SR1 – <short title>') merged down, action refs 'SA1.1', timescales 'Nov 2025', "
        "status Implemented / Partially implemented / Not yet implemented (wrapping in the cell)"
    ),
    review=dict(
        review_id="PSII-2024-117",
        review_type=None,
        area="Tiverstone",
        doc_kind="overview_report",
        author="Cassius Oyelaran-Whitby",
        victims=[{"pseudonym": "Wilhelmina Dacosta-Pryce", "age": 59}],
        date_of_death="2024-04-30",
    ),
    review_alternatives={"area": [T_T]},
    recommendations=[
        R(
            "SR1",
            T_T,
            "The Trust should make sure that a person discharged from the crisis team",
            ["mental_health"],
        ),
        R(
            "SR2",
            T_T,
            "The Trust should include a carer or family member's view",
            ["risk_assessment", "mental_health"],
        ),
        R(
            "SR3",
            T_T,
            "The Trust should agree with Tiverstone Police a single route",
            ["information_sharing", "multi_agency_working"],
        ),
    ],
    actions=[
        _a(
            "SA1.1",
            "SR1",
            "Discharge template to include named contact",
            "Crisis Team Manager",
            "Nov 2025",
            "Implemented",
        ),
        _a(
            "SA1.2",
            "SR1",
            "Seven-day follow-up added to the team's daily",
            "Crisis Team Manager",
            "Dec 2025",
            "Partially implemented",
        ),
        _a(
            "SA2.1",
            "SR2",
            "Risk formulation training to include a family-view",
            "Head of Clinical Education",
            "Mar 2026",
            "Not yet implemented",
        ),
        _a(
            "SA3.1",
            "SR3",
            "Joint protocol with Tiverstone Police on threats",
            "Safeguarding Lead",
            "Jan 2026",
            "Partially implemented",
        ),
        _a(
            "SA3.2",
            "SR3",
            "Protocol briefing for all community teams",
            "Safeguarding Lead",
            "Feb 2026",
            "Not yet implemented",
        ),
    ],
    chronology=[],
    notes=(
        "plain pdftotext. An NHS trust's PSII after a homicide: no review_type (the schema has none for an NHS "
        "investigation), doc_kind overview_report, review id 'PSII-2024-117' (running head), author the lead "
        "investigator, the victim the member of the public who died (named in full, 59), died 30 April 2024, area "
        "Tiverstone (or the Trust). Mr L, the patient, is not a victim. Recommendations: SR1-SR3 as printed, level "
        "overview, agency the Trust, local; the 'Area for improvement N' bullets are findings, not recommendations "
        "(the page says so). Actions: the five rows, ref as printed ('SA1.1'), recommendation_ref the SR of the "
        "merged first cell, lead the Owner cell, target 'Nov 2025' -> month, the Measure of effectiveness cell is "
        "not the action; status per the key: Implemented -> complete, Partially implemented -> in_progress, Not yet "
        "implemented -> not_started."
    ),
)

# --------- 5. Joint DHR / CSPR executive summary: D and C recommendations, plan with a Review column
S5 = "joint_dhr_cspr_exec_summary_two_rec_lists_d1_c1_prefixed_refs_plan_review_col_rec_ref_only_update_col_complete_partially_complete_overdue_not_yet_due_status_mon_yyyy_targets_liberation_mono_lowmarrick"
L_CSP = "Lowmarrick Community Safety Partnership"
GOLD[S5] = dict(
    family="joint_dhr_cspr_exec_summary_d_c_recs_plan_review_column",
    description=(
        "Joint DHR and CSPR executive summary, Liberation Mono 8.5, portrait, 2 pages, running head 'Joint DHR and "
        "CSPR: <names> - Executive Summary', footer '<label> - page N': an opening paragraph, 'Key lines of "
        "enquiry' (1)-(3), 'Recommendations for the DHR' D1-D3 and 'Recommendations for the CSPR' C1-C2 as hanging "
        "paragraphs, an italic note on single-agency recommendations; page 2 'Joint action plan' with a status key "
        "line and a table Ref | Review | Action | By whom | By when | Update (September 2025) | Status, the Ref cell "
        "the recommendation's ref only (no action ref, no recommendation text), Review 'DHR' or 'CSPR', By when "
        "'June 2025' / 'Sept 2025' (wrapping), status Complete / Partially complete / Overdue / Not yet due"
    ),
    review=dict(
        review_id=None,
        review_type="joint",
        area="Lowmarrick",
        doc_kind="executive_summary",
        author="Benedikt Saraswati-Holm",
        victims=[{"pseudonym": "Hannah", "age": 23}],
        date_of_death="2022-10-17",
    ),
    review_alternatives={"area": [L_CSP]},
    recommendations=[
        R(
            "D1",
            L_CSP,
            "Lowmarrick Community Safety Partnership should make sure that the MARAC",
            ["multi_agency_working", "risk_assessment", "children"],
        ),
        R(
            "D2",
            "Lowmarrick Police",
            "Lowmarrick Police should review how officers record",
            ["record_keeping", "children"],
        ),
        R(
            "D3",
            "Specialist domestic abuse services",
            "Specialist domestic abuse services should offer outreach support",
            ["specialist_support"],
        ),
        R(
            "C1",
            "Lowmarrick Safeguarding Children Partnership",
            "Lowmarrick Safeguarding Children Partnership should issue guidance",
            ["policy_procedure", "children", "risk_assessment"],
        ),
        R(
            "C2",
            None,
            "Midwifery and health visiting services should share a single record",
            ["information_sharing", "record_keeping"],
        ),
    ],
    actions=[
        _a(
            None,
            "D1",
            "Add pregnancy and children under one to the MARAC",
            "MARAC Coordinator",
            "June 2025",
            "Complete",
        ),
        _a(
            None,
            "D2",
            "Audit 50 domestic incident records for the recording",
            "Detective Inspector, Public Protection",
            "Sept 2025",
            "Overdue",
        ),
        _a(
            None,
            "D3",
            "Outreach offer written into the refuge referral",
            "Lowmarrick Women's Aid",
            "Dec 2025",
            "Partially complete",
        ),
        _a(
            None,
            "C1",
            "Guidance on assessing fathers before a pre-birth",
            "LSCP Business Manager",
            "Jan 2026",
            "Not yet due",
        ),
        _a(
            None,
            "C2",
            "Shared record of disclosures agreed by midwifery",
            "Head of Midwifery",
            "Mar 2026",
            "Partially complete",
        ),
    ],
    chronology=[],
    notes=(
        "plain pdftotext. A joint DHR and CSPR: review_type joint, doc_kind executive_summary, no review id, author "
        "the independent reviewer, the victim Hannah 23 killed on 17 October 2022 (Baby J was injured and survived: "
        "not a victim of a death), area Lowmarrick (or the CSP). Recommendations: D1-D3 and C1-C2 as printed, level "
        "overview, local; C2 names two services and no single body, agency null; the key lines of enquiry (1)-(3) "
        "and the single-agency note are not recommendations. Actions: the five rows, no action ref (the Ref cell is "
        "the recommendation's), recommendation_ref that cell, lead By whom, target 'June 2025' -> month, the Review "
        "and Update cells are not the action; status per the key: Complete -> complete, Partially complete and "
        "Overdue -> in_progress (both updates report work begun), Not yet due -> not_started (the update says not "
        "yet begun)."
    ),
)


def main():
    # An optional folder argument writes the .json files there (a scratch copy to compare with the committed ones).
    write_gold(GOLD, HERE, sys.argv[1] if len(sys.argv) > 1 else None, family_keys="after_file")


if __name__ == "__main__":
    main()
