"""Build the heldout41 blind documents as Word files (python-docx).

Run once:  python tests/heldout41/build.py
Then convert each .docx with LibreOffice and extract text (see README.md).
Five documents of five families nobody had tuned on: a legacy LSCB serious case review executive summary whose
key-events table prints ordinal dates with Word's superscript suffixes; an NHS mental health homicide independent
investigation summary with the trust's action plan whose Status column holds only a percentage; a DHR executive
summary whose account of the last evening is a times-only table under a date heading that runs past midnight,
with recommendations grouped under agency headings and numbered "TC 1", "ICB 1"; a DHR action plan whose status
is a glyph (tick, half circle, cross) read through a key; and a SAB's SAR action plan whose status lives only in a
separate progress-update table keyed by the action refs.
All people, places, local agency names and wording are fictional and the author's own.
"""

from __future__ import annotations

import re
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
    kv_table,
    make_table,
    merge_down,
    new_doc,
    numbered,
    para,
    set_landscape,
)

save = docx_saver(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)


def word_doc(font, size, header, margins=(2, 2, 2, 2), landscape=False):
    """A document in one font throughout (headings too) with a running head; the footer is set by the caller."""
    doc = new_doc(header=header, font=font, size=size)
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
            st.font.color.rgb = RGBColor(0x1F, 0x3A, 0x4D)
    doc.styles["Heading 1"].font.size = Pt(size + 5)
    doc.styles["Heading 2"].font.size = Pt(size + 2)
    doc.styles["Heading 3"].font.size = Pt(size + 1)
    doc.styles["Normal"].paragraph_format.space_after = Pt(4)
    sec = doc.sections[0]
    if landscape:
        set_landscape(sec)
    sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = (Cm(m) for m in margins)
    return doc


def footer(sec, parts, align=WD_ALIGN_PARAGRAPH.CENTER, size=7.5):
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


def bullets(doc, items, size=None):
    for s in items:
        para(doc, s, style="List Bullet", size=size)


def run_in(doc, lead, text, size=None, indent=None):
    """A paragraph opening with a bold run-in label."""
    p = doc.add_paragraph()
    if indent is not None:
        p.paragraph_format.left_indent = Cm(indent)
    r = p.add_run(lead)
    r.bold = True
    r2 = p.add_run(text)
    if size:
        r.font.size = r2.font.size = Pt(size)
    return p


ORDINAL = re.compile(r"(\d+)(st|nd|rd|th)\b")


def superscript_ordinals(paragraph, text, size, bold=False):
    """Write text into a paragraph with each ordinal suffix ('3rd') raised, as Word's AutoFormat prints it."""
    pos = 0
    for m in ORDINAL.finditer(text):
        r = paragraph.add_run(text[pos : m.end(1)])
        r.font.size, r.bold = Pt(size), bold
        s = paragraph.add_run(m.group(2))
        s.font.size, s.bold = Pt(size), bold
        s.font.superscript = True
        pos = m.end()
    r = paragraph.add_run(text[pos:])
    r.font.size, r.bold = Pt(size), bold


def sup_row(t, values, widths, size):
    """A table row whose cells print ordinal dates with superscript suffixes."""
    row = t.add_row()
    for c, v, w in zip(row.cells, values, widths):
        c.width = Cm(w)
        c.paragraphs[0].text = ""
        superscript_ordinals(c.paragraphs[0], v, size)
    return row


