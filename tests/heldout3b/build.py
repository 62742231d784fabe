"""Build the heldout3b blind test documents (action plans and chronologies) as Word files.

Run once from the worktree root:
    python tests/heldout3b/build.py
then convert each .docx with LibreOffice and pdftotext (see README.md). All people, places and
agencies are fictional; wording is the author's own.
"""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent


# ---------------------------------------------------------------- word helpers


def new_document(landscape: bool, footer_text: str) -> Document:
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(10)
    section = doc.sections[0]
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    else:
        section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(2.0))
    footer = section.footer.paragraphs[0]
    footer.text = footer_text + "    Page "
    _page_field(footer)
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return doc


def _page_field(paragraph) -> None:
    run = paragraph.add_run()
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = "PAGE"
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run._r.append(begin)
    run._r.append(instr)
    run._r.append(end)


def repeat_header(row) -> None:
    tr_pr = row._tr.get_or_add_trPr()
    flag = OxmlElement("w:tblHeader")
    flag.set(qn("w:val"), "true")
    tr_pr.append(flag)


def shade(cell, fill: str) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tc_pr.append(shd)


def write_cell(cell, text: str, bold: bool = False) -> None:
    """Cell text; a newline starts a new paragraph inside the cell, as typed in Word."""
    lines = text.split("\n")
    cell.paragraphs[0].text = ""
    first = cell.paragraphs[0].add_run(lines[0])
    first.bold = bold
    for line in lines[1:]:
        run = cell.add_paragraph().add_run(line)
        run.bold = bold


def make_table(doc, headers, widths_cm, header_fill="D9D9D9"):
    table = doc.add_table(rows=1, cols=len(headers))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for cell, head in zip(table.rows[0].cells, headers):
        write_cell(cell, head, bold=True)
        shade(cell, header_fill)
    repeat_header(table.rows[0])
    set_widths(table, widths_cm)
    return table


def set_widths(table, widths_cm) -> None:
    table.autofit = False
    for column, width in zip(table.columns, widths_cm):
        column.width = Cm(width)
    for row in table.rows:
        for cell, width in zip(row.cells, widths_cm):
            cell.width = Cm(width)


def add_row(table, values, widths_cm):
    row = table.add_row()
    for cell, value in zip(row.cells, values):
        write_cell(cell, value)
    for cell, width in zip(row.cells, widths_cm):
        cell.width = Cm(width)
    return row


def merge_down(table, col: int, first_row: int, last_row: int) -> None:
    """The recommendation cell spans the rows of all its actions (vertical merge)."""
    if last_row > first_row:
        table.cell(first_row, col).merge(table.cell(last_row, col))


def labelled(doc, label: str, text: str) -> None:
    p = doc.add_paragraph()
    p.add_run(label + " ").bold = True
    p.add_run(text)


def save(doc, stem: str) -> None:
    doc.save(HERE / f"{stem}.docx")


# ------------------------------------------- 1. Home Office template DHR action plan

HO_HEADERS = [
    "Recommendation",
    "Scope of recommendation i.e. local or regional",
    "Action to take",
    "Lead Agency",
    "Key milestones achieved in enacting recommendation",
    "Target Date",
    "Date of completion and Outcome",
]
HO_WIDTHS = [5.0, 2.3, 5.0, 3.2, 4.6, 2.3, 3.3]

