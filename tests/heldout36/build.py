"""Build the heldout36 blind documents as Word files (python-docx).

Run once:  python tests/heldout36/build.py
Then convert each .docx with LibreOffice and extract text (see README.md).
Five documents of five families nobody had tuned on: a SAR action plan after a death in prison whose
"Accepted?" column is the agency's response, not a status, merged down and split over a page break; a
Northern Ireland case management review executive summary with a When | What happened chronology of short
dotted dates and day ranges and regional / local recommendation lists; a thematic SAR summary whose
recommendations are lettered by theme (A1, B1) with a "How we will know" plan; a DHR overview extract whose
chronology table carries a Panel comment column, with R.n recommendations and a single-agency table; and a
CSPR action plan with a full-width recommendation band row above each group and colour-word RAG statuses.
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
    merged_plan_table,
    new_doc,
    numbered,
    page_break,
    para,
)

save = docx_saver(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)


def word_doc(font, size, header, footer_label, landscape=False, margins=(2, 2, 2, 2), suffix=""):
    """A document in one font throughout, a running head and a footer '<label><page><suffix>'."""
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
            st.font.color.rgb = RGBColor(0x1F, 0x3A, 0x2B)
    doc.styles["Heading 1"].font.size = Pt(size + 4)
    doc.styles["Heading 2"].font.size = Pt(size + 2)
    doc.styles["Heading 3"].font.size = Pt(size + 1)
    doc.styles["Normal"].paragraph_format.space_after = Pt(4)
    sec = doc.sections[0]
    sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = (Cm(m) for m in margins)
    p = sec.footer.paragraphs[0]
    p.text = ""
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run(footer_label)
    add_field(p.add_run(), "PAGE")
    if suffix:
        p.add_run(suffix)
    for r in p.runs:
        r.font.size = Pt(7.5)
    return doc


def bullets(doc, items):
    for s in items:
        para(doc, s, style="List Bullet")


def run_in(doc, label, text):
    """A paragraph opening with a bold run-in label."""
    p = doc.add_paragraph()
    p.add_run(label + " ").bold = True
    p.add_run(text)
    return p


# ============ 1. SAR action plan after a death in prison: Accepted? column, merged cells, split over a page
S1 = "sar_prison_death_plan_accepted_col_not_status_merged_no_rec_accepted_cells_actioned_ongoing_not_commenced_status_immediate_and_dd_mm_yyyy_targets_row_split_over_page_break_nimbus_roman_landscape_stallowmere"
P_HEAD = ("No.", "Recommendation", "Accepted?", "Action", "Owner", "Target date", "Status at 30/09/2025")
P_W = (1.0, 6.4, 2.0, 7.4, 3.8, 2.3, 3.2)
P_GROUPS = [
    (
        (
            "1",
            "HMP Stallowmere and its healthcare provider should agree a written process so that a worry "
            "about a prisoner's safety raised by a family member on the telephone reaches the prisoner's "
            "wing and the healthcare team on the same day.",
            "Accepted",
        ),
        [
            (
                "Family concerns line diverted to the Safer Custody mailbox, checked hourly by the duty "
                "Safer Custody officer.",
                "Head of Safer Custody",
                "Immediate",
                "Actioned",
            ),
            (
                "Written process issued to all wing managers and the healthcare reception team.",
                "Governor, Residential",
                "30/11/2025",
                "Ongoing",
            ),
        ],
    ),
    (
        (
            "2",
            "Reviews of prisoners on self-harm case management should include the prisoner's key worker "
            "and, where the prisoner agrees, a family member, and the reasons for closing the plan should "
            "be written down.",
            "Accepted",
        ),
        [
            (
                "Key workers added to the invitation list for every self-harm case review.",
                "Safer Custody Manager",
                "31/12/2025",
                "Ongoing",
            ),
            (
                "Dip sample of 20 closed plans each quarter, checking that the reasons for closure are "
                "recorded and that the prisoner was asked about family contact.",
                "Head of Safer Custody",
                "31/03/2026",
                "Ongoing",
            ),
            (
                "Briefing for case managers on inviting family members, with a script for the first "
                "telephone call, a leaflet explaining what a case review is and who attends, a note on "
                "what can and cannot be shared without the prisoner's consent, and a reminder that the "
                "family's view is to be written in the review record. The briefing will be given at "
                "the monthly staff learning sessions on each wing in turn, starting with the wing where "
                "Mr D lived, and repeated for night staff so that officers who work only nights also "
                "hear it. Attendance will be logged and reported to the Safety Meeting.",
                "Safer Custody Manager with the Family Engagement Worker",
                "31/03/2026",
                "Not commenced",
            ),
        ],
    ),
    (
        (
            "3",
            "Stallowmere Safeguarding Adults Board should write to HM Prison and Probation Service asking "
            "that national guidance on early days in custody says how a prisoner's known health needs "
            "are passed on when he is moved between prisons.",
            "Partially accepted",
        ),
        [
            (
                "Letter from the Board's Independent Chair sent to the HMPPS Director of Health, Safety "
                "and Wellbeing.",
                "SAB Independent Chair",
                "31/10/2025",
                "Actioned",
            ),
            (
                "Local transfer checklist amended while a national answer is awaited.",
                "Healthcare Head of Service",
                "31/01/2026",
                "Ongoing",
            ),
        ],
    ),
]


def build_stallowmere():
    doc = word_doc(
        "Nimbus Roman",
        10,
        "PROTECT – PERSONAL  ·  Stallowmere SAB",
        "SAR 'Mr D' action plan  v2  —  page ",
        landscape=True,
        margins=(1.8, 1.6, 1.8, 1.6),
    )
    heading(doc, "Safeguarding Adults Review concerning Mr D: Action Plan", 1)
    para(
        doc,
        "Mr D, aged 46, died in HMP Stallowmere on 12 January 2024. Stallowmere Safeguarding Adults Board "
        "commissioned this review in March 2024 and it was written by Peregrine Oduya-Haldane, an independent "
        "reviewer. The prison, its healthcare provider and the Board were asked to say whether they accepted "
        "each recommendation and what they would do. Their replies are set out below.",
    )
    heading(doc, "Notes on this plan", 3)
    kv_table(
        doc,
        [
            (
                "Accepted?",
                "The response of the agency named in the recommendation: Accepted, Partially accepted or "
                "Not accepted. This column does not show progress.",
            ),
            (
                "Status",
                "Actioned: done, with evidence held by the owner. Ongoing: work has started. Not "
                "commenced: no work has started yet.",
            ),
            ("Target date", "'Immediate' means the action was due as soon as the plan was agreed."),
        ],
        widths=(3.5, 20),
        size=9,
    )
    para(
        doc,
        "The Prisons and Probation Ombudsman made its own recommendations after its investigation into Mr "
        "D's death. Those have a separate plan held by the prison and are not repeated here.",
        italic=True,
        size=9,
    )
    para(
        doc,
        "The Board's Case Review Group reviewed progress on 30 September 2025. Seven actions are listed; two "
        "are actioned.",
        size=9,
    )
    merged_plan_table(doc, P_HEAD, P_W, P_GROUPS, size=9)
    para(doc, "")
    para(doc, "Next review of this plan: Case Review Group, January 2026.", size=9)
    save(doc, S1)


# ============ 2. Northern Ireland case management review: When | What happened, regional / local recs
S2 = "ni_cmr_exec_summary_when_what_table_chronology_short_dotted_d_m_yy_and_day_ranges_regional_local_rec_headings_continuous_numbering_bold_run_in_practice_points_not_recs_liberation_sans_drumcassel"
WHEN = (
    (
        "3.3.19",
        "Child R's mother told the health visitor at the 12-month contact that her partner had moved "
        "back in and that she felt 'on edge' when he drank.",
    ),
    (
        "10–14.6.19",
        "Child R stayed with her maternal grandmother while her mother was in hospital with a "
        "broken wrist. The grandmother told a neighbour she did not believe the account of a fall.",
    ),
    (
        "27.8.19",
        "The PSNI attended a report of a disturbance at the family home. Both adults said there had "
        "been a loud argument only. A referral was sent to the Gateway Service.",
    ),
    (
        "Oct 2019",
        "The Gateway Service closed the referral after a telephone call with Child R's mother, who "
        "said the partner had left.",
    ),
    (
        "5.12.19",
        "Child R was seen at the GP surgery with a bruise to the cheek. Her mother said she had "
        "fallen against a coffee table.",
    ),
    (
        "18.2.20",
        "Child R was taken to the Emergency Department at Drumcassel Area Hospital by ambulance, "
        "unresponsive. She died the following day.",
    ),
)


def build_drumcassel():
    doc = word_doc(
        "Liberation Sans",
        10,
        "SBNI  |  CMR 03/20  |  Executive Summary",
        "Drumcassel CMR 03/20 – Executive Summary – ",
        margins=(2.4, 2.0, 2.2, 2.0),
    )
    heading(doc, "Case Management Review CMR 03/20: Child R", 1)
    para(doc, "Executive Summary", bold=True)
    para(
        doc,
        "The Safeguarding Board for Northern Ireland (SBNI) agreed on 2 April 2020 that the death of Child R, "
        "aged two, on 19 February 2020 met the criteria for a Case Management Review. The Board appointed "
        "Aisling McCandless-Ferry, an independent reviewer, to lead it with a panel drawn from the Drumcassel "
        "area. The review looked at the period from Child R's birth until her death.",
    )
    heading(doc, "Terms of reference", 2)
    for letter, text in (
        ("(a)", "how agencies understood the risk posed by the mother's partner;"),
        ("(b)", "whether the referral in August 2019 was assessed properly;"),
        ("(c)", "what the wider family knew and whether they were asked."),
    ):
        numbered(doc, letter, text)
    heading(doc, "Summary of events", 2)
    para(doc, "The table gives the events the panel thought most important. It is not a full chronology.")
    t = make_table(doc, ("When", "What happened"), (2.8, 13.8), size=9.5)
    for when, what in WHEN:
        add_row(t, (when, what), (2.8, 13.8), size=9.5, bold_cols=(0,))
    para(doc, "")
    box(
        doc,
        "Practice point\nA fall that a parent describes should be checked against what the child can do at "
        "that age. Ask whether the account fits.",
        fill="FCE4D6",
        width=16.6,
        size=9.5,
    )
    page_break(doc)
    heading(doc, "Recommendations", 2)
    para(
        doc,
        "The panel makes five recommendations. Recommendations 1 and 2 are for the SBNI across Northern "
        "Ireland; 3 to 5 are for agencies in the Drumcassel area.",
    )
    heading(doc, "Regional recommendations", 3)
    run_in(
        doc,
        "Recommendation 1:",
        "The SBNI should revise its regional procedures so that every unexplained injury to a non-mobile or "
        "newly walking child is discussed with a paediatrician before the child goes home, across all five "
        "Trust areas.",
    )
    run_in(
        doc,
        "Recommendation 2:",
        "The SBNI should develop regional guidance for Gateway Services on closing a referral after a "
        "telephone call only, including when a home visit must take place.",
    )
    heading(doc, "Local recommendations", 3)
    run_in(
        doc,
        "Recommendation 3:",
        "Drumcassel Health and Social Care Trust should make sure that health visitors record who lives in "
        "the household at every contact and share a change of household with the GP.",
    )
    run_in(
        doc,
        "Recommendation 4:",
        "The PSNI in the Drumcassel district should ask to see every child present when attending a "
        "domestic incident and record that the child was seen.",
    )
    run_in(
        doc,
        "Recommendation 5:",
        "Drumcassel GP practices should ask about domestic abuse when a young child is brought with an "
        "injury, seeing the parent alone where possible.",
    )
    box(
        doc,
        "Practice point\nGrandparents often know more than they are asked about. The panel heard this from "
        "Child R's family.",
        fill="FCE4D6",
        width=16.6,
        size=9.5,
    )
    para(
        doc,
        "The SBNI accepted the recommendations on 14 January 2021. An action plan will be monitored by its "
        "Case Management Review Panel.",
        italic=True,
    )
    save(doc, S2)


# ============ 3. Thematic SAR summary: recommendations lettered by theme, "How we will know" plan
S3 = "thematic_sar_summary_three_adults_theme_lettered_recs_a1_b1_plan_how_we_will_know_col_ref_repeated_each_row_achieved_underway_not_yet_begun_mon_hyphen_yy_when_urw_bookman_hethercombe"
T_HEAD = ("Ref", "What we will do", "Who", "When", "How we will know", "Progress")
T_W = (1.1, 5.0, 2.9, 1.5, 3.9, 2.2)
T_ROWS = (
    (
        "A1",
        "Add a hoarding and self-neglect question to the tenancy visit form.",
        "Hethercombe Homes",
        "Jan-26",
        "Form in use; visits audited in March.",
        "Achieved",
    ),
    (
        "A1",
        "Train tenancy officers to use the self-neglect pathway.",
        "Hethercombe Homes",
        "Apr-26",
        "80% of officers trained.",
        "Underway",
    ),
    (
        "A2",
        "Set up a monthly self-neglect panel chaired by adult social care.",
        "Adult Social Care",
        "Sep-25",
        "Panel minutes; cases discussed.",
        "Achieved",
    ),
    (
        "B1",
        "Discharge checklist asks who will be at home on the first night.",
        "Hethercombe Hospitals Trust",
        "Feb-26",
        "Checklist audit of 30 discharges.",
        "Underway",
    ),
    (
        "B1",
        "Share the checklist with the two private care agencies.",
        "Hethercombe Hospitals Trust",
        "Jun-26",
        "Agencies confirm receipt and use.",
        "Not yet begun",
    ),
    (
        "B2",
        "Joint visit within 48 hours for anyone discharged who lives alone and refused care.",
        "Community Health and Adult Social Care",
        "Mar-26",
        "Visits recorded in both systems.",
        "Underway",
    ),
)


def build_hethercombe():
    doc = word_doc(
        "URW Bookman",
        9.5,
        "Hethercombe Safeguarding Adults Board — Thematic Review",
        "HSAB thematic SAR summary / ",
        margins=(2.0, 2.6, 2.0, 2.0),
    )
    heading(doc, "Thematic Safeguarding Adults Review: Living Alone After Hospital", 1)
    para(doc, "Summary report and action plan", italic=True)
    para(
        doc,
        "This review looked at the deaths of three people who lived alone in Hethercombe: Anne, aged 71, "
        "Bernard, aged 58, and Clive, aged 80. Each had recently left hospital and each had refused some of "
        "the help offered. The Board asked Fenella Stroud-Amankwah, an independent reviewer, to look at what "
        "their stories had in common rather than at each death in turn.",
    )
    box(
        doc,
        "What families told us\n'Nobody seemed to own him once he left the ward.'  "
        "'She said no to carers, but she never said no to a cup of tea and a chat.'",
        fill="E2EFDA",
        width=16.4,
        size=9,
    )
    heading(doc, "Theme A – Self-neglect and the tenancy", 2)
    para(
        doc,
        "Two of the three lived in social housing. Tenancy officers saw homes that were filling up but "
        "did not know that self-neglect could be raised as a safeguarding concern.",
    )
    run_in(
        doc,
        "A1",
        "Hethercombe Homes should make sure that tenancy officers recognise self-neglect and "
        "know how to use the Board's self-neglect pathway.",
    )
    run_in(
        doc,
        "A2",
        "Adult Social Care should lead a multi-agency panel where practitioners can bring "
        "people who refuse help and agree who will keep in touch.",
    )
    heading(doc, "Theme B – Leaving hospital", 2)
    para(
        doc,
        "All three went home without anyone checking that they could manage on the first night. Refusals "
        "of care were recorded but not passed on.",
    )
    run_in(
        doc,
        "B1",
        "Hethercombe Hospitals Trust should review its discharge checklist so that it asks "
        "who will be at home and records any refusal of care for the community teams.",
    )
    run_in(
        doc,
        "B2",
        "Community health services and Adult Social Care should agree a joint visit for "
        "people who live alone and refuse a package of care on discharge.",
    )
    para(
        doc,
        "Learning for all practitioners: a refusal is the start of a conversation, not the end of one. "
        "This is a message for briefings and is not a recommendation.",
        italic=True,
    )
    page_break(doc)
    heading(doc, "Action plan", 2)
    para(
        doc,
        "Progress: Achieved · Underway · Not yet begun. Position as reported to the Board in November 2025.",
        size=8.5,
    )
    t = make_table(doc, T_HEAD, T_W, size=8.5, header_fill="C6E0B4")
    for row in T_ROWS:
        add_row(t, row, T_W, size=8.5, bold_cols=(0,))
    para(doc, "")
    para(
        doc, "Reviewer: Fenella Stroud-Amankwah. Summary approved by the Board on 9 December 2025.", size=8.5
    )
    save(doc, S3)


# ============ 4. DHR overview extract: Date | Source | Information | Panel comment, R.n and single-agency recs
S4 = "dhr_overview_chron_table_date_source_information_panel_comment_col_not_event_d_mon_yy_dates_recs_r_dot_n_single_agency_recs_table_agency_level_c059_oswaldby"
CH_HEAD = ("Date", "Source", "Information", "Panel comment")
CH_W = (1.9, 2.4, 7.0, 4.9)
CH_ROWS = (
    (
        "4 Nov 21",
        "GP",
        "Lorna told her GP she had been feeling low since moving in with Kieran. She was "
        "prescribed an antidepressant.",
        "Lorna was seen alone but not asked about her relationship.",
    ),
    (
        "17 Jan 22",
        "Police",
        "A neighbour reported shouting and a door being slammed. Officers spoke to "
        "Kieran on the doorstep; Lorna was not seen.",
        "A missed chance to speak to Lorna on her own.",
    ),
    (
        "2 Feb 22",
        "Housing",
        "Lorna asked the housing office about a transfer to a flat near her mother.",
        "—",
    ),
    (
        "2 Feb 22",
        "GP",
        "A receptionist took a call from Kieran cancelling Lorna's review appointment.",
        "Cancellation by a partner was not flagged.",
    ),
    (
        "Mar 22",
        "Friend",
        "Lorna's friend Sadie noticed bruising on her arm during a night out; Lorna said "
        "she had walked into a door.",
        "Friends need to know where to turn.",
    ),
    (
        "9 Apr 22",
        "Police",
        "Police were called to the flat by Kieran, who said Lorna had collapsed. She was "
        "pronounced dead at the scene.",
        "—",
    ),
)


def build_oswaldby():
    doc = word_doc(
        "C059",
        10,
        "Oswaldby Community Safety Partnership — Domestic Homicide Review: Lorna",
        "",
        margins=(2.2, 2.2, 2.6, 2.2),
    )
    heading(doc, "4  Summary chronology", 2)
    numbered(
        doc,
        "4.1",
        "The panel agreed the events below from the agencies' reports. Lorna was 34 when she died. The Panel "
        "comment column gives the panel's view of each event and is not part of the record of what happened.",
    )
    t = make_table(doc, CH_HEAD, CH_W, size=9, header_fill="DDD9C4")
    for row in CH_ROWS:
        add_row(t, row, CH_W, size=9)
    para(doc, "")
    numbered(
        doc,
        "4.2",
        "Good practice: the housing officer who saw Lorna in February 2022 offered her a same-day appointment "
        "and wrote a clear note of it.",
    )
    page_break(doc)
    heading(doc, "5  Recommendations", 2)
    numbered(
        doc, "5.1", "The review makes three recommendations for the partnership and two for single agencies."
    )
    heading(doc, "Overview recommendations", 3)
    for ref, text in (
        (
            "R.1",
            "Oswaldby Community Safety Partnership should make sure that GP practices in the borough "
            "ask patients presenting with low mood about their relationships, seeing them alone.",
        ),
        (
            "R.2",
            "Oswaldby Community Safety Partnership should fund a campaign aimed at friends and work "
            "colleagues on how to respond to signs of domestic abuse.",
        ),
        (
            "R.3",
            "Oswaldby Council Housing Service should treat a transfer request to be near family as a "
            "possible sign of domestic abuse and offer a private conversation.",
        ),
    ):
        numbered(doc, ref, text)
    heading(doc, "Single agency recommendations", 3)
    para(doc, "Each agency made its own recommendations in its report to the panel. The panel endorses them.")
    sa_w = (4.0, 1.6, 10.6)
    t = make_table(doc, ("Agency", "Ref", "Recommendation"), sa_w, size=9, header_fill="DDD9C4")
    add_row(
        t,
        (
            "Oswaldby Police",
            "WP1",
            "Officers attending a domestic incident should speak to each adult "
            "separately and out of each other's hearing.",
        ),
        sa_w,
        size=9,
    )
    add_row(
        t,
        (
            "Oswaldby Medical Practices",
            "WM1",
            "Reception staff should record when an appointment is "
            "cancelled by someone other than the patient and tell the GP.",
        ),
        sa_w,
        size=9,
    )
    para(doc, "")
    para(
        doc,
        "Chair and author: Rosalind Achebe-Whitford, independent chair. Report completed June 2023.",
        italic=True,
    )
    save(doc, S4)


# ============ 5. CSPR action plan: full-width recommendation band rows, colour-word RAG, evidence and sign-off
S5 = "cspr_plan_landscape_full_width_rec_band_rows_action_refs_2_1_evidence_and_sign_off_date_cols_rag_colour_words_blue_green_amber_red_key_month_name_targets_dejavu_sans_thrapsfield"
B_HEAD = ("Ref", "Action", "Lead officer", "By", "Evidence", "Sign-off date", "RAG")
B_W = (1.1, 8.2, 4.0, 2.6, 6.4, 2.2, 1.6)
B_GROUPS = (
    (
        "Recommendation 1 – Thrapsfield Safeguarding Children Partnership should make sure that practitioners "
        "ask about the role of every adult male in a baby's household.",
        (
            (
                "1.1",
                "Add 'who else lives here or visits often' to the midwifery booking and health visiting "
                "templates.",
                "Named Midwife",
                "September 2025",
                "Screenshot of the new template fields.",
                "14/10/2025",
                "BLUE",
            ),
            (
                "1.2",
                "Deliver a practice workshop on engaging fathers and male carers.",
                "Partnership Training Lead",
                "March 2026",
                "Attendance list; workshop evaluation.",
                "",
                "GREEN",
            ),
        ),
    ),
    (
        "Recommendation 2 – Thrapsfield Council Children's Services should review its guidance on sharing "
        "concerns with adult mental health services when a parent is known to both.",
        (
            (
                "2.1",
                "Rewrite the joint working protocol with the mental health trust.",
                "Head of Service, Children in Need",
                "January 2026",
                "Draft protocol; consultation log.",
                "",
                "AMBER",
            ),
            (
                "2.2",
                "Audit ten families known to both services for evidence of joint planning.",
                "Quality Assurance Manager",
                "April 2026",
                "Audit report to the Partnership.",
                "",
                "RED",
            ),
            (
                "2.3",
                "Add the mental health trust's safeguarding lead to the weekly front door meeting.",
                "Front Door Manager",
                "November 2025",
                "Meeting membership list.",
                "02/12/2025",
                "BLUE",
            ),
        ),
    ),
    (
        "Recommendation 3 – Thrapsfield Police should make sure that a child present at a domestic incident "
        "is named on the referral sent to children's services.",
        (
            (
                "3.1",
                "Change the domestic abuse referral form so the child's name and date of birth are "
                "mandatory fields.",
                "Detective Chief Inspector, Public Protection",
                "December 2025",
                "Form change request; sample of referrals.",
                "",
                "GREEN",
            ),
        ),
    ),
)


def build_thrapsfield():
    doc = word_doc(
        "DejaVu Sans",
        8,
        "Thrapsfield Safeguarding Children Partnership  ·  CSPR Child T  ·  Action plan v3",
        "TSCP  ",
        landscape=True,
        margins=(1.5, 1.5, 1.5, 1.5),
        suffix="  (approved by the Executive, 2 October 2025)",
    )
    heading(doc, "Child Safeguarding Practice Review – Child T: Action Plan", 1)
    para(
        doc,
        "Child T died on 28 July 2024, aged 15 months. The review was led by Bartholomew Ingersoll-Mensah, "
        "independent reviewer, for Thrapsfield Safeguarding Children Partnership. The plan below groups each "
        "recommendation's actions beneath it.",
    )
    para(
        doc,
        "RAG key: BLUE – complete and signed off; GREEN – on track; AMBER – under way but slipping; RED – "
        "not started and the date is at risk.",
        bold=True,
    )
    bullets(
        doc,
        (
            "Learning already shared: a seven-minute briefing went to all partners in May 2025.",
            "The Partnership's Learning and Improvement Group reviews this plan every two months.",
        ),
    )
    t = make_table(doc, B_HEAD, B_W, size=8, header_fill="BDD7EE")
    for band, rows in B_GROUPS:
        full_row(t, band, fill="DEEAF6", size=8)
        for row in rows:
            add_row(t, row, B_W, size=8, bold_cols=(0, 6))
    para(doc, "")
    para(doc, "Six actions: two BLUE, two GREEN, one AMBER, one RED.", size=8)
    page_break(doc)
    heading(doc, "Monitoring and sign-off", 2)
    para(
        doc,
        "An action turns BLUE only when the lead officer has sent the evidence to the Partnership's business "
        "unit and the Learning and Improvement Group has agreed that it shows the change is in place. The "
        "sign-off date is the date of that agreement; it is left blank until then.",
    )
    para(
        doc,
        "Where an action is AMBER or RED for two meetings in a row, the lead officer is asked to attend the "
        "next meeting to explain the delay and to propose a new date, which the Executive must agree.",
    )
    so_w = (6.0, 7.0, 4.0)
    t = make_table(doc, ("Role", "Name", "Date"), so_w, size=8, header_fill="BDD7EE", repeat=False)
    add_row(
        t, ("Chair, Learning and Improvement Group", "Wilhelmina Okafor-Dene", "18/09/2025"), so_w, size=8
    )
    add_row(t, ("Independent Scrutineer", "Cosmo Haverill", "25/09/2025"), so_w, size=8)
    add_row(t, ("Partnership Executive", "Meeting of 2 October 2025", "02/10/2025"), so_w, size=8)
    save(doc, S5)


if __name__ == "__main__":
    build_stallowmere()
    build_drumcassel()
    build_hethercombe()
    build_oswaldby()
    build_thrapsfield()