# ============ 1. Legacy LSCB serious case review, executive summary
S1 = "lscb_scr_exec_summary_legacy_key_events_table_superscript_ordinal_dates_and_ranges_lessons_learnt_not_recs_lscb_recommendation_n_bold_headings_nimbus_roman_pelsingham"
EVENTS1 = [
    (
        "14th April 2014",
        "Child F was born at Pelsingham General Hospital at 36 weeks. The midwife recorded that mother had "
        "declined to name the father and that the family was known to children's social care from an earlier "
        "assessment of an older sibling.",
    ),
    (
        "2nd June 2014",
        "The health visitor completed the new birth visit. Mother's new partner, Mr D, was present and answered "
        "most of the questions; the health visitor did not see mother alone.",
    ),
    (
        "21st – 23rd September 2014",
        "Over three days the police were called twice to the flat by neighbours reporting shouting. Officers "
        "spoke to mother at the door on both occasions; no child was seen and no notification was sent to "
        "children's social care.",
    ),
    (
        "November 2014",
        "The GP practice received a letter from the emergency department about a bruise to Child F's ear, "
        "explained as a fall against a cot. It was filed without being read by a GP.",
    ),
    (
        "11th February 2015",
        "A nursery place was offered under the two-year-old funding scheme. Child F attended on four days in "
        "the first fortnight and then stopped attending.",
    ),
    (
        "30th October 2015",
        "The nursery manager rang the health visiting team to say Child F had not been seen for six months. "
        "A home visit was planned for the following week.",
    ),
    (
        "3rd November 2015",
        "Ambulance crew were called to the flat and found Child F unresponsive. He died in hospital later that "
        "day. Mr D was later convicted of his manslaughter.",
    ),
]
LESSONS1 = [
    "Practitioners who meet a new partner in the home need to ask who he is and what his history is, and "
    "record the answer.",
    "A single injury to a non-mobile or barely mobile child carries more weight than its explanation suggests.",
    "Non-attendance at a funded nursery place is information about the child, not only about the family.",
]
RECS1 = [
    (
        "Recommendation 1",
        "The LSCB should seek assurance that police officers attending reports of domestic disturbance ask "
        "whether children live at the address and notify children's social care when they do.",
    ),
    (
        "Recommendation 2",
        "The LSCB should ask Pelsingham Clinical Commissioning Group to make sure that every GP practice has a "
        "system in which letters about injuries to children under two are read and acted on by a GP.",
    ),
    (
        "Recommendation 3",
        "The LSCB should revise its multi-agency procedure on unseen men so that health visitors, midwives and "
        "early years staff routinely find out about new adults in a young child's household.",
    ),
    (
        "Recommendation 4",
        "The LSCB should agree with the local authority's early years service a protocol for following up "
        "children who stop attending a funded nursery place, including when to share the concern.",
    ),
]


def build_scr():
    doc = word_doc(
        "Nimbus Roman", 11, "Pelsingham Local Safeguarding Children Board", margins=(2.5, 2.5, 2.2, 2.2)
    )
    sec = doc.sections[0]
    footer(
        sec,
        ["Serious Case Review – Child F – Executive Summary        Page ", ("PAGE",), " of ", ("NUMPAGES",)],
    )
    para(doc, "PELSINGHAM LOCAL SAFEGUARDING CHILDREN BOARD", bold=True, size=13, align="center")
    para(doc, "SERIOUS CASE REVIEW", bold=True, size=16, align="center")
    para(doc, "Child F", bold=True, size=14, align="center")
    para(doc, "EXECUTIVE SUMMARY", bold=True, size=12, align="center")
    para(doc, "Lead Reviewer: Margery Holtby-Nkem        Published: 19th May 2016", size=10, align="center")
    heading(doc, "1.  Introduction", 2)
    numbered(
        doc,
        "1.1",
        "This serious case review was commissioned by Pelsingham Local Safeguarding Children Board (LSCB) under "
        "Regulation 5 of the Local Safeguarding Children Boards Regulations 2006 after the death of Child F, "
        "aged 18 months, on 3rd November 2015.",
    )
    numbered(
        doc,
        "1.2",
        "The review covered the period from mother's booking for maternity care in September 2013 to Child F's "
        "death. Eight agencies provided individual management reviews (IMRs) and chronologies, and practitioners "
        "took part in two learning events. The family were invited to contribute; mother met the lead reviewer.",
    )
    heading(doc, "2.  Summary of key events", 2)
    para(
        doc,
        "The table below gives the events the review found most significant. It is not a full chronology.",
        size=10,
    )
    widths = (4.2, 11.8)
    t = make_table(doc, ["Date", "Event"], widths, size=10)
    for date, event in EVENTS1:
        sup_row(t, [date, event], widths, 10)
    doc.add_paragraph()
    heading(doc, "3.  Lessons learnt", 2)
    para(
        doc,
        "The review identified the following lessons. They are not recommendations; the LSCB will use them in "
        "its multi-agency training programme.",
        size=10.5,
    )
    for i, lesson in enumerate(LESSONS1, 1):
        run_in(doc, f"Lesson {i}:  ", lesson, size=10.5, indent=0.6)
    heading(doc, "4.  Recommendations", 2)
    para(doc, "The lead reviewer makes four recommendations to the LSCB.", size=10.5)
    for title, text in RECS1:
        para(doc, title, bold=True, size=11)
        para(doc, text, size=10.5)
    heading(doc, "5.  Conclusion", 2)
    para(
        doc,
        "Child F's death could not have been predicted, but more than one opportunity to understand who was "
        "living with him and how he was being cared for was missed. Each agency's own IMR recommendations are "
        "monitored by the LSCB's Serious Case Review Subgroup and are not repeated here.",
        size=10.5,
    )
    save(doc, S1)