# (recommendation, scope, [(action, lead, milestones, target, outcome), ...])
HO_OVERVIEW = [
    (
        "1. Wexcombe Community Safety Partnership should commission a review of how victims of domestic "
        "abuse aged over forty are referred into specialist support, and publish a single referral "
        "pathway for use by every partner agency.",
        "Local",
        [
            (
                "Map the current referral routes into the IDVA service and the outreach provider through a "
                "practitioner workshop.",
                "Wexcombe CSP Domestic Abuse Coordinator",
                "Workshop held with 27 practitioners; mapping report drafted.",
                "March 2023",
                "Complete – mapping report accepted by the DA Strategic Group on 02/03/2023",
            ),
            (
                "Publish the revised referral pathway on the partnership website and circulate it to all "
                "partner agencies.",
                "Wexcombe Community Safety Partnership",
                "Pathway approved by CSP Board; web page live.",
                "31/07/23",
                "Complete – pathway launched July 2023",
            ),
            (
                "Audit a sample of thirty referrals six months after launch to test whether the pathway is "
                "being followed.",
                "Domestic Abuse Strategic Group",
                "Audit tool agreed; sample drawn.",
                "Q2 2024/25",
                "Partially complete – audit under way, report due to the Board in October",
            ),
        ],
    ),
    (
        "2. All partner agencies should ensure that practitioners ask about domestic abuse when an adult "
        "presents with an injury that is not explained, and that the question and answer are recorded.",
        "Local",
        [
            (
                "Deliver routine enquiry briefings to frontline staff in health, housing and adult social "
                "care.",
                "Wexcombe Safeguarding Adults Board – Learning and Development Subgroup",
                "Six briefings delivered between May and November 2023 (184 attendees).",
                "November 2023",
                "Complete – November 2023",
            ),
            (
                "Add a routine enquiry prompt to the housing needs assessment form.",
                "Wexcombe Borough Council Housing Options",
                "Form redesign scoped.",
                "30.09.2023",
                "Not yet started – awaiting the new case management system",
            ),
        ],
    ),
    (
        "3. The Home Office should review the statutory guidance so that it addresses the abuse of older "
        "parents by their adult children.",
        "National",
        [
            (
                "Chair of the CSP to write to the Home Office enclosing the overview report and this "
                "recommendation.",
                "Chair, Wexcombe CSP",
                "Letter drafted and agreed by the panel.",
                "Within one month of publication",
                "Complete – letter sent 14 June 2024; acknowledgement received",
            ),
        ],
    ),
    (
        "4. Hallam Vale Police and Wexcombe Borough Council should agree a joint protocol for sharing "
        "information about repeat calls to the same address across the county.",
        "Regional",
        [
            (
                "Draft an information sharing agreement covering repeat address markers.",
                "Hallam Vale Police",
                "Agreement drafted with council legal services.",
                "Dec-23",
                "Complete – agreement signed 18/12/2023",
            ),
            (
                "Test the address marker in the call handling system and brief control room supervisors.",
                "Hallam Vale Police – Force Control Room",
                "Marker live; supervisors briefed.",
                "Ongoing",
                "Ongoing – quarterly dip sample reported to the DA Strategic Group",
            ),
        ],
    ),
]

HO_AGENCIES = [
    (
        "Wexcombe and District NHS Foundation Trust",
        [
            (
                "1. The Trust should ensure that Emergency Department staff complete a DASH risk assessment "
                "whenever a patient discloses domestic abuse.",
                "Local",
                [
                    (
                        "Add a mandatory DASH prompt to the Emergency Department electronic record.",
                        "WDFT Safeguarding Team",
                        "Prompt built and tested.",
                        "31/03/24",
                        "Complete – prompt live from 4 March 2024",
                    ),
                    (
                        "Audit Emergency Department records where abuse was disclosed each quarter.",
                        "Named Nurse for Adult Safeguarding",
                        "Two quarterly audits completed.",
                        "Ongoing",
                        "Ongoing – first two audits show 78% compliance",
                    ),
                ],
            ),
            (
                "2. The Trust should provide domestic abuse awareness training for all Emergency Department "
                "reception staff.",
                "Local",
                [
                    (
                        "Include a domestic abuse module in the induction programme for reception staff.",
                        "WDFT Learning and Development",
                        "",
                        "September 2024",
                        "Not yet started",
                    ),
                ],
            ),
        ],
    ),
    (
        "Wexcombe Borough Council – Housing Options",
        [
            (
                "1. Housing Options should record the names of all household members at each contact and "
                "check them against existing case records.",
                "Local",
                [
                    (
                        "Update the contact recording procedure and remind officers of it at team meetings.",
                        "Housing Options Service Manager",
                        "Procedure rewritten; discussed at all three team meetings.",
                        "Jan 2024",
                        "Complete – procedure reissued 15.01.2024",
                    ),
                    (
                        "Dip-sample twenty case files to check that household members are recorded.",
                        "Housing Options Team Leaders",
                        "12 of 20 files reviewed.",
                        "30 June 2024",
                        "Partially complete",
                    ),
                ],
            ),
        ],
    ),
    (
        "Hallam Vale Police",
        [
            (
                "1. Officers attending domestic incidents should speak to the victim away from the suspect "
                "and record whether this was possible.",
                "Local",
                [
                    (
                        "Issue a practice note to response officers and add a mandatory field to the domestic "
                        "abuse attendance form.",
                        "Hallam Vale Police – Public Protection Unit",
                        "Practice note issued; form change requested.",
                        "Q4 2023/24",
                        "Complete – field added to the form February 2024",
                    ),
                ],
            ),
        ],
    ),
]


def ho_table(doc, recs) -> None:
    table = make_table(doc, HO_HEADERS, HO_WIDTHS)
    for rec_text, scope, actions in recs:
        first = len(table.rows)
        for i, (action, lead, milestones, target, outcome) in enumerate(actions):
            head = (rec_text, scope) if i == 0 else ("", "")
            add_row(table, [*head, action, lead, milestones, target, outcome], HO_WIDTHS)
        last = len(table.rows) - 1
        merge_down(table, 0, first, last)
        merge_down(table, 1, first, last)


