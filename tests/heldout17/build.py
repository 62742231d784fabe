"""Build the heldout17 blind documents as Word files (python-docx).

Run once:  python tests/heldout17/build.py
Then convert each .docx with LibreOffice and extract text (see README.md).
Five documents of five families as they are published: a joint Domestic Homicide Review / Mental
Health Homicide Review whose recommendations sit in shaded "Recommendation N" boxes, with an NHS-style
action plan (Assurance evidence, Date closed, Status); a DHR whose overview recommendations are a
two-column "No. | Recommendation" table, followed by each agency's own single-agency action plan as a
separate table, numbering restarting per agency; a thematic Safeguarding Adults Review (three adults)
whose recommendations are numbered under theme headings, with a board plan whose Status column holds
completion dates or "Open"; a standalone DHR action plan numbering actions "R1 A1" under merged "R1"
cells, with dated updates inside the cell; and a DHR overview report whose recommendations are restated
in an appendix, with a chronology of "dd.mm.yy – event" bullets under agency headings.
All people, places, local agency names and wording are fictional and the author's own.
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx.shared import Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/: docx_build, the helpers every blind set's build shares

from docx_build import (  # noqa: E402
    add_row,
    box,
    docx_saver,
    dotted_line,
    heading,
    kv_table,
    landscape_section,
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


def airy(doc, spacing=1.25, after=6):
    pf = doc.styles["Normal"].paragraph_format
    pf.line_spacing = spacing
    pf.space_after = Pt(after)


def paras(doc, number, texts, start=1):
    for i, t in enumerate(texts, start):
        numbered(doc, f"{number}.{i}", t)


def listed(doc, items, style="List Bullet"):
    for s in items:
        para(doc, s, style=style)


def cover(doc, lines):
    for text, size, bold in lines:
        para(doc, text, bold=bold, size=size, align="center")
    page_break(doc)


def contents(doc, lines):
    heading(doc, "Contents", 1)
    for text, page in lines:
        dotted_line(doc, text, page, width_cm=16)
    page_break(doc)


def grouped_table(doc, headers, widths, groups, merge_cols=(0,), size=9):
    """Rows grouped under a leading cell merged down over the group's rows (the plan's number or
    recommendation), as Word plans print them."""
    t = make_table(doc, headers, widths, size=size)
    row = 1
    for rows in groups:
        first = row
        for r in rows:
            add_row(t, r, widths, size=size)
            row += 1
        for col in merge_cols:
            merge_down(t, col, first, row - 1, size=size)
    doc.add_paragraph()
    return t


# ============================ 1. joint DHR / MHHR, "Recommendation N" boxes, NHS-style action plan
def doc_brindlemere():
    stem = "joint_dhr_mhhr_recommendation_boxes_nhs_plan_assurance_brindlemere"
    doc = new_doc(header="Joint DHR / MHHR ‘Ines’ – Brindlemere – OFFICIAL", footer_label="Page")
    airy(doc)
    cover(
        doc,
        [
            ("Brindlemere Safer Communities Partnership", 15, True),
            ("with NHS England – Independent Investigations", 12, False),
            ("", 12, False),
            ("Joint Domestic Homicide Review and", 20, True),
            ("Mental Health Homicide Review", 20, True),
            ("", 12, False),
            ("The death of ‘Ines’, aged 61, in March 2023", 13, False),
            ("Independent reviewer: Marguerite Osei-Lindqvist", 12, False),
            ("Review reference: BSCP JR 2023/01", 12, True),
            ("Published June 2025", 11, False),
        ],
    )
    contents(
        doc,
        [
            ("1. Introduction", 3),
            ("2. Scope and terms of reference", 3),
            ("3. Background", 3),
            ("4. Analysis", 4),
            ("5. Recommendations", 5),
            ("Appendix A – Action plan", 7),
        ],
    )
    heading(doc, "1. Introduction", 1)
    paras(
        doc,
        "1",
        [
            "This review was commissioned jointly by Brindlemere Safer Communities Partnership and NHS England "
            "because the person who caused Ines’s death, her son (‘Rafe’), had been under the care of secondary "
            "mental health services in the year before.",
            "A single joint process was agreed so that the family would be contacted once and a single report "
            "would satisfy both the statutory guidance for Domestic Homicide Reviews and the NHS framework for "
            "independent investigations.",
        ],
    )
    heading(doc, "2. Scope and terms of reference", 1)
    para(doc, "The panel examined the period from January 2021 to the death in March 2023 and asked:")
    listed(
        doc,
        [
            "How well did services understand the risk Rafe posed to the people he lived with?",
            "Was Ines recognised as a carer, and were her views sought?",
            "Did agencies share what they knew when Rafe’s behaviour at home changed?",
        ],
    )
    heading(doc, "3. Background", 1)
    paras(
        doc,
        "3",
        [
            "Ines was a retired school librarian who lived with Rafe, aged 34, in a rented house in Brindlemere. "
            "Her daughter described her as private and fiercely loyal to her son.",
            "Rafe had a diagnosis of paranoid schizophrenia and was supported by a community mental health team. "
            "He was detained under the Mental Health Act 1983 for five weeks in autumn 2022 and discharged home.",
            "On three occasions Ines telephoned the police to say Rafe had pushed her or broken furniture. Each "
            "time she declined to make a statement.",
        ],
    )
    heading(doc, "4. Analysis", 1)
    paras(
        doc,
        "4",
        [
            "Discharge planning treated Ines as the place Rafe would return to rather than as a person at risk. "
            "Nobody asked her, away from Rafe, whether she felt safe having him home.",
            "The crisis team’s risk formulation concentrated on risk to Rafe himself. Risk to others was recorded "
            "as ‘low – no history’, although police call-outs to the address were known to the ward.",
            "Officers attending in 2022 recorded the incidents as concern for welfare. The abuse of a parent by an "
            "adult son was not identified as domestic abuse and no risk assessment was completed.",
        ],
    )
    box(
        doc,
        "Learning point\nA parent who is also a carer may minimise harm to protect her child’s care and liberty. "
        "Seeing her alone is the starting point, not an extra.",
        fill="FFF2CC",
    )
    heading(doc, "5. Recommendations", 1)
    para(
        doc,
        "The recommendations below are made jointly. Each is shown in a box; the action plan at Appendix A "
        "sets out how the agencies will deliver them.",
    )
    recs = [
        (
            "Recommendation 1",
            "Brindlemere Mental Health NHS Foundation Trust should make sure that, before any inpatient is "
            "discharged to live with a parent or other relative, that relative is spoken to alone, their views "
            "are recorded in the discharge plan and a carer’s assessment is offered.",
        ),
        (
            "Recommendation 2",
            "Brindlemere Mental Health NHS Foundation Trust should revise its clinical risk assessment tool so "
            "that risk to the people a patient lives with is assessed separately, using police information "
            "where it is available.",
        ),
        (
            "Recommendation 3",
            "Brindlemere Police should issue guidance to call handlers and officers that abuse of a parent by an "
            "adult child is domestic abuse, and that a DASH risk assessment is completed at every such incident.",
        ),
        (
            "Recommendation 4",
            "Brindlemere Safer Communities Partnership should run a campaign for parents and families about "
            "abuse by adult children, telling them where to seek help without fear of criminalising their child.",
        ),
        (
            "Recommendation 5",
            "NHS Brindlemere Integrated Care Board should ask GP practices to offer an appointment alone to "
            "patients who are known carers of an adult with serious mental illness, and to ask them about "
            "their safety.",
        ),
        (
            "Recommendation 6",
            "NHS England should update its guidance on joint homicide reviews so that the family’s single point "
            "of contact and the timetable are agreed by both commissioners at the outset.",
        ),
    ]
    for label, text in recs:
        box(doc, f"{label}\n{text}", fill="DEEAF6")
    para(doc, "Ines’s family have read this report and asked that her kindness be remembered.", italic=True)

    landscape_section(doc)
    heading(doc, "Appendix A – Action plan", 1)
    para(doc, "Status: Closed = action delivered and evidence accepted by the Partnership; Open = under way.")
    headers = ["Rec", "Action", "Lead", "Target date", "Assurance evidence", "Date closed", "Status"]
    widths = [1.2, 6.0, 3.6, 2.4, 6.2, 2.2, 2.4]
    groups = [
        [
            (
                "1",
                "Add a ‘relative seen alone’ field to the discharge checklist and make it mandatory.",
                "Associate Director of Nursing, BMHFT",
                "30/09/2024",
                "Checklist v4 issued; audit of 20 discharges showed 18 completed.",
                "14/11/2024",
                "Closed",
            ),
            (
                "1",
                "Offer carers’ assessments through the carers’ lead on each ward.",
                "Carers Lead, BMHFT",
                "31/03/2025",
                "Carers’ leads appointed on two of three wards.",
                "",
                "Open – on track",
            ),
        ],
        [
            (
                "2",
                "Revise the clinical risk tool to include a section on risk to household members.",
                "Medical Director, BMHFT",
                "Q3 2024/25",
                "Draft tool piloted in one team; evaluation due.",
                "",
                "Open – on track",
            ),
        ],
        [
            (
                "3",
                "Publish guidance on adult child to parent abuse for call handlers and response officers.",
                "Detective Superintendent, Public Protection, Brindlemere Police",
                "31/12/2024",
                "Guidance published on intranet; dip sample of 30 incidents found DASH completed in 27.",
                "20/01/2025",
                "Closed",
            ),
        ],
        [
            (
                "4",
                "Design and run a campaign for parents with partners in the carers’ centre.",
                "Partnership Manager, BSCP",
                "June 2025",
                "Funding bid submitted; campaign not yet begun.",
                "",
                "Not started",
            ),
        ],
        [
            (
                "5",
                "Send a practice briefing to all GP practices and add a carer safety question to the annual "
                "carer health check template.",
                "Designated Nurse Safeguarding Adults, NHS Brindlemere ICB",
                "31/03/2025",
                "Briefing sent; template change requested from supplier, overdue.",
                "",
                "Open – overdue",
            ),
        ],
        [
            (
                "6",
                "Write to NHS England with the review’s findings on the joint process.",
                "Chair, BSCP",
                "31/08/2024",
                "Letter sent 2 August 2024; reply received.",
                "02/08/2024",
                "Closed",
            ),
        ],
    ]
    grouped_table(doc, headers, widths, groups)
    save(doc, stem)


# ====== 2. DHR with a "No. | Recommendation" table, then single-agency plans, numbering restarting per agency
def doc_calverstone():
    stem = "dhr_no_recommendation_table_single_agency_plans_restart_calverstone"
    doc = new_doc(header="Calverstone Community Safety Partnership – DHR ‘Maeve’", footer_label="")
    airy(doc, spacing=1.15)
    cover(
        doc,
        [
            ("Calverstone Community Safety Partnership", 15, True),
            ("Domestic Homicide Review", 22, True),
            ("Executive Summary and Action Plans", 14, True),
            ("", 12, False),
            ("‘Maeve’, who died in January 2023 aged 27", 13, False),
            ("Author: Tobias Ferreira-Holm", 12, False),
            ("CCSP/DHR/2023/02", 12, True),
        ],
    )
    heading(doc, "1. The review process", 1)
    paras(
        doc,
        "1",
        [
            "Maeve was killed by her former partner (‘Dane’) two weeks after she moved into temporary "
            "accommodation provided by Calverstone Borough Council. The review was commissioned in February "
            "2023.",
            "Seven agencies provided chronologies. Four of them completed individual management reviews and "
            "made recommendations for their own services; those recommendations are set out in the "
            "single-agency action plans in section 4.",
        ],
    )
    heading(doc, "2. Summary of key findings", 1)
    listed(
        doc,
        [
            "The temporary accommodation address was disclosed to Dane by a letter sent to a shared email "
            "account.",
            "Stalking behaviour after separation was not recognised as a sign of escalating risk.",
            "Maeve’s employer knew of the abuse but did not know where to refer her.",
        ],
    )
    heading(doc, "3. Recommendations of the review", 1)
    para(doc, "The panel makes the following recommendations to the Partnership and its members.")
    t = make_table(doc, ["No.", "Recommendation"], [1.5, 15.0])
    rows = [
        (
            "1",
            "Calverstone Community Safety Partnership should seek assurance that every agency checks a "
            "contact address or email account is safe before sending correspondence to a victim of "
            "domestic abuse.",
        ),
        (
            "2",
            "Calverstone Community Safety Partnership should commission training on stalking and "
            "post-separation abuse for frontline staff of all member agencies.",
        ),
        (
            "3",
            "The MARAC Steering Group should review its referral criteria so that stalking after separation is "
            "treated as a marker of high risk.",
        ),
        (
            "4",
            "Calverstone Community Safety Partnership should work with local employers to launch a workplace "
            "domestic abuse charter, with a named contact in each signatory business.",
        ),
        (
            "5",
            "The Home Office should consider including stalking-specific questions in the national DHR "
            "statutory guidance on risk factors.",
        ),
    ]
    for r in rows:
        add_row(t, r, [1.5, 15.0], size=10)
    doc.add_paragraph()
    para(doc, "Summary count: 5 overview recommendations; 6 single-agency recommendations.", italic=True)

    landscape_section(doc)
    heading(doc, "4. Single-agency action plans", 1)
    para(
        doc,
        "Each agency’s plan is shown separately. Numbering is the agency’s own. Status as at 31 March 2025.",
    )
    headers = ["No.", "Recommendation", "Action", "Lead officer", "Target date", "Status"]
    widths = [1.2, 6.2, 7.0, 3.8, 2.4, 2.6]
    plans = [
        (
            "4.1 Calverstone Borough Council – Housing Options",
            [
                [
                    (
                        "1.1",
                        "Housing Options should confirm with the applicant, in person, a safe address and email "
                        "before any correspondence is sent.",
                        "Add a safe-contact check to the homelessness case management system.",
                        "Housing Options Manager",
                        "31/10/2024",
                        "Complete",
                    ),
                    (
                        "1.2",
                        "",
                        "Brief all housing officers on the change at team meetings.",
                        "Housing Options Manager",
                        "30/11/2024",
                        "Complete",
                    ),
                ],
                [
                    (
                        "2.1",
                        "Housing Options should refer every applicant fleeing domestic abuse to the IDVA service "
                        "with their consent.",
                        "Agree a direct referral route with the IDVA service and record referrals monthly.",
                        "Head of Housing",
                        "March 2025",
                        "In progress",
                    ),
                ],
            ],
        ),
        (
            "4.2 Calverstone Police",
            [
                [
                    (
                        "1.1",
                        "Calverstone Police should ensure that reports of repeated unwanted contact after "
                        "separation are assessed using the stalking screening tool.",
                        "Add the stalking screening tool to the domestic abuse attendance app.",
                        "DCI, Safeguarding",
                        "30/06/2024",
                        "Complete",
                    ),
                ],
                [
                    (
                        "2.1",
                        "Calverstone Police should review how breaches of non-molestation orders are recorded.",
                        "Audit 50 breach reports and report findings to the Partnership.",
                        "Head of Crime Standards",
                        "Dec 2024",
                        "Not started",
                    ),
                ],
            ],
        ),
        (
            "4.3 Calverstone Domestic Abuse Service",
            [
                [
                    (
                        "1.1",
                        "Calverstone Domestic Abuse Service should offer outreach support to victims placed in "
                        "temporary accommodation outside their home area.",
                        "Extend outreach worker hours to cover temporary accommodation sites.",
                        "Service Manager",
                        "January 2025",
                        "In progress",
                    ),
                ],
            ],
        ),
        (
            "4.4 NHS Calverstone Integrated Care Board (on behalf of GP practices)",
            [
                [
                    (
                        "1.1",
                        "The ICB should ensure that GP practices record a patient’s disclosure of domestic abuse "
                        "with a coded entry that all clinicians can see.",
                        "Issue coding guidance to practices and check uptake in a records audit.",
                        "Named GP for Safeguarding",
                        "30/09/2025",
                        "Not started",
                    ),
                ],
            ],
        ),
    ]
    for title, groups in plans:
        heading(doc, title, 2)
        grouped_table(doc, headers, widths, groups, merge_cols=(1,))
    save(doc, stem)


# ===================== 3. thematic SAR, recommendations under theme headings, board plan with dates or "Open"
def doc_oakhallow():
    stem = "sar_thematic_theme_headed_recs_board_plan_status_dates_oakhallow"
    doc = new_doc(header="Oakhallow Safeguarding Adults Board – Thematic SAR", footer_label="Page")
    airy(doc)
    cover(
        doc,
        [
            ("Oakhallow Safeguarding Adults Board", 16, True),
            ("Thematic Safeguarding Adults Review", 20, True),
            ("Self-neglect in later life: Mr D, Ms K and Mr T", 14, False),
            ("", 12, False),
            ("Reviewer: Harriet Mbeki-Sorensen", 12, False),
            ("OSAB SAR 2024/T1 – April 2025", 12, True),
        ],
    )
    heading(doc, "1. Why a thematic review", 1)
    paras(
        doc,
        "1",
        [
            "Between 2022 and 2023 three adults in Oakhallow died in circumstances in which self-neglect was a "
            "feature. The Board’s review group decided to consider them together.",
            "Mr D (79) lived alone after his wife died; Ms K (58) had a long history of alcohol use; Mr T (66) "
            "was discharged from hospital twice in the month before he died.",
        ],
    )
    heading(doc, "2. Themes and recommendations", 1)
    para(
        doc,
        "The findings are grouped into three themes. Each theme ends with practice points for staff and the "
        "recommendations the reviewer makes to the Board.",
    )
    themes = [
        (
            "Theme 1: Transitions from hospital",
            "Mr T was discharged twice without a check that his home was habitable, and the community team "
            "received the discharge letter after he had died.",
            "Practice point: ask who will be at home on the day of discharge.",
            [
                (
                    "1.1",
                    "The Board should ask Oakhallow University Hospitals NHS Trust to assure it that discharge "
                    "plans for people known to self-neglect include a home visit within 48 hours.",
                ),
                (
                    "1.2",
                    "Oakhallow Council Adult Social Care should agree with the hospital discharge team a shared "
                    "flag for people who self-neglect, visible on both recording systems.",
                ),
            ],
        ),
        (
            "Theme 2: Mental capacity and choice",
            "Practitioners accepted Ms K’s refusals as capacitous choices without assessing her executive "
            "capacity to carry out what she said she would do.",
            "Practice point: a wise-sounding answer is not the same as an ability to act on it.",
            [
                (
                    "2.1",
                    "The Board should deliver multi-agency training on executive capacity and self-neglect, "
                    "with practice examples, for staff in health, housing and adult social care.",
                ),
                (
                    "2.2",
                    "Oakhallow Council Adult Social Care should audit mental capacity assessments in "
                    "self-neglect cases and report the results to the Board.",
                ),
            ],
        ),
        (
            "Theme 3: Escalation and working together",
            "Concerns about Mr D were raised by four agencies over eighteen months, but no multi-agency meeting "
            "was held.",
            "Practice point: if you are worried and nothing is changing, escalate.",
            [
                (
                    "3.1",
                    "The Board should revise its self-neglect protocol so that any agency can call a "
                    "multi-agency risk meeting, and publish an escalation route.",
                ),
                (
                    "3.2",
                    "Oakhallow Fire and Rescue Service should share the outcome of home fire safety visits with "
                    "adult social care when a hoarding risk is identified.",
                ),
                (
                    "3.3",
                    "The Board should write to the Department of Health and Social Care asking that national "
                    "self-neglect guidance include a minimum standard for multi-agency meetings.",
                ),
            ],
        ),
    ]
    for title, finding, point, recs in themes:
        heading(doc, title, 2)
        para(doc, finding)
        box(doc, point, fill="E2EFD9", bold_first=False)
        para(doc, "Recommendations", bold=True)
        for n, text in recs:
            numbered(doc, n, text)
    heading(doc, "3. Board response and action plan", 1)
    para(
        doc,
        "The Board accepted every recommendation. In the Status column a date means the action was completed on "
        "that date; ‘Open’ means work is continuing.",
    )
    headers = ["Rec.", "Action agreed", "Lead", "Target", "Status"]
    widths = [1.4, 7.4, 4.2, 2.2, 2.8]
    groups = [
        [
            (
                "1.1",
                "Request written assurance from the Trust and review discharge audit results.",
                "OSAB Business Manager",
                "June 2025",
                "Open",
            )
        ],
        [
            (
                "1.2",
                "Introduce a shared self-neglect flag between hospital and council systems.",
                "Head of Adult Social Care, Oakhallow Council",
                "30/09/2025",
                "Open",
            )
        ],
        [
            (
                "2.1",
                "Commission and deliver four executive capacity workshops.",
                "OSAB Learning and Development Subgroup",
                "31/03/2025",
                "Completed 14/03/2025",
            ),
            (
                "2.1",
                "Publish a seven-minute briefing on executive capacity.",
                "OSAB Learning and Development Subgroup",
                "31/01/2025",
                "Completed 09/12/2024",
            ),
        ],
        [
            (
                "2.2",
                "Audit 25 capacity assessments and report to the Quality Subgroup.",
                "Principal Social Worker, Oakhallow Council",
                "30/04/2025",
                "Open",
            )
        ],
        [
            (
                "3.1",
                "Revise and relaunch the self-neglect protocol with an escalation flowchart.",
                "OSAB Policy Subgroup",
                "31/12/2024",
                "Completed 28/11/2024",
            )
        ],
        [
            (
                "3.2",
                "Agree an information-sharing form for hoarding risks found on home fire safety visits.",
                "Station Manager, Prevention, Oakhallow Fire and Rescue Service",
                "31/10/2024",
                "Completed 02/10/2024",
            )
        ],
        [
            (
                "3.3",
                "Send the Board’s letter to the Department of Health and Social Care.",
                "OSAB Independent Chair",
                "31/05/2025",
                "Open",
            )
        ],
    ]
    grouped_table(doc, headers, widths, groups)
    heading(doc, "Glossary", 2)
    kv_table(
        doc,
        [
            ("SAR", "Safeguarding Adults Review"),
            ("Executive capacity", "The ability to put a decision into effect"),
            ("OSAB", "Oakhallow Safeguarding Adults Board"),
        ],
    )
    save(doc, stem)


# ================== 4. standalone DHR plan, "R1 A1" action numbers under merged "R1", dated updates in the cell
def doc_sedgeworth():
    stem = "dhr_plan_r_a_numbers_dated_updates_latest_status_sedgeworth"
    doc = new_doc(landscape=True, header="Sedgeworth Safer Partnership – DHR action plan", footer_label="")
    para(doc, "Sedgeworth Safer Partnership", bold=True, size=14)
    para(doc, "Domestic Homicide Review ‘Gideon’ (SSP DHR 2022/3) – Action Plan", bold=True, size=13)
    kv_table(
        doc,
        [
            ("Review", "SSP DHR 2022/3 – ‘Gideon’, aged 45"),
            ("Plan owner", "DHR Oversight Group"),
            ("Last updated", "January 2025"),
        ],
        widths=(5, 12),
    )
    para(
        doc,
        "Updates are added to the cell with the month they were reported; the Status column shows the "
        "position at the last update.",
        italic=True,
    )
    headers = ["Rec", "Recommendation", "Action", "Lead", "Target date", "Updates", "Status"]
    widths = [1.0, 5.0, 5.0, 3.2, 2.2, 6.8, 2.2]
    data = [
        (
            "R1",
            "Sedgeworth Safer Partnership to commission a service for male victims of domestic abuse, "
            "including a helpline.",
            [
                (
                    "R1 A1",
                    "Map current provision for male victims across the area.",
                    "Partnership Coordinator",
                    "31/03/2024",
                    "Mar 24: mapping started; Jun 24: report to Oversight Group completed.",
                    "Complete",
                ),
                (
                    "R1 A2",
                    "Tender for a male victims’ outreach and helpline service.",
                    "Commissioning Manager, Sedgeworth District Council",
                    "31/03/2025",
                    "Jun 24: not started – awaiting budget; Sep 24: specification drafted; Jan 25: tender live.",
                    "In progress",
                ),
            ],
        ),
        (
            "R2",
            "Sedgeworth Police to ensure that officers consider whether a male caller is a victim rather than "
            "assuming he is the aggressor.",
            [
                (
                    "R2 A1",
                    "Add a case study on male victims to the domestic abuse refresher training.",
                    "Training Manager, Sedgeworth Police",
                    "Sept 2024",
                    "Mar 24: content drafted; Sep 24: delivered to 310 officers.",
                    "Complete",
                ),
            ],
        ),
        (
            "R3",
            "Sedgeworth Drug and Alcohol Service to ask every client about domestic abuse, as victim or "
            "perpetrator, at assessment and review.",
            [
                (
                    "R3 A1",
                    "Add routine enquiry questions to the assessment form.",
                    "Clinical Lead, Sedgeworth Drug and Alcohol Service",
                    "30/06/2024",
                    "Mar 24: form redesigned; Jun 24: live on case system.",
                    "Complete",
                ),
                (
                    "R3 A2",
                    "Audit 40 case files for evidence of routine enquiry.",
                    "Clinical Lead, Sedgeworth Drug and Alcohol Service",
                    "Dec 2024",
                    "Sep 24: audit tool agreed; Jan 25: audit under way, 22 files reviewed.",
                    "In progress",
                ),
                (
                    "R3 A3",
                    "Report audit findings to the DHR Oversight Group.",
                    "Clinical Lead, Sedgeworth Drug and Alcohol Service",
                    "March 2025",
                    "Jan 25: not yet started, depends on A2.",
                    "Not started",
                ),
            ],
        ),
        (
            "R4",
            "Sedgeworth Safer Partnership to raise awareness that men can be victims of domestic abuse, "
            "through a public campaign in workplaces and sports clubs.",
            [
                (
                    "R4 A1",
                    "Run the campaign during the men’s health week.",
                    "Communications Lead, Sedgeworth District Council",
                    "June 2024",
                    "Jun 24: campaign ran; 14 clubs and 9 employers took part.",
                    "Complete",
                ),
            ],
        ),
        (
            "R5",
            "Sedgeworth Safer Partnership to write to the Ministry of Justice asking that male victims’ "
            "services be named in the victims’ funding guidance.",
            [
                (
                    "R5 A1",
                    "Chair to write to the Ministry of Justice.",
                    "Chair, Sedgeworth Safer Partnership",
                    "31/05/2024",
                    "Mar 24: letter drafted; May 24: letter sent; Sep 24: awaiting reply.",
                    "Complete",
                ),
            ],
        ),
    ]
    t = make_table(doc, headers, widths)
    row = 1
    for rec, text, actions in data:
        first = row
        for a in actions:
            add_row(t, (rec, text, *a[1:2], a[2], a[3], a[4], a[5]), widths)
            set_text(t.cell(row, 2), a[0] + "\n" + a[1], size=9)
            row += 1
        merge_down(t, 0, first, row - 1, bold=True)
        merge_down(t, 1, first, row - 1)
    for i in range(1, row):
        shade(t.cell(i, 0), "F2F2F2")
    save(doc, stem)


# ====== 5. DHR overview report, recommendations restated in an appendix, chronology bullets under agency headings
def doc_pennistow():
    stem = "dhr_recs_restated_appendix_chronology_agency_bullets_pennistow"
    doc = new_doc(header="Pennistow DHR ‘Lorna’ – Overview Report", footer_label="Page")
    airy(doc)
    cover(
        doc,
        [
            ("Safer Pennistow Partnership", 15, True),
            ("Domestic Homicide Review – Overview Report", 20, True),
            ("‘Lorna’ (52), died August 2022", 13, False),
            ("Independent Chair: Declan Ashby-Nwosu", 12, False),
            ("Ref: SPP/DHR/22-01", 12, True),
        ],
    )
    heading(doc, "1. Introduction", 1)
    paras(
        doc,
        "1",
        [
            "Lorna was killed by her husband (‘Neil’), aged 55, at their home in Pennistow. They had been married "
            "for thirty years.",
            "The agencies’ contact with Lorna and Neil is set out at Appendix A. This section draws out what it "
            "tells us.",
        ],
    )
    heading(doc, "2. Analysis", 1)
    paras(
        doc,
        "2",
        [
            "Lorna saw her GP eleven times in eighteen months with anxiety and injuries she explained as falls. "
            "She was not asked about domestic abuse.",
            "Neil’s drinking increased after he lost his job; the alcohol service did not ask about his "
            "relationship or who he lived with.",
            "A neighbour reported shouting in 2021. Officers spoke to the couple together and left.",
        ],
    )
    heading(doc, "3. Recommendations", 1)
    para(doc, "The review makes the following recommendations.")
    recs = [
        "Pennistow Medical Practice should introduce routine enquiry about domestic abuse for patients who "
        "present repeatedly with unexplained injuries or anxiety, and record the answer.",
        "Pennistow Recovery Service should ask every client about their relationships and whether anyone "
        "at home is at risk, and share concerns with the police or MARAC.",
        "Pennistow Police should ensure that officers attending a domestic incident speak to each party "
        "separately and complete a DASH risk assessment.",
        "Safer Pennistow Partnership should launch a campaign encouraging neighbours, friends and colleagues "
        "to report concerns about domestic abuse in older couples.",
        "Safer Pennistow Partnership should monitor the delivery of these recommendations through its DHR "
        "Oversight Group and report progress twice a year.",
    ]
    for i, r in enumerate(recs, 1):
        numbered(doc, f"{i}.", r)
    heading(doc, "4. Conclusion", 1)
    para(doc, "Lorna’s death was not predictable, but there were chances to ask her what was happening.")

    page_break(doc)
    heading(doc, "Appendix A – Chronology of agency contact", 1)
    para(doc, "Dates are shown as day.month.year. Entries are grouped by agency.")
    chron = [
        (
            "Pennistow Medical Practice",
            [
                "14.01.21 – Lorna attended with a bruised wrist, said she had slipped on ice.",
                "02.06.21 – Telephone consultation for anxiety; sertraline prescribed.",
                "19.11.21 – Attended with a cut above the eye, explained as a fall from a step ladder.",
                "07.04.22 – Review of anxiety; Lorna tearful, said things were difficult at home.",
            ],
        ),
        (
            "Pennistow Police",
            [
                "23.09.21 – Neighbour reported shouting; officers attended and spoke to both together.",
                "11.07.22 – Neil arrested for drink driving; released under investigation.",
            ],
        ),
        (
            "Pennistow Recovery Service",
            [
                "08.03.22 – Neil self-referred for alcohol use after losing his job.",
                "16.05.22 – Neil missed two appointments and was discharged.",
            ],
        ),
        (
            "Pennistow Housing Trust",
            [
                "30.06.22 – Repair report for a broken internal door; Lorna said it was an accident.",
            ],
        ),
    ]
    for agency, items in chron:
        heading(doc, agency, 2)
        listed(doc, items)
    page_break(doc)
    heading(doc, "Appendix B – Recommendations restated", 1)
    para(
        doc, "For ease of reference the recommendations are restated here in short form with the lead agency."
    )
    short = [
        "Rec 1 (Pennistow Medical Practice): routine enquiry for repeat presentations with injury or anxiety.",
        "Rec 2 (Pennistow Recovery Service): ask about relationships and risk at home; share concerns.",
        "Rec 3 (Pennistow Police): speak to each party separately; complete DASH.",
        "Rec 4 (Safer Pennistow Partnership): campaign for neighbours, friends and colleagues.",
        "Rec 5 (Safer Pennistow Partnership): oversight of delivery and six-monthly reports.",
    ]
    listed(doc, short)
    save(doc, stem)


def main():
    doc_brindlemere()
    doc_calverstone()
    doc_oakhallow()
    doc_sedgeworth()
    doc_pennistow()


if __name__ == "__main__":
    main()
