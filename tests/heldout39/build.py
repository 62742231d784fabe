"""Build the heldout39 blind documents as Word files (python-docx).

Run once:  python tests/heldout39/build.py
Then convert each .docx with LibreOffice and extract text (see README.md).
Five documents of five families nobody had tuned on: an island safeguarding partnership's SAR executive summary
whose summary chronology has one column per agency (the event printed under the agency that had the contact); a
DHR multi-agency action plan whose Status cell holds three tick boxes, one ticked; a Safeguarding Adults Board
annual report chapter that reports a SAR's recommendations and the progress on each as bullets with the lead and
due month in brackets and the status after a dash; a CSPR whose appendix reprints a case-recording system's
contact history newest first, with a migrated entry dated 01/01/1900; and a DHR action plan exported from a
council performance system, recommendation rows and action rows in one table with codes R1 / R1.1, Progress
percentages and a dated Latest Note.
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
    full_row,
    kv_table,
    make_table,
    new_doc,
    para,
    set_landscape,
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
            st.font.color.rgb = RGBColor(0x24, 0x2F, 0x5C)
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


def first_page_number(sec, number):
    """Number the section's pages from `number`, as an extract of a longer report prints them."""
    from docx.oxml import OxmlElement

    pg = OxmlElement("w:pgNumType")
    pg.set(qn("w:start"), str(number))
    sec._sectPr.append(pg)


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


# ============ 1. Island SAR executive summary: a summary chronology with one column per agency
S1 = "island_sab_sar_exec_summary_agency_column_chronology_event_under_agency_col_month_only_and_early_month_dates_run_in_recommendation_n_labels_page_x_of_y_p052_skervay"
AGENCIES1 = ["Police", "Health", "Adult Social Care", "Housing / other"]
CHRON1 = [
    (
        "12 Mar 2020",
        1,
        "Morwenna's GP reviewed her diabetes by telephone; her son answered and passed on her replies.",
    ),
    ("Jun 2020", 2, "A care needs assessment was closed after her son said he would look after her himself."),
    (
        "28 Sep 2020",
        0,
        "Officers attended a report of a fall. Morwenna was helped back to bed; no referral was made.",
    ),
    (
        "5 Jan 2021",
        3,
        "Skervay Housing Trust recorded that nobody had answered the door at three gas safety visits.",
    ),
    (
        "19 Mar 2021",
        1,
        "A district nurse found a pressure sore on her heel; her son declined further visits.",
    ),
    (
        "early May 2021",
        2,
        "A neighbour's concern was screened at the adult social care front door and closed as 'carer coping'.",
    ),
    (
        "14 Aug 2021",
        0,
        "A welfare check after a neighbour heard shouting. The son said his mother was asleep and officers left "
        "without seeing her.",
    ),
    (
        "2 Jan 2022",
        1,
        "Paramedics found Morwenna at home, severely underweight and with several pressure ulcers, and took her "
        "to hospital.",
    ),
]
RECS1 = [
    "Skervay Safeguarding Partnership Board should publish guidance on carers who turn down services on behalf of "
    "the person they look after, so that a carer's refusal is not recorded as the adult's own choice.",
    "Skervay Constabulary should make sure that officers carrying out a welfare check see the adult in person "
    "before they leave.",
    "Health and Care Skervay should ask the district nursing service to record, and refer to a senior nurse, any "
    "refusal of visits made by someone other than the patient.",
    "Skervay Housing Trust and the adult social care front door should agree how repeated no-access visits are "
    "passed on as a possible safeguarding concern.",
]