def build_ho_template() -> None:
    doc = new_document(True, "OFFICIAL – Wexcombe CSP DHR WCSP/DHR/2022-03 Action Plan")
    doc.add_heading("Wexcombe Community Safety Partnership", level=1)
    doc.add_heading("Domestic Homicide Review into the death of Marnie", level=2)
    doc.add_paragraph("Review reference: WCSP/DHR/2022-03")
    doc.add_paragraph("Action Plan – Version 4, updated for the CSP Board meeting of 10 September 2024")
    doc.add_paragraph(
        "The review examined the contact that agencies had with Marnie, who was 41 when she died in "
        "April 2022. The plan below sets out the recommendations of the independent chair, the actions "
        "agreed by the review panel and the progress each lead agency has reported. Single agency "
        "recommendations follow the overview recommendations."
    )
    doc.add_heading("Overview Report Recommendations", level=2)
    ho_table(doc, HO_OVERVIEW)
    doc.add_page_break()
    doc.add_heading("Single Agency Recommendations", level=2)
    for agency, recs in HO_AGENCIES:
        doc.add_heading(agency, level=3)
        ho_table(doc, recs)
        doc.add_paragraph("")
    save(doc, "ap_ho_template_wexcombe")


# --------------------------------------------------------- 2. SAR board RAG tracker

SAR_HEADERS = [
    "Ref",
    "Recommendation",
    "Action",
    "Responsible officer",
    "By when",
    "Evidence of impact",
    "RAG",
]
SAR_WIDTHS = [1.3, 5.5, 5.5, 3.8, 2.4, 5.5, 1.5]
RAG_FILL = {"G": "92D050", "A": "FFC000", "R": "FF0000"}

# (recommendation, [(ref, action, officer, by_when, evidence, rag)])
SAR_RECS = [
    (
        "Recommendation 1\nThe Board should seek assurance that partner agencies apply the Mental Capacity "
        "Act when an adult repeatedly declines care and support.",
        [
            (
                "1a",
                "Multi-agency audit of 25 cases in which care was declined, led by the Quality Assurance "
                "Subgroup.",
                "Chair, Quality Assurance Subgroup",
                "Dec 2024",
                "Audit complete; findings presented to the Board in September with an improvement plan.",
                "G",
            ),
            (
                "1b",
                "Refresh the multi-agency self-neglect and mental capacity guidance.",
                "Board Business Manager",
                "31.03.25",
                "Draft guidance out for consultation with partners.",
                "A",
            ),
        ],
    ),
    (
        "Recommendation 2\nBrackenmoor Council Adult Social Care should ensure that a carer's assessment is "
        "offered whenever a relative provides personal care.",
        [
            (
                "2a",
                "Add a carer's assessment prompt to the adult social care assessment template.",
                "Principal Social Worker, Brackenmoor Council",
                "Q2 2024/25",
                "Template changed in August; report on use of the prompt awaited.",
                "Green",
            ),
            (
                "2b",
                "Report quarterly figures on carers' assessments offered and completed to the Board.",
                "Head of Performance, Adult Social Care",
                "Ongoing",
                "First quarterly report due at the January Board.",
                "Amber",
            ),
        ],
    ),
    (
        "Recommendation 3\nNorth Brackenmoor Primary Care Network should make sure that housebound patients "
        "are reviewed face to face at least once a year.",
        [
            (
                "3a",
                "Set up a housebound patient register in each member practice.",
                "Clinical Director, North Brackenmoor PCN",
                "June 2025",
                "None yet.",
                "R",
            ),
        ],
    ),
    (
        "Recommendation 4\nThe Board should write to the Department of Health and Social Care about the "
        "absence of national guidance for unpaid relatives who provide intimate care.",
        [
            (
                "4a",
                "Independent Chair to draft and send the letter.",
                "Independent Chair, BSAB",
                "Aug 2024",
                "Letter sent 29 July 2024; reply received in October and shared with partners.",
                "G",
            ),
        ],
    ),
    (
        "Recommendation 5\nAll Board partners should make sure that staff know how to raise a safeguarding "
        "concern about self-neglect.",
        [
            (
                "5a",
                "Deliver three multi-agency learning events on self-neglect.",
                "Chair, Learning and Development Subgroup",
                "30/11/2024",
                "Two events held (96 attendees); third booked for November.",
                "A",
            ),
            (
                "5b",
                "Publish a seven-minute briefing on self-neglect and hoarding.",
                "Board Business Manager",
                "Sept 2024",
                "Briefing published; downloaded 410 times.",
                "G",
            ),
        ],
    ),
]


