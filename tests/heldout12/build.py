"""Build the heldout12 blind documents as Word files (python-docx).

Run once:  python tests/heldout12/build.py
Then convert each .docx with LibreOffice and extract text with pdftotext (see README.md).
All people, places, local agency names and wording are fictional and the author's own.
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx.shared import Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/: docx_build, the helpers every blind set's build shares

from docx_build import (  # noqa: E402
    add_row,
    box,
    docx_saver,
    dotted_line,
    heading,
    kv_table,
    landscape_section,
    make_table,
    merge_down,
    new_doc,
    numbered,
    page_break,
    para,
    shade,
)

save = docx_saver(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)

GREEN, AMBER, RED = "92D050", "FFC000", "FF6666"


def airy(doc, spacing=1.3, after=6):
    pf = doc.styles["Normal"].paragraph_format
    pf.line_spacing = spacing
    pf.space_after = Pt(after)


def section_paras(doc, number, texts, start=1):
    for i, t in enumerate(texts, start):
        numbered(doc, f"{number}.{i}", t)


def contents(doc, lines):
    heading(doc, "Contents", 1)
    for text, page in lines:
        dotted_line(doc, text, page)
    page_break(doc)


def plan_table(doc, headers, widths, rows, merges=(), fills_col=None, size=8.5):
    t = make_table(doc, headers, widths, size=size)
    for r in rows:
        fills = None
        if fills_col is not None:
            word = r[fills_col].split()[0].lower() if r[fills_col] else ""
            colour = {"green": GREEN, "complete": GREEN, "amber": AMBER, "red": RED}.get(word.strip("–-"))
            fills = {fills_col: colour} if colour else None
        add_row(t, r, widths, size=size, fills=fills)
    for col, first, last in merges:
        merge_down(t, col, first, last, size=size)
    return t


# ===================================================== 1. DHR overview report, 2019, Home Office template plan
def doc_kettlebrook():
    stem = "dhr_overview_2019_ho_template_plan_scope_col_kettlebrook"
    doc = new_doc(header="KCSP DHR 2018/02 – ‘Marnie’ – Overview Report – OFFICIAL", font="Arial", size=11)
    airy(doc)
    para(doc, "[Logo: Kettlebrook Community Safety Partnership]", italic=True)
    para(doc, "")
    para(doc, "KETTLEBROOK COMMUNITY SAFETY PARTNERSHIP", bold=True, size=15, align="center")
    para(doc, "")
    para(doc, "DOMESTIC HOMICIDE REVIEW", bold=True, size=22, align="center")
    para(doc, "Overview Report", size=18, align="center")
    para(doc, "into the death of ‘Marnie’", size=16, align="center")
    para(doc, "")
    para(doc, "Independent Chair and Author: Lionel Aspery", size=12, align="center")
    para(doc, "Report completed: September 2019", size=12, align="center")
    para(
        doc,
        "Home Office Quality Assurance Panel: approved for publication February 2020",
        size=10,
        align="center",
    )
    page_break(doc)
    contents(
        doc,
        [
            ("Executive Summary", 3),
            ("1. Introduction", 5),
            ("2. Timescales and confidentiality", 6),
            ("3. Terms of reference", 6),
            ("4. Background and key events", 7),
            ("5. Analysis", 9),
            ("6. Conclusions", 11),
            ("7. Recommendations", 12),
            ("Appendix A – Action Plan", 13),
        ],
    )
    heading(doc, "Executive Summary", 1)
    para(
        doc,
        "This summary sets out the circumstances that led to the review and the learning the panel drew "
        "from them. Marnie was 34 when she was killed at her flat in Pellow Street by her partner, "
        "referred to in this report as Dean. Dean was convicted of her murder in May 2019.",
    )
    para(
        doc,
        "The panel found that Marnie had told three services about Dean's jealousy and his checking of her "
        "phone, but each disclosure was treated as a one-off. The panel makes five recommendations, which "
        "are summarised here and set out in full in section 7:",
    )
    for s in [
        "1. Partners to use one shared definition of repeat disclosure when deciding whether to refer to MARAC.",
        "2. GP practices to record the outcome of every routine enquiry about domestic abuse.",
        "3. The housing service to offer a safety visit before any tenancy is moved into joint names.",
        "4. A Kettlebrook campaign aimed at friends and workmates on recognising coercive control.",
        "5. The Home Office to consider adding workplace disclosures to its DHR statutory guidance.",
    ]:
        para(doc, s)
    page_break(doc)

    heading(doc, "1. Introduction", 1)
    section_paras(
        doc,
        1,
        [
            "This review looks at how local services responded to Marnie, a 34-year-old woman who lived in "
            "Kettlebrook, before her death. Marnie is a name chosen by her mother for this report.",
            "Marnie died on 11 November 2018 after being assaulted at her home. Police were called by a "
            "neighbour at 01:40 and Dean was arrested at the scene.",
            "The Kettlebrook Community Safety Partnership decided on 7 December 2018 that the criteria for a "
            "Domestic Homicide Review were met and notified the Home Office the same month.",
            "The panel offers its sympathy to Marnie's family, who contributed to this review and asked that "
            "her love of wild swimming and her work at the animal sanctuary be remembered.",
        ],
    )
    heading(doc, "2. Timescales and confidentiality", 1)
    section_paras(
        doc,
        2,
        [
            "The panel met six times between January and August 2019. The review was delayed while the "
            "criminal trial took place.",
            "The report has been anonymised. Only the chair, the panel and the family know the real names.",
        ],
    )
    heading(doc, "3. Terms of reference", 1)
    section_paras(
        doc,
        3,
        [
            "The review covered the period from 1 January 2016 to Marnie's death. Agencies were asked to "
            "describe every contact they had with Marnie or Dean and to say what they knew of the relationship.",
            "Individual Management Reviews were received from Kettlebrook Police, the Kettlebrook and Rookhaven "
            "NHS Foundation Trust, Amberleigh Medical Practice, Kettlebrook Borough Council Housing and the "
            "independent domestic abuse service, Haven Kettlebrook.",
        ],
    )
    page_break(doc)
    heading(doc, "4. Background and key events", 1)
    section_paras(
        doc,
        4,
        [
            "Marnie and Dean met in 2015 through friends. They moved into Marnie's council flat together in "
            "the summer of 2016.",
            "In March 2017 Marnie told her GP that she was not sleeping and that her partner 'did not like her "
            "going out'. The GP recorded low mood and offered talking therapy.",
            "On 2 October 2017 police attended the flat after a neighbour reported shouting. Both said it was a "
            "verbal argument. A risk assessment was completed and graded standard.",
            "In February 2018 Dean asked the housing service to add his name to the tenancy. The request was "
            "approved without either party being seen alone.",
            "In June 2018 a manager at the animal sanctuary noticed bruising on Marnie's arm and gave her the "
            "number for Haven Kettlebrook. Marnie called the service once but did not take up an appointment.",
        ],
    )
    heading(doc, "5. Analysis", 1)
    section_paras(
        doc,
        5,
        [
            "Each agency saw a small part of the pattern. Taken together, the GP consultation, the police call "
            "and the sanctuary manager's concern show a relationship in which Dean controlled Marnie's time, "
            "money and friendships.",
            "The panel heard that professionals were unsure when a second or third disclosure to a different "
            "agency should count as repeat for MARAC purposes. The local definition only counted police "
            "incidents.",
            "Routine enquiry was in place at Amberleigh Medical Practice but the answer was not recorded in a "
            "way that later clinicians could find.",
            "Joint tenancy requests are an opportunity to speak to each applicant alone. The housing service had "
            "no guidance on this.",
        ],
    )
    box(
        doc,
        "Learning\nThe people closest to a victim are often friends and workmates, not professionals. They "
        "need to know what coercive control looks like and where to go.",
    )
    heading(doc, "6. Conclusions", 1)
    section_paras(
        doc,
        6,
        [
            "The panel does not find that Marnie's death could have been predicted. It does find that there "
            "were chances to understand her situation better and to offer her support.",
        ],
    )
    page_break(doc)
    heading(doc, "7. Recommendations", 1)
    numbered(doc, "7.1", "The panel makes the following recommendations.")
    para(doc, "Local recommendations", bold=True)
    recs = [
        (
            "Recommendation 1",
            "Kettlebrook Community Safety Partnership should agree with MARAC partners a single definition of "
            "repeat disclosure that counts disclosures made to any agency, not only incidents reported to the "
            "police, and publish it in the MARAC operating protocol.",
        ),
        (
            "Recommendation 2",
            "Kettlebrook Integrated Care Board should ask every GP practice in the borough to record the outcome "
            "of routine enquiry about domestic abuse using a coded entry that later clinicians can see.",
        ),
        (
            "Recommendation 3",
            "Kettlebrook Borough Council Housing should introduce guidance that each applicant is seen alone "
            "and offered a safety conversation before a tenancy is changed into joint names.",
        ),
        (
            "Recommendation 4",
            "Kettlebrook Community Safety Partnership should run a public awareness campaign aimed at friends, "
            "family and employers about coercive control and how to get advice.",
        ),
    ]
    for label, text in recs:
        para(doc, label, bold=True)
        para(doc, text)
    para(doc, "National recommendation", bold=True)
    para(doc, "Recommendation 5", bold=True)
    para(
        doc,
        "The Home Office should consider including, in the next revision of the statutory guidance for Domestic "
        "Homicide Reviews, advice on seeking information from employers and workplaces.",
    )

    landscape_section(doc)
    heading(doc, "Appendix A – Action Plan", 1)
    widths = [4.2, 2.0, 5.0, 2.8, 4.3, 2.0, 4.2]
    headers = [
        "Recommendation",
        "Scope of recommendation i.e. local or regional",
        "Action to take",
        "Lead Agency",
        "Key milestones achieved in enacting recommendation",
        "Target Date",
        "Date of completion and Outcome",
    ]
    rows = [
        [
            "1. Single definition of repeat disclosure across agencies",
            "Local",
            "Revise MARAC operating protocol to count disclosures to any agency as repeat",
            "KCSP / MARAC Chair",
            "Draft protocol agreed at MARAC steering group, Nov 2019",
            "31/01/2020",
            "Completed January 2020 – protocol published and briefed to all MARAC members",
        ],
        [
            "1. Single definition of repeat disclosure across agencies",
            "Local",
            "Audit MARAC referrals six months after the new definition is used",
            "MARAC Coordinator",
            "Audit tool drafted",
            "July 2020",
            "Completed August 2020 – audit showed referrals from health up by a third",
        ],
        [
            "2. GP recording of routine enquiry",
            "Local",
            "Issue coding guidance and template to all GP practices",
            "Kettlebrook ICB Safeguarding Lead",
            "Template built in clinical system; launched at practice leads forum",
            "March 2020",
            "Outstanding – launch delayed by the pandemic; revised date Sept 2020",
        ],
        [
            "3. Seeing applicants alone before joint tenancy",
            "Local",
            "Write and train staff on joint tenancy safety guidance",
            "Kettlebrook Borough Council Housing",
            "Guidance written; training sessions booked",
            "30.04.2020",
            "Completed 24 April 2020",
        ],
        [
            "4. Awareness campaign on coercive control",
            "Local",
            "Commission and run a campaign with local employers",
            "KCSP Domestic Abuse Coordinator",
            "",
            "Autumn 2020",
            "Not started",
        ],
        [
            "5. Workplace information in statutory guidance",
            "National",
            "Chair of KCSP to write to the Home Office with the recommendation",
            "KCSP Chair",
            "Letter sent",
            "Dec 2019",
            "Completed – letter sent 2 December 2019",
        ],
    ]
    plan_table(doc, headers, widths, rows, merges=[(0, 1, 2), (1, 1, 2)])
    save(doc, stem)


# ===================================================== 2. DHR overview report, 2023, own-format plan (layout text)
def doc_sallowfield():
    stem = "dhr_overview_2023_labelled_recs_rag_plan_sallowfield"
    doc = new_doc(header="Safer Sallowfield Partnership | DHR ‘Theo’ | Final", font="Calibri", size=11)
    airy(doc, 1.2, 6)
    para(doc, "Safer Sallowfield Partnership", bold=True, size=16)
    para(doc, "")
    para(doc, "Domestic Homicide Review", bold=True, size=24)
    para(doc, "Overview Report: ‘Theo’", size=18)
    para(doc, "")
    kv_table(
        doc,
        [
            ("Review reference", "SSP/DHR/2022-01"),
            ("Independent Chair", "Fiona Tremlett"),
            ("Overview report author", "Dr Samuel Okonjo-Reid"),
            ("Report date", "14 March 2023"),
            ("Status", "Final – for publication"),
        ],
    )
    page_break(doc)
    heading(doc, "Executive summary", 1)
    section_paras(
        doc,
        1,
        [
            "This review concerns Theo, a 71-year-old man who died in hospital in Sallowfield after being "
            "assaulted by his son, referred to as Kieran. Kieran was found guilty of manslaughter.",
            "The review found that Theo's role as his son's main carer hid the abuse he experienced from the "
            "services that knew the family. Carers were seen as part of the solution and were not asked about "
            "their own safety.",
            "The panel's recommendations in summary are:",
        ],
    )
    for s in [
        "(1) ask carers directly about abuse by the person they care for;",
        "(2) make sure adult social care carer's assessments consider risk from the cared-for person;",
        "(3) help the mental health trust involve families in discharge planning;",
        "(4) review how police pass on welfare concerns about older people;",
        "(5) raise awareness of adult family violence among GP practices.",
    ]:
        para(doc, s)
    page_break(doc)
    heading(doc, "2. Introduction", 1)
    section_paras(
        doc,
        2,
        [
            "On the evening of 19 June 2022 ambulance staff were called to Theo's bungalow in Cawdell Road. "
            "Theo had head injuries and was taken to Sallowfield General Hospital, where he died on 23 June 2022.",
            "Safer Sallowfield Partnership commissioned this review in July 2022. The panel was chaired by "
            "Fiona Tremlett and the report was written by Dr Samuel Okonjo-Reid; neither has worked for any "
            "agency involved.",
            "The review covers the period from January 2019 to June 2022.",
        ],
    )
    heading(doc, "3. The family's contribution", 1)
    section_paras(
        doc,
        3,
        [
            "Theo's daughter spoke to the chair twice. She described her father as patient and proud, and said "
            "he would never have called the police on his son.",
        ],
    )
    heading(doc, "4. Summary of agency contact", 1)
    section_paras(
        doc,
        4,
        [
            "Kieran had been known to Sallowfield Mental Health Trust since 2014. He was discharged from "
            "inpatient care in October 2021 to live with his father.",
            "Theo had a carer's assessment in 2020. It recorded that he was managing well and did not ask him "
            "whether Kieran had ever hurt him.",
            "In February 2022 police were called after Kieran damaged the kitchen door. Theo declined to give a "
            "statement. A welfare concern was recorded but not shared with adult social care.",
        ],
    )
    heading(doc, "5. Analysis and findings", 1)
    section_paras(
        doc,
        5,
        [
            "Theo's age and his role as a carer shaped how agencies saw him. He was asked about his son's "
            "needs many times and about his own safety never.",
            "Discharge planning did not include Theo as someone with a view on risk. The trust's discharge "
            "policy expects families to be consulted but does not say how.",
            "Finding: adult family violence against older parents is less well recognised than intimate "
            "partner abuse, and local training does not cover it.",
        ],
    )
    page_break(doc)
    heading(doc, "6. Recommendations", 1)
    numbered(doc, "6.1", "The panel makes five recommendations. Each names the agency that should lead.")
    recs = [
        (
            "Recommendation 1 – Safer Sallowfield Partnership",
            "Safer Sallowfield Partnership should ensure that domestic abuse training for all partner agencies "
            "includes asking carers directly whether the person they care for has harmed or frightened them.",
        ),
        (
            "Recommendation 2 – Sallowfield Council Adult Social Care",
            "Adult Social Care should revise the carer's assessment form so that it asks about risk from the "
            "cared-for person and prompts a safeguarding referral where the answer raises concern.",
        ),
        (
            "Recommendation 3 – Sallowfield Mental Health Trust",
            "The Trust should amend its discharge policy so that family members who will live with a patient "
            "are asked about their own safety and their views are recorded in the discharge plan.",
        ),
        (
            "Recommendation 4 – Sallowfield Police",
            "Sallowfield Police should review how welfare concerns about adults over 65 are shared with Adult "
            "Social Care when a victim declines to support police action.",
        ),
        (
            "Recommendation 5 – Sallowfield Integrated Care Board",
            "The Integrated Care Board should provide GP practices with a briefing on adult family violence, "
            "including abuse of older parents by adult children.",
        ),
    ]
    for label, text in recs:
        para(doc, label, bold=True)
        para(doc, text)
    heading(doc, "7. Conclusion", 1)
    section_paras(doc, 7, ["The panel thanks Theo's family and the practitioners who gave their time."])

    landscape_section(doc)
    heading(doc, "Appendix 1: DHR Action Plan – ‘Theo’", 1)
    para(doc, "Progress at 30 September 2023. RAG: Green = complete, Amber = in progress, Red = not started.")
    widths = [1.2, 5.0, 5.4, 3.4, 2.4, 5.0, 2.2]
    headers = ["Rec", "Recommendation", "Action", "Lead officer", "By when", "Update", "RAG"]
    rows = [
        [
            "1",
            "Training to include asking carers about harm from the person cared for",
            "Add a carers module to the partnership domestic abuse training",
            "DA Coordinator, SSP",
            "Dec 2023",
            "Module written and piloted with two cohorts",
            "Amber",
        ],
        [
            "2",
            "Carer's assessment to ask about risk from cared-for person",
            "Update carer's assessment form and guidance",
            "Head of Adult Social Care",
            "31/07/2023",
            "New form live in case system from July",
            "Green",
        ],
        [
            "3",
            "Discharge policy to record family members' safety and views",
            "Amend discharge policy and audit ten discharges",
            "Director of Nursing, SMHT",
            "March 2024",
            "Policy amended; audit not yet done",
            "Amber",
        ],
        [
            "4",
            "Sharing welfare concerns about over-65s with Adult Social Care",
            "Review the police adult welfare referral process",
            "Detective Inspector, Safeguarding",
            "Q4 2023/24",
            "Not yet started – awaiting force review",
            "Red",
        ],
        [
            "5",
            "GP briefing on adult family violence",
            "Publish a seven-minute briefing for GP practices",
            "ICB Named GP for Safeguarding",
            "September 2023",
            "Briefing published 4 September 2023",
            "Green",
        ],
    ]
    plan_table(doc, headers, widths, rows, fills_col=6)
    save(doc, stem)


# ===================================================== 3. SAR with findings, board recommendations and RAG plan
def doc_brindlecote():
    stem = "sar_findings_board_recs_multiagency_rag_plan_brindlecote"
    doc = new_doc(header="Brindlecote Safeguarding Adults Board – SAR ‘Harold’", font="Arial", size=10.5)
    airy(doc)
    para(doc, "[Logo: Brindlecote Safeguarding Adults Board]", italic=True)
    para(doc, "")
    para(doc, "Safeguarding Adults Review", bold=True, size=22, align="center")
    para(doc, "‘Harold’", size=18, align="center")
    para(doc, "")
    para(doc, "Independent Reviewer: Ruth Danskin", align="center")
    para(doc, "Published by Brindlecote Safeguarding Adults Board, January 2022", align="center")
    page_break(doc)
    heading(doc, "1. Introduction", 1)
    section_paras(
        doc,
        1,
        [
            "Harold was 58 and lived alone in a first-floor flat in Brindlecote. He had alcohol dependence, "
            "chronic obstructive pulmonary disease and poor mobility. He died at home in March 2021; a "
            "neighbour found him on 6 March 2021 and the coroner gave the cause of death as pneumonia with "
            "self-neglect as a contributing factor.",
            "The Board agreed that the criteria for a review under section 44 of the Care Act 2014 were met "
            "because agencies could have worked together more effectively to protect Harold.",
            "The review used a learning-together approach with a practitioner event in September 2021.",
        ],
    )
    heading(doc, "2. Harold's story", 1)
    section_paras(
        doc,
        2,
        [
            "Harold worked as a lorry driver until an injury in 2012. His drinking increased after his wife "
            "left. He saw his brother most weeks until the brother moved away in 2019.",
            "During 2020 Harold was admitted to hospital four times with chest infections. Each time he "
            "discharged himself before a care package could be arranged.",
            "A self-neglect referral was made by the ambulance service in November 2020. Adult social care "
            "closed it after Harold said he did not want help.",
        ],
    )
    heading(doc, "3. Findings", 1)
    para(doc, "Finding 1: Mental capacity and executive function", bold=True)
    section_paras(
        doc,
        3,
        [
            "Practitioners accepted Harold's refusals as capacitous decisions without considering whether he "
            "could carry them out. His ability to plan and act on his own decisions was not assessed.",
        ],
    )
    para(doc, "Recommendation 1", bold=True)
    para(
        doc,
        "The Board should seek assurance that partner agencies' mental capacity training covers executive "
        "function and repeated self-neglect, and that assessments record how this was considered.",
    )
    para(doc, "Finding 2: Self-neglect referrals closed on refusal", bold=True)
    section_paras(
        doc,
        3,
        [
            "The self-neglect pathway allowed a referral to be closed when the person declined contact. No "
            "multi-agency meeting was held despite four admissions in a year.",
        ],
        start=2,
    )
    para(doc, "Recommendation 2", bold=True)
    para(
        doc,
        "The Board should revise the multi-agency self-neglect procedure so that a refusal of support does "
        "not close a case without a multi-agency risk meeting where risk is high.",
    )
    para(doc, "Finding 3: Self-discharge from hospital", bold=True)
    section_paras(
        doc,
        3,
        [
            "Each self-discharge was treated as a separate event. The hospital had no way of seeing the "
            "pattern or telling community services quickly.",
        ],
        start=3,
    )
    para(doc, "Recommendation 3", bold=True)
    para(
        doc,
        "Brindlecote Hospitals NHS Trust should ensure that when a patient known to self-neglect discharges "
        "themselves against advice, the GP and adult social care are told within one working day.",
    )
    para(doc, "Recommendation 4", bold=True)
    para(
        doc,
        "The Board should ask the Integrated Care Board to report on how frequent attenders with alcohol "
        "dependence are identified and offered assertive outreach.",
    )
    para(doc, "Finding 4: Family as a source of information", bold=True)
    section_paras(
        doc,
        3,
        ["Harold's brother was not contacted by any agency, although he was named as next of kin."],
        start=4,
    )
    box(
        doc,
        "Practice point\nAsk who the person trusts and, with consent, speak to them. Families often know "
        "what has changed before services do.",
    )
    heading(doc, "4. Summary of recommendations", 1)
    para(doc, "The Board has accepted the four recommendations of this review:")
    for s in [
        "1. Mental capacity training to cover executive function (Board).",
        "2. Self-neglect procedure: no closure on refusal without a risk meeting (Board).",
        "3. Notification of self-discharge within one working day (Hospitals Trust).",
        "4. Assertive outreach for frequent attenders with alcohol dependence (Board / ICB).",
    ]:
        para(doc, s)

    landscape_section(doc)
    heading(doc, "Brindlecote SAB – Multi-agency Action Plan: SAR ‘Harold’", 1)
    para(doc, "Key: R = not started or off track; A = in progress; G = complete. Updated 12 October 2022.")
    widths = [1.1, 4.6, 1.1, 5.0, 3.2, 2.2, 5.0, 1.2]
    headers = [
        "Rec no.",
        "Recommendation",
        "Action no.",
        "Action",
        "Lead agency",
        "Target",
        "Progress",
        "RAG",
    ]
    rows = [
        [
            "1",
            "Mental capacity training to cover executive function",
            "1a",
            "Review the SAB mental capacity training package",
            "SAB Learning and Development Group",
            "June 2022",
            "Package revised and relaunched in May 2022",
            "G",
        ],
        [
            "1",
            "Mental capacity training to cover executive function",
            "1b",
            "Audit twenty capacity assessments for executive function",
            "SAB Quality Assurance Group",
            "31/12/2022",
            "Audit started; first ten cases reviewed",
            "A",
        ],
        [
            "2",
            "Self-neglect procedure: no closure on refusal without a risk meeting",
            "2a",
            "Revise the self-neglect and hoarding procedure",
            "SAB Policy Group",
            "Sept 2022",
            "Revised procedure signed off at September Board",
            "G",
        ],
        [
            "3",
            "Notification of self-discharge within one working day",
            "3a",
            "Add an automatic notification to the discharge system",
            "Brindlecote Hospitals NHS Trust",
            "Mar 2023",
            "IT change not yet scoped",
            "R",
        ],
        [
            "4",
            "Assertive outreach for frequent attenders",
            "4a",
            "ICB to report to the Board on frequent attenders with alcohol dependence",
            "Brindlecote ICB",
            "January 2023",
            "Report drafted for January Board",
            "A",
        ],
    ]
    t = plan_table(doc, headers, widths, rows, merges=[(0, 1, 2), (1, 1, 2)])
    for i, r in enumerate(rows, 1):
        shade(t.rows[i].cells[7], {"G": GREEN, "A": AMBER, "R": RED}[r[7]])
    save(doc, stem)


# ===================================================== 4. CSPR with learning points and recommendations
def doc_otterhythe():
    stem = "cspr_learning_points_numbered_recs_otterhythe"
    doc = new_doc(
        header="Otterhythe Safeguarding Children Partnership – CSPR Baby Ivy", font="Arial", size=11
    )
    airy(doc)
    para(doc, "Otterhythe Safeguarding Children Partnership", bold=True, size=14, align="center")
    para(doc, "")
    para(doc, "Child Safeguarding Practice Review", bold=True, size=22, align="center")
    para(doc, "Baby Ivy", size=18, align="center")
    para(doc, "")
    para(doc, "Lead Reviewer: Annette Kilbride", align="center")
    para(doc, "Publication date: 9 May 2024", align="center")
    page_break(doc)
    heading(doc, "1. Why this review was carried out", 1)
    section_paras(
        doc,
        1,
        [
            "Baby Ivy was seven weeks old when she was taken to hospital with a skull fracture and bleeding on "
            "the brain on 28 January 2023. She survived but has lasting injuries.",
            "A rapid review was held and the National Panel agreed with the Partnership that a local child "
            "safeguarding practice review should be carried out.",
            "The review looked at the period from the booking of the pregnancy in June 2022 to Ivy's admission.",
        ],
    )
    heading(doc, "2. The family", 1)
    section_paras(
        doc,
        2,
        [
            "Ivy's mother was 19 and had been in care herself until she was 18. Ivy's father, 24, had a "
            "conviction for assault on a previous partner that maternity services did not know about.",
        ],
    )
    heading(doc, "3. What the review found", 1)
    para(doc, "The unseen father", bold=True)
    section_paras(
        doc,
        3,
        [
            "Ivy's father attended two antenatal appointments but was not asked about his history, and no "
            "agency checked it. Practitioners focused on the mother, who was a care leaver.",
        ],
    )
    box(
        doc,
        "Learning point 1\nWhen a father or partner is present at appointments, practitioners should find "
        "out who he is and what he brings to the baby's care, not only record that he was there.",
    )
    para(doc, "Leaving care support after a baby is born", bold=True)
    section_paras(
        doc,
        3,
        [
            "The leaving care personal adviser visited twice after the birth but did not share her worry about "
            "the mother's tiredness and isolation with the health visitor.",
        ],
        start=2,
    )
    box(
        doc,
        "Learning point 2\nPersonal advisers are often the practitioners a care leaver trusts most. Their "
        "observations belong in the multi-agency picture.",
    )
    para(doc, "Crying and coping", bold=True)
    section_paras(
        doc,
        3,
        [
            "The ICON message about coping with crying was given on the maternity ward but not repeated at "
            "the health visitor's new birth visit, when the parents were most tired.",
        ],
        start=3,
    )
    box(
        doc,
        "Learning point 3\nA message given once, on a busy ward, is easily lost. It needs repeating when "
        "crying is at its peak.",
    )
    heading(doc, "4. Recommendations", 1)
    para(doc, "The reviewer recommends that:")
    for i, s in enumerate(
        [
            "Otterhythe Safeguarding Children Partnership develops practice guidance on engaging fathers and "
            "male partners in pregnancy and the first year, including when to check their history.",
            "Otterhythe Hospitals NHS Trust maternity services ask every expectant father or partner about "
            "previous involvement with police or children's services and record the answer.",
            "Otterhythe Council's leaving care service agrees with the 0–19 health service how personal advisers "
            "share concerns about a care leaver's parenting.",
            "The 0–19 health service repeats the coping with crying message at the new birth visit and at "
            "six to eight weeks.",
        ],
        1,
    ):
        para(doc, f"Recommendation {i}: {s}")
    heading(doc, "5. Next steps", 1)
    section_paras(
        doc,
        5,
        [
            "The Partnership will publish an action plan in response. Progress will be reported to the "
            "Partnership's Practice Review Group every quarter.",
        ],
    )
    save(doc, stem)


# ===================================================== 5. Standalone DHR tracker: several reviews (layout text)
def doc_thistlebury():
    stem = "csp_dhr_tracker_several_reviews_status_words_thistlebury"
    doc = new_doc(
        landscape=True, header="Thistlebury CSP – DHR Recommendations Tracker", font="Arial", size=10
    )
    para(doc, "Thistlebury Community Safety Partnership", bold=True, size=14)
    para(doc, "Domestic Homicide Reviews – Recommendations Tracker", bold=True, size=13)
    para(doc, "Position at: 1 November 2024. Status: Complete / On track / Delayed / Not started.")
    widths = [2.6, 1.2, 5.4, 5.0, 3.2, 2.4, 2.0, 4.8]
    headers = ["Review", "Rec", "Recommendation", "Action", "Lead", "Target date", "Status", "Update"]
    rows = [
        [
            "DHR Nadia (TCSP 2021/01)",
            "1",
            "Probation to check domestic abuse call-outs before allocating a case",
            "Add a police call-out check to the allocation checklist",
            "Probation Service Thistlebury",
            "31/03/2024",
            "Complete",
            "Checklist updated March 2024",
        ],
        [
            "DHR Nadia (TCSP 2021/01)",
            "2",
            "Children's services to include domestic abuse history in every strategy discussion",
            "Amend strategy discussion template",
            "Thistlebury Children's Services",
            "June 2024",
            "Complete",
            "Template in use since May",
        ],
        [
            "DHR Nadia (TCSP 2021/01)",
            "3",
            "TCSP to hold an annual learning event for DHRs",
            "Arrange first annual event",
            "TCSP Manager",
            "Ongoing",
            "On track",
            "Event booked for 20 Nov 2024",
        ],
        [
            "DHR Mr B (TCSP 2022/03)",
            "1",
            "Adult social care to consider domestic abuse in carer's assessments",
            "Revise carer's assessment",
            "Thistlebury Adult Social Care",
            "Q3 2024/25",
            "On track",
            "Draft form in consultation",
        ],
        [
            "DHR Mr B (TCSP 2022/03)",
            "2",
            "Housing to train tenancy officers on economic abuse",
            "Deliver economic abuse training",
            "Thistlebury Homes",
            "Sept 24",
            "Delayed",
            "Trainer unavailable; new date Jan 2025",
        ],
        [
            "DHR Mr B (TCSP 2022/03)",
            "3",
            "GP practices to flag records of patients subject to MARAC",
            "Agree flagging protocol with practices",
            "Thistlebury ICB",
            "End of March 2025",
            "Not started",
            "",
        ],
        [
            "DHR Grace (TCSP 2023/02)",
            "1",
            "Police to review response to stalking reports from former partners",
            "Stalking review and refresher training",
            "Thistlebury Police",
            "Dec-24",
            "On track",
            "Review complete; training being planned",
        ],
        [
            "DHR Grace (TCSP 2023/02)",
            "2",
            "Specialist service to offer stalking advocacy",
            "Fund a stalking advocate post",
            "TCSP / Police and Crime Commissioner",
            "01.04.2025",
            "Not started",
            "Bid submitted to PCC",
        ],
    ]
    t = make_table(doc, headers, widths, size=8.5)
    for r in rows:
        fill = {"Complete": GREEN, "On track": GREEN, "Delayed": AMBER, "Not started": RED}[r[6]]
        add_row(t, r, widths, size=8.5, fills={6: fill})
    merge_down(t, 0, 1, 3, size=8.5)
    merge_down(t, 0, 4, 6, size=8.5)
    merge_down(t, 0, 7, 8, size=8.5)
    save(doc, stem)


# ===================================================== 6. Chronology appendix: Date | Agency | Event table over pages
def doc_cawdell():
    stem = "chron_appendix_date_agency_event_continued_rows_cawdell"
    doc = new_doc(header="Cawdell DHR ‘Joanne’ – Appendix B: Combined Chronology", font="Arial", size=10.5)
    airy(doc, 1.15, 4)
    heading(doc, "Appendix B: Combined chronology of agency contact", 1)
    para(
        doc,
        "The table below combines the agencies' chronologies for the period 1 January 2019 to 14 August 2020, "
        "when Joanne died. Entries are in date order. Abbreviations: CWP – Cawdell Police; GP – Fernleigh "
        "Surgery; ED – Cawdell General Hospital Emergency Department; IDVA – Cawdell Domestic Abuse Service.",
    )
    widths = [2.5, 2.3, 12.0]
    t = make_table(doc, ["Date", "Agency", "Event"], widths, size=9.5)
    long_extra = (
        " The officer noted that Joanne had a cut lip and that the kitchen table was overturned. Joanne said "
        "she had fallen against it while arguing and did not want anyone arrested. Shaun had left before "
        "police arrived and was not traced that night. The DASH risk assessment was completed with Joanne "
        "in the hallway while her sister waited in the car; it was graded medium because Joanne answered "
        "'no' to questions about strangulation and threats to kill. The officer recorded that Joanne seemed "
        "frightened and kept looking at her phone. A referral was sent to the IDVA service the next morning "
        "and a crime of common assault was recorded with Shaun as the suspect. He was interviewed voluntarily "
        "on 3 June 2019, denied the assault, and no further action was taken because Joanne withdrew her "
        "account. The file was reviewed by a supervisor who agreed the grading."
    )
    entries = [
        (
            "14/01/2019",
            "GP",
            "Joanne attended with headaches and poor sleep. She said work was stressful. Advice given.",
        ),
        (
            "29/01/2019",
            "GP",
            "Blood tests for tiredness were normal. Joanne was told to return if the headaches "
            "continued. She did not attend the follow-up appointment on 12 February.",
        ),
        (
            "07/02/2019",
            "CWP",
            "Shaun was arrested for a public order offence outside a pub in Cawdell town "
            "centre after an argument with door staff. He was released with a caution. Joanne was not mentioned.",
        ),
        (
            "02/03/2019",
            "ED",
            "Joanne attended with a sprained wrist, said to be from a fall on ice. Discharged.",
        ),
        (
            "21.03.19",
            "GP",
            "Telephone consultation. Joanne asked for sleeping tablets; GP declined and suggested "
            "self-referral to talking therapy.",
        ),
        (
            "04/04/2019",
            "GP",
            "Joanne booked a routine smear test and did not attend. A reminder letter was sent.",
        ),
        (
            "April 2019",
            "CWP",
            "Shaun was stopped while driving Joanne's car without insurance. No domestic abuse "
            "concerns noted.",
        ),
        (
            "18/04/2019",
            "GP",
            "Joanne's employer asked for a fit note after she missed four days of work. "
            "Joanne told the receptionist she had a migraine; a telephone appointment was offered and she "
            "did not answer when called back.",
        ),
        (
            "30/04/2019",
            "CWP",
            "Neighbour called 101 to report a car parked across her drive belonging to Shaun. "
            "Words of advice given by phone; no visit made and no link made to the address's occupants.",
        ),
        (
            "13/05/2019",
            "ED",
            "Shaun attended with a cut hand from punching a window, he said in frustration at "
            "work. Treated and discharged; no questions asked about home.",
        ),
        (
            "15/05/2019",
            "GP",
            "Practice nurse saw Joanne for a dressing to a burn on her forearm. Joanne said she "
            "had caught it on the oven door while cooking. The nurse noted a second, older mark higher up the "
            "same arm but did not ask about it. The wound was reviewed again a week later and had healed; no "
            "further appointment was made.",
        ),
        (
            "22/05/2019",
            "GP",
            "Joanne cancelled a review appointment by text message, saying she was too busy at "
            "work to attend. The practice rebooked it for July.",
        ),
        (
            "26/05/2019",
            "CWP",
            "Call from Joanne's sister reporting shouting at the address. Officers attended." + long_extra,
        ),
        (
            "27/05/2019",
            "IDVA",
            "Referral received. Three calls made to Joanne's mobile over five days; no answer. "
            "Text message sent with the service number.",
        ),
        ("w/c 10 June 2019", "IDVA", "Case closed as no contact made. Letter sent to Joanne's home address."),
        (
            "9 September 2019",
            "GP",
            "Joanne disclosed that her partner 'loses his temper'. GP asked if she felt safe; "
            "she said yes. Leaflet given. No code recorded.",
        ),
        (
            "Late November 2019",
            "ED",
            "Joanne attended with bruising to her ribs. She said she had been hit by a "
            "door at work. Safeguarding question on the triage form answered 'no'.",
        ),
        (
            "08/01/2020",
            "CWP",
            "Joanne reported Shaun had taken her bank card. Recorded as a domestic incident, "
            "risk standard. Shaun returned the card.",
        ),
        (
            "16/03/2020",
            "GP",
            "Video consultation during lockdown; Shaun could be heard in the room. Low mood "
            "reviewed; antidepressant started.",
        ),
        (
            "14/08/2020",
            "CWP",
            "Call from a neighbour. Joanne found with serious injuries at her home and "
            "pronounced dead at the scene. Shaun arrested.",
        ),
    ]
    for d, a, e in entries:
        row = add_row(t, [d, a, e], widths, size=9.5)
        row.allow_break_across_pages = True
    save(doc, stem)


def main():
    for build in (
        doc_kettlebrook,
        doc_sallowfield,
        doc_brindlecote,
        doc_otterhythe,
        doc_thistlebury,
        doc_cawdell,
    ):
        build()


if __name__ == "__main__":
    main()
