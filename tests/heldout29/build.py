"""Build the heldout29 blind documents as Word files (python-docx).

Run once:  python tests/heldout29/build.py
Then convert each .docx with LibreOffice and extract text (see README.md).
Five documents of five families nobody had tuned on: a DHR action plan whose recommendations are
full-width merged rows above their action rows, with Action owner / Evidence of completion / Date signed
off columns; a child safeguarding practice review whose chronology has two columns (Date/time, Summary)
with the agency named inside the summary, and whose recommendations are a numbered table with a
"Recommendation addressed to" column; a Safeguarding Adults Board tracker with roman sub-action refs
"1(i)", Open / Closed / Superseded statuses and season / "End of" targets; a DHR overview report with a
key-dates list and a landscape plan of narrow columns where long words break mid-word; and a SAR
executive summary with lettered recommendations carrying sub-items and a plain-words plan "What we will
do | Who | By when | How we will know | Progress". All people, places, local agency names and wording
are fictional and the author's own.
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
    landscape_section,
    make_table,
    new_doc,
    numbered,
    page_break,
    para,
    shade,
)

save = docx_saver(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)


def word_doc(font, size, header, footer_left, landscape=False, page_of=True, margins=None):
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
            st.font.color.rgb = RGBColor(0x20, 0x20, 0x50)
    doc.styles["Heading 1"].font.size = Pt(size + 3)
    doc.styles["Heading 2"].font.size = Pt(size + 1)
    doc.styles["Heading 3"].font.size = Pt(size)
    doc.styles["Normal"].paragraph_format.space_after = Pt(4)
    sec = doc.sections[0]
    if margins:
        sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = (Cm(m) for m in margins)
    footer(sec, footer_left, page_of)
    return doc


def footer(sec, label, page_of=True):
    sec.footer.is_linked_to_previous = False
    p = sec.footer.paragraphs[0]
    p.text = ""
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if page_of:
        p.add_run(label + " | Page ")
        add_field(p.add_run(), "PAGE")
        p.add_run(" of ")
        add_field(p.add_run(), "NUMPAGES")
    else:
        p.add_run(label + "  ")
        add_field(p.add_run(), "PAGE")
    for r in p.runs:
        r.font.size = Pt(7.5)


def bullets(doc, items):
    for s in items:
        para(doc, s, style="List Bullet")


def rec_band(t, title, text, size, fill="DCE6F1"):
    """A full-width merged row: a bold 'Recommendation N – agency' line over the recommendation text."""
    row = full_row(t, title, fill=fill, size=size)
    cell = row.cells[0]
    r = cell.add_paragraph().add_run(text)
    r.font.size = Pt(size)
    return row


# ============ 1. DHR plan: recommendation bands over action rows; owner / evidence / signed off (DejaVu Serif 8.5)
T_PLAN = [
    (
        "Recommendation 1 – Tollmarrow Borough Council (Housing Solutions)",
        "Housing officers should ask every applicant who gives the end of a relationship as the reason for "
        "homelessness whether they feel safe at home, and record the answer.",
        [
            (
                "1.1",
                "Add a safety question to the homelessness assessment form",
                "Housing Solutions Manager",
                "Autumn 2025",
                "Revised form (version 4) published on the staff intranet",
                "18/09/2025",
            ),
            (
                "1.2",
                "Check thirty completed assessments for a recorded answer",
                "Housing Quality Lead",
                "End of March 2026",
                "",
                "",
            ),
        ],
    ),
    (
        "Recommendation 2 – Tollmarrow Community Mental Health Team",
        "The team should ask a patient who describes controlling behaviour by a partner for consent to a "
        "referral to the local domestic abuse service.",
        [
            (
                "2.1",
                "Brief all care coordinators on the referral route",
                "Team Manager, CMHT",
                "Summer 2025",
                "Briefing notes and attendance list (41 staff)",
                "02/07/2025",
            ),
            (
                "2.2",
                "Add a domestic abuse referral prompt to the care plan template",
                "Clinical Systems Lead",
                "Winter 2025/26",
                "",
                "",
            ),
        ],
    ),
    (
        "Recommendation 3 – Vellshire Constabulary",
        "Vellshire Constabulary should make sure that a second report of stalking by the same person within "
        "six months is reviewed by a specialist stalking officer.",
        [
            (
                "3.1",
                "Set a system flag on repeat stalking reports",
                "Head of Public Protection",
                "Summer 2025",
                "Flag live on the crime system since 1 August 2025",
                "14/08/2025",
            ),
            (
                "3.2",
                "Issue guidance on the specialist review to response officers",
                "Detective Inspector, Stalking Unit",
                "Autumn 2025",
                "Guidance drafted, awaiting approval",
                "",
            ),
        ],
    ),
    (
        "Recommendation 4 – Tollmarrow Community Safety Partnership",
        "The Partnership should run a campaign telling friends, neighbours and relatives where to get "
        "advice when they are worried that someone is being abused.",
        [
            (
                "4.1",
                "Commission campaign material with the local domestic abuse service",
                "Community Safety Manager",
                "End of January 2026",
                "",
                "",
            ),
            (
                "4.2",
                "Measure the campaign's reach three months after launch",
                "Community Safety Analyst",
                "Spring 2026",
                "",
                "",
            ),
        ],
    ),
    (
        "Recommendation 5 – Tollmarrow GP Federation",
        "The Federation should ask member practices to code every disclosure of domestic abuse so that it is "
        "visible to any clinician who opens the record.",
        [
            (
                "5.1",
                "Send the coding guide to every practice manager",
                "Federation Safeguarding GP",
                "End of June 2025",
                "Guide sent 20 May 2025; read receipts from all 14 practices",
                "30/06/2025",
            ),
        ],
    ),
]


def doc_tollmarrow():
    stem = "dhr_plan_rec_full_width_bands_over_action_rows_owner_evidence_date_signed_off_season_targets_dejavu_serif_tollmarrow"
    doc = word_doc(
        "DejaVu Serif",
        8.5,
        header="OFFICIAL – Tollmarrow Community Safety Partnership – DHR TCSP/2022/01",
        footer_left="DHR 'Odile' action plan, version 2.3",
        margins=(1.7, 1.7, 2.2, 1.9),
    )
    para(doc, "Tollmarrow Community Safety Partnership", bold=True, size=12)
    para(doc, "Domestic Homicide Review into the death of 'Odile'", bold=True, size=12)
    para(doc, "Multi-agency Action Plan", size=11)
    kv_table(
        doc,
        [
            ("DHR reference", "TCSP/2022/01"),
            ("Victim", "'Odile', aged 42"),
            ("Date of death", "3 November 2022"),
            ("Plan held by", "DHR Implementation Group"),
            ("Version / date", "2.3 / 10 October 2025"),
        ],
        widths=(4.5, 12.5),
        size=8.5,
    )
    heading(doc, "Notes on completing this plan", 2)
    para(
        doc,
        "Each recommendation of the overview report is shown as a shaded band across the table, with the "
        "agency it is made to. The actions agreed for it sit in the rows beneath the band. An action owner "
        "records what has been done in the Evidence of completion column; the Implementation Group enters a "
        "date in the last column only when it has seen that evidence and agrees the action is finished.",
    )
    para(
        doc,
        "Targets are given as the season or month the owner expects to finish. A blank signed-off cell means "
        "the action is still open.",
    )
    page_break(doc)
    headers = ["Ref", "Action", "Action owner", "Target", "Evidence of completion", "Date signed off"]
    w = [1.0, 5.0, 3.0, 2.1, 4.3, 2.2]
    t = make_table(doc, headers, w, size=8.5, header_fill="B8CCE4")
    for title, text, actions in T_PLAN:
        rec_band(t, title, text, 8.5)
        for a in actions:
            add_row(t, list(a), w, size=8.5)
    para(doc, "")
    para(doc, "Actions signed off: 4 of 9. Next Implementation Group meeting: 15 January 2026.", italic=True)
    save(doc, stem)


# ============ 2. CSPR: Date/time | Summary chronology; rec table with 'Recommendation addressed to' (Liberation Serif 11.5)
P_CHRON = [
    (
        "04/01/2023 10:15",
        "Health visiting service: new birth visit at home. Mother said she felt low and "
        "tired; a follow-up call was booked for two weeks.",
    ),
    (
        "19/01/2023 (time not recorded)",
        "Health visiting service: the follow-up call was not answered. No further attempt was made.",
    ),
    (
        "11/03/2023 22:40",
        "Pellowmere Police: neighbours reported raised voices and a baby crying. Officers "
        "spoke to the father, who said the baby was teething. No referral was made.",
    ),
    (
        "12/03/2023 09:05",
        "Children's Social Care: the police report of the night before was logged by the "
        "front door team as information only.",
    ),
    (
        "02/05/2023 14:30",
        "GP surgery: Kit was brought in with a bruise on the cheek. The father said Kit "
        "had rolled against the cot bars. The GP recorded the explanation.",
    ),
    (
        "20/06/2023 03:10",
        "Ambulance service: called to the family home; Kit was unresponsive and was taken "
        "to Pellowmere General Hospital.",
    ),
    (
        "21/06/2023 16:00",
        "Pellowmere General Hospital: scans showed older and new injuries; a strategy "
        "meeting was held the same afternoon.",
    ),
]

P_RECS = [
    (
        "1",
        "Health visitors should make at least two further attempts, one of them a home visit, when a "
        "planned contact with a parent who has reported low mood is missed.",
        "Pellowmere Community Health Trust",
    ),
    (
        "2",
        "Officers attending a report of a crying baby and raised voices should see the baby and speak to "
        "each parent separately.",
        "Pellowmere Police",
    ),
    (
        "3",
        "The front door team should not close a police report about a child under one as information only "
        "without a manager's check.",
        "Pellowmere Children's Social Care",
    ),
    (
        "4",
        "The Partnership should make sure that practitioners understand that:\n"
        "(a) bruising in a baby who is not yet mobile must always be referred;\n"
        "(b) a parent's explanation must be checked against the baby's stage of development.",
        "Pellowmere Safeguarding Children Partnership",
    ),
    (
        "5",
        "The Department for Education should consider adding the weight of a baby's injuries in the "
        "first year to the national learning on non-mobile infants.",
        "Department for Education",
    ),
]


def doc_pellowmere():
    stem = "cspr_overview_datetime_summary_two_col_chron_agency_in_summary_rec_table_addressed_to_col_liberation_serif_pellowmere"
    doc = word_doc(
        "Liberation Serif",
        11.5,
        header="Pellowmere Safeguarding Children Partnership",
        footer_left="CSPR Kit – overview report",
        margins=(2.3, 2.3, 2.0, 2.0),
    )
    para(doc, "Local Child Safeguarding Practice Review", bold=True, size=16)
    para(doc, "Kit", bold=True, size=16)
    para(doc, "Reviewer: Isadora Penhallow-Reyes        Published: September 2025", size=10.5)
    heading(doc, "1. Why this review was held", 1)
    para(
        doc,
        "Kit was five months old when he was admitted to hospital with serious head injuries on 20 June 2023. "
        "Kit survived but will need care for the rest of his life. The Partnership's rapid review found that "
        "the case met the criteria for a local review, and the Child Safeguarding Practice Review Panel agreed.",
    )
    para(
        doc,
        "The review looked at the period from Kit's birth in January 2023 to his admission. Both parents met "
        "the reviewer. Their wish was that the review should help other families with a new baby.",
    )
    heading(doc, "2. What happened", 1)
    para(
        doc,
        "The table sets out the contacts that mattered most. The summary names the service that recorded each one.",
    )
    t = make_table(doc, ["Date/time", "Summary"], [3.6, 12.8], size=10.5, header_fill="D9D9D9")
    for when, text in P_CHRON:
        add_row(t, [when, text], [3.6, 12.8], size=10.5)
    para(doc, "")
    heading(doc, "3. Findings", 1)
    bullets(
        doc,
        [
            "Low mood after the birth was noticed but not followed up.",
            "Nobody saw Kit during the police attendance in March.",
            "An explanation for bruising in a baby who could not roll was accepted without challenge.",
        ],
    )
    heading(doc, "4. Recommendations", 1)
    para(doc, "Each recommendation is addressed to the organisation best placed to act on it.")
    w = [1.2, 10.4, 4.8]
    t = make_table(
        doc, ["No.", "Recommendation", "Recommendation addressed to"], w, size=10.5, header_fill="D9D9D9"
    )
    for row in P_RECS:
        add_row(t, list(row), w, size=10.5)
    para(doc, "")
    para(
        doc, "The Partnership will publish its response and an action plan within three months.", italic=True
    )
    save(doc, stem)


# ============ 3. SAB tracker: refs 1(i), Open / Closed / Superseded, season and "End of" targets (DejaVu Sans Condensed 8)
S_TRACK = [
    (
        "1",
        "Saltrenham Adult Social Care should make sure that a carer's assessment is offered whenever a "
        "family member is the main source of care for an adult with dementia.",
        [
            (
                "1(i)",
                "Add a carer's assessment prompt to the dementia care review",
                "Service Manager, Older People",
                "End of March 2025",
                "Closed",
                "Prompt added in February 2025; use checked in April.",
            ),
            (
                "1(ii)",
                "Report carer's assessment numbers to the Board",
                "Performance Officer",
                "Autumn 2025",
                "Open",
                "First report due at the November Board.",
            ),
        ],
    ),
    (
        "2",
        "Saltrenham District Nursing Service should raise a safeguarding concern when pressure damage "
        "worsens while a family carer is providing personal care.",
        [
            (
                "2(i)",
                "Update the pressure ulcer pathway with a safeguarding step",
                "Clinical Lead, District Nursing",
                "Summer 2025",
                "Closed",
                "Pathway version 3 issued in July.",
            ),
            (
                "2(ii)",
                "Run a case-based workshop for community nurses",
                "Practice Educator",
                "Q3 2025/26",
                "Open",
                "Two of four sessions held.",
            ),
        ],
    ),
    (
        "3",
        "The Board should replace its self-neglect protocol with a combined protocol on self-neglect and "
        "carer strain.",
        [
            (
                "3(i)",
                "Write a combined protocol",
                "Board Manager",
                "End of December 2024",
                "Superseded",
                "Replaced by the regional protocol adopted in January 2025.",
            ),
            (
                "3(ii)",
                "Adopt the regional protocol and brief partners",
                "Board Manager",
                "Spring 2025",
                "Closed",
                "Adopted at the March Board; briefings held in April and May.",
            ),
        ],
    ),
    (
        "4",
        "Saltrenham Hospital NHS Trust should check, before discharge, that a family carer is willing and "
        "able to provide the care planned.",
        [
            (
                "4(i)",
                "Add a carer agreement section to the discharge checklist",
                "Head of Patient Flow",
                "Winter 2025/26",
                "Open",
                "Draft checklist with ward managers for comment.",
            ),
        ],
    ),
]


def doc_saltrenham():
    stem = "sab_sar_tracker_roman_sub_action_refs_open_closed_superseded_season_end_of_month_targets_dejavu_condensed_landscape_saltrenham"
    doc = word_doc(
        "DejaVu Sans Condensed",
        8,
        header="Saltrenham Safeguarding Adults Board – SAR 'Mr Ezekiel' – recommendations tracker",
        footer_left="SSAB tracker, printed 07/10/2025",
        landscape=True,
        margins=(1.4, 1.4, 1.5, 1.5),
    )
    para(doc, "Safeguarding Adults Review – 'Mr Ezekiel' (aged 71, died 28 April 2023)", bold=True, size=11)
    para(doc, "Board reference SSAB SAR 2023/02. Owner: SAR Subgroup. Status at 7 October 2025.", size=8)
    para(
        doc,
        "Status key: Open – work under way or not yet begun; Closed – the Subgroup has seen evidence that the "
        "action is done; Superseded – the action has been replaced by a later one and is no longer pursued.",
        size=8,
        italic=True,
    )
    heading(doc, "Background", 2)
    para(
        doc,
        "Mr Ezekiel lived with his daughter, who cared for him as his dementia progressed. He was admitted to "
        "hospital with severe pressure damage in March 2023 and died there. The review was published in "
        "November 2024 with four recommendations; the Board accepted all of them.",
        size=8,
    )
    heading(doc, "Learning in brief", 2)
    for s in (
        "A family carer's own needs were never assessed, although she told three services she was exhausted.",
        "Worsening pressure damage was treated as a clinical matter only.",
        "Discharge planning assumed the daughter would continue to provide all personal care.",
        "The Board's self-neglect protocol did not fit a case where care was being given but was not enough.",
    ):
        para(doc, s, style="List Bullet", size=8)
    para(
        doc,
        "This tracker lists each recommendation in a shaded row with the actions agreed for it below. Action "
        "references add a roman numeral to the recommendation number. The Subgroup updates the tracker after "
        "each meeting; rows are never deleted, so superseded actions stay visible.",
        size=8,
    )
    page_break(doc)
    headers = ["Ref", "Recommendation / action", "Lead officer", "Target", "Status", "Update"]
    w = [1.2, 10.0, 4.0, 2.8, 2.0, 6.8]
    t = make_table(doc, headers, w, size=8, header_fill="FCE4D6")
    for ref, rec, actions in S_TRACK:
        row = add_row(t, [ref, rec, "", "", "", ""], w, size=8, bold_cols=(0, 1))
        for c in row.cells:
            shade(c, "F2F2F2")
        for a in actions:
            add_row(t, list(a), w, size=8)
    para(doc, "")
    para(doc, "Open 3 · Closed 3 · Superseded 1", size=8)
    save(doc, stem)


# ============ 4. DHR overview: key-dates list; landscape plan of narrow columns, words broken mid-word (Carlito 10.5 / 7.5)
Q_DATES = [
    ("Spring 2019", "Marisol and Mr D met through friends and moved in together within two months."),
    (
        "August 2020",
        "Marisol told her GP that she was not sleeping and asked for counselling; she was "
        "placed on a waiting list.",
    ),
    (
        "End of November 2020",
        "Quinnockdale Police were called by a neighbour after a disturbance; Mr D had "
        "left before officers arrived and Marisol said nothing had happened.",
    ),
    ("January 2021", "Marisol's employer noticed bruising and gave her the number of a helpline."),
    ("Early March 2021", "Marisol went to stay with her sister for a week and then returned home."),
    ("27 April 2021", "Marisol was killed by Mr D at their home."),
]

Q_PLAN = [
    (
        "1",
        "Quinnockdale Police should make sure that officers trace a suspect who has left the scene of a "
        "domestic incident.",
        "Write a procedure for tracing absent suspects",
        "Quinnockdale Police",
        "Sep 2025",
        "Force Domestic Abuse Board",
        "Fewer incidents closed with the suspect untraced",
        "Complete",
    ),
    (
        "2",
        "Primary care in Quinnockdale should ask about domestic abuse when a patient asks for help with "
        "sleep or anxiety.",
        "Add a routine enquiry prompt to the mental wellbeing template",
        "Quinnockdale Integrated Care Board",
        "Dec 2025",
        "Safeguarding Commissioning Group",
        "Routine enquiry recorded in the template audit",
        "In progress",
    ),
    (
        "3",
        "The Partnership should work with local employers to help managers respond to staff who may be "
        "experiencing abuse.",
        "Hold employer briefings with the Chamber of Commerce",
        "Quinnockdale Community Safety Partnership",
        "Mar 2026",
        "Partnership Executive",
        "Forty employers briefed",
        "Not started",
    ),
    (
        "4",
        "The domestic abuse service should follow up any victim who leaves refuge or family to return "
        "home within a month.",
        "Introduce a follow-up call at two and four weeks",
        "Quinnockdale Domestic Abuse Service",
        "Jun 2025",
        "Commissioning Manager",
        "Follow-up made in nine of ten cases",
        "Complete",
    ),
]


def doc_quinnockdale():
    stem = "dhr_overview_season_key_dates_list_numbered_recs_landscape_plan_narrow_columns_mid_word_breaks_carlito_quinnockdale"
    doc = word_doc(
        "Carlito",
        10.5,
        header="Quinnockdale Community Safety Partnership – Domestic Homicide Review",
        footer_left="DHR Marisol – Overview Report – FINAL",
        margins=(2.4, 2.4, 2.2, 2.0),
    )
    para(doc, "Domestic Homicide Review", bold=True, size=16)
    para(doc, "Overview Report into the death of Marisol, aged 29, in April 2021", bold=True, size=12)
    para(doc, "Independent Chair and Author: Leopold Attwater-Nkemelu", size=10.5)
    heading(doc, "1. Introduction", 1)
    numbered(
        doc,
        "1.1",
        "This review looks at how agencies responded to Marisol before she was killed by her "
        "partner, Mr D, on 27 April 2021. Mr D was convicted of her murder in February 2022.",
    )
    numbered(
        doc,
        "1.2",
        "The review covers the period from spring 2019, when Marisol and Mr D met, to her "
        "death. Marisol's sister and her employer contributed to the review.",
    )
    heading(doc, "2. Key dates", 1)
    para(doc, "The dates below are as precise as the records allow.")
    for when, text in Q_DATES:
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(4.0)
        p.paragraph_format.first_line_indent = Cm(-4.0)
        r = p.add_run(when)
        r.bold = True
        p.add_run("\t" + text)
    heading(doc, "3. Conclusions", 1)
    numbered(
        doc,
        "3.1",
        "More than one service saw signs that Marisol was unhappy and frightened, but none "
        "asked her directly about her partner.",
    )
    heading(doc, "4. Recommendations", 1)
    for num, rec, *_ in Q_PLAN:
        numbered(doc, f"{num}.", rec)
    sec = landscape_section(doc)
    footer(sec, "DHR Marisol – Appendix A action plan")
    heading(doc, "Appendix A – Action plan", 1)
    para(
        doc,
        "Columns are kept narrow so that the plan prints on one sheet; the Partnership tracks it quarterly.",
        size=9,
    )
    headers = [
        "No",
        "Recommendation",
        "Action",
        "Lead agency",
        "Target date",
        "Monitoring body",
        "Success measure",
        "Status",
    ]
    w = [0.7, 5.6, 3.0, 1.4, 1.1, 1.5, 2.6, 1.2]
    t = make_table(doc, headers, w, size=7.5, header_fill="E4DFEC")
    for row in Q_PLAN:
        add_row(t, list(row), w, size=7.5)
    save(doc, stem)


# ============ 5. SAR executive summary: lettered recs with sub-items; plain-words plan (DejaVu Sans 8.5)
M_RECS = [
    (
        "A",
        "The Board should ask all partners to use one shared definition of 'frequent attender' so that "
        "repeated emergency calls from the same adult are noticed across services.",
    ),
    (
        "B",
        "Marrowhythe Council Adult Social Care should make sure that:\n"
        "(i) an adult who declines an assessment three times is discussed at a multi-agency meeting;\n"
        "(ii) the adult is told in writing how to ask for help again.",
    ),
    (
        "C",
        "Marrowhythe Ambulance Service should share with the GP any pattern of calls in which the adult is "
        "not taken to hospital.",
    ),
    (
        "D",
        "The Board should seek assurance that housing providers know how to raise a concern about an "
        "adult who is neglecting themselves.",
    ),
]

M_PLAN = [
    (
        "A",
        "Agree a shared definition and publish it on the Board website",
        "Board Business Unit",
        "Autumn 2025",
        "Every partner confirms it uses the definition",
        "Done",
    ),
    (
        "B(i)",
        "Add a three-refusals rule to the assessment procedure",
        "Head of Adult Social Care",
        "End of September 2025",
        "Audit shows cases discussed",
        "Under way",
    ),
    (
        "B(ii)",
        "Write a standard 'how to come back to us' letter",
        "Adult Social Care Practice Lead",
        "End of September 2025",
        "Letter in use",
        "Done",
    ),
    (
        "C",
        "Send the GP a monthly list of non-conveyed repeat callers",
        "Ambulance Safeguarding Lead",
        "Spring 2026",
        "GP practices confirm receipt",
        "Not begun",
    ),
    (
        "D",
        "Survey housing providers about raising a concern",
        "Board Business Unit",
        "Winter 2025/26",
        "Survey results reported to the Board",
        "Under way",
    ),
]


def doc_marrowhythe():
    stem = "sar_exec_summary_lettered_recs_roman_sub_items_plain_words_plan_what_who_by_when_how_know_dejavu_sans_marrowhythe"
    doc = word_doc(
        "DejaVu Sans",
        8.5,
        header="Marrowhythe Safeguarding Adults Board",
        footer_left="SAR Gideon – Executive Summary",
        page_of=False,
        margins=(2.0, 2.0, 1.8, 1.8),
    )
    para(doc, "Safeguarding Adults Review", bold=True, size=14)
    para(doc, "Executive Summary: Gideon", bold=True, size=12)
    para(doc, "Independent reviewer: Cordelia Hassan-Whitlow   |   Board reference: MSAB/SAR/24-03", size=8.5)
    heading(doc, "About Gideon", 2)
    para(
        doc,
        "Gideon was 44 and lived alone in a flat in Marrowhythe. He called an ambulance more than sixty times "
        "in the year before he died, and was taken to hospital on only a few of those occasions. He was found "
        "dead at home on 9 December 2023. The Board agreed that the circumstances met the criteria for a "
        "review under section 44 of the Care Act 2014.",
    )
    heading(doc, "What the review found", 2)
    bullets(
        doc,
        [
            "Each service saw part of the picture; nobody saw the pattern of calls as a whole.",
            "Gideon's refusals of help were recorded but not explored.",
            "His landlord was worried about the state of the flat but did not know whom to tell.",
        ],
    )
    heading(doc, "Recommendations", 2)
    para(doc, "The reviewer makes four recommendations to the Board and its partners.")
    for letter, text in M_RECS:
        lines = text.split("\n")
        numbered(doc, f"{letter}.", lines[0])
        for sub in lines[1:]:
            p = doc.add_paragraph(sub)
            p.paragraph_format.left_indent = Cm(2.0)
    page_break(doc)
    heading(doc, "The Board's plan", 2)
    para(
        doc,
        "The Board accepted every recommendation. The plan below is written in plain words so that Gideon's "
        "family can follow it. The first column gives the recommendation each row answers.",
    )
    headers = ["For", "What we will do", "Who", "By when", "How we will know it has worked", "Progress"]
    w = [1.2, 5.0, 3.2, 2.3, 3.6, 1.7]
    t = make_table(doc, headers, w, size=8.5, header_fill="E2EFDA")
    for row in M_PLAN:
        add_row(t, list(row), w, size=8.5)
    para(doc, "")
    para(
        doc,
        "Progress words: Done, Under way, Not begun. The plan is reviewed at every Board meeting.",
        size=8,
    )
    save(doc, stem)


def main():
    doc_tollmarrow()
    doc_pellowmere()
    doc_saltrenham()
    doc_quinnockdale()
    doc_marrowhythe()


if __name__ == "__main__":
    main()
