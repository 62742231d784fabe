"""Hand-written gold for heldout16 (blind set). Every field below was written by hand from the documents'
meaning; only each record's `line` is looked up in the .txt (first line holding the start of text_start /
action_start; `after` pins a later occurrence). Run once to write <stem>.json.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/: gold_lines, the line look-up and writer every blind set shares

from gold_lines import AG, OV, A, C, R, find_line, write_gold  # noqa: E402

GOLD = {}


def below(stem, needle):
    """The line of a plan's or appendix's own title, so that look-ups start after the report's body."""
    return find_line((HERE / f"{stem}.txt").read_text(encoding="utf-8").split("\n"), needle)


# ------------------------------------- 1. DHR overview report, paragraph-numbered recommendations, separate plan
S1 = "dhr_para_numbered_recs_plan_milestones_evidence_aldercombe"
P1 = below(S1, "DHR ‘Marisol’ (ACSP DHR 2022-04) – Multi-Agency Action Plan")
ACSP = "Aldercombe Community Safety Partnership"
HWP = "Harnley and Wold Police"
ICB = "NHS Harnley and Wold Integrated Care Board"
ABC = "Aldercombe Borough Council"
GOLD[S1] = dict(
    family="dhr_para_numbered_recs_plan_milestones_evidence",
    description=(
        "DHR overview report: cover, contents with dotted leaders, running head, page footer, footnote, "
        "terms-of-reference bullets, panel table, lettered findings over numbered paragraphs, good-practice box, "
        "'Lessons identified' bullets said not to be recommendations; recommendations are paragraphs 9.3-9.9 of "
        "section 9 (9.1 and 9.2 are lead-in), no 'Recommendation' label; a separate landscape multi-agency plan "
        "Recommendation No. | Recommendation | Action | Lead agency | Milestones | Target date | Evidence of "
        "completion | Status whose Recommendation No. repeats the paragraph numbers, merged over two rows twice"
    ),
    review=dict(
        review_id="ACSP DHR 2022-04",
        review_type="DHR",
        area="Aldercombe",
        doc_kind="overview_report",
        author="Dr Gwenllian Pask-Oyelaran",
        victims=[{"pseudonym": "Marisol", "age": 38}],
        date_of_death="2022-10",
    ),
    review_alternatives={"area": [ACSP]},
    recommendations=[
        R(
            "9.3",
            ACSP,
            "Aldercombe Community Safety Partnership should commission a specialist domestic abuse worker",
            ["specialist_support"],
            aliases=[
                "Specialist worker and emergency accommodation for women with no recourse to public funds."
            ],
        ),
        R(
            "9.4",
            HWP,
            "Harnley and Wold Police should update its guidance so that a professional interpreter",
            ["risk_assessment", "policy_procedure"],
            aliases=["Professional interpreter for every risk assessment; never a partner or family member."],
        ),
        R(
            "9.5",
            ICB,
            "NHS Harnley and Wold Integrated Care Board should ensure that GP practices in Aldercombe",
            ["routine_enquiry"],
            aliases=["GP practices to see patients alone and ask about domestic abuse."],
        ),
        R(
            "9.6",
            ABC,
            "Aldercombe Borough Council should record the reason each homelessness application is withdrawn",
            ["record_keeping", "information_sharing"],
            aliases=["Record reasons for withdrawn applications; share with consent."],
        ),
        R(
            "9.7",
            ACSP,
            "The Chair of Aldercombe Community Safety Partnership should write to the Home Office",
            ["policy_procedure", "other"],
            scope="national",
            aliases=["Letter to the Home Office on the Concession’s eligibility rules."],
        ),
        R(
            "9.8",
            ACSP,
            "Aldercombe Community Safety Partnership should provide multi-agency training on how immigration",
            ["training"],
            aliases=["Multi-agency training on immigration status and control."],
        ),
        R(
            "9.9",
            ACSP,
            "Aldercombe Community Safety Partnership should monitor the action plan through its DHR",
            ["quality_assurance"],
            aliases=["Six-monthly monitoring of the plan."],
        ),
    ],
    actions=[
        A(
            None,
            OV,
            "9.3",
            "Commission a no recourse to public funds domestic abuse worker for two years.",
            ACSP,
            "January 2025",
            "2025-01",
            "In progress",
            "in_progress",
            after=P1,
        ),
        A(
            None,
            OV,
            "9.3",
            "Set up a ring-fenced emergency accommodation fund with the Council.",
            ABC,
            "31/10/2024",
            "2024-10-31",
            "In progress",
            "in_progress",
            after=P1,
        ),
        A(
            None,
            OV,
            "9.4",
            "Amend the force domestic abuse guidance and the risk assessment form.",
            HWP,
            "30 June 2024",
            "2024-06-30",
            "Complete",
            "complete",
            after=P1,
        ),
        A(
            None,
            OV,
            "9.5",
            "Issue practice guidance and add a template prompt to the GP clinical system.",
            ICB,
            "Autumn 2024",
            "2024",
            "In progress",
            "in_progress",
            after=P1,
        ),
        A(
            None,
            OV,
            "9.6",
            "Add a mandatory ‘reason for withdrawal’ field to the housing case system.",
            ABC,
            "March 2025",
            "2025-03",
            "Not started",
            "not_started",
            after=P1,
        ),
        A(
            None,
            OV,
            "9.6",
            "Agree a consent-based information sharing route with Aldercombe Women’s Aid.",
            ABC,
            "31/12/2024",
            "2024-12-31",
            "In progress",
            "in_progress",
            after=P1,
        ),
        A(
            None,
            OV,
            "9.7",
            "Chair to write to the Home Office and report the reply to the Board.",
            ACSP,
            "April 2024",
            "2024-04",
            "Complete",
            "complete",
            after=P1,
        ),
        A(
            None,
            OV,
            "9.8",
            "Design and run four half-day sessions with Puentes Migrant Women’s Project.",
            ACSP,
            "End of March 2025",
            "2025-03",
            "In progress",
            "in_progress",
            after=P1,
        ),
        A(
            None,
            OV,
            "9.9",
            "Add the plan to the DHR Oversight Group’s standing agenda; report to the Board.",
            ACSP,
            "Ongoing",
            None,
            "In progress",
            "in_progress",
            after=P1,
        ),
    ],
    chronology=[],
    notes=(
        "DHR overview report, pdftotext plain (the landscape plan's cells come out column by column). Review id "
        "'ACSP DHR 2022-04' (cover and plan title); Marisol, 38; died October 2022 (cover) -> month precision. "
        "Recommendations: paragraphs 9.3-9.9 of section 9, which carry no 'Recommendation' label; ref the "
        "paragraph number as printed ('9.3'), level overview (all are the panel's), agency the body the paragraph "
        "addresses (9.7 'The Chair of Aldercombe Community Safety Partnership' -> the Partnership, writing to the "
        "Home Office -> national; the rest local: Harnley and Wold Police and the ICB act without cross-area "
        "words). 9.1 (says where the recommendations are) and 9.2 (single-agency IMR recommendations not "
        "repeated) are lead-in, not recommendations. Aliases: the plan's short Recommendation cells. Excluded: "
        "terms of reference, Findings A-C, good-practice box, 'Lessons identified' bullets (the report says they "
        "are not recommendations), conclusion 10.1. Plan: one action per row; no action refs printed -> ref null; "
        "recommendation_ref the 'Recommendation No.' cell, merged down over two rows for 9.3 and 9.6; lead the "
        "'Lead agency' cell; Milestones and 'Evidence of completion' are neither progress status nor dates; status "
        "the Status cell (Complete / In progress / Not started as the plan's own key says); 'Autumn 2024' -> 2024 "
        "(season, start given as the year), 'End of March 2025' -> 2025-03, 'Ongoing' no date. No chronology: "
        "section 5 summarises agency contact without dated paragraphs."
    ),
)


