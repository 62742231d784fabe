"""Build the heldout26 blind documents as Word files (python-docx).

Run once:  python tests/heldout26/build.py
Then convert each .docx with LibreOffice and extract text (see README.md).
Five documents of five families nobody had tuned on: a Scottish child protection learning review
with a phase-headed narrative chronology, titled "Recommendation N:" headings and an improvement plan
whose Rec cell is left blank on continuation rows; a DHR overview report extract with an ordinal-date
numbered-paragraph chronology, a No. | Para. | Recommendation | Organisation table and single agency
recommendations in an Agency | No. | Recommendation table; a Safeguarding Adults Board's SAR action
tracker in a narrow font, landscape, with theme band rows, "R1" recommendation cells merged down,
Mon-YY due dates and a Completed? (Y/N/P) column; a DHR executive summary with a dd/mm/yy chronology
table, "1)" recommendations and a plan whose action cells hold bullet lists; and a child safeguarding
partnership's action plan whose number column is Word list numbering inside merged cells, with RAG
words and a colour key. All people, places, local agency names and wording are fictional and the
author's own.
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
    full_row,
    heading,
    kv_table,
    make_table,
    merge_down,
    new_doc,
    numbered,
    para,
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
    return doc


def bullets(doc, items):
    for s in items:
        para(doc, s, style="List Bullet")


def bullet_cell(cell, items, size):
    """A table cell holding a bullet list, one Word 'List Bullet' paragraph per item."""
    cell.text = ""
    for i, s in enumerate(items):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        p.style = cell.part.document.styles["List Bullet"]
        r = p.add_run(s)
        r.font.size = Pt(size)


def auto_number_cell(cell):
    """A table cell whose only content is Word's own list number (the number lives in numbering.xml)."""
    cell.text = ""
    p = cell.paragraphs[0]
    p.style = cell.part.document.styles["List Number"]
    return p


