"""Hand-written gold for heldout36 (blind set). Every field below was written by hand from the documents'
meaning; only each record's `line` is looked up in the .txt (first line holding the start of text_start /
action_start). Run once to write <stem>.json.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/: gold_lines, the line look-up and writer every blind set shares

from build import S1, S2, S3, S4, S5  # noqa: E402
from gold_lines import A, C, R, write_gold  # noqa: E402

GOLD = {}
OV = "overview"

# Targets as printed -> the date a reader files them under: dd/mm/yyyy a day, "Jan-26" and "March 2026" a month,
# "Immediate" no date.
TARGETS = {
    "Immediate": None,
    "30/11/2025": "2025-11-30",
    "31/12/2025": "2025-12-31",
    "31/03/2026": "2026-03-31",
    "31/10/2025": "2025-10-31",
    "31/01/2026": "2026-01-31",
    "Jan-26": "2026-01",
    "Apr-26": "2026-04",
    "Sep-25": "2025-09",
    "Feb-26": "2026-02",
    "Jun-26": "2026-06",
    "Mar-26": "2026-03",
    "September 2025": "2025-09",
    "March 2026": "2026-03",
    "January 2026": "2026-01",
    "April 2026": "2026-04",
    "November 2025": "2025-11",
    "December 2025": "2025-12",
}
# Stallowmere's notes: Actioned done, Ongoing started, Not commenced not started (the Accepted? column is the
# agency's response, never a status). Hethercombe's key: Achieved / Underway / Not yet begun. Thrapsfield's RAG
# key: BLUE complete and signed off; GREEN on track and AMBER under way (both begun); RED not started.
STATUS = {
    "Actioned": "complete",
    "Ongoing": "in_progress",
    "Not commenced": "not_started",
    "Achieved": "complete",
    "Underway": "in_progress",
    "Not yet begun": "not_started",
    "BLUE": "complete",
    "GREEN": "in_progress",
    "AMBER": "in_progress",
    "RED": "not_started",
}


def _a(ref, rec, start, lead, target, status):
    return A(ref, OV, rec, start, lead, target, TARGETS[target], status, STATUS[status])


# --------- 1. SAR action plan after a death in prison
S_SAB = "Stallowmere Safeguarding Adults Board"
GOLD[S1] = dict(
    family="sar_prison_death_plan_accepted_column_merged_cells_split_row",
    description=(
        "Standalone SAR action plan after a death in prison, Nimbus Roman 10 (plan 9), landscape, 2 pages, running "
        "head 'PROTECT – PERSONAL · Stallowmere SAB', centred footer 'SAR 'Mr D' action plan v2 — page N': an "
        "opening paragraph, a 'Notes on this plan' label/value table (Accepted?, Status, Target date), an italic "
        "note that the Ombudsman's recommendations have their own plan, a progress count line; one table No. | "
        "Recommendation | Accepted? | Action | Owner | Target date | Status at 30/09/2025 with No., Recommendation "
        "and Accepted? merged down over each recommendation's actions (no action refs), Accepted / Partially "
        "accepted in the Accepted? column (not a status), targets 'Immediate' or dd/mm/yyyy, status Actioned / "
        "Ongoing / Not commenced last; recommendation 3's first action row is split over the page break, the "
        "header repeated"
    ),
    review=dict(
        review_id=None,
        review_type="SAR",
        area="Stallowmere",
        doc_kind="action_plan",
        author="Peregrine Oduya-Haldane",
        victims=[{"pseudonym": "Mr D", "age": 46}],
        date_of_death="2024-01-12",
    ),
    review_alternatives={"area": [S_SAB]},
    recommendations=[
        R(
            "1",
            "HMP Stallowmere",
            "HMP Stallowmere and its healthcare provider should agree a written process",
            ["information_sharing", "policy_procedure"],
        ),
        R(
            "2",
            None,
            "Reviews of prisoners on self-harm case management should include",
            ["mental_health", "record_keeping"],
        ),
        R(
            "3",
            S_SAB,
            "Stallowmere Safeguarding Adults Board should write to HM Prison",
            ["policy_procedure", "information_sharing"],
            after=110,
        ),
    ],
    actions=[
        _a(
            None,
            "1",
            "Family concerns line diverted to the Safer Custody",
            "Head of Safer Custody",
            "Immediate",
            "Actioned",
        ),
        _a(
            None,
            "1",
            "Written process issued to all wing managers",
            "Governor, Residential",
            "30/11/2025",
            "Ongoing",
        ),
        _a(
            None,
            "2",
            "Key workers added to the invitation list",
            "Safer Custody Manager",
            "31/12/2025",
            "Ongoing",
        ),
        _a(
            None,
            "2",
            "Dip sample of 20 closed plans each quarter",
            "Head of Safer Custody",
            "31/03/2026",
            "Ongoing",
        ),
        _a(
            None,
            "2",
            "Briefing for case managers on inviting family members",
            "Safer Custody Manager with the Family Engagement Worker",
            "31/03/2026",
            "Not commenced",
        ),
        _a(
            None,
            "3",
            "Letter from the Board's Independent Chair sent",
            "SAB Independent Chair",
            "31/10/2025",
            "Actioned",
        ),
        _a(
            None,
            "3",
            "Local transfer checklist amended while a national",
            "Healthcare Head of Service",
            "31/01/2026",
            "Ongoing",
        ),
    ],
    chronology=[],
    notes=(
        "plain pdftotext. A standalone SAR plan: review_type SAR, doc_kind action_plan, no review id, author the "
        "independent reviewer of the opening paragraph, Mr D 46, died 12 January 2024 in prison, area Stallowmere "
        "(or the Board). Recommendations: the merged Recommendation cells, ref the No. cell, level overview; 1 to "
        "the prison (and its healthcare provider), 2 names no body (agency null), 3 to the Board, which writes to a "
        "national body but is itself local: all local. The notes table, the Ombudsman note and the count line are "
        "not records. Actions: the seven rows, no action ref, recommendation_ref the merged No. cell, lead the "
        "Owner cell, target dd/mm/yyyy -> day, 'Immediate' -> no date; status the last column: Actioned -> "
        "complete, Ongoing -> in_progress, Not commenced -> not_started. The Accepted? column (Accepted / Partially "
        "accepted) is the agency's response, not a status. Recommendation 3's first row ('Letter from the Board's "
        "Independent Chair sent to the HMPPS Director ...') is split over the page break with its merged cells."
    ),
)

# --------- 2. Northern Ireland case management review, executive summary
D_SBNI = "Safeguarding Board for Northern Ireland"
GOLD[S2] = dict(
    family="ni_cmr_exec_summary_when_what_table_regional_local_recs",
    description=(
        "Northern Ireland Case Management Review executive summary, Liberation Sans 10, portrait, 2 pages, running "
        "head 'SBNI | CMR 03/20 | Executive Summary', footer '<label> – N': opening paragraph, terms of reference "
        "(a)-(c), a two-column When | What happened table (bold When cells: '3.3.19' d.m.yy unpadded, a day range "
        "'10–14.6.19', a month 'Oct 2019'), 'Practice point' boxes; page 2 'Recommendations' with sub-headings "
        "'Regional recommendations' (1-2) and 'Local recommendations' (3-5), numbering continuing across them, each a "
        "bold run-in 'Recommendation N:'; a closing italic acceptance line"
    ),
    review=dict(
        review_id="CMR 03/20",
        review_type="SCR",
        area="Drumcassel",
        doc_kind="executive_summary",
        author="Aisling McCandless-Ferry",
        victims=[{"pseudonym": "Child R", "age": 2}],
        date_of_death="2020-02-19",
    ),
    review_alternatives={"area": [D_SBNI, "SBNI", "Northern Ireland"], "review_id": ["CMR 03/20: Child R"]},
    recommendations=[
        R(
            "1",
            "SBNI",
            "The SBNI should revise its regional procedures so that every unexplained injury",
            ["children", "policy_procedure", "risk_assessment"],
            scope="regional",
        ),
        R(
            "2",
            "SBNI",
            "The SBNI should develop regional guidance for Gateway Services",
            ["children", "policy_procedure"],
            scope="regional",
        ),
        R(
            "3",
            "Drumcassel Health and Social Care Trust",
            "Drumcassel Health and Social Care Trust should make sure",
            ["record_keeping", "information_sharing"],
        ),
        R(
            "4",
            "PSNI",
            "The PSNI in the Drumcassel district should ask to see every child",
            ["children", "record_keeping"],
        ),
        R(
            "5",
            "Drumcassel GP practices",
            "Drumcassel GP practices should ask about domestic abuse",
            ["routine_enquiry", "children"],
        ),
    ],
    actions=[],
    chronology=[
        C(None, None, "3.3.19", "2019-03-03", "Child R's mother told the health visitor at the 12-month"),
        C(
            None,
            None,
            "10–14.6.19",
            "2019-06-10",
            "Child R stayed with her maternal grandmother",
            date_end="2019-06-14",
        ),
        C(None, None, "27.8.19", "2019-08-27", "The PSNI attended a report of a disturbance"),
        C(None, None, "Oct 2019", "2019-10", "The Gateway Service closed the referral after"),
        C(None, None, "5.12.19", "2019-12-05", "Child R was seen at the GP surgery with a bruise"),
        C(None, None, "18.2.20", "2020-02-18", "Child R was taken to the Emergency Department"),
    ],
    notes=(
        "plain pdftotext. A Northern Ireland CMR (the SCR of that jurisdiction): review_type SCR, doc_kind "
        "executive_summary, review id 'CMR 03/20' (title and running head), author the independent reviewer, Child R "
        "aged two, died 19 February 2020 (the day after the last table row), area Drumcassel (or the SBNI / Northern "
        "Ireland). Recommendations: 1-5 as printed after 'Recommendation N:', level overview; 1 and 2 to the SBNI "
        "'across Northern Ireland' / 'regional' -> regional; 3-5 local agencies -> local. Terms of reference (a)-(c), "
        "practice point boxes and the acceptance line are not recommendations. Chronology: the six table rows, "
        "date_raw the When cell; d.m.yy -> day (2-digit year 20xx); '10–14.6.19' the range's first day, date_end "
        "its last; 'Oct 2019' the month; text the What happened cell; no ref, no heading."
    ),
)

# --------- 3. Thematic SAR summary with theme-lettered recommendations and a "How we will know" plan
GOLD[S3] = dict(
    family="thematic_sar_summary_theme_lettered_recs_how_we_will_know_plan",
    description=(
        "Thematic SAR summary report and action plan, URW Bookman 9.5, portrait, 2 pages, running head 'Hethercombe "
        "Safeguarding Adults Board — Thematic Review', footer 'HSAB thematic SAR summary / N': three adults (no "
        "single death date), a 'What families told us' box, themes 'Theme A – ...' and 'Theme B – ...' each with a "
        "paragraph and bold run-in recommendations A1, A2 / B1, B2, an italic learning line said not to be a "
        "recommendation; page 2 a plan Ref | What we will do | Who | When | How we will know | Progress, the Ref "
        "cell the recommendation's ref repeated on each of its rows (no action refs), When 'Jan-26' (Mon-yy), "
        "Progress Achieved / Underway / Not yet begun with a key line above"
    ),
    review=dict(
        review_id=None,
        review_type="SAR",
        area="Hethercombe",
        doc_kind="executive_summary",
        author="Fenella Stroud-Amankwah",
        victims=[
            {"pseudonym": "Anne", "age": 71},
            {"pseudonym": "Bernard", "age": 58},
            {"pseudonym": "Clive", "age": 80},
        ],
        date_of_death=None,
    ),
    review_alternatives={"area": ["Hethercombe Safeguarding Adults Board"]},
    recommendations=[
        R(
            "A1",
            "Hethercombe Homes",
            "Hethercombe Homes should make sure that tenancy officers recognise",
            ["training"],
        ),
        R(
            "A2",
            "Adult Social Care",
            "Adult Social Care should lead a multi-agency panel",
            ["multi_agency_working"],
        ),
        R(
            "B1",
            "Hethercombe Hospitals Trust",
            "Hethercombe Hospitals Trust should review its discharge checklist",
            ["policy_procedure", "information_sharing"],
        ),
        R(
            "B2",
            None,
            "Community health services and Adult Social Care should agree a joint visit",
            ["multi_agency_working"],
        ),
    ],
    actions=[
        _a(None, "A1", "Add a hoarding and self-neglect question", "Hethercombe Homes", "Jan-26", "Achieved"),
        _a(
            None,
            "A1",
            "Train tenancy officers to use the self-neglect",
            "Hethercombe Homes",
            "Apr-26",
            "Underway",
        ),
        _a(None, "A2", "Set up a monthly self-neglect panel", "Adult Social Care", "Sep-25", "Achieved"),
        _a(
            None,
            "B1",
            "Discharge checklist asks who will be at home",
            "Hethercombe Hospitals Trust",
            "Feb-26",
            "Underway",
        ),
        _a(
            None,
            "B1",
            "Share the checklist with the two private",
            "Hethercombe Hospitals Trust",
            "Jun-26",
            "Not yet begun",
        ),
        _a(
            None,
            "B2",
            "Joint visit within 48 hours for anyone discharged",
            "Community Health and Adult Social Care",
            "Mar-26",
            "Underway",
        ),
    ],
    chronology=[],
    notes=(
        "plain pdftotext. A thematic SAR about three deaths: review_type SAR, doc_kind executive_summary (a summary "
        "report with its plan), no review id, author the independent reviewer, victims Anne 71, Bernard 58, Clive "
        "80, no date of death printed (null), area Hethercombe (or the Board). Recommendations: A1, A2, B1, B2 as "
        "printed, level overview, local; B2 names two services and no single body (agency null). The families box, "
        "theme paragraphs and the learning line are not recommendations. Actions: the six rows, no action ref "
        "(the Ref cell is the recommendation's), recommendation_ref that cell, lead Who, target 'Jan-26' -> month, "
        "the How we will know cell is not the action; status Achieved -> complete, Underway -> in_progress, Not yet "
        "begun -> not_started."
    ),
)

# --------- 4. DHR overview extract: chronology with a Panel comment column, R.n and single-agency recommendations
W_CSP = "Oswaldby Community Safety Partnership"
GOLD[S4] = dict(
    family="dhr_overview_chron_table_panel_comment_col_r_dot_n_recs_single_agency_table",
    description=(
        "DHR overview report extract, C059 10, portrait, 2 pages, running head 'Oswaldby Community Safety "
        "Partnership — Domestic Homicide Review: Lorna', footer the bare page number: section 4 with numbered "
        "paragraphs 4.1, 4.2 and a four-column table Date | Source | Information | Panel comment, dates 'd Mon yy' "
        "('4 Nov 21', two rows on '2 Feb 22') and one month 'Mar 22', the Panel comment cell the panel's view "
        "(or an em dash), not the event; a good-practice paragraph; page 2 section 5: 5.1, 'Overview "
        "recommendations' R.1-R.3 as hanging numbered paragraphs, 'Single agency recommendations' a table Agency | "
        "Ref | Recommendation (WP1, WM1); a closing chair and author line"
    ),
    review=dict(
        review_id=None,
        review_type="DHR",
        area="Oswaldby",
        doc_kind="overview_report",
        author="Rosalind Achebe-Whitford",
        victims=[{"pseudonym": "Lorna", "age": 34}],
        date_of_death="2022-04-09",
    ),
    review_alternatives={"area": [W_CSP]},
    recommendations=[
        R(
            "R.1",
            W_CSP,
            "Oswaldby Community Safety Partnership should make sure that GP practices",
            ["routine_enquiry", "mental_health"],
        ),
        R("R.2", W_CSP, "Oswaldby Community Safety Partnership should fund a campaign", ["awareness_public"]),
        R(
            "R.3",
            "Oswaldby Council Housing Service",
            "Oswaldby Council Housing Service should treat a transfer",
            ["routine_enquiry", "other"],
        ),
        R(
            "WP1",
            "Oswaldby Police",
            "Officers attending a domestic incident should speak to each adult",
            ["routine_enquiry", "risk_assessment"],
            level="agency",
        ),
        R(
            "WM1",
            "Oswaldby Medical Practices",
            "Reception staff should record when an appointment is cancelled",
            ["record_keeping", "information_sharing"],
            level="agency",
        ),
    ],
    actions=[],
    chronology=[
        C(None, None, "4 Nov 21", "2021-11-04", "Lorna told her GP she had been feeling low"),
        C(None, None, "17 Jan 22", "2022-01-17", "A neighbour reported shouting and a door"),
        C(None, None, "2 Feb 22", "2022-02-02", "Lorna asked the housing office about a transfer"),
        C(None, None, "2 Feb 22", "2022-02-02", "A receptionist took a call from Kieran cancelling"),
        C(None, None, "Mar 22", "2022-03", "Lorna's friend Sadie noticed bruising on her arm"),
        C(None, None, "9 Apr 22", "2022-04-09", "Police were called to the flat by Kieran"),
    ],
    notes=(
        "plain pdftotext. DHR overview extract: review_type DHR, doc_kind overview_report, no review id, author the "
        "chair and author of the closing line, Lorna 34 (paragraph 4.1), died 9 April 2022 (the last row), area "
        "Oswaldby (or the CSP). Recommendations: R.1-R.3 as printed, level overview, local; WP1 and WM1 from the "
        "single agency table, level agency, agency the Agency cell, ref the Ref cell. Paragraphs 4.1, 4.2, 5.1 are "
        "not recommendations. Chronology: the six rows, date_raw the Date cell ('d Mon yy' -> day, 'Mar 22' -> the "
        "month), text the Information cell; the Source cell is the agency, the Panel comment cell is not part of the "
        "text; no ref, no heading."
    ),
)

# --------- 5. CSPR action plan with full-width recommendation band rows and colour-word RAG
T_SCP = "Thrapsfield Safeguarding Children Partnership"
GOLD[S5] = dict(
    family="cspr_plan_full_width_band_rows_rag_colour_words_sign_off_col",
    description=(
        "Standalone CSPR action plan, DejaVu Sans 8, landscape, 2 pages, running head 'Thrapsfield Safeguarding "
        "Children Partnership · CSPR Child T · Action plan v3', footer 'TSCP N (approved by the Executive, 2 October "
        "2025)': opening paragraph, a bold RAG key line (BLUE / GREEN / AMBER / RED), two bullets; one table Ref | "
        "Action | Lead officer | By | Evidence | Sign-off date | RAG where a shaded full-width merged row "
        "'Recommendation N – <text>' heads each group, action refs '1.1', By a month name and year (wrapping), "
        "Sign-off date dd/mm/yyyy on BLUE rows only, RAG a colour word in capitals last; a count line; page 2 "
        "'Monitoring and sign-off' paragraphs and a Role | Name | Date sign-off table (not actions)"
    ),
    review=dict(
        review_id=None,
        review_type="SCR",
        area="Thrapsfield",
        doc_kind="action_plan",
        author="Bartholomew Ingersoll-Mensah",
        victims=[{"pseudonym": "Child T", "age": 1}],
        date_of_death="2024-07-28",
    ),
    review_alternatives={"area": [T_SCP]},
    recommendations=[
        R(
            "1",
            T_SCP,
            "Thrapsfield Safeguarding Children Partnership should make sure that practitioners ask",
            ["routine_enquiry", "children"],
        ),
        R(
            "2",
            "Thrapsfield Council Children's Services",
            "Thrapsfield Council Children's Services should review",
            ["information_sharing", "mental_health", "policy_procedure"],
        ),
        R(
            "3",
            "Thrapsfield Police",
            "Thrapsfield Police should make sure that a child present",
            ["children", "record_keeping"],
        ),
    ],
    actions=[
        _a(
            "1.1", "1", "Add 'who else lives here or visits often'", "Named Midwife", "September 2025", "BLUE"
        ),
        _a(
            "1.2",
            "1",
            "Deliver a practice workshop on engaging fathers",
            "Partnership Training Lead",
            "March 2026",
            "GREEN",
        ),
        _a(
            "2.1",
            "2",
            "Rewrite the joint working protocol",
            "Head of Service, Children in Need",
            "January 2026",
            "AMBER",
        ),
        _a(
            "2.2",
            "2",
            "Audit ten families known to both services",
            "Quality Assurance Manager",
            "April 2026",
            "RED",
        ),
        _a(
            "2.3",
            "2",
            "Add the mental health trust's safeguarding lead",
            "Front Door Manager",
            "November 2025",
            "BLUE",
        ),
        _a(
            "3.1",
            "3",
            "Change the domestic abuse referral form",
            "Detective Chief Inspector, Public Protection",
            "December 2025",
            "GREEN",
        ),
    ],
    chronology=[],
    notes=(
        "plain pdftotext. A standalone CSPR plan: review_type SCR, doc_kind action_plan, no review id, author the "
        "independent reviewer, Child T aged 15 months (age 1), died 28 July 2024, area Thrapsfield (or the "
        "Partnership). Recommendations: the three band rows, ref the number after 'Recommendation', text after the "
        "dash, level overview, local. The key, bullets, count line, monitoring paragraphs and the sign-off table are "
        "not records. Actions: the six rows, ref as printed ('1.1'), recommendation_ref the band above, lead the Lead "
        "officer cell, target the By month -> month; the Evidence and Sign-off date cells are not the action, "
        "target or status; status the RAG word per the key: BLUE -> complete, GREEN (on track) and AMBER (under "
        "way) -> in_progress, RED (not started) -> not_started."
    ),
)


def main():
    # An optional folder argument writes the .json files there (a scratch copy to compare with the committed ones).
    write_gold(GOLD, HERE, sys.argv[1] if len(sys.argv) > 1 else None, family_keys="after_file")


if __name__ == "__main__":
    main()
