"""Hand-written gold for heldout22 (blind set). Every field below was written by hand from the documents'
meaning; only each record's `line` is looked up in the .txt (first line holding the start of text_start /
action_start, after a pinned line where the same words print twice). Run once to write <stem>.json.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/: gold_lines, the line look-up and writer every blind set shares

from gold_lines import AG, OV, A, C, R, find_line, write_gold  # noqa: E402

GOLD = {}


def _lines(stem):
    return (HERE / f"{stem}.txt").read_text(encoding="utf-8").split("\n")


# --------- 1. DHR overview report (Times New Roman 12): numbered-paragraph recommendations, HO plan appended
S1 = "dhr_overview_para_recs_agency_appendix_ho_plan_merged_tnr_fenwarden"
FCSP = "Fenwarden Community Safety Partnership"
FHT = "Fenwarden Hospitals NHS Trust"
FICB = "NHS Fenwarden Integrated Care Board"
QRHA = "Quillan Rise Housing Association"
FRP = "Fenwarden Recovery Partnership"
L1 = _lines(S1)
APX_A = find_line(L1, "Appendix A Single agency recommendations These recommendations were made")


def _a1(rec, start, lead, raw, iso, sraw, status):
    return A(None, OV, rec, start, lead, raw, iso, sraw, status)


def _c1(ref, raw, iso, start, end=None):
    return C(ref, None, raw, iso, start, date_end=end)


GOLD[S1] = dict(
    family="dhr_overview_para_recs_agency_appendix_ho_plan_merged",
    description=(
        "Long DHR overview report set in Times New Roman 12 (Liberation Serif in the PDF), 9 pages: cover with "
        "'Chair and report author:', 'Reference number:', 'Report completed:' lines, contents with dotted "
        "leaders, running head with '|' separators, footer 'ref  Page X of Y', headings '1 Introduction' / "
        "'1.1 ...' and three-level numbered paragraphs (1.1.1, 6.1.3), superscript footnote marks with the "
        "footnote printed in 8 pt under the paragraph, panel table, terms-of-reference bullets; '5 Chronology' "
        "a lead-in 5.1 and eight dated paragraphs 5.2.1-5.2.8; '7 Conclusions and recommendations' with '7.1 "
        "Conclusions' (7.1.1-7.1.3) and '7.2 Recommendations': an italic unnumbered lead-in then six "
        "recommendations as numbered paragraphs 7.2.1-7.2.6; Appendix A a table Agency | No. | Recommendation "
        "of three single-agency recommendations each numbered 1; landscape Appendix B on the Home Office "
        "template (Recommendation | Scope of recommendation | Action to take | Lead Agency | Key milestones "
        "achieved in enacting recommendation | Target Date | Date of completion and Outcome), 9 pt, the "
        "Recommendation cell ('7.2.N <full text>') and Scope merged down over 1-2 actions, the last row split "
        "by the page break under the repeated header; dates dd.mm.yyyy, 'March 2025', 'Q2 2024/25'"
    ),
    review=dict(
        review_id="FCSP/DHR/2023/01",
        review_type="DHR",
        area="Fenwarden",
        doc_kind="overview_report",
        author="Araminta Quenell",
        victims=[{"pseudonym": "Petronella", "age": 47}],
        date_of_death="2023-03-14",
    ),
    review_alternatives={"area": [FCSP]},
    recommendations=[
        R(
            "7.2.1",
            FCSP,
            "Fenwarden Community Safety Partnership should commission training for primary care staff on control",
            ["training", "policy_procedure"],
        ),
        R(
            "7.2.2",
            "Fenwarden Police",
            "Fenwarden Police should ensure that officers attending a domestic incident search for reports",
            ["risk_assessment", "perpetrators", "quality_assurance"],
        ),
        R(
            "7.2.3",
            FHT,
            "Fenwarden Hospitals NHS Trust should review its frequent attender alert so that repeated injuries",
            ["routine_enquiry", "record_keeping"],
        ),
        R(
            "7.2.4",
            FICB,
            "NHS Fenwarden Integrated Care Board should give GP practices guidance on coding disclosures",
            ["record_keeping"],
        ),
        R(
            "7.2.5",
            QRHA,
            "Quillan Rise Housing Association should not pause or withdraw a tenancy application",
            ["policy_procedure"],
        ),
        R(
            "7.2.6",
            FRP,
            "Fenwarden Recovery Partnership should share a client’s disengagement with the police",
            ["information_sharing", "substance_misuse", "perpetrators"],
        ),
        R(
            "1",
            "Fenwarden Police",
            "Public protection supervisors should dip-sample domestic abuse risk gradings each month",
            ["quality_assurance", "risk_assessment"],
            level=AG,
            after=APX_A,
        ),
        R(
            "1",
            FHT,
            "The Emergency Department should include routine enquiry about domestic abuse in its triage",
            ["routine_enquiry"],
            level=AG,
            after=APX_A,
        ),
        R(
            "1",
            QRHA,
            "Tenancy officers should complete domestic abuse awareness training within three months",
            ["training"],
            level=AG,
            after=APX_A,
        ),
    ],
    actions=[
        _a1(
            "7.2.1",
            "Commission a half-day training session for GPs and practice nurses on control of medication",
            FCSP,
            "31.03.2024",
            "2024-03-31",
            "Completed 20.03.2024 – four sessions delivered to 118 staff.",
            "complete",
        ),
        _a1(
            "7.2.1",
            "Evaluate the reach of the training through a survey of practices",
            FCSP,
            "March 2025",
            "2025-03",
            "Ongoing – survey to be issued in January 2025.",
            "in_progress",
        ),
        _a1(
            "7.2.2",
            "Add a prompt to search previous partners to the domestic abuse attendance checklist",
            "Fenwarden Police",
            "31.01.2024",
            "2024-01-31",
            "Completed January 2024.",
            "complete",
        ),
        _a1(
            "7.2.2",
            "Require supervisors to record a rationale when endorsing a standard risk grading",
            "Fenwarden Police",
            "30.09.2024",
            "2024-09-30",
            "Partially complete – guidance issued; system change awaited.",
            "in_progress",
        ),
        _a1(
            "7.2.3",
            "Review the frequent attender alert with the Emergency Department clinical lead",
            FHT,
            "Q2 2024/25",
            "2024-07",
            "Ongoing – new alert being tested in one department.",
            "in_progress",
        ),
        _a1(
            "7.2.4",
            "Issue coding guidance to all practices through the safeguarding newsletter",
            FICB,
            "30.06.2024",
            "2024-06-30",
            "Completed 12.06.2024.",
            "complete",
        ),
        _a1(
            "7.2.5",
            "Amend the allocations procedure so that only the applicant can pause an application",
            QRHA,
            "December 2024",
            "2024-12",
            "Not yet started – awaiting board approval of the consultation.",
            "not_started",
        ),
        _a1(
            "7.2.5",
            "Brief all lettings staff on speaking to applicants alone",
            QRHA,
            "31.10.2024",
            "2024-10-31",
            "Ongoing – third office briefing booked.",
            "in_progress",
        ),
        _a1(
            "7.2.6",
            "Update the discharge policy to include notification of disengagement",
            FRP,
            "31.05.2024",
            "2024-05-31",
            "Completed May 2024.",
            "complete",
        ),
    ],
    chronology=[
        _c1("5.2.1", "On 3 February 2020", "2020-02-03", "On 3 February 2020 Casimir’s former partner told"),
        _c1("5.2.2", "In June 2020", "2020-06", "In June 2020 Petronella told her GP that she was sleeping"),
        _c1(
            "5.2.3", "On 27 November 2020", "2020-11-27", "On 27 November 2020 a neighbour called the police"
        ),
        _c1(
            "5.2.4",
            "Between January and March 2021",
            "2021-01",
            "Between January and March 2021 Petronella attended the Emergency Department",
            end="2021-03",
        ),
        _c1("5.2.5", "On 9 August 2021", "2021-08-09", "On 9 August 2021 Casimir was referred to"),
        _c1(
            "5.2.6",
            "In spring 2022",
            "2022-03",
            "In spring 2022 Petronella applied to Quillan Rise Housing Association",
            end="2022-05",
        ),
        _c1(
            "5.2.7", "On 18 December 2022", "2022-12-18", "On 18 December 2022 Petronella called Saffronbank"
        ),
        _c1("5.2.8", "On 14 March 2023", "2023-03-14", "On 14 March 2023 paramedics were called to the home"),
    ],
    notes=(
        "pdftotext plain. Overview report (cover); id from 'Reference number:'; 'Chair and report author:' -> "
        "author; Petronella 47 (1.1.1); 'died on 14 March 2023' (1.1.1) -> day. Recommendations: the six "
        "numbered paragraphs 7.2.1-7.2.6 under '7.2 Recommendations' (ref the paragraph number as printed, "
        "level overview, agency the addressee named first, all local); the italic lead-in above them and the "
        "7.1 conclusions are not recommendations. The plan's Recommendation cells repeat the same texts after "
        "the paragraph number (same records, not new ones). Appendix A's three rows are single-agency "
        "recommendations: level agency, agency the Agency cell, ref the No. cell ('1' each, as printed). "
        "Actions: the nine rows of Appendix B, ref null (the template has no action number), "
        "recommendation_ref the paragraph number opening the merged Recommendation cell, lead the Lead Agency "
        "cell, status from 'Date of completion and Outcome' only ('Completed ...' -> complete; 'Ongoing – ...', "
        "'Partially complete – ...' -> in_progress; 'Not yet started – ...' -> not_started); the milestones "
        "column is progress, never status. Target dates dd.mm.yyyy -> day; 'March 2025', 'December 2024' -> "
        "month; 'Q2 2024/25' is the second quarter of the 2024/25 financial year (July-September 2024) -> "
        "2024-07. The last row (7.2.6) is split by the page break under the repeated header. Chronology: the "
        "eight paragraphs 5.2.1-5.2.8 (ref as printed, heading null); 5.1 is the section's lead-in, not an "
        "event. 'On <d month yyyy>' -> day; 'In June 2020' -> month; 'Between January and March 2021' -> "
        "2021-01 to 2021-03; 'In spring 2022' -> 2022-03 to 2022-05 (season). The 1.x-6.x narrative paragraphs "
        "that mention dates (1.1.2 sentencing, 1.2.1 notification, 2.1 timescales) are not chronology."
    ),
)

# --------- 2. Welsh Adult Practice Review (Arial 11): Learning sections, numbered list, Completion / RAG plan
S2 = "welsh_apr_learning_numbered_recs_completion_rag_plan_arial_llanfeiriog"
LRSB = "Llanfeiriog Regional Safeguarding Board"
HUHB = "Hafodwen University Health Board"
RAG2 = {"Green": "complete", "Amber": "in_progress", "Red": "not_started"}


def _a2(rec, start, lead, raw, iso, sraw):
    return A(None, OV, rec, start, lead, raw, iso, sraw, RAG2[sraw.split("– ")[-1]])


def _c2(raw, iso, start):
    return C(None, None, raw, iso, start)


GOLD[S2] = dict(
    family="welsh_apr_learning_numbered_recs_completion_rag_plan",
    description=(
        "Welsh concise Adult Practice Review set in Arial 11 (Liberation Sans), 4 pages: bilingual board name "
        "on the cover, 'Re: Adult C', the review number, 'Reviewer:' and 'Review Panel Chair:' lines and 'Date "
        "of the event:'; running head naming the board and review number; the Welsh template's sections (1. "
        "Legal context ..., 2. Circumstances resulting in the review, 3. Time period reviewed and why, 4. "
        "Summary of the timeline as six unnumbered dated paragraphs, 5. Practice and organisational learning "
        "with 'Learning N: <title>' sub-headings, 6. Improving systems and practice: a lead-in ending in a "
        "colon and a hanging-indent list '1.' - '5.', 7./8. statements by reviewer and panel chair as label / "
        "value tables); landscape 'Appendix 1 – Action plan' with a RAG key line and columns Recommendation | "
        "Action | Lead agency | Outcome | Target date | Completion / RAG, the Recommendation cell 'N. <short "
        "title>' merged over 1-2 actions, Completion cells 'Complete – Green', 'In progress – Amber', 'Not "
        "started – Red'"
    ),
    review=dict(
        review_id="LRSB/APR/2023/03",
        review_type="APR",
        area="Llanfeiriog",
        doc_kind="overview_report",
        author="Ceridwen Mabyn",
        victims=[{"pseudonym": "Adult C", "age": 71}],
        date_of_death="2022-01",
    ),
    review_alternatives={"review_type": ["SAR"], "area": [LRSB]},
    recommendations=[
        R(
            "1",
            LRSB,
            "The Board should seek assurance from partner agencies that practitioners see an adult at risk alone",
            ["quality_assurance", "routine_enquiry"],
        ),
        R(
            "2",
            "Llanfeiriog Council",
            "Llanfeiriog Council and Hafodwen University Health Board should agree a route by which missed",
            ["multi_agency_working", "information_sharing", "policy_procedure"],
        ),
        R(
            "3",
            LRSB,
            "The Board should publish a practice guide on assessing capacity about finances",
            ["policy_procedure"],
        ),
        R(
            "4",
            HUHB,
            "Hafodwen University Health Board should remind community nurses that missed medication",
            ["training", "information_sharing"],
        ),
        R(
            "5",
            LRSB,
            "The Board should share the learning from this review through a seven-minute briefing",
            ["training"],
        ),
    ],
    actions=[
        _a2(
            "1",
            "Add a prompt to see the adult alone to the adult at risk enquiry form",
            "Llanfeiriog Council Adult Services",
            "June 2023",
            "2023-06",
            "Complete – Green",
        ),
        _a2(
            "1",
            "Audit twenty enquiries for evidence that the adult was seen alone",
            LRSB,
            "December 2023",
            "2023-12",
            "In progress – Amber",
        ),
        _a2(
            "2",
            "Agree a shared procedure for reviewing missed or refused calls within one working day",
            "Llanfeiriog Council Commissioning",
            "30/09/2023",
            "2023-09-30",
            "In progress – Amber",
        ),
        _a2(
            "3",
            "Write and publish a practice guide on capacity and financial decisions",
            LRSB,
            "March 2024",
            "2024-03",
            "Not started – Red",
        ),
        _a2(
            "4",
            "Issue a safeguarding bulletin to community nursing teams",
            HUHB,
            "31/05/2023",
            "2023-05-31",
            "Complete – Green",
        ),
        _a2("5", "Produce a seven-minute briefing", LRSB, "July 2023", "2023-07", "Complete – Green"),
        _a2("5", "Hold a practitioner learning event", LRSB, "October 2023", "2023-10", "Complete – Green"),
    ],
    chronology=[
        _c2("In May 2021", "2021-05", "In May 2021 Adult C’s nephew moved into the cottage"),
        _c2("On 2 November 2021", "2021-11-02", "On 2 November 2021 the community nurse found that"),
        _c2(
            "During December 2021",
            "2021-12",
            "During December 2021 the domiciliary agency reported missed calls",
        ),
        _c2("On 22 December 2021", "2021-12-22", "On 22 December 2021 a bank worker made an adult at risk"),
        _c2("On 11 January 2022", "2022-01-11", "On 11 January 2022 a social worker visited and spoke"),
        _c2("On 19 January 2022", "2022-01-19", "On 19 January 2022 carers gained entry with the key safe"),
    ],
    notes=(
        "pdftotext -layout. A Welsh Adult Practice Review (concise) is the Welsh counterpart of a SAR: "
        "review_type 'APR' with 'SAR' accepted (the contract lists DHR | SCR | SAR | joint); overview report "
        "(the full APR, not a summary); id 'LRSB/APR/2023/03' (cover and running head); 'Reviewer:' -> author "
        "(the Review Panel Chair is not the author); Adult C aged 71 (section 2); he was found on 19 January "
        "2022 ('Date of the event') and died nine days later, so date_of_death is given at month precision "
        "2022-01 (the event date and the death date share the month). Recommendations: the five items of the "
        "'1.' - '5.' list under '6. Improving systems and practice' (ref N, level overview); the lead-in above "
        "them and the 'Learning N: ...' sections are not recommendations. Agency: the addressee named first; "
        "'The Board' -> Llanfeiriog Regional Safeguarding Board; recommendation 2 names Llanfeiriog Council "
        "first. All local. The plan's Recommendation cells ('N. <short title>') are labels of the same records. "
        "Actions: the seven plan rows, ref null, recommendation_ref the N of the merged Recommendation cell, "
        "lead the Lead agency cell; status from the Completion / RAG cell under the printed key (Green -> "
        "complete, Amber -> in_progress, Red -> not_started); the Outcome column is the desired outcome, not a "
        "status. Targets: 'June 2023' etc. -> month, dd/mm/yyyy -> day. Chronology: the six dated paragraphs "
        "of '4. Summary of the timeline', ref and heading null; 'In May 2021', 'During December 2021' -> "
        "month. Section 2's narrative (dates of the event and the report) and the statements' dates are not "
        "chronology."
    ),
)

# --------- 3. SAR (Calibri 11): recommendations under theme headings numbered 1.1 / 2.1, Board response table
S3 = "sar_themed_recs_dotted_refs_board_response_table_calibri_stavenbury"
SSAB = "Stavenbury Safeguarding Adults Board"
SASC = "Stavenbury Council Adult Social Care"
SMH = "Stavenbury Mental Health Partnership NHS Foundation Trust"
SDH = "Stavenbury and District Hospitals NHS Trust"
L3 = _lines(S3)
RESP = find_line(L3, "4. Board response The Board considered the report")


def _a3(rec, start, lead, raw, iso):
    return A(None, OV, rec, start, lead, raw, iso, None, "unknown", after=RESP)


GOLD[S3] = dict(
    family="sar_themed_recs_dotted_refs_board_response_table",
    description=(
        "Safeguarding Adults Review set in Calibri 11 (Carlito), 4 pages: cover 'Lead reviewer:', 'Ref:', "
        "'Published:'; running head, footer 'ref  Page X of Y'; numbered paragraphs 1.1-2.2; '3. Findings' "
        "with four 'Theme N – <title>' sub-headings, each a learning paragraph, a bold 'Recommendations' line "
        "and hanging-indent recommendations numbered 'N.1', 'N.2' (bold number, tab, text): 1.1, 1.2, 2.1, "
        "2.2, 3.1, 3.2, 4.1; '4. Board response' a Recommendation | Agreed / Partially agreed | Board response "
        "| Lead | Timescale table (the Recommendation cell 'N.N <short title>'), timescales 'September 2024', "
        "'31 March 2025', 'Within 6 months'; glossary table"
    ),
    review=dict(
        review_id="SSAB SAR 2022/07",
        review_type="SAR",
        area="Stavenbury",
        doc_kind="overview_report",
        author="Hyacinth Yardley",
        victims=[{"pseudonym": "Cosimo", "age": 52}],
        date_of_death="2022-06-06",
    ),
    review_alternatives={"area": [SSAB]},
    recommendations=[
        R(
            "1.1",
            SSAB,
            "The Board should ensure that the self-neglect procedure tells practitioners to consider the history",
            ["policy_procedure"],
        ),
        R(
            "1.2",
            SASC,
            "Stavenbury Council Adult Social Care should allocate a named lead practitioner to any adult",
            ["multi_agency_working"],
        ),
        R(
            "2.1",
            SSAB,
            "The Board should commission multi-agency training on executive function and mental capacity",
            ["training"],
        ),
        R(
            "2.2",
            SMH,
            "Stavenbury Mental Health Partnership NHS Foundation Trust should review its dual diagnosis pathway",
            ["mental_health", "substance_misuse", "policy_procedure"],
        ),
        R(
            "3.1",
            SDH,
            "Stavenbury and District Hospitals NHS Trust should ensure that a person with known self-neglect",
            ["policy_procedure", "risk_assessment"],
        ),
        R(
            "3.2",
            SSAB,
            "The Board should ask partners to agree how the hospital discharge team and Adult Social Care share",
            ["information_sharing", "multi_agency_working"],
        ),
        R(
            "4.1",
            SSAB,
            "The Board should audit a sample of self-neglect cases twelve months after publication",
            ["quality_assurance"],
        ),
    ],
    actions=[
        _a3(
            "1.1",
            "The procedure will be revised to include a review of previous refusals before closure.",
            "SAB Policy subgroup",
            "September 2024",
            "2024-09",
        ),
        _a3(
            "1.2",
            "A named lead will be allocated after a third self-neglect meeting",
            SASC,
            "April 2024",
            "2024-04",
        ),
        _a3(
            "2.1",
            "Two multi-agency workshops will be added to the Board’s training programme.",
            "SAB Training subgroup",
            "31 March 2025",
            "2025-03-31",
        ),
        _a3(
            "2.2",
            "The Trust will review the pathway with the drug and alcohol service and report back.",
            SMH,
            "Within 6 months",
            None,
        ),
        _a3(
            "3.1",
            "A home conditions question will be added to the discharge checklist.",
            SDH,
            "June 2024",
            "2024-06",
        ),
        _a3(
            "3.2",
            "Partners will share discharge information for people known to Adult Social Care",
            SDH,
            "December 2024",
            "2024-12",
        ),
        _a3(
            "4.1",
            "The Quality Assurance subgroup will audit ten cases and report to the Board.",
            "SAB Quality Assurance subgroup",
            "March 2025",
            "2025-03",
        ),
    ],
    chronology=[],
    notes=(
        "pdftotext plain. SAR overview report; id from 'Ref:'; 'Lead reviewer:' -> author; Cosimo 52 and 'died "
        "in hospital on 6 June 2022' (1.1) -> day. Recommendations: the seven hanging-indent items under the "
        "'Theme N' sub-headings, ref as printed ('1.1' ... '4.1'; the theme number is a group, not a "
        "recommendation of its own), level overview, agency the addressee named first ('The Board' -> "
        "Stavenbury Safeguarding Adults Board), all local; the theme learning paragraphs, the bold "
        "'Recommendations' lines and the findings lead-in are not recommendations. The response table's "
        "Recommendation cells ('1.1 History of refusals ...') are short labels of the same records. Actions: "
        "the Board response table is the Board's plan for the review, so each of its seven rows is one action: "
        "ref null, recommendation_ref the number opening the Recommendation cell, action the Board response "
        "cell, lead the Lead cell, target from Timescale ('September 2024' -> month, '31 March 2025' -> day, "
        "'Within 6 months' -> null: relative to an unprinted start). 'Agreed' / 'Partially agreed' record the "
        "Board's acceptance, not progress: status unknown (not scored). No chronology (section 2 is a short "
        "life story with no dated entries)."
    ),
)

# --------- 4. DHR executive summary (Arial 10): unruled Date | Source | Summary of contact, agency-headed recs
S4 = "dhr_exec_summary_unruled_date_source_chron_agency_headed_recs_arial_marrowcombe"
SMP = "Safer Marrowcombe Partnership"
L4 = _lines(S4)
SINGLE = find_line(L4, "6.2 Single agency recommendations")


def _c4(raw, iso, start, end=None):
    return C(None, None, raw, iso, start, date_end=end)


GOLD[S4] = dict(
    family="dhr_exec_summary_unruled_date_source_chron_agency_headed_recs",
    description=(
        "DHR executive summary set in Arial 10 (Liberation Sans), 3 pages: cover 'Independent author:', "
        "'Review number:', 'Date of homicide:'; running head, footer 'Executive Summary  N' (no 'of Y'); "
        "numbered paragraphs 1.1-1.2; '3. Summary chronology' an unruled table (no borders, shaded header) "
        "Date | Source | Summary of contact, 9 pt, 15 rows, the last split by the page break under the "
        "repeated header; dates dd/mm/yyyy, 'Early 2019', 'November 2019', 'w/c 4 March 2020', 'Summer 2020', "
        "'w/c 21 September 2020' (wrapping over three lines in the Date cell), 'Late 2020'; key findings "
        "bullets; '6. Recommendations' with '6.1 Overview report recommendations' (hanging list '1.' - '4.', "
        "one to the Home Office) and '6.2 Single agency recommendations' under bold agency-name lines, each "
        "agency's list numbered from 1 again"
    ),
    review=dict(
        review_id="SMP DHR 07",
        review_type="DHR",
        area="Marrowcombe",
        doc_kind="executive_summary",
        author="Ignatius Hartigan",
        victims=[{"pseudonym": "Octavia", "age": 29}],
        date_of_death="2021-04-02",
    ),
    review_alternatives={"area": [SMP]},
    recommendations=[
        R(
            "1",
            SMP,
            "Safer Marrowcombe Partnership should develop guidance for employers on recognising and responding",
            ["awareness_public", "policy_procedure"],
        ),
        R(
            "2",
            SMP,
            "Safer Marrowcombe Partnership should seek assurance that agencies treat separation as a risk factor",
            ["risk_assessment", "quality_assurance"],
        ),
        R(
            "3",
            "Marrowcombe County Council Children’s Services",
            "Marrowcombe County Council Children’s Services should ensure that contacts about domestic abuse",
            ["children", "risk_assessment"],
        ),
        R(
            "4",
            "Home Office",
            "The Home Office should consider how bail conditions in domestic abuse cases can be shared",
            ["information_sharing", "perpetrators"],
            scope="national",
        ),
        R(
            "1",
            "Marrowcombe Police",
            "Ensure that bail conditions in domestic abuse cases are sent to the IDVA service",
            ["information_sharing"],
            level=AG,
            after=SINGLE,
        ),
        R(
            "2",
            "Marrowcombe Police",
            "Review the use of Police Information Notices in stalking cases",
            ["policy_procedure", "perpetrators"],
            level=AG,
            after=SINGLE,
        ),
        R(
            "1",
            "Marrowcombe Community Health Trust",
            "Health visitors should arrange a further contact to see the mother alone",
            ["routine_enquiry", "children"],
            level=AG,
            after=SINGLE,
        ),
        R(
            "1",
            "Integrated Care Board (primary care)",
            "Remind practices that a disclosure of a partner’s jealousy or monitoring is a reason to ask",
            ["routine_enquiry"],
            level=AG,
            after=SINGLE,
        ),
    ],
    actions=[],
    chronology=[
        _c4("Early 2019", "2019", "Octavia met Torvin through friends"),
        _c4("14/06/2019", "2019-06-14", "Octavia saw her GP about anxiety and said her boyfriend"),
        _c4("03/09/2019", "2019-09-03", "Call from a neighbour about a man shouting in the street"),
        _c4("November 2019", "2019-11", "Octavia’s manager noted that Torvin waited outside the office"),
        _c4("w/c 4 March 2020", "2020-03-04", "New birth visit after the birth of Octavia’s daughter"),
        _c4("12/05/2020", "2020-05-12", "Octavia reported that Torvin had pushed her while she held"),
        _c4("15/05/2020", "2020-05-15", "Contact screened; a letter was sent to Octavia with details"),
        _c4(
            "Summer 2020",
            "2020-06",
            "Octavia told her sister that she had ended the relationship",
            end="2020-08",
        ),
        _c4("22/08/2020", "2020-08-22", "Report of harassment. Torvin was given a Police Information Notice"),
        _c4("10/09/2020", "2020-09-10", "Case heard at MARAC. Actions agreed for a target-hardening visit"),
        _c4("w/c 21 September 2020", "2020-09-21", "IDVA made three attempts to contact Octavia"),
        _c4("Late 2020", "2020", "Octavia asked to change her working hours"),
        _c4("07/01/2021", "2021-01-07", "Telephone consultation about poor sleep. Octavia mentioned"),
        _c4("19/02/2021", "2021-02-19", "Torvin was arrested for breaching a non-molestation order"),
        _c4("02/04/2021", "2021-04-02", "Officers were called to Octavia’s home by a neighbour"),
    ],
    notes=(
        "pdftotext -layout. Executive summary (cover); id from 'Review number:'; 'Independent author:' -> "
        "author; Octavia 29 (1.1); 'Date of homicide: 2 April 2021' -> day. Recommendations: 6.1's four "
        "numbered items (level overview, agency the addressee named first; 4 to the Home Office -> national, "
        "the rest local) and 6.2's four single-agency items (level agency, agency the bold agency line above "
        "them, ref the number as printed, restarting at 1 under each agency, so refs repeat). Key findings "
        "bullets and conclusions are not recommendations. No action plan. Chronology: the 15 table rows, one "
        "event each, text the Summary of contact cell (the Source cell is not the text), ref and heading null. "
        "dd/mm/yyyy -> day; 'November 2019' -> month; 'w/c <date>' (week commencing) -> that day; 'Early "
        "2019' and 'Late 2020' -> year (approximate); 'Summer 2020' -> 2020-06 to 2020-08 (season). The "
        "paragraphs of sections 1, 2, 4 and 5 are not chronology."
    ),
)

# --------- 5. CSP tracker of three reviews (Arial, landscape): Review | Rec no. | ... | Status | Evidence
S5 = "csp_multi_review_tracker_word_status_evidence_arial_pellingford"
PCSP = "Pellingford Community Safety Partnership"
PBC = "Pellingford Borough Council"
L5 = _lines(S5)
# DHR Kerensa's first Recommendation cell is split by the page break: its first line ("Pellingford Community
# Safety") prints on page 1 two lines above the row's first action, the rest under page 2's repeated header,
# so the look-up of its opening words would land on the running head; pinned to that first line instead.
K1 = find_line(L5, "Hold a faith leaders’ workshop") - 2
assert L5[K1 - 1].strip() == "Pellingford Community Safety", L5[K1 - 1]
ST5 = {
    "Complete": "complete",
    "On track": "in_progress",
    "Overdue": "in_progress",
    "Not started": "not_started",
}


def _a5(rec, start, lead, raw, iso, sraw, after=0):
    return A(None, OV, rec, start, lead, raw, iso, sraw, ST5[sraw], after=after)


GOLD[S5] = dict(
    family="csp_multi_review_tracker_word_status_evidence",
    description=(
        "Community Safety Partnership progress tracker of three DHRs, Arial 9 / 8.5 (Liberation Sans), "
        "landscape, 2 pages: title lines, position date, a status count table (Complete | On track | Overdue "
        "| Not started | Total); the tracker Review | Rec no. | Recommendation | Action | Owner | Due | Status | "
        "Evidence of completion, ruled, header repeated, the Review cell ('DHR <name> (<year>)', bold) merged "
        "over its rows and Rec no. and Recommendation merged over 1-3 actions, each review numbering its "
        "recommendations from 1 (refs repeat across reviews); Status words in shaded cells; one merged "
        "Review / Recommendation cell split by the page break; Due 'Mar-24', '30/06/2024', 'Dec 2023', "
        "'TBC'; a status key box after the table"
    ),
    review=dict(
        review_id=None,
        review_type="DHR",
        area="Pellingford",
        doc_kind="action_plan",
        author=None,
        victims=[
            {"pseudonym": "Eulalia", "age": None},
            {"pseudonym": "Florian", "age": None},
            {"pseudonym": "Kerensa", "age": None},
        ],
        date_of_death=None,
    ),
    review_alternatives={"area": [PCSP]},
    recommendations=[
        R(
            "1",
            PCSP,
            "Pellingford Community Safety Partnership should raise awareness of economic abuse among bank",
            ["awareness_public", "training"],
        ),
        R(
            "2",
            "Pellingford Police",
            "Pellingford Police should ensure that officers record the children present",
            ["children", "record_keeping"],
        ),
        R(
            "3",
            PBC,
            "Pellingford Borough Council should review the housing register so that victims",
            ["policy_procedure"],
        ),
        R(
            "1",
            PCSP,
            "Pellingford Community Safety Partnership should commission a service for male victims",
            ["specialist_support"],
        ),
        R(
            "2",
            "Pellingford Integrated Care Board",
            "Pellingford Integrated Care Board should ensure that GP practices ask male patients",
            ["routine_enquiry"],
        ),
        R(
            "3",
            "Pellingford Recovery Service",
            "Pellingford Recovery Service should include questions about abusive behaviour towards partners",
            ["substance_misuse", "perpetrators", "risk_assessment"],
        ),
        R(
            "1",
            PCSP,
            "Pellingford Community Safety Partnership should work with faith leaders to help communities",
            ["awareness_public"],
            line=K1,
        ),
        R(
            "2",
            "Pellingford Borough Council Adult Social Care",
            "Pellingford Borough Council Adult Social Care should ensure that carer’s assessments ask",
            ["routine_enquiry", "risk_assessment"],
        ),
        R(
            "3",
            "Home Office",
            "The Home Office should update the statutory guidance to say how reviews involve carers",
            ["policy_procedure"],
            scope="national",
        ),
    ],
    actions=[
        _a5(
            "1",
            "Deliver briefing sessions to branch staff of local banks",
            "DA Coordinator",
            "Mar-24",
            "2024-03",
            "Complete",
        ),
        _a5(
            "1",
            "Add economic abuse leaflet to branch information racks",
            "DA Coordinator",
            "Jun-24",
            "2024-06",
            "Complete",
        ),
        _a5(
            "2",
            "Make the children present field mandatory in the incident record",
            "Pellingford Police",
            "30/06/2024",
            "2024-06-30",
            "Complete",
        ),
        _a5(
            "3",
            "Amend the allocations scheme after consultation",
            "Head of Housing Needs",
            "Apr-24",
            "2024-04",
            "Overdue",
        ),
        _a5(
            "1", "Scope the need for a male victims service", "CSP Manager", "Dec 2023", "2023-12", "Complete"
        ),
        _a5("1", "Procure the service", "CSP Manager", "Oct 2024", "2024-10", "On track"),
        _a5(
            "2",
            "Include male victims in the practice safeguarding leads’ forum programme",
            "ICB Designated Nurse",
            "30/09/2024",
            "2024-09-30",
            "On track",
        ),
        _a5(
            "2",
            "Audit records of injury presentations in two practices",
            "ICB Designated Nurse",
            "Mar-25",
            "2025-03",
            "Not started",
        ),
        _a5("3", "Revise the assessment template", "Service Manager", "Feb-24", "2024-02", "Complete"),
        _a5(
            "1",
            "Hold a faith leaders’ workshop",
            "Community Cohesion Officer",
            "Jul-24",
            "2024-07",
            "Overdue",
        ),
        _a5(
            "1",
            "Produce translated material in the four most spoken community languages",
            "Community Cohesion Officer",
            "TBC",
            None,
            "Not started",
        ),
        _a5(
            "2",
            "Add a safety question to the carer’s assessment",
            "Principal Social Worker",
            "31/12/2024",
            "2024-12-31",
            "On track",
        ),
        _a5(
            "2",
            "Train assessors on the new question",
            "Principal Social Worker",
            "Jan-25",
            "2025-01",
            "On track",
        ),
        _a5(
            "2",
            "Report take-up to the DHR Oversight Group",
            "Principal Social Worker",
            "Aug-24",
            "2024-08",
            "Overdue",
        ),
        _a5(
            "3",
            "Letter from the CSP Chair to the Home Office",
            "CSP Chair",
            "May-24",
            "2024-05",
            "Complete",
        ),
    ],
    chronology=[],
    notes=(
        "pdftotext plain. A standalone Community Safety Partnership tracker covering three DHRs (Eulalia, "
        "Florian, Kerensa): review_type DHR, doc_kind action_plan, area Pellingford; no single review id, "
        "author or date of death is printed (null). Recommendations: the nine merged Recommendation cells, "
        "ref the Rec no. cell as printed ('1' - '3' within each review, so each ref occurs three times), level "
        "overview, agency the addressee named first; 3 of DHR Kerensa (Home Office) national, the rest local. "
        "The status count table and the status key are not recommendations or actions. Actions: the 15 rows, "
        "ref null, recommendation_ref the Rec no. cell, lead the Owner cell, target from Due ('Mar-24' -> "
        "2024-03; 'Dec 2023' -> month; dd/mm/yyyy -> day; 'TBC' -> null), status from the Status word: "
        "Complete -> complete, On track -> in_progress, Not started -> not_started, Overdue -> in_progress "
        "(each Overdue row's evidence shows work begun: consultation closed, venue booked, data extract run). "
        "The Evidence of completion cell is progress, not status. No chronology."
    ),
)


def main():
    # An optional folder argument writes the .json files there (a scratch copy to compare with the committed ones).
    write_gold(GOLD, HERE, sys.argv[1] if len(sys.argv) > 1 else None, family_keys="after_file")


if __name__ == "__main__":
    main()
