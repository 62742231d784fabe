"""Hand-written gold for heldout32 (blind set). Every field below was written by hand from the documents'
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

# Targets as printed -> the date a reader would file them under: "Jul-25" (a plan's Finish month) and
# "July 2024" are months; "31.7.25" (day.month.two-digit year, as the plan's note says) is a day.
TARGETS = {
    "Jul-25": "2025-07",
    "Mar-26": "2026-03",
    "Oct-25": "2025-10",
    "Jun-26": "2026-06",
    "Dec-25": "2025-12",
    "July 2024": "2024-07",
    "March 2025": "2025-03",
    "September 2024": "2024-09",
    "December 2024": "2024-12",
    "31.7.25": "2025-07-31",
    "30.11.25": "2025-11-30",
    "28.2.26": "2026-02-28",
    "30.9.25": "2025-09-30",
    "31.5.26": "2026-05-31",
    "31.1.26": "2026-01-31",
    "31.10.25": "2025-10-31",
    "30.6.25": "2025-06-30",
}
# "% complete": 100% is finished (the plan's note: evidence seen), 0% not begun, anything between under way.
# A status word opening the "Where we are now" cell is the status; the words after the dash are the update.
# The status key of the composite-ref plan: Embedded and Implemented are done, In train under way, Not yet due
# not begun.
STATUS = {
    "100%": "complete",
    "60%": "in_progress",
    "25%": "in_progress",
    "0%": "not_started",
    "Completed": "complete",
    "In progress": "in_progress",
    "Not started": "not_started",
    "Embedded": "complete",
    "Implemented": "complete",
    "In train": "in_progress",
    "Not yet due": "not_started",
}


def _a(ref, rec, start, lead, target, status, section=OV, after=0):
    return A(ref, section, rec, start, lead, target, TARGETS[target], status, STATUS[status], after=after)


# --------- 1. SAR plan: % complete status, Lead agency + Lead officer, recommendation band rows
S1 = "sar_plan_percent_complete_status_lead_agency_and_lead_officer_cols_rec_band_rows_mon_yy_start_finish_row_split_urw_gothic_landscape_crannock"
C_SAB = "Crannock Safeguarding Adults Board"
C_CHS = "Crannock Community Health Services"

GOLD[S1] = dict(
    family="sar_plan_percent_complete_status_lead_agency_and_officer_cols_rec_band_rows",
    description=(
        "Standalone SAR action plan, URW Gothic 8, landscape, 2 pages: a label / value box, an italic note on how "
        "to read '% complete', then ONE table Ref | Action | Lead agency | Lead officer | Start | Finish | % "
        "complete | Comments whose recommendations are full-width shaded band rows 'Recommendation N – <text>' "
        "over their action rows '1a', '1b' ...; Start / Finish 'Apr-25' (Mon-yy); status a percentage ('100%', "
        "'60%', '25%', '0%'); row 2a split by the page break (header repeated), row 2b's long comment; a closing "
        "count line"
    ),
    review=dict(
        review_id=None,
        review_type="SAR",
        area="Crannock",
        doc_kind="action_plan",
        author="Delphine Achterberg",
        victims=[{"pseudonym": "Mr D", "age": 71}],
        date_of_death="2024-02-19",
    ),
    review_alternatives={"area": [C_SAB]},
    recommendations=[
        R(
            "1",
            C_SAB,
            "Crannock Safeguarding Adults Board should seek assurance that agencies offer a mental capacity",
            ["quality_assurance", "risk_assessment"],
        ),
        R(
            "2",
            C_CHS,
            "Crannock Community Health Services should make sure district nurses escalate a pressure ulcer",
            ["risk_assessment"],
        ),
        R(
            "3",
            C_SAB,
            "The Board should ask the Crannock Fire and Rescue Service and housing providers",
            ["multi_agency_working"],
        ),
    ],
    actions=[
        _a("1a", "1", "Add a prompt on repeated refusal", "Principal Social Worker", "Jul-25", "100%"),
        _a(
            "1b", "1", "Audit twelve cases where help was declined", "Quality Assurance Lead", "Mar-26", "60%"
        ),
        _a("2a", "2", "Write an escalation pathway for wound", "Head of Community Nursing", "Oct-25", "100%"),
        _a(
            "2b", "2", "Train district nursing teams on the new pathway", "Clinical Educator", "Jun-26", "25%"
        ),
        _a(
            "3a",
            "3",
            "Agree a referral route from housing officers",
            "Station Manager, Prevention",
            "Dec-25",
            "100%",
        ),
        _a(
            "3b", "3", "Publish a short leaflet on emollient creams", "Board Business Manager", "Jun-26", "0%"
        ),
    ],
    chronology=[],
    notes=(
        "plain pdftotext. A standalone SAR action plan: review_type SAR, doc_kind action_plan, no review id, author "
        "the reviewer, Mr D 71 died 19 February 2024, area Crannock. Recommendations: the three band rows "
        "'Recommendation N – <text>', ref N, text after the dash, level overview, all local; rec 3 'The Board' is "
        "the SAB (it asks the Board to act). Actions: the six rows, ref as printed ('1a'), recommendation_ref the "
        "band's number, lead the Lead officer cell (the Lead agency cell is the agency the officer belongs to; "
        "either reading is close, the officer is the named lead), target the Finish month (Mon-yy -> month; "
        "Start is not a target), status from '% complete': 100% -> complete, 60% / 25% -> in_progress, 0% -> "
        "not_started. Row 2a is ONE action although the page break splits it. The Comments cells and the count "
        "line are not records. No chronology."
    ),
)

# --------- 2. CSPR: Date | Age | Agency | Event key events, PR recs, status prefix in "Where we are now"
S2 = "cspr_key_event_chronology_date_age_agency_cols_dd_mon_yy_learning_boxes_pr_recs_plan_status_prefix_in_update_cell_c059_wetherslade"
W_SCP = "Wetherslade Safeguarding Children Partnership"

GOLD[S2] = dict(
    family="cspr_key_event_chronology_date_age_agency_table_pr_recs_plan_status_prefix_in_update",
    description=(
        "Local CSPR report, C059 10, portrait, 2 pages: a 'Key events' table Date | Age | Agency | Event with dates "
        "'03-Feb-21' (dd-Mon-yy) and the child's age ('6 weeks', '7 months'); two shaded 'Learning N:' boxes (not "
        "recommendations); recommendations 'PR1'-'PR3' as bold refs with hanging text; page 2 'Partnership "
        "response' table Rec | What we will do | Who | By when | Where we are now, the status a bold word opening "
        "the last cell ('Completed – ...', 'In progress – ...', 'Not started – ...'), targets 'July 2024'"
    ),
    review=dict(
        review_id=None,
        review_type="SCR",
        area="Wetherslade",
        doc_kind="overview_report",
        author="Orsolya Dalby",
        victims=[{"pseudonym": "Ezra", "age": 1}],
        date_of_death="2022-02-16",
    ),
    review_alternatives={"area": [W_SCP]},
    recommendations=[
        R(
            "PR1",
            W_SCP,
            "Wetherslade Safeguarding Children Partnership should make sure that a bruise",
            ["children", "multi_agency_working"],
        ),
        R(
            "PR2",
            "Health visiting and GP practices in Wetherslade",
            "Health visiting and GP practices in Wetherslade should ask to see a new partner's details",
            ["routine_enquiry", "record_keeping"],
        ),
        R(
            "PR3",
            "Wetherslade Police",
            "Wetherslade Police should tell health visiting when officers attend",
            ["information_sharing"],
        ),
    ],
    actions=[
        _a(
            None,
            "PR1",
            "Re-launch the bruising in babies protocol",
            "Partnership Business Manager",
            "July 2024",
            "Completed",
        ),
        _a(
            None,
            "PR1",
            "Audit referrals of bruised babies six months",
            "Designated Nurse",
            "March 2025",
            "In progress",
        ),
        _a(
            None,
            "PR2",
            "Add a 'who lives here' question to the health visiting",
            "Health Visiting Lead",
            "September 2024",
            "Completed",
        ),
        _a(
            None,
            "PR3",
            "Agree a daily notice from police to health visiting",
            "Detective Inspector, Safeguarding Hub",
            "December 2024",
            "Not started",
        ),
    ],
    chronology=[
        C(None, None, "03-Feb-21", "2021-02-03", "Ezra was born at 36 weeks. Mother told the midwife"),
        C(None, None, "17-Mar-21", "2021-03-17", "New birth visit. The partner answered the door"),
        C(None, None, "22-Sep-21", "2021-09-22", "Ezra brought in with a bruise to the cheek"),
        C(None, None, "09-Nov-21", "2021-11-09", "Neighbour reported shouting at the flat"),
        C(None, None, "28-Jan-22", "2022-01-28", "Referral from the GP closed after a telephone call"),
        C(None, None, "14-Feb-22", "2022-02-14", "Ezra taken to hospital unresponsive"),
    ],
    notes=(
        "plain pdftotext. A local child safeguarding practice review: review_type SCR (the schema's child review "
        "type, as earlier gold types a CSPR), doc_kind overview_report, no review id, author the independent "
        "reviewer, Ezra aged 12 months (age 1) died 16 February 2022, area Wetherslade. Recommendations: PR1-PR3, "
        "ref as printed, level overview, all local; PR2's addressee is printed as 'Health visiting and GP practices "
        "in Wetherslade'. The 'Learning N:' boxes are not recommendations. Actions: the four response rows, no "
        "action ref, recommendation_ref the Rec cell, lead the Who cell, 'Month yyyy' -> month; status the bold "
        "word before the dash in 'Where we are now' (Completed -> complete, In progress -> in_progress, Not started "
        "-> not_started), the words after it are the update, not the action. Chronology: the six Key events rows, "
        "text the Event cell, dd-Mon-yy -> day (21 = 2021); the Age and Agency cells are neither date nor text; "
        "not relative."
    ),
)

# --------- 3. DHR overview: period-headed paragraph chronology with "12.04.17" dates; recs with agency in brackets
S3 = "dhr_overview_period_headed_chronology_dotted_two_digit_year_para_dates_lessons_not_recs_recs_agency_in_brackets_p052_ambleholt"
A_CSP = "Ambleholt Community Safety Partnership"
P1 = "Period 1: 2017 to 2018"
P2 = "Period 2: 2019 to the homicide"

GOLD[S3] = dict(
    family="dhr_overview_period_headed_paragraph_chronology_dotted_dates_recs_agency_in_brackets",
    description=(
        "DHR overview report, P052 11, portrait, 2 pages, a capitals running head 'OFFICIAL – SENSITIVE | DHR "
        "AMBLEHOLT 2020/1': a 'Chronology' of two Heading 3 periods ('Period 1: 2017 to 2018') each over "
        "paragraphs opening with a date and a dash ('12.04.17 – ', dd.mm.yy; one 'Summer 2017 – '); an Analysis "
        "section; 'Lessons' L1-L3 as hanging paragraphs followed by a note that they are not recommendations; "
        "'Recommendations' as bold 'Recommendation N (<agency>):' labels with the text run on; a dedication line"
    ),
    review=dict(
        review_id="DHR AMBLEHOLT 2020/1",
        review_type="DHR",
        area="Ambleholt",
        doc_kind="overview_report",
        author="Leopold Sowerthwaite",
        victims=[{"pseudonym": "Marisol", "age": 38}],
        date_of_death="2020-01-30",
    ),
    review_alternatives={
        "area": [A_CSP],
        "review_id": ["2020/1", "Ambleholt 2020/1", "DHR Ambleholt 2020/1"],
    },
    recommendations=[
        R(
            "1",
            A_CSP,
            "The Partnership should make sure that a domestic abuse service never contacts",
            ["specialist_support", "risk_assessment"],
        ),
        R(
            "2",
            "Ambleholt Police",
            "Ambleholt Police should re-grade a risk assessment when a perpetrator",
            ["risk_assessment"],
        ),
        R(
            "3",
            "Ambleholt Hospitals NHS Trust",
            "The Trust's emergency department should ask about domestic abuse",
            ["routine_enquiry"],
        ),
    ],
    actions=[],
    chronology=[
        C(None, P1, "12.04.17", "2017-04-12", "Marisol registered with a new GP practice"),
        C(None, P1, "Summer 2017", "2017", "Marisol's sister noticed that Callum checked"),
        C(None, P1, "03.11.17", "2017-11-03", "Marisol attended the emergency department with a wrist"),
        C(None, P2, "21.06.19", "2019-06-21", "Police attended after a neighbour heard screaming"),
        C(None, P2, "08.07.19", "2019-07-08", "The outreach service wrote to Marisol offering support"),
        C(None, P2, "30.01.20", "2020-01-30", "Marisol was found dead at home. Callum was charged"),
    ],
    notes=(
        "plain pdftotext. A DHR overview report: review_type DHR, doc_kind overview_report, review id the running "
        "head's 'DHR AMBLEHOLT 2020/1' (or '2020/1'), author the independent chair and author, Marisol 38 died 30 "
        "January 2020, area Ambleholt. Recommendations: the three 'Recommendation N (<agency>):' paragraphs, ref N, "
        "agency the bracketed name (rec 1's 'The Partnership' is the CSP), text after the colon, level overview, "
        "all local. L1-L3 are lessons, said NOT to be recommendations; the Analysis paragraphs are not records. No "
        "actions. Chronology: one entry per dated paragraph, text after the dash, heading the period heading above "
        "it; dd.mm.yy -> day (17 = 2017), 'Summer 2017' -> the year; not relative. 'the next day' inside the last "
        "entry is part of its text, not another entry."
    ),
)

# --------- 4. DHR plan: status first column, composite refs TD7/R1/A1, merged recommendation cells
S4 = "dhr_plan_status_first_col_embedded_implemented_in_train_not_yet_due_composite_refs_merged_rec_cells_dotted_short_dates_urw_bookman_tollerdown"
T_CSP = "Tollerdown Community Safety Partnership"
T_CSM = "Community Safety Manager"

GOLD[S4] = dict(
    family="dhr_plan_status_first_col_composite_refs_merged_rec_cells",
    description=(
        "Standalone DHR action plan, URW Bookman 8.5, portrait, 2 pages: page 1 a title, a victim / author line and "
        "'About this plan' prose (explaining the refs; a good-practice sentence that is not a recommendation); "
        "page 2 a status key line and ONE table whose FIRST column is the status: Status | Ref | Recommendation | "
        "Action | Lead | Deadline; refs composite 'TD7/R1/A1' (review / recommendation / action); the "
        "Recommendation cell 'R1. <text>' merged down over its actions (pdftotext prints it beside the group's "
        "last row); statuses 'Embedded' / 'Implemented' / 'In train' / 'Not yet due' (bold); deadlines d.m.yy "
        "('31.7.25'); a closing count line"
    ),
    review=dict(
        review_id=None,
        review_type="DHR",
        area="Tollerdown",
        doc_kind="action_plan",
        author="Ignatius Ferreira-Holt",
        victims=[{"pseudonym": "Adele", "age": 52}],
        date_of_death="2023-05-04",
    ),
    review_alternatives={"area": [T_CSP]},
    recommendations=[
        R(
            "R1",
            "Tollerdown Borough Council",
            "Tollerdown Borough Council should make sure its housing staff know how to refer",
            ["multi_agency_working", "training"],
        ),
        R(
            "R2",
            "Tollerdown Drug and Alcohol Service",
            "Tollerdown Drug and Alcohol Service should assess the risk a client poses",
            ["risk_assessment", "substance_misuse"],
        ),
        R(
            "R3",
            T_CSP,
            "Tollerdown Community Safety Partnership should publish the learning from this review",
            ["awareness_public"],
        ),
        R(
            "R4",
            T_CSP,
            "Tollerdown Community Safety Partnership should ask the Home Office to add guidance",
            ["policy_procedure"],
        ),
    ],
    actions=[
        _a(
            "TD7/R1/A1",
            "R1",
            "Add a domestic abuse question to the repairs",
            "Head of Housing Management",
            "31.7.25",
            "Embedded",
        ),
        _a(
            "TD7/R1/A2",
            "R1",
            "Train repairs call handlers on the new",
            "Housing Training Officer",
            "30.11.25",
            "In train",
        ),
        _a(
            "TD7/R1/A3",
            "R1",
            "Check a sample of repair calls",
            "Tenancy Audit Officer",
            "28.2.26",
            "Not yet due",
        ),
        _a("TD7/R2/A1", "R2", "Add a partner risk section", "Service Manager", "30.9.25", "Implemented"),
        _a(
            "TD7/R2/A2",
            "R2",
            "Case file audit of partner risk sections",
            "Clinical Governance Lead",
            "31.5.26",
            "Not yet due",
        ),
        _a(
            "TD7/R3/A1",
            "R3",
            "Learning briefing for faith and community groups",
            T_CSM,
            "31.1.26",
            "In train",
        ),
        _a(
            "TD7/R3/A2",
            "R3",
            "Session at the Partnership's community forum",
            T_CSM,
            "31.10.25",
            "Implemented",
        ),
        _a(
            "TD7/R4/A1",
            "R4",
            "Letter from the Partnership chair to the Home Office",
            "Chair, Tollerdown Community Safety Partnership",
            "30.6.25",
            "Embedded",
        ),
    ],
    chronology=[],
    notes=(
        "plain pdftotext. A standalone DHR action plan: review_type DHR, doc_kind action_plan, review id null (only "
        "'DHR 7' / 'Domestic Homicide Review 7' is printed, a bare number), author the chair and writer, Adele 52 "
        "died 4 May 2023, area Tollerdown. Recommendations: the four merged Recommendation cells, ref as printed "
        "'R1'-'R4', text after 'R1. ', level overview, all local (R4 is addressed to the local CSP although it "
        "asks it to write to the Home Office). Actions: the eight rows, ref the composite cell exactly as printed "
        "('TD7/R1/A1'), recommendation_ref 'R1' ..., lead the Lead cell, d.m.yy -> day (25 = 2025); status the "
        "FIRST column: Embedded / Implemented -> complete (the key: done), In train -> in_progress, Not yet due -> "
        "not_started. The 'About this plan' prose (its example ref TD7/R2/A1 included), the status key and the "
        "count line are not records. No chronology."
    ),
)

# --------- 5. SAR executive summary: theme-lettered recs A1 / B1; timeline bullets with season and range dates
S5 = "sar_exec_summary_theme_lettered_recs_a1_b1_seven_minute_briefing_not_recs_timeline_bullets_season_and_range_dates_nimbus_sans_narrow_pennacombe"
P_SAB = "Pennacombe Safeguarding Adults Board"
P_CNL = "Pennacombe Council"

GOLD[S5] = dict(
    family="sar_exec_summary_theme_lettered_recs_timeline_bullets",
    description=(
        "SAR executive summary, Nimbus Sans Narrow 10.5, portrait, 2 pages: a 'Timeline at a glance' bulleted list "
        "whose items open with a date and a dash ('Autumn 2019 – ', 'March 2021 – ', '12 August 2021 – ', a range "
        "'2–5 June 2022 – '); a bulleted 'Seven-minute briefing' and 'Finding N.' paragraphs and a good-practice "
        "paragraph (none of them recommendations); page 2 recommendations grouped under Heading 3 themes 'Theme A "
        "– Leaving care' and lettered by theme 'A1', 'A2', 'B1', 'C1' as hanging paragraphs; a closing line"
    ),
    review=dict(
        review_id=None,
        review_type="SAR",
        area="Pennacombe",
        doc_kind="executive_summary",
        author="Henrietta Okonkwo-Vale",
        victims=[{"pseudonym": "Yusuf", "age": 20}],
        date_of_death="2022-06-09",
    ),
    review_alternatives={"area": [P_SAB]},
    recommendations=[
        R(
            "A1",
            P_CNL,
            "Pennacombe Council should keep a care leaver's personal adviser",
            ["children", "multi_agency_working"],
        ),
        R(
            "A2",
            P_CNL,
            "Pennacombe Council should give care leavers who lose a tenancy",
            ["children", "other"],
        ),
        R(
            "B1",
            P_SAB,
            "Pennacombe Safeguarding Adults Board should make sure outreach teams know how to raise",
            ["risk_assessment", "training"],
        ),
        R(
            "C1",
            "Pennacombe Alcohol Service",
            "Pennacombe Alcohol Service should offer an assertive outreach appointment",
            ["substance_misuse"],
        ),
    ],
    actions=[],
    chronology=[
        C(None, None, "Autumn 2019", "2019", "Yusuf, then 17, moved from a children's home"),
        C(None, None, "March 2021", "2021-03", "His personal adviser recorded that he was drinking"),
        C(None, None, "12 August 2021", "2021-08-12", "Yusuf was evicted from his lodgings"),
        C(
            None,
            None,
            "2–5 June 2022",
            "2022-06-02",
            "Outreach workers saw Yusuf three times",
            date_end="2022-06-05",
        ),
        C(None, None, "9 June 2022", "2022-06-09", "Yusuf was found dead in his tent"),
    ],
    notes=(
        "plain pdftotext. A SAR executive summary: review_type SAR, doc_kind executive_summary, no review id, author "
        "the lead reviewer, Yusuf 20 died 9 June 2022 (found that day), area Pennacombe. Recommendations: A1, A2, "
        "B1, C1, ref exactly as printed (the theme letter and number), title none (the theme heading groups them), "
        "level overview, all local. The briefing bullets, 'Finding N.' paragraphs and the good-practice paragraph "
        "are not recommendations. No actions (the plan is published separately). Chronology: one entry per "
        "timeline bullet, text after the dash; 'Autumn 2019' -> the year, 'March 2021' -> month, '2–5 June 2022' "
        "-> 2 June with date_end 5 June; not relative."
    ),
)


def main():
    # An optional folder argument writes the .json files there (a scratch copy to compare with the committed ones).
    write_gold(GOLD, HERE, sys.argv[1] if len(sys.argv) > 1 else None, family_keys="after_file")


if __name__ == "__main__":
    main()