def build_skervay():
    doc = word_doc("P052", 10.5, "SSPB  |  SAR ‘Morwenna’  |  Executive Summary", (2.2, 2.2, 2.0, 2.0))
    footer(doc.sections[0], ["Page ", ("PAGE",), " of ", ("NUMPAGES",)], align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, "Skervay Safeguarding Partnership Board", bold=True, size=12)
    heading(doc, "Safeguarding Adults Review: ‘Morwenna’", 1)
    para(doc, "Executive summary", italic=True)
    para(doc, "Independent reviewer: Rhodri Castellanos-Kerr", size=9.5)
    heading(doc, "1. Introduction", 2)
    para(
        doc,
        "Morwenna was 67. She was found at home on 2 January 2022 by paramedics, badly undernourished and with "
        "pressure ulcers, and she died in the Island General Hospital on 9 January 2022. Her son, who lived with "
        "her and was her only carer, has since been convicted of wilful neglect.",
    )
    para(
        doc,
        "The Board agreed that the case met the criteria for a Safeguarding Adults Review under the island's adult "
        "safeguarding law and appointed an independent reviewer from outside the island. The review covered the "
        "period from March 2020 to Morwenna's death.",
    )
    heading(doc, "2. How the review was done", 2)
    para(
        doc,
        "Each agency that had contact with Morwenna or her son wrote a short report on its involvement. A panel "
        "chaired by the Board's independent chair read the reports, and two practitioner events were held in "
        "2023. Morwenna's niece spoke to the reviewer and described her aunt as sociable and quick-witted until "
        "her health declined.",
    )
    heading(doc, "3. Summary chronology", 2)
    para(
        doc,
        "Each row shows the agency that had contact with Morwenna on that date; the other cells are left blank.",
        size=9,
        italic=True,
    )
    widths = [2.4, 3.6, 3.6, 3.6, 3.4]
    t = make_table(doc, ["Date", *AGENCIES1], widths, header_fill="D6DCE4", size=8.5)
    for date, col, text in CHRON1:
        cells = ["", "", "", ""]
        cells[col] = text
        add_row(t, [date, *cells], widths, size=8.5, bold_cols=(0,))
    para(doc, "")
    heading(doc, "4. Findings", 2)
    para(
        doc,
        "Finding 1. Agencies accepted the son's account of his mother's wishes without hearing from her directly. "
        "Each refusal was recorded as Morwenna's choice.",
    )
    para(
        doc,
        "Finding 2. The three no-access visits, the closed assessment and the refused nursing visits were each "
        "known to one agency only. No one saw the pattern.",
    )
    para(
        doc,
        "Finding 3. Practitioners told the review that the island's small size made them reluctant to question a "
        "family they knew socially.",
    )
    heading(doc, "5. Recommendations", 2)
    for i, text in enumerate(RECS1, 1):
        run_in(doc, f"Recommendation {i}: ", text)
    heading(doc, "6. Next steps", 2)
    para(
        doc,
        "The Board has accepted the recommendations. Its Learning and Improvement Group will agree an action plan "
        "with each agency and report progress at each Board meeting. A seven-minute briefing is available on the "
        "Board's website.",
    )
    save(doc, S1)


