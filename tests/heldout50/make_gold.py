"""Hand-written gold for heldout50 (blind set). Every field below was written by hand from the documents'
meaning; only each record's `line` is looked up in the .txt (first line holding the start of text_start /
action_start, searched after the record before it where the same words recur). Run once to write <stem>.json.
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
AG = "agency"

# Targets as printed -> the date a reader files them under: a printed day the day (dd/mm/yyyy, or dotted dd.mm.yy
# in Pilsworth's plan), a month the month.
TARGETS = {
    "Mar 2025": "2025-03",
    "30/06/2025": "2025-06-30",
    "30/09/2025": "2025-09-30",
    "Dec 2025": "2025-12",
    "31/03/2025": "2025-03-31",
    "31/05/2025": "2025-05-31",
    "Jan 2026": "2026-01",
    "Jun 2025": "2025-06",
    "31/12/2025": "2025-12-31",
    "Mar 2026": "2026-03",
    "31.03.25": "2025-03-31",
    "30.09.25": "2025-09-30",
    "30.06.25": "2025-06-30",
    "28.02.25": "2025-02-28",
    "31.12.25": "2025-12-31",
    "31.05.25": "2025-05-31",
    "30.04.25": "2025-04-30",
    "31.07.25": "2025-07-31",
    "30.11.25": "2025-11-30",
    "31.08.25": "2025-08-31",
}
# Each document's own words: Tarnhallow's RAG word by its printed key (Green complete, Amber in progress, Red not
# started); Ashwold's Status cell; Pilsworth's Status cell by its key (Partially complete begun, Outstanding not
# yet started).
STATUS = {
    "Green": "complete",
    "Amber": "in_progress",
    "Red": "not_started",
    "Complete": "complete",
    "In progress": "in_progress",
    "Not started": "not_started",
    "Partially complete": "in_progress",
    "Outstanding": "not_started",
}


def _a(rec, start, lead, target, status, section=OV, ref=None, after=0):
    return A(ref, section, rec, start, lead, target, TARGETS[target], status, STATUS[status], after=after)


def _lines(stem):
    return (HERE / f"{stem}.txt").read_text(encoding="utf-8").split("\n")


def _after(stem, marker):
    """0-based index of the first line holding `marker`: later look-ups start there (the same words recur above)."""
    for i, line in enumerate(_lines(stem)):
        if marker in line:
            return i
    raise SystemExit(f"marker not found: {marker!r}")


def _row(stem, num, marker):
    """0-based index of the layout line opening with row number `num` after the line holding `marker`."""
    lines = _lines(stem)
    start = _after(stem, marker)
    for i in range(start, len(lines)):
        if lines[i].split()[:1] == [num]:
            return i
    raise SystemExit(f"row not found: {num!r}")


# --------- 1. NHS independent MH homicide investigation: stacked-label title page; Recommendation N; Trust plan
TRUST1 = "Tarnhallow and Pencaster NHS Foundation Trust"
ICB1 = "Tarnhallow Integrated Care Board"
GOLD[S1] = dict(
    family="nhs_mh_homicide_independent_investigation_title_labels_above_values_recommendation_n_headings_trust_plan_rag",
    description=(
        "An NHS England-commissioned independent investigation report after a mental health homicide, Nimbus Sans "
        "Narrow 10.5, portrait (2.4 cm side margins), 3 pages; running head 'Tarnhallow – Mr R – Independent "
        "investigation' (left) and footer 'Independent investigation 2023/11842 | Page N' (right) on every page. "
        "Page 1 a title page: 'NHS England – Oxenridge Region', the title, then seven facts each as a small bold "
        "blue capitalised label on its own line over its value (CASE REFERENCE 2023/11842, DATE OF INCIDENT 6 "
        "February 2023, LOCALITY Tarnhallow, THE PERSON WHO DIED 'Mrs E, aged 71, Mr R’s aunt', INVESTIGATION "
        "CARRIED OUT BY, LEAD INVESTIGATOR 'Dr Anwen Castellow-Reid', PUBLISHED October 2024) and an italic note. "
        "Page 2: numbered paragraphs '1 Summary', '2 Findings', then '3 Recommendations' with four bold "
        "'Recommendation N' headings each over a plain paragraph, and an italic pointer to Appendix B. Page 3: "
        "'Appendix B – Tarnhallow and Pencaster NHS Foundation Trust action plan', a position line, a table Rec. | "
        "Action | Lead | Timescale | Evidence of completion | RAG (the Rec. cell a bold number merged down over "
        "its actions, no recommendation text, no action refs), timescales 'Mar 2025' / dd/mm/yyyy, the RAG cell a "
        "colour word on a matching fill, evidence cells holding dates; an italic RAG key under the table. No "
        "chronology"
    ),
    review=dict(
        review_id="2023/11842",
        review_type=None,
        area="Tarnhallow",
        doc_kind="overview_report",
        author="Anwen Castellow-Reid",
        victims=[{"pseudonym": "Mrs E", "age": 71}],
        date_of_death="2023-02-06",
    ),
    review_alternatives={"author": ["Dr Anwen Castellow-Reid"]},
    recommendations=[
        R(
            "1",
            TRUST1,
            "The Trust should make sure that when a community patient’s depot medication",
            ["mental_health", "policy_procedure"],
        ),
        R(
            "2",
            TRUST1,
            "The Trust should revise its carer involvement standard so that a relative",
            ["mental_health", "policy_procedure"],
        ),
        R(
            "3",
            ICB1,
            "Tarnhallow Integrated Care Board should seek assurance that GP practices are told",
            ["information_sharing", "quality_assurance"],
        ),
        R(
            "4",
            TRUST1,
            "The Trust should audit the quality of risk formulations in community mental health",
            ["quality_assurance", "risk_assessment"],
        ),
    ],
    actions=[
        _a(
            "1",
            "Amend the depot clinic standard operating procedure",
            "Head of Nursing, Community Services",
            "Mar 2025",
            "Green",
        ),
        _a(
            "1",
            "Add a missed-depot alert to the electronic patient record",
            "Chief Clinical Information Officer",
            "30/06/2025",
            "Amber",
        ),
        _a(
            "2",
            "Rewrite the carer involvement standard with the Carers’ Forum",
            "Carer Lead",
            "30/09/2025",
            "Amber",
        ),
        _a(
            "2",
            "Add a carer question to the care programme approach review",
            "Clinical Systems Manager",
            "Dec 2025",
            "Red",
        ),
        _a(
            "3",
            "Agree a discharge notification measure in the mental health contract",
            "Mental Health Commissioning Lead",
            "31/03/2025",
            "Green",
        ),
        _a(
            "4",
            "Design a risk formulation audit tool and pilot it",
            "Associate Director of Patient Safety",
            "31/05/2025",
            "Green",
        ),
        _a(
            "4",
            "Report the first six-monthly audit to the Patient Safety Group",
            "Associate Director of Patient Safety",
            "Jan 2026",
            "Amber",
        ),
    ],
    chronology=[],
    notes=(
        "plain pdftotext. Review fields: review id the CASE REFERENCE (also in the footer); review_type null (an "
        "independent mental health homicide investigation is none of the contract's types, as earlier sets' gold); "
        "area Tarnhallow (LOCALITY); doc_kind overview_report; author the LEAD INVESTIGATOR without 'Dr' (with it "
        "also accepted), not the company; the person who died Mrs E, 71 (the victim of the homicide, not the "
        "service user Mr R); date of death the DATE OF INCIDENT, 6 February 2023 (1.1: she died of her injuries "
        "that night). Recommendations: the four paragraphs under 'Recommendation N' headings, ref N; agency the "
        "body each names — 'The Trust' is Tarnhallow and Pencaster NHS Foundation Trust (the Trust of Appendix "
        "B); all local. Actions: the seven plan rows, no action ref (null), recommendation_ref the merged Rec. "
        "cell; agency_section overview; lead the Lead cell; target the Timescale cell ('Mar 2025' the month, "
        "dd/mm/yyyy the day); status the RAG word by the printed key (Green complete, Amber in_progress, Red "
        "not_started). Dates in the Evidence of completion cells (12/02/2025, 28/03/2025) are not targets. "
        "'14 November 2025' is the plan's position date. No chronology."
    ),
)

# --------- 2. DHR overview extract: bold-date chronology paragraphs; agency-grouped recs restarting; overview recs
C_CSP = "Cressingham Safer Communities Partnership"
C_POL = "Cressingham Police"
C_NHS = "Cressingham and Hurnby NHS Trust"
C_GP = "Hurnby Road Surgery"
C_HSG = "Cressingham Borough Council (Housing Services)"
GOLD[S2] = dict(
    family="dhr_overview_extract_id_in_footer_bold_date_chronology_paras_agency_recs_restart_then_overview_recs_signoff",
    description=(
        "A DHR overview report extract, P052 11, portrait (2.5 cm side margins), 3 pages; no running head; footer "
        "'DHR-CS-2022-03   Overview Report   OFFICIAL   N' (left) on every page — the review id is printed only "
        "there. Page 1 a centred title page (partnership, 'Domestic Homicide Review', 'Overview Report', "
        "'Joanne' in italics, 'Final version for publication', '(extract: sections 1, 4 and 9)'), no date, no "
        "author. '1. Introduction' 1.1 (Joanne 44, Martin 47), 1.2; '4. Chronology' an italic note then eight "
        "paragraphs each opening with a bold date and a full stop ('3 March 2021.', one 'August 2021.'), the last "
        "the death on 14 August 2022; '9. Recommendations' 9.1 (lead-in), then bold agency headings (Cressingham "
        "Police; Cressingham and Hurnby NHS Trust; Hurnby Road Surgery; Cressingham Borough Council (Housing "
        "Services)) each over hanging items numbered from 1., the page break after Police's two; 9.2 (lead-in), "
        "a bold 'Overview report recommendations' heading over items 1.-3.; 9.3 (plan note); then 'Signed', the "
        "chair's name in bold, 'Independent Chair and Author', '30 June 2024'. No plan"
    ),
    review=dict(
        review_id="DHR-CS-2022-03",
        review_type="DHR",
        area="Cressingham",
        doc_kind="overview_report",
        author="Hester Montravers-Oake",
        victims=[{"pseudonym": "Joanne", "age": 44}],
        date_of_death="2022-08-14",
    ),
    review_alternatives={"area": [C_CSP]},
    recommendations=[
        R(
            "1",
            C_POL,
            "Cressingham Police should make sure that officers attending any report",
            ["risk_assessment", "policy_procedure"],
            level=AG,
        ),
        R(
            "2",
            C_POL,
            "Cressingham Police should review how victimless prosecutions are considered",
            ["perpetrators", "policy_procedure"],
            level=AG,
        ),
        R(
            "1",
            C_NHS,
            "The Trust should audit whether patients attending the emergency department",
            ["routine_enquiry", "quality_assurance"],
            level=AG,
        ),
        R(
            "1",
            C_GP,
            "The practice should train its clinicians to ask how an injury happened",
            ["training", "record_keeping"],
            level=AG,
        ),
        R(
            "1",
            C_HSG,
            "Housing Services should update its home visit guidance so that an officer",
            ["policy_procedure", "routine_enquiry"],
            level=AG,
        ),
        R(
            "2",
            C_HSG,
            "Housing Services should add domestic abuse to the reasons officers consider",
            ["other", "risk_assessment"],
            level=AG,
        ),
        R(
            "1",
            C_CSP,
            "Cressingham Safer Communities Partnership should commission a campaign telling friends",
            ["awareness_public"],
        ),
        R(
            "2",
            C_CSP,
            "Cressingham Safer Communities Partnership should ask the MARAC steering group",
            ["multi_agency_working", "risk_assessment"],
        ),
        R(
            "3",
            C_CSP,
            "Cressingham Safer Communities Partnership should monitor the agency action plans",
            ["quality_assurance"],
        ),
    ],
    actions=[],
    chronology=[
        C(None, None, "3 March 2021", "2021-03-03", "Joanne went to her GP practice, Hurnby Road Surgery"),
        C(
            None,
            None,
            "17 June 2021",
            "2021-06-17",
            "A neighbour called Cressingham Police after hearing shouting",
        ),
        C(None, None, "August 2021", "2021-08", "Joanne applied to Cressingham Borough Council for help"),
        C(
            None,
            None,
            "29 November 2021",
            "2021-11-29",
            "Joanne attended the emergency department at Cressingham",
        ),
        C(
            None,
            None,
            "11 January 2022",
            "2022-01-11",
            "Martin was arrested after Joanne reported that he had",
        ),
        C(None, None, "4 May 2022", "2022-05-04", "A housing officer visited about the arrears"),
        C(
            None,
            None,
            "2 August 2022",
            "2022-08-02",
            "Joanne texted a friend that she was frightened of Martin",
        ),
        C(
            None,
            None,
            "14 August 2022",
            "2022-08-14",
            "Police were called to the house and found Joanne dead",
        ),
    ],
    notes=(
        "plain pdftotext. Review fields: review id from the running footer only ('DHR-CS-2022-03'); DHR; area "
        "Cressingham (the partnership's full name also accepted); doc_kind overview_report (an extract of one); "
        "author the chair who signs off on the last page as 'Independent Chair and Author'; Joanne 44 (1.1); date of "
        "death the last chronology paragraph, 14 August 2022 (the title page gives none). Recommendations: the six "
        "agency items under 9.1's bold agency headings, level agency, ref the printed number restarting at 1 under "
        "each heading, agency the heading above (Hurnby Road Surgery for 'The practice', the Trust for 'The "
        "Trust'); then the three 'Overview report recommendations', level overview, refs 1-3, agency the "
        "partnership; all local. 9.1, 9.2 and 9.3 are lead-ins and a note, not recommendations. Chronology: the "
        "eight paragraphs opening with a bold date, no ref, no heading; date the bold run-in without its full stop "
        "('August 2021' the month); text the words after it. '30 June 2024' is the sign-off date, not a chronology "
        "entry. No plan."
    ),
)

# --------- 3. LCSPR: Date | Time | Agency | Contact | Detail chronology; recommendations with the response (-layout)
A_SCP = "Ashwold Safeguarding Children Partnership"
RH3 = "Recommendations and the Partnership"
GOLD[S3] = dict(
    family="lcspr_chronology_date_time_agency_contact_detail_table_recs_table_partnership_response_lead_by_when_status",
    description=(
        "A Local Child Safeguarding Practice Review report, DejaVu Sans 9.5 (tables 8.5), portrait (1.9 cm side "
        "margins), 2 pages; running head 'Ashwold Safeguarding Children Partnership' (right) and footer 'LCSPR Baby "
        "M – N / M' (centred). A shaded one-cell title box ('Local Child Safeguarding Practice Review', '‘Baby "
        "M’', 'Review reference ASCP LCSPR 01/2024 • Published March 2025'); '1. Why this review was carried out' "
        "(Baby M died in February 2024 aged four months; the lead reviewer named in 1.2); '2. Chronology of key "
        "contacts' a ruled table Date | Time | Agency | Contact | Detail, eight rows, dates dd/mm/yyyy, times "
        "hh:mm or 'Not known', the last row the 999 call and death (08/02/2024); '3. Learning'; '4. Recommendations "
        "and the Partnership’s response' a lead-in then a table No. | Recommendation | Partnership response | Lead | "
        "By when | Status, four rows, row 2 split over the page break under the repeated header; By when 'Jun "
        "2025' / dd/mm/yyyy; Status Complete / In progress / Not started; an italic reporting note. The .txt is "
        "pdftotext -layout"
    ),
    review=dict(
        review_id="ASCP LCSPR 01/2024",
        review_type="SCR",
        area="Ashwold",
        doc_kind="overview_report",
        author="Maren Keddleston",
        victims=[{"pseudonym": "Baby M", "age": 0}],
        date_of_death="2024-02-08",
    ),
    review_alternatives={"area": [A_SCP]},
    recommendations=[
        R(
            "1",
            A_SCP,
            "Ashwold Safeguarding Children Partnership should ask each agency",
            ["children", "routine_enquiry"],
            line=_row(S3, "1", RH3) + 1,
        ),  # pinned: the running head repeats its words
        R(
            "2",
            A_SCP,
            "The Partnership should agree with Ashwold Police that any call",
            ["information_sharing", "children"],
            after=_row(S3, "2", RH3),
        ),
        R(
            "3",
            A_SCP,
            "The Partnership should review its bruising protocol with GPs",
            ["policy_procedure", "children"],
            after=_row(S3, "3", RH3),
        ),
        R(
            "4",
            A_SCP,
            "The Partnership should test, through a multi-agency audit",
            ["quality_assurance", "information_sharing"],
            after=_row(S3, "4", RH3),
        ),
    ],
    actions=[
        _a(
            "1",
            "Accepted. A ‘Think Family: Dads and partners’ prompt will be added",
            "Designated Nurse",
            "Jun 2025",
            "Complete",
            after=_row(S3, "1", RH3),
        ),
        _a(
            "2",
            "Accepted. A police notification standard has been drafted",
            "Det. Supt, Public Protection",
            "30/09/2025",
            "In progress",
            after=_row(S3, "2", RH3),
        ),
        _a(
            "3",
            "Accepted. The protocol will be relaunched with a GP learning event",
            "Named GP",
            "31/12/2025",
            "In progress",
            after=_row(S3, "3", RH3),
        ),
        _a(
            "4",
            "Accepted in part: the audit will cover all contacts",
            "Partnership Business Manager",
            "Mar 2026",
            "Not started",
            after=_row(S3, "4", RH3),
        ),
    ],
    chronology=[
        C(None, None, "02/10/2023", "2023-10-02", "Baby M born at 37 weeks"),
        C(None, None, "12/10/2023", "2023-10-12", "Home visit. Mother tearful"),
        C(None, None, "30/10/2023", "2023-10-30", "Neighbour reported a man shouting"),
        C(None, None, "15/11/2023", "2023-11-15", "Baby M weighed and examined"),
        C(None, None, "04/12/2023", "2023-12-04", "Health visitor shared concern that mother"),
        C(None, None, "19/01/2024", "2024-01-19", "Father arrested after mother reported"),
        C(None, None, "22/01/2024", "2024-01-22", "Police and health attended"),
        C(None, None, "08/02/2024", "2024-02-08", "Father called to say Baby M was not breathing"),
    ],
    notes=(
        "pdftotext -layout (the table rows' cells share printed lines; each record's line is looked up from its row "
        "number's line onward). Review fields: review id from the title box ('ASCP LCSPR 01/2024'); SCR (a child "
        "safeguarding practice review, as earlier sets filed CSPRs); area Ashwold (the partnership's full name also "
        "accepted); doc_kind overview_report; author the independent reviewer who led the review (1.2); Baby M age "
        "0 (four months); date of death 08/02/2024 from the chronology's last row (1.1 gives only the month). "
        "Recommendations: the four Recommendation cells, ref the No. cell, agency the partnership ('The "
        "Partnership' in 2-4); all local. Actions: one per row, the Partnership response cell (it says what will be "
        "done), no action ref (null), recommendation_ref the No. cell, agency_section overview; lead the Lead cell; "
        "target the By when cell ('Jun 2025' / 'Mar 2026' the month, dd/mm/yyyy the day); status the Status cell "
        "(Complete complete, In progress in_progress, Not started not_started). '16 April 2025' and 'October "
        "2025' in the lead-in are not targets. Chronology: the eight rows, no ref, no heading, date the Date cell, "
        "text the Detail cell (the Time, Agency and Contact cells are not part of text_start)."
    ),
)

# --------- 4. DHR action plan as two tables: overview (OV refs) and single-agency (agency column, letter refs)
P_CSP = "Pilsworth Community Safety Partnership"
P_POL = "Pilsworth Police"
P_NHS = "Pilsworth and Westby NHS Trust"
P_GP = "Hawthorn Lane Medical Practice"
P_ASC = "Pilsworth Council Adult Social Care"
P_CC = "Pilsworth Carers’ Centre"
GOLD[S4] = dict(
    family="dhr_action_plan_two_tables_overview_ov_refs_then_single_agency_letter_refs_agency_col_dotted_targets",
    description=(
        "A DHR action plan, Liberation Serif 9.5 (tables 9), A4 landscape (1.5 cm side margins), 2 pages; running "
        "head 'OFFICIAL' (centred) and footer 'Pilsworth CSP – DHR ‘Priya’ action plan – page N of M' (right). A "
        "bold title (partnership; 'Domestic Homicide Review ‘Priya’ – Action Plan'), a shaded three-cell strip "
        "('Review reference: PCSP/DHR/2022/02' | 'Date of death: 09/09/2022 (Priya, aged 52)' | 'Position as at: "
        "31 October 2025'), an italic status key. 'Part A – Overview report recommendations': Ref | Recommendation | "
        "Action | Lead agency | Target date | Progress update | Status, refs OV1-OV3 (bold) and the recommendation "
        "text merged down over their actions. 'Part B – Single agency recommendations (from the individual "
        "management reviews)': Agency | Ref | Recommendation | Action | Lead officer | Target | Progress update | "
        "Status, refs P1, P2, H1, G1, A1, C1 with the agency, ref and recommendation cells merged down; the table "
        "runs over the page break between G1 and A1 under the repeated header. Targets dotted dd.mm.yy or a month "
        "('Dec 2025'); progress cells hold dotted dates; Status Complete / Partially complete / Outstanding. A "
        "next-review line. No chronology"
    ),
    review=dict(
        review_id="PCSP/DHR/2022/02",
        review_type="DHR",
        area="Pilsworth",
        doc_kind="action_plan",
        author=None,
        victims=[{"pseudonym": "Priya", "age": 52}],
        date_of_death="2022-09-09",
    ),
    review_alternatives={"area": [P_CSP]},
    recommendations=[
        R(
            "OV1",
            P_CSP,
            "Pilsworth Community Safety Partnership should make sure that its domestic abuse training",
            ["training"],
        ),
        R(
            "OV2",
            P_CSP,
            "Pilsworth Community Safety Partnership should review how the MARAC hears cases",
            ["multi_agency_working", "risk_assessment"],
        ),
        R(
            "OV3",
            P_CSP,
            "Pilsworth Community Safety Partnership should publish information for families",
            ["awareness_public"],
        ),
        R(
            "P1",
            P_POL,
            "Pilsworth Police should remind officers that a victim’s carer may also be her abuser",
            ["routine_enquiry", "training"],
            level=AG,
        ),
        R(
            "P2",
            P_POL,
            "Pilsworth Police should audit the use of body-worn video at domestic incidents",
            ["quality_assurance"],
            level=AG,
        ),
        R(
            "H1",
            P_NHS,
            "The Trust should make sure that district nurses record who is present",
            ["record_keeping", "routine_enquiry"],
            level=AG,
        ),
        R(
            "G1",
            P_GP,
            "The practice should flag the records of patients who are carers",
            ["record_keeping", "information_sharing"],
            level=AG,
        ),
        R(
            "A1",
            P_ASC,
            "Adult Social Care should include a question about the relationship between a carer",
            ["routine_enquiry", "other"],
            level=AG,
        ),
        R(
            "C1",
            P_CC,
            "The Carers’ Centre should make sure that its support workers know how to refer",
            ["specialist_support", "training"],
            level=AG,
        ),
    ],
    actions=[
        _a(
            "OV1",
            "Add pharmacies and dental practices to the training offer",
            "Pilsworth CSP",
            "31.03.25",
            "Complete",
        ),
        _a(
            "OV1",
            "Report take-up by sector to the CSP Board",
            "Pilsworth CSP",
            "30.09.25",
            "Partially complete",
        ),
        _a("OV2", "Hold a MARAC themed session on older victims", "MARAC Chair", "Dec 2025", "Outstanding"),
        _a(
            "OV3",
            "Produce and distribute a family leaflet in English, Gujarati and Polish",
            "Pilsworth CSP",
            "30.06.25",
            "Complete",
        ),
        _a(
            "P1",
            "Issue a briefing on coercive control in caring relationships",
            "Inspector, Safeguarding Hub",
            "28.02.25",
            "Complete",
            section=P_POL,
        ),
        _a(
            "P2",
            "Dip-sample 50 domestic incidents each quarter",
            "Chief Inspector, Response",
            "31.12.25",
            "Partially complete",
            section=P_POL,
        ),
        _a(
            "H1",
            "Add a ‘who was present’ field to the district nursing assessment",
            "Safeguarding Lead Nurse",
            "31.05.25",
            "Complete",
            section=P_NHS,
        ),
        _a(
            "H1",
            "Audit completion of the new field",
            "Safeguarding Lead Nurse",
            "Mar 2026",
            "Outstanding",
            section=P_NHS,
        ),
        _a(
            "G1",
            "Run a search of carer codes and add a carer alert",
            "Practice Manager",
            "30.04.25",
            "Complete",
            section=P_GP,
        ),
        _a(
            "G1",
            "Discuss the learning from this review at a practice meeting",
            "GP Safeguarding Lead",
            "31.07.25",
            "Complete",
            section=P_GP,
        ),
        _a(
            "A1",
            "Revise the carer’s assessment form and guidance",
            "Principal Social Worker",
            "30.11.25",
            "Partially complete",
            section=P_ASC,
        ),
        _a(
            "A1",
            "Brief assessment staff on the revised form",
            "Principal Social Worker",
            "Jan 2026",
            "Outstanding",
            section=P_ASC,
        ),
        _a(
            "C1",
            "Agree a referral route with Pilsworth Domestic Abuse Service",
            "Centre Manager",
            "31.08.25",
            "Partially complete",
            section=P_CC,
        ),
    ],
    chronology=[],
    notes=(
        "plain pdftotext. Review fields: review id, date of death (09/09/2022) and Priya's age (52) from the "
        "shaded strip; DHR; area Pilsworth (the partnership's full name also accepted); doc_kind action_plan; no "
        "author. '31 October 2025' is the plan's position date. Recommendations: the nine Recommendation cells of "
        "both tables, ref the Ref cell as printed (OV1-OV3 level overview; P1, P2, H1, G1, A1, C1 level agency), "
        "agency the body each names (Part B: the Agency cell — 'The Trust', 'The practice', 'Adult Social Care' "
        "and 'The Carers’ Centre' resolved to it); all local. Actions: the thirteen rows, no action ref (null), "
        "recommendation_ref the merged Ref cell; agency_section 'overview' in Part A and the Agency cell in Part B; "
        "lead the Lead agency / Lead officer cell; target the Target cell (dotted dd.mm.yy the day, 'Dec 2025' / "
        "'Mar 2026' / 'Jan 2026' the month); status by the printed key (Complete complete, Partially complete "
        "in_progress, Outstanding not_started). Dotted dates inside Progress update cells are not targets. No "
        "chronology."
    ),
)

# --------- 5. SAR executive summary: cover reference lines; titled recommendation boxes
M_SAB = "Marlbury Safeguarding Adults Board"
GOLD[S5] = dict(
    family="sar_exec_summary_cover_ref_reviewer_lines_recommendation_boxes_number_dash_title",
    description=(
        "A SAR executive summary, URW Gothic 10, portrait (2.2 cm side margins), 2 pages; running head 'Marlbury "
        "SAB  |  SAR ‘Terence’' (left) and footer 'N' (centred). A cover block: the Board in bold, 'Safeguarding "
        "Adults Review', '‘Terence’' (bold), 'Executive Summary', then three lines 'SAR reference: "
        "MSAB/SAR/2024/02', 'Independent reviewer: Bethan Loxley-Harte', 'Report agreed by the Board: 14 May "
        "2025'. Sections '1. About Terence' (58, died at home on 2 December 2023), '2. Why the review was carried "
        "out', '3. What the review found', '4. Recommendations' (a lead-in, then five shaded one-cell boxes, each a "
        "bold 'Recommendation N – <title>' line over the text; box 5 on page 2), '5. Thanks'. No plan, no "
        "chronology"
    ),
    review=dict(
        review_id="MSAB/SAR/2024/02",
        review_type="SAR",
        area="Marlbury",
        doc_kind="executive_summary",
        author="Bethan Loxley-Harte",
        victims=[{"pseudonym": "Terence", "age": 58}],
        date_of_death="2023-12-02",
    ),
    review_alternatives={"area": [M_SAB]},
    recommendations=[
        R(
            "1",
            M_SAB,
            "Marlbury Safeguarding Adults Board should ask the hospital trust and adult social care",
            ["multi_agency_working", "policy_procedure"],
            title="Hospital discharge",
        ),
        R(
            "2",
            M_SAB,
            "The Board should relaunch its self-neglect and hoarding guidance",
            ["policy_procedure", "quality_assurance"],
            title="Self-neglect and hoarding",
        ),
        R(
            "3",
            "Marlbury Borough Council",
            "Marlbury Borough Council should make sure that social workers record",
            ["record_keeping", "other"],
            title="Mental capacity",
        ),
        R(
            "4",
            M_SAB,
            "The Board should agree with Marlbury Fire and Rescue Service a simple route",
            ["multi_agency_working", "other"],
            title="Fire safety",
        ),
        R(
            "5",
            M_SAB,
            "The Board should make sure that its SAR procedures explain how families",
            ["quality_assurance", "policy_procedure"],
            title="Family involvement",
        ),
    ],
    actions=[],
    chronology=[],
    notes=(
        "plain pdftotext. Review fields: review id, author (the independent reviewer) from the cover's lines; SAR; "
        "area Marlbury (the Board's full name also accepted); doc_kind executive_summary; Terence 58, died 2 "
        "December 2023 (section 1). '14 May 2025' is the Board's agreement date. Recommendations: the five boxes, "
        "ref N and title the words after the dash of the bold 'Recommendation N – <title>' line, text the box's "
        "second line onward; agency the body each opens with ('The Board' the Board); all local. The lead-in of "
        "section 4 is not a recommendation. No plan, no chronology."
    ),
)


def main():
    write_gold(GOLD, HERE, sys.argv[1] if len(sys.argv) > 1 else None, family_keys="after_file")


if __name__ == "__main__":
    main()