# ============ 1. Scottish child protection learning review, Cambria 11: phase-headed narrative chronology
def doc_strathcorran():
    stem = "scot_cplr_phase_headed_narrative_chron_titled_rec_headings_improvement_plan_blank_rec_cells_cambria_strathcorran"
    doc = word_doc(
        "Cambria",
        11,
        header="Strathcorran Child Protection Committee",
        footer_left="Learning Review – Torquil – final report",
    )
    para(doc, "Strathcorran Child Protection Committee", bold=True, size=16)
    para(doc, "Learning Review: Torquil", bold=True, size=14)
    para(doc, "Final report to the Chief Officers Group, February 2025", italic=True)
    kv_table(
        doc,
        [
            ("Learning Review reference", "SCPC-LR-2023-01"),
            ("Lead reviewers", "Dr Alasdair Ruddock and Morag Glenaskie"),
            ("Child", "Torquil, aged 14 months"),
            ("Date of death", "19 May 2021"),
            ("Criteria met", "A child died and abuse or neglect was known or suspected"),
        ],
        widths=(5.5, 11),
        size=10,
    )
    heading(doc, "1. Why this review took place", 1)
    para(
        doc,
        "Torquil died in hospital after being found unresponsive at home. His father was later convicted of "
        "culpable homicide. The Child Protection Committee agreed that a Learning Review should be held so "
        "that services in Strathcorran could understand what helped and what got in the way.",
    )
    heading(doc, "2. What happened", 1)
    para(
        doc,
        "The review looked at the period from the first antenatal appointment to Torquil's death. It is set "
        "out below in three phases agreed by the review team.",
    )
    phases = [
        (
            "Phase 1 – Pregnancy (November 2019 to March 2020)",
            [
                "In November 2019 Torquil's mother booked with the community midwife and said she had no support "
                "from her family. She disclosed that her partner had been in prison.",
                "On 21 January 2020 the midwife made a referral to children's services; it was screened as "
                "needing no further action because the parents were said to be engaging.",
            ],
        ),
        (
            "Phase 2 – The first months (March 2020 to December 2020)",
            [
                "Torquil was born on 8 March 2020, four weeks early, and spent ten days in the neonatal unit.",
                "Between April and June 2020 the health visitor offered contacts by telephone only; the father "
                "answered most calls.",
                "On 3 October 2020 Torquil was taken to the emergency department with a bruise to his cheek that "
                "his father said was caused by a toy. No child protection referral was made.",
            ],
        ),
        (
            "Phase 3 – The final months (January 2021 to May 2021)",
            [
                "In February 2021 neighbours reported shouting and a baby crying for long periods to the housing "
                "association, which passed the report to the police two weeks later.",
                "On 17 May 2021 Torquil was brought to hospital by ambulance; he died two days later.",
            ],
        ),
    ]
    for title, paras in phases:
        heading(doc, title, 3)
        for s in paras:
            para(doc, s)
    heading(doc, "3. What the review learned", 1)
    bullets(
        doc,
        [
            "Telephone contact during the pandemic meant Torquil was rarely seen and his mother rarely heard alone.",
            "A bruise on a baby who is not yet mobile was not recognised as a sign of possible harm.",
            "Concerns reported to the housing association took too long to reach the police.",
        ],
    )
    heading(doc, "4. Recommendations", 1)
    para(
        doc,
        "The review team makes four recommendations. Each has a short title; the improvement plan in section 5 "
        "shows how the Committee will take them forward.",
    )
    recs = [
        (
            "Recommendation 1: Pre-birth referrals",
            "Strathcorran Council children's services should review how pre-birth referrals are screened so that "
            "a parent's history of violence is weighed before a decision of no further action.",
        ),
        (
            "Recommendation 2: Seeing the baby",
            "NHS Strathcorran should make sure that health visitors see a baby in person at every core contact, "
            "and that a parent is offered a chance to speak alone.",
        ),
        (
            "Recommendation 3: Bruising in non-mobile babies",
            "NHS Strathcorran should adopt a multi-agency protocol for bruising in non-mobile babies and train "
            "emergency department staff to use it.",
        ),
        (
            "Recommendation 4: Reports from housing providers",
            "The Child Protection Committee should agree with registered social landlords how concerns about "
            "a child's safety are passed to the police and children's services on the same day.",
        ),
    ]
    for title, text in recs:
        para(doc, title, bold=True)
        para(doc, text)
    heading(doc, "5. Improvement plan", 1)
    para(
        doc,
        "Status at 31 January 2025. The Rec. column is completed on the first line for each recommendation only.",
        italic=True,
        size=10,
    )
    headers = ["Rec.", "Improvement action", "Lead officer", "By when", "Measure of success", "Status"]
    w = [1.2, 5.2, 3.2, 2.2, 3.6, 1.9]
    t = make_table(doc, headers, w, size=9.5, header_fill="DBE5F1")
    rows = [
        (
            "1",
            "Add a prompt on parental history of violence to the pre-birth screening tool",
            "Service Manager, Children's Services",
            "June 2024",
            "Tool in use; audit of 20 pre-birth screenings",
            "Complete",
        ),
        (
            "",
            "Audit pre-birth referrals closed with no further action over six months",
            "Quality Assurance Officer",
            "December 2025",
            "Audit report to the Committee",
            "On track",
        ),
        (
            "2",
            "Restore face-to-face core contacts and add a 'seen alone' field to the health visiting record",
            "Lead Nurse, Health Visiting",
            "September 2024",
            "Monthly record audit shows the field completed",
            "Complete",
        ),
        (
            "3",
            "Agree and publish a multi-agency bruising protocol for non-mobile babies",
            "Lead Paediatrician for Child Protection",
            "March 2025",
            "Protocol signed by all partners",
            "Delayed",
        ),
        (
            "",
            "Deliver protocol training to emergency department nursing and medical staff",
            "Practice Educator, Emergency Department",
            "September 2025",
            "80% of staff trained",
            "Not started",
        ),
        (
            "4",
            "Write a same-day information-sharing agreement with the four registered social landlords",
            "Lead Officer, Child Protection Committee",
            "April 2025",
            "Agreement signed; first quarterly return received",
            "On track",
        ),
    ]
    for r in rows:
        add_row(t, list(r), w, size=9.5)
    para(doc, "")
    para(
        doc,
        "Progress is reported to each meeting of the Child Protection Committee and to the Chief Officers Group "
        "twice a year.",
        size=10,
    )
    save(doc, stem)


