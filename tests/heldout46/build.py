"""Build the heldout46 blind documents as Word files (python-docx).

Run once:  python tests/heldout46/build.py
Then convert each .docx with LibreOffice and extract text (see README.md).
Five documents of five families nobody had tuned on: a SAR executive summary whose timeline is a "spine"
(a centre column of dates with the events set alternately to its left and right) and whose recommendations
are numbered with circled digits; a DHR overview report extract whose title page gives the date of death only
inside an "In memory of" line with the victim's lifespan and whose reverse carries a document information
table (review reference, chair and author), with an appendix action plan printed transposed (one column per
action, the fields as rows); an LCSPR action plan printed straight from a spreadsheet with print headings on
(column letters across the top, row numbers down the side, mmm-yy due dates, a second "Key" sheet); a SAB's
SAR action plan whose progress is a five-block bar of filled and empty squares; and an LCSPR summary whose
last four weeks are shown as a month calendar grid (Mon-Sun, events written in the day cells).
All people, places, local agency names and wording are fictional and the author's own.
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx.enum.table import WD_TABLE_ALIGNMENT
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
    kv_table,
    landscape_section,
    make_table,
    new_doc,
    numbered,
    page_break,
    para,
    repeat_header,
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
            st.font.color.rgb = RGBColor(0x2E, 0x2E, 0x5C)
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


def bullet(doc, text):
    return para(doc, text, style="List Bullet")


def no_borders(t):
    """A layout table with no ruled borders."""
    tbl_pr = t._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), "nil")
        borders.append(e)
    tbl_pr.append(borders)


def cell_runs(cell, runs, size, align=None, color=None):
    """Fill a cell with one paragraph per line; each line a list of (text, bold) runs."""
    cell.text = ""
    for i, line in enumerate(runs):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        p.paragraph_format.space_after = Pt(1)
        if align == "center":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for text, bold in line:
            r = p.add_run(text)
            r.bold = bold
            r.font.size = Pt(size)
            if color:
                r.font.color.rgb = RGBColor.from_string(color)


def hanging(doc, mark, text, indent=1.0, size=None):
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(indent)
    p.paragraph_format.first_line_indent = Cm(-indent)
    r = p.add_run(f"{mark}\t{text}")
    if size:
        r.font.size = Pt(size)
    return p


# ============ 1. SAR executive summary: a "spine" timeline, events alternately left and right; circled-digit recs
S1 = "sar_exec_summary_spine_timeline_centre_date_col_events_alternate_left_right_mixed_mon_yyyy_and_d_mon_yyyy_circled_digit_recs_board_response_dejavu_serif_wrathbury"
SPINE1 = [
    (
        "L",
        "Jun 2021",
        "Gwen's GP recorded her first fall at home and noted that she had stopped coming to the surgery.",
    ),
    (
        "R",
        "11 Nov 2021",
        "A fire service home safety visit found two electric heaters beside stacked newspapers. The crew referred "
        "Gwen to adult social care.",
    ),
    (
        "L",
        "Jan 2022",
        "A social worker assessed Gwen, who turned down help with cleaning. The case was closed after 28 days.",
    ),
    (
        "R",
        "Aug 2022",
        "A neighbour complained about a smell and mice. Environmental health served a notice to clear the garden.",
    ),
    (
        "L",
        "3 Feb 2023",
        "Gwen was admitted to hospital with a chest infection and went home two days later without a home visit.",
    ),
    (
        "R",
        "Oct 2023",
        "The fire service fitted a smoke alarm on a second visit. No further referral was made.",
    ),
    ("L", "9 Mar 2024", "Gwen died in a fire that started in her living room."),
]
RECS1 = [
    "The Board should agree a multi-agency self-neglect and hoarding protocol that sets out when a case is "
    "brought to a professionals' meeting rather than closed.",
    "Wrathbury Fire and Rescue Service should make a fresh safeguarding referral whenever a second home safety "
    "visit finds that the fire risk has not changed.",
    "Wrathbury Council Adult Social Care should not close a self-neglect case because the person declines help "
    "without recording a discussion of their capacity to make that decision.",
    "Wrathbury Hospitals NHS Trust should check that discharge plans for people known to be living in unsafe "
    "conditions include a visit to the home before or soon after they leave.",
    "The Board should seek assurance within twelve months that practitioners across the partnership have "
    "received training on hoarding and fire risk.",
]
CIRCLED = "①②③④⑤⑥"


def build_spine():
    doc = word_doc("DejaVu Serif", 9.5, "Wrathbury Safeguarding Adults Board", margins=(2.5, 2.5, 2.2, 2.2))
    footer(doc.sections[0], ["Executive summary · SAR ‘Gwen’ · ", ("PAGE",)], align=WD_ALIGN_PARAGRAPH.RIGHT)
    heading(doc, "Safeguarding Adults Review: ‘Gwen’", 1)
    para(doc, "Executive summary", bold=True, size=11)
    para(
        doc,
        "Independent reviewer: Dr Imogen Farraday-Holt     |     Published by the Board: June 2025",
        size=8.5,
        italic=True,
    )
    heading(doc, "Why this review was held", 2)
    para(
        doc,
        "Gwen was 63 when she died at her home in Wrathbury on 9 March 2024. She had lived alone for many years, "
        "and her home had become so full of belongings that some rooms could not be used. The Board's review "
        "group decided in May 2024 that the criteria in section 44 of the Care Act 2014 were met, because "
        "agencies could have worked together more effectively to protect her.",
    )
    para(
        doc,
        "Gwen's brother spoke to the reviewer. He described a sister who was private and proud, who had nursed "
        "their mother for ten years, and who found it hard to let anyone into the house after their mother "
        "died.",
    )
    heading(doc, "Timeline", 2)
    para(doc, "Key contacts, oldest first, read down the centre line.", italic=True, size=8)
    t = doc.add_table(rows=0, cols=3)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for side, date, text in SPINE1:
        row = t.add_row()
        left, mid, right = row.cells
        for c in (left, right):
            c.text = ""
        cell_runs(mid, [[(date, True)]], 8.5, align="center", color="FFFFFF")
        shade(mid, "3B3B6D")
        target = left if side == "L" else right
        cell_runs(target, [[(text, False)]], 8.5)
        if side == "L":
            target.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    set_widths(t, (7.0, 2.4, 7.0))
    para(doc, "")
    heading(doc, "What the review found", 2)
    for text in (
        "Each agency saw one part of the risk: the fire service saw the heaters, environmental health saw the "
        "garden, the hospital saw a woman who wanted to go home.",
        "Gwen's refusals were accepted at face value. Nobody asked whether she could weigh up the danger of "
        "fire in a home she could not move around.",
        "There was no shared procedure for self-neglect and hoarding, so no one agency held the whole picture.",
    ):
        bullet(doc, text)
    heading(doc, "Recommendations", 2)
    para(doc, "The reviewer made five recommendations, which the Board accepted in full.")
    for mark, text in zip(CIRCLED, RECS1):
        hanging(doc, mark, text, indent=0.8)
    heading(doc, "The Board's response", 2)
    para(
        doc,
        "The Board has asked its Practice and Learning Group to draw up an action plan and will report progress "
        "in its annual report for 2025–26. A seven-minute briefing on Gwen's review is available for teams.",
    )
    para(doc, "Wrathbury Safeguarding Adults Board, Civic Offices, Wrathbury.", size=8, italic=True)
    save(doc, S1)


# ============ 2. DHR overview extract: 'In memory of' lifespan on the title page, document information on its
# reverse, transposed appendix plan (one column per action)
S2 = "dhr_overview_extract_cover_in_memory_lifespan_only_date_of_death_document_information_table_review_ref_recommendation_n_headings_appendix_plan_transposed_one_col_per_action_delivered_under_way_due_to_start_p052_lanterholme"
RECS2 = [
    (
        "1",
        "Lanterholme Community Safety Partnership should make sure that the domestic abuse service offers "
        "support in the languages spoken by the victim, using trained interpreters and never family members.",
    ),
    (
        "2",
        "Lanterholme Primary Care Network should ask every practice to record when a patient is accompanied by a "
        "partner who answers for them, and to offer the patient a chance to be seen alone.",
    ),
    (
        "3",
        "Lanterholme Police should review how officers record an incident as 'verbal only' when the victim does "
        "not speak English and no interpreter was used.",
    ),
    (
        "4",
        "The Partnership should run a campaign with employers and faith groups so that colleagues and friends know "
        "where to turn when they are worried about someone.",
    ),
]
PLAN2 = [
    [
        (
            "1.1",
            "1",
            "Commission interpreting within the IDVA contract and stop the use of family interpreters.",
            "Lanterholme Council (Community Safety)",
            "31 Dec 2025",
            "Under way",
        ),
        (
            "1.2",
            "1",
            "Translate the service's safety planning leaflet into Polish, Urdu and Romanian.",
            "Lanterholme Domestic Abuse Service",
            "30 Sep 2025",
            "Delivered",
        ),
        (
            "2.1",
            "2",
            "Add an 'accompanied by partner' prompt to the practice template.",
            "Lanterholme Primary Care Network",
            "31 Oct 2025",
            "Delivered",
        ),
        (
            "2.2",
            "2",
            "Audit twenty consultations in each practice for whether the patient was seen alone.",
            "Lanterholme Primary Care Network",
            "31 Mar 2026",
            "Due to start",
        ),
    ],
    [
        (
            "3.1",
            "3",
            "Issue a force briefing on recording incidents where no interpreter was used.",
            "Lanterholme Police",
            "31 Aug 2025",
            "Delivered",
        ),
        (
            "4.1",
            "4",
            "Design the campaign with two employers' forums and the interfaith council.",
            "Lanterholme Community Safety Partnership",
            "30 Nov 2025",
            "Under way",
        ),
        (
            "4.2",
            "4",
            "Launch the campaign during the sixteen days of action.",
            "Lanterholme Community Safety Partnership",
            "10 Dec 2025",
            "Due to start",
        ),
    ],
]
FIELDS2 = ["Action", "Recommendation", "What will be done", "Lead agency", "Target date", "Status"]


def build_memoriam():
    doc = word_doc("P052", 10, "", margins=(2.3, 2.3, 1.8, 1.8))
    doc.sections[0].different_first_page_header_footer = True
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Lanterholme Community Safety Partnership – DHR ‘Nadia’"
    footer(sec, ["OFFICIAL – ", ("PAGE",)])
    for _ in range(5):
        para(doc, "")
    para(doc, "Lanterholme Community Safety Partnership", size=13, align="center")
    para(doc, "")
    para(doc, "Domestic Homicide Review", bold=True, size=24, align="center")
    para(doc, "Overview Report", size=16, align="center")
    para(doc, "")
    para(doc, "‘Nadia’", bold=True, size=20, align="center")
    for _ in range(3):
        para(doc, "")
    para(doc, "In memory of Nadia", italic=True, size=13, align="center")
    para(doc, "3 May 1980 – 22 October 2024", italic=True, size=13, align="center")
    for _ in range(6):
        para(doc, "")
    para(doc, "Final version for publication · September 2025", size=10, align="center")
    page_break(doc)
    heading(doc, "Document information", 2)
    kv_table(
        doc,
        [
            ("Review reference", "LCSP DHR 2024/02"),
            ("Independent chair and author", "Theodora Quist-Ambrose"),
            ("Commissioned by", "Lanterholme Community Safety Partnership"),
            ("Home Office Quality Assurance Panel", "Report considered 17 July 2025"),
            ("Version", "4.0 (final for publication)"),
            ("Protective marking", "OFFICIAL"),
        ],
        widths=(6.4, 10.0),
        size=9,
    )
    para(
        doc,
        "This report is an extract: chapters 2 to 7 (the review's terms of reference, the agencies' contact "
        "and the analysis) are published in full on the Partnership's website.",
        italic=True,
        size=9,
    )
    heading(doc, "1. Introduction", 1)
    for num, text in (
        (
            "1.1",
            "This review looks at how agencies responded to Nadia and to Marek, her husband, in the three years "
            "before her death in October 2024. Nadia was 44. She had come to Lanterholme from Poland in 2009 and "
            "worked in a food packing factory.",
        ),
        (
            "1.2",
            "Marek was convicted of her murder in May 2025. The Partnership offers its condolences to Nadia's "
            "daughter and sister, who both took part in the review.",
        ),
        (
            "1.3",
            "Nadia's sister asked that the report should say that Nadia loved the sea, sang in her church choir "
            "and always had time for other people's children.",
        ),
    ):
        numbered(doc, num, text)
    heading(doc, "8. Conclusions", 1)
    for num, text in (
        (
            "8.1",
            "Nadia spoke limited English. On the three occasions when she described Marek's behaviour to a "
            "professional, either Marek or their daughter interpreted for her.",
        ),
        (
            "8.2",
            "Her colleagues and her priest were worried about her in the last year of her life but did not know "
            "where to take that worry.",
        ),
    ):
        numbered(doc, num, text)
    heading(doc, "9. Recommendations", 1)
    for ref, text in RECS2:
        para(doc, f"Recommendation {ref}", bold=True)
        para(doc, text)
    para(
        doc,
        "Single agency recommendations made in the agencies' own reports are not repeated here; they are held "
        "by the Partnership and monitored with this plan.",
        italic=True,
        size=9,
    )
    # the appendix: landscape, the plan transposed
    sec2 = landscape_section(doc)
    sec2.left_margin = sec2.right_margin = Cm(1.9)
    sec2.different_first_page_header_footer = False
    heading(doc, "Appendix A – Action plan (position at 30 June 2025)", 2)
    para(
        doc,
        "The Partnership prints its DHR plans with one column for each action and the plan's headings down the "
        "left, so that each action can be read from top to bottom. Status: Delivered – done and evidenced; "
        "Under way – started; Due to start – not yet begun.",
        size=9,
    )
    size = 9
    for part, actions in enumerate(PLAN2):
        n = len(actions)
        t = doc.add_table(rows=len(FIELDS2), cols=n + 1)
        t.style = "Table Grid"
        for r, label in enumerate(FIELDS2):
            set_text(t.cell(r, 0), label, bold=True, size=size)
            shade(t.cell(r, 0), "E7E6E6")
            for c, action in enumerate(actions, 1):
                set_text(t.cell(r, c), action[r], bold=(r == 0), size=size)
                if r == 0:
                    shade(t.cell(r, c), "E7E6E6")
        set_widths(t, (3.6, *([5.4] * n)))
        para(doc, "")
        if part == 0:
            para(doc, "Continued: actions 3.1 to 4.2.", italic=True, size=8.5)
    para(doc, "Seven actions: three delivered, two under way, two due to start.", size=9)
    save(doc, S2)


# ============ 3. LCSPR plan printed from a spreadsheet with print headings (column letters, row numbers)
S3 = "lcspr_plan_spreadsheet_print_headings_column_letters_row_numbers_rec_text_first_row_only_mmm_yy_due_rag_status_complete_on_track_at_risk_not_started_key_sheet_rows_over_page_break_liberation_sans_landscape_tamblewick"
RECS3 = {
    "1": "Tamblewick Children's Social Care should make sure that a child who goes missing three times in a "
    "month is discussed at the exploitation panel within a week.",
    "2": "The Partnership should agree how schools share attendance concerns about a child who has moved to "
    "part-time timetable with the child's social worker.",
    "3": "Tamblewick Police should ask officers who return a missing child home to record who the child was found "
    "with and where.",
    "4": "The Partnership should seek assurance that return home interviews are offered by someone the child "
    "already knows.",
}
PLAN3 = [
    (
        "1",
        "1.1",
        "Change the missing episode report so that a third episode in a month triggers a panel referral.",
        "CSC – Head of Service, Assessment",
        "Oct-25",
        "Complete",
        "Report changed 22/09/2025; first two referrals seen.",
    ),
    (
        "1",
        "1.2",
        "Add a standing item for new referrals to the exploitation panel agenda.",
        "Exploitation panel chair",
        "Nov-25",
        "Complete",
        "Standing item from October meeting.",
    ),
    (
        "1",
        "1.3",
        "Audit ten children with three or more episodes to check they reached the panel.",
        "LSCP Quality Assurance Group",
        "Mar-26",
        "Not started",
        "Audit booked for February.",
    ),
    (
        "2",
        "2.1",
        "Draft an attendance information sharing agreement for schools and social workers.",
        "Education Safeguarding Lead",
        "Dec-25",
        "On track",
        "Draft with head teachers' forum for comment.",
    ),
    (
        "2",
        "2.2",
        "Train designated safeguarding leads on part-time timetables as a risk indicator.",
        "Education Safeguarding Lead",
        "Jan-26",
        "At risk",
        "Trainer vacancy; dates may move to spring term.",
    ),
    (
        "2",
        "2.3",
        "Send a termly list of children on part-time timetables to the virtual school and to CSC.",
        "Education Safeguarding Lead",
        "Apr-26",
        "Not started",
        "Waiting for the agreement in 2.1.",
    ),
    (
        "3",
        "3.1",
        "Add 'found with' and 'found where' fields to the missing person return record.",
        "Tamblewick Police – Missing Persons Unit",
        "Sep-25",
        "Complete",
        "Fields live on the system.",
    ),
    (
        "3",
        "3.2",
        "Dip sample thirty returns a quarter for completion of the new fields.",
        "Tamblewick Police – Missing Persons Unit",
        "Jun-26",
        "On track",
        "First sample: 24 of 30 complete.",
    ),
    (
        "4",
        "4.1",
        "Change the return home interview contract so that a known worker is offered first.",
        "CSC – Commissioning",
        "Apr-26",
        "On track",
        "Contract variation agreed in principle with provider.",
    ),
    (
        "4",
        "4.2",
        "Report take-up of return home interviews to the Partnership each quarter.",
        "LSCP Business Unit",
        "Jan-26",
        "Not started",
        "First report due January.",
    ),
    (
        "4",
        "4.3",
        "Ask children who were missing what would make them talk to someone on their return.",
        "Children in Care Council",
        "Mar-26",
        "At risk",
        "Meeting postponed twice; new date to be agreed.",
    ),
]
RAG3 = {"Complete": "A9D08E", "On track": "C6E0B4", "At risk": "FFD966", "Not started": "D9D9D9"}
LETTERS3 = ["A", "B", "C", "D", "E", "F", "G", "H"]
HEAD3 = [
    "Rec no.",
    "Recommendation",
    "Action ref",
    "Action",
    "Owner",
    "Due",
    "RAG status",
    "Update (Nov 2025)",
]
W3 = (0.8, 1.2, 5.3, 1.5, 5.5, 3.3, 1.7, 2.0, 4.4)


def sheet_table(doc, letters, widths, size):
    """A table whose first row prints the sheet's column letters and whose first column prints row numbers."""
    t = doc.add_table(rows=1, cols=len(letters) + 1)
    t.style = "Table Grid"
    hdr = t.rows[0]
    repeat_header(hdr)
    for c, text in zip(hdr.cells, ["", *letters]):
        cell_runs(c, [[(text, False)]], size, align="center")
        shade(c, "EDEDED")
    set_widths(t, widths)
    return t


