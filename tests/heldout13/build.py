"""Build the heldout13 blind documents as Word files (python-docx).

Run once:  python tests/heldout13/build.py
Then convert each .docx with LibreOffice and extract text with pdftotext (see README.md).
Four long reports as they are published: contents pages that name the recommendations, plan and
chronology, running heads, page-number footers, footnotes, numbered paragraphs, lines of enquiry,
agency summaries each closing with that agency's own recommendations, lessons and good practice
lists, lettered sub-points, landscape plans split over pages and chronology tables whose rows run on.
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
    sup,
)

save = docx_saver(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)

RAG = {"Green": "C6EFCE", "Amber": "FFEB9C", "Red": "FFC7CE"}


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


def contents(doc, lines, title="Contents"):
    heading(doc, title, 1)
    for text, page in lines:
        dotted_line(doc, text, page, width_cm=16, indent=1 if text[:1].isdigit() and "." in text[:4] else 0)
    page_break(doc)


def listed(doc, items, style="List Number"):
    for s in items:
        para(doc, s, style=style)


def lettered(doc, items, indent=1.9):
    for i, s in enumerate(items):
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(indent)
        p.paragraph_format.first_line_indent = Cm(-0.7)
        p.add_run(f"({chr(97 + i)})\t{s}")


def rec(doc, num, lead, subs=(), bold_label=None):
    if bold_label:
        para(doc, bold_label, bold=True)
    numbered(doc, num, lead)
    if subs:
        lettered(doc, subs)


def table(doc, headers, widths, rows, size=9, status_col=None, first_bold=False):
    t = make_table(doc, headers, widths, size=size)
    for r in rows:
        fills = {}
        if status_col is not None:
            word = r[status_col].split()[0] if r[status_col] else ""
            if word in RAG:
                fills[status_col] = RAG[word]
        add_row(t, r, widths, size=size, fills=fills, bold_cols=(0,) if first_bold else ())
    doc.add_paragraph()
    return t


def cover(doc, lines):
    for text, size, bold in lines:
        para(doc, text, bold=bold, size=size, align="center")
    page_break(doc)


# ============================================ 1. DHR overview report, Home Office template plan appended
def doc_marrowfield():
    stem = "dhr_overview_imr_recs_lettered_ho_plan_marrowfield"
    doc = new_doc(
        header="OFFICIAL – Marrowfield Community Safety Partnership – DHR ‘Rosa’",
        footer_label="Overview Report – Final v4.2 – Page",
        font="Arial",
        size=11,
    )
    airy(doc)
    cover(
        doc,
        [
            ("[Logo: Marrowfield Community Safety Partnership]", 10, False),
            ("", 12, False),
            ("Marrowfield Community Safety Partnership", 16, True),
            ("", 12, False),
            ("DOMESTIC HOMICIDE REVIEW", 22, True),
            ("OVERVIEW REPORT", 18, True),
            ("", 12, False),
            ("Into the death of ‘Rosa’, aged 38,", 14, False),
            ("in Marrowfield in October 2022", 14, False),
            ("", 12, False),
            ("Review reference: MCSP/DHR/2022-03", 12, True),
            ("Independent Chair and Author: Helen Achterberg", 12, False),
            ("Completed: 12 February 2024", 12, False),
            ("Home Office approval for publication: August 2024", 12, False),
        ],
    )
    contents(
        doc,
        [
            ("Preface", 3),
            ("1. Introduction", 4),
            ("2. Terms of Reference", 5),
            ("3. Methodology and involvement of family and friends", 6),
            ("4. Background: Rosa and Daniel", 7),
            ("5. Summary of agency involvement and single-agency recommendations", 8),
            ("5.1 Northvale Police", 8),
            ("5.2 Eastgate Medical Practice", 9),
            ("5.3 Wellspring Domestic Abuse Service", 10),
            ("5.4 Marrowfield Borough Council Housing Options", 11),
            ("5.5 Ashgrove Health NHS Foundation Trust (mental health)", 12),
            ("6. Analysis against the key lines of enquiry", 13),
            ("7. Lessons learned and good practice", 16),
            ("8. Conclusions", 17),
            ("9. Recommendations", 18),
            ("Appendix A: Chronology of significant events", 20),
            ("Appendix B: Action Plan", 24),
            ("Appendix C: Glossary", 27),
        ],
    )

    heading(doc, "Preface", 1)
    para(
        doc,
        "The Review Panel offers its sympathy to Rosa's children, her mother and her sisters. Rosa is the "
        "name her family chose for this report. They wanted readers to know that she was funny, stubborn "
        "and devoted to her two boys, and that she had trained as a florist and hoped to open a stall of "
        "her own.",
    )
    para(
        doc,
        "The Panel also thanks the practitioners who spoke openly at the learning events. Many of them had "
        "known Rosa for years, and their grief at her death was evident.",
    )
    para(
        doc,
        "This report has been anonymised. Rosa's partner, who was convicted of her murder, is called "
        "Daniel. Other people are described by their relationship to Rosa.",
    )
    page_break(doc)

    heading(doc, "1. Introduction", 1)
    paras(
        doc,
        "1",
        [
            "This report examines how agencies in Marrowfield responded to Rosa, a 38-year-old woman who "
            "was killed by her partner Daniel at her flat on Kestrel Row on 9 October 2022. Daniel, then 41, "
            "pleaded guilty to murder in May 2023 and was sentenced to life imprisonment with a minimum term "
            "of 19 years.",
            "Northvale Police notified the Marrowfield Community Safety Partnership (MCSP) on 13 October "
            "2022. The MCSP Chair decided on 2 November 2022 that the criteria for a Domestic Homicide Review "
            "were met and informed the Home Office.",
            "The review was conducted under section 9 of the Domestic Violence, Crime and Victims Act 2004 "
            "and the statutory guidance in force at the time. Its purpose is to learn lessons, not to "
            "apportion blame.",
            "The first Panel meeting was held on 19 December 2022. The Panel met seven times. The review "
            "was paused between February and May 2023 while criminal proceedings were concluded.",
            "Agencies that had contact with Rosa or Daniel were asked to secure their records and to provide "
            "an Individual Management Review (IMR) or a short report. Summaries of the IMRs, with each "
            "agency's own recommendations, are in Section 5.",
            "The report was completed in February 2024 and approved by the MCSP Board on 4 March 2024.",
        ],
        notes={"1.3": "1", "1.5": "2"},
    )
    footnote_line(
        doc,
        "1",
        "Multi-Agency Statutory Guidance for the Conduct of Domestic Homicide Reviews (Home Office, 2016).",
    )
    footnote_line(
        doc,
        "2",
        "IMR authors were independent of the practitioners and managers who had contact with Rosa or Daniel.",
    )
    page_break(doc)

    heading(doc, "2. Terms of Reference", 1)
    paras(
        doc,
        "2",
        [
            "The review covers the period from 1 January 2019, when Rosa and Daniel began their "
            "relationship, to Rosa's death. Agencies were asked to include any earlier information about "
            "Daniel's violence towards former partners.",
            "The Panel agreed the following key lines of enquiry:",
        ],
    )
    listed(
        doc,
        [
            "What did each agency know about domestic abuse in the relationship, and when?",
            "Were the risks Daniel posed to Rosa, and to her children, identified, assessed and managed?",
            "Did agencies share information with one another in a timely way?",
            "Was Rosa asked about domestic abuse when she attended health services, and was she seen alone?",
            "How did agencies respond to Daniel's alcohol use and his mental health?",
            "Were Rosa's housing needs, and her wish to move, understood and acted on?",
            "Did the MARAC process work as intended in this case?",
            "What barriers might Rosa have faced in seeking help?",
            "Was there good practice that should be shared?",
        ],
    )
    paras(
        doc,
        "2",
        [
            "The Panel also considered whether any agency should have been involved that was not.",
            "The terms of reference were shared with Rosa's family, who asked that the review look at "
            "whether Rosa's request to move home was taken seriously. This is covered under line of "
            "enquiry 6.",
        ],
        start=3,
    )
    heading(doc, "Review Panel membership", 2)
    table(
        doc,
        ["Name", "Role", "Organisation"],
        [4.5, 5.5, 6.5],
        [
            ("Helen Achterberg", "Independent Chair and Author", "Independent"),
            ("D/Supt Karen Obi", "Head of Public Protection", "Northvale Police"),
            ("Mark Pellegrini", "Designated Nurse, Safeguarding Adults", "Northvale Integrated Care Board"),
            ("Sunita Rao", "Head of Housing Options", "Marrowfield Borough Council"),
            ("Jo Beresford", "Chief Executive", "Wellspring Domestic Abuse Service"),
            ("Dr Ifeoma Clarke", "Named Doctor for Safeguarding", "Ashgrove Health NHS Foundation Trust"),
            ("Graham Lund", "Senior Probation Officer", "Probation Service, Northvale"),
            ("Alison Fenwick", "Community Safety Manager", "Marrowfield Borough Council"),
        ],
    )
    page_break(doc)

    heading(doc, "3. Methodology and involvement of family and friends", 1)
    paras(
        doc,
        "3",
        [
            "Eleven agencies were contacted. Five provided IMRs and four provided short reports; two had "
            "no contact. The IMRs were discussed at Panel meetings and IMR authors answered the Panel's "
            "questions.",
            "Two learning events were held in September 2023, one for frontline practitioners and one for "
            "managers. Their views are reflected in the analysis.",
            "The Chair met Rosa's mother and her two sisters three times, once with their advocate from a "
            "national charity. The family read a draft of the report and their comments were included.",
            "Daniel was written to in prison and agreed to a meeting. He said that he had never been "
            "offered help with his drinking. The records show this is not accurate, as Section 5 explains.",
            "Rosa's employer, a garden centre, was also contacted. Her manager described her as reliable "
            "and said that, in the last year, she had sometimes arrived with bruises she explained away.",
        ],
    )
    page_break(doc)

    heading(doc, "4. Background: Rosa and Daniel", 1)
    paras(
        doc,
        "4",
        [
            "Rosa grew up in Marrowfield, the youngest of four. She had two sons, aged 14 and 11 at the time "
            "of her death, from an earlier relationship. She lived with them in a two-bedroom housing "
            "association flat.",
            "Daniel had moved to Marrowfield from another part of the country in 2017. He had a history of "
            "violence against two former partners, one of which led to a conviction in 2014. He worked "
            "intermittently as a scaffolder.",
            "Rosa and Daniel met in a pub in late 2018. Daniel moved into Rosa's flat in the summer of "
            "2019, although he kept a room at his brother's house and his name was never on the tenancy.",
            "Rosa's family say that from the start Daniel was jealous. He checked her phone, objected to "
            "her going out with her sisters and made comments about her weight. By 2021 the family saw "
            "much less of her.",
            "Rosa's elder son told the review, through his grandmother, that he was frightened of Daniel "
            "and that he had told a teacher once that there was 'shouting at home'.",
        ],
    )
    page_break(doc)

    heading(doc, "5. Summary of agency involvement and single-agency recommendations", 1)
    para(
        doc,
        "Each IMR closed with recommendations for the agency itself. They are reproduced at the end of each "
        "summary, numbered as the agency numbered them. The Panel endorsed them; agencies are monitoring "
        "them through their own action plans, and they are not repeated in Appendix B.",
    )
    heading(doc, "5.1 Northvale Police", 2)
    paras(
        doc,
        "5.1",
        [
            "Northvale Police had six recorded contacts with Rosa and Daniel. The first was in March 2020, "
            "when a neighbour reported shouting. Officers attended, spoke to both parties together and "
            "recorded the incident as a verbal argument. A DASH risk assessment was not completed.",
            "In February 2021 Rosa called 999 to say that Daniel had pushed her against a door. She had a "
            "cut to her lip. Daniel was arrested. A DASH assessment graded the risk as standard, although "
            "the officer had not checked Daniel's previous conviction. Rosa withdrew her support for a "
            "prosecution and no further action was taken.",
            "In April 2022 a third call was graded medium risk. The supervisor who reviewed it noted the "
            "2014 conviction and raised the grade to high, and a MARAC referral was made. This was good "
            "practice.",
            "The IMR found that officers did not routinely speak to victims away from the suspect, did not "
            "check the history of the perpetrator before completing DASH, and did not consider the "
            "children in the household on two occasions.",
        ],
    )
    para(doc, "Northvale Police single-agency recommendations", bold=True)
    numbered(
        doc,
        "1.",
        "Officers attending domestic abuse incidents will check the suspect's previous history of domestic "
        "abuse on police systems before completing the DASH risk assessment.",
    )
    numbered(
        doc,
        "2.",
        "Northvale Police will audit a sample of domestic abuse incidents each quarter to test whether "
        "victims were spoken to away from the suspect.",
    )
    numbered(
        doc,
        "3.",
        "Every domestic abuse incident where a child lives in the household will generate a notification "
        "to the Multi-Agency Safeguarding Hub.",
    )

    heading(doc, "5.2 Eastgate Medical Practice", 2)
    paras(
        doc,
        "5.2",
        [
            "Rosa was registered with Eastgate Medical Practice all her life. Between 2019 and 2022 she "
            "attended nine times, including twice for injuries: a wrist sprain in August 2020 she said was "
            "caused by a fall, and bruising to her ribs in June 2022.",
            "Daniel attended the same practice with Rosa on four occasions. On two of them he spoke for her. "
            "There is no record that Rosa was asked about domestic abuse or offered a consultation alone.",
            "In June 2022 a practice nurse did ask Rosa directly whether she felt safe at home. Rosa said "
            "she did not, and the nurse gave her the Wellspring helpline number. The nurse did not record "
            "this as a safeguarding concern or tell the GP.",
            "Daniel was seen by a GP in January 2022 for low mood and told the GP he drank 'too much'. He "
            "was referred to the community alcohol service but did not attend.",
        ],
    )
    para(doc, "Eastgate Medical Practice single-agency recommendations", bold=True)
    numbered(
        doc,
        "1.",
        "The practice will adopt a policy of seeing every adult patient alone for at least part of a "
        "consultation where there are signs of injury or a partner speaks for them.",
    )
    numbered(
        doc,
        "2.",
        "All clinical and reception staff will complete domestic abuse training that includes routine "
        "enquiry and how to record a disclosure.",
    )

    heading(doc, "5.3 Wellspring Domestic Abuse Service", 2)
    paras(
        doc,
        "5.3",
        [
            "Wellspring received the MARAC referral in April 2022 and an Independent Domestic Violence "
            "Adviser (IDVA) was allocated the same day. The IDVA made four attempts to contact Rosa by phone "
            "over two weeks. On the fifth attempt Daniel answered. The IDVA ended the call without "
            "identifying herself, which was the right decision.",
            "Rosa called Wellspring herself in July 2022, after the nurse gave her the number. She spoke to "
            "a helpline worker for 40 minutes and agreed to a safety plan. She said she wanted to move to a "
            "different area but could not afford to. The helpline worker did not know that Rosa was already "
            "known to the IDVA team because the two services used separate records.",
            "The IMR author found that Wellspring's caseload at the time was 30% above the level it is "
            "commissioned for, and that the helpline and IDVA records were not linked.",
        ],
    )
    para(doc, "Wellspring single-agency recommendations", bold=True)
    numbered(
        doc,
        "1.",
        "Wellspring will bring its helpline and IDVA casework onto a single case record so that any "
        "contact by a person already known is visible to the worker who takes it.",
    )
    numbered(
        doc,
        "2.",
        "Wellspring will agree with commissioners a safe maximum IDVA caseload and a way of reporting "
        "when it is exceeded.",
    )
    page_break(doc)

    heading(doc, "5.4 Marrowfield Borough Council Housing Options", 2)
    paras(
        doc,
        "5.4",
        [
            "Rosa approached Housing Options in August 2022, saying that she needed to move because of "
            "'problems with an ex'. She was told that, as a secure tenant of a housing association, she "
            "should apply for a transfer through her landlord. The officer did not ask about domestic abuse "
            "and did not complete a homelessness assessment.",
            "The IMR author accepts that Rosa should have been asked whether she was at risk in her home. "
            "Had she disclosed, she could have been offered a place in a refuge or a management transfer.",
        ],
    )
    para(doc, "Housing Options single-agency recommendations", bold=True)
    numbered(
        doc,
        "1.",
        "Housing Options officers will ask every applicant who gives relationship breakdown or 'problems "
        "with an ex' as a reason for moving whether they are experiencing domestic abuse.",
    )
    numbered(
        doc,
        "2.",
        "The service will agree a reciprocal arrangement with registered providers in the borough so that "
        "tenants fleeing abuse can be offered a management transfer without a new application.",
    )

    heading(doc, "5.5 Ashgrove Health NHS Foundation Trust (mental health)", 2)
    paras(
        doc,
        "5.5",
        [
            "Daniel was referred to the community mental health team by his GP in March 2022. He was "
            "assessed once and discharged with advice to contact the alcohol service. At the assessment he "
            "said he had 'a temper' and that his partner 'winds him up'. The assessing nurse did not ask "
            "about domestic abuse or consider risk to his partner.",
            "The Trust's IMR noted that its risk assessment tool asks about risk to others but that the "
            "question is often answered 'none known' without further enquiry.",
        ],
    )
    para(doc, "Ashgrove Health single-agency recommendations", bold=True)
    numbered(
        doc,
        "1.",
        "The Trust will revise its mental health risk assessment so that a patient's disclosure of anger "
        "towards a partner prompts a specific enquiry about domestic abuse.",
    )
    numbered(
        doc,
        "2.",
        "Community mental health team supervision will include a review of risk to others for every "
        "patient discharged after a single assessment.",
    )
    page_break(doc)

    heading(doc, "6. Analysis against the key lines of enquiry", 1)
    heading(doc, "Knowledge of domestic abuse", 2)
    paras(
        doc,
        "6",
        [
            "Taken together, agencies knew a great deal. The police knew of three incidents and of Daniel's "
            "conviction; the GP practice knew of two injuries and of Daniel's drinking; Wellspring knew Rosa "
            "wanted to move; Housing Options knew she wanted to move for reasons she did not explain.",
            "No single agency held this picture. The MARAC in May 2022 was the one place where it could have "
            "been assembled, but the GP practice and the housing association were not asked for information.",
            "The Panel considers that the risk to Rosa was higher than any agency recognised, and that from "
            "April 2022 she was at high risk of serious harm.",
        ],
    )
    heading(doc, "Risk assessment", 2)
    paras(
        doc,
        "6",
        [
            "The first two DASH assessments were completed without reference to Daniel's history. Research "
            "is clear that previous violence to a partner is one of the strongest predictors of further "
            "violence. Grading the February 2021 incident as standard risk meant no referral was made.",
            "The supervisor's review in April 2022 shows what a careful check can achieve. The Panel heard "
            "that this supervisor had recently attended refresher training.",
            "Neither the mental health service nor the alcohol service considered risk to Daniel's partner, "
            "although Daniel spoke about his temper and his partner in both settings.",
        ],
        start=4,
    )
    heading(doc, "Information sharing and MARAC", 2)
    paras(
        doc,
        "6",
        [
            "The MARAC meeting on 12 May 2022 discussed Rosa for eight minutes. The minutes record that the "
            "IDVA had not made contact and that the police would carry out a welfare visit. The visit took "
            "place two weeks later; Daniel answered the door and officers left after he said Rosa was out.",
            "There was no action for the GP, for the children's schools or for the housing association, and "
            "the case was closed at the next meeting.",
            "The MARAC was at that time hearing more than 40 cases a meeting. The MARAC Steering Group has "
            "since introduced a short pre-meeting triage, which the Panel welcomes.",
        ],
        start=7,
    )
    heading(doc, "Health services and routine enquiry", 2)
    paras(
        doc,
        "6",
        [
            "Rosa was seen with Daniel present in four of nine GP consultations. On each of those occasions "
            "the opportunity to ask about abuse was lost. The nurse's question in June 2022 was good practice; "
            "what was missing was the recording and the referral that should have followed.",
            "The Panel heard that GPs in Marrowfield have access to a specialist domestic abuse programme for "
            "general practice, but Eastgate had not taken it up.",
        ],
        start=10,
    )
    heading(doc, "Housing", 2)
    paras(
        doc,
        "6",
        [
            "Rosa's family told the review that she tried hard to find a way to leave. She approached "
            "Housing Options, told Wellspring she wanted to move, and asked her landlord about a swap. Each "
            "time she was sent elsewhere. The Panel concludes that, for a woman whose abuser lived in her "
            "home and whose name was not on the tenancy, the route out was unclear and slow.",
        ],
        start=12,
    )
    heading(doc, "Children", 2)
    paras(
        doc,
        "6",
        [
            "Rosa's sons were in the home during at least two incidents. Notifications to the MASH were not "
            "made after the 2020 and 2021 incidents. The elder son's comment to a teacher was recorded but "
            "not passed to the designated safeguarding lead.",
            "The Panel did not commission a separate review of the schools' involvement but asked the Local "
            "Safeguarding Children Partnership to consider the learning.",
        ],
        start=13,
    )
    page_break(doc)

    heading(doc, "7. Lessons learned and good practice", 1)
    para(
        doc,
        "The Panel identified the following lessons. They are the learning from this review and inform the "
        "recommendations in Section 9, but they are not themselves recommendations.",
    )
    heading(doc, "Lessons learned", 2)
    listed(
        doc,
        [
            "A perpetrator's history of violence against former partners is central to understanding "
            "current risk, and it should be checked every time.",
            "Victims are unlikely to disclose abuse when their partner is present; practitioners should "
            "find a way to see them alone.",
            "A request to move home can be a request for safety; housing staff should ask why.",
            "Disclosures made to one part of a service may not reach another part of it.",
            "Alcohol and mental health services see perpetrators who are not known as such to any other "
            "agency.",
        ],
    )
    heading(doc, "Good practice", 2)
    listed(
        doc,
        [
            "The police supervisor who raised the DASH grade in April 2022 after checking Daniel's history.",
            "The practice nurse who asked Rosa directly whether she was safe at home.",
            "The IDVA who ended a call safely when Daniel answered Rosa's phone.",
        ],
        style="List Bullet",
    )
    page_break(doc)

    heading(doc, "8. Conclusions", 1)
    paras(
        doc,
        "8",
        [
            "Rosa's death was the act of Daniel alone. The Panel cannot say that it was predictable. It can "
            "say that Rosa reached out to several agencies in the last year of her life and that each "
            "response was partial.",
            "The most important lessons are about checking the perpetrator's history, seeing victims alone, "
            "and making sure that a person who asks for help is not passed from one service to another.",
            "Since Rosa's death several agencies have made changes. These are recorded in the action plans "
            "and the Panel acknowledges them.",
        ],
    )
    page_break(doc)

    heading(doc, "9. Recommendations", 1)
    paras(
        doc,
        "9",
        [
            "The single-agency recommendations made by IMR authors are set out at the end of each agency "
            "summary in Section 5. The Panel makes the following multi-agency recommendations, which are "
            "carried into the action plan at Appendix B.",
        ],
    )
    rec(
        doc,
        "Recommendation 1",
        "The Marrowfield Community Safety Partnership should seek assurance that domestic abuse risk "
        "assessment across partner agencies takes account of the perpetrator's history, including that:",
        [
            "police officers check for previous domestic abuse before completing the DASH;",
            "mental health and alcohol services ask about risk to partners when a patient discloses anger "
            "or violence;",
            "the findings of each check are recorded in a form that can be shared at MARAC.",
        ],
    )
    rec(
        doc,
        "Recommendation 2",
        "The MARAC Steering Group should review how agencies are asked for information before a MARAC "
        "meeting so that:",
        [
            "GP practices, schools and social landlords are routinely included in research for every case;",
            "no case is closed while the IDVA has not made contact with the victim without a documented "
            "plan agreed by the Chair.",
        ],
    )
    rec(
        doc,
        "Recommendation 3",
        "Northvale Integrated Care Board should promote the specialist domestic abuse programme for general "
        "practice to every GP practice in Marrowfield and report uptake to the Partnership every six months.",
    )
    rec(
        doc,
        "Recommendation 4",
        "Marrowfield Borough Council should work with registered providers to publish a single housing "
        "pathway for people experiencing domestic abuse, covering:",
        [
            "management transfers between providers;",
            "the rights of a tenant whose abuser is not on the tenancy;",
            "referral to refuge and sanctuary schemes.",
        ],
    )
    rec(
        doc,
        "Recommendation 5",
        "The Partnership should commission a campaign for friends, family and employers on the signs of "
        "coercive control and where to get advice.",
    )
    rec(
        doc,
        "Recommendation 6",
        "The Partnership should write to the Home Office asking that the statutory guidance be amended so "
        "that alcohol and mental health services are expected to contribute to MARAC research where the "
        "perpetrator is known to them.",
    )
    page_break(doc)

    heading(doc, "Appendix A: Chronology of significant events", 1)
    para(
        doc,
        "The chronology below was compiled from the agencies' combined timelines. It includes only events "
        "that the Panel considered significant.",
    )
    table(
        doc,
        ["Date", "Agency", "Event"],
        [2.6, 3.2, 10.7],
        [
            (
                "22/03/2020",
                "Northvale Police",
                "A neighbour reports shouting from Rosa's flat. Officers attend and speak to Rosa and Daniel "
                "together in the living room.\nBoth say they had argued about money. The incident is "
                "recorded as a verbal domestic with no offences disclosed. No DASH assessment is completed "
                "and the children, who were in their bedroom, are not seen.",
            ),
            (
                "14/08/2020",
                "Eastgate Medical Practice",
                "Rosa attends with a sprained wrist, accompanied by Daniel. She says she fell on the stairs.\n"
                "Daniel answers several of the GP's questions. The GP records the injury and its treatment. "
                "There is no record of any question about how the fall happened.",
            ),
            (
                "06/02/2021",
                "Northvale Police",
                "Rosa calls 999 to report that Daniel pushed her into a door frame. She has a cut lip.\n"
                "Daniel is arrested for assault. The DASH is graded standard risk; the officer's notes say "
                "'no previous' although Daniel's 2014 conviction is on the police national computer.\n"
                "Two days later Rosa withdraws her statement and Daniel is released with no further action.",
            ),
            (
                "Summer 2021",
                "Family",
                "Rosa's sisters notice that she has stopped coming to Sunday lunch. When they visit, Daniel "
                "stays in the room.\nThey did not contact any agency at the time because Rosa asked them "
                "not to.",
            ),
            (
                "11/01/2022",
                "Eastgate Medical Practice",
                "Daniel sees a GP for low mood and poor sleep. He says he drinks 'too much' and has a short "
                "temper.\nThe GP refers him to the community alcohol service and to the community mental "
                "health team.",
            ),
            (
                "23/03/2022",
                "Ashgrove Health NHS Foundation Trust",
                "Daniel is assessed by a community mental health nurse. He says his partner 'winds him up' "
                "and that he has 'put his fist through a door'.\nThe risk assessment records risk to others "
                "as 'none known'. He is discharged with advice to engage with the alcohol service.\n"
                "He does not attend the alcohol service appointment offered for 7 April 2022.",
            ),
            (
                "18/04/2022",
                "Northvale Police",
                "Rosa's elder son calls 999 saying Daniel is 'hurting mum'. Officers attend; Rosa has "
                "reddening to her neck.\nDaniel has left. The attending officer grades the DASH medium. A "
                "sergeant reviewing the report the next morning notes the 2014 conviction and regrades it "
                "as high risk, making a MARAC referral and a notification to the MASH.",
            ),
            (
                "19/04/2022 – 03/05/2022",
                "Wellspring Domestic Abuse Service",
                "An IDVA is allocated and makes four unsuccessful calls to Rosa. On the fifth call Daniel "
                "answers and the IDVA ends the call without saying who she is.",
            ),
            (
                "12/05/2022",
                "MARAC",
                "Rosa's case is discussed. Actions: police welfare visit; IDVA to continue attempts to "
                "contact.\nNo information was requested from the GP practice, the schools or the housing "
                "association.",
            ),
            (
                "Late May 2022",
                "Northvale Police",
                "Officers make the welfare visit. Daniel answers and says Rosa is at work. Officers leave "
                "a card.",
            ),
            (
                "09/06/2022",
                "Marrowfield MARAC",
                "The case is closed at the next MARAC as 'no engagement'.",
            ),
            (
                "21/06/2022",
                "Eastgate Medical Practice",
                "Rosa attends alone with bruising to her ribs. A practice nurse asks her whether she feels "
                "safe at home and Rosa says she does not.\nThe nurse gives her the Wellspring helpline "
                "number. The entry in the record reads 'DV – leaflet given'. The GP is not told.",
            ),
            (
                "04/07/2022",
                "Wellspring Domestic Abuse Service",
                "Rosa calls the helpline and speaks to a worker for 40 minutes. A safety plan is agreed. "
                "Rosa says she wants to move away from Marrowfield.\nThe helpline worker does not see the "
                "IDVA record from April.",
            ),
            (
                "16/08/2022",
                "Marrowfield Borough Council Housing Options",
                "Rosa visits the housing office and asks about moving because of 'problems with an ex'. "
                "She is advised to apply for a transfer through her landlord.",
            ),
            (
                "09/10/2022",
                "Northvale Police",
                "Police are called to Rosa's flat by a neighbour. Rosa is found with fatal injuries. Daniel "
                "is arrested at the scene.",
            ),
        ],
    )

    landscape_section(doc)
    heading(doc, "Appendix B: Action Plan", 1)
    para(
        doc,
        "Home Office template. Single-agency recommendations are monitored through each agency's own plan. "
        "Progress as reported to the MCSP DHR Sub-Group, July 2024.",
        italic=True,
    )
    w = [4.2, 2.0, 5.2, 3.0, 5.6, 2.3, 3.2]
    table(
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
        w,
        [
            (
                "1. Risk assessment takes account of the perpetrator's history",
                "Local",
                "1.1 Amend the police DASH guidance so that a history check is mandatory before the "
                "risk grade is set, and add the check to the supervisor's review template.",
                "Northvale Police",
                "Guidance amended and issued to all response officers in January 2024. Supervisors' "
                "template updated. Dip sample of 50 DASH forms in April 2024 found the history check "
                "recorded in 46.",
                "March 2024",
                "Complete – April 2024. Repeat dip sample planned for next year.",
            ),
            (
                "",
                "Local",
                "1.2 Add a question about risk to partners to the Trust's mental health and alcohol "
                "service risk assessment tools.",
                "Ashgrove Health NHS Foundation Trust",
                "Revised tool drafted and agreed by the Trust's clinical effectiveness group. Electronic "
                "record change requested from supplier; the change has been scheduled but not yet made.",
                "Q2 2024/25",
                "Partially complete",
            ),
            (
                "",
                "Local",
                "1.3 Partnership to receive an assurance report from each agency named in recommendation 1.",
                "MCSP DHR Sub-Group",
                "Template for assurance report agreed. Reports requested for the October 2024 meeting.",
                "31/10/24",
                "Not yet started",
            ),
            (
                "2. MARAC research and closure",
                "Local",
                "2.1 Revise the MARAC operating protocol so that GP practices, schools and social "
                "landlords are researched for every case.",
                "MARAC Steering Group",
                "Protocol revised; GP research now made through the ICB safeguarding team. Schools and "
                "registered providers added to the research list from February 2024.",
                "31/03/24",
                "Complete",
            ),
            (
                "",
                "Local",
                "2.2 Introduce a closure rule: no case closed for non-engagement without a plan agreed by "
                "the MARAC Chair and recorded in the minutes.",
                "MARAC Chair",
                "Rule introduced in the revised protocol. The MARAC coordinator checks closures each "
                "month; two cases have been held open under the rule since it began.",
                "March 2024",
                "Complete",
            ),
            (
                "3. GP practices and the specialist programme",
                "Local",
                "3.1 Promote the specialist domestic abuse programme for general practice to every "
                "practice in Marrowfield, starting with those that have not taken it up.",
                "Northvale Integrated Care Board",
                "Letters sent to all 19 practices; 12 now signed up, including Eastgate. Uptake reported "
                "to the Partnership in June 2024; the next report is due in December.",
                "Q4 2024/25",
                "Ongoing",
            ),
            (
                "4. Single housing pathway",
                "Local",
                "4.1 Agree a reciprocal management transfer arrangement with the four largest registered "
                "providers in the borough.",
                "Marrowfield Borough Council – Housing",
                "Two providers have signed the agreement. Discussions continue with the other two, one of "
                "which has asked for changes to the data sharing clause.",
                "December 2024",
                "Partially complete",
            ),
            (
                "",
                "Local",
                "4.2 Publish the domestic abuse housing pathway on the council website and in printed form "
                "for front-line staff.",
                "Marrowfield Borough Council – Housing",
                "Drafting will begin once 4.1 is complete.",
                "March 2025",
                "Not yet started",
            ),
            (
                "5. Campaign for friends, family and employers",
                "Local",
                "5.1 Commission and run a campaign on coercive control for friends, family and employers, "
                "with materials for workplaces.",
                "Marrowfield Community Safety Partnership",
                "Campaign ran for six weeks in November and December 2023, including posters at three "
                "garden centres and a radio feature. 1,200 visits to the web page recorded.",
                "Completed",
                "Complete – evaluation report to Board, February 2024",
            ),
            (
                "6. Letter to the Home Office",
                "National",
                "6.1 MCSP Chair to write to the Home Office about the contribution of alcohol and mental "
                "health services to MARAC research.",
                "MCSP Chair",
                "Letter sent in March 2024. Acknowledgement received; no substantive reply yet.",
                "March 2024",
                "Complete (letter sent); awaiting reply",
            ),
        ],
    )
    page_break(doc)
    heading(doc, "Appendix C: Glossary", 1)
    table(
        doc,
        ["Term", "Meaning"],
        [4, 18],
        [
            ("DASH", "Domestic Abuse, Stalking and Harassment risk identification checklist"),
            ("IDVA", "Independent Domestic Violence Adviser"),
            ("IMR", "Individual Management Review"),
            ("MARAC", "Multi-Agency Risk Assessment Conference"),
            ("MASH", "Multi-Agency Safeguarding Hub"),
            ("MCSP", "Marrowfield Community Safety Partnership"),
        ],
    )
    save(doc, stem)


# ================== 2. DHR overview: single-agency recommendation tables in the executive summary, multi-agency plan
def doc_quillbridge():
    stem = "dhr_exec_agency_rec_tables_multiagency_plan_quillbridge"
    doc = new_doc(
        header="Quillbridge Safer Communities Partnership  |  DHR 2021/02  |  Overview Report",
        footer_label="CONFIDENTIAL UNTIL PUBLICATION",
        font="Calibri",
        size=12,
    )
    airy(doc, 1.6, 10)
    cover(
        doc,
        [
            ("Quillbridge Safer Communities Partnership", 16, True),
            ("", 12, False),
            ("Domestic Homicide Review", 24, True),
            ("Overview Report", 18, False),
            ("", 12, False),
            ("Maureen", 20, True),
            ("Died 27 June 2021", 14, False),
            ("", 12, False),
            ("QSCP DHR 2021/02", 12, True),
            ("Report author: Terence Mwangi-Hale", 12, False),
            ("Date of final report: 30 November 2023", 12, False),
        ],
    )
    contents(
        doc,
        [
            ("Executive Summary", 3),
            ("Single-agency recommendations", 5),
            ("Multi-agency recommendations (summary)", 6),
            ("1. Introduction", 7),
            ("2. Terms of Reference and key lines of enquiry", 8),
            ("3. Involvement of family", 9),
            ("4. Combined Chronology", 10),
            ("5. Analysis", 14),
            ("6. Lessons to be learned", 17),
            ("7. Recommendations", 18),
            ("8. Multi-Agency Action Plan", 20),
        ],
    )

    heading(doc, "Executive Summary", 1)
    paras(
        doc,
        "ES",
        [
            "Maureen was a 71-year-old widow who lived in a bungalow on the Larch Hill estate in "
            "Quillbridge. On 27 June 2021 she was killed by her son Craig, then 44, who had lived with her "
            "since 2019. Craig was found not guilty of murder but guilty of manslaughter on the grounds of "
            "diminished responsibility and was made subject to a hospital order.",
            "Craig had a long history of psychosis and of cannabis and cocaine use. In the two years before "
            "Maureen's death, agencies recorded four occasions on which Maureen said she was frightened of "
            "him and two on which she had injuries he had caused.",
            "The review found that Maureen was seen mainly as Craig's carer rather than as a person at risk "
            "from him. Her own needs were rarely assessed, and the term 'domestic abuse' was seldom used about "
            "harm caused by an adult son to his mother.",
            "Agencies' own recommendations are listed in the table below. The Panel's multi-agency "
            "recommendations follow it in summary and are set out in full in Section 7.",
        ],
    )
    heading(doc, "Single-agency recommendations", 2)
    t = make_table(doc, ["Agency", "No.", "Recommendation"], [4.2, 1.2, 11.1], size=9.5)
    rows = [
        (
            "Quillbridge Police",
            "1",
            "Call handlers will be reminded, through a briefing and a change to the call script, that abuse "
            "of a parent by an adult child is domestic abuse and must be risk assessed.",
        ),
        (
            "",
            "2",
            "The force will add a flag to the address of any person subject to a mental health warrant so "
            "that officers attending later incidents see the history.",
        ),
        (
            "Quillbridge and Fenn NHS Mental Health Trust",
            "1",
            "Care coordinators will complete a carer's risk assessment whenever a patient lives with a family "
            "member who provides care, and review it at each care plan review.",
        ),
        (
            "",
            "2",
            "The Trust will audit discharge letters for patients with a history of violence to check that "
            "the risk to the people they live with is recorded and shared with the GP.",
        ),
        (
            "",
            "3",
            "Staff will be trained to recognise adult family violence and to offer a referral to specialist "
            "domestic abuse services.",
        ),
        (
            "Quillbridge Council Adult Social Care",
            "1",
            "A carer's assessment will be offered to every carer who is identified during a Care Act "
            "assessment of the person they care for, and the offer and its outcome will be recorded.",
        ),
        (
            "",
            "2",
            "Safeguarding enquiries involving harm by a family member will be screened by a practitioner "
            "with domestic abuse training.",
        ),
        (
            "Hillside Surgery",
            "1",
            "The practice will code a record when a patient discloses fear of a relative and will review "
            "the patient at their next appointment.",
        ),
        (
            "Turning Point Quillbridge (drug and alcohol service)",
            "1",
            "Keyworkers will ask clients who live with a parent whether there has been violence or threats "
            "at home, and will record the answer.",
        ),
    ]
    for r in rows:
        add_row(t, r, [4.2, 1.2, 11.1], size=9.5)
    doc.add_paragraph()
    heading(doc, "Multi-agency recommendations (summary)", 2)
    listed(
        doc,
        [
            "A local approach to adult family violence, including child-to-parent abuse.",
            "Carers at risk from the person they care for to be recognised in the carers' strategy.",
            "Joint working between mental health and drug services for people with both needs.",
            "Better use of the MARAC for older victims.",
            "A letter to the Department of Health and Social Care on national mental health guidance.",
        ],
        style="List Bullet",
    )
    page_break(doc)

    heading(doc, "1. Introduction", 1)
    paras(
        doc,
        "1",
        [
            "Quillbridge Safer Communities Partnership (QSCP) decided to conduct this Domestic Homicide "
            "Review on 9 August 2021, following notification by Quillbridge Police. The Home Office was "
            "informed the same week.",
            "A Domestic Homicide Review can include the death of a person killed by a relative with whom "
            "they were living. This review therefore concerns abuse by an adult son towards his mother.",
            "The review was delayed by the criminal trial, which ended in September 2022, and by the time "
            "taken to obtain the mental health Trust's serious incident report.",
            "Seven agencies provided IMRs. Summaries of their involvement appear in the Combined Chronology "
            "and the Analysis.",
        ],
        notes={"1.2": "3"},
    )
    footnote_line(
        doc,
        "3",
        "The statutory definition includes a person to whom the deceased was related or with whom they "
        "were living in the same household.",
    )
    page_break(doc)

    heading(doc, "2. Terms of Reference and key lines of enquiry", 1)
    paras(
        doc,
        "2",
        [
            "The period under review is 1 April 2019 to 27 June 2021.",
            "The Panel asked each agency to address these key lines of enquiry:",
        ],
    )
    for i, q in enumerate(
        [
            "How did agencies identify and respond to abuse of Maureen by Craig?",
            "Did agencies see Maureen as a carer, as a victim, or as both?",
            "How were Craig's mental health and drug use assessed and treated, and was risk to others "
            "considered?",
            "Was information shared between mental health, drug and alcohol, police and adult social care "
            "services?",
            "Did Maureen's age affect how agencies responded to her?",
            "Were Maureen's wishes and feelings sought and respected?",
            "Were there any issues of capacity, resources or culture that affected practice?",
        ]
    ):
        roman = ["i", "ii", "iii", "iv", "v", "vi", "vii"][i]
        numbered(doc, f"({roman})", q)
    paras(doc, "2", ["The terms of reference were agreed with Maureen's daughter."], start=3)
    heading(doc, "3. Involvement of family", 1)
    paras(
        doc,
        "3",
        [
            "Maureen's daughter, Tracy, met the author twice. She described her mother as a proud woman who "
            "kept a spotless house and was a regular at the bowls club. She said her mother loved Craig and "
            "would never have wanted him to be 'in trouble'.",
            "Tracy said she had phoned the mental health team twice in 2020 to say that Craig was frightening "
            "their mother, and that she was told they could not discuss Craig with her.",
            "Craig was approached through his responsible clinician but did not wish to take part.",
        ],
    )
    page_break(doc)

    heading(doc, "4. Combined Chronology", 1)
    paras(
        doc,
        "4",
        [
            "The table summarises the key events drawn from the agencies' chronologies. Events before April "
            "2019 are summarised in the Analysis.",
        ],
    )
    table(
        doc,
        ["Date", "Agency", "Event"],
        [2.8, 3.4, 10.3],
        [
            (
                "April 2019",
                "Quillbridge and Fenn NHS Mental Health Trust",
                "Craig is discharged from an inpatient stay and moves in with Maureen. The discharge letter "
                "names Maureen as his carer.\nThe letter records his 2016 assault on a hostel worker but "
                "says nothing about risk to Maureen.",
            ),
            (
                "03/09/2019",
                "Hillside Surgery",
                "Maureen sees her GP about poor sleep. She says she is 'worried about my son'. The GP "
                "prescribes a short course of sleeping tablets.",
            ),
            (
                "17/12/2019",
                "Quillbridge Police",
                "Maureen calls the police because Craig has smashed a glass door panel. She tells the call "
                "handler she is not hurt.\nThe call is recorded as criminal damage. Officers attend; Craig "
                "has left. No DASH is completed because the call is not recognised as domestic.",
            ),
            (
                "Feb 2020",
                "Family",
                "Tracy rings the community mental health team to say Craig is threatening their mother. She is "
                "told the team cannot discuss a patient without consent.",
            ),
            (
                "12/05/2020",
                "Turning Point Quillbridge",
                "Craig is referred by his care coordinator for cocaine and cannabis use. He attends an "
                "assessment and two keywork sessions.\nHe mentions that he lives with his mother and that "
                "they 'row a lot'. He then stops attending and is discharged in August 2020.",
            ),
            (
                "29/07/2020",
                "Quillbridge Police",
                "Maureen reports that Craig pushed her over in the kitchen. She has a graze to her arm. Craig "
                "is detained under section 136 of the Mental Health Act and taken to a place of safety.\nA "
                "DASH is completed and graded medium. Maureen declines a referral to a domestic abuse service.",
            ),
            (
                "30/07/2020",
                "Quillbridge and Fenn NHS Mental Health Trust",
                "Craig is assessed and admitted informally. He stays for 19 days.\nAt discharge, the ward "
                "records that 'mother is happy to have him home'. Maureen was not asked on her own.",
            ),
            (
                "Early October 2020",
                "Quillbridge Council Adult Social Care",
                "Maureen asks for help with Craig's benefits and housing. A Care Act assessment of Craig is "
                "completed. Maureen is identified as his carer but not offered a carer's assessment.",
            ),
            (
                "14/01/2021",
                "Hillside Surgery",
                "Maureen attends with bruising to her face. She tells the GP 'it was Craig, he didn't mean "
                "it'.\nThe GP records the disclosure and makes a safeguarding referral to Adult Social Care.",
            ),
            (
                "18/01/2021",
                "Quillbridge Council Adult Social Care",
                "The referral is screened as 'carer stress' and passed to the carers' team. A carers' "
                "worker phones Maureen, who says things are better. The concern is closed with no enquiry.",
            ),
            (
                "March 2021",
                "Quillbridge and Fenn NHS Mental Health Trust",
                "Craig's care coordinator leaves and he is placed on a waiting list for a new one. He is seen "
                "by the duty worker twice in three months.",
            ),
            (
                "22/06/2021",
                "Quillbridge Police",
                "Neighbours report a disturbance. Officers speak to Maureen at the door; she says Craig is "
                "'poorly' and asks them not to come in.\nThe officers record a welfare check with no concerns.",
            ),
            (
                "27/06/2021",
                "Quillbridge Police",
                "Maureen is found dead at her home. Craig is arrested nearby.",
            ),
        ],
    )
    page_break(doc)

    heading(doc, "5. Analysis", 1)
    heading(doc, "Carer or victim?", 2)
    paras(
        doc,
        "5",
        [
            "Throughout the period Maureen was recorded as Craig's carer. The label shaped every response. "
            "When she disclosed harm, the response was to support her as a carer, for example by passing "
            "the GP's referral to the carers' team, rather than to consider her safety.",
            "Practitioners at the learning event said that they found it hard to think of a son's violence "
            "towards his mother as domestic abuse. Several said they associated domestic abuse with partners.",
            "Maureen herself minimised what was happening. That is common among parents harmed by adult "
            "children, who may feel shame or fear that their child will be punished.",
        ],
    )
    heading(doc, "Mental health and drug use", 2)
    paras(
        doc,
        "5",
        [
            "Craig's psychosis and his drug use were treated by separate services that rarely spoke. When "
            "he left drug treatment, the mental health team was not told. When his care coordinator left, "
            "there was no handover of the risk to his mother.",
            "The Trust's serious incident report found that his risk assessments had not been updated for 14 "
            "months before Maureen's death.",
            "The refusal to listen to Tracy's concerns was a misunderstanding of confidentiality. Receiving "
            "information from a family member does not breach a patient's confidentiality.",
        ],
        start=4,
    )
    heading(doc, "Age", 2)
    paras(
        doc,
        "5",
        [
            "Maureen was never referred to MARAC. Practitioners told the review that older victims are "
            "rarely referred, partly because the DASH questions feel less relevant to them. The Panel "
            "considers that Maureen's age made her less visible as a victim.",
        ],
        start=7,
    )
    page_break(doc)

    heading(doc, "6. Lessons to be learned", 1)
    para(doc, "These lessons are drawn from the analysis. They are not recommendations.", italic=True)
    for i, s in enumerate(
        [
            "Abuse of a parent by an adult child is domestic abuse and should be assessed as such.",
            "A carer who is harmed by the person they care for needs to be seen as a potential victim.",
            "Family members can always give information to a service, whatever the patient's consent.",
            "Risk to the people a patient lives with should be revisited when services change.",
        ],
        1,
    ):
        numbered(doc, f"Lesson {i}", s)
    heading(doc, "Good practice", 2)
    para(
        doc,
        "The GP who recorded Maureen's disclosure in January 2021 in her own words and made a prompt "
        "referral showed the curiosity the review hoped to find elsewhere.",
    )
    page_break(doc)

    heading(doc, "7. Recommendations", 1)
    paras(
        doc,
        "7",
        [
            "The single-agency recommendations are in the Executive Summary. The Panel makes five "
            "multi-agency recommendations.",
        ],
    )
    rec(
        doc,
        "R1",
        "Quillbridge Safer Communities Partnership should develop a local response to adult family "
        "violence, including child-to-parent abuse, which:",
        [
            "sets out how the DASH and MARAC apply where the harm is caused by an adult child;",
            "gives practitioners guidance on parents who minimise harm to protect their child;",
            "is launched with multi-agency training.",
        ],
    )
    rec(
        doc,
        "R2",
        "The Quillbridge carers' strategy should be revised to recognise that some carers are at risk of harm "
        "from the person they care for, and should set out how carers' assessments will ask about safety.",
    )
    rec(
        doc,
        "R3",
        "The mental health Trust and Turning Point Quillbridge should agree a joint working protocol for "
        "people with both mental illness and drug or alcohol use, including:",
        [
            "notification when a shared client disengages from either service;",
            "a shared risk assessment that includes risk to household members.",
        ],
    )
    rec(
        doc,
        "R4",
        "The MARAC Steering Group should analyse the ages of victims referred to MARAC over the last three "
        "years and act on any under-representation of people over 60.",
    )
    rec(
        doc,
        "R5",
        "The Partnership should write to the Department of Health and Social Care asking that national "
        "guidance on information from families of mental health patients makes clear that listening to "
        "family members does not breach confidentiality.",
    )

    landscape_section(doc)
    heading(doc, "8. Multi-Agency Action Plan", 1)
    para(
        doc,
        "This plan covers the multi-agency recommendations only. Agencies hold plans for their own "
        "recommendations. Status as at 31 March 2024.",
        italic=True,
    )
    table(
        doc,
        ["Ref", "Recommendation", "Action", "Lead officer", "Target date", "Progress update", "Status"],
        [1.2, 4.6, 5.2, 3.2, 2.4, 6.0, 2.6],
        [
            (
                "R1a",
                "Local response to adult family violence",
                "Write a practice guide on adult family violence and child-to-parent abuse for all "
                "partner agencies.",
                "QSCP Domestic Abuse Coordinator",
                "September 2023",
                "Guide written with input from the mental health Trust and the police and published on the "
                "partnership website in October 2023. Circulated to all partners.",
                "Complete",
            ),
            (
                "R1b",
                "",
                "Deliver multi-agency training on adult family violence, including a module on older "
                "victims.",
                "QSCP Training Lead",
                "Q1 2024/25",
                "Two pilot sessions held with 38 practitioners. Feedback positive; the course is being "
                "revised and will run quarterly from July 2024.",
                "Ongoing",
            ),
            (
                "R2",
                "Carers' strategy",
                "Revise the carers' strategy and the carers' assessment form to include questions about the "
                "carer's safety.",
                "Head of Commissioning, Adult Social Care",
                "31/12/23",
                "Strategy revision delayed by the council's restructure. A draft safety question has been "
                "added to the assessment form as an interim measure.",
                "Partially complete",
            ),
            (
                "R3a",
                "Joint working protocol (mental health and drug services)",
                "Agree a protocol for notifying each other when a shared client disengages.",
                "Associate Director, Quillbridge and Fenn NHS Mental Health Trust",
                "March 2024",
                "Protocol signed by both organisations in February 2024. Disengagement notices are now sent "
                "by secure email within two working days; the first audit is planned for the autumn.",
                "Complete",
            ),
            (
                "R3b",
                "",
                "Develop a shared risk assessment covering risk to household members.",
                "Service Manager, Turning Point Quillbridge",
                "Q3 2024/25",
                "Work has not begun. Both organisations are changing their electronic records and agreed to "
                "wait until the new systems are in place.",
                "Not yet started",
            ),
            (
                "R4",
                "MARAC and older victims",
                "Analyse three years of MARAC referrals by age and report findings with proposed actions.",
                "MARAC Coordinator",
                "June 2024",
                "Data extracted for 2020 to 2023. People over 60 were 4% of referrals. Report to the Steering "
                "Group is drafted.",
                "Ongoing",
            ),
            (
                "R5",
                "Letter to the Department of Health and Social Care",
                "QSCP Chair to write to the Department about national guidance on information from families.",
                "QSCP Chair",
                "Completed",
                "Letter sent on 4 January 2024. A reply was received on 20 February 2024 saying the point "
                "would be considered in the next revision.",
                "Complete",
            ),
        ],
    )
    save(doc, stem)


# ================================= 3. Safeguarding Adults Review (Care Act s44): findings, board recommendations, RAG plan
def doc_sedgecombe():
    stem = "sar_findings_board_recs_rag_plan_sedgecombe"
    doc = new_doc(
        header="Sedgecombe Safeguarding Adults Board — SAR ‘Leonard’",
        footer_label="SSAB SAR 04 — page",
        font="Arial",
        size=11,
    )
    airy(doc, 1.6, 10)
    cover(
        doc,
        [
            ("[Logo: Sedgecombe Safeguarding Adults Board]", 10, False),
            ("", 12, False),
            ("Safeguarding Adults Review", 24, True),
            ("‘Leonard’", 20, True),
            ("", 12, False),
            ("Commissioned under section 44 of the Care Act 2014", 12, False),
            ("Sedgecombe Safeguarding Adults Board", 14, True),
            ("", 12, False),
            ("Independent reviewer: Dr Priya Venkataraman", 12, False),
            ("Published: June 2024", 12, False),
        ],
    )
    contents(
        doc,
        [
            ("1. Why this review was carried out", 3),
            ("2. Terms of reference", 4),
            ("3. About Leonard", 5),
            ("4. What agencies told the review", 6),
            ("5. Findings", 11),
            ("6. Good practice", 15),
            ("7. Recommendations to the Board", 16),
            ("Appendix 1: Chronology", 18),
            ("Appendix 2: SAR Action Plan and progress (RAG)", 22),
        ],
    )

    heading(doc, "1. Why this review was carried out", 1)
    paras(
        doc,
        "1",
        [
            "Leonard was 63 when he died at home in February 2023. The coroner recorded that he died of "
            "hypothermia and pneumonia, with chronic alcohol use as a contributing factor. His house had "
            "no working heating and its rooms were filled with collected items.",
            "The Board's SAR sub-group considered a referral from the ambulance service in March 2023. It "
            "agreed that Leonard had care and support needs, that he had died, that abuse or neglect "
            "(including self-neglect) was suspected, and that there was concern about how agencies had "
            "worked together. The criteria in section 44(1) of the Care Act 2014 were therefore met.",
            "The review used a learning-together approach: agencies supplied chronologies and short "
            "reflective reports, practitioners met at two workshops, and the reviewer spoke to Leonard's "
            "brother.",
        ],
        notes={"1.2": "1"},
    )
    footnote_line(
        doc,
        "1",
        "Section 44 requires a Board to arrange a review where these conditions are met; the Board may also "
        "review any other case involving an adult with care and support needs.",
    )
    page_break(doc)

    heading(doc, "2. Terms of reference", 1)
    paras(doc, "2", ["The review covered the period from 1 September 2020 to Leonard's death. It asked:"])
    listed(
        doc,
        [
            "How did agencies understand and respond to Leonard's self-neglect and his alcohol use?",
            "How were questions about Leonard's mental capacity approached, including executive capacity?",
            "Was the safeguarding process used effectively?",
            "How did agencies work together, and was there a lead agency?",
            "What part did housing conditions and fuel poverty play?",
            "What was the impact of the COVID-19 restrictions on services to Leonard?",
        ],
    )
    paras(
        doc,
        "2",
        [
            "The review was not asked to establish how Leonard died, which is a matter for the coroner, or "
            "to consider the conduct of individual staff.",
        ],
        start=2,
    )
    page_break(doc)

    heading(doc, "3. About Leonard", 1)
    paras(
        doc,
        "3",
        [
            "Leonard was born in Sedgecombe and lived in the same terraced house all his life. He worked for "
            "many years as a printer. His brother remembers him as clever and well read, with a collection "
            "of railway timetables going back to the 1950s.",
            "After his mother died in 2012 Leonard lived alone. His drinking increased after he lost his job. "
            "He became estranged from most of his family but kept in touch with his brother by letter.",
            "Leonard was wary of officials. He described himself as 'a private man' and often refused to let "
            "people into his house. He had chronic obstructive pulmonary disease and poor mobility.",
        ],
    )
    page_break(doc)

    heading(doc, "4. What agencies told the review", 1)
    para(
        doc,
        "Each agency's reflective report ended with the changes it intends to make. These are listed after "
        "each summary as that agency's own recommendations. The Board's recommendations are in Section 7.",
    )
    heading(doc, "4.1 Sedgecombe Council Adult Social Care", 2)
    paras(
        doc,
        "4.1",
        [
            "Adult Social Care received five safeguarding concerns about Leonard, from the fire service, the "
            "ambulance service, a neighbour and twice from his GP. Three led to a section 42 enquiry. Each "
            "enquiry closed after Leonard said he did not want help and was judged to have capacity.",
            "The capacity assessments focused on whether Leonard could understand and repeat information. "
            "None considered whether he could put decisions into practice, although he had said many times "
            "that he would 'sort the heating out' and never did.",
            "No multi-agency meeting was held under the Board's self-neglect procedure.",
        ],
    )
    para(doc, "Adult Social Care recommendations", bold=True)
    numbered(
        doc,
        "1.",
        "Adult Social Care should provide practice guidance and training on assessing executive capacity "
        "where a person repeatedly fails to carry out decisions they say they have made.",
    )
    numbered(
        doc,
        "2.",
        "No section 42 enquiry about self-neglect should be closed on the basis of refusal alone without a "
        "manager's review of whether a multi-agency risk meeting is needed.",
    )
    heading(doc, "4.2 Sedgecombe and Orrin Fire and Rescue Service", 2)
    paras(
        doc,
        "4.2",
        [
            "The fire service carried out a Safe and Well visit in November 2021 after a neighbour's "
            "referral. The crew found candles used for light and heat, blocked exits and collected paper in "
            "every room. They fitted smoke alarms and made a safeguarding referral the same day.",
            "A follow-up visit was refused. The service had no process for escalating a repeat refusal where "
            "the fire risk was very high.",
        ],
    )
    para(doc, "Fire and Rescue Service recommendations", bold=True)
    numbered(
        doc,
        "1.",
        "The service should introduce an escalation route to a station manager where a very high fire risk "
        "is identified and a follow-up visit is refused.",
    )
    heading(doc, "4.3 Brookvale Primary Care Network (Leonard's GP practice)", 2)
    paras(
        doc,
        "4.3",
        [
            "Leonard's GP saw him six times during the review period, mostly for chest infections. The GP "
            "raised two safeguarding concerns and, in January 2022, wrote to Adult Social Care expressing "
            "frustration that nothing seemed to change.",
            "The practice did not record Leonard's alcohol use in a structured way, and no alcohol screening "
            "tool was used.",
        ],
    )
    para(doc, "GP practice recommendations", bold=True)
    numbered(
        doc,
        "1.",
        "The practice should use a validated alcohol screening tool with patients whose records suggest "
        "dependent drinking, and offer a referral to treatment.",
    )
    numbered(
        doc,
        "2.",
        "Where a safeguarding concern is closed and the GP remains worried, the practice should use the "
        "Board's escalation policy rather than writing a letter.",
    )
    heading(doc, "4.4 Sedgecombe Homes (landlord)", 2)
    paras(
        doc,
        "4.4",
        [
            "Leonard owned his house, so the housing association had no landlord role. However, its "
            "neighbourhood officer visited his neighbour regularly and passed on concerns about smells and "
            "rubbish to environmental health.",
        ],
    )
    heading(doc, "4.5 North Orrin Ambulance Service", 2)
    paras(
        doc,
        "4.5",
        [
            "Crews attended four times. On three occasions Leonard declined to be taken to hospital. Crews "
            "recorded the cold house each time and made one safeguarding referral.",
        ],
    )
    para(doc, "Ambulance Service recommendations", bold=True)
    numbered(
        doc,
        "1.",
        "Crews should make a safeguarding referral on every attendance where a person with care and support "
        "needs is living without heating in winter, whether or not they agree to go to hospital.",
    )
    page_break(doc)

    heading(doc, "5. Findings", 1)
    para(
        doc,
        "The findings are written about the system, not about individuals. Each finding ends with a short "
        "statement of what the Board needs to know.",
    )
    findings = [
        (
            "Finding 1: Capacity was assessed as the ability to talk about a decision, not to act on it",
            [
                "Leonard could explain the risks of a cold house clearly. He could not, over two winters, do "
                "anything about them. The repeated gap between what he said and what he did was the clearest "
                "sign that his executive functioning was impaired, probably by long-term alcohol use.",
                "Practitioners told the review that they knew about executive capacity but felt unsure how "
                "to evidence it, and that they feared being seen to override a person's choices.",
            ],
        ),
        (
            "Finding 2: The self-neglect procedure was not used",
            [
                "The Board's self-neglect and hoarding procedure provides for a multi-agency risk meeting. "
                "No agency called one. Each assumed that Adult Social Care was the lead and would do so.",
                "At the workshop, practitioners from four agencies said they did not know they could convene "
                "a meeting themselves.",
            ],
        ),
        (
            "Finding 3: Alcohol use was seen as a lifestyle choice",
            [
                "Leonard's drinking was mentioned in almost every record but was rarely assessed. He was never "
                "referred to specialist alcohol services. Some records describe his drinking as his choice, "
                "which may have discouraged further enquiry.",
            ],
        ),
        (
            "Finding 4: Fuel poverty was a safeguarding issue",
            [
                "Leonard's boiler failed in 2020. He had the money to replace it but did not arrange it. No "
                "agency connected him with the council's warm homes scheme, which could have arranged and "
                "overseen the work.",
            ],
        ),
        (
            "Finding 5: The pandemic reduced face-to-face contact",
            [
                "Between late 2020 and mid-2021 most contacts were by phone. Leonard was good at reassuring "
                "people on the phone. The condition of his home was not seen by any agency for eight months.",
            ],
        ),
    ]
    n = 1
    for title, texts in findings:
        heading(doc, title, 2)
        n = paras(doc, "5", texts, start=n)
    page_break(doc)

    heading(doc, "6. Good practice", 1)
    para(doc, "The review found examples of good practice that the Board may wish to share:")
    listed(
        doc,
        [
            "The fire crew's same-day referral in November 2021, with photographs attached.",
            "The GP's persistence in raising concerns, even though a different route would have worked better.",
            "The ambulance crew in December 2022 who stayed with Leonard for an extra hour to warm the room.",
        ],
        style="List Bullet",
    )
    heading(doc, "Key learning for practitioners", 2)
    listed(
        doc,
        [
            "Watch what a person does as well as what they say.",
            "Any agency can call a multi-agency meeting about self-neglect.",
            "Ask about alcohol, every time, and offer help.",
            "A cold home in winter is a risk to life.",
        ],
    )
    page_break(doc)

    heading(doc, "7. Recommendations to the Board", 1)
    paras(
        doc,
        "7",
        [
            "The reviewer makes the following recommendations to Sedgecombe Safeguarding Adults Board. The "
            "agencies' own recommendations are in Section 4 and are monitored by the Board's Quality and "
            "Performance sub-group.",
        ],
    )
    rec(
        doc,
        "7.2",
        "The Board should lead a programme of work on executive capacity, which should include:",
        [
            "multi-agency practice guidance with examples of how to record evidence of executive capacity;",
            "a briefing for managers who sign off section 42 enquiries;",
            "an audit, after twelve months, of capacity assessments in self-neglect cases.",
        ],
        bold_label="Recommendation 1",
    )
    rec(
        doc,
        "7.3",
        "The Board should revise its self-neglect and hoarding procedure to make clear that any partner "
        "agency can convene a multi-agency risk meeting, and promote the change across the partnership.",
        bold_label="Recommendation 2",
    )
    rec(
        doc,
        "7.4",
        "The Board should ask the Sedgecombe Health and Wellbeing Board to commission an assertive outreach "
        "alcohol service for dependent drinkers who do not engage with treatment.",
        bold_label="Recommendation 3",
    )
    rec(
        doc,
        "7.5",
        "The Board should work with the council's housing and energy teams so that:",
        [
            "people who are known to be living without heating are referred to the warm homes scheme;",
            "the scheme can act for a person who needs help to arrange repairs.",
        ],
        bold_label="Recommendation 4",
    )
    rec(
        doc,
        "7.6",
        "The Board should seek assurance from partners that face-to-face contact has resumed for adults who "
        "self-neglect and that home conditions are seen at least once in every enquiry.",
        bold_label="Recommendation 5",
    )
    page_break(doc)

    heading(doc, "Appendix 1: Chronology", 1)
    para(doc, "Key events, compiled from agency chronologies.")
    table(
        doc,
        ["Date", "Agency", "Event"],
        [2.8, 3.4, 10.3],
        [
            (
                "Sept 2020",
                "North Orrin Ambulance Service",
                "Crew attends after Leonard falls. The house is very cold; the boiler is broken.\nLeonard "
                "declines hospital. No referral is made.",
            ),
            (
                "10/12/2020",
                "Brookvale PCN",
                "Telephone consultation for a chest infection. Leonard says he is 'keeping warm with a "
                "blanket'.\nAntibiotics prescribed. The GP notes concerns about the heating.",
            ),
            (
                "February 2021",
                "Sedgecombe Council Adult Social Care",
                "Safeguarding concern from the GP about self-neglect. Screened by phone with Leonard, who says "
                "he will get the boiler fixed.\nThe concern is closed without a visit because of pandemic "
                "restrictions.",
            ),
            (
                "16/11/2021",
                "Sedgecombe and Orrin Fire and Rescue Service",
                "Safe and Well visit after a neighbour's referral. Crew finds candles, blocked exits and "
                "stacks of paper in every room.\nSmoke alarms fitted; same-day safeguarding referral with "
                "photographs.",
            ),
            (
                "22/11/2021",
                "Sedgecombe Council Adult Social Care",
                "Section 42 enquiry opened. A social worker visits with a fire officer. Leonard says he has "
                "capacity and does not want help.\nA capacity assessment concludes he has capacity to "
                "decide about his living conditions. The enquiry is closed on 3 December 2021.",
            ),
            (
                "January 2022",
                "Brookvale PCN",
                "The GP writes to Adult Social Care saying that Leonard's chest is worsening, the house is "
                "still unheated and 'nothing has changed'.",
            ),
            (
                "Spring 2022",
                "Sedgecombe Homes",
                "The neighbourhood officer passes a neighbour's complaint about smells to environmental "
                "health.\nEnvironmental health writes to Leonard; he does not reply.",
            ),
            (
                "05/10/2022",
                "Sedgecombe Council Adult Social Care",
                "Third section 42 enquiry, after an ambulance referral. Leonard agrees to a visit but then "
                "does not answer the door on two occasions.\nThe enquiry is closed in November 2022 as "
                "'adult declines involvement'.",
            ),
            (
                "19/12/2022",
                "North Orrin Ambulance Service",
                "Crew attends for breathing difficulty. Room temperature recorded as 6°C. Leonard declines "
                "hospital.\nThe crew stay an extra hour, heat the room with a fan heater borrowed from a "
                "neighbour and make a safeguarding referral.",
            ),
            (
                "Early February 2023",
                "North Orrin Ambulance Service",
                "Leonard is found unresponsive by a neighbour. He is confirmed dead at the scene.",
            ),
        ],
    )

    landscape_section(doc)
    heading(doc, "Appendix 2: SAR Action Plan and progress (RAG)", 1)
    para(
        doc,
        "RAG key: Green – complete or on track; Amber – some delay; Red – not started or off track. Update "
        "for the Board meeting of 14 May 2024.",
        italic=True,
    )
    table(
        doc,
        ["Rec", "Action", "Lead", "Timescale", "Evidence / progress", "RAG"],
        [1.2, 6.4, 3.6, 2.6, 8.0, 3.0],
        [
            (
                "1",
                "1.1 Publish multi-agency guidance on executive capacity with recording examples.",
                "SSAB Policy and Procedures Sub-Group",
                "December 2023",
                "Guidance published in January 2024 after consultation with partners. Launched at the Board's "
                "practitioner forum, attended by 110 staff.",
                "Green – complete",
            ),
            (
                "1",
                "1.2 Deliver a briefing for managers who sign off section 42 enquiries.",
                "Principal Social Worker, Adult Social Care",
                "Q1 2024/25",
                "Briefing written. Three sessions booked for June and July 2024.",
                "Green",
            ),
            (
                "1",
                "1.3 Audit capacity assessments in self-neglect cases twelve months after the guidance.",
                "SSAB Quality and Performance Sub-Group",
                "Q4 2024/25",
                "Audit tool agreed. The audit cannot begin until January 2025.",
                "Amber",
            ),
            (
                "2",
                "2.1 Revise the self-neglect and hoarding procedure so that any agency can convene a "
                "multi-agency risk meeting.",
                "SSAB Policy and Procedures Sub-Group",
                "31/03/24",
                "Procedure revised and approved by the Board in March 2024. A one-page summary has gone to "
                "all partners; the fire service has convened two meetings under the new rule.",
                "Green – complete",
            ),
            (
                "3",
                "3.1 Board Chair to write to the Health and Wellbeing Board asking for an assertive outreach "
                "alcohol service.",
                "SSAB Independent Chair",
                "Completed",
                "Letter sent in February 2024. The Health and Wellbeing Board has asked public health to "
                "report on options; no funding identified.",
                "Amber",
            ),
            (
                "4",
                "4.1 Agree a referral route from safeguarding enquiries to the warm homes scheme.",
                "Head of Housing Strategy, Sedgecombe Council",
                "September 2024",
                "Not started. The warm homes scheme is being re-tendered and the route will be designed with "
                "the new provider.",
                "Red",
            ),
            (
                "5",
                "5.1 Partners to provide assurance that face-to-face contact has resumed in self-neglect "
                "cases and that home conditions are seen in every enquiry.",
                "All Board partners",
                "Q2 2024/25",
                "Assurance returns received from five of eight partners. Adult Social Care's return shows "
                "home visits in 92% of self-neglect enquiries in the last quarter.",
                "Amber",
            ),
        ],
        status_col=5,
    )
    save(doc, stem)


# ================== 4. Child Safeguarding Practice Review: learning points, recommendations to the partnership
def doc_pellworth():
    stem = "cspr_learning_points_partnership_recs_plan_pellworth"
    doc = new_doc(
        header="Pellworth Safeguarding Children Partnership · Local Child Safeguarding Practice Review · Child J",
        footer_label="Page",
        font="Calibri",
        size=12,
    )
    airy(doc, 1.6, 10)
    cover(
        doc,
        [
            ("Pellworth Safeguarding Children Partnership", 16, True),
            ("", 12, False),
            ("Local Child Safeguarding Practice Review", 22, True),
            ("Child J", 20, True),
            ("", 12, False),
            ("Lead reviewer: Siobhan Garraway-Holt", 12, False),
            ("Approved by the Safeguarding Partners: 18 January 2024", 12, False),
            ("Published: April 2024", 12, False),
        ],
    )
    contents(
        doc,
        [
            ("Summary", 3),
            ("1. Introduction and the rapid review", 4),
            ("2. Scope and key lines of enquiry", 5),
            ("3. Child J and her family", 6),
            ("4. Agency involvement and agency recommendations", 7),
            ("5. Learning points", 11),
            ("6. Recommendations to the Safeguarding Partnership", 14),
            ("Appendix A: Chronology", 16),
            ("Appendix B: Partnership Action Plan", 20),
        ],
    )

    heading(doc, "Summary", 1)
    para(
        doc,
        "Child J was eight months old when she was taken to hospital in May 2023 with a fractured skull and "
        "bleeding on the brain. Medical experts concluded that the injuries were caused by an adult. Her "
        "mother's partner was later charged. Child J survived and now lives with her maternal grandparents.",
    )
    para(
        doc,
        "This review looks at what agencies knew about the household, particularly about the mother's partner, "
        "and how well they worked together. It identifies six learning points and makes four recommendations to "
        "the Pellworth Safeguarding Children Partnership.",
    )
    page_break(doc)

    heading(doc, "1. Introduction and the rapid review", 1)
    paras(
        doc,
        "1",
        [
            "Pellworth Children's Services notified the national Child Safeguarding Practice Review Panel "
            "within five working days of Child J's admission. The safeguarding partners held a rapid review "
            "on 1 June 2023 and decided that a local review was needed.",
            "The national Panel agreed with this decision. It noted that the case raised questions about "
            "the visibility of men in the lives of babies, which has been a theme of national learning.",
            "The review used a systems approach. Agencies provided chronologies and analysis, and the lead "
            "reviewer held conversations with practitioners and a practitioner learning event.",
            "Child J's mother and grandparents contributed to the review. The mother's partner declined.",
        ],
        notes={"1.2": "1"},
    )
    footnote_line(
        doc,
        "1",
        "The Child Safeguarding Practice Review Panel has published national reviews on the risk to babies "
        "from men in the household.",
    )
    page_break(doc)

    heading(doc, "2. Scope and key lines of enquiry", 1)
    paras(
        doc,
        "2",
        [
            "The review covers the period from the mother's booking for maternity care in January 2022 "
            "to Child J's admission to hospital on 9 May 2023. It considered:"
        ],
    )
    for i, q in enumerate(
        [
            "What agencies knew about the mother's partner, and whether they asked.",
            "Whether the mother's own history of care and her mental health were understood.",
            "How the health visiting service assessed the home and the people in it.",
            "How the referral to Children's Services in February 2023 was handled.",
            "Whether bruising seen in April 2023 was responded to in line with the bruising protocol.",
        ],
        1,
    ):
        numbered(doc, f"{i}.", q)
    page_break(doc)

    heading(doc, "3. Child J and her family", 1)
    paras(
        doc,
        "3",
        [
            "Child J's mother, here called Amy, was 19 when Child J was born. Amy had been in foster care "
            "between the ages of 12 and 16 and had support from a leaving care personal adviser.",
            "Amy's partner, here called Lee, was 26. He was not Child J's father. He moved into Amy's flat "
            "in January 2023. He had a previous conviction for assaulting a former partner and had been "
            "assessed as a risk to children in another area in 2020.",
            "Child J's grandparents describe her as a smiley, contented baby who loved bath time. They had "
            "concerns about Lee from the start and say they told the health visitor.",
        ],
    )
    page_break(doc)

    heading(doc, "4. Agency involvement and agency recommendations", 1)
    para(
        doc,
        "Each agency's analysis concluded with recommendations for its own service. They are listed with "
        "each summary. Progress on them is reported to the Partnership's Learning and Improvement Group.",
    )
    heading(doc, "4.1 Pellworth Community Health (health visiting)", 2)
    paras(
        doc,
        "4.1",
        [
            "The health visitor completed the new birth visit and the six to eight week review. Amy was "
            "assessed as needing the universal plus service because of her care history and low mood.",
            "At a visit in February 2023 a man was present who was introduced as 'a friend'. His name was not "
            "asked or recorded. Amy's mother rang the health visiting team a week later to say she was "
            "worried about Amy's new boyfriend; the message was passed to the health visitor but not acted on.",
        ],
    )
    para(doc, "Recommendations for Pellworth Community Health", bold=True)
    numbered(
        doc,
        "1.",
        "Health visitors should record the name, date of birth and relationship of every adult living in or "
        "regularly visiting the home, and update this at each contact.",
    )
    numbered(
        doc,
        "2.",
        "Information from relatives about a new adult in a baby's home should be treated as a possible "
        "safeguarding concern and discussed with the safeguarding team.",
    )
    heading(doc, "4.2 Pellworth Children's Services", 2)
    paras(
        doc,
        "4.2",
        [
            "Children's Services received a police notification in February 2023 after a neighbour reported "
            "shouting. The notification named Lee. A check of the children's services system would have "
            "shown the assessment from another authority, but the check used the wrong spelling of his name.",
            "The contact was closed with advice to Amy. No strategy discussion was held.",
            "Amy's leaving care personal adviser, who worked in the same directorate, was not told about the "
            "notification.",
        ],
    )
    para(doc, "Recommendations for Children's Services", bold=True)
    numbered(
        doc,
        "1.",
        "The front door should search for adults named in a contact using date of birth and variations of "
        "spelling, and record the searches made.",
    )
    numbered(
        doc,
        "2.",
        "Leaving care personal advisers should be told when a contact is received about a child of a care "
        "leaver they support.",
    )
    heading(doc, "4.3 Pellworth Police", 2)
    paras(
        doc,
        "4.3",
        [
            "Officers attended the February 2023 incident and completed a domestic abuse risk assessment "
            "graded standard. They did not check Lee's history with the other force, which would have shown "
            "the previous conviction and the risk assessment.",
        ],
    )
    para(doc, "Recommendation for Pellworth Police", bold=True)
    numbered(
        doc,
        "1.",
        "Officers should complete a national police database check on any adult in a household with a "
        "child under one when attending a domestic incident.",
    )
    heading(doc, "4.4 Larkspur Medical Centre (GP)", 2)
    paras(
        doc,
        "4.4",
        [
            "Child J was seen at eight weeks for immunisations and in April 2023 with a cold. At the April "
            "appointment the GP noticed a small bruise on her cheek. Amy said Child J had hit herself with a "
            "toy. The GP accepted this explanation and did not follow the bruising protocol for non-mobile "
            "babies.",
        ],
    )
    para(doc, "Recommendation for Larkspur Medical Centre", bold=True)
    numbered(
        doc,
        "1.",
        "All clinicians at the practice should complete refresher training on the bruising protocol for "
        "non-mobile babies, and the protocol should be added to the practice's clinical templates.",
    )
    page_break(doc)

    heading(doc, "5. Learning points", 1)
    para(
        doc,
        "The learning points below are the review's main messages for practitioners. They are not "
        "recommendations; the Partnership's response is set out in Section 6 and Appendix B.",
    )
    lps = [
        "Men in a baby's life must be seen, named and checked, whatever the relationship is called.",
        "Grandparents and other relatives often know first when a new adult arrives; their concerns are "
        "safeguarding information.",
        "A young parent who was in care may be reluctant to share information with services she associates "
        "with her own childhood.",
        "Name checks that fail because of spelling give false reassurance.",
        "Any bruise on a non-mobile baby needs a safeguarding response, however convincing the explanation.",
        "Professionals who know a parent well, such as a personal adviser, can help make sense of a concern.",
    ]
    for i, s in enumerate(lps, 1):
        box(doc, f"Learning point {i}\n{s}", fill="FCE4D6")
    paras(
        doc,
        "5",
        [
            "At the practitioner event, health visitors said that they often felt awkward asking about a man "
            "who was introduced as a friend, and that they worried about damaging their relationship with "
            "the mother. The review recognises this, but the risk to a baby from an unknown adult outweighs it.",
            "The front door practitioners described high volumes of police notifications in early 2023. The "
            "review found that the notification about Child J was processed within the required time, but the "
            "system did not prompt a second search when the first found nothing.",
            "The bruising protocol was well known to paediatricians and health visitors but less known to GPs. "
            "This is consistent with audits in other areas.",
        ],
    )
    page_break(doc)

    heading(doc, "6. Recommendations to the Safeguarding Partnership", 1)
    paras(
        doc,
        "6",
        [
            "The review makes four recommendations to the Pellworth Safeguarding Children Partnership. The "
            "agency recommendations in Section 4 are not repeated here.",
        ],
    )
    rec(
        doc,
        "Recommendation 1:",
        "The Partnership should develop a multi-agency approach to identifying and engaging men in a baby's "
        "household, which should:",
        [
            "set a shared expectation that every adult in the home is named and checked;",
            "provide practitioners with guidance on how to ask about new partners;",
            "be launched through a campaign aimed at practitioners in health, early help and children's social "
            "care.",
        ],
    )
    rec(
        doc,
        "Recommendation 2:",
        "The Partnership should seek assurance that the bruising protocol for non-mobile babies is embedded in "
        "primary care, including through an audit of GP responses to bruising in babies under six months.",
    )
    rec(
        doc,
        "Recommendation 3:",
        "The Partnership should ask Children's Services and the police to review the searches made at the front "
        "door when a contact names an adult, so that:",
        [
            "searches use more than one spelling and the date of birth;",
            "a nil return for a named adult prompts a check with other areas.",
        ],
    )
    rec(
        doc,
        "Recommendation 4:",
        "The Partnership should work with the Leaving Care service to develop guidance on supporting care "
        "leavers who become parents, including how concerns about their children are shared with their "
        "personal advisers.",
    )
    page_break(doc)

    heading(doc, "Appendix A: Chronology", 1)
    table(
        doc,
        ["Date", "Agency", "Event"],
        [2.8, 3.4, 10.3],
        [
            (
                "January 2022",
                "Pellworth Maternity Services",
                "Amy books for maternity care at 10 weeks. She tells the midwife she was in care and that the "
                "baby's father is not involved.\nThe midwife refers Amy to the specialist midwife for young "
                "parents.",
            ),
            (
                "03/09/2022",
                "Pellworth Maternity Services",
                "Child J is born at term in good health. Amy is discharged home the next day.",
            ),
            (
                "15/09/2022",
                "Pellworth Community Health",
                "New birth visit. Amy has support from her mother. The health visitor notes her care history "
                "and offers the universal plus service.",
            ),
            (
                "31/10/2022",
                "Larkspur Medical Centre",
                "Child J is seen for her eight-week check and immunisations. No concerns.",
            ),
            (
                "Mid-January 2023",
                "Family",
                "Lee moves into Amy's flat. Amy's mother meets him and is uneasy.\nShe later tells the review "
                "that Lee would not let Amy visit her on her own.",
            ),
            (
                "08/02/2023",
                "Pellworth Community Health",
                "Health visitor's home visit. A man introduced as a friend is present throughout.\nThe health "
                "visitor does not ask his name. She records that Child J is thriving.",
            ),
            (
                "15/02/2023",
                "Pellworth Community Health",
                "Amy's mother phones the health visiting team to say she is worried about Amy's new boyfriend "
                "and his temper. The duty worker records the call and sends it to the health visitor.",
            ),
            (
                "26/02/2023",
                "Pellworth Police",
                "Neighbour reports shouting and a baby crying. Officers attend; Amy says they were arguing. "
                "Lee is present.\nA risk assessment is graded standard. A notification naming Lee is sent to "
                "Children's Services.",
            ),
            (
                "28/02/2023",
                "Pellworth Children's Services",
                "The front door checks the records. The search for Lee uses a misspelling and finds nothing. "
                "The contact is closed with advice.",
            ),
            (
                "20/04/2023",
                "Larkspur Medical Centre",
                "Child J is seen with a cold. The GP notes a 1cm bruise on her left cheek. Amy says Child J "
                "hit herself with a rattle.\nThe GP records the explanation. No referral is made.",
            ),
            (
                "09/05/2023",
                "Pellworth Hospital NHS Trust",
                "Child J is brought to the emergency department by ambulance, floppy and unresponsive. Scans "
                "show a skull fracture and bleeding on the brain.\nA child protection medical is carried out "
                "and a strategy discussion is held the same day.",
            ),
        ],
    )

    landscape_section(doc)
    heading(doc, "Appendix B: Partnership Action Plan", 1)
    para(doc, "Prepared by the Learning and Improvement Group. Position at 29 February 2024.", italic=True)
    table(
        doc,
        ["No.", "Recommendation", "Actions", "Lead", "By when", "Update", "Status"],
        [1.2, 4.4, 5.6, 3.2, 2.4, 5.6, 2.8],
        [
            (
                "1",
                "Approach to men in a baby's household",
                "a) Write multi-agency guidance on identifying and engaging men in the household.",
                "PSCP Business Manager",
                "31/03/24",
                "Guidance drafted with input from health visiting and early help; out for consultation until "
                "mid-March.",
                "Ongoing",
            ),
            (
                "1",
                "",
                "b) Run a practitioner campaign on naming and checking every adult in the home.",
                "PSCP Communications Lead",
                "Q1 2024/25",
                "Campaign materials commissioned. Launch planned after the guidance is approved.",
                "Not yet started",
            ),
            (
                "2",
                "Bruising protocol in primary care",
                "Audit GP responses to bruising in babies under six months across all practices.",
                "Designated Doctor for Safeguarding Children",
                "September 2024",
                "Audit designed. Data request sent to practices in February 2024.",
                "Ongoing",
            ),
            (
                "3",
                "Front door searches",
                "Review search practice and change the front door checklist to require spelling variations, "
                "date of birth and a check with other areas on a nil return.",
                "Head of Service, Front Door / Pellworth Police Public Protection",
                "January 2024",
                "Checklist revised and in use from 8 January 2024. A dip sample in February found it used in "
                "19 of 20 contacts naming an adult.",
                "Complete",
            ),
            (
                "4",
                "Care leavers who become parents",
                "Develop guidance with the Leaving Care service on supporting care leavers who become parents.",
                "Service Manager, Leaving Care",
                "Q3 2024/25",
                "Scoping meeting held. Care leavers' forum to be consulted in the summer.",
                "Partially complete",
            ),
        ],
    )
    save(doc, stem)


def main():
    doc_marrowfield()
    doc_quillbridge()
    doc_sedgecombe()
    doc_pellworth()


if __name__ == "__main__":
    main()