# ============ 2. DHR overview report extract, Georgia 10: ordinal-date numbered chronology, para cross-ref rec table
def doc_tarnsworth():
    stem = "dhr_overview_ordinal_date_numbered_para_chron_para_xref_rec_table_agency_rec_table_georgia_tarnsworth"
    doc = word_doc(
        "Georgia",
        10,
        header="OFFICIAL",
        footer_left="Tarnsworth CSP – DHR 'Hesper' – Overview Report – FINAL",
    )
    para(doc, "Tarnsworth Community Safety Partnership", bold=True, size=14, align="center")
    para(doc, "Domestic Homicide Review", bold=True, size=13, align="center")
    para(doc, "Overview Report into the death of ‘Hesper’", bold=True, size=12, align="center")
    para(doc, "Independent Chair and Author: Rowena Wetherden-Hale", align="center")
    para(doc, "Report completed: 12 September 2024", align="center")
    heading(doc, "5. Chronology", 1)
    para(
        doc,
        "5.1 Hesper was 61 and lived with her husband, Mr P, in a bungalow on the edge of Tarnsworth. The "
        "paragraphs below set out the contacts the panel judged most significant.",
    )
    for num, text in [
        (
            "5.2",
            "On 14th March 2021 Hesper attended her GP surgery with a fractured wrist. She said she had slipped "
            "on ice; the GP recorded the explanation and did not ask about her home life.",
        ),
        (
            "5.3",
            "On the 2nd of June 2021 police were called by a neighbour who heard Hesper screaming. Mr P was "
            "arrested and a DASH risk assessment was graded medium.",
        ),
        (
            "5.4",
            "Later that evening Mr P was released without charge because Hesper declined to give a statement.",
        ),
        (
            "5.5",
            "On 19th August 2021 Hesper rang the Tarnsworth Domestic Abuse Service helpline and asked about "
            "leaving home. She did not keep the appointment she was offered.",
        ),
        (
            "5.6",
            "In January 2022 Mr P's drinking increased after he was made redundant; his brother told the panel "
            "the family had noticed but did not know where to turn.",
        ),
        (
            "5.7",
            "On 27th April 2022 Hesper was found dead at home. Mr P was later convicted of her murder.",
        ),
    ]:
        numbered(doc, num, text)
    heading(doc, "9. Conclusions", 1)
    numbered(
        doc,
        "9.4",
        "Hesper's injury in March 2021 was the first chance for a professional to ask her about abuse. It was "
        "missed because older women are seldom thought of as victims.",
    )
    numbered(
        doc,
        "9.7",
        "The medium grading in June 2021 did not take account of the escalation described by the neighbour.",
    )
    numbered(
        doc,
        "9.9",
        "Hesper reached out once, by telephone, and the service had no way to follow up a caller who did not "
        "come back.",
    )
    heading(doc, "10. Recommendations", 1)
    numbered(
        doc,
        "10.1",
        "The panel's recommendations are set out below. The Para. column gives the paragraph of this report "
        "where the learning behind each recommendation is discussed.",
    )
    w = [1.1, 1.4, 10.1, 4.0]
    t = make_table(doc, ["No.", "Para.", "Recommendation", "Organisation"], w, size=9.5, header_fill="E7E6E6")
    for row in [
        (
            "1",
            "9.4",
            "Tarnsworth Primary Care Network should make sure GPs ask older patients who present with "
            "injuries about their safety at home.",
            "Tarnsworth Primary Care Network",
        ),
        (
            "2",
            "9.7",
            "Tarnsworth Police should dip-sample medium risk assessments where a third party reported the "
            "incident, to check that the caller's account informed the grading.",
            "Tarnsworth Police",
        ),
        (
            "3",
            "9.9",
            "Tarnsworth Domestic Abuse Service should introduce a call-back for helpline callers who do not "
            "attend an offered appointment.",
            "Tarnsworth Domestic Abuse Service",
        ),
        (
            "4",
            "9.9",
            "The Community Safety Partnership should run a campaign aimed at families and friends of older "
            "victims, explaining where to get advice.",
            "Tarnsworth Community Safety Partnership",
        ),
        (
            "5",
            "9.4",
            "The Home Office should include abuse of older people by partners in the next revision of the "
            "domestic abuse statutory guidance.",
            "Home Office",
        ),
    ]:
        add_row(t, list(row), w, size=9.5)
    para(doc, "")
    numbered(
        doc,
        "10.2",
        "Single agency recommendations. The agencies below made recommendations for themselves in their "
        "Individual Management Reviews; the panel endorses them.",
    )
    w = [4.2, 1.1, 11.3]
    t = make_table(doc, ["Agency", "No.", "Recommendation"], w, size=9.5, header_fill="E7E6E6")
    rows = [
        (
            "Tarnsworth Police",
            "1",
            "All response officers will complete refresher training on coercive control in older relationships.",
        ),
        (
            "Tarnsworth Police",
            "2",
            "Supervisors will review every release without charge in a domestic abuse case within 24 hours.",
        ),
        (
            "Hearthside Housing Trust",
            "1",
            "Tenancy officers will record and report to the police any neighbour complaint that describes a "
            "person screaming or calling for help.",
        ),
    ]
    for r in rows:
        add_row(t, list(r), w, size=9.5)
    merge_down(t, 0, 1, 2, size=9.5)
    para(doc, "")
    numbered(
        doc,
        "10.3",
        "An action plan for these recommendations will be agreed by the Community Safety Partnership and "
        "published separately.",
    )
    save(doc, stem)


