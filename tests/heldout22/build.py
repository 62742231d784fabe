"""Build the heldout22 blind documents as Word files (python-docx).

Run once:  python tests/heldout22/build.py
Then convert each .docx with LibreOffice and extract text (see README.md).
Five documents of five families, typeset in Times New Roman, Arial and Calibri at 9-12 pt: a long DHR
overview report (contents, running head, footnotes, three-level paragraph numbers) whose recommendations
are numbered paragraphs of its 'Conclusions and recommendations' chapter, single-agency recommendations in
an appendix table and the Home Office action-plan template appended with merged recommendation cells over
a page break; a Welsh Adult Practice Review in the Welsh template's sections with 'Learning' headings, a
short numbered list under 'Improving systems and practice' and an Outcome | Completion / RAG action plan;
a Safeguarding Adults Review whose recommendations sit under theme headings numbered 1.1, 1.2, 2.1 with a
Board response table (Agreed / Partially agreed); a DHR executive summary with an unruled Date | Source |
Summary of contact chronology over pages and overview plus single-agency recommendations under agency
headings; and a Community Safety Partnership tracker of three reviews with word statuses.
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
    shade,
    sup,
)

save = docx_saver(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)


def word_doc(font, size, header, footer_left, landscape=False, page_of=True):
    """A document in one font throughout (body, headings, lists), a running head and a footer."""
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
            st.font.color.rgb = RGBColor(0x1F, 0x1F, 0x1F)
    doc.styles["Heading 1"].font.size = Pt(size + 3)
    doc.styles["Heading 2"].font.size = Pt(size + 1)
    doc.styles["Heading 3"].font.size = Pt(size)
    pf = doc.styles["Normal"].paragraph_format
    pf.space_after = Pt(6)
    sec = doc.sections[0]
    p = sec.footer.paragraphs[0]
    p.text = ""
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if page_of:
        p.add_run(footer_left + "        Page ")
        add_field(p.add_run(), "PAGE")
        p.add_run(" of ")
        add_field(p.add_run(), "NUMPAGES")
    else:
        p.add_run(footer_left + "    ")
        add_field(p.add_run(), "PAGE")
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


def contents(doc, lines, width_cm=16.0, brk=True):
    para(doc, "Contents", bold=True, size=14)
    for text, page in lines:
        dotted_line(doc, text, page, width_cm=width_cm)
    if brk:
        page_break(doc)


def paras(doc, number, texts, start=1):
    for i, t in enumerate(texts, start):
        numbered(doc, f"{number}.{i}", t)


def bullets(doc, items):
    for s in items:
        para(doc, s, style="List Bullet")


def unruled(t):
    """No borders: the table keeps only its shaded header, as many exported summaries print."""
    t.style = t.part.document.styles["Normal Table"]
    return t


def merged_rows(doc, headers, widths, groups, size=9, merge_cols=1):
    """A table whose first `merge_cols` cells are merged down over their group's rows."""
    t = make_table(doc, headers, widths, size=size)
    row = 1
    for lead, rows in groups:
        first = row
        for rest in rows:
            add_row(t, [*lead, *rest], widths, size=size)
            row += 1
        for col in range(merge_cols):
            merge_down(t, col, first, row - 1, size=size)
    return t


