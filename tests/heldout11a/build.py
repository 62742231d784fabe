"""Build the heldout11a blind documents as Word files (python-docx).

Run once:  python tests/heldout11a/build.py
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
    footnote_line,
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
    sup,
)

# An optional folder argument writes the .docx files there (a scratch copy to compare with the committed ones).
save = docx_saver(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)


def airy(doc, spacing=1.35, after=6):
    """Authors' house styles: generous line spacing and space after each paragraph."""
    pf = doc.styles["Normal"].paragraph_format
    pf.line_spacing = spacing
    pf.space_after = Pt(after)


def section_paras(doc, number, texts, start=1):
    """Numbered paragraphs N.1, N.2 ... under one heading."""
    for i, t in enumerate(texts, start):
        numbered(doc, f"{number}.{i}", t)


def contents(doc, title, lines, width_cm=15.5):
    heading(doc, title, 1)
    for text, page, level in lines:
        dotted_line(doc, text, page, width_cm=width_cm, indent=level)
    page_break(doc)


def glossary(doc, rows, widths=(4, 12.5), header=("Term", "Meaning")):
    t = make_table(doc, list(header), list(widths), size=9.5)
    for r in rows:
        add_row(t, r, list(widths), size=9.5)
    doc.add_paragraph()


# ===================================================== 1. Welsh Adult Practice Review with action plan
def doc_brohafren():
    stem = "apr_wales_learning_isp_plan_brohafren"
    doc = new_doc(
        header="Bro Hafren RSB – Extended Adult Practice Review – Adult R", font="Calibri", size=11.5
    )
    airy(doc, 1.3, 6)
    para(
        doc,
        "[Logo: Bwrdd Diogelu Rhanbarthol Bro Hafren / Bro Hafren Regional Safeguarding Board]",
        italic=True,
    )
    para(doc, "")
    para(doc, "Bwrdd Diogelu Rhanbarthol Bro Hafren", bold=True, size=14, align="center")
    para(doc, "Bro Hafren Regional Safeguarding Board", bold=True, size=14, align="center")
    para(doc, "")
    para(doc, "Adolygiad Ymarfer Oedolion Estynedig", size=20, align="center")
    para(doc, "Extended Adult Practice Review", size=20, align="center")
    para(doc, "")
    para(doc, "Re: BHRSB 2/2022 – ‘Adult R’", bold=True, size=14, align="center")
    para(doc, "")
    t = doc.add_table(rows=0, cols=2)
    for k, v in [
        ("Enw’r adolygydd / Lead Reviewer", "Carys Penhallow-Rees"),
        ("Cadeirydd y panel / Panel Chair", "Idris Wynne-Morgan"),
        ("Dyddiad / Date of Board approval", "14 November 2023"),
        ("Fersiwn / Version", "Final for publication"),
    ]:
        row = t.add_row()
        set_text(row.cells[0], k, bold=True, size=10.5)
        set_text(row.cells[1], v, size=10.5)
    set_widths(t, [7.5, 8.5])
    page_break(doc)

    contents(
        doc,
        "Contents / Cynnwys",
        [
            ("Summary of the review", 3, 0),
            ("1. Brief outline of circumstances resulting in the Review", 4, 0),
            ("2. Terms of reference and methodology", 5, 0),
            ("3. Adult R: a brief history of agency involvement", 7, 0),
            ("4. Practice and organisational learning", 9, 0),
            ("5. Improving Systems and Practice", 12, 0),
            ("6. Statement by Reviewer and Chair", 13, 0),
            ("Appendix 1 – Panel membership", 14, 0),
            ("Appendix 2 – Action plan", 15, 0),
        ],
    )

    heading(doc, "Summary of the review", 1)
    para(
        doc,
        "This summary is for practitioners who want the main points. Adult R was a 61-year-old man who lived "
        "alone in a terraced house in Llanfair Isaf. He had a learning disability, type 2 diabetes and limited "
        "sight, and for many years his older sister had managed his money and shopping. After she moved into "
        "a care home, a younger acquaintance moved into the house. Over eight months Adult R lost weight, "
        "stopped going to his day service and ran up debts in his name.",
    )
    para(
        doc,
        "The review found that each agency saw part of what was happening, but no agency put the pieces "
        "together or made a report under the duty to report an adult at risk. The review asks the Board "
        "to act in six areas:",
    )
    for s in [
        "assurance that staff across partner agencies know how and when to report an adult at risk;",
        "a regional approach to financial abuse by people who move into a vulnerable person's home;",
        "better follow-up when a person stops attending a day service;",
        "carer reviews when an informal carer can no longer care;",
        "joint learning for primary care and housing on cuckooing and exploitation;",
        "a check that advocacy was offered during adult protection enquiries.",
    ]:
        para(doc, s, style="List Bullet")
    page_break(doc)

    heading(doc, "1. Brief outline of circumstances resulting in the Review", 1)
    p = numbered(
        doc,
        "1.1",
        "This Extended Adult Practice Review was commissioned by Bro Hafren Regional Safeguarding Board on "
        "the recommendation of its Review Sub-Group, in line with the Social Services and Well-being (Wales) "
        "Act 2014 and the Welsh Government guidance on adult practice reviews.",
    )
    sup(p, "1")
    section_paras(
        doc,
        "1",
        [
            "Adult R was admitted to Ysbyty Glan Hafren on 2 March 2022 with severe dehydration and an "
            "infected foot ulcer. He died in hospital on 18 March 2022. The post-mortem found that neglect "
            "of his diabetes had contributed to his death.",
            "An adult protection enquiry had been opened in January 2022 after a bank raised concerns about "
            "cash withdrawals. The acquaintance who lived with Adult R, referred to here as Mr T, was later "
            "charged with fraud by abuse of position. At the time of writing the criminal case is not "
            "concluded.",
            "Adult R had been the subject of an adult protection enquiry in the previous six months, so the "
            "criteria for an extended review were met.",
        ],
        start=2,
    )
    footnote_line(
        doc,
        "1",
        "Working Together to Safeguard People, Volume 3 – Adult Practice Reviews (Welsh Government, 2016).",
    )
    page_break(doc)

    heading(doc, "2. Terms of reference and methodology", 1)
    section_paras(
        doc,
        "2",
        [
            "The review period ran from 1 April 2021, when Adult R's sister moved into residential care, to "
            "the date of his death. Agencies were asked to provide a timeline of significant events and a "
            "short analysis of their own practice.",
            "The panel agreed the following questions:",
        ],
    )
    for i, q in enumerate(
        [
            "How well did agencies understand Adult R's care and support needs after his sister could no "
            "longer help him?",
            "Were signs of financial abuse and exploitation recognised and acted on?",
            "Was the duty to report an adult at risk understood and used?",
            "Was Adult R's voice heard, and was advocacy offered?",
            "What helped or hindered agencies in working together?",
        ],
        1,
    ):
        numbered(doc, f"({chr(96 + i)})", q)
    section_paras(
        doc,
        "2",
        [
            "A learning event was held on 21 June 2023 with eighteen practitioners from seven agencies. "
            "The reviewer met Adult R's sister and her daughter, who shared their memories of him.",
            "The review was delayed for four months at the request of the police while the criminal "
            "investigation continued.",
        ],
        start=3,
    )
    heading(doc, "Agencies that contributed", 2)
    glossary(
        doc,
        [
            ("Bro Hafren County Council – Adult Services", "Timeline and analysis"),
            (
                "Glan Hafren University Health Board – primary care and district nursing",
                "Timeline and analysis",
            ),
            ("Heddlu Dyfnant / Dyfnant Police", "Timeline and analysis"),
            ("Cartrefi Hafren Housing Association", "Timeline"),
            ("Meadowbank Day Opportunities", "Timeline"),
            ("Bro Hafren Advocacy Service", "Short report"),
        ],
        widths=(9, 7.5),
        header=("Agency", "Contribution"),
    )
    page_break(doc)

    heading(doc, "3. Adult R: a brief history of agency involvement", 1)
    section_paras(
        doc,
        "3",
        [
            "Adult R's sister describes him as gentle, fond of brass band music and proud of the garden he "
            "kept for forty years. He had worked at a local market garden until it closed. He could read a "
            "little and signed his name with care.",
            "In the spring of 2021 the day service noticed that Adult R had started to arrive without his "
            "packed lunch and asked to borrow money for the bus. Staff recorded this in his daily notes.",
            "In July 2021 a neighbour told the housing association's estate officer that a younger man had "
            "moved in and that there were visitors at all hours. The estate officer visited, found Adult R "
            "at home with Mr T and was told that Mr T was 'helping out'.",
            "From September 2021 Adult R stopped going to the day service. After three weeks of absence the "
            "service closed his place, because his funded hours were needed for someone on the waiting list.",
            "The district nurse visited twice in November 2021 to dress an ulcer. On the second visit she "
            "noted that there was no food in the house and that Mr T answered every question for him.",
            "On 11 January 2022 Adult R's bank reported to Adult Services that large cash withdrawals had "
            "been made from his account, some at night. An adult protection enquiry was opened. A social "
            "worker visited with a police officer on 19 January 2022; Adult R said he was happy and wanted "
            "Mr T to stay.",
            "The enquiry was still open when Adult R was admitted to hospital in March 2022.",
        ],
    )
    page_break(doc)

    heading(doc, "4. Practice and organisational learning", 1)
    para(
        doc,
        "This section sets out what the review learned. The learning is written for practitioners and managers; "
        "what the Board is asked to do is set out separately in Section 5.",
    )
    heading(doc, "4.1 Recognising that help can become harm", 2)
    section_paras(
        doc,
        "4.1",
        [
            "Practitioners accepted Mr T's account that he was 'helping out'. Nobody asked Adult R, alone, "
            "what the arrangement was, or whether he had agreed to it. His learning disability meant that he "
            "was likely to agree with whoever was present.",
            "Practitioners should be curious when a new person moves into the home of someone who depends "
            "on others, particularly where the person who used to help has gone.",
        ],
    )
    box(
        doc,
        "Learning\nA change in who is 'helping' an adult at risk is a change in risk. It is a reason to see "
        "the person on their own.",
        fill="DEEAF6",
    )
    heading(doc, "4.2 The duty to report", 2)
    section_paras(
        doc,
        "4.2",
        [
            "The day service, the estate officer and the district nurse each had reasonable cause to suspect "
            "that Adult R was an adult at risk. None of them made a report. At the learning event, several "
            "practitioners said they thought a report needed 'proof' of abuse.",
            "The duty is to report a reasonable suspicion, not a certainty. Managers should make this clear "
            "in supervision and induction.",
        ],
    )
    box(
        doc,
        "Learning\nThe threshold for reporting is reasonable cause to suspect. Waiting for proof leaves "
        "people without protection.",
        fill="DEEAF6",
    )
    heading(doc, "4.3 Stopping a service", 2)
    section_paras(
        doc,
        "4.3",
        [
            "Closing a day service place after three weeks without contact followed the service's procedure. "
            "The procedure did not ask staff to consider why someone had stopped attending or to tell the "
            "person's social worker.",
            "For people who rely on a service for food, company and oversight, sudden non-attendance may "
            "itself be a safeguarding signal.",
        ],
    )
    heading(doc, "4.4 Carers who can no longer care", 2)
    section_paras(
        doc,
        "4.4",
        [
            "When Adult R's sister moved into residential care, nobody reviewed how his needs would now be "
            "met. His last assessment pre-dated her illness by six years.",
            "Good practice would be for the sister's social worker to prompt a review of the person she cared "
            "for. This did not happen because the two cases sat in different teams.",
        ],
    )
    heading(doc, "4.5 Advocacy", 2)
    section_paras(
        doc,
        "4.5",
        [
            "Adult R was entitled to an independent advocate during the enquiry. The records do not show that "
            "an advocate was offered. The review cannot say whether an advocate would have changed the outcome, "
            "but Adult R's own voice is largely missing from the records.",
        ],
    )
    heading(doc, "4.6 Good practice", 2)
    section_paras(
        doc,
        "4.6",
        [
            "The bank's fraud team acted promptly and gave clear information. The hospital safeguarding team "
            "made a report on the day of admission and supported the police investigation.",
        ],
    )
    page_break(doc)

    heading(doc, "5. Improving Systems and Practice", 1)
    section_paras(
        doc,
        "5",
        [
            "In order to promote the learning from this case, the review identified the following actions for "
            "the Board and its member agencies and the improvement each is expected to bring.",
            "The recommendations are numbered in the order in which the learning arose.",
        ],
    )
    recs = [
        "The Board should seek assurance from every partner agency that frontline staff and their managers "
        "understand the duty to report an adult at risk and know that reasonable cause to suspect is enough.",
        "The Board should develop a regional protocol for responding to financial abuse and exploitation by "
        "people who move into the home of an adult with care and support needs, including 'cuckooing'.",
        "Bro Hafren County Council should require commissioned day services to tell the allocated social "
        "worker, or the duty team, when a person has not attended for two weeks without explanation.",
        "Bro Hafren County Council Adult Services should make sure that, when an informal carer can no "
        "longer provide care, a review of the cared-for person's needs is started within 28 days.",
        "The Board should run joint learning sessions for primary care, district nursing and housing staff "
        "on the signs of exploitation in the home.",
        "Bro Hafren County Council should audit a sample of adult protection enquiries each year to check "
        "that independent advocacy was considered and offered, and report the findings to the Board.",
    ]
    for i, r in enumerate(recs, 1):
        numbered(doc, f"{i}.", r)
    para(doc, "")
    para(
        doc,
        "Anticipated improvement outcome: practitioners across the region act on suspicion of abuse without "
        "delay, and adults at risk are seen, heard and supported.",
        italic=True,
    )
    page_break(doc)

    heading(doc, "6. Statement by Reviewer and Chair", 1)
    para(
        doc,
        "We confirm that we were independent of the case and of the agencies involved, that we had no line "
        "management responsibility for the practitioners, and that the review was conducted openly.",
    )
    kv_table(
        doc,
        [
            ("Reviewer", "Carys Penhallow-Rees"),
            ("Chair of Review Panel", "Idris Wynne-Morgan"),
            ("Date", "30 October 2023"),
        ],
    )
    page_break(doc)

    heading(doc, "Appendix 1 – Panel membership", 1)
    w = [6, 10.5]
    t = make_table(doc, ["Role", "Agency"], w)
    for r in [
        ("Independent Chair", "Independent"),
        ("Lead Reviewer", "Independent"),
        ("Head of Safeguarding", "Bro Hafren County Council"),
        ("Named Nurse, Adult Safeguarding", "Glan Hafren University Health Board"),
        ("Detective Inspector, Public Protection", "Dyfnant Police"),
        ("Tenancy Services Manager", "Cartrefi Hafren Housing Association"),
        ("Service Manager", "Meadowbank Day Opportunities"),
        ("Business Manager", "Bro Hafren Regional Safeguarding Board"),
    ]:
        add_row(t, r, w)

    landscape_section(doc)
    heading(doc, "Appendix 2 – Action plan", 1)
    para(doc, "Extended Adult Practice Review BHRSB 2/2022 – Board response and action plan", bold=True)
    w = [1.3, 5.2, 5.6, 3.6, 2.6, 4.0, 3.3]
    t = make_table(
        doc,
        ["No.", "Recommendation", "Action", "Lead", "Timescale", "Outcome / evidence", "RAG / progress"],
        w,
        header_fill="BDD7EE",
    )
    rows = [
        (
            "1",
            recs[0],
            "1.1 Add a duty to report module to the regional induction for all partner agencies",
            "RSB Training Sub-Group",
            "Jun-24",
            "Induction records",
            "Green – module live since May 2024",
        ),
        (
            "1",
            recs[0],
            "1.2 Ask each partner to complete the Board's self-assessment on reporting",
            "RSB Business Manager",
            "31.03.2024",
            "Returns from all partners",
            "Complete",
        ),
        (
            "2",
            recs[1],
            "2.1 Draft a regional cuckooing and financial exploitation protocol with the police",
            "Dyfnant Police / Head of Safeguarding",
            "Q3 2024/25",
            "Protocol approved by Board",
            "Amber – draft out to consultation",
        ),
        (
            "3",
            recs[2],
            "3.1 Amend the day services contract specification to include non-attendance notification",
            "Commissioning Manager, Adult Services",
            "April 2024",
            "Revised specification",
            "Complete",
        ),
        (
            "4",
            recs[3],
            "4.1 Change the carer's assessment closure process so that it opens a review of the cared-for person",
            "Principal Social Worker",
            "Sept 2024",
            "Audit of 20 closures",
            "Amber – system change requested",
        ),
        (
            "5",
            recs[4],
            "5.1 Deliver four joint learning sessions across the region",
            "RSB Training Sub-Group",
            "Ongoing",
            "Attendance and evaluation",
            "Green – two sessions held",
        ),
        (
            "6",
            recs[5],
            "6.1 Add advocacy to the annual adult protection case file audit",
            "Quality Assurance Lead",
            "Mar-25",
            "Audit report to Board",
            "Red – not started; audit tool not agreed",
        ),
    ]
    for r in rows:
        add_row(t, r, w, size=8.5)
    merge_down(t, 0, 1, 2, size=8.5)
    merge_down(t, 1, 1, 2, size=8.5)
    save(doc, stem)


