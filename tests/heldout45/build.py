"""Build the heldout45 blind documents as Word files (python-docx).

Run once:  python tests/heldout45/build.py
Then convert each .docx with LibreOffice and extract text (see README.md).
Five documents of five families nobody had tuned on: a SAB's SAR action plan whose rows are grouped under the six
safeguarding principles (band rows) with principle-lettered action refs; a DHR overview extract whose chronology
table names each entry's source only by a superscript footnote marker, with an appendix plan carrying an
"Accepted? (Y/N)" column and an "Evidence of completion" column; a DHR action plan printed on A3 landscape with
eleven narrow columns (start and target dates side by side); a SAR summary after the death of a man sleeping
rough whose chronology is a horizontal timeline strip (one column per year, month-led lines in each cell); and a
Welsh child practice review summary printed bilingually, English and Welsh side by side in one borderless table.
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
    footnote_line,
    full_row,
    kv_table,
    landscape_section,
    make_table,
    merge_down,
    new_doc,
    numbered,
    page_break,
    para,
    set_landscape,
    set_text,
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


# ============ 1. SAR plan: rows grouped under the six safeguarding principles
S1 = "sab_sar_plan_rows_under_six_safeguarding_principle_bands_lettered_refs_em1_pv1_sar_rec_col_out_of_order_achieved_progressing_not_yet_started_rows_over_page_break_dejavu_sans_light_landscape_marnwick"
RECS1 = [
    (
        "R1",
        "Marnwick Council Adult Social Care should make sure that the outcome the adult wants is asked for and "
        "recorded in every safeguarding enquiry, and recorded separately when a relative answers for them.",
    ),
    (
        "R2",
        "Marnwick Safeguarding Adults Board should publish guidance for home care providers on when pressure "
        "damage and weight loss at home should be raised as possible neglect.",
    ),
    (
        "R3",
        "Marnwick Integrated Care Board should make sure that district nurses raise a safeguarding concern when a "
        "carer cancels or refuses planned visits more than twice in a month.",
    ),
    (
        "R4",
        "The Board should agree a multi-agency meeting route for adults whose carers refuse care and support on "
        "their behalf.",
    ),
    (
        "R5",
        "The Board should receive a report on this plan every six months and test the changes through a "
        "multi-agency case audit a year after publication.",
    ),
]
PRINCIPLES1 = [
    (
        "Empowerment – the adult is supported to make their own decisions and is asked what they want",
        [
            (
                "EM1",
                "R1",
                "Add a required 'what the adult wants' field to the enquiry form, with a flag when the answer "
                "was given by a relative.",
                "Marnwick Council Adult Social Care",
                "Sept 2025",
                "Achieved",
            ),
            (
                "EM2",
                "R1",
                "Audit thirty enquiries for whether the adult was spoken to on their own.",
                "Marnwick Council Adult Social Care",
                "March 2026",
                "Progressing",
            ),
        ],
    ),
    (
        "Prevention – acting before harm happens",
        [
            (
                "PV1",
                "R2",
                "Write and publish the guidance for home care providers, with a one-page checklist.",
                "Marnwick Safeguarding Adults Board",
                "Oct 2025",
                "Achieved",
            ),
            (
                "PV2",
                "R2",
                "Check that providers use the checklist during the council's contract monitoring visits.",
                "Marnwick Council Commissioning",
                "Jan 2026",
                "Progressing",
            ),
        ],
    ),
    (
        "Proportionality – the least intrusive response that fits the risk",
        [
            (
                "PR1",
                "R1",
                "Run practice briefings on proportionate options when a carer objects to services.",
                "Marnwick Council Adult Social Care",
                "Feb 2026",
                "Not yet started",
            ),
        ],
    ),
    (
        "Protection – support and representation for those in greatest need",
        [
            (
                "PT1",
                "R3",
                "Issue a district nursing standard on cancelled and refused visits.",
                "Marnwick Community Health NHS Trust",
                "Nov 2025",
                "Achieved",
            ),
            (
                "PT2",
                "R3",
                "Report the number of concerns raised under the standard to the ICB safeguarding committee "
                "each quarter.",
                "Marnwick Integrated Care Board",
                "March 2026",
                "Progressing",
            ),
        ],
    ),
    (
        "Partnership – services working together with their communities",
        [
            (
                "PA1",
                "R4",
                "Agree terms of reference for a 'care refused by carer' multi-agency meeting.",
                "Marnwick Safeguarding Adults Board",
                "Dec 2025",
                "Progressing",
            ),
            (
                "PA2",
                "R4",
                "Pilot the meeting in the northern locality and report on the first six cases.",
                "Marnwick Council Adult Social Care",
                "June 2026",
                "Not yet started",
            ),
        ],
    ),
    (
        "Accountability – being open about how safeguarding is delivered",
        [
            (
                "AC1",
                "R5",
                "Add this plan to the Board's six-monthly assurance report.",
                "Marnwick Safeguarding Adults Board",
                "Sept 2025",
                "Achieved",
            ),
            (
                "AC2",
                "R5",
                "Carry out the multi-agency audit of cases where a carer refused care.",
                "Marnwick Safeguarding Adults Board",
                "Sept 2026",
                "Not yet started",
            ),
        ],
    ),
]


def build_principles():
    doc = word_doc(
        "DejaVu Sans Light",
        8.5,
        "Marnwick Safeguarding Adults Board",
        margins=(1.8, 1.8, 1.7, 1.7),
        landscape=True,
    )
    footer(doc.sections[0], ["SAR ‘Edwin’ – Board action plan – position at 31 October 2025 – ", ("PAGE",)])
    heading(doc, "Safeguarding Adults Review ‘Edwin’: Action Plan", 1)
    para(
        doc,
        "Edwin was 71 when he died in Marnwick General Hospital on 12 January 2024 from sepsis linked to "
        "untreated pressure ulcers. He lived with his son, who was his main carer. The review was carried out "
        "by Rosalind Achterberg-Mensah, independent reviewer, and its report was published by the Board on 3 "
        "April 2025. The Board has arranged this plan under the six principles of adult safeguarding so that "
        "partners can see which principle each change serves.",
    )
    kv_table(
        doc,
        [
            ("Review", "Safeguarding Adults Review ‘Edwin’ (Care Act 2014, section 44)"),
            ("Plan held by", "SAR Subgroup, Marnwick Safeguarding Adults Board"),
            ("Report published", "3 April 2025"),
            ("Position reported", "31 October 2025"),
        ],
        widths=(5, 12),
        size=8.5,
    )
    heading(doc, "The review's recommendations", 2)
    for ref, text in RECS1:
        numbered(doc, ref, text)
    run_in(
        doc,
        "How to read this plan. ",
        "Each action sits under the principle it serves, so recommendations do not appear in number "
        "order; the SAR rec column says which recommendation an action answers. Achieved – the SAR Subgroup "
        "has seen evidence. Progressing – work is under way. Not yet started – not begun.",
        italic_tail=True,
    )
    widths = (1.4, 1.6, 9.6, 6.0, 2.4, 3.0)
    size = 8.5
    t = make_table(doc, ["Ref", "SAR rec", "What we will do", "Lead", "By", "Status"], widths, size=size)
    for principle, actions in PRINCIPLES1:
        full_row(t, principle, fill="E2EFD9", size=size)
        for row in actions:
            add_row(t, list(row), widths, size=size)
    para(doc, "")
    para(doc, "Eleven actions: 4 achieved, 4 progressing, 3 not yet started.", size=8)
    para(
        doc,
        "Next review of this plan: SAR Subgroup, February 2026. Enquiries to the Board Business Unit.",
        size=8,
        italic=True,
    )
    save(doc, S1)


# ============ 2. DHR overview extract: chronology sources as footnote markers; plan with Accepted? and Evidence
S2 = "dhr_overview_extract_chronology_src_col_superscript_footnote_marks_sources_below_rows_over_page_break_numbered_recs_plan_accepted_y_n_and_evidence_of_completion_cols_nimbus_roman_gresthorpe"
CHRON2 = [
    (
        "11/06/2021",
        "At her booking appointment Paulina told the midwife that Conrad checked her phone and did not like "
        "her seeing friends. The midwife gave her a leaflet.",
        "1",
    ),
    (
        "02/08/2021",
        "A neighbour called the police about shouting at the flat. Conrad had left before officers arrived; "
        "the risk assessment was graded medium.",
        "2",
    ),
    (
        "17/08/2021",
        "The IDVA service received the police referral and spoke to Paulina, who said she did not want support "
        "while she was pregnant. The case was closed.",
        "3",
    ),
    (
        "Sept 2021 (day not recorded)",
        "The health visitor made the new birth visit. Conrad was present throughout and Paulina was not asked "
        "about her relationship.",
        "4",
    ),
    (
        "14/01/2022",
        "Paulina saw her GP with low mood and poor sleep and was prescribed an antidepressant. She said she had "
        "separated from her partner.",
        "5",
    ),
    (
        "29/04/2022",
        "Paulina reported that Conrad had damaged her car outside her flat. He was arrested and released under "
        "investigation.",
        "2",
    ),
    (
        "05/10/2022",
        "Paulina applied to move, saying she was afraid of her former partner. Her application was placed in "
        "the lowest band because there was no police report attached.",
        "6",
    ),
    (
        "21/02/2023",
        "Paulina reported that Conrad was waiting outside the nursery. Officers recorded harassment and asked "
        "for a protection notice, which the authorising officer declined.",
        "2",
    ),
    (
        "03/03/2023",
        "Paulina was found with fatal stab wounds at her home. Conrad was arrested the same evening.",
        "2",
    ),
]
SOURCES2 = [
    ("1", "Gresthorpe Hospitals NHS Trust (maternity) IMR, paragraphs 3.2–3.4."),
    ("2", "Gresthorpe Police IMR and incident logs."),
    ("3", "Hearthside IDVA Service IMR, paragraph 2.6."),
    ("4", "Gresthorpe Community Health (health visiting) summary report."),
    ("5", "Gresthorpe Valley Medical Practice IMR."),
    ("6", "Gresthorpe Council Housing Solutions chronology."),
]
RECS2 = [
    (
        "1",
        "Gresthorpe Hospitals NHS Trust should make sure that a disclosure of controlling behaviour at a "
        "maternity booking appointment leads to a risk assessment and an offer of referral to the IDVA "
        "service, and is shared with the health visitor.",
    ),
    (
        "2",
        "Gresthorpe Police should review how a request for a Domestic Violence Protection Notice is "
        "escalated when the first authorising officer declines it.",
    ),
    (
        "3",
        "Gresthorpe Community Safety Partnership should commission the IDVA service to make a second "
        "approach, a month later, to victims who decline support after a police referral.",
    ),
    (
        "4",
        "Gresthorpe Council should give housing priority to an applicant who is afraid of a former partner "
        "without waiting for a police report.",
    ),
]
PLAN2 = [
    (
        "1",
        "Y",
        [
            (
                "Add a controlling-behaviour prompt and a referral step to the maternity booking template.",
                "Gresthorpe Hospitals NHS Trust",
                "31/03/2025",
                "Revised booking template (version 3.2) seen by the Oversight Group on 12/05/2025.",
                "Complete",
            ),
            (
                "Send a summary of any disclosure to the health visiting team at the 28-week handover.",
                "Gresthorpe Hospitals NHS Trust",
                "30/09/2025",
                "Handover form agreed; audit of twenty handovers planned for December.",
                "Ongoing",
            ),
        ],
    ),
    (
        "2",
        "Y",
        [
            (
                "Issue an instruction that a declined DVPN request is referred to a superintendent the same day.",
                "Gresthorpe Police",
                "30/06/2025",
                "Force instruction 14/2025 issued on 20/06/2025.",
                "Complete",
            ),
        ],
    ),
    (
        "3",
        "Y",
        [
            (
                "Vary the IDVA contract to include a second approach after 28 days.",
                "Gresthorpe Community Safety Partnership",
                "31/12/2025",
                "Contract variation drafted, not yet signed.",
                "Ongoing",
            ),
            (
                "Report the number of second approaches and their outcome to the Partnership each quarter.",
                "Hearthside IDVA Service",
                "31/03/2026",
                "—",
                "Not started",
            ),
        ],
    ),
    ("4", "N", []),
]


def chron_table(doc, rows, widths, size):
    t = make_table(doc, ["Date", "Event", "Src."], widths, size=size)
    for date, event, src in rows:
        row = add_row(t, [date, event, ""], widths, size=size)
        cell = row.cells[2]
        r = cell.paragraphs[0].add_run(src)
        r.font.superscript = True
        r.font.size = Pt(size)
    return t


def build_footnoted():
    doc = word_doc(
        "Nimbus Roman",
        10.5,
        "Gresthorpe Community Safety Partnership – DHR ‘Paulina’",
        margins=(2.3, 2.3, 2.2, 2.2),
    )
    footer(
        doc.sections[0],
        ["Overview report (extract) – OFFICIAL – ", ("PAGE",)],
        align=WD_ALIGN_PARAGRAPH.RIGHT,
    )
    heading(doc, "Domestic Homicide Review into the death of Paulina", 1)
    para(doc, "Overview report – extract for publication", italic=True)
    para(
        doc,
        "Independent chair and author: Ignatius Fairweather-Lowe. Commissioned by Gresthorpe Community Safety "
        "Partnership.",
        size=9.5,
    )
    heading(doc, "1. Introduction", 2)
    numbered(
        doc,
        "1.1",
        "Paulina was 36 when she was killed at her home in Gresthorpe on 3 March 2023 by Conrad, her former "
        "partner and the father of her daughter. Conrad was convicted of murder in November 2023.",
    )
    numbered(
        doc,
        "1.2",
        "The review looked at contact with Paulina and Conrad from 1 June 2021, when Paulina booked with the "
        "maternity service, to her death. Six agencies gave reports or chronologies.",
    )
    heading(doc, "2. The review process", 2)
    numbered(
        doc,
        "2.1",
        "The Partnership decided on 10 May 2023 that a review should be held. The panel met six times between "
        "July 2023 and October 2024. Paulina's mother and sister met the chair twice and read the report "
        "before it was finished; Conrad declined to take part.",
    )
    numbered(
        doc,
        "2.2",
        "The review was delayed by the criminal trial and by a change of IDVA provider in 2024, when some "
        "records had to be recovered from an archive.",
    )
    heading(doc, "3. Background", 2)
    numbered(
        doc,
        "3.1",
        "Paulina grew up in Gresthorpe and worked in a bakery before her daughter was born. Her family "
        "describe her as private, proud of her independence and slow to ask anyone for help.",
    )
    numbered(
        doc,
        "3.2",
        "Paulina and Conrad were together for about three years. Friends told the panel that he decided who "
        "she saw and checked where she had been, and that this grew worse during her pregnancy.",
    )
    numbered(
        doc,
        "3.3",
        "Conrad had no convictions for violence. He had been named as a suspect in a harassment report by an "
        "earlier partner in 2018, which did not proceed.",
    )
    heading(doc, "4. Summary of agency contact", 2)
    para(
        doc,
        "The table gives the contacts the panel found most significant. The Src. column carries a footnote "
        "mark; the notes under the table name the report each entry comes from.",
        italic=True,
        size=9.5,
    )
    chron_table(doc, CHRON2, (3.2, 11.4, 1.2), 9.5)
    para(doc, "")
    for mark, text in SOURCES2:
        footnote_line(doc, mark, text)
    heading(doc, "5. Analysis", 2)
    numbered(
        doc,
        "5.1",
        "Paulina told three services about Conrad's behaviour. Each response was reasonable on its own terms, "
        "but none of them was passed on, so no service saw the pattern that was building.",
    )
    numbered(
        doc,
        "5.2",
        "The declined protection notice in February 2023 was the last chance to put a legal barrier between "
        "them. The panel found no route for the officers to challenge the decision.",
    )
    heading(doc, "7. Recommendations", 2)
    for num, text in RECS2:
        numbered(doc, f"{num}.", text)
    para(
        doc,
        "Single agency recommendations are listed in each agency's report and are not repeated here.",
        size=9.5,
    )
    landscape_section(doc)
    heading(doc, "Appendix A – Action plan (position at 30 September 2025)", 2)
    para(
        doc,
        "Accepted? shows whether the agency accepted the recommendation (Y or N). Evidence of completion is "
        "what the DHR Oversight Group has seen.",
        italic=True,
        size=9.5,
    )
    widths = (1.0, 6.2, 1.6, 5.6, 3.4, 2.2, 4.6, 1.9)
    size = 8.5
    headers = [
        "No.",
        "Recommendation",
        "Accepted? (Y/N)",
        "Action",
        "Lead",
        "Target date",
        "Evidence of completion",
        "Status",
    ]
    t = make_table(doc, headers, widths, size=size)
    row = 1
    recs = dict(RECS2)
    for num, accepted, actions in PLAN2:
        first = row
        if not actions:
            add_row(
                t,
                [
                    num,
                    recs[num],
                    accepted,
                    "Not accepted – see the Council's response below.",
                    "",
                    "",
                    "",
                    "",
                ],
                widths,
                size=size,
            )
            row += 1
            continue
        for action in actions:
            add_row(t, [num, recs[num], accepted, *action], widths, size=size)
            row += 1
        for col in (0, 1, 2):
            merge_down(t, col, first, row - 1, size=size)
    para(doc, "")
    run_in(
        doc,
        "Gresthorpe Council's response to recommendation 4. ",
        "The Council's allocation scheme already gives priority where risk is verified by a specialist "
        "service; it will not remove the need for some verification but will accept a letter from the IDVA "
        "service in place of a police report from April 2026.",
        size=9,
    )
    save(doc, S2)


# ============ 3. DHR plan on A3 landscape: eleven narrow columns, start and target dates side by side
S3 = "dhr_plan_a3_landscape_eleven_narrow_cols_outcome_lead_agency_and_officer_start_and_target_mon_yy_merged_rec_cells_completed_on_track_slipped_not_started_liberation_serif_pendlesby"
PLAN3 = [
    (
        "Rec 1 – Pendlesby Council Adult Social Care should make sure that a carer's assessment is offered to any "
        "family member who becomes the main carer of a person with dementia, and that risks to the person cared "
        "for are considered in it.",
        [
            (
                "1.1",
                "Add questions about stress, conflict and risk to the carer's assessment form.",
                "Carers' assessments identify risk to the cared-for person.",
                "Pendlesby Council Adult Social Care",
                "Head of Practice",
                "Apr 25",
                "Jul 25",
                "New form in use; screenshots provided.",
                "Form went live on 1 July 2025.",
                "Completed",
            ),
            (
                "1.2",
                "Check thirty assessments completed after the change.",
                "Assurance that the questions are asked.",
                "Pendlesby Council Adult Social Care",
                "Principal Social Worker",
                "Sep 25",
                "Jan 26",
                "Audit report to the Oversight Group.",
                "Sample drawn; audit under way.",
                "On track",
            ),
        ],
    ),
    (
        "Rec 2 – Pendlesby Memory Service should ask the family of a patient with dementia about aggression, "
        "and about any worry they have for their own safety, at each review.",
        [
            (
                "2.1",
                "Build the question into the memory clinic review letter template.",
                "Families are asked at every review.",
                "Pendlesby Partnership NHS Foundation Trust",
                "Memory Service Manager",
                "May 25",
                "Aug 25",
                "Template and staff briefing notes.",
                "Template delayed by a system upgrade.",
                "Slipped",
            ),
            (
                "2.2",
                "Train memory service staff in talking about abuse by or towards a person with dementia.",
                "Staff are confident to ask.",
                "Pendlesby Partnership NHS Foundation Trust",
                "Safeguarding Lead",
                "Jun 25",
                "Dec 25",
                "Attendance records (target 90%).",
                "64% trained by 31 October.",
                "On track",
            ),
        ],
    ),
    (
        "Rec 3 – Pendlesby Police should make sure that officers attending an incident between an older couple "
        "consider whether either of them is being harmed, even when one has dementia.",
        [
            (
                "3.1",
                "Add an older people prompt to the domestic abuse attendance checklist.",
                "Older victims are identified at first attendance.",
                "Pendlesby Police",
                "DA Strategic Lead",
                "Apr 25",
                "Jun 25",
                "Checklist version 6.",
                "Done.",
                "Completed",
            ),
            (
                "3.2",
                "Include the case in response officer refresher training.",
                "Officers recognise risk in older couples.",
                "Pendlesby Police",
                "Learning and Development",
                "Jan 26",
                "Jun 26",
                "Training plan and feedback.",
                "Booked for the spring cycle.",
                "Not started",
            ),
        ],
    ),
    (
        "Rec 4 – Pendlesby Community Safety Partnership should raise awareness among older people, their families "
        "and their carers of domestic abuse in later life and where to get help.",
        [
            (
                "4.1",
                "Run a campaign through GP surgeries, pharmacies and day centres.",
                "More older people seek help.",
                "Pendlesby Community Safety Partnership",
                "Community Safety Manager",
                "Oct 25",
                "Mar 26",
                "Campaign materials and reach figures.",
                "Materials designed; launch 25 November.",
                "On track",
            ),
            (
                "4.2",
                "Ask the specialist service to report referrals of people over 65 each quarter.",
                "The Partnership knows whether the campaign works.",
                "Pendlesby Domestic Abuse Service",
                "Service Manager",
                "Apr 26",
                "Mar 27",
                "Quarterly figures.",
                "Starts after the campaign.",
                "Not started",
            ),
            (
                "4.3",
                "Publish a short learning brief from this review.",
                "Practitioners know the learning.",
                "Pendlesby Community Safety Partnership",
                "DHR Coordinator",
                "Apr 25",
                "May 25",
                "Brief on the Partnership website.",
                "Published 20 May 2025.",
                "Completed",
            ),
        ],
    ),
]


def build_a3():
    doc = word_doc(
        "Liberation Serif", 8, "Pendlesby Community Safety Partnership", margins=(1.5, 1.5, 1.5, 1.5)
    )
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(42.0), Cm(29.7)  # A3 landscape, as the plan is printed for the board
    set_landscape(sec)
    footer(
        sec,
        ["DHR ‘Harold’ action plan – A3 – printed 4 November 2025 – page ", ("PAGE",), " of ", ("NUMPAGES",)],
    )
    heading(doc, "Domestic Homicide Review – ‘Harold’ – Action Plan", 1)
    para(
        doc,
        "Harold was 83 when he died on 9 July 2023 at the home he shared with his wife, Joan, in Pendlesby. Joan, "
        "who was 80 and had been diagnosed with dementia two years earlier, was found unfit to plead. The review "
        "was chaired and written by Philippa Oyelaran-Stubbs. The Home Office Quality Assurance Panel agreed the "
        "report on 11 March 2025.",
    )
    run_in(
        doc,
        "Columns. ",
        "Start is the month work begins and Target the month it should be finished (Mon yy). Progress is as at "
        "31 October 2025. Status: Completed; On track – started and due to finish by the target; Slipped – will "
        "miss the target; Not started.",
    )
    widths = (1.1, 6.6, 5.6, 4.2, 3.6, 2.9, 1.4, 1.4, 4.0, 4.0, 1.8)
    size = 8
    headers = [
        "No.",
        "Recommendation",
        "Action",
        "Outcome sought",
        "Lead agency",
        "Lead officer",
        "Start",
        "Target",
        "Evidence",
        "Progress at 31/10/2025",
        "Status",
    ]
    t = make_table(doc, headers, widths, size=size)
    row = 1
    for rec, actions in PLAN3:
        first = row
        for ref, *cells in actions:
            add_row(t, [ref, rec, *cells], widths, size=size)
            row += 1
        merge_down(t, 1, first, row - 1, size=size)
    para(doc, "")
    para(doc, "Nine actions: 3 completed, 3 on track, 1 slipped, 2 not started.", size=8)
    page_break(doc)
    heading(doc, "Notes for the Partnership Board", 2)
    para(
        doc,
        "The Trust has asked to move the target for 2.1 to November 2025 because of its records system "
        "upgrade; the Oversight Group supports this. Action 4.2 depends on the campaign in 4.1 and its start "
        "date has been set accordingly.",
    )
    heading(doc, "Abbreviations", 3)
    kv_table(
        doc,
        [
            ("DA", "Domestic abuse"),
            ("DHR", "Domestic Homicide Review"),
            ("Mon yy", "Month and year, e.g. Jul 25 = July 2025"),
        ],
        widths=(3, 12),
        size=8,
    )
    para(doc, "Plan version 5, agreed by the DHR Oversight Group on 3 November 2025.", size=7.5, italic=True)
    save(doc, S3)


# ============ 4. SAR summary after a death while sleeping rough: horizontal timeline strip, one column per year
S4 = "sar_summary_homeless_death_horizontal_timeline_strip_one_column_per_year_month_led_lines_in_cells_numbered_recs_no_plan_urw_gothic_rushbarrow"
TIMELINE4 = [
    (
        "2019",
        [
            "Mar – Dean's tenancy ended after rent arrears and he began sleeping in the town centre.",
            "Nov – The outreach team verified him as sleeping rough and referred him to the hostel.",
        ],
    ),
    (
        "2020",
        [
            "Apr – Dean was placed in a hotel under the pandemic scheme.",
            "Sep – He left the hotel after a dispute with another resident and returned to the street.",
        ],
    ),
    (
        "2021",
        [
            "Jan – He attended A&E with an infected leg ulcer and left before he was treated.",
            "Oct – A safeguarding concern about self-neglect was closed because he had no address.",
        ],
    ),
    (
        "2022",
        [
            "Aug – Outreach offered a Housing First place; Dean accepted but no flat was free.",
            "18 Dec – Dean was found unresponsive in a shop doorway in freezing weather and died in hospital "
            "that evening.",
        ],
    ),
]
RECS4 = [
    "Rushbarrow Safeguarding Adults Partnership should agree that the death of anyone sleeping rough or living "
    "in temporary accommodation is considered for a Safeguarding Adults Review.",
    "Rushbarrow Council should make sure that a self-neglect concern about a person sleeping rough is never "
    "closed because the person has no fixed address.",
    "Rushbarrow Integrated Care Board should commission a way for people who are homeless to register with a GP "
    "and stay registered when they move around the town.",
    "Rushbarrow Council Housing Services should keep a Housing First flat free over the winter for the person "
    "the outreach team judges to be most at risk.",
    "The Partnership should ask the council to open its severe weather shelter when freezing weather is "
    "forecast, not only after it has begun.",
]


def build_timeline():
    doc = word_doc(
        "URW Gothic", 9.5, "Rushbarrow Safeguarding Adults Partnership", margins=(2.0, 2.0, 2.0, 2.0)
    )
    footer(doc.sections[0], ["SAR ‘Dean’ – summary report – December 2025 – ", ("PAGE",)])
    heading(doc, "Safeguarding Adults Review: ‘Dean’", 1)
    para(doc, "Summary report", bold=True)
    para(
        doc,
        "Dean was 47 when he died on 18 December 2022. He had slept rough in Rushbarrow, on and off, for almost "
        "four years. This summary was written by the independent reviewer, Morwenna Castellano-Reid, for the "
        "Partnership.",
    )
    box(
        doc,
        "Dean, in his family's words\nDean was funny and generous and had worked on the fairground rides for "
        "years before his back gave out. His sister says he hated asking for help and hated being rushed.",
        fill="F2F2F2",
        size=9,
    )
    heading(doc, "Dean's last four years at a glance", 2)
    para(doc, "Read each year from top to bottom.", italic=True, size=8.5)
    t = doc.add_table(rows=2, cols=len(TIMELINE4))
    t.style = "Table Grid"
    for i, (year, lines) in enumerate(TIMELINE4):
        set_text(t.cell(0, i), year, bold=True, size=10)
        shade(t.cell(0, i), "FCE4D6")
        cell = t.cell(1, i)
        cell.text = ""
        for k, line in enumerate(lines):
            p = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
            p.paragraph_format.space_after = Pt(5)
            r = p.add_run(line)
            r.font.size = Pt(8.5)
    set_widths(t, (4.25, 4.25, 4.25, 4.25))
    para(doc, "")
    heading(doc, "What the review found", 2)
    for text in (
        "Services treated Dean's refusals as choices without asking what lay behind them.",
        "No address meant no GP, and no GP meant his leg ulcer was treated only in emergencies.",
        "The safeguarding concern in 2021 was the one time agencies could have met together about him.",
        "Outreach workers knew Dean well and were the people he trusted; they had no say in housing offers.",
    ):
        bullet(doc, text)
    box(
        doc,
        "Homeless deaths in Rushbarrow\n7 people died while homeless in Rushbarrow in 2022. This is the first "
        "such death the Partnership has reviewed.",
        fill="DDEBF7",
        size=9,
    )
    heading(doc, "What agencies told us", 2)
    para(
        doc,
        "Outreach workers saw Dean most days in the last year of his life. They described a man who would "
        "accept a hot drink and a sleeping bag but would walk away from anyone who asked him to fill in a form. "
        "Hospital staff said that he often arrived late at night, in pain, and left when the waiting room "
        "became crowded.",
    )
    para(
        doc,
        "The council's adult social care team said that its safeguarding procedures assume a person can be "
        "visited at an address. The concern raised in October 2021 was closed for that reason, and no one "
        "asked the outreach team, who knew where Dean slept, to help arrange a meeting with him.",
    )
    para(
        doc,
        "Housing services explained that Housing First places depend on a one-bedroom flat becoming free. In "
        "2022 the scheme had four places and a waiting list of eleven people.",
    )
    heading(doc, "About this review", 2)
    para(
        doc,
        "The Partnership decided to carry out this review in March 2023 because agencies could have worked "
        "together more effectively to protect Dean. The review used a learning event with practitioners and "
        "conversations with Dean's sister. It did not look at the care Dean received on the day he died, "
        "which was examined by the coroner.",
    )
    heading(doc, "What we recommend", 2)
    for i, text in enumerate(RECS4, 1):
        numbered(doc, f"{i}.", text)
    para(
        doc,
        "The Partnership accepted all five recommendations on 2 October 2025 and will publish its response "
        "in the spring.",
    )
    para(
        doc,
        "If you are worried about someone sleeping rough, contact StreetLink or call 01632 960 418.",
        size=8.5,
    )
    save(doc, S4)


# ============ 5. Welsh child practice review summary, English and Welsh side by side
S5 = "cpr_wales_extended_bilingual_report_english_left_welsh_right_borderless_two_col_table_paired_paras_recs_in_both_languages_nimbus_sans_cwmllyn"
RECS5 = [
    (
        "The Board should seek assurance that health visitors and midwives pass on information about a parent's "
        "earlier care proceedings when a family moves between health board areas.",
        "Dylai'r Bwrdd geisio sicrwydd bod ymwelwyr iechyd a bydwragedd yn trosglwyddo gwybodaeth am achosion "
        "gofal blaenorol rhiant pan fydd teulu'n symud rhwng ardaloedd byrddau iechyd.",
    ),
    (
        "The Board should ask Cwmllyn Council children's services to review how it responds to an anonymous "
        "referral about a baby when the family is not known locally.",
        "Dylai'r Bwrdd ofyn i wasanaethau plant Cyngor Cwmllyn adolygu sut y mae'n ymateb i atgyfeiriad dienw "
        "am fabi pan nad yw'r teulu'n hysbys yn lleol.",
    ),
    (
        "The Board should make sure that safe sleep advice is repeated at every contact when a parent is known "
        "to drink alcohol.",
        "Dylai'r Bwrdd sicrhau bod cyngor cysgu'n ddiogel yn cael ei ailadrodd ym mhob cyswllt pan wyddys bod "
        "rhiant yn yfed alcohol.",
    ),
    (
        "The Board should share the learning from this review with the regional board in the area the family "
        "moved from.",
        "Dylai'r Bwrdd rannu'r dysgu o'r adolygiad hwn gyda'r bwrdd rhanbarthol yn yr ardal y symudodd y teulu "
        "ohoni.",
    ),
]
ROWS5 = [
    ("h", "Extended Child Practice Review – Baby L", "Adolygiad Ymarfer Plant Estynedig – Babi L"),
    ("p", "Reference: CRSB CPR 03/2023", "Cyfeirnod: CRSB CPR 03/2023"),
    (
        "p",
        "Report by the reviewer, Heledd Tanat-Adebayo, for Cwmllyn Regional Safeguarding Board.",
        "Adroddiad gan yr adolygydd, Heledd Tanat-Adebayo, ar gyfer Bwrdd Diogelu Rhanbarthol Cwmllyn.",
    ),
    ("h", "1. Circumstances that led to the review", "1. Yr amgylchiadau a arweiniodd at yr adolygiad"),
    (
        "p",
        "Baby L was eleven months old when he died at home in Cwmllyn on 14 August 2023. He was found "
        "unresponsive after sharing a sofa with his father, who had been drinking. The Board decided on 2 "
        "October 2023 that the criteria for an Extended Child Practice Review were met.",
        "Roedd Babi L yn un mis ar ddeg oed pan fu farw gartref yng Nghwmllyn ar 14 Awst 2023. Cafwyd hyd iddo'n "
        "anymatebol ar ôl rhannu soffa gyda'i dad, a oedd wedi bod yn yfed. Penderfynodd y Bwrdd ar 2 Hydref "
        "2023 fod y meini prawf ar gyfer Adolygiad Ymarfer Plant Estynedig wedi'u bodloni.",
    ),
    (
        "p",
        "The review covered the period from the start of the mother's pregnancy in July 2022 to Baby L's death. "
        "Both parents met the reviewer, and a learning event was held with practitioners in February 2024.",
        "Roedd yr adolygiad yn ymdrin â'r cyfnod o ddechrau beichiogrwydd y fam ym mis Gorffennaf 2022 hyd at "
        "farwolaeth Babi L. Cyfarfu'r ddau riant â'r adolygydd, a chynhaliwyd digwyddiad dysgu gydag ymarferwyr "
        "ym mis Chwefror 2024.",
    ),
    ("h", "2. Practice and organisational learning", "2. Dysgu ymarferol a sefydliadol"),
    (
        "p",
        "The family moved to Cwmllyn from a neighbouring health board area when L was four months old. "
        "Information that his mother's first child had been removed in care proceedings did not reach the new "
        "health visitor.",
        "Symudodd y teulu i Gwmllyn o ardal bwrdd iechyd cyfagos pan oedd L yn bedwar mis oed. Ni chyrhaeddodd "
        "yr ymwelydd iechyd newydd y wybodaeth fod plentyn cyntaf ei fam wedi'i gymryd i ofal mewn achos gofal.",
    ),
    (
        "p",
        "An anonymous call to children's services in May 2023 said that the parents were drinking heavily. "
        "Because the family was not known locally, the call was closed after a single check with the school "
        "nurse service.",
        "Dywedodd galwad ddienw i'r gwasanaethau plant ym mis Mai 2023 fod y rhieni'n yfed yn drwm. Gan nad "
        "oedd y teulu'n hysbys yn lleol, caewyd yr alwad ar ôl un gwiriad gyda'r gwasanaeth nyrsio ysgol.",
    ),
    (
        "p",
        "Safe sleep advice was given after the birth and not again, although the GP knew about the father's "
        "drinking.",
        "Rhoddwyd cyngor cysgu'n ddiogel ar ôl yr enedigaeth ond nid wedyn, er bod y meddyg teulu'n gwybod am "
        "yfed y tad.",
    ),
    (
        "p",
        "Practitioners at the learning event said that they did not feel able to ask about alcohol without a "
        "reason recorded by another service.",
        "Dywedodd ymarferwyr yn y digwyddiad dysgu nad oeddent yn teimlo y gallent ofyn am alcohol heb reswm "
        "wedi'i gofnodi gan wasanaeth arall.",
    ),
    ("h", "3. Improving systems and practice", "3. Gwella systemau ac ymarfer"),
    (
        "p",
        "The reviewer makes four recommendations to the Board.",
        "Mae'r adolygydd yn gwneud pedwar argymhelliad i'r Bwrdd.",
    ),
    *(("n", f"{i}.\t{en}", f"{i}.\t{cy}") for i, (en, cy) in enumerate(RECS5, 1)),
    ("h", "4. Statement by the Board", "4. Datganiad gan y Bwrdd"),
    (
        "p",
        "The Board accepts the recommendations and will publish an action plan within three months of this "
        "report.",
        "Mae'r Bwrdd yn derbyn yr argymhellion a bydd yn cyhoeddi cynllun gweithredu o fewn tri mis i'r "
        "adroddiad hwn.",
    ),
    ("p", "Date of publication: 18 November 2025", "Dyddiad cyhoeddi: 18 Tachwedd 2025"),
]


def side_by_side(doc, rows, size=10):
    """English in the left column and Welsh in the right, one row a pair of paragraphs, no ruled borders."""
    t = doc.add_table(rows=0, cols=2)
    no_borders(t)
    for kind, en, cy in rows:
        row = t.add_row()
        for cell, text in zip(row.cells, (en, cy)):
            cell.text = ""
            p = cell.paragraphs[0]
            if kind == "n":
                p.paragraph_format.left_indent = Cm(0.7)
                p.paragraph_format.first_line_indent = Cm(-0.7)
            r = p.add_run(text)
            r.font.size = Pt(size + 2 if kind == "h" else size)
            r.bold = kind == "h"
    set_widths(t, (8.3, 8.3))
    return t


def build_bilingual():
    doc = word_doc(
        "Nimbus Sans",
        10,
        "Cwmllyn Regional Safeguarding Board | Bwrdd Diogelu Rhanbarthol Cwmllyn",
        margins=(2.2, 2.2, 2.0, 2.0),
    )
    footer(doc.sections[0], ["CRSB CPR 03/2023 – Tudalen / Page ", ("PAGE",)])
    para(doc, "English | Cymraeg", bold=True, align="center")
    side_by_side(doc, ROWS5)
    para(doc, "")
    para(
        doc,
        "This document is available in large print. Mae'r ddogfen hon ar gael mewn print bras.",
        size=8.5,
        italic=True,
    )
    save(doc, S5)


def main():
    build_principles()
    build_footnoted()
    build_a3()
    build_timeline()
    build_bilingual()


if __name__ == "__main__":
    main()
