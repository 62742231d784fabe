"""Build the heldout33 blind documents as Word files (python-docx).

Run once:  python tests/heldout33/build.py
Then convert each .docx with LibreOffice and extract text (see README.md).
Five documents of five families nobody had tuned on: a standalone DHR action plan whose every action row
is followed by a full-width progress row ending "Status: <word>"; a police single-agency IMR summary
whose plan puts the action ref in the LAST column and reads "Discharged" / "Partially discharged" / "Not
discharged"; a SAR overview whose chronology is a From | To | Setting | What happened table and whose
recommendations are "R.1" with a "Response required from:" line; a DHR executive summary whose
chronology is paragraphs opening with a weekday and an ordinal date, recommendations "1)", and an
appendix plan with blank recommendation cells under the first and a Done / Ongoing / Overdue / Not begun
position; and a partnership SAR plan with C / IP / NS status codes, the ref last and "Nov 25" targets.
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


def word_doc(font, size, header, footer_text, landscape=False, margins=(2, 2, 2, 2), of_pages=False):
    """A document in one font throughout, a running head and a footer 'label  Page N (of M)'."""
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
            st.font.color.rgb = RGBColor(0x22, 0x22, 0x44)
    doc.styles["Heading 1"].font.size = Pt(size + 4)
    doc.styles["Heading 2"].font.size = Pt(size + 2)
    doc.styles["Heading 3"].font.size = Pt(size + 1)
    doc.styles["Normal"].paragraph_format.space_after = Pt(4)
    sec = doc.sections[0]
    sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = (Cm(m) for m in margins)
    sec.footer.is_linked_to_previous = False
    p = sec.footer.paragraphs[0]
    p.text = ""
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.add_run(footer_text + "    Page ")
    add_field(p.add_run(), "PAGE")
    if of_pages:
        p.add_run(" of ")
        add_field(p.add_run(), "NUMPAGES")
    for r in p.runs:
        r.font.size = Pt(7.5)
    return doc


def bullets(doc, items):
    for s in items:
        para(doc, s, style="List Bullet")


def labelled(doc, label, text, italic=False):
    """A paragraph opening with a bold label and the text run on after it."""
    p = doc.add_paragraph()
    p.add_run(label + " ").bold = True
    r = p.add_run(text)
    r.italic = italic
    return p


# ============ 1. DHR plan: action rows each followed by a full-width progress row "Status: <word>"
S1 = "dhr_plan_action_then_progress_row_pairs_status_word_ends_progress_row_rec_rows_sept_abbrev_targets_over_page_break_nimbus_roman_brindleholme"
B_RECS = [
    (
        "Rec 1",
        "Brindleholme Community Safety Partnership should make sure that every member of its domestic abuse "
        "forum can show its staff how to ask about economic abuse and where to refer when it is disclosed.",
        [
            (
                "1.1",
                "Write a one-page guide to asking about economic abuse, with the referral routes",
                "Domestic Abuse Lead",
                "Sept 2025",
                "The guide was agreed by the forum in August and sent to all members. It is on the "
                "Partnership's website.",
                "Complete",
            ),
            (
                "1.2",
                "Ask each forum member to confirm how the guide has reached front-line staff",
                "Domestic Abuse Lead",
                "Dec 2025",
                "Nine of fourteen members have replied; reminders sent to the others.",
                "Partly complete",
            ),
        ],
    ),
    (
        "Rec 2",
        "Brindleholme Borough Council should make sure that adult social care asks about domestic abuse, alone "
        "and in private, whenever a partner is assessed as a carer.",
        [
            (
                "2.1",
                "Add a private conversation prompt to the carer's assessment form",
                "Principal Occupational Therapist",
                "Oct 2025",
                "Form changed in the case recording system on 6 October 2025.",
                "Complete",
            ),
            (
                "2.2",
                "Train assessors in asking the question when the carer is present in the home",
                "Workforce Development Manager",
                "Mar 2026",
                "Two of six sessions delivered; the remaining four are booked. Managers have been asked to "
                "release staff, and attendance will be reported to the Partnership's next meeting together "
                "with the feedback forms, so that the Partnership can judge whether more sessions are needed "
                "for the night and weekend teams.",
                "Partly complete",
            ),
            (
                "2.3",
                "Audit twenty carer's assessments to see whether the question was asked",
                "Head of Quality, Adult Social Care",
                "June 2026",
                "The audit will begin once the training has finished.",
                "Not yet started",
            ),
        ],
    ),
    (
        "Rec 3",
        "Brindleholme Integrated Care Board should seek assurance that GP practices record a disclosure of "
        "coercive behaviour where every clinician in the practice will see it.",
        [
            (
                "3.1",
                "Issue coding guidance for disclosures of coercive and controlling behaviour",
                "Named GP for Safeguarding",
                "Nov 2025",
                "Guidance issued at the November protected learning time event.",
                "Complete",
            ),
            (
                "3.2",
                "Check a sample of records in five practices for the new code",
                "Designated Nurse, Adult Safeguarding",
                "Sept 2026",
                "Not due yet.",
                "Not yet started",
            ),
        ],
    ),
]


def build_brindleholme():
    size = 10.5
    doc = word_doc(
        "Nimbus Roman",
        size,
        "RESTRICTED UNTIL PUBLICATION",
        "Brindleholme CSP – DHR 'Niamh' – Action plan",
        margins=(2.4, 2.4, 2.2, 2.2),
        of_pages=True,
    )
    heading(doc, "Domestic Homicide Review: 'Niamh'", 1)
    heading(doc, "Action plan and progress report", 2)
    para(doc, "Brindleholme Community Safety Partnership", bold=True)
    para(
        doc,
        "Niamh was 63 when she was killed by her husband at their home on 14 October 2023. The review was "
        "chaired, and its report written, by Tobias Fennimore-Akande.",
    )
    heading(doc, "What the review found", 3)
    bullets(
        doc,
        [
            "Niamh's husband became her carer after her stroke; no agency asked her, alone, how that felt.",
            "Niamh told her GP that he held her bank card. The GP recorded it where only she could see it.",
            "The domestic abuse forum's members did not know how to respond to economic abuse.",
        ],
    )
    para(
        doc,
        "The findings above explain the recommendations; they are not recommendations themselves. The full "
        "overview report gives the reasoning for each.",
    )
    heading(doc, "How to read this plan", 3)
    para(
        doc,
        "Each recommendation is printed in a shaded row. Its actions follow, numbered within the "
        "recommendation, so that 2.3 is the third action for Rec 2. Under each action a second row gives "
        "the progress reported to the DHR Steering Group in January 2026 and ends with one of three words: "
        "Complete, Partly complete or Not yet started. The 'By' column is the month the action is due.",
    )
    para(
        doc,
        "The panel noted good practice by the ambulance service, whose crew recorded Niamh's words to them "
        "in full. That is not a recommendation and has no action.",
        italic=True,
    )
    widths = [1.6, 7.9, 4.4, 2.3]
    t = make_table(doc, ["No.", "Action", "Owner", "By"], widths, header_fill="D9E2F3", size=9.5)
    for ref, text, actions in B_RECS:
        row = t.add_row()
        set_text(row.cells[0], ref, bold=True, size=9.5)
        c = row.cells[1].merge(row.cells[3])
        set_text(c, text, bold=True, size=9.5)
        shade(row.cells[0], "D9E2F3")
        shade(c, "D9E2F3")
        for num, action, owner, by, progress, status in actions:
            add_row(t, [num, action, owner, by], widths, size=9.5)
            pr = full_row(t, "", fill="F2F2F2", size=9, bold=False)
            cell = pr.cells[0]
            cell.paragraphs[0].text = ""
            r = cell.paragraphs[0].add_run("Progress, January 2026: ")
            r.italic, r.font.size = True, Pt(9)
            r = cell.paragraphs[0].add_run(progress + " ")
            r.font.size = Pt(9)
            r = cell.paragraphs[0].add_run("Status: " + status + ".")
            r.bold, r.font.size = True, Pt(9)
    para(doc, "")
    para(doc, "Summary: 3 recommendations, 7 actions; 3 complete, 2 partly complete, 2 not yet started.")
    para(doc, "Agreed by the DHR Steering Group on 21 January 2026.", italic=True)
    save(doc, S1)


# ============ 2. Police IMR summary: "Rec. N" recs, plan with the ref LAST and a Discharged? column
S2 = "police_imr_summary_learning_not_recs_rec_dot_recs_plan_ref_col_last_discharged_partially_not_discharged_ordinal_targets_noto_mono_corsenby"
C_PLAN = [
    (
        "Rec. 1",
        [
            (
                "Brief all response sergeants on re-assessing risk when a victim withdraws a statement",
                "Chief Inspector, Response",
                "30th September 2025",
                "Discharged",
                "P-01-a",
            ),
            (
                "Add a withdrawal prompt to the domestic abuse risk form on the crime system",
                "Systems Development Manager",
                "31st December 2025",
                "Partially discharged",
                "P-01-b",
            ),
        ],
    ),
    (
        "Rec. 2",
        [
            (
                "Make a referral to the MARAC mandatory after a third call in twelve months",
                "Detective Superintendent, Public Protection",
                "31st October 2025",
                "Discharged",
                "P-02-a",
            ),
        ],
    ),
    (
        "Rec. 3",
        [
            (
                "Give call handlers a script for third-party callers reporting domestic abuse",
                "Contact Centre Manager",
                "28th February 2026",
                "Partially discharged",
                "P-03-a",
            ),
            (
                "Sample fifty third-party calls to check the script is used",
                "Professional Standards Inspector",
                "31st May 2026",
                "Not discharged",
                "P-03-b",
            ),
        ],
    ),
]


def build_corsenby():
    size = 8.5
    doc = word_doc(
        "Noto Mono",
        size,
        "OFFICIAL-SENSITIVE",
        "Corsenby Police – IMR summary – DHR 'Carys'",
        margins=(2.0, 1.8, 2.0, 2.0),
    )
    heading(doc, "Corsenby Police", 1)
    heading(doc, "Individual Management Review: summary of learning and action plan", 2)
    kv_table(
        doc,
        [
            ("Review", "Domestic Homicide Review 'Carys' (Corsenby Community Safety Partnership)"),
            ("IMR author", "Inspector Rowena Lathbury-Okafor, Review and Learning Unit"),
            ("Period", "1 January 2020 to 2 March 2023"),
            ("Signed off", "Assistant Chief Constable, 16 June 2025"),
        ],
        widths=(4, 12),
        size=8.5,
    )
    para(doc, "")
    heading(doc, "1. Police contact in brief", 3)
    para(
        doc,
        "Police were called to the address four times. Twice the caller was a neighbour. On the third call "
        "Carys made a statement and later withdrew it; the risk was not looked at again after she withdrew.",
    )
    heading(doc, "2. Learning identified", 3)
    bullets(
        doc,
        [
            "A withdrawn statement is itself information about risk.",
            "Third-party callers often know more than they say on the first call.",
            "Officers valued the supervision they received, but it was not recorded.",
        ],
    )
    para(
        doc, "The learning above is not a recommendation; it informs the recommendations below.", italic=True
    )
    heading(doc, "3. IMR recommendations", 3)
    recs = [
        "Corsenby Police should make sure that the risk to a victim is assessed again whenever the victim "
        "withdraws support for a prosecution.",
        "Corsenby Police should refer a victim to the MARAC when officers attend a third domestic incident at "
        "the same address within twelve months.",
        "Corsenby Police should help call handlers draw out what a third-party caller knows about domestic "
        "abuse at an address.",
    ]
    for i, text in enumerate(recs, 1):
        numbered(doc, f"Rec. {i}", text)
    page_break(doc)
    heading(doc, "4. Action plan", 3)
    para(
        doc,
        "The action reference is in the last column. 'Discharged?' is the Force's own judgement, checked by "
        "the Review and Learning Unit.",
        italic=True,
    )
    widths = [1.6, 6.2, 3.6, 2.4, 2.1, 1.6]
    heads = ["Rec.", "Action", "Owner", "Review by", "Discharged?", "Ref"]
    t = make_table(doc, heads, widths, header_fill="E7E6E6", size=8)
    row = 1
    for rec, actions in C_PLAN:
        first = row
        for action in actions:
            add_row(t, [rec, *action], widths, size=8)
            row += 1
        merge_down(t, 0, first, row - 1, size=8)
    para(doc, "")
    para(doc, "Next review of this plan: Force Learning Board, July 2026.")
    save(doc, S2)


# ============ 3. SAR overview: From | To | Setting | What happened chronology; "R.1" recs with "Response required from:"
S3 = "sar_overview_from_to_date_cols_chronology_setting_col_practice_point_boxes_r_dot_recs_response_required_from_line_nimbus_sans_skelmorton"
SK_CHRON = [
    (
        "03/01/2022",
        "–",
        "GP surgery",
        "Mr K asked for help with his breathing and said he was sleeping in a chair.",
    ),
    (
        "19/02/2022",
        "04/03/2022",
        "Skelmorton General Hospital, Ward 7",
        "Admitted with a chest infection. Staff noted that he was unkempt and had not eaten for days.",
    ),
    (
        "04/03/2022",
        "–",
        "Discharge",
        "Discharged home with four calls a day. No one visited the house before he went home.",
    ),
    (
        "11/03/2022",
        "28/04/2022",
        "Home care agency",
        "Carers recorded that Mr K often refused personal care and that the house was very cold.",
    ),
    (
        "09/05/2022",
        "–",
        "Adult social care front door",
        "A safeguarding concern from the care agency was closed as a lifestyle choice.",
    ),
    (
        "23/06/2022",
        "–",
        "Home",
        "Paramedics found Mr K on the floor. He died in hospital two days later.",
    ),
]
SK_RECS = [
    (
        "The Board should ask Skelmorton Council to make sure that a safeguarding concern about self-neglect "
        "is not closed without a conversation with the person and the person who raised it.",
        "Skelmorton Council Adult Social Care",
    ),
    (
        "Skelmorton Hospitals NHS Trust should check that a home visit is considered before a patient with "
        "signs of self-neglect is discharged.",
        "Skelmorton Hospitals NHS Trust",
    ),
    (
        "The Board should agree with commissioners what a home care agency does when a person refuses "
        "care on three or more visits in a week.",
        "Skelmorton Safeguarding Adults Board",
    ),
    (
        "The Board should publish a short guide for GPs on asking about a patient's home conditions.",
        "Skelmorton Safeguarding Adults Board",
    ),
]


def build_skelmorton():
    size = 10
    doc = word_doc(
        "Nimbus Sans",
        size,
        "Skelmorton Safeguarding Adults Board  |  SAR Mr K  |  Overview report",
        "SAR Mr K",
        margins=(2.6, 2.0, 2.3, 2.0),
    )
    heading(doc, "Safeguarding Adults Review: Mr K", 1)
    para(doc, "Overview report by Annelise Brathwaite-Moor, independent reviewer", italic=True)
    heading(doc, "1. Why this review was held", 2)
    para(
        doc,
        "Mr K was 78. He lived alone in a terraced house in Skelmorton and died on 25 June 2022. The Board "
        "decided that the review criteria under section 44 of the Care Act 2014 were met because agencies "
        "could have worked together more effectively to help him.",
    )
    heading(doc, "2. Key episodes", 2)
    para(
        doc,
        "The table lists the episodes the panel thought most important. Where an episode lasted more than a "
        "day both dates are given; a dash in 'To' means a single day.",
    )
    widths = [2.3, 2.3, 3.4, 8.4]
    t = make_table(doc, ["From", "To", "Setting", "What happened"], widths, header_fill="DDEBF7", size=9)
    for row in SK_CHRON:
        add_row(t, list(row), widths, size=9)
    para(doc, "")
    box(
        doc,
        "Practice point\nA person who sleeps in a chair may be telling you about their breathing, their "
        "bed, or their home. Ask which.",
        fill="FFF2CC",
        width=16.4,
        size=9,
    )
    heading(doc, "3. Analysis", 2)
    para(
        doc,
        "Each agency saw part of the picture. The hospital saw a man who had not eaten, the care agency saw a "
        "cold house and refused care, and the front door saw a man who said he was managing. No one put "
        "these together, and the concern was closed before anyone had spoken to Mr K.",
    )
    box(
        doc,
        "Practice point\nA 'lifestyle choice' is a conclusion, not a reason to close a concern. Record the "
        "conversation that led you to it.",
        fill="FFF2CC",
        width=16.4,
        size=9,
    )
    page_break(doc)
    heading(doc, "4. Recommendations", 2)
    para(doc, "Each recommendation names the agency the Board expects to respond.", italic=True)
    for i, (text, agency) in enumerate(SK_RECS, 1):
        numbered(doc, f"R.{i}", text)
        p = para(doc, "Response required from: " + agency, italic=True, size=9)
        p.paragraph_format.left_indent = Cm(1.2)
    para(doc, "")
    para(doc, "The Board will publish its response and action plan within three months of this report.")
    save(doc, S3)


# ============ 4. DHR exec summary: weekday + ordinal date paragraphs, "1)" recs, appendix plan with blank rec cells
S4 = "dhr_exec_summary_weekday_ordinal_date_para_chronology_close_bracket_recs_appendix_plan_blank_rec_cells_done_ongoing_overdue_not_begun_nimbus_mono_quenwick"
Q_CHRON = [
    (
        "Tuesday 4th May 2021.",
        "Eleni told her practice nurse that her partner, Mark, checked her phone every night. The nurse "
        "gave her a helpline card.",
    ),
    (
        "Friday 7th May 2021 (about 21:40).",
        "A neighbour called the police after hearing a crash from the flat. Officers spoke to Mark at the "
        "door and left.",
    ),
    (
        "Saturday 15th to Monday 17th May 2021.",
        "Eleni stayed with her sister, who later told the review that Eleni had bruises on both arms.",
    ),
    (
        "Wednesday 2nd June 2021.",
        "The housing officer visited about rent arrears. Mark answered every question for Eleni.",
    ),
    (
        "Sunday 20th June 2021.",
        "Eleni was killed by Mark at the flat. He was later convicted of her murder.",
    ),
]
Q_RECS = [
    "Quenwick Community Safety Partnership should make sure that a helpline card is never the only response "
    "to a disclosure of controlling behaviour in a health setting.",
    "Quenwick Police should make sure that officers attending a report of a disturbance speak to every adult "
    "in the home, separately.",
    "Quenwick Homes should train housing officers to notice when one partner answers for the other.",
]
Q_PLAN = [
    (
        "1",
        "Add a 'what happens next' step to the practice nurse domestic abuse template",
        "Primary Care Safeguarding Lead",
        "30 Jun 2025",
        "Done",
    ),
    (
        "",
        "Offer every practice a visit from the health IDVA",
        "IDVA Service Manager",
        "31 Mar 2026",
        "Ongoing",
    ),
    (
        "2",
        "Reissue the doorstep guidance on speaking to each adult alone",
        "Superintendent, Local Policing",
        "31 Aug 2025",
        "Done",
    ),
    (
        "",
        "Dip-sample body-worn video of ten disturbance calls",
        "Inspector, Quality Assurance",
        "30 Nov 2025",
        "Overdue",
    ),
    (
        "3",
        "Half-day training for housing officers on coercive control",
        "Tenancy Services Manager",
        "31 Jan 2026",
        "Ongoing",
    ),
    (
        "",
        "Add a prompt to the tenancy visit checklist",
        "Tenancy Services Manager",
        "30 Apr 2026",
        "Not begun",
    ),
]


def build_quenwick():
    size = 9.5
    doc = word_doc(
        "Nimbus Mono PS",
        size,
        "DHR Eleni — Executive Summary — FINAL",
        "Quenwick Community Safety Partnership",
        margins=(2.2, 2.2, 2.0, 2.0),
    )
    heading(doc, "Quenwick Community Safety Partnership", 1)
    heading(doc, "Domestic Homicide Review into the death of Eleni: Executive Summary", 2)
    para(doc, "Independent chair and author: Maximilian Osei-Carrow", bold=True)
    heading(doc, "The review", 3)
    para(
        doc,
        "Eleni was 34 when she died on 20 June 2021. The Partnership asked the panel to look at contact with "
        "agencies from January 2020. The panel's key lines of enquiry were:",
    )
    for s in (
        "(a) what agencies knew about Mark's behaviour;",
        "(b) whether Eleni was given a chance to speak alone;",
        "(c) how agencies shared what they knew.",
    ):
        para(doc, s)
    heading(doc, "Summary of events", 3)
    for date, text in Q_CHRON:
        labelled(doc, date, text)
    heading(doc, "Conclusions", 3)
    para(
        doc,
        "Eleni spoke about Mark's behaviour twice, once to a nurse and once, through bruises, to her sister. "
        "Agencies that met the couple together saw only what Mark allowed them to see.",
    )
    heading(doc, "Recommendations", 3)
    for i, text in enumerate(Q_RECS, 1):
        numbered(doc, f"{i})", text)
    para(doc, "The panel made no national recommendations.", italic=True)
    page_break(doc)
    heading(doc, "Appendix A: Action plan (position at February 2026)", 3)
    para(
        doc,
        "Position: Done; Ongoing (begun, not yet finished); Overdue (begun, past its date); Not begun. "
        "A blank Rec cell means the action belongs to the recommendation above.",
        italic=True,
        size=8.5,
    )
    widths = [1.1, 7.0, 4.0, 2.3, 2.1]
    t = make_table(doc, ["Rec", "Action", "Responsible officer", "Complete by", "Position"], widths, size=8.5)
    for row in Q_PLAN:
        add_row(t, list(row), widths, size=8.5)
    para(doc, "")
    para(doc, "This plan is monitored by the Partnership's DHR Oversight Group every quarter.", size=8.5)
    save(doc, S4)


# ============ 5. Partnership SAR plan: C / IP / NS codes with a key, ref in the last column, "Nov 25" targets
S5 = "sab_partnership_sar_plan_what_needs_to_change_merged_status_codes_c_ip_ns_key_ref_col_last_mon_yy_no_dash_targets_c059_landscape_ravensgarth"
R_PLAN = [
    (
        "1. Ravensgarth Adult Safeguarding Partnership should make sure that agencies share what they know when "
        "a young adult with a learning disability is being exploited by people who befriend him.",
        [
            (
                "Write a multi-agency exploitation screening tool for adults",
                "Partnership Business Manager",
                "Nov 25",
                "C",
                "RASP-1.1",
            ),
            (
                "Hold a monthly exploitation panel for adults, as the children's panel does",
                "Head of Adult Safeguarding",
                "Feb 26",
                "IP",
                "RASP-1.2",
            ),
        ],
    ),
    (
        "2. Ravensgarth Council should make sure that the transition from children's to adult services "
        "starts by the age of sixteen for a young person with a learning disability.",
        [
            (
                "Agree a transitions protocol with children's services",
                "Assistant Director, Adult Social Care",
                "Jan 26",
                "IP",
                "RASP-2.1",
            ),
            (
                "Report the age at referral for every transition case to the Partnership",
                "Transitions Team Manager",
                "Jun 26",
                "NS",
                "RASP-2.2",
            ),
        ],
    ),
    (
        "3. Ravensgarth Police should tell adult social care when a vulnerable adult's home is being used by "
        "others for drug dealing.",
        [
            (
                "Add adult social care to the cuckooing notification list",
                "Detective Chief Inspector, Exploitation",
                "Sep 25",
                "C",
                "RASP-3.1",
            ),
        ],
    ),
]


R_FINDINGS = [
    "Jamie's move from children's to adult services began three months before his eighteenth birthday, "
    "too late for a plan to be in place when his children's social worker closed the case.",
    "Police knew that people who were not tenants were using the flat. Adult social care did not, and the "
    "two never discussed it.",
    "Agencies saw Jamie's friendships as his choice and did not ask whether the 'friends' were exploiting "
    "him; the language of choice hid the risk.",
    "Jamie's mother raised her fears four times. Each time she was told that Jamie was an adult and that "
    "nothing could be shared with her.",
]


def build_ravensgarth():
    size = 8
    doc = word_doc(
        "C059",
        size,
        "Ravensgarth Adult Safeguarding Partnership — SAR 'Jamie' — Partnership action plan",
        "RASP",
        landscape=True,
        margins=(1.5, 1.5, 1.6, 1.6),
    )
    heading(doc, "Safeguarding Adults Review 'Jamie': Partnership action plan", 1)
    para(
        doc,
        "Jamie was 22 and had a learning disability. He died on 8 January 2024 after a fall from the balcony of "
        "his flat, which others had taken over. The review was written by Constance Adeyemi-Rourke.",
    )
    para(
        doc,
        "Status key:  C = complete;  IP = in progress;  NS = not started.  'When' is the month the action is due "
        "(Nov 25 = November 2025).",
        bold=True,
    )
    heading(doc, "Findings of the review", 2)
    for i, text in enumerate(R_FINDINGS, 1):
        labelled(doc, f"Finding {i}.", text)
    heading(doc, "Progress at a glance", 2)
    kv_table(
        doc,
        [("Complete (C)", "2"), ("In progress (IP)", "2"), ("Not started (NS)", "1")],
        widths=(5, 3),
        size=8,
    )
    page_break(doc)
    para(
        doc,
        "Learning for practitioners (not part of this plan): see the seven-minute briefing 'Jamie' on the "
        "Partnership's website.",
        italic=True,
    )
    widths = [7.5, 7.0, 5.0, 1.8, 1.5, 2.4]
    heads = ["What needs to change (SAR recommendation)", "What we will do", "Who", "When", "Status", "Ref"]
    t = make_table(doc, heads, widths, header_fill="E2EFD9", size=8)
    row = 1
    for rec, actions in R_PLAN:
        first = row
        for action in actions:
            add_row(t, [rec, *action], widths, size=8)
            row += 1
        merge_down(t, 0, first, row - 1, size=8)
    para(doc, "")
    para(doc, "Plan agreed by the Partnership Board on 4 September 2025; progress reported every six months.")
    save(doc, S5)


if __name__ == "__main__":
    build_brindleholme()
    build_corsenby()
    build_skelmorton()
    build_quenwick()
    build_ravensgarth()
