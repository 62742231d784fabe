"""Hand-written gold for heldout15 (blind set). Every field below was written by hand from the documents'
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
    """The line of a plan's own title, so that action look-ups start after the report's body."""
    return find_line((HERE / f"{stem}.txt").read_text(encoding="utf-8").split("\n"), needle)


# ------------------------------------------- 1. DHR, recommendations table in the body, RAG-first plan
S1 = "dhr_rec_table_in_body_plan_rag_update_first_corrowby"
P1 = below(S1, "RAG key: Blue – action complete")
CCSP = "Corrowby Community Safety Partnership"
GOLD[S1] = dict(
    family="dhr_rec_table_in_body_plan_rag_update_first",
    description=(
        "DHR overview report: cover, contents with dotted leaders, running head, page footer, footnote, "
        "terms-of-reference bullets, panel table, bold 'Finding 1-4' headings over numbered paragraphs, a "
        "shaded good-practice box, 'Lesson 1-3' bullets, six recommendations in a Word table 'No. | "
        "Recommendation | Agency' inside section 8 (one cell of two paragraphs), and a landscape action plan "
        "whose columns run No. | RAG | Update | Recommendation | Action | Evidence | Lead officer | Target, "
        "recommendation 1 on two rows both numbered '1'"
    ),
    review=dict(
        review_id="CCSP/DHR/2022/02",
        review_type="DHR",
        area="Corrowby",
        doc_kind="overview_report",
        author="Hilary Oduya-Stenning",
        victims=[{"pseudonym": "Ann", "age": 71}],
        date_of_death="2022-03",
    ),
    review_alternatives={"area": [CCSP]},
    recommendations=[
        R(
            "1",
            CCSP,
            "Corrowby Community Safety Partnership should make sure that its domestic abuse strategy",
            ["policy_procedure", "awareness_public"],
            aliases=["Strategy to name older people; publicity on abuse in later life."],
        ),
        R(
            "2",
            "Corrowby Borough Council Adult Social Care",
            "Corrowby Borough Council Adult Social Care should change its carer’s assessment",
            ["routine_enquiry", "policy_procedure"],
            aliases=["Carer offered a conversation alone and asked whether they feel safe."],
        ),
        R(
            "3",
            "Wessmoor Constabulary",
            "Wessmoor Constabulary should ensure that where officers attend an incident",
            ["risk_assessment", "routine_enquiry", "quality_assurance"],
            aliases=["Victim spoken to alone; supervisor review before closure."],
        ),
        R(
            "4",
            "Tollgate Surgery",
            "Tollgate Surgery should record on both records when one patient is the carer",
            ["record_keeping", "information_sharing"],
            aliases=["Record carer links; police notifications visible on both records."],
        ),
        R(
            "5",
            "Corrowby and District NHS Foundation Trust",
            "Corrowby and District NHS Foundation Trust should include abuse of older people",
            ["training"],
            aliases=["Training for emergency department and frailty staff."],
        ),
        R(
            "6",
            CCSP,
            "The Chair of the Partnership should write to the Department of Health and Social Care",
            ["policy_procedure", "routine_enquiry"],
            scope="national",
            aliases=["Letter to DHSC on national carer’s assessment guidance."],
        ),
    ],
    actions=[
        A(
            "1",
            OV,
            "1",
            "Revise the domestic abuse strategy to include older people and their carers.",
            "Community Safety Manager",
            "December 2024",
            "2024-12",
            "Green",
            "in_progress",
            after=P1,
        ),
        A(
            "1",
            OV,
            "1",
            "Commission posters and radio adverts with Silverlines Corrowby",
            "Community Safety Manager",
            "March 2025",
            "2025-03",
            "Amber",
            "in_progress",
            after=P1,
        ),
        A(
            "2",
            OV,
            "2",
            "Amend the carer’s assessment form and guidance; brief all assessors.",
            "Head of Adult Safeguarding",
            "30/04/2024",
            "2024-04-30",
            "Blue",
            "complete",
            after=P1,
        ),
        A(
            "3",
            OV,
            "3",
            "Add a mandatory supervisor review of the risk assessment for incidents",
            "DI, Public Protection Unit",
            "Q3 2024/25",
            "2024",
            "Green",
            "in_progress",
            after=P1,
        ),
        A(
            "4",
            OV,
            "4",
            "Create a carer relationship code in the clinical system",
            "Practice Manager, Tollgate Surgery",
            "31 March 2024",
            "2024-03-31",
            "Blue",
            "complete",
            after=P1,
        ),
        A(
            "5",
            OV,
            "5",
            "Add a module on abuse in later life to level 3 domestic abuse training.",
            "Named Nurse Safeguarding Adults",
            "January 2025",
            "2025-01",
            "Amber",
            "in_progress",
            after=P1,
        ),
        A(
            "6",
            OV,
            "6",
            "Chair to write to the Department of Health and Social Care.",
            "Partnership Chair",
            "On publication",
            None,
            "Red",
            "not_started",
            after=P1,
        ),
    ],
    chronology=[],
    notes=(
        "DHR overview report, pdftotext plain. Review id 'CCSP/DHR/2022/02' (cover); date of death March 2022 "
        "(cover, 1.1), month precision. Recommendations: the six rows of the 'No. | Recommendation | Agency' "
        "table in section 8, level overview (the table mixes the Partnership and single agencies but the "
        "report calls them all the panel's recommendations), ref the No. cell, agency the Agency cell; rec 3's "
        "cell has a second paragraph ('The review should check ...') which belongs to its text. 6 is a letter "
        "to DHSC -> national; the rest local (Wessmoor Constabulary acts without cross-area words). Aliases: the "
        "plan's short Recommendation cells. Excluded: terms-of-reference questions, Findings 1-4 and their "
        "paragraphs, the good-practice box, Lessons 1-3 (the report says they are not recommendations), the "
        "conclusions, dissemination bullets. Plan: Appendix A, one action per row, ref and recommendation_ref "
        "the No. cell (rec 1 on two rows both printed '1'); status from the RAG cell under the printed key "
        "(Blue complete, Green/Amber in_progress, Red 'not yet started' -> not_started), the Update column is "
        "progress not status; 'Q3 2024/25' -> 2024 (year precision); 'On publication' is no date. No "
        "chronology: section 4 is narrative background without dated paragraphs."
    ),
)


# ------------------------------------------------ 2. Northern Ireland DHR, Date | Source | Event | Comment
S2 = "ni_dhr_chronology_date_source_event_comment_carnmoy"
PSNI = "Police Service of Northern Ireland"
P2 = below(S2, "The panel makes six recommendations")
GOLD[S2] = dict(
    family="ni_dhr_chronology_date_source_event_comment",
    description=(
        "Northern Ireland DHR report commissioned by the Department of Justice: cover, contents with dotted "
        "leaders, running head, footnote, numbered paragraphs, terms-of-reference bullets, a chronology table "
        "'Date | Source | Event | Comment' (dd/mm/yyyy, 'Summer 2019', 'January 2020', 'Feb–Mar 2021', 'Late "
        "May 2021', one empty Comment cell), good-practice bullets, bold 'Learning point 1-3' labels, six "
        "recommendations printed 'Recommendation N – <agency>' over a paragraph (two to NI government "
        "departments), glossary table; no plan"
    ),
    review=dict(
        review_id="DHR/NI/2021/09",
        review_type="DHR",
        area="Carnmoy",
        doc_kind="overview_report",
        author="Declan Fairleigh-Moore",
        victims=[{"pseudonym": "Orla", "age": 38}],
        date_of_death="2021-09-12",
    ),
    review_alternatives={
        "area": ["Northern Ireland", "Department of Justice", "Carnmoy, County Down"],
        "date_of_death": ["2021-09"],
    },
    recommendations=[
        R(
            "1",
            "Department of Justice",
            "The Department of Justice should work with the Department of Health to deliver a public",
            ["awareness_public"],
            scope="national",
        ),
        R(
            "2",
            PSNI,
            "The PSNI should ensure that every breach of bail or of a non-molestation order",
            ["risk_assessment", "information_sharing"],
        ),
        R(
            "3",
            "Police Service of Northern Ireland and Probation Board for Northern Ireland",
            "The PSNI and the Probation Board for Northern Ireland should agree a procedure for checking",
            ["information_sharing", "perpetrators"],
        ),
        R(
            "4",
            "Northern Ireland Housing Executive",
            "The Northern Ireland Housing Executive should review its response to applicants awarded",
            ["specialist_support", "policy_procedure"],
        ),
        R(
            "5",
            "Mid-Lough Health and Social Care Trust",
            "The Mid-Lough Health and Social Care Trust should make sure that health visitors see the mother",
            ["routine_enquiry", "quality_assurance"],
            after=P2,
        ),
        R(
            "6",
            "Department of Education",
            "The Department of Education should issue guidance to schools on recording and sharing",
            ["policy_procedure", "children", "information_sharing"],
            scope="national",
        ),
    ],
    actions=[],
    chronology=[
        C(None, None, "14/03/2019", "2019-03-14", "Orla attends Abbeyview Health Centre with anxiety"),
        C(None, None, "Summer 2019", "2019", "The older son’s form teacher notes that he is tired"),
        C(None, None, "02/11/2019", "2019-11-02", "Police called by a neighbour to shouting at the house"),
        C(
            None,
            None,
            "January 2020",
            "2020-01",
            "Health visitor visit for the younger son’s development check",
        ),
        C(None, None, "11/01/2021", "2021-01-11", "Orla reports that Shane pushed her against a wall"),
        C(
            None,
            None,
            "28/01/2021",
            "2021-01-28",
            "Case heard at MARAC. Actions: Women’s Aid to contact Orla",
        ),
        C(
            None,
            None,
            "Feb–Mar 2021",
            "2021-02",
            "Outreach worker meets Orla four times and completes a safety plan",
            date_end="2021-03",
        ),
        C(
            None,
            None,
            "19/04/2021",
            "2021-04-19",
            "Orla applies for a transfer on the grounds of domestic abuse",
        ),
        C(
            None,
            None,
            "Late May 2021",
            "2021-05",
            "Orla reports that Shane has breached bail by sending messages",
        ),
        C(
            None,
            None,
            "07/07/2021",
            "2021-07-07",
            "Shane is sentenced for the January assault to a probation order",
        ),
        C(None, None, "04/08/2021", "2021-08-04", "Shane misses his second probation appointment"),
        C(None, None, "12/09/2021", "2021-09-12", "Police are called by Orla’s elder son"),
    ],
    notes=(
        "Northern Ireland DHR, LibreOffice text export of the .docx (one table cell a line, no running heads "
        "or page numbers). Review id 'DHR/NI/2021/09' (cover); area Carnmoy (the review is commissioned by "
        "the Department of Justice for Northern Ireland: 'Northern Ireland' accepted); date of death 12 "
        "September 2021 from the last chronology row (1.1 says September 2021, accepted). Recommendations: "
        "'Recommendation N – <agency>' label over a paragraph, level overview, ref N, agency the body printed "
        "after the dash (rec 3 names PSNI and PBNI jointly, as printed). Scope: 1 (Department of Justice) and 6 "
        "(Department of Education) are government departments -> national; PSNI, the Trust and the Housing "
        "Executive act without cross-area words -> local, although each covers more than Carnmoy. Excluded: "
        "terms-of-reference bullets, analysis 6.1-6.4, good practice bullets, 'Learning point 1-3' (learning, "
        "not recommendations). Chronology: Table 1, one event per row, no refs, no sub-headings; text is the "
        "Event cell (the Comment cell is the panel's view and may be appended); 'Summer 2019' -> 2019; "
        "'Feb–Mar 2021' -> 2021-02 to 2021-03; 'Late May 2021' -> 2021-05 (approximate). The 4.x background "
        "paragraphs and the glossary are not chronology. No action plan."
    ),
)


# ------------------------------------------------ 3. SAR, unnumbered bullets answered by labelled blocks
S3 = "sar_unnumbered_bullet_recs_labelled_block_plan_pellinghurst"
P3 = below(S3, "Appendix 1: Board response and action plan")
PSAB = "Pellinghurst Safeguarding Adults Board"
GOLD[S3] = dict(
    family="sar_unnumbered_bullet_recs_labelled_block_plan",
    description=(
        "Safeguarding Adults Review (self-neglect, Care Act s44): review id only in the footer, foreword, "
        "numbered paragraphs, footnote, narrative 'What happened' without dates, bold 'Finding 1-5' titles, a "
        "shaded 'Questions for practitioners' box, 'What went well' bullets, six board recommendations as "
        "bullets without numbers under 'the Board should:', and a board response plan printed as labelled "
        "blocks (Recommendation: / Action: / Lead: / Timescale: / Progress: / Status:), one block per action, "
        "the block for one recommendation split by a page break"
    ),
    review=dict(
        review_id="PSAB SAR 2023/01",
        review_type="SAR",
        area="Pellinghurst",
        doc_kind="overview_report",
        author="Bernadette Quaile-Harrop",
        victims=[{"pseudonym": "Mr K", "age": 66}],
        date_of_death="2022",
    ),
    review_alternatives={"area": [PSAB]},
    recommendations=[
        R(
            None,
            PSAB,
            "seek assurance that adult social care looks at the history of previous referrals",
            ["quality_assurance", "risk_assessment"],
            aliases=[
                "Seek assurance that previous referrals are considered and that a third referral leads to a visit."
            ],
        ),
        R(
            None,
            PSAB,
            "promote training on mental capacity assessment where a person’s choices put them",
            ["training"],
            aliases=["Training on mental capacity where choices put a person at serious risk."],
        ),
        R(
            None,
            PSAB,
            "agree with Pellinghurst Fire and Rescue Service a way for high-risk home fire safety visits",
            ["information_sharing"],
            aliases=["Sharing high-risk home fire safety visits with adult social care and the GP."],
        ),
        R(
            None,
            PSAB,
            "revise the multi-agency self-neglect procedure so that a cancelled meeting is rearranged",
            ["policy_procedure", "multi_agency_working"],
            aliases=["Revise the self-neglect procedure: rearrange cancelled meetings; named deputy chair."],
        ),
        R(
            None,
            PSAB,
            "ask the commissioners of the community alcohol service to replace automatic discharge",
            ["substance_misuse"],
            aliases=["Replace automatic discharge after missed appointments with assertive outreach."],
        ),
        R(
            None,
            PSAB,
            "audit, twelve months after publication, a sample of closed self-neglect referrals",
            ["quality_assurance"],
            aliases=["Audit a sample of closed self-neglect referrals twelve months after publication."],
        ),
    ],
    actions=[
        A(
            None,
            OV,
            None,
            "Adult social care to add a history check to the front door screening tool",
            "Principal Social Worker, Pellinghurst Council",
            "December 2024",
            "2024-12",
            "On track",
            "in_progress",
            after=P3,
        ),
        A(
            None,
            OV,
            None,
            "Commission a multi-agency course on capacity and self-neglect",
            "Board Learning and Development Group",
            "31 March 2025",
            "2025-03-31",
            "On track",
            "in_progress",
            after=P3,
        ),
        A(
            None,
            OV,
            None,
            "Agree an information sharing protocol with the fire service for very high risk visits.",
            "Head of Prevention, Pellinghurst Fire and Rescue Service",
            "September 2024",
            "2024-09",
            "Complete",
            "complete",
            after=P3,
        ),
        A(
            None,
            OV,
            None,
            "Add the fire service’s referral route to the GP practices’ safeguarding guidance.",
            "Designated Nurse, Pellinghurst ICB",
            "December 2024",
            "2024-12",
            "Delayed",
            "in_progress",
            after=P3,
        ),
        A(
            None,
            OV,
            None,
            "Redraft the multi-agency self-neglect procedure and consult partners.",
            "Board Policy and Procedures Group",
            "January 2025",
            "2025-01",
            "On track",
            "in_progress",
            after=P3,
        ),
        A(
            None,
            OV,
            None,
            "Public health commissioners to vary the community alcohol service contract.",
            "Director of Public Health, Pellinghurst Council",
            "April 2025",
            "2025-04",
            "Not started",
            "not_started",
            after=P3,
        ),
        A(
            None,
            OV,
            None,
            "Multi-agency audit of twenty closed self-neglect referrals.",
            "Board Quality Assurance Group",
            "June 2025",
            "2025-06",
            "Not started",
            "not_started",
            after=P3,
        ),
    ],
    chronology=[],
    notes=(
        "Safeguarding Adults Review, pdftotext plain (the bullet glyphs are lost; 'self-neglect' at a line end "
        "comes out 'selfneglect'). Review id 'PSAB SAR 2023/01' printed only in the footer; victim 'Mr K', 66 "
        "(3.1); died 'in the winter of 2022' -> 2022 (year). Recommendations: the six bullets under 'The reviewer "
        "recommends that Pellinghurst Safeguarding Adults Board should:', no numbers printed -> ref null, level "
        "overview, agency the Board (the lead-in addresses every bullet to it, including the ones asking it to "
        "agree with or ask another body), scope local; text is the bullet (the lead-in may be prefixed). "
        "Aliases: the 'Recommendation:' line of the plan block(s) answering each bullet. Excluded: review "
        "questions in 2.3, Findings 1-5, the 'Questions for practitioners' box, 'What went well' bullets, the "
        "italic closing hope about team meetings. Plan: Appendix 1, one action per labelled block (seven blocks; "
        "the fire-safety bullet has two); no printed refs -> ref and recommendation_ref null; status from "
        "'Status:' under the printed list Complete / On track / Delayed / Not started (Delayed -> in_progress); "
        "target from 'Timescale:'. The fourth block's Lead/Timescale/Progress/Status run onto the next page "
        "after the running head and belong to it. No chronology: 'What happened' is a narrative case summary "
        "whose paragraphs do not open with dates."
    ),
)


# ------------------------------------------------------------- 4. standalone spreadsheet-style tracker
S4 = "dhr_standalone_progress_tracker_sheets_brackmoor"
P4 = below(S4, "Sheet 3: Tracker")
BCSP = "Brackmoor Community Safety Partnership"
BP = "Brackmoor Police"
ICB = "Brackmoor and Weald ICB"
BRS = "Brackmoor Recovery Service"
GOLD[S4] = dict(
    family="dhr_standalone_progress_tracker_sheets",
    description=(
        "Standalone DHR action plan tracker printed from a workbook, landscape, pdftotext -layout: front sheet "
        "of review facts, notes for agencies, RAG key table, a summary sheet of counts by agency, the tracker "
        "sheet with columns Ref | RAG | Rec No. | Recommendation | Agency | Action | Owner | Due date | "
        "Progress update | Evidence | Closed (Y/N) whose Rec No. and Recommendation cells are blank on a "
        "recommendation's second action row, full-width section rows for overview and single agency "
        "recommendations, the header repeated over a row split by a page break, a change log table of dated "
        "edits and a lookups sheet"
    ),
    review=dict(
        review_id="BCSP DHR 2021-03",
        review_type="DHR",
        area="Brackmoor",
        doc_kind="action_plan",
        author=None,
        victims=[{"pseudonym": "Kerry", "age": 46}],
        date_of_death="2021-10-17",
    ),
    review_alternatives={"area": [BCSP]},
    recommendations=[
        R(
            "1",
            BCSP,
            "Brackmoor Community Safety Partnership should provide domestic abuse awareness training",
            ["training"],
            after=P4,
        ),
        R(
            "2",
            BCSP,
            "The Partnership should review the MARAC referral pathway for health services",
            ["multi_agency_working"],
            after=P4,
        ),
        R(
            "3",
            BP,
            "Brackmoor Police and the Partnership should run a campaign to make residents aware",
            ["awareness_public"],
            after=P4,
        ),
        R(
            "4",
            "Brackmoor Borough Council Housing",
            "Brackmoor Borough Council Housing should adopt a policy on joint tenancies",
            ["policy_procedure", "other"],
            after=P4,
        ),
        R(
            "5",
            ICB,
            "Brackmoor and Weald ICB should ensure that GP practices ask about domestic abuse",
            ["routine_enquiry"],
            after=P4,
        ),
        R(
            "6",
            BCSP,
            "The Partnership should write to the Home Office asking that the statutory guidance",
            ["policy_procedure", "information_sharing"],
            scope="national",
            after=P4,
        ),
        R(
            "P1",
            BP,
            "Brackmoor Police should require supervisors to check, before a domestic abuse incident",
            ["risk_assessment", "quality_assurance", "record_keeping"],
            level=AG,
            after=P4,
        ),
        R(
            "H1",
            "Brackmoor Hospitals NHS Trust",
            "Brackmoor Hospitals NHS Trust should record the name and relationship of anyone",
            ["record_keeping"],
            level=AG,
            after=P4,
        ),
        R(
            "A1",
            BRS,
            "Brackmoor Recovery Service should ask every person assessed for alcohol treatment",
            ["routine_enquiry", "substance_misuse", "record_keeping"],
            level=AG,
            after=P4,
        ),
    ],
    actions=[
        A(
            "1.1",
            OV,
            "1",
            "Design a one-hour e-learning module for front-line council staff.",
            "DA Partnership Coordinator",
            "30/06/2024",
            "2024-06-30",
            "Blue",
            "complete",
            after=P4,
        ),
        A(
            "1.2",
            OV,
            "1",
            "Make the module mandatory for the named services and report completion rates.",
            "Head of HR, Brackmoor Borough Council",
            "31/03/2025",
            "2025-03-31",
            "Green",
            "in_progress",
            after=P4,
        ),
        A(
            "2.1",
            OV,
            "2",
            "MARAC steering group to redesign the health referral route and feedback letter.",
            "MARAC Chair",
            "30-Jun-25",
            "2025-06-30",
            "Green",
            "in_progress",
            after=P4,
        ),
        A(
            "3.1",
            OV,
            "3",
            "Produce campaign materials with survivors’ input.",
            "Chief Inspector, Safeguarding",
            "Sep-24",
            "2024-09",
            "Amber",
            "in_progress",
            after=P4,
        ),
        A(
            "3.2",
            OV,
            "3",
            "Evaluate the number of ‘right to ask’ applications before and after the campaign.",
            "Performance Analyst, Brackmoor Police",
            "31/01/2025",
            "2025-01-31",
            "Blue",
            "complete",
            after=P4,
        ),
        A(
            "4.1",
            OV,
            "4",
            "Draft and consult on a joint tenancy and domestic abuse policy.",
            "Tenancy Services Manager",
            "31/12/2024",
            "2024-12-31",
            "Amber",
            "in_progress",
            after=P4,
        ),
        A(
            "5.1",
            OV,
            "5",
            "Add a routine enquiry prompt to the practice template for anxiety and low mood consultations.",
            "Designated Nurse, Safeguarding Adults",
            "31/07/2024",
            "2024-07-31",
            "Blue",
            "complete",
            after=P4,
        ),
        A(
            "5.2",
            OV,
            "5",
            "Audit a sample of consultations in six practices for use of the prompt.",
            "Named GP, Safeguarding",
            "Q1 2025/26",
            "2025",
            "Green",
            "in_progress",
            after=P4,
        ),
        A(
            "6.1",
            OV,
            "6",
            "Partnership Chair to write to the Home Office.",
            "Partnership Chair",
            "Ongoing",
            None,
            "Red",
            "not_started",
            after=P4,
        ),
        A(
            "P1.1",
            BP,
            "P1",
            "Add a supervisor check to the incident closure workflow.",
            "Detective Superintendent, Public Protection",
            "31/03/2025",
            "2025-03-31",
            "Green",
            "in_progress",
            after=P4,
        ),
        A(
            "H1.1",
            "Brackmoor Hospitals NHS Trust",
            "H1",
            "Add a mandatory ‘accompanied by’ field to the emergency department record.",
            "Head of Safeguarding",
            "Apr-24",
            "2024-04",
            "Blue",
            "complete",
            after=P4,
        ),
        A(
            "A1.1",
            BRS,
            "A1",
            "Add domestic abuse questions to the comprehensive assessment form.",
            "Clinical Lead",
            "28/02/2025",
            "2025-02-28",
            "Green",
            "in_progress",
            after=P4,
        ),
        A(
            "A1.2",
            BRS,
            "A1",
            "Train keyworkers in asking about domestic abuse and in referring to the IDVA service.",
            "Service Manager",
            "30-Jun-25",
            "2025-06-30",
            "Red",
            "not_started",
            after=P4,
        ),
    ],
    chronology=[],
    notes=(
        "Standalone action plan tracker, pdftotext -layout (cells wrap inside their columns, so a row's text is "
        "spread over several lines). doc_kind action_plan; review id 'BCSP DHR 2021-03' (running head and "
        "front sheet); Kerry, 46; date of death 17 October 2021 (front sheet); no author printed. "
        "Recommendations: the document prints them only in the tracker, so each distinct Recommendation cell is "
        "a recommendation (the convention of the bundled standalone plan gold): Rec No. 1-6 under 'Overview "
        "report recommendations' are level overview, P1/H1/A1 under 'Single agency recommendations' level "
        "agency; agency the Agency cell (rec 3's Agency cell is Brackmoor Police though the text names the "
        "Partnership too); 6 is a letter to the Home Office -> national, the rest local. A continuation row with "
        "blank Rec No. and Recommendation cells belongs to the recommendation above. Actions: one per tracker "
        "row, ref the Ref cell, recommendation_ref the Rec No. (carried down), agency_section 'overview' for "
        "overview rows and the Agency cell for single agency rows; lead the Owner cell; status the RAG cell "
        "under the printed key (Blue complete, Green on track and Amber at risk -> in_progress, Red 'not "
        "started' -> not_started); 'Closed (Y/N)' agrees and is not a status of its own. Dates: '30-Jun-25' -> "
        "2025-06-30, 'Sep-24' -> 2024-09, 'Q1 2025/26' -> 2025 (year), 'Ongoing' is no date. Excluded: the RAG "
        "key, the summary counts, the notes for agencies, the change log (dated edits to the tracker, not a "
        "chronology) and the lookups sheet."
    ),
)


# ---------------------------------- 5. DHR, recommendations restated in summary, conclusions and plan
S5 = "dhr_recs_restated_summary_conclusions_plan_agency_chronology_saltharrow"
P5 = below(S5, "Appendix A: Action plan")
SSCP = "Saltharrow Safer Communities Partnership"
SUHT = "Saltharrow University Hospitals NHS Trust"
SMP = "Saltmoor Police"
CSC = "Saltharrow Council Children’s Social Care"
H_POL, H_IDVA, H_GP = SMP, "Safe Harbour Saltharrow (IDVA service)", "Harrow Lane Medical Practice"
H_MAT, H_CSC = "Saltharrow University Hospitals NHS Trust (maternity)", CSC
GOLD[S5] = dict(
    family="dhr_recs_restated_summary_conclusions_plan_agency_chronology",
    description=(
        "DHR executive summary and overview report in one file, LibreOffice text export: 'Summary of "
        "recommendations' in the executive summary as 'Recommendation N – <short form>', a summary of agency "
        "contact told agency by agency under sub-headings with numbered dated paragraphs whose dates do not run "
        "in one sequence, analysis paragraphs, a shaded learning box, conclusions that restate each "
        "recommendation in prose ending '(Recommendation N)', bold 'Recommendation 1-5' over the full text and "
        "an italic 'Agency:' line, and a landscape plan Recommendation | Key action | Lead | Target date | Status "
        "| Comments whose Recommendation cell is 'N. <short form>', rec 1 on two rows"
    ),
    review=dict(
        review_id="SSCP DHR 05",
        review_type="DHR",
        area="Saltharrow",
        doc_kind="overview_report",
        author="Marcus Ellingworth",
        victims=[{"pseudonym": "Leanne", "age": 29}],
        date_of_death="2022-01",
    ),
    review_alternatives={"area": [SSCP], "doc_kind": ["executive_summary"]},
    recommendations=[
        R(
            "1",
            SUHT,
            "Saltharrow University Hospitals NHS Trust should ensure that every pregnant woman is seen alone",
            ["routine_enquiry", "multi_agency_working"],
            aliases=[
                "Midwives to see women alone and refer directly to MARAC.",
                "Leanne needed to be seen on her own during pregnancy, and a midwife needed to be able to refer "
                "her straight to MARAC when risk was high",
                "Midwives to see women alone; direct MARAC referral",
            ],
        ),
        R(
            "2",
            SMP,
            "Saltmoor Police should ensure that when a victim of domestic abuse withdraws support",
            ["perpetrators", "record_keeping"],
            aliases=[
                "Evidence-led prosecution considered when a victim withdraws.",
                "When Leanne withdrew, the police should have looked at whether the case could go ahead on "
                "other evidence",
                "Evidence-led prosecution when a victim withdraws",
            ],
        ),
        R(
            "3",
            CSC,
            "Saltharrow Council Children’s Social Care should ensure that every pre-birth assessment",
            ["children", "information_sharing", "routine_enquiry"],
            aliases=[
                "Pre-birth assessments to include the father’s history.",
                "The pre-birth assessment should have asked who the baby’s father was and what his past held",
                "Father’s history in pre-birth assessments",
            ],
        ),
        R(
            "4",
            SSCP,
            "Saltharrow Safer Communities Partnership should commission a hospital-based IDVA service",
            ["specialist_support"],
            aliases=[
                "A hospital-based IDVA for maternity and the emergency department.",
                "Support placed where Leanne already was, on the maternity ward, might have reached her",
                "Hospital-based IDVA",
            ],
        ),
        R(
            "5",
            SSCP,
            "Saltharrow Safer Communities Partnership should seek assurance from the Probation Service",
            ["quality_assurance", "information_sharing", "perpetrators"],
            aliases=[
                "Assurance from the Probation Service on domestic abuse checks before sentence.",
                "The Partnership needs to know that probation officers check with police and children’s "
                "services before they write about a domestic abuse case for the court",
                "Probation checks before sentence",
            ],
        ),
    ],
    actions=[
        A(
            None,
            OV,
            "1",
            "Introduce a ‘seen alone’ standard at booking and each trimester",
            "Head of Midwifery",
            "March 2024",
            "2024-03",
            "Complete",
            "complete",
            after=P5,
        ),
        A(
            None,
            OV,
            "1",
            "Agree with the MARAC Chair that midwives refer directly",
            "Named Midwife for Safeguarding",
            "31/12/2024",
            "2024-12-31",
            "In progress",
            "in_progress",
            after=P5,
        ),
        A(
            None,
            OV,
            "2",
            "Issue a force instruction and add a decision field to the case file.",
            "Detective Chief Inspector, Safeguarding",
            "Q2 2024/25",
            "2024",
            "Partially complete",
            "in_progress",
            after=P5,
        ),
        A(
            None,
            OV,
            "3",
            "Revise the pre-birth assessment procedure and checklist.",
            "Service Manager, Children’s Social Care",
            "June 2024",
            "2024-06",
            "Complete",
            "complete",
            after=P5,
        ),
        A(
            None,
            OV,
            "4",
            "Fund a hospital IDVA post for two years and evaluate it.",
            "Community Safety Manager",
            "April 2025",
            "2025-04",
            "Not started",
            "not_started",
            after=P5,
        ),
        A(
            None,
            OV,
            "5",
            "Partnership to request and review assurance from the Probation Service.",
            "Partnership Chair",
            "December 2024",
            "2024-12",
            "In progress",
            "in_progress",
            after=P5,
        ),
    ],
    chronology=[
        C("4.1", H_POL, "14 June 2019", "2019-06-14", "On 14 June 2019 police were called by a neighbour"),
        C("4.2", H_POL, "2 February 2020", "2020-02-02", "On 2 February 2020 Leanne reported that Ryan"),
        C("4.3", H_POL, "27 March 2020", "2020-03-27", "On 27 March 2020 Leanne withdrew her statement"),
        C(
            "4.4",
            H_POL,
            "late August 2021",
            "2021-08",
            "In late August 2021 a neighbour reported a man shouting",
        ),
        C("4.5", H_IDVA, "4 February 2020", "2020-02-04", "On 4 February 2020 an IDVA contacted Leanne"),
        C("4.6", H_GP, "October 2020", "2020-10", "In October 2020 Leanne told her GP that she was stressed"),
        C(
            "4.7",
            H_MAT,
            "9 January 2021",
            "2021-01-09",
            "On 9 January 2021 Leanne booked with the community midwife",
        ),
        C(
            "4.8",
            H_MAT,
            "3 March 2021",
            "2021-03-03",
            "On 3 March 2021 at the 20-week scan Leanne had bruising",
        ),
        C("4.9", H_MAT, "22 July 2021", "2021-07-22", "On 22 July 2021 Leanne gave birth to her daughter"),
        C(
            "4.10",
            H_CSC,
            "15 February 2021",
            "2021-02-15",
            "On 15 February 2021 a pre-birth assessment began",
        ),
        C("4.11", H_CSC, "30 April 2021", "2021-04-30", "On 30 April 2021 the assessment closed with advice"),
    ],
    notes=(
        "DHR executive summary and overview report, LibreOffice text export of the .docx (no running heads or "
        "page numbers; table cells one a line). doc_kind overview_report (executive_summary accepted). Review "
        "id 'SSCP DHR 05' (cover); Leanne, 29; died January 2022 (cover, executive summary). Recommendations: "
        "section 7, bold 'Recommendation 1'-'5' over the full text, level overview, ref N, agency the italic "
        "'Agency:' line (4 and 5 the Partnership, 5 seeking assurance from the Probation Service), all local. "
        "The same five are restated three more times and those wordings are aliases, never records of their "
        "own: the executive summary's 'Recommendation N – <short form>' lines, the conclusions 6.2-6.6 (prose "
        "ending '(Recommendation N)') and the plan's 'N. <short form>' cells. Excluded: executive summary "
        "paragraphs, analysis 5.1-5.4, the learning box, 6.1. Plan: Appendix A, one action per row, no action "
        "refs printed -> ref null, recommendation_ref the number opening the Recommendation cell; status the "
        "Status cell (Partially complete -> in_progress); 'Q2 2024/25' -> 2024 (year). Chronology: section 4, "
        "one event per numbered paragraph 4.1-4.11, ref as printed, heading the agency sub-heading; the "
        "paragraphs run in date order within each agency only, so dates go back in time between sub-headings; "
        "'late August 2021' -> 2021-08 (approximate). Background 3.1-3.2 (met in 2018, a 2016 conviction) and "
        "the dated review process in 1.2 are not chronology."
    ),
)


def main():
    # An optional folder argument writes the .json files there (a scratch copy to compare with the committed ones).
    write_gold(GOLD, HERE, sys.argv[1] if len(sys.argv) > 1 else None, family_keys="after_file")


if __name__ == "__main__":
    main()
