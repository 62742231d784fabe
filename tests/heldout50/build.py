"""Build the heldout50 blind documents as Word files (python-docx).

Run once:  python tests/heldout50/build.py
Then convert each .docx with LibreOffice and extract text (see README.md).
Five documents of mainstream report families, varied in the details: an NHS independent mental health homicide
investigation report whose title page stacks capitalised labels over their values, with "Recommendation N"
headings and the Trust's action plan (Rec. | Action | Lead | Timescale | Evidence of completion | RAG); a DHR
overview report extract whose chronology is paragraphs opening with a bold date, whose recommendations are grouped
under agency headings with numbering restarting per agency and then overview ones, with the review id only in the
running footer and the chair's sign-off on the last page; a Local Child Safeguarding Practice Review with a Date |
Time | Agency | Contact | Detail chronology and a recommendations table carrying the partnership's response, lead,
date and status; a DHR action plan printed as two tables, overview recommendations (OV refs) and single-agency
ones (agency-letter refs); and a SAR executive summary whose recommendations sit in titled boxes.
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
    box,
    docx_saver,
    make_table,
    merge_down,
    new_doc,
    numbered,
    para,
    set_landscape,
    set_text,
    set_widths,
    shade,
)

save = docx_saver(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)


def word_doc(font, size, header, margins=(2, 2, 2, 2), landscape=False, head_align=WD_ALIGN_PARAGRAPH.RIGHT):
    """A document in one font throughout (headings too) with a running head; the footer is set by the caller."""
    doc = new_doc(header=header, font=font, size=size)
    doc.sections[0].header.paragraphs[0].alignment = head_align
    for r in doc.sections[0].header.paragraphs[0].runs:
        r.font.size = Pt(size - 1.5)
    for name in ("Heading 1", "Heading 2", "Heading 3", "List Bullet", "List Number"):
        st = doc.styles[name]
        st.font.name = font
        rfonts = st.element.rPr.find(qn("w:rFonts")) if st.element.rPr is not None else None
        if rfonts is not None:
            for att in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
                rfonts.attrib.pop(qn(att), None)
            rfonts.set(qn("w:ascii"), font)
            rfonts.set(qn("w:hAnsi"), font)
        if name.startswith("Heading"):
            st.font.color.rgb = RGBColor(0x2B, 0x2B, 0x2B)
    doc.styles["Heading 1"].font.size = Pt(size + 4)
    doc.styles["Heading 2"].font.size = Pt(size + 2)
    doc.styles["Heading 3"].font.size = Pt(size + 1)
    doc.styles["Normal"].paragraph_format.space_after = Pt(4)
    sec = doc.sections[0]
    if landscape:
        set_landscape(sec)
    sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = (Cm(m) for m in margins)
    return doc


def footer(sec, parts, align=WD_ALIGN_PARAGRAPH.CENTER, size=8):
    """A footer of text and fields: parts are strings, or ('PAGE',) / ('NUMPAGES',) for a field."""
    p = sec.footer.paragraphs[0]
    p.text = ""
    p.alignment = align
    for part in parts:
        if isinstance(part, tuple):
            add_field(p.add_run(), part[0])
        else:
            p.add_run(part)
    for r in p.runs:
        r.font.size = Pt(size)


def heading(doc, text, level=1):
    return doc.add_heading(text, level=level)


def hanging(doc, mark, text, indent=1.0, left=0.0, size=None):
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(left + indent)
    p.paragraph_format.first_line_indent = Cm(-indent)
    r = p.add_run(f"{mark}\t{text}")
    if size:
        r.font.size = Pt(size)
    return p


def page_break(doc):
    doc.add_page_break()


def run_in(doc, lead, text, italic_lead=False):
    """A paragraph opening with a bold run-in (a date, a label) followed by plain text."""
    p = doc.add_paragraph()
    r = p.add_run(lead)
    r.bold = True
    r.italic = italic_lead
    p.add_run(text)
    return p


# ============ 1. NHS independent mental health homicide investigation: stacked-label title page; Trust plan
S1 = "nhs_mh_homicide_independent_investigation_title_page_caps_labels_above_values_recommendation_n_headings_trust_plan_rec_action_lead_timescale_evidence_rag_word_key_nimbus_sans_narrow_tarnhallow"
TRUST1 = "Tarnhallow and Pencaster NHS Foundation Trust"
ICB1 = "Tarnhallow Integrated Care Board"
RECS1 = [
    (
        "1",
        "The Trust should make sure that when a community patient’s depot medication is missed twice in a row, "
        "the care coordinator arranges a face-to-face review within seven days and records the outcome.",
    ),
    (
        "2",
        "The Trust should revise its carer involvement standard so that a relative who lives with a patient is "
        "asked about changes in the patient’s behaviour at every care programme approach review.",
    ),
    (
        "3",
        "Tarnhallow Integrated Care Board should seek assurance that GP practices are told within two working days "
        "when a patient is discharged from a community mental health team caseload.",
    ),
    (
        "4",
        "The Trust should audit the quality of risk formulations in community mental health teams twice a year "
        "and report the findings to its Patient Safety Group.",
    ),
]
PLAN1 = [
    (
        "1",
        [
            (
                "Amend the depot clinic standard operating procedure to add an escalation step after two missed doses",
                "Head of Nursing, Community Services",
                "Mar 2025",
                "Revised procedure v3.2 approved 12/02/2025",
                "Green",
            ),
            (
                "Add a missed-depot alert to the electronic patient record",
                "Chief Clinical Information Officer",
                "30/06/2025",
                "Alert live on test system; roll-out planned",
                "Amber",
            ),
        ],
    ),
    (
        "2",
        [
            (
                "Rewrite the carer involvement standard with the Carers’ Forum",
                "Carer Lead",
                "30/09/2025",
                "Draft standard circulated for comment",
                "Amber",
            ),
            (
                "Add a carer question to the care programme approach review template",
                "Clinical Systems Manager",
                "Dec 2025",
                "Not yet begun",
                "Red",
            ),
        ],
    ),
    (
        "3",
        [
            (
                "Agree a discharge notification measure in the mental health contract",
                "Mental Health Commissioning Lead",
                "31/03/2025",
                "Contract variation signed 28/03/2025",
                "Green",
            ),
        ],
    ),
    (
        "4",
        [
            (
                "Design a risk formulation audit tool and pilot it in two teams",
                "Associate Director of Patient Safety",
                "31/05/2025",
                "Tool piloted in Tarnhallow North and Pencaster teams",
                "Green",
            ),
            (
                "Report the first six-monthly audit to the Patient Safety Group",
                "Associate Director of Patient Safety",
                "Jan 2026",
                "Audit fieldwork under way",
                "Amber",
            ),
        ],
    ),
]


def build1():
    doc = word_doc(
        "Nimbus Sans Narrow",
        10.5,
        "Tarnhallow – Mr R – Independent investigation",
        margins=(2, 2.4, 2.4, 2.4),
        head_align=WD_ALIGN_PARAGRAPH.LEFT,
    )
    footer(
        doc.sections[0],
        ["Independent investigation 2023/11842   |   Page ", ("PAGE",)],
        align=WD_ALIGN_PARAGRAPH.RIGHT,
    )
    para(doc, "NHS England – Oxenridge Region", bold=True, size=12)
    doc.add_paragraph()
    para(
        doc,
        "Independent investigation into the care and treatment of a mental health service user (Mr R)",
        bold=True,
        size=20,
    )
    doc.add_paragraph()
    for label, value in (
        ("CASE REFERENCE", "2023/11842"),
        ("DATE OF INCIDENT", "6 February 2023"),
        ("LOCALITY", "Tarnhallow"),
        ("THE PERSON WHO DIED", "Mrs E, aged 71, Mr R’s aunt"),
        ("INVESTIGATION CARRIED OUT BY", "Garthby Health Investigations Ltd"),
        ("LEAD INVESTIGATOR", "Dr Anwen Castellow-Reid"),
        ("PUBLISHED", "October 2024"),
    ):
        p = para(doc, label, bold=True, size=8.5)
        p.paragraph_format.space_after = Pt(0)
        p.runs[0].font.color.rgb = RGBColor(0x00, 0x5E, 0xB8)
        para(doc, value, size=12).paragraph_format.space_after = Pt(8)
    doc.add_paragraph()
    para(
        doc,
        "This report is published with the agreement of Mrs E’s family. Names have been changed.",
        italic=True,
        size=9,
    )
    page_break(doc)
    heading(doc, "1  Summary", 1)
    numbered(
        doc,
        "1.1",
        "Mr R was 34 and had been under the care of a community mental health team in Tarnhallow for "
        "six years. He lived with his aunt, Mrs E, in her bungalow. In the early hours of 6 February 2023 he "
        "attacked Mrs E, who died of her injuries. Mr R was later convicted of manslaughter on the grounds of "
        "diminished responsibility.",
    )
    numbered(
        doc,
        "1.2",
        "NHS England commissioned this investigation under its serious incident framework. We "
        "read the Trust’s records and its internal review, and we spoke with staff, with Mr R and with Mrs E’s "
        "son, whose help we gratefully acknowledge.",
    )
    heading(doc, "2  Findings", 1)
    numbered(
        doc,
        "2.1",
        "Mr R missed two consecutive depot injections in December 2022 and January 2023. Neither "
        "was followed up in person. The homicide was not predictable, but the missed doses were an "
        "opportunity to reassess his mental state that was not taken.",
    )
    numbered(
        doc,
        "2.2",
        "Mrs E had told a nurse that Mr R was sleeping little and talking to himself. That was "
        "recorded but was not shared with the care coordinator.",
    )
    heading(doc, "3  Recommendations", 1)
    for num, text in RECS1:
        heading(doc, f"Recommendation {num}", 3)
        para(doc, text)
    para(doc, "The Trust’s action plan in response to these recommendations is at Appendix B.", italic=True)
    page_break(doc)
    heading(doc, "Appendix B – Tarnhallow and Pencaster NHS Foundation Trust action plan", 2)
    para(
        doc,
        "Position reported to the Oxenridge Independent Investigations Group on 14 November 2025.",
        size=9.5,
    )
    widths = [1.3, 4.6, 2.9, 1.9, 3.6, 1.3]
    t = make_table(
        doc,
        ["Rec.", "Action", "Lead", "Timescale", "Evidence of completion", "RAG"],
        widths,
        header_fill="C6D9F1",
        size=9,
    )
    fills = {"Green": "C6EFCE", "Amber": "FFEB9C", "Red": "FFC7CE"}
    row = 1
    for num, actions in PLAN1:
        first = row
        for a in actions:
            add_row(t, [num, *a], widths, size=9, fills={5: fills[a[4]]})
            row += 1
        merge_down(t, 0, first, row - 1, size=9, bold=True)
    para(doc, "")
    para(
        doc,
        "RAG key: Green – action complete and evidenced; Amber – in progress within timescale; Red – not "
        "started.",
        italic=True,
        size=8.5,
    )
    save(doc, S1)


# ============ 2. DHR overview report extract: bold-date chronology paragraphs; agency-grouped recs restarting
S2 = "dhr_overview_extract_review_id_only_in_running_footer_chronology_paras_opening_bold_date_recs_under_agency_headings_numbering_restarts_then_overview_recs_chair_signs_off_last_page_p052_cressingham"
CHRON2 = [
    (
        "3 March 2021.",
        " Joanne went to her GP practice, Hurnby Road Surgery, with a wrist injury. She said she had "
        "fallen in the garden. The GP did not ask how the fall happened.",
    ),
    (
        "17 June 2021.",
        " A neighbour called Cressingham Police after hearing shouting. Officers spoke to Joanne and "
        "Martin at the door; both said that there had been an argument about money. No risk assessment was completed.",
    ),
    (
        "August 2021.",
        " Joanne applied to Cressingham Borough Council for help with rent arrears. The housing "
        "officer noted that Martin answered most of the questions.",
    ),
    (
        "29 November 2021.",
        " Joanne attended the emergency department at Cressingham General Hospital with bruising "
        "to her face. She was seen alone for part of the visit and was given a domestic abuse helpline card.",
    ),
    (
        "11 January 2022.",
        " Martin was arrested after Joanne reported that he had pushed her down the stairs. She "
        "withdrew her statement two days later and he was released without charge.",
    ),
    (
        "4 May 2022.",
        " A housing officer visited about the arrears. Joanne said Martin had moved out; he was "
        "present in the next room during the visit.",
    ),
    (
        "2 August 2022.",
        " Joanne texted a friend that she was frightened of Martin and planned to stay with her sister.",
    ),
    (
        "14 August 2022.",
        " Police were called to the house and found Joanne dead. Martin was arrested at the "
        "scene and later convicted of her murder.",
    ),
]
AGENCY_RECS2 = [
    (
        "Cressingham Police",
        [
            "Cressingham Police should make sure that officers attending any report of a domestic argument complete a "
            "risk assessment, even where both parties deny abuse.",
            "Cressingham Police should review how victimless prosecutions are considered when a victim withdraws her "
            "statement after an assault.",
        ],
    ),
    (
        "Cressingham and Hurnby NHS Trust",
        [
            "The Trust should audit whether patients attending the emergency department with facial injuries are "
            "asked about domestic abuse while seen alone.",
        ],
    ),
    (
        "Hurnby Road Surgery",
        [
            "The practice should train its clinicians to ask how an injury happened and to record the answer in "
            "the patient’s own words.",
        ],
    ),
    (
        "Cressingham Borough Council (Housing Services)",
        [
            "Housing Services should update its home visit guidance so that an officer who suspects that a "
            "partner is controlling the conversation arranges to speak to the tenant alone.",
            "Housing Services should add domestic abuse to the reasons officers consider when a tenant falls "
            "into rent arrears.",
        ],
    ),
]
OVERVIEW_RECS2 = [
    "Cressingham Safer Communities Partnership should commission a campaign telling friends and family how to "
    "respond when someone tells them that they are frightened of a partner.",
    "Cressingham Safer Communities Partnership should ask the MARAC steering group to agree how repeat incidents "
    "below the referral threshold are brought to its attention.",
    "Cressingham Safer Communities Partnership should monitor the agency action plans every six months until "
    "every action is complete.",
]


def build2():
    doc = word_doc("P052", 11, "", margins=(2.5, 2.5, 2.3, 2.3))
    footer(
        doc.sections[0],
        ["DHR-CS-2022-03   Overview Report   OFFICIAL   ", ("PAGE",)],
        align=WD_ALIGN_PARAGRAPH.LEFT,
        size=8.5,
    )
    for _ in range(3):
        doc.add_paragraph()
    para(doc, "Cressingham Safer Communities Partnership", size=14, align="center")
    doc.add_paragraph()
    para(doc, "Domestic Homicide Review", bold=True, size=24, align="center")
    para(doc, "Overview Report", size=18, align="center")
    doc.add_paragraph()
    para(doc, "Joanne", italic=True, size=16, align="center")
    doc.add_paragraph()
    para(doc, "Final version for publication", size=11, align="center")
    para(doc, "(extract: sections 1, 4 and 9)", size=10, align="center", italic=True)
    page_break(doc)
    heading(doc, "1. Introduction", 1)
    numbered(
        doc,
        "1.1",
        "This review looks at how agencies in Cressingham responded to Joanne, who was 44 when she "
        "was killed at her home by her partner, Martin, aged 47. Joanne’s family chose her name for the "
        "report. They describe her as a generous and funny woman who loved her garden and her two nephews.",
    )
    numbered(
        doc,
        "1.2",
        "The review covers the period from January 2021 to Joanne’s death. Eight agencies "
        "provided chronologies and five wrote individual management reviews.",
    )
    heading(doc, "4. Chronology", 1)
    para(
        doc,
        "The events below are those the panel considered most significant. Fuller agency chronologies were "
        "combined and are held by the Partnership.",
        italic=True,
        size=10,
    )
    for date, text in CHRON2:
        run_in(doc, date, text)
    heading(doc, "9. Recommendations", 1)
    numbered(
        doc,
        "9.1",
        "The agencies that wrote management reviews made the following recommendations for "
        "themselves. The panel endorses them.",
    )
    for agency, recs in AGENCY_RECS2:
        heading(doc, agency, 3)
        for i, text in enumerate(recs, 1):
            hanging(doc, f"{i}.", text, indent=0.8, left=0.4)
    numbered(doc, "9.2", "The panel makes the following recommendations for the review as a whole.")
    heading(doc, "Overview report recommendations", 3)
    for i, text in enumerate(OVERVIEW_RECS2, 1):
        hanging(doc, f"{i}.", text, indent=0.8, left=0.4)
    numbered(
        doc,
        "9.3",
        "An action plan for the overview recommendations will be agreed by the Partnership and "
        "published separately.",
    )
    doc.add_paragraph()
    para(doc, "Signed")
    doc.add_paragraph()
    para(doc, "Hester Montravers-Oake", bold=True).paragraph_format.space_after = Pt(0)
    para(doc, "Independent Chair and Author").paragraph_format.space_after = Pt(0)
    para(doc, "30 June 2024")
    save(doc, S2)


# ============ 3. LCSPR: Date | Time | Agency | Contact | Detail chronology; recommendations with the response
S3 = "lcspr_report_chronology_date_time_agency_contact_detail_table_time_not_known_recs_table_recommendation_partnership_response_lead_by_when_status_dejavu_sans_layout_ashwold"
CHRON3 = [
    (
        "02/10/2023",
        "14:20",
        "Ashwold Maternity Unit",
        "Birth",
        "Baby M born at 37 weeks. Mother discharged with "
        "Baby M the next day; father not present at discharge.",
    ),
    (
        "12/10/2023",
        "10:40",
        "Health Visiting",
        "New birth visit",
        "Home visit. Mother tearful; said father works "
        "nights and is often irritable when woken. No questions asked about safety at home.",
    ),
    (
        "30/10/2023",
        "Not known",
        "Ashwold Police",
        "Call from neighbour",
        "Neighbour reported a man shouting and a "
        "baby crying for over an hour. Officers attended; parents said the baby had colic. No notification to "
        "children’s social care.",
    ),
    (
        "15/11/2023",
        "09:15",
        "GP practice",
        "Six-week check",
        "Baby M weighed and examined; small bruise on the "
        "upper arm noted, explained by mother as caught in the car seat strap. Not referred.",
    ),
    (
        "04/12/2023",
        "16:05",
        "Children’s Social Care",
        "Contact from health visitor",
        "Health visitor shared "
        "concern that mother seemed withdrawn. Screened as no further action; advice given to health visitor.",
    ),
    (
        "19/01/2024",
        "Not known",
        "Ashwold Police",
        "Domestic incident",
        "Father arrested after mother reported "
        "that he had thrown a mug at her while she held Baby M. Released on bail with conditions not to contact her.",
    ),
    (
        "22/01/2024",
        "11:30",
        "Children’s Social Care",
        "Strategy discussion",
        "Police and health attended; "
        "children’s social care decided on a child and family assessment. Mother and baby went to stay with "
        "maternal grandmother.",
    ),
    (
        "08/02/2024",
        "03:50",
        "Ambulance Service",
        "999 call",
        "Father called to say Baby M was not breathing. Baby "
        "M was taken to Ashwold General Hospital, where she died the same morning.",
    ),
]
RECS3 = [
    (
        "1",
        "Ashwold Safeguarding Children Partnership should ask each agency to show how practitioners ask about "
        "fathers and other men in the household when a baby is born.",
        "Accepted. A ‘Think Family: Dads and partners’ prompt will be added to maternity, health visiting and GP "
        "templates.",
        "Designated Nurse",
        "Jun 2025",
        "Complete",
    ),
    (
        "2",
        "The Partnership should agree with Ashwold Police that any call reporting a crying baby and shouting "
        "adults leads to a notification to children’s social care.",
        "Accepted. A police notification standard has been drafted with the front door service.",
        "Det. Supt, Public Protection",
        "30/09/2025",
        "In progress",
    ),
    (
        "3",
        "The Partnership should review its bruising protocol with GPs so that any bruise on a baby who is not "
        "yet mobile is referred, whatever the explanation given.",
        "Accepted. The protocol will be relaunched with a GP learning event.",
        "Named GP",
        "31/12/2025",
        "In progress",
    ),
    (
        "4",
        "The Partnership should test, through a multi-agency audit, whether contacts from health visitors are "
        "screened with the history held by other agencies.",
        "Accepted in part: the audit will cover all contacts from universal services.",
        "Partnership Business Manager",
        "Mar 2026",
        "Not started",
    ),
]


def build3():
    doc = word_doc("DejaVu Sans", 9.5, "Ashwold Safeguarding Children Partnership", margins=(1.9, 1.9, 2, 2))
    footer(doc.sections[0], ["LCSPR Baby M  –  ", ("PAGE",), " / ", ("NUMPAGES",)], size=7.5)
    t = doc.add_table(rows=1, cols=1)
    c = t.cell(0, 0)
    set_text(c, "Local Child Safeguarding Practice Review", bold=True, size=16)
    c.add_paragraph().add_run("‘Baby M’").font.size = Pt(14)
    c.add_paragraph().add_run(
        "Review reference ASCP LCSPR 01/2024   •   Published March 2025"
    ).font.size = Pt(9)
    shade(c, "DDE8D5")
    set_widths(t, [17.2])
    doc.add_paragraph()
    heading(doc, "1. Why this review was carried out", 2)
    numbered(
        doc,
        "1.1",
        "Baby M died in February 2024, aged four months, from a head injury. Her father has been "
        "charged with her murder. The Partnership’s rapid review found that agencies had information about "
        "domestic abuse in the household which was not joined up.",
    )
    numbered(
        doc,
        "1.2",
        "The review was led by Maren Keddleston, an independent reviewer, with a panel of "
        "senior managers from the partner agencies.",
    )
    heading(doc, "2. Chronology of key contacts", 2)
    widths = [2.2, 1.4, 2.8, 2.6, 8.2]
    t = make_table(
        doc, ["Date", "Time", "Agency", "Contact", "Detail"], widths, header_fill="DDE8D5", size=8.5
    )
    for row in CHRON3:
        add_row(t, list(row), widths, size=8.5)
    para(doc, "")
    heading(doc, "3. Learning", 2)
    numbered(
        doc,
        "3.1",
        "Father was almost invisible to the services that saw Baby M. Concerns were seen one at a "
        "time: the shouting, the bruise and mother’s low mood were never put together.",
    )
    heading(doc, "4. Recommendations and the Partnership’s response", 2)
    para(
        doc,
        "The Partnership’s executive accepted the recommendations on 16 April 2025. Its response, the lead "
        "and the position at October 2025 are shown beside each.",
        size=9,
    )
    widths = [1.0, 4.5, 4.2, 3.2, 2.2, 2.1]
    t = make_table(
        doc,
        ["No.", "Recommendation", "Partnership response", "Lead", "By when", "Status"],
        widths,
        header_fill="DDE8D5",
        size=8.5,
    )
    for row in RECS3:
        add_row(t, list(row), widths, size=8.5)
    para(doc, "")
    para(
        doc,
        "Progress will be reported to the Partnership’s Learning and Improvement Group each quarter.",
        italic=True,
        size=8.5,
    )
    save(doc, S3)


# ============ 4. DHR action plan as two tables: overview recommendations (OV refs), single-agency (letter refs)
S4 = "dhr_action_plan_two_tables_overview_ov_refs_then_single_agency_letter_refs_p1_h1_agency_col_merged_rec_cells_dotted_dd_mm_yy_and_month_targets_complete_partially_outstanding_liberation_serif_landscape_pilsworth"
PLAN4A = [
    (
        "OV1",
        "Pilsworth Community Safety Partnership should make sure that its domestic abuse training is offered "
        "to staff in pharmacies and dental practices.",
        [
            (
                "Add pharmacies and dental practices to the training offer and publicise it",
                "Pilsworth CSP",
                "31.03.25",
                "Offer circulated to 41 pharmacies and 18 practices on 10.03.25.",
                "Complete",
            ),
            (
                "Report take-up by sector to the CSP Board",
                "Pilsworth CSP",
                "30.09.25",
                "First figures reported 23.09.25; dental take-up low, second round booked.",
                "Partially complete",
            ),
        ],
    ),
    (
        "OV2",
        "Pilsworth Community Safety Partnership should review how the MARAC hears cases in which the victim "
        "is an older woman cared for by her partner.",
        [
            (
                "Hold a MARAC themed session on older victims with adult social care",
                "MARAC Chair",
                "Dec 2025",
                "Date to be set once the new MARAC coordinator is in post.",
                "Outstanding",
            )
        ],
    ),
    (
        "OV3",
        "Pilsworth Community Safety Partnership should publish information for families on how to raise a "
        "concern about a relative’s relationship.",
        [
            (
                "Produce and distribute a family leaflet in English, Gujarati and Polish",
                "Pilsworth CSP",
                "30.06.25",
                "Leaflet printed; available in libraries, GP surgeries and online.",
                "Complete",
            )
        ],
    ),
]
PLAN4B = [
    (
        "Pilsworth Police",
        "P1",
        "Pilsworth Police should remind officers that a victim’s carer may also be her "
        "abuser and that she should be spoken to alone.",
        [
            (
                "Issue a briefing on coercive control in caring relationships to response officers",
                "Inspector, Safeguarding Hub",
                "28.02.25",
                "Briefing issued to all response teams 17.02.25.",
                "Complete",
            )
        ],
    ),
    (
        "Pilsworth Police",
        "P2",
        "Pilsworth Police should audit the use of body-worn video at domestic incidents.",
        [
            (
                "Dip-sample 50 domestic incidents each quarter and report the results",
                "Chief Inspector, Response",
                "31.12.25",
                "Two quarters sampled; use of video at 78% and 84%.",
                "Partially complete",
            )
        ],
    ),
    (
        "Pilsworth and Westby NHS Trust",
        "H1",
        "The Trust should make sure that district nurses record who is "
        "present when they ask about domestic abuse.",
        [
            (
                "Add a ‘who was present’ field to the district nursing assessment",
                "Safeguarding Lead Nurse",
                "31.05.25",
                "Field added to the record system 06.05.25.",
                "Complete",
            ),
            (
                "Audit completion of the new field",
                "Safeguarding Lead Nurse",
                "Mar 2026",
                "Audit planned for the final quarter of the year.",
                "Outstanding",
            ),
        ],
    ),
    (
        "Hawthorn Lane Medical Practice",
        "G1",
        "The practice should flag the records of patients who are carers "
        "for their partners so that clinicians can ask about their own wellbeing.",
        [
            (
                "Run a search of carer codes and add a carer alert to the records found",
                "Practice Manager",
                "30.04.25",
                "Search run; 212 records flagged.",
                "Complete",
            ),
            (
                "Discuss the learning from this review at a practice meeting",
                "GP Safeguarding Lead",
                "31.07.25",
                "Discussed at the meeting on 09.07.25.",
                "Complete",
            ),
        ],
    ),
    (
        "Pilsworth Council Adult Social Care",
        "A1",
        "Adult Social Care should include a question about the "
        "relationship between a carer and the person cared for in every carer’s assessment.",
        [
            (
                "Revise the carer’s assessment form and guidance",
                "Principal Social Worker",
                "30.11.25",
                "Form revised; guidance with the legal team for comment.",
                "Partially complete",
            ),
            (
                "Brief assessment staff on the revised form",
                "Principal Social Worker",
                "Jan 2026",
                "Will follow sign-off of the guidance.",
                "Outstanding",
            ),
        ],
    ),
    (
        "Pilsworth Carers’ Centre",
        "C1",
        "The Carers’ Centre should make sure that its support workers know how to "
        "refer a carer who is also a victim of domestic abuse to the specialist service.",
        [
            (
                "Agree a referral route with Pilsworth Domestic Abuse Service and train support workers",
                "Centre Manager",
                "31.08.25",
                "Route agreed 02.06.25; 9 of 11 workers trained.",
                "Partially complete",
            )
        ],
    ),
]


def build4():
    doc = word_doc(
        "Liberation Serif",
        9.5,
        "OFFICIAL",
        margins=(1.5, 1.5, 1.7, 1.7),
        landscape=True,
        head_align=WD_ALIGN_PARAGRAPH.CENTER,
    )
    footer(
        doc.sections[0],
        ["Pilsworth CSP – DHR ‘Priya’ action plan – page ", ("PAGE",), " of ", ("NUMPAGES",)],
        align=WD_ALIGN_PARAGRAPH.RIGHT,
    )
    para(doc, "Pilsworth Community Safety Partnership", bold=True, size=13)
    para(doc, "Domestic Homicide Review ‘Priya’ – Action Plan", bold=True, size=15)
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, text in zip(
        t.rows[0].cells,
        (
            "Review reference: PCSP/DHR/2022/02",
            "Date of death: 09/09/2022 (Priya, aged 52)",
            "Position as at: 31 October 2025",
        ),
    ):
        set_text(c, text, size=9.5, bold=True)
        shade(c, "F2F2F2")
    set_widths(t, [8.9, 8.9, 8.9])
    para(
        doc,
        "Status key: Complete – action finished and evidence seen by the CSP; Partially complete – work "
        "begun, not finished; Outstanding – work not yet started.",
        italic=True,
        size=8.5,
    )
    heading(doc, "Part A – Overview report recommendations", 3)
    widths = [1.2, 5.8, 6.1, 3.0, 1.9, 5.2, 2.5]
    t = make_table(
        doc,
        ["Ref", "Recommendation", "Action", "Lead agency", "Target date", "Progress update", "Status"],
        widths,
        header_fill="D9E2F3",
        size=9,
    )
    row = 1
    for ref, rec, actions in PLAN4A:
        first = row
        for a in actions:
            add_row(t, [ref, rec, *a], widths, size=9)
            row += 1
        merge_down(t, 0, first, row - 1, size=9, bold=True)
        merge_down(t, 1, first, row - 1, size=9)
    para(doc, "")
    heading(doc, "Part B – Single agency recommendations (from the individual management reviews)", 3)
    widths = [2.8, 1.0, 5.2, 5.3, 2.9, 1.8, 4.9, 2.5]
    t = make_table(
        doc,
        ["Agency", "Ref", "Recommendation", "Action", "Lead officer", "Target", "Progress update", "Status"],
        widths,
        header_fill="D9E2F3",
        size=9,
    )
    row = 1
    for agency, ref, rec, actions in PLAN4B:
        first = row
        for a in actions:
            add_row(t, [agency, ref, rec, *a], widths, size=9)
            row += 1
        for col in (0, 1, 2):
            merge_down(t, col, first, row - 1, size=9, bold=col == 1)
    para(doc, "")
    para(doc, "Next review of this plan: CSP Board, January 2026.", size=8.5)
    save(doc, S4)


# ============ 5. SAR executive summary: titled recommendation boxes
S5 = "sar_exec_summary_cover_reviewer_ref_lines_recommendation_boxes_number_dash_title_line_then_text_board_named_first_no_plan_no_chronology_urw_gothic_marlbury"
RECS5 = [
    (
        "1",
        "Hospital discharge",
        "Marlbury Safeguarding Adults Board should ask the hospital trust and adult social "
        "care to agree how a person who has repeatedly declined support at home is discussed with community services "
        "before discharge.",
    ),
    (
        "2",
        "Self-neglect and hoarding",
        "The Board should relaunch its self-neglect and hoarding guidance and check, "
        "through a case file audit, that practitioners use the clutter rating scale when they visit.",
    ),
    (
        "3",
        "Mental capacity",
        "Marlbury Borough Council should make sure that social workers record a mental "
        "capacity assessment whenever a person’s refusal of care places them at risk of serious harm.",
    ),
    (
        "4",
        "Fire safety",
        "The Board should agree with Marlbury Fire and Rescue Service a simple route for any "
        "practitioner to request a home fire safety visit.",
    ),
    (
        "5",
        "Family involvement",
        "The Board should make sure that its SAR procedures explain how families are "
        "invited to take part, and that this is checked at the start of every review.",
    ),
]


def build5():
    doc = word_doc(
        "URW Gothic",
        10,
        "Marlbury SAB  |  SAR ‘Terence’",
        margins=(2.3, 2.3, 2.2, 2.2),
        head_align=WD_ALIGN_PARAGRAPH.LEFT,
    )
    footer(doc.sections[0], [("PAGE",)], size=8.5)
    para(doc, "Marlbury Safeguarding Adults Board", bold=True, size=13)
    doc.add_paragraph()
    para(doc, "Safeguarding Adults Review", size=22)
    para(doc, "‘Terence’", bold=True, size=22)
    para(doc, "Executive Summary", size=16)
    doc.add_paragraph()
    for line in (
        "SAR reference: MSAB/SAR/2024/02",
        "Independent reviewer: Bethan Loxley-Harte",
        "Report agreed by the Board: 14 May 2025",
    ):
        para(doc, line, size=10).paragraph_format.space_after = Pt(2)
    doc.add_paragraph()
    heading(doc, "1. About Terence", 2)
    para(
        doc,
        "Terence was 58 when he died at home on 2 December 2023 after a fire in his kitchen. He had lived "
        "alone in the same flat for twenty years after the death of his mother. His brother described him as "
        "a quiet, clever man who built model railways and knew every bus timetable in the town.",
    )
    heading(doc, "2. Why the review was carried out", 2)
    para(
        doc,
        "The Board decided that the criteria for a review were met because Terence had care and support "
        "needs, he died as a result of self-neglect, and there was concern that agencies could have worked "
        "together more effectively.",
    )
    heading(doc, "3. What the review found", 2)
    para(
        doc,
        "Terence was discharged from hospital three times in 2023 without a plan for his return home. "
        "Practitioners respected his wish to be left alone but did not assess whether he could understand the "
        "risks of his living conditions. The fire service was never asked to visit.",
    )
    heading(doc, "4. Recommendations", 2)
    para(
        doc,
        "The reviewer makes five recommendations. The Board has accepted them all; its action plan will be "
        "monitored by the SAR sub-group.",
    )
    for num, title, text in RECS5:
        box(doc, f"Recommendation {num} – {title}\n{text}", fill="F3EEF8", width=16.4, size=9.5)
    heading(doc, "5. Thanks", 2)
    para(
        doc,
        "The Board thanks Terence’s brother for sharing his memories, and the practitioners who took part.",
    )
    save(doc, S5)


def main():
    for build in (build1, build2, build3, build4, build5):
        build()


if __name__ == "__main__":
    main()