# ============ 2. DHR multi-agency action plan: Status cell holds three tick boxes, one ticked
S2 = "dhr_multi_agency_plan_status_cell_three_tick_boxes_one_ticked_rec_band_rows_ref_n_dot_n_slash_dates_ongoing_target_rows_over_page_break_dejavu_sans_landscape_ludderby"
BOXES = ("Not started", "In progress", "Complete")
PLAN2 = [
    (
        "Recommendation 1 – Ludderby Safer Communities Partnership should commission training for front-line "
        "staff on stalking by a former partner after the relationship has ended.",
        [
            (
                "1.1",
                "Commission a half-day course on post-separation stalking from a specialist provider.",
                "Partnership Manager, LSCP",
                "31/03/2026",
                "Complete",
                "Course commissioned; first cohort trained on 12 February 2026 (attendance list held).",
            ),
            (
                "1.2",
                "Add stalking after separation to the partnership's multi-agency training calendar.",
                "Training Coordinator, LSCP",
                "30/06/2026",
                "In progress",
                "Dates for the autumn programme being agreed with partners.",
            ),
        ],
    ),
    (
        "Recommendation 2 – Ludderby Police should review how reports of a breached non-molestation order are "
        "risk assessed when the suspect is not found at the time of the report.",
        [
            (
                "2.1",
                "Dip-sample 30 breach reports from 2025 for the quality of the risk assessment.",
                "Detective Inspector, Public Protection Unit",
                "30/04/2026",
                "In progress",
                "18 of 30 reports reviewed.",
            ),
            (
                "2.2",
                "Brief response officers on recording a breach when the suspect has left the scene.",
                "Chief Inspector, Response",
                "31/01/2026",
                "Complete",
                "Briefing read out at all shift briefings in January; copy on the force intranet.",
            ),
            (
                "2.3",
                "Update the breach of court order procedure in the light of the dip sample.",
                "Head of Public Protection",
                "30/09/2026",
                "Not started",
                "Will follow action 2.1.",
            ),
        ],
    ),
    (
        "Recommendation 3 – Ludderby General Practice Federation should make sure that practices ask patients "
        "about domestic abuse when they ask at short notice to change their registered address.",
        [
            (
                "3.1",
                "Add a prompt to the change-of-address process in all fourteen member practices.",
                "Clinical Lead for Safeguarding",
                "31/05/2026",
                "In progress",
                "Prompt live in nine practices.",
            ),
            (
                "3.2",
                "Share the learning from this review at the federation's practice safeguarding forum.",
                "Safeguarding Administrator",
                "31/12/2025",
                "Complete",
                "Presented on 4 December 2025; slides circulated.",
            ),
        ],
    ),
    (
        "Recommendation 4 – Ludderby Safer Communities Partnership should check, within twelve months of "
        "publication, that the actions in this plan have improved the local response to stalking.",
        [
            (
                "4.1",
                "Report progress on this plan to every quarterly meeting of the partnership board.",
                "Partnership Manager, LSCP",
                "Ongoing",
                "In progress",
                "Reported in October 2025 and January 2026.",
            ),
            (
                "4.2",
                "Hold a practitioner learning event one year after the review is published.",
                "DHR Coordinator",
                "31/10/2026",
                "Not started",
                "",
            ),
        ],
    ),
]


def tick_boxes(ticked):
    """The Status cell as the Word form prints it: each choice on its own line, the chosen one ticked."""
    return "\n".join(("☒ " if b == ticked else "☐ ") + b for b in BOXES)


def build_ludderby():
    doc = word_doc(
        "DejaVu Sans", 8.5, "Ludderby Safer Communities Partnership", (1.8, 1.8, 1.6, 1.6), landscape=True
    )
    footer(doc.sections[0], ["DHR Claire – Action Plan v3 – January 2026        ", ("PAGE",)])
    heading(doc, "Domestic Homicide Review ‘Claire’ – Multi-agency Action Plan", 1)
    para(doc, "Version 3, updated for the partnership board meeting of 28 January 2026", italic=True)
    para(
        doc,
        "Claire, aged 36, was killed by her former partner on 22 October 2022, eleven months after she had ended "
        "the relationship. The review was led by independent chair and author Oluwaseun Pritchard-Hale; the "
        "overview report was published in September 2025. This plan sets out what each agency has agreed to do.",
    )
    para(
        doc,
        "How to complete this plan: tick one Status box per action (☒). Complete may be ticked only when the "
        "evidence named in the last column has been sent to the DHR Coordinator. Dates are dd/mm/yyyy; 'Ongoing' "
        "means the action has no end date.",
        size=8,
    )
    headers = ["Ref", "Action", "Lead", "Complete by", "Status", "Evidence / update"]
    widths = [1.2, 8.4, 4.6, 2.4, 3.2, 6.6]
    t = make_table(doc, headers, widths, header_fill="BDD7EE", size=8.5)
    for rec, actions in PLAN2:
        full_row(t, rec, fill="F2F2F2", size=8.5)
        for ref, action, lead, by, status, evidence in actions:
            add_row(t, [ref, action, lead, by, tick_boxes(status), evidence], widths, size=8.5)
    para(doc, "")
    para(
        doc,
        "Sign-off: the plan will be closed when every action is ticked Complete, or Ongoing actions have been "
        "handed to the partnership's business plan. Queries to the DHR Coordinator, Ludderby Borough Council.",
        size=8,
    )
    save(doc, S2)


