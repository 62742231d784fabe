"""Build the heldout5b blind documents as Word files (python-docx).

Run once:  python tests/heldout5b/build.py
Then convert each .docx with LibreOffice and extract text with pdftotext (see README.md).
All people, places, agencies and wording are fictional.
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx import Document
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/: docx_build, the helpers every blind set's build shares

from docx_build import (
    add_field,
    add_row,
    docx_saver,
    full_row,
    heading,
    make_table,
    set_landscape,
    set_text,
    set_widths,
    shade,
)

# An optional folder argument writes the .docx files there (a scratch copy to compare with the committed ones).
save = docx_saver(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)


# ------------------------------------------------ helpers heldout5b prints its own way
# 10 pt text and 2 cm margins, a 'Page N of M' footer, merged cells without an explicit bold,
# paragraphs without an explicit italic (docx_build's copies write both).
def new_doc(landscape=False):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    if landscape:
        set_landscape(sec)
    sec.left_margin = sec.right_margin = Cm(2)
    sec.top_margin = sec.bottom_margin = Cm(2)
    add_page_footer(sec)
    return doc


def landscape_section(doc):
    from docx.enum.section import WD_SECTION

    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    set_landscape(sec)
    sec.left_margin = sec.right_margin = Cm(1.8)
    sec.top_margin = sec.bottom_margin = Cm(1.8)
    return sec


def add_page_footer(sec, label=""):
    p = sec.footer.paragraphs[0]
    p.text = ""
    if label:
        p.add_run(label + "    ")
    p.add_run("Page ")
    add_field(p.add_run(), "PAGE")
    p.add_run(" of ")
    add_field(p.add_run(), "NUMPAGES")


def merge_down(t, col, first, last):
    if last > first:
        a = t.cell(first, col)
        b = t.cell(last, col)
        keep = a.text
        m = a.merge(b)
        # python-docx concatenates texts on merge; restore the first cell's text
        for p in m.paragraphs[1:]:
            p._p.getparent().remove(p._p)
        m.paragraphs[0].text = ""
        lines = keep.split("\n")
        m.paragraphs[0].add_run(lines[0]).font.size = Pt(9)
        for line in lines[1:]:
            m.add_paragraph().add_run(line).font.size = Pt(9)


def para(doc, text, bold=False, size=None, style=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    return p


# ===================================================== 1. Home Office template
def doc_tallowmere():
    doc = new_doc()
    heading(doc, "Tallowmere Community Safety Partnership", 0)
    para(doc, "Domestic Homicide Review TCSP/DHR/2022/03", bold=True, size=13)
    para(doc, "Death of Mrs Edith Corran (pseudonym), aged 81, in October 2021", size=12)
    para(doc, "Action Plan", bold=True, size=14)
    para(
        doc,
        "This action plan accompanies the overview report written by the independent chair, "
        "Dr Anselm Reddaway. It follows the Home Office template. Each numbered row corresponds "
        "to one recommendation of the overview report; where a recommendation needs more than one "
        "action, the actions are shown on separate lines against the same number. The plan was "
        "agreed by the Partnership on 4 July 2023 and is updated at each Partnership meeting.",
    )
    landscape_section(doc)
    headers = [
        "",
        "Recommendation",
        "Scope of recommendation i.e. local or regional",
        "Action to take",
        "Lead Agency",
        "Key milestones achieved in enacting recommendation",
        "Target Date",
        "Date of completion and Outcome",
    ]
    W = [0.8, 4.6, 1.9, 4.3, 2.7, 3.3, 2.1, 3.9]
    t = make_table(doc, headers, W, size=8)
    rows = [
        # (num, rec, scope, action, lead, milestones, target, outcome)
        (
            "1",
            "Tallowmere Community Safety Partnership should commission a refresh of its domestic abuse "
            "awareness campaign so that it speaks directly to older residents and to their families.",
            "Local",
            "Develop campaign materials with the Older People's Forum and distribute them through "
            "libraries, pharmacies and GP surgeries.",
            "Tallowmere CSP",
            "Materials drafted; Older People's Forum consulted in June 2023.",
            "December 2023",
            "Completed 30/11/2023 - campaign launched during the 16 Days of Action.",
        ),
        (
            "1",
            None,
            None,
            "Evaluate the reach of the campaign through a short survey of Forum members and carers' groups.",
            "Tallowmere CSP Domestic Abuse Coordinator",
            "Survey questions agreed.",
            "June 2024",
            "Ongoing - survey closes at the end of May 2024.",
        ),
        (
            "2",
            "Wendle Valley Police should ensure that officers attending domestic incidents where the "
            "victim is over 60 complete the DASH risk assessment in full and record the victim's care "
            "and support needs.",
            "Local",
            "Issue a practice briefing to response officers and add a care-needs prompt to the domestic "
            "abuse incident form.",
            "Wendle Valley Police - Public Protection",
            "Briefing drafted; IT change request raised.",
            "31/03/2024",
            "Completed. Form amended 02/02/2024; a dip sample of 40 incidents found care needs recorded in 36.",
        ),
        (
            "3",
            "All GP practices in the Tallowmere area should be reminded to record the identity of anyone "
            "who accompanies a patient to an appointment, and to offer patients the chance to be seen alone.",
            "Local",
            "Circulate a safeguarding bulletin to every practice on recording accompanying persons.",
            "Tallowmere Integrated Care Board - Safeguarding Team",
            "Bulletin written with the Named GP.",
            "September 2023",
            "Completed September 2023 - bulletin issued to all 27 practices.",
        ),
        (
            "3",
            None,
            None,
            "Include the 'seen alone' standard in the annual safeguarding self-audit completed by practices.",
            "Tallowmere Integrated Care Board - Safeguarding Team",
            "Audit tool amended.",
            "Q4 2023/24",
            "Ongoing. First audit round due to report in March 2024.",
        ),
        (
            "4",
            "The Home Office should consider amending the statutory guidance so that reviews into the death "
            "of an older person are shared as a matter of course with the relevant Safeguarding Adults Board.",
            "National",
            "Chair of the Partnership to write to the Home Office setting out this recommendation.",
            "Tallowmere CSP (Chair)",
            "",
            "Within one month of publication",
            "Not started - awaiting publication of the overview report.",
        ),
        (
            "5",
            "Tallowmere Borough Council Adult Social Care should review its carers' assessment procedure "
            "so that the possibility of abuse by a carer is explicitly considered and the cared-for person "
            "is offered a conversation without the carer present.",
            "Local",
            "Revise the carers' assessment procedure and template to include a question on domestic abuse "
            "and guidance on speaking to the cared-for person separately. Brief team managers on the change "
            "and monitor use of the new question through supervision and the quarterly case file audit. "
            "Seek the views of the Carers' Centre on the wording before the template goes live across all "
            "locality teams.",
            "Tallowmere Borough Council - Adult Social Care",
            "Task and finish group set up in September 2023. Draft template piloted in two locality teams "
            "from January 2024. Practitioner feedback collected in March 2024 and wording revised with the "
            "Carers' Centre. Principal Social Worker has agreed a briefing for team managers.",
            "30 April 2024",
            "Ongoing - pilot extended to July 2024 after practitioner feedback asked for clearer guidance "
            "on when to see the cared-for person alone.",
        ),
        (
            "6",
            "Kelsmoor and Tallowmere NHS Foundation Trust should ensure that emergency department staff "
            "are trained to recognise domestic abuse of older patients, including abuse by adult children.",
            "Local",
            "Add a module on the abuse of older people to the emergency department's mandatory "
            "safeguarding training.",
            "Kelsmoor and Tallowmere NHS Foundation Trust - Named Nurse for Safeguarding Adults",
            "Module written and approved by the Trust Safeguarding Committee.",
            "Mar-24",
            "Completed - module live on the e-learning system since 11 March 2024; 71% of ED staff have "
            "completed it.",
        ),
        (
            "6",
            None,
            None,
            "Report training compliance for the new module to the Trust Safeguarding Committee each quarter.",
            "Kelsmoor and Tallowmere NHS Foundation Trust - Named Nurse for Safeguarding Adults",
            "",
            "Quarterly from April 2024",
            "",
        ),
        (
            "7",
            "Tallowmere Community Safety Partnership and Tallowmere Safeguarding Adults Board should agree "
            "a joint protocol for deciding whether a death is reviewed as a Domestic Homicide Review, a "
            "Safeguarding Adults Review or a joint review.",
            "Local",
            "Draft and agree a joint decision-making protocol between the two boards.",
            "Tallowmere CSP and Tallowmere SAB",
            "Draft considered by both business managers.",
            "31.12.23",
            "Completed 12/12/2023 - protocol signed off by both boards.",
        ),
        (
            "8",
            "Brightwater Housing Association should ensure that its tenancy officers know how to raise a "
            "concern about the abuse of an older tenant with adult safeguarding.",
            "Local",
            "Brief all tenancy officers and add the safeguarding referral route to the tenancy visit checklist.",
            "Brightwater Housing Association",
            "",
            "TBC",
            "",
        ),
    ]
    groups = {}
    for r in rows:
        vals = [r[0], r[1] or "", r[2] or "", r[3], r[4], r[5], r[6], r[7]]
        add_row(t, vals, W, size=8)
        groups.setdefault(r[0], []).append(len(t.rows) - 1)
    for _num, idx in groups.items():
        if len(idx) > 1:
            for col in (0, 1, 2):
                merge_down(t, col, idx[0], idx[-1])
    para(doc, "")
    para(doc, "Plan owner: Tallowmere CSP Business Manager. Next update due: September 2024.")
    save(doc, "dhr_ho_template_tallowmere")


# ===================================================== 2. SAB RAG tracker
def doc_fernwick():
    doc = new_doc(landscape=True)
    heading(doc, "Fernwick Dale Safeguarding Adults Board", 0)
    para(doc, "Safeguarding Adults Review: 'Gareth' (SAR FDSAB 2023-02)", bold=True, size=13)
    para(doc, "Action plan progress tracker - position at 31 October 2024", bold=True, size=12)
    para(
        doc,
        "Gareth was 47 when he died in February 2023. The review was led by independent reviewer "
        "Corinne Maddox and published in March 2024. The Board's Review Subgroup monitors this tracker "
        "every two months. Each partner updates its own rows; the RAG rating uses the key below.",
    )
    para(doc, "RAG key", bold=True)
    key = doc.add_table(rows=4, cols=2)
    key.style = "Table Grid"
    for row, (lab, txt, fill) in zip(
        key.rows,
        [
            ("B", "Blue - action complete and evidence of impact received", "9DC3E6"),
            ("G", "Green - in progress and on track to meet the target date", "A9D08E"),
            ("A", "Amber - in progress but behind schedule or at risk", "FFD966"),
            ("R", "Red - not started", "F4B084"),
        ],
    ):
        set_text(row.cells[0], lab, bold=True)
        shade(row.cells[0], fill)
        set_text(row.cells[1], txt)
    set_widths(key, [1.2, 11])
    para(doc, "")
    headers = ["Rec", "Recommendation", "Ref", "Action", "Lead", "Target date", "Progress update", "RAG"]
    W = [1.0, 5.0, 1.1, 4.8, 3.0, 2.2, 6.0, 1.3]
    t = make_table(doc, headers, W, header_fill="BDD7EE", size=8)
    fills = {
        "B": "9DC3E6",
        "Blue": "9DC3E6",
        "G": "A9D08E",
        "Green": "A9D08E",
        "A": "FFD966",
        "Amber": "FFD966",
        "R": "F4B084",
        "Red": "F4B084",
    }
    recs = [
        (
            "R1",
            "The Board should seek assurance that partner agencies apply the self-neglect and hoarding "
            "protocol, including the use of multi-agency risk management meetings.",
            [
                (
                    "1a",
                    "Audit a sample of 20 self-neglect referrals against the protocol.",
                    "Quality Assurance Subgroup chair",
                    "June 2024",
                    "Audit completed May 2024; report presented to the Board in July. 14 of 20 cases met the "
                    "standard.",
                    "B",
                ),
                (
                    "1b",
                    "Re-launch the protocol at a practitioner event with a short film.",
                    "SAB Business Manager",
                    "Sept 2024",
                    "Event held 19 September 2024, 112 attendees. Film being edited.",
                    "Green",
                ),
            ],
        ),
        (
            "R2",
            "Fernwick Dale Council Adult Social Care should make sure that when a person repeatedly "
            "declines care, a mental capacity assessment is completed and recorded for that specific "
            "decision.",
            [
                (
                    "2a",
                    "Update the practice guidance on executive capacity and repeated refusal of care.",
                    "Principal Social Worker, Fernwick Dale Council",
                    "31/05/2024",
                    "Guidance drafted but legal review delayed the sign-off; now expected December 2024.",
                    "A",
                ),
                (
                    "2b",
                    "Add a mandatory capacity field to the case recording system when a refusal is logged.",
                    "Head of Adult Social Care Systems",
                    "30/09/2024",
                    "System change not yet scheduled by the supplier.",
                    "R",
                ),
            ],
        ),
        (
            "R3",
            "Fernwick Dale and Skelbridge Integrated Care Board should ensure that GP practices flag "
            "patients who are known to be self-neglecting and who miss repeated appointments.",
            [
                (
                    "3a",
                    "Agree a coding standard for self-neglect with the practices' clinical system leads.",
                    "ICB Designated Professional for Safeguarding Adults",
                    "Dec 2024",
                    "Coding standard agreed in principle at the Primary Care Safeguarding Forum on 8 October.",
                    "G",
                )
            ],
        ),
        (
            "R4",
            "Fernwick Dale Fire and Rescue Service and the council's housing team should share information "
            "about residents whose homes present a fire risk because of hoarding.",
            [
                (
                    "4a",
                    "Sign an information-sharing agreement between the Fire and Rescue Service and Housing.",
                    "Fernwick Dale Fire and Rescue Service - Prevention Manager",
                    "March 2024",
                    "Agreement signed 26/02/2024 and referrals now received weekly.",
                    "Blue",
                ),
                (
                    "4b",
                    "Train housing officers to make referrals for home fire safety visits.",
                    "Fernwick Dale Council - Housing Services Manager",
                    "July 2024",
                    "Two of four sessions delivered; remaining sessions postponed owing to staff shortages.",
                    "Amber",
                ),
            ],
        ),
        (
            "R5",
            "The Board should ask the Department of Health and Social Care to issue national guidance on "
            "the use of inherent jurisdiction where an adult with capacity is at serious risk from "
            "self-neglect.",
            [
                (
                    "5a",
                    "Independent Chair to write to the Department of Health and Social Care.",
                    "SAB Independent Chair",
                    "Within 3 months of publication",
                    "Letter drafted; awaiting Board approval.",
                    "A",
                ),
                (
                    "5b",
                    "Share the letter and any reply with the regional network of Safeguarding Adults Boards.",
                    "SAB Business Manager",
                    "On receipt of reply",
                    "",
                    "R",
                ),
            ],
        ),
    ]
    for rnum, rtext, acts in recs:
        start = len(t.rows)
        for ref, act, lead, due, upd, rag in acts:
            add_row(t, [rnum, rtext, ref, act, lead, due, upd, rag], W, size=8, fills={7: fills[rag]})
        end = len(t.rows) - 1
        merge_down(t, 0, start, end)
        merge_down(t, 1, start, end)
    save(doc, "sab_rag_tracker_fernwick")


# ===================================================== 3. CSPR merged rec rows
def doc_orrinford():
    doc = new_doc()
    heading(doc, "Orrinford Safeguarding Children Partnership", 0)
    para(doc, "Child Safeguarding Practice Review: Child L", bold=True, size=13)
    para(doc, "Partnership response and action plan", bold=True, size=12)
    heading(doc, "1. Introduction", 1)
    para(
        doc,
        "Child L was seven months old when admitted to hospital with serious injuries in August 2023. "
        "The review was completed by independent reviewer Hollis Pemberton-Ayre. The safeguarding "
        "partners accepted all four recommendations and this plan sets out how they will be delivered. "
        "The plan is monitored by the Partnership's Learning and Improvement Group.",
    )
    heading(doc, "2. Recommendations", 1)
    recs = [
        "The Partnership should develop a practice guide on working with fathers and male carers who "
        "are not registered with universal services.",
        "Orrinford Children's Social Care should ensure that pre-birth assessments consider the history "
        "of every adult who is expected to care for the baby.",
        "Orrinford Health Visiting Service and the maternity service should agree a joint process for "
        "sharing concerns identified during the antenatal period.",
        "The Partnership should seek assurance that the bruising in non-mobile babies protocol is "
        "understood and followed by all front-line staff.",
    ]
    for i, r in enumerate(recs, 1):
        para(doc, f"Recommendation {i}: {r}")
    landscape_section(doc)
    heading(doc, "3. Action plan", 1)
    headers = [
        "No.",
        "Action",
        "Lead agency",
        "By when",
        "How will we know it has made a difference?",
        "Status",
    ]
    W = [1.1, 7.0, 3.6, 2.6, 6.2, 2.8]
    t = make_table(doc, headers, W, header_fill="C6E0B4", size=9)
    plan = [
        (
            1,
            [
                (
                    "1.1",
                    "Write a short practice guide on engaging fathers and male carers, co-produced with "
                    "the Dads Matter group.",
                    "Orrinford Safeguarding Children Partnership",
                    "End of March 2025",
                    "Guide published; audit shows fathers recorded on 80% of assessments.",
                    "In progress",
                ),
                (
                    "1.2",
                    "Run four multi-agency briefings on the guide for front-line staff.",
                    "Partnership Training Coordinator",
                    "Summer 2025",
                    "Attendance figures; post-briefing survey.",
                    "Not yet started",
                ),
            ],
        ),
        (
            2,
            [
                (
                    "2.1",
                    "Amend the pre-birth assessment template so that each expected carer has a separate "
                    "history section.",
                    "Orrinford Children's Social Care",
                    "November 2024",
                    "Template in use; dip sample of 10 assessments.",
                    "Complete",
                ),
                (
                    "2.2",
                    "Include the new template in the induction of newly qualified social workers.",
                    "Orrinford Children's Social Care - Practice Development Lead",
                    "January 2025",
                    "Induction programme updated.",
                    "Complete (Jan 2025)",
                ),
                (
                    "2.3",
                    "Carry out a themed audit of pre-birth assessments completed since the change.",
                    "Orrinford Children's Social Care - Quality Assurance Team",
                    "Q1 2025/26",
                    "Audit findings reported to the Learning and Improvement Group.",
                    "Not yet started",
                ),
            ],
        ),
        (
            3,
            [
                (
                    "3.1",
                    "Agree a joint antenatal information-sharing pathway between midwifery and health visiting.",
                    "Orrinford Health Visiting Service / Riverside Maternity Unit",
                    "30/09/2024",
                    "Pathway signed off by both services.",
                    "Complete",
                ),
                (
                    "3.2",
                    "Monitor use of the pathway through the monthly safeguarding supervision of midwives.",
                    "Riverside Maternity Unit - Named Midwife",
                    "Ongoing",
                    "Supervision records show the pathway being used.",
                    "In progress",
                ),
            ],
        ),
        (
            4,
            [
                (
                    "4.1",
                    "Re-issue the bruising in non-mobile babies protocol with a one-page summary for staff.",
                    "Orrinford Safeguarding Children Partnership",
                    "October 2024",
                    "Summary circulated to all partner agencies.",
                    "Complete",
                ),
                (
                    "4.2",
                    "Audit the response to every referral of bruising in a non-mobile baby for six months.",
                    "Designated Doctor for Safeguarding Children",
                    "April 2025",
                    "Audit report showing protocol followed in all cases.",
                    "In progress",
                ),
            ],
        ),
    ]
    for n, acts in plan:
        full_row(t, f"Recommendation {n}: {recs[n - 1]}")
        for a in acts:
            add_row(t, list(a), W, size=9)
    para(doc, "")
    para(doc, "Status reported at the Learning and Improvement Group meeting of 12 February 2025.")
    save(doc, "cspr_merged_rec_rows_orrinford")


# ===================================================== 4. single-agency sections, numbering restarts
def doc_brackwater():
    doc = new_doc(landscape=True)
    heading(doc, "Safer Brackwater Partnership", 0)
    para(doc, "Domestic Homicide Review into the death of Mr Tomasz Wilk (pseudonym)", bold=True, size=13)
    para(doc, "Review reference: SBP DHR 07. Date of death: 9 January 2022. Author: Marguerite Olewe.")
    para(
        doc,
        "The overview report makes three recommendations for the Partnership as a whole. Each agency "
        "that completed an Individual Management Review also made its own single-agency "
        "recommendations, which are listed in the agency sections below and numbered separately "
        "within each agency.",
    )
    headers = ["No.", "Recommendation", "Action", "Owner", "Target date", "Outcome", "Completion / RAG"]
    W = [1.0, 5.4, 5.2, 3.2, 2.3, 5.0, 2.4]
    sections = [
        (
            "Overview report recommendations",
            [
                (
                    "1",
                    "The Safer Brackwater Partnership should commission specialist support for male "
                    "victims of domestic abuse and publicise it through primary care and sports clubs.",
                    "Commission a male victims' support service for a two-year pilot.",
                    "Safer Brackwater Partnership - Commissioning Lead",
                    "April 2023",
                    "Service provided by Harbour Line Support from 1 April 2023; 31 referrals in the first year.",
                    "Completed",
                ),
                (
                    "2",
                    "The Partnership should review how the MARAC considers cases where the victim is male "
                    "and the risk assessment score is below the threshold.",
                    "Review MARAC referral criteria and professional judgement guidance.",
                    "MARAC Chair",
                    "31/10/2023",
                    "Revised criteria drafted; awaiting operating group approval.",
                    "Ongoing",
                ),
                (
                    "3",
                    "The Partnership should provide assurance to the Home Office that the learning from "
                    "this review has been shared with neighbouring partnerships.",
                    "Hold a learning event for practitioners across the three neighbouring partnerships.",
                    "Safer Brackwater Partnership Manager",
                    "Spring 2024",
                    "",
                    "Not started",
                ),
            ],
        ),
        (
            "Brackwater Police",
            [
                (
                    "1",
                    "Brackwater Police should ensure that officers record the relationship between all "
                    "parties at a domestic incident, including when the suspect is female.",
                    "Update the domestic abuse checklist guidance and brief response teams.",
                    "Detective Inspector, Safeguarding Hub",
                    "Jan-23",
                    "Briefing delivered to all response teams; checklist updated.",
                    "Completed",
                ),
                (
                    "2",
                    "Brackwater Police should review supervision of DASH risk assessments completed by "
                    "probationer officers.",
                    "Introduce sergeant review of every DASH completed by probationer constables.",
                    "Chief Inspector, Response",
                    "31/03/2023",
                    "In place since March 2023; compliance checked monthly.",
                    "Completed",
                ),
            ],
        ),
        (
            "Skelbridge Mental Health Partnership NHS Trust",
            [
                (
                    "1",
                    "The Trust should ensure that clinicians ask about domestic abuse when assessing a "
                    "patient who discloses relationship difficulties.",
                    "Add a routine enquiry question to the initial assessment form.",
                    "Associate Director of Nursing",
                    "June 2023",
                    "Form changed in June 2023; audit planned for Q3.",
                    "Ongoing",
                ),
                (
                    "1",
                    None,
                    "Deliver routine enquiry training to community mental health team staff.",
                    "Safeguarding Lead Nurse",
                    "December 2023",
                    "62% of staff trained at 30/11/2023.",
                    "Ongoing",
                ),
                (
                    "2",
                    "The Trust should ensure that carers and partners are offered a carer's assessment "
                    "when a patient is discharged from inpatient care.",
                    "Include a carer prompt in the discharge checklist.",
                    "Inpatient Services Manager",
                    "TBC",
                    "",
                    "Not started",
                ),
            ],
        ),
        (
            "Brackwater Council - Housing Options",
            [
                (
                    "1",
                    "Housing Options should ask every applicant who is homeless because of a relationship "
                    "breakdown whether domestic abuse was a factor.",
                    "Amend the homelessness triage script and train housing advisers.",
                    "Housing Options Team Leader",
                    "30/06/2023",
                    "Script amended May 2023; all 14 advisers trained.",
                    "Completed",
                ),
                (
                    "2",
                    "Housing Options should record the reason for a tenancy ending in a form that can be "
                    "searched and reported.",
                    "Add a tenancy-end reason field to the housing case management system.",
                    "Housing Systems Officer",
                    "March 2024",
                    "Supplier quote received.",
                    "Ongoing",
                ),
            ],
        ),
    ]
    first = True
    for name, rows in sections:
        if not first:
            para(doc, "")
        first = False
        heading(doc, name, 2)
        t = make_table(doc, headers, W, header_fill="E2EFDA", size=8)
        _last_num, start = None, None
        spans = []
        for num, rec, act, owner, due, outc, comp in rows:
            add_row(t, [num, rec or "", act, owner, due, outc, comp], W, size=8)
            i = len(t.rows) - 1
            if rec is None:
                spans.append((start, i))
            else:
                start = i
        for a, b in spans:
            merge_down(t, 0, a, b)
            merge_down(t, 1, a, b)
    para(doc, "")
    para(doc, "RAG: Completed = green; Ongoing = amber; Not started = red.")
    save(doc, "dhr_agency_sections_restart_brackwater")


# ===================================================== 5. labelled blocks, no table
def doc_wendlecombe():
    doc = new_doc()
    heading(doc, "Wendlecombe Safeguarding Adults Board", 0)
    para(doc, "Safeguarding Adults Review - Ruth (SAR 2022/05)", bold=True, size=13)
    para(doc, "Board response and action plan - update for the Board meeting of 3 December 2024", bold=True)
    para(
        doc,
        "Ruth died in hospital in April 2022, aged 63, after a period of declining health at home. "
        "The review was written by Lionel Askew-Barnes. The Board has grouped its actions under each "
        "recommendation. Owners provide a short update before each Board meeting.",
    )
    plan = [
        (
            "1",
            "Wendlecombe Council should ensure that adult social care staff understand how to use the "
            "escalation policy when a care provider repeatedly fails to deliver planned visits.",
            "Missed visits are escalated within two working days and the provider is held to account.",
            [
                (
                    "1.1",
                    "Re-issue the escalation policy with a flowchart for missed care visits.",
                    "Head of Commissioning, Wendlecombe Council",
                    "31 July 2024",
                    "Complete. Flowchart issued on 22 July 2024.",
                ),
                (
                    "1.2",
                    "Test awareness of the policy through a staff survey and case file audit.",
                    "Principal Social Worker",
                    "January 2025",
                    "Not yet due. Survey will open in December 2024.",
                ),
            ],
        ),
        (
            "2",
            "Coldharbour Community Health Services should make sure district nurses report concerns about "
            "pressure damage to adult safeguarding when there are signs of neglect.",
            "District nursing teams report pressure damage linked to neglect consistently.",
            [
                (
                    "2.1",
                    "Deliver a learning session on pressure ulcers and neglect to all district nursing teams.",
                    "Coldharbour Community Health Services - Safeguarding Adults Lead",
                    "September 2024",
                    "Complete - 9 sessions delivered, 146 staff attended.",
                ),
                (
                    "2.2",
                    "Add a safeguarding question to the wound assessment record.",
                    "Coldharbour Community Health Services - Clinical Systems",
                    "30/11/2024",
                    "Partially complete. Question designed; awaiting system release.",
                ),
            ],
        ),
        (
            "3",
            "The Board should seek assurance that hospital discharge planning includes a check that the "
            "care package has started.",
            "Nobody is discharged home without confirmation that care will start on the day of discharge.",
            [
                (
                    "3.1",
                    "Ask Wendlecombe General Hospital to audit discharges of patients with new care packages.",
                    "SAB Business Manager",
                    "Q3 2024-25",
                    "Partially complete: audit under way, findings due in January.",
                )
            ],
        ),
        (
            "4",
            "The Board should share the learning from this review with the Care Quality Commission and "
            "ask it to consider the findings in its inspection of home care providers.",
            None,
            [
                (
                    "4.1",
                    "Send the published review and a covering letter to the Care Quality Commission.",
                    "SAB Independent Chair",
                    "On publication",
                    "Not started - publication date not yet set.",
                ),
                (
                    "4.2",
                    "Produce a seven-minute briefing for home care providers.",
                    "SAB Training and Development Subgroup",
                    "",
                    "",
                ),
            ],
        ),
    ]
    for num, rec, outcome, acts in plan:
        heading(doc, f"Recommendation {num}", 2)
        para(doc, rec)
        if outcome:
            p = doc.add_paragraph()
            p.add_run("Expected outcome: ").bold = True
            p.add_run(outcome)
        for ref, action, owner, when, pos in acts:
            para(doc, f"Action {ref}", bold=True)
            for lab, val in (
                ("What will be done", action),
                ("Owner", owner),
                ("Completion date", when),
                ("Current position", pos),
            ):
                p = doc.add_paragraph()
                p.paragraph_format.left_indent = Cm(1)
                p.paragraph_format.space_after = Pt(2)
                p.add_run(lab + ": ").bold = True
                p.add_run(val)
    para(doc, "")
    para(doc, "Next review of this plan: March 2025.")
    save(doc, "sar_labelled_blocks_wendlecombe")


# ===================================================== 6. combined chronology table
def doc_harrowdene():
    doc = new_doc()
    heading(doc, "Harrowdene Community Safety Partnership", 0)
    para(doc, "Domestic Homicide Review - 'Leanne' (HCSP DHR 2020/01)", bold=True, size=13)
    heading(doc, "Appendix B: Combined chronology", 1)
    para(
        doc,
        "The table below merges the chronologies supplied by each agency. Where an agency recorded "
        "only an approximate date, that is shown as recorded. Leanne was 34 when she died on "
        "21 September 2019. Her partner is referred to as Dean.",
    )
    headers = ["Date", "Agency", "Event"]
    W = [3.2, 3.6, 10.2]
    t = make_table(doc, headers, W, header_fill="D9D9D9", size=9)
    rows = [
        (
            "2014",
            "GP surgery (Harrowdene Health Centre)",
            "Leanne registered with the practice after moving to the area from the north-east.",
        ),
        (
            "Late 2015",
            "Housing (Elmfield Homes)",
            "Leanne and Dean became joint tenants of a two-bedroom flat on the Copse Lane estate.",
        ),
        (
            "14/02/2016",
            "Police (Northvale Constabulary)",
            "Neighbour reported shouting from the flat. Officers attended; both parties said there had been "
            "a verbal argument only. DASH completed, graded standard risk.",
        ),
        (
            "3rd May 2016",
            "GP surgery (Harrowdene Health Centre)",
            "Leanne attended with a wrist injury she said was from a fall. Referred to the fracture clinic. "
            "Dean waited in the consulting room.",
        ),
        (
            "May 2016",
            "Harrowdene General Hospital",
            "Fracture clinic confirmed a minor wrist fracture. No enquiry about how the injury happened "
            "was recorded.",
        ),
        (
            "mid-2017",
            "Harrowdene Recovery Service",
            "Dean self-referred for support with alcohol use. He attended two sessions and then disengaged.",
        ),
        (
            "12.09.2017",
            "Police (Northvale Constabulary)",
            "Leanne called 999 saying Dean had pushed her down the stairs. Dean arrested and released under "
            "investigation. DASH graded medium risk. Leanne declined to support a prosecution.",
        ),
        (
            "13.09.2017",
            "Harrowdene IDVA Service",
            "Referral received from the police. The IDVA made three attempts to call Leanne; no answer.",
        ),
        (
            "w/c 2 October 2017",
            "Harrowdene IDVA Service",
            "Case closed after no contact, with a letter sent to Leanne's address giving the helpline number.",
        ),
        (
            "Spring 2018",
            "Employer (Greenway Foods)",
            "Leanne's line manager noticed bruising on her arm and asked if she was all right. Leanne said "
            "she had knocked it at home. Not recorded at the time; reported to the review by the employer.",
        ),
        (
            "Between June and August 2018",
            "GP surgery (Harrowdene Health Centre)",
            "Four appointments for low mood and poor sleep. Antidepressants prescribed. Dean attended three "
            "of the four appointments with her.",
        ),
        (
            "21/11/18",
            "Police (Northvale Constabulary)",
            "Dean reported Leanne missing overnight. She was found at her sister's address and said she "
            "needed space. No further action.",
        ),
        (
            "January 2019",
            "Housing (Elmfield Homes)",
            "Rent arrears letter sent. Leanne phoned the housing officer and said Dean controlled the money "
            "and she did not know the rent was unpaid. The officer made a note but did not consider this "
            "as possible economic abuse.",
        ),
        (
            "04/03/2019 at 23:15",
            "Police (Northvale Constabulary)",
            "Call from Leanne's sister reporting that Dean had threatened Leanne with a knife. Officers "
            "attended within 20 minutes. Dean had left. DASH graded high risk; referral made to MARAC.",
        ),
        (
            "05/03/2019 09:30",
            "Harrowdene IDVA Service",
            "IDVA spoke to Leanne by phone and arranged to meet her at the children's centre.",
        ),
        (
            "28 March 2019",
            "MARAC",
            "Case heard at MARAC. Actions: police marker on the address, IDVA to support a non-molestation "
            "order, housing to consider a management move.",
        ),
        (
            "April 2019",
            "Harrowdene IDVA Service",
            "Leanne told the IDVA that Dean had moved back in and that things were better. She withdrew "
            "from the non-molestation order application.",
        ),
        (
            "w/c 13 May 2019",
            "Housing (Elmfield Homes)",
            "Management move not progressed because Leanne said she no longer wanted to move.",
        ),
        (
            "Summer 2019",
            "Friends and family",
            "Leanne's sister told the review that Leanne had stopped visiting and that Dean checked her "
            "phone constantly during this period.",
        ),
        (
            "02/07/2019",
            "GP surgery (Harrowdene Health Centre)",
            "Telephone consultation. Leanne asked for her medication to be increased. GP asked if she felt "
            "safe at home; Leanne said yes. Call taken with Dean audible in the background.",
        ),
        ("mid-August 2019", "Greenway Foods", "Leanne resigned from her job without notice."),
        (
            "19/09/2019, 18:40",
            "Police (Northvale Constabulary)",
            "Anonymous call reporting a disturbance at the flat. Call graded for a scheduled appointment "
            "the following day because the caller could not say whether anyone was hurt.",
        ),
        (
            "20/09/2019",
            "Police (Northvale Constabulary)",
            "Officers attended the scheduled appointment; no reply at the flat. The marker from MARAC was "
            "not seen by the attending officers.",
        ),
        (
            "21 Sept 2019",
            "Police (Northvale Constabulary)",
            "Ambulance crew called police to the flat. Leanne was pronounced dead at the scene. Dean was "
            "arrested and later charged with her murder.",
        ),
    ]
    for r in rows:
        add_row(t, list(r), W, size=9)
    para(doc, "")
    para(doc, "Source: agency chronologies and information from Leanne's family.")
    save(doc, "chron_table_varied_dates_harrowdene")


# ===================================================== 7. year-headed narrative chronology
def doc_kelsmoor():
    doc = new_doc()
    heading(doc, "Kelsmoor Safer Communities Board", 0)
    para(doc, "Domestic Homicide Review: Overview Report", bold=True, size=14)
    para(doc, "Into the death of Anjali (pseudonym), aged 29, in November 2020", size=12)
    para(doc, "Independent Chair and Author: Ruairi Fennimore-Shaw")
    heading(doc, "3. Background and summary of events", 1)
    para(
        doc,
        "3.1 This section summarises the contact agencies had with Anjali and with her husband, "
        "referred to as Vikram, from 2017 until her death. It draws on the agency reports and on "
        "the information Anjali's family gave the panel. Where an exact date was not available, "
        "the panel used the nearest date the records allowed.",
    )
    years = [
        (
            "2017",
            [
                (
                    "3.2",
                    "In March 2017 Anjali arrived in the UK on a spouse visa and moved into the home of "
                    "Vikram's parents in Kelsmoor.",
                ),
                (
                    "3.3",
                    "Two weeks later she registered with Moorgate Medical Practice. The registration "
                    "health check was carried out with Vikram's mother interpreting.",
                ),
                (
                    "3.4",
                    "During the summer of 2017 Anjali attended English classes at Kelsmoor Adult "
                    "Learning. Her tutor recalls that she was always collected by a family member.",
                ),
            ],
        ),
        (
            "2018",
            [
                (
                    "3.5",
                    "On 9 January 2018 Anjali attended the emergency department of Kelsmoor Royal "
                    "Infirmary with a burn to her forearm, which she said happened while cooking. Vikram "
                    "was present throughout. No routine enquiry was made.",
                ),
                (
                    "3.6",
                    "The following day the hospital sent a discharge letter to the GP. It was filed "
                    "without being seen by a clinician.",
                ),
                (
                    "3.7",
                    "In early April 2018 Anjali told her English tutor that she was not allowed to keep "
                    "her own passport. The tutor passed this to the college's safeguarding lead, who "
                    "gave Anjali a leaflet about a local women's organisation.",
                ),
                ("3.8", "Later that month Anjali stopped attending classes."),
            ],
        ),
        (
            "2019",
            [
                (
                    "3.9",
                    "On 22/02/2019 Anjali booked in with the community midwife at eleven weeks pregnant. "
                    "She was accompanied by her mother-in-law and the routine question about domestic "
                    "abuse was not asked.",
                ),
                (
                    "3.10",
                    "At the 20-week scan in April 2019 the sonographer noted that Anjali seemed "
                    "withdrawn. This was not passed on.",
                ),
                (
                    "3.11",
                    "On 3 September 2019 Anjali gave birth to a son. The health visitor's new birth "
                    "visit took place eleven days later; Vikram answered most of the questions.",
                ),
                (
                    "3.12",
                    "In October 2019 police received a call from a neighbour who heard a woman "
                    "screaming. Officers attended and spoke to Vikram on the doorstep; he said the baby "
                    "had been crying. Officers did not see Anjali.",
                ),
            ],
        ),
        (
            "2020",
            [
                (
                    "3.13",
                    "Between March and June 2020 face-to-face health visiting contacts were replaced by "
                    "telephone calls because of the pandemic. Each call was answered by Vikram.",
                ),
                (
                    "3.14",
                    "On 14 July 2020 Anjali phoned a national domestic abuse helpline from a "
                    "supermarket. She described being locked in the house and said she was frightened "
                    "for her son. She agreed to a referral to Kelsmoor Women's Aid.",
                ),
                (
                    "3.15",
                    "Three days after the call a Women's Aid outreach worker tried to contact Anjali on "
                    "the number she had given. The phone was switched off. A second attempt the next "
                    "week also failed and the referral was closed.",
                ),
                (
                    "3.16",
                    "In late September 2020 Anjali's sister in India received a message from Anjali "
                    "saying she wanted to come home with the baby.",
                ),
                (
                    "3.17",
                    "On the evening of 6 November 2020 police were called to the house by Vikram's "
                    "father. Anjali was found with serious injuries and died in hospital the next day.",
                ),
            ],
        ),
    ]
    for year, paras in years:
        heading(doc, year, 2)
        for num, text in paras:
            para(doc, f"{num} {text}")
    heading(doc, "4. Recommendations", 1)
    para(doc, "4.1 The panel makes the following recommendations.")
    recs = [
        "Kelsmoor Royal Infirmary should ensure that patients attending with injuries are seen alone "
        "for part of their assessment and asked about domestic abuse.",
        "Moorgate Medical Practice should review how discharge letters reporting injuries are seen by "
        "a clinician before being filed.",
        "Kelsmoor Safer Communities Board should work with community groups to raise awareness of "
        "immigration-related abuse among women who have recently arrived in the UK.",
        "Kelsmoor Women's Aid should change its procedure so that a referral is not closed after "
        "failed phone contact without checking safe alternative routes with the referrer.",
    ]
    for i, r in enumerate(recs, 1):
        para(doc, f"Recommendation {i}: {r}")
    save(doc, "chron_year_paragraphs_kelsmoor")


if __name__ == "__main__":
    doc_tallowmere()
    doc_fernwick()
    doc_orrinford()
    doc_brackwater()
    doc_wendlecombe()
    doc_harrowdene()
    doc_kelsmoor()
    print("built")
