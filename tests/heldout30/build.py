"""Build the heldout30 blind documents as Word files (python-docx).

Run once:  python tests/heldout30/build.py
Then convert each .docx with LibreOffice and extract text (see README.md).
Five documents of five families nobody had tuned on: a DHR tracker whose recommendations are a numbered
table on page 1 and whose landscape action sheet carries Date agreed / Target date / Revised date / RAG at
last review columns with dotted short dates, "w/c" dates, "by the next Board meeting" and "Ongoing"; a SAR
overview whose chronology is grouped under agency band rows with the dates only in the rows, and whose
recommendations are bordered boxes headed "Recommendation N (single agency – <body>)" or "(multi-agency)";
a child safeguarding practice review with a "Week commencing" chronology and a plan whose status is a
tick / cross / half-circle symbol explained in a key; a DHR executive summary whose learning points and
recommendations share ONE numbered list, and whose plan repeats the recommendation number and text on
every action row; and an adult practice review learning summary form of numbered boxes, the
recommendations in Box 4 and the plan (Achieved / Partially achieved / Not yet started) in Box 5. All
people, places, local agency names and wording are fictional and the author's own.
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
    new_doc,
    numbered,
    page_break,
    para,
    set_text,
    set_widths,
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
            st.font.color.rgb = RGBColor(0x1F, 0x3A, 0x2E)
    doc.styles["Heading 1"].font.size = Pt(size + 3)
    doc.styles["Heading 2"].font.size = Pt(size + 1.5)
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
    p.add_run(label + "  –  page " if page_of else label + "   ")
    add_field(p.add_run(), "PAGE")
    if page_of:
        p.add_run(" of ")
        add_field(p.add_run(), "NUMPAGES")
    for r in p.runs:
        r.font.size = Pt(7)


def bullets(doc, items):
    for s in items:
        para(doc, s, style="List Bullet")


def bordered_box(doc, title, text, size, width=16.0):
    """One recommendation in a bordered one-cell table: a bold label line over the recommendation text."""
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    c = t.cell(0, 0)
    set_text(c, title, bold=True, size=size)
    for line in text.split("\n"):
        c.add_paragraph().add_run(line).font.size = Pt(size)
    set_widths(t, [width])
    doc.add_paragraph()
    return t


def numbered_box(doc, label, size, width=16.4, fill="E4ECE6"):
    """A form box: a shaded numbered label row; the caller fills the second row's cell."""
    t = doc.add_table(rows=2, cols=1)
    t.style = "Table Grid"
    set_text(t.cell(0, 0), label, bold=True, size=size)
    shade(t.cell(0, 0), fill)
    set_widths(t, [width])
    return t.cell(1, 0)


def cell_lines(cell, lines, size):
    set_text(cell, lines[0], size=size)
    for line in lines[1:]:
        cell.add_paragraph().add_run(line).font.size = Pt(size)