# ------------------------------------------------ 2. SAR seven-minute briefing plus board response table
S2 = "sar_seven_minute_briefing_board_response_table_thornesk"
P2 = below(S2, "Board response to the recommendations")
TSAB = "Thornesk Safeguarding Adults Board"
GOLD[S2] = dict(
    family="sar_seven_minute_briefing_board_response_table",
    description=(
        "Safeguarding Adults Review '7-minute briefing': one page of seven numbered shaded boxes in a two-column "
        "grid (Background, Why this review?, What happened, Key findings, What we learned, Recommendations as "
        "'R1'-'R5' short forms, Questions for your team), then a 'Board response to the recommendations' table "
        "Recommendation | Board response | Lead | By when | Progress, the full recommendation in the first cell "
        "opening 'N.', recommendation 3 merged over two response rows; no Status column, Progress cells open "
        "with 'Completed <month>:', 'In progress:' or 'Not yet started:'"
    ),
    review=dict(
        review_id="TSAB SAR 2023/01",
        review_type="SAR",
        area="Thornesk",
        doc_kind="executive_summary",
        author="Rhiannon Achterberg",
        victims=[{"pseudonym": "Bernard", "age": 79}],
        date_of_death="2023-02",
    ),
    review_alternatives={"area": [TSAB], "doc_kind": ["action_plan"]},
    recommendations=[
        R(
            "1",
            TSAB,
            "The Board should seek assurance from Thornesk Adult Social Care and Ellwater Hospitals",
            ["risk_assessment", "quality_assurance"],
            aliases=["Safe discharge checks on the carer"],
            after=P2,
        ),
        R(
            "2",
            "Thornesk Adult Social Care",
            "Thornesk Adult Social Care should revise its section 42 enquiry procedure",
            ["policy_procedure", "risk_assessment"],
            aliases=["Section 42 enquiries and domestic abuse"],
            after=P2,
        ),
        R(
            "3",
            TSAB,
            "The Board should work with Thornesk Community Safety Partnership to deliver joint training",
            ["training"],
            aliases=["Joint training on abuse of older people"],
            after=P2,
        ),
        R(
            "4",
            "North Ellis Constabulary",
            "North Ellis Constabulary should share with Thornesk Adult Social Care, within 24 hours",
            ["information_sharing"],
            aliases=["Police notifications to adult social care"],
            after=P2,
        ),
        R(
            "5",
            TSAB,
            "The Board should write to the Department for Work and Pensions asking that appointeeship",
            ["policy_procedure", "other"],
            scope="national",
            aliases=["Letter to DWP on appointees"],
            after=P2,
        ),
    ],
    actions=[
        A(
            None,
            OV,
            "1",
            "Ask both agencies for a joint report and a case audit of twenty discharges.",
            "Chair, Quality and Assurance Subgroup",
            "Sept 2024",
            "2024-09",
            "Completed September 2024",
            "complete",
            after=P2,
        ),
        A(
            None,
            OV,
            "2",
            "Revise the procedure and brief all enquiry officers.",
            "Principal Social Worker, Thornesk Adult Social Care",
            "31/12/2024",
            "2024-12-31",
            "In progress",
            "in_progress",
            after=P2,
        ),
        A(
            None,
            OV,
            "3",
            "Commission a half-day course from the specialist domestic abuse service.",
            "TSAB Learning and Development Subgroup",
            "March 2025",
            "2025-03",
            "In progress",
            "in_progress",
            after=P2,
        ),
        A(
            None,
            OV,
            "3",
            "Publish this 7-minute briefing and a recorded webinar.",
            "TSAB Business Manager",
            "June 2024",
            "2024-06",
            "Completed June 2024",
            "complete",
            after=P2,
        ),
        A(
            None,
            OV,
            "4",
            "Ask the force to report monthly numbers of notifications to the Board.",
            "Detective Superintendent, Public Protection",
            "Jan 2025",
            "2025-01",
            "Not yet started",
            "not_started",
            after=P2,
        ),
        A(
            None,
            OV,
            "5",
            "Independent Chair to write to the Secretary of State.",
            "Independent Chair, TSAB",
            "July 2024",
            "2024-07",
            "Completed July 2024",
            "complete",
            after=P2,
        ),
    ],
    chronology=[],
    notes=(
        "SAR seven-minute briefing with the Board's response, rendered the way the bundled corpus texts look: "
        "pdfplumber extract_text() per page, every printed line followed by a blank line and ending in a space, "
        "the cells of one printed table line joined by spaces (so the two briefing boxes of a grid row and the "
        "five cells of a response row are interleaved line by line). doc_kind executive_summary (action_plan "
        "accepted: half the document is the Board's response). Review id 'TSAB SAR 2023/01'; Bernard, 79; died "
        "February 2023 -> month. Recommendations: the five full-text Recommendation cells of the response table, "
        "ref the number opening the cell, level overview; agency the body the text addresses (1, 3 and 5 'The "
        "Board' -> Thornesk Safeguarding Adults Board; 2 Thornesk Adult Social Care; 4 North Ellis "
        "Constabulary); 5 writes to the DWP -> national, the rest local. Box 6's 'R1'-'R5' short forms are "
        "aliases, never records. Excluded: the other briefing boxes (background, findings, learning, questions "
        "for your team) and the feedback note. Actions: one per response row, ref null (none printed), "
        "recommendation_ref the number of the Recommendation cell (rec 3's cell merged over two rows); no "
        "Status column, so status is read from the word opening the Progress cell: 'Completed <month>' -> "
        "complete, 'In progress' -> in_progress, 'Not yet started' -> not_started. 'Sept 2024', 'Jan 2025' -> month."
    ),
)


