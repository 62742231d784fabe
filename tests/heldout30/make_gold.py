"""Hand-written gold for heldout30 (blind set). Every field below was written by hand from the documents'
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

# Targets as printed -> the date a reader would file them under. "Ongoing" and "by the next Board meeting"
# name no date: null. A "w/c" date is the Monday printed; dd.mm.yy is the day; "Mar-25" / "June 2025" a month.
TARGETS = {
    "30.09.24": "2024-09-30",
    "31.03.25": "2025-03-31",
    "w/c 3 March 2025": "2025-03-03",
    "Ongoing": None,
    "by the next Board meeting": None,
    "31.12.24": "2024-12-31",
    "w/c 7 April 2025": "2025-04-07",
    "30.06.25": "2025-06-30",
    "June 2025": "2025-06",
    "December 2025": "2025-12",
    "April 2025": "2025-04",
    "September 2025": "2025-09",
    "Mar-25": "2025-03",
    "Jun-25": "2025-06",
    "Dec-25": "2025-12",
    "Sep-25": "2025-09",
}

# --------- 1. DHR tracker: rec table first, Date agreed / Target / Revised / RAG at last review
S1 = "dhr_tracker_rec_table_first_date_agreed_target_revised_rag_at_last_review_dotted_short_dates_wc_next_board_liberation_narrow_landscape_brackwinton"
RAG1 = {"Blue": "complete", "Green": "in_progress", "Amber": "in_progress", "Red": "not_started"}


def _b(ref, start, lead, target, rag):
    return A(ref, OV, ref.split(".")[0], start, lead, target, TARGETS[target], rag, RAG1[rag])


GOLD[S1] = dict(
    family="dhr_tracker_rec_table_first_date_agreed_target_revised_rag_at_last_review",
    description=(
        "Standalone DHR tracker, Liberation Sans Narrow 8.5, landscape, 2 pages: page 1 a label / value box, "
        "'Part A' a No. | Recommendation | Agency table (recs 1-4) and a RAG key; page 2 'Part B' ONE table "
        "Action ref | Action | Lead officer | Date agreed | Target date | Revised date | RAG at last review | "
        "Update, refs 1.1 ... 4.2; dates dd.mm.yy, 'w/c 3 March 2025', 'Ongoing', 'by the next Board "
        "meeting'; revised date '—' or dd.mm.yy; status only as a RAG word (Blue / Green / Amber / Red, the key "
        "saying Blue = completed, Red = not started); a closing count line"
    ),
    review=dict(
        review_id="BRK-07",
        review_type="DHR",
        area="Brackwinton",
        doc_kind="action_plan",
        author=None,
        victims=[{"pseudonym": "Maren", "age": 38}],
        date_of_death="2023-02-17",
    ),
    review_alternatives={"area": ["Safer Brackwinton Partnership"], "review_id": ["DHR BRK-07"]},
    recommendations=[
        R(
            "1",
            "Brackwinton Borough Council",
            "Brackwinton Borough Council should give its tenancy sustainment officers",
            ["information_sharing", "training"],
        ),
        R(
            "2",
            "Yarnholme Police",
            "Yarnholme Police should check, when a victim withdraws a complaint",
            ["risk_assessment"],
        ),
        R(
            "3",
            "Brackwinton Drug and Alcohol Service",
            "Brackwinton Drug and Alcohol Service should invite the partner",
            ["substance_misuse", "routine_enquiry"],
        ),
        R(
            "4",
            "Safer Brackwinton Partnership",
            "The Safer Brackwinton Partnership should publish a short guide for employers",
            ["awareness_public"],
        ),
    ],
    actions=[
        _b(
            "1.1",
            "Write a one-page concern form for sustainment officers",
            "Tenancy Services Manager",
            "30.09.24",
            "Blue",
        ),
        _b(
            "1.2",
            "Train all sustainment officers on coercive control",
            "Learning and Development Lead",
            "31.03.25",
            "Amber",
        ),
        _b(
            "2.1",
            "Add a withdrawal question set to the crime recording system",
            "Detective Chief Inspector, Safeguarding",
            "w/c 3 March 2025",
            "Green",
        ),
        _b(
            "2.2",
            "Dip-sample twenty withdrawn complaints each quarter",
            "Force Audit Team",
            "Ongoing",
            "Green",
        ),
        _b(
            "3.1",
            "Change the assessment template to offer a partner appointment",
            "Service Manager",
            "by the next Board meeting",
            "Red",
        ),
        _b(
            "4.1",
            "Draft the employers' guide with two local businesses",
            "Partnership Officer",
            "31.12.24",
            "Blue",
        ),
        _b(
            "4.2",
            "Send the guide to the Chamber of Commerce mailing list",
            "Partnership Officer",
            "w/c 7 April 2025",
            "Amber",
        ),
    ],
    chronology=[],
    notes=(
        "-layout pdftotext. A standalone DHR tracker: review_type DHR, doc_kind action_plan, review id 'BRK-07' "
        "(printed 'DHR BRK-07', accepted too), no author, Maren 38, died 17 February 2023, area Brackwinton. "
        "Recommendations: the four rows of Part A's No. | Recommendation | Agency table, ref the No. cell, agency "
        "the Agency cell, level overview, all local. Actions: the seven Part B rows, ref the Action ref cell, "
        "recommendation_ref its number before the dot, agency_section overview, lead the Lead officer cell. "
        "Target: the Target date cell (NOT Date agreed, which is when the Board agreed the action, and NOT "
        "Revised date, which moves the target later and is left out of the record); dd.mm.yy -> the day, "
        "'w/c <date>' -> that Monday, 'Ongoing' and 'by the next Board meeting' -> null date with the raw kept. "
        "Status: the 'RAG at last review' word, read through the printed key: Blue -> complete, Green / Amber "
        "-> in_progress, Red -> not_started (the key says so). The Update column is not a status. No chronology."
    ),
)

# --------- 2. SAR overview: agency band chronology, bordered recommendation boxes
S2 = "sar_overview_agency_band_chronology_dates_only_in_rows_bordered_rec_boxes_single_multi_agency_labels_dejavu_sans_light_oswelby"
O_SAB = "Oswelby Safeguarding Adults Board"
O_GP = "Oswelby Medical Practice"
O_ASC = "Oswelby Adult Social Care"

GOLD[S2] = dict(
    family="sar_overview_agency_band_chronology_dates_only_in_rows_bordered_rec_boxes",
    description=(
        "SAR overview report, DejaVu Sans Light 9.5 (pdffonts: DejaVuSans-ExtraLight), portrait, 2 pages: a "
        "two-column Date | Contact chronology grouped under full-width shaded AGENCY band rows (the dates only "
        "in the rows, so the whole table is not in date order), findings bullets, then four recommendations each "
        "a bordered one-cell box whose bold first line is 'Recommendation N (multi-agency)' or 'Recommendation N "
        "(single agency – <body>)' over the recommendation sentence; box 4's label and sentence are split by the "
        "page break; no plan"
    ),
    review=dict(
        review_id=None,
        review_type="SAR",
        area="Oswelby",
        doc_kind="overview_report",
        author="Wynne Halloran",
        victims=[{"pseudonym": "Mr Thorne", "age": 81}],
        date_of_death="2023-01-24",
    ),
    review_alternatives={"area": [O_SAB]},
    recommendations=[
        R(
            "1",
            O_SAB,
            "The Board should agree how agencies share a concern about financial abuse",
            ["information_sharing", "multi_agency_working"],
        ),
        R(
            "2",
            O_ASC,
            "Adult Social Care should not close a concern about a person who depends",
            ["policy_procedure"],
        ),
        R(
            "3",
            O_GP,
            "The practice should follow up a missed appointment after recorded weight loss",
            ["policy_procedure"],
        ),
        R(
            "4",
            O_SAB,
            "The Board should ask its member agencies to report, within six months",
            ["multi_agency_working", "quality_assurance"],
        ),
    ],
    actions=[],
    chronology=[
        C(None, O_GP, "14 March 2022", "2022-03-14", "Annual review. Mr Thorne said he was managing"),
        C(None, O_GP, "2 November 2022", "2022-11-02", "Nurse noted weight loss of six kilograms"),
        C(None, O_GP, "30 November 2022", "2022-11-30", "The follow-up was missed. No further contact"),
        C(None, O_ASC, "21 June 2022", "2022-06-21", "A neighbour reported that Mr Thorne's pension"),
        C(None, O_ASC, "5 July 2022", "2022-07-05", "Case closed after a telephone call in which"),
        C(
            None,
            "Cressbury Ambulance Service",
            "9 January 2023",
            "2023-01-09",
            "Crew found Mr Thorne on the floor",
        ),
        C(
            None,
            "Oswelby Police",
            "10 January 2023",
            "2023-01-10",
            "Hospital staff reported concerns about neglect",
        ),
    ],
    notes=(
        "plain pdftotext. A SAR overview report: review_type SAR, doc_kind overview_report, no review id printed, "
        "author the independent reviewer, Mr Thorne 81 died in hospital 24 January 2023 (found 9 January), area "
        "Oswelby. Recommendations: the four bordered boxes, ref the number in the label line, text the sentence "
        "UNDER the label (not the label), level overview, all local; agency: '(single agency – X)' -> X, "
        "'(multi-agency)' boxes start 'The Board' -> the SAB. The findings bullets are not recommendations. No "
        "actions. Chronology: the seven rows in printed order, heading the agency band the row sits under, date "
        "the Date cell, text the Contact cell; band rows are not entries."
    ),
)

# --------- 3. CSPR: week-commencing chronology; plan status symbols
S3 = "cspr_week_commencing_chronology_agency_col_numbered_recs_plan_tick_cross_half_symbol_status_key_caladea_penhallock"
P_SCP = "Penhallock Safeguarding Children Partnership"
SYM = {"✓": "complete", "◐": "in_progress", "✗": "not_started"}


def _p(rec, start, lead, target, sym):
    return A(None, OV, rec, start, lead, target, TARGETS[target], sym, SYM[sym])


GOLD[S3] = dict(
    family="cspr_week_commencing_chronology_numbered_recs_plan_tick_cross_half_symbol_status",
    description=(
        "Child safeguarding practice review, Caladea 10.5 (symbols drawn from DejaVu), portrait, 2 pages, footer "
        "without 'of Y': a three-column Week commencing | Agency | What happened chronology whose date cells read "
        "'w/c dd/mm/yyyy' (two rows share a week); recommendations '1.' - '3.' as hanging paragraphs; page 2 a "
        "'Partnership action plan' Rec | Action | Lead | By when | Done? where Done? holds ONLY a symbol (✓ / ◐ / "
        "✗) explained by a key line above the table; By when '31.03.25', 'by the next Board meeting', 'Ongoing'"
    ),
    review=dict(
        review_id=None,
        review_type="SCR",
        area="Penhallock",
        doc_kind="overview_report",
        author="Seren Abernethy",
        victims=[{"pseudonym": "Isla", "age": 9}],
        date_of_death=None,
    ),
    review_alternatives={"area": [P_SCP]},
    recommendations=[
        R(
            "1",
            P_SCP,
            "The Partnership should make sure that referrals describing a child",
            ["children", "policy_procedure"],
        ),
        R(
            "2",
            "Penhallock Police",
            "Penhallock Police should tell a child's school when officers attend",
            ["children", "information_sharing"],
        ),
        R(
            "3",
            "Health visiting service",
            "The health visiting service should follow up when a parent cancels",
            ["children", "policy_procedure"],
        ),
    ],
    actions=[
        _p(
            "1",
            "Review the screening guidance for referrals that mention a child",
            "Head of Front Door",
            "31.03.25",
            "✓",
        ),
        _p(
            "1",
            "Audit ten screened referrals from schools",
            "Quality Assurance Manager",
            "by the next Board meeting",
            "◐",
        ),
        _p(
            "2",
            "Share police attendance at arguments with the school",
            "Penhallock Police, Public Protection",
            "30.06.25",
            "✗",
        ),
        _p(
            "3",
            "Build a prompt into the health visiting record",
            "Health Visiting Lead",
            "Ongoing",
            "◐",
        ),
    ],
    chronology=[
        C(None, None, "w/c 06/03/2023", "2023-03-06", "Teacher noticed that Isla (aged 9) had come"),
        C(None, None, "w/c 06/03/2023", "2023-03-06", "Isla told the nurse she had been looking after"),
        C(None, None, "w/c 17/04/2023", "2023-04-17", "Referral from the school screened; no visit"),
        C(None, None, "w/c 12/06/2023", "2023-06-12", "Officers attended an argument between the parents"),
        C(None, None, "w/c 24/07/2023", "2023-07-24", "The baby's twelve-month check was cancelled"),
    ],
    notes=(
        "plain pdftotext. A child safeguarding practice review: review_type SCR (the schema's child review "
        "type), doc_kind overview_report, no review id, author the lead reviewer (no 'Dr'), Isla 9 survived -> "
        "date_of_death null, area Penhallock. Recommendations: '1.'-'3.', level overview, all local; 'The "
        "Partnership' -> the SCP; rec 3 names only 'the health visiting service' (kept as printed). Actions: the "
        "four plan rows, no action ref (the Rec cell is the recommendation's number), lead the Lead cell; "
        "status the Done? symbol through the key (✓ complete, ◐ in_progress, ✗ not_started), status_raw the "
        "symbol; targets dd.mm.yy -> day, 'by the next Board meeting' / 'Ongoing' -> null. Chronology: the five "
        "rows, text the What happened cell (the Agency cell is not part of it), date the Monday printed after "
        "'w/c' (the week's first day, as printed), not relative."
    ),
)

# --------- 4. DHR exec summary: learning and recommendations in ONE numbered list; plan repeats the rec
S4 = "dhr_exec_summary_learning_and_recs_one_numbered_list_plan_rec_no_and_text_repeated_each_action_row_dejavu_serif_condensed_dunstarrow"
D_HOS = "Dunstarrow Hospitals NHS Trust"
D_CSP = "Dunstarrow Community Safety Partnership"
D_HA = "Dunstarrow Housing Association"
WORDS4 = {"Complete": "complete", "Ongoing": "in_progress", "Not started": "not_started"}


def _d(rec, start, lead, target, word):
    return A(None, OV, rec, start, lead, target, TARGETS[target], word, WORDS4[word])


GOLD[S4] = dict(
    family="dhr_exec_summary_learning_and_recs_one_numbered_list_plan_rec_repeated_each_row",
    description=(
        "DHR executive summary, DejaVu Serif Condensed 9, portrait, 2 pages: section 2 is ONE numbered list "
        "'1.' - '6.' whose items open with a bold 'Learning:' or 'Recommendation:' label (items 2, 4, 5 are "
        "recommendations; 1, 3, 6 learning); page 2 an action plan Rec no. | Recommendation | Action | Lead "
        "agency | Completion date | Status where the recommendation's number AND full text are repeated on "
        "every action row (rec 2 has two rows); month-year dates; Complete / Ongoing / Not started"
    ),
    review=dict(
        review_id="2023/02",
        review_type="DHR",
        area="Dunstarrow",
        doc_kind="executive_summary",
        author="Lucan Treharne",
        victims=[{"pseudonym": "Farida", "age": 46}],
        date_of_death="2023-04-02",
    ),
    review_alternatives={"area": [D_CSP], "review_id": ["DHR 2023/02", "Dunstarrow DHR 2023/02"]},
    recommendations=[
        R("2", D_HOS, "Dunstarrow Hospitals NHS Trust should make sure that a patient", ["routine_enquiry"]),
        R(
            "4",
            D_CSP,
            "The Dunstarrow Community Safety Partnership should fund a telephone interpreting line",
            ["specialist_support"],
        ),
        R(
            "5",
            D_HA,
            "Dunstarrow Housing Association should add a question about safety",
            ["routine_enquiry"],
        ),
    ],
    actions=[
        _d("2", "Emergency department staff briefed on offering time alone", D_HOS, "June 2025", "Complete"),
        _d("2", "Audit of thirty injury attendances for a recorded offer", D_HOS, "December 2025", "Ongoing"),
        _d("4", "Contract for an on-demand interpreting line agreed", D_CSP, "April 2025", "Complete"),
        _d(
            "5",
            "Tenancy check form revised and staff told of the change",
            D_HA,
            "September 2025",
            "Not started",
        ),
    ],
    chronology=[],
    notes=(
        "-layout pdftotext. A DHR executive summary: review_type DHR, doc_kind executive_summary, review id "
        "'2023/02' (the printed 'DHR 2023/02' forms accepted), author the independent chair and author, Farida "
        "46 died 2 April 2023, area Dunstarrow. Recommendations: ONLY the items labelled 'Recommendation:' in "
        "the one numbered list (2, 4, 5), ref the list number, text after the label; the 'Learning:' items 1, 3, "
        "6 are NOT recommendations. Agency the body the sentence names. Actions: the four plan rows (one record "
        "per row, the repeated recommendation text is not an action), no action ref, recommendation_ref the "
        "Rec no. cell, lead the Lead agency cell, target month-year -> month, Complete -> complete, Ongoing -> "
        "in_progress, Not started -> not_started. No chronology."
    ),
)

# --------- 5. APR learning summary form: numbered boxes; recs in Box 4, plan in Box 5
S5 = "apr_learning_summary_form_numbered_boxes_recs_box4_plan_box5_achieved_partially_not_yet_started_dejavu_mono_lindquay"
L_HB = "Lindquay University Health Board"
L_CC = "Lindquay County Council"
L_RSB = "Lindquay Regional Safeguarding Board"
WORDS5 = {"Achieved": "complete", "Partially achieved": "in_progress", "Not yet started": "not_started"}


def _l(rec, start, lead, target, word):
    return A(None, OV, rec, start, lead, target, TARGETS[target], word, WORDS5[word])


GOLD[S5] = dict(
    family="apr_learning_summary_form_numbered_boxes_recs_box4_plan_box5",
    description=(
        "Welsh-style concise adult practice review learning summary FORM, DejaVu Sans Mono 9, portrait, 2 "
        "pages: a label / value box (Board reference, Type of review, Adult, Reviewer) then numbered one-column "
        "boxes each a shaded label row 'Box N  <title>' over a text row: Box 1 outline, Box 2 good practice "
        "bullets, Box 3 learning bullets, Box 4 recommendations '4.1' - '4.3' as lines in one cell; page 2 Box 5 "
        "'Action plan' (a progress legend in the box) followed by a Rec | Action | Lead | Target | Progress table "
        "(Mon-yy targets, Achieved / Partially achieved / Not yet started, rec 4.2 on two rows), Box 6 sign-off"
    ),
    review=dict(
        review_id="LQ/2024/03",
        review_type="SAR",
        area="Lindquay",
        doc_kind="overview_report",
        author="Anwen Pritchard-Lowe",
        victims=[{"pseudonym": "Mrs G", "age": 88}],
        date_of_death="2024-05-19",
    ),
    review_alternatives={"area": [L_RSB], "review_type": ["APR"], "review_id": ["APR LQ/2024/03"]},
    recommendations=[
        R("4.1", L_HB, "The Health Board should make sure that ward staff record", ["record_keeping"]),
        R("4.2", L_CC, "The County Council should check who actually provides care", ["policy_procedure"]),
        R(
            "4.3",
            L_RSB,
            "The Regional Safeguarding Board should bring ward and community staff",
            ["training"],
        ),
    ],
    actions=[
        _l("4.1", "Write a standard for recording mental capacity", L_HB, "Mar-25", "Achieved"),
        _l("4.2", "Add carers' assessment prompts to the reablement", L_CC, "Jun-25", "Partially achieved"),
        _l("4.2", "Check twenty referrals for a completed prompt", L_CC, "Dec-25", "Not yet started"),
        _l(
            "4.3",
            "Hold a joint learning session for ward and community",
            "Regional Safeguarding Board",
            "Sep-25",
            "Achieved",
        ),
    ],
    chronology=[],
    notes=(
        "-layout pdftotext. A Welsh concise adult practice review learning summary: review_type SAR (the "
        "schema has no Welsh type; APR accepted as in earlier sets), doc_kind overview_report, review id "
        "'LQ/2024/03' ('APR LQ/2024/03' accepted), author the Reviewer, Mrs G 88 died 19 May 2024, area "
        "Lindquay. Recommendations: the three '4.N' lines of Box 4, ref '4.1'-'4.3', level overview, all local; "
        "'The Health Board' / 'The County Council' / 'The Regional Safeguarding Board' -> the Lindquay bodies "
        "the plan's Lead column names. Box 2 / Box 3 bullets are not recommendations. Actions: the four Box 5 "
        "rows, no action ref (the Rec cell is the recommendation's ref), lead the Lead cell as printed, Mon-yy "
        "-> month, Achieved -> complete, Partially achieved -> in_progress, Not yet started -> not_started. No "
        "chronology."
    ),
)


def main():
    # An optional folder argument writes the .json files there (a scratch copy to compare with the committed ones).
    write_gold(GOLD, HERE, sys.argv[1] if len(sys.argv) > 1 else None, family_keys="after_file")


if __name__ == "__main__":
    main()