# ============ 3. SAB annual report chapter: a SAR's recommendations and progress bullets
S3 = "sab_annual_report_chapter_sar_recs_numbered_list_progress_bullets_lead_and_due_month_in_brackets_status_after_dash_activity_table_second_sar_no_records_nimbus_sans_hawkscar"
RECS3 = [
    "The Board should make sure its self-neglect and hoarding procedure explains when the fire and rescue "
    "service must be invited to a multi-agency meeting.",
    "Hawkscar Adult Social Care should offer a Care Act assessment to any adult who is reported to be hoarding "
    "and whose physical health limits their mobility.",
    "Partner agencies should train their staff to use the Board's clutter rating scale and to record the rating "
    "in the person's case notes.",
    "The Board should seek assurance from the housing associations working in Hawkscar that tenancy visits look "
    "for fire risk and pass on concerns.",
]
PROGRESS3 = [
    [
        "Self-neglect and hoarding procedure rewritten jointly with Hawkscar Fire and Rescue Service (Policy and "
        "Procedures Subgroup; due June 2025) – completed.",
        "Fire service added to the standing invitation list for high-risk self-neglect meetings (Board Business "
        "Manager; due September 2025) – completed in August 2025.",
    ],
    [
        "Questions on mobility added to the adult social care front-door screening form (Head of Adult Social Care "
        "Operations; due December 2025) – in progress: the form has changed, staff guidance is still being "
        "written.",
    ],
    [
        "Clutter rating training run for partner agencies (Learning and Development Subgroup; due March 2026) – in "
        "progress, with about 340 staff trained so far.",
        "A clutter rating field added to the case recording systems of adult social care and community health "
        "(Systems Leads Group; due July 2026) – not started.",
    ],
    [
        "Assurance questionnaire sent to the five housing associations (Board Independent Chair; due January 2026) "
        "– completed; four of the five have replied.",
        "Questionnaire findings reported to the Board (Quality Assurance Subgroup; due May 2026) – not started.",
    ],
]


def build_hawkscar():
    doc = word_doc(
        "Nimbus Sans",
        10,
        "Hawkscar Safeguarding Adults Board  ·  Annual Report 2025/26",
        (2.3, 2.3, 2.0, 2.0),
    )
    footer(doc.sections[0], ["Annual Report 2025/26   ", ("PAGE",)], align=WD_ALIGN_PARAGRAPH.RIGHT)
    first_page_number(doc.sections[0], 23)  # a chapter of the report: its pages are numbered from 23
    heading(doc, "Section 5: Safeguarding Adults Reviews", 1)
    heading(doc, "5.1 What a Safeguarding Adults Review is", 2)
    para(
        doc,
        "The Board must arrange a Safeguarding Adults Review (SAR) when an adult with care and support needs dies "
        "or is seriously harmed, abuse or neglect is known or suspected, and there is concern that agencies could "
        "have worked together more effectively. A SAR is about learning, not blame.",
    )
    heading(doc, "5.2 Our SAR activity this year", 2)
    kv_table(
        doc,
        [
            ("SAR referrals received", "11"),
            ("Referrals that met the criteria", "3"),
            ("SARs commissioned", "2"),
            ("SARs published", "1"),
            ("Other learning reviews", "4"),
        ],
        widths=(7, 3),
        size=9,
    )
    heading(doc, "5.3 SAR ‘Dennis’", 2)
    para(
        doc,
        "Dennis, aged 58, died on 4 March 2024 in a fire at the flat where he had lived alone for twenty years. "
        "Agencies knew that the flat was severely cluttered and that he could no longer use the stairs without "
        "help. The review was carried out by independent reviewer Harriet Okonjo-Fairweather and published in "
        "September 2025.",
    )
    para(doc, "The review made four recommendations to the Board:")
    for i, text in enumerate(RECS3, 1):
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(0.9)
        p.paragraph_format.first_line_indent = Cm(-0.9)
        p.add_run(f"{i}.\t{text}")
    box(
        doc,
        "What Dennis's sister told us\n“He was a private man, but he would have let someone in if they had "
        "kept coming back.”",
        fill="E2EFDA",
        width=16.4,
        size=9,
    )
    heading(doc, "5.4 What partners have done", 2)
    para(doc, "Progress on each recommendation at 31 March 2026 (lead and due date in brackets):")
    for i, items in enumerate(PROGRESS3, 1):
        para(doc, f"Recommendation {i}", bold=True)
        bullets(doc, items)
    heading(doc, "5.5 SAR ‘Ingrid’", 2)
    para(
        doc,
        "In November 2025 the Board commissioned a review into the death of a woman, to be known as Ingrid, who "
        "lived in a supported housing scheme. The review is expected to report in the autumn of 2026, and its "
        "recommendations will be reported in next year's annual report.",
    )
    heading(doc, "5.6 Learning from other reviews", 2)
    bullets(
        doc,
        [
            "Two learning briefings were published, on fire risk and on working with people who decline care.",
            "The Board took part in a regional analysis of SARs about self-neglect.",
            "Practitioner forums on the learning from SAR ‘Dennis’ were attended by 210 people.",
        ],
    )
    save(doc, S3)


