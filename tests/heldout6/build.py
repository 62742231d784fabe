"""Build the heldout6 blind documents as Word files (python-docx).

Run once:  python tests/heldout6/build.py
Then convert each .docx with LibreOffice and extract text with pdftotext (see README.md).
All people, places, local agency names and wording are fictional and the author's own.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/: docx_build, the helpers every blind set's build shares

from docx_build import (
    add_row,
    box,
    docx_saver,
    full_row,
    heading,
    landscape_section,
    make_table,
    merge_down,
    new_doc,
    numbered,
    page_break,
    para,
    set_text,
    set_widths,
    shade,
)

# An optional folder argument writes the .docx files there (a scratch copy to compare with the committed ones).
save = docx_saver(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)


# ===================================================== 1. DHR overview, prose recommendations
def doc_ashcombe():
    stem = "dhr_prose_recs_agency_narrative_ashcombe"
    doc = new_doc(header="OFFICIAL – Ashcombe DHR – Final version for publication")
    para(doc, "Ashcombe Safer Communities Partnership", bold=True, size=16, align="center")
    para(doc, "")
    para(doc, "DOMESTIC HOMICIDE REVIEW", bold=True, size=20, align="center")
    para(doc, "Overview Report", size=16, align="center")
    para(doc, "")
    para(doc, "into the death of Lorna", size=14, align="center")
    para(doc, "who died in February 2021", size=12, align="center")
    para(doc, "")
    t = doc.add_table(rows=0, cols=2)
    for k, v in [
        ("Independent Chair and Author", "Gwen Trelawny MA"),
        ("Review reference", "ASCP/DHR/2021/02"),
        ("Report completed", "9 January 2023"),
        ("Home Office Quality Assurance Panel", "Approved for publication June 2023"),
    ]:
        row = t.add_row()
        set_text(row.cells[0], k, bold=True, size=10)
        set_text(row.cells[1], v, size=10)
    set_widths(t, [7, 9])
    page_break(doc)

    heading(doc, "Contents", 1)
    for line in [
        "1. Introduction",
        "2. Timescales and process",
        "3. Summary of agency contact",
        "4. Analysis",
        "5. Lessons learned",
        "6. Conclusions",
        "7. Recommendations",
    ]:
        para(doc, line)
    page_break(doc)

    heading(doc, "1. Introduction", 1)
    numbered(
        doc,
        "1.1",
        "This report looks at how agencies in Ashcombe responded to Lorna, a 46-year-old woman who was "
        "killed by her husband, Graham, at their home on 14 February 2021. Both names are pseudonyms that "
        "Lorna's sister chose for the review.",
    )
    numbered(
        doc,
        "1.2",
        "Graham pleaded guilty to Lorna's murder at Kingsbridge Crown Court and was sentenced to life "
        "imprisonment with a minimum term of nineteen years. The couple had been married for twenty-two "
        "years and had no children together.",
    )
    numbered(
        doc,
        "1.3",
        "The panel offers its sincere condolences to Lorna's family and to her colleagues at the garden "
        "centre where she worked for eleven years, several of whom spoke to the chair.",
    )
    heading(doc, "2. Timescales and process", 1)
    numbered(
        doc,
        "2.1",
        "Ashcombe Police notified the Partnership of the death on 16 February 2021. The Partnership decided "
        "to hold a review on 2 April 2021 and told the Home Office on 9 April 2021. The panel met six times "
        "between May 2021 and October 2022; the review was paused during the criminal trial.",
    )
    numbered(
        doc,
        "2.2",
        "Agencies were asked for information about their contact with Lorna and Graham from 1 January 2017 "
        "to the date of the homicide. Four agencies wrote Individual Management Reviews and three gave "
        "short reports.",
    )

    heading(doc, "3. Summary of agency contact", 1)
    numbered(
        doc,
        "3.1",
        "This section sets out what each agency knew, agency by agency. The panel's view of what this "
        "contact means is given in Section 4.",
    )
    heading(doc, "Ashcombe Police", 2)
    numbered(
        doc,
        "3.2",
        "Police first had contact with the couple in the early hours of 22 June 2017, when a neighbour "
        "reported shouting and a door being slammed repeatedly. Officers spoke to both of them on the "
        "doorstep; each said there had been an argument about money and no offence was recorded.",
    )
    numbered(
        doc,
        "3.3",
        "There were no further calls until 5 August 2019, when Lorna rang 999 from a supermarket car park "
        "and whispered that her husband had taken her car keys and would not let her leave. The call "
        "handler recorded that the caller was 'difficult to hear' and graded the call for attendance "
        "within an hour.",
    )
    numbered(
        doc,
        "3.4",
        "Officers arrested Graham the following morning on suspicion of assault after Lorna showed them "
        "bruising to her arm. He was released under investigation on 7 August 2019 and the case was "
        "closed in October 2019 when Lorna said she did not support a prosecution. A DASH risk "
        "assessment graded the risk as standard.",
    )
    numbered(
        doc,
        "3.5",
        "At 21:40 on 30 December 2020 Lorna called the force control room and asked how to get advice "
        "'about a friend' whose husband checked her telephone. She was given the number of the national "
        "helpline. No record was made that linked this call to the 2019 incident.",
    )
    heading(doc, "Millbrook Surgery (GP practice)", 2)
    numbered(
        doc,
        "3.6",
        "Lorna saw her GP about low mood and poor sleep in March 2018. The GP prescribed an "
        "antidepressant and suggested she refer herself to talking therapies, which she did not do.",
    )
    numbered(
        doc,
        "3.7",
        "During a telephone review with the practice nurse on 11 May 2020, in the first national lockdown, "
        "Lorna said she was 'walking on eggshells at home'. The nurse noted this and advised her to book a "
        "GP appointment; there was no direct question about abuse.",
    )
    heading(doc, "Ashcombe Borough Council – Housing", 2)
    numbered(
        doc,
        "3.8",
        "Housing officers visited the flat twice in the autumn of 2019 about a leak from the flat above. "
        "Graham answered the door on both occasions and the officers did not see Lorna.",
    )
    numbered(
        doc,
        "3.9",
        "A tenancy audit booked for 14 January 2021 did not take place because no one answered the door. "
        "A card was left and the audit was rebooked for March.",
    )
    heading(doc, "Kestrel Women's Aid", 2)
    numbered(
        doc,
        "3.10",
        "The service received the police referral after the August 2019 incident and an outreach worker "
        "first telephoned Lorna on 12 August 2019. The call was not answered. A second attempt was made "
        "two days later and the case was then closed as 'unable to engage'.",
    )

    heading(doc, "4. Analysis", 1)
    numbered(
        doc,
        "4.1",
        "The panel considered whether the call of 5 August 2019 was handled in a way that allowed Lorna to "
        "say what was happening. A caller who whispers from a public place may be unable to speak freely; "
        "the call handler's note suggests the significance of this was missed.",
    )
    numbered(
        doc,
        "4.2",
        "The closure of the specialist service's case after two unanswered calls reflected the service's "
        "written procedure at the time. The panel heard that the procedure has since changed, but it was "
        "not yet clear that the change was understood by all outreach staff.",
    )
    numbered(
        doc,
        "4.3",
        "Lorna's presentations to primary care with low mood and poor sleep were an opportunity to ask "
        "about her relationship. Her remark to the practice nurse in May 2020 was a further opportunity.",
    )
    numbered(
        doc,
        "4.4",
        "Lorna's employer knew more about her situation than any agency. Her manager had noticed that "
        "Graham collected her from every shift and that she was not allowed to attend staff social "
        "events. The manager told the chair that she did not know where to turn.",
    )

    heading(doc, "5. Lessons learned", 1)
    para(
        doc,
        "The panel identified the following lessons. They are not recommendations; the recommendations "
        "in Section 7 set out what should change.",
    )
    box(
        doc,
        "Lesson 1\nA victim who calls the police in a whisper, or who asks for advice 'for a friend', may be "
        "testing whether it is safe to tell. Staff should treat such calls as possible disclosures.",
    )
    box(
        doc,
        "Lesson 2\nWhen a perpetrator always answers the door, practitioners should look for another way to "
        "see the victim alone.",
    )
    box(
        doc,
        "Lesson 3\nColleagues and managers are often the people who see the signs of coercive control "
        "first, and they need to know what to do.",
    )

    heading(doc, "6. Conclusions", 1)
    numbered(
        doc,
        "6.1",
        "The panel does not find that Lorna's death could have been predicted. It does find that there "
        "were several points at which agencies might have learned more about her situation had they "
        "asked, and that the people closest to her day to day had nowhere to take their worries.",
    )

    heading(doc, "7. Recommendations", 1)
    numbered(
        doc,
        "7.1",
        "The panel makes six recommendations. They are set out below in the order in which the issues "
        "arose in the analysis, and the action plan at Appendix B shows how each will be put into effect.",
    )
    numbered(
        doc,
        "7.2",
        "The first concerns the call of August 2019. Ashcombe Police should review how call handlers "
        "record and grade a call in which the caller is in a public place and cannot speak freely, and "
        "should brief all control room staff on the outcome of that review (Recommendation 1).",
    )
    numbered(
        doc,
        "7.3",
        "The specialist service's procedure has changed since 2019, but the panel wants to be sure the "
        "change has taken hold. The Partnership should seek assurance from Kestrel Women's Aid that, when "
        "a victim does not answer after a police referral, at least three further attempts at contact are "
        "made on different days and at different times before the case is closed (Recommendation 2).",
    )
    numbered(
        doc,
        "7.4",
        "It is striking that neither the GP nor the practice nurse asked Lorna directly about her "
        "relationship. NHS Ashcombe Integrated Care Board should ask every GP practice in the borough to "
        "show that clinicians routinely ask about domestic abuse when a patient presents with low mood or "
        "disturbed sleep, and should audit this once a year (Recommendation 3).",
    )
    numbered(
        doc,
        "7.5",
        "Ashcombe Borough Council should make sure that housing officers who are unable to see a tenant "
        "at a planned visit record the reason and consider whether the missed visit raises a "
        "safeguarding concern (Recommendation 4).",
    )
    numbered(
        doc,
        "7.6",
        "The Home Office should consider whether the statutory guidance for these reviews should say more "
        "about involving victims' employers and colleagues, who in this case knew more than any agency "
        "(Recommendation 5).",
    )
    numbered(
        doc,
        "7.7",
        "Finally, the Partnership should run a campaign with local employers so that managers know how "
        "to respond when an employee discloses abuse and where to refer them for specialist help "
        "(Recommendation 6).",
    )
    numbered(
        doc,
        "7.8",
        "The panel thanks everyone who contributed to the review, and above all Lorna's sister.",
    )
    save(doc, stem)


# ===================================================== 2. Welsh bilingual executive summary
def doc_cwmarian():
    stem = "dhr_welsh_bilingual_agency_refs_cwmarian"
    doc = new_doc(header="Cwm Arian DHR 03 – Crynodeb Gweithredol / Executive Summary")
    para(doc, "Partneriaeth Diogelwch Cymunedol Cwm Arian", bold=True, size=13, align="center")
    para(doc, "Cwm Arian Community Safety Partnership", bold=True, size=13, align="center")
    para(doc, "")
    para(doc, "Adolygiad Dynladdiad Domestig", size=18, align="center")
    para(doc, "Domestic Homicide Review", size=18, align="center")
    para(doc, "")
    para(doc, "Crynodeb Gweithredol", bold=True, size=15, align="center")
    para(doc, "Executive Summary", bold=True, size=15, align="center")
    para(doc, "")
    para(doc, "Adolygiad i farwolaeth ‘Eirlys’", size=13, align="center")
    para(doc, "A review into the death of ‘Eirlys’", size=13, align="center")
    para(doc, "")
    para(doc, "Cyfeirnod / Reference: CA DHR 03", size=11, align="center")
    para(doc, "Awdur Annibynnol / Independent Author: Huw Bevan-Rees", size=11, align="center")
    para(doc, "Gorffennaf 2022 / July 2022", size=11, align="center")
    page_break(doc)

    heading(doc, "1. Cyflwyniad / Introduction", 1)
    numbered(
        doc,
        "1.1",
        "Eirlys was 71 when she died in hospital on 3 November 2019, five days after she was assaulted at "
        "her home by her son, Dafydd (a pseudonym), who lived with her. Dafydd was found guilty of "
        "manslaughter and is detained in a secure hospital.",
    )
    numbered(
        doc,
        "1.2",
        "This executive summary accompanies the overview report. The review followed the Home Office "
        "statutory guidance as it applies in Wales and took account of the Welsh Government's national "
        "strategy on violence against women, domestic abuse and sexual violence.",
    )
    heading(doc, "2. Crynodeb o’r amgylchiadau / Summary of the circumstances", 1)
    numbered(
        doc,
        "2.1",
        "Eirlys cared for Dafydd, who had a long history of psychosis and alcohol dependence. Over the "
        "three years before her death she told her GP, a district nurse and a neighbour that she was "
        "frightened of him when he drank. Police were called to the house four times; on each occasion "
        "Eirlys declined to make a statement.",
    )
    numbered(
        doc,
        "2.2",
        "Dafydd was known to the community mental health team, which discharged him to his GP in 2018 "
        "after he missed three appointments. Adult Services assessed Eirlys as a carer in 2017 but did "
        "not review the assessment.",
    )
    heading(doc, "3. Canfyddiadau allweddol / Key findings", 1)
    numbered(
        doc,
        "3.1",
        "Agencies saw Eirlys as a carer rather than as a victim of abuse by an adult son. Risk "
        "assessments focused on Dafydd's mental health and did not consider the risk he posed to her.",
    )
    numbered(
        doc,
        "3.2",
        "Nobody brought together the police call-outs, the carer's assessment and the discharge from "
        "mental health services. No agency referred Eirlys to the MARAC.",
    )

    heading(doc, "4. Argymhellion / Recommendations", 1)
    para(
        doc,
        "The panel makes recommendations for the Partnership as a whole and for individual agencies. "
        "Single agency recommendations were proposed by the agencies in their own reviews and adopted by "
        "the panel; they are numbered within each agency.",
    )
    heading(doc, "4.1 Argymhellion y Panel / Panel recommendations", 2)
    numbered(
        doc,
        "1.",
        "Cwm Arian Community Safety Partnership should make sure that the local domestic abuse training "
        "offer includes abuse of older parents by adult children, including where the adult child has "
        "care and support needs.",
    )
    numbered(
        doc,
        "2.",
        "Cwm Arian Community Safety Partnership should work with the Regional Safeguarding Board so that "
        "practitioners consider a MARAC referral whenever a carer discloses fear of the person they care "
        "for.",
    )
    numbered(
        doc,
        "3.",
        "Welsh Government should consider issuing guidance on the joint assessment of risk where a victim "
        "is also the carer of the person harming them.",
    )
    heading(doc, "4.2 Argymhellion asiantaethau unigol / Single agency recommendations", 2)
    heading(doc, "Heddlu Canolbarth Cambria / Mid Cambria Police", 3)
    para(
        doc,
        "Police 1: Mid Cambria Police should remind officers that a DASH risk assessment must be completed "
        "at every domestic incident, including those between a parent and an adult child.",
    )
    para(
        doc,
        "Police 2: Mid Cambria Police should ensure that repeat call-outs to the same address are flagged "
        "to the local domestic abuse officer for review.",
    )
    heading(doc, "Bwrdd Iechyd Prifysgol Arian / Arian University Health Board", 3)
    para(
        doc,
        "HB.1 The Health Board should review its policy on discharging patients from community mental "
        "health services after missed appointments, so that the views of carers are sought before "
        "discharge.",
    )
    para(
        doc,
        "HB.2 The Health Board should make sure that district nurses ask patients who are carers, when "
        "seen alone, whether they feel safe at home.",
    )
    heading(
        doc, "Cyngor Sir Cwm Arian – Gwasanaethau Oedolion / Cwm Arian County Council – Adult Services", 3
    )
    para(
        doc,
        "ASC 1 Adult Services should review carers' assessments at least once a year, and sooner where the "
        "cared-for person's needs change.",
    )
    heading(doc, "5. Diolchiadau / Acknowledgements", 1)
    numbered(
        doc,
        "5.1",
        "The chair thanks Eirlys's daughter and her neighbour for their contributions, and the panel "
        "members for their openness.",
    )
    save(doc, stem)


# ===================================================== 3. SAR with learning points apart from recommendations
def doc_kestleigh():
    stem = "sar_learning_points_recs_table_kestleigh"
    doc = new_doc(footer_label="Kestleigh SAB – SAR 2023/01 ‘Dennis’ – Final")
    para(doc, "Kestleigh Safeguarding Adults Board", bold=True, size=15)
    para(doc, "")
    para(doc, "Safeguarding Adults Review", bold=True, size=22)
    para(doc, "‘Dennis’", size=18)
    para(doc, "")
    para(doc, "Independent Reviewer: Dr Priya Okonkwo-Hale", size=12)
    para(doc, "Final report – approved by the Board on 18 June 2024", size=12)
    page_break(doc)

    heading(doc, "1 Introduction", 1)
    numbered(
        doc,
        "1.1",
        "Dennis was 67 when he was found dead at his home on 29 January 2023. He had lived alone in a "
        "council bungalow for fourteen years. The coroner found that he died of hypothermia and that "
        "self-neglect contributed to his death.",
    )
    numbered(
        doc,
        "1.2",
        "The Board agreed that the case met the criteria for a review under section 44 of the Care Act "
        "2014, because Dennis had care and support needs, was unable to protect himself from self-neglect, "
        "and agencies could have worked together more effectively.",
    )
    heading(doc, "2 Key lines of enquiry", 1)
    for s in [
        "How did agencies understand Dennis's ability to make decisions about his own care?",
        "Did agencies share what they knew about the condition of his home?",
        "Was the self-neglect procedure used, and was it effective?",
    ]:
        doc.add_paragraph(s, style="List Bullet")
    heading(doc, "3 Dennis's story", 1)
    numbered(
        doc,
        "3.1",
        "Dennis worked as a lorry driver until a back injury ended his career in his fifties. His brother "
        "describes him as private, funny and stubborn. After their mother died he stopped inviting "
        "anyone into the bungalow.",
    )
    numbered(
        doc,
        "3.2",
        "Over his last two years Dennis's diabetes became harder to control and he stopped attending "
        "appointments. The heating had been broken for at least one winter. Workers who called at the "
        "door were told he was 'managing fine'.",
    )

    heading(doc, "4 Analysis and learning", 1)
    heading(doc, "4.1 Mental capacity and executive function", 2)
    numbered(
        doc,
        "4.1.1",
        "Dennis could explain what he needed to do to stay warm and well, but he did not do it. Several "
        "practitioners recorded that he 'had capacity', without considering whether he could carry his "
        "decisions through in practice.",
    )
    box(
        doc,
        "Learning point 1\nWhere a person repeatedly says one thing and does another, practitioners should "
        "consider whether an assessment of executive function is needed.",
    )
    heading(doc, "4.2 Sharing information about the home", 2)
    numbered(
        doc,
        "4.2.1",
        "A fire service crew that fitted a smoke alarm noted clutter blocking the back door, and a housing "
        "officer saw that the heating was not working. Neither told Adult Social Care.",
    )
    box(
        doc,
        "Learning point 2\nAny worker who sees that a home is unsafe should share that concern, even when "
        "the person says they do not want help.",
    )
    heading(doc, "4.3 Missed appointments", 2)
    numbered(
        doc,
        "4.3.1",
        "Dennis missed five diabetic reviews. Each time the practice sent a standard letter. No clinician "
        "looked at the pattern as a whole.",
    )
    box(
        doc,
        "Learning point 3\n'Was not brought' and 'did not attend' can be a sign of neglect or self-neglect, "
        "not only of a choice.",
    )

    heading(doc, "5 Recommendations", 1)
    para(
        doc,
        "The reviewer makes the following recommendations to the Board. The Board will publish its "
        "response and an action plan separately.",
    )
    w = [1.4, 11.0, 4.0]
    t = make_table(doc, ["No.", "Recommendation", "For"], w)
    rows = [
        (
            "R1",
            "The Board should seek assurance from Kestleigh Council Adult Social Care that its self-neglect "
            "procedure is being used, including a multi-agency meeting where a person refuses help and the "
            "risk is high.",
            "Kestleigh SAB; Adult Social Care",
        ),
        (
            "R2",
            "Kestleigh Fire and Rescue Service and Adult Social Care should agree a simple referral route so "
            "that crews who find hoarding or an unsafe home during a home fire safety visit can raise a "
            "concern the same day.",
            "Fire and Rescue Service; Adult Social Care",
        ),
        (
            "R3",
            "The Board should make sure that multi-agency training on the Mental Capacity Act covers "
            "executive function and how to record it.",
            "Kestleigh SAB Training Sub-group",
        ),
        (
            "R4",
            "GP practices in Kestleigh should ensure that when a patient with a long-term condition misses "
            "three appointments in a row, a clinician reviews the record and decides what follow-up is "
            "needed, and that the decision is recorded.",
            "Kestleigh Integrated Care Board",
        ),
        (
            "R5",
            "Kestleigh Homes should ensure that repairs to heating for tenants known to be vulnerable are "
            "treated as urgent, and that a refusal of access is reported to Adult Social Care.",
            "Kestleigh Homes",
        ),
        (
            "R6",
            "The Department of Health and Social Care should consider producing national guidance on "
            "self-neglect that brings together the Care Act and the Mental Capacity Act.",
            "Department of Health and Social Care",
        ),
    ]
    for r in rows:
        add_row(t, r, w, size=9.5)
    para(doc, "")
    heading(doc, "6 Next steps", 1)
    numbered(
        doc,
        "6.1",
        "The Board's Case Review Sub-group will monitor progress against these recommendations and report "
        "to the Board every six months.",
    )
    save(doc, stem)


# ===================================================== 4. CSPR findings, recommendations and responses
def doc_brackenmoor():
    stem = "cspr_findings_recs_responses_brackenmoor"
    doc = new_doc(header="Brackenmoor Safeguarding Children Partnership — LCSPR Child T")
    para(doc, "Brackenmoor Safeguarding Children Partnership", bold=True, size=14)
    para(doc, "Local Child Safeguarding Practice Review", bold=True, size=20)
    para(doc, "Child T", bold=True, size=20)
    para(doc, "")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [
        ("Review reference", "BSCP LCSPR 2022-03"),
        ("Lead reviewer", "Moira Castellane, independent safeguarding consultant"),
        ("Date of incident", "4 October 2022"),
        ("Published", "12 March 2024"),
    ]:
        row = t.add_row()
        set_text(row.cells[0], k, bold=True, size=10)
        set_text(row.cells[1], v, size=10)
        shade(row.cells[0], "F2F2F2")
    set_widths(t, [5, 11])
    page_break(doc)

    heading(doc, "1. Why this review was carried out", 1)
    numbered(
        doc,
        "1.1",
        "Child T was eleven months old when he was admitted to hospital on 4 October 2022 with a head "
        "injury. He died two days later, on 6 October 2022. His mother's partner has since been convicted "
        "of his manslaughter.",
    )
    numbered(
        doc,
        "1.2",
        "The Partnership notified the Child Safeguarding Practice Review Panel and, after a rapid review, "
        "decided that a local review would identify learning about how agencies work with men in a "
        "baby's household.",
    )
    heading(doc, "2. Key events", 1)
    para(doc, "The table below summarises the events the review considered most significant.")
    w = [3.2, 13.3]
    t = make_table(doc, ["Date", "Key event"], w)
    events = [
        (
            "17/11/2021",
            "Child T was born at Brackenmoor General Hospital. The midwife recorded that the "
            "father of the baby was not involved and that the mother lived alone.",
        ),
        (
            "Dec 2021",
            "The health visitor completed the new birth visit. The mother mentioned a new partner "
            "but he was not present and his details were not taken.",
        ),
        (
            "03/02/2022",
            "Police attended a report of a disturbance at the flat. The partner had left before "
            "officers arrived and no children were recorded as present.",
        ),
        (
            "Late February 2022",
            "A neighbour told the housing officer she had heard a baby crying for long "
            "periods and a man shouting.",
        ),
        (
            "14/04/2022",
            "Child T was taken to the GP with a bruise to his cheek. The mother said he had "
            "rolled against the cot; the explanation was accepted.",
        ),
        (
            "9 June 2022",
            "The health visitor saw Child T at clinic for his developmental review. Weight and "
            "development were normal.",
        ),
        ("August 2022", "The mother's partner moved into the flat. No agency was aware of this."),
        (
            "04/10/2022",
            "An ambulance was called to the flat; Child T was unresponsive and was taken to "
            "hospital with a serious head injury.",
        ),
    ]
    for r in events:
        add_row(t, r, w, size=9.5)
    para(doc, "")

    heading(doc, "3. Findings and recommendations", 1)
    para(
        doc,
        "Each finding is followed by the reviewer's recommendations and by the Partnership's response, "
        "which the Partnership's executive agreed on 20 February 2024.",
    )
    heading(doc, "Finding 1: Men in the household were invisible to services", 2)
    para(
        doc,
        "Practitioners knew that the mother had a partner from December 2021 but nobody asked who he was, "
        "whether he spent time with the baby, or what was known about him. This reflects a pattern seen "
        "in national reviews.",
    )
    para(
        doc,
        "Recommendation 1: The Partnership should make sure that midwives, health visitors and GPs ask "
        "about, and record, every adult who lives in or regularly visits a baby's home.",
    )
    para(
        doc,
        "Recommendation 2: The Partnership should develop a short practice guide for working with fathers "
        "and male carers and include it in the multi-agency training programme.",
    )
    para(
        doc,
        "Partnership response: Accepted. The Health sub-group will lead on Recommendation 1; the Learning "
        "and Development group will publish the practice guide by September 2024.",
        italic=True,
    )
    heading(doc, "Finding 2: A bruise on a non-mobile baby was not treated as a safeguarding concern", 2)
    para(
        doc,
        "National guidance is clear that bruising on a baby who is not yet mobile needs a child protection "
        "response. The GP accepted the mother's explanation and did not refer.",
    )
    para(
        doc,
        "Recommendation 3: Brackenmoor Integrated Care Board should seek assurance that every GP practice "
        "knows and follows the Partnership's bruising protocol for non-mobile babies.",
    )
    para(
        doc,
        "Partnership response: Accepted. An audit of referrals under the protocol will be reported to "
        "the Partnership in the spring.",
        italic=True,
    )
    heading(doc, "Finding 3: Information held by housing did not reach children's services", 2)
    para(
        doc,
        "The neighbour's report to the housing officer was the only sign that the partner was spending "
        "time at the flat. It was treated as a noise complaint.",
    )
    para(
        doc,
        "Recommendation 4: Brackenmoor Council's housing service should train its officers to recognise "
        "when a complaint about noise involving a baby or young child should be shared with Children's "
        "Social Care.",
    )
    para(
        doc,
        "Recommendation 5: The Department for Education should consider including housing providers as "
        "relevant agencies in the next revision of the statutory guidance on safeguarding partnerships.",
    )
    para(
        doc,
        "Partnership response: Recommendation 4 accepted. On Recommendation 5, the Partnership will write "
        "to the Department for Education and to the national Panel.",
        italic=True,
    )
    heading(doc, "4. Conclusion", 1)
    para(
        doc,
        "Child T's short life was seen by many professionals, each of whom saw a part of the picture. "
        "The review's recommendations aim to make sure that the adults around a baby are seen too.",
    )
    save(doc, stem)


# ===================================================== 5. NHS mental health homicide investigation plan
def doc_wyreholme():
    stem = "nhs_mh_investigation_plan_incell_numbers_wyreholme"
    doc = new_doc(footer_label="Wyreholme Mental Health NHS Foundation Trust – Mr K action plan v4")
    para(doc, "Wyreholme Mental Health NHS Foundation Trust", bold=True, size=14)
    para(
        doc,
        "Action plan in response to the independent investigation into the care and treatment of Mr K",
        bold=True,
        size=13,
    )
    para(
        doc,
        "The investigation was commissioned by NHS England (North Region) following the death of Mr K's "
        "father on 11 July 2020, and was carried out by Corvale Review Associates. Investigation "
        "reference: 2020/NR/031.",
    )
    para(
        doc,
        "NB: recommendation numbers are those used in the investigation report and have been kept in this "
        "plan. Recommendations 2 and 5 were made to NHS England and to the Integrated Care Board and are "
        "monitored through their own plans.",
    )
    para(doc, "Plan owner: Director of Nursing and Quality. Last updated: 8 March 2024.")
    landscape_section(doc)
    headers = [
        "Rec No.",
        "Recommendation (issue identified)",
        "Actions to be taken",
        "Person responsible",
        "Target completion date",
        "Evidence to be provided",
        "Progress to date",
    ]
    w = [1.3, 5.0, 5.4, 2.8, 2.6, 3.4, 5.5]
    t = make_table(doc, headers, w, header_fill="C6D9F1")
    rows = [
        (
            "1",
            "The Trust must ensure that the risk assessment of a service user who expresses thoughts of "
            "harming a family member is reviewed by the multidisciplinary team within one week.",
            "1. Update the Clinical Risk Assessment and Management Policy to set the one-week review "
            "standard.\n2. Add a mandatory prompt to the electronic risk assessment form.\n3. Audit "
            "compliance in two community teams.",
            "Associate Director of Nursing (Safety)",
            "1. 31 March 2022\n2. 30 June 2022\n3. 31 December 2022",
            "1. Ratified policy\n2. Screenshot of form\n3. Audit report",
            "1. Complete – policy ratified 15/03/2022\n2. Complete 27/06/2022\n3. Ongoing – audit under "
            "way, report due January 2024",
        ),
        (
            "3",
            "The Trust should involve families and carers in care planning and make sure that their "
            "concerns are recorded and responded to.",
            "1. Roll out the Triangle of Care self-assessment to all adult community teams.\n2. Add a "
            "'carer's view' section to the care plan template.",
            "Head of Patient and Carer Experience",
            "1. 30 September 2022\n2. 31 December 2022",
            "1. Completed self-assessments\n2. Revised template",
            "1. Complete\n2. Partially complete – template live in two of four localities",
        ),
        (
            "4",
            "When a service user is discharged from secondary care after disengaging, the Trust should "
            "write to the GP and to any known carer setting out the risk indicators and how to re-refer.",
            "1. Revise the discharge letter template to include risk indicators, carer contact details "
            "and the re-referral route.",
            "Clinical Director, Community Services",
            "Q4 2022/23",
            "Revised template; sample of ten letters",
            "Not started – awaiting clinical records system upgrade",
        ),
        (
            "6",
            "The Trust should train community staff on the links between psychosis, substance misuse and "
            "violence towards family members.",
            "1. Commission a training module jointly with the local drug and alcohol service.\n2. Deliver "
            "the module to all community mental health team staff, reaching 80% completion.",
            "Head of Learning and Development",
            "1. 31/03/2023\n2. 31/03/2024",
            "Training records",
            "1. Complete – evidence provided\n2. In progress – 61% of staff trained (February 2024)",
        ),
    ]
    for r in rows:
        add_row(t, r, w, size=8.5, bold_cols=(0,))
    para(doc, "")
    save(doc, stem)


# ===================================================== 6. DHR plan, agency column first, SMART column, dates as status
def doc_thornlaw():
    stem = "dhr_plan_agency_first_smart_thornlaw"
    doc = new_doc(footer_label="Thornlaw CSP – DHR ‘Ada’ – Action plan")
    para(doc, "Thornlaw Community Safety Partnership", bold=True, size=14)
    para(doc, "Domestic Homicide Review ‘Ada’ (TCSP DHR 2021-1)", bold=True, size=13)
    para(doc, "Action Plan", bold=True, size=16)
    para(
        doc,
        "Ada (pseudonym) was shot by her husband at their farmhouse. Date of death: 02/05/2021. Overview "
        "report author: Ruth Ansell-Whyte. The overview report made the following recommendations:",
    )
    recs = [
        "Thornlaw Community Safety Partnership should commission a review of the pathway from the MARAC "
        "to specialist support for victims who live in rural areas.",
        "Northfell Police should ensure that officers attending domestic incidents check for, and record, "
        "any firearm or shotgun certificate held by anyone at the address.",
        "Thornlaw Adult Social Care should include questions about domestic abuse in every carer's "
        "assessment.",
        "All partner agencies should make sure that frontline staff know how to refer to the MARAC, and "
        "should audit their referrals each year.",
        "The Home Office should consider how firearms licensing guidance can take account of a history "
        "of domestic abuse known to any agency, not only to the police.",
    ]
    for i, r in enumerate(recs, 1):
        numbered(doc, f"{i}.", r)
    para(
        doc,
        "In the plan below, the 'Date completed' column is left blank until the lead officer has provided "
        "evidence that the action is finished.",
    )
    landscape_section(doc)
    headers = [
        "Agency",
        "Ref",
        "Action required",
        "SMART outcome – how will we know it has worked?",
        "Lead officer",
        "By when",
        "Date completed",
    ]
    w = [3.0, 1.2, 6.2, 6.2, 3.4, 2.4, 2.6]
    t = make_table(doc, headers, w, header_fill="FCE4D6")
    rows = [
        (
            "Thornlaw CSP",
            "1a",
            "Commission an independent review of the rural MARAC-to-support pathway.",
            "Review report presented to the CSP Board; rural victims taking up support rises by 20% within "
            "a year.",
            "CSP Manager",
            "31.03.23",
            "12/05/2023",
        ),
        (
            "Thornlaw CSP",
            "1b",
            "Agree and fund the changes to the pathway that the review identifies.",
            "Funding agreed and new pathway live.",
            "Head of Community Safety",
            "Q2 2023/24",
            "",
        ),
        (
            "Northfell Police",
            "2a",
            "Add a firearms check prompt to the domestic abuse attendance checklist "
            "on officers' mobile devices.",
            "Prompt live; checks recorded in 95% of attended incidents.",
            "Chief Inspector, Public Protection",
            "Dec 23",
            "Ongoing",
        ),
        (
            "Northfell Police",
            "2b",
            "Dip-sample 50 domestic incident records each quarter for evidence of the firearms check.",
            "Quarterly results reported to the DA Strategic Group.",
            "Force DA Lead",
            "Mar-24",
            "30/04/2024",
        ),
        (
            "Thornlaw Adult Social Care",
            "3a",
            "Revise the carer's assessment form to include routine enquiry about domestic abuse.",
            "Form in use; audit shows the question asked in 90% of assessments.",
            "Principal Social Worker",
            "30/09/2023",
            "28/09/2023",
        ),
        (
            "All partner agencies",
            "4a",
            "Deliver MARAC referral briefings to frontline staff in each agency.",
            "Attendance records; more referrals from agencies other than the police.",
            "Thornlaw DA Coordinator",
            "Within 6 months of publication",
            "",
        ),
        (
            "All partner agencies",
            "4b",
            "Hold an annual audit of MARAC referrals by agency.",
            "Audit report to the CSP Board each year.",
            "MARAC Chair",
            "Annually from April 2024",
            "Ongoing",
        ),
        (
            "Thornlaw CSP",
            "5a",
            "Write to the Home Office enclosing the report and asking it to consider Recommendation 5.",
            "Letter sent and reply received.",
            "CSP Chair",
            "On publication",
            "15/06/2023",
        ),
    ]
    for r in rows:
        add_row(t, r, w, size=8.5)
    # merge the agency cells of consecutive rows for the same agency
    merge_down(t, 0, 1, 2)
    merge_down(t, 0, 3, 4)
    merge_down(t, 0, 6, 7)
    para(doc, "")
    save(doc, stem)


# ===================================================== 7. DHR plan, agency-prefixed refs under agency rows
def doc_quenby():
    stem = "dhr_plan_agency_prefixed_refs_quenby"
    doc = new_doc(landscape=True, header="Quenby Community Safety Partnership – DHR ‘Joel’ – Action Plan")
    para(doc, "Quenby Community Safety Partnership", bold=True, size=14)
    para(doc, "Domestic Homicide Review into the death of ‘Joel’ – Action Plan", bold=True, size=13)
    para(doc, "Review reference: QCSP DHR 2020/04     Date of homicide: September 2020", size=10)
    para(
        doc,
        "Multi-agency recommendations (MA) come from the overview report. Single agency recommendations "
        "carry the agency's own prefix and number from its Individual Management Review. Status as "
        "reported to the DHR Oversight Group on 6 December 2022.",
        size=10,
    )
    headers = ["Ref", "Recommendation", "Key actions", "Lead", "Target date", "Status / evidence"]
    w = [1.6, 6.4, 6.4, 3.4, 2.4, 5.0]
    t = make_table(doc, headers, w, header_fill="D9E2F3")
    groups = [
        (
            "Multi-agency recommendations",
            [
                (
                    "MA1",
                    "Quenby Community Safety Partnership should make sure that information about male "
                    "victims of domestic abuse, and the services open to them, is promoted to the public.",
                    "Run a campaign aimed at male victims across social media and sports clubs.",
                    "Community Safety Manager",
                    "Mar 2022",
                    "Complete – evidence provided",
                ),
                (
                    "MA2",
                    "The Partnership should ask the MARAC Steering Group to review how cases are "
                    "identified where the victim is male and the perpetrator female.",
                    "MARAC Steering Group to review identification and referral data for male victims.",
                    "MARAC Chair",
                    "31/12/2021",
                    "Partially complete",
                ),
            ],
        ),
        (
            "Quenby Police",
            [
                (
                    "Police 1",
                    "Quenby Police should ensure that where both parties make allegations, officers "
                    "record a primary aggressor assessment.",
                    "Issue a briefing note and update the domestic abuse attendance guidance.",
                    "Detective Superintendent, Safeguarding",
                    "April 2022",
                    "Complete – evidence awaited",
                ),
                (
                    "Police 2",
                    "Quenby Police should review how it shares information about male victims with "
                    "specialist services.",
                    "Agree a referral route with the male victims' service.",
                    "DA Partnership Inspector",
                    "2022/23",
                    "In progress – on track",
                ),
            ],
        ),
        (
            "NHS Quenby Clinical Commissioning Group",
            [
                (
                    "CCG.1",
                    "The CCG should ensure that GP practices ask male patients about domestic abuse when "
                    "there are indicators, in the same way as for female patients.",
                    "Include male victims in the GP safeguarding leads' training.",
                    "Designated Nurse, Safeguarding Adults",
                    "30/06/2022",
                    "Complete – evidence provided",
                ),
                (
                    "CCG.2",
                    "The CCG should audit the recording of domestic abuse enquiry for male patients.",
                    "Audit 100 records across ten practices.",
                    "Designated Nurse, Safeguarding Adults",
                    "30/09/2022",
                    "Not started",
                ),
            ],
        ),
        (
            "Quenby Council Adult Social Care",
            [
                (
                    "ASC 1",
                    "Adult Social Care should update its safeguarding procedure so that abuse of a man by "
                    "a female partner is recognised as domestic abuse.",
                    "Revise the procedure and brief all team managers.",
                    "Head of Safeguarding",
                    "Jan 2022",
                    "Complete (revised procedure published 14/01/2022)",
                ),
            ],
        ),
    ]
    for title, rows in groups:
        full_row(t, title, fill="BDD7EE")
        for r in rows:
            add_row(t, r, w, size=8.5, bold_cols=(0,))
    para(doc, "")
    save(doc, stem)


# ===================================================== 8. combined chronology with time and source columns
def doc_saltmarsh():
    stem = "chron_combined_time_source_cols_saltmarsh"
    doc = new_doc(landscape=True, footer_label="SDCSP DHR 01/2020 – Appendix C")
    para(doc, "Saltmarsh Downs Community Safety Partnership", bold=True, size=13)
    para(doc, "Domestic Homicide Review: Megan (died 1 January 2020) – SDCSP DHR 01/2020", bold=True, size=12)
    para(doc, "Appendix C to the overview report: combined chronology", bold=True, size=14)
    para(
        doc,
        "The chronology combines the entries supplied by each agency and information from Megan's family. "
        "Where an agency could not give an exact date, its wording is kept. The 'Comment' column is the "
        "panel's.",
        size=10,
    )
    headers = ["Date", "Time", "Agency", "Source", "Event", "Comment"]
    w = [3.0, 1.4, 3.2, 2.8, 9.0, 6.0]
    t = make_table(doc, headers, w, header_fill="E2EFDA")
    rows = [
        (
            "c. 2015",
            "",
            "Family",
            "Family interview",
            "Megan and Scott met through friends and moved in together within six months.",
            "Information from Megan's mother.",
        ),
        (
            "Mon 14/01/2019",
            "14:20",
            "GP",
            "GP record",
            "Megan attended with a sprained wrist and said she had slipped on ice.",
            "No enquiry about how the injury happened.",
        ),
        (
            "29.01.2019",
            "23:05",
            "Police",
            "Incident log 0519",
            "A neighbour reported a woman screaming. "
            "Officers attended; Megan said she had been watching a horror film.",
            "Parties not seen apart.",
        ),
        (
            "29.01.2019",
            "23:50",
            "Police",
            "Crime report",
            "Officers completed a DASH risk assessment with "
            "Megan in the kitchen; every question was answered 'no'. Graded standard risk.",
            "Scott was in the next room.",
        ),
        (
            "Feb 2019 (exact date not recorded)",
            "",
            "Saltmarsh Downs Council – Housing",
            "Case note",
            "Megan asked about a transfer to a one-bedroom flat 'just for herself'.",
            "Not explored.",
        ),
        (
            "Tue 05/03/19",
            "09:30",
            "Probation",
            "Supervision record",
            "Scott attended supervision for a driving offence and mentioned 'rows at home'.",
            "Not followed up.",
        ),
        (
            "2019-04-18",
            "02:14",
            "Ambulance Service",
            "Patient care record",
            "Scott called an ambulance because Megan had taken an overdose of paracetamol.",
            "",
        ),
        (
            "18/04/2019",
            "03:40",
            "Saltmarsh General Hospital",
            "ED record",
            "Megan was seen by the liaison "
            "psychiatry nurse and said the overdose followed an argument. Discharged with the crisis line "
            "number.",
            "No DA enquiry; no referral.",
        ),
        (
            "00/05/2019",
            "",
            "GP",
            "Correspondence",
            "The practice received the hospital discharge letter; no follow-up appointment was offered.",
            "Date shown as on the practice system.",
        ),
        (
            "Between 1 and 8 June 2019",
            "",
            "Family",
            "Family interview",
            "Megan told her sister that Scott had locked her out of the flat overnight.",
            "",
        ),
        (
            "Sat 22 Jun 19",
            "22:45",
            "Police",
            "Incident log 2231",
            "Megan called police from a neighbour's "
            "flat saying that Scott had strangled her. Scott was arrested at the scene.",
            "",
        ),
        (
            "23/06/2019",
            "",
            "Police",
            "DASH / MARAC referral",
            "The DASH risk assessment was repeated and "
            "graded high risk; referrals were made to the MARAC and to Harbourside DA Service.",
            "Appropriate response.",
        ),
        (
            "25/06/2019",
            "",
            "Harbourside DA Service",
            "IDVA record",
            "An IDVA contacted Megan and agreed a safety plan with her.",
            "",
        ),
        (
            "11/07/2019",
            "",
            "MARAC",
            "Minutes",
            "Megan's case was heard at the MARAC. Housing were asked to "
            "prioritise a transfer and police to flag the address.",
            "",
        ),
        (
            "Summer 2019",
            "",
            "Saltmarsh Downs Council – Housing",
            "Case note",
            "The transfer application was approved but no suitable property was offered.",
            "Housing shortage.",
        ),
        (
            "17.09.19",
            "",
            "Harbourside DA Service",
            "IDVA record",
            "The case was closed after Megan said she "
            "had reconciled with Scott and no longer wanted support.",
            "MARAC not told of closure.",
        ),
        (
            "Early December 2019",
            "",
            "Family",
            "Family interview",
            "Megan's mother noticed bruising to her neck at a family birthday party.",
            "",
        ),
        (
            "Wed 1st January 2020",
            "01:32",
            "Police / Ambulance Service",
            "Incident log 0044",
            "Scott called "
            "999 to say that Megan had fallen down the stairs. She was pronounced dead at the scene.",
            "",
        ),
    ]
    for r in rows:
        add_row(t, r, w, size=8.5)
    save(doc, stem)


# ===================================================== 9. SAR plan as one key/value table per recommendation
def doc_ellerbrook():
    stem = "sar_plan_vertical_key_value_tables_ellerbrook"
    doc = new_doc(header="Ellerbrook Safeguarding Adults Partnership Board")
    para(doc, "Safeguarding Adults Review ‘Agnes and Walter’ (SAR 04/2023)", bold=True, size=14)
    para(doc, "Action plan and progress tracker – update March 2025", bold=True, size=13)
    para(
        doc,
        "Agnes, 84, and her husband Walter, 88, were found dead at their home. Walter had been Agnes's "
        "carer. The Board accepted all four recommendations of the review. Each recommendation and its "
        "actions are set out in a separate table.",
    )
    para(doc, "RAG key", bold=True)
    kt = doc.add_table(rows=0, cols=2)
    kt.style = "Table Grid"
    for colour, fill, meaning in [
        ("Blue", "9DC3E6", "Complete"),
        ("Green", "A9D08E", "On track"),
        ("Amber", "FFD966", "Delayed but in progress"),
        ("Red", "F4B084", "Not started or at risk"),
    ]:
        row = kt.add_row()
        set_text(row.cells[0], colour, bold=True, size=9)
        shade(row.cells[0], fill)
        set_text(row.cells[1], meaning, size=9)
    set_widths(kt, [3, 8])
    para(doc, "")

    fills = {"Blue": "9DC3E6", "Green": "A9D08E", "Amber": "FFD966", "Red": "F4B084"}
    recs = [
        (
            "Recommendation 1",
            "The Board should seek assurance that hospital discharge planning for an "
            "older person considers the needs of a spouse who remains at home and who may be their carer.",
            [
                (
                    "Action 1.1",
                    "Audit 20 discharges of patients whose spouse is their main carer.",
                    "Ellerbrook Hospitals NHS Trust – Head of Safeguarding",
                    "By 30 June 2024",
                    "Carer's needs recorded in at least 18 of 20 cases.",
                    "Audit completed; 19 of 20 cases compliant. Reported to the Board on 12/11/2024.",
                    "Blue",
                ),
                (
                    "Action 1.2",
                    "Share the audit findings with ward managers and discharge coordinators.",
                    "Ellerbrook Hospitals NHS Trust – Head of Safeguarding",
                    "September 2024",
                    "Briefing delivered at the nursing leadership forum.",
                    "Delayed by winter pressures; now booked for April 2025.",
                    "Amber",
                ),
            ],
        ),
        (
            "Recommendation 2",
            "Ellerbrook Council Adult Social Care should make sure that a carer's "
            "assessment is offered whenever an older person is caring for a spouse with dementia.",
            [
                (
                    "Action 2.1",
                    "Add a carer's assessment prompt to the hospital social work discharge checklist.",
                    "Principal Social Worker",
                    "31/03/2024",
                    "Prompt in use on all wards.",
                    "Prompt added to the checklist in March 2024.",
                    "Blue",
                ),
            ],
        ),
        (
            "Recommendation 3",
            "The Board should raise awareness among the public and community groups of "
            "the strain of caring for a partner with dementia, and of where to get help.",
            [
                (
                    "Action 3.1",
                    "Run a carers' week campaign with the Carers' Centre and local faith groups.",
                    "Board Business Manager",
                    "June 2024",
                    "Number of carers contacting the Carers' Centre.",
                    "Campaign ran in June 2024; evaluation due in April 2025.",
                    "Green",
                ),
            ],
        ),
        (
            "Recommendation 4",
            "Ellerbrook Police should ensure that officers attending incidents between "
            "older couples consider carer stress and coercive control and complete a DASH risk assessment.",
            [
                (
                    "Action 4.1",
                    "Include older couples in the domestic abuse refresher training for response officers.",
                    "Ellerbrook Police – Head of Public Protection",
                    "December 2024",
                    "Training content updated; 75% of response officers trained.",
                    "Not started – the refresher programme is being redesigned.",
                    "Red",
                ),
            ],
        ),
    ]
    for label, text, actions in recs:
        t = doc.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        row = t.add_row()
        set_text(row.cells[0], label, bold=True, size=9.5)
        set_text(row.cells[1], text, bold=True, size=9.5)
        shade(row.cells[0], "D9D9D9")
        shade(row.cells[1], "D9D9D9")
        for ref, act, lead, when, measure, progress, rag in actions:
            for k, v in [
                (ref, act),
                ("Lead", lead),
                ("Timescale", when),
                ("How will we know?", measure),
                ("Progress (March 2025)", progress),
                ("RAG", rag),
            ]:
                row = t.add_row()
                set_text(row.cells[0], k, bold=True, size=9)
                set_text(row.cells[1], v, size=9)
                if k == "RAG":
                    shade(row.cells[1], fills[rag])
        set_widths(t, [4.2, 12.4])
        para(doc, "")
    save(doc, stem)


if __name__ == "__main__":
    doc_ashcombe()
    doc_cwmarian()
    doc_kestleigh()
    doc_brackenmoor()
    doc_wyreholme()
    doc_thornlaw()
    doc_quenby()
    doc_saltmarsh()
    doc_ellerbrook()
    print("built")
