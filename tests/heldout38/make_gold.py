"""Hand-written gold for heldout38 (blind set). Every field below was written by hand from the documents'
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

# Targets as printed -> the date a reader files them under: "Dec-25" (a spreadsheet's month) and "October 2025"
# a month; "31.12.2025" a day.
TARGETS = {
    "Dec-25": "2025-12",
    "Mar-26": "2026-03",
    "Jan-26": "2026-01",
    "Jun-26": "2026-06",
    "Apr-26": "2026-04",
    "Oct-26": "2026-10",
    "Nov-25": "2025-11",
    "May-26": "2026-05",
    "October 2025": "2025-10",
    "March 2026": "2026-03",
    "December 2025": "2025-12",
    "April 2026": "2026-04",
    "June 2026": "2026-06",
    "November 2025": "2025-11",
    "September 2026": "2026-09",
    "December 2026": "2026-12",
    "31.12.2025": "2025-12-31",
    "30.06.2026": "2026-06-30",
    "31.03.2026": "2026-03-31",
    "31.01.2026": "2026-01-31",
    "31.07.2026": "2026-07-31",
    "30.04.2026": "2026-04-30",
    "31.05.2026": "2026-05-31",
    "30.09.2026": "2026-09-30",
}
# Each document's own key: Kinbrathie Closed / Open – in progress / Open – not commenced; Sellerby Embedded
# (finished and part of practice) / Underway / Yet to start; Penvellick Complete / In progress / Not started.
STATUS = {
    "Closed": "complete",
    "Open – in progress": "in_progress",
    "Open – not commenced": "not_started",
    "Embedded": "complete",
    "Underway": "in_progress",
    "Yet to start": "not_started",
    "Complete": "complete",
    "In progress": "in_progress",
    "Not started": "not_started",
}


def _a(ref, rec, start, lead, target, status, after=0):
    return A(ref, OV, rec, start, lead, target, TARGETS[target], status, STATUS[status], after=after)


# --------- 1. NHS Scotland SAER summary with an improvement plan
GOLD[S1] = dict(
    family="nhs_scotland_saer_improvement_plan_open_closed",
    description=(
        "Published summary of an NHS Scotland Significant Adverse Event Review after a homicide by a patient, "
        "Liberation Sans 10, 3 pages (pages 2-3 landscape), running head 'NHS Kinbrathie | SAER 2023-118 | OFFICIAL', "
        "footer 'Page N – Significant Adverse Event Review': a label/value facts table (Reference, Event category, "
        "Date of event, Service, Lead reviewer, Report approved), numbered sections, 'Areas of good practice' "
        "bullets, recommendations '1.'-'4.' as hanging paragraphs, an italic note; on the landscape pages a status "
        "key line, two paragraphs, a count table, and one plan Rec | Action | Improvement action | Action owner | "
        "Target | Status | Evidence / comment; Rec merged down; action refs '1(a)'; targets 'Dec-25'; status "
        "Closed / Open – in progress / Open – not commenced; the table runs over the page break inside "
        "recommendation 4 (its merged Rec cell split), the header repeated; a plan-owner line"
    ),
    review=dict(
        review_id="SAER 2023-118",
        review_type=None,
        area="Kinbrathie",
        doc_kind="executive_summary",
        author="Ishbel Makgoba-Reid",
        victims=[{"pseudonym": "Mr K", "age": 63}],
        date_of_death="2023-09-18",
    ),
    review_alternatives={"area": ["NHS Kinbrathie"], "author": ["Dr Ishbel Makgoba-Reid"]},
    recommendations=[
        R(
            "1",
            "Community mental health team",
            "The community mental health team should record, at every review",
            ["record_keeping", "mental_health", "risk_assessment"],
        ),
        R(
            "2",
            "Kinbrathie Health and Social Care Partnership",
            "Kinbrathie Health and Social Care Partnership should agree a written route",
            ["information_sharing", "policy_procedure", "mental_health"],
        ),
        R(
            "3",
            "Mental Health Directorate",
            "The Mental Health Directorate should check discharge letters",
            ["quality_assurance", "mental_health", "record_keeping"],
        ),
        R(
            "4",
            "NHS Kinbrathie",
            "NHS Kinbrathie should offer the families of people harmed",
            ["other"],
        ),
    ],
    actions=[
        _a(
            "1(a)",
            "1",
            "Add a required 'people living close by' field",
            "Team Leader, North CMHT",
            "Dec-25",
            "Closed",
        ),
        _a(
            "1(b)",
            "1",
            "Audit twenty community compulsion order reviews",
            "Senior Charge Nurse, North CMHT",
            "Mar-26",
            "Open – in progress",
        ),
        _a(
            "2(a)",
            "2",
            "Write the concern report route into the partnership's",
            "Head of Adult Services",
            "Jan-26",
            "Closed",
        ),
        _a(
            "2(b)",
            "2",
            "Test the route with the police concern hub over a full quarter",
            "Concern Hub Manager with Duty Senior Nurse",
            "Jun-26",
            "Open – not commenced",
        ),
        _a(
            "3(a)",
            "3",
            "Add an 'early signs' section to the inpatient discharge",
            "Clinical Director, Mental Health",
            "Apr-26",
            "Open – in progress",
        ),
        _a(
            "3(b)",
            "3",
            "Audit discharge letters from the two acute wards",
            "Lead Nurse, Quality",
            "Oct-26",
            "Open – not commenced",
        ),
        _a(
            "4(a)",
            "4",
            "Name a family liaison lead in the Patient Safety Team",
            "Patient Safety Lead",
            "Nov-25",
            "Closed",
        ),
        _a(
            "4(b)",
            "4",
            "Ask both families in this review how the new arrangement",
            "Head of Clinical Governance",
            "May-26",
            "Open – in progress",
        ),
    ],
    chronology=[],
    notes=(
        "plain pdftotext. A published SAER summary (NHS Scotland): review_type null (the schema has no type for an "
        "adverse event review), doc_kind executive_summary ('Summary report for publication'), review id 'SAER "
        "2023-118' (facts table and running head), author the lead reviewer (the review team's lead who writes the "
        "report), Mr K 63, died 18 September 2023 (the date of event; fatally injured that day), area Kinbrathie "
        "(the health board). Recommendations 1-4, numbered paragraphs; the good-practice bullets, the note and the "
        "plan-owner line are not recommendations. Actions: the eight plan rows, ref as printed '1(a)', "
        "recommendation_ref the merged Rec cell, lead the Action owner cell, targets Mon-yy -> the month; status "
        "from the key line: Closed complete, Open – in progress in_progress, Open – not commenced not_started. The "
        "count table (Actions in plan 8, Closed 3 …) is not a plan row. No chronology."
    ),
)

# --------- 2. CSP DHR plan whose action cell carries number, text, Lead and By
GOLD[S2] = dict(
    family="csp_dhr_plan_action_cell_number_lead_by_lines",
    description=(
        "A community safety partnership's DHR action plan, DejaVu Sans 10, 2 pages, running head 'Sellerby CSP – DHR "
        "'Eleni' – Action Plan', footer 'Sellerby CSP · N': an opening paragraph (victim, date, chair), 'About this "
        "plan' paragraphs, a 'Progress key' label table (Embedded / Underway / Yet to start), one three-column table "
        "Recommendation | What we will do | Progress; the Recommendation cell ('1. <text>') merged down over its "
        "actions; each What-we-will-do cell holds the bold action number '1a', the action, an italic 'Lead:' line and "
        "a 'By:' line (month and year); each Progress cell a bold status word over a note; recommendation 4's merged "
        "cell and its first action run over the page break, header repeated; a notes paragraph, a helpline box"
    ),
    review=dict(
        review_id=None,
        review_type="DHR",
        area="Sellerby",
        doc_kind="action_plan",
        author="Pieter Adeyemi-Lund",
        victims=[{"pseudonym": "Eleni", "age": 44}],
        date_of_death="2022-06-09",
    ),
    review_alternatives={"area": ["Sellerby Community Safety Partnership"]},
    recommendations=[
        R(
            "1",
            "Sellerby Community Safety Partnership",
            "Sellerby Community Safety Partnership should make sure that friends and workmates",
            ["awareness_public"],
        ),
        R(
            "2",
            "Sellerby Borough Council",
            "Sellerby Borough Council's housing service should ask about domestic abuse",
            ["routine_enquiry", "other"],
        ),
        R(
            "3",
            "Sellerby GP practices",
            "Sellerby GP practices should be offered a named domestic abuse adviser",
            ["specialist_support", "routine_enquiry"],
        ),
        R(
            "4",
            "Sellerby Community Safety Partnership",
            "Sellerby Community Safety Partnership should check, a year after this plan",
            ["quality_assurance"],
        ),
    ],
    actions=[
        _a(
            "1a",
            "1",
            "Produce a one-page guide for employers",
            "Partnership Manager",
            "October 2025",
            "Embedded",
        ),
        _a(
            "1b",
            "1",
            "Run a workplace awareness week with the Chamber",
            "Domestic Abuse Coordinator",
            "March 2026",
            "Underway",
        ),
        _a(
            "2a",
            "2",
            "Add a routine question to the tenancy change form",
            "Tenancy Services Manager",
            "December 2025",
            "Embedded",
        ),
        _a(
            "2b",
            "2",
            "Train tenancy officers in asking the question safely",
            "Housing Learning Lead",
            "April 2026",
            "Underway",
        ),
        _a(
            "3a",
            "3",
            "Agree funding for an adviser post with the integrated",
            "Head of Community Safety",
            "June 2026",
            "Yet to start",
        ),
        _a(
            "3b",
            "3",
            "Send practice managers a short briefing on the learning",
            "Named GP for Safeguarding",
            "November 2025",
            "Embedded",
        ),
        _a(
            "4a",
            "4",
            "Ask survivors' forum members what has changed",
            "Domestic Abuse Coordinator",
            "September 2026",
            "Yet to start",
        ),
        _a(
            "4b",
            "4",
            "Report the results of the audit and forum session",
            "Partnership Manager",
            "December 2026",
            "Yet to start",
        ),
    ],
    chronology=[],
    notes=(
        "plain pdftotext (in which a cell's Lead/By lines and the Progress cell interleave). A DHR action plan: "
        "review_type DHR, doc_kind action_plan, no review id, author the chair who wrote the overview report (the "
        "opening paragraph), Eleni 44, killed 9 June 2022, area Sellerby. Recommendations 1-4: the merged "
        "Recommendation cells, ref the number before the dot. Actions: one per What-we-will-do cell, ref the bold "
        "number ('1a'), lead the 'Lead:' line, target the 'By:' line (month), status the Progress cell's first word "
        "(Embedded complete, Underway in_progress, Yet to start not_started, from the key); the note under it is "
        "progress, not status. The progress key, the notes paragraph (which names actions 1a, 2a, 3b) and the "
        "helpline box are not records. No chronology."
    ),
)

# --------- 3. DHR executive summary with a spreadsheet-export chronology
GOLD[S3] = dict(
    family="dhr_exec_summary_spreadsheet_chronology_side_number_recs",
    description=(
        "DHR executive summary, Liberation Serif 11, 2 pages, running head 'OFFICIAL – SENSITIVE (until "
        "publication)', footer 'DHR ‘Tomas’ | page N': numbered section headings; a chronology table Date | Time | "
        "Agency | Event | Sig. as exported from a spreadsheet: dates 'dd-Mon-yy' ('03-Feb-20') and one month-only "
        "'Mar-20', 24-hour times or '—', a significance letter H/M/L, an italic key below; analysis; four "
        "recommendations in a borderless two-column layout table, the number alone in a large bold left cell, the "
        "fourth on page 2; equality and learning paragraphs (not recommendations)"
    ),
    review=dict(
        review_id=None,
        review_type="DHR",
        area="Ousecombe",
        doc_kind="executive_summary",
        author="Benedikt Owusu-Harrow",
        victims=[{"pseudonym": "Tomas", "age": 78}],
        date_of_death="2021-11-27",
    ),
    review_alternatives={"area": ["Ousecombe Community Safety Partnership"]},
    recommendations=[
        R(
            "1",
            "Ousecombe Community Safety Partnership",
            "Ousecombe Community Safety Partnership should publish guidance on abuse",
            ["policy_procedure", "awareness_public"],
        ),
        R(
            "2",
            "Police",
            "Police officers attending a report of shouting between adult family",
            ["record_keeping", "risk_assessment", "routine_enquiry"],
        ),
        R(
            "3",
            "Emergency Department",
            "Emergency Department staff should ask a routine question about safety",
            ["routine_enquiry"],
        ),
        R(
            "4",
            "Adult Social Care",
            "Adult Social Care should offer a carer's assessment again",
            ["other"],
        ),
    ],
    actions=[],
    chronology=[
        C(None, None, "03-Feb-20", "2020-02-03", "Tomas saw his GP about poor sleep"),
        C(None, None, "Mar-20", "2020-03", "The son's own tenancy was ended for rent arrears"),
        C(None, None, "17-Aug-20", "2020-08-17", "Neighbours reported shouting. Officers spoke to both men"),
        C(None, None, "18-Aug-20", "2020-08-18", "The risk assessment from the night before was graded"),
        C(None, None, "05-Jan-21", "2021-01-05", "Tomas turned down a carer's assessment"),
        C(None, None, "22-Jun-21", "2021-06-22", "Tomas came in with a cut hand"),
        C(None, None, "27-Nov-21", "2021-11-27", "Crews found Tomas badly injured at home"),
    ],
    notes=(
        "plain pdftotext (the chair's hyphenated surname is joined over the line end, 'OwusuHarrow'). A DHR "
        "executive summary: review_type DHR, no review id, author the independent chair who wrote it, Tomas 78, "
        "killed 27 November 2021, area Ousecombe. Recommendations 1-4 from the layout table, ref the number in the "
        "left cell; 4 is on page 2. The learning and equality paragraphs are not recommendations. Chronology: the "
        "seven table rows, date_raw the Date cell as printed, 'dd-Mon-yy' -> the day, 'Mar-20' -> the month (the key "
        "says a month without a day means only the month is recorded); the Time and Sig. cells are not part of the "
        "date or the text. 'Night before' in the 18-Aug-20 row is narrative, the row's own date is absolute."
    ),
)

# --------- 4. CSPR with a case-recording system chronology (ISO dates)
GOLD[S4] = dict(
    family="cspr_iso_date_case_record_chronology_hash_recs",
    description=(
        "CSPR report, URW Bookman 9.5, 2 pages, running head 'Published version', footer 'Tallowford SCP | CSPR Poppy "
        "| N': title, partnership, italic lead-reviewer line, numbered section headings; a key-episodes table Date | "
        "Entry type | Agency | Summary with ISO dates ('2021-01-19'), one month-only '2021-06 (day not recorded)', "
        "running over the page break with the header repeated; a shaded 'Learning for practice' box with three "
        "bullets (not recommendations); recommendations '#1'-'#3' as hanging paragraphs; a closing italic line"
    ),
    review=dict(
        review_id=None,
        review_type="SCR",
        area="Tallowford",
        doc_kind="overview_report",
        author="Annunziata Kowalczyk-Obi",
        victims=[{"pseudonym": "Poppy", "age": 1}],
        date_of_death="2022-12-08",
    ),
    review_alternatives={"area": ["Tallowford Safeguarding Children Partnership"]},
    recommendations=[
        R(
            "1",
            "Tallowford Safeguarding Children Partnership",
            "Tallowford Safeguarding Children Partnership should ask the three safeguarding partners",
            ["quality_assurance", "children", "risk_assessment"],
        ),
        R(
            "2",
            "Children's Social Care",
            "Children's Social Care should not close a single assessment",
            ["information_sharing", "children", "risk_assessment"],
        ),
        R(
            "3",
            "Tallowford Safeguarding Children Partnership",
            "The partnership should audit child protection medicals for bruising",
            ["quality_assurance", "children"],
        ),
    ],
    actions=[],
    chronology=[
        C(None, None, "2021-01-19", "2021-01-19", "New birth visit. Poppy and her mother were"),
        C(
            None,
            None,
            "2021-03-02",
            "2021-03-02",
            "The health visitor referred after Poppy's mother disclosed",
        ),
        C(None, None, "2021-03-09", "2021-03-09", "A single assessment found no role for social care"),
        C(
            None,
            None,
            "2021-06 (day not recorded)",
            "2021-06",
            "A neighbour called about a man shouting outside",
        ),
        C(None, None, "2021-11-23", "2021-11-23", "Poppy was brought for her immunisations by her"),
        C(None, None, "2022-04-14", "2022-04-14", "The family moved to a flat of their own"),
        C(None, None, "2022-08-30", "2022-08-30", "After a bruise to Poppy's cheek was seen at nursery"),
        C(None, None, "2022-09-01", "2022-09-01", "The paediatrician found the bruise consistent"),
        C(None, None, "2022-09-14", "2022-09-14", "The Early Help worker visited; the partner answered"),
        C(None, None, "2022-10-05", "2022-10-05", "The Early Help plan was reviewed. The mother attended"),
        C(None, None, "2022-11-17", "2022-11-17", "Poppy's mother booked an appointment for Poppy for a"),
        C(None, None, "2022-12-08", "2022-12-08", "Poppy was taken to hospital unresponsive"),
    ],
    notes=(
        "plain pdftotext. A local CSPR: review_type SCR (the schema's type for child reviews), doc_kind "
        "overview_report, no review id, author the lead reviewer, Poppy aged 23 months -> age 1, died 8 December "
        "2022, area Tallowford. Recommendations '#1'-'#3', ref the number without '#'; #3's 'The partnership' is the "
        "Tallowford SCP. The Learning for practice bullets are not recommendations. Chronology: the twelve table "
        "rows, date_raw the Date cell as printed; '2021-06 (day not recorded)' -> the month; the Entry type cell "
        "('Contact', 'Referral' …) is neither date nor text. Rows 2022-11-17 and 2022-12-08 follow the page break "
        "under the repeated header."
    ),
)

# --------- 5. SAR response plan: one label table per recommendation, lettered actions and statuses
PEN_RECS = (
    (
        "1",
        "Penvellick Adult Social Care",
        "Penvellick Adult Social Care should make sure that a person who declines",
    ),
    (
        "2",
        "Penvellick Community Health Services",
        "Penvellick Community Health Services should record the reasons",
    ),
    ("3", "Penvellick Safeguarding Adults Board", "Penvellick Safeguarding Adults Board should ask the fire"),
    (
        "4",
        "Penvellick Safeguarding Adults Board",
        "Penvellick Safeguarding Adults Board should find out whether",
    ),
)
PEN_THEMES = (
    ["risk_assessment", "other"],
    ["record_keeping"],
    ["multi_agency_working"],
    ["awareness_public", "quality_assurance"],
)
GOLD[S5] = dict(
    family="sar_plan_label_table_per_rec_lettered_actions_and_statuses",
    description=(
        "A SAB's SAR response plan, Nimbus Mono PS 9.5, 2 pages, running head 'PENVELLICK SAB   SAR 'Mr J'   RESPONSE "
        "PLAN', footer '- N -': an opening paragraph (victim, date, reviewer), a background section, then one "
        "two-column label table per recommendation, rows 'Recommendation N' (shaded, the text beside it) | Lead "
        "agency | Lead officer | Actions ('(a) …', '(b) …' in one cell) | Target dates ('(a) 31.12.2025' in one "
        "cell) | 'Update, January 2026' ('(a) Complete – <note>' in one cell); recommendation 3's table runs over "
        "the page break; a statuses line and a contact line"
    ),
    review=dict(
        review_id=None,
        review_type="SAR",
        area="Penvellick",
        doc_kind="action_plan",
        author="Caradoc Flint-Amadi",
        victims=[{"pseudonym": "Mr J", "age": 71}],
        date_of_death="2024-02-02",
    ),
    review_alternatives={"area": ["Penvellick Safeguarding Adults Board"]},
    recommendations=[R(n, ag, start, th) for (n, ag, start), th in zip(PEN_RECS, PEN_THEMES)],
    actions=[
        _a(
            "a",
            "1",
            "Add a seven-day follow-up visit to the discharge pathway",
            "Penvellick Adult Social Care",
            "31.12.2025",
            "Complete",
        ),
        _a(
            "b",
            "1",
            "Audit follow-up visits for the first three months",
            "Penvellick Adult Social Care",
            "30.06.2026",
            "In progress",
        ),
        _a(
            "a",
            "2",
            "Change the district nursing record so that a second",
            "Penvellick Community Health Services",
            "31.03.2026",
            "In progress",
        ),
        _a(
            "b",
            "2",
            "Share a briefing on self-neglect and refused visits",
            "Penvellick Community Health Services",
            "31.01.2026",
            "Complete",
        ),
        _a(
            "c",
            "2",
            "Hold a case discussion session on refused care",
            "Penvellick Community Health Services",
            "31.07.2026",
            "Not started",
        ),
        _a(
            "a",
            "3",
            "Invite the fire and rescue service to the panel",
            "Penvellick Safeguarding Adults Board",
            "30.04.2026",
            "Not started",
        ),
        _a(
            "a",
            "4",
            "Run a short survey with the carers' centre",
            "Penvellick Safeguarding Adults Board",
            "31.05.2026",
            "In progress",
        ),
        _a(
            "b",
            "4",
            "Publish a plain-language leaflet on self-neglect",
            "Penvellick Safeguarding Adults Board",
            "30.09.2026",
            "Not started",
        ),
    ],
    chronology=[],
    notes=(
        "plain pdftotext. A SAR response plan: review_type SAR, doc_kind action_plan, no review id, author the "
        "independent reviewer, Mr J 71, died 2 February 2024, area Penvellick. Recommendations 1-4: the text beside "
        "each 'Recommendation N' label, agency the Lead agency row. Actions: one per lettered line of the Actions "
        "cell, ref the letter as printed without brackets, recommendation_ref the table's number; lead the Lead "
        "agency row (the Lead officer row names the post within it); target the same letter's line of the Target "
        "dates cell (dd.mm.yyyy -> the day); status the word before the dash on the same letter's line of the "
        "Update cell (Complete / In progress / Not started, as the statuses line says); the text after the dash is "
        "progress. The dates inside progress notes ('10.11.2025') are not targets. No chronology."
    ),
)


def main():
    write_gold(GOLD, HERE, sys.argv[1] if len(sys.argv) > 1 else None, family_keys="after_file")


if __name__ == "__main__":
    main()