def build_sar_tracker() -> None:
    doc = new_document(True, "Brackenmoor Safeguarding Adults Board – SAR progress tracker – OFFICIAL")
    doc.add_heading("Brackenmoor Safeguarding Adults Board", level=1)
    doc.add_heading("Safeguarding Adults Review: Elsie – Action Plan Progress Tracker", level=2)
    doc.add_paragraph("Board reference: BSAB SAR 07")
    doc.add_paragraph(
        "Elsie was 79 when she died in January 2023. The review was carried out by independent reviewer "
        "Mark Tennant and published in May 2024. This tracker is updated before each Board meeting; this "
        "version was prepared for the meeting on 14 November 2024."
    )
    doc.add_heading("RAG rating key", level=3)
    key = doc.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for letter, meaning in [
        ("G", "Green – action completed and evidence of impact provided"),
        ("A", "Amber – action in progress and on track"),
        ("R", "Red – action not started"),
    ]:
        row = key.add_row()
        write_cell(row.cells[0], letter, bold=True)
        shade(row.cells[0], RAG_FILL[letter])
        write_cell(row.cells[1], meaning)
    set_widths(key, [1.5, 10.0])
    doc.add_paragraph("")
    table = make_table(doc, SAR_HEADERS, SAR_WIDTHS)
    for rec_text, actions in SAR_RECS:
        first = len(table.rows)
        for i, (ref, action, officer, by_when, evidence, rag) in enumerate(actions):
            rec_cell = rec_text if i == 0 else ""
            row = add_row(table, [ref, rec_cell, action, officer, by_when, evidence, rag], SAR_WIDTHS)
            shade(row.cells[6], RAG_FILL[rag[0]])
        merge_down(table, 1, first, len(table.rows) - 1)
    doc.add_paragraph("")
    doc.add_paragraph("Summary at 14 November 2024: 4 actions Green, 3 Amber, 1 Red.")
    save(doc, "sar_tracker_rag_brackenmoor")


# ------------------------------------------------ 3. CSPR plan with numbered actions

CSPR_HEADERS = ["No.", "Action", "Partner agency", "Timescale", "Measure of success", "Progress"]
CSPR_WIDTHS = [1.3, 7.0, 4.5, 3.0, 5.5, 4.4]

CSPR_RECS = [
    (
        "Recommendation 1: Hollinsford Safeguarding Children Partnership should ensure that practitioners "
        "working with a parent who has a learning disability adapt how they communicate and check what "
        "the parent has understood.",
        [
            (
                "1.1",
                "Develop a practice guide on working with parents who have learning disabilities.",
                "HSCP Business Unit",
                "By September 2024",
                "Guide published and promoted to all partner agencies.",
                "Completed – guide published August 2024",
            ),
            (
                "1.2",
                "Deliver multi-agency training based on the practice guide.",
                "HSCP Learning and Improvement Group",
                "6 months after guide published",
                "Evaluation shows increased practitioner confidence.",
                "On track – two sessions delivered",
            ),
        ],
    ),
    (
        "Recommendation 2: Health visitors and GP practices should share information about missed "
        "developmental reviews when a child is not brought to appointments.",
        [
            (
                "2.1",
                "Introduce a 'was not brought' notification from the health visiting service to the child's "
                "GP.",
                "Hollinsford Community Health Services NHS Trust",
                "March 2025",
                "Notifications received by practices within five working days.",
                "Not started",
            ),
            (
                "2.2",
                "Review the Was Not Brought policy so that it requires follow-up after two missed contacts.",
                "Hollinsford and Dunmere Integrated Care Board",
                "31/12/2024",
                "Revised policy approved by the ICB safeguarding committee.",
                "In progress – draft policy at consultation stage",
            ),
            (
                "2.3",
                "GP practices to add an alert to the record of any child not brought to two or more "
                "appointments.",
                "Primary Care (via ICB Designated Nurse)",
                "Q3 2024/25",
                "Alert in use in all practices (spot check).",
                "Complete",
            ),
        ],
    ),
    (
        "Recommendation 3: Children's Social Care should ensure that assessments consider the whole "
        "household, including adults who visit regularly or stay overnight.",
        [
            (
                "3.1",
                "Revise the single assessment template to add a section on adults connected to the household.",
                "Hollinsford Council Children's Social Care",
                "End of June 2024",
                "New template in use.",
                "Completed June 2024",
            ),
            (
                "3.2",
                "Audit forty assessments to check that the new section is being completed.",
                "Children's Social Care Quality Assurance Team",
                "January 2025",
                "At least 85% of audited assessments complete the section.",
                "Not yet due",
            ),
        ],
    ),
    (
        "Recommendation 4: The Partnership should write to the Department for Education asking that "
        "national safe sleeping guidance be reissued to all early years settings.",
        [
            (
                "4.1",
                "Joint letter to the Department for Education from the three safeguarding partners.",
                "HSCP Executive",
                "Immediate",
                "Letter sent and response shared with the Partnership.",
                "Complete – letter sent 4 June 2024",
            ),
        ],
    ),
]


