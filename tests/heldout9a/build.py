"""Build the heldout9a blind documents as Word files (python-docx).

Run once:  python tests/heldout9a/build.py
Then convert each .docx with LibreOffice and extract text with pdftotext (see README.md).
All people, places, local agency names and wording are fictional and the author's own.
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/: docx_build, the helpers every blind set's build shares

from docx_build import (
    add_field,
    add_page_footer,
    add_row,
    box,
    docx_saver,
    dotted_line,
    footnote_line,
    heading,
    landscape_section,
    make_table,
    new_doc,
    numbered,
    page_break,
    para,
    set_text,
    set_widths,
)

# An optional folder argument writes the .docx files there (a scratch copy to compare with the committed ones).
save = docx_saver(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)


def page_x_of_y(sec, label="", align="center"):
    """Footer 'label  Page N of M', the way Word's page-number gallery prints it."""
    p = sec.footer.paragraphs[0]
    p.text = ""
    if label:
        p.add_run(label + "    ")
    p.add_run("Page ")
    add_field(p.add_run(), "PAGE")
    p.add_run(" of ")
    add_field(p.add_run(), "NUMPAGES")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER if align == "center" else WD_ALIGN_PARAGRAPH.RIGHT


def toc(doc, entries, width_cm=16.5):
    """A contents page as Word builds it: entry, dotted leader, page number at a right tab."""
    for text, page, level in entries:
        p = dotted_line(doc, text, page, width_cm, indent=level)
        if level == 0:
            p.runs[0].bold = True


def bullet(doc, text, style="List Bullet"):
    return doc.add_paragraph(text, style=style)


def bold_lead(doc, lead, text, indent=None):
    """A paragraph opening with a bold label ('Recommendation 3:') and running on in plain text."""
    p = doc.add_paragraph()
    if indent:
        p.paragraph_format.left_indent = Cm(indent)
    r = p.add_run(lead)
    r.bold = True
    p.add_run(" " + text)
    return p


def kv_table(doc, pairs, widths=(6, 10), size=10, borders=False):
    t = doc.add_table(rows=0, cols=2)
    if borders:
        t.style = "Table Grid"
    for k, v in pairs:
        row = t.add_row()
        set_text(row.cells[0], k, bold=True, size=size)
        set_text(row.cells[1], v, size=size)
    set_widths(t, list(widths))
    doc.add_paragraph()
    return t


def grid(doc, headers, rows, widths, size=9, header_fill="D9D9D9"):
    t = make_table(doc, headers, widths, header_fill=header_fill, size=size)
    for r in rows:
        add_row(t, r, widths, size=size)
    doc.add_paragraph()
    return t