# ============ 3. SAB SAR action tracker, Arial Narrow 8 landscape: theme bands, merged R1 cells, Y/N/P
def doc_fellbrough():
    stem = (
        "sab_sar_tracker_theme_bands_merged_r_rec_cells_mon_yy_due_completed_ynp_narrow_landscape_fellbrough"
    )
    doc = word_doc(
        "Arial Narrow",
        9,
        header="Fellbrough Safeguarding Adults Board – SAR Cuthbert – action tracker",
        footer_left="Tracker updated 30/04/2025 – SAR Sub-group",
        landscape=True,
    )
    para(doc, "Fellbrough Safeguarding Adults Board", bold=True, size=13)
    para(doc, "Safeguarding Adults Review ‘Cuthbert’ – action tracker", bold=True, size=11)
    para(
        doc,
        "Cuthbert, 79, died in hospital on 6 December 2022 after months of self-neglect at home. The review made "
        "five recommendations (R1–R5), grouped below under the review's three themes. Completed? Y = yes, "
        "P = part complete, N = not yet begun. Due dates are month and year.",
    )
    para(doc, "About the review", bold=True, size=10)
    para(
        doc,
        "Cuthbert lived alone in a terraced house he had owned for fifty years. In the last year of his life "
        "he declined district nursing visits, would not let carers in and stopped collecting his prescriptions. "
        "Agencies each saw part of the picture; no single agency brought them together until he was admitted "
        "to hospital with pressure ulcers and pneumonia. The review was led by an independent reviewer and "
        "published by the Board in June 2024.",
    )
    para(doc, "Summary of progress", bold=True, size=10)
    sw = [7.0, 2.0, 2.0, 2.0, 2.0]
    st = make_table(doc, ["Theme", "Actions", "Y", "P", "N"], sw, size=9, header_fill="D0CECE", repeat=False)
    for r in [
        ("Theme 1: Self-neglect and refusal of care", "4", "2", "1", "1"),
        ("Theme 2: Working together", "4", "2", "1", "1"),
        ("Theme 3: Hospital discharge", "1", "0", "0", "1"),
    ]:
        add_row(st, list(r), sw, size=9)
    para(doc, "")
    headers = ["Ref", "Recommendation", "Action", "Resp.", "Due", "Completed? (Y/N/P)", "Evidence / update"]
    w = [1.0, 6.0, 6.4, 3.4, 1.4, 1.8, 5.8]
    t = make_table(doc, headers, w, size=8.5, header_fill="D0CECE")
    groups = [
        (
            "Theme 1: Self-neglect and refusal of care",
            [
                (
                    "R1 The Board should make sure its self-neglect procedure is used when an adult repeatedly "
                    "refuses care and their living conditions put their health at risk.",
                    [
                        (
                            "1.1",
                            "Relaunch the self-neglect procedure with a one-page practice guide",
                            "SAB Business Manager",
                            "Sep-24",
                            "Y",
                            "Guide published; launch webinar attended by 140 staff",
                        ),
                        (
                            "1.2",
                            "Audit ten self-neglect cases across adult social care and community health",
                            "SAB Quality Sub-group Chair",
                            "Mar-25",
                            "P",
                            "Seven of ten cases audited; findings to go to the Board in June",
                        ),
                    ],
                ),
                (
                    "R2 Fellbrough Council Adult Social Care should make sure mental capacity is assessed and "
                    "recorded for each significant decision the adult refuses.",
                    [
                        (
                            "2.1",
                            "Add a decision-specific capacity template to the case recording system",
                            "Principal Social Worker",
                            "Dec-24",
                            "Y",
                            "Template live since November 2024",
                        ),
                        (
                            "2.2",
                            "Deliver capacity assessment workshops to community teams",
                            "Workforce Development Lead",
                            "Jun-25",
                            "N",
                            "Workshops booked from May 2025; trainer confirmed",
                        ),
                    ],
                ),
            ],
        ),
        (
            "Theme 2: Working together",
            [
                (
                    "R3 Fellbrough Community Health Services should refer to a multi-agency risk meeting any adult "
                    "whose care is refused three times within a month.",
                    [
                        (
                            "3.1",
                            "Add the three-refusal trigger to the district nursing standard operating procedure",
                            "Head of Community Nursing",
                            "Oct-24",
                            "Y",
                            "Procedure ratified at the trust's safeguarding committee",
                        ),
                        (
                            "3.2",
                            "Report the number of referrals made under the trigger to the Board each quarter",
                            "Named Nurse, Adult Safeguarding",
                            "Jul-25",
                            "P",
                            "First quarterly report given in April 2025: four referrals made, all discussed "
                            "at a risk meeting within ten working days; the second report is due in July",
                        ),
                    ],
                ),
                (
                    "R4 The Board should ask Fellbrough Fire and Rescue Service and the housing providers to share "
                    "home safety concerns about adults who self-neglect.",
                    [
                        (
                            "4.1",
                            "Agree a referral route from home fire safety visits to adult social care",
                            "Station Manager, Prevention",
                            "Nov-24",
                            "Y",
                            "Route agreed; 12 referrals received since December",
                        ),
                        (
                            "4.2",
                            "Agree an information-sharing protocol between the three housing providers and the Board",
                            "SAB Business Manager",
                            "Sep-25",
                            "N",
                            "",
                        ),
                    ],
                ),
            ],
        ),
        (
            "Theme 3: Hospital discharge",
            [
                (
                    "R5 Fellbrough Hospitals NHS Trust should make sure that an adult known to self-neglect is not "
                    "discharged home until a named community professional has agreed to visit within 48 hours.",
                    [
                        (
                            "5.1",
                            "Add a self-neglect question and a named-visitor field to the discharge checklist",
                            "Discharge Team Lead",
                            "Aug-25",
                            "N",
                            "Change request raised with the trust's digital team in March 2025",
                        ),
                    ],
                ),
            ],
        ),
    ]
    row = 1
    for theme, recs in groups:
        full_row(t, theme, fill="EDEDED", size=8.5)
        row += 1
        for rec, actions in recs:
            first = row
            for ref, action, who, due, done, update in actions:
                add_row(t, [ref, rec, action, who, due, done, update], w, size=8.5)
                row += 1
            merge_down(t, 1, first, row - 1, size=8.5)
    para(doc, "")
    para(doc, "Next update to the SAR Sub-group: July 2025.", italic=True)
    save(doc, stem)


