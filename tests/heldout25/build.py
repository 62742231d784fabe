"""Build the heldout25 blind documents as Word files (python-docx).

Run once:  python tests/heldout25/build.py
Then convert each .docx with LibreOffice and extract text (see README.md).
Five documents of five families nobody had tuned on: a MAPPA Serious Case Review report with a
dotted-date chronology and an action plan printed as one form table per action ("Action 1:", "How will
it be taken forward?", "By whom?", "Timescale"); an NHS trust's action plan answering an independent
mental health homicide investigation, one key / value block per recommendation with numbered actions,
dates and progress inside the cells; a Scottish domestic homicide and suicide review summary with a
When | What happened | Services involved chronology and a No. | Recommendation | For table; a Welsh
Single Unified Safeguarding Review report with key practice episodes, titled groups of dotted
recommendations and a landscape plan under a two-row header with RAG letters; and a DHR action tracker
with Rec / action numbers, Start and End date columns and Open / Closed status, its header not repeated.
All people, places, local agency names and wording are fictional and the author's own.
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/: docx_build, the helpers every blind set shares

from docx_build import (  # noqa: E402
    add_field,
    add_row,
    docx_saver,
    heading,
    kv_table,
    landscape_section,
    make_table,
    merge_down,
    new_doc,
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
    return doc


def bullets(doc, items):
    for s in items:
        para(doc, s, style="List Bullet")


def auto_numbered(doc, items):
    """Word's own list numbering ('List Number'): the numbers live in numbering.xml, not the text."""
    for s in items:
        para(doc, s, style="List Number")


def dated_para(doc, date, text):
    """A chronology paragraph: the date in bold, a tab, then the event, hanging indent."""
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(2.6)
    p.paragraph_format.first_line_indent = Cm(-2.6)
    r = p.add_run(date)
    r.bold = True
    p.add_run("\t" + text)
    return p


def form_table(doc, rows, widths=(5.2, 11.3), size=10.5, fill="F2F2F2"):
    """One action of a template action plan: label / answer rows, the labels shaded and bold."""
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in rows:
        row = t.add_row()
        set_text(row.cells[0], k, bold=True, size=size)
        shade(row.cells[0], fill)
        set_text(row.cells[1], v, size=size)
    set_widths(t, list(widths))
    doc.add_paragraph()
    return t


def gridspan(cell, n):
    tcPr = cell._tc.get_or_add_tcPr()
    g = OxmlElement("w:gridSpan")
    g.set(qn("w:val"), str(n))
    tcPr.append(g)


