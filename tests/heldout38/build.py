"""Build the heldout38 blind documents as Word files (python-docx).

Run once:  python tests/heldout38/build.py
Then convert each .docx with LibreOffice and extract text (see README.md).
Five documents of five families nobody had tuned on: an NHS Scotland Significant Adverse Event Review after a
homicide by a patient, with an improvement plan of "1(a)" action refs and Open / Closed statuses; a community
safety partnership's three-column DHR plan whose action cell holds the number, the text, a "Lead:" line and a
"By:" line; a DHR executive summary with a spreadsheet-export chronology ("14-Mar-21", a Time column and an H/M/L
significance column) and recommendations in side-number cells; a CSPR whose key-episode chronology comes from a
case-recording system with ISO dates and an entry-type column; and a SAR response plan printed as one label table
per recommendation, its actions lettered inside one cell and their statuses lettered inside an update cell.
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
            st.font.color.rgb = RGBColor(0x1F, 0x3A, 0x2E)
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


def borderless(t):
    """Remove a table's borders: a layout table, as Word summaries print side numbers."""
    tblPr = t._tbl.tblPr
    for old in tblPr.findall(qn("w:tblBorders")):
        tblPr.remove(old)
    from docx.oxml import OxmlElement

    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{side}")
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblPr.append(b)


# ============ 1. NHS Scotland SAER after a homicide by a patient: improvement plan, 1(a) refs, Open / Closed
S1 = "nhs_scotland_saer_mental_health_homicide_category_one_numbered_recs_improvement_plan_paren_letter_action_refs_open_closed_status_mon_yy_targets_merged_rec_cells_row_split_over_page_break_liberation_sans_landscape_kinbrathie"
SAER_RECS = [
    "The community mental health team should record, at every review of a patient on a community compulsion "
    "order, what the named nurse knows about the patient's contact with neighbours and anyone else living "
    "close by.",
    "Kinbrathie Health and Social Care Partnership should agree a written route for passing a police concern "
    "report about a patient to the responsible consultant within one working day.",
    "The Mental Health Directorate should check discharge letters so that each one names the early signs of "
    "relapse that the family were asked to look out for.",
    "NHS Kinbrathie should offer the families of people harmed by a patient a named contact for the whole of "
    "the review, separate from the contact offered to the patient's own family.",
]
SAER_PLAN = [
    (
        "1",
        [
            (
                "1(a)",
                "Add a required 'people living close by' field to the CMHT review template.",
                "Team Leader, North CMHT",
                "Dec-25",
                "Closed",
                "Template v4 issued; screenshot filed with the Clinical Governance Group.",
            ),
            (
                "1(b)",
                "Audit twenty community compulsion order reviews for the new field.",
                "Senior Charge Nurse, North CMHT",
                "Mar-26",
                "Open – in progress",
                "Twelve of twenty reviewed.",
            ),
        ],
    ),
    (
        "2",
        [
            (
                "2(a)",
                "Write the concern report route into the partnership's information sharing protocol.",
                "Head of Adult Services",
                "Jan-26",
                "Closed",
                "Protocol signed by both partners.",
            ),
            (
                "2(b)",
                "Test the route with the police concern hub over a full quarter: every concern report about a "
                "patient open to secondary mental health care is logged on arrival, the time it reaches the "
                "responsible consultant is recorded, any report taking longer than one working day is looked at by "
                "the duty senior nurse with the hub manager, and a summary of the quarter, with the reasons for "
                "each delay, is taken to the partnership's adult protection committee and to the directorate's "
                "clinical governance group so that both can decide whether the route needs to change before it is "
                "written into standing operating procedures for every community team in the partnership area.",
                "Concern Hub Manager with Duty Senior Nurse",
                "Jun-26",
                "Open – not commenced",
                "Test quarter to start once the hub's new case system is live. The hub manager has asked for the "
                "start to move from April to June because of the system change; the Clinical Governance Committee "
                "agreed this on 20 January 2026 and the target date has been kept under watch.",
            ),
        ],
    ),
    (
        "3",
        [
            (
                "3(a)",
                "Add an 'early signs' section to the inpatient discharge letter template.",
                "Clinical Director, Mental Health",
                "Apr-26",
                "Open – in progress",
                "Draft with the template group.",
            ),
            (
                "3(b)",
                "Audit discharge letters from the two acute wards six months after the change.",
                "Lead Nurse, Quality",
                "Oct-26",
                "Open – not commenced",
                "",
            ),
        ],
    ),
    (
        "4",
        [
            (
                "4(a)",
                "Name a family liaison lead in the Patient Safety Team for each Category 1 review.",
                "Patient Safety Lead",
                "Nov-25",
                "Closed",
                "Named in the adverse events procedure, section 6.",
            ),
            (
                "4(b)",
                "Ask both families in this review how the new arrangement would have changed their experience.",
                "Head of Clinical Governance",
                "May-26",
                "Open – in progress",
                "One family seen; second meeting offered.",
            ),
        ],
    ),
]


