"""Hand-written gold for heldout44 (blind set). Every field below was written by hand from the documents'
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

# Targets as printed -> the date a reader files them under: a month (abbreviated or not) the month, a day the day.
TARGETS = {
    "Dec 2024": "2024-12",
    "Mar 2025": "2025-03",
    "Sep 2025": "2025-09",
    "Jan 2025": "2025-01",
    "Nov 2025": "2025-11",
    "Jun 2025": "2025-06",
    "Oct 2025": "2025-10",
    "Mar 2026": "2026-03",
    "Apr 2025": "2025-04",
    "Dec 2025": "2025-12",
    "September 2025": "2025-09",
    "December 2025": "2025-12",
    "January 2026": "2026-01",
    "March 2026": "2026-03",
    "June 2026": "2026-06",
    "31 March 2025": "2025-03-31",
    "30 June 2025": "2025-06-30",
    "30 September 2025": "2025-09-30",
    "31 October 2025": "2025-10-31",
    "30 April 2025": "2025-04-30",
    "31 January 2026": "2026-01-31",
    "31 May 2025": "2025-05-31",
    "31 December 2025": "2025-12-31",
    "30 September 2026": "2026-09-30",
}
# Each document's own words: Haddlestow's three (a key defines Signed off as closed on evidence); Ellerslade's
# easy read "Done yet?" answers; Brockhythe's three.
STATUS = {
    "Signed off": "complete",
    "In progress": "in_progress",
    "Not started": "not_started",
    "Yes": "complete",
    "Started": "in_progress",
    "Not yet": "not_started",
    "Completed": "complete",
    "Partly completed": "in_progress",
    "Not yet started": "not_started",
}


def _a(ref, rec, start, lead, target, status, after=0):
    return A(ref, OV, rec, start, lead, target, TARGETS[target], status, STATUS[status], after=after)


# --------- 1. DHR plan: lead and supporting agencies marked L / S in agency columns
H_CSP = "Haddlestow Community Safety Partnership"
H_DA = "Harbour Lane Domestic Abuse Service"
H_ICB = "Haddlestow Integrated Care Board"
H_POL = "Eastmarch Constabulary"
H_HOM = "Haddlestow Homes"
GOLD[S1] = dict(
    family="dhr_plan_agency_matrix_l_s_marks",
    description=(
        "A DHR action plan, Nimbus Sans 8.5 (table 9), landscape, 2 pages, running head 'Haddlestow Community "
        "Safety Partnership', footer 'DHR ‘Marian’ | Action Plan | Version 4 (September 2025) | Page N of M' "
        "(right): a title, an introduction (victim, age, date, chair and author, acceptance date, position date), "
        "a label table (review, plan owner, dates, next update), a bold 'Agency columns.' key naming the body "
        "behind each column head and saying L marks the lead and S a supporting agency, an italic status key, a "
        "count line, then one table Rec | Recommendation | Ref | Action | Police | Health | ASC | Housing | DA "
        "Service | Target | Status, Rec and Recommendation merged down over actions 1.1 … 4.2, one 'L' per action "
        "row and some 'S' marks, targets 'Dec 2024' (Mon yyyy), statuses Signed off / In progress / Not started; "
        "recommendation 3's merged cells split over the page break (action 3.3 on page 2), header repeated; "
        "Oversight Group commentary and a version line"
    ),
    review=dict(
        review_id=None,
        review_type="DHR",
        area="Haddlestow",
        doc_kind="action_plan",
        author="Constance Abara-Whitlock",
        victims=[{"pseudonym": "Marian", "age": 58}],
        date_of_death="2023-08-17",
    ),
    review_alternatives={"area": [H_CSP]},
    recommendations=[
        R(
            "1",
            H_CSP,
            "Haddlestow Community Safety Partnership should make sure that every agency knows how to refer",
            ["specialist_support", "multi_agency_working"],
        ),
        R(
            "2",
            H_POL,
            "Eastmarch Constabulary should make sure that officers attending a report",
            ["risk_assessment", "routine_enquiry"],
        ),
        R(
            "3",
            H_ICB,
            "Haddlestow Integrated Care Board should make sure that GP practices record who attends",
            ["record_keeping", "routine_enquiry"],
        ),
        R(
            "4",
            H_HOM,
            "Haddlestow Homes should include domestic abuse in the checks",
            ["routine_enquiry", "policy_procedure"],
        ),
    ],
    actions=[
        _a("1.1", "1", "Publish a short referral pathway for victims", H_DA, "Dec 2024", "Signed off"),
        _a(
            "1.2",
            "1",
            "Brief hospital discharge coordinators and district nurses",
            H_ICB,
            "Mar 2025",
            "Signed off",
        ),
        _a("1.3", "1", "Check after six months how many referrals", H_DA, "Sep 2025", "In progress"),
        _a("2.1", "2", "Add the question to the domestic abuse risk form", H_POL, "Jan 2025", "Signed off"),
        _a("2.2", "2", "Dip-sample twenty reports involving partners", H_POL, "Nov 2025", "In progress"),
        _a(
            "3.1", "3", "Add a template prompt to the practice record system", H_ICB, "Jun 2025", "Signed off"
        ),
        _a("3.2", "3", "Deliver a learning session for practice nurses", H_ICB, "Oct 2025", "In progress"),
        _a("3.3", "3", "Audit the prompt's use in five practices", H_ICB, "Mar 2026", "Not started"),
        _a("4.1", "4", "Revise the adaptation and medical transfer forms", H_HOM, "Apr 2025", "Signed off"),
        _a("4.2", "4", "Train the lettings and adaptations teams", H_HOM, "Dec 2025", "Not started"),
    ],
    chronology=[],
    notes=(
        "plain pdftotext. A standalone DHR action plan: doc_kind action_plan, no review id, author the chair and "
        "author, Marian 58, died 17 August 2023, area Haddlestow (the Partnership's name also accepted). "
        "Recommendations: the four merged Recommendation cells, ref the Rec cell; agency the body named first in "
        "the text; local. Actions: one per row, ref the Ref cell, recommendation_ref the Rec cell; lead the agency "
        "whose column holds 'L' on that row, written as the key names it (Police = Eastmarch Constabulary, Health "
        "= Haddlestow Integrated Care Board, Housing = Haddlestow Homes, DA Service = Harbour Lane Domestic Abuse "
        "Service; a reader may also accept the column head); 'S' columns are supporting agencies, not leads. "
        "Target the Target cell (Mon yyyy -> the month); status the Status cell (Signed off complete). pdftotext "
        "prints the marks of the last three agency columns, the targets and the statuses after the page's rows, "
        "so on plain text the lead is lost. The position date, 'January 2026' (next update) and the commentary's "
        "dates are not targets. No chronology."
    ),
)


# --------- 2. DHR executive summary: chronology date cells merged down; Home Office QA letter appended
F_SP = "Farthingloe Safer Partnership"


def _c2(date_raw, date, start, after=0):
    return C(None, None, date_raw, date, start, after=after)


GOLD[S2] = dict(
    family="dhr_exec_summary_merged_date_cells_chronology_ho_qa_letter",
    description=(
        "A DHR executive summary, P052 10, portrait, 3 pages, running head 'Farthingloe Safer Partnership', footer "
        "'OFFICIAL | DHR ‘Joseph’ Executive Summary | Page N': title, chair-and-author line, introduction 1.1-1.2, "
        "an italic note that a date is shown once for all agencies with contact that day, a 'Summary chronology' "
        "table Date | Agency | Contact whose Date cell is merged down over two or three agency rows (five dates, "
        "ten rows), key findings 3.1-3.2, a recommendations table No. | Recommendation | Agency (five rows, "
        "row 2 split over the page break, header repeated), then on page 3 an appendix reprinting the Home "
        "Office Quality Assurance Panel's feedback letter (address block, date, 'Dear …', numbered 'Areas for "
        "final development' 1.-3. that are requests to amend the report, not recommendations)"
    ),
    review=dict(
        review_id=None,
        review_type="DHR",
        area="Farthingloe",
        doc_kind="executive_summary",
        author="Bartholomew Iyer-Castell",
        victims=[{"pseudonym": "Joseph", "age": 44}],
        date_of_death="2022-11-02",
    ),
    review_alternatives={"area": [F_SP]},
    recommendations=[
        R(
            "1",
            F_SP,
            "Farthingloe Safer Partnership should commission awareness material for men",
            ["awareness_public", "specialist_support"],
        ),
        R(
            "2",
            "Farthingloe Hospital",
            "Farthingloe Hospital should make sure that emergency department staff ask about domestic abuse",
            ["routine_enquiry"],
        ),
        R(
            "3",
            "NHS Farthingloe Integrated Care Board",
            "GP practices in Farthingloe should have a named person who reviews hospital discharge letters",
            ["record_keeping", "information_sharing"],
        ),
        R(
            "4",
            "Victim Support",
            "Victim Support should try a second method of contact",
            ["specialist_support", "policy_procedure"],
        ),
        R(
            "5",
            "Farthingloe Council",
            "Farthingloe Council Housing Options should ask every person who seeks advice",
            ["routine_enquiry", "risk_assessment"],
        ),
    ],
    actions=[],
    chronology=[
        _c2("4 March 2021", "2021-03-04", "Joseph told his GP he was sleeping badly"),
        _c2("4 March 2021", "2021-03-04", "A neighbour called the police about shouting"),
        _c2("19 August 2021", "2021-08-19", "Joseph was taken to hospital with a cut to his forearm"),
        _c2("19 August 2021", "2021-08-19", "The wound was closed in the emergency department"),
        _c2("19 August 2021", "2021-08-19", "The hospital discharge letter reached the practice"),
        _c2("2 February 2022", "2022-02-02", "Joseph reported that Denise had taken his bank card"),
        _c2("2 February 2022", "2022-02-02", "A referral was received from the police. Three calls"),
        _c2("10 October 2022", "2022-10-10", "Joseph asked about a flat of his own"),
        _c2("2 November 2022", "2022-11-02", "Officers were called to the flat and found Joseph"),
        _c2("2 November 2022", "2022-11-02", "Paramedics attended with the police and confirmed"),
    ],
    notes=(
        "plain pdftotext. A DHR executive summary: doc_kind executive_summary, no review id, author the "
        "independent chair and author, Joseph 44, died 2 November 2022, area Farthingloe (the Partnership's name "
        "also accepted). Recommendations: the five rows of the No. | Recommendation | Agency table, agency the "
        "Agency cell (#3's text names GP practices, the Agency cell the ICB); local. The three numbered 'Areas for "
        "final development' in the Home Office letter are the Panel's requests to amend the report, not "
        "recommendations, and give no records; the letter's dates (12 May 2025, 16 April 2025) are not chronology. "
        "Chronology: one entry per table row (ten), date the merged Date cell that spans the row, text the Contact "
        "cell; the Agency cell is the source. Key findings are not recommendations. No actions."
    ),
)


# --------- 3. Easy read SAR summary
E_SAB = "Ellerslade Safeguarding Adults Board"


def _c3(date_raw, date, start):
    return C(None, None, date_raw, date, start)


GOLD[S3] = dict(
    family="sar_easy_read_summary_picture_rows_done_yet_plan",
    description=(
        "An easy read SAR summary, Liberation Sans 14, portrait, 2 pages, running head 'Ellerslade Safeguarding "
        "Adults Board – Easy Read', footer 'Page N': title, subtitle, then sections 'About this review', 'About "
        "Niamh', 'What happened', 'What needs to change' each a borderless two-column table whose left cell is a "
        "shaded picture square with no words (the 'What needs to change' rows a large number 1-4 instead) and "
        "whose right cell holds one or two short sentences; 'What happened' rows open 'In 2019', 'In March 2022', "
        "'On 14 February 2023' …; then 'What will happen next', a ruled table Change | What will be done | Who "
        "will do it | By when | Done yet? with answers Yes / Started / Not yet, and a phone line"
    ),
    review=dict(
        review_id=None,
        review_type="SAR",
        area="Ellerslade",
        doc_kind="executive_summary",
        author="Harriet Olowe-Brennan",
        victims=[{"pseudonym": "Niamh", "age": 34}],
        date_of_death="2023-06-09",
    ),
    review_alternatives={"area": [E_SAB]},
    recommendations=[
        R(
            "1",
            E_SAB,
            "The Board should make sure that support providers tell the council",
            ["information_sharing", "quality_assurance"],
        ),
        R(
            "2",
            "Ellerslade Council",
            "The council should make sure that day centre staff know how to report worries",
            ["training"],
        ),
        R(
            "3",
            "NHS Ellerslade",
            "The health service should teach support staff the signs",
            ["training"],
        ),
        R(
            "4",
            E_SAB,
            "The Board should check that Niamh's family and people with learning disabilities",
            ["quality_assurance", "other"],
        ),
    ],
    actions=[
        _a(
            None,
            "1",
            "Providers will send the council a list of staff changes",
            "Ellerslade Council",
            "September 2025",
            "Yes",
        ),
        _a(
            None,
            "2",
            "Day centre staff will go on a training day",
            "Ellerslade Council",
            "December 2025",
            "Started",
        ),
        _a(
            None,
            "3",
            "Support staff will learn to use a short checklist",
            "NHS Ellerslade",
            "January 2026",
            "Started",
        ),
        _a(
            None,
            "3",
            "Every shared house will have the checklist on the wall",
            "NHS Ellerslade",
            "March 2026",
            "Not yet",
        ),
        _a(
            None,
            "4",
            "A group of people with learning disabilities will check",
            E_SAB,
            "June 2026",
            "Not yet",
        ),
    ],
    chronology=[
        _c3("In 2019", "2019", "In 2019 Niamh moved into a shared house"),
        _c3("In March 2022", "2022-03", "In March 2022 Niamh's support worker left"),
        _c3("On 14 February 2023", "2023-02-14", "On 14 February 2023 Niamh told her day centre"),
        _c3("On 28 May 2023", "2023-05-28", "On 28 May 2023 Niamh fell ill"),
        _c3("On 9 June 2023", "2023-06-09", "On 9 June 2023 Niamh died in Ellerslade Hospital"),
    ],
    notes=(
        "plain pdftotext. An easy read summary of a SAR: review_type SAR, doc_kind executive_summary (the nearest "
        "kind; it summarises the review), no review id, author the reviewer the page names, Niamh 34, died 9 June "
        "2023, area Ellerslade (the Board's name also accepted). Recommendations: the four 'What needs to change' "
        "rows, ref the large number in the left cell; agency the body the sentence addresses, written as the plan "
        "names it ('The Board' = Ellerslade Safeguarding Adults Board, 'The council' = Ellerslade Council, 'The "
        "health service' = NHS Ellerslade); local. Actions: the five rows of 'What will happen next', no ref "
        "(the Change cell is the recommendation_ref, change 3 has two rows), lead 'Who will do it', target 'By "
        "when' (the month), status 'Done yet?': Yes complete, Started in_progress, Not yet not_started. "
        "Chronology: the five 'What happened' rows, the date the words that open each ('In 2019' a year, 'In "
        "March 2022' a month, the rest days); 'About this review' and 'About Niamh' rows are not events."
    ),
)


# --------- 4. SAR overview extract: key practice episodes headed by date ranges, recs (1)-(5), Board plan A1-A9
B_SAP = "Brockhythe Safeguarding Adults Partnership"


def _c4(ref, date_raw, date, start, end=None):
    return C(ref, None, date_raw, date, start, date_end=end)


GOLD[S4] = dict(
    family="sar_overview_kpe_date_range_headings_paren_recs_board_plan_a_n",
    description=(
        "A SAR overview report extract, DejaVu Serif Condensed 9.5, portrait, 2 pages, running head 'Brockhythe "
        "Safeguarding Adults Partnership – SAR ‘Mr D’', footer 'SAR Mr D – Overview report (extract) – N' "
        "(right): title, reviewer line, '4. Key practice episodes' with an introduction saying there is no full "
        "chronology, then four Heading 3 lines 'KPE N: <dates> – <title>' (a day range '3 February – 22 April "
        "2021', a month range 'September 2021 – January 2022', a day '14 March 2022', a day range in one month "
        "'20 – 26 April 2022') each over one paragraph; analysis 5.1-5.2; '6. Recommendations' (1)-(5) as hanging "
        "paragraphs; 'Appendix 1 – The Board's action plan' with an italic status note and one table Rec | Action "
        "| What will be done | Lead | Review date | Status, the Rec cell '(N)' merged down, actions numbered A1-A9 "
        "through the plan, review dates 'd Month yyyy', statuses Completed / Partly completed / Not yet started; "
        "the table runs over the page break (action A3's row split; A4 and recommendations 3-5 on page 2), header repeated"
    ),
    review=dict(
        review_id=None,
        review_type="SAR",
        area="Brockhythe",
        doc_kind="overview_report",
        author="Osric Penhaligon-Adeyemi",
        victims=[{"pseudonym": "Mr D", "age": 63}],
        date_of_death="2022-05-02",
    ),
    review_alternatives={"area": [B_SAP]},
    recommendations=[
        R(
            "1",
            B_SAP,
            "Brockhythe Safeguarding Adults Partnership should publish a self-neglect escalation route",
            ["policy_procedure", "multi_agency_working"],
        ),
        R(
            "2",
            "Brockhythe General Hospital",
            "Brockhythe General Hospital should tell the discharge team and the GP",
            ["information_sharing"],
        ),
        R(
            "3",
            "Brockhythe Community Health",
            "Brockhythe Community Health should make sure that repeated non-access visits",
            ["policy_procedure", "risk_assessment"],
        ),
        R(
            "4",
            "Brockhythe Council",
            "Brockhythe Council should make sure that a capacity assessment",
            ["policy_procedure"],
        ),
        R(
            "5",
            B_SAP,
            "The Partnership should audit self-neglect concerns closed at the first visit",
            ["quality_assurance"],
        ),
    ],
    actions=[
        _a(
            "A1",
            "1",
            "Draft the escalation route with partners",
            "SAB Business Manager",
            "31 March 2025",
            "Completed",
        ),
        _a(
            "A2",
            "1",
            "Launch the route with a practitioner briefing",
            "SAB Business Manager",
            "30 June 2025",
            "Completed",
        ),
        _a(
            "A3",
            "2",
            "Change the discharge system so that a cancelled package",
            "Head of Patient Flow",
            "30 September 2025",
            "Partly completed",
        ),
        _a(
            "A4",
            "2",
            "Write to GP practices explaining the new alert",
            "Head of Patient Flow",
            "31 October 2025",
            "Not yet started",
        ),
        _a(
            "A5",
            "3",
            "Add a rule to the nursing standard",
            "Deputy Director of Nursing",
            "30 April 2025",
            "Completed",
        ),
        _a(
            "A6",
            "3",
            "Audit the rule's use in two district nursing teams",
            "Deputy Director of Nursing",
            "31 January 2026",
            "Not yet started",
        ),
        _a(
            "A7",
            "4",
            "Revise the mental capacity assessment template",
            "Principal Social Worker",
            "31 May 2025",
            "Completed",
        ),
        _a(
            "A8",
            "4",
            "Run four practice workshops on executive capacity",
            "Principal Social Worker",
            "31 December 2025",
            "Partly completed",
        ),
        _a(
            "A9",
            "5",
            "Audit thirty self-neglect concerns closed at the first visit",
            "SAB Quality and Performance Subgroup",
            "30 September 2026",
            "Not yet started",
        ),
    ],
    chronology=[
        _c4(
            "KPE 1",
            "3 February – 22 April 2021",
            "2021-02-03",
            "Mr D was admitted to Brockhythe General Hospital",
            "2021-04-22",
        ),
        _c4(
            "KPE 2",
            "September 2021 – January 2022",
            "2021-09",
            "Community nurses visited eleven times",
            "2022-01",
        ),
        _c4(
            "KPE 3",
            "14 March 2022",
            "2022-03-14",
            "A neighbour rang Brockhythe Council to say the house smelt",
        ),
        _c4(
            "KPE 4", "20 – 26 April 2022", "2022-04-20", "The ambulance service attended twice", "2022-04-26"
        ),
    ],
    notes=(
        "plain pdftotext. A SAR overview report extract: doc_kind overview_report, no review id, author the "
        "independent reviewer, Mr D 63, died 2 May 2022 (KPE 4's text), area Brockhythe (the Partnership's name "
        "also accepted). Recommendations: (1)-(5), ref the number without brackets; agency the body named first "
        "(#5 'The Partnership' = Brockhythe Safeguarding Adults Partnership); local. Actions: A1-A9, ref as "
        "printed, recommendation_ref the merged Rec cell's number, lead the Lead cell, target the Review date, "
        "status the Status cell (Completed complete, Partly completed in_progress, Not yet started not_started). "
        "Chronology: the four key practice episodes, ref 'KPE N', date the start of the dates in the heading, "
        "date_end its end for a range (a month range by months), text the paragraph under the heading; the "
        "heading's title after the second dash is the episode's name. The Board date 21 November 2024 and the "
        "Subgroup date 15 October 2025 are not chronology or targets."
    ),
)


# --------- 5. CSPR at a glance: six recommendations in a grid of tiles
K_CSP = "Selkirth Children's Safeguarding Partnership"
GOLD[S5] = dict(
    family="cspr_at_a_glance_recs_tile_grid",
    description=(
        "A CSPR practitioner summary 'at a glance', C059 10, portrait, 2 pages, running head 'Selkirth Children's "
        "Safeguarding Partnership', footer 'CSPR ‘Child K’ – Summary for practitioners – N': title, italic "
        "subtitle, a key-facts strip (a 2 x 4 table: Age 16 | Died 23 October 2023 | Review Local CSPR | Published "
        "July 2025), 'Why we did this review' (naming the lead reviewer), 'What we found' bullets and a shaded "
        "'Three things to take away' box (not recommendations); page 2 'Our six recommendations' as a ruled grid "
        "of tiles, three rows of two, each tile a large number, a bold short title and the recommendation's text "
        "(pdftotext prints each tile row's two numbers, then its two titles, then its two texts), then 'What happens next' and a contact "
        "line"
    ),
    review=dict(
        review_id=None,
        review_type="SCR",
        area="Selkirth",
        doc_kind="executive_summary",
        author="Perpetua Langridge-Amoah",
        victims=[{"pseudonym": "Child K", "age": 16}],
        date_of_death="2023-10-23",
    ),
    review_alternatives={"area": [K_CSP]},
    recommendations=[
        R(
            "1",
            K_CSP,
            "Selkirth Children's Safeguarding Partnership should agree how a child open to",
            ["multi_agency_working", "children"],
            title="One plan, not three",
        ),
        R(
            "2",
            "Selkirth Council",
            "Selkirth Council should make sure that a child on a reduced timetable",
            ["children", "policy_procedure"],
            title="Missing from education",
        ),
        R(
            "3",
            "Selkirth Police",
            "Selkirth Police should share intelligence about older young people",
            ["information_sharing", "children"],
            title="Contextual risk",
        ),
        R(
            "4",
            "Selkirth Council",
            "Children's social care should record a parent's own worries",
            ["record_keeping", "children"],
            title="Hearing the parent",
        ),
        R(
            "5",
            "Selkirth CAMHS",
            "Selkirth CAMHS should not close a case because a young person has missed",
            ["mental_health", "children"],
            title="Transitions",
        ),
        R(
            "6",
            K_CSP,
            "The Partnership should ask for a report in twelve months",
            ["quality_assurance"],
            title="Checking it works",
        ),
    ],
    actions=[],
    chronology=[],
    notes=(
        "plain pdftotext. A CSPR practitioner summary: review_type SCR (a CSPR), doc_kind executive_summary, no "
        "review id, author the lead reviewer, Child K 16, died 23 October 2023 (the facts strip), area Selkirth "
        "(the Partnership's name also accepted). Recommendations: the six tiles, ref the large number, title the "
        "bold line under it, text the sentence after; agency the body the text addresses (#4 children's social "
        "care, a council service: Selkirth Council; #6 'The Partnership'); local. 'What we found' bullets and "
        "'Three things to take away' are learning, not recommendations. 'July 2025' (published) is not a date of "
        "death. No actions (the plan is published separately), no chronology."
    ),
)


def main():
    write_gold(GOLD, HERE, sys.argv[1] if len(sys.argv) > 1 else None, family_keys="after_file")


if __name__ == "__main__":
    main()
