"""Build the heldout20 blind documents as Word files (python-docx).

Run once:  python tests/heldout20/build.py
Then convert each .docx with LibreOffice and extract text (see README.md).
Five documents of five families, typeset the way published reports come out of Word: Calibri or
Arial at 10-12 pt (LibreOffice draws them with Carlito and Liberation Sans, metric-identical),
tables top-aligned (Word's default). A DHR overview report with a landscape Home Office-template
action plan appended whose cells wrap over several lines, a row split by the page break under a
repeated header and statuses written into the outcome column; a Safeguarding Adults Review with
findings, board recommendations 1-6 and a multi-agency action plan with RAG words and dated
progress updates; a standalone Community Safety Partnership tracker covering two DHRs with several
actions per recommendation; a Child Safeguarding Practice Review executive summary with learning
points between its numbered recommendations and a Date | Agency | Event chronology table; and a
DHR executive summary with an Agency | Recommendation table and a dated-paragraph chronology with
a few approximate dates.
All people, places, local agency names and wording are fictional and the author's own.
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/: docx_build, the helpers every blind set shares

from docx_build import (  # noqa: E402
    HO_PLAN_HEADERS,
    add_field,
    add_row,
    box,
    docx_saver,
    dotted_line,
    heading,
    kv_table,
    landscape_section,
    make_table,
    merge_down,
    merged_plan_table,
    new_doc,
    numbered,
    page_break,
    para,
)

save = docx_saver(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)

RAG_FILL = {"Red": "FF7C80", "Amber": "FFC000", "Green": "92D050"}


def word_doc(font, size, header, footer_left, landscape=False):
    """A document set in one of Word's usual fonts: body, headings and lists all in `font`, a
    running head, and a footer 'left text   Page X of Y' as Word's footer gallery prints it."""
    doc = new_doc(landscape=landscape, header=header, font=font, size=size)
    for name in ("Heading 1", "Heading 2", "Heading 3", "Title", "List Bullet", "List Number"):
        st = doc.styles[name]
        st.font.name = font
        rfonts = st.element.rPr.find(qn("w:rFonts")) if st.element.rPr is not None else None
        if rfonts is not None:
            for att in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
                rfonts.attrib.pop(qn(att), None)
            rfonts.set(qn("w:ascii"), font)
            rfonts.set(qn("w:hAnsi"), font)
        if name.startswith("Heading"):
            st.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
    doc.styles["Heading 1"].font.size = Pt(size + 3)
    doc.styles["Heading 2"].font.size = Pt(size + 1)
    pf = doc.styles["Normal"].paragraph_format
    pf.space_after = Pt(6)
    pf.line_spacing = 1.08
    sec = doc.sections[0]
    p = sec.footer.paragraphs[0]
    p.text = ""
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run(footer_left + "        Page ")
    add_field(p.add_run(), "PAGE")
    p.add_run(" of ")
    add_field(p.add_run(), "NUMPAGES")
    for r in p.runs:
        r.font.size = Pt(8)
    if header:
        for r in sec.header.paragraphs[0].runs:
            r.font.size = Pt(8)
    return doc


def cover(doc, lines):
    for text, size, bold in lines:
        para(doc, text, bold=bold, size=size, align="center")
    page_break(doc)


def contents(doc, lines, width_cm=16.5):
    para(doc, "Contents", bold=True, size=14)
    for text, page in lines:
        dotted_line(doc, text, page, width_cm=width_cm)
    page_break(doc)


def paras(doc, number, texts, start=1):
    for i, t in enumerate(texts, start):
        numbered(doc, f"{number}.{i}", t)


def bullets(doc, items):
    for s in items:
        para(doc, s, style="List Bullet")


def label_para(doc, label, text):
    """A bold label on its own line ('Recommendation 3') and the text as the next paragraph."""
    para(doc, label, bold=True)
    return para(doc, text)