# ============ 4. CSPR with an appendix reprinting the case system's contact history, newest entry first
S4 = "cspr_titled_numbered_recs_appendix_case_system_contact_history_newest_first_dd_mm_yyyy_hh_mm_cells_migrated_entry_dated_01_01_1900_rows_over_page_break_c059_maddlecote"
CHRON4 = [
    (
        "21/11/2022 07:40",
        "Emergency Duty Team",
        "Notification",
        "Police told EDT that Ellory had been taken to hospital by ambulance at 05:10 and had died. A strategy "
        "discussion was arranged for 10:00.",
    ),
    (
        "03/11/2022 15:22",
        "Social Worker",
        "Home visit",
        "Unannounced visit; no answer. A card was left asking Ellory's mother to ring the duty line.",
    ),
    (
        "18/10/2022 11:05",
        "Team Manager",
        "Supervision",
        "Case discussed. Plan to close at the next review if nursery attendance stays good.",
    ),
    (
        "06/10/2022 09:50",
        "Nursery (by email)",
        "Information received",
        "Nursery said Ellory had missed eight sessions in a row and his mother's phone was switched off.",
    ),
    (
        "22/08/2022 14:10",
        "Social Worker",
        "Child in Need review",
        "Review held at the family home. Mother's new partner was present but was not introduced by name.",
    ),
    (
        "27/06/2022 10:30",
        "Social Worker",
        "Home visit",
        "Ellory seen playing; the flat was untidy but warm. Mother said she had split up with her partner.",
    ),
    (
        "09/05/2022 16:45",
        "Health Visitor (by phone)",
        "Information received",
        "Health visitor worried about a burn mark on Ellory's forearm; mother said he had touched a radiator.",
    ),
    (
        "14/03/2022 12:00",
        "Business Support",
        "Case opened",
        "Referral from the health visitor accepted for an assessment of need.",
    ),
    (
        "11/02/2021 09:15",
        "Contact Centre",
        "Contact",
        "Mother rang asking for help with nursery funding; given the early years team's number.",
    ),
    (
        "01/01/1900 00:00",
        "Migrated record",
        "Contact",
        "Anonymous caller worried about shouting from the flat; passed to the police, no further action by "
        "children's social care.",
    ),
]
RECS4 = [
    (
        "Reading the whole record",
        "Maddlecote Children's Social Care should make sure that social workers read the full contact history, "
        "including entries migrated from the previous system, before a case is closed or stepped down.",
    ),
    (
        "Knowing who lives in the home",
        "All partner agencies should record the full name and date of birth of any new adult living in a child's "
        "household and check that person with the police.",
    ),
    (
        "Acting on missed nursery sessions",
        "Maddlecote Safeguarding Children Partnership should agree with early years providers when a run of missed "
        "sessions must be reported to the child's social worker on the same day.",
    ),
]