# ============================================ 1. Older-style DHR overview, IMR recommendations per agency
def doc_harrowby():
    stem = "dhr_2014_imr_recs_per_agency_harrowby"
    doc = new_doc(
        header="HARROWBY DHR 01/2014 – OVERVIEW REPORT – RESTRICTED: NOT FOR CIRCULATION UNTIL PUBLICATION"
    )
    doc.styles["Normal"].font.name = "Times New Roman"
    doc.styles["Normal"].font.size = Pt(11.5)
    page_x_of_y(doc.sections[0])
    para(doc, "[Harrowby Community Safety Partnership logo]", italic=True, size=9, align="center")
    para(doc, "")
    para(doc, "HARROWBY COMMUNITY SAFETY PARTNERSHIP", bold=True, size=15, align="center")
    para(doc, "")
    para(doc, "DOMESTIC HOMICIDE REVIEW", bold=True, size=22, align="center")
    para(doc, "OVERVIEW REPORT", bold=True, size=16, align="center")
    para(doc, "")
    para(doc, "Report into the death of Kathleen", size=14, align="center")
    para(doc, "on 3rd December 2013", size=14, align="center")
    para(doc, "")
    para(doc, "")
    para(doc, "Independent Chair: David Penhallow", size=12, align="center")
    para(doc, "Overview Report Author: Ruth Cardew BA (Hons) CQSW", size=12, align="center")
    para(doc, "")
    para(doc, "Reference: HCSP/DHR/2014/01", size=11, align="center")
    para(doc, "Version 7 (Final) – 22nd September 2014", size=11, align="center")
    page_break(doc)

    para(doc, "CONTENTS", bold=True, size=13)
    toc(
        doc,
        [
            ("1. Introduction", 3, 0),
            ("2. Terms of Reference", 3, 0),
            ("3. The Review Panel", 4, 0),
            ("4. Individual Management Reviews", 4, 0),
            ("5. Summary of Events", 5, 0),
            ("6. Analysis against the Terms of Reference", 6, 0),
            ("7. Conclusions", 7, 0),
            ("8. Lessons Learned", 8, 0),
            ("9. Recommendations", 8, 0),
            ("9.1 Individual Management Review recommendations", 8, 1),
            ("9.2 Overview Report recommendations", 9, 1),
            ("Appendix A – Glossary", 10, 0),
        ],
    )
    page_break(doc)

    heading(doc, "1. INTRODUCTION", 1)
    numbered(
        doc,
        "1.1",
        "This Overview Report concerns the death of Kathleen, a 67 year old woman who lived in "
        "the Moorgate area of Harrowby. Kathleen was killed at her home on 3rd December 2013 by her son, "
        "referred to in this report as Stuart, who was then 41. Both names were chosen by the family.",
    )
    numbered(
        doc,
        "1.2",
        "Stuart was convicted of manslaughter on the grounds of diminished responsibility at "
        "Wolsingham Crown Court in July 2014 and was made the subject of a hospital order with "
        "restrictions.",
    )
    numbered(
        doc,
        "1.3",
        "Harrowby Community Safety Partnership was notified of the death on 5th December 2013. "
        "The Chair of the Partnership decided on 19th December 2013 that the circumstances met the "
        "criteria for a Domestic Homicide Review under section 9 of the Domestic Violence, Crime and "
        "Victims Act 2004, as Stuart was a relative and a member of the same household.¹",
    )
    numbered(
        doc,
        "1.4",
        "The Review Panel wishes to express its sympathy to Kathleen's daughter and to her "
        "grandchildren, who have contributed to the review with great generosity.",
    )
    footnote_line(
        doc,
        "1",
        "Multi-Agency Statutory Guidance for the Conduct of Domestic Homicide Reviews (Home Office, "
        "2011, revised 2013), paragraph 2.1.",
    )

    heading(doc, "2. TERMS OF REFERENCE", 1)
    numbered(
        doc,
        "2.1",
        "The review covered the period from 1st January 2010 to the date of Kathleen's death. "
        "The Panel agreed the following questions for each Individual Management Review to address:",
    )
    for i, q in enumerate(
        [
            "What knowledge did your agency have of Kathleen and Stuart, and of any abuse within the household?",
            "Were practitioners aware of and did they follow the agency's domestic abuse and safeguarding "
            "policies, including risk assessment?",
            "Did the agency consider the needs of Kathleen as a carer and as an older person?",
            "Was information shared with other agencies in a timely way, and was it acted upon?",
            "Were there issues of capacity, resources or supervision that affected the response?",
            "What lessons can be learned, and what changes does the agency intend to make?",
        ],
        start=1,
    ):
        numbered(doc, f"({chr(96 + i)})", q)

    heading(doc, "3. THE REVIEW PANEL", 1)
    numbered(doc, "3.1", "The Panel met on five occasions between January and August 2014. Its members were:")
    grid(
        doc,
        ["Name", "Role", "Organisation"],
        [
            ["David Penhallow", "Independent Chair", "–"],
            ["Ruth Cardew", "Overview Report Author", "–"],
            ["DI Helen Marske", "Public Protection Unit", "Harrowby Constabulary"],
            [
                "Andrew Fulwell",
                "Designated Nurse, Safeguarding Adults",
                "Harrowby and Wold NHS Primary Care Trust",
            ],
            ["Sue Ingleby", "Head of Safeguarding Adults", "Harrowby Borough Council Adult Social Care"],
            ["Martin Oakes", "Tenancy Services Manager", "Harrowby Homes"],
            ["Jill Rackham", "Service Manager", "Harrowby Women's Aid"],
            ["Colin Dyer", "Community Safety Manager", "Harrowby Borough Council"],
        ],
        [4, 5.5, 7],
    )

    heading(doc, "4. INDIVIDUAL MANAGEMENT REVIEWS", 1)
    numbered(
        doc,
        "4.1",
        "Individual Management Reviews (IMRs) were received from Harrowby Constabulary, "
        "Harrowby and Wold NHS Primary Care Trust (on behalf of Kathleen's and Stuart's GP practice), "
        "Harrowby Borough Council Adult Social Care and Harrowby Homes. North Wold Ambulance Service "
        "and the Wold Community Drug and Alcohol Team provided short reports.",
    )
    numbered(
        doc,
        "4.2",
        "Each IMR was written by a manager with no direct involvement in the case and was "
        "signed off by a senior officer of the agency. Each IMR made recommendations for its own "
        "agency; these are reproduced in Section 9.1 as the agencies wrote them.",
    )

    heading(doc, "5. SUMMARY OF EVENTS", 1)
    numbered(
        doc,
        "5.1",
        "Kathleen was widowed in 2008. Stuart moved back into her bungalow in 2009 after the "
        "end of his marriage. He had been treated for depression and drank heavily.",
    )
    numbered(
        doc,
        "5.2",
        "On 14th March 2011 Kathleen attended her GP with a bruised cheek, which she said "
        "had happened when she slipped in the garden. The GP recorded the injury and advised her to "
        "use a walking stick.",
    )
    numbered(
        doc,
        "5.3",
        "On 2nd November 2011 police were called by a neighbour who heard Kathleen shouting "
        "for help. Officers found Stuart intoxicated; Kathleen said he had pushed her against a door. "
        "Stuart was arrested and later cautioned for common assault. A risk assessment was completed "
        "and graded standard.",
    )
    numbered(
        doc,
        "5.4",
        "In May 2012 Harrowby Homes received a complaint from a neighbour about noise and "
        "shouting at the bungalow. A tenancy officer visited on 23rd May 2012 and spoke to Stuart on "
        "the doorstep; Kathleen was not seen.",
    )
    numbered(
        doc,
        "5.5",
        "On 8th January 2013 Kathleen asked Adult Social Care for help with bathing after a "
        "fall. The assessment recorded that her son lived with her and 'helps with shopping'. No carer's "
        "assessment was offered to Kathleen or Stuart and no question was asked about how they got on.",
    )
    numbered(
        doc,
        "5.6",
        "On 19th August 2013 Stuart told his GP that he was 'at the end of his tether' caring "
        "for his mother and that he had thoughts of harming someone. He was referred to the Wold "
        "Community Drug and Alcohol Team but did not attend the appointment offered for 11th "
        "September 2013.",
    )
    numbered(
        doc,
        "5.7",
        "On the evening of 3rd December 2013 Stuart telephoned 999 and said that he had hurt "
        "his mother. Kathleen was pronounced dead at the scene.",
    )

    heading(doc, "6. ANALYSIS AGAINST THE TERMS OF REFERENCE", 1)
    numbered(
        doc,
        "6.1",
        "Knowledge of abuse. Three agencies held information which, put together, showed a "
        "pattern: an unexplained injury in 2011, an assault later that year, repeated complaints of "
        "shouting and, in 2013, Stuart's own disclosure that he had thought about harming someone. "
        "No agency held more than one piece of this picture.",
    )
    numbered(
        doc,
        "6.2",
        "Risk assessment. The 2011 assessment was completed correctly against the tool in use "
        "at the time, but the officer did not record Kathleen's age, her dependence on Stuart or his "
        "drinking, all of which the Panel considers relevant to the grading. The assessment was not "
        "shared with Adult Social Care because it was graded standard.",
    )
    numbered(
        doc,
        "6.3",
        "Carers and older people. Neither Kathleen nor Stuart was seen as a carer. The Panel "
        "heard that abuse of older people by adult children is rarely recognised as domestic abuse by "
        "practitioners, who tend to think of it as a matter of 'carer stress'.",
    )
    numbered(
        doc,
        "6.4",
        "Information sharing. The GP did not know of the 2011 caution. Harrowby Homes did not "
        "know that police had attended. The GP's referral to the drug and alcohol team in August 2013 "
        "did not mention Stuart's thoughts of harm.",
    )
    numbered(
        doc,
        "6.5",
        "Capacity and supervision. The tenancy officer who visited in May 2012 had more than "
        "four hundred tenancies and had received no domestic abuse training.",
    )

    heading(doc, "7. CONCLUSIONS", 1)
    numbered(
        doc,
        "7.1",
        "The Panel does not consider that Kathleen's death could have been predicted. It does "
        "consider that there were missed opportunities to ask Kathleen, on her own, about her safety, "
        "and that had the pieces of information held by different agencies been brought together, a "
        "multi-agency response might have been offered.",
    )

    heading(doc, "8. LESSONS LEARNED", 1)
    numbered(
        doc,
        "8.1",
        "Abuse by an adult son or daughter is domestic abuse. Practitioners should not assume "
        "that tension in a caring household is only stress.",
    )
    numbered(
        doc,
        "8.2",
        "A standard risk grading does not mean there is no risk; the circumstances of older "
        "victims can make them more vulnerable than the score suggests.",
    )
    numbered(
        doc, "8.3", "Seeing a person alone is the single most useful thing a visiting practitioner can do."
    )

    heading(doc, "9. RECOMMENDATIONS", 1)
    heading(doc, "9.1 Individual Management Review recommendations", 2)
    numbered(
        doc,
        "9.1.1",
        "The recommendations below were made by each agency in its IMR and have been accepted "
        "by the Panel. They are set out agency by agency with the agency's own numbering.",
    )
    heading(doc, "Harrowby Constabulary", 3)
    numbered(
        doc,
        "1.",
        "Harrowby Constabulary will amend the domestic abuse risk assessment guidance so that "
        "officers record the age of the victim and any care or dependency between victim and suspect.",
    )
    numbered(
        doc,
        "2.",
        "All response officers will receive training on recognising abuse of older people by "
        "family members, to be delivered through the force's annual safeguarding training day.",
    )
    numbered(
        doc,
        "3.",
        "The Public Protection Unit will ensure that standard risk incidents involving a victim "
        "aged over 65 are shared with Adult Social Care.",
    )
    heading(doc, "Harrowby and Wold NHS Primary Care Trust", 3)
    numbered(
        doc,
        "PCT 1",
        "GP practices will be reminded to record the explanation given for any injury and to "
        "consider domestic abuse where the explanation is inconsistent with the injury.",
    )
    numbered(
        doc,
        "PCT 2",
        "Referrals from primary care to substance misuse services will include any disclosed "
        "thoughts of harming others.",
    )
    heading(doc, "Harrowby Borough Council Adult Social Care", 3)
    numbered(
        doc,
        "ASC1",
        "Adult Social Care will revise its assessment documentation so that the relationship "
        "between the adult and any family member living with them is explored and recorded.",
    )
    numbered(
        doc,
        "ASC2",
        "A carer's assessment will be offered to any family member identified as providing care, "
        "and the offer recorded.",
    )
    heading(doc, "Harrowby Homes", 3)
    numbered(
        doc,
        "1.",
        "Harrowby Homes will ensure that tenancy officers visiting in response to complaints of "
        "shouting or disturbance ask to speak to each adult in the household separately.",
    )

    heading(doc, "9.2 Overview Report recommendations", 2)
    numbered(
        doc,
        "9.2.1",
        "In addition to the agency recommendations, the Panel makes the following recommendations.",
    )
    numbered(
        doc,
        "1.",
        "Harrowby Community Safety Partnership should commission a multi-agency awareness "
        "campaign on the abuse of older people by family members, aimed at older people, their families "
        "and neighbours.",
    )
    numbered(
        doc,
        "2.",
        "Harrowby Community Safety Partnership and Harrowby Safeguarding Adults Board should agree "
        "a joint protocol setting out when a domestic abuse incident involving an adult with care and "
        "support needs must be referred to Adult Social Care.",
    )
    numbered(
        doc,
        "3.",
        "Harrowby and Wold NHS Primary Care Trust should ensure that GP practices have access "
        "to police information about domestic abuse incidents involving their registered patients.",
    )
    numbered(
        doc,
        "4.",
        "The Community Safety Partnership should monitor the implementation of the IMR action "
        "plans and report progress to its Board every six months.",
    )

    page_break(doc)
    heading(doc, "APPENDIX A – GLOSSARY", 1)
    grid(
        doc,
        ["Term", "Meaning"],
        [
            ["ASC", "Adult Social Care"],
            ["CSP", "Community Safety Partnership"],
            ["DHR", "Domestic Homicide Review"],
            ["IMR", "Individual Management Review"],
            ["PCT", "Primary Care Trust"],
            ["PPU", "Public Protection Unit"],
        ],
        [4, 12.5],
        size=10,
    )
    save(doc, stem)