# ============ 1. DHR overview report, Calibri 11, Home Office-template plan appended (landscape, wrapping)
def doc_cranholme():
    stem = "dhr_overview_calibri_ho_plan_wrapped_outcome_statuses_cranholme"
    doc = word_doc(
        "Calibri",
        11,
        header="Cranholme DHR – Ysolde – Overview Report – OFFICIAL SENSITIVE",
        footer_left="Cranholme Community Safety Partnership",
    )
    cover(
        doc,
        [
            ("OFFICIAL SENSITIVE – NOT FOR PUBLICATION BEFORE HOME OFFICE APPROVAL", 9, False),
            ("", 11, False),
            ("Cranholme Community Safety Partnership", 16, True),
            ("", 11, False),
            ("DOMESTIC HOMICIDE REVIEW", 24, True),
            ("Overview Report", 18, False),
            ("into the death of Ysolde", 16, False),
            ("", 11, False),
            ("Report author: Thaddeus Lorimer", 12, False),
            ("Commissioned by: Cranholme Community Safety Partnership", 12, False),
            ("Reference: CCSP/DHR/2023/01", 12, False),
            ("Date of death: 9 February 2023", 12, False),
            ("Report completed: 18 June 2024", 12, False),
        ],
    )
    contents(
        doc,
        [
            ("1. Introduction", 3),
            ("2. Timescales and confidentiality", 3),
            ("3. Terms of reference", 3),
            ("4. Methodology and contributors", 3),
            ("5. The review panel", 3),
            ("6. Background", 4),
            ("7. Analysis", 4),
            ("8. Conclusions", 5),
            ("9. Lessons to be learned", 5),
            ("10. Recommendations", 5),
            ("Appendix A: Action plan", 7),
            ("Appendix B: Glossary", 9),
        ],
    )
    heading(doc, "1. Introduction", 1)
    paras(
        doc,
        "1",
        [
            "This report looks at how agencies in Cranholme responded to Ysolde, who was 41 when she was killed by "
            "her husband, referred to here as Corwin, at their home on 9 February 2023. Corwin was convicted of "
            "murder in October 2023 and received a life sentence.",
            "Ysolde had moved to the United Kingdom from Lithuania twelve years earlier. She worked nights in a "
            "food packing plant and was the main carer for her mother, who lived with the couple.",
            "The panel offers its condolences to Ysolde’s mother, her sister and her friends from work, who spoke "
            "to the chair about her warmth and her determination.",
        ],
    )
    heading(doc, "2. Timescales and confidentiality", 1)
    paras(
        doc,
        "2",
        [
            "The Community Safety Partnership was notified of the death on 13 February 2023 and agreed on 2 March "
            "2023 that a review should be held. The review was delayed while the criminal trial took place and "
            "the panel last met in April 2024.",
            "The names used in this report are pseudonyms agreed with Ysolde’s family. The report was shared "
            "only with panel members until the Home Office quality assurance panel had considered it.",
        ],
    )
    heading(doc, "3. Terms of reference", 1)
    para(doc, "The review covered the period from January 2020 to the date of Ysolde’s death and asked:")
    bullets(
        doc,
        [
            "What did each agency know about abuse in the relationship, and how did it respond?",
            "Did language, immigration status or caring responsibilities affect Ysolde’s access to help?",
            "How was information shared between agencies, and with whom?",
            "Were there opportunities to involve the perpetrator in services that might have reduced risk?",
        ],
    )
    heading(doc, "4. Methodology and contributors", 1)
    paras(
        doc,
        "4",
        [
            "Nine agencies were asked to check their records. Six had contact with Ysolde or Corwin and provided "
            "chronologies; four of those wrote Individual Management Reviews. The chair also met Ysolde’s sister "
            "twice, once with an interpreter, and spoke to her line manager.",
            "Corwin was invited to contribute through the prison and declined.",
        ],
    )
    heading(doc, "5. The review panel", 1)
    widths = [5.5, 5.5, 5.5]
    t = make_table(doc, ["Agency", "Role", "IMR / chronology"], widths, size=10)
    for row in [
        ("Independent", "Chair and author", "–"),
        ("Cranholme Police", "Detective Inspector, Safeguarding", "IMR"),
        ("Cranholme Borough Council", "Head of Community Safety", "Chronology"),
        ("Cranholme Adult Social Care", "Principal Social Worker", "IMR"),
        ("NHS Cranholme Integrated Care Board", "Designated Nurse Safeguarding Adults", "IMR (GP)"),
        ("Cranholme and District Hospitals NHS Trust", "Lead Nurse Safeguarding", "IMR"),
        ("Ferrier House Domestic Abuse Service", "Operations Manager", "Chronology"),
    ]:
        add_row(t, row, widths, size=10)
    doc.add_paragraph()
    heading(doc, "6. Background", 1)
    paras(
        doc,
        "6",
        [
            "Ysolde and Corwin married in 2014. Friends described Corwin as charming in company but jealous; he "
            "would telephone Ysolde repeatedly during her shifts and arrive at the factory gate unannounced.",
            "Ysolde’s mother had a stroke in 2019. Adult Social Care assessed her needs and arranged a daily care "
            "call; Ysolde was recorded as the main carer and Corwin as the person to contact about visits.",
            "Corwin drank heavily at weekends. He had no previous convictions but had been reported by a former "
            "partner for harassment in 2011; no further action was taken at the time.",
        ],
    )
    heading(doc, "7. Analysis", 1)
    heading(doc, "Contact with the police", 2)
    paras(
        doc,
        "7",
        [
            "The police were called to the address three times. On each occasion Corwin spoke to officers at the "
            "door and Ysolde was spoken to in the kitchen with him within earshot. Her first language was not "
            "English and no interpreter was used. The DASH risk checklist was completed once, with most answers "
            "recorded as ‘declined’, and the risk was graded standard.",
            "The panel considers that officers should have arranged to speak to Ysolde away from Corwin and in a "
            "language she was confident in. The standard grading meant that no referral was made to the "
            "domestic abuse service.",
        ],
    )
    heading(doc, "Health services", 2)
    paras(
        doc,
        "7",
        [
            "Ysolde saw her GP on five occasions with back pain, poor sleep and low mood. She attended the "
            "Emergency Department once with bruising to her forearms, which she said was caused by lifting her "
            "mother. Corwin was present at three of the GP appointments and at the hospital.",
            "No clinician asked Ysolde about her safety at home. The hospital’s routine enquiry policy says that "
            "patients should be asked when they are alone; the notes show she was never alone.",
        ],
        start=3,
    )
    heading(doc, "Adult Social Care and carers", 2)
    paras(
        doc,
        "7",
        [
            "Care workers visiting Ysolde’s mother twice noted raised voices and once saw Ysolde crying in the "
            "hallway. These observations were written in the daily log in the home but were not passed to the "
            "social work team, and no carer’s assessment was offered to Ysolde.",
            "The panel heard that domiciliary care staff do not receive domestic abuse training as part of their "
            "induction, and that the care provider’s safeguarding procedure does not mention carers who may "
            "themselves be victims.",
        ],
        start=5,
    )
    heading(doc, "Workplace and community", 2)
    paras(
        doc,
        "7",
        [
            "Ysolde told a supervisor that she was afraid to go home after a night shift in the autumn of 2022. "
            "The supervisor gave her the number of a national helpline but did not know of any local service. "
            "The employer had no domestic abuse policy.",
        ],
        start=7,
    )
    heading(doc, "8. Conclusions", 1)
    paras(
        doc,
        "8",
        [
            "Ysolde was surrounded by professionals who each saw a fragment of her situation. Corwin’s presence at "
            "almost every contact, the lack of interpreters and the focus on her mother’s needs rather than her "
            "own meant that nobody heard her account.",
            "The panel does not find that Ysolde’s death could have been predicted. It does find that there were "
            "several chances to ask her, safely and in her own language, whether she was being hurt.",
        ],
    )
    heading(doc, "9. Lessons to be learned", 1)
    box(
        doc,
        "Lesson 1: Seeing the person alone\nIf a partner insists on being present at every appointment, that is "
        "itself information. Practitioners should make another opportunity rather than proceed.",
        fill="E2EFDA",
    )
    box(
        doc,
        "Lesson 2: Carers can be victims too\nA person caring for a relative may be hidden from view because "
        "services are focused on the cared-for person.",
        fill="E2EFDA",
    )
    heading(doc, "10. Recommendations", 1)
    para(
        doc,
        "The panel makes seven recommendations. Single-agency recommendations from the Individual Management "
        "Reviews are included in the agencies’ own action plans and are not repeated here.",
    )
    recs = [
        "Cranholme Community Safety Partnership should work with local employers to produce a workplace domestic "
        "abuse policy template and a list of local services that managers can give to staff.",
        "Cranholme Police should ensure that officers attending a domestic incident speak to the victim away from "
        "the suspect and use a professional interpreter where English is not the victim’s first language.",
        "NHS Cranholme Integrated Care Board should ask GP practices to record when a patient is routinely "
        "accompanied by a partner and to offer an appointment at which the patient is seen alone.",
        "Cranholme and District Hospitals NHS Trust should audit compliance with its routine enquiry policy in the "
        "Emergency Department and report the results to the Partnership.",
        "Cranholme Adult Social Care should ensure that commissioned domiciliary care providers include domestic "
        "abuse training in staff induction and have a route for passing concerns to the allocated social worker.",
        "Cranholme Adult Social Care should offer a carer’s assessment, including a private conversation about "
        "safety, to every carer who lives with the person cared for.",
        "The Home Office should consider publishing guidance for employers on supporting staff who are "
        "experiencing domestic abuse, including night and shift workers.",
    ]
    for i, r in enumerate(recs, 1):
        label_para(doc, f"Recommendation {i}", r)

    landscape_section(doc)
    para(doc, "Appendix A: Action plan", bold=True, size=14)
    para(
        doc,
        "Cranholme Community Safety Partnership – DHR Ysolde – Action plan (position at 30 September 2024)",
        bold=True,
        size=11,
    )
    w = [5.2, 2.0, 4.7, 3.0, 4.6, 2.3, 4.7]
    groups = [
        (
            (f"1. {recs[0]}", "Local"),
            [
                (
                    "Draft a workplace domestic abuse policy template with the Chamber of Commerce and two large "
                    "local employers.",
                    "Cranholme Community Safety Partnership",
                    "Task and finish group met three times between January and March 2024. Template agreed by "
                    "the Partnership Board.",
                    "March 2024",
                    "Completed March 2024 – template published on the Partnership website and sent to 140 "
                    "employers.",
                ),
                (
                    "Produce a one-page guide to local services for managers, in the five most spoken community "
                    "languages.",
                    "Cranholme Community Safety Partnership",
                    "English version printed. Translations commissioned.",
                    "31/12/2024",
                    "Ongoing",
                ),
            ],
        ),
        (
            (f"2. {recs[1]}", "Local"),
            [
                (
                    "Update the domestic abuse attendance guidance and the body-worn video checklist to require "
                    "the victim to be spoken to separately.",
                    "Cranholme Police",
                    "Guidance revised and approved by the Public Protection Board. Checklist changed on the "
                    "mobile data terminals.",
                    "30/04/2024",
                    "Completed 22/04/2024 – guidance issued to all response officers.",
                ),
                (
                    "Remind all response officers how to book a telephone interpreter out of hours and dip-sample "
                    "20 incidents a quarter where the victim’s first language is not English. The dip sample is "
                    "carried out by the Public Protection Unit and its findings are reported to the Domestic "
                    "Abuse Delivery Group, which will decide whether a further briefing or changes to the "
                    "interpreting contract are needed. The first sample looked at incidents from January to "
                    "March 2024; the second will look at April to June 2024. Where officers did not use an "
                    "interpreter, the reason recorded on the incident log will be examined and fed back to the "
                    "officer’s supervisor.",
                    "Cranholme Police",
                    "Reminder issued in the force bulletin, February 2024.\nFirst dip sample completed: "
                    "interpreter used in 11 of 20 incidents.\nSecond dip sample scheduled for October 2024.\n"
                    "Results to be presented at the next Domestic Abuse Delivery Group.",
                    "31/03/2025",
                    "Ongoing – second dip sample to report in November 2024.",
                ),
            ],
        ),
        (
            (f"3. {recs[2]}", "Local"),
            [
                (
                    "Issue guidance to practices and add an ‘always accompanied’ alert to the clinical system "
                    "template.",
                    "NHS Cranholme Integrated Care Board",
                    "Guidance drafted with the Local Medical Committee.",
                    "September 2024",
                    "Partially completed – guidance issued; the template change awaits the system supplier.",
                ),
            ],
        ),
        (
            (f"4. {recs[3]}", "Local"),
            [
                (
                    "Audit 60 Emergency Department records of adults attending with injuries and present the "
                    "findings to the Partnership.",
                    "Cranholme and District Hospitals NHS Trust",
                    "Audit tool agreed.",
                    "31/01/2025",
                    "Not started",
                ),
            ],
        ),
        (
            (f"5. {recs[4]}", "Local"),
            [
                (
                    "Add domestic abuse training and a concerns route to the domiciliary care contract "
                    "specification at re-tender.",
                    "Cranholme Adult Social Care (Commissioning)",
                    "Specification revised; contracts awarded from 1 July 2024.",
                    "July 2024",
                    "Completed July 2024 – new contracts include both requirements.",
                ),
                (
                    "Check at contract monitoring visits that induction includes the training.",
                    "Cranholme Adult Social Care (Commissioning)",
                    "First round of visits planned for the new year.",
                    "March 2025",
                    "Not started",
                ),
            ],
        ),
        (
            (f"6. {recs[5]}", "Local"),
            [
                (
                    "Amend the carer’s assessment form to include a private conversation about safety, and brief "
                    "assessment staff.",
                    "Cranholme Adult Social Care",
                    "Form amended; briefings delivered to three of four teams.",
                    "30/11/2024",
                    "Ongoing",
                ),
            ],
        ),
        (
            (f"7. {recs[6]}", "National"),
            [
                (
                    "Partnership Chair to write to the Home Office enclosing the report and this recommendation.",
                    "Cranholme Community Safety Partnership",
                    "Letter sent with the final report.",
                    "June 2024",
                    "Completed June 2024 – letter sent 20/06/2024; no reply yet.",
                ),
            ],
        ),
    ]
    merged_plan_table(doc, HO_PLAN_HEADERS, w, groups, size=10)
    doc.add_paragraph()
    para(doc, "Appendix B: Glossary", bold=True, size=14)
    kv_table(
        doc,
        [
            ("CSP", "Community Safety Partnership"),
            ("DASH", "Domestic Abuse, Stalking and Harassment and Honour Based Violence risk checklist"),
            ("DHR", "Domestic Homicide Review"),
            ("ICB", "Integrated Care Board"),
            ("IMR", "Individual Management Review"),
        ],
        widths=(4, 14),
        size=10,
    )
    save(doc, stem)