# ============ 2. NHS mental health homicide independent investigation, summary + trust plan with % status
S2 = "nhs_mh_homicide_independent_investigation_summary_trust_plan_ref_rec_action_responsible_evidence_of_completion_timescale_status_percent_only_dd_mm_yy_timescales_rows_over_page_break_nimbus_sans_narrow_landscape_gorswick"
RECS2 = [
    "The Trust should make sure that when a patient's community care coordinator changes, a face-to-face handover "
    "meeting takes place and the risk formulation is updated with the new coordinator.",
    "The Trust should make sure that families who raise concerns about a patient's risk to others are contacted, "
    "listened to and told how their information has been used.",
    "The Trust and Gorswick Integrated Care Board should agree how patients who disengage from depot medication "
    "are followed up, including when the GP is told.",
    "The Trust should audit the quality of its risk assessments in community mental health teams and report the "
    "findings to its Quality Committee.",
]
PLAN2 = [
    (
        "R1",
        0,
        "1.1",
        "Revise the Care Programme Approach transfer policy to require a joint handover meeting with the patient.",
        "Associate Director of Nursing, Community Services",
        "Revised policy approved at Policy Group; intranet link",
        "31/12/24",
        "100%",
    ),
    (
        "R1",
        0,
        "1.2",
        "Add a 'risk formulation reviewed at transfer' field to the electronic patient record.",
        "Clinical Systems Lead",
        "Screenshot of field; report of completion rates",
        "31/03/25",
        "100%",
    ),
    (
        "R2",
        1,
        "2.1",
        "Introduce a carers' contact log and a standard letter acknowledging information given by families.",
        "Head of Patient and Carer Experience",
        "Log template; letter template; audit of 20 cases",
        "30/06/25",
        "75%",
    ),
    (
        "R2",
        1,
        "2.2",
        "Train community team staff in the Triangle of Care standards, including handling third-party information.",
        "Learning and Development Manager",
        "Training records showing 85% of staff trained",
        "31/03/26",
        "40%",
    ),
    (
        "R3",
        2,
        "3.1",
        "Agree a joint protocol with the ICB for patients who miss two consecutive depot injections.",
        "Deputy Medical Director / ICB Head of Mental Health Commissioning",
        "Signed protocol",
        "30/09/25",
        "60%",
    ),
    (
        "R3",
        2,
        "3.2",
        "Send a standard notification to the GP within five working days of a second missed depot.",
        "Community Services Clinical Lead",
        "Template letter; audit of GP notifications",
        "31/12/25",
        "0%",
    ),
    (
        "R4",
        3,
        "4.1",
        "Design and run a risk assessment quality audit across all community mental health teams.",
        "Head of Clinical Audit",
        "Audit report presented to Quality Committee",
        "31/03/26",
        "20%",
    ),
    (
        "R4",
        3,
        "4.2",
        "Repeat the audit twelve months later and compare the findings.",
        "Head of Clinical Audit",
        "Re-audit report and Quality Committee minutes",
        "31/03/27",
        "0%",
    ),
]


