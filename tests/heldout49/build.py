"""Build the heldout49 blind documents as Word files (python-docx).

Run once:  python tests/heldout49/build.py
Then convert each .docx with LibreOffice and extract text (see README.md).
Five documents of mainstream report families, varied in the details: a DHR executive summary whose first page
gives the review's facts in a "Review details" table (chair and report author different people), whose
recommendations are a two-column No. | Recommendation table, with a Home Office template-like plan whose status
opens a "Date of completion and Outcome" cell with the date run on; a Domestic Abuse Related Death Review report
whose preface carries the review id, date of death and author in prose, whose key events are paragraphs under
year headings with relative dates, and whose recommendations are national ones under "To the <department>"
sub-headings (N1-N3) and local ones lettered (a)-(e); a Child Safeguarding Practice Review whose findings are
each followed by a learning point box and a recommendation, with a local action plan as one table per agency,
numbering restarting at 1; a SAB's SAR action plan whose recommendation cells are printed only on a group's first
row, later rows' leading cells empty, with a row split over the page break under the repeated header; and a
Welsh concise Child Practice Review on the template's shaded section boxes with a summary timeline appendix.
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
    landscape_section,
    make_table,
    merge_down,
    new_doc,
    numbered,
    para,
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
    for r in doc.sections[0].header.paragraphs[0].runs:
        r.font.size = Pt(size - 1.5)
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
            st.font.color.rgb = RGBColor(0x2B, 0x2B, 0x2B)
    doc.styles["Heading 1"].font.size = Pt(size + 4)
    doc.styles["Heading 2"].font.size = Pt(size + 2)
    doc.styles["Heading 3"].font.size = Pt(size + 1)
    doc.styles["Normal"].paragraph_format.space_after = Pt(4)
    sec = doc.sections[0]
    if landscape:
        set_landscape(sec)
    sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = (Cm(m) for m in margins)
    return doc


def footer(sec, parts, align=WD_ALIGN_PARAGRAPH.CENTER, size=8):
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


def hanging(doc, mark, text, indent=1.0, left=0.0, size=None):
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(left + indent)
    p.paragraph_format.first_line_indent = Cm(-indent)
    r = p.add_run(f"{mark}\t{text}")
    if size:
        r.font.size = Pt(size)
    return p


def page_break(doc):
    doc.add_page_break()


def label_table(doc, pairs, widths, size, fill):
    """A two-column details table: shaded bold labels on the left, values on the right."""
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for label, value in pairs:
        row = t.add_row()
        set_text(row.cells[0], label, bold=True, size=size)
        set_text(row.cells[1], value, size=size)
        shade(row.cells[0], fill)
    set_widths(t, widths)
    return t


# ============ 1. DHR executive summary: "Review details" table; No. | Recommendation table; HO-template plan
S1 = "dhr_exec_summary_review_details_table_chair_author_differ_recs_no_recommendation_table_bullets_in_cell_ho_plan_landscape_rec_no_col_status_opens_completion_outcome_cell_date_run_on_liberation_sans_trellingham"
RECS1 = [
    (
        "1",
        "Trellingham Community Safety Partnership should agree a protocol with the borough’s GP practices so that "
        "a patient who discloses domestic abuse is offered a referral to the specialist service before she leaves "
        "the surgery.",
    ),
    (
        "2",
        "Trellingham Borough Council should make sure that its homelessness officers complete a domestic abuse "
        "risk assessment with every applicant who gives violence at home as a reason for leaving.",
    ),
    (
        "3",
        "Trellingham and Wexmoor NHS Trust should improve the response of its maternity and emergency services "
        "to women who attend with injuries, by:\n"
        "•  asking every woman about her safety when she is seen on her own; and\n"
        "•  recording who came with her and whether she was seen alone.",
    ),
    (
        "4",
        "Wexmoor Police should review how officers record a victim’s decision not to support a prosecution, and "
        "make sure that a referral to the independent domestic violence adviser service is still made.",
    ),
    (
        "5",
        "Trellingham Community Safety Partnership should run an awareness campaign aimed at friends, family and "
        "employers, telling them where to go when they are worried about someone.",
    ),
    (
        "6",
        "The Home Office should ask the Department for Levelling Up to include this review’s learning in the "
        "next revision of the homelessness code of guidance.",
    ),
]
# (rec no., scope, [(action, lead, milestones, target, completion and outcome)])
PLAN1 = [
    (
        "1",
        "Local",
        [
            (
                "Draft a GP referral protocol with the two primary care networks",
                "Trellingham CSP",
                "Draft agreed at DA Strategic Board",
                "31/03/2025",
                "Completed 18/03/2025 – protocol signed by both networks",
            ),
            (
                "Hold a launch session for practice safeguarding leads",
                "Trellingham CSP",
                "Session booked",
                "June 2025",
                "Completed 11/06/2025 – 31 practice staff attended",
            ),
        ],
    ),
    (
        "2",
        "Local",
        [
            (
                "Add the risk assessment to the homelessness triage form",
                "Trellingham Borough Council",
                "Form changed on case system",
                "30/04/2025",
                "Completed 02/05/2025 – form live; first audit shows 88% completion",
            ),
            (
                "Train all homelessness officers on the risk assessment",
                "Trellingham Borough Council",
                "Two of four sessions held",
                "30/09/2025",
                "Ongoing – remaining sessions booked for November 2025",
            ),
        ],
    ),
    (
        "3",
        "Local",
        [
            (
                "Revise the maternity booking and ED triage prompts to ask about safety when the woman is alone",
                "Trellingham and Wexmoor NHS Trust",
                "Prompts drafted",
                "31/12/2025",
                "Ongoing – awaiting sign-off by the Trust’s digital board",
            ),
            (
                "Audit 50 records of women attending ED with injuries",
                "Trellingham and Wexmoor NHS Trust",
                "–",
                "March 2026",
                "Not started – audit planned after the prompts go live",
            ),
        ],
    ),
    (
        "4",
        "Local",
        [
            (
                "Issue a briefing to response officers on victimless prosecutions and IDVA referrals",
                "Wexmoor Police",
                "Briefing published on the intranet",
                "31/01/2025",
                "Completed 27/01/2025 – briefing read by 412 officers",
            ),
        ],
    ),
    (
        "5",
        "Local",
        [
            (
                "Design and run a ‘Know where to go’ campaign with local employers",
                "Trellingham CSP",
                "Campaign materials drafted",
                "November 2025",
                "Ongoing – launch moved to the 16 Days of Action",
            ),
        ],
    ),
    (
        "6",
        "National",
        [
            (
                "Chair of the CSP to write to the Home Office enclosing the report",
                "Trellingham CSP",
                "Letter sent",
                "28/02/2025",
                "Completed 14/02/2025 – reply awaited",
            ),
        ],
    ),
]


def doc1():
    doc = word_doc("Liberation Sans", 10.5, "OFFICIAL – FOR PUBLICATION", margins=(2.2, 2.2, 2.0, 2.0))
    sec = doc.sections[0]
    footer(sec, ["DHR ‘Sadia’ – Executive Summary – Page ", ("PAGE",), " of ", ("NUMPAGES",)])
    para(doc, "TRELLINGHAM COMMUNITY SAFETY PARTNERSHIP", bold=True, size=13)
    para(doc, "Domestic Homicide Review", size=20)
    para(doc, "Executive Summary: ‘Sadia’", size=14)
    para(doc, "")
    para(doc, "Review details", bold=True, size=11)
    label_table(
        doc,
        [
            ("Review reference", "TCSP DHR 07/2023"),
            ("Commissioning partnership", "Trellingham Community Safety Partnership"),
            ("The person who died", "‘Sadia’, aged 38"),
            ("Date of death", "29 September 2022"),
            ("Independent chair", "Rowena Kettleby-Saunt"),
            ("Report author", "Idris Fenhallow-Marsh"),
            ("Agreed by the partnership", "11 January 2024"),
        ],
        [5.5, 11.0],
        9.5,
        "DCE6F1",
    )
    para(doc, "")
    heading(doc, "1. The review process", 2)
    numbered(
        doc,
        "1.1",
        "Sadia was killed at her home in Trellingham by her husband, who was convicted of her murder in 2023. "
        "The partnership decided in November 2022 that a Domestic Homicide Review should be held.",
    )
    numbered(
        doc,
        "1.2",
        "Nine agencies were asked for information; six had been in contact with Sadia or her husband. Sadia’s "
        "brother and a close friend met the report author, and Sadia’s brother read the report before it was "
        "finished.",
    )
    heading(doc, "2. Summary of events", 2)
    numbered(
        doc,
        "2.1",
        "Sadia came to the United Kingdom in 2014 after her marriage. She worked part time in a bakery and had "
        "two children, aged eight and five when she died.",
    )
    numbered(
        doc,
        "2.2",
        "In the eighteen months before her death she went twice to the emergency department with injuries, "
        "told her GP that her husband controlled the family’s money, and applied to the council as homeless, "
        "saying she could not stay at home. Each time her husband was with her or waiting outside.",
    )
    numbered(
        doc,
        "2.3",
        "In July 2022 the police were called to the house. Sadia did not want to make a statement and no "
        "referral was made to the independent domestic violence adviser service.",
    )
    heading(doc, "3. Key findings", 2)
    numbered(
        doc,
        "3.1",
        "No agency saw Sadia on her own after the spring of 2021. Her husband’s presence was recorded as "
        "supportive.",
    )
    numbered(
        doc,
        "3.2",
        "Sadia’s homelessness application was treated as a housing matter. No one asked her whether she was safe, "
        "and the case was closed when she withdrew it.",
    )
    heading(doc, "4. Recommendations", 2)
    numbered(
        doc,
        "4.1",
        "The review panel makes the recommendations below. Each agency has also made its own single agency "
        "recommendations, which are included in the full overview report.",
    )
    w = [1.6, 14.9]
    t = make_table(doc, ["No.", "Recommendation"], w, header_fill="1F3864", size=10)
    for c in t.rows[0].cells:
        for r in c.paragraphs[0].runs:
            r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    for ref, text in RECS1:
        add_row(t, [ref, text], w, size=10)
    para(doc, "")
    numbered(
        doc,
        "4.2",
        "The partnership’s action plan is at Appendix A and is reviewed by the Domestic Abuse Strategic Board "
        "every quarter.",
    )
    sec2 = landscape_section(doc)
    sec2.left_margin = sec2.right_margin = Cm(1.5)
    para(doc, "Appendix A – Action plan (updated 30 September 2025)", bold=True, size=12)
    w = [1.6, 2.8, 5.4, 3.4, 3.6, 3.0, 6.6]
    t = make_table(
        doc,
        [
            "Rec. no.",
            "Scope of recommendation i.e. local or regional",
            "Action to take",
            "Lead agency",
            "Key milestones achieved in enacting recommendation",
            "Target date",
            "Date of completion and Outcome",
        ],
        w,
        header_fill="DCE6F1",
        size=9,
    )
    row = 1
    for rec, scope, actions in PLAN1:
        first = row
        for action in actions:
            add_row(t, [rec, scope, *action], w, size=9)
            row += 1
        for col in (0, 1):
            merge_down(t, col, first, row - 1, size=9)
    para(doc, "")
    para(
        doc,
        "Single agency action plans are held by each agency and monitored through the partnership.",
        italic=True,
        size=9,
    )
    save(doc, S1)


# ============ 2. DARDR report: facts in the preface's prose; year-headed key events with relative dates;
# national recommendations under "To the <department>" (N1-N3), local ones lettered (a)-(e)
S2 = "dardr_report_preface_prose_id_death_author_key_events_year_headings_relative_dates_national_recs_n1_n3_under_to_department_subheads_local_recs_lettered_no_plan_c059_merrowgate"
EVENTS2 = [
    (
        "2021",
        "In March",
        "In March, Hannah moved into Lewis’s flat in Merrowgate, six months after they met at work.",
    ),
    (
        "2021",
        "Early in the summer",
        "Early in the summer, Hannah’s mother noticed that Hannah had stopped coming to family meals and that "
        "Lewis answered her phone for her.",
    ),
    (
        "2021",
        "On 14 October",
        "On 14 October, police were called by a neighbour who heard a woman screaming. Hannah said that she had "
        "fallen and that nothing had happened.",
    ),
    (
        "2021",
        "Two weeks later",
        "Two weeks later, an officer completed a risk assessment with Hannah by telephone. It was graded standard "
        "risk and no referral was made.",
    ),
    (
        "2022",
        "On 9 January",
        "On 9 January, Hannah saw her GP at Cross Lane Surgery about low mood and poor sleep. She was prescribed an "
        "antidepressant and given a leaflet about talking therapies.",
    ),
    (
        "2022",
        "In early spring",
        "In early spring, Hannah told a colleague that Lewis checked her bank account every evening and that she "
        "was not allowed to see her friends.",
    ),
    (
        "2022",
        "On 2 August",
        "On 2 August, police attended after a further call from neighbours. Lewis was arrested for assault.",
    ),
    (
        "2022",
        "The following day",
        "The following day, Lewis was released on bail with a condition not to contact Hannah. He moved back "
        "into the flat within the month.",
    ),
    (
        "2022",
        "In November",
        "In November, Hannah’s case was heard at MARAC after a referral from the independent domestic violence "
        "adviser service. She did not take up the offer of support.",
    ),
    (
        "2023",
        "On 20 February",
        "On 20 February, Hannah ended the relationship and went to stay with her mother.",
    ),
    (
        "2023",
        "Three weeks later",
        "Three weeks later, Hannah’s manager referred her to occupational health after she broke down at work.",
    ),
    (
        "2023",
        "In May",
        "In May, the GP referred Hannah to the community mental health team. She was placed on a waiting list.",
    ),
    ("2023", "On 17 June", "On 17 June, Hannah was found dead at her mother’s home."),
]
NATIONAL2 = [
    (
        "To the Home Office",
        [
            (
                "N1",
                "Amend the statutory guidance so that a review is held, and its report published on the same "
                "terms as a Domestic Homicide Review, whenever a victim of domestic abuse dies by suicide.",
            ),
        ],
    ),
    (
        "To the Department of Health and Social Care",
        [
            (
                "N2",
                "Include coercive control in the national suicide prevention strategy as a factor that primary care "
                "should ask about when a patient presents with low mood.",
            ),
            (
                "N3",
                "Ask NHS England to set a waiting-time standard for community mental health assessments of "
                "patients who are known to be victims of domestic abuse.",
            ),
        ],
    ),
]
LOCAL2 = [
    (
        "a",
        "Merrowgate Safer Communities Partnership should add a question about suicidal thoughts to the "
        "multi-agency risk assessment training it commissions.",
    ),
    (
        "b",
        "Ardwell Constabulary should stop completing domestic abuse risk assessments by telephone except where a "
        "supervisor has agreed and recorded why a visit is not possible.",
    ),
    (
        "c",
        "Merrowgate and District Health Partnership should remind GPs to ask patients presenting with low mood "
        "whether they feel safe at home, and to record the answer.",
    ),
    (
        "d",
        "The MARAC steering group should make sure that when a victim declines support, one agency is named to "
        "keep in touch with her for three months.",
    ),
    (
        "e",
        "Merrowgate Safer Communities Partnership should offer employers in the borough a short guide on "
        "supporting staff who are experiencing domestic abuse.",
    ),
]


def doc2():
    doc = word_doc(
        "C059",
        11,
        "Domestic Abuse Related Death Review – ‘Hannah’",
        margins=(2.5, 2.5, 2.0, 2.0),
        head_align=WD_ALIGN_PARAGRAPH.LEFT,
    )
    sec = doc.sections[0]
    for r in sec.header.paragraphs[0].runs:
        r.italic = True
    footer(sec, [("PAGE",)], align=WD_ALIGN_PARAGRAPH.CENTER, size=9)
    para(doc, "Merrowgate Safer Communities Partnership", size=12, align="center")
    para(doc, "Domestic Abuse Related Death Review", bold=True, size=18, align="center")
    para(doc, "Report into the death of Hannah", size=14, align="center")
    para(doc, "Published May 2025", italic=True, size=10, align="center")
    heading(doc, "Preface", 2)
    para(
        doc,
        "This review, reference MSCP/DARDR/2023/04, was commissioned by Merrowgate Safer Communities Partnership "
        "after Hannah, a woman of 27, took her own life on 17 June 2023. Hannah had experienced domestic abuse "
        "from her former partner, and the partnership decided that the review should be held on the same basis "
        "as a Domestic Homicide Review. The review was chaired, and this report written, by Dr Celestine "
        "Abara-Whitley, who has never worked for any agency in Merrowgate.",
    )
    para(
        doc,
        "Hannah’s mother chose the name Hannah for this report. The panel thanks her for her courage in "
        "speaking to the review, and offers its sympathy to all of Hannah’s family and friends.",
    )
    heading(doc, "1. Key events", 2)
    para(
        doc,
        "The events below are drawn from the records of the agencies that knew Hannah and from her family. "
        "They are not a full chronology.",
        italic=True,
        size=10,
    )
    year = None
    for y, _, text in EVENTS2:
        if y != year:
            heading(doc, y, 3)
            year = y
        para(doc, text)
    heading(doc, "2. Findings", 2)
    numbered(
        doc,
        "2.1",
        "Every agency that knew Hannah saw part of the abuse. None of them asked her how she was feeling about "
        "her future, and nobody connected her low mood with what was happening at home.",
    )
    numbered(
        doc,
        "2.2",
        "Hannah was assessed as standard risk because she played down what had happened. The assessment was "
        "never repeated, even after Lewis was arrested.",
    )
    heading(doc, "3. Recommendations", 2)
    numbered(
        doc,
        "3.1",
        "The panel makes three national and five local recommendations. They are set out below and the "
        "partnership will publish its action plan separately.",
    )
    para(doc, "National recommendations", bold=True)
    for dept, recs in NATIONAL2:
        para(doc, dept, italic=True, bold=True)
        for ref, text in recs:
            hanging(doc, ref, text, indent=1.0, left=0.0)
    para(doc, "Local recommendations", bold=True)
    for ref, text in LOCAL2:
        hanging(doc, f"({ref})", text, indent=1.0, left=0.0)
    para(
        doc,
        "If you have been affected by the issues in this report, support is available from the Merrowgate "
        "domestic abuse helpline and from Samaritans.",
        italic=True,
        size=9.5,
    )
    save(doc, S2)


# ============ 3. CSPR: finding, learning point box, recommendation in turn; local plan one table per agency
S3 = "cspr_findings_each_with_learning_point_box_then_recommendation_n_run_in_local_plan_one_table_per_agency_heading_numbering_restarts_linked_rec_col_by_when_status_col_urw_bookman_layout_wyvernbrook"
FINDINGS3 = [
    (
        "Finding 1: Fathers and other men in the household were not seen",
        "Practitioners had contact with Child K’s mother many times but only met Mr Orme, her partner, once. "
        "His previous convictions were known to the police but not to health staff.",
        "Ask who lives in the home and who looks after the baby, and check what is known about them.",
        "1",
        "Wyvernbrook Safeguarding Children Partnership should make sure that each agency’s procedures for "
        "pre-birth and new birth contacts require practitioners to identify and, where possible, meet every "
        "adult in the household.",
    ),
    (
        "Finding 2: Bruising in a baby who is not mobile was explained away",
        "A small bruise on Child K’s ear was seen at a clinic appointment when he was four months old. The "
        "explanation given was accepted and the bruise was not reported.",
        "Any bruise in a baby who cannot move about independently needs a referral under the bruising protocol.",
        "2",
        "Wyvernbrook Health and Care Board should audit the use of the bruising protocol in community and "
        "primary care settings and report the results to the Partnership within nine months.",
    ),
    (
        "Finding 3: Information about domestic abuse did not reach the health visitor",
        "Two police call-outs to the home were shared with children’s social care, which took no further "
        "action. The health visitor did not learn of them.",
        "A notification that does not lead to action by one agency can still matter to another.",
        "3",
        "Wyvernbrook Police and Wyvernbrook Council Children’s Services should agree how domestic abuse "
        "notifications about families with a child under one are passed to the health visiting service.",
    ),
    (
        "Finding 4: The mother’s own needs went unnoticed",
        "Child K’s mother was 19, had left care a year earlier and had no family nearby. Her leaving care "
        "support had ended when she moved to Wyvernbrook.",
        "Young parents who have been in care may need support that follows them when they move.",
        "4",
        "Wyvernbrook Council Children’s Services should review how care leavers who become parents are "
        "offered continuing support when they move into the area.",
    ),
]
# agency heading -> [(no., action, lead, linked rec, by when, status)]
PLAN3 = [
    (
        "Wyvernbrook Council – Children’s Services",
        [
            (
                "1",
                "Update the pre-birth assessment procedure to name every adult in the household",
                "Head of Assessment",
                "1",
                "Jun 2025",
                "Complete",
            ),
            (
                "2",
                "Agree a notification route to health visiting for under-ones",
                "Head of Front Door",
                "3",
                "Sep 2025",
                "In progress",
            ),
            (
                "3",
                "Review the care leavers’ offer for young parents moving into the area",
                "Service Manager, Leaving Care",
                "4",
                "Dec 2025",
                "Not started",
            ),
        ],
    ),
    (
        "Wyvernbrook Health and Care Board",
        [
            (
                "1",
                "Carry out a bruising protocol audit in community and primary care",
                "Designated Nurse",
                "2",
                "31/10/2025",
                "In progress",
            ),
            (
                "2",
                "Remind health visitors to ask about all adults at new birth visits",
                "Named Nurse, Health Visiting",
                "1",
                "31/03/2025",
                "Complete",
            ),
        ],
    ),
    (
        "Wyvernbrook Police",
        [
            (
                "1",
                "Add health visiting to the notification list for domestic abuse incidents with a child under one",
                "Detective Inspector, Safeguarding Hub",
                "3",
                "Sep 2025",
                "Complete",
            ),
        ],
    ),
    (
        "Wyvernbrook Safeguarding Children Partnership",
        [
            (
                "1",
                "Ask each agency to confirm that its procedures name every adult in the household",
                "Partnership Business Manager",
                "1",
                "Mar 2026",
                "Not started",
            ),
        ],
    ),
]


def doc3():
    doc = word_doc(
        "URW Bookman",
        10,
        "",
        margins=(2.0, 2.0, 2.0, 2.0),
    )
    sec = doc.sections[0]
    footer(
        sec,
        ["Wyvernbrook Safeguarding Children Partnership  |  CSPR Child K  |  ", ("PAGE",)],
        align=WD_ALIGN_PARAGRAPH.LEFT,
    )
    para(doc, "Wyvernbrook Safeguarding Children Partnership", size=11)
    para(doc, "Child Safeguarding Practice Review: Child K", bold=True, size=16)
    para(doc, "Lead reviewer: Anwen Castellane-Brook    Published: April 2025", size=9.5)
    heading(doc, "1. Introduction", 2)
    numbered(
        doc,
        "1.1",
        "Child K was nine months old when he was admitted to hospital with a fractured skull and older "
        "fractures to his ribs. He has since recovered and lives with his maternal great-aunt.",
    )
    numbered(
        doc,
        "1.2",
        "The rapid review found that the case met the criteria for a local child safeguarding practice review. "
        "The review used agency records, conversations with practitioners and a meeting with Child K’s "
        "mother.",
    )
    heading(doc, "2. Findings, learning and recommendations", 2)
    for title, text, learning, ref, rec in FINDINGS3:
        para(doc, title, bold=True)
        para(doc, text)
        box(doc, f"Learning point {ref}\n{learning}", fill="FCE9D9", width=17.0, size=9.5)
        p = doc.add_paragraph()
        r = p.add_run(f"Recommendation {ref}: ")
        r.bold = True
        p.add_run(rec)
    heading(doc, "3. Conclusion", 2)
    numbered(
        doc,
        "3.1",
        "Child K’s injuries could not have been predicted from any single contact. Taken together, the contacts "
        "showed a young mother without support, a partner nobody knew, and a baby with an unexplained bruise.",
    )
    numbered(
        doc,
        "3.2",
        "The Partnership accepted the four recommendations in February 2025. The agencies’ actions are set out in "
        "the appendix and progress will be reported in the Partnership’s annual report.",
    )
    page_break(doc)
    heading(doc, "Appendix: Local action plan", 2)
    para(
        doc,
        "Each agency has agreed the actions below. Numbers start again for each agency; the Rec. column gives "
        "the recommendation an action responds to. Status at 31 July 2025.",
        italic=True,
        size=9.5,
    )
    w = [1.0, 6.6, 3.8, 1.2, 2.4, 2.2]
    for agency, rows in PLAN3:
        para(doc, agency, bold=True, size=10.5)
        t = make_table(
            doc, ["No.", "Action", "Lead", "Rec.", "By when", "Status"], w, header_fill="F2F2F2", size=9
        )
        for no, action, lead, rec, when, status in rows:
            add_row(t, [no, action, lead, rec, when, status], w, size=9)
        para(doc, "")
    para(
        doc,
        "The Partnership’s Learning and Improvement Group will check progress at each meeting until every action "
        "is complete.",
        size=9.5,
    )
    save(doc, S3)


# ============ 4. SAB SAR action plan: recommendation printed on a group's first row only, later rows' leading
# cells empty; one row split over the page break under the repeated header
S4 = "sab_sar_plan_rec_no_and_text_first_row_only_continuation_rows_empty_leading_cells_row_split_over_page_break_completed_on_track_delayed_not_started_key_liberation_serif_landscape_lowenstow"
# (rec no., recommendation, [(action, lead, target, progress, status)])
PLAN4 = [
    (
        "1",
        "Lowenstow Safeguarding Adults Board should make sure that partners use the multi-agency risk "
        "management framework for people who repeatedly refuse care and support.",
        [
            (
                "Relaunch the framework with a practitioner briefing",
                "SAB Business Manager",
                "31/03/2025",
                "Briefing held 12 March 2025; 140 attended.",
                "Completed",
            ),
            (
                "Audit ten cases where the framework should have been used",
                "SAB Quality Sub-group",
                "30/09/2025",
                "Six cases audited; report to October Board.",
                "On track",
            ),
        ],
    ),
    (
        "2",
        "Lowenstow Council Adult Social Care should review its approach to closing cases when a person with care "
        "needs declines an assessment.",
        [
            (
                "Revise the case closure guidance",
                "Principal Social Worker",
                "30/06/2025",
                "Guidance rewritten and approved by the senior team.",
                "Completed",
            ),
            (
                "Add a management check before any such case is closed",
                "Head of Adult Services",
                "30/09/2025",
                "System change delayed by the case record upgrade; new date December 2025.",
                "Delayed",
            ),
        ],
    ),
    (
        "3",
        "Lowenstow Community Health Services should make sure that district nurses record and escalate when "
        "they cannot gain access to a patient’s home.",
        [
            (
                "Add a no-access pathway to the district nursing standard operating procedure",
                "Deputy Director of Nursing",
                "31/05/2025",
                "Pathway in place since May.",
                "Completed",
            ),
            (
                "Monitor no-access escalations each month through the nursing dashboard",
                "Deputy Director of Nursing",
                "Ongoing",
                "Dashboard shows escalation in 9 of 11 no-access visits in the first quarter; the two that were not "
                "escalated have been followed up with the teams concerned.",
                "On track",
            ),
        ],
    ),
    (
        "4",
        "Lowenstow Housing should refer to adult social care when a tenant’s home shows signs of serious "
        "self-neglect.",
        [
            (
                "Train tenancy officers in recognising self-neglect",
                "Tenancy Services Manager",
                "31/12/2025",
                "Training materials drafted with the SAB and tested with two tenancy teams in September. Feedback "
                "asked for more examples of hoarding and of homes where the tenant refuses entry; these have been "
                "added. Sessions for all tenancy officers are booked for October and November 2025, and the "
                "training will then be added to the induction for new officers. Attendance will be reported to "
                "the SAR sub-group at its January meeting, with the results of a short survey of officers "
                "three months after the training, asking whether they have since referred a tenant to adult "
                "social care and what happened next. The sub-group asked for the survey to include housing "
                "staff who visit empty properties, and for a follow-up report in April 2026.",
                "On track",
            ),
            (
                "Add a self-neglect prompt to the annual tenancy visit form",
                "Tenancy Services Manager",
                "31/03/2026",
                "",
                "Not started",
            ),
        ],
    ),
    (
        "5",
        "Lowenstow Safeguarding Adults Board should share the learning from this review with GP practices.",
        [
            (
                "Publish a seven-minute briefing and present it at the GP safeguarding leads forum",
                "Named GP for Adult Safeguarding",
                "30/04/2025",
                "Presented 9 April 2025.",
                "Completed",
            ),
        ],
    ),
]


def doc4():
    doc = word_doc(
        "Liberation Serif",
        10,
        "OFFICIAL",
        margins=(1.5, 1.5, 1.6, 1.6),
        landscape=True,
        head_align=WD_ALIGN_PARAGRAPH.LEFT,
    )
    sec = doc.sections[0]
    footer(
        sec, ["Lowenstow SAB – SAR ‘Derek’ action plan v4 – Page ", ("PAGE",)], align=WD_ALIGN_PARAGRAPH.RIGHT
    )
    para(doc, "Lowenstow Safeguarding Adults Board", bold=True, size=13)
    para(doc, "Safeguarding Adults Review ‘Derek’ (SAR 2024/01) – Action Plan", bold=True, size=15)
    para(doc, "Version 4 – updated 2 October 2025", italic=True, size=10)
    para(
        doc,
        "Derek was 67 and lived alone in a council flat. He died in hospital on 3 March 2024 after being found on "
        "the floor of his home with severe pressure damage. The review was published in January 2025 and made "
        "five recommendations. Lead officers update this plan every quarter for the Board’s SAR sub-group.",
        size=10,
    )
    para(
        doc,
        "Status key: Completed – action finished and evidence seen by the sub-group;  On track – under way and "
        "expected by the target date;  Delayed – will miss its target date;  Not started.",
        size=9,
        italic=True,
    )
    w = [1.3, 5.6, 5.4, 3.4, 2.2, 5.8, 2.2]
    t = make_table(
        doc,
        ["Rec.", "SAR recommendation", "Action", "Lead", "Target date", "Progress update", "Status"],
        w,
        header_fill="D9E2F3",
        size=9,
    )
    for rec, text, actions in PLAN4:
        for i, action in enumerate(actions):
            lead_cells = [rec, text] if i == 0 else ["", ""]
            add_row(t, [*lead_cells, *action], w, size=9)
    para(doc, "")
    para(doc, "Next update due: January 2026.", size=9)
    save(doc, S4)


# ============ 5. Welsh concise Child Practice Review on the template's shaded section boxes; summary timeline
S5 = "wales_concise_cpr_template_shaded_section_boxes_re_ref_line_improving_systems_numbered_recs_summary_timeline_date_agency_event_dd_mm_yyyy_and_month_reviewers_table_dejavu_serif_ysgallen"
TIMELINE5 = [
    (
        "04/05/2021",
        "Health Visiting",
        "Child T’s birth visit. Home found clean; mother said she had support from her own mother.",
    ),
    (
        "17/08/2021",
        "Police",
        "Call from a neighbour about shouting. Father had left by the time officers arrived.",
    ),
    ("August 2021", "Children’s Services", "Police report screened; no further action recorded."),
    (
        "02/03/2022",
        "GP",
        "Mother seen with low mood. Prescribed medication and referred to the primary care mental health team.",
    ),
    ("11/07/2022", "Education", "Child T started at the nursery class; attendance 61% in the first term."),
    ("October 2022", "Health Visiting", "Two-year review not completed after three missed appointments."),
    (
        "28/11/2022",
        "Emergency Department",
        "Child T brought in with a burn to his hand. Explanation accepted; GP letter sent.",
    ),
    ("03/01/2023", "Police", "Father arrested after an assault on mother; Child T present in the home."),
    (
        "12/01/2023",
        "Ambulance Service",
        "Child T found unresponsive at home and taken to hospital, where he died.",
    ),
]
RECS5 = [
    (
        "1",
        "Ysgallen Valley Children’s Services should make sure that a police report of an incident in a home where "
        "there is a child under five is discussed with the health visitor before it is closed.",
    ),
    (
        "2",
        "Ysgallen University Health Board should remind emergency department staff that every burn or scald in a "
        "child under five must be considered under the All Wales safeguarding procedures.",
    ),
    (
        "3",
        "Ysgallen University Health Board should review how the health visiting service follows up a child who "
        "misses developmental reviews.",
    ),
    (
        "4",
        "The Regional Safeguarding Board should hold learning events for early years settings on what to do when a "
        "young child’s attendance falls.",
    ),
]


def section_box(doc, text):
    box(doc, text, fill="D9D9D9", width=16.0, size=10.5)


def doc5():
    doc = word_doc(
        "DejaVu Serif",
        10,
        "YVRSB CPR 3/2023",
        margins=(2.5, 2.5, 2.0, 2.0),
    )
    sec = doc.sections[0]
    footer(sec, [("PAGE",)], align=WD_ALIGN_PARAGRAPH.RIGHT, size=8.5)
    para(doc, "Ysgallen Valley Regional Safeguarding Board", bold=True, size=13, align="center")
    para(doc, "Child Practice Review Report", bold=True, size=16, align="center")
    para(doc, "Concise Review", size=12, align="center")
    para(doc, "Re: YVRSB CPR 3/2023", bold=True, size=11, align="center")
    para(doc, "")
    section_box(doc, "Brief outline of circumstances resulting in the Review")
    para(
        doc,
        "The Ysgallen Valley Regional Safeguarding Board commissioned a concise Child Practice Review in "
        "accordance with the Safeguarding Boards (Functions and Procedures) (Wales) Regulations 2015, following "
        "the death of a child aged 20 months, known here as Child T, in January 2023.",
    )
    para(
        doc,
        "Child T lived with his mother and, for part of the time, his father. The review considered agency "
        "involvement from Child T’s birth in April 2021 to his death. The timeline of significant events is at "
        "Appendix 2.",
    )
    section_box(doc, "Practice and organisational learning")
    para(
        doc,
        "Practitioners knew Child T’s family well, but each held a separate piece of information. The police "
        "reports, the missed reviews and the burn were never looked at together.",
    )
    para(
        doc,
        "Practitioners at the learning event said they saw the mother as a capable parent who was coping with low "
        "mood, and that this view was not revisited when things changed.",
    )
    section_box(doc, "Improving Systems and Practice")
    para(
        doc,
        "In order to promote the learning from this case the review identified the following actions for the "
        "Board and its member agencies:",
    )
    for ref, text in RECS5:
        hanging(doc, f"{ref}.", text, indent=0.8, left=0.4)
    para(doc, "")
    section_box(doc, "Statement by Reviewers")
    t = doc.add_table(rows=3, cols=4)
    t.style = "Table Grid"
    cells = [
        ("REVIEWER 1", "Gwenllian Tudor-Ashby", "REVIEWER 2", "Rhodri Maddox-Evans"),
        ("Organisation", "Independent", "Organisation", "Ysgallen Valley Council"),
        ("Date", "14 June 2024", "Date", "14 June 2024"),
    ]
    for i, row in enumerate(cells):
        for j, text in enumerate(row):
            set_text(t.cell(i, j), text, bold=j % 2 == 0, size=9)
            if j % 2 == 0:
                shade(t.cell(i, j), "EDEDED")
    set_widths(t, [3.2, 4.8, 3.2, 4.8])
    para(doc, "")
    section_box(doc, "Statement by Review Panel Chair")
    para(
        doc,
        "I confirm that the review was conducted in line with the guidance and that the report is a fair account "
        "of the learning. Chair: Sian Morfudd-Price, 20 June 2024.",
        size=9.5,
    )
    p = para(doc, "Appendix 2: Summary timeline", bold=True, size=11)
    p.paragraph_format.page_break_before = True
    w = [2.8, 3.6, 9.6]
    t = make_table(doc, ["Date", "Agency", "Significant event"], w, header_fill="D9D9D9", size=9)
    for date, agency, event in TIMELINE5:
        add_row(t, [date, agency, event], w, size=9)
    para(doc, "")
    section_box(doc, "For Welsh Government use only")
    para(
        doc,
        "Date information received: ……………    Date acknowledgment letter sent to Board Chair: ……………",
        size=9,
    )
    save(doc, S5)


if __name__ == "__main__":
    doc1()
    doc2()
    doc3()
    doc4()
    doc5()