# ============================================ 2. Joint DHR / mental health homicide review, bullet recommendations
def doc_fenwick():
    stem = "joint_dhr_mhhr_unnumbered_bullets_fenwick"
    doc = new_doc(header="Joint DHR and Mental Health Homicide Review – ‘Margaret’ – FINAL")
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    page_x_of_y(
        doc.sections[0], label="Fenwick Safer Neighbourhoods Partnership / NHS England", align="right"
    )
    para(
        doc,
        "[Logos: Fenwick Safer Neighbourhoods Partnership | NHS England]",
        italic=True,
        size=9,
        align="center",
    )
    para(doc, "")
    para(doc, "Domestic Homicide Review", bold=True, size=22, align="center")
    para(doc, "and", size=14, align="center")
    para(doc, "Independent Mental Health Homicide Review", bold=True, size=22, align="center")
    para(doc, "")
    para(doc, "A joint review into the death of Margaret, aged 71,", size=14, align="center")
    para(
        doc, "in Fenwick in March 2021, and the care and treatment of her son, Neil", size=14, align="center"
    )
    para(doc, "")
    kv_table(
        doc,
        [
            (
                "Commissioned by",
                "Fenwick Safer Neighbourhoods Partnership and NHS England (North East and Yorkshire)",
            ),
            ("DHR reference", "FSNP DHR 2021-03"),
            ("NHS England reference", "2021/11873"),
            ("Authors", "Dr Alun Meredith and Priya Holloway, Tanager Review Associates"),
            ("Date of final report", "October 2023"),
        ],
        widths=(5, 11.5),
    )
    page_break(doc)

    heading(doc, "Contents", 1)
    toc(
        doc,
        [
            ("Executive summary", 3, 0),
            ("1 Introduction", 4, 0),
            ("2 Terms of reference", 4, 0),
            ("3 How the review was carried out", 5, 0),
            ("4 The family's voice", 5, 0),
            ("5 Care and treatment: a summary", 6, 0),
            ("6 Analysis", 7, 0),
            ("7 Findings", 8, 0),
            ("8 Recommendations", 9, 0),
            ("Appendix: Glossary", 10, 0),
        ],
    )
    page_break(doc)

    heading(doc, "Executive summary", 1)
    para(
        doc,
        "Margaret died at her home on the evening of 9 March 2021 after being stabbed by her son Neil, who "
        "was 44. Neil had been under the care of Fenwick and Allerdale Mental Health NHS Foundation Trust "
        "for paranoid schizophrenia since 2006. He was found not guilty of murder by reason of insanity and is "
        "detained in a secure hospital.",
    )
    para(
        doc,
        "Because Neil had been in contact with mental health services in the six months before the homicide, "
        "NHS England commissioned an independent review of his care and treatment. Because Margaret was killed "
        "by a relative with whom she lived, the Partnership commissioned a Domestic Homicide Review. The two "
        "commissioners agreed a single joint review to avoid asking the family and staff to tell their story "
        "twice.",
    )
    para(
        doc,
        "The review found that Margaret was seen by services only as Neil's carer and never as a person who "
        "might herself be at risk. Our recommendations are in section 8.",
    )

    heading(doc, "1 Introduction", 1)
    para(
        doc,
        "1.1 Margaret was a retired school secretary. Her daughter describes her as sociable, stubborn and "
        "devoted to Neil, whom she had looked after through three hospital admissions.",
    )
    para(
        doc,
        "1.2 The review was carried out under section 9 of the Domestic Violence, Crime and Victims Act 2004 "
        "and NHS England's Serious Incident Framework (2015). This report meets the requirements of both.",
    )

    heading(doc, "2 Terms of reference", 1)
    para(doc, "2.1 The joint terms of reference asked the reviewers to:")
    for t in [
        "examine the care and treatment of Neil from January 2019 to March 2021, including risk assessment and "
        "care planning;",
        "consider whether Margaret's needs and safety as a carer were recognised and assessed;",
        "examine the contact of all agencies with Margaret and Neil and how they shared information;",
        "review the Trust's own serious incident investigation and the progress of its action plan;",
        "identify learning and make recommendations.",
    ]:
        bullet(doc, t)

    heading(doc, "3 How the review was carried out", 1)
    para(
        doc,
        "3.1 We read the Trust's clinical records and its internal investigation, GP records, and reports from "
        "Fenwick Police, North East Ambulance and Fenwick Council Adult Social Care. We interviewed eleven "
        "staff and met Margaret's daughter twice. Neil agreed to speak to us in hospital.",
    )
    para(doc, "3.2 A panel of agency representatives met four times. Its members are listed below.")
    grid(
        doc,
        ["Agency", "Panel member"],
        [
            ["Fenwick Police", "Detective Chief Inspector, Safeguarding"],
            [
                "Fenwick and Allerdale Mental Health NHS Foundation Trust",
                "Associate Director of Patient Safety",
            ],
            ["Fenwick Integrated Care Board", "Designated Professional for Safeguarding Adults"],
            ["Fenwick Council Adult Social Care", "Principal Social Worker"],
            ["Fenwick Carers' Hub", "Chief Officer"],
            ["Harbour Domestic Abuse Service", "Operations Manager"],
        ],
        [8, 8.5],
    )

    heading(doc, "4 The family's voice", 1)
    para(
        doc,
        "4.1 Margaret's daughter told us that her mother 'would never have said she was scared of Neil, "
        "because saying it would have meant he went back into hospital'. She said professionals spoke to "
        "Margaret about Neil's medication but never about herself.",
    )

    heading(doc, "5 Care and treatment: a summary", 1)
    para(
        doc,
        "5.1 Neil was discharged from his third admission on 2 April 2019 to the care of the Fenwick East "
        "Community Mental Health Team. His care plan named Margaret as his main carer.",
    )
    para(
        doc,
        "5.2 On 17 October 2019 Margaret rang the team and said Neil had stopped taking his medication and "
        "had smashed a television. A duty worker advised her to call the police if she felt unsafe. No visit "
        "was made for nine days.",
    )
    para(
        doc,
        "5.3 In January 2020 Neil's care coordinator left the Trust. He did not have a named care "
        "coordinator until 3 August 2020; during this time he was seen in a depot clinic only.",
    )
    para(
        doc,
        "5.4 Police attended the home on 21 November 2020 after a neighbour reported screaming. Margaret "
        "said Neil had grabbed her arm during an argument. A risk assessment was graded medium and a "
        "notification was sent to the Trust, where it was filed without being read by the care coordinator.",
    )
    para(
        doc,
        "5.5 On 1 March 2021 Margaret told the depot clinic nurse that Neil was 'not himself' and was "
        "talking about people watching the house. An urgent review was booked for 12 March 2021.",
    )

    heading(doc, "6 Analysis", 1)
    para(
        doc,
        "6.1 Risk assessment. The Trust's risk assessments were completed on time but drew almost entirely "
        "on Neil's own account. Margaret's reports of aggression were recorded as 'carer concerns' and did not "
        "change the risk formulation.",
    )
    para(
        doc,
        "6.2 Carers. Margaret was never offered a carer's assessment, though she was named in every care plan. "
        "Staff told us that 'carers' assessments are the council's job'.",
    )
    para(
        doc,
        "6.3 Information sharing. The police notification of November 2020 was one of over two hundred the "
        "Trust received that month; it was scanned into the record without a clinician reviewing it.",
    )
    para(
        doc,
        "6.4 Continuity of care. For seven months Neil had no care coordinator. The Trust's caseload "
        "reallocation policy did not require a risk review when a coordinator left.",
    )

    heading(doc, "7 Findings", 1)
    para(
        doc,
        "7.1 We make five findings. They are not recommendations; the recommendations that flow from them are "
        "in section 8.",
    )
    for t in [
        "Finding 1: Margaret's safety was not considered separately from Neil's care.",
        "Finding 2: Risk formulations did not include information from family members.",
        "Finding 3: Police domestic abuse notifications to the Trust were not reviewed by clinicians.",
        "Finding 4: Neil's care was not reviewed when his care coordinator left.",
        "Finding 5: The homicide was not predictable but there were opportunities to reduce risk.",
    ]:
        para(doc, t, italic=True)

    heading(doc, "8 Recommendations", 1)
    para(doc, "8.1 The recommendations are grouped by the organisation asked to act. They are not ranked.")
    heading(doc, "Fenwick and Allerdale Mental Health NHS Foundation Trust", 2)
    bullet(
        doc,
        "The Trust should revise its clinical risk assessment guidance so that information from family "
        "members and carers about aggression or violence is recorded as part of the risk formulation and not "
        "as a separate carer concern.",
    )
    bullet(
        doc,
        "The Trust should introduce a procedure under which every police domestic abuse notification "
        "about a patient is reviewed by a named clinician within five working days and the outcome recorded.",
    )
    bullet(
        doc,
        "The Trust should amend its caseload reallocation policy so that a patient without a care "
        "coordinator for more than four weeks has a documented risk review by the team manager.",
    )
    heading(doc, "Fenwick Council Adult Social Care and the Trust jointly", 2)
    bullet(
        doc,
        "Adult Social Care and the Trust should agree a joint pathway so that every carer named in a mental "
        "health care plan is offered a carer's assessment that includes their own safety.",
    )
    heading(doc, "Fenwick Safer Neighbourhoods Partnership", 2)
    bullet(
        doc,
        "The Partnership should ensure that its domestic abuse training for practitioners includes abuse "
        "of parents by adult children with mental illness, and should evaluate the training after twelve "
        "months.",
    )
    bullet(
        doc,
        "The Partnership should work with Fenwick Carers' Hub to produce information for families caring "
        "for a relative with serious mental illness on how to get help if they feel unsafe.",
    )
    heading(doc, "NHS England", 2)
    bullet(
        doc,
        "NHS England should consider, with the Home Office, issuing national guidance on the conduct of "
        "joint domestic homicide and mental health homicide reviews, so that families take part in a single "
        "process.",
    )

    page_break(doc)
    heading(doc, "Appendix: Glossary", 1)
    grid(
        doc,
        ["Abbreviation", "Meaning"],
        [
            ["CMHT", "Community Mental Health Team"],
            ["CPA", "Care Programme Approach"],
            ["DHR", "Domestic Homicide Review"],
            ["ICB", "Integrated Care Board"],
            ["MHHR", "Mental Health Homicide Review"],
            ["SIF", "Serious Incident Framework"],
        ],
        [4, 12.5],
        size=10,
    )
    save(doc, stem)


