"""Hand-written gold for heldout14 (blind set). Every field below was written by hand from the documents'
meaning; only each record's `line` is looked up in the .txt (first line holding the start of
text_start / action_start; `after` pins a later occurrence). Run once to write <stem>.json.
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


# ------------------------------------------------------------------ 1. Welsh / English DHR, Home Office plan
S1 = "dhr_welsh_bilingual_ho_plan_unlabelled_number_ferwyn"
P1 = below(S1, "Domestic Homicide Review Action Plan (Home Office template)")
BFCSP = "Bro Ferwyn Community Safety Partnership"
GOLD[S1] = dict(
    family="dhr_welsh_bilingual_ho_plan_unlabelled_number",
    description=(
        "Welsh/English DHR overview report: bilingual cover, headings and running head, contents, "
        "footnote, lines of enquiry as a Word numbered list, panel and glossary tables, summary of key "
        "events as numbered paragraphs 5.1-5.10 opening with their dates, numbered lessons learned and "
        "good practice bullets, seven overview recommendations printed '1.'-'7.', Home Office template plan "
        "on a landscape page whose row number sits in an unlabelled first column and whose statuses are "
        "written in the 'Date of completion and Outcome' or the 'Target Date' cell"
    ),
    review=dict(
        review_id="BFCSP DHR 2022/01",
        review_type="DHR",
        area="Bro Ferwyn",
        doc_kind="overview_report",
        author="Rhiannon Pugh-Maddox",
        victims=[{"pseudonym": "Eleri", "age": 44}],
        date_of_death="2022-06-17",
    ),
    review_alternatives={"area": [BFCSP]},
    recommendations=[
        R(
            "1",
            BFCSP,
            "Bro Ferwyn Community Safety Partnership should commission a review of how victims living",
            ["specialist_support"],
            aliases=[
                "Review how victims in rural wards can reach specialist support, including upland outreach."
            ],
        ),
        R(
            "2",
            "Ferwyn Coast Police",
            "Ferwyn Coast Police should ensure that whenever the holder of a firearm or shotgun certificate",
            ["risk_assessment", "information_sharing"],
            scope="regional",
            aliases=[
                "Firearms Licensing told the same day when a certificate holder is named in a domestic abuse report."
            ],
        ),
        R(
            "3",
            "Bro Ferwyn Health Board",
            "Bro Ferwyn Health Board should make routine enquiry about domestic abuse part of every",
            ["routine_enquiry", "quality_assurance"],
            aliases=[
                "Routine enquiry at Minor Injuries Units for unexplained injuries, audited twice a year."
            ],
        ),
        R(
            "4",
            "Llanferwyn Surgery",
            "Llanferwyn Surgery should record in the patient record when a partner attends a consultation",
            ["record_keeping", "routine_enquiry"],
            aliases=["Record when a partner attends and offer time alone."],
        ),
        R(
            "5",
            "Bro Ferwyn County Council Housing Services",
            "Bro Ferwyn County Council Housing Services should include questions about domestic abuse",
            ["routine_enquiry", "other"],
            aliases=["Domestic abuse questions in advice on tied and agricultural housing."],
        ),
        R(
            "6",
            BFCSP,
            "The Chair of the Partnership should write to the Welsh Government asking that its national",
            ["training"],
            scope="national",
            aliases=["Write to the Welsh Government about its national training framework."],
        ),
        R(
            "7",
            "Cysgod Domestic Abuse Service",
            "Cysgod Domestic Abuse Service should offer support in Welsh at the first contact",
            ["specialist_support", "record_keeping"],
            aliases=["Welsh-language support at first contact and language choice recorded."],
        ),
    ],
    actions=[
        A(
            "1",
            OV,
            "1",
            "Commission a mapping exercise of outreach provision in the upland wards",
            "Community Safety Manager, Bro Ferwyn CSP",
            "31 March 2024",
            "2024-03-31",
            "Completed March 2024. Report accepted and outreach surgery agreed for two villages.",
            "complete",
            after=P1,
        ),
        A(
            "2",
            OV,
            "2",
            "Amend the force domestic abuse policy so that Firearms Licensing is notified",
            "Head of Public Protection, Ferwyn Coast Police",
            "December 2023",
            "2023-12",
            "Completed 14/12/2023",
            "complete",
            after=P1,
        ),
        A(
            "3",
            OV,
            "3",
            "Add a routine enquiry prompt to the MIU triage template",
            "Head of Safeguarding, Bro Ferwyn Health Board",
            "September 2024",
            "2024-09",
            "Ongoing – third unit awaiting system upgrade.",
            "in_progress",
            after=P1,
        ),
        A(
            "4",
            OV,
            "4",
            "Add a ‘present at consultation’ field to the clinical system",
            "Practice Manager, Llanferwyn Surgery",
            "Completed November 2023",
            None,
            "Completed November 2023",
            "complete",
            after=P1,
        ),
        A(
            "5",
            OV,
            "5",
            "Add screening questions to the housing advice script for tied and agricultural tenancies",
            "Housing Options Manager, Bro Ferwyn County Council",
            "Q4 2024/25",
            "2025",
            "Not started – waiting for the new advice system.",
            "not_started",
            after=P1,
        ),
        A(
            "6",
            OV,
            "6",
            "Chair of the Partnership to write to the Welsh Government Minister responsible",
            "Chair, Bro Ferwyn CSP",
            "On publication",
            None,
            "Completed – letter sent 2 May 2024; reply received July 2024.",
            "complete",
            after=P1,
        ),
        A(
            "7",
            OV,
            "7",
            "Recruit a Welsh-speaking outreach worker and add language choice",
            "Director, Cysgod Domestic Abuse Service",
            "June 2024",
            "2024-06",
            "Partially completed. Recruitment still under way.",
            "in_progress",
            after=P1,
        ),
    ],
    chronology=[
        C("5.1", None, "In the spring of 2014", "2014", "In the spring of 2014 Eleri and Gareth married"),
        C(
            "5.2",
            None,
            "9 October 2018",
            "2018-10-09",
            "On 9 October 2018 Eleri attended the Minor Injuries Unit",
        ),
        C("5.3", None, "January 2019", "2019-01", "In January 2019 Eleri told the practice nurse"),
        C(
            "5.4",
            None,
            "23 August 2020",
            "2020-08-23",
            "On 23 August 2020 a neighbour called Ferwyn Coast Police",
        ),
        C("5.5", None, "25 August 2020", "2020-08-25", "On 25 August 2020 an officer returned and completed"),
        C("5.6", None, "March 2021", "2021-03", "In March 2021 Eleri rang the Cysgod helpline"),
        C(
            "5.7",
            None,
            "4 November 2021",
            "2021-11-04",
            "On 4 November 2021 Gareth’s shotgun certificate was renewed",
        ),
        C("5.8", None, "February 2022", "2022-02", "In February 2022 Eleri asked Bro Ferwyn County Council"),
        C(
            "5.9",
            None,
            "30 May 2022",
            "2022-05-30",
            "On 30 May 2022 Eleri attended the surgery with bruising",
        ),
        C("5.10", None, "17 June 2022", "2022-06-17", "On 17 June 2022 Eleri was found dead"),
    ],
    notes=(
        "Welsh/English DHR overview report, plain pdftotext. Cover, running head and headings are bilingual "
        "('Argymhellion / Recommendations', 'Atodiad A / Appendix A: Cynllun Gweithredu / Action Plan'); the "
        "body is English. Review id 'BFCSP DHR 2022/01' (cover and running head); date of death 17 June 2022 "
        "(key events 5.10). Recommendations: the seven paragraphs printed '1.'-'7.' in Section 9, level "
        "overview; agency = the body the sentence names as acting (6 is the Partnership's Chair writing to the "
        "Welsh Government: agency the Partnership, scope national because the plan's Scope column prints "
        "'National'). A printed Scope wins: 2 is 'Regional (force-wide, all four counties)' -> regional; the "
        "rest print 'Local'. Aliases: the plan's short Recommendation cells. Excluded: the six terms-of-"
        "reference areas (Word numbered list), the four numbered 'Lessons learned' and the 'Good practice' "
        "bullets, contents lines. Plan: one landscape Home Office template table; the first column has no "
        "header and holds the row number, which is also the recommendation number (one action per "
        "recommendation), so ref = recommendation_ref = that number. Status is read from the 'Date of "
        "completion and Outcome' cell (Completed ... -> complete, Ongoing / Partially completed -> "
        "in_progress, Not started -> not_started), except row 4 whose 'Target Date' cell reads 'Completed "
        "November 2023' (a completion, not a target: target null, status complete, raw from that cell; its "
        "Outcome cell only describes the change). 'On publication' is no date; 'Q4 2024/25' -> 2025. "
        "Chronology: Section 5 key events, one per numbered paragraph 5.1-5.10 with that ref; 'In the spring "
        "of 2014' -> 2014."
    ),
)

# ------------------------------------------------------------------ 2. DARDR, national and local, RAG plan
S2 = "dardr_national_local_recs_rag_plan_wenlow"
P2 = below(S2, "Progress reported to the Partnership Board, March 2024")
WSCP = "Wenlow Safer Communities Partnership"
H1 = "2019 – 2020: the relationship begins"
H2 = "2021: control tightens"
H3 = "2022 – 2023: the last eighteen months"
GOLD[S2] = dict(
    family="dardr_national_local_recs_rag_plan",
    description=(
        "Domestic Abuse Related Death Review (death by suicide after coercive control): contents, footnote, "
        "lettered key lines of enquiry, family portrait, chronology grouped under period sub-headings with "
        "'Date: event' paragraphs, shaded key-learning box, national recommendations N1-N3 to government "
        "departments and local recommendations L1-L6, landscape RAG plan (Blue/Green/Amber/Red with a key) "
        "with a two-row recommendation L3.1/L3.2"
    ),
    review=dict(
        review_id="WSCP DARDR 03",
        review_type="DHR",
        area="Wenlow",
        doc_kind="overview_report",
        author="Marcus Okonjo-Feld",
        victims=[{"pseudonym": "Jess", "age": 31}],
        date_of_death="2023-04-11",
    ),
    review_alternatives={"area": [WSCP], "review_type": ["DARDR"]},
    recommendations=[
        R(
            "N1",
            "Home Office",
            "The Home Office should work with the College of Policing so that the risk checklist",
            ["risk_assessment", "mental_health"],
            scope="national",
            aliases=["Home Office: suicide question in the police risk checklist"],
        ),
        R(
            "N2",
            "Department of Health and Social Care",
            "The Department of Health and Social Care should issue guidance to NHS talking therapy services",
            ["routine_enquiry", "mental_health", "policy_procedure"],
            scope="national",
            aliases=["DHSC: talking therapies to ask about abuse"],
        ),
        R(
            "N3",
            "Department for Work and Pensions",
            "The Department for Work and Pensions should give work coaches and service centre staff training",
            ["training", "specialist_support"],
            scope="national",
            aliases=["DWP: economic abuse in joint claims"],
        ),
        R(
            "L1",
            WSCP,
            "Wenlow Safer Communities Partnership should agree with the suicide prevention group a joint pathway",
            ["multi_agency_working", "mental_health"],
            aliases=["Joint pathway: domestic abuse and suicidal thoughts"],
        ),
        R(
            "L2",
            "Hollinshire Constabulary",
            "Hollinshire Constabulary should ensure that in Wenlow officers speak to the victim alone",
            ["routine_enquiry", "record_keeping"],
            aliases=["Victim spoken to alone at every incident"],
        ),
        R(
            "L3",
            "Wenlow Wellbeing Service",
            "Wenlow Wellbeing Service should ask every client about domestic abuse at assessment",
            ["routine_enquiry", "mental_health"],
            aliases=["Domestic abuse question at assessment and discharge"],
        ),
        R(
            "L4",
            "Wenlow Integrated Care Board",
            "Wenlow Integrated Care Board should ensure that GP practices add a domestic abuse code",
            ["record_keeping", "information_sharing"],
            aliases=["GP coding of domestic abuse disclosures"],
        ),
        R(
            "L5",
            "Wenlow Borough Council",
            "Wenlow Borough Council should provide training on economic abuse to its council tax",
            ["training"],
            aliases=["Economic abuse training for council staff"],
        ),
        R(
            "L6",
            "Haven Wenlow",
            "Haven Wenlow should change its referral policy so that a referral is not closed",
            ["specialist_support", "policy_procedure"],
            aliases=["Referrals not closed after unanswered calls"],
        ),
    ],
    actions=[
        A(
            "N1",
            OV,
            "N1",
            "Partnership Chair to write to the Home Office and the College of Policing",
            "Partnership Chair",
            "Feb-24",
            "2024-02",
            "Blue",
            "complete",
            after=P2,
        ),
        A(
            "N2",
            OV,
            "N2",
            "Partnership Chair to write to the Department of Health and Social Care",
            "Partnership Chair",
            "Feb-24",
            "2024-02",
            "Green",
            "in_progress",
            after=below(S2, "DHSC: talking therapies") - 1,  # the row's first line; N1's cell opens alike
        ),
        A(
            "N3",
            OV,
            "N3",
            "Partnership Chair to write to the Department for Work and Pensions",
            "Partnership Chair",
            "Feb-24",
            "2024-02",
            "Blue",
            "complete",
            after=below(S2, "DWP: economic abuse in joint") - 1,
        ),
        A(
            "L1",
            OV,
            "L1",
            "Draft a joint pathway with the suicide prevention group and consult practitioners",
            "Partnership Manager / Public Health Lead",
            "Q2 2024/25",
            "2024",
            "Amber",
            "in_progress",
            after=P2,
        ),
        A(
            "L2",
            OV,
            "L2",
            "Update the attendance briefing and add a mandatory ‘seen alone’ field",
            "Detective Superintendent, Public Protection",
            "31/12/2024",
            "2024-12-31",
            "Green",
            "in_progress",
            after=P2,
        ),
        A(
            "L3.1",
            OV,
            "L3",
            "Add the question to the assessment form.",
            "Service Manager, Wenlow Wellbeing Service",
            "April 2024",
            "2024-04",
            "Blue",
            "complete",
            after=P2,
        ),
        A(
            "L3.2",
            OV,
            "L3",
            "Train all assessment staff in asking about abuse safely.",
            "Clinical Lead, Wenlow Wellbeing Service",
            "Spring 2025",
            "2025",
            "Red",
            "not_started",
            after=P2,
        ),
        A(
            "L4",
            OV,
            "L4",
            "Issue coding guidance to all practices and audit a sample of records.",
            "Named GP for Safeguarding, ICB",
            "Dec-24",
            "2024-12",
            "Amber",
            "in_progress",
            after=P2,
        ),
        A(
            "L5",
            OV,
            "L5",
            "Deliver a half-day course to revenues, benefits and income recovery staff.",
            "Head of Revenues and Benefits",
            "March 2024",
            "2024-03",
            "Blue",
            "complete",
            after=P2,
        ),
        A(
            "L6",
            OV,
            "L6",
            "Revise the referral closure policy and agree safe alternative contacts",
            "Chief Officer, Haven Wenlow",
            "September 2024",
            "2024-09",
            "Red",
            "not_started",
            after=P2,
        ),
    ],
    chronology=[
        C(None, H1, "June 2019", "2019-06", "Jess meets Callum through friends"),
        C(None, H1, "14 November 2020", "2020-11-14", "Jess tells her GP she has lost weight and is anxious"),
        C(None, H2, "February 2021", "2021-02", "Wenlow Wellbeing Service assesses Jess by telephone"),
        C(None, H2, "3 August 2021", "2021-08-03", "Police attend after a neighbour hears a woman crying"),
        C(None, H2, "Autumn 2021", "2021", "Jess falls behind with council tax"),
        C(None, H3, "9 March 2022", "2022-03-09", "Jess discloses to her GP that Callum checks her phone"),
        C(None, H3, "21 March 2022", "2022-03-21", "Haven Wenlow calls Jess. She says it is not a good time"),
        C(None, H3, "December 2022", "2022-12", "Jess tells the Wellbeing Service at a second assessment"),
        C(None, H3, "17 February 2023", "2023-02-17", "Police attend after Jess calls 999 and hangs up"),
        C(None, H3, "Early April 2023", "2023-04", "Jess is told by her landlord that the tenancy will end"),
        C(None, H3, "11 April 2023", "2023-04-11", "Jess is found dead at her flat by her brother"),
    ],
    notes=(
        "Domestic Abuse Related Death Review, pdftotext -layout. review_type DHR (the review began as a DHR; "
        "DARDR accepted). Review id 'WSCP DARDR 03' (cover and running head); date of death 11 April 2023 "
        "(chronology; the cover says April 2023). Recommendations: N1-N3 under '8.1 National "
        "recommendations' to the Home Office, DHSC and DWP (scope national, agency the department), L1-L6 "
        "under '8.2 Local recommendations' (scope local; L2 is Hollinshire Constabulary acting 'in Wenlow'). "
        "All level overview with the printed refs. Aliases: the plan's short Recommendation cells (the L3.2 "
        "row's cell is blank). Excluded: the lettered key lines of enquiry a)-e), the shaded 'Key learning' "
        "box, analysis paragraphs 6.1-6.5 and the national issues listed in 6.5. Plan: Appendix 1, landscape "
        "Ref | Recommendation | Action | Owner | Target date | Progress update | RAG with the key printed "
        "above: Blue -> complete, Green (on track) and Amber -> in_progress, Red (progress says 'Not "
        "started') -> not_started; status raw is the RAG word. L3 has two rows L3.1 / L3.2 (ref as printed, "
        "recommendation_ref L3). 'Feb-24' / 'Dec-24' -> month; 'Q2 2024/25' -> 2024; 'Spring 2025' -> 2025. "
        "Chronology: Section 5, 'Date: event' paragraphs under three period sub-headings (heading = the "
        "sub-heading), one event per paragraph, no refs; 'Autumn 2021' -> 2021, 'Early April 2023' -> 2023-04."
    ),
)

# ------------------------------------------------------------------ 3. SAR, lettered board recs, plan over pages
S3 = "sar_findings_board_recs_lettered_plan_rows_over_pages_kettlemere"
P3 = below(S3, "Action plan (updated June 2024)")
KSAB = "Kettlemere Safeguarding Adults Board"
KCH = "Director of Nursing, Kettlemere Community Health NHS Trust"
GOLD[S3] = dict(
    family="sar_findings_board_recs_lettered_plan_rows_over_pages",
    description=(
        "Safeguarding Adults Review (Care Act s44, neglect and financial abuse by an adult son carer): "
        "review id only in the footer, review questions as a Word numbered list, narrative 'What happened' "
        "section, bold 'Finding N: title' paragraphs, good-practice bullets, five bold 'Recommendation N' "
        "labels over a lead paragraph with lettered (a)-(c) sub-items, landscape plan keyed 1a/1b/1c/2a/... "
        "whose long progress cell carries a row over the page break after the repeated header"
    ),
    review=dict(
        review_id="KSAB SAR 2023-02",
        review_type="SAR",
        area="Kettlemere",
        doc_kind="overview_report",
        author="Annika Strand-Boateng",
        victims=[{"pseudonym": "Tobias", "age": 78}],
        date_of_death="2023-01",
    ),
    review_alternatives={"area": [KSAB]},
    recommendations=[
        R(
            "1",
            KSAB,
            "The Board should make sure that the voice of the adult is heard directly",
            ["routine_enquiry", "quality_assurance", "policy_procedure"],
        ),
        R(
            "2",
            KSAB,
            "The Board should ask Kettlemere Community Health NHS Trust to replace its",
            ["policy_procedure", "information_sharing"],
        ),
        R(
            "3",
            KSAB,
            "The Board and Kettlemere Community Safety Partnership should jointly develop guidance",
            ["policy_procedure", "training"],
        ),
        R(
            "4",
            KSAB,
            "The Board should seek assurance from Redbeck Police and the Kettlemere Carers Centre",
            ["quality_assurance", "multi_agency_working"],
        ),
        R(
            "5",
            "Kettlemere City Council Adult Social Care",
            "Kettlemere City Council Adult Social Care should not close a safeguarding concern",
            ["routine_enquiry"],
        ),
    ],
    actions=[
        A(
            "1a",
            OV,
            "1",
            "Confirm that all partner safeguarding procedures require the adult to be seen",
            "KSAB Policy and Procedures Group",
            "July 2024",
            "2024-07",
            "In progress",
            "in_progress",
            after=P3,
        ),
        A(
            "1b",
            OV,
            "1",
            "Multi-agency audit of twenty closed enquiries",
            "KSAB Quality Assurance Group",
            "Oct-24",
            "2024-10",
            "Not started",
            "not_started",
            after=P3,
        ),
        A(
            "1c",
            OV,
            "1",
            "Publish a practice briefing on mental capacity where a family carer speaks",
            "KSAB Business Manager",
            "March 2024",
            "2024-03",
            "Complete",
            "complete",
            after=P3,
        ),
        A(
            "2a",
            OV,
            "2",
            "Replace the ‘three missed visits’ rule with an escalation process",
            KCH,
            "31/05/2024",
            "2024-05-31",
            "Complete",
            "complete",
            after=P3,
        ),
        A(
            "2b",
            OV,
            "2",
            "Write to the GP before any discharge for no access",
            KCH,
            "31/05/2024",
            "2024-05-31",
            "Complete",
            "complete",
            after=P3,
        ),
        A(
            "3",
            OV,
            "3",
            "Joint guidance on domestic abuse by adult family carers",
            "KSAB Business Manager and Kettlemere CSP Domestic Abuse Coordinator",
            "December 2024",
            "2024-12",
            "In progress",
            "in_progress",
            after=P3,
        ),
        A(
            "4a",
            OV,
            "4",
            "Officers to make an adult safeguarding referral when a carer says they cannot cope",
            "Head of Public Protection, Redbeck Police",
            "Q3 2024/25",
            "2024",
            "In progress",
            "in_progress",
            after=P3,
        ),
        A(
            "4b",
            OV,
            "4",
            "Carers’ assessments to ask about the cared-for person’s needs and finances",
            "Manager, Kettlemere Carers Centre",
            "September 2024",
            "2024-09",
            "Not started",
            "not_started",
            after=P3,
        ),
        A(
            "5",
            OV,
            "5",
            "Adult Social Care to visit the adult before any safeguarding concern is closed",
            "Head of Adult Safeguarding, Kettlemere City Council",
            "January 2024",
            "2024-01",
            "Complete",
            "complete",
            after=P3,
        ),
    ],
    chronology=[],
    notes=(
        "Safeguarding Adults Review, plain pdftotext. Review id only in the footer 'KSAB SAR 2023-02 | N'; "
        "author from the cover ('Lead Reviewer'); date of death 'January 2023' (1.1), month precision; age 78. "
        "Recommendations: Section 7, bold 'Recommendation 1'-'5' labels each over a lead paragraph; 1, 2 and "
        "4 have lettered (a)-(c) sub-items, each recommendation one record whose text includes them. Agency: "
        "the Board for 1-4 (each is addressed to the Board, which asks or seeks assurance from partners); 5 "
        "names Kettlemere City Council Adult Social Care as the actor. All local, level overview. No "
        "single-agency recommendations. Excluded: the five review questions (Word numbered list), 'Finding "
        "1'-'5' paragraphs, good practice bullets, the plan's closing sentence about 4(c). No chronology: "
        "Section 4 'What happened' is a narrative case summary in numbered paragraphs that do not open with "
        "dates, so it is not recorded as chronology events. Plan: landscape Ref | Action | Lead | Target | "
        "Progress and evidence | Status, refs 1a-5 as printed, recommendation_ref the leading number; the "
        "1b row starts on one page and its progress text continues after the repeated header on the next "
        "page (one action). Status words: In progress -> in_progress, Not started -> not_started, Complete "
        "-> complete; 'Oct-24' -> 2024-10; 'Q3 2024/25' -> 2024."
    ),
)

# ------------------------------------------------------------------ 4. CSPR, learning points between recs
S4 = "cspr_learning_between_recs_year_headed_relative_chronology_dunholt"
DSCP = "Dunholt Safeguarding Children Partnership"
GOLD[S4] = dict(
    family="cspr_learning_between_recs_year_headed_relative_chronology",
    description=(
        "Local Child Safeguarding Practice Review (non-fatal head injury to a toddler): rapid review "
        "introduction, review questions as bullets, key facts table, 'Ruby's story' told under year headings "
        "2019-2022 with paragraphs whose dates have no year ('In September', 'On 18 August') or are relative "
        "('Two days later', 'The following week', 'later that month', 'The next day'), shaded 'Learning point "
        "N' boxes interleaved with bold 'Recommendation N' labels, no action plan"
    ),
    review=dict(
        review_id=None,
        review_type="SCR",
        area="Dunholt",
        doc_kind="overview_report",
        author="Gideon Marsh-Achebe",
        victims=[{"pseudonym": "Ruby", "age": 2}],
        date_of_death=None,
    ),
    review_alternatives={"area": [DSCP], "review_type": ["CSPR", "LCSPR"]},
    recommendations=[
        R(
            "1",
            DSCP,
            "Dunholt Safeguarding Children Partnership should revise its threshold guidance",
            ["policy_procedure", "multi_agency_working", "children"],
        ),
        R(
            "2",
            "Dunholt Community Health Services",
            "Dunholt Community Health Services should ensure that after any hospital attendance",
            ["routine_enquiry", "children"],
        ),
        R(
            "3",
            "Dunholt MARAC Steering Group",
            "The Dunholt MARAC Steering Group should make sure that every MARAC referral records",
            ["multi_agency_working", "record_keeping", "children"],
        ),
        R(
            "4",
            "Greystane Police",
            "Greystane Police should ensure that officers attending a domestic abuse incident establish",
            ["record_keeping", "children"],
        ),
        R(
            "5",
            DSCP,
            "The Partnership should provide training for early years settings",
            ["training", "children"],
        ),
    ],
    actions=[],
    chronology=[
        C(None, "2019", "2 May", "2019-05-02", "Ruby was born on 2 May"),
        C(None, "2019", "In September", "2019-09", "In September, police were called to the family home"),
        C(
            None,
            "2019",
            "Two days later",
            "2019-09",
            "Two days later, the police notification reached",
            relative=True,
        ),
        C(None, "2020", "In January", "2020-01", "In January, Sophie told her GP at Oakwell Surgery"),
        C(None, "2020", "In the spring", "2020", "In the spring, during the first national lockdown"),
        C(None, "2020", "On 18 August", "2020-08-18", "On 18 August, Ruby attended the emergency department"),
        C(
            None,
            "2020",
            "The following week",
            "2020-08",
            "The following week, the health visitor phoned",
            relative=True,
        ),
        C(None, "2021", "In March", "2021-03", "In March, Dean was arrested after assaulting Sophie"),
        C(
            None,
            "2021",
            "later that month",
            "2021-03",
            "At the MARAC meeting later that month",
            relative=True,
        ),
        C(None, "2021", "In the summer", "2021", "In the summer, Ruby started at Little Acorns Nursery"),
        C(None, "2022", "On 7 February", "2022-02-07", "On 7 February, nursery staff saw bruising"),
        C(None, "2022", "The next day", "2022-02-08", "The next day, a social worker visited", relative=True),
        C(None, "2022", "On 2 April", "2022-04-02", "On 2 April, Ruby was taken to hospital by ambulance"),
    ],
    notes=(
        "Local Child Safeguarding Practice Review, plain pdftotext. Recorded as review_type SCR as earlier "
        "sets do, CSPR / LCSPR accepted. No review id is printed; the footer holds only the page number. "
        "Reviewer from the cover. Ruby survived: date_of_death null; born May 2019 and injured April 2022, "
        "so age 2 ('almost three'). Recommendations: bold 'Recommendation 1'-'5' labels in Section 6, each "
        "over one paragraph, interleaved with five shaded 'Learning point N' boxes (learning point 3 has no "
        "recommendation; learning point 4 is followed by two). Agency = the body the sentence names; 5 says "
        "'The Partnership'. All local, level overview. Excluded: the learning point boxes (the report says "
        "they are messages, not actions), the review-question bullets, the key facts table, findings 5.1-5.3. "
        "No action plan (Section 7 says one will be agreed later). Chronology: Section 4, one event per "
        "paragraph under year headings 2019-2022 (heading = the year); dates take their year from the heading "
        "('In September' under 2019 -> 2019-09); relative openings are resolved from the paragraph before and "
        "marked relative ('Two days later' after September 2019 -> 2019-09, 'The following week' after 18 "
        "August 2020 -> 2020-08, 'later that month' after March 2021 -> 2021-03, 'The next day' after 7 "
        "February 2022 -> 2022-02-08). 'In the spring' / 'In the summer' -> the heading's year. The "
        "paragraph for 2 May 2019 also mentions the visit ten days later; it is one event."
    ),
)

# ------------------------------------------------------------------ 5. DHR exec summary + overview
S5 = "dhr_exec_overview_agency_keyed_table_dae_chronology_harrowbeck"
HCSP = "Harrowbeck Community Safety Partnership"
SKEL = "Skelmoor Constabulary"
RIV = "Riverbank Medical Group"
NRMH = "North Ribbonby MH Trust"
GOLD[S5] = dict(
    family="dhr_exec_overview_agency_keyed_table_dae_chronology",
    description=(
        "DHR executive summary and overview report in one document: executive summary paragraphs ES.1-ES.5 "
        "with bullet short forms of the five overview recommendations, terms of reference bullets, panel "
        "table, Date | Agency | Event chronology table (mixed date forms, one multi-paragraph cell), single "
        "agency recommendations in an Agency | No. | Recommendation table with the agency cell merged down "
        "over its rows and numbers restarting per agency, bold 'Recommendation N' overview recommendations, "
        "no action plan"
    ),
    review=dict(
        review_id="HCSP DHR 07",
        review_type="DHR",
        area="Harrowbeck",
        doc_kind="overview_report",
        author="Felicity Amankwah-Read",
        victims=[{"pseudonym": "Niamh", "age": 52}],
        date_of_death="2021-09-02",
    ),
    review_alternatives={"area": [HCSP], "doc_kind": ["executive_summary"]},
    recommendations=[
        R(
            "1",
            SKEL,
            "Officers will complete a DASH at every domestic incident",
            ["risk_assessment", "quality_assurance"],
            level=AG,
        ),
        R(
            "2",
            SKEL,
            "Where a domestic abuse perpetrator is known to be under mental health care",
            ["information_sharing"],
            level=AG,
        ),
        R(
            "1",
            RIV,
            "Clinicians will ask patients who are carers, when seen alone",
            ["routine_enquiry"],
            level=AG,
        ),
        R("2", RIV, "The practice will code carers on its records", ["record_keeping"], level=AG),
        R(
            "1",
            "Harrowbeck Homes",
            "Tenancy officers will consider domestic abuse when dealing with noise complaints",
            ["routine_enquiry", "other"],
            level=AG,
        ),
        R(
            "1",
            NRMH,
            "Care coordinators will see the carer alone at least once in every care review",
            ["routine_enquiry", "record_keeping"],
            level=AG,
        ),
        R(
            "2",
            NRMH,
            "The Trust will add domestic abuse risk to the carer section of its care plan template",
            ["risk_assessment", "record_keeping"],
            level=AG,
        ),
        R(
            "1",
            HCSP,
            "Harrowbeck Community Safety Partnership should ensure that all partner agencies ask carers",
            ["routine_enquiry"],
            aliases=["carers of people with mental illness asked about their own safety"],
        ),
        R(
            "2",
            "North Ribbonby Mental Health NHS Foundation Trust",
            "North Ribbonby Mental Health NHS Foundation Trust and Harrowbeck Women’s Aid should agree",
            ["multi_agency_working", "information_sharing", "policy_procedure"],
            aliases=["joint working between mental health services and the IDVA service"],
        ),
        R(
            "3",
            HCSP,
            "The Partnership should run a public awareness campaign aimed at older women",
            ["awareness_public"],
            aliases=["a partnership campaign on abuse in long marriages"],
        ),
        R(
            "4",
            HCSP,
            "The Partnership should seek assurance from Skelmoor Constabulary that reports",
            ["quality_assurance", "routine_enquiry"],
            aliases=["assurance on police follow-up of third-party reports"],
        ),
        R(
            "5",
            HCSP,
            "The Partnership should write to NHS England asking that national guidance",
            ["policy_procedure", "routine_enquiry"],
            scope="national",
            aliases=["letter to NHS England on carers’ assessments"],
        ),
    ],
    actions=[],
    chronology=[
        C(None, None, "12/03/2018", "2018-03-12", "Stuart is seen after a seizure"),
        C(None, None, "June 2018", "2018-06", "Stuart reports low mood"),
        C(None, None, "04/02/2019", "2019-02-04", "Niamh’s daughter reports that her father pushed"),
        C(None, None, "Summer 2019", "2019", "Neighbours complain about shouting"),
        C(None, None, "18/11/2019", "2019-11-18", "Stuart is assessed by the crisis team"),
        C(None, None, "January 2020", "2020-01", "Stuart is taken on by the community mental health team"),
        C(None, None, "w/c 6 July 2020", "2020-07-06", "Niamh asks the practice nurse for help with sleep"),
        C(None, None, "23/10/2020", "2020-10-23", "A neighbour calls police after hearing a woman scream"),
        C(None, None, "26/10/2020", "2020-10-26", "A police referral is received despite Niamh’s refusal"),
        C(None, None, "March 2021", "2021-03", "Stuart stops taking his medication"),
        C(None, None, "02.08.2021", "2021-08-02", "Niamh sees the GP with bruised ribs"),
        C(
            None,
            None,
            "02/09/2021",
            "2021-09-02",
            "Police are called by Niamh’s daughter and find Niamh dead",
        ),
    ],
    notes=(
        "DHR executive summary plus overview report in one file, pdftotext -layout. doc_kind overview_report "
        "(executive_summary accepted). Review id 'HCSP DHR 07' (cover); date of death 2 September 2021 (ES.1). "
        "Single agency recommendations: Table 2, Agency | No. | Recommendation, the agency cell merged down "
        "over that agency's rows and printed once; level agency, ref the No. as printed (restarting at 1), "
        "agency as printed in the table ('North Ribbonby MH Trust'); scope local. Overview recommendations: "
        "bold 'Recommendation 1'-'5' in Section 8, level overview; agency the body the sentence names first "
        "(2 names the Trust and Harrowbeck Women's Aid jointly); 5 is a letter to NHS England -> national. "
        "Aliases: the executive summary bullets 'Overview recommendation N – <short form>' (the short form). "
        "Excluded: ES paragraphs, terms-of-reference bullets, analysis 5.1-5.4, the lessons sentence in 6.2. "
        "No action plan (the report says one will be published separately). Chronology: Table 1, one event "
        "per row (the 23/10/2020 cell has two paragraphs, one event), no refs; 'w/c 6 July 2020' -> "
        "2020-07-06, '02.08.2021' -> 2021-08-02, 'Summer 2019' -> 2019."
    ),
)


def main():
    # An optional folder argument writes the .json files there (a scratch copy to compare with the committed ones).
    write_gold(GOLD, HERE, sys.argv[1] if len(sys.argv) > 1 else None, family_keys="after_file")


if __name__ == "__main__":
    main()