def build_saer():
    doc = word_doc(
        "Liberation Sans", 10, "NHS Kinbrathie  |  SAER 2023-118  |  OFFICIAL", "", (2.2, 2.2, 1.8, 1.8), ""
    )
    footer(doc.sections[0], "Page ", " – Significant Adverse Event Review")
    heading(doc, "Significant Adverse Event Review (SAER)", 1)
    para(doc, "Summary report for publication", italic=True)
    kv_table(
        doc,
        [
            ("Reference", "SAER 2023-118"),
            ("Event category", "Category 1 – death of a member of the public"),
            ("Date of event", "18 September 2023"),
            ("Service", "Adult Community Mental Health, North Locality"),
            ("Lead reviewer", "Dr Ishbel Makgoba-Reid, Consultant Psychiatrist (NHS Fallowmuir)"),
            ("Report approved", "Kinbrathie Clinical Governance Committee, 12 June 2025"),
        ],
        widths=(4.5, 12),
        size=9,
    )
    heading(doc, "1  What happened", 2)
    para(
        doc,
        "On 18 September 2023 Mr K, a 63 year old man, was fatally injured at his home by a neighbour, referred "
        "to in this report as Patient A. Patient A was under the care of the North community mental health team "
        "and subject to a community compulsion order. He was later found not fit to plead.",
    )
    heading(doc, "2  The review", 2)
    para(
        doc,
        "The review was commissioned by the Medical Director under the board's adverse events procedure. "
        "The review team was Dr Makgoba-Reid as lead reviewer, a senior nurse from another locality and a "
        "pharmacist. The team read the health and social care records for the two years before the event, "
        "interviewed eleven members of staff and met Mr K's daughter and Patient A's mother. Police Scotland "
        "shared the two concern reports named below.",
    )
    para(
        doc,
        "The review looked at care and service delivery only. It does not decide whether anyone was to blame, "
        "which is a matter for other processes.",
    )
    heading(doc, "3  Key findings", 2)
    para(
        doc,
        "The review team found that staff knew Patient A well but that nobody had asked about his contact with "
        "the people living around him. Two police concern reports in the summer of 2023 reached the team by "
        "email to a shared inbox and were read eleven days later. Patient A's mother had been told at discharge "
        "that 'things might slip' but not what that would look like.",
    )
    para(doc, "Areas of good practice", bold=True)
    bullets(
        doc,
        [
            "Patient A's physical health checks were up to date and well recorded.",
            "The family were offered, and took up, a meeting with the review team at the start.",
        ],
    )
    heading(doc, "4  Recommendations", 2)
    for i, text in enumerate(SAER_RECS, 1):
        numbered(doc, f"{i}.", text)
    para(
        doc,
        "Note: the improvement plan below was agreed by the directorate; progress is reported to the Clinical "
        "Governance Committee every quarter.",
        italic=True,
        size=8.5,
    )
    landscape_section(doc)
    heading(doc, "5  Improvement plan (position at 31 January 2026)", 2)
    kv_table(
        doc,
        [
            ("Actions in plan", "8"),
            ("Closed", "3"),
            ("Open – in progress", "3"),
            ("Open – not commenced", "2"),
        ],
        widths=(5, 3),
        size=8.5,
    )
    para(
        doc,
        "Status: Closed = action complete and evidence seen; Open – in progress = work begun; Open – not "
        "commenced = agreed but not yet begun. Target dates are month and year.",
        size=8.5,
    )
    para(
        doc,
        "Each action below was agreed with the named owner at the improvement planning meeting of 3 July 2025. "
        "Where an owner has changed since, the new owner is shown. Evidence is held by the Patient Safety Team "
        "and can be seen on request by members of the Clinical Governance Committee. Actions marked Closed have "
        "been checked by the Patient Safety Lead against the evidence listed in the final column.",
        size=8.5,
    )
    para(
        doc,
        "Changes since the October 2025 update: action 1(a) and action 4(a) have closed; the target for 2(b) "
        "has been confirmed; the owner of 3(b) has changed following a staffing change in the quality team. "
        "The committee asked that the next update show the audit results for 1(b) in full.",
        size=8.5,
    )
    headers = [
        "Rec",
        "Action",
        "Improvement action",
        "Action owner",
        "Target",
        "Status",
        "Evidence / comment",
    ]
    widths = [1.2, 1.5, 9.0, 4.0, 1.7, 3.0, 5.4]
    t = make_table(doc, headers, widths, header_fill="C6E0B4", size=9.5)
    row = 1
    for rec, actions in SAER_PLAN:
        first = row
        for ref, action, owner, target, status, evidence in actions:
            add_row(t, [rec, ref, action, owner, target, status, evidence], widths, size=9.5)
            row += 1
        merge_down(t, 0, first, row - 1, size=9.5, bold=True)
    para(doc, "")
    para(doc, "Plan owner: Associate Medical Director, Mental Health. Next update due April 2026.", size=8.5)
    save(doc, S1)


