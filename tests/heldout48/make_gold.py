"""Hand-written gold for heldout48 (blind set). Every field below was written by hand from the documents'
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

# Targets as printed -> the date a reader files them under: the day where a day is printed, else the month.
TARGETS = {
    "31 March 2025": "2025-03-31",
    "Sept 2025": "2025-09",
    "March 2026": "2026-03",
    "30 June 2025": "2025-06-30",
    "June 2026": "2026-06",
    "30 April 2025": "2025-04-30",
    "Dec 2025": "2025-12",
    "31 December 2025": "2025-12-31",
    "31 March 2026": "2026-03-31",
    "31 January 2025": "2025-01-31",
    "Nov 2025": "2025-11",
    "March 2025": "2025-03",
    "December 2025": "2025-12",
    "June 2025": "2025-06",
    "August 2025": "2025-08",
    "31 Mar 2025": "2025-03-31",
    "Jun 2025": "2025-06",
    "30 Apr 2025": "2025-04-30",
    "31 May 2025": "2025-05-31",
    "Mar 2026": "2026-03",
    "30 Sep 2025": "2025-09-30",
    "31 Jul 2025": "2025-07-31",
    "Sep 2025": "2025-09",
    "31 Jan 2025": "2025-01-31",
}
# Each document's own words: Cardenbury's RAG colour word opening the Completion / RAG cell (by its key: GREEN
# complete, AMBER under way, RED not started or overdue); Inverallan's word opening the Progress cell;
# Pellowmouth's Status cell by its key (Partially complete = some of it done; Outstanding = not yet done).
STATUS = {
    "GREEN": "complete",
    "AMBER": "in_progress",
    "RED": "not_started",
    "Complete": "complete",
    "Underway": "in_progress",
    "Not yet started": "not_started",
    "Partially complete": "in_progress",
    "Outstanding": "not_started",
}


def _a(ref, rec, start, lead, target, status, section=OV, after=0):
    return A(ref, section, rec, start, lead, target, TARGETS[target], status, STATUS[status], after=after)


# --------- 1. DHR overview extract: sidebar title page, footnotes, recommendations with (a), (b) over a page break
H_CSP = "Haverstoke Community Safety Partnership"
GOLD[S1] = dict(
    family="dhr_overview_title_page_sidebar_stacked_labels_footnotes_recs_sub_items_over_page_break",
    description=(
        "A DHR overview report extract, P052 10.5, portrait, 3 pages; no head or foot on the title page, then "
        "running head 'Haverstoke CSP · DHR ‘Joanne’ · Overview Report' (right) and footer 'OFFICIAL  N' (right). "
        "Title page: a borderless two-cell table, the left cell a dark teal panel with the partnership's name and "
        "'Domestic Homicide Review' / 'Overview Report' in white, the right cell six facts each as a small grey "
        "capitals label line over a bold value line (REVIEW REFERENCE / HCSP-DHR-0422, CONCERNING / ‘Joanne’, "
        "aged 46, DATE OF DEATH / 04.11.2022, INDEPENDENT CHAIR AND AUTHOR / Dr Anselm Whitcombe-Rae, REPORT "
        "COMPLETED / June 2024, STATUS / Final – for publication), then an italic property note. Page 2: an "
        "extract note, '1. Introduction' 1.1-1.4 with superscript footnote marks 1 and 2 and the footnotes after "
        "the section under a short rule, '6. Conclusions' 6.1-6.4, '7. Recommendations' 7.1 (lead-in, not a "
        "recommendation), then a numbered list '1.'-'6.' with hanging indent, items 2 and 4 ending 'so that:' / "
        "'make sure that:' over sub-items (a), (b); the list runs over the page break between 2(a) and 2(b); "
        "item 3 carries a superscript footnote mark 3 inside its text; 7.2 (a plan note, not a "
        "recommendation) and footnote 3 after it. No plan, no chronology"
    ),
    review=dict(
        review_id="HCSP-DHR-0422",
        review_type="DHR",
        area="Haverstoke",
        doc_kind="overview_report",
        author="Anselm Whitcombe-Rae",
        victims=[{"pseudonym": "Joanne", "age": 46}],
        date_of_death="2022-11-04",
    ),
    review_alternatives={"area": [H_CSP]},
    recommendations=[
        R(
            "1",
            H_CSP,
            "Haverstoke Community Safety Partnership should write to every agency on the review panel",
            ["policy_procedure", "quality_assurance"],
        ),
        R(
            "2",
            "Haverstoke Borough Council Housing Services",
            "Haverstoke Borough Council Housing Services should change the way it handles requests",
            ["risk_assessment", "other"],
        ),
        R(
            "3",
            "Ardenmouth and Haverstoke NHS Foundation Trust",
            "Ardenmouth and Haverstoke NHS Foundation Trust should audit the use of its emergency",
            ["routine_enquiry", "quality_assurance"],
        ),
        R(
            "4",
            "Haverstoke Division of Ardenshire Constabulary",
            "Haverstoke Division of Ardenshire Constabulary should make sure that",
            ["risk_assessment", "perpetrators"],
        ),
        R(
            "5",
            H_CSP,
            "Haverstoke Community Safety Partnership should commission training for employers",
            ["awareness_public", "training"],
        ),
        R(
            "6",
            "Home Office",
            "The Home Office should consider adding guidance on withdrawn disclosures",
            ["policy_procedure"],
            scope="national",
        ),
    ],
    actions=[],
    chronology=[],
    notes=(
        "plain pdftotext. Review fields from the title page's stacked label/value lines: review id "
        "'HCSP-DHR-0422', date of death '04.11.2022' (dd.mm.yyyy; printed nowhere else), author the independent "
        "chair and author (the 'Dr' is an honorific), Joanne 46; area Haverstoke (the partnership's name also "
        "accepted). 'June 2024' is the report's completion date, not a date of death. Recommendations: the six "
        "numbered items under 7.1, ref the number as printed, agency the body each item opens with; items 2 and "
        "4 include their sub-items (a) and (b) (the sub-items are parts of the recommendation, not separate "
        "recommendations; 2(b) is on page 3, after the page break). Item 3's superscript '3' is a footnote mark, "
        "not part of the text; footnote 3 is not a recommendation. 7.1 and 7.2 are not recommendations. #6 to "
        "the Home Office, scope national; the rest local. No plan, no chronology ('the summer of 2022', 'January "
        "2020' are in narrative paragraphs)."
    ),
)

# --------- 2. HO-template-like DHR action plan: unheaded number column, Completion / RAG colour words
C_CSP = "Cardenbury Community Safety Partnership"
C_ASC = "Cardenbury Adult Social Care"
GOLD[S2] = dict(
    family="dhr_plan_ho_template_like_unheaded_number_col_completion_rag_colour_words",
    description=(
        "A DHR action plan only, DejaVu Sans 9 (table 8.5), landscape A4, 1.4 cm side margins, 2 pages; no running "
        "head; footer 'Cardenbury CSP – DHR ‘Harold’ action plan – last updated 14 October 2025 – page N of M' "
        "(left). A title (partnership; 'Domestic Homicide Review ‘Harold’ (CCSP DHR 2023/02): Action Plan'), a "
        "note, then one table whose first column has an empty header: '' | Recommendation | Scope (local, regional "
        "or national) | Action to take | Lead agency | Key milestones | Target date | Completion / RAG. The "
        "first column holds the action numbers 1.1-5.2; the Recommendation cell ('1. Cardenbury Community Safety "
        "Partnership to ...') and the Scope cell are merged down over each recommendation's actions; targets "
        "'31 March 2025', 'Sept 2025', 'March 2026', 'Dec 2025', 'Nov 2025'; the last cell opens with a colour "
        "word on a matching fill ('GREEN – Completed 14/03/2025', 'AMBER – on track', 'RED – not started; "
        "waits for 1.2'); the header repeats on page 2 and the row 5.1 splits over the page break (its merged "
        "recommendation text continues on page 2). Under the table a bold 'RAG key:' line and a summary count line"
    ),
    review=dict(
        review_id="CCSP DHR 2023/02",
        review_type="DHR",
        area="Cardenbury",
        doc_kind="action_plan",
        author=None,
        victims=[{"pseudonym": "Harold", "age": None}],
        date_of_death=None,
    ),
    review_alternatives={"area": [C_CSP]},
    recommendations=[
        R(
            "1",
            C_CSP,
            "Cardenbury Community Safety Partnership to develop a multi-agency pathway for older victims",
            ["multi_agency_working", "other"],
        ),
        R(
            "2",
            C_ASC,
            "Cardenbury Adult Social Care to make sure that a carer’s assessment records",
            ["record_keeping", "routine_enquiry"],
        ),
        R(
            "3",
            "Glassbrook Primary Care Network",
            "Glassbrook Primary Care Network to remind GPs and practice nurses to see older patients alone",
            ["routine_enquiry"],
        ),
        R(
            "4",
            "Corvanshire Police",
            "Corvanshire Police to review how officers record a call where the caller is an older person",
            ["record_keeping"],
        ),
        R(
            "5",
            "Home Office",
            "The Home Office to include the abuse of older people by family members",
            ["policy_procedure"],
            scope="national",
        ),
    ],
    actions=[
        _a(
            "1.1",
            "1",
            "Map the current referral routes for older victims",
            "Cardenbury CSP",
            "31 March 2025",
            "GREEN",
        ),
        _a("1.2", "1", "Draft, consult on and publish the pathway", "Cardenbury CSP", "Sept 2025", "AMBER"),
        _a(
            "1.3",
            "1",
            "Brief frontline managers in each partner agency",
            "Cardenbury CSP",
            "March 2026",
            "RED",
        ),
        _a(
            "2.1",
            "2",
            "Add two mandatory fields to the carer’s assessment form",
            C_ASC,
            "30 June 2025",
            "GREEN",
        ),
        _a("2.2", "2", "Dip sample 25 carer’s assessments each quarter", C_ASC, "June 2026", "AMBER"),
        _a(
            "3.1",
            "3",
            "Practice bulletin article and a standing item at the safeguarding leads’ forum",
            "Glassbrook PCN",
            "30 April 2025",
            "GREEN",
        ),
        _a(
            "3.2",
            "3",
            "Add a prompt to the template used for annual reviews",
            "Glassbrook PCN",
            "Dec 2025",
            "AMBER",
        ),
        _a(
            "4.1",
            "4",
            "Change the domestic abuse incident form so that the victim’s date of birth",
            "Corvanshire Police",
            "31 December 2025",
            "AMBER",
        ),
        _a(
            "4.2",
            "4",
            "Review 50 incidents from the year before the change",
            "Corvanshire Police",
            "31 March 2026",
            "RED",
        ),
        _a(
            "5.1",
            "5",
            "Chair of the CSP to write to the Home Office enclosing the report",
            "Cardenbury CSP",
            "31 January 2025",
            "GREEN",
        ),
        _a(
            "5.2",
            "5",
            "Raise the recommendation at the regional DHR chairs’ network",
            "Cardenbury CSP",
            "Nov 2025",
            "AMBER",
        ),
    ],
    chronology=[],
    notes=(
        "plain pdftotext. Review fields: review id 'CCSP DHR 2023/02' from the title line, area Cardenbury (the "
        "partnership's name also accepted), doc_kind action_plan; no author, no date of death, Harold's age not "
        "given. Recommendations: the five merged Recommendation cells, ref the number opening the cell ('1. ...'), "
        "agency the body the text opens with (#3's lead column says 'Glassbrook PCN', #5's lead is Cardenbury CSP "
        "but the recommendation is to the Home Office: scope national, as the Scope cell says); the rest local. "
        "Actions: one per row (eleven), ref the unheaded first column ('1.1'), recommendation_ref the number "
        "opening the merged Recommendation cell, lead the Lead agency cell as printed, target the Target date "
        "('31 March 2025' the day, 'Sept 2025' the month). Status: the colour word opening the Completion / RAG "
        "cell, status_raw that word, by the key under the table: GREEN complete, AMBER in_progress, RED "
        "not_started (both RED cells say not started / not yet assigned); the completion date after 'GREEN – "
        "Completed' is not the target. Row 5.1 runs over the page break; its Recommendation text continues on "
        "page 2 beside 5.1's last line and 5.2. The Key milestones column is not the status. No chronology."
    ),
)

# --------- 3. Scottish SCR: dated-paragraph key events, numbered-paragraph recommendations, CPC improvement plan
I_CPC = "Inverallan Child Protection Committee"
I_NHS = "NHS Inverallan"
I_DOC = "Child Protection Lead Doctor, NHS Inverallan"
GOLD[S3] = dict(
    family="scotland_cpc_significant_case_review_dated_para_key_events_numbered_para_recs_cpc_plan",
    description=(
        "A Scottish child protection Significant Case Review report, Nimbus Roman 11, portrait, 3 pages; running "
        "head 'Inverallan CPC – Significant Case Review – Child E' (left), footer 'N' (centred). A centred title "
        "block (committee, 'Significant Case Review', 'Child E (‘Ellie’)', a line 'Lead reviewer: ... | Approved by "
        "the CPC and Chief Officers’ Group: 19 March 2024'), '1. Introduction' 1.1-1.2 (Ellie two, died 23 January "
        "2022), '2. Key events': an italic note, then eight paragraphs each opening with a bold date and an en "
        "dash ('14 April 2021 – ...', 'Early August 2021 – ...', 'Late October 2021 – ...'), no paragraph "
        "numbers; '3. Analysis', '4. Key learning' (4.1-4.2, not recommendations), '5. Recommendations': 5.1 a "
        "lead-in, 5.2-5.5 the recommendations as numbered paragraphs of the section, 5.6 a closing paragraph; then "
        "on page 3 'Appendix 1: CPC improvement plan (progress at 30 September 2025)', a table Rec. | Improvement "
        "action | Lead | Timescale | Progress, the Rec. cell '5.2' repeated on each of its rows, timescales a "
        "month and year in words, the Progress cell opening with the status word ('Complete – ...', 'Underway – "
        "...', 'Not yet started – ...'), and a next-report line"
    ),
    review=dict(
        review_id=None,
        review_type="SCR",
        area="Inverallan",
        doc_kind="overview_report",
        author="Fiona Rattray-McLeish",
        victims=[{"pseudonym": "Ellie", "age": 2}],
        date_of_death="2022-01-23",
    ),
    review_alternatives={"area": [I_CPC]},
    recommendations=[
        R(
            "5.2",
            I_CPC,
            "Inverallan Child Protection Committee should issue practice guidance on responding to concerns",
            ["policy_procedure", "information_sharing", "children"],
        ),
        R(
            "5.3",
            I_NHS,
            "NHS Inverallan should make sure that health visitors ask to speak to a mother on her own",
            ["routine_enquiry", "children"],
        ),
        R(
            "5.4",
            "Inverallan Council Education Services",
            "Inverallan Council Education Services should require nurseries to tell the named person",
            ["information_sharing", "children"],
        ),
        R(
            "5.5",
            I_CPC,
            "Inverallan Child Protection Committee should seek assurance that GPs in the area know",
            ["quality_assurance", "information_sharing", "children"],
        ),
    ],
    actions=[
        _a(
            None,
            "5.2",
            "Write and publish practice guidance on public and neighbour concerns",
            "CPC Lead Officer",
            "March 2025",
            "Complete",
        ),
        _a(
            None,
            "5.2",
            "Audit 20 public concern calls six months after publication",
            "CPC Quality Assurance Subgroup",
            "December 2025",
            "Underway",
        ),
        _a(
            None,
            "5.3",
            "Add a ‘seen alone’ field to the health visiting record",
            "Lead Nurse, Children’s Services, NHS Inverallan",
            "June 2025",
            "Complete",
        ),
        _a(
            None,
            "5.4",
            "Change the nursery attendance procedure and tell all settings",
            "Head of Early Years, Education Services",
            "August 2025",
            "Underway",
        ),
        _a(
            None,
            "5.5",
            "Deliver a GP learning session on sharing concerns",
            I_DOC,
            "March 2026",
            "Not yet started",
        ),
        _a(
            None,
            "5.5",
            "Add the review’s learning to the GP induction pack",
            I_DOC,
            "March 2026",
            "Not yet started",
        ),
    ],
    chronology=[
        C(
            None,
            None,
            "14 April 2021",
            "2021-04-14",
            "Ellie’s mother, Kirsty, attended her booking appointment",
        ),
        C(None, None, "3 June 2021", "2021-06-03", "The health visitor carried out a routine visit"),
        C(
            None,
            None,
            "Early August 2021",
            "2021-08",
            "A neighbour telephoned the council’s out-of-hours service",
        ),
        C(None, None, "11 August 2021", "2021-08-11", "A social worker and the police visited together"),
        C(
            None,
            None,
            "27 September 2021",
            "2021-09-27",
            "Ellie was taken to the GP with a bruise on her cheek",
        ),
        C(None, None, "Late October 2021", "2021-10", "Ellie stopped attending her nursery place"),
        C(
            None,
            None,
            "9 December 2021",
            "2021-12-09",
            "The health visitor called at the house for Ellie’s two-year review",
        ),
        C(
            None,
            None,
            "23 January 2022",
            "2022-01-23",
            "Ellie was taken to the emergency department at Inverallan Royal",
        ),
    ],
    notes=(
        "plain pdftotext. A Scottish Significant Case Review (review_type SCR), doc_kind overview_report (the full "
        "report for publication); no review id; author the lead reviewer; Ellie 2, died 23 January 2022 (1.1 and "
        "the last key event); area Inverallan (the committee's name also accepted). '19 March 2024' is the "
        "approval date. Recommendations: paragraphs 5.2-5.5, ref the paragraph number as printed ('5.2'), agency "
        "the body each opens with; local. 5.1 (lead-in) and 5.6 (closing) are not recommendations; nor are the "
        "key learning paragraphs 4.1-4.2. Chronology: the eight key-event paragraphs of section 2, one each, "
        "date the bold date opening it ('Early August 2021' and 'Late October 2021' the month), text after the "
        "dash; no ref, no heading. Actions: the six rows of Appendix 1, no action ref (null), recommendation_ref "
        "the Rec. cell ('5.2'), lead the Lead cell as printed, target the Timescale (a month in words: the "
        "month). Status: the word(s) opening the Progress cell, status_raw those words: Complete complete, "
        "Underway in_progress, Not yet started not_started; the dates inside the Progress cell are not targets."
    ),
)

# --------- 4. SAR overview extract: Date | Source | Event | Comment chronology with mixed dates; bullet recs
K_ASC = "Kestlemoor Adult Social Care"
GOLD[S4] = dict(
    family="sar_overview_chron_table_date_source_event_comment_mixed_dates_recs_unnumbered_bullets",
    description=(
        "A SAR overview report extract, URW Gothic 9.5 (table 9), portrait, 2 pages; running head 'Kestlemoor "
        "Safeguarding Adults Board | Safeguarding Adults Review: ‘Albert’' (centred), footer 'SAR ‘Albert’ – "
        "overview report – extract – N' (right). A title, an extract line, the independent reviewer's name; "
        "'2. Albert' 2.1-2.6, '3. What happened' 3.1 (Albert 84) and 3.2 (a key to the sources), then a Word "
        "table Date | Source | Event | Comment of ten rows, the dates in mixed forms ('03/01/23', 'w/c 16 January "
        "2023', 'February 2023', '07.03.2023', 'Late March 2023', '12 April 2023', '20/04/2023', '2–3 May 2023', "
        "'09/05/2023', '18 May 2023'), four Comment cells blank; the table runs over the page break, the '2–3 May "
        "2023' row split (its last line under the repeated header on page 2); 3.3; '6. Recommendations' 6.1 (a "
        "lead-in ending 'the following recommendations:') and five unnumbered bullets, the list running over "
        "the page break; 6.2 (acceptance, not a recommendation). No plan"
    ),
    review=dict(
        review_id=None,
        review_type="SAR",
        area="Kestlemoor",
        doc_kind="overview_report",
        author="Bernadette Oyelaran-Hythe",
        victims=[{"pseudonym": "Albert", "age": 84}],
        date_of_death="2023-05-18",
    ),
    review_alternatives={"area": ["Kestlemoor Safeguarding Adults Board"]},
    recommendations=[
        R(
            None,
            K_ASC,
            "Kestlemoor Adult Social Care should stop closing cases as ‘declined services’",
            ["risk_assessment", "other"],
        ),
        R(
            None,
            "Kestlemoor Fire and Rescue Service",
            "Kestlemoor Fire and Rescue Service and Adult Social Care should agree a joint visit",
            ["multi_agency_working"],
        ),
        R(
            None,
            "Saxmoor Ambulance Service",
            "Saxmoor Ambulance Service should remind crews that a patient who refuses",
            ["risk_assessment", "training"],
        ),
        R(
            None,
            "Kestlemoor Community Health Services",
            "Kestlemoor Community Health Services should make sure that district nurses escalate",
            ["risk_assessment"],
        ),
        R(
            None,
            "Kestlemoor Safeguarding Adults Board",
            "Kestlemoor Safeguarding Adults Board should refresh its self-neglect and hoarding procedure",
            ["policy_procedure", "quality_assurance"],
        ),
    ],
    actions=[],
    chronology=[
        C(None, None, "03/01/23", "2023-01-03", "Albert seen at the surgery for a review of his"),
        C(None, None, "w/c 16 January 2023", "2023-01-16", "Home fire safety visit after a referral from"),
        C(None, None, "February 2023", "2023-02", "The referral was screened and placed on the"),
        C(None, None, "07.03.2023", "2023-03-07", "Albert was found on the kitchen floor by his"),
        C(None, None, "Late March 2023", "2023-03", "Social worker visited. Albert refused help"),
        C(None, None, "12 April 2023", "2023-04-12", "Son telephoned the surgery to say his"),
        C(None, None, "20/04/2023", "2023-04-20", "Home visit. Albert had lost weight and had"),
        C(
            None,
            None,
            "2–3 May 2023",
            "2023-05-02",
            "District nurses visited on two consecutive",
            date_end="2023-05-03",
        ),
        C(None, None, "09/05/2023", "2023-05-09", "Son found Albert unresponsive on the floor"),
        C(None, None, "18 May 2023", "2023-05-18", "Albert died in hospital from pneumonia"),
    ],
    notes=(
        "pdftotext -layout. Review fields: no review id; author the independent reviewer; Albert 84 (3.1); date "
        "of death 18 May 2023 (the last chronology row; printed nowhere else); area Kestlemoor (the Board's name "
        "also accepted). Recommendations: the five bullets under 6.1, no printed ref (ref null), agency the body "
        "each bullet opens with (#2 names two: the fire service first, Adult Social Care as a partner); all "
        "local. 6.1 and 6.2 are not recommendations. Chronology: one entry per table row (ten), date the Date "
        "cell: '03/01/23' dd/mm/yy, '07.03.2023' dotted, 'w/c 16 January 2023' the Monday it names, 'February "
        "2023' and 'Late March 2023' the month, '2–3 May 2023' a range (date the 2nd, date_end the 3rd); the "
        "Source cell is the agency (GP, KFRS, ASC, Ambulance, Community Health, Hospital, keyed in 3.2); the "
        "Comment cell is part of the row, not a separate entry, and its '24 May 2023' is not an entry. The "
        "'2–3 May 2023' row is split over the page break. No actions."
    ),
)

# --------- 5. SAB SAR action plan progress report: recommendation rows above numbered action rows
P_HOS = "Head of Safeguarding, Pellowmouth Community Health"
P_PSW = "Principal Social Worker, Pellowmouth Council"
P_DHS = "Director of Housing Services, Coastway Housing Association"
GOLD[S5] = dict(
    family="sab_sar_plan_progress_report_rec_rows_above_numbered_action_rows",
    description=(
        "A SAB's SAR action plan progress report, Nimbus Sans Narrow 10, portrait, 1.8 cm side margins, 2 pages; "
        "running head 'Pellowmouth Safeguarding Adults Board' (left), footer 'SAR ‘Marcus’ (PSAB-SAR-2023-02) – "
        "action plan progress report – March 2026 – N' (centred). A title, 'Background' (two paragraphs, Marcus "
        "found dead in August 2023) and a progress paragraph, 'How to read this plan' with the status key in "
        "prose; then one table Ref | Recommendation / action | Lead | Due | Update (February 2026) | Status: each "
        "recommendation a shaded bold row, the Ref cell '1' and the other five cells merged into one holding "
        "'Recommendation 1: Pellowmouth SAB should ...'; under it the action rows '1.1', '1.2', the Due cell "
        "'31 Mar 2025' or 'Jun 2025', the Status cell a word on a coloured fill (Complete / Partially complete / "
        "Outstanding); the table runs over the page break after row 4.1 (4.2 under the repeated header on page "
        "2); a summary count line and a next-report line"
    ),
    review=dict(
        review_id="PSAB-SAR-2023-02",
        review_type="SAR",
        area="Pellowmouth",
        doc_kind="action_plan",
        author=None,
        victims=[{"pseudonym": "Marcus", "age": 52}],
        date_of_death="2023-08",
    ),
    review_alternatives={"area": ["Pellowmouth Safeguarding Adults Board"]},
    recommendations=[
        R(
            "1",
            "Pellowmouth SAB",
            "Pellowmouth SAB should make sure that agencies know how to use the multi-agency risk management",
            ["multi_agency_working", "risk_assessment"],
        ),
        R(
            "2",
            "Pellowmouth Council Adult Social Care",
            "Pellowmouth Council Adult Social Care should review how it responds to repeated safeguarding",
            ["multi_agency_working", "policy_procedure"],
        ),
        R(
            "3",
            "Pellowmouth Community Health",
            "Pellowmouth Community Health should make sure that community nurses record and escalate",
            ["record_keeping", "risk_assessment"],
        ),
        R(
            "4",
            "Coastway Housing Association",
            "Coastway Housing Association should make sure that its neighbourhood officers know",
            ["training", "other"],
        ),
        R(
            "5",
            "Pellowmouth SAB",
            "Pellowmouth SAB should write to the Department of Health and Social Care",
            ["policy_procedure"],
            scope="national",
        ),
    ],
    actions=[
        _a(
            "1.1",
            "1",
            "Relaunch the risk management protocol with a short guide",
            "SAB Business Manager",
            "31 Mar 2025",
            "Complete",
        ),
        _a(
            "1.2",
            "1",
            "Report the number of risk management meetings held",
            "SAB Business Manager",
            "Jun 2025",
            "Partially complete",
        ),
        _a("2.1", "2", "Change the front door screening guidance", P_PSW, "30 Apr 2025", "Complete"),
        _a(
            "2.2",
            "2",
            "Audit repeat concerns received in the first six months",
            P_PSW,
            "Dec 2025",
            "Outstanding",
        ),
        _a("3.1", "3", "Add a missed visit escalation step", P_HOS, "31 May 2025", "Complete"),
        _a("3.2", "3", "Spot check 30 records of missed visits", P_HOS, "Mar 2026", "Partially complete"),
        _a(
            "3.3",
            "3",
            "Include the learning from this review in nursing induction",
            "Practice Educator, Pellowmouth Community Health",
            "30 Sep 2025",
            "Complete",
        ),
        _a("4.1", "4", "Deliver self-neglect awareness training", P_DHS, "31 Jul 2025", "Partially complete"),
        _a("4.2", "4", "Agree a named safeguarding contact in the council", P_DHS, "Sep 2025", "Outstanding"),
        _a(
            "5.1",
            "5",
            "Letter from the SAB Independent Chair to the Department",
            "SAB Independent Chair",
            "31 Jan 2025",
            "Complete",
        ),
    ],
    chronology=[],
    notes=(
        "plain pdftotext. Review fields: review id 'PSAB-SAR-2023-02' (printed only in the footer), SAR, area "
        "Pellowmouth (the Board's name also accepted), doc_kind action_plan, no author; Marcus 52; date of death "
        "the month 'August 2023' ('He was found dead in his flat in August 2023'). Recommendations: the five "
        "shaded rows, ref the Ref cell ('1'), text after 'Recommendation N: ', agency the body it opens with "
        "('Pellowmouth SAB' as printed); #5 asks the SAB to write to the Department of Health and Social Care for "
        "national guidance: scope national; the rest local. Actions: the ten numbered rows under them, ref as "
        "printed ('1.1'), recommendation_ref the recommendation row above, lead the Lead cell as printed, target "
        "the Due cell ('31 Mar 2025' the day, 'Jun 2025' the month). Status: the Status cell, by the key in 'How "
        "to read this plan': Complete complete, Partially complete in_progress, Outstanding not_started (2.2 "
        "'Audit planned for January 2026', 4.2 'No named contact agreed yet'); dates inside the Update cell are "
        "not targets. The summary line's counts are not records. No chronology."
    ),
)


def main():
    write_gold(GOLD, HERE, sys.argv[1] if len(sys.argv) > 1 else None, family_keys="after_file")


if __name__ == "__main__":
    main()