# ============ 2. SAR, Arial 11: findings, board recommendations 1-6, multi-agency plan with RAG and dated progress
def doc_lydmarsh():
    stem = "sar_findings_board_recs_rag_plan_dated_progress_arial_lydmarsh"
    doc = word_doc(
        "Arial",
        11,
        header="Lydmarsh Safeguarding Adults Board | Safeguarding Adults Review: Kasimir",
        footer_left="LSAB SAR 2022/07 – Final",
    )
    cover(
        doc,
        [
            ("Lydmarsh Safeguarding Adults Board", 16, True),
            ("", 11, False),
            ("Safeguarding Adults Review", 24, True),
            ("Kasimir", 20, False),
            ("", 11, False),
            ("Independent reviewer: Beatrix Hollings", 12, False),
            ("Review commissioned by: Lydmarsh Safeguarding Adults Board", 12, False),
            ("SAR number: LSAB SAR 2022/07", 12, False),
            ("Kasimir died on: 14 August 2022", 12, False),
            ("Published: March 2024", 12, False),
        ],
    )
    contents(
        doc,
        [
            ("1. Introduction", 3),
            ("2. How the review was carried out", 3),
            ("3. About Kasimir", 3),
            ("4. Findings", 3),
            ("5. Recommendations to the Board", 4),
            ("6. Multi-agency action plan", 5),
            ("Glossary", 5),
        ],
    )
    heading(doc, "1. Introduction", 1)
    paras(
        doc,
        "1",
        [
            "Kasimir was 58 when he died at Mallow Court, a supported housing scheme in Lydmarsh, in August 2022. "
            "The cause of death was a chest infection complicated by malnutrition. He had lived alone in his flat "
            "for six years.",
            "The Safeguarding Adults Review Sub-group decided in October 2022 that the criteria in section 44 of "
            "the Care Act 2014 were met, because Kasimir had needs for care and support, he had experienced "
            "self-neglect, and there was concern about how agencies had worked together.",
        ],
    )
    heading(doc, "2. How the review was carried out", 1)
    paras(
        doc,
        "2",
        [
            "The review used a learning-event model. Agencies provided short reports on their contact with "
            "Kasimir, and twenty practitioners attended two learning events in June 2023. The reviewer also met "
            "Kasimir’s brother, who described him as a clever, private man who had worked as a draughtsman.",
        ],
    )
    heading(doc, "3. About Kasimir", 1)
    paras(
        doc,
        "3",
        [
            "Kasimir had a long history of alcohol dependence and had been diagnosed with depression in his "
            "forties. After losing his job and his marriage he became homeless for a time and was housed at "
            "Mallow Court through the council’s housing pathway.",
            "In his last year he ate very little, stopped collecting his medication and rarely left the flat. He "
            "often told visitors that he was fine and did not want fuss. Staff at the scheme, his GP, the "
            "community drug and alcohol service and the adult social care team all knew something of this.",
        ],
    )
    heading(doc, "4. Findings", 1)
    findings = [
        (
            "Finding 1: Capacity was assumed, not assessed",
            "Practitioners repeatedly accepted Kasimir’s refusals as capacitated choices. No formal assessment of "
            "his capacity to make decisions about his health and nutrition was carried out, although his "
            "drinking and low mood could have affected his executive functioning.",
        ),
        (
            "Finding 2: No one held the whole picture",
            "Each agency saw part of the decline. There was no multi-agency meeting, and the self-neglect "
            "procedure, which provides for one, was not used.",
        ),
        (
            "Finding 3: Closure after non-engagement",
            "The drug and alcohol service closed Kasimir’s case after three missed appointments, in line with its "
            "policy. The closure letter went to his GP, who filed it without action.",
        ),
        (
            "Finding 4: Supported housing staff lacked a route to escalate",
            "Support workers at Mallow Court were worried but did not know how to raise a safeguarding concern "
            "about self-neglect, and believed that only physical abuse would be accepted.",
        ),
        (
            "Finding 5: Family knowledge was not sought",
            "Kasimir’s brother telephoned the scheme twice with concerns. Nobody asked him what had helped in the "
            "past.",
        ),
    ]
    for title, text in findings:
        para(doc, title, bold=True)
        para(doc, text)
    box(
        doc,
        "What this means for practice\nAsk whether a person can carry out a decision, not only whether they can "
        "tell you what it is. Repeated refusals in the face of serious harm are a reason to look again.",
        fill="DEEAF6",
    )
    heading(doc, "5. Recommendations to the Board", 1)
    para(doc, "The reviewer makes the following recommendations to Lydmarsh Safeguarding Adults Board.")
    recs = [
        "The Board should seek assurance that partner agencies assess and record mental capacity, including "
        "executive capacity, when a person repeatedly refuses care in the face of serious risk.",
        "The Board should relaunch its self-neglect procedure and ensure that practitioners in every partner "
        "agency know how to call a multi-agency meeting under it.",
        "The Board should ask the commissioners of the drug and alcohol service to review its policy on closing "
        "cases after missed appointments, so that risk is assessed before a case is closed.",
        "The Board should ask NHS Lydmarsh Integrated Care Board to ensure that GP practices act on discharge "
        "and closure letters which show that a vulnerable patient has disengaged.",
        "The Board should ensure that staff in supported housing schemes receive training on self-neglect and on "
        "how to raise a safeguarding concern.",
        "The Board should promote practice guidance on involving family members who raise concerns, including "
        "asking them what has helped the person in the past.",
    ]
    for i, r in enumerate(recs, 1):
        numbered(doc, f"{i}.", r)

    landscape_section(doc)
    heading(doc, "6. Multi-agency action plan", 1)
    para(
        doc,
        "RAG rating: Red – not started; Amber – in progress; Green – complete. Progress updates are dated "
        "and the latest is shown last.",
        size=10,
    )
    headers = ["Rec", "Action", "Lead agency", "Target date", "RAG", "Progress"]
    w = [1.4, 6.8, 4.2, 2.6, 1.8, 9.7]
    rows = [
        (
            "1",
            "Add a prompt to consider executive capacity to the self-neglect risk assessment tool.",
            "Lydmarsh Council Adult Social Care",
            "31/03/2024",
            "Green",
            "12/01/2024: Draft prompt circulated for comment.\n28/03/2024: Tool updated and live on the "
            "recording system.",
        ),
        (
            "1",
            "Multi-agency audit of ten self-neglect cases to test whether capacity was assessed and recorded.",
            "LSAB Quality Assurance Sub-group",
            "September 2024",
            "Amber",
            "15/05/2024: Audit tool agreed.\n02/09/2024: Six of ten cases audited; report delayed to the "
            "December Board.",
        ),
        (
            "2",
            "Relaunch the self-neglect procedure with a seven-minute briefing and two online sessions.",
            "LSAB Business Unit",
            "30/06/2024",
            "Green",
            "20/06/2024: Procedure relaunched; 184 practitioners attended the online sessions.",
        ),
        (
            "2",
            "Include the self-neglect procedure in each partner’s safeguarding induction.",
            "All partner agencies",
            "December 2024",
            "Amber",
            "10/07/2024: Four of seven partners confirmed.\n30/09/2024: Reminder sent to the remaining three.",
        ),
        (
            "3",
            "Review the drug and alcohol service’s case closure policy with the provider.",
            "Lydmarsh Public Health (Commissioner)",
            "30/04/2024",
            "Green",
            "18/04/2024: Policy changed; a risk review with a manager is now required before closure.",
        ),
        (
            "4",
            "Issue guidance to practices on acting on discharge and closure letters for vulnerable patients.",
            "NHS Lydmarsh Integrated Care Board",
            "31/10/2024",
            "Red",
            "05/08/2024: Awaiting the new Named GP for Safeguarding, who starts in November.",
        ),
        (
            "5",
            "Commission self-neglect and safeguarding concern training for supported housing staff.",
            "Lydmarsh Council Housing Services",
            "January 2025",
            "Amber",
            "22/07/2024: Provider identified.\n16/09/2024: First two sessions booked for November.",
        ),
        (
            "6",
            "Publish practice guidance on working with families who raise concerns.",
            "LSAB Business Unit",
            "March 2025",
            "Red",
            "30/09/2024: Not yet started; scheduled after the procedure relaunch.",
        ),
    ]
    t = make_table(doc, headers, w, size=10)
    for r in rows:
        add_row(t, r, w, size=10, fills={4: RAG_FILL[r[4]]})
    doc.add_paragraph()
    heading(doc, "Glossary", 1)
    kv_table(
        doc,
        [
            ("LSAB", "Lydmarsh Safeguarding Adults Board"),
            ("MCA", "Mental Capacity Act 2005"),
            ("RAG", "Red, Amber, Green progress rating"),
            ("SAR", "Safeguarding Adults Review"),
        ],
        widths=(4, 14),
        size=10,
    )
    save(doc, stem)