# ============ 1. MAPPA Serious Case Review report, Times New Roman 11: dotted-date chronology, form-table plan
def doc_hobbenfield():
    stem = "mappa_scr_dotted_date_chron_auto_numbered_recs_action_form_tables_tnr_hobbenfield"
    doc = word_doc(
        "Times New Roman",
        11,
        header="Hobbenfield MAPPA Strategic Management Board – Serious Case Review HB/SCR/03 – published summary",
        footer_left="MAPPA SCR – Offender H",
    )
    para(doc, "Hobbenfield Multi-Agency Public Protection Arrangements", bold=True, size=15, align="center")
    para(doc, "Serious Case Review: Offender H", bold=True, size=13, align="center")
    para(doc, "Published summary for the Strategic Management Board", italic=True, align="center")
    kv_table(
        doc,
        [
            ("SCR number", "HB/SCR/03"),
            ("MAPPA category and level at the time", "Category 2, Level 2"),
            ("Further offence", "Murder of Wilmarth, aged 44, on 9 August 2023"),
            ("Reviewer", "Perdita Granger-Pask, independent reviewer"),
            ("Lay adviser", "One of the Board's two MAPPA lay advisers sat on the review panel"),
        ],
        widths=(6, 10.5),
        size=10.5,
    )
    heading(doc, "1. Why a MAPPA Serious Case Review?", 1)
    para(
        doc,
        "Offender H was subject to licence supervision and managed at MAPPA Level 2 when he killed Wilmarth, "
        "a man he had met through a shared hostel. The Strategic Management Board agreed that the case met "
        "the criteria for a review because a further serious offence was committed while multi-agency "
        "management was in place.",
    )
    heading(doc, "2. Agencies that contributed", 1)
    bullets(
        doc,
        [
            "Probation Service – Hobbenfield and Carrow Delivery Unit",
            "Hobbenfield Constabulary (Management of Sexual or Violent Offenders team)",
            "HMP Carrowmoor",
            "Hobbenfield Approved Premises and the Sutherby Road hostel",
            "Hobbenfield Mental Health Partnership Trust",
        ],
    )
    heading(doc, "5. Chronology of events", 1)
    para(doc, "Dates are written day.month.year. Only the events the panel judged significant are listed.")
    for d, t in [
        (
            "14.01.2022",
            "Offender H released from HMP Carrowmoor on licence to the Approved Premises; "
            "referred to MAPPA by the Probation Service the same week.",
        ),
        (
            "02.02.2022",
            "First Level 2 meeting. Risk of serious harm to known adults assessed as high; licence "
            "conditions on alcohol testing and curfew confirmed.",
        ),
        (
            "27.06.2022",
            "Moved on from the Approved Premises to the Sutherby Road hostel. The move was not "
            "discussed at a MAPPA meeting beforehand.",
        ),
        (
            "11.10.2022",
            "Hostel staff report an argument between Offender H and another resident over money; "
            "the report reached the probation practitioner nine days later.",
        ),
        (
            "30.03.2023",
            "Level 2 review meeting; the police representative was absent and no police update was "
            "given. Management reduced to Level 1 from the following month.",
        ),
        ("09.08.2023", "Wilmarth found seriously injured in his room at the hostel and died later that day."),
    ]:
        dated_para(doc, d, t)
    heading(doc, "6. Findings", 1)
    para(
        doc,
        "The panel found that the risk management plan was sound when written but was not revisited when "
        "Offender H's accommodation changed, and that information held by the hostel did not reach the "
        "meeting that decided to reduce the level of management.",
    )
    heading(doc, "7. Conclusions, learning points and recommendations", 1)
    para(doc, "Learning points", bold=True)
    bullets(
        doc,
        [
            "A change of address is a change of risk: move-on plans belong in the MAPPA meeting.",
            "A level cannot safely be reduced on a single agency's account of the case.",
        ],
    )
    para(doc, "The review makes four recommendations to the Strategic Management Board.", bold=True)
    auto_numbered(
        doc,
        [
            "The Strategic Management Board should require that any planned move from Approved Premises is "
            "discussed at a MAPPA meeting, or by the chair between meetings, before it takes place.",
            "Hobbenfield Constabulary should make sure a police representative with knowledge of the case "
            "attends every Level 2 and Level 3 meeting, or sends a written update when attendance is not possible.",
            "The Probation Service should agree an information-sharing protocol with supported housing providers "
            "in Hobbenfield so that incidents are reported to the practitioner within two working days.",
            "The MAPPA Co-ordinator should audit decisions to reduce a level of management over the next twelve "
            "months and report the findings to the Board.",
        ],
    )
    heading(doc, "8. Action plan", 1)
    para(
        doc,
        "Each action below answers one recommendation. The last row of each table records the position "
        "reported to the Strategic Management Board in April 2025.",
        italic=True,
    )
    acts = [
        (
            "Action 1:",
            "1",
            "Amend the MAPPA move-on procedure so that any move from Approved Premises is put to the "
            "Level 2 or 3 meeting first.",
            "Revised procedure issued to all panel chairs and Approved Premises managers.",
            "Head of Public Protection, Probation Service",
            "By 31 December 2024",
            "Achieved",
        ),
        (
            "Action 2:",
            "2",
            "Issue an attendance standard for police representatives at Level 2 and 3 meetings, with "
            "a written-update template.",
            "Standard agreed by the Constabulary's public protection board; attendance reported quarterly.",
            "Detective Chief Inspector, Public Protection",
            "By 30 September 2024",
            "Achieved",
        ),
        (
            "Action 3:",
            "3",
            "Draft and sign an information-sharing protocol with the three supported housing providers.",
            "Protocol drafted; two of the three providers have signed.",
            "Senior Probation Officer, Hobbenfield and Carrow Delivery Unit",
            "By 31 March 2025",
            "Partially achieved",
        ),
        (
            "Action 4:",
            "3",
            "Train hostel staff on what to report to probation and how quickly.",
            "Two half-day sessions to be run by the Probation Service.",
            "Approved Premises Manager",
            "By 30 June 2025",
            "Not yet started",
        ),
        (
            "Action 5:",
            "4",
            "Audit a sample of level reductions and report the findings to the Board.",
            "Audit tool agreed; twenty cases to be sampled.",
            "MAPPA Co-ordinator",
            "By 31 October 2025",
            "Partially achieved",
        ),
    ]
    for label, rec, action, how, who, when, pos in acts:
        form_table(
            doc,
            [
                (label, action),
                ("Recommendation:", rec),
                ("How will it be taken forward?", how),
                ("By whom? (Grade, rank, role):", who),
                ("Timescale (include dates):", when),
                ("Position, April 2025:", pos),
            ],
        )
    save(doc, stem)


