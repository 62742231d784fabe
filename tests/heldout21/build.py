"""Build the heldout21 blind documents as Word files (python-docx).

Run once:  python tests/heldout21/build.py
Then convert each .docx with LibreOffice and extract text (see README.md).
Five documents of five families, typeset in Word's usual fonts (Calibri or Arial at 9-11 pt; LibreOffice
draws them with Carlito and Liberation Sans): a DHR overview report with a No. | Recommendation | Agency
table in its body and a landscape Home Office-template plan with a No. column left empty on an action's
second row, the recommendation repeated on every row and statuses only in the outcome column; a Domestic
Abuse Related Death Review executive summary with national and local 'Recommendation N' paragraphs, some
with (a) / (b) sub-items, and a Date | Time | Agency | Event | Significance chronology; a standalone
RAG-rated tracker with R1.1-style refs and two dated updates a cell; a Safeguarding Adults Review with
'Recommendation N:' lead-ins and bullets, learning point boxes between them and an action plan printed as
one key/value box per action; and a Child Safeguarding Practice Review executive summary with findings
each followed by a recommendation and a chronology of year-headed paragraphs with relative dates.
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
    new_doc,
    numbered,
    page_break,
    para,
)

save = docx_saver(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)

RAG_FILL = {"Red": "FF7C80", "Amber": "FFC000", "Green": "92D050", "Blue": "9DC3E6"}


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
            st.font.color.rgb = RGBColor(0x24, 0x40, 0x61)
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


def contents(doc, lines, width_cm=16.5, brk=True):
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


# ============ 1. DHR overview report, Arial 11: No. | Recommendation | Agency table, HO plan with unnumbered rows
def doc_quellbridge():
    stem = "dhr_overview_rec_table_ho_plan_unnumbered_rows_arial_quellbridge"
    doc = word_doc(
        "Arial",
        11,
        header="Safer Quellbridge Partnership – DHR Sabine – Overview Report",
        footer_left="SQP DHR 2022-04",
    )
    cover(
        doc,
        [
            ("Safer Quellbridge Partnership", 16, True),
            ("", 11, False),
            ("Domestic Homicide Review", 24, True),
            ("Overview Report", 18, False),
            ("Sabine", 20, False),
            ("", 11, False),
            ("Author: Honoria Pendleford", 12, False),
            ("Commissioning body: Safer Quellbridge Partnership", 12, False),
            ("Review ID: SQP DHR 2022-04", 12, False),
            ("Homicide date: 17 November 2022", 12, False),
            ("Version: Final for publication, May 2024", 12, False),
        ],
    )
    contents(
        doc,
        [
            ("1. Introduction", 3),
            ("2. Terms of reference", 3),
            ("3. The review panel", 3),
            ("4. Sabine and her family", 4),
            ("5. Analysis", 4),
            ("6. Conclusions", 5),
            ("7. Lessons learned", 5),
            ("8. Recommendations", 5),
            ("Appendix A: Action plan", 6),
            ("Appendix B: Glossary", 7),
        ],
    )
    heading(doc, "1. Introduction", 1)
    paras(
        doc,
        "1",
        [
            "Sabine was 63 when she died at her flat in Quellbridge on 17 November 2022. Her husband, referred to "
            "in this report as Radomir, was found guilty of her manslaughter in July 2023 and was sentenced to "
            "eleven years in prison.",
            "Sabine had worked for thirty years as a school cook and had retired shortly before her death. Her "
            "two adult children live abroad. They have read this report and asked that their mother be "
            "remembered for her humour and her garden.",
            "Safer Quellbridge Partnership decided on 9 December 2022 that the circumstances met the criteria for "
            "a Domestic Homicide Review. The panel met six times between February 2023 and March 2024.",
        ],
    )
    heading(doc, "2. Terms of reference", 1)
    para(
        doc, "The panel agreed to look at the period from 1 January 2019 to Sabine’s death, and to consider:"
    )
    bullets(
        doc,
        [
            "how each agency responded to any sign of abuse in the relationship;",
            "whether Sabine’s age and retirement made the abuse harder for others to see;",
            "the part played by money and debt in the relationship;",
            "what neighbours, friends and the wider community knew, and whether they knew where to go.",
        ],
    )
    heading(doc, "3. The review panel", 1)
    w = [6.0, 6.0, 4.5]
    t = make_table(doc, ["Name / role", "Organisation", "Report provided"], w, size=10)
    for row in [
        ("Independent chair and author", "–", "–"),
        ("Detective Chief Inspector", "Quellbridge Police", "IMR"),
        ("Designated Nurse, Adults", "NHS Quellbridge Integrated Care Board", "IMR (GP)"),
        ("Tenancy Services Manager", "Quellbridge Borough Council Housing Services", "IMR"),
        ("Service Manager", "Quellbridge Domestic Abuse Service", "Chronology"),
        ("Community Safety Officer", "Safer Quellbridge Partnership", "–"),
    ]:
        add_row(t, row, w, size=10)
    para(doc, "")
    heading(doc, "4. Sabine and her family", 1)
    paras(
        doc,
        "4",
        [
            "Sabine and Radomir had been married for 38 years. Neighbours said that they kept themselves to "
            "themselves. Sabine’s daughter described her father as controlling about money throughout her "
            "childhood, deciding what her mother could buy and checking receipts.",
            "After Sabine retired, Radomir took out loans in her name and moved her pension into a joint account "
            "that only he could use. When the couple moved to a smaller council flat in 2021, they signed a joint "
            "tenancy at a sign-up meeting Radomir attended.",
        ],
    )
    heading(doc, "5. Analysis", 1)
    heading(doc, "Police", 2)
    paras(
        doc,
        "5",
        [
            "Police were called once, by a neighbour, in the summer of 2022. Sabine had a cut to her head and "
            "first said that Radomir had pushed her. The next day she said she did not want to support a "
            "prosecution and the case was closed. The risk assessment was not looked at again.",
            "The panel believes that a supervisor should have reviewed the risk and considered whether the case "
            "could go ahead without Sabine’s evidence, using the neighbour’s account and the officers’ body-worn "
            "video.",
        ],
    )
    heading(doc, "Health", 2)
    paras(
        doc,
        "5",
        [
            "Sabine told her practice nurse in 2021 that her husband ‘had a temper’ and that she was worried "
            "about money. This was recorded in free text and not coded, so the GP and the practice safeguarding "
            "lead did not see it when Sabine later attended with bruising.",
        ],
        start=3,
    )
    heading(doc, "Housing and the domestic abuse service", 2)
    paras(
        doc,
        "5",
        [
            "The housing officer at the sign-up meeting did not speak to Sabine alone. The panel heard that "
            "there is no expectation in the tenancy procedure that joint applicants are seen separately.",
            "Sabine called the domestic abuse service once, asking about debts. The volunteer who took the call "
            "gave her the number of a debt advice charity but did not ask who had taken out the loans.",
        ],
        start=4,
    )
    heading(doc, "6. Conclusions", 1)
    paras(
        doc,
        "6",
        [
            "Economic abuse ran through Sabine’s marriage and became more severe after she retired. Each "
            "agency saw a small part of it and none put the parts together.",
            "The panel could not say that Sabine’s death was predictable, but there were chances to ask her, "
            "in private, whether she was safe.",
        ],
    )
    heading(doc, "7. Lessons learned", 1)
    bullets(
        doc,
        [
            "Older victims may describe abuse as worry about money or a partner’s temper.",
            "A victim withdrawing from a prosecution is a moment of heightened risk, not the end of it.",
            "Neighbours are often the only outsiders who see what happens, and need to know what to do.",
        ],
    )
    heading(doc, "8. Recommendations", 1)
    para(
        doc,
        "The panel’s recommendations are set out below with the agency each is made to. The action plan at "
        "Appendix A shows how they will be carried out.",
    )
    recs = [
        (
            "Safer Quellbridge Partnership should develop a domestic abuse awareness campaign aimed at the friends "
            "and neighbours of older people, explaining the signs of abuse and how to report a concern.",
            "Safer Quellbridge Partnership",
        ),
        (
            "Quellbridge Police should ensure that when a victim withdraws support for a prosecution, a supervisor "
            "reviews the risk assessment and considers an evidence-led prosecution.",
            "Quellbridge Police",
        ),
        (
            "NHS Quellbridge Integrated Care Board should ask GP practices to record disclosures of domestic abuse "
            "with an agreed clinical code and to share them with the practice safeguarding lead.",
            "NHS Quellbridge Integrated Care Board",
        ),
        (
            "Quellbridge Borough Council Housing Services should review its tenancy sign-up procedure so that each "
            "joint applicant is offered a private conversation before a joint tenancy is granted.",
            "Quellbridge Borough Council Housing Services",
        ),
        (
            "Quellbridge Domestic Abuse Service should train its helpline volunteers to recognise economic abuse "
            "and to ask who took out debts held in a caller’s name.",
            "Quellbridge Domestic Abuse Service",
        ),
        (
            "The Home Office should consider amending the statutory guidance so that reviews routinely seek "
            "information from the victim’s bank and creditors.",
            "Home Office",
        ),
    ]
    w = [1.3, 11.2, 4.0]
    t = make_table(doc, ["No.", "Recommendation", "Agency"], w, size=10)
    for i, (r, a) in enumerate(recs, 1):
        add_row(t, (str(i), r, a), w, size=10)
    para(doc, "")

    landscape_section(doc)
    para(doc, "Appendix A: Action plan", bold=True, size=14)
    para(
        doc,
        "Domestic Homicide Review action plan – Sabine (SQP DHR 2022-04). Position at 30 September 2024. "
        "Where a recommendation needs more than one action it is repeated on each row.",
        size=10,
    )
    headers = ("No.",) + HO_PLAN_HEADERS
    w = [1.0, 5.4, 1.9, 5.0, 3.0, 3.7, 2.0, 4.5]
    rows = [
        (
            "1",
            recs[0][0],
            "Local",
            "Design the campaign with the older people’s forums and the Council’s communications team.",
            "Safer Quellbridge Partnership",
            "Brief agreed; two forums consulted.",
            "31/03/2024",
            "Completed 28/03/2024. Campaign ran in libraries, pharmacies and the residents’ newsletter.",
        ),
        (
            "",
            recs[0][0],
            "Local",
            "Measure the reach of the campaign through calls to the helpline from friends and neighbours.",
            "Safer Quellbridge Partnership",
            "Baseline figures collected.",
            "September 2024",
            "In progress – helpline data for April to June received; July to September awaited.",
        ),
        (
            "2",
            recs[1][0],
            "Local",
            "Amend the withdrawal of support procedure so that a supervisor reviews the risk assessment within "
            "24 hours.",
            "Quellbridge Police",
            "Procedure drafted and agreed by the Head of Public Protection.",
            "30/06/2024",
            "Completed June 2024 – procedure published on the force intranet.",
        ),
        (
            "3",
            recs[2][0],
            "Local",
            "Issue a practice note on coding disclosures of domestic abuse.",
            "NHS Quellbridge Integrated Care Board",
            "Codes agreed with the Local Medical Committee.",
            "31/05/2024",
            "Completed 20/05/2024 – note sent to all 31 practices.",
        ),
        (
            "",
            recs[2][0],
            "Local",
            "Audit coding in five practices six months after the practice note.",
            "NHS Quellbridge Integrated Care Board",
            "",
            "January 2025",
            "Not yet started – audit booked for December 2024.",
        ),
        (
            "4",
            recs[3][0],
            "Local",
            "Review the tenancy sign-up procedure and add a private conversation with each joint applicant.",
            "Quellbridge Borough Council Housing Services",
            "Draft considered by tenancy services managers.",
            "31/08/2024",
            "Delayed – awaiting legal advice on joint applications; revised date October 2024.",
        ),
        (
            "5",
            recs[4][0],
            "Local",
            "Deliver economic abuse training to every helpline volunteer.",
            "Quellbridge Domestic Abuse Service",
            "Trainer found; two sessions booked.",
            "December 2024",
            "On track – first session held 10/09/2024, 14 volunteers attended.",
        ),
        (
            "",
            recs[4][0],
            "Local",
            "Add economic abuse questions to the volunteer induction pack.",
            "Quellbridge Domestic Abuse Service",
            "",
            "31/10/2024",
            "Completed 01/10/2024.",
        ),
        (
            "6",
            recs[5][0],
            "National",
            "Partnership Chair to write to the Home Office enclosing the report.",
            "Safer Quellbridge Partnership",
            "Letter drafted.",
            "July 2024",
            "Completed – letter sent 04/07/2024.",
        ),
    ]
    t = make_table(doc, headers, w, size=9)
    for r in rows:
        add_row(t, r, w, size=9)
    para(doc, "")
    para(doc, "Appendix B: Glossary", bold=True, size=14)
    kv_table(
        doc,
        [
            ("DASH", "Domestic Abuse, Stalking and Harassment risk checklist"),
            ("DHR", "Domestic Homicide Review"),
            ("ICB", "Integrated Care Board"),
            ("IMR", "Individual Management Review"),
            ("SQP", "Safer Quellbridge Partnership"),
        ],
        widths=(4, 14),
        size=10,
    )
    save(doc, stem)


# ============ 2. DARDR executive summary, Calibri 11: national / local recs with (a)/(b), five-column chronology
def doc_hexworth():
    stem = "dardr_exec_summary_national_local_recs_subitems_chron5_calibri_hexworth"
    doc = word_doc(
        "Calibri",
        11,
        header="Hexworth CSP | Domestic Abuse Related Death Review | Loveday | Executive Summary",
        footer_left="OFFICIAL",
    )
    cover(
        doc,
        [
            ("Hexworth Community Safety Partnership", 16, True),
            ("", 11, False),
            ("Domestic Abuse Related Death Review", 22, True),
            ("Executive Summary", 18, False),
            ("Loveday", 20, False),
            ("", 11, False),
            ("Independent Chair and Author: Leander Stowe", 12, False),
            ("Review commissioned by: Hexworth Community Safety Partnership", 12, False),
            ("DARDR reference: HCSP DARDR 2023/02", 12, False),
            ("Date Loveday died: 8 August 2023", 12, False),
            ("Published: November 2024", 12, False),
        ],
    )
    contents(
        doc,
        [
            ("1. The review process", 2),
            ("2. Summary of the case", 2),
            ("3. Chronology of key contacts", 2),
            ("4. Key findings", 3),
            ("5. Recommendations", 3),
            ("6. Glossary", 4),
        ],
        brk=False,
    )
    heading(doc, "1. The review process", 1)
    paras(
        doc,
        "1",
        [
            "This review was commissioned as a Domestic Homicide Review in September 2023. From 2024 such reviews "
            "are called Domestic Abuse Related Death Reviews, reflecting that they include deaths by suicide "
            "where abuse was present. This summary uses the new name.",
            "Loveday was 34 when she took her own life at her home in Hexworth. Her former partner, referred to "
            "as Thorvald, had been abusive to her for four years. He has not been charged with any offence "
            "connected to her death.",
            "Eight agencies provided information. Loveday’s mother and her closest friend met the chair and "
            "helped shape the terms of reference.",
        ],
    )
    heading(doc, "2. Summary of the case", 1)
    paras(
        doc,
        "2",
        [
            "Loveday and Thorvald met in 2019 and had a son the following year. Thorvald controlled her phone "
            "and her money and was physically violent on at least two occasions known to the police.",
            "After they separated in 2022 Loveday was made homeless, lost her job and had her benefits reduced. "
            "She was seen by mental health services twice in 2023. Thorvald continued to contact her in breach "
            "of a non-molestation order.",
        ],
    )
    heading(doc, "3. Chronology of key contacts", 1)
    para(doc, "The table below sets out the contacts the panel judged most significant.")
    w = [2.3, 1.5, 3.0, 6.0, 4.2]
    t = make_table(doc, ["Date", "Time", "Agency", "Event", "Significance"], w, size=9.5)
    rows = [
        (
            "14/02/2022",
            "23:15",
            "Hexworth Police",
            "Loveday called 999 saying Thorvald had pushed her down the stairs. He had left before officers "
            "arrived. A DASH assessment was graded medium risk.",
            "First police contact. Strangulation earlier that evening was not asked about.",
        ),
        (
            "03/03/2022",
            "10:30",
            "Ainsley Road Surgery",
            "Loveday saw her GP with low mood and poor sleep and was prescribed an antidepressant.",
            "No enquiry about abuse, though the police notification was on the record.",
        ),
        (
            "April 2022",
            "Not known",
            "Hexworth Domestic Abuse Service",
            "A referral from the police was received. Three calls to Loveday went unanswered and the referral "
            "was closed.",
            "Closure after three attempts; no letter or text was sent.",
        ),
        (
            "21/06/2022",
            "14:00",
            "Hexworth Council Housing Options",
            "Loveday asked for help with housing after leaving the family home with her son.",
            "Placed in temporary accommodation 12 miles from her support network.",
        ),
        (
            "09/09/2022",
            "02:40",
            "Hexworth Police",
            "Thorvald came to the temporary accommodation in breach of a non-molestation order and was arrested.",
            "Released without charge; Loveday was not told.",
        ),
        (
            "Late October 2022",
            "–",
            "Jobcentre Plus",
            "Loveday told her work coach she had missed appointments because her former partner was following "
            "her. Her Universal Credit was sanctioned.",
            "The domestic abuse easement was not considered.",
        ),
        (
            "17/01/2023",
            "11:20",
            "Hexworth and Dale Mental Health NHS Trust",
            "The crisis team assessed Loveday after an overdose. She said the abuse was the main reason for her "
            "distress.",
            "No referral to MARAC or the domestic abuse service.",
        ),
        (
            "02/05/2023",
            "16:45",
            "Hexworth and Dale Mental Health NHS Trust",
            "Loveday was discharged from the community team after missing two appointments.",
            "Discharge letter to the GP did not mention domestic abuse.",
        ),
        (
            "08/08/2023",
            "Not known",
            "Hexworth Police",
            "Loveday was found dead at home by her mother.",
            "–",
        ),
    ]
    for r in rows:
        add_row(t, r, w, size=9.5)
    para(doc, "")
    heading(doc, "4. Key findings", 1)
    bullets(
        doc,
        [
            "Loveday’s distress was treated as a mental health matter rather than as a response to abuse.",
            "Decisions about housing and benefits added to the pressure on her and were made without knowledge "
            "of the risk she faced.",
            "Thorvald’s breaches of the order were not seen as escalating risk.",
            "No agency asked Loveday about suicidal thoughts linked to the abuse.",
        ],
    )
    heading(doc, "5. Recommendations", 1)
    para(
        doc,
        "The panel makes two recommendations to government departments and four to local agencies. Where a "
        "recommendation has parts, each part is to be tracked separately in the action plan.",
    )
    heading(doc, "National recommendations", 2)

    def rec(n, lead, items=None):
        para(doc, f"Recommendation {n}", bold=True)
        para(doc, lead)
        for letter, text in items or []:
            p = para(doc, f"({letter})\t{text}")
            p.paragraph_format.left_indent = Pt(28)
            p.paragraph_format.first_line_indent = Pt(-28)

    rec(
        1,
        "The Home Office should:",
        [
            (
                "a",
                "publish guidance on reviewing deaths by suicide where domestic abuse was present, including "
                "how to involve the family; and",
            ),
            (
                "b",
                "ensure that the national repository of reviews records whether a death was a suicide, so that "
                "learning from these deaths can be collected.",
            ),
        ],
    )
    rec(
        2,
        "The Department for Work and Pensions should remind work coaches that the domestic abuse easement "
        "can be applied when a claimant misses appointments because of abuse, and check that it is used.",
    )
    heading(doc, "Local recommendations", 2)
    rec(
        3,
        "Hexworth Community Safety Partnership should ensure that its domestic abuse strategy includes "
        "suicide prevention and is linked to the local suicide prevention plan.",
    )
    rec(
        4,
        "Hexworth and Dale Mental Health NHS Trust should:",
        [
            (
                "a",
                "ask every patient assessed after self-harm whether they are experiencing abuse, and refer to "
                "MARAC where the risk is high; and",
            ),
            ("b", "include any known domestic abuse in discharge letters to GPs."),
        ],
    )
    rec(
        5,
        "Hexworth Police should:",
        [
            ("a", "tell victims when a suspect arrested for breaching an order is released; and"),
            (
                "b",
                "treat repeated breaches of a non-molestation order as a trigger for a fresh risk assessment.",
            ),
        ],
    )
    rec(
        6,
        "Hexworth Community Safety Partnership should ask the domestic abuse service to write to or text a "
        "victim before closing a referral when calls are not answered.",
    )
    heading(doc, "6. Glossary", 1)
    kv_table(
        doc,
        [
            ("DARDR", "Domestic Abuse Related Death Review"),
            ("DASH", "Domestic Abuse, Stalking and Harassment risk checklist"),
            ("MARAC", "Multi-Agency Risk Assessment Conference"),
            ("UC", "Universal Credit"),
        ],
        widths=(4, 12.5),
        size=10,
    )
    save(doc, stem)


# ============ 3. Standalone RAG tracker, Calibri 9, landscape: Ref R1.1, two dated updates a cell
def doc_carrowdene():
    stem = "rag_tracker_r_refs_two_dated_updates_calibri_carrowdene"
    doc = word_doc(
        "Calibri",
        9,
        header="Carrowdene Community Safety Partnership – DHR action tracker",
        footer_left="Carrowdene CSP – OFFICIAL",
        landscape=True,
    )
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(1.5)
    sec.top_margin = sec.bottom_margin = Cm(1.5)
    para(doc, "Carrowdene Community Safety Partnership", bold=True, size=14)
    para(doc, "Domestic Homicide Review: Jessamy (CCSP DHR 2021/05) – Action Tracker", bold=True, size=12)
    para(doc, "Reported to the DHR Oversight Group, 26 November 2024. Tracker owner: CSP Business Manager.")
    para(
        doc,
        "RAG key: Blue – complete; Green – on track; Amber – delayed, recovery agreed; Red – not started or "
        "off track. Updates are shown oldest first.",
    )
    headers = ["Ref", "Recommendation", "Action", "Owner", "Deadline", "RAG", "Update (November 2024)"]
    w = [1.2, 5.0, 5.2, 3.0, 2.0, 1.4, 8.8]
    groups = [
        (
            "Rec 1\nCarrowdene Community Safety Partnership should publish a single directory of domestic "
            "abuse services that practitioners and the public can use.",
            [
                (
                    "R1.1",
                    "Compile the directory with all commissioned services.",
                    "CSP Business Manager",
                    "31/03/2024",
                    "Blue",
                    "May 2024: Draft shared with providers for checking.\nSeptember 2024: Directory published on "
                    "the CSP website and printed for GP surgeries.",
                ),
                (
                    "R1.2",
                    "Review the directory every six months.",
                    "CSP Business Manager",
                    "Ongoing",
                    "Green",
                    "June 2024: Review dates set in the CSP forward plan.\nNovember 2024: First review due in "
                    "March 2025.",
                ),
            ],
        ),
        (
            "Rec 2\nCarrowdene Police should make sure that officers complete a DASH risk assessment at every "
            "domestic incident, including where the victim declines to answer.",
            [
                (
                    "R2.1",
                    "Remind officers through the daily briefing and the force newsletter.",
                    "DCI Public Protection",
                    "Jan 2024",
                    "Blue",
                    "January 2024: Briefing delivered to all shifts.\nApril 2024: Newsletter article published.",
                ),
                (
                    "R2.2",
                    "Dip-sample 30 incidents a quarter for DASH completion.",
                    "DCI Public Protection",
                    "30/09/2024",
                    "Amber",
                    "July 2024: First sample showed 24 of 30 complete.\nOctober 2024: Second sample delayed by "
                    "staff absence; now due December 2024.",
                ),
            ],
        ),
        (
            "Rec 3\nCarrowdene Borough Council Housing should offer a sanctuary scheme assessment to every "
            "victim assessed as high risk who wishes to stay in their home.",
            [
                (
                    "R3.1",
                    "Agree a referral route from MARAC to the sanctuary scheme.",
                    "Head of Housing Needs",
                    "30/06/2024",
                    "Blue",
                    "April 2024: Route agreed with the MARAC chair.\nJune 2024: Route in use; 9 referrals in the "
                    "first month.",
                ),
                (
                    "R3.2",
                    "Increase the sanctuary scheme budget for 2025/26.",
                    "Head of Housing Needs",
                    "March 2025",
                    "Red",
                    "August 2024: Bid not yet submitted.\nNovember 2024: Awaiting the Council’s budget round.",
                ),
            ],
        ),
        (
            "Rec 4\nNHS Carrowdene Integrated Care Board should ensure that GP practices ask about domestic abuse "
            "when a patient presents with anxiety or depression.",
            [
                (
                    "R4.1",
                    "Add a routine enquiry prompt to the mental health consultation template.",
                    "ICB Safeguarding Team",
                    "31/07/2024",
                    "Green",
                    "June 2024: Template change requested from the supplier.\nOctober 2024: Change tested in two "
                    "practices; roll-out in December.",
                ),
                (
                    "R4.2",
                    "Deliver routine enquiry training at the GP safeguarding leads forum.",
                    "ICB Safeguarding Team",
                    "30/04/2024",
                    "Blue",
                    "March 2024: Session planned.\nApril 2024: Training delivered to 27 practice leads.",
                ),
                (
                    "R4.3",
                    "Audit 50 records of patients with anxiety or depression for evidence of enquiry.",
                    "ICB Safeguarding Team",
                    "31/03/2025",
                    "Red",
                    "July 2024: Not started; depends on R4.1.\nNovember 2024: Audit to begin once the template "
                    "is live.",
                ),
            ],
        ),
        (
            "Rec 5\nCarrowdene Domestic Abuse Partnership Service should follow up every victim who does not "
            "respond to first contact with a letter and a further call within five working days.",
            [
                (
                    "R5.1",
                    "Change the contact procedure and the case system’s task prompts.",
                    "Service Manager",
                    "31/05/2024",
                    "Blue",
                    "March 2024: Procedure rewritten.\nMay 2024: System prompts live.",
                ),
                (
                    "R5.2",
                    "Check compliance through monthly case file audits.",
                    "Service Manager",
                    "Dec 2024",
                    "Green",
                    "August 2024: Audits 1-3 complete, 88% compliance.\nNovember 2024: Audits 4-6 complete, 93% "
                    "compliance.",
                ),
            ],
        ),
        (
            "Rec 6\nThe Home Office should consider adding economic abuse questions to the national DASH risk "
            "checklist.",
            [
                (
                    "R6.1",
                    "CSP Chair to write to the Home Office with the published report.",
                    "CSP Chair",
                    "31/01/2024",
                    "Blue",
                    "January 2024: Letter sent.\nJune 2024: Acknowledgement received; no decision given.",
                ),
            ],
        ),
        (
            "Rec 7\nCarrowdene Community Safety Partnership should commission multi-agency training on coercive "
            "control for frontline staff in all partner agencies.",
            [
                (
                    "R7.1",
                    "Commission a training provider for a two-year programme.",
                    "CSP Business Manager",
                    "30/04/2024",
                    "Blue",
                    "February 2024: Tender issued.\nApril 2024: Contract awarded; first courses advertised.",
                ),
                (
                    "R7.2",
                    "Deliver eight half-day courses and report attendance by agency.",
                    "CSP Business Manager",
                    "March 2025",
                    "Green",
                    "July 2024: Three courses delivered, 61 attendees.\nOctober 2024: Five courses delivered, 104 "
                    "attendees; police and housing under-represented.",
                ),
                (
                    "R7.3",
                    "Evaluate the programme’s effect on referrals to the domestic abuse service.",
                    "CSP Business Manager",
                    "30/06/2025",
                    "Red",
                    "August 2024: Evaluation method not yet agreed.\nNovember 2024: To be agreed at the January "
                    "Oversight Group.",
                ),
            ],
        ),
    ]
    para(doc, "Summary of progress", bold=True, size=11)
    sw = [3.0, 2.2, 2.2, 2.2, 2.2, 2.2]
    st = make_table(doc, ["", "Blue", "Green", "Amber", "Red", "Total"], sw, size=9, repeat=False)
    add_row(st, ("Actions", "7", "4", "1", "3", "15"), sw, size=9)
    add_row(st, ("Previous report (August 2024)", "5", "5", "2", "3", "15"), sw, size=9)
    para(doc, "")
    t = make_table(doc, headers, w, size=9)
    row = 1
    for rec_text, actions in groups:
        first = row
        for ref, action, owner, due, rag, update in actions:
            add_row(t, (ref, rec_text, action, owner, due, rag, update), w, size=9, fills={5: RAG_FILL[rag]})
            row += 1
        merge_down(t, 1, first, row - 1, size=9)
        cell = t.cell(first, 1)
        cell.paragraphs[0].runs[0].bold = True
    para(doc, "")
    para(
        doc,
        "Abbreviations: DASH – Domestic Abuse, Stalking and Harassment risk checklist; ICB – Integrated Care "
        "Board; MARAC – Multi-Agency Risk Assessment Conference. Next update due: February 2025.",
    )
    page_break(doc)
    para(doc, "About this tracker", bold=True, size=11)
    for text in (
        "Jessamy died in Carrowdene in March 2021. The review was published in October 2023 with seven "
        "recommendations, six for local agencies and one for the Home Office. Each owner reports progress to "
        "the CSP Business Manager in the month before an Oversight Group meeting.",
        "An action is rated Blue only when the owner has sent evidence that it is complete. Where an action "
        "depends on another, the later one stays Red until the first is finished. The Oversight Group may "
        "close a recommendation when all of its actions are Blue and it has seen evidence of impact.",
        "Owners should not change the wording of a recommendation or an action. Requests to change a deadline "
        "go to the Oversight Group with a reason.",
    ):
        para(doc, text)
    para(doc, "Version control", bold=True, size=11)
    vw = [2.0, 3.0, 12.0, 5.0]
    vt = make_table(doc, ["Version", "Date", "Changes", "Updated by"], vw, size=9, repeat=False)
    for r in (
        ("0.1", "02/11/2023", "Tracker created from the published action plan.", "CSP Business Manager"),
        ("0.2", "20/02/2024", "First updates from owners.", "CSP Business Manager"),
        ("0.3", "21/05/2024", "Second updates; R1.1 and R5.1 rated Blue.", "CSP Business Manager"),
        ("0.4", "27/08/2024", "Third updates; R2.2 deadline extended.", "CSP Business Manager"),
        ("0.5", "19/11/2024", "Fourth updates for the November Oversight Group.", "CSP Business Manager"),
    ):
        add_row(vt, r, vw, size=9)
    save(doc, stem)


# ============ 4. SAR, Calibri 11: 'Recommendation N:' lead-in + bullets, learning point boxes, key/value action boxes
def doc_wrexhollow():
    stem = "sar_rec_bullets_learning_point_boxes_kv_action_boxes_calibri_wrexhollow"
    doc = word_doc(
        "Calibri",
        11,
        header="Wrexhollow Safeguarding Adults Board – SAR Osric – Final Report",
        footer_left="WSAB/SAR/23-01",
    )
    cover(
        doc,
        [
            ("Wrexhollow Safeguarding Adults Board", 16, True),
            ("", 11, False),
            ("Safeguarding Adults Review", 24, True),
            ("Osric", 20, False),
            ("", 11, False),
            ("Written by: Griselda Oakenshaw, independent reviewer", 12, False),
            ("On behalf of: Wrexhollow Safeguarding Adults Board", 12, False),
            ("SAR ref: WSAB/SAR/23-01", 12, False),
            ("Died: 2 March 2023", 12, False),
            ("Board approval: 12 June 2024", 12, False),
        ],
    )
    contents(
        doc,
        [
            ("1. Introduction", 2),
            ("2. About Osric", 2),
            ("3. How the review was carried out", 2),
            ("4. Findings, recommendations and learning", 2),
            ("5. Action plan", 3),
            ("6. Glossary", 5),
        ],
        brk=False,
    )
    heading(doc, "1. Introduction", 1)
    paras(
        doc,
        "1",
        [
            "Osric was 72 when he died in hospital from pneumonia and a pressure ulcer that had become infected. "
            "He had been living at Hollisbrook House, a residential home, for eleven months, after a stay in "
            "hospital following a fall.",
            "The Board agreed that the criteria for a review under section 44 of the Care Act 2014 were met "
            "because there was reasonable cause for concern about how agencies had worked together and Osric "
            "had died after suspected neglect.",
        ],
    )
    heading(doc, "2. About Osric", 1)
    paras(
        doc,
        "2",
        [
            "Osric was a retired engineer who loved brass band music. He had Parkinson’s disease and mild "
            "dementia. His nephew visited weekly and described him as proud and private.",
            "Osric was funded by the Council and his placement was reviewed once, by telephone, six weeks after "
            "he moved in.",
        ],
    )
    heading(doc, "3. How the review was carried out", 1)
    paras(
        doc,
        "3",
        [
            "The reviewer read chronologies from six agencies, held a learning event with 19 practitioners and "
            "met Osric’s nephew twice. Hollisbrook House’s owners took part fully.",
        ],
    )
    heading(doc, "4. Findings, recommendations and learning", 1)

    def rec(n, lead, items, lp_title, lp_text):
        para(doc, f"Recommendation {n}:", bold=True)
        para(doc, lead)
        bullets(doc, items)
        box(doc, f"Learning point – {lp_title}\n{lp_text}", fill="FBE4D5", width=16.5, size=10)

    para(
        doc,
        "The review found that Osric’s skin deteriorated over about ten weeks while staff, district nurses and "
        "his GP each assumed that someone else was leading his care.",
    )
    rec(
        1,
        "Wrexhollow Safeguarding Adults Board should seek assurance from the district nursing service and care "
        "home providers that:",
        [
            "a named nurse leads the care of every resident with a pressure ulcer of category 3 or above;",
            "wound photographs and measurements are recorded at each visit;",
            "care home staff know when and how to escalate a deteriorating wound.",
        ],
        "Who is leading?",
        "When several services are involved, ask out loud who is leading and write the answer down.",
    )
    rec(
        2,
        "Wrexhollow Borough Council Adult Social Care should change its placement review arrangements so that:",
        [
            "the first review of a new care home placement is held face to face;",
            "the resident’s family is invited to take part;",
            "the reviewer reads the home’s care records before the review.",
        ],
        "Reviews are a safeguard",
        "A telephone review cannot see a person’s skin, weight or mood.",
    )
    rec(
        3,
        "Wrexhollow Safeguarding Adults Board should update its multi-agency guidance on pressure ulcers and "
        "safeguarding to:",
        [
            "make clear when a pressure ulcer should be raised as a safeguarding concern;",
            "include a short decision guide for care home staff.",
        ],
        "Neglect can be quiet",
        "Deterioration that happens slowly can be missed by everyone who sees the person every day.",
    )
    rec(
        4,
        "NHS Wrexhollow Integrated Care Board should ask GP practices that look after care homes to:",
        [
            "hold a monthly review of residents with wounds or weight loss;",
            "record a named GP for each home.",
        ],
        "The family knew",
        "Osric’s nephew raised the smell from his room twice. Families notice change; ask them.",
    )
    rec(
        5,
        "Wrexhollow Safeguarding Adults Board should ensure that learning from this review reaches care home "
        "staff by:",
        [
            "producing a seven-minute briefing;",
            "holding learning events for care home managers.",
        ],
        "Learning has to travel",
        "Care home staff rarely attend multi-agency training; take the learning to them.",
    )
    heading(doc, "5. Action plan", 1)
    para(doc, "Each action is shown in its own box. Progress is as reported to the Board in October 2024.")
    actions = [
        (
            "1",
            "Agree a named-nurse standard for residents with category 3 or 4 pressure ulcers.",
            "Wrexhollow Community Health NHS Trust",
            "31/03/2024",
            "Complete – standard agreed and in use from March 2024.",
        ),
        (
            "1",
            "Audit wound records for 20 care home residents.",
            "Wrexhollow Community Health NHS Trust",
            "September 2024",
            "In progress – 12 records audited; report to the Quality sub-group in December.",
        ),
        (
            "2",
            "Change the placement review procedure so that the first review is face to face with the family "
            "invited.",
            "Wrexhollow Borough Council Adult Social Care",
            "30/06/2024",
            "Complete – procedure changed; 41 first reviews held in person since July.",
        ),
        (
            "3",
            "Revise the pressure ulcer and safeguarding guidance and add a decision guide.",
            "WSAB Policy and Procedures Sub-group",
            "31/12/2024",
            "In progress – draft out for consultation until 15 November 2024.",
        ),
        (
            "4",
            "Write to practices covering care homes about monthly reviews and a named GP.",
            "NHS Wrexhollow Integrated Care Board",
            "31/05/2024",
            "Complete – letter sent 14/05/2024.",
        ),
        (
            "4",
            "Check that each care home has a named GP recorded.",
            "NHS Wrexhollow Integrated Care Board",
            "January 2025",
            "Not started",
        ),
        (
            "5",
            "Produce and publish a seven-minute briefing on the review.",
            "WSAB Business Unit",
            "31/07/2024",
            "Complete – published on the Board website in July 2024.",
        ),
        (
            "5",
            "Hold two learning events for care home managers.",
            "WSAB Business Unit",
            "March 2025",
            "Not started – venues being sought.",
        ),
    ]
    for rec_no, action, lead, when, progress in actions:
        kv_table(
            doc,
            [
                ("Recommendation", rec_no),
                ("Action", action),
                ("Lead", lead),
                ("By when", when),
                ("Progress", progress),
            ],
            widths=(3.5, 13),
            size=10,
        )
    heading(doc, "6. Glossary", 1)
    kv_table(
        doc,
        [
            ("ICB", "Integrated Care Board"),
            ("SAR", "Safeguarding Adults Review"),
            ("WSAB", "Wrexhollow Safeguarding Adults Board"),
        ],
        widths=(4, 12.5),
        size=10,
    )
    save(doc, stem)


# ============ 5. CSPR executive summary, Arial 10.5: findings each followed by a recommendation, year-headed chronology
def doc_ashwardine():
    stem = "cspr_exec_summary_findings_recs_year_headed_chron_arial_ashwardine"
    doc = word_doc(
        "Arial",
        10.5,
        header="Ashwardine Safeguarding Children Partnership\nCSPR Child Aurelio – Executive Summary",
        footer_left="ASCP – Published",
    )
    cover(
        doc,
        [
            ("Ashwardine Safeguarding Children Partnership", 16, True),
            ("", 11, False),
            ("Child Safeguarding Practice Review", 22, True),
            ("Executive Summary", 18, False),
            ("Child Aurelio", 18, False),
            ("", 11, False),
            ("Independent reviewer: Naseem Hartwell", 12, False),
            ("Commissioned by: Ashwardine Safeguarding Children Partnership", 12, False),
            ("Review number: ASCP CSPR 2022-05", 12, False),
            ("Date of death of child: 19 September 2022", 12, False),
        ],
    )
    contents(
        doc,
        [
            ("1. Introduction", 2),
            ("2. Aurelio and his family", 2),
            ("3. Chronology", 2),
            ("4. Findings and recommendations", 3),
            ("5. Glossary", 3),
        ],
        brk=False,
    )
    heading(doc, "1. Introduction", 1)
    paras(
        doc,
        "1",
        [
            "Aurelio died in September 2022, aged three, from a head injury. His mother’s partner, referred to as "
            "Emrys, was convicted of his murder in 2023. Aurelio’s mother was convicted of causing or allowing "
            "his death.",
            "The Partnership notified the national Child Safeguarding Practice Review Panel and, after a rapid "
            "review, decided to carry out a local review.",
        ],
    )
    heading(doc, "2. Aurelio and his family", 1)
    paras(
        doc,
        "2",
        [
            "Aurelio lived with his mother and, from 2019, with Emrys. Nursery staff described him as a lively, "
            "affectionate boy who loved dinosaurs. His father did not live with the family and had little "
            "contact.",
        ],
    )
    heading(doc, "3. Chronology", 1)
    para(doc, "This section summarises the key events. Dates are given as precisely as the records allow.")
    years = [
        (
            "2019",
            [
                "On 4 March 2019 Aurelio was born at Ashwardine General Hospital. His mother was 19 and had "
                "been a looked-after child.",
                "Six weeks later the health visitor completed the new birth review at home and noted that the "
                "flat was cold and sparsely furnished.",
                "In the autumn of 2019 Emrys moved into the flat. Agencies did not know about him until the "
                "following year.",
            ],
        ),
        (
            "2020",
            [
                "In January the family were evicted for rent arrears and moved into a privately rented house on "
                "the edge of the town.",
                "On 12 August 2020 Aurelio was taken to the Emergency Department with a burn to his hand. His "
                "mother said he had touched an iron.",
                "Two days later the hospital’s safeguarding team sent a notification to children’s social care, "
                "which was recorded as information only.",
            ],
        ),
        (
            "2021",
            [
                "In the spring of 2021 Aurelio started at Merriden Nursery on a funded place for two-year-olds.",
                "On 7 July 2021 nursery staff saw bruising to Aurelio’s ear and made a referral to children’s "
                "social care.",
                "Three weeks later a strategy discussion was held. A child protection medical was not arranged "
                "and the case was assessed under child in need.",
                "In November the case was stepped down to early help after the family said they were managing.",
            ],
        ),
        (
            "2022",
            [
                "Between January and April 2022 Aurelio attended fewer than half of his nursery sessions. The "
                "nursery sent letters but did not tell the early help worker.",
                "On 19 September 2022 Aurelio was taken to hospital by ambulance with a head injury and died "
                "later that day.",
            ],
        ),
    ]
    for year, items in years:
        heading(doc, year, 2)
        for s in items:
            para(doc, s)
    heading(doc, "4. Findings and recommendations", 1)
    findings = [
        (
            "Finding 1: Men in the household were not identified",
            "Emrys lived with Aurelio for nearly a year before any agency knew of him. Practitioners asked the "
            "mother who lived at home but did not check.",
            "The Partnership should ensure that partner agencies ask about, record and check every adult living "
            "in or visiting a child’s home, and should test this through a multi-agency audit.",
        ),
        (
            "Finding 2: Injuries to a non-mobile or young child were not treated with enough curiosity",
            "The burn in 2020 and the bruising in 2021 were each accepted on the mother’s explanation.",
            "The Partnership should relaunch its protocol for injuries to young children and make sure it is "
            "used by hospital and nursery staff.",
        ),
        (
            "Finding 3: Strategy discussions did not lead to medicals",
            "Where a child protection medical would have helped, the strategy discussion did not arrange one.",
            "The Partnership should ask the designated doctor to review how strategy discussions decide on child "
            "protection medicals and report back within six months.",
        ),
        (
            "Finding 4: Step-down happened too soon",
            "The case was stepped down while concerns about injuries were unresolved.",
            "The Partnership should require a manager to confirm, before any case is stepped down to early "
            "help, that injuries and concerns have been explained.",
        ),
        (
            "Finding 5: Nursery attendance was not shared",
            "Poor attendance at nursery was a warning sign that only the nursery knew about.",
            "The Partnership should agree with early years providers how falling attendance is shared with the "
            "lead practitioner.",
        ),
    ]
    for i, (title, text, rec) in enumerate(findings, 1):
        para(doc, title, bold=True)
        para(doc, text)
        para(doc, f"Recommendation {i}", bold=True, italic=True)
        para(doc, rec)
    heading(doc, "5. Glossary", 1)
    kv_table(
        doc,
        [
            ("ASCP", "Ashwardine Safeguarding Children Partnership"),
            ("CSPR", "Child Safeguarding Practice Review"),
            ("ED", "Emergency Department"),
        ],
        widths=(4, 12.5),
        size=10,
    )
    save(doc, stem)


def main():
    doc_quellbridge()
    doc_hexworth()
    doc_carrowdene()
    doc_wrexhollow()
    doc_ashwardine()


if __name__ == "__main__":
    main()
