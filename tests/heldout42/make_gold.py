"""Hand-written gold for heldout42 (blind set). Every field below was written by hand from the documents'
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

# Targets as printed -> the date a reader files them under: a full date the day; a month the month.
TARGETS = {
    "31 July 2025": "2025-07-31",
    "31 March 2026": "2026-03-31",
    "30 September 2025": "2025-09-30",
    "28 February 2026": "2026-02-28",
    "31 May 2025": "2025-05-31",
    "31 January 2026": "2026-01-31",
    "30 November 2025": "2025-11-30",
    "June 2026": "2026-06",
    "June 2025": "2025-06",
    "December 2025": "2025-12",
    "September 2025": "2025-09",
    "March 2026": "2026-03",
    "October 2025": "2025-10",
    "April 2026": "2026-04",
    "31 Mar 2026": "2026-03-31",
    "30 Jun 2026": "2026-06-30",
    "31 Dec 2025": "2025-12-31",
    "30 Nov 2025": "2025-11-30",
    "31 May 2026": "2026-05-31",
    "31 Jan 2026": "2026-01-31",
    "31 Jul 2026": "2026-07-31",
    "30 Sep 2026": "2026-09-30",
}
# Each document's own words: Cradlestow's struck-through "(closed)" marker (closed: complete) and its plain
# open actions (still being worked on: in progress, no printed status); Fallowcombe's Done / Doing / To do;
# Tansleigh's four words as its status note defines them.
STATUS = {
    "(closed)": "complete",
    None: "in_progress",
    "Done": "complete",
    "Doing": "in_progress",
    "To do": "not_started",
    "Complete": "complete",
    "On track": "in_progress",
    "Off track": "in_progress",
    "Not started": "not_started",
}


def _a(ref, rec, start, lead, target, status, after=0):
    return A(ref, OV, rec, start, lead, target, TARGETS[target], status, STATUS[status], after=after)


# --------- 1. DHR plan: closed actions struck through and marked "(closed)"
C_SP = "Safer Cradlestow Partnership"
GOLD[S1] = dict(
    family="dhr_plan_closed_actions_struck_through_no_status_col",
    description=(
        "A DHR action plan, Liberation Sans 10.5, portrait, 2 pages, running head 'Safer Cradlestow Partnership', "
        "footer 'DHR ‘Marisol’ action plan | updated 14 November 2025 | N': title, an opening paragraph (victim, "
        "date, chair and author, publication), 'About the review' numbered paragraphs 1.-4., a 'How to read this "
        "plan' note saying there is no status column and that closed actions are struck through and marked "
        "(closed), then one table No. | Recommendation | Action | Lead | Target date, the Recommendation cell "
        "'N. <text>' merged down over its two actions (refs 1.1 … 4.2); four Action cells printed struck through "
        "with a bold '(closed)' after them (pdftotext keeps the words and the marker, not the strike); the table "
        "runs over the page break (recommendation 4's merged cell split, action 4.2 on page 2) with its header "
        "repeated; Oversight Group notes and a next-review line"
    ),
    review=dict(
        review_id=None,
        review_type="DHR",
        area="Cradlestow",
        doc_kind="action_plan",
        author="Tobiah Renwick-Asamoah",
        victims=[{"pseudonym": "Marisol", "age": 44}],
        date_of_death="2023-08-21",
    ),
    review_alternatives={"area": [C_SP]},
    recommendations=[
        R(
            "1",
            "Cradlestow Borough Council",
            "Cradlestow Borough Council's housing service should ask every tenant",
            ["routine_enquiry"],
        ),
        R(
            "2",
            "Cradlestow and Quendrith Probation Delivery Unit",
            "Cradlestow and Quendrith Probation Delivery Unit should make sure",
            ["risk_assessment", "perpetrators"],
        ),
        R(
            "3",
            "Integrated Care Board",
            "The Integrated Care Board should make sure GP practices record",
            ["record_keeping", "information_sharing"],
        ),
        R("4", C_SP, "Safer Cradlestow Partnership should run a campaign", ["awareness_public"], line=143),
    ],
    actions=[
        _a(
            "1.1",
            "1",
            "Add a domestic abuse question to the anti-social",
            "Head of Tenancy Services",
            "31 July 2025",
            "(closed)",
        ),
        _a(
            "1.2",
            "1",
            "Train all neighbourhood housing officers",
            "Housing Learning Lead",
            "31 March 2026",
            None,
        ),
        _a(
            "2.1",
            "2",
            "Issue a practice direction requiring a partner safety check",
            "Head of Probation Delivery Unit",
            "30 September 2025",
            "(closed)",
        ),
        _a(
            "2.2",
            "2",
            "Dip-sample twenty approved address changes",
            "Quality Development Officer",
            "28 February 2026",
            None,
        ),
        _a(
            "3.1",
            "3",
            "Circulate a safeguarding bulletin to every practice",
            "Designated Nurse, Adult Safeguarding",
            "31 May 2025",
            "(closed)",
        ),
        _a(
            "3.2",
            "3",
            "Audit the records of ten practices",
            "Named GP for Safeguarding",
            "31 January 2026",
            None,
        ),
        _a(
            "4.1",
            "4",
            "Commission a bystander campaign with survivors",
            "Domestic Abuse Partnership Manager",
            "30 November 2025",
            "(closed)",
        ),
        _a(
            "4.2",
            "4",
            "Report the campaign's reach and the change",
            "Domestic Abuse Partnership Manager",
            "June 2026",
            None,
        ),
    ],
    chronology=[],
    notes=(
        "plain pdftotext. A DHR action plan: review_type DHR, doc_kind action_plan, no review id, author the chair "
        "and author, Marisol 44, killed 21 August 2023, area Cradlestow (the partnership's name also accepted). "
        "Recommendations 1-4: the merged Recommendation cells, ref N (the 'N.' the cell opens with), text after "
        "it; agency the body the text addresses (#1 the council's housing service, #3 the ICB); all local. "
        "Actions: the eight rows, ref as printed (1.1 … 4.2), recommendation_ref the merged cell's N, lead the "
        "Lead cell, target the Target date (a full date the day, 'June 2026' the month). Status: there is no "
        "status column; the note above the plan says closed actions are struck through and marked (closed), "
        "so the four marked actions are complete (status_raw '(closed)'), and the four in plain type 'remain "
        "open and are still being worked on': in_progress with no printed status (status_raw null). The "
        "Oversight Group notes repeat action refs and are not records; 'Next review … February 2026' is not a "
        "target. No chronology."
    ),
)


# --------- 2. DHR executive summary: chronology with person columns side by side
U_CSP = "Ulbreck Community Safety Partnership"
GOLD[S2] = dict(
    family="dhr_exec_summary_person_column_chronology_apostrophe_years",
    description=(
        "A DHR executive summary, DejaVu Serif 9.5, portrait, 2 pages, running head 'Ulbreck Community Safety "
        "Partnership — DHR ‘Ama’', footer 'Executive Summary – DHR Ama – FINAL – N / M': a centred title block "
        "(victim and age, chair and author), numbered paragraphs 1.1-1.2, a 'Summary chronology' table Date | Ama "
        "| Declan whose event text sits in the victim's or the perpetrator's column (the other cell blank, one "
        "row with both filled), dates with apostrophe two-digit years ('3 Feb ’19', 'Jun ’19', '22 Nov ’19'), key "
        "findings bullets, four recommendations numbered '1.' … '4.' with a hanging indent, each naming its agency "
        "in the text, an italic line about further single-agency recommendations"
    ),
    review=dict(
        review_id=None,
        review_type="DHR",
        area="Ulbreck",
        doc_kind="executive_summary",
        author="Lucinda Farrow-Adeyemi",
        victims=[{"pseudonym": "Ama", "age": 31}],
        date_of_death="2020-04-28",
    ),
    review_alternatives={"area": [U_CSP]},
    recommendations=[
        R(
            "1",
            "Ulbreck Hospitals NHS Trust",
            "Ulbreck Hospitals NHS Trust should make routine enquiry about domestic abuse",
            ["routine_enquiry", "record_keeping"],
        ),
        R(
            "2",
            "Ulbreck Police",
            "Ulbreck Police should review how officers record a victim's refusal",
            ["risk_assessment", "record_keeping"],
        ),
        R(
            "3",
            "Talking therapies service",
            "The talking therapies service should contact the referrer",
            ["mental_health", "risk_assessment", "perpetrators"],
        ),
        R(
            "4",
            U_CSP,
            "Ulbreck Community Safety Partnership should publicise the helpline",
            ["awareness_public", "specialist_support"],
        ),
    ],
    actions=[],
    chronology=[
        C(None, None, "3 Feb ’19", "2019-02-03", "Ama told the practice nurse she was tired"),
        C(None, None, "Jun ’19", "2019-06", "Declan was cautioned by Ulbreck Police for criminal damage"),
        C(None, None, "14 Nov ’19", "2019-11-14", "Ama attended the emergency department with a cut hand"),
        C(None, None, "22 Nov ’19", "2019-11-22", "Ama rang the domestic abuse helpline"),
        C(None, None, "22 Nov ’19", "2019-11-22", "Declan saw his GP asking for help with his temper"),
        C(None, None, "Jan ’20", "2020-01", "Declan did not attend two talking therapies assessments"),
        C(None, None, "9 Mar ’20", "2020-03-09", "A neighbour called the police after hearing screaming"),
        C(None, None, "27 Apr ’20", "2020-04-27", "Declan bought a knife online"),
    ],
    notes=(
        "plain pdftotext. A DHR executive summary: review_type DHR, no review id, author the independent chair and "
        "author, Ama 31, killed 28 April 2020 (paragraph 1.1), area Ulbreck (the CSP's name also accepted). "
        "Recommendations 1-4: the numbered paragraphs, ref N, agency the body each names (#3 the talking therapies "
        "service); all local; the 'further eleven single-agency recommendations' are in the overview report, not "
        "here. Chronology: one entry per filled person cell, so the 22 Nov ’19 row with both Ama's and Declan's "
        "cells filled gives two entries with the same date; dates with apostrophe two-digit years are 20yy ('3 "
        "Feb ’19' the day, 'Jun ’19' and 'Jan ’20' the month). The person column is who the contact concerns, not "
        "an agency, so no entry carries a heading. The review period and panel dates are not chronology. No plan."
    ),
)


# --------- 3. SAR executive summary: hedged chronology dates; Board plan Done / Doing / To do
F_SAB = "Fallowcombe Safeguarding Adults Board"
GOLD[S3] = dict(
    family="sar_exec_summary_hedged_dates_board_plan_done_doing_to_do",
    description=(
        "A SAR executive summary with the Board's plan, Nimbus Sans 10, portrait, 2 pages, running head "
        "'Fallowcombe Safeguarding Adults Board', footer 'Safeguarding Adults Review: Mr Halloran • Executive "
        "summary • Page N' (right): title, a label table (Adult, Died, Reviewer, Published), 'Why the review was "
        "held', an italic note that records give no exact date, a 'What happened' table When | What happened | "
        "Agency with hedged dates ('Between 02.03.2021 and 09.03.2021', 'On or about 17.05.2021', 'Early July "
        "2021') and dotted dd.mm.yyyy, three 'Recommendation N – ' run-ins, then 'What the Board is doing' Rec | "
        "What the Board will do | Lead | By | Status with two unnumbered action rows per recommendation (the Rec "
        "cell repeats N), status Done / Doing / To do; the plan runs over the page break (recommendation 3's rows "
        "on page 2) with its header repeated"
    ),
    review=dict(
        review_id=None,
        review_type="SAR",
        area="Fallowcombe",
        doc_kind="executive_summary",
        author="Clement Osei-Varga",
        victims=[{"pseudonym": "Mr Halloran", "age": 83}],
        date_of_death="2021-10-10",
    ),
    review_alternatives={"area": [F_SAB]},
    recommendations=[
        R(
            "1",
            F_SAB,
            "The Board should make sure its self-neglect procedure",
            ["policy_procedure", "training"],
        ),
        R(
            "2",
            F_SAB,
            "The Board should ask home care providers to escalate",
            ["multi_agency_working", "policy_procedure"],
        ),
        R(
            "3",
            F_SAB,
            "The Board should seek assurance that GP practices act on concerns",
            ["quality_assurance", "information_sharing"],
        ),
    ],
    actions=[
        _a(None, "1", "Rewrite the self-neglect procedure", "SAB Policy Group", "June 2025", "Done"),
        _a(None, "1", "Run four practice workshops", "SAB Training Coordinator", "December 2025", "Doing"),
        _a(None, "2", "Add an escalation clause", "Head of Commissioning", "September 2025", "Done"),
        _a(
            None,
            "2",
            "Check the escalation log with three providers",
            "Contract Monitoring Officer",
            "March 2026",
            "To do",
        ),
        _a(None, "3", "Share a one-page guide", "ICB Safeguarding Team", "October 2025", "Doing"),
        _a(
            None,
            "3",
            "Audit how practices recorded relatives",
            "ICB Safeguarding Team",
            "April 2026",
            "To do",
        ),
    ],
    chronology=[
        C(
            None,
            None,
            "Between 02.03.2021 and 09.03.2021",
            "2021-03-02",
            "Mr Halloran was admitted to Fallowcombe General",
            date_end="2021-03-09",
        ),
        C(None, None, "On or about 17.05.2021", "2021-05-17", "Carers found the front door locked"),
        C(None, None, "Early July 2021", "2021-07", "His niece told the GP surgery by telephone"),
        C(None, None, "24.08.2021", "2021-08-24", "A safeguarding concern about self-neglect was raised"),
        C(None, None, "06.10.2021", "2021-10-06", "Paramedics forced entry and found Mr Halloran"),
    ],
    notes=(
        "plain pdftotext. A SAR executive summary: review_type SAR, doc_kind executive_summary (the Board's plan "
        "follows it), no review id, author the reviewer, Mr Halloran 83, died 10 October 2021 (the label table; "
        "the last chronology row is the day he was found), area Fallowcombe (the Board's name also accepted). "
        "Recommendations 1-3: the 'Recommendation N – ' run-ins, ref N, all addressed to the Board, local. "
        "Actions: the six plan rows, no printed ref (ref null; the Rec cell is the recommendation_ref), lead the "
        "Lead cell, target the By month, status Done complete / Doing in_progress / To do not_started. "
        "Chronology: the five When rows, hedged dates read as the records give them: 'Between 02.03.2021 and "
        "09.03.2021' 2 March with date_end 9 March; 'On or about 17.05.2021' the day; 'Early July 2021' the month; "
        "dotted dd.mm.yyyy the day. The Agency column is each entry's source, not a heading. The publication "
        "month and the subgroup date are not targets."
    ),
)


# --------- 4. MAPPA serious case review summary: recommendations table with a Single / multi-agency column
S_SMB = "Skerrowdale MAPPA Strategic Management Board"
GOLD[S4] = dict(
    family="mappa_scr_summary_rec_table_single_multi_agency_col",
    description=(
        "A MAPPA serious case review summary for publication, P052 10.5, landscape, 2 pages, running head 'MAPPA "
        "Serious Case Review — Offender P — Summary for publication', footer 'Skerrowdale MAPPA Strategic "
        "Management Board · N · OFFICIAL': a title block (arrangements, 'Serious Case Review: Offender P', "
        "reviewer and month), numbered paragraphs 1.1-1.2 and findings 2.1-2.5, then a recommendations table No. "
        "| Recommendation | Single / multi-agency | Responsible agency (rows 1-5, 'Single agency' / 'Multi-agency'); "
        "row 5 splits over the page break with the header repeated; an italic acceptance line"
    ),
    review=dict(
        review_id=None,
        review_type=None,
        area="Skerrowdale",
        doc_kind="executive_summary",
        author="Bartholomew Aydin-Clarke",
        victims=[{"pseudonym": "Mrs N", "age": 58}],
        date_of_death="2022-12-07",
    ),
    review_alternatives={"area": [S_SMB]},
    recommendations=[
        R(
            "1",
            "Probation Service, Skerrowdale",
            "The Probation Service should make sure that every MAPPA level 2",
            ["risk_assessment", "perpetrators"],
        ),
        R(
            "2",
            "MAPPA Strategic Management Board",
            "The MAPPA Strategic Management Board should agree a standard",
            ["information_sharing", "multi_agency_working"],
        ),
        R(
            "3",
            "Skerrowdale Police",
            "Skerrowdale Police should review how intelligence about a MAPPA",
            ["information_sharing", "perpetrators"],
        ),
        R(
            "4",
            "Skerrowdale District Council and the Probation Service",
            "The Board should ask the housing authority and the approved premises",
            ["multi_agency_working", "policy_procedure"],
        ),
        R(
            "5",
            "Skerrowdale and Morvenshaw Mental Health NHS Trust",
            "The mental health trust should make sure its staff know when to refer",
            ["mental_health", "training"],
        ),
    ],
    actions=[],
    chronology=[],
    notes=(
        "plain pdftotext. A MAPPA serious case review after a serious further offence: review_type null (not a "
        "children's SCR, a DHR or a SAR, as heldout25 decided for a MAPPA SCR), doc_kind executive_summary (a "
        "summary for publication), no review id, author the reviewer, the victim Mrs N, 58, killed 7 December 2022, "
        "area Skerrowdale (the board's name also accepted). Recommendations 1-5: the table rows, ref the No. cell, "
        "agency the Responsible agency cell (#4 names two bodies; #2 the Board itself), scope local; the 'Single / "
        "multi-agency' cell is a label, not a status or a scope. Row 5's text runs over the page break (its second "
        "half under the repeated header). Findings 2.1-2.5 are not recommendations; the release and acceptance "
        "dates are not records. No action plan, no chronology."
    ),
)


# --------- 5. CSPR plan under finding band rows with compound refs
T_SCP = "Tansleigh Safeguarding Children Partnership"
GOLD[S5] = dict(
    family="cspr_plan_finding_bands_compound_refs_f1_r1a_a1",
    description=(
        "A child safeguarding practice review partnership action plan, URW Bookman 9.5, landscape, 2 pages, "
        "running head 'Tansleigh Safeguarding Children Partnership', footer 'CSPR Baby T – Partnership action plan "
        "– page N of M': title, an opening paragraph (child, age, date of death, author, publication, how the refs "
        "are built), an italic status key, 'Findings in brief' numbered 1.-3., then one table Ref | Action | Lead | "
        "Target | Status with shaded full-width 'Finding N — …' band rows, lighter full-width 'Recommendation Na: "
        "…' band rows under them (1a, 1b, 2a, 3a), action rows with compound refs 'F1-R1a-A1'; targets 'dd Mon "
        "yyyy'; statuses Complete / On track / Off track / Not started; the table runs over the page break "
        "(F3-R3a-A2 and A3 on page 2) with its header repeated; a summary and a version line"
    ),
    review=dict(
        review_id=None,
        review_type="SCR",
        area="Tansleigh",
        doc_kind="action_plan",
        author="Henrietta Vasquez-Oyelaran",
        victims=[{"pseudonym": "Baby T", "age": 0}],
        date_of_death="2023-04-12",
    ),
    review_alternatives={"area": [T_SCP]},
    recommendations=[
        R(
            "1a",
            T_SCP,
            "Tansleigh Safeguarding Children Partnership should make sure that every agency asks",
            ["children", "record_keeping", "routine_enquiry"],
        ),
        R(
            "1b",
            T_SCP,
            "The Partnership should run learning sessions on working with fathers",
            ["training", "children"],
        ),
        R(
            "2a",
            "Tansleigh Police",
            "Tansleigh Police should share with children's social care any history",
            ["information_sharing", "children"],
        ),
        R(
            "3a",
            T_SCP,
            "The Partnership should relaunch its protocol for bruising",
            ["policy_procedure", "children", "quality_assurance"],
        ),
    ],
    actions=[
        _a(
            "F1-R1a-A1",
            "1a",
            "Add a household members section",
            "Head of Midwifery",
            "31 Mar 2026",
            "On track",
        ),
        _a(
            "F1-R1a-A2",
            "1a",
            "Audit twenty new birth visits",
            "Health Visiting Service Lead",
            "30 Jun 2026",
            "Not started",
        ),
        _a(
            "F1-R1b-A1",
            "1b",
            "Deliver four sessions on engaging fathers",
            "TSCP Learning Manager",
            "31 Dec 2025",
            "Complete",
        ),
        _a(
            "F2-R2a-A1",
            "2a",
            "Update the public protection unit's checks checklist",
            "Detective Inspector, PPU",
            "30 Nov 2025",
            "Complete",
        ),
        _a(
            "F2-R2a-A2",
            "2a",
            "Test the checklist in ten strategy discussions",
            "Detective Inspector, PPU",
            "31 May 2026",
            "Off track",
        ),
        _a(
            "F3-R3a-A1",
            "3a",
            "Relaunch the protocol with a short briefing",
            "TSCP Business Manager",
            "31 Jan 2026",
            "On track",
        ),
        _a(
            "F3-R3a-A2",
            "3a",
            "Audit referrals of bruised non-mobile babies",
            "Designated Doctor",
            "31 Jul 2026",
            "Not started",
        ),
        _a(
            "F3-R3a-A3",
            "3a",
            "Report the audit findings to the Partnership's executive",
            "TSCP Business Manager",
            "30 Sep 2026",
            "Not started",
        ),
    ],
    chronology=[],
    notes=(
        "plain pdftotext. A CSPR partnership action plan: review_type SCR (a child safeguarding practice review, as "
        "earlier sets' gold), doc_kind action_plan, no review id, author the reviewer, Baby T aged eleven weeks "
        "(age 0), died 12 April 2023, area Tansleigh (the partnership's name also accepted). Recommendations: the "
        "four 'Recommendation Na:' band rows, ref as printed (1a, 1b, 2a, 3a), text after the colon; agency the "
        "body addressed (#2a the police); local. The 'Finding N — …' band rows and the 'Findings in brief' "
        "paragraphs are findings, not recommendations. Actions: the eight rows, ref as printed ('F1-R1a-A1'), "
        "recommendation_ref the band above (its letter included), lead the Lead cell, target 'dd Mon yyyy' the "
        "day, status Complete complete / On track and Off track in_progress / Not started not_started (the key). "
        "The summary's ref repeats an action; publication and version dates are not targets. No chronology."
    ),
)


def main():
    write_gold(GOLD, HERE, sys.argv[1] if len(sys.argv) > 1 else None, family_keys="after_file")


if __name__ == "__main__":
    main()
