"""Build the heldout51 blind documents as Word files (python-docx).

Run once:  python tests/heldout51/build.py
Then convert each .docx with LibreOffice and extract text (see README.md).
Five documents of mainstream report families, varied in the details: a Home Office template DHR action plan
issued as its own appendix document (cover page, the template's seven columns, header repeated, continuation rows
with empty leading cells); a DHR overview report extract whose chronology is numbered paragraphs under agency
sub-headings with the dates inside the sentences; a SAR overview extract whose findings each end with questions
for the Board, then numbered recommendations and the Board's response table; a DHR executive summary whose
numbered recommendations carry lettered sub-items; and a Welsh Adult Practice Review with a summary timeline and
the regional board's action plan.
All people, places, local agency names and wording are fictional and the author's own.
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/: docx_build, the helpers every blind set shares

from docx_build import (  # noqa: E402
    add_field,
    add_row,
    docx_saver,
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


def no_split(row):
    """Keep a table row on one page (Word's 'Allow row to break across pages' off)."""
    row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))


def page_break(doc):
    doc.add_page_break()


def run_in(doc, lead, text, italic_lead=False):
    """A paragraph opening with a bold run-in (a date, a label) followed by plain text."""
    p = doc.add_paragraph()
    r = p.add_run(lead)
    r.bold = True
    r.italic = italic_lead
    p.add_run(text)
    return p


# ============ 1. Home Office template DHR action plan issued as its own appendix document
S1 = "dhr_action_plan_appendix_document_cover_page_ho_template_seven_columns_date_of_completion_and_outcome_continuation_rows_empty_leading_cells_header_repeated_liberation_sans_landscape_corrowdale"
HO_HEADERS = (
    "Recommendation",
    "Scope of recommendation",
    "Action to take",
    "Lead Agency",
    "Key milestones achieved in enacting recommendation",
    "Target Date",
    "Date of completion and Outcome",
)
C_CSP = "Corrowdale Community Safety Partnership"
C_NHS = "Corrowdale Hospitals NHS Trust"
C_PCC = "Office of the Scarrowfell Police and Crime Commissioner"
C_BC = "Corrowdale Borough Council (Revenues and Benefits)"
PLAN1 = [
    (
        "1. Corrowdale Community Safety Partnership should check that every partner agency’s domestic abuse policy "
        "explains what staff should do when a victim is being harmed by more than one family member.",
        "Local",
        [
            (
                "Collect the current domestic abuse policy of each partner agency and compare them",
                "Corrowdale CSP",
                "Policies received from all nine agencies by 15/10/2024",
                "31/10/2024",
                "Completed 15/10/2024. Gap analysis reported to the DHR Standing Panel.",
            ),
            (
                "Issue a policy checklist on abuse by several family members",
                "Corrowdale CSP",
                "Draft checklist agreed by the panel in January 2025",
                "April 2025",
                "In progress – checklist out for comment until 21/03/2025.",
            ),
        ],
    ),
    (
        "2. Corrowdale Hospitals NHS Trust should make sure that relatives and friends of a patient are never used "
        "as interpreters in maternity or emergency care.",
        "Local",
        [
            (
                "Amend the interpreting policy so that family interpreters are not permitted",
                "Corrowdale Hospitals NHS Trust",
                "Revised policy ratified by the Quality Committee on 03/12/2024",
                "31/12/2024",
                "Completed 03/12/2024.",
            ),
            (
                "Audit fifty maternity and emergency records each quarter for the interpreter used",
                "Corrowdale Hospitals NHS Trust",
                "First quarterly audit: 47 of 50 records compliant",
                "June 2025",
                "In progress – second audit due 30/04/2025.",
            ),
            (
                "Put a prompt about interpreters on the maternity booking screen",
                "Corrowdale Hospitals NHS Trust",
                "Change request logged with the clinical systems team",
                "30/09/2025",
                "Not started – awaiting the system upgrade.",
            ),
        ],
    ),
    (
        "3. The Office of the Scarrowfell Police and Crime Commissioner should consider commissioning a specialist "
        "advocacy service for South Asian women across Corrowdale and the neighbouring districts.",
        "Regional",
        [
            (
                "Map the demand for specialist advocacy with the three district partnerships",
                "Office of the Scarrowfell Police and Crime Commissioner",
                "Scoping meeting held 09/01/2025",
                "September 2025",
                "Not started – tender timetable not yet agreed.",
            ),
        ],
    ),
    (
        "4. Corrowdale Borough Council should add a question about domestic abuse to its council tax hardship "
        "assessment and train assessors to respond to a disclosure.",
        "Local",
        [
            (
                "Add a routine question to the hardship assessment form",
                "Corrowdale Borough Council (Revenues and Benefits)",
                "Form change tested with the advice sector",
                "30/11/2024",
                "Completed 22/11/2024 – question live on the online form.",
            ),
            (
                "Train the hardship assessors in responding to a disclosure",
                "Corrowdale Borough Council (Revenues and Benefits)",
                "Two of four training sessions delivered",
                "31/03/2025",
                "In progress.",
            ),
        ],
    ),
    (
        "5. The Home Office should make the statutory guidance clearer about reviews where the person who caused "
        "the death was the victim’s son-in-law.",
        "National",
        [
            (
                "Write to the Home Office DHR team with the panel’s request",
                "Corrowdale CSP",
                "Letter sent 02/09/2024",
                "September 2024",
                "Completed 02/09/2024 – acknowledgement received 30/09/2024.",
            ),
        ],
    ),
]