# ============ 1. DHR tracker: Date agreed / Target date / Revised date / RAG at last review (Liberation Sans Narrow)
S1 = "dhr_tracker_rec_table_first_date_agreed_target_revised_rag_at_last_review_dotted_short_dates_wc_next_board_liberation_narrow_landscape_brackwinton"
B_RECS = [
    (
        "1",
        "Brackwinton Borough Council should give its tenancy sustainment officers a way to pass on concerns "
        "about coercive control that they notice during home visits.",
        "Brackwinton Borough Council",
    ),
    (
        "2",
        "Yarnholme Police should check, when a victim withdraws a complaint, whether the suspect was present "
        "or in contact at the time of the withdrawal.",
        "Yarnholme Police",
    ),
    (
        "3",
        "Brackwinton Drug and Alcohol Service should invite the partner of any client who discloses "
        "violence at home to a separate appointment.",
        "Brackwinton Drug and Alcohol Service",
    ),
    (
        "4",
        "The Safer Brackwinton Partnership should publish a short guide for employers on supporting staff "
        "who are living with domestic abuse.",
        "Safer Brackwinton Partnership",
    ),
]
B_ACTIONS = [
    # ref, action, lead, agreed, target, revised, RAG, update
    (
        "1.1",
        "Write a one-page concern form for sustainment officers",
        "Tenancy Services Manager",
        "12.06.24",
        "30.09.24",
        "—",
        "Blue",
        "Form in use since September.",
    ),
    (
        "1.2",
        "Train all sustainment officers on coercive control",
        "Learning and Development Lead",
        "12.06.24",
        "31.03.25",
        "31.07.25",
        "Amber",
        "Two of three sessions held; the third moved after staff changes.",
    ),
    (
        "2.1",
        "Add a withdrawal question set to the crime recording system",
        "Detective Chief Inspector, Safeguarding",
        "12.06.24",
        "w/c 3 March 2025",
        "—",
        "Green",
        "Build complete, testing under way.",
    ),
    (
        "2.2",
        "Dip-sample twenty withdrawn complaints each quarter",
        "Force Audit Team",
        "12.06.24",
        "Ongoing",
        "—",
        "Green",
        "First sample reported in January.",
    ),
    (
        "3.1",
        "Change the assessment template to offer a partner appointment",
        "Service Manager",
        "09.09.24",
        "by the next Board meeting",
        "—",
        "Red",
        "Not started: template owned by the new provider.",
    ),
    (
        "4.1",
        "Draft the employers' guide with two local businesses",
        "Partnership Officer",
        "09.09.24",
        "31.12.24",
        "28.02.25",
        "Blue",
        "Published on the Partnership website.",
    ),
    (
        "4.2",
        "Send the guide to the Chamber of Commerce mailing list",
        "Partnership Officer",
        "09.09.24",
        "w/c 7 April 2025",
        "—",
        "Amber",
        "Waiting for the Chamber's spring bulletin.",
    ),
]


def build_brackwinton():
    size = 8.5
    doc = word_doc(
        "Liberation Sans Narrow",
        size,
        "DHR BRK-07  |  Action tracker  |  OFFICIAL",
        "Safer Brackwinton Partnership",
        landscape=True,
        margins=(1.8, 1.8, 1.5, 1.5),
    )
    heading(doc, "Domestic Homicide Review BRK-07 ('Maren') – recommendations and action tracker", 1)
    kv_table(
        doc,
        [
            ("Review", "Domestic Homicide Review BRK-07"),
            ("Victim", "'Maren', aged 38"),
            ("Date of death", "17 February 2023"),
            ("Tracker owner", "Safer Brackwinton Partnership"),
            ("Last reviewed", "Partnership Board, 14 January 2025"),
        ],
        widths=(5, 12),
        size=size,
    )
    para(doc, "")
    heading(doc, "Part A – Recommendations agreed by the Partnership", 2)
    t = make_table(doc, ["No.", "Recommendation", "Agency"], [1.5, 17.5, 6], size=size)
    for no, text, agency in B_RECS:
        add_row(t, [no, text, agency], [1.5, 17.5, 6], size=size)
    para(doc, "")
    para(
        doc,
        "RAG key (as at the last Board review): Blue – completed; Green – on track; Amber – behind the "
        "target but recoverable; Red – not started.",
        size=size,
        italic=True,
    )
    para(
        doc,
        "Dates are shown as agreed at the Board (dd.mm.yy). A revised date is only entered when the "
        "Board has agreed to move the target.",
        size=size,
        italic=True,
    )
    page_break(doc)
    heading(doc, "Part B – Action tracker", 2)
    widths = [1.4, 6.2, 3.6, 1.8, 2.6, 1.8, 1.7, 5.9]
    t = make_table(
        doc,
        [
            "Action ref",
            "Action",
            "Lead officer",
            "Date agreed",
            "Target date",
            "Revised date",
            "RAG at last review",
            "Update",
        ],
        widths,
        size=size,
    )
    for row in B_ACTIONS:
        add_row(t, list(row), widths, size=size)
    para(doc, "")
    para(doc, "Blue 2 · Green 2 · Amber 2 · Red 1", size=size, bold=True)
    save(doc, S1)