# ------------------------------------------------ 3. DHR executive summary, recommendations under agency headings
S3 = "dhr_exec_summary_recs_by_agency_restart_numbering_ellisbrook"
ECSP = "Ellisbrook Community Safety Partnership"
EFP = "Ellisbrook and Fenmouth Police"
WMH = "Wyvernholt Mental Health NHS Foundation Trust"
ECS = "Ellisbrook City Council Children’s Services"
MHT = "Marlpit Housing Trust"
GOLD[S3] = dict(
    family="dhr_exec_summary_recs_by_agency_restart_numbering",
    description=(
        "DHR executive summary (no action plan, no table): numbered paragraphs for the review, a narrative "
        "summary of the case, key findings and conclusions; section 5 'Recommendations' groups them under "
        "sub-headings, an 'Overview recommendations - <Partnership>' heading and one heading per agency, each "
        "group numbered '1.', '2.' ... from 1 again, so refs repeat across agencies"
    ),
    review=dict(
        review_id="ECSP/DHR/23/02",
        review_type="DHR",
        area="Ellisbrook",
        doc_kind="executive_summary",
        author="Tamsin Vickery-Adeyemi",
        victims=[{"pseudonym": "Dana", "age": 44}],
        date_of_death="2023-05",
    ),
    review_alternatives={"area": [ECSP]},
    recommendations=[
        R(
            "1",
            ECSP,
            "The Partnership should publish guidance for all agencies on the heightened risk",
            ["risk_assessment", "policy_procedure", "training"],
        ),
        R(
            "2",
            ECSP,
            "The Partnership should agree with the Safeguarding Children Partnership how schools are told",
            ["information_sharing", "children", "multi_agency_working"],
        ),
        R(
            "3",
            ECSP,
            "The Partnership should seek assurance from each agency named below",
            ["quality_assurance"],
        ),
        R(
            "1",
            EFP,
            "The force should ensure that a repeat incident within twelve months prompts",
            ["risk_assessment"],
            level=AG,
        ),
        R(
            "2",
            EFP,
            "The force should refer victims of stalking after separation to the specialist",
            ["specialist_support"],
            level=AG,
        ),
        R(
            "1",
            WMH,
            "The Trust should revise its suicide risk assessment so that where a patient",
            ["mental_health", "risk_assessment", "information_sharing"],
            level=AG,
        ),
        R(
            "1",
            ECS,
            "Children’s Services should make sure that every police notification about a child",
            ["children", "risk_assessment"],
            level=AG,
        ),
        R(
            "2",
            ECS,
            "Children’s Services should record the school of every child named in a notification",
            ["record_keeping", "children"],
            level=AG,
        ),
        R(
            "1",
            MHT,
            "Marlpit Housing Trust should treat requests for lock changes from domestic abuse victims",
            ["specialist_support", "record_keeping"],
            level=AG,
        ),
    ],
    actions=[],
    chronology=[],
    notes=(
        "DHR executive summary, LibreOffice text export of the .docx (one paragraph a line, no running heads or "
        "page numbers, a byte-order mark first). Review id 'ECSP/DHR/23/02'; Dana, 44; died May 2023 -> month. "
        "Recommendations: the numbered paragraphs under section 5's sub-headings, ref as printed ('1', '2' ...; "
        "each group restarts at 1, so refs repeat). The three under 'Overview recommendations - Ellisbrook "
        "Community Safety Partnership' are level overview, agency the Partnership; the six under the agency "
        "sub-headings are level agency, agency the sub-heading as printed (the text says only 'The force', 'The "
        "Trust', 'Children's Services'). All local. Excluded: 1.x-4.x (review, narrative summary, key findings, "
        "conclusion), the lead-in to section 5 and 'Next steps'. No actions (agencies' plans are not in the "
        "summary) and no chronology: section 2 is narrative whose paragraphs do not open with dates."
    ),
)


