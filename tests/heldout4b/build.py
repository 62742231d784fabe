"""Build the heldout4b blind documents as Word files (python-docx).

Written blind: the content is fictional and composed without looking at the parser.
Run once:  python tests/heldout4b/build.py ; then soffice -> pdf ; pdftotext -layout -> txt.
"""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = Path(__file__).parent


# ---------------------------------------------------------------- helpers
def new_doc(landscape: bool) -> Document:
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(10)
    sec = doc.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    else:
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin"):
        setattr(sec, side, Cm(1.8))
    sec.top_margin = sec.bottom_margin = Cm(1.8)
    return doc


def add_field(run, code: str) -> None:
    for kind, text in (("begin", None), (None, code), ("separate", None), (None, "1"), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        elif text == code:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = f" {code} "
        else:
            el = OxmlElement("w:t")
            el.text = text
        run._r.append(el)


def footer(doc: Document, label: str) -> None:
    for sec in doc.sections:
        p = sec.footer.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run(f"{label}    Page ")
        add_field(p.add_run(), "PAGE")
        p.add_run(" of ")
        add_field(p.add_run(), "NUMPAGES")


def shade(cell, fill: str) -> None:
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def repeat_header(row) -> None:
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def no_split(row) -> None:
    trPr = row._tr.get_or_add_trPr()
    trPr.append(OxmlElement("w:cantSplit"))


def set_cell(cell, text: str, bold: bool = False, size: float = 9) -> None:
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.font.size = Pt(size)


def table(doc: Document, header: list[str], widths: list[float]):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    for i, h in enumerate(header):
        c = t.rows[0].cells[i]
        set_cell(c, h, bold=True)
        shade(c, "D9E2F3")
    repeat_header(t.rows[0])
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = Cm(w)
    t._widths = widths
    return t


def add_row(t, values: list[str], bold_cols: tuple = ()):
    row = t.add_row()
    for i, v in enumerate(values):
        set_cell(row.cells[i], v, bold=i in bold_cols)
        row.cells[i].width = Cm(t._widths[i])
    return row


def full_width_row(t, text: str, fill: str = "F2F2F2"):
    row = t.add_row()
    merged = row.cells[0].merge(row.cells[-1])
    set_cell(merged, text, bold=True)
    shade(merged, fill)
    return row


def vmerge(t, col: int, first: int, last: int, text: str) -> None:
    """Merge a column vertically over rows first..last and keep the value once."""
    if last > first:
        cell = t.cell(first, col).merge(t.cell(last, col))
        set_cell(cell, text)


def para(
    doc,
    text: str,
    bold: bool = False,
    style: str | None = None,
    size: float | None = None,
    align=None,
    italic: bool = False,
):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    return p


def page_break(doc) -> None:
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def labelled(doc, label: str, text: str) -> None:
    p = doc.add_paragraph()
    p.add_run(label).bold = True
    p.add_run(" " + text)


# ------------------------------------------------ 1. Home Office template, full-width rec rows
HO_HEADER = [
    "Recommendation",
    "Scope of recommendation",
    "Action to take",
    "Lead Agency",
    "Key milestones achieved in enacting recommendation",
    "Target Date",
    "Date of completion and Outcome",
]
HO_WIDTHS = [2.6, 2.4, 5.6, 3.4, 5.2, 2.4, 4.4]

HO_OVERVIEW = [
    (
        "Recommendation 1: Bramwick Community Safety Partnership should commission a review of the "
        "referral pathway between MARAC and the specialist domestic abuse service, so that a high-risk "
        "victim who declines support is offered contact again within five working days.",
        "1",
        [
            (
                "Local",
                "Map the current route from MARAC referral to first contact by the specialist "
                "service and identify where contact lapses.",
                "Bramwick Community Safety Partnership",
                "Mapping workshop held with MARAC members and the service on 14 February 2024.",
                "31/05/2024",
                "Completed May 2024. Revised pathway agreed by the MARAC steering group.",
            ),
            (
                "Local",
                "Write a re-contact step for victims who decline support into the MARAC operating protocol.",
                "Domestic Abuse Partnership Manager",
                "Draft protocol circulated to partners for comment.",
                "30/09/2024",
                "Ongoing – protocol out for consultation until October.",
            ),
        ],
    ),
    (
        "Recommendation 2: Eastmoor Police should ensure that officers attending a domestic incident "
        "complete the risk assessment with the victim away from the suspect, and record the reason "
        "whenever this is not possible.",
        "2",
        [
            (
                "Local",
                "Issue a briefing to all response and neighbourhood officers in the Bramwick "
                "district on speaking to victims alone.",
                "Eastmoor Police",
                "Briefing note published on the force intranet and read at shift briefings.",
                "March 2024",
                "Complete – March 2024.",
            ),
            (
                "Local",
                "Dip-sample fifty domestic abuse risk assessments each quarter for a record of "
                "whether the victim was seen alone.",
                "Eastmoor Police – Public Protection Unit",
                "First quarterly sample completed; findings reported to the DA Strategic Board.",
                "December 2024",
                "In progress. Two of four quarterly samples done.",
            ),
        ],
    ),
    (
        "Recommendation 3: The Home Office should consider including guidance on adult family violence, "
        "including economic abuse of parents by their adult children, in the next revision of the "
        "statutory guidance for Domestic Homicide Reviews.",
        "3",
        [
            (
                "National",
                "Chair of the Community Safety Partnership to write to the Home Office setting out "
                "the learning from this review.",
                "Bramwick Community Safety Partnership",
                "Letter drafted and agreed by the review panel.",
                "June 2024",
                "Letter sent 3 June 2024; acknowledgement received. Complete.",
            ),
        ],
    ),
    (
        "Recommendation 4: Bramwick and Lowdale Integrated Care Board should seek assurance that GP "
        "practices record who accompanies a patient to appointments and offer each patient an "
        "opportunity to be seen alone.",
        "4",
        [
            (
                "Local",
                "Add a prompt about accompanying adults and seeing the patient alone to the GP "
                "safeguarding template.",
                "Bramwick and Lowdale ICB – Safeguarding Team",
                "None yet – change request lodged with the clinical system supplier.",
                "30/11/2024",
                "Not started. Supplier release date awaited.",
            ),
            (
                "Local",
                "Audit ten practices for use of the new prompt six months after release.",
                "Bramwick and Lowdale ICB – Safeguarding Team",
                "–",
                "31/05/2025",
                "Not started.",
            ),
        ],
    ),
    (
        "Recommendation 5: Bramwick Borough Council Housing Options should train front-line staff to "
        "recognise and ask about domestic abuse when an older parent presents as homeless after conflict "
        "with an adult child.",
        "5",
        [
            (
                "Local",
                "Deliver a half-day training session on adult family violence to Housing Options "
                "officers and duty managers.",
                "Bramwick Borough Council – Housing Options",
                "Training designed with the specialist service; 48 of 60 staff trained.",
                "31/10/2024",
                "Ongoing – 80% of staff trained; final session booked.",
            ),
        ],
    ),
]

HO_AGENCY = [
    (
        "Bramwick Adult Social Care",
        [
            (
                "Recommendation 1: Adult Social Care should amend its carer's assessment guidance so that "
                "practitioners ask carers directly whether they feel safe with the person they care for.",
                "1",
                [
                    (
                        "Local",
                        "Revise carer's assessment practice guidance and the assessment form.",
                        "Principal Social Worker, Adult Social Care",
                        "Guidance revised and approved at the practice forum.",
                        "April 2024",
                        "Completed April 2024. New form live on the case system.",
                    ),
                ],
            ),
            (
                "Recommendation 2: Adult Social Care should audit a sample of carer's assessments completed "
                "since the change to test whether the question about safety is being asked.",
                "2",
                [
                    (
                        "Local",
                        "Audit twenty carer's assessments and report findings to the Safeguarding Adults "
                        "Board quality group.",
                        "Adult Social Care Quality Assurance Lead",
                        "Audit tool agreed.",
                        "January 2025",
                        "Ongoing.",
                    ),
                ],
            ),
        ],
    ),
]


def ho_rows(t, groups) -> None:
    for heading, number, actions in groups:
        full_width_row(t, heading)
        first = len(t.rows)
        for scope, action, lead, milestones, target, outcome in actions:
            r = add_row(t, [number, scope, action, lead, milestones, target, outcome])
            no_split(r)
        vmerge(t, 0, first, len(t.rows) - 1, number)


def build_ho_plan() -> Document:
    doc = new_doc(landscape=True)
    para(doc, "Bramwick Community Safety Partnership", bold=True, size=12)
    doc.add_heading("Domestic Homicide Review into the death of 'Leonie' – Action Plan", level=1)
    labelled(doc, "Review reference:", "BCSP DHR 2022/03")
    labelled(doc, "Plan owner:", "Bramwick Community Safety Partnership DHR Sub-Group")
    labelled(doc, "Last updated:", "2 October 2024")
    para(
        doc,
        "The recommendations below are those of the Overview Report. Each recommendation is "
        "printed in full in the shaded row; the rows beneath it set out the actions agreed by the "
        "lead agency to deliver it.",
    )
    doc.add_heading("Overview Report recommendations", level=2)
    t = table(doc, HO_HEADER, HO_WIDTHS)
    ho_rows(t, HO_OVERVIEW)
    page_break(doc)
    doc.add_heading("Single agency recommendations", level=2)
    for agency, groups in HO_AGENCY:
        para(doc, agency, bold=True)
        t = table(doc, HO_HEADER, HO_WIDTHS)
        ho_rows(t, groups)
    para(doc, "")
    para(
        doc,
        "Progress against this plan is reported to each meeting of the DHR Sub-Group. Actions "
        "are closed only when the lead agency has supplied evidence of completion.",
        italic=True,
    )
    footer(doc, "DHR 'Leonie' Action Plan – OFFICIAL")
    return doc


# ------------------------------------------------ 2. CSP tracker covering three reviews
TRACKER_ROWS = [
    # review, rec no, recommendation, lead, due, status
    (
        "DHR 'Anna'\n(CCSP/DHR/19)",
        "1",
        "Calderbrook Community Safety Partnership to publish a short "
        "guide for employers on supporting staff who disclose domestic abuse.",
        "Calderbrook CSP Manager",
        "Jan 2023",
        "Complete",
    ),
    (
        "DHR 'Anna'\n(CCSP/DHR/19)",
        "4",
        "Calderbrook Hospitals NHS Trust to include questions about "
        "domestic abuse in the emergency department triage assessment for all adults attending with "
        "injuries.",
        "Calderbrook Hospitals NHS Trust",
        "Mar 2023",
        "Complete",
    ),
    (
        "DHR 'Mr B'\n(CCSP/DHR/21)",
        "2",
        "Greystone Housing Association to add a domestic abuse flag "
        "to tenancy records when abuse is disclosed and share it with the neighbourhood team.",
        "Greystone Housing Association",
        "Jun 2023",
        "Complete",
    ),
    (
        "DHR 'Anna'\n(CCSP/DHR/19)",
        "2",
        "The Domestic Abuse Partnership Board to commission a "
        "programme for men who use abusive behaviour that accepts self-referrals.",
        "Domestic Abuse Partnership Board",
        "Sep 2023",
        "In progress",
    ),
    (
        "DHR 'Priya'\n(CCSP/DHR/23)",
        "1",
        "All partner agencies to ensure that interpreters used in "
        "domestic abuse cases are independent of the family and are never relatives or friends.",
        "All partners (coordinated by CSP)",
        "Dec 2023",
        "In progress",
    ),
    (
        "DHR 'Priya'\n(CCSP/DHR/23)",
        "3",
        "Eastmoor Police to review how officers complete risk "
        "assessments where the victim has limited English.",
        "Eastmoor Police",
        "Dec 2023",
        "Complete",
    ),
    (
        "DHR 'Mr B'\n(CCSP/DHR/21)",
        "1",
        "Calderbrook Adult Social Care to deliver training on coercive "
        "control where the victim is a man, for all social work teams.",
        "Calderbrook Adult Social Care",
        "Mar 2024",
        "At risk",
    ),
    (
        "DHR 'Anna'\n(CCSP/DHR/19)",
        "3",
        "Calderbrook Community Safety Partnership to seek assurance "
        "from partners that domestic abuse champions are in post in every team.",
        "Calderbrook CSP Manager",
        "Mar 2024",
        "Complete",
    ),
    (
        "DHR 'Mr B'\n(CCSP/DHR/21)",
        "3",
        "Calderbrook Drug and Alcohol Service to screen every new "
        "client for domestic abuse, both as victim and as person causing harm.",
        "Calderbrook Drug and Alcohol Service",
        "Jun 2024",
        "On track",
    ),
    (
        "DHR 'Priya'\n(CCSP/DHR/23)",
        "2",
        "The Community Safety Partnership to fund outreach to faith "
        "and community groups so that women with insecure immigration status know where to get help.",
        "Calderbrook CSP Manager",
        "Sep 2024",
        "Not started",
    ),
    (
        "DHR 'Priya'\n(CCSP/DHR/23)",
        "4",
        "The Community Safety Partnership to write to the Home Office "
        "asking that the Domestic Violence Concession be extended to victims on all visa types.",
        "Chair, Calderbrook CSP",
        "Sep 2024",
        "Complete",
    ),
    (
        "DHR 'Mr B'\n(CCSP/DHR/21)",
        "4",
        "GP practices in Calderbrook to record the name and relationship "
        "of any person who speaks for a patient during a consultation.",
        "Calderbrook Primary Care Network",
        "Dec 2024",
        "Not started",
    ),
]


def build_tracker() -> Document:
    doc = new_doc(landscape=True)
    doc.add_heading("Calderbrook Community Safety Partnership", level=1)
    doc.add_heading("DHR recommendations tracker", level=2)
    labelled(doc, "Position at:", "30 September 2024")
    labelled(doc, "Prepared for:", "Domestic Abuse Partnership Board, 15 October 2024")
    para(
        doc,
        "This tracker brings together the open and recently closed recommendations from the "
        "three Domestic Homicide Reviews published by the Partnership since 2021. Rows are ordered by "
        "due date. Recommendation numbers are those printed in each review's own Overview Report.",
    )
    t = table(
        doc, ["Review", "Rec no.", "Recommendation", "Lead", "Due", "Status"], [3.4, 1.6, 11.0, 5.0, 2.2, 2.8]
    )
    prev, start = None, None
    for row in TRACKER_ROWS:
        r = add_row(t, list(row))
        no_split(r)
        idx = len(t.rows) - 1
        if row[0] != prev:
            if prev is not None and idx - 1 > start:
                vmerge(t, 0, start, idx - 1, prev)
            prev, start = row[0], idx
    if len(t.rows) - 1 > start:
        vmerge(t, 0, start, len(t.rows) - 1, prev)
    para(doc, "")
    para(doc, "Status key", bold=True)
    for line in (
        "Complete – evidence of completion received by the CSP.",
        "On track – work under way and expected by the due date.",
        "At risk – work under way but the due date is likely to be missed.",
        "Not started – no work yet reported.",
    ):
        para(doc, line, style="List Bullet")
    footer(doc, "Calderbrook CSP – DHR recommendations tracker – September 2024")
    return doc


# ------------------------------------------------ 3. SAR action plan, percentage statuses
SAR_RECS = [
    (
        "1",
        "The Board should seek assurance that partner agencies apply the self-neglect and hoarding "
        "protocol when a person repeatedly refuses care.",
        [
            (
                "1.1",
                "Re-launch the self-neglect and hoarding protocol with a practitioner briefing.",
                "SAB Business Manager",
                "31 March 2024",
                "Briefings held in February and March; 212 practitioners attended.",
                "Complete (evidence seen)",
            ),
            (
                "1.2",
                "Multi-agency audit of six self-neglect cases open for more than three months.",
                "SAB Quality and Performance Sub-group",
                "30 September 2024",
                "Four of six cases audited. Report to Sub-group in November.",
                "75% – on track",
            ),
        ],
    ),
    (
        "2",
        "Hallamford City Council Adult Social Care should ensure that mental capacity assessments "
        "are completed and recorded for specific decisions about accepting care at home.",
        [
            (
                "2.1",
                "Update the mental capacity practice guidance with worked examples on decisions about "
                "care at home.",
                "Principal Social Worker",
                "June 2024",
                "Guidance updated and published on the procedures site.",
                "Complete (evidence seen)",
            ),
            (
                "2.2",
                "Monthly supervision to include review of one capacity assessment per worker.",
                "Heads of Service, Adult Social Care",
                "July 2024",
                "Supervision template amended; uptake being monitored.",
                "50% – on track",
            ),
        ],
    ),
    (
        "3",
        "Hallamford Community Health Services NHS Trust should make sure that district nurses "
        "escalate concerns to a manager when a patient declines wound care on three or more visits.",
        [
            (
                "3.1",
                "Introduce an escalation step into the district nursing standard operating procedure.",
                "Head of Nursing – Community",
                "31/05/2024",
                "Draft SOP written; sign-off delayed by the Trust's policy group.",
                "Overdue",
            ),
        ],
    ),
    (
        "4",
        "Trellis Homes should train its housing officers to recognise self-neglect and to raise a "
        "safeguarding concern rather than start enforcement action for the condition of the property.",
        [
            (
                "4.1",
                "Deliver self-neglect awareness training to all housing officers.",
                "Trellis Homes – Tenancy Services Manager",
                "31/08/2024",
                "No update provided by the agency at the time of this review.",
                "Overdue",
            ),
            (
                "4.2",
                "Amend the tenancy enforcement procedure to require a safeguarding check before any "
                "notice is served.",
                "Trellis Homes – Policy Lead",
                "31/12/2024",
                "Not yet begun; planned after training is complete.",
                "0% – not started",
            ),
        ],
    ),
    (
        "5",
        "The Board should write to the Department of Health and Social Care asking that national "
        "guidance on self-neglect address people who decline care after discharge from hospital.",
        [
            (
                "5.1",
                "Independent Chair to write to the Department of Health and Social Care.",
                "Independent Chair, Hallamford SAB",
                "April 2024",
                "Letter sent 22 April 2024. Reply received 30 May 2024 and shared with members.",
                "Complete (evidence seen)",
            ),
        ],
    ),
    (
        "6",
        "Hallamford Clinical Commissioning Partnership should ensure that hospital discharge "
        "summaries record when a patient refuses a package of care, and that the GP is told.",
        [
            (
                "6.1",
                "Add a mandatory field for declined care to the electronic discharge summary.",
                "Hallamford Teaching Hospitals – Digital Lead",
                "October 2024",
                "Field built in test system; go-live planned for November.",
                "90% – on track",
            ),
            (
                "6.2",
                "Check twenty discharge summaries after go-live to confirm the field is completed.",
                "Designated Nurse, Adult Safeguarding",
                "February 2025",
                "Not due yet.",
                "0% – not started",
            ),
        ],
    ),
]


def build_sar_plan() -> Document:
    doc = new_doc(landscape=True)
    doc.add_heading("Hallamford Safeguarding Adults Board", level=1)
    doc.add_heading("Safeguarding Adults Review: 'Dorothy' – Action Plan", level=2)
    t0 = doc.add_table(rows=3, cols=2)
    t0.style = "Table Grid"
    for i, (k, v) in enumerate(
        (
            ("Version", "4 (progress at 30 September 2024)"),
            ("Owner", "SAR Sub-group"),
            ("Report published", "15 January 2024"),
        )
    ):
        set_cell(t0.cell(i, 0), k, bold=True)
        set_cell(t0.cell(i, 1), v)
    para(doc, "")
    para(
        doc,
        "Status is shown as an estimate of completion with a short judgement. An action is "
        "marked complete only when the Sub-group has seen evidence.",
    )
    t = table(
        doc,
        ["Rec", "Recommendation", "Ref", "Action", "Lead", "Target date", "Progress update", "Status"],
        [1.2, 5.6, 1.2, 5.0, 3.4, 2.4, 4.6, 2.6],
    )
    for number, rec, actions in SAR_RECS:
        first = len(t.rows)
        for ref, action, lead, target, progress, status in actions:
            r = add_row(t, [number, rec, ref, action, lead, target, progress, status])
            no_split(r)
        vmerge(t, 0, first, len(t.rows) - 1, number)
        vmerge(t, 1, first, len(t.rows) - 1, rec)
    para(doc, "")
    para(doc, "Summary of progress", bold=True)
    for line in (
        "Ten actions in total; three complete with evidence seen.",
        "Two actions overdue and escalated to the Board Chair.",
        "The plan will be reviewed again at the January 2025 Sub-group.",
    ):
        para(doc, line, style="List Number")
    footer(doc, "Hallamford SAB – SAR 'Dorothy' Action Plan")
    return doc


# ------------------------------------------------ 4. CSPR excerpt: bold-titled recommendations, chronology
CSPR_RECS = [
    (
        "Hearing from fathers and partners before birth",
        "The Oakhollow Safeguarding Children Partnership should make sure that midwives, health visitors "
        "and children's social workers find out who the adult men in an expectant mother's household are, "
        "and include them in the pre-birth assessment. The Partnership should ask each agency to report "
        "within six months how this is now recorded.",
    ),
    (
        "Safe sleep conversations that fit the family's circumstances",
        "Oakhollow Public Health should revise the safe sleep materials given to parents so that they deal "
        "with sleeping arrangements when a family is staying temporarily with relatives or in emergency "
        "accommodation, and health visitors should use them at every new birth visit.",
    ),
    (
        "Escalation when a family moves between areas",
        "Oakhollow Children's Social Care should agree with neighbouring authorities a written procedure "
        "for transferring a child in need case when a family moves, including a joint visit before the "
        "case is closed by the first authority.",
    ),
    (
        "Professional curiosity about parental drug use",
        "All partner agencies should provide training for practitioners on asking parents about cannabis "
        "and other drug use in a way that is direct and non-judgemental, and on what to do with the "
        "answer. The Partnership's learning and development group should evaluate the training.",
    ),
    (
        "Making the review's learning national",
        "The Partnership should share this review with the Child Safeguarding Practice Review Panel and "
        "ask the Panel to consider the findings on temporary accommodation in its next national "
        "thematic work on sudden unexpected infant deaths.",
    ),
]

CSPR_CHRONOLOGY = [
    (
        "14/09/2021",
        "Mother books with midwifery at 11 weeks of pregnancy. She says she lives with her "
        "own mother and gives no details of the baby's father.",
    ),
    (
        "October 2021",
        "Police are called to a disturbance at the maternal grandmother's address. Mother's "
        "partner is arrested and later released with no further action.",
    ),
    (
        "02/11/2021",
        "Police send a notification to Children's Social Care about the October incident. "
        "Screened as information only.",
    ),
    (
        "Mid-December 2021",
        "Mother misses two antenatal appointments. The community midwife leaves a card at the address.",
    ),
    (
        "11/01/2022",
        "Midwife completes a routine enquiry about domestic abuse with mother alone; "
        "mother says there are no concerns.",
    ),
    (
        "28/02/2022",
        "Baby R is born at 37 weeks at Oakhollow General Hospital and is discharged home two days later.",
    ),
    (
        "09/03/2022",
        "Health visitor completes the new birth visit. Safe sleep advice is given; the family "
        "say they are about to move.",
    ),
    (
        "April 2022",
        "Family move to emergency accommodation in the neighbouring borough of Fenmarsh. "
        "The Oakhollow health visiting record is transferred.",
    ),
    (
        "21/04/2022",
        "Fenmarsh Children's Social Care open a child in need assessment after a referral "
        "from the housing provider about the condition of the room.",
    ),
    (
        "Early May 2022",
        "Family return to the maternal grandmother's address in Oakhollow. Fenmarsh close "
        "the assessment without a transfer meeting.",
    ),
    (
        "17/05/2022",
        "Baby R is found unresponsive in the morning after sharing a sofa with Father. "
        "Baby R is taken to hospital and dies the same day.",
    ),
    ("19/05/2022", "Rapid review meeting held by the Oakhollow Safeguarding Children Partnership."),
]


def build_cspr() -> Document:
    doc = new_doc(landscape=False)
    para(doc, "Oakhollow Safeguarding Children Partnership", bold=True, size=12)
    doc.add_heading("Local Child Safeguarding Practice Review: Baby R", level=1)
    para(
        doc,
        "Extract: sections 6 to 7 and Appendix B. Lead reviewer: Carys Penhallow. Published July 2023.",
        italic=True,
    )
    doc.add_heading("6. What the review learned", level=2)
    para(
        doc,
        "The review found that the men in Baby R's life were largely invisible to the agencies "
        "that worked with Mother. Information about the police call-out in October 2021 was held by "
        "one agency and not linked with the pregnancy.",
    )
    para(
        doc,
        "Practitioners gave safe sleep advice, but the advice assumed a settled home. When the "
        "family moved between two areas, nobody held the whole picture and the assessment that had "
        "started in Fenmarsh was closed without a conversation with Oakhollow.",
    )
    para(doc, "The main learning points are:")
    for line in (
        "a pregnancy is a chance to ask about every adult in the household;",
        "advice about sleeping arrangements must be practical for families without a stable home;",
        "a move across a boundary is a point of risk and not a reason to close a case.",
    ):
        para(doc, line, style="List Number")
    doc.add_heading("7. Recommendations", level=2)
    para(
        doc,
        "The review makes the following recommendations to the Oakhollow Safeguarding Children "
        "Partnership and its partner agencies.",
    )
    for title, text in CSPR_RECS:
        para(doc, title, bold=True)
        para(doc, text)
    page_break(doc)
    doc.add_heading("Appendix B: Summary chronology of key events", level=2)
    para(
        doc,
        "The table lists the main contacts with agencies between the booking appointment and "
        "Baby R's death. It is a summary; the full chronology was seen by the review panel.",
    )
    t = table(doc, ["Date", "Event"], [3.6, 13.8])
    for date, event in CSPR_CHRONOLOGY:
        add_row(t, [date, event])
    footer(doc, "LCSPR Baby R – Oakhollow Safeguarding Children Partnership")
    return doc


# ------------------------------------------------ 5. DHR overview excerpt: "Recommendation N" + Rationale
DHR_RECS = [
    (
        "Lyneham Cross Safer Communities Partnership should ask all member agencies to confirm that their "
        "domestic abuse policies describe abuse by a partner who is also the victim's carer, and how staff "
        "should respond to it.",
        "Maya's husband was recorded by several agencies as her main carer. Staff treated him as a source "
        "of support and did not consider that the caring role gave him control over her daily life.",
    ),
    (
        "North Vale Ambulance Service should ensure that crews attending a fall at home ask the patient, "
        "when alone, whether anyone has hurt them, and record the answer.",
        "Crews attended Maya three times in four months for falls. On each occasion her husband answered "
        "the questions and she was not spoken to on her own.",
    ),
    (
        "Lyneham Cross Adult Social Care should provide training for occupational therapists and "
        "reablement staff on coercive control in relationships where one partner has a disability.",
        "The practitioners who visited the home most often had no domestic abuse training beyond an online "
        "introduction and did not recognise the signs described by the family.",
    ),
    (
        "Westbury Medical Group should review its process for repeat prescriptions collected by a third "
        "party so that a clinician is alerted when medication is collected irregularly for a patient "
        "with a history of domestic abuse.",
        "Maya's pain medication was collected by her husband at irregular intervals. The practice had no "
        "way of noticing this pattern.",
    ),
    (
        "Eastmoor Police should ensure that when a report of abuse is withdrawn, a supervisor reviews the "
        "case and considers an evidence-led prosecution and a referral to MARAC.",
        "Maya withdrew her statement in June 2021. The case was closed the same day with no supervisory "
        "review and no further assessment of risk.",
    ),
    (
        "The Department for Work and Pensions should consider how its staff can offer a private "
        "conversation to a claimant whose partner acts as their appointee.",
        "Maya's husband was her appointee for benefits. All contact went through him, so a possible route "
        "for her to speak in confidence was lost.",
    ),
    (
        "Lyneham Cross Safer Communities Partnership should run a campaign, with local disability groups, "
        "telling disabled people and their families where to get help about abuse by a partner or carer.",
        "Maya's sister told the review that neither she nor Maya knew that the specialist service helped "
        "people in Maya's situation.",
    ),
]


def build_dhr_overview() -> Document:
    doc = new_doc(landscape=False)
    for _ in range(4):
        para(doc, "")
    para(
        doc,
        "Lyneham Cross Safer Communities Partnership",
        bold=True,
        size=16,
        align=WD_ALIGN_PARAGRAPH.CENTER,
    )
    para(doc, "")
    para(doc, "DOMESTIC HOMICIDE REVIEW", bold=True, size=20, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "OVERVIEW REPORT", bold=True, size=16, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "")
    para(doc, "Into the death of 'Maya', aged 58,", size=14, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "in November 2022", size=14, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "")
    para(doc, "Review reference: LXSCP/DHR/2022-02", align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "")
    para(doc, "Independent Chair and Author: Dr Helen Farrow-Quaye", align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "Report completed: 18 March 2024", align=WD_ALIGN_PARAGRAPH.CENTER)
    page_break(doc)
    doc.add_heading("1. Introduction", level=1)
    para(
        doc,
        "This report examines how agencies responded to Maya, a resident of Lyneham Cross, in the "
        "three years before she was killed by her husband, Graham, in November 2022. Graham was "
        "convicted of murder in September 2023.",
    )
    para(doc, "The review panel agreed the following terms of reference:")
    for line in (
        "to establish what each agency knew about Maya's circumstances;",
        "to consider whether her disability affected how agencies responded to her;",
        "to identify what could be learned and how practice should change.",
    ):
        para(doc, line, style="List Number")
    doc.add_heading("2. Family involvement", level=1)
    para(
        doc,
        "Maya's sister and two of her friends contributed to the review. Their memories of Maya as "
        "a lively, sociable woman who became withdrawn after her stroke are reflected throughout.",
    )
    doc.add_heading("9. Conclusions", level=1)
    para(
        doc,
        "Maya was seen by many professionals, almost always with her husband present. The agencies "
        "that knew about the withdrawn allegation in 2021 did not share it with those visiting the home, "
        "and the caring role masked the control he exercised.",
    )
    para(
        doc,
        "The panel does not conclude that Maya's death was predictable, but there were several "
        "points at which she could have been asked, alone, whether she was safe.",
    )
    doc.add_heading("10. Recommendations", level=1)
    para(doc, "The panel makes seven recommendations. Each is followed by the reason the panel made it.")
    for i, (text, why) in enumerate(DHR_RECS, start=1):
        para(doc, f"Recommendation {i}", bold=True)
        para(doc, text)
        labelled(doc, "Rationale:", why)
    doc.add_heading("11. Next steps", level=1)
    para(
        doc,
        "The recommendations have been translated into an action plan held by the Partnership. "
        "Progress will be reported to the Partnership Board every six months.",
    )
    footer(doc, "DHR 'Maya' – Overview Report – OFFICIAL SENSITIVE")
    return doc


BUILDERS = {
    "ho_plan_fullwidth_rows": build_ho_plan,
    "csp_tracker_three_reviews": build_tracker,
    "sar_plan_percent_status": build_sar_plan,
    "cspr_bold_titles_chronology": build_cspr,
    "dhr_overview_rationale": build_dhr_overview,
}

if __name__ == "__main__":
    for stem, build in BUILDERS.items():
        build().save(HERE / f"{stem}.docx")
        print(stem)