def build1():
    doc = word_doc(
        "Liberation Sans",
        9.5,
        "OFFICIAL – DHR ‘Roshni’ – Appendix 3: Action Plan",
        margins=(1.3, 1.3, 1.6, 1.5),
        landscape=True,
        head_align=WD_ALIGN_PARAGRAPH.LEFT,
    )
    footer(doc.sections[0], ["Page ", ("PAGE",), " of ", ("NUMPAGES",)], align=WD_ALIGN_PARAGRAPH.CENTER)
    for _ in range(4):
        para(doc, "")
    para(doc, "Corrowdale Community Safety Partnership", bold=True, size=16, align="center")
    para(doc, "Domestic Homicide Review", size=14, align="center")
    para(doc, "into the death of Roshni", size=14, align="center")
    para(doc, "")
    para(doc, "Appendix 3 to the Overview Report", bold=True, size=13, align="center")
    para(doc, "Action Plan", bold=True, size=13, align="center")
    para(doc, "")
    para(doc, "Review reference: CCSP/DHR/2023/02", align="center")
    para(doc, "Roshni died on 19 July 2023, aged 39.", align="center")
    para(doc, "Plan owner: DHR Standing Panel, Corrowdale Community Safety Partnership", align="center")
    para(doc, "Position as at 28 February 2025", align="center")
    para(doc, "")
    para(
        doc,
        "This appendix is published with the overview report and is updated by the panel each quarter.",
        italic=True,
        size=8.5,
        align="center",
    )
    page_break(doc)
    para(
        doc,
        "The columns below follow the Home Office action plan template. Where a recommendation has more than one "
        "action, each action has its own row; the recommendation and its scope are shown on the first row only.",
        size=8.5,
    )
    para(
        doc,
        "Scope: Local – Corrowdale only; Regional – Scarrowfell police force area; National – for the Home Office or "
        "another national body. Date of completion and Outcome: Completed, In progress or Not started, with a note.",
        size=8.5,
        italic=True,
    )
    widths = [6.2, 2.6, 4.5, 3.3, 3.7, 2.1, 4.6]
    t = make_table(doc, HO_HEADERS, widths, header_fill="BDD7EE", size=9.5)
    for rec, scope, actions in PLAN1:
        for i, act in enumerate(actions):
            row = add_row(t, [rec if i == 0 else "", scope if i == 0 else "", *act], widths, size=9.5)
            no_split(row)
    para(doc, "")
    para(doc, "Next review of this plan by the DHR Standing Panel: 20 May 2025.", italic=True, size=8.5)
    save(doc, S1)