def build_cspr_plan() -> None:
    doc = new_document(True, "Hollinsford Safeguarding Children Partnership – CSPR Child T – Action Plan")
    doc.add_heading("Hollinsford Safeguarding Children Partnership", level=1)
    doc.add_heading("Child Safeguarding Practice Review: Child T", level=2)
    doc.add_heading("Multi-agency Action Plan", level=2)
    doc.add_paragraph(
        "Child T died in November 2023, aged three. The review was written by independent reviewer Sunil "
        "Varma. The safeguarding partners accepted all four recommendations and agreed the actions below "
        "in April 2024; progress is reported to the Learning and Improvement Group every two months."
    )
    table = make_table(doc, CSPR_HEADERS, CSPR_WIDTHS)
    for rec_text, actions in CSPR_RECS:
        row = table.add_row()
        merged = row.cells[0].merge(row.cells[-1])
        write_cell(merged, rec_text, bold=True)
        shade(merged, "DEEAF6")
        for ref, action, partner, timescale, measure, progress in actions:
            add_row(table, [ref, action, partner, timescale, measure, progress], CSPR_WIDTHS)
    doc.add_paragraph("")
    doc.add_paragraph("Plan agreed by the safeguarding partners, April 2024. Last updated October 2024.")
    save(doc, "cspr_numbered_actions_hollinsford")


# -------------------------------------------------- 4. combined chronology table

CHRON_ROWS = [
    (
        "2009",
        "Elm Tree Surgery",
        "Joanna registers with the practice after moving to Larchfield from the coast.",
        "Background only.",
    ),
    (
        "2014",
        "Larchfield Police",
        "A neighbour reports shouting at Joanna's flat. Officers attend; no offences disclosed. Logged as a "
        "verbal argument between mother and son.",
        "First known report involving Derek.",
    ),
    (
        "Summer 2016",
        "Larchfield Council Adult Social Care",
        "Joanna's sister telephones asking for help for Derek, who she says is drinking heavily and has "
        "stopped working.",
        "Signposted to the alcohol service; no assessment offered.",
    ),
    (
        "03/2018",
        "Elm Tree Surgery",
        "Joanna attends with low mood and poor sleep and is prescribed an antidepressant.",
        "No enquiry about home circumstances recorded.",
    ),
    (
        "12.03.2018\n23:10",
        "Larchfield Police",
        "Joanna calls to say Derek has pushed her into a door frame. Officers attend; Derek has left. DASH "
        "completed and graded standard risk.",
        "Joanna did not support a prosecution.",
    ),
    ("13.03.2018", "Larchfield Police", "Referral sent to the Victim Hub.", ""),
    (
        "Early April 2018",
        "Larchfield Domestic Abuse Service",
        "Outreach worker tries to reach Joanna by telephone three times without reply and closes the case.",
        "No other route of contact was attempted.",
    ),
    ("27/04/18", "Elm Tree Surgery", "Medication review by telephone. Joanna says she is 'managing'.", ""),
    (
        "2018 (date not recorded)",
        "Larchfield Homes",
        "Housing officer notes a broken internal door at the flat during a gas safety visit.",
        "Not linked to the March incident at the time.",
    ),
    (
        "05.11.2018\n14:30",
        "Larchfield Police",
        "Derek is arrested for shoplifting in the town centre and appears intoxicated in custody.",
        "Custody record notes he lives with his mother.",
    ),
    (
        "06.11.2018",
        "Change Grow Larchfield (drug and alcohol service)",
        "Arrest referral worker sees Derek in custody; he agrees to attend an assessment.",
        "",
    ),
    (
        "19/11/2018",
        "Change Grow Larchfield (drug and alcohol service)",
        "Derek does not attend his assessment. Discharged after one further letter.",
        "Missed opportunity to re-engage.",
    ),
    (
        "Late December 2018",
        "Larchfield Council Adult Social Care",
        "Joanna's sister calls again, worried that Derek is taking money from Joanna's purse. The call is "
        "recorded as a contact and closed with advice.",
        "Financial abuse was not recognised.",
    ),
    (
        "14.01.2019",
        "Elm Tree Surgery",
        "Joanna attends with bruising to her forearm, which she says happened when she fell in the garden.",
        "No routine enquiry made.",
    ),
    (
        "02/2019",
        "Larchfield Homes",
        "Rent arrears of £640 build up on Joanna's account; arrears letter sent.",
        "Joanna had always paid on time before.",
    ),
    (
        "04.03.2019\n09:45",
        "Larchfield Police",
        "Joanna reports that Derek smashed a television and threatened her. Derek arrested and interviewed; "
        "released under investigation. DASH graded medium risk. Referral made to the domestic abuse "
        "service and a bail-style condition discussed but not available.",
        "The case was not referred to MARAC although there had been a previous incident and escalation "
        "in the damage caused.",
    ),
    (
        "06.03.2019",
        "Larchfield Domestic Abuse Service",
        "IDVA speaks to Joanna, who says she does not want Derek to get into trouble. Safety plan agreed.",
        "",
    ),
    (
        "w/c 18 March 2019",
        "Larchfield Domestic Abuse Service",
        "Two further calls from the IDVA; Joanna says things are calmer.",
        "",
    ),
    (
        "Early April 2019",
        "Larchfield Police",
        "Investigation into the March incident closed with no further action because Joanna withdrew her "
        "support.",
        "Evidence-led prosecution not considered.",
    ),
    ("11.04.2019", "Larchfield Domestic Abuse Service", "Case closed with Joanna's agreement.", ""),
    (
        "May 2019",
        "Larchfield Homes",
        "Joanna asks about moving to a one-bedroom flat. Told she would need to clear the arrears first.",
        "Housing officer did not ask why she wanted to move.",
    ),
    (
        "22.06.2019",
        "Larchfield and District Hospital Emergency Department",
        "Joanna attends at 02:20 with a head wound, accompanied by Derek, who answers most questions. She "
        "says she fell on the stairs. Discharged after the wound is glued.",
        "Joanna was not seen alone and no safeguarding referral was made.",
    ),
    (
        "24/06/2019",
        "Elm Tree Surgery",
        "Discharge letter from the Emergency Department filed without action.",
        "",
    ),
    (
        "July 2019",
        "Larchfield Council Adult Social Care",
        "Anonymous caller reports that an older woman at the address is being shouted at most evenings. "
        "Welfare visit attempted twice; no answer.",
        "No check with police or housing was made.",
    ),
    (
        "19.08.2019\n07:45",
        "Larchfield Police",
        "A neighbour calls police after hearing a disturbance overnight. Officers force entry and find Joanna "
        "dead. Derek is arrested at the scene.",
        "",
    ),
]


