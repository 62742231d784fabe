"""Hand-written gold for heldout29 (blind set). Every field below was written by hand from the documents'
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

# Targets as printed -> the date a reader would file them under (seasons -> year, "End of <month>" -> month).
TARGETS = {
    "Autumn 2025": "2025",
    "Summer 2025": "2025",
    "Spring 2025": "2025",
    "Spring 2026": "2026",
    "Winter 2025/26": "2025",
    "Q3 2025/26": "2025",
    "End of March 2026": "2026-03",
    "End of January 2026": "2026-01",
    "End of June 2025": "2025-06",
    "End of March 2025": "2025-03",
    "End of December 2024": "2024-12",
    "End of September 2025": "2025-09",
    "Sep 2025": "2025-09",
    "Dec 2025": "2025-12",
    "Mar 2026": "2026-03",
    "Jun 2025": "2025-06",
}

# --------- 1. DHR plan: recommendation bands over action rows (DejaVu Serif 8.5)
S1 = "dhr_plan_rec_full_width_bands_over_action_rows_owner_evidence_date_signed_off_season_targets_dejavu_serif_tollmarrow"
T_BC = "Tollmarrow Borough Council"
T_MH = "Tollmarrow Community Mental Health Team"
T_POL = "Vellshire Constabulary"
T_CSP = "Tollmarrow Community Safety Partnership"
T_GP = "Tollmarrow GP Federation"


def _t(ref, start, lead, target, signed):
    status = "complete" if signed else "unknown"
    return A(ref, OV, ref.split(".")[0], start, lead, target, TARGETS[target], signed or None, status)


GOLD[S1] = dict(
    family="dhr_plan_rec_full_width_bands_over_action_rows_owner_evidence_date_signed_off",
    description=(
        "Standalone DHR action plan, DejaVu Serif 8.5, portrait, 2 pages: page 1 a title block, a label / value "
        "box (DHR reference, victim and age, date of death, plan holder, version) and 'Notes on completing this "
        "plan'; page 2 ONE table Ref | Action | Action owner | Target | Evidence of completion | Date signed off "
        "where each recommendation is a shaded FULL-WIDTH merged row (bold 'Recommendation N – <agency>' line "
        "over the recommendation sentence) above its action rows '1.1', '1.2' ...; targets are seasons ('Autumn "
        "2025', 'Winter 2025/26') or 'End of <month> <year>'; Date signed off is dd/mm/yyyy or blank; no status "
        "column; a closing 'Actions signed off: 4 of 9' line"
    ),
    review=dict(
        review_id="TCSP/2022/01",
        review_type="DHR",
        area="Tollmarrow",
        doc_kind="action_plan",
        author=None,
        victims=[{"pseudonym": "Odile", "age": 42}],
        date_of_death="2022-11-03",
    ),
    review_alternatives={"area": [T_CSP]},
    recommendations=[
        R(
            "1",
            T_BC,
            "Housing officers should ask every applicant who gives the end of a relationship",
            ["routine_enquiry", "record_keeping"],
        ),
        R(
            "2",
            T_MH,
            "The team should ask a patient who describes controlling behaviour by a partner",
            ["mental_health", "specialist_support"],
        ),
        R(
            "3",
            T_POL,
            "Vellshire Constabulary should make sure that a second report of stalking",
            ["risk_assessment"],
        ),
        R(
            "4",
            T_CSP,
            "The Partnership should run a campaign telling friends, neighbours and relatives",
            ["awareness_public"],
        ),
        R(
            "5",
            T_GP,
            "The Federation should ask member practices to code every disclosure of domestic abuse",
            ["record_keeping"],
        ),
    ],
    actions=[
        _t(
            "1.1",
            "Add a safety question to the homelessness assessment form",
            "Housing Solutions Manager",
            "Autumn 2025",
            "18/09/2025",
        ),
        _t(
            "1.2",
            "Check thirty completed assessments for a recorded answer",
            "Housing Quality Lead",
            "End of March 2026",
            "",
        ),
        _t(
            "2.1",
            "Brief all care coordinators on the referral route",
            "Team Manager, CMHT",
            "Summer 2025",
            "02/07/2025",
        ),
        _t(
            "2.2",
            "Add a domestic abuse referral prompt to the care plan template",
            "Clinical Systems Lead",
            "Winter 2025/26",
            "",
        ),
        _t(
            "3.1",
            "Set a system flag on repeat stalking reports",
            "Head of Public Protection",
            "Summer 2025",
            "14/08/2025",
        ),
        _t(
            "3.2",
            "Issue guidance on the specialist review to response officers",
            "Detective Inspector, Stalking Unit",
            "Autumn 2025",
            "",
        ),
        _t(
            "4.1",
            "Commission campaign material with the local domestic abuse service",
            "Community Safety Manager",
            "End of January 2026",
            "",
        ),
        _t(
            "4.2",
            "Measure the campaign's reach three months after launch",
            "Community Safety Analyst",
            "Spring 2026",
            "",
        ),
        _t(
            "5.1",
            "Send the coding guide to every practice manager",
            "Federation Safeguarding GP",
            "End of June 2025",
            "30/06/2025",
        ),
    ],
    chronology=[],
    notes=(
        "pdftotext -layout. Standalone DHR plan: doc_kind action_plan, review id the 'DHR reference', victim "
        "Odile 42, died 3 November 2022, area Tollmarrow (the CSP), no author. Recommendations: the five shaded "
        "full-width band rows, ref N from 'Recommendation N', text the sentence under the bold line (the bold "
        "'Recommendation N – <agency>' line is not text), agency the body named after the dash (Housing "
        "Solutions -> Tollmarrow Borough Council), level overview, all local. Actions: the nine rows under the "
        "bands, ref the Ref cell, recommendation_ref the band's number, agency_section overview, lead the "
        "Action owner cell; the Evidence of completion cell is progress, not the action. Targets: seasons -> "
        "the year ('Winter 2025/26' -> 2025), 'End of <month> <year>' -> month. Status: no status column; a "
        "date in 'Date signed off' -> complete (status_raw the date); blank -> unknown (the notes say blank "
        "means still open, but not whether work has begun). No chronology."
    ),
)

# --------- 2. CSPR overview: Date/time | Summary chronology, rec table with an 'addressed to' column (Liberation Serif)
S2 = "cspr_overview_datetime_summary_two_col_chron_agency_in_summary_rec_table_addressed_to_col_liberation_serif_pellowmere"
P_HT = "Pellowmere Community Health Trust"
P_POL = "Pellowmere Police"
P_CSC = "Pellowmere Children's Social Care"
P_SCP = "Pellowmere Safeguarding Children Partnership"

GOLD[S2] = dict(
    family="cspr_overview_datetime_summary_two_col_chron_rec_table_addressed_to_col",
    description=(
        "Local child safeguarding practice review overview report, Liberation Serif 11.5, portrait, 2 pages, "
        "plain pdftotext: title block with 'Reviewer: ...  Published: ...' on one line; '1. Why this review was "
        "held'; '2. What happened' as a TWO-column table Date/time | Summary, the date cell 'dd/mm/yyyy hh:mm' "
        "(one '(time not recorded)'), the summary opening with the recording service and a colon "
        "('Health visiting service: ...'); '3. Findings' bullets; '4. Recommendations' as a table No. | "
        "Recommendation | Recommendation addressed to, rec 4's cell holding a lead sentence and '(a)', '(b)' "
        "sub-items, rec 5 addressed to a national department; rec 1's row is broken over the page (its last "
        "line under the repeated header on page 2); no plan (promised)"
    ),
    review=dict(
        review_id=None,
        review_type="SCR",
        area="Pellowmere",
        doc_kind="overview_report",
        author="Isadora Penhallow-Reyes",
        victims=[{"pseudonym": "Kit", "age": 0}],
        date_of_death=None,
    ),
    review_alternatives={"area": [P_SCP]},
    recommendations=[
        R(
            "1",
            P_HT,
            "Health visitors should make at least two further attempts, one of them a home visit",
            ["risk_assessment", "mental_health"],
        ),
        R(
            "2",
            P_POL,
            "Officers attending a report of a crying baby and raised voices should see the baby",
            ["children"],
        ),
        R(
            "3",
            P_CSC,
            "The front door team should not close a police report about a child under one",
            ["children", "quality_assurance"],
        ),
        R(
            "4",
            P_SCP,
            "The Partnership should make sure that practitioners understand that",
            ["children", "training"],
        ),
        R(
            "5",
            "Department for Education",
            "The Department for Education should consider adding the weight",
            ["children", "policy_procedure"],
            scope="national",
        ),
    ],
    actions=[],
    chronology=[
        C(None, None, "04/01/2023 10:15", "2023-01-04", "Health visiting service: new birth visit at home"),
        C(
            None,
            None,
            "19/01/2023 (time not recorded)",
            "2023-01-19",
            "Health visiting service: the follow-up call was not answered",
        ),
        C(
            None,
            None,
            "11/03/2023 22:40",
            "2023-03-11",
            "Pellowmere Police: neighbours reported raised voices",
        ),
        C(
            None,
            None,
            "12/03/2023 09:05",
            "2023-03-12",
            "Children's Social Care: the police report of the night before",
        ),
        C(None, None, "02/05/2023 14:30", "2023-05-02", "GP surgery: Kit was brought in with a bruise"),
        C(None, None, "20/06/2023 03:10", "2023-06-20", "Ambulance service: called to the family home"),
        C(None, None, "21/06/2023 16:00", "2023-06-21", "Pellowmere General Hospital: scans showed older"),
    ],
    notes=(
        "plain pdftotext. A child safeguarding practice review: review_type SCR (the schema's child review "
        "type), doc_kind overview_report, no review id printed, author the 'Reviewer'; the child Kit, five "
        "months old -> age 0; Kit survived, so date_of_death null; area Pellowmere (the partnership). "
        "Recommendations: the five rows of the No. | Recommendation | Recommendation addressed to table, ref "
        "the No. cell, agency the 'addressed to' cell, level overview; rec 4 is ONE recommendation whose text "
        "keeps its '(a)' and '(b)' lines; rec 5 is addressed to a national department: scope national, the "
        "rest local. The findings bullets are not recommendations. No actions (a plan is promised). "
        "Chronology: the seven Date/time | Summary rows, one entry each, text the Summary cell (it starts with "
        "the recording service's name and a colon; the whole cell is the text), date the day of the Date/time "
        "cell (times are not part of the DateValue)."
    ),
)

# --------- 3. SAB tracker: roman sub-action refs, Open / Closed / Superseded (DejaVu Sans Condensed 8, landscape)
S3 = "sab_sar_tracker_roman_sub_action_refs_open_closed_superseded_season_end_of_month_targets_dejavu_condensed_landscape_saltrenham"
S_ASC = "Saltrenham Adult Social Care"
S_DN = "Saltrenham District Nursing Service"
S_SAB = "Saltrenham Safeguarding Adults Board"
S_HOS = "Saltrenham Hospital NHS Trust"
WORDS3 = {"Closed": "complete", "Open": "in_progress", "Superseded": "unknown"}


def _s(ref, start, lead, target, word):
    return A(ref, OV, ref.split("(")[0], start, lead, target, TARGETS[target], word, WORDS3[word])


GOLD[S3] = dict(
    family="sab_sar_tracker_roman_sub_action_refs_open_closed_superseded",
    description=(
        "Safeguarding Adults Board SAR recommendations tracker, DejaVu Sans Condensed 8, landscape, 2 pages, "
        "pdftotext -layout: page 1 a title line with the adult's age and date of death, a 'Board reference' "
        "line, a status key in italics, Background and 'Learning in brief' bullets; page 2 ONE table Ref | "
        "Recommendation / action | Lead officer | Target | Status | Update where each recommendation is a "
        "shaded bold row with ref '1' and only the Recommendation cell filled, followed by its action rows "
        "with roman refs '1(i)', '1(ii)'; targets 'End of March 2025', 'Autumn 2025', 'Q3 2025/26', "
        "'Winter 2025/26'; status Open / Closed / Superseded; a closing count line"
    ),
    review=dict(
        review_id="SSAB SAR 2023/02",
        review_type="SAR",
        area="Saltrenham",
        doc_kind="action_plan",
        author=None,
        victims=[{"pseudonym": "Ezekiel", "age": 71}],
        date_of_death="2023-04-28",
    ),
    review_alternatives={"area": [S_SAB]},
    recommendations=[
        R(
            "1",
            S_ASC,
            "Saltrenham Adult Social Care should make sure that a carer's assessment is offered",
            ["specialist_support", "risk_assessment"],
        ),
        R(
            "2",
            S_DN,
            "Saltrenham District Nursing Service should raise a safeguarding concern when pressure",
            ["risk_assessment", "policy_procedure"],
        ),
        R(
            "3",
            S_SAB,
            "The Board should replace its self-neglect protocol with a combined protocol",
            ["policy_procedure"],
        ),
        R(
            "4",
            S_HOS,
            "Saltrenham Hospital NHS Trust should check, before discharge, that a family carer",
            ["risk_assessment", "multi_agency_working"],
        ),
    ],
    actions=[
        _s(
            "1(i)",
            "Add a carer's assessment prompt to the dementia care review",
            "Service Manager, Older People",
            "End of March 2025",
            "Closed",
        ),
        _s(
            "1(ii)",
            "Report carer's assessment numbers to the Board",
            "Performance Officer",
            "Autumn 2025",
            "Open",
        ),
        _s(
            "2(i)",
            "Update the pressure ulcer pathway with a safeguarding step",
            "Clinical Lead, District Nursing",
            "Summer 2025",
            "Closed",
        ),
        _s(
            "2(ii)",
            "Run a case-based workshop for community nurses",
            "Practice Educator",
            "Q3 2025/26",
            "Open",
        ),
        _s("3(i)", "Write a combined protocol", "Board Manager", "End of December 2024", "Superseded"),
        _s(
            "3(ii)",
            "Adopt the regional protocol and brief partners",
            "Board Manager",
            "Spring 2025",
            "Closed",
        ),
        _s(
            "4(i)",
            "Add a carer agreement section to the discharge checklist",
            "Head of Patient Flow",
            "Winter 2025/26",
            "Open",
        ),
    ],
    chronology=[],
    notes=(
        "pdftotext -layout. A SAB tracker: review_type SAR, doc_kind action_plan, review id the 'Board "
        "reference', Mr Ezekiel 71 died 28 April 2023 (pseudonym 'Ezekiel'), area Saltrenham, no author. "
        "Recommendations: the four shaded rows whose Ref is a bare number, text the Recommendation cell, agency "
        "the body named ('The Board' -> the SAB), level overview, all local. Actions: the seven rows with roman "
        "refs, ref as printed ('1(i)'), recommendation_ref the number before the bracket, agency_section "
        "overview, lead the Lead officer cell; Update is progress. Status: Closed -> complete, Open -> "
        "in_progress (the key: under way or not begun; the tracker's own word 'Open' is taken as in progress, "
        "as earlier sets take it), Superseded -> unknown (replaced, neither done nor pending). Targets: seasons "
        "and 'Q3 2025/26' -> the calendar year ('Winter 2025/26' -> 2025), 'End of <month> <year>' -> month. "
        "Learning bullets are not recommendations. No chronology."
    ),
)

# --------- 4. DHR overview: key-dates list, landscape plan with narrow columns (Carlito)
S4 = "dhr_overview_season_key_dates_list_numbered_recs_landscape_plan_narrow_columns_mid_word_breaks_carlito_quinnockdale"
Q_POL = "Quinnockdale Police"
Q_ICB = "Quinnockdale Integrated Care Board"
Q_CSP = "Quinnockdale Community Safety Partnership"
Q_DAS = "Quinnockdale Domestic Abuse Service"
WORDS4 = {"Complete": "complete", "In progress": "in_progress", "Not started": "not_started"}


def _qd(rec, start, lead, target, word):
    return A(None, OV, rec, start, lead, target, TARGETS[target], word, WORDS4[word])


GOLD[S4] = dict(
    family="dhr_overview_season_key_dates_list_landscape_plan_narrow_columns_mid_word_breaks",
    description=(
        "DHR overview report, Carlito 10.5 (plan 7.5), 2 pages, pdftotext -layout: page 1 portrait, title "
        "block and 'Independent Chair and Author: ...', numbered paragraphs 1.1, 1.2, '2. Key dates' as "
        "hanging paragraphs with a BOLD date phrase then a tab and the text ('Spring 2019', 'August 2020', 'End "
        "of November 2020', 'Early March 2021', '27 April 2021'), '3. Conclusions', '4. Recommendations' as "
        "'1.' to '4.' hanging paragraphs; page 2 LANDSCAPE 'Appendix A – Action plan' with ONE table No | "
        "Recommendation | Action | Lead agency | Target date | Monitoring body | Success measure | Status whose "
        "narrow columns wrap every cell and break long words mid-word ('Quinnockdale', 'Commissioning' split "
        "over two lines); one action per recommendation; targets 'Sep 2025'; status Complete / In progress / "
        "Not started (wrapped)"
    ),
    review=dict(
        review_id=None,
        review_type="DHR",
        area="Quinnockdale",
        doc_kind="overview_report",
        author="Leopold Attwater-Nkemelu",
        victims=[{"pseudonym": "Marisol", "age": 29}],
        date_of_death="2021-04-27",
    ),
    review_alternatives={"area": [Q_CSP]},
    recommendations=[
        R(
            "1",
            Q_POL,
            "Quinnockdale Police should make sure that officers trace a suspect",
            ["policy_procedure"],
        ),
        R(
            "2",
            Q_ICB,
            "Primary care in Quinnockdale should ask about domestic abuse when a patient asks",
            ["routine_enquiry", "mental_health"],
        ),
        R(
            "3",
            Q_CSP,
            "The Partnership should work with local employers to help managers respond",
            ["awareness_public"],
        ),
        R(
            "4",
            Q_DAS,
            "The domestic abuse service should follow up any victim who leaves refuge",
            ["specialist_support"],
        ),
    ],
    actions=[
        _qd("1", "Write a procedure for tracing absent suspects", Q_POL, "Sep 2025", "Complete"),
        _qd(
            "2",
            "Add a routine enquiry prompt to the mental wellbeing template",
            Q_ICB,
            "Dec 2025",
            "In progress",
        ),
        _qd("3", "Hold employer briefings with the Chamber of Commerce", Q_CSP, "Mar 2026", "Not started"),
        _qd("4", "Introduce a follow-up call at two and four weeks", Q_DAS, "Jun 2025", "Complete"),
    ],
    chronology=[
        C(None, None, "Spring 2019", "2019", "Marisol and Mr D met through friends"),
        C(None, None, "August 2020", "2020-08", "Marisol told her GP that she was not sleeping"),
        C(None, None, "End of November 2020", "2020-11", "Quinnockdale Police were called by a neighbour"),
        C(None, None, "January 2021", "2021-01", "Marisol's employer noticed bruising"),
        C(None, None, "Early March 2021", "2021-03", "Marisol went to stay with her sister for a week"),
        C(None, None, "27 April 2021", "2021-04-27", "Marisol was killed by Mr D at their home"),
    ],
    notes=(
        "pdftotext -layout. DHR overview report: doc_kind overview_report, no review id, author the "
        "'Independent Chair and Author', Marisol 29 killed 27 April 2021 (1.1 and the last key date), area "
        "Quinnockdale. Recommendations: the four '1.'-'4.' paragraphs under '4. Recommendations', ref the "
        "number, level overview, all local; agency the body named (primary care -> the ICB, which leads the "
        "plan row; 'The Partnership' -> the CSP; 'The domestic abuse service' -> Quinnockdale Domestic Abuse "
        "Service, the plan's lead). The plan's Recommendation cells repeat these texts (aliases not needed: "
        "same wording). Actions: the four plan rows, no printed action ref (the No cell is the recommendation "
        "number -> recommendation_ref), agency_section overview, lead the Lead agency cell read whole across "
        "its mid-word breaks, target 'Mon yyyy' -> month; status Complete / In progress / Not started. "
        "Chronology: the six key-date paragraphs, date the bold phrase (season -> year, 'End of November' and "
        "'Early March' -> month), text after the tab."
    ),
)

# --------- 5. SAR executive summary: lettered recs with sub-items, plain-words plan (DejaVu Sans 8.5)
S5 = "sar_exec_summary_lettered_recs_roman_sub_items_plain_words_plan_what_who_by_when_how_know_dejavu_sans_marrowhythe"
M_SAB = "Marrowhythe Safeguarding Adults Board"
M_ASC = "Marrowhythe Council Adult Social Care"
M_AMB = "Marrowhythe Ambulance Service"
WORDS5 = {"Done": "complete", "Under way": "in_progress", "Not begun": "not_started"}


def _m(ref, start, lead, target, word):
    return A(ref, OV, ref[0], start, lead, target, TARGETS[target], word, WORDS5[word])


GOLD[S5] = dict(
    family="sar_exec_summary_lettered_recs_sub_items_plain_words_plan_what_who_by_when",
    description=(
        "SAR executive summary, DejaVu Sans 8.5, portrait, 2 pages, plain pdftotext, footer without 'of Y': "
        "title block with 'Independent reviewer: ... | Board reference: ...' on one line; About / What the "
        "review found bullets; 'Recommendations' as LETTERED hanging paragraphs 'A.' to 'D.', B holding a lead "
        "sentence and two indented '(i)', '(ii)' sub-item paragraphs; page 2 'The Board's plan' as ONE table "
        "For | What we will do | Who | By when | How we will know it has worked | Progress, the For cell the "
        "recommendation letter or 'B(i)', 'B(ii)'; targets seasons and 'End of September 2025'; progress Done / "
        "Under way / Not begun"
    ),
    review=dict(
        review_id="MSAB/SAR/24-03",
        review_type="SAR",
        area="Marrowhythe",
        doc_kind="executive_summary",
        author="Cordelia Hassan-Whitlow",
        victims=[{"pseudonym": "Gideon", "age": 44}],
        date_of_death="2023-12-09",
    ),
    review_alternatives={"area": [M_SAB]},
    recommendations=[
        R(
            "A",
            M_SAB,
            "The Board should ask all partners to use one shared definition of 'frequent attender'",
            ["multi_agency_working", "information_sharing"],
        ),
        R(
            "B",
            M_ASC,
            "Marrowhythe Council Adult Social Care should make sure that",
            ["multi_agency_working", "policy_procedure"],
        ),
        R(
            "C",
            M_AMB,
            "Marrowhythe Ambulance Service should share with the GP any pattern of calls",
            ["information_sharing"],
        ),
        R(
            "D",
            M_SAB,
            "The Board should seek assurance that housing providers know how to raise a concern",
            ["quality_assurance", "training"],
        ),
    ],
    actions=[
        _m(
            "A",
            "Agree a shared definition and publish it on the Board website",
            "Board Business Unit",
            "Autumn 2025",
            "Done",
        ),
        _m(
            "B(i)",
            "Add a three-refusals rule to the assessment procedure",
            "Head of Adult Social Care",
            "End of September 2025",
            "Under way",
        ),
        _m(
            "B(ii)",
            "Write a standard 'how to come back to us' letter",
            "Adult Social Care Practice Lead",
            "End of September 2025",
            "Done",
        ),
        _m(
            "C",
            "Send the GP a monthly list of non-conveyed repeat callers",
            "Ambulance Safeguarding Lead",
            "Spring 2026",
            "Not begun",
        ),
        _m(
            "D",
            "Survey housing providers about raising a concern",
            "Board Business Unit",
            "Winter 2025/26",
            "Under way",
        ),
    ],
    chronology=[],
    notes=(
        "plain pdftotext. A SAR executive summary: review_type SAR, doc_kind executive_summary, review id the "
        "'Board reference', author the independent reviewer, Gideon 44 found dead 9 December 2023, area "
        "Marrowhythe. Recommendations: the four lettered paragraphs A.-D., ref the letter, level overview, all "
        "local; B is ONE recommendation whose text keeps its (i) and (ii) lines (not two records); agency the "
        "body named ('The Board' -> the SAB). Actions: the five plan rows, ref the For cell as printed ('A', "
        "'B(i)'), recommendation_ref its letter, agency_section overview, lead the Who cell, action the 'What "
        "we will do' cell ('How we will know' is the success measure); targets seasons -> year, 'End of "
        "September 2025' -> month; Done -> complete, Under way -> in_progress, Not begun -> not_started. "
        "The findings bullets are not recommendations. No chronology."
    ),
)


def main():
    # An optional folder argument writes the .json files there (a scratch copy to compare with the committed ones).
    write_gold(GOLD, HERE, sys.argv[1] if len(sys.argv) > 1 else None, family_keys="after_file")


if __name__ == "__main__":
    main()