# ============ 4. DHR executive summary + plan, Verdana 9.5: dd/mm/yy chronology table, "1)" recs, bullet action cells
def doc_orrinstead():
    stem = "dhr_exec_summary_short_year_chron_table_paren_recs_plan_bullet_action_cells_verdana_orrinstead"
    doc = word_doc(
        "Verdana",
        9.5,
        header="Orrinstead Safer Communities Partnership",
        footer_left="DHR Zinnia – Executive Summary",
        page_of=False,
    )
    para(doc, "Orrinstead Safer Communities Partnership", bold=True, size=13)
    para(doc, "Domestic Homicide Review: Zinnia", bold=True, size=12)
    para(doc, "Executive Summary", bold=True, size=11)
    para(doc, "Review ref. OSCP/DHR/2022-03     Independent Chair: Oswin Threlkeld     June 2024")
    heading(doc, "1. The review", 1)
    para(
        doc,
        "Zinnia was 34 when she was killed by her former partner, Mr K, on 11 September 2022. They had two "
        "young children. The review covered the period from January 2020 to her death.",
    )
    heading(doc, "2. Summary chronology", 1)
    para(doc, "Dates are shown as dd/mm/yy.", italic=True, size=9)
    w = [2.0, 3.6, 11.0]
    t = make_table(doc, ["Date", "Agency", "Contact"], w, size=9, header_fill="F2DCDB")
    for r in [
        (
            "04/02/20",
            "Orrinstead Police",
            "Zinnia reports Mr K took her phone and keys; no offences recorded.",
        ),
        (
            "17/09/20",
            "Health visiting",
            "Zinnia tells the health visitor she is tired and isolated; not asked about abuse.",
        ),
        ("23/03/21", "MARAC", "Case heard at MARAC after an assault; IDVA allocated."),
        ("30/06/21", "IDVA service", "Case closed after three unanswered calls."),
        (
            "08/01/22",
            "Children's services",
            "Referral after the children witness an argument; single assessment begun.",
        ),
        ("11/09/22", "Orrinstead Police", "Zinnia found with fatal injuries at her home."),
    ]:
        add_row(t, list(r), w, size=9)
    para(doc, "")
    heading(doc, "3. Key learning", 1)
    bullets(
        doc,
        [
            "Closing a high-risk case after unanswered calls left Zinnia without support when risk was rising.",
            "The children's experiences were not linked to what the MARAC already knew.",
        ],
    )
    heading(doc, "4. Recommendations", 1)
    para(doc, "The Review Panel made four recommendations:")
    for n, text in [
        (
            "1)",
            "The Orrinstead IDVA service should not close a high-risk case on non-engagement alone without a "
            "multi-agency discussion.",
        ),
        (
            "2)",
            "Orrinstead Borough Council children's services should check MARAC records when starting a single "
            "assessment in a household where domestic abuse is known.",
        ),
        (
            "3)",
            "Orrinstead Health Visiting Service should ask every parent about domestic abuse at the six-month "
            "contact, seeing them alone.",
        ),
        (
            "4)",
            "The Partnership should commission a refresher on coercive control for all agencies that attend "
            "MARAC.",
        ),
    ]:
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(0.9)
        p.paragraph_format.first_line_indent = Cm(-0.9)
        p.add_run(f"{n}\t{text}")
    doc.add_page_break()
    heading(doc, "5. Action plan", 1)
    para(doc, "Status as at May 2024.", italic=True, size=9)
    w = [1.2, 7.0, 3.2, 2.4, 2.8]
    t = make_table(
        doc, ["Rec.", "Actions", "Lead officer", "Target date", "Status"], w, size=9, header_fill="F2DCDB"
    )
    rows = [
        (
            "1",
            [
                "Amend the IDVA case closure policy: no high-risk case closed without MARAC agreement",
                "Brief all IDVAs on the amended policy",
            ],
            "IDVA Service Manager",
            "31/03/2024",
            "Complete",
        ),
        (
            "2",
            [
                "Give children's services assessment teams read access to the MARAC minutes system",
                "Add a 'MARAC checked' question to the single assessment",
                "Audit 25 single assessments where domestic abuse was known",
            ],
            "Head of Children's Safeguarding",
            "30/09/2024",
            "Ongoing",
        ),
        (
            "3",
            [
                "Move the routine enquiry question to the six-month contact checklist",
                "Record whether the parent was seen alone",
            ],
            "Health Visiting Team Leader",
            "31/07/2024",
            "Ongoing",
        ),
        (
            "4",
            [
                "Commission a coercive control refresher for MARAC agencies",
                "Evaluate attendance and feedback after the first year",
            ],
            "Partnership Manager",
            "31/03/2025",
            "Not started",
        ),
    ]
    for rec, acts, lead, when, status in rows:
        row = add_row(t, [rec, "", lead, when, status], w, size=9)
        bullet_cell(row.cells[1], acts, 9)
    para(doc, "")
    para(doc, "The Partnership's DHR Oversight Group monitors this plan every quarter.", size=9)
    save(doc, stem)