# ===================================================== 2. LCSPR with learning points, lettered recommendations
def doc_hollinsford():
    stem = "lcspr_lettered_recs_key_findings_year_chron_hollinsford"
    doc = new_doc(
        header="Hollinsford Safeguarding Children Partnership | LCSPR Child M", font="Georgia", size=11
    )
    airy(doc, 1.35, 8)
    para(doc, "Hollinsford Safeguarding Children Partnership", size=13)
    para(doc, "")
    para(doc, "Local Child Safeguarding Practice Review", bold=True, size=22)
    para(doc, "Child M", bold=True, size=26)
    para(doc, "")
    para(doc, "Lead reviewer: Annelise Marchbank", size=12)
    para(doc, "Published: February 2024", size=12)
    para(doc, "")
    para(
        doc,
        "This review was commissioned by the Hollinsford Safeguarding Children Partnership, made up of "
        "Hollinsford Borough Council, NHS Hollin Valley Integrated Care Board and Hollinsford Constabulary.",
        italic=True,
        size=10,
    )
    page_break(doc)

    contents(
        doc,
        "Contents",
        [
            ("1 Executive summary", 3, 0),
            ("2 Introduction and reasons for the review", 4, 0),
            ("3 Scope and methodology", 5, 0),
            ("4 Family involvement", 6, 0),
            ("5 Background and key events", 7, 0),
            ("6 Analysis and key findings", 9, 0),
            ("7 Recommendations", 12, 0),
            ("Glossary", 13, 0),
        ],
        width_cm=15,
    )

    heading(doc, "1 Executive summary", 1)
    section_paras(
        doc,
        "1",
        [
            "Child M was fourteen months old when he died in July 2022 from a head injury. His mother's "
            "partner was later convicted of his manslaughter. This review looks at how the agencies in "
            "Hollinsford worked with Child M, his mother and her partner during the two and a half years "
            "before his death.",
            "The review found that professionals were kind and committed but worked with the family one "
            "episode at a time. Three key findings and seven recommendations follow. In brief, the "
            "Partnership is asked to:",
        ],
    )
    for s in [
        "(a) improve how men in the household are identified and assessed;",
        "(b) review pre-birth assessment for mothers who were themselves looked after;",
        "(c) strengthen the health visiting response to unexplained bruising in non-mobile babies;",
        "(d) make sure the Early Help step-down decision involves the family's health visitor;",
        "(e) refresh the escalation policy;",
        "(f) give young parents better access to housing advice;",
        "(g) ask the Department for Education to consider national guidance on men in the household.",
    ]:
        para(doc, s)
    page_break(doc)

    heading(doc, "2 Introduction and reasons for the review", 1)
    section_paras(
        doc,
        "2",
        [
            "The Partnership's rapid review met on 28 July 2022 and agreed that the case met the criteria for a "
            "local child safeguarding practice review. The Child Safeguarding Practice Review Panel agreed "
            "with that decision.",
            "Child M lived with his mother, Kayla (18 at the time of his birth), in a one-bedroom flat. "
            "Kayla's partner, referred to as Mr D, was not Child M's father but stayed at the flat most "
            "nights from early 2022.",
            "The review is not about blame. Its purpose is to understand why things happened as they did and "
            "what would help practitioners do better.",
        ],
    )
    page_break(doc)

    heading(doc, "3 Scope and methodology", 1)
    section_paras(
        doc,
        "3",
        [
            "The review covers the period from Kayla's sixteenth birthday, when she was in foster care, to "
            "Child M's death. The review used a systems approach. Agencies provided chronologies and met the "
            "reviewer; a practitioner event was held in May 2023.",
            "The review considered these questions:",
        ],
    )
    for q in [
        "What did agencies know about the adults in Child M's life?",
        "How was Kayla supported as a care leaver and a young mother?",
        "How were injuries to Child M understood?",
        "Did agencies challenge each other when they disagreed?",
    ]:
        para(doc, q, style="List Number")
    heading(doc, "Review panel", 2)
    w = [6.5, 9.5]
    t = make_table(doc, ["Agency", "Panel member"], w, header_fill="E2EFD9")
    for r in [
        ("Hollinsford Borough Council – Children's Services", "Head of Service, Safeguarding and Quality"),
        ("Hollinsford Borough Council – Housing", "Housing Options Manager"),
        ("NHS Hollin Valley Integrated Care Board", "Designated Nurse for Safeguarding Children"),
        ("Hollin Valley Community Health Trust", "Named Nurse (0–19 services)"),
        ("Hollinsford Constabulary", "Detective Chief Inspector, Safeguarding"),
        ("Hollinsford General Hospital", "Named Doctor"),
        ("Partnership Business Unit", "Review Manager"),
    ]:
        add_row(t, r, w)
    page_break(doc)

    heading(doc, "4 Family involvement", 1)
    section_paras(
        doc,
        "4",
        [
            "The reviewer met Kayla twice, once with her personal adviser. Kayla wanted the review to say how "
            "alone she felt after she left care. Child M's maternal grandmother also spoke to the reviewer. "
            "Mr D did not reply to letters.",
            "Kayla describes Child M as a smiley, noisy baby who loved bath time and being sung to.",
        ],
    )
    page_break(doc)

    heading(doc, "5 Background and key events", 1)
    para(
        doc,
        "The key events are told year by year. Dates are given as recorded by agencies; where only a month "
        "is known, only the month is given.",
    )
    heading(doc, "2020", 2)
    section_paras(
        doc,
        "5",
        [
            "In February 2020 Kayla, then seventeen, told her leaving care worker that she was pregnant. "
            "She was living in supported lodgings at the time.",
            "A pre-birth assessment started in April 2020. It concluded that Kayla could care for a baby "
            "with support and that no further children's social care involvement was needed.",
            "Three weeks later the midwife recorded that Kayla had a new boyfriend but did not record his "
            "name.",
        ],
    )
    heading(doc, "2021", 2)
    section_paras(
        doc,
        "5",
        [
            "Child M was born on 9 May 2021 at Hollinsford General Hospital. Mother and baby went home two "
            "days later to a one-bedroom flat provided by a housing association.",
            "At the new birth visit on 24 May 2021 the health visitor found the flat clean and Child M well. "
            "Kayla said she was managing with help from her mother.",
            "In September 2021 the family was offered Early Help because Kayla had rent arrears and was "
            "isolated. A family support worker visited weekly.",
            "Two months later the Early Help plan was closed as goals had been met. The health visitor was "
            "not invited to the closing meeting.",
        ],
        start=4,
    )
    heading(doc, "2022", 2)
    section_paras(
        doc,
        "5",
        [
            "On 14 March 2022 Kayla took Child M to the GP with a bruise on his cheek. She said he had "
            "bumped himself on the cot. The GP accepted the explanation and did not consider the guidance on "
            "bruising in babies who are not yet mobile.",
            "Around the same time, a neighbour called the police to report a man shouting at the flat. "
            "Officers attended, spoke to Mr D on the doorstep and recorded 'verbal argument only'. No "
            "notification was sent to children's services.",
            "In late May 2022 the health visitor saw Child M at clinic for a twelve-month review that had "
            "been postponed twice. She noted that he seemed quiet and that Kayla mentioned a new partner.",
            "Child M was brought to hospital by ambulance on 2 July 2022 and died two days later.",
        ],
        start=8,
    )
    page_break(doc)

    heading(doc, "6 Analysis and key findings", 1)
    heading(doc, "6.1 The men in Child M's life", 2)
    section_paras(
        doc,
        "6.1",
        [
            "Neither Child M's father nor Mr D was known to any professional by name. Practice guidance says "
            "that practitioners should find out who lives in or regularly visits the home, but in practice "
            "this depended on what Kayla chose to say.",
            "Agencies should not rely on a young mother to volunteer information about a partner she may be "
            "frightened of or protective towards.",
        ],
    )
    box(
        doc,
        "Key finding 1\nProfessionals focused on Kayla as a mother and did not ask about, or try to meet, the "
        "men around Child M.",
        fill="FCE4D6",
    )
    heading(doc, "6.2 Care leavers becoming parents", 2)
    section_paras(
        doc,
        "6.2",
        [
            "The pre-birth assessment drew mainly on Kayla's progress in supported lodgings. It did not "
            "consider what would happen when that support ended at eighteen.",
            "Kayla's personal adviser was not asked to contribute to the assessment.",
        ],
    )
    box(
        doc,
        "Learning point\nA pre-birth assessment for a care leaver should look ahead to the changes that "
        "leaving care will bring, not only at how the young person is coping now.",
        fill="E2EFD9",
    )
    heading(doc, "6.3 Bruising in a baby who is not yet mobile", 2)
    section_paras(
        doc,
        "6.3",
        [
            "At ten months Child M was not cruising or walking. A bruise in a baby who is not independently "
            "mobile should always prompt a referral for assessment. The GP was not aware of the local "
            "protocol.",
        ],
    )
    box(
        doc,
        "Key finding 2\nThe bruising protocol was not known in primary care, and the police response to the "
        "March incident did not connect it with a baby in the household.",
        fill="FCE4D6",
    )
    heading(doc, "6.4 Stepping down and escalation", 2)
    section_paras(
        doc,
        "6.4",
        [
            "The decision to close Early Help was made without the health visitor, who knew the family best. "
            "The health visitor later had concerns but did not feel able to challenge the closure.",
            "Practitioners at the event said the escalation policy was long and that they did not know who to "
            "contact out of hours.",
        ],
    )
    box(
        doc,
        "Key finding 3\nDecisions to step down support were made without all the professionals involved, "
        "and disagreement was not escalated.",
        fill="FCE4D6",
    )
    box(
        doc,
        "Learning point\nHousing insecurity and debt add stress to young parents. Practitioners should ask "
        "about money and housing as part of every assessment.",
        fill="E2EFD9",
    )
    page_break(doc)

    heading(doc, "7 Recommendations", 1)
    para(
        doc,
        "The review makes the following recommendations to the Hollinsford Safeguarding Children Partnership. "
        "The Partnership will publish its response separately.",
    )
    recs = [
        "The Partnership should develop practice guidance and a simple tool so that every agency identifies, "
        "records and where possible meets the men who live in or regularly visit a baby's home.",
        "Hollinsford Borough Council Children's Services should review its pre-birth assessment procedure so "
        "that assessments of care leavers include the personal adviser and plan for the end of leaving care "
        "support.",
        "NHS Hollin Valley Integrated Care Board should make sure that every GP practice knows and uses the "
        "Partnership's protocol for bruising in non-mobile babies, and should audit its use.",
        "The Partnership should require that the health visitor is invited to every Early Help step-down "
        "meeting for a child under two.",
        "The Partnership should refresh its escalation policy into a short, practical guide and promote it "
        "to frontline staff.",
        "Hollinsford Borough Council Housing should agree with Children's Services a fast-track route to "
        "housing advice for young parents who are care leavers.",
        "The Partnership should write to the Department for Education asking it to consider national "
        "guidance on engaging fathers and male carers in safeguarding practice.",
    ]
    for letter, r in zip("abcdefg", recs):
        numbered(doc, f"({letter})", r)
    page_break(doc)

    heading(doc, "Glossary", 1)
    glossary(
        doc,
        [
            ("Early Help", "Support offered to families before statutory children's social care is needed"),
            ("Personal adviser", "A worker who supports a care leaver up to the age of 25"),
            ("Rapid review", "The Partnership's first look at a serious incident, within 15 working days"),
            ("Non-mobile baby", "A baby who cannot yet move independently by crawling, cruising or walking"),
            ("LCSPR", "Local Child Safeguarding Practice Review"),
        ],
    )
    save(doc, stem)


