"""Hand-written gold for heldout11b (blind set). Every field below was written by hand from the documents'
meaning; only each record's `line` is looked up in the .txt (first line holding the start of
text_start / action_start; `after` pins a later occurrence). Run once to write <stem>.json.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/: gold_lines, the line look-up and writer every blind set shares

from gold_lines import OV, A, C, R, write_gold  # noqa: E402

GOLD = {}

# ------------------------------------------------------------------ 1. Harrowfield, Home Office template
_H_ROWS = [
    # (rec, lead, target raw, target, status raw, status, [action starts])
    (
        "1",
        "Harrowfield Community Safety Partnership",
        "31/12/2023",
        "2023-12-31",
        "Completed 08/12/2023",
        "complete",
        [
            "Write to each panel agency asking it to name a champion",
            "Publish the list of champions on the Partnership's professional web pages",
            "Hold a launch session for the champions with the specialist domestic abuse service",
        ],
    ),
    (
        "2",
        "Harrowfield Police",
        "31/03/2024",
        "2024-03-31",
        "Completed",
        "complete",
        [
            "Add a domestic abuse prompt to the missing person initial risk assessment form",
            "Brief all response sergeants on the revised form",
        ],
    ),
    (
        "3",
        "NHS Harrowfield Integrated Care Board",
        "30/09/2024",
        "2024-09-30",
        "Amber – first audit done, repeat audit booked",
        "in_progress",
        [
            "Audit a sample of records from four practices for evidence of routine enquiry",
            "Share the audit findings with practice safeguarding leads",
            "Repeat the audit twelve months later to measure any change",
        ],
    ),
    (
        "4",
        "Harrowfield Borough Council Housing Services",
        "30/06/2024",
        "2024-06-30",
        "Completed 21/05/2024",
        "complete",
        [
            "Amend the tenancy change procedure so that the tenant is spoken to alone",
            "Train the tenancy management team on the amended procedure",
        ],
    ),
    (
        "5",
        "Harrowfield Adult Social Care",
        "31/03/2024",
        "2024-03-31",
        "Red – template change held back by the case management system upgrade",
        "not_started",
        [
            "Add a question about the carer's own safety to the carer's assessment template",
            "Test the revised template with the carers' reference group",
        ],
    ),
    (
        "6",
        "Harrowfield Community Safety Partnership",
        "31/10/2024",
        "2024-10-31",
        "Amber",
        "in_progress",
        [
            "Present the review's findings to the county Violence Reduction Unit board",
            "Agree with neighbouring partnerships who will draft a shared workplace toolkit",
        ],
    ),
    (
        "7",
        "Harrowfield Domestic Abuse Service",
        "31/05/2024",
        "2024-05-31",
        "Green 30/04/2024",
        "complete",
        [
            "Revise the unable-to-contact procedure to include a call back to the referrer",
            "Record the agreed second contact route on the case management system",
            "Report monthly on cases closed as unable to contact",
        ],
    ),
    (
        "8",
        "Harrowfield Community Safety Partnership",
        "31/01/2024",
        "2024-01-31",
        "Completed Letter sent 15/01/2024",
        "complete",
        [
            "Write to the Home Office DHR team setting out the panel's reasoning",
            "Record the Home Office response in the Partnership's annual report",
        ],
    ),
]

GOLD["dhr_plan_ho_outcome_rag_unheaded_num_harrowfield"] = dict(
    family="dhr_plan_ho_outcome_rag_unheaded_num",
    description=(
        "Home Office DHR action-plan template, landscape, with an unheaded narrow first column holding the "
        "recommendation number, 'Scope of recommendation', bullet-paragraph actions inside one cell, "
        "'Outcome' and 'Completion Date / RAG' columns; header row repeated over 3 pages."
    ),
    review=dict(
        review_id="HCSP DHR 2022-03",
        review_type="DHR",
        area="Harrowfield",
        doc_kind="action_plan",
        author=None,
        victims=[{"pseudonym": "Kerry", "age": None}],
        date_of_death=None,
    ),
    review_alternatives={"area": ["Harrowfield Community Safety Partnership"]},
    recommendations=[
        R(
            "1",
            "Harrowfield Community Safety Partnership",
            "Harrowfield Community Safety Partnership should make sure that every agency on the review panel",
            ["multi_agency_working", "training"],
            outcome="Staff in every agency know who to ask for advice",
        ),
        R(
            "2",
            "Harrowfield Police",
            "Harrowfield Police should review how officers attending a report of a missing adult consider",
            ["risk_assessment", "policy_procedure"],
            outcome="Missing person reports routinely record whether abuse was considered",
        ),
        R(
            "3",
            "NHS Harrowfield Integrated Care Board",
            "NHS Harrowfield Integrated Care Board should seek assurance that GP practices ask about domestic",
            ["routine_enquiry", "quality_assurance"],
            outcome="Routine enquiry is visible in GP records",
        ),
        R(
            "4",
            "Harrowfield Borough Council Housing Services",
            "Harrowfield Borough Council Housing Services should make sure that a tenant who asks to add",
            ["routine_enquiry", "policy_procedure", "other"],
            outcome="Tenancy changes are used as a chance to ask about safety",
        ),
        R(
            "5",
            "Harrowfield Adult Social Care",
            "Harrowfield Adult Social Care should make sure that carers' assessments consider whether",
            ["risk_assessment", "routine_enquiry"],
            outcome="Carers who are being harmed are identified and offered support",
        ),
        R(
            "6",
            "Harrowfield Community Safety Partnership",
            "The Partnership should ask the regional Violence Reduction Unit to consider a shared approach",
            ["awareness_public", "multi_agency_working"],
            scope="regional",
            outcome="Employers across the county have one consistent source of advice",
        ),
        R(
            "7",
            "Harrowfield Domestic Abuse Service",
            "Harrowfield Domestic Abuse Service should make sure that, when a victim cannot be reached",
            ["specialist_support", "policy_procedure"],
            outcome="No victim's case is closed without the referrer knowing",
        ),
        R(
            "8",
            "Home Office",
            "The Home Office should consider whether the statutory guidance should say more about involving",
            ["policy_procedure", "quality_assurance"],
            scope="national",
            outcome="The national guidance is considered in the light of this review",
        ),
    ],
    actions=[
        A(rec, OV, rec, start, lead, traw, tdate, sraw, status)
        for rec, lead, traw, tdate, sraw, status, starts in _H_ROWS
        for start in starts
    ],
    chronology=[],
    notes=(
        "Home Office template, landscape, plain pdftotext (cells printed column by column per page). The "
        "first column has no heading and holds the recommendation number; each recommendation is one row. "
        "The action cell holds 2-3 Word bullet paragraphs, each a separate action with its own verb; the "
        "gold records one action per bullet, all sharing the row's number as ref and recommendation_ref, "
        "its Lead Agency, Target Date and Completion Date / RAG. Status comes from the 'Completion Date / "
        "RAG' cell read with the key printed under the title (Red = not started, Amber = in progress, "
        "Green = complete); 'Completed' (with or without a date) -> complete; status_raw joins the cell's "
        "lines with a space. The 'Outcome' column is each recommendation's outcome. Recommendation 8 is made "
        "to the Home Office (scope National as printed) although the Partnership leads the action; "
        "recommendation 6 is Regional as printed. The title names the victim only as Kerry; no date of "
        "death or author is printed. Row 3 is split by the page break (its last word 'injuries.' is on "
        "page 2)."
    ),
)

# ------------------------------------------------------------------ 2. Fernhollow SAR, labelled blocks
GOLD["sar_plan_labelled_blocks_no_table_fernhollow"] = dict(
    family="sar_plan_labelled_blocks_no_table",
    description=(
        "SAB action plan printed without a table: numbered recommendations, then one block of bold labels "
        "per action ('Recommendation N', 'Action:', 'Lead:', 'Timescale:', 'Progress:', 'Status:'), some "
        "empty, one status given only in the progress prose."
    ),
    review=dict(
        review_id=None,
        review_type="SAR",
        area="Fernhollow",
        doc_kind="action_plan",
        author=None,
        victims=[{"pseudonym": "Dennis", "age": 71}],
        date_of_death="2023-01",
    ),
    review_alternatives={"area": ["Fernhollow Safeguarding Adults Board"]},
    recommendations=[
        R(
            "1",
            "Fernhollow Safeguarding Adults Board",
            "The Board should seek assurance that agencies apply the self-neglect protocol",
            ["quality_assurance", "policy_procedure"],
        ),
        R(
            "2",
            "Fernhollow Council Adult Social Care",
            "Fernhollow Council Adult Social Care should make sure that a Care Act assessment is offered",
            ["other"],
        ),
        R(
            "3",
            "Partners",
            "Partners should make sure that practitioners understand how to assess mental capacity",
            ["training", "record_keeping"],
        ),
        R(
            "4",
            "Fernhollow Safeguarding Adults Board",
            "The Board should ask Fernhollow Fire and Rescue Service and the Council to agree a joint referral",
            ["multi_agency_working"],
        ),
    ],
    actions=[
        A(
            None,
            OV,
            "1",
            "Hold a multi-agency audit of six self-neglect cases",
            "Board Business Manager",
            "March 2024",
            "2024-03",
            "Complete",
            "complete",
        ),
        A(
            None,
            OV,
            "1",
            "Refresh the self-neglect protocol in the light of the audit findings",
            "Chair of the Policy and Procedures Subgroup",
            "December 2024",
            "2024-12",
            "In progress",
            "in_progress",
        ),
        A(
            None,
            OV,
            "2",
            "Add a prompt to the hospital discharge notification",
            None,
            None,
            None,
            "In progress",
            "in_progress",
        ),
        A(
            None,
            OV,
            "3",
            "Deliver four half-day mental capacity workshops",
            "Fernhollow Council Principal Social Worker",
            "31/07/2024",
            "2024-07-31",
            "This action is complete.",
            "complete",
        ),
        A(
            None,
            OV,
            "4",
            "Agree a joint hoarding referral pathway between the fire service and the Council",
            "Fernhollow Fire and Rescue Service – Prevention Manager",
            "Q4 2024/25",
            "2025",
            "Not started",
            "not_started",
        ),
    ],
    chronology=[],
    notes=(
        "SAR plan, portrait, plain pdftotext. No table: the four recommendations are a numbered list, then "
        "each action is a block opened by a bold 'Recommendation N' line (which recommendation it serves; no "
        "action number is printed, so action refs are null and recommendation_ref is N) followed by "
        "'Action:', 'Lead:', 'Timescale:', 'Progress:', 'Status:' lines. The recommendation 2 block has empty "
        "Lead and Timescale (lead and target null) and its first line falls at the foot of page 1 with the "
        "rest on page 2. The recommendation 3 block has an empty Status: its progress says 'This action is "
        "complete.', so status complete with that sentence as status_raw. The recommendation 4 block has "
        "empty Progress. 'Q4 2024/25' is January-March 2025: year precision. Recommendation 3 is made to "
        "'Partners' as printed. Dennis died in January 2023 aged 71."
    ),
)

# ------------------------------------------------------------------ 3. Wexcombe CSP tracker
_W = [
    # (rec ref, rec agency, rec start, themes, action, lead, traw, t, rag, status)
    (
        "1",
        "Wexcombe Police",
        "Wexcombe Police to make sure that the DASH risk assessment is repeated after every new incident",
        ["risk_assessment"],
        "Issue a practice direction on repeat DASH completion",
        "Wexcombe Police",
        "Mar-24",
        "2024-03",
        "Blue",
        "complete",
    ),
    (
        "2",
        "MARAC chair",
        "The MARAC chair to review how cases are re-referred when a victim moves between districts",
        ["multi_agency_working", "risk_assessment"],
        "Update the MARAC operating protocol and circulate it",
        "MARAC Coordinator",
        "31.03.2024",
        "2024-03-31",
        "Green",
        "in_progress",
    ),
    (
        "3",
        None,
        "Interpreters used in domestic abuse cases should be independent of the family",
        ["other"],
        "Add the requirement to the interpreting contract specification",
        "Wexcombe Council Procurement",
        "Q4 2023/24",
        "2024",
        "Amber",
        "in_progress",
    ),
    (
        "1",
        "Substance misuse services",
        "Substance misuse services should ask every male client about abusive behaviour towards a partner",
        ["substance_misuse", "routine_enquiry", "perpetrators"],
        "Add routine enquiry about use of abuse to the drug and alcohol assessment",
        "Wexcombe Recovery Service",
        "End of June 2024",
        "2024-06",
        "Red",
        "not_started",
    ),
    (
        "2",
        "Probation",
        "Probation to make sure that home visits include checks on any new partner of a person on licence",
        ["perpetrators", "risk_assessment"],
        "Audit ten cases for partner checks at home visits",
        "Probation Service – Wexcombe PDU",
        "Mar-24",
        "2024-03",
        "Blue",
        "complete",
    ),
    (
        "1",
        "Wexcombe Safer Together Partnership",
        "The Partnership to raise awareness of economic abuse among banks and building societies",
        ["awareness_public"],
        "Run a briefing session for local bank branch staff",
        "Domestic Abuse Coordinator",
        "End of June 2024",
        "2024-06",
        "Green",
        "in_progress",
    ),
    (
        "2",
        "GP practices",
        "GP practices to record when a patient discloses that a partner controls their money",
        ["record_keeping"],
        "Create a clinical code guide for practice staff",
        "NHS Wexcombe ICB Safeguarding Team",
        "31.03.2024",
        "2024-03-31",
        "Amber",
        "in_progress",
    ),
    (
        "3",
        "Housing providers",
        "Housing providers to include economic abuse in their domestic abuse policies",
        ["policy_procedure", "other"],
        "Review the housing domestic abuse policy",
        "Wexcombe Homes",
        "Q4 2023/24",
        "2024",
        "Blue",
        "complete",
    ),
]

GOLD["csp_dhr_tracker_multi_review_colour_rag_wexcombe"] = dict(
    family="csp_dhr_tracker_multi_review_colour_rag",
    description=(
        "CSP tracker covering three DHRs in one landscape table: 'DHR' column naming the review, 'No.' "
        "restarting at 1 per review, recommendation and action columns, RAG as colour words with a key "
        "table, dates 'Mar-24', '31.03.2024', 'Q4 2023/24', 'End of June 2024'."
    ),
    review=dict(
        review_id=None,
        review_type="DHR",
        area="Wexcombe",
        doc_kind="action_plan",
        author=None,
        victims=[],
        date_of_death=None,
    ),
    review_alternatives={"area": ["Wexcombe Safer Together Partnership"]},
    recommendations=[R(ref, ag, start, th) for ref, ag, start, th, *_ in _W],
    actions=[
        A(ref, OV, ref, act, lead, traw, t, rag, st) for ref, _ag, _s, _th, act, lead, traw, t, rag, st in _W
    ],
    chronology=[],
    notes=(
        "Partnership tracker of recommendations from three DHRs ('Amira' 2021, 'Mr T' 2022, 'Beth' 2023), "
        "landscape, one page, plain pdftotext (the RAG key table and the tracker's columns print as blocks). "
        "Numbers restart at 1 for each review, so refs 1, 2, 3, 1, 2, 1, 2, 3 are kept as printed; each row "
        "is one recommendation with one action (ref = recommendation_ref = the row number). No single review "
        "id, victim or date of death belongs to the document. RAG key: Blue = complete; Green (on track) "
        "and Amber (slippage, expected to complete) = in_progress; Red (not started or at risk; the update "
        "says the change request is not accepted) = not_started. Quarters of financial years hold year "
        "precision ('Q4 2023/24' = January-March 2024); 'End of June 2024' = 2024-06. The 'Amira' "
        "interpreters recommendation names no agency (agency null)."
    ),
)

# ------------------------------------------------------------------ 4. Ormsby ICB single-agency plan
_ICB = "NHS Ormsby Integrated Care Board"
GOLD["nhs_icb_single_agency_plan_merged_learning_ormsby"] = dict(
    family="nhs_icb_single_agency_plan_merged_learning",
    description=(
        "Health single-agency DHR plan: portrait cover paragraph then a landscape table 'Ref | Learning "
        "identified | Action | Responsible | Deadline | Evidence | Status', refs 'ICB 1'..'ICB 5', learning "
        "cells merged over two actions, long evidence column, statuses Closed / Open – on track / Open – overdue."
    ),
    review=dict(
        review_id="OCSP/DHR/04",
        review_type="DHR",
        area="Ormsby",
        doc_kind="action_plan",
        author=None,
        victims=[{"pseudonym": "Sofia", "age": None}],
        date_of_death=None,
    ),
    recommendations=[],
    actions=[
        A(
            "ICB 1",
            _ICB,
            None,
            "Circulate a seven-minute briefing to all GP practices",
            "Named GP for Safeguarding",
            "31/01/2024",
            "2024-01-31",
            "Closed",
            "complete",
        ),
        A(
            "ICB 2",
            _ICB,
            None,
            "Add a 'was not brought / did not attend' flag review",
            "Primary Care Safeguarding Lead",
            "30/06/2024",
            "2024-06-30",
            "Open – on track",
            "in_progress",
        ),
        A(
            "ICB 3",
            _ICB,
            None,
            "Seek assurance from the maternity provider that women are seen alone",
            "Designated Nurse, Safeguarding Adults",
            "31/03/2024",
            "2024-03-31",
            "Open – overdue",
            "in_progress",
        ),
        A(
            "ICB 4",
            _ICB,
            None,
            "Health visiting service to audit records of ten families",
            "Head of Children's Community Services",
            "30/04/2024",
            "2024-04-30",
            "Closed",
            "complete",
        ),
        A(
            "ICB 5",
            _ICB,
            None,
            "Add a section on independent interpreters to level 3 adult safeguarding training",
            "ICB Safeguarding Training Lead",
            "31/10/2024",
            "2024-10-31",
            "Open – on track",
            "in_progress",
        ),
    ],
    chronology=[],
    notes=(
        "Single-agency plan, plain pdftotext. The opening paragraph says the plan answers the learning from "
        "the ICB's IMR and that the overview report's recommendations are tracked elsewhere, so the "
        "'Learning identified' cells are NOT recommendations (no recommendation records; recommendation_ref "
        "null). Refs 'ICB 1'..'ICB 5' kept as printed, one action each; the learning cells are merged over "
        "ICB 1-2 and ICB 3-4. agency_section is the ICB (the plan's only agency). Status: 'Closed' = "
        "evidence accepted -> complete; 'Open – on track' -> in_progress; 'Open – overdue' (ICB 3: audit "
        "requested, escalated, interim data received, so work is under way) -> in_progress. No date of death "
        "or author printed."
    ),
)

# ------------------------------------------------------------------ 5. Pelham chronology table
_P = [
    ("c. June 2017", "2017-06", "Grace and Liam met through friends and began a relationship"),
    ("14/09/2017", "2017-09-14", "Grace registered with Orchard Lane Surgery after moving to Pelham"),
    ("Early 2018", "2018", "Grace's mother noticed that Grace had stopped seeing her friends"),
    ("22/03/2018", "2018-03-22", "Neighbour reported a woman screaming at the flat"),
    (
        "05/06/2018",
        "2018-06-05",
        "Grace attended with a cut to her hand which she said happened while cooking",
    ),
    ("17/08/2018", "2018-08-17", "Pelham Homes received a complaint from a neighbour about shouting"),
    ("02/11/2018", "2018-11-02", "Ambulance called by Liam who said Grace had fallen down the stairs"),
    ("02/11/2018", "2018-11-02", "Fracture of the left wrist treated. Liam stayed with Grace"),
    (
        "December 2018",
        "2018-12",
        "Grace's line manager noted that she had taken eight days of sickness absence",
    ),
    ("11/01/2019", "2019-01-11", "Telephone consultation about low mood. Grace was prescribed sertraline"),
    (
        "w/c 04/03/2019",
        "2019-03-04",
        "Self-referral received from Grace. An assessment appointment was offered",
    ),
    ("20/03/2019", "2019-03-20", "Grace did not attend the assessment and was discharged"),
    ("03/04/19 (approx.)", "2019-04-03", "Grace told a close friend that Liam had taken her bank card"),
    ("27/05/2019", "2019-05-27", "Grace called 999 to report that Liam had pushed her against a wall"),
    ("28/05/2019", "2019-05-28", "Liam released on bail with conditions not to contact Grace"),
    ("31/05/2019", "2019-05-31", "Referral received from police. The IDVA made two calls to Grace"),
    ("June 2019", "2019-06", "Grace stayed with her mother for about three weeks while Liam was on bail"),
    ("12/07/2019", "2019-07-12", "Charge of assault by beating authorised"),
    ("09/08/2019", "2019-08-09", "Grace told the IDVA she had resumed the relationship"),
    (
        "16/09/2019",
        "2019-09-16",
        "Grace did not attend to give evidence. The prosecution offered no evidence",
    ),
    ("04/10/2019", "2019-10-04", "Grace rang the non-emergency number to ask whether Liam's bail conditions"),
    ("Autumn 2019", "2019", "Grace resigned from her job, telling colleagues that Liam wanted her"),
    ("07/01/2020", "2020-01-07", "Grace attended alone and disclosed that Liam was 'controlling'"),
    ("09/01/2020", "2020-01-09", "Referral received from the GP. Calls to Grace on 9 and 10 January"),
    ("14/01/2020", "2020-01-14", "Follow-up call made; Liam answered Grace's phone"),
    ("21/01/2020", "2020-01-21", "Case closed after three unanswered calls and a letter inviting Grace"),
    ("w/c 03/02/2020", "2020-02-03", "Grace asked at the Pelham Homes office about a transfer"),
    ("February 2020", "2020-02", "Grace told her sister she was planning to leave Liam"),
    (
        "06/03/2020",
        "2020-03-06",
        "Police called by a neighbour to the flat. Grace was found with fatal injuries",
    ),
]
GOLD["chron_table_date_source_event_analysis_pelham"] = dict(
    family="chron_table_date_source_event_analysis",
    description=(
        "DHR appendix: combined chronology table 'Date | Source | Event | Analysis comment', 29 rows over 3 "
        "pages with the header repeated, two rows split by page breaks, times under some dates, approximate "
        "and week-commencing dates."
    ),
    review=dict(
        review_id=None,
        review_type="DHR",
        area="Pelham",
        doc_kind="overview_report",
        author=None,
        victims=[{"pseudonym": "Grace", "age": None}],
        date_of_death="2020-03-06",
    ),
    recommendations=[],
    actions=[],
    chronology=[C(None, None, raw, date, start) for raw, date, start in _P],
    notes=(
        "Report appendix, portrait, plain pdftotext (each page prints the table column by column). One "
        "chronology entry per table row; text_start is the Event cell (the Analysis comment is part of the "
        "same entry but not its start). Rows are unnumbered (ref null). A time printed under the date "
        "('23:15') is not part of date_raw. 'c. June 2017' -> 2017-06; 'Early 2018' and 'Autumn 2019' -> "
        "year precision; 'w/c 04/03/2019' -> the Monday 2019-03-04; '03/04/19 (approx.)' -> 2019-04-03 "
        "(UK day/month order like every other date in the table). Two rows on 02/11/2018 (Ambulance, "
        "Hospital ED) are separate entries. The 27/05/2019 row (page 1-2) and the 21/01/2020 row (page 2-3) "
        "are split by page breaks and each is one entry. The last row records the homicide on 06/03/2020 "
        "(Grace found with fatal injuries): date_of_death 2020-03-06. The header says 'Appendix B' of the "
        "DHR; doc_kind overview_report."
    ),
)

# ------------------------------------------------------------------ 6. Quarrington narrative chronology
_Q = "5. Summary of events"
GOLD["chron_narrative_year_headed_relative_quarrington"] = dict(
    family="chron_narrative_year_headed_relative",
    description=(
        "DHR overview report section 5: narrative chronology under bold year lines (2017-2020), numbered "
        "paragraphs 5.1-5.13 opening with day-month dates, 'In late April', 'Two weeks later', 'The "
        "following day', 'Three days later', the agency named inside the sentence."
    ),
    review=dict(
        review_id=None,
        review_type="DHR",
        area="Quarrington",
        doc_kind="overview_report",
        author=None,
        victims=[{"pseudonym": "Hannah", "age": None}],
        date_of_death="2020-01-31",
    ),
    recommendations=[],
    actions=[],
    chronology=[
        C("5.1", _Q, "On 3 March", "2017-03-03", "Hannah registered with the Ferngate Medical Practice"),
        C(
            "5.2",
            _Q,
            "In late April",
            "2017-04",
            "Quarrington Police received a call from a member of the public",
        ),
        C(
            "5.3",
            _Q,
            "Two weeks later",
            "2017-05",
            "Hannah attended the Emergency Department at Quarrington Royal Infirmary",
            relative=True,
        ),
        C(
            "5.4",
            _Q,
            "On 19 November",
            "2017-11-19",
            "the Ferngate Medical Practice saw Hannah for a pregnancy",
        ),
        C(
            "5.5",
            _Q,
            "On 8 January",
            "2018-01-08",
            "the community midwife from Quarrington Maternity Services",
        ),
        C(
            "5.6",
            _Q,
            "In mid-July",
            "2018-07",
            "Hannah gave birth to a daughter at Quarrington Royal Infirmary",
        ),
        C(
            "5.7",
            _Q,
            "On 2 October",
            "2018-10-02",
            "Quarrington Police attended the flat after Hannah called",
        ),
        C(
            "5.8",
            _Q,
            "The following day",
            "2018-10-03",
            "a referral was sent to Quarrington Children's Services",
            relative=True,
        ),
        C("5.9", _Q, "On 25 October", "2018-10-25", "the MARAC discussed the case"),
        C("5.10", _Q, "In February", "2019-02", "Quarrington Children's Services closed the assessment"),
        C(
            "5.11",
            _Q,
            "On 14 June",
            "2019-06-14",
            "Hannah told the health visitor from Quarrington Community Health",
        ),
        C(
            "5.12",
            _Q,
            "Three days later",
            "2019-06-17",
            "Marek was seen by the Quarrington Recovery Partnership",
            relative=True,
        ),
        C("5.13", _Q, "On 30 January", "2020-01-30", "Quarrington Police were called by a neighbour"),
    ],
    notes=(
        "Overview report section 5 only, portrait, plain pdftotext. Bold lines '2017', '2018', '2019', '2020' "
        "are year headings, not entries; every paragraph's day/month takes the year of the heading above it. "
        "text_start skips the opening date phrase. 5.3 'Two weeks later' follows 'late April' 2017: two "
        "weeks after 21-30 April falls in May, so month precision 2017-05. 5.8 'The following day' = "
        "2018-10-03; 5.12 'Three days later' = 2019-06-17. 'In mid-July' and 'In February' hold month "
        "precision. 5.13: Hannah was found on 30 January 2020 and died the next morning: date_of_death "
        "2020-01-31. The heading text is kept in each entry's 'heading' for reference only."
    ),
)

# ------------------------------------------------------------------ 7. Lowdale CSPR partnership plan (layout)
_L_ACTS = [
    (
        "1",
        "Revise the multi-agency referral form to list all children in the household",
        "Lowdale Council Children's Services",
        "31/12/2023",
        "2023-12-31",
        "Complete",
        "complete",
    ),
    (
        "1",
        "Dip sample 20 referrals for siblings being named and considered",
        "Partnership Quality Assurance Subgroup",
        "30/06/2024",
        "2024-06-30",
        "Amber",
        "in_progress",
    ),
    (
        "2",
        "Relaunch the escalation and resolution of professional disagreement protocol",
        "Partnership Business Unit",
        "Sept 2023",
        "2023-09",
        "Green",
        "in_progress",
    ),
    (
        "2",
        "Include escalation in the designated safeguarding lead training",
        "Lowdale Education Safeguarding Team",
        "Spring term 2024",
        "2024",
        "Amber",
        "in_progress",
    ),
    (
        "2",
        "Survey early years settings about their confidence in escalating",
        "Lowdale Early Years Service",
        "31/07/2024",
        "2024-07-31",
        "Red",
        "not_started",
    ),
    (
        "3",
        "Audit community paediatric records for follow-up of missed appointments",
        "Lowdale Community Health NHS Trust",
        "31/03/2024",
        "2024-03-31",
        "Complete",
        "complete",
    ),
]
GOLD["cspr_partnership_plan_merged_rec_progress_rag_lowdale"] = dict(
    family="cspr_partnership_plan_merged_rec_progress_rag",
    description=(
        "Local child safeguarding practice review partnership plan, landscape, layout-mode text: a facts "
        "table, then 'Recommendation (merged over its actions) | Action | Lead agency | Target date | "
        "Progress/RAG' where the progress prose ends with a RAG word."
    ),
    review=dict(
        review_id="LSCP CSPR 2023/01",
        review_type="CSPR",
        area="Lowdale",
        doc_kind="action_plan",
        author="Anwen Pryce",
        victims=[{"pseudonym": "Child R", "age": None}],
        date_of_death=None,
    ),
    review_alternatives={
        "review_type": ["LCSPR"],
        "area": ["Lowdale Safeguarding Children Partnership"],
    },
    recommendations=[
        R(
            "1",
            "Lowdale Safeguarding Children Partnership",
            "The Partnership should make sure that practitioners consider the needs of every child",
            ["children", "risk_assessment"],
            line=15,
        ),
        R(
            "2",
            "Schools and early years settings",
            "Schools and early years settings should be reminded how to escalate concerns",
            ["children", "multi_agency_working"],
            line=21,
        ),
        R(
            "3",
            "Health partners",
            "Health partners should make sure that a child's non-attendance at health appointments",
            ["children", "record_keeping"],
            line=29,
        ),
    ],
    actions=[A(None, OV, rec, act, lead, traw, t, sraw, st) for rec, act, lead, traw, t, sraw, st in _L_ACTS],
    chronology=[],
    notes=(
        "CSPR partnership plan, landscape, one page, pdftotext -layout (columns side by side; the merged "
        "recommendation cell's lines run beside several action rows). Each recommendation cell opens "
        "'Recommendation N:' (ref N; the label is not part of the text). Actions carry no number: ref null, "
        "recommendation_ref from the merged cell. 'Progress/RAG' is prose ending in a RAG word: "
        "status_raw is that word; 'Complete' -> complete, Green (on track) and Amber (some delay) -> "
        "in_progress, Red (off track or not started; the prose says not yet started) -> not_started. "
        "'Sept 2023' -> 2023-09; 'Spring term 2024' -> year precision. The lead reviewer (Dr Anwen Pryce) "
        "is the author. Review type CSPR (LCSPR accepted). Recommendation lines are pinned because "
        "layout mode interleaves the recommendation column with the action column."
    ),
)


def main():
    # An optional folder argument writes the .json files there (a scratch copy to compare with the committed ones).
    write_gold(GOLD, HERE, sys.argv[1] if len(sys.argv) > 1 else None, family_keys="after_file")


if __name__ == "__main__":
    main()