# ============ 2. SAR overview: agency band chronology, bordered recommendation boxes (DejaVu Sans Light)
S2 = "sar_overview_agency_band_chronology_dates_only_in_rows_bordered_rec_boxes_single_multi_agency_labels_dejavu_sans_light_oswelby"
O_CHRON = [
    (
        "Oswelby Medical Practice",
        [
            (
                "14 March 2022",
                "Annual review. Mr Thorne said he was managing at home with help from his nephew.",
            ),
            (
                "2 November 2022",
                "Nurse noted weight loss of six kilograms since March; a follow-up was booked.",
            ),
            ("30 November 2022", "The follow-up was missed. No further contact was attempted."),
        ],
    ),
    (
        "Oswelby Adult Social Care",
        [
            (
                "21 June 2022",
                "A neighbour reported that Mr Thorne's pension was being collected by his nephew.",
            ),
            ("5 July 2022", "Case closed after a telephone call in which the nephew said all was well."),
        ],
    ),
    (
        "Cressbury Ambulance Service",
        [
            (
                "9 January 2023",
                "Crew found Mr Thorne on the floor of an unheated bedroom; he was taken to hospital.",
            ),
        ],
    ),
    (
        "Oswelby Police",
        [
            (
                "10 January 2023",
                "Hospital staff reported concerns about neglect; officers spoke to the nephew.",
            ),
        ],
    ),
]
O_RECS = [
    (
        "Recommendation 1 (multi-agency)",
        "The Board should agree how agencies share a concern about financial abuse when the person "
        "concerned has not been seen face to face.",
    ),
    (
        "Recommendation 2 (single agency – Oswelby Adult Social Care)",
        "Adult Social Care should not close a concern about a person who depends on a relative for care "
        "without speaking to that person alone.",
    ),
    (
        "Recommendation 3 (single agency – Oswelby Medical Practice)",
        "The practice should follow up a missed appointment after recorded weight loss in a person over "
        "seventy-five by a home visit or a call to the person themself.",
    ),
    (
        "Recommendation 4 (multi-agency)",
        "The Board should ask its member agencies to report, within six months, how carers who control "
        "a person's money are identified in their assessments.",
    ),
]


def build_oswelby():
    size = 9.5
    doc = word_doc(
        "DejaVu Sans Light",
        size,
        "SAR – 'Mr Thorne' – Overview report",
        "Oswelby Safeguarding Adults Board",
        margins=(2.3, 2.3, 2.0, 2.0),
    )
    heading(doc, "Safeguarding Adults Review: 'Mr Thorne'", 1)
    para(doc, "Overview report for Oswelby Safeguarding Adults Board. Independent reviewer: Wynne Halloran.")
    heading(doc, "1. Why this review was held", 2)
    para(
        doc,
        "Mr Thorne, a man of 81, died in hospital on 24 January 2023, fifteen days after he was found "
        "cold and underweight at his home. The Board agreed that the criteria for a review under section 44 "
        "of the Care Act 2014 were met because agencies could have worked together more closely.",
    )
    heading(doc, "2. What happened", 2)
    para(
        doc,
        "The table below sets out the contacts each agency had with Mr Thorne. Each agency's contacts "
        "are listed under its own heading.",
    )
    widths = [3.4, 12.6]
    t = make_table(doc, ["Date", "Contact"], widths, size=size - 0.5)
    for agency, rows in O_CHRON:
        full_row(t, agency, fill="E7E3F0", size=size - 0.5)
        for d, text in rows:
            add_row(t, [d, text], widths, size=size - 0.5)
    para(doc, "")
    heading(doc, "3. Findings", 2)
    bullets(
        doc,
        [
            "Nobody saw Mr Thorne on his own in the ten months before he was found.",
            "The nephew's account was accepted each time without being checked.",
            "Weight loss was recorded but not connected to the concern about his money.",
        ],
    )
    heading(doc, "4. Recommendations", 2)
    para(
        doc, "Each recommendation below says whether it is for one agency or for the partnership as a whole."
    )
    for title, text in O_RECS:
        bordered_box(doc, title, text, size)
    para(
        doc, "The Board will publish its response to these recommendations within three months.", italic=True
    )
    save(doc, S2)