# ============ 3. Standalone CSP tracker over two DHRs, Calibri 10, landscape, several actions per recommendation
def doc_fernhallow():
    stem = "csp_tracker_two_dhrs_merged_recs_status_calibri_fernhallow"
    doc = word_doc(
        "Calibri",
        10,
        header="OFFICIAL – Fernhallow Community Safety Partnership",
        footer_left="DHR Action Plan Tracker – v6",
        landscape=True,
    )
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(1.8)
    para(doc, "Fernhallow Community Safety Partnership", bold=True, size=16)
    para(doc, "Domestic Homicide Reviews – Recommendations Tracker", bold=True, size=14)
    para(
        doc,
        "Reviews covered: DHR ‘Jocasta’ (FCSP DHR 02) and DHR ‘Severin’ (FCSP DHR 05). Tracker owner: DHR "
        "Coordinator. Last updated: 21 October 2024.",
        size=10,
    )
    para(
        doc,
        "Status: Complete = action finished and evidence received; In progress = under way; Not started = "
        "work not yet begun.",
        size=10,
    )
    headers = ["Review", "Rec no.", "Recommendation", "Action", "Lead", "Due", "Status"]
    w = [2.2, 1.5, 6.2, 6.6, 3.8, 2.2, 3.6]
    data = [
        (
            "DHR Jocasta",
            [
                (
                    "1",
                    "Fernhallow Community Safety Partnership should ensure that partners have a shared process for "
                    "responding to domestic abuse disclosed by older people.",
                    [
                        (
                            "Map current routes for older victims with Age Concern Fernhallow and the MARAC.",
                            "DA Strategic Lead",
                            "31/01/2024",
                            "Complete",
                        ),
                        (
                            "Agree and publish an older persons’ domestic abuse pathway.",
                            "DA Strategic Lead",
                            "30/06/2024",
                            "Complete – pathway on CSP website",
                        ),
                        (
                            "Evaluate use of the pathway after six months.",
                            "DHR Coordinator",
                            "31/12/2024",
                            "Not started",
                        ),
                    ],
                ),
                (
                    "2",
                    "Fernhallow Police should review how officers assess risk where the suspect is the victim’s "
                    "adult child.",
                    [
                        (
                            "Add adult family violence questions to the domestic abuse risk briefing.",
                            "Fernhallow Police – Public Protection",
                            "March 2024",
                            "Complete",
                        ),
                        (
                            "Dip-sample 25 adult family violence incidents.",
                            "Fernhallow Police – Public Protection",
                            "September 2024",
                            "In progress",
                        ),
                    ],
                ),
                (
                    "3",
                    "Fernhallow Council Adult Social Care should ensure that safeguarding enquiries consider "
                    "whether a carer is also the source of harm.",
                    [
                        (
                            "Amend the section 42 enquiry template to include a carer-as-perpetrator prompt.",
                            "Principal Social Worker",
                            "30/04/2024",
                            "Complete",
                        ),
                        (
                            "Deliver practice workshops to all locality teams.",
                            "Principal Social Worker",
                            "31/10/2024",
                            "In progress – 4 of 6 teams",
                        ),
                    ],
                ),
                (
                    "4",
                    "Fernhallow Community Safety Partnership should run an awareness campaign aimed at older "
                    "people and their neighbours.",
                    [
                        (
                            "Design leaflets and posters with older residents’ forums.",
                            "CSP Communications",
                            "28/02/2025",
                            "Not started",
                        ),
                        (
                            "Distribute materials through pharmacies and libraries.",
                            "CSP Communications",
                            "May 2025",
                            "Not started",
                        ),
                    ],
                ),
                (
                    "5",
                    "NHS Fernhallow Integrated Care Board should ensure that community pharmacists know how to "
                    "respond when an older customer discloses abuse or appears frightened of the person "
                    "collecting their medicines.",
                    [
                        (
                            "Add domestic abuse to the pharmacy safeguarding e-learning module.",
                            "Designated Nurse, Adult Safeguarding",
                            "31/03/2025",
                            "In progress – content drafted",
                        ),
                        (
                            "Circulate a pharmacy quick guide with the older persons’ pathway.",
                            "Designated Nurse, Adult Safeguarding",
                            "30/04/2025",
                            "Not started",
                        ),
                    ],
                ),
            ],
        ),
        (
            "DHR Severin",
            [
                (
                    "1",
                    "Fernhallow Community Safety Partnership should ensure that male victims of domestic abuse can "
                    "find and use local specialist support.",
                    [
                        (
                            "Commission a male victims’ support service within the domestic abuse contract.",
                            "Commissioning Manager, Community Safety",
                            "01/04/2024",
                            "Complete",
                        ),
                        (
                            "Publicise the service through GP surgeries, gyms and sports clubs.",
                            "CSP Communications",
                            "30/09/2024",
                            "In progress",
                        ),
                        (
                            "Report referral numbers to the CSP quarterly.",
                            "Commissioning Manager, Community Safety",
                            "Quarterly from July 2024",
                            "In progress",
                        ),
                    ],
                ),
                (
                    "2",
                    "Tanner Street Medical Practice should ensure that clinicians ask male patients about "
                    "domestic abuse when they present with injuries or anxiety.",
                    [
                        (
                            "Practice learning session on routine enquiry with male patients.",
                            "Practice Safeguarding Lead",
                            "31/03/2024",
                            "Complete",
                        ),
                        (
                            "Audit 20 records of male patients presenting with injuries.",
                            "Practice Safeguarding Lead",
                            "30/11/2024",
                            "In progress",
                        ),
                    ],
                ),
                (
                    "3",
                    "Fernhallow Council Housing Options should ensure that a victim who leaves a joint tenancy is "
                    "offered advice on keeping their housing rights.",
                    [
                        (
                            "Update the housing options domestic abuse procedure.",
                            "Housing Options Manager",
                            "31/07/2024",
                            "Complete",
                        ),
                        (
                            "Brief all housing options officers on the updated procedure.",
                            "Housing Options Manager",
                            "30/09/2024",
                            "Complete",
                        ),
                        (
                            "Check 10 cases for evidence of tenancy advice.",
                            "Housing Options Manager",
                            "31/01/2025",
                            "Not started",
                        ),
                    ],
                ),
                (
                    "4",
                    "The Home Office should consider including guidance on male victims in the next revision of the "
                    "statutory guidance for Domestic Homicide Reviews.",
                    [
                        (
                            "CSP Chair to write to the Home Office.",
                            "CSP Chair",
                            "31/05/2024",
                            "Complete – letter sent 14/05/2024",
                        ),
                    ],
                ),
                (
                    "5",
                    "Fernhallow Domestic Abuse Service should review its initial contact script so that it does not "
                    "assume the caller is a woman, and should record the sex of every caller.",
                    [
                        (
                            "Rewrite the helpline and referral contact scripts in neutral language.",
                            "Service Manager, Fernhallow Domestic Abuse Service",
                            "31/08/2024",
                            "Complete",
                        ),
                        (
                            "Add a mandatory field for the caller’s sex to the case management system and report the "
                            "figures to the CSP annually.",
                            "Service Manager, Fernhallow Domestic Abuse Service",
                            "December 2024",
                            "In progress",
                        ),
                    ],
                ),
            ],
        ),
    ]
    t = make_table(doc, headers, w, size=10)
    row = 1
    for review, recs in data:
        first_review = row
        for num, rec, actions in recs:
            first = row
            for action, lead, due, status in actions:
                add_row(t, (review, num, rec, action, lead, due, status), w, size=10)
                row += 1
            merge_down(t, 1, first, row - 1, size=10)
            merge_down(t, 2, first, row - 1, size=10)
        merge_down(t, 0, first_review, row - 1, size=10, bold=True)
    doc.add_paragraph()
    para(
        doc,
        "Abbreviations: CSP – Community Safety Partnership; DA – domestic abuse; MARAC – Multi-Agency Risk "
        "Assessment Conference.",
        size=9,
    )
    para(doc, "Next review of this tracker: DHR Oversight Group, January 2025.", size=9)
    save(doc, stem)


