"""Build the heldout34 blind documents as Word files (python-docx).

Run once:  python tests/heldout34/build.py
Then convert each .docx with LibreOffice and extract text (see README.md).
Five documents of five families nobody had tuned on: an independent assurance review of a mental health
homicide investigation's recommendations, graded A-D per action; a CSPR overview extract whose chronology
table opens with the baby's age; a DHR overview extract whose chronology paragraphs put the source and the
date in closing brackets, with an appendix plan whose only status is a completion date; a DHR tracker that
mixes overview and IMR recommendations under a Source column; and a SAR learning review whose chronology
gives days only under month headings, with a What we found | What the Board should do table.
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


def word_doc(font, size, header, footer_text, landscape=False, margins=(2, 2, 2, 2), centre_footer=False):
    """A document in one font throughout, a running head and a footer."""
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
            st.font.color.rgb = RGBColor(0x1F, 0x3A, 0x2E)
    doc.styles["Heading 1"].font.size = Pt(size + 4)
    doc.styles["Heading 2"].font.size = Pt(size + 2)
    doc.styles["Heading 3"].font.size = Pt(size + 1)
    doc.styles["Normal"].paragraph_format.space_after = Pt(4)
    sec = doc.sections[0]
    sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = (Cm(m) for m in margins)
    sec.footer.is_linked_to_previous = False
    p = sec.footer.paragraphs[0]
    p.text = ""
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER if centre_footer else WD_ALIGN_PARAGRAPH.LEFT
    p.add_run(footer_text)
    add_field(p.add_run(), "PAGE")
    for r in p.runs:
        r.font.size = Pt(7.5)
    return doc


def bullets(doc, items):
    for s in items:
        para(doc, s, style="List Bullet")


def labelled(doc, label, text, italic=False, size=None):
    p = doc.add_paragraph()
    r = p.add_run(label + " ")
    r.bold = True
    r2 = p.add_run(text)
    r2.italic = italic
    if size:
        r.font.size = r2.font.size = Pt(size)
    return p


# ============ 1. NHS assurance review of a mental health homicide investigation: graded A-D per action
S1 = "mh_homicide_assurance_review_rec_heading_blocks_addressed_to_line_action_tables_evidence_col_grade_letter_last_a_b_c_d_key_no_targets_urw_bookman_wenthamley"
W_TRUST = "Wenthamley Mental Health NHS Foundation Trust"
W_RECS = [
    (
        "Recommendation 1",
        W_TRUST,
        "The Trust should make sure that a care coordinator is allocated within ten working days of a "
        "service user being accepted by a community mental health team, and that the service user is "
        "seen by a named clinician until then.",
        [
            (
                "1a",
                "Interim duty clinician named in every acceptance letter",
                "Service Manager, Community Teams",
                "Twelve acceptance letters from March 2025, each naming the duty clinician.",
                "A",
            ),
            (
                "1b",
                "Weekly report of service users waiting for a care coordinator",
                "Head of Performance",
                "Three weekly reports. The report exists but no one is named to act on it.",
                "C",
            ),
        ],
    ),
    (
        "Recommendation 2",
        W_TRUST,
        "The Trust should involve families in risk assessment when a service user is discharged from "
        "hospital to live with relatives.",
        [
            (
                "2a",
                "Family contact section added to the discharge checklist",
                "Ward Matron, Larkhill Unit",
                "The revised checklist and an audit of ten discharges (eight with the section completed).",
                "B",
            ),
            (
                "2b",
                "Carers' lead to offer a meeting to every family before discharge",
                "Carers' Lead",
                "No evidence provided; the post was vacant from June to November 2025.",
                "D",
            ),
        ],
    ),
    (
        "Recommendation 3",
        "Wenthamley Integrated Care Board",
        "Wenthamley Integrated Care Board should seek assurance that GP practices are told within one "
        "working day when a patient under secondary mental health care misses two appointments.",
        [
            (
                "3a",
                "Missed-appointment notification added to the shared care record",
                "Digital Lead, ICB",
                "Screenshots of the notification and the go-live note of 2 June 2025.",
                "A",
            ),
            (
                "3b",
                "Practices reminded of the notification at the primary care forum",
                "Clinical Lead, Mental Health",
                "Forum minutes; attendance 31 of 44 practices.",
                "B",
            ),
            (
                "3c",
                "Audit of practice responses to the notification",
                "Clinical Lead, Mental Health",
                "Audit scoped; fieldwork booked for spring 2026.",
                "C",
            ),
        ],
    ),
]


def build_wenthamley():
    size = 9.5
    doc = word_doc(
        "URW Bookman",
        size,
        "Independent assurance review  —  Mr T  —  Wenthamley",
        "Northgate Review Partners  ·  ",
        margins=(2.5, 2.5, 2.4, 2.0),
    )
    heading(doc, "Independent assurance review", 1)
    para(
        doc,
        "Implementation of the recommendations made by the independent investigation into the care and "
        "treatment of Mr T",
        bold=True,
    )
    kv_table(
        doc,
        [
            ("Commissioned by", "NHS England – North Lowland region"),
            ("Review team", "Leontyne Abara-Whitcombe (lead reviewer), Northgate Review Partners Ltd"),
            ("Investigation published", "March 2024"),
            ("Assurance visit", "November 2025"),
        ],
        widths=(4.5, 11.5),
        size=9,
    )
    para(doc, "")
    heading(doc, "1. Background", 2)
    para(
        doc,
        "Mr T was a patient of the Wenthamley community mental health team. On 3 August 2021 he killed his "
        "neighbour, Mrs Pauline Okwu-Hart, aged 67, at her home in Wenthamley. The independent investigation "
        "made three recommendations. This review asks what has changed since.",
    )
    heading(doc, "2. How we graded the evidence", 2)
    para(
        doc,
        "Each action the Trust or the ICB took is graded on the evidence we saw, not on what we were told:",
    )
    kt = make_table(doc, ["Grade", "Meaning"], [2.0, 14.0], header_fill="E2EFD9", size=8.5)
    for g, m in [
        ("A", "Action complete and evidence that it has changed practice"),
        ("B", "Action complete; too early to show a change in practice"),
        ("C", "Action begun but not complete"),
        ("D", "No evidence that the action has begun"),
    ]:
        add_row(kt, [g, m], [2.0, 14.0], size=8.5)
    para(doc, "")
    box(
        doc,
        "Good practice\nThe ward's new discharge huddle was praised by two families we spoke to. It was not "
        "part of any recommendation.",
        fill="E2EFD9",
        width=16.0,
        size=8.5,
    )
    heading(doc, "3. Recommendations and the evidence", 2)
    widths = [1.2, 4.6, 3.2, 5.4, 1.6]
    for i, (ref, who, text, actions) in enumerate(W_RECS):
        if i == 2:
            page_break(doc)
        heading(doc, ref, 3)
        labelled(doc, "Addressed to:", who, italic=True, size=9)
        para(doc, text)
        t = make_table(
            doc,
            ["No.", "Action taken", "Lead", "Evidence seen", "Grade"],
            widths,
            header_fill="F2F2F2",
            size=8.5,
        )
        for a in actions:
            add_row(t, list(a), widths, size=8.5, bold_cols=(4,))
        para(doc, "")
    heading(doc, "4. Overall", 2)
    para(
        doc,
        "Of seven actions, two are graded A, two B, two C and one D. We will not revisit the Trust; the ICB "
        "will report the audit (3c) to the regional panel.",
    )
    para(doc, "Our findings are not new recommendations.", italic=True)
    save(doc, S1)


# ============ 2. CSPR overview extract: Age | Date | Agency | Contact chronology, findings with 1a/1b recs
S2 = "cspr_overview_infant_age_first_chronology_age_date_dotted_agency_contact_findings_with_lettered_recs_1a_1b_practitioner_quote_boxes_dejavu_serif_tolvaddon"
T_CHRON = [
    (
        "2 days",
        "18.11.2022",
        "Midwifery",
        "Home visit. Mother tearful; father answered most questions. Feeding well.",
    ),
    (
        "12 days",
        "28.11.2022",
        "Health visiting",
        "New birth visit. Father not present. Mother said she was 'fine'.",
    ),
    (
        "5 weeks",
        "23.12.2022",
        "GP",
        "Freddie seen with a small bruise on his cheek, put down to a dummy clip. "
        "No safeguarding advice sought.",
    ),
    ("8 weeks", "13.01.2023", "GP", "Eight-week check and first immunisations. No concerns recorded."),
    (
        "11 weeks",
        "03.02.2023",
        "Police",
        "Neighbour reported shouting and a baby crying at night. Officers "
        "attended; no one answered the door.",
    ),
    (
        "13 weeks",
        "15.02.2023",
        "Children's social care",
        "Police notification screened as 'no further action'.",
    ),
    (
        "14 weeks",
        "22.02.2023",
        "Ambulance / hospital",
        "Freddie taken to hospital unresponsive. He died on 25 February 2023.",
    ),
]
T_RECS = [
    (
        "Finding 1",
        "Bruising in a baby who is not yet mobile was not recognised as a sign of possible harm.",
        [
            (
                "1a",
                "Tolvaddon Safeguarding Children Partnership should relaunch its protocol for bruising in "
                "non-mobile babies and check that every GP practice has adopted it.",
            ),
            (
                "1b",
                "The ICB should include the protocol in the induction of every new GP and practice nurse.",
            ),
        ],
    ),
    (
        "Finding 2",
        "Fathers and other men in the household were rarely seen or asked about.",
        [
            (
                "2a",
                "The Partnership should ask midwifery and health visiting to record the name and role of every "
                "adult living with a new baby.",
            )
        ],
    ),
    (
        "Finding 3",
        "A police notification about a baby crying at night was screened without checking health records.",
        [
            (
                "3a",
                "Tolvaddon Council should make sure that the front door checks health visiting records before "
                "closing any notification about a child under one.",
            ),
            (
                "3b",
                "Tolvaddon Police should tell the health visitor directly when officers attend an address with a "
                "baby and cannot get an answer.",
            ),
        ],
    ),
]


def build_tolvaddon():
    size = 9.5
    doc = word_doc(
        "DejaVu Serif",
        size,
        "Tolvaddon SCP | CSPR 'Freddie' | Final for publication",
        "Child Safeguarding Practice Review: Freddie — ",
        margins=(2.0, 2.2, 2.0, 2.4),
        centre_footer=True,
    )
    heading(doc, "Child Safeguarding Practice Review: 'Freddie'", 1)
    para(doc, "Tolvaddon Safeguarding Children Partnership", bold=True)
    para(doc, "Lead reviewer: Ottoline Marsh-Adebayo", italic=True)
    heading(doc, "1. Introduction", 2)
    para(
        doc,
        "Freddie was fourteen weeks old when he died on 25 February 2023, three days after he was taken to "
        "hospital. A Rapid Review was held on 9 March 2023 and the Partnership decided to commission this "
        "review. 'Freddie' is the name his mother chose for this report.",
    )
    heading(doc, "2. Key contacts", 2)
    para(
        doc,
        "The first column gives Freddie's age on the day of the contact. Routine contacts with no bearing on "
        "the findings have been left out.",
        italic=True,
        size=8.5,
    )
    widths = [1.7, 2.2, 3.2, 9.5]
    t = make_table(doc, ["Age", "Date", "Agency", "Contact"], widths, header_fill="DDD9C4", size=8.5)
    for row in T_CHRON:
        add_row(t, list(row), widths, size=8.5)
    para(doc, "")
    box(
        doc,
        'Practitioners told us\n"We see a lot of babies with marks from dummy clips. I didn\'t think twice."',
        fill="F2DCDB",
        width=16.6,
        size=8.5,
    )
    heading(doc, "3. Findings and recommendations", 2)
    para(
        doc,
        "Each finding is followed by the recommendations it leads to. The findings are not recommendations.",
    )
    for fnum, ftext, recs in T_RECS:
        labelled(doc, fnum + ".", ftext)
        for ref, text in recs:
            p = numbered(doc, ref, text)
            p.runs[0].bold = False
            p.paragraph_format.left_indent = Cm(1.8)
    para(doc, "")
    box(
        doc,
        "Seven-minute briefing\nA briefing for practitioners will be published with this report. It "
        "restates the findings above and adds no recommendations.",
        fill="EEECE1",
        width=16.6,
        size=8.5,
    )
    save(doc, S2)


# ============ 3. DHR overview extract: numbered paragraph chronology "(Source, dd.mm.yy)", "Rec 01" recs,
# appendix plan whose last column is the date completed, or "In hand" / "Outstanding"
S3 = "dhr_overview_numbered_para_chronology_source_and_dd_mm_yy_in_closing_brackets_rec_01_zero_padded_plan_date_completed_col_in_hand_outstanding_end_month_targets_liberation_serif_quarrelton"
Q_CHRON = [
    (
        "5.3",
        "Ana told her GP that she was not sleeping and that her husband Piotr 'kept her up arguing'. She was "
        "prescribed a sleeping aid. (GP, 12.04.21)",
    ),
    (
        "5.4",
        "Piotr was arrested for driving with excess alcohol. Ana collected him from the police station. "
        "(Police, 30.05.21)",
    ),
    (
        "5.5",
        "Ana's employer noticed bruising on her wrist and asked about it. Ana said she had fallen. No record "
        "was made. (Employer, 08.07.21)",
    ),
    (
        "5.6",
        "An IDVA phoned Ana after a referral by her employer's HR adviser. Ana said it was not a good time. "
        "Two further calls were not answered. (IDVA service, 21.07.21)",
    ),
    (
        "5.7",
        "Ana was killed by Piotr at their home. He was later convicted of her murder. (Police, 14.08.21)",
    ),
]
Q_RECS = [
    "Quarrelton Community Safety Partnership should work with local employers to help managers respond when "
    "an employee may be experiencing domestic abuse.",
    "The IDVA service should agree a safe way to reach a client who does not answer after a referral, "
    "including contact through the referrer.",
    "Quarrelton Police should tell the IDVA service when a person arrested for any offence is the subject of "
    "a domestic abuse referral.",
    "GP practices in Quarrelton, through the ICB, should ask about the home when a patient reports sleeplessness "
    "linked to arguments.",
]
Q_PLAN = [
    (
        "Rec 01",
        [
            ("Publish an employers' guide and toolkit", "Quarrelton CSP", "End May 2025", "14/05/2025"),
            ("Hold two briefings for local HR managers", "Quarrelton CSP", "End Sept 2025", "In hand"),
        ],
    ),
    (
        "Rec 02",
        [
            (
                "Write a no-answer protocol with referrers",
                "IDVA Service Manager",
                "End June 2025",
                "02/06/2025",
            ),
            ("Audit referrals closed after no answer", "IDVA Service Manager", "End Dec 2025", "In hand"),
        ],
    ),
    (
        "Rec 03",
        [
            (
                "Add a check of open referrals to the custody process",
                "Quarrelton Police",
                "End Oct 2025",
                "Outstanding",
            ),
        ],
    ),
    (
        "Rec 04",
        [
            (
                "Issue a practice note on asking about the home",
                "ICB Safeguarding Lead",
                "End Aug 2025",
                "29/08/2025",
            ),
            (
                "Share the note at the GP safeguarding leads' forum",
                "ICB Safeguarding Lead",
                "End Nov 2025",
                "Outstanding",
            ),
        ],
    ),
]


def build_quarrelton():
    size = 11
    doc = word_doc(
        "Liberation Serif",
        size,
        "Quarrelton CSP: Domestic Homicide Review 'Ana' (extract)",
        "Overview report – page ",
        margins=(3.0, 2.0, 2.5, 2.2),
    )
    heading(doc, "Domestic Homicide Review: 'Ana'", 1)
    para(doc, "Overview report (extract: sections 5, 8 and Appendix C)", italic=True)
    para(
        doc,
        "Quarrelton Community Safety Partnership. Independent chair and author: Bartholomew Essien-Lacey.",
    )
    heading(doc, "5. Key events", 2)
    para(doc, "5.1\tAna was 41. She had lived in Quarrelton with her husband for nine years.")
    para(
        doc,
        "5.2\tThe events below are those the panel found most significant. The source of each, and its date, "
        "are given in brackets at the end of the paragraph.",
    )
    for num, text in Q_CHRON:
        numbered(doc, num, text)
    box(
        doc,
        "Note on sources\nEmployer and IDVA records were provided voluntarily and are quoted with the "
        "organisations' permission.",
        fill="F2F2F2",
        width=16.0,
        size=9,
    )
    heading(doc, "8. Lessons and recommendations", 2)
    para(
        doc,
        "8.1\tLesson: Ana's employer was the only organisation to see an injury. Employers are not part of "
        "the DHR statutory framework and this lesson is not a recommendation.",
    )
    para(doc, "8.2\tThe panel makes four recommendations:")
    for i, text in enumerate(Q_RECS, 1):
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(1.5)
        p.paragraph_format.first_line_indent = Cm(-1.5)
        p.add_run(f"Rec {i:02d}").bold = True
        p.add_run("\t" + text)
    page_break(doc)
    heading(doc, "Appendix C: Action plan", 2)
    para(
        doc,
        "Key: the last column gives the date an action was completed. 'In hand' means work has begun; "
        "'Outstanding' means it has not.",
        italic=True,
        size=9.5,
    )
    widths = [1.8, 5.6, 3.2, 2.4, 2.6]
    t = make_table(
        doc, ["Rec", "Action", "Lead", "Target", "Date completed"], widths, header_fill="D6DCE4", size=10
    )
    row = 1
    for ref, actions in Q_PLAN:
        first = row
        for a in actions:
            add_row(t, [ref, *a], widths, size=10)
            row += 1
        merge_down(t, 0, first, row - 1, size=10, bold=True)
    para(doc, "")
    para(doc, "Plan signed off by the CSP Board on 9 January 2026.", italic=True)
    save(doc, S3)


# ============ 4. DHR tracker: overview and IMR recommendations mixed, Source column, OV/IMR refs, open/closed
S4 = "dhr_tracker_source_col_overview_vs_imr_recs_ov1_imr_p1_refs_merged_rec_cells_over_page_break_open_on_track_open_delayed_closed_dd_mon_yy_due_nimbus_sans_narrow_landscape_fellingham"
F_ROWS = [
    (
        "OV1",
        "Overview",
        "Fellingham CSP should commission training on stalking for all front-line staff of its "
        "member agencies.",
        [
            (
                "Commission a stalking training package",
                "CSP Manager",
                "30-Jun-25",
                "Provider appointed, first cohort trained.",
                "Closed",
            ),
            (
                "Deliver to 300 staff across the partnership",
                "CSP Manager",
                "31-Mar-26",
                "184 trained to date.",
                "Open – on track",
            ),
        ],
    ),
    (
        "OV2",
        "Overview",
        "Fellingham CSP should ask the MARAC steering group to review how repeat referrals are identified.",
        [
            (
                "Review the repeat-referral definition",
                "MARAC Chair",
                "31-Aug-25",
                "Review delayed by the MARAC coordinator's absence.",
                "Open – delayed",
            ),
        ],
    ),
    (
        "IMR-P1",
        "IMR – Police",
        "Fellingham Police should make sure that reports of stalking are flagged on the "
        "command and control system.",
        [
            (
                "Create a stalking flag",
                "Head of Contact Management",
                "31-Jul-25",
                "Flag live since July.",
                "Closed",
            ),
            (
                "Dip-sample flagged incidents each quarter",
                "Head of Contact Management",
                "31-Jan-26",
                "First sample done; second due.",
                "Open – on track",
            ),
        ],
    ),
    (
        "IMR-G1",
        "IMR – GP",
        "The Meadow Lane practice should make sure that a disclosure of domestic abuse is "
        "coded and visible to every clinician.",
        [
            ("Code past disclosures found in the audit", "Practice Manager", "31-Oct-25", "Done.", "Closed"),
        ],
    ),
    (
        "IMR-H1",
        "IMR – Housing",
        "Fellingham Homes should record a tenant's disclosure of abuse on the tenancy "
        "file and tell the tenant what will happen next.",
        [
            (
                "Add a disclosure field to the tenancy file",
                "Tenancy Services Lead",
                "30-Sep-25",
                "Field designed; system supplier has not yet released it.",
                "Open – delayed",
            ),
            (
                "Brief all housing officers",
                "Tenancy Services Lead",
                "31-Dec-25",
                "Not started: awaits the field.",
                "Not started",
            ),
        ],
    ),
]


def build_fellingham():
    size = 8.5
    doc = word_doc(
        "Nimbus Sans Narrow",
        size,
        "Fellingham Community Safety Partnership – DHR tracker – OFFICIAL",
        "DHR 'Joanne' – action tracker – ",
        landscape=True,
        margins=(1.6, 1.6, 3.4, 2.4),
    )
    heading(doc, "Domestic Homicide Review 'Joanne' – Recommendations tracker", 1)
    para(
        doc,
        "Fellingham Community Safety Partnership. Review chaired and written by Imogen Castellano-Burke. "
        "Joanne was 38 when she was killed on 6 December 2022.",
    )
    para(
        doc,
        "This tracker holds the overview report's recommendations (OV) and those made by agencies in their "
        "own IMRs (IMR-). The Source column says which. Updates are as at the DHR Oversight Group of 3 March "
        "2026. Status: Closed; Open – on track; Open – delayed; Not started.",
        size=8,
    )
    para(doc, "Counts: 8 actions; 3 closed, 2 on track, 3 delayed or not started.", size=8)
    heading(doc, "What the review found", 3)
    bullets(
        doc,
        [
            "Joanne reported being followed on four occasions; each report was treated as a single incident.",
            "She told her housing officer that her former partner had a key. Nothing was recorded.",
            "Her GP knew of the abuse but the note was visible only to the clinician who made it.",
            "The MARAC heard her case once and did not recognise the later referral as a repeat.",
        ],
    )
    para(
        doc,
        "These findings explain the recommendations below; they are not recommendations themselves. The "
        "IMR recommendations were made by each agency about its own practice and were accepted by the panel "
        "without change.",
        size=8,
    )
    box(
        doc,
        "Reading the tracker\nA recommendation with several actions is printed once, its cell spanning "
        "the actions. Where the table continues onto a new page the recommendation is not repeated.",
        fill="FCE4D6",
        width=27.4,
        size=8,
    )
    widths = [1.5, 2.2, 6.6, 5.2, 3.4, 1.8, 4.5, 2.2]
    heads = ["Ref", "Source", "Recommendation", "Action", "Owner", "Due", "Update (Mar 2026)", "Status"]
    t = make_table(doc, heads, widths, header_fill="FCE4D6", size=9.5)
    row = 1
    for ref, source, text, actions in F_ROWS:
        first = row
        for a in actions:
            add_row(t, [ref, source, text, *a], widths, size=9.5, bold_cols=(0,))
            row += 1
        for col in (0, 1, 2):
            merge_down(t, col, first, row - 1, size=9.5, bold=(col == 0))
    para(doc, "")
    para(doc, "The Oversight Group will close the tracker when every row is Closed.", italic=True, size=8)
    save(doc, S4)


# ============ 5. SAR learning review: month headings with day-only paragraphs; Found | Should do table
S5 = "sar_learning_review_month_headed_chronology_day_only_ordinal_paras_found_should_do_two_col_table_sar_r_refs_two_recs_one_cell_noto_sans_mono_orbistow"
O_CHRON = [
    (
        "January 2022",
        [
            "On the 4th, Duncan's landlord wrote to adult social care: the flat smelt of gas and Duncan would not let "
            "the engineer in.",
            "On the 19th, a social worker visited with the landlord. Duncan spoke through the letterbox and said he "
            "was managing.",
        ],
    ),
    (
        "February 2022",
        [
            "On the 2nd, the GP practice removed Duncan from its list after three years without contact.",
            "Towards the end of the month, a neighbour told the housing officer that Duncan was no longer "
            "collecting his post.",
        ],
    ),
    (
        "March 2022",
        [
            "On the 11th, the fire service fitted smoke alarms after a referral from the housing officer and noted "
            "hoarding in every room.",
            "On the 28th, Duncan was found dead in the flat by police, forcing entry at the landlord's request.",
        ],
    ),
]
O_TABLE = [
    (
        "No agency met Duncan face to face in the three months before he died, although four were involved.",
        [
            (
                "SAR-R1",
                "The Board should agree a multi-agency meeting whenever a person refuses entry to two or more "
                "agencies within three months.",
            )
        ],
    ),
    (
        "The GP practice removed Duncan from its list without telling anyone.",
        [
            (
                "SAR-R2",
                "The ICB should make sure that practices tell adult social care before removing a patient who "
                "has had no contact for over two years.",
            )
        ],
    ),
    (
        "The fire service's record of hoarding did not reach adult social care.",
        [
            (
                "SAR-R3",
                "Orbistow Fire and Rescue Service should send its hoarding assessments to adult social care "
                "with the person's consent, or without it where the risk is high.",
            ),
            ("SAR-R4", "The Board should add fire safety visits to its self-neglect guidance."),
        ],
    ),
]


def build_orbistow():
    size = 8.5
    doc = word_doc(
        "Noto Sans Mono",
        size,
        "Orbistow SAB :: Learning review :: Duncan",
        "Orbistow Safeguarding Adults Board  /  ",
        margins=(2.2, 2.2, 2.6, 2.2),
    )
    heading(doc, "Safeguarding Adults Review: Duncan", 1)
    para(doc, "A learning review for the Orbistow Safeguarding Adults Board", italic=True)
    para(doc, "Reviewer: Perpetua Lindqvist-Hale")
    heading(doc, "About Duncan", 2)
    para(
        doc,
        "Duncan was 51. He lived alone in a rented flat in Orbistow and had worked as a lift engineer until "
        "his mother died. His sister described him as private, funny and proud.",
    )
    heading(doc, "What happened", 2)
    para(
        doc,
        "The account below is grouped by month. Dates within a month are given as the day only.",
        italic=True,
    )
    for month, paras in O_CHRON:
        para(doc, month, bold=True)
        for text in paras:
            para(doc, text)
    heading(doc, "Learning for practitioners", 2)
    bullets(
        doc,
        [
            "Speaking through a letterbox is not a visit.",
            "Removal from a GP list can be a sign that someone has withdrawn, not moved away.",
        ],
    )
    para(doc, "These points are for practitioners; they are not recommendations to agencies.", italic=True)
    page_break(doc)
    heading(doc, "Findings and recommendations", 2)
    widths = [7.2, 9.4]
    t = make_table(doc, ["What we found", "What the Board should do"], widths, header_fill="DEEAF6", size=8.5)
    for found, recs in O_TABLE:
        row = t.add_row()
        set_text(row.cells[0], found, size=8.5)
        c = row.cells[1]
        c.paragraphs[0].text = ""
        for k, (ref, text) in enumerate(recs):
            p = c.paragraphs[0] if k == 0 else c.add_paragraph()
            r = p.add_run(ref + "  ")
            r.bold, r.font.size = True, Pt(8.5)
            r = p.add_run(text)
            r.font.size = Pt(8.5)
        shade(row.cells[0], "F7F7F7")
    para(doc, "")
    para(doc, "The Board will respond to each recommendation in its annual report.")
    save(doc, S5)


if __name__ == "__main__":
    build_wenthamley()
    build_tolvaddon()
    build_quarrelton()
    build_fellingham()
    build_orbistow()
