"""Build the heldout7a blind documents as Word files (python-docx).

Run once:  python tests/heldout7a/build.py
Then convert each .docx with LibreOffice and extract text with pdftotext (see README.md).
All people, places, local agency names and wording are fictional and the author's own.
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/: docx_build, the helpers every blind set's build shares

from docx_build import (
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
    set_widths,
    shade,
    sup,
)

# An optional folder argument writes the .docx files there (a scratch copy to compare with the committed ones).
save = docx_saver(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)


def contents_line(doc, text, page, width_cm=16.0):
    """A contents entry with a dotted tab leader to a right-aligned page number."""
    p = doc.add_paragraph()
    pPr = p._p.get_or_add_pPr()
    tabs = OxmlElement("w:tabs")
    tab = OxmlElement("w:tab")
    tab.set(qn("w:val"), "right")
    tab.set(qn("w:leader"), "dot")
    tab.set(qn("w:pos"), str(int(width_cm * 567)))
    tabs.append(tab)
    pPr.append(tabs)
    p.add_run(f"{text}\t{page}")
    return p


def footnote_block(doc, notes):
    """Footnotes printed as text at the foot of a page (as a PDF export shows them)."""
    para(doc, "_______________", size=8)
    for n, text in notes:
        para(doc, f"{n} {text}", size=8)


def numbered_fn(doc, num, text, fn):
    p = numbered(doc, num, text)
    sup(p, fn)
    return p


def header_text(sec, text, align=WD_ALIGN_PARAGRAPH.RIGHT):
    sec.header.is_linked_to_previous = False
    sec.header.paragraphs[0].text = text
    sec.header.paragraphs[0].alignment = align


# ===================================================== 1. Home Office plan, unlabelled number column
def doc_fernbridge():
    stem = "dhr_plan_ho_unlabelled_num_outcome_rag_fernbridge"
    doc = new_doc(
        landscape=True,
        header="OFFICIAL SENSITIVE (when complete)",
        footer_label="FCSP DHR 2022/01 action plan – v4",
        font="Calibri",
        size=10,
    )
    para(doc, "Fernbridge Community Safety Partnership", bold=True, size=13)
    para(
        doc,
        "Domestic Homicide Review into the death of ‘Adele’ (October 2021) – FCSP DHR 2022/01",
        bold=True,
        size=12,
    )
    para(doc, "Action Plan – updated for the DA Strategic Board meeting of 11 September 2023", size=11)
    para(doc, "Independent Chair and Author: Tobias Wendell-Hart", size=10)
    para(doc, "")
    W = [0.8, 4.6, 2.0, 4.4, 2.6, 4.0, 2.3, 3.0, 2.8]
    t = make_table(
        doc,
        [
            "",
            "Recommendation",
            "Scope of recommendation i.e. local or regional",
            "Action to take",
            "Lead Agency",
            "Key milestones achieved in enacting recommendation",
            "Target Date",
            "Outcome",
            "Completion / RAG",
        ],
        W,
        header_fill="C6D9F1",
        size=8.5,
    )
    rows = [
        [
            "1",
            "Fernbridge Community Safety Partnership should commission a borough-wide awareness campaign "
            "aimed at neighbours, colleagues and employers so that they can recognise coercive and controlling "
            "behaviour and know where to report a concern.",
            "Local",
            "Co-design the campaign materials with the survivors’ forum and launch them on buses, in GP "
            "waiting rooms and through the employers’ network.",
            "Fernbridge Community Safety Partnership",
            "Survivors’ forum met in January and February 2023; artwork signed off; launch held during the "
            "16 Days of Action.",
            "Mar-23",
            "More third-party calls to the borough helpline (baseline 41 a quarter).",
            "Complete – Green",
        ],
        [
            "2",
            "Fernbridge Police should make sure that, whenever a victim of domestic abuse withdraws support "
            "for a prosecution, a supervisor reviews the decision and considers an evidence-led case before the "
            "investigation is closed.",
            "Local",
            "Amend the domestic abuse investigation checklist so that a supervisor must record a review "
            "of every withdrawn statement.",
            "Fernbridge Police",
            "Checklist amended and published on the force "
            "intranet; briefing delivered to all response sergeants.",
            "31.03.2023",
            "Closed cases show a recorded supervisory review.",
            "Completed 14.02.2023",
        ],
        [
            "",
            "",
            "",
            "Dip-sample twenty withdrawn cases each quarter and report the findings to the DA Strategic "
            "Board.",
            "Fernbridge Police – Public Protection Unit",
            "First dip sample (Q1) carried out; 15 of 20 cases compliant.",
            "Q3 2023/24",
            "Assurance that the new checklist is used.",
            "Amber – in progress",
        ],
        [
            "3",
            "NHS Fernbridge Integrated Care Board should ensure that every GP practice in the borough has "
            "staff trained to ask patients about domestic abuse and a named route for referral to the "
            "specialist service.",
            "Local",
            "Roll out a domestic abuse training and referral programme to all 23 GP practices, starting "
            "with the six practices with the highest numbers of reported incidents.",
            "NHS Fernbridge Integrated Care Board",
            "Business case presented to the ICB executive in May 2023; funding decision deferred.",
            "By end of June 2023",
            "Increase in referrals from primary care.",
            "Red – not started (funding not agreed)",
        ],
        [
            "4",
            "Fernbridge Council Housing Service should ask about domestic abuse at every tenancy-sustainment "
            "visit and should make sure that the answer, or the reason the question could not safely be "
            "asked, is recorded on the tenancy file.",
            "Local",
            "Add a domestic abuse question and a ‘not safe to ask’ option to the tenancy-sustainment "
            "visit form.",
            "Fernbridge Council Housing Service",
            "Draft form shared with the Housing Domestic Abuse Champions group in April 2023. Comments received "
            "from champions in three of the four area teams. The form was piloted in the North area team "
            "during June and July 2023; the pilot found that officers needed a prompt to see the tenant alone, "
            "and the final version adds that prompt. The revised form will be loaded onto the housing "
            "management system when the system upgrade is completed; the IT change request has been raised "
            "and accepted. A short guidance note for officers explaining why the question is asked and what "
            "to do with a disclosure has been drafted with Fernbridge Women’s Refuge and is awaiting sign-off "
            "by the Head of Housing.",
            "30/09/2023",
            "Disclosures recorded at tenancy visits.",
            "Green – on track",
        ],
        [
            "",
            "",
            "",
            "Train all housing officers in asking the question safely and in making a referral.",
            "Fernbridge Council Housing Service / Fernbridge Women’s Refuge",
            "Two sessions delivered (38 staff).",
            "Ongoing",
            "All front-line housing officers trained.",
            "Amber",
        ],
        [
            "5",
            "The Home Office should consider amending the statutory guidance so that a review panel is told "
            "when an inquest into the same death has been opened or resumed.",
            "National",
            "The Chair of the Partnership to write to the Home Office setting out the finding and "
            "this recommendation.",
            "Fernbridge Community Safety Partnership (Chair)",
            "Letter sent 05/12/2022; acknowledgement received.",
            "Dec-22",
            "National guidance considers coronial processes.",
            "Complete – letter sent",
        ],
    ]
    for r in rows:
        add_row(t, r, W, size=8.5)
    merge_down(t, 0, 2, 3, size=8.5)
    merge_down(t, 1, 2, 3, size=8.5)
    merge_down(t, 2, 2, 3, size=8.5)
    merge_down(t, 0, 5, 6, size=8.5)
    merge_down(t, 1, 5, 6, size=8.5)
    merge_down(t, 2, 5, 6, size=8.5)
    para(doc, "")
    para(
        doc,
        "RAG: Red = not started or significantly delayed; Amber = started, some slippage; Green = on track "
        "or complete.",
        size=8.5,
        italic=True,
    )
    save(doc, stem)


# ===================================================== 2. Home Office plan, completion and outcome in one column
def doc_marlcombe():
    stem = "dhr_plan_ho_completion_outcome_onecol_marlcombe"
    doc = new_doc(landscape=True, footer_label="Marlcombe DHR 04 – Action Plan", font="Arial", size=10)
    kv_table(
        doc,
        [
            ("Domestic Homicide Review", "Mrs D (aged 79) – Marlcombe DHR 04"),
            ("Commissioned by", "Safer Marlcombe Partnership"),
            ("Date of death", "3 March 2021"),
            ("Plan owner", "DHR Implementation Group"),
            ("Last updated", "June 2023"),
        ],
        widths=(6, 12),
    )
    W = [6.0, 2.0, 5.0, 3.2, 4.2, 2.2, 3.8]
    t = make_table(
        doc,
        [
            "Recommendation",
            "Scope of recommendation",
            "Action to take",
            "Lead Agency",
            "Key milestones achieved in enacting recommendation",
            "Target date",
            "Date of completion and Outcome",
        ],
        W,
        header_fill="FBD4B4",
        size=9,
    )
    rows = [
        [
            "1. Marlcombe Adult Social Care should make sure that a carer’s assessment asks whether the carer "
            "has ever used, or is at risk of using, abusive behaviour towards the person they care for, and what "
            "support the carer needs to stop.",
            "Local",
            "Revise the carer’s assessment template and practice guidance.",
            "Marlcombe Council Adult Social Care",
            "Template revised with carers’ organisations; guidance issued to all teams.",
            "April 2023",
            "12/01/2023 – revised template in use across all locality teams.",
        ],
        [
            "2. The Safer Marlcombe Partnership should build a pathway for older people experiencing domestic "
            "abuse, with the Older People’s Forum, so that support is offered in a way older people will accept.",
            "Local",
            "Set up a task-and-finish group and publish the older people’s pathway.",
            "Safer Marlcombe Partnership",
            "Task-and-finish group met three times.",
            "31/12/2022",
            "Ongoing – pathway in draft; consultation with the Forum in July.",
        ],
        [
            "3. Marlcombe and Tessdale NHS Foundation Trust should make sure that community nurses find a way "
            "to see an older patient alone when a partner is always present, and ask about their safety.",
            "Local",
            "Update the community nursing home-visit standard operating procedure.",
            "Marlcombe and Tessdale NHS Foundation Trust",
            "SOP updated and approved by the nursing directorate.",
            "6 months from publication",
            "Completed March 2023 – SOP live.",
        ],
        [
            "",
            "",
            "Audit twenty home-visit records to test whether patients were seen alone.",
            "Marlcombe and Tessdale NHS Foundation Trust – Safeguarding Team",
            "",
            "2023/24",
            "",
        ],
        [
            "4. Marlcombe Police should flag an address where repeated calls are made about a ‘confused’ older "
            "person so that call handlers consider domestic abuse as well as a welfare concern.",
            "Local",
            "Create a repeat-location marker for such calls and brief call handlers.",
            "Marlcombe Police",
            "None yet.",
            "September 2023",
            "Not yet started – awaiting control-room system change.",
        ],
        [
            "5. The Department of Health and Social Care should include the risk of domestic abuse by carers "
            "in the national guidance on carers’ assessments.",
            "National",
            "The Partnership to write to the Department of Health and Social Care.",
            "Safer Marlcombe Partnership",
            "Letter drafted by the Chair.",
            "March 2023",
            "Completed 20/03/2023 – letter sent; reply awaited.",
        ],
    ]
    for r in rows:
        add_row(t, r, W, size=9)
    merge_down(t, 0, 3, 4, size=9)
    merge_down(t, 1, 3, 4, size=9)
    save(doc, stem)


# ===================================================== 3. Partnership RAG tracker with dated updates
def doc_hollinsby():
    stem = "partnership_rag_tracker_dated_updates_hollinsby"
    doc = new_doc(
        landscape=True,
        header="Hollinsby Safer Partnership – Domestic Abuse Strategic Board – Item 6",
        font="Verdana",
        size=9,
    )
    para(doc, "DHR RECOMMENDATIONS TRACKER", bold=True, size=14)
    para(doc, "Review: DHR ‘Harriet’ (HSP/DHR/05) – death in January 2022", bold=True, size=11)
    para(
        doc,
        "Position at 30 September 2024. Updates are entered by the responsible officer, newest first.",
        size=9,
    )
    kt = doc.add_table(rows=1, cols=5)
    kt.style = "Table Grid"
    for c, (word, meaning, fill) in zip(
        kt.rows[0].cells,
        [
            ("Complete", "delivered and evidence seen by the Board", "BDD7EE"),
            ("Green", "on track to meet the deadline", "C6EFCE"),
            ("Amber", "at risk of slipping", "FFEB9C"),
            ("Red", "not started / no update received", "FFC7CE"),
            ("Overdue", "past the deadline, work still going on", "F4B084"),
        ],
    ):
        set_text(c, f"{word} – {meaning}", size=8)
        shade(c, fill)
    set_widths(kt, [5.0] * 5)
    para(doc, "")
    W = [1.2, 5.6, 5.2, 3.2, 2.2, 6.2, 2.2]
    t = make_table(
        doc,
        [
            "Ref",
            "Recommendation",
            "Actions agreed",
            "Responsible officer",
            "Due by",
            "Progress update",
            "RAG",
        ],
        W,
        header_fill="D9D9D9",
        size=8.5,
    )
    rows = [
        [
            "R1",
            "Hollinsby Children’s Services should make sure that when a child discloses fear of a parent’s "
            "partner the disclosure is shared with the adult services working with the parent.",
            "Add an information-sharing prompt to the assessment record; brief all assessment teams.",
            "Service Manager, Front Door (Hollinsby Council Children’s Services)",
            "31/03/2023",
            "14/02/2023: prompt live on the case record system.\n09/01/2023: briefings completed in all four "
            "teams.",
            "Complete",
            "BDD7EE",
        ],
        [
            "R2",
            "Hollinsby Police should review how repeat victims are identified when incidents are recorded "
            "under different surnames.",
            "Commission an audit of repeat-victim matching and fix the gaps it finds.",
            "Detective Superintendent, Safeguarding (Hollinsby Police)",
            "Sep-24",
            "12/09/2024: audit finished; report to Board in October.\n03/06/2024: audit fieldwork under way.",
            "Green",
            "C6EFCE",
        ],
        [
            "R3",
            "The Partnership should commission specialist support for victims aged over sixty.",
            "Include an older-victims outreach worker in the re-commissioned domestic abuse service.",
            "Community Safety Manager (Hollinsby Safer Partnership)",
            "April 2024",
            "26/09/2024: tender evaluation delayed by four weeks; contract award now expected November 2024.",
            "Overdue",
            "F4B084",
        ],
        [
            "R4",
            "Hollinsby Primary Care Network practices should record the presence of a third party at "
            "appointments where domestic abuse is suspected.",
            "Circulate a template and audit its use.",
            "Named GP for Safeguarding (NHS Hollinsby ICB)",
            "Q2 2024/25",
            "18/07/2024: template drafted and shared with practice managers.",
            "Amber",
            "FFEB9C",
        ],
        [
            "R5",
            "Hollinsby Recovery Service should ask every client in treatment about domestic abuse at "
            "each review and record the answer.",
            "Amend the review form and train keyworkers.",
            "Clinical Lead (Hollinsby Recovery Service)",
            "31 December 2023",
            "No update received since the last Board.",
            "Red",
            "FFC7CE",
        ],
        [
            "R6",
            "The Partnership should seek assurance each year that the learning from this review has been "
            "shared with front-line staff.",
            "Hold a learning event and add the review to the annual assurance statement.",
            "Chair, Domestic Abuse Strategic Board",
            "31/03/2024",
            "21/05/2024: learning event held with 86 attendees; assurance statements from two partners still "
            "awaited.\n15/03/2024: event booked.",
            "Overdue",
            "F4B084",
        ],
    ]
    for r in rows:
        fill = r.pop()
        add_row(t, r, W, size=8.5, fills={6: fill})
    save(doc, stem)


# ===================================================== 4. Executive summary with single-agency table
def doc_wrenfield():
    stem = "dhr_exec_summary_single_agency_table_wrenfield"
    doc = new_doc(
        header="Wrenfield DHR ‘Joanne’ – Executive Summary",
        footer_label="Page",
        font="Times New Roman",
        size=11.5,
    )
    para(doc, "[Logo: Wrenfield Community Safety Partnership]", italic=True, size=9, align="center")
    para(doc, "")
    para(doc, "EXECUTIVE SUMMARY", bold=True, size=18, align="center")
    para(doc, "Domestic Homicide Review", size=14, align="center")
    para(doc, "‘Joanne’, who died on 22 August 2021, aged 41", size=13, align="center")
    para(doc, "")
    para(doc, "Report author: Malcolm Ferrier-Lyle, Independent Chair", align="center")
    para(doc, "Review reference: WCSP/DHR/21-02", align="center")
    para(doc, "Completed: November 2022", align="center")
    page_break(doc)
    heading(doc, "1.  The review process", 1)
    numbered(
        doc,
        "1.1",
        "This summary sets out the process and findings of the domestic homicide review into the "
        "death of Joanne, a Wrenfield resident, who was killed by her former partner, Ryan, at her home on "
        "22 August 2021. Ryan was later convicted of her murder.",
    )
    numbered(
        doc,
        "1.2",
        "The Wrenfield Community Safety Partnership decided on 4 October 2021 that the criteria "
        "for a review were met. The panel met on six occasions. Eight agencies completed Independent "
        "Management Reviews and two provided summary reports.",
    )
    heading(doc, "2.  Contributors and panel", 1)
    numbered(
        doc,
        "2.1",
        "The panel was made up of senior representatives of Wrenfield Police, Wrenfield Borough "
        "Council (Housing and Community Safety), NHS Wrenfield Integrated Care Board, Wrenfield Women’s Aid, "
        "the Probation Service and Wrenfield Children’s Social Care. None had line management of the staff "
        "involved.",
    )
    heading(doc, "3.  Summary of the case", 1)
    numbered(
        doc,
        "3.1",
        "Joanne and Ryan were together for about six years and separated early in 2021. Joanne "
        "told her sister that Ryan monitored her phone and her money. After the separation, police were "
        "called three times; on the last occasion, in July 2021, a DASH risk assessment was graded as medium "
        "although Joanne said she believed Ryan would kill her.",
    )
    numbered(
        doc,
        "3.2",
        "Joanne’s GP saw her twice for low mood in the spring of 2021. Domestic abuse was not "
        "asked about. Wrenfield Women’s Aid received a referral in July 2021 but could not reach Joanne by "
        "telephone and closed the case after two attempts.",
    )
    heading(doc, "4.  Key findings", 1)
    numbered(doc, "4.1", "Joanne’s own account of her fear was not given enough weight when risk was graded.")
    numbered(
        doc, "4.2", "Agencies relied on telephone contact and did not try other safe ways of reaching her."
    )
    numbered(
        doc,
        "4.3",
        "Ryan’s previous violence towards an earlier partner, known to probation, was not known "
        "to the officers who attended.",
    )
    heading(doc, "5.  Conclusions", 1)
    numbered(
        doc,
        "5.1",
        "The panel could not say that Joanne’s death was predictable, but it found missed "
        "chances to understand the danger she was in and to offer her support she might have accepted.",
    )
    heading(doc, "6.  Recommendations", 1)
    para(doc, "Panel recommendations", bold=True)
    recs = [
        (
            "Recommendation 1:",
            "Wrenfield Community Safety Partnership should ask all partner agencies to confirm "
            "that their risk assessment guidance tells staff to treat a victim’s own statement that she fears for "
            "her life as a high-risk indicator in its own right.",
        ),
        (
            "Recommendation 2:",
            "Wrenfield Community Safety Partnership should agree with partners a minimum "
            "standard for contacting a victim who does not answer the telephone, including the use of a trusted "
            "professional, text message or a visit where it is safe.",
        ),
        (
            "Recommendation 3:",
            "Wrenfield Community Safety Partnership and the Probation Service should test "
            "whether the police receive information about a perpetrator’s previous violence in time to inform "
            "their response to a new incident.",
        ),
        (
            "Recommendation 4:",
            "Wrenfield Community Safety Partnership should publish a short guide for families and "
            "friends explaining what to do if they are worried about someone.",
        ),
    ]
    for label, text in recs:
        p = doc.add_paragraph()
        p.add_run(label + " ").bold = True
        p.add_run(text)
    para(doc, "")
    para(doc, "Single-agency recommendations", bold=True)
    para(
        doc,
        "Each agency that completed an IMR made recommendations for itself. The panel endorsed them; they "
        "are listed below as the agencies wrote them.",
    )
    W = [3.6, 1.2, 11.6]
    t = make_table(doc, ["Agency", "No.", "Recommendation"], W, header_fill="E7E6E6", size=10)
    rows = [
        (
            "Wrenfield Police",
            "1",
            "Refresh training for attending officers on recording the victim’s own view of "
            "her risk in the DASH risk assessment.",
        ),
        (
            "Wrenfield Police",
            "2",
            "Make sure that officers attending a domestic abuse incident check for previous "
            "partners’ reports against the suspect.",
        ),
        (
            "Wrenfield Women’s Aid",
            "1",
            "Revise the contact policy so that a referral is not closed until at least "
            "three attempts, by two different methods, have been made.",
        ),
        (
            "NHS Wrenfield Integrated Care Board",
            "1",
            "Remind GP practices through the safeguarding newsletter to "
            "ask about domestic abuse when a patient presents with low mood or anxiety.",
        ),
        (
            "NHS Wrenfield Integrated Care Board",
            "2",
            "Audit the recording of routine enquiry in a sample of consultations for depression and anxiety.",
        ),
    ]
    for r in rows:
        add_row(t, list(r), W, size=10)
    merge_down(t, 0, 1, 2, size=10)
    merge_down(t, 0, 4, 5, size=10)
    save(doc, stem)


# ===================================================== 5. Full DHR overview report
def doc_askerby():
    stem = "dhr_overview_full_footnotes_restated_askerby"
    doc = new_doc(font="Arial", size=11.5)
    doc.styles["Normal"].paragraph_format.line_spacing = 1.4
    doc.styles["Normal"].paragraph_format.space_after = Pt(6)
    sec = doc.sections[0]
    sec.different_first_page_header_footer = True
    header_text(sec, "Askerby DHR ‘Nadia’ – OFFICIAL SENSITIVE – FINAL")
    para(
        doc,
        "[Image: Askerby Safer Communities Partnership logo – a river and three bridges]",
        italic=True,
        size=9,
        align="center",
    )
    para(doc, "")
    para(doc, "Askerby Safer Communities Partnership", bold=True, size=16, align="center")
    para(doc, "")
    para(doc, "DOMESTIC HOMICIDE REVIEW", bold=True, size=22, align="center")
    para(doc, "OVERVIEW REPORT", bold=True, size=18, align="center")
    para(doc, "")
    para(doc, "Report into the death of ‘Nadia’", size=14, align="center")
    para(doc, "in April 2022", size=14, align="center")
    para(doc, "")
    kv_table(
        doc,
        [
            ("Independent Chair and Author", "Dr Imogen Slate"),
            ("Review reference", "ASCP DHR 22/03"),
            ("Date of report", "17 July 2023"),
            ("Status", "Final – approved by the Partnership on 2 August 2023"),
        ],
        widths=(7, 9),
    )
    page_break(doc)

    para(doc, "Contents", bold=True, size=14)
    for text, page in [
        ("1. Executive summary", 3),
        ("2. Introduction and terms of reference", 4),
        ("3. The review panel", 5),
        ("4. Background", 5),
        ("5. Chronology", 6),
        ("6. Analysis", 8),
        ("7. Conclusions", 9),
        ("8. Recommendations", 10),
        ("Appendix A: Glossary", 11),
    ]:
        contents_line(doc, text, page)
    page_break(doc)

    heading(doc, "1. Executive summary", 1)
    numbered(
        doc,
        "1.1",
        "This report examines how agencies in Askerby responded to Nadia, a 34-year-old woman "
        "who was killed by her husband, Karim, at their flat on 9 April 2022. Karim pleaded guilty to her "
        "manslaughter on the grounds of diminished responsibility and is detained in a secure hospital.",
    )
    numbered(
        doc,
        "1.2",
        "Nadia had lived in the United Kingdom for four years. Her English was limited and she "
        "relied on Karim to interpret for her at most appointments. She had no recourse to public funds "
        "for most of that time.",
    )
    numbered(
        doc,
        "1.3",
        "The review found that professionals saw Karim speak for Nadia on many occasions and did "
        "not arrange an independent interpreter; that his deteriorating mental health was known to the "
        "crisis team but the risk he posed to Nadia was not considered; and that Nadia’s immigration "
        "status shaped what help she believed she could ask for.",
    )
    numbered(doc, "1.4", "The panel makes five recommendations. In summary they are:")
    for line in [
        "R1 – Askerby Hospitals NHS Trust: professional interpreters, never a partner, when abuse may be present.",
        "R2 – Askerby and Dale Mental Health Trust: assess the risk a patient poses to the people he lives with.",
        "R3 – Askerby Police: record the language needs of victims at every domestic abuse call.",
        "R4 – Askerby Safer Communities Partnership: information for migrant women on their rights and support.",
        "R5 – Home Office: extend the destitution concession to all migrant victims of domestic abuse.",
    ]:
        p = doc.add_paragraph(line)
        p.paragraph_format.left_indent = Cm(1.2)
    numbered(doc, "1.5", "The full text of each recommendation is in section 8.")
    page_break(doc)

    heading(doc, "2. Introduction and terms of reference", 1)
    numbered(
        doc,
        "2.1",
        "The review was commissioned by the Askerby Safer Communities Partnership under section 9 "
        "of the Domestic Violence, Crime and Victims Act 2004 and follows the statutory guidance. The "
        "Partnership was told of Nadia’s death on 11 April 2022 and agreed on 3 May 2022 that a review "
        "should be held.",
    )
    numbered_fn(
        doc,
        "2.2",
        "The review covers the period from 1 January 2019, when Nadia arrived in Askerby, to "
        "her death. Agencies were asked to include anything significant they knew from before that date.",
        "1",
    )
    numbered(doc, "2.3", "The panel set the following questions for the review to answer:")
    for q in [
        "(a) What did each agency know about abuse in Nadia’s relationship, and how did it respond?",
        "(b) Were there barriers that prevented Nadia from seeking help, including language and immigration status?",
        "(c) How did agencies assess the risk Karim posed while he was unwell?",
        "(d) Did agencies share information with each other when they should have done?",
        "(e) What can be learned, and what should change?",
    ]:
        p = doc.add_paragraph(q)
        p.paragraph_format.left_indent = Cm(1.5)
    numbered(
        doc,
        "2.4",
        "Nadia’s sister, who lives abroad, spoke to the Chair through an interpreter on two "
        "occasions. Her account of Nadia as a lively, funny woman who missed her family is reflected in "
        "section 4. Karim declined to take part.",
    )
    footnote_block(
        doc,
        [
            (
                "1",
                "Agencies were also asked about contact with Karim before 2019 where it "
                "was relevant to the risk he posed.",
            )
        ],
    )
    page_break(doc)

    heading(doc, "3. The review panel", 1)
    numbered(doc, "3.1", "The panel members were independent of the staff and the decisions under review.")
    W = [6.5, 9.5]
    t = make_table(doc, ["Name", "Role and organisation"], W, size=10)
    for r in [
        ("Dr Imogen Slate", "Independent Chair and Author"),
        ("Paul Orrin", "Detective Inspector, Askerby Police"),
        ("Farah Qureshi", "Named Nurse, Askerby Hospitals NHS Trust"),
        ("Dean Cottam", "Head of Safeguarding, Askerby and Dale Mental Health Trust"),
        ("Ruth Amadi", "Manager, Askerby Women’s Centre"),
        ("Glen Hurst", "Community Safety Manager, Askerby Borough Council"),
    ]:
        add_row(t, list(r), W, size=10)
    para(doc, "")
    heading(doc, "4. Background", 1)
    numbered(
        doc,
        "4.1",
        "Nadia grew up in a large family and trained as a primary school teacher. She married "
        "Karim in 2017 and joined him in Askerby at the start of 2019, on a spouse visa that depended on "
        "him. Her sister describes her as warm and determined, someone who wanted to teach again once her "
        "English was good enough.",
    )
    numbered(
        doc,
        "4.2",
        "Karim worked long hours in a warehouse. He had a history of depression and, from the "
        "summer of 2021, of paranoid thoughts that his colleagues and then his wife were plotting against "
        "him. The couple had no children.",
    )
    page_break(doc)

    heading(doc, "5. Chronology", 1)
    numbered(
        doc,
        "5.1",
        "This section summarises the significant contact agencies had with Nadia and Karim. "
        "A full combined chronology was considered by the panel and is held by the Partnership.",
    )
    numbered(
        doc,
        "5.2",
        "On 14 March 2019 Nadia registered with a GP practice. Karim attended with her and "
        "completed the registration form on her behalf.",
    )
    numbered(
        doc,
        "5.3",
        "On 2 November 2019 Nadia attended the Emergency Department of Askerby General "
        "Hospital with a wrist injury she said happened when she fell on the stairs. Karim interpreted. "
        "No enquiry about domestic abuse was recorded.",
    )
    numbered_fn(
        doc,
        "5.4",
        "In June 2020 a neighbour called Askerby Police to report shouting and a woman "
        "crying. Officers spoke to Karim at the door; Nadia was seen briefly and the officers recorded "
        "that there was ‘no language barrier’ because her husband translated.",
        "2",
    )
    numbered(
        doc,
        "5.5",
        "On 23 August 2021 Karim was assessed by the crisis team after his employer called an "
        "ambulance. He described believing his wife was poisoning his food. He was offered home treatment "
        "and accepted it. The assessment did not consider whether Nadia was at risk.",
    )
    numbered(
        doc,
        "5.6",
        "On 7 September 2021 Nadia attended Askerby Women’s Centre’s drop-in English class with "
        "a neighbour. She told the tutor, in simple English, that her husband was ‘sick in his head’ and "
        "that she was frightened. The tutor gave her the helpline card.",
    )
    numbered(
        doc,
        "5.7",
        "In January 2022 Karim was discharged from home treatment to his GP. The discharge letter "
        "said his paranoid beliefs had ‘largely settled’.",
    )
    numbered(
        doc,
        "5.8",
        "On 28 March 2022 Nadia telephoned the police non-emergency number; the call handler "
        "could not understand her and the call ended after two minutes. A language line interpreter was "
        "not used and the call was not traced.",
    )
    numbered(
        doc,
        "5.9",
        "On 9 April 2022 neighbours called the police after hearing screaming. Officers forced "
        "entry and found Nadia with fatal injuries.",
    )
    footnote_block(
        doc,
        [
            (
                "2",
                "The officers’ body-worn video was not retained; the account is taken from the incident log.",
            )
        ],
    )
    page_break(doc)

    heading(doc, "6. Analysis", 1)
    numbered(
        doc,
        "6.1",
        "Interpreting. On at least five occasions a professional relied on Karim to interpret for "
        "Nadia. Every agency’s policy says that a family member should not interpret where abuse may be "
        "present, yet staff told the panel that booking an interpreter took too long in a busy clinic.",
    )
    numbered(
        doc,
        "6.2",
        "Risk from a mentally unwell partner. The crisis team focused on Karim’s own safety. His "
        "belief that Nadia was poisoning him was recorded but no one asked what it might mean for her.",
    )
    numbered(
        doc,
        "6.3",
        "Immigration status. Nadia’s sister said Nadia believed that if she left Karim she would "
        "be deported. No professional told her otherwise.",
    )
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    set_text(
        t.cell(0, 0),
        "Lesson learned\nA partner who interprets also controls what the professional hears. "
        "Practitioners should notice when the same person always answers for the patient.",
        size=10,
    )
    shade(t.cell(0, 0), "E2EFDA")
    set_widths(t, [16])
    para(doc, "")
    numbered(
        doc,
        "6.4",
        "The call on 28 March 2022 was the last chance to reach Nadia. The call handler did the "
        "best she could without the tools to do more.",
    )
    heading(doc, "7. Conclusions", 1)
    numbered(
        doc,
        "7.1",
        "Nadia was isolated by language, by her dependence on Karim for her visa and by his "
        "control of her contact with services. Agencies saw parts of this but did not put them together.",
    )
    numbered(
        doc,
        "7.2",
        "The panel does not find that Nadia’s death could have been predicted, but it could have "
        "been made less likely had she been spoken to alone, with an interpreter, at any of the points "
        "described in section 5. The recommendations that follow address those points.",
    )
    page_break(doc)

    heading(doc, "8. Recommendations", 1)
    numbered(doc, "8.1", "The panel makes the following recommendations.")
    body = [
        (
            "Recommendation 1",
            "Askerby Hospitals NHS Trust",
            "Askerby Hospitals NHS Trust should make sure that a professional interpreter, and never a partner or "
            "relative, is used whenever a patient who does not speak English well presents with an injury or "
            "where domestic abuse may be present, and should audit compliance twice a year.",
        ),
        (
            "Recommendation 2",
            "Askerby and Dale Mental Health Trust",
            "Askerby and Dale Mental Health Trust should change its crisis assessment so that, when a patient "
            "expresses paranoid beliefs about someone he lives with, the risk to that person is assessed and a "
            "safeguarding referral considered.",
        ),
        (
            "Recommendation 3",
            "Askerby Police",
            "Askerby Police should record the first language and interpreting needs of every victim at a domestic "
            "abuse incident and use an independent interpreter to speak to the victim away from the suspect.",
        ),
        (
            "Recommendation 4",
            "Askerby Safer Communities Partnership",
            "Askerby Safer Communities Partnership should produce, with community groups, information in the main "
            "community languages telling migrant women about their rights and the support available to them "
            "whatever their immigration status.",
        ),
        (
            "Recommendation 5",
            "Home Office",
            "The Home Office should extend the Migrant Victims of Domestic Abuse Concession so that it is open to "
            "all victims whose immigration status depends on an abusive partner, whatever their visa type.",
        ),
    ]
    for label, agency, text in body:
        para(doc, f"{label} – {agency}", bold=True)
        p = doc.add_paragraph(text)
        p.paragraph_format.left_indent = Cm(1.2)
    page_break(doc)

    heading(doc, "Appendix A: Glossary", 1)
    W = [3.5, 12.5]
    t = make_table(doc, ["Term", "Meaning"], W, size=10)
    for r in [
        (
            "DASH",
            "Domestic Abuse, Stalking and Harassment and Honour-Based Violence risk identification checklist",
        ),
        ("DHR", "Domestic Homicide Review"),
        ("ED", "Emergency Department"),
        ("IMR", "Individual Management Review"),
        ("NRPF", "No recourse to public funds"),
        ("MVDAC", "Migrant Victims of Domestic Abuse Concession"),
    ]:
        add_row(t, list(r), W, size=10)
    save(doc, stem)


# ===================================================== 6. SAR: findings, each followed by Board recommendations
def doc_tolmere():
    stem = "sar_findings_board_recs_tolmere"
    doc = new_doc(
        header="Tolmere Safeguarding Adults Board – SAR ‘Mr B’",
        footer_label="SAR Mr B – Final report",
        font="Calibri",
        size=11,
    )
    para(doc, "Tolmere Safeguarding Adults Board", bold=True, size=16)
    para(doc, "Safeguarding Adults Review: Mr B", bold=True, size=20)
    para(doc, "Lead reviewer: Anjali Voss-Martin", size=12)
    para(doc, "Published: 6 March 2024", size=12)
    para(doc, "")
    heading(doc, "1. Why this review was carried out", 1)
    numbered(
        doc,
        "1.1",
        "Mr B was a 63-year-old man who lived alone in a privately rented house in Tolmere. He "
        "died in hospital on 19 December 2022 from sepsis and pressure ulcers, after he was found on the "
        "floor of his home by a neighbour. His home was severely cluttered and without heating.",
    )
    numbered(
        doc,
        "1.2",
        "The Board agreed that the criteria for a review under section 44 of the Care Act 2014 "
        "were met because Mr B had care and support needs, he died as a result of self-neglect, and "
        "agencies could have worked together more effectively.",
    )
    heading(doc, "2. Mr B", 1)
    numbered(
        doc,
        "2.1",
        "Mr B had worked as a lorry driver until a back injury in his fifties. His brother "
        "described him as private, proud and a keen collector of model railways. He drank heavily after "
        "the death of his mother in 2019.",
    )
    heading(doc, "3. Findings and recommendations", 1)
    numbered(
        doc,
        "3.1",
        "The review identified four findings. Each is followed by the recommendations the "
        "reviewer makes to the Board.",
    )
    findings = [
        (
            "Finding 1: Self-neglect was treated as a lifestyle choice",
            "Practitioners from three agencies described Mr B’s home as ‘his choice’. His capacity to make decisions "
            "about his living conditions was assumed and never assessed, even when he could not explain how he "
            "would keep warm.",
            [
                (
                    "1.1",
                    "The Board should seek assurance from Tolmere Council Adult Social Care that its self-neglect "
                    "guidance requires a recorded mental capacity assessment when a person repeatedly declines help "
                    "and their living conditions put them at risk.",
                ),
                (
                    "1.2",
                    "The Board should deliver multi-agency training on executive capacity, so that practitioners "
                    "test whether a person can carry out, as well as state, a decision.",
                ),
            ],
        ),
        (
            "Finding 2: No one held the whole picture",
            "The GP, the ambulance service, the fire service and the housing team each knew something of Mr B’s "
            "situation. No multi-agency meeting was called and no agency took the lead.",
            [
                (
                    "2.1",
                    "The Board should refresh its multi-agency self-neglect and hoarding protocol so that any "
                    "agency can call a risk management meeting, and so that a lead agency is named at the first "
                    "meeting.",
                )
            ],
        ),
        (
            "Finding 3: Alcohol use was seen as the reason to close the case",
            "Referrals to the alcohol service were closed when Mr B did not attend. His drinking was recorded as a "
            "reason he could not engage, rather than as part of the risk.",
            [
                (
                    "3.1",
                    "Tolmere Drug and Alcohol Service should offer outreach appointments at home before closing a "
                    "referral for a person who is known to be self-neglecting.",
                ),
                (
                    "3.2",
                    "The Board should ask the Integrated Care Board to commission an assertive outreach pathway "
                    "for dependent drinkers who do not engage with treatment.",
                ),
            ],
        ),
        (
            "Finding 4: Fire risk was not shared",
            "Tolmere Fire and Rescue Service carried out a safe and well visit and rated the home as very high "
            "risk. The result was sent to the referrer only.",
            [
                (
                    "4.1",
                    "Tolmere Fire and Rescue Service should send every very high risk safe and well outcome to "
                    "adult social care and the person’s GP, with consent or on a public interest basis.",
                ),
                (
                    "4.2",
                    "The Board should monitor the sharing of fire risk information through its quarterly "
                    "performance dashboard.",
                ),
            ],
        ),
    ]
    for title, body, recs in findings:
        heading(doc, title, 2)
        para(doc, body)
        para(doc, "Recommendations", bold=True, italic=True)
        for ref, text in recs:
            numbered(doc, ref, text)
    heading(doc, "Good practice", 2)
    para(
        doc,
        "The neighbour who found Mr B had been supported by the community warden to check on him each "
        "week. The ambulance crew made a safeguarding referral on the day they attended.",
    )
    heading(doc, "4. Next steps", 1)
    numbered(
        doc,
        "4.1",
        "The Board has accepted all of the recommendations and will publish an action plan "
        "within three months. Partners should share this report and the accompanying briefing with their "
        "staff.",
    )
    save(doc, stem)


# ===================================================== 7. CSPR with learning points between recommendations
def doc_larchmere():
    stem = "cspr_learning_points_between_recs_larchmere"
    doc = new_doc(
        header="Larchmere Safeguarding Children Partnership",
        footer_label="LCSPR Child L",
        font="Georgia",
        size=11,
    )
    para(doc, "Local Child Safeguarding Practice Review", bold=True, size=18, align="center")
    para(doc, "Child L", bold=True, size=16, align="center")
    para(doc, "Larchmere Safeguarding Children Partnership", size=13, align="center")
    para(doc, "")
    kv_table(
        doc,
        [
            ("Independent reviewer", "Callum Brightwater"),
            ("Date of serious incident", "11 May 2023"),
            ("Partnership reference", "LSCP 2023/06"),
            ("Report signed off", "29 February 2024"),
        ],
        widths=(6, 10),
    )
    heading(doc, "1. Introduction", 1)
    numbered(
        doc,
        "1.1",
        "Child L was nine weeks old when she was admitted to hospital with a skull fracture and "
        "rib fractures of different ages. Her father was later charged. Her parents were both 19; her "
        "mother had been a looked-after child until the age of 18.",
    )
    numbered(
        doc,
        "1.2",
        "The Partnership notified the Child Safeguarding Practice Review Panel and, following a "
        "rapid review, decided to carry out a local review. The review used a systems approach and "
        "included a practitioner event and conversations with Child L’s mother and maternal grandmother.",
    )
    heading(doc, "2. What happened", 1)
    numbered(
        doc,
        "2.1",
        "Child L’s mother was supported by a care leaver personal adviser and a family nurse "
        "during pregnancy. The father’s history of violence towards a previous partner was known to the "
        "police but was not shared with maternity services. At six weeks Child L was seen by a GP with "
        "a small bruise on her cheek; it was attributed to her older cousin.",
    )
    heading(doc, "3. Learning and recommendations", 1)
    para(doc, "Recommendation One", bold=True)
    para(
        doc,
        "Larchmere Safeguarding Children Partnership should ensure that its bruising in non-mobile babies "
        "protocol is known and followed by GPs, urgent care staff and health visitors, and should audit "
        "its use within twelve months.",
    )
    box(
        doc,
        "Learning point\nAny bruise on a baby who is not yet rolling or crawling needs explaining. A "
        "plausible story from the family does not replace a referral.",
        fill="DEEAF6",
    )
    para(doc, "Recommendation Two", bold=True)
    para(
        doc,
        "Larchmere Police should share information about a father’s previous domestic abuse with maternity "
        "and health visiting services when a pregnancy becomes known, using the pre-birth information "
        "sharing agreement.",
    )
    box(
        doc,
        "Learning point\nFathers and partners are often invisible in pre-birth assessment. Practitioners "
        "should ask who else lives in, or visits, the household, and check what is known about them.",
        fill="DEEAF6",
    )
    para(doc, "Recommendation Three", bold=True)
    para(
        doc,
        "Larchmere Council Children’s Services should make sure that care leavers who become parents have "
        "a pre-birth assessment that considers their own experience of care and the support network around "
        "them.",
    )
    para(doc, "Recommendation Four", bold=True)
    para(
        doc,
        "The Partnership should ask the Integrated Care Board to give family nurses and health visitors "
        "regular safeguarding supervision that includes the role of fathers.",
    )
    box(
        doc,
        "Learning point\nYoung parents who have been in care may not trust services. Consistent "
        "relationships and honest conversations build the trust needed for a parent to disclose worries.",
        fill="DEEAF6",
    )
    para(doc, "Recommendation Five", bold=True)
    para(
        doc,
        "The Department for Education should consider making the training of GPs on injuries in non-mobile "
        "babies part of the national safeguarding training requirements.",
    )
    heading(doc, "4. Partnership response", 1)
    para(
        doc,
        "The Partnership accepts Recommendations One to Four and will write to the Department for Education "
        "about Recommendation Five. An action plan will be monitored by the Learning and Improvement "
        "sub-group.",
    )
    save(doc, stem)


# ===================================================== 8. Welsh Concise Adult Practice Review
def doc_gwaunfor():
    stem = "wales_concise_apr_improving_systems_gwaunfor"
    doc = new_doc(
        header="Bwrdd Diogelu Rhanbarthol Bro Gwaunfor / Bro Gwaunfor Regional Safeguarding Board",
        footer_label="BGSB APR 3/2023",
        font="Arial",
        size=11,
    )
    para(doc, "Bro Gwaunfor Regional Safeguarding Board", bold=True, size=14)
    para(doc, "CONCISE ADULT PRACTICE REVIEW", bold=True, size=18)
    para(doc, "Re: BGSB APR 3/2023", bold=True, size=13)
    para(doc, "")
    heading(doc, "Brief outline of circumstances resulting in the Review", 2)
    para(doc, "Legal context from guidance in relation to the review", bold=True)
    para(
        doc,
        "A concise adult practice review was commissioned by the Bro Gwaunfor Regional Safeguarding Board "
        "in line with the Social Services and Well-being (Wales) Act 2014 and its statutory guidance, "
        "because an adult at risk died and abuse or neglect was suspected.",
    )
    para(doc, "Circumstances of the case", bold=True)
    para(
        doc,
        "Adult W was a 58-year-old woman with multiple sclerosis who lived with her adult son in a rural "
        "village. Her son was her main carer. In the last year of her life district nurses noticed "
        "weight loss and missed medication, and a neighbour reported that the son shouted at her. Adult W "
        "died in hospital on 30 January 2023 of aspiration pneumonia; the hospital raised a safeguarding "
        "report because of her poor condition on admission.",
    )
    para(doc, "Time period reviewed", bold=True)
    para(doc, "February 2022 to January 2023.")
    heading(doc, "Practice and organisational learning", 2)
    para(
        doc,
        "The reviewer and panel identified the following learning from the practitioner event and the "
        "agency timelines:",
    )
    for line in [
        "• Practitioners focused on Adult W’s physical health and did not consider whether the care she "
        "received from her son was adequate or safe.",
        "• The son’s own needs as a carer were not assessed; he had lost his job and was drinking.",
        "• The neighbour’s report was treated as a dispute between neighbours and closed after one phone call.",
        "• Adult W spoke Welsh as her first language; she was rarely offered the chance to speak to "
        "professionals in Welsh, and the practitioners thought this affected what she felt able to say.",
    ]:
        para(doc, line)
    para(
        doc,
        "Good practice: the ward sister who raised the safeguarding report gathered a clear account of "
        "Adult W’s condition and contacted the family GP the same day.",
    )
    heading(doc, "Improving Systems and Practice", 2)
    para(
        doc,
        "In order to promote the learning from this case the review identified the following actions for "
        "the Board and its member agencies and anticipated improvement outcomes:",
    )
    recs = [
        "The Regional Safeguarding Board should seek assurance that carers’ assessments are offered to every "
        "family member providing substantial care to an adult at risk, and that the assessment considers the "
        "carer’s capacity to cope.",
        "Bro Gwaunfor University Health Board should ensure that district nurses raise a concern about neglect "
        "when an adult repeatedly misses medication and loses weight while in the care of a family member.",
        "Cyngor Sir Gwaunfor (Adult Services) should review how reports from members of the public are "
        "screened, so that a concern about an adult at risk is not closed without speaking to the adult.",
        "All Board partners should confirm that the ‘Active Offer’ of services in Welsh is made to adults at "
        "risk at the first contact and recorded.",
    ]
    for i, text in enumerate(recs, 1):
        numbered(doc, f"{i}.", text)
    heading(doc, "Statement by Reviewer", 2)
    kv_table(
        doc,
        [
            ("Reviewer", "Eleri Prosser-Vaughan"),
            (
                "Statement",
                "I make the following statement that prior to my involvement with this learning review I "
                "had not been directly concerned with the adult or family, and had no line management of "
                "any of the practitioners involved.",
            ),
            ("Date", "14 September 2023"),
        ],
        widths=(4, 12),
    )
    heading(doc, "Statement by Review Panel Chair", 2)
    kv_table(
        doc,
        [
            ("Chair", "Rhodri Llewelyn"),
            (
                "Statement",
                "I confirm that the review was conducted in line with the guidance and that the report is "
                "of sufficient quality to be presented to the Board.",
            ),
            ("Date", "14 September 2023"),
        ],
        widths=(4, 12),
    )
    heading(doc, "For Welsh Government use only", 2)
    kv_table(
        doc,
        [
            ("Date information received", ""),
            ("Date acknowledgment letter sent to Board Chair", ""),
            ("Date circulated to relevant inspectorates/Policy Leads", ""),
        ],
        widths=(9, 7),
    )
    save(doc, stem)


# ===================================================== 9. Domestic Abuse Related Death Review
def doc_penhallow():
    stem = "dardr_national_local_recs_penhallow"
    doc = new_doc(
        header="Penhallow Community Safety Partnership – DARDR ‘Sophie’",
        footer_label="Page",
        font="Calibri",
        size=11.5,
    )
    para(doc, "Domestic Abuse Related Death Review", bold=True, size=20)
    para(doc, "Overview report: ‘Sophie’", bold=True, size=15)
    para(doc, "Penhallow Community Safety Partnership", size=13)
    para(doc, "Independent Chair and Author: Frances Oduya-Kemp", size=11)
    para(doc, "Reference: PCSP DARDR 2023-01", size=11)
    para(doc, "")
    heading(doc, "1  Introduction", 1)
    numbered(
        doc,
        "1.1",
        "Sophie, aged 27, took her own life on 16 February 2023. In the year before her death "
        "she had disclosed to several services that her partner, Liam, was controlling her finances and "
        "threatening to take their son. The Partnership commissioned this review because Sophie’s death "
        "appeared to have resulted from abuse by a person with whom she had been in an intimate "
        "relationship. Reviews of this kind were formerly known as domestic homicide reviews.",
    )
    heading(doc, "2  Summary of findings", 1)
    numbered(
        doc,
        "2.1",
        "Sophie’s Universal Credit was paid into a joint account that Liam controlled. She "
        "asked the Jobcentre twice about a separate payment and was told to discuss it with her partner.",
    )
    numbered(
        doc,
        "2.2",
        "Sophie told her GP that she felt trapped and had thoughts of ending her life. She was "
        "referred to talking therapies, but the referral did not mention the abuse she had described.",
    )
    numbered(
        doc,
        "2.3",
        "The police attended a verbal argument in December 2022 and graded it standard risk. The "
        "officers did not know about the financial abuse or Sophie’s suicidal thoughts.",
    )
    numbered(
        doc,
        "2.4",
        "The link between domestic abuse and suicide is not reflected in the national suicide "
        "prevention strategy’s guidance for local areas as strongly as the evidence suggests it should be.",
    )
    heading(doc, "3  Recommendations", 1)
    numbered(
        doc,
        "3.1",
        "The review makes recommendations at two levels. National recommendations are addressed "
        "to government departments and will be sent to them by the Partnership with this report. Local "
        "recommendations are for Penhallow agencies and are included in the action plan.",
    )
    para(doc, "National recommendations", bold=True, size=12)
    nat = [
        (
            "N1",
            "The Department for Work and Pensions should make sure that Jobcentre staff who are asked about "
            "split payments of Universal Credit consider whether economic abuse is present and explain to the "
            "claimant how to request a split payment safely.",
        ),
        (
            "N2",
            "The Department of Health and Social Care should strengthen the guidance on local suicide "
            "prevention plans so that domestic abuse is treated as a key risk factor and local areas are "
            "asked to review deaths by suicide linked to abuse.",
        ),
        (
            "N3",
            "The Home Office should work with the National Police Chiefs’ Council to make sure the domestic "
            "abuse risk assessment used by police includes questions about suicidal thoughts of the victim.",
        ),
    ]
    for ref, text in nat:
        numbered(doc, ref, text)
    para(doc, "Local recommendations", bold=True, size=12)
    loc = [
        (
            "L1",
            "Penhallow Talking Therapies should ask every referrer whether domestic abuse is a factor and "
            "should prioritise the assessment of anyone who discloses abuse and suicidal thoughts.",
        ),
        (
            "L2",
            "NHS Penhallow Integrated Care Board should remind GPs that a referral for psychological "
            "therapy must include any disclosure of domestic abuse, with the patient’s agreement.",
        ),
        (
            "L3",
            "Penhallow Police should check the health and social care records available through the "
            "multi-agency safeguarding hub before grading a domestic incident where a child lives in the "
            "household.",
        ),
        (
            "L4",
            "Penhallow Community Safety Partnership should include economic abuse and its link to suicide in "
            "the domestic abuse training offered to partner agencies.",
        ),
    ]
    for ref, text in loc:
        numbered(doc, ref, text)
    heading(doc, "4  Conclusion", 1)
    numbered(
        doc,
        "4.1",
        "Sophie asked for help in several places. Each service heard part of her story. The "
        "recommendations above are intended to help services hear the whole of it.",
    )
    save(doc, stem)


# ===================================================== 10a. Chronology appendix as a Date | Agency | Event table
RAVENSHOLT_ROWS = [
    (
        "03/02/2019",
        "GP",
        "Tina registers at Elm Street Surgery with her partner Darren. New patient check: no "
        "concerns recorded.",
    ),
    (
        "14.05.2019",
        "Ravensholt Police",
        "Neighbour reports a man and woman arguing in the street. Officers attend; "
        "both deny any assault. DASH completed: standard risk.",
    ),
    (
        "June 2019",
        "Housing",
        "Tina asks the housing officer about a transfer to a flat ‘away from Darren’s "
        "friends’. Told there is a long waiting list.",
    ),
    (
        "22 Aug 2019",
        "Ambulance Service",
        "Called to Tina, who has a cut to her head; she says she fell in the bath. Conveyed to A&E.",
    ),
    (
        "22 Aug 2019",
        "Hospital (ED)",
        "Head wound glued. Tina is asked about domestic abuse in triage while Darren "
        "is in the waiting room and says she is safe.",
    ),
    (
        "Early 2020",
        "Probation",
        "Darren begins a community order for an unrelated theft. Domestic abuse "
        "enquiries with police show the May 2019 call-out.",
    ),
    ("17/03/2020", "Probation", "Darren’s risk assessment rates the risk to a known adult as medium."),
    (
        "2 Sept 2020",
        "Ravensholt Police",
        "Tina calls 999 saying Darren has strangled her. Darren arrested; "
        "released under investigation. DASH: high risk; MARAC referral made.",
    ),
    ("10/09/2020", "MARAC", "Case heard. IDVA allocated; police marker placed on the address."),
    ("Oct-20", "IDVA Service", "IDVA loses contact with Tina after three calls. Case closed."),
    (
        "04/01/2021",
        "Ravensholt Police",
        "No further action on the strangulation allegation: Tina withdraws her statement.",
    ),
    (
        "2021-03-19",
        "GP",
        "Tina seen with anxiety and poor sleep. Prescribed sertraline. No enquiry about her "
        "relationship recorded.",
    ),
    (
        "Summer 2021",
        "Housing",
        "Rent arrears notice sent. Tina tells the income officer Darren ‘takes her money’.",
    ),
    (
        "30 Nov 2021",
        "Ravensholt Police",
        "Darren reported by a friend of Tina for threats made over social media. Crime recorded; no arrest.",
    ),
    (
        "12/12/2021",
        "Ambulance Service",
        "Called to the address. Tina found dead; Darren arrested at the scene.",
    ),
]


def doc_ravensholt():
    stem = "chron_table_date_agency_event_ravensholt"
    doc = new_doc(
        header="Ravensholt CSP – DHR ‘Tina’ – Appendix B",
        footer_label="Appendix B – page",
        font="Arial",
        size=10,
    )
    para(doc, "Appendix B: Combined chronology of agency contact", bold=True, size=13)
    para(
        doc,
        "Domestic Homicide Review ‘Tina’ (RCSP DHR 2022-02) – period 1 January 2019 to 12 December 2021",
        size=10,
    )
    para(
        doc,
        "Entries are summarised from agency chronologies. Where an agency could give only a month or a "
        "season, that is shown.",
        size=9,
        italic=True,
    )
    para(doc, "Agencies contributing to this chronology", bold=True, size=10)
    for line in [
        "GP – Elm Street Surgery (NHS Ravensholt Integrated Care Board)",
        "Ravensholt Police",
        "Housing – Ravensholt Homes, the council’s housing management company",
        "Ambulance Service – Northmoor Ambulance Service NHS Trust",
        "Hospital (ED) – Ravensholt General Hospital Emergency Department",
        "Probation – the Probation Service, Ravensholt delivery unit",
        "MARAC – Ravensholt Multi-Agency Risk Assessment Conference",
        "IDVA Service – Ravensholt Independent Domestic Violence Advisory Service",
    ]:
        para(doc, "• " + line, size=10)
    para(
        doc,
        "Tina’s family were given the chronology to read and their comments are reflected in the main "
        "report. The panel noted that two agencies’ records contained only months or seasons for some "
        "contacts, and those entries are shown as the agencies gave them. Times of day have been left "
        "out unless they matter to the account.",
        size=10,
    )
    para(doc, "")
    W = [2.8, 3.6, 10.6]
    t = make_table(doc, ["Date", "Agency", "Event"], W, header_fill="BFBFBF", size=10.5)
    for r in RAVENSHOLT_ROWS:
        add_row(t, list(r), W, size=10.5)
    save(doc, stem)


# ===================================================== 10b. Chronology as year-headed narrative with relative dates
def doc_coldharbour():
    stem = "chron_year_headed_relative_dates_coldharbour"
    doc = new_doc(header="Coldharbour DHR ‘Rosa’ – Section 4", footer_label="", font="Cambria", size=11.5)
    para(doc, "4. Narrative chronology", bold=True, size=14)
    para(
        doc,
        "This section tells Rosa’s story year by year, drawing on agency records and on what her "
        "daughter told the review. Rosa lived with her husband, Victor, in Coldharbour until her death "
        "in November 2020. This is part of the overview report of the Coldharbour Community Safety "
        "Partnership’s domestic homicide review CCSP-DHR-07.",
    )
    years = {
        "2018": [
            "In January 2018 Rosa told her practice nurse that Victor had become ‘short-tempered’ since he "
            "retired. The nurse recorded this as stress and gave her a leaflet about carers’ support.",
            "Three weeks later Rosa cancelled her follow-up appointment, saying that Victor needed the car.",
            "On 8 October 2018 police were called by Rosa’s daughter, who said her father had pushed her mother "
            "against a door. Officers spoke to both; Rosa said it was an accident. The incident was recorded as "
            "a domestic, standard risk.",
        ],
        "2019": [
            "That spring Rosa began attending a lunch club at the community centre. Staff later described her "
            "as quiet and anxious to get home on time.",
            "On 2 July 2019 Rosa attended the Emergency Department with bruising to both arms. She said she had "
            "fallen in the garden. The department made no safeguarding referral.",
            "The following week a lunch club volunteer noticed the bruises and asked Rosa if she was all right. "
            "Rosa said she was, and the volunteer did not pass the concern on.",
            "In late November 2019 Victor was diagnosed with early-stage dementia. The memory clinic letter "
            "mentioned irritability and ‘occasional aggression towards his wife’.",
        ],
        "2020": [
            "During the first lockdown, in April 2020, the lunch club closed and Rosa’s contact with people "
            "outside the home stopped almost entirely.",
            "On 14 August 2020 Rosa rang the adult social care helpline asking for respite for Victor. She was "
            "put on a waiting list for a carer’s assessment.",
            "Two months later, with no assessment yet carried out, Rosa’s daughter called the helpline to say "
            "her mother was exhausted and frightened. The call was added to the existing referral.",
            "On 21 November 2020 Victor called an ambulance and told the crew he had hurt his wife. Rosa was "
            "pronounced dead at the scene.",
        ],
    }
    for year, paras in years.items():
        para(doc, year, bold=True, size=12.5)
        for text in paras:
            para(doc, text)
    para(doc, "")
    para(doc, "The analysis of this chronology follows in section 5.", italic=True)
    save(doc, stem)


if __name__ == "__main__":
    for fn in (
        doc_fernbridge,
        doc_marlcombe,
        doc_hollinsby,
        doc_wrenfield,
        doc_askerby,
        doc_tolmere,
        doc_larchmere,
        doc_gwaunfor,
        doc_penhallow,
        doc_ravensholt,
        doc_coldharbour,
    ):
        fn()
