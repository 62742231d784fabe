"""Hand-written gold for heldout40 (blind set). Every field below was written by hand from the documents'
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

# Targets as printed -> the date a reader files them under: a full date the day; a month the month; "Quarterly
# from July 2026" the month the first audit falls due; "Ongoing" no date. Wickhollow's export prints dates
# month/day/year (the site's US regional format, as the note under the table says), so "4/1/2026" is 1 April.
TARGETS = {
    "31 March 2026": "2026-03-31",
    "30 November 2025": "2025-11-30",
    "31 January 2026": "2026-01-31",
    "Quarterly from July 2026": "2026-07",
    "31 December 2025": "2025-12-31",
    "28 February 2026": "2026-02-28",
    "June 2026": "2026-06",
    "30 September 2025": "2025-09-30",
    "31/10/2025": "2025-10-31",
    "31/03/2026": "2026-03-31",
    "30/06/2026": "2026-06-30",
    "31/12/2025": "2025-12-31",
    "May 2026": "2026-05",
    "30/09/2026": "2026-09-30",
    "31/01/2026": "2026-01-31",
    "October 2026": "2026-10",
    "Ongoing": None,
    "11/28/2025": "2025-11-28",
    "1/30/2026": "2026-01-30",
    "3/31/2026": "2026-03-31",
    "7/31/2026": "2026-07-31",
    "4/1/2026": "2026-04-01",
    "12/19/2025": "2025-12-19",
    "5/29/2026": "2026-05-29",
    "9/30/2026": "2026-09-30",
}
# Each document's own words: Cowlersby's Position (Achieved / On track / Delayed -- "started but behind its due
# date", as the plan's note defines it -- / Not commenced); Tarrenhill's RAG colour read through the key printed
# above the table (Green completed, Amber in progress, Red not yet started); Wickhollow's list Status.
STATUS = {
    "Achieved": "complete",
    "On track": "in_progress",
    "Delayed": "in_progress",
    "Not commenced": "not_started",
    "Green": "complete",
    "Amber": "in_progress",
    "Red": "not_started",
    "Completed": "complete",
    "In progress": "in_progress",
    "Not started": "not_started",
}


def _a(ref, rec, start, lead, target, status, after=0):
    return A(ref, OV, rec, start, lead, target, TARGETS[target], status, STATUS[status], after=after)


# --------- 1. DHR action plan as a two-level numbered list
GOLD[S1] = dict(
    family="dhr_plan_two_level_numbered_list_no_table",
    description=(
        "A DHR action plan and progress report with no table, URW Bookman 10, portrait, 2 pages, running head "
        "'Cowlersby Community Safety Partnership — OFFICIAL', footer 'Cowlersby CSP | DHR 'Anita' action plan | page "
        "N': title, a bold 'position at' line, an opening paragraph (victim, date, chair and author), an italic "
        "'How to read this plan' note; each recommendation a bold hanging-indent paragraph '1.<tab><text>', its "
        "actions indented paragraphs '1.1<tab><text>', each followed by one line of bold labels 'Lead: <officer>  "
        "Due: <date>  Position: <word>' and sometimes an italic progress note; positions Achieved / On track / "
        "Delayed / Not commenced; due dates 'd Month yyyy', 'June 2026' and 'Quarterly from July 2026'; "
        "recommendation 3's actions run over the page break; a monitoring paragraph and a version line"
    ),
    review=dict(
        review_id=None,
        review_type="DHR",
        area="Cowlersby",
        doc_kind="action_plan",
        author="Bartholomew Ssempijja-Lowe",
        victims=[{"pseudonym": "Anita", "age": 44}],
        date_of_death="2023-02-11",
    ),
    review_alternatives={"area": ["Cowlersby Community Safety Partnership"]},
    recommendations=[
        R(
            "1",
            "Cowlersby Community Safety Partnership",
            "Cowlersby Community Safety Partnership should make sure that the partner agencies' domestic abuse "
            "policies",
            ["policy_procedure"],
        ),
        R(
            "2",
            "Cowlersby and Brennet NHS Foundation Trust",
            "Cowlersby and Brennet NHS Foundation Trust should make sure that patients",
            ["routine_enquiry"],
        ),
        R(
            "3",
            "Cowlersby Borough Council",
            "Cowlersby Borough Council should make sure that its benefits and council tax teams",
            ["training", "information_sharing"],
        ),
        R(
            "4",
            "Cowlersby Community Safety Partnership",
            "Cowlersby Community Safety Partnership should ask the Home Office to consider",
            ["policy_procedure"],
        ),
    ],
    actions=[
        _a(
            "1.1",
            "1",
            "Review each partner's domestic abuse policy against the statutory definition",
            "Domestic Abuse Partnership Coordinator",
            "31 March 2026",
            "On track",
        ),
        _a(
            "1.2",
            "1",
            "Publish a one-page practice guide on economic abuse",
            "Communications Lead, Cowlersby Borough Council",
            "30 November 2025",
            "Achieved",
        ),
        _a(
            "2.1",
            "2",
            "Add a mandatory 'seen alone' question to the emergency department",
            "Head of Nursing, Urgent and Emergency Care",
            "31 January 2026",
            "Delayed",
        ),
        _a(
            "2.2",
            "2",
            "Audit fifty triage records each quarter",
            "Named Nurse for Safeguarding Adults",
            "Quarterly from July 2026",
            "Not commenced",
        ),
        _a(
            "3.1",
            "3",
            "Deliver a briefing on recognising economic abuse",
            "Revenues and Benefits Service Manager",
            "31 December 2025",
            "Achieved",
        ),
        _a(
            "3.2",
            "3",
            "Add a route for raising a domestic abuse concern",
            "Customer Services Manager",
            "28 February 2026",
            "On track",
        ),
        _a(
            "3.3",
            "3",
            "Check six months after the briefing how many concerns",
            "Revenues and Benefits Service Manager",
            "June 2026",
            "Not commenced",
        ),
        _a(
            "4.1",
            "4",
            "Write to the Home Office DHR policy team",
            "Chair, Cowlersby Community Safety Partnership",
            "30 September 2025",
            "Achieved",
        ),
    ],
    chronology=[],
    notes=(
        "plain pdftotext. A DHR action plan: review_type DHR, doc_kind action_plan, no review id, author the chair "
        "and author, Anita 44, killed 11 February 2023, area Cowlersby. Recommendations 1-4: the bold '1.' "
        "paragraphs, ref the number; #4 is addressed to the partnership (local) although it asks the Home Office to "
        "act. Actions: the eight '1.1' paragraphs, ref as printed, recommendation_ref the bold paragraph above; lead "
        "the 'Lead:' value; target the 'Due:' value (a full date the day; 'June 2026' the month; 'Quarterly from "
        "July 2026' the month the first quarterly audit falls due); status the 'Position:' word (Achieved complete, "
        "On track in_progress, Delayed in_progress -- the note defines it as started but behind --, Not commenced "
        "not_started). The italic notes under some actions are progress, not actions; the 'How to read' note, the "
        "monitoring paragraph and the version line are not records. No chronology."
    ),
)

# --------- 2. LeDeR focused review: timeline with month ranges, "Learning into action" table
GOLD[S2] = dict(
    family="leder_focused_review_month_range_timeline_learning_into_action",
    description=(
        "A LeDeR (learning disability mortality) focused review summary for an integrated care board, Liberation "
        "Sans 10.5, 2 pages, running head 'LeDeR — Focused Review Summary — RESTRICTED', footer 'NHS Brisworth and "
        "Dunmore ICB · LeDeR programme · N/M' (right): programme line, title 'Focused Review: Jacob', a label table "
        "(Review reference, Age at death, Date of death, Place of death, Focused reviewer, sign-off date), 'About "
        "Jacob'; a timeline table When | Where | What happened whose When cells are numeric month ranges '03/2019 – "
        "06/2019', month-only '11/2019' or dd/mm/yyyy; good-practice bullets; a bold grading-of-care line; a "
        "'Learning into action' table No. | What we learned | Recommendation | For running over the page break "
        "inside row 1, header repeated; an italic closing note"
    ),
    review=dict(
        review_id="LD-BRI-23-0417",
        review_type=None,
        area="Brisworth",
        doc_kind="overview_report",
        author="Imelda Karamanlis-Shaw",
        victims=[{"pseudonym": "Jacob", "age": 42}],
        date_of_death="2023-09-27",
    ),
    review_alternatives={
        "area": ["Brisworth and Dunmore", "NHS Brisworth and Dunmore Integrated Care Board"],
        "doc_kind": ["executive_summary"],
    },
    recommendations=[
        R(
            "1",
            "Greystone Support",
            "Greystone Support should make sure that eating and drinking guidance",
            ["record_keeping", "information_sharing"],
        ),
        R(
            "2",
            "Brisworth Primary Care Network",
            "Brisworth Primary Care Network should remind GPs that repeated chest infections",
            ["multi_agency_working"],
        ),
        R(
            "3",
            "Brisworth Royal Infirmary NHS Trust",
            "Brisworth Royal Infirmary should follow up discharge requests",
            ["information_sharing"],
        ),
        R(
            "4",
            "NHS Brisworth and Dunmore ICB",
            "NHS Brisworth and Dunmore Integrated Care Board should report every six months",
            ["quality_assurance"],
        ),
    ],
    actions=[],
    chronology=[
        C(None, None, "03/2019 – 06/2019", "2019-03", "Jacob moved from his family home", date_end="2019-06"),
        C(None, None, "11/2019", "2019-11", "Annual learning disability health check"),
        C(
            None,
            None,
            "01/2021 – 03/2021",
            "2021-01",
            "Day centre closed during lockdown",
            date_end="2021-03",
        ),
        C(
            None,
            None,
            "14/04/2021",
            "2021-04-14",
            "Telephone consultation with support staff about the coughing",
        ),
        C(None, None, "09/2021", "2021-09", "Admitted for two nights with a chest infection"),
        C(None, None, "10/2021 – 02/2022", "2021-10", "Staff turnover at the flat", date_end="2022-02"),
        C(None, None, "22/03/2022", "2022-03-22", "Speech and language therapist assessed Jacob"),
        C(
            None,
            None,
            "06/2022 – 08/2023",
            "2022-06",
            "Three further chest infections treated",
            date_end="2023-08",
        ),
        C(None, None, "24/09/2023", "2023-09-24", "Admitted by ambulance with breathing difficulty"),
        C(None, None, "27/09/2023", "2023-09-27", "Jacob died on the respiratory ward"),
    ],
    notes=(
        "plain pdftotext. A LeDeR focused review (the national learning disability mortality programme, run by the "
        "ICB): review_type null (none of DHR / SCR / SAR / joint), doc_kind overview_report (the review's own write-"
        "up; executive_summary accepted, the running head calls it a summary), review id 'LD-BRI-23-0417' as printed, "
        "author the focused reviewer, Jacob 42, died 27 September 2023, area Brisworth (the ICB is NHS Brisworth and "
        "Dunmore). Recommendations 1-4: the Recommendation cells of the 'Learning into action' table, ref the No. "
        "cell, agency the For cell; the 'What we learned' cells are findings, not recommendations or outcomes. "
        "Chronology: the ten timeline rows, date_raw the When cell, text the What happened cell (Where is a setting, "
        "not part of the text): 'mm/yyyy – mm/yyyy' -> the first month, date_end the last; 'mm/yyyy' -> the month; "
        "'dd/mm/yyyy' -> the day (the note above the table says day/month/year). The label table, good-practice "
        "bullets, the grading line and the closing note are not records. No actions."
    ),
)

# --------- 3. SAR overview: stacked label-block key events, boxed recommendations at chapter ends
GOLD[S3] = dict(
    family="sar_overview_label_block_key_events_boxed_chapter_recs",
    description=(
        "A SAR overview report, DejaVu Serif 10, 2 pages, running head 'Safeguarding Adults Review: Terence', "
        "footer 'Yelverstow SAB — N': board name, title, italic lead-reviewer and publication line, numbered "
        "sections; '3. Key events' as stacked label blocks with no table, each three lines 'Date: …' / 'Agency: "
        "…' / 'What happened: …' and a short dashed rule, dates 'd Month yyyy', 'late April 2022' and 'Between 2 "
        "and 9 June 2022'; analysis chapters 4-6 each ending with one or two shaded one-cell boxes 'Recommendation "
        "N' over the text, numbered through the report; a conclusion"
    ),
    review=dict(
        review_id=None,
        review_type="SAR",
        area="Yelverstow",
        doc_kind="overview_report",
        author="Philippa Ostrowska-Grant",
        victims=[{"pseudonym": "Terence", "age": 71}],
        date_of_death="2022-12-19",
    ),
    review_alternatives={"area": ["Yelverstow Safeguarding Adults Board"]},
    recommendations=[
        R(
            "1",
            "Yelverstow Safeguarding Adults Board",
            "Yelverstow Safeguarding Adults Board should publish a practice guide",
            ["policy_procedure"],
        ),
        R(
            "2",
            "Yelverstow Community Mental Health Team",
            "Yelverstow Community Mental Health Team should make sure that a person discharged",
            ["information_sharing", "mental_health"],
        ),
        R(
            "3",
            "Yelverstow Homes",
            "Yelverstow Homes should treat a tenant living without heating",
            ["risk_assessment", "multi_agency_working"],
        ),
        R(
            "4",
            "Yelverstow Safeguarding Adults Board",
            "Yelverstow Safeguarding Adults Board should receive a report each year",
            ["quality_assurance"],
        ),
    ],
    actions=[],
    chronology=[
        C(None, None, "3 February 2022", "2022-02-03", "Terence was discharged from the team"),
        C(None, None, "late April 2022", "2022-04", "A housing officer could not get into the bungalow"),
        C(
            None,
            None,
            "Between 2 and 9 June 2022",
            "2022-06-02",
            "Three calls from a neighbour about Terence's health",
            date_end="2022-06-09",
        ),
        C(None, None, "18 August 2022", "2022-08-18", "Terence attended with a leg ulcer"),
        C(None, None, "12 October 2022", "2022-10-12", "The heating engineer reported that the boiler"),
        C(None, None, "19 December 2022", "2022-12-19", "A neighbour called 999"),
    ],
    notes=(
        "plain pdftotext. A SAR overview report: review_type SAR, doc_kind overview_report, no review id, author the "
        "lead reviewer, Terence 71, died 19 December 2022 (the day he was found), area Yelverstow. Recommendations "
        "1-4: the boxed 'Recommendation N' texts at the end of chapters 4, 5 and 6 (numbered through the report), "
        "ref the number. Chronology: the six key-event blocks, date_raw the 'Date:' value, text the 'What "
        "happened:' value (the 'Agency:' line names the agency and is not part of the text): 'late April 2022' -> "
        "the month (approximate); 'Between 2 and 9 June 2022' -> 2 June, date_end 9 June. The analysis paragraphs "
        "and the conclusion are not records. No actions."
    ),
)

# --------- 4. Home Office template plan, colour-name RAG, Lead Agency merged over several actions
GOLD[S4] = dict(
    family="dhr_ho_plan_colour_name_rag_merged_lead_cells",
    description=(
        "A DHR action plan on the Home Office template, Liberation Serif 9, landscape, 2 pages, running head "
        "'Tarrenhill Community Safety Partnership', footer 'DHR 'Hyacinth' – Action Plan – OFFICIAL – Page N': "
        "title, an opening paragraph (victim, date, chair and author), summary and purpose sections, a bold RAG key "
        "line; one table with the template's seven columns plus 'RAG' (a colour name only: Green / Amber / Red), "
        "Recommendation ('1. <text>') and Scope (Local / Regional) cells merged down over their actions, no action "
        "refs, and Lead Agency cells merged down over runs of actions with the same lead -- across recommendation "
        "boundaries (rows 3-5 span recommendations 2 and 3; rows 6-7 span 3 and 4) and, for rows 6-7, across the "
        "page break (action 7's lead printed only on page 1); header repeated; targets dd/mm/yyyy, 'May 2026', "
        "'October 2026', 'Ongoing'; a closing note"
    ),
    review=dict(
        review_id=None,
        review_type="DHR",
        area="Tarrenhill",
        doc_kind="action_plan",
        author="Desmond Achterberg-Nwosu",
        victims=[{"pseudonym": "Hyacinth", "age": 58}],
        date_of_death="2022-04-03",
    ),
    review_alternatives={"area": ["Tarrenhill Community Safety Partnership"]},
    recommendations=[
        R(
            "1",
            "Tarrenhill Police",
            "Tarrenhill Police should make sure that officers attending a report of abuse",
            ["risk_assessment"],
        ),
        R(
            "2",
            "Tarrenhill Council Adult Social Care",
            "Tarrenhill Council Adult Social Care should offer a carer's assessment",
            ["other"],
        ),
        R(
            "3",
            "Tarrenhill Council Adult Social Care",
            "Tarrenhill Council Adult Social Care and Tarrenhill and Corve Mental Health",
            ["information_sharing", "multi_agency_working"],
        ),
        R(
            "4",
            "Tarrenhill Community Safety Partnership",
            "Tarrenhill Community Safety Partnership should work with the neighbouring partnerships",
            ["awareness_public"],
            scope="regional",
            line=120,  # pinned: its first words "4. Tarrenhill Community Safety" sit apart from the rest of the cell
        ),
    ],
    actions=[
        _a(
            None,
            "1",
            "Adopt the adult family violence risk checklist",
            "Tarrenhill Police",
            "31/10/2025",
            "Green",
        ),
        _a(
            None,
            "1",
            "Brief all response and neighbourhood officers on the checklist",
            "Tarrenhill Police",
            "31/03/2026",
            "Amber",
        ),
        _a(
            None,
            "2",
            "Identify parents caring for an adult child known to secondary mental health services",
            "Tarrenhill Council Adult Social Care",
            "30/06/2026",
            "Amber",
        ),
        _a(
            None,
            "2",
            "Add a question on the carer's own safety",
            "Tarrenhill Council Adult Social Care",
            "31/12/2025",
            "Green",
        ),
        _a(
            None,
            "3",
            "Write a joint protocol on sharing a parent's disclosure",
            "Tarrenhill Council Adult Social Care",
            "May 2026",
            "Amber",
        ),
        _a(
            None,
            "3",
            "Include the carer's view of risk in every care programme approach review",
            "Tarrenhill and Corve Mental Health NHS Trust",
            "30/09/2026",
            "Red",
        ),
        _a(
            None,
            "4",
            "Provide the partnership with a briefing for staff",
            "Tarrenhill and Corve Mental Health NHS Trust",
            "31/01/2026",
            "Green",
        ),
        _a(
            None,
            "4",
            "Run a county-wide awareness week on adult family violence",
            "Tarrenhill Community Safety Partnership",
            "October 2026",
            "Red",
        ),
        _a(
            None,
            "4",
            "Report the plan's progress to the partnership board each quarter",
            "Tarrenhill Community Safety Partnership",
            "Ongoing",
            "Amber",
        ),
    ],
    chronology=[],
    notes=(
        "plain pdftotext (merged cells print once, at the top of the rows they span). A DHR action plan: "
        "review_type DHR, doc_kind action_plan, no review id, author the chair and author, Hyacinth 58, killed 3 "
        "April 2022, area Tarrenhill. Recommendations 1-4: the merged Recommendation cells, ref the leading number, "
        "scope the Scope cell (Local -> local, Regional -> regional); #3's agency the first addressee. Actions: the "
        "nine rows, no printed ref, recommendation_ref the Recommendation cell beside them; lead the Lead Agency "
        "cell, which is merged over the actions that share it -- every action in a merged run has that lead, even "
        "when the run crosses into the next recommendation or over the page break (the sixth and seventh actions: "
        "the mental health trust); target the Target Date ('May 2026' / 'October 2026' the month; 'Ongoing' none); "
        "status the RAG colour read through the key line (Green complete, Amber in_progress, Red not_started). The "
        "'Date of completion and Outcome' and milestone cells are progress, not targets. No chronology."
    ),
)

# --------- 5. CSP board paper with a SharePoint list export, US dates
GOLD[S5] = dict(
    family="csp_board_paper_sharepoint_list_export_us_dates",
    description=(
        "A community safety partnership board paper on a DHR's action plan, DejaVu Sans Condensed 8.5, landscape, 2 "
        "pages, running head 'Wickhollow Community Safety Partnership Board · 24 February 2026 · Item 6', footer "
        "'Item 6 – Page N of M' (right): item title with the review id, a label table (Report of, Purpose, "
        "Recommendation to the Board -- a board decision, not a review recommendation), background with the four "
        "recommendations as a hanging-indent numbered list, a progress paragraph; Appendix A reprints a SharePoint "
        "list export ID | Title | Recommendation | Assigned To | Due Date | Status | % Complete | Modified, the "
        "Recommendation column a lookup 'Rec N - <short name>', dates in the site's US format m/d/yyyy (one "
        "ambiguous '4/1/2026'), Modified 'm/d/yyyy h:mm AM/PM'; rows over the page break, header repeated; an '8 "
        "items' count and an italic note on the date format"
    ),
    review=dict(
        review_id="WCSP/DHR/2022/01",
        review_type="DHR",
        area="Wickhollow",
        doc_kind="action_plan",
        author="Gwendolyn Abernathy-Osei",
        victims=[{"pseudonym": "Mariam", "age": 33}],
        date_of_death="2022-09-09",
    ),
    review_alternatives={"area": ["Wickhollow Community Safety Partnership"]},
    recommendations=[
        R(
            "1",
            "Wickhollow Community Safety Partnership",
            "Wickhollow Community Safety Partnership should make sure that frontline staff",
            ["training", "multi_agency_working"],
        ),
        R(
            "2",
            "Wickhollow Police",
            "Wickhollow Police should make sure that a report of a missing adult woman",
            ["risk_assessment"],
        ),
        R(
            "3",
            "Wickhollow Council",
            "Wickhollow Council's housing service should offer a private interview",
            ["routine_enquiry", "other"],
        ),
        R(
            "4",
            "Wickhollow Community Safety Partnership",
            "Wickhollow Community Safety Partnership should audit, a year after publication",
            ["quality_assurance"],
        ),
    ],
    actions=[
        _a(
            "14",
            "1",
            "Commission honour-based abuse awareness e-learning",
            "Lowri Pemberton-Achebe",
            "11/28/2025",
            "Completed",
        ),
        _a(
            "15",
            "1",
            "Publish the referral route to the specialist HBA service",
            "Wickhollow CSP Comms",
            "1/30/2026",
            "Completed",
        ),
        _a(
            "16",
            "2",
            "Add a domestic abuse history check to the missing person",
            "DCI Farhan Oyelaran-Brook",
            "3/31/2026",
            "In progress",
        ),
        _a(
            "17",
            "2",
            "Dip sample 25 medium-risk missing adult reports",
            "DCI Farhan Oyelaran-Brook",
            "7/31/2026",
            "Not started",
        ),
        _a(
            "18",
            "3",
            "Book independent interpreters for housing interviews",
            "Housing Options Manager",
            "4/1/2026",
            "In progress",
        ),
        _a(
            "19",
            "3",
            "Update the housing options interview script",
            "Housing Options Manager",
            "12/19/2025",
            "Completed",
        ),
        _a(
            "20",
            "3",
            "Train housing options staff on honour-based abuse",
            "Housing Learning and Development Lead",
            "5/29/2026",
            "In progress",
        ),
        _a(
            "21",
            "4",
            "Carry out the one-year audit of practice",
            "DHR Coordinator",
            "9/30/2026",
            "Not started",
        ),
    ],
    chronology=[],
    notes=(
        "plain pdftotext. A board paper whose substance is the DHR's action plan: review_type DHR, doc_kind "
        "action_plan, review id 'WCSP/DHR/2022/01' (the item title), author the chair and author named in the "
        "background, Mariam 33, killed 9 September 2022, area Wickhollow. Recommendations 1-4: the numbered list "
        "under '1. Background', ref the number; the label table's 'Recommendation to the Board' is a decision asked "
        "of the board, not a review recommendation. Actions: the eight list items, ref the ID (the paper calls them "
        "'items 14, 15 and 19' and 'Action 16'), recommendation_ref the N of the 'Rec N - …' lookup, lead the "
        "Assigned To cell (a person, a team mailbox or a post), target the Due Date read month/day/year as the site "
        "prints it ('4/1/2026' is 1 April 2026), status the Status cell (Completed complete, In progress "
        "in_progress, Not started not_started); '% Complete' and the Modified date-time are not targets. The '8 "
        "items' line and the date-format note are not records. No chronology."
    ),
)


def main():
    write_gold(GOLD, HERE, sys.argv[1] if len(sys.argv) > 1 else None, family_keys="after_file")


if __name__ == "__main__":
    main()
