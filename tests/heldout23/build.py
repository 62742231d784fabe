"""Build the heldout23 blind documents as Word files (python-docx).

Run once:  python tests/heldout23/build.py
Then convert each .docx with LibreOffice and extract text (see README.md).
Five documents of five families, typeset in Calibri, Arial and Times New Roman at 9-11 pt: a DHR overview
report whose recommendations are a numbered "The <agency> should ..." list inside a shaded box, with an
appended plan Recommendation | Key actions | Responsible officer | Completion date | Progress update | RAG;
a Community Safety Partnership's published DHR action plan as one landscape table over three pages with
no repeated header; a police force's single-agency DHR plan in which recommendation rows ("1") and
lettered action rows ("1a", "1b") share one table; a Safeguarding Adults Review with recommendations
"Recommendation One" .. "Five" addressed to the Board and a plan Action | Measure of success | Lead | By
when; and a DHR executive summary with a Date | Agency | Contact | Comment chronology (dates "02.03.21")
and a numbered recommendation list whose leads are printed in brackets.
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
    add_field,
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
    doc.styles["Normal"].paragraph_format.space_after = Pt(6)
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


def contents(doc, lines, width_cm=16.0):
    para(doc, "Contents", bold=True, size=14)
    for text, page in lines:
        dotted_line(doc, text, page, width_cm=width_cm)
    page_break(doc)


def bullets(doc, items):
    for s in items:
        para(doc, s, style="List Bullet")


def hanging(doc, label, text, indent=0.8, bold_label=False):
    """'label<tab>text' with a hanging indent (a typed list, not Word's automatic numbering)."""
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(indent)
    p.paragraph_format.first_line_indent = Cm(-indent)
    r = p.add_run(f"{label}\t")
    r.bold = bold_label
    p.add_run(text)
    return p


def numbered_box(doc, title, items, fill, width, size):
    """A one-cell shaded table: a bold title line, then 'N.<tab>text' lines with a hanging indent."""
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    c = t.cell(0, 0)
    set_text(c, title, bold=True, size=size)
    for i, text in enumerate(items, 1):
        p = c.add_paragraph()
        p.paragraph_format.left_indent = Cm(0.8)
        p.paragraph_format.first_line_indent = Cm(-0.8)
        p.paragraph_format.space_before = Pt(4)
        p.add_run(f"{i}.\t{text}").font.size = Pt(size)
    shade(c, fill)
    set_widths(t, [width])
    doc.add_paragraph()
    return t


RAG_FILL = {"Green": "C6EFCE", "Amber": "FFEB9C", "Red": "FFC7CE"}


# ============ 1. DHR overview report, Calibri 11: boxed "The X should" recommendations, key-actions RAG plan
def doc_brannockside():
    stem = "dhr_overview_boxed_should_recs_key_actions_rag_plan_calibri_brannockside"
    doc = word_doc(
        "Calibri",
        11,
        header="Safer Brannockside Partnership – DHR Leopold – Overview Report – OFFICIAL",
        footer_left="Safer Brannockside Partnership",
    )
    cover(
        doc,
        [
            ("Safer Brannockside Partnership", 16, True),
            ("", 11, False),
            ("DOMESTIC HOMICIDE REVIEW", 24, True),
            ("Overview Report", 18, False),
            ("", 11, False),
            ("The death of ‘Leopold’", 18, True),
            ("in October 2022", 14, False),
            ("", 11, False),
            ("Independent Chair and Author: Benedikt Orrell", 11, False),
            ("DHR reference: SBP-DHR-07", 11, False),
            ("Final version: 14 August 2024", 11, False),
        ],
    )
    contents(
        doc,
        [
            ("1. Introduction", 3),
            ("2. The review process", 3),
            ("3. Background", 3),
            ("4. Key events", 4),
            ("5. Analysis", 4),
            ("6. Lessons learned", 5),
            ("7. Recommendations", 5),
            ("Appendix 1: Action plan", 6),
        ],
    )
    heading(doc, "1. Introduction", 1)
    numbered(
        doc,
        "1.1",
        "This report examines the contact local agencies had with Leopold, a man aged 64, before he was "
        "killed by his adult son, known here as Crispin, at the home they shared in Brannockside on 9 October "
        "2022. Leopold was Crispin’s main carer. Crispin was convicted of manslaughter on the grounds of "
        "diminished responsibility in June 2023 and made subject to a hospital order.",
    )
    numbered(
        doc,
        "1.2",
        "The review panel offers its condolences to Leopold’s daughter and to his friends at the allotment "
        "society, who described him as patient, proud and reluctant to ask anyone for help.",
    )
    heading(doc, "2. The review process", 1)
    numbered(
        doc,
        "2.1",
        "Safer Brannockside Partnership decided on 2 December 2022 that the death met the criteria for a "
        "Domestic Homicide Review, which includes the killing of a parent by an adult child living in the "
        "same household. The panel met six times between March 2023 and May 2024.",
    )
    numbered(
        doc,
        "2.2",
        "Eight agencies provided chronologies and five wrote Individual Management Reviews. The chair spoke "
        "to Leopold’s daughter and to two members of the allotment society.",
    )
    heading(doc, "3. Background", 1)
    numbered(
        doc,
        "3.1",
        "Crispin, then 33, had a diagnosis of paranoid schizophrenia and had been under the care of the "
        "Brannockside Community Mental Health Team since 2014. He had stopped taking his depot medication in "
        "the spring of 2022. Leopold had told several professionals that he was frightened of his son.",
    )
    heading(doc, "4. Key events", 1)
    para(
        doc,
        "The following summary is drawn from the combined chronology. It is not a complete list of contacts.",
    )
    for text in [
        "In April 2022 Crispin missed two depot appointments. The care coordinator wrote to him and left a "
        "telephone message for Leopold.",
        "On 23 May 2022 Leopold told his GP that Crispin had pushed him against a wall and had taken his bank "
        "card. The GP advised him to call the police if it happened again.",
        "On 11 July 2022 police attended after a neighbour reported shouting. Leopold said there was no "
        "problem, and the officers did not complete a risk assessment because the incident was recorded as a "
        "concern for Crispin’s mental health rather than as domestic abuse.",
        "In August 2022 an adult social care assessment of Leopold as a carer was closed after he did not "
        "answer two calls.",
        "On 9 October 2022 Leopold was found dead at home.",
    ]:
        para(doc, text)
    heading(doc, "5. Analysis", 1)
    numbered(
        doc,
        "5.1",
        "Agencies saw Leopold as a carer and Crispin as a patient. Neither was seen within a domestic abuse "
        "frame, although the abuse of parents by adult children is included in the statutory definition.",
    )
    numbered(
        doc,
        "5.2",
        "The mental health team’s plan for disengagement relied on Leopold persuading his son to attend. No "
        "one asked what that cost Leopold, or whether it was safe for him to do so.",
    )
    numbered(
        doc,
        "5.3",
        "The carer’s assessment was closed under a procedure designed for people who choose not to engage. "
        "The panel heard that carers of people with serious mental illness often do not answer because the "
        "person they care for is present.",
    )
    heading(doc, "6. Lessons learned", 1)
    bullets(
        doc,
        [
            "Abuse of an older parent by an adult son or daughter can be hidden behind the caring relationship.",
            "Withdrawal from treatment is a point of rising risk for the people closest to the patient.",
            "A carer who does not answer the phone may not be free to answer it.",
        ],
    )
    heading(doc, "7. Recommendations", 1)
    numbered(
        doc,
        "7.1",
        "The panel agreed the following recommendations. Each agency has accepted the recommendation made to "
        "it and an action plan is at Appendix 1.",
    )
    numbered_box(
        doc,
        "Recommendations of the review panel",
        [
            "The Brannockside Community Mental Health Team should include the safety of family carers in every "
            "plan made when a patient disengages from treatment.",
            "The Safer Brannockside Partnership should raise awareness among professionals of adult family "
            "violence, including the abuse of parents by adult children.",
            "The Brannockside Constabulary should ensure that incidents involving mental ill health between "
            "family members are recorded and risk assessed as domestic abuse.",
            "The Brannockside Council Adult Social Care service should not close a carer’s assessment for "
            "non-response without a visit where the cared-for person has a history of violence.",
            "The Department of Health and Social Care should consider adding the risk to family carers to "
            "national guidance on community treatment of people with psychosis.",
        ],
        fill="E2EFDA",
        width=16.5,
        size=11,
    )
    landscape_section(doc)
    para(doc, "Appendix 1: Action plan", bold=True, size=13)
    para(doc, "RAG: Green – action complete; Amber – in progress; Red – not started or off track.", size=9)
    headers = [
        "Recommendation",
        "Key actions",
        "Responsible officer",
        "Completion date",
        "Progress update",
        "RAG",
    ]
    w = [6.0, 5.6, 3.4, 2.6, 6.0, 1.6]
    t = make_table(doc, headers, w, size=9)
    groups = [
        (
            "1. The Brannockside Community Mental Health Team should include the safety of family carers in "
            "every plan made when a patient disengages from treatment.",
            [
                (
                    "Add a carer safety section to the disengagement plan template",
                    "Team Manager, CMHT",
                    "30/11/2023",
                    "Template in use since November 2023.",
                    "Green",
                ),
                (
                    "Audit twenty disengagement plans for the new section",
                    "Clinical Audit Lead",
                    "Sept 2024",
                    "Audit started; twelve plans checked so far.",
                    "Amber",
                ),
            ],
        ),
        (
            "2. The Safer Brannockside Partnership should raise awareness among professionals of adult "
            "family violence, including the abuse of parents by adult children.",
            [
                (
                    "Run a multi-agency learning event on adult family violence",
                    "DA Strategic Lead",
                    "31/01/2024",
                    "Event held 18 January 2024, 94 attendees.",
                    "Green",
                ),
                (
                    "Publish a seven-minute briefing on this review",
                    "DA Strategic Lead",
                    "March 2024",
                    "Briefing drafted; awaiting Home Office approval of the report.",
                    "Amber",
                ),
            ],
        ),
        (
            "3. The Brannockside Constabulary should ensure that incidents involving mental ill health between "
            "family members are recorded and risk assessed as domestic abuse.",
            [
                (
                    "Issue a practice note to response officers",
                    "Detective Chief Inspector, Safeguarding",
                    "31/12/2023",
                    "Practice note issued December 2023.",
                    "Green",
                ),
            ],
        ),
        (
            "4. The Brannockside Council Adult Social Care service should not close a carer’s assessment for "
            "non-response without a visit where the cared-for person has a history of violence.",
            [
                (
                    "Amend the carers’ assessment closure procedure",
                    "Principal Social Worker",
                    "June 2024",
                    "No progress; procedure review postponed.",
                    "Red",
                ),
            ],
        ),
        (
            "5. The Department of Health and Social Care should consider adding the risk to family carers to "
            "national guidance on community treatment of people with psychosis.",
            [
                (
                    "Partnership Chair to write to the Department",
                    "Partnership Chair",
                    "28/02/2024",
                    "Letter sent 20 February 2024; reply awaited.",
                    "Green",
                ),
            ],
        ),
    ]
    row = 1
    for rec, acts in groups:
        first = row
        for a in acts:
            r = add_row(t, [rec, *a], w, size=9)
            shade(r.cells[5], RAG_FILL[a[4]])
            row += 1
        merge_down(t, 0, first, row - 1, size=9)
    save(doc, stem)


# ============ 2. CSP published DHR action plan, Arial 10, landscape: one table over three pages, no repeated header
def doc_wystancombe():
    stem = "csp_dhr_action_plan_three_pages_no_repeated_header_arial_wystancombe"
    doc = word_doc(
        "Arial",
        10,
        header="",
        footer_left="Wystancombe Community Safety Partnership – DHR Isolde action plan",
        landscape=True,
    )
    para(doc, "Wystancombe Community Safety Partnership", bold=True, size=14)
    para(doc, "Domestic Homicide Review – ‘Isolde’ (WCSP DHR 2022/02)", bold=True, size=12)
    para(doc, "Action plan – update for publication, July 2024", bold=True, size=11)
    para(
        doc,
        "This plan sets out how the Partnership and its members are responding to the recommendations of the "
        "review into the death of Isolde, a woman of 38 who was killed by her husband in February 2022. The "
        "plan is monitored by the Domestic Abuse Strategic Board every quarter.",
    )
    headers = ["No.", "Recommendation", "Action", "Lead", "Target date", "Status"]
    w = [1.2, 7.0, 8.0, 3.6, 2.6, 3.2]
    t = make_table(doc, headers, w, size=11, repeat=False)
    recs = [
        (
            "1",
            "Wystancombe Community Safety Partnership should commission a review of the pathway for victims of "
            "domestic abuse who are also in paid employment, so that support is available outside working "
            "hours.",
            [
                (
                    "Map current evening and weekend support across commissioned services and identify gaps in "
                    "provision for working victims.",
                    "DA Partnership Manager",
                    "31/10/2023",
                    "Completed",
                ),
                (
                    "Pilot an evening outreach clinic at the Wystancombe Family Hub two nights a week, with "
                    "evaluation after six months.",
                    "Hollincote Domestic Abuse Service",
                    "April 2024",
                    "Completed",
                ),
                (
                    "Report the pilot’s evaluation to the Strategic Board with a recommendation on continued "
                    "funding.",
                    "DA Partnership Manager",
                    "September 2024",
                    "Underway",
                ),
            ],
        ),
        (
            "2",
            "Wystancombe Police should ensure that the history of both parties is checked across force systems "
            "before a domestic abuse risk assessment is graded.",
            [
                (
                    "Update the domestic abuse attendance guidance to require a check of both parties’ history "
                    "before grading.",
                    "Head of Public Protection",
                    "30/06/2023",
                    "Completed",
                ),
                (
                    "Dip-sample fifty standard-graded risk assessments each quarter and report findings to the "
                    "force safeguarding board.",
                    "Head of Public Protection",
                    "Quarterly from Q3 2023/24",
                    "Underway",
                ),
            ],
        ),
        (
            "3",
            "NHS Wystancombe Integrated Care Board should ensure that GP practices record and act on "
            "disclosures of controlling behaviour made during consultations about anxiety or low mood.",
            [
                (
                    "Circulate a practice learning brief on coercive control and low mood presentations to all "
                    "practices.",
                    "Named GP for Safeguarding",
                    "31/12/2023",
                    "Completed",
                ),
                (
                    "Include a question on coercive control in the annual safeguarding self-assessment for "
                    "practices.",
                    "Designated Nurse Safeguarding Adults",
                    "March 2025",
                    "Not commenced",
                ),
            ],
        ),
        (
            "4",
            "Wystancombe Borough Council should review how its Housing Options service responds to a victim of "
            "domestic abuse who withdraws a homelessness application.",
            [
                (
                    "Introduce a follow-up call within five working days of any withdrawal where domestic abuse "
                    "was disclosed.",
                    "Housing Options Manager",
                    "31/01/2024",
                    "Completed",
                ),
                (
                    "Train Housing Options officers in safe enquiry about the reasons for withdrawal.",
                    "Housing Options Manager",
                    "31/07/2024",
                    "Underway",
                ),
            ],
        ),
        (
            "5",
            "Wystancombe Community Safety Partnership should work with local employers to develop workplace "
            "domestic abuse policies.",
            [
                (
                    "Hold an employers’ breakfast briefing with the Chamber of Commerce and share a model "
                    "workplace policy.",
                    "Community Safety Officer",
                    "November 2024",
                    "Not commenced",
                ),
            ],
        ),
        (
            "6",
            "Wystancombe Mental Health NHS Foundation Trust should ensure that staff in its talking therapies "
            "service ask about domestic abuse at assessment and when a client misses appointments.",
            [
                (
                    "Add a routine enquiry question to the assessment template and the missed-appointment "
                    "procedure.",
                    "Clinical Lead, Talking Therapies",
                    "30/09/2023",
                    "Completed",
                ),
                (
                    "Audit compliance with routine enquiry in a sample of one hundred assessments.",
                    "Clinical Lead, Talking Therapies",
                    "31/03/2024",
                    "Underway",
                ),
            ],
        ),
        (
            "7",
            "The Home Office should consider issuing guidance on the role of employers in domestic homicide "
            "reviews, including how they can be involved as panel members.",
            [
                (
                    "The Partnership Chair to write to the Home Office enclosing the review.",
                    "Chair, Wystancombe CSP",
                    "31/08/2023",
                    "Completed",
                ),
            ],
        ),
        (
            "8",
            "Hollincote Domestic Abuse Service should make a second attempt to contact a victim who declines "
            "support after a police referral, no sooner than two weeks and no later than one month after the "
            "first contact.",
            [
                (
                    "Revise the referral handling procedure to include a second contact and record its outcome.",
                    "Service Manager, Hollincote Domestic Abuse Service",
                    "31/03/2024",
                    "Completed",
                ),
                (
                    "Report the number of second contacts and the support accepted to the Strategic Board.",
                    "Service Manager, Hollincote Domestic Abuse Service",
                    "December 2024",
                    "Underway",
                ),
            ],
        ),
        (
            "9",
            "Wystancombe Community Safety Partnership should seek assurance, through a multi-agency audit twelve "
            "months after publication, that the learning from this review has changed practice.",
            [
                (
                    "Design and carry out a multi-agency case audit of domestic abuse cases involving working "
                    "victims.",
                    "DA Partnership Manager",
                    "June 2025",
                    "Not commenced",
                ),
            ],
        ),
        (
            "10",
            "Wystancombe Borough Council should ensure that its employee assistance provider can recognise "
            "domestic abuse and refer council staff who disclose it to specialist support.",
            [
                (
                    "Agree a referral pathway between the employee assistance provider and local specialist "
                    "services.",
                    "Director of People",
                    "30/09/2024",
                    "Underway",
                ),
                (
                    "Publish the council’s own workplace domestic abuse policy on the staff intranet.",
                    "Director of People",
                    "31/05/2024",
                    "Completed",
                ),
            ],
        ),
    ]
    for ref, rec, acts in recs:
        first = len(t.rows)
        for a in acts:
            add_row(t, [ref, rec, *a], w, size=11)
        merge_down(t, 0, first, len(t.rows) - 1, size=11)
        merge_down(t, 1, first, len(t.rows) - 1, size=11)
    para(doc, "")
    para(
        doc,
        "Status: Completed – action done and evidence held; Underway – action started; Not commenced.",
        size=9,
    )
    save(doc, stem)


# ============ 3. Police single-agency DHR plan, Times New Roman 11: recommendation rows and lettered action rows
def doc_cresswold():
    stem = "police_single_agency_plan_rec_rows_lettered_actions_tnr_cresswold"
    doc = word_doc(
        "Times New Roman",
        11,
        header="Cresswold Constabulary – RESTRICTED when complete",
        footer_left="Cresswold Constabulary single agency action plan",
        landscape=True,
    )
    para(doc, "Cresswold Constabulary", bold=True, size=14)
    para(doc, "Single Agency Action Plan – Domestic Homicide Review ‘Verity’", bold=True, size=12)
    kv_table(
        doc,
        [
            ("Review commissioned by", "Cresswold Safer Communities Partnership"),
            ("Review reference", "CSCP DHR 11"),
            ("Plan owner", "Superintendent, Public Protection"),
            ("Date of last update", "15 May 2024"),
        ],
        widths=(6, 12),
        size=10,
    )
    para(
        doc,
        "The recommendations below were made in the Constabulary’s Individual Management Review and adopted "
        "by the review panel. Each recommendation is followed by the actions the Constabulary has agreed, "
        "lettered in order. Actions are closed only when evidence has been seen by the Public Protection "
        "Governance Board.",
    )
    headers = ["Ref", "Recommendation / action", "Owner", "Deadline", "Update", "Status"]
    w = [1.3, 8.4, 3.6, 2.4, 6.4, 2.4]
    t = make_table(doc, headers, w, size=10)
    plan = [
        (
            "1",
            "Officers attending domestic abuse incidents should seek to speak to the victim away from the "
            "suspect and any other family member in every case.",
            [
                (
                    "1a",
                    "Amend the attendance checklist so that officers record where and with whom the victim "
                    "was spoken to.",
                    "Inspector, Response Policing",
                    "31/10/2023",
                    "Checklist amended and live on mobile devices from 2 October 2023.",
                    "Closed",
                ),
                (
                    "1b",
                    "Brief all response teams on speaking to victims alone, using the learning from this "
                    "review.",
                    "Inspector, Response Policing",
                    "31/12/2023",
                    "Eleven of fourteen teams briefed; remaining teams booked for June.",
                    "Open – overdue",
                ),
            ],
        ),
        (
            "2",
            "The Constabulary should ensure that its control room identifies repeat calls from the same address "
            "within twelve months and passes that history to attending officers.",
            [
                (
                    "2a",
                    "Introduce an automatic repeat-address marker in the command and control system.",
                    "Head of Contact Management",
                    "March 2024",
                    "Marker built and tested; go-live approved by the Change Board.",
                    "Closed",
                ),
                (
                    "2b",
                    "Dip-sample repeat-address calls to confirm officers were told of the history.",
                    "Contact Management Quality Team",
                    "Sept 2024",
                    "First dip-sample planned for July.",
                    "Open – on track",
                ),
            ],
        ),
        (
            "3",
            "Supervisors should review every domestic abuse crime where the victim withdraws support within "
            "seven days and record whether an evidence-led prosecution was considered.",
            [
                (
                    "3a",
                    "Add a supervisor review field to the domestic abuse crime record.",
                    "Crime Standards Manager",
                    "30/11/2023",
                    "Field added November 2023.",
                    "Closed",
                ),
                (
                    "3b",
                    "Deliver evidence-led prosecution training to sergeants in the Public Protection Unit.",
                    "Learning and Development Manager",
                    "31/03/2024",
                    "Training delivered to 38 sergeants in February and March 2024.",
                    "Closed",
                ),
                (
                    "3c",
                    "Report compliance with the supervisor review to the Governance Board each quarter.",
                    "Crime Standards Manager",
                    "31/12/2024",
                    "Reporting format not yet agreed.",
                    "Open – not started",
                ),
            ],
        ),
        (
            "4",
            "The Constabulary should share information about stalking protection orders with the local "
            "independent stalking advocacy service on the day an order is made.",
            [
                (
                    "4a",
                    "Agree an information sharing agreement with Brennermoor Stalking Advocacy.",
                    "Detective Inspector, Stalking Unit",
                    "30/06/2024",
                    "Draft agreement with both legal teams.",
                    "Open – on track",
                ),
            ],
        ),
    ]
    for ref, rec, acts in plan:
        r = add_row(t, [ref, rec, "", "", "", ""], w, size=10, bold_cols=(0, 1))
        for c in r.cells:
            shade(c, "F2F2F2")
        for a in acts:
            add_row(t, list(a), w, size=10)
    para(doc, "")
    para(doc, "Status: Closed; Open – on track; Open – overdue; Open – not started.", size=9)
    save(doc, stem)


# ============ 4. SAR, Arial 10.5: "Recommendation One" .. "Five" to the Board, Action | Measure of success | Lead | By when
def doc_ettrickmoor():
    stem = "sar_word_numbered_recs_to_board_measure_of_success_plan_arial_ettrickmoor"
    doc = word_doc(
        "Arial",
        10.5,
        header="Ettrickmoor Safeguarding Adults Board – SAR Adult M",
        footer_left="Ettrickmoor SAB",
        page_of=False,
    )
    cover(
        doc,
        [
            ("Ettrickmoor Safeguarding Adults Board", 16, True),
            ("", 10.5, False),
            ("Safeguarding Adults Review", 22, True),
            ("Adult M", 20, True),
            ("", 10.5, False),
            ("Lead reviewer: Evadne Penwarrick", 11, False),
            ("Published: January 2025", 11, False),
        ],
    )
    heading(doc, "1. Introduction", 1)
    para(
        doc,
        "Adult M was a woman of 58 who lived alone in a flat in Ettrickmoor. She had multiple sclerosis, "
        "used a wheelchair and received four care calls a day from a domiciliary care agency. She died in "
        "hospital on 3 March 2023 from sepsis arising from pressure ulcers.",
    )
    para(
        doc,
        "The Board agreed on 19 April 2023 that the case met the criteria for a Safeguarding Adults Review "
        "under section 44 of the Care Act 2014, because there was reasonable cause for concern about how "
        "agencies had worked together and Adult M had died as a result of neglect.",
    )
    heading(doc, "2. How the review was carried out", 1)
    para(
        doc,
        "The review used a learning-together approach. Agencies supplied reports and the lead reviewer held "
        "a practitioner event attended by nineteen staff. Adult M’s brother contributed his views.",
    )
    heading(doc, "3. Summary of what happened", 1)
    para(
        doc,
        "In the last year of her life Adult M’s care calls were frequently shortened and several were missed. "
        "District nurses visited for wound care from November 2022. Adult M declined to be moved into bed "
        "on many evenings and slept in her wheelchair. Professionals recorded these refusals as her choice; "
        "no one assessed whether she could weigh up the risk to her skin, and no safeguarding concern was "
        "raised until she was admitted to hospital.",
    )
    heading(doc, "4. Findings", 1)
    for title, text in [
        (
            "Finding 1: Refusal of care was accepted without exploration.",
            "Practitioners respected Adult M’s wishes but did not ask why she refused, or whether fatigue and "
            "pain made the transfer to bed frightening.",
        ),
        (
            "Finding 2: Commissioners did not know that calls were being cut short.",
            "The care agency’s electronic call monitoring showed average calls of eleven minutes against a "
            "commissioned thirty, but the data was not reviewed by the council.",
        ),
        (
            "Finding 3: Nobody held the whole picture.",
            "The district nurses, the care agency and the GP each knew of the deterioration but there was no "
            "multi-agency meeting.",
        ),
    ]:
        para(doc, title, bold=True)
        para(doc, text)
    heading(doc, "5. Recommendations", 1)
    para(
        doc,
        "The following recommendations are made to Ettrickmoor Safeguarding Adults Board. The Board will ask "
        "its partners to report on progress through its SAR sub-group.",
    )
    recs = [
        (
            "One",
            "The Board should seek assurance that practitioners in all partner agencies explore the reasons "
            "when an adult with care and support needs repeatedly declines personal care.",
        ),
        (
            "Two",
            "The Board should ask Ettrickmoor Council to report on how it monitors commissioned care calls "
            "against the time planned, and what it does when calls are routinely shortened.",
        ),
        (
            "Three",
            "The Board should promote the use of multi-agency risk management meetings for adults who decline "
            "care where the risk of serious harm is rising.",
        ),
        (
            "Four",
            "The Board should work with the Ettrickmoor Community Health Trust to ensure that pressure damage "
            "of category 3 or above is considered for a safeguarding concern.",
        ),
        (
            "Five",
            "The Board should ask the Department of Health and Social Care to consider national guidance on "
            "the minimum length of home care calls for people with complex needs.",
        ),
    ]
    for word, text in recs:
        para(doc, f"Recommendation {word}", bold=True)
        para(doc, text)
    heading(doc, "6. Action plan", 1)
    para(
        doc,
        "The SAR sub-group agreed the actions below with partners on 12 December 2024.",
    )
    headers = ["Recommendation", "Action", "Measure of success", "Lead", "By when"]
    w = [2.6, 4.6, 4.2, 2.6, 2.4]
    t = make_table(doc, headers, w, size=9)
    plan = [
        (
            "One",
            [
                (
                    "Publish a practice briefing on self-neglect and refusal of care",
                    "Briefing read by staff in all partner agencies; audit shows reasons for refusal explored",
                    "SAB Business Manager",
                    "March 2025",
                ),
                (
                    "Include this review in the Board’s multi-agency training programme",
                    "Two sessions held and evaluated",
                    "SAB Training Lead",
                    "30/06/2025",
                ),
            ],
        ),
        (
            "Two",
            [
                (
                    "Report on call monitoring to the Board",
                    "Board receives quarterly data on planned and delivered call length",
                    "Head of Commissioning",
                    "Within 6 months",
                ),
            ],
        ),
        (
            "Three",
            [
                (
                    "Relaunch the multi-agency risk management protocol",
                    "Number of risk management meetings held rises from the 2024 baseline",
                    "Head of Adult Safeguarding",
                    "31/05/2025",
                ),
            ],
        ),
        (
            "Four",
            [
                (
                    "Revise the pressure ulcer safeguarding decision guide",
                    "Guide issued and used by district nursing teams",
                    "Ettrickmoor Community Health Trust",
                    "April 2025",
                ),
            ],
        ),
        (
            "Five",
            [
                (
                    "Independent Chair to write to the Department of Health and Social Care",
                    "Letter sent and response shared with partners",
                    "SAB Independent Chair",
                    "February 2025",
                ),
            ],
        ),
    ]
    row = 1
    for rec, acts in plan:
        first = row
        for a in acts:
            add_row(t, [rec, *a], w, size=9)
            row += 1
        merge_down(t, 0, first, row - 1, size=9)
    para(doc, "")
    heading(doc, "7. Glossary", 1)
    for k, v in [
        ("SAB", "Safeguarding Adults Board"),
        ("SAR", "Safeguarding Adults Review"),
        ("MS", "Multiple sclerosis"),
    ]:
        hanging(doc, k, v, indent=2.0, bold_label=True)
    save(doc, stem)


# ============ 5. DHR executive summary, Times New Roman 11: Date | Agency | Contact | Comment, lead in brackets
def doc_drummore():
    stem = "dhr_exec_summary_date_agency_contact_comment_chron_lead_brackets_tnr_drummore"
    doc = word_doc(
        "Times New Roman",
        11,
        header="Drummore Community Safety Partnership",
        footer_left="DHR Seraphina – Executive Summary",
        page_of=False,
    )
    para(doc, "Drummore Community Safety Partnership", bold=True, size=14, align="center")
    para(doc, "Domestic Homicide Review: Seraphina", bold=True, size=16, align="center")
    para(doc, "Executive Summary", bold=True, size=13, align="center")
    para(doc, "Report author: Ignatia Quillfoyle", align="center")
    para(doc, "Review number: DCSP/2023/004", align="center")
    para(doc, "April 2025", align="center")
    heading(doc, "1. The review", 1)
    hanging(
        doc,
        "1.1",
        "Seraphina was 26 when she was killed by her partner, Ambrosio, at his flat in Drummore on 17 June "
        "2023. They had been in a relationship for fourteen months. Ambrosio was convicted of her murder.",
    )
    hanging(
        doc,
        "1.2",
        "The review covered the period from 1 January 2021 to Seraphina’s death. Seraphina’s mother and "
        "her closest friend took part and helped the panel understand who she was.",
    )
    heading(doc, "2. Summary chronology", 1)
    para(
        doc,
        "The table lists the contacts the panel considered most significant. Dates are given as agencies "
        "recorded them.",
    )
    headers = ["Date", "Agency", "Contact", "Comment"]
    w = [2.2, 3.2, 5.3, 5.3]
    t = make_table(doc, headers, w, size=10)
    chron = [
        (
            "02.03.21",
            "Police",
            "Ambrosio arrested for assaulting a previous partner.",
            "No further action; the previous partner did not support a prosecution.",
        ),
        (
            "15.06.21",
            "Probation",
            "Ambrosio completed a community order for an unrelated offence.",
            "No domestic abuse history was on the probation file.",
        ),
        (
            "08.05.22",
            "GP",
            "Seraphina attended with anxiety and said her new partner was very protective.",
            "Routine enquiry about domestic abuse was not made.",
        ),
        (
            "21.07.22",
            "Police",
            "Call from a neighbour reporting an argument in the street.",
            "Seraphina left before officers arrived; no DASH completed.",
        ),
        (
            "Aug 2022",
            "Employer",
            "Seraphina’s manager noticed bruising to her arm.",
            "Seraphina said she had fallen at the gym.",
        ),
        (
            "30.09.22",
            "Emergency Department",
            "Seraphina treated for a fractured finger.",
            "Ambrosio answered questions on her behalf; she was not seen alone.",
        ),
        (
            "11.11.22",
            "Police",
            "Seraphina reported that Ambrosio had taken her phone and locked her in the flat overnight.",
            "DASH graded medium; a Clare’s Law disclosure was considered but not made.",
        ),
        (
            "14.11.22",
            "Drummore Domestic Abuse Service",
            "Referral received from police; outreach worker called twice.",
            "Seraphina declined support, saying things were better.",
        ),
        (
            "January 2023",
            "Housing",
            "Seraphina asked about a transfer to another area.",
            "She was told to apply online; no domestic abuse screening took place.",
        ),
        (
            "04.04.23",
            "GP",
            "Telephone appointment about low mood and poor sleep.",
            "GP noted a ‘difficult relationship’ and prescribed medication.",
        ),
        (
            "29.05.23",
            "Police",
            "Seraphina’s mother reported that she was worried about her daughter.",
            "A welfare check was made; Seraphina said she was fine.",
        ),
        (
            "17.06.23",
            "Police",
            "Call from Ambrosio saying Seraphina was not breathing.",
            "Seraphina was pronounced dead at the scene.",
        ),
    ]
    for row in chron:
        add_row(t, row, w, size=10)
    para(doc, "")
    heading(doc, "3. Key findings", 1)
    bullets(
        doc,
        [
            "Ambrosio’s history of abuse towards a previous partner was not linked to his relationship with "
            "Seraphina.",
            "Seraphina was not seen alone at the hospital, and was not asked about abuse by her GP.",
            "The decision not to make a Clare’s Law disclosure in November 2022 was not reviewed.",
            "Her request to move away was not recognised as a sign that she wanted to escape.",
        ],
    )
    heading(doc, "4. Recommendations", 1)
    para(
        doc,
        "The panel makes the following recommendations. The lead for each is shown in brackets.",
    )
    recs = [
        "Review the decision-making process for Clare’s Law disclosures so that a decision not to disclose is "
        "checked by a supervisor within 48 hours. (Lead: Drummore Police)",
        "Ensure that patients attending with injuries are seen alone for part of the consultation, and that "
        "the reason is recorded where this is not possible. (Lead: Drummore and Lorne Hospitals NHS Trust)",
        "Train housing advisers to ask about domestic abuse when a tenant asks to move to another area. (Lead: "
        "Drummore Council Housing Service)",
        "Develop guidance for employers on what to do when they suspect an employee is experiencing domestic "
        "abuse. (Lead: Drummore Community Safety Partnership)",
        "Consider whether the Domestic Violence Disclosure Scheme guidance should require a record of the "
        "reasons for any decision not to disclose. (Lead: Home Office)",
    ]
    for i, r in enumerate(recs, 1):
        hanging(doc, f"{i}.", r)
    heading(doc, "5. Conclusion", 1)
    para(
        doc,
        "Seraphina’s death was not predictable, but there were chances to understand the danger she was in. "
        "The panel hopes that the changes agencies have already made will help others in her position.",
    )
    save(doc, stem)


def main():
    doc_brannockside()
    doc_wystancombe()
    doc_cresswold()
    doc_ettrickmoor()
    doc_drummore()


if __name__ == "__main__":
    main()
