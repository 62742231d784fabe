"""Hand-written gold for heldout19 (blind set). Every field below was written by hand from the documents'
meaning; only each record's `line` is looked up in the .txt (first line holding the start of text_start /
action_start). Run once to write <stem>.json.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/: gold_lines, the line look-up and writer every blind set shares

from gold_lines import AG, OV, A, C, R, write_gold  # noqa: E402

GOLD = {}

# ----------------------------- 1. DHR overview report, recommendations 12.1-12.8, Home Office template plan
S1 = "dhr_overview_numbered_para_recs_ho_plan_wrapped_kestlebury"
KCSP = "Kestlebury Community Safety Partnership"
KICB = "NHS Kestlebury Integrated Care Board"


def _a1(rec, start, lead, raw, iso, sraw, status):
    return A(None, OV, rec, start, lead, raw, iso, sraw, status)


GOLD[S1] = dict(
    family="dhr_overview_numbered_para_recs_ho_plan_wrapped",
    description=(
        "DHR overview report: cover, contents with dotted leaders, glossary table, running head, page footer, "
        "every paragraph numbered, lettered terms-of-reference questions, panel table, two shaded 'Lesson N' "
        "boxes (not recommendations); recommendations are numbered paragraphs 12.1-12.8 of chapter '12. "
        "Recommendations'; landscape Appendix A on the Home Office template (Recommendation | Scope of "
        "recommendation | Action to take | Lead Agency | Key milestones achieved in enacting recommendation | "
        "Target Date | Date of completion and Outcome), narrow columns so every cell wraps, the Recommendation "
        "cell ('12.N' then the text again) and Scope merged over the actions of 12.1 and 12.4, 12.4 split over "
        "the page break, 'Completed' alone in three outcome cells"
    ),
    review=dict(
        review_id="KCSP DHR 2022/04",
        review_type="DHR",
        area="Kestlebury",
        doc_kind="overview_report",
        author="Ottoline Quenneville",
        victims=[{"pseudonym": "Odette", "age": 38}],
        date_of_death="2022-10",
    ),
    review_alternatives={"area": [KCSP]},
    recommendations=[
        R(
            "12.1",
            KCSP,
            "Kestlebury Community Safety Partnership should develop and publish a multi-agency economic abuse "
            "pathway",
            ["multi_agency_working", "specialist_support"],
        ),
        R(
            "12.2",
            "Kestlebury Police",
            "Kestlebury Police should review how officers record repeat calls to the same address",
            ["record_keeping", "risk_assessment"],
        ),
        R(
            "12.3",
            "Kestlebury Hospitals NHS Trust",
            "Kestlebury Hospitals NHS Trust should ensure that patients who attend the Emergency Department",
            ["routine_enquiry", "record_keeping"],
        ),
        R(
            "12.4",
            KICB,
            "NHS Kestlebury Integrated Care Board should provide training for GP practice staff",
            ["training"],
        ),
        R(
            "12.5",
            "Kestlebury Borough Council",
            "Kestlebury Borough Council should ensure that housing repair reports involving deliberate damage",
            ["information_sharing"],
        ),
        R(
            "12.6",
            KCSP,
            "Kestlebury Community Safety Partnership should seek assurance from Kestlebury Domestic Abuse Service",
            ["quality_assurance", "specialist_support"],
        ),
        R(
            "12.7",
            "Probation Service",
            "The Probation Service in Kestlebury should ensure that when a person on licence discloses",
            ["perpetrators", "risk_assessment"],
        ),
        R(
            "12.8",
            "Home Office",
            "The Home Office should amend the Domestic Homicide Review statutory guidance",
            ["policy_procedure"],
            scope="national",
        ),
    ],
    actions=[
        _a1(
            "12.1",
            "Convene a task and finish group with the domestic abuse service",
            KCSP,
            "31/12/2024",
            "2024-12-31",
            "Completed – pathway published on the KCSP website in November 2024.",
            "complete",
        ),
        _a1(
            "12.1",
            "Launch the pathway with a briefing for frontline practitioners",
            KCSP,
            "April 2025",
            "2025-04",
            "Ongoing",
            "in_progress",
        ),
        _a1(
            "12.2",
            "Introduce a repeat-address marker on the command and control system",
            "Kestlebury Police",
            "30/09/2024",
            "2024-09-30",
            "Completed",
            "complete",
        ),
        _a1(
            "12.3",
            "Audit a sample of 50 Emergency Department attendances with injury",
            "Kestlebury Hospitals NHS Trust",
            "December 2024",
            "2024-12",
            "Audit completed 12/12/2024: 41 of 50 seen alone. Re-audit in 2025.",
            "complete",
        ),
        _a1(
            "12.4",
            "Deliver coercive control and economic abuse training to practice staff",
            KICB,
            "31/03/2025",
            "2025-03-31",
            "In progress – remaining practices to attend the June session.",
            "in_progress",
        ),
        _a1(
            "12.4",
            "Add a prompt to the clinical system template for patients who are always accompanied",
            KICB,
            "June 2025",
            "2025-06",
            "Not yet started",
            "not_started",
        ),
        _a1(
            "12.5",
            "Amend the repairs reporting procedure so that deliberate damage is flagged",
            "Kestlebury Borough Council (Housing Services)",
            "31/10/2024",
            "2024-10-31",
            "Completed",
            "complete",
        ),
        _a1(
            "12.6",
            "Request written assurance from the domestic abuse service and review follow-up figures",
            KCSP,
            "31/08/2024",
            "2024-08-31",
            "Completed 05/09/2024 – assurance accepted by the oversight group.",
            "complete",
        ),
        _a1(
            "12.7",
            "Issue a practice reminder and update the licence supervision checklist",
            "The Probation Service – Kestlebury",
            "30/06/2024",
            "2024-06-30",
            "Completed",
            "complete",
        ),
        _a1(
            "12.8",
            "KCSP Chair to write to the Home Office proposing the change",
            KCSP,
            "30/06/2024",
            "2024-06-30",
            "Completed – letter sent 14/06/2024; acknowledgement received.",
            "complete",
        ),
    ],
    chronology=[],
    notes=(
        "LibreOffice text export of the .docx (byte-order mark, one paragraph or table cell a line, no running "
        "heads or page numbers). Id from the cover; 'Independent Chair and Author' -> author; Odette 38, died "
        "October 2022 (month only printed). Recommendations: the eight numbered paragraphs 12.1-12.8 of chapter "
        "12 (ref as printed, level overview: an overview report with no single-agency section), agency the body "
        "named first in the text ('The Probation Service in Kestlebury' -> Probation Service), scope as the "
        "plan's Scope column prints it (Local, 12.8 National -> the Home Office). The plan's Recommendation "
        "cells repeat the text word for word under '12.N' and are the same records, not new ones. The numbered "
        "paragraphs of chapters 1-11, the lettered terms-of-reference questions, the 'Lesson 1' / 'Lesson 2' "
        "boxes and the unnumbered lead-in of chapter 12 are not recommendations. Actions: one per plan row (10), "
        "no action numbers so ref null, recommendation_ref the number at the top of the Recommendation cell, "
        "agency_section overview, lead the Lead Agency cell as printed. Status from 'Date of completion and "
        "Outcome': 'Completed', 'Completed – ...', 'Completed <date> – ...' and 'Audit completed <date>: ...' -> "
        "complete; 'Ongoing', 'In progress – ...' -> in_progress; 'Not yet started' -> not_started. The Key "
        "milestones column (dates such as 'June and September 2024') is never status or target. Targets "
        "dd/mm/yyyy -> day; 'April 2025', 'December 2024', 'June 2025' -> month. No chronology section."
    ),
)

# ------------------ 2. SAR, Date | Agency | Contact/Event | Comment chronology over two pages, labelled recs
S2 = "sar_chron_table_two_pages_approx_dates_labelled_recs_thistlecombe"
TSAB = "Thistlecombe Safeguarding Adults Board"
TASC = "Thistlecombe Council Adult Social Care"


def _c2(raw, iso, start, end=None):
    return C(None, None, raw, iso, start, date_end=end)


GOLD[S2] = dict(
    family="sar_chron_table_two_pages_approx_dates_labelled_recs",
    description=(
        "Safeguarding Adults Review: cover, contents with dotted leaders, running head, page footer, numbered "
        "paragraphs; chapter 4 chronology table Date | Agency | Contact/Event | Comment of 16 rows over two pages, "
        "header row repeated, one row split by the page break, dates dd/mm/yyyy and approximate ('Early January "
        "2021', 'w/c 25 January 2021', 'Spring 2021', 'mid-April 2021', 'Late May 2021', 'mid-June 2021'); "
        "run-in 'Finding N.' paragraphs and a shaded 'Learning point' box (not recommendations); recommendations "
        "as paragraphs opening with a bold 'Recommendation N:' label; glossary table"
    ),
    review=dict(
        review_id="TSAB SAR 2022-02",
        review_type="SAR",
        area="Thistlecombe",
        doc_kind="overview_report",
        author="Hamish Wolstenholme",
        victims=[{"pseudonym": "Mr Ellis", "age": 71}],
        date_of_death="2021-07-13",
    ),
    review_alternatives={"area": [TSAB]},
    recommendations=[
        R(
            "1",
            TSAB,
            "The Board should seek assurance from Thistlecombe Council Adult Social Care that safeguarding "
            "concerns",
            ["quality_assurance", "routine_enquiry"],
        ),
        R(
            "2",
            TASC,
            "Thistlecombe Council Adult Social Care should review its procedure for unpaid care contributions",
            ["policy_procedure"],
        ),
        R(
            "3",
            "Thistlecombe Community Health",
            "Thistlecombe Community Health should ensure that district nurses make a safeguarding referral",
            ["multi_agency_working"],
        ),
        R(
            "4",
            "Thistlecombe Police and Thistlecombe Council Adult Social Care",
            "Thistlecombe Police and Thistlecombe Council Adult Social Care should agree a joint process",
            ["multi_agency_working", "information_sharing"],
        ),
        R(
            "5",
            TSAB,
            "The Board should deliver multi-agency training on recognising when a carer or relative",
            ["training"],
        ),
        R(
            "6",
            TSAB,
            "The Board should write to the Department of Health and Social Care",
            ["policy_procedure"],
            scope="national",
        ),
    ],
    actions=[],
    chronology=[
        _c2("Early January 2021", "2021-01", "Mr Ellis attended a diabetes review with his nephew"),
        _c2("14/01/2021", "2021-01-14", "First visit to dress a leg ulcer"),
        _c2("w/c 25 January 2021", "2021-01-25", "Self-neglect referral from the district nurse screened"),
        _c2("February 2021", "2021-02", "A neighbour reported shouting at the address late at night"),
        _c2(
            "Spring 2021",
            "2021-03",
            "The financial assessment team noted that Mr Ellis’s care contributions",
            end="2021-05",
        ),
        _c2("12/04/2021", "2021-04-12", "Visit cancelled by the nephew, who said he had dressed the ulcer"),
        _c2("mid-April 2021", "2021-04", "Repeat prescription for insulin requested by the nephew"),
        _c2("03/05/2021", "2021-05-03", "Called by a neighbour after Mr Ellis fell in the garden"),
        _c2("w/c 3 May 2021", "2021-05-03", "Safeguarding concern from the ambulance crew received"),
        _c2("Late May 2021", "2021-05", "Visit completed. The ulcer was deteriorating"),
        _c2("02/06/2021", "2021-06-02", "Home visit. Mr Ellis appeared underweight and confused"),
        _c2("mid-June 2021", "2021-06", "Mr Ellis’s bank reported unusual cash withdrawals"),
        _c2("17/06/2021", "2021-06-17", "The police information was added to the closed case file"),
        _c2("Early July 2021", "2021-07", "Three planned visits missed; there was no answer at the door"),
        _c2("09/07/2021", "2021-07-09", "Mr Ellis was found collapsed by a neighbour"),
        _c2("13/07/2021", "2021-07-13", "Mr Ellis died of sepsis from an infected leg ulcer"),
    ],
    notes=(
        "pdftotext plain (table cells come out one after another, Date / Agency / Contact/Event / Comment per "
        "row; the February 2021 row is split by the page break and its end comes after the repeated header on "
        "page 3). SAR; id from the cover 'Report reference'; 'Lead reviewer' -> author; Mr Ellis died 13 July "
        "2021 aged 71 (1.1). Recommendations: the six paragraphs opening 'Recommendation N:' (ref N, text after "
        "the label), level overview, agency the body named first ('The Board' -> the Safeguarding Adults "
        "Board; 4 names two bodies jointly), all local except 6 (a letter to the Department of Health and Social "
        "Care -> national). 'Finding N.' paragraphs, the 'Learning point' box and the Comment column are not "
        "recommendations. Chronology: the 16 table rows, one event each, text the Contact/Event cell (the "
        "Comment cell is analysis, not the event), ref and heading null. Dates: dd/mm/yyyy -> day; 'w/c <date>' "
        "-> the Monday printed (day); 'Early January', 'mid-April', 'Late May', 'mid-June', 'Early July' and "
        "'February 2021' -> month; 'Spring 2021' -> 2021-03 to 2021-05 (season). No action plan."
    ),
)

# --------------------- 3. CSPR executive summary, finding + shaded recommendation box, partnership response table
S3 = "cspr_exec_summary_finding_rec_boxes_partnership_response_rag_wyvernbridge"
WSCP = "Wyvernbridge Safeguarding Children Partnership"


def _a3(rec, start, lead, raw, iso, rag):
    status = {"Green": "complete", "Amber": "in_progress", "Red": "not_started"}[rag]
    return A(None, OV, rec, start, lead, raw, iso, rag, status)


GOLD[S3] = dict(
    family="cspr_exec_summary_finding_rec_boxes_partnership_response_rag",
    description=(
        "Local Child Safeguarding Practice Review executive summary: cover, running head (wrapping onto two "
        "lines), page footer, numbered paragraphs; five 'Finding N: <title>' sub-headings, each with a finding "
        "paragraph followed by a shaded one-cell box whose paragraph opens with a bold 'Recommendation N:' label; "
        "'What practitioners can do now' bullets (not recommendations); a RAG key line; partnership response "
        "table Recommendation | Partnership response | Lead | Timescale | RAG, the Recommendation cell a short "
        "restatement 'N. <short form>', RAG words in shaded cells"
    ),
    review=dict(
        review_id="WSCP LCSPR 2023/02",
        review_type="CSPR",
        area="Wyvernbridge",
        doc_kind="executive_summary",
        author="Iolanthe Garnock",
        victims=[{"pseudonym": "Child Y", "age": 3}],
        date_of_death=None,
    ),
    review_alternatives={"review_type": ["SCR"], "area": [WSCP]},
    recommendations=[
        R(
            "1",
            WSCP,
            "Wyvernbridge Safeguarding Children Partnership should relaunch its neglect toolkit",
            ["children", "risk_assessment", "policy_procedure"],
            aliases=["Relaunch the neglect toolkit; use it on every new neglect concern"],
        ),
        R(
            "2",
            "Wyvernbridge Council Children’s Services",
            "Wyvernbridge Council Children’s Services should make sure that every assessment identifies the adults",
            ["children", "risk_assessment"],
            aliases=["Identify and check all adults in the household"],
        ),
        R(
            "3",
            "Wyvernbridge Community Health NHS Trust",
            "Wyvernbridge Community Health NHS Trust should ensure that health visitors share concerns",
            ["information_sharing", "record_keeping"],
            aliases=["Health visitors to share concerns with nurseries"],
        ),
        R(
            "4",
            WSCP,
            "The Partnership should deliver multi-agency training for early years staff",
            ["training", "children"],
            aliases=["Training for early years staff on injuries"],
        ),
        R(
            "5",
            WSCP,
            "The Partnership should write to the Department for Education",
            ["policy_procedure", "multi_agency_working"],
            scope="national",
            aliases=["Letter to the Department for Education"],
        ),
    ],
    actions=[
        _a3(
            "1",
            "Toolkit revised with a chronology page and relaunched",
            "WSCP Business Manager",
            "October 2024",
            "2024-10",
            "Green",
        ),
        _a3(
            "2",
            "Assessment template changed to list every adult in or visiting the household",
            "Head of Service, Children’s Social Care",
            "31/03/2025",
            "2025-03-31",
            "Amber",
        ),
        _a3(
            "3",
            "Information-sharing agreement with early years providers drafted",
            "Named Nurse for Safeguarding Children, WCHT",
            "June 2025",
            "2025-06",
            "Amber",
        ),
        _a3(
            "4",
            "Training will be commissioned once the new early years safeguarding lead is in post",
            "WSCP Learning and Development Group",
            "September 2025",
            "2025-09",
            "Red",
        ),
        _a3(
            "5",
            "Letter sent by the Independent Scrutineer in January 2025",
            "Independent Scrutineer, WSCP",
            "January 2025",
            "2025-01",
            "Green",
        ),
    ],
    chronology=[],
    notes=(
        "pdftotext -layout. Local CSPR -> review_type CSPR (SCR, its predecessor's name, listed as an "
        "alternative before any run); executive summary (cover); id from 'Review reference'; 'Independent "
        "reviewer' -> author; Child Y aged three, seriously injured and survived -> no date of death. "
        "Recommendations: the five shaded boxes, ref N from 'Recommendation N:', text after the label, level "
        "overview, agency the body named first ('The Partnership' -> the Safeguarding Children Partnership), "
        "all local except 5 (a letter to the Department for Education -> national). The response table's "
        "Recommendation cells are short restatements of the same five ('N. <short form>') -> aliases, never new "
        "records. Findings, the 'What practitioners can do now' bullets and the RAG key are not recommendations. "
        "Actions: one per response-table row (5), the Partnership response cell is the action, ref null, "
        "recommendation_ref the number at the start of the Recommendation cell, agency_section overview. Status "
        "from the RAG word under the printed key: Green = completed -> complete; Amber = in progress -> "
        "in_progress; Red = not yet started -> not_started. Timescale 'October 2024', 'June 2025', 'September "
        "2025', 'January 2025' -> month; '31/03/2025' -> day. Dates inside the response text are not targets. "
        "No chronology (section 2 summarises without dated events)."
    ),
)

# ------------------ 4. standalone landscape tracker, Rec No. '1a' '1b' under a merged recommendation, RAG status
S4 = "dhr_tracker_lettered_action_refs_merged_recs_rag_stallingford"
SCSP = "Stallingford Community Safety Partnership"
RAG4 = {"Blue": "complete", "Green": "in_progress", "Amber": "in_progress", "Red": "not_started"}


def _a4(ref, rec, start, lead, raw, iso, rag):
    return A(ref, OV, rec, start, lead, raw, iso, rag, RAG4[rag])


GOLD[S4] = dict(
    family="dhr_tracker_lettered_action_refs_merged_recs_rag",
    description=(
        "Standalone landscape DHR action plan tracker over two pages: title lines, a 'Position at' line, a RAG "
        "key line (Blue complete, Green on track, Amber delayed, Red not started); one table Rec No. | "
        "Recommendation | Action | Lead officer | Target date | RAG status | Progress update, header repeated on "
        "page 2; the Rec No. cell of each row holds the action's lettered number ('1a', '1b', '1c') or, for a "
        "recommendation with one action, the bare recommendation number ('3'); the Recommendation cell merged "
        "down over its 1-3 action rows (recommendation 6 split over the page break); RAG words in coloured "
        "cells; a summary count line and a next-update date below the table"
    ),
    review=dict(
        review_id="SCSP DHR 2021/02",
        review_type="DHR",
        area="Stallingford",
        doc_kind="action_plan",
        author=None,
        victims=[{"pseudonym": "Soraya", "age": None}],
        date_of_death=None,
    ),
    review_alternatives={"area": [SCSP]},
    recommendations=[
        R(
            "1",
            SCSP,
            "Stallingford Community Safety Partnership should ensure that interpreters used in domestic abuse cases",
            ["other"],
        ),
        R(
            "2",
            "Stallingford Police",
            "Stallingford Police should make sure that officers attending domestic incidents",
            ["other", "record_keeping"],
        ),
        R(
            "3",
            "Stallingford Hospitals NHS Foundation Trust",
            "Stallingford Hospitals NHS Foundation Trust should ensure that maternity staff ask every pregnant woman",
            ["routine_enquiry"],
        ),
        R(
            "4",
            "Stallingford Borough Council",
            "Stallingford Borough Council should provide specialist advice on immigration status",
            ["specialist_support", "other"],
        ),
        R(
            "5",
            SCSP,
            "Stallingford Community Safety Partnership should write to the Home Office",
            ["policy_procedure"],
            scope="national",
        ),
        R(
            "6",
            SCSP,
            "Stallingford Community Safety Partnership should commission a community awareness campaign",
            ["awareness_public"],
        ),
        R(
            "7",
            "Stallingford Council Adult Social Care",
            "Stallingford Council Adult Social Care should make sure that a carer’s assessment is offered",
            ["other"],
        ),
    ],
    actions=[
        _a4(
            "1a",
            "1",
            "Issue guidance to all partner agencies on the use of independent interpreters",
            "DA Coordinator, SCSP",
            "31/03/2024",
            "2024-03-31",
            "Blue",
        ),
        _a4(
            "1b",
            "1",
            "Add an interpreter check to the DASH risk assessment form",
            "MARAC Coordinator",
            "30/06/2024",
            "2024-06-30",
            "Green",
        ),
        _a4(
            "1c",
            "1",
            "Audit ten MARAC cases in which an interpreter was used",
            "MARAC Coordinator",
            "Dec 2024",
            "2024-12",
            "Red",
        ),
        _a4(
            "2a",
            "2",
            "Brief all response officers on the interpreter policy",
            "Chief Inspector, Response",
            "31/01/2024",
            "2024-01-31",
            "Blue",
        ),
        _a4(
            "2b",
            "2",
            "Add a mandatory ‘interpreter used’ field to the domestic abuse incident record",
            "Head of Systems, Stallingford Police",
            "30/09/2024",
            "2024-09-30",
            "Amber",
        ),
        _a4(
            None,
            "3",
            "Update the maternity routine enquiry guideline and the booking template",
            "Head of Midwifery",
            "31/05/2024",
            "2024-05-31",
            "Blue",
        ),
        _a4(
            "4a",
            "4",
            "Commission a weekly specialist immigration advice session",
            "Housing Options Manager",
            "31/07/2024",
            "2024-07-31",
            "Green",
        ),
        _a4(
            "4b",
            "4",
            "Train housing options staff on no recourse to public funds",
            "Housing Options Manager",
            "Oct 2024",
            "2024-10",
            "Blue",
        ),
        _a4(
            None,
            "5",
            "Chair to write to the Home Office",
            "Chair, SCSP",
            "29/02/2024",
            "2024-02-29",
            "Blue",
        ),
        _a4(
            "6a",
            "6",
            "Co-design campaign materials with community and faith groups",
            "Communications Officer, SCSP",
            "31/08/2024",
            "2024-08-31",
            "Green",
        ),
        _a4(
            "6b",
            "6",
            "Run the campaign through community radio and GP surgery screens",
            "Communications Officer, SCSP",
            "Jan 2025",
            "2025-01",
            "Amber",
        ),
        _a4(
            None,
            "7",
            "Add a prompt for a carer’s assessment to the domestic abuse screening form",
            "Principal Social Worker, Adult Social Care",
            "30/11/2024",
            "2024-11-30",
            "Green",
        ),
    ],
    chronology=[],
    notes=(
        "pdftotext plain (two landscape pages; the table's columns come out in blocks, cells of different rows "
        "interleaved). Standalone tracker -> doc_kind action_plan; id from the title; Soraya, no age printed; no "
        "author, no date of death. Recommendations: as in the bundled standalone plan gold, the merged "
        "Recommendation cells are the only statement of them, so each is a record (7), level overview, agency "
        "the body named first in the cell; 5 (a letter to the Home Office) -> national, the rest local. Ref: "
        "the recommendation's number, which the Rec No. column prints bare for a one-action recommendation ('3', "
        "'5', '7') and as the prefix of its actions' lettered numbers otherwise ('1a', '1b', '1c' -> 1). "
        "Actions: one per row (12), ref the lettered number as printed ('1a'); for the rows numbered '3', '5', "
        "'7' the number is the recommendation's, so the action's own ref is null; recommendation_ref the number "
        "without its letter. Status from the RAG word under the printed key: Blue -> complete; Green (on track) "
        "and Amber (delayed but progressing) -> in_progress; Red -> not_started. Progress updates ('Not yet "
        "started – ...', 'Training delivered ...') and the summary count line are not status. Targets dd/mm/yyyy "
        "-> day; 'Dec 2024', 'Oct 2024', 'Jan 2025' -> month. 'Position at 30 September 2024' and 'Next update "
        "due ... 31 March 2025' are not targets."
    ),
)

# -------- 5. DHR executive summary, 'Agency | Recommendations' table numbered per agency, overview 1-6, year-headed story
S5 = "dhr_exec_summary_agency_keyed_rec_table_year_headed_chron_brenchworth"
BSCP = "Brenchworth Safer Communities Partnership"
BP = "Brenchworth Police"
BMG = "Brenchworth Medical Group"
BCS = "Brenchworth Council Children’s Services"
BWA = "Brenchworth Women’s Aid"
BHT = "Brenchworth Hospitals NHS Trust"


def _c5(year, raw, iso, start, relative=False):
    return C(None, year, raw, iso, start, relative=relative)


GOLD[S5] = dict(
    family="dhr_exec_summary_agency_keyed_rec_table_year_headed_chron",
    description=(
        "DHR executive summary: cover, contents with dotted leaders, glossary table, running head, page footer, "
        "numbered paragraphs, panel table Agency | Panel member, terms-of-reference bullets; '3. Summary "
        "chronology' a narrative under bold year lines '2018', '2019', '2020', each paragraph opening with its "
        "date ('In March', 'On 14 June', 'In late September') or 'The following day'; key-findings bullets and a "
        "shaded 'Lesson' box (not recommendations); '6. Single-agency recommendations' a two-column table "
        "Agency | Recommendations, the cell holding '1.' / '2.' paragraphs numbered within each agency; '7. "
        "Overview recommendations' numbered paragraphs 1.-6."
    ),
    review=dict(
        review_id="BSCP DHR 03/2021",
        review_type="DHR",
        area="Brenchworth",
        doc_kind="executive_summary",
        author="Peregrine Eberhardt-Vesey",
        victims=[{"pseudonym": "Fenella", "age": 44}],
        date_of_death="2020-11-21",
    ),
    review_alternatives={"area": [BSCP]},
    recommendations=[
        R(
            "1",
            BP,
            "Officers should complete a DASH risk assessment at every domestic incident",
            ["risk_assessment"],
            level=AG,
        ),
        R(
            "2",
            BP,
            "Brenchworth Police should review how victim withdrawal is managed",
            ["perpetrators", "policy_procedure"],
            level=AG,
        ),
        R(
            "1",
            BMG,
            "Clinicians should ask patients who present with sleep problems or anxiety",
            ["routine_enquiry"],
            level=AG,
        ),
        R(
            "2",
            BMG,
            "The practice should add a domestic abuse alert to the records of all household members",
            ["record_keeping", "information_sharing"],
            level=AG,
        ),
        R(
            "1",
            BCS,
            "Social workers should speak to each parent separately, and to the children alone",
            ["routine_enquiry", "children"],
            level=AG,
        ),
        R(
            "1",
            BWA,
            "The IDVA service should make at least three attempts to contact a victim",
            ["specialist_support"],
            level=AG,
        ),
        R(
            "1",
            BHT,
            "Emergency Department staff should ask about domestic abuse when the explanation given for an injury",
            ["routine_enquiry"],
            level=AG,
        ),
        R(
            "2",
            BHT,
            "The Trust should provide domestic abuse training for Emergency Department reception",
            ["training"],
            level=AG,
        ),
        R(
            "1",
            BSCP,
            "Brenchworth Safer Communities Partnership should develop a workplace domestic abuse toolkit",
            ["awareness_public"],
        ),
        R(
            "2",
            BSCP,
            "Brenchworth Safer Communities Partnership should seek assurance that the MARAC follows up victims",
            ["quality_assurance", "multi_agency_working"],
        ),
        R(
            "3",
            "Brenchworth Safeguarding Children Partnership",
            "Brenchworth Safeguarding Children Partnership should ensure that schools are told the outcome",
            ["information_sharing", "children"],
        ),
        R(
            "4",
            BSCP,
            "Brenchworth Safer Communities Partnership should ensure that member agencies treat a victim’s return",
            ["risk_assessment"],
        ),
        R(
            "5",
            "NHS Brenchworth Integrated Care Board",
            "NHS Brenchworth Integrated Care Board should ensure that GP practices in Brenchworth have access",
            ["specialist_support"],
        ),
        R(
            "6",
            "Home Office",
            "The Home Office should consider how national guidance can support victims",
            ["policy_procedure"],
            scope="national",
        ),
    ],
    actions=[],
    chronology=[
        _c5("2018", "In March", "2018-03", "In March the police were called by a neighbour"),
        _c5("2018", "On 14 June", "2018-06-14", "On 14 June Fenella told her GP that she was not sleeping"),
        _c5(
            "2018",
            "The following day",
            "2018-06",
            "The following day the GP’s referral for counselling was sent",
            relative=True,
        ),
        _c5("2018", "In late September", "2018-09", "In late September the younger son’s school reported"),
        _c5("2018", "On 2 October", "2018-10-02", "On 2 October a social worker visited the home"),
        _c5("2019", "In January", "2019-01", "In January Fenella attended the Emergency Department"),
        _c5("2019", "On 3 April", "2019-04-03", "On 3 April Everard was arrested after Fenella reported"),
        _c5(
            "2019",
            "The following day",
            "2019-04",
            "The following day an IDVA from Brenchworth Women’s Aid telephoned Fenella",
            relative=True,
        ),
        _c5("2019", "In August", "2019-08", "In August Fenella confided in a colleague"),
        _c5("2020", "In February", "2020-02", "In February Fenella was discussed at the MARAC"),
        _c5("2020", "On 11 May", "2020-05-11", "On 11 May, during the first national lockdown"),
        _c5("2020", "In early November", "2020-11", "In early November Fenella told her sister"),
        _c5("2020", "On 21 November", "2020-11-21", "On 21 November Fenella was killed by Everard"),
    ],
    notes=(
        "LibreOffice text export of the .docx (byte-order mark, one paragraph or table cell paragraph a line, "
        "no running heads or page numbers). Executive summary (cover); id from the cover; 'Independent Chair "
        "and Author' -> author; Fenella 44, killed 21 November 2020 (1.1). Recommendations: the eight "
        "single-agency recommendations of the 'Agency | Recommendations' table (level agency, agency the Agency "
        "cell, ref the number printed in the cell, restarting in every agency so refs repeat) and the six "
        "overview recommendations 1.-6. of section 7 (level overview, agency the body named first; 6 to the Home "
        "Office -> national, all else local). Key findings, the 'Lesson' box, the terms of reference and the "
        "panel table are not recommendations. Chronology: the 13 paragraphs of '3. Summary chronology', one "
        "event each, heading the bold year line above it, ref null; the year comes from that line, so 'In "
        "March' under '2018' -> 2018-03 (not relative); 'On 14 June' -> day; 'In late September', 'In early "
        "November' -> month; 'The following day' is resolved from the entry before (relative) and, as in the "
        "bundled gold, given at month precision. The lead-in paragraph of section 3 is not an event. No action "
        "plan."
    ),
)


def main():
    # An optional folder argument writes the .json files there (a scratch copy to compare with the committed ones).
    write_gold(GOLD, HERE, sys.argv[1] if len(sys.argv) > 1 else None, family_keys="after_file")


if __name__ == "__main__":
    main()