# ===================================================== 3. DARDR with national and local recommendations
def doc_penmarsh():
    stem = "dardr_national_local_recs_unheaded_num_col_penmarsh"
    doc = new_doc(header="OFFICIAL – Penmarsh DARDR ‘Joanna’", font="Verdana", size=10.5)
    airy(doc, 1.3, 6)
    para(doc, "Safer Penmarsh Partnership", bold=True, size=14, align="center")
    para(doc, "")
    para(doc, "Domestic Abuse Related Death Review", bold=True, size=22, align="center")
    para(doc, "Overview Report", size=16, align="center")
    para(doc, "")
    para(doc, "‘Joanna’", size=18, align="center")
    para(doc, "Died: October 2024", size=12, align="center")
    para(doc, "")
    kv_table(
        doc,
        [
            ("Independent Chair and Author", "Tobias Wrentham"),
            ("Review reference", "SPP DARDR 2024/03"),
            ("Date report completed", "12 September 2025"),
        ],
        widths=(7, 9),
    )
    page_break(doc)

    contents(
        doc,
        "Contents",
        [
            ("1. Preface", 3, 0),
            ("2. Introduction", 3, 0),
            ("3. Terms of reference", 4, 0),
            ("4. The review panel", 5, 0),
            ("5. Summary of recommendations", 6, 0),
            ("6. Background and chronology", 7, 0),
            ("7. Analysis", 9, 0),
            ("8. Conclusions and recommendations", 11, 0),
            ("Appendix A: Action plan", 13, 0),
        ],
    )

    heading(doc, "1. Preface", 1)
    section_paras(
        doc,
        "1",
        [
            "The panel offers its condolences to Joanna's children, her parents and her friends. Joanna is the "
            "pseudonym chosen by her daughter.",
            "This review was begun under the name Domestic Homicide Review and is published as a Domestic "
            "Abuse Related Death Review following the change of name in the revised statutory guidance.",
        ],
    )
    heading(doc, "2. Introduction", 1)
    section_paras(
        doc,
        "2",
        [
            "Joanna, who was 37, was found dead at her home in Penmarsh on 6 October 2024. The coroner "
            "recorded a conclusion of suicide. She had separated from her husband, Lewis, eighteen months "
            "earlier and had told friends and professionals that he continued to monitor and threaten her.",
            "The Safer Penmarsh Partnership decided on 28 November 2024 that the death met the criteria for a "
            "review, because Joanna had experienced domestic abuse which appears to have contributed to her "
            "death.",
        ],
    )
    p = numbered(
        doc,
        "2.3",
        "The review took account of the Domestic Abuse Act 2021 definition of domestic abuse, including "
        "economic abuse and coercive and controlling behaviour.",
    )
    sup(p, "1")
    footnote_line(doc, "1", "Domestic Abuse Act 2021, sections 1 and 2.")
    page_break(doc)

    heading(doc, "3. Terms of reference", 1)
    section_paras(
        doc, "3", ["The review covers 1 January 2021 to 6 October 2024. The key lines of enquiry were:"]
    )
    for i, q in enumerate(
        [
            "What did each agency know about the abuse Joanna experienced after separation?",
            "How was the risk of suicide linked to domestic abuse recognised?",
            "How did the family court process affect Joanna's safety?",
            "Did Joanna's employer and friends know where to find help?",
            "Are there national issues that local agencies cannot resolve alone?",
        ],
        1,
    ):
        numbered(doc, f"3.1.{i}", q)
    heading(doc, "4. The review panel", 1)
    w = [5.5, 6.5, 4.5]
    t = make_table(doc, ["Name", "Role", "Organisation"], w, header_fill="FFF2CC")
    for r in [
        ("Tobias Wrentham", "Independent Chair and Author", "Independent"),
        ("Naomi Ferris", "Community Safety Manager", "Penmarsh Council"),
        ("DI Harriet Quayle", "Public Protection", "Penmarsh Constabulary"),
        ("Dr Oluwaseun Banjo", "Named GP for Safeguarding", "NHS Penmarsh ICB"),
        ("Priya Lal", "Head of Adult Safeguarding", "Penmarsh Mental Health NHS Trust"),
        ("Gemma Cottle", "Service Manager", "Penmarsh Domestic Abuse Service"),
        ("Alan Scrivens", "Head of Service", "Cafcass (local team)"),
    ]:
        add_row(t, r, w)
    para(doc, "")
    section_paras(
        doc,
        "4",
        [
            "All panel members were independent of the case. The panel met seven times between January and "
            "August 2025.",
        ],
    )
    page_break(doc)

    heading(doc, "5. Summary of recommendations", 1)
    para(
        doc,
        "The review makes three national recommendations and five local recommendations. They are set out in "
        "full in Section 8 and in the action plan at Appendix A. In summary:",
    )
    for s in [
        "National Recommendation 1 – Home Office: statutory guidance on suicide following domestic abuse.",
        "National Recommendation 2 – DHSC: suicide prevention strategy to name domestic abuse as a risk factor.",
        "National Recommendation 3 – Department for Education: training for school staff on post-separation abuse.",
        "Local Recommendation 1 – police response to breaches of non-molestation orders.",
        "Local Recommendation 2 – routine enquiry in mental health assessments.",
        "Local Recommendation 3 – specialist support for victims in family proceedings.",
        "Local Recommendation 4 – workplace domestic abuse policies.",
        "Local Recommendation 5 – links between MARAC and the suicide prevention partnership.",
    ]:
        para(doc, s, style="List Bullet")
    page_break(doc)

    heading(doc, "6. Background and chronology", 1)
    section_paras(
        doc,
        "6",
        [
            "Joanna and Lewis married in 2012 and had two children. Joanna worked as a pharmacy technician. "
            "Friends describe her as organised, funny and fiercely protective of her children.",
            "In March 2023 Joanna left the family home with the children after Lewis threatened her with a "
            "kitchen knife. She obtained a non-molestation order in April 2023.",
            "Between May 2023 and August 2024 Joanna reported eleven breaches of the order to the police. Six "
            "were recorded as crimes; Lewis was charged once, and the case was discontinued.",
            "Lewis applied to the family court for contact with the children in June 2023. The proceedings "
            "lasted fifteen months. Joanna told her GP that every hearing 'starts it all again'.",
            "In July 2024 Joanna was assessed by the crisis team after telling her GP she had thoughts of "
            "ending her life. The assessment did not ask about domestic abuse.",
            "Joanna's manager at work knew of the order but the company had no domestic abuse policy.",
        ],
    )
    heading(doc, "Joanna's family and friends", 2)
    section_paras(
        doc,
        "6",
        [
            "Joanna's daughter, now nineteen, met the chair twice. She said her mother 'did everything right' "
            "and still felt nobody was listening. She asked the review to look at how the family court "
            "treated her mother's fear.",
            "Two of Joanna's friends spoke to the chair. One had kept a diary of the messages Lewis sent to "
            "Joanna in 2024, which ran to several hundred in some weeks.",
            "Joanna's parents did not wish to take part but agreed that the chair could share the report with "
            "them before publication.",
        ],
        start=7,
    )
    heading(doc, "Equality and diversity", 2)
    section_paras(
        doc,
        "6",
        [
            "The panel considered the protected characteristics under the Equality Act 2010. Joanna's sex was "
            "relevant: most victims of post-separation abuse and of domestic abuse related suicide are women. "
            "No other characteristic was found to have affected the response she received.",
        ],
        start=10,
    )
    page_break(doc)

    heading(doc, "7. Analysis", 1)
    section_paras(
        doc,
        "7",
        [
            "Each breach was treated as a separate incident. Taken together they showed a pattern of stalking "
            "and coercive control which should have led to a review of the risk and a MARAC referral.",
            "The crisis team's assessment focused on Joanna's mood and sleep. Clinicians should ask about "
            "domestic abuse when assessing suicide risk, and the Trust's own policy says so.",
            "The family proceedings were, in Joanna's words, a way for Lewis to 'keep his hands on me'. She had "
            "no specialist advocate during the proceedings.",
            "Joanna's employer wanted to help but did not know how. Employers should have a policy that tells "
            "managers what to do.",
            "Some of what went wrong cannot be fixed locally. The guidance on suicide following domestic abuse "
            "is new, and national suicide prevention work does not yet treat domestic abuse as a priority.",
        ],
    )
    box(
        doc,
        "Lesson\nRepeated breaches of a protective order are a pattern of abuse, not a series of minor "
        "incidents.",
        fill="FFF2CC",
    )
    page_break(doc)

    heading(doc, "8. Conclusions and recommendations", 1)
    section_paras(
        doc,
        "8",
        [
            "The panel concluded that Joanna's death was not predictable, but that her risk was "
            "under-estimated because agencies looked at events one at a time.",
        ],
    )
    heading(doc, "National recommendations", 2)
    nat = [
        (
            "National Recommendation 1",
            "The Home Office should strengthen the statutory guidance on reviews of deaths by suicide so that "
            "partnerships are told how to obtain coroners' and mental health records promptly.",
        ),
        (
            "National Recommendation 2",
            "The Department of Health and Social Care should make sure that the national suicide prevention "
            "strategy names domestic abuse, including post-separation abuse, as a risk factor for suicide.",
        ),
        (
            "National Recommendation 3",
            "The Department for Education should include post-separation abuse and its effect on children in "
            "the statutory safeguarding training for school staff.",
        ),
    ]
    loc = [
        (
            "Local Recommendation 1",
            "Penmarsh Constabulary should ensure that a second or subsequent breach of a non-molestation order "
            "triggers a review of the risk assessment and consideration of a MARAC referral.",
        ),
        (
            "Local Recommendation 2",
            "Penmarsh Mental Health NHS Trust should ensure that clinicians in crisis and home treatment teams "
            "ask about domestic abuse in every suicide risk assessment and record the answer.",
        ),
        (
            "Local Recommendation 3",
            "The Safer Penmarsh Partnership should commission specialist advocacy for victims of domestic "
            "abuse who are involved in family court proceedings.",
        ),
        (
            "Local Recommendation 4",
            "The Safer Penmarsh Partnership should work with local employers to promote workplace domestic "
            "abuse policies and a named contact in each workplace.",
        ),
        (
            "Local Recommendation 5",
            "The Safer Penmarsh Partnership should agree an information-sharing route between MARAC and the "
            "Penmarsh Suicide Prevention Partnership.",
        ),
    ]
    for label, text in nat:
        para(doc, label, bold=True)
        para(doc, text)
    heading(doc, "Local recommendations", 2)
    for label, text in loc:
        para(doc, label, bold=True)
        para(doc, text)

    para(doc, "")
    para(
        doc,
        "The action plan at Appendix A was agreed by the Safer Penmarsh Partnership Board. National "
        "recommendations are sent to the named department by the Partnership chair.",
    )
    page_break(doc)
    heading(doc, "Glossary", 1)
    glossary(
        doc,
        [
            ("DARDR", "Domestic Abuse Related Death Review (formerly Domestic Homicide Review)"),
            ("DHSC", "Department of Health and Social Care"),
            ("IDVA", "Independent Domestic Violence Adviser"),
            ("MARAC", "Multi-Agency Risk Assessment Conference"),
            ("Non-molestation order", "A civil court order forbidding a person to molest another"),
            ("Cafcass", "Children and Family Court Advisory and Support Service"),
        ],
    )

    landscape_section(doc)
    heading(doc, "Appendix A: Action plan", 1)
    para(doc, "Safer Penmarsh Partnership – DARDR 2024/03 action plan (updated November 2025)", bold=True)
    w = [1.0, 6.0, 2.2, 6.0, 3.4, 2.6, 4.4]
    t = make_table(
        doc,
        ["", "Recommendation", "Scope", "Action to take", "Lead agency", "Target date", "Update / Outcome"],
        w,
        header_fill="D9E2F3",
    )
    rows = [
        (
            "1",
            "National Recommendation 1: " + nat[0][1],
            "National",
            "Chair to write to the Home Office DARDR team enclosing the report",
            "Safer Penmarsh Partnership",
            "Completed",
            "Letter sent 3 October 2025; acknowledgement received",
        ),
        (
            "2",
            "National Recommendation 2: " + nat[1][1],
            "National",
            "Chair to write to DHSC suicide prevention policy team",
            "Safer Penmarsh Partnership",
            "Completed",
            "Letter sent 3 October 2025",
        ),
        (
            "3",
            "National Recommendation 3: " + nat[2][1],
            "National",
            "Chair to write to the Department for Education",
            "Safer Penmarsh Partnership",
            "31/10/2025",
            "Awaiting reply",
        ),
        (
            "4",
            "Local Recommendation 1: " + loc[0][1],
            "Local",
            "Amend the breach of order procedure and add a system prompt",
            "Penmarsh Constabulary",
            "Dec 2025",
            "In progress – procedure drafted",
        ),
        (
            "5",
            "Local Recommendation 1: " + loc[0][1],
            "Local",
            "Brief all response sergeants on the amended procedure",
            "Penmarsh Constabulary",
            "Mar 2026",
            "Not yet started",
        ),
        (
            "6",
            "Local Recommendation 2: " + loc[1][1],
            "Local",
            "Add a mandatory domestic abuse question to the crisis assessment template",
            "Penmarsh Mental Health NHS Trust",
            "30.09.2025",
            "Completed – template live from 1 September 2025",
        ),
        (
            "7",
            "Local Recommendation 3: " + loc[2][1],
            "Local",
            "Include a family court IDVA post in the 2026 domestic abuse services tender",
            "Penmarsh Council Community Safety",
            "April 2026",
            "On track",
        ),
        (
            "8",
            "Local Recommendation 4: " + loc[3][1],
            "Local",
            "Launch an employers' pledge with the Chamber of Commerce",
            "Penmarsh Council Community Safety",
            "Completed",
            "Pledge launched June 2025; 14 employers signed",
        ),
        (
            "9",
            "Local Recommendation 5: " + loc[4][1],
            "Local",
            "Agree an information-sharing agreement between MARAC and the Suicide Prevention Partnership",
            "Public Health, Penmarsh Council",
            "Q4 2025/26",
            "Draft agreement with legal services",
        ),
    ]
    for r in rows:
        add_row(t, r, w, size=8.5)
    merge_down(t, 1, 4, 5, size=8.5)
    merge_down(t, 2, 4, 5, size=8.5)
    save(doc, stem)


