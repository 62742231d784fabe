"""Hand-written gold for heldout34 (blind set). Every field below was written by hand from the documents'
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

# Targets as printed -> the date a reader files them under: "End May 2025" a month, "30-Jun-25" a day.
TARGETS = {
    None: None,
    "End May 2025": "2025-05",
    "End Sept 2025": "2025-09",
    "End June 2025": "2025-06",
    "End Dec 2025": "2025-12",
    "End Oct 2025": "2025-10",
    "End Aug 2025": "2025-08",
    "End Nov 2025": "2025-11",
    "30-Jun-25": "2025-06-30",
    "31-Mar-26": "2026-03-31",
    "31-Aug-25": "2025-08-31",
    "31-Jul-25": "2025-07-31",
    "31-Jan-26": "2026-01-31",
    "31-Oct-25": "2025-10-31",
    "30-Sep-25": "2025-09-30",
    "31-Dec-25": "2025-12-31",
}
# Wenthamley grades (its key): A and B complete (B: complete, change in practice not yet shown), C begun, D not
# begun. Quarrelton's key: a date in "Date completed" is complete, "In hand" begun, "Outstanding" not begun.
# Fellingham: Closed complete; "Open – on track" and "Open – delayed" begun (both updates report work done or
# under way); "Not started" not started.
STATUS = {
    "A": "complete",
    "B": "complete",
    "C": "in_progress",
    "D": "not_started",
    "In hand": "in_progress",
    "Outstanding": "not_started",
    "Closed": "complete",
    "Open – on track": "in_progress",
    "Open – delayed": "in_progress",
    "Not started": "not_started",
}


def _status(raw):
    if raw and raw[:2].isdigit():  # a completion date
        return "complete"
    return STATUS[raw]


def _a(ref, rec, start, lead, target, status, section=OV, after=0):
    return A(ref, section, rec, start, lead, target, TARGETS[target], status, _status(status), after=after)


# --------- 1. NHS assurance review: "Recommendation N" blocks, action tables graded A-D
S1 = "mh_homicide_assurance_review_rec_heading_blocks_addressed_to_line_action_tables_evidence_col_grade_letter_last_a_b_c_d_key_no_targets_urw_bookman_wenthamley"
W_T = "Wenthamley Mental Health NHS Foundation Trust"
GOLD[S1] = dict(
    family="mh_homicide_assurance_review_rec_blocks_action_tables_grade_letters",
    description=(
        "Independent assurance review (NHS England commissioned) of the implementation of a mental health homicide "
        "investigation's recommendations, URW Bookman 9.5, portrait, 3 pages: a label/value box, a grade key table "
        "Grade | Meaning (A-D), a Good practice box; then per recommendation a 'Recommendation N' heading, an italic "
        "'Addressed to: <body>' line, the recommendation paragraph and its own table No. | Action taken | Lead | "
        "Evidence seen | Grade, action numbers '1a', grade letter LAST; no target dates; page break before "
        "Recommendation 3; an Overall paragraph with counts"
    ),
    review=dict(
        review_id=None,
        review_type=None,
        area="Wenthamley",
        doc_kind="action_plan",
        author="Leontyne Abara-Whitcombe",
        victims=[{"pseudonym": "Pauline Okwu-Hart", "age": 67}],
        date_of_death="2021-08-03",
    ),
    recommendations=[
        R(
            "1",
            W_T,
            "The Trust should make sure that a care coordinator is allocated",
            ["policy_procedure", "mental_health"],
        ),
        R(
            "2",
            W_T,
            "The Trust should involve families in risk assessment when",
            ["risk_assessment", "mental_health"],
        ),
        R(
            "3",
            "Wenthamley Integrated Care Board",
            "Wenthamley Integrated Care Board should seek assurance that GP practices are told",
            ["information_sharing", "mental_health"],
        ),
    ],
    actions=[
        _a(
            "1a",
            "1",
            "Interim duty clinician named in every acceptance",
            "Service Manager, Community Teams",
            None,
            "A",
        ),
        _a("1b", "1", "Weekly report of service users waiting", "Head of Performance", None, "C"),
        _a(
            "2a",
            "2",
            "Family contact section added to the discharge",
            "Ward Matron, Larkhill Unit",
            None,
            "B",
        ),
        _a("2b", "2", "Carers' lead to offer a meeting to every family", "Carers' Lead", None, "D"),
        _a("3a", "3", "Missed-appointment notification added to the shared", "Digital Lead, ICB", None, "A"),
        _a(
            "3b",
            "3",
            "Practices reminded of the notification at the primary",
            "Clinical Lead, Mental Health",
            None,
            "B",
        ),
        _a(
            "3c",
            "3",
            "Audit of practice responses to the notification",
            "Clinical Lead, Mental Health",
            None,
            "C",
        ),
    ],
    chronology=[],
    notes=(
        "plain pdftotext. An independent assurance review of a mental health homicide investigation's "
        "recommendations: review_type null (the schema has no type for an NHS England investigation or its "
        "follow-up), doc_kind action_plan (the document grades the actions taken), no review id, author the lead "
        "reviewer, the victim Mrs Pauline Okwu-Hart 67 killed 3 August 2021 (named in full in the report), area "
        "Wenthamley (the Trust's and ICB's place; NHS England's region is the commissioner). Recommendations: the "
        "three 'Recommendation N' headings, ref N, text the paragraph under the 'Addressed to:' line, agency that "
        "line, level overview, local. The grade key, Good practice box and Overall paragraph are not records. "
        "Actions: the seven table rows, ref '1a' as printed, lead the Lead cell, no target (none printed), status "
        "the Grade letter per the key: A and B complete (B is 'Action complete; too early to show a change'), C "
        "in_progress, D not_started."
    ),
)

# --------- 2. CSPR overview extract: Age | Date | Agency | Contact; findings with 1a/1b recs
S2 = "cspr_overview_infant_age_first_chronology_age_date_dotted_agency_contact_findings_with_lettered_recs_1a_1b_practitioner_quote_boxes_dejavu_serif_tolvaddon"
T_SCP = "Tolvaddon Safeguarding Children Partnership"
GOLD[S2] = dict(
    family="cspr_overview_infant_age_first_chronology_findings_lettered_recs",
    description=(
        "CSPR overview report extract, DejaVu Serif 9.5, portrait, 2 pages, running head with pipes: a Key contacts "
        "table Age | Date | Agency | Contact whose FIRST column is the baby's age ('2 days', '5 weeks') and dates "
        "dd.mm.yyyy; a 'Practitioners told us' quote box; 'Finding N.' paragraphs each followed by hanging "
        "recommendations '1a', '1b', '2a', '3a', '3b'; a seven-minute briefing box"
    ),
    review=dict(
        review_id=None,
        review_type="SCR",
        area="Tolvaddon",
        doc_kind="overview_report",
        author="Ottoline Marsh-Adebayo",
        victims=[{"pseudonym": "Freddie", "age": 0}],
        date_of_death="2023-02-25",
    ),
    review_alternatives={"area": [T_SCP]},
    recommendations=[
        R(
            "1a",
            T_SCP,
            "Tolvaddon Safeguarding Children Partnership should relaunch its protocol",
            ["policy_procedure", "children"],
        ),
        R(
            "1b",
            "Integrated Care Board",
            "The ICB should include the protocol in the induction",
            ["training", "children"],
        ),
        R(
            "2a",
            T_SCP,
            "The Partnership should ask midwifery and health visiting to record",
            ["record_keeping", "children"],
        ),
        R(
            "3a",
            "Tolvaddon Council",
            "Tolvaddon Council should make sure that the front door checks",
            ["information_sharing", "children"],
        ),
        R(
            "3b",
            "Tolvaddon Police",
            "Tolvaddon Police should tell the health visitor directly",
            ["information_sharing", "children"],
        ),
    ],
    actions=[],
    chronology=[
        C(None, None, "18.11.2022", "2022-11-18", "Home visit. Mother tearful; father answered"),
        C(None, None, "28.11.2022", "2022-11-28", "New birth visit. Father not present."),
        C(None, None, "23.12.2022", "2022-12-23", "Freddie seen with a small bruise on his cheek"),
        C(None, None, "13.01.2023", "2023-01-13", "Eight-week check and first immunisations."),
        C(None, None, "03.02.2023", "2023-02-03", "Neighbour reported shouting and a baby crying"),
        C(None, None, "15.02.2023", "2023-02-15", "Police notification screened as 'no further action'"),
        C(None, None, "22.02.2023", "2023-02-22", "Freddie taken to hospital unresponsive."),
    ],
    notes=(
        "plain pdftotext. A CSPR overview report: review_type SCR (CSPRs are SCR in this schema), doc_kind "
        "overview_report, no review id, author the lead reviewer, Freddie fourteen weeks old (age 0 in years) died "
        "25 February 2023 three days after admission, area Tolvaddon. Recommendations: '1a'-'3b' as printed, level "
        "overview, local; agency the body each names ('The Partnership' is the SCP; 'The ICB' unnamed by place). "
        "'Finding N.' paragraphs, the quote box and the briefing box are not records. Chronology: the seven table "
        "rows, date the Date cell (dd.mm.yyyy -> day), text the Contact cell; the Age and Agency cells are neither "
        "date nor text; the last row's 'He died on 25 February 2023' is inside the text, not a separate entry."
    ),
)

# --------- 3. DHR overview extract: "(Source, dd.mm.yy)" paragraph chronology, "Rec 01" recs, completion-date plan
S3 = "dhr_overview_numbered_para_chronology_source_and_dd_mm_yy_in_closing_brackets_rec_01_zero_padded_plan_date_completed_col_in_hand_outstanding_end_month_targets_liberation_serif_quarrelton"
Q_CSP = "Quarrelton Community Safety Partnership"
Q_IDVA = "IDVA Service Manager"
Q_ICB = "ICB Safeguarding Lead"
GOLD[S3] = dict(
    family="dhr_overview_bracketed_source_date_paragraph_chronology_rec_0n_completion_date_plan",
    description=(
        "DHR overview report extract, Liberation Serif 11, portrait, 2 pages: section 5 numbered paragraphs "
        "'5.3'-'5.7' each ending with the source and a dd.mm.yy date in brackets '(GP, 12.04.21)'; a note box; "
        "section 8 a 'Lesson' paragraph (not a recommendation) and recommendations with a bold zero-padded label "
        "'Rec 01'-'Rec 04' and a tab; page 2 Appendix C plan Rec | Action | Lead | Target | Date completed, the Rec "
        "cell merged down, targets 'End May 2025', the last column a completion date dd/mm/yyyy, 'In hand' or "
        "'Outstanding' (a key line says so)"
    ),
    review=dict(
        review_id=None,
        review_type="DHR",
        area="Quarrelton",
        doc_kind="overview_report",
        author="Bartholomew Essien-Lacey",
        victims=[{"pseudonym": "Ana", "age": 41}],
        date_of_death="2021-08-14",
    ),
    review_alternatives={"area": [Q_CSP]},
    recommendations=[
        R(
            "01",
            Q_CSP,
            "Quarrelton Community Safety Partnership should work with local employers",
            ["awareness_public", "training"],
        ),
        R(
            "02",
            "IDVA service",
            "The IDVA service should agree a safe way to reach a client",
            ["specialist_support", "policy_procedure"],
        ),
        R(
            "03",
            "Quarrelton Police",
            "Quarrelton Police should tell the IDVA service when a person arrested",
            ["information_sharing"],
        ),
        R(
            "04",
            "Integrated Care Board",
            "GP practices in Quarrelton, through the ICB, should ask about the home",
            ["routine_enquiry"],
        ),
    ],
    actions=[
        _a(
            None,
            "01",
            "Publish an employers' guide and toolkit",
            "Quarrelton CSP",
            "End May 2025",
            "14/05/2025",
        ),
        _a(
            None,
            "01",
            "Hold two briefings for local HR managers",
            "Quarrelton CSP",
            "End Sept 2025",
            "In hand",
        ),
        _a(None, "02", "Write a no-answer protocol with referrers", Q_IDVA, "End June 2025", "02/06/2025"),
        _a(None, "02", "Audit referrals closed after no answer", Q_IDVA, "End Dec 2025", "In hand"),
        _a(
            None,
            "03",
            "Add a check of open referrals to the custody",
            "Quarrelton Police",
            "End Oct 2025",
            "Outstanding",
        ),
        _a(None, "04", "Issue a practice note on asking about the home", Q_ICB, "End Aug 2025", "29/08/2025"),
        _a(None, "04", "Share the note at the GP safeguarding leads'", Q_ICB, "End Nov 2025", "Outstanding"),
    ],
    chronology=[
        C(None, None, "12.04.21", "2021-04-12", "Ana told her GP that she was not sleeping"),
        C(None, None, "30.05.21", "2021-05-30", "Piotr was arrested for driving with excess alcohol"),
        C(None, None, "08.07.21", "2021-07-08", "Ana's employer noticed bruising on her wrist"),
        C(None, None, "21.07.21", "2021-07-21", "An IDVA phoned Ana after a referral by her employer's"),
        C(None, None, "14.08.21", "2021-08-14", "Ana was killed by Piotr at their home"),
    ],
    notes=(
        "plain pdftotext. A DHR overview report extract: review_type DHR, doc_kind overview_report (it carries its "
        "plan as an appendix), no review id, author the independent chair and author, Ana 41 killed 14 August 2021 "
        "(the last key event), area Quarrelton. Recommendations: 'Rec 01'-'Rec 04', ref as printed without 'Rec' "
        "('01'), level overview, local; Rec 04 is addressed to GP practices through the ICB (agency the ICB). The "
        "'Lesson' paragraph 8.1 and the note box are not records. Actions: the seven plan rows, no action ref, "
        "recommendation_ref the merged Rec cell ('01'), lead the Lead cell, target 'End <Month> yyyy' -> month; "
        "status the Date completed cell per its key: a date -> complete (status_raw the date), 'In hand' -> "
        "in_progress, 'Outstanding' -> not_started. Chronology: paragraphs 5.3-5.7, no ref (the paragraph numbers "
        "are the report's), date the dd.mm.yy in the closing brackets -> day, the source in the brackets is neither "
        "date nor text; 5.1 and 5.2 are not events."
    ),
)

# --------- 4. DHR tracker: overview and IMR recs under a Source column, Closed / Open – on track / delayed
S4 = "dhr_tracker_source_col_overview_vs_imr_recs_ov1_imr_p1_refs_merged_rec_cells_over_page_break_open_on_track_open_delayed_closed_dd_mon_yy_due_nimbus_sans_narrow_landscape_fellingham"
F_CSP = "Fellingham Community Safety Partnership"
F_CM = "Head of Contact Management"
F_TS = "Tenancy Services Lead"
GOLD[S4] = dict(
    family="dhr_tracker_source_col_overview_and_imr_recs_open_closed_status",
    description=(
        "Standalone DHR recommendations tracker, Nimbus Sans Narrow 8.5 (table 9.5), landscape, 2 pages: intro "
        "lines with a status list and a count line, findings bullets and a 'Reading the tracker' box (not records); "
        "ONE table Ref | Source | Recommendation | Action | Owner | Due | Update (Mar 2026) | Status with Ref, "
        "Source and Recommendation merged down over a recommendation's actions; refs 'OV1', 'OV2' (Source "
        "'Overview') and 'IMR-P1', 'IMR-G1', 'IMR-H1' (Source 'IMR – Police' / 'IMR – GP' / 'IMR – Housing'); Due "
        "'30-Jun-25'; Status 'Closed' / 'Open – on track' / 'Open – delayed' / 'Not started' wrapping in the cell; "
        "IMR-H1's first action row is split over the page break (header repeated, the recommendation not)"
    ),
    review=dict(
        review_id=None,
        review_type="DHR",
        area="Fellingham",
        doc_kind="action_plan",
        author="Imogen Castellano-Burke",
        victims=[{"pseudonym": "Joanne", "age": 38}],
        date_of_death="2022-12-06",
    ),
    review_alternatives={"area": [F_CSP]},
    recommendations=[
        R("OV1", "Fellingham CSP", "Fellingham CSP should commission training on stalking", ["training"]),
        R(
            "OV2",
            "Fellingham CSP",
            "Fellingham CSP should ask the MARAC steering group",
            ["multi_agency_working", "risk_assessment"],
        ),
        R(
            "IMR-P1",
            "Fellingham Police",
            "Fellingham Police should make sure that reports of stalking",
            ["record_keeping"],
            level="agency",
        ),
        R(
            "IMR-G1",
            "Meadow Lane practice",
            "The Meadow Lane practice should make sure that a disclosure",
            ["record_keeping"],
            level="agency",
        ),
        R(
            "IMR-H1",
            "Fellingham Homes",
            "Fellingham Homes should record a tenant's disclosure",
            ["record_keeping"],
            level="agency",
        ),
    ],
    actions=[
        _a(None, "OV1", "Commission a stalking training package", "CSP Manager", "30-Jun-25", "Closed"),
        _a(
            None,
            "OV1",
            "Deliver to 300 staff across the partnership",
            "CSP Manager",
            "31-Mar-26",
            "Open – on track",
        ),
        _a(
            None, "OV2", "Review the repeat-referral definition", "MARAC Chair", "31-Aug-25", "Open – delayed"
        ),
        _a(None, "IMR-P1", "Create a stalking flag", F_CM, "31-Jul-25", "Closed", section=AG),
        _a(
            None,
            "IMR-P1",
            "Dip-sample flagged incidents each quarter",
            F_CM,
            "31-Jan-26",
            "Open – on track",
            section=AG,
        ),
        _a(
            None,
            "IMR-G1",
            "Code past disclosures found in the audit",
            "Practice Manager",
            "31-Oct-25",
            "Closed",
            section=AG,
        ),
        _a(
            None,
            "IMR-H1",
            "Add a disclosure field to the tenancy file",
            F_TS,
            "30-Sep-25",
            "Open – delayed",
            section=AG,
        ),
        _a(None, "IMR-H1", "Brief all housing officers", F_TS, "31-Dec-25", "Not started", section=AG),
    ],
    chronology=[],
    notes=(
        "plain pdftotext. A standalone DHR tracker: review_type DHR, doc_kind action_plan, no review id, author the "
        "chair and writer, Joanne 38 killed 6 December 2022, area Fellingham. Recommendations: the five merged Ref "
        "cells, ref as printed; OV rows (Source 'Overview') level overview, IMR rows (Source 'IMR – <agency>') level "
        "agency, the agency the body the text names; all local. The findings bullets, the box and the count line "
        "are not records. "
        "Actions: the eight rows, no action ref, recommendation_ref the merged Ref cell, agency_section overview for "
        "OV and agency for IMR rows, lead the Owner cell, target the Due cell dd-Mon-yy -> day, status: Closed -> "
        "complete, 'Open – on track' and 'Open – delayed' -> in_progress (both updates report work begun), 'Not "
        "started' -> not_started. IMR-H1's first row is split over the page break: its action, update and status "
        "continue at the top of page 2."
    ),
)

# --------- 5. SAR learning review: month headings with day-only paragraphs; What we found | What the Board should do
S5 = "sar_learning_review_month_headed_chronology_day_only_ordinal_paras_found_should_do_two_col_table_sar_r_refs_two_recs_one_cell_noto_sans_mono_orbistow"
O_SAB = "Orbistow Safeguarding Adults Board"
GOLD[S5] = dict(
    family="sar_learning_review_month_headed_day_only_chronology_found_should_do_table",
    description=(
        "SAR learning review, Noto Sans Mono 8.5, portrait, 2 pages, running head 'Orbistow SAB :: Learning review "
        ":: Duncan': a 'What happened' account under bold month headings ('January 2022') whose paragraphs give the "
        "day only ('On the 4th,' / 'On the 19th,'), one 'Towards the end of the month,'; 'Learning for "
        "practitioners' bullets said not to be recommendations; page 2 a two-column table What we found | What the "
        "Board should do, recommendations 'SAR-R1'-'SAR-R4' bold in the right cell, two in the last cell"
    ),
    review=dict(
        review_id=None,
        review_type="SAR",
        area="Orbistow",
        doc_kind="overview_report",
        author="Perpetua Lindqvist-Hale",
        victims=[{"pseudonym": "Duncan", "age": 51}],
        date_of_death="2022-03",
    ),
    review_alternatives={"area": [O_SAB]},
    recommendations=[
        R(
            "SAR-R1",
            O_SAB,
            "The Board should agree a multi-agency meeting whenever",
            ["multi_agency_working"],
        ),
        R(
            "SAR-R2",
            "Integrated Care Board",
            "The ICB should make sure that practices tell adult social care",
            ["information_sharing"],
        ),
        R(
            "SAR-R3",
            "Orbistow Fire and Rescue Service",
            "Orbistow Fire and Rescue Service should send its hoarding",
            ["information_sharing"],
        ),
        R(
            "SAR-R4",
            O_SAB,
            "The Board should add fire safety visits to its self-neglect",
            ["policy_procedure"],
        ),
    ],
    actions=[],
    chronology=[
        C(None, "January 2022", "On the 4th", "2022-01-04", "Duncan's landlord wrote to adult social care"),
        C(None, "January 2022", "On the 19th", "2022-01-19", "a social worker visited with the landlord"),
        C(None, "February 2022", "On the 2nd", "2022-02-02", "the GP practice removed Duncan from its list"),
        C(
            None,
            "February 2022",
            "Towards the end of the month",
            "2022-02",
            "a neighbour told the housing officer",
        ),
        C(None, "March 2022", "On the 11th", "2022-03-11", "the fire service fitted smoke alarms"),
        C(None, "March 2022", "On the 28th", "2022-03-28", "Duncan was found dead in the flat by police"),
    ],
    notes=(
        "plain pdftotext. A SAR learning review: review_type SAR, doc_kind overview_report, no review id, author the "
        "reviewer, Duncan 51, area Orbistow. date_of_death '2022-03': he was found dead on 28 March 2022 and no "
        "date of death is printed, so the month (a reader answering 28 March is right by the prefix rule). "
        "Recommendations: SAR-R1-SAR-R4 as printed, text after the ref, level overview, local; the left-hand 'What "
        "we found' cells and the practitioner bullets are not recommendations. Chronology: the six paragraphs, "
        "heading the month line above, the date the heading's month and year with the paragraph's day ('On the "
        "4th,' under 'January 2022' -> 2022-01-04), 'Towards the end of the month' -> the month only; text after "
        "the opening phrase and comma; not relative (the month heading is printed)."
    ),
)


def main():
    # An optional folder argument writes the .json files there (a scratch copy to compare with the committed ones).
    write_gold(GOLD, HERE, sys.argv[1] if len(sys.argv) > 1 else None, family_keys="after_file")


if __name__ == "__main__":
    main()