# ============ 3. CSPR: week-commencing chronology; plan status as tick / cross / half symbols (Caladea)
S3 = "cspr_week_commencing_chronology_agency_col_numbered_recs_plan_tick_cross_half_symbol_status_key_caladea_penhallock"
P_CHRON = [
    (
        "w/c 06/03/2023",
        "School",
        "Teacher noticed that Isla (aged 9) had come to school without a coat on four days.",
    ),
    (
        "w/c 06/03/2023",
        "School nurse",
        "Isla told the nurse she had been looking after her baby brother at night.",
    ),
    ("w/c 17/04/2023", "Children's Social Care", "Referral from the school screened; no visit was made."),
    (
        "w/c 12/06/2023",
        "Penhallock Police",
        "Officers attended an argument between the parents and left advice.",
    ),
    ("w/c 24/07/2023", "Health visitor", "The baby's twelve-month check was cancelled by the mother twice."),
]
P_PLAN = [
    (
        "1",
        "Review the screening guidance for referrals that mention a child caring for a sibling",
        "Head of Front Door",
        "31.03.25",
        "✓",
    ),
    (
        "1",
        "Audit ten screened referrals from schools",
        "Quality Assurance Manager",
        "by the next Board meeting",
        "◐",
    ),
    (
        "2",
        "Share police attendance at arguments with the school the next working day",
        "Penhallock Police, Public Protection",
        "30.06.25",
        "✗",
    ),
    (
        "3",
        "Build a prompt into the health visiting record when a check is cancelled twice",
        "Health Visiting Lead",
        "Ongoing",
        "◐",
    ),
]


def build_penhallock():
    size = 10.5
    doc = word_doc(
        "Caladea",
        size,
        "Penhallock Safeguarding Children Partnership",
        "CSPR 'Isla'",
        page_of=False,
        margins=(2.1, 2.1, 2.2, 2.0),
    )
    heading(doc, "Child Safeguarding Practice Review – 'Isla'", 1)
    para(doc, "Lead reviewer: Dr Seren Abernethy. Published by Penhallock Safeguarding Children Partnership.")
    heading(doc, "Introduction", 2)
    para(
        doc,
        "Isla, aged nine, was admitted to hospital in August 2023 with injuries that her mother's "
        "partner later admitted causing. Isla has recovered and lives with her grandmother. The review "
        "looked at the six months before her admission.",
    )
    heading(doc, "Summary of agency contact", 2)
    para(
        doc, "Agencies gave their records by week. The table shows the week in which each contact took place."
    )
    widths = [3.2, 3.6, 9.6]
    t = make_table(doc, ["Week commencing", "Agency", "What happened"], widths, size=size - 1)
    for row in P_CHRON:
        add_row(t, list(row), widths, size=size - 1)
    para(doc, "")
    heading(doc, "Recommendations", 2)
    numbered(
        doc,
        "1.",
        "The Partnership should make sure that referrals describing a child who cares for a "
        "younger sibling at night are treated as a possible sign of neglect.",
    )
    numbered(
        doc,
        "2.",
        "Penhallock Police should tell a child's school when officers attend an argument at the "
        "child's home.",
    )
    numbered(
        doc,
        "3.",
        "The health visiting service should follow up when a parent cancels a routine check "
        "for a second time.",
    )
    page_break(doc)
    heading(doc, "Partnership action plan", 2)
    para(doc, "Key:  ✓ complete   ◐ in progress   ✗ not started", bold=True)
    widths = [1.2, 7.0, 3.6, 2.8, 1.8]
    t = make_table(doc, ["Rec", "Action", "Lead", "By when", "Done?"], widths, size=size - 1)
    for row in P_PLAN:
        add_row(t, list(row), widths, size=size - 1)
    para(doc, "")
    para(doc, "The plan is reviewed at each meeting of the Partnership's Case Review Group.", italic=True)
    save(doc, S3)