def build_maddlecote():
    doc = word_doc(
        "C059", 10, "MSCP — Local Child Safeguarding Practice Review — Ellory", (2.5, 2.3, 2.0, 2.0)
    )
    footer(doc.sections[0], [("PAGE",)], align=WD_ALIGN_PARAGRAPH.CENTER, size=8)
    para(doc, "Maddlecote Safeguarding Children Partnership", bold=True, size=11)
    heading(doc, "Local Child Safeguarding Practice Review: Ellory", 1)
    para(doc, "Lead reviewer: Dr Saoirse Lindgren-Abara", italic=True)
    heading(doc, "1. Introduction", 2)
    para(
        doc,
        "Ellory was three years old when he died on 21 November 2022 from a head injury. His mother's partner "
        "was later convicted of manslaughter. Ellory had been known to children's social care as a child in need "
        "since March 2022.",
    )
    para(
        doc,
        "The partnership asked the review to look at the period from February 2021 to Ellory's death, and in "
        "particular at how agencies understood who was living with him and how the case came to be close to "
        "being stepped down in the autumn of 2022.",
    )
    heading(doc, "2. What the review found", 2)
    para(
        doc,
        "The children's social care record holds entries from two systems. An anonymous call about shouting at "
        "the flat, made before the case was opened, was carried over from the old system with a placeholder "
        "date, and nobody working with the family had read it.",
    )
    para(
        doc,
        "The mother's new partner was present at a Child in Need review but his name was never recorded, so no "
        "checks were made. When the nursery reported a run of missed sessions, the information waited in a "
        "shared inbox for three days.",
    )
    para(
        doc,
        "There was also good practice. The health visitor followed up the burn mark promptly and referred, and the "
        "nursery kept clear attendance records that helped the review.",
    )
    heading(doc, "3. Recommendations", 2)
    for i, (title, text) in enumerate(RECS4, 1):
        para(doc, f"Recommendation {i} – {title}", bold=True)
        para(doc, text)
    para(
        doc,
        "The partnership will publish its response, with an action plan, within three months of this report.",
        italic=True,
        size=9,
    )
    heading(doc, "Appendix A: Children's social care contact history (extract)", 2)
    para(
        doc,
        "Printed from the case recording system, most recent entry first. Entries migrated from the previous system "
        "carry the date 01/01/1900 in place of their real date, which is not known.",
        size=8.5,
        italic=True,
    )
    widths = [2.6, 3.0, 2.8, 7.8]
    t = make_table(
        doc,
        ["Date / time", "Recorded by", "Contact type", "Case note summary"],
        widths,
        header_fill="E7E6E6",
        size=8.5,
    )
    for row in CHRON4:
        add_row(t, list(row), widths, size=8.5)
    save(doc, S4)


# ============ 5. DHR action plan exported from a performance system: rec rows and action rows, codes R1 / R1.1
S5 = "dhr_plan_performance_system_export_rec_and_action_rows_one_table_codes_r1_r1_1_progress_percent_overdue_status_dd_mon_yyyy_due_dated_latest_note_nimbus_sans_narrow_landscape_tawsley"
PLAN5 = [
    (
        "R1",
        "Tawsley Community Safety Partnership should make information on forced marriage and honour-based abuse "
        "available in the five languages most spoken in the borough.",
        "In Progress",
        "75%",
        "DHR Steering Group",
        [
            (
                "R1.1",
                "Translate the partnership's honour-based abuse leaflet into five languages.",
                "Completed",
                "100%",
                "30-Sep-2025",
                "Communications Officer, TCSP",
                "22-Oct-2025 Leaflets printed and sent to community centres and GP surgeries.",
            ),
            (
                "R1.2",
                "Hold two information sessions with faith and community groups.",
                "In Progress",
                "50%",
                "31-Mar-2026",
                "Community Cohesion Manager",
                "19-Jan-2026 First session held at the Eastgate centre; second being arranged.",
            ),
        ],
    ),
    (
        "R2",
        "Tawsley Hospitals NHS Trust should make sure that professional interpreters, not family members, are used "
        "when a patient is asked about domestic abuse.",
        "In Progress",
        "65%",
        "Tawsley Hospitals NHS Trust",
        [
            (
                "R2.1",
                "Remind maternity and emergency department staff of the interpreter policy in the safeguarding "
                "bulletin.",
                "Completed",
                "100%",
                "31-Oct-2025",
                "Named Nurse, Safeguarding Adults",
                "03-Nov-2025 Bulletin issued to all staff.",
            ),
            (
                "R2.2",
                "Audit 50 records of patients who needed an interpreter for the use of family members.",
                "Overdue",
                "30%",
                "31-Dec-2025",
                "Safeguarding Audit Lead",
                "26-Jan-2026 Audit delayed by staff absence; 15 records reviewed. New date to be agreed.",
            ),
        ],
    ),
    (
        "R3",
        "Tawsley Council's housing options service should ask every applicant who gives domestic abuse as a reason "
        "for homelessness whether members of the wider family are involved.",
        "In Progress",
        "13%",
        "Tawsley Council – Housing",
        [
            (
                "R3.1",
                "Add a question on wider family involvement to the housing options interview script.",
                "Not Started",
                "0%",
                "30-Apr-2026",
                "Housing Options Team Leader",
                "",
            ),
            (
                "R3.2",
                "Train housing options officers on honour-based abuse and forced marriage.",
                "In Progress",
                "40%",
                "31-May-2026",
                "Housing Learning and Development Officer",
                "12-Jan-2026 Trainer booked from the regional specialist service.",
            ),
            (
                "R3.3",
                "Sample 20 interviews to check the new question is being asked.",
                "Not Started",
                "0%",
                "31-Aug-2026",
                "Housing Quality Officer",
                "",
            ),
        ],
    ),
    (
        "R4",
        "Tawsley Community Safety Partnership should find out, a year after publication, whether front-line staff "
        "in partner agencies know how to respond to honour-based abuse.",
        "Not Started",
        "0%",
        "DHR Steering Group",
        [
            (
                "R4.1",
                "Survey front-line staff in partner agencies on their awareness of honour-based abuse.",
                "Not Started",
                "0%",
                "30-Jun-2026",
                "Partnership Analyst",
                "",
            ),
            (
                "R4.2",
                "Report the survey results and the progress on this plan to the CSP Board.",
                "Not Started",
                "0%",
                "30-Sep-2026",
                "DHR Coordinator",
                "05-Jan-2026 Item booked for the September Board agenda.",
            ),
        ],
    ),
]