# ------------------------------------------------ 4. CSPR, findings with questions, recommendations, chronology
S4 = "cspr_findings_questions_recs_chronology_ranges_harnley"
P4 = below(S4, "Dates are as recorded by agencies.")
HSCP = "Harnley Safeguarding Children Partnership"
HCSC = "Harnley Children’s Social Care"
GOLD[S4] = dict(
    family="cspr_findings_questions_recs_chronology_ranges",
    description=(
        "Local Child Safeguarding Practice Review: cover, contents, running head, page footer; four bold "
        "'Finding N:' headings each followed by numbered paragraphs and a shaded 'Questions for the partnership' "
        "box of bullets (questions, not recommendations); good-practice bullets; 'Recommendation N:' bold labels "
        "inline before the text; Appendix 1 chronology table Date | Agency | Key event whose dates are "
        "day dates (dd/mm/yyyy), week-commencing ('w/c 4 May 2020'), month ranges ('May–June 2020', 'December "
        "2020 – January 2021'), a day range ('Between 2 and 9 November 2020') and approximate ('Early 2019', "
        "'Late 2019', 'Around mid-September 2020'); glossary table"
    ),
    review=dict(
        review_id="HSCP CSPR 2021-03",
        review_type="SCR",
        area="Harnley",
        doc_kind="overview_report",
        author="Morwenna Ilesanmi",
        victims=[{"pseudonym": "Rowan", "age": 1}],
        date_of_death="2021-02",
    ),
    review_alternatives={"area": [HSCP], "review_type": ["CSPR"]},
    recommendations=[
        R(
            "1",
            HSCP,
            "Harnley Safeguarding Children Partnership should agree a standard that",
            ["routine_enquiry", "policy_procedure", "quality_assurance"],
        ),
        R(
            "2",
            HCSC,
            "Harnley Children’s Social Care should ensure that every assessment identifies",
            ["risk_assessment", "information_sharing", "children"],
        ),
        R(
            "3",
            HCSC,
            "Harnley Children’s Social Care should not close an assessment on a parent’s",
            ["children", "information_sharing"],
        ),
        R(
            "4",
            HSCP,
            "Harnley Safeguarding Children Partnership should relaunch its bruising",
            ["policy_procedure", "training", "children"],
        ),
        R(
            "5",
            HSCP,
            "The safeguarding partners should write to the Department for Education",
            ["policy_procedure", "children"],
            scope="national",
        ),
    ],
    actions=[],
    chronology=[
        C(None, None, "Early 2019", "2019", "Kayleigh and Dean begin a relationship.", after=P4),
        C(
            None,
            None,
            "11/04/2019",
            "2019-04-11",
            "Booking appointment. Dean attends; routine enquiry",
            after=P4,
        ),
        C(
            None,
            None,
            "July–August 2019",
            "2019-07",
            "Two calls from neighbours reporting shouting at the address.",
            date_end="2019-08",
            after=P4,
        ),
        C(None, None, "17/10/2019", "2019-10-17", "Rowan is born at Harnley General Hospital.", after=P4),
        C(None, None, "Late 2019", "2019", "New birth visit delayed by staff shortage", after=P4),
        C(
            None,
            None,
            "w/c 13 January 2020",
            "2020-01-13",
            "Home visit. Kayleigh has a bruise on her cheek",
            date_end="2020-01-19",
            after=P4,
        ),
        C(
            None,
            None,
            "23/03/2020",
            "2020-03-23",
            "National lockdown; all contacts move to telephone.",
            after=P4,
        ),
        C(
            None,
            None,
            "w/c 4 May 2020",
            "2020-05-04",
            "Officers attend after Kayleigh calls for help.",
            date_end="2020-05-10",
            after=P4,
        ),
        C(
            None,
            None,
            "May–June 2020",
            "2020-05",
            "Child and family assessment. Kayleigh says Dean has left.",
            date_end="2020-06",
            after=P4,
        ),
        C(
            None,
            None,
            "Around mid-September 2020",
            "2020-09",
            "Kayleigh consults about anxiety and poor sleep",
            after=P4,
        ),
        C(
            None,
            None,
            "Between 2 and 9 November 2020",
            "2020-11-02",
            "Nursery records a small bruise on Rowan’s ear",
            date_end="2020-11-09",
            after=P4,
        ),
        C(
            None,
            None,
            "December 2020 – January 2021",
            "2020-12",
            "Dean moves back into the home, according to neighbours.",
            date_end="2021-01",
            after=P4,
        ),
        C(None, None, "06/02/2021", "2021-02-06", "Rowan is taken to hospital with a head injury", after=P4),
    ],
    notes=(
        "Child Safeguarding Practice Review, pdftotext plain (the chronology table's cells come out one per "
        "paragraph: date, agency, event). review_type SCR (the contract's code for child reviews; 'CSPR' "
        "accepted). Review id 'HSCP CSPR 2021-03'; Rowan, sixteen months -> age 1; died February 2021 (1.1; the "
        "chronology's last row says he died three days after 6 February) -> month. Recommendations: the five "
        "'Recommendation N:' labels in section 6, ref N, level overview, agency the body the text addresses (1 and "
        "4 the Partnership; 2 and 3 Harnley Children's Social Care; 5 'The safeguarding partners' -> the "
        "Partnership, writing to the Department for Education -> national; the rest local). Excluded: Findings "
        "1-4 and their paragraphs, every 'Questions for the partnership' box (questions, not recommendations), "
        "good practice, the glossary. No action plan (to be published separately). Chronology: Appendix 1, one "
        "event per table row, no refs or headings, text the Key event cell (the Agency cell may ride along). "
        "Dates: dd/mm/yyyy -> day; 'Early 2019' and 'Late 2019' -> 2019 (approximate, year); 'July–August 2019', "
        "'May–June 2020' and 'December 2020 – January 2021' -> start month to end month; 'w/c 13 January 2020' "
        "and 'w/c 4 May 2020' -> the week's Monday to Sunday; 'Around mid-September 2020' -> 2020-09 "
        "(approximate); 'Between 2 and 9 November 2020' -> 2020-11-02 to 2020-11-09. The body's paragraphs "
        "(1.x-4.x) are not chronology."
    ),
)