def build_mh():
    doc = word_doc(
        "Nimbus Sans Narrow",
        10,
        "Independent investigation into the care and treatment of Mr K  |  NHS England – North Region",
        margins=(1.8, 1.8, 1.6, 1.6),
        landscape=True,
    )
    footer(
        doc.sections[0],
        ["Lantern Review Associates  ·  Final report  ·  ", ("PAGE",)],
        WD_ALIGN_PARAGRAPH.RIGHT,
    )
    heading(doc, "Independent investigation into the care and treatment of Mr K", 1)
    para(doc, "Summary report for publication   —   StEIS reference 2021/13204", bold=True, size=10.5)
    kv_table(
        doc,
        [
            ("Commissioned by", "NHS England – North Region"),
            ("Investigation team", "Orla Breckenridge-Asante (lead investigator), Lantern Review Associates"),
            ("Mental health provider", "Gorswick and Fenner Partnership NHS Foundation Trust"),
            ("Date of incident", "19 June 2021"),
        ],
        widths=(5, 12),
        size=9.5,
    )
    heading(doc, "The incident", 2)
    para(
        doc,
        "On 19 June 2021 Mr K, then aged 34, killed his father, Mr H K, aged 67, at the home they shared in "
        "Gorswick. Mr K had been under the care of the Trust's community mental health team for six years with a "
        "diagnosis of paranoid schizophrenia. He was later convicted of manslaughter on the grounds of diminished "
        "responsibility and is detained in a secure hospital.",
    )
    heading(doc, "Findings", 2)
    para(
        doc,
        "We found that the transfer of Mr K's care between two care coordinators in early 2021 was done by email "
        "alone, that his sister's telephone calls about his anger towards their father were recorded but not "
        "acted on, and that three missed depot injections were not reported to his GP. We do not find that the "
        "homicide was predictable, but we do find that it might have been preventable had the risk information "
        "held by the family been drawn together.",
    )
    heading(doc, "Recommendations", 2)
    for i, text in enumerate(RECS2, 1):
        run_in(doc, f"Recommendation {i}:  ", text)
    heading(doc, "Trust action plan", 2)
    para(
        doc,
        "The Trust's response. Status is the percentage of each action completed at the Quality Committee of "
        "14 October 2025.",
        italic=True,
        size=9,
    )
    widths = (1.2, 5.6, 6.0, 3.8, 4.4, 1.9, 1.6)
    t = make_table(
        doc,
        ["Ref", "Recommendation", "Action", "Responsible", "Evidence of completion", "Timescale", "Status"],
        widths,
        size=9,
    )
    first = {}
    for ref, rec_i, aref, action, who, evidence, when, status in PLAN2:
        row_i = len(t.rows)
        first.setdefault(ref, [row_i, row_i])[1] = row_i
        add_row(t, [aref, f"{ref}: {RECS2[rec_i]}", action, who, evidence, when, status], widths, size=9)
    for a, b in first.values():
        merge_down(t, 1, a, b, size=9)
    doc.add_paragraph()
    para(doc, "Next review of this plan: Quality Committee, April 2026.", size=9)
    save(doc, S2)