# ============ 2. CSP DHR plan: the action cell holds number, text, Lead and By; Progress Embedded / Underway
S2 = "csp_dhr_plan_three_cols_action_cell_holds_number_text_lead_and_by_lines_progress_embedded_underway_yet_to_start_merged_rec_cells_dejavu_sans_sellerby"
PLAN2 = [
    (
        "1. Sellerby Community Safety Partnership should make sure that friends and workmates know where to take a "
        "worry about someone who may be being controlled at home.",
        [
            (
                "1a",
                "Produce a one-page guide for employers on spotting and passing on concerns.",
                "Partnership Manager",
                "October 2025",
                "Embedded",
                "Guide sent to 140 local employers in September 2025 and now part of the business welcome pack.",
            ),
            (
                "1b",
                "Run a workplace awareness week with the Chamber of Commerce.",
                "Domestic Abuse Coordinator",
                "March 2026",
                "Underway",
                "Venues booked; speakers confirmed.",
            ),
        ],
    ),
    (
        "2. Sellerby Borough Council's housing service should ask about domestic abuse when a joint tenancy is "
        "changed to a sole tenancy.",
        [
            (
                "2a",
                "Add a routine question to the tenancy change form and officer guidance.",
                "Tenancy Services Manager",
                "December 2025",
                "Embedded",
                "Form changed 1 December 2025.",
            ),
            (
                "2b",
                "Train tenancy officers in asking the question safely.",
                "Housing Learning Lead",
                "April 2026",
                "Underway",
                "Two of four sessions held.",
            ),
        ],
    ),
    (
        "3. Sellerby GP practices should be offered a named domestic abuse adviser for advice on patients who "
        "miss appointments while a partner attends in their place.",
        [
            (
                "3a",
                "Agree funding for an adviser post with the integrated care board.",
                "Head of Community Safety",
                "June 2026",
                "Yet to start",
                "Bid to be made in the 2026/27 round.",
            ),
            (
                "3b",
                "Send practice managers a short briefing on the learning from this review.",
                "Named GP for Safeguarding",
                "November 2025",
                "Embedded",
                "Briefing used at the November practice managers' forum and added to induction.",
            ),
        ],
    ),
    (
        "4. Sellerby Community Safety Partnership should check, a year after this plan is agreed, that the "
        "changes it describes have made a difference to the people they are meant to help.",
        [
            (
                "4a",
                "Ask survivors' forum members what has changed for them since the review.",
                "Domestic Abuse Coordinator",
                "September 2026",
                "Yet to start",
                "Forum session pencilled in for summer 2026.",
            ),
            (
                "4b",
                "Report the results of the audit and forum session to the partnership board.",
                "Partnership Manager",
                "December 2026",
                "Yet to start",
                "",
            ),
        ],
    ),
]