def build_combined_chronology() -> None:
    doc = new_document(False, "Larchfield SCP – DHR Joanna – Appendix B")
    doc.add_heading("Larchfield Safer Communities Partnership", level=1)
    doc.add_heading("Domestic Homicide Review: Joanna", level=2)
    doc.add_heading("Appendix B – Combined Chronology of Agency Contact", level=2)
    doc.add_paragraph(
        "Joanna was 56 when she was killed by her son Derek on 19 August 2019. This appendix combines the "
        "chronologies supplied by each agency. Entries are listed in date order; where an agency could "
        "only give the month or year of a contact, it is shown as recorded. The review panel's comments "
        "are in the final column."
    )
    widths = [2.6, 3.4, 7.0, 4.0]
    table = make_table(doc, ["Date", "Agency", "Contact/Event", "Comment"], widths)
    for row in CHRON_ROWS:
        add_row(table, list(row), widths)
    doc.add_paragraph("")
    doc.add_paragraph("Source: agency chronologies and IMRs submitted to the panel, October 2019.")
    save(doc, "chron_combined_table_larchfield")


# -------------------------------------------------- 5. narrative chronology by year / agency

NARRATIVE = [
    ("year", "2020"),
    ("agency", "Corrieton and Dale Police"),
    (
        "para",
        "2.1",
        "On 3 February 2020 officers were called to the flat by a neighbour who heard glass "
        "breaking. Tomasz had a cut above his eye and said that he had slipped. Kerry told officers that they had "
        "argued about money. A DASH risk assessment was not completed because officers did not treat the "
        "incident as domestic abuse.",
    ),
    (
        "para",
        "2.2",
        "Two days later a sergeant reviewing the log reclassified the incident as domestic and "
        "asked the attending officer to complete the DASH. It was graded standard risk without Tomasz being "
        "spoken to again.",
    ),
    (
        "para",
        "2.3",
        "On 21 May 2020 Tomasz rang 101 to say that Kerry had locked him out overnight and "
        "kept his phone and bank card. An officer gave him advice by telephone.",
    ),
    (
        "para",
        "2.4",
        "The following week Tomasz called again to withdraw his account, saying that he and "
        "Kerry had sorted things out. The log was closed.",
    ),
    ("agency", "Riverside Medical Practice (GP)"),
    (
        "para",
        "2.5",
        "Tomasz saw his GP on 14 January 2020 with a deep cut to his hand, which he said was "
        "caused by a kitchen knife slipping. The wound was dressed and a follow-up booked.",
    ),
    (
        "para",
        "2.6",
        "A fortnight later, at the follow-up appointment, the practice nurse noticed older "
        "bruising on his wrist. Tomasz laughed this off and the nurse did not ask further.",
    ),
    (
        "para",
        "2.7",
        "There was no further GP contact until 9 October 2020, when Tomasz asked for help with "
        "sleeping and said he felt 'on edge' at home. He was referred to Corrieton Talking Therapies but did "
        "not take up the referral.",
    ),
    ("agency", "Corrieton Homes"),
    (
        "para",
        "2.8",
        "In August 2020 Kerry applied to be added to Tomasz's tenancy as a joint tenant. The "
        "application was refused because she had rent arrears at a previous address.",
    ),
    (
        "para",
        "2.9",
        "The same month a repairs operative replacing a damaged internal door recorded that "
        "the lock had been forced from the inside. The note was not passed to the housing officer.",
    ),
    ("year", "2021"),
    ("agency", "Corrieton and Dale Police"),
    (
        "para",
        "2.10",
        "Officers attended the flat in the early hours of New Year's Day 2021 after Kerry "
        "reported that Tomasz had assaulted her. Tomasz had scratches to his face and neck; Kerry had no "
        "visible injury. Both were spoken to together in the living room.",
    ),
    (
        "para",
        "2.11",
        "Later that morning Tomasz was interviewed voluntarily and said that Kerry had attacked "
        "him first. No further action was taken against either party, and Tomasz was recorded as the "
        "suspect on the domestic abuse record.",
    ),
    (
        "para",
        "2.12",
        "On 17.03.2021 Tomasz reported that Kerry had sent him threatening messages after he "
        "asked her to leave. He was given crime reference details, but the report was not linked to the "
        "January incident.",
    ),
    ("agency", "North Dale Ambulance Service"),
    (
        "para",
        "2.13",
        "At 02:15 on 6 April 2021 a crew was called to Tomasz, who had a burn to his forearm. "
        "He told the crew that he had spilt hot water. Kerry was present throughout and the crew did not "
        "speak to Tomasz on his own.",
    ),
    (
        "para",
        "2.14",
        "The next day the ambulance service safeguarding team received a concern from the "
        "crew, who felt that Tomasz had seemed frightened. The concern was forwarded to adult social care "
        "as information only.",
    ),
    ("agency", "Corrieton Talking Therapies"),
    (
        "para",
        "2.15",
        "Tomasz referred himself to the service on 10 June 2021, describing anxiety and difficulty sleeping.",
    ),
    (
        "para",
        "2.16",
        "Three weeks later he had a telephone assessment. He spoke quietly and ended the call "
        "early, saying somebody had come home. The practitioner booked a further call but did not consider "
        "whether it was safe for him to talk.",
    ),
    (
        "para",
        "2.17",
        "He did not attend the first treatment session in August and was discharged in line "
        "with the service's policy.",
    ),
    ("agency", "Events of 2 September 2021"),
    (
        "para",
        "2.18",
        "In the early hours of 2 September 2021 a neighbour called an ambulance after hearing "
        "shouting. Tomasz was found with a stab wound and died at the scene. Kerry was later convicted of his "
        "murder.",
    ),
]