# ------------------------------------------------ 5. Action plan tracker, RAG words in Status, Assurance column
S5 = "dhr_action_tracker_rag_words_status_assurance_superseded_ashwater"
P5 = below(S5, "Update (January 2025)")
ASP = "Ashwater Safer Partnership"
CSM = "Community Safety Manager"
PCN = "Clinical Director, Ashwater PCN"
TSM = "Tenancy Services Manager"


def banner(n):
    """The tracker's banner row over recommendation n: its first row's Recommendation cell lies below it
    (in layout mode the cell's first words share a line with the Ref and Action cells)."""
    return below(S5, f"Recommendation {n} – ")


def _a(ref, action, lead, raw, date, status_raw, status):
    return A(ref, OV, ref.split(".")[0], action, lead, raw, date, status_raw, status, after=P5)


GOLD[S5] = dict(
    family="dhr_action_tracker_rag_words_status_assurance_superseded",
    description=(
        "Standalone landscape DHR action plan tracker: review facts table, a status key whose Status words are "
        "RAG colours (Green complete, Amber in progress, Red not started) plus 'Superseded' and 'Closed – not "
        "achieved'; tracker Ref | Recommendation | Action | Lead | Due | Status | Assurance | Update with a "
        "full-width 'Recommendation N – <agency>' banner row over each group, the full recommendation in the "
        "first row's Recommendation cell and blank on continuation rows, an Assurance column of levels with "
        "evidence ('Substantial – audit of 40 assessments'), a repeated header after a page break, and a status "
        "summary table"
    ),
    review=dict(
        review_id="ASP DHR 2021/05",
        review_type="DHR",
        area="Ashwater",
        doc_kind="action_plan",
        author=None,
        victims=[{"pseudonym": "Gloria", "age": None}],
        date_of_death=None,
    ),
    review_alternatives={"area": [ASP]},
    recommendations=[
        R(
            "1",
            ASP,
            "Ashwater Safer Partnership should develop a domestic abuse pathway for older victims",
            ["multi_agency_working"],
            after=banner("1"),
        ),
        R(
            "2",
            "Ashwater Primary Care Network",
            "Ashwater Primary Care Network should ensure that practices use a domestic abuse code",
            ["record_keeping", "quality_assurance"],
            after=banner("2"),
        ),
        R(
            "3",
            "Fenmere Police",
            "Fenmere Police should ensure that when a victim withdraws support for a prosecution",
            ["risk_assessment", "perpetrators"],
            after=banner("3"),
        ),
        R(
            "4",
            ASP,
            "Ashwater Safer Partnership should provide training on economic abuse",
            ["training"],
            after=banner("4"),
        ),
        R(
            "5",
            "Ashwater Council Adult Social Care",
            "Ashwater Council Adult Social Care should make sure that carers’ assessments include",
            ["routine_enquiry"],
            after=banner("5"),
        ),
        R(
            "6",
            ASP,
            "Ashwater Safer Partnership should write to the Home Office asking that the statutory",
            ["policy_procedure"],
            scope="national",
            after=banner("6"),
        ),
        R(
            "7",
            "Ashwater Domestic Abuse Service",
            "Ashwater Domestic Abuse Service should offer outreach sessions at day centres",
            ["awareness_public", "specialist_support"],
            after=banner("7"),
        ),
        R(
            "8",
            "Ashwater Council Housing Services",
            "Ashwater Council Housing Services should include a question about domestic abuse",
            ["routine_enquiry"],
            after=banner("8"),
        ),
    ],
    actions=[
        _a(
            "1.1",
            "Draft the older victims pathway with partners.",
            CSM,
            "31/03/2024",
            "2024-03-31",
            "Green",
            "complete",
        ),
        _a(
            "1.2",
            "Run a launch event for frontline staff.",
            CSM,
            "Jun 2024",
            "2024-06",
            "Superseded",
            "unknown",
        ),
        _a(
            "2.1",
            "Issue coding guidance to all eight practices.",
            PCN,
            "2024-09-30",
            "2024-09-30",
            "Amber",
            "in_progress",
        ),
        _a(
            "2.2",
            "Add coded records to the practice safeguarding meeting agenda template.",
            PCN,
            "End of Sept 2024",
            "2024-09",
            "Red",
            "not_started",
        ),
        _a(
            "3.1",
            "Add a supervisor review step to the withdrawal process in the crime system.",
            "Detective Inspector, Domestic Abuse Hub",
            "Dec 2024",
            "2024-12",
            "Green",
            "complete",
        ),
        _a(
            "4.1",
            "Commission an economic abuse course from a specialist charity.",
            CSM,
            "30/06/2024",
            "2024-06-30",
            "Closed – not achieved",
            "unknown",
        ),
        _a(
            "4.2",
            "Joint training day on abuse of older people and economic abuse for all partners.",
            "Partnership Training Coordinator",
            "Mar 2025",
            "2025-03",
            "Amber",
            "in_progress",
        ),
        _a(
            "5.1",
            "Change the carer’s assessment form and practice guidance.",
            "Head of Adult Social Care",
            "31/05/2024",
            "2024-05-31",
            "Green",
            "complete",
        ),
        _a(
            "5.2",
            "Brief all assessors on the new form.",
            "Principal Social Worker",
            "Jul 2024",
            "2024-07",
            "Green",
            "complete",
        ),
        _a(
            "6.1",
            "Chair to write to the Home Office.",
            "Chair, Ashwater Safer Partnership",
            "Apr 2024",
            "2024-04",
            "Green",
            "complete",
        ),
        _a(
            "6.2",
            "Share the reply with the Steering Group and the family.",
            CSM,
            "Jun 2024",
            "2024-06",
            "Superseded",
            "unknown",
        ),
        _a(
            "7.1",
            "Run monthly outreach sessions at three day centres.",
            "Outreach Manager, Ashwater Domestic Abuse Service",
            "Ongoing",
            None,
            "Amber",
            "in_progress",
        ),
        _a(
            "8.1",
            "Add the question to the visit checklist.",
            TSM,
            "30/09/2024",
            "2024-09-30",
            "Green",
            "complete",
        ),
        _a(
            "8.2",
            "Report the number of disclosures to the Steering Group each quarter.",
            TSM,
            "Oct 2024",
            "2024-10",
            "Red",
            "not_started",
        ),
    ],
    chronology=[],
    notes=(
        "Standalone action plan tracker, pdftotext -layout (landscape, columns kept side by side). doc_kind "
        "action_plan; review id 'ASP DHR 2021/05' (facts table); Gloria, no age or date of death printed; no "
        "author. Recommendations: as in the bundled standalone plan gold, the tracker's Recommendation cells are "
        "the only statement of the recommendations, so each is one record: ref the N of the banner row "
        "'Recommendation N – <agency>' (= the first part of the action refs), agency the banner's agency, level "
        "overview (the tracker does not divide overview from single-agency recommendations), all local except 6 "
        "(a letter to the Home Office -> national). A blank Recommendation cell on a continuation row belongs to "
        "the recommendation above. Actions: one per Ref row (1.1 ... 8.2), recommendation_ref the part before the "
        "dot, agency_section overview. Status from the Status cell under the printed key: Green -> complete, "
        "Amber -> in_progress, Red -> not_started; 'Superseded' (replaced by a later action) and 'Closed – not "
        "achieved' (closed without delivery) are neither complete nor in progress nor not started -> unknown "
        "(status_raw kept, not scored). The Assurance cell (Substantial / Reasonable / Limited / Not yet assessed "
        "with evidence) and the Update cell are not status. Dates: dd/mm/yyyy and ISO '2024-09-30' -> day; 'Jun "
        "2024', 'End of Sept 2024' -> month; 'Ongoing' no date. Excluded: the review facts table, the status key, "
        "the assurance levels line and the summary counts table."
    ),
)


def main():
    # An optional folder argument writes the .json files there (a scratch copy to compare with the committed ones).
    write_gold(GOLD, HERE, sys.argv[1] if len(sys.argv) > 1 else None, family_keys="after_file")


if __name__ == "__main__":
    main()