# ===================================================== 4. Joint DHR / SAR with a table chronology over a page break
def doc_wrenford():
    stem = "joint_dhr_sar_footer_id_split_chron_table_wrenford"
    doc = new_doc(
        footer_label="Wrenford Joint Review JR-DHR/SAR 01/2023 – Page", font="Times New Roman", size=12
    )
    airy(doc, 1.25, 6)
    para(
        doc,
        "[Wrenford Community Safety Partnership logo]   [Wrenford Safeguarding Adults Board logo]",
        italic=True,
    )
    para(doc, "")
    para(doc, "Domestic Homicide Review", bold=True, size=22, align="center")
    para(doc, "and", size=14, align="center")
    para(doc, "Safeguarding Adults Review", bold=True, size=22, align="center")
    para(doc, "")
    para(doc, "concerning ‘Ada’", size=18, align="center")
    para(doc, "")
    para(doc, "Overview Author: Dr R. M. Calloway", size=12, align="center")
    para(doc, "Independent Chair: M. J. Okafor", size=12, align="center")
    para(doc, "Final report – March 2024", size=12, align="center")
    page_break(doc)

    contents(
        doc,
        "Contents",
        [
            ("Preface", 3, 0),
            ("Executive summary", 4, 0),
            ("1. Introduction", 5, 0),
            ("2. Terms of reference", 6, 0),
            ("3. Panel and process", 7, 0),
            ("4. Combined chronology", 8, 0),
            ("5. Analysis", 11, 0),
            ("6. Learning", 13, 0),
            ("7. Recommendations", 14, 0),
        ],
    )

    heading(doc, "Preface", 1)
    para(
        doc,
        "This review was carried out jointly by the Wrenford Community Safety Partnership and the Wrenford "
        "Safeguarding Adults Board. It is both a Domestic Homicide Review and a Safeguarding Adults Review; one "
        "panel and one report serve both statutory purposes. The review was chaired by Michael Okafor, a former "
        "probation director, and the report was written by Dr Ruth Calloway, an independent social work "
        "consultant. Neither has worked for any agency in Wrenford.",
    )
    para(
        doc,
        "The panel wishes to thank Ada's son and granddaughter, who met the author three times, and the staff "
        "who gave their time.",
    )
    page_break(doc)

    heading(doc, "Executive summary", 1)
    para(
        doc,
        "Ada was an 82-year-old woman with dementia who was cared for at home by her husband, Frank. Frank "
        "was himself unwell. Over two years, agencies saw signs that Frank was struggling and that Ada was at "
        "risk, but the signs were treated as carer stress rather than abuse. Frank killed Ada and then "
        "attempted to take his own life.",
    )
    para(doc, "The review makes five recommendations:")
    for i, s in enumerate(
        [
            "a joint protocol for domestic abuse among older couples where one partner cares for the other;",
            "carer's assessments that ask about the carer's thoughts of harming the person they care for;",
            "GP practices flagging couples where both partners are frail and one is the carer;",
            "domiciliary care providers reporting concerns about the carer to Adult Social Care;",
            "the Department of Health and Social Care to consider national guidance on homicide-suicide "
            "among older carers.",
        ],
        1,
    ):
        para(doc, f"{i}. {s}")
    page_break(doc)

    heading(doc, "1. Introduction", 1)
    section_paras(
        doc,
        "1",
        [
            "Ada died at the couple's bungalow in Wrenford on the evening of 17 January 2023. Frank was found "
            "seriously injured in the same room. He was charged with her murder but died in hospital before "
            "trial.",
            "Ada had lived with Alzheimer's disease for five years. Frank, 85, had heart failure and arthritis. "
            "The couple had been married for sixty years.",
            "The Community Safety Partnership agreed that the death met the criteria for a Domestic Homicide "
            "Review. The Safeguarding Adults Board agreed that it met the criteria for a Safeguarding Adults "
            "Review under section 44 of the Care Act 2014. The two bodies agreed to hold one joint review.",
        ],
    )
    page_break(doc)

    heading(doc, "2. Terms of reference", 1)
    section_paras(doc, "2", ["The review period was 1 January 2021 to 17 January 2023. The panel asked:"])
    for i, q in enumerate(
        [
            "Did agencies recognise that Ada was at risk of harm from her carer?",
            "How was Frank supported as a carer, and were his own health needs understood?",
            "Was information shared between primary care, social care and the care provider?",
            "What does this case tell us about homicide-suicide among older couples?",
        ],
        1,
    ):
        numbered(doc, f"2.{i + 1}", q)
    page_break(doc)

    heading(doc, "3. Panel and process", 1)
    w = [5.5, 11]
    t = make_table(doc, ["Agency", "Role of panel member"], w)
    for r in [
        ("Independent", "Chair"),
        ("Independent", "Overview author"),
        ("Wrenford Council – Adult Social Care", "Principal Social Worker"),
        ("Wrenford Council – Community Safety", "Community Safety Manager"),
        ("NHS Wrenford Integrated Care Board", "Designated Adult Safeguarding Lead"),
        ("Wrenford and Dale Police", "Detective Inspector, Major Crime Review"),
        ("Brookside Home Care Ltd", "Registered Manager"),
        ("Wrenford Carers' Centre", "Chief Executive"),
    ]:
        add_row(t, r, w)
    para(doc, "")
    section_paras(
        doc,
        "3",
        [
            "Agencies provided chronologies and Individual Management Reviews. The author held a practitioner "
            "event and met Ada's son and granddaughter.",
        ],
    )
    page_break(doc)

    heading(doc, "4. Combined chronology", 1)
    para(doc, "The table below sets out the key contacts, drawn from the agencies' chronologies.")
    w = [3.0, 3.6, 10.0]
    t = make_table(doc, ["Date", "Agency", "Information"], w, header_fill="D9D9D9")
    chron = [
        (
            "12/03/2021",
            "GP",
            "Frank attended with breathlessness. He mentioned that Ada was 'wandering at night' and that he "
            "was not sleeping. Referred to the Carers' Centre.",
        ),
        (
            "04/05/2021",
            "Carers' Centre",
            "Telephone call to Frank. He declined a carer's assessment, saying he did not want 'the social' "
            "involved. Information pack posted.",
        ),
        (
            "19/08/2021",
            "Police",
            "Call from a neighbour who heard shouting and a woman screaming. Officers attended; Frank said Ada "
            "had been confused and frightened. No injuries seen. Recorded as a concern for welfare.",
        ),
        (
            "02/11/2021",
            "Adult Social Care",
            "Care needs assessment for Ada after a fall. Package of two calls a day agreed with Brookside Home "
            "Care. Carer's assessment for Frank offered again and accepted.",
        ),
        (
            "15/12/2021",
            "Adult Social Care",
            "Carer's assessment completed by telephone. Frank said he was 'coping'. Outcome: information and "
            "advice only.",
        ),
        (
            "10/01/2022",
            "Brookside Home Care",
            "First care visits. Care plan records that Frank prefers to help Ada wash himself and that calls "
            "should be 'in and out'.",
        ),
        (
            "Late Jan 2022",
            "GP",
            "Practice nurse home visit for Ada's annual dementia review. Frank answered most questions. Weight "
            "loss of 4 kg noted; food diary suggested.",
        ),
        (
            "21/02/2022",
            "Wrenford Carers' Centre",
            "Frank attended a carers' coffee morning with his son. He told a volunteer that Ada 'doesn't know "
            "who I am some days' and that he had lost his temper with her. The volunteer gave him a leaflet.",
        ),
        (
            "14/03/2022",
            "Police",
            "Frank reported Ada missing at 02:10. She was found by officers 40 minutes later in a neighbour's "
            "garden wearing her nightclothes. A Herbert Protocol form was suggested. Adult concern notification "
            "sent to Adult Social Care.",
        ),
        (
            "16/03/2022",
            "Adult Social Care",
            "Duty worker reviewed the police notification and telephoned Frank, who said the door had been "
            "left unlocked by mistake. No further action; a key safe and door sensor were ordered.",
        ),
        (
            "07/04/2022",
            "Brookside Home Care",
            "Care worker noted bruising to Ada's upper arms. Frank said she had resisted being helped to "
            "dress. Logged in the care notes; the office was informed but no referral was made.",
        ),
        (
            "23/06/2022",
            "GP",
            "Frank told the GP he was 'at the end of his tether' and had 'thought about ending it for both of "
            "us'. The GP increased his antidepressant and arranged a review in four weeks. The GP made a note "
            "to contact Adult Social Care about respite but this was not done before the practice changed its "
            "clinical system in July 2022, and the task was lost in the migration. At the review in July Frank "
            "said he felt better and the question of respite was not raised again. The GP did not consider "
            "whether Frank's statement indicated a risk to Ada, and no safeguarding concern was raised. The "
            "practice has since reviewed this contact in its significant event process and recognised that "
            "the statement was a disclosure that should have been shared.",
        ),
        (
            "Sept 2022",
            "Adult Social Care",
            "Annual review of Ada's care package postponed because of staff shortages.",
        ),
        (
            "29/11/2022",
            "Brookside Home Care",
            "Care worker found Ada crying and Frank shouting. Office informed Adult Social Care by email; the "
            "email was filed to the case record without action.",
        ),
        (
            "17/01/2023",
            "Police",
            "Ambulance crew called by a care worker at the evening visit found Ada dead and Frank injured.",
        ),
    ]
    for r in chron:
        add_row(t, r, w, size=10)
    para(doc, "")
    page_break(doc)

    heading(doc, "5. Analysis", 1)
    heading(doc, "What Ada's family told the review", 2)
    para(
        doc,
        "Ada's son described his parents as devoted to each other and said his father 'would never have "
        "asked for help, because asking meant admitting he had failed her'. Her granddaughter remembered Ada "
        "as a keen dancer and a champion baker at the village show. Both felt that professionals had talked to "
        "Frank about Ada, but never to Ada about herself.",
    )
    para(
        doc,
        "The family also said that they did not know that a carer's assessment could be reviewed, or that "
        "respite could be arranged at short notice. They thought the services on offer were 'all or nothing'.",
    )
    heading(doc, "Agencies' practice", 2)
    section_paras(
        doc,
        "5",
        [
            "Agencies consistently saw Frank as a devoted, struggling husband. This view was accurate, but it "
            "crowded out the possibility that Ada was at risk from him.",
            "Frank's statement to his GP in June 2022 was a disclosure of thoughts of homicide-suicide. "
            "Clinicians should treat any statement about ending life 'for both of us' as a risk to the other "
            "person.",
            "The carer's assessment was completed by telephone, with Frank, in a house where Ada was present. "
            "It did not ask about his thoughts or about how he managed when Ada resisted care.",
            "The care provider saw bruising and distress but reported them to its own office rather than to "
            "Adult Social Care. Care workers should know that concerns about a carer are safeguarding "
            "concerns.",
            "The email of November 2022 was not read by a practitioner. Adult Social Care has since changed how "
            "emails to the duty inbox are triaged.",
        ],
    )
    page_break(doc)

    heading(doc, "Good practice", 2)
    para(
        doc,
        "The police response to the missing episode in March 2022 was prompt and kind, and the notification to "
        "Adult Social Care was clear. The care worker who found Ada on 17 January 2023 acted calmly and "
        "supported the ambulance crew.",
    )
    page_break(doc)
    heading(doc, "6. Learning", 1)
    for i, s in enumerate(
        [
            "Domestic abuse and carer stress can exist together. One should not be used to explain away the "
            "other.",
            "Older people who kill their partners often do so in the context of caring, depression and fear "
            "of separation.",
            "A carer who says he cannot go on is telling professionals something about the person he cares "
            "for as well as himself.",
        ],
        1,
    ):
        box(doc, f"Learning point {i}\n{s}", fill="F2F2F2")
    page_break(doc)

    heading(doc, "7. Recommendations", 1)
    para(doc, "The panel makes the following recommendations to the Partnership and the Board.")
    recs = [
        "The Wrenford Community Safety Partnership and the Wrenford Safeguarding Adults Board should agree a "
        "joint protocol for responding to domestic abuse between older partners where one cares for the other.",
        "Wrenford Council Adult Social Care should revise its carer's assessment so that the carer is seen "
        "alone and asked directly about thoughts of harming themselves or the person they care for.",
        "NHS Wrenford Integrated Care Board should ask GP practices to identify and flag couples where both "
        "partners are frail and one is the main carer, so that a change in either triggers a review.",
        "Wrenford Council should require commissioned domiciliary care providers to report concerns about a "
        "carer's behaviour to Adult Social Care as safeguarding concerns, and check this in contract "
        "monitoring.",
        "The Department of Health and Social Care should consider producing national guidance on "
        "homicide-suicide among older carers.",
    ]
    for i, r in enumerate(recs, 1):
        numbered(doc, f"7.{i}", r)
    para(doc, "")
    para(
        doc,
        "The Partnership and the Board will agree a joint action plan within three months of publication and "
        "will monitor it through the Board's Learning and Improvement Sub-Group.",
    )
    page_break(doc)
    heading(doc, "Glossary", 1)
    glossary(
        doc,
        [
            ("ASC", "Adult Social Care"),
            (
                "Carer's assessment",
                "An assessment under the Care Act 2014 of a carer's own needs for support",
            ),
            (
                "Herbert Protocol",
                "A form held by families listing information to help police find a person "
                "with dementia who goes missing",
            ),
            (
                "Homicide-suicide",
                "A killing followed by the suicide or attempted suicide of the person who killed",
            ),
            ("IMR", "Individual Management Review"),
            ("SAB", "Safeguarding Adults Board"),
            ("CSP", "Community Safety Partnership"),
        ],
    )
    save(doc, stem)