# ============ 2. DHR overview extract: chronology numbered paragraphs under agency sub-headings, dates in sentences
S2 = "dhr_overview_extract_title_page_colophon_line_id_death_age_author_chronology_numbered_paras_under_agency_subheadings_dates_inside_sentences_recs_hanging_numbers_c059_wendlestow"
CHRON2 = [
    (
        "Wendlestow Police",
        [
            (
                "5.2",
                "Officers were called to the flat in Mill Lane on 14 February 2021 by a neighbour who heard a woman "
                "screaming. Mirela told them that she had fallen; Daniel was not present. A risk assessment was "
                "completed and graded standard.",
            ),
            (
                "5.3",
                "Four days later, on 18 February 2021, Mirela rang the police herself to say that Daniel had taken her "
                "phone and bank card. An officer spoke to her by telephone the next day and she declined to make a "
                "statement.",
            ),
        ],
    ),
    (
        "Wendlestow Medical Group",
        [
            (
                "5.4",
                "Mirela saw a practice nurse on 2 June 2021 about a burn to her forearm, which she said was from an "
                "oven door. The nurse recorded the injury but did not ask about her relationship.",
            ),
            (
                "5.5",
                "In September 2021 Mirela asked for a telephone appointment about poor sleep. The GP prescribed "
                "medication and suggested a self-referral to talking therapies.",
            ),
        ],
    ),
    (
        "Wendlestow Women’s Aid",
        [
            (
                "5.6",
                "A referral from the police was received on 7 March 2022 after a second incident. An outreach worker "
                "made contact and Mirela agreed to meet her at the library.",
            ),
            (
                "5.7",
                "The last contact was a telephone call on 30 October 2022, when Mirela said that things were calmer and "
                "that she would get in touch if she needed help.",
            ),
        ],
    ),
    (
        "Eastern Counties Ambulance Service",
        [
            (
                "5.8",
                "A call was received at 02:14 on 22 November 2022 from Daniel, who said that Mirela was not breathing. "
                "Paramedics found her dead at the scene.",
            ),
        ],
    ),
]
RECS2 = [
    (
        "1.",
        "Wendlestow Safer Partnership should ask each agency to show how staff are helped to ask about domestic "
        "abuse when a woman gives an account of an injury that does not fit it.",
    ),
    (
        "2.",
        "Wendlestow Police should make sure that a second report within a month from the same address leads to a "
        "supervisor reviewing the earlier risk grading.",
    ),
    (
        "3.",
        "Wendlestow Women’s Aid should agree with the partnership how outreach cases are closed when contact comes "
        "only from the victim, including a final check with the referrer.",
    ),
    (
        "4.",
        "Wendlestow Safer Partnership should run a campaign aimed at neighbours and friends about economic abuse.",
    ),
]