def build_sellerby():
    doc = word_doc(
        "DejaVu Sans", 10, "Sellerby CSP – DHR 'Eleni' – Action Plan", "Sellerby CSP · ", (2.0, 2.0, 1.6, 1.6)
    )
    heading(doc, "Domestic Homicide Review 'Eleni': Action Plan", 1)
    para(
        doc,
        "Eleni, a woman of 44, was killed by her husband at their home in Sellerby on 9 June 2022. The review "
        "was chaired by Pieter Adeyemi-Lund, who wrote the overview report. This plan sets out what partner "
        "agencies will do in response to its four recommendations and where each action stands.",
    )
    heading(doc, "About this plan", 2)
    para(
        doc,
        "Each agency named in a recommendation agreed its actions at a planning meeting in July 2025. The "
        "partnership's DHR Oversight Group reviews the plan every quarter and asks the lead for each action to "
        "say what has changed. An action is shown as Embedded only when the lead can show that the change is "
        "part of ordinary work, not just that a task has been done.",
    )
    para(
        doc,
        "Eleni's family were shown the plan before it was agreed. Her sister asked that the plan say plainly "
        "what will be different for someone in Eleni's position; the partnership has tried to do that in the "
        "wording of each action.",
    )
    para(doc, "Progress key", bold=True)
    kv_table(
        doc,
        [
            ("Embedded", "finished, and now part of everyday practice"),
            ("Underway", "started but not finished"),
            ("Yet to start", "agreed but not yet begun"),
        ],
        widths=(3, 13.5),
        size=8.5,
    )
    widths = [5.2, 7.6, 4.2]
    t = make_table(
        doc, ["Recommendation", "What we will do", "Progress"], widths, header_fill="D0CECE", size=9.5
    )
    row = 1
    for rec, actions in PLAN2:
        first = row
        for ref, action, lead, by, status, note in actions:
            r = add_row(t, [rec, "", ""], widths, size=9.5)
            cell = r.cells[1]
            cell.text = ""
            p = cell.paragraphs[0]
            p.add_run(ref + "  ").bold = True
            p.add_run(action)
            for label, value in (("Lead: ", lead), ("By: ", by)):
                q = cell.add_paragraph()
                q.add_run(label).italic = True
                q.add_run(value)
            set_text(r.cells[2], f"{status}\n{note}", size=9.5)
            r.cells[2].paragraphs[0].runs[0].bold = True
            for c in r.cells:
                for q in c.paragraphs:
                    for run in q.runs:
                        run.font.size = Pt(9.5)
            row += 1
        merge_down(t, 0, first, row - 1, size=9.5)
    para(doc, "")
    para(
        doc,
        "Notes: the plan was reviewed by the DHR Oversight Group on 4 February 2026. Actions 1a, 2a and 3b "
        "are proposed for closure at the next meeting. Learning from this review also informed the "
        "partnership's 2026 domestic abuse strategy, which is not part of this plan.",
        size=8.5,
    )
    box(
        doc,
        "If you are worried about someone\nSellerby Domestic Abuse Service: 0300 000 4417 (weekdays 9am to 5pm)",
        fill="FCE4D6",
        width=17,
        size=8.5,
    )
    save(doc, S2)


