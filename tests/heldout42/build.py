"""Build the heldout42 blind documents as Word files (python-docx).

Run once:  python tests/heldout42/build.py
Then convert each .docx with LibreOffice and extract text (see README.md).
Five documents of five families nobody had tuned on: a DHR action plan with no status column whose closed
actions are struck through and marked "(closed)"; a DHR executive summary whose chronology sets the victim's
and the perpetrator's contacts side by side in two person columns, dated with apostrophe two-digit years;
a SAR executive summary whose chronology hedges its dates ("Between … and …", "On or about …") with a Board
plan of unnumbered action rows whose status is Done / Doing / To do; a MAPPA serious case review summary whose
recommendations are a table with a "Single / multi-agency" column; and a child safeguarding practice review
plan grouped under finding band rows with compound refs "F1-R1a-A1".
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
    docx_saver,
    full_row,
    kv_table,
    make_table,
    merge_down,
    new_doc,
    numbered,
    para,
    set_landscape,
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
            st.font.color.rgb = RGBColor(0x2B, 0x2B, 0x5A)
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


def run_in(doc, lead, text, size=None):
    """A paragraph opening with a bold run-in label."""
    p = doc.add_paragraph()
    r = p.add_run(lead)
    r.bold = True
    r2 = p.add_run(text)
    if size:
        r.font.size = r2.font.size = Pt(size)
    return p


def struck_cell(cell, text, size):
    """A closed action as the partnership prints it: the words struck through, then '(closed)'."""
    p = cell.paragraphs[0]
    p.text = ""
    r = p.add_run(text)
    r.font.strike = True
    r.font.size = Pt(size)
    tail = p.add_run(" (closed)")
    tail.font.size = Pt(size)
    tail.bold = True


# ============ 1. DHR plan, no status column: closed actions struck through and marked "(closed)"
S1 = "dhr_plan_no_status_col_closed_actions_struck_through_and_suffixed_closed_open_actions_plain_merged_rec_cells_refs_1_1_rows_over_page_break_liberation_sans_cradlestow"
RECS1 = [
    (
        "1",
        "Cradlestow Borough Council's housing service should ask every tenant who reports anti-social behaviour "
        "from a partner or former partner whether domestic abuse is part of what is happening.",
        [
            (
                "1.1",
                "Add a domestic abuse question to the anti-social behaviour intake form and the housing officer "
                "script.",
                "Head of Tenancy Services",
                "31 July 2025",
                True,
            ),
            (
                "1.2",
                "Train all neighbourhood housing officers in asking the question and in referring to the "
                "domestic abuse service.",
                "Housing Learning Lead",
                "31 March 2026",
                False,
            ),
        ],
    ),
    (
        "2",
        "Cradlestow and Quendrith Probation Delivery Unit should make sure that when a person on licence moves "
        "in with a new partner, the partner's safety is assessed before the address is approved.",
        [
            (
                "2.1",
                "Issue a practice direction requiring a partner safety check before any change of address is "
                "approved.",
                "Head of Probation Delivery Unit",
                "30 September 2025",
                True,
            ),
            (
                "2.2",
                "Dip-sample twenty approved address changes to test whether the check was done and recorded.",
                "Quality Development Officer",
                "28 February 2026",
                False,
            ),
        ],
    ),
    (
        "3",
        "The Integrated Care Board should make sure GP practices record and share a patient's disclosure that "
        "they are afraid of a family member.",
        [
            (
                "3.1",
                "Circulate a safeguarding bulletin to every practice on coding and sharing disclosures of fear.",
                "Designated Nurse, Adult Safeguarding",
                "31 May 2025",
                True,
            ),
            (
                "3.2",
                "Audit the records of ten practices for the code and evidence of onward referral.",
                "Named GP for Safeguarding",
                "31 January 2026",
                False,
            ),
        ],
    ),
    (
        "4",
        "Safer Cradlestow Partnership should run a campaign aimed at friends, neighbours and colleagues of "
        "people who may be experiencing domestic abuse, telling them what they can do.",
        [
            (
                "4.1",
                "Commission a bystander campaign with survivors and the local specialist service.",
                "Domestic Abuse Partnership Manager",
                "30 November 2025",
                True,
            ),
            (
                "4.2",
                "Report the campaign's reach and the change in third-party contacts to the Partnership board.",
                "Domestic Abuse Partnership Manager",
                "June 2026",
                False,
            ),
        ],
    ),
]


def build_struck():
    doc = word_doc("Liberation Sans", 10.5, "Safer Cradlestow Partnership", margins=(2.0, 2.0, 2.4, 2.0))
    footer(doc.sections[0], ["DHR ‘Marisol’ action plan   |   updated 14 November 2025   |   ", ("PAGE",)])
    para(doc, "Domestic Homicide Review ‘Marisol’", bold=True, size=16)
    para(doc, "Action plan and progress – November 2025", bold=True, size=12)
    para(
        doc,
        "Marisol was 44 when she was killed by her former partner at her flat in Cradlestow on 21 August 2023. "
        "The review was chaired and written by Tobiah Renwick-Asamoah and was published on 3 March 2025. This "
        "plan is reviewed by the Partnership's DHR Oversight Group every quarter.",
    )
    heading(doc, "About the review", 2)
    for num, text in (
        (
            "1.",
            "Marisol had separated from her partner in the spring of 2023 after eight years together. Over "
            "the following months she reported damage to her car, messages at all hours and noise outside her "
            "flat; the housing service treated these as neighbour nuisance.",
        ),
        (
            "2.",
            "Her former partner had been released on licence in 2022 and had told his probation officer that he "
            "was staying with a friend. He had in fact moved back in with Marisol for several weeks.",
        ),
        (
            "3.",
            "Marisol had told her GP that she was frightened of someone in her family. The disclosure was noted "
            "in free text but not coded or shared.",
        ),
        (
            "4.",
            "The review made four recommendations, all accepted by the Partnership in March 2025. Friends and "
            "colleagues told the review they had seen warning signs but did not know what to do.",
        ),
    ):
        numbered(doc, num, text)
    heading(doc, "How to read this plan", 2)
    para(
        doc,
        "There is no separate status column. When the Oversight Group agrees that an action has been delivered "
        "and has seen the evidence, the action is struck through and marked (closed). Actions in plain type "
        "remain open and are still being worked on.",
    )
    para(
        doc,
        "The recommendation number and wording are those of the overview report; each recommendation has two "
        "actions. Target dates were agreed with each lead when the plan was signed off.",
    )
    heading(doc, "Action plan", 2)
    widths = (1.0, 5.2, 5.4, 3.4, 2.6)
    size = 10
    t = make_table(doc, ["No.", "Recommendation", "Action", "Lead", "Target date"], widths, size=size)
    row = 1
    for num, rec, actions in RECS1:
        first = row
        for ref, action, lead, target, closed in actions:
            r = add_row(t, [ref, f"{num}. {rec}", action, lead, target], widths, size=size)
            if closed:
                struck_cell(r.cells[2], action, size)
            row += 1
        merge_down(t, 1, first, row - 1, size=size)
    doc.add_paragraph()
    heading(doc, "Notes from the Oversight Group", 2)
    para(
        doc,
        "Four actions were closed at the November meeting. The housing training (1.2) has reached about half of "
        "the officers. The probation dip-sample (2.2) is arranged for January. The GP audit (3.2) has started in "
        "three practices. The campaign report (4.2) will follow the first six months of the campaign.",
    )
    para(doc, "Next review by the Oversight Group: February 2026.", italic=True, size=9)
    save(doc, S1)


# ============ 2. DHR executive summary: chronology with the victim's and perpetrator's contacts side by side
S2 = "dhr_exec_summary_chronology_date_col_then_victim_and_perpetrator_person_columns_one_side_empty_apostrophe_two_digit_year_dates_numbered_recs_agency_in_text_dejavu_serif_ulbreck"
CHRON2 = [
    (
        "3 Feb ’19",
        "Ama told the practice nurse she was tired and not sleeping since moving in with Declan.",
        "",
    ),
    (
        "Jun ’19",
        "",
        "Declan was cautioned by Ulbreck Police for criminal damage at his former partner's home.",
    ),
    (
        "14 Nov ’19",
        "Ama attended the emergency department with a cut hand, which she said happened while cooking. No "
        "routine enquiry about domestic abuse was recorded.",
        "",
    ),
    (
        "22 Nov ’19",
        "Ama rang the domestic abuse helpline and asked how to get a non-molestation order.",
        "Declan saw his GP asking for help with his temper and was referred to talking therapies.",
    ),
    ("Jan ’20", "", "Declan did not attend two talking therapies assessments and was discharged."),
    (
        "9 Mar ’20",
        "A neighbour called the police after hearing screaming; Ama said it was an argument and declined a DASH "
        "risk assessment.",
        "",
    ),
    ("27 Apr ’20", "", "Declan bought a knife online; this was found after the homicide."),
]
RECS2 = [
    "Ulbreck Hospitals NHS Trust should make routine enquiry about domestic abuse a required field in the "
    "emergency department's assessment of every adult who attends with an injury.",
    "Ulbreck Police should review how officers record a victim's refusal of a DASH risk assessment and make sure "
    "that a refusal leads to a supervisor's review rather than closure.",
    "The talking therapies service should contact the referrer and consider risk to others before discharging "
    "a patient referred for anger or violence who does not attend.",
    "Ulbreck Community Safety Partnership should publicise the helpline to friends and neighbours and ask the "
    "helpline to record when a caller is asking about legal protection.",
]


def build_parallel():
    doc = word_doc(
        "DejaVu Serif", 9.5, "Ulbreck Community Safety Partnership — DHR ‘Ama’", margins=(2.2, 2.2, 2.0, 2.0)
    )
    footer(doc.sections[0], ["Executive Summary – DHR Ama – FINAL – ", ("PAGE",), " / ", ("NUMPAGES",)])
    para(doc, "Domestic Homicide Review", bold=True, size=15, align="center")
    para(doc, "Executive Summary", bold=True, size=12, align="center")
    para(
        doc,
        "Victim: ‘Ama’, aged 31     Independent chair and author: Lucinda Farrow-Adeyemi",
        size=9,
        align="center",
    )
    heading(doc, "1. The review", 2)
    numbered(
        doc,
        "1.1",
        "Ama was killed by her partner Declan at their home in Ulbreck on 28 April 2020. He was convicted of her "
        "murder. The review was commissioned by Ulbreck Community Safety Partnership and covered the period from "
        "January 2019, when Ama and Declan began living together, to her death.",
    )
    numbered(
        doc,
        "1.2",
        "Ama's mother and sister took part in the review. The panel met six times between September 2020 and "
        "July 2021.",
    )
    heading(doc, "2. Summary chronology", 2)
    para(
        doc,
        "The table shows each person's contacts with services side by side. A blank cell means that person had "
        "no contact on that date.",
        italic=True,
        size=9,
    )
    widths = (2.4, 7.1, 7.1)
    t = make_table(doc, ["Date", "Ama", "Declan"], widths, size=9)
    for row in CHRON2:
        add_row(t, row, widths, size=9)
    doc.add_paragraph()
    heading(doc, "3. Key findings", 2)
    for s in (
        "Ama's injury in November 2019 was an opportunity for routine enquiry that was missed.",
        "Declan's own request for help was not linked to any risk he posed to a partner.",
        "Her refusal of a risk assessment was treated as the end of the matter.",
    ):
        para(doc, s, style="List Bullet", size=9.5)
    heading(doc, "4. Recommendations", 2)
    for i, rec in enumerate(RECS2, 1):
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(0.8)
        p.paragraph_format.first_line_indent = Cm(-0.8)
        p.add_run(f"{i}.\t{rec}")
    para(
        doc,
        "The overview report contains a further eleven single-agency recommendations.",
        italic=True,
        size=9,
    )
    save(doc, S2)


# ============ 3. SAR executive summary: hedged chronology dates; Board plan Done / Doing / To do
S3 = "sar_exec_summary_chronology_hedged_dates_between_and_on_or_about_early_month_dotted_dd_mm_yyyy_recommendation_n_dash_recs_board_plan_unnumbered_action_rows_done_doing_to_do_status_nimbus_sans_fallowcombe"
CHRON3 = [
    (
        "Between 02.03.2021 and 09.03.2021",
        "Mr Halloran was admitted to Fallowcombe General after a fall at home and discharged with a package of "
        "care twice a day.",
        "Hospital",
    ),
    (
        "On or about 17.05.2021",
        "Carers found the front door locked and could not get an answer; the visit was logged as refused.",
        "Home care provider",
    ),
    (
        "Early July 2021",
        "His niece told the GP surgery by telephone that he was not eating and would not let her in.",
        "GP practice",
    ),
    (
        "24.08.2021",
        "A safeguarding concern about self-neglect was raised and closed the same week because he had capacity "
        "to refuse care.",
        "Adult social care",
    ),
    (
        "06.10.2021",
        "Paramedics forced entry and found Mr Halloran on the floor; he died in hospital four days later.",
        "Ambulance service",
    ),
]
RECS3 = [
    "The Board should make sure its self-neglect procedure tells practitioners to look at a person's ability to "
    "carry out a decision, not only to make it.",
    "The Board should ask home care providers to escalate to the commissioner after two refused or missed visits "
    "in one week.",
    "The Board should seek assurance that GP practices act on concerns reported by relatives by telephone.",
]
PLAN3 = [
    (
        "1",
        "Rewrite the self-neglect procedure with a section on executive capacity",
        "SAB Policy Group",
        "June 2025",
        "Done",
    ),
    (
        "1",
        "Run four practice workshops on executive capacity",
        "SAB Training Coordinator",
        "December 2025",
        "Doing",
    ),
    (
        "2",
        "Add an escalation clause to the home care contract",
        "Head of Commissioning",
        "September 2025",
        "Done",
    ),
    (
        "2",
        "Check the escalation log with three providers",
        "Contract Monitoring Officer",
        "March 2026",
        "To do",
    ),
    (
        "3",
        "Share a one-page guide on relatives' concerns with every practice",
        "ICB Safeguarding Team",
        "October 2025",
        "Doing",
    ),
    ("3", "Audit how practices recorded relatives' calls", "ICB Safeguarding Team", "April 2026", "To do"),
]


def build_hedged():
    doc = word_doc("Nimbus Sans", 10, "Fallowcombe Safeguarding Adults Board", margins=(2.3, 2.3, 2.2, 2.2))
    footer(
        doc.sections[0],
        ["Safeguarding Adults Review: Mr Halloran  •  Executive summary  •  Page ", ("PAGE",)],
        align=WD_ALIGN_PARAGRAPH.RIGHT,
    )
    para(doc, "Safeguarding Adults Review", bold=True, size=16)
    para(doc, "Mr Halloran — Executive summary", bold=True, size=13)
    kv_table(
        doc,
        [
            ("Adult", "Mr Halloran, aged 83"),
            ("Died", "10 October 2021"),
            ("Reviewer", "Clement Osei-Varga"),
            ("Published", "November 2024"),
        ],
        widths=(4, 8),
        size=9.5,
    )
    heading(doc, "Why the review was held", 2)
    para(
        doc,
        "Mr Halloran lived alone in Fallowcombe and had refused help for some years. The Board agreed a "
        "review under section 44 of the Care Act 2014 because agencies could have worked together more "
        "effectively to protect him.",
    )
    heading(doc, "What happened", 2)
    para(
        doc,
        "Several records do not give an exact date; the table keeps the wording the records used.",
        italic=True,
        size=9,
    )
    widths = (4.4, 9.0, 3.4)
    t = make_table(doc, ["When", "What happened", "Agency"], widths, size=9.5)
    for row in CHRON3:
        add_row(t, row, widths, size=9.5)
    doc.add_paragraph()
    heading(doc, "Recommendations", 2)
    for i, rec in enumerate(RECS3, 1):
        run_in(doc, f"Recommendation {i} – ", rec)
    heading(doc, "What the Board is doing", 2)
    para(
        doc,
        "Status: Done, Doing or To do, as reported to the Board's Learning Subgroup in November 2025.",
        size=9,
    )
    widths = (1.4, 8.4, 3.8, 2.4, 1.6)
    t = make_table(doc, ["Rec", "What the Board will do", "Lead", "By", "Status"], widths, size=9.5)
    for row in PLAN3:
        add_row(t, row, widths, size=9.5)
    doc.add_paragraph()
    para(doc, "Contact the Board's business unit for the full report.", italic=True, size=9)
    save(doc, S3)


# ============ 4. MAPPA serious case review summary: recommendations table with a Single / multi-agency column
S4 = "mappa_scr_summary_offender_letter_serious_further_offence_rec_table_no_rec_single_or_multi_agency_col_responsible_agency_col_rows_over_page_break_p052_landscape_skerrowdale"
RECS4 = [
    (
        "1",
        "The Probation Service should make sure that every MAPPA level 2 risk management plan names who will "
        "check each licence condition and how often.",
        "Single agency",
        "Probation Service, Skerrowdale",
    ),
    (
        "2",
        "The MAPPA Strategic Management Board should agree a standard for how quickly actions from a level 2 "
        "meeting are shared with agencies that were not present.",
        "Multi-agency",
        "MAPPA Strategic Management Board",
    ),
    (
        "3",
        "Skerrowdale Police should review how intelligence about a MAPPA offender's new relationship is passed "
        "to the offender manager and the public protection unit.",
        "Single agency",
        "Skerrowdale Police",
    ),
    (
        "4",
        "The Board should ask the housing authority and the approved premises to agree a joint move-on protocol "
        "for high-risk offenders leaving approved premises.",
        "Multi-agency",
        "Skerrowdale District Council and the Probation Service",
    ),
    (
        "5",
        "The mental health trust should make sure its staff know when to refer a patient to MAPPA and how to "
        "attend level 2 and 3 meetings.",
        "Single agency",
        "Skerrowdale and Morvenshaw Mental Health NHS Trust",
    ),
]


def build_mappa():
    doc = word_doc(
        "P052",
        10.5,
        "MAPPA Serious Case Review — Offender P — Summary for publication",
        margins=(2.0, 2.0, 2.0, 2.0),
        landscape=True,
    )
    footer(doc.sections[0], ["Skerrowdale MAPPA Strategic Management Board  ·  ", ("PAGE",), "  ·  OFFICIAL"])
    para(doc, "Skerrowdale Multi-Agency Public Protection Arrangements", bold=True, size=12)
    para(doc, "Serious Case Review: Offender P", bold=True, size=17)
    para(doc, "Summary for publication — reviewer: Bartholomew Aydin-Clarke — September 2024", size=10)
    heading(doc, "1. Background", 2)
    numbered(
        doc,
        "1.1",
        "Offender P was managed at MAPPA level 2 as a category 2 violent offender after his release on licence "
        "in February 2022. On 7 December 2022 he killed Mrs N, aged 58, the mother of his new partner, at her "
        "home in Skerrowdale. He was convicted of murder in 2023.",
    )
    numbered(
        doc,
        "1.2",
        "The Strategic Management Board commissioned this review under the MAPPA guidance because the offence "
        "was a serious further offence committed by an offender managed at level 2. The Board's lay adviser "
        "took part throughout.",
    )
    heading(doc, "2. What the review found", 2)
    for num, text in (
        ("2.1", "The risk management plan listed licence conditions without saying who would check them."),
        ("2.2", "Minutes of the level 2 meeting reached two agencies three weeks after the meeting."),
        ("2.3", "Police knew of P's new relationship but the offender manager did not."),
        ("2.4", "P moved from approved premises to a hostel without a joint plan."),
        ("2.5", "P's community psychiatric nurse did not know he was a MAPPA offender."),
    ):
        numbered(doc, num, text)
    heading(doc, "3. Recommendations", 2)
    para(
        doc,
        "Each recommendation is marked as for a single agency or for more than one agency. The Board's action "
        "plan is published separately.",
        size=10,
    )
    widths = (1.3, 14.0, 3.6, 6.0)
    t = make_table(
        doc, ["No.", "Recommendation", "Single / multi-agency", "Responsible agency"], widths, size=10
    )
    for row in RECS4:
        add_row(t, row, widths, size=10)
    doc.add_paragraph()
    para(doc, "The Board accepted all five recommendations on 19 September 2024.", italic=True, size=9.5)
    save(doc, S4)


# ============ 5. CSPR plan grouped under finding band rows, compound refs "F1-R1a-A1"
S5 = "cspr_plan_finding_band_rows_then_recommendation_band_rows_compound_action_refs_f1_r1a_a1_on_track_off_track_complete_not_started_abbrev_month_targets_rows_over_page_break_urw_bookman_landscape_tansleigh"
FINDINGS5 = [
    (
        "Finding 1 — Professionals did not see the baby's father as part of the household.",
        [
            (
                "Recommendation 1a: Tansleigh Safeguarding Children Partnership should make sure that every "
                "agency asks about and records all adults living in or regularly visiting a baby's home.",
                [
                    (
                        "F1-R1a-A1",
                        "Add a household members section to the midwifery and health visiting records",
                        "Head of Midwifery",
                        "31 Mar 2026",
                        "On track",
                    ),
                    (
                        "F1-R1a-A2",
                        "Audit twenty new birth visits for the household section",
                        "Health Visiting Service Lead",
                        "30 Jun 2026",
                        "Not started",
                    ),
                ],
            ),
            (
                "Recommendation 1b: The Partnership should run learning sessions on working with fathers and "
                "male carers.",
                [
                    (
                        "F1-R1b-A1",
                        "Deliver four sessions on engaging fathers",
                        "TSCP Learning Manager",
                        "31 Dec 2025",
                        "Complete",
                    ),
                ],
            ),
        ],
    ),
    (
        "Finding 2 — Information about the father's violence in a previous relationship was held by police but "
        "not shared.",
        [
            (
                "Recommendation 2a: Tansleigh Police should share with children's social care any history of "
                "domestic abuse held on a new adult in a household where there is a child protection enquiry.",
                [
                    (
                        "F2-R2a-A1",
                        "Update the public protection unit's checks checklist",
                        "Detective Inspector, PPU",
                        "30 Nov 2025",
                        "Complete",
                    ),
                    (
                        "F2-R2a-A2",
                        "Test the checklist in ten strategy discussions",
                        "Detective Inspector, PPU",
                        "31 May 2026",
                        "Off track",
                    ),
                ],
            ),
        ],
    ),
    (
        "Finding 3 — The baby's bruising was not referred under the Partnership's protocol.",
        [
            (
                "Recommendation 3a: The Partnership should relaunch its protocol for bruising in non-mobile babies "
                "and check that it is being followed.",
                [
                    (
                        "F3-R3a-A1",
                        "Relaunch the protocol with a short briefing for all agencies",
                        "TSCP Business Manager",
                        "31 Jan 2026",
                        "On track",
                    ),
                    (
                        "F3-R3a-A2",
                        "Audit referrals of bruised non-mobile babies across agencies",
                        "Designated Doctor",
                        "31 Jul 2026",
                        "Not started",
                    ),
                    (
                        "F3-R3a-A3",
                        "Report the audit findings to the Partnership's executive",
                        "TSCP Business Manager",
                        "30 Sep 2026",
                        "Not started",
                    ),
                ],
            ),
        ],
    ),
]


def build_findings():
    doc = word_doc(
        "URW Bookman",
        9,
        "Tansleigh Safeguarding Children Partnership",
        margins=(1.8, 1.8, 2.0, 1.8),
        landscape=True,
    )
    footer(
        doc.sections[0], ["CSPR Baby T – Partnership action plan – page ", ("PAGE",), " of ", ("NUMPAGES",)]
    )
    para(doc, "Child Safeguarding Practice Review: Baby T", bold=True, size=15)
    para(doc, "Partnership action plan — progress at 1 December 2025", bold=True, size=11)
    para(
        doc,
        "Baby T died on 12 April 2023, aged eleven weeks, from injuries caused by his father. The review was "
        "written by Henrietta Vasquez-Oyelaran and published on 6 June 2025. The plan follows the report: each "
        "finding, the recommendations made under it, and the actions agreed for each recommendation. Action "
        "references join the three: F1-R1a-A1 is the first action for recommendation 1a under finding 1.",
        size=9.5,
    )
    para(
        doc,
        "Status: Complete — evidence received; On track — under way and expected by the target date; Off track — "
        "under way but late or at risk; Not started.",
        size=9,
        italic=True,
    )
    heading(doc, "Findings in brief", 2)
    for num, text in (
        (
            "1.",
            "Baby T's father stayed at the home most nights but was not recorded as a household member by "
            "midwifery, health visiting or the GP practice. No professional spoke with him about caring for a "
            "newborn.",
        ),
        (
            "2.",
            "Police held a record of violence towards a former partner. It was not shared when children's social "
            "care carried out a brief enquiry after a neighbour's call in March 2023.",
        ),
        (
            "3.",
            "A small bruise on Baby T's cheek was seen at six weeks and explained as caused by a dummy clip. The "
            "Partnership's bruising protocol says every bruise on a non-mobile baby must be referred; it was not.",
        ),
    ):
        numbered(doc, num, text)
    heading(doc, "Action plan", 2)
    widths = (2.8, 11.0, 5.0, 2.6, 2.4)
    t = make_table(doc, ["Ref", "Action", "Lead", "Target", "Status"], widths, size=9)
    for finding, recs in FINDINGS5:
        full_row(t, finding, fill="C9D6E3", size=9)
        for rec, actions in recs:
            full_row(t, rec, fill="EEF2F6", size=9, bold=False)
            for row in actions:
                add_row(t, row, widths, size=9)
    doc.add_paragraph()
    heading(doc, "Summary", 2)
    para(
        doc,
        "Two of eight actions are complete. The strategy discussion test (F2-R2a-A2) is behind because of a "
        "change of inspector; a new date will be set at the next executive.",
        size=9.5,
    )
    para(doc, "Version 3 — for the Partnership executive, 10 December 2025.", size=8.5)
    save(doc, S5)


def main():
    build_struck()
    build_parallel()
    build_hedged()
    build_mappa()
    build_findings()


if __name__ == "__main__":
    main()