def build2():
    doc = word_doc("C059", 10.5, "", margins=(2.8, 2.8, 2.4, 2.2))
    footer(doc.sections[0], [("PAGE",)], align=WD_ALIGN_PARAGRAPH.RIGHT, size=9)
    for _ in range(6):
        para(doc, "")
    para(doc, "WENDLESTOW SAFER PARTNERSHIP", bold=True, size=14)
    para(doc, "Domestic Homicide Review", size=22)
    para(doc, "Overview Report", size=16)
    para(doc, "Mirela", italic=True, size=16)
    for _ in range(14):
        para(doc, "")
    para(doc, "Extract for publication: sections 1, 5 and 8", size=9)
    p = para(
        doc,
        "Ref. WSP/DHR/21 · Mirela, 33, died 22.11.2022 · Independent author: Colm Ashcombe-Reeve · v6 · "
        "January 2025",
        size=8.5,
    )
    p.paragraph_format.space_before = Pt(6)
    page_break(doc)
    heading(doc, "1 Introduction", 1)
    numbered(
        doc,
        "1.1",
        "This report examines how agencies responded to Mirela, who was 33 when she was killed at her home in "
        "Wendlestow by her partner Daniel, aged 36. Daniel was convicted of her murder.",
    )
    numbered(
        doc,
        "1.2",
        "The review covered the period from January 2021 to the date of Mirela’s death. The panel met six times "
        "and Mirela’s sister contributed to the review.",
    )
    heading(doc, "5 Chronology", 1)
    numbered(
        doc,
        "5.1",
        "This section summarises each agency’s contact with Mirela and Daniel, agency by agency. The combined "
        "chronology is held by the partnership and is not published.",
    )
    for agency, paras in CHRON2:
        p = para(doc, agency, bold=True)
        p.runs[0].italic = True
        for num, text in paras:
            numbered(doc, num, text)
    heading(doc, "8 Recommendations", 1)
    numbered(
        doc,
        "8.1",
        "The panel makes four recommendations. The agencies’ own recommendations are set out in their reports and "
        "are included in the action plan at Appendix C.",
    )
    for num, text in RECS2:
        hanging(doc, num, text, indent=0.8, left=1.2)
    numbered(
        doc,
        "8.2",
        "The partnership will monitor progress through its DHR sub-group and publish an update in 2026.",
    )
    save(doc, S2)


# ============ 3. SAR overview extract: findings ending in questions for the Board; recs; Board's response table
S3 = "sar_overview_extract_findings_each_ending_questions_for_the_board_then_numbered_recs_then_board_response_table_rec_response_lead_timescale_status_achieved_on_track_not_begun_dejavu_serif_layout_selcombe"
FIND3 = [
    (
        "Finding 1 – Working with a person who declines care",
        "Mr D repeatedly refused personal care visits, and each refusal was accepted without a discussion of "
        "whether he understood the risks. Agencies treated his refusals as a settled choice.",
        [
            "How does the Board know that practitioners revisit a refusal of care when the risks grow?",
            "Is there a shared expectation of when a refusal should lead to a multi-agency meeting?",
        ],
    ),
    (
        "Finding 2 – Escalation between agencies",
        "Concerns raised by the district nurses were sent to adult social care by email and not followed up when "
        "no reply came. No agency used the Board’s escalation protocol.",
        [
            "Are practitioners aware of the escalation protocol, and do they feel able to use it?",
        ],
    ),
    (
        "Finding 3 – Carers",
        "Mr D’s neighbour provided daily help but was never offered a carer’s assessment, and was not told who to "
        "contact when Mr D’s health declined.",
        [
            "How are informal carers who are not family identified and supported?",
        ],
    ),
]
RECS3 = [
    (
        "1",
        "The Board should ask its member agencies to show how a refusal of care is reviewed when the person’s "
        "circumstances change, and report the findings to the Board.",
    ),
    (
        "2",
        "The Board should relaunch its escalation protocol and test practitioners’ awareness of it through a "
        "short survey.",
    ),
    (
        "3",
        "Selcombe County Council should make sure that neighbours and friends who provide regular care are offered "
        "a carer’s assessment.",
    ),
    (
        "4",
        "The Board should add refusal of care to its multi-agency training programme.",
    ),
]
RESP3 = [
    (
        "1",
        "Agreed. Each agency will complete a self-assessment on refusal of care for the Quality and Performance "
        "sub-group.",
        "Chair, Quality and Performance sub-group",
        "December 2025",
        "On track",
    ),
    (
        "2",
        "Agreed. The protocol was relaunched at the practitioner forum on 12/02/2025 and a survey has been run.",
        "Board Business Manager",
        "31/03/2025",
        "Achieved",
    ),
    (
        "3",
        "Agreed. The carers’ assessment guidance will be revised to cover carers who are not relatives.",
        "Head of Adult Social Care, Selcombe County Council",
        "30/09/2025",
        "On track",
    ),
    (
        "4",
        "Agreed. A half-day course will be added to the 2026 training programme.",
        "Learning and Development sub-group",
        "April 2026",
        "Not begun",
    ),
]


