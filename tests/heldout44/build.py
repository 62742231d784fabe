"""Build the heldout44 blind documents as Word files (python-docx).

Run once:  python tests/heldout44/build.py
Then convert each .docx with LibreOffice and extract text (see README.md).
Five documents of five families nobody had tuned on: a DHR action plan whose lead and supporting agencies are
marked "L" / "S" in a matrix of agency columns; a DHR executive summary whose chronology date cells are merged down
over several agency rows, with the Home Office Quality Assurance Panel's feedback letter appended (its numbered
"areas for final development" are not recommendations); an easy read SAR summary laid out as picture | words rows,
with dates in plain words and a "Done yet?" plan; a SAR overview extract whose chronology is a set of key practice
episodes headed by date ranges, recommendations "(1)"-"(5)" and a Board plan with through-numbered actions A1-A9;
and a CSPR "at a glance" summary whose six recommendations sit in a grid of tiles, two to a row.
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
    box,
    docx_saver,
    kv_table,
    make_table,
    merge_down,
    new_doc,
    numbered,
    page_break,
    para,
    set_landscape,
    set_widths,
    shade,
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


def no_borders(t):
    """A layout table with no ruled borders, as easy read and 'at a glance' pages print their rows."""
    tbl_pr = t._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), "nil")
        borders.append(e)
    tbl_pr.append(borders)


def cell_lines(cell, lines, size):
    """Fill a cell with (text, bold) lines, one paragraph each."""
    cell.text = ""
    for i, (text, bold) in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        r = p.add_run(text)
        r.bold = bold
        r.font.size = Pt(size)


# ============ 1. DHR plan: lead and supporting agencies marked in a matrix of agency columns
S1 = "dhr_plan_agency_responsibility_matrix_cols_l_lead_s_support_marks_signed_off_in_progress_not_started_merged_rec_cells_mon_yyyy_targets_rows_over_page_break_nimbus_sans_landscape_haddlestow"
AGENCY_COLS1 = ("Police", "Health", "ASC", "Housing", "DA Service")
RECS1 = [
    (
        "1",
        "Haddlestow Community Safety Partnership should make sure that every agency knows how to refer a victim "
        "whose partner has a terminal or long-term illness to specialist domestic abuse support.",
        [
            (
                "1.1",
                "Publish a short referral pathway for victims who are also carers.",
                "Dec 2024",
                "Signed off",
            ),
            (
                "1.2",
                "Brief hospital discharge coordinators and district nurses on the pathway.",
                "Mar 2025",
                "Signed off",
            ),
            (
                "1.3",
                "Check after six months how many referrals the pathway has produced and from which agencies.",
                "Sep 2025",
                "In progress",
            ),
        ],
    ),
    (
        "2",
        "Eastmarch Constabulary should make sure that officers attending a report of a 'domestic' between older "
        "partners speak to each partner alone and record whether either depends on the other for care.",
        [
            (
                "2.1",
                "Add the question to the domestic abuse risk form used at the scene.",
                "Jan 2025",
                "Signed off",
            ),
            (
                "2.2",
                "Dip-sample twenty reports involving partners over 60 to test that officers asked it.",
                "Nov 2025",
                "In progress",
            ),
        ],
    ),
    (
        "3",
        "Haddlestow Integrated Care Board should make sure that GP practices record who attends appointments "
        "with a patient and, where a partner always attends, offer the patient time alone.",
        [
            ("3.1", "Add a template prompt to the practice record system.", "Jun 2025", "Signed off"),
            (
                "3.2",
                "Deliver a learning session for practice nurses and reception leads.",
                "Oct 2025",
                "In progress",
            ),
            ("3.3", "Audit the prompt's use in five practices.", "Mar 2026", "Not started"),
        ],
    ),
    (
        "4",
        "Haddlestow Homes should include domestic abuse in the checks it makes when a tenant asks for an "
        "adaptation or a transfer on medical grounds.",
        [
            ("4.1", "Revise the adaptation and medical transfer forms.", "Apr 2025", "Signed off"),
            (
                "4.2",
                "Train the lettings and adaptations teams on the revised forms.",
                "Dec 2025",
                "Not started",
            ),
        ],
    ),
]
# Each action's marks in the agency columns, in AGENCY_COLS1 order ("" = blank).
MARKS1 = {
    "1.1": ("S", "S", "S", "", "L"),
    "1.2": ("", "L", "S", "", "S"),
    "1.3": ("S", "S", "S", "S", "L"),
    "2.1": ("L", "", "", "", "S"),
    "2.2": ("L", "", "", "", ""),
    "3.1": ("", "L", "", "", ""),
    "3.2": ("", "L", "", "", "S"),
    "3.3": ("", "L", "", "", ""),
    "4.1": ("", "", "", "L", ""),
    "4.2": ("", "", "", "L", "S"),
}


def build_matrix():
    doc = word_doc(
        "Nimbus Sans",
        8.5,
        "Haddlestow Community Safety Partnership",
        margins=(1.6, 1.6, 1.8, 1.8),
        landscape=True,
    )
    footer(
        doc.sections[0],
        ["DHR ‘Marian’ | Action Plan | Version 4 (September 2025) | Page ", ("PAGE",), " of ", ("NUMPAGES",)],
        align=WD_ALIGN_PARAGRAPH.RIGHT,
    )
    heading(doc, "Domestic Homicide Review ‘Marian’ – Multi-Agency Action Plan", 1)
    para(
        doc,
        "Marian was 58 when she was killed by her husband at their home in Haddlestow on 17 August 2023. He "
        "had been her carer since a stroke two years earlier. The review was chaired and written by Constance "
        "Abara-Whitlock and was accepted by the Partnership on 6 June 2024. This plan shows the position at "
        "30 September 2025.",
    )
    kv_table(
        doc,
        [
            ("Review", "Domestic Homicide Review ‘Marian’"),
            ("Plan owner", "DHR Oversight Group, Haddlestow Community Safety Partnership"),
            ("Review accepted", "6 June 2024"),
            ("Home Office approval to publish", "14 November 2024"),
            ("Position at", "30 September 2025"),
            ("Next update due", "January 2026"),
        ],
        widths=(6, 12),
        size=8.5,
    )
    para(doc, "")
    run_in(
        doc,
        "Agency columns. ",
        "Police = Eastmarch Constabulary; Health = Haddlestow Integrated Care Board and "
        "GP practices; ASC = Haddlestow Council Adult Social Care; Housing = Haddlestow Homes; DA Service = "
        "Harbour Lane Domestic Abuse Service. L marks the agency that leads the action and answers for it to "
        "the Partnership; S marks an agency that supports it. Each action has one L.",
    )
    run_in(
        doc,
        "Status. ",
        "Signed off – the Partnership's DHR Oversight Group has seen evidence and closed the "
        "action. In progress – work has started. Not started – work has not begun.",
        italic_tail=True,
    )
    para(doc, "Ten actions: 5 signed off, 3 in progress, 2 not started.", size=8)
    widths = (1.1, 5.8, 0.9, 5.9, 1.4, 1.4, 1.4, 1.8, 1.6, 1.5, 2.2)
    size = 9
    t = make_table(
        doc, ["Rec", "Recommendation", "Ref", "Action", *AGENCY_COLS1, "Target", "Status"], widths, size=size
    )
    row = 1
    for num, rec, actions in RECS1:
        first = row
        for ref, action, target, status in actions:
            add_row(t, [num, rec, ref, action, *MARKS1[ref], target, status], widths, size=size)
            row += 1
        merge_down(t, 0, first, row - 1, size=size)
        merge_down(t, 1, first, row - 1, size=size)
    para(doc, "")
    heading(doc, "Oversight Group commentary", 3)
    para(
        doc,
        "The pathway (1.1) has been used 14 times since March 2025, nine times by district nurses. The GP "
        "audit (3.3) waits for the template to have been live for a full quarter. Haddlestow Homes has asked to "
        "move 4.2 to the new financial year because of a restructure of its lettings team; the Group has not "
        "agreed this yet and will consider it in January 2026.",
    )
    para(doc, "Version 4 – agreed by the DHR Oversight Group, 9 October 2025.", size=7.5, italic=True)
    save(doc, S1)


# ============ 2. DHR executive summary: chronology date cells merged down, Home Office QA letter appended
S2 = "dhr_exec_summary_chronology_date_cells_merged_down_over_agency_rows_numbered_rec_table_no_rec_agency_home_office_qa_panel_feedback_letter_appended_numbered_areas_not_recs_p052_farthingloe"
CHRON2 = [
    (
        "4 March 2021",
        [
            (
                "GP",
                "Joseph told his GP he was sleeping badly because of 'trouble at home'. He did not want to say more.",
            ),
            (
                "Police",
                "A neighbour called the police about shouting. Officers spoke to Denise at the door; Joseph was "
                "not seen.",
            ),
        ],
    ),
    (
        "19 August 2021",
        [
            (
                "Ambulance Service",
                "Joseph was taken to hospital with a cut to his forearm which he said came from a "
                "kitchen knife slipping.",
            ),
            (
                "Farthingloe Hospital",
                "The wound was closed in the emergency department. No routine enquiry about "
                "domestic abuse was recorded.",
            ),
            ("GP", "The hospital discharge letter reached the practice and was filed without review."),
        ],
    ),
    (
        "2 February 2022",
        [
            (
                "Police",
                "Joseph reported that Denise had taken his bank card and phone. A DASH risk assessment was "
                "graded standard.",
            ),
            (
                "Victim Support",
                "A referral was received from the police. Three calls to Joseph went unanswered and "
                "the case was closed.",
            ),
        ],
    ),
    (
        "10 October 2022",
        [
            (
                "Housing Options",
                "Joseph asked about a flat of his own. He was told he was not in priority need and "
                "was given a list of private landlords.",
            ),
        ],
    ),
    (
        "2 November 2022",
        [
            (
                "Police",
                "Officers were called to the flat and found Joseph with stab wounds. He died at the scene.",
            ),
            ("Ambulance Service", "Paramedics attended with the police and confirmed his death."),
        ],
    ),
]
RECS2 = [
    (
        "1",
        "Farthingloe Safer Partnership should commission awareness material for men who experience domestic "
        "abuse, telling them where to go for help, and place it where men are likely to see it.",
        "Farthingloe Safer Partnership",
    ),
    (
        "2",
        "Farthingloe Hospital should make sure that emergency department staff ask about domestic abuse when a "
        "patient's account of an injury does not fit the injury, whatever the patient's sex.",
        "Farthingloe Hospital",
    ),
    (
        "3",
        "GP practices in Farthingloe should have a named person who reviews hospital discharge letters that "
        "mention an injury before they are filed.",
        "NHS Farthingloe Integrated Care Board",
    ),
    (
        "4",
        "Victim Support should try a second method of contact, such as a letter or a text message, before "
        "closing a police referral about a male victim.",
        "Victim Support",
    ),
    (
        "5",
        "Farthingloe Council Housing Options should ask every person who seeks advice about leaving a shared "
        "home whether they feel safe there.",
        "Farthingloe Council",
    ),
]


def build_merged_dates():
    doc = word_doc("P052", 10, "Farthingloe Safer Partnership", margins=(2.3, 2.3, 2.2, 2.2))
    footer(doc.sections[0], ["OFFICIAL  |  DHR ‘Joseph’ Executive Summary  |  Page ", ("PAGE",)])
    heading(doc, "Domestic Homicide Review into the death of ‘Joseph’", 1)
    para(doc, "Executive Summary", bold=True, size=12)
    para(
        doc,
        "Independent chair and author: Bartholomew Iyer-Castell.  Report completed March 2025; published "
        "July 2025.",
        size=9,
    )
    heading(doc, "1. Introduction", 2)
    numbered(
        doc,
        "1.1",
        "This review looks at how agencies in Farthingloe responded to Joseph, a 44-year-old man "
        "who was killed by his partner, Denise, at their flat on 2 November 2022. Denise was convicted of his "
        "murder in 2023.",
    )
    numbered(
        doc,
        "1.2",
        "The panel met six times. It read reports from eight agencies and spoke to Joseph's "
        "sister, who asked that the report says he was a gentle man who loved football and his nephews.",
    )
    heading(doc, "2. Summary chronology", 2)
    para(
        doc,
        "Where more than one agency had contact with Joseph on the same day, the date is shown once for all "
        "of them.",
        italic=True,
        size=9,
    )
    widths = (3.2, 3.6, 9.6)
    size = 9.5
    t = make_table(doc, ["Date", "Agency", "Contact"], widths, size=size)
    row = 1
    for date, rows in CHRON2:
        first = row
        for agency, text in rows:
            add_row(t, [date, agency, text], widths, size=size)
            row += 1
        merge_down(t, 0, first, row - 1, size=size)
    para(doc, "")
    heading(doc, "3. Key findings", 2)
    numbered(
        doc,
        "3.1",
        "Joseph's injuries and his reports were each treated on their own. No agency asked "
        "whether a man could be a victim of his partner, and no one put the events together.",
    )
    numbered(
        doc,
        "3.2",
        "Joseph's one approach for housing was a chance to ask about his safety. It was missed "
        "because the adviser's questions were about priority need only.",
    )
    heading(doc, "4. Recommendations", 2)
    widths = (1.2, 10.8, 4.4)
    t = make_table(doc, ["No.", "Recommendation", "Agency"], widths, size=size)
    for num, text, agency in RECS2:
        add_row(t, [num, text, agency], widths, size=size)
    page_break(doc)
    heading(doc, "Appendix – Home Office Quality Assurance Panel letter", 2)
    for line in (
        "Domestic Homicide Review Team",
        "Interpersonal Abuse Unit",
        "Home Office",
        "",
        "Ms Priya Hallorann-Webb",
        "Community Safety Manager",
        "Farthingloe Council",
        "",
        "12 May 2025",
    ):
        para(doc, line, size=9.5)
    para(doc, "Dear Ms Hallorann-Webb,")
    para(
        doc,
        "Thank you for submitting the Domestic Homicide Review report (Joseph) for Farthingloe Safer "
        "Partnership to the Home Office Quality Assurance Panel. The report was considered at the Panel's "
        "meeting on 16 April 2025.",
    )
    para(
        doc,
        "The Panel found the review thoughtful, and welcomed its attention to the barriers faced by male "
        "victims. The voice of Joseph's sister comes through clearly.",
    )
    para(
        doc,
        "The Panel felt there are some aspects of the report which would benefit from further revision, but "
        "the Home Office is content that, once these changes are made, the review may be published.",
    )
    para(doc, "Areas for final development:", bold=True)
    for num, text in (
        (
            "1.",
            "The Panel felt the equality section should say more about Joseph's long-term back condition and "
            "how it affected his ability to leave.",
        ),
        (
            "2.",
            "The executive summary should state the dates of the review and the number of panel meetings.",
        ),
        (
            "3.",
            "The action plan should give a target date for every action and name a lead officer, not only an "
            "agency.",
        ),
    ):
        numbered(doc, num, text)
    para(
        doc,
        "Once you have made these amendments, please send a digital copy of the final report to the email "
        "address above. Thank you for your work on this review.",
    )
    para(doc, "Yours sincerely,")
    para(doc, "Chair of the Home Office DHR Quality Assurance Panel", italic=True)
    save(doc, S2)


# ============ 3. Easy read SAR summary: picture | words rows, dates in plain words, a "Done yet?" plan
S3 = "sar_easy_read_summary_picture_and_words_rows_borderless_large_font_what_happened_year_month_day_in_words_numbered_changes_big_number_cell_what_will_happen_table_done_yet_yes_started_not_yet_liberation_sans_ellerslade"
HAPPENED3 = [
    "In 2019 Niamh moved into a shared house run by Brightwell Support in Ellerslade.",
    "In March 2022 Niamh's support worker left. Niamh had 5 different support workers in the next year.",
    "On 14 February 2023 Niamh told her day centre that a man she met online was asking her for money.",
    "On 28 May 2023 Niamh fell ill. Staff at the house thought she had a cold and did not call a doctor.",
    "On 9 June 2023 Niamh died in Ellerslade Hospital. She had a bad chest infection called pneumonia.",
]
CHANGES3 = [
    "The Board should make sure that support providers tell the council when a person gets a new support worker "
    "more than twice in a year.",
    "The council should make sure that day centre staff know how to report worries about someone being tricked "
    "out of money.",
    "The health service should teach support staff the signs that a person with a learning disability is very "
    "ill and needs a doctor.",
    "The Board should check that Niamh's family and people with learning disabilities help to make these changes.",
]
PLAN3 = [
    (
        "1",
        "Providers will send the council a list of staff changes every 3 months.",
        "Ellerslade Council",
        "September 2025",
        "Yes",
    ),
    (
        "2",
        "Day centre staff will go on a training day about money abuse.",
        "Ellerslade Council",
        "December 2025",
        "Started",
    ),
    (
        "3",
        "Support staff will learn to use a short checklist called ‘Is this person getting worse?’.",
        "NHS Ellerslade",
        "January 2026",
        "Started",
    ),
    (
        "3",
        "Every shared house will have the checklist on the wall.",
        "NHS Ellerslade",
        "March 2026",
        "Not yet",
    ),
    (
        "4",
        "A group of people with learning disabilities will check the changes with the Board.",
        "Ellerslade Safeguarding Adults Board",
        "June 2026",
        "Not yet",
    ),
]


def picture_rows(doc, rows, size=14, left_text=None):
    """Easy read rows: a picture on the left (here a shaded square with no words) and short words on the right."""
    t = doc.add_table(rows=0, cols=2)
    no_borders(t)
    for i, text in enumerate(rows):
        row = t.add_row()
        left = row.cells[0]
        if left_text:
            cell_lines(left, [(left_text[i], True)], size + 10)
        else:
            shade(left, "D9E2F3")
        cell_lines(row.cells[1], [(text, False)], size)
        set_widths(t, (3.2, 12.8))
    doc.add_paragraph()
    return t


def build_easy_read():
    doc = word_doc(
        "Liberation Sans", 14, "Ellerslade Safeguarding Adults Board – Easy Read", margins=(2, 2, 2, 2)
    )
    footer(doc.sections[0], ["Page ", ("PAGE",)], size=11)
    heading(doc, "What happened to Niamh", 1)
    para(doc, "A Safeguarding Adults Review – easy read summary", bold=True)
    heading(doc, "About this review", 2)
    picture_rows(
        doc,
        [
            "A Safeguarding Adults Review looks at what happened when someone died or was badly hurt.",
            "It looks at how services could work better together.",
            "The review was written by Harriet Olowe-Brennan. She does not work for any of the services.",
        ],
    )
    heading(doc, "About Niamh", 2)
    picture_rows(
        doc,
        [
            "Niamh was 34 years old. She had a learning disability.",
            "Niamh loved music, her cat and going to the day centre on Tuesdays.",
        ],
    )
    heading(doc, "What happened", 2)
    picture_rows(doc, HAPPENED3)
    heading(doc, "What needs to change", 2)
    picture_rows(doc, CHANGES3, left_text=[str(i) for i in range(1, len(CHANGES3) + 1)])
    heading(doc, "What will happen next", 2)
    para(doc, "The Board has a plan to make the changes. This table shows what has been done so far.")
    widths = (2.0, 5.8, 3.6, 2.6, 2.0)
    size = 12
    t = make_table(
        doc, ["Change", "What will be done", "Who will do it", "By when", "Done yet?"], widths, size=size
    )
    for row in PLAN3:
        add_row(t, list(row), widths, size=size)
    para(doc, "")
    para(doc, "If you want to talk to someone about this review, phone the Board on 01632 960 418.", size=12)
    save(doc, S3)


# ============ 4. SAR overview extract: key practice episodes headed by date ranges, recs (1)-(5), a Board plan
S4 = "sar_overview_extract_key_practice_episode_headings_kpe_n_with_date_ranges_paren_numbered_recs_board_plan_through_numbered_actions_a1_a9_merged_rec_cells_completed_partly_not_yet_started_rows_over_page_break_dejavu_serif_condensed_brockhythe"
KPES4 = [
    (
        "KPE 1: 3 February – 22 April 2021 – Admission and discharge",
        "Mr D was admitted to Brockhythe General Hospital after a fall at home and was found to be malnourished. He "
        "was discharged with four care calls a day, which he cancelled within a fortnight. The discharge team were "
        "not told.",
    ),
    (
        "KPE 2: September 2021 – January 2022 – Refused visits",
        "Community nurses visited eleven times to dress a leg ulcer and were let in on four. Each refusal was recorded "
        "as a 'non-access visit'. No one asked whether Mr D understood the risk to his leg.",
    ),
    (
        "KPE 3: 14 March 2022 – The safeguarding concern",
        "A neighbour rang Brockhythe Council to say the house smelt and Mr D had not been seen at the shop. A social "
        "worker visited, found Mr D articulate and closed the concern because he had capacity.",
    ),
    (
        "KPE 4: 20 – 26 April 2022 – The last week",
        "The ambulance service attended twice. On the second visit Mr D agreed to go to hospital; he died there on "
        "2 May 2022 of sepsis from the leg ulcer.",
    ),
]
RECS4 = [
    "Brockhythe Safeguarding Adults Partnership should publish a self-neglect escalation route that any "
    "practitioner can use when a person repeatedly refuses services.",
    "Brockhythe General Hospital should tell the discharge team and the GP when a package of care set up at "
    "discharge is cancelled within 28 days.",
    "Brockhythe Community Health should make sure that repeated non-access visits lead to a discussion with a "
    "senior nurse and a check of the person's understanding of the risk.",
    "Brockhythe Council should make sure that a capacity assessment about refusing care considers whether the "
    "person can carry out the decision, not only whether they can talk about it.",
    "The Partnership should audit self-neglect concerns closed at the first visit, twelve months after this "
    "review is published.",
]
PLAN4 = [
    (
        "(1)",
        [
            (
                "A1",
                "Draft the escalation route with partners and agree it at the Board.",
                "SAB Business Manager",
                "31 March 2025",
                "Completed",
            ),
            (
                "A2",
                "Launch the route with a practitioner briefing and a seven-minute guide.",
                "SAB Business Manager",
                "30 June 2025",
                "Completed",
            ),
        ],
    ),
    (
        "(2)",
        [
            (
                "A3",
                "Change the discharge system so that a cancelled package triggers an alert.",
                "Head of Patient Flow",
                "30 September 2025",
                "Partly completed",
            ),
            (
                "A4",
                "Write to GP practices explaining the new alert.",
                "Head of Patient Flow",
                "31 October 2025",
                "Not yet started",
            ),
        ],
    ),
    (
        "(3)",
        [
            (
                "A5",
                "Add a rule to the nursing standard: three non-access visits in a month go to the team "
                "leader.",
                "Deputy Director of Nursing",
                "30 April 2025",
                "Completed",
            ),
            (
                "A6",
                "Audit the rule's use in two district nursing teams.",
                "Deputy Director of Nursing",
                "31 January 2026",
                "Not yet started",
            ),
        ],
    ),
    (
        "(4)",
        [
            (
                "A7",
                "Revise the mental capacity assessment template to include executive capacity.",
                "Principal Social Worker",
                "31 May 2025",
                "Completed",
            ),
            (
                "A8",
                "Run four practice workshops on executive capacity.",
                "Principal Social Worker",
                "31 December 2025",
                "Partly completed",
            ),
        ],
    ),
    (
        "(5)",
        [
            (
                "A9",
                "Audit thirty self-neglect concerns closed at the first visit.",
                "SAB Quality and Performance Subgroup",
                "30 September 2026",
                "Not yet started",
            )
        ],
    ),
]


def build_kpe():
    doc = word_doc(
        "DejaVu Serif Condensed",
        9.5,
        "Brockhythe Safeguarding Adults Partnership – SAR ‘Mr D’",
        margins=(2.4, 2.4, 2.0, 2.0),
    )
    footer(
        doc.sections[0],
        ["SAR Mr D – Overview report (extract) – ", ("PAGE",)],
        align=WD_ALIGN_PARAGRAPH.RIGHT,
    )
    heading(doc, "Safeguarding Adults Review: Mr D", 1)
    para(doc, "Overview report – sections 4 to 6 and Appendix 1", italic=True)
    para(
        doc,
        "Independent reviewer: Osric Penhaligon-Adeyemi.  Presented to the Board on 21 November 2024.",
        size=8.5,
    )
    heading(doc, "4. Key practice episodes", 2)
    para(
        doc,
        "Mr D was 63 and lived alone in the house he grew up in. The review did not build a full chronology. "
        "It chose four key practice episodes (KPEs), periods in which agencies' decisions shaped what happened "
        "next; each is headed by the dates it covers.",
    )
    for title, text in KPES4:
        heading(doc, title, 3)
        para(doc, text)
    heading(doc, "5. Analysis", 2)
    numbered(
        doc,
        "5.1",
        "Each agency saw a man who said no. None of them saw the pattern of refusals together, "
        "and the safeguarding concern in KPE 3 was judged on one visit.",
    )
    numbered(
        doc,
        "5.2",
        "Practitioners told the review they did not know of any route to escalate a case "
        "where a person with capacity was coming to harm.",
    )
    heading(doc, "6. Recommendations", 2)
    for i, text in enumerate(RECS4, start=1):
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(1.0)
        p.paragraph_format.first_line_indent = Cm(-1.0)
        p.add_run(f"({i})\t{text}")
    heading(doc, "Appendix 1 – The Board's action plan", 2)
    para(
        doc,
        "Actions are numbered A1 to A9 through the plan. Status as reported to the SAR Subgroup on 15 October "
        "2025: Completed; Partly completed; Not yet started.",
        italic=True,
        size=8.5,
    )
    widths = (1.2, 1.5, 6.2, 3.4, 2.6, 2.4)
    size = 9
    t = make_table(
        doc, ["Rec", "Action", "What will be done", "Lead", "Review date", "Status"], widths, size=size
    )
    row = 1
    for rec, actions in PLAN4:
        first = row
        for action in actions:
            add_row(t, [rec, *action], widths, size=size)
            row += 1
        merge_down(t, 0, first, row - 1, size=size)
    save(doc, S4)


# ============ 5. CSPR "at a glance" summary: recommendations in a grid of tiles, two to a row
S5 = "cspr_at_a_glance_practitioner_summary_key_facts_strip_themes_and_take_aways_not_recs_six_recs_in_two_by_three_tile_grid_number_title_text_per_tile_c059_selkirth"
TILES5 = [
    (
        "1",
        "One plan, not three",
        "Selkirth Children's Safeguarding Partnership should agree how a child open to the youth justice service, "
        "children's social care and CAMHS gets one shared plan with one lead professional.",
    ),
    (
        "2",
        "Missing from education",
        "Selkirth Council should make sure that a child on a reduced timetable for more than six weeks is reviewed "
        "by the Education Safeguarding Team.",
    ),
    (
        "3",
        "Contextual risk",
        "Selkirth Police should share intelligence about older young people who are exploiting children with the "
        "Exploitation Hub within one working day.",
    ),
    (
        "4",
        "Hearing the parent",
        "Children's social care should record a parent's own worries about their child's safety and say what was "
        "done about them.",
    ),
    (
        "5",
        "Transitions",
        "Selkirth CAMHS should not close a case because a young person has missed appointments without speaking to "
        "the referrer and the lead professional.",
    ),
    (
        "6",
        "Checking it works",
        "The Partnership should ask for a report in twelve months on how many children have had a single shared plan "
        "and what difference it made.",
    ),
]


def tile(cell, num, title, text):
    cell_lines(cell, [(num, True), (title, True), (text, False)], 10)
    cell.paragraphs[0].runs[0].font.size = Pt(20)
    shade(cell, "F2E6D9")


def build_tiles():
    doc = word_doc("C059", 10, "Selkirth Children's Safeguarding Partnership", margins=(2.0, 2.0, 1.8, 1.8))
    footer(doc.sections[0], ["CSPR ‘Child K’ – Summary for practitioners – ", ("PAGE",)])
    heading(doc, "Child K – the review at a glance", 1)
    para(
        doc,
        "A summary of the Local Child Safeguarding Practice Review for practitioners and managers",
        italic=True,
    )
    strip = doc.add_table(rows=2, cols=4)
    strip.style = "Table Grid"
    facts = (("Age", "16"), ("Died", "23 October 2023"), ("Review", "Local CSPR"), ("Published", "July 2025"))
    for i, (label, value) in enumerate(facts):
        cell_lines(strip.cell(0, i), [(label, True)], 9)
        cell_lines(strip.cell(1, i), [(value, False)], 11)
        shade(strip.cell(0, i), "D9D9D9")
    set_widths(strip, (4.25, 4.25, 4.25, 4.25))
    para(doc, "")
    heading(doc, "Why we did this review", 2)
    para(
        doc,
        "Child K was 16 when he was stabbed in Selkirth town centre. He was known to the youth justice "
        "service, to children's social care and to CAMHS, and had been out of full-time school for a year. The "
        "review was led by Perpetua Langridge-Amoah, an independent reviewer, with a panel of senior managers.",
    )
    heading(doc, "What we found", 2)
    for text in (
        "Three services each had a plan for K, and each thought another service was leading.",
        "K's reduced timetable went on for eleven months without anyone outside the school asking why.",
        "K's mother told four practitioners she was frightened for him; her worries were not written down.",
        "Intelligence about the older young men K spent time with reached the Exploitation Hub six weeks late.",
    ):
        bullet(doc, text)
    box(
        doc,
        "Three things to take away\nAsk: who is the lead professional for this child?\nWrite down what parents "
        "tell you they are worried about.\nA reduced timetable is a safeguarding question, not only an "
        "attendance one.",
        fill="E2EFDA",
        width=17.0,
        size=10,
    )
    page_break(doc)
    heading(doc, "Our six recommendations", 2)
    para(
        doc,
        "Each recommendation has a short title so that teams can refer to it in supervision.",
        italic=True,
    )
    grid = doc.add_table(rows=3, cols=2)
    grid.style = "Table Grid"
    for i, (num, title, text) in enumerate(TILES5):
        tile(grid.cell(i // 2, i % 2), num, title, text)
    set_widths(grid, (8.5, 8.5))
    para(doc, "")
    heading(doc, "What happens next", 2)
    para(
        doc,
        "The Partnership has accepted all six recommendations. Its action plan will be published separately "
        "and progress will be reported in the Partnership's annual report.",
    )
    para(doc, "Questions about this summary: the Partnership Business Unit, 01632 960 772.", size=9)
    save(doc, S5)


def main():
    build_matrix()
    build_merged_dates()
    build_easy_read()
    build_kpe()
    build_tiles()


if __name__ == "__main__":
    main()