# ============ 3. DHR executive summary: last evening as a times-only table, agency-headed prefixed recs
S3 = "dhr_exec_summary_last_evening_times_only_table_under_date_heading_runs_past_midnight_background_dated_table_recs_under_agency_headings_tc_1_icb_1_prefixed_p052_thrandle"
BACKGROUND3 = [
    (
        "12 March 2021",
        "Thrandle Constabulary",
        "Police attended after Carys called 999 saying Owen had pushed her; "
        "a DASH risk assessment was graded standard.",
    ),
    (
        "May 2021",
        "GP practice",
        "Carys saw her GP with low mood and said she was not sleeping; she was prescribed an antidepressant.",
    ),
    (
        "3 November 2021",
        "Thrandle Constabulary",
        "Owen was arrested for criminal damage to Carys's car and released without charge.",
    ),
    (
        "29 August 2022",
        "Housing association",
        "Carys asked her housing officer about moving to a one-bedroom flat on her own.",
    ),
]
EVENING3 = [
    (
        "18:45",
        "Neighbour",
        "A neighbour saw Carys return from work and heard raised voices shortly afterwards.",
    ),
    (
        "20:10",
        "Phone records",
        "Carys texted her sister that Owen was 'in one of his moods' and had taken her keys.",
    ),
    (
        "21:32",
        "Police log",
        "A call to 999 from the address was cut off after eleven seconds; the call handler rang "
        "back and a man said it was a mistake.",
    ),
    ("22:05", "Police log", "The call was closed as a misdial without an officer attending."),
    ("23:50", "Neighbour", "The neighbour heard a loud bang and then silence."),
    (
        "00:25",
        "Ambulance service",
        "Owen called 999 saying Carys had fallen; crews found her with fatal injuries.",
    ),
]
RECS3 = [
    (
        "Thrandle Constabulary",
        [
            (
                "TC 1",
                "Thrandle Constabulary should make sure that a silent or abandoned 999 call from an address "
                "with a domestic abuse history is attended unless the caller is spoken to alone.",
            ),
            (
                "TC 2",
                "Thrandle Constabulary should review how standard-risk DASH assessments are followed up "
                "when a second incident is reported within twelve months.",
            ),
        ],
    ),
    (
        "Thrandle Integrated Care Board",
        [
            (
                "ICB 1",
                "Thrandle Integrated Care Board should ask GP practices to make routine enquiry about "
                "domestic abuse when a patient presents with low mood or poor sleep.",
            ),
        ],
    ),
    (
        "Thrandle Community Safety Partnership",
        [
            (
                "CSP 1",
                "Thrandle Community Safety Partnership should work with social housing providers so that a "
                "request to move alone is treated as a possible sign of domestic abuse.",
            ),
        ],
    ),
]


def build_evening():
    doc = word_doc(
        "P052", 10.5, "DOMESTIC HOMICIDE REVIEW  —  ‘CARYS’  —  EXECUTIVE SUMMARY", margins=(2.2, 2.2, 2, 2)
    )
    footer(doc.sections[0], ["Thrandle Community Safety Partnership   |   OFFICIAL   |   ", ("PAGE",)])
    para(doc, "Thrandle Community Safety Partnership", bold=True, size=12)
    heading(doc, "Domestic Homicide Review into the death of Carys", 1)
    para(doc, "Executive Summary", bold=True, size=12)
    para(
        doc,
        "Independent Chair and Author: Desmond Achterberg-Yeo   ·   Final version, 21 March 2024",
        size=9.5,
    )
    heading(doc, "1. The review", 2)
    numbered(
        doc,
        "1.1",
        "Carys was 39 when she was killed by her partner, Owen, at their home in Thrandle in the early hours of "
        "11 September 2022. Owen was convicted of her murder. Carys and Owen had been together for five years; "
        "they had no children.",
    )
    numbered(
        doc,
        "1.2",
        "The review looked at agencies' contact with Carys and Owen from January 2021. Carys's sister and her "
        "employer spoke to the chair, and the panel is grateful to them.",
    )
    heading(doc, "2. Background", 2)
    widths = (3.2, 3.8, 9.6)
    t = make_table(doc, ["Date", "Agency", "Contact"], widths, size=9.5)
    for row in BACKGROUND3:
        add_row(t, row, widths, size=9.5)
    doc.add_paragraph()
    heading(doc, "3. The evening of Saturday 10 September 2022", 2)
    para(
        doc,
        "Times are taken from the police incident log, telephone records and witness statements. Entries after "
        "midnight fall on Sunday 11 September 2022.",
        italic=True,
        size=9.5,
    )
    widths = (1.8, 3.4, 11.4)
    t = make_table(doc, ["Time", "Source", "What happened"], widths, size=9.5)
    for row in EVENING3:
        add_row(t, row, widths, size=9.5)
    doc.add_paragraph()
    heading(doc, "4. Key findings", 2)
    para(
        doc,
        "Carys's contacts with services were brief and scattered. No single agency held enough to see the "
        "pattern, and the one occasion on which help could have reached her that night — the abandoned 999 call "
        "— was closed without a visit. The panel heard that call handlers were not able to see the address's "
        "history when deciding how to close the call.",
    )
    heading(doc, "5. Recommendations", 2)
    para(doc, "The panel's recommendations are set out under the agency that is asked to act.")
    for agency, recs in RECS3:
        heading(doc, agency, 3)
        for ref, text in recs:
            run_in(doc, f"{ref}\t", text, indent=0)
    save(doc, S3)


