"""Build the heldout32 blind documents as Word files (python-docx).

Run once:  python tests/heldout32/build.py
Then convert each .docx with LibreOffice and extract text (see README.md).
Five documents of five families nobody had tuned on: a standalone SAR action plan whose status is a
"% complete" figure, with separate Lead agency and Lead officer columns, Start / Finish as "Mon-yy" and
recommendation band rows; a CSPR whose key-event chronology is a Date | Age | Agency | Event table with
"03-Feb-21" dates and whose plan puts the status as a bold prefix of the "Where we are now" cell; a DHR
overview whose chronology is period-headed paragraphs opening with "12.04.17" dates and whose
recommendations carry the agency in brackets after the number; a DHR action plan whose FIRST column is the
status ("Embedded" / "Implemented" / "In train" / "Not yet due") and whose refs are composite
("TD7/R1/A1"); and a SAR executive summary whose recommendations are lettered by theme ("A1", "B2") with a
bulleted "timeline at a glance" of season and range dates. All people, places, local agency names and
wording are fictional and the author's own.
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
    page_break,
    para,
    set_text,
    shade,
)

save = docx_saver(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)


def word_doc(
    font, size, header, footer_text, landscape=False, margins=(2, 2, 2, 2), colour=(0x1F, 0x3A, 0x2A)
):
    """A document in one font throughout, a running head and a centred 'footer – N –' line."""
    doc = new_doc(landscape=landscape, header=header, font=font, size=size)
    for name in ("Heading 1", "Heading 2", "Heading 3", "List Bullet"):
        st = doc.styles[name]
        st.font.name = font
        rfonts = st.element.rPr.find(qn("w:rFonts")) if st.element.rPr is not None else None
        if rfonts is not None:
            for att in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
                rfonts.attrib.pop(qn(att), None)
            rfonts.set(qn("w:ascii"), font)
            rfonts.set(qn("w:hAnsi"), font)
        if name.startswith("Heading"):
            st.font.color.rgb = RGBColor(*colour)
    doc.styles["Heading 1"].font.size = Pt(size + 4)
    doc.styles["Heading 2"].font.size = Pt(size + 2)
    doc.styles["Heading 3"].font.size = Pt(size + 1)
    doc.styles["Normal"].paragraph_format.space_after = Pt(5)
    sec = doc.sections[0]
    sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = (Cm(m) for m in margins)
    sec.footer.is_linked_to_previous = False
    p = sec.footer.paragraphs[0]
    p.text = ""
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run(footer_text + "   – ")
    add_field(p.add_run(), "PAGE")
    p.add_run(" –")
    for r in p.runs:
        r.font.size = Pt(7)
    return doc


def bullets(doc, items):
    for s in items:
        para(doc, s, style="List Bullet")


def labelled(doc, label, text):
    """A paragraph opening with a bold label and the text run on after it."""
    p = doc.add_paragraph()
    p.add_run(label + " ").bold = True
    p.add_run(text)
    return p


# ============ 1. SAR plan: % complete status, Lead agency + Lead officer, Mon-yy Start / Finish (URW Gothic 8)
S1 = "sar_plan_percent_complete_status_lead_agency_and_lead_officer_cols_rec_band_rows_mon_yy_start_finish_row_split_urw_gothic_landscape_crannock"
C_BANDS = [
    (
        "Recommendation 1 – Crannock Safeguarding Adults Board should seek assurance that agencies offer a "
        "mental capacity assessment when a person repeatedly declines help with a serious health need.",
        [
            (
                "1a",
                "Add a prompt on repeated refusal to the capacity assessment guidance",
                "Crannock Council",
                "Principal Social Worker",
                "Apr-25",
                "Jul-25",
                "100%",
                "Guidance reissued July 2025.",
            ),
            (
                "1b",
                "Audit twelve cases where help was declined three or more times",
                "Crannock Council",
                "Quality Assurance Lead",
                "Sep-25",
                "Mar-26",
                "60%",
                "Seven of twelve audited.",
            ),
        ],
    ),
    (
        "Recommendation 2 – Crannock Community Health Services should make sure district nurses escalate "
        "a pressure ulcer that worsens while a patient refuses treatment.",
        [
            (
                "2a",
                "Write an escalation pathway for wound care refused at home",
                "Crannock Community Health Services",
                "Head of Community Nursing",
                "May-25",
                "Oct-25",
                "100%",
                "Pathway live; briefing done.",
            ),
            (
                "2b",
                "Train district nursing teams on the new pathway",
                "Crannock Community Health Services",
                "Clinical Educator",
                "Nov-25",
                "Jun-26",
                "25%",
                "Two of eight teams trained. Sessions for the remaining teams were moved from January to the "
                "spring because of winter pressures; the Board asked for a revised timetable at its next "
                "meeting and the educator has booked rooms for April and May. Attendance is being recorded "
                "on the training system so that the figure can be checked.",
            ),
        ],
    ),
    (
        "Recommendation 3 – The Board should ask the Crannock Fire and Rescue Service and housing providers "
        "to agree how a home fire safety visit is offered to people who smoke in bed and use emollient creams.",
        [
            (
                "3a",
                "Agree a referral route from housing officers to the fire service",
                "Crannock Fire and Rescue Service",
                "Station Manager, Prevention",
                "Jun-25",
                "Dec-25",
                "100%",
                "Route agreed; 31 referrals so far.",
            ),
            (
                "3b",
                "Publish a short leaflet on emollient creams and fire risk",
                "Crannock Safeguarding Adults Board",
                "Board Business Manager",
                "Jan-26",
                "Jun-26",
                "0%",
                "Not started; waiting for the national leaflet.",
            ),
        ],
    ),
]


def build_crannock():
    size = 8
    doc = word_doc(
        "URW Gothic",
        size,
        "CRANNOCK SAB  •  SAR 'Mr D'  •  ACTION PLAN",
        "Crannock SAB",
        landscape=True,
        margins=(1.6, 1.6, 1.5, 1.5),
    )
    heading(doc, "Safeguarding Adults Review 'Mr D' – Action plan and progress", 1)
    kv_table(
        doc,
        [
            ("Adult", "Mr D, aged 71, died 19 February 2024"),
            ("Reviewer", "Delphine Achterberg"),
            ("Plan owner", "SAR Sub-group, Crannock Safeguarding Adults Board"),
            ("Position at", "Board meeting of 12 March 2026"),
        ],
        widths=(4, 12),
        size=size,
    )
    para(
        doc,
        "How to read this plan. '% complete' is the lead officer's own estimate; 100% means the action is "
        "finished and the sub-group has seen evidence. 0% means work has not begun. Start and Finish are the "
        "months agreed when the plan was signed off.",
        size=size,
        italic=True,
    )
    for _ in range(14):
        para(doc, "")
    widths = [1.0, 6.2, 4.2, 3.6, 1.4, 1.4, 2.0, 6.5]
    t = make_table(
        doc,
        ["Ref", "Action", "Lead agency", "Lead officer", "Start", "Finish", "% complete", "Comments"],
        widths,
        header_fill="E2D9EE",
        size=size,
    )
    for band, rows in C_BANDS:
        full_row(t, band, fill="F3EEF8", size=size, bold=True)
        for row in rows:
            add_row(t, list(row), widths, size=size)
    para(doc, "")
    para(doc, "Actions: 6   At 100%: 3   Under way: 2   Not started: 1", size=size, bold=True)
    save(doc, S1)


# ============ 2. CSPR: Date | Age | Agency | Event chronology, PR recs, status prefix in update cell (C059 10)
S2 = "cspr_key_event_chronology_date_age_agency_cols_dd_mon_yy_learning_boxes_pr_recs_plan_status_prefix_in_update_cell_c059_wetherslade"
W_EVENTS = [
    (
        "03-Feb-21",
        "Birth",
        "Wetherslade Maternity",
        "Ezra was born at 36 weeks. Mother told the midwife she had moved in with a new partner.",
    ),
    (
        "17-Mar-21",
        "6 weeks",
        "Health visiting",
        "New birth visit. The partner answered the door and stayed in the room throughout.",
    ),
    (
        "22-Sep-21",
        "7 months",
        "GP",
        "Ezra brought in with a bruise to the cheek; mother said he rolled into the cot side.",
    ),
    (
        "09-Nov-21",
        "9 months",
        "Police",
        "Neighbour reported shouting at the flat. No children were seen by officers.",
    ),
    (
        "28-Jan-22",
        "11 months",
        "Children's social care",
        "Referral from the GP closed after a telephone call with mother.",
    ),
    (
        "14-Feb-22",
        "12 months",
        "Ambulance service",
        "Ezra taken to hospital unresponsive. He died two days later.",
    ),
]
W_RECS = [
    "Wetherslade Safeguarding Children Partnership should make sure that a bruise on a non-mobile baby is "
    "always referred to children's social care, whoever gives the explanation.",
    "Health visiting and GP practices in Wetherslade should ask to see a new partner's details and record "
    "who lives in the home at every contact in the first year.",
    "Wetherslade Police should tell health visiting when officers attend a home where a baby lives and "
    "the baby was not seen.",
]
W_PLAN = [
    (
        "PR1",
        "Re-launch the bruising in babies protocol with a one-page flowchart",
        "Partnership Business Manager",
        "July 2024",
        "Completed – flowchart sent to all agencies and on the website.",
    ),
    (
        "PR1",
        "Audit referrals of bruised babies six months after the re-launch",
        "Designated Nurse",
        "March 2025",
        "In progress – audit sample drawn; report due to the April meeting.",
    ),
    (
        "PR2",
        "Add a 'who lives here' question to the health visiting contact template",
        "Health Visiting Lead",
        "September 2024",
        "Completed – live on the record system from 2 September.",
    ),
    (
        "PR3",
        "Agree a daily notice from police to health visiting for domestic call-outs where a baby is present",
        "Detective Inspector, Safeguarding Hub",
        "December 2024",
        "Not started – waiting for the information sharing agreement to be signed.",
    ),
]


def build_wetherslade():
    size = 10
    doc = word_doc(
        "C059",
        size,
        "Wetherslade Safeguarding Children Partnership",
        "Local Child Safeguarding Practice Review – Ezra",
        margins=(2.5, 2.0, 2.2, 2.0),
        colour=(0x14, 0x3C, 0x5A),
    )
    heading(doc, "Local Child Safeguarding Practice Review: Ezra", 1)
    para(
        doc,
        "Independent reviewer: Orsolya Dalby. Published by the Wetherslade Safeguarding Children Partnership, "
        "May 2024.",
        italic=True,
    )
    heading(doc, "1. Why this review was carried out", 2)
    para(
        doc,
        "Ezra died on 16 February 2022, aged 12 months, from a head injury. His mother's partner was later "
        "convicted of his manslaughter. The Partnership's rapid review found that agencies had seen signs of "
        "harm which, taken together, should have led to a referral.",
    )
    heading(doc, "2. Key events", 2)
    para(
        doc,
        "The table lists the contacts the panel judged most important. Ages are Ezra's age at the time.",
        size=9,
        italic=True,
    )
    widths = [2.2, 2.0, 3.6, 8.6]
    t = make_table(doc, ["Date", "Age", "Agency", "Event"], widths, header_fill="DCE8F0", size=9)
    for row in W_EVENTS:
        add_row(t, list(row), widths, size=9)
    para(doc, "")
    heading(doc, "3. What we learned", 2)
    for i, text in enumerate(
        [
            "A bruise on a baby who cannot move about is unusual and needs a second opinion.",
            "A new adult in the home was seen several times but nobody asked who he was.",
        ],
        1,
    ):
        t = doc.add_table(rows=1, cols=1)
        t.style = "Table Grid"
        set_text(t.cell(0, 0), f"Learning {i}: {text}", size=9.5)
        shade(t.cell(0, 0), "F1F6E9")
        para(doc, "")
    heading(doc, "4. Recommendations", 2)
    for i, text in enumerate(W_RECS, 1):
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(1.3)
        p.paragraph_format.first_line_indent = Cm(-1.3)
        p.add_run(f"PR{i}").bold = True
        p.add_run("\t" + text)
    page_break(doc)
    heading(doc, "5. Partnership response", 2)
    para(doc, "Position reported to the Partnership's Learning and Improvement Group, January 2025.")
    widths = [1.2, 5.2, 3.4, 2.4, 4.4]
    t = make_table(
        doc,
        ["Rec", "What we will do", "Who", "By when", "Where we are now"],
        widths,
        header_fill="DCE8F0",
        size=9,
    )
    for rec, action, who, when, now in W_PLAN:
        row = add_row(t, [rec, action, who, when, ""], widths, size=9)
        status, rest = now.split(" – ", 1)
        c = row.cells[4]
        c.paragraphs[0].text = ""
        r = c.paragraphs[0].add_run(status)
        r.bold = True
        r.font.size = Pt(9)
        c.paragraphs[0].add_run(" – " + rest).font.size = Pt(9)
    save(doc, S2)


# ============ 3. DHR overview: period-headed paragraph chronology "12.04.17", recs with agency in brackets (P052 11)
S3 = "dhr_overview_period_headed_chronology_dotted_two_digit_year_para_dates_lessons_not_recs_recs_agency_in_brackets_p052_ambleholt"
A_PERIODS = [
    (
        "Period 1: 2017 to 2018",
        [
            "12.04.17 – Marisol registered with a new GP practice after moving to Ambleholt with Callum.",
            "Summer 2017 – Marisol's sister noticed that Callum checked Marisol's phone and kept her bank card.",
            "03.11.17 – Marisol attended the emergency department with a wrist injury, saying she had slipped on ice.",
        ],
    ),
    (
        "Period 2: 2019 to the homicide",
        [
            "21.06.19 – Police attended after a neighbour heard screaming. Callum was arrested and released without "
            "charge; a risk assessment was graded standard.",
            "08.07.19 – The outreach service wrote to Marisol offering support. The letter was opened by Callum.",
            "30.01.20 – Marisol was found dead at home. Callum was charged with her murder the next day.",
        ],
    ),
]
A_RECS = [
    (
        "Ambleholt Community Safety Partnership",
        "The Partnership should make sure that a domestic abuse service "
        "never contacts a victim by letter to a shared address.",
    ),
    (
        "Ambleholt Police",
        "Ambleholt Police should re-grade a risk assessment when a perpetrator is released "
        "without charge after an arrest for an assault.",
    ),
    (
        "Ambleholt Hospitals NHS Trust",
        "The Trust's emergency department should ask about domestic abuse when a "
        "woman attends with an injury that does not fit the explanation given.",
    ),
]


A_ANALYSIS = [
    "Marisol's family describe a warm and capable woman who became quieter after she met Callum. The panel "
    "heard that she stopped seeing friends within a year and that Callum decided how her wages were spent. "
    "None of this was known to agencies at the time, but it was known to her sister.",
    "The injury in November 2017 was treated and recorded as a fall. Staff in the emergency department were "
    "busy and Callum stayed with Marisol throughout. The panel accepts that a private question would have "
    "been hard to ask, but notes that the department's own policy says it should be attempted.",
    "The police response in June 2019 was prompt. The risk assessment relied on Marisol's answers given in "
    "Callum's presence, and it was not looked at again when he was released. The panel considers that the "
    "grading would probably have been higher had the earlier injury been known.",
    "The outreach service acted quickly on the referral, but its only contact was a letter to the home "
    "Marisol shared with Callum. The service has since changed its practice; the panel welcomes this.",
    "Equality and diversity: Marisol was born in Spain and spoke English fluently. The panel found no "
    "evidence that her nationality affected the services she received, but notes that her family in Spain "
    "were not asked to contribute until late in the review.",
]


def build_ambleholt():
    size = 11
    doc = word_doc(
        "P052",
        size,
        "OFFICIAL – SENSITIVE  |  DHR AMBLEHOLT 2020/1",
        "Overview report – Marisol",
        margins=(2.2, 2.6, 2.4, 2.2),
        colour=(0x55, 0x22, 0x22),
    )
    heading(doc, "Domestic Homicide Review into the death of Marisol", 1)
    para(
        doc,
        "Overview report for Ambleholt Community Safety Partnership. Independent chair and author: "
        "Leopold Sowerthwaite. Final, 14 October 2021.",
        italic=True,
    )
    heading(doc, "Introduction", 2)
    para(
        doc,
        "Marisol was 38 when she was killed by her partner, Callum, on 30 January 2020. This report sets out "
        "what agencies knew and what could have been done differently. Dates are given as day, month and year.",
    )
    heading(doc, "Chronology", 2)
    for period, events in A_PERIODS:
        heading(doc, period, 3)
        for text in events:
            para(doc, text)
    heading(doc, "Analysis", 2)
    for text in A_ANALYSIS:
        para(doc, text)
    heading(doc, "Lessons", 2)
    for i, text in enumerate(
        [
            "Control of money and of a phone are signs of coercive control, not of a close relationship.",
            "An injury explained as a fall can hide an assault.",
            "A letter to a shared address can put a victim at greater risk.",
        ],
        1,
    ):
        numbered(doc, f"L{i}", text)
    para(doc, "These lessons are for all agencies and are not recommendations.", italic=True)
    heading(doc, "Recommendations", 2)
    for i, (agency, text) in enumerate(A_RECS, 1):
        labelled(doc, f"Recommendation {i} ({agency}):", text)
    para(doc, "")
    para(doc, "In memory of Marisol, who loved the sea.", italic=True, align="center")
    save(doc, S3)


# ============ 4. DHR plan: status FIRST column, composite refs TD7/R1/A1, merged rec cells (URW Bookman 8.5)
S4 = "dhr_plan_status_first_col_embedded_implemented_in_train_not_yet_due_composite_refs_merged_rec_cells_dotted_short_dates_urw_bookman_tollerdown"
T_RECS = [
    (
        "R1. Tollerdown Borough Council should make sure its housing staff know how to refer a tenant to the "
        "domestic abuse service when a repair request follows damage in the home.",
        [
            (
                "Embedded",
                "TD7/R1/A1",
                "Add a domestic abuse question to the repairs triage script",
                "Head of Housing Management",
                "31.7.25",
            ),
            (
                "In train",
                "TD7/R1/A2",
                "Train repairs call handlers on the new question",
                "Housing Training Officer",
                "30.11.25",
            ),
            (
                "Not yet due",
                "TD7/R1/A3",
                "Check a sample of repair calls for use of the question",
                "Tenancy Audit Officer",
                "28.2.26",
            ),
        ],
    ),
    (
        "R2. Tollerdown Drug and Alcohol Service should assess the risk a client poses to a partner when the "
        "client reports a new relationship.",
        [
            (
                "Implemented",
                "TD7/R2/A1",
                "Add a partner risk section to the service's assessment",
                "Service Manager",
                "30.9.25",
            ),
            (
                "Not yet due",
                "TD7/R2/A2",
                "Case file audit of partner risk sections",
                "Clinical Governance Lead",
                "31.5.26",
            ),
        ],
    ),
    (
        "R3. Tollerdown Community Safety Partnership should publish the learning from this review for "
        "faith and community groups.",
        [
            (
                "In train",
                "TD7/R3/A1",
                "Learning briefing for faith and community groups",
                "Community Safety Manager",
                "31.1.26",
            ),
            (
                "Implemented",
                "TD7/R3/A2",
                "Session at the Partnership's community forum",
                "Community Safety Manager",
                "31.10.25",
            ),
        ],
    ),
    (
        "R4. Tollerdown Community Safety Partnership should ask the Home Office to add guidance on older "
        "couples where one partner is also the other's carer to its next revision of the statutory guidance.",
        [
            (
                "Embedded",
                "TD7/R4/A1",
                "Letter from the Partnership chair to the Home Office",
                "Chair, Tollerdown Community Safety Partnership",
                "30.6.25",
            ),
        ],
    ),
]


T_INTRO = [
    "The review panel met six times between September 2023 and November 2024. Its members agreed four "
    "recommendations, set out in the table below with the actions each lead has agreed. The Partnership "
    "publishes the plan with the overview report and updates it until every action is embedded.",
    "Each row is one action. A recommendation is printed once beside all of its actions. The reference of an "
    "action gives the review, the recommendation and the action (for example TD7/R2/A1 is the first action "
    "under the second recommendation of the seventh review).",
    "Adele's son asked that the plan should say plainly what has changed. Where an action has been embedded, "
    "the Partnership will publish a short note of what is now done differently.",
    "The panel also identified good practice: the GP practice's receptionist noticed that Adele always "
    "attended with her husband and offered her a private room; this is not a recommendation.",
    "Agencies that contributed: Tollerdown Borough Council (Housing), Tollerdown Drug and Alcohol Service, "
    "Tollerdown Police, the GP practice, Tollerdown Hospitals NHS Trust and the local domestic abuse service.",
]


def build_tollerdown():
    size = 8.5
    doc = word_doc(
        "URW Bookman",
        size,
        "Tollerdown CSP – DHR 7 – Action plan (published version)",
        "Tollerdown Community Safety Partnership",
        margins=(1.8, 1.8, 2.0, 1.8),
        colour=(0x30, 0x30, 0x30),
    )
    heading(doc, "Domestic Homicide Review 7 (Adele): action plan", 1)
    para(
        doc,
        "Adele was killed by her husband on 4 May 2023, aged 52. Review chaired and written by "
        "Ignatius Ferreira-Holt. The plan below was approved by the Partnership on 9 October 2025.",
    )
    heading(doc, "About this plan", 2)
    for text in T_INTRO:
        para(doc, text)
    page_break(doc)
    heading(doc, "Action plan", 2)
    para(
        doc,
        "Status key – Embedded: done and tested by audit. Implemented: done, not yet tested. In train: "
        "work started. Not yet due: work will start later in the plan.",
        italic=True,
    )
    widths = [2.4, 2.3, 4.4, 4.0, 2.6, 1.8]
    headers = ["Status", "Ref", "Recommendation", "Action", "Lead", "Deadline"]
    t = make_table(doc, headers, widths, header_fill="E7E2D5", size=size)
    row = 1
    for rec, actions in T_RECS:
        first = row
        for status, ref, action, lead, deadline in actions:
            add_row(t, [status, ref, rec, action, lead, deadline], widths, size=size, bold_cols=(0,))
            row += 1
        merge_down(t, 2, first, row - 1, size=size)
    para(doc, "")
    para(doc, "Actions: 8. Embedded 2, Implemented 2, In train 2, Not yet due 2.", bold=True)
    para(
        doc,
        "Deadlines are written day.month.year. The plan is reviewed at every second Partnership meeting.",
        size=7.5,
        italic=True,
    )
    save(doc, S4)


# ============ 5. SAR executive summary: theme-lettered recs A1 / B1, timeline bullets with seasons and ranges
S5 = "sar_exec_summary_theme_lettered_recs_a1_b1_seven_minute_briefing_not_recs_timeline_bullets_season_and_range_dates_nimbus_sans_narrow_pennacombe"
P_TIMELINE = [
    "Autumn 2019 – Yusuf, then 17, moved from a children's home to supported lodgings in Pennacombe.",
    "March 2021 – His personal adviser recorded that he was drinking most days and had lost his job.",
    "12 August 2021 – Yusuf was evicted from his lodgings for rent arrears and slept in a tent by the river.",
    "2–5 June 2022 – Outreach workers saw Yusuf three times; he had a swollen leg and declined a GP visit.",
    "9 June 2022 – Yusuf was found dead in his tent. He was 20.",
]
P_THEMES = [
    (
        "Theme A – Leaving care",
        [
            "Pennacombe Council should keep a care leaver's personal adviser involved until a settled home is found, "
            "even after the young person turns 21.",
            "Pennacombe Council should give care leavers who lose a tenancy a named housing officer within five "
            "working days.",
        ],
    ),
    (
        "Theme B – Self-neglect and street homelessness",
        [
            "Pennacombe Safeguarding Adults Board should make sure outreach teams know how to raise a self-neglect "
            "concern for a person sleeping rough who declines health care.",
        ],
    ),
    (
        "Theme C – Alcohol",
        [
            "Pennacombe Alcohol Service should offer an assertive outreach appointment to anyone aged under 25 "
            "referred by a personal adviser.",
        ],
    ),
]


P_FINDINGS = [
    "Finding 1. Yusuf's personal adviser worked hard to keep in touch, but the duty to support him ended at 21 "
    "and nobody took over. Housing, alcohol and health services each saw part of the picture.",
    "Finding 2. Outreach workers offered Yusuf a GP appointment three times. Each refusal was recorded as his "
    "choice. Nobody asked whether he could weigh up the risk to his leg while drinking heavily.",
    "Finding 3. The eviction in August 2021 was the turning point. Yusuf's lodgings provider did not know he "
    "was a care leaver, and the council's housing team was not told before he left.",
    "Finding 4. Agencies spoke warmly about Yusuf and wanted to help him. The review found no single failure; "
    "the gaps were between services rather than within them.",
    "Good practice: the outreach team's night worker brought Yusuf food and a sleeping bag and kept a note of "
    "every contact, which made this review possible.",
]


def build_pennacombe():
    size = 10.5
    doc = word_doc(
        "Nimbus Sans Narrow",
        size,
        "Pennacombe SAB – SAR Yusuf – Executive summary",
        "Pennacombe Safeguarding Adults Board",
        margins=(2.0, 2.0, 1.8, 1.8),
        colour=(0x0E, 0x4D, 0x3A),
    )
    heading(doc, "Safeguarding Adults Review: Yusuf – Executive summary", 1)
    para(
        doc,
        "Lead reviewer: Henrietta Okonkwo-Vale. Commissioned by Pennacombe Safeguarding Adults Board, "
        "September 2022.",
    )
    heading(doc, "About Yusuf", 2)
    para(
        doc,
        "Yusuf grew up in care. Friends remember him as funny and good with animals. He died on 9 June 2022 "
        "from sepsis following an untreated leg infection while sleeping rough.",
    )
    heading(doc, "Timeline at a glance", 2)
    bullets(doc, P_TIMELINE)
    heading(doc, "Seven-minute briefing", 2)
    bullets(
        doc,
        [
            "Why it matters: care leavers are at higher risk of homelessness and early death.",
            "What to do: ask whether a young person has somewhere safe to sleep tonight.",
            "Where to go: the Board's self-neglect guidance on its website.",
        ],
    )
    heading(doc, "Findings", 2)
    for text in P_FINDINGS:
        para(doc, text)
    page_break(doc)
    heading(doc, "Recommendations", 2)
    para(doc, "Recommendations are grouped by theme and lettered by theme.", italic=True)
    for theme, recs in P_THEMES:
        heading(doc, theme, 3)
        letter = theme.split()[1]
        for i, text in enumerate(recs, 1):
            numbered(doc, f"{letter}{i}", text)
    para(doc, "")
    para(
        doc,
        "The Board accepted all four recommendations at its meeting of 3 March 2023. Its action plan is "
        "published separately on the Board's website.",
        italic=True,
    )
    save(doc, S5)


if __name__ == "__main__":
    build_crannock()
    build_wetherslade()
    build_ambleholt()
    build_tollerdown()
    build_pennacombe()
