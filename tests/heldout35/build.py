"""Build the heldout35 blind documents as Word files (python-docx).

Run once:  python tests/heldout35/build.py
Then convert each .docx with LibreOffice and extract text (see README.md).
Five documents of five families nobody had tuned on: a SAB's SAR action plan with a Priority column and
dotted dd.mm.yy targets, split over a page break; a DHR overview extract with a Date | Time | Event
chronology table and boxed "DHR n" recommendations; a CSPR whose chronology is grouped under agency
headings with approximate dates; an NHS patient safety incident investigation (PSII) after a homicide with
safety recommendations and a safety action plan; and a joint DHR / CSPR executive summary with "D1" and
"C1" recommendations and a plan whose Review column says which review each row answers.
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
    merged_plan_table,
    new_doc,
    numbered,
    page_break,
    para,
    set_text,
)

save = docx_saver(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)


def word_doc(font, size, header, footer_label, landscape=False, margins=(2, 2, 2, 2), page_of=False):
    """A document in one font throughout, a running head and a footer ("Page x of y" when page_of)."""
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
            st.font.color.rgb = RGBColor(0x2B, 0x2B, 0x55)
    doc.styles["Heading 1"].font.size = Pt(size + 4)
    doc.styles["Heading 2"].font.size = Pt(size + 2)
    doc.styles["Heading 3"].font.size = Pt(size + 1)
    doc.styles["Normal"].paragraph_format.space_after = Pt(4)
    sec = doc.sections[0]
    sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = (Cm(m) for m in margins)
    p = sec.footer.paragraphs[0]
    p.text = ""
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.add_run(footer_label)
    if page_of:
        p.add_run("Page ")
        add_field(p.add_run(), "PAGE")
        p.add_run(" of ")
        add_field(p.add_run(), "NUMPAGES")
    else:
        add_field(p.add_run(), "PAGE")
    for r in p.runs:
        r.font.size = Pt(7.5)
    return doc


def bullets(doc, items):
    for s in items:
        para(doc, s, style="List Bullet")


def labelled(doc, label, text, size=None):
    p = doc.add_paragraph()
    r = p.add_run(label + " ")
    r.bold = True
    r2 = p.add_run(text)
    if size:
        r.font.size = r2.font.size = Pt(size)
    return p


# ============ 1. SAB SAR action plan: Priority column, action refs 1A, dotted dd.mm.yy targets, split over a page
S1 = "sab_sar_plan_priority_col_high_medium_low_merged_rec_cells_action_refs_1a_position_dated_col_on_track_at_risk_completed_not_started_dotted_dd_mm_yy_targets_row_split_over_page_break_urw_gothic_landscape_yarrowmead"
Y_HEAD = (
    "Rec",
    "Recommendation",
    "Priority",
    "Ref",
    "Action",
    "Lead agency",
    "Target",
    "Position at 31.10.25",
    "Status",
)
Y_W = (1.0, 5.2, 1.6, 1.0, 5.0, 2.8, 1.7, 5.4, 2.5)
Y_GROUPS = [
    (
        (
            "1",
            "Yarrowmead Safeguarding Adults Board should agree with partners a shared definition of "
            "'frequent attender' for adults who repeatedly call emergency services, and a route for "
            "discussing them at a multi-agency risk meeting.",
            "High",
        ),
        [
            (
                "1A",
                "Draft the definition with the ambulance service, police and A&E leads",
                "SAB Business Manager",
                "31.12.25",
                "Definition drafted and agreed at the Policy sub-group on 14.10.25.",
                "Completed",
            ),
            (
                "1B",
                "Add frequent attenders to the referral criteria of the High Risk Adults Panel",
                "Yarrowmead Council Adult Social Care",
                "31.03.26",
                "Terms of reference redrafted; panel chair consulting members before sign-off.",
                "On track",
            ),
        ],
    ),
    (
        (
            "2",
            "Yarrowmead Council should make sure that a carer's assessment is offered whenever an older "
            "person is discharged home to a relative who has told staff they are struggling.",
            "High",
        ),
        [
            (
                "2A",
                "Prompt added to the hospital discharge form for relatives who say they cannot cope",
                "Hospital Discharge Team",
                "30.11.25",
                "Form changed in the electronic record on 02.09.25.",
                "Completed",
            ),
            (
                "2B",
                "Monthly audit of discharges where a prompt was recorded and whether an assessment followed",
                "Principal Social Worker",
                "31.01.26",
                "Audit tool written. The first two monthly audits found a carer's assessment offered in 9 of 17 "
                "cases; the team have been asked to explain the remaining eight and a repeat audit is planned. "
                "The audit lead left in October and the work is being handed to the deputy, so the January date "
                "may slip. The Board will be told at its next meeting if a new date is needed.",
                "At risk",
            ),
            (
                "2C",
                "Carers' centre to offer a call within five working days of every referral from the hospital",
                "Yarrowmead Carers' Centre",
                "31.03.26",
                "Funding for the extra call handler agreed; recruitment under way.",
                "On track",
            ),
        ],
    ),
    (
        (
            "3",
            "The Integrated Care Board should seek assurance that GP practices review repeat prescriptions "
            "of strong painkillers for patients who have missed two medication reviews.",
            "Medium",
        ),
        [
            (
                "3A",
                "Practice pharmacists to run a search each quarter for patients overdue a review",
                "ICB Medicines Optimisation Team",
                "31.03.26",
                "Search written; first run due January.",
                "Not started",
            ),
            (
                "3B",
                "Report the results of the search to the ICB Quality Committee",
                "ICB Head of Safeguarding",
                "30.06.26",
                "Not yet due.",
                "Not started",
            ),
        ],
    ),
    (
        (
            "4",
            "All partners should include the learning from this review in their induction for new "
            "front-line staff.",
            "Low",
        ),
        [
            (
                "4A",
                "Seven-minute briefing added to each partner's induction pack",
                "All Board partners",
                "31.12.25",
                "Briefing circulated 20.08.25; six of eight partners confirm it is in their pack.",
                "On track",
            ),
        ],
    ),
]


def build_yarrowmead():
    doc = word_doc(
        "URW Gothic",
        8.5,
        "Yarrowmead Safeguarding Adults Board  |  SAR 'Marjorie'  |  Action plan  |  OFFICIAL",
        "YSAB SAR action plan v4      ",
        landscape=True,
        margins=(1.5, 1.5, 1.5, 1.4),
        page_of=True,
    )
    heading(doc, "Safeguarding Adults Review – 'Marjorie': Action Plan", 1)
    para(
        doc,
        "Marjorie was 84 when she died in hospital on 6 February 2024, eleven days after she was found on the "
        "floor of her home. The review was led by Ottoline Fairweather-Mbeki, independent reviewer, and was "
        "published by the Board in May 2025. This plan is updated by each lead agency before every meeting of "
        "the SAR sub-group and is published twice a year.",
    )
    heading(doc, "How to read this plan", 3)
    kv_table(
        doc,
        [
            (
                "Priority",
                "High – to be finished within six months; Medium – within twelve months; Low – "
                "within eighteen months or as part of routine work.",
            ),
            (
                "Status",
                "Completed – action finished and evidence seen by the sub-group. On track – work "
                "under way and expected by the target date. At risk – work under way but the target date is "
                "likely to be missed. Not started – work has not begun.",
            ),
        ],
        widths=(3.0, 20.0),
        size=8,
    )
    para(doc, "Learning already embedded (no action needed):", bold=True)
    bullets(
        doc,
        [
            "The ambulance service now sends every 'no conveyance' record to the GP the same day.",
            "Police call handlers ask whether the caller lives alone.",
        ],
    )
    para(doc, "Summary at 31.10.25: 2 completed, 3 on track, 1 at risk, 2 not started.", italic=True)
    merged_plan_table(doc, Y_HEAD, Y_W, Y_GROUPS, size=8)
    para(doc, "")
    para(doc, "Plan owner: SAB Business Manager. Next update due 31.01.26.", size=8)
    save(doc, S1)


# ============ 2. DHR overview extract: Date | Time | Event chronology table, boxed "DHR n" recommendations
S2 = "dhr_overview_date_time_event_chron_table_weekday_dd_mm_yyyy_24h_times_approx_boxed_dhr_n_recs_learning_point_boxes_not_recs_page_x_of_y_official_sensitive_p052_cresslingham"
C_EVENTS = [
    (
        "Fri 14/05/2021",
        "09:10",
        "Alisha told her GP she was sleeping badly because of arguments at home. "
        "The GP did not ask about domestic abuse and did not see her alone; Daniel was in the waiting room.",
    ),
    (
        "Fri 14/05/2021",
        "21:45",
        "A neighbour called police about shouting from the flat. Officers attended; "
        "both said it was a verbal argument. A risk assessment was completed and graded standard.",
    ),
    (
        "Mon 07/06/2021",
        "approx. 11:00",
        "Alisha went to the housing office and asked how to move to another "
        "area. She was given a form and told the waiting time was about two years.",
    ),
    (
        "Sat 26/06/2021",
        "—",
        "Alisha's sister received a message from her saying Daniel had taken her phone "
        "and car keys. The sister did not contact any agency.",
    ),
    (
        "Wed 04/08/2021",
        "16:20",
        "Alisha rang a domestic abuse helpline and spoke to an adviser for twenty "
        "minutes. She declined a referral to the local outreach service.",
    ),
    (
        "Thu 19/08/2021",
        "23:40",
        "Police were called by a passer-by to Alisha's address. She was found with "
        "serious injuries and died at the scene. Daniel was arrested nearby.",
    ),
]
C_RECS = [
    (
        "DHR 1",
        "Cresslingham Community Safety Partnership should ask every GP practice in the borough to "
        "confirm that patients who disclose arguments or fear at home are offered a consultation alone.",
    ),
    (
        "DHR 2",
        "Cresslingham Police should audit domestic incidents graded standard risk where officers record "
        "that the parties are still living together, and report the findings to the Partnership.",
    ),
    (
        "DHR 3",
        "Cresslingham Borough Council Housing Service should tell applicants who mention abuse about the "
        "emergency transfer route on the day they ask, and record that they have done so.",
    ),
    (
        "DHR 4",
        "The Partnership should run a campaign aimed at friends and family, telling them what they can "
        "do when someone they know is being controlled.",
    ),
]


def rec_box(doc, label, text):
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    c = t.cell(0, 0)
    set_text(c, label, bold=True, size=10.5)
    c.add_paragraph().add_run(text).font.size = Pt(10.5)
    doc.add_paragraph()


def build_cresslingham():
    doc = word_doc(
        "P052",
        10.5,
        "OFFICIAL – SENSITIVE",
        "Cresslingham CSP – DHR 'Alisha' – Overview report      ",
        margins=(2.8, 2.2, 2.2, 2.0),
        page_of=True,
    )
    heading(doc, "5. Key events", 2)
    numbered(
        doc,
        "5.1",
        "The table below sets out the contacts the review panel judged most significant. "
        "Times are taken from agency records; where no time was recorded a dash is shown.",
    )
    t = make_table(doc, ("Date", "Time", "Event"), (3.0, 2.2, 10.8), size=9.5)
    for row in C_EVENTS:
        add_row(t, row, (3.0, 2.2, 10.8), size=9.5)
    para(doc, "")
    box(
        doc,
        "Learning point 1\nA standard risk grading at a first call-out can hide a pattern that neighbours "
        "and family already see. Practitioners should ask who else knows what is happening.",
        fill="F2F2F2",
        width=16.0,
        size=9.5,
    )
    heading(doc, "6. Analysis", 2)
    numbered(
        doc,
        "6.1",
        "Alisha, who was 29, made five contacts with agencies in the three months before her death. Each "
        "contact on its own looked minor; together they show a woman trying to leave.",
    )
    numbered(
        doc,
        "6.2",
        "The panel found good practice in the helpline's call: the adviser named coercive "
        "control and gave Alisha a safe number to use.",
    )
    box(
        doc,
        "Learning point 2\nA request to move home is often the first step to leaving. Housing staff are "
        "well placed to ask why.",
        fill="F2F2F2",
        width=16.0,
        size=9.5,
    )
    page_break(doc)
    heading(doc, "7. Recommendations", 2)
    numbered(
        doc,
        "7.1",
        "The panel makes four recommendations. Each is set out in a box below; the action "
        "plan at Appendix C says who will do what by when.",
    )
    for label, text in C_RECS:
        rec_box(doc, label, text)
    numbered(
        doc,
        "7.2",
        "The learning points in section 5 and 6 are for practitioners and are not recommendations.",
    )
    para(doc, "Report author: Gideon Achterberg-Nwosu, Independent Chair", italic=True)
    save(doc, S2)


# ============ 3. CSPR: chronology grouped under agency headings, approximate dates; recommendations 1.1 per finding
S3 = "cspr_agency_grouped_chronology_bold_date_lead_w_c_early_late_season_dates_findings_headed_recs_dotted_1_1_2_1_good_practice_not_recs_dejavu_sans_condensed_burnholt"
B_CHRON = [
    (
        "Health Visiting Service",
        [
            (
                "Early 2020",
                "The health visitor completed the new birth visit. Mother said she felt low and was "
                "offered a follow-up call, which took place two weeks later.",
            ),
            (
                "w/c 3 August 2020",
                "A planned development review was missed. The family were sent a letter with a "
                "new date and the health visitor noted that the flat had no working cooker.",
            ),
            (
                "Late 2020",
                "Mother told the health visitor that Kyle's father had moved back in. No enquiry was made "
                "about him.",
            ),
        ],
    ),
    (
        "Burnholt Nursery",
        [
            (
                "Spring 2021",
                "Kyle started at nursery for fifteen hours a week. Staff noticed that he was often "
                "hungry on Monday mornings.",
            ),
            (
                "w/c 14 June 2021",
                "Kyle arrived with a bruise to his cheek. Mother said he had fallen on the stairs; "
                "staff recorded the explanation and did not refer.",
            ),
        ],
    ),
    (
        "Burnholt Police",
        [
            (
                "22/07/2021",
                "Police attended a report of a disturbance and saw Kyle asleep in the flat. A notification "
                "was sent to children's social care the next day.",
            ),
        ],
    ),
]
B_RECS = [
    (
        "Finding 1: Fathers and other men in the household were not known to practitioners.",
        [
            (
                "1.1",
                "The Burnholt Safeguarding Children Partnership should make sure that every agency's first "
                "contact records ask who else lives in the home and who cares for the child.",
            ),
            (
                "1.2",
                "Health visitors should be supported to see fathers and partners, including by offering visits "
                "outside office hours.",
            ),
        ],
    ),
    (
        "Finding 2: An injury with a plausible explanation was not shared.",
        [
            (
                "2.1",
                "The Partnership should publish guidance for early years settings on when to share a minor "
                "injury to a child under three with the health visitor.",
            ),
        ],
    ),
    (
        "Finding 3: Poverty was seen but not acted on.",
        [
            (
                "3.1",
                "Burnholt Council should make sure that practitioners know how to refer a family for "
                "emergency household support, and audit the referrals after six months.",
            ),
        ],
    ),
]


def build_burnholt():
    doc = word_doc(
        "DejaVu Sans Condensed",
        9,
        "Burnholt Safeguarding Children Partnership — Child Safeguarding Practice Review — Kyle",
        "Burnholt SCP — ",
        margins=(2.2, 2.6, 2.0, 2.0),
    )
    heading(doc, "1. Why this review was held", 1)
    para(
        doc,
        "Kyle was admitted to hospital in August 2021 with injuries that doctors said were not "
        "accidental. The Partnership's rapid review found that several agencies had seen signs of neglect "
        "and agreed that a local child safeguarding practice review should be held.",
    )
    heading(doc, "2. How the review was done", 1)
    para(
        doc,
        "Agencies gave short reports and met the lead reviewer at two practitioner events. Kyle's "
        "mother and grandmother spoke to the reviewer; his father declined.",
    )
    heading(doc, "3. What happened: agency involvement", 1)
    para(
        doc,
        "The involvement of each agency is summarised under its own heading. Exact dates were not "
        "available for every contact; where a record gives only a week or a season, that is what is shown.",
    )
    for agency, events in B_CHRON:
        heading(doc, agency, 3)
        for when, text in events:
            p = doc.add_paragraph()
            p.add_run(when + " – ").bold = True
            p.add_run(text)
    box(
        doc,
        "Good practice\nThe police notification was sent within a day and was clear about what officers "
        "had seen.",
        fill="E8F0E8",
        width=16.2,
        size=8.5,
    )
    page_break(doc)
    heading(doc, "4. Findings and recommendations", 1)
    para(doc, "The review makes four recommendations, grouped under the finding each one answers.")
    for finding, recs in B_RECS:
        para(doc, finding, bold=True)
        for ref, text in recs:
            numbered(doc, ref, text)
    heading(doc, "5. Next steps", 1)
    para(
        doc,
        "The Partnership will publish its response within three months. Kyle, who was eighteen months old, "
        "survived his injuries of 9 August 2021 and now lives with his grandmother.",
    )
    para(doc, "Lead reviewer: Rosamund Ekwueme-Ballantyne", italic=True)
    save(doc, S3)


# ============ 4. NHS PSII after a homicide: safety recommendations SR n, safety action plan SA n.n, measure column
S4 = "nhs_psii_mh_homicide_areas_for_improvement_not_recs_safety_recs_sr_n_safety_action_plan_sa_n_n_merged_sr_cells_measure_col_implemented_partially_not_yet_month_timescales_dejavu_serif_condensed_tiverstone"
T_HEAD = (
    "Safety recommendation",
    "Ref",
    "Safety action",
    "Owner",
    "Timescale",
    "Measure of effectiveness",
    "Status",
)
T_W = (3.0, 1.2, 3.2, 2.3, 1.9, 2.8, 2.6)
T_SR = [
    (
        "SR1",
        "The Trust should make sure that a person discharged from the crisis team is given a named contact "
        "and a planned follow-up within seven days.",
    ),
    (
        "SR2",
        "The Trust should include a carer or family member's view in every risk formulation where the "
        "patient lives with them.",
    ),
    (
        "SR3",
        "The Trust should agree with Tiverstone Police a single route for sharing concerns about threats "
        "made by a patient to a named person.",
    ),
]
T_GROUPS = [
    (
        ("SR1 – Named contact and follow-up after crisis team discharge",),
        [
            (
                "SA1.1",
                "Discharge template to include named contact and follow-up date",
                "Crisis Team Manager",
                "Nov 2025",
                "Monthly audit of 20 discharge letters",
                "Implemented",
            ),
            (
                "SA1.2",
                "Seven-day follow-up added to the team's daily huddle list",
                "Crisis Team Manager",
                "Dec 2025",
                "Huddle list shows follow-ups due",
                "Partially implemented",
            ),
        ],
    ),
    (
        ("SR2 – Family view in risk formulation",),
        [
            (
                "SA2.1",
                "Risk formulation training to include a family-view session",
                "Head of Clinical Education",
                "Mar 2026",
                "Training records; audit of formulations",
                "Not yet implemented",
            ),
        ],
    ),
    (
        ("SR3 – Sharing threats with police",),
        [
            (
                "SA3.1",
                "Joint protocol with Tiverstone Police on threats to named people",
                "Safeguarding Lead",
                "Jan 2026",
                "Protocol signed by both organisations",
                "Partially implemented",
            ),
            (
                "SA3.2",
                "Protocol briefing for all community teams",
                "Safeguarding Lead",
                "Feb 2026",
                "Attendance at team briefings",
                "Not yet implemented",
            ),
        ],
    ),
]


def build_tiverstone():
    doc = word_doc(
        "DejaVu Serif Condensed",
        9,
        "Tiverstone Healthcare NHS Trust / Patient safety incident investigation / PSII-2024-117",
        "PSII report – final – ",
        margins=(2.0, 2.0, 2.5, 2.0),
    )
    heading(doc, "Patient Safety Incident Investigation", 1)
    kv_table(
        doc,
        [
            (
                "Incident",
                "Death of a member of the public, Ms Wilhelmina Dacosta-Pryce (aged 59), on 30 April "
                "2024, after an assault by a patient of the Trust",
            ),
            ("Patient", "Mr L, aged 34, under the care of the Home Treatment Team"),
            ("Lead investigator", "Cassius Oyelaran-Whitby, Patient Safety Partner"),
            ("Approved", "Tiverstone Healthcare NHS Trust Patient Safety Group, 12 March 2025"),
        ],
        widths=(3.5, 13.0),
        size=8.5,
    )
    heading(doc, "Findings", 2)
    para(
        doc,
        "The investigation used a systems approach. It did not seek to find fault with any member of "
        "staff. It identified the following areas for improvement:",
    )
    bullets(
        doc,
        [
            "Area for improvement 1: discharge from the crisis team did not name who Mr L should contact.",
            "Area for improvement 2: his mother's worries were heard but did not reach the risk formulation.",
            "Area for improvement 3: a threat to a neighbour was told to the police and the Trust separately.",
        ],
    )
    para(
        doc,
        "The areas for improvement are not recommendations; the safety recommendations below respond "
        "to them.",
    )
    heading(doc, "Safety recommendations", 2)
    for ref, text in T_SR:
        labelled(doc, ref, text)
    page_break(doc)
    heading(doc, "Safety action plan", 2)
    para(
        doc,
        "Status at 31 October 2025. Implemented = action completed and measure met. Partially "
        "implemented = action started. Not yet implemented = not started.",
        size=8,
    )
    merged_plan_table(doc, T_HEAD, T_W, T_GROUPS, size=8)
    para(doc, "")
    para(
        doc,
        "The Trust will report progress on this plan to the Integrated Care Board's quality group.",
        size=8,
    )
    save(doc, S4)


# ============ 5. Joint DHR / CSPR executive summary: D1 and C1 recommendations, plan with a Review column
S5 = "joint_dhr_cspr_exec_summary_two_rec_lists_d1_c1_prefixed_refs_plan_review_col_rec_ref_only_update_col_complete_partially_complete_overdue_not_yet_due_status_mon_yyyy_targets_liberation_mono_lowmarrick"
L_D = [
    (
        "D1",
        "Lowmarrick Community Safety Partnership should make sure that the MARAC is told when a high-risk "
        "victim is pregnant or has a child under one.",
    ),
    (
        "D2",
        "Lowmarrick Police should review how officers record the presence of children at domestic incidents.",
    ),
    (
        "D3",
        "Specialist domestic abuse services should offer outreach support to victims who decline a "
        "refuge place.",
    ),
]
L_C = [
    (
        "C1",
        "Lowmarrick Safeguarding Children Partnership should issue guidance on the assessment of a "
        "father or partner before a pre-birth child protection conference.",
    ),
    (
        "C2",
        "Midwifery and health visiting services should share a single record of domestic abuse "
        "disclosures made during pregnancy.",
    ),
]
L_HEAD = ("Ref", "Review", "Action", "By whom", "By when", "Update (September 2025)", "Status")
L_W = (1.1, 1.4, 4.0, 2.6, 1.9, 4.2, 2.2)
L_ROWS = [
    (
        "D1",
        "DHR",
        "Add pregnancy and children under one to the MARAC referral form",
        "MARAC Coordinator",
        "June 2025",
        "Form changed and in use since May 2025.",
        "Complete",
    ),
    (
        "D2",
        "DHR",
        "Audit 50 domestic incident records for the recording of children",
        "Detective Inspector, Public Protection",
        "Sept 2025",
        "Audit half done; finish delayed by staff moves.",
        "Overdue",
    ),
    (
        "D3",
        "DHR",
        "Outreach offer written into the refuge referral letter",
        "Lowmarrick Women's Aid",
        "Dec 2025",
        "Letter redrafted; awaiting approval by the service's trustees.",
        "Partially complete",
    ),
    (
        "C1",
        "CSPR",
        "Guidance on assessing fathers before a pre-birth conference",
        "LSCP Business Manager",
        "Jan 2026",
        "Not yet begun; due to start in November.",
        "Not yet due",
    ),
    (
        "C2",
        "CSPR",
        "Shared record of disclosures agreed by midwifery and health visiting",
        "Head of Midwifery",
        "Mar 2026",
        "Scoping meeting held in August.",
        "Partially complete",
    ),
]


def build_lowmarrick():
    doc = word_doc(
        "Liberation Mono",
        8.5,
        "Joint DHR and CSPR: Hannah and Baby J - Executive Summary",
        "Lowmarrick CSP and LSCP - page ",
        margins=(2.0, 1.8, 2.0, 2.0),
    )
    heading(doc, "Joint Domestic Homicide Review and Child Safeguarding Practice Review", 1)
    para(doc, "Executive Summary", bold=True)
    para(
        doc,
        "Hannah, aged 23, was killed by her partner on 17 October 2022. Her son, Baby J, was six weeks "
        "old and was seriously injured on the same night. Lowmarrick Community Safety Partnership and "
        "Lowmarrick Safeguarding Children Partnership commissioned one joint review. The independent "
        "reviewer was Benedikt Saraswati-Holm.",
    )
    heading(doc, "Key lines of enquiry", 2)
    for i, s in enumerate(
        [
            "How agencies assessed risk to Hannah during pregnancy.",
            "What was known about her partner and whether he was assessed.",
            "How information moved between midwifery, health visiting and police.",
        ],
        1,
    ):
        para(doc, f"({i}) {s}")
    heading(doc, "Recommendations for the DHR", 2)
    for ref, text in L_D:
        numbered(doc, ref, text)
    heading(doc, "Recommendations for the CSPR", 2)
    for ref, text in L_C:
        numbered(doc, ref, text)
    para(
        doc,
        "Single-agency recommendations made in agency reports are monitored by each agency and are not "
        "listed here.",
        italic=True,
    )
    page_break(doc)
    heading(doc, "Joint action plan", 2)
    para(
        doc,
        "Status key: Complete; Partially complete (work begun); Overdue (work begun, target missed); "
        "Not yet due (not begun, target not reached).",
        size=8,
    )
    t = make_table(doc, L_HEAD, L_W, size=8)
    for row in L_ROWS:
        add_row(t, row, L_W, size=8)
    para(doc, "")
    para(doc, "Agreed by both partnerships on 3 October 2025.", size=8)
    save(doc, S5)


if __name__ == "__main__":
    build_yarrowmead()
    build_cresslingham()
    build_burnholt()
    build_tiverstone()
    build_lowmarrick()