# ============ 2. NHS trust action plan after an independent mental health homicide investigation, Arial 10
def doc_tregallow():
    stem = "nhs_trust_mh_homicide_plan_rec_blocks_numbered_actions_dates_progress_in_cells_arial_tregallow"
    doc = word_doc(
        "Arial",
        10,
        header="Tregallow Mental Health NHS Foundation Trust – Trust learning",
        footer_left="Action plan – independent investigation (Mr C)",
        page_of=False,
    )
    para(doc, "Tregallow Mental Health NHS Foundation Trust", bold=True, size=14)
    para(doc, "Mr C: action plan in response to the independent investigation", bold=True, size=12)
    kv_table(
        doc,
        [
            ("Investigation commissioned by", "NHS England – South West"),
            ("Publication date", "3 June 2024"),
            ("Plan date range", "June 2024 – ongoing"),
            ("Last updated", "20 January 2025"),
        ],
        widths=(5.5, 10.5),
        size=10,
    )
    para(
        doc,
        "The investigation into the care and treatment of Mr C, who killed his neighbour Ferdinand in "
        "2022, made five recommendations. Recommendation numbers are those of the investigation report and "
        "are kept here. Recommendations 2 and 5 were made to the Integrated Care Board and are tracked in the "
        "Board's own plan, so they do not appear below.",
    )
    blocks = [
        (
            "Recommendation 1",
            "The Trust should make sure that when a patient is discharged from the community mental health team, "
            "the discharge letter sets out the early warning signs of relapse and who to contact.",
            "1. Add a relapse signature section to the discharge letter template.\n"
            "2. Audit twenty discharge letters each quarter against the new template.",
            "Associate Director of Nursing, Community Services",
            "1. 30 September 2024\n2. 31 March 2025",
            "New template on the electronic record; quarterly audit report to the Quality Committee.",
            "1. Complete – template live from 16/09/2024.\n2. In progress – first audit found 14 of 20 letters compliant.",
        ),
        (
            "Recommendation 3",
            "The Trust should review how carers and family members are told about a patient's risk to others "
            "and how their own concerns are recorded.",
            "1. Publish a carers' information-sharing guide for staff.",
            "Head of Patient and Carer Experience",
            "1. 31 December 2024",
            "Guide on the intranet; carers' forum minutes.",
            "1. Complete – guide published 05/12/2024 and presented to the carers' forum.",
        ),
        (
            "Recommendation 4",
            "The Trust should strengthen its assessment of risk to others where a patient stops taking "
            "prescribed medication, including contact with the GP.",
            "1. Revise the clinical risk assessment policy to prompt a review when medication is stopped.\n"
            "2. Train community team staff on the revised policy.\n"
            "3. Agree with the local medical committee how GPs are told of a missed depot injection.",
            "Deputy Medical Director",
            "1. 31 October 2024\n2. 28 February 2025\n3. 30 June 2025",
            "Ratified policy; training records; letter of agreement with the local medical committee.",
            "1. Complete – policy ratified 22/10/2024.\n2. In progress – 61% of staff trained.\n"
            "3. Not started – first meeting booked for March 2025.",
        ),
    ]
    for title, issue, actions, who, when, evidence, progress in blocks:
        heading(doc, title, 2)
        form_table(
            doc,
            [
                ("Issue identified", issue),
                ("Actions to be taken", actions),
                ("Person responsible", who),
                ("Target completion date", when),
                ("Evidence to be provided", evidence),
                ("Progress to date", progress),
            ],
            widths=(4.2, 12.3),
            size=10,
            fill="DEEAF6",
        )
    para(
        doc,
        "The plan is reviewed monthly by the Serious Incident Learning Group and closed by NHS England "
        "once evidence for every action has been accepted.",
        italic=True,
        size=9,
    )
    save(doc, stem)


