"""Build the heldout16 blind documents as Word files (python-docx).

Run once:  python tests/heldout16/build.py
Then convert each .docx with LibreOffice and extract text (see README.md).
Five documents of five families as they are published: a DHR overview report whose recommendations
are numbered paragraphs of its recommendations section (9.3 ...) with a separate multi-agency plan
(Recommendation No. | ... | Milestones | ... | Evidence of completion | Status); a Safeguarding Adults
Review seven-minute briefing with a board response table; a DHR executive summary whose
recommendations sit under agency headings, each agency's numbering restarting at 1; a Child
Safeguarding Practice Review whose findings end in questions for the partnership, with numbered
recommendations and a chronology appendix of ranged and approximate dates; and a standalone action
plan tracker whose Status column holds RAG colours as words beside an Assurance column.
All people, places, local agency names and wording are fictional and the author's own.
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/: docx_build, the helpers every blind set's build shares

from docx_build import (  # noqa: E402
    add_row,
    box,
    docx_saver,
    dotted_line,
    footnote_line,
    full_row,
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
    set_widths,
    shade,
    sup,
)

save = docx_saver(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)


def airy(doc, spacing=1.3, after=6):
    pf = doc.styles["Normal"].paragraph_format
    pf.line_spacing = spacing
    pf.space_after = Pt(after)


def paras(doc, number, texts, start=1, notes=None):
    """Numbered paragraphs N.1, N.2 ...; `notes` maps a paragraph number to a footnote mark."""
    for i, t in enumerate(texts, start):
        p = numbered(doc, f"{number}.{i}", t)
        if notes and f"{number}.{i}" in notes:
            sup(p, notes[f"{number}.{i}"])
    return start + len(texts)


def plain(doc, texts):
    for t in texts:
        para(doc, t)


def listed(doc, items, style="List Bullet"):
    for s in items:
        para(doc, s, style=style)


def contents(doc, lines, title="Contents"):
    heading(doc, title, 1)
    for text, page in lines:
        dotted_line(doc, text, page, width_cm=16)
    page_break(doc)


def cover(doc, lines):
    for text, size, bold in lines:
        para(doc, text, bold=bold, size=size, align="center")
    page_break(doc)


def table(doc, headers, widths, rows, size=9):
    t = make_table(doc, headers, widths, size=size)
    for r in rows:
        add_row(t, r, widths, size=size)
    doc.add_paragraph()
    return t


def labelled(doc, label, text):
    p = doc.add_paragraph()
    p.add_run(label + " ").bold = True
    p.add_run(text)
    return p


# ================================== 1. DHR overview report, paragraph-numbered recommendations, separate plan
def doc_aldercombe():
    stem = "dhr_para_numbered_recs_plan_milestones_evidence_aldercombe"
    doc = new_doc(
        header="Aldercombe CSP – DHR ‘Marisol’ – Overview Report – OFFICIAL SENSITIVE", footer_label="Page"
    )
    airy(doc)
    cover(
        doc,
        [
            ("Aldercombe Community Safety Partnership", 16, True),
            ("", 12, False),
            ("Domestic Homicide Review", 22, True),
            ("Overview Report", 16, True),
            ("", 12, False),
            ("Into the death of ‘Marisol’, aged 38, in October 2022", 13, False),
            ("", 12, False),
            ("Independent Chair and Author: Dr Gwenllian Pask-Oyelaran", 12, False),
            ("Reference: ACSP DHR 2022-04", 12, True),
            ("Final version for publication – 19 February 2024", 11, False),
        ],
    )
    contents(
        doc,
        [
            ("1. Introduction", 3),
            ("2. Terms of reference", 3),
            ("3. Panel and contributors", 3),
            ("4. Marisol", 4),
            ("5. Summary of agency involvement", 4),
            ("6. Equality and diversity", 5),
            ("7. Findings", 5),
            ("8. Lessons identified", 6),
            ("9. Recommendations", 6),
            ("10. Conclusion", 7),
            ("Multi-Agency Action Plan (separate document, appended)", 8),
        ],
    )
    heading(doc, "1. Introduction", 1)
    paras(
        doc,
        "1",
        [
            "This review looks at the contact that agencies in Aldercombe had with Marisol and with her "
            "husband, referred to here as Tobias, from January 2020 until Marisol died at the family flat in "
            "October 2022. Tobias was convicted of her murder in June 2023.",
            "Marisol came to the United Kingdom on a spouse visa in 2018. Her right to remain depended on "
            "her marriage, and the panel heard that Tobias reminded her of this often.",
            "The Partnership decided on 2 November 2022 that a review should be held and told the Home "
            "Office. The panel met seven times; the review was delayed while the criminal trial took place.",
        ],
        notes={"1.3": "1"},
    )
    footnote_line(doc, "1", "Domestic Violence, Crime and Victims Act 2004, section 9(3).")
    heading(doc, "2. Terms of reference", 1)
    para(doc, "The panel agreed the following key lines of enquiry:")
    listed(
        doc,
        [
            "How did Marisol’s immigration status affect her ability to seek help, and did agencies know it?",
            "Were interpreters used, and who interpreted when they were not?",
            "Was the risk Tobias posed assessed and shared between agencies?",
            "Could Marisol get specialist domestic abuse support without recourse to public funds?",
        ],
    )
    heading(doc, "3. Panel and contributors", 1)
    table(
        doc,
        ["Name", "Role", "Organisation"],
        [4.5, 5.0, 7.0],
        [
            ("Dr Gwenllian Pask-Oyelaran", "Independent Chair", "Independent"),
            ("DCI Aaron Whitlow", "Head of Safeguarding", "Harnley and Wold Police"),
            ("Benedetta Lusk", "Designated Nurse", "NHS Harnley and Wold Integrated Care Board"),
            ("Kofi Marchbank", "Housing Options Manager", "Aldercombe Borough Council"),
            ("Siân Corrigal", "Chief Officer", "Aldercombe Women’s Aid"),
            ("Lucía Ferrand", "Service Lead", "Puentes Migrant Women’s Project"),
        ],
    )
    heading(doc, "4. Marisol", 1)
    paras(
        doc,
        "4",
        [
            "Marisol grew up in a coastal town and trained as a dental nurse. Her sister described her as "
            "funny, stubborn and a wonderful cook who fed half the street on festival days.",
            "She met Tobias when he was working abroad. After she moved to Aldercombe she had no family "
            "nearby and spoke little English at first. She joined a church choir, which became her lifeline.",
        ],
    )
    heading(doc, "5. Summary of agency involvement", 1)
    paras(
        doc,
        "5",
        [
            "Police attended the flat three times. On two occasions Tobias translated for Marisol and the "
            "risk assessment was recorded as standard. On the third a neighbour interpreted and Marisol "
            "said that she was afraid of being sent home.",
            "Marisol saw her GP for headaches and low mood. Tobias attended each appointment and told the "
            "GP that she was homesick. She was never asked about abuse.",
            "Marisol approached the Council’s housing options team in spring 2022. Her application was "
            "withdrawn a week later and the file does not say why.",
            "The specialist service offered telephone support but could not offer a refuge place because "
            "Marisol had no recourse to public funds and no space funded from other sources was free.",
        ],
    )
    heading(doc, "6. Equality and diversity", 1)
    paras(
        doc,
        "6",
        [
            "The panel considered the protected characteristics of sex, race and religion. Marisol’s "
            "insecure immigration status was not a protected characteristic but shaped every choice open to her.",
        ],
    )
    heading(doc, "7. Findings", 1)
    para(doc, "Finding A – The abuser as interpreter", bold=True)
    paras(
        doc,
        "7",
        [
            "Using Tobias to interpret meant that agencies heard his account of Marisol’s life, not hers. "
            "Officers said that waiting for a telephone interpreter at night felt impractical.",
        ],
    )
    para(doc, "Finding B – Immigration status as a tool of control", bold=True)
    paras(
        doc,
        "7",
        [
            "Tobias controlled Marisol’s passport and told her she would be deported if she left. No "
            "professional told her about the routes open to migrant victims of domestic abuse.",
            "The specialist service knew of those routes but had no worker trained to help with them.",
        ],
        start=2,
    )
    para(doc, "Finding C – Records that did not travel", bold=True)
    paras(
        doc,
        "7",
        [
            "The housing options file, the police record and the GP record each held part of the picture. "
            "Nothing prompted any of them to look at the others.",
        ],
        start=4,
    )
    box(
        doc,
        "Good practice\nThe choir leader noticed that Marisol stopped coming and went to the flat to check "
        "on her. She passed her concern to the police the same evening.",
    )
    heading(doc, "8. Lessons identified", 1)
    para(doc, "These lessons are for all agencies to reflect on. They are not recommendations.")
    listed(
        doc,
        [
            "A partner who interprets controls what professionals are told.",
            "A woman who fears removal from the country may deny abuse to the people who could help her.",
            "A withdrawn application is a reason to ask questions, not to close a file.",
        ],
    )
    page_break(doc)
    heading(doc, "9. Recommendations", 1)
    paras(
        doc,
        "9",
        [
            "The panel’s recommendations are set out in paragraphs 9.3 to 9.9 below. They are numbered by "
            "paragraph, and the multi-agency action plan refers to them by the same numbers.",
            "Each agency also made recommendations for itself in its Individual Management Review. Those "
            "are monitored by the agencies themselves and are not repeated in this report.",
            "Aldercombe Community Safety Partnership should commission a specialist domestic abuse worker "
            "for women with no recourse to public funds, and should make sure that emergency accommodation "
            "can be funded for them while an application to the Home Office is made.",
            "Harnley and Wold Police should update its guidance so that a professional interpreter is always "
            "used when officers complete a domestic abuse risk assessment with a victim whose first language "
            "is not English, and a partner, relative or neighbour is never used to interpret.",
            "NHS Harnley and Wold Integrated Care Board should ensure that GP practices in Aldercombe see a "
            "patient alone at least once where a partner always attends, and ask about domestic abuse at "
            "that appointment.",
            "Aldercombe Borough Council should record the reason each homelessness application is withdrawn "
            "and, where domestic abuse has been mentioned, share the withdrawal with the specialist service "
            "with the applicant’s consent.",
            "The Chair of Aldercombe Community Safety Partnership should write to the Home Office asking "
            "that the eligibility rules of the Migrant Victims of Domestic Abuse Concession be reviewed, so "
            "that victims on visas other than spouse visas can use it.",
            "Aldercombe Community Safety Partnership should provide multi-agency training on how immigration "
            "status is used to control victims, for police officers, GP practice staff, housing officers "
            "and specialist service staff.",
            "Aldercombe Community Safety Partnership should monitor the action plan through its DHR "
            "Oversight Group and report progress to its Board every six months until all actions are closed.",
        ],
    )
    heading(doc, "10. Conclusion", 1)
    paras(
        doc,
        "10",
        [
            "Marisol tried to get help more than once. Each time the help on offer depended on a status "
            "she could not secure without Tobias. The panel hopes that the changes above will mean the next "
            "woman in her position is heard in her own words.",
        ],
    )
    # the plan is a separate document, appended in landscape as partnerships publish it
    landscape_section(doc)
    para(doc, "Aldercombe Community Safety Partnership", bold=True, size=12)
    para(doc, "DHR ‘Marisol’ (ACSP DHR 2022-04) – Multi-Agency Action Plan", bold=True, size=14)
    para(
        doc,
        "Plan agreed by the DHR Oversight Group on 7 March 2024. Position at 30 September 2024. Status: "
        "Complete / In progress / Not started.",
        size=9,
    )
    heads = [
        "Recommendation No.",
        "Recommendation",
        "Action",
        "Lead agency",
        "Milestones",
        "Target date",
        "Evidence of completion",
        "Status",
    ]
    w = [2.4, 3.8, 4.2, 2.8, 4.0, 2.0, 3.7, 2.1]
    t = make_table(doc, heads, w, size=8)
    rows = [
        (
            "9.3",
            "Specialist worker and emergency accommodation for women with no recourse to public funds.",
            "Commission a no recourse to public funds domestic abuse worker for two years.",
            "Aldercombe Community Safety Partnership",
            "• Funding agreed (done)\n• Tender issued June 2024\n• Worker in post",
            "January 2025",
            "Contract award report; worker’s first quarterly return.",
            "In progress",
        ),
        (
            "",
            "",
            "Set up a ring-fenced emergency accommodation fund with the Council.",
            "Aldercombe Borough Council",
            "• Fund criteria written\n• First placement made",
            "31/10/2024",
            "Fund criteria; anonymised placement log.",
            "In progress",
        ),
        (
            "9.4",
            "Professional interpreter for every risk assessment; never a partner or family member.",
            "Amend the force domestic abuse guidance and the risk assessment form.",
            "Harnley and Wold Police",
            "• Guidance amended\n• Form field added for interpreter used",
            "30 June 2024",
            "Published guidance; audit of 50 risk assessments.",
            "Complete",
        ),
        (
            "9.5",
            "GP practices to see patients alone and ask about domestic abuse.",
            "Issue practice guidance and add a template prompt to the GP clinical system.",
            "NHS Harnley and Wold Integrated Care Board",
            "• Template built\n• Guidance to all practices",
            "Autumn 2024",
            "Template screenshot; practice returns.",
            "In progress",
        ),
        (
            "9.6",
            "Record reasons for withdrawn applications; share with consent.",
            "Add a mandatory ‘reason for withdrawal’ field to the housing case system.",
            "Aldercombe Borough Council",
            "• System change requested\n• Field live",
            "March 2025",
            "System change log.",
            "Not started",
        ),
        (
            "",
            "",
            "Agree a consent-based information sharing route with Aldercombe Women’s Aid.",
            "Aldercombe Borough Council",
            "• Draft agreement\n• Signed by both",
            "31/12/2024",
            "Signed information sharing agreement.",
            "In progress",
        ),
        (
            "9.7",
            "Letter to the Home Office on the Concession’s eligibility rules.",
            "Chair to write to the Home Office and report the reply to the Board.",
            "Aldercombe Community Safety Partnership",
            "• Letter sent 12 April 2024\n• Reply received",
            "April 2024",
            "Copy of letter and reply.",
            "Complete",
        ),
        (
            "9.8",
            "Multi-agency training on immigration status and control.",
            "Design and run four half-day sessions with Puentes Migrant Women’s Project.",
            "Aldercombe Community Safety Partnership",
            "• Course designed\n• Sessions 1–2 delivered\n• Sessions 3–4 booked",
            "End of March 2025",
            "Attendance lists; evaluation summary.",
            "In progress",
        ),
        (
            "9.9",
            "Six-monthly monitoring of the plan.",
            "Add the plan to the DHR Oversight Group’s standing agenda; report to the Board.",
            "Aldercombe Community Safety Partnership",
            "• First report to Board September 2024",
            "Ongoing",
            "Board minutes.",
            "In progress",
        ),
    ]
    for r in rows:
        add_row(t, r, w, size=8)
    merge_down(t, 0, 1, 2, size=8)
    merge_down(t, 1, 1, 2, size=8)
    merge_down(t, 0, 5, 6, size=8)
    merge_down(t, 1, 5, 6, size=8)
    save(doc, stem)


# ================================== 2. SAR seven-minute briefing plus board response table
def doc_thornesk():
    stem = "sar_seven_minute_briefing_board_response_table_thornesk"
    doc = new_doc(header="Thornesk Safeguarding Adults Board", footer_label="TSAB 7MB", size=10)
    airy(doc, spacing=1.15, after=4)
    para(doc, "Thornesk Safeguarding Adults Board", bold=True, size=12, align="center")
    para(doc, "7-Minute Briefing", bold=True, size=20, align="center")
    para(doc, "Safeguarding Adults Review: ‘Bernard’ (TSAB SAR 2023/01)", bold=True, size=13, align="center")
    para(
        doc,
        "Reviewer: Rhiannon Achterberg   |   Published: May 2024   |   For use in team meetings and supervision",
        size=9,
        align="center",
    )
    boxes = [
        (
            "1. Background",
            "Bernard was 79 and lived with vascular dementia. His grandson, here called Lewis, moved in as his "
            "carer. Bernard died in hospital in February 2023 after a fall at home; he had unexplained injuries "
            "and his savings had gone.",
        ),
        (
            "2. Why this review?",
            "The Board agreed that the criteria in section 44 of the Care Act 2014 were met: Bernard had care "
            "and support needs, died, and agencies could have worked together better.",
        ),
        (
            "3. What happened",
            "Over eighteen months there were two safeguarding concerns, three police calls and a hospital "
            "admission. Each was handled on its own. Lewis was treated as the carer, never as a risk.",
        ),
        (
            "4. Key findings",
            "Discharge plans assumed family care was safe. Abuse by a carer was handled as a care problem, "
            "not as domestic abuse. Police did not tell adult social care what they had seen.",
        ),
        (
            "5. What we learned",
            "Ask who the carer is and what is known about them. Family carers can be abusers. "
            "Financial control is abuse, even when the money is spent on the household.",
        ),
        (
            "6. Recommendations",
            "The review made five recommendations (full text and the Board’s response overleaf):\n"
            "R1 Safe discharge checks on the carer\n"
            "R2 Section 42 enquiries and domestic abuse\n"
            "R3 Joint training on abuse of older people\n"
            "R4 Police notifications to adult social care\n"
            "R5 Letter to DWP on appointees",
        ),
        (
            "7. Questions for your team",
            "Who is caring for the people on your caseload?\nWould you know if the carer was a risk?\n"
            "When did you last see someone without their carer present?",
        ),
    ]
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    fills = ["DEEAF6", "E2EFDA", "FFF2CC", "FCE4D6", "EDE7F6", "DDEBF7", "F2F2F2"]
    for i, (title, body) in enumerate(boxes):
        c = t.cell(i // 2, i % 2)
        set_text(c, title, bold=True, size=10)
        for line in body.split("\n"):
            c.add_paragraph().add_run(line).font.size = Pt(9)
        shade(c, fills[i])
    last = t.cell(3, 1)
    set_text(last, "Further information: Thornesk SAB Business Unit", size=9)
    set_widths(t, [8.3, 8.3])
    page_break(doc)
    para(doc, "Board response to the recommendations", bold=True, size=14)
    para(
        doc,
        "The Board accepted all five recommendations at its meeting on 11 April 2024. The table shows each "
        "recommendation in full, what the Board will do, who leads, by when, and progress at 31 October 2024.",
    )
    heads = ["Recommendation", "Board response", "Lead", "By when", "Progress"]
    w = [4.9, 4.0, 2.6, 2.1, 3.4]
    t = make_table(doc, heads, w, size=8.5)
    rows = [
        (
            "1. The Board should seek assurance from Thornesk Adult Social Care and Ellwater Hospitals NHS "
            "Trust that discharge planning for a person with dementia checks who will provide care at home "
            "and whether that person has been the subject of a safeguarding concern.",
            "Ask both agencies for a joint report and a case audit of twenty discharges.",
            "Chair, Quality and Assurance Subgroup",
            "Sept 2024",
            "Completed September 2024: report received; audit found the check recorded in 14 of 20 cases.",
        ),
        (
            "2. Thornesk Adult Social Care should revise its section 42 enquiry procedure so that abuse by a "
            "family member who is also a carer is treated as domestic abuse, with a risk assessment and a "
            "MARAC referral where the risk is high.",
            "Revise the procedure and brief all enquiry officers.",
            "Principal Social Worker, Thornesk Adult Social Care",
            "31/12/2024",
            "In progress: revised procedure drafted and out for consultation.",
        ),
        (
            "3. The Board should work with Thornesk Community Safety Partnership to deliver joint training on "
            "domestic abuse of older people for adult social care staff, community nurses and police officers.",
            "Commission a half-day course from the specialist domestic abuse service.",
            "TSAB Learning and Development Subgroup",
            "March 2025",
            "In progress: course commissioned; first date set.",
        ),
        (
            "",
            "Publish this 7-minute briefing and a recorded webinar.",
            "TSAB Business Manager",
            "June 2024",
            "Completed June 2024: briefing published; webinar viewed 212 times.",
        ),
        (
            "4. North Ellis Constabulary should share with Thornesk Adult Social Care, within 24 hours, every "
            "incident in which officers have concerns about an adult with care and support needs, using the "
            "adult safeguarding notification form.",
            "Ask the force to report monthly numbers of notifications to the Board.",
            "Detective Superintendent, Public Protection",
            "Jan 2025",
            "Not yet started: awaiting new force recording system.",
        ),
        (
            "5. The Board should write to the Department for Work and Pensions asking that appointeeship "
            "reviews check for safeguarding concerns where the appointee is also the person’s carer.",
            "Independent Chair to write to the Secretary of State.",
            "Independent Chair, TSAB",
            "July 2024",
            "Completed July 2024: letter sent; reply awaited.",
        ),
    ]
    for r in rows:
        add_row(t, r, w, size=8.5)
    merge_down(t, 0, 3, 4, size=8.5)
    doc.add_paragraph()
    para(
        doc,
        "If you have used this briefing, please record it on the TSAB 7MB feedback form so the Board can show "
        "how learning has reached practice.",
        size=9,
        italic=True,
    )
    save(doc, stem)


# ================================== 3. DHR executive summary, recommendations under agency headings
def doc_ellisbrook():
    stem = "dhr_exec_summary_recs_by_agency_restart_numbering_ellisbrook"
    doc = new_doc(header="Ellisbrook Community Safety Partnership – Executive Summary", footer_label="")
    airy(doc)
    cover(
        doc,
        [
            ("Ellisbrook Community Safety Partnership", 15, True),
            ("", 12, False),
            ("Domestic Homicide Review", 20, True),
            ("Executive Summary", 16, True),
            ("", 12, False),
            ("The death of Dana, aged 44, in May 2023", 13, False),
            ("", 12, False),
            ("Review reference: ECSP/DHR/23/02", 12, False),
            ("Author: Tamsin Vickery-Adeyemi, Independent Chair", 12, False),
            ("November 2024", 11, False),
        ],
    )
    heading(doc, "1. The review", 1)
    paras(
        doc,
        "1",
        [
            "This is the executive summary of the review into the death of Dana, who was killed by her "
            "former partner, here called Colm, in May 2023. Colm took his own life two days later.",
            "Dana had two children, then aged 15 and 11. They now live with their grandmother, who took part "
            "in the review and chose the name Dana.",
            "The review covered the three years before Dana’s death. Eleven agencies were asked for "
            "information; seven wrote Individual Management Reviews.",
        ],
    )
    heading(doc, "2. Summary of the case", 1)
    paras(
        doc,
        "2",
        [
            "Dana and Colm lived together for nine years. Colm had a long history of depression and had "
            "been treated by community mental health services on and off since his twenties.",
            "The relationship ended in the autumn of 2022. Police were called to Dana’s home four times in "
            "the months that followed; on each occasion Colm had turned up uninvited.",
            "Colm told his mental health care coordinator that he could not live without Dana. That "
            "statement was recorded as a risk to himself, but nobody considered what it meant for her.",
            "The children’s school recorded that the older child was anxious and often late. The school "
            "did not know about the police call-outs until after Dana’s death.",
            "Dana’s housing association had agreed to change her locks, but the work was not done before "
            "she died.",
        ],
    )
    heading(doc, "3. Key findings", 1)
    paras(
        doc,
        "3",
        [
            "Separation was the period of greatest danger and was not recognised as such by any agency.",
            "Risk to others was not considered when Colm spoke of suicide in connection with Dana.",
            "Police risk assessments were graded medium on each occasion, without taking into account the "
            "pattern of repeated visits.",
            "Information about the children did not reach the school, and the school’s concerns did not "
            "reach children’s services.",
        ],
    )
    heading(doc, "4. Conclusions", 1)
    paras(
        doc,
        "4",
        [
            "The panel concluded that Dana’s death could not have been predicted with certainty, but that "
            "the risk was greater than any single agency understood, and that it was rising.",
        ],
    )
    page_break(doc)
    heading(doc, "5. Recommendations", 1)
    para(
        doc,
        "The recommendations below are grouped by the agency to which they are made. Each agency’s "
        "recommendations are numbered from 1. The overview recommendations are made to the Partnership.",
    )
    groups = [
        (
            "Overview recommendations – Ellisbrook Community Safety Partnership",
            [
                "The Partnership should publish guidance for all agencies on the heightened risk at and after "
                "separation, and include it in its domestic abuse training.",
                "The Partnership should agree with the Safeguarding Children Partnership how schools are told, "
                "the next school day, of police attendance at a domestic abuse incident where a pupil lives.",
                "The Partnership should seek assurance from each agency named below that its actions have been "
                "completed, and should audit a sample of cases twelve months after publication.",
            ],
        ),
        (
            "Ellisbrook and Fenmouth Police",
            [
                "The force should ensure that a repeat incident within twelve months prompts the officer to "
                "review all previous risk assessments before grading the current one.",
                "The force should refer victims of stalking after separation to the specialist stalking "
                "advocacy service in every case graded medium or high.",
            ],
        ),
        (
            "Wyvernholt Mental Health NHS Foundation Trust",
            [
                "The Trust should revise its suicide risk assessment so that where a patient links thoughts of "
                "suicide to a partner or former partner, the clinician considers the risk of harm to that "
                "person and shares it where necessary.",
            ],
        ),
        (
            "Ellisbrook City Council Children’s Services",
            [
                "Children’s Services should make sure that every police notification about a child in a home "
                "where domestic abuse has happened is screened by a social worker within one working day.",
                "Children’s Services should record the school of every child named in a notification and "
                "check it each time a new notification is received.",
            ],
        ),
        (
            "Marlpit Housing Trust",
            [
                "Marlpit Housing Trust should treat requests for lock changes from domestic abuse victims as emergency "
                "repairs, to be completed within 24 hours, and should record the date of completion.",
            ],
        ),
    ]
    for title, recs in groups:
        heading(doc, title, 2)
        for i, text in enumerate(recs, 1):
            numbered(doc, f"{i}.", text)
    heading(doc, "6. Next steps", 1)
    para(
        doc,
        "Each agency has written an action plan for its own recommendations. The Partnership will monitor "
        "them through its Domestic Abuse Board. The full overview report is available on request.",
    )
    save(doc, stem)


# ================================== 4. CSPR, findings with questions, recommendations, ranged chronology
def doc_harnley():
    stem = "cspr_findings_questions_recs_chronology_ranges_harnley"
    doc = new_doc(header="Harnley Safeguarding Children Partnership | CSPR Rowan", footer_label="Page")
    airy(doc)
    cover(
        doc,
        [
            ("Harnley Safeguarding Children Partnership", 15, True),
            ("", 12, False),
            ("Local Child Safeguarding Practice Review", 20, True),
            ("Child Rowan", 18, True),
            ("", 12, False),
            ("Reference HSCP CSPR 2021-03", 12, False),
            ("Lead reviewer: Morwenna Ilesanmi", 12, False),
            ("Published September 2022", 11, False),
        ],
    )
    contents(
        doc,
        [
            ("1. Introduction", 3),
            ("2. Methodology", 3),
            ("3. Rowan and his family", 3),
            ("4. Findings", 4),
            ("5. Good practice", 6),
            ("6. Recommendations", 6),
            ("Appendix 1: Chronology of key events", 7),
            ("Appendix 2: Glossary", 8),
        ],
    )
    heading(doc, "1. Introduction", 1)
    paras(
        doc,
        "1",
        [
            "Rowan died in February 2021, aged sixteen months, from a head injury. His mother’s partner, here "
            "called Dean, was convicted of his manslaughter. His mother, Kayleigh, was a victim of Dean’s "
            "abuse throughout the period of the review.",
            "The safeguarding partners held a rapid review and, with the agreement of the national Child "
            "Safeguarding Practice Review Panel, commissioned this local review.",
        ],
    )
    heading(doc, "2. Methodology", 1)
    paras(
        doc,
        "2",
        [
            "The review used a systems approach. Agencies provided chronologies, which were combined into "
            "the chronology of key events at Appendix 1. Practitioners took part in two learning events.",
            "Kayleigh and Rowan’s grandmother contributed to the review. The reviewer thanks them.",
        ],
    )
    heading(doc, "3. Rowan and his family", 1)
    paras(
        doc,
        "3",
        [
            "Rowan was a smiley baby who loved bath time and the big dog next door. He lived with Kayleigh in "
            "a rented house; Dean came and went.",
            "Kayleigh had grown up in care. She told the reviewer that she had learned to keep professionals "
            "at arm’s length because she was afraid of losing her son.",
        ],
    )
    heading(doc, "4. Findings", 1)
    findings = [
        (
            "Finding 1: The pandemic moved health visiting onto the telephone, and Kayleigh could not speak freely.",
            [
                "Contacts after March 2020 were by telephone. Dean was often in the room. The health visitor "
                "recorded that Kayleigh sounded ‘flat’ but had no way of asking why.",
            ],
            [
                "How do agencies make sure that a parent can be seen alone when services are delivered remotely?",
                "What would help practitioners recognise that a call is being overheard?",
            ],
        ),
        (
            "Finding 2: The man in the household was invisible.",
            [
                "Dean was not Rowan’s father and was not registered at the address. No agency assessed him. "
                "His previous convictions for violence against a former partner were known to police only.",
            ],
            [
                "How confident is the partnership that assessments ask who else lives in or visits the home?",
                "Do practitioners know how to find out about a new partner’s history?",
            ],
        ),
        (
            "Finding 3: Referrals were closed on the strength of the mother’s account.",
            [
                "Children’s social care closed its assessment with advice after Kayleigh said the relationship "
                "had ended. Nobody checked this with police, the health visitor or the nursery.",
            ],
            [
                "What evidence does the partnership need before accepting that an abusive relationship has ended?",
            ],
        ),
        (
            "Finding 4: Bruising on a non-mobile baby was not acted on.",
            [
                "The nursery recorded a small bruise on Rowan’s ear when he was not yet walking. The bruise "
                "was not referred under the partnership’s bruising protocol.",
            ],
            [
                "Do all early years settings know and use the bruising protocol?",
                "How does the partnership know that the protocol is being followed?",
            ],
        ),
    ]
    n = 1
    for title, texts, questions in findings:
        para(doc, title, bold=True)
        n = paras(doc, "4", texts, start=n)
        box(doc, "Questions for the partnership\n" + "\n".join("• " + q for q in questions), fill="FFF2CC")
    heading(doc, "5. Good practice", 1)
    listed(
        doc,
        [
            "The police officer who attended in May 2020 notified children’s social care the same day.",
            "The hospital emergency team acted quickly and support for Kayleigh began at once.",
        ],
    )
    heading(doc, "6. Recommendations", 1)
    para(
        doc,
        "The review makes five recommendations. The partnership will respond to each in its action plan, "
        "which will be published separately.",
    )
    recs = [
        "Harnley Safeguarding Children Partnership should agree a standard that, when contact is by "
        "telephone or video, practitioners check whether the parent is alone and offer a safe way to talk, "
        "and should audit compliance after six months.",
        "Harnley Children’s Social Care should ensure that every assessment identifies all adults living "
        "in or regularly visiting the household and requests police checks on each of them.",
        "Harnley Children’s Social Care should not close an assessment on a parent’s report that an abusive "
        "relationship has ended without checking that report with at least two other agencies.",
        "Harnley Safeguarding Children Partnership should relaunch its bruising protocol to all early years "
        "settings and childminders, with training for their safeguarding leads.",
        "The safeguarding partners should write to the Department for Education asking that national "
        "guidance for early years providers refers to the risk of bruising in babies who are not yet mobile.",
    ]
    for i, text in enumerate(recs, 1):
        labelled(doc, f"Recommendation {i}:", text)
    page_break(doc)
    heading(doc, "Appendix 1: Chronology of key events", 1)
    para(
        doc,
        "Dates are as recorded by agencies. Where a record gives only a week or a period, that is shown.",
        size=9,
        italic=True,
    )
    chron = [
        (
            "Early 2019",
            "Family",
            "Kayleigh and Dean begin a relationship. Dean is not known to Kayleigh’s family.",
        ),
        (
            "11/04/2019",
            "Midwifery",
            "Booking appointment. Dean attends; routine enquiry about domestic abuse not made.",
        ),
        (
            "July–August 2019",
            "Police",
            "Two calls from neighbours reporting shouting at the address. No offences recorded.",
        ),
        ("17/10/2019", "Maternity", "Rowan is born at Harnley General Hospital."),
        ("Late 2019", "Health visiting", "New birth visit delayed by staff shortage; completed at home."),
        (
            "w/c 13 January 2020",
            "Health visiting",
            "Home visit. Kayleigh has a bruise on her cheek which she says came from a cupboard door.",
        ),
        ("23/03/2020", "Health visiting", "National lockdown; all contacts move to telephone."),
        (
            "w/c 4 May 2020",
            "Police",
            "Officers attend after Kayleigh calls for help. Risk assessed as medium; notification to "
            "children’s social care.",
        ),
        (
            "May–June 2020",
            "Children’s social care",
            "Child and family assessment. Kayleigh says Dean has left. Closed with advice.",
        ),
        (
            "Around mid-September 2020",
            "GP",
            "Kayleigh consults about anxiety and poor sleep; prescribed medication.",
        ),
        (
            "Between 2 and 9 November 2020",
            "Early years",
            "Nursery records a small bruise on Rowan’s ear on a body map; not referred.",
        ),
        (
            "December 2020 – January 2021",
            "Family",
            "Dean moves back into the home, according to neighbours.",
        ),
        (
            "06/02/2021",
            "Ambulance / hospital",
            "Rowan is taken to hospital with a head injury and transferred to a specialist unit. He dies "
            "three days later.",
        ),
    ]
    table(doc, ["Date", "Agency", "Key event"], [3.8, 3.2, 9.6], chron)
    heading(doc, "Appendix 2: Glossary", 1)
    kv_table(
        doc,
        [
            ("CSPR", "Child Safeguarding Practice Review"),
            ("HSCP", "Harnley Safeguarding Children Partnership"),
            ("Bruising protocol", "The partnership’s procedure for bruising in babies who are not mobile"),
        ],
    )
    save(doc, stem)


# ================================== 5. Action plan tracker, RAG words in Status, Assurance column
def doc_ashwater():
    stem = "dhr_action_tracker_rag_words_status_assurance_superseded_ashwater"
    doc = new_doc(
        landscape=True,
        header="Ashwater Safer Partnership – DHR action tracker – OFFICIAL",
        footer_label="Tracker",
        size=9.5,
    )
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(1.5)
    para(doc, "Ashwater Safer Partnership", bold=True, size=13)
    para(doc, "Domestic Homicide Review ‘Gloria’ – Action Plan Tracker", bold=True, size=15)
    kv_table(
        doc,
        [
            ("Review", "ASP DHR 2021/05 (‘Gloria’)"),
            ("Plan owner", "Ashwater Safer Partnership DHR Steering Group"),
            ("Last updated", "14 January 2025"),
            ("Next review", "April 2025 Steering Group"),
        ],
        widths=(5, 12),
        size=9,
    )
    para(doc, "Status key", bold=True)
    key = make_table(doc, ["Status", "Meaning"], [4.5, 14.0], size=8.5)
    for word, meaning, fill in [
        ("Green", "Complete – action delivered and evidence received", "C6EFCE"),
        ("Amber", "In progress – started and on track to the due date", "FFEB9C"),
        ("Red", "Not started", "FFC7CE"),
        ("Superseded", "Replaced by a later action; see the update", "D9D9D9"),
        (
            "Closed – not achieved",
            "Closed by the Steering Group without being delivered; reason in the update",
            "D9D9D9",
        ),
    ]:
        add_row(key, (word, meaning), [4.5, 14.0], size=8.5, fills={0: fill})
    doc.add_paragraph()
    para(
        doc, "Assurance levels: Substantial / Reasonable / Limited / Not yet assessed.", size=8.5, italic=True
    )
    page_break(doc)
    heads = ["Ref", "Recommendation", "Action", "Lead", "Due", "Status", "Assurance", "Update (January 2025)"]
    w = [1.1, 5.0, 4.4, 2.8, 1.9, 2.0, 3.0, 5.0]
    t = make_table(doc, heads, w, size=8)
    fills = {"Green": "C6EFCE", "Amber": "FFEB9C", "Red": "FFC7CE"}
    recs = [
        (
            "Recommendation 1 – Ashwater Safer Partnership",
            [
                (
                    "1.1",
                    "Ashwater Safer Partnership should develop a domestic abuse pathway for older victims that "
                    "links adult social care, primary care and the specialist service.",
                    "Draft the older victims pathway with partners.",
                    "Community Safety Manager",
                    "31/03/2024",
                    "Green",
                    "Substantial – pathway seen and signed off",
                    "Pathway launched March 2024.",
                ),
                (
                    "1.2",
                    "",
                    "Run a launch event for frontline staff.",
                    "Community Safety Manager",
                    "Jun 2024",
                    "Superseded",
                    "Not yet assessed",
                    "Replaced by action 4.2 (joint training).",
                ),
            ],
        ),
        (
            "Recommendation 2 – Ashwater Primary Care Network",
            [
                (
                    "2.1",
                    "Ashwater Primary Care Network should ensure that practices use a domestic abuse code on "
                    "the records of both partners when abuse is disclosed, and review coded records at "
                    "practice safeguarding meetings.",
                    "Issue coding guidance to all eight practices.",
                    "Clinical Director, Ashwater PCN",
                    "2024-09-30",
                    "Amber",
                    "Limited – guidance issued, no audit yet",
                    "Six of eight practices confirmed.",
                ),
                (
                    "2.2",
                    "",
                    "Add coded records to the practice safeguarding meeting agenda template.",
                    "Clinical Director, Ashwater PCN",
                    "End of Sept 2024",
                    "Red",
                    "Not yet assessed",
                    "Awaiting new agenda template from the ICB.",
                ),
            ],
        ),
        (
            "Recommendation 3 – Fenmere Police",
            [
                (
                    "3.1",
                    "Fenmere Police should ensure that when a victim withdraws support for a prosecution, a "
                    "supervisor reviews the risk assessment and considers an evidence-led prosecution.",
                    "Add a supervisor review step to the withdrawal process in the crime system.",
                    "Detective Inspector, Domestic Abuse Hub",
                    "Dec 2024",
                    "Green",
                    "Reasonable – dip sample of 30 withdrawals",
                    "Live since November 2024.",
                ),
            ],
        ),
        (
            "Recommendation 4 – Ashwater Safer Partnership",
            [
                (
                    "4.1",
                    "Ashwater Safer Partnership should provide training on economic abuse for staff in "
                    "banks, building societies and the Council’s benefits team.",
                    "Commission an economic abuse course from a specialist charity.",
                    "Community Safety Manager",
                    "30/06/2024",
                    "Closed – not achieved",
                    "Limited",
                    "No provider could be funded; Steering Group closed the action in October 2024.",
                ),
                (
                    "4.2",
                    "",
                    "Joint training day on abuse of older people and economic abuse for all partners.",
                    "Partnership Training Coordinator",
                    "Mar 2025",
                    "Amber",
                    "Not yet assessed",
                    "Venue booked for 6 March 2025.",
                ),
            ],
        ),
        (
            "Recommendation 5 – Ashwater Council Adult Social Care",
            [
                (
                    "5.1",
                    "Ashwater Council Adult Social Care should make sure that carers’ assessments include a "
                    "private conversation in which the carer is asked whether they are safe.",
                    "Change the carer’s assessment form and practice guidance.",
                    "Head of Adult Social Care",
                    "31/05/2024",
                    "Green",
                    "Substantial – audit of 40 assessments",
                    "Form changed; audit showed 36 of 40 compliant.",
                ),
                (
                    "5.2",
                    "",
                    "Brief all assessors on the new form.",
                    "Principal Social Worker",
                    "Jul 2024",
                    "Green",
                    "Reasonable",
                    "Briefings completed in July 2024.",
                ),
            ],
        ),
        (
            "Recommendation 6 – Ashwater Safer Partnership",
            [
                (
                    "6.1",
                    "Ashwater Safer Partnership should write to the Home Office asking that the statutory "
                    "guidance on domestic homicide reviews give more detail on reviews involving older "
                    "victims and carers.",
                    "Chair to write to the Home Office.",
                    "Chair, Ashwater Safer Partnership",
                    "Apr 2024",
                    "Green",
                    "Substantial – letter on file",
                    "Letter sent 18 April 2024; reply received.",
                ),
                (
                    "6.2",
                    "",
                    "Share the reply with the Steering Group and the family.",
                    "Community Safety Manager",
                    "Jun 2024",
                    "Superseded",
                    "Not yet assessed",
                    "Covered by the new guidance published in 2024.",
                ),
            ],
        ),
        (
            "Recommendation 7 – Ashwater Domestic Abuse Service",
            [
                (
                    "7.1",
                    "Ashwater Domestic Abuse Service should offer outreach sessions at day centres and "
                    "carers’ groups so that older people know the service is for them.",
                    "Run monthly outreach sessions at three day centres.",
                    "Outreach Manager, Ashwater Domestic Abuse Service",
                    "Ongoing",
                    "Amber",
                    "Reasonable – attendance figures",
                    "Sessions running at two of the three centres.",
                ),
            ],
        ),
        (
            "Recommendation 8 – Ashwater Council Housing Services",
            [
                (
                    "8.1",
                    "Ashwater Council Housing Services should include a question about domestic abuse in its "
                    "tenancy sustainment visits to tenants aged over 60.",
                    "Add the question to the visit checklist.",
                    "Tenancy Services Manager",
                    "30/09/2024",
                    "Green",
                    "Substantial – checklist and sample of 25 visits",
                    "Question in use since August 2024.",
                ),
                (
                    "8.2",
                    "",
                    "Report the number of disclosures to the Steering Group each quarter.",
                    "Tenancy Services Manager",
                    "Oct 2024",
                    "Red",
                    "Not yet assessed",
                    "First report not yet received.",
                ),
            ],
        ),
    ]
    for banner, rows in recs:
        full_row(t, banner, size=8)
        for r in rows:
            add_row(t, r, w, size=8, fills={5: fills.get(r[5])})
    doc.add_paragraph()
    para(doc, "Summary at 14 January 2025", bold=True)
    summ = make_table(
        doc, ["Green", "Amber", "Red", "Superseded", "Closed – not achieved", "Total"], [2.5] * 6
    )
    add_row(summ, ("6", "3", "2", "2", "1", "14"), [2.5] * 6)
    save(doc, stem)


if __name__ == "__main__":
    doc_aldercombe()
    doc_thornesk()
    doc_ellisbrook()
    doc_harnley()
    doc_ashwater()