# ============ 4. CSPR executive summary, Arial 10.5: chronology table, learning points between numbered recs
def doc_sallowby():
    stem = "cspr_exec_summary_learning_points_between_recs_chron_table_arial_sallowby"
    doc = word_doc(
        "Arial",
        10.5,
        header="Sallowby Safeguarding Children Partnership – Child Safeguarding Practice Review – Ebony",
        footer_left="Executive Summary",
    )
    cover(
        doc,
        [
            ("Sallowby Safeguarding Children Partnership", 16, True),
            ("", 11, False),
            ("Local Child Safeguarding Practice Review", 22, True),
            ("Executive Summary", 16, False),
            ("‘Ebony’", 18, False),
            ("", 11, False),
            ("Lead reviewer: Cressida Fitzwarren", 12, False),
            ("Published by: Sallowby Safeguarding Children Partnership", 12, False),
            ("Review reference: SSCP/CSPR/2023/02", 12, False),
            ("Ebony’s date of death: 27 March 2023", 12, False),
            ("Date of publication: 11 September 2024", 12, False),
        ],
    )
    contents(
        doc,
        [
            ("1. Introduction", 3),
            ("2. The review process", 3),
            ("3. Summary of key events", 3),
            ("4. Recommendations and learning", 3),
            ("5. Glossary", 4),
        ],
    )
    heading(doc, "1. Introduction", 1)
    paras(
        doc,
        "1",
        [
            "Ebony was 15 when she died in hospital after taking an overdose of prescribed medication. In the "
            "months before her death she had been reported missing several times and there were concerns that "
            "she was being exploited by older young men.",
            "The Partnership notified the Child Safeguarding Practice Review Panel and, after a rapid review, "
            "decided to carry out a local review. The national Panel agreed with that decision.",
        ],
    )
    heading(doc, "2. The review process", 1)
    paras(
        doc,
        "2",
        [
            "The lead reviewer read agency records, held conversations with the practitioners who knew Ebony "
            "best and met her mother and grandmother. Ebony’s father did not wish to take part.",
            "The review looked at the period from September 2022, when Ebony moved to Orchardleigh Academy, to "
            "her death.",
        ],
    )
    heading(doc, "3. Summary of key events", 1)
    para(doc, "The table below sets out the events the review considered most significant.")
    w = [3.0, 4.2, 9.3]
    t = make_table(doc, ["Date", "Agency", "Event"], w, size=10)
    events = [
        (
            "12/09/2022",
            "Orchardleigh Academy",
            "Ebony started Year 10 after a managed move from another school. Her attendance in the first month "
            "was 71%.",
        ),
        (
            "October 2022",
            "Sallowby Police",
            "Ebony was reported missing overnight by her mother and was found the next day in a flat in another "
            "town.",
        ),
        (
            "03/11/2022",
            "Sallowby Children’s Social Care",
            "A strategy discussion was held about exploitation. A child and family assessment was started.",
        ),
        (
            "Late November 2022",
            "Sallowby CAMHS",
            "Ebony was referred to CAMHS by her GP after disclosing self-harm. The referral was placed on the "
            "waiting list.",
        ),
        (
            "16/01/2023",
            "Sallowby Children’s Social Care",
            "The assessment concluded and Ebony was stepped down to early help, as her mother was engaging.",
        ),
        (
            "February 2023",
            "Orchardleigh Academy",
            "Staff noticed Ebony had a new phone and expensive clothes. This was recorded but not shared.",
        ),
        (
            "Early March 2023",
            "Sallowby Police",
            "Ebony was found in a car with two adult men after being reported missing for three days.",
        ),
        (
            "25/03/2023",
            "Sallowby Hospitals NHS Trust",
            "Ebony was taken to the Emergency Department by ambulance after an overdose. She died two days later.",
        ),
    ]
    for e in events:
        add_row(t, e, w, size=10)
    doc.add_paragraph()
    heading(doc, "4. Recommendations and learning", 1)
    para(
        doc,
        "The review makes five recommendations to the Partnership. Each is followed by the learning point it "
        "draws on; the learning points are for practitioners and are not recommendations.",
    )
    items = [
        (
            "The Partnership should ensure that missing episodes are reviewed together, so that a pattern of "
            "going missing triggers an exploitation risk assessment.",
            "A child who goes missing repeatedly is telling us something. Each return home interview should ask "
            "where the child has been and who with.",
        ),
        (
            "Sallowby Children’s Social Care should review its step-down guidance so that a case involving "
            "exploitation is not stepped down until the risk has reduced, not only when parents engage.",
            "Parental engagement is welcome but it is not the same as safety. A parent cannot always protect a "
            "child from people outside the family.",
        ),
        (
            "The Partnership should ask Orchardleigh Academy and other secondary schools to share signs of "
            "exploitation, such as unexplained money or phones, with the exploitation hub.",
            "Small signs noticed by school staff may be the missing piece of a wider picture held by the police.",
        ),
        (
            "Sallowby CAMHS should prioritise children who self-harm and are known to be at risk of exploitation, "
            "and contact them while they are on the waiting list.",
            "Self-harm and exploitation often occur together. Time on a waiting list can be a time of great risk.",
        ),
        (
            "The Partnership should write to the Department for Education about the information that follows a "
            "child who moves school under a managed move.",
            "A managed move can break the chain of knowledge about a child. The receiving school needs the full "
            "picture on the first day.",
        ),
    ]
    for i, (rec, lp) in enumerate(items, 1):
        para(doc, f"Recommendation {i}", bold=True)
        para(doc, rec)
        box(doc, f"Learning point {i}\n{lp}", fill="FFF2CC")
    heading(doc, "5. Glossary", 1)
    kv_table(
        doc,
        [
            ("CAMHS", "Child and Adolescent Mental Health Services"),
            ("CSPR", "Child Safeguarding Practice Review"),
            ("SSCP", "Sallowby Safeguarding Children Partnership"),
        ],
        widths=(4, 12.5),
        size=10,
    )
    save(doc, stem)


