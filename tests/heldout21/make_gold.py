"""Hand-written gold for heldout21 (blind set). Every field below was written by hand from the documents'
meaning; only each record's `line` is looked up in the .txt (first line holding the start of text_start /
action_start, after a pinned label for the tracker's merged recommendation cells). Run once to write
<stem>.json.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/: gold_lines, the line look-up and writer every blind set shares

from gold_lines import OV, A, C, R, _norm, find_line, write_gold  # noqa: E402

GOLD = {}


def _lines(stem):
    return (HERE / f"{stem}.txt").read_text(encoding="utf-8").split("\n")


# ----------------- 1. DHR overview report (Arial): No. | Recommendation | Agency table, HO plan with unnumbered rows
S1 = "dhr_overview_rec_table_ho_plan_unnumbered_rows_arial_quellbridge"
SQP = "Safer Quellbridge Partnership"
QICB = "NHS Quellbridge Integrated Care Board"
QHS = "Quellbridge Borough Council Housing Services"
QDAS = "Quellbridge Domestic Abuse Service"


def _a1(rec, start, lead, raw, iso, sraw, status):
    return A(None, OV, rec, start, lead, raw, iso, sraw, status)


GOLD[S1] = dict(
    family="dhr_overview_rec_table_ho_plan_unnumbered_rows",
    description=(
        "DHR overview report set in Arial 11 (Liberation Sans in the PDF): cover with 'Author:', 'Commissioning "
        "body:', 'Review ID:', 'Homicide date:' lines, contents with dotted leaders, running head, footer 'Page X "
        "of Y', numbered paragraphs, panel table, lessons-learned bullets; '8. Recommendations' a No. | "
        "Recommendation | Agency table of six rows in the body; landscape Appendix A on the Home Office template "
        "with a 'No.' column added in front (No. | Recommendation | Scope of recommendation | Action to take | "
        "Lead Agency | Key milestones achieved in enacting recommendation | Target Date | Date of completion and "
        "Outcome), 9 pt, the Recommendation cell repeated in full on every action row and the No. cell left "
        "empty on the second action of 1, 3 and 5; one row split by the page break under the repeated header; "
        "statuses only in the outcome column; glossary appendix"
    ),
    review=dict(
        review_id="SQP DHR 2022-04",
        review_type="DHR",
        area="Quellbridge",
        doc_kind="overview_report",
        author="Honoria Pendleford",
        victims=[{"pseudonym": "Sabine", "age": 63}],
        date_of_death="2022-11-17",
    ),
    review_alternatives={"area": [SQP]},
    recommendations=[
        R(
            "1",
            SQP,
            "Safer Quellbridge Partnership should develop a domestic abuse awareness campaign aimed at the friends",
            ["awareness_public"],
        ),
        R(
            "2",
            "Quellbridge Police",
            "Quellbridge Police should ensure that when a victim withdraws support for a prosecution",
            ["risk_assessment", "perpetrators"],
        ),
        R(
            "3",
            QICB,
            "NHS Quellbridge Integrated Care Board should ask GP practices to record disclosures of domestic abuse",
            ["record_keeping", "information_sharing"],
        ),
        R(
            "4",
            QHS,
            "Quellbridge Borough Council Housing Services should review its tenancy sign-up procedure",
            ["policy_procedure", "routine_enquiry"],
        ),
        R(
            "5",
            QDAS,
            "Quellbridge Domestic Abuse Service should train its helpline volunteers to recognise economic abuse",
            ["training", "routine_enquiry"],
        ),
        R(
            "6",
            "Home Office",
            "The Home Office should consider amending the statutory guidance so that reviews routinely seek",
            ["policy_procedure", "information_sharing"],
            scope="national",
        ),
    ],
    actions=[
        _a1(
            "1",
            "Design the campaign with the older people’s forums and the Council’s communications team",
            SQP,
            "31/03/2024",
            "2024-03-31",
            "Completed 28/03/2024. Campaign ran in libraries, pharmacies and the residents’ newsletter.",
            "complete",
        ),
        _a1(
            "1",
            "Measure the reach of the campaign through calls to the helpline",
            SQP,
            "September 2024",
            "2024-09",
            "In progress – helpline data for April to June received; July to September awaited.",
            "in_progress",
        ),
        _a1(
            "2",
            "Amend the withdrawal of support procedure so that a supervisor reviews the risk assessment",
            "Quellbridge Police",
            "30/06/2024",
            "2024-06-30",
            "Completed June 2024 – procedure published on the force intranet.",
            "complete",
        ),
        _a1(
            "3",
            "Issue a practice note on coding disclosures of domestic abuse",
            QICB,
            "31/05/2024",
            "2024-05-31",
            "Completed 20/05/2024 – note sent to all 31 practices.",
            "complete",
        ),
        _a1(
            "3",
            "Audit coding in five practices six months after the practice note",
            QICB,
            "January 2025",
            "2025-01",
            "Not yet started – audit booked for December 2024.",
            "not_started",
        ),
        _a1(
            "4",
            "Review the tenancy sign-up procedure and add a private conversation with each joint applicant",
            QHS,
            "31/08/2024",
            "2024-08-31",
            "Delayed – awaiting legal advice on joint applications; revised date October 2024.",
            "in_progress",
        ),
        _a1(
            "5",
            "Deliver economic abuse training to every helpline volunteer",
            QDAS,
            "December 2024",
            "2024-12",
            "On track – first session held 10/09/2024, 14 volunteers attended.",
            "in_progress",
        ),
        _a1(
            "5",
            "Add economic abuse questions to the volunteer induction pack",
            QDAS,
            "31/10/2024",
            "2024-10-31",
            "Completed 01/10/2024.",
            "complete",
        ),
        _a1(
            "6",
            "Partnership Chair to write to the Home Office enclosing the report",
            SQP,
            "July 2024",
            "2024-07",
            "Completed – letter sent 04/07/2024.",
            "complete",
        ),
    ],
    chronology=[],
    notes=(
        "pdftotext -layout (the landscape plan prints its eight columns side by side; the recommendation text "
        "is printed again in full on every action row). Id from the cover 'Review ID:'; 'Author:' -> author; "
        "Sabine 63 (1.1); 'Homicide date: 17 November 2022' -> date of death (day). Recommendations: the six "
        "rows of the No. | Recommendation | Agency table in section 8 (ref the No. cell, level overview: they "
        "are the panel's recommendations, the Agency column names the addressee; agency the Agency cell, "
        "'Home Office' for 6). The plan's Recommendation cells repeat the same texts word for word and are the "
        "same records, not further recommendations. Scope as the plan's Scope column prints it (6 National, "
        "all else Local). Lessons-learned bullets, terms-of-reference bullets and the section 8 lead-in are not "
        "recommendations. Actions: one per plan row (9); no action numbers, so ref null; recommendation_ref the "
        "No. cell, and on the three rows whose No. cell is empty (second actions of 1, 3 and 5) the number of "
        "the recommendation whose text the row repeats; agency_section overview; lead the Lead Agency cell. "
        "Status only from 'Date of completion and Outcome': 'Completed ...' -> complete; 'In progress – ...', "
        "'On track – ...' and 'Delayed – ...' (work begun, date slipped) -> in_progress; 'Not yet started – "
        "...' -> not_started. Key milestones are never status. Targets dd/mm/yyyy -> day; 'September 2024', "
        "'January 2025', 'December 2024', 'July 2024' -> month. No chronology section (dates in the analysis "
        "are in passing)."
    ),
)

# ------- 2. DARDR executive summary (Calibri): national / local 'Recommendation N' with (a)/(b), five-column chronology
S2 = "dardr_exec_summary_national_local_recs_subitems_chron5_calibri_hexworth"
HCSP = "Hexworth Community Safety Partnership"
HMH = "Hexworth and Dale Mental Health NHS Trust"


def _c2(raw, iso, start):
    return C(None, None, raw, iso, start)


GOLD[S2] = dict(
    family="dardr_exec_summary_national_local_recs_subitems_chron5",
    description=(
        "Domestic Abuse Related Death Review (the 2024 name for a DHR; death by suicide) executive summary set "
        "in Calibri 11 (Carlito): cover with 'Independent Chair and Author:', 'Review commissioned by:', 'DARDR "
        "reference:', 'Date Loveday died:' lines, contents with dotted leaders, running head, footer 'Page X of "
        "Y'; '3. Chronology of key contacts' a Date | Time | Agency | Event | Significance table of 9 rows over "
        "a page break (header repeated; dd/mm/yyyy, 'April 2022', 'Late October 2022'; times '23:15', 'Not "
        "known', '–'); key-findings bullets; '5. Recommendations' under 'National recommendations' and 'Local "
        "recommendations' sub-headings, a bold 'Recommendation N' line over a paragraph, or over a lead-in "
        "('The Home Office should:') and hanging '(a)' / '(b)' items; glossary"
    ),
    review=dict(
        review_id="HCSP DARDR 2023/02",
        review_type="DHR",
        area="Hexworth",
        doc_kind="executive_summary",
        author="Leander Stowe",
        victims=[{"pseudonym": "Loveday", "age": 34}],
        date_of_death="2023-08-08",
    ),
    review_alternatives={"area": [HCSP]},
    recommendations=[
        R(
            "1(a)",
            "Home Office",
            "publish guidance on reviewing deaths by suicide where domestic abuse was present",
            ["policy_procedure", "mental_health"],
            scope="national",
        ),
        R(
            "1(b)",
            "Home Office",
            "ensure that the national repository of reviews records whether a death was a suicide",
            ["record_keeping", "quality_assurance"],
            scope="national",
        ),
        R(
            "2",
            "Department for Work and Pensions",
            "The Department for Work and Pensions should remind work coaches that the domestic abuse easement",
            ["other", "quality_assurance"],
            scope="national",
        ),
        R(
            "3",
            HCSP,
            "Hexworth Community Safety Partnership should ensure that its domestic abuse strategy includes",
            ["policy_procedure", "mental_health"],
        ),
        R(
            "4(a)",
            HMH,
            "ask every patient assessed after self-harm whether they are experiencing abuse",
            ["routine_enquiry", "mental_health", "risk_assessment"],
        ),
        R(
            "4(b)",
            HMH,
            "include any known domestic abuse in discharge letters to GPs",
            ["information_sharing"],
        ),
        R(
            "5(a)",
            "Hexworth Police",
            "tell victims when a suspect arrested for breaching an order is released",
            ["information_sharing"],
        ),
        R(
            "5(b)",
            "Hexworth Police",
            "treat repeated breaches of a non-molestation order as a trigger for a fresh risk assessment",
            ["risk_assessment", "perpetrators"],
        ),
        R(
            "6",
            HCSP,
            "Hexworth Community Safety Partnership should ask the domestic abuse service to write to or text",
            ["specialist_support"],
        ),
    ],
    actions=[],
    chronology=[
        _c2("14/02/2022", "2022-02-14", "Loveday called 999 saying Thorvald had pushed her down the stairs"),
        _c2("03/03/2022", "2022-03-03", "Loveday saw her GP with low mood and poor sleep"),
        _c2("April 2022", "2022-04", "A referral from the police was received"),
        _c2("21/06/2022", "2022-06-21", "Loveday asked for help with housing after leaving the family home"),
        _c2("09/09/2022", "2022-09-09", "Thorvald came to the temporary accommodation in breach"),
        _c2("Late October 2022", "2022-10", "Loveday told her work coach she had missed appointments"),
        _c2("17/01/2023", "2023-01-17", "The crisis team assessed Loveday after an overdose"),
        _c2("02/05/2023", "2023-05-02", "Loveday was discharged from the community team"),
        _c2("08/08/2023", "2023-08-08", "Loveday was found dead at home by her mother"),
    ],
    notes=(
        "pdftotext plain (the chronology table's cells come out one after another, Date / Time / Agency / Event "
        "/ Significance per row; the header row is repeated after the page break). A Domestic Abuse Related "
        "Death Review is the renamed Domestic Homicide Review -> review_type DHR (the contract's value); "
        "executive summary (cover); id from 'DARDR reference:'; 'Independent Chair and Author:' -> author; "
        "Loveday 34 (1.2), 'Date Loveday died: 8 August 2023' -> day. Recommendations: as in the bundled gold, "
        "a 'Recommendation N' whose lead-in ends in a colon over '(a)' / '(b)' items is a parent only and each "
        "item is one recommendation (refs '1(a)', '1(b)', '4(a)', '4(b)', '5(a)', '5(b)'), its text_start the "
        "item's own words, its agency the lead-in's addressee; Recommendations 2, 3 and 6 have no items and are "
        "one recommendation each (ref N). All level overview. Scope: 1 (Home Office) and 2 (Department for Work "
        "and Pensions), under 'National recommendations', national; 3-6, under 'Local recommendations', local. "
        "Key findings bullets and the section 5 lead-in are not recommendations. Chronology: the 9 table rows, "
        "one event each, text the Event cell (the Time, Agency and Significance cells are not the event's text; "
        "times are not part of the date), ref and heading null; dd/mm/yyyy -> day; 'April 2022', 'Late October "
        "2022' -> month. No action plan."
    ),
)

# ------------------- 3. Standalone RAG tracker (Calibri 9, landscape): R1.1 refs, two dated updates a cell
S3 = "rag_tracker_r_refs_two_dated_updates_calibri_carrowdene"
CCSP = "Carrowdene Community Safety Partnership"
RAG3 = {"Blue": "complete", "Green": "in_progress", "Amber": "in_progress", "Red": "not_started"}
L3 = _lines(S3)


def _r3(n, agency, start, themes, scope="local"):
    """The merged Recommendation cell opens with a bold 'Rec N' line; in layout text its words share their
    lines with the neighbouring columns, so its line is the first after that label holding the text's first
    three words (a plain stream look-up can land on the running head, which begins with the same words)."""
    label = find_line(L3, f"Rec {n}")
    want = _norm(" ".join(start.split()[:3]))
    line = next(i + 1 for i in range(label - 1, len(L3)) if want in _norm(L3[i]))
    return R(str(n), agency, start, themes, scope=scope, line=line)


def _a3(ref, start, lead, raw, iso, rag):
    return A(ref, OV, ref[1:].split(".")[0], start, lead, raw, iso, rag, RAG3[rag])


GOLD[S3] = dict(
    family="rag_tracker_r_refs_two_dated_updates",
    description=(
        "Standalone Community Safety Partnership action tracker for one DHR, Calibri 9, landscape: title lines "
        "naming the review and its reference, a RAG key line (Blue / Green / Amber / Red), a small 'Summary of "
        "progress' count table; the tracker Ref | Recommendation | Action | Owner | Deadline | RAG | Update "
        "(November 2024) over two pages under a repeated header, refs 'R1.1'-style, the Recommendation cell "
        "merged over its one to three actions and opening with a bold 'Rec N' line, RAG words in coloured "
        "cells, each Update cell two dated updates ('May 2024: ...' / 'September 2024: ...') as separate "
        "paragraphs; abbreviations line, an 'About this tracker' page and a version-control table"
    ),
    review=dict(
        review_id="CCSP DHR 2021/05",
        review_type="DHR",
        area="Carrowdene",
        doc_kind="action_plan",
        author=None,
        victims=[{"pseudonym": "Jessamy", "age": None}],
        date_of_death="2021-03",
    ),
    review_alternatives={"area": [CCSP]},
    recommendations=[
        _r3(
            1,
            CCSP,
            "Carrowdene Community Safety Partnership should publish a single directory of domestic abuse services",
            ["awareness_public", "specialist_support"],
        ),
        _r3(
            2,
            "Carrowdene Police",
            "Carrowdene Police should make sure that officers complete a DASH risk assessment",
            ["risk_assessment"],
        ),
        _r3(
            3,
            "Carrowdene Borough Council Housing",
            "Carrowdene Borough Council Housing should offer a sanctuary scheme assessment",
            ["specialist_support"],
        ),
        _r3(
            4,
            "NHS Carrowdene Integrated Care Board",
            "NHS Carrowdene Integrated Care Board should ensure that GP practices ask about domestic abuse",
            ["routine_enquiry", "mental_health"],
        ),
        _r3(
            5,
            "Carrowdene Domestic Abuse Partnership Service",
            "Carrowdene Domestic Abuse Partnership Service should follow up every victim",
            ["specialist_support"],
        ),
        _r3(
            6,
            "Home Office",
            "The Home Office should consider adding economic abuse questions to the national DASH",
            ["risk_assessment", "policy_procedure"],
            scope="national",
        ),
        _r3(
            7,
            CCSP,
            "Carrowdene Community Safety Partnership should commission multi-agency training on coercive control",
            ["training"],
        ),
    ],
    actions=[
        _a3(
            "R1.1",
            "Compile the directory with all commissioned services",
            "CSP Business Manager",
            "31/03/2024",
            "2024-03-31",
            "Blue",
        ),
        _a3(
            "R1.2", "Review the directory every six months", "CSP Business Manager", "Ongoing", None, "Green"
        ),
        _a3(
            "R2.1",
            "Remind officers through the daily briefing and the force newsletter",
            "DCI Public Protection",
            "Jan 2024",
            "2024-01",
            "Blue",
        ),
        _a3(
            "R2.2",
            "Dip-sample 30 incidents a quarter for DASH completion",
            "DCI Public Protection",
            "30/09/2024",
            "2024-09-30",
            "Amber",
        ),
        _a3(
            "R3.1",
            "Agree a referral route from MARAC to the sanctuary scheme",
            "Head of Housing Needs",
            "30/06/2024",
            "2024-06-30",
            "Blue",
        ),
        _a3(
            "R3.2",
            "Increase the sanctuary scheme budget for 2025/26",
            "Head of Housing Needs",
            "March 2025",
            "2025-03",
            "Red",
        ),
        _a3(
            "R4.1",
            "Add a routine enquiry prompt to the mental health consultation template",
            "ICB Safeguarding Team",
            "31/07/2024",
            "2024-07-31",
            "Green",
        ),
        _a3(
            "R4.2",
            "Deliver routine enquiry training at the GP safeguarding leads forum",
            "ICB Safeguarding Team",
            "30/04/2024",
            "2024-04-30",
            "Blue",
        ),
        _a3(
            "R4.3",
            "Audit 50 records of patients with anxiety or depression",
            "ICB Safeguarding Team",
            "31/03/2025",
            "2025-03-31",
            "Red",
        ),
        _a3(
            "R5.1",
            "Change the contact procedure and the case system’s task prompts",
            "Service Manager",
            "31/05/2024",
            "2024-05-31",
            "Blue",
        ),
        _a3(
            "R5.2",
            "Check compliance through monthly case file audits",
            "Service Manager",
            "Dec 2024",
            "2024-12",
            "Green",
        ),
        _a3(
            "R6.1",
            "CSP Chair to write to the Home Office with the published report",
            "CSP Chair",
            "31/01/2024",
            "2024-01-31",
            "Blue",
        ),
        _a3(
            "R7.1",
            "Commission a training provider for a two-year programme",
            "CSP Business Manager",
            "30/04/2024",
            "2024-04-30",
            "Blue",
        ),
        _a3(
            "R7.2",
            "Deliver eight half-day courses and report attendance by agency",
            "CSP Business Manager",
            "March 2025",
            "2025-03",
            "Green",
        ),
        _a3(
            "R7.3",
            "Evaluate the programme’s effect on referrals to the domestic abuse service",
            "CSP Business Manager",
            "30/06/2025",
            "2025-06-30",
            "Red",
        ),
    ],
    chronology=[],
    notes=(
        "pdftotext -layout (the merged Recommendation cell's lines interleave with the action rows beside it; "
        "the Update cells' second updates print on their own lines). A standalone tracker of one review: id "
        "from the title line '(CCSP DHR 2021/05)'; review_type DHR; area Carrowdene; doc_kind action_plan; no "
        "author; Jessamy listed as victim, age not printed; 'Jessamy died in Carrowdene in March 2021' on the "
        "'About this tracker' page -> date of death 2021-03 (month). Recommendations: the seven merged "
        "Recommendation cells (a standalone tracker's recommendation cells are its recommendations, as in the "
        "bundled standalone plan gold), ref N from the cell's bold 'Rec N' line (which is not part of the "
        "text), level overview, agency the body named first; 6 (the Home Office) national, all else local. "
        "Actions: one per row (15), ref as printed ('R1.1' ...), recommendation_ref the number in the ref "
        "(and the 'Rec N' line), agency_section overview, lead the Owner cell. Status from the RAG word under "
        "the printed key: Blue -> complete, Green ('on track') and Amber ('delayed, recovery agreed') -> "
        "in_progress, Red ('not started or off track'; all three Red rows say nothing has started) -> "
        "not_started. The dated updates are progress, never status or target. Deadline dd/mm/yyyy -> day; 'Jan "
        "2024', 'March 2025', 'Dec 2024' -> month; 'Ongoing' -> target null (raw kept). The summary count "
        "table, RAG key, abbreviations line, 'About this tracker' text and version table are not records (the "
        "version table's dates are not a chronology). No chronology."
    ),
)

# ------- 4. SAR (Calibri): 'Recommendation N:' lead-in + bullets, learning point boxes, key/value action boxes
S4 = "sar_rec_bullets_learning_point_boxes_kv_action_boxes_calibri_wrexhollow"
WSAB = "Wrexhollow Safeguarding Adults Board"
WCH = "Wrexhollow Community Health NHS Trust"
WASC = "Wrexhollow Borough Council Adult Social Care"
WICB = "NHS Wrexhollow Integrated Care Board"


def _a4(rec, start, lead, raw, iso, sraw, status):
    return A(None, OV, rec, start, lead, raw, iso, sraw, status)


GOLD[S4] = dict(
    family="sar_rec_bullets_learning_point_boxes_kv_action_boxes",
    description=(
        "Safeguarding Adults Review set in Calibri 11 (Carlito): cover with 'Written by:', 'On behalf of:', "
        "'SAR ref:', 'Died:' lines, contents with dotted leaders, running head, footer 'Page X of Y', numbered "
        "paragraphs; section 4 five bold 'Recommendation N:' lines each over a lead-in sentence ending in a "
        "colon and two or three bullets, a shaded 'Learning point – <title>' box after each; '5. Action plan' "
        "eight bordered two-column boxes, one per action, with the rows Recommendation / Action / Lead / By "
        "when / Progress (the first box split by a page break); glossary"
    ),
    review=dict(
        review_id="WSAB/SAR/23-01",
        review_type="SAR",
        area="Wrexhollow",
        doc_kind="overview_report",
        author="Griselda Oakenshaw",
        victims=[{"pseudonym": "Osric", "age": 72}],
        date_of_death="2023-03-02",
    ),
    review_alternatives={"area": [WSAB]},
    recommendations=[
        R(
            "1",
            WSAB,
            "Wrexhollow Safeguarding Adults Board should seek assurance from the district nursing service",
            ["quality_assurance", "record_keeping"],
        ),
        R(
            "2",
            WASC,
            "Wrexhollow Borough Council Adult Social Care should change its placement review arrangements",
            ["policy_procedure", "quality_assurance"],
        ),
        R(
            "3",
            WSAB,
            "Wrexhollow Safeguarding Adults Board should update its multi-agency guidance on pressure ulcers",
            ["policy_procedure"],
        ),
        R(
            "4",
            WICB,
            "NHS Wrexhollow Integrated Care Board should ask GP practices that look after care homes",
            ["other"],
        ),
        R(
            "5",
            WSAB,
            "Wrexhollow Safeguarding Adults Board should ensure that learning from this review reaches",
            ["training"],
        ),
    ],
    actions=[
        _a4(
            "1",
            "Agree a named-nurse standard for residents with category 3 or 4 pressure ulcers",
            WCH,
            "31/03/2024",
            "2024-03-31",
            "Complete – standard agreed and in use from March 2024.",
            "complete",
        ),
        _a4(
            "1",
            "Audit wound records for 20 care home residents",
            WCH,
            "September 2024",
            "2024-09",
            "In progress – 12 records audited; report to the Quality sub-group in December.",
            "in_progress",
        ),
        _a4(
            "2",
            "Change the placement review procedure so that the first review is face to face",
            WASC,
            "30/06/2024",
            "2024-06-30",
            "Complete – procedure changed; 41 first reviews held in person since July.",
            "complete",
        ),
        _a4(
            "3",
            "Revise the pressure ulcer and safeguarding guidance and add a decision guide",
            "WSAB Policy and Procedures Sub-group",
            "31/12/2024",
            "2024-12-31",
            "In progress – draft out for consultation until 15 November 2024.",
            "in_progress",
        ),
        _a4(
            "4",
            "Write to practices covering care homes about monthly reviews and a named GP",
            WICB,
            "31/05/2024",
            "2024-05-31",
            "Complete – letter sent 14/05/2024.",
            "complete",
        ),
        _a4(
            "4",
            "Check that each care home has a named GP recorded",
            WICB,
            "January 2025",
            "2025-01",
            "Not started",
            "not_started",
        ),
        _a4(
            "5",
            "Produce and publish a seven-minute briefing on the review",
            "WSAB Business Unit",
            "31/07/2024",
            "2024-07-31",
            "Complete – published on the Board website in July 2024.",
            "complete",
        ),
        _a4(
            "5",
            "Hold two learning events for care home managers",
            "WSAB Business Unit",
            "March 2025",
            "2025-03",
            "Not started – venues being sought.",
            "not_started",
        ),
    ],
    chronology=[],
    notes=(
        "pdftotext plain (each action box prints label and value on separate lines; bullets print after an "
        "empty marker block). SAR; id from 'SAR ref:'; 'Written by:' -> author; Osric 72 (1.1), 'Died: 2 March "
        "2023' -> day. Recommendations: the five 'Recommendation N:' blocks of section 4, each one "
        "recommendation whose text is the lead-in and its bullets (the bullets are not separate records: they "
        "are unlettered parts of one sentence), ref N, level overview, agency the body named first in the "
        "lead-in (the Board for 1, 3 and 5, the Council's Adult Social Care for 2, the ICB for 4), all local. "
        "The 'Learning point – ...' boxes, the section 4 opening sentence and the glossary are not "
        "recommendations. Actions: one per key/value box (8), no action numbers so ref null, "
        "recommendation_ref the box's Recommendation value, agency_section overview, lead the Lead value, "
        "target the 'By when' value. Status from the Progress value: 'Complete – ...' -> complete, 'In "
        "progress – ...' -> in_progress, 'Not started', 'Not started – ...' -> not_started. 'By when' "
        "dd/mm/yyyy -> day; 'September 2024', 'January 2025', 'March 2025' -> month. No chronology."
    ),
)

# ------- 5. CSPR executive summary (Arial): findings each followed by a recommendation, year-headed chronology
S5 = "cspr_exec_summary_findings_recs_year_headed_chron_arial_ashwardine"
ASCP = "Ashwardine Safeguarding Children Partnership"


def _c5(year, raw, iso, start, relative=False, end=None):
    return C(None, year, raw, iso, start, relative=relative, date_end=end)


GOLD[S5] = dict(
    family="cspr_exec_summary_findings_recs_year_headed_chron",
    description=(
        "Local Child Safeguarding Practice Review executive summary set in Arial 10.5 (Liberation Sans): cover "
        "with 'Independent reviewer:', 'Commissioned by:', 'Review number:', 'Date of death of child:' lines, "
        "contents with dotted leaders, a running head over two lines, footer 'Page X of Y'; '3. Chronology' "
        "under year sub-headings '2019' ... '2022', 12 unnumbered paragraphs each opening with its date ('On 4 "
        "March 2019', 'Six weeks later', 'In the autumn of 2019', 'In January' under 2020, 'Two days later', "
        "'In the spring of 2021', 'Three weeks later', 'In November', 'Between January and April 2022'); "
        "'4. Findings and recommendations': five bold 'Finding N: <title>' lines with a paragraph, each "
        "followed by a bold italic 'Recommendation N' line and its paragraph addressed to the Partnership; "
        "glossary"
    ),
    review=dict(
        review_id="ASCP CSPR 2022-05",
        review_type="CSPR",
        area="Ashwardine",
        doc_kind="executive_summary",
        author="Naseem Hartwell",
        victims=[{"pseudonym": "Aurelio", "age": 3}],
        date_of_death="2022-09-19",
    ),
    review_alternatives={"review_type": ["SCR"], "area": [ASCP]},
    recommendations=[
        R(
            "1",
            ASCP,
            "The Partnership should ensure that partner agencies ask about, record and check every adult",
            ["children", "routine_enquiry", "quality_assurance"],
        ),
        R(
            "2",
            ASCP,
            "The Partnership should relaunch its protocol for injuries to young children",
            ["children", "policy_procedure"],
        ),
        R(
            "3",
            ASCP,
            "The Partnership should ask the designated doctor to review how strategy discussions decide",
            ["children", "quality_assurance"],
        ),
        R(
            "4",
            ASCP,
            "The Partnership should require a manager to confirm, before any case is stepped down",
            ["children", "quality_assurance"],
        ),
        R(
            "5",
            ASCP,
            "The Partnership should agree with early years providers how falling attendance is shared",
            ["children", "information_sharing"],
        ),
    ],
    actions=[],
    chronology=[
        _c5("2019", "On 4 March 2019", "2019-03-04", "On 4 March 2019 Aurelio was born at Ashwardine"),
        _c5(
            "2019",
            "Six weeks later",
            "2019-04",
            "Six weeks later the health visitor completed",
            relative=True,
        ),
        _c5(
            "2019",
            "In the autumn of 2019",
            "2019-09",
            "In the autumn of 2019 Emrys moved into",
            end="2019-11",
        ),
        _c5("2020", "In January", "2020-01", "In January the family were evicted for rent arrears"),
        _c5(
            "2020", "On 12 August 2020", "2020-08-12", "On 12 August 2020 Aurelio was taken to the Emergency"
        ),
        _c5(
            "2020",
            "Two days later",
            "2020-08",
            "Two days later the hospital’s safeguarding team",
            relative=True,
        ),
        _c5(
            "2021",
            "In the spring of 2021",
            "2021-03",
            "In the spring of 2021 Aurelio started at",
            end="2021-05",
        ),
        _c5("2021", "On 7 July 2021", "2021-07-07", "On 7 July 2021 nursery staff saw bruising"),
        _c5(
            "2021",
            "Three weeks later",
            "2021-07",
            "Three weeks later a strategy discussion was held",
            relative=True,
        ),
        _c5("2021", "In November", "2021-11", "In November the case was stepped down to early help"),
        _c5(
            "2022",
            "Between January and April 2022",
            "2022-01",
            "Between January and April 2022 Aurelio attended fewer",
            end="2022-04",
        ),
        _c5(
            "2022", "On 19 September 2022", "2022-09-19", "On 19 September 2022 Aurelio was taken to hospital"
        ),
    ],
    notes=(
        "pdftotext -layout. Local CSPR -> review_type CSPR (SCR, its predecessor's name, listed as an "
        "alternative before any run); executive summary (cover); id from 'Review number:'; 'Independent "
        "reviewer:' -> author; Aurelio aged three (1.1) -> 3; 'Date of death of child: 19 September 2022' -> "
        "day. Recommendations: the five paragraphs under the bold italic 'Recommendation N' lines (ref N, level "
        "overview), each addressed to 'The Partnership' -> the Safeguarding Children Partnership, all local. "
        "The 'Finding N: ...' lines and paragraphs before them are not recommendations, nor is the chronology's "
        "lead-in. Chronology: the 12 paragraphs of '3. Chronology', ref null, heading the year sub-heading they "
        "sit under. 'On <d month yyyy>' -> day; 'In January' and 'In November' take their year from the "
        "sub-heading (2020, 2021) -> month, not relative; 'Six weeks later' (from 4 March 2019 -> mid-April), "
        "'Two days later' (from 12 August 2020) and 'Three weeks later' (from 7 July 2021) are relative and, "
        "as in the bundled gold, given at month precision (none crosses a month end except 'Six weeks later', "
        "which lands in April); 'In the autumn of 2019' -> 2019-09 to 2019-11 and 'In the spring of 2021' -> "
        "2021-03 to 2021-05 (season); 'Between January and April 2022' -> 2022-01 to 2022-04. No action plan."
    ),
)


def main():
    # An optional folder argument writes the .json files there (a scratch copy to compare with the committed ones).
    write_gold(GOLD, HERE, sys.argv[1] if len(sys.argv) > 1 else None, family_keys="after_file")


if __name__ == "__main__":
    main()