def sheet_row(t, num, values, widths, size, bold=False, fills=None, span=False):
    row = t.add_row()
    if span:  # long text in column A running over the empty cells to its right, as the print shows it
        m = row.cells[1].merge(row.cells[-1])
        cell_runs(row.cells[0], [[(str(num), False)]], size, align="center")
        shade(row.cells[0], "EDEDED")
        cell_runs(m, [[(values[0], bold)]], size)
        return row
    cell_runs(row.cells[0], [[(str(num), False)]], size, align="center")
    shade(row.cells[0], "EDEDED")
    for i, (c, v) in enumerate(zip(row.cells[1:], values)):
        cell_runs(c, [[(v, bold)]], size)
        if fills and fills.get(i):
            shade(c, fills[i])
    return row


def build_sheet():
    doc = word_doc(
        "Liberation Sans",
        8,
        "Plan",
        margins=(1.0, 1.0, 2.5, 2.5),
        landscape=True,
        head_align=WD_ALIGN_PARAGRAPH.CENTER,
    )
    footer(
        doc.sections[0],
        ["LCSPR Child Q action plan v7.xlsx        Page ", ("PAGE",), " of ", ("NUMPAGES",)],
        size=8,
    )
    size = 9
    t = sheet_table(doc, LETTERS3, W3, size)
    sheet_row(
        t,
        1,
        [
            "Tamblewick Safeguarding Children Partnership – LCSPR Child Q – multi-agency action plan",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
        ],
        W3,
        size + 1,
        bold=True,
        span=True,
    )
    sheet_row(
        t,
        2,
        [
            "Review published 2 June 2025. Plan owner: LSCP Business Unit. Last updated 14/11/2025.",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
        ],
        W3,
        size,
        span=True,
    )
    sheet_row(t, 3, [""] * 8, W3, size)
    sheet_row(t, 4, HEAD3, W3, size, bold=True, fills={i: "BDD7EE" for i in range(8)})
    num = 5
    seen = set()
    for rec, ref, action, owner, due, rag, update in PLAN3:
        first = rec not in seen
        seen.add(rec)
        sheet_row(
            t,
            num,
            [rec if first else "", RECS3[rec] if first else "", ref, action, owner, due, rag, update],
            W3,
            size,
            fills={6: RAG3[rag]},
        )
        num += 1
    for k in range(num, num + 3):
        sheet_row(t, k, [""] * 8, W3, size)
    page_break(doc)
    para(doc, "Key", bold=True, size=8)
    t2 = sheet_table(doc, ["A", "B"], (0.8, 3.0, 14.0), size)
    for k, (a, b) in enumerate(
        [
            ("RAG status", "Meaning"),
            ("Complete", "Action done and evidence seen by the Quality Assurance Group"),
            ("On track", "Started and expected to meet its due month"),
            ("At risk", "Started but likely to miss its due month"),
            ("Not started", "Not yet begun"),
            ("Due", "Month and year the action is due (mmm-yy, e.g. Mar-26 = March 2026)"),
        ],
        1,
    ):
        sheet_row(
            t2,
            k,
            [a, b],
            (0.8, 3.0, 14.0),
            size,
            bold=(k == 1),
            fills={0: RAG3.get(a)} if a in RAG3 else None,
        )
    save(doc, S3)