# ============ 5. DHR executive summary, Calibri 11: Agency | Recommendation table, dated-paragraph chronology
def doc_corrisdale():
    stem = "dhr_exec_summary_agency_rec_table_dated_para_chron_calibri_corrisdale"
    doc = word_doc(
        "Calibri",
        11,
        header="Corrisdale Safer Partnership – DHR Ingrid – Executive Summary",
        footer_left="Corrisdale DHR 2022-03",
    )
    cover(
        doc,
        [
            ("Corrisdale Safer Partnership", 16, True),
            ("", 11, False),
            ("Domestic Homicide Review", 24, True),
            ("Executive Summary", 18, False),
            ("Ingrid", 18, False),
            ("", 11, False),
            ("Independent chair and author: Rowenna Grayling", 12, False),
            ("Review commissioned by: Corrisdale Safer Partnership", 12, False),
            ("DHR ref: Corrisdale DHR 2022-03", 12, False),
            ("Date of homicide: 30 June 2022", 12, False),
            ("Version 4 – submitted to the Home Office, May 2024", 11, False),
        ],
    )
    contents(
        doc,
        [
            ("1. Introduction", 3),
            ("2. The review", 3),
            ("3. Chronology", 3),
            ("4. Key findings", 3),
            ("5. Single-agency recommendations", 4),
            ("6. Overview recommendations", 4),
            ("7. Glossary", 4),
        ],
    )
    heading(doc, "1. Introduction", 1)
    paras(
        doc,
        "1",
        [
            "Ingrid was 67 when she was killed by her son, referred to as Lucan, in the bungalow they shared in "
            "Wendlebrook, Corrisdale, on 30 June 2022. Lucan was found not guilty of murder but guilty of "
            "manslaughter by reason of diminished responsibility, and was made subject to a hospital order.",
            "Ingrid was a retired music teacher who played the organ at her local church. Her friends said she "
            "never spoke of Lucan without pride, and never spoke of being afraid of him.",
        ],
    )
    heading(doc, "2. The review", 1)
    paras(
        doc,
        "2",
        [
            "Corrisdale Safer Partnership agreed to hold a review in July 2022. The panel met six times. Seven "
            "agencies provided information, and Ingrid’s niece and two friends from church contributed.",
        ],
    )
    heading(doc, "3. Chronology", 1)
    para(doc, "The main events known to agencies are summarised below.")
    chron = [
        "On 4 January 2021 Lucan, then 38, moved back into his mother’s bungalow after his tenancy ended. He had "
        "been under the care of the community mental health team for several years.",
        "In February 2021 Lucan stopped taking his antipsychotic medication. His care coordinator recorded that "
        "he was ‘guarded’ at a telephone review.",
        "In about April 2021 a neighbour heard shouting from the bungalow and saw Ingrid crying in the garden. "
        "The neighbour did not report this at the time.",
        "On 19 May 2021 Ingrid told her GP that Lucan was ‘not himself’ and asked whether the mental health team "
        "could visit. The GP sent a letter to the team.",
        "Two days later the care coordinator telephoned Lucan, who said he was well. No visit was arranged and "
        "Ingrid was not contacted.",
        "In the summer of 2021 Lucan’s care coordinator left the team. The case was held on a duty list for "
        "eleven weeks.",
        "On 8 November 2021 police attended after Ingrid called 999 to say Lucan had pushed her. She declined to "
        "make a statement. A DASH risk checklist was completed and graded medium.",
        "Around the end of January 2022 Ingrid attended a church coffee morning with a bruised face. She told a "
        "friend she had fallen.",
        "On 14 March 2022 a new care coordinator visited. Lucan would not come to the door and Ingrid spoke to "
        "the coordinator on the doorstep.",
        "In late May 2022 Ingrid telephoned the mental health crisis line and said she was frightened of her "
        "son. The call was logged and passed to the community team the next morning.",
        "On 30 June 2022 Ingrid was killed by Lucan at her home.",
    ]
    for c in chron:
        para(doc, c)
    heading(doc, "4. Key findings", 1)
    bullets(
        doc,
        [
            "Ingrid was seen as a carer and as a source of information about Lucan, not as someone who might be "
            "at risk from him.",
            "Information held by the police, the GP and the mental health service was never brought together.",
            "The loss of a care coordinator left a gap of nearly three months at a time of rising risk.",
            "Adult family violence, and the risk posed by adult children with untreated psychosis, was not well "
            "understood by any agency.",
        ],
    )
    heading(doc, "5. Single-agency recommendations", 1)
    para(
        doc,
        "Each agency that completed an Individual Management Review made recommendations for its own service. "
        "The panel has endorsed them.",
    )
    w = [5.0, 11.5]
    t = make_table(doc, ["Agency", "Recommendation"], w, size=10)
    agency_recs = [
        (
            "Corrisdale Mental Health NHS Foundation Trust",
            [
                "When a care coordinator leaves, the team manager should review and reallocate every case within "
                "ten working days, starting with those where risk to others is recorded.",
                "Care coordinators should offer carers and family members living with a patient a separate "
                "conversation about their own safety at least once a year.",
            ],
        ),
        (
            "Corrisdale Police",
            [
                "Officers attending an incident where the suspect is an adult child with mental illness should "
                "notify the mental health liaison team within 24 hours.",
            ],
        ),
        (
            "Wendlebrook Surgery",
            [
                "Clinicians should code concerns raised by a relative about a family member’s behaviour in the "
                "relative’s own record as well as the patient’s.",
                "The practice should ensure that letters to the mental health team about risk are followed up "
                "if no reply is received within two weeks.",
            ],
        ),
        (
            "Corrisdale Council Adult Social Care",
            [
                "Adult Social Care should offer a carer’s assessment to older parents caring for an adult child "
                "with serious mental illness.",
            ],
        ),
    ]
    row = 1
    for agency, rs in agency_recs:
        first = row
        for r in rs:
            add_row(t, (agency, r), w, size=10, bold_cols=(0,))
            row += 1
        merge_down(t, 0, first, row - 1, size=10, bold=True)
    doc.add_paragraph()
    heading(doc, "6. Overview recommendations", 1)
    overview = [
        "Corrisdale Safer Partnership should ensure that its domestic abuse strategy includes adult family "
        "violence, including abuse of parents by adult children.",
        "Corrisdale Safer Partnership should seek assurance that calls to the mental health crisis line which "
        "disclose fear of a family member are shared with the police and recorded as domestic abuse.",
        "Corrisdale Safer Partnership should commission multi-agency training on adult family violence and the "
        "risks posed by adults with untreated psychosis.",
        "Corrisdale Safer Partnership should ask faith groups in Corrisdale to display information on local "
        "domestic abuse services for older people.",
        "The Department of Health and Social Care should consider guidance on assessing risk to family members "
        "living with people under the care of community mental health teams.",
    ]
    for i, r in enumerate(overview, 1):
        numbered(doc, f"{i}.", r)
    heading(doc, "7. Glossary", 1)
    kv_table(
        doc,
        [
            ("CMHT", "Community Mental Health Team"),
            ("DASH", "Domestic Abuse, Stalking and Harassment risk checklist"),
            ("DHR", "Domestic Homicide Review"),
            ("IMR", "Individual Management Review"),
        ],
        widths=(4, 12.5),
        size=10,
    )
    save(doc, stem)


def main():
    doc_cranholme()
    doc_lydmarsh()
    doc_fernhallow()
    doc_sallowby()
    doc_corrisdale()


if __name__ == "__main__":
    main()
