"""Hand-written gold for heldout28 (blind set). Every field below was written by hand from the documents'
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

# --------- 1. DHR action plan, actions numbered inside the recommendation cell (Liberation Mono 8.5)
S1 = "dhr_plan_actions_numbered_inside_rec_cell_row_lead_date_status_achieved_words_mono_quernhallow"
Q_CSP = "Quernhallow Safer Communities Partnership"
Q_BC = "Quernhallow Borough Council"
Q_GP = "Quernhallow General Practice Alliance"
Q_POL = "Hallowfell Police"
WORDS1 = {"Achieved": "complete", "Partly achieved": "in_progress", "Not achieved": "not_started"}
MONTHS1 = {"Mar 2025": "2025-03", "Dec 2024": "2024-12", "Sep 2025": "2025-09", "Jun 2025": "2025-06"}
MONTHS1["Jan 2026"] = "2026-01"


def _q(ref, start, lead, raw, word):
    return A(ref, OV, ref.split(".")[0], start, lead, raw, MONTHS1[raw], word, WORDS1[word])


GOLD[S1] = dict(
    family="dhr_plan_actions_numbered_inside_rec_cell_row_lead_date_status",
    description=(
        "Standalone DHR action plan, Liberation Mono 8.5, portrait, 2 pages: page 1 a title block, a label / "
        "value box (review reference, subject and age, date of death, plan owner, last updated) and a 'How to "
        "read this plan' lead-in; page 2 ONE table No. | Recommendation and actions | Lead agency | By | "
        "Status, one row per recommendation: the Recommendation cell holds the recommendation sentence, an "
        "italic 'Actions:' line and the actions numbered inside the same cell ('1.1 ...', '1.2 ...', up to "
        "'3.3'), each action wrapped over one to three lines; Lead agency, By (month 'Mar 2025') and Status "
        "('Achieved', 'Partly achieved', 'Not achieved', the last two wrapped) are given once per row for the "
        "recommendation as a whole; a closing 'Next review' line"
    ),
    review=dict(
        review_id="QSCP/DHR/2021/03",
        review_type="DHR",
        area="Quernhallow",
        doc_kind="action_plan",
        author=None,
        victims=[{"pseudonym": "Annis", "age": 37}],
        date_of_death="2021-06-14",
    ),
    review_alternatives={"area": [Q_CSP]},
    recommendations=[
        R(
            "1",
            Q_BC,
            "Quernhallow Borough Council should make sure that a tenant who reports damage",
            ["routine_enquiry", "other"],
        ),
        R(
            "2",
            Q_GP,
            "Quernhallow General Practice Alliance should remind practices that a patient",
            ["routine_enquiry"],
        ),
        R(
            "3",
            Q_POL,
            "Hallowfell Police should make sure that officers attending a domestic incident",
            ["record_keeping", "children"],
        ),
        R(
            "4",
            Q_CSP,
            "The Partnership should ask the drug and alcohol service to screen every new client",
            ["substance_misuse", "routine_enquiry"],
        ),
        R(
            "5",
            Q_CSP,
            "The Partnership should write to the Home Office asking for guidance on reviews",
            ["policy_procedure"],
        ),
    ],
    actions=[
        _q("1.1", "Add a safety prompt to the repairs call script", Q_BC, "Mar 2025", "Achieved"),
        _q(
            "1.2",
            "Train repairs call handlers to pass a disclosure to the tenancy safety officer",
            Q_BC,
            "Mar 2025",
            "Achieved",
        ),
        _q(
            "2.1",
            "Issue a practice bulletin and add the point to the annual safeguarding update",
            Q_GP,
            "Dec 2024",
            "Achieved",
        ),
        _q(
            "3.1",
            "Amend the domestic abuse attendance form to include a children's voice section",
            Q_POL,
            "Sep 2025",
            "Partly achieved",
        ),
        _q(
            "3.2",
            "Dip-sample 40 attendance forms six months after the change",
            Q_POL,
            "Sep 2025",
            "Partly achieved",
        ),
        _q(
            "3.3",
            "Report the dip-sample findings to the Partnership's DHR subgroup",
            Q_POL,
            "Sep 2025",
            "Partly achieved",
        ),
        _q(
            "4.1",
            "Agree a screening question set with the service's clinical lead",
            Q_CSP,
            "Jun 2025",
            "Partly achieved",
        ),
        _q(
            "4.2",
            "Include screening rates in the service's quarterly contract report",
            Q_CSP,
            "Jun 2025",
            "Partly achieved",
        ),
        _q(
            "5.1",
            "Draft and send the letter through the Partnership chair",
            Q_CSP,
            "Jan 2026",
            "Not achieved",
        ),
        _q("5.2", "Share any reply with the regional DHR network", Q_CSP, "Jan 2026", "Not achieved"),
    ],
    chronology=[],
    notes=(
        "pdftotext -layout. A standalone DHR action plan: review_type DHR, doc_kind action_plan, review id as "
        "printed in the box and running head, no author; Annis, 37, died 14 June 2021 (the box); area "
        "Quernhallow (the Partnership). Recommendations: the five sentences that open the Recommendation "
        "cells (ending before 'Actions:'), ref the No. cell, level overview, all local; agency the body the "
        "sentence names ('The Partnership' -> the Safer Communities Partnership; rec 5 asks the Partnership to "
        "write to the Home Office, so it stays local). Actions: the ten numbered lines inside the cells, one "
        "action each, ref as printed ('1.1' ... '5.2'), recommendation_ref the part before the dot, "
        "agency_section overview (no bands), lead the row's Lead agency cell, target the row's By month, "
        "status the row's Status word for every action of the row (the lead-in says lead, date and status "
        "are for the recommendation as a whole): Achieved -> complete, Partly achieved -> in_progress, Not "
        "achieved -> not_started. The 'Actions:' line, the box, the lead-in and 'Next review' are not "
        "records. No chronology."
    ),
)

# --------- 2. SAB tracker exported from a spreadsheet (DejaVu Sans Mono 8.5, landscape)
S2 = "sar_tracker_percent_complete_date_completed_iso_dates_rec_repeated_each_row_dejavu_mono_landscape_ulvercombe"
U_SAB = "Ulvercombe Safeguarding Adults Board"
U_ASC = "Ulvercombe Adult Social Care"
U_CNT = "Ulvercombe Community Nursing Trust"
U_FRS = "Ulvercombe Fire and Rescue Service"


def _pct(p):
    return {"100%": "complete", "0%": "not_started"}.get(p, "in_progress")


def _u(ref, start, lead, target, pct):
    return A(ref, OV, ref[0], start, lead, target, target, pct, _pct(pct))


GOLD[S2] = dict(
    family="sar_tracker_percent_complete_date_completed_iso_dates_rec_repeated_each_row",
    description=(
        "Safeguarding Adults Board SAR tracker exported from a spreadsheet, DejaVu Sans Mono 8.5, landscape, 2 "
        "pages, footer '<label>  N' without 'of Y': a title '(sheet 2 of 3)', a paragraph giving the Board "
        "reference, the adult's age and month of death, and a key line explaining '% complete' and 'Date "
        "completed' with a summary carrying percentages ('4 closed (36%); mean completion 51%'); then ONE "
        "table Rec | Recommendation | Act | Action | Owner | Target date | % complete | Date completed whose "
        "Rec number and full recommendation text are REPEATED on every action row (not merged), action refs "
        "'1a', '1b', '2a' ... in the Act column, ISO dates ('2024-12-31'), completion as a percentage ('100%', "
        "'75%', '50%', '25%', '10%', '0%'), a completion date only on closed rows and blank otherwise, the "
        "header cells '% complete' and 'Date completed' wrapped, and rec 5's first row broken over the page "
        "with the header repeated"
    ),
    review=dict(
        review_id="USAB-SAR-2023-02",
        review_type="SAR",
        area="Ulvercombe",
        doc_kind="action_plan",
        author=None,
        victims=[{"pseudonym": "Lazlo", "age": 58}],
        date_of_death="2023-02",
    ),
    review_alternatives={"area": [U_SAB]},
    recommendations=[
        R(
            "1",
            U_ASC,
            "Ulvercombe Adult Social Care should make sure that a self-neglect assessment",
            ["risk_assessment", "other"],
        ),
        R(
            "2",
            U_CNT,
            "Ulvercombe Community Nursing Trust should share wound-care concerns with the GP",
            ["information_sharing"],
        ),
        R(
            "3",
            U_SAB,
            "The Board should publish a short guide for practitioners on using the Mental Capacity",
            ["policy_procedure"],
        ),
        R(
            "4",
            U_FRS,
            "Ulvercombe Fire and Rescue Service should refer to adult social care any person",
            ["multi_agency_working", "risk_assessment"],
        ),
        R(
            "5",
            U_SAB,
            "The Board should ask its partners to agree one lead professional",
            ["multi_agency_working"],
            line=203,  # its first printing, broken over the page (page 2 repeats it for 5b)
        ),
    ],
    actions=[
        _u(
            "1a",
            "Change the case system so that a second refusal opens",
            "Head of Adult Social Care Systems",
            "2024-12-31",
            "100%",
        ),
        _u(
            "1b",
            "Audit twenty refusals to check the task is acted on",
            "Principal Social Worker",
            "2025-06-30",
            "50%",
        ),
        _u(
            "2a",
            "Add a missed-visit escalation step to the district nursing",
            "Lead Nurse, Community Services",
            "2025-03-31",
            "100%",
        ),
        _u(
            "2b",
            "Brief all district nursing teams on the new step",
            "Lead Nurse, Community Services",
            "2025-05-31",
            "75%",
        ),
        _u(
            "2c",
            "Check compliance through the quarterly record audit",
            "Quality and Safety Manager",
            "2025-10-31",
            "0%",
        ),
        _u(
            "3a",
            "Write the guide with the Board's Mental Capacity Act lead",
            "Board Business Manager",
            "2025-01-31",
            "100%",
        ),
        _u("3b", "Hold two lunchtime briefings on the guide", "Board Training Officer", "2025-07-31", "25%"),
        _u(
            "4a",
            "Add a hoarding referral route to the home fire safety visit",
            "Prevention Manager",
            "2025-09-30",
            "0%",
        ),
        _u(
            "4b",
            "Report the number of hoarding referrals to the Board each quarter",
            "Prevention Manager",
            "2025-12-31",
            "0%",
        ),
        _u(
            "5a",
            "Add a lead professional section to the multi-agency self-neglect procedure",
            "Chair, Policy and Procedures Subgroup",
            "2025-04-30",
            "100%",
        ),
        _u(
            "5b",
            "Ask each partner to confirm that its staff know the new section",
            "Board Business Manager",
            "2025-09-30",
            "10%",
        ),
    ],
    chronology=[],
    notes=(
        "plain pdftotext (cells one per line). A SAB's SAR tracker: review_type SAR, doc_kind action_plan, id "
        "the 'Board reference', no author; Lazlo, 58, died 'in February 2023' (month); area Ulvercombe (the "
        "Board). Recommendations: five, one per Rec number although each text is printed on every action row "
        "(the repeats are the same recommendation, not new ones), ref the Rec cell, level overview, all local, "
        "agency the body the text names ('The Board' -> the SAB). Actions: the eleven rows, ref the Act cell "
        "('1a' ...), recommendation_ref the Rec cell, agency_section overview, lead the Owner cell, target the "
        "ISO date (day). Status from '% complete' (the key says 100% means the owner reports it finished): "
        "100% -> complete, 0% -> not_started, any other percentage -> in_progress; status_raw the percentage. "
        "'Date completed' is the subgroup's closure date, not a target, and is not a status of its own (every "
        "closed row is also 100%). The summary percentages, the key and the sheet line are not records. No "
        "chronology."
    ),
)

# --------- 3. Scottish adult protection learning review (Caladea 9.5)
S3 = "asp_learning_review_scotland_source_first_chron_over_page_recommendation_headings_rationale_caladea_glenmorrach"
G_APC = "Glenmorrach Adult Protection Committee"
G_HSCP = "Glenmorrach Health and Social Care Partnership"

GOLD[S3] = dict(
    family="asp_learning_review_scotland_source_first_chron_recommendation_headings_rationale",
    description=(
        "Scottish adult protection learning review, Caladea 9.5, portrait, 2 pages, running head the "
        "committee and footer '<label> – page X of Y': title block with 'Lead reviewer: ...  Committee "
        "reference: ...  Published: ...' on one line, introduction and background sub-sections (About, How "
        "the review was done, Terms used), '2. Key events' as a table Source | Date | Event | Significance with "
        "the SOURCE (the recording service, wrapped over two lines in places) FIRST, dd/mm/yyyy dates and one "
        "'w/c 14/03/2022' (week commencing) wrapped over two lines, the last row alone on page 2 under the "
        "repeated header with an empty Significance cell; 'What we learned' bullets; '4. Recommendations' as "
        "bold 'Recommendation N' lines each followed by a plain paragraph (the recommendation) and an italic "
        "'Rationale: ...' paragraph; 'Next steps' says an improvement plan will follow (no plan)"
    ),
    review=dict(
        review_id="LR 02/23",
        review_type=None,
        area="Glenmorrach",
        doc_kind="overview_report",
        author="Seonaid Achterlonie",
        victims=[{"pseudonym": "Ruaraidh", "age": 61}],
        date_of_death="2023-01-08",
    ),
    review_alternatives={"area": [G_APC]},
    recommendations=[
        R(
            "1",
            G_APC,
            "The Committee should make sure that, when a person declines support while the person",
            ["routine_enquiry", "risk_assessment"],
        ),
        R(
            "2",
            G_HSCP,
            "Glenmorrach Health and Social Care Partnership should record its view on each part",
            ["record_keeping", "risk_assessment"],
        ),
        R(
            "3",
            None,
            "Hospital discharge teams should make an adult protection referral when staff",
            ["multi_agency_working", "risk_assessment"],
        ),
        R(
            "4",
            None,
            "Care at Home providers should tell the social work team within one working day",
            ["information_sharing"],
        ),
    ],
    actions=[],
    chronology=[
        C(None, None, "11/01/2022", "2022-01-11", "Ruaraidh attended for a review of his breathing"),
        C(
            None,
            None,
            "03/03/2022",
            "2022-03-03",
            "Adult protection referral from a neighbour about Ruaraidh's",
        ),
        C(None, None, "w/c 14/03/2022", "2022-03-14", "Officers visited with a social worker"),
        C(None, None, "29/04/2022", "2022-04-29", "Case conference not held; the inquiry was closed"),
        C(None, None, "17/08/2022", "2022-08-17", "Ruaraidh was taken to hospital after a fall"),
        C(None, None, "24/08/2022", "2022-08-24", "Discharged home with a package of care four times a day"),
        C(None, None, "10/10/2022", "2022-10-10", "Carers were refused entry by the brother on three visits"),
        C(None, None, "08/01/2023", "2023-01-08", "Ruaraidh was found dead at home"),
    ],
    notes=(
        "pdftotext -layout. A Scottish adult protection learning review: review_type null (the schema has no "
        "Scottish type; the sets' Scottish reviews carry none), doc_kind overview_report, review id the "
        "'Committee reference', author the lead reviewer; Ruaraidh, 61, died 8 January 2023 (the "
        "introduction; the last key event agrees); area Glenmorrach (the committee). Recommendations: the "
        "four paragraphs under the bold 'Recommendation N' lines, ref N, level overview, all local; agency the "
        "body named ('The Committee' -> the Adult Protection Committee; the HSCP by name); 'Hospital "
        "discharge teams' and 'Care at Home providers' name no single body: null. The 'Rationale:' paragraphs, "
        "the learning bullets and Next steps are not recommendations. No actions (the plan is promised, not "
        "printed). Chronology: the eight Key events rows, one entry each, text the Event cell (the Source cell "
        "is the agency, the Significance cell the review's comment), date the Date cell: dd/mm/yyyy -> day; "
        "'w/c 14/03/2022' -> the week's first day 2022-03-14 (approximate); the last row sits on page 2 under "
        "the repeated header."
    ),
)

# --------- 4. DHR executive summary: year band rows over day-month cells; plan with completion dates (Arial Narrow)
S4 = "dhr_exec_summary_year_band_chron_day_month_cells_numbered_recs_plan_completed_date_only_narrow_ashenthorpe"
A_POL = "Ashenthorpe Police"
A_CSP = "Ashenthorpe Community Safety Partnership"


def _a(rec, start, lead, raw, iso, done):
    if done is None:
        return A(None, OV, rec, start, lead, raw, iso, None, "unknown")
    word = "in_progress" if done == "Ongoing" else "complete"
    return A(None, OV, rec, start, lead, raw, iso, done, word)


GOLD[S4] = dict(
    family="dhr_exec_summary_year_band_chron_day_month_cells_numbered_recs_plan_completed_date_only",
    description=(
        "DHR executive summary, Arial Narrow 10 (Liberation Sans Narrow), portrait, 2 pages: title block with "
        "'Independent Chair and Author:', '1. The review' paragraph with the death, '2. Summary of contact with "
        "services' as a table Date | Agency | What happened with FULL-WIDTH shaded YEAR rows ('2020', '2021') "
        "and date cells that carry no year: '14 Mar', 'late Jun', '3 Aug', 'May' (plain pdftotext prints the "
        "two year rows after all the other cells); '3. Recommendations' as hanging '1.'-'4.' paragraphs; page "
        "2 '4. Action plan' with a lead-in and a table Rec | Action | Who | Target | Completed where Completed "
        "holds only a closure date ('12/02/2023'), the word 'Ongoing', or nothing; dd/mm/yyyy targets"
    ),
    review=dict(
        review_id=None,
        review_type="DHR",
        area="Ashenthorpe",
        doc_kind="executive_summary",
        author="Pelagia Ormondroyd",
        victims=[{"pseudonym": "Mirela", "age": 33}],
        date_of_death="2021-11-19",
    ),
    review_alternatives={"area": [A_CSP]},
    recommendations=[
        R(
            "1",
            A_POL,
            "Ashenthorpe Police should review how doorstep conversations at domestic incidents",
            ["record_keeping"],
        ),
        R(
            "2",
            "IDVA service",
            "The IDVA service should try at least one other way of contacting a victim",
            ["specialist_support"],
        ),
        R(
            "3",
            "Hospital Trust",
            "The Hospital Trust should ask about domestic abuse whenever an adult attends",
            ["routine_enquiry"],
        ),
        R("4", A_CSP, "The Partnership should run a campaign with local employers", ["awareness_public"]),
    ],
    actions=[
        _a(
            "1",
            "Add a free-text 'what the victim said' field to the attendance record",
            A_POL,
            "31/03/2023",
            "2023-03-31",
            "12/02/2023",
        ),
        _a(
            "1",
            "Brief response teams on using the new field",
            A_POL,
            "30/06/2023",
            "2023-06-30",
            "03/07/2023",
        ),
        _a(
            "2",
            "Change the closure procedure to require a letter or text",
            "IDVA Service Manager",
            "31/05/2023",
            "2023-05-31",
            "Ongoing",
        ),
        _a(
            "3",
            "Add routine enquiry to the emergency department injury triage form",
            "Hospital Trust Safeguarding Lead",
            "30/09/2023",
            "2023-09-30",
            None,
        ),
        _a(
            "4",
            "Hold two employer events and publish a guide for managers",
            "Community Safety Manager",
            "31/03/2024",
            "2024-03-31",
            None,
        ),
    ],
    chronology=[
        C(None, "2020", "14 Mar", "2020-03-14", "Mirela saw her GP with low mood"),
        C(None, "2020", "late Jun", "2020-06", "A neighbour called police about shouting"),
        C(None, "2020", "3 Aug", "2020-08-03", "Mirela asked to move to a one-bedroom flat"),
        C(None, "2021", "9 Feb", "2021-02-09", "Mirela reported that Mr V had pushed her"),
        C(None, "2021", "22 Feb", "2021-02-22", "Referral received; three calls went unanswered"),
        C(None, "2021", "May", "2021-05", "Mirela attended the emergency department with a hand injury"),
        C(None, "2021", "19 Nov", "2021-11-19", "Police were called to the flat and found Mirela dead"),
    ],
    notes=(
        "plain pdftotext. DHR executive summary: no review id, author the 'Independent Chair and Author:' line; "
        "Mirela, 33, killed 19 November 2021 (the review paragraph); area Ashenthorpe (the CSP in the running "
        "head). Recommendations: the four numbered paragraphs, ref the number without its dot, level overview, "
        "all local, agency the body named ('The Partnership' -> the CSP; 'The IDVA service' and 'The Hospital "
        "Trust' as printed). Actions: the five plan rows, no printed ref (null), recommendation_ref the Rec "
        "cell, lead the Who cell, target dd/mm/yyyy -> day. Status from the Completed cell as the lead-in "
        "defines it: a date -> complete (status_raw the date; one closed after its target), 'Ongoing' -> "
        "in_progress, blank -> unknown (an open action that may or may not have started; status_raw null). "
        "Chronology: the seven dated rows, one entry each, text the What happened cell; the year comes from "
        "the year row above (heading the year): '14 Mar' under 2020 -> 2020-03-14; 'late Jun' -> 2020-06 "
        "(approximate); 'May' -> 2021-05. The year rows are not entries."
    ),
)

# --------- 5. Thematic SAR of three adults (Calibri 12 -> Carlito)
S5 = "thematic_sar_three_adults_recs_numbered_through_agency_headings_plan_merged_agency_col_on_off_track_carlito_corrievale"
C_SAB = "Corrievale Safeguarding Adults Board"
C_ICB = "Corrievale Integrated Care Board"
C_ASC = "Corrievale Council Adult Social Care"
C_POL = "Northmarch Police"
WORDS5 = {
    "Complete": "complete",
    "On track": "in_progress",
    "Off track": "in_progress",
    "Not started": "not_started",
}
MONTHS5 = {
    "Jun-25": "2025-06",
    "Jan-26": "2026-01",
    "Mar-25": "2025-03",
    "Apr-25": "2025-04",
    "Sep-25": "2025-09",
}
MONTHS5.update({"Dec-25": "2025-12", "Oct-25": "2025-10"})


def _c(section, rec, start, raw, word):
    return A(None, section, rec, start, None, raw, MONTHS5[raw], word, WORDS5[word])


GOLD[S5] = dict(
    family="thematic_sar_three_adults_recs_numbered_through_agency_headings_plan_merged_agency_col",
    description=(
        "Thematic Safeguarding Adults Review of three adults, Calibri 12 (Carlito), portrait, 2 pages: a title "
        "naming the three, 'Report by <name>, independent reviewer – <month year>', a paragraph with the three "
        "ages and no single date of death; '2. Recommendations' with a lead-in, then bold agency-name lines "
        "(ICB, council adult social care, police, 'The Board') each followed by hanging numbered paragraphs "
        "whose numbering runs ON through the agencies (1-2, 3-4, 5, 6) and whose sentences do not name the "
        "agency (imperatives: 'Commission ...', 'Use ...'); page 2 '3. Action plan' with a status key line and "
        "a table Agency | Rec | Action | Target | Status, the Agency cell merged down over the agency's rows, "
        "no lead column, targets 'Mon-yy' ('Jun-25'), status words Complete / On track / Off track / Not started"
    ),
    review=dict(
        review_id=None,
        review_type="SAR",
        area="Corrievale",
        doc_kind="overview_report",
        author="Sefton Quaife",
        victims=[
            {"pseudonym": "Amos", "age": 49},
            {"pseudonym": "Bertil", "age": 66},
            {"pseudonym": "Wendeline", "age": 54},
        ],
        date_of_death=None,
    ),
    review_alternatives={"area": [C_SAB]},
    recommendations=[
        R(
            "1",
            C_ICB,
            "Commission an assertive outreach service for dependent drinkers",
            ["substance_misuse", "multi_agency_working"],
        ),
        R(
            "2",
            C_ICB,
            "Make sure that alcohol-related hospital admissions are shared with the person's GP",
            ["information_sharing", "substance_misuse"],
        ),
        R(
            "3",
            C_ASC,
            "Use the Board's self-neglect procedure for every person who repeatedly declines care",
            ["policy_procedure", "substance_misuse"],
        ),
        R(
            "4",
            C_ASC,
            "Train social workers in assessing capacity where a person's drinking affects",
            ["training", "substance_misuse"],
        ),
        R(
            "5",
            C_POL,
            "Record welfare checks on people known to drink heavily in a way that partner agencies",
            ["record_keeping", "information_sharing"],
        ),
        R(
            "6",
            C_SAB,
            "Design a multi-agency risk meeting format for high-risk drinkers",
            ["multi_agency_working", "risk_assessment"],
        ),
    ],
    actions=[
        _c(C_ICB, "1", "Agree a service specification for assertive outreach", "Jun-25", "On track"),
        _c(C_ICB, "1", "Award the contract and start the service", "Jan-26", "Not started"),
        _c(
            C_ICB,
            "2",
            "Set up a daily admissions notice from the hospital to practices",
            "Mar-25",
            "Complete",
        ),
        _c(C_ASC, "3", "Add a self-neglect check to the review of declined care", "Apr-25", "Off track"),
        _c(C_ASC, "4", "Run capacity and alcohol workshops for all social work teams", "Sep-25", "On track"),
        _c(C_POL, "5", "Add a shared flag to welfare check records", "Dec-25", "On track"),
        _c(C_SAB, "6", "Pilot the risk meeting format in one locality", "Oct-25", "Not started"),
    ],
    chronology=[],
    notes=(
        "pdftotext -layout. A thematic SAR of three adults: review_type SAR, doc_kind overview_report, no "
        "review id, author the 'Report by' reviewer; victims Amos 49, Bertil 66, Wendeline 54; date_of_death "
        "null (three deaths 'between 2021 and 2023', none dated); area Corrievale (the Board). "
        "Recommendations: the six numbered paragraphs, ref the number without its dot (numbered through the "
        "list, not restarting per agency), level overview (the reviewer's recommendations in the report), "
        "agency the bold heading above ('The Board' -> the SAB), all local. The headings and lead-in are not "
        "recommendations. Actions: the seven plan rows, no printed ref (null), recommendation_ref the Rec "
        "cell, agency_section the merged Agency cell ('The Board' -> the SAB), lead null (the plan has no lead "
        "column; the agency is in agency_section), target 'Mon-yy' -> month; status Complete -> complete, On "
        "track and Off track -> in_progress, Not started -> not_started. No chronology."
    ),
)


def main():
    # An optional folder argument writes the .json files there (a scratch copy to compare with the committed ones).
    write_gold(GOLD, HERE, sys.argv[1] if len(sys.argv) > 1 else None, family_keys="after_file")


if __name__ == "__main__":
    main()