# ============ 1. DHR overview report, Times New Roman 12: numbered-paragraph recommendations, HO plan appended
def doc_fenwarden():
    stem = "dhr_overview_para_recs_agency_appendix_ho_plan_merged_tnr_fenwarden"
    doc = word_doc(
        "Times New Roman",
        12,
        header="Fenwarden Community Safety Partnership  |  DHR Petronella  |  OFFICIAL – Overview Report",
        footer_left="FCSP/DHR/2023/01",
    )
    cover(
        doc,
        [
            ("Fenwarden Community Safety Partnership", 16, True),
            ("", 12, False),
            ("Domestic Homicide Review", 26, True),
            ("into the death of", 14, False),
            ("Petronella", 22, True),
            ("March 2023", 14, False),
            ("", 12, False),
            ("Overview Report", 18, False),
            ("", 12, False),
            ("Chair and report author: Araminta Quenell", 12, False),
            ("Reference number: FCSP/DHR/2023/01", 12, False),
            ("Report completed: September 2024", 12, False),
        ],
    )
    contents(
        doc,
        [
            ("1 Introduction", 3),
            ("2 Timescales and confidentiality", 3),
            ("3 Terms of reference", 4),
            ("4 Methodology and contributors", 4),
            ("5 Chronology", 5),
            ("6 Analysis", 6),
            ("7 Conclusions and recommendations", 8),
            ("Appendix A  Single agency recommendations", 9),
            ("Appendix B  Action plan", 10),
        ],
    )
    heading(doc, "1 Introduction", 1)
    heading(doc, "1.1 The people at the centre of this review", 2)
    paras(
        doc,
        "1.1",
        [
            "This review looks at how local services responded to Petronella, a 47-year-old woman who lived in "
            "the Quillan Rise area of Fenwarden with her partner, here called Casimir, and her son from an "
            "earlier marriage. Petronella died on 14 March 2023 after an assault by Casimir at their home.",
            "Casimir pleaded guilty to murder at Fenwarden Crown Court in October 2023 and received a life "
            "sentence with a minimum term of nineteen years. He did not take part in the review.",
            "The panel extends its sympathy to Petronella’s son, her sister and her many friends from the "
            "choir she sang with for two decades. Her sister chose the name Petronella for this report.",
        ],
    )
    heading(doc, "1.2 Why this review was held", 2)
    paras(
        doc,
        "1.2",
        [
            "Fenwarden Community Safety Partnership (the Partnership) was told of the death on 16 March 2023. "
            "Its review group met on 4 April 2023 and agreed that the criteria in section 9 of the Domestic "
            "Violence, Crime and Victims Act 2004 were met. The Home Office was told on 11 April 2023.",
            "The Partnership appointed an independent chair who also wrote this report. She has no connection "
            "with any agency in Fenwarden and has chaired reviews in other areas since 2016.",
        ],
    )
    heading(doc, "2 Timescales and confidentiality", 1)
    p = numbered(
        doc,
        "2.1",
        "The review began on 22 May 2023 and the final panel meeting was held on 30 July 2024. The criminal "
        "trial and a request for records from a hospital outside the area delayed completion beyond the six "
        "months the statutory guidance expects.",
    )
    sup(p, "1")
    footnote_line(
        doc,
        "1",
        "Home Office, Multi-agency statutory guidance for the conduct of domestic homicide reviews (2016).",
    )
    numbered(
        doc,
        "2.2",
        "The report was shared in draft with Petronella’s sister and son before it was finalised. Names of "
        "professionals are replaced by their roles, and pseudonyms are used for the family.",
    )
    heading(doc, "3 Terms of reference", 1)
    numbered(
        doc,
        "3.1",
        "The panel agreed to examine agency contact from 1 January 2020 to Petronella’s death, and contact "
        "before that date where it showed a pattern. The key lines of enquiry were:",
    )
    bullets(
        doc,
        [
            "what each agency knew about abuse in the relationship and how it assessed the risk;",
            "whether Petronella’s long-term back pain and her use of prescribed opiates affected how "
            "professionals heard what she told them;",
            "how agencies responded to Casimir’s use of alcohol and to his previous partner’s reports;",
            "whether Petronella’s son, who was 17 at the start of the period, was seen as a young carer;",
            "how well agencies shared information through the MARAC and the Clare’s Law scheme.",
        ],
    )
    heading(doc, "4 Methodology and contributors", 1)
    paras(
        doc,
        "4",
        [
            "Agencies with contact were asked for a chronology and those with significant contact for an "
            "Individual Management Review (IMR). The panel read seven IMRs and four short reports.",
            "The chair met Petronella’s sister twice and her son once, and spoke with two friends from the "
            "choir. Their views are reflected throughout and are summarised at section 6.5.",
        ],
    )
    w = [5.5, 6.5, 4.0]
    t = make_table(doc, ["Agency", "Panel member", "Contribution"], w, size=10)
    for row in [
        ("Fenwarden Police", "Detective Inspector, Public Protection", "IMR"),
        ("Fenwarden Borough Council Adult Social Care", "Head of Safeguarding", "IMR"),
        ("NHS Fenwarden Integrated Care Board", "Designated Nurse for Adults", "IMR (two GP practices)"),
        ("Fenwarden Hospitals NHS Trust", "Named Nurse, Safeguarding", "IMR"),
        ("Fenwarden Recovery Partnership", "Service Manager", "IMR"),
        ("Saffronbank Women’s Aid", "Chief Executive", "IMR"),
        ("Quillan Rise Housing Association", "Head of Tenancy Services", "IMR"),
    ]:
        add_row(t, row, w, size=10)
    para(doc, "")
    heading(doc, "5 Chronology", 1)
    numbered(
        doc,
        "5.1",
        "The paragraphs below summarise the contacts the panel judged most significant. The full combined "
        "chronology runs to 212 entries and is held by the Partnership.",
    )
    paras(
        doc,
        "5.2",
        [
            "On 3 February 2020 Casimir’s former partner told Fenwarden Police that he had followed her home "
            "from work on several occasions. Officers gave words of advice and the report was not linked to "
            "his later relationship with Petronella.",
            "In June 2020 Petronella told her GP that she was sleeping badly because her partner drank in the "
            "evenings and became argumentative. The GP increased her pain medication and did not ask about "
            "her safety.",
            "On 27 November 2020 a neighbour called the police after hearing shouting and a door being broken. "
            "Petronella said she had fallen against the door. A DASH risk assessment was graded standard.",
            "Between January and March 2021 Petronella attended the Emergency Department three times, twice "
            "with injuries to her wrist and once with a head wound. Each attendance was recorded separately "
            "and no safeguarding referral was made.",
            "On 9 August 2021 Casimir was referred to Fenwarden Recovery Partnership by his GP for alcohol "
            "treatment. He attended two sessions and was discharged in October for non-attendance.",
            "In spring 2022 Petronella applied to Quillan Rise Housing Association to move to a smaller flat "
            "in her sole name. The application stalled when Casimir phoned to say they had reconciled.",
            "On 18 December 2022 Petronella called Saffronbank Women’s Aid and disclosed years of control "
            "over money and her medication. She was offered an appointment for 5 January 2023 but did not "
            "attend.",
            "On 14 March 2023 paramedics were called to the home and Petronella was pronounced dead at the "
            "scene.",
        ],
    )
    heading(doc, "6 Analysis", 1)
    heading(doc, "6.1 Knowledge of abuse and assessment of risk", 2)
    paras(
        doc,
        "6.1",
        [
            "Each agency held part of the picture but no agency held it all. The police knew of the 2020 "
            "call and of the former partner’s report; the hospital knew of repeated injuries; the GP knew "
            "of the drinking and the sleeplessness. None of these facts was put side by side until after "
            "Petronella’s death.",
            "The standard grading of November 2020 relied heavily on Petronella’s own account. The officer "
            "did not check the intelligence system, which would have shown the earlier report by Casimir’s "
            "former partner, and the supervisor endorsed the grading without comment.",
        ],
    )
    p = numbered(
        doc,
        "6.1.3",
        "The panel heard that officers attending domestic incidents in 2020 had no routine prompt to search "
        "for previous partners. The force has since changed its attendance checklist.",
    )
    sup(p, "2")
    footnote_line(
        doc,
        "2",
        "Fenwarden Police, Domestic Abuse Attendance Checklist, revised edition, January 2024.",
    )
    heading(doc, "6.2 Pain, medication and being heard", 2)
    paras(
        doc,
        "6.2",
        [
            "Petronella’s chronic pain was the lens through which most health contacts were seen. Her sister "
            "told the chair that Casimir held her tablets and gave them out when he chose. The panel considers "
            "that control over medication is a form of coercive control that professionals rarely ask about.",
            "The three Emergency Department attendances in early 2021 were seen by different clinicians. The "
            "Trust’s system flags frequent attenders only after four visits in six months, so no flag was raised.",
            "The GP practice recorded the June 2020 consultation under a sleep code. Had a domestic abuse code "
            "been used, the later correspondence from the hospital might have been read differently.",
        ],
    )
    heading(doc, "6.3 The perpetrator’s alcohol use", 2)
    paras(
        doc,
        "6.3",
        [
            "Fenwarden Recovery Partnership’s assessment asked whether Casimir had a partner but not whether he "
            "had been abusive towards her. Discharge for non-attendance was sent only to the GP.",
            "The panel was told that the service now asks every client about relationships and conflict at "
            "assessment, and shares non-attendance with the referrer and, where abuse is known, with the "
            "police.",
        ],
    )
    heading(doc, "6.4 Petronella’s son", 2)
    paras(
        doc,
        "6.4",
        [
            "Petronella’s son was at college throughout the period. He told the chair that he often stayed "
            "with friends to avoid arguments at home. No agency asked him about his home life.",
        ],
    )
    heading(doc, "6.5 The views of the family", 2)
    paras(
        doc,
        "6.5",
        [
            "Petronella’s sister believes that the hospital should have noticed the pattern of injuries. She "
            "also wishes that the housing application had not been paused on the word of Casimir alone.",
            "Her son asked that the review should say how much his mother was loved, and how she kept singing "
            "even when she was in pain.",
        ],
    )
    heading(doc, "7 Conclusions and recommendations", 1)
    heading(doc, "7.1 Conclusions", 2)
    paras(
        doc,
        "7.1",
        [
            "The panel does not find that Petronella’s death could have been predicted. It does find that there "
            "were several points at which a fuller picture could have been assembled and safety planning "
            "offered, most clearly after the November 2020 call and the hospital attendances of 2021.",
            "The review found good practice by Saffronbank Women’s Aid, whose helpline worker recognised "
            "economic abuse and control of medication during a single call.",
            "The learning concerns the way separate contacts were recorded in separate places, and the ease "
            "with which the account of a controlling partner was accepted by a housing provider.",
        ],
    )
    heading(doc, "7.2 Recommendations", 2)
    para(
        doc,
        "The panel makes the following recommendations for the Partnership and its member agencies. "
        "Single agency recommendations made by the IMR authors are listed in Appendix A, and the action "
        "plan is at Appendix B.",
        italic=True,
    )
    paras(
        doc,
        "7.2",
        [
            "Fenwarden Community Safety Partnership should commission training for primary care staff on "
            "control of medication as a feature of coercive and controlling behaviour, and should evaluate "
            "its reach after twelve months.",
            "Fenwarden Police should ensure that officers attending a domestic incident search for reports "
            "made by the suspect’s previous partners, and that supervisors record why they agree a risk "
            "grading.",
            "Fenwarden Hospitals NHS Trust should review its frequent attender alert so that repeated "
            "injuries within a short period trigger a safeguarding conversation, whatever the number of "
            "visits.",
            "NHS Fenwarden Integrated Care Board should give GP practices guidance on coding disclosures of "
            "domestic abuse, including disclosures about a partner’s drinking or behaviour.",
            "Quillan Rise Housing Association should not pause or withdraw a tenancy application made by a "
            "victim of domestic abuse on the word of the alleged perpetrator, and should speak to the "
            "applicant alone first.",
            "Fenwarden Recovery Partnership should share a client’s disengagement with the police and the "
            "domestic abuse service where abuse towards a partner is known or suspected.",
        ],
        start=1,
    )
    page_break(doc)
    para(doc, "Appendix A  Single agency recommendations", bold=True, size=14)
    para(doc, "These recommendations were made by the IMR authors and accepted by the panel.")
    w = [4.5, 1.2, 10.5]
    t = make_table(doc, ["Agency", "No.", "Recommendation"], w, size=10)
    for row in [
        (
            "Fenwarden Police",
            "1",
            "Public protection supervisors should dip-sample domestic abuse risk gradings each month and "
            "feed back to attending officers.",
        ),
        (
            "Fenwarden Hospitals NHS Trust",
            "1",
            "The Emergency Department should include routine enquiry about domestic abuse in its triage "
            "assessment for any adult attending with an injury.",
        ),
        (
            "Quillan Rise Housing Association",
            "1",
            "Tenancy officers should complete domestic abuse awareness training within three months of "
            "starting in post.",
        ),
    ]:
        add_row(t, row, w, size=10)
    landscape_section(doc)
    para(doc, "Appendix B  Action plan", bold=True, size=14)
    para(
        doc,
        "DHR Petronella – action plan agreed by Fenwarden Community Safety Partnership. Updated July 2024.",
        size=10,
    )
    w = [5.0, 2.0, 4.4, 2.8, 4.6, 2.2, 4.0]
    groups = [
        (
            (
                "7.2.1 Fenwarden Community Safety Partnership should commission training for primary care "
                "staff on control of medication as a feature of coercive and controlling behaviour, and "
                "should evaluate its reach after twelve months.",
                "Local",
            ),
            [
                (
                    "Commission a half-day training session for GPs and practice nurses on control of "
                    "medication",
                    "Fenwarden Community Safety Partnership",
                    "Training brief agreed with the ICB safeguarding team in November 2023; provider chosen.",
                    "31.03.2024",
                    "Completed 20.03.2024 – four sessions delivered to 118 staff.",
                ),
                (
                    "Evaluate the reach of the training through a survey of practices",
                    "Fenwarden Community Safety Partnership",
                    "Survey questions drafted.",
                    "March 2025",
                    "Ongoing – survey to be issued in January 2025.",
                ),
            ],
        ),
        (
            (
                "7.2.2 Fenwarden Police should ensure that officers attending a domestic incident search for "
                "reports made by the suspect’s previous partners, and that supervisors record why they agree "
                "a risk grading.",
                "Local",
            ),
            [
                (
                    "Add a prompt to search previous partners to the domestic abuse attendance checklist",
                    "Fenwarden Police",
                    "Checklist revised and published in January 2024.",
                    "31.01.2024",
                    "Completed January 2024.",
                ),
                (
                    "Require supervisors to record a rationale when endorsing a standard risk grading",
                    "Fenwarden Police",
                    "Change to the crime recording system requested from the IT supplier.",
                    "30.09.2024",
                    "Partially complete – guidance issued; system change awaited.",
                ),
            ],
        ),
        (
            (
                "7.2.3 Fenwarden Hospitals NHS Trust should review its frequent attender alert so that "
                "repeated injuries within a short period trigger a safeguarding conversation, whatever the "
                "number of visits.",
                "Local",
            ),
            [
                (
                    "Review the frequent attender alert with the Emergency Department clinical lead",
                    "Fenwarden Hospitals NHS Trust",
                    "Options paper taken to the safeguarding committee in April 2024.",
                    "Q2 2024/25",
                    "Ongoing – new alert being tested in one department.",
                ),
            ],
        ),
        (
            (
                "7.2.4 NHS Fenwarden Integrated Care Board should give GP practices guidance on coding "
                "disclosures of domestic abuse, including disclosures about a partner’s drinking or behaviour.",
                "Local",
            ),
            [
                (
                    "Issue coding guidance to all practices through the safeguarding newsletter",
                    "NHS Fenwarden Integrated Care Board",
                    "Guidance written with the local medical committee.",
                    "30.06.2024",
                    "Completed 12.06.2024.",
                ),
            ],
        ),
        (
            (
                "7.2.5 Quillan Rise Housing Association should not pause or withdraw a tenancy application made "
                "by a victim of domestic abuse on the word of the alleged perpetrator, and should speak to the "
                "applicant alone first.",
                "Local",
            ),
            [
                (
                    "Amend the allocations procedure so that only the applicant can pause an application",
                    "Quillan Rise Housing Association",
                    "Draft procedure out for consultation with tenants’ panel.",
                    "December 2024",
                    "Not yet started – awaiting board approval of the consultation.",
                ),
                (
                    "Brief all lettings staff on speaking to applicants alone",
                    "Quillan Rise Housing Association",
                    "Team briefings held in two of three offices.",
                    "31.10.2024",
                    "Ongoing – third office briefing booked.",
                ),
            ],
        ),
        (
            (
                "7.2.6 Fenwarden Recovery Partnership should share a client’s disengagement with the police and "
                "the domestic abuse service where abuse towards a partner is known or suspected.",
                "Local",
            ),
            [
                (
                    "Update the discharge policy to include notification of disengagement",
                    "Fenwarden Recovery Partnership",
                    "Policy updated and signed off by the clinical governance group.",
                    "31.05.2024",
                    "Completed May 2024.",
                ),
            ],
        ),
    ]
    t = make_table(doc, HO_PLAN_HEADERS, w, size=9)
    row = 1
    for lead, acts in groups:
        first = row
        for a in acts:
            add_row(t, [*lead, *a], w, size=9)
            row += 1
        for col in range(2):
            merge_down(t, col, first, row - 1, size=9)
    save(doc, stem)