NARRATIVE_RECS = [
    (
        "Recommendation 1",
        "Corrieton Community Safety Partnership should make sure that services for male "
        "victims of domestic abuse are promoted in places men use, such as gyms, workplaces and barbers.",
    ),
    (
        "Recommendation 2",
        "Corrieton and Dale Police should review how officers decide who is the primary "
        "aggressor at domestic incidents, so that a male victim is not recorded as the suspect without "
        "enquiry.",
    ),
    (
        "Recommendation 3",
        "GP practices in Corrieton should ask male patients who present with unexplained "
        "injuries about domestic abuse and see them alone where possible.",
    ),
    (
        "Recommendation 4",
        "Corrieton Talking Therapies should contact patients who miss a first treatment "
        "session before discharging them, and check whether it is safe for them to speak.",
    ),
]


def build_narrative_chronology() -> None:
    doc = new_document(False, "Corrieton CSP – DHR Tomasz – Overview Report – OFFICIAL")
    doc.add_heading("Corrieton Community Safety Partnership", level=1)
    doc.add_heading("Domestic Homicide Review – Overview Report", level=1)
    doc.add_paragraph("Review into the death of Tomasz (aged 34) in September 2021")
    doc.add_paragraph("Reference: CCSP DHR 05")
    doc.add_paragraph("Independent Chair and Author: Gwen Aldous")
    doc.add_page_break()
    doc.add_heading("1. Introduction", level=2)
    intro = [
        (
            "1.1",
            "This review looks at the contact that local agencies had with Tomasz and his partner Kerry "
            "between January 2020 and his death.",
        ),
        (
            "1.2",
            "The Community Safety Partnership decided on 20 October 2021 that the criteria for a domestic "
            "homicide review were met, and the panel first met in December 2021.",
        ),
        (
            "1.3",
            "The summary below is arranged by year and then by agency, so events for one agency are "
            "described together before the next agency's contact with Tomasz is set out.",
        ),
    ]
    for num, text in intro:
        doc.add_paragraph(f"{num}\t{text}")
    doc.add_heading("2. Summary of agency involvement", level=2)
    for item in NARRATIVE:
        if item[0] == "year":
            doc.add_heading(item[1], level=3)
        elif item[0] == "agency":
            p = doc.add_paragraph()
            run = p.add_run(item[1])
            run.bold = True
            run.italic = True
        else:
            doc.add_paragraph(f"{item[1]}\t{item[2]}")
    doc.add_heading("3. Conclusions", level=2)
    doc.add_paragraph(
        "3.1\tTomasz had contact with five agencies in the twenty months before he died. Each saw part of the "
        "picture, but none asked him directly, and on his own, whether he was being harmed by Kerry."
    )
    doc.add_heading("4. Recommendations", level=2)
    for title, text in NARRATIVE_RECS:
        p = doc.add_paragraph()
        p.add_run(title).bold = True
        doc.add_paragraph(text)
    save(doc, "chron_narrative_agency_years_corrieton")