# ============ 4. SAR plan whose progress is a five-block bar of filled and empty squares
S4 = "sab_sar_plan_progress_col_five_block_bar_filled_empty_squares_key_no_status_word_action_refs_n_roman_in_brackets_dotted_dd_mm_yyyy_targets_rows_over_page_break_dejavu_sans_condensed_landscape_fennacott"
RECS4 = [
    (
        "1",
        "Fennacott Council should make sure that a person placed in supported accommodation out of the area has a "
        "named worker in Fennacott who keeps in touch with them and with the provider.",
    ),
    (
        "2",
        "Fennacott and Reddale Integrated Care Board should ask GP practices to review the medication of patients "
        "who have been prescribed opioids for more than a year and who have a history of overdose.",
    ),
    (
        "3",
        "The Board should make sure that providers of supported accommodation know how to raise a safeguarding "
        "concern with the placing authority as well as the host authority.",
    ),
    (
        "4",
        "The Board should hold a joint learning event with Reddale Safeguarding Adults Board for staff in supported "
        "accommodation on recognising an opioid overdose and giving naloxone.",
    ),
]
PLAN4 = [
    (
        "1",
        "1(i)",
        "Name a placing worker for every adult placed out of area and record the name on the case file.",
        "Fennacott Council Adult Social Care",
        "30.09.2025",
        5,
        "All 23 adults now have a named worker. Evidence seen by the SAR group on 14.10.2025.",
    ),
    (
        "1",
        "1(ii)",
        "Set a standard of a call to the person and to the provider at least every six weeks.",
        "Fennacott Council Adult Social Care",
        "31.12.2025",
        3,
        "Standard written; being tested with the two largest providers before it is issued.",
    ),
    (
        "1",
        "1(iii)",
        "Audit contact with out of area placements six months after the standard starts.",
        "Fennacott SAB Quality and Performance Group",
        "30.06.2026",
        0,
        "Not due to begin until spring 2026.",
    ),
    (
        "2",
        "2(i)",
        "Run a search in every practice for long-term opioid prescribing with a recorded overdose.",
        "Fennacott and Reddale ICB Medicines Optimisation",
        "31.10.2025",
        5,
        "Search run in all 31 practices; 112 patients found.",
    ),
    (
        "2",
        "2(ii)",
        "Offer each patient found a structured medication review with a pharmacist.",
        "Fennacott and Reddale ICB Medicines Optimisation",
        "31.03.2026",
        2,
        "41 of 112 reviews completed. Practices with pharmacist vacancies are behind.",
    ),
    (
        "2",
        "2(iii)",
        "Include opioid and overdose risk in the GP safeguarding leads' training day.",
        "Fennacott and Reddale ICB Safeguarding Team",
        "28.02.2026",
        1,
        "Session planned; venue booked for February.",
    ),
    (
        "3",
        "3(i)",
        "Write a one-page guide for providers on which authority to tell about a concern.",
        "Fennacott Safeguarding Adults Board",
        "31.08.2025",
        5,
        "Published on the Board's website in August.",
    ),
    (
        "3",
        "3(ii)",
        "Send the guide to every provider with a Fennacott placement and ask them to confirm receipt.",
        "Fennacott Council Commissioning",
        "30.11.2025",
        4,
        "19 of 24 providers have confirmed.",
    ),
    (
        "3",
        "3(iii)",
        "Agree with the three neighbouring boards how concerns about placed adults will be shared.",
        "Fennacott Safeguarding Adults Board",
        "31.03.2026",
        0,
        "To be raised at the regional chairs' meeting.",
    ),
    (
        "4",
        "4(i)",
        "Hold the joint learning event, with a session led by the ambulance service.",
        "Fennacott Safeguarding Adults Board",
        "31.01.2026",
        1,
        "Date agreed with Reddale SAB; speakers being confirmed.",
    ),
    (
        "4",
        "4(ii)",
        "Ask providers to confirm that naloxone is kept on site and that night staff can give it.",
        "Fennacott Council Commissioning",
        "31.03.2026",
        0,
        "Will follow the learning event.",
    ),
]