def build3():
    doc = word_doc(
        "DejaVu Serif", 9.5, "Selcombe Safeguarding Adults Board  ·  SAR: Mr D", margins=(2.0, 2.0, 2.0, 2.0)
    )
    footer(doc.sections[0], ["SSAB SAR 2024-01  ·  page ", ("PAGE",)], align=WD_ALIGN_PARAGRAPH.LEFT)
    para(doc, "Safeguarding Adults Review: Mr D", bold=True, size=16)
    para(doc, "Overview report – sections 4 to 6", size=12)
    para(doc, "Lead reviewer: Ruth Pemberthy", size=9.5)
    para(doc, "Mr D died at home on 5 March 2024, aged 67.", size=9.5)
    heading(doc, "4 Findings", 1)
    para(
        doc,
        "Each finding ends with questions for the Board. The questions are offered to help the Board test "
        "assurance; they are not recommendations.",
        italic=True,
    )
    for title, text, questions in FIND3:
        heading(doc, title, 2)
        para(doc, text)
        para(doc, "Questions for the Board", bold=True)
        for q in questions:
            doc.add_paragraph(q, style="List Bullet")
    heading(doc, "5 Recommendations", 1)
    para(doc, "The reviewer makes four recommendations.")
    for num, text in RECS3:
        hanging(doc, num, text, indent=0.7)
    heading(doc, "6 The Board’s response", 1)
    para(doc, "The Board accepted all four recommendations at its meeting on 16 January 2025.")
    widths = [1.2, 6.8, 3.6, 2.2, 2.0]
    t = make_table(
        doc, ["Rec", "Board response", "Lead", "Timescale", "Status"], widths, header_fill="E2E2E2", size=8.5
    )
    for row in RESP3:
        add_row(t, list(row), widths, size=8.5)
    para(doc, "")
    para(
        doc,
        "Status: Achieved – complete; On track – under way; Not begun – not yet started.",
        italic=True,
        size=8,
    )
    save(doc, S3)


# ============ 4. DHR executive summary: numbered recommendations with lettered sub-items
S4 = "dhr_exec_summary_title_block_chair_line_review_process_para_gives_id_numbered_recs_with_lettered_sub_items_a_b_c_no_plan_no_chronology_urw_bookman_stanmarsh"
RECS4 = [
    (
        "1",
        "Stanmarsh Community Safety Partnership should improve the way agencies share information about older "
        "victims by:",
        [
            "(a)\tasking adult social care to attend every MARAC where the victim is over 60;",
            "(b)\tincluding older people in its next domestic abuse needs assessment; and",
            "(c)\treporting progress to the partnership board within twelve months.",
        ],
    ),
    (
        "2",
        "Stanmarsh and District NHS Trust should train staff in its older people’s wards to ask about domestic "
        "abuse when a patient is admitted after a fall.",
        [],
    ),
    (
        "3",
        "Stanmarsh District Council should review its adult carers’ service so that:",
        [
            "(a)\ta carer who is also a perpetrator of abuse is identified; and",
            "(b)\tthe carer’s assessment records any concerns raised by the cared-for person.",
        ],
    ),
    (
        "4",
        "The Home Office should include examples of abuse by an older partner acting as carer in its DHR "
        "guidance.",
        [],
    ),
]


