"""Hand-written gold for heldout45 (blind set). Every field below was written by hand from the documents'
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

# Targets as printed -> the date a reader files them under: a month (however abbreviated, two-digit years
# included, as Pendlesby's key explains "Jul 25 = July 2025") the month; dd/mm/yyyy the day.
TARGETS = {
    "Sept 2025": "2025-09",
    "March 2026": "2026-03",
    "Oct 2025": "2025-10",
    "Jan 2026": "2026-01",
    "Feb 2026": "2026-02",
    "Nov 2025": "2025-11",
    "Dec 2025": "2025-12",
    "June 2026": "2026-06",
    "Sept 2026": "2026-09",
    "31/03/2025": "2025-03-31",
    "30/09/2025": "2025-09-30",
    "30/06/2025": "2025-06-30",
    "31/12/2025": "2025-12-31",
    "31/03/2026": "2026-03-31",
    "Jul 25": "2025-07",
    "Jan 26": "2026-01",
    "Aug 25": "2025-08",
    "Dec 25": "2025-12",
    "Jun 25": "2025-06",
    "Jun 26": "2026-06",
    "Mar 26": "2026-03",
    "Mar 27": "2027-03",
    "May 25": "2025-05",
}
# Each document's own words: Marnwick's three (a key: Achieved = evidence seen); Gresthorpe's three;
# Pendlesby's four (Slipped = started, will miss its target).
STATUS = {
    "Achieved": "complete",
    "Progressing": "in_progress",
    "Not yet started": "not_started",
    "Complete": "complete",
    "Ongoing": "in_progress",
    "Not started": "not_started",
    "Completed": "complete",
    "On track": "in_progress",
    "Slipped": "in_progress",
}


def _a(ref, rec, start, lead, target, status, after=0):
    return A(ref, OV, rec, start, lead, target, TARGETS[target], status, STATUS[status], after=after)


# --------- 1. SAR plan grouped under the six safeguarding principles
M_SAB = "Marnwick Safeguarding Adults Board"
M_ASC = "Marnwick Council Adult Social Care"
GOLD[S1] = dict(
    family="sab_sar_plan_six_safeguarding_principle_bands",
    description=(
        "A SAB's SAR action plan, DejaVu Sans Light 8.5, landscape, 2 pages, running head 'Marnwick Safeguarding "
        "Adults Board', footer 'SAR ‘Edwin’ – Board action plan – position at 31 October 2025 – N': title, an "
        "introduction (victim, age, date and cause of death, reviewer, publication date), a label table, 'The "
        "review's recommendations' R1-R5 as hanging paragraphs, an italic 'How to read this plan.' key, then one "
        "table Ref | SAR rec | What we will do | Lead | By | Status under six shaded full-width band rows, one per "
        "safeguarding principle (Empowerment, Prevention, Proportionality, Protection, Partnership, "
        "Accountability, each with a short gloss), action refs lettered by principle 'EM1', 'PV1', 'PR1', 'PT1', "
        "'PA1', 'AC1', the SAR rec column naming the recommendation (R1 twice out of order: under Empowerment and "
        "under Proportionality), targets 'Sept 2025' / 'March 2026' / 'Oct 2025', statuses Achieved / "
        "Progressing / Not yet started; the table runs over the page break (Protection onwards on page 2), "
        "header repeated; a count line and a next-review line"
    ),
    review=dict(
        review_id=None,
        review_type="SAR",
        area="Marnwick",
        doc_kind="action_plan",
        author="Rosalind Achterberg-Mensah",
        victims=[{"pseudonym": "Edwin", "age": 71}],
        date_of_death="2024-01-12",
    ),
    review_alternatives={"area": [M_SAB]},
    recommendations=[
        R(
            "R1",
            M_ASC,
            "Marnwick Council Adult Social Care should make sure that the outcome the adult wants",
            ["record_keeping", "policy_procedure"],
        ),
        R(
            "R2",
            M_SAB,
            "Marnwick Safeguarding Adults Board should publish guidance for home care providers",
            ["policy_procedure", "other"],
        ),
        R(
            "R3",
            "Marnwick Integrated Care Board",
            "Marnwick Integrated Care Board should make sure that district nurses raise",
            ["multi_agency_working", "policy_procedure"],
        ),
        R(
            "R4",
            M_SAB,
            "The Board should agree a multi-agency meeting route for adults whose carers refuse",
            ["multi_agency_working"],
        ),
        R(
            "R5",
            M_SAB,
            "The Board should receive a report on this plan every six months",
            ["quality_assurance"],
        ),
    ],
    actions=[
        _a(
            "EM1",
            "R1",
            "Add a required 'what the adult wants' field to the enquiry form",
            M_ASC,
            "Sept 2025",
            "Achieved",
        ),
        _a(
            "EM2",
            "R1",
            "Audit thirty enquiries for whether the adult was spoken to",
            M_ASC,
            "March 2026",
            "Progressing",
        ),
        _a(
            "PV1",
            "R2",
            "Write and publish the guidance for home care providers, with a one-page",
            M_SAB,
            "Oct 2025",
            "Achieved",
        ),
        _a(
            "PV2",
            "R2",
            "Check that providers use the checklist during the council's contract",
            "Marnwick Council Commissioning",
            "Jan 2026",
            "Progressing",
        ),
        _a(
            "PR1",
            "R1",
            "Run practice briefings on proportionate options when a carer objects",
            M_ASC,
            "Feb 2026",
            "Not yet started",
        ),
        _a(
            "PT1",
            "R3",
            "Issue a district nursing standard on cancelled and refused visits",
            "Marnwick Community Health NHS Trust",
            "Nov 2025",
            "Achieved",
        ),
        _a(
            "PT2",
            "R3",
            "Report the number of concerns raised under the standard to the ICB",
            "Marnwick Integrated Care Board",
            "March 2026",
            "Progressing",
        ),
        _a(
            "PA1",
            "R4",
            "Agree terms of reference for a 'care refused by carer' multi-agency meeting",
            M_SAB,
            "Dec 2025",
            "Progressing",
        ),
        _a(
            "PA2",
            "R4",
            "Pilot the meeting in the northern locality and report on the first six",
            M_ASC,
            "June 2026",
            "Not yet started",
        ),
        _a(
            "AC1",
            "R5",
            "Add this plan to the Board's six-monthly assurance report",
            M_SAB,
            "Sept 2025",
            "Achieved",
        ),
        _a(
            "AC2",
            "R5",
            "Carry out the multi-agency audit of cases where a carer refused care",
            M_SAB,
            "Sept 2026",
            "Not yet started",
        ),
    ],
    chronology=[],
    notes=(
        "plain pdftotext. A standalone SAR action plan: doc_kind action_plan, no review id, author the independent "
        "reviewer, Edwin 71, died 12 January 2024, area Marnwick (the Board's name also accepted). "
        "Recommendations: R1-R5 as listed before the table, ref as printed ('R1'), agency the body the text "
        "addresses ('The Board' = Marnwick Safeguarding Adults Board); local. Actions: one per row (eleven), ref "
        "the Ref cell ('EM1' …), recommendation_ref the SAR rec cell (not the principle band; PR1 answers R1 "
        "although it sits under Proportionality), lead the Lead cell, target the By cell (month), status the "
        "Status cell. The six band rows are the safeguarding principles, not recommendations and not actions. "
        "'February 2026' (next review), the publication and position dates are not targets. No chronology."
    ),
)


# --------- 2. DHR overview extract: chronology sources as footnote marks; plan with Accepted? and Evidence columns
G_CSP = "Gresthorpe Community Safety Partnership"
G_TRUST = "Gresthorpe Hospitals NHS Trust"


def _c2(date_raw, date, start):
    return C(None, None, date_raw, date, start)


def _a2(rec, start, lead, target, status):
    return _a(None, rec, start, lead, target, status)


GOLD[S2] = dict(
    family="dhr_overview_chronology_footnote_mark_sources_plan_accepted_evidence",
    description=(
        "A DHR overview report extract, Nimbus Roman 10.5, portrait then landscape, 3 pages, running head "
        "'Gresthorpe Community Safety Partnership – DHR ‘Paulina’', footer 'Overview report (extract) – OFFICIAL "
        "– N' (right): title, an italic subtitle, a chair-and-author line, numbered paragraphs 1.1-3.3, '4. "
        "Summary of agency contact' with an italic note, a table Date | Event | Src. whose Src. cell holds only a "
        "superscript footnote mark (1-6; the police's '2' on four rows), dates dd/mm/yyyy and one 'Sept 2021 (day "
        "not recorded)', its last row over the page break (header repeated), then the six source notes '1 "
        "Gresthorpe Hospitals NHS Trust (maternity) IMR, …' printed as footnote lines; analysis 5.1-5.2; '7. "
        "Recommendations' 1.-4. as hanging paragraphs; then on a landscape page 'Appendix A – Action plan' with "
        "an italic key and one table No. | Recommendation | Accepted? (Y/N) | Action | Lead | Target date | "
        "Evidence of completion | Status, the first three cells merged down, no action refs, targets dd/mm/yyyy, "
        "statuses Complete / Ongoing / Not started; recommendation 4 'N' with an Action cell 'Not accepted – see "
        "the Council's response below.' and empty cells, then the Council's response paragraph"
    ),
    review=dict(
        review_id=None,
        review_type="DHR",
        area="Gresthorpe",
        doc_kind="overview_report",
        author="Ignatius Fairweather-Lowe",
        victims=[{"pseudonym": "Paulina", "age": 36}],
        date_of_death="2023-03-03",
    ),
    review_alternatives={"area": [G_CSP]},
    recommendations=[
        R(
            "1",
            G_TRUST,
            "Gresthorpe Hospitals NHS Trust should make sure that a disclosure of controlling",
            ["routine_enquiry", "risk_assessment", "information_sharing"],
        ),
        R(
            "2",
            "Gresthorpe Police",
            "Gresthorpe Police should review how a request for a Domestic Violence Protection",
            ["policy_procedure", "perpetrators"],
        ),
        R(
            "3",
            G_CSP,
            "Gresthorpe Community Safety Partnership should commission the IDVA service to make",
            ["specialist_support"],
        ),
        R(
            "4",
            "Gresthorpe Council",
            "Gresthorpe Council should give housing priority to an applicant who is afraid",
            ["other", "risk_assessment"],
        ),
    ],
    actions=[
        _a2(
            "1",
            "Add a controlling-behaviour prompt and a referral step to the maternity",
            G_TRUST,
            "31/03/2025",
            "Complete",
        ),
        _a2(
            "1",
            "Send a summary of any disclosure to the health visiting team",
            G_TRUST,
            "30/09/2025",
            "Ongoing",
        ),
        _a2(
            "2",
            "Issue an instruction that a declined DVPN request is referred",
            "Gresthorpe Police",
            "30/06/2025",
            "Complete",
        ),
        _a2("3", "Vary the IDVA contract to include a second approach", G_CSP, "31/12/2025", "Ongoing"),
        _a2(
            "3",
            "Report the number of second approaches and their outcome",
            "Hearthside IDVA Service",
            "31/03/2026",
            "Not started",
        ),
    ],
    chronology=[
        _c2("11/06/2021", "2021-06-11", "At her booking appointment Paulina told the midwife"),
        _c2("02/08/2021", "2021-08-02", "A neighbour called the police about shouting at the flat"),
        _c2("17/08/2021", "2021-08-17", "The IDVA service received the police referral and spoke"),
        _c2("Sept 2021 (day not recorded)", "2021-09", "The health visitor made the new birth visit"),
        _c2("14/01/2022", "2022-01-14", "Paulina saw her GP with low mood and poor sleep"),
        _c2("29/04/2022", "2022-04-29", "Paulina reported that Conrad had damaged her car"),
        _c2("05/10/2022", "2022-10-05", "Paulina applied to move, saying she was afraid"),
        _c2("21/02/2023", "2023-02-21", "Paulina reported that Conrad was waiting outside the nursery"),
        _c2("03/03/2023", "2023-03-03", "Paulina was found with fatal stab wounds at her home"),
    ],
    notes=(
        "plain pdftotext. A DHR overview report extract: doc_kind overview_report, no review id, author the "
        "independent chair and author, Paulina 36, died 3 March 2023, area Gresthorpe (the Partnership's name also "
        "accepted). Chronology: one entry per table row (nine), date the Date cell ('Sept 2021 (day not "
        "recorded)' the month), text the Event cell; the Src. cell's superscript digit is a footnote mark naming "
        "the source and is not part of the date, the event or a ref; the six source notes under the table are "
        "not entries. Recommendations: '7. Recommendations' 1.-4., agency the body the text names first; local. "
        "Actions: one per plan row with an action (five); no action refs; recommendation_ref the merged No. cell; "
        "'Accepted? (Y/N)' is the agency's response, not a status; status the Status cell (Ongoing in_progress); "
        "target the Target date cell; the Evidence of completion cell's dates (12/05/2025, 20/06/2025) are not "
        "targets. Recommendation 4's row ('N', 'Not accepted – see the Council's response below.', no lead, "
        "target or status) is not an action, nor is the response paragraph's 'from April 2026'. The 1.1-5.2 "
        "paragraphs' dates (10 May 2023, November 2023, 2018) are not chronology."
    ),
)


# --------- 3. DHR plan on A3 landscape, eleven narrow columns
P_CSP = "Pendlesby Community Safety Partnership"
P_ASC = "Pendlesby Council Adult Social Care"
P_TRUST = "Pendlesby Partnership NHS Foundation Trust"
GOLD[S3] = dict(
    family="dhr_plan_a3_eleven_narrow_cols_start_and_target",
    description=(
        "A DHR action plan printed on A3 landscape, Liberation Serif 8, 2 pages, running head 'Pendlesby "
        "Community Safety Partnership', footer 'DHR ‘Harold’ action plan – A3 – printed 4 November 2025 – page N "
        "of M': title, an introduction (victim, age, date, the perpetrator found unfit to plead, chair and "
        "author, QA panel date), a bold 'Columns.' key (Start / Target as Mon yy, status meanings), then one "
        "table of eleven narrow columns No. | Recommendation | Action | Outcome sought | Lead agency | Lead "
        "officer | Start | Target | Evidence | Progress at 31/10/2025 | Status, the Recommendation cell 'Rec N – "
        "<text>' merged down over actions 1.1 … 4.3, Start and Target both 'Mon yy' ('Apr 25', 'Jul 25'), "
        "statuses Completed / On track / Slipped / Not started; a count line; page 2 notes for the Board, an "
        "abbreviations table and a version line"
    ),
    review=dict(
        review_id=None,
        review_type="DHR",
        area="Pendlesby",
        doc_kind="action_plan",
        author="Philippa Oyelaran-Stubbs",
        victims=[{"pseudonym": "Harold", "age": 83}],
        date_of_death="2023-07-09",
    ),
    review_alternatives={"area": [P_CSP]},
    recommendations=[
        R(
            "1",
            P_ASC,
            "Pendlesby Council Adult Social Care should make sure that a carer's assessment",
            ["risk_assessment", "other"],
        ),
        R(
            "2",
            "Pendlesby Memory Service",
            "Pendlesby Memory Service should ask the family of a patient with dementia",
            ["routine_enquiry", "mental_health"],
            aliases=[P_TRUST],
        ),
        R(
            "3",
            "Pendlesby Police",
            "Pendlesby Police should make sure that officers attending an incident",
            ["risk_assessment"],
        ),
        R(
            "4",
            P_CSP,
            "Pendlesby Community Safety Partnership should raise awareness among older people",
            ["awareness_public"],
        ),
    ],
    actions=[
        _a("1.1", "1", "Add questions about stress, conflict and risk", P_ASC, "Jul 25", "Completed"),
        _a("1.2", "1", "Check thirty assessments completed after the change", P_ASC, "Jan 26", "On track"),
        _a(
            "2.1",
            "2",
            "Build the question into the memory clinic review letter",
            P_TRUST,
            "Aug 25",
            "Slipped",
        ),
        _a("2.2", "2", "Train memory service staff in talking about abuse", P_TRUST, "Dec 25", "On track"),
        _a(
            "3.1",
            "3",
            "Add an older people prompt to the domestic abuse attendance",
            "Pendlesby Police",
            "Jun 25",
            "Completed",
        ),
        _a(
            "3.2",
            "3",
            "Include the case in response officer refresher training",
            "Pendlesby Police",
            "Jun 26",
            "Not started",
        ),
        _a(
            "4.1",
            "4",
            "Run a campaign through GP surgeries, pharmacies and day centres",
            P_CSP,
            "Mar 26",
            "On track",
        ),
        _a(
            "4.2",
            "4",
            "Ask the specialist service to report referrals of people over 65",
            "Pendlesby Domestic Abuse Service",
            "Mar 27",
            "Not started",
        ),
        _a("4.3", "4", "Publish a short learning brief from this review", P_CSP, "May 25", "Completed"),
    ],
    chronology=[],
    notes=(
        "plain pdftotext. A standalone DHR action plan: doc_kind action_plan, no review id, author the chair and "
        "author, Harold 83, died 9 July 2023, area Pendlesby (the Partnership's name also accepted); Joan is the "
        "perpetrator, not a victim. Recommendations: the four merged Recommendation cells, ref the number in "
        "'Rec N –', text after the dash, agency the body the text addresses (#2 the memory service, run by the "
        "Trust named as lead, accepted as an alias); local. Actions: one per row (nine), ref the No. cell, "
        "recommendation_ref the Rec number; lead the Lead agency cell (the Lead officer cell is a post); target "
        "the Target cell (Mon yy -> the month, per the key), never the Start cell; status the Status cell "
        "(Slipped = started but will miss its target: in_progress). The Progress cell's dates ('1 July 2025', "
        "'25 November', '20 May 2025') and 'November 2025' in the notes are not targets. No chronology."
    ),
)


# --------- 4. SAR summary after a death while sleeping rough: horizontal timeline strip
U_SAP = "Rushbarrow Safeguarding Adults Partnership"


def _c4(date_raw, date, start):
    return C(None, None, date_raw, date, start)


GOLD[S4] = dict(
    family="sar_summary_homeless_death_horizontal_year_timeline",
    description=(
        "A SAR summary report after the death of a man sleeping rough, URW Gothic 9.5, portrait, 2 pages, running "
        "head 'Rushbarrow Safeguarding Adults Partnership', footer 'SAR ‘Dean’ – summary report – December 2025 – "
        "N': title, 'Summary report', an introduction (age, date of death, author), a shaded 'Dean, in his "
        "family's words' box, then 'Dean's last four years at a glance': an italic 'Read each year from top to "
        "bottom.' and a horizontal timeline strip, a table of one column per year (2019 | 2020 | 2021 | 2022, "
        "shaded heads) and one row whose cells each hold two lines opening with a month and an en dash ('Mar – "
        "…'), the last '18 Dec – …' (pdftotext prints the four heads, then the cells' lines interleaved across "
        "the columns, so a line comes out far from its year); 'What the review found' bullets, a 'Homeless "
        "deaths in Rushbarrow' count box, 'What agencies told us' and 'About this review' paragraphs, 'What we "
        "recommend' 1.-5. as hanging paragraphs, an acceptance line and a helpline; no plan"
    ),
    review=dict(
        review_id=None,
        review_type="SAR",
        area="Rushbarrow",
        doc_kind="executive_summary",
        author="Morwenna Castellano-Reid",
        victims=[{"pseudonym": "Dean", "age": 47}],
        date_of_death="2022-12-18",
    ),
    review_alternatives={"area": [U_SAP]},
    recommendations=[
        R(
            "1",
            U_SAP,
            "Rushbarrow Safeguarding Adults Partnership should agree that the death of anyone sleeping",
            ["policy_procedure", "quality_assurance"],
        ),
        R(
            "2",
            "Rushbarrow Council",
            "Rushbarrow Council should make sure that a self-neglect concern about a person",
            ["policy_procedure", "other"],
        ),
        R(
            "3",
            "Rushbarrow Integrated Care Board",
            "Rushbarrow Integrated Care Board should commission a way for people",
            ["other"],
        ),
        R(
            "4",
            "Rushbarrow Council",
            "Rushbarrow Council Housing Services should keep a Housing First flat free",
            ["other"],
            aliases=["Rushbarrow Council Housing Services"],
        ),
        R(
            "5",
            U_SAP,
            "The Partnership should ask the council to open its severe weather shelter",
            ["other", "multi_agency_working"],
        ),
    ],
    actions=[],
    chronology=[
        _c4("Mar", "2019-03", "Dean's tenancy ended after rent arrears"),
        _c4("Nov", "2019-11", "The outreach team verified him as sleeping rough"),
        _c4("Apr", "2020-04", "Dean was placed in a hotel under the pandemic scheme"),
        _c4("Sep", "2020-09", "He left the hotel after a dispute with another resident"),
        _c4("Jan", "2021-01", "He attended A&E with an infected leg ulcer"),
        _c4("Oct", "2021-10", "A safeguarding concern about self-neglect was closed"),
        _c4("Aug", "2022-08", "Outreach offered a Housing First place"),
        _c4("18 Dec", "2022-12-18", "Dean was found unresponsive in a shop doorway"),
    ],
    notes=(
        "plain pdftotext. A SAR summary report: doc_kind executive_summary, no review id, author the independent "
        "reviewer, Dean 47, died 18 December 2022, area Rushbarrow (the Partnership's name also accepted). "
        "Chronology: one entry per line of the timeline strip (eight), date the line's month (or day and month) "
        "in the year of the column it sits under ('Mar' under 2019 -> March 2019), text after the dash; listed "
        "in date order; on plain text the lines of the four columns interleave, so the looked-up lines are not "
        "in order. Recommendations: 'What we recommend' 1.-5., agency the body the text addresses (#4 the "
        "council's housing service: Rushbarrow Council, the service's name as an alias; #5 'The Partnership'); "
        "local. Findings bullets, the family's words and the count box are not recommendations; 'March 2023' "
        "(decision), '2 October 2025' (accepted) and 'October 2021' in prose are not chronology entries (the "
        "strip holds the October 2021 event). No actions."
    ),
)


# --------- 5. Welsh extended child practice review, English and Welsh side by side
W_RSB = "Cwmllyn Regional Safeguarding Board"
GOLD[S5] = dict(
    family="cpr_wales_bilingual_side_by_side_english_welsh",
    description=(
        "A Welsh extended child practice review report printed bilingually, Nimbus Sans 10, portrait, 2 pages, "
        "running head 'Cwmllyn Regional Safeguarding Board | Bwrdd Diogelu Rhanbarthol Cwmllyn', footer 'CRSB "
        "CPR 03/2023 – Tudalen / Page N': a centred bold 'English | Cymraeg' line, then one borderless two-column "
        "table, English on the left and Welsh on the right, each row a pair of paragraphs (pdftotext prints the "
        "English cell, then the Welsh cell, row by row): title, reference 'CRSB CPR 03/2023' / 'Cyfeirnod: …', "
        "the reviewer line, '1. Circumstances that led to the review' (death, decision date, period), '2. "
        "Practice and organisational learning' paragraphs, '3. Improving systems and practice' with four "
        "recommendations '1.'-'4.' as hanging paragraphs in each language ('The Board should …' / 'Dylai'r "
        "Bwrdd …'), '4. Statement by the Board', the date of publication in both languages; a large print line"
    ),
    review=dict(
        review_id="CRSB CPR 03/2023",
        review_type="SCR",
        area="Cwmllyn",
        doc_kind="overview_report",
        author="Heledd Tanat-Adebayo",
        victims=[{"pseudonym": "Baby L", "age": 0}],
        date_of_death="2023-08-14",
    ),
    review_alternatives={"area": [W_RSB], "doc_kind": ["executive_summary"]},
    recommendations=[
        R(
            "1",
            W_RSB,
            "The Board should seek assurance that health visitors and midwives pass on",
            ["information_sharing", "children"],
        ),
        R(
            "2",
            W_RSB,
            "The Board should ask Cwmllyn Council children's services to review how it responds",
            ["children", "policy_procedure"],
            aliases=["Cwmllyn Council"],
        ),
        R(
            "3",
            W_RSB,
            "The Board should make sure that safe sleep advice is repeated at every contact",
            ["children", "substance_misuse"],
        ),
        R(
            "4",
            W_RSB,
            "The Board should share the learning from this review with the regional board",
            ["multi_agency_working"],
        ),
    ],
    actions=[],
    chronology=[],
    notes=(
        "plain pdftotext. A Welsh extended Child Practice Review report (the review's own short report, "
        "published bilingually): review_type SCR (a child practice review, as heldout8 decided), doc_kind "
        "overview_report (executive_summary also accepted: the page is short and reads as a summary), review id "
        "'CRSB CPR 03/2023', author the reviewer, Baby L aged eleven months (age 0), died 14 August 2023, area "
        "Cwmllyn (the Board's name also accepted). Recommendations: the four English paragraphs under '3. "
        "Improving systems and practice', agency the Board they are addressed to (#2 asks the Council, accepted "
        "as an alias); local. The Welsh paragraphs beside them ('Dylai'r Bwrdd …') are the same four "
        "recommendations in Welsh and are not further records; the Welsh title, reference and dates (14 Awst "
        "2023, 18 Tachwedd 2025) repeat the English. Learning paragraphs are not recommendations. The decision "
        "(2 October 2023), learning event and publication dates are not chronology; no chronology, no plan."
    ),
)


def main():
    write_gold(GOLD, HERE, sys.argv[1] if len(sys.argv) > 1 else None, family_keys="after_file")


if __name__ == "__main__":
    main()