# ============ 3. Scottish domestic homicide and suicide review summary, Calibri 11: When | What happened table
def doc_inverdarroch():
    stem = "scot_dhsr_summary_when_what_services_chron_table_rec_table_for_col_calibri_inverdarroch"
    doc = word_doc(
        "Calibri",
        11,
        header="Inverdarroch and Glenmure Case Review Panel",
        footer_left="Domestic Homicide and Suicide Review – summary report – Morven",
    )
    para(doc, "Domestic Homicide and Suicide Review", bold=True, size=16)
    para(doc, "Summary report: Morven", bold=True, size=13)
    kv_table(
        doc,
        [
            ("Review number", "DHSR-IG-2024-02"),
            ("Case Review Panel", "Inverdarroch and Glenmure Case Review Panel"),
            ("Lead reviewer", "Ishbel Velloway"),
            ("Death", "Morven, aged 38, died by suicide on 21 January 2023"),
        ],
        widths=(4.5, 12),
        size=10.5,
    )
    heading(doc, "About this review", 1)
    para(
        doc,
        "Morven took her own life after years of coercive control by her former partner, referred to here as "
        "Mr D. The panel reviewed what services knew and did in the two and a half years before her death. "
        "Morven's sister and her mother met the reviewer twice and helped shape the findings.",
    )
    heading(doc, "What happened", 1)
    t = make_table(doc, ["When", "What happened", "Services involved"], [3.2, 9.8, 3.5], size=10)
    for row in [
        (
            "August 2020",
            "Morven told her GP she was not sleeping and felt watched by Mr D. She was prescribed "
            "medication and offered counselling.",
            "GP practice",
        ),
        (
            "Early 2021",
            "Neighbours called the police twice about shouting. On both occasions Morven said "
            "nothing had happened and no crime was recorded.",
            "Police Scotland",
        ),
        (
            "14 May 2021",
            "Morven attended the emergency department with a wrist injury she said was a fall.",
            "NHS Inverdarroch",
        ),
        (
            "September 2021",
            "Morven left Mr D and moved to her mother's home in Glenmure. She was referred to "
            "Glenmure Women's Aid.",
            "Housing; Women's Aid",
        ),
        (
            "Summer 2022",
            "Mr D sent repeated messages and turned up at Morven's work. She reported this to the "
            "police; he was charged under the Domestic Abuse (Scotland) Act 2018.",
            "Police Scotland; COPFS",
        ),
        (
            "10 January 2023",
            "The trial was adjourned for the third time. Morven told her support worker she "
            "could not face another date.",
            "Court; Women's Aid",
        ),
        ("21 January 2023", "Morven was found dead at her mother's home.", "Police Scotland"),
    ]:
        add_row(t, list(row), [3.2, 9.8, 3.5], size=10)
    para(doc, "")
    heading(doc, "What we found", 1)
    bullets(
        doc,
        [
            "Morven's distress was treated as a health matter without asking whether she was safe at home.",
            "Repeated calls that ended without a crime record were not looked at together.",
            "Court delays added to the harm and nobody was tasked with keeping Morven informed.",
        ],
    )
    heading(doc, "Recommendations", 1)
    para(
        doc, "The Case Review Panel makes five recommendations. The last column names the body asked to act."
    )
    w = [1.2, 11.3, 4.0]
    t = make_table(doc, ["No.", "Recommendation", "For"], w, size=10, header_fill="C5E0B3")
    for row in [
        (
            "1",
            "GP practices in Inverdarroch should ask patients who present with anxiety or sleep problems "
            "whether they feel safe at home, and record the answer.",
            "Inverdarroch Health and Social Care Partnership",
        ),
        (
            "2",
            "Police Scotland's local division should review repeat calls to the same address where no crime "
            "is recorded and refer such cases for a multi-agency discussion.",
            "Police Scotland, Inverdarroch Division",
        ),
        (
            "3",
            "The emergency department should use routine enquiry about domestic abuse with every adult "
            "presenting with an injury whose account does not fit.",
            "NHS Inverdarroch",
        ),
        (
            "4",
            "The Scottish Government should consider how victims of domestic abuse are kept informed and "
            "supported when a trial is adjourned more than once.",
            "Scottish Government",
        ),
        (
            "5",
            "The Inverdarroch Violence Against Women Partnership should include suicide risk in the domestic "
            "abuse training it offers to all partner agencies.",
            "Inverdarroch Violence Against Women Partnership",
        ),
    ]:
        add_row(t, list(row), w, size=10)
    para(doc, "")
    para(
        doc,
        "The panel will report progress on these recommendations to the Review Oversight Committee.",
        italic=True,
        size=10,
    )
    save(doc, stem)