# ============================================ 3. SAR in the Learning Together style, questions for the Board
def doc_ravensby():
    stem = "sar_learning_together_board_questions_ravensby"
    doc = new_doc(header="Ravensby Safeguarding Adults Board")
    doc.styles["Normal"].font.name = "Verdana"
    doc.styles["Normal"].font.size = Pt(10)
    add_page_footer(doc.sections[0], "SAR ‘Edwin’ – RSAB SAR 2022/04 – OFFICIAL")
    para(doc, "[Ravensby Safeguarding Adults Board logo]", italic=True, size=9)
    para(doc, "")
    para(doc, "Safeguarding Adults Review", bold=True, size=24)
    para(doc, "‘Edwin’", bold=True, size=20)
    para(doc, "")
    para(doc, "A review using the SCIE Learning Together systems model", size=13)
    para(doc, "")
    para(doc, "Lead reviewers: Hannah Quayle and Tom Birtwhistle", size=11)
    para(doc, "Report date: March 2023", size=11)
    page_break(doc)

    heading(doc, "Contents", 1)
    toc(
        doc,
        [
            ("1. Introduction", 3, 0),
            ("2. The review process", 3, 0),
            ("3. Research questions", 4, 0),
            ("4. Appreciation of the case", 4, 0),
            ("5. Findings", 5, 0),
            ("Finding 1", 5, 1),
            ("Finding 2", 6, 1),
            ("Finding 3", 6, 1),
            ("Finding 4", 7, 1),
            ("6. Next steps", 8, 0),
        ],
        width_cm=16,
    )
    page_break(doc)

    heading(doc, "1. Introduction", 1)
    para(
        doc,
        "1.1 Edwin was 58 when he died in Ravensby General Hospital on 28 August 2021. He had been admitted "
        "eleven days earlier from his flat, where he was found on the floor by a neighbour. The cause of death "
        "was sepsis from infected pressure ulcers; he also had severe malnutrition.",
    )
    para(
        doc,
        "1.2 Edwin lived alone. He had a long history of alcohol dependence, had lost contact with most of his "
        "family, and had been known to services for many years as a man who 'did not engage'.",
    )
    para(
        doc,
        "1.3 The Safeguarding Adults Review sub-group decided on 4 November 2021 that the case met the criteria "
        "for a review under section 44(1) of the Care Act 2014, because Edwin died of neglect (self-neglect) and "
        "there was concern about how agencies had worked together.",
    )

    heading(doc, "2. The review process", 1)
    para(
        doc,
        "2.1 The Board chose the Social Care Institute for Excellence (SCIE) Learning Together model. It looks "
        "at the case as a window on the system: the aim is not to judge what individuals did but to understand "
        "why it made sense to them at the time, and what in the wider system makes good practice harder or "
        "easier.",
    )
    para(
        doc,
        "2.2 The review team was made up of senior managers from the agencies involved, with the two lead "
        "reviewers. A case group of the practitioners who had worked with Edwin met three times with the team.",
    )
    grid(
        doc,
        ["Review team member", "Organisation"],
        [
            ["Head of Adult Safeguarding", "Ravensby Council Adult Social Care"],
            ["Named Nurse, Safeguarding Adults", "Ravensby Community Health Services"],
            ["Detective Inspector", "Ravensby Constabulary"],
            ["Service Manager", "Compass Recovery (drug and alcohol service)"],
            ["Housing Options Manager", "Ravensby Council Housing"],
            ["Safeguarding Lead", "Ravensby Primary Care Network"],
        ],
        [7, 9],
        size=9,
    )
    para(
        doc,
        "2.3 Edwin's sister took part and told the reviewers about Edwin's life before his drinking took hold. "
        "Her wish is that 'people like Edwin are not left to rot because they said no once'.",
    )

    heading(doc, "3. Research questions", 1)
    para(doc, "3.1 The Board asked the review to look at these research questions:")
    for i, q in enumerate(
        [
            "How do agencies in Ravensby work with adults who self-neglect and decline support?",
            "How is mental capacity assessed when an adult's decisions put them at serious risk?",
            "How do agencies share concerns and agree who leads when no single agency has a statutory duty?",
            "How well does the self-neglect and hoarding protocol work in practice?",
        ],
        1,
    ):
        numbered(doc, f"{i}.", q)

    heading(doc, "4. Appreciation of the case", 1)
    para(
        doc,
        "4.1 For most of the review period Edwin was seen by his GP practice only when he came in for "
        "prescriptions, and by the community nursing team after a leg ulcer developed in the winter of 2020. "
        "The nurses visited weekly but were often not let in. They described Edwin as polite, ashamed of the "
        "state of the flat, and adamant that he could manage.",
    )
    para(
        doc,
        "4.2 Over the spring of 2021 three safeguarding concerns were raised with Adult Social Care, by the "
        "nurses, by the housing officer and by the ambulance service. Each was closed after Edwin said he did "
        "not want help. No capacity assessment was carried out and no multi-agency meeting was called.",
    )
    para(
        doc,
        "4.3 The review team found much that was good. The district nurses persisted for months, one nurse "
        "bringing food on her own initiative. The housing officer delayed enforcement action so as not to "
        "make Edwin homeless.",
    )
    box(
        doc,
        "Good practice\nThe community nurses kept visiting for more than six months although they were "
        "rarely let in, and recorded each attempt carefully.",
        fill="E2EFDA",
    )

    heading(doc, "5. Findings", 1)
    para(
        doc,
        "5.1 The findings describe patterns in the system that the review team believes are not unique to "
        "Edwin. Each finding ends with questions for the Board. In keeping with the Learning Together model, "
        "the review does not make recommendations: it is for the Board to decide how to respond, and its "
        "response will be published separately.",
    )

    findings = [
        (
            "Finding 1: Professionals in Ravensby tend to treat a refusal of help as the end of their involvement, "
            "rather than the start of a different kind of work with the adult.",
            "Each of the three safeguarding concerns was closed once Edwin declined help. Practitioners told the "
            "review team that respecting choice is central to their training and that they worried about being "
            "intrusive. The self-neglect protocol describes what to do after a refusal but is rarely used.",
            [
                "How can the Board be confident that practitioners understand that a refusal does not close down a "
                "duty of care?",
                "What would help front-line staff use the self-neglect protocol when an adult declines support?",
            ],
        ),
        (
            "Finding 2: Mental capacity is presumed so strongly that assessment of executive capacity is seldom "
            "considered for people who self-neglect.",
            "Edwin could say clearly why he did not want help, but could not act on his own plans to eat or to "
            "clean the flat. Practitioners did not feel confident to assess this, and no one saw it as their role.",
            [
                "Does the Board want to know how often capacity is assessed in self-neglect cases across partner "
                "agencies?",
                "What support do practitioners need to assess executive functioning?",
            ],
        ),
        (
            "Finding 3: There is no shared expectation about which agency should convene a multi-agency meeting "
            "when an adult self-neglects but does not meet the threshold for a section 42 enquiry.",
            "Every agency involved believed another agency would call a meeting. The protocol allows any agency to "
            "convene one, which in practice means no agency does.",
            [
                "Is the Board satisfied that 'anyone can convene' is working, and if not, what should replace it?"
            ],
        ),
        (
            "Finding 4: Information about an adult's deterioration is held in separate records and is not brought "
            "together, so the seriousness of the risk is not seen.",
            "The nurses, the housing officer and the GP each held part of the picture. No one saw all of it until "
            "after Edwin's death.",
            [
                "How might the Board encourage a shared view of risk for adults who self-neglect?",
                "What would it take for partner agencies to share records routinely in these cases?",
            ],
        ),
    ]
    for title, body, questions in findings:
        para(doc, title, bold=True)
        para(doc, body)
        para(doc, "Questions for the Board", bold=True, italic=True)
        for q in questions:
            bullet(doc, q)

    heading(doc, "6. Next steps", 1)
    para(
        doc,
        "6.1 The Board will consider the findings and questions at its meeting in May 2023 and will publish "
        "its response, with the actions it has agreed, alongside this report.",
    )
    para(doc, "6.2 The lead reviewers thank the case group and Edwin's sister for their openness.")
    save(doc, stem)