# ============ 4. DHR action plan: status glyph column read through a key
S4 = "dhr_plan_status_glyph_col_tick_half_circle_cross_key_rec_band_rows_action_refs_1a_owner_by_month_targets_rows_over_page_break_dejavu_sans_ambrecote"
PLAN4 = [
    (
        "Recommendation 1 — Ambrecote Borough Council's adult social care service should make sure that when a "
        "carer's assessment is done, the person cared for is also seen alone and asked whether they feel safe.",
        [
            (
                "1a",
                "Add a 'seen alone' safety question to the carer's assessment form.",
                "Principal Social Worker",
                "31 January 2026",
                "✔",
            ),
            (
                "1b",
                "Brief all assessment staff on the new question and on how to respond to a disclosure.",
                "Adult Social Care Workforce Lead",
                "March 2026",
                "◑",
            ),
            (
                "1c",
                "Audit twenty carers' assessments six months after the change.",
                "Principal Social Worker",
                "September 2026",
                "✘",
            ),
        ],
    ),
    (
        "Recommendation 2 — Ambrecote and Lyne Hospitals NHS Trust should make sure that older patients "
        "admitted with injuries are asked about abuse by a family member or carer.",
        [
            (
                "2a",
                "Include older people and carer-perpetrated abuse in the Trust's domestic abuse policy.",
                "Head of Safeguarding",
                "30 November 2025",
                "✔",
            ),
            (
                "2b",
                "Add a prompt to the frailty assessment in the emergency department.",
                "Consultant Geriatrician",
                "April 2026",
                "◑",
            ),
        ],
    ),
    (
        "Recommendation 3 — Ambrecote Safer Communities Partnership should raise awareness of domestic abuse "
        "in later life among older people, their families and community groups.",
        [
            (
                "3a",
                "Produce a leaflet and a short film with local older people's groups.",
                "Domestic Abuse Coordinator",
                "June 2026",
                "◑",
            ),
            (
                "3b",
                "Deliver talks at lunch clubs, faith groups and GP waiting-room events.",
                "Age Network Development Officer",
                "December 2026",
                "✘",
            ),
        ],
    ),
    (
        "Recommendation 4 — Ambrecote Safer Communities Partnership should ask the Home Office to include "
        "carer-perpetrated abuse of older people in the next revision of the statutory DHR guidance.",
        [
            (
                "4a",
                "Letter from the Partnership chair to the Home Office.",
                "Chair, Safer Communities Partnership",
                "31 October 2025",
                "✔",
            ),
        ],
    ),
]