# ============ 3. DHR executive summary: spreadsheet-export chronology, Time and significance columns
S3 = "dhr_exec_summary_excel_chronology_d_mmm_yy_dates_time_col_significance_h_m_l_key_month_only_rows_recs_in_side_number_cells_liberation_serif_ousecombe"
CHRON3 = [
    (
        "03-Feb-20",
        "10:15",
        "GP surgery",
        "Tomas saw his GP about poor sleep and said his son had moved back in with him.",
        "L",
    ),
    (
        "Mar-20",
        "—",
        "Ousecombe Homes",
        "The son's own tenancy was ended for rent arrears; no forwarding address was given.",
        "M",
    ),
    (
        "17-Aug-20",
        "23:50",
        "Police",
        "Neighbours reported shouting. Officers spoke to both men separately and left.",
        "H",
    ),
    (
        "18-Aug-20",
        "09:30",
        "Police",
        "The risk assessment from the night before was graded standard and filed.",
        "M",
    ),
    (
        "05-Jan-21",
        "14:00",
        "Adult Social Care",
        "Tomas turned down a carer's assessment, saying his son 'sorts things'.",
        "M",
    ),
    (
        "22-Jun-21",
        "—",
        "Emergency Department",
        "Tomas came in with a cut hand; his account of a fall was accepted.",
        "H",
    ),
    (
        "27-Nov-21",
        "02:10",
        "Ambulance Service",
        "Crews found Tomas badly injured at home. He died at the scene.",
        "H",
    ),
]
RECS3 = [
    "Ousecombe Community Safety Partnership should publish guidance on abuse of older parents by adult children "
    "and share it with every agency in this review.",
    "Police officers attending a report of shouting between adult family members should record why the risk "
    "level was chosen and who was spoken to alone.",
    "Emergency Department staff should ask a routine question about safety at home when an older adult comes in "
    "with an injury explained as a fall.",
    "Adult Social Care should offer a carer's assessment again, after a refusal, when a new concern about the "
    "household is received.",
]


def build_ousecombe():
    doc = word_doc(
        "Liberation Serif",
        11,
        "OFFICIAL – SENSITIVE (until publication)",
        "DHR ‘Tomas’ | page ",
        (2.6, 2.6, 2.2, 2.0),
    )
    para(doc, "Ousecombe Community Safety Partnership", bold=True, size=13)
    heading(doc, "Domestic Homicide Review into the death of ‘Tomas’", 1)
    para(doc, "Executive Summary", italic=True)
    heading(doc, "1. The review", 2)
    para(
        doc,
        "Tomas was 78 when he was killed by his son at the home they shared in Ousecombe on 27 November 2021. "
        "This summary was written by the review's independent chair, Benedikt Owusu-Harrow, for the partnership.",
    )
    para(
        doc,
        "The panel met six times between May 2022 and March 2023. It included senior managers from the police, "
        "the integrated care board, the hospital trust, Adult Social Care, Ousecombe Homes and a local older "
        "people's charity. None of them had managed anyone involved with Tomas or his son.",
    )
    para(
        doc,
        "Tomas's daughter, who lives abroad, spoke to the chair twice by video call. She described her father "
        "as a proud and private man who had worked on the railways for forty years and who would not have "
        "wanted to cause trouble for his son. Her words are reflected throughout the overview report.",
    )
    heading(doc, "2. Summary chronology", 2)
    para(
        doc,
        "Extract from the combined agency chronology, as exported from the panel's spreadsheet.",
        size=9.5,
    )
    widths = [2.2, 1.4, 3.2, 8.6, 1.0]
    t = make_table(doc, ["Date", "Time", "Agency", "Event", "Sig."], widths, header_fill="DDEBF7", size=9)
    for row in CHRON3:
        add_row(t, list(row), widths, size=9)
    para(
        doc,
        "Key: Sig. = significance to the review (H high, M medium, L low). Times are 24-hour; '—' means no "
        "time was recorded. A month without a day means the record gives only the month.",
        size=8.5,
        italic=True,
    )
    heading(doc, "3. Analysis", 2)
    para(
        doc,
        "Each agency saw one part of the picture. Nobody put together the son's loss of his tenancy, the "
        "shouting in August 2020 and the injury in June 2021. The panel heard that abuse of an older parent "
        "by an adult child was not something staff had been trained to look for.",
    )
    heading(doc, "4. Recommendations", 2)
    para(doc, "The panel makes four recommendations.")
    lt = doc.add_table(rows=0, cols=2)
    for i, text in enumerate(RECS3, 1):
        r = lt.add_row()
        set_text(r.cells[0], str(i), bold=True, size=14)
        set_text(r.cells[1], text, size=11)
    set_widths(lt, [1.2, 14.6])
    borderless(lt)
    heading(doc, "5. Equality and diversity", 2)
    para(
        doc,
        "The panel considered each of the protected characteristics. Age was the most relevant: Tomas's age "
        "seems to have led professionals to see his injuries and his tiredness as part of getting older, "
        "rather than as possible signs of harm.",
    )
    heading(doc, "6. Learning", 2)
    para(
        doc,
        "Practitioners told the panel that an older man asking for help for his son, rather than for himself, "
        "was easy to miss. Agencies may wish to use this case in their own training.",
    )
    para(doc, "The overview report and action plan are available from the partnership on request.", size=9.5)
    save(doc, S3)