# ============================================ 4. CSPR, bold recommendations inside the analysis, listed again
def doc_tollcross():
    stem = "cspr_inline_bold_recs_restated_tollcross"
    doc = new_doc(header="Child T – Local Child Safeguarding Practice Review")
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(11)
    add_page_footer(doc.sections[0], "Tollcross Safeguarding Children Partnership")
    para(doc, "[Tollcross Safeguarding Children Partnership logo]", italic=True, size=9, align="center")
    para(doc, "")
    para(doc, "Local Child Safeguarding Practice Review", bold=True, size=22, align="center")
    para(doc, "Child T", bold=True, size=26, align="center")
    para(doc, "")
    para(doc, "Independent Reviewer: Marion Acheson", size=12, align="center")
    para(doc, "Review reference: TSCP/LCSPR/2023-01", size=12, align="center")
    para(doc, "Published: 14 November 2023", size=12, align="center")
    page_break(doc)

    heading(doc, "Contents", 1)
    toc(
        doc,
        [
            ("1. Introduction", 3, 0),
            ("2. Scope and methodology", 3, 0),
            ("3. Glossary", 4, 0),
            ("4. Summary of key events", 4, 0),
            ("5. Analysis and recommendations", 5, 0),
            ("6. Conclusion", 8, 0),
            ("7. Summary of recommendations", 8, 0),
        ],
    )
    page_break(doc)

    heading(doc, "1. Introduction", 1)
    para(
        doc,
        "1.1 Child T was seven months old when she was brought to Tollcross Children's Hospital on "
        "9 January 2023 with a head injury and fractures of different ages. She died four days later, on "
        "13 January 2023. Her father has been charged with her murder; the criminal trial has not yet taken "
        "place, and this report has been written so as not to prejudice it.",
    )
    para(
        doc,
        "1.2 The Partnership notified the Child Safeguarding Practice Review Panel on 12 January 2023 and, "
        "after a rapid review, decided that a local review should be carried out.",
    )

    heading(doc, "2. Scope and methodology", 1)
    para(
        doc,
        "2.1 The review covers the period from the first antenatal booking in May 2022 to Child T's death. "
        "Agencies provided chronologies and reflective reports, and the reviewer held a practitioner event "
        "attended by nineteen staff. Child T's mother spoke to the reviewer; her father declined.",
    )
    para(doc, "2.2 The review asked four key lines of enquiry:")
    for q in [
        "How well did agencies understand the parents' histories and the risks they might pose to a baby?",
        "Was the father visible to professionals, and was he assessed?",
        "How were injuries and bruising in a non-mobile baby responded to?",
        "How did agencies work together during the transition from midwifery to health visiting?",
    ]:
        bullet(doc, q, style="List Number")

    heading(doc, "3. Glossary", 1)
    grid(
        doc,
        ["Term", "Meaning"],
        [
            ["ED", "Emergency Department"],
            ["HV", "Health Visitor"],
            ["MASH", "Multi-Agency Safeguarding Hub"],
            ["ICPC", "Initial Child Protection Conference"],
            ["Non-mobile baby", "A baby who is not yet crawling, cruising or walking"],
        ],
        [4.5, 12],
        size=10,
    )

    heading(doc, "4. Summary of key events", 1)
    para(
        doc,
        "4.1 At the booking appointment on 23 May 2022 the mother told the midwife she had been in a "
        "violent relationship in the past but that her current partner was 'nothing like that'. The father was "
        "not present and his details were not recorded.",
    )
    para(
        doc,
        "4.2 Child T was born on 6 June 2022, three weeks early. She and her mother were discharged home "
        "after two days.",
    )
    para(
        doc,
        "4.3 On 18 July 2022 the health visitor carried out the new birth visit at home. The father was in "
        "the flat but stayed in another room.",
    )
    para(
        doc,
        "4.4 On 30 September 2022 Child T's mother took her to the GP with a bruise on her cheek, which she "
        "said was caused by a dummy clip. The GP accepted the explanation and did not refer to children's "
        "social care.",
    )
    para(
        doc,
        "4.5 On 27 November 2022 police attended the flat after a neighbour reported a man shouting and a "
        "baby crying. Officers spoke to the father, who said the couple had argued; the mother was out. A "
        "notification was sent to the MASH and rated as 'information only'.",
    )
    para(
        doc,
        "4.6 On 9 January 2023 the father called an ambulance, saying Child T had stopped breathing after "
        "rolling off the sofa.",
    )

    heading(doc, "5. Analysis and recommendations", 1)
    heading(doc, "5.1 Fathers and male carers", 2)
    para(
        doc,
        "5.1.1 Child T's father was almost invisible to services. Midwifery records noted him as 'partner' "
        "without a name; the health visitor did not ask to meet him; the police notification in November 2022 "
        "was the first time any agency recorded his name and date of birth. National reviews have repeatedly "
        "found the same pattern.",
    )
    bold_lead(
        doc,
        "Recommendation 1:",
        "Tollcross University Hospitals NHS Trust (maternity services) and "
        "Tollcross Community Health (health visiting) should ensure that the name, date of birth and address "
        "of every father or male carer living with a baby are recorded at booking and at the new birth visit, "
        "and that practitioners seek to meet him.",
    )
    heading(doc, "5.2 Bruising in non-mobile babies", 2)
    para(
        doc,
        "5.2.1 The Partnership's bruising protocol requires any bruise on a non-mobile baby to be referred to "
        "children's social care and for a paediatric assessment. The GP was not aware of the protocol; the "
        "practice had not received the updated version issued in 2021.",
    )
    bold_lead(
        doc,
        "Recommendation 2:",
        "Tollcross Integrated Care Board should seek assurance that every GP "
        "practice has received and understood the bruising in non-mobile babies protocol, and should audit "
        "compliance within twelve months.",
    )
    bold_lead(
        doc,
        "Recommendation 3:",
        "The Partnership should relaunch the bruising protocol with a short "
        "briefing for all agencies, and should consider a leaflet for parents explaining why bruising in a "
        "baby is always checked.",
    )
    heading(doc, "5.3 Police notifications to the MASH", 2)
    para(
        doc,
        "5.3.1 The November 2022 notification described a baby in the home and an argument. The MASH rated it "
        "'information only' because no violence was reported. Practitioners told the review that when there is a "
        "baby under one in the household, the threshold should be lower.",
    )
    bold_lead(
        doc,
        "Recommendation 4:",
        "The MASH partners should revise the screening guidance so that any domestic "
        "incident in a household with a child under one year is shared with the health visitor and GP.",
    )
    heading(doc, "5.4 Handover from midwifery to health visiting", 2)
    para(
        doc,
        "5.4.1 The mother's disclosure of a past violent relationship was recorded in the maternity notes but "
        "not passed on at the handover to the health visitor.",
    )
    bold_lead(
        doc,
        "Recommendation 5:",
        "Maternity and health visiting services should agree a written handover "
        "that includes any disclosure of domestic abuse, past or present, and should test it through a "
        "joint audit.",
    )
    box(
        doc,
        "Good practice\nThe ambulance crew and ED staff recognised the pattern of injuries immediately and the "
        "strategy meeting was held within three hours of Child T's arrival.",
        fill="DEEAF6",
    )

    heading(doc, "6. Conclusion", 1)
    para(
        doc,
        "6.1 None of the professionals who met Child T could have known what would happen to her. But the "
        "system made it hard for them to see her father, to connect a bruise with a later police call, and to "
        "pass information from one service to the next. The recommendations address those weaknesses.",
    )

    heading(doc, "7. Summary of recommendations", 1)
    for i, t in enumerate(
        [
            "Record the details of fathers and male carers at booking and the new birth visit, and seek to meet them "
            "(maternity and health visiting).",
            "ICB to seek assurance that GP practices know the non-mobile baby bruising protocol and to audit "
            "compliance.",
            "Partnership to relaunch the bruising protocol with a multi-agency briefing and consider a parents' "
            "leaflet.",
            "MASH screening guidance to require sharing of domestic incidents in households with a child under one.",
            "Written maternity to health visiting handover to include domestic abuse disclosures, tested by joint audit.",
        ],
        1,
    ):
        numbered(doc, f"{i}.", t)
    save(doc, stem)