# ============ 2. Welsh Adult Practice Review, Arial 11: Learning sections, numbered list, Completion / RAG plan
def doc_llanfeiriog():
    stem = "welsh_apr_learning_numbered_recs_completion_rag_plan_arial_llanfeiriog"
    doc = word_doc(
        "Arial",
        11,
        header="Llanfeiriog Regional Safeguarding Board – Concise Adult Practice Review LRSB/APR/2023/03",
        footer_left="",
        page_of=True,
    )
    cover(
        doc,
        [
            ("Llanfeiriog Regional Safeguarding Board", 16, True),
            ("Bwrdd Diogelu Rhanbarthol Llanfeiriog", 12, False),
            ("", 11, False),
            ("CONCISE ADULT PRACTICE REVIEW", 20, True),
            ("Re: Adult C", 16, False),
            ("LRSB/APR/2023/03", 14, False),
            ("", 11, False),
            ("Reviewer: Ceridwen Mabyn", 12, False),
            ("Review Panel Chair: Barnaby Wolcott", 12, False),
            ("Date of the event: 19 January 2022", 12, False),
        ],
    )
    heading(doc, "1. Legal context from guidance in relation to the review", 1)
    para(
        doc,
        "A concise Adult Practice Review was commissioned by Llanfeiriog Regional Safeguarding Board under the "
        "Social Services and Well-being (Wales) Act 2014 and the guidance in Working Together to Safeguard "
        "People, Volume 3. The criteria for a concise review were met because Adult C died and abuse or "
        "neglect was suspected, and he had not been the subject of adult protection action in the six months "
        "before.",
    )
    heading(doc, "2. Circumstances resulting in the review", 1)
    para(
        doc,
        "Adult C was a 71-year-old man who lived alone in a rented cottage outside Bryngolau. He had diabetes, "
        "early vascular dementia and limited mobility, and received a package of care from a commissioned "
        "domiciliary agency four times a day. On 19 January 2022 carers found him on the kitchen floor, cold "
        "and dehydrated. He died in hospital nine days later. An adult at risk report had been made in "
        "December 2021 about a relative who had moved into the cottage and was taking his money.",
    )
    heading(doc, "3. Time period reviewed and why", 1)
    para(
        doc,
        "The review covers May 2021, when the relative moved in, to January 2022. A learning event was held "
        "on 14 October 2022 for the practitioners who had worked with Adult C.",
    )
    heading(doc, "4. Summary of the timeline", 1)
    for t in [
        "In May 2021 Adult C’s nephew moved into the cottage after losing his own tenancy. Carers noted "
        "that the nephew answered the door and asked them to keep visits short.",
        "On 2 November 2021 the community nurse found that Adult C’s insulin had not been given for two days "
        "because, she was told, the carers had been sent away.",
        "During December 2021 the domiciliary agency reported missed calls to the local authority on four "
        "occasions, each by e-mail to a general inbox.",
        "On 22 December 2021 a bank worker made an adult at risk report after Adult C withdrew most of his "
        "savings in the company of his nephew. The report was screened and passed for a welfare visit.",
        "On 11 January 2022 a social worker visited and spoke to Adult C with his nephew present. Adult C "
        "said he was content and the report was closed.",
        "On 19 January 2022 carers gained entry with the key safe and found Adult C on the floor.",
    ]:
        para(doc, t)
    heading(doc, "5. Practice and organisational learning", 1)
    para(
        doc,
        "The learning event and the agency timelines identified the following learning. Each section says "
        "what happened and what practitioners told the panel.",
    )
    learning = [
        (
            "Learning 1: Hearing the adult when another person is present",
            "Adult C was never seen alone after May 2021. Practitioners said that his nephew was friendly and "
            "plausible and that it felt intrusive to ask him to leave the room. Nobody considered whether "
            "Adult C’s dementia affected his ability to weigh what he was saying about his money.",
        ),
        (
            "Learning 2: Missed calls are a safeguarding signal",
            "The domiciliary agency did what its contract asked by reporting missed calls, but the reports "
            "went to an inbox that was checked for rota changes rather than risk. The panel heard that "
            "nobody joined the missed calls to the bank’s report.",
        ),
        (
            "Learning 3: Capacity and financial abuse",
            "The welfare visit did not include an assessment of capacity about Adult C’s finances. "
            "Practitioners were unsure who should do this when the adult is not already open to a team.",
        ),
        (
            "Learning 4: Communication with health",
            "The community nurse’s concern about missed insulin was recorded in health records only and was "
            "not shared with the local authority, although it was the first sign that carers were being "
            "turned away.",
        ),
    ]
    for title, text in learning:
        heading(doc, title, 2)
        para(doc, text)
    heading(doc, "6. Improving systems and practice", 1)
    para(
        doc,
        "In order to act on the learning from this case, the review makes the following recommendations to "
        "the Board and its partner agencies:",
    )
    recs = [
        "The Board should seek assurance from partner agencies that practitioners see an adult at risk alone "
        "at least once when another person in the household may be the source of harm.",
        "Llanfeiriog Council and Hafodwen University Health Board should agree a route by which missed or "
        "refused care calls are reviewed for safeguarding risk within one working day.",
        "The Board should publish a practice guide on assessing capacity about finances where financial "
        "abuse is suspected, saying who completes the assessment.",
        "Hafodwen University Health Board should remind community nurses that missed medication caused by "
        "carers being refused entry is a reason to make an adult at risk report.",
        "The Board should share the learning from this review through a seven-minute briefing and a "
        "practitioner event within six months of publication.",
    ]
    for i, r in enumerate(recs, 1):
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(0.9)
        p.paragraph_format.first_line_indent = Cm(-0.9)
        p.add_run(f"{i}.\t{r}")
    heading(doc, "7. Statement by Reviewer", 1)
    kv_table(
        doc,
        [
            ("Reviewer", "Ceridwen Mabyn"),
            (
                "Statement of independence",
                "I have had no involvement with Adult C or the agencies concerned.",
            ),
            ("Date", "3 March 2023"),
        ],
        widths=(5, 11),
        size=10,
    )
    heading(doc, "8. Statement by Review Panel Chair", 1)
    kv_table(
        doc,
        [
            ("Chair", "Barnaby Wolcott"),
            ("Statement", "I am satisfied that the review has been conducted as the guidance requires."),
            ("Date", "3 March 2023"),
        ],
        widths=(5, 11),
        size=10,
    )
    landscape_section(doc)
    para(doc, "Appendix 1 – Action plan", bold=True, size=13)
    para(
        doc,
        "RAG: Red – not started; Amber – in progress; Green – complete. Reviewed by the Case Review Group, "
        "September 2023.",
        size=9,
    )
    w = [4.4, 5.6, 3.4, 4.8, 2.4, 3.6]
    headers = ["Recommendation", "Action", "Lead agency", "Outcome", "Target date", "Completion / RAG"]
    groups = [
        (
            ("1. Seeing the adult alone",),
            [
                (
                    "Add a prompt to see the adult alone to the adult at risk enquiry form",
                    "Llanfeiriog Council Adult Services",
                    "Adults are seen alone and their view recorded",
                    "June 2023",
                    "Complete – Green",
                ),
                (
                    "Audit twenty enquiries for evidence that the adult was seen alone",
                    "Llanfeiriog Regional Safeguarding Board",
                    "Assurance that the prompt is used",
                    "December 2023",
                    "In progress – Amber",
                ),
            ],
        ),
        (
            ("2. Missed and refused calls",),
            [
                (
                    "Agree a shared procedure for reviewing missed or refused calls within one working day",
                    "Llanfeiriog Council Commissioning",
                    "Missed calls reviewed for risk, not only for rotas",
                    "30/09/2023",
                    "In progress – Amber",
                ),
            ],
        ),
        (
            ("3. Capacity and finances",),
            [
                (
                    "Write and publish a practice guide on capacity and financial decisions",
                    "Llanfeiriog Regional Safeguarding Board",
                    "Practitioners know who assesses capacity",
                    "March 2024",
                    "Not started – Red",
                ),
            ],
        ),
        (
            ("4. Community nursing",),
            [
                (
                    "Issue a safeguarding bulletin to community nursing teams",
                    "Hafodwen University Health Board",
                    "Nurses report carers being refused entry",
                    "31/05/2023",
                    "Complete – Green",
                ),
            ],
        ),
        (
            ("5. Sharing the learning",),
            [
                (
                    "Produce a seven-minute briefing",
                    "Llanfeiriog Regional Safeguarding Board",
                    "Learning reaches front-line staff",
                    "July 2023",
                    "Complete – Green",
                ),
                (
                    "Hold a practitioner learning event",
                    "Llanfeiriog Regional Safeguarding Board",
                    "Learning discussed with practitioners",
                    "October 2023",
                    "Complete – Green",
                ),
            ],
        ),
    ]
    merged_rows(doc, headers, w, groups, size=9)
    save(doc, stem)