# ------------------------------------------------ 6. plan printed as labelled blocks

BLOCK_RECS = [
    (
        "Recommendation 1",
        "Tarnbrook Council should review its hoarding protocol so that fire risk is assessed at the first "
        "visit.",
        [
            (
                "Rewrite the hoarding protocol with Tarnbrook Fire and Rescue Service, adding a referral for a "
                "home fire safety check at the first visit.",
                "Head of Adult Safeguarding, Tarnbrook Council",
                "30 September 2024",
                "Complete. The revised protocol was signed off by the Board on 12 September 2024.",
            ),
        ],
    ),
    (
        "Recommendation 2",
        "Tarnbrook Fire and Rescue Service and Adult Social Care should share information about adults who "
        "are assessed as being at high risk of fire.",
        [
            (
                "Agree a data sharing agreement between the two services.",
                "Prevention Manager, Tarnbrook Fire and Rescue Service",
                "December 2024",
                "In progress. Both legal teams are reviewing the draft.",
            ),
            (
                "Set up a monthly joint review of the high-risk list.",
                "Team Manager, Adult Social Care (North Locality)",
                "January 2025",
                "Not started – depends on the data sharing agreement.",
            ),
        ],
    ),
    (
        "Recommendation 3",
        "All Board partners should make sure that staff know how to use the self-neglect escalation route "
        "when an adult refuses help.",
        [
            (
                "Relaunch the escalation route at a Board learning event and in the Board newsletter.",
                "Board Manager",
                "End of October 2024",
                "Completed 24/10/2024 – 88 staff attended the event.",
            ),
        ],
    ),
    (
        "Recommendation 4",
        "The Board should share the learning from this review with the Regional Safeguarding Adults Network "
        "so that boards across the region can test their own hoarding protocols.",
        [
            (
                "Present the review findings at the next regional network meeting.",
                "Independent Chair",
                "Q1 2025/26",
                "Not yet due.",
            ),
        ],
    ),
    (
        "Recommendation 5",
        "Tarnbrook and Wyre Valley Hospitals NHS Trust should make sure that discharge plans for patients who "
        "live alone include a check of their home conditions.",
        [
            (
                "Add a question about home conditions to the ward discharge checklist.",
                "Discharge Lead Nurse",
                "31.01.25",
                "Partially complete – the checklist has changed on two wards and is being rolled out.",
            ),
        ],
    ),
]


def build_labelled_blocks() -> None:
    doc = new_document(False, "Tarnbrook SAB – SAR Mr K – response to recommendations")
    doc.add_heading("Tarnbrook Safeguarding Adults Board", level=1)
    doc.add_heading("Safeguarding Adults Review: Mr K", level=2)
    doc.add_heading("Response to the recommendations and action plan", level=2)
    doc.add_paragraph(
        "Mr K was 68 when he died in a fire at his home in February 2023. The review was written by "
        "independent reviewer Alison Drury. The Board accepted all five recommendations. For each one, "
        "this document gives the agreed action, the lead, the deadline and the latest progress reported "
        "to the SAR Subgroup (November 2024)."
    )
    for title, text, actions in BLOCK_RECS:
        doc.add_heading(title, level=3)
        doc.add_paragraph(text)
        for action, lead, deadline, progress in actions:
            labelled(doc, "Action:", action)
            labelled(doc, "Lead:", lead)
            labelled(doc, "Deadline:", deadline)
            labelled(doc, "Progress update:", progress)
    save(doc, "plan_labelled_blocks_tarnbrook")


if __name__ == "__main__":
    build_ho_template()
    build_sar_tracker()
    build_cspr_plan()
    build_combined_chronology()
    build_narrative_chronology()
    build_labelled_blocks()
