"""Build the heldout9b blind documents (action plans, trackers, chronologies) as Word files (python-docx).

Run once:  python tests/heldout9b/build.py
Then convert each .docx with LibreOffice and extract text with pdftotext (see README.md).
All people, places, local agency names and wording are fictional and the author's own.
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/: docx_build, the helpers every blind set's build shares

from docx_build import (
    add_field,
    add_row,
    docx_saver,
    dotted_line,
    heading,
    landscape_section,
    make_table,
    merge_down,
    new_doc,
    numbered,
    para,
    set_text,
    set_widths,
    shade,
)

# An optional folder argument writes the .docx files there (a scratch copy to compare with the committed ones).
save = docx_saver(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)


def bullet(doc, date, text, style="List Bullet"):
    """A chronology bullet as authors type them: bold date, an en dash, then the event."""
    p = doc.add_paragraph(style=style)
    r = p.add_run(date)
    r.bold = True
    p.add_run(" \u2013 " + text)
    return p


def contents(doc, entries):
    heading(doc, "Contents", 1)
    for title, page in entries:
        dotted_line(doc, title, page, 15.5)


# ===================================================== 1. SMART plan, sub-actions, RAG words
def doc_tollbridge():
    stem = "plan_smart_subactions_rag_word_tollbridge"
    doc = new_doc(
        landscape=True, header="Tollbridge Community Safety Partnership | DHR Corinne | Action plan v4"
    )
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(1.5)
    para(
        doc,
        "[Logo: Tollbridge Community Safety Partnership – Working together for a safer Tollbridge]",
        italic=True,
        size=8,
    )
    para(doc, "Domestic Homicide Review: Corinne", bold=True, size=16)
    para(doc, "SMART Action Plan and progress update – position at 31 January 2024", bold=True, size=12)
    para(
        doc,
        "Review reference: TCSP/DHR/2021/04.   Corinne, aged 52, died in November 2021. This plan answers the "
        "four recommendations of the overview report. Agencies update it quarterly and the Partnership's DHR "
        "Oversight Group signs off each action once evidence has been seen.",
        size=10,
    )
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    keys = [
        ("GREEN", "C6EFCE", "Action complete and evidence received"),
        ("AMBER", "FFEB9C", "In progress and within (or close to) timescale"),
        ("RED", "FFC7CE", "Not started, or overdue with no plan to recover"),
    ]
    set_text(t.cell(0, 0), "RAG key", bold=True, size=8)
    for i, (w, f, d) in enumerate(keys, start=1):
        set_text(t.cell(0, i), f"{w} = {d}", size=8)
        shade(t.cell(0, i), f)
    set_widths(t, [2.5, 7.5, 7.5, 7.5])
    para(doc, "")
    heads = [
        "Recommendation",
        "Specific action",
        "Measurable outcome",
        "Lead officer",
        "Target date",
        "Evidence of completion",
        "RAG",
    ]
    widths = [5.4, 4.8, 4.4, 3.0, 2.1, 4.6, 1.8]
    fills = {"Green": "C6EFCE", "Amber": "FFEB9C", "Red": "FFC7CE", "": None}
    recs = [
        (
            "1. Tollbridge Community Safety Partnership should make sure that staff in adult social care and "
            "primary care understand the domestic abuse referral pathway for people aged over 60.",
            [
                (
                    "1.1 Map the referral routes open to older victims and publish a one-page pathway",
                    "Pathway on TCSP website and sent to every GP practice",
                    "DA Strategic Lead, TCSP",
                    "31/03/2023",
                    "Complete – evidence received Jan 2024",
                    "Green",
                ),
                (
                    "1.2 Deliver two lunchtime briefings on the pathway for adult social care teams",
                    "80% of front-line ASC staff attend; register kept",
                    "Principal Social Worker, Tollbridge Adult Social Care",
                    "June 2023",
                    "First briefing held 14/06/2023 (52 staff). Second moved to autumn because of leave.",
                    "Amber",
                ),
            ],
        ),
        (
            "2. Tollbridge Police should review how officers find out about and record access to firearms and "
            "shotgun certificates when they attend domestic abuse incidents.",
            [
                (
                    "2.1 Add a compulsory firearms question to the domestic abuse attendance form",
                    "Question live on the mobile form; dip sample of 50 forms shows 90% completion",
                    "DI, Public Protection Unit",
                    "Sept 2023",
                    "Form changed 2 October 2023. Dip sample planned for March 2024.",
                    "Amber",
                ),
                (
                    "2.2 Brief all response officers on checking the firearms licensing system at domestic incidents",
                    "Briefing issued; read receipts from at least 75% of officers",
                    "Firearms Licensing Manager",
                    "30.09.2023",
                    "Complete – evidence received Jan 2024",
                    "Green",
                ),
                (
                    "2.3 Audit licensing referrals made after domestic incidents in 2023",
                    "Audit report presented to the Oversight Group",
                    "Head of Professional Standards",
                    "Q1 2024/25",
                    "",
                    "Red",
                ),
            ],
        ),
        (
            "3. Marlow Vale Integrated Care Board should ensure that GP practices in Tollbridge ask older "
            "patients about domestic abuse when they present with injuries or low mood.",
            [
                (
                    "3.1 Extend the practice domestic abuse training offer to cover older patients",
                    "Materials updated; ten practices trained",
                    "Named GP for Safeguarding Adults",
                    "Mar-24",
                    "Six of the ten practices trained so far.",
                    "Amber",
                ),
                (
                    "3.2 Add a routine enquiry prompt to the annual frailty review template",
                    "Prompt visible on template; audit shows use in 60% of reviews",
                    "Clinical Systems Lead, ICB",
                    "31 December 2023",
                    "Complete – template screenshot and audit received Dec 2023",
                    "Green",
                ),
            ],
        ),
        (
            "4. Tollbridge Community Safety Partnership should seek assurance that the learning from this "
            "review has reached all partner agencies.",
            [
                (
                    "4.1 Hold a multi-agency learning event on the review",
                    "Event held; feedback collected from attendees",
                    "TCSP Business Manager",
                    "Within 3 months of publication",
                    "Not yet due – publication awaited",
                    "",
                ),
                (
                    "4.2 Report progress on this plan to the TCSP Board every six months",
                    "Standing item on the Board agenda",
                    "TCSP Chair",
                    "Ongoing",
                    "Reported to the Board on 12/07/2023 and 17/01/2024",
                    "Amber",
                ),
            ],
        ),
    ]
    t = make_table(doc, heads, widths, header_fill="1F3864", size=8)
    for c in t.rows[0].cells:
        for r in c.paragraphs[0].runs:
            r.font.color.rgb = __import__("docx.shared", fromlist=["RGBColor"]).RGBColor(0xFF, 0xFF, 0xFF)
    for rec, acts in recs:
        first = len(t.rows)
        for a in acts:
            add_row(t, [rec, *a], widths, size=8, fills={6: fills[a[5]]})
        merge_down(t, 0, first, len(t.rows) - 1, size=8)
    para(doc, "")
    para(doc, "Plan owner: TCSP Business Manager. Next update due 30 April 2024.", size=9)
    save(doc, stem)


# ===================================================== 2. single-agency internal plan
def doc_fernhill():
    stem = "plan_single_agency_progress_paras_fernhill"
    doc = new_doc(
        header="Fernhill Community Health NHS Trust – Safeguarding Team – OFFICIAL SENSITIVE",
        footer_label="Internal DHR action plan – Kestonbury DHR 2022/03",
    )
    doc.styles["Normal"].font.name = "Calibri"
    para(doc, "Fernhill Community Health NHS Trust", bold=True, size=18)
    para(doc, "Single-agency action plan", bold=True, size=14)
    para(
        doc,
        "Learning from the Domestic Homicide Review into the death of Adaeze (Kestonbury DHR 2022/03)",
        size=12,
    )
    para(doc, "")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [
        ("Plan owner", "Associate Director of Safeguarding"),
        ("Version", "6 (February 2025)"),
        ("Approved by", "Trust Safeguarding Committee, 11 February 2025"),
        ("Commissioning partnership", "Safer Kestonbury Partnership"),
    ]:
        row = t.add_row()
        set_text(row.cells[0], k, bold=True, size=10)
        set_text(row.cells[1], v, size=10)
    set_widths(t, [5, 11.5])
    heading(doc, "1. Background", 2)
    numbered(
        doc,
        "1.1",
        "Adaeze was 34 when she was killed by her former partner in March 2022. She had been seen "
        "by the Trust's health visiting and sexual health services in the two years before her death.",
    )
    numbered(
        doc,
        "1.2",
        "The overview report made seven recommendations. Two of them, numbered 5 and 6 in the "
        "report, are addressed to the Trust. The Trust's own Individual Management Review (IMR) author made "
        "two further single-agency recommendations (IMR 1 and IMR 2). This plan covers all four; the other "
        "recommendations are monitored by the Partnership.",
    )
    numbered(
        doc,
        "1.3",
        "Dates in the progress column record when work happened. They are not revised target "
        "dates: where a target has moved, the 'By when' column says so.",
    )
    heading(doc, "2. Recommendations addressed to the Trust", 2)
    para(
        doc,
        "Recommendation 5: Fernhill Community Health NHS Trust should ensure that health visitors ask every "
        "mother about domestic abuse at each mandated contact, and see her alone to do so.",
    )
    para(
        doc,
        "Recommendation 6: Fernhill Community Health NHS Trust should make sure that safeguarding concerns "
        "recorded by its sexual health service can be seen by the health visiting team caring for the same family.",
    )
    para(
        doc,
        "IMR 1: The Trust should audit the quality of the records health visitors make after a disclosure of "
        "domestic abuse.",
    )
    para(
        doc,
        "IMR 2: The Trust should review how safeguarding supervision is given to part-time and bank staff.",
    )
    doc.add_page_break()
    heading(doc, "3. Action plan", 2)
    heads = ["Ref", "Action", "Responsible", "By when", "Progress update", "Status"]
    widths = [1.6, 3.4, 2.4, 2.0, 5.0, 2.2]
    t = make_table(doc, heads, widths, header_fill="B4C6E7", size=8.5)
    rows = [
        (
            "5.1",
            "Revise the health visiting standard operating procedure so that routine enquiry is required at "
            "every mandated contact",
            "Head of Children's Community Services",
            "31/08/2023",
            "The procedure was rewritten in June 2023 and ratified by the Children's Services Governance Group on "
            "19 July 2023. It was published on the intranet on 1 August 2023 and every health visitor was emailed "
            "a summary. Evidence: ratified SOP v3.2.",
            "Complete",
        ),
        (
            "5.2",
            "Audit whether mothers are seen alone when asked about domestic abuse",
            "Safeguarding Nurse Specialist (Children)",
            "End of Q2 2023/24",
            "A first audit of 60 records in October 2023 found that "
            "routine enquiry was recorded in 41 (68%) but only 22 said the mother had been seen alone. A re-audit "
            "was carried out in January 2024 after a team briefing on 6 December 2023; results are with the "
            "Safeguarding Committee for its meeting on 11 February 2025.",
            "In progress",
        ),
        (
            "5.3",
            "Give health visitors a script and a safe-words card for asking when a partner is present",
            "Named Nurse for Safeguarding Children",
            "April 2024",
            "Draft script tested with two teams in March 2024. Printing has been delayed by the procurement "
            "freeze announced on 2 April 2024.",
            "Partially complete",
        ),
        (
            "6.1",
            "Agree a flag in the shared electronic record that shows a sexual health safeguarding concern to "
            "the health visiting team",
            "Chief Clinical Information Officer",
            "31/01/2024 (revised to 30/09/2024)",
            "The Information Governance Group approved the data flow on 14 November 2023. The supplier could not "
            "build the flag until its September 2024 release, so the target was revised. The flag went live on "
            "23 September 2024 and was tested on 30 September 2024.",
            "Complete",
        ),
        (
            "6.2",
            "Write guidance for sexual health staff on when to tell the health visitor about a concern",
            "Lead Nurse, Sexual Health Services",
            "Immediate",
            "No work recorded yet. The lead post was vacant from May to November 2024.",
            "Not started",
        ),
        (
            "IMR1.1",
            "Audit the records made after a disclosure of domestic abuse against the Trust recording "
            "standard",
            "Safeguarding Nurse Specialist (Adults)",
            "30 November 2023",
            "Audit of 40 records completed on 28 November 2023 and presented on 12 December 2023. A re-audit "
            "is included in the 2025/26 audit programme.",
            "Complete",
        ),
        (
            "IMR2.1",
            "Review the safeguarding supervision policy so that it covers part-time and bank staff",
            "Associate Director of Safeguarding",
            "Q4 2024/25",
            "A survey of bank staff ran from 3 to 24 June "
            "2024. The revised policy is in draft and will go to the Committee in March 2025.",
            "In progress",
        ),
    ]
    for r in rows:
        add_row(t, r, widths, size=8.5, bold_cols=(0,))
    para(doc, "")
    para(
        doc,
        "Status key: Not started / In progress / Partially complete / Complete. Actions are closed by the "
        "Safeguarding Committee when evidence has been seen.",
        italic=True,
        size=9,
    )
    save(doc, stem)


# ===================================================== 3. Excel-exported wide tracker
def doc_brackwater():
    stem = "tracker_excel_export_wide_brackwater"
    doc = new_doc(landscape=True)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(0.8)
    sec.top_margin = sec.bottom_margin = Cm(1.0)
    doc.styles["Normal"].font.name = "Calibri"
    sec.header.paragraphs[0].text = "DHR_SAR_Tracker_MASTER.xlsx – Sheet: Imogen"
    sec.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = sec.footer.paragraphs[0]
    p.text = ""
    p.add_run("Page ")
    add_field(p.add_run(), "PAGE")
    p.add_run(" of ")
    add_field(p.add_run(), "NUMPAGES")
    para(
        doc,
        "Brackwater Safeguarding Partnership – review recommendations tracker – DHR 'Imogen' (BSP DHR 07)",
        bold=True,
        size=9,
    )
    para(doc, "Filtered on Review = BSP DHR 07. Exported 03/02/2025 09:14", size=7)
    heads = [
        "ID",
        "Review",
        "Rec no.",
        "Recommendation",
        "Agency",
        "Action",
        "Lead officer",
        "Date agreed",
        "Target date",
        "Revised date",
        "Update (Board Jan 25)",
        "Evidence ref",
        "Closed Y/N",
    ]
    widths = [1.5, 1.4, 0.9, 4.0, 1.7, 3.4, 1.9, 1.75, 1.75, 1.75, 3.6, 1.2, 1.0]
    t = make_table(doc, heads, widths, header_fill="D9E1F2", size=6.5)
    R1 = (
        "Brackwater Housing Solutions should include a question about domestic abuse in every tenancy "
        "sustainment assessment."
    )
    R2 = (
        "Brackwater Police should make sure that a DASH risk assessment is completed and recorded at every "
        "domestic incident, including where the victim declines to answer."
    )
    R3 = (
        "Brackwater Safeguarding Partnership should commission multi-agency training on economic abuse and "
        "coercive control."
    )
    R4 = (
        "Southmere Drug and Alcohol Service should notify the IDVA service when a client discloses domestic "
        "abuse, with the client's consent."
    )
    R5 = (
        "The Home Office should consider issuing guidance on economic abuse in the statutory guidance for "
        "domestic homicide reviews."
    )
    rows = [
        (
            "BSP-071",
            "BSP DHR 07",
            "1",
            R1,
            "Housing",
            "Add DA question to tenancy sustainment assessment form",
            "Tenancy Services Manager",
            "14/03/2024",
            "30/06/2024",
            "",
            "Question added to form 20/05/24.",
            "HS-14",
            "Y",
        ),
        (
            "BSP-072",
            "BSP DHR 07",
            "1",
            R1,
            "Housing",
            "Train tenancy sustainment officers in using the question",
            "Tenancy Services Manager",
            "14/03/2024",
            "30/09/2024",
            "31/12/2024",
            "2 of 3 sessions delivered. Last session Feb 25.",
            "",
            "N",
        ),
        (
            "BSP-073",
            "BSP DHR 07",
            "2",
            R2,
            "Police",
            "Dip sample 100 DA incidents for DASH completion and recording of refusals",
            "DCI Safeguarding",
            "14/03/2024",
            "31/10/2024",
            "",
            "",
            "",
            "N",
        ),
        (
            "BSP-074",
            "BSP DHR 07",
            "2",
            R2,
            "Police",
            "Issue practice note on recording a refused DASH",
            "DCI Safeguarding",
            "14/03/2024",
            "31/05/2024",
            "",
            "Practice note issued 02/05/24 on intranet.",
            "PN-2024-09",
            "Y",
        ),
        (
            "BSP-075",
            "BSP DHR 07",
            "3",
            R3,
            "BSP",
            "Commission a training package on economic abuse and coercive control",
            "BSP Learning & Development Officer",
            "14/03/2024",
            "31/03/2025",
            "########",
            "Tender closed Nov 24; provider chosen. Sessions booked from April.",
            "",
            "N",
        ),
        (
            "BSP-076",
            "BSP DHR 07",
            "4",
            R4,
            "Southmere DAS",
            "Agree consent-based referral route to IDVA service",
            "Service Manager, Southmere DAS",
            "14/03/2024",
            "30/09/2024",
            "31/03/2025",
            "No update received",
            "",
            "N",
        ),
        (
            "BSP-077",
            "BSP DHR 07",
            "5",
            R5,
            "Home Office",
            "Chair to write to the Home Office DHR team",
            "Independent Chair",
            "14/03/2024",
            "30/04/2024",
            "",
            "Letter sent 18/04/24. Reply received.",
            "",
            "Y",
        ),
    ]
    for r in rows:
        add_row(t, r, widths, size=6.5)
    save(doc, stem)


# ===================================================== 4. RAG as shading only, printed key
def doc_wexcombe():
    stem = "plan_rag_shading_only_key_wexcombe"
    doc = new_doc(header="Wexcombe Safeguarding Adults Board", footer_label="SAR 'Mr D' – Action plan")
    doc.styles["Normal"].font.name = "Verdana"
    doc.styles["Normal"].font.size = Pt(9.5)
    para(doc, "Safeguarding Adults Review: Mr D", bold=True, size=16)
    para(doc, "Multi-agency action plan – Board meeting 16 October 2024", size=12)
    para(doc, "")
    numbered(
        doc,
        "1.",
        "The review of the death of Mr D, a 71-year-old man who died at home in Wexcombe in "
        "January 2023 from self-neglect, was published by the Board in May 2024. The reviewer made five "
        "recommendations. The Board accepted all of them.",
    )
    numbered(
        doc,
        "2.",
        "Each action below is rated by the lead agency. The colour of the final column shows "
        "the rating; see the key.",
    )
    t = doc.add_table(rows=2, cols=4)
    t.style = "Table Grid"
    key = [
        ("Complete", "00B050"),
        ("On track", "92D050"),
        ("Delayed / at risk", "FFC000"),
        ("Not started", "FF0000"),
    ]
    for i, (w, f) in enumerate(key):
        shade(t.cell(0, i), f)
        set_text(t.cell(0, i), "", size=8)
        set_text(t.cell(1, i), w, size=8)
    set_widths(t, [3, 3, 3, 3])
    para(doc, "The action plan is on the next page.", size=9)
    landscape_section(doc)
    heads = ["No.", "Recommendation", "Action", "Lead", "Timescale", "Progress", ""]
    widths = [1.0, 6.0, 5.6, 3.4, 2.4, 5.6, 1.2]
    t = make_table(doc, heads, widths, header_fill="DEEAF6", size=8.5)
    G, LG, A, RR = "00B050", "92D050", "FFC000", "FF0000"
    rows = [
        (
            "1",
            "The Board should ask partners to adopt a single self-neglect and hoarding protocol with a clear "
            "escalation route.",
            "Rewrite the self-neglect protocol with partners and take it to the Board",
            "Board Business Manager",
            "March 2024",
            "Completed – protocol ratified by the Board on 3 May 2024.",
            G,
        ),
        (
            "2",
            "Wexcombe Council Adult Social Care should make sure that practitioners assess mental capacity for "
            "specific decisions when a person repeatedly refuses care.",
            "Deliver capacity assessment workshops for all adult social care teams",
            "Principal Social Worker",
            "Dec 2024",
            "Dates booked for November; 40% of staff trained to date.",
            LG,
        ),
        (
            "3",
            "Wexcombe Fire and Rescue Service and Adult Social Care should agree how home fire safety visits "
            "lead to referrals for people who self-neglect.",
            "Agree a referral route from home fire safety visits",
            "Station Manager, Prevention",
            "30/06/2024",
            "",
            RR,
        ),
        (
            "4",
            "Hollins Park Medical Group should record and follow up missed appointments for housebound "
            "patients.",
            "Add a housebound flag and a missed-visit recall to the practice system",
            "Practice Manager",
            "31.08.2024",
            "Complete.",
            G,
        ),
        (
            "5",
            "The Board should seek assurance that agencies use the escalation route in the protocol.",
            "Audit use of the escalation route six months after launch",
            "Quality Assurance Sub-group Chair",
            "Q3 2024/25",
            "Draft audit tool out for comment.",
            LG,
        ),
        (
            "",
            "",
            "Share the findings of the audit with the Department of Health and Social Care regional lead",
            "Board Independent Chair",
            "Q4 2024/25",
            "Awaiting national guidance on reporting.",
            A,
        ),
    ]
    for r in rows:
        row = add_row(t, r[:6] + ("",), widths, size=8.5)
        shade(row.cells[6], r[6])
    merge_down(t, 0, 5, 6, size=8.5)
    merge_down(t, 1, 5, 6, size=8.5)
    para(doc, "")
    para(doc, "Ratings are reviewed by the Quality Assurance Sub-group before each Board meeting.", size=8.5)
    save(doc, stem)


# ===================================================== 5. bulleted chronology, bold dates
def doc_penwick():
    stem = "chron_bulleted_bold_dates_penwick"
    doc = new_doc(header="Penwick Community Safety Partnership – DHR 'Rosa' – Overview Report")
    doc.styles["Normal"].font.name = "Georgia"
    para(doc, "Appendix B", bold=True, size=14)
    para(doc, "Summary chronology of significant events", bold=True, size=12)
    para(
        doc,
        "Domestic Homicide Review into the death of Rosa (PCSP DHR 2021-02). Author: Dr Imran Selkirk.",
        size=10,
    )
    para(
        doc,
        "The chronology below was drawn from the combined agency chronology and the family's account. "
        "Where a record gives only a month or a season, that is what is shown. Rosa was 29 when she died on "
        "4 August 2021; Tomasz is the pseudonym chosen for her partner.",
        size=10,
    )
    heading(doc, "Before the relationship", 2)
    bullet(doc, "Late 2016", "Rosa moved to Penwick from Leeds to start a nursing degree at the university.")
    bullet(
        doc,
        "Early 2019",
        "Rosa met Tomasz through a mutual friend at her hospital placement; the family "
        "describe the first months as happy.",
    )
    heading(doc, "The relationship", 2)
    bullet(
        doc,
        "June 2019",
        "Tomasz moved into Rosa's flat in Quarry Street. Her sister noticed that Rosa stopped "
        "coming to Sunday lunch.",
    )
    bullet(
        doc,
        "9 November 2019",
        "Rosa attended the Emergency Department at Penwick General with a cut to her "
        "eyebrow, which she said was from a fall on ice. She was not asked about domestic abuse.",
    )
    bullet(
        doc,
        "23/12/2019",
        "Police were called by a neighbour to a loud argument. Both parties said it was "
        "verbal only; a DASH was completed and graded standard.",
    )
    bullet(
        doc,
        "Spring 2020",
        "During the first lockdown Rosa told a university friend that Tomasz checked her "
        "phone and had taken her bank card 'for safe keeping'.",
    )
    bullet(
        doc,
        "Summer 2020",
        "Rosa's sister saw bruising on her upper arm during a video call. Rosa ended the "
        "call when Tomasz came into the room.",
    )
    bullet(
        doc,
        "14 Sept 2020",
        "Rosa saw her GP about poor sleep and low mood and was prescribed sertraline. The "
        "consultation was by telephone and Tomasz could be heard in the background.",
    )
    bullet(
        doc,
        "October 2020",
        "Rosa missed two shifts at her placement without explanation; the placement "
        "lead noted 'personal circumstances' and did not follow it up.",
    )
    bullet(
        doc,
        "Christmas 2020",
        "Family members say Rosa did not visit for Christmas for the first time; Tomasz "
        "told them she had COVID-19.",
    )
    bullet(
        doc,
        "12 March 2021",
        "Rosa called the national domestic abuse helpline from work. She was given "
        "information about the local IDVA service but did not make contact.",
    )
    bullet(
        doc,
        "March 2021",
        "Tomasz lost his job at a warehouse. Rosa told a colleague he was 'angry all the "
        "time' and drinking more.",
    )
    bullet(
        doc, "Between 3 and 9 May 2021", "Rosa stayed with her sister after an argument, then returned home."
    )
    bullet(
        doc,
        "w/c 14 June 2021",
        "Rosa's university tutor referred her to student wellbeing after she broke "
        "down in a tutorial; she was offered counselling and booked for 1 July.",
    )
    bullet(
        doc,
        "1 July 2021",
        "Rosa did not attend the counselling appointment. A text reminder was sent; no "
        "further contact was made.",
    )
    bullet(
        doc,
        "4 August 2021",
        "Police and ambulance attended the flat after a 999 call from Tomasz. Rosa was "
        "pronounced dead at the scene.",
    )
    para(doc, "")
    para(
        doc,
        "The panel's analysis of these events is in Section 5 of the overview report.",
        italic=True,
        size=9,
    )
    save(doc, stem)


# ===================================================== 6. chronology with long analysis column
def doc_corrister():
    stem = "chron_source_info_analysis_long_corrister"
    doc = new_doc(
        landscape=True,
        header="Corrister Safer Communities – DHR 03/2022 'Helen' – Appendix C",
        footer_label="Overview Report – Appendix C: Integrated chronology",
    )
    doc.styles["Normal"].font.name = "Arial"
    para(doc, "Appendix C – Integrated chronology with panel analysis", bold=True, size=13)
    para(
        doc,
        "Helen, 67, died on 30 May 2022. The chronology runs from January 2020. The right-hand column "
        "records the panel's analysis, agreed at its meeting of 18 April 2023.",
        size=9.5,
    )
    heads = ["Date", "Source agency", "Information", "Comment/analysis"]
    widths = [2.4, 3.0, 8.2, 12.4]
    t = make_table(doc, heads, widths, header_fill="E2EFDA", size=9)
    long_a = (
        "The panel considered this an early missed opportunity. The receptionist's note shows that staff were "
        "aware that Helen's husband answered every question for her, and that she seemed 'nervous and quiet'. "
        "Practice policy at the time said that a patient should be offered a chance to be seen alone when a "
        "concern of this kind was noted, but there was no system prompt and locum clinicians were not always "
        "told about the policy. The GP IMR author accepted that the policy was not followed. The panel noted "
        "that the practice has since added a flag to the record, but that this relies on a member of staff "
        "noticing and recording the concern in the first place. Learning about the difference between a policy "
        "on paper and practice on a busy morning runs through this review and is returned to in Section 6."
    )
    rows = [
        (
            "14/01/2020",
            "Corrister Road Surgery",
            "Helen attended with her husband, Ray, for a medication review. "
            "Reception noted that Ray answered for her and that Helen seemed nervous and quiet.",
            long_a,
        ),
        (
            "03/03/2020",
            "Corrister Police",
            "Neighbour reported shouting and a crash from the couple's bungalow. "
            "Officers attended; both said a shelf had fallen. No offences disclosed.",
            "Officers did not separate the couple or complete a DASH because no domestic abuse was disclosed. Force "
            "policy required a DASH at any incident between intimate partners. The panel heard that older couples "
            "were often treated as 'a domestic argument' rather than as possible abuse. This is considered further "
            "in the analysis of age and domestic abuse.",
        ),
        (
            "April – June 2020",
            "Corrister Adult Social Care",
            "Three telephone contacts from Ray asking for help "
            "with Helen's memory. An assessment was offered but Ray declined a home visit because of COVID-19.",
            "The panel accepts that pandemic restrictions limited home visits. However, no attempt was made to "
            "speak to Helen herself, and Ray's account of her needs was taken at face value. A carer's assessment "
            "for Ray was not offered. Had practitioners spoken with Helen, they might have learned more about her "
            "wishes and her home life. The panel also noted that these calls were logged as separate contacts and "
            "were never seen together.",
        ),
        (
            "22/09/2020",
            "Corrister Memory Service",
            "Helen assessed at clinic and diagnosed with mild cognitive impairment. Ray present throughout.",
            "The clinician did not ask to see Helen alone. The panel "
            "recognises that people with memory problems often want a family member present, but routine enquiry "
            "about domestic abuse should still have been considered. The Memory Service has since added a "
            "standard question to its assessment template.",
        ),
        (
            "08/02/2021",
            "Corrister Police",
            "Helen called 999 saying that Ray had pushed her and she was "
            "frightened. When officers arrived Helen said she had been confused. DASH completed: medium risk. "
            "Referral made to Adult Social Care.",
            "This was the first disclosure of physical abuse. The medium "
            "risk grading was reasonable on the information known but did not take account of the earlier "
            "incident in March 2020, which officers did not check. The referral to Adult Social Care was "
            "appropriate. The panel noted that Helen's retraction was attributed to her memory problems without "
            "further exploration; it is possible that she retracted because Ray was present when officers arrived. "
            "Practitioners should be curious about why an account changes.",
        ),
        (
            "10/02/2021",
            "Corrister Adult Social Care",
            "Safeguarding concern received from Police. Screened and "
            "closed after a telephone call to Ray, who said that things were fine.",
            "The panel considered this "
            "decision a significant missed opportunity. The concern was screened without contact with Helen, and "
            "the person said to be causing harm was the only source of information. Adult Social Care accepted "
            "this in its IMR and has changed its screening guidance so that the adult at risk must be spoken to "
            "before a concern about domestic abuse is closed. The panel welcomes the change but notes that it "
            "has not yet been audited.",
        ),
        (
            "Summer 2021",
            "Family",
            "Helen's daughter noticed that Ray had taken over all of Helen's money and "
            "that Helen no longer had a bank card.",
            "The family did not tell any agency at the time, which the "
            "daughter now regrets. The panel recognises how hard it is for families to see controlling behaviour "
            "in a parent's long marriage. The review's public awareness recommendation is intended to help "
            "families in this position.",
        ),
        (
            "17/11/2021",
            "Corrister Road Surgery",
            "Telephone consultation with Ray about his own blood pressure. "
            "Ray mentioned that he was 'at the end of his tether' caring for Helen.",
            "This was a possible sign "
            "of carer stress and of risk. The GP gave advice on local carer support but did not consider whether "
            "Helen was safe. The panel's view is that a disclosure of carer strain from someone already known to "
            "have been reported for pushing his wife should have led to further enquiry.",
        ),
        (
            "30/05/2022",
            "Corrister Police",
            "Ray called 999 to say that he had killed his wife. Helen was pronounced dead at the scene.",
            "—",
        ),
    ]
    for r in rows:
        add_row(t, r, widths, size=9)
    save(doc, stem)


# ===================================================== 7. agency-by-agency chronology
def doc_aldmere():
    stem = "chron_agency_sections_own_tables_aldmere"
    doc = new_doc(header="Aldmere Domestic Homicide Review – 'Jasmine' – Combined chronology by agency")
    doc.styles["Normal"].font.name = "Times New Roman"
    doc.styles["Normal"].font.size = Pt(11)
    para(doc, "Aldmere Community Safety Partnership", bold=True, size=14, align="center")
    para(doc, "DHR ACSP 2020/1 – Appendix 3: Agency chronologies", bold=True, size=13, align="center")
    para(doc, "")
    numbered(
        doc,
        "A3.1",
        "Each agency's contact with Jasmine (aged 41) and her husband Devlin is set out in its "
        "own table below, as submitted by the agency and checked by the panel. The period covered is 1 April "
        "2018 to Jasmine's death on 19 October 2020.",
    )
    heading(doc, "A3.2  Aldmere Police", 2)
    heads = ["Date", "Time", "Incident / contact"]
    w = [2.8, 1.6, 12.0]
    t = make_table(doc, heads, w, size=9.5)
    for r in [
        (
            "05/05/2018",
            "23:10",
            "Call from Jasmine reporting that Devlin had thrown a mug at the wall. Officers "
            "attended; Devlin had left. DASH standard risk. Crime of criminal damage recorded.",
        ),
        (
            "20/01/2019",
            "02:45",
            "Call from neighbour about a woman crying in the street. Officers found Jasmine "
            "outside without shoes; she would not say what had happened. Taken to her mother's house.",
        ),
        (
            "11/06/2020",
            "18:30",
            "Jasmine reported that Devlin was sending threatening messages after she asked "
            "for a separation. Harassment recorded. Devlin interviewed voluntarily on 19/06/2020.",
        ),
    ]:
        add_row(t, r, w, size=9.5)
    para(doc, "")
    heading(doc, "A3.3  Brookside Medical Centre (GP)", 2)
    heads = ["Date of consultation", "Clinician", "Summary"]
    w = [3.2, 2.6, 10.6]
    t = make_table(doc, heads, w, size=9.5, header_fill="FCE4D6")
    for r in [
        (
            "12 Feb 2019",
            "GP",
            "Jasmine reported headaches and poor sleep. Said she was 'under pressure at "
            "home'. Not explored further. Amitriptyline prescribed.",
        ),
        ("3 Apr 2019", "Practice nurse", "Dressing for a burn to the forearm, said to be from an oven door."),
        (
            "Nov 2019 (date not recorded)",
            "GP",
            "Letter received from the Emergency Department about an attendance "
            "with a wrist injury. Filed without review.",
        ),
        (
            "28 Jul 2020",
            "GP",
            "Telephone consultation: Jasmine disclosed that her husband had been controlling "
            "for years and that she had asked him to leave. Referred to Aldmere Domestic Abuse Service.",
        ),
    ]:
        add_row(t, r, w, size=9.5)
    para(doc, "")
    heading(doc, "A3.4  Aldmere Domestic Abuse Service", 2)
    heads = ["Date", "Type", "Detail"]
    w = [2.6, 2.8, 11.0]
    t = make_table(doc, heads, w, size=9.5, header_fill="E2EFDA")
    for r in [
        ("30.07.20", "Referral", "Referral received from GP. Assigned to an outreach worker the same day."),
        (
            "04.08.20",
            "Phone call",
            "Outreach worker spoke to Jasmine; safety plan agreed; risk assessed as high. "
            "MARAC referral made.",
        ),
        (
            "Aug–Sep 20",
            "Phone calls",
            "Weekly calls. Jasmine said Devlin had moved to his brother's but still "
            "came to the house to see the children.",
        ),
    ]:
        add_row(t, r, w, size=9.5)
    para(doc, "")
    heading(doc, "A3.5  Aldmere MARAC", 2)
    para(doc, "The MARAC has one entry:")
    heads = ["Date", "Meeting outcome"]
    w = [3.0, 13.4]
    t = make_table(doc, heads, w, size=9.5)
    add_row(
        t,
        (
            "2020-08-20",
            "Case heard. Actions: police marker on address; housing to consider "
            "sanctuary measures; children's social care to be informed.",
        ),
        w,
        size=9.5,
    )
    para(doc, "")
    heading(doc, "A3.6  Aldmere Children's Services", 2)
    heads = ["Date", "Contact"]
    w = [3.0, 13.4]
    t = make_table(doc, heads, w, size=9.5)
    for r in [
        (
            "24th August 2020",
            "Notification from MARAC received. Screened as a contact; no further action "
            "because the children were said to be safe with their mother.",
        ),
        (
            "Mid-September 2020",
            "School raised a concern that the older child was withdrawn. Advice given to the "
            "school; case not opened.",
        ),
    ]:
        add_row(t, r, w, size=9.5)
    para(doc, "")
    para(doc, "Jasmine was killed by Devlin at the family home on 19 October 2020.", italic=True)
    save(doc, stem)


if __name__ == "__main__":
    doc_tollbridge()
    doc_fernhill()
    doc_brackwater()
    doc_wexcombe()
    doc_penwick()
    doc_corrister()
    doc_aldmere()
    print("built")