# ===================================================== 5. Older-style DHR executive summary with agency table and RAG plan
def doc_tolbury():
    stem = "dhr_2015_exec_summary_agency_table_rag_plan_tolbury"
    doc = new_doc(header="CONFIDENTIAL – Tolbury DHR 2015/01 – Executive Summary", font="Arial", size=12)
    airy(doc, 1.5, 8)
    para(doc, "TOLBURY COMMUNITY SAFETY PARTNERSHIP", bold=True, size=14, align="center")
    para(doc, "")
    para(doc, "DOMESTIC HOMICIDE REVIEW", bold=True, size=20, align="center")
    para(doc, "EXECUTIVE SUMMARY", bold=True, size=16, align="center")
    para(doc, "")
    para(doc, "Report into the death of Mrs Y", size=14, align="center")
    para(doc, "on 3rd February 2015", size=14, align="center")
    para(doc, "")
    para(doc, "Tolbury DHR 2015/01", size=12, align="center")
    para(doc, "Independent Author: Bernard Holloway-Price", size=12, align="center")
    para(doc, "June 2016", size=12, align="center")
    page_break(doc)

    contents(
        doc,
        "CONTENTS",
        [
            ("1. The Review Process", 3, 0),
            ("2. Terms of Reference", 4, 0),
            ("3. Key Issues Arising from the Review", 6, 0),
            ("4. Conclusions", 8, 0),
            ("5. Lessons to be Learned", 9, 0),
            ("6. Recommendations", 10, 0),
            ("6.1 Single agency recommendations", 10, 1),
            ("6.2 Overview recommendations", 12, 1),
            ("Appendix: Action Plan", 13, 0),
        ],
    )

    heading(doc, "1. The Review Process", 1)
    section_paras(
        doc,
        "1",
        [
            "This summary outlines the process undertaken by the Tolbury Domestic Homicide Review Panel in "
            "reviewing the death of Mrs Y, a resident of Tolbury, who was 44 when she died.",
            "Mrs Y was killed by her former partner, Mr Z, at her home on 3rd February 2015. Mr Z was convicted "
            "of murder in October 2015 and sentenced to life imprisonment.",
            "The Community Safety Partnership was notified on 5th February 2015 and the decision to hold a "
            "review was taken on 19th February 2015. The Home Office was informed the same week.",
            "Individual Management Reviews were requested from Tolbury Police, Tolbury and District NHS "
            "Foundation Trust, Tolbury Borough Council Housing, the Probation Service and Tolbury Women's "
            "Refuge. The GP practice provided a chronology and report.",
        ],
    )
    heading(doc, "Review Panel Members", 2)
    w = [5.5, 5.5, 5.5]
    t = make_table(doc, ["Name", "Job title", "Agency"], w, header_fill="C0C0C0")
    for r in [
        ("Bernard Holloway-Price", "Independent Chair/Author", "Independent"),
        ("Sandra Kilbride", "Community Safety Officer", "Tolbury Borough Council"),
        ("DCI Roy Amesbury", "Head of Public Protection", "Tolbury Police"),
        ("Janet Oduya", "Named Nurse", "Tolbury and District NHS FT"),
        ("Colin Pettifer", "Senior Probation Officer", "Probation Service"),
        ("Marie Leclerc", "Manager", "Tolbury Women's Refuge"),
        ("Anne Greatorex", "Housing Needs Manager", "Tolbury Borough Council"),
    ]:
        add_row(t, r, w)
    page_break(doc)

    heading(doc, "2. Terms of Reference", 1)
    section_paras(
        doc,
        "2",
        [
            "The review examined agency contact with Mrs Y and Mr Z from 1st January 2011 to 3rd February 2015.",
            "The specific terms were to establish:",
        ],
    )
    for i, q in enumerate(
        [
            "what agencies knew about domestic abuse in the relationship;",
            "whether risk assessments were completed and acted upon;",
            "whether Mr Z's previous offending was known and shared;",
            "whether Mrs Y's children were considered;",
            "whether there were barriers to Mrs Y seeking help.",
        ],
        1,
    ):
        numbered(doc, f"2.2.{i}", q)
    page_break(doc)

    heading(doc, "3. Key Issues Arising from the Review", 1)
    section_paras(
        doc,
        "3",
        [
            "Mrs Y and Mr Z were in a relationship for six years. Police recorded nine domestic incidents "
            "between 2011 and 2014. Three DASH risk assessments were completed, one graded high risk, and the "
            "case was heard at MARAC in May 2013.",
            "Mr Z had previous convictions for violence against a former partner in another force area. This "
            "information was not available to officers attending the incidents in Tolbury.",
            "Mrs Y separated from Mr Z in November 2014 and moved with her two children to a new tenancy. She "
            "told her housing officer she was afraid he would find her.",
            "Mr Z was subject to a community order with a supervision requirement. The probation officer was "
            "not told about the MARAC.",
            "The refuge offered Mrs Y outreach support but she declined a place in refuge because it would "
            "have meant moving her children's schools.",
            "Agencies should have shared information about Mr Z's history more quickly, and the MARAC action "
            "plan should have included probation.",
        ],
    )
    heading(doc, "Summary of agency involvement", 2)
    section_paras(
        doc,
        "3",
        [
            "Tolbury Police attended nine incidents. On the last two occasions officers completed a DASH risk "
            "assessment and made a referral to the refuge's outreach team.",
            "The Emergency Department treated Mrs Y for a wrist injury in August 2013. She said she had fallen. "
            "No question about domestic abuse was recorded.",
            "Tolbury Borough Council Housing rehoused Mrs Y in December 2014 under the homelessness duty. A "
            "sanctuary scheme was discussed but not pursued.",
            "The Probation Service supervised Mr Z from March 2014 for an offence of criminal damage. He "
            "attended his appointments and told his officer that he was 'getting back with' his partner.",
            "Mrs Y's GP saw her eleven times in the review period, mostly for back pain and anxiety. The GP "
            "knew of the MARAC but had not been sent a copy of the action plan.",
        ],
        start=7,
    )
    page_break(doc)

    heading(doc, "4. Conclusions", 1)
    section_paras(
        doc,
        "4",
        [
            "The panel concluded that the homicide could not have been predicted with certainty, but that the "
            "risk posed by Mr Z was higher than agencies understood.",
            "Better sharing of Mr Z's history, and better co-ordination after the MARAC, might have changed the "
            "way agencies responded when Mrs Y separated from him.",
        ],
    )
    heading(doc, "Equality and diversity", 2)
    section_paras(
        doc,
        "4",
        [
            "Mrs Y was a White British woman in her forties with two children. The panel found no evidence "
            "that her age, ethnicity or any other protected characteristic affected the services she "
            "received, but noted that as a working mother she found daytime appointments hard to attend.",
        ],
        start=3,
    )
    page_break(doc)
    heading(doc, "5. Lessons to be Learned", 1)
    for s in [
        "Separation is a time of heightened risk, and agencies should plan for it.",
        "Victims who decline refuge still need a safety plan that works where they live.",
        "Information about a perpetrator's history held in another area is only useful if someone asks for it.",
    ]:
        para(doc, s, style="List Bullet")
    page_break(doc)

    heading(doc, "6. Recommendations", 1)
    heading(doc, "6.1 Single agency recommendations", 2)
    para(
        doc,
        "Each agency that provided an Individual Management Review made recommendations for its own "
        "practice. The panel endorsed them. They are listed below.",
    )
    w = [4.0, 12.5]
    t = make_table(doc, ["Agency", "Recommendation"], w, header_fill="C0C0C0")
    agency_recs = [
        (
            "Tolbury Police",
            "Officers attending domestic incidents must check national systems for the previous "
            "offending of the alleged perpetrator in other force areas.",
        ),
        (
            "Tolbury Police",
            "The force should ensure that all DASH risk assessments are reviewed by a supervisor "
            "within 24 hours.",
        ),
        (
            "Tolbury Police",
            "MARAC actions allocated to the police should be recorded on the crime record and "
            "checked for completion.",
        ),
        (
            "Tolbury and District NHS Foundation Trust",
            "Emergency Department staff should ask about domestic abuse "
            "when a patient attends with an injury and record the answer.",
        ),
        (
            "Tolbury and District NHS Foundation Trust",
            "The Trust should provide level 3 safeguarding training on domestic abuse for all ED nurses.",
        ),
        (
            "Tolbury Borough Council Housing",
            "Housing officers should complete a safety plan with every tenant "
            "who discloses fear of a former partner.",
        ),
        (
            "Tolbury Borough Council Housing",
            "Sanctuary scheme referrals should be offered as a matter of "
            "course to tenants moving because of domestic abuse.",
        ),
        (
            "Probation Service",
            "Offender managers should check with the MARAC co-ordinator whether an offender "
            "is linked to a MARAC case.",
        ),
    ]
    for a, r in agency_recs:
        add_row(t, (a, r), w, size=10)
    merge_down(t, 0, 1, 3, size=10)
    merge_down(t, 0, 4, 5, size=10)
    merge_down(t, 0, 6, 7, size=10)
    para(doc, "")
    heading(doc, "6.2 Overview recommendations", 2)
    overview = [
        ("1", "The Tolbury Community Safety Partnership should review the MARAC operating protocol so that:"),
        ("1.1", "probation is invited to every MARAC where the perpetrator is under supervision; and"),
        ("1.2", "the MARAC co-ordinator checks that each action is completed within the agreed time."),
        (
            "2",
            "The Partnership should commission training on risk at the point of separation for frontline "
            "staff in all agencies.",
        ),
        (
            "3",
            "The Partnership should work with Tolbury Women's Refuge to develop an outreach safety "
            "planning service for victims who choose not to enter refuge.",
        ),
        (
            "4",
            "The Partnership should write to the Home Office asking that the statutory guidance encourage "
            "reviews to seek information from other force areas where a perpetrator has lived.",
        ),
    ]
    for ref, text in overview:
        numbered(doc, ref, text)

    para(doc, "")
    para(
        doc,
        "The Community Safety Partnership will monitor the action plan and report progress to the Home "
        "Office when requested.",
    )
    page_break(doc)
    heading(doc, "Glossary", 1)
    glossary(
        doc,
        [
            ("DASH", "Domestic Abuse, Stalking and Harassment and Honour Based Violence risk checklist"),
            ("IMR", "Individual Management Review"),
            ("MARAC", "Multi-Agency Risk Assessment Conference"),
            ("ED", "Emergency Department"),
            ("CSP", "Community Safety Partnership"),
            ("Sanctuary scheme", "Extra security at a victim's home so that she can stay there safely"),
        ],
    )

    landscape_section(doc)
    heading(doc, "Appendix: Action Plan", 1)
    para(doc, "Tolbury DHR 2015/01 – Overview Action Plan – position at 31st March 2016", bold=True)
    w = [1.2, 4.8, 5.0, 3.0, 2.4, 6.0, 2.6]
    t = make_table(
        doc,
        ["Rec", "Recommendation", "Action", "Lead", "Target", "Progress", "Status"],
        w,
        header_fill="C0C0C0",
    )
    plan = [
        (
            "1.1",
            overview[1][1],
            "Revise MARAC protocol and circulate",
            "MARAC Steering Group Chair",
            "Dec 2015",
            "Protocol revised and agreed at steering group on 9th December 2015. Probation now attend all "
            "meetings.",
            "Green – complete",
        ),
        (
            "1.2",
            overview[2][1],
            "Introduce an action tracker for MARAC",
            "MARAC Co-ordinator",
            "31/03/2016",
            "Tracker in use since January. Completion rates reported quarterly; first report due in April.",
            "Amber",
        ),
        (
            "2",
            overview[3][1],
            "Commission multi-agency training on separation and risk",
            "Community Safety Manager",
            "Sept 2016",
            "Funding not yet identified. Bid submitted to the Police and Crime Commissioner.",
            "Red",
        ),
        (
            "3",
            overview[4][1],
            "Pilot outreach safety planning service",
            "Tolbury Women's Refuge",
            "April 2016",
            "Pilot started in February 2016 with two outreach workers.",
            "Amber",
        ),
        (
            "4",
            overview[5][1],
            "Letter from CSP chair to Home Office",
            "CSP Chair",
            "Jan 2016",
            "Letter sent 14th January 2016.",
            "Green – complete",
        ),
    ]
    for r in plan:
        row = add_row(t, r, w, size=9)
        fill = {"G": "C6EFCE", "A": "FFEB9C", "R": "FFC7CE"}[r[-1][0]]
        shade(row.cells[-1], fill)
    save(doc, stem)


if __name__ == "__main__":
    doc_brohafren()
    doc_hollinsford()
    doc_penmarsh()
    doc_wrenford()
    doc_tolbury()