# ============================================ 5. DHR with 1 / 1a / 1b recommendations and a Home Office plan
KILNSEA_RECS = [
    (
        "1",
        "Kilnsea Police should review how its contact centre records repeat calls from the same caller or "
        "address, so that a pattern of calls about the same person is visible to the call handler and the "
        "attending officer.",
    ),
    (
        "1a",
        "As part of this, Kilnsea Police should ensure that call handlers check the history of the address "
        "and of the people named before grading a call that mentions a former partner.",
    ),
    (
        "1b",
        "Kilnsea Police should provide refresher training for call handlers on stalking and coercive control "
        "after separation.",
    ),
    (
        "2",
        "Kilnsea Borough Council Housing Options should introduce routine enquiry about domestic abuse for all "
        "applicants who give relationship breakdown as their reason for homelessness.",
    ),
    (
        "3",
        "Kilnsea General Practice Federation should ensure that member practices record a disclosure of "
        "domestic abuse with the appropriate clinical code and an alert visible to every clinician.",
    ),
    (
        "3a",
        "The Federation should audit the use of the code in twelve months and report the result to the "
        "Community Safety Partnership.",
    ),
    (
        "4",
        "Kilnsea Community Safety Partnership should commission an awareness campaign for employers on "
        "supporting staff who are being stalked by a former partner.",
    ),
    (
        "5",
        "The Home Office should amend the statutory guidance so that domestic homicide reviews routinely seek "
        "information from the victim's employer.",
    ),
]

KILNSEA_PLAN = [
    # rec, short rec text (printed in plan), scope, action, lead, milestones, target, status
    (
        "1",
        "Review recording of repeat calls so patterns are visible.",
        "Local",
        "Review contact centre recording process for repeat callers and repeat addresses",
        "Kilnsea Police – Head of Contact Management",
        "Process mapped; change agreed at Force Contact board",
        "31st March 2024",
        "Complete – revised process live 04/03/2024",
    ),
    (
        "1",
        "",
        "",
        "Report the outcome of the review to the CSP Board",
        "Kilnsea Police – Superintendent, Public Protection",
        "Report drafted",
        "Q2 2024/25",
        "In progress",
    ),
    (
        "1a",
        "Call handlers to check address and person history before grading.",
        "Local",
        "Add a mandatory history check prompt to the call grading screen",
        "Kilnsea Police – IT Systems Lead",
        "Prompt tested in June 2024",
        "30/06/2024",
        "Complete",
    ),
    (
        "1b",
        "Refresher training for call handlers on stalking and coercive control.",
        "Local",
        "Deliver a 2-hour refresher to all call handlers and include it in induction",
        "Kilnsea Police – Learning and Development",
        "62% of call handlers trained by September 2024",
        "Ongoing",
        "In progress",
    ),
    (
        "2",
        "Routine enquiry for homelessness applicants citing relationship breakdown.",
        "Local",
        "Add routine enquiry questions to the housing options assessment form and train staff",
        "Kilnsea BC – Housing Options Manager",
        "Form redesign scheduled",
        "Q3 2024/25",
        "Not yet started",
    ),
    (
        "3",
        "Code and alert domestic abuse disclosures in GP records.",
        "Local",
        "Issue coding guidance to all member practices; present at practice managers' forum",
        "Kilnsea GP Federation – Safeguarding Lead",
        "Guidance issued 12/02/2024",
        "31st March 2024",
        "Complete",
    ),
    (
        "3a",
        "Audit use of the code and report to the CSP.",
        "Local",
        "Audit a sample of records in each practice",
        "Kilnsea GP Federation – Safeguarding Lead",
        "",
        "Q4 2024/25",
        "Not yet started",
    ),
    (
        "4",
        "Awareness campaign for employers on stalking by former partners.",
        "Local",
        "Commission campaign materials with the Chamber of Commerce",
        "Kilnsea CSP – Domestic Abuse Coordinator",
        "Brief agreed with Chamber of Commerce",
        "Ongoing",
        "In progress",
    ),
    (
        "5",
        "Home Office to amend guidance on seeking information from employers.",
        "National",
        "Chair of CSP to write to the Home Office DHR team enclosing the report",
        "Chair, Kilnsea CSP",
        "Letter sent 22/01/2024",
        "31st January 2024",
        "Complete",
    ),
]