# ============ 3. SAR, Calibri 11: recommendations under theme headings (1.1, 2.1), Board response table
def doc_stavenbury():
    stem = "sar_themed_recs_dotted_refs_board_response_table_calibri_stavenbury"
    doc = word_doc(
        "Calibri",
        11,
        header="Stavenbury Safeguarding Adults Board – SAR Cosimo",
        footer_left="SSAB SAR 2022/07",
    )
    cover(
        doc,
        [
            ("Stavenbury Safeguarding Adults Board", 16, True),
            ("", 11, False),
            ("Safeguarding Adults Review", 24, True),
            ("Cosimo", 20, False),
            ("", 11, False),
            ("Lead reviewer: Hyacinth Yardley", 12, False),
            ("Ref: SSAB SAR 2022/07", 12, False),
            ("Published: February 2024", 12, False),
        ],
    )
    heading(doc, "1. Introduction", 1)
    paras(
        doc,
        "1",
        [
            "This Safeguarding Adults Review concerns Cosimo, a 52-year-old man who lived alone in a "
            "first-floor flat in Stavenbury. Cosimo died in hospital on 6 June 2022 from sepsis after a long "
            "period of self-neglect and heavy drinking.",
            "The Board decided that the case met the criteria in section 44 of the Care Act 2014 because there "
            "was reasonable cause for concern about how agencies worked together.",
            "The review used a learning-together approach: agencies wrote short reports, practitioners met "
            "twice, and Cosimo’s brother spoke with the reviewer.",
        ],
    )
    heading(doc, "2. Cosimo", 1)
    paras(
        doc,
        "2",
        [
            "Cosimo had been a skilled joiner. His brother described him as generous and funny, and as a man "
            "who found it very hard to ask for help after their mother died in 2019.",
            "Over the last two years of his life Cosimo stopped opening his post, his flat became cluttered and "
            "unheated, and he was admitted to hospital five times. He told professionals that he wanted to be "
            "left alone.",
        ],
    )
    heading(doc, "3. Findings", 1)
    para(
        doc,
        "The review found four themes. Each theme below gives a short account of the learning and then the "
        "recommendations that follow from it. The Board’s response to each recommendation is set out in "
        "section 4.",
    )
    themes = [
        (
            "Theme 1 – Engaging with a person who declines help",
            "Practitioners often closed their involvement when Cosimo said no, and each closure was recorded as "
            "his choice. Nobody looked at the pattern of refusals over time.",
            [
                (
                    "1.1",
                    "The Board should ensure that the self-neglect procedure tells practitioners to consider the "
                    "history of refusals, and not only the latest one, before closing a case.",
                ),
                (
                    "1.2",
                    "Stavenbury Council Adult Social Care should allocate a named lead practitioner to any adult "
                    "who has been discussed at a self-neglect meeting more than twice in a year.",
                ),
            ],
        ),
        (
            "Theme 2 – Mental capacity and executive function",
            "Cosimo could explain the risks of his situation but did not act on them. Assessments of capacity "
            "looked at what he said and not at whether he could carry out decisions.",
            [
                (
                    "2.1",
                    "The Board should commission multi-agency training on executive function and mental "
                    "capacity assessment, drawing on this case.",
                ),
                (
                    "2.2",
                    "Stavenbury Mental Health Partnership NHS Foundation Trust should review its dual diagnosis "
                    "pathway so that a person who drinks heavily is not refused an assessment of their mental "
                    "health for that reason alone.",
                ),
            ],
        ),
        (
            "Theme 3 – Leaving hospital",
            "Cosimo was discharged four times to a flat without heating or food. Discharge plans relied on his "
            "assurance that he would manage.",
            [
                (
                    "3.1",
                    "Stavenbury and District Hospitals NHS Trust should ensure that a person with known "
                    "self-neglect is not discharged home without a check that the home is habitable.",
                ),
                (
                    "3.2",
                    "The Board should ask partners to agree how the hospital discharge team and Adult Social "
                    "Care share information on the day of discharge for people who live alone and decline care.",
                ),
            ],
        ),
        (
            "Theme 4 – Board assurance",
            "The Board had no way of knowing whether learning from two earlier self-neglect reviews had changed "
            "practice.",
            [
                (
                    "4.1",
                    "The Board should audit a sample of self-neglect cases twelve months after publication to "
                    "test whether the learning from this review has been applied.",
                ),
            ],
        ),
    ]
    for title, learning, items in themes:
        heading(doc, title, 2)
        para(doc, learning)
        para(doc, "Recommendations", bold=True)
        for ref, text in items:
            p = doc.add_paragraph()
            p.paragraph_format.left_indent = Cm(1.0)
            p.paragraph_format.first_line_indent = Cm(-1.0)
            p.add_run(f"{ref}\t").bold = True
            p.add_run(text)
    heading(doc, "4. Board response", 1)
    para(
        doc,
        "The Board considered the report on 14 December 2023 and agreed the responses below. Progress will be "
        "reported to the Learning and Review subgroup each quarter.",
    )
    w = [4.4, 2.2, 5.0, 2.6, 2.2]
    t = make_table(
        doc,
        ["Recommendation", "Agreed / Partially agreed", "Board response", "Lead", "Timescale"],
        w,
        size=9,
    )
    for row in [
        (
            "1.1 History of refusals in the self-neglect procedure",
            "Agreed",
            "The procedure will be revised to include a review of previous refusals before closure.",
            "SAB Policy subgroup",
            "September 2024",
        ),
        (
            "1.2 Named lead practitioner",
            "Partially agreed",
            "A named lead will be allocated after a third self-neglect meeting; capacity does not allow this "
            "after the second.",
            "Stavenbury Council Adult Social Care",
            "April 2024",
        ),
        (
            "2.1 Training on executive function",
            "Agreed",
            "Two multi-agency workshops will be added to the Board’s training programme.",
            "SAB Training subgroup",
            "31 March 2025",
        ),
        (
            "2.2 Dual diagnosis pathway",
            "Agreed",
            "The Trust will review the pathway with the drug and alcohol service and report back.",
            "Stavenbury Mental Health Partnership NHS Foundation Trust",
            "Within 6 months",
        ),
        (
            "3.1 Discharge to a habitable home",
            "Agreed",
            "A home conditions question will be added to the discharge checklist.",
            "Stavenbury and District Hospitals NHS Trust",
            "June 2024",
        ),
        (
            "3.2 Information on the day of discharge",
            "Partially agreed",
            "Partners will share discharge information for people known to Adult Social Care; the Board will "
            "not set up a new panel.",
            "Stavenbury and District Hospitals NHS Trust",
            "December 2024",
        ),
        (
            "4.1 Audit after twelve months",
            "Agreed",
            "The Quality Assurance subgroup will audit ten cases and report to the Board.",
            "SAB Quality Assurance subgroup",
            "March 2025",
        ),
    ]:
        add_row(t, row, w, size=9)
    para(doc, "")
    heading(doc, "5. Glossary", 1)
    kv_table(
        doc,
        [
            ("SAB", "Safeguarding Adults Board"),
            ("SAR", "Safeguarding Adults Review"),
            ("Executive function", "The ability to plan, start and carry through a decision"),
        ],
        widths=(4, 12),
        size=10,
    )
    save(doc, stem)


