"""Hand-written gold for heldout31 (blind set). Every field below was written by hand from the documents'
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
AG = "agency"

# Targets as printed -> the date a reader would file them under. A financial quarter "Q3 2025/26" is October to
# December 2025 (the plan's note: Q1 = April to June), filed under its first month; "end of financial year" in a
# plan whose reporting year is printed as 2025/26 is 31 March 2026; dd/mm/yyyy and "30 September 2025" are days;
# "Jan 2026" a month.
TARGETS = {
    "Q1 2025/26": "2025-04",
    "Q3 2025/26": "2025-10",
    "Q4 2025/26": "2026-01",
    "end of financial year": "2026-03-31",
    "30 September 2025": "2025-09-30",
    "31/10/2024": "2024-10-31",
    "30/11/2024": "2024-11-30",
    "31/03/2025": "2025-03-31",
    "30/06/2025": "2025-06-30",
    "30/04/2026": "2026-04-30",
    "31/07/2026": "2026-07-31",
    "28/02/2026": "2026-02-28",
    "31/03/2026": "2026-03-31",
    "Jan 2026": "2026-01",
    "Mar 2026": "2026-03",
    "Dec 2025": "2025-12",
    "Nov 2025": "2025-11",
    "Feb 2026": "2026-02",
    "Sep 2026": "2026-09",
}
STATUS = {
    "Complete – evidence received": "complete",
    "Complete – awaiting evidence": "complete",
    "Open": "in_progress",
    "Closed": "complete",
    "Open – on track": "in_progress",
    "Open – overdue": "in_progress",
    "Done": "complete",
    "Under way": "in_progress",
    "Yet to start": "not_started",
}


def _a(ref, rec, start, lead, target, status, section=OV, after=0):
    return A(ref, section, rec, start, lead, target, TARGETS[target], status, STATUS[status], after=after)


# --------- 1. DHR plan: two-row header, Progress merged over Q1 | Q2 | Q3, Evidence of completion
S1 = "dhr_plan_two_row_header_progress_merged_over_q1_q2_q3_evidence_of_completion_fy_quarter_targets_complete_evidence_received_liberation_sans_landscape_quellmoor"
Q_CSP = "Quellmoor Community Safety Partnership"
Q_NGP = "Named GP for Safeguarding Adults"

GOLD[S1] = dict(
    family="dhr_plan_two_row_header_progress_merged_over_quarters_evidence_of_completion",
    description=(
        "Standalone DHR action plan, Liberation Sans 8, landscape, 2 pages: a label / value box, recommendations "
        "'1.'-'3.' as hanging paragraphs, two italic notes, then ONE table whose header spans TWO rows: Ref | Action "
        "| Lead | Target | 'Progress 2025/26' (merged over three columns) | Status | Evidence of completion on the "
        "first row, Q1 | Q2 | Q3 under the merged cell on the second (the other header cells merged down); both "
        "header rows repeat on page 2, and row 2.2 is split by the page break (its Q2 cell's last words on page 2); "
        "targets 'Q3 2025/26', 'end of financial year', '30 September 2025'; status 'Complete – evidence "
        "received' / 'Complete – awaiting evidence' / 'Open'; update cells '—' when empty; a closing count line"
    ),
    review=dict(
        review_id="QM-2022-04",
        review_type="DHR",
        area="Quellmoor",
        doc_kind="action_plan",
        author="Ottoline Brasenose",
        victims=[{"pseudonym": "Tilde", "age": 74}],
        date_of_death="2022-08-06",
    ),
    review_alternatives={"area": [Q_CSP], "review_id": ["DHR QM-2022-04"]},
    recommendations=[
        R(
            "1",
            Q_CSP,
            "Quellmoor Community Safety Partnership should make sure that every agency",
            ["routine_enquiry", "quality_assurance"],
        ),
        R(
            "2",
            "Quellmoor Borough Council",
            "Quellmoor Borough Council's adult social care service should record the views",
            ["record_keeping"],
        ),
        R(
            "3",
            "Quellmoor Integrated Care Board",
            "Quellmoor Integrated Care Board should tell GP practices how to refer",
            ["multi_agency_working", "specialist_support"],
        ),
    ],
    actions=[
        _a(
            "1.1",
            "1",
            "Each panel agency to send the Partnership a short note",
            "Partnership Manager",
            "Q3 2025/26",
            "Complete – evidence received",
        ),
        _a(
            "1.2",
            "1",
            "Run a learning event on abuse in later life",
            "Training Coordinator",
            "end of financial year",
            "Complete – awaiting evidence",
        ),
        _a(
            "2.1",
            "2",
            "Change the carer's assessment form so that the cared-for",
            "Head of Adult Social Care",
            "Q1 2025/26",
            "Complete – evidence received",
        ),
        _a(
            "2.2",
            "2",
            "Audit twenty carer's assessments for a separate record",
            "Principal Social Worker",
            "Q4 2025/26",
            "Open",
        ),
        _a(
            "3.1",
            "3",
            "Write a short referral guide for GP practices",
            Q_NGP,
            "30 September 2025",
            "Complete – evidence received",
        ),
        _a(
            "3.2",
            "3",
            "Check with practices six months later whether the guide",
            Q_NGP,
            "end of financial year",
            "Open",
        ),
    ],
    chronology=[],
    notes=(
        "-layout pdftotext. A standalone DHR action plan: review_type DHR, doc_kind action_plan, review id "
        "'QM-2022-04' ('DHR QM-2022-04' accepted), author the 'Chair and author' value, Tilde 74 died 6 August 2022, "
        "area Quellmoor. Recommendations: the three numbered paragraphs, level overview, all local, agency the body "
        "the sentence names (rec 2: the Borough Council; its adult social care service is named in the sentence). "
        "Actions: the six table rows, ref the Ref cell, recommendation_ref its number before the dot, lead the Lead "
        "cell. Row 2.2 is ONE action although the page break splits it (the Q2 text continues on page 2 under the "
        "repeated two-row header). The Q1 / Q2 / Q3 cells are progress updates (not the action, not a date), the "
        "'Evidence of completion' cell is not a status, and the second header row (Q1 Q2 Q3) is not an action. "
        "Target: a financial quarter 'Qn 2025/26' -> its first month (Q1 April 2025, Q3 October 2025, Q4 January "
        "2026; the plan's note says Q1 = April to June); 'end of financial year' -> 31 March 2026 (the printed "
        "reporting year 2025/26); '30 September 2025' the day. Status: 'Complete – evidence received' and "
        "'Complete – awaiting evidence' -> complete (the action is done; only its evidence is awaited), 'Open' -> "
        "in_progress (as earlier sets' gold reads 'Open'). No chronology."
    ),
)

# --------- 2. NHS mental health homicide investigation: Day 1 / Day 2 timed chronology, Trust response column
S2 = "mh_homicide_independent_investigation_day_numbered_timed_chronology_r_recs_plan_trust_response_col_open_closed_liberation_serif_sennacott"
S_TRUST = "Sennacott Partnership NHS Foundation Trust"
S_CSM = "Crisis Service Manager"
D1 = "Day 1 – Thursday 7 March 2024"
D3 = "Day 3 – Saturday 9 March 2024"

GOLD[S2] = dict(
    family="mh_homicide_investigation_day_numbered_timed_chronology_plan_trust_response",
    description=(
        "NHS mental health homicide independent investigation, Liberation Serif 10, portrait, 2 pages: a "
        "'The last three days' chronology of bold day labels ('Day 1 – Thursday 7 March 2024', a bare 'Day 2', "
        "'Day 3 – Saturday 9 March 2024') each over hanging paragraphs 'hh:mm<tab>what happened'; findings "
        "bullets; recommendations 'R1'-'R3' as hanging paragraphs; page 2 'Trust response and action plan' Rec | "
        "Trust response | Action | Lead | Target | Status ('Accepted.' / 'Accepted in part: ...' or blank on a "
        "second row for the same rec; dd/mm/yyyy targets; Closed / Open – on track / Open – overdue) and a status "
        "key line"
    ),
    review=dict(
        review_id=None,
        review_type=None,
        area=None,
        doc_kind="overview_report",
        author="Perpetua Varley-Nunn",
        victims=[{"pseudonym": "Mr Ellery", "age": 67}],
        date_of_death="2024-03-09",
    ),
    recommendations=[
        R(
            "R1",
            S_TRUST,
            "The Trust should make sure that a request from a patient to bring a depot",
            ["mental_health", "policy_procedure"],
        ),
        R(
            "R2",
            S_TRUST,
            "The Trust's crisis team should speak to the family member",
            ["mental_health", "risk_assessment"],
        ),
        R(
            "R3",
            S_TRUST,
            "The Trust should record any named person who features",
            ["record_keeping", "risk_assessment", "information_sharing"],
        ),
    ],
    actions=[
        _a(
            None,
            "R1",
            "Add a same-day prescriber review to the depot clinic",
            "Clinical Director, Community Services",
            "31/10/2024",
            "Closed",
        ),
        _a(None, "R2", "Change the crisis triage form so that the referrer", S_CSM, "30/11/2024", "Closed"),
        _a(
            None,
            "R2",
            "Audit forty crisis referrals from family members",
            S_CSM,
            "31/03/2025",
            "Open – on track",
        ),
        _a(
            None,
            "R3",
            "Add a 'named person in beliefs' field to the risk assessment",
            "Head of Patient Safety",
            "30/06/2025",
            "Open – overdue",
        ),
    ],
    chronology=[
        C(None, None, D1, "2024-03-07", "Mr K telephoned the community team duty line"),
        C(None, None, D1, "2024-03-07", "The duty worker called back; Mr K did not answer"),
        C(None, None, D1, "2024-03-07", "Mr K's sister called the crisis line"),
        C(
            None,
            None,
            "Day 2",
            "2024-03-08",
            "A crisis team nurse visited. Mr K said he felt watched",
            relative=True,
        ),
        C(None, None, "Day 2", "2024-03-08", "The visit was discussed at the team huddle", relative=True),
        C(None, None, D3, "2024-03-09", "Police were called to the flats after Mr Ellery"),
    ],
    notes=(
        "plain pdftotext. An NHS England independent investigation into a mental health patient's care after a "
        "homicide: review_type null (the schema has no such type; as earlier sets' gold), doc_kind overview_report, "
        "no review id, area null (the commissioner is national, the Trust is named only in prose), author the lead "
        "investigator, the victim Mr Ellery 67 died 9 March 2024 (Mr K is the patient, not a victim). "
        "Recommendations: R1-R3, ref as printed, all to the Trust, level overview, local. Findings bullets are not "
        "recommendations. Actions: the four plan rows, no action ref, recommendation_ref the Rec cell, lead the Lead "
        "cell; the Trust response cell ('Accepted.' ...) is neither the action nor a status; dd/mm/yyyy -> day; "
        "Closed -> complete, 'Open – on track' / 'Open – overdue' -> in_progress. Chronology: one entry per timed "
        "paragraph, text after the time, date the day of its day label; the bare 'Day 2' is the day after Day 1 "
        "(relative, 8 March 2024); the times are not part of the date."
    ),
)

# --------- 3. SAR: Recommendation / Rationale / Intended outcome triplets; Areas for consideration
S3 = "sar_recommendation_rationale_intended_outcome_triplets_bold_labels_areas_for_consideration_not_recs_board_plan_dejavu_sans_condensed_drumlowe"
D_SAB = "Drumlowe Safeguarding Adults Board"

GOLD[S3] = dict(
    family="sar_recommendation_rationale_intended_outcome_triplets_areas_for_consideration",
    description=(
        "SAR overview report, DejaVu Sans Condensed 10.5, portrait, 2 pages: findings bullets, then three "
        "recommendations each a Heading 3 'Recommendation N – <title>' over three paragraphs opening with bold "
        "labels 'Recommendation:' / 'Rationale:' / 'Intended outcome:' (no table); then 'Areas for consideration' "
        "'AC1', 'AC2' hanging paragraphs (said NOT to be recommendations); page 2 'Board action plan' Rec | What "
        "will be done | Who | By | Progress (dd/mm/yyyy, Done / Under way / Yet to start) and a key line"
    ),
    review=dict(
        review_id=None,
        review_type="SAR",
        area="Drumlowe",
        doc_kind="overview_report",
        author="Hesketh Marrable",
        victims=[{"pseudonym": "Alwyn", "age": 79}],
        date_of_death="2024-12-11",
    ),
    review_alternatives={"area": [D_SAB]},
    recommendations=[
        R(
            "1",
            "Drumlowe Fire and Rescue Service and Drumlowe Council",
            "Drumlowe Fire and Rescue Service and Drumlowe Council should agree a joint visit",
            ["multi_agency_working", "risk_assessment"],
            title="Hoarding and fire risk",
            outcome="Adults at high risk from hoarding have one shared plan",
        ),
        R(
            "2",
            D_SAB,
            "The Board should publish a short procedure for what practitioners do",
            ["policy_procedure"],
            title="Declined services",
            outcome="Practitioners escalate repeated refusals to a multi-agency meeting",
        ),
        R(
            "3",
            "Drumlowe Community Pharmacy Group",
            "Drumlowe Community Pharmacy Group should give its pharmacists a route",
            ["information_sharing"],
            title="Pharmacy concerns",
            outcome="Concerns from pharmacies reach the local authority's safeguarding team",
        ),
    ],
    actions=[
        _a(
            None,
            "1",
            "Joint visit agreement signed by both services",
            "Station Manager, Prevention",
            "30/04/2026",
            "Under way",
        ),
        _a(
            None,
            "1",
            "Shared high-risk list set up and checked monthly",
            "Safeguarding Adults Manager",
            "31/07/2026",
            "Yet to start",
        ),
        _a(
            None,
            "2",
            "Repeated refusal procedure written and published",
            "Board Business Manager",
            "28/02/2026",
            "Done",
        ),
        _a(
            None,
            "3",
            "Pharmacy concern form and contact route agreed",
            "Superintendent Pharmacist",
            "31/03/2026",
            "Under way",
        ),
    ],
    chronology=[],
    notes=(
        "-layout pdftotext. A SAR overview report: review_type SAR, doc_kind overview_report, no review id, author "
        "the independent author, Alwyn 79 died 11 December 2024, area Drumlowe. Recommendations: the three "
        "'Recommendation N – <title>' blocks, ref N, title the words after the dash, text the 'Recommendation:' "
        "paragraph after its label (not the heading, not the Rationale), outcome the 'Intended outcome:' paragraph, "
        "level overview, all local; rec 1 is addressed to two bodies (both kept as the agency); 'The Board' -> the "
        "SAB. The 'Areas for consideration' AC1 / AC2 are NOT recommendations (the document says so), nor are the "
        "findings bullets. Actions: the four plan rows, no action ref, recommendation_ref the Rec cell, lead the Who "
        "cell, dd/mm/yyyy -> day, Done -> complete, Under way -> in_progress, Yet to start -> not_started. No "
        "chronology."
    ),
)

# --------- 4. DHR overview: two-column landscape chronology page; Finding | Recommendation | Agency table
S4 = "dhr_overview_landscape_two_column_chronology_several_paragraphs_per_date_circa_early_year_finding_recommendation_agency_table_caladea_farrowdene"
F_CSP = "Farrowdene Community Safety Partnership"

GOLD[S4] = dict(
    family="dhr_overview_landscape_two_column_chronology_finding_recommendation_agency_table",
    description=(
        "DHR overview report, Caladea 11, 3 pages, the middle one LANDSCAPE: page 1 portrait introduction; page 2 "
        "a two-column Date | What happened chronology across the landscape page, the Date cell once per row and "
        "the right cell holding one to three separate paragraphs (dates 'Circa 2015', 'Early 2019', '14 February "
        "2021'); page 3 portrait a three-column Finding | Recommendation | Agency table whose Recommendation cells "
        "open 'R1 ' ... 'R4 ' and whose Finding cells are not recommendations"
    ),
    review=dict(
        review_id=None,
        review_type="DHR",
        area="Farrowdene",
        doc_kind="overview_report",
        author="Linnea Saxby-Oduya",
        victims=[{"pseudonym": "Rhiannon", "age": 34}],
        date_of_death="2021-11-27",
    ),
    review_alternatives={"area": [F_CSP]},
    recommendations=[
        R(
            "R1",
            F_CSP,
            "Farrowdene Community Safety Partnership should run a public campaign",
            ["awareness_public"],
            after=40,
        ),
        R(
            "R2",
            "Farrowdene Primary Care Network",
            "Farrowdene Primary Care Network should remind GPs to ask",
            ["routine_enquiry"],
        ),
        R(
            "R3",
            "Farrowdene Police",
            "Farrowdene Police should review a risk grading when new information",
            ["risk_assessment"],
        ),
        R(
            "R4",
            "Farrowdene Hospital",
            "Farrowdene Hospital should record the presence of a partner",
            ["record_keeping"],
        ),
    ],
    actions=[],
    chronology=[
        C(None, None, "Circa 2015", "2015", "Rhiannon met Dale through friends from work"),
        C(None, None, "Circa 2015", "2015", "Within a year Rhiannon had stopped going to her weekly"),
        C(None, None, "Early 2019", "2019", "Rhiannon told her GP she was tired and low"),
        C(None, None, "14 February 2021", "2021-02-14", "Farrowdene Police were called by a neighbour"),
        C(
            None,
            None,
            "14 February 2021",
            "2021-02-14",
            "Rhiannon said nothing had happened. A risk assessment",
        ),
        C(None, None, "14 February 2021", "2021-02-14", "No referral was made to the domestic abuse service"),
        C(
            None,
            None,
            "3 September 2021",
            "2021-09-03",
            "Rhiannon attended the emergency department with a cut",
        ),
        C(None, None, "3 September 2021", "2021-09-03", "Dale waited in the car park and rang her mobile"),
        C(None, None, "27 November 2021", "2021-11-27", "Dale called an ambulance at 23:10 saying Rhiannon"),
        C(None, None, "27 November 2021", "2021-11-27", "Rhiannon was pronounced dead at the scene"),
    ],
    notes=(
        "-layout pdftotext. A DHR overview report: review_type DHR, doc_kind overview_report, no review id, author "
        "the chair and author, Rhiannon 34 died 27 November 2021, area Farrowdene. Recommendations: the four "
        "Recommendation cells, ref as printed ('R1'-'R4'), text after the ref, agency the Agency cell, level "
        "overview, all local; the Finding cells are not recommendations. No actions. Chronology: ONE ENTRY PER "
        "PARAGRAPH of the right-hand cells (the contract's one entry per paragraph), each dated by its row's Date "
        "cell: 'Circa 2015' -> 2015 and 'Early 2019' -> 2019 (year precision, approximate), full dates -> day; not "
        "relative. The time '23:10' inside a paragraph is not a date."
    ),
)

# --------- 5. DHR exec summary: agency-coded appendix recs; plan row split by the page break
S5 = "dhr_exec_summary_agency_coded_appendix_recs_r_adultsc_01_plan_code_col_row_split_over_page_break_open_closed_liberation_mono_hollinvale"
H_CSP = "Hollinvale Community Safety Partnership"
H_ASC = "Hollinvale Adult Social Care"
H_PM = "Partnership Manager"

GOLD[S5] = dict(
    family="dhr_exec_summary_agency_coded_appendix_recs_plan_code_col_row_split",
    description=(
        "DHR executive summary, Liberation Mono 9.5, portrait, 2 pages: two multi-agency recommendations as "
        "hanging paragraphs coded 'R-MA-01' / 'R-MA-02'; 'Appendix A – Single-agency recommendations' a Code | "
        "Agency | Recommendation table with agency-coded refs 'R-ADULTSC-01', 'R-ADULTSC-02', 'R-POL-01', "
        "'R-HOUS-01'; 'Appendix B – Action plan' Code | Action | Owner | Due | Status (Mon yyyy, Open / Closed), "
        "not in code order, the R-ADULTSC-01 row's long Action cell split by the page break (header repeated on "
        "page 2, the row's last three lines under it)"
    ),
    review=dict(
        review_id=None,
        review_type="DHR",
        area="Hollinvale",
        doc_kind="executive_summary",
        author="Caspian Whitlock-Eze",
        victims=[{"pseudonym": "Bernadine", "age": 69}],
        date_of_death="2023-04-15",
    ),
    review_alternatives={"area": [H_CSP]},
    recommendations=[
        R(
            "R-MA-01",
            H_CSP,
            "Hollinvale Community Safety Partnership should agree how a concern raised",
            ["multi_agency_working", "information_sharing"],
        ),
        R(
            "R-MA-02",
            H_CSP,
            "Hollinvale Community Safety Partnership should check within a year",
            ["quality_assurance"],
        ),
        R(
            "R-ADULTSC-01",
            H_ASC,
            "Adult Social Care should ask about domestic abuse at every review",
            ["routine_enquiry"],
            level=AG,
        ),
        R(
            "R-ADULTSC-02",
            H_ASC,
            "Adult Social Care should give its reviewing officers refresher training",
            ["training"],
            level=AG,
        ),
        R(
            "R-POL-01",
            "Marlshire Constabulary",
            "Marlshire Constabulary should pass details of call-outs",
            ["information_sharing"],
            level=AG,
        ),
        R(
            "R-HOUS-01",
            "Hollinvale Homes",
            "Hollinvale Homes should record who is present",
            ["record_keeping"],
            level=AG,
        ),
    ],
    actions=[
        _a(None, "R-MA-01", "Agree a referral route from housing officers", H_PM, "Jan 2026", "Closed"),
        _a(
            None,
            "R-ADULTSC-02",
            "Refresher training on coercive control",
            "Workforce Development Lead",
            "Dec 2025",
            "Closed",
            after=70,
        ),
        _a(
            None,
            "R-POL-01",
            "Daily call-out list shared with the adult safeguarding hub",
            "Superintendent, Partnerships",
            "Nov 2025",
            "Closed",
        ),
        _a(
            None,
            "R-HOUS-01",
            "Tenancy visit record changed to list who was present",
            "Tenancy Services Lead",
            "Feb 2026",
            "Open",
        ),
        _a(
            None,
            "R-ADULTSC-01",
            "Write a prompt into the care package review template",
            "Head of Reviews, Adult Social Care",
            "Mar 2026",
            "Open",
        ),
        _a(None, "R-MA-02", "Partnership review of single-agency progress", H_PM, "Sep 2026", "Open"),
    ],
    chronology=[],
    notes=(
        "plain pdftotext. A DHR executive summary: review_type DHR, doc_kind executive_summary, review id null (only "
        "'Domestic Homicide Review 09' / 'DHR 09' is printed, as earlier title-page gold treats a bare number), "
        "author the independent chair, Bernadine 69 died 15 April 2023 (a homicide-suicide; her husband is not a "
        "victim in the gold), area Hollinvale. Recommendations: R-MA-01 / R-MA-02 (level overview, the Partnership) "
        "and the four Appendix A rows (level agency, agency the Agency cell), ref the code exactly as printed, all "
        "local. Actions: the six plan rows in printed order, no action ref (the Code cell is the recommendation's "
        "ref), lead the Owner cell, 'Mon yyyy' -> month, Closed -> complete, Open -> in_progress. The R-ADULTSC-01 "
        "row is ONE action although the page break splits its Action cell. No chronology."
    ),
)


def main():
    # An optional folder argument writes the .json files there (a scratch copy to compare with the committed ones).
    write_gold(GOLD, HERE, sys.argv[1] if len(sys.argv) > 1 else None, family_keys="after_file")


if __name__ == "__main__":
    main()