def bar(n):
    return "■" * n + "□" * (5 - n)


def build_bar():
    doc = word_doc(
        "DejaVu Sans Condensed",
        9.5,
        "Fennacott Safeguarding Adults Board · SAR ‘Josiah’",
        margins=(1.2, 1.2, 2.0, 1.6),
        landscape=True,
        head_align=WD_ALIGN_PARAGRAPH.LEFT,
    )
    footer(
        doc.sections[0],
        ["SAR ‘Josiah’ action plan – update to the Board, 20 November 2025 – page ", ("PAGE",)],
        align=WD_ALIGN_PARAGRAPH.LEFT,
    )
    heading(doc, "Safeguarding Adults Review ‘Josiah’ – action plan and progress", 1)
    para(
        doc,
        "Josiah was 52 when he died from an overdose of prescribed and illicit opioids on 27 February 2024, in "
        "supported accommodation in Reddale where Fennacott Council had placed him. The review was led by "
        "Callum Oyenuga-Brett, independent reviewer, and published on 15 May 2025. Its four recommendations "
        "are set out below; the plan shows the actions partners have agreed and how far each has got.",
    )
    heading(doc, "Recommendations", 2)
    for ref, text in RECS4:
        hanging(doc, f"{ref}.", text, indent=0.7)
    p = para(doc, "", size=8.5)
    r = p.add_run("Progress key: ")
    r.bold = True
    p.add_run(
        "each square is one fifth of the action. ■■■■■ all five filled – complete and evidenced; one to four "
        "filled – in progress; □□□□□ none filled – not started."
    )
    widths = (1.1, 1.4, 7.6, 5.0, 2.2, 2.6, 7.4)
    size = 9.5
    t = make_table(
        doc,
        ["Rec", "No.", "Action", "Lead", "Target", "Progress", "Latest position"],
        widths,
        header_fill="DCE6F1",
        size=size,
    )
    for rec, ref, action, lead, target, n, note in PLAN4:
        row = add_row(t, [rec, ref, action, lead, target, bar(n), note], widths, size=size)
        for p in row.cells[5].paragraphs:
            for r in p.runs:
                r.font.size = Pt(11)
                r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    para(doc, "")
    para(
        doc,
        "Josiah's mother asked the Board to thank the staff at his supported accommodation, who tried to wake "
        "him and stayed with him until the ambulance arrived.",
        italic=True,
    )
    para(doc, "Next update: SAR Group, February 2026. The plan closes when every bar is full.", size=8)
    save(doc, S4)


