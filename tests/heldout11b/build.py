"""Build the heldout11b blind documents as Word files (python-docx).

Run once:  python tests/heldout11b/build.py
Then convert each .docx with LibreOffice and extract text with pdftotext (see README.md).
All people, places, local agency names and wording are fictional and the author's own.
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/: docx_build, the helpers every blind set's build shares

from docx_build import (  # noqa: E402
    add_row,
    docx_saver,
    heading,
    kv_table,
    landscape_section,
    make_table,
    merge_down,
    new_doc,
    numbered,
    para,
    set_landscape,
)

# An optional folder argument writes the .docx files there (a scratch copy to compare with the committed ones).
save = docx_saver(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)


def bullets(cell, items, size=9):
    """Several actions in one cell, each its own Word bullet paragraph."""
    cell.text = ""
    first = True
    for item in items:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        p.style = cell.part.document.styles["List Bullet"]
        p.add_run(item).font.size = Pt(size)
        first = False


def label_line(doc, label, value, size=10.5):
    """'Label: value' with the label bold, the value possibly empty."""
    p = doc.add_paragraph()
    p.paragraph_format.space_after = Pt(2)
    r = p.add_run(label)
    r.bold = True
    r.font.size = Pt(size)
    if value:
        p.add_run(" " + value).font.size = Pt(size)
    return p


# ===================================================== 1. Home Office template, unheaded number column
def doc_harrowfield():
    stem = "dhr_plan_ho_outcome_rag_unheaded_num_harrowfield"
    doc = new_doc(
        landscape=True, header="Harrowfield Community Safety Partnership – DHR 'Kerry'", font="Calibri"
    )
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(1.5)
    para(doc, "Domestic Homicide Review – Kerry (HCSP DHR 2022-03)", bold=True, size=14)
    para(doc, "Action Plan", bold=True, size=12)
    para(
        doc,
        "Agreed by the Harrowfield Community Safety Partnership Board on 12 October 2023. Progress as "
        "reported to the DHR Standing Group, April 2024. RAG: Red – not started; Amber – in progress; "
        "Green – complete.",
        size=9,
    )
    headers = [
        "",
        "Recommendation",
        "Scope of recommendation",
        "Action to take",
        "Lead Agency",
        "Target Date",
        "Outcome",
        "Completion Date / RAG",
    ]
    widths = [0.9, 4.6, 2.0, 6.4, 2.6, 2.3, 4.0, 2.9]
    t = make_table(doc, headers, widths, header_fill="BDD7EE", size=10)
    rows = [
        (
            "1",
            "Harrowfield Community Safety Partnership should make sure that every agency on the review "
            "panel has a named domestic abuse champion who can be contacted by front-line staff for advice "
            "about coercive control.",
            "Local",
            [
                "Write to each panel agency asking it to name a champion and confirm their contact details.",
                "Publish the list of champions on the Partnership's professional web pages and refresh it "
                "every six months.",
                "Hold a launch session for the champions with the specialist domestic abuse service.",
            ],
            "Harrowfield Community Safety Partnership",
            "31/12/2023",
            "Staff in every agency know who to ask for advice when they suspect coercive control.",
            "Completed\n08/12/2023",
        ),
        (
            "2",
            "Harrowfield Police should review how officers attending a report of a missing adult consider "
            "whether domestic abuse is a factor in the disappearance.",
            "Local",
            [
                "Add a domestic abuse prompt to the missing person initial risk assessment form.",
                "Brief all response sergeants on the revised form through the monthly learning bulletin.",
            ],
            "Harrowfield Police",
            "31/03/2024",
            "Missing person reports routinely record whether abuse was considered and why.",
            "Completed",
        ),
        (
            "3",
            "NHS Harrowfield Integrated Care Board should seek assurance that GP practices ask about "
            "domestic abuse when a patient presents repeatedly with anxiety, poor sleep or unexplained "
            "injuries.",
            "Local",
            [
                "Audit a sample of records from four practices for evidence of routine enquiry.",
                "Share the audit findings with practice safeguarding leads at the quarterly forum.",
                "Repeat the audit twelve months later to measure any change.",
            ],
            "NHS Harrowfield Integrated Care Board",
            "30/09/2024",
            "Routine enquiry is visible in GP records where the presentation calls for it.",
            "Amber – first audit done, repeat audit booked",
        ),
        (
            "4",
            "Harrowfield Borough Council Housing Services should make sure that a tenant who asks to add or "
            "remove a partner from a tenancy is seen alone and asked about their safety.",
            "Local",
            [
                "Amend the tenancy change procedure so that the tenant is spoken to alone.",
                "Train the tenancy management team on the amended procedure.",
            ],
            "Harrowfield Borough Council Housing Services",
            "30/06/2024",
            "Tenancy changes are used as a chance to ask about safety.",
            "Completed\n21/05/2024",
        ),
        (
            "5",
            "Harrowfield Adult Social Care should make sure that carers' assessments consider whether the "
            "carer is also experiencing abuse from the person they care for.",
            "Local",
            [
                "Add a question about the carer's own safety to the carer's assessment template.",
                "Test the revised template with the carers' reference group before it goes live.",
            ],
            "Harrowfield Adult Social Care",
            "31/03/2024",
            "Carers who are being harmed are identified and offered support.",
            "Red – template change held back by the case management system upgrade",
        ),
        (
            "6",
            "The Partnership should ask the regional Violence Reduction Unit to consider a shared approach "
            "to domestic abuse awareness for workplaces across the county.",
            "Regional",
            [
                "Present the review's findings to the county Violence Reduction Unit board.",
                "Agree with neighbouring partnerships who will draft a shared workplace toolkit.",
            ],
            "Harrowfield Community Safety Partnership",
            "31/10/2024",
            "Employers across the county have one consistent source of advice.",
            "Amber",
        ),
        (
            "7",
            "Harrowfield Domestic Abuse Service should make sure that, when a victim cannot be reached, "
            "the referrer is told and a second route of contact is agreed.",
            "Local",
            [
                "Revise the unable-to-contact procedure to include a call back to the referrer.",
                "Record the agreed second contact route on the case management system.",
                "Report monthly on cases closed as unable to contact to the service's board.",
            ],
            "Harrowfield Domestic Abuse Service",
            "31/05/2024",
            "No victim's case is closed without the referrer knowing and a second attempt being made.",
            "Green\n30/04/2024",
        ),
        (
            "8",
            "The Home Office should consider whether the statutory guidance should say more about involving "
            "the victim's employer and colleagues in a review.",
            "National",
            [
                "Write to the Home Office DHR team setting out the panel's reasoning.",
                "Record the Home Office response in the Partnership's annual report.",
            ],
            "Harrowfield Community Safety Partnership",
            "31/01/2024",
            "The national guidance is considered in the light of this review.",
            "Completed\nLetter sent 15/01/2024",
        ),
    ]
    for num, rec, scope, acts, lead, target, outcome, done in rows:
        row = add_row(t, [num, rec, scope, "", lead, target, outcome, done], widths, size=10)
        bullets(row.cells[3], acts, size=10)
    para(doc, "")
    para(doc, "Signed off on behalf of the Partnership: Chair, DHR Standing Group", size=9)
    save(doc, stem)


# ===================================================== 2. SAR plan as labelled blocks, no table
def doc_fernhollow():
    stem = "sar_plan_labelled_blocks_no_table_fernhollow"
    doc = new_doc(header="Fernhollow Safeguarding Adults Board", font="Georgia", size=10.5)
    para(doc, "Fernhollow Safeguarding Adults Board", bold=True, size=15, align="center")
    para(doc, "Safeguarding Adults Review: 'Dennis'", bold=True, size=13, align="center")
    para(doc, "Action plan and progress report – position at 30 September 2024", size=11, align="center")
    para(doc, "")
    heading(doc, "Introduction", 2)
    para(
        doc,
        "The review of the care and support given to Dennis, a 71-year-old man who died at his home in "
        "Fernhollow in January 2023, was published by the Board in March 2024. The reviewer made four "
        "recommendations. This paper sets out the actions the Board's partners agreed for each one and "
        "the progress reported to the Case Review Subgroup.",
    )
    heading(doc, "The recommendations", 2)
    recs = [
        "The Board should seek assurance that agencies apply the self-neglect protocol when a person "
        "repeatedly declines help with their home and personal care.",
        "Fernhollow Council Adult Social Care should make sure that a Care Act assessment is offered "
        "whenever a person's circumstances change after a hospital admission.",
        "Partners should make sure that practitioners understand how to assess mental capacity for a "
        "specific decision about accepting care, and record that assessment.",
        "The Board should ask Fernhollow Fire and Rescue Service and the Council to agree a joint "
        "referral route for people whose homes present a fire risk through hoarding.",
    ]
    for i, r in enumerate(recs, 1):
        numbered(doc, f"{i}.", r)
    heading(doc, "Action plan", 2)
    blocks = [
        (
            "Recommendation 1",
            "Hold a multi-agency audit of six self-neglect cases and report the findings to the Board.",
            "Board Business Manager",
            "March 2024",
            "Audit completed in April 2024; the report went to the Board in June. Two cases showed the "
            "protocol was not used.",
            "Complete",
        ),
        (
            "Recommendation 1",
            "Refresh the self-neglect protocol in the light of the audit findings.",
            "Chair of the Policy and Procedures Subgroup",
            "December 2024",
            "First draft circulated to subgroup members for comment.",
            "In progress",
        ),
        (
            "Recommendation 2",
            "Add a prompt to the hospital discharge notification asking whether the person's care needs "
            "have changed.",
            "",
            "",
            "Discussions have started with the acute trust's discharge team but no change has yet been "
            "agreed.",
            "In progress",
        ),
        (
            "Recommendation 3",
            "Deliver four half-day mental capacity workshops for staff across the partnership.",
            "Fernhollow Council Principal Social Worker",
            "31/07/2024",
            "All four workshops were held between May and July 2024 with 112 staff attending. This action "
            "is complete.",
            "",
        ),
        (
            "Recommendation 4",
            "Agree a joint hoarding referral pathway between the fire service and the Council.",
            "Fernhollow Fire and Rescue Service – Prevention Manager",
            "Q4 2024/25",
            "",
            "Not started",
        ),
    ]
    for ref, action, lead, when, progress, status in blocks:
        p = para(doc, ref, bold=True, size=11)
        p.paragraph_format.space_before = Pt(10)
        label_line(doc, "Action:", action)
        label_line(doc, "Lead:", lead)
        label_line(doc, "Timescale:", when)
        label_line(doc, "Progress:", progress)
        label_line(doc, "Status:", status)
    para(doc, "")
    para(doc, "Next report to the Case Review Subgroup: January 2025.", italic=True)
    save(doc, stem)


# ===================================================== 3. CSP tracker, several reviews, colour RAG
def doc_wexcombe():
    stem = "csp_dhr_tracker_multi_review_colour_rag_wexcombe"
    doc = new_doc(landscape=True, header="Wexcombe Safer Together Partnership", font="Arial", size=9)
    para(doc, "DHR Recommendations Tracker", bold=True, size=14)
    para(doc, "Wexcombe Safer Together Partnership – Domestic Abuse Executive, July 2024", size=10)
    para(doc, "RAG key", bold=True, size=9)
    kt = make_table(doc, ["Colour", "Meaning"], [3, 9], header_fill="EEEEEE", size=8, repeat=False)
    for colour, meaning in [
        ("Blue", "Action complete and evidence received"),
        ("Green", "On track to meet the due date"),
        ("Amber", "Some slippage; expected to complete"),
        ("Red", "Not started or at risk of not being delivered"),
    ]:
        add_row(kt, [colour, meaning], [3, 9], size=8)
    para(doc, "")
    headers = ["DHR", "No.", "Recommendation", "Action", "Lead", "Due", "RAG", "Update"]
    widths = [2.4, 1.0, 5.4, 5.0, 2.8, 2.0, 1.6, 5.6]
    t = make_table(doc, headers, widths, header_fill="D9D9D9", size=8)
    rows = [
        (
            "DHR 'Amira' (2021)",
            "1",
            "Wexcombe Police to make sure that the DASH risk assessment is repeated after every new "
            "incident, not only the first.",
            "Issue a practice direction on repeat DASH completion",
            "Wexcombe Police",
            "Mar-24",
            "Blue",
            "Practice direction issued 02/02/2024; compliance checked in dip sample.",
        ),
        (
            "DHR 'Amira' (2021)",
            "2",
            "The MARAC chair to review how cases are re-referred when a victim moves between districts.",
            "Update the MARAC operating protocol and circulate it",
            "MARAC Coordinator",
            "31.03.2024",
            "Green",
            "Revised protocol out for consultation until the end of July.",
        ),
        (
            "DHR 'Amira' (2021)",
            "3",
            "Interpreters used in domestic abuse cases should be independent of the family.",
            "Add the requirement to the interpreting contract specification",
            "Wexcombe Council Procurement",
            "Q4 2023/24",
            "Amber",
            "Contract renewal delayed to September 2024; clause drafted.",
        ),
        (
            "DHR 'Mr T' (2022)",
            "1",
            "Substance misuse services should ask every male client about abusive behaviour towards a "
            "partner.",
            "Add routine enquiry about use of abuse to the drug and alcohol assessment",
            "Wexcombe Recovery Service",
            "End of June 2024",
            "Red",
            "Assessment form owned by national provider; change request not yet accepted.",
        ),
        (
            "DHR 'Mr T' (2022)",
            "2",
            "Probation to make sure that home visits include checks on any new partner of a person on "
            "licence.",
            "Audit ten cases for partner checks at home visits",
            "Probation Service – Wexcombe PDU",
            "Mar-24",
            "Blue",
            "Audit complete; 9 of 10 cases compliant. Findings shared with managers.",
        ),
        (
            "DHR 'Beth' (2023)",
            "1",
            "The Partnership to raise awareness of economic abuse among banks and building societies "
            "in the town.",
            "Run a briefing session for local bank branch staff",
            "Domestic Abuse Coordinator",
            "End of June 2024",
            "Green",
            "Two branches signed up; session booked for 18 July.",
        ),
        (
            "DHR 'Beth' (2023)",
            "2",
            "GP practices to record when a patient discloses that a partner controls their money.",
            "Create a clinical code guide for practice staff",
            "NHS Wexcombe ICB Safeguarding Team",
            "31.03.2024",
            "Amber",
            "Guide drafted; waiting for sign-off by the clinical lead.",
        ),
        (
            "DHR 'Beth' (2023)",
            "3",
            "Housing providers to include economic abuse in their domestic abuse policies.",
            "Review the housing domestic abuse policy",
            "Wexcombe Homes",
            "Q4 2023/24",
            "Blue",
            "Policy updated and published on the intranet in March 2024.",
        ),
    ]
    for r in rows:
        add_row(t, list(r), widths, size=8)
    para(doc, "")
    para(doc, "Closed actions (Blue) will be removed from the next version of the tracker.", size=8)
    save(doc, stem)


# ===================================================== 4. ICB single-agency plan, merged learning
def doc_ormsby():
    stem = "nhs_icb_single_agency_plan_merged_learning_ormsby"
    doc = new_doc(header="NHS Ormsby Integrated Care Board – Safeguarding", font="Verdana", size=9.5)
    para(doc, "NHS Ormsby Integrated Care Board", bold=True, size=13)
    para(
        doc, "Single Agency Action Plan – Domestic Homicide Review 'Sofia' (OCSP/DHR/04)", bold=True, size=11
    )
    para(
        doc,
        "This plan answers the learning that the ICB's Individual Management Review identified for "
        "commissioned health services. The overview report's own recommendations are tracked separately in "
        "the Ormsby Community Safety Partnership's action plan. Plan owner: Designated Nurse, Safeguarding "
        "Adults. Last updated 14 August 2024.",
        size=9,
    )
    sec = landscape_section(doc)
    sec.header.is_linked_to_previous = True
    headers = ["Ref", "Learning identified", "Action", "Responsible", "Deadline", "Evidence", "Status"]
    widths = [1.4, 4.2, 4.6, 2.8, 2.4, 6.6, 2.4]
    t = make_table(doc, headers, widths, header_fill="C6E0B4", size=8.5)
    learning_a = (
        "Primary care staff did not recognise that repeated missed appointments by Sofia coincided with "
        "periods when her husband attended with her."
    )
    learning_b = (
        "Maternity and health visiting records did not show that Sofia had been seen alone at any contact."
    )
    learning_c = "The ICB's own safeguarding training did not cover the use of interpreters in abuse cases."
    rows = [
        (
            "ICB 1",
            learning_a,
            "Circulate a seven-minute briefing to all GP practices on missed appointments as an indicator of "
            "control.",
            "Named GP for Safeguarding",
            "31/01/2024",
            "Briefing sent to 38 practices on 22/01/2024; copy held on the safeguarding shared drive. Read "
            "receipts returned by 31 practices; the remaining practices were followed up by the named GP "
            "at the March forum and all have now confirmed receipt.",
            "Closed",
        ),
        (
            "ICB 2",
            learning_a,
            "Add a 'was not brought / did not attend' flag review to the practice safeguarding meeting "
            "template.",
            "Primary Care Safeguarding Lead",
            "30/06/2024",
            "Template revised and trialled in four practices. Evaluation of the trial due at the September "
            "forum; early feedback is that practices find the prompt useful but want it added to the clinical "
            "system rather than the meeting template.",
            "Open – on track",
        ),
        (
            "ICB 3",
            learning_b,
            "Seek assurance from the maternity provider that women are seen alone at least once in each "
            "trimester.",
            "Designated Nurse, Safeguarding Adults",
            "31/03/2024",
            "Provider audit requested in February. The audit has not yet been received; escalated to the "
            "provider's Director of Nursing on 02/07/2024. Interim data from the provider's dashboard shows "
            "selective enquiry recorded in 64% of bookings.",
            "Open – overdue",
        ),
        (
            "ICB 4",
            learning_b,
            "Health visiting service to audit records of ten families for evidence that the mother was seen "
            "alone.",
            "Head of Children's Community Services",
            "30/04/2024",
            "Audit of ten records completed 19/04/2024. Seven showed a lone contact; the three that did not "
            "have been discussed in supervision and the standard operating procedure reissued.",
            "Closed",
        ),
        (
            "ICB 5",
            learning_c,
            "Add a section on independent interpreters to level 3 adult safeguarding training.",
            "ICB Safeguarding Training Lead",
            "31/10/2024",
            "Training content drafted with the regional interpreting service. Sessions from October will use "
            "the new material; attendance registers will be kept as evidence.",
            "Open – on track",
        ),
    ]
    for r in rows:
        add_row(t, list(r), widths, size=8.5)
    # Learning cells merged over the two actions each answers (rows 1-2 and 3-4; row 0 is the header).
    merge_down(t, 1, 1, 2, size=8.5)
    merge_down(t, 1, 3, 4, size=8.5)
    para(doc, "")
    para(
        doc,
        "Status: Closed = evidence accepted by the Designated Nurse; Open – overdue = past deadline.",
        size=8,
    )
    save(doc, stem)


# ===================================================== 5. Chronology table Date | Source | Event | Analysis
def doc_pelham():
    stem = "chron_table_date_source_event_analysis_pelham"
    doc = new_doc(
        header="Pelham DHR 'Grace' – Appendix B – OFFICIAL SENSITIVE", font="Times New Roman", size=11
    )
    para(doc, "Appendix B: Combined chronology", bold=True, size=13)
    para(
        doc,
        "The table below combines the chronologies supplied by each agency. Entries are in date order; "
        "where an agency could not give an exact date the approximate date is shown as recorded. The "
        "panel's analysis is in the final column.",
    )
    headers = ["Date", "Source", "Event", "Analysis comment"]
    widths = [2.6, 2.6, 6.6, 5.2]
    t = make_table(doc, headers, widths, header_fill="D9E2F3", size=10.5)
    rows = [
        ("c. June 2017", "Family", "Grace and Liam met through friends and began a relationship.", ""),
        (
            "14/09/2017",
            "GP",
            "Grace registered with Orchard Lane Surgery after moving to Pelham. New patient check recorded no "
            "concerns.",
            "",
        ),
        (
            "Early 2018",
            "Family",
            "Grace's mother noticed that Grace had stopped seeing her friends and was often checking her "
            "phone when Liam was not present.",
            "Family members recognised isolation before any agency did. This is an early sign of coercive "
            "control.",
        ),
        (
            "22/03/2018\n23:15",
            "Pelham Police",
            "Neighbour reported a woman screaming at the flat. Officers attended; Grace said she had been "
            "shouting at the television. No injuries seen. Liam was not present when officers arrived.",
            "No DASH completed because officers recorded the incident as a noise complaint. The panel "
            "considered that the call should have been treated as a possible domestic incident.",
        ),
        (
            "05/06/2018",
            "GP",
            "Grace attended with a cut to her hand which she said happened while cooking. Wound dressed.",
            "",
        ),
        (
            "17/08/2018",
            "Housing",
            "Pelham Homes received a complaint from a neighbour about shouting late at night. A warning "
            "letter was sent to the tenancy address.",
            "The letter was addressed to Grace as the tenant. It may have increased the pressure on her.",
        ),
        (
            "02/11/2018\n09:40",
            "Ambulance",
            "Ambulance called by Liam who said Grace had fallen down the stairs. Grace was taken to Pelham "
            "General Hospital with a wrist injury.",
            "",
        ),
        (
            "02/11/2018",
            "Hospital ED",
            "Fracture of the left wrist treated. Liam stayed with Grace throughout the attendance and "
            "answered most questions on her behalf. The triage nurse recorded that Grace seemed quiet.",
            "Grace was not seen alone. The hospital's policy requires routine enquiry at triage; this did "
            "not happen because the partner was present. The panel regards this as a missed opportunity.",
        ),
        (
            "December 2018",
            "Employer",
            "Grace's line manager noted that she had taken eight days of sickness absence in three months.",
            "",
        ),
        (
            "11/01/2019",
            "GP",
            "Telephone consultation about low mood. Grace was prescribed sertraline and given the number of "
            "the talking therapies service.",
            "",
        ),
        (
            "w/c 04/03/2019",
            "Talking Therapies",
            "Self-referral received from Grace. An assessment appointment was offered by letter.",
            "",
        ),
        (
            "20/03/2019",
            "Talking Therapies",
            "Grace did not attend the assessment and was discharged in line with the service's policy.",
            "Discharge after a single missed appointment did not take account of why a person might not be "
            "able to attend.",
        ),
        (
            "03/04/19 (approx.)",
            "Friend",
            "Grace told a close friend that Liam had taken her bank card and gave her cash each week.",
            "Economic abuse. The friend did not know where to seek advice.",
        ),
        (
            "27/05/2019\n02:10",
            "Pelham Police",
            "Grace called 999 to report that Liam had pushed her against a wall and would not let her "
            "leave. Liam was arrested for assault. DASH completed: medium risk. Grace provided a statement "
            "and photographs were taken of bruising to her upper arms. Liam was interviewed the following "
            "afternoon and denied the assault, saying that Grace had been drinking and had fallen.",
            "The medium grading did not reflect the escalation since 2018, as earlier incidents were not "
            "linked. The panel noted that the officer completing the DASH had not seen the 2018 log because "
            "it was recorded as a noise complaint, and that the strangulation question was answered 'no' "
            "without further exploration.",
        ),
        (
            "28/05/2019",
            "Pelham Police",
            "Liam released on bail with conditions not to contact Grace or attend the flat.",
            "",
        ),
        (
            "31/05/2019",
            "IDVA Service",
            "Referral received from police. The IDVA made two calls to Grace on the same day; the second "
            "was answered and a safety plan was agreed.",
            "Prompt contact, in line with the service standard.",
        ),
        (
            "June 2019",
            "Family",
            "Grace stayed with her mother for about three weeks while Liam was on bail.",
            "",
        ),
        (
            "12/07/2019",
            "CPS",
            "Charge of assault by beating authorised. Case listed at Pelham Magistrates' Court.",
            "",
        ),
        (
            "09/08/2019",
            "IDVA Service",
            "Grace told the IDVA she had resumed the relationship and no longer wanted support. Case closed.",
            "Closure followed the service's procedure but no onward referral or review date was set.",
        ),
        (
            "16/09/2019",
            "Magistrates' Court",
            "Grace did not attend to give evidence. The prosecution offered no evidence and the case was "
            "dismissed.",
            "The panel asked whether an evidence-led prosecution had been considered. The CPS told the "
            "panel that the photographs alone were not thought sufficient.",
        ),
        (
            "04/10/2019\n19:05",
            "Pelham Police",
            "Grace rang the non-emergency number to ask whether Liam's bail conditions still applied. She "
            "was told that they had ended when the case was dismissed. The call handler did not ask why she "
            "wanted to know and no log was created for the public protection unit.",
            "A call of this kind from a known victim is a chance to reassess risk. The panel recommends "
            "that call handlers are reminded to check the history of the caller and the address.",
        ),
        (
            "Autumn 2019",
            "Employer",
            "Grace resigned from her job, telling colleagues that Liam wanted her to be at home more.",
            "",
        ),
        (
            "07/01/2020\n15:30",
            "GP",
            "Grace attended alone and disclosed that Liam was 'controlling'. The GP asked direct questions "
            "about safety, completed a DASH checklist with Grace and scored 12 ticks. Grace agreed to a "
            "referral to the IDVA service and the GP added a domestic abuse code to her record. The GP "
            "booked a follow-up telephone call for the next week.",
            "Good practice: the GP asked directly and acted on the answer. The referral met the MARAC "
            "threshold on professional judgement but was not sent to MARAC because the score was below 14. "
            "The panel considered the referral should have gone to MARAC given the history of a charged "
            "assault.",
        ),
        (
            "09/01/2020",
            "IDVA Service",
            "Referral received from the GP. Calls to Grace on 9 and 10 January were not answered.",
            "",
        ),
        (
            "14/01/2020",
            "GP",
            "Follow-up call made; Liam answered Grace's phone and said she was out.",
            "",
        ),
        (
            "21/01/2020",
            "IDVA Service",
            "Case closed after three unanswered calls and a letter inviting Grace to make contact. A closure "
            "letter was sent to the GP.",
            "The letter went to the shared address. The service has since changed its practice so that "
            "letters are not sent to an address shared with the person causing harm.",
        ),
        (
            "w/c 03/02/2020",
            "Housing",
            "Grace asked at the Pelham Homes office about a transfer to a one-bedroom flat in another part "
            "of the town. She was given a housing application form.",
            "Staff did not ask why Grace wanted to move. A question about safety at this point might have "
            "led to a referral for a management transfer.",
        ),
        (
            "February 2020",
            "Family",
            "Grace told her sister she was planning to leave Liam once she had saved some money.",
            "Planning to leave is a recognised time of heightened risk.",
        ),
        (
            "06/03/2020\n21:50",
            "Pelham Police",
            "Police called by a neighbour to the flat. Grace was found with fatal injuries. Liam was arrested "
            "at the scene.",
            "",
        ),
    ]
    for r in rows:
        add_row(t, list(r), widths, size=10.5)
    para(doc, "")
    para(
        doc,
        "Source abbreviations: ED – Emergency Department; IDVA – Independent Domestic Violence Advisor.",
        size=9,
    )
    save(doc, stem)


# ===================================================== 6. Narrative chronology under year headings
def doc_quarrington():
    stem = "chron_narrative_year_headed_relative_quarrington"
    doc = new_doc(header="Quarrington DHR – Overview Report – Section 5", font="Cambria", size=11)
    heading(doc, "5. Summary of events", 1)
    para(
        doc,
        "This section sets out, in date order, the contact that agencies and family members had with "
        "Marek and Hannah. Each year begins with a heading; where a paragraph gives only a day and month, "
        "the year is the one under which it appears.",
    )
    paras = [
        ("2017", None),
        (
            "5.1",
            "On 3 March Hannah registered with the Ferngate Medical Practice, giving an address she shared "
            "with Marek. She told the practice nurse she had recently moved to Quarrington for work.",
        ),
        (
            "5.2",
            "In late April Quarrington Police received a call from a member of the public who had seen a man "
            "dragging a woman by the arm into a car outside a takeaway. The car was traced to Marek; officers "
            "visited the address the next day and both said nothing had happened.",
        ),
        (
            "5.3",
            "Two weeks later Hannah attended the Emergency Department at Quarrington Royal Infirmary with a "
            "burn to her forearm. She said she had spilt a pan of water. No enquiry about abuse was recorded.",
        ),
        (
            "5.4",
            "On 19 November the Ferngate Medical Practice saw Hannah for a pregnancy test, which was positive. "
            "She was referred to the community midwifery team.",
        ),
        ("2018", None),
        (
            "5.5",
            "On 8 January the community midwife from Quarrington Maternity Services booked Hannah. Marek was "
            "present and the question about domestic abuse was not asked; the record notes 'partner in room'.",
        ),
        (
            "5.6",
            "In mid-July Hannah gave birth to a daughter at Quarrington Royal Infirmary. The health visiting "
            "service, run by Quarrington Community Health, made the new birth visit ten days later.",
        ),
        (
            "5.7",
            "On 2 October Quarrington Police attended the flat after Hannah called to say that Marek had "
            "thrown a mug at her while she held the baby. Marek was arrested; a DASH assessment was graded "
            "high risk and the case was referred to MARAC.",
        ),
        (
            "5.8",
            "The following day a referral was sent to Quarrington Children's Services, who began a child and "
            "family assessment.",
        ),
        (
            "5.9",
            "On 25 October the MARAC discussed the case. Actions were set for the Independent Domestic "
            "Violence Advisor service and for housing.",
        ),
        ("2019", None),
        (
            "5.10",
            "In February Quarrington Children's Services closed the assessment, recording that Hannah had "
            "ended the relationship and that Marek had moved out.",
        ),
        (
            "5.11",
            "On 14 June Hannah told the health visitor from Quarrington Community Health that Marek had "
            "moved back in 'for the baby's sake'. The health visitor gave her a leaflet but did not share the "
            "information with Children's Services.",
        ),
        (
            "5.12",
            "Three days later Marek was seen by the Quarrington Recovery Partnership for an alcohol "
            "assessment. He did not mention that he lived with a partner and a child.",
        ),
        ("2020", None),
        (
            "5.13",
            "On 30 January Quarrington Police were called by a neighbour after hearing a woman screaming. "
            "Officers forced entry and found Hannah with serious injuries; she died in hospital the next "
            "morning.",
        ),
    ]
    for num, text in paras:
        if text is None:
            p = para(doc, num, bold=True, size=12)
            p.paragraph_format.space_before = Pt(10)
        else:
            numbered(doc, num, text)
    heading(doc, "6. Analysis", 1)
    numbered(
        doc,
        "6.1",
        "The panel considered each key episode against the terms of reference. Its analysis follows.",
    )
    save(doc, stem)


# ===================================================== 7. CSPR partnership plan, merged recommendations (layout)
def doc_lowdale():
    stem = "cspr_partnership_plan_merged_rec_progress_rag_lowdale"
    doc = new_doc(header="Lowdale Safeguarding Children Partnership", font="Tahoma", size=10)
    sec = doc.sections[0]
    set_landscape(sec)
    sec.left_margin = sec.right_margin = Cm(1.8)
    para(doc, "Lowdale Safeguarding Children Partnership", bold=True, size=14)
    para(doc, "Child Safeguarding Practice Review – Child R", bold=True, size=12)
    para(doc, "Partnership Action Plan (updated May 2024)", size=11)
    kv_table(
        doc,
        [
            ("Review reference", "LSCP CSPR 2023/01"),
            ("Lead reviewer", "Dr Anwen Pryce"),
            ("Published", "November 2023"),
        ],
        widths=(5, 8),
        size=9,
    )
    headers = ["Recommendation", "Action", "Lead agency", "Target date", "Progress/RAG"]
    widths = [6.6, 6.4, 3.4, 2.4, 6.6]
    t = make_table(doc, headers, widths, header_fill="FCE4D6", size=9)
    recs = [
        (
            "Recommendation 1: The Partnership should make sure that practitioners consider the needs of "
            "every child in the household when one child is the focus of a referral.",
            [
                (
                    "Revise the multi-agency referral form to list all children in the household",
                    "Lowdale Council Children's Services",
                    "31/12/2023",
                    "Revised form live on the portal since 4 December 2023. Complete",
                ),
                (
                    "Dip sample 20 referrals for siblings being named and considered",
                    "Partnership Quality Assurance Subgroup",
                    "30/06/2024",
                    "Dip sample planned for June; sample selected. Amber",
                ),
            ],
        ),
        (
            "Recommendation 2: Schools and early years settings should be reminded how to escalate concerns "
            "when they disagree with a decision not to progress a referral.",
            [
                (
                    "Relaunch the escalation and resolution of professional disagreement protocol",
                    "Partnership Business Unit",
                    "Sept 2023",
                    "Protocol relaunched at the September headteachers' briefing. Green",
                ),
                (
                    "Include escalation in the designated safeguarding lead training",
                    "Lowdale Education Safeguarding Team",
                    "Spring term 2024",
                    "Added to two of the three sessions; third session to be updated. Amber",
                ),
                (
                    "Survey early years settings about their confidence in escalating",
                    "Lowdale Early Years Service",
                    "31/07/2024",
                    "Not yet started because of staff vacancy. Red",
                ),
            ],
        ),
        (
            "Recommendation 3: Health partners should make sure that a child's non-attendance at health "
            "appointments is treated as 'was not brought' and followed up.",
            [
                (
                    "Audit community paediatric records for follow-up of missed appointments",
                    "Lowdale Community Health NHS Trust",
                    "31/03/2024",
                    "Audit complete; report to Health Safeguarding Group in April. Complete",
                ),
            ],
        ),
    ]
    first = 1
    for rec, acts in recs:
        for a in acts:
            add_row(t, ["" if a is not acts[0] else rec] + list(a), widths, size=9)
        merge_down(t, 0, first, first + len(acts) - 1, size=9)
        first += len(acts)
    para(doc, "")
    para(
        doc, "RAG: Complete / Green = on track / Amber = some delay / Red = off track or not started.", size=8
    )
    save(doc, stem)


if __name__ == "__main__":
    doc_harrowfield()
    doc_fernhollow()
    doc_wexcombe()
    doc_ormsby()
    doc_pelham()
    doc_quarrington()
    doc_lowdale()