# ============ 4. CSPR: key episodes from a case-recording system with ISO dates and an entry-type column
S4 = "cspr_case_record_iso_dates_chronology_entry_type_col_rows_over_page_break_hash_numbered_recs_learning_for_practice_box_not_recs_urw_bookman_tallowford"
CHRON4 = [
    (
        "2021-01-19",
        "Contact",
        "Health visiting",
        "New birth visit. Poppy and her mother were living with the maternal grandmother; the mother's partner was said to visit at weekends.",
    ),
    (
        "2021-03-02",
        "Referral",
        "Children's Social Care",
        "The health visitor referred after Poppy's mother disclosed that her partner had pushed her during an argument.",
    ),
    (
        "2021-03-09",
        "Assessment",
        "Children's Social Care",
        "A single assessment found no role for social care; the case was closed with advice to the mother.",
    ),
    (
        "2021-06 (day not recorded)",
        "Contact",
        "Tallowford Police",
        "A neighbour called about a man shouting outside the grandmother's flat; nobody was found on arrival.",
    ),
    (
        "2021-11-23",
        "Appointment",
        "GP practice",
        "Poppy was brought for her immunisations by her mother's partner, who said her mother was unwell.",
    ),
    (
        "2022-04-14",
        "Early Help",
        "Early Help Service",
        "The family moved to a flat of their own. An Early Help plan was opened for help with housing and money.",
    ),
    (
        "2022-08-30",
        "Strategy discussion",
        "Children's Social Care",
        "After a bruise to Poppy's cheek was seen at nursery, a strategy discussion agreed a child protection medical.",
    ),
    (
        "2022-09-01",
        "Medical",
        "Tallowford Hospital",
        "The paediatrician found the bruise consistent with the accidental explanation given by the partner.",
    ),
    (
        "2022-09-14",
        "Visit",
        "Early Help Service",
        "The Early Help worker visited; the partner answered the door and said the mother was out. Poppy was seen briefly in her cot.",
    ),
    (
        "2022-10-05",
        "Review meeting",
        "Early Help Service",
        "The Early Help plan was reviewed. The mother attended alone and said things were better now they had their own place.",
    ),
    (
        "2022-11-17",
        "Appointment",
        "GP practice",
        "Poppy's mother booked an appointment for Poppy for a cough and did not attend. The practice sent a text reminder.",
    ),
    (
        "2022-12-08",
        "Incident",
        "Ambulance Service",
        "Poppy was taken to hospital unresponsive from the family's flat and died later that day.",
    ),
]
RECS4 = [
    "Tallowford Safeguarding Children Partnership should ask the three safeguarding partners to show how a "
    "mother's new partner is seen and assessed when a referral names him.",
    "Children's Social Care should not close a single assessment that follows a domestic abuse disclosure "
    "until the person named has been checked with police records.",
    "The partnership should audit child protection medicals for bruising in non-mobile and newly walking "
    "children to see how the explanation given was tested.",
]


