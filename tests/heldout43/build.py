"""Build the heldout43 blind documents as Word files (python-docx).

Run once:  python tests/heldout43/build.py
Then convert each .docx with LibreOffice and extract text (see README.md).
Five documents of five families nobody had tuned on: a DHR action plan whose delivery is planned in a grid of
financial-year quarter columns (a dot in the quarter due); a CSPR executive summary whose chronology dates each
event by the baby's age ("Day 4", "Week 7") after an anchor birth date; a SAR action plan whose timescales are
relative ("Immediate", "Within 3 months", "Ongoing") with an Open / Closed column; an offensive weapon homicide
review summary whose recommendations sit under key lines of enquiry with an "Owner:" line each and whose
key events are dated "Sept 2021 (Year 10)"; and a council scrutiny committee report on a DHR's progress whose
appendix Position cells open with a capitalised status word.
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


def run_in(doc, lead, text, size=None, italic_tail=False):
    """A paragraph opening with a bold run-in label."""
    p = doc.add_paragraph()
    r = p.add_run(lead)
    r.bold = True
    r2 = p.add_run(text)
    r2.italic = italic_tail
    if size:
        r.font.size = r2.font.size = Pt(size)
    return p


def bullet(doc, text):
    return para(doc, text, style="List Bullet")


# ============ 1. DHR plan: delivery planned in a grid of financial-year quarter columns
S1 = "dhr_plan_fy_quarter_grid_cols_q1_q4_2025_26_dot_marks_quarter_due_status_col_rec_band_rows_refs_n_n_rows_over_page_break_c059_landscape_oxwyn"
QUARTERS1 = ("Q1 2025/26", "Q2 2025/26", "Q3 2025/26", "Q4 2025/26")
RECS1 = [
    (
        "1",
        "Oxwyn Safer Communities Partnership should commission a specialist service for older victims of domestic "
        "abuse, including abuse by adult children.",
        [
            (
                "1.1",
                "Map current provision for victims aged over 60 and the gaps in it.",
                "Community Safety Team",
                1,
                "Complete",
            ),
            (
                "1.2",
                "Agree a specification with the commissioners of adult social care.",
                "Head of Commissioning",
                2,
                "Complete",
            ),
            ("1.3", "Award the contract and launch the service.", "Head of Commissioning", 4, "In progress"),
        ],
    ),
    (
        "2",
        "Oxwyn County Council adult social care should make sure that carer's assessments ask the carer and the "
        "cared-for person, separately, whether either is afraid of the other.",
        [
            (
                "2.1",
                "Add two questions to the carer's assessment form and the practice guidance.",
                "Principal Social Worker",
                1,
                "Complete",
            ),
            (
                "2.2",
                "Brief all assessment teams on asking the questions separately.",
                "Principal Social Worker",
                2,
                "In progress",
            ),
        ],
    ),
    (
        "3",
        "Northmoor Police should make sure that call handlers check for previous domestic incidents at an address "
        "when an adult child is reported as the aggressor.",
        [
            (
                "3.1",
                "Update the call handling script and the address history prompt.",
                "Contact Management Inspector",
                2,
                "In progress",
            ),
            (
                "3.2",
                "Audit forty calls involving an adult child six months after the change.",
                "Public Protection Unit",
                4,
                "Not started",
            ),
        ],
    ),
    (
        "4",
        "The GP practices of Oxwyn should record when an older patient is accompanied to every appointment by the "
        "same relative, and offer to see the patient alone.",
        [
            (
                "4.1",
                "Publish a template prompt for practices through the primary care network.",
                "ICB Designated Nurse",
                2,
                "Complete",
            ),
            (
                "4.2",
                "Run a learning session for practice managers and reception leads.",
                "ICB Designated Nurse",
                3,
                "In progress",
            ),
            (
                "4.3",
                "Survey ten practices on the use of the prompt.",
                "Named GP for Safeguarding",
                4,
                "Not started",
            ),
        ],
    ),
]


def build_quarter_grid():
    doc = word_doc(
        "C059", 9, "Oxwyn Safer Communities Partnership", margins=(1.8, 1.8, 2.0, 1.8), landscape=True
    )
    footer(
        doc.sections[0],
        ["DHR ‘Edith’ – Action Plan 2025/26 – v3 – Page ", ("PAGE",)],
        align=WD_ALIGN_PARAGRAPH.RIGHT,
    )
    para(doc, "Domestic Homicide Review into the death of ‘Edith’", bold=True, size=15)
    para(doc, "Partnership action plan – delivery year 2025/26", bold=True, size=11)
    kv_table(
        doc,
        [
            ("Victim", "‘Edith’, aged 79"),
            ("Date of death", "2 February 2024"),
            ("Independent chair and author", "Rowena Aldous-Nwachukwu"),
            ("Plan owner", "Oxwyn Safer Communities Partnership, DHR Delivery Group"),
            ("Position as at", "31 October 2025"),
        ],
        widths=(6, 12),
        size=9,
    )
    para(doc, "")
    para(
        doc,
        "Edith was killed by her son, who lived with her and was her main carer, at her home in Oxwyn. The review "
        "made four recommendations. Each action below has been placed in the quarter of the 2025/26 financial year "
        "in which it is due to be delivered; a dot (●) marks that quarter. Q1 is April to June 2025, Q2 July to "
        "September 2025, Q3 October to December 2025 and Q4 January to March 2026.",
    )
    para(
        doc,
        "Status is reported by the lead at each Delivery Group meeting: Complete, In progress or Not started.",
        italic=True,
        size=8.5,
    )
    widths = (1.2, 9.0, 4.4, 1.7, 1.7, 1.7, 1.7, 2.6)
    size = 8.5
    t = make_table(doc, ["Ref", "Action", "Lead", *QUARTERS1, "Status"], widths, size=size)
    for num, rec, actions in RECS1:
        full_row(t, f"Recommendation {num} – {rec}", fill="E2E8EE", size=size)
        for ref, action, lead, quarter, status in actions:
            marks = ["●" if q == quarter else "" for q in range(1, 5)]
            add_row(t, [ref, action, lead, *marks, status], widths, size=size)
    para(doc, "")
    heading(doc, "Delivery Group commentary", 3)
    para(
        doc,
        "The older people's service (1.3) has moved from Q3 to Q4 because the first tender attracted one bid. The "
        "police audit (3.2) will take place once the new script has been used for six months. The Group will report "
        "the plan's position to the Partnership Board in April 2026.",
    )
    para(doc, "Version 3 – agreed by the Delivery Group on 12 November 2025.", italic=True, size=8)
    save(doc, S1)


# ============ 2. CSPR executive summary: chronology dated by the baby's age after the birth date
S2 = "cspr_exec_summary_infant_chronology_age_col_day_n_and_week_n_of_life_relative_to_birth_anchor_agency_col_recommendation_n_heading_blocks_urw_gothic_brannaway"
CHRON2 = [
    (
        "Day 1",
        "Maternity",
        "Baby R was born at Brannaway Maternity Unit at 38 weeks. Her mother, Kerry, was 19.",
    ),
    (
        "Day 4",
        "Midwifery",
        "Discharge home. The community midwife noted that Kerry's partner, Liam, answered most questions.",
    ),
    (
        "Day 11",
        "Health visiting",
        "New birth visit. Liam said he had been smoking cannabis to cope with the crying.",
    ),
    ("Week 3", "GP", "Kerry took Baby R to the GP with a rash on her cheek; recorded as eczema."),
    (
        "Week 6",
        "Police",
        "A neighbour reported shouting from the flat late at night. Officers spoke to Liam at the door.",
    ),
    ("Week 9", "Health visiting", "A planned contact was cancelled by text message and not rearranged."),
    ("Day 71", "Ambulance / hospital", "Baby R was taken to hospital unresponsive with head injuries."),
]
RECS2 = [
    "Brannaway Safeguarding Children Partnership should make sure that midwives and health visitors "
    "routinely ask to see and speak with fathers and male carers, and record what they learn about them.",
    "The health visiting service should follow up any cancelled contact for a baby under twelve weeks within "
    "five working days, and escalate when a family cannot be reached.",
    "Brannaway Police should share with health visiting any police contact at the address of a baby under "
    "one year, even when no offence is recorded.",
    "The Partnership should seek assurance that GP practices consider non-accidental injury when a non-mobile "
    "baby presents with any mark or bruise, using the Partnership's bruising protocol.",
]


def build_infant_days():
    doc = word_doc(
        "URW Gothic", 10, "Brannaway Safeguarding Children Partnership", margins=(2.3, 2.3, 2.2, 2.0)
    )
    footer(doc.sections[0], ["CSPR Baby R | Executive Summary | ", ("PAGE",), " of ", ("NUMPAGES",)])
    para(doc, "Child Safeguarding Practice Review", bold=True, size=16)
    para(doc, "Baby R — Executive Summary", bold=True, size=13)
    para(doc, "Lead reviewer: Imogen Sault-Okonkwo   ·   Published September 2024", size=9)
    heading(doc, "1. Why this review was carried out", 2)
    numbered(
        doc,
        "1.1",
        "Baby R was born on 6 January 2023. She was taken to hospital at ten weeks old with serious head injuries "
        "and died on 19 March 2023. Her father was later convicted of causing her death. The Partnership's rapid "
        "review found that the case met the criteria for a local child safeguarding practice review.",
    )
    numbered(
        doc,
        "1.2",
        "The review covered Kerry's pregnancy and Baby R's life. Kerry took part in the review; Liam declined.",
    )
    heading(doc, "2. Baby R's life", 2)
    para(
        doc,
        "The events below are dated by Baby R's age, counting the day she was born, 6 January 2023, as Day 1. "
        "Where an agency recorded only the week, the week of life is given.",
        italic=True,
        size=9,
    )
    widths = (2.4, 3.6, 10.4)
    t = make_table(doc, ["Baby R's age", "Agency", "What happened"], widths, header_fill="DCE6DA", size=9)
    for age, agency, event in CHRON2:
        add_row(t, [age, agency, event], widths, size=9)
    para(doc, "")
    heading(doc, "3. What we learned", 2)
    for text in (
        "Liam was present at most contacts but was never asked about his own history, which included violence "
        "towards a previous partner.",
        "The mark on Baby R's cheek at three weeks was not seen as a possible injury in a baby who could not roll.",
        "Police contact at the flat was not shared with the health visitor, who therefore did not know of it when "
        "her planned visit was cancelled.",
    ):
        bullet(doc, text)
    heading(doc, "4. Recommendations", 2)
    for i, text in enumerate(RECS2, 1):
        para(doc, f"Recommendation {i}", bold=True)
        para(doc, text)
    para(
        doc,
        "The Partnership has accepted all four recommendations; its action plan will be published separately.",
        italic=True,
        size=9,
    )
    save(doc, S2)


# ============ 3. SAR action plan: relative timescales and an Open / Closed column
S3 = "sar_plan_relative_timescales_immediate_within_n_months_ongoing_open_closed_col_merged_rec_cells_rows_over_page_break_liberation_serif_corvedge"
RECS3 = [
    (
        "1",
        "Corvedge Safeguarding Adults Board should make sure its self-neglect and hoarding guidance explains how to "
        "work with a person who refuses every service offered.",
        [
            (
                "1a",
                "Revise the guidance with a section on sustained refusal and mental capacity.",
                "SAB Policy and Procedures Group",
                "Within 3 months",
                "Closed",
            ),
            (
                "1b",
                "Publish a practitioner briefing on the revised guidance.",
                "SAB Business Manager",
                "Within 6 months",
                "Closed",
            ),
            (
                "1c",
                "Test use of the guidance through a multi-agency case audit.",
                "SAB Quality Assurance Group",
                "Within 12 months",
                "Open",
            ),
        ],
    ),
    (
        "2",
        "Corvedge Council's adult social care service should hold a multi-agency meeting whenever a person who "
        "self-neglects is at risk of eviction.",
        [
            (
                "2a",
                "Issue a management instruction to hold the meeting before any eviction notice is served.",
                "Head of Adult Social Care",
                "Immediate",
                "Closed",
            ),
            (
                "2b",
                "Agree a referral route with the three registered housing providers.",
                "Housing Partnerships Manager",
                "Within 6 months",
                "Open",
            ),
        ],
    ),
    (
        "3",
        "Corvedge Community Health Services should make sure that district nurses who cannot gain access on "
        "two consecutive visits raise the matter with their team leader the same day.",
        [
            (
                "3a",
                "Add the two-visit rule to the no-access policy.",
                "Deputy Director of Nursing",
                "Immediate",
                "Closed",
            ),
            (
                "3b",
                "Report no-access escalations to the Trust safeguarding committee.",
                "Trust Safeguarding Lead",
                "Ongoing",
                "Open",
            ),
        ],
    ),
    (
        "4",
        "The Board should seek assurance that partner agencies use the high-risk panel for adults at risk who "
        "do not meet the criteria for a section 42 enquiry.",
        [
            (
                "4a",
                "Relaunch the high-risk panel with revised terms of reference.",
                "SAB Independent Chair",
                "By the next Board meeting",
                "Closed",
            ),
            (
                "4b",
                "Report the number and source of panel referrals to every Board meeting.",
                "High-Risk Panel Chair",
                "Ongoing",
                "Open",
            ),
        ],
    ),
]


def build_relative_timescales():
    doc = word_doc(
        "Liberation Serif", 10.5, "Corvedge Safeguarding Adults Board", margins=(2.0, 2.0, 2.2, 2.0)
    )
    footer(
        doc.sections[0],
        ["SAR ‘George’ – Action Plan – Page ", ("PAGE",), " of ", ("NUMPAGES",)],
        align=WD_ALIGN_PARAGRAPH.RIGHT,
    )
    para(doc, "Safeguarding Adults Review: ‘George’", bold=True, size=16, align="center")
    para(doc, "Action Plan", bold=True, size=13, align="center")
    para(doc, "Reviewer: Casimir Thorne-Babatunde  |  Board sign-off: 14 May 2025", size=9, align="center")
    heading(doc, "Background", 2)
    para(
        doc,
        "George was 67 and lived alone in a council flat in Corvedge. He had refused help from most services for "
        "several years and his flat had become unsafe. He died in hospital on 30 November 2023 from sepsis after "
        "being found on the floor of his flat by the fire service. The review found that each agency had tried to "
        "help George, but none had brought the others together when his tenancy and his health were both at risk.",
    )
    heading(doc, "What the review found", 2)
    for num, text in (
        (
            "1.",
            "George's refusals were recorded as his choice without any agency assessing whether he could "
            "weigh up the risks of refusing.",
        ),
        (
            "2.",
            "The housing service began possession proceedings for arrears and the state of the flat without "
            "telling the district nurses or adult social care.",
        ),
        ("3.", "District nurses visited eleven times without gaining access; no one escalated this."),
        (
            "4.",
            "There was nowhere for agencies to take a case like George's when it did not meet the threshold for "
            "a safeguarding enquiry.",
        ),
    ):
        numbered(doc, num, text)
    heading(doc, "About this plan", 2)
    para(
        doc,
        "Timescales run from the date the Board signed off the plan. An action is marked Closed when the Board's "
        "Quality Assurance Group has seen evidence that it has been delivered; otherwise it is Open. Actions "
        "marked Ongoing are standing reports that will continue after the plan is closed.",
    )
    widths = (1.0, 4.6, 5.0, 3.0, 2.2, 1.6)
    size = 9.5
    t = make_table(
        doc, ["No.", "Recommendation", "Action", "Owner", "Timescale", "Open / Closed"], widths, size=size
    )
    row = 1
    for num, rec, actions in RECS3:
        first = row
        for ref, action, owner, when, state in actions:
            add_row(t, [ref, f"{num}. {rec}", action, owner, when, state], widths, size=size)
            row += 1
        merge_down(t, 1, first, row - 1, size=size)
    para(doc, "")
    heading(doc, "Assurance", 2)
    para(
        doc,
        "The Quality Assurance Group reviewed the plan on 9 October 2025 and closed six actions. The plan will be "
        "closed when every action is Closed or has become an Ongoing report to the Board.",
    )
    save(doc, S3)


# ============ 4. Offensive weapon homicide review summary: recommendations under key lines of enquiry
S4 = "owhr_summary_key_events_table_abbrev_month_year_with_school_year_in_brackets_recs_r1_r6_under_key_line_of_enquiry_headings_owner_line_nimbus_sans_narrow_halsworthy"
CHRON4 = [
    (
        "Sept 2021 (Year 11)",
        "School",
        "Tyrese moved to Halsworthy Academy after a managed move from his previous school.",
    ),
    (
        "Feb 2022 (Year 11)",
        "Police",
        "Tyrese was stopped with two older boys; a lock knife was found on one of them.",
    ),
    (
        "May 2022 (Year 11)",
        "Youth Justice Service",
        "Tyrese was referred for a voluntary prevention programme; he attended twice.",
    ),
    (
        "Nov 2022 (Year 12)",
        "College",
        "Tyrese was excluded from his college course after a fight and was referred to the post-16 re-engagement service.",
    ),
    (
        "Jan 2023 (Year 12)",
        "Children's Social Care",
        "A contextual safeguarding referral was made by the re-engagement service; the case was closed after one visit.",
    ),
    (
        "Apr 2023 (Year 12)",
        "Emergency Department",
        "Tyrese was treated for a cut to his arm and said he had fallen on glass.",
    ),
]
KLOE4 = [
    (
        "Key line of enquiry 1: Education, exclusion and staying in learning",
        [
            (
                "R1",
                "Halsworthy Council's education service should make sure that every managed move and permanent "
                "exclusion of a young person known to the Youth Justice Service triggers a joint risk meeting.",
                "Director of Education",
            ),
            (
                "R2",
                "The post-16 re-engagement service should share attendance each week with the young person's "
                "allocated worker.",
                "Manager, Post-16 Re-engagement Service",
            ),
        ],
    ),
    (
        "Key line of enquiry 2: Recognising exploitation and the carrying of weapons",
        [
            (
                "R3",
                "Halsworthy Children's Social Care should not close a contextual safeguarding referral "
                "without a multi-agency discussion with the police and the Youth Justice Service.",
                "Assistant Director, Children's Social Care",
            ),
            (
                "R4",
                "Halsworthy Police should share stop-and-search encounters involving a young person and a weapon with the "
                "child's school and the Youth Justice Service within 48 hours.",
                "Superintendent, Neighbourhood Policing",
            ),
            (
                "R5",
                "The Emergency Department at Halsworthy General Hospital should ask every young person attending "
                "with a wound whether they feel safe, and refer to the youth violence navigator.",
                "Named Nurse, Safeguarding Children",
            ),
        ],
    ),
    (
        "Key line of enquiry 3: Partnership oversight",
        [
            (
                "R6",
                "The Halsworthy Serious Violence Partnership should receive a six-monthly report on the delivery "
                "of these recommendations.",
                "Chair, Halsworthy Serious Violence Partnership",
            ),
        ],
    ),
]


def build_owhr():
    doc = word_doc(
        "Nimbus Sans Narrow",
        10.5,
        "Offensive Weapon Homicide Review — Tyrese — Summary report",
        margins=(2.4, 2.4, 2.0, 2.0),
    )
    footer(doc.sections[0], ["Halsworthy Serious Violence Partnership   ·   OFFICIAL   ·   ", ("PAGE",)])
    para(doc, "OFFENSIVE WEAPON HOMICIDE REVIEW", bold=True, size=15)
    para(doc, "Tyrese, aged 18", bold=True, size=12)
    para(
        doc,
        "Summary report   |   Review chair: Nadia Fenwick-Osei   |   Commissioned by the Halsworthy Serious "
        "Violence Partnership   |   Published 4 June 2025",
        size=9,
    )
    heading(doc, "Introduction", 2)
    numbered(
        doc,
        "1.",
        "Tyrese was 18 when he was stabbed in a park in Halsworthy on 22 June 2024. He died at the scene. A "
        "19-year-old was convicted of his murder. This review was held under the offensive weapon homicide review "
        "pilot because Tyrese was an adult who died from a knife wound and had been known to several agencies "
        "as a child.",
    )
    numbered(
        doc,
        "2.",
        "The review looked at the period from September 2021 to Tyrese's death. His mother and grandmother met the chair and "
        "their words about Tyrese open the full report.",
    )
    heading(doc, "Key events", 2)
    para(doc, "Month and school year are given as the agencies recorded them.", italic=True, size=9)
    widths = (3.4, 3.6, 9.2)
    t = make_table(doc, ["When", "Agency", "What happened"], widths, header_fill="E4E4E4", size=9.5)
    for when, agency, event in CHRON4:
        add_row(t, [when, agency, event], widths, size=9.5)
    para(doc, "")
    heading(doc, "Findings and recommendations", 2)
    para(
        doc,
        "The review was organised around three key lines of enquiry agreed by the panel. The findings under each "
        "are followed by the recommendations made.",
    )
    for kloe, recs in KLOE4:
        heading(doc, kloe, 3)
        for ref, text, owner in recs:
            run_in(doc, f"{ref}  ", text)
            para(doc, f"Owner: {owner}", italic=True, size=9)
    para(doc, "Contact: serious.violence@halsworthy.example", size=8)
    save(doc, S4)


# ============ 5. Council scrutiny committee report on a DHR: Position cells open with a capitalised status
S5 = "council_scrutiny_committee_report_dhr_progress_labelled_cover_table_numbered_paras_appendix_plan_position_cell_opens_caps_status_word_dash_rows_over_page_break_nimbus_roman_pellanby"
PLAN5 = [
    (
        "1",
        "Pellanby Borough Council should add domestic abuse to the council's debt and arrears policy, so that "
        "staff recognise economic abuse.",
        "Rewrite the arrears policy and train income officers.",
        "Head of Revenues and Benefits",
        "March 2025",
        "COMPLETE – policy adopted in February 2025; 38 officers trained.",
    ),
    (
        "2",
        "Pellanby Police should make sure that officers attending a report of a missing adult ask whether there "
        "is a history of domestic abuse.",
        "Add the question to the missing person risk form.",
        "Detective Inspector, Public Protection",
        "June 2025",
        "COMPLETE – question live on the form since May 2025.",
    ),
    (
        "3",
        "The Integrated Care Board should make sure that the IRIS programme is offered to every GP practice in "
        "Pellanby.",
        "Extend the IRIS contract to the remaining eleven practices.",
        "ICB Head of Safeguarding",
        "December 2025",
        "ON TRACK – seven of eleven practices trained.",
    ),
    (
        "4",
        "The Community Safety Partnership should review how domestic abuse services reach women from Eastern "
        "European communities.",
        "Commission a community insight project with two local groups.",
        "Community Safety Manager",
        "September 2025",
        "OVERDUE – project delayed by the funding decision; now due January 2026.",
    ),
    (
        "5",
        "Pellanby Homes should make sure that a tenant's request to change the locks is treated as a possible "
        "sign of domestic abuse.",
        "Add a domestic abuse prompt to the repairs call script.",
        "Director of Housing Services",
        "August 2025",
        "COMPLETE – script updated; 14 referrals made since.",
    ),
    (
        "6",
        "The Partnership should write to the Home Office asking for guidance on reviews where the victim's "
        "family live abroad.",
        "Send the letter and report the reply to this Committee.",
        "Chair, Community Safety Partnership",
        "April 2025",
        "NOT STARTED – awaiting the new statutory guidance.",
    ),
]


def build_scrutiny():
    doc = word_doc("Nimbus Roman", 11, "Pellanby Borough Council", margins=(2.5, 2.2, 2.0, 2.0))
    footer(doc.sections[0], ["Communities Scrutiny Committee – 20 November 2025 – Item 7 – page ", ("PAGE",)])
    para(doc, "Communities Scrutiny Committee", bold=True, size=15)
    kv_table(
        doc,
        [
            ("Date of meeting", "20 November 2025"),
            ("Report of", "Head of Community Safety"),
            ("Subject", "Domestic Homicide Review ‘Ilona’ – progress on the action plan"),
            ("Wards affected", "All"),
            ("Status", "Open report"),
        ],
        widths=(5, 11),
        size=10,
    )
    heading(doc, "1. Purpose", 2)
    numbered(
        doc,
        "1.1",
        "To update the Committee on the action plan agreed after the Domestic Homicide Review into the death of "
        "‘Ilona’, a 36-year-old woman killed by her husband in Pellanby on 11 March 2022. The review was chaired "
        "by Ambrose Kilkenny-Mensah and published by the Community Safety Partnership on 9 October 2024.",
    )
    heading(doc, "2. Recommendation to the Committee", 2)
    numbered(
        doc,
        "2.1",
        "That the Committee notes the progress set out in Appendix A and asks for a further update in May 2026.",
    )
    heading(doc, "3. Background", 2)
    numbered(
        doc,
        "3.1",
        "Ilona had moved to Pellanby from Poland in 2015. She had little contact with services; her husband "
        "controlled the family's money and she had debts in her own name.",
    )
    numbered(
        doc,
        "3.2",
        "The review made six recommendations. Three are complete, one is on track, one is overdue and one has not "
        "started. Appendix A gives the position of each as at 31 October 2025.",
    )
    heading(doc, "4. Financial and legal implications", 2)
    numbered(doc, "4.1", "There are no new financial implications arising from this report.")
    para(doc, "Background papers: DHR ‘Ilona’ Overview Report (published).", size=9)
    heading(doc, "Appendix A – Action plan position at 31 October 2025", 2)
    widths = (0.9, 4.8, 3.4, 2.6, 1.8, 3.3)
    size = 9.5
    t = make_table(doc, ["Ref", "Recommendation", "Action", "Lead", "Due", "Position"], widths, size=size)
    for ref, rec, action, lead, due, position in PLAN5:
        add_row(t, [ref, rec, action, lead, due, position], widths, size=size)
    save(doc, S5)


def main():
    build_quarter_grid()
    build_infant_days()
    build_relative_timescales()
    build_owhr()
    build_scrutiny()


if __name__ == "__main__":
    main()