def build_tawsley():
    doc = word_doc(
        "Nimbus Sans Narrow", 9, "Tawsley Community Safety Partnership", (1.5, 1.5, 1.4, 1.4), landscape=True
    )
    footer(
        doc.sections[0],
        [
            "TCSP performance system – report printed 02/02/2026 09:14          Page ",
            ("PAGE",),
            " of ",
            ("NUMPAGES",),
        ],
    )
    para(doc, "DHR Action Plans – Progress Report", bold=True, size=14)
    kv_table(
        doc,
        [
            ("Plan", "DHR 2021/02 ‘Farida’"),
            (
                "Plan description",
                "Actions arising from the overview report into the death of Farida, aged 29, on 17 July 2021, "
                "written by the review's independent chair, Marguerite Adebayo-Finch. Accepted by the CSP Board on "
                "14 May 2025.",
            ),
            ("Filter", "Status = All; Assigned To = All"),
            ("Generated by", "TCSP\\dhr.coordinator on 02 Feb 2026 09:14"),
        ],
        widths=(3.5, 20),
        size=8,
    )
    headers = ["Code", "Title", "Status", "Progress", "Due Date", "Assigned To", "Latest Note"]
    widths = [1.3, 8.2, 1.9, 1.5, 2.0, 4.0, 7.7]
    t = make_table(doc, headers, widths, header_fill="1F3864", size=9)
    for c in t.rows[0].cells:
        for r in c.paragraphs[0].runs:
            r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    for code, text, status, progress, owner, actions in PLAN5:
        row = add_row(
            t,
            [code, f"Recommendation: {text}", status, progress, "", owner, ""],
            widths,
            size=9,
            bold_cols=(0, 1),
        )
        for c in row.cells:
            shade(c, "DEEAF6")
        for a in actions:
            add_row(t, list(a), widths, size=9)
    para(doc, "")
    para(
        doc,
        "Summary of actions: Completed 2  |  In Progress 2  |  Overdue 1  |  Not Started 4  |  Total 9",
        bold=True,
        size=8,
    )
    para(
        doc,
        "Status is set by the person the action is assigned to. An action past its due date that is not Completed "
        "shows as Overdue. The Progress of a recommendation is the average of its actions.",
        size=7.5,
        italic=True,
    )
    save(doc, S5)


def main():
    build_skervay()
    build_ludderby()
    build_hawkscar()
    build_maddlecote()
    build_tawsley()


if __name__ == "__main__":
    main()