# ============ 4. Welsh SUSR report, Liberation Sans 10: key practice episodes, titled dotted recs, two-row header plan
def doc_pontyrhewl():
    stem = "wales_susr_episode_table_titled_dotted_recs_plan_two_row_header_rag_letters_liberation_pontyrhewl"
    doc = word_doc(
        "Liberation Sans",
        10,
        header="Cwm Pontyrhewl Regional Safeguarding Board – SUSR 2023/04",
        footer_left="Single Unified Safeguarding Review – Rhosyn",
    )
    para(doc, "Cwm Pontyrhewl Regional Safeguarding Board", bold=True, size=13)
    para(doc, "Single Unified Safeguarding Review – Rhosyn", bold=True, size=12)
    para(doc, "Review reference: SUSR 2023/04     Reviewers: Idris Pencarreg-Rees and Angharad Tovey")
    para(
        doc,
        "This review met the criteria for a Domestic Homicide Review and an Adult Practice Review. Rhosyn, a "
        "woman of 52 who cared for her adult son, was killed by him on 17 June 2023.",
    )
    heading(doc, "1. Key practice episodes", 1)
    w = [4.2, 12.3]
    t = make_table(doc, ["Period", "Episode"], w, size=9.5)
    for row in [
        (
            "March – May 2022",
            "Rhosyn's son was assessed by the community mental health team and discharged to his "
            "GP; Rhosyn was not offered a carer's assessment.",
        ),
        (
            "September 2022",
            "Rhosyn rang adult services to say she was frightened of her son. The call was "
            "logged as information only.",
        ),
        (
            "January – April 2023",
            "Three police attendances at the family home; a risk assessment was completed "
            "once and graded standard.",
        ),
        ("2 May 2023", "Rhosyn told her practice nurse that her son had pushed her down the stairs."),
        ("17 June 2023", "Rhosyn was killed at home."),
    ]:
        add_row(t, list(row), w, size=9.5)
    para(doc, "")
    heading(doc, "2. Learning", 1)
    para(
        doc,
        "Services saw Rhosyn as a carer rather than as someone at risk from the person she cared for. Abuse by "
        "an adult child was not recognised as domestic abuse in two of the agencies involved.",
    )
    heading(doc, "3. Recommendations", 1)
    recs = [
        (
            "3.1 Carers at risk",
            [
                (
                    "3.1.1",
                    "Cwm Pontyrhewl County Council adult services should offer a carer's assessment, including "
                    "a question on the carer's safety, whenever a cared-for adult is discharged from mental health services.",
                ),
                (
                    "3.1.2",
                    "Adult services should treat a carer's report of fear of the person they care for as a "
                    "safeguarding concern, not as information only.",
                ),
            ],
        ),
        (
            "3.2 Abuse by adult family members",
            [
                (
                    "3.2.1",
                    "Dyfed-Pontyrhewl Police should review how officers assess risk when the suspect is the "
                    "victim's adult child.",
                ),
                (
                    "3.2.2",
                    "The Regional Safeguarding Board should run a learning campaign for primary care on abuse "
                    "of parents by adult children.",
                ),
            ],
        ),
    ]
    for title, items in recs:
        para(doc, title, bold=True)
        for ref, text in items:
            p = doc.add_paragraph()
            p.paragraph_format.left_indent = Cm(1.3)
            p.paragraph_format.first_line_indent = Cm(-1.3)
            p.add_run(f"{ref}\t{text}")
    landscape_section(doc)
    heading(doc, "4. Action plan", 1)
    para(
        doc, "RAG: C – completed;  G – on track;  A – at risk of delay;  R – not started", italic=True, size=9
    )
    headers = ["Ref", "Recommendation", "Action", "Owner", "Timescale", "Progress (March 2025)", ""]
    w = [1.3, 5.6, 6.0, 3.6, 2.4, 5.2, 1.2]
    t = make_table(doc, headers, w, size=9)
    # second header row: Update | RAG under the merged "Progress" cell; Ref..Timescale merged down
    r2 = add_row(t, ["", "", "", "", "", "Update", "RAG"], w, size=9, bold_cols=(5, 6))
    from docx_build import repeat_header

    repeat_header(r2)
    for c in r2.cells:
        shade(c, "D9D9D9")
    top = t.rows[0].cells
    top[5].merge(top[6])
    for col in range(5):
        merge_down(t, col, 0, 1, size=9, bold=True)
    groups = [
        (
            "3.1.1",
            "Offer a carer's assessment, with a safety question, on discharge of the cared-for adult",
            [
                (
                    "Add the safety question to the carer's assessment form",
                    "Head of Adult Services",
                    "31/12/2024",
                    "Form changed and in use",
                    "C",
                ),
                (
                    "Add a carer's assessment prompt to the mental health discharge checklist",
                    "Service Manager, CMHT",
                    "31/03/2025",
                    "Draft checklist with the health board",
                    "A",
                ),
            ],
        ),
        (
            "3.1.2",
            "Treat a carer's fear of the cared-for person as a safeguarding concern",
            [
                (
                    "Revise the front-door screening guidance and brief duty staff",
                    "Principal Social Worker",
                    "30/09/2024",
                    "Guidance issued; all duty staff briefed",
                    "C",
                )
            ],
        ),
        (
            "3.2.1",
            "Review police risk assessment where the suspect is the victim's adult child",
            [
                (
                    "Dip-sample 50 adult family violence cases and report to the force's DA board",
                    "Detective Superintendent, Public Protection",
                    "30/06/2025",
                    "Sample drawn; review under way",
                    "G",
                ),
                (
                    "Include adult family violence in the next round of risk assessment training",
                    "Learning and Development Lead",
                    "30/09/2025",
                    "",
                    "R",
                ),
            ],
        ),
        (
            "3.2.2",
            "Run a learning campaign for primary care on abuse of parents by adult children",
            [
                (
                    "Produce a seven-minute briefing and present it at GP cluster meetings",
                    "Board Business Manager",
                    "31/05/2025",
                    "Briefing drafted",
                    "G",
                )
            ],
        ),
    ]
    fills = {"C": "BDD7EE", "G": "C6EFCE", "A": "FFEB9C", "R": "FFC7CE"}
    row = 2
    for ref, rec, actions in groups:
        first = row
        for a in actions:
            add_row(t, [ref, rec, *a], w, size=9, fills={6: fills[a[-1]]})
            row += 1
        merge_down(t, 0, first, row - 1, size=9)
        merge_down(t, 1, first, row - 1, size=9)
    save(doc, stem)


