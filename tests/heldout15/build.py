"""Build the heldout15 blind documents as Word files (python-docx).

Run once:  python tests/heldout15/build.py
Then convert each .docx with LibreOffice and extract text (see README.md).
Five reports of five families as they are published: a DHR overview report whose recommendations sit
in a No. | Recommendation | Agency table in the body and whose appended plan puts RAG and Update
before the recommendation; a Northern Ireland DHR with a Date | Source | Event | Comment chronology; a
Safeguarding Adults Review whose board recommendations are unnumbered bullets answered by a plan
printed as labelled blocks; a standalone spreadsheet-style progress tracker; and a DHR whose
recommendations are restated in the executive summary, the conclusions and the plan.
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
    footnote_line,
    heading,
    kv_table,
    landscape_section,
    make_table,
    new_doc,
    numbered,
    page_break,
    para,
    shade,
    sup,
)

save = docx_saver(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)

RAG = {"Green": "C6EFCE", "Amber": "FFEB9C", "Red": "FFC7CE", "Blue": "BDD7EE"}


def airy(doc, spacing=1.4, after=8):
    pf = doc.styles["Normal"].paragraph_format
    pf.line_spacing = spacing
    pf.space_after = Pt(after)


def paras(doc, number, texts, start=1, notes=None):
    """Numbered paragraphs N.1, N.2 ...; `notes` maps a paragraph number to a footnote mark."""
    for i, t in enumerate(texts, start):
        p = numbered(doc, f"{number}.{i}", t)
        if notes and f"{number}.{i}" in notes:
            sup(p, notes[f"{number}.{i}"])
    return start + len(texts)


def plain(doc, texts):
    for t in texts:
        para(doc, t)


def contents(doc, lines, title="Contents"):
    heading(doc, title, 1)
    for text, page in lines:
        dotted_line(doc, text, page, width_cm=16)
    page_break(doc)


def listed(doc, items, style="List Bullet"):
    for s in items:
        para(doc, s, style=style)


def table(doc, headers, widths, rows, size=9, status_col=None):
    t = make_table(doc, headers, widths, size=size)
    for r in rows:
        fills = {}
        if status_col is not None:
            word = r[status_col].split()[0] if r[status_col] else ""
            if word in RAG:
                fills[status_col] = RAG[word]
        add_row(t, r, widths, size=size, fills=fills)
    doc.add_paragraph()
    return t


def cover(doc, lines):
    for text, size, bold in lines:
        para(doc, text, bold=bold, size=size, align="center")
    page_break(doc)


def labelled(doc, label, text):
    p = doc.add_paragraph()
    p.add_run(label + " ").bold = True
    p.add_run(text)
    return p


# ================================== 1. DHR, recommendations table in the body, RAG-first plan appended
def doc_corrowby():
    stem = "dhr_rec_table_in_body_plan_rag_update_first_corrowby"
    doc = new_doc(header="Corrowby Community Safety Partnership   DHR ‘Ann’   OFFICIAL", footer_label="Page")
    airy(doc)
    cover(
        doc,
        [
            ("Corrowby Community Safety Partnership", 16, True),
            ("", 12, False),
            ("Domestic Homicide Review", 22, True),
            ("Overview Report", 16, True),
            ("", 12, False),
            ("Report into the death of ‘Ann’, aged 71, in March 2022", 13, False),
            ("", 12, False),
            ("Independent Chair and Author: Hilary Oduya-Stenning", 12, False),
            ("Review reference: CCSP/DHR/2022/02", 12, True),
            ("Report completed: 14 August 2023", 12, False),
            ("Quality assured by the Home Office: January 2024", 11, False),
        ],
    )
    contents(
        doc,
        [
            ("Preface", 3),
            ("1. Introduction", 3),
            ("2. Terms of reference", 3),
            ("3. Method and panel", 3),
            ("4. Background to Ann and Derek", 4),
            ("5. Analysis and findings", 4),
            ("6. Lessons learned", 5),
            ("7. Conclusions", 5),
            ("8. Recommendations", 6),
            ("9. Dissemination", 6),
            ("Appendix A: Action Plan (progress at September 2024)", 7),
        ],
    )
    heading(doc, "Preface", 1)
    plain(
        doc,
        [
            "The Partnership offers its condolences to Ann’s son and daughter and to her grandchildren. Ann "
            "worked for thirty years as a school cook, kept an allotment that won prizes at the village show "
            "and was, her daughter said, the person everyone phoned in a crisis.",
            "Her family asked that this report describe the years in which Ann cared for everyone else and "
            "was not cared for herself. The Chair thanks them for the time they gave to the review.",
        ],
    )
    heading(doc, "1. Introduction", 1)
    paras(
        doc,
        "1",
        [
            "This report examines how agencies in Corrowby responded to Ann, who was 71, and to her husband "
            "Derek, who was 74, in the three years before Ann died at their bungalow in March 2022.",
            "Derek was found unfit to plead. A jury found that he did the act that caused Ann’s death and "
            "he was made subject to a hospital order in November 2022.",
            "The Partnership agreed on 4 April 2022 that the criteria for a review were met and notified "
            "the Home Office. The panel met six times between June 2022 and July 2023.",
            "The review covers April 2019 to Ann’s death. Information from before that date was used where "
            "it helped the panel understand the marriage.",
        ],
        notes={"1.3": "1"},
    )
    footnote_line(
        doc, "1", "Section 9 of the Domestic Violence, Crime and Victims Act 2004 and the statutory guidance."
    )
    heading(doc, "2. Terms of reference", 1)
    para(doc, "The panel set out to answer these questions:")
    listed(
        doc,
        [
            "Did agencies recognise domestic abuse when it was presented as the strain of caring?",
            "Were risk assessments completed when police attended, and were they acted on?",
            "Did anyone speak to Ann on her own, and what did she say when they did?",
            "How well did health and social care share what they knew about Derek’s memory loss?",
            "Were there barriers for an older woman in reaching specialist domestic abuse support?",
        ],
    )
    heading(doc, "3. Method and panel", 1)
    paras(
        doc,
        "3",
        [
            "Six agencies provided Individual Management Reviews and four more gave short reports. The "
            "Chair met Ann’s son and daughter twice and spoke to a neighbour who had known Ann for decades.",
            "A practitioners’ session was held in February 2023 so that staff who had worked with the "
            "couple could say what had made the work difficult.",
        ],
    )
    table(
        doc,
        ["Panel member", "Role", "Agency"],
        [4.5, 5.5, 6.5],
        [
            ("Hilary Oduya-Stenning", "Independent Chair", "Independent"),
            ("DI Gareth Lowther", "Public Protection Unit", "Wessmoor Constabulary"),
            ("Priya Ancell", "Head of Adult Safeguarding", "Corrowby Borough Council"),
            ("Dr Ruth Fennimore", "Named GP for Safeguarding", "Corrowby Integrated Care Board"),
            ("Sandra Whitlock", "Safeguarding Lead", "Corrowby and District NHS Foundation Trust"),
            ("Maxine Doherty", "Service Manager", "Corrowby Domestic Abuse Service"),
            ("Colin Barraclough", "Chief Executive", "Silverlines Corrowby"),
        ],
    )
    heading(doc, "4. Background to Ann and Derek", 1)
    paras(
        doc,
        "4",
        [
            "Ann and Derek married young and lived in the same village for most of their lives. Their "
            "children describe a father who was quick-tempered and controlling about money, and a mother "
            "who kept the peace.",
            "Derek was diagnosed with vascular dementia in 2020. Ann became his carer and gave up the "
            "volunteering she loved. She told her daughter that Derek had always been difficult and that "
            "the illness had made him worse.",
            "Police were called to the bungalow twice, once by Ann and once by a neighbour. On both "
            "occasions the officers recorded the incident as a carer under strain.",
            "Ann saw her GP about bruises and a fall. She was seen with Derek present at every appointment "
            "after 2020. A carer’s assessment was offered and completed by telephone.",
        ],
    )
    heading(doc, "5. Analysis and findings", 1)
    para(doc, "Finding 1: Abuse was seen as the strain of caring", bold=True)
    paras(
        doc,
        "5",
        [
            "Every agency that met Ann knew that Derek had dementia. None of them asked whether he had "
            "been abusive before the diagnosis. The panel found that the diagnosis became the explanation "
            "for everything that followed.",
            "When Ann called the police she said she was frightened. The officers completed a risk "
            "assessment but answered many questions as ‘not known’ because Derek was in the room.",
        ],
    )
    para(doc, "Finding 2: Ann was never seen alone", bold=True)
    paras(
        doc,
        "5",
        [
            "Derek attended all of Ann’s appointments after his diagnosis. Staff thought this showed that "
            "he relied on her. Nobody arranged to see Ann without him.",
            "The carer’s assessment was completed over the phone with Derek audible in the background. "
            "The assessor recorded that Ann ‘seemed tired’ but did not ask why.",
        ],
        start=3,
    )
    para(doc, "Finding 3: Information stayed where it was recorded", bold=True)
    paras(
        doc,
        "5",
        [
            "The GP practice knew of the police call-out from a notification letter, and the hospital "
            "knew of a fall with an unusual pattern of bruising. Neither record referred to the other.",
            "The practice had no way of marking that a patient was also the carer of another patient on "
            "its list, so the link between Ann’s injuries and Derek’s worsening illness was not made.",
        ],
        start=5,
    )
    para(doc, "Finding 4: Specialist support did not seem meant for Ann", bold=True)
    paras(
        doc,
        "5",
        [
            "Ann picked up a domestic abuse leaflet at the surgery. Her daughter found it in a drawer after "
            "her death. The leaflet showed young women with children, and Ann may not have seen herself "
            "in it.",
            "The local service received few referrals for women over 65 and had no outreach through "
            "carers’ groups, day centres or older people’s charities.",
        ],
        start=7,
    )
    box(
        doc,
        "Good practice\nThe ambulance crew who attended Ann’s fall recorded the bruising carefully and "
        "made a safeguarding referral. The referral was screened out, but the crew did what was asked of them.",
    )
    heading(doc, "6. Lessons learned", 1)
    para(doc, "The panel drew these lessons from Ann’s death. They are not recommendations.")
    listed(
        doc,
        [
            "Lesson 1: A diagnosis of dementia does not explain away a history of controlling behaviour.",
            "Lesson 2: A carer who is always accompanied may be the person most in need of being seen alone.",
            "Lesson 3: Older victims are less likely to recognise themselves in publicity aimed at younger women.",
        ],
    )
    heading(doc, "7. Conclusions", 1)
    paras(
        doc,
        "7",
        [
            "Ann’s death could not have been predicted from any single contact. Taken together, the "
            "contacts showed an older woman living with a man who had always controlled her and who was "
            "becoming more violent as his illness progressed.",
            "The panel believes that there were chances to speak to Ann on her own and to link what "
            "different agencies knew. The recommendations that follow are meant to make those chances "
            "count for the next woman in Ann’s position.",
        ],
    )
    page_break(doc)
    heading(doc, "8. Recommendations", 1)
    para(
        doc,
        "The panel makes the following recommendations. Each agency named has agreed to the recommendation "
        "made to it. Progress is reported in the action plan at Appendix A.",
    )
    table(
        doc,
        ["No.", "Recommendation", "Agency"],
        [1.4, 11.0, 4.1],
        [
            (
                "1",
                "Corrowby Community Safety Partnership should make sure that its domestic abuse strategy "
                "names older people as a group at risk, and should fund publicity about abuse in later life "
                "that is placed where older people and their families will see it.",
                "Corrowby Community Safety Partnership",
            ),
            (
                "2",
                "Corrowby Borough Council Adult Social Care should change its carer’s assessment so that "
                "the carer is always offered a conversation on their own, in person, and is asked directly "
                "whether they feel safe with the person they care for.",
                "Corrowby Borough Council Adult Social Care",
            ),
            (
                "3",
                "Wessmoor Constabulary should ensure that where officers attend an incident between an "
                "older couple, the victim is spoken to away from the other person and the risk assessment "
                "is reviewed by a supervisor before the incident is closed.\nThe review should check that "
                "‘carer stress’ is not recorded as the cause without the victim’s own account.",
                "Wessmoor Constabulary",
            ),
            (
                "4",
                "Tollgate Surgery should record on both records when one patient is the carer of another, "
                "and should make sure that police notifications about either are visible on both.",
                "Tollgate Surgery",
            ),
            (
                "5",
                "Corrowby and District NHS Foundation Trust should include abuse of older people by partners "
                "in the domestic abuse training given to emergency department and frailty staff.",
                "Corrowby and District NHS Foundation Trust",
            ),
            (
                "6",
                "The Chair of the Partnership should write to the Department of Health and Social Care "
                "asking that national guidance on carer’s assessments tells assessors to ask about domestic "
                "abuse.",
                "Corrowby Community Safety Partnership",
            ),
        ],
    )
    heading(doc, "9. Dissemination", 1)
    para(doc, "The report will be sent to the following once the Home Office has approved it:")
    listed(
        doc,
        [
            "Ann’s family",
            "The members of Corrowby Community Safety Partnership",
            "The Domestic Abuse Commissioner and the Office of the Police and Crime Commissioner",
            "Corrowby Safeguarding Adults Board",
        ],
    )

    landscape_section(doc)
    heading(doc, "Appendix A: Action Plan (progress at September 2024)", 1)
    para(
        doc,
        "RAG key:  Blue – action complete;  Green – on track;  Amber – some delay, recovery agreed;  "
        "Red – not yet started.",
        size=9,
    )
    w = [1.1, 1.5, 5.2, 3.6, 4.4, 3.7, 3.0, 2.2]
    t = make_table(
        doc,
        [
            "No.",
            "RAG",
            "Update (September 2024)",
            "Recommendation",
            "Action",
            "Evidence",
            "Lead officer",
            "Target",
        ],
        w,
        size=8,
    )
    rows = [
        (
            "1",
            "Green",
            "Draft strategy names older people as a priority group; consultation closes October 2024.",
            "Strategy to name older people; publicity on abuse in later life.",
            "Revise the domestic abuse strategy to include older people and their carers.",
            "Draft strategy, consultation log",
            "Community Safety Manager",
            "December 2024",
        ),
        (
            "1",
            "Amber",
            "Designs agreed with Silverlines Corrowby; printing delayed by funding decision.",
            "Strategy to name older people; publicity on abuse in later life.",
            "Commission posters and radio adverts with Silverlines Corrowby for pharmacies, day centres "
            "and GP waiting rooms.",
            "Designs, funding bid",
            "Community Safety Manager",
            "March 2025",
        ),
        (
            "2",
            "Blue",
            "New carer’s assessment form in use since 1 May 2024. First audit found 84% offered time alone.",
            "Carer offered a conversation alone and asked whether they feel safe.",
            "Amend the carer’s assessment form and guidance; brief all assessors.",
            "Form v4.2, briefing register, audit report",
            "Head of Adult Safeguarding",
            "30/04/2024",
        ),
        (
            "3",
            "Green",
            "Supervisor review step added to the domestic abuse closure checklist; dip sample due in November.",
            "Victim spoken to alone; supervisor review before closure.",
            "Add a mandatory supervisor review of the risk assessment for incidents involving people over 65.",
            "Checklist v3, dip sample plan",
            "DI, Public Protection Unit",
            "Q3 2024/25",
        ),
        (
            "4",
            "Blue",
            "Carer flag created and applied to 212 linked records. Notifications scanned to both records.",
            "Record carer links; police notifications visible on both records.",
            "Create a carer relationship code in the clinical system and apply it at registration and review.",
            "System screenshot, practice meeting minutes",
            "Practice Manager, Tollgate Surgery",
            "31 March 2024",
        ),
        (
            "5",
            "Amber",
            "Module written; release held until the Trust’s new learning platform goes live.",
            "Training for emergency department and frailty staff.",
            "Add a module on abuse in later life to level 3 domestic abuse training.",
            "Module content",
            "Named Nurse Safeguarding Adults",
            "January 2025",
        ),
        (
            "6",
            "Red",
            "Letter drafted but not yet signed; awaiting the new Partnership Chair.",
            "Letter to DHSC on national carer’s assessment guidance.",
            "Chair to write to the Department of Health and Social Care.",
            "None yet",
            "Partnership Chair",
            "On publication",
        ),
    ]
    for r in rows:
        add_row(t, r, w, size=8, fills={1: RAG[r[1]]})
    save(doc, stem)


# ============================================ 2. Northern Ireland DHR, Date | Source | Event | Comment
def doc_carnmoy():
    stem = "ni_dhr_chronology_date_source_event_comment_carnmoy"
    doc = new_doc(header="DHR Report – ‘Orla’ – DHR/NI/2021/09", footer_label="", size=11)
    airy(doc)
    cover(
        doc,
        [
            ("Department of Justice", 12, False),
            ("Domestic Homicide Review", 22, True),
            ("", 12, False),
            ("Report into the death of ‘Orla’", 16, True),
            ("Carnmoy, County Down", 13, False),
            ("", 12, False),
            ("Review reference: DHR/NI/2021/09", 12, True),
            ("Independent Chair: Declan Fairleigh-Moore", 12, False),
            ("Final report: 9 February 2024", 12, False),
            ("", 12, False),
            ("This report has been anonymised for publication by the Department of Justice.", 10, False),
        ],
    )
    contents(
        doc,
        [
            ("1. Introduction", 3),
            ("2. The review process in Northern Ireland", 3),
            ("3. Terms of reference", 3),
            ("4. Orla and her family", 3),
            ("5. Chronology of agency contact", 4),
            ("6. Analysis", 5),
            ("7. Good practice", 5),
            ("8. Learning", 5),
            ("9. Recommendations", 7),
            ("Appendix: Glossary", 8),
        ],
    )
    heading(doc, "1. Introduction", 1)
    paras(
        doc,
        "1",
        [
            "Orla was 38 when she was killed by her former partner, Shane, at her home in Carnmoy in "
            "September 2021. Shane pleaded guilty to murder and was sentenced in May 2022.",
            "The panel extends its sympathy to Orla’s mother, her sister and her two sons, who were aged "
            "nine and thirteen when their mother died.",
            "Orla’s family chose her pseudonym. Her sister said that Orla was the funniest person in any "
            "room and that she worked hard to give her boys a settled home.",
        ],
    )
    heading(doc, "2. The review process in Northern Ireland", 1)
    paras(
        doc,
        "2",
        [
            "Domestic Homicide Reviews were introduced in Northern Ireland in December 2020. A review is "
            "commissioned by the Department of Justice and carried out by an independent chair with a "
            "multi-agency panel.",
            "The panel for this review included the Police Service of Northern Ireland (PSNI), the Mid-Lough "
            "Health and Social Care Trust, the Northern Ireland Housing Executive, the Probation Board for "
            "Northern Ireland and Carnmoy Women’s Aid.",
            "Each agency completed a chronology of its contact and a short analysis. These were combined into "
            "the chronology in section 5, which the panel used to identify learning.",
        ],
        notes={"2.1": "2"},
    )
    footnote_line(
        doc,
        "2",
        "Under section 9 of the Domestic Violence, Crime and Victims Act 2004 as it applies in Northern Ireland.",
    )
    heading(doc, "3. Terms of reference", 1)
    para(doc, "The panel agreed to examine:")
    listed(
        doc,
        [
            "how agencies responded to Orla’s disclosures of abuse after she separated from Shane;",
            "whether the risk posed by Shane was assessed and shared, including through MARAC;",
            "how the housing response affected Orla’s safety when she asked to move;",
            "what the children’s school and health visitors knew and whether they acted on it;",
            "whether Shane’s previous offending was known to those assessing risk.",
        ],
    )
    heading(doc, "4. Orla and her family", 1)
    paras(
        doc,
        "4",
        [
            "Orla met Shane in 2012. They lived together in a Housing Executive house in Carnmoy with Orla’s "
            "two sons from an earlier relationship. Shane had convictions for violence against a previous "
            "partner in Scotland, which Orla did not know about.",
            "Orla’s family saw Shane become jealous and controlling. He checked her phone, took her bank "
            "card and stopped her working in her sister’s café.",
            "Orla ended the relationship in January 2021 and Shane moved out. Over the following eight months "
            "he came to the house repeatedly, sent hundreds of messages and threatened to kill her.",
        ],
    )
    heading(doc, "5. Chronology of agency contact", 1)
    para(
        doc,
        "Table 1 sets out the significant contacts with Orla and Shane. The Source column shows which agency "
        "recorded the contact; the Comment column gives the panel’s view.",
    )
    para(doc, "Table 1: Chronology", bold=True)
    w = [2.4, 2.2, 6.6, 5.3]
    t = make_table(doc, ["Date", "Source", "Event", "Comment"], w, size=9)
    chron = [
        (
            "14/03/2019",
            "GP",
            "Orla attends Abbeyview Health Centre with anxiety and poor sleep. She mentions arguments at home. "
            "Sertraline prescribed.",
            "No routine enquiry about domestic abuse was recorded.",
        ),
        (
            "Summer 2019",
            "School",
            "The older son’s form teacher notes that he is tired and withdrawn and says he does not like "
            "going home.",
            "Noted in the pastoral log only; not passed to the designated teacher.",
        ),
        (
            "02/11/2019",
            "PSNI",
            "Police called by a neighbour to shouting at the house. Both adults say it was a verbal argument. "
            "No offences disclosed.",
            "Risk assessment recorded as standard. Children present but not spoken to.",
        ),
        (
            "January 2020",
            "MLHSCT",
            "Health visitor visit for the younger son’s development check. Orla is seen with Shane present.",
            "Opportunity for routine enquiry missed because Orla was not alone.",
        ),
        (
            "11/01/2021",
            "PSNI",
            "Orla reports that Shane pushed her against a wall when she told him to leave. Shane arrested and "
            "released on bail with conditions not to contact her.",
            "High risk assessment; referral made to MARAC. Good practice by the attending officers.",
        ),
        (
            "28/01/2021",
            "MARAC",
            "Case heard at MARAC. Actions: Women’s Aid to contact Orla; Housing Executive to consider target "
            "hardening; Trust to inform the school.",
            "Shane’s convictions in Scotland were not known to MARAC.",
        ),
        (
            "Feb–Mar 2021",
            "Women’s Aid",
            "Outreach worker meets Orla four times and completes a safety plan. Orla says she wants to move "
            "to be nearer her mother.",
            "Consistent, well-recorded support.",
        ),
        (
            "19/04/2021",
            "NIHE",
            "Orla applies for a transfer on the grounds of domestic abuse. She is awarded intimidation points "
            "but told the wait may be more than a year.",
            "No interim safety measures were considered beyond the lock change in February.",
        ),
        (
            "Late May 2021",
            "PSNI",
            "Orla reports that Shane has breached bail by sending messages. He is warned by officers.",
            "No further risk assessment; the breach was not reported back to MARAC.",
        ),
        (
            "07/07/2021",
            "PBNI",
            "Shane is sentenced for the January assault to a probation order with a programme requirement.",
            "Pre-sentence report did not include the Scottish convictions.",
        ),
        (
            "04/08/2021",
            "PBNI",
            "Shane misses his second probation appointment. A warning letter is sent.",
            "The probation officer did not contact police or Women’s Aid about the missed appointments.",
        ),
        (
            "12/09/2021",
            "PSNI",
            "Police are called by Orla’s elder son. Orla is found with fatal injuries. Shane is arrested nearby.",
            "",
        ),
    ]
    for r in chron:
        add_row(t, r, w, size=9)
    doc.add_paragraph()
    heading(doc, "6. Analysis", 1)
    paras(
        doc,
        "6",
        [
            "Risk after separation. Orla’s risk rose sharply once she ended the relationship, as research "
            "on separation would predict. Agencies responded well to the January assault, but the response "
            "weakened as the months passed and each further incident was treated on its own.",
            "Shane’s history. Shane’s convictions in Scotland were held on a national database but were not "
            "found by the officer preparing for MARAC, nor by the author of the pre-sentence report. Had "
            "they been known, the panel believes that the level of risk would have been seen more clearly.",
            "Housing. The Housing Executive applied its policy correctly, but the policy offered Orla "
            "nothing between a lock change and a transfer that might take a year.",
            "The children. School and health staff each held part of the picture. Neither knew what the "
            "other had seen, and neither asked the boys what was happening at home.",
        ],
    )
    heading(doc, "7. Good practice", 1)
    listed(
        doc,
        [
            "The officers who attended on 11 January 2021 completed a thorough risk assessment and made a "
            "prompt referral to MARAC.",
            "Carnmoy Women’s Aid kept in touch with Orla throughout and her safety plan was updated each time.",
        ],
    )
    heading(doc, "8. Learning", 1)
    para(doc, "The panel identified the following learning for all agencies.")
    for n, text in enumerate(
        [
            "Separation is a time of heightened danger, and risk should be reassessed each time the "
            "perpetrator breaches a condition or order.",
            "A perpetrator’s history in another jurisdiction may be the most important fact in a risk "
            "assessment.",
            "Children in the household are witnesses and should be given a chance to be heard.",
        ],
        1,
    ):
        para(doc, f"Learning point {n}", bold=True)
        para(doc, text)
    page_break(doc)
    heading(doc, "9. Recommendations", 1)
    para(
        doc,
        "The panel makes six recommendations. The Department of Justice will monitor their implementation "
        "through the Domestic Homicide Review Oversight Group.",
    )
    recs = [
        (
            "Department of Justice",
            "The Department of Justice should work with the Department of Health to deliver a public awareness "
            "campaign on the danger that follows separation from an abusive partner, aimed at victims and "
            "at their family and friends.",
        ),
        (
            "Police Service of Northern Ireland",
            "The PSNI should ensure that every breach of bail or of a non-molestation order in a domestic "
            "abuse case leads to a fresh risk assessment, and that the result is reported to MARAC where the "
            "case has been heard there.",
        ),
        (
            "Police Service of Northern Ireland and Probation Board for Northern Ireland",
            "The PSNI and the Probation Board for Northern Ireland should agree a procedure for checking "
            "convictions held in other parts of the United Kingdom before MARAC and before a pre-sentence "
            "report is written.",
        ),
        (
            "Northern Ireland Housing Executive",
            "The Northern Ireland Housing Executive should review its response to applicants awarded "
            "intimidation points because of domestic abuse, so that interim safety measures and temporary "
            "accommodation are considered while a transfer is awaited.",
        ),
        (
            "Mid-Lough Health and Social Care Trust",
            "The Mid-Lough Health and Social Care Trust should make sure that health visitors see the mother "
            "alone at least once in each developmental review and ask about domestic abuse, and should audit "
            "compliance.",
        ),
        (
            "Department of Education",
            "The Department of Education should issue guidance to schools on recording and sharing concerns "
            "about a child’s home life with the designated teacher.",
        ),
    ]
    for i, (agency, text) in enumerate(recs, 1):
        para(doc, f"Recommendation {i} – {agency}", bold=True)
        para(doc, text)
    page_break(doc)
    heading(doc, "Appendix: Glossary", 1)
    kv_table(
        doc,
        [
            ("MARAC", "Multi-Agency Risk Assessment Conference"),
            ("MLHSCT", "Mid-Lough Health and Social Care Trust"),
            ("NIHE", "Northern Ireland Housing Executive"),
            ("PBNI", "Probation Board for Northern Ireland"),
            ("PSNI", "Police Service of Northern Ireland"),
            ("DASH", "Domestic Abuse, Stalking and Harassment risk checklist"),
        ],
        widths=(4, 12),
        size=9,
    )
    save(doc, stem)


# ================================== 3. SAR, unnumbered bullet recommendations, plan as labelled blocks
def doc_pellinghurst():
    stem = "sar_unnumbered_bullet_recs_labelled_block_plan_pellinghurst"
    doc = new_doc(
        header="Pellinghurst Safeguarding Adults Board – SAR ‘Mr K’", footer_label="PSAB SAR 2023/01  |  Page"
    )
    airy(doc)
    cover(
        doc,
        [
            ("Pellinghurst Safeguarding Adults Board", 16, True),
            ("", 12, False),
            ("Safeguarding Adults Review", 22, True),
            ("‘Mr K’", 18, True),
            ("", 12, False),
            ("Self-neglect, alcohol use and fire risk", 13, False),
            ("", 12, False),
            ("Independent reviewer: Bernadette Quaile-Harrop", 12, False),
            ("Published: June 2024", 12, False),
        ],
    )
    contents(
        doc,
        [
            ("Foreword from the Independent Chair of the Board", 3),
            ("1. Why this review was held", 3),
            ("2. How the review was carried out", 3),
            ("3. About Mr K", 3),
            ("4. What happened", 4),
            ("5. Findings", 4),
            ("6. What went well", 5),
            ("7. Recommendations to the Board", 5),
            ("Appendix 1: Board response and action plan", 6),
        ],
    )
    heading(doc, "Foreword from the Independent Chair of the Board", 1)
    plain(
        doc,
        [
            "Mr K died in a fire at his flat in the winter of 2022. He had lived alone for many years and was "
            "known to several of our partner agencies. This review asks what those agencies could have done "
            "differently and what the Board must now do.",
            "I thank the practitioners who spoke openly at the learning event, and Mr K’s nephew, who helped "
            "the reviewer understand the man behind the case notes.",
            "Yvonne Petrakis, Independent Chair, Pellinghurst Safeguarding Adults Board",
        ],
    )
    heading(doc, "1. Why this review was held", 1)
    paras(
        doc,
        "1",
        [
            "Section 44 of the Care Act 2014 requires a Safeguarding Adults Board to arrange a review when an "
            "adult with care and support needs dies, abuse or neglect is suspected, and there is concern "
            "that partner agencies could have worked together more effectively.",
            "The Board’s SAR sub-group agreed in February 2023 that the criteria were met. Self-neglect is a "
            "form of abuse or neglect under the statutory guidance.",
        ],
        notes={"1.1": "1"},
    )
    footnote_line(doc, "1", "Care and support statutory guidance, chapter 14.")
    heading(doc, "2. How the review was carried out", 1)
    paras(
        doc,
        "2",
        [
            "The reviewer used a learning-together approach. Agencies supplied chronologies and short "
            "reports, and twelve practitioners attended a half-day learning event in October 2023.",
            "The review looked at the two years before Mr K’s death. The reviewer read records from the "
            "council’s adult social care and housing teams, Pellinghurst Fire and Rescue Service, the GP "
            "practice, the community alcohol service and the ambulance trust.",
            "The review asked four questions: how agencies understood Mr K’s self-neglect; whether his "
            "mental capacity was assessed when decisions were made; how fire risk was shared; and how the "
            "multi-agency self-neglect procedure was used.",
        ],
    )
    heading(doc, "3. About Mr K", 1)
    paras(
        doc,
        "3",
        [
            "Mr K was 66. He had been a printer and a keen cyclist until a back injury ended both. His nephew "
            "described a proud and private man who hated to be fussed over.",
            "He drank heavily after his wife died in 2015. His flat became cluttered and he smoked in bed. "
            "He turned down most offers of help but accepted visits from a housing officer he trusted.",
        ],
    )
    heading(doc, "4. What happened", 1)
    paras(
        doc,
        "4",
        [
            "Over the two years Mr K was referred to adult social care five times, by his housing officer, "
            "the ambulance service and his GP. Each referral was screened, a telephone call was attempted, "
            "and the case was closed when Mr K said he did not want help.",
            "The fire service carried out a home fire safety visit after a small fire in the kitchen. The "
            "crew fitted smoke alarms and recorded a very high risk, but the record was not shared with "
            "anyone else.",
            "Mr K was admitted to hospital twice with falls while intoxicated. On both occasions he discharged "
            "himself. His capacity to make that decision was not formally assessed.",
            "The community alcohol service offered appointments by letter. Mr K did not attend, and he was "
            "discharged after three missed appointments under the service’s usual rule.",
            "A self-neglect multi-agency meeting was arranged once but was cancelled because the chair was "
            "on leave. It was never rearranged.",
        ],
    )
    heading(doc, "5. Findings", 1)
    findings = [
        (
            "Finding 1: Each referral was treated as new",
            "Because each referral was screened on its own, nobody saw that concern was growing. The "
            "pattern was visible only when the reviewer put the referrals side by side.",
        ),
        (
            "Finding 2: ‘Lifestyle choice’ was accepted without testing capacity",
            "Practitioners respected Mr K’s wishes, which was right. But nobody asked whether his refusals "
            "were decisions he could make, given his drinking and the state of his home.",
        ),
        (
            "Finding 3: Fire risk was known to one agency only",
            "The fire service knew that Mr K was at very high risk. No other agency knew, and the fire service "
            "had no route for telling them.",
        ),
        (
            "Finding 4: The self-neglect procedure was not used",
            "The procedure says that a meeting must be held when risk is high and the person declines help. "
            "One meeting was arranged and none was held.",
        ),
        (
            "Finding 5: Services designed for people who attend",
            "The alcohol service’s missed-appointment rule suited people who are motivated to engage, not a "
            "man who found letters hard to face.",
        ),
    ]
    for title, text in findings:
        para(doc, title, bold=True)
        para(doc, text)
    box(
        doc,
        "Questions for practitioners\n• Have you looked at the history before closing a referral?\n"
        "• Have you asked whether the person can make this decision, not only whether they want to?\n"
        "• Who else needs to know what you have found?",
        fill="FDE9D9",
    )
    heading(doc, "6. What went well", 1)
    listed(
        doc,
        [
            "The housing officer built a trusting relationship with Mr K over several years and kept visiting.",
            "The ambulance crews made safeguarding referrals every time they attended.",
            "The fire service visit was prompt and smoke alarms were fitted the same day.",
        ],
    )
    heading(doc, "7. Recommendations to the Board", 1)
    para(doc, "The reviewer recommends that Pellinghurst Safeguarding Adults Board should:")
    listed(
        doc,
        [
            "seek assurance that adult social care looks at the history of previous referrals before a "
            "self-neglect referral is closed, and that a third referral in twelve months leads to a visit;",
            "promote training on mental capacity assessment where a person’s choices put them at serious risk, "
            "with attention to executive capacity and the effects of alcohol;",
            "agree with Pellinghurst Fire and Rescue Service a way for high-risk home fire safety visits to be "
            "shared with adult social care and the person’s GP;",
            "revise the multi-agency self-neglect procedure so that a cancelled meeting is rearranged within "
            "ten working days and the chair has a named deputy;",
            "ask the commissioners of the community alcohol service to replace automatic discharge after missed "
            "appointments with an assertive outreach approach for people who self-neglect;",
            "audit, twelve months after publication, a sample of closed self-neglect referrals to test whether "
            "practice has changed.",
        ],
    )
    para(
        doc,
        "The reviewer also hopes that agencies will use the questions for practitioners above in team meetings "
        "and supervision.",
        italic=True,
    )
    page_break(doc)
    heading(doc, "Appendix 1: Board response and action plan", 1)
    para(
        doc,
        "The Board accepted all the recommendations on 11 July 2024. The plan below is reviewed at each meeting "
        "of the SAR sub-group. Status: Complete / On track / Delayed / Not started.",
    )
    blocks = [
        (
            "Seek assurance that previous referrals are considered and that a third referral leads to a visit.",
            "Adult social care to add a history check to the front door screening tool and a rule that a third "
            "self-neglect referral within twelve months is allocated for a visit.",
            "Principal Social Worker, Pellinghurst Council",
            "December 2024",
            "Screening tool updated in September 2024. Assurance report to the Board in January 2025.",
            "On track",
        ),
        (
            "Training on mental capacity where choices put a person at serious risk.",
            "Commission a multi-agency course on capacity and self-neglect, including executive capacity and "
            "alcohol.",
            "Board Learning and Development Group",
            "31 March 2025",
            "Course commissioned; two dates booked for February 2025.",
            "On track",
        ),
        (
            "Sharing high-risk home fire safety visits with adult social care and the GP.",
            "Agree an information sharing protocol with the fire service for very high risk visits.",
            "Head of Prevention, Pellinghurst Fire and Rescue Service",
            "September 2024",
            "Protocol signed on 2 September 2024 and in use.",
            "Complete",
        ),
        (
            "Sharing high-risk home fire safety visits with adult social care and the GP.",
            "Add the fire service’s referral route to the GP practices’ safeguarding guidance.",
            "Designated Nurse, Pellinghurst ICB",
            "December 2024",
            "Waiting for the ICB guidance refresh, now due in spring 2025.",
            "Delayed",
        ),
        (
            "Revise the self-neglect procedure: rearrange cancelled meetings; named deputy chair.",
            "Redraft the multi-agency self-neglect procedure and consult partners.",
            "Board Policy and Procedures Group",
            "January 2025",
            "Draft out for consultation until 30 November 2024.",
            "On track",
        ),
        (
            "Replace automatic discharge after missed appointments with assertive outreach.",
            "Public health commissioners to vary the community alcohol service contract.",
            "Director of Public Health, Pellinghurst Council",
            "April 2025",
            "Discussion at contract review deferred to the next financial year.",
            "Not started",
        ),
        (
            "Audit a sample of closed self-neglect referrals twelve months after publication.",
            "Multi-agency audit of twenty closed self-neglect referrals.",
            "Board Quality Assurance Group",
            "June 2025",
            "Audit tool to be designed in spring 2025.",
            "Not started",
        ),
    ]
    for rec, action, lead, when, progress, status in blocks:
        labelled(doc, "Recommendation:", rec)
        labelled(doc, "Action:", action)
        labelled(doc, "Lead:", lead)
        labelled(doc, "Timescale:", when)
        labelled(doc, "Progress:", progress)
        labelled(doc, "Status:", status)
        para(doc, "")
    save(doc, stem)


# =========================================================== 4. standalone spreadsheet-style tracker
def doc_brackmoor():
    stem = "dhr_standalone_progress_tracker_sheets_brackmoor"
    doc = new_doc(
        landscape=True,
        header="BCSP DHR Action Tracker – DHR 2021-03 ‘Kerry’ – OFFICIAL SENSITIVE",
        footer_label="Tracker printed 03/02/2025   Page",
        size=10,
    )
    airy(doc, spacing=1.15, after=4)
    para(doc, "Brackmoor Community Safety Partnership", bold=True, size=14)
    para(doc, "Domestic Homicide Review Action Plan Tracker", bold=True, size=18)
    para(doc, "Sheet 1: Front sheet", bold=True, size=11)
    kv_table(
        doc,
        [
            ("DHR reference", "BCSP DHR 2021-03"),
            ("Victim (pseudonym)", "Kerry, aged 46"),
            ("Date of death", "17 October 2021"),
            ("Overview report approved by Partnership", "12 September 2023"),
            ("Home Office quality assurance panel", "Approved 20 December 2023"),
            ("Published", "8 February 2024"),
            ("Tracker owner", "Domestic Abuse Partnership Coordinator, Brackmoor Borough Council"),
            ("Reporting cycle", "Quarterly to the DHR Standing Panel; six-monthly to the Partnership"),
            ("Position at", "31 January 2025"),
        ],
        widths=(7, 17),
        size=10,
    )
    para(doc, "Notes for agencies updating this tracker", bold=True)
    listed(
        doc,
        [
            "Update only the Progress update, Evidence and RAG columns for your own actions.",
            "Do not change the wording of a recommendation; it is taken from the published overview report.",
            "An action may be closed only when the DHR Standing Panel has seen the evidence listed.",
            "Send the updated sheet to the Coordinator by the 15th of the month before the Panel meets.",
        ],
    )
    para(doc, "RAG key", bold=True)
    w = [2.5, 5.0, 12.0]
    t = make_table(doc, ["RAG", "Meaning", "When to use"], w, size=9)
    for word, meaning, use in [
        ("Blue", "Complete", "All steps done and evidence seen by the Panel."),
        ("Green", "On track", "Started and expected to finish by the due date."),
        ("Amber", "At risk", "Started but the due date may be missed; explain in the update."),
        ("Red", "Not started", "Not begun, whether or not the due date has passed."),
    ]:
        add_row(t, (word, meaning, use), w, size=9, fills={0: RAG[word]})
    page_break(doc)

    para(doc, "Sheet 2: Summary", bold=True, size=11)
    w = [8.0, 2.5, 2.5, 2.5, 2.5, 2.5, 3.0]
    t = make_table(doc, ["Agency", "Actions", "Blue", "Green", "Amber", "Red", "Closed"], w, size=9)
    for r in [
        ("Brackmoor Community Safety Partnership", "4", "1", "2", "0", "1", "1"),
        ("Brackmoor Police", "3", "1", "1", "1", "0", "1"),
        ("Brackmoor Borough Council Housing", "1", "0", "0", "1", "0", "0"),
        ("Brackmoor and Weald ICB", "2", "1", "1", "0", "0", "1"),
        ("Brackmoor Hospitals NHS Trust", "1", "1", "0", "0", "0", "1"),
        ("Brackmoor Recovery Service", "2", "0", "1", "0", "1", "0"),
        ("Total", "13", "4", "5", "2", "2", "4"),
    ]:
        add_row(t, r, w, size=9, bold_cols=(0,) if r[0] == "Total" else ())
    doc.add_paragraph()
    para(
        doc,
        "Counts are generated from Sheet 3. Four actions are closed; nine remain open at 31 January 2025.",
        size=9,
    )
    page_break(doc)

    para(doc, "Sheet 3: Tracker", bold=True, size=11)
    w = [1.2, 1.5, 1.2, 4.6, 2.6, 4.0, 2.5, 1.9, 4.2, 2.4, 1.2]
    t = make_table(
        doc,
        [
            "Ref",
            "RAG",
            "Rec No.",
            "Recommendation",
            "Agency",
            "Action",
            "Owner",
            "Due date",
            "Progress update (Jan 2025)",
            "Evidence",
            "Closed (Y/N)",
        ],
        w,
        size=8,
    )

    def section_row(text):
        row = t.add_row()
        c = row.cells[0].merge(row.cells[-1])
        c.text = text
        c.paragraphs[0].runs[0].bold = True
        c.paragraphs[0].runs[0].font.size = Pt(8)
        shade(c, "DDEBF7")

    section_row("Overview report recommendations")
    rows = [
        (
            "1.1",
            "Blue",
            "1",
            "Brackmoor Community Safety Partnership should provide domestic abuse awareness training for staff "
            "in council services that meet the public, including housing, council tax, libraries and leisure.",
            "Brackmoor Community Safety Partnership",
            "Design a one-hour e-learning module for front-line council staff.",
            "DA Partnership Coordinator",
            "30/06/2024",
            "Module live on the council learning platform since May 2024.",
            "Module screenshot",
            "Y",
        ),
        (
            "1.2",
            "Green",
            "",
            "",
            "Brackmoor Community Safety Partnership",
            "Make the module mandatory for the named services and report completion rates.",
            "Head of HR, Brackmoor Borough Council",
            "31/03/2025",
            "Made mandatory from September 2024; completion 61% at January.",
            "HR completion report",
            "N",
        ),
        (
            "2.1",
            "Green",
            "2",
            "The Partnership should review the MARAC referral pathway for health services so that midwives, "
            "GPs and hospital staff can refer directly and receive feedback on the outcome.",
            "Brackmoor Community Safety Partnership",
            "MARAC steering group to redesign the health referral route and feedback letter.",
            "MARAC Chair",
            "30-Jun-25",
            "Task and finish group met twice; draft pathway circulated.",
            "Draft pathway",
            "N",
        ),
        (
            "3.1",
            "Amber",
            "3",
            "Brackmoor Police and the Partnership should run a campaign to make residents aware of the Domestic "
            "Violence Disclosure Scheme and of how friends and family can ask for a disclosure.",
            "Brackmoor Police",
            "Produce campaign materials with survivors’ input.",
            "Chief Inspector, Safeguarding",
            "Sep-24",
            "Materials produced; launch moved to coincide with the 16 Days of Action.",
            "Campaign pack",
            "N",
        ),
        (
            "3.2",
            "Blue",
            "",
            "",
            "Brackmoor Police",
            "Evaluate the number of ‘right to ask’ applications before and after the campaign.",
            "Performance Analyst, Brackmoor Police",
            "31/01/2025",
            "Applications rose from 14 to 39 in the quarter after launch.",
            "Evaluation note",
            "Y",
        ),
        (
            "4.1",
            "Amber",
            "4",
            "Brackmoor Borough Council Housing should adopt a policy on joint tenancies where one tenant is "
            "a victim of domestic abuse, so that the victim can stay in the home and the perpetrator can be "
            "removed from the tenancy.",
            "Brackmoor Borough Council Housing",
            "Draft and consult on a joint tenancy and domestic abuse policy.",
            "Tenancy Services Manager",
            "31/12/2024",
            "Legal advice delayed the draft; now expected March 2025.",
            "None yet",
            "N",
        ),
        (
            "5.1",
            "Blue",
            "5",
            "Brackmoor and Weald ICB should ensure that GP practices ask about domestic abuse when a patient "
            "presents with anxiety, low mood or stress linked to their relationship.",
            "Brackmoor and Weald ICB",
            "Add a routine enquiry prompt to the practice template for anxiety and low mood consultations.",
            "Designated Nurse, Safeguarding Adults",
            "31/07/2024",
            "Prompt added to the clinical template in all 31 practices.",
            "Template audit",
            "Y",
        ),
        (
            "5.2",
            "Green",
            "",
            "",
            "Brackmoor and Weald ICB",
            "Audit a sample of consultations in six practices for use of the prompt.",
            "Named GP, Safeguarding",
            "Q1 2025/26",
            "Audit sample agreed; data to be pulled in April.",
            "Audit plan",
            "N",
        ),
        (
            "6.1",
            "Red",
            "6",
            "The Partnership should write to the Home Office asking that the statutory guidance for the "
            "Domestic Violence Disclosure Scheme sets a national time limit for disclosures.",
            "Brackmoor Community Safety Partnership",
            "Partnership Chair to write to the Home Office.",
            "Partnership Chair",
            "Ongoing",
            "Not yet sent; awaiting the new Chair’s appointment.",
            "",
            "N",
        ),
    ]
    for r in rows:
        add_row(t, r, w, size=8, fills={1: RAG[r[1]]})
    section_row("Single agency recommendations")
    rows = [
        (
            "P1.1",
            "Green",
            "P1",
            "Brackmoor Police should require supervisors to check, before a domestic abuse incident is "
            "closed, that the risk assessment was completed with the victim and that any refusal to answer "
            "is recorded.",
            "Brackmoor Police",
            "Add a supervisor check to the incident closure workflow.",
            "Detective Superintendent, Public Protection",
            "31/03/2025",
            "Workflow change approved; goes live with the system upgrade in March.",
            "Change request",
            "N",
        ),
        (
            "H1.1",
            "Blue",
            "H1",
            "Brackmoor Hospitals NHS Trust should record the name and relationship of anyone who accompanies "
            "an adult patient to the emergency department.",
            "Brackmoor Hospitals NHS Trust",
            "Add a mandatory ‘accompanied by’ field to the emergency department record.",
            "Head of Safeguarding",
            "Apr-24",
            "Field live since April 2024; 93% completion at audit.",
            "Audit report",
            "Y",
        ),
        (
            "A1.1",
            "Green",
            "A1",
            "Brackmoor Recovery Service should ask every person assessed for alcohol treatment about domestic "
            "abuse, as a victim or as someone who causes harm, and record the answer.",
            "Brackmoor Recovery Service",
            "Add domestic abuse questions to the comprehensive assessment form.",
            "Clinical Lead",
            "28/02/2025",
            "Form revised and with the provider’s governance group.",
            "Draft form",
            "N",
        ),
        (
            "A1.2",
            "Red",
            "",
            "",
            "Brackmoor Recovery Service",
            "Train keyworkers in asking about domestic abuse and in referring to the IDVA service.",
            "Service Manager",
            "30-Jun-25",
            "Not started; depends on A1.1.",
            "",
            "N",
        ),
    ]
    for r in rows:
        add_row(t, r, w, size=8, fills={1: RAG[r[1]]})

    # the next sheet starts a new page without an empty paragraph spilling onto a blank one
    para(doc, "Sheet 4: Change log", bold=True, size=11).paragraph_format.page_break_before = True
    w = [3.0, 5.5, 15.0]
    table(
        doc,
        ["Date", "Changed by", "Change"],
        w,
        [
            (
                "08/02/2024",
                "DA Partnership Coordinator",
                "Tracker created from the published overview report.",
            ),
            ("14/05/2024", "DA Partnership Coordinator", "Quarter 1 updates added; 1.1 closed by the Panel."),
            ("19/08/2024", "Head of Safeguarding, BHNT", "H1.1 marked Blue with audit attached."),
            ("11/11/2024", "DA Partnership Coordinator", "Quarter 3 updates; due date for 4.1 moved."),
            ("03/02/2025", "DA Partnership Coordinator", "January position; 3.2 and 5.1 closed."),
        ],
    )
    page_break(doc)
    para(doc, "Sheet 5: Lookups (hidden in the workbook, printed for reference)", bold=True, size=11)
    table(
        doc,
        ["List", "Values", "Used in"],
        [4.0, 12.0, 7.5],
        [
            ("RAG", "Blue; Green; Amber; Red", "Sheet 3, RAG"),
            ("Closed", "Y; N", "Sheet 3, Closed (Y/N)"),
            ("Agencies", "Partnership; Police; Housing; ICB; Hospitals; Recovery Service", "Sheet 3, Agency"),
        ],
    )
    save(doc, stem)


# ================================ 5. DHR, recommendations restated in summary, conclusions and plan
def doc_saltharrow():
    stem = "dhr_recs_restated_summary_conclusions_plan_agency_chronology_saltharrow"
    doc = new_doc(
        header="Saltharrow Safer Communities Partnership – DHR ‘Leanne’ – Final",
        footer_label="SSCP DHR 05 – page",
        font="Calibri",
        size=11,
    )
    airy(doc)
    cover(
        doc,
        [
            ("Saltharrow Safer Communities Partnership", 16, True),
            ("", 12, False),
            ("Domestic Homicide Review", 22, True),
            ("Executive Summary and Overview Report", 14, True),
            ("", 12, False),
            ("‘Leanne’", 18, True),
            ("Died January 2022", 12, False),
            ("", 12, False),
            ("SSCP DHR 05", 12, True),
            ("Independent Chair and Author: Marcus Ellingworth", 12, False),
            ("Date of report: 21 November 2023", 12, False),
        ],
    )
    contents(
        doc,
        [
            ("Executive summary", 3),
            ("Summary of recommendations", 3),
            ("1. Introduction", 4),
            ("2. Terms of reference and method", 4),
            ("3. Leanne", 4),
            ("4. Summary of agency contact", 4),
            ("5. Analysis", 6),
            ("6. Conclusions", 6),
            ("7. Recommendations", 8),
            ("Appendix A: Action plan", 9),
        ],
    )
    heading(doc, "Executive summary", 1)
    plain(
        doc,
        [
            "Leanne was 29 when she was killed by her partner Ryan at their flat in Saltharrow in January 2022. "
            "Their daughter was six months old. Ryan was convicted of murder and sentenced to life imprisonment "
            "with a minimum term of 21 years.",
            "Leanne had reported abuse to the police twice before her pregnancy, and she was known to maternity "
            "services, her GP, children’s social care and the local IDVA service. Each agency knew something of "
            "the risk Ryan posed; none knew all of it.",
            "The review found that Leanne was seldom seen without Ryan during her pregnancy, that the pre-birth "
            "assessment did not look at Ryan’s past, and that the withdrawal of Leanne’s statement in 2020 ended "
            "the criminal case without any consideration of other evidence.",
        ],
    )
    heading(doc, "Summary of recommendations", 2)
    for i, text in enumerate(
        [
            "Midwives to see women alone and refer directly to MARAC.",
            "Evidence-led prosecution considered when a victim withdraws.",
            "Pre-birth assessments to include the father’s history.",
            "A hospital-based IDVA for maternity and the emergency department.",
            "Assurance from the Probation Service on domestic abuse checks before sentence.",
        ],
        1,
    ):
        para(doc, f"Recommendation {i} – {text}")
    page_break(doc)
    heading(doc, "1. Introduction", 1)
    paras(
        doc,
        "1",
        [
            "This overview report sets out the contact agencies had with Leanne and Ryan between January 2019 "
            "and Leanne’s death. It follows the executive summary above and gives the full analysis.",
            "The Partnership decided to hold a review on 3 March 2022. The Home Office was informed the same "
            "week. The review was paused during the criminal trial and resumed in February 2023.",
            "Leanne’s mother and brother took part in the review. They asked that Leanne be remembered as a "
            "devoted mother who had started training as a nail technician and planned to open her own salon.",
        ],
        notes={"1.2": "1"},
    )
    footnote_line(doc, "1", "The Home Office guidance allows a review to be paused for criminal proceedings.")
    heading(doc, "2. Terms of reference and method", 1)
    paras(
        doc,
        "2",
        [
            "The panel examined how agencies identified and assessed risk during Leanne’s pregnancy and after "
            "her daughter’s birth; how information about Ryan’s history was shared; and whether Leanne was "
            "offered specialist support she could use.",
            "Agencies supplied Individual Management Reviews: Saltmoor Police, Saltharrow University Hospitals "
            "NHS Trust, Harrow Lane Medical Practice, Saltharrow Council Children’s Social Care, Safe Harbour "
            "Saltharrow (IDVA service) and the Probation Service.",
        ],
    )
    heading(doc, "3. Leanne", 1)
    paras(
        doc,
        "3",
        [
            "Leanne grew up in Saltharrow and had a close family. She met Ryan in 2018. Her mother noticed that "
            "Leanne stopped seeing friends and that Ryan answered her phone.",
            "Ryan had a conviction for assaulting a former partner in 2016 and had been supervised by the "
            "Probation Service. Leanne’s family did not know this until after her death.",
        ],
    )
    heading(doc, "4. Summary of agency contact", 1)
    para(
        doc,
        "The contact each agency had is summarised below, agency by agency. Dates therefore do not run in one "
        "sequence across the section.",
    )
    heading(doc, "Saltmoor Police", 2)
    paras(
        doc,
        "4",
        [
            "On 14 June 2019 police were called by a neighbour who heard Leanne screaming. Ryan had left. Leanne "
            "had a cut lip and said she had fallen. A DASH risk assessment was graded medium.",
            "On 2 February 2020 Leanne reported that Ryan had strangled her during an argument. Ryan was "
            "arrested and charged. The case was referred to MARAC as high risk.",
            "On 27 March 2020 Leanne withdrew her statement. The prosecution was discontinued. The file does "
            "not show that any other evidence, such as the body-worn video, was considered.",
            "In late August 2021 a neighbour reported a man shouting and a baby crying. Officers attended and "
            "found no one at home. The log was closed without a further visit.",
        ],
    )
    heading(doc, "Safe Harbour Saltharrow (IDVA service)", 2)
    paras(
        doc,
        "4",
        [
            "On 4 February 2020 an IDVA contacted Leanne after the MARAC referral. Leanne agreed to a safety "
            "plan but declined a refuge place. After she withdrew her statement she stopped answering calls, "
            "and the case was closed in May 2020.",
        ],
        start=5,
    )
    heading(doc, "Harrow Lane Medical Practice", 2)
    paras(
        doc,
        "4",
        [
            "In October 2020 Leanne told her GP that she was stressed and not sleeping. She was prescribed "
            "medication. The MARAC notification from February was on her record but was not referred to.",
        ],
        start=6,
    )
    heading(doc, "Saltharrow University Hospitals NHS Trust (maternity)", 2)
    paras(
        doc,
        "4",
        [
            "On 9 January 2021 Leanne booked with the community midwife. Ryan was present. The routine question "
            "about domestic abuse was marked ‘not asked – partner present’.",
            "On 3 March 2021 at the 20-week scan Leanne had bruising on her forearm, which she said came from "
            "a door. Ryan was again present. The sonographer told the midwife, who planned to ask at the next "
            "appointment.",
            "On 22 July 2021 Leanne gave birth to her daughter. A ward midwife noted that Ryan would not let "
            "Leanne hold the baby during the night. This was recorded but not shared.",
        ],
        start=7,
    )
    heading(doc, "Saltharrow Council Children’s Social Care", 2)
    paras(
        doc,
        "4",
        [
            "On 15 February 2021 a pre-birth assessment began after the midwife’s referral about the 2020 "
            "MARAC. The social worker spoke to Leanne and Ryan together at home.",
            "On 30 April 2021 the assessment closed with advice and information. Ryan’s 2016 conviction was not "
            "known to the social worker, who had not asked the police for his history.",
        ],
        start=10,
    )
    heading(doc, "5. Analysis", 1)
    paras(
        doc,
        "5",
        [
            "Seen alone. Leanne was seen without Ryan only once in her pregnancy, and that was before the "
            "bruising was noticed. The routine question was never asked. Midwives told the panel that partners "
            "often insist on staying and that there was no easy way to separate them.",
            "Withdrawal. Leanne’s withdrawal in March 2020 was treated as the end of the matter. The panel "
            "heard that evidence-led prosecution was rarely considered in Saltharrow at the time.",
            "Ryan’s history. Three agencies could have found Ryan’s 2016 conviction. The pre-birth assessment was "
            "the point at which it mattered most, and it was not sought.",
            "Specialist support. The IDVA service worked by telephone from a central office. Leanne never "
            "answered a withheld number once Ryan was home. A worker based in the hospital might have reached "
            "her on the maternity ward.",
        ],
    )
    box(
        doc,
        "Learning\nA partner who is always present is not, on its own, evidence of care. Practitioners need a "
        "reliable way to see the woman alone, and permission to insist on it.",
    )
    heading(doc, "6. Conclusions", 1)
    paras(
        doc,
        "6",
        [
            "Leanne’s death was not predictable from any one contact, but the risk Ryan posed was knowable. The "
            "panel draws the following conclusions.",
            "Leanne needed to be seen on her own during pregnancy, and a midwife needed to be able to refer her "
            "straight to MARAC when risk was high (Recommendation 1).",
            "When Leanne withdrew, the police should have looked at whether the case could go ahead on other "
            "evidence (Recommendation 2).",
            "The pre-birth assessment should have asked who the baby’s father was and what his past held "
            "(Recommendation 3).",
            "Support placed where Leanne already was, on the maternity ward, might have reached her "
            "(Recommendation 4).",
            "The Partnership needs to know that probation officers check with police and children’s services "
            "before they write about a domestic abuse case for the court (Recommendation 5).",
        ],
    )
    page_break(doc)
    heading(doc, "7. Recommendations", 1)
    for i, (agency, text) in enumerate(
        [
            (
                "Saltharrow University Hospitals NHS Trust",
                "Saltharrow University Hospitals NHS Trust should ensure that every pregnant woman is seen "
                "alone at booking and at least once in each trimester, is asked about domestic abuse when "
                "alone, and that midwives can refer directly to MARAC when the risk is high.",
            ),
            (
                "Saltmoor Police",
                "Saltmoor Police should ensure that when a victim of domestic abuse withdraws support for a "
                "prosecution, an evidence-led prosecution is considered with the Crown Prosecution Service and "
                "the reasons for the decision are recorded.",
            ),
            (
                "Saltharrow Council Children’s Social Care",
                "Saltharrow Council Children’s Social Care should ensure that every pre-birth assessment "
                "identifies the father, requests his history from the police and the Probation Service, and "
                "includes at least one conversation with the mother alone.",
            ),
            (
                "Saltharrow Safer Communities Partnership",
                "Saltharrow Safer Communities Partnership should commission a hospital-based IDVA service "
                "covering the maternity unit and the emergency department.",
            ),
            (
                "Saltharrow Safer Communities Partnership",
                "Saltharrow Safer Communities Partnership should seek assurance from the Probation Service that "
                "domestic abuse enquiries with the police and children’s services are made before any "
                "pre-sentence report on a domestic abuse offence.",
            ),
        ],
        1,
    ):
        para(doc, f"Recommendation {i}", bold=True)
        para(doc, text)
        para(doc, f"Agency: {agency}", italic=True)

    landscape_section(doc)
    heading(doc, "Appendix A: Action plan", 1)
    table(
        doc,
        ["Recommendation", "Key action", "Lead", "Target date", "Status", "Comments"],
        [4.5, 6.0, 4.0, 2.6, 2.8, 5.5],
        [
            (
                "1. Midwives to see women alone; direct MARAC referral",
                "Introduce a ‘seen alone’ standard at booking and each trimester, with a prompt in the maternity "
                "record.",
                "Head of Midwifery",
                "March 2024",
                "Complete",
                "Prompt live in the electronic record from February 2024.",
            ),
            (
                "1. Midwives to see women alone; direct MARAC referral",
                "Agree with the MARAC Chair that midwives refer directly, without going through the "
                "safeguarding team.",
                "Named Midwife for Safeguarding",
                "31/12/2024",
                "In progress",
                "Referral form agreed; training for midwives booked.",
            ),
            (
                "2. Evidence-led prosecution when a victim withdraws",
                "Issue a force instruction and add a decision field to the case file.",
                "Detective Chief Inspector, Safeguarding",
                "Q2 2024/25",
                "Partially complete",
                "Instruction issued; case-file field awaits the IT release.",
            ),
            (
                "3. Father’s history in pre-birth assessments",
                "Revise the pre-birth assessment procedure and checklist.",
                "Service Manager, Children’s Social Care",
                "June 2024",
                "Complete",
                "Audit in September found the father identified in 18 of 20 assessments.",
            ),
            (
                "4. Hospital-based IDVA",
                "Fund a hospital IDVA post for two years and evaluate it.",
                "Community Safety Manager",
                "April 2025",
                "Not started",
                "Funding bid submitted to the Police and Crime Commissioner.",
            ),
            (
                "5. Probation checks before sentence",
                "Partnership to request and review assurance from the Probation Service.",
                "Partnership Chair",
                "December 2024",
                "In progress",
                "Letter sent; reply expected after the Probation Service’s internal audit.",
            ),
        ],
    )
    save(doc, stem)


def main():
    doc_corrowby()
    doc_carnmoy()
    doc_pellinghurst()
    doc_brackmoor()
    doc_saltharrow()


if __name__ == "__main__":
    main()
