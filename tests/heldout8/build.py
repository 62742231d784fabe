"""Build the heldout8 blind documents as Word files (python-docx).

Run once:  python tests/heldout8/build.py
Then convert each .docx with LibreOffice and extract text with pdftotext (see README.md).
All people, places, local agency names and wording are fictional and the author's own.
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/: docx_build, the helpers every blind set's build shares

from docx_build import (
    add_row,
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
    set_text,
    set_widths,
    shade,
)

# An optional folder argument writes the .docx files there (a scratch copy to compare with the committed ones).
save = docx_saver(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)


def portrait_section(doc):
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2)
    return sec


# ===================================================== 1. DHR executive summary + HO-template plan
def doc_larkhaven():
    stem = "dhr_exec_summary_org_table_ho_plan_larkhaven"
    doc = new_doc(header="Larkhaven CSP – DHR 'Hannah' – Executive Summary", footer_label="OFFICIAL")
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    para(doc, "[Logo: Larkhaven Community Safety Partnership]", italic=True, size=9)
    para(doc, "")
    para(doc, "Larkhaven Community Safety Partnership", bold=True, size=15, align="center")
    para(doc, "Domestic Homicide Review", bold=True, size=22, align="center")
    para(doc, "EXECUTIVE SUMMARY", bold=True, size=16, align="center")
    para(doc, "")
    para(doc, "Report into the death of Hannah", size=14, align="center")
    para(doc, "on 11 March 2021", size=14, align="center")
    para(doc, "")
    para(doc, "Independent Chair and Author: Dr Miriam Oduya", align="center")
    para(doc, "Review reference: LCSP/DHR/2021/03", align="center")
    para(doc, "Date report completed: 28 November 2022", align="center")
    page_break(doc)

    heading(doc, "1. The Review Process", 1)
    numbered(
        doc,
        "1.1",
        "This summary outlines the process and findings of a Domestic Homicide Review into the death of "
        "Hannah, aged 38, who was killed by her former partner, Carl, at her flat in Larkhaven on 11 March "
        "2021. The names are pseudonyms chosen by Hannah's mother.",
    )
    numbered(
        doc,
        "1.2",
        "Carl was convicted of murder in January 2022 and is serving a life sentence. He had also been "
        "known to services for offences against a previous partner in another county.",
    )
    numbered(
        doc,
        "1.3",
        "The Partnership agreed to conduct the review on 19 April 2021. The panel met on seven occasions and "
        "the review covered the period from 1 March 2018 until Hannah's death.",
    )
    heading(doc, "2. Contributors to the Review", 1)
    numbered(doc, "2.1", "The following agencies provided chronologies and Individual Management Reviews:")
    t = make_table(doc, ["Agency", "Contribution"], [8, 8])
    for a, c in [
        ("Larkhaven Police", "IMR and chronology"),
        ("Larkhaven Council – Housing Options", "IMR and chronology"),
        ("Larkhaven Council – Children's Services", "Chronology"),
        ("Coastline Primary Care Network (GP)", "IMR and chronology"),
        ("Harbour Women's Aid", "Summary report"),
        ("Probation Service – Larkhaven PDU", "IMR and chronology"),
    ]:
        add_row(t, [a, c], [8, 8])
    doc.add_paragraph()
    heading(doc, "3. The Review Panel Members", 1)
    t = make_table(doc, ["Name", "Role", "Organisation"], [4.5, 6, 5.5])
    for r in [
        ("Dr Miriam Oduya", "Independent Chair", "Independent"),
        ("Saul Brennick", "Detective Inspector", "Larkhaven Police"),
        ("Lena Farrant", "Head of Housing Options", "Larkhaven Council"),
        ("Oksana Pryce", "Named GP for Safeguarding", "Larkhaven ICB"),
        ("Bethan Calloway", "Service Manager", "Harbour Women's Aid"),
        ("Raj Menon", "Senior Probation Officer", "Probation Service"),
    ]:
        add_row(t, list(r), [4.5, 6, 5.5])
    doc.add_paragraph()
    heading(doc, "4. Summary Chronology", 1)
    numbered(
        doc,
        "4.1",
        "Hannah and Carl met in 2018 through friends and lived together for about eighteen months. Hannah "
        "had two children from an earlier relationship who stayed with their father at weekends.",
    )
    numbered(
        doc,
        "4.2",
        "Police were called to the couple's address three times in 2019. On the third occasion Hannah told "
        "officers that Carl had held her against a wall; a DASH assessment was graded medium and a referral "
        "was made to Harbour Women's Aid, which could not reach her by telephone.",
    )
    numbered(
        doc,
        "4.3",
        "In the summer of 2020 Hannah applied to Housing Options as homeless because she wanted to leave "
        "Carl. She was placed in temporary accommodation, but the address was disclosed to Carl by a "
        "relative. Carl was at that time being supervised by Probation on licence.",
    )
    numbered(
        doc,
        "4.4",
        "Hannah told her GP in January 2021 that she was afraid of her ex-partner. The GP recorded low mood "
        "and prescribed medication; no enquiry about domestic abuse was recorded.",
    )
    heading(doc, "5. Key Findings", 1)
    numbered(
        doc,
        "5.1",
        "The review found that each agency saw part of the picture but nobody drew it together. The panel "
        "identified the following findings; they explain the recommendations but are not themselves "
        "recommendations.",
    )
    for n, txt in [
        (
            "5.2",
            "Probation did not know that Hannah had moved to temporary accommodation and so could not "
            "include her address in Carl's licence conditions.",
        ),
        (
            "5.3",
            "Temporary accommodation was allocated without any check of whether the perpetrator could "
            "learn the address.",
        ),
        (
            "5.4",
            "Hannah's disclosure to her GP was a missed chance to ask directly about abuse and refer her "
            "to specialist support.",
        ),
    ]:
        numbered(doc, n, txt)
    heading(doc, "6. Conclusions", 1)
    numbered(
        doc,
        "6.1",
        "The panel does not conclude that Hannah's death could have been predicted. It does conclude that "
        "better shared knowledge of Carl's history would have changed how risky her situation was judged.",
    )
    heading(doc, "7. Recommendations", 1)
    numbered(
        doc, "7.1", "The panel makes the following recommendations. The agencies named have accepted them."
    )
    W = [1.3, 10.5, 4.7]
    t = make_table(doc, ["No.", "Recommendation", "Organisation(s)"], W, header_fill="BDD7EE")
    recs = [
        (
            "1",
            "Larkhaven Police and the Probation Service should agree a written protocol for telling each other "
            "when a victim of a person on licence changes address, so that licence conditions can be reviewed.",
            "Larkhaven Police\nProbation Service",
        ),
        (
            "2",
            "Larkhaven Council Housing Options should introduce a check, before temporary accommodation is "
            "allocated to a person fleeing domestic abuse, of whether the address could become known to the "
            "perpetrator.",
            "Larkhaven Council – Housing Options",
        ),
        (
            "3",
            "Coastline Primary Care Network should make sure that GPs ask directly about domestic abuse when a "
            "patient discloses fear of a partner or ex-partner, and record the answer.",
            "Coastline Primary Care Network",
        ),
        (
            "4",
            "Harbour Women's Aid should review its procedure for contacting victims referred by the police, "
            "including trying a second contact method when telephone calls go unanswered.",
            "Harbour Women's Aid",
        ),
        (
            "5",
            "The Community Safety Partnership should deliver multi-agency training on coercive control after "
            "separation, to include housing and primary care staff.",
            "Larkhaven Community Safety Partnership",
        ),
        (
            "6",
            "Larkhaven Community Safety Partnership should seek assurance from all agencies that the actions "
            "arising from this review have been completed and have made a difference.",
            "Larkhaven Community Safety Partnership",
        ),
    ]
    for r in recs:
        add_row(t, list(r), W, size=10)
    doc.add_paragraph()

    # appended plan, landscape, Home Office template
    landscape_section(doc)
    para(doc, "Appendix A: Action Plan", bold=True, size=13)
    para(doc, "Domestic Homicide Review – 'Hannah' – Larkhaven Community Safety Partnership", size=10)
    W2 = [4.4, 2.0, 5.0, 3.0, 4.2, 2.3, 4.2]
    t = make_table(
        doc,
        [
            "Recommendation",
            "Scope of recommendation i.e. local or regional",
            "Action to take",
            "Lead Agency",
            "Key milestones achieved in enacting recommendation",
            "Target Date",
            "Date of completion and Outcome",
        ],
        W2,
        size=8,
    )
    rows = [
        (
            "1. Police and Probation to agree a protocol on sharing a change of victim address.",
            "Local",
            "Draft information-sharing protocol between the Public Protection Unit and the Probation Delivery "
            "Unit; sign off at the Reducing Reoffending Board.",
            "Larkhaven Police",
            "Draft agreed by both agencies June 2022; presented to Board July 2022.",
            "30/09/2022",
            "Completed 14/10/2022 – protocol signed and in use.",
        ),
        (
            "",
            "",
            "Brief offender managers and PPU staff on the new protocol through team meetings.",
            "Probation Service",
            "Briefing pack written.",
            "December 2022",
            "Completed 02/12/2022. All offender managers briefed.",
        ),
        (
            "2. Housing Options to check whether a temporary address could be known to the perpetrator.",
            "Local",
            "Add a 'perpetrator knowledge of address' question to the temporary accommodation allocation form "
            "and to the homelessness assessment for anyone fleeing domestic abuse. Housing Options officers "
            "should be told why the question matters, with examples from this review, and supervisors should "
            "check that it has been answered before a placement is confirmed.",
            "Larkhaven Council – Housing Options",
            "Form amended in the housing IT system in October 2022. Supervisor checklist being written with the "
            "Domestic Abuse Coordinator; first sample check of 20 placements planned for the spring.",
            "31.03.2023",
            "Ongoing – form live; supervisor check not yet embedded.",
        ),
        (
            "3. GPs to ask directly about domestic abuse when a patient discloses fear.",
            "Local",
            "Cascade learning to practices through the PCN safeguarding leads meeting and add a template prompt "
            "to the clinical system.",
            "Coastline Primary Care Network",
            "Learning presented to safeguarding leads in September 2022.",
            "Mar-23",
            "Outcome: template prompt requested from clinical system supplier – awaiting.",
        ),
        (
            "4. Women's Aid to review its contact procedure for police referrals.",
            "Local",
            "Revise the referral contact procedure: three telephone attempts at different times, then a letter "
            "or text to a safe contact method agreed with the referrer.",
            "Harbour Women's Aid",
            "Procedure revised and agreed by the trustees.",
            "31/12/2022",
            "Completed 30/11/2022. Revised procedure in place.",
        ),
        (
            "5. Multi-agency training on coercive control after separation.",
            "Local",
            "Commission two half-day sessions, open to housing, primary care and police staff.",
            "Larkhaven Community Safety Partnership",
            "Trainer identified. Draft course outline shared with the "
            "Domestic Abuse Strategic Board for comment; the housing and primary care leads have asked for a "
            "session in the evening so that reception and front-desk staff can attend. Venue options under "
            "discussion with the Council's learning and development team.",
            "By end of June 2023",
            "Not yet started – funding being sought.",
        ),
        (
            "6. CSP to seek assurance that actions are completed and effective.",
            "Local",
            "Review this action plan at every CSP Delivery Group meeting until all actions are closed, and ask "
            "each lead agency for evidence of impact.",
            "Larkhaven Community Safety Partnership",
            "",
            "Ongoing",
            "",
        ),
    ]
    for r in rows:
        add_row(t, list(r), W2, size=9)
    merge_down(t, 0, 1, 2, size=9)
    merge_down(t, 1, 1, 2, size=9)
    save(doc, stem)


# ===================================================== 2. SAR overview, key findings + SAB recs, narrative chronology
def doc_millbrook():
    stem = "sar_key_findings_sab_recs_narrative_chron_millbrook"
    doc = new_doc(header="Millbrook Safeguarding Adults Board | SAR 'Derek'", footer_label="Page")
    st = doc.styles["Normal"]
    st.font.name = "Georgia"
    st.font.size = Pt(11.5)
    st.paragraph_format.line_spacing = 1.4
    st.paragraph_format.space_after = Pt(8)
    para(doc, "[Image: Millbrook Safeguarding Adults Board logo]", italic=True, size=9)
    para(doc, "")
    para(doc, "Safeguarding Adults Review", bold=True, size=24)
    para(doc, "'Derek'", bold=True, size=20)
    para(doc, "Overview Report", size=16)
    para(doc, "")
    para(doc, "Independent reviewer: Patrick Lindqvist-Hale", size=12)
    para(doc, "Commissioned by Millbrook Safeguarding Adults Board", size=12)
    para(doc, "Published: September 2023", size=12)
    page_break(doc)
    para(doc, "Contents", bold=True, size=14)
    for title, pg in [
        ("1. Introduction", 3),
        ("2. Terms of reference", 3),
        ("3. How the review was carried out", 4),
        ("4. Derek", 4),
        ("5. Agency contact", 5),
        ("6. Analysis", 8),
        ("7. Key findings and recommendations", 9),
        ("8. Summary of recommendations", 11),
        ("Glossary", 12),
    ]:
        dotted_line(doc, title, pg)
    page_break(doc)

    heading(doc, "1. Introduction", 1)
    numbered(
        doc,
        "1.1",
        "Derek was a 67-year-old man who lived alone in a ground-floor council flat on the Westfield estate "
        "in Millbrook. He died in hospital on 2 February 2022 from sepsis after being found on the floor of "
        "his flat by a housing officer. The house was cluttered and there was no heating.",
    )
    numbered(
        doc,
        "1.2",
        "The Safeguarding Adults Board decided on 5 April 2022 that the case met the criteria for a review "
        "under section 44 of the Care Act 2014, because Derek had care and support needs, he died as a result "
        "of self-neglect, and agencies could have worked together more effectively.",
    )
    numbered(
        doc,
        "1.3",
        "The Board and the reviewer thank Derek's niece, who met the reviewer twice and whose memories of her "
        "uncle as a skilled joiner and keen angler are reflected throughout this report.",
    )
    heading(doc, "2. Terms of reference", 1)
    numbered(
        doc,
        "2.1",
        "The review was asked to consider the period from 1 January 2020 to 2 February 2022 "
        "and to answer these questions:",
    )
    for q in [
        "(i) How well did agencies understand Derek's self-neglect and his ability to make decisions about it?",
        "(ii) Was the legal framework, including the Care Act 2014 and the Mental Capacity Act 2005, used well?",
        "(iii) How well did agencies share information and escalate their concerns?",
        "(iv) What was the effect of the COVID-19 restrictions on contact with Derek?",
    ]:
        p = para(doc, q)
        p.paragraph_format.left_indent = Cm(1.2)
    heading(doc, "3. How the review was carried out", 1)
    numbered(
        doc,
        "3.1",
        "The review used a systems approach. Agencies provided chronologies and short reflective reports, and "
        "the reviewer held a learning event with eleven practitioners in March 2023. Draft findings were "
        "tested with the SAR subgroup before the final report was presented to the Board.",
    )
    numbered(
        doc,
        "3.2",
        "The reviewer is independent of all the agencies involved and has no previous connection with "
        "Millbrook.",
    )
    heading(doc, "4. Derek", 1)
    numbered(
        doc,
        "4.1",
        "Derek worked as a joiner until a back injury in his fifties. His wife died in 2014, and his niece "
        "describes him as becoming 'smaller and quieter' after that. He drank more, ate less, and stopped "
        "going to the angling club that had been his main social contact.",
    )
    numbered(
        doc,
        "4.2",
        "He had type 2 diabetes and chronic obstructive pulmonary disease, and by 2021 he had sores on both "
        "legs. He was proud and private, did not like people coming into his flat, and often told "
        "professionals that he was 'managing fine'.",
    )

    heading(doc, "5. Agency contact", 1)
    numbered(
        doc,
        "5.1",
        "This section summarises, agency by agency, the contact that matters most to the review. It draws on "
        "the agencies' chronologies; analysis follows in Section 6.",
    )
    heading(doc, "Riverside Medical Practice (GP)", 2)
    numbered(
        doc,
        "5.2",
        "On 14 January 2020 Derek attended an annual diabetes review with the practice nurse. His blood sugar "
        "was poorly controlled and he had lost 6kg since the previous year. He declined a referral to the "
        "dietitian and said he would 'eat better'.",
    )
    numbered(
        doc,
        "5.3",
        "During the spring of 2020 the practice moved to telephone appointments. Derek did not answer calls "
        "for his medication review in May and June 2020, and his repeat prescriptions were issued without "
        "review.",
    )
    numbered(
        doc,
        "5.4",
        "On 9 August 2021 the district nursing team, attached to the practice, visited to dress leg ulcers and "
        "noted that the flat smelled strongly of urine and that there was little food. The nurse discussed "
        "this with the GP, who recorded 'patient has capacity, declines help'. No capacity assessment was "
        "documented.",
    )
    heading(doc, "Millbrook Council Adult Social Care", 2)
    numbered(
        doc,
        "5.5",
        "A safeguarding concern was raised by the district nurse on 16 August 2021. Adult Social Care decided "
        "the next day that the concern did not meet the threshold for a section 42 enquiry and opened a care "
        "and support assessment instead.",
    )
    numbered(
        doc,
        "5.6",
        "A social worker visited on 7 September 2021. Derek would not let her in and spoke to her through the "
        "window. She left a leaflet and arranged to visit again. A second visit in late September 2021 had the "
        "same result, and the assessment was closed on 12 October 2021 with the outcome 'declined services'.",
    )
    heading(doc, "Westfield Homes (housing provider)", 2)
    numbered(
        doc,
        "5.7",
        "Westfield Homes tried to carry out an annual gas safety check on 3 March 2021 and was refused entry. "
        "After three further letters the gas supply was capped on 28 April 2021, which left Derek without "
        "heating or hot water. The housing officer was not told.",
    )
    numbered(
        doc,
        "5.8",
        "A neighbour reported a smell from the flat on 20 November 2021. The housing officer called and Derek "
        "spoke to her at the door. She recorded that he looked 'unkempt' but did not raise a safeguarding "
        "concern, because she understood that Adult Social Care was already involved.",
    )
    heading(doc, "North Vale Ambulance Service", 2)
    numbered(
        doc,
        "5.9",
        "Ambulance crews attended twice after falls, on 30 December 2021 and again on 26 January 2022. On the "
        "first occasion Derek refused to go to hospital and the crew left him with safety advice. On the "
        "second occasion the crew made a referral to Adult Social Care through the ambulance referral line.",
    )
    numbered(
        doc,
        "5.10",
        "On 1 February 2022 the housing officer found Derek on the floor and called an ambulance. He was "
        "taken to Millbrook General Hospital, where he died the next day.",
    )
    heading(doc, "Millbrook Recovery Service (alcohol)", 2)
    numbered(
        doc,
        "5.11",
        "The GP referred Derek to the alcohol service in November 2020. He was sent two appointment letters, "
        "did not attend either, and was discharged back to the GP under the service's non-attendance policy "
        "in January 2021.",
    )

    heading(doc, "6. Analysis", 1)
    for n, txt in [
        (
            "6.1",
            "Practitioners who spoke at the learning event were clear that Derek was a likeable man who "
            "made it hard for people to help him. Several said they had accepted his refusals at face value "
            "because they respected his right to choose.",
        ),
        (
            "6.2",
            "Respecting choice is right, but it depends on knowing that the person understands the "
            "consequences of the choice. Nobody formally assessed whether Derek could make decisions about his "
            "health and home, even though his self-care was deteriorating and he was drinking heavily.",
        ),
        (
            "6.3",
            "Each agency held a piece of the picture. The GP practice knew about his weight loss and ulcers, "
            "Westfield Homes knew that the gas was capped, the alcohol service knew that he had not engaged, and "
            "the ambulance service knew that he was falling. These facts were never brought together in one "
            "meeting.",
        ),
        (
            "6.4",
            "Millbrook has a self-neglect and hoarding protocol that provides for a multi-agency risk "
            "meeting where a person refuses support and the risk is high. None of the practitioners at the "
            "learning event had used it, and two had not heard of it.",
        ),
        (
            "6.5",
            "The decision to cap the gas supply was taken under a compliance process that did not ask "
            "whether the tenant was vulnerable. The effect on an older man with lung disease in winter was "
            "serious and foreseeable.",
        ),
        (
            "6.6",
            "The closure of the care and support assessment as 'declined services' ended Adult Social "
            "Care's involvement at the point when other agencies believed it was continuing.",
        ),
    ]:
        numbered(doc, n, txt)

    heading(doc, "7. Key findings and recommendations", 1)
    numbered(
        doc,
        "7.1",
        "The review makes four key findings. Each is followed by the recommendation(s) made to "
        "the Safeguarding Adults Board (SAB).",
    )

    def finding(title, body):
        heading(doc, title, 2)
        para(doc, body)

    def sab(ref, text):
        para(doc, "Recommendation for the SAB", bold=True, italic=True)
        p = doc.add_paragraph()
        r = p.add_run(ref + ": ")
        r.bold = True
        p.add_run(text)

    finding(
        "Key finding 1: Mental capacity was assumed, not assessed",
        "Professionals repeatedly recorded that Derek 'has capacity' without an assessment of the specific "
        "decision and without considering executive capacity – the gap between what a person says they will "
        "do and what they are able to do.",
    )
    sab(
        "SAB 1",
        "The SAB should seek assurance from partner agencies that staff working with adults who self-neglect "
        "understand executive capacity and record a capacity assessment where a person's refusal of support "
        "puts them at serious risk.",
    )
    finding(
        "Key finding 2: The self-neglect protocol was not used",
        "The multi-agency self-neglect and hoarding protocol was not known to front-line staff and no risk "
        "meeting was called, although at least four agencies had concerns in the last six months of Derek's "
        "life.",
    )
    sab(
        "SAB 2",
        "The SAB should relaunch the self-neglect and hoarding protocol with a short practice guide and a "
        "programme of multi-agency training for front-line staff in housing, primary care, ambulance and "
        "adult social care.",
    )
    sab(
        "SAB 3",
        "The SAB should audit the use of multi-agency risk meetings under the protocol twelve months after the "
        "relaunch and report the results to the Board.",
    )
    finding(
        "Key finding 3: Housing compliance processes did not consider vulnerability",
        "Capping Derek's gas supply was lawful and followed the landlord's process, but the process did not "
        "prompt anyone to ask whether he was at risk or to tell his housing officer.",
    )
    sab(
        "SAB 4",
        "The SAB should ask Westfield Homes and other registered housing providers in Millbrook to review their "
        "gas safety access procedures so that a vulnerability check and a referral route to the housing "
        "officer are completed before a supply is capped.",
    )
    finding(
        "Key finding 4: Cases were closed while others believed them open",
        "Adult Social Care closed the assessment after two refused visits without telling the referrer, and "
        "the alcohol service discharged Derek for non-attendance. Other practitioners went on believing that "
        "someone else was involved.",
    )
    sab(
        "SAB 5",
        "The SAB should ensure that partner agencies' closure and discharge procedures require the referrer "
        "and the GP to be told when a person who self-neglects is discharged for declining or not attending.",
    )

    heading(doc, "8. Summary of recommendations", 1)
    W = [2, 14.5]
    t = make_table(doc, ["Ref.", "Recommendation (summary)"], W)
    for r in [
        ("SAB 1", "Assurance that staff understand executive capacity and record capacity assessments."),
        ("SAB 2", "Relaunch the self-neglect and hoarding protocol with guide and training."),
        ("SAB 3", "Audit use of multi-agency risk meetings twelve months after relaunch."),
        ("SAB 4", "Housing providers to add a vulnerability check to gas safety access procedures."),
        ("SAB 5", "Referrer and GP told when a person who self-neglects is discharged or closed."),
    ]:
        add_row(t, list(r), W, size=10)
    doc.add_paragraph()
    heading(doc, "Glossary", 1)
    t = make_table(doc, ["Term", "Meaning"], [4, 12.5])
    for r in [
        ("SAB", "Safeguarding Adults Board"),
        ("SAR", "Safeguarding Adults Review"),
        (
            "Section 42 enquiry",
            "An enquiry under section 42 of the Care Act 2014 into whether an adult is at "
            "risk of abuse or neglect",
        ),
        ("Executive capacity", "A person's ability to carry out a decision, as opposed to describing it"),
    ]:
        add_row(t, list(r), [4, 12.5], size=10)
    save(doc, stem)


# ===================================================== 3. CSPR with interleaved Learning N / Recommendation N
def doc_oakhurst():
    stem = "cspr_learning_recs_interleaved_key_episodes_oakhurst"
    doc = new_doc(header="Oakhurst Safeguarding Children Partnership", footer_label="Child M – LCSPR")
    doc.styles["Normal"].font.name = "Verdana"
    doc.styles["Normal"].font.size = Pt(10)
    para(doc, "Oakhurst Safeguarding Children Partnership", bold=True, size=14)
    para(doc, "Local Child Safeguarding Practice Review", bold=True, size=20)
    para(doc, "Child M", bold=True, size=18)
    para(doc, "")
    kv_table(
        doc,
        [
            ("Lead reviewer", "Annika Solberg-Reeve"),
            ("Partnership reference", "OSCP/LCSPR/2023/01"),
            ("Rapid review held", "16 March 2023"),
            ("Report agreed by the Partnership", "11 December 2023"),
        ],
    )
    heading(doc, "1. Why this review was held", 1)
    numbered(
        doc,
        "1.1",
        "Child M was a baby boy aged eleven weeks who was admitted to Oakhurst Royal Infirmary on 27 February "
        "2023 with a skull fracture and bleeding on the brain. He survived but is expected to have lasting "
        "disabilities. His father has been charged with causing grievous bodily harm.",
    )
    numbered(
        doc,
        "1.2",
        "The Partnership held a rapid review and notified the Child Safeguarding Practice Review Panel. The "
        "rapid review found potential learning about how agencies respond to bruising in babies who are not "
        "yet mobile and about involving fathers, and recommended a local review.",
    )
    heading(doc, "2. Family background", 1)
    numbered(
        doc,
        "2.1",
        "Child M lived with his mother, aged 19, and his father, aged 24. His mother had been looked after by "
        "the local authority as a teenager and had a personal adviser from the leaving care team. His father "
        "was not known to children's services but had a caution for assault from 2019.",
    )
    heading(doc, "3. Key episodes", 1)
    numbered(
        doc, "3.1", "The following key episodes were identified by the rapid review and the learning event."
    )
    W = [2.6, 3.6, 10.3]
    t = make_table(doc, ["Date", "Source", "Event"], W, header_fill="E2EFDA")
    for r in [
        (
            "12/12/2022",
            "Maternity",
            "Child M was born at 37 weeks. Mother was discharged home the next day; "
            "the discharge summary noted that father had been 'not present during the stay'.",
        ),
        (
            "20/12/2022",
            "Health visiting",
            "Health visitor completed the new birth visit. Father was at work. "
            "Mother scored low on the mood screening questions.",
        ),
        (
            "09/01/2023",
            "Leaving care team",
            "Personal adviser visited. Mother said she was tired and that father "
            "'shouts at the baby when he cries'. This was not shared.",
        ),
        (
            "24/01/2023",
            "GP",
            "Six-to-eight week check. The GP noted a small bruise on Child M's cheek, "
            "explained by mother as caused by a dummy clip.",
        ),
        (
            "25/01/2023",
            "GP",
            "The GP discussed the bruise with the practice safeguarding lead, who advised "
            "that a referral was not needed because an explanation had been given.",
        ),
        (
            "13/02/2023",
            "Police",
            "Neighbour reported a man shouting and a baby screaming. Officers attended; "
            "the father said the baby had colic. No referral was made.",
        ),
        (
            "27/02/2023",
            "Ambulance / Hospital",
            "Ambulance called by mother because Child M was floppy and "
            "vomiting. Admitted to paediatric intensive care.",
        ),
    ]:
        add_row(t, list(r), W, size=9)
    doc.add_paragraph()
    heading(doc, "4. Learning and recommendations", 1)
    numbered(
        doc,
        "4.1",
        "The review identified five areas of learning. Where the partnership needs to act, a "
        "recommendation follows the learning it comes from.",
    )

    def learning(n, title, body):
        heading(doc, f"Learning {n}: {title}", 2)
        para(doc, body)

    def rec(n, body):
        p = doc.add_paragraph()
        r = p.add_run(f"Recommendation {n}")
        r.bold = True
        r.underline = True
        doc.add_paragraph(body)

    learning(
        1,
        "Bruising in babies who are not independently mobile",
        "A bruise on a baby who cannot roll or crawl is rare and needs to be explained by more than a "
        "parent's account. The GP and safeguarding lead accepted the explanation and did not follow the "
        "partnership's bruising protocol, which requires a referral to children's social care and a "
        "paediatric assessment.",
    )
    rec(
        1,
        "Oakhurst Integrated Care Board should remind all GP practices of the bruising in non-mobile babies "
        "protocol and audit its use in primary care within six months.",
    )
    learning(
        2,
        "Seeing and hearing fathers",
        "Father was not seen by maternity, health visiting or the GP. What practitioners knew about him came "
        "from mother. His caution for assault was not known to any health professional.",
    )
    rec(
        2,
        "The partnership should develop practice guidance on engaging fathers and male carers, including "
        "asking who lives in the household and checking what is known about them.",
    )
    rec(
        3,
        "Oakhurst Community Health Trust should add a prompt to the health visiting new birth template to "
        "record whether the father or male carer was seen and, if not, a plan to see him.",
    )
    learning(
        3,
        "Hearing what young parents tell us",
        "Mother told her personal adviser that father shouted at the baby. The personal adviser saw this as "
        "a relationship matter and did not consider it a safeguarding concern for the baby.",
    )
    rec(
        4,
        "Oakhurst Council Children's Services should provide training for personal advisers on recognising "
        "risk to the babies of care leavers and when to make a referral.",
    )
    learning(
        4,
        "Police response to a crying baby",
        "Officers attending the report on 13 February 2023 accepted father's explanation. The rapid review "
        "noted that Oakhurst Police had already introduced a briefing on infant crying as a trigger for "
        "abuse, so no further recommendation is made.",
    )
    learning(
        5,
        "Good practice",
        "The ambulance crew and the paediatric team acted quickly and shared information with police and "
        "children's social care on the day of admission.",
    )
    heading(doc, "5. Conclusion", 1)
    numbered(
        doc,
        "5.1",
        "The review found that the warning signs were individually small but together "
        "significant. The partnership has accepted the four recommendations and will monitor an action plan "
        "through its learning and improvement group.",
    )
    save(doc, stem)


# ===================================================== 4. Partnership tracker of two DHRs in one table
def doc_fenwick():
    stem = "plan_tracker_two_dhrs_rag_words_fenwick"
    doc = new_doc(
        landscape=True,
        header="Fenwick Safer Partnership – DHR Recommendations Tracker",
        footer_label="Tracker updated 15 January 2024",
    )
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(9)
    para(doc, "Fenwick Safer Partnership", bold=True, size=14)
    para(doc, "Domestic Homicide Reviews – Recommendations Progress Tracker", bold=True, size=12)
    para(
        doc,
        "Reviews included: DHR 'Amy' (FSP DHR 2019/02, published March 2022) and DHR 'Tomasz' "
        "(FSP DHR 2021/01, published May 2023).",
        size=9,
    )
    para(
        doc,
        "RAG key: Red – not started or overdue; Amber – in progress; Green – complete.",
        size=9,
        italic=True,
    )
    W = [2.2, 1.3, 5.2, 5.0, 3.2, 2.0, 1.5, 4.6]
    t = make_table(
        doc,
        ["Review", "Rec no.", "Recommendation", "Action", "Lead", "Due", "RAG", "Update"],
        W,
        size=8,
        header_fill="1F4E79",
    )
    for c in t.rows[0].cells:
        for p in c.paragraphs:
            for r in p.runs:
                from docx.shared import RGBColor

                r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    fills = {"Red": "FF9999", "Amber": "FFD966", "Green": "A9D08E"}
    rows = [
        (
            "DHR Amy",
            "1",
            "Fenwick Police should make sure that every repeat domestic abuse call is checked "
            "against previous incidents at the same address before officers are deployed.",
            "Build an automatic address history check into the command and control system.",
            "Fenwick Police – Control Room Manager",
            "Mar-23",
            "Green",
            "System change went live 6 February 2023.",
        ),
        (
            "",
            "2",
            "Fenwick Council should commission a specialist service for older victims of domestic abuse.",
            "Scope need and options with Age Concern Fenwick and the domestic abuse board.",
            "Fenwick Council – Community Safety Manager",
            "31.03.2023",
            "Green",
            "Scoping report accepted by the domestic abuse board in March 2023.",
        ),
        (
            "",
            "",
            "",
            "Commission a pilot older victims' outreach worker for two years.",
            "Fenwick Council – Commissioning",
            "Q3 2023/24",
            "Amber",
            "Tender issued November 2023; award expected February.",
        ),
        (
            "",
            "3",
            "Fenwick Hospitals NHS Trust should include domestic abuse in the frailty assessment used in "
            "the emergency department.",
            "Add a routine enquiry question to the frailty assessment.",
            "Fenwick Hospitals NHS Trust – Named Nurse for Adult Safeguarding",
            "30/06/2023",
            "Red",
            "Overdue – work not yet started because of digital team capacity; revised date to be agreed.",
        ),
        (
            "DHR Tomasz",
            "1",
            "The Partnership should produce information about domestic abuse support in Polish, "
            "Romanian and Lithuanian and share it through employers and community groups.",
            "Translate the 'Help is here' leaflet and distribute through the three largest employers.",
            "Fenwick Safer Partnership – DA Coordinator",
            "By end of June 2023",
            "Green",
            "Leaflets printed and distributed to 14 sites.",
        ),
        (
            "",
            "2",
            "Fenwick Drug and Alcohol Service should screen for domestic abuse at every assessment and review.",
            "Update the assessment form and train key workers.",
            "Fenwick Drug and Alcohol Service – Service Manager",
            "Sep-23",
            "Amber",
            "Form updated; 60% of key workers trained.",
        ),
        (
            "",
            "3",
            "Probation Service should make sure that information about a perpetrator's new relationship is "
            "shared with the police for a Clare's Law right-to-know consideration.",
            "Issue practice guidance to offender managers and audit ten cases.",
            "Probation Service – Head of Fenwick PDU",
            "Ongoing",
            "Amber",
            "Guidance issued; audit to follow.",
        ),
        (
            "",
            "4",
            "All partner agencies should ensure that interpreters, not family members, are used when "
            "asking about domestic abuse.",
            "Seek written confirmation from each agency that its interpreter policy reflects this.",
            "Fenwick Safer Partnership – Board Manager",
            "31/12/2023",
            "Red",
            "Not started – awaiting agency returns.",
        ),
    ]
    for r in rows:
        add_row(t, list(r), W, size=8, fills={6: fills[r[6]]})
    merge_down(t, 0, 1, 4, size=8, bold=True)
    merge_down(t, 0, 5, 8, size=8, bold=True)
    merge_down(t, 1, 2, 3, size=8)
    merge_down(t, 2, 2, 3, size=8)
    save(doc, stem)


# ===================================================== 5. DARDR overview: national list + lettered local recs
def doc_stanmoor():
    stem = "dardr_national_bodies_lettered_local_stanmoor"
    doc = new_doc(
        header="Stanmoor Community Safety Partnership – DARDR Joanne – OFFICIAL",
        footer_label="Domestic Abuse Related Death Review",
    )
    doc.styles["Normal"].font.name = "Cambria"
    doc.styles["Normal"].font.size = Pt(11)
    para(doc, "Domestic Abuse Related Death Review", bold=True, size=20, align="center")
    para(doc, "Overview Report", size=16, align="center")
    para(doc, "")
    para(doc, "'Joanne'", bold=True, size=16, align="center")
    para(doc, "Died in December 2021", size=12, align="center")
    para(doc, "")
    para(doc, "Stanmoor Community Safety Partnership", size=12, align="center")
    para(doc, "Review reference: SCSP DARDR 01/22", size=11, align="center")
    para(doc, "Independent chair and author: Tobias Mwangi-Clarke", size=11, align="center")
    para(doc, "Final report: 18 July 2024", size=11, align="center")
    page_break(doc)
    heading(doc, "Contents", 1)
    for title, pg in [
        ("1. Preface", 2),
        ("2. Introduction", 2),
        ("3. Background", 3),
        ("4. Analysis", 4),
        ("5. Conclusions", 5),
        ("6. Recommendations", 5),
    ]:
        dotted_line(doc, title, pg)
    page_break(doc)
    heading(doc, "1. Preface", 1)
    numbered(
        doc,
        "1.1",
        "The Domestic Abuse Related Death Review (DARDR) panel extends its sympathy to Joanne's "
        "family. Her son told the panel that she was 'funny, stubborn and the best cook on the street'.",
    )
    numbered(
        doc,
        "1.2",
        "Domestic Homicide Reviews are now known as Domestic Abuse Related Death Reviews. "
        "This review was commissioned and conducted under the statutory guidance for Domestic Homicide "
        "Reviews.",
    )
    heading(doc, "2. Introduction", 1)
    numbered(
        doc,
        "2.1",
        "Joanne, aged 52, died by suicide at her home in Stanmoor on 19 December 2021. She had "
        "experienced years of coercive and controlling behaviour from her husband, Martin, which the "
        "panel believes contributed to her death.",
    )
    numbered(
        doc,
        "2.2",
        "Martin was not charged with any offence. The coroner recorded a conclusion of suicide "
        "in September 2022.",
    )
    numbered(
        doc,
        "2.3",
        "The review covered the period from January 2017 until Joanne's death. Six agencies "
        "contributed, together with Joanne's son and her closest friend.",
    )
    heading(doc, "3. Background", 1)
    numbered(
        doc,
        "3.1",
        "Joanne worked part-time in a school kitchen. Friends describe Martin controlling the "
        "couple's money, monitoring her phone and discouraging her from seeing them. She disclosed some "
        "of this to her GP in 2019 and to the school's welfare officer in 2021.",
    )
    numbered(
        doc,
        "3.2",
        "In October 2021 Joanne was seen by the crisis team after taking an overdose. The "
        "assessment recorded 'relationship difficulties' but did not ask about abuse. She was discharged "
        "to her GP two weeks later.",
    )
    numbered(
        doc,
        "3.3",
        "She contacted the national domestic abuse helpline once, in November 2021; the "
        "helpline's record shows she said she had nowhere to go that would take her dog.",
    )
    heading(doc, "4. Analysis", 1)
    numbered(
        doc,
        "4.1",
        "Joanne's death shows a pattern found in other reviews of suicide after domestic abuse: "
        "her abuse was mostly non-physical, she was seen by mental health services, and the link between "
        "the abuse and her suicidal thoughts was not made.",
    )
    numbered(
        doc,
        "4.2",
        "There is no national requirement to collect data on suicides linked to domestic abuse, "
        "which makes it difficult for local areas to understand how often this happens.",
    )
    numbered(
        doc,
        "4.3",
        "Police could not use the offence of controlling or coercive behaviour after her death, "
        "and the panel heard from Joanne's son that the family felt nobody would ever be held to account.",
    )
    heading(doc, "5. Conclusions", 1)
    numbered(
        doc,
        "5.1",
        "The panel concludes that opportunities to recognise Joanne's abuse were missed at "
        "three points: by the GP in 2019, by the crisis team in October 2021, and by her employer.",
    )
    heading(doc, "6. Recommendations", 1)
    heading(doc, "Recommendations for national bodies", 2)
    para(doc, "The panel asks the Partnership to write to the following national bodies:")
    for who, txt in [
        (
            "Home Office",
            "The Home Office should require the recording of suspected suicides following domestic "
            "abuse in police data returns, so that the national scale of these deaths is known.",
        ),
        (
            "Department of Health and Social Care",
            "The Department of Health and Social Care should include "
            "domestic abuse as a named risk factor in the next national suicide prevention strategy and its "
            "guidance to crisis services.",
        ),
        (
            "Ministry of Justice",
            "The Ministry of Justice should consider how bereaved families can be given "
            "information about the investigation of abuse that preceded a suicide.",
        ),
    ]:
        p = doc.add_paragraph(style="List Number")
        r = p.add_run(who + ": ")
        r.bold = True
        p.add_run(txt)
    heading(doc, "Local recommendations", 2)
    para(doc, "The panel makes the following recommendations to Stanmoor agencies:")
    for letter, txt in [
        (
            "a",
            "Stanmoor and Dale NHS Foundation Trust should ensure that crisis team assessments include a direct "
            "question about domestic abuse, asked when the patient is seen alone.",
        ),
        (
            "b",
            "Stanmoor Primary Care Network should make sure GP practices record disclosures of controlling "
            "behaviour as domestic abuse and offer a referral to the IDVA service.",
        ),
        (
            "c",
            "Stanmoor Community Safety Partnership should work with the local domestic abuse service to find "
            "refuge or safe accommodation options that accept pets.",
        ),
        (
            "d",
            "Stanmoor Council, as an employer, should adopt a domestic abuse workplace policy and train "
            "line managers and welfare officers to recognise and respond to disclosures.",
        ),
        (
            "e",
            "Stanmoor Community Safety Partnership should run a public campaign on coercive control aimed at "
            "friends, family and neighbours, explaining what it looks like and where to get advice.",
        ),
        (
            "f",
            "The Stanmoor Suicide Prevention Group should add deaths following domestic abuse to its real-time "
            "surveillance and report them to the Partnership.",
        ),
    ]:
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(1.0)
        p.paragraph_format.first_line_indent = Cm(-1.0)
        p.add_run(f"({letter})\t{txt}")
    save(doc, stem)


# ===================================================== 6. Welsh Child Practice Review, "Improving Systems and Practice"
def doc_afoncoed():
    stem = "cpr_welsh_improving_systems_bilingual_cover_afoncoed"
    doc = new_doc(header="CPR ARSB 2022/04 – Child Practice Review Report")
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(11)
    para(
        doc,
        "[Logo: Bwrdd Diogelu Rhanbarthol Afon Coed / Afon Coed Regional Safeguarding Board]",
        italic=True,
        size=9,
    )
    para(doc, "")
    para(doc, "Bwrdd Diogelu Rhanbarthol Afon Coed", bold=True, size=14, align="center")
    para(doc, "Afon Coed Regional Safeguarding Board", bold=True, size=14, align="center")
    para(doc, "")
    para(doc, "Adolygiad Ymarfer Plant Estynedig", bold=True, size=18, align="center")
    para(doc, "Extended Child Practice Review", bold=True, size=18, align="center")
    para(doc, "")
    para(doc, "Adroddiad / Report", size=14, align="center")
    para(doc, "ARSB 2022/04", size=14, align="center")
    para(doc, "Plentyn / Child: 'Nia'", size=13, align="center")
    para(doc, "")
    para(doc, "Adolygwyr / Reviewers: Gethin Prydderch and Carys Moreland-Jones", size=11, align="center")
    para(doc, "Cyhoeddwyd / Published: Ebrill / April 2024", size=11, align="center")
    page_break(doc)

    def box_heading(text):
        t = doc.add_table(rows=1, cols=1)
        t.style = "Table Grid"
        set_text(t.cell(0, 0), text, bold=True, size=11)
        shade(t.cell(0, 0), "D9E2F3")
        set_widths(t, [16.6])

    box_heading("Brief outline of circumstances resulting in the Review")
    para(
        doc,
        "An Extended Child Practice Review was commissioned by the Afon Coed Regional Safeguarding Board on "
        "the recommendation of the Case Review Group, in line with the Social Services and Well-being (Wales) "
        "Act 2014 guidance for multi-agency child practice reviews.",
    )
    para(
        doc,
        "Nia was a fourteen-year-old girl who had been on the child protection register under the "
        "category of neglect for eight months. On 3 May 2022 she was found unconscious in a park after "
        "taking drugs supplied by an adult man. She recovered in hospital. The man was later convicted of "
        "offences of child sexual exploitation.",
    )
    para(
        doc,
        "The review period was 1 May 2021 to 3 May 2022. Nia and her mother contributed to the review; "
        "Nia asked that the report say she wants professionals to 'talk to me, not about me'.",
    )

    box_heading("Practice and organisational learning")
    para(
        doc,
        "The reviewers identified the following learning. It is set out here to explain the actions "
        "that follow.",
    )
    for title, body in [
        (
            "Exploitation seen as choice",
            "Nia's missing episodes were described in several records as 'staying with friends' or as her choice. "
            "Practitioners did not always see that a child going missing repeatedly with older men is a child "
            "being exploited.",
        ),
        (
            "Core group focus",
            "The child protection plan concentrated on home conditions. Core group meetings rarely discussed "
            "Nia's life outside the home, and the school nurse and youth service were not members of the core "
            "group.",
        ),
        (
            "Return home interviews",
            "Return home interviews were offered on seven occasions and took place twice. Information from the "
            "two interviews that did take place, which named an adult male 'friend', was not passed to the "
            "police.",
        ),
        (
            "Effective practice",
            "The school's pastoral lead built a trusting relationship with Nia and was the professional she "
            "turned to in the weeks before the incident.",
        ),
    ]:
        p = doc.add_paragraph()
        p.add_run(title + ". ").bold = True
        p.add_run(body)

    box_heading("Improving Systems and Practice")
    para(
        doc,
        "To promote the learning from this case the review identified the following actions for the "
        "Afon Coed Regional Safeguarding Board and its member agencies, with the improvement each is "
        "expected to bring about:",
    )
    items = [
        (
            "The Board should make sure that the regional exploitation screening tool is completed whenever a "
            "child on the child protection register goes missing more than once in three months.",
            "Children at risk of exploitation are recognised earlier and discussed at the exploitation panel.",
        ),
        (
            "The Board should revise the core group guidance so that the child's life outside the home, "
            "including friendships, online contact and missing episodes, is a standing item at every core "
            "group meeting.",
            "Child protection plans address risks outside the family as well as within it.",
        ),
        (
            "Afon Coed County Council should commission the return home interview service to share "
            "intelligence about adults of concern with Heddlu Afon Coed Police within 72 hours.",
            "Police receive information about adults who may be exploiting children in time to act on it.",
        ),
        (
            "Member agencies should provide training for practitioners on the language used to describe "
            "exploited children, so that records do not suggest a child has chosen to be abused.",
            "Records describe exploitation accurately and do not blame the child.",
        ),
        (
            "The Board should ask Afon Coed University Health Board to include the school nursing service "
            "in core groups for children of secondary school age.",
            "Health information about older children on the register is shared within the core group.",
        ),
    ]
    for i, (action, outcome) in enumerate(items, 1):
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(0.9)
        p.paragraph_format.first_line_indent = Cm(-0.9)
        p.add_run(f"{i}.\t{action}")
        q = doc.add_paragraph()
        q.paragraph_format.left_indent = Cm(0.9)
        r = q.add_run("Anticipated improvement outcome: " + outcome)
        r.italic = True

    box_heading("Statement by Reviewers")
    t = doc.add_table(rows=3, cols=4)
    t.style = "Table Grid"
    for i, (a, b, c, d) in enumerate(
        [
            ("REVIEWER 1", "Gethin Prydderch", "REVIEWER 2", "Carys Moreland-Jones"),
            (
                "Statement of independence from the case",
                "I confirm that I have had no involvement with the case "
                "and no line management of anyone involved.",
                "Statement of independence from the case",
                "I confirm that I am independent of the case and of the agencies involved.",
            ),
            ("Date", "14 December 2023", "Date", "14 December 2023"),
        ]
    ):
        for j, v in enumerate((a, b, c, d)):
            set_text(t.cell(i, j), v, bold=j in (0, 2), size=9)
    set_widths(t, [3.5, 4.8, 3.5, 4.8])
    doc.add_paragraph()
    box_heading("Child Practice Review process")
    para(
        doc,
        "The review panel, chaired by Elin Vaughan-Pryce, Head of Safeguarding at Afon Coed University "
        "Health Board, met six times. A learning event was held on 19 June 2023 with sixteen practitioners. "
        "Nia and her mother were told about the review and met the reviewers; the outcome of the review "
        "was shared with them before publication.",
    )
    box_heading("For Welsh Government use only")
    t = doc.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    for i, k in enumerate(
        [
            "Date information received",
            "Date acknowledgment letter sent",
            "Date circulated to relevant inspectorates / Policy Leads",
        ]
    ):
        set_text(t.cell(i, 0), k, size=9)
    set_widths(t, [9, 7.6])
    save(doc, stem)


# ===================================================== 7. Chronology appendix with Time and Significance columns
def doc_greyfield():
    stem = "chron_appendix_time_significance_mixed_dates_greyfield"
    doc = new_doc(
        landscape=True, header="Greyfield DHR 'Sofia' – Appendix 2", footer_label="Appendix 2 – page"
    )
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    para(doc, "Appendix 2: Combined Multi-Agency Chronology", bold=True, size=13)
    para(
        doc,
        "Domestic Homicide Review into the death of Sofia, aged 29, on 2 May 2020 – Greyfield Community "
        "Safety Partnership",
        size=10,
    )
    para(
        doc,
        "Entries are in date order. Where an agency recorded only a week or month, that is shown. The "
        "'Significance' column is the panel's comment.",
        size=9,
        italic=True,
    )
    W = [2.4, 1.4, 3.2, 10.0, 7.6]
    t = make_table(doc, ["Date", "Time", "Agency", "Summary of contact", "Significance"], W, size=9)
    rows = [
        (
            "Feb-19",
            "",
            "Greyfield GP Surgery",
            "Sofia registered with the practice after moving to Greyfield "
            "with Adam. New patient questionnaire completed by Adam on her behalf.",
            "First sign of Adam speaking for Sofia.",
        ),
        (
            "17.06.2019",
            "14:20",
            "Greyfield Police",
            "Call from a neighbour reporting a woman crying and a man "
            "shouting. Officers attended; Sofia said it was a disagreement. DASH completed – standard risk.",
            "Sofia was spoken to in Adam's presence.",
        ),
        (
            "17.06.2019",
            "23:05",
            "Greyfield Police",
            "Second call the same night, from Sofia herself, which ended "
            "before she spoke. Call-back unanswered. No attendance.",
            "Not linked to the earlier call; an opportunity missed.",
        ),
        (
            "w/c 05/08/2019",
            "",
            "Greyfield Borough Council – Housing",
            "Adam applied to add Sofia to the tenancy. Application later withdrawn.",
            "Background only.",
        ),
        (
            "Sept 2019",
            "",
            "Greyfield GP Surgery",
            "Sofia attended with a cut to her hand, which she said "
            "happened in the kitchen. Adam was present.",
            "No routine enquiry recorded.",
        ),
        (
            "12/11/2019",
            "10:00",
            "Greyfield Hospitals NHS Trust – ED",
            "Sofia attended with a fractured wrist, "
            "reported as a fall on ice. Seen with Adam. Discharged the same day.",
            "Injury pattern and explanation not questioned.",
        ),
        (
            "03.02.2020",
            "09:45",
            "Greyfield Jobcentre",
            "Sofia attended alone and told her work coach she wanted "
            "to find work 'so I can have my own money'. Work coach gave information on budgeting support.",
            "Possible indicator of economic abuse not recognised.",
        ),
        (
            "w/c 10/02/2020",
            "",
            "Greyfield Women's Centre",
            "Sofia phoned the helpline twice during the week, "
            "asking about her rights if she left. She declined to give an address.",
            "Sofia was seeking help.",
        ),
        (
            "Feb-20",
            "",
            "Greyfield GP Surgery",
            "Repeat prescription for anti-depressants issued without review.",
            "Missed review during a period of heightened risk.",
        ),
        (
            "04.03.2020",
            "16:30",
            "Greyfield Police",
            "Sofia reported that Adam had taken her passport. Officers "
            "recorded a non-crime domestic incident; DASH – medium. Referral sent to the Women's Centre.",
            "Control of documents is a recognised risk factor.",
        ),
        (
            "09.03.2020",
            "",
            "Greyfield Women's Centre",
            "IDVA tried to call Sofia three times; no answer. Case closed after 14 days in line with policy.",
            "Lockdown began shortly afterwards.",
        ),
        (
            "early April 2020",
            "",
            "Friend (family and friends' account)",
            "Sofia told a friend by text that Adam "
            "had 'gone mad' since lockdown and would not let her leave the flat.",
            "Not known to any agency.",
        ),
        (
            "02/05/2020",
            "03:10",
            "Greyfield Ambulance Service",
            "Ambulance called by Adam reporting that Sofia was not breathing. Police called to the scene.",
            "Date of death.",
        ),
    ]
    for r in rows:
        add_row(t, list(r), W, size=9)
    save(doc, stem)


if __name__ == "__main__":
    doc_larkhaven()
    doc_millbrook()
    doc_oakhurst()
    doc_fenwick()
    doc_stanmoor()
    doc_afoncoed()
    doc_greyfield()
    print("built")
