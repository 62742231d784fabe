"""Hand-written gold for heldout51 (blind set). Every field below was written by hand from the documents'
meaning; only each record's `line` is looked up in the .txt (first line holding the start of text_start /
action_start, searched after the record before it where the same words recur). Run once to write <stem>.json.
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
AG = "agency"

# Targets as printed -> the date a reader files them under: a printed day the day, a month the month.
TARGETS = {
    "31/10/2024": "2024-10-31",
    "April 2025": "2025-04",
    "31/12/2024": "2024-12-31",
    "June 2025": "2025-06",
    "30/09/2025": "2025-09-30",
    "September 2025": "2025-09",
    "30/11/2024": "2024-11-30",
    "31/03/2025": "2025-03-31",
    "September 2024": "2024-09",
    "December 2025": "2025-12",
    "April 2026": "2026-04",
    "October 2025": "2025-10",
    "30/06/2025": "2025-06-30",
    "28/02/2025": "2025-02-28",
    "January 2026": "2026-01",
}
# Each document's own words: Corrowdale's "Date of completion and Outcome" cell by its opening word (the plan's
# note names Completed / In progress / Not started); Selcombe's Status cell by its printed key (Achieved complete,
# On track under way, Not begun not yet started); Gwernant's Progress cell.
STATUS = {
    "Completed": "complete",
    "In progress": "in_progress",
    "Not started": "not_started",
    "Achieved": "complete",
    "On track": "in_progress",
    "Not begun": "not_started",
    "Ongoing": "in_progress",
}


def _a(rec, start, lead, target, status, section=OV, ref=None, after=0):
    return A(ref, section, rec, start, lead, target, TARGETS[target], status, STATUS[status], after=after)


# --------- 1. Home Office template DHR action plan as its own appendix document
C_CSP = "Corrowdale Community Safety Partnership"
C_NHS = "Corrowdale Hospitals NHS Trust"
C_PCC = "Office of the Scarrowfell Police and Crime Commissioner"
C_BC = "Corrowdale Borough Council (Revenues and Benefits)"
C_BC0 = "Corrowdale Borough Council"
GOLD[S1] = dict(
    family="dhr_action_plan_appendix_document_cover_page_ho_template_continuation_rows_empty_leading_cells",
    description=(
        "A DHR action plan issued as its own appendix document, Liberation Sans 9.5, A4 landscape (1.3 cm side "
        "margins), 3 pages; running head 'OFFICIAL – DHR ‘Roshni’ – Appendix 3: Action Plan' (left) and footer "
        "'Page N of M' (centred) on every page. Page 1 a centred cover: partnership, 'Domestic Homicide Review', "
        "'into the death of Roshni', 'Appendix 3 to the Overview Report', 'Action Plan', 'Review reference: "
        "CCSP/DHR/2023/02', 'Roshni died on 19 July 2023, aged 39.', the plan owner, 'Position as at 28 February "
        "2025', an italic note. Page 2: a note on the columns, an italic scope/status key, then the Home Office "
        "template table Recommendation | Scope of recommendation | Action to take | Lead Agency | Key milestones "
        "achieved in enacting recommendation | Target Date | Date of completion and Outcome, header repeated; the "
        "Recommendation cell opens 'N.' and it and the Scope cell are printed on a group's first row only, later "
        "rows leaving them empty (not merged); rows kept whole; the table breaks between recommendation 4's two "
        "rows, its second row opening page 3 under the repeated header with empty leading cells. Targets "
        "dd/mm/yyyy or 'Month yyyy'; the outcome cell opens Completed / In progress / Not started, dates in the "
        "milestone and outcome cells. A next-review line. No chronology"
    ),
    review=dict(
        review_id="CCSP/DHR/2023/02",
        review_type="DHR",
        area="Corrowdale",
        doc_kind="action_plan",
        author=None,
        victims=[{"pseudonym": "Roshni", "age": 39}],
        date_of_death="2023-07-19",
    ),
    review_alternatives={"area": [C_CSP]},
    recommendations=[
        R(
            "1",
            C_CSP,
            "Corrowdale Community Safety Partnership should check that every partner agency’s",
            ["policy_procedure", "multi_agency_working"],
        ),
        R(
            "2",
            C_NHS,
            "Corrowdale Hospitals NHS Trust should make sure that relatives and friends",
            ["policy_procedure", "other"],
        ),
        R(
            "3",
            C_PCC,
            "The Office of the Scarrowfell Police and Crime Commissioner should consider commissioning",
            ["specialist_support"],
            scope="regional",
        ),
        R(
            "4",
            C_BC0,
            "Corrowdale Borough Council should add a question about domestic abuse",
            ["routine_enquiry", "training"],
        ),
        R(
            "5",
            "Home Office",
            "The Home Office should make the statutory guidance clearer",
            ["policy_procedure"],
            scope="national",
        ),
    ],
    actions=[
        _a(
            "1",
            "Collect the current domestic abuse policy of each partner agency",
            "Corrowdale CSP",
            "31/10/2024",
            "Completed",
        ),
        _a(
            "1",
            "Issue a policy checklist on abuse by several family members",
            "Corrowdale CSP",
            "April 2025",
            "In progress",
        ),
        _a(
            "2", "Amend the interpreting policy so that family interpreters", C_NHS, "31/12/2024", "Completed"
        ),
        _a(
            "2", "Audit fifty maternity and emergency records each quarter", C_NHS, "June 2025", "In progress"
        ),
        _a(
            "2",
            "Put a prompt about interpreters on the maternity booking screen",
            C_NHS,
            "30/09/2025",
            "Not started",
        ),
        _a(
            "3",
            "Map the demand for specialist advocacy with the three district",
            C_PCC,
            "September 2025",
            "Not started",
        ),
        _a("4", "Add a routine question to the hardship assessment form", C_BC, "30/11/2024", "Completed"),
        _a(
            "4",
            "Train the hardship assessors in responding to a disclosure",
            C_BC,
            "31/03/2025",
            "In progress",
        ),
        _a(
            "5",
            "Write to the Home Office DHR team with the panel’s request",
            "Corrowdale CSP",
            "September 2024",
            "Completed",
        ),
    ],
    chronology=[],
    notes=(
        "plain pdftotext. Review fields from the cover: review id CCSP/DHR/2023/02; DHR; area Corrowdale (the "
        "partnership's full name also accepted); doc_kind action_plan; no author printed (null); Roshni 39, died "
        "19 July 2023. '28 February 2025' is the plan's position date, '20 May 2025' its next review. "
        "Recommendations: the Recommendation cells, ref the printed 'N.' without its full stop; agency the body "
        "each names (recommendation 4's council, the plan's Lead cell adds '(Revenues and Benefits)'); scope the "
        "Scope cell (Local / Regional / National). Actions: the nine rows, no action ref (null); "
        "recommendation_ref the recommendation whose cell opens the group — a row with empty Recommendation and "
        "Scope cells continues the group above it, including recommendation 4's second row, which opens page 3 "
        "under the repeated header; agency_section overview; lead the Lead Agency cell; target the Target Date "
        "cell ('Month yyyy' the month, dd/mm/yyyy the day); status the opening words of the 'Date of completion "
        "and Outcome' cell (Completed complete, In progress in_progress, Not started not_started). Dates in the "
        "milestone and outcome cells are not targets. No chronology."
    ),
)

# --------- 2. DHR overview extract: agency sub-headed numbered chronology paragraphs, dates inside sentences
W_SP = "Wendlestow Safer Partnership"
GOLD[S2] = dict(
    family="dhr_overview_extract_colophon_line_chronology_numbered_paras_under_agency_subheadings_dates_in_sentences",
    description=(
        "A DHR overview report extract, C059 10.5, portrait (2.8 cm side margins), 3 pages; no running head; page "
        "number alone at the right of the footer. Page 1 a left-aligned title page (partnership in capitals, "
        "'Domestic Homicide Review', 'Overview Report', 'Mirela' in italics), then at the foot 'Extract for "
        "publication: sections 1, 5 and 8' and a small colophon line 'Ref. WSP/DHR/21 · Mirela, 33, died "
        "22.11.2022 · Independent author: Colm Ashcombe-Reeve · v6 · January 2025' (the only place the review id, "
        "the dotted date of death and the author appear). '1 Introduction' 1.1–1.2; '5 Chronology' 5.1 (lead-in) "
        "then bold italic agency sub-headings (Wendlestow Police; Wendlestow Medical Group; Wendlestow Women’s "
        "Aid; Eastern Counties Ambulance Service) each over hanging numbered paragraphs 5.2–5.8 whose dates sit "
        "inside the sentences ('on 14 February 2021', 'Four days later, on 18 February 2021', 'In September "
        "2021', 'at 02:14 on 22 November 2022'); '8 Recommendations' 8.1 (lead-in) then hanging items 1.–4. "
        "indented under it, the page break after item 2; 8.2 a monitoring note. No plan"
    ),
    review=dict(
        review_id="WSP/DHR/21",
        review_type="DHR",
        area="Wendlestow",
        doc_kind="overview_report",
        author="Colm Ashcombe-Reeve",
        victims=[{"pseudonym": "Mirela", "age": 33}],
        date_of_death="2022-11-22",
    ),
    review_alternatives={"area": [W_SP]},
    recommendations=[
        R(
            "1",
            W_SP,
            "Wendlestow Safer Partnership should ask each agency to show how staff",
            ["routine_enquiry", "training"],
        ),
        R(
            "2",
            "Wendlestow Police",
            "Wendlestow Police should make sure that a second report within a month",
            ["risk_assessment", "quality_assurance"],
        ),
        R(
            "3",
            "Wendlestow Women’s Aid",
            "Wendlestow Women’s Aid should agree with the partnership how outreach",
            ["specialist_support", "policy_procedure"],
        ),
        R(
            "4",
            W_SP,
            "Wendlestow Safer Partnership should run a campaign aimed at neighbours",
            ["awareness_public"],
        ),
    ],
    actions=[],
    chronology=[
        C(
            "5.2",
            "Wendlestow Police",
            "14 February 2021",
            "2021-02-14",
            "Officers were called to the flat in Mill Lane",
        ),
        C(
            "5.3",
            "Wendlestow Police",
            "18 February 2021",
            "2021-02-18",
            "Four days later, on 18 February 2021, Mirela",
        ),
        C(
            "5.4",
            "Wendlestow Medical Group",
            "2 June 2021",
            "2021-06-02",
            "Mirela saw a practice nurse on 2 June 2021",
        ),
        C(
            "5.5",
            "Wendlestow Medical Group",
            "September 2021",
            "2021-09",
            "In September 2021 Mirela asked for a telephone",
        ),
        C(
            "5.6",
            "Wendlestow Women’s Aid",
            "7 March 2022",
            "2022-03-07",
            "A referral from the police was received",
        ),
        C(
            "5.7",
            "Wendlestow Women’s Aid",
            "30 October 2022",
            "2022-10-30",
            "The last contact was a telephone call",
        ),
        C(
            "5.8",
            "Eastern Counties Ambulance Service",
            "22 November 2022",
            "2022-11-22",
            "A call was received at 02:14 on 22 November 2022",
        ),
    ],
    notes=(
        "plain pdftotext. Review fields from the title page's colophon line: review id WSP/DHR/21; DHR; area "
        "Wendlestow (the partnership's full name also accepted); author the independent author; Mirela 33 (also "
        "1.1); date of death the colophon's dotted 22.11.2022 (also chronology 5.8). Recommendations: the four "
        "hanging items under 8.1, ref the printed number without its full stop; agency the body each names; all "
        "local, level overview (8.1 says the agencies' own are elsewhere). 8.1 and 8.2 are a lead-in and a note. "
        "Chronology: paragraphs 5.2–5.8 (5.1 is a lead-in), ref the paragraph number, heading the agency "
        "sub-heading above it; date the date inside the sentence ('Four days later, on 18 February 2021' the "
        "printed 18 February 2021, not relative; 5.3's 'the next day' is not a second entry; 5.8's time 02:14 "
        "not part of the date). No plan."
    ),
)

# --------- 3. SAR overview extract: findings ending in questions for the Board; recs; Board's response table
S_SAB = "Selcombe Safeguarding Adults Board"
S_CC = "Selcombe County Council"
GOLD[S3] = dict(
    family="sar_overview_extract_findings_questions_for_board_numbered_recs_board_response_table",
    description=(
        "A SAR overview report extract, DejaVu Serif 9.5, portrait (2.0 cm margins), 2 pages; running head "
        "'Selcombe Safeguarding Adults Board · SAR: Mr D' (right) and footer 'SSAB SAR 2024-01 · page N' (left) on "
        "every page — the review id is printed only in the footer. Page 1 opens with a title block (title, "
        "'Overview report – sections 4 to 6', 'Lead reviewer: Ruth Pemberthy', 'Mr D died at home on 5 March "
        "2024, aged 67.'); '4 Findings' an italic note that the questions are not recommendations, then three "
        "'Finding N – <title>' headings each over a paragraph, a bold 'Questions for the Board' line and one or "
        "two bulleted questions; '5 Recommendations' a lead-in then hanging items 1–4 (no full stop after the "
        "number); '6 The Board’s response' a line then a table Rec | Board response | Lead | Timescale | Status, "
        "header repeated, four rows each response opening 'Agreed.', row 3 split over the page break (its "
        "response and lead continue on page 2 under the repeated header), Timescale 'Month yyyy' or dd/mm/yyyy, "
        "Status Achieved / On track / Not begun with an italic key under the table. No chronology"
    ),
    review=dict(
        review_id="SSAB SAR 2024-01",
        review_type="SAR",
        area="Selcombe",
        doc_kind="overview_report",
        author="Ruth Pemberthy",
        victims=[{"pseudonym": "Mr D", "age": 67}],
        date_of_death="2024-03-05",
    ),
    review_alternatives={"area": [S_SAB]},
    recommendations=[
        R(
            "1",
            S_SAB,
            "The Board should ask its member agencies to show how a refusal of care",
            ["quality_assurance", "multi_agency_working"],
        ),
        R(
            "2",
            S_SAB,
            "The Board should relaunch its escalation protocol and test",
            ["policy_procedure", "multi_agency_working"],
        ),
        R("3", S_CC, "Selcombe County Council should make sure that neighbours and friends", ["other"]),
        R("4", S_SAB, "The Board should add refusal of care to its multi-agency training", ["training"]),
    ],
    actions=[
        _a(
            "1",
            "Agreed. Each agency will complete a self-",
            "Chair, Quality and Performance sub-group",
            "December 2025",
            "On track",
        ),
        _a("2", "Agreed. The protocol was relaunched at", "Board Business Manager", "31/03/2025", "Achieved"),
        _a(
            "3",
            "Agreed. The carers’ assessment guidance",
            "Head of Adult Social Care, Selcombe County Council",
            "30/09/2025",
            "On track",
        ),
        _a(
            "4",
            "Agreed. A half-day course will be added",
            "Learning and Development sub-group",
            "April 2026",
            "Not begun",
        ),
    ],
    chronology=[],
    notes=(
        "pdftotext -layout. Review fields: review id from the running footer only ('SSAB SAR 2024-01'); SAR; area "
        "Selcombe (the Board's full name also accepted); doc_kind overview_report (an extract of one); author the "
        "lead reviewer; Mr D 67, died 5 March 2024 (the title block). '16 January 2025' is the Board's meeting. "
        "Recommendations: the four hanging items under '5 Recommendations', ref the printed number; 'The Board' "
        "is Selcombe Safeguarding Adults Board; all local, level overview. The 'Questions for the Board' bullets "
        "under each finding are NOT recommendations (section 4's note says so), nor are the finding titles. "
        "Actions: the four rows of the response table, one action per row (the Board response cell says what "
        "will be done), no action ref (null), recommendation_ref the Rec cell, agency_section overview, lead the "
        "Lead cell, target the Timescale cell, status by the printed key (Achieved complete, On track "
        "in_progress, Not begun not_started). Row 3 continues on page 2 with empty Rec, Timescale and Status "
        "cells: one action. The response cells' action_start is their first printed words in the layout text "
        "(the cell wraps). The date inside row 2's response (12/02/2025) is not a target. No chronology."
    ),
)

# --------- 4. DHR executive summary: numbered recommendations with lettered sub-items
ST_CSP = "Stanmarsh Community Safety Partnership"
GOLD[S4] = dict(
    family="dhr_exec_summary_numbered_recs_with_lettered_sub_items",
    description=(
        "A DHR executive summary, URW Bookman 11, portrait (2.6 cm side margins), 2 pages; no running head; footer "
        "'Executive Summary – ‘Edith’ – N' (right). Page 1 opens with a title block (partnership, 'Domestic "
        "Homicide Review: ‘Edith’', 'Executive Summary', 'Independent Chair and Author: Frances Holloway-Pike  |  "
        "Published May 2025'); '1 The review process' paragraphs 1.1–1.4 (1.1 gives the reference 'SCSP DHR "
        "2022/05', Edith 78, died 8 December 2022); '2 Summary of the key events' 2.1–2.2; '3 Conclusions' 3.1; "
        "'4 Recommendations' 4.1 (lead-in) then hanging items 1.–4., items 1 and 3 a stem ending 'by:' / 'so "
        "that:' over hanging lettered sub-items (a)–(c) and (a)–(b); the page break falls between item 1's stem "
        "and its sub-items. An italic closing note. No plan, no chronology"
    ),
    review=dict(
        review_id="SCSP DHR 2022/05",
        review_type="DHR",
        area="Stanmarsh",
        doc_kind="executive_summary",
        author="Frances Holloway-Pike",
        victims=[{"pseudonym": "Edith", "age": 78}],
        date_of_death="2022-12-08",
    ),
    review_alternatives={"area": [ST_CSP]},
    recommendations=[
        R(
            "1",
            ST_CSP,
            "Stanmarsh Community Safety Partnership should improve the way agencies share",
            ["information_sharing", "multi_agency_working"],
        ),
        R(
            "2",
            "Stanmarsh and District NHS Trust",
            "Stanmarsh and District NHS Trust should train staff",
            ["training", "routine_enquiry"],
        ),
        R(
            "3",
            "Stanmarsh District Council",
            "Stanmarsh District Council should review its adult carers’ service",
            ["risk_assessment", "other"],
        ),
        R(
            "4",
            "Home Office",
            "The Home Office should include examples of abuse by an older partner",
            ["policy_procedure"],
            scope="national",
        ),
    ],
    actions=[],
    chronology=[],
    notes=(
        "plain pdftotext. Review fields: review id the reference in 1.1; DHR; area Stanmarsh (the partnership's "
        "full name also accepted); doc_kind executive_summary; author the Independent Chair and Author of the "
        "title block; Edith 78, died 8 December 2022 (1.1; Leonard 81 is the perpetrator). 'May 2025' is the "
        "publication date. Recommendations: the four numbered items, ref the number without its full stop. "
        "**Lettered sub-items are part of their recommendation, not records of their own**: items 1 and 3 are a "
        "stem ending in a colon that is incomplete without its (a)/(b)/(c) items, so each numbered item is one "
        "record whose text runs on through its sub-items (item 1's continue on page 2). Agency the body each "
        "names; 4 is national (the Home Office), the rest local. 4.1 is a lead-in and the closing note is not a "
        "recommendation. No plan, no chronology."
    ),
)

# --------- 5. Welsh concise Adult Practice Review: timeline bullets, recommendations, board action plan
GW_RSB = "Gwernant Regional Safeguarding Board"
GW_CC = "Gwernant County Council"
GW_UHB = "Gwernant University Health Board"
GOLD[S5] = dict(
    family="wales_concise_apr_id_in_header_box_timeline_date_colon_bullets_recommendation_n_runins_board_plan",
    description=(
        "A Welsh concise Adult Practice Review, Nimbus Sans 10, portrait (2.54 cm side margins), 2 pages; no "
        "running head; page number centred in the footer. Page 1 opens with a shaded two-cell box: 'Gwernant "
        "Regional Safeguarding Board / Adult Practice Review Report' (left) and 'GRSB 3/2023 / Concise review' "
        "(right). The Welsh template's headings: 'Legal context' (Ms L, 84), 'Circumstances resulting in the "
        "review', 'Summary timeline of significant events' (six bullets each opening with a bold date and a colon, "
        "one a month only, the last the death on 2 July 2023), 'Practice and organisational learning', 'Improving "
        "systems and practice' (a lead-in then three paragraphs opening with a bold run-in 'Recommendation N: '), "
        "'Statement by Reviewer' (a two-row table: Reviewer, Date 14 November 2024), 'Regional Board action plan' "
        "a table Rec. | Action | Lead agency | Target date | Progress, the Rec. cell a bold number merged down, no "
        "recommendation text, header repeated, the table breaking after recommendation 1's two rows; Progress "
        "Completed / Ongoing / Not started; a position line. "
    ),
    review=dict(
        review_id="GRSB 3/2023",
        review_type="SAR",
        area="Gwernant",
        doc_kind="overview_report",
        author="Gethin Orsett-Rhys",
        victims=[{"pseudonym": "Ms L", "age": 84}],
        date_of_death="2023-07-02",
    ),
    review_alternatives={"area": [GW_RSB]},
    recommendations=[
        R(
            "1",
            GW_RSB,
            "The Regional Board should make sure that a strategy discussion always hears",
            ["policy_procedure", "multi_agency_working"],
        ),
        R(
            "2",
            GW_CC,
            "Gwernant County Council should review how domiciliary care providers’ concerns",
            ["policy_procedure", "information_sharing"],
        ),
        R(
            "3",
            GW_UHB,
            "Gwernant University Health Board should remind GPs that a telephone consultation",
            ["training", "other"],
        ),
    ],
    actions=[
        _a("1", "Amend the strategy discussion procedure and template", GW_RSB, "31/03/2025", "Completed"),
        _a("1", "Audit twenty strategy discussions for the adult’s voice", GW_RSB, "October 2025", "Ongoing"),
        _a(
            "2",
            "Issue an escalation flowchart to all commissioned care providers",
            GW_CC,
            "30/06/2025",
            "Ongoing",
        ),
        _a(
            "3",
            "Publish a practice note for GPs through the primary care bulletin",
            GW_UHB,
            "28/02/2025",
            "Completed",
        ),
        _a("3", "Add the case to GP safeguarding level 3 training", GW_UHB, "January 2026", "Not started"),
    ],
    chronology=[
        C(
            None,
            None,
            "11 January 2023",
            "2023-01-11",
            "Ms L’s domiciliary care provider told adult services",
        ),
        C(None, None, "26 January 2023", "2023-01-26", "A social worker visited and arranged a review"),
        C(None, None, "March 2023", "2023-03", "Ms L’s GP prescribed nutritional supplements"),
        C(None, None, "9 May 2023", "2023-05-09", "The care provider reported bruising to Ms L’s upper arms"),
        C(None, None, "15 May 2023", "2023-05-15", "A strategy discussion decided that no further action"),
        C(
            None,
            None,
            "2 July 2023",
            "2023-07-02",
            "Ms L died in Ysbyty Gwernant, where she had been admitted",
        ),
    ],
    notes=(
        "plain pdftotext. Review fields: review id from the header box; review_type SAR (an adult practice review "
        "is Wales's safeguarding adults review, as earlier sets' gold); area Gwernant (the Board's full name also "
        "accepted); doc_kind overview_report (a concise APR report); author the reviewer of the 'Statement by "
        "Reviewer' table; Ms L 84 (Legal context); date of death the timeline's last bullet. Recommendations: the "
        "three 'Recommendation N:' paragraphs, ref N; 'The Regional Board' is Gwernant Regional Safeguarding "
        "Board; all local, level overview. Actions: the five plan rows, no action ref (null), recommendation_ref "
        "the merged Rec. cell, agency_section overview, lead the Lead agency cell, target the Target date cell "
        "('Month yyyy' the month), status the Progress cell (Completed complete, Ongoing in_progress, Not started "
        "not_started). Chronology: the six timeline bullets, date the bold run-in without its colon, no ref, no "
        "heading. '14 November 2024' (reviewer's statement) and '6 March 2025' (position line) are not events."
    ),
)


def main():
    write_gold(GOLD, HERE, sys.argv[1] if len(sys.argv) > 1 else None, family_keys="after_file")


if __name__ == "__main__":
    main()