# ============ 5. LCSPR partnership action plan, Calibri 10: auto-numbered merged No. column, RAG words
def doc_quillmarsh():
    stem = "lcspr_partnership_plan_auto_numbered_merged_no_col_rag_words_colour_key_calibri_quillmarsh"
    doc = word_doc(
        "Calibri",
        10,
        header="Quillmarsh Safeguarding Children Partnership",
        footer_left="LCSPR Baby Perrin – partnership action plan – v3",
    )
    para(doc, "Quillmarsh Safeguarding Children Partnership", bold=True, size=14)
    para(doc, "Local Child Safeguarding Practice Review: Baby Perrin", bold=True, size=12)
    para(doc, "Partnership action plan – version 3, March 2025", bold=True, size=11)
    kv_table(
        doc,
        [
            ("Review published", "November 2024"),
            ("Plan owner", "Quillmarsh Safeguarding Children Partnership Executive"),
            ("Monitored by", "Learning and Improvement Sub-group"),
        ],
        widths=(5, 11.5),
        size=10,
    )
    heading(doc, "Background", 2)
    para(
        doc,
        "Baby Perrin was taken to hospital at eight weeks old with a skull fracture and rib fractures of "
        "different ages. Both parents were known to services: the mother had been in care as a teenager and "
        "the father had two older children who had been the subject of care proceedings in another area. The "
        "Partnership published the review in November 2024 and agreed this plan in December.",
    )
    heading(doc, "What the review found", 2)
    bullets(
        doc,
        [
            "Professionals knew little about Baby Perrin's father; assessments were built around the mother.",
            "Records of the father's earlier care proceedings existed but were not found when the referral came in.",
            "Neither parent had been given advice about coping with a crying baby.",
            "GP practices were not told when a family moved into the area during pregnancy.",
        ],
    )
    heading(doc, "Action plan", 2)
    para(
        doc,
        "The review made four recommendations to the partnership; the number column follows the report. "
        "RAG key: Blue – complete; Green – on track; Amber – some slippage; Red – not started.",
    )
    headers = ["No.", "Recommendation", "Action", "Lead", "Target date", "Progress update", "RAG"]
    w = [0.9, 3.5, 3.8, 2.3, 2.0, 3.1, 1.4]
    t = make_table(doc, headers, w, size=9.5, header_fill="C9DAF8")
    groups = [
        (
            "The partnership should make sure that fathers and male carers are included in antenatal and "
            "postnatal assessments.",
            [
                (
                    "Add questions about the father's history and wellbeing to the midwifery booking form",
                    "Safeguarding Midwife, Quillmarsh Hospitals",
                    "30/06/2024",
                    "New form in use since July 2024",
                    "Blue",
                ),
                (
                    "Invite fathers to the new birth visit by letter as well as the mother",
                    "Health Visiting Service Lead",
                    "31/10/2024",
                    "Letter agreed; printing delayed by supplier",
                    "Amber",
                ),
            ],
        ),
        (
            "Quillmarsh Children's Services should make sure that information about a parent's past care "
            "proceedings is found and used when a new baby is referred.",
            [
                (
                    "Link archived family court records to the new referral screening check",
                    "Head of Front Door Services",
                    "31/12/2024",
                    "Check live; first audit shows records found in 18 of 20 cases",
                    "Green",
                ),
            ],
        ),
        (
            "The partnership should deliver a campaign on safe handling of babies and coping with crying.",
            [
                (
                    "Launch the coping with crying campaign across maternity, health visiting and GP surgeries",
                    "Partnership Business Manager",
                    "31/01/2025",
                    "Materials ready; launch moved to spring",
                    "Amber",
                ),
                (
                    "Add coping with crying to the induction of new children's centre staff",
                    "Early Help Manager",
                    "30/09/2025",
                    "",
                    "Red",
                ),
            ],
        ),
        (
            "Quillmarsh Integrated Care Board should make sure GP practices are told when a pregnant woman "
            "moves into their area and registers with a midwife before a GP.",
            [
                (
                    "Set up a weekly notification from the maternity booking system to the GP practice named by "
                    "the woman, or to the nearest practice where none is named",
                    "Designated Nurse for Safeguarding Children",
                    "31/03/2025",
                    "Notification tested with two practices; full roll-out waits on the maternity system "
                    "supplier's upgrade, now expected in April",
                    "Amber",
                ),
                (
                    "Audit new registrations in pregnancy to check that the notification reached the practice",
                    "Named GP for Safeguarding",
                    "31/12/2025",
                    "",
                    "Red",
                ),
            ],
        ),
    ]
    fills = {"Blue": "9BC2E6", "Green": "A9D08E", "Amber": "FFD966", "Red": "F4B084"}
    row = 1
    for rec, actions in groups:
        first = row
        for a in actions:
            r = add_row(t, ["", rec, *a], w, size=9.5, fills={6: fills[a[-1]]})
            row += 1
            if row - 1 == first:
                auto_number_cell(r.cells[0])
        merge_down(t, 1, first, row - 1, size=9.5)
        merge_down(t, 0, first, row - 1, size=9.5)
    para(doc, "")
    para(doc, "Next review of this plan: June 2025.", italic=True)
    para(doc, "Sign-off", bold=True)
    kv_table(
        doc,
        [
            ("Agreed by", "Partnership Executive, 11 December 2024"),
            ("Last updated by", "Partnership Business Manager, 14 March 2025"),
        ],
        widths=(5, 11.5),
        size=9.5,
    )
    save(doc, stem)


def main():
    doc_strathcorran()
    doc_tarnsworth()
    doc_fellbrough()
    doc_orrinstead()
    doc_quillmarsh()


if __name__ == "__main__":
    main()