# ============ 5. LCSPR summary: the last four weeks as a month calendar grid
S5 = "lcspr_summary_last_four_weeks_month_calendar_grid_mon_sun_cols_day_number_cells_event_lines_recommendation_n_dash_recs_no_plan_nimbus_sans_narrow_quarnley"
# (day, event) placed on the February 2025 grid; 1 February 2025 was a Saturday
EVENTS5 = {
    3: "Nursery: T absent; no reply to call",
    5: "Health visitor: home visit, no answer; card left",
    11: "Police: neighbour reports shouting; mother says all is fine",
    14: "GP: T seen with a bruised ear; fall from sofa accepted",
    19: "CSC: GP referral screened – no further action",
    24: "Nursery: T back; quiet, flinches when lifted",
    26: "999 call; T taken to hospital, where he died",
}
RECS5 = [
    "The Partnership should make sure that a nursery's concerns about a child's absence are passed to the health "
    "visitor when the family cannot be reached within two days.",
    "Quarnley Integrated Care Board should remind GPs that an injury to the ear of a child under two "
    "needs a child protection medical, whatever the explanation.",
    "Quarnley Children's Social Care should not screen out a professional's referral about an injury to a baby or "
    "toddler without speaking to the referrer.",
    "Quarnley Police should share any domestic incident at an address where a child under five lives with the "
    "health visiting service within one working day.",
]