def build4():
    doc = word_doc("URW Bookman", 11, "", margins=(2.6, 2.6, 2.4, 2.2))
    footer(doc.sections[0], ["Executive Summary – ‘Edith’ – ", ("PAGE",)], align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, "Stanmarsh Community Safety Partnership", size=11)
    para(doc, "Domestic Homicide Review: ‘Edith’", bold=True, size=18)
    para(doc, "Executive Summary", size=14)
    para(doc, "Independent Chair and Author: Frances Holloway-Pike  |  Published May 2025", size=9)
    heading(doc, "1 The review process", 1)
    para(
        doc,
        "1.1 This summary outlines the review (reference SCSP DHR 2022/05) into the death of Edith, aged 78, who "
        "died on 8 December 2022 at the home she shared with her husband Leonard, aged 81. Leonard was found "
        "unfit to plead and died before a hearing could take place.",
    )
    para(
        doc,
        "1.2 The partnership commissioned the review in February 2023. The panel included the police, the NHS "
        "trust, the district council, the integrated care board and a specialist older people’s advocacy service.",
    )
    para(
        doc,
        "1.3 The terms of reference asked the panel to consider how agencies recognised abuse in older age, how "
        "carers’ services assessed risk, and whether Edith’s health conditions affected the help she was offered. "
        "The panel also considered the national learning from earlier reviews involving older victims.",
    )
    para(
        doc,
        "1.4 Edith’s daughter met the chair twice and read a draft of the report. Her wish that her mother be "
        "remembered as a generous and sociable woman is respected throughout.",
    )
    heading(doc, "2 Summary of the key events", 1)
    para(
        doc,
        "2.1 Edith and Leonard had been married for more than fifty years. After Leonard’s stroke in 2019 Edith "
        "became his main carer, and later he became hers after her diagnosis of arthritis. Friends later described "
        "a long history of controlling behaviour that Edith had never reported.",
    )
    para(
        doc,
        "2.2 Edith was admitted to hospital twice after falls in 2022. On neither occasion was she asked about her "
        "safety at home, and the carers’ service did not know of any concerns.",
    )
    heading(doc, "3 Conclusions", 1)
    para(
        doc,
        "3.1 The panel concluded that Edith’s age, and Leonard’s role as her carer, led professionals to see the "
        "couple as a caring relationship rather than one in which abuse might be taking place.",
    )
    heading(doc, "4 Recommendations", 1)
    para(doc, "4.1 The panel makes four recommendations, set out below.")
    for num, text, subs in RECS4:
        hanging(doc, f"{num}.", text, indent=0.8)
        for sub in subs:
            mark, rest = sub.split("\t", 1)
            hanging(doc, mark, rest, indent=0.8, left=0.8)
    para(doc, "")
    para(
        doc,
        "The single-agency recommendations are listed in the overview report. The action plan is held by the "
        "partnership and progress is reported to its board.",
        italic=True,
        size=9,
    )
    save(doc, S4)


# ============ 5. Welsh concise Adult Practice Review: summary timeline, learning, recommendations, board plan
S5 = "wales_concise_adult_practice_review_template_headings_id_in_header_block_summary_timeline_date_colon_bullets_statement_by_reviewer_table_regional_board_plan_completed_ongoing_nimbus_sans_gwernant"
GW_RSB = "Gwernant Regional Safeguarding Board"
TIME5 = [
    (
        "11 January 2023",
        "Ms L’s domiciliary care provider told adult services that she had lost weight and was "
        "refusing meals.",
    ),
    (
        "26 January 2023",
        "A social worker visited and arranged a review of the care package; Ms L’s son was "
        "present throughout.",
    ),
    (
        "March 2023",
        "Ms L’s GP prescribed nutritional supplements after a telephone consultation with her son.",
    ),
    (
        "9 May 2023",
        "The care provider reported bruising to Ms L’s upper arms; an adult at risk report was made.",
    ),
    (
        "15 May 2023",
        "A strategy discussion decided that no further action was needed because Ms L said she had fallen.",
    ),
    (
        "2 July 2023",
        "Ms L died in Ysbyty Gwernant, where she had been admitted a week earlier with dehydration and "
        "pressure damage.",
    ),
]
RECS5 = [
    (
        "1",
        "The Regional Board should make sure that a strategy discussion always hears directly from the adult at "
        "risk without the alleged abuser present.",
    ),
    (
        "2",
        "Gwernant County Council should review how domiciliary care providers’ concerns about weight loss and "
        "refused meals are escalated.",
    ),
    (
        "3",
        "Gwernant University Health Board should remind GPs that a telephone consultation held through a relative "
        "may not be enough when an older patient is losing weight.",
    ),
]
PLAN5 = [
    (
        "1",
        [
            (
                "Amend the strategy discussion procedure and template",
                "Gwernant Regional Safeguarding Board",
                "31/03/2025",
                "Completed",
            ),
            (
                "Audit twenty strategy discussions for the adult’s voice",
                "Gwernant Regional Safeguarding Board",
                "October 2025",
                "Ongoing",
            ),
        ],
    ),
    (
        "2",
        [
            (
                "Issue an escalation flowchart to all commissioned care providers",
                "Gwernant County Council",
                "30/06/2025",
                "Ongoing",
            ),
        ],
    ),
    (
        "3",
        [
            (
                "Publish a practice note for GPs through the primary care bulletin",
                "Gwernant University Health Board",
                "28/02/2025",
                "Completed",
            ),
            (
                "Add the case to GP safeguarding level 3 training",
                "Gwernant University Health Board",
                "January 2026",
                "Not started",
            ),
        ],
    ),
]