def build_tallowford():
    doc = word_doc(
        "URW Bookman", 9.5, "Published version", "Tallowford SCP | CSPR Poppy | ", (1.9, 1.9, 2.0, 2.0)
    )
    heading(doc, "Child Safeguarding Practice Review: Poppy", 1)
    para(doc, "Tallowford Safeguarding Children Partnership", bold=True)
    para(doc, "Lead reviewer: Annunziata Kowalczyk-Obi", italic=True)
    heading(doc, "1  Why this review was held", 2)
    para(
        doc,
        "Poppy died on 8 December 2022, aged 23 months, from injuries she suffered at home. Her mother's "
        "partner has since been convicted of her murder. The partnership decided that the case met the "
        "criteria for a local child safeguarding practice review.",
    )
    para(
        doc,
        "The review looked at the period from Poppy's birth in January 2021 to her death. It asked how well "
        "agencies understood who was living in Poppy's home, how the domestic abuse disclosed by her mother "
        "was assessed, and how the bruise seen in August 2022 was explained and tested.",
    )
    para(
        doc,
        "Poppy's maternal grandmother met the lead reviewer twice and her views are included in the full "
        "report. Poppy's mother chose not to take part. Practitioners from each agency attended two learning "
        "events in the spring of 2024.",
    )
    heading(doc, "2  What the review found", 2)
    para(
        doc,
        "Poppy's mother's partner was known to agencies by his first name only for most of the period. He was "
        "never checked with police or seen on his own by any professional. When the family moved to their own "
        "flat, the Early Help plan started again from the family's own account, and the earlier referral was not "
        "read. The child protection medical in September 2022 took the partner's explanation as the starting "
        "point; nobody asked the nursery staff who had seen the bruise first.",
    )
    para(
        doc,
        "Practitioners who spoke to the review were open about what they would now do differently. The "
        "reviewer also heard about good practice: the nursery's prompt report and the health visitor's "
        "careful notes made this review possible.",
    )
    heading(doc, "3  Key episodes", 2)
    para(
        doc,
        "The table lists the key episodes as they appear in the agencies' case-recording systems; dates are "
        "printed as the systems export them (year-month-day).",
        size=9,
    )
    widths = [2.6, 2.6, 3.4, 8.6]
    t = make_table(doc, ["Date", "Entry type", "Agency", "Summary"], widths, header_fill="E2EFDA", size=8.5)
    for row in CHRON4:
        add_row(t, list(row), widths, size=8.5)
    para(doc, "")
    box(
        doc,
        "Learning for practice\n• A man who visits 'at weekends' may be a parent in all but name: ask who he "
        "is and check.\n• A new address is a good moment to look again at what is known, not a reason to start "
        "afresh.\n• An explanation for a bruise is a claim to be tested, not a finding.",
        fill="FFF2CC",
        width=17.2,
        size=9,
    )
    heading(doc, "4  Recommendations", 2)
    for i, text in enumerate(RECS4, 1):
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(1.0)
        p.paragraph_format.first_line_indent = Cm(-1.0)
        p.add_run(f"#{i}").bold = True
        p.add_run("\t" + text)
    para(
        doc,
        "The partnership will publish its response to these recommendations within three months.",
        italic=True,
    )
    save(doc, S4)


