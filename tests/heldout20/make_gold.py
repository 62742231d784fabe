"""Hand-written gold for heldout20 (blind set). Every field below was written by hand from the documents'
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

# ----------------------------- 1. DHR overview report (Calibri), Home Office-template plan appended, landscape
S1 = "dhr_overview_calibri_ho_plan_wrapped_outcome_statuses_cranholme"
CCSP = "Cranholme Community Safety Partnership"
CICB = "NHS Cranholme Integrated Care Board"
CHOS = "Cranholme and District Hospitals NHS Trust"
CASC = "Cranholme Adult Social Care"


def _a1(rec, start, lead, raw, iso, sraw, status):
    return A(None, OV, rec, start, lead, raw, iso, sraw, status)


GOLD[S1] = dict(
    family="dhr_overview_calibri_ho_plan_wrapped_outcome_statuses",
    description=(
        "DHR overview report set in Calibri 11 (Carlito in the PDF): cover with 'Report author:', 'Commissioned "
        "by:', 'Reference:', 'Date of death:' lines, contents with dotted leaders, running head, footer 'Page X "
        "of Y', numbered paragraphs, panel table, two shaded 'Lesson N' boxes (not recommendations); section "
        "'10. Recommendations' with a bold 'Recommendation N' line above each of seven paragraphs; landscape "
        "Appendix A on the Home Office template (Recommendation | Scope of recommendation | Action to take | "
        "Lead Agency | Key milestones achieved in enacting recommendation | Target Date | Date of completion and "
        "Outcome), 10 pt, cells top-aligned and wrapping over many lines, the Recommendation cell 'N. <text>' "
        "and Scope merged over two actions for 1, 2 and 5; one long action row of 2 split by the page break "
        "under the repeated header, 6 split too; statuses written in the outcome column; glossary appendix"
    ),
    review=dict(
        review_id="CCSP/DHR/2023/01",
        review_type="DHR",
        area="Cranholme",
        doc_kind="overview_report",
        author="Thaddeus Lorimer",
        victims=[{"pseudonym": "Ysolde", "age": 41}],
        date_of_death="2023-02-09",
    ),
    review_alternatives={"area": [CCSP]},
    recommendations=[
        R(
            "1",
            CCSP,
            "Cranholme Community Safety Partnership should work with local employers to produce a workplace "
            "domestic abuse policy template",
            ["awareness_public", "policy_procedure"],
        ),
        R(
            "2",
            "Cranholme Police",
            "Cranholme Police should ensure that officers attending a domestic incident speak to the victim away",
            ["routine_enquiry", "other"],
        ),
        R(
            "3",
            CICB,
            "NHS Cranholme Integrated Care Board should ask GP practices to record when a patient is routinely "
            "accompanied",
            ["record_keeping", "routine_enquiry"],
        ),
        R(
            "4",
            CHOS,
            "Cranholme and District Hospitals NHS Trust should audit compliance with its routine enquiry policy",
            ["quality_assurance", "routine_enquiry"],
        ),
        R(
            "5",
            CASC,
            "Cranholme Adult Social Care should ensure that commissioned domiciliary care providers include "
            "domestic abuse training",
            ["training", "information_sharing"],
        ),
        R(
            "6",
            CASC,
            "Cranholme Adult Social Care should offer a carer’s assessment, including a private conversation about "
            "safety",
            ["routine_enquiry", "other"],
        ),
        R(
            "7",
            "Home Office",
            "The Home Office should consider publishing guidance for employers on supporting staff",
            ["policy_procedure", "awareness_public"],
            scope="national",
        ),
    ],
    actions=[
        _a1(
            "1",
            "Draft a workplace domestic abuse policy template with the Chamber of Commerce",
            CCSP,
            "March 2024",
            "2024-03",
            "Completed March 2024 – template published on the Partnership website and sent to 140 employers.",
            "complete",
        ),
        _a1(
            "1",
            "Produce a one-page guide to local services for managers",
            CCSP,
            "31/12/2024",
            "2024-12-31",
            "Ongoing",
            "in_progress",
        ),
        _a1(
            "2",
            "Update the domestic abuse attendance guidance and the body-worn video checklist",
            "Cranholme Police",
            "30/04/2024",
            "2024-04-30",
            "Completed 22/04/2024 – guidance issued to all response officers.",
            "complete",
        ),
        _a1(
            "2",
            "Remind all response officers how to book a telephone interpreter out of hours",
            "Cranholme Police",
            "31/03/2025",
            "2025-03-31",
            "Ongoing – second dip sample to report in November 2024.",
            "in_progress",
        ),
        _a1(
            "3",
            "Issue guidance to practices and add an ‘always accompanied’ alert",
            CICB,
            "September 2024",
            "2024-09",
            "Partially completed – guidance issued; the template change awaits the system supplier.",
            "in_progress",
        ),
        _a1(
            "4",
            "Audit 60 Emergency Department records of adults attending with injuries",
            CHOS,
            "31/01/2025",
            "2025-01-31",
            "Not started",
            "not_started",
        ),
        _a1(
            "5",
            "Add domestic abuse training and a concerns route to the domiciliary care contract specification",
            "Cranholme Adult Social Care (Commissioning)",
            "July 2024",
            "2024-07",
            "Completed July 2024 – new contracts include both requirements.",
            "complete",
        ),
        _a1(
            "5",
            "Check at contract monitoring visits that induction includes the training",
            "Cranholme Adult Social Care (Commissioning)",
            "March 2025",
            "2025-03",
            "Not started",
            "not_started",
        ),
        _a1(
            "6",
            "Amend the carer’s assessment form to include a private conversation about safety",
            CASC,
            "30/11/2024",
            "2024-11-30",
            "Ongoing",
            "in_progress",
        ),
        _a1(
            "7",
            "Partnership Chair to write to the Home Office enclosing the report",
            CCSP,
            "June 2024",
            "2024-06",
            "Completed June 2024 – letter sent 20/06/2024; no reply yet.",
            "complete",
        ),
    ],
    chronology=[],
    notes=(
        "pdftotext -layout (the landscape plan prints its seven columns side by side; cells wrap over up to 18 "
        "lines; the long second action of recommendation 2 and the action of 6 continue on the next page under "
        "the repeated header). Id from the cover 'Reference:'; 'Report author:' -> author; Ysolde 41 (1.1), "
        "'Date of death: 9 February 2023' -> day. Recommendations: the seven paragraphs under the bold "
        "'Recommendation N' lines of section 10 (ref N, level overview: an overview report whose single-agency "
        "recommendations are not printed), agency the body named first; scope as the plan's Scope column prints "
        "it (Local; 7 National -> the Home Office). The plan's Recommendation cells repeat each text word for "
        "word after 'N.' and are the same records. 'Lesson N' boxes, the terms-of-reference bullets and the "
        "lead-in of section 10 are not recommendations. Actions: one per plan row (10), no action numbers so "
        "ref null, recommendation_ref the number opening the merged Recommendation cell, agency_section "
        "overview, lead the Lead Agency cell. Status from 'Date of completion and Outcome': 'Completed <month "
        "year|date> – ...' -> complete; 'Ongoing', 'Ongoing – ...' and 'Partially completed – ...' -> "
        "in_progress; 'Not started' -> not_started. The Key milestones column is never status or target. "
        "Targets dd/mm/yyyy -> day; 'March 2024', 'September 2024', 'July 2024', 'March 2025', 'June 2024' -> "
        "month. No chronology section (the analysis mentions dates in passing only)."
    ),
)

# ------------------------- 2. SAR (Arial): findings, board recommendations 1-6, plan with RAG and dated progress
S2 = "sar_findings_board_recs_rag_plan_dated_progress_arial_lydmarsh"
LSAB = "Lydmarsh Safeguarding Adults Board"
RAG2 = {"Green": "complete", "Amber": "in_progress", "Red": "not_started"}


def _a2(rec, start, lead, raw, iso, rag):
    return A(None, OV, rec, start, lead, raw, iso, rag, RAG2[rag])


GOLD[S2] = dict(
    family="sar_findings_board_recs_rag_plan_dated_progress",
    description=(
        "Safeguarding Adults Review set in Arial 11 (Liberation Sans in the PDF): cover with 'Independent "
        "reviewer:', 'Review commissioned by:', 'SAR number:', 'Kasimir died on:' lines, contents with dotted "
        "leaders, running head, footer 'Page X of Y', numbered paragraphs; five bold 'Finding N: <title>' lines "
        "each with a paragraph and a shaded 'What this means for practice' box (not recommendations); '5. "
        "Recommendations to the Board' numbered 1.-6. with hanging indents, every one opening 'The Board "
        "should'; landscape '6. Multi-agency action plan' Rec | Action | Lead agency | Target date | RAG | "
        "Progress, a RAG key line above it, RAG words in coloured cells, progress cells holding one or two "
        "dated updates 'dd/mm/yyyy: ...' as separate paragraphs; glossary split by the page break"
    ),
    review=dict(
        review_id="LSAB SAR 2022/07",
        review_type="SAR",
        area="Lydmarsh",
        doc_kind="overview_report",
        author="Beatrix Hollings",
        victims=[{"pseudonym": "Kasimir", "age": 58}],
        date_of_death="2022-08-14",
    ),
    review_alternatives={"area": [LSAB]},
    recommendations=[
        R(
            "1",
            LSAB,
            "The Board should seek assurance that partner agencies assess and record mental capacity",
            ["quality_assurance", "record_keeping"],
        ),
        R(
            "2",
            LSAB,
            "The Board should relaunch its self-neglect procedure and ensure that practitioners",
            ["policy_procedure", "multi_agency_working"],
        ),
        R(
            "3",
            LSAB,
            "The Board should ask the commissioners of the drug and alcohol service to review its policy",
            ["policy_procedure", "substance_misuse", "risk_assessment"],
        ),
        R(
            "4",
            LSAB,
            "The Board should ask NHS Lydmarsh Integrated Care Board to ensure that GP practices act on discharge",
            ["information_sharing"],
        ),
        R(
            "5",
            LSAB,
            "The Board should ensure that staff in supported housing schemes receive training on self-neglect",
            ["training"],
        ),
        R(
            "6",
            LSAB,
            "The Board should promote practice guidance on involving family members who raise concerns",
            ["policy_procedure"],
        ),
    ],
    actions=[
        _a2(
            "1",
            "Add a prompt to consider executive capacity to the self-neglect risk assessment tool",
            "Lydmarsh Council Adult Social Care",
            "31/03/2024",
            "2024-03-31",
            "Green",
        ),
        _a2(
            "1",
            "Multi-agency audit of ten self-neglect cases to test whether capacity was assessed",
            "LSAB Quality Assurance Sub-group",
            "September 2024",
            "2024-09",
            "Amber",
        ),
        _a2(
            "2",
            "Relaunch the self-neglect procedure with a seven-minute briefing",
            "LSAB Business Unit",
            "30/06/2024",
            "2024-06-30",
            "Green",
        ),
        _a2(
            "2",
            "Include the self-neglect procedure in each partner’s safeguarding induction",
            "All partner agencies",
            "December 2024",
            "2024-12",
            "Amber",
        ),
        _a2(
            "3",
            "Review the drug and alcohol service’s case closure policy with the provider",
            "Lydmarsh Public Health (Commissioner)",
            "30/04/2024",
            "2024-04-30",
            "Green",
        ),
        _a2(
            "4",
            "Issue guidance to practices on acting on discharge and closure letters",
            "NHS Lydmarsh Integrated Care Board",
            "31/10/2024",
            "2024-10-31",
            "Red",
        ),
        _a2(
            "5",
            "Commission self-neglect and safeguarding concern training for supported housing staff",
            "Lydmarsh Council Housing Services",
            "January 2025",
            "2025-01",
            "Amber",
        ),
        _a2(
            "6",
            "Publish practice guidance on working with families who raise concerns",
            "LSAB Business Unit",
            "March 2025",
            "2025-03",
            "Red",
        ),
    ],
    chronology=[],
    notes=(
        "pdftotext plain (the plan's cells come out column block by column block within each row; the "
        "numbered recommendations print their number alone on a line above the text). SAR; id from the cover "
        "'SAR number:'; 'Independent reviewer:' -> author; Kasimir 58 (1.1), 'Kasimir died on: 14 August 2022' "
        "-> day. Recommendations: the six numbered paragraphs of section 5 (ref N, level overview), agency the "
        "body named first, which is always 'The Board' -> the Safeguarding Adults Board (in 3 and 4 the Board "
        "asks another body to act, the Board is still the addressee); all local. 'Finding N: ...' lines and "
        "paragraphs, the 'What this means for practice' box and the RAG key are not recommendations. Actions: "
        "one per plan row (8), no action numbers so ref null, recommendation_ref the Rec cell (repeated on each "
        "row, not merged), agency_section overview, lead the Lead agency cell. Status from the RAG word under "
        "the printed key: Green -> complete, Amber -> in_progress, Red -> not_started; the dated Progress "
        "entries are progress, never status or target (the Red row of 6 also says 'Not yet started', which "
        "agrees). Targets dd/mm/yyyy -> day; 'September 2024', 'December 2024', 'January 2025', 'March 2025' "
        "-> month. No chronology section (section 3 is a narrative without dated events)."
    ),
)

# ------------------------------ 3. standalone CSP tracker covering two DHRs (Calibri, landscape), merged cells
S3 = "csp_tracker_two_dhrs_merged_recs_status_calibri_fernhallow"
FCSP = "Fernhallow Community Safety Partnership"
ST3 = {"Complete": "complete", "In progress": "in_progress", "Not started": "not_started"}


def _a3(rec, start, lead, raw, iso, sraw):
    return A(None, OV, rec, start, lead, raw, iso, sraw, ST3[sraw.split(" –")[0]])


GOLD[S3] = dict(
    family="csp_tracker_two_dhrs_merged_recs_status",
    description=(
        "Standalone landscape Community Safety Partnership tracker covering two DHRs, Calibri 10 (Carlito), "
        "three pages: title lines, a 'Reviews covered' line naming both reviews and their references, a status "
        "key line; one table Review | Rec no. | Recommendation | Action | Lead | Due | Status, header repeated, "
        "the Review cell merged down over all of its review's rows (the second review's over a page break), "
        "Rec no. and Recommendation merged over their one to three action rows, recommendation numbers "
        "restarting at 1 for the second review; statuses 'Complete', 'Complete – ...', 'In progress', 'In "
        "progress – ...', 'Not started'; abbreviations and next-review lines under the table; running head and "
        "footer 'Page X of Y'"
    ),
    review=dict(
        review_id=None,
        review_type="DHR",
        area="Fernhallow",
        doc_kind="action_plan",
        author=None,
        victims=[{"pseudonym": "Jocasta", "age": None}, {"pseudonym": "Severin", "age": None}],
        date_of_death=None,
    ),
    review_alternatives={"area": [FCSP]},
    recommendations=[
        R(
            "1",
            FCSP,
            "Fernhallow Community Safety Partnership should ensure that partners have a shared process",
            ["multi_agency_working", "other"],
            line=9,  # pinned: the look-up finds the running head (layout columns split the text)
        ),
        R(
            "2",
            "Fernhallow Police",
            "Fernhallow Police should review how officers assess risk where the suspect",
            ["risk_assessment"],
        ),
        R(
            "3",
            "Fernhallow Council Adult Social Care",
            "Fernhallow Council Adult Social Care should ensure that safeguarding enquiries consider",
            ["risk_assessment"],
        ),
        R(
            "4",
            FCSP,
            "Fernhallow Community Safety Partnership should run an awareness campaign aimed at older people",
            ["awareness_public"],
            line=29,  # pinned: the look-up finds the running head (layout columns split the text)
        ),
        R(
            "5",
            "NHS Fernhallow Integrated Care Board",
            "NHS Fernhallow Integrated Care Board should ensure that community pharmacists know how to respond",
            ["training"],
        ),
        R(
            "1",
            FCSP,
            "Fernhallow Community Safety Partnership should ensure that male victims of domestic abuse",
            ["specialist_support"],
            line=49,  # pinned: the look-up finds the running head (layout columns split the text)
        ),
        R(
            "2",
            "Tanner Street Medical Practice",
            "Tanner Street Medical Practice should ensure that clinicians ask male patients",
            ["routine_enquiry"],
        ),
        R(
            "3",
            "Fernhallow Council Housing Options",
            "Fernhallow Council Housing Options should ensure that a victim who leaves a joint tenancy",
            ["other"],
        ),
        R(
            "4",
            "Home Office",
            "The Home Office should consider including guidance on male victims",
            ["policy_procedure"],
            scope="national",
        ),
        R(
            "5",
            "Fernhallow Domestic Abuse Service",
            "Fernhallow Domestic Abuse Service should review its initial contact script",
            ["record_keeping", "specialist_support"],
        ),
    ],
    actions=[
        _a3(
            "1",
            "Map current routes for older victims with Age Concern",
            "DA Strategic Lead",
            "31/01/2024",
            "2024-01-31",
            "Complete",
        ),
        _a3(
            "1",
            "Agree and publish an older persons’ domestic abuse pathway",
            "DA Strategic Lead",
            "30/06/2024",
            "2024-06-30",
            "Complete – pathway on CSP website",
        ),
        _a3(
            "1",
            "Evaluate use of the pathway after six months",
            "DHR Coordinator",
            "31/12/2024",
            "2024-12-31",
            "Not started",
        ),
        _a3(
            "2",
            "Add adult family violence questions to the domestic abuse risk briefing",
            "Fernhallow Police – Public Protection",
            "March 2024",
            "2024-03",
            "Complete",
        ),
        _a3(
            "2",
            "Dip-sample 25 adult family violence incidents",
            "Fernhallow Police – Public Protection",
            "September 2024",
            "2024-09",
            "In progress",
        ),
        _a3(
            "3",
            "Amend the section 42 enquiry template to include a carer-as-perpetrator prompt",
            "Principal Social Worker",
            "30/04/2024",
            "2024-04-30",
            "Complete",
        ),
        _a3(
            "3",
            "Deliver practice workshops to all locality teams",
            "Principal Social Worker",
            "31/10/2024",
            "2024-10-31",
            "In progress – 4 of 6 teams",
        ),
        _a3(
            "4",
            "Design leaflets and posters with older residents’ forums",
            "CSP Communications",
            "28/02/2025",
            "2025-02-28",
            "Not started",
        ),
        _a3(
            "4",
            "Distribute materials through pharmacies and libraries",
            "CSP Communications",
            "May 2025",
            "2025-05",
            "Not started",
        ),
        _a3(
            "5",
            "Add domestic abuse to the pharmacy safeguarding e-learning module",
            "Designated Nurse, Adult Safeguarding",
            "31/03/2025",
            "2025-03-31",
            "In progress – content drafted",
        ),
        _a3(
            "5",
            "Circulate a pharmacy quick guide with the older persons’ pathway",
            "Designated Nurse, Adult Safeguarding",
            "30/04/2025",
            "2025-04-30",
            "Not started",
        ),
        _a3(
            "1",
            "Commission a male victims’ support service within the domestic abuse contract",
            "Commissioning Manager, Community Safety",
            "01/04/2024",
            "2024-04-01",
            "Complete",
        ),
        _a3(
            "1",
            "Publicise the service through GP surgeries, gyms and sports clubs",
            "CSP Communications",
            "30/09/2024",
            "2024-09-30",
            "In progress",
        ),
        _a3(
            "1",
            "Report referral numbers to the CSP quarterly",
            "Commissioning Manager, Community Safety",
            "Quarterly from July 2024",
            None,
            "In progress",
        ),
        _a3(
            "2",
            "Practice learning session on routine enquiry with male patients",
            "Practice Safeguarding Lead",
            "31/03/2024",
            "2024-03-31",
            "Complete",
        ),
        _a3(
            "2",
            "Audit 20 records of male patients presenting with injuries",
            "Practice Safeguarding Lead",
            "30/11/2024",
            "2024-11-30",
            "In progress",
        ),
        _a3(
            "3",
            "Update the housing options domestic abuse procedure",
            "Housing Options Manager",
            "31/07/2024",
            "2024-07-31",
            "Complete",
        ),
        _a3(
            "3",
            "Brief all housing options officers on the updated procedure",
            "Housing Options Manager",
            "30/09/2024",
            "2024-09-30",
            "Complete",
        ),
        _a3(
            "3",
            "Check 10 cases for evidence of tenancy advice",
            "Housing Options Manager",
            "31/01/2025",
            "2025-01-31",
            "Not started",
        ),
        _a3(
            "4",
            "CSP Chair to write to the Home Office",
            "CSP Chair",
            "31/05/2024",
            "2024-05-31",
            "Complete – letter sent 14/05/2024",
        ),
        _a3(
            "5",
            "Rewrite the helpline and referral contact scripts in neutral language",
            "Service Manager, Fernhallow Domestic Abuse Service",
            "31/08/2024",
            "2024-08-31",
            "Complete",
        ),
        _a3(
            "5",
            "Add a mandatory field for the caller’s sex to the case management system",
            "Service Manager, Fernhallow Domestic Abuse Service",
            "December 2024",
            "2024-12",
            "In progress",
        ),
    ],
    chronology=[],
    notes=(
        "pdftotext -layout. A standalone tracker of two reviews: review_id null (two ids are printed, 'FCSP "
        "DHR 02' and 'FCSP DHR 05', neither is the document's), review_type DHR, area Fernhallow, doc_kind "
        "action_plan, no author or date of death; both pseudonyms listed as victims, ages not printed. "
        "Recommendations: the ten merged Recommendation cells (as in the bundled standalone plan gold, a "
        "standalone plan's recommendation cells are its recommendations), five per review, ref the Rec no. "
        "cell, so refs 1-5 occur twice (DHR Jocasta first, then DHR Severin); level overview; agency the body "
        "named first; Severin 4 (the Home Office) national, all else local. Actions: one per row (22), no "
        "action numbers so ref null, recommendation_ref the merged Rec no., agency_section overview, lead the "
        "Lead cell. Status the Status cell as printed: 'Complete' / 'Complete – ...' -> complete, 'In progress' "
        "/ 'In progress – ...' -> in_progress, 'Not started' -> not_started. Due dd/mm/yyyy -> day; 'March "
        "2024', 'September 2024', 'May 2025', 'December 2024' -> month; 'Quarterly from July 2024' is a "
        "recurring deadline with no single date -> target null (raw kept). The status key line, abbreviations "
        "line and next-review line are not records. No chronology."
    ),
)

# --------------------- 4. CSPR executive summary (Arial): Date | Agency | Event table, learning points between recs
S4 = "cspr_exec_summary_learning_points_between_recs_chron_table_arial_sallowby"
SSCP = "Sallowby Safeguarding Children Partnership"


def _c4(raw, iso, start):
    return C(None, None, raw, iso, start)


GOLD[S4] = dict(
    family="cspr_exec_summary_learning_points_between_recs_chron_table",
    description=(
        "Local Child Safeguarding Practice Review executive summary set in Arial 10.5 (Liberation Sans): cover "
        "with 'Lead reviewer:', 'Published by:', 'Review reference:', 'Ebony’s date of death:' lines, contents "
        "with dotted leaders, running head wrapping over two lines, footer 'Page X of Y', numbered paragraphs; "
        "'3. Summary of key events' a Date | Agency | Event table of 8 rows (dd/mm/yyyy, 'October 2022', 'Late "
        "November 2022', 'February 2023', 'Early March 2023'); '4. Recommendations and learning': a bold "
        "'Recommendation N' line and its paragraph, then a shaded 'Learning point N' box, five times; glossary"
    ),
    review=dict(
        review_id="SSCP/CSPR/2023/02",
        review_type="CSPR",
        area="Sallowby",
        doc_kind="executive_summary",
        author="Cressida Fitzwarren",
        victims=[{"pseudonym": "Ebony", "age": 15}],
        date_of_death="2023-03-27",
    ),
    review_alternatives={"review_type": ["SCR"], "area": [SSCP]},
    recommendations=[
        R(
            "1",
            SSCP,
            "The Partnership should ensure that missing episodes are reviewed together",
            ["children", "risk_assessment", "multi_agency_working"],
        ),
        R(
            "2",
            "Sallowby Children’s Social Care",
            "Sallowby Children’s Social Care should review its step-down guidance",
            ["children", "policy_procedure", "risk_assessment"],
        ),
        R(
            "3",
            SSCP,
            "The Partnership should ask Orchardleigh Academy and other secondary schools to share signs",
            ["information_sharing", "children"],
        ),
        R(
            "4",
            "Sallowby CAMHS",
            "Sallowby CAMHS should prioritise children who self-harm and are known to be at risk",
            ["mental_health", "children", "risk_assessment"],
        ),
        R(
            "5",
            SSCP,
            "The Partnership should write to the Department for Education about the information",
            ["information_sharing", "children"],
            scope="national",
        ),
    ],
    actions=[],
    chronology=[
        _c4("12/09/2022", "2022-09-12", "Ebony started Year 10 after a managed move"),
        _c4("October 2022", "2022-10", "Ebony was reported missing overnight by her mother"),
        _c4("03/11/2022", "2022-11-03", "A strategy discussion was held about exploitation"),
        _c4("Late November 2022", "2022-11", "Ebony was referred to CAMHS by her GP"),
        _c4("16/01/2023", "2023-01-16", "The assessment concluded and Ebony was stepped down"),
        _c4("February 2023", "2023-02", "Staff noticed Ebony had a new phone and expensive clothes"),
        _c4("Early March 2023", "2023-03", "Ebony was found in a car with two adult men"),
        _c4("25/03/2023", "2023-03-25", "Ebony was taken to the Emergency Department by ambulance"),
    ],
    notes=(
        "pdftotext plain (the chronology table's cells come out one after another, Date / Agency / Event per "
        "row). Local CSPR -> review_type CSPR (SCR, its predecessor's name, listed as an alternative before "
        "any run); executive summary (cover); id from 'Review reference:'; 'Lead reviewer:' -> author; Ebony 15 "
        "(1.1), date of death from the cover (day). Recommendations: the five paragraphs under the bold "
        "'Recommendation N' lines (ref N, level overview), agency the body named first ('The Partnership' -> "
        "the Safeguarding Children Partnership); 5 (a letter to the Department for Education) national, all "
        "else local. The 'Learning point N' boxes between them, and the lead-in of section 4, are not "
        "recommendations. Chronology: the 8 table rows, one event each, text the Event cell, ref and heading "
        "null; dd/mm/yyyy -> day; 'October 2022', 'February 2023', 'Late November 2022', 'Early March 2023' -> "
        "month. No action plan."
    ),
)

# ----------------- 5. DHR executive summary (Calibri): Agency | Recommendation table, dated-paragraph chronology
S5 = "dhr_exec_summary_agency_rec_table_dated_para_chron_calibri_corrisdale"
CSP5 = "Corrisdale Safer Partnership"
CMH = "Corrisdale Mental Health NHS Foundation Trust"


def _c5(raw, iso, start, relative=False, end=None):
    return C(None, None, raw, iso, start, relative=relative, date_end=end)


GOLD[S5] = dict(
    family="dhr_exec_summary_agency_rec_table_dated_para_chron",
    description=(
        "DHR executive summary set in Calibri 11 (Carlito): cover with 'Independent chair and author:', 'Review "
        "commissioned by:', 'DHR ref:', 'Date of homicide:' lines, contents with dotted leaders, running head, "
        "footer 'Page X of Y'; '3. Chronology' of 11 unnumbered paragraphs each opening with its date ('On 4 "
        "January 2021', 'In February 2021', 'In about April 2021', 'Two days later', 'In the summer of 2021', "
        "'Around the end of January 2022', 'In late May 2022'); key-findings bullets; '5. Single-agency "
        "recommendations' an Agency | Recommendation table, one unnumbered recommendation a row, the Agency cell "
        "merged over an agency's two rows; '6. Overview recommendations' numbered 1.-5.; glossary"
    ),
    review=dict(
        review_id="Corrisdale DHR 2022-03",
        review_type="DHR",
        area="Corrisdale",
        doc_kind="executive_summary",
        author="Rowenna Grayling",
        victims=[{"pseudonym": "Ingrid", "age": 67}],
        date_of_death="2022-06-30",
    ),
    review_alternatives={"area": [CSP5]},
    recommendations=[
        R(
            None,
            CMH,
            "When a care coordinator leaves, the team manager should review and reallocate every case",
            ["mental_health", "risk_assessment"],
            level=AG,
        ),
        R(
            None,
            CMH,
            "Care coordinators should offer carers and family members living with a patient a separate conversation",
            ["routine_enquiry", "mental_health"],
            level=AG,
        ),
        R(
            None,
            "Corrisdale Police",
            "Officers attending an incident where the suspect is an adult child with mental illness",
            ["information_sharing", "mental_health"],
            level=AG,
        ),
        R(
            None,
            "Wendlebrook Surgery",
            "Clinicians should code concerns raised by a relative about a family member’s behaviour",
            ["record_keeping"],
            level=AG,
        ),
        R(
            None,
            "Wendlebrook Surgery",
            "The practice should ensure that letters to the mental health team about risk are followed up",
            ["information_sharing"],
            level=AG,
        ),
        R(
            None,
            "Corrisdale Council Adult Social Care",
            "Adult Social Care should offer a carer’s assessment to older parents caring for an adult child",
            ["other", "mental_health"],
            level=AG,
        ),
        R(
            "1",
            CSP5,
            "Corrisdale Safer Partnership should ensure that its domestic abuse strategy includes adult family",
            ["policy_procedure"],
        ),
        R(
            "2",
            CSP5,
            "Corrisdale Safer Partnership should seek assurance that calls to the mental health crisis line",
            ["quality_assurance", "information_sharing", "mental_health"],
        ),
        R(
            "3",
            CSP5,
            "Corrisdale Safer Partnership should commission multi-agency training on adult family violence",
            ["training", "mental_health"],
        ),
        R(
            "4",
            CSP5,
            "Corrisdale Safer Partnership should ask faith groups in Corrisdale to display information",
            ["awareness_public"],
        ),
        R(
            "5",
            "Department of Health and Social Care",
            "The Department of Health and Social Care should consider guidance on assessing risk to family members",
            ["policy_procedure", "risk_assessment", "mental_health"],
            scope="national",
        ),
    ],
    actions=[],
    chronology=[
        _c5("On 4 January 2021", "2021-01-04", "On 4 January 2021 Lucan, then 38, moved back"),
        _c5(
            "In February 2021",
            "2021-02",
            "In February 2021 Lucan stopped taking his antipsychotic medication",
        ),
        _c5("In about April 2021", "2021-04", "In about April 2021 a neighbour heard shouting"),
        _c5("On 19 May 2021", "2021-05-19", "On 19 May 2021 Ingrid told her GP that Lucan"),
        _c5(
            "Two days later", "2021-05", "Two days later the care coordinator telephoned Lucan", relative=True
        ),
        _c5(
            "In the summer of 2021",
            "2021-06",
            "In the summer of 2021 Lucan’s care coordinator left",
            end="2021-08",
        ),
        _c5("On 8 November 2021", "2021-11-08", "On 8 November 2021 police attended after Ingrid called 999"),
        _c5("Around the end of January 2022", "2022-01", "Around the end of January 2022 Ingrid attended"),
        _c5("On 14 March 2022", "2022-03-14", "On 14 March 2022 a new care coordinator visited"),
        _c5(
            "In late May 2022", "2022-05", "In late May 2022 Ingrid telephoned the mental health crisis line"
        ),
        _c5("On 30 June 2022", "2022-06-30", "On 30 June 2022 Ingrid was killed by Lucan"),
    ],
    notes=(
        "pdftotext plain. Executive summary (cover); id from 'DHR ref:'; 'Independent chair and author:' -> "
        "author; Ingrid 67 (1.1), 'Date of homicide: 30 June 2022' -> date of death (day). Recommendations: the "
        "six rows of the 'Agency | Recommendation' table (level agency, agency the Agency cell, which is merged "
        "over the two rows of the mental health trust and of Wendlebrook Surgery; unnumbered, so ref null) and "
        "the five numbered overview recommendations of section 6 (ref N, level overview, agency the body named "
        "first; 5 to the Department of Health and Social Care national, all else local). Key findings bullets, "
        "the section 5 lead-in and the glossary are not recommendations. Chronology: the 11 paragraphs of '3. "
        "Chronology' (its one-line lead-in is not an event), ref null, heading the section heading; 'On <day "
        "month year>' -> day; 'In February 2021', 'In about April 2021' (approximate), 'Around the end of "
        "January 2022', 'In late May 2022' -> month; 'In the summer of 2021' -> 2021-06 to 2021-08 (season); "
        "'Two days later' is resolved from 19 May 2021 (relative) and, as in the bundled gold, given at month "
        "precision. No action plan."
    ),
)


def main():
    # An optional folder argument writes the .json files there (a scratch copy to compare with the committed ones).
    write_gold(GOLD, HERE, sys.argv[1] if len(sys.argv) > 1 else None, family_keys="after_file")


if __name__ == "__main__":
    main()
