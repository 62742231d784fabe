"""Hand-written gold for heldout25 (blind set). Every field below was written by hand from the documents'
meaning; only each record's `line` is looked up in the .txt (first line holding the start of text_start /
action_start). Run once to write <stem>.json.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/: gold_lines, the line look-up and writer every blind set shares

from gold_lines import A, C, R, write_gold  # noqa: E402

GOLD = {}
OV = "overview"

# --------- 1. MAPPA Serious Case Review published summary (Times New Roman 11)
S1 = "mappa_scr_dotted_date_chron_auto_numbered_recs_action_form_tables_tnr_hobbenfield"
MAPPA = {"Achieved": "complete", "Partially achieved": "in_progress", "Not yet started": "not_started"}


def _m(ref, rec, start, lead, raw, iso, word):
    return A(ref, OV, rec, start, lead, raw, iso, word, MAPPA[word])


GOLD[S1] = dict(
    family="mappa_scr_dotted_date_chron_auto_numbered_recs_action_form_tables",
    description=(
        "MAPPA Serious Case Review published summary set in Times New Roman 11 (Liberation Serif), 3 pages: "
        "title lines, a label / value box (SCR number, MAPPA category, further offence, reviewer, lay adviser), "
        "numbered sections, an agency bullet list, '5. Chronology of events' of six paragraphs each opening "
        "with a bold dd.mm.yyyy date and a tab (hanging indent), findings, learning-point bullets, four "
        "recommendations in Word's own list numbering ('1.'-'4.' live in numbering.xml, not in the text), and "
        "'8. Action plan' printed as one two-column form table per action: 'Action N:' | action, "
        "'Recommendation:' | number, 'How will it be taken forward?', 'By whom? (Grade, rank, role):', "
        "'Timescale (include dates):' ('By 31 December 2024'), 'Position, April 2025:' (Achieved / Partially "
        "achieved / Not yet started); a label wrapped over two lines ('By whom? (Grade, rank, / role):')"
    ),
    review=dict(
        review_id="HB/SCR/03",
        review_type=None,
        area="Hobbenfield",
        doc_kind="executive_summary",
        author="Perdita Granger-Pask",
        victims=[{"pseudonym": "Wilmarth", "age": 44}],
        date_of_death="2023-08-09",
    ),
    review_alternatives={"area": ["Hobbenfield MAPPA Strategic Management Board"]},
    recommendations=[
        R(
            "1",
            "Hobbenfield MAPPA Strategic Management Board",
            "The Strategic Management Board should require that any planned move from Approved Premises",
            ["multi_agency_working", "policy_procedure"],
        ),
        R(
            "2",
            "Hobbenfield Constabulary",
            "Hobbenfield Constabulary should make sure a police representative with knowledge of the case",
            ["multi_agency_working", "information_sharing"],
        ),
        R(
            "3",
            "Probation Service",
            "The Probation Service should agree an information-sharing protocol with supported housing",
            ["information_sharing"],
        ),
        R(
            "4",
            "MAPPA Co-ordinator",
            "The MAPPA Co-ordinator should audit decisions to reduce a level of management",
            ["quality_assurance", "risk_assessment"],
        ),
    ],
    actions=[
        _m(
            "1",
            "1",
            "Amend the MAPPA move-on procedure so that any move from Approved Premises",
            "Head of Public Protection, Probation Service",
            "By 31 December 2024",
            "2024-12-31",
            "Achieved",
        ),
        _m(
            "2",
            "2",
            "Issue an attendance standard for police representatives at Level 2 and 3",
            "Detective Chief Inspector, Public Protection",
            "By 30 September 2024",
            "2024-09-30",
            "Achieved",
        ),
        _m(
            "3",
            "3",
            "Draft and sign an information-sharing protocol with the three supported",
            "Senior Probation Officer, Hobbenfield and Carrow Delivery Unit",
            "By 31 March 2025",
            "2025-03-31",
            "Partially achieved",
        ),
        _m(
            "4",
            "3",
            "Train hostel staff on what to report to probation and how quickly",
            "Approved Premises Manager",
            "By 30 June 2025",
            "2025-06-30",
            "Not yet started",
        ),
        _m(
            "5",
            "4",
            "Audit a sample of level reductions and report the findings to the Board",
            "MAPPA Co-ordinator",
            "By 31 October 2025",
            "2025-10-31",
            "Partially achieved",
        ),
    ],
    chronology=[
        C(None, None, "14.01.2022", "2022-01-14", "Offender H released from HMP Carrowmoor on licence"),
        C(None, None, "02.02.2022", "2022-02-02", "First Level 2 meeting. Risk of serious harm"),
        C(
            None,
            None,
            "27.06.2022",
            "2022-06-27",
            "Moved on from the Approved Premises to the Sutherby Road hostel",
        ),
        C(None, None, "11.10.2022", "2022-10-11", "Hostel staff report an argument between Offender H"),
        C(
            None,
            None,
            "30.03.2023",
            "2023-03-30",
            "Level 2 review meeting; the police representative was absent",
        ),
        C(None, None, "09.08.2023", "2023-08-09", "Wilmarth found seriously injured in his room"),
    ],
    notes=(
        "pdftotext plain. A MAPPA Serious Case Review (a review of multi-agency offender management after a "
        "further serious offence): review_type null (not a children's SCR, DHR or SAR); doc_kind "
        "executive_summary ('Published summary'); id 'SCR number'; author the 'Reviewer' row; victim Wilmarth "
        "(44, named in the 'Further offence' row), died 9 August 2023 (the murder date; 'died later that "
        "day'); area Hobbenfield (the MAPPA area). Recommendations: the four auto-numbered items after 'The "
        "review makes four recommendations' (refs 1-4 as Word numbers them), level overview, agency the "
        "addressee (the Strategic Management Board -> Hobbenfield MAPPA Strategic Management Board), all "
        "local. Learning-point bullets are not recommendations. Actions: the five form tables; ref the "
        "'Action N:' number, recommendation_ref the 'Recommendation:' row, action the text beside 'Action N:' "
        "(the 'How will it be taken forward?' row is detail, not the action), lead 'By whom?', target "
        "'Timescale' ('By <date>' -> that day), status the 'Position, April 2025' row: Achieved -> complete, "
        "Partially achieved -> in_progress, Not yet started -> not_started. Chronology: the six dated "
        "paragraphs of section 5 (dd.mm.yyyy -> day); the 'Further offence' row is not an event."
    ),
)

# --------- 2. NHS trust action plan after an independent mental health homicide investigation (Arial 10)
S2 = "nhs_trust_mh_homicide_plan_rec_blocks_numbered_actions_dates_progress_in_cells_arial_tregallow"
TRUST = "Tregallow Mental Health NHS Foundation Trust"


def _t(ref, rec, start, lead, raw, iso, word, value):
    return A(ref, OV, rec, start, lead, raw, iso, word, value)


GOLD[S2] = dict(
    family="nhs_trust_mh_homicide_plan_rec_blocks_numbered_actions_dates_progress_in_cells",
    description=(
        "NHS mental health trust's action plan answering an independent (NHS England) mental health homicide "
        "investigation, set in Arial 10 (Liberation Sans), 2 pages: title lines, a label / value box, a "
        "lead-in saying the plan keeps the report's recommendation numbers and leaves out 2 and 5 (made to "
        "the ICB), then one 'Recommendation N' heading (1, 3, 4) per block, each a two-column label / value "
        "table: Issue identified (the recommendation) | Actions to be taken ('1. …' '2. …' numbered inside the "
        "cell) | Person responsible | Target completion date (numbered dates, '1. 30 September 2024', the "
        "label wrapped 'Target completion / date') | Evidence to be provided | Progress to date ('1. Complete "
        "– …', '2. In progress – …', '3. Not started – …'); recommendation 4's block split by the page break "
        "between its first and second action"
    ),
    review=dict(
        review_id=None,
        review_type=None,
        area=None,
        doc_kind="action_plan",
        author=None,
        victims=[{"pseudonym": "Ferdinand", "age": None}],
        date_of_death=None,
    ),
    recommendations=[
        R(
            "1",
            TRUST,
            "The Trust should make sure that when a patient is discharged from the community",
            ["mental_health", "risk_assessment"],
        ),
        R(
            "3",
            TRUST,
            "The Trust should review how carers and family members are told about a patient's risk",
            ["information_sharing", "mental_health"],
        ),
        R(
            "4",
            TRUST,
            "The Trust should strengthen its assessment of risk to others where a patient stops",
            ["risk_assessment", "mental_health", "multi_agency_working"],
        ),
    ],
    actions=[
        _t(
            "1",
            "1",
            "Add a relapse signature section to the discharge letter template",
            "Associate Director of Nursing, Community Services",
            "30 September 2024",
            "2024-09-30",
            "Complete – template live from 16/09/2024.",
            "complete",
        ),
        _t(
            "2",
            "1",
            "Audit twenty discharge letters each quarter against the new template",
            "Associate Director of Nursing, Community Services",
            "31 March 2025",
            "2025-03-31",
            "In progress – first audit found 14 of 20 letters compliant.",
            "in_progress",
        ),
        _t(
            "1",
            "3",
            "Publish a carers' information-sharing guide for staff",
            "Head of Patient and Carer Experience",
            "31 December 2024",
            "2024-12-31",
            "Complete – guide published 05/12/2024",
            "complete",
        ),
        _t(
            "1",
            "4",
            "Revise the clinical risk assessment policy to prompt a review when medication",
            "Deputy Medical Director",
            "31 October 2024",
            "2024-10-31",
            "Complete – policy ratified 22/10/2024.",
            "complete",
        ),
        _t(
            "2",
            "4",
            "Train community team staff on the revised policy",
            "Deputy Medical Director",
            "28 February 2025",
            "2025-02-28",
            "In progress – 61% of staff trained.",
            "in_progress",
        ),
        _t(
            "3",
            "4",
            "Agree with the local medical committee how GPs are told of a missed depot",
            "Deputy Medical Director",
            "30 June 2025",
            "2025-06-30",
            "Not started – first meeting booked for March 2025.",
            "not_started",
        ),
    ],
    chronology=[],
    notes=(
        "pdftotext -layout. A trust's action plan after an NHS England independent investigation into a "
        "homicide by a mental health patient: review_type null (no contract type fits); doc_kind action_plan; "
        "no review id, author or area printed (the trust is not a commissioning area; null); victim Ferdinand "
        "(no age, killed 'in 2022': date_of_death null). Recommendations: the three 'Issue identified' cells, "
        "ref the number of the 'Recommendation N' heading above the block (1, 3, 4 as printed: 2 and 5 are "
        "not in this plan), level overview, agency the trust ('The Trust'), local. Actions: each numbered "
        "item of 'Actions to be taken' is one action (six); ref its printed number within the block (1, 2, 3 "
        "restarting per block), recommendation_ref the block's number, lead 'Person responsible' (one per "
        "block, shared by its actions), target the same-numbered item of 'Target completion date', status "
        "the same-numbered item of 'Progress to date': Complete -> complete, In progress -> in_progress, Not "
        "started -> not_started. Evidence is not an action. No chronology."
    ),
)

# --------- 3. Scottish domestic homicide and suicide review summary (Calibri 11)
S3 = "scot_dhsr_summary_when_what_services_chron_table_rec_table_for_col_calibri_inverdarroch"
GOLD[S3] = dict(
    family="scot_dhsr_summary_when_what_services_chron_table_rec_table_for_col",
    description=(
        "Scottish Domestic Homicide and Suicide Review summary report set in Calibri 11 (Carlito), 2 pages: "
        "title lines, a label / value box (review number, Case Review Panel, lead reviewer, death), 'About "
        "this review', a 'What happened' table When | What happened | Services involved of seven rows "
        "('August 2020', 'Early 2021', '14 May 2021', 'Summer 2022' …), 'What we found' bullets, then "
        "'Recommendations' a lead-in and a table No. | Recommendation | For (1-5, the addressee in the last "
        "column, one to the Scottish Government), a closing italic line"
    ),
    review=dict(
        review_id="DHSR-IG-2024-02",
        review_type="DHR",
        area="Inverdarroch and Glenmure",
        doc_kind="executive_summary",
        author="Ishbel Velloway",
        victims=[{"pseudonym": "Morven", "age": 38}],
        date_of_death="2023-01-21",
    ),
    review_alternatives={"area": ["Inverdarroch and Glenmure Case Review Panel", "Inverdarroch"]},
    recommendations=[
        R(
            "1",
            "Inverdarroch Health and Social Care Partnership",
            "GP practices in Inverdarroch should ask patients who present with anxiety",
            ["routine_enquiry"],
        ),
        R(
            "2",
            "Police Scotland, Inverdarroch Division",
            "Police Scotland's local division should review repeat calls to the same address",
            ["multi_agency_working", "risk_assessment"],
        ),
        R(
            "3",
            "NHS Inverdarroch",
            "The emergency department should use routine enquiry about domestic abuse",
            ["routine_enquiry"],
        ),
        R(
            "4",
            "Scottish Government",
            "The Scottish Government should consider how victims of domestic abuse are kept",
            ["policy_procedure", "specialist_support"],
            scope="national",
        ),
        R(
            "5",
            "Inverdarroch Violence Against Women Partnership",
            "The Inverdarroch Violence Against Women Partnership should include suicide risk",
            ["training", "mental_health"],
        ),
    ],
    actions=[],
    chronology=[
        C(None, None, "August 2020", "2020-08", "Morven told her GP she was not sleeping"),
        C(None, None, "Early 2021", "2021", "Neighbours called the police twice about shouting"),
        C(
            None,
            None,
            "14 May 2021",
            "2021-05-14",
            "Morven attended the emergency department with a wrist injury",
        ),
        C(None, None, "September 2021", "2021-09", "Morven left Mr D and moved to her mother's home"),
        C(None, None, "Summer 2022", "2022", "Mr D sent repeated messages and turned up at Morven's work"),
        C(None, None, "10 January 2023", "2023-01-10", "The trial was adjourned for the third time"),
        C(None, None, "21 January 2023", "2023-01-21", "Morven was found dead at her mother's home"),
    ],
    notes=(
        "pdftotext plain. Scotland's domestic homicide and suicide review (the Scottish DHR model): "
        "review_type DHR; doc_kind executive_summary ('Summary report'); id 'Review number'; author 'Lead "
        "reviewer'; victim Morven, 38, died 21 January 2023; area the panel's area (Inverdarroch and "
        "Glenmure). Recommendations: the five rows of the No. | Recommendation | For table, ref the No. cell, "
        "level overview, agency the For cell, scope national for the Scottish Government, local for the rest "
        "(Police Scotland's local division acting locally). 'What we found' bullets are not recommendations. "
        "No action plan. Chronology: the seven rows of 'What happened', date from the When cell ('August "
        "2020' -> month; 'Early 2021' and 'Summer 2022' -> year, approximate / season; day dates -> day); the "
        "Services involved cell is the agencies, not the text."
    ),
)

# --------- 4. Welsh Single Unified Safeguarding Review (Liberation Sans 10)
S4 = "wales_susr_episode_table_titled_dotted_recs_plan_two_row_header_rag_letters_liberation_pontyrhewl"
RAG = {"C": "complete", "G": "in_progress", "A": "in_progress", "R": "not_started"}
CPCC = "Cwm Pontyrhewl County Council"


def _w(rec, start, lead, raw, iso, letter):
    return A(None, OV, rec, start, lead, raw, iso, letter, RAG[letter])


GOLD[S4] = dict(
    family="wales_susr_episode_table_titled_dotted_recs_plan_two_row_header_rag_letters",
    description=(
        "Welsh Single Unified Safeguarding Review report set in Liberation Sans 10, 2 pages (the plan page "
        "landscape): title lines, a reference / reviewers line, '1. Key practice episodes' a Period | Episode "
        "table of five rows with ranges ('March – May 2022', 'January – April 2023'), '2. Learning', '3. "
        "Recommendations' in two titled groups ('3.1 Carers at risk', '3.2 Abuse by adult family members') of "
        "three-level refs '3.1.1'-'3.2.2' with a tab and hanging indent; '4. Action plan' under a RAG key line "
        "(C completed, G on track, A at risk of delay, R not started), a two-row header: Ref | Recommendation | "
        "Action | Owner | Timescale merged down over both rows and 'Progress (March 2025)' merged across "
        "'Update' | 'RAG'; Ref and Recommendation merged over 1-2 actions, dd/mm/yyyy timescales, shaded RAG "
        "letters, one empty Update cell"
    ),
    review=dict(
        review_id="SUSR 2023/04",
        review_type="joint",
        area="Cwm Pontyrhewl",
        doc_kind="overview_report",
        author="Idris Pencarreg-Rees",
        victims=[{"pseudonym": "Rhosyn", "age": 52}],
        date_of_death="2023-06-17",
    ),
    review_alternatives={
        "area": ["Cwm Pontyrhewl Regional Safeguarding Board"],
        "review_type": ["DHR"],
        "author": ["Idris Pencarreg-Rees and Angharad Tovey"],
    },
    recommendations=[
        R(
            "3.1.1",
            CPCC,
            "Cwm Pontyrhewl County Council adult services should offer a carer's assessment",
            ["risk_assessment", "mental_health"],
            aliases=["Offer a carer's assessment, with a safety question, on discharge"],
        ),
        R(
            "3.1.2",
            CPCC,
            "Adult services should treat a carer's report of fear of the person they care for",
            ["policy_procedure"],
            aliases=["Treat a carer's fear of the cared-for person as a safeguarding concern"],
        ),
        R(
            "3.2.1",
            "Dyfed-Pontyrhewl Police",
            "Dyfed-Pontyrhewl Police should review how officers assess risk",
            ["risk_assessment"],
            aliases=["Review police risk assessment where the suspect is the victim's"],
        ),
        R(
            "3.2.2",
            "Cwm Pontyrhewl Regional Safeguarding Board",
            "The Regional Safeguarding Board should run a learning campaign for primary care",
            ["training", "awareness_public"],
            aliases=["Run a learning campaign for primary care on abuse of parents"],
        ),
    ],
    actions=[
        _w(
            "3.1.1",
            "Add the safety question to the carer's assessment form",
            "Head of Adult Services",
            "31/12/2024",
            "2024-12-31",
            "C",
        ),
        _w(
            "3.1.1",
            "Add a carer's assessment prompt to the mental health discharge checklist",
            "Service Manager, CMHT",
            "31/03/2025",
            "2025-03-31",
            "A",
        ),
        _w(
            "3.1.2",
            "Revise the front-door screening guidance and brief duty staff",
            "Principal Social Worker",
            "30/09/2024",
            "2024-09-30",
            "C",
        ),
        _w(
            "3.2.1",
            "Dip-sample 50 adult family violence cases and report to the force's DA board",
            "Detective Superintendent, Public Protection",
            "30/06/2025",
            "2025-06-30",
            "G",
        ),
        _w(
            "3.2.1",
            "Include adult family violence in the next round of risk assessment training",
            "Learning and Development Lead",
            "30/09/2025",
            "2025-09-30",
            "R",
        ),
        _w(
            "3.2.2",
            "Produce a seven-minute briefing and present it at GP cluster meetings",
            "Board Business Manager",
            "31/05/2025",
            "2025-05-31",
            "G",
        ),
    ],
    chronology=[
        C(
            None,
            None,
            "March – May 2022",
            "2022-03",
            "Rhosyn's son was assessed by the community mental health team",
            date_end="2022-05",
        ),
        C(None, None, "September 2022", "2022-09", "Rhosyn rang adult services to say she was frightened"),
        C(
            None,
            None,
            "January – April 2023",
            "2023-01",
            "Three police attendances at the family home",
            date_end="2023-04",
        ),
        C(
            None,
            None,
            "2 May 2023",
            "2023-05-02",
            "Rhosyn told her practice nurse that her son had pushed her",
        ),
        C(None, None, "17 June 2023", "2023-06-17", "Rhosyn was killed at home"),
    ],
    notes=(
        "LibreOffice text export of the .docx (soffice --convert-to 'txt:Text (encoded):UTF8'): one line per "
        "paragraph and per table cell, no page breaks. A Welsh Single Unified Safeguarding Review meeting the "
        "DHR and Adult Practice Review criteria: review_type joint (DHR accepted); doc_kind overview_report; "
        "id 'Review reference'; author the first of the two reviewers (both accepted); victim Rhosyn, 52, "
        "killed 17 June 2023; area Cwm Pontyrhewl (the regional board's area). Recommendations: the four "
        "three-level items 3.1.1-3.2.2 (ref as printed; the group lines '3.1 Carers at risk' are titles of "
        "groups, not recommendations), level overview, agency the addressee ('Adult services' -> the county "
        "council; 'The Regional Safeguarding Board' -> the board), all local; the plan's merged "
        "Recommendation cells are shortened restatements (aliases). Actions: the six Action cells, ref null, "
        "recommendation_ref the Ref cell, lead Owner, target Timescale (dd/mm/yyyy -> day), status the RAG "
        "letter: C -> complete, G and A -> in_progress, R -> not_started. The two header rows and the RAG key "
        "are not records. Chronology: the five Period | Episode rows; a range gives date its first month and "
        "date_end its last."
    ),
)

# --------- 5. DHR action tracker (Calibri 9, landscape)
S5 = "dhr_tracker_rec_col_after_no_start_end_dates_open_closed_unrepeated_header_calibri_ashbrindle"
SAP = "Safer Ashbrindle Partnership"
OC = {"Closed": "complete", "Open": "in_progress"}


def _d(ref, start, lead, raw, iso, word):
    return A(ref, OV, ref.split(".")[0], start, lead, raw, iso, word, OC[word])


GOLD[S5] = dict(
    family="dhr_tracker_rec_col_after_no_start_end_dates_open_closed_unrepeated_header",
    description=(
        "Community safety partnership's DHR action tracker set in Calibri 9 (Carlito), landscape, 2 pages: "
        "title lines, a lead-in explaining the numbering and the Open / Closed status, 'Recommendations' five "
        "'Rec N' items (bold label, tab, hanging indent), then 'Action tracker' one table No. | Rec | Action | "
        "Owner | Start date | End date | Open / Closed | Comments, action numbers 1.1-5.1, the Rec column "
        "repeating 'Rec N' on every row, dd/mm/yyyy start and end dates, 'TBC', the header ('Open / Closed' "
        "wrapped) not repeated and the last row's second action line alone at the top of page 2"
    ),
    review=dict(
        review_id=None,
        review_type="DHR",
        area="Ashbrindle",
        doc_kind="action_plan",
        author=None,
        victims=[{"pseudonym": "Ludovic", "age": 71}],
        date_of_death=None,
    ),
    review_alternatives={"area": [SAP]},
    recommendations=[
        R(
            "1",
            SAP,
            "Safer Ashbrindle Partnership should make sure that domestic abuse training",
            ["training"],
        ),
        R(
            "2",
            "Ashbrindle Borough Council Adult Social Care",
            "Ashbrindle Borough Council Adult Social Care should record the views of the older person",
            ["record_keeping"],
        ),
        R(
            "3",
            "Ashbrindle Police",
            "Ashbrindle Police should flag addresses where an older person lives",
            ["risk_assessment", "record_keeping"],
        ),
        R(
            "4",
            "Ashbrindle and Tresk NHS Trust",
            "Ashbrindle and Tresk NHS Trust should make sure that falls clinics ask how an injury happened",
            ["routine_enquiry", "record_keeping"],
        ),
        R(
            "5",
            SAP,
            "The Partnership should share this review's learning with the region's other",
            ["multi_agency_working"],
        ),
    ],
    actions=[
        _d(
            "1.1",
            "Add a module on abuse of older people by family members",
            "DA Training Co-ordinator",
            "30/09/2023",
            "2023-09-30",
            "Closed",
        ),
        _d(
            "1.2",
            "Ask each partner to confirm its own DA training covers",
            "Community Safety Manager",
            "31/03/2024",
            "2024-03-31",
            "Closed",
        ),
        _d(
            "2.1",
            "Change the care needs assessment form so the person's own views",
            "Principal Occupational Therapist",
            "31/01/2024",
            "2024-01-31",
            "Closed",
        ),
        _d(
            "2.2",
            "Audit 30 assessments of people who live with family",
            "Quality Assurance Lead, Adult Social Care",
            "30/09/2024",
            "2024-09-30",
            "Open",
        ),
        _d(
            "3.1",
            "Agree criteria for an address flag with the force's data protection officer",
            "Inspector, Safeguarding Hub",
            "31/12/2023",
            "2023-12-31",
            "Closed",
        ),
        _d(
            "3.2",
            "Apply the flag to existing addresses found by a records search",
            "Inspector, Safeguarding Hub",
            "TBC",
            None,
            "Open",
        ),
        _d(
            "4.1",
            "Add a free-text 'how did this happen?' field to the falls clinic record",
            "Falls Service Lead",
            "31/10/2023",
            "2023-10-31",
            "Closed",
        ),
        _d(
            "4.2",
            "Brief falls clinic staff on asking about injuries",
            "Named Nurse, Adult Safeguarding",
            "31/05/2024",
            "2024-05-31",
            "Closed",
        ),
        _d(
            "5.1",
            "Present the learning at the regional DHR network and publish a learning brief",
            "Community Safety Manager",
            "31/03/2025",
            "2025-03-31",
            "Open",
        ),
    ],
    chronology=[],
    notes=(
        "pdftotext -layout. A DHR action tracker (standalone): review_type DHR; doc_kind action_plan; no id or "
        "author printed; victim Ludovic, 71 (killed 'in 2022': date_of_death null); area Ashbrindle (the "
        "partnership). Recommendations: the five 'Rec N' items, ref normalised to the number ('Rec 1' -> "
        "'1'), level overview, agency the addressee ('The Partnership' -> Safer Ashbrindle Partnership), all "
        "local (Rec 5's partnership acts locally though it shares learning with the region). Actions: the nine "
        "tracker rows, ref the No. cell, recommendation_ref the Rec cell as a number, lead Owner, target the "
        "End date (the Start date is not a target; 'TBC' -> null; the revised date in 2.2's comment is not "
        "the End date cell), status Closed -> complete, Open -> in_progress (the lead-in says an open action "
        "is live until its evidence is accepted; every open row's comment shows work under way). No chronology."
    ),
)


def main():
    # An optional folder argument writes the .json files there (a scratch copy to compare with the committed ones).
    write_gold(GOLD, HERE, sys.argv[1] if len(sys.argv) > 1 else None, family_keys="after_file")


if __name__ == "__main__":
    main()
