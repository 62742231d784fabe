"""Build the heldout37 blind documents as Word files (python-docx).

Run once:  python tests/heldout37/build.py
Then convert each .docx with LibreOffice and extract text (see README.md).
Five documents of five families nobody had tuned on: a probation Serious Further Offence review summary whose
response plan marks the status with an X in one of three status columns under a merged header; a SAR after a
death in a house fire whose chronology table has the year merged down its first column and "Same day" date
cells; a DHR implementation plan with the action ref in the last column, assurance ratings for a status and a
row split over a page break; a CSPR whose chronology runs by school terms under academic-year headings, with a
plan of term and month targets; and an Irish-style national review panel report with section-numbered
recommendations and reflective questions that are not recommendations.
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
    kv_table,
    landscape_section,
    make_table,
    merge_down,
    new_doc,
    numbered,
    para,
    repeat_header,
    set_text,
    set_widths,
    shade,
)

save = docx_saver(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)


def word_doc(font, size, header, footer_label, margins=(2, 2, 2, 2), suffix=""):
    """A document in one font throughout, a running head and a footer '<label><page><suffix>'."""
    doc = new_doc(header=header, font=font, size=size)
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
            st.font.color.rgb = RGBColor(0x2B, 0x2B, 0x55)
    doc.styles["Heading 1"].font.size = Pt(size + 4)
    doc.styles["Heading 2"].font.size = Pt(size + 2)
    doc.styles["Heading 3"].font.size = Pt(size + 1)
    doc.styles["Normal"].paragraph_format.space_after = Pt(4)
    sec = doc.sections[0]
    sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = (Cm(m) for m in margins)
    footer(sec, footer_label, suffix)
    return doc


def footer(sec, label, suffix=""):
    p = sec.footer.paragraphs[0]
    p.text = ""
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run(label)
    add_field(p.add_run(), "PAGE")
    if suffix:
        p.add_run(suffix)
    for r in p.runs:
        r.font.size = Pt(7.5)


def heading(doc, text, level=1):
    return doc.add_heading(text, level=level)


def bullets(doc, items):
    for s in items:
        para(doc, s, style="List Bullet")


def run_in(doc, label, text, italic=False):
    """A paragraph opening with a bold run-in label."""
    p = doc.add_paragraph()
    p.add_run(label + " ").bold = True
    p.add_run(text).italic = italic
    return p


# ============ 1. Probation SFO review summary: status an X in one of three columns under a merged header
S1 = "sfo_review_summary_probation_square_bracket_recs_response_plan_status_x_in_three_columns_merged_progress_header_merged_rec_cells_d_mon_yyyy_targets_good_practice_bullets_nimbus_sans_kellowby"
SFO_RECS = [
    (
        "1",
        "The Kellowby probation delivery unit should make sure that when a person on probation is released "
        "to an address shared with a former partner, the police domestic abuse history of that address is "
        "requested and read before the first home visit.",
    ),
    (
        "2",
        "Senior probation officers should check, at each three-monthly case review, that the risk management "
        "plan names who will act when an exclusion zone is broken and how quickly.",
    ),
    (
        "3",
        "The region should agree with the electronic monitoring provider a single telephone route for "
        "urgent alerts that reaches a probation manager outside office hours.",
    ),
]
SFO_PLAN = [
    (
        "1",
        [
            (
                "Address check form changed so that a police history request is a required field before "
                "release.",
                "Head of Kellowby PDU",
                "30 Nov 2025",
                2,
            ),
            (
                "Audit of twenty release cases to confirm the request was made and read.",
                "Quality Development Officer",
                "31 Mar 2026",
                1,
            ),
        ],
    ),
    (
        "2",
        [
            (
                "Case review template amended with a question on exclusion zone breaches.",
                "Senior Probation Officer lead for risk",
                "31 Oct 2025",
                2,
            ),
            (
                "Team briefings on the amended template for all practitioners.",
                "Head of Kellowby PDU",
                "31 Jan 2026",
                1,
            ),
        ],
    ),
    (
        "3",
        [
            (
                "Regional discussion with the monitoring provider about an out-of-hours contact route.",
                "Regional Head of Public Protection",
                "30 Jun 2026",
                0,
            ),
        ],
    ),
]
SFO_W = (1.3, 9.0, 4.6, 2.6, 2.1, 2.1, 2.1)


def sfo_plan_table(doc):
    """Rec | Action | Responsible | Completion by | Progress at … (merged over three mark columns)."""
    t = doc.add_table(rows=2, cols=7)
    t.style = "Table Grid"
    top = ("Rec", "Action", "Responsible", "Completion by", "Progress at 31 October 2025", "", "")
    for i, h in enumerate(top):
        set_text(t.cell(0, i), h, bold=True, size=8.5)
    for i, h in enumerate(("Not started", "In progress", "Complete")):
        set_text(t.cell(1, 4 + i), h, bold=True, size=8.5)
    for col in range(4):
        merge_down(t, col, 0, 1, size=8.5, bold=True)
    m = t.cell(0, 4).merge(t.cell(0, 6))
    set_text(m, "Progress at 31 October 2025", bold=True, size=8.5)
    for r in (0, 1):
        repeat_header(t.rows[r])
        for c in t.rows[r].cells:
            shade(c, "D9E2F3")
    row = 2
    for rec, actions in SFO_PLAN:
        first = row
        for text, who, by, done in actions:
            marks = ["", "", ""]
            marks[done] = "X"
            add_row(t, [rec, text, who, by, *marks], SFO_W, size=8.5)
            row += 1
        merge_down(t, 0, first, row - 1, size=8.5, bold=True)
    set_widths(t, SFO_W)
    return t


def build_kellowby():
    doc = word_doc(
        "Nimbus Sans",
        10,
        "OFFICIAL  |  Serious Further Offence Review — published summary",
        "Probation Service  •  Kellowby  •  ",
        margins=(2.2, 2.0, 2.0, 2.0),
    )
    heading(doc, "Serious Further Offence Review: Summary of the review of the management of Mr N", 1)
    kv_table(
        doc,
        [
            ("Offence", "Murder of Ms Harriet Q, aged 39, on 4 February 2024"),
            ("Probation region", "North Downs and Kellowby"),
            ("Review completed by", "Ottilie Brannigan-Fosu, SFO Reviewer (independent of the unit)"),
            ("Date of summary", "October 2025"),
        ],
        widths=(4.5, 12),
        size=9.5,
    )
    para(doc, "")
    heading(doc, "Background", 2)
    para(
        doc,
        "Mr N was released on licence in September 2023 after serving a sentence for assault and was supervised "
        "by the Kellowby probation delivery unit. His licence included an exclusion zone and electronic "
        "monitoring. In February 2024 he killed Ms Q, a former partner, at her home. He was convicted of murder "
        "in December 2024. This summary is published so that Ms Q's family and the public can see what the "
        "review found and what the Probation Service has done since.",
    )
    heading(doc, "What the review found", 2)
    para(
        doc,
        "The review found that the address Mr N gave on release was shared with Ms Q for part of each week, "
        "and that this was not known to his probation practitioner. Two breaches of the exclusion zone were "
        "recorded by the monitoring provider in January 2024; the first was followed up the next working day "
        "and the second was not acted on before the offence.",
    )
    heading(doc, "Areas of good practice", 3)
    bullets(
        doc,
        [
            "Pre-release planning began twelve weeks before release and involved the prison offender manager.",
            "Mr N's practitioner recorded each supervision appointment on the day it took place.",
        ],
    )
    heading(doc, "Recommendations", 2)
    para(
        doc,
        "The review made three recommendations. Each is given with the number used in the response below.",
    )
    for num, text in SFO_RECS:
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(1.0)
        p.paragraph_format.first_line_indent = Cm(-1.0)
        p.add_run(f"[{num}]\t").bold = True
        p.add_run(text)
    para(
        doc,
        "Note: the review's findings about the monitoring provider's own processes were shared with the provider "
        "and are not repeated here.",
        italic=True,
        size=8.5,
    )
    sec = landscape_section(doc)
    footer(sec, "Probation Service  •  Kellowby  •  ")
    heading(doc, "Response and progress", 2)
    para(doc, "Key: an X shows where each action stood at 31 October 2025.", size=9)
    sfo_plan_table(doc)
    para(doc, "")
    para(doc, "Progress is reported to the regional Quality and Learning Board each quarter.", size=9)
    save(doc, S1)


# ============ 2. SAR after a house-fire death: Year merged down, "Same day" dates, (a)-(d) recommendations
S2 = "sar_house_fire_death_chronology_year_col_merged_down_day_month_cells_same_day_rows_lettered_paren_recs_reflective_questions_not_recs_p052_ashenmoss"
CHRON = [
    (
        "2021",
        "9 Feb",
        "GP practice",
        "Mrs W, then 78, told the practice nurse she had stopped using her "
        "upstairs rooms because the stairs frightened her.",
    ),
    (
        "2021",
        "22 Jul",
        "Ashenmoss Fire and Rescue",
        "A home fire safety visit was offered by letter. No reply "
        "was received and the offer was not repeated.",
    ),
    (
        "2022",
        "3 Mar",
        "Adult Social Care",
        "A neighbour reported that Mrs W was smoking in bed and that "
        "the house was cold. A duty worker telephoned Mrs W, who declined a visit.",
    ),
    (
        "2022",
        "Same day",
        "Adult Social Care",
        "The duty worker closed the contact, recording that Mrs W had capacity to refuse.",
    ),
    (
        "2022",
        "14 Nov",
        "Community nursing",
        "A district nurse dressed a burn on Mrs W's left hand and noted "
        "several cigarette burns on the armchair.",
    ),
    (
        "2023",
        "6 Jan",
        "Ashenmoss Fire and Rescue",
        "Crews attended a small kitchen fire. Mrs W was unhurt. No referral was made to Adult Social Care.",
    ),
    (
        "2023",
        "30 Jan",
        "Ashenmoss Fire and Rescue",
        "Mrs W died in a fire that started in her living room during the night.",
    ),
]
CH_W = (1.5, 2.0, 3.8, 9.4)


def chron_table(doc):
    t = make_table(doc, ("Year", "Date", "Agency", "What happened"), CH_W, header_fill="E2D9C8", size=9)
    row = 1
    first = 1
    for i, (year, day, agency, text) in enumerate(CHRON):
        add_row(t, (year, day, agency, text), CH_W, size=9)
        row += 1
        if i + 1 == len(CHRON) or CHRON[i + 1][0] != year:
            merge_down(t, 0, first, row - 1, size=9, bold=True)
            first = row
    return t


def build_ashenmoss():
    doc = word_doc(
        "P052",
        10.5,
        "Ashenmoss Safeguarding Adults Partnership — SAR ‘Mrs W’",
        "Page ",
        margins=(2.4, 2.4, 2.2, 2.0),
        suffix=" of 2",
    )
    heading(doc, "Safeguarding Adults Review: Mrs W", 1)
    para(doc, "Learning from a death in a house fire", italic=True)
    para(
        doc,
        "Mrs W was 80 years old when she died in a fire at her home in Ashenmoss on 30 January 2023. She lived "
        "alone, smoked, and used oxygen at night. The Ashenmoss Safeguarding Adults Partnership agreed in April "
        "2023 that the criteria for a Safeguarding Adults Review were met and appointed Rosalind Achterberg-Lowe "
        "as the independent reviewer.",
    )
    heading(doc, "1. How the review was carried out", 2)
    para(
        doc,
        "Agencies provided chronologies of their contact with Mrs W from January 2021. A learning event was "
        "held with practitioners in September 2023. Mrs W's nephew met the reviewer twice.",
    )
    heading(doc, "2. Combined chronology", 2)
    para(
        doc,
        "The table sets out the key contacts. Where two contacts took place on one day the second is shown "
        "as ‘Same day’.",
        size=9.5,
    )
    chron_table(doc)
    para(doc, "Source: agency chronologies, checked against records by the reviewer.", italic=True, size=8.5)
    heading(doc, "3. Analysis", 2)
    para(
        doc,
        "Fire risk was seen by four agencies at different times but was never brought together. Each contact was "
        "treated as a single event, and Mrs W's refusal of a visit was accepted without exploring what lay "
        "behind it. Her use of oxygen was known to the GP and the community nurses but not to the fire service.",
    )
    box(
        doc,
        "Reflective questions for practitioners\n1. When did you last ask an older person who smokes about how "
        "they heat their home?\n2. Who in your team would you tell about a burn you had seen?\n3. What does "
        "your service do when a home safety letter gets no reply?",
        fill="F2EEE4",
        width=16,
        size=9.5,
    )
    heading(doc, "4. Recommendations", 2)
    para(
        doc, "The Partnership is asked to accept the following recommendations and to seek assurance on each."
    )
    recs = [
        (
            "(a)",
            "Ashenmoss Fire and Rescue should follow up every unanswered home fire safety letter to a person "
            "aged over 75 with a visit or telephone call within one month.",
        ),
        (
            "(b)",
            "Adult Social Care should make sure that a report of fire risk at a person's home is treated as "
            "a safeguarding concern and not closed after one telephone call.",
        ),
        (
            "(c)",
            "The Integrated Care Board should ask GP practices and community nursing to tell the fire "
            "service, with consent, when home oxygen is prescribed to a person who smokes.",
        ),
        (
            "(d)",
            "The Partnership should publish a one-page guide for all agencies on recognising and "
            "referring fire risk, and check its use through a multi-agency audit within a year.",
        ),
    ]
    for lab, text in recs:
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(0.9)
        p.paragraph_format.first_line_indent = Cm(-0.9)
        p.add_run(lab + "\t")
        p.add_run(text)
    para(doc, "Rosalind Achterberg-Lowe, Independent Reviewer, November 2023", italic=True, size=9)
    save(doc, S2)


# ============ 3. DHR implementation plan: ref last, assurance ratings, a row split over the page break
S3 = "dhr_implementation_plan_ref_col_last_dotted_action_refs_assurance_rating_fully_partly_not_met_evidence_seen_col_rec_text_band_rows_row_split_over_page_break_dejavu_serif_cradleigh"
DHR_RECS = [
    "Cradleigh Housing should record on each tenancy file when a tenant has disclosed domestic abuse, so that "
    "later contacts with the household are seen in that light.",
    "All agencies in the Cradleigh Community Safety Partnership should use the same risk checklist and share "
    "any high-risk result with the multi-agency risk conference within two working days.",
    "Cradleigh GP practices should offer patients who disclose domestic abuse an appointment alone, and record "
    "when this was not possible.",
]
DHR_PLAN = [
    (
        1,
        [
            (
                "A flag for disclosed domestic abuse added to the housing management system.",
                "Head of Tenancy Services",
                "Sept 2025",
                "System screenshot and user guide",
                "Fully met",
                "1.1",
            ),
            (
                "Tenancy officers trained to add and read the flag, with a refresher in the induction programme.",
                "Housing Training Lead",
                "Dec 2025",
                "Attendance lists (34 of 41 staff)",
                "Partly met",
                "1.2",
            ),
        ],
    ),
    (
        2,
        [
            (
                "Partnership agreement signed by each agency to use the single risk checklist.",
                "CSP Manager",
                "Oct 2025",
                "Signed agreement",
                "Fully met",
                "2.1",
            ),
            (
                "Quarterly report to the Partnership of the number of high-risk results shared within two working "
                "days, by agency. The first report will set a baseline and show, for each agency, how many "
                "checklists were completed, how many were high risk, how many of those were shared with the "
                "risk conference, and how long the sharing took. Where an agency is below ninety per cent the "
                "report will ask the agency's lead for the reasons and a date by which it will improve. The "
                "second and later reports will show the trend. Agencies that do not complete the checklist "
                "electronically will send a monthly return to the CSP Manager, who will add them to the report "
                "by hand until the agency's own system can produce the figures.",
                "CSP Manager with the Risk Conference Coordinator",
                "Mar 2026",
                "Not yet received",
                "Not met",
                "2.2",
            ),
            (
                "Audit of twenty referrals to the risk conference to check the two-day standard.",
                "Risk Conference Coordinator",
                "June 2026",
                "Not yet received",
                "Not met",
                "2.3",
            ),
        ],
    ),
    (
        3,
        [
            (
                "Practice guidance on seeing patients alone issued to every Cradleigh practice.",
                "ICB Named GP for Safeguarding",
                "Nov 2025",
                "Guidance and circulation list",
                "Fully met",
                "3.1",
            ),
            (
                "Records audit in four practices of whether patients were offered an appointment alone.",
                "ICB Designated Nurse",
                "Apr 2026",
                "Two of four practices audited",
                "Partly met",
                "3.2",
            ),
        ],
    ),
]
DHR_HEAD = ("Action", "Lead", "Due", "Evidence seen", "Assurance rating", "Ref")
DHR_W = (6.2, 3.0, 1.6, 3.0, 2.3, 1.1)


def build_cradleigh():
    doc = word_doc(
        "DejaVu Serif",
        9.5,
        "Cradleigh CSP  ·  DHR ‘Ruth’  ·  Implementation plan  ·  RESTRICTED",
        "",
        margins=(1.9, 1.9, 1.8, 1.8),
        suffix="  |  Cradleigh CSP",
    )
    heading(doc, "Domestic Homicide Review ‘Ruth’: Implementation Plan and Assurance Report", 1)
    para(
        doc,
        "Ruth, aged 52, was killed by her husband at their home in Cradleigh on 19 August 2023. The review was "
        "chaired and written by Desmond Okonjo-Pryce. The review's overview report made three recommendations; "
        "this document shows the actions agreed for each and the Partnership's view of the evidence received "
        "by its Assurance Group on 14 November 2025.",
    )
    heading(doc, "How this plan was put together", 3)
    para(
        doc,
        "Each agency named in a recommendation proposed its own actions, which the Partnership's DHR "
        "Sub-Group agreed in June 2025. Leads send evidence to the CSP Manager before each meeting of the "
        "Assurance Group, which decides the rating. The Home Office was sent the plan with the overview "
        "report. Agencies that were not asked to take action, including the ambulance service and the "
        "local hospice, were thanked for their help with the review.",
    )
    kv_table(
        doc,
        [
            ("Assurance Group chair", "Head of Community Safety, Cradleigh Borough Council"),
            (
                "Members",
                "Police, Housing, ICB, Adult Social Care, Children's Services, Probation, the "
                "specialist domestic abuse service",
            ),
            ("Meets", "Quarterly"),
        ],
        widths=(4.2, 12.5),
        size=9,
    )
    para(doc, "")
    heading(doc, "Assurance ratings", 3)
    kv_table(
        doc,
        [
            ("Fully met", "The action is finished and the evidence has been seen."),
            ("Partly met", "Work has started; evidence shows part of the action done."),
            ("Not met", "No evidence yet that the action has started."),
        ],
        widths=(3.2, 13.5),
        size=9,
    )
    para(doc, "")
    t = make_table(doc, DHR_HEAD, DHR_W, header_fill="CCD5E0", size=8.5)
    for num, actions in DHR_PLAN:
        row = t.add_row()
        c = row.cells[0].merge(row.cells[-1])
        set_text(c, f"Recommendation {num}: {DHR_RECS[num - 1]}", bold=True, size=8.5)
        shade(c, "EEF1F5")
        for action in actions:
            add_row(t, action, DHR_W, size=8.5)
    para(doc, "")
    para(doc, "Summary: 3 actions fully met, 2 partly met, 2 not met.", bold=True, size=9)
    para(
        doc,
        "The Assurance Group will look again at actions 2.2 and 2.3 at its meeting in March 2026. The plan will be "
        "closed when every action is fully met.",
        size=9,
    )
    save(doc, S3)


# ============ 4. CSPR: chronology by school terms under academic-year headings, plan with term targets
S4 = "cspr_school_term_chronology_academic_year_headings_term_and_day_dates_bold_lead_ins_numbered_recs_what_difference_line_not_rec_plan_delivered_in_delivery_scheduled_term_targets_urw_gothic_wintersett"
TERM_CHRON = [
    (
        "Academic year 2020/21 (Year 7)",
        [
            (
                "Autumn term 2020",
                "Jamie started at Wintersett Academy. His attendance for the term was 71 per cent "
                "and he was placed on the school's attendance plan.",
            ),
            (
                "3 February 2021",
                "The school nurse saw Jamie after he told a teacher he had not eaten since the day "
                "before. She made a referral to Early Help.",
            ),
            (
                "Easter holidays 2021",
                "Jamie's mother asked the school for help because he was staying out late "
                "and would not say where he had been. The school gave her the Early Help leaflet.",
            ),
            (
                "Summer term 2021",
                "An Early Help worker visited the family four times. The case was closed when "
                "attendance improved.",
            ),
        ],
    ),
    (
        "Academic year 2021/22 (Year 8)",
        [
            (
                "15 September 2021",
                "Police found Jamie, then 12, in a car park at 1 a.m. with two older boys. He "
                "was taken home and a notification was sent to Children's Social Care.",
            ),
            (
                "October half term 2021",
                "Jamie was reported missing overnight by his mother. He came home the next "
                "day and would not talk to the police officer who carried out the return interview.",
            ),
            (
                "Spring term 2022",
                "Jamie was excluded for a fixed period twice. A managed move to another school "
                "was discussed but not agreed.",
            ),
            ("28 June 2022", "Jamie was admitted to hospital with a stab wound to his leg."),
        ],
    ),
]
TERM_RECS = [
    "Wintersett schools should tell Children's Social Care when a child's attendance falls below 80 per cent "
    "for a second term in a row, whether or not an Early Help plan is open.",
    "Children's Social Care and the police should hold a strategy discussion when a child under 14 is found "
    "out at night with older young people not known to the family.",
    "The Partnership should agree a protocol so that a child is not excluded while a managed move is being "
    "considered without a multi-agency meeting first.",
]
TERM_PLAN = [
    (
        "1",
        "Attendance data shared each half term with Children's Social Care.",
        "Education Welfare Service",
        "Spring term 2026",
        "In delivery",
    ),
    (
        "1",
        "Schools' safeguarding leads briefed on the second-term threshold.",
        "Designated Safeguarding Lead Network",
        "December 2025",
        "Delivered",
    ),
    (
        "2",
        "Police night-time contacts with children under 14 added to the daily triage list.",
        "Wintersett Police",
        "November 2025",
        "Delivered",
    ),
    (
        "3",
        "Exclusions and managed moves protocol drafted and consulted on.",
        "Head of Inclusion",
        "Summer term 2026",
        "Scheduled",
    ),
]
TP_W = (1.2, 7.4, 3.6, 2.6, 2.2)


def build_wintersett():
    doc = word_doc(
        "URW Gothic",
        9.5,
        "Wintersett Safeguarding Children Partnership",
        "CSPR Jamie — ",
        margins=(2.0, 2.6, 2.0, 2.0),
    )
    heading(doc, "Child Safeguarding Practice Review: Jamie", 1)
    para(
        doc,
        "Jamie was 13 when he was seriously injured in Wintersett on 28 June 2022. He survived. The Wintersett "
        "Safeguarding Children Partnership commissioned this local review, which was led by Imogen "
        "Castellano-Reyes. The review looked at the two school years before the injury.",
    )
    heading(doc, "How the review was done", 2)
    para(
        doc,
        "The reviewer read the records of the school, the police, Children's Social Care, the Early Help service, "
        "the school nursing team and the hospital. Practitioners from each of these services met twice in "
        "workshops in the spring of 2023. Jamie and his mother both spoke to the reviewer; Jamie asked that some "
        "of what he said stays private, and it has.",
    )
    box(
        doc,
        "Jamie's voice\n“People kept asking where I'd been. Nobody asked why I didn't want to be at home or at "
        "school.”",
        fill="F3F0E0",
        width=15.5,
        size=9.5,
    )
    para(doc, "")
    heading(doc, "What happened: a timeline by school year", 2)
    para(doc, "School records are kept by term, so where no exact date is known the term is given.", size=9)
    for year_heading, entries in TERM_CHRON:
        heading(doc, year_heading, 3)
        for when, text in entries:
            run_in(doc, when + " –", text)
    heading(doc, "What we learned", 2)
    para(
        doc,
        "Each agency saw a part of Jamie's life. The school saw attendance, the police saw the night-time "
        "contact, the hospital saw the injury. Nobody put these together as signs of exploitation.",
    )
    para(
        doc,
        "What difference will this make? Children like Jamie should be seen sooner as at risk outside "
        "the home.",
        italic=True,
    )
    heading(doc, "Recommendations", 2)
    for i, text in enumerate(TERM_RECS, 1):
        numbered(doc, f"{i}.", text)
    heading(doc, "Partnership plan", 2)
    t = make_table(
        doc, ("Rec", "What will be done", "Who", "By", "Progress"), TP_W, header_fill="DCE9D5", size=8.5
    )
    for row in TERM_PLAN:
        add_row(t, row, TP_W, size=8.5)
    para(
        doc,
        "Progress key: Delivered – finished; In delivery – started; Scheduled – not yet started.",
        size=8.5,
    )
    save(doc, S4)


# ============ 5. National review panel report (Ireland style): section-numbered recs, questions not recs
S5 = "national_review_panel_child_death_report_section_numbered_recs_7_1_to_7_4_key_learning_bullets_not_recs_agency_responses_para_nimbus_sans_narrow_ballyvarna"


def build_ballyvarna():
    doc = word_doc(
        "Nimbus Sans Narrow",
        10.5,
        "National Review Panel  –  Review of the death of ‘Cian’  –  Ballyvarna Area",
        "NRP/2024/07   ",
        margins=(2.5, 2.5, 2.4, 2.2),
    )
    heading(doc, "Report of the National Review Panel", 1)
    para(doc, "Review of the death of a young person known as ‘Cian’, in the Ballyvarna area", bold=True)
    para(
        doc,
        "Cian was 17 years old when he died on 11 March 2024. He had been in the care of the Child and Family "
        "Service in Ballyvarna since the age of 15. The review was carried out by a panel chaired by Dr Aoife "
        "Delahunt-Mensah and this report was written by her.",
    )
    heading(doc, "1. Terms of reference", 2)
    para(doc, "The panel was asked to:")
    for lab, text in (
        ("(a)", "describe the services Cian received from January 2022 until his death;"),
        ("(b)", "consider how his missing episodes were responded to;"),
        ("(c)", "consider the planning for his leaving care; and"),
        ("(d)", "identify learning for the Child and Family Service and other services."),
    ):
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(1.0)
        p.add_run(f"{lab}  {text}")
    heading(doc, "2. Services involved", 2)
    t = make_table(doc, ("Service", "Involvement"), (5.0, 11.0), header_fill="E6E6E6", size=9)
    for row in (
        ("Child and Family Service, Ballyvarna", "Allocated social worker; residential unit; aftercare"),
        ("Garda Síochána, Ballyvarna division", "Missing person reports and searches"),
        ("Ballyvarna Community Health", "Mental health assessment in 2023"),
        ("Ardkell Youth Project", "Weekly drop-in attended by Cian"),
    ):
        add_row(t, row, (5.0, 11.0), size=9)
    para(doc, "")
    heading(doc, "3. Background", 2)
    numbered(
        doc,
        "3.1",
        "Cian was the second of four children. He came into care after his mother became unwell "
        "and his grandmother, who had looked after him, was no longer able to do so.",
    )
    numbered(
        doc,
        "3.2",
        "He lived in two foster placements and then, from the autumn of 2022, in a residential "
        "unit in Ballyvarna town. He was reported missing from the unit on eleven occasions.",
    )
    numbered(
        doc,
        "3.3",
        "On most occasions he returned himself within a day. On three occasions he was found "
        "by the Garda at the same disused farm buildings outside the town.",
    )
    heading(doc, "4. Analysis", 2)
    numbered(
        doc,
        "4.1",
        "Each missing episode was recorded and reported, as the procedures require. What was "
        "missing was any picture across episodes: where Cian went, who with, and why.",
    )
    numbered(
        doc,
        "4.2",
        "A planned move to a new unit took place four days after his longest missing episode. "
        "Staff told the panel the move had been arranged for weeks and could not be put back.",
    )
    numbered(
        doc, "4.3", "An aftercare worker was allocated one month before his death. Cian had met her once."
    )
    heading(doc, "5. Conclusions", 2)
    numbered(
        doc,
        "5.1",
        "The panel does not find that Cian's death could have been predicted. It does find that "
        "a clearer picture of his missing episodes would have given staff more chances to keep him safe.",
    )
    heading(doc, "6. Key learning", 2)
    bullets(
        doc,
        [
            "Young people in care who go missing often return to the same places; those places can be known and "
            "visited.",
            "A move between placements within a week of a missing episode raises the risk of a further one.",
            "Aftercare planning that starts at 17 leaves little time to build trust.",
        ],
    )
    numbered(
        doc,
        "6.1",
        "The panel heard that staff in the residential unit knew Cian well and that he trusted "
        "two of them. This is good practice that the service should keep.",
    )
    heading(doc, "7. Recommendations", 2)
    numbered(
        doc,
        "7.0",
        "The panel makes four recommendations. The first two are for the Child and Family "
        "Service nationally; the last two are for the Ballyvarna area.",
    )
    recs = [
        (
            "7.1",
            "The Child and Family Service should set a national standard that a young person in care who "
            "has been missing is offered a return conversation with someone they know within 72 hours.",
        ),
        (
            "7.2",
            "The Child and Family Service should make sure that no planned placement move takes place within "
            "seven days of a missing episode unless a manager records why it cannot wait.",
        ),
        (
            "7.3",
            "The Ballyvarna area should agree with the Garda division a list of places where young people "
            "in its care have been found, and review it each month.",
        ),
        (
            "7.4",
            "The Ballyvarna area should begin aftercare planning for each young person in care at the age of "
            "16, and check each quarter that it has started.",
        ),
    ]
    for num, text in recs:
        numbered(doc, num, text)
    heading(doc, "8. Responses", 2)
    para(
        doc,
        "The Child and Family Service accepted all four recommendations. Its response, with a plan and dates, "
        "will be published separately in the panel's annual report.",
    )
    box(
        doc,
        "Support: if this report raises issues for you, the helpline is open every day.",
        fill="EDEDED",
        width=15.5,
        size=9,
        bold_first=False,
    )
    save(doc, S5)


if __name__ == "__main__":
    build_kellowby()
    build_ashenmoss()
    build_cradleigh()
    build_wintersett()
    build_ballyvarna()