def build5():
    doc = word_doc("Nimbus Sans", 10, "", margins=(2.54, 2.54, 2.0, 2.0))
    footer(doc.sections[0], [("PAGE",)], align=WD_ALIGN_PARAGRAPH.CENTER)
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    set_widths(t, [10.5, 5.4])
    set_text(
        t.cell(0, 0), "Gwernant Regional Safeguarding Board\nAdult Practice Review Report", bold=True, size=12
    )
    set_text(t.cell(0, 1), "GRSB 3/2023\nConcise review", bold=True, size=12)
    shade(t.cell(0, 0), "DCE6F0")
    shade(t.cell(0, 1), "DCE6F0")
    para(doc, "")
    heading(doc, "Legal context", 2)
    para(
        doc,
        "The Board commissioned this concise review under the statutory guidance on adult practice reviews, "
        "because Ms L, aged 84, died in circumstances in which abuse or neglect was suspected and agencies had "
        "been working with her.",
    )
    heading(doc, "Circumstances resulting in the review", 2)
    para(
        doc,
        "Ms L lived with her adult son, who was her main carer. She received two care calls a day. In 2023 she "
        "lost weight, bruising was seen, and she was admitted to hospital in July, where she died.",
    )
    heading(doc, "Summary timeline of significant events", 2)
    for date, text in TIME5:
        p = doc.add_paragraph(style="List Bullet")
        r = p.add_run(f"{date}: ")
        r.bold = True
        p.add_run(text)
    heading(doc, "Practice and organisational learning", 2)
    para(
        doc,
        "Ms L’s wishes were heard only through her son. Concerns from the care provider were treated separately "
        "each time, so the pattern of weight loss and injury was not seen.",
    )
    heading(doc, "Improving systems and practice", 2)
    para(
        doc, "In order to promote the learning from this case the review makes the following recommendations."
    )
    for num, text in RECS5:
        run_in(doc, f"Recommendation {num}: ", text)
    heading(doc, "Statement by Reviewer", 2)
    t = doc.add_table(rows=2, cols=2)
    t.style = "Table Grid"
    set_widths(t, [4.0, 11.9])
    set_text(t.cell(0, 0), "Reviewer", bold=True, size=9)
    set_text(t.cell(0, 1), "Gethin Orsett-Rhys, independent reviewer", size=9)
    set_text(t.cell(1, 0), "Date", bold=True, size=9)
    set_text(t.cell(1, 1), "14 November 2024", size=9)
    para(doc, "")
    heading(doc, "Regional Board action plan", 2)
    widths = [1.3, 5.8, 4.3, 2.3, 2.3]
    t = make_table(doc, ["Rec.", "Action", "Lead agency", "Target date", "Progress"], widths, size=9)
    row = 1
    for rec, acts in PLAN5:
        first = row
        for act in acts:
            add_row(t, [rec, *act], widths, size=9)
            row += 1
        merge_down(t, 0, first, row - 1, size=9, bold=True)
    para(doc, "Position reported to the Board on 6 March 2025.", italic=True, size=8.5)
    save(doc, S5)


if __name__ == "__main__":
    build1()
    build2()
    build3()
    build4()
    build5()
