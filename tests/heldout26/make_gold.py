"""Hand-written gold for heldout26 (blind set). Every field below was written by hand from the documents'
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
AG = "agency"

# --------- 1. Scottish child protection learning review (Cambria 11 -> Caladea)
S1 = "scot_cplr_phase_headed_narrative_chron_titled_rec_headings_improvement_plan_blank_rec_cells_cambria_strathcorran"
PLAN1 = {
    "Complete": "complete",
    "On track": "in_progress",
    "Delayed": "in_progress",
    "Not started": "not_started",
}
P1 = "Phase 1 – Pregnancy (November 2019 to March 2020)"
P2 = "Phase 2 – The first months (March 2020 to December 2020)"
P3 = "Phase 3 – The final months (January 2021 to May 2021)"


def _s(rec, start, lead, raw, iso, word):
    return A(None, OV, rec, start, lead, raw, iso, word, PLAN1[word])


GOLD[S1] = dict(
    family="scot_cplr_phase_headed_narrative_chron_titled_rec_headings_improvement_plan_blank_rec_cells",
    description=(
        "Scottish child protection Learning Review (2021 national guidance) final report set in Cambria 11 "
        "(Caladea), 2 pages: title lines, a label / value box (Learning Review reference, two lead reviewers, "
        "child, date of death, criteria), '2. What happened' told as narrative paragraphs under three Heading 3 "
        "phase titles carrying date ranges ('Phase 1 – Pregnancy (November 2019 to March 2020)'), each "
        "paragraph opening with its own date ('In November 2019', 'On 21 January 2020', 'Between April and "
        "June 2020') or with the date inside the first clause ('Torquil was born on 8 March 2020'), learning "
        "bullets, four recommendations each printed as a bold 'Recommendation N: Title' line above an "
        "unnumbered paragraph, and '5. Improvement plan': Rec. | Improvement action | Lead officer | By when "
        "(month and year) | Measure of success | Status (Complete / On track / Delayed / Not started), the "
        "Rec. cell filled on a recommendation's first row only and left blank (not merged) below it"
    ),
    review=dict(
        review_id="SCPC-LR-2023-01",
        review_type=None,
        area="Strathcorran",
        doc_kind="overview_report",
        author="Alasdair Ruddock",
        victims=[{"pseudonym": "Torquil", "age": 1}],
        date_of_death="2021-05-19",
    ),
    review_alternatives={
        "author": ["Alasdair Ruddock and Morag Glenaskie"],
        "area": ["Strathcorran Child Protection Committee"],
    },
    recommendations=[
        R(
            "1",
            "Strathcorran Council children's services",
            "Strathcorran Council children's services should review how pre-birth referrals are screened",
            ["risk_assessment", "children"],
            title="Pre-birth referrals",
        ),
        R(
            "2",
            "NHS Strathcorran",
            "NHS Strathcorran should make sure that health visitors see a baby in person",
            ["routine_enquiry", "children"],
            title="Seeing the baby",
        ),
        R(
            "3",
            "NHS Strathcorran",
            "NHS Strathcorran should adopt a multi-agency protocol for bruising in non-mobile babies",
            ["policy_procedure", "training", "children"],
            title="Bruising in non-mobile babies",
        ),
        R(
            "4",
            "Strathcorran Child Protection Committee",
            "The Child Protection Committee should agree with registered social landlords how concerns",
            ["information_sharing", "multi_agency_working"],
            title="Reports from housing providers",
        ),
    ],
    actions=[
        _s(
            "1",
            "Add a prompt on parental history of violence to the pre-birth screening tool",
            "Service Manager, Children's Services",
            "June 2024",
            "2024-06",
            "Complete",
        ),
        _s(
            "1",
            "Audit pre-birth referrals closed with no further action over six months",
            "Quality Assurance Officer",
            "December 2025",
            "2025-12",
            "On track",
        ),
        _s(
            "2",
            "Restore face-to-face core contacts and add a 'seen alone' field",
            "Lead Nurse, Health Visiting",
            "September 2024",
            "2024-09",
            "Complete",
        ),
        _s(
            "3",
            "Agree and publish a multi-agency bruising protocol for non-mobile babies",
            "Lead Paediatrician for Child Protection",
            "March 2025",
            "2025-03",
            "Delayed",
        ),
        _s(
            "3",
            "Deliver protocol training to emergency department nursing and medical staff",
            "Practice Educator, Emergency Department",
            "September 2025",
            "2025-09",
            "Not started",
        ),
        _s(
            "4",
            "Write a same-day information",
            "Lead Officer, Child Protection Committee",
            "April 2025",
            "2025-04",
            "On track",
        ),
    ],
    chronology=[
        C(
            None,
            P1,
            "In November 2019",
            "2019-11",
            "In November 2019 Torquil's mother booked with the community",
        ),
        C(None, P1, "On 21 January 2020", "2020-01-21", "On 21 January 2020 the midwife made a referral"),
        C(None, P2, "8 March 2020", "2020-03-08", "Torquil was born on 8 March 2020, four weeks early"),
        C(
            None,
            P2,
            "Between April and June 2020",
            "2020-04",
            "Between April and June 2020 the health visitor offered contacts",
            date_end="2020-06",
        ),
        C(
            None,
            P2,
            "On 3 October 2020",
            "2020-10-03",
            "On 3 October 2020 Torquil was taken to the emergency",
        ),
        C(
            None,
            P3,
            "In February 2021",
            "2021-02",
            "In February 2021 neighbours reported shouting and a baby",
        ),
        C(None, P3, "On 17 May 2021", "2021-05-17", "On 17 May 2021 Torquil was brought to hospital"),
    ],
    notes=(
        "pdftotext plain. A Scottish child protection Learning Review: review_type null (the contract's types "
        "have no Scottish child review; the title-page sets leave Scottish learning reviews untyped); doc_kind "
        "overview_report (the final report); id the 'Learning Review reference' row; author the first of the "
        "two lead reviewers (both together accepted); victim Torquil, 14 months (age 1); died 19 May 2021 (the "
        "box; the text's 17 May is the admission); area Strathcorran (the Child Protection Committee's area). "
        "Recommendations: the four paragraphs under bold 'Recommendation N: Title' lines, ref N, title the words "
        "after the colon, level overview, agency the addressee named in the sentence, all local. Learning "
        "bullets are not recommendations. Actions: the six plan rows; no printed action ref (null); "
        "recommendation_ref the Rec. cell, carried down to the blank cells below it (the lead-in says the column "
        "is filled on a recommendation's first line only); target the By when month; status Complete -> "
        "complete, On track and Delayed -> in_progress, Not started -> not_started. Chronology: the seven "
        "paragraphs of '2. What happened' (the opening paragraph of the section is a lead-in, not an event), "
        "heading the phase title above each; month dates to the month; 'Between April and June 2020' a range "
        "2020-04 .. 2020-06; 'Torquil was born on 8 March 2020' dated by the date in its first clause."
    ),
)

# --------- 2. DHR overview report extract (Georgia 10 -> DejaVu Serif)
S2 = "dhr_overview_ordinal_date_numbered_para_chron_para_xref_rec_table_agency_rec_table_georgia_tarnsworth"
POL = "Tarnsworth Police"

GOLD[S2] = dict(
    family="dhr_overview_ordinal_date_numbered_para_chron_para_xref_rec_table_agency_rec_table",
    description=(
        "Extract of a DHR overview report set in Georgia 10 (LibreOffice draws DejaVu Serif), 2 pages, an "
        "'OFFICIAL' running head and a 'Page X of Y' footer: centred title lines with 'Independent Chair and "
        "Author:', '5. Chronology' as numbered paragraphs 5.1-5.7 (5.1 a lead-in) with ordinal dates ('On 14th "
        "March 2021', 'On the 2nd of June 2021'), a relative 'Later that evening' paragraph and a month-only "
        "one, '9. Conclusions' numbered paragraphs, and '10. Recommendations': a No. | Para. | Recommendation | "
        "Organisation table whose Para. column cross-refers to conclusion paragraphs (9.4, 9.7, 9.9 — repeated), "
        "one row broken over the page, then '10.2 Single agency recommendations' in an Agency | No. | "
        "Recommendation table, the agency cell merged down over its two rows and numbering restarting per "
        "agency; no action plan"
    ),
    review=dict(
        review_id=None,
        review_type="DHR",
        area="Tarnsworth",
        doc_kind="overview_report",
        author="Rowena Wetherden-Hale",
        victims=[{"pseudonym": "Hesper", "age": 61}],
        date_of_death="2022-04-27",
    ),
    review_alternatives={"area": ["Tarnsworth Community Safety Partnership"]},
    recommendations=[
        R(
            "1",
            "Tarnsworth Primary Care Network",
            "Tarnsworth Primary Care Network should make sure GPs ask older patients",
            ["routine_enquiry"],
        ),
        R(
            "2",
            POL,
            "Tarnsworth Police should dip-sample medium risk assessments where a third party",
            ["risk_assessment", "quality_assurance"],
        ),
        R(
            "3",
            "Tarnsworth Domestic Abuse Service",
            "Tarnsworth Domestic Abuse Service should introduce a call-back for helpline callers",
            ["specialist_support"],
        ),
        R(
            "4",
            "Tarnsworth Community Safety Partnership",
            "The Community Safety Partnership should run a campaign aimed at families and friends",
            ["awareness_public"],
        ),
        R(
            "5",
            "Home Office",
            "The Home Office should include abuse of older people by partners",
            ["policy_procedure"],
            scope="national",
        ),
        R(
            "1",
            POL,
            "All response officers will complete refresher training on coercive control",
            ["training"],
            level=AG,
        ),
        R(
            "2",
            POL,
            "Supervisors will review every release without charge in a domestic abuse case",
            ["quality_assurance"],
            level=AG,
        ),
        R(
            "1",
            "Hearthside Housing Trust",
            "Tenancy officers will record and report to the police any neighbour complaint",
            ["record_keeping", "information_sharing"],
            level=AG,
        ),
    ],
    actions=[],
    chronology=[
        C(
            "5.2",
            None,
            "On 14th March 2021",
            "2021-03-14",
            "On 14th March 2021 Hesper attended her GP surgery",
        ),
        C(
            "5.3",
            None,
            "On the 2nd of June 2021",
            "2021-06-02",
            "On the 2nd of June 2021 police were called by a neighbour",
        ),
        C(
            "5.4",
            None,
            "Later that evening",
            "2021-06-02",
            "Later that evening Mr P was released without charge",
            relative=True,
        ),
        C("5.5", None, "On 19th August 2021", "2021-08-19", "On 19th August 2021 Hesper rang the Tarnsworth"),
        C("5.6", None, "In January 2022", "2022-01", "In January 2022 Mr P's drinking increased"),
        C(
            "5.7",
            None,
            "On 27th April 2022",
            "2022-04-27",
            "On 27th April 2022 Hesper was found dead at home",
        ),
    ],
    notes=(
        "pdftotext -layout. A DHR overview report (extract: chronology, conclusions, recommendations): "
        "review_type DHR; doc_kind overview_report; no review id printed; author the 'Independent Chair and "
        "Author'; victim Hesper, 61; died 27 April 2022 (found dead; chronology 5.7); area Tarnsworth (the "
        "CSP). Recommendations: the five rows of the No. | Para. | Recommendation | Organisation table, ref "
        "the No. cell (the Para. cell is a cross-reference to the conclusions, not a ref), level overview, "
        "agency the Organisation cell, 5 (Home Office) national, the rest local; and the three rows of the "
        "single agency table, level agency, ref the No. cell (restarting per agency: 1, 2 / 1), agency the "
        "merged Agency cell, local. The 10.1 / 10.2 / 10.3 paragraphs and the conclusions are not "
        "recommendations. No action plan ('published separately'). Chronology: 5.2-5.7, ref the paragraph "
        "number; 5.1 is the section's lead-in (no date, no event) and not an entry; 'Later that evening' is "
        "relative to 5.3 (2 June 2021); 'In January 2022' to the month."
    ),
)

# --------- 3. SAB SAR action tracker (Arial Narrow 9 -> Liberation Sans Narrow), landscape
S3 = "sab_sar_tracker_theme_bands_merged_r_rec_cells_mon_yy_due_completed_ynp_narrow_landscape_fellbrough"
YNP = {"Y": "complete", "P": "in_progress", "N": "not_started"}
SAB = "Fellbrough Safeguarding Adults Board"


def _f(ref, start, lead, raw, iso, letter):
    return A(ref, OV, ref.split(".")[0], start, lead, raw, iso, letter, YNP[letter])


GOLD[S3] = dict(
    family="sab_sar_tracker_theme_bands_merged_r_rec_cells_mon_yy_due_completed_ynp_narrow_landscape",
    description=(
        "Safeguarding Adults Board's SAR action tracker set in Arial Narrow 9 (Liberation Sans Narrow), "
        "landscape, 2 pages, running head and 'Page X of Y' footer: title lines, a lead-in explaining the "
        "R1-R5 numbering and the Y / N / P key, an 'About the review' paragraph, a 'Summary of progress' "
        "table (Theme | Actions | Y | P | N counts, header not repeated), then one tracker table Ref | "
        "Recommendation | Action | Resp. | Due | Completed? (Y/N/P) | Evidence / update, header repeated, "
        "with full-width shaded theme band rows ('Theme 1: Self-neglect and refusal of care'), the "
        "Recommendation cell ('R1 The Board should …') merged down over its one or two actions, action refs "
        "1.1-5.1, Mon-YY due dates ('Sep-24'), single-letter status, one empty update cell, and R4's merged "
        "cell and row 4.1 broken over the page"
    ),
    review=dict(
        review_id=None,
        review_type="SAR",
        area="Fellbrough",
        doc_kind="action_plan",
        author=None,
        victims=[{"pseudonym": "Cuthbert", "age": 79}],
        date_of_death="2022-12-06",
    ),
    review_alternatives={"area": [SAB]},
    recommendations=[
        R(
            "1",
            SAB,
            "The Board should make sure its self-neglect procedure is used when an adult repeatedly",
            ["policy_procedure"],
        ),
        R(
            "2",
            "Fellbrough Council Adult Social Care",
            "Fellbrough Council Adult Social Care should make sure mental capacity is assessed",
            ["record_keeping", "other"],
        ),
        R(
            "3",
            "Fellbrough Community Health Services",
            "Fellbrough Community Health Services should refer to a multi-agency risk meeting",
            ["multi_agency_working", "risk_assessment"],
        ),
        R(
            "4",
            SAB,
            "The Board should ask Fellbrough Fire and Rescue Service and the housing providers",
            ["information_sharing", "multi_agency_working"],
        ),
        R(
            "5",
            "Fellbrough Hospitals NHS Trust",
            "Fellbrough Hospitals NHS Trust should make sure that an adult known to self-neglect",
            ["multi_agency_working", "other"],
        ),
    ],
    actions=[
        _f(
            "1.1",
            "Relaunch the self-neglect procedure with a one-page practice guide",
            "SAB Business Manager",
            "Sep-24",
            "2024-09",
            "Y",
        ),
        _f(
            "1.2",
            "Audit ten self-neglect cases across adult social care",
            "SAB Quality Sub-group Chair",
            "Mar-25",
            "2025-03",
            "P",
        ),
        _f(
            "2.1",
            "Add a decision-specific capacity template to the case recording system",
            "Principal Social Worker",
            "Dec-24",
            "2024-12",
            "Y",
        ),
        _f(
            "2.2",
            "Deliver capacity assessment workshops to community teams",
            "Workforce Development Lead",
            "Jun-25",
            "2025-06",
            "N",
        ),
        _f(
            "3.1",
            "Add the three-refusal trigger to the district nursing",
            "Head of Community Nursing",
            "Oct-24",
            "2024-10",
            "Y",
        ),
        _f(
            "3.2",
            "Report the number of referrals made under the trigger",
            "Named Nurse, Adult Safeguarding",
            "Jul-25",
            "2025-07",
            "P",
        ),
        _f(
            "4.1",
            "Agree a referral route from home fire safety visits",
            "Station Manager, Prevention",
            "Nov-24",
            "2024-11",
            "Y",
        ),
        _f(
            "4.2",
            "Agree an information-sharing protocol between the three housing providers",
            "SAB Business Manager",
            "Sep-25",
            "2025-09",
            "N",
        ),
        _f(
            "5.1",
            "Add a self-neglect question and a named-visitor field",
            "Discharge Team Lead",
            "Aug-25",
            "2025-08",
            "N",
        ),
    ],
    chronology=[],
    notes=(
        "pdftotext -layout. A standalone SAR action tracker: review_type SAR; doc_kind action_plan; no id or "
        "author printed; victim Cuthbert, 79, died in hospital on 6 December 2022; area Fellbrough (the SAB). "
        "Recommendations: the five 'R1'-'R5' cells of the tracker (no other recommendation list), ref the "
        "number ('R1' -> '1'), text without the 'R1' prefix, level overview, agency the addressee in the "
        "sentence ('The Board' -> Fellbrough Safeguarding Adults Board), all local. Theme band rows and the "
        "Summary of progress table are not recommendations or actions. Actions: the nine tracker rows, ref the "
        "Ref cell, recommendation_ref its first number, lead Resp., target the Due month ('Sep-24' -> 2024-09), "
        "status the Completed? letter per the lead-in's key: Y -> complete, P -> in_progress, N -> not_started "
        "(2.2's update shows workshops booked, but the printed letter is N, 'not yet begun'). No chronology."
    ),
)

# --------- 4. DHR executive summary + action plan (Verdana 9.5 -> DejaVu Sans)
S4 = "dhr_exec_summary_short_year_chron_table_paren_recs_plan_bullet_action_cells_verdana_orrinstead"
WORDS4 = {"Complete": "complete", "Ongoing": "in_progress", "Not started": "not_started"}


def _o(rec, start, lead, raw, iso, word):
    return A(None, OV, rec, start, lead, raw, iso, word, WORDS4[word])


GOLD[S4] = dict(
    family="dhr_exec_summary_short_year_chron_table_paren_recs_plan_bullet_action_cells",
    description=(
        "DHR executive summary with its action plan, set in Verdana 9.5 (DejaVu Sans), portrait, 2 pages, "
        "footer without 'of Y': title lines, one line 'Review ref. … Independent Chair: … June 2024', a "
        "'2. Summary chronology' table Date | Agency | Contact with dd/mm/yy dates ('04/02/20'), key-learning "
        "bullets, four recommendations numbered '1)'-'4)' with a tab and hanging indent, a page break, and "
        "'5. Action plan': Rec. | Actions | Lead officer | Target date | Status, one row per recommendation "
        "whose Actions cell is a Word bullet list of two or three steps, status Complete / Ongoing / Not started"
    ),
    review=dict(
        review_id="OSCP/DHR/2022-03",
        review_type="DHR",
        area="Orrinstead",
        doc_kind="executive_summary",
        author="Oswin Threlkeld",
        victims=[{"pseudonym": "Zinnia", "age": 34}],
        date_of_death="2022-09-11",
    ),
    review_alternatives={"area": ["Orrinstead Safer Communities Partnership"]},
    recommendations=[
        R(
            "1",
            "Orrinstead IDVA service",
            "The Orrinstead IDVA service should not close a high-risk case on non-engagement",
            ["risk_assessment", "multi_agency_working", "specialist_support"],
        ),
        R(
            "2",
            "Orrinstead Borough Council children's services",
            "Orrinstead Borough Council children's services should check MARAC records",
            ["information_sharing", "children"],
        ),
        R(
            "3",
            "Orrinstead Health Visiting Service",
            "Orrinstead Health Visiting Service should ask every parent about domestic abuse",
            ["routine_enquiry"],
        ),
        R(
            "4",
            "Orrinstead Safer Communities Partnership",
            "The Partnership should commission a refresher on coercive control",
            ["training"],
        ),
    ],
    actions=[
        _o(
            "1",
            "Amend the IDVA case closure policy",
            "IDVA Service Manager",
            "31/03/2024",
            "2024-03-31",
            "Complete",
        ),
        _o(
            "2",
            "Give children's services assessment teams read access",
            "Head of Children's Safeguarding",
            "30/09/2024",
            "2024-09-30",
            "Ongoing",
        ),
        _o(
            "3",
            "Move the routine enquiry question to the six-month contact",
            "Health Visiting Team Leader",
            "31/07/2024",
            "2024-07-31",
            "Ongoing",
        ),
        _o(
            "4",
            "Commission a coercive control refresher for MARAC agencies",
            "Partnership Manager",
            "31/03/2025",
            "2025-03-31",
            "Not started",
        ),
    ],
    chronology=[
        C(None, None, "04/02/20", "2020-02-04", "Zinnia reports Mr K took her phone and keys"),
        C(None, None, "17/09/20", "2020-09-17", "Zinnia tells the health visitor she is tired"),
        C(None, None, "23/03/21", "2021-03-23", "Case heard at MARAC after an assault"),
        C(None, None, "30/06/21", "2021-06-30", "Case closed after three unanswered calls"),
        C(None, None, "08/01/22", "2022-01-08", "Referral after the children witness an argument"),
        C(None, None, "11/09/22", "2022-09-11", "Zinnia found with fatal injuries at her home"),
    ],
    notes=(
        "LibreOffice text export of the .docx (one line per paragraph and per cell, a BOM first, no page "
        "breaks, no header or footer). A DHR executive summary with its plan: review_type DHR; doc_kind "
        "executive_summary; id 'Review ref.'; author the Independent Chair (the only person named as writing "
        "or leading it); victim Zinnia, 34, killed 11 September 2022; area Orrinstead (the partnership). "
        "Recommendations: the four '1)'-'4)' items, ref the number, level overview, agency the addressee "
        "('The Partnership' -> Orrinstead Safer Communities Partnership), all local. Key-learning bullets are "
        "not recommendations. Actions: one per plan row (a row is one action; its Actions cell's bullets are "
        "steps of it, action_start the first bullet), no printed action ref (the Rec. cell is the "
        "recommendation_ref), lead, target the day, status Complete -> complete, Ongoing -> in_progress, Not "
        "started -> not_started. Chronology: the six table rows, dd/mm/yy -> day (two-digit years 20xx); the "
        "'Agency' cell is not part of the text_start."
    ),
)

# --------- 5. LCSPR partnership action plan (Calibri 10 -> Carlito)
S5 = "lcspr_partnership_plan_auto_numbered_merged_no_col_rag_words_colour_key_calibri_quillmarsh"
RAG5 = {"Blue": "complete", "Green": "in_progress", "Amber": "in_progress", "Red": "not_started"}
QSCP = "Quillmarsh Safeguarding Children Partnership"


def _q(rec, start, lead, raw, iso, word):
    return A(None, OV, rec, start, lead, raw, iso, word, RAG5[word])


GOLD[S5] = dict(
    family="lcspr_partnership_plan_auto_numbered_merged_no_col_rag_words_colour_key",
    description=(
        "Local child safeguarding practice review partnership action plan set in Calibri 10 (Carlito), "
        "portrait, 2 pages, running head and 'Page X of Y' footer: title lines, a label / value box (review "
        "published, plan owner, monitored by), Background and 'What the review found' (bullets) sections, a "
        "lead-in carrying the RAG key (Blue / Green / Amber / Red), then one table No. | Recommendation | "
        "Action | Lead | Target date | Progress update | RAG, header repeated, the No. cell holding only "
        "Word's own list number ('1.'-'4.' live in numbering.xml: absent from the .docx text) and merged "
        "down with the Recommendation cell over one or two action rows, RAG words in shaded cells, two empty "
        "progress cells, recommendation 4's merged cells and first action broken over the page, and a "
        "sign-off label / value box at the end"
    ),
    review=dict(
        review_id=None,
        review_type="SCR",
        area="Quillmarsh",
        doc_kind="action_plan",
        author=None,
        victims=[{"pseudonym": "Perrin", "age": 0}],
        date_of_death=None,
    ),
    review_alternatives={"area": [QSCP]},
    recommendations=[
        R(
            "1",
            QSCP,
            "The partnership should make sure that fathers and male carers are included",
            ["risk_assessment", "children"],
        ),
        R(
            "2",
            "Quillmarsh Children's Services",
            "Quillmarsh Children's Services should make sure that information about a parent's past",
            ["information_sharing", "risk_assessment", "children"],
        ),
        R(
            "3",
            QSCP,
            "The partnership should deliver a campaign on safe handling of babies",
            ["awareness_public", "children"],
        ),
        R(
            "4",
            "Quillmarsh Integrated Care Board",
            "Quillmarsh Integrated Care Board should make sure GP practices are told",
            ["information_sharing"],
        ),
    ],
    actions=[
        _q(
            "1",
            "Add questions about the father's history and wellbeing",
            "Safeguarding Midwife, Quillmarsh Hospitals",
            "30/06/2024",
            "2024-06-30",
            "Blue",
        ),
        _q(
            "1",
            "Invite fathers to the new birth visit by letter",
            "Health Visiting Service Lead",
            "31/10/2024",
            "2024-10-31",
            "Amber",
        ),
        _q(
            "2",
            "Link archived family court records to the new referral screening check",
            "Head of Front Door Services",
            "31/12/2024",
            "2024-12-31",
            "Green",
        ),
        _q(
            "3",
            "Launch the coping with crying campaign across maternity",
            "Partnership Business Manager",
            "31/01/2025",
            "2025-01-31",
            "Amber",
        ),
        _q(
            "3",
            "Add coping with crying to the induction of new children's centre staff",
            "Early Help Manager",
            "30/09/2025",
            "2025-09-30",
            "Red",
        ),
        _q(
            "4",
            "Set up a weekly notification from the maternity booking system",
            "Designated Nurse for Safeguarding Children",
            "31/03/2025",
            "2025-03-31",
            "Amber",
        ),
        _q(
            "4",
            "Audit new registrations in pregnancy to check that the notification",
            "Named GP for Safeguarding",
            "31/12/2025",
            "2025-12-31",
            "Red",
        ),
    ],
    chronology=[],
    notes=(
        "pdftotext plain. A standalone LCSPR partnership action plan: review_type SCR (a child safeguarding "
        "practice review, as the title-page sets type CSPRs); doc_kind action_plan; no id or author; child "
        "Baby Perrin, eight weeks old (age 0), seriously injured, not killed: date_of_death null; area "
        "Quillmarsh (the partnership). Recommendations: the four merged Recommendation cells, ref the list "
        "number Word prints in the No. cell ('1.' -> '1'; on the Word route the number is only in "
        "numbering.xml, the lead-in says the column follows the report), level overview, agency the addressee "
        "('The partnership' -> Quillmarsh Safeguarding Children Partnership), all local. 'What the review "
        "found' bullets, the box rows and the sign-off are not recommendations. Actions: the seven rows, no "
        "printed action ref, recommendation_ref the No. of the merged cell, lead, target the day, status by "
        "the key: Blue -> complete, Green and Amber -> in_progress, Red -> not_started. No chronology."
    ),
)


def main():
    # An optional folder argument writes the .json files there (a scratch copy to compare with the committed ones).
    write_gold(GOLD, HERE, sys.argv[1] if len(sys.argv) > 1 else None, family_keys="after_file")


if __name__ == "__main__":
    main()