# ============ 4. DHR exec summary: learning points and recommendations in ONE numbered list; plan repeats the rec
S4 = "dhr_exec_summary_learning_and_recs_one_numbered_list_plan_rec_no_and_text_repeated_each_action_row_dejavu_serif_condensed_dunstarrow"
D_ITEMS = [
    (
        "Learning",
        "Practitioners were more confident asking about abuse when the victim was seen without "
        "her husband present.",
    ),
    (
        "Recommendation",
        "Dunstarrow Hospitals NHS Trust should make sure that a patient who attends the "
        "emergency department with an injury is offered time alone with a clinician.",
    ),
    (
        "Learning",
        "The victim's first language was not English and interpreters were booked only for planned "
        "appointments.",
    ),
    (
        "Recommendation",
        "The Dunstarrow Community Safety Partnership should fund a telephone interpreting line "
        "that domestic abuse services can use without booking.",
    ),
    (
        "Recommendation",
        "Dunstarrow Housing Association should add a question about safety at home to its "
        "annual tenancy check.",
    ),
    ("Learning", "Family members knew of the abuse but did not know who to tell."),
]
D_PLAN = [
    (
        "2",
        "Emergency department staff briefed on offering time alone",
        "Dunstarrow Hospitals NHS Trust",
        "June 2025",
        "Complete",
    ),
    (
        "2",
        "Audit of thirty injury attendances for a recorded offer",
        "Dunstarrow Hospitals NHS Trust",
        "December 2025",
        "Ongoing",
    ),
    (
        "4",
        "Contract for an on-demand interpreting line agreed",
        "Dunstarrow Community Safety Partnership",
        "April 2025",
        "Complete",
    ),
    (
        "5",
        "Tenancy check form revised and staff told of the change",
        "Dunstarrow Housing Association",
        "September 2025",
        "Not started",
    ),
]


def build_dunstarrow():
    size = 9
    doc = word_doc(
        "DejaVu Serif Condensed",
        size,
        "Dunstarrow DHR 2023/02 – Executive Summary",
        "Dunstarrow Community Safety Partnership",
        margins=(2.0, 2.0, 1.9, 1.9),
    )
    heading(doc, "Domestic Homicide Review 2023/02: Executive Summary", 1)
    para(
        doc,
        "Review into the death of 'Farida', aged 46, who died on 2 April 2023. Independent chair and "
        "author: Lucan Treharne.",
    )
    heading(doc, "1. Summary of the circumstances", 2)
    para(
        doc,
        "Farida was killed at home by her husband, who was later convicted of her murder. She had been "
        "seen at the emergency department twice in the previous year, each time with her husband.",
    )
    heading(doc, "2. Learning and recommendations", 2)
    para(
        doc, "The panel's learning and its recommendations are set out together below, numbered in one list."
    )
    text = {}
    for i, (kind, body) in enumerate(D_ITEMS, 1):
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(1.0)
        p.paragraph_format.first_line_indent = Cm(-1.0)
        p.add_run(f"{i}.\t")
        p.add_run(kind + ": ").bold = True
        p.add_run(body)
        text[str(i)] = body
    heading(doc, "3. How the review was carried out", 2)
    para(
        doc,
        "Seven agencies provided chronologies and short reports. The panel met five times between "
        "September 2023 and May 2024 and spoke with Farida's sister and her employer.",
    )
    page_break(doc)
    heading(doc, "4. Action plan", 2)
    para(doc, "Each action row repeats the recommendation it answers.")
    widths = [1.0, 4.8, 4.1, 3.2, 2.4, 1.7]
    t = make_table(
        doc,
        ["Rec no.", "Recommendation", "Action", "Lead agency", "Completion date", "Status"],
        widths,
        size=size - 1,
    )
    for rec, action, lead, when, status in D_PLAN:
        add_row(t, [rec, text[rec], action, lead, when, status], widths, size=size - 1)
    save(doc, S4)