def build_glyph():
    doc = word_doc("DejaVu Sans", 9.5, "Ambrecote Safer Communities Partnership", margins=(1.8, 1.8, 2, 2))
    footer(doc.sections[0], ["DHR ‘Winifred’ – action plan – v4 – page ", ("PAGE",), " of ", ("NUMPAGES",)])
    heading(doc, "Domestic Homicide Review ‘Winifred’: Action Plan", 1)
    para(
        doc,
        "Winifred, 81, died on 6 January 2023 after an assault by her son, who was also her carer. The review "
        "was chaired and written by Priyanka Oduya-Marsh. This plan records progress to 1 December 2025.",
        size=9,
    )
    heading(doc, "About the review", 2)
    numbered(
        doc,
        "1.",
        "Winifred lived with her son in the bungalow she had owned for forty years. He had given up work to care "
        "for her after a stroke, and agencies saw him as a devoted carer. Her GP, the community nursing team, a "
        "day centre and the council's adult social care service all had contact with her in the last two years "
        "of her life, and she was twice admitted to hospital with falls.",
    )
    numbered(
        doc,
        "2.",
        "The review found that nobody asked Winifred, on her own, how things were at home, that a carer's "
        "assessment recorded her son's exhaustion and anger without asking whether she was safe, and that her "
        "injuries were explained by her frailty each time. Domestic abuse in later life was not on anyone's mind.",
    )
    numbered(
        doc,
        "3.",
        "The panel made four recommendations, all accepted by the Partnership. The actions below were agreed by "
        "each owner's organisation at the DHR Standing Group in September 2025.",
    )
    numbered(
        doc,
        "4.",
        "Owners report progress to the DHR coordinator a week before each Standing Group meeting. Where an "
        "action depends on another organisation, the owner is responsible for chasing it and for saying so in "
        "the progress notes below the plan.",
    )
    heading(doc, "The plan", 2)
    key = doc.add_paragraph()
    r = key.add_run("Key:  ")
    r.bold = True
    key.add_run("✔  action completed      ◑  action started, not yet complete      ✘  not yet started")
    for r in key.runs:
        r.font.size = Pt(9)
    widths = (1.3, 6.9, 4.4, 3.0, 1.8)
    t = make_table(doc, ["Ref", "What we will do", "Owner", "By", "Status"], widths, size=10.5)
    for rec, actions in PLAN4:
        full_row(t, rec, fill="E7E6E6", size=10.5)
        for a in actions:
            row = add_row(t, list(a), widths, size=10.5)
            row.cells[4].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            row.cells[4].paragraphs[0].runs[0].font.size = Pt(12)
    doc.add_paragraph()
    heading(doc, "Progress notes", 2)
    bullets(
        doc,
        [
            "1b: briefings have been given to two of the three locality teams; the third is booked for February.",
            "2b: the prompt has been designed and is waiting for the electronic record supplier.",
            "3a: the leaflet is drafted; filming was postponed because of illness.",
        ],
        size=9,
    )
    heading(doc, "Monitoring", 2)
    para(
        doc,
        "The Partnership's DHR Standing Group reviews this plan at each quarterly meeting. An action is marked "
        "complete only when the owner has sent evidence to the DHR coordinator. Actions 1c and 3b are not yet "
        "due to start.",
        size=9,
    )
    para(doc, "Version 4 · prepared by the DHR Coordinator · 1 December 2025", italic=True, size=8)
    save(doc, S4)