def doc_kilnsea():
    stem = "dhr_1a_1b_recs_home_office_plan_kilnsea"
    doc = new_doc(header="Kilnsea DHR – Sofia – Overview Report – Final")
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10.5)
    page_x_of_y(doc.sections[0])
    para(doc, "[Kilnsea Community Safety Partnership logo]", italic=True, size=9, align="center")
    para(doc, "")
    para(doc, "Kilnsea Community Safety Partnership", bold=True, size=16, align="center")
    para(doc, "Domestic Homicide Review", bold=True, size=24, align="center")
    para(doc, "Overview Report", size=18, align="center")
    para(doc, "")
    para(doc, "Sofia, who died in April 2022", size=14, align="center")
    para(doc, "")
    para(doc, "Independent Chair and Author: Bernadette O’Kane", size=12, align="center")
    para(doc, "DHR reference: KCSP DHR 2022/003", size=12, align="center")
    para(doc, "Final report: 6 December 2023", size=12, align="center")
    page_break(doc)

    heading(doc, "Contents", 1)
    toc(
        doc,
        [
            ("1. Preface", 3, 0),
            ("2. Introduction", 3, 0),
            ("3. Terms of reference", 3, 0),
            ("4. Background and summary of events", 4, 0),
            ("5. Analysis", 5, 0),
            ("6. Conclusions", 6, 0),
            ("7. Lessons identified", 6, 0),
            ("8. Recommendations", 7, 0),
            ("Appendix 1: Action plan", 8, 0),
        ],
    )
    page_break(doc)

    heading(doc, "1. Preface", 1)
    numbered(
        doc,
        "1.1",
        "The Chair and panel offer their condolences to Sofia's parents, her brother and her "
        "colleagues. Sofia's mother chose the pseudonym, which means wisdom; she said Sofia was the one "
        "everyone went to for advice.",
    )
    heading(doc, "2. Introduction", 1)
    numbered(
        doc,
        "2.1",
        "Sofia was 29 and worked as a dental nurse. She was killed on 17 April 2022 in the car "
        "park of her workplace by her former partner, Jamie (pseudonym), who then took his own life.",
    )
    numbered(
        doc,
        "2.2",
        "Sofia and Jamie had been in a relationship for three years and separated in "
        "November 2021. After the separation Jamie repeatedly contacted Sofia, turned up at her work "
        "and at her parents' home, and posted about her on social media.",
    )
    heading(doc, "3. Terms of reference", 1)
    numbered(
        doc,
        "3.1",
        "The review considered agency contact from 1 January 2019 to Sofia's death, and in particular:",
    )
    numbered(doc, "3.1.1", "how agencies responded to reports of stalking and harassment after separation;")
    numbered(doc, "3.1.2", "whether risk was assessed and escalated appropriately;")
    numbered(doc, "3.1.3", "what Sofia's employer knew and what support was available to her at work;")
    numbered(doc, "3.1.4", "how agencies shared information with each other.")

    heading(doc, "4. Background and summary of events", 1)
    numbered(
        doc,
        "4.1",
        "Sofia called Kilnsea Police four times between December 2021 and March 2022 to report "
        "that Jamie was following her. Each call was graded as a non-emergency and dealt with by a "
        "different officer. On the third occasion Jamie was given a verbal warning.",
    )
    numbered(
        doc,
        "4.2",
        "In January 2022 Sofia applied to Kilnsea Borough Council Housing Options, giving "
        "relationship breakdown as the reason she needed to move. She was not asked about abuse.",
    )
    numbered(
        doc,
        "4.3",
        "In February 2022 Sofia told her GP she was not sleeping because her ex-partner was "
        "'making her life hell'. The GP recorded 'relationship difficulties' and prescribed sleeping "
        "tablets.",
    )

    heading(doc, "5. Analysis", 1)
    heading(doc, "5.1 Police response to repeat reports", 2)
    numbered(
        doc,
        "5.1.1",
        "Each of Sofia's calls was treated as a single event. The call handlers did not see "
        "the earlier calls because they were logged against different addresses: her flat, her parents' "
        "house and her workplace.",
    )
    numbered(
        doc,
        "5.1.2",
        "The panel considers that had the calls been linked, the pattern of fixated, "
        "obsessive behaviour would have been recognised as stalking and a risk assessment would have "
        "been completed.",
    )
    heading(doc, "5.2 Housing", 2)
    numbered(
        doc,
        "5.2.1",
        "The housing options officer followed the procedure in place. That procedure did not "
        "prompt staff to ask whether relationship breakdown involved abuse.",
    )
    heading(doc, "5.3 Primary care", 2)
    numbered(
        doc,
        "5.3.1",
        "The GP's note 'relationship difficulties' would not have alerted another clinician. "
        "The practice did not use the domestic abuse code available on its system.",
    )
    heading(doc, "5.4 The employer", 2)
    numbered(
        doc,
        "5.4.1",
        "Sofia's practice manager knew that Jamie had come to the surgery several times and "
        "had asked him to leave. The practice had no policy on domestic abuse affecting staff. The "
        "statutory guidance does not suggest that panels seek information from employers.",
    )

    heading(doc, "6. Conclusions", 1)
    numbered(
        doc,
        "6.1",
        "Sofia did everything she could to get help. The panel concludes that the response of "
        "agencies was fragmented and that the risk Jamie posed was never assessed as a whole.",
    )
    heading(doc, "7. Lessons identified", 1)
    numbered(
        doc,
        "7.1",
        "Stalking is rarely a single incident; systems that record incidents by address will miss it.",
    )
    numbered(doc, "7.2", "Victims often tell employers before they tell anyone else.")

    heading(doc, "8. Recommendations", 1)
    numbered(
        doc,
        "8.1",
        "The panel makes the following recommendations. Recommendations 1a, 1b and 3a set out "
        "specific steps within the wider recommendation above them. The action plan at Appendix 1 shows "
        "progress as at October 2024.",
    )
    for ref, text in KILNSEA_RECS:
        numbered(doc, ref, text)

    sec = landscape_section(doc)
    sec.left_margin = sec.right_margin = Cm(1.2)
    para(
        doc,
        "Appendix 1: Domestic Homicide Review Action Plan – Sofia (progress at October 2024)",
        bold=True,
        size=12,
    )
    headers = [
        "Rec",
        "Recommendation",
        "Scope of recommendation (local, regional or national)",
        "Action to take",
        "Lead agency",
        "Key milestones achieved in enacting recommendation",
        "Target date",
        "Date of completion and outcome / status",
    ]
    widths = [1.2, 4.2, 2.2, 4.4, 3.4, 4.2, 2.2, 3.4]
    t = make_table(doc, headers, widths, header_fill="BDD7EE", size=8)
    first = {}
    for row in KILNSEA_PLAN:
        rec, short, scope, action, lead, ms, target, status = row
        add_row(t, [rec if short else "", short, scope, action, lead, ms, target, status], widths, size=8)
        idx = len(t.rows) - 1
        if short:
            first[rec] = idx
        else:
            for col in (0, 1, 2):
                a = t.cell(first[rec], col)
                keep = a.text
                m = a.merge(t.cell(idx, col))
                for p in m.paragraphs[1:]:
                    p._p.getparent().remove(p._p)
                m.paragraphs[0].text = ""
                m.paragraphs[0].add_run(keep).font.size = Pt(8)
    save(doc, stem)