# ============ 5. APR learning summary form: numbered boxes; recs in Box 4, plan in Box 5 (DejaVu Sans Mono)
S5 = "apr_learning_summary_form_numbered_boxes_recs_box4_plan_box5_achieved_partially_not_yet_started_dejavu_mono_lindquay"
L_PLAN = [
    (
        "4.1",
        "Write a standard for recording mental capacity when a person refuses a discharge plan",
        "Lindquay University Health Board",
        "Mar-25",
        "Achieved",
    ),
    (
        "4.2",
        "Add carers' assessment prompts to the reablement referral form",
        "Lindquay County Council",
        "Jun-25",
        "Partially achieved",
    ),
    (
        "4.2",
        "Check twenty referrals for a completed prompt",
        "Lindquay County Council",
        "Dec-25",
        "Not yet started",
    ),
    (
        "4.3",
        "Hold a joint learning session for ward and community staff",
        "Regional Safeguarding Board",
        "Sep-25",
        "Achieved",
    ),
]


def build_lindquay():
    size = 9
    doc = word_doc(
        "DejaVu Sans Mono",
        size,
        "APR LQ/2024/03",
        "Lindquay Regional Safeguarding Board",
        margins=(1.9, 1.9, 1.8, 1.8),
    )
    heading(doc, "Adult Practice Review – Learning Summary", 1)
    kv_table(
        doc,
        [
            ("Board reference", "APR LQ/2024/03"),
            ("Type of review", "Concise Adult Practice Review"),
            ("Adult", "Mrs G, aged 88"),
            ("Reviewer", "Anwen Pritchard-Lowe"),
        ],
        widths=(5, 11.4),
        size=size,
    )
    para(doc, "")
    c = numbered_box(doc, "Box 1  Brief outline of the circumstances", size)
    cell_lines(
        c,
        [
            "Mrs G was discharged home from Lindquay General Hospital in May 2024 against the advice of "
            "the ward. She was found by a neighbour four days later with a fall injury and died in "
            "hospital on 19 May 2024."
        ],
        size,
    )
    para(doc, "")
    c = numbered_box(doc, "Box 2  Practice that worked well", size)
    cell_lines(
        c,
        [
            "• The district nurse visited on the day of discharge and raised a concern.",
            "• The neighbour knew how to contact the out-of-hours team.",
        ],
        size,
    )
    para(doc, "")
    c = numbered_box(doc, "Box 3  Learning for improvement", size)
    cell_lines(
        c,
        [
            "• Mrs G's refusal of a care package was accepted without a capacity assessment.",
            "• Her husband, who had dementia, was treated as her carer.",
        ],
        size,
    )
    para(doc, "")
    c = numbered_box(doc, "Box 4  Recommendations", size)
    cell_lines(
        c,
        [
            "4.1  The Health Board should make sure that ward staff record whether a person has capacity "
            "to refuse a discharge plan.",
            "4.2  The County Council should check who actually provides care before a reablement referral is "
            "closed.",
            "4.3  The Regional Safeguarding Board should bring ward and community staff together to share this "
            "learning.",
        ],
        size,
    )
    page_break(doc)
    c = numbered_box(doc, "Box 5  Action plan", size)
    set_text(c, "Progress: Achieved / Partially achieved / Not yet started", size=size)
    widths = [1.2, 6.4, 4.2, 1.6, 2.6]
    t = make_table(doc, ["Rec", "Action", "Lead", "Target", "Progress"], widths, size=size)
    for row in L_PLAN:
        add_row(t, list(row), widths, size=size)
    para(doc, "")
    c = numbered_box(doc, "Box 6  Sign-off", size)
    cell_lines(c, ["Approved by the Regional Safeguarding Board on 11 December 2024."], size)
    save(doc, S5)


def main():
    build_brackwinton()
    build_oswelby()
    build_penhallock()
    build_dunstarrow()
    build_lindquay()


if __name__ == "__main__":
    main()