def build_calendar():
    doc = word_doc(
        "Nimbus Sans Narrow",
        9.5,
        "Quarnley Children's Safeguarding Partnership",
        margins=(1.5, 1.5, 1.8, 1.8),
    )
    footer(
        doc.sections[0],
        ["LCSPR Child T – summary of findings – page ", ("PAGE",)],
        align=WD_ALIGN_PARAGRAPH.CENTER,
    )
    heading(doc, "Local Child Safeguarding Practice Review: Child T", 1)
    para(doc, "Summary of findings", bold=True, size=11)
    kv_table(
        doc,
        [
            ("Reviewer", "Ffion Baptiste-Lowther"),
            ("Rapid review held", "12 March 2025"),
            ("Published", "October 2025"),
        ],
        widths=(4.0, 8.0),
        size=9,
    )
    heading(doc, "About Child T", 2)
    para(
        doc,
        "Child T was 22 months old when he died in hospital on 26 February 2025 from a head injury. He lived with "
        "his mother and her partner in Quarnley. He loved his nursery's sand tray and a toy fire engine that he "
        "took everywhere. His mother's partner has since been charged with his murder.",
    )
    para(
        doc,
        "T's family had moved to Quarnley in the autumn of 2024. Before February 2025 the family had routine "
        "contact with health visiting and the nursery, and no contact with children's social care.",
    )
    heading(doc, "About this review", 2)
    para(
        doc,
        "The safeguarding partners held a rapid review and agreed that a local review was needed because T's "
        "injuries were thought to have been caused by an adult and several agencies had been in contact with the "
        "family in the weeks before he died. The reviewer read reports from seven agencies, met the practitioners "
        "who knew T at two learning events, and spoke to T's grandmother.",
    )
    para(
        doc,
        "T's mother did not wish to take part while criminal proceedings continue. The reviewer has written to her "
        "to offer a meeting when they are over.",
    )
    heading(doc, "What T's grandmother told us", 2)
    para(
        doc,
        "T's grandmother said that he was a cheerful, busy little boy who was just starting to put two words "
        "together. She had seen less of him since the family moved, and on her last visit in January she thought "
        "he had become clingy. She did not know who she could have told.",
    )
    page_break(doc)
    heading(doc, "The last four weeks", 2)
    para(doc, "February 2025", bold=True, size=10.5)
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    t = doc.add_table(rows=1, cols=7)
    t.style = "Table Grid"
    for c, d in zip(t.rows[0].cells, days):
        cell_runs(c, [[(d, True)]], 8.5, align="center")
        shade(c, "D9E2F3")
    # the grid: Mon 27 Jan .. Sun 2 Mar 2025
    cells = [("27", True), ("28", True), ("29", True), ("30", True), ("31", True)]
    cells += [(str(d), False) for d in range(1, 29)]
    cells += [("1", True), ("2", True)]
    for w in range(5):
        row = t.add_row()
        for k in range(7):
            label, outside = cells[w * 7 + k]
            c = row.cells[k]
            lines = [[(label, True)]]
            if not outside and int(label) in EVENTS5:
                lines.append([(EVENTS5[int(label)], False)])
            cell_runs(c, lines, 7.5, color="808080" if outside else None)
            if not outside and int(label) in EVENTS5:
                shade(c, "FFF2CC")
    set_widths(t, [2.57] * 7)
    para(
        doc,
        "Shaded days are the days an agency had contact with T or his family. CSC: children's social care.",
        italic=True,
        size=8,
    )
    heading(doc, "What we learned", 2)
    para(
        doc,
        "Six contacts in the four weeks before T was injured were spread across five agencies. Each contact was handled in line with "
        "that agency's own procedure, and none of them on its own looked like a child in danger.",
    )
    for text in (
        "Each agency knew one thing in February: an absence, an unanswered door, a call about shouting, a bruise. "
        "No one put them together.",
        "The GP accepted an explanation for an injury that is rare in a child of T's age.",
        "The referral to children's social care was screened out on the information in the form alone.",
    ):
        bullet(doc, text)
    heading(doc, "Recommendations", 2)
    for i, text in enumerate(RECS5, 1):
        para(doc, f"Recommendation {i} – {text}")
    para(
        doc,
        "The three safeguarding partners accepted the recommendations on 9 September 2025. Their action plan "
        "will be published separately.",
    )
    save(doc, S5)


def main():
    build_spine()
    build_memoriam()
    build_sheet()
    build_bar()
    build_calendar()


if __name__ == "__main__":
    main()