# ============ 5. SAB SAR plan whose status is only in a separate progress-update table keyed by ref
S5 = "sab_sar_plan_status_only_in_separate_progress_update_table_keyed_by_ref_r1_1_refs_lead_agency_and_officer_cols_complete_underway_not_started_urw_gothic_landscape_wystmoor"
RECS5 = [
    (
        "R1",
        "Wystmoor Safeguarding Adults Board should seek assurance that self-neglect referrals are reviewed at a "
        "multi-agency meeting when a person declines services more than twice.",
    ),
    (
        "R2",
        "Wystmoor Council's housing service should make sure that hoarding found during a repair visit is "
        "reported to adult social care with the tenant's consent or under the safeguarding duty.",
    ),
    (
        "R3",
        "The Board should ask the fire and rescue service and the council to share information about people "
        "at high risk of fire who live alone.",
    ),
    (
        "R4",
        "The Board should publish a seven-minute briefing and run practitioner sessions on mental capacity "
        "and executive function in self-neglect.",
    ),
]
PLAN5 = [
    (
        "R1.1",
        "Revise the self-neglect and hoarding procedure to include a multi-agency risk meeting.",
        "Wystmoor SAB",
        "Board Business Manager",
        "31 March 2026",
    ),
    (
        "R1.2",
        "Audit ten self-neglect cases for use of the risk meeting.",
        "Wystmoor SAB",
        "Chair, Quality and Assurance Subgroup",
        "30 September 2026",
    ),
    (
        "R2.1",
        "Add a hoarding and self-neglect question to the repairs job sheet.",
        "Wystmoor Council Housing",
        "Head of Property Services",
        "31 January 2026",
    ),
    (
        "R2.2",
        "Train repairs operatives and housing officers in making a safeguarding referral.",
        "Wystmoor Council Housing",
        "Tenancy Services Manager",
        "30 June 2026",
    ),
    (
        "R3.1",
        "Agree an information-sharing agreement for home fire safety referrals.",
        "Wystmoor Fire and Rescue",
        "Prevention Manager",
        "31 December 2025",
    ),
    (
        "R3.2",
        "Add high fire-risk flags to the adult social care record.",
        "Wystmoor Council Adult Social Care",
        "Systems Manager",
        "31 March 2026",
    ),
    (
        "R4.1",
        "Publish the seven-minute briefing on the Board's website.",
        "Wystmoor SAB",
        "Board Business Manager",
        "30 November 2025",
    ),
    (
        "R4.2",
        "Run four practitioner sessions on executive function.",
        "Wystmoor SAB",
        "Training and Development Officer",
        "31 May 2026",
    ),
]
PROGRESS5 = [
    ("R1.1", "Draft procedure out to consultation with partners; comments close in January.", "Underway"),
    ("R1.2", "Not due to start until the revised procedure has been in use for six months.", "Not started"),
    ("R2.1", "Question added to the job sheet from 3 November 2025.", "Complete"),
    ("R2.2", "Two of six sessions delivered.", "Underway"),
    ("R3.1", "Agreement signed by both organisations on 12 November 2025.", "Complete"),
    ("R3.2", "Awaiting a change slot from the records supplier.", "Not started"),
    ("R4.1", "Briefing published and circulated to all partners.", "Complete"),
    ("R4.2", "First session held; three more booked.", "Underway"),
]


def build_split():
    doc = word_doc(
        "URW Gothic",
        9.5,
        "Wystmoor Safeguarding Adults Board  •  SAR ‘Ronald’",
        margins=(1.6, 1.6, 1.8, 1.8),
        landscape=True,
    )
    footer(doc.sections[0], ["Page ", ("PAGE",), "  —  Wystmoor SAB — SAR Ronald — action plan and progress"])
    heading(doc, "Safeguarding Adults Review ‘Ronald’ — Action Plan and Progress Report", 1)
    para(
        doc,
        "Ronald died on 14 February 2023, aged 76, in a fire at his flat in Wystmoor. The review was written by "
        "independent reviewer Gwendolen Ferrante-Obi and published by the Board in July 2025. The Board accepted "
        "all four recommendations, repeated below.",
    )
    heading(doc, "Recommendations", 2)
    for ref, text in RECS5:
        run_in(doc, f"{ref}   ", text)
    heading(doc, "Part A — Action plan", 2)
    widths = (1.5, 10.0, 5.0, 5.2, 3.5)
    t = make_table(doc, ["Ref", "Action", "Lead agency", "Lead officer", "Target date"], widths, size=9.5)
    for row in PLAN5:
        add_row(t, row, widths, size=9.5)
    doc.add_paragraph()
    heading(doc, "Part B — Progress update at 1 December 2025", 2)
    para(
        doc,
        "Status: Complete / Underway / Not started. Reported by each lead officer to the SAR Subgroup.",
        size=9,
    )
    widths = (1.5, 19.2, 4.5)
    t = make_table(doc, ["Ref", "Update", "Status"], widths, size=9.5)
    for row in PROGRESS5:
        add_row(t, row, widths, size=9.5)
    doc.add_paragraph()
    para(doc, "Next update due to the Board: March 2026.", italic=True, size=9)
    save(doc, S5)


def main():
    build_scr()
    build_mh()
    build_evening()
    build_glyph()
    build_split()


if __name__ == "__main__":
    main()