# ============ 4. DHR executive summary, Arial 10: unruled Date | Source | Summary of contact chronology
def doc_marrowcombe():
    stem = "dhr_exec_summary_unruled_date_source_chron_agency_headed_recs_arial_marrowcombe"
    doc = word_doc(
        "Arial",
        10,
        header="Safer Marrowcombe – DHR Octavia – Executive Summary – OFFICIAL",
        footer_left="Executive Summary",
        page_of=False,
    )
    cover(
        doc,
        [
            ("Safer Marrowcombe Partnership", 16, True),
            ("", 10, False),
            ("Domestic Homicide Review", 24, True),
            ("Executive Summary", 18, False),
            ("Octavia", 20, False),
            ("", 10, False),
            ("Independent author: Ignatius Hartigan", 12, False),
            ("Review number: SMP DHR 07", 12, False),
            ("Date of homicide: 2 April 2021", 12, False),
        ],
    )
    heading(doc, "1. The review process", 1)
    paras(
        doc,
        "1",
        [
            "This summary sets out the process and findings of the Domestic Homicide Review into the death of "
            "Octavia, aged 29, who was killed by her former partner, here called Torvin, at her home in "
            "Marrowcombe on 2 April 2021. Torvin was convicted of her murder in January 2022.",
            "Safer Marrowcombe Partnership agreed to hold the review in May 2021. The panel met seven times "
            "and the overview report was completed in December 2022.",
        ],
    )
    heading(doc, "2. Contributors to the review", 1)
    para(
        doc,
        "Marrowcombe Police, Marrowcombe County Council Children’s Services, two GP practices through the "
        "Integrated Care Board, Marrowcombe Community Health Trust, the Independent Domestic Violence Advisor "
        "service and Octavia’s employer contributed chronologies and reports.",
    )
    heading(doc, "3. Summary chronology", 1)
    para(
        doc,
        "The table combines the agencies’ chronologies. Only the contacts the panel found significant are "
        "shown.",
    )
    w = [2.6, 3.6, 10.4]
    t = make_table(doc, ["Date", "Source", "Summary of contact"], w, size=9, header_fill="DDEBF7")
    unruled(t)
    chron = [
        (
            "Early 2019",
            "Family",
            "Octavia met Torvin through friends. Her mother said he soon began to check her phone.",
        ),
        (
            "14/06/2019",
            "GP",
            "Octavia saw her GP about anxiety and said her boyfriend was jealous. She was referred for "
            "talking therapy.",
        ),
        (
            "03/09/2019",
            "Police",
            "Call from a neighbour about a man shouting in the street outside Octavia’s flat. Torvin had left "
            "when officers arrived.",
        ),
        (
            "November 2019",
            "Employer",
            "Octavia’s manager noted that Torvin waited outside the office every evening and phoned her "
            "repeatedly during shifts.",
        ),
        (
            "w/c 4 March 2020",
            "Health visitor",
            "New birth visit after the birth of Octavia’s daughter. Routine enquiry was not made because "
            "Torvin was present throughout.",
        ),
        (
            "12/05/2020",
            "Police",
            "Octavia reported that Torvin had pushed her while she held the baby. A DASH assessment was "
            "graded medium and a referral was made to Children’s Services.",
        ),
        (
            "15/05/2020",
            "Children’s Services",
            "Contact screened; a letter was sent to Octavia with details of support services and no further "
            "action was taken.",
        ),
        (
            "Summer 2020",
            "Family",
            "Octavia told her sister that she had ended the relationship and that Torvin was sending dozens "
            "of messages a day.",
        ),
        (
            "22/08/2020",
            "Police",
            "Report of harassment. Torvin was given a Police Information Notice; the risk was graded high "
            "and the case referred to MARAC.",
        ),
        (
            "10/09/2020",
            "MARAC",
            "Case heard at MARAC. Actions agreed for a target-hardening visit and IDVA support.",
        ),
        (
            "w/c 21 September 2020",
            "IDVA service",
            "IDVA made three attempts to contact Octavia; a safety plan was agreed on the third call.",
        ),
        (
            "Late 2020",
            "Employer",
            "Octavia asked to change her working hours and to have her desk moved away from the window.",
        ),
        (
            "07/01/2021",
            "GP",
            "Telephone consultation about poor sleep. Octavia mentioned that her ex-partner had found her new "
            "address.",
        ),
        (
            "19/02/2021",
            "Police",
            "Torvin was arrested for breaching a non-molestation order and released on bail with conditions "
            "not to contact Octavia.",
        ),
        (
            "02/04/2021",
            "Police",
            "Officers were called to Octavia’s home by a neighbour and found that she had been fatally stabbed.",
        ),
    ]
    for row in chron:
        add_row(t, row, w, size=9)
    para(doc, "")
    heading(doc, "4. Key findings", 1)
    bullets(
        doc,
        [
            "Opportunities to ask Octavia about abuse alone were missed when Torvin attended appointments.",
            "The screening of the May 2020 referral did not weigh the presence of a baby in the household.",
            "The bail conditions of February 2021 were not shared with the IDVA service.",
            "Octavia’s employer noticed the stalking behaviour early but did not know where to turn.",
        ],
    )
    heading(doc, "5. Conclusions", 1)
    para(
        doc,
        "The panel concluded that Torvin’s stalking and controlling behaviour escalated after the separation "
        "and that agencies did not always treat separation as a time of heightened risk.",
    )
    heading(doc, "6. Recommendations", 1)
    heading(doc, "6.1 Overview report recommendations", 2)
    for i, r in enumerate(
        [
            "Safer Marrowcombe Partnership should develop guidance for employers on recognising and responding "
            "to stalking of an employee by a current or former partner.",
            "Safer Marrowcombe Partnership should seek assurance that agencies treat separation as a risk "
            "factor in every domestic abuse risk assessment.",
            "Marrowcombe County Council Children’s Services should ensure that contacts about domestic abuse "
            "in a household with a child under one are screened by a qualified social worker.",
            "The Home Office should consider how bail conditions in domestic abuse cases can be shared "
            "automatically with the victim’s IDVA.",
        ],
        1,
    ):
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(0.8)
        p.paragraph_format.first_line_indent = Cm(-0.8)
        p.add_run(f"{i}.\t{r}")
    heading(doc, "6.2 Single agency recommendations", 2)
    agency = [
        (
            "Marrowcombe Police",
            [
                "Ensure that bail conditions in domestic abuse cases are sent to the IDVA service on the day "
                "they are set.",
                "Review the use of Police Information Notices in stalking cases in line with current guidance.",
            ],
        ),
        (
            "Marrowcombe Community Health Trust",
            [
                "Health visitors should arrange a further contact to see the mother alone when a partner is "
                "present at the new birth visit.",
            ],
        ),
        (
            "Integrated Care Board (primary care)",
            [
                "Remind practices that a disclosure of a partner’s jealousy or monitoring is a reason to ask "
                "directly about domestic abuse.",
            ],
        ),
    ]
    for name, items in agency:
        para(doc, name, bold=True)
        for i, r in enumerate(items, 1):
            p = doc.add_paragraph()
            p.paragraph_format.left_indent = Cm(0.8)
            p.paragraph_format.first_line_indent = Cm(-0.8)
            p.add_run(f"{i}.\t{r}")
    save(doc, stem)