# ============================================ 6. Non-statutory multi-agency learning review, year-headed chronology
def doc_ormsby():
    stem = "learning_review_year_headed_chronology_ormsby"
    doc = new_doc(header="Multi-Agency Learning Review – ‘Dawn’")
    doc.styles["Normal"].font.name = "Georgia"
    doc.styles["Normal"].font.size = Pt(10.5)
    add_page_footer(doc.sections[0], "Ormsby Safeguarding Adults Board  |")
    para(doc, "[Ormsby Safeguarding Adults Board and Safer Ormsby Partnership logos]", italic=True, size=9)
    para(doc, "")
    para(doc, "Multi-Agency Learning Review", bold=True, size=24)
    para(doc, "‘Dawn’", size=20)
    para(doc, "")
    para(
        doc,
        "A non-statutory review commissioned jointly by Ormsby Safeguarding Adults Board and the Safer "
        "Ormsby Partnership",
        size=12,
    )
    para(doc, "")
    kv_table(
        doc,
        [
            ("Independent reviewer", "Gareth Lusk"),
            ("Reference", "OSAB/MALR/2023/02"),
            ("Date", "June 2024"),
            ("Status", "Final – approved by the Board 11 June 2024"),
        ],
        widths=(5, 9),
        borders=True,
    )
    page_break(doc)

    heading(doc, "Contents", 1)
    toc(
        doc,
        [
            ("Why this review was carried out", 3, 0),
            ("About Dawn", 3, 0),
            ("How the review was done", 3, 0),
            ("What happened", 4, 0),
            ("2019", 4, 1),
            ("2020", 4, 1),
            ("2021", 5, 1),
            ("2022", 5, 1),
            ("What we learned", 6, 0),
            ("Recommendations", 7, 0),
        ],
    )
    page_break(doc)

    heading(doc, "Why this review was carried out", 1)
    para(
        doc,
        "Dawn was 52 when she died at her flat in Ormsby on 2 February 2022. The coroner concluded that she "
        "took her own life. Dawn had experienced domestic abuse from her former husband over many years and had "
        "left him in 2019.",
    )
    para(
        doc,
        "The Safer Ormsby Partnership considered whether to hold a Domestic Homicide Review and decided that the "
        "criteria were not met, as the information available did not show that abuse by a relative or partner "
        "was connected with Dawn's death in the period before it. The Safeguarding Adults Board decided that the "
        "criteria for a Safeguarding Adults Review under section 44 of the Care Act 2014 were not met either. "
        "Both bodies agreed, however, that there was important learning, and jointly commissioned this "
        "non-statutory multi-agency learning review.¹",
    )
    footnote_line(
        doc,
        "1",
        "The Home Office was informed of the decision not to hold a Domestic Homicide Review and did "
        "not ask the Partnership to reconsider.",
    )

    heading(doc, "About Dawn", 1)
    para(
        doc,
        "Dawn grew up in Ormsby, the eldest of four sisters. She trained as a hairdresser and ran her own salon "
        "for fifteen years. Her sister described her as 'the funny one, the one who organised every party'. She "
        "had two adult sons, who both took part in this review.",
    )

    heading(doc, "How the review was done", 1)
    para(
        doc,
        "Seven agencies provided chronologies and short reports. The reviewer met practitioners at two "
        "learning events and spoke to Dawn's sister and sons. The review covered the period from January 2019 "
        "to Dawn's death.",
    )
    grid(
        doc,
        ["Agency", "Contribution"],
        [
            ["Ormsby Police", "Chronology and report"],
            ["Riverside Surgery (GP)", "Chronology and report"],
            ["Ormsby Royal Infirmary", "Chronology"],
            ["Ormsby and Dales Mental Health Trust", "Chronology and report"],
            ["Ormsby Domestic Abuse Service", "Chronology and report"],
            ["Harbourside Refuge (Kirkby Dale)", "Short report"],
            ["Ormsby Council Adult Social Care", "Chronology and report"],
        ],
        [8, 8],
        size=9,
    )

    heading(doc, "What happened", 1)
    para(
        doc,
        "This section tells the story of agency contact with Dawn year by year. Only the most significant "
        "events are included; the full combined chronology was considered by the review group.",
    )
    chron = {
        "2019": [
            "In March, Dawn registered with Riverside Surgery after leaving the home she had shared with her "
            "husband for twenty-six years. She told the practice nurse she was 'starting again'.",
            "On 22 June Dawn attended the Emergency Department at Ormsby Royal Infirmary with a deep cut to her "
            "hand. She said she had dropped a glass. She smelled of alcohol and left before being seen by the "
            "liaison team.",
            "Two weeks later, the hospital's liaison nurse wrote to the GP asking the practice to follow up on "
            "Dawn's drinking. The letter was filed without action.",
        ],
        "2020": [
            "In January, police were called to Dawn's flat by a neighbour who heard her husband shouting through "
            "the letterbox. He had left by the time officers arrived. Dawn told them he had been coming round "
            "most weekends. A DASH risk assessment was completed and graded medium.",
            "On 3 April, in the first week of the national lockdown, Dawn rang the Ormsby Domestic Abuse Service "
            "helpline and said her husband was sending her dozens of messages a day.",
            "Later that month, an IDVA completed a risk assessment with Dawn by telephone. It scored 15 and Dawn "
            "was referred to MARAC, which discussed her case on 6 May.",
            "Over the summer, Dawn stopped answering calls from the IDVA, and her case was closed in August after "
            "three attempts to contact her.",
            "On 14 October Dawn was assessed by the Crisis Team after she took an overdose of paracetamol. She "
            "told the assessing nurse that 'he will never leave me alone'. She was discharged to the care of her "
            "GP with a leaflet for the domestic abuse service.",
        ],
        "2021": [
            "In February, Dawn moved to Harbourside Refuge in Kirkby Dale, forty miles away, after her husband was "
            "arrested for breaching a non-molestation order.",
            "On 9 May Dawn left the refuge and returned to Ormsby to be near her sons. The refuge told the Ormsby "
            "Domestic Abuse Service that she had left; no agency in Ormsby knew where she was living.",
            "In late November, Dawn's sister contacted Adult Social Care because Dawn was drinking heavily and not "
            "eating. A social worker visited on 2 December; Dawn said she was fine and declined an assessment.",
        ],
        "2022": [
            "On 2 February Dawn was found dead at her flat by her younger son.",
        ],
    }
    for year, paras in chron.items():
        heading(doc, year, 2)
        for p in paras:
            para(doc, p)

    heading(doc, "What we learned", 1)
    para(
        doc,
        "The review identified four areas of learning. These are not recommendations; they describe what "
        "practitioners told us and what the records show.",
    )
    for t in [
        "Learning point: risk does not end when a victim leaves. Dawn's risk was highest after separation.",
        "Learning point: alcohol use by victims can mask abuse. Dawn's drinking was seen as the problem.",
        "Learning point: closing a case after three unanswered calls leaves the most isolated people without "
        "help.",
        "Learning point: when a victim moves between areas, no one owns the risk.",
    ]:
        bullet(doc, t)

    heading(doc, "Recommendations", 1)
    para(
        doc,
        "The review group agreed five recommendations. The Board and the Partnership will monitor an action "
        "plan through the joint Learning and Improvement Group.",
    )
    recs = [
        (
            "Recommendation One",
            "Ormsby Domestic Abuse Service should revise its case closure procedure so that a "
            "case assessed as high risk is not closed after unanswered contact without a discussion with MARAC.",
        ),
        (
            "Recommendation Two",
            "Riverside Surgery, and through the Integrated Care Board all Ormsby GP practices, "
            "should ensure that hospital letters about alcohol-related attendances are reviewed by a clinician and "
            "that the patient is asked about domestic abuse.",
        ),
        (
            "Recommendation Three",
            "Ormsby and Dales Mental Health Trust should ensure that when a person assessed "
            "after self-harm discloses domestic abuse, a referral to the domestic abuse service is made with the "
            "person's consent rather than a leaflet given.",
        ),
        (
            "Recommendation Four",
            "The Safer Ormsby Partnership should agree with neighbouring partnerships a "
            "protocol for sharing information when a victim known to MARAC moves into or out of a refuge in another "
            "area.",
        ),
        (
            "Recommendation Five",
            "The Safeguarding Adults Board and the Safer Ormsby Partnership should deliver "
            "joint training for practitioners on the links between domestic abuse, alcohol use and suicide risk.",
        ),
    ]
    for lead, text in recs:
        para(doc, lead, bold=True)
        para(doc, text)
    save(doc, stem)


if __name__ == "__main__":
    doc_harrowby()
    doc_fenwick()
    doc_ravensby()
    doc_tollcross()
    doc_kilnsea()
    doc_ormsby()
    print("built")