# ============ 5. SAR response plan: one label table per recommendation, lettered actions in one cell
S5 = "sar_plan_one_label_table_per_rec_actions_lettered_in_one_cell_update_cell_status_per_letter_single_lead_row_dotted_dates_nimbus_mono_penvellick"
PLAN5 = [
    (
        "1",
        "Penvellick Adult Social Care should make sure that a person who declines care after a hospital "
        "discharge is visited again within a week.",
        "Penvellick Adult Social Care",
        "Head of Adult Safeguarding",
        [
            (
                "a",
                "Add a seven-day follow-up visit to the discharge pathway for people who decline care.",
                "31.12.2025",
                "Complete",
                "pathway changed 10.11.2025.",
            ),
            (
                "b",
                "Audit follow-up visits for the first three months.",
                "30.06.2026",
                "In progress",
                "first month audited.",
            ),
        ],
    ),
    (
        "2",
        "Penvellick Community Health Services should record the reasons when district nursing visits are "
        "refused twice in a row.",
        "Penvellick Community Health Services",
        "Deputy Director of Nursing",
        [
            (
                "a",
                "Change the district nursing record so that a second refusal prompts a reason.",
                "31.03.2026",
                "In progress",
                "change with the system supplier.",
            ),
            (
                "b",
                "Share a briefing on self-neglect and refused visits with all community teams.",
                "31.01.2026",
                "Complete",
                "briefing sent 15.01.2026.",
            ),
            (
                "c",
                "Hold a case discussion session on refused care at each locality meeting.",
                "31.07.2026",
                "Not started",
                "to begin after the audit.",
            ),
        ],
    ),
    (
        "3",
        "Penvellick Safeguarding Adults Board should ask the fire and rescue service to join its self-neglect "
        "panel.",
        "Penvellick Safeguarding Adults Board",
        "Board Business Manager",
        [
            (
                "a",
                "Invite the fire and rescue service to the panel and revise its terms of reference.",
                "30.04.2026",
                "Not started",
                "invitation drafted.",
            ),
        ],
    ),
    (
        "4",
        "Penvellick Safeguarding Adults Board should find out whether people who self-neglect and their "
        "families know where to get help, and act on what it hears.",
        "Penvellick Safeguarding Adults Board",
        "Board Independent Chair",
        [
            (
                "a",
                "Run a short survey with the carers' centre and two GP practices.",
                "31.05.2026",
                "In progress",
                "questions agreed with the carers' centre.",
            ),
            (
                "b",
                "Publish a plain-language leaflet on self-neglect and where to get help.",
                "30.09.2026",
                "Not started",
                "waiting for survey results.",
            ),
        ],
    ),
]


def build_penvellick():
    doc = word_doc(
        "Nimbus Mono PS", 9.5, "PENVELLICK SAB   SAR 'Mr J'   RESPONSE PLAN", "- ", (2.4, 2.0, 2.0, 2.0), " -"
    )
    heading(doc, "Safeguarding Adults Review: Mr J", 1)
    para(doc, "Response plan and update, January 2026", bold=True)
    para(
        doc,
        "Mr J, aged 71, died at home on 2 February 2024 after a long period of self-neglect. The review was "
        "written by independent reviewer Caradoc Flint-Amadi. The Board accepted all four recommendations. "
        "Each recommendation has its own table below; actions are lettered, and the update gives the position "
        "of each lettered action.",
    )
    heading(doc, "Background", 2)
    para(
        doc,
        "Mr J lived alone in a ground-floor flat. After a hospital stay in the autumn of 2023 he turned down "
        "home care and, later, visits from the district nursing team. His brother, who lived some distance "
        "away, rang Adult Social Care twice with worries about the state of the flat. The review found that "
        "each refusal was recorded as a choice, without anyone asking why he was refusing or whether he "
        "understood the risk. The fire and rescue service had visited after a small fire in his kitchen and "
        "had not been told that other agencies were worried about him.",
    )
    para(
        doc,
        "The Board thanks Mr J's brother for his help with the review, and the staff who took part.",
    )
    for num, text, agency, lead, actions in PLAN5:
        rows = [
            (f"Recommendation {num}", text),
            ("Lead agency", agency),
            ("Lead officer", lead),
            ("Actions", "\n".join(f"({ref}) {a}" for ref, a, *_ in actions)),
            ("Target dates", "\n".join(f"({ref}) {d}" for ref, _a, d, *_ in actions)),
            ("Update, January 2026", "\n".join(f"({ref}) {s} – {n}" for ref, _a, _d, s, n in actions)),
        ]
        t = kv_table(doc, rows, widths=(4.2, 12.4), size=8.5)
        shade(t.cell(0, 0), "D9E1F2")
        shade(t.cell(0, 1), "D9E1F2")
    para(
        doc,
        "Statuses used: Complete, In progress, Not started. The Board's Quality and Performance subgroup "
        "checks the evidence before an action is shown as Complete.",
        size=8,
    )
    para(doc, "Contact: sab.business@penvellick.example", size=8)
    save(doc, S5)


def main():
    build_saer()
    build_sellerby()
    build_ousecombe()
    build_tallowford()
    build_penvellick()


if __name__ == "__main__":
    main()