# ============ 5. CSP progress tracker of three reviews, Arial 8.5, landscape: word statuses
def doc_pellingford():
    stem = "csp_multi_review_tracker_word_status_evidence_arial_pellingford"
    doc = word_doc(
        "Arial",
        9,
        header="Pellingford Community Safety Partnership – Review recommendations tracker",
        footer_left="OFFICIAL – Version 6",
        landscape=True,
    )
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(1.5)
    para(doc, "Pellingford Community Safety Partnership", bold=True, size=14)
    para(doc, "Domestic Homicide Review recommendations – progress tracker", bold=True, size=12)
    para(
        doc,
        "Position at 30 September 2024, for the DHR Oversight Group. Owners update the Status and Evidence "
        "columns before each meeting. Completed actions are removed once the Group has seen the evidence.",
    )
    w = [3.0, 3.0, 3.0, 3.0, 3.0]
    t = make_table(doc, ["Complete", "On track", "Overdue", "Not started", "Total"], w, size=9)
    add_row(t, ["6", "4", "3", "2", "15"], w, size=9)
    para(doc, "")
    headers = [
        "Review",
        "Rec no.",
        "Recommendation",
        "Action",
        "Owner",
        "Due",
        "Status",
        "Evidence of completion",
    ]
    w = [2.2, 1.2, 5.0, 4.6, 3.0, 2.1, 1.8, 5.7]
    fill = {"Complete": "C6EFCE", "On track": "DDEBF7", "Overdue": "FFC7CE", "Not started": "EDEDED"}
    reviews = [
        (
            "DHR Eulalia (2021)",
            [
                (
                    "1",
                    "Pellingford Community Safety Partnership should raise awareness of economic abuse among "
                    "bank and building society staff in the borough.",
                    [
                        (
                            "Deliver briefing sessions to branch staff of local banks",
                            "DA Coordinator",
                            "Mar-24",
                            "Complete",
                            "Attendance lists for five sessions held Jan–Mar 2024",
                        ),
                        (
                            "Add economic abuse leaflet to branch information racks",
                            "DA Coordinator",
                            "Jun-24",
                            "Complete",
                            "Photographs from three branches; leaflet on CSP website",
                        ),
                    ],
                ),
                (
                    "2",
                    "Pellingford Police should ensure that officers record the children present at every "
                    "domestic abuse incident.",
                    [
                        (
                            "Make the children present field mandatory in the incident record",
                            "Pellingford Police",
                            "30/06/2024",
                            "Complete",
                            "System change confirmed by IT on 14/06/2024",
                        ),
                    ],
                ),
                (
                    "3",
                    "Pellingford Borough Council should review the housing register so that victims of domestic "
                    "abuse are not penalised for refusing an offer in the perpetrator’s area.",
                    [
                        (
                            "Amend the allocations scheme after consultation",
                            "Head of Housing Needs",
                            "Apr-24",
                            "Overdue",
                            "Consultation closed in May; report to Cabinet delayed to November",
                        ),
                    ],
                ),
            ],
        ),
        (
            "DHR Florian (2022)",
            [
                (
                    "1",
                    "Pellingford Community Safety Partnership should commission a service for male victims of "
                    "domestic abuse.",
                    [
                        (
                            "Scope the need for a male victims service",
                            "CSP Manager",
                            "Dec 2023",
                            "Complete",
                            "Needs assessment agreed by CSP Board 12/12/2023",
                        ),
                        (
                            "Procure the service",
                            "CSP Manager",
                            "Oct 2024",
                            "On track",
                            "Tender published; evaluation panel booked",
                        ),
                    ],
                ),
                (
                    "2",
                    "Pellingford Integrated Care Board should ensure that GP practices ask male patients about "
                    "domestic abuse when they present with injuries.",
                    [
                        (
                            "Include male victims in the practice safeguarding leads’ forum programme",
                            "ICB Designated Nurse",
                            "30/09/2024",
                            "On track",
                            "Session booked for the October forum",
                        ),
                        (
                            "Audit records of injury presentations in two practices",
                            "ICB Designated Nurse",
                            "Mar-25",
                            "Not started",
                            "–",
                        ),
                    ],
                ),
                (
                    "3",
                    "Pellingford Recovery Service should include questions about abusive behaviour towards "
                    "partners in its assessment.",
                    [
                        (
                            "Revise the assessment template",
                            "Service Manager",
                            "Feb-24",
                            "Complete",
                            "New template in use since 1 February 2024",
                        ),
                    ],
                ),
            ],
        ),
        (
            "DHR Kerensa (2023)",
            [
                (
                    "1",
                    "Pellingford Community Safety Partnership should work with faith leaders to help "
                    "communities recognise coercive control.",
                    [
                        (
                            "Hold a faith leaders’ workshop",
                            "Community Cohesion Officer",
                            "Jul-24",
                            "Overdue",
                            "Venue booked; date moved twice at request of faith forum",
                        ),
                        (
                            "Produce translated material in the four most spoken community languages",
                            "Community Cohesion Officer",
                            "TBC",
                            "Not started",
                            "Awaiting funding decision",
                        ),
                    ],
                ),
                (
                    "2",
                    "Pellingford Borough Council Adult Social Care should ensure that carer’s assessments ask "
                    "the carer about their own safety.",
                    [
                        (
                            "Add a safety question to the carer’s assessment",
                            "Principal Social Worker",
                            "31/12/2024",
                            "On track",
                            "Draft wording agreed with the carers’ forum",
                        ),
                        (
                            "Train assessors on the new question",
                            "Principal Social Worker",
                            "Jan-25",
                            "On track",
                            "Training dates set for December and January",
                        ),
                        (
                            "Report take-up to the DHR Oversight Group",
                            "Principal Social Worker",
                            "Aug-24",
                            "Overdue",
                            "First data extract run; report not yet written",
                        ),
                    ],
                ),
                (
                    "3",
                    "The Home Office should update the statutory guidance to say how reviews involve carers "
                    "who are also victims.",
                    [
                        (
                            "Letter from the CSP Chair to the Home Office",
                            "CSP Chair",
                            "May-24",
                            "Complete",
                            "Letter sent 2 May 2024; acknowledgement received",
                        ),
                    ],
                ),
            ],
        ),
    ]
    t = make_table(doc, headers, w, size=8.5)
    row = 1
    for review, recs in reviews:
        rev_first = row
        for ref, rec, acts in recs:
            rec_first = row
            for a in acts:
                r = add_row(t, [review, ref, rec, *a], w, size=8.5)
                shade(r.cells[6], fill[a[3]])
                row += 1
            merge_down(t, 1, rec_first, row - 1, size=8.5)
            merge_down(t, 2, rec_first, row - 1, size=8.5)
        merge_down(t, 0, rev_first, row - 1, size=8.5, bold=True)
    para(doc, "")
    para(doc, "Status key", bold=True)
    box(
        doc,
        "Status words used in this tracker\n"
        "Complete – evidence seen by the Oversight Group\n"
        "On track – work under way and expected by the due date\n"
        "Overdue – past the due date and not complete\n"
        "Not started – no work yet recorded",
        fill="F2F2F2",
        width=14,
        size=9,
    )
    save(doc, stem)


def main():
    doc_fenwarden()
    doc_llanfeiriog()
    doc_stavenbury()
    doc_marrowcombe()
    doc_pellingford()


if __name__ == "__main__":
    main()