# ============ 5. DHR action tracker, Calibri 9 landscape: No. / Rec cols, Start and End dates, Open / Closed
def doc_ashbrindle():
    stem = "dhr_tracker_rec_col_after_no_start_end_dates_open_closed_unrepeated_header_calibri_ashbrindle"
    doc = word_doc(
        "Calibri",
        9,
        header="Safer Ashbrindle Partnership – DHR 'Ludovic' – action tracker",
        footer_left="Tracker v4 – 12 February 2025",
        landscape=True,
        page_of=False,
    )
    para(doc, "Safer Ashbrindle Partnership", bold=True, size=13)
    para(doc, "Domestic Homicide Review ‘Ludovic’ – action tracker (version 4)", bold=True, size=11)
    para(
        doc,
        "Ludovic, 71, was killed by his wife's adult grandson in 2022. The overview report made five "
        "recommendations, listed first; the tracker below breaks them into numbered actions (1.1, 1.2 …). "
        "Status is Open or Closed; an action closes when the DHR Steering Group accepts the evidence.",
    )
    para(doc, "Recommendations", bold=True)
    for ref, text in [
        (
            "Rec 1",
            "Safer Ashbrindle Partnership should make sure that domestic abuse training for all partners "
            "covers abuse of older people by grandchildren and other family members.",
        ),
        (
            "Rec 2",
            "Ashbrindle Borough Council Adult Social Care should record the views of the older person "
            "separately from those of their family when carrying out a care needs assessment.",
        ),
        (
            "Rec 3",
            "Ashbrindle Police should flag addresses where an older person lives with a family member "
            "who has a history of violence.",
        ),
        (
            "Rec 4",
            "Ashbrindle and Tresk NHS Trust should make sure that falls clinics ask how an injury happened "
            "and record the answer in the patient's own words.",
        ),
        (
            "Rec 5",
            "The Partnership should share this review's learning with the region's other community safety "
            "partnerships.",
        ),
    ]:
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(1.4)
        p.paragraph_format.first_line_indent = Cm(-1.4)
        r = p.add_run(ref)
        r.bold = True
        p.add_run("\t" + text)
    para(doc, "Action tracker", bold=True, size=11)
    headers = ["No.", "Rec", "Action", "Owner", "Start date", "End date", "Open / Closed", "Comments"]
    w = [1.1, 1.2, 7.2, 4.2, 2.0, 2.0, 1.9, 6.4]
    t = make_table(doc, headers, w, size=9, header_fill="FCE4D6", repeat=False)
    rows = [
        (
            "1.1",
            "Rec 1",
            "Add a module on abuse of older people by family members to the partnership's DA training",
            "DA Training Co-ordinator",
            "01/04/2023",
            "30/09/2023",
            "Closed",
            "Module delivered to 212 staff; evaluation on file",
        ),
        (
            "1.2",
            "Rec 1",
            "Ask each partner to confirm its own DA training covers the module's content",
            "Community Safety Manager",
            "01/10/2023",
            "31/03/2024",
            "Closed",
            "Returns from all eight partners",
        ),
        (
            "2.1",
            "Rec 2",
            "Change the care needs assessment form so the person's own views have a separate section",
            "Principal Occupational Therapist",
            "01/06/2023",
            "31/01/2024",
            "Closed",
            "New form in use since February 2024",
        ),
        (
            "2.2",
            "Rec 2",
            "Audit 30 assessments of people who live with family to check the section is used",
            "Quality Assurance Lead, Adult Social Care",
            "01/04/2024",
            "30/09/2024",
            "Open",
            "Audit done; report delayed by staff absence – revised end date 31/03/2025",
        ),
        (
            "3.1",
            "Rec 3",
            "Agree criteria for an address flag with the force's data protection officer",
            "Inspector, Safeguarding Hub",
            "01/05/2023",
            "31/12/2023",
            "Closed",
            "Criteria agreed 04/12/2023",
        ),
        (
            "3.2",
            "Rec 3",
            "Apply the flag to existing addresses found by a records search",
            "Inspector, Safeguarding Hub",
            "01/01/2024",
            "TBC",
            "Open",
            "Awaiting system change from the regional IT provider",
        ),
        (
            "4.1",
            "Rec 4",
            "Add a free-text 'how did this happen?' field to the falls clinic record",
            "Falls Service Lead",
            "01/07/2023",
            "31/10/2023",
            "Closed",
            "Field live; checked in audit",
        ),
        (
            "4.2",
            "Rec 4",
            "Brief falls clinic staff on asking about injuries and on routine enquiry",
            "Named Nurse, Adult Safeguarding",
            "01/11/2023",
            "31/05/2024",
            "Closed",
            "Briefings held at all three sites",
        ),
        (
            "5.1",
            "Rec 5",
            "Present the learning at the regional DHR network and publish a learning brief",
            "Community Safety Manager",
            "01/09/2024",
            "31/03/2025",
            "Open",
            "Network date set for 6 March 2025",
        ),
    ]
    for r in rows:
        add_row(t, list(r), w, size=9)
    para(doc, "")
    para(doc, "Next review by the DHR Steering Group: 14 April 2025.", italic=True)
    save(doc, stem)


def main():
    doc_hobbenfield()
    doc_tregallow()
    doc_inverdarroch()
    doc_pontyrhewl()
    doc_ashbrindle()


if __name__ == "__main__":
    main()
